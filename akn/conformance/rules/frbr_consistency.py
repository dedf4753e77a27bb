"""FRBR IRIs say what the rest of the identification says.

The work IRI's country is `FRBRcountry`, its document type the document's element (`statement`), its
date the work's `FRBRdate`, its number `FRBRnumber` and its subtype `FRBRsubtype` where those are given;
the expression IRI's language is `FRBRlanguage`. An attachment's IRIs are those of the document it is
attached to, so its type is that of the top document; a component of a collection ("resolution 77/128 A")
is a document of its own, of its own type. (Slips of writing such as trailing slashes are
`frbr-syntax`'s; this rule reads the IRIs as their authors meant them.)

`FRBRdate date="0001-01-01"` is the placeholder of an unknown date (the schema requires a date; the UN's
own files use the same): it says nothing the IRI could contradict, with a date or without (`frbr-undated`). A single segment
between the type and the number reads as the subtype when `FRBRsubtype` names it.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import AknDocument, local
from ..document import meant as parsed

ID = "frbr-consistency"
SEVERITY = "error"
FIXABLE = True

UNKNOWN_DATE = "0001-01-01"




def check(doc: AknDocument) -> Iterator[tuple[object, str]]:
    if not doc.identifications:
        return
    top_type = local(doc.identifications[0].document)
    for ident in doc.identifications:
        attached = any(local(a) == "attachment" for a in ident.document.iterancestors())
        own_type = top_type if attached else local(ident.document)
        element, value = ident.value("FRBRWork", "FRBRuri")
        work = parsed(value)
        if element is not None and work is not None:
            expected = {
                "FRBRcountry": (ident.value("FRBRWork", "FRBRcountry")[1], work.country, "country"),
                "document element": (own_type, work.doc_type, "document type"),
                "FRBRdate": (ident.value("FRBRWork", "FRBRdate", "date")[1], work.date, "date"),
                "FRBRnumber": (ident.value("FRBRWork", "FRBRnumber")[1], work.number, "number"),
                "FRBRsubtype": (ident.value("FRBRWork", "FRBRsubtype")[1], work.subtype, "subtype"),
            }
            if expected["FRBRdate"][0] == UNKNOWN_DATE:
                del expected["FRBRdate"]
            subtype = expected["FRBRsubtype"][0]
            if subtype is not None and work.subtype is None and work.actor == subtype:
                del expected["FRBRsubtype"]
            for source, (said, in_iri, part) in expected.items():
                if said is not None and said != in_iri:
                    yield element, f"work IRI {value!r} has {part} {in_iri!r} where {source} says {said!r}"
        element, value = ident.value("FRBRExpression", "FRBRuri")
        expression = parsed(value)
        _, language = ident.value("FRBRExpression", "FRBRlanguage", "language")
        if element is not None and expression is not None and language and expression.language != language:
            yield element, f"expression IRI {value!r} has language {expression.language!r} where FRBRlanguage says {language!r}"
