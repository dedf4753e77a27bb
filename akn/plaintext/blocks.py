"""Stage 3: lines to blocks.

Guarantees: every kept line belongs to exactly one block, in order; a block is a run of lines that a
reader sees as one paragraph: blank lines separate blocks, and so does a line that opens a numbered
paragraph or a new preambular or operative phrase right after a line that ends a sentence; hard wraps are
joined with one space, a line-end hyphen is kept without a space ("Two-State").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .ordinals import roman_value
from .source import BOLD_OPEN, ITALIC_OPEN, Line, folded, without_blank_lines, without_emphasis

NUMBER_OPENING = re.compile(
    r"^(?:\d{1,3}\.(?:\s|$)|\d{1,3}\s?-(?=\s+[\u0600-\u06ff]|$)|\((?:[a-z]{1,2}|[ivxlc]{1,6}|[A-Z]|\d{1,2}|[\u0621-\u064a]\u0640?)\)(?:\s|$)|[a-z]\)(?:\s|$)|[a-z]\.\s(?=[a-z(\u201c\x22])|"
    r"[ivxlc]{1,6}\)(?:\s|$)|[—–•▪·-]\s)"
)
_SENTENCE_END = re.compile(
    r"[.;:,!?。；：，！？،؛؟][\"'’”)\]\ue001\ue003\ue005]*(?:\s?\d{1,3}|\*{1,3}|\ue000[^\ue001]*\ue001)?$|(?:\s|^)(?:and|or|et|y|ou)$"
    r"|(?:--|—)$"
)
# The characters `_SENTENCE_END` can end on (digits aside): a line ending on any other cannot match it.
_SENTENCE_LAST = frozenset(".;:,!?。；：，！？،؛؟\"'’”)]\ue001\ue003\ue005*drtyu-—\n")


def _ends_sentence(text: str) -> bool:
    last = text[-1:]
    if not (last in _SENTENCE_LAST or last.isdigit()):
        return False
    return bool(_SENTENCE_END.search(text))


_RESOLVING_START = re.compile(
    r"^(?:\ue004)?(?:(?:NOW,? THEREFORE,? )?BE IT (?:FURTHER )?RESOLVED|Resolved,|RESOLVED,|WHEREAS\b)"
)


@dataclass
class Block:
    lines: list[Line] = field(default_factory=list)
    _joined: tuple[str, list[tuple[int, int, int]]] | None = None
    _plain: str | None = None

    def __init__(self, lines: list[Line] | None = None) -> None:
        """A block of `lines`, at first none (the compiled build runs a dataclass's generated `__init__` as
        Python)."""
        self.lines = [] if lines is None else lines
        self._joined = None
        self._plain = None

    @property
    def no(self) -> int:
        return self.lines[0].no if self.lines else 0

    @property
    def last_no(self) -> int:
        return self.lines[-1].no if self.lines else 0

    @property
    def heading(self) -> int:
        return self.lines[0].heading if self.lines else 0

    @property
    def text(self) -> str:
        joined = self._joined  # asked for hundreds of times a document: no call when it is known
        return (joined if joined is not None else self._join())[0]

    @property
    def plain(self) -> str:
        """The text without emphasis markers (note markers stay)."""
        if self._plain is None:
            text = self.text
            self._plain = without_emphasis(text)
        return self._plain

    def _join(self) -> tuple[str, list[tuple[int, int, int]]]:
        if self._joined is None:
            self._joined = join_lines([line.text for line in self.lines])
        return self._joined

    def replace(self, start: int, end: int, new: str) -> None:
        """Replace characters `start:end` of the joined text (within one line) by `new`."""
        for index, joined_at, line_at in reversed(self._join()[1]):
            if start >= joined_at:
                line = self.lines[index]
                a = line_at + start - joined_at
                line.text = line.text[:a] + new + line.text[a + end - start:]
                break
        self._joined = self._plain = None

    def append(self, new: str) -> None:
        self.lines[-1].text = self.lines[-1].text.rstrip() + new
        self._joined = self._plain = None

    def edit_lines(self, change: Callable[[str], str]) -> None:
        for line in self.lines:
            line.text = change(line.text)
        self._joined = self._plain = None


def _is_cjk(char: str) -> bool:
    """A Chinese character or a full-width sign ("，", "。")."""
    return "\u3000" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef"


# The word after a hyphen that a compound's second half waits for ("low- and middle-income", "pre- or post-").
_SUSPENDED_HYPHEN = re.compile(r"(?:and|or|to|et|ou|y|o)\s")


def join_lines(parts: list[str]) -> tuple[str, list[tuple[int, int, int]]]:
    """The lines as one text (hard wraps joined), and where each line starts: (index, in text, in line)."""
    out = ""
    starts: list[tuple[int, int, int]] = []
    for index, raw in enumerate(parts):
        part = raw.strip()
        if not part:
            continue
        lead = len(raw) - len(raw.lstrip())
        if not out or out.endswith("-") and len(out) > 1 and out[-2].isalpha() and part[:1].isalpha() and not (
            _SUSPENDED_HYPHEN.match(part)  # "low-" / "and middle-income": the blank stays
        ):
            pass
        elif out[-1] < "\u3000" and part[0] < "\u3000" or not (_is_cjk(out[-1]) or _is_cjk(part[0])):
            out += " "  # but between lines of Chinese, which wraps anywhere and puts no blank between words
        starts.append((index, len(out), lead))
        out += part
    return out, starts


def segment(
    lines: list[Line], opens_paragraph: Callable[[str, bool], bool], stands_alone: Callable[[str], bool] = lambda _t: False,
    label: Callable[[str, str, bool], bool] = lambda _t, _before, _tight: False,
) -> list[Block]:
    """Blocks of lines; a line for which `stands_alone` holds (a formula) is a block of its own, and so is a
    label (`label(text, line before, tight)`: an annex's, a part's). A line after the end of a clause opens a
    block when `opens_paragraph(text, named_only)` says so, `named_only` where blank lines part the
    paragraphs elsewhere. In a text whose paragraphs no blank lines part (`tight`, `without_blank_lines`), a
    numbered line after a title alone on its line opens a block, and so does a heading alone on its line
    between two paragraphs, and the paragraph after it."""
    tight = without_blank_lines(lines)
    blocks: list[Block] = []
    current = Block()
    heading = False
    for index, line in enumerate(lines):
        if line.blank:
            if current.lines:
                blocks.append(current)
                current = Block()
            continue
        alone = stands_alone(line.text) or label(line.text, current.lines[-1].text if current.lines else "", tight)
        after_heading, heading = heading, bool(
            tight and current.lines and _heads_what_follows(current.lines, line, lines[index + 1:index + 2],
                                                            opens_paragraph)
        )
        if current.lines and (
            alone or heading or after_heading or _starts_new(current.lines, line, opens_paragraph, tight)
        ):
            blocks.append(current)
            current = Block()
        current.lines.append(line)
        if line.heading or alone:
            blocks.append(current)
            current = Block()
    if current.lines:
        blocks.append(current)
    return blocks


def _starts_new(
    block: list[Line], line: Line, opens_paragraph: Callable[[str, bool], bool], tight: bool = False
) -> bool:
    """Whether `line` opens a block after the lines of `block`, with no blank line between them; `tight`: in a
    text without blank lines between paragraphs, where a block that reads as a title ends before a number."""
    previous = block[-1]
    if line.heading or previous.heading:
        return True
    if _RESOLVING_START.match(line.text.strip()):
        return True
    text = line.text.strip()
    prev = previous.text.strip()
    if "|" in prev and "|" in text:
        return False  # rows of one table, written between pipes
    if NUMBER_OPENING.match(prev) and NUMBER_OPENING.match(prev).end() >= len(prev):  # type: ignore[union-attr]
        return False
    if _BARE_NUMBER.match(prev) and not NUMBER_OPENING.match(text):
        return False  # a paragraph's number alone on its line, its full stop misread or lost ("2 .")
    ends_sentence = _ends_sentence(prev)
    opening = NUMBER_OPENING.match(text)
    if opening and _goes_on_a_list_in_the_text(block, text):
        return False
    if opening and (ends_sentence or tight and (_title(block) or opening.end() >= len(text))):
        return True  # without blank lines, a number alone on its line ("(l)", "4.") opens its paragraph too
    if opening and _numbers_the_next_item(block, text):
        return True
    if tight and _opens_a_lettered_item(block, prev, text):
        return True
    if opening and tight and len(block) == 1 and _heads_an_item(prev):
        return True  # "(a) Protection of civilians", a point's heading, then "(i) To protect ..."
    if opening and _BULLET.match(text) and block[0].text.strip()[:2] == text[:2]:
        return True  # the next item of a list whose items open with the same bullet ("- Guy Delvoie (Belgium)")
    if opening and tight and text[:1].isdigit() and opens_paragraph(text[opening.end():].lstrip(), True):
        return True  # "2. Decides ..." after a line that ends no sentence: a list's last item, a heading
    if text.startswith((ITALIC_OPEN, BOLD_OPEN)) and ends_sentence:
        return True
    return ends_sentence and _CLAUSE_END.search(prev) is not None and opens_paragraph(text, not tight)


def _opens_a_lettered_item(block: list[Line], prev: str, text: str) -> bool:
    """Whether `text` opens an item lettered "a." or "A." before a capital ("a. Analysis of the needs"): the first
    after a line that ends with a colon, or the one after the item the block opens with ("b." after "a.")."""
    found = _LETTERED_ITEM.match(text)
    if found is None:
        return False
    letter = found.group(1)
    if letter in "aA" and prev.endswith(":"):
        return True
    first = _LETTERED_ITEM.match(block[0].text.strip())
    return first is not None and ord(letter) == ord(first.group(1)) + 1


def _heads_an_item(line: str) -> bool:
    """Whether a numbered line is a heading over what follows ("(a) Protection of civilians"): a few words after
    its number, ending no clause."""
    opening = NUMBER_OPENING.match(line)
    return opening is not None and len(line[opening.end():].split()) <= 6 and _CLAUSE_END.search(line) is None


_LETTERED_ITEM = re.compile(r"^([a-zA-Z])\.\s+(?=[A-Z])")


def _heads_what_follows(
    block: list[Line], line: Line, following: list[Line], opens_paragraph: Callable[[str, bool], bool]
) -> bool:
    """In a text without blank lines: whether `line` is a heading alone on its line between two paragraphs
    ("Transport and transit corridors", "Disarmament, demobilization, reintegration"): a short title after a
    line that ends a clause, opening no paragraph itself, before a line that opens one with a number or a
    named phrase."""
    text = line.text.strip()
    bare = text.lstrip("(\u201c\"\u2018'")  # a heading in brackets and quotes: ("Supporting the political process")
    if not following or following[0].blank or len(text.split()) > 20 or "|" in text:
        return False  # a table's first row, written between pipes, heads nothing
    if not bare[:1].isupper() or NUMBER_OPENING.match(text) or _CLAUSE_END.search(text):
        return False
    after = following[0].text.strip()
    return (
        _CLAUSE_END.search(block[-1].text.strip()) is not None and not opens_paragraph(text, False)
        and bool(NUMBER_OPENING.match(after) or opens_paragraph(after, True))
    )


def _goes_on_a_list_in_the_text(block: list[Line], text: str) -> bool:
    """Whether `text` opens with "(b)" (or "(2)", "(iii)") where a label before it, "(a)", stands inside a line
    of `block`, not at its start: a list that runs in the paragraph's text ("by (a) providing ...; (b)
    investing ...", "subparagraphs (a), (b), (c), (e) and (f)") and that the page wrapped before one of its
    labels."""
    found = _BRACKETED_LABEL.match(text)
    if found is None:
        return False
    ranks = _ranks(found.group(1))
    opening = _BRACKETED_LABEL.match(block[0].text.strip())
    if opening is not None and any(ranks.get(kind) == rank + 1 for kind, rank in _ranks(opening.group(1)).items()):
        return False  # the item after the one the block opens with ("(c) ... 4 (c) above;" then "(d) ...")
    for line in block:
        for inside in _INLINE_LABEL.finditer(line.text.strip()):
            earlier = _ranks(inside.group(1))
            if any(kind in ranks and rank < ranks[kind] for kind, rank in earlier.items()):
                return True
    return False


def _ranks(label: str) -> dict[str, int]:
    """The place of a list's label in each series it may belong to: "i" is a letter and a roman numeral."""
    if label.isdigit():
        return {"number": int(label)}
    ranks = {"letter": ord(label)} if len(label) == 1 else {}
    if _ROMAN_LABEL.match(label):
        ranks["roman"] = roman_value(label)
    return ranks


