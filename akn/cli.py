"""The command line: argument parsing and messages only; the work is done by the library.

Exit codes: 0 done (warnings allowed), 1 not done (an error, or a warning under --strict), 2 usage error,
3 input unreadable or undecodable, 70 internal error (a bug: one line, the traceback with AKN_TRACEBACK=1),
130 interrupted (Ctrl-C), 141 output pipe closed, 143 terminated (SIGTERM).
"""

from __future__ import annotations

import datetime as _dt
import io
import os
import signal
import sys
import traceback
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NoReturn, Self, TextIO, cast

import click

from . import __version__, compiled
from .errors import AknError, InputError, StrictModeError, XmlInputError
from .files import (
    DEFAULT_TEXT_MAX_SIZE,
    Inputs,
    OutputError,
    PendingText,
    WholeWrites,
    encoding_problem,
    over_the_limit,
    read_bytes,
    read_limited,
    write_all,
    write_atomic,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .batch import Source
    from .conformance.fix import Fixed

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INPUT = 0, 1, 2, 3
EXIT_INTERNAL = 70  # EX_SOFTWARE of sysexits.h
EXIT_INTERRUPTED, EXIT_PIPE, EXIT_TERMINATED = 130, 141, 143  # 128 + SIGINT, SIGPIPE, SIGTERM, as shells report them
KINDS = ("resolution", "draftResolution", "decision", "draftDecision", "amendment", "presidentialStatement")


class AknGroup(click.Group):
    def main(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        kwargs.setdefault("prog_name", "akn")
        return super().main(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        """The command; a reader that closes the pipe ends it quietly, and a bug is one line, not a traceback."""
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error when Python flushes
            sys.exit(EXIT_PIPE)
        except OSError as exc:  # the system refused (a full disk, standard output closed): the run did not finish
            where = f" ({exc.filename})" if exc.filename else ""
            click.echo(f"akn {ctx.invoked_subcommand}: {exc.strerror or exc}{where}", err=True)
            sys.exit(EXIT_FAILED)
        except KeyboardInterrupt as exc:  # outside a batch, which says how far it got
            _exit_stopped(ctx.invoked_subcommand, exc)
        except Exception as exc:  # noqa: BLE001 - a bug in akn: one line, or its traceback when asked, and 70
            interruption = _interruption_behind(exc)
            if interruption is not None:
                _exit_stopped(ctx.invoked_subcommand, interruption)
            if os.environ.get("AKN_TRACEBACK"):
                traceback.print_exc()
                sys.exit(EXIT_INTERNAL)
            click.echo(f"akn {ctx.invoked_subcommand}: internal error: {type(exc).__name__}: {exc} "
                       "(a bug in akn; AKN_TRACEBACK=1 shows where)", err=True)
            sys.exit(EXIT_INTERNAL)


@click.group(cls=AknGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100, "terminal_width": 100})
@click.version_option(__version__, "--version", prog_name="akn",
                      message=f"%(prog)s, version %(version)s ({'compiled' if compiled() else 'pure Python'})")
def main() -> None:
    """Resolutions as plain text to Akoma Ntoso 3.0 XML, validated against the OASIS schema and naming
    convention, and back to text."""


def _read_input(path: str, max_size: int) -> tuple[bytes, str]:
    """The bytes of a file or of standard input (`-`), and its name for messages; `InputError` for one of more
    than `max_size` bytes, refused before it is read (standard input: as soon as it passes the limit)."""
    if path == "-":
        data = read_limited(sys.stdin.buffer, max_size)
        if len(data) > max_size:
            raise InputError("<stdin>", over_the_limit(None, max_size))
        return data, "<stdin>"
    return read_bytes(path, max_size), path


_MB = 1024 * 1024


def _date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return _dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def _encoding_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    problem = encoding_problem(value) if value is not None else None
    if problem:
        raise click.BadParameter(problem)
    return value


def _text_option(ctx: click.Context, param: click.Parameter, value: str | tuple[str, ...] | None) -> object:
    from .plaintext.reader import metadata_problem

    for item in value if isinstance(value, tuple) else (value,):
        problem = metadata_problem(str(param.name), item) if item is not None else None
        if problem:
            raise click.BadParameter(problem)
    return value


@main.command("convert")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", type=click.Path(dir_okay=True),
              help="Output file; for several inputs or a folder, the output folder (created if missing), where "
                   "the input tree is mirrored. Default: standard output.")
@click.option("-j", "--jobs", type=click.IntRange(1, 256), default=None, show_default="all cores", metavar="N",
              help="Convert a batch in this many processes.")
@click.option("--manifest", type=click.Path(dir_okay=False),
              help="The batch's manifest (JSON Lines). Default: OUTPUT/manifest.jsonl.")
@click.option("--resume", is_flag=True,
              help="Skip inputs the manifest records as converted from the same bytes with the same options, "
                   "whose output is intact.")
@click.option("--symbol", callback=_text_option, help="Document symbol, e.g. A/RES/78/12.")
@click.option("--actor", callback=_text_option, help="FRBR actor of the issuing body, e.g. unga, unsc, ccpcj.")
@click.option("--country", callback=_text_option, help="FRBR country (ISO 3166), default un.")
@click.option("--date", callback=_date_option, help="Work date (adoption; for drafts, issuance), YYYY-MM-DD.")
@click.option("--issued", callback=_date_option, help="Date of issuance (expression date), YYYY-MM-DD.")
@click.option("--language", callback=_text_option,
              help="Language of the text, ISO 639-2 (eng, fra, spa, rus, zho, ara, ...); read from the text by default.")
@click.option("--session", callback=_text_option, help="Session number, e.g. 78.")
@click.option("--agenda-item", "agenda_items", multiple=True, callback=_text_option, help="Agenda item; repeat for several.")
@click.option("--distribution", type=click.Choice(["general", "limited", "restricted"]), help="Distribution.")
@click.option("--sponsor", "sponsors", multiple=True, callback=_text_option, help="Sponsor; repeat for several.")
@click.option("--title", callback=_text_option, help="Title of the document.")
@click.option("--kind", type=click.Choice(KINDS), help="Document kind.")
@click.option("--markup-date", callback=_date_option, help="Markup date recorded in the output (default: today).")
@click.option("--encoding", callback=_encoding_option, metavar="NAME",
              help="Encoding of inputs that are not UTF-8 or UTF-16, e.g. cp1251, gb18030, cp1256.")
@click.option("--strict", is_flag=True, help="Fail (exit 1) when the conversion raises any warning.")
@click.option("--max-size", type=click.IntRange(1), default=DEFAULT_TEXT_MAX_SIZE // _MB, show_default=True,
              metavar="MB", help="Refuse inputs larger than this many megabytes.")
@click.option("-q", "--quiet", is_flag=True, help="Do not print warnings, progress or the batch summary.")
def convert_command(inputs: tuple[str, ...], output: str | None, jobs: int | None, manifest: str | None,
                    resume: bool, strict: bool, max_size: int, quiet: bool, **metadata: object) -> None:
    """Convert resolution text files (or - for standard input) to Akoma Ntoso XML.

    INPUT is a file, a folder (searched for *.txt and *.md), or -. Several inputs or a folder make a batch:
    converted in parallel, one XML file each under -o FOLDER, and a manifest with one JSON record per input
    (paths, sha256s, FRBR IRIs, status, warnings, errors, timings).

    Exit codes, the highest that applies: 0 converted (warnings allowed), 1 not converted (an error, or a
    warning under --strict), 2 usage error, 3 input unreadable, undecodable or over --max-size; 130
    interrupted (Ctrl-C), 143 terminated (SIGTERM): no partial file is left, and the manifest lists what
    finished.
    """
    metadata = {k: v for k, v in metadata.items() if v not in (None, ())}
    metadata.setdefault("markup_date", _dt.date.today().isoformat())
    batch = len(inputs) > 1 or any(p != "-" and Path(p).is_dir() for p in inputs) or bool(
        output and Path(output).is_dir())
    if batch:
        _convert_batch(inputs, output, jobs, manifest, resume, strict, max_size * _MB, quiet, metadata)
    if resume or manifest:
        raise click.UsageError("--resume and --manifest are for a batch (several inputs or a folder, -o FOLDER)")
    from .api import convert  # here, so that the other commands do not load the converter

    out_dir = None
    status = EXIT_OK
    protected = _input_paths(inputs)
    for path in inputs:
        try:
            data, name = _read_input(path, max_size * _MB)
            result = convert(data, strict=strict, name=name, **metadata)
            if not quiet:
                for warning in result.warnings:
                    click.echo(f"{name}:{warning.line}: warning: {warning.message}", err=True)
            xml = result.to_xml()
            if out_dir is not None:
                stem = Path(name).name if path != "-" else "stdin.txt"
                target = out_dir / (Path(stem).stem + ".xml")
                write_atomic(target, xml, protected)
            elif output:
                write_atomic(Path(output), xml, protected)
            else:
                write_all(sys.stdout.buffer, xml)
        except StrictModeError as exc:
            if not quiet:
                for warning in exc.warnings:
                    click.echo(f"{path}:{warning.line}: warning: {warning.message}", err=True)
            click.echo(f"akn: {path}: not converted: {len(exc.warnings)} warning(s) under --strict", err=True)
            status = max(status, EXIT_FAILED)
        except InputError as exc:
            click.echo(f"akn: {exc}", err=True)
            status = max(status, EXIT_INPUT)
        except (AknError, OutputError) as exc:
            click.echo(f"akn: {exc}", err=True)
            status = max(status, EXIT_FAILED)
    sys.exit(status)


def _input_paths(inputs: tuple[str, ...]) -> Inputs:
    """The files among `inputs`, which no output may replace."""
    return Inputs(Path(p) for p in inputs if p != "-")


class _Interrupted(KeyboardInterrupt):
    """SIGTERM, raised where the program is, so that a batch stops as it does on Ctrl-C."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise _Interrupted


def _stopped(exc: KeyboardInterrupt) -> str:
    return "terminated" if isinstance(exc, _Interrupted) else "interrupted"


def _stop_code(exc: KeyboardInterrupt) -> int:
    return EXIT_TERMINATED if isinstance(exc, _Interrupted) else EXIT_INTERRUPTED


def _interruption_behind(exc: BaseException) -> KeyboardInterrupt | None:
    """The Ctrl-C or SIGTERM that caused `exc`, if one did. Python wraps what a class's creation raises
    (`__set_name__`, on 3.11) in a RuntimeError, so a signal that lands while a module is first imported comes
    out as that error, not as the interruption it is."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, KeyboardInterrupt):
            return cause
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return None


@contextmanager
def _stoppable() -> Iterator[None]:
    """SIGTERM raised as `_Interrupted` inside, as Ctrl-C is raised as KeyboardInterrupt; either comes out as
    itself, also when Python wrapped it in another error on the way."""
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        yield
    except Exception as exc:
        interruption = _interruption_behind(exc)
        if interruption is None:
            raise
        raise interruption from None
    finally:
        signal.signal(signal.SIGTERM, previous)


def _exit_stopped(command: str | None, exc: KeyboardInterrupt) -> NoReturn:
    click.echo(f"\nakn {command}: {_stopped(exc)}", err=True)
    _exit_for(exc)


def _exit_for(exc: KeyboardInterrupt) -> NoReturn:
    """Exit with 130 or 143. CPython marks a KeyboardInterrupt that leaves code run from a string (the methods
    that dataclasses and namedtuples make, when a signal lands in an import) as unhandled, even once it is
    caught, and `python -m` then ends the process by SIGINT instead of with the exit code given; code run
    from a string that completes clears the mark."""
    exec("pass", {})  # noqa: S102 - a constant string, run only to clear that mark
    sys.exit(_stop_code(exc))


def _exit_interrupted(exc: KeyboardInterrupt, done: int, total: int, manifest: Path | None) -> NoReturn:
    where = f"; {manifest} records the inputs that finished" if manifest else ""
    click.echo(f"\nakn: {_stopped(exc)} after {done} of {total} input(s){where}", err=True)
    _exit_for(exc)


def _progress(total: int, label: str, quiet: bool) -> Any:
    """A progress bar on standard error when it is a terminal (and the run not quiet); otherwise nothing."""
    if quiet or total < 2 or not sys.stderr.isatty():
        return _NoBar()
    return click.progressbar(length=total, file=sys.stderr, label=label)


def _say(line: str, bar: object) -> None:
    click.echo(("\r\x1b[K" if not isinstance(bar, _NoBar) else "") + line, err=True)


def _convert_batch(inputs: tuple[str, ...], output: str | None, jobs: int | None, manifest: str | None,
                   resume: bool, strict: bool, max_size: int, quiet: bool, metadata: dict[str, object]) -> NoReturn:
    from .batch import BatchError, collect_less_often, convert_many, default_jobs

    collect_less_often()
    if not output:
        raise click.UsageError("several inputs or a folder need -o FOLDER")
    try:
        batch = convert_many(inputs, jobs=jobs, output=output, manifest=manifest or True, resume=resume,
                             strict=strict, max_size=max_size, **metadata)
    except BatchError as exc:
        raise click.UsageError(str(exc)) from None
    if not batch.total:
        raise click.UsageError("no .txt or .md files found in the given folders")
    status, warned = EXIT_OK, 0
    try:
        with _stoppable(), batch, _progress(batch.total, "converting", quiet) as bar:
            for result in batch:
                status = max(status, result.exit_code)
                record = result.record
                warned += bool(record.warnings) and not result.skipped
                if not quiet and not result.skipped:
                    for warning in record.warnings:
                        _say(f"{record.input}:{warning['line']}: warning: {warning['message']}", bar)
                for error in record.errors:
                    message = error["message"]
                    _say(f"akn: {message if message.startswith(record.input + ':') else record.input + ': ' + message}", bar)
                bar.update(1)
    except KeyboardInterrupt as exc:
        _exit_interrupted(exc, batch.done, batch.total, batch.manifest)
    if not quiet:
        counts = batch.counts
        parts = [f"{counts.get('converted', 0)} converted" + (f" ({warned} with warnings)" if warned else "")]
        parts += [f"{counts[k]} {k}" for k in ("failed", "unreadable") if counts.get(k)]
        if resume:
            parts.append(f"{batch.skipped} unchanged (skipped)")
        seconds = batch.seconds
        rate = batch.done / seconds if seconds else 0.0
        click.echo(f"{batch.total} input(s): {', '.join(parts)} in {seconds:.1f} s ({rate:.1f} per second, "
                   f"{jobs or default_jobs()} jobs); manifest {batch.manifest}", err=True)
    sys.exit(status)


@main.command("text")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", type=click.Path(dir_okay=True),
              help="Output file; for several inputs or a folder, the output folder (created if missing), where "
                   "the input tree is mirrored, a .txt (or .md) file for each. Default: standard output.")
