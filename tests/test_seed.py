"""The seed draft resolution (a Markdown extraction of a CCPCJ draft) converts the way a careful markup
editor would mark it up."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

import akn
from akn.schema import NAMESPACE, load

from .measure import retention

NS = {"a": NAMESPACE}


@pytest.fixture(scope="module")
def seed(corpus_text: Path) -> Path:
    return corpus_text / "E-CN.15-2019-draft-cybercrime.seed.md.txt"


@pytest.fixture(scope="module")
def converted(seed: Path) -> akn.Converted:
    return akn.convert_file(seed, markup_date="2026-01-01")


@pytest.fixture(scope="module")
def root(converted: akn.Converted) -> etree._Element:
    return etree.fromstring(converted.to_xml())


def test_valid_draft_resolution(root: etree._Element) -> None:
    assert load().validate(root)
    assert root[0].get("name") == "draftResolution"


def test_eleven_preambular_and_thirteen_operative_paragraphs(root: etree._Element) -> None:
    assert len(root.findall(".//a:preamble/a:container", NS)) == 11
    nums = [n.text for n in root.findall(".//a:mainBody/a:paragraph/a:num", NS)]
    assert nums == [f"{i}." for i in range(1, 14)]


def text_before(note: etree._Element) -> str:
    """The running text of the note's paragraph up to the note."""
    parts = []
    parent = note.getparent()
    parts.append(parent.text or "")
    for child in parent:
        if child is note:
            break
        if child.tag != f"{{{NAMESPACE}}}authorialNote":
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return "".join(parts)


def test_three_footnotes_each_at_its_marker(root: etree._Element) -> None:
    notes = root.findall(".//a:authorialNote", NS)
    assert [n.get("marker") for n in notes] == ["*", "1", "2"]
    star, one, two = notes
    assert text_before(star) == "Item 8 of the provisional agenda"
    assert "".join(star.itertext()) == "E/CN.15/2019/1."
    assert text_before(one).endswith("United Nations Convention against Transnational Organized Crime")
    assert "".join(one.itertext()) == "United Nations, Treaty Series, vol. 2225, No. 39574."
    assert text_before(two).endswith("Their Development in a Changing World,")
    assert "".join(two.itertext()) == "General Assembly resolution 65/230, annex."


def test_no_note_text_stays_in_the_running_text(root: etree._Element) -> None:
    running = []
    for p in root.iter(f"{{{NAMESPACE}}}p"):
        if any(a.tag == f"{{{NAMESPACE}}}authorialNote" for a in p.iterancestors()):
            continue
        running.append("".join(t for t in p.xpath("text()|*[not(self::a:authorialNote)]//text()", namespaces=NS)))
    text = " ".join(running)
    assert "Treaty Series" not in text
    assert "E/CN.15/2019/1" not in text


def test_sponsors_and_recommending_chain_in_the_preface(root: etree._Element) -> None:
    preface = root.find(".//a:preface", NS)
    assert [p.text for p in preface.findall(".//a:docProponent", NS)] == ["Austria", "Canada", "Colombia"]
    chain = "".join(preface.itertext())
    assert "recommends to the Economic and Social Council the approval of the following draft resolution" in chain


def test_paragraphs_cut_by_page_breaks_are_whole(root: etree._Element) -> None:
    ten = root.find(".//a:mainBody/a:paragraph[a:num='10.']", NS)
    text = " ".join("".join(ten.itertext()).split())
    assert "Salvador Declaration on Comprehensive Strategies for Global Challenges" in text
    assert text.endswith("bearing in mind the need to strengthen partnerships in this regard;")
    recital = next(c for c in root.findall(".//a:preamble/a:container", NS) if "70/174" in "".join(c.itertext()))
    text = " ".join("".join(recital.itertext()).split())
    assert "noted the activities of the open-ended intergovernmental expert group" in text
    assert "E/CN.15/2019/1" not in text


def test_missing_symbol_is_a_warning_naming_the_option(converted: akn.Converted) -> None:
    messages = [w.message for w in converted.warnings]
    assert any("symbol" in m and "--symbol" in m for m in messages)
    root = etree.fromstring(converted.to_xml())
    number = root.find(".//a:FRBRWork/a:FRBRnumber", NS).get("value")
    assert number.startswith("promoting-technical-assistance")


def test_the_symbol_option_fills_the_frbr_number(seed: Path) -> None:
    result = akn.convert_file(seed, symbol="E/CN.15/2019/L.4", markup_date="2026-01-01")
    root = etree.fromstring(result.to_xml())
    work = root.find(".//a:FRBRWork/a:FRBRthis", NS).get("value")
    assert work == "/akn/un/statement/deliberation/ccpcj/2019-04-23/E-CN.15-2019-L.4/!main"
    assert not any("--symbol" in w.message for w in result.warnings)


def test_every_word_kept(seed: Path, converted: akn.Converted, tmp_path: Path) -> None:
    out = tmp_path / "seed.xml"
    out.write_bytes(converted.to_xml())
    recall, precision, report = retention(seed, out)
    assert recall == 1.0 and precision == 1.0, report
