"""Any producer's Akoma Ntoso, however it is put together, is validated, fixed and written as text without
anything but the library's own errors: the samples edited at random while staying well-formed XML
(elements removed, duplicated, moved, renamed to other Akoma Ntoso elements; attributes and text replaced)."""

from __future__ import annotations

import copy

from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

import akn

from .conftest import SAMPLES

NS = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
SAMPLE_FILES = sorted(SAMPLES.glob("*.xml"))
TAGS = ["p", "num", "heading", "paragraph", "point", "list", "intro", "content", "authorialNote", "ref", "i", "b",
        "section", "container", "blockList", "item", "table", "tr", "td", "th", "attachment", "attachments", "doc",
        "meta", "preamble", "mainBody", "docNumber", "subparagraph", "wrapUp", "hcontainer", "conclusions", "formula",
        "date", "span", "sup", "br", "eol", "quotedStructure", "components", "component", "documentCollection"]
ATTRIBUTES = ["eId", "wId", "href", "refersTo", "name", "date", "value", "marker", "source", "by", "as", "showAs",
              "language", "class", "placement"]
VALUES = st.one_of(st.sampled_from(["", " ", "#", "#x", "x y", "/akn/", "para_1", "para_1__list_1", "1.", "(a)", "IV",
                                    "0000-00-00", "2020-02-30", "#att_1", "http://x", "eng", "\u202e"]),
                   st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                           max_size=20).filter(lambda t: all(c in "\t\n\r" or ord(c) >= 32 for c in t)))
EDIT = st.tuples(st.sampled_from(["remove", "retag", "attribute", "duplicate", "text", "move", "child", "tail"]),
                 st.integers(0, 10_000), st.integers(0, 10_000), st.sampled_from(TAGS), st.sampled_from(ATTRIBUTES),
                 VALUES)


def edited(sample: int, edits: list[tuple[str, int, int, str, str, str]]) -> bytes:
    tree = etree.parse(str(SAMPLE_FILES[sample % len(SAMPLE_FILES)]))
    for operation, at, other_at, tag, attribute, value in edits:
        elements = [e for e in tree.getroot().iter() if isinstance(e.tag, str)]
        element, other = elements[at % len(elements)], elements[other_at % len(elements)]
        parent = element.getparent()
        if operation == "remove" and parent is not None:
            parent.remove(element)
        elif operation == "retag":
            element.tag = NS + tag
        elif operation == "attribute":
            element.set(attribute, value)
        elif operation == "duplicate" and parent is not None:
            parent.insert(parent.index(element), copy.deepcopy(element))
        elif operation == "text":
            element.text = value
        elif operation == "move" and other is not element and other.getparent() is not None \
                and other not in element.iterancestors():
            element.append(other)
        elif operation == "child":
            etree.SubElement(element, NS + tag).text = value
        elif operation == "tail" and parent is not None:
            element.tail = value
    return bytes(etree.tostring(tree, xml_declaration=True, encoding="UTF-8"))


@given(st.integers(0, 100), st.lists(EDIT, min_size=1, max_size=8))
def test_edited_documents_are_validated_fixed_and_written_or_refused(
    sample: int, edits: list[tuple[str, int, int, str, str, str]]
) -> None:
    xml = edited(sample, edits)
    akn.validate(xml, profile="akn4un")
    fixed = akn.fix(xml, check=False)
    etree.fromstring(fixed.xml)  # still well-formed
    for text_format in ("plain", "markdown"):
        try:
            text = akn.to_text(xml, format=text_format)
        except akn.XmlInputError:
            continue  # not an Akoma Ntoso document any more (no document element)
        try:
            akn.convert(text, markup_date="2026-01-01").to_xml()
        except akn.AknError:
            pass
