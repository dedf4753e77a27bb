"""The document index and the report formats against the plain definitions they stand for.

The index reads a document in one pass and remembers what it can; each of its answers is checked here
against the straightforward way of asking the tree (XPath, ElementPath, a loop over children), on edge
cases written for it, on the samples and on part of the UN corpus.
"""

from __future__ import annotations

import io
import json
import pickle
import random
import re
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from akn import eids
from akn.conformance.document import AKN, META, NUM, AknDocument, Identification, meant, nc_data, parse_iri
from akn.conformance.loader import parse
from akn.conformance.problems import FAILING, Problem, Report, verdict
from akn.conformance.report import JsonFormat, Summary, TextFormat, json_object, text_line
from akn.frbr import FrbrError, FrbrUri
from akn.frbr import meant as frbr_meant

from .akn_samples import CONFORMANT
from .conftest import CORPUS, SAMPLES

NS = AKN[1:-1]

# Edge cases of the index: meta blocks nested, empty, last, followed by a comment or by nothing; an eId on
# a meta itself; foreign elements with eIds; nums after comments or with markup; repeated tags; elements that
# need an eId and lack one.
EDGES = [
    f"""<akomaNtoso xmlns="{NS}" xmlns:x="urn:x"><statement name="resolution">
<meta eId="m1"><references source="#a"><TLCOrganization eId="unga" href="/akn/ontology/organization/un/unga" showAs="GA"/>
<meta><keyword eId="k 1" dictionary="d" value="v" showAs="v"/></meta><!-- after inner meta --></references></meta>
<!-- between --><preamble><container><p>x</p></container><container eId="preamble__container_2"><p>y</p></container></preamble>
<mainBody><paragraph eId="para_1"><!-- c --><num>1<x:b>.</x:b></num><content><p refersTo="#unga  #nothing" by="">a
<ref href="#para_1">b</ref><a href="x">c</a><x:span eId="odd" x:refersTo="y">d</x:span></p></content></paragraph>
<paragraph><num>2.</num><list eId="para_2__list_1"><point eId="para_2__list_1__point_a"><num>(a)</num><content><p/></content></point>
<point><content><p>no num</p></content></point></list></paragraph>
<paragraph eId="para_3" wId="para_3"><content><num>3.</num><p>num not first</p></content></paragraph></mainBody>
<attachments><attachment><doc name="annex"><meta><identification source="#a"><FRBRWork><FRBRthis value="/akn/un/doc/2020/1/!annex_1/"/>
<FRBRuri value="/akn/un/doc/2020/1"/><FRBRuri value="second"/></FRBRWork></identification>
<references source="#a"><TLCOrganization eId="unga" href="#x" showAs="GA"/></references></meta>
<mainBody><paragraph eId="att_1__para_1"><num>1.</num><content><p>z</p></content></paragraph></mainBody></doc></attachment>
<attachment><doc name="annex"><meta/><mainBody><paragraph eId="para_1"><num>I</num></paragraph></mainBody></doc></attachment>
</attachments></statement></akomaNtoso>""",
    # Attachments side by side, their positions counted among comments, a PI and a foreign namesake.
    f"""<akomaNtoso xmlns="{NS}" xmlns:x="urn:x"><statement name="resolution"><meta/><mainBody><p>t</p></mainBody>
<attachments><attachment><doc name="annex"><mainBody><paragraph eId="att_1__para_1"/></mainBody></doc></attachment>
<!-- c --><x:attachment><doc name="annex"/></x:attachment><?pi x?><attachment eId="att_2"><doc name="annex">
<mainBody><paragraph eId="att_2__para_1"/></mainBody></doc></attachment><attachment><doc name="annex"><mainBody>
<paragraph eId="att_1__para_1"/></mainBody></doc></attachment><attachment/><attachment><doc name="annex"><mainBody>
<paragraph eId="att_5__para_1"/></mainBody></doc></attachment></attachments></statement></akomaNtoso>""",
    f"""<akomaNtoso xmlns="{NS}"><doc name="x"><mainBody><p>t</p></mainBody><meta><keyword eId="last" dictionary="#d"/></meta></doc></akomaNtoso>""",
    f"""<meta xmlns="{NS}" eId="root"><keyword eId="a/b" dictionary="x"/><meta><TLCRole eId="r"/></meta></meta>""",
    f"""<akn:akomaNtoso xmlns:akn="{NS}"><akn:statement><akn:meta/><akn:mainBody><akn:paragraph><akn:num>1</akn:num>
</akn:paragraph><akn:paragraph eId="para_1"/><akn:paragraph eId="para_1"/></akn:mainBody></akn:statement></akn:akomaNtoso>""",
]


