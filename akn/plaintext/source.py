"""Stage 1: bytes to numbered lines.

Guarantees: the text is decoded (UTF-8 with or without BOM, UTF-16 with BOM) or an `InputError` names the
problem; line ends are `\\n`; no-break and other special spaces are plain spaces; typographic ligatures
(ﬁ, ﬂ) are the letters they join; each line keeps its 1-based number in the input; a form feed becomes a
page break on the line it starts; YAML front matter is taken out as a dict; Markdown inline markup becomes
plain text with the private markers below, so that later stages need not know which flavour the input was.
"""

from __future__ import annotations

import codecs
import html
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from ..errors import InputError
from ..files import document_format
from .encodings import likely_encoding

# Private-use characters that carry inline markup through the text stages.
NOTE_OPEN, NOTE_CLOSE = "\ue000", "\ue001"
ITALIC_OPEN, ITALIC_CLOSE = "\ue002", "\ue003"
BOLD_OPEN, BOLD_CLOSE = "\ue004", "\ue005"
MARKERS = NOTE_OPEN + NOTE_CLOSE + ITALIC_OPEN + ITALIC_CLOSE + BOLD_OPEN + BOLD_CLOSE


def folded(text: str) -> str:
    """`text` for comparing: blanks collapsed to single spaces and trimmed, case folded."""
    return " ".join(text.split()).casefold()


@lru_cache(maxsize=8192)
def without_emphasis(text: str) -> str:
    """`text` without the emphasis markers (note markers stay); remembered, as the stages ask for the same
    texts again and again."""
    # Four substring tests and replacements run in C at memchr speed: a third of the time of one regex.
    if ITALIC_OPEN in text or ITALIC_CLOSE in text or BOLD_OPEN in text or BOLD_CLOSE in text:
        return text.replace(ITALIC_OPEN, "").replace(ITALIC_CLOSE, "").replace(BOLD_OPEN, "").replace(BOLD_CLOSE, "")
    return text

MAX_BYTES = 50 * 1024 * 1024
_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")  # form feed (\x0c) is kept: it marks a page
# The code points that are no characters to XML (U+FFFE, U+FFFF, lone surrogates): out with the control
# characters (a class of its own, as one class beyond Latin-1 would slow every scan of `_CONTROL`).
_NONCHARACTER = re.compile(r"[\ud800-\udfff\ufffe\uffff]")
# The typographic ligatures that PDF extractions print ("ﬁnancial"), and the letters they join.
_LIGATURE = re.compile(r"[\ufb00-\ufb06]")
_LETTERS = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st",
            "\ufb06": "st"}
# Line feed, form feed and the printable ASCII characters: those that `read_source` keeps as they are.
_PLAIN_ASCII = bytes([0x0A, 0x0C, *range(0x20, 0x7F)])
# Any character that `normalise` or `read_source` would change or take out.
_UNUSUAL = re.compile(
    f"[\r{MARKERS}{_SPACES.pattern[1:-1]}{_INVISIBLE.pattern[1:-1]}{_CONTROL.pattern[1:-1]}{_LIGATURE.pattern[1:-1]}"
    f"{_NONCHARACTER.pattern[1:-1]}]"
)


@dataclass(slots=True)
class Line:
    """One input line: its number in the input, its text, and whether a page starts with it.

    Its `__init__` is its own: the compiled build runs a dataclass's generated one as Python."""

    no: int
    text: str
    page_break: bool = False
    heading: int = 0
    empty: bool = False

    def __init__(self, no: int, text: str, page_break: bool = False, heading: int = 0, empty: bool = False) -> None:
        self.no = no
        self.text = text
        self.page_break = page_break
        self.heading = heading
        self.empty = empty

    @property
    def blank(self) -> bool:
        text = self.text
        return not text or text.isspace()  # `not text.strip()`, without copying the text


# What to do first with the files a resolution comes in before it is text.
_FIRST = {
    "pdf": "extract its text first (pdftotext -layout keeps the page layout akn reads)",
    "zip": "save it as text first",
    "doc": "save it as text first",
    "rtf": "save it as plain text first",
}


@dataclass
class Source:
    lines: list[Line]
    front_matter: dict[str, str] = field(default_factory=dict)
    markdown: bool = False


