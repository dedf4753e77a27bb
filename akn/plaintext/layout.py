"""Stage 2: page layout out, text in.

Guarantees: page furniture (running headers with the symbol and short title, job numbers, barcodes, page
counters) is removed, and only lines recognised as such; footnote bodies are taken out of the running text
into `notes` (a note repeated on every page is kept once; a note number out of sequence is a warning at its
line, and a note all the same when the next number follows it); a paragraph cut by a page break is whole again;
every remaining line keeps its input line number and the page it stood on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from .blocks import DANGLING
from .inline import DATE
from .source import CELL_GAP, NOTE_CLOSE, NOTE_OPEN, Line, folded, without_blank_lines

# A job number as each duty station prints it: New York "24-12345 (E)", Geneva "GE.24-12345(E)", Vienna
# "V.24-01234 (E)", Bangkok "B24-00321", Nairobi "K2400512", with the dates of processing after it; in a
# layout extraction, the page's number may stand on the same line, apart ("2        GE.24-12345").
JOB_NUMBER = re.compile(
    r"^(?:\d{1,3}\s{3,})?(?:(?:GE\.|V\.|B)?\d{2}-\d{5}|K\d{7})\s*(\([A-Z]\))?(\s+\d{6}){0,2}(\s+\*\d{6,8}\*)?"
    r"(?:\s{3,}\d{1,3})?$"
)
BARCODE = re.compile(r"^\*\d{6,8}\*$")
# "2/11", as the UN prints it; "- 2 -", as older documents and word processors do.
PAGE_COUNTER = re.compile(r"^(?:(\d{1,3})/(\d{1,3})|[-\u2013\u2014]\s?\d{1,3}\s?[-\u2013\u2014])$")
NOTE_RULE = re.compile(r"^_{5,}$")
MD_RULE = re.compile(r"^(-{3,}|\*{3,}|_+|={3,})$")
_RULE_CHARACTERS = "-*_="  # what the rules above are drawn with
SYMBOL = re.compile(
    r"^(?:United Nations\s+)?((?:A|S|E|T|DP|UNEP|ECE|ESCAP|LC|TD|CRC|CEDAW|CCPR|HRC)(?:/[A-Za-z0-9.\-]+)+"
    r"(?:\s*\(\d{4}\)|\([IVXLC]+\))?)\*?$"
)
# A note opens with its marker ("(1)" in a note in Arabic); a number and a stray full stop ("2 . Invites") is a
# paragraph that OCR misread, and a number and a dash ("1 - تقرر") an Arabic paragraph.
NOTE_START = re.compile(
    rf"^\s*(?:{NOTE_OPEN}(?P<m1>[^{NOTE_CLOSE}]+){NOTE_CLOSE}:?|(?P<m2>\d{{1,3}}|\*{{1,3}}|[a-z])(?:\s|$)"
    rf"|\((?P<m3>\d{{1,3}})\)\s(?=.*[\u0600-\u06ff]))"
    rf"\s*(?![.,;:\-](?:\s|$))(?P<text>.*)$"
)
RECYCLE = re.compile(r"^(Please recycle|\s*♲\s*)$", re.IGNORECASE)
# Each of the four in one pattern, as every line is asked for any of them; a page counter, which counts only
# after the masthead, is named.
_PAGE_MARK = re.compile(
    f"{JOB_NUMBER.pattern}|{BARCODE.pattern}|(?i:{RECYCLE.pattern})|(?P<counter>{PAGE_COUNTER.pattern})"
)
# The end of a sentence, and a note's marker after it ("(Yugoslavia).10").
_SENTENCE_END = re.compile(r"[.;:][\"'’”)\]]*(?:\s?\d{1,3}|\*{1,3})?$")
_TERMINAL = re.compile(r"[.;:,!?]['’”\")\]]?$")
_NUMBERED_START = re.compile(r"^(\(?[0-9]{1,3}[.)]|\([a-zA-Z]{1,5}\)|[A-Z][.)]\s|[IVXLC]{1,6}\.?\s|Article\s|Chapter\s|Annex)")


@dataclass(slots=True)
class NoteBody:
    marker: str
    text: str
    line: int
    page: int


@dataclass
class Layout:
    lines: list[Line]
    notes: list[NoteBody]
    symbol: str | None
    pages: dict[int, int]
    furniture: list[Line]
    warnings: list[tuple[int, str]] = field(default_factory=list)  # (input line, message)


def find_symbol(lines: list[Line]) -> str | None:
    """The document symbol from the masthead (the first lines of the first page)."""
    seen = 0
    for line in lines:
        if line.blank:
            continue
        seen += 1
        match = SYMBOL.match(line.text.strip())
        if match:
            return re.sub(r"\s+", " ", match.group(1))
        if seen >= 12:
            break
    return None


class _Furniture:
    """Recognises the lines of running headers and footers."""

    def __init__(self, lines: list[Line], symbol: str | None) -> None:
        self.lines = lines
        self.symbol = folded(symbol) if symbol else None
        self.masthead_end = self._masthead_end()
        # PDF extractions that print a space on blank lines mark page starts with a truly empty line.
        spaced = sum(1 for line in lines if line.blank and not line.empty)
        empty = sum(1 for line in lines if line.empty)
        self.empty_starts_page = 0 < empty < spaced

    def _masthead_end(self) -> int:
        """Index after the first occurrence of the symbol (the masthead keeps it)."""
        if not self.symbol:
            return 0
        for i, line in enumerate(self.lines[:40]):
            if self.symbol in folded(line.text):
                return i + 1
        return 0

    def is_marker_line(self, i: int) -> bool:
        text = self.lines[i].text.strip()
        if not text:
            return False
        if self._is_mark(text, i):
            return True
        return "  " in text and self._marks_apart(text, i)

    def _is_mark(self, text: str, i: int) -> bool:
        """A page mark (job number, barcode, counter after the masthead) or the symbol of a running header."""
        mark = _PAGE_MARK.match(text)
        if mark:
            return mark.group("counter") is None or i >= self.masthead_end
        return bool(self.symbol and i >= self.masthead_end and folded(text) == self.symbol)

    def _marks_apart(self, text: str, i: int) -> bool:
        """Marks that `pdftotext -layout` prints side by side: a footer's job number and counter ("24-13495
        2/21"), a header's symbol and running title."""
        header = bool(self.symbol) and i >= self.masthead_end and str(self.symbol) in text.casefold()
        if header and self._running_title_beside_symbol(text) is not None:
            return True
        return all(self._is_mark(cell, i) for cell in CELL_GAP.split(text))

    def _running_title_beside_symbol(self, text: str) -> str | None:
        """The running title that a header line prints beside the symbol ("A/RES/78/317      The Antigua and
        ...", or the title first and the symbol last, as `pdftotext -layout` prints a header): "" for the
        symbol alone, None for a line that is no such header."""
        if not self.symbol:
            return None
        if folded(text) == self.symbol:
            return ""
        if "  " not in text:
            return None
        first, _, rest = text.strip().partition("  ")
        before, _, last = text.strip().rpartition("  ")
        if folded(first) == self.symbol:
            title = rest.strip()
        elif folded(last) == self.symbol:
            title = before.strip()
        else:
            return None
        return title if _reads_as_title([Line(0, title)]) and not _PAGE_MARK.match(title) else None

    def regions(self) -> list[tuple[int, int]]:
        """Index ranges [start, end) of header and footer blocks."""
        regions: list[tuple[int, int]] = []
        n = len(self.lines)
        i = 0
        titles: set[str] = set()
        while i < n:
            if not self.is_marker_line(i):
                i += 1
                continue
            start, end = i, i + 1
            while start > 0 and (self.lines[start - 1].blank or self.is_marker_line(start - 1)):
                start -= 1
            while end < n and (self.lines[end].blank or self.is_marker_line(end)):
                end += 1
            start, end = self._running_title(start, end, titles)
            regions.append((start, end))
            i = end
        return regions

    def _running_title(self, start: int, end: int, titles: set[str]) -> tuple[int, int]:
        """Extend a header block over the short-title lines beside its symbol line.

        Even pages print the symbol, then the title, then job number and counter; odd pages the title, then
        the symbol. PDF extractions mark the start of a page with a line that is empty, not even a space.
        """
        lines = self.lines
        beside = {k: self._running_title_beside_symbol(lines[k].text) for k in range(start, end)}
        symbol_at = next((k for k in range(start, end) if beside[k] is not None), None)
        if symbol_at is None:
            return start, end
        title = beside[symbol_at]
        if title:
            titles.add(folded(title))
            # `pdftotext -layout` prints the title's next lines under it, indented to where it starts (a title
            # that starts the line has no such mark)
            column = lines[symbol_at].text.find(title)
            j = symbol_at + 1
            while (
                column > 0 and j < len(lines) and not lines[j].blank and _indentation(lines[j].text) == column
                and _reads_as_title(lines[j:j + 1])
            ):
                titles.add(folded(lines[j].text))
                j += 1
            if j > symbol_at + 1:
                end = max(end, j)
                while end < len(lines) and (lines[end].blank or self.is_marker_line(end)):
                    end += 1
        j = symbol_at + 1
        while j < len(lines) and not lines[j].blank and not self.is_marker_line(j) and j - symbol_at <= 5:
            j += 1
        if (
            j > symbol_at + 1 and (j >= len(lines) or self.is_marker_line(j) or self._blank_then_marker(j))
            and _reads_as_title(lines[symbol_at + 1:j])
        ):
            titles.update(folded(lines[k].text) for k in range(symbol_at + 1, j))
            end = max(end, j)
            while end < len(lines) and (lines[end].blank or self.is_marker_line(end)):
                end += 1
        if symbol_at == start:
            j = start - 1
            while j >= 0 and not lines[j].blank and start - j <= 5:
                j -= 1
            candidates = range(j + 1, start)
            page_start = j >= 0 and lines[j].empty and self.empty_starts_page and _reads_as_title(lines[j + 1:start])
            if candidates and (page_start or all(folded(lines[k].text) in titles for k in candidates)):
                titles.update(folded(lines[k].text) for k in candidates)
                start = j if page_start else j + 1
            else:  # no blank line parts the text above from the title lines already met on other pages
                while start - 1 > j and folded(lines[start - 1].text) in titles:
                    start -= 1
        return start, end

    def _blank_then_marker(self, j: int) -> bool:
        while j < len(self.lines) and self.lines[j].blank:
            j += 1
        return j < len(self.lines) and self.is_marker_line(j)


