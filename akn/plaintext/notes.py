"""Stage 4: footnote markers found in the running text.

Guarantees: each note body taken out of the page layout is tied to one marker in the text, in document
order: an explicit marker (Markdown `<sup>1</sup>`, `[^1]`), else a number glued to a word ("Rights,1",
"Child3", "遗产1"), in brackets in Arabic ("الوثائقي(1)"), to a year ("20242" = 2024 + note 2) or standing
after a word ("Disabilities, 4"), or stars ("agenda*"). A note's marker stands before the glued marker of the next note, which bounds the weaker
readings; the last of them takes the marker off the end of a symbol's number ("VII/1113" for VII/11 and
note 13), with a warning, preferring a symbol whose shorter number the document cites elsewhere. Afterwards
every marker in block text has the form NOTE_OPEN key NOTE_CLOSE, where the key names the note; a marker
without a note and a note without a marker each give a warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .blocks import Block
from .layout import NoteBody
from .source import NOTE_CLOSE, NOTE_OPEN

_EXPLICIT = re.compile(f"{NOTE_OPEN}([^{NOTE_CLOSE}]*){NOTE_CLOSE}")
_STOP_WORDS = frozenset(
    ["paragraph", "paragraphs", "para", "paras", "para.", "paras.", "resolution", "resolutions", "decision", "decisions", "article", "articles", "chapter", "chapters", "section", "sections", "item", "items", "annex", "annexes", "page", "pages", "no", "no.", "nos", "nos.", "vol", "vol.", "volume", "rule", "rules", "goal", "goals", "target", "targets", "of", "and", "to", "from", "at", "by", "in", "on", "the", "than", "over", "under", "some", "all", "with", "about", "approximately", "nearly", "least", "first", "part", "parts", "table", "tables", "figure", "figures", "box", "session", "sessions", "meeting", "meetings", "principle", "principle.", "principles,", "year", "years", "day", "days", "phase", "stage", "level", "levels", "number", "numbers", "point", "points", "protocol", "schedule", "appendix", "class", "category", "group", "op.", "sales", "members", "member", "states"]
)
_PARAGRAPH_WORDS = frozenset(["paragraph", "paragraphs", "para", "paras", "para.", "paras."])
# The wider gap a PDF extraction leaves after a superscript, before the word that goes on lower case.
_SUPERSCRIPT_GAP = re.compile(r"\s{2,}[a-z]")
# What after a spaced number makes it no marker: a unit or a month it counts, the end of a table's cell
# ("IRAN HORMUZ 22 | ISLAMIC REPUBLIC ...", a row between pipes).
_AFTER_NOT_MARKER = re.compile(
    r"^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|per|%|percent|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    r"million|billion|thousand|hours|days|weeks|months|years|States|countries|members|Member|km|kg|to\s+\d|and\s+\d|"
    r"\|)",
    re.IGNORECASE,
)


@dataclass
class Placement:
    texts: dict[str, str]
    warnings: list[tuple[int, str]]


def _key(note: NoteBody, index: int) -> str:
    """The key a note's marker carries through the text: its marker, and its place among the notes."""
    return f"{note.marker}#{index}"


def place(blocks: list[Block], notes: list[NoteBody], page_of: dict[int, int]) -> Placement:
    texts: dict[str, str] = {}
    warnings: list[tuple[int, str]] = []
    used = [False] * len(notes)

    def key_for(index: int) -> str:
        key = _key(notes[index], index)
        texts[key] = notes[index].text
        used[index] = True
        return key

    # Explicit markers first: they are certain.
    placed: dict[int, int] = {}  # the block that holds the marker of the note at each index
    for b, block in enumerate(blocks):
        if NOTE_OPEN not in block.text:
            continue

        def resolve(match: re.Match[str], block: Block = block, b: int = b) -> str:
            marker = match.group(1).strip()
            index = next((i for i, n in enumerate(notes) if not used[i] and n.marker == marker), None)
            if index is None:
                warnings.append((block.no, f"footnote marker {marker!r} has no note"))
                return f"{NOTE_OPEN}?{marker}{NOTE_CLOSE}"
            placed[index] = b
            return f"{NOTE_OPEN}{key_for(index)}{NOTE_CLOSE}"

        block.edit_lines(lambda text, resolve=resolve: _EXPLICIT.sub(resolve, text))

    cursor = (0, 0)
    for index, note in enumerate(notes):
        if used[index]:
            cursor = _position_of(blocks, placed[index], _key(note, index), cursor)
            continue
        if not note.marker:
            continue
        following = notes[index + 1] if index + 1 < len(notes) and not used[index + 1] else None
        found = _search(blocks, note, cursor, page_of, following)
        if found is None and not blocks:
            warnings.append((note.line, f"footnote {note.marker!r} has no text to stand in; dropped"))
            continue
        if found is None:
            warnings.append((note.line, f"footnote {note.marker!r} has no marker in the text; placed after the paragraph before it"))
            b = _block_before_line(blocks, note.line)
            key = key_for(index)
            blocks[b].append(f"{NOTE_OPEN}{key}{NOTE_CLOSE}")
            continue
        b, start, end, guessed = found
        if guessed:
            token = blocks[b].text[:end].rsplit(None, 1)[-1]
            stands_for = token[: len(token) - len(note.marker)]
            message = f"footnote {note.marker!r} has no marker of its own; read as the end of {token!r}"
            warnings.append((blocks[b].no, f"{message}, which then stands for {stands_for!r}"))
        key = key_for(index)
        blocks[b].replace(start, end, f"{NOTE_OPEN}{key}{NOTE_CLOSE}")
        cursor = (b, start + len(key) + 2)
    return Placement(texts, warnings)


