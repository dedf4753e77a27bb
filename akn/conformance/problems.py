"""What validation finds: `Problem`s, one type for the schema, the naming convention and the profiles."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from operator import itemgetter
from typing import NamedTuple

SEVERITIES = ("fatal", "error", "warning", "info")
# Severities that make a document non-conformant; `info` is reported and never fails a run.
FAILING = frozenset({"fatal", "error", "warning"})


def verdict(severities: Mapping[str, int]) -> str:
    """"unreadable", "problems" or "conformant", from the number of problems of each severity (as
    `Report.fatal` and `Report.conformant` say it, without going over the problems again)."""
    if severities.get("fatal"):
        return "unreadable"
    return "problems" if any(severities.get(s) for s in FAILING) else "conformant"
_SEVERITY = itemgetter(1)


class Problem(NamedTuple):
    """One finding: which rule, how grave, what, and where (line and column are 1-based, 0 when unknown).

    `path` is a readable element path (`/akomaNtoso/statement/mainBody/paragraph[3]`) with the Akoma Ntoso
    namespace left out and other namespaces shown by their prefix.
    """

    rule_id: str
    severity: str
    message: str
    line: int = 0
    column: int = 0
    path: str = ""
    file: str = ""

    @property
    def code(self) -> str:
        return self.rule_id

    def to_dict(self) -> dict[str, object]:
        return self._asdict()


@dataclass(slots=True)
class Report:
    """Everything validation found in one document, and how it was checked."""

    file: str
    problems: list[Problem] = field(default_factory=list)
    level: int = 2
    schema: str = ""
    schema_sha256: str = ""
    profile: str | None = None

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        # To other processes (--jobs) the problems go as plain tuples, which pickle writes and reads in C;
        # a NamedTuple costs a Python call each way, and a file may have thousands of problems.
        return _rebuilt, (self.file, [tuple(p) for p in self.problems], self.level, self.schema,
                          self.schema_sha256, self.profile)

    def __copy__(self) -> Report:
        return Report(self.file, self.problems, self.level, self.schema, self.schema_sha256, self.profile)

    # The severities are read in C (`map`, `Counter`): a file may have thousands of problems.

    @property
    def fatal(self) -> bool:
        """The document could not be read or parsed (so nothing else was checked)."""
        return "fatal" in map(_SEVERITY, self.problems)

    @property
    def conformant(self) -> bool:
        return FAILING.isdisjoint(map(_SEVERITY, self.problems))

    def counts(self) -> dict[str, int]:
        found = dict.fromkeys(SEVERITIES, 0)
        found.update(Counter(map(_SEVERITY, self.problems)))
        return found


def _rebuilt(file: str, problems: list[tuple[object, ...]], level: int, schema: str, schema_sha256: str,
             profile: str | None) -> Report:
    new = tuple.__new__
    return Report(file, [new(Problem, p) for p in problems], level, schema, schema_sha256, profile)
