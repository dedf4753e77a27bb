"""Conformance: the OASIS schema (level 1), the naming convention and references (level 2), profiles.

    >>> from akn.conformance import validate
    >>> validate(b"<akomaNtoso/>", level=1).problems[0].message[:40]
    "Element 'akomaNtoso': No matching global"
"""

from __future__ import annotations

from .engine import SchemaError, iter_problems, validate
from .loader import DEFAULT_MAX_SIZE, UnreadableXml
from .problems import Problem, Report

__all__ = ["DEFAULT_MAX_SIZE", "Problem", "Report", "SchemaError", "UnreadableXml", "iter_problems", "validate"]