def _position_of(blocks: list[Block], b: int, key: str, cursor: tuple[int, int]) -> tuple[int, int]:
    """(block, offset) just after the marker of `key` in block `b`, which holds it; no other block does, as a key
    is made once."""
    token = f"{NOTE_OPEN}{key}{NOTE_CLOSE}"
    at = blocks[b].text.find(token)
    return (b, at + len(token)) if at >= 0 else cursor


def _block_before_line(blocks: list[Block], line_no: int) -> int:
    best = 0
    for b, block in enumerate(blocks):
        if block.no <= line_no:
            best = b
    return best


@lru_cache(maxsize=1024)
def _in_brackets(marker: str) -> re.Pattern[str]:
    """An Arabic text's marker: the number in brackets glued to the word it annotates ("الوثائقي(1)،")."""
    k = re.escape(marker)
    return re.compile(rf"(?=\({k}\))(?<=[\u0620-\u065f])(\({k}\))")


@lru_cache(maxsize=4096)  # asked again for each note as the next one's marker: re's own cache holds 512
def _patterns(marker: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """Where `marker` stands glued to the text it annotates, and where it stands after a space. Each pattern
    opens with a lookahead for the marker itself, so that the engine tries the lookbehinds only there."""
    k = re.escape(marker)
    if marker.startswith("*"):
        return re.compile(rf"(?={k})(?<=[^\s*{NOTE_CLOSE}])({k})(?!\*)"), re.compile(rf"(?={k})(?<=\s)({k})(?!\*)")
    if not marker.isdigit():
        return re.compile(rf"(?={k})(?<=[A-Za-z\)])({k})(?![\w])"), None
    glued = re.compile(
        rf"(?={k})(?:(?<=[A-Za-z\u00c0-\u024f\u0400-\u04ff\u0620-\u064a\u3400-\u9fff\)\]”’\"'»》、，；])"
        rf"|(?<=[A-Za-z\u00c0-\u024f\u0400-\u04ff\)\]”’\"'»][.,;:])"
        rf"|(?<=(?<!\d)(?:19|20)\d\d,)|(?<=(?<!\d)(?:19|20)\d\d)|(?<=\d;)|(?<=\s\d,)|(?<=\s\d\d,)|(?<=\s\d\d\d,)"
        rf"|(?<=[./]\d,)|(?<=[./]\d\d,)|(?<=[./]\d\d\d,)|(?<=/\d\d\d\d,)|(?<=(?<!\d)(?:19|20)\d\d\.)"
        rf"|(?<=[A-Za-z][\-\u2011]\d,)|(?<=[A-Za-z][\-\u2011]\d\d,)|(?<=[a-z]\.,))"
        rf"(?<!项目)(?<!第)({k})(?![\d/年月日号次届条款段]|\.\d|-\w)"
    )
    spaced = re.compile(rf"(?=\s{k})(?<=[\w\)\]”’\"'.,;:])\s({k})(?=[\s.,;:)]|$)")
    return glued, spaced


def _search(
    blocks: list[Block], note: NoteBody, cursor: tuple[int, int], page_of: dict[int, int],
    following: NoteBody | None = None,
) -> tuple[int, int, int, bool] | None:
    """(block, start, end) of the marker of `note`, and whether it was read off the end of a number, the last
    resort ("decision VII/1113" for VII/11 and note 13), which the caller reports.

    A marker glued to a word is taken wherever it stands. The weaker readings (a spaced number, the end of a
    number) are taken only before the glued marker of the next note, when it has one: a note's marker comes
    before the next note's. Within that stretch a spaced number is a marker even after a figure ("of
    16 September 2008, 2 and"), since the next note's marker bounds where this one can stand."""
    start_block = cursor[0]
    cursor_page = page_of.get(blocks[start_block].no, 1) if blocks else 1
    candidates = []
    for b in range(start_block, len(blocks)):
        block = blocks[b]
        first_page = page_of.get(block.no, 0)
        last_page = page_of.get(block.last_no, first_page)
        if first_page > note.page:
            break
        if last_page < min(cursor_page, note.page) and b != start_block:
            continue
        if block.no > note.line and note.page == first_page and page_of.get(note.line, 0) == first_page:
            break
        candidates.append(b)
    glued, spaced = _patterns(note.marker)
    holding = _holding(blocks, candidates, note.marker)
    found = _first(blocks, holding, cursor, glued, _glued_ok)
    if found is None and note.marker.isdigit():
        found = _first(blocks, holding, cursor, _in_brackets(note.marker), _anywhere)
    if found is not None:
        return (*found, False)
    limit = None
    if following is not None and following.marker.isdigit():
        limit = _first(blocks, _holding(blocks, candidates, following.marker), cursor,
                       _patterns(following.marker)[0], _glued_ok)
    passes = [(spaced, _spaced_ok), (glued, _glued_to_capitals), (spaced, _spaced_after_name)]
    if limit is not None:
        passes.append((spaced, _spaced_before_next))
    if note.marker.isdigit():
        passes.append((_number_end(note.marker), _ends_a_symbol))
    for pattern, check in passes:
        if pattern is None:
            continue
        if check is _ends_a_symbol and limit is not None:
            found = _likeliest_symbol_end(blocks, holding, cursor, pattern, limit)
        else:
            found = _first(blocks, holding, cursor, pattern, check)
        if found is not None and (limit is None or found[:2] < limit):
            return (*found, check is _ends_a_symbol)
    return None


def _holding(blocks: list[Block], candidates: list[int], marker: str) -> list[int]:
    """The candidate blocks whose text holds `marker` as it is written, as every reading of it does: the others
    are passed over at once."""
    return [b for b in candidates if marker in blocks[b].text]


def _likeliest_symbol_end(
    blocks: list[Block], candidates: list[int], cursor: tuple[int, int], pattern: re.Pattern[str],
    limit: tuple[int, int, int],
) -> tuple[int, int, int] | None:
    """Of the symbols before the next note's marker that could end in the marker, the first whose number
    without it is cited elsewhere in the document ("71/2057" when "71/205" is cited, rather than "74/17"
    when "74/1" is not); the first of them all when none is."""
    readings = []
    for b in candidates:
        if b > limit[0]:
            break
        text = blocks[b].text
        for match in pattern.finditer(text, cursor[1] if b == cursor[0] else 0):
            if (b, match.start(1)) >= limit[:2]:
                break
            if _ends_a_symbol(text, match):
                readings.append((b, match.start(1), match.end(1)))
    if len(readings) < 2:
        return readings[0] if readings else None
    for b, start, end in readings:
        symbol = blocks[b].text[:start].rsplit(None, 1)[-1].lstrip("([“‘\"'")
        cited = re.compile(rf"(?<![\w.\-]){re.escape(symbol)}(?![\w/]|\.\d)")
        if any(cited.search(block.text) for block in blocks):
            return b, start, end
    return readings[0]


def _first(
    blocks: list[Block], candidates: list[int], cursor: tuple[int, int], pattern: re.Pattern[str] | None,
    check: Callable[[str, re.Match[str]], bool],
) -> tuple[int, int, int] | None:
    """(block, start, end) of the first match of `pattern` in the candidate blocks from `cursor` that `check`
    accepts."""
    if pattern is None:
        return None
    start_block, start_at = cursor
    for b in candidates:
        text = blocks[b].text
        for match in pattern.finditer(text, start_at if b == start_block else 0):
            if check(text, match):
                return b, match.start(1), match.end(1)
    return None


@lru_cache(maxsize=4096)
def _number_end(marker: str) -> re.Pattern[str]:
    """The marker as the last digits of a longer number, before punctuation or a blank."""
    k = re.escape(marker)
    return re.compile(rf"(?={k})(?<=\d)({k})(?=[\s,.;:)]|$)")


def _ends_a_symbol(text: str, match: re.Match[str]) -> bool:
    """Whether what stays before the marker reads as a symbol or a name with its number ("VII/11", "59/300",
    "1/CP.27", "Agenda 21"): a lone figure ("113 cases") or a year is no such thing."""
    before = text[: match.start(1)]
    words = before.split()
    if not words:
        return False
    token = words[-1]
    if "/" in token or re.search(r"[A-Za-z][.\-\u2011]\d+$", token):
        return token[-1].isdigit()
    number = token + match.group(1)
    if not token.isdigit() or len(words) < 2 or re.fullmatch(r"(?:19|20)\d\d", number):
        return False
    name = words[-2]
    return name[:1].isupper() and name.isalpha() and name.lower() not in _STOP_WORDS


def _anywhere(text: str, match: re.Match[str]) -> bool:
    return True


def _glued_ok(text: str, match: re.Match[str]) -> bool:
    before = text[: match.start(1)]
    if re.search(r"(?:WHA|EB|A|E|S|CN|RES|Add|Rev|Corr|L|No|para|vol)\.?$", before) and re.search(r"[A-Z]\d*$", before):
        return False
    if re.search(r"(?:^|[/\s])(?:L|Add|Rev|Corr|DEC|CONF|CP|CMP|CMA|DG|SR|PV|INF|WP|CRP|No|Nos)\.$", before):
        return False  # the number of a symbol's part or a numbered thing: A/78/6/Add.1, C-16/DEC.11, Bulletin No.18
    words = before.split()
    if len(words) >= 2 and words[-2].lower() in _PARAGRAPH_WORDS and re.fullmatch(r"(?:[IVXLC]+|[A-Z])\.", words[-1]):
        return False  # a paragraph numbered within a chapter: paragraph IV.7 (but "annex V.1" may well be a note)
    return not re.search(r"[A-Z]{2,}$", before) or before.endswith(("”", "’", ")", ",", "."))


def _glued_to_capitals(text: str, match: re.Match[str]) -> bool:
    """A marker glued to an acronym ("the NPT5", "HIV/AIDS7"), which the strict reading leaves alone since
    capitals and a figure also make symbols: three capitals or more, and not a symbol's prefix ("WHA73")."""
    before = text[: match.start(1)]
    return bool(re.search(r"[A-Z]{3,}$", before)) and not re.search(r"(?:WHA|RES|CCPR|ICCPR)$", before)


def _spaced_ok(text: str, match: re.Match[str]) -> bool:
    before = text[: match.start(1)].rstrip()
    words = before.split()
    if not words:
        return False
    previous = words[-1].lower()
    if previous in _STOP_WORDS:
        return False
    if previous.strip(",.;:") in _STOP_WORDS and not _ends_a_sentence(previous):
        return False  # "meeting 22", "resolution, 5"; but "Adopted at the 2nd meeting. 22" is a marker
    after = text[match.end(1):]
    if re.search(r"\d[,.]?$", previous) and not _SUPERSCRIPT_GAP.match(after):
        return False  # "in 2019 and 2023, 4 countries"; but "held in 2019 and 2023, 4  as well" is a marker
    return not _AFTER_NOT_MARKER.match(after)


def _ends_a_sentence(word: str) -> bool:
    """Whether a word ends its sentence or clause, so that a number after it cannot be its number."""
    return word.endswith((".", ";", ":")) and not word.endswith("..")


def _spaced_before_next(text: str, match: re.Match[str]) -> bool:
    """A spaced number before the next note's marker, after anything but a word that takes a number
    ("paragraph 2", "resolution 5") and not before a unit ("2 countries")."""
    words = text[: match.start(1)].split()
    if not words or words[-1].lower() in _STOP_WORDS:
        return False
    return not _AFTER_NOT_MARKER.match(text[match.end(1):])


def _spaced_after_name(text: str, match: re.Match[str]) -> bool:
    """A spaced number after a capitalised word that names something ("Dispute Resolution 5 as"): a marker
    when nothing better was found and a lower-case word or punctuation follows."""
    before = text[: match.start(1)].rstrip()
    words = before.split()
    if not words or not words[-1][:1].isupper():
        return False
    after = text[match.end(1):]
    return bool(re.match(r"^\s*(?:[a-z]|[,.;:]|$)", after)) and not _AFTER_NOT_MARKER.match(after)
