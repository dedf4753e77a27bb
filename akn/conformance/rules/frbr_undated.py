"""Information: the document's work IRI leaves out the date, because it is not known.

The naming convention wants the work's date in its IRI (the adoption date of a resolution, the date of
issuance of a draft). When the source gives none, the IRI without the date segment and `FRBRdate
date="0001-01-01"` (the schema requires some date) are the honest record; this rule lists such documents
so that the date can be supplied (`akn convert --date`). Information only: it never makes a run fail.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import AknDocument
from ..document import meant as parsed

ID = "frbr-undated"
SEVERITY = "info"
FIXABLE = False


def check(doc: AknDocument) -> Iterator[tuple[object, str]]:
    if not doc.identifications:
        return
    element, value = doc.identifications[0].value("FRBRWork", "FRBRuri")
    work = parsed(value)
    if element is not None and work is not None and work.date is None:
        yield element, f"work IRI {value!r} has no date"
