"""Links (`href`, on every element but `<a>`) are IRIs of the naming convention or absolute IRIs.

Accepted: `#eId` (see `ref-unresolved`); a document IRI `/akn/{country}/{type}/...` whose parts are well
formed (`frbr-syntax` says what that means), with an optional `#fragment` and an optional portion, the
eId of a part of that document after `~` (`/akn/za/act/2009/1/~sec_2`, `.../eng@/!main~part_1`); an ontology IRI
`/akn/ontology/{class}/...` for Top Level Classes (class one of person, organization, concept, object,
event, location, process, role, term, reference); an absolute IRI with a scheme (`https:`, `urn:`). A bare
name (`href="ga"`), a relative path, or an IRI with spaces is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ...eids import is_well_formed
from ...frbr import FrbrError, FrbrUri
from ..document import AknDocument, local

ID = "ref-iri"
SEVERITY = "error"
FIXABLE = False

ONTOLOGY_CLASSES = frozenset(
    {"person", "organization", "concept", "object", "event", "location", "process", "role", "term", "reference"}
)
_ABSOLUTE = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:\S+$")


@lru_cache(maxsize=4096)
def iri_problem(href: str) -> str | None:
    """Why `href` is not a link of the convention, or None when it is one."""
    if href.startswith("#"):
        return None if len(href) > 1 and not any(c.isspace() for c in href) else "an empty or blank fragment"
    if any(c.isspace() for c in href):
        return "it holds white space"
    if href.startswith("/akn/ontology/"):
        parts = href[len("/akn/ontology/"):].split("/")
        if parts[0] not in ONTOLOGY_CLASSES or len(parts) < 2 or not all(parts):
            return f"/akn/ontology/ is followed by one of {', '.join(sorted(ONTOLOGY_CLASSES))} and a name"
        return None
    if href.startswith("/akn/"):
        document, tilde, portion = href.partition("#")[0].partition("~")
        if tilde and not is_well_formed(portion):
            return f"the portion after '~' is not an eId: {portion!r}"
        try:
            found = FrbrUri.parse(document.rstrip("/") if tilde else document).problems()
        except FrbrError as exc:
            return str(exc)
        return "; ".join(found) or None
    if _ABSOLUTE.match(href):
        return None
    return "it is neither #eId, an /akn/ IRI nor an absolute IRI"


def check(doc: AknDocument) -> Iterator[tuple[object, str]]:
    for element, href in doc.hrefs:
        problem = iri_problem(href)
        if problem:
            yield element, f"href={href!r} of {local(element)}: {problem}"
