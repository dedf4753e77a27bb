"""`akn text` as a user meets it: exit codes, messages, stdin, output files, formats."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import SAMPLES

SAMPLE = SAMPLES / "ga-resolution.txt"


def run(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "akn", *args], input=input, capture_output=True, timeout=60, check=False)


def xml_of_sample(tmp_path: Path) -> Path:
    target = tmp_path / "ga.xml"
    done = run("convert", str(SAMPLE), "-o", str(target), "--markup-date", "2026-01-01", "-q")
    assert done.returncode == 0, done.stderr
    return target


def test_text_of_a_converted_sample_is_its_text(tmp_path: Path) -> None:
    done = run("text", str(xml_of_sample(tmp_path)))
    assert done.returncode == 0, done.stderr
    # the same lines as the sample; the cover page comes as one block, without the sample's blank lines
    lines = lambda text: [x for x in text.splitlines() if x.strip()]
    assert lines(done.stdout) == lines(SAMPLE.read_bytes())


def test_markdown_and_output_file(tmp_path: Path) -> None:
    out = tmp_path / "ga.md"
    done = run("text", str(xml_of_sample(tmp_path)), "--format", "markdown", "-o", str(out))
    assert done.returncode == 0 and done.stdout == b""
    text = out.read_text("utf-8")
    assert "*Recalling also* its resolution" in text and "1\\. *Decides*" in text
    assert not list(tmp_path.glob(".*.part"))


def test_stdin_and_round_trip_through_convert(tmp_path: Path) -> None:
    xml = xml_of_sample(tmp_path).read_bytes()
    text = run("text", "-", input=xml).stdout
    again = run("convert", "-", "--markup-date", "2026-01-01", input=text).stdout
    strip = lambda b: b"".join(x for x in b.splitlines() if b"inputSha256" not in x)
    assert strip(again) == strip(xml)


def test_not_akn_is_exit_3_with_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    for content in (b"<html/>", b"<akomaNtoso", b"", b'<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>'):
        bad.write_bytes(content)
        done = run("text", str(bad))
        assert done.returncode == 3, content
        assert len(done.stderr.strip().splitlines()) == 1 and b"Traceback" not in done.stderr
        assert str(bad).encode() in done.stderr


def test_text_and_fix_refuse_xml_as_validate_does_and_point_at_the_line(tmp_path: Path) -> None:
    # one reader of untrusted XML for every command: the same words, and where in the file
    sample = (SAMPLES / "ga-resolution.xml").read_text("utf-8")
    deep = tmp_path / "deep.xml"
    deep.write_text(sample.replace("<i>Decides</i>", "<i>Decides</i>" + "<b>" * 300 + "x" + "</b>" * 300, 1))
    line = sample[:sample.index("<i>Decides</i>")].count("\n") + 1
    doctype = tmp_path / "doctype.xml"
    doctype.write_text('<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso SYSTEM "akn.dtd">\n' + sample.split("\n", 1)[1])
    for command in ("text", "fix"):
        done = run(command, str(deep))
        assert done.returncode == 3
        said = done.stderr.decode().strip()
        assert said.startswith(f"akn: {deep}:{line}:") and said.endswith(
            ": elements nest deeper than 256 levels, the parser's depth limit (which keeps hostile documents from "
            "exhausting memory)"), said
        done = run(command, str(doctype))
        assert done.returncode == 3
        assert done.stderr.decode().strip() == (f"akn: {doctype}:2: a DOCTYPE declaration (DTDs and entities are "
                                                "refused, so nothing outside the file is read)")
    report = run("validate", str(deep)).stdout.decode()
    assert f"{deep}:{line}:" in report and "fatal [xml-malformed] elements nest deeper than 256 levels" in report


def test_xml_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.xml"
    xml = xml_of_sample(tmp_path).read_bytes()
    big.write_bytes(xml.replace(b"</akomaNtoso>", b"<!--" + b"x" * (1024 * 1024) + b"--></akomaNtoso>"))
    done = run("text", str(big), "--max-size", "1")
    assert done.returncode == 3 and done.stdout == b""
    assert done.stderr.decode().strip() == (f"akn: {big}: {big.stat().st_size:,} bytes is over the size limit of "
                                            "1 MB (1,048,576 bytes; --max-size)")
    assert run("text", str(big), "--max-size", "2").returncode == 0


def test_missing_file_exit_3_usage_exit_2_unwritable_exit_1(tmp_path: Path) -> None:
    assert run("text", "no/such.xml").returncode == 3
    assert run("text").returncode == 2
    assert run("text", str(SAMPLE), "--format", "html").returncode == 2
    source = xml_of_sample(tmp_path)
    done = run("text", str(source), "-o", str(tmp_path / "no" / "dir" / "out.txt"))
    assert done.returncode == 1 and b"does not exist" in done.stderr
    done = run("text", str(source), "-o", str(source))
    assert done.returncode == 1 and b"refusing to overwrite" in done.stderr


def test_a_pdf_or_office_file_given_for_xml_is_named(tmp_path: Path) -> None:
    pdf = tmp_path / "resolution.xml"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(1, 256)) * 4)
    docx = tmp_path / "resolution.docx"
    docx.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(1, 256)))
    for command in ("text", "fix"):
        done = run(command, str(pdf))
        assert done.returncode == 3 and done.stderr.decode().strip() == f"akn: {pdf}: a PDF file, not XML"
        done = run(command, str(docx))
        assert done.returncode == 3 and done.stderr.decode().strip() == (
            f"akn: {docx}: a ZIP archive (a Word .docx, an OpenDocument .odt, ...), not XML")
    report = run("validate", str(pdf))
    assert report.returncode == 3 and f"{pdf}: fatal [xml-malformed] a PDF file, not XML" in report.stdout.decode()


def test_a_folder_is_written_as_text_into_a_folder_that_mirrors_it(tmp_path: Path) -> None:
    source = tmp_path / "in"
    (source / "ga").mkdir(parents=True)
    (source / "ga" / "a.xml").write_bytes((SAMPLES / "ga-resolution.xml").read_bytes())
    (source / "sc.xml").write_bytes((SAMPLES / "sc-resolution.xml").read_bytes())
    (source / "broken.xml").write_bytes(b"<akomaNtoso")
    out = tmp_path / "out"
    done = run("text", str(source), "-o", str(out))
    assert done.returncode == 3  # the broken file; the others are written
    said = done.stderr.decode().strip().splitlines()
    assert len(said) == 1 and said[0].startswith(f"akn: {source / 'broken.xml'}:1:") and "not well-formed XML" in said[0]
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == ["ga/a.txt", "sc.txt"]
    assert (out / "ga" / "a.txt").read_bytes() == run("text", str(SAMPLES / "ga-resolution.xml")).stdout
    markdown = run("text", "--format", "markdown", str(source / "ga"), str(source / "sc.xml"), "-o", str(out / "md"))
    assert markdown.returncode == 0
    assert sorted(p.name for p in (out / "md").rglob("*.md")) == ["a.md", "sc.md"]
    alone = run("text", str(source))
    assert alone.returncode == 2 and b"need -o FOLDER" in alone.stderr
