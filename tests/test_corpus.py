"""The corpus of real resolutions: every text converts to valid AKN, and where the UN published its own
markup of the same resolution, the structure agrees and no word is lost that the UN's file keeps."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

import akn
from akn.schema import load

from .conftest import CORPUS
from .corpus_expectations import EXPECTED
from .extractions import (
    as_another_extractor_writes_it,
    as_pdftotext_layout_prints_it,
    justified,
    retyped,
    table_rows_on_one_line,
    without_blank_lines,
)
from .measure import compare, retention

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
TEXTS = sorted((CORPUS / "text").glob("*.txt")) if (CORPUS / "text").is_dir() else []
ENGLISH_GOLD = [
    "A-RES-78-12", "A-RES-78-249", "A-RES-78-252", "A-RES-78-317", "A-RES-79-117", "A-RES-79-131",
    "A-RES-79-243", "A-RES-80-114", "A-RES-80-4.railcar.md", "A-RES-80-5", "S-RES-1445-2002",
]
OTHER_LANGUAGES_GOLD = ["S-RES-2532-2020.fr", "A-RES-78-249.es"]
WITHOUT_GOLD = [p for p in TEXTS if p.stem not in ENGLISH_GOLD + OTHER_LANGUAGES_GOLD]


def converted(path: Path, folder: Path) -> Path:
    out = folder / (path.stem + ".xml")
    out.write_bytes(akn.convert_file(path, markup_date="2026-01-01").to_xml())
    return out


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_every_corpus_text_converts_to_schema_valid_akn(path: Path) -> None:
    xml = akn.convert_file(path, markup_date="2026-01-01").to_xml()
    schema = load()
    assert schema.validate(etree.fromstring(xml)), schema.error_log.last_error


def test_the_corpus_is_there(corpus_text: Path) -> None:
    assert len(TEXTS) == 34


@pytest.mark.parametrize("name", ENGLISH_GOLD + OTHER_LANGUAGES_GOLD)
def test_structure_agrees_with_the_uns_markup(name: str, corpus_gold: Path, tmp_path: Path) -> None:
    ours = converted(CORPUS / "text" / f"{name}.txt", tmp_path)
    status, report = compare(ours, corpus_gold / f"{name}.akn.xml")
    assert status == 0, report


@pytest.mark.parametrize("name", ENGLISH_GOLD + OTHER_LANGUAGES_GOLD)
def test_words_kept_as_well_as_the_uns_markup_keeps_them(name: str, corpus_gold: Path, tmp_path: Path) -> None:
    text = CORPUS / "text" / f"{name}.txt"
    ours = converted(text, tmp_path)
    recall, precision, report = retention(text, ours)
    gold_recall, _, _ = retention(text, corpus_gold / f"{name}.akn.xml")
    assert precision >= 0.995, report
    assert recall >= gold_recall - 0.005, report


EXTRACTIONS = {"no blank lines": without_blank_lines, "another extractor": as_another_extractor_writes_it,
               "retyped": retyped, "pdftotext -layout": as_pdftotext_layout_prints_it}


@pytest.mark.parametrize(("name", "extraction"), [
    (name, how) for how in EXTRACTIONS for name in ENGLISH_GOLD + OTHER_LANGUAGES_GOLD
    if not (how in ("another extractor", "pdftotext -layout") and name.endswith(".md"))  # a Markdown export comes from no extractor
])
def test_structure_agrees_however_the_text_was_extracted(
    name: str, extraction: str, corpus_gold: Path, tmp_path: Path
) -> None:
    original = CORPUS / "text" / f"{name}.txt"
    text = tmp_path / "extracted" / f"{name}.txt"
    text.parent.mkdir()
    text.write_bytes(EXTRACTIONS[extraction](original.read_text(encoding="utf-8")).encode())
    ours = converted(text, text.parent)
    recall, precision, report = retention(text, ours)
    recall_as_found, _, _ = retention(original, converted(original, tmp_path))
    assert precision >= 0.995 and recall >= recall_as_found - 0.005, report
    status, report = compare(ours, corpus_gold / f"{name}.akn.xml")
    assert status == 0, report


def _body(xml: Path) -> list[tuple[str | None, str]]:
    """Each identified element of the preamble, body, conclusions and annexes, with its text (blanks
    collapsed): the structure and every word of the text, notes where they stand."""
    root = etree.parse(str(xml)).getroot()
    parts = [el for name in ("preamble", "mainBody", "conclusions", "attachments")
             for el in root.iter(f"{{{AKN}}}{name}")]
    return [(el.get("eId"), " ".join("".join(el.itertext()).split()))
            for part in parts for el in part.iter() if el.get("eId") or el is part]


@pytest.mark.parametrize("name", [name for name in ENGLISH_GOLD + OTHER_LANGUAGES_GOLD if not name.endswith(".md")])
@pytest.mark.parametrize("extraction", ["justified", "pdftotext -layout"])
def test_the_body_reads_as_in_the_text_as_found(name: str, extraction: str, corpus_gold: Path, tmp_path: Path) -> None:
    # `pdftotext -layout` widens the gaps between words and prints headers, footers and table rows on one
    # line: every element of preamble, body and annexes, every word and every note stand as they do in the
    # conversion of the text as found (the masthead's lines, side by side, are the one difference).
    original = CORPUS / "text" / f"{name}.txt"
    how = justified if extraction == "justified" else as_pdftotext_layout_prints_it
    text = tmp_path / "extracted" / f"{name}.txt"
    text.parent.mkdir()
    text.write_bytes(how(original.read_text(encoding="utf-8")).encode())
    assert re.search(r"\S {2,}\S", text.read_text(encoding="utf-8"))
    assert _body(converted(text, text.parent)) == _body(converted(original, tmp_path))


def _labelled_rows(root: etree._Element) -> list[tuple[str, tuple[str, ...]]]:
    """(label without its blanks, figures) of each table row that has both."""
    found = []
    for row in root.iter("{*}tr"):
        cells = [" ".join("".join(cell.itertext()).split()) for cell in row]
        if cells and cells[0] and any(cells[1:]):
            found.append((cells[0].replace(" ", ""), tuple(cell for cell in cells[1:] if cell)))
    return found


@pytest.mark.parametrize("printed", ["one cell per line", "one row per line"])
@pytest.mark.parametrize("name", ["A-RES-78-249", "A-RES-78-249.es"])
def test_a_flattened_table_has_each_row_of_the_uns_table(
    name: str, printed: str, corpus_gold: Path, tmp_path: Path
) -> None:
    # The annex's financial table, one cell per line as found: in the Spanish text a blank line parts each
    # cell, so the first row's label and the longest one (28 words) fell outside the table. One row per line,
    # the cells apart, is how `pdftotext -layout` prints it.
    text = CORPUS / "text" / f"{name}.txt"
    if printed == "one row per line":
        text = tmp_path / "rows" / text.name
        text.parent.mkdir()
        text.write_text(table_rows_on_one_line((CORPUS / "text" / text.name).read_text(encoding="utf-8")),
                        encoding="utf-8")
        assert re.search(r"2024a {2,}63 930 800 {2,}58 552 400", text.read_text(encoding="utf-8"))
    ours = etree.parse(str(converted(text, tmp_path))).getroot()
    gold = etree.parse(str(corpus_gold / f"{name}.akn.xml")).getroot()
    assert len(_labelled_rows(gold)) == 11
    assert _labelled_rows(ours) == _labelled_rows(gold)


@pytest.mark.parametrize("path", WITHOUT_GOLD, ids=lambda p: p.name)
def test_without_the_uns_markup_only_page_furniture_is_missing(path: Path, tmp_path: Path) -> None:
    _, precision, report = retention(path, converted(path, tmp_path))
    assert precision >= 0.995, report
    printed = re.search(r"^missing: (.*)$", report, re.MULTILINE)
    assert printed, report
    missing = sorted(word for word in printed.group(1).split() if word != "-")
    tokens, _reason = EXPECTED[path.name].get("missing", ("", ""))
    assert missing == sorted(tokens.split()), report