_BRACKETED_LABEL = re.compile(r"^\(([a-z]|[ivxlc]{1,6}|\d{1,2})\)\s")
_INLINE_LABEL = re.compile(r"(?<=.)\(([a-z]|[ivxlc]{1,6}|\d{1,2})\)")
_ROMAN_LABEL = re.compile(r"^[ivxlc]+$")


def _numbers_the_next_item(block: list[Line], text: str) -> bool:
    """Whether `text` opens with the number after the one `block` opens with, before a capital: the next
    item of a list written one to a line ("1. Argentina" then "2. Brazil"), which ends no sentence."""
    this = _ITEM_NUMBER.match(text)
    if this is None:
        return False
    first = _ITEM_NUMBER.match(block[0].text.strip())
    return first is not None and int(this.group(1)) == int(first.group(1)) + 1


_BULLET = re.compile(r"^[—–•▪·-]\s")
_ITEM_NUMBER = re.compile(r"^(\d{1,3})\.\s+(?=[A-Z\u00c0-\u00de\u0400-\u042f])")


def _title(lines: list[Line]) -> bool:
    """Whether lines can be a heading's title ("Overall policymaking, direction and coordination"), before a
    numbered paragraph: up to three lines and 25 words, opening with a capital and no number, ending no
    clause."""
    if len(lines) > 3:
        return False
    text = " ".join(line.text.strip() for line in lines)
    return (
        len(text.split()) <= 25 and text[:1].isupper() and not NUMBER_OPENING.match(text)
        and _CLAUSE_END.search(text) is None
    )


