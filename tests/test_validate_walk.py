"""The compiled index pass (akn/conformance/_walk.pyx, built by the compiled build) gives exactly what the
Python pass gives: the same elements, values and order in every field, and the expected prefixes of the
identified elements as the Python pass works them out, on the edge cases, samples and corpus files of
test_validate_index, on generated trees, and on trees built through lxml's API."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from akn.conformance import document
from akn.conformance.document import AKN, AknDocument, _Index

from .test_validate_index import DOCUMENTS, IDS

pytestmark = pytest.mark.skipif(
    document._walk is None, reason="the compiled index pass is built by the compiled build only (AKN_MYPYC=1)"
)

NS = AKN[1:-1]


def assert_same_index(tree: etree._ElementTree) -> None:
    compiled = AknDocument(tree)._index
    by_python = AknDocument(tree)
    python = by_python.__dict__["_index"] = by_python._python_index()
    assert python.expected is None
    assert compiled.expected == by_python.expected_prefixes()
    for field, ours, theirs in zip(_Index._fields[:-1], compiled, python):
        assert ours == theirs, field
        if isinstance(ours, dict):
            assert list(ours.items()) == list(theirs.items()), field
        if isinstance(ours, list):
            assert all(a is b or a == b for a, b in zip(ours, theirs)), field
    assert [tuple(item) for item in compiled.identified] == [tuple(item) for item in python.identified]
    assert all(type(item) is type(other) for item, other in zip(compiled.identified, python.identified))


@pytest.mark.parametrize("name, tree", DOCUMENTS, ids=IDS)
def test_the_compiled_pass_indexes_as_the_python_pass(name: str, tree: etree._ElementTree) -> None:
    assert_same_index(tree)


TAGS = [AKN + name for name in ("meta", "num", "paragraph", "point", "list", "content", "p", "a", "ref",
                                "keyword", "TLCRole", "statement", "doc", "attachment", "intro", "preamble",
                                "component", "heading")]
TAGS += ["{urn:x}span", "{urn:x}meta", "{urn:x}attachment", "{urn:x}content", "plain", "attachment"]
ATTRIBUTES = ["eId", "wId", "href", "refersTo", "source", "by", "class", "{urn:x}eId", "{urn:x}refersTo"]
VALUES = st.sampled_from(["para_1", "para_1__list_1__point_a", "#para_1", "#x #y", "", "  ", "a b", "x/y",
                          "né_1", "para_1__point_é", "#", "container_7", "p_1__", "__x"])


@st.composite
def trees(draw: st.DrawFn) -> etree._ElementTree:
    """Trees of Akoma Ntoso, foreign and namespace-less elements, comments and processing instructions, with
    the attributes the index collects and others."""
    root = etree.Element(draw(st.sampled_from(TAGS)), nsmap={None: NS, "x": "urn:x"})
    nodes = [root]
    for _ in range(draw(st.integers(0, 40))):
        parent = draw(st.sampled_from(nodes))
        kind = draw(st.integers(0, 9))
        if kind == 0:
            parent.append(etree.Comment("c"))
            continue
        if kind == 1:
            parent.append(etree.ProcessingInstruction("pi", "x"))
            continue
        child = etree.SubElement(parent, draw(st.sampled_from(TAGS)))
        for attribute in draw(st.lists(st.sampled_from(ATTRIBUTES), max_size=3, unique=True)):
            child.set(attribute, draw(VALUES))
        if draw(st.booleans()):
            child.text = "1."
        nodes.append(child)
    return etree.ElementTree(root)


@given(trees(), st.booleans())
def test_generated_trees_index_alike(tree: etree._ElementTree, reparse: bool) -> None:
    # Built through the API (names not shared in a dictionary) and, reparsed, as the parser builds them.
    assert_same_index(etree.ElementTree(etree.fromstring(etree.tostring(tree))) if reparse else tree)


def test_a_tree_rooted_below_a_meta_sees_no_meta_above_its_root() -> None:
    outer = etree.fromstring(f'<meta xmlns="{NS}"><doc name="x"><p eId="p 1" refersTo="#a"/><meta>'
                             '<keyword eId="k"/></meta></doc></meta>')
    assert_same_index(etree.ElementTree(outer[0]))
    assert AknDocument(etree.ElementTree(outer[0])).in_meta == {outer[0][1][0]: outer[0]}


def test_a_tree_rooted_inside_a_context_starts_from_that_context() -> None:
    outer = etree.fromstring(f'<attachments xmlns="{NS}"><attachment/><attachment><doc name="annex"><mainBody>'
                             '<paragraph eId="para_1"><num>1.</num></paragraph></mainBody></doc></attachment>'
                             '</attachments>')
    for tree in (etree.ElementTree(outer[1][0]), etree.ElementTree(outer)):
        assert_same_index(tree)
        assert AknDocument(tree).expected_prefixes() == ["att_2"]


def test_a_tree_deeper_than_the_recursion_limit_indexes_alike() -> None:
    # Built through lxml's API, which sets no depth limit: metas and contexts open and close 5,000 deep.
    root = etree.Element(AKN + "akomaNtoso")
    node = etree.SubElement(root, AKN + "doc", name="x")
    for i in range(5_000):
        node = etree.SubElement(node, AKN + ("meta" if i % 7 == 0 else "paragraph"), eId=f"para_{i}")
        if i % 11 == 0:
            etree.SubElement(node, AKN + "attachment")
    assert_same_index(etree.ElementTree(root))


def test_more_names_than_the_compiled_pass_remembers_index_alike() -> None:
    # 1,500 element names and 1,500 attribute names, beyond what the pass keeps in its tables of names.
    root = etree.Element(AKN + "akomaNtoso")
    for i in range(1_500):
        child = etree.SubElement(root, AKN + f"tag{i}", {f"attr{i}": "x", "eId": f"tag{i}_1"})
        etree.SubElement(child, AKN + "paragraph", eId=f"tag{i}_1__para_1", refersTo=f"#r{i}")
    assert_same_index(etree.ElementTree(root))
    assert_same_index(etree.ElementTree(etree.fromstring(etree.tostring(root))))
