"""AKN4UN profile: the document carries its UN symbol.

The symbol (`A/RES/78/117`, `S/RES/2722 (2024)`, `A/C.3/80/L.9`) is how the UN and every library cite
the document. It is marked as `docNumber refersTo="#symbol"` on the cover page (as the UN's own files
do), or given as `FRBRnumber showAs="..."`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...profile import load
from ..document import AKN, AknDocument

ID = "akn4un-symbol"
SEVERITY = "error"
FIXABLE = False
PROFILE = "akn4un"


def check(doc: AknDocument) -> Iterator[tuple[object, str]]:
    if not doc.documents:
        return
    top = doc.documents[0]
    wanted = load("akn4un-rules.json")["symbol_refers_to"]
    marked = any(wanted in (el.get("refersTo") or "").split() for el in top.iter(AKN + "docNumber"))
    number = top.find(f"{AKN}meta/{AKN}identification/{AKN}FRBRWork/{AKN}FRBRnumber")
    if not marked and (number is None or not number.get("showAs")):
        yield top, f"no symbol: neither a docNumber refersTo={wanted!r} nor FRBRnumber showAs"
