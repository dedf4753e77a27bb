"""The units of the text carry an eId.

The schema says (attribute group `idreq`) that these elements need an eId whenever the naming convention
is used: the hierarchy (`paragraph`, `point`, `list`, `section`, `article`, ...), `hcontainer`,
preambular `container`s and `formula`s, tables, lists of blocks, footnotes (`authorialNote`), attachments,
components, the sections of a debate and the Top Level Classes of `references`. Inline elements, the
metadata's analysis and workflow, and the parts that exist once in their parent (`content`, `heading`,
`intro`, `wrapUp`) may go without. The list is `eid_required` in `schemas/akn-nc.json`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import AKN, AknDocument

ID = "eid-missing"
SEVERITY = "error"
FIXABLE = True


def check(doc: AknDocument) -> Iterator[tuple[object, str]]:
    return iter([(el, f"{el.tag[len(AKN):]} has no eId") for el in doc.lacking_eid])