@click.option("--format", "text_format", type=click.Choice(["plain", "markdown"]), default="plain", show_default=True,
              help="Plain text, or Markdown (italic opening phrases, notes as <sup>).")
@click.option("--max-size", type=click.IntRange(1), default=100, show_default=True, metavar="MB",
              help="Refuse inputs larger than this many megabytes.")
def text_command(inputs: tuple[str, ...], output: str | None, text_format: str, max_size: int) -> None:
    """Write Akoma Ntoso documents (or - for standard input) as the text a reader sees on paper, in the
    layout that `akn convert` reads back.

    INPUT is a file, a folder (searched for *.xml), or -. Exit codes, the highest that applies: 0 written,
    1 not written (the output cannot be written), 2 usage error, 3 input unreadable, over --max-size or not
    Akoma Ntoso XML; 130 interrupted (Ctrl-C), 143 terminated (SIGTERM): the files written are whole.
    """
    from .api import to_text
    from .batch import find

    sources = find(inputs, (".xml",))
    if not sources:
        raise click.UsageError("no .xml files found in the given folders")
    several = len(sources) > 1 or any(p != "-" and Path(p).is_dir() for p in inputs)
    out_dir = _created_output_folder(output) if several else _output_folder(output)
    suffix = ".md" if text_format == "markdown" else ".txt"
    protected = _input_paths(tuple(s.path for s in sources))
    status, done = EXIT_OK, 0
    try:
        with _stoppable():
            for done, found in enumerate(sources):
                try:
                    data, name = _read_input(found.path, max_size * _MB)
                    text = to_text(data, text_format, name=name).encode("utf-8")
                    _write_result(text, found, out_dir, output, protected, suffix)
                except (InputError, XmlInputError) as exc:
                    click.echo(f"akn: {exc}", err=True)
                    status = max(status, EXIT_INPUT)
                except (AknError, OutputError) as exc:
                    click.echo(f"akn: {exc}", err=True)
                    status = max(status, EXIT_FAILED)
    except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM (_Interrupted): the files written are whole
        _exit_interrupted(exc, done, len(sources), None)
    sys.exit(status)