def decode(data: bytes, name: str = "<input>", encoding: str | None = None) -> tuple[str, bool]:
    """The text of `data`, and whether it holds a character that `read_source` changes or takes out (see
    `_UNUSUAL`); or an InputError naming what is wrong with it. `encoding` names the encoding of a text that
    is not Unicode (a legacy file in "cp1251", "gb18030", "cp1256"; UTF-16 without a byte-order mark); a
    byte-order mark overrides it, and so does a text that is UTF-8, so that one option serves a folder that
    mixes legacy and UTF-8 files."""
    if len(data) > MAX_BYTES:
        raise InputError(name, f"input is {len(data) // (1024 * 1024)} MB, over the {MAX_BYTES // (1024 * 1024)} MB limit")
    found = document_format(data)
    if found is not None:
        raise InputError(name, f"{found[1]}, not text: {_FIRST[found[0]]}")
    if encoding and not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")) and not _is_utf8(data):
        if b"\x00" in data[:8192] and not _wide(encoding):
            raise InputError(name, "binary data, not text (NUL bytes); give a text file")
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(
                name, f"not {encoding} text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
            ) from None
        rare = text
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(name, f"not valid UTF-16 despite its byte-order mark ({exc.reason} at byte {exc.start})")
        rare = text
    else:
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        if b"\x00" in data[:8192]:
            raise InputError(name, "binary data, not text (NUL bytes); give a text file")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            likely = likely_encoding(data)
            named = (f"it reads as {likely} (--encoding {likely})" if likely
                     else "--encoding cp1252, cp1251, gb18030, ...")
            raise InputError(
                name, f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); convert it to UTF-8, "
                f"or name its encoding: {named}"
            ) from None
        # The characters other than printable ASCII, in their order: all that `_UNUSUAL` can find, in a
        # string a fraction of the text's length (deleting whole UTF-8 sequences leaves valid UTF-8).
        rare = data.translate(None, _PLAIN_ASCII).decode("utf-8")
    kept = text.lstrip("\ufeff")
    rare = rare[len(text) - len(kept):]  # without the byte-order marks that open the text
    text = kept
    unusual = _UNUSUAL.search(rare)  # every control character is one: most texts need no second scan
    control = _CONTROL.search(rare, unusual.start()) if unusual else None
    if control and (rare.count(control.group()) > 3 or control.group() == "\x00"):
        raise InputError(name, f"binary data, not text (control character U+{ord(control.group()):04X})")
    if not text.strip():
        raise InputError(name, "empty input: no text to convert")
    if _AKN_XML.match(text, 0, 4096):
        raise InputError(name, "Akoma Ntoso XML already, not text: akn text writes it as text, akn validate checks it")
    return text, unusual is not None


# A document that opens (after its XML declaration and comments) with the root of Akoma Ntoso.
_AKN_XML = re.compile(r"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:[\w.-]+:)?akomaNtoso[\s>/]", re.DOTALL)


def _is_utf8(data: bytes) -> bool:
    """Whether `data` is UTF-8 text: it decodes, and holds no NUL (which UTF-16 of Latin text is full of)."""
    if b"\x00" in data[:8192]:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _wide(encoding: str) -> bool:
    """Whether `encoding` writes characters in two or four bytes, so that NUL bytes are no sign of binary data."""
    return codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))


