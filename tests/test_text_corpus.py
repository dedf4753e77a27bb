"""`akn text` on the UN's own AKN (`../shared/corpus/unxml`): it reads every file and keeps every word.

For each file: `akn text` succeeds; every word of the body, notes, annexes, cover page and preface is in the
text as often as in the XML (words are counted per block, so a word the XML splits across inline elements,
`<span class="italic">C</span>alling`, is one word, and two blocks are never one word); `akn convert` reads
the text back into a schema-valid document. CI runs a deterministic sample of the 2,544 files (every 20th,
about 130 files, some seconds); `AKN_FULL_CORPUS=1` runs them all (a few minutes).
`benchmarks/roundtrip_unxml.py` measures the agreement with the original under `akn_structure.py compare`.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

import akn
from akn import schema

from .conftest import CORPUS, unxml_sample

WORD = re.compile(r"[^\W\d_]+|\d+")
# Elements whose text stands apart from its neighbours: blocks, numbers, headings, cells, notes.
_APART = frozenset(
    {
        "p",
        "num",
        "heading",
        "subheading",
        "crossHeading",
        "td",
        "th",
        "tr",
        "li",
        "item",
        "listIntroduction",
        "listWrapUp",
        "authorialNote",
        "content",
        "intro",
        "wrapUp",
        "from",
        "longTitle",
        "block",
        "eol",
        "br",
    }
)


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def xml_words(data: bytes) -> Counter[str]:
    """The words of everything but `meta`, as a reader of the printed document counts them: a number that
    the heading beside it repeats (`<num>I.</num><subheading>I. Organization of work</subheading>`, as
    the UN marks some parts) is printed once."""
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
    parts: list[str] = []

    def walk(el: etree._Element) -> None:
        name = etree.QName(el).localname if isinstance(el.tag, str) else ""
        if name == "meta":
            return
        apart = name in _APART
        if apart:
            parts.append(" ")
        if el.text and isinstance(el.tag, str):
            parts.append(el.text)
        repeated = _num_repeated_by_heading(el)
        for child in el:
            if isinstance(child.tag, str) and child is not repeated:
                walk(child)
            if child.tail:
                parts.append(child.tail)
        if apart:
            parts.append(" ")

    walk(root)
    return Counter(words("".join(parts)))


def _num_repeated_by_heading(el: etree._Element) -> etree._Element | None:
    """The `num` child of `el` whose text its first heading or subheading opens with, then a blank."""
    num = heading = None
    for child in el:
        if not isinstance(child.tag, str):
            continue
        name = etree.QName(child).localname
        if name == "num" and num is None:
            num = child
        elif name in ("heading", "subheading") and heading is None:
            heading = child
    if num is None or heading is None:
        return None
    label, text = "".join(num.itertext()).strip(), "".join(heading.itertext()).lstrip()
    return num if label and text.startswith(label) and text[len(label):][:1].isspace() else None


def missing_words(data: bytes, text: str) -> Counter[str]:
    """Words of the XML that the text lacks. A number the text prints with a note marker glued to it
    ("20301": 2030 and note 1, as on paper) counts as kept."""
    missing = xml_words(data) - Counter(words(text))
    if not any(w.isdigit() for w in missing):
        return missing
    markers = {m for m in re.findall(rb'marker="([^"]*)"', data)}
    glued: Counter[str] = Counter()
    for token in words(text):
        for marker in markers:
            mark = marker.decode()
            if token.isdigit() and token.endswith(mark) and len(token) > len(mark):
                glued[token[: -len(mark)]] += 1
    for word in list(missing):
        if word.isdigit():
            missing[word] -= min(missing[word], glued[word])
    return +missing


FILES = unxml_sample(every=20)


@pytest.mark.skipif(
    not FILES, reason=f"the shared corpus is not beside this checkout ({CORPUS / 'unxml'} is absent)"
)
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_text_keeps_every_word_and_converts_back(path: Path) -> None:
    data = path.read_bytes()
    text = akn.to_text(data, name=str(path))
    missing = missing_words(data, text)
    assert not missing, f"words of the XML missing from the text: {dict(missing.most_common(10))}"
    xml = akn.convert(text, markup_date="2026-01-01", name=str(path)).to_xml()
    xsd = schema.load()
    assert xsd.validate(etree.fromstring(xml)), xsd.error_log.last_error


def test_markdown_keeps_every_word_too() -> None:
    if not FILES:
        pytest.skip(f"the shared corpus is not beside this checkout ({CORPUS / 'unxml'} is absent)")
    for path in FILES[:: max(1, len(FILES) // 10)]:
        data = path.read_bytes()
        missing = missing_words(data, akn.to_text(data, "markdown"))
        assert not missing, (path.name, dict(missing.most_common(10)))


def test_a_number_its_heading_repeats_is_one_word_and_any_other_word_is_counted() -> None:
    ns = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    data = (f'<akomaNtoso xmlns="{ns}"><statement><mainBody><paragraph><num>I.</num><subheading>I.\tOrganization'
            '</subheading></paragraph><paragraph><num>II.</num><subheading>Credentials</subheading></paragraph>'
            '</mainBody></statement></akomaNtoso>').encode()
    assert xml_words(data) == Counter({"i": 1, "organization": 1, "ii": 1, "credentials": 1})
    assert missing_words(data, "I.\n\nOrganization\n\nII.\n\nCredentials\n") == Counter()
    assert missing_words(data, "Organization\n\nCredentials\n") == Counter({"i": 1, "ii": 1})