# -- akn validate ------------------------------------------------------------------------------------------


def _list_rules(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from .conformance.loader import READING_PROBLEMS
    from .conformance.rules import RULES, described

    for rule_id in READING_PROBLEMS:
        click.echo(f"{rule_id}  fatal  any level: {described(rule_id)}")
    click.echo(f"schema  error  level 1: {described('schema')}")
    for rule_id, module in RULES.items():
        profile = getattr(module, "PROFILE", None)
        click.echo(f"{rule_id}  {module.SEVERITY}  {'profile ' + profile if profile else 'level 2'}: "
                   f"{described(rule_id)}")
    ctx.exit(EXIT_OK)




@main.command("validate")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--level", type=click.Choice(["1", "2"]), default="2", show_default=True,
              help="1: the OASIS schema; 2: also the naming convention and references.")
@click.option("--profile", type=click.Choice(["akn4un"]), help="Also a community's rules (off by default).")
@click.option("--schema", "schema_path", type=click.Path(exists=True, dir_okay=False),
              help="Another XSD (a lenient variant, a newer release) instead of the strict OASIS schema.")
@click.option("--format", "output_format", type=click.Choice(["text", "json", "jsonl", "junit", "github"]),
              default="text", show_default=True, metavar="FORMAT",
              help="text for people; json, jsonl (a line per problem, as it comes) or junit for machines; github "
                   "for GitHub Actions annotations.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write the report to this file. Default: standard output.")
