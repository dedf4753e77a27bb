"""The command line: argument parsing and messages only; the work is done by the library.

Exit codes: 0 done (warnings allowed), 1 not done (an error, or a warning under --strict), 2 usage error,
3 input unreadable or undecodable.
"""

from __future__ import annotations

import datetime as _dt
import sys
from pathlib import Path

import click

from . import __version__
from .api import convert, to_text
from .errors import AknError, InputError, StrictModeError, XmlInputError
from .files import OutputError, write_atomic

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INPUT = 0, 1, 2, 3
KINDS = ("resolution", "draftResolution", "decision", "draftDecision", "amendment", "presidentialStatement")


class AknGroup(click.Group):
    def main(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        kwargs.setdefault("prog_name", "akn")
        return super().main(*args, **kwargs)


@click.group(cls=AknGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100, "terminal_width": 100})
@click.version_option(__version__, "--version", prog_name="akn")
def main() -> None:
    """Resolutions as plain text to Akoma Ntoso 3.0 XML, validated against the OASIS schema and naming
    convention, and back to text."""


def _read_input(path: str) -> tuple[bytes, str]:
    if path == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    try:
        return Path(path).read_bytes(), path
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, exc.strerror or "cannot be read") from None


def _date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return _dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


@main.command("convert")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", type=click.Path(dir_okay=True), help="Output file, or folder for several inputs. Default: standard output.")
@click.option("--symbol", help="Document symbol, e.g. A/RES/78/12.")
@click.option("--actor", help="FRBR actor of the issuing body, e.g. unga, unsc, ccpcj.")
@click.option("--country", help="FRBR country (ISO 3166), default un.")
@click.option("--date", callback=_date_option, help="Work date (adoption; for drafts, issuance), YYYY-MM-DD.")
@click.option("--issued", callback=_date_option, help="Date of issuance (expression date), YYYY-MM-DD.")
@click.option("--language", help="Language of the text, ISO 639-2 (eng, fra, spa, ...).")
@click.option("--session", help="Session number, e.g. 78.")
@click.option("--agenda-item", "agenda_items", multiple=True, help="Agenda item; repeat for several.")
@click.option("--distribution", type=click.Choice(["general", "limited", "restricted"]), help="Distribution.")
@click.option("--sponsor", "sponsors", multiple=True, help="Sponsor; repeat for several.")
@click.option("--title", help="Title of the document.")
@click.option("--kind", type=click.Choice(KINDS), help="Document kind.")
@click.option("--markup-date", callback=_date_option, help="Markup date recorded in the output (default: today).")
@click.option("--strict", is_flag=True, help="Fail (exit 1) when the conversion raises any warning.")
@click.option("-q", "--quiet", is_flag=True, help="Do not print warnings.")
def convert_command(inputs: tuple[str, ...], output: str | None, strict: bool, quiet: bool, **metadata: object) -> None:
    """Convert resolution text files (or - for standard input) to Akoma Ntoso XML.

    Exit codes: 0 converted (warnings allowed), 1 not converted (an error, or a warning under --strict),
    2 usage error, 3 input unreadable or undecodable.
    """
    metadata = {k: v for k, v in metadata.items() if v not in (None, ())}
    metadata.setdefault("markup_date", _dt.date.today().isoformat())
    out_dir = None
    if len(inputs) > 1:
        if not output:
            raise click.UsageError("several inputs need -o FOLDER")
        out_dir = Path(output)
        if not out_dir.is_dir():
            raise click.UsageError(f"{output}: not an existing folder (several inputs are written one file each)")
    elif output and Path(output).is_dir():
        out_dir = Path(output)
    status = EXIT_OK
    for path in inputs:
        try:
            data, name = _read_input(path)
            result = convert(data, strict=strict, name=name, **metadata)
            if not quiet:
                for warning in result.warnings:
                    click.echo(f"{name}:{warning.line}: warning: {warning.message}", err=True)
            xml = result.to_xml()
            if out_dir is not None:
                stem = Path(name).name if path != "-" else "stdin.txt"
                target = out_dir / (Path(stem).stem + ".xml")
                write_atomic(target, xml, _input_paths(inputs))
            elif output:
                write_atomic(Path(output), xml, _input_paths(inputs))
            else:
                sys.stdout.buffer.write(xml)
                sys.stdout.buffer.flush()
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


def _input_paths(inputs: tuple[str, ...]) -> tuple[Path, ...]:
    return tuple(Path(p) for p in inputs if p != "-")


@main.command("text")
@click.argument("input", metavar="INPUT")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Output file. Default: standard output.")
@click.option("--format", "text_format", type=click.Choice(["plain", "markdown"]), default="plain", show_default=True,
              help="Plain text, or Markdown (italic opening phrases, notes as <sup>).")
def text_command(input: str, output: str | None, text_format: str) -> None:
    """Write an Akoma Ntoso document (or - for standard input) as the text a reader sees on paper, in the
    layout that `akn convert` reads back.

    Exit codes: 0 written, 1 not written (the output cannot be written), 2 usage error, 3 input unreadable or
    not Akoma Ntoso XML.
    """
    try:
        data, name = _read_input(input)
        text = to_text(data, text_format, name=name).encode("utf-8")
        if output:
            write_atomic(Path(output), text, _input_paths((input,)))
        else:
            sys.stdout.buffer.write(text)
            sys.stdout.buffer.flush()
    except (InputError, XmlInputError) as exc:
        click.echo(f"akn: {exc}", err=True)
        sys.exit(EXIT_INPUT)
    except (AknError, OutputError) as exc:
        click.echo(f"akn: {exc}", err=True)
        sys.exit(EXIT_FAILED)
    sys.exit(EXIT_OK)
