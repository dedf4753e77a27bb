"""No two elements of a file share an eId, attachments included.

eIds are what references point at; a duplicate makes every `#eId` pointing at it ambiguous. The schema
checks this per document element; this rule checks the whole text of the file, whatever schema is used,
and names the first holder. The labels of a `meta` block (its Top Level Classes) are checked within the
document it describes: a collection and each of its component documents may each have a `#author`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import AknDocument

ID = "eid-unique"
SEVERITY = "error"
FIXABLE = True


def check(doc: AknDocument) -> Iterator[tuple[object, str]]:
    values = doc.eid_values
    if len(doc.eids) == len(values):
        return  # no two eIds of the file are alike, so no two are alike within a document either
    first: dict[object, object] = {}
    in_meta = doc.in_meta
    for el, eid in zip(doc.eid_elements, values):
        holder = first.setdefault((in_meta[el], eid) if el in in_meta else eid, el)
        if holder is not el:
            yield el, f"eId {eid!r} is used already, on line {holder.sourceline}"  # type: ignore[attr-defined]