def normalise(text: str) -> str:
    """`text` with `\\n` line ends, special spaces as plain spaces, ligatures as their letters, invisible and
    control characters out."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _LIGATURE.sub(lambda match: _LETTERS[match.group()], text)
    text = _NONCHARACTER.sub("", text)
    return _CONTROL.sub("", _INVISIBLE.sub("", _SPACES.sub(" ", text)))


def split_lines(text: str) -> list[Line]:
    """The lines of a `normalise`d text."""
    lines: list[Line] = []
    page_break = False
    for no, raw in enumerate(text.split("\n"), start=1):
        if "\f" in raw:
            page_break = True
            raw = raw.replace("\f", "")
        lines.append(Line(no, raw.rstrip(), page_break, 0, raw == ""))  # positional: keywords cost 40% more
        page_break = False
    while lines and lines[-1].blank:
        lines.pop()
    return lines


_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*):\s*(.*)$")


def take_front_matter(lines: list[Line]) -> tuple[list[Line], dict[str, str]]:
    """YAML front matter (`---` ... `---` at the start) as flat `key: value` pairs, and the lines after it."""
    first = next((i for i, line in enumerate(lines) if not line.blank), None)
    if first is None or lines[first].text.strip() != "---":
        return lines, {}
    end = next((i for i in range(first + 1, len(lines)) if lines[i].text.strip() in ("---", "...")), None)
    if end is None:
        return lines, {}
    pairs: dict[str, str] = {}
    for line in lines[first + 1:end]:
        match = _FRONT_KEY.match(line.text)
        if match and not line.text.startswith(" "):
            value = match.group(2).strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            pairs[match.group(1).lower()] = value
    if not pairs:
        return lines, {}
    return lines[end + 1:], pairs


# Each Markdown pattern opens with a lookahead for the characters its forms can start with, so the engine
# skips plain text instead of trying every form at every position.
# An emphasis that opens a line or a numbered paragraph ("*Генеральная Ассамблея*,", "1 - *تقرر*") is
# one, in any script, as no plain text has it.
_MD_SIGNS = re.compile(
    r"(?=[#<\]*\\\[\d])(?:(^#{1,6} )|(<sup>)|(\]\(#?[^)]*\))|(^\*\*?[A-Z])|(\\[*.\-_#|])|(\[\^\w+\])"
    r"|(^(?:\d{1,3}(?:\\\.|\s?-)\s+)?\*[^\W\d_][^*\n]{0,80}?[^\s*\\]\*))",
    re.MULTILINE,
)
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()\s]*|[^()]*)\)")
_SUP = re.compile(r"(?<!\\)<sup>\s*([^<]{1,6}?)\s*</sup>", re.IGNORECASE)
# A superscript as pandoc writes it ("^1^", "54^th^").
_CARET_SUP = re.compile(r"(?<!\\)\^([^\s^\[\]]{1,6})\^")
# The ending of an ordinal number that a word processor raises ("54th", "1er", "2e"): no note's marker.
_ORDINAL_ENDING = frozenset(("st", "nd", "rd", "th", "e", "er", "re", "ère", "ème", "o", "a", "os", "as"))
_FOOTREF = re.compile(r" ?\[(?:\^(\w{1,6})\]|(\d{1,2})\](?![(:]))")
# What every match of `_FOOTREF` holds, as a pattern with a literal start the engine finds at memchr speed.
_FOOTREF_CORE = re.compile(r"\[(?:\^\w|\d{1,2}\])")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*(?!\*)")
_ITALIC = re.compile(r"\*(?=[^\s*])(.+?)(?<=[^\s\\*])\*(?![*\w])")
_UNDERSCORE_BOLD = re.compile(r"__(?=[^\s_])(.+?)(?<=[^\s_])__(?!\w)")
_UNDERSCORE_ITALIC = re.compile(r"_(?=\S)([^_]+?)(?<=\S)_(?!\w)")
# Any ASCII punctuation may be escaped (pandoc escapes "$", "^", "@", quotes and more).
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# In a table row an escaped pipe stays escaped, for the table to tell it from the pipes between the cells.
_ESCAPE_IN_ROW = re.compile(r"\\([!-/:-@\[-`{}~])")
_HTML_TAG = re.compile(r"(?<!\\)</?(?:span|em|strong|i|b|u|br|p|div|sub)\b[^>]*>", re.IGNORECASE)
# A character written as an HTML entity ("&nbsp;", "&amp;", "&#8209;"): only with its closing semicolon, as
# "R&D" or "&c" in a text are no entities.
_ENTITY = re.compile(r"(?<!\\)&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_HTML_COMMENT = re.compile(r"<!--.*?-->")
_LINE_BREAK = re.compile(r"\s*(?<!\\)<br\s*/?>\s*", re.IGNORECASE)
# The signs that open a line of a block quote, as pandoc writes a paragraph indented in Word ("> ", "> > ").
_QUOTE = re.compile(r"^ {0,3}>(?:\s?>)*\s?")
# A thematic break drawn with blanks between its characters ("* * *", "- - -"), as pandoc writes one.
_SPACED_RULE = re.compile(r"^ {0,3}([-*_])(?: +\1){2,} *$")
# The line of "=" or "-" that underlines a setext heading (a level 1 or 2 heading, "Annex" over "=====").
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+) *$")
# A border of a grid table, as pandoc writes a table whose cells run to several lines ("+-----+----+"); "="
# draws the border under the header.
_GRID_BORDER = re.compile(r"^ {0,3}\+(?:[-=:]+\+)+ *$")
# A bullet before a paragraph's or a point's own number ("- 1. Decides", "- (a) To report"), as docling writes
# each numbered paragraph of a PDF as an item of a bulleted list.
_BULLET_BEFORE_NUMBER = re.compile(r"^( *)[-*+] +(?=(?:\d{1,3}\\?\.|\(?[a-z]{1,2}\)|\(?[ivxlc]{1,6}\)|\d{1,3}\)) )")
# A note as a Word document's footnotes come out of HTML: an item of a numbered list that ends with a link
# back to its marker ("1. A/80/170. [↑](#footnote-ref-1)"); its marker links to it ("[[1]](#footnote-1)").
_LINKED_NOTE = re.compile(r"^ {0,3}(\d{1,3})\. +(.*?) *\[(?:↑|↩\ufe0e?|\^)\]\(#[^)\s]*\) *$")
# The dashes under the header of a pandoc simple or multiline table, one run for each column; the dashes that
# open and close a multiline table, one run across it.
_COLUMN_DASHES = re.compile(r"^ *-{2,}(?: +-{2,})+ *$")
_TABLE_EDGE = re.compile(r"^ *-{3,} *$")
# A barcode's number between stars, as PDF extractions print it at the foot of the first page: no emphasis.
_BARCODE = re.compile(r"^\*\d{6,8}\*$")
# Emphasis written in HTML, as Markdown has it where stars would not emphasise ("inflation<i>b</i>").
_HTML_EMPHASIS = re.compile(r"(?<!\\)<(i|em|b|strong)>(.*?)</\1>", re.IGNORECASE)


_MD_STRONG = re.compile(r"(?=[\[<#])(?:^\[\^\w+\]:|<sup>|^#{1,6} \S)", re.MULTILINE)


# A file named so is Markdown, whatever signs of it its text shows.
MARKDOWN_SUFFIXES = (".md", ".markdown")


def looks_like_markdown(text: str) -> bool:
    head = text[:20000]
    return bool(_MD_STRONG.search(head)) or len(_MD_SIGNS.findall(head)) >= 2


def _emphasis(match: re.Match[str], opening: str, closing: str, word_before: bool = False) -> str:
    """Emphasis markers for a `*...*` (or `_..._`) span, unless its opening character is escaped or glued
    to a word (then it is a literal star or underscore)."""
    before = match.string[match.start() - 1] if match.start() else " "
    if before in "\\*" or (before.isalnum() and (word_before or match.group(0)[0] == "*")):
        return match.group(0)
    return opening + match.group(1) + closing


def _footnote_reference(match: re.Match[str]) -> str:
    """`[^1]` anywhere, or `[1]` after a word: a footnote marker."""
    if match.group(1):
        return match.group(0)[: match.group(0).index("[")] + NOTE_OPEN + match.group(1) + NOTE_CLOSE
    if match.start() == 0 or match.string[match.start() - 1].isspace():
        return match.group(0)
    return NOTE_OPEN + match.group(2) + NOTE_CLOSE


def _superscript(match: re.Match[str]) -> str:
    """A superscript: the ending of an ordinal number after its figures, else a note's marker."""
    raised = match.group(1)
    if raised.lower() in _ORDINAL_ENDING and match.start() and match.string[match.start() - 1].isdigit():
        return raised
    return NOTE_OPEN + raised + NOTE_CLOSE