_BARE_NUMBER = re.compile(r"^\d{1,3}\s?[.,;:]?$")
# The end of a clause, a note marker after it or not ("Disabilities, 4", "Child;*", a footnote the layout marked).
_CLAUSE_END = re.compile(r"[;:.,。；：，،؛](?:\s?\d{1,3}|\*{1,3}|\ue000[^\ue001]*\ue001)?$")


_UNTERMINATED = re.compile(r"[^.;:,!?。；：，！？،؛؟\"'’”)\]\ue001\ue003\ue005]$")
# A note marker after the closing punctuation ("for 2020,1", "Rights;*") ends the paragraph all the same.
_MARKER_AFTER_END = re.compile(r"[.;:,!?。；：，！？،؛؟][\"'’”)\]]?(?:\d{1,3}|\*{1,3})$")


def mend(
    blocks: list[Block], opens_body: Callable[[str], bool], is_heading: Callable[[Block], bool],
    page_of: dict[int, int] | None = None,
) -> list[Block]:
    """Join blocks that a page break split: a paragraph that stops mid-sentence continues in the next block.

    A block continues the one before when that one is a numbered or phrased paragraph left without closing
    punctuation, and the block itself opens nothing (no number, heading or opening phrase of its own).
    """
    out: list[Block] = []
    for block in blocks:
        if out and _cut(out[-1], block, opens_body, is_heading, page_of or {}):
            out[-1].lines.extend(block.lines)
            out[-1]._joined = out[-1]._plain = None
            continue
        out.append(block)
    return out


