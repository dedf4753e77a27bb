"""AKN4UN profile: the work IRI names a body the profile knows.

The actor segment of the work IRI (`/akn/un/statement/deliberation/unga/...`) is the issuing body:
`unga`, `unsc`, `ecosoc`, `unhrc`, the ECOSOC commissions (`ccpcj`, `cnd`, `csw`), `wha`, `unesco`. The
list is `actors` in `schemas/akn4un.json`; a warning, since a real body may be missing from it.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...profile import load
from ..document import AknDocument
from ..document import meant as parsed

ID = "akn4un-actor"
SEVERITY = "warning"
FIXABLE = False
PROFILE = "akn4un"


def check(doc: AknDocument) -> Iterator[tuple[object, str]]:
    if not doc.identifications:
        return
    actors = load("akn4un.json")["actors"]
    ident = doc.identifications[0]
    element, value = ident.value("FRBRWork", "FRBRuri")
    work = parsed(value)
    if element is None or work is None:
        return
    actor = work.actor
    if work.subtype is None and actor is not None and actor == ident.value("FRBRWork", "FRBRsubtype")[1]:
        actor = None
    if actor is None:
        yield element, f"work IRI {value!r} names no issuing body"
    elif actor not in actors:
        yield element, f"actor {actor!r} of {value!r} is none of the profile's bodies ({', '.join(actors)})"