def _html_emphasis(match: re.Match[str]) -> str:
    if match.group(1).lower() in ("i", "em"):
        return ITALIC_OPEN + match.group(2) + ITALIC_CLOSE
    return BOLD_OPEN + match.group(2) + BOLD_CLOSE


def markdown_inline(text: str) -> str:
    """Markdown inline markup as plain text with private markers (emphasis, note markers)."""
    if "<" in text:
        text = _SUP.sub(_superscript, text)
        text = _HTML_EMPHASIS.sub(_html_emphasis, text)
        text = _HTML_TAG.sub("", text)
    if "[" in text:
        if _FOOTREF_CORE.search(text):
            text = _FOOTREF.sub(_footnote_reference, text)
        text = _LINK.sub(r"\1", text)
    if "^" in text:
        text = _CARET_SUP.sub(_superscript, text)
    if "**" in text:
        text = _BOLD.sub(lambda m: _emphasis(m, BOLD_OPEN, BOLD_CLOSE), text)
    if "*" in text:
        text = _ITALIC.sub(lambda m: _emphasis(m, ITALIC_OPEN, ITALIC_CLOSE), text)
    if "__" in text:
        text = _UNDERSCORE_BOLD.sub(lambda m: _emphasis(m, BOLD_OPEN, BOLD_CLOSE, word_before=True), text)
    if "_" in text:
        text = _UNDERSCORE_ITALIC.sub(lambda m: _emphasis(m, ITALIC_OPEN, ITALIC_CLOSE, word_before=True), text)
    if "&" in text:  # before the escapes go: "\&amp;" is the text "&amp;"
        text = _ENTITY.sub(_character, text)
    if "\\" in text:
        row = text.lstrip().startswith("|") and text.rstrip().endswith("|")
        text = (_ESCAPE_IN_ROW if row else _ESCAPE).sub(r"\1", text)
    return text


