"""FRBR IRIs of the Akoma Ntoso naming convention, as one value object that parses and prints.

    >>> uri = FrbrUri.parse("/akn/un/statement/deliberation/unga/2023-12-07/78-117/eng@/!main.xml")
    >>> uri.work()
    '/akn/un/statement/deliberation/unga/2023-12-07/78-117'
    >>> uri.expression()
    '/akn/un/statement/deliberation/unga/2023-12-07/78-117/eng@'
    >>> uri.manifestation_this()
    '/akn/un/statement/deliberation/unga/2023-12-07/78-117/eng@/!main.xml'
    >>> FrbrUri.parse("/akn/un/statement/deliberation/unga/74-247").date is None
    True
    >>> FrbrUri.parse("/akn/un/statement/deliberation/unga/2020-12-14/75-129/eng@/!main/annex.xml").component
    'main/annex'
    >>> tidy("/akn/un/statement/deliberation/unga/2023-11-21/78-10/eng@!main/")
    '/akn/un/statement/deliberation/unga/2023-11-21/78-10/eng@/!main'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

DOCUMENT_TYPES = frozenset(
    {
        "act", "amendment", "amendmentList", "bill", "debate", "debateReport", "doc", "documentCollection",
        "judgment", "officialGazette", "portion", "statement",
    }
)
_IRI_DATE = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
_DATE = re.compile(rf"^{_IRI_DATE}$")
_LANGUAGE = re.compile(r"^[a-z]{3}$")
_COUNTRY = re.compile(r"^[a-z]{2}(-[a-z0-9]{1,3})?$")
_SEGMENT = re.compile(r"^[^\s/]+$")
# An actor: one word, which the work IRI carries as a segment and the TLCOrganization as its eId.
_ACTOR = re.compile(r"^(?!\.+$)[\w.\-]+$")
_VERSION = re.compile(r"^(\d{4}-\d{2}-\d{2}|[A-Za-z0-9][A-Za-z0-9_.\-]*)$")
_COMPONENT = re.compile(r"^[^\s!@]+$")
# A component written straight after the expression's `@` (`eng@!main`), which `tidy` mends.
_BANG_AFTER_AT = re.compile(r"(@[^/!]*)!")


class FrbrError(ValueError):
    """A string that is not an FRBR IRI of the naming convention."""


# The IRIs `FrbrUri.parse` reads without complaint, in one pattern that reads them at a third of the cost of
# the segment-by-segment reading: segments without blanks, `@` or `!` (country, type, up to two that are not
# dates, an optional date, the number), then an optional expression `language@version`, an optional
# `!component` and trailing slashes. Anything else is read segment by segment (`_parse_segments`).
_IRI_SEGMENT = r"[^\s/@!]+"
_IRI = re.compile(
    rf"/akn/({_IRI_SEGMENT})/({_IRI_SEGMENT})(?:/(?!{_IRI_DATE}/)({_IRI_SEGMENT}))?(?:/(?!{_IRI_DATE}/)({_IRI_SEGMENT}))?"
    rf"(?:/({_IRI_DATE}))?/({_IRI_SEGMENT})(?:/([^\s/@!]*)@([^\s/]*))?(?:/!([^\s/]*(?:/[^\s/]+)*))?/*\Z"
)


@dataclass(frozen=True, slots=True)
class FrbrUri:
    country: str
    doc_type: str
    number: str
    date: str | None = None
    actor: str | None = None
    subtype: str | None = None
    language: str | None = None
    version: str = ""
    component: str = "main"
    format: str | None = None

    def __init__(
        self,
        country: str,
        doc_type: str,
        number: str,
        date: str | None = None,
        actor: str | None = None,
        subtype: str | None = None,
        language: str | None = None,
        version: str = "",
        component: str = "main",
        format: str | None = None,
    ) -> None:
        """Spelled out as `akn.model`'s are: the compiled build runs a dataclass's generated one as Python."""
        object.__setattr__(self, "country", country)
        object.__setattr__(self, "doc_type", doc_type)
        object.__setattr__(self, "number", number)
        object.__setattr__(self, "date", date)
        object.__setattr__(self, "actor", actor)
        object.__setattr__(self, "subtype", subtype)
        object.__setattr__(self, "language", language)
        object.__setattr__(self, "version", version)
        object.__setattr__(self, "component", component)
        object.__setattr__(self, "format", format)

    # -- printing --------------------------------------------------------------------------------------

    def work(self) -> str:
        parts = ["", "akn", self.country, self.doc_type]
        parts += [p for p in (self.subtype, self.actor, self.date) if p]
        parts.append(self.number)
        return "/".join(parts)

    def work_this(self) -> str:
        return f"{self.work()}/!{self.component}"

    def expression(self) -> str:
        return f"{self.work()}/{self.language or 'eng'}@{self.version}"

    def expression_this(self) -> str:
        return f"{self.expression()}/!{self.component}"

    def manifestation(self) -> str:
        return f"{self.expression()}.{self.format or 'xml'}"

    def manifestation_this(self) -> str:
        return f"{self.expression_this()}.{self.format or 'xml'}"

    def with_component(self, component: str) -> FrbrUri:
        return self if component == self.component else replace(self, component=component)

    # -- parsing ---------------------------------------------------------------------------------------

    @classmethod
    def parse(cls, value: str) -> FrbrUri:
        """Parse a work, expression or manifestation IRI (with or without `!component` and `.format`)."""
        match = _IRI.match(value)
        if match is None:
            return cls._parse_segments(value)  # the other IRIs, and the reason why one is wrong
        country, doc_type, first, second, date, number, language, version, component = match.groups()
        fmt: str | None = None
        if component is None:
            component = "main"
        else:
            head, dot, ext = component.rpartition(".")
            if dot and "/" not in ext:
                component, fmt = head, ext
        if language is None:
            version = ""
        elif "." in version and component == "main" and fmt is None:
            version, fmt = version.split(".", 1)
        subtype: str | None = first
        actor: str | None = second
        if second is None:
            subtype, actor = None, first  # one segment before the date is the actor
        return cls(
            country=country, doc_type=doc_type, number=number, date=date, actor=actor, subtype=subtype,
            language=language, version=version, component=component, format=fmt,
        )

    @classmethod
    def _parse_segments(cls, value: str) -> FrbrUri:
        """`parse`, segment by segment: every IRI, with what is wrong in one that cannot be read."""
        if not value.startswith("/akn/"):
            raise FrbrError(f"{value!r} does not start with /akn/")
        body = value[len("/akn/"):].rstrip("/")
        segments = body.split("/")
        if any(not _SEGMENT.match(s) for s in segments):
            raise FrbrError(f"{value!r} has an empty or blank segment")
        component, fmt = "main", None
        bang = next((i for i, s in enumerate(segments) if s.startswith("!")), None)
        if bang is not None:
            component = "/".join(segments[bang:])[1:]
            segments = segments[:bang]
            head, dot, ext = component.rpartition(".")
            if dot and "/" not in ext:
                component, fmt = head, ext
        language, version = None, ""
        at = next((i for i, s in enumerate(segments) if "@" in s), None)
        if at is not None:
            expr = segments[at]
            rest = segments[at + 1:]
            segments = segments[:at]
            language, version = expr.split("@", 1)
            if "." in version and not rest and component == "main" and fmt is None:
                version, fmt = version.split(".", 1)
            if rest:
                raise FrbrError(f"{value!r} has segments after the expression that are not a component")
        if len(segments) < 3:
            raise FrbrError(f"{value!r} lacks country, document type or number")
        country, doc_type, *middle, number = segments
        date_index = next((i for i, s in enumerate(middle) if _DATE.match(s)), None)
        date = middle[date_index] if date_index is not None else None
        before = middle[:date_index] if date_index is not None else middle
        if date_index is not None and middle[date_index + 1:]:
            if at is None and _LANGUAGE.match(number) and len(middle[date_index + 1:]) == 1:
                raise FrbrError(f"{value!r} has no '@' after its language {number!r}: an expression is written "
                                f"'.../{number}@' or '.../{number}@DATE'")
            raise FrbrError(f"{value!r} has segments between its date and its number")
        subtype = before[0] if len(before) >= 2 else None
        actor = before[-1] if before else None
        if len(before) > 2:
            raise FrbrError(f"{value!r} has too many segments before its date")
        return cls(
            country=country, doc_type=doc_type, number=number, date=date, actor=actor, subtype=subtype,
            language=language, version=version, component=component, format=fmt,
        )

    def problems(self) -> list[str]:
        """What in this IRI breaks the naming convention (empty when it is well formed)."""
        found = []
        if not _COUNTRY.match(self.country):
            found.append(f"country {self.country!r} is not an ISO 3166 code")
        if self.doc_type not in DOCUMENT_TYPES:
            found.append(f"document type {self.doc_type!r} is not an Akoma Ntoso document type")
        if self.date is not None and not _DATE.match(self.date):
            found.append(f"date {self.date!r} is not YYYY-MM-DD")
        if self.language is not None and not _LANGUAGE.match(self.language):
            found.append(f"language {self.language!r} is not an ISO 639-2 code")
        if self.version and not _VERSION.match(self.version):
            found.append(f"version {self.version!r} is neither a date nor a label")
        if not _SEGMENT.match(self.number) or not _COMPONENT.match(self.component):
            found.append("number or component holds characters an IRI segment cannot")
        return found


def is_country(value: str) -> bool:
    """Whether `value` can be the country of an IRI: ISO 3166-1 alpha-2 in lower case (`un` for the United
    Nations), or a subdivision after a hyphen (`us-ca`), as `problems` requires."""
    return bool(_COUNTRY.match(value))


def is_actor(value: str) -> bool:
    """Whether `value` can be the actor of an IRI and the eId of its `TLCOrganization`: one word of letters,
    digits, `.`, `_` and `-` (no `/`, `@`, `!` or `#` that would split or end the IRI or the reference), and
    not a date, which the IRI would read as the work's date."""
    return bool(_ACTOR.match(value)) and not _DATE.match(value)


