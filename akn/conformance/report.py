"""Reports for people and for machines: text (as compilers print), JSON, and JUnit XML for CI systems.

Each format is a class fed one `Report` at a time (`add`) and closed with the run's `Summary` (`close`),
so that a run over thousands of files prints as it goes and holds no more than one file's problems.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from json.encoder import encode_basestring as _string
from operator import itemgetter
from typing import TYPE_CHECKING, TextIO

from .problems import FAILING, SEVERITIES, Problem, Report, verdict

if TYPE_CHECKING:
    from ..manifest import Record

FORMATS = ("text", "json", "jsonl", "junit", "github")
_RULE_ID, _SEVERITY, _RULE_AND_SEVERITY = itemgetter(0), itemgetter(1), itemgetter(0, 1)


@dataclass
class Summary:
    """What a whole run found. `files` counts every file, `unchanged` those that `--resume` did not check
    again, which count by the status and problems their manifest record gives (`rules` only by the files
    checked)."""

    schema: str = ""
    schema_sha256: str = ""
    level: int = 2
    profile: str | None = None
    files: int = 0
    unchanged: int = 0
    conformant: int = 0
    failed: int = 0
    unreadable: int = 0
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SEVERITIES, 0))
    rules: dict[str, int] = field(default_factory=dict)

    def add(self, report: Report) -> None:
        self.files += 1
        if not self.schema:
            self.schema, self.schema_sha256 = report.schema, report.schema_sha256
            self.level, self.profile = report.level, report.profile
        # Counted in C (a file may have thousands of problems).
        severities = Counter(map(_SEVERITY, report.problems))
        found = verdict(severities)
        if found == "unreadable":
            self.unreadable += 1
        elif found == "conformant":
            self.conformant += 1
        else:
            self.failed += 1
        for severity, n in severities.items():
            self.counts[severity] += n
        rules = self.rules
        for rule_id, n in Counter(map(_RULE_ID, report.problems)).items():
            rules[rule_id] = rules.get(rule_id, 0) + n

    def add_unchanged(self, record: Record) -> None:
        """A file unchanged since the manifest recorded it, counted as recorded: its status and its problems
        of each severity (the record keeps the whole counts)."""
        self.files += 1
        self.unchanged += 1
        if record.status == "unreadable":
            self.unreadable += 1
        elif record.status == "conformant":
            self.conformant += 1
        else:
            self.failed += 1
        for severity, n in record.counts.items():
            self.counts[severity] = self.counts.get(severity, 0) + n

    @property
    def exit_code(self) -> int:
        """3 some file unreadable, 1 problems found (errors or warnings), 0 all conformant."""
        if self.unreadable:
            return 3
        return 1 if self.failed else 0

    def line(self) -> str:
        checked = self.files - self.unchanged
        parts = [f"{checked} file{'s' if checked != 1 else ''} checked"
                 + (f" and {self.unchanged} unchanged" if self.unchanged else "") + f" at level {self.level}"]
        if self.profile:
            parts[0] += f" with profile {self.profile}"
        parts.append(f"{self.conformant} conformant")
        if self.failed:
            parts.append(f"{self.failed} with problems")
        if self.unreadable:
            parts.append(f"{self.unreadable} unreadable")
        found = ", ".join(f"{n} {s}{'s' if n != 1 and s != 'info' else ''}" for s, n in self.counts.items() if n)
        schema = self.schema.rsplit("/", 1)[-1]
        return f"{', '.join(parts)} ({found or 'no problems'}); schema {schema} sha256 {self.schema_sha256[:12]}"

    def to_dict(self) -> dict[str, object]:
        return {
            "files": self.files, "unchanged": self.unchanged, "conformant": self.conformant, "with_problems": self.failed,
            "unreadable": self.unreadable, "level": self.level, "profile": self.profile,
            "schema": {"path": self.schema, "sha256": self.schema_sha256},
            "problems": {k: v for k, v in self.counts.items()}, "rules": dict(sorted(self.rules.items())),
            "exit_code": self.exit_code,
        }


def text_line(problem: Problem) -> str:
    """`file:line:col: severity [rule-id] message`; the column (and line) left out when unknown."""
    where = problem.file
    if problem.line:
        where += f":{problem.line}"
        if problem.column:
            where += f":{problem.column}"
    return f"{where}: {problem.severity} [{problem.rule_id}] {problem.message}"


def json_object(problem: Problem) -> str:
    """The problem as `json.dumps(problem.to_dict(), ensure_ascii=False)` writes it, three times faster: the
    fields written in place, with json's own string encoder; other values than int and str go to json."""
    rule_id, severity, message, line, column, path, file = problem
    if type(line) is int and type(column) is int:
        try:
            return (f'{{"rule_id": {_string(rule_id)}, "severity": {_string(severity)}, '
                    f'"message": {_string(message)}, "line": {line}, "column": {column}, '
                    f'"path": {_string(path)}, "file": {_string(file)}}}')
        except TypeError:
            pass
    return json.dumps(problem.to_dict(), ensure_ascii=False)


