"""Languages are ISO 639-2 alpha-3 codes: `FRBRlanguage` and the language of expression IRIs.

`eng`, `fra`, `spa`, `ara`, `zho`, `rus`, `deu`, ...; both the bibliographic and the terminologic forms
(`fre` and `fra`), the special codes `mul`, `und`, `mis`, `zxx`, and the local range `qaa`-`qtz` are
accepted. Two-letter codes (`en`) and made-up ones are not. The list is `schemas/iso639-2.json`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...profile import is_language
from ..document import AknDocument
from ..document import meant as parsed

ID = "frbr-language"
SEVERITY = "error"
FIXABLE = False


def check(doc: AknDocument) -> Iterator[tuple[object, str]]:
    for ident in doc.identifications:
        element, language = ident.value("FRBRExpression", "FRBRlanguage", "language")
        if element is not None and language is not None and not is_language(language):
            yield element, f"FRBRlanguage {language!r} is not an ISO 639-2 language code"
        for level in ("FRBRExpression", "FRBRManifestation"):
            element, value = ident.value(level, "FRBRuri")
            if element is None or value is None:
                continue
            uri = parsed(value)
            if uri is not None and uri.language is not None and not is_language(uri.language):
                yield element, f"language {uri.language!r} of {value!r} is not an ISO 639-2 language code"
