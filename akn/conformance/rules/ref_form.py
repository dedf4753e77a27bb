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


# The messages written so far, by attribute, tag and value: 230,000 findings of the UN corpus say 7,500 things.
_messages: dict[tuple[str, object, str], str] = {}


def check(doc: AknDocument) -> Iterator[tuple[object, str]]:
    messages = _messages
    for element, attribute, value in doc.reference_values:
        if value.startswith("#") and len(value) > 1:
            continue
        key = (attribute, element.tag, value)
        message = messages.get(key)
        if message is None:
            shown = f"{value!r}" if value else "an empty value"
            message = f"{attribute} of {local(element)} is {shown}, not a reference #eId"
            if len(messages) < 65536:
                messages[key] = message
        yield element, message