@click.option("-j", "--jobs", type=click.IntRange(1, 256), default=None, show_default="all cores", metavar="N",
              help="Validate in this many processes.")
@click.option("--manifest", type=click.Path(dir_okay=False),
              help="Record each file (sha256, FRBR IRIs, status, problems) in this JSON Lines file.")
@click.option("--resume", is_flag=True,
              help="With --manifest: skip files it records as checked, unchanged, with the same options.")
@click.option("--max-size", type=click.IntRange(1), default=100, show_default=True, metavar="MB",
              help="Refuse files larger than this many megabytes.")
@click.option("--ignore", "ignored", multiple=True, metavar="RULE", help="Leave out a rule; repeat for several.")
@click.option("--explain", is_flag=True, help="Add to each schema error what the schema allows there (slow: loads xmlschema).")
@click.option("--list-rules", is_flag=True, expose_value=False, is_eager=True, callback=_list_rules,
              help="List the rules with their IDs and severities, and exit.")
@click.option("--statistics", is_flag=True,
              help="Instead of each problem, how many each rule found, the most first (text format).")
@click.option("-q", "--quiet", is_flag=True, help="Print only errors and warnings: no information, summary or progress.")
def validate_command(paths: tuple[str, ...], level: str, profile: str | None, schema_path: str | None,
                     output_format: str, output: str | None, jobs: int | None, manifest: str | None,
                     resume: bool, max_size: int, ignored: tuple[str, ...], explain: bool, statistics: bool,
                     quiet: bool) -> None:
    """Check Akoma Ntoso files against the OASIS schema and naming convention.

    PATH is a file, a folder (searched for *.xml), or - for standard input. Each problem is printed as
    file:line[:col]: severity [rule-id] message, then a summary with the schema file and its sha256.
    Information (severity info) never fails a run.

    Exit codes, the highest that applies: 3 some file could not be read or parsed (malformed, a DOCTYPE,
    over --max-size), 2 usage error, 1 problems found (errors or warnings), 0 all conformant; 130
    interrupted (Ctrl-C), 143 terminated (SIGTERM), with the report and manifest of the files checked.
    """
    from .batch import STDIN, BatchError, BatchResult, collect_less_often, validate_many
    from .conformance.engine import SchemaError, compiled_schema, schema_identity
    from .conformance.report import Summary, formatter
    from .conformance.rules import RULES

    unknown = sorted(set(ignored) - set(RULES) - {"schema"})
    if unknown:
        raise click.UsageError(f"unknown rule(s) for --ignore: {', '.join(unknown)} (see --list-rules)")
    if resume and not manifest:
        raise click.UsageError("--resume needs --manifest FILE")
    if statistics and output_format != "text":
        counted = (f"; the {output_format} report counts the problems of each rule in its summary"
                   if output_format in ("json", "jsonl") else "")
        raise click.UsageError(f"--statistics is a text report, not one of --format {output_format}{counted}")
    try:
        compiled_schema(schema_path)
    except SchemaError as exc:
        raise click.UsageError(str(exc)) from None
    stdin = read_limited(sys.stdin.buffer, max_size * 1024 * 1024) if STDIN in paths else None
    collect_less_often()
    try:
        batch = validate_many(paths, jobs=jobs, level=int(level), profile=profile, schema=schema_path,
                              max_size=max_size * 1024 * 1024, ignore=ignored, manifest=manifest, resume=resume,
                              ordered=True, paths_in_problems=output_format in ("json", "jsonl") or explain, stdin=stdin)
    except BatchError as exc:
        raise click.UsageError(str(exc)) from None
    if not batch.total:
        raise click.UsageError("no .xml files found in the given folders")
    out = _report_output(output, batch.inputs) if output else _stdout_text()
    schema, schema_sha256 = schema_identity(schema_path)
    summary = Summary(schema, schema_sha256, int(level), profile)
    report_format = formatter("statistics" if statistics else output_format, out, quiet=quiet)

    def take(result: BatchResult) -> None:
        if result.report is None:  # unchanged since the manifest recorded it (--resume)
            summary.add_unchanged(result.record)
            report_format.add_unchanged(result.record)
        else:
            report = _explained(result.report, schema_path) if explain else result.report
            summary.add(report)
            report_format.add(report)

    batch.on_result = take  # also the files that finish after a stop: the report lists what the manifest does
    interrupted: KeyboardInterrupt | None = None
    try:
        try:
            with _stoppable(), batch, _progress(batch.total if batch.total > 20 else 0, "validating", quiet) as bar:
                for _ in batch:
                    bar.update(1)
        except KeyboardInterrupt as exc:
            interrupted = exc
        if summary.files or output_format != "text":  # what was checked, also when interrupted
            report_format.close(summary)
    except BaseException:
        if isinstance(out, PendingText):
            out.discard()  # a run that failed leaves no report
        raise
    if isinstance(out, PendingText):
        try:
            out.close()  # the report of the files checked, whole, in place
        except OutputError as exc:
            click.echo(f"akn: {exc}", err=True)
            sys.exit(EXIT_FAILED)
    if interrupted is not None:
        _exit_interrupted(interrupted, batch.done, batch.total, batch.manifest)
    if summary.unchanged and not quiet:
        click.echo(f"{summary.unchanged} file(s) unchanged since {manifest} recorded them, not checked again",
                   err=True)
    sys.exit(summary.exit_code)