@lru_cache(maxsize=256)
def meant(value: str | None) -> FrbrUri | None:
    """The IRI its author meant (read after `tidy`), or None when even that is not an Akoma Ntoso IRI."""
    if not value:
        return None
    try:
        return FrbrUri.parse(tidy(value))
    except FrbrError:
        return None


def tidy(value: str) -> str:
    """An IRI with the usual slips mended: blanks around it, trailing slashes, `@!main` for `@/!main`.

    Parsing the result gives the parts the author meant; printing them gives the IRI the convention wants.
    """
    text = value.strip().rstrip("/")
    return _BANG_AFTER_AT.sub(r"\1/!", text) if "!" in text else text


_PLAIN_SYMBOL = re.compile(r"[\w.\-/]*\Z")
_BRACKETED = re.compile(r"\s*\((\w+)\)")
_ABBREVIATION = re.compile(r"\.\s+")
_BLANKS = re.compile(r"\s+")
_NOT_IN_NUMBER = re.compile(r"[^\w.\-/]")


_RESOLUTION_PREFIXES = ("A/RES/", "S/RES/", "E/RES/", "A/HRC/RES/", "ESCAP/RES/")


def number_from_symbol(symbol: str) -> str:
    """The FRBR number of a UN symbol: `/` becomes `-`, spaces `_`, brackets dropped, dots kept.

    >>> number_from_symbol("A/RES/78/117")
    '78-117'
    >>> number_from_symbol("S/RES/2722 (2024)")
    '2722-2024'
    >>> number_from_symbol("A/HRC/RES/54/1")
    '54-1'
    >>> number_from_symbol("A/C.3/80/L.9")
    'A-C.3-80-L.9'
    >>> number_from_symbol("E/CN.15/2019/L.4/Rev.1")
    'E-CN.15-2019-L.4-Rev.1'
    >>> number_from_symbol("S. Res. 99")
    'S-Res-99'
    """
    core = symbol.strip()
    for prefix in _RESOLUTION_PREFIXES:  # the actor says whose resolution it is
        if core.startswith(prefix) and len(core) > len(prefix) and "\n" not in core:
            core = core[len(prefix):]
            break
    if _PLAIN_SYMBOL.match(core):  # "65/230", "E/CN.15/2019/L.4": nothing to drop or join
        return core.replace("/", "-")
    core = _BRACKETED.sub(r"/\1", core)
    core = _ABBREVIATION.sub("-", core.strip())
    core = _BLANKS.sub("_", core)
    return _NOT_IN_NUMBER.sub("", core).replace("/", "-")


def slug(text: str, *, words: int = 6) -> str:
    """A short lower-case slug of a title, for documents without a symbol.

    >>> slug("Promoting technical assistance and capacity-building to strengthen national measures")
    'promoting-technical-assistance-capacity-building-strengthen'
    """
    stop = {"a", "an", "and", "the", "of", "to", "in", "on", "for", "with", "by", "at", "its", "their"}
    tokens = [t for t in re.findall(r"[a-z0-9]+", text.lower()) if t not in stop]
    return "-".join(tokens[:words]) or "document"
