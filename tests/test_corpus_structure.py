"""Every corpus text converts to the structure a careful reader sees in it.

The expected values (`corpus_expectations.py`) come from reading the texts, not from the converter. Each text
is converted once in-process; its structure is measured with the shared `akn_structure.py` (the signature also
used to compare with the UN's markup), and each field is a test of its own, so that a report shows exactly
which parts of which document are read wrongly.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

import akn
from akn.schema import NAMESPACE

from .conftest import CORPUS
from .corpus_expectations import EXPECTED
from .measure import tool

NS = {"a": NAMESPACE}
SIGNATURE_FIELDS = ("preamble", "operative", "points", "notes", "annexes")
METADATA_FIELDS = ("kind", "language", "symbol", "date", "sponsors")
REQUIRED = set(SIGNATURE_FIELDS) | {"kind", "language", "why"}

CASES = [
    pytest.param(name, field, id=f"{name}-{field}")
    for name, expected in sorted(EXPECTED.items())
    for field in SIGNATURE_FIELDS + METADATA_FIELDS
    if field in expected
]


class Measured:
    """A converted corpus text: its structural signature and its main document element."""

    def __init__(self, signature: dict, document: etree._Element) -> None:
        self.signature = signature
        self.document = document

    def metadata(self, field: str) -> object:
        doc = self.document
        if field == "kind":
            return doc.get("name")
        if field == "language":
            el = doc.find("a:meta/a:identification/a:FRBRExpression/a:FRBRlanguage", NS)
            return None if el is None else el.get("language")
        if field == "symbol":
            el = doc.find("a:meta/a:identification/a:FRBRWork/a:FRBRnumber", NS)
            return None if el is None else el.get("showAs")
        if field == "date":
            el = doc.find("a:meta/a:identification/a:FRBRWork/a:FRBRdate", NS)
            return None if el is None else el.get("date")
        if field == "sponsors":
            found = []
            for part in ("a:coverPage", "a:preface"):
                for holder in doc.findall(part, NS):
                    for proponent in holder.iter(f"{{{NAMESPACE}}}docProponent"):
                        found.append(" ".join("".join(proponent.itertext()).split()))
            return found
        raise KeyError(field)


@pytest.fixture(scope="session")
def measure(
    corpus_text: Path, structure_tool: Path, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[str], Measured]:
    """Convert a corpus text (once per session) and measure it; a failed conversion fails each field of it."""
    module = tool()
    folder = tmp_path_factory.mktemp("corpus-structure")
    cache: dict[str, Measured | BaseException] = {}

    def run(name: str) -> Measured:
        if name not in cache:
            try:
                xml = akn.convert_file(corpus_text / name, markup_date="2026-01-01").to_xml()
                out = folder / f"{name}.xml"
                out.write_bytes(xml)
                root = etree.fromstring(xml)
                document = next(c for c in root if isinstance(c.tag, str))
                cache[name] = Measured(module.signature(str(out)), document)
            except Exception as error:  # noqa: BLE001 - reported by every field of this text
                cache[name] = error
        result = cache[name]
        if isinstance(result, BaseException):
            pytest.fail(f"{name}: conversion failed: {result!r}")
        return result

    return run


def test_every_corpus_text_has_expectations(corpus_text: Path) -> None:
    texts = {p.name for p in corpus_text.glob("*.txt")}
    assert texts - EXPECTED.keys() == set(), "corpus texts with no expectations"
    assert EXPECTED.keys() - texts == set(), "expectations for texts not in the corpus"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_expectations_are_well_formed(name: str) -> None:
    expected = EXPECTED[name]
    assert REQUIRED <= expected.keys(), f"{name}: missing {sorted(REQUIRED - expected.keys())}"
    assert set(expected) <= REQUIRED | set(METADATA_FIELDS) | {"missing"}, f"{name}: unknown keys"
    for field in ("preamble", "points", "notes", "annexes"):
        assert isinstance(expected[field], int) and expected[field] >= 0, f"{name}: {field}"
    assert all(isinstance(n, str) and n for n in expected["operative"]), f"{name}: operative"
    assert expected["kind"] in {"resolution", "draftResolution", "decision", "draftDecision", "amendment"}
    assert expected["language"] in {"eng", "fra", "spa"}
    assert expected["why"].strip(), f"{name}: say why"
    if "missing" in expected:
        tokens, reason = expected["missing"]
        assert tokens.split() and reason.strip(), f"{name}: missing words, and why they are not content"


@pytest.mark.skipif(not (CORPUS / "text").is_dir(), reason=f"the shared corpus is absent ({CORPUS / 'text'})")
@pytest.mark.parametrize(("name", "field"), CASES)
def test_structure_as_a_careful_reader_sees_it(
    name: str, field: str, measure: Callable[[str], Measured]
) -> None:
    measured = measure(name)
    expected = EXPECTED[name][field]
    got = measured.signature[field] if field in SIGNATURE_FIELDS else measured.metadata(field)
    assert got == expected, (
        f"{name}: {field}: expected {expected!r}, got {got!r} (why expected: {EXPECTED[name]['why']})"
    )
