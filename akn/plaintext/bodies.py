"""Issuing bodies outside the UN system: the FRBR country and actor a careful reader would give them.

Recognisers are small functions over the document's front text and metadata, tried in order; each returns
(country, actor) or None. The country codes come from the profile data (`schemas/akn4un.json`).

    >>> local_body("BE IT RESOLVED by the City Council of Des Moines, Iowa the City Manager is directed", {})
    ('us-ia', 'des-moines-city-council')
    >>> local_body("Republic of the Philippines Bangsamoro Autonomous Region BANGSAMORO TRANSITION AUTHORITY", {})
    ('ph', 'bangsamoro-transition-authority')
    >>> local_body("BE IT RESOLVED BY THE CITY COUNCIL OF THE CITY OF AUSTIN:", {"place": "austin-tx"})
    ('us-tx', 'austin-city-council')
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..frbr import slug
from ..profile import load

_CITY_COUNCIL = re.compile(
    r"\b(?i:City Council of (?:the City of )?)(?P<city>[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*)"
    r"(?:,\s+(?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?))?"
)
_BODY_LINE = re.compile(
    r"\b(?P<body>[A-Z][A-Z]+(?: [A-Z][A-Z]+)* (?:TRANSITION AUTHORITY|AUTHORITY|PARLIAMENT|LEGISLATIVE ASSEMBLY|ASSEMBLY|SENATE|COUNCIL))\b"
)


def _state_code(name: str | None) -> str | None:
    if not name:
        return None
    return load().get("us_states", {}).get(name.strip().title())


def _country_in(text: str) -> str | None:
    countries: dict[str, str] = load().get("countries", {})
    for name in sorted(countries, key=len, reverse=True):
        if re.search(rf"\b(?:Republic of (?:the )?)?{re.escape(name)}\b", text):
            return countries[name]
    return None


def _city_council(text: str, front: dict[str, str]) -> tuple[str, str] | None:
    match = _CITY_COUNCIL.search(text)
    if not match:
        return None
    city = match.group("city").title()
    state = _state_code(match.group("state"))
    place = re.match(r"^[a-z\-]+-(?P<st>[a-z]{2})$", front.get("place", ""))
    if not state and place and place.group("st") in load().get("us_states", {}).values():
        state = place.group("st")
    country = f"us-{state}" if state else (_country_in(text) or "us")
    return country, f"{slug(city, words=4)}-city-council"


def _named_body(text: str, front: dict[str, str]) -> tuple[str, str] | None:
    country = _country_in(text)
    match = _BODY_LINE.search(text)
    if not match or not country:
        return None
    return country, slug(match.group("body"), words=5)


RECOGNISERS: tuple[Callable[[str, dict[str, str]], tuple[str, str] | None], ...] = (_city_council, _named_body)


def local_body(text: str, front: dict[str, str]) -> tuple[str, str] | None:
    for recognise in RECOGNISERS:
        found = recognise(text, front)
        if found:
            return found
    return None
