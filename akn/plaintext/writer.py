"""The text writer: the document model as a reader sees it on paper, in plain text or Markdown.

Guarantees: every character of text in the model is written (cover page, preface, preamble, body,
conclusions, attachments, note bodies), each block on its own, never glued to the next; the layout is the one
the text reader reads back to the same model:

- one block per paragraph, blocks separated by one blank line; a line break inside a block stays one;
- the cover page one line per paragraph, as one block;
- operative paragraphs and points as `1. text` and `(a) text`, the number before the first block;
- parts, chapters, sections and articles as their label (`I`, `Part II`, `Chapter 3`) with the heading as the
  next block;
- tables one row per line, cells separated by ` | ` (in Markdown, a pipe table: `| a | b |`, under a header row
  and a row of dashes);
- footnote markers glued to the text before them (`Rights,1`), the notes' bodies at the end after a rule line
  of underscores, one a line, as `1  text`. A note between a blank and a word (`1994, <note/>in`, as some
  files have it) is written glued to the text before it and the blank after (`1994,1 in`), not to the word.

The Markdown flavour writes the same layout with the emphasis marked (`*Recalling*`, `**bold**`; `<i>b</i>`
where it is glued to a word, which stars would not emphasise), note markers as `<sup>1</sup>`, Markdown's
special characters escaped, and the dot of paragraph numbers escaped (`1\\.`) so that a Markdown renderer
keeps the printed numbers.
"""

from __future__ import annotations

import re

from .. import model as m
from ..eids import printed_with_its_word
from .ordinals import SECTION_NUMBER_MARK, SECTION_NUMBERS_IN_WORDS

NOTE_RULE = "_" * 18
FORMATS = ("plain", "markdown")
_SECTION_LABELS = {
    "part": "Part",
    "chapter": "Chapter",
    "article": "Article",
    "rule": "Rule",
    "book": "Book",
    "title": "Title",
}
# Divisions whose number stands before their first block ("(a) text"), and those that do so when they have
# no heading ("(1) This Act applies ...", a subsection as Laws.Africa's acts have them).
_NUMBERED_TEXT = frozenset({"paragraph", "point", "subparagraph", "item", "alinea"})
_NUMBERED_TEXT_UNLESS_HEADED = frozenset({"subsection", "clause", "subclause", "level", "indent", "subrule", "sublist"})
_BARE_SECTION_NUM = re.compile(rf"^(?:[IVXLC]{{1,7}}|[A-Z]|{SECTION_NUMBERS_IN_WORDS}){SECTION_NUMBER_MARK}?$")
_MD_SPECIAL = re.compile(r"([\\`*_<>^]|\[(?=\^)|\](?=\()|&(?=#?\w+;))")
# A point numbered as a paragraph is ("1.", in Markdown `1\.`), and how far such a point is indented beyond the
# point it stands in; the points inside it are indented as far as it is.
_PARAGRAPH_NUM = re.compile(r"^\d+\\\.$")
_POINT_INDENT = "   "
_MD_LINE_START = re.compile(r"^(#|>|[-+] |\d+\. )")
# A note marker in the text of a block until the block is joined (characters no XML text holds), and a marker
# with blanks before it and a word right after it.
_MARKER_OPEN, _MARKER_CLOSE = "\x00", "\x01"
_BLANK_BEFORE_MARKER = re.compile(r"([ \t]+)(\x00[^\x01]*\x01)(?=\w)")
# Where Markdown emphasis opens and closes, until the characters around it are known (see `_emphasis`).
_EMPHASIS = {"i": ("\x02", "\x03"), "b": ("\x04", "\x05")}
_EMPHASIS_SPAN = re.compile(r"\x02([^\x03]*)\x03|\x04([^\x05]*)\x05")


