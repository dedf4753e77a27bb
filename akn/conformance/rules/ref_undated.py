"""Information: a reference to a document by a work IRI without its date (`/akn/un/statement/deliberation/
unga/74-247`).

The naming convention wants the date in a work IRI; a converter that reads "resolution 74/247" in a text
that gives no date cannot know it, and target-markup.md asks it to leave the segment out rather than
invent one. Such links resolve less precisely, so they are listed, as information only: they never make a
document fail (`akn validate` exits 0 on information alone).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ...frbr import FrbrError, FrbrUri
from ..document import AknDocument, local

ID = "ref-undated"
SEVERITY = "info"
FIXABLE = False


@lru_cache(maxsize=4096)
def undated(href: str) -> bool:
    """Whether `href` is a well-formed document IRI without a date."""
    try:
        uri = FrbrUri.parse(href.partition("#")[0])
    except FrbrError:
        return False
    return uri.date is None and not uri.problems()


def check(doc: AknDocument) -> Iterator[tuple[object, str]]:
    for element, href in doc.hrefs:
        if href.startswith("/akn/") and not href.startswith("/akn/ontology/") and undated(href):
            yield element, f"{local(element)} links to {href!r}, a work IRI without a date"
