"""Texts of the corpus as other extractions give them: what a copy from a PDF viewer, another extractor,
a retyping or `pdftotext -layout` makes of the same page."""

from __future__ import annotations

import re
import textwrap


def without_blank_lines(text: str) -> str:
    """As a copy from a PDF viewer gives the text: one line after the other, paragraphs parted by nothing."""
    return re.sub(r"\n(?:[ \t]*\n)+", "\n", text)


def as_another_extractor_writes_it(text: str) -> str:
    """CRLF line ends, spaces at the ends of lines, a tab after each paragraph number."""
    text = re.sub(r"(?m)^(\d{1,3}\.) ", "\\1\t", text)
    return re.sub(r"(?m)$", "  ", text).replace("\n", "\r\n")


def retyped(text: str) -> str:
    """Straight quotes for curly ones, every line wrapped again at 80 columns."""
    for curly, straight in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"')):
        text = text.replace(curly, straight)
    return "\n".join(
        "\n".join(textwrap.wrap(line, 80, break_on_hyphens=False)) if line.strip() else line
        for line in text.split("\n")
    )


def wrapped(text: str, width: int) -> str:
    """`text` with every line longer than `width` wrapped at its blanks, as a narrow page or a PDF's column
    wraps it (a table's row, written between pipes, left whole)."""
    return "\n".join(
        part for line in text.split("\n")
        for part in (textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
                     if len(line) > width and "|" not in line else [line])
    ) + "\n"


def justified(text: str, width: int = 96) -> str:
    """`text` as `pdftotext -layout` prints a justified page: lines longer than the page wrapped, then each
    line of a paragraph but its last that fills most of the page widened to `width` by spaces spread over its
    gaps."""
    lines = [
        wrapped for line in text.split("\n")
        for wrapped in (textwrap.wrap(line, width - 8, break_on_hyphens=False) if len(line) > width else [line])
    ]
    out = []
    for line, following in zip(lines, lines[1:] + [""]):
        words = line.split()
        if len(words) >= 6 and following.strip() and 0.7 * width <= len(" ".join(words)) < width:
            gaps, spare = divmod(width - sum(map(len, words)), len(words) - 1)
            line = "".join(word + " " * (gaps + (k < spare)) for k, word in enumerate(words[:-1])) + words[-1]
        out.append(line)
    return "\n".join(out)


_FIGURE = re.compile(r"^\(?-?\$?\d{1,3}(?:[ ,.]\d{3})*(?:[.,]\d+)?\)?%?$|^[-–—]$")


def table_rows_on_one_line(text: str) -> str:
    """`text` with each row of a flattened table (a label line, then its figures one per line) printed on one
    line, the cells apart, as `pdftotext -layout` prints a table."""
    lines = text.split("\n")
    out = []
    i = 0
    while i < len(lines):
        figures, last, j = [], i, i + 1
        while j < len(lines) and (not lines[j].strip() or _FIGURE.match(lines[j].strip())):
            if lines[j].strip():
                figures.append(lines[j].strip())
                last = j
            j += 1
        label = lines[i].strip()
        if label and not _FIGURE.match(label) and len(figures) >= 2:
            out.append(label.ljust(70) + "".join(figure.rjust(16) for figure in figures))
            i = last + 1
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


def footers_on_one_line(text: str) -> str:
    """`text` with each page's footer (job number and page counter, one under the other) on one line, the two
    apart, as `pdftotext -layout` prints them."""
    text = re.sub(r"(?m)^(\d{2}-\d{5}) *\n(\d{1,3}/\d{1,3}) *$", lambda m: f"{m[1]:<70}{m[2]}", text)
    return re.sub(r"(?m)^(\d{1,3}/\d{1,3}) *\n(\d{2}-\d{5}) *$", lambda m: f"{m[1]:<70}{m[2]}", text)


def masthead_in_two_columns(text: str) -> str:
    """`text` with the masthead's right column beside its left one ("United Nations      A/RES/78/12",
    "General Assembly      Distr.: General")."""
    for left in ("United Nations", "Nations Unies", "Naciones Unidas", "General Assembly", "Security Council",
                 "Assemblée générale", "Conseil de sécurité", "Asamblea General", "Consejo de Seguridad"):
        text = re.sub(rf"\A((?:.*\n){{0,6}}?){re.escape(left)} *\n(?: *\n)*([^\n]{{1,30}}?) *\n",
                      lambda m, left=left: f"{m[1]}{left:<60}{m[2]}\n", text, count=1)
    return text


def headers_on_one_line(text: str) -> str:
    """`text` with each running header's symbol beside the title line next to it, as `pdftotext -layout`
    prints a header: "A/RES/78/317      The Antigua and ..." on even pages, "... Prosperity      A/RES/78/317"
    on odd ones (the masthead's symbol, the first, left as it is)."""
    found = re.search(r"(?m)^((?:A|S)/RES/\S+(?: \(\d{4}\))?) *$", text)
    if not found:
        return text
    symbol = found[1]
    lines = text.split("\n")
    out: list[str] = []
    seen = i = 0
    while i < len(lines):
        if lines[i].strip() == symbol:
            seen += 1
            after = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if seen > 1 and len(after) > 20:
                out.append(f"{symbol:<20}{after}")
                i += 2
                continue
            if seen > 1 and out and len(out[-1].strip()) > 20:
                out.append(f"{out.pop().strip():<80}{symbol}")
                i += 1
                continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def as_pdftotext_layout_prints_it(text: str) -> str:
    """The masthead in two columns, running headers, footers and table rows on one line, the paragraphs
    justified."""
    text = headers_on_one_line(justified(masthead_in_two_columns(text)))
    return footers_on_one_line(table_rows_on_one_line(text))
