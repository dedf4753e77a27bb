"""References to the document's own identifiers are written `#eId`.

The schema types these attributes as references to an eId of the same document: `refersTo` (a list),
`source`, `by`, `as`, `to`, `for`, `from`, `upTo`, `outcome`, `dictionary`, `includedIn`, `start`, `end`,
`period`, `empoweredBy`, `alternativeTo`, `current`, `placementBase`, `choice`, `original`. A bare name
(`refersTo="memberState"`), an empty value or a web address in one of them is not such a reference. (The
list is `reference_attributes` in `schemas/akn-nc.json`.)
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import AknDocument, local

ID = "ref-form"
SEVERITY = "error"
FIXABLE = False


def check(doc: AknDocument) -> Iterator[tuple[object, str]]:
    for element, attribute, value in doc.reference_values:
        if not value.startswith("#") or len(value) == 1:
            shown = f"{value!r}" if value else "an empty value"
            yield element, f"{attribute} of {local(element)} is {shown}, not a reference #eId"
