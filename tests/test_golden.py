"""Golden pairs in samples/: each text converts to exactly its expected XML (`pytest --update-golden` rewrites
them after a deliberate change; review the diff before committing)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

import akn
from akn.schema import load

from .conftest import SAMPLES

PAIRS = sorted(SAMPLES.glob("*.txt"))


@pytest.mark.parametrize("text", PAIRS, ids=lambda p: p.stem)
def test_sample_converts_to_its_expected_xml(text: Path, update_golden: bool) -> None:
    expected = text.with_suffix(".xml")
    xml = akn.convert_file(text, markup_date="2026-01-01").to_xml()
    if update_golden or not expected.exists():
        expected.write_bytes(xml)
    assert xml == expected.read_bytes(), f"{text.name} no longer converts to {expected.name}"


@pytest.mark.parametrize("text", PAIRS, ids=lambda p: p.stem)
def test_expected_xml_is_schema_valid(text: Path) -> None:
    schema = load()
    assert schema.validate(etree.parse(str(text.with_suffix(".xml")))), schema.error_log.last_error


def test_there_are_the_three_kinds_of_sample() -> None:
    names = {p.stem for p in PAIRS}
    assert {"ga-resolution", "draft-with-sponsors", "sc-resolution"} <= names


@pytest.mark.parametrize("text", PAIRS, ids=lambda p: p.stem)
@pytest.mark.parametrize("text_format, suffix", [("plain", ".txt"), ("markdown", ".md")])
def test_sample_written_as_text_and_read_from_its_file_converts_to_the_same_xml(
    text: Path, text_format: str, suffix: str, tmp_path: Path
) -> None:
    # A file named .md is Markdown even when its text shows few signs of it (one emphasised phrase).
    expected = _comparable(text.with_suffix(".xml").read_bytes(), text_format)
    written = tmp_path / f"{text.stem}{suffix}"
    written.write_text(akn.to_text(expected, format=text_format), encoding="utf-8")
    again = akn.convert_file(written, markup_date="2026-01-01").to_xml()
    assert _comparable(again, text_format) == expected


def _comparable(xml: bytes, text_format: str) -> bytes:
    """The XML without the digest of its input; for plain text, with header cells as cells, since a plain
    table has no way to mark them (a Markdown table's first row is its header)."""
    xml = re.sub(rb' inputSha256="[0-9a-f]{64}"', b"", xml)
    return re.sub(rb"<(/?)th>", rb"<\1td>", xml) if text_format == "plain" else xml