def documents() -> list[tuple[str, etree._ElementTree]]:
    found = [(f"edge {i}", parse(xml.encode(), f"edge {i}")) for i, xml in enumerate(EDGES)]
    found.append(("conformant", parse(CONFORMANT.encode(), "conformant")))
    found += [(p.name, parse(p.read_bytes(), p.name)) for p in sorted(SAMPLES.glob("*.xml"))]
    unxml = CORPUS / "unxml"
    if unxml.is_dir():
        files = sorted(unxml.rglob("*.xml"))
        found += [(str(p), parse(p.read_bytes(), str(p))) for p in files[:: max(1, len(files) // 60)]]
    return found


DOCUMENTS = documents()
IDS = [name for name, _ in DOCUMENTS]


# -- the definitions the index stands for ---------------------------------------------------------------


def plain_in_meta(root: etree._Element) -> dict[etree._Element, etree._Element]:
    return {el: meta.getparent() for meta in root.iter(META) for el in meta.xpath(".//*[@eId]")}


def plain_attributes(root: etree._Element) -> tuple[list, list, list, set]:
    data = nc_data()
    names, lists = set(data["reference_attributes"]["attributes"]), set(data["reference_attributes"]["lists"])
    exempt = {AKN + name for name in data["href_exempt"]["elements"]}
    eid_elements, references, hrefs, wids = [], [], [], set()
    for element in root.iter():
        for attribute, value in element.items():
            if attribute == "eId":
                eid_elements.append((element, value))
            elif attribute == "href":
                if element.tag not in exempt:
                    hrefs.append((element, value))
            elif attribute == "wId":
                wids.add(value)
            elif attribute in lists:
                references.extend((element, attribute, part) for part in value.split() or [""])
            elif attribute in names:
                references.append((element, attribute, value))
    return eid_elements, references, hrefs, wids


def plain_sorted(root: etree._Element) -> tuple[list, list]:
    in_meta, labelled = plain_in_meta(root), set(nc_data()["labelled"]["elements"])
    identified, malformed = [], []
    for el in root.iter():
        eid = el.get("eId") if isinstance(el.tag, str) else None
        if eid is None or not el.tag.startswith(AKN):
            continue
        name = el.tag[len(AKN):]
        if name in labelled or el in in_meta:
            if not eids_label(eid):
                malformed.append((el, eid, True))
        elif eids.is_well_formed(eid):
            identified.append((el, name, eid, *eids.split(eid)))
        else:
            malformed.append((el, eid, False))
    return identified, malformed


def eids_label(eid: str) -> bool:
    return bool(re.match(r"^[^\s#/]+$", eid))


def plain_lacking(root: etree._Element) -> list[etree._Element]:
    tags = [AKN + name for name in nc_data()["eid_required"]["elements"]]
    return [el for el in root.iter(*tags) if el.get("eId") is None]


def plain_num_of(element: etree._Element) -> str | None:
    for child in element:
        if child.tag == NUM:
            return "".join(child.itertext())
        if isinstance(child.tag, str):
            return None
    return None


def plain_path(doc: AknDocument, element: etree._Element) -> str:
    root_name = doc.short(doc.root.tag)
    if element is doc.root:
        return "/" + root_name
    return f"/{root_name}/" + doc.short(doc.tree.getelementpath(element))


def plain_prefix(element: etree._Element) -> str:
    parent = element.getparent()
    return "" if parent is None else eids.context_prefix(AknDocument._ancestors(parent))


# -- the index ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name, tree", DOCUMENTS, ids=IDS)
def test_index_answers_as_the_tree_does(name: str, tree: etree._ElementTree) -> None:
    root = tree.getroot()
    doc = AknDocument(tree, name)
    eid_elements, references, hrefs, wids = plain_attributes(root)
    assert list(zip(doc.eid_elements, doc.eid_values)) == eid_elements
    assert doc.reference_values == references
    assert doc.hrefs == hrefs
    assert doc.wids == wids
    assert doc.eids == {value for _, value in eid_elements}
    assert doc.in_meta == plain_in_meta(root)
    assert [tuple(item) for item in doc.identified] == plain_sorted(root)[0]
    assert doc.malformed == plain_sorted(root)[1]
    assert doc.lacking_eid == plain_lacking(root)
    assert doc.documents == [m.getparent() for m in root.iter(META)
                             if m.getparent() is not None and etree.QName(m.getparent()).localname in
                             {"act", "amendment", "amendmentList", "bill", "debate", "debateReport", "doc",
                              "documentCollection", "judgment", "officialGazette", "portion", "statement"}]


@pytest.mark.parametrize("name, tree", DOCUMENTS, ids=IDS)
def test_nums_paths_and_contexts_as_the_tree_gives_them(name: str, tree: etree._ElementTree) -> None:
    doc = AknDocument(tree, name)
    assert doc.expected_prefixes() == [plain_prefix(item.element) for item in doc.identified]
    elements = [el for el in tree.getroot().iter() if isinstance(el.tag, str)]
    for el in elements:
        assert AknDocument.num_of(el) == plain_num_of(el), el
        assert doc.nums.get(el) == plain_num_of(el), el
    random.Random(name).shuffle(elements)  # the memo of paths and contexts must not depend on the order asked
    for el in elements:
        assert doc.path(el) == plain_path(doc, el)
        assert doc.expected_prefix(el) == plain_prefix(el)


@pytest.mark.parametrize("name, tree", DOCUMENTS, ids=IDS)
def test_elements_at_the_paths_of_schema_errors_are_those_xpath_finds(name: str, tree: etree._ElementTree) -> None:
    doc = AknDocument(tree, name)
    for el in tree.getroot().iter():
        path = tree.getpath(el)  # as libxml2 writes it in a schema error: /*/*[2]/... for Akoma Ntoso
        try:
            found = tree.xpath(path)
        except etree.XPathError:
            found = []
        assert doc.element_at(path) is (found[0] if found and isinstance(found[0], etree._Element) else None)
    for wrong in ("/*/*[999]", "/*/*[1]/*[1]/*[1]/*[1]/*[1]/*[1]/*[1]/*[1]", "/*[@x", "/nothing"):
        assert doc.element_at(wrong) is None


@pytest.mark.parametrize("name, tree", DOCUMENTS, ids=IDS)
def test_identification_values_as_the_children_give_them(name: str, tree: etree._ElementTree) -> None:
    doc = AknDocument(tree, name)
    for document in doc.documents:
        ident = document.find(f"{META}/{AKN}identification")
        found = [i for i in doc.identifications if i.document is document]
        if ident is None:
            assert found == []
            continue
        (ours,) = found
        assert ours.element is ident
        plain = Identification(document, ident, {lv: b for lv in ("FRBRWork", "FRBRExpression", "FRBRManifestation")
                                                 if (b := ident.find(AKN + lv)) is not None})
        assert ours.levels == plain.levels
        for level in ("FRBRWork", "FRBRExpression", "FRBRManifestation", "other"):
            for child in ("FRBRthis", "FRBRuri", "FRBRdate", "FRBRlanguage", "FRBRcountry", "none"):
                for attribute in ("value", "date", "language"):
                    assert ours.value(level, child, attribute) == plain.value(level, child, attribute)


@given(st.one_of(st.sampled_from(["/akn/un/statement/deliberation/unga/2023-12-07/78-104/eng@!main/",
                                  "/akn/un/doc/2020/1/!annex_1/", " /akn/un/act/2020/1 ", "/akn/", "", "x"]),
                 st.text(alphabet="/akn@!.-_ un2\n", max_size=40)))
def test_shared_iri_parses_are_those_of_frbr(value: str) -> None:
    try:
        expected: tuple[FrbrUri | None, str] = (FrbrUri.parse(value), "")
    except FrbrError as exc:
        expected = (None, str(exc))
    assert parse_iri(value) == expected
    assert meant(value) == frbr_meant(value)


_SEGMENTS = st.sampled_from(["un", "statement", "2020", "2020-12", "2020-12-10", "2020-1", "٢٠٢٠", "78-104", "a.b", "x@y",
                             "e!g", "!main", "", " ", "a\n"])
_ENDINGS = st.sampled_from(["", "/eng@", "/eng@!main", "/@", "/eng@2020-01-01", "/eng@v1.xml", "/eng@x@y", "/!main",
                            "/eng@/!main.xml", "/!annex_1/x.pdf", "/!", "/!.xml", "/!x//y", "/!a@b/!c", "/eng@!a/b"])


@given(st.lists(_SEGMENTS, min_size=1, max_size=7), _ENDINGS, st.sampled_from(["", "/", "//", "\n"]))
def test_iris_of_every_shape_parse_as_their_segments_read(segments: list[str], ending: str, trailing: str) -> None:
    value = "/akn/" + "/".join(segments) + ending + trailing
    try:
        expected: tuple[FrbrUri | None, str] = (FrbrUri._parse_segments(value), "")
    except FrbrError as exc:
        expected = (None, str(exc))
    assert parse_iri(value) == expected


# -- the report formats ---------------------------------------------------------------------------------

texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=30)
problems = st.builds(Problem, st.sampled_from(["schema", "ref-form", "x"]), st.sampled_from(["fatal", "error", "warning", "info"]),
                     texts, st.integers(0, 10**6), st.integers(0, 500), texts, texts)


@given(st.lists(problems, max_size=8), st.booleans())
def test_formats_write_what_the_per_problem_definitions_write(found: list[Problem], quiet: bool) -> None:
    report = Report("f.xml", found)
    out = io.StringIO()
    TextFormat(out, quiet=quiet).add(report)
    assert out.getvalue() == "".join(text_line(p) + "\n" for p in found if not quiet or p.severity in FAILING)
    for problem in found:
        assert json_object(problem) == json.dumps(problem.to_dict(), ensure_ascii=False)
    out = io.StringIO()
    writer = JsonFormat(out)
    writer.add(report)
    writer.add(Report("g.xml"))
    writer.add(report)
    summary = Summary()
    summary.add(report)
    writer.close(summary)
    assert json.loads(out.getvalue())["problems"] == [p.to_dict() for p in found] * 2
    assert summary.counts == {s: sum(p.severity == s for p in found) for s in ("fatal", "error", "warning", "info")}
    assert summary.rules == dict(Counter(p.rule_id for p in found))
    assert (summary.unreadable, summary.conformant, summary.failed) == (
        (1, 0, 0) if report.fatal else (0, 1, 0) if report.conformant else (0, 0, 1))


def test_json_falls_back_to_json_for_values_other_than_int_and_str() -> None:
    for odd in (Problem("a", "error", "m", True), Problem("a", "error", "m", None), Problem("a", "error", None, 1),  # type: ignore[arg-type]
                Problem("a", "error", "m", 1.5), Problem("a", "error", "m", 1, 0, "p", None)):  # type: ignore[arg-type]
        assert json_object(odd) == json.dumps(odd.to_dict(), ensure_ascii=False)


@given(st.lists(problems, max_size=8))
def test_the_verdict_from_counts_is_what_the_report_says(found: list[Problem]) -> None:
    report = Report("x", found)
    expected = "unreadable" if report.fatal else "conformant" if report.conformant else "problems"
    assert verdict(report.counts()) == verdict(Counter(p.severity for p in found)) == expected


@given(st.lists(problems, max_size=5))
def test_reports_cross_processes_whole(found: list[Problem]) -> None:
    report = Report("f.xml", found, level=1, schema="s.xsd", schema_sha256="ab", profile="akn4un")
    back = pickle.loads(pickle.dumps(report))
    assert back == report and all(type(p) is Problem for p in back.problems)


def test_paths_of_a_tree_built_deeper_than_the_recursion_limit() -> None:
    root = etree.Element(AKN + "akomaNtoso")
    node = root
    for _ in range(3000):
        node = etree.SubElement(node, AKN + "p")
    doc = AknDocument(root.getroottree())
    assert doc.path(node) == plain_path(doc, node)
    with pytest.raises(ValueError):
        doc.path(etree.Element("elsewhere"))


def test_corpus_sample_is_used_when_present() -> None:
    if not (CORPUS / "unxml").is_dir():
        pytest.skip("the shared corpus is absent")
    assert sum(1 for name in IDS if name.startswith(str(CORPUS))) >= 50
