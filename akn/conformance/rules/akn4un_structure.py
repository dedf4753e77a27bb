"""AKN4UN profile: a resolution is a `statement` with the parts of one.

The document element is `statement` with `name` one of resolution, draftResolution, decision,
draftDecision, amendment, presidentialStatement; resolutions and draft resolutions have a `preamble` that
opens with the enacting formula (`formula name="enactingFormula"`, "The General Assembly,"); every
document has an operative part: a `mainBody` holding paragraphs (or sections, parts, ... of them). The
resolutions A, B, ... of one document are a `documentCollection` whose components (in `collectionBody` or
`components`) are such statements, each checked as one. The facts are in `schemas/akn4un-rules.json`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from lxml import etree

from ...profile import load
from ..document import AKN, DOCUMENT_TYPES, AknDocument, local

ID = "akn4un-structure"
SEVERITY = "error"
FIXABLE = False
PROFILE = "akn4un"


def check(doc: AknDocument) -> Iterator[tuple[object, str]]:
    data = load("akn4un-rules.json")
    if not doc.documents:
        return
    top = doc.documents[0]
    if local(top) != data["collection_element"]:
        yield from _statement_problems(top, data)
        return
    components = _components(top, doc.documents[1:])
    if not components:
        yield top, f"a {local(top)} of UN resolutions holds them as components; this one holds none"
    for component in components:
        yield from _statement_problems(component, data)


def _components(collection: etree._Element, documents: list[etree._Element]) -> list[etree._Element]:
    """The documents embedded as components of `collection` (in its `collectionBody` or in the `components`
    beside it), not those attached to one of them (an annex)."""
    return [
        document for document in documents
        if (parent := document.getparent()) is not None and local(parent) == "component"
        and _enclosing_document(parent) in (collection, None)
    ]


def _enclosing_document(element: etree._Element) -> etree._Element | None:
    """The nearest document element around `element`, or None when it is outside every document."""
    for ancestor in element.iterancestors():
        if local(ancestor) in DOCUMENT_TYPES:
            return ancestor
    return None


def _statement_problems(top: etree._Element, data: dict[str, Any]) -> Iterator[tuple[object, str]]:
    """What a resolution's document element lacks: its kind, its preamble and enacting formula, its
    operative part."""
    name = top.get("name", "")
    if local(top) != data["document_element"]:
        yield top, f"a UN resolution is a {data['document_element']}, not a {local(top)}"
    elif name not in data["document_names"]:
        yield top, f"statement name {name!r} is none of {', '.join(data['document_names'])}"
    if name in data["names_with_preamble"]:
        preamble = top.find(AKN + "preamble")
        if preamble is None:
            yield top, f"a {name} has a preamble (the enacting formula and the preambular paragraphs)"
        elif not any(f.get("name") == data["enacting_formula"] for f in preamble.iter(AKN + "formula")):
            yield preamble, f"the preamble has no formula name={data['enacting_formula']!r}"
    body = top.find(AKN + "mainBody")
    operative = set(data["operative_elements"])
    if body is None or not any(local(child) in operative for child in body):
        yield body if body is not None else top, "the operative part (mainBody) holds no paragraph"