_GOES_ON = re.compile(r"[a-z]{2,}\b")  # "collaboration with ...", not the label "a." of a point
# The words that leave a sentence wanting more where a line ends ("referred to in", "of the").
DANGLING = re.compile(r"\b(?:the|of|and|or|in|to|for|an|by|with|on|at|its|their|from|that|as)$")
_TRAILING_MARKER = re.compile(r"(?<=[,.;:])\s?\d{1,3}$")
_TRAILING_NOTES = re.compile(r"(?:\s*\ue000[^\ue001]*\ue001)+\s*$")


def _cut(
    before: Block, after: Block, opens_body: Callable[[str], bool], is_heading: Callable[[Block], bool],
    page_of: dict[int, int],
) -> bool:
    text = before.text.rstrip()
    nxt = after.text.lstrip()
    if not nxt or before.heading or after.heading:
        return False
    if "|" in before.lines[-1].text or "|" in after.lines[0].text:
        return False  # a table's row between pipes is no sentence that a page break cut
    # Across a page break, a block may be cut short, or after a comma: where the next goes on in lower case,
    # or the block stops on a word that needs more ("on the financing of the| International ...").
    goes_on = page_of.get(after.no, 0) > page_of.get(before.last_no, 0) and bool(
        _GOES_ON.match(nxt) or DANGLING.search(text, max(0, len(text) - 6)))
    if len(text) < 100 and not goes_on:
        return False
    # the end of the paragraph decides; regexes anchored at the end read only the last characters
    tail = text[-80:]
    if tail.endswith("\ue001"):
        tail = _TRAILING_NOTES.sub("", tail)
    # Each pattern matches the last few characters only (a line end may follow): it is sought only there.
    marker = _TRAILING_MARKER.search(tail, max(0, len(tail) - 5))
    if marker:
        tail = tail[: marker.start()] + tail[marker.end():]
    if not tail or not (_UNTERMINATED.search(tail, max(0, len(tail) - 2)) or tail[-1] == "," and goes_on):
        return False
    if _MARKER_AFTER_END.search(tail, max(0, len(tail) - 6)):
        return False
    if not (NUMBER_OPENING.match(text) or opens_body(text)):
        return False
    return not (NUMBER_OPENING.match(nxt) or is_heading(after) or opens_body(nxt))


