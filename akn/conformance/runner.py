"""Validating many files: folders expanded, standard input read once, files checked in parallel processes
(the schema compiled once in each, through `akn.batch.parallel`), one `Report` per file in the order the
files were given."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from .engine import compiled_schema, iter_problems, schema_identity, unreadable_problem
from .loader import DEFAULT_MAX_SIZE, UnreadableXml, load
from .problems import Problem, Report

STDIN = "-"


@dataclass(frozen=True)
class Options:
    """How to validate: level, profile, schema path (None: the OASIS schema), size limit, rules left out."""

    level: int = 2
    profile: str | None = None
    schema: str | None = None
    max_size: int = DEFAULT_MAX_SIZE
    ignore: frozenset[str] = field(default_factory=frozenset)
    paths: bool = True


def expand(paths: Sequence[str]) -> list[str]:
    """Files to check: files as given, folders searched recursively for `*.xml` (sorted), `-` as is."""
    found: list[str] = []
    for path in paths:
        folder = Path(path)
        if path != STDIN and folder.is_dir():
            found.extend(str(p) for p in sorted(folder.rglob("*.xml")) if p.is_file())
        else:
            found.append(path)
    return found


def check_one(path: str, options: Options, data: bytes | None = None, name: str | None = None) -> Report:
    """The report of one file, naming it `name` (default: its path); an unreadable file gives a report with
    one fatal problem."""
    xsd_path, digest = schema_identity(options.schema)
    report = Report(name or (path if path != STDIN else "<stdin>"), level=options.level, schema=xsd_path,
                    schema_sha256=digest, profile=options.profile)
    try:
        if data is not None:
            tree, _, label = load(data, name=report.file, max_size=options.max_size)
        else:
            tree, _, label = load(path, name=name, max_size=options.max_size)
    except UnreadableXml as exc:
        report.problems.append(unreadable_problem(exc))
        return report
    report.problems.extend(
        iter_problems(tree, name=label, level=options.level, profile=options.profile, schema=options.schema,
                      ignore=options.ignore, paths=options.paths)
    )
    return report


_worker_options: Options | None = None


def _init_worker(options: Options) -> None:
    global _worker_options
    _worker_options = options
    compiled_schema(options.schema)


def _work(path: str) -> Report:
    assert _worker_options is not None
    return check_one(path, _worker_options)


def run(paths: Sequence[str], options: Options, *, jobs: int = 1, stdin: bytes | None = None) -> Iterator[Report]:
    """Reports for `paths` (already expanded), in order; `jobs` > 1 checks files in that many processes."""
    compiled_schema(options.schema)
    files = [p for p in paths]
    if jobs <= 1 or len(files) < 2:
        for path in files:
            yield check_one(path, options, stdin if path == STDIN else None)
        return
    from ..batch import parallel  # the one process pool of akn: workers stopped cleanly on interrupt

    pending = [p for p in files if p != STDIN]
    results = parallel(_work, pending, jobs=jobs, initializer=_init_worker, initargs=(options,), ordered=True,
                       on_crash=partial(_crashed, options))
    for path in files:
        yield check_one(path, options, stdin) if path == STDIN else next(results)[1]


def _crashed(options: Options, path: str, reason: str) -> Report:
    """The report of a file whose worker process died while checking it."""
    xsd_path, digest = schema_identity(options.schema)
    return Report(path, [Problem("input-unreadable", "fatal", reason, file=path)], level=options.level,
                  schema=xsd_path, schema_sha256=digest, profile=options.profile)
