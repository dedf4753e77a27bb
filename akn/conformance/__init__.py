"""Conformance: the OASIS schema (level 1), the naming convention and references (level 2), profiles."""
