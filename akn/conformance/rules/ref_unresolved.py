"""Every reference into the document reaches an element of it.

`href="#x"` on any element but `<a>`, and every `#x` in the reference attributes (`refersTo`, `source`,
`by`, `as`, ... see `ref-form`) must name the eId of an element of the same file (`original`, a wId
reference, may name a wId): a Top Level Class of `references` for persons, organizations, roles and
concepts, or a part of the text. A reference to nothing is a broken link for every reader and tool.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import AknDocument, local

ID = "ref-unresolved"
SEVERITY = "error"
FIXABLE = False


def check(doc: AknDocument) -> Iterator[tuple[object, str]]:
    known = doc.eids
    for element, attribute, value in doc.reference_values:
        if value.startswith("#") and len(value) > 1 and value[1:] not in known:
            if attribute == "original" and value[1:] in doc.wids:
                continue
            yield element, f"{attribute}={value!r} of {local(element)} points at no eId of this document"
    for element, href in doc.hrefs:
        if href.startswith("#") and href[1:] not in known:
            yield element, f"href={href!r} of {local(element)} points at no eId of this document"