def _report_output(output: str, validated: list[str]) -> PendingText:
    """The file a report goes to, written under a temporary name until it is whole; never one of the files
    validated (the report would replace it)."""
    try:
        return PendingText(Path(output), _input_paths(tuple(validated)))
    except OutputError as exc:
        click.echo(f"akn: {exc}", err=True)
        sys.exit(EXIT_FAILED)


def _stdout_text() -> TextIO:
    """Standard output for a report, each block written whole, so that a reader closing the pipe stops the
    run (exit 141) instead of cutting the report short in silence."""
    return io.TextIOWrapper(cast(BinaryIO, WholeWrites(sys.stdout.buffer)), encoding=sys.stdout.encoding or "utf-8",
                            errors=sys.stdout.errors or "strict", write_through=True)


class _NoBar:
    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, steps: int) -> None:
        return None


def _explained(report, schema_path):  # type: ignore[no-untyped-def]
    from .conformance.explain import explain

    report.problems = [explain(p, schema_path) for p in report.problems]
    return report


# -- akn fix -----------------------------------------------------------------------------------------------


@main.command("fix")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", type=click.Path(dir_okay=True),
              help="Output file; for several inputs or a folder, the output folder (created if missing), where "
                   "the input tree is mirrored. Default: standard output.")
@click.option("-j", "--jobs", type=click.IntRange(1, 256), default=None, show_default="all cores", metavar="N",
              help="Fix several files in this many processes.")
