"""The round trip, proved with generated resolutions: text -> AKN -> text and AKN -> text -> AKN lose nothing.

For a generated resolution model `m`, `t = to_text(m)` is a text that `akn text` produces and
`x = convert(t)` a document that `akn convert` produces. The properties:

- the text reader reads the writer's layout back to the same model: `convert(t).document == m` (metadata
  aside, which the reader makes from the text's own words), also for the formula, recitals, operative
  paragraphs, sections and annexes of a resolution in French, Spanish, Russian, Chinese or Arabic;
- `text(convert(t)) == t`, byte for byte, in plain text and in Markdown;
- `convert(text(x)) == x` as canonical XML with the markup date fixed, the input's sha256 in the provenance
  record left out (by definition it is the hash of a different input: the XML came from text, the second
  conversion from the text `akn text` wrote); a document made with metadata options is compared with the
  same options given again;
- the XML reader reads the writer's XML back to the same model: `read_akn(to_xml(m)) == m`;
- every generated document is valid against the OASIS schema and passes level 2 of `akn validate`.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

import akn
from akn import schema
from akn.aknxml.reader import read_xml
from akn.aknxml.writer import to_xml
from akn.plaintext.writer import to_text

from .strategies import LANGUAGES, resolutions, resolutions_in

MARKUP_DATE = "2026-01-01"
_SHA = re.compile(rb'\s*inputSha256="[0-9a-f]*"')


def canonical(xml: bytes) -> bytes:
    """The XML in canonical form, without the input's sha256 (which differs by definition)."""
    root = etree.fromstring(_SHA.sub(b"", xml))
    return etree.tostring(root, method="c14n2")


def body_only(doc: akn.Document) -> akn.Document:
    return replace(doc, meta=None)


@given(resolutions(), st.sampled_from(["plain", "markdown"]))
def test_text_reads_back_to_the_same_model_and_text(doc: akn.Document, fmt: str) -> None:
    text = to_text(doc, fmt)
    converted = akn.convert(text, markup_date=MARKUP_DATE)
    assert body_only(converted.document) == doc
    # text(convert(t)) == t, through the XML as a user would go
    assert akn.to_text(converted.to_xml(), fmt) == text


@given(st.sampled_from(LANGUAGES).flatmap(resolutions_in), st.sampled_from(["plain", "markdown"]))
def test_a_resolution_in_another_official_language_reads_back_the_same(doc: akn.Document, fmt: str) -> None:
    text = to_text(doc, fmt)
    converted = akn.convert(text, markup_date=MARKUP_DATE)
    assert body_only(converted.document) == doc
    assert akn.to_text(converted.to_xml(), fmt) == text
    again = akn.convert(akn.to_text(converted.to_xml(), fmt), markup_date=MARKUP_DATE).to_xml()
    assert canonical(again) == canonical(converted.to_xml())


@given(resolutions(), st.sampled_from(["plain", "markdown"]))
def test_convert_of_text_gives_the_same_xml(doc: akn.Document, fmt: str) -> None:
    x = akn.convert(to_text(doc, fmt), markup_date=MARKUP_DATE).to_xml()
    again = akn.convert(akn.to_text(x, fmt), markup_date=MARKUP_DATE).to_xml()
    assert canonical(again) == canonical(x)


@given(
    resolutions(),
    st.fixed_dictionaries(
        {
            "symbol": st.sampled_from(["A/RES/80/1", "A/C.3/80/L.9", "E/CN.15/2019/L.4"]),
            "date": st.sampled_from(["2025-12-17", "2019-05-20"]),
            "actor": st.sampled_from(["unga", "ccpcj"]),
            "language": st.just("eng"),
        }
    ),
)
def test_options_given_again_give_the_same_xml(doc: akn.Document, options: dict[str, str]) -> None:
    x = akn.convert(to_text(doc), markup_date=MARKUP_DATE, **options).to_xml()
    again = akn.convert(akn.to_text(x), markup_date=MARKUP_DATE, **options).to_xml()
    assert canonical(again) == canonical(x)


_MARKUP_CHARACTERS = st.text(st.sampled_from('a &<>"\'\r\n\t]]>é\u00a0'), min_size=1, max_size=12)


@given(resolutions(), _MARKUP_CHARACTERS, _MARKUP_CHARACTERS)
def test_the_xml_is_written_as_lxml_writes_the_same_tree(doc: akn.Document, title: str, sponsor: str) -> None:
    """Escaping, empty elements and indentation: the writer's bytes are lxml's serialisation of their own
    tree and the line break that ends the file, and text and attributes with markup characters read back as
    they were."""
    converted = akn.convert(to_text(doc), markup_date=MARKUP_DATE, title=title, sponsors=[sponsor]).document
    xml = to_xml(converted)
    tree = etree.fromstring(xml)
    assert etree.tostring(tree, xml_declaration=True, encoding="UTF-8") + b"\n" == xml
    back = read_xml(xml)
    assert back.meta is not None and (back.meta.title, back.meta.sponsors) == (title, (sponsor,))
    assert body_only(back) == body_only(converted)


@given(resolutions())
def test_xml_reads_back_to_the_same_model(doc: akn.Document) -> None:
    converted = akn.convert(to_text(doc), markup_date=MARKUP_DATE).document
    back = read_xml(to_xml(converted))
    assert body_only(back) == body_only(converted)
    assert back.meta is not None and converted.meta is not None
    for name in (
        "country",
        "actor",
        "symbol",
        "number",
        "date",
        "date_name",
        "language",
        "subtype",
        "session",
        "agenda_items",
        "distribution",
        "sponsors",
        "title",
        "markup_date",
        "provenance",
    ):
        assert getattr(back.meta, name) == getattr(converted.meta, name), name


@given(resolutions())
def test_generated_documents_are_schema_valid(doc: akn.Document) -> None:
    xml = akn.convert(to_text(doc), markup_date=MARKUP_DATE).to_xml()
    xsd = schema.load()
    tree = etree.fromstring(xml)
    assert xsd.validate(tree), xsd.error_log.last_error


def _validate():  # type: ignore[no-untyped-def]
    validate = getattr(akn, "validate", None)
    if validate is None:
        pytest.skip("akn.validate does not exist yet on this branch (level 2 checks come with akn validate)")
    return validate


@given(resolutions())
def test_generated_documents_pass_level_2(doc: akn.Document) -> None:
    validate = _validate()
    xml = akn.convert(to_text(doc), markup_date=MARKUP_DATE).to_xml()
    report = validate(xml)
    errors = [p for p in report.problems if p.severity == "error"]
    assert not errors, [f"{p.code}: {getattr(p, 'message', '')}" for p in errors]