class _Writer:
    def __init__(self, markdown: bool) -> None:
        self.markdown = markdown
        self.notes: list[tuple[str, str]] = []

    # -- the document ----------------------------------------------------------------------------------

    def document(self, doc: m.Document) -> str:
        blocks = self.parts(doc)
        text = "\n\n".join(b for b in blocks if b)
        if self.notes:
            lines = [self._note_line(marker, body) for marker, body in self.notes]
            text += "\n\n" + ("---" if self.markdown else NOTE_RULE) + "\n\n" + "\n".join(lines)
        return text + "\n"

    def _note_line(self, marker: str, body: str) -> str:
        if self.markdown:
            return f"<sup>{self._escape(marker)}</sup> {body}".rstrip()
        return f"{marker}  {body}".rstrip()

    def parts(self, doc: m.Document) -> list[str]:
        out: list[str] = []
        if doc.cover:
            out.append("\n".join(self.block(b) for b in doc.cover))
        out.extend(self.block(b) for b in doc.preface)
        for item in doc.preamble:
            if isinstance(item, (m.Formula, m.PreambleHeading)):
                out.append(self.inlines(item.inlines))
            else:
                out.extend(self.block(b) for b in item.blocks)
        for division in doc.body:
            out.extend(self.division(division))
        out.extend(self.block(b) for b in doc.conclusions)
        for part in doc.components:
            out.extend(self.parts(part))
        for annex in doc.attachments:
            if not _labelled(annex):
                out.append("Annex")  # the text says where the annex begins, as the printed page does
            out.extend(self.parts(annex))
        return out

    # -- divisions -------------------------------------------------------------------------------------

    def division(self, div: m.Division, indent: str = "") -> list[str]:
        """The division's lines; in Markdown, its points `indent`ed as far as the points they stand in."""
        out: list[str] = []
        label = self._label(div)
        heading = self.inlines(div.heading) if div.heading is not None else ""
        numbered_text = div.kind in _NUMBERED_TEXT or not (label or heading) or (
            div.kind in _NUMBERED_TEXT_UNLESS_HEADED and not heading)
        if numbered_text:
            first = list(div.intro if div.children else div.content)
            prefix = self._num(div.num) if div.num else ""
            if self.markdown and div.kind == "point" and prefix:
                if _PARAGRAPH_NUM.match(prefix):
                    # indented under its paragraph, as a Markdown list item is, lest it read back as a paragraph
                    indent += _POINT_INDENT
                prefix = indent + prefix
            if heading:
                out.append(f"{prefix} {heading}".rstrip() if prefix else heading)
                prefix = ""
            if first:
                head = self.block(first[0])
                out.append(f"{prefix} {head}".rstrip() if prefix else head)
                out.extend(self.block(b) for b in first[1:])
            elif prefix:
                out.append(prefix)
        else:
            if label:
                out.append(label)
            if heading:
                out.append(heading)
            out.extend(self.block(b) for b in (div.intro if div.children else div.content))
        for child in div.children:
            out.extend(self.division(child, indent))
        out.extend(self.block(b) for b in div.wrap_up)
        return [b for b in out if b]

    def _num(self, num: str) -> str:
        num = num.strip()
        if self.markdown and re.match(r"^\d+\.$", num):
            return num[:-1] + "\\."
        return self._escape(num)

    def _label(self, div: m.Division) -> str:
        if not div.num:
            return ""
        num = div.num.strip()
        word = _SECTION_LABELS.get(div.kind)
        if (
            div.kind == "section"
            and not _BARE_SECTION_NUM.match(num)
            and not num.lower().startswith("section")
        ):
            word = "Section"
        if word and not printed_with_its_word(num):
            return self._escape(f"{word} {num}")
        return self._escape(num)

    # -- blocks and inlines ----------------------------------------------------------------------------

    def block(self, block: m.Block) -> str:
        if isinstance(block, m.Para):
            return self.inlines(block.inlines)
        rows = [[" ".join(self.block(b).replace("\n", " ") for b in cell.blocks) for cell in row]
                for row in block.rows]
        if self.markdown:
            return self._markdown_table(block, rows)
        return "\n".join(" | ".join(cells) for cells in rows if any(cells))

    @staticmethod
    def _markdown_table(block: m.Table, rows: list[list[str]]) -> str:
        """A GitHub-flavoured pipe table: its first row the header when every cell of it is a header cell,
        otherwise a header row left empty (the form has no table without one), as wide as the widest row."""
        width = max((len(cells) for cells in rows), default=0)
        if not width:
            return ""  # a table without cells (the schema refuses one; a reader of any producer's AKN meets it)
        header: list[str] = []
        if block.rows[0] and all(cell.header for cell in block.rows[0]):
            header, rows = rows[0], rows[1:]
        header += [""] * (width - len(header))
        lines = [header, ["---"] * width] + [cells for cells in rows if any(cells)]
        return "\n".join("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |" for cells in lines)

    def inlines(self, inlines: m.Inlines) -> str:
        text = "".join(self._inline(item) for item in inlines)
        if self.markdown and ("\x02" in text or "\x04" in text):
            text = _emphasis(text)
        if _MARKER_OPEN in text:
            text = _BLANK_BEFORE_MARKER.sub(r"\2\1", text).replace(_MARKER_OPEN, "").replace(_MARKER_CLOSE, "")
        lines = [line.strip() for line in text.split("\n")]
        return "\n".join(line for line in lines if line)

    def _inline(self, item: m.Inline) -> str:
        if isinstance(item, m.Text):
            return self._escape(item.text)
        if isinstance(item, m.Break):
            return "\n"
        if isinstance(item, m.Note):
            body = " ".join(
                self.inlines(b.inlines) if isinstance(b, m.Para) else self.block(b) for b in item.blocks
            )
            self.notes.append((item.marker, " ".join(body.split())))
            if self.markdown:
                return f"<sup>{self._escape(item.marker)}</sup>"
            return f"{_MARKER_OPEN}{item.marker}{_MARKER_CLOSE}"
        inner = "".join(self._inline(child) for child in item.children)
        if self.markdown and item.element in ("i", "b") and inner.strip():
            opening, closing = _EMPHASIS[item.element]
            lead = inner[: len(inner) - len(inner.lstrip())]
            trail = inner[len(inner.rstrip()) :]
            return f"{lead}{opening}{inner.strip()}{closing}{trail}"
        return inner

    def _escape(self, text: str) -> str:
        if not self.markdown:
            return text
        return _MD_SPECIAL.sub(r"\\\1", text)


