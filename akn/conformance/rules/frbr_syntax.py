"""FRBRthis and FRBRuri are IRIs of the naming convention, each of its own level, written one way.

Work: `/akn/{country}/{type}[/{subtype}][/{actor}]/{date}/{number}`; expression: the work IRI and
`/{language}@[{version}]`; manifestation: the expression IRI and `.{format}`. `FRBRuri` names the whole
work, expression or manifestation; `FRBRthis` adds the component (`/!main`, `/!annex_1`, before the
format in a manifestation: `eng@/!main.xml`). Each part must be well formed (an ISO 3166 country, an
Akoma Ntoso document type, an ISO 8601 date, a three-letter language), and the IRI must be written as the
convention prints it: no trailing slash, `eng@/!main` and not `eng@!main`, no language in a work IRI.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...frbr import FrbrUri
from ..document import AknDocument, parse_iri

ID = "frbr-syntax"
SEVERITY = "error"
FIXABLE = True

_PRINTERS = {
    ("FRBRWork", "FRBRthis"): FrbrUri.work_this,
    ("FRBRWork", "FRBRuri"): FrbrUri.work,
    ("FRBRExpression", "FRBRthis"): FrbrUri.expression_this,
    ("FRBRExpression", "FRBRuri"): FrbrUri.expression,
    ("FRBRManifestation", "FRBRthis"): FrbrUri.manifestation_this,
    ("FRBRManifestation", "FRBRuri"): FrbrUri.manifestation,
}
_LEVEL_NAMES = {"FRBRWork": "work", "FRBRExpression": "expression", "FRBRManifestation": "manifestation"}


def check(doc: AknDocument) -> Iterator[tuple[object, str]]:
    for ident in doc.identifications:
        for (level, child), printer in _PRINTERS.items():
            element, value = ident.value(level, child)
            if element is None or value is None:
                continue
            what = f"{child} of the {_LEVEL_NAMES[level]}"
            uri, error = parse_iri(value)
            if uri is None:
                yield element, f"{what} is not an Akoma Ntoso IRI: {error}"
                continue
            wrong = uri.problems()
            if wrong:
                yield element, f"{what} {value!r}: {'; '.join(wrong)}"
            elif (level != "FRBRWork" and uri.language is None) or (level == "FRBRManifestation" and uri.format is None):
                yield element, f"{what} {value!r} lacks the parts of its level"
            else:
                written = printer(uri)
                if written != value:
                    yield element, f"{what} {value!r} should be written {written!r}"
