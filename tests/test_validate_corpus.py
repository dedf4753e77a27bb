"""The validator on real files: the UN's 2,544 (level 1 agrees with lxml) and the converter's own output
(level 2 finds nothing but information)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

import akn
from akn.conformance.document import AknDocument
from akn.conformance.runner import Options, expand, run
from akn.schema import default_xsd_path

from .conftest import SAMPLES, corpus_dir

INVALID = {
    "ga-76/A_RES_76_246-2119713E.xml", "ga-77/A_RES_77_100-2228244E.xml", "ga-77/A_RES_77_104-2228250E.xml",
    "ga-77/A_RES_77_118-2228394E.xml", "ga-77/A_RES_77_128-2228507E.xml", "ga-78/A_RES_78_253-2326236E.xml",
    "ga-78/A_RES_78_69-2324917E.xml",
}


@pytest.fixture(scope="module")
def unxml() -> Path:
    return corpus_dir("unxml")


def test_level_1_agrees_with_plain_lxml_file_by_file(unxml: Path) -> None:
    files = expand([str(unxml)])
    assert len(files) == 2544
    schema = etree.XMLSchema(etree.parse(str(default_xsd_path())))
    ours = {r.file: r for r in run(files, Options(level=1))}
    invalid = set()
    for path in files:
        tree = etree.parse(path)
        expected = []
        if not schema.validate(tree):
            invalid.add(str(Path(path).relative_to(unxml)))
            short = AknDocument(tree, path).short
            expected = [(e.line, short(e.message)) for e in schema.error_log]
        assert [(p.line, p.message) for p in ours[path].problems] == expected, path
    assert invalid == INVALID
    assert sum(len(r.problems) for r in ours.values()) == 170


def converted() -> list[tuple[str, bytes]]:
    texts = sorted(SAMPLES.glob("*.txt")) + sorted(corpus_dir("text").glob("*.txt"))
    return [(p.name, akn.convert_file(p, markup_date="2026-01-01").to_xml()) for p in texts]


def test_converter_output_passes_level_2_with_no_finding() -> None:
    outputs = converted()
    assert len(outputs) >= 37
    for name, xml in outputs:
        report = akn.validate(xml, name=name)
        findings = [f"{p.line}: [{p.rule_id}] {p.message}" for p in report.problems if p.severity != "info"]
        assert findings == [], name
        assert {p.rule_id for p in report.problems} <= {"ref-undated", "frbr-undated"}