def _labelled(annex: m.Document) -> bool:
    """Whether an annex's preface prints its label ("Annex", "Annex II")."""
    for block in annex.preface[:2]:
        if isinstance(block, m.Para) and any(isinstance(x, m.Mark) and x.element == "docType" for x in block.inlines):
            return True
    return False


def _emphasis(text: str) -> str:
    """Emphasis as Markdown writes it: `*Recalling*`, `**bold**`; as `<i>a</i>`, `<b>a</b>` where it is glued
    to a word or a figure before or after it ("inflation<i>b</i>"), which the stars would not emphasise."""

    def written(match: re.Match[str]) -> str:
        italic = match.group(1) is not None
        inner = match.group(1) if italic else match.group(2)
        before = text[match.start() - 1] if match.start() else " "
        after = text[match.end()] if match.end() < len(text) else " "
        if before.isalnum() or after.isalnum():
            tag = "i" if italic else "b"
            return f"<{tag}>{inner}</{tag}>"
        stars = "*" if italic else "**"
        return f"{stars}{inner}{stars}"

    return _EMPHASIS_SPAN.sub(written, text)


def to_text(doc: m.Document, format: str = "plain") -> str:
    """The document as plain text (`format="plain"`) or Markdown (`"markdown"`)."""
    if format not in FORMATS:
        raise ValueError(f"unknown text format {format!r}; choose one of {', '.join(FORMATS)}")
    return _Writer(format == "markdown").document(doc)
