"""No two elements of a document share an eId, attachments and metadata included.

eIds are what references point at; a duplicate makes every `#eId` pointing at it ambiguous. The schema
checks this per document element; this rule checks the whole file, whatever schema is used, and names
the first holder.
"""

from __future__ import annotations

from typing import Iterator

from ..document import AknDocument

ID = "eid-unique"
SEVERITY = "error"
FIXABLE = True


def check(doc: AknDocument) -> Iterator[tuple[object, str]]:
    first: dict[str, object] = {}
    for el in doc.eid_elements:
        eid = el.get("eId")
        holder = first.setdefault(eid, el)
        if holder is not el:
            yield el, f"eId {eid!r} is used already, on line {holder.sourceline}"  # type: ignore[attr-defined]
