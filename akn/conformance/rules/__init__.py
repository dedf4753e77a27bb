"""The level-2 rules, one per module: `ID`, `SEVERITY`, `FIXABLE` (whether `akn fix` repairs what it
finds), `PROFILE` for a community's rules (absent for the naming convention's), a docstring that is the
rule's documentation, and `check(document)` yielding (element, message) pairs.

The order of `RULES` is the order findings of one document are reported in.
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import ModuleType

from . import (
    akn4un_actor,
    akn4un_frbr,
    akn4un_structure,
    akn4un_symbol,
    eid_missing,
    eid_name,
    eid_number,
    eid_prefix,
    eid_syntax,
    eid_unique,
    frbr_consistency,
    frbr_hierarchy,
    frbr_language,
    frbr_syntax,
    frbr_undated,
    ref_form,
    ref_iri,
    ref_undated,
    ref_unresolved,
)

_MODULES: tuple[ModuleType, ...] = (
    eid_syntax, eid_name, eid_prefix, eid_number, eid_unique, eid_missing,
    frbr_syntax, frbr_language, frbr_consistency, frbr_hierarchy, frbr_undated,
    ref_form, ref_unresolved, ref_iri, ref_undated,
    akn4un_structure, akn4un_symbol, akn4un_actor, akn4un_frbr,
)

RULES: dict[str, ModuleType] = {module.ID: module for module in _MODULES}
PROFILES: frozenset[str] = frozenset(p for p in (getattr(m, "PROFILE", None) for m in _MODULES) if p)


def selected(profile: str | None = None, ignore: frozenset[str] | set[str] = frozenset()) -> tuple[ModuleType, ...]:
    """The rules a level-2 run applies: the naming convention's, and those of `profile` if one is asked
    (worked out once for each profile and set of rules left out, not once per document)."""
    return _selected(profile, frozenset(ignore))


@lru_cache(maxsize=64)
def _selected(profile: str | None, ignore: frozenset[str]) -> tuple[ModuleType, ...]:
    return tuple(
        module for module in _MODULES
        if module.ID not in ignore and getattr(module, "PROFILE", None) in (None, profile)
    )


def documentation(rule_id: str) -> str:
    return (RULES[rule_id].__doc__ or "").strip()


def summary(rule_id: str) -> str:
    """The first sentence of a rule's documentation, whole though it spans lines: up to the first period that
    ends a sentence, not one inside `code`. A line broken after `/`, inside a path, is joined without a space."""
    paragraph = documentation(rule_id).split("\n\n", 1)[0]
    text = re.sub(r"\s*\n\s*", " ", re.sub(r"(?<=/)\n\s*", "", paragraph))
    sentence = _SENTENCE.match(text)
    return sentence.group(0) if sentence else text


def described(rule_id: str) -> str:
    """What a problem's rule ID stands for, in one line: a file that could not be checked, the schema, or a
    level-2 rule (its `summary`)."""
    from ..loader import READING_PROBLEMS

    if rule_id in READING_PROBLEMS:
        meaning = READING_PROBLEMS[rule_id]
        return meaning[:1].upper() + meaning[1:]
    if rule_id == "schema":
        return "The OASIS XML schema (akomantoso30.xsd, or --schema)."
    return summary(rule_id) if rule_id in RULES else ""


_SENTENCE = re.compile(r"(?:`[^`]*`|[^`])*?\.(?=\s|$)")
