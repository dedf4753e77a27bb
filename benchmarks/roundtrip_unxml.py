"""Round trip of the UN's own AKN files: `akn text`, then `akn convert` of that text, against the original.

    python benchmarks/roundtrip_unxml.py [--jobs N] [--limit N] [--show N] [--wrap WIDTH] [--without-blank-lines]
                                         [CORPUS_DIR]

For every file under `../shared/corpus/unxml` (or CORPUS_DIR) it prints nothing unless asked, then the totals:
how many files `akn text` read, how many keep every word of body, notes and annexes, how many agree with the
original under `akn_structure.py compare` (preambular count, operative numbering, points, notes, annexes,
text similarity), the fields that differ most often, how many footnotes stand where the original puts them
(after the same words of the same paragraph, compared by marker), in how many files with tables every row
of every table comes back cell by cell, and the time taken per step, as ratios
against parsing the same files with lxml alone (the reference measured in the same run).

`--wrap WIDTH` wraps the text again at WIDTH columns before converting it, as a narrow page or a PDF's column
wraps it; `--without-blank-lines` takes its blank lines out, as a copy from a PDF viewer leaves it: the same
measures then say how much of the structure survives what extraction does to the lines.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import io
import multiprocessing
import sys
import time
from difflib import SequenceMatcher
from functools import partial
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import akn
from akn.aknxml.reader import read_xml
from akn.plaintext.writer import to_text
from tests.extractions import without_blank_lines, wrapped
from tests.test_text_corpus import missing_words

SHARED = ROOT.parent / "shared"
FIELDS = ("preamble", "operative", "points", "notes", "annexes")
AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
_TEXT_HOLDERS = frozenset(
    AKN + name for name in ("p", "heading", "subheading", "crossHeading", "num", "td", "th", "li", "block")
)


def note_places(xml: bytes) -> dict[str, str]:
    """Each footnote marker (its first note) and the last twelve characters of its paragraph's text before it,
    other notes left out and blanks collapsed: where the note stands, whatever the inline markup around it."""
    places: dict[str, str] = {}
    for note in etree.fromstring(xml).iter(AKN + "authorialNote"):
        holder = note.getparent()
        while holder is not None and holder.tag not in _TEXT_HOLDERS:
            holder = holder.getparent()
        places.setdefault(note.get("marker") or "", _text_before(holder, note)[-12:] if holder is not None else "")
    return places


def table_rows(xml: bytes) -> list[tuple[str, ...]]:
    """The rows of every table, in document order, as their cells' texts (blanks collapsed, footnotes left
    out); rows without text are left out, as `akn text` leaves them out."""
    rows = []
    for row in etree.fromstring(xml).iter(AKN + "tr"):
        cells = tuple(" ".join(_cell_text(cell).split()) for cell in row)
        if any(cells):
            rows.append(cells)
    return rows


def _cell_text(cell: etree._Element) -> str:
    parts = [cell.text or ""]
    for child in cell:
        if child.tag != AKN + "authorialNote":
            parts.append(_cell_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _text_before(holder: etree._Element, note: etree._Element) -> str:
    parts: list[str] = []

    def walk(el: etree._Element) -> bool:
        if el is note:
            return True
        if el.tag == AKN + "authorialNote":
            parts.append(el.tail or "")
            return False
        parts.append(el.text or "")
        for child in el:
            if walk(child):
                return True
        if el is not holder:
            parts.append(el.tail or "")
        return False

    walk(holder)
    return " ".join("".join(parts).split())


def load_tool():
    spec = importlib.util.spec_from_file_location("akn_structure", SHARED / "tools" / "akn_structure.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


TOOL = None


def check(path: str, wrap: int = 0, tight: bool = False) -> dict:
    global TOOL
    if TOOL is None:
        TOOL = load_tool()
    data = Path(path).read_bytes()
    result: dict = {"path": path}
    t0 = time.perf_counter()
    etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    t1 = time.perf_counter()
    try:
        text = to_text(read_xml(data, path))
    except akn.AknError as exc:
        result["error"] = f"text: {exc}"
        return result
    t2 = time.perf_counter()
    missing = missing_words(data, text)
    result["missing"] = sum(missing.values())
    result["missing_words"] = " ".join(list(missing)[:8])
    if wrap:
        text = wrapped(text, wrap)
    if tight:
        text = without_blank_lines(text)
    try:
        ours = akn.convert(text, markup_date="2026-01-01").to_xml()
    except akn.AknError as exc:
        result["error"] = f"convert: {exc}"
        return result
    t3 = time.perf_counter()
    a = TOOL.signature(io.BytesIO(ours))
    b = TOOL.signature(io.BytesIO(data))
    differ = [f for f in FIELDS if a[f] != b[f]]
    wa = TOOL.content_words(TOOL.root_document(io.BytesIO(ours)))
    wb = TOOL.content_words(TOOL.root_document(io.BytesIO(data)))
    sim = SequenceMatcher(None, wa, wb, autojunk=False).ratio() if (wa or wb) else 0.0
    if sim < 0.98:
        differ.append("similarity")
    theirs, placed = note_places(data), note_places(ours)
    tables = table_rows(data)
    result.update(
        tables=bool(tables),
        tables_kept=bool(tables) and table_rows(ours) == tables,
        notes=len(theirs),
        notes_in_place=sum(placed.get(marker) == before for marker, before in theirs.items()),
        differ=differ,
        sim=sim,
        ours={f: a[f] for f in FIELDS},
        gold={f: b[f] for f in FIELDS},
        t_parse=t1 - t0,
        t_text=t2 - t1,
        t_convert=t3 - t2,
    )
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(SHARED / "corpus" / "unxml"))
    parser.add_argument("--jobs", type=int, default=max(1, (multiprocessing.cpu_count() or 2) - 1))
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--show", type=int, default=0, help="print this many disagreeing files per field")
    parser.add_argument("--wrap", type=int, default=0, metavar="WIDTH", help="wrap the text at WIDTH columns")
    parser.add_argument("--without-blank-lines", action="store_true", help="take the text's blank lines out")
    args = parser.parse_args()
    files = sorted(str(p) for p in Path(args.corpus).rglob("*.xml"))
    if args.limit:
        files = files[: args.limit]
    if not files:
        print(f"no files under {args.corpus}")
        return 1
    start = time.perf_counter()
    with multiprocessing.Pool(args.jobs) as pool:
        results = pool.map(partial(check, wrap=args.wrap, tight=args.without_blank_lines), files, chunksize=8)
    wall = time.perf_counter() - start
    errors = [r for r in results if "error" in r]
    done = [r for r in results if "error" not in r]
    whole = [r for r in results if r.get("missing") == 0]
    agree = [r for r in done if not r["differ"]]
    print(f"files: {len(files)}")
    print(f"akn text read: {len(files) - sum(1 for r in errors if r['error'].startswith('text'))}")
    print(f"keep every word of body, notes and annexes: {len(whole)}")
    print(f"agree under akn_structure compare: {len(agree)} of {len(files)}")
    fields = collections.Counter(f for r in done for f in r["differ"])
    print("fields that differ:", ", ".join(f"{f} {n}" for f, n in fields.most_common()) or "-")
    notes, in_place = sum(r["notes"] for r in done), sum(r["notes_in_place"] for r in done)
    with_notes = [r for r in done if r["notes"]]
    print(f"footnotes where the original puts them: {in_place} of {notes} ({in_place / max(notes, 1):.2%}); "
          f"files with every note in place {sum(r['notes'] == r['notes_in_place'] for r in with_notes)} "
          f"of {len(with_notes)}")
    with_tables = [r for r in done if r["tables"]]
    print(f"tables whose every row comes back, cell by cell: in {sum(r['tables_kept'] for r in with_tables)} of "
          f"{len(with_tables)} files with tables")
    if args.show:
        for r in [r for r in with_tables if not r["tables_kept"]][: args.show]:
            print(f"[tables] {r['path']}")
    for r in errors[:10]:
        print("error:", r["path"], r["error"])
    for r in results:
        if r.get("missing"):
            print("missing words:", r["path"], r["missing"], r["missing_words"])
    if args.show:
        for field in fields:
            shown = [r for r in done if field in r["differ"]][: args.show]
            for r in shown:
                ours, gold = r["ours"].get(field, r["sim"]), r["gold"].get(field, "")
                print(f"[{field}] {r['path']}: ours={ours} gold={gold}"[:400])
    parse = sum(r["t_parse"] for r in done)
    text = sum(r["t_text"] for r in done)
    convert = sum(r["t_convert"] for r in done)
    print(
        f"time (summed over workers): lxml parse {parse:.2f}s (reference 1.0), akn text {text:.2f}s "
        f"({text / parse:.1f}x), akn convert of the text {convert:.2f}s ({convert / parse:.1f}x); "
        f"wall clock {wall:.1f}s with {args.jobs} jobs"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
