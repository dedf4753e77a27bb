"""Golden pairs in samples/: each text converts to exactly its expected XML (`pytest --update-golden` rewrites
them after a deliberate change; review the diff before committing)."""

from __future__ import annotations

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
