"""The library's exceptions: one hierarchy, each carrying what a user needs to act on it."""

from __future__ import annotations


class AknError(Exception):
    """Base of every error akn raises on purpose."""

    exit_code = 1


class InputError(AknError):
    """An input that cannot be read or decoded (missing, binary, wrong encoding, too large)."""

    exit_code = 3

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class OptionError(AknError, ValueError):
    """An option whose value cannot be used: metadata with a control character or bytes that are not text, a
    date, language, country or actor the naming convention refuses; a validation level, profile or rule that
    does not exist."""

    exit_code = 2


class ConversionError(AknError):
    """A text that cannot become a document (nothing recognisable in it)."""


class StrictModeError(AknError):
    """Warnings were raised while `strict` was asked for."""

    def __init__(self, source: str, warnings: list) -> None:
        first = warnings[0]
        super().__init__(f"{source}: {len(warnings)} warning(s) under --strict; first: {first}")
        self.warnings = warnings


class XmlInputError(AknError):
    """An XML input that is malformed, hostile (DTD, entities) or not Akoma Ntoso."""

    exit_code = 3

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem
