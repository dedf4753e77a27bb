"""Tables found again in text: flattened by a PDF extraction, printed a row per line, or written between pipes.

A financial table comes out as a row label on one or more lines followed by its figures, one per line
("Estimated appropriation for 2024", "63 930 800", "58 552 400"), with or without blank lines between them;
`pdftotext -layout` prints each row on one line, its cells apart ("Estimated appropriation for 2024    63 930
800    58 552 400"), which `cells_apart` makes the first form. Where at least three rows carry the same
number of figures, the run is a table: the lines before the first label become its header row, a label
without figures becomes a row of its own. Where figures appear in no regular shape, the lines stay text and
a warning says so. Rows written between pipes, as `akn text` and Markdown write a table, are a table as they
stand. No character of the lines is lost either way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .blocks import Block
from .source import CELL_GAP, Line

FIGURE = re.compile(r"^\(?-?\$?\d{1,3}(?:[ ,.\u202f]\d{3})*(?:[.,]\d+)?\)?%?$|^[-–—]$")
MIN_ROWS = 3


@dataclass
class Row:
    label: list[Line] = field(default_factory=list)
    figures: list[Line] = field(default_factory=list)


@dataclass
class TableBlock(Block):
    """A block that is a table: `header` lines, then rows of a label and figures, each row's figures padded
    with empty cells to `width`."""

    header: list[Line] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    width: int = 0
    # The header row's cells, one per column, when the text gives them (a Markdown table's first row).
    columns: list[Line] = field(default_factory=list)

    def __init__(
        self, lines: list[Line], header: list[Line], rows: list[Row], width: int, columns: list[Line] | None = None
    ) -> None:
        """Its own, as `Block.__init__` is: the compiled build cannot call that from a generated one."""
        super().__init__(lines)
        self.header = header
        self.rows = rows
        self.width = width
        self.columns = [] if columns is None else columns


def cells_apart(lines: list[Line]) -> list[Line]:
    """The lines with each table row printed on one line (a label, then two figures or more, each after a gap
    of two spaces or more) made one line per cell, each with the row's line number."""
    if not [line for line in lines if "  " in line.text]:
        return lines  # most texts: nothing printed apart
    out: list[Line] = []
    for line in lines:
        if "  " not in line.text:
            out.append(line)
            continue
        cells = CELL_GAP.split(line.text.strip())
        figures = 0
        for cell in reversed(cells):
            if not is_figure(cell):
                break
            figures += 1
        if figures < 2:
            out.append(line)
            continue
        out.extend(Line(line.no, cell, line.page_break and k == 0, line.heading, line.empty)
                   for k, cell in enumerate(cells))
    return out


def is_figure(text: str) -> bool:
    return bool(FIGURE.match(text.strip()))


def recover(blocks: list[Block]) -> tuple[list[Block], list[tuple[int, str]]]:
    """The blocks with flattened tables made tables again, and warnings for figures left as text."""
    out: list[Block] = []
    warnings: list[tuple[int, str]] = []
    i = 0
    while i < len(blocks):
        piped = _piped_table(blocks[i])
        if piped is not None:
            out.extend(piped)
            i += 1
            continue
        if not any(is_figure(line.text) for line in blocks[i].lines):
            out.append(blocks[i])
            i += 1
            continue
        start = i
        if out and _opens_with_figure(blocks[i]) and _is_table_text(out[-1]) and not isinstance(out[-1], TableBlock):
            start -= 1  # the first row's label, which a blank line parted from its figures
            out.pop()
        end = i
        while end < len(blocks) and (
            _has_figures(blocks[end]) or _is_table_text(blocks[end]) or _labels_figures(blocks, end)
        ):
            end += 1
        lines = [(k, line) for k in range(start, end) for line in blocks[k].lines]
        table = _shape(lines)
        if table is None:
            figures = [line for _k, line in lines if is_figure(line.text)]
            if len(figures) >= 4:
                warnings.append((figures[0].no, "figures in no regular table shape; kept as paragraphs"))
            out.extend(blocks[start:end])
        else:
            out.append(table)
        i = end
    return out, warnings


def _has_figures(block: Block) -> bool:
    return any(is_figure(line.text) for line in block.lines)


_DELIMITER_CELL = re.compile(r"^:?-{3,}:?$")


def _piped_cells(text: str, outer: bool) -> list[str] | None:
    """The cells of a row written between pipes, as `akn text` writes a table ("label | 63 930 800 | 58 552 400",
    " | Subtotal | 463 776 900" when the first cell is empty) or, with `outer` pipes, as Markdown does
    ("| label | 63 930 800 |"); None for a line that is no such row."""
    text = text.strip()
    if "|" not in text:
        return None
    if outer:
        text = text[1:-1]
    cells = [cell.strip().replace("\\|", "|") for cell in _CELL_SEPARATOR.split(text)]
    return cells if len(cells) >= 2 or outer else None


# The pipes between cells: not one escaped as Markdown writes a pipe inside a cell ("Staff \| costs").
_CELL_SEPARATOR = re.compile(r"(?<!\\)\|")


def _piped_table(block: Block) -> list[Block] | None:
    """The block as a table of its rows written between pipes, two or more, with the lines before and after
    them as blocks of their own; None when it has no such rows. Inside the table a row of merged cells may have
    fewer cells, down to one without a pipe, if most rows have them; a Markdown table's first row, above its
    row of dashes ("|---|--:|"), is its header."""
    if "|" not in block.text:
        return None
    texts = [line.text.strip() for line in block.lines]
    piped = [k for k, text in enumerate(texts) if "|" in text]
    if len(piped) < 2 or 2 * len(piped) < piped[-1] - piped[0] + 1:
        return None
    first, last = piped[0], piped[-1] + 1
    outer = all(len(texts[k]) > 1 and texts[k].startswith("|") and texts[k].endswith("|") for k in piped)
    rows = [_piped_cells(text, outer) if "|" in text else [text] for text in texts[first:last]]
    if any(row is None for row in rows):
        return None
    cells = [row for row in rows if row is not None]
    lines = block.lines[first:last]
    columns: list[Line] = []
    if len(cells) > 2 and all(_DELIMITER_CELL.match(cell) for cell in cells[1]):
        if any(cells[0]):  # a header row left empty, as `akn text` writes a table without one, is no row
            columns = [Line(lines[0].no, cell) for cell in cells[0]]
        cells, lines = cells[2:], lines[2:]
    table_rows = [Row([Line(line.no, row[0])], [Line(line.no, cell) for cell in row[1:]])
                  for line, row in zip(lines, cells)]
    # Width 0: each row as written, none padded (a row of merged cells keeps its fewer cells).
    table = TableBlock(lines=block.lines[first:last], header=[], rows=table_rows, width=0, columns=columns)
    before = [Block(block.lines[:first])] if first else []
    after = [Block(block.lines[last:])] if last < len(block.lines) else []
    return [*before, table, *after]


def _opens_with_figure(block: Block) -> bool:
    return bool(block.lines) and is_figure(block.lines[0].text)


def _is_table_text(block: Block, words: int = 25) -> bool:
    """A short text block that can sit inside a table (a label or a heading row), not a paragraph."""
    text = block.text.strip()
    return len(block.lines) <= 3 and len(text.split()) <= words and not text.endswith((";", ".", ","))


def _labels_figures(blocks: list[Block], k: int) -> bool:
    """Whether block `k` is a long row label ("Contributions assessed on Member States in accordance with
    ..."): a text that no sentence ends, with the row's figures in the block after it."""
    return k + 1 < len(blocks) and _opens_with_figure(blocks[k + 1]) and _is_table_text(blocks[k], words=60)


def _shape(lines: list[tuple[int, Line]]) -> TableBlock | None:
    """Rows from lines tagged with the block they came from: a label ends at figures or at a blank line."""
    rows: list[Row] = []
    current = Row()
    last_block = None
    for block, line in lines:
        if is_figure(line.text):
            current.figures.append(line)
        else:
            if current.figures or (current.label and block != last_block):
                rows.append(current)
                current = Row()
            current.label.append(line)
        last_block = block
    if current.label or current.figures:
        rows.append(current)
    widths = [len(r.figures) for r in rows if r.figures]
    if len(widths) < MIN_ROWS:
        return None
    width = max(set(widths), key=widths.count)
    if sum(1 for w in widths if w == width) < MIN_ROWS or any(w > width for w in widths):
        return None
    first = next(k for k, r in enumerate(rows) if r.figures)
    header = [line for r in rows[:first] for line in r.label]
    rows = rows[first:]
    lead = rows[0].label
    # the first row's label is its last line, or its last two when the last line continues the one before
    keep = 2 if len(lead) >= 2 and lead[-1].text.strip()[:1].islower() else 1
    header.extend(lead[:-keep])
    rows[0].label = lead[-keep:]
    return TableBlock(lines=[line for _k, line in lines], header=header, rows=rows, width=width)
