"""Each FRBR level extends the one above: the expression IRI is the work IRI and a language, the
manifestation IRI the expression IRI and a format, and every `FRBRthis` names a component of its level's
`FRBRuri`. An expression of another work, or a manifestation of another expression, breaks the chain
that lets a reader go from a file to the work it embodies.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import AknDocument
from ..document import meant as parsed

ID = "frbr-hierarchy"
SEVERITY = "error"
FIXABLE = True


def check(doc: AknDocument) -> Iterator[tuple[object, str]]:
    for ident in doc.identifications:
        uris = {}
        for level in ("FRBRWork", "FRBRExpression", "FRBRManifestation"):
            element, value = ident.value(level, "FRBRuri")
            uris[level] = (element, value, parsed(value))
            this_element, this_value = ident.value(level, "FRBRthis")
            this = parsed(this_value)
            own = uris[level][2]
            if this is not None and own is not None and _key(this, level) != _key(own, level):
                yield this_element, f"FRBRthis {this_value!r} is not a component of FRBRuri {value!r}"
        work, expression, manifestation = (uris[level] for level in ("FRBRWork", "FRBRExpression", "FRBRManifestation"))
        if work[2] is not None and expression[2] is not None and expression[2].work() != work[2].work():
            yield expression[0], f"expression IRI {expression[1]!r} does not extend the work IRI {work[1]!r}"
        if expression[2] is not None and manifestation[2] is not None and (
            manifestation[2].expression() != expression[2].expression()
        ):
            yield manifestation[0], (
                f"manifestation IRI {manifestation[1]!r} does not extend the expression IRI {expression[1]!r}"
            )


def _key(uri, level: str) -> str:  # type: ignore[no-untyped-def]
    if level == "FRBRWork":
        return uri.work()
    if level == "FRBRExpression":
        return uri.expression()
    return uri.manifestation()
