"""Stage 3: lines to blocks.

Guarantees: every kept line belongs to exactly one block, in order; a block is a run of lines that a
reader sees as one paragraph: blank lines separate blocks, and so does a line that opens a numbered
paragraph or a new preambular or operative phrase right after a line that ends a sentence; hard wraps are
joined with one space, a line-end hyphen is kept without a space ("Two-State").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from .source import BOLD_OPEN, ITALIC_OPEN, Line

NUMBER_OPENING = re.compile(
    r"^(?:\d{1,3}\.(?:\s|$)|\((?:[a-z]{1,2}|[ivxlc]{1,6}|[A-Z]|\d{1,2})\)(?:\s|$)|[a-z]\)\s|"
    r"[ivxlc]{1,6}\)\s)"
)
_SENTENCE_END = re.compile(r"[.;:,!?][\"'’”)\]\ue001\ue003\ue005]*$|(?:\s|^)(?:and|or|et|y|ou)$")


@dataclass
class Block:
    lines: list[Line] = field(default_factory=list)
    _joined: tuple[str, list[tuple[int, int, int]]] | None = None

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
        return self._join()[0]

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
        self._joined = None

    def append(self, new: str) -> None:
        self.lines[-1].text = self.lines[-1].text.rstrip() + new
        self._joined = None

    def edit_lines(self, change: "Callable[[str], str]") -> None:
        for line in self.lines:
            line.text = change(line.text)
        self._joined = None


def join_lines(parts: list[str]) -> tuple[str, list[tuple[int, int, int]]]:
    """The lines as one text (hard wraps joined), and where each line starts: (index, in text, in line)."""
    out = ""
    starts: list[tuple[int, int, int]] = []
    for index, raw in enumerate(parts):
        part = raw.strip()
        if not part:
            continue
        lead = len(raw) - len(raw.lstrip())
        if not out:
            pass
        elif out.endswith("-") and len(out) > 1 and out[-2].isalpha() and part[:1].isalpha():
            pass
        else:
            out += " "
        starts.append((index, len(out), lead))
        out += part
    return out, starts


def flat_join(parts: list[str]) -> str:
    return re.sub(r"  +", " ", join_lines(parts)[0])


def segment(lines: list[Line], opens_paragraph: Callable[[str], bool]) -> list[Block]:
    blocks: list[Block] = []
    current = Block()
    for line in lines:
        if line.blank:
            if current.lines:
                blocks.append(current)
                current = Block()
            continue
        if current.lines and _starts_new(current.lines[-1], line, opens_paragraph):
            blocks.append(current)
            current = Block()
        current.lines.append(line)
        if line.heading:
            blocks.append(current)
            current = Block()
    if current.lines:
        blocks.append(current)
    return blocks


def _starts_new(previous: Line, line: Line, opens_paragraph: Callable[[str], bool]) -> bool:
    if line.heading or previous.heading:
        return True
    text = line.text.strip()
    prev = previous.text.strip()
    if NUMBER_OPENING.match(prev) and NUMBER_OPENING.match(prev).end() >= len(prev):  # type: ignore[union-attr]
        return False
    ends_sentence = bool(_SENTENCE_END.search(prev))
    if NUMBER_OPENING.match(text) and ends_sentence:
        return True
    if text.startswith((ITALIC_OPEN, BOLD_OPEN)) and ends_sentence:
        return True
    return ends_sentence and prev[-1:] in ";:.," and opens_paragraph(text)


_UNTERMINATED = re.compile(r"[^.;:,!?\"'’”)\]\ue001\ue003\ue005]$")
# A note marker after the closing punctuation ("for 2020,1", "Rights;*") ends the paragraph all the same.
_MARKER_AFTER_END = re.compile(r"[.;:,!?][\"'’”)\]]?(?:\d{1,3}|\*{1,3})$")


def mend(blocks: list[Block], opens_body: Callable[[str], bool], is_heading: Callable[[Block], bool]) -> list[Block]:
    """Join blocks that a page break split: a paragraph that stops mid-sentence continues in the next block.

    A block continues the one before when that one is a numbered or phrased paragraph left without closing
    punctuation, and the block itself opens nothing (no number, heading or opening phrase of its own).
    """
    out: list[Block] = []
    for block in blocks:
        if out and _cut(out[-1], block, opens_body, is_heading):
            out[-1].lines.extend(block.lines)
            out[-1]._joined = None
            continue
        out.append(block)
    return out


def _cut(before: Block, after: Block, opens_body: Callable[[str], bool], is_heading: Callable[[Block], bool]) -> bool:
    text = before.text.rstrip()
    nxt = after.text.lstrip()
    if not text or not nxt or before.heading or after.heading or len(text) < 60:
        return False
    if not _UNTERMINATED.search(text) or _MARKER_AFTER_END.search(text):
        return False
    if not (NUMBER_OPENING.match(text) or opens_body(text)):
        return False
    return not (NUMBER_OPENING.match(nxt) or is_heading(after))
