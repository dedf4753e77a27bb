"""eIds and wIds have the naming convention's form: `[prefix__]name[_number]`.

The prefix is the eId of the element's context, the name is the element's name or its abbreviation and
the number its numbering: `para_2__list_1__point_a`. Names start with a letter and hold letters and digits;
numbers hold letters, digits, dots and hyphens; parts are joined by `__`, a name and its number by `_`.
Counters joined by single underscores (`para_8_list_point_a`) or with spaces are not of this form.

The eIds of the metadata's Top Level Classes (`TLCOrganization`, ...), keywords and component data are
labels (`generalAssembly`): one token without spaces, `#` or `/`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...eids import is_well_formed
from ..document import AKN, AknDocument, local

ID = "eid-syntax"
SEVERITY = "error"
FIXABLE = True


def check(doc: AknDocument) -> Iterator[tuple[object, str]]:
    labelled = doc.labelled
    for el, eid, label in doc.malformed:
        if label:
            yield el, f"eId {eid!r} of {local(el)} is not a label (one token without spaces, '#' or '/')"
        else:
            yield el, f"eId {eid!r} of {local(el)} is not of the form prefix__name_number"
    if not doc.wids:
        return
    for value in doc.root.xpath("//@wId"):
        el = value.getparent()
        if el.tag.startswith(AKN) and local(el) not in labelled and not is_well_formed(value):
            yield el, f"wId {str(value)!r} of {local(el)} is not of the form prefix__name_number"
