"""AKN4UN profile: a resolution is a `statement` with the parts of one.

The document element is `statement` with `name` one of resolution, draftResolution, decision,
draftDecision, amendment, presidentialStatement; resolutions and draft resolutions have a `preamble` that
opens with the enacting formula (`formula name="enactingFormula"`, "The General Assembly,"); every
document has an operative part: a `mainBody` holding paragraphs (or sections, parts, ... of them). The
facts are in `schemas/akn4un-rules.json`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...profile import load
from ..document import AKN, AknDocument, local

ID = "akn4un-structure"
SEVERITY = "error"
FIXABLE = False
PROFILE = "akn4un"


def check(doc: AknDocument) -> Iterator[tuple[object, str]]:
    data = load("akn4un-rules.json")
    if not doc.documents:
        return
    top = doc.documents[0]
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