def _character(match: re.Match[str]) -> str:
    """The character an HTML entity names, a special space as a plain one; an entity that names none, or a
    character the text may not hold, as it is written."""
    character = html.unescape(match.group())
    if character == match.group():
        return character
    character = _SPACES.sub(" ", _INVISIBLE.sub("", character))
    if _CONTROL.search(character) or _NONCHARACTER.search(character) or any(c in MARKERS for c in character):
        return match.group()
    return character


def _markdown_heading(text: str) -> tuple[int, str] | None:
    r"""A Markdown heading's level and title: one to six "#" and a blank, then the title, whose closing "#"s and
    blanks go (what `^(#{1,6})\s+(.*?)\s*#*\s*$` reads, without its trial of an end at every character)."""
    rest = text.lstrip("#")
    level = len(text) - len(rest)
    title = rest.lstrip()
    if not 1 <= level <= 6 or len(title) == len(rest):
        return None
    return level, title.rstrip().rstrip("#").rstrip()


def _without_hard_break(text: str) -> str:
    """`text` without the backslash that ends a line to break it there (pandoc's hard line break); an escaped
    backslash ("\\\\") stays."""
    if text.endswith("\\") and not text.endswith("\\\\"):
        return text[:-1].rstrip()
    return text


def _html_breaks(lines: list[Line]) -> list[Line]:
    """The lines with HTML comments out and each line broken where `<br>` breaks it (in a table row, where
    a line break would end the row, a blank)."""
    broken: list[Line] = []
    for line in lines:
        text = line.text
        if "<" not in text:
            broken.append(line)
            continue
        text = _HTML_COMMENT.sub("", text)
        stripped = text.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            text = _LINE_BREAK.sub(" ", text)
        parts = _LINE_BREAK.split(text)
        broken.append(Line(line.no, parts[0].rstrip(), line.page_break, line.heading, line.empty))
        broken.extend(Line(line.no, part.rstrip()) for part in parts[1:] if part.strip())
    return broken


