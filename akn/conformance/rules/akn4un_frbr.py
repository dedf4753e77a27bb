"""AKN4UN profile: the FRBR dates are named, and the work IRI typed, as the UN's files have them.

Each level's `FRBRdate` says which date it is: the work's is the date of adoption (`name="adoption"`; for a
draft resolution or decision or an amendment, which nobody has adopted yet, and for a presidential statement,
which is made rather than adopted, the date of issuance, `name="publication"`), the expression's the date of issuance (`publication`), the manifestation's the date
of markup (`markup`). A resolution is a deliberation: its work IRI has the subtype `deliberation`
(`/akn/un/statement/deliberation/unga/...`). An annex has the dates and IRI of the resolution it belongs
to. The facts are in `schemas/akn4un-rules.json`.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from ...profile import load
from ..document import LEVELS, AknDocument, local, meant

ID = "akn4un-frbr"
SEVERITY = "error"
FIXABLE = False
PROFILE = "akn4un"

_LEVEL_NAMES = dict(zip(LEVELS, ("work", "expression", "manifestation")))


def check(doc: AknDocument) -> Iterator[tuple[object, str]]:
    data = load("akn4un-rules.json")
    names, issued, subtype = data["frbr_date_names"], frozenset(data["dated_by_issuance"]), data["work_subtype"]
    for ident in doc.identifications:
        kind = _governing_kind(ident.document)
        for level in LEVELS:
            element, name = ident.value(level, "FRBRdate", "name")
            if element is None:
                continue
            what = _LEVEL_NAMES[level]
            wanted = names["issued_work" if level == "FRBRWork" and kind in issued else what]
            if name != wanted:
                said = f"named {name!r}" if name else "not named"
                yield element, f"FRBRdate of the {what} is {said}; AKN4UN names the {what} date of a {kind} {wanted!r}"
        element, value = ident.value("FRBRWork", "FRBRuri")
        uri = meant(value)
        # one segment before the date reads as the actor: with no actor, it is the subtype (akn4un-actor says
        # that the body is missing)
        if element is not None and uri is not None and subtype not in (uri.subtype, uri.actor if not uri.subtype else None):
            shown = f"the subtype {uri.subtype!r}" if uri.subtype else "no subtype"
            yield element, f"work IRI {value!r} has {shown}; a UN {kind} is a {subtype!r}"


def _governing_kind(document: etree._Element) -> str:
    """The `name` of the statement a document is or belongs to (an annex: the resolution it is attached to)."""
    node: etree._Element | None = document
    while node is not None:
        if local(node) == "statement":
            return str(node.get("name", ""))
        node = node.getparent()
    return local(document)