@click.option("--max-size", type=click.IntRange(1), default=100, show_default=True, metavar="MB",
              help="Refuse files larger than this many megabytes.")
@click.option("--diff", is_flag=True, help="Print what would change, as a unified diff, instead of writing.")
@click.option("-q", "--quiet", is_flag=True, help="Print only what could not be repaired.")
def fix_command(inputs: tuple[str, ...], output: str | None, jobs: int | None, max_size: int, diff: bool,
                quiet: bool) -> None:
    """Rewrite eIds to the naming convention, with every reference to them, and repair the FRBR IRIs
    that the metadata determines. No text and no element changes.

    What cannot be repaired is printed as akn validate prints it (level 2). Exit codes: 0 repaired and
    conformant, 1 written but problems remain, 2 usage error, 3 input unreadable or not XML; 130
    interrupted (Ctrl-C), 143 terminated (SIGTERM): the files written are whole, no other is begun.
    """
    from .batch import default_jobs, find, parallel

    sources = find(inputs, (".xml",))
    if not sources:
        raise click.UsageError("no .xml files found in the given folders")
    if diff and output:
        raise click.UsageError("--diff prints what would change and writes nothing: no -o with it")
    several = len(sources) > 1 or any(p != "-" and Path(p).is_dir() for p in inputs)
    out_dir = None if diff else _created_output_folder(output) if several else _output_folder(output)
    limit = max_size * _MB
    status = EXIT_OK
    protected = _input_paths(tuple(s.path for s in sources))
    files = [(s.path, limit) for s in sources if s.path != "-"]
    fixes = parallel(_fix_one, files, jobs=jobs or default_jobs(), ordered=True, on_crash=_fix_crashed)
    done = 0
    try:
        with _stoppable():
            for found in sources:
                path = found.path
                stdin = read_limited(sys.stdin.buffer, limit) if path == "-" else None
                if stdin is not None:
                    fixed, problem, code = _fix_one((stdin, limit))
                else:
                    fixed, problem, code = next(fixes)[1]
                if fixed is not None:
                    try:
                        if diff:
                            _print_diff(fixed, stdin if stdin is not None else Path(path).read_bytes())
                        else:
                            _write_result(fixed.xml, found, out_dir, output, protected, ".xml")
                    except (OutputError, OSError) as exc:
                        fixed, problem, code = None, (str(exc) if isinstance(exc, OutputError) else
                                                      f"{path}: {exc.strerror or exc}"), EXIT_FAILED
                done += 1
                if fixed is None:
                    click.echo(f"akn: {problem}", err=True)
                    status = max(status, code)
                else:
                    status = max(status, _said_of(fixed, quiet))
    except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM (_Interrupted): the files written are whole
        fixes.close()
        _exit_interrupted(exc, done, len(sources), None)
    sys.exit(status)