def _grid_tables(lines: list[Line]) -> list[Line]:
    """The lines with each grid table written as a pipe table: one line for each row, its cells' lines joined,
    and the header's border as the line of dashes under a pipe table's header."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        if not lines[i].text.lstrip().startswith("+") or not _GRID_BORDER.match(lines[i].text):
            out.append(lines[i])
            i += 1
            continue
        i = _take_grid_table(lines, i, out)
    return out


def _take_grid_table(lines: list[Line], start: int, out: list[Line]) -> int:
    """Append to `out` the rows of the grid table whose top border is at `start`; the index after the table."""
    corners = [k for k, character in enumerate(lines[start].text) if character == "+"]
    columns = list(pairwise(corners))
    cells: list[list[str]] = []
    first = lines[start]
    i = start + 1
    while i < len(lines):
        text = lines[i].text
        if _GRID_BORDER.match(text):
            if cells:
                out.append(Line(first.no, "| " + " | ".join(" ".join(cell) for cell in cells) + " |"))
            if "=" in text:
                out.append(Line(lines[i].no, "|" + "---|" * len(columns)))
            cells = []
        elif text.lstrip().startswith("|"):
            if not cells:
                cells, first = [[] for _ in columns], lines[i]
            for cell, (left, right) in zip(cells, columns):
                part = text[left + 1:right].strip()
                if part:
                    cell.append(part.replace("|", "\\|"))
        else:
            break
        i += 1
    return i


def _dashed_tables(lines: list[Line]) -> list[Line]:
    """The lines with each of pandoc's simple and multiline tables (columns under runs of dashes) written as a
    pipe table: one line for each row, its cells' lines joined, and the header's dashes as a pipe table's."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        if not lines[i].text.lstrip().startswith("-") or not _COLUMN_DASHES.match(lines[i].text):
            out.append(lines[i])
            i += 1
            continue
        header, multiline = _dashed_header(out)
        del out[len(out) - len(header) - multiline:]
        columns = [(run.start(), run.end()) for run in re.finditer(r"-+", lines[i].text)]
        if header:
            out.append(_pipe_row(header, columns))
            out.append(Line(lines[i].no, "|" + "---|" * len(columns)))
        i += 1
        row: list[Line] = []
        while i < len(lines) and not _TABLE_EDGE.match(lines[i].text) and not _COLUMN_DASHES.match(lines[i].text):
            if lines[i].blank and not multiline:
                break
            if lines[i].blank or not multiline:
                if row:
                    out.append(_pipe_row(row, columns))
                row = [] if lines[i].blank else [lines[i]]
            else:
                row.append(lines[i])
            i += 1
        if row:
            out.append(_pipe_row(row, columns))
        if i < len(lines) and not lines[i].blank:
            i += 1  # the dashes that close the table
    return out


def _dashed_header(before: list[Line]) -> tuple[list[Line], int]:
    """The header lines of the dashed table whose column dashes come after `before`, and 1 if a run of dashes
    opens it (a multiline table), else 0: a multiline table's header runs up from the dashes to that run; a
    simple table's is the one line above."""
    k = len(before)
    while k and not before[k - 1].blank and not _TABLE_EDGE.match(before[k - 1].text):
        k -= 1
    if k and _TABLE_EDGE.match(before[k - 1].text):
        return before[k:], 1
    if before and not before[-1].blank:
        return before[-1:], 0
    return [], 0


def _pipe_row(lines: list[Line], columns: list[tuple[int, int]]) -> Line:
    """The row that `lines` print in `columns` (each from its dashes' start to the next one's, the first from the
    margin), as a pipe row."""
    starts = [0] + [start for start, _ in columns[1:]] + [None]
    cells = [" ".join(part for line in lines if (part := line.text[left:right].strip())).replace("|", "\\|")
             for left, right in pairwise(starts)]
    return Line(lines[0].no, "| " + " | ".join(cells) + " |")


def unmark_markdown(lines: list[Line]) -> None:
    """Take the Markdown markup out of `lines`, in place: headings become the lines' level, inline markup the
    private markers, a hard line break's backslash and a block quote's signs go, `<br>` breaks a line."""
    lines[:] = _dashed_tables(_grid_tables(_html_breaks(lines)))
    for line in lines:
        text = line.text
        if not text:  # half the lines of a Markdown text: nothing to unmark
            continue
        if text.lstrip().startswith(">"):
            text = _QUOTE.sub("", text)
        found = _markdown_heading(text) if text.startswith("#") else None
        if found:
            line.heading, text = found
        if _BARCODE.match(text):
            continue
        if _SPACED_RULE.match(text):
            line.text = text.replace(" ", "")
            continue
        if text.lstrip().startswith(("-", "*", "+")):
            text = _BULLET_BEFORE_NUMBER.sub(r"\1", text)
        elif text.endswith(")") and "](#" in text:
            text = _LINKED_NOTE.sub(r"[^\1]: \2", text)
        line.text = markdown_inline(_without_hard_break(text)).rstrip()
    _take_setext_headings(lines)