class TextFormat:
    def __init__(self, out: TextIO, *, quiet: bool = False) -> None:
        self.out, self.quiet = out, quiet

    def add(self, report: Report) -> None:
        """The report's lines, written at once: as `text_line` writes them, built inline for speed."""
        lines = []
        quiet = self.quiet
        for rule_id, severity, message, line, column, _, file in report.problems:
            if quiet and severity not in FAILING:
                continue
            if not line:
                lines.append(f"{file}: {severity} [{rule_id}] {message}\n")
            elif column:
                lines.append(f"{file}:{line}:{column}: {severity} [{rule_id}] {message}\n")
            else:
                lines.append(f"{file}:{line}: {severity} [{rule_id}] {message}\n")
        if lines:
            self.out.write("".join(lines))

    def add_unchanged(self, record: Record) -> None:
        """Nothing: the problems listed are those found in this run; the summary counts the file."""

    def close(self, summary: Summary) -> None:
        if not self.quiet:
            self.out.write(summary.line() + "\n")


class StatisticsFormat:
    """How many problems each rule found over the whole run, the most first (`--statistics`), then the
    summary: what a run over thousands of files that share their faults is read for. A file that could not
    be checked is still named, as it is found."""

    def __init__(self, out: TextIO, *, quiet: bool = False) -> None:
        self.out, self.quiet = out, quiet
        self.counts: Counter[tuple[str, str]] = Counter()

    def add(self, report: Report) -> None:
        if report.fatal:
            self.out.write("".join(text_line(p) + "\n" for p in report.problems if p.severity == "fatal"))
        found = Counter(map(_RULE_AND_SEVERITY, report.problems))
        if self.quiet:
            found = Counter({key: n for key, n in found.items() if key[1] in FAILING})
        self.counts.update(found)

    def add_unchanged(self, record: Record) -> None:
        """Nothing: the problems counted are those found in this run; the summary counts the file."""

    def close(self, summary: Summary) -> None:
        from .rules import described

        rows = sorted(self.counts.items(), key=lambda item: (-item[1], item[0]))
        width = max((len(rule_id) for (rule_id, _), _ in rows), default=0)
        lines = [f"{n:>9}  {severity:<7}  {rule_id:<{width}}  {described(rule_id)}".rstrip()
                 for (rule_id, severity), n in rows]
        if not self.quiet:
            lines.append(summary.line())
        if lines:
            self.out.write("\n".join(lines) + "\n")


class JsonFormat:
    """One JSON document: `{"problems": [one object per problem], "summary": {...}}`, written as it goes."""

    def __init__(self, out: TextIO, *, quiet: bool = False) -> None:
        self.out, self.first = out, True
        out.write('{"problems": [')

    def add(self, report: Report) -> None:
        if not report.problems:
            return
        text = ",\n  ".join(map(json_object, report.problems))
        self.out.write(("\n  " if self.first else ",\n  ") + text)
        self.first = False

    def add_unchanged(self, record: Record) -> None:
        """Nothing: the problems listed are those found in this run; the summary counts the file."""

    def close(self, summary: Summary) -> None:
        self.out.write(("\n" if not self.first else "") + '], "summary": ' + json.dumps(summary.to_dict()) + "}\n")


class JsonLinesFormat:
    """JSON Lines: the objects of the JSON report one to a line, each file's as it is checked, then
    `{"summary": {...}}`: what a pipeline reads as it comes (a log collector, `jq`) without waiting for the
    end of the run or holding the whole report."""

    def __init__(self, out: TextIO, *, quiet: bool = False) -> None:
        self.out = out

    def add(self, report: Report) -> None:
        if report.problems:
            self.out.write("".join(json_object(problem) + "\n" for problem in report.problems))

    def add_unchanged(self, record: Record) -> None:
        """Nothing: the problems listed are those found in this run; the summary counts the file."""

    def close(self, summary: Summary) -> None:
        self.out.write(json.dumps({"summary": summary.to_dict()}) + "\n")