def _write_result(data: bytes, found: Source, out_dir: Path | None, output: str | None, protected: Inputs,
                  suffix: str) -> None:
    """What an input gave, where it goes: under the output folder as the input is under its folder (with
    `suffix`), to the output file, or to standard output."""
    if out_dir is not None:
        target = out_dir / (Path(found.relative).with_suffix(suffix) if found.path != "-" else f"stdin{suffix}")
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, data, protected)
    elif output:
        write_atomic(Path(output), data, protected)
    else:
        write_all(sys.stdout.buffer, data)


def _said_of(fixed: Fixed, quiet: bool) -> int:
    """What was repaired and what was not, on standard error; the exit code it makes (1: problems remain)."""
    from .conformance.problems import FAILING
    from .conformance.report import text_line

    left = [p for p in fixed.remaining if p.severity in FAILING]
    if not quiet:
        click.echo(f"{fixed.name}: {len(fixed.renamed)} eId(s) renamed, {fixed.references} reference(s) "
                   f"updated, {fixed.iris} FRBR IRI(s) repaired; {len(left)} problem(s) left", err=True)
    for note in fixed.unrepaired:
        click.echo(f"{fixed.name}: not repaired: {note}", err=True)
    for problem in fixed.remaining:
        if problem.severity in FAILING or not quiet:
            click.echo(text_line(problem), err=True)
    return EXIT_FAILED if left else EXIT_OK