_NUMBERED_TITLE = re.compile(r"^(?:\d{1,4}/\d{1,4}|\d{4}/\d{1,3})\.\s+(?P<title>.{20,})$")


def drop_running_titles(blocks: list[Block]) -> list[Block]:
    """Blocks that repeat the document's title later on, alone between paragraphs: a running header that an
    extraction left in the text ("Necessity of ending the economic, ..." inside a preambular paragraph)."""
    title = None
    start = 0
    for index, block in enumerate(blocks[:40]):
        match = _NUMBERED_TITLE.match(block.text.strip())
        if match:
            title, start = folded(match.group("title")), index + 1
            break
    if not title:
        return blocks
    kept = blocks[:start]
    for index in range(start, len(blocks)):
        block = blocks[index]
        if len(block.lines) <= 3:
            text = folded(block.text)
            if len(text) >= 20 and title.startswith(text) and _cuts_a_sentence(blocks, index):
                continue
        kept.append(block)
    return kept


def _cuts_a_sentence(blocks: list[Block], index: int) -> bool:
    """Whether the block at `index` stands between the two halves of a sentence."""
    if index == 0 or index + 1 >= len(blocks):
        return False
    before = blocks[index - 1].text.rstrip()
    after = blocks[index + 1].text.lstrip()
    if len(before) < 60 or not _UNTERMINATED.search(before[-2:]) or not after or NUMBER_OPENING.match(after):
        return False
    return after[0].islower() or after[0].isdigit()


def back_matter(blocks: list[Block]) -> tuple[list[Block], int]:
    """The blocks without a back page that repeats the front page (a bill's last page: number, title, dates);
    and where the back matter that remains begins (len(blocks) when there is none).

    From the end, blocks whose every line repeats a line of the first quarter of the text are dropped, and
    short lines without closing punctuation among them are kept as back matter."""
    if len(blocks) < 12:
        return blocks, len(blocks)
    front = {folded(line.text) for b in blocks[: len(blocks) // 4] for line in b.lines if line.text.strip()}
    end = len(blocks)
    repeats = 0
    while end > len(blocks) // 2:
        block = blocks[end - 1]
        text = folded(block.text)
        if all(folded(line.text) in front for line in block.lines if line.text.strip()):
            repeats += 1
        elif not (len(text.split()) <= 6 and not re.search(r"[.;:,]$", text)):
            break
        end -= 1
    if repeats < 3:
        return blocks, len(blocks)
    kept = blocks[:end] + [
        b for b in blocks[end:] if not all(folded(line.text) in front for line in b.lines if line.text.strip())
    ]
    return kept, end
