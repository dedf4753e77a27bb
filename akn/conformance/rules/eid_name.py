"""The name part of an eId is the convention's name for the element.

The convention names most elements by themselves (`point`, `formula`, `container`) and abbreviates some:
`paragraph` is `para`, `subparagraph` `subpara`, `section` `sec`, `article` `art`, `chapter` `chp`,
`attachment` `att`, `blockList` and `list` are both `list`, `mainBody` and the other bodies `body`, and so on
(the table is `akn.eids.ABBREVIATIONS`). A component may also be named after the document it holds
(`annex_1`). `paragraph_1`, `p1` or a counter named after another element (`preamble_19` on a
crossHeading) break this rule.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...eids import ABBREVIATIONS
from ..document import AknDocument

ID = "eid-name"
SEVERITY = "error"
FIXABLE = True

_COMPONENT_NAMES = frozenset({"annex", "attachment", "schedule", "appendix"})


def check(doc: AknDocument) -> Iterator[tuple[object, str]]:
    abbreviated = ABBREVIATIONS.get
    for element, name, eid, _, ref, _ in doc.identified:
        expected = abbreviated(name, name)  # `eids.abbreviation`, looked up in place: one call per eId
        if ref == expected or (name == "component" and ref in _COMPONENT_NAMES):
            continue
        yield element, f"eId {eid!r}: a {name} is named {expected!r}, not {ref!r}"
