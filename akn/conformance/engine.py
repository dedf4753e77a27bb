"""Validation as one generator of `Problem`s: the schema (level 1), then the naming convention and
references (level 2), then a profile's rules; `validate()` gathers them into a `Report`."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from .. import schema as oasis
from ..errors import AknError, OptionError
from .document import AknDocument
from .loader import DEFAULT_MAX_SIZE, UnreadableXml, load
from .problems import Problem, Report
from .rules import RULES, selected

SCHEMA_RULE = "schema"
_NS = re.compile(r"\{([^}]*)\}")


class SchemaError(AknError):
    """An XSD given with --schema that cannot be read or compiled."""


_UNUSABLE = (OSError, etree.XMLSyntaxError, etree.XMLSchemaParseError)


def compiled_schema(path: str | None = None) -> etree.XMLSchema:
    """The schema at `path` (the OASIS schema by default), compiled once per process."""
    try:
        return oasis.load(str(Path(path).resolve()) if path else None)
    except _UNUSABLE as exc:
        raise SchemaError(f"{path}: not a usable XML schema: {exc}") from None


def schema_errors(tree: etree._ElementTree, path: str | None = None) -> list[etree._LogEntry]:
    """`akn.schema.errors` of the XSD at `path` (the OASIS schema by default); safe from several threads."""
    try:
        return oasis.errors(tree, str(Path(path).resolve()) if path else None)
    except _UNUSABLE as exc:
        raise SchemaError(f"{path}: not a usable XML schema: {exc}") from None


@lru_cache(maxsize=4)
def schema_identity(path: str | None = None) -> tuple[str, str]:
    """(path, sha256) of the schema a run uses."""
    xsd = str(Path(path).resolve()) if path else str(oasis.default_xsd_path())
    return xsd, oasis.sha256(xsd)


def schema_problems(doc: AknDocument, schema: etree.XMLSchema | str | None = None) -> Iterator[Problem]:
    """Level 1: what the XSD says, with readable paths and the namespace shortened. `schema` is the path of
    an XSD (None: the OASIS schema), or a compiled schema, used as it is given (lxml keeps the errors of a
    validation on it: one such object must not validate in two threads at once)."""
    if isinstance(schema, etree.XMLSchema):
        found = [] if schema.validate(doc.tree) else list(schema.error_log)
    else:
        found = schema_errors(doc.tree, schema)
    for entry in found:
        element = doc.element_at(entry.path) if entry.path else None
        path = doc.path(element) if element is not None else doc.short(entry.path or "")
        severity = "error" if entry.level_name in ("ERROR", "FATAL") else "warning"
        yield Problem(SCHEMA_RULE, severity, doc.short(entry.message), entry.line, entry.column, path, doc.name)


def iter_problems(
    tree: etree._ElementTree,
    *,
    name: str = "",
    level: int = 2,
    profile: str | None = None,
    schema: etree.XMLSchema | str | None = None,
    ignore: Iterable[str] = (),
    paths: bool = True,
) -> Iterator[Problem]:
    """Every problem of a parsed document, level 1 first, in document order within each rule. `schema` as
    `schema_problems` takes it: the path of an XSD (None: the OASIS schema) or a compiled schema.

    `paths=False` leaves the element paths of level-2 problems empty, which saves a tenth of the time of a
    run that reports many problems and prints no paths (the text format).
    """
    doc = AknDocument(tree, name, paths=paths)
    ignored = frozenset(ignore)
    if SCHEMA_RULE not in ignored:
        yield from schema_problems(doc, schema)
    if level < 2:
        return
    path, new = doc.path, tuple.__new__
    for rule in selected(profile, ignored):
        rule_id, severity = rule.ID, rule.SEVERITY
        # Problem(...) with every field given, built as the tuple it is: half the cost of the constructor.
        if paths:
            yield from [new(Problem, (rule_id, severity, message, element.sourceline or 0, 0, path(element), name))
                        for element, message in rule.check(doc)]
        else:
            yield from [new(Problem, (rule_id, severity, message, element.sourceline or 0, 0, "", name))
                        for element, message in rule.check(doc)]


def validate(
    source: str | os.PathLike[str] | bytes | BinaryIO | etree._ElementTree,
    *,
    level: int = 2,
    profile: str | None = None,
    schema: str | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    ignore: Iterable[str] = (),
    name: str | None = None,
) -> Report:
    """Validate one Akoma Ntoso document: a path, bytes, a binary file or a parsed tree.

    Raises `UnreadableXml` (an `XmlInputError`) when the input cannot be read or parsed (a file opened in
    text mode among them), is over `max_size` bytes, or declares a DOCTYPE; `SchemaError` when `schema` is
    not a usable XSD; `OptionError` for a `level`, `profile` or rule in `ignore` that does not exist.

        >>> import akn
        >>> report = akn.validate(b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"/>')
        >>> report.conformant, report.problems[0].rule_id
        (False, 'schema')
    """
    level, ignored = checked_options(level, profile, ignore)
    compiled_schema(schema)
    if isinstance(source, etree._ElementTree):
        tree, label = source, name or (source.docinfo.URL or "<tree>")
    else:
        tree, _, label = load(source, name=name, max_size=max_size)
    xsd_path, digest = schema_identity(schema)
    report = Report(label, level=level, schema=xsd_path, schema_sha256=digest, profile=profile)
    report.problems.extend(iter_problems(tree, name=label, level=level, profile=profile, schema=schema, ignore=ignored))
    return report


def unreadable_problem(exc: UnreadableXml) -> Problem:
    """A file that could not be checked, as the one (fatal) problem of its report."""
    return Problem(exc.code, "fatal", exc.problem, exc.line, exc.column, "", exc.source)


def known_profiles() -> frozenset[str]:
    from .rules import PROFILES

    return PROFILES


LEVELS = (1, 2)


def checked_options(level: object, profile: object, ignore: Iterable[str] | str) -> tuple[int, frozenset[str]]:
    """The level and the rules left out, once each option is known to exist; `OptionError` names the one
    that does not, and what it may be. A single rule name in `ignore` is that rule, not its letters.

    Every entry point checks here, so that a library call refuses what the command line refuses instead of
    running silently with a level, profile or rule that nothing applies."""
    if isinstance(level, bool) or level not in LEVELS:
        raise OptionError(f"level {level!r} is not one of {', '.join(map(str, LEVELS))}")
    if profile is not None and profile not in known_profiles():
        raise OptionError(f"unknown profile {profile!r}; known: {', '.join(sorted(known_profiles()))}")
    ignored = frozenset((ignore,) if isinstance(ignore, str) else ignore)
    unknown = sorted(ignored - set(RULES) - {SCHEMA_RULE}, key=str)
    if unknown:
        raise OptionError(f"unknown rule(s) to ignore: {', '.join(map(repr, unknown))}; known: "
                          f"{SCHEMA_RULE}, {', '.join(RULES)}")
    return level, ignored


__all__ = ["RULES", "SchemaError", "checked_options", "iter_problems", "schema_identity", "unreadable_problem", "validate"]
