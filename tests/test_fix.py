"""`akn fix`: eIds to the convention, references along, FRBR IRIs from the metadata; no text changes."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

import pytest
from lxml import etree

import akn
from akn.conformance.engine import compiled_schema
from akn.conformance.fix import fix
from akn.conformance.rules import RULES
from akn.conformance.runner import expand

from .akn_samples import CONFORMANT, WORK
from .conftest import corpus_dir

MECHANICAL = frozenset(rule_id for rule_id, module in RULES.items() if module.FIXABLE)

# The sample written as the UN's production files do: counters for eIds, slips in the FRBR IRIs, bare refs.
UN_STYLE = (
    CONFORMANT.replace('eId="preamble__formula_1"', 'eId="formula_1"')
    .replace('eId="preamble__container_1"', 'eId="container_2"')
    .replace('eId="preamble__container_1__authorialNote_1"', 'eId="authorialNote_1"')
    .replace('eId="para_1"', 'eId="para_3"')
    .replace('eId="para_2"', 'eId="para_4"')
    .replace('eId="para_2__list_1"', 'eId="para_4_list"')
    .replace('eId="para_2__list_1__intro"', 'eId="para_4_list_intro"')
    .replace('eId="para_2__list_1__point_a"', 'eId="para_4_list_point_a"')
    .replace('<attachment eId="att_1">', "<attachment>")
    .replace('eId="att_1__para_1"', 'eId="para_5"')
    .replace(f'<FRBRthis value="{WORK}/!main"/>', f'<FRBRthis value="{WORK}/!main/"/>')
    .replace(f'<FRBRthis value="{WORK}/eng@/!main"/>', f'<FRBRthis value="{WORK}/eng@!main/"/>')
    .replace(f'<FRBRuri value="{WORK}/eng@"/>', f'<FRBRuri value="{WORK[:-6]}2025-12-18/80-321/eng@/"/>', 1)
    .replace('<FRBRauthor href="#unga" as="#author"/>', '<FRBRauthor href="unga" as="author"/>', 1)
    .replace("<p>Decides to act;</p>", '<p>Decides to act; see <ref href="#para_4_list_point_a">(a)</ref>.</p>')
)


def test_the_un_style_sample_is_repaired_to_conformance() -> None:
    before = akn.validate(UN_STYLE.encode())
    assert {p.rule_id for p in before.problems} >= {"eid-prefix", "eid-syntax", "eid-missing", "frbr-syntax", "ref-form"}
    fixed = fix(UN_STYLE.encode())
    assert fixed.remaining == [], [f"{p.line} [{p.rule_id}] {p.message}" for p in fixed.remaining]
    assert fixed.renamed["container_2"] == "preamble__container_1"
    assert fixed.renamed["para_4_list_point_a"] == "para_2__list_1__point_a"
    xml = fixed.xml.decode()
    assert '<ref href="#para_2__list_1__point_a">' in xml
    assert '<attachment eId="att_1">' in xml and 'eId="att_1__para_1"' in xml
    assert f'<FRBRuri value="{WORK}/eng@"/>' in xml and f'value="{WORK}/eng@/!main"' in xml
    assert '<FRBRauthor href="#unga" as="#author"/>' in xml


def test_conformant_documents_are_left_as_they_are() -> None:
    fixed = fix(CONFORMANT.encode())
    assert not fixed.changed
    assert etree.tostring(etree.fromstring(fixed.xml)) == etree.tostring(etree.fromstring(CONFORMANT.encode()))
    converted = akn.convert_file(Path(__file__).parent.parent / "samples" / "ga-resolution.txt").to_xml()
    assert not fix(converted).changed


def test_what_cannot_be_repaired_is_reported() -> None:
    xml = CONFORMANT.replace('refersTo="#symbol"', 'refersTo="#nowhere"').encode()
    fixed = fix(xml)
    assert [(p.rule_id, p.severity) for p in fixed.remaining] == [("ref-unresolved", "error")]


def test_cli_writes_the_file_and_reports_what_is_left(tmp_path: Path) -> None:
    source = tmp_path / "un.xml"
    source.write_text(UN_STYLE.replace('refersTo="#symbol"', 'refersTo="#nowhere"'))
    target = tmp_path / "fixed.xml"
    done = subprocess.run([sys.executable, "-m", "akn", "fix", str(source), "-o", str(target)],
                          capture_output=True, timeout=60, check=False)
    assert done.returncode == 1
    err = done.stderr.decode()
    assert "eId(s) renamed" in err and "1 problem(s) left" in err and "[ref-unresolved]" in err
    assert akn.validate(target).problems[0].rule_id == "ref-unresolved"
    assert subprocess.run([sys.executable, "-m", "akn", "fix", str(source), "-o", str(source)],
                          capture_output=True, timeout=60, check=False).returncode == 1
    assert source.read_text() == UN_STYLE.replace('refersTo="#symbol"', 'refersTo="#nowhere"')


def _fix_one(path: str) -> tuple[str, list[str]]:
    """What is wrong with the fixed form of one file (empty when all holds)."""
    schema = compiled_schema()
    before = etree.parse(path)
    fixed = fix(path)
    after = etree.fromstring(fixed.xml).getroottree()
    wrong = []
    if "".join(before.getroot().itertext()).split() != "".join(after.getroot().itertext()).split():
        wrong.append("words changed")
    if [e.tag for e in before.iter()] != [e.tag for e in after.iter()]:
        wrong.append("structure changed")
    if schema.validate(before) and not schema.validate(after):
        wrong.append(f"no longer valid: {schema.error_log.last_error}")
    wrong += [f"{p.line} [{p.rule_id}] {p.message}" for p in fixed.remaining if p.rule_id in MECHANICAL]
    return path, wrong


def test_every_un_file_fixed_keeps_its_words_and_validity_and_passes_the_mechanical_rules() -> None:
    files = expand([str(corpus_dir("unxml"))])
    with Pool(2) as pool:
        results = pool.map(_fix_one, files, chunksize=32)
    broken = {path: wrong for path, wrong in results if wrong}
    assert broken == {}, list(broken.items())[:3]
    assert len(results) == 2544


@pytest.mark.parametrize("rule_id", sorted(MECHANICAL))
def test_mechanical_rules_are_the_eid_and_frbr_ones(rule_id: str) -> None:
    assert rule_id.startswith(("eid-", "frbr-")), Counter(MECHANICAL)
