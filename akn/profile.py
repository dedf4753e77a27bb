"""The AKN4UN profile data (`schemas/akn4un.json`): known bodies and the TLC entries of known concepts."""

from __future__ import annotations

import importlib.resources
import json
import re
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any


def schemas_dir() -> Traversable:
    """The project's `schemas/` folder: installed as `akn.schemas`, or beside the package in a checkout."""
    try:
        return importlib.resources.files("akn.schemas")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "schemas"


@cache
def load(name: str = "akn4un.json") -> dict[str, Any]:
    data: dict[str, Any] = json.loads(schemas_dir().joinpath(name).read_text("utf-8"))
    return data


def is_language(code: str) -> bool:
    """Whether `code` is an ISO 639-2 language code (`schemas/iso639-2.json`, or the local range `qaa`-`qtz`)."""
    return code in _language_codes() or (len(code) == 3 and "qaa" <= code <= "qtz")


@cache
def _language_codes() -> frozenset[str]:
    return frozenset(load("iso639-2.json")["codes"])


def actor_info(actor: str) -> dict[str, Any]:
    info: dict[str, Any] = load()["actors"].get(actor, {})
    return info


def actor_for_symbol(symbol: str) -> str | None:
    for pattern, actor in _symbol_patterns():
        if pattern.search(symbol):
            return actor
    return None


@cache
def _symbol_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    # Longer prefixes first, so that E/CN.15/ wins over E/.
    pairs = sorted(load()["symbol_actors"], key=lambda p: -len(p[0]))
    return tuple((re.compile(p), a) for p, a in pairs)


def actor_for_name(name: str) -> str | None:
    """The actor whose body is called `name` ("General Assembly" -> "unga")."""
    folded = name.casefold().strip()
    for actor, info in load()["actors"].items():
        if info["name"].casefold() == folded:
            return str(actor)
    return None


def actor_for_formula(text: str) -> str | None:
    """The actor whose enacting formula `text` is ("The General Assembly," -> "unga"), also after a
    connecting word ("Therefore the Security Council,")."""
    folded = _CONNECTIVE.sub("", _folded(text))
    if not folded.startswith(_formula_starts()):  # one call in C rules out most texts
        return None
    for formula, actor in _formulas():
        if folded.startswith(formula):
            return actor
    return None


_CONNECTIVE = re.compile(r"^(?:therefore|accordingly|hence),?\s+")


def _folded(text: str) -> str:
    """`text` case-folded, a typographic apostrophe as a straight one ("L’Assemblée générale")."""
    folded = text.casefold().strip()
    return folded.replace("\u2019", "'") if "\u2019" in folded else folded


@cache
def _formula_starts() -> tuple[str, ...]:
    return tuple(formula for formula, _ in _formulas())


@cache
def _formula_set() -> frozenset[str]:
    return frozenset(formula for formula, _ in _formulas())


@cache
def _formulas() -> tuple[tuple[str, str], ...]:
    """(casefolded enacting formula, actor), in the profile's order."""
    return tuple(
        (formula.casefold(), str(actor)) for actor, info in load()["actors"].items() for formula in info.get("formula", ())
    )


def reference_entry(key: str, default_tlc: str, shown: str) -> tuple[str, str, str]:
    """(TLC element, href, showAs) for a referenced id, from the profile or made from the id."""
    known = load()["references"].get(key)
    if known:
        return known[0], known[1], known[2]
    for actor, info in load()["actors"].items():
        if actor == key:
            return "TLCOrganization", info["href"], info["name"]
    kind = {"TLCOrganization": "organization", "TLCEvent": "event", "TLCLocation": "location",
            "TLCRole": "role", "TLCPerson": "person"}.get(default_tlc, "concept")
    return default_tlc, f"/akn/ontology/{kind}/{key}", shown or key


def is_known_formula(text: str) -> bool:
    """Whether `text` is exactly the enacting formula of a known body ("The General Assembly")."""
    return _folded(text) in _formula_set()


@cache
def names_with_and() -> tuple[str, ...]:
    """Member State names that contain a conjunction ("Bosnia and Herzegovina"), longest first."""
    return tuple(sorted(load().get("names_with_and", ()), key=len, reverse=True))


@cache
def formula_texts() -> tuple[str, ...]:
    """Every known enacting formula ("The General Assembly", "Le Conseil de sécurité", ...)."""
    return tuple(sorted({f for info in load()["actors"].values() for f in info.get("formula", ())}, key=len, reverse=True))


@cache
def embedded_formula() -> re.Pattern[str]:
    """A known enacting formula standing inside a line after other text ("... COUNCIL The General Assembly,")."""
    formulas = sorted({f for info in load()["actors"].values() for f in info.get("formula", ())}, key=len, reverse=True)
    return re.compile(r"(?<=\S)\s+(?=(?:" + "|".join(re.escape(f).replace("'", "['’]") for f in formulas) + r"),)")
