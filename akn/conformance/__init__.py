"""Conformance: the OASIS schema (level 1), the naming convention and references (level 2), profiles.

    >>> from akn.conformance import validate
    >>> validate(b"<akomaNtoso/>", level=1).problems[0].message[:40]
    "Element 'akomaNtoso': No matching global"

Its names load on first use, so that a reader of untrusted XML (`akn.conformance.loader`, which `akn text`
uses too) does not pay for the rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import _lazy_attributes

_LAZY = {
    "SchemaError": "engine", "iter_problems": "engine", "validate": "engine", "DEFAULT_MAX_SIZE": "loader",
    "UnreadableXml": "loader", "Problem": "problems", "Report": "problems",
}

if TYPE_CHECKING:
    from .engine import SchemaError, iter_problems, validate
    from .loader import DEFAULT_MAX_SIZE, UnreadableXml
    from .problems import Problem, Report


__getattr__ = _lazy_attributes(__name__, _LAZY, globals())


__all__ = ["DEFAULT_MAX_SIZE", "Problem", "Report", "SchemaError", "UnreadableXml", "iter_problems", "validate"]