class JunitFormat:
    """JUnit XML: one test suite, one test case per file; a failure lists its problems, an unreadable file
    is an error; information is written to the test case's system-out. A file unchanged since the manifest
    recorded it is skipped if recorded conformant, else a failure listing the problems recorded."""

    def __init__(self, out: TextIO, *, quiet: bool = False) -> None:
        from lxml import etree

        self.out, self.etree = out, etree
        self.suite = etree.Element("testsuite", name="akn validate")
        self.failures = self.errors = self.tests = self.skipped = 0

    def add(self, report: Report) -> None:
        etree = self.etree
        self.tests += 1
        case = etree.SubElement(self.suite, "testcase", classname="akn.validate", name=report.file)
        failing = [p for p in report.problems if p.severity in FAILING]
        rest = [p for p in report.problems if p.severity not in FAILING]
        if report.fatal:
            self.errors += 1
            problem = failing[0]
            error = etree.SubElement(case, "error", message=problem.message, type=problem.rule_id)
            error.text = text_line(problem)
        elif failing:
            self.failures += 1
            rules = sorted({p.rule_id for p in failing})
            failure = etree.SubElement(case, "failure", message=f"{len(failing)} problem(s): {', '.join(rules)}",
                                       type="nonconformant")
            failure.text = "\n".join(text_line(p) for p in failing)
        if rest:
            etree.SubElement(case, "system-out").text = "\n".join(text_line(p) for p in rest)

    def add_unchanged(self, record: Record) -> None:
        self.tests += 1
        case = self.etree.SubElement(self.suite, "testcase", classname="akn.validate", name=record.input)
        if record.status == "conformant":
            self.skipped += 1
            self.etree.SubElement(case, "skipped", message="unchanged since the manifest recorded it conformant")
            return
        self.failures += 1
        recorded = [(severity, p) for severity, found in (("error", record.errors), ("warning", record.warnings))
                    for p in found]
        rules = sorted({p["rule"] for _, p in recorded})
        counted = sum(n for severity, n in record.counts.items() if severity in FAILING)
        failure = self.etree.SubElement(case, "failure", type="nonconformant",
                                        message=f"{counted} problem(s), as the manifest recorded them, the file "
                                                f"unchanged since: {', '.join(rules)}")
        failure.text = "\n".join(text_line(Problem(p["rule"], severity, p["message"], p["line"], file=record.input))
                                 for severity, p in recorded)

    def close(self, summary: Summary) -> None:
        etree = self.etree
        self.suite.set("tests", str(self.tests))
        self.suite.set("failures", str(self.failures))
        self.suite.set("errors", str(self.errors))
        self.suite.set("skipped", str(self.skipped))
        properties = etree.Element("properties")
        for name, value in (("schema", summary.schema), ("schema_sha256", summary.schema_sha256),
                            ("level", str(summary.level)), ("profile", summary.profile or ""),
                            ("unchanged", str(summary.unchanged))):
            etree.SubElement(properties, "property", name=name, value=value)
        self.suite.insert(0, properties)
        suites = etree.Element("testsuites")
        suites.append(self.suite)
        self.out.write(etree.tostring(suites, pretty_print=True, xml_declaration=True, encoding="UTF-8").decode())


class GithubFormat(TextFormat):
    """GitHub Actions workflow commands: one annotation per problem (`::error file=F,line=N,title=...::message`),
    which the run's page shows on the file and line; then the summary as a plain line. Fatal problems and
    errors are errors, warnings warnings, information notices. A file unchanged since the manifest recorded
    it is annotated with the problems the manifest recorded, so that a resumed run still shows where they are."""

    def add(self, report: Report) -> None:
        self._write(report.problems)

    def add_unchanged(self, record: Record) -> None:
        self._write([Problem(p["rule"], severity, p["message"], p["line"], file=record.input)
                     for severity, found in (("error", record.errors), ("warning", record.warnings)) for p in found])

    def _write(self, problems: list[Problem]) -> None:
        lines = []
        for rule_id, severity, message, line, column, _, file in problems:
            if self.quiet and severity not in FAILING:
                continue
            where = f"file={_github_property(file)}"
            if line:
                where += f",line={line}" + (f",col={column}" if column else "")
            title = _github_property(f"akn validate [{rule_id}]")
            lines.append(f"::{_GITHUB_LEVELS.get(severity, 'error')} {where},title={title}::{_github_data(message)}\n")
        if lines:
            self.out.write("".join(lines))


_GITHUB_LEVELS = {"fatal": "error", "error": "error", "warning": "warning", "info": "notice"}


def _github_data(text: str) -> str:
    """A workflow command's message, escaped as the runner reads it back: `%`, line breaks."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_property(text: str) -> str:
    """A workflow command's property value: also `:` and `,`, which separate the properties."""
    return _github_data(text).replace(":", "%3A").replace(",", "%2C")


Format = TextFormat | StatisticsFormat | JsonFormat | JsonLinesFormat | JunitFormat | GithubFormat


def formatter(name: str, out: TextIO, *, quiet: bool = False) -> Format:
    formats: dict[str, type[Format]] = {
        "text": TextFormat, "statistics": StatisticsFormat, "json": JsonFormat, "jsonl": JsonLinesFormat,
        "junit": JunitFormat, "github": GithubFormat,
    }
    return formats[name](out, quiet=quiet)