def _take_setext_headings(lines: list[Line]) -> None:
    """Make each line that a line of "=" or "-" underlines a heading, of level 1 or 2, and the underline blank.
    Only a line that stands alone and ends as no sentence does: under a paragraph, the dashes are a rule."""
    for i in range(1, len(lines)):
        underline = lines[i].text
        if not underline or underline.lstrip()[0] not in "=-" or not _SETEXT_UNDERLINE.match(underline):
            continue
        title = lines[i - 1]
        if (title.blank or title.heading or "|" in title.text or title.text.endswith((".", ",", ";", ":"))
                or (i > 1 and not lines[i - 2].blank)):
            continue
        title.heading = 1 if "=" in underline else 2
        lines[i].text = ""


def read_source(data: bytes | str, name: str = "<input>", encoding: str | None = None) -> Source:
    text, unusual = decode(data, name, encoding) if isinstance(data, bytes) else (data, bool(_UNUSUAL.search(data)))
    if unusual:  # most texts have none: one scan instead of five
        for marker in MARKERS:
            text = text.replace(marker, "")
    lines = split_lines(normalise(text) if unusual else text)
    lines, front = take_front_matter(lines)
    markdown = bool(front) or name.lower().endswith(MARKDOWN_SUFFIXES) or looks_like_markdown(text)
    if markdown:
        unmark_markdown(lines)
    if not any(not line.blank for line in lines):
        raise InputError(name, "empty input: no text to convert")
    return Source(lines, front, markdown)


def without_blank_lines(lines: list[Line]) -> bool:
    """Whether blank lines are too few to part the paragraphs: fewer than one run of them in every seven lines
    of text (a resolution's paragraphs run to three or four lines; where blank lines part them, a run of them
    comes every two to six lines), and after fewer than two in five of the lines that end on a clause's
    punctuation (where blank lines part long paragraphs wrapped on a narrow page, half or more of those lines
    have a blank line after them; where none do, a few seams left by page furniture taken out may)."""
    text_lines = runs = clause_ends = parted = 0
    previous_blank = True
    ends_clause = False
    for line in lines:
        if line.blank:
            runs += not previous_blank
            parted += ends_clause
            previous_blank, ends_clause = True, False
        else:
            text_lines += 1
            ends_clause = line.text.rstrip()[-1:] in _CLAUSE_PUNCTUATION
            clause_ends += ends_clause
            previous_blank = False
    parted += ends_clause  # the end of the text parts the last paragraph too
    return text_lines > 7 * (runs + 1) and 5 * parted < 2 * clause_ends


_CLAUSE_PUNCTUATION = frozenset(",;:.，；：。،؛")


# A gap between two words that justification widened (a run of spaces inside a line).
_WIDENED_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
# The gap between two cells that `pdftotext -layout` prints on one line: a table row's, a header's or footer's.
CELL_GAP = re.compile(r"\s{2,}")


def justified(lines: list[Line]) -> bool:
    """Whether the text was justified as `pdftotext -layout` prints it: spaces widen the gaps between words
    in at least a third of its lines of six words or more (a text as found widens one line in a hundred at
    most: a tab turned into spaces, a gap left by a superscript)."""
    if len([line for line in lines if "  " in line.text]) < 4:
        return False  # most texts: too few gaps even to look further
    long_lines = widened = 0
    for line in lines:
        text = line.text.strip()
        if text.count(" ") < 5:
            continue
        long_lines += 1
        widened += "  " in text
    return long_lines >= 10 and 3 * widened >= long_lines


def close_widened_gaps(lines: list[Line]) -> list[Line]:
    """The lines with each gap between words one space again (the indentation is kept): the gaps carry no
    meaning in justified text, and the stages after read two spaces as a sign (a superscript's gap)."""
    return [
        Line(line.no, _WIDENED_GAP.sub(" ", line.text), line.page_break, line.heading, line.empty)
        if "  " in line.text.strip() else line
        for line in lines
    ]