def _print_diff(fixed: Fixed, original: bytes) -> None:
    """The lines `fixed` changes in the file, as a unified diff on standard output (nothing when none)."""
    import difflib

    before = original.decode(fixed.encoding, errors="replace").splitlines(keepends=True)
    after = fixed.xml.decode(fixed.encoding, errors="replace").splitlines(keepends=True)
    lines = difflib.unified_diff(before, after, fromfile=fixed.name, tofile=f"{fixed.name} (fixed)")
    write_all(sys.stdout.buffer, "".join(line if line.endswith("\n") else line + "\n" for line in lines).encode())


def _fix_one(task: tuple[str | bytes, int]) -> tuple[Fixed | None, str, int]:
    """`fix` of a path (or of standard input's bytes) within the size limit: the result, or None with what
    went wrong and its exit code (a worker process returns it rather than raising it)."""
    from .conformance.fix import fix
    from .conformance.loader import UnreadableXml

    source, limit = task
    try:
        return fix(source, name="<stdin>" if isinstance(source, bytes) else source, max_size=limit), "", EXIT_OK
    except UnreadableXml as exc:
        return None, str(exc), EXIT_INPUT
    except AknError as exc:
        return None, str(exc), EXIT_FAILED


def _fix_crashed(task: tuple[str | bytes, int], reason: str) -> tuple[Fixed | None, str, int]:
    return None, f"{task[0]!s}: {reason}", EXIT_FAILED


def _created_output_folder(output: str | None) -> Path:
    """The folder that several outputs go to, one file each (the tree of an input folder mirrored in it),
    created if missing."""
    if not output:
        raise click.UsageError("several inputs or a folder need -o FOLDER")
    folder = Path(output)
    if folder.exists() and not folder.is_dir():
        raise click.UsageError(f"{output}: not a folder (several inputs are written one file each)")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _output_folder(output: str | None) -> Path | None:
    """The folder that one input's output goes to when -o names an existing folder; None for a file or stdout."""
    return Path(output) if output and Path(output).is_dir() else None