def _indentation(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _reads_as_title(lines: list[Line]) -> bool:
    """Whether the lines beside a running header's symbol can be the document's short title: none opens with a
    paragraph's number or label, and the last ends no clause. Where the extraction left no blank lines, the
    paragraphs after the last header are no title ("S/RES/1445 (2002)" / "24. Reiterates ...;")."""
    texts = [line.text.strip() for line in lines]
    if not texts or any(_NUMBERED_START.match(text) for text in texts):
        return False
    return not texts[-1].rstrip("'’”\")]").endswith((".", ";", ",", ":"))


def _note_region_end(lines: list[Line], start: int, limit: int, markdown_rule: bool) -> int:
    """End (exclusive) of the notes that follow a rule at `start`."""
    if not markdown_rule:
        return limit
    i = start + 1
    end = start + 1
    while i < limit:
        while i < limit and lines[i].blank:
            i += 1
        if i >= limit or not NOTE_START.match(lines[i].text) or not _looks_like_note(lines[i].text):
            break
        while i < limit and not lines[i].blank:
            i += 1
        end = i
    return end


def _looks_like_note(text: str) -> bool:
    match = NOTE_START.match(text)
    if not match:
        return False
    if match.group("m1") or match.group("m3"):
        return True
    marker = match.group("m2")
    return marker.startswith("*") or marker.isdigit()


def _parse_notes(
    lines: list[Line], page: int, last_marker: list[int], warnings: list[tuple[int, str]]
) -> list[NoteBody]:
    notes: list[NoteBody] = []
    bracketed = False  # the notes so far open with "(1)": so does the next, in Arabic or not
    for k, line in enumerate(lines):
        if line.blank:
            continue
        match = NOTE_START.match(line.text)
        marker = (match.group("m1") or match.group("m2") or match.group("m3") or "").strip() if match else ""
        if match is not None and match.group("m3"):
            bracketed = True
        elif bracketed:
            bracket = _BRACKETED_NOTE.match(line.text)
            if bracket is not None:
                match, marker = bracket, bracket.group("m3")
        if notes and DANGLING.search(notes[-1].text):
            # a note wrapped after "decision of" goes on, whatever opens the next line ("8 March 2017", "a distance")
            notes[-1].text = _join_text(notes[-1].text, line.text.strip())
        elif match and marker and _is_next_marker(marker, last_marker[0], notes):
            notes.append(NoteBody(marker, match.group("text").strip(), line.no, page))
            if marker.isdigit():
                last_marker[0] = int(marker)
        elif match and marker and notes and _jump_confirmed(marker, lines, k):
            gap = f"note {marker} follows note {notes[-1].marker}: the numbers in between are not in the text"
            warnings.append((line.no, gap))
            notes.append(NoteBody(marker, match.group("text").strip(), line.no, page))
            last_marker[0] = int(marker)
        elif notes:
            if _reads_as_a_note(match, marker, last_marker[0]):
                last = notes[-1].marker
                warnings.append((line.no, f"'{marker}' out of sequence after note {last}; read as part of its text"))
            notes[-1].text = _join_text(notes[-1].text, line.text.strip())
        else:
            notes.append(NoteBody("", line.text.strip(), line.no, page))
    return notes


# A note of an Arabic text whose marker is followed by Latin text ("(3) United Nations, Treaty Series").
_BRACKETED_NOTE = re.compile(r"^\s*\((?P<m3>\d{1,3})\)\s(?P<text>.*)$")


def _reads_as_a_note(match: re.Match[str] | None, marker: str, last: int) -> bool:
    """A line that opens like a note of its own ("8  The African ..."), with a number beyond the last note's."""
    if match is None or not marker.isdigit():
        return False
    return int(marker) > last and match.group("text")[:1].isupper()


def _jump_confirmed(marker: str, lines: list[Line], k: int) -> bool:
    """Whether a note number that skips ahead ("3" then "8") is a note all the same: the next line that opens
    with a number opens with the one after it ("9")."""
    if not marker.isdigit():
        return False
    for line in lines[k + 1:]:
        match = NOTE_START.match(line.text) if not line.blank else None
        following = (match.group("m1") or match.group("m2") or match.group("m3")) if match else None
        if following and following.strip().isdigit():
            return int(following) == int(marker) + 1
    return False


def _is_next_marker(marker: str, last: int, notes: list[NoteBody]) -> bool:
    """Whether `marker` (stripped) opens the next note: a star or letter, or a number just after the last."""
    if marker.startswith("*") or not marker.isdigit():
        return True
    value = int(marker)
    if not notes:
        return value > last or value <= 3
    return last < value <= last + 3


def _join_text(left: str, right: str) -> str:
    if left.endswith("-") and len(left) > 1 and left[-2].isalpha():
        return left + right
    return f"{left} {right}" if left else right


@cache
def _formula_and_comma() -> re.Pattern[str]:
    """A known enacting formula and the comma after it, looked for from the comma: the engine skips from comma
    to comma, where a search for the formulas themselves would try each of them at every character."""
    from ..profile import formula_texts

    return re.compile(",(?:" + "|".join(f"(?<={re.escape(formula)},)" for formula in formula_texts()) + ")")


def split_embedded_formulas(lines: list[Line], pattern: re.Pattern[str]) -> list[Line]:
    """Lines where an enacting formula follows other text are two lines, the formula opening the second.

    `pattern` finds a formula followed by its comma (`profile.embedded_formula`)."""
    somewhere = _formula_and_comma()
    out: list[Line] = []
    for line in lines:
        text = line.text
        match = pattern.search(text) if text and somewhere.search(text) else None
        if match and match.start() > 0:
            out.append(Line(line.no, line.text[: match.start()], line.page_break, line.heading, line.empty))
            out.append(Line(line.no, line.text[match.end():]))
        else:
            out.append(line)
    return out


def analyse(lines: list[Line], markdown: bool = False) -> Layout:
    symbol = find_symbol(lines)
    furniture = _Furniture(lines, symbol)
    regions = furniture.regions()
    drop = [False] * len(lines)
    seam_after: set[int] = set()
    for start, end in regions:
        for k in range(start, end):
            drop[k] = True
        seam_after.add(start)
    removed = [lines[k] for k in range(len(lines)) if drop[k] and not lines[k].blank]

    page_of: dict[int, int] = {}
    notes: list[NoteBody] = []
    last_marker = [0]
    warnings: list[tuple[int, str]] = []
    page = 1
    region_starts = {s for s, _ in regions}
    region_ends = sorted(e for _, e in regions)
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        if line.page_break or i in region_starts:
            page += 1 if i > 0 else 0
        page_of[line.no] = page
        if drop[i]:
            i += 1
            continue
        text = line.text.strip()
        if not text:  # neither rule nor note
            i += 1
            continue
        if markdown and _FOOTNOTE_DEFINITION.match(text):
            end = _definitions_end(lines, i)
            notes.extend(_parse_notes(lines[i:end], page, last_marker, warnings))
            _take_out(lines, i, end, page, drop, page_of, seam_after)
            i = end
            continue
        ruled = text[0] in _RULE_CHARACTERS
        md_rule = ruled and markdown and bool(MD_RULE.match(text))
        note_rule = ruled and NOTE_RULE.match(text) is not None
        if (note_rule and _notes_follow(lines, i)) or (md_rule and _markdown_notes_follow(lines, i)):
            limit = next((s for s in sorted(region_starts) if s > i), n)
            limit = min(limit, next((k for k in range(i + 1, n) if lines[k].page_break), n))
            end = _note_region_end(lines, i, limit, md_rule)
            notes.extend(_parse_notes(lines[i + 1:end], page, last_marker, warnings))
            _take_out(lines, i, end, page, drop, page_of, seam_after)
            i = end
            continue
        if md_rule or note_rule:
            drop[i] = True
            seam_after.add(i)
        i += 1
    del region_ends

    if any(line.page_break for line in lines):
        notes.extend(_page_bottom_notes(lines, drop, page_of, seam_after))
    trailing = _trailing_notes(lines, drop, without_blank_lines(lines))
    if trailing is not None:
        notes.extend(_parse_notes(lines[trailing:], page, last_marker, warnings))
        for k in range(trailing, n):
            drop[k] = True
            page_of[lines[k].no] = page

    kept = _join_pages(lines, drop, seam_after, markdown)
    return Layout(kept, _dedupe(notes), symbol, page_of, removed, warnings)


def _take_out(
    lines: list[Line], start: int, end: int, page: int, drop: list[bool], page_of: dict[int, int], seams: set[int]
) -> None:
    """Lines `start` to `end` (notes, and the rule before them) out of the text, on `page`; a paragraph that
    they cut in two is joined again across them."""
    for k in range(start, end):
        drop[k] = True
        page_of[lines[k].no] = page
    seams.add(start)


_BARE_NUMBER = re.compile(r"^\s*(\d{1,3})\s*$")


def _page_bottom_notes(
    lines: list[Line], drop: list[bool], page_of: dict[int, int], seams: set[int]
) -> list[NoteBody]:
    """Notes at the foot of form-feed pages, as pdftotext lays them out: the note numbers on lines of their
    own ("3", "4", "5"), then the note texts in the same order. The same numbers standing alone in the page's
    text are the markers: they become explicit markers at the end of the line before them."""
    starts = [0] + [k for k, line in enumerate(lines) if line.page_break and k > 0] + [len(lines)]
    found: list[NoteBody] = []
    for first, stop in pairwise(starts):
        end = stop
        while end > first and (lines[end - 1].blank or drop[end - 1]):
            end -= 1
        text_start = end
        while text_start > first and not lines[text_start - 1].blank and not _BARE_NUMBER.match(lines[text_start - 1].text):
            text_start -= 1
        numbers_end = text_start
        while numbers_end > first and lines[numbers_end - 1].blank:
            numbers_end -= 1
        numbers_start = numbers_end
        while numbers_start > first and _BARE_NUMBER.match(lines[numbers_start - 1].text):
            numbers_start -= 1
        markers = [lines[k].text.strip() for k in range(numbers_start, numbers_end)]
        texts = [lines[k].text.strip() for k in range(text_start, end) if not lines[k].blank]
        if not markers or not texts or len(texts) < len(markers):
            continue
        if any(int(b) != int(a) + 1 for a, b in pairwise(markers)):
            continue
        bodies = _group_note_texts(texts, len(markers))
        page = page_of.get(lines[first].no, 1)
        for marker, body, k in zip(markers, bodies, range(numbers_start, numbers_end)):
            found.append(NoteBody(marker, body, lines[k].no, page))
        for k in range(numbers_start, end):
            drop[k] = True
        seams.add(numbers_start)
        _mark_bare_markers(lines, drop, first, numbers_start, set(markers))
    return found


def _group_note_texts(texts: list[str], count: int) -> list[str]:
    """`texts` (lines) as `count` notes: one line each, or lines joined where a note runs on."""
    if len(texts) == count:
        return texts
    groups: list[list[str]] = []
    for text in texts:
        opens = not groups or (groups[-1][-1].endswith(".") and text[:1].isupper() and len(groups) < count)
        if opens:
            groups.append([text])
        else:
            groups[-1].append(text)
    while len(groups) < count:
        groups.append([""])
    return [" ".join(g) for g in groups[:count]]


def _mark_bare_markers(lines: list[Line], drop: list[bool], first: int, stop: int, markers: set[str]) -> None:
    for k in range(first, stop):
        match = _BARE_NUMBER.match(lines[k].text)
        if drop[k] or not match or match.group(1) not in markers:
            continue
        token = f"{NOTE_OPEN}{match.group(1)}{NOTE_CLOSE}"
        before = next((j for j in range(k - 1, first - 1, -1) if not drop[j] and not lines[j].blank), None)
        if before is not None:
            lines[before].text = lines[before].text.rstrip() + token
        else:
            after = next((j for j in range(k + 1, stop) if not drop[j] and not lines[j].blank), None)
            if after is None:
                continue
            lines[after].text = lines[after].text.rstrip() + token
        drop[k] = True


def _trailing_notes(lines: list[Line], drop: list[bool], without_blanks: bool = False) -> int | None:
    """Where notes printed at the very end without a rule line begin ("22 Adopted without vote."), if any.

    The end of the text counts as notes when every line of it either opens a note whose marker, in
    sequence, stands in the text before, or continues the note above it. A line that opens with a date
    ("8 October 2002", the date of a letter in an annex) opens no note. A blank line stands before the
    notes; in a text without blank lines between its paragraphs (`without_blanks`), the end of a sentence."""
    n = len(lines)
    tail = [k for k in range(max(0, n - 60), n) if not drop[k] and not lines[k].blank]
    for start in tail:
        if start == 0 or not _looks_like_note(lines[start].text):
            continue
        if not (lines[start - 1].blank or without_blanks and _SENTENCE_END.search(lines[start - 1].text.rstrip())):
            continue
        if DATE.match(lines[start].text.strip()):
            continue
        if any(drop[k] for k in range(start, n)):
            continue
        before = " ".join(lines[k].text for k in range(start) if not drop[k])
        markers = []
        ok = True
        for k in range(start, n):
            if drop[k] or lines[k].blank:
                continue
            match = NOTE_START.match(lines[k].text) if not DATE.match(lines[k].text.strip()) else None
            marker = (match.group("m2") or match.group("m3")) if match else None
            if marker and (not markers or _follows(marker, markers[-1])):
                markers.append(marker)
            elif _NUMBERED_START.match(lines[k].text.strip()):
                ok = False
                break
        if ok and markers and all(_stands_in(marker, before) for marker in markers):
            return start
    return None


def _follows(marker: str, previous: str) -> bool:
    if marker.isdigit() and previous.isdigit():
        return int(marker) == int(previous) + 1
    return marker.startswith("*") and previous.startswith("*") and len(marker) == len(previous) + 1


def _stands_in(marker: str, text: str) -> bool:
    if marker.startswith("*"):
        return re.search(rf"(?<![\s*]){re.escape(marker)}(?!\*)", text) is not None
    pattern = rf"(?:(?<=[A-Za-z\u00c0-\u024f.,;:)\]”’\"])|(?<=[A-Za-z\u00c0-\u024f.,;:)\]”’\"]\s)){marker}(?![\d/\-]|\.\d)"
    return re.search(pattern, text) is not None


def _notes_follow(lines: list[Line], i: int) -> bool:
    """Whether a rule line is the top of a footnote block: the next text line opens a note."""
    j = i + 1
    while j < len(lines) and lines[j].blank:
        j += 1
    return j >= len(lines) or bool(NOTE_START.match(lines[j].text)) or _is_page_end(lines, j)


def _is_page_end(lines: list[Line], j: int) -> bool:
    return lines[j].page_break


# A Markdown footnote's definition ("[^1]: Resolution 70/1."), its reference made a marker by the source stage.
_FOOTNOTE_DEFINITION = re.compile(rf"^{NOTE_OPEN}[^{NOTE_CLOSE}]+{NOTE_CLOSE}:")


def _definitions_end(lines: list[Line], start: int) -> int:
    """End (exclusive) of the Markdown footnote definitions from `start`: each runs on over the lines that
    follow it, and over a blank line to a paragraph indented under it or to the next definition."""
    k = start + 1
    while k < len(lines):
        if not lines[k].blank:
            k += 1
            continue
        after = k
        while after < len(lines) and lines[after].blank:
            after += 1
        if after == len(lines):
            return after
        text = lines[after].text
        if not (_FOOTNOTE_DEFINITION.match(text.strip()) or text.startswith(("    ", "\t"))):
            return k
        k = after
    return k


def _markdown_notes_follow(lines: list[Line], i: int) -> bool:
    j = i + 1
    while j < len(lines) and lines[j].blank:
        j += 1
    return j < len(lines) and _looks_like_note(lines[j].text)


def _join_pages(lines: list[Line], drop: list[bool], seams: set[int], markdown: bool) -> list[Line]:
    """The kept lines; across a removed stretch, a paragraph cut in two is joined again."""
    out: list[Line] = []
    pending_seam = False
    for i, line in enumerate(lines):
        if i in seams:
            pending_seam = True
        if drop[i]:
            continue
        if pending_seam and line.blank:
            continue
        if pending_seam:
            pending_seam = False
            while out and out[-1].blank:
                out.pop()
            if out and not _continues(out[-1].text, line.text):
                out.append(Line(line.no, "", page_break=False))
        out.append(line)
    return out


def _continues(before: str, after: str) -> bool:
    """Whether text after a page break continues the paragraph before it."""
    before, after = before.rstrip(), after.lstrip()
    if not before or not after:
        return False
    if after[0].islower() or after[0] in ",;:)":
        return True
    if after.upper() == after and len(after.split()) <= 8:
        return False
    if _NUMBERED_START.match(after):
        return False
    if after.startswith(NOTE_OPEN):
        return False
    return not _TERMINAL.search(before)


def _dedupe(notes: list[NoteBody]) -> list[NoteBody]:
    seen: set[tuple[str, str]] = set()
    out = []
    for note in notes:
        key = (note.marker, folded(note.text))
        if key in seen:
            continue
        seen.add(key)
        out.append(note)
    return out
