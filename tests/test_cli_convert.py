"""`akn convert` as a user meets it: exit codes, messages, stdin, output files."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import akn
from akn.cli import main

from .conftest import SAMPLES

SAMPLE = SAMPLES / "ga-resolution.txt"


def run(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "akn", *args], input=input, capture_output=True, timeout=60, check=False
    )


def test_converts_a_sample_to_stdout() -> None:
    done = run("convert", str(SAMPLE), "--markup-date", "2026-01-01")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(b"<?xml")
    assert b"<statement name=\"resolution\">" in done.stdout
    assert done.stdout.endswith(b"</akomaNtoso>\n")  # the prompt after `akn convert` starts on a line of its own


def test_stdin_is_read_with_a_dash() -> None:
    done = run("convert", "-", "--markup-date", "2026-01-01", input=SAMPLE.read_bytes())
    assert done.returncode == 0
    assert b"80/321" in done.stdout


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", b"empty input"),
        (b"   \n\n  \n", b"empty input"),
        (b"\x00\x01\x02binary\x00", b"binary data"),
        ("caf\u00e9 r\u00e9solution".encode("latin-1"), b"not UTF-8"),
    ],
)
def test_bad_input_is_one_line_and_exit_3(tmp_path: Path, content: bytes, message: bytes) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    done = run("convert", str(bad))
    assert done.returncode == 3
    assert message in done.stderr
    assert str(bad).encode() in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert b"Traceback" not in done.stderr


def _resolution_of(size: int) -> bytes:
    """A resolution of at least `size` bytes: the sample, its operative paragraphs repeated."""
    text = SAMPLE.read_bytes()
    filler = b"".join(b"%d. Requests the Secretary-General to report to the Assembly;\n\n" % n for n in range(3, 40))
    return text + filler * (size // len(filler) + 1)


def test_an_input_over_the_size_limit_is_refused_unread_in_one_line(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(_resolution_of(1024 * 1024 + 1))
    target = tmp_path / "big.xml"
    done = run("convert", str(big), "--max-size", "1", "-o", str(target))
    assert done.returncode == 3
    assert done.stderr.decode().strip() == (f"akn: {big}: {big.stat().st_size:,} bytes is over the size limit of "
                                            "1 MB (1,048,576 bytes; --max-size)")
    assert not target.exists()
    piped = run("convert", "-", "--max-size", "1", input=big.read_bytes())
    assert piped.returncode == 3 and piped.stdout == b""
    assert piped.stderr == b"akn: <stdin>: more than the size limit of 1 MB (1,048,576 bytes; --max-size)\n"
    assert run("convert", str(big), "--max-size", "2", "-q", "--markup-date", "2026-01-01").returncode == 0


def test_the_default_size_limit_is_twenty_megabytes(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024 + 1)  # sparse: refused on its size before a byte is read
    done = run("convert", str(big))
    assert done.returncode == 3 and b"over the size limit of 20 MB" in done.stderr


def test_a_batch_records_an_input_over_the_size_limit_and_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "big.txt").write_bytes(_resolution_of(1024 * 1024 + 1))
    (folder / "small.txt").write_bytes(SAMPLE.read_bytes())
    done = run("convert", str(folder), "-o", str(tmp_path / "out"), "--max-size", "1", "-q")
    assert done.returncode == 3
    assert b"big.txt: " in done.stderr and b"over the size limit of 1 MB" in done.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["manifest.jsonl", "small.xml"]


def test_the_library_refuses_a_file_over_its_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(_resolution_of(4096))
    with pytest.raises(akn.InputError, match="bytes is over the size limit of 4,096 bytes"):
        akn.convert_file(big, max_size=4096, markup_date="2026-01-01")
    assert akn.convert_file(big, max_size=None, markup_date="2026-01-01").work
    results = list(akn.convert_many([str(big)], jobs=1, max_size=4096, markup_date="2026-01-01"))
    assert [r.status for r in results] == ["unreadable"]


def test_missing_file_exit_3() -> None:
    done = run("convert", "no/such/file.txt")
    assert done.returncode == 3
    assert b"no/such/file.txt: no such file" in done.stderr


def test_usage_error_exit_2() -> None:
    assert run("convert").returncode == 2
    assert run("convert", str(SAMPLE), "--date", "yesterday").returncode == 2


@pytest.mark.parametrize(
    "option, value, problem",
    [
        ("--title", "Draft\x01title", b"U+0001, which XML cannot carry"),
        ("--sponsor", "Chile\x0b", b"U+000B, which XML cannot carry"),
        ("--symbol", "A/RES/80/1\udcff", b"bytes that are not UTF-8 text"),  # an undecodable byte of argv
    ],
)
def test_an_option_xml_cannot_carry_is_a_usage_error(tmp_path: Path, option: str, value: str, problem: bytes) -> None:
    target = tmp_path / "out.xml"
    done = run("convert", str(SAMPLE), "-o", str(target), option, value)
    assert done.returncode == 2
    assert f"Invalid value for '{option}'".encode() in done.stderr and problem in done.stderr
    assert b"Traceback" not in done.stderr
    assert not target.exists()


@pytest.mark.parametrize(
    "option, value, problem",
    [
        ("--language", "xx", b"'xx' is not an ISO 639-2 language code"),
        ("--country", "usa", b"'usa' is not an ISO 3166 country code"),
        ("--actor", "un ga", b"'un ga' cannot be an FRBR actor"),
    ],
)
def test_a_metadata_option_the_naming_convention_refuses_is_a_usage_error(tmp_path: Path, option: str, value: str,
                                                                          problem: bytes) -> None:
    target = tmp_path / "out.xml"
    done = run("convert", str(SAMPLE), "-o", str(target), option, value)
    assert done.returncode == 2
    assert f"Invalid value for '{option}'".encode() in done.stderr and problem in done.stderr
    assert not target.exists()


@pytest.mark.parametrize(
    "sample, encoding",
    [("ru-resolution.txt", "cp1251"), ("zh-resolution.txt", "gb18030"), ("ar-resolution.txt", "cp1256"),
     ("fr-resolution.txt", "cp1252")],
)
def test_a_legacy_encoding_is_read_as_named(tmp_path: Path, sample: str, encoding: str) -> None:
    text = (SAMPLES / sample).read_text("utf-8")
    source = tmp_path / "legacy.txt"
    source.write_bytes(text.encode(encoding))
    unnamed = run("convert", str(source))
    assert unnamed.returncode == 3
    assert f"name its encoding: it reads as {encoding} (--encoding {encoding})".encode() in unnamed.stderr
    done = run("convert", str(source), "--encoding", encoding, "--markup-date", "2026-01-01")
    assert done.returncode == 0, done.stderr
    expected = (SAMPLES / sample).with_suffix(".xml").read_bytes()
    # the same markup, but for the provenance: the hash of other bytes, and the encoding recorded as an option
    provenance = re.compile(rb"<akntool:provenance[^>]*/>|<akntool:provenance.*?</akntool:provenance>", re.DOTALL)
    assert b'<akntool:option name="encoding" value="' + encoding.encode() + b'"/>' in done.stdout
    assert provenance.sub(b"", done.stdout) == provenance.sub(b"", expected)


@pytest.mark.parametrize("start, named", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", b"a PDF file, not text: extract its text first (pdftotext -layout"),
    (b"PK\x03\x04\x14\x00\x06\x00", b"a ZIP archive (a Word .docx, an OpenDocument .odt, ...), not text"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", b"a legacy Office document (a Word .doc), not text"),
    (b"{\\rtf1\\ansi The General Assembly,", b"an RTF document, not text: save it as plain text first"),
])
def test_a_document_not_yet_text_is_named_with_what_to_do(tmp_path: Path, start: bytes, named: bytes) -> None:
    # the files a resolution comes in before it is text; without NUL bytes near its start a PDF was "not
    # UTF-8 text" and asked for an encoding
    source = tmp_path / "resolution"
    source.write_bytes(start + bytes(range(1, 256)) * 4)
    done = run("convert", str(source))
    assert done.returncode == 3 and done.stdout == b""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(b"akn: " + str(source).encode() + b": " + named)


def test_an_encoding_is_guessed_only_when_the_text_reads_as_one_script(tmp_path: Path) -> None:
    from akn.plaintext.encodings import likely_encoding

    # accented letters too many for running Latin text, too few for any other script; then bytes that read as
    # no script at all
    mixed = "été à Nîmes où élève ôté ".encode("cp1252") * 40
    assert likely_encoding(mixed) is None
    assert likely_encoding(bytes(range(128, 256)) * 8) is None
    source = tmp_path / "mixed.txt"
    source.write_bytes(mixed)
    done = run("convert", str(source))
    assert done.returncode == 3 and b"name its encoding: --encoding cp1252, cp1251, gb18030, ..." in done.stderr


def test_text_that_is_not_in_the_named_encoding_is_one_line_and_exit_3(tmp_path: Path) -> None:
    source = tmp_path / "russian.txt"
    source.write_bytes((SAMPLES / "ru-resolution.txt").read_text("utf-8").encode("cp1251"))
    done = run("convert", str(source), "--encoding", "ascii")
    assert done.returncode == 3
    assert done.stderr.strip() == f"akn: {source}: not ascii text (byte 0xce at offset 0)".encode()


def test_a_utf8_file_is_read_as_utf8_whatever_encoding_is_named(tmp_path: Path) -> None:
    # One --encoding for a folder that mixes legacy files with UTF-8 ones: the UTF-8 ones stay UTF-8.
    folder = tmp_path / "in"
    folder.mkdir()
    text = (SAMPLES / "ru-resolution.txt").read_text("utf-8")
    (folder / "legacy.txt").write_bytes(text.encode("cp1251"))
    (folder / "unicode.txt").write_bytes(text.encode("utf-8"))
    done = run("convert", str(folder), "-o", str(tmp_path / "out"), "--encoding", "cp1251", "-q",
               "--markup-date", "2026-01-01")
    assert done.returncode == 0, done.stderr
    bodies = [re.sub(rb"<akntool:provenance.*?</akntool:provenance>", b"", (tmp_path / "out" / name).read_bytes(),
                     flags=re.DOTALL) for name in ("legacy.xml", "unicode.xml")]
    assert bodies[0] == bodies[1]
    assert "Генеральная Ассамблея".encode() in bodies[1]


def test_utf16_without_a_byte_order_mark_is_read_when_named(tmp_path: Path) -> None:
    source = tmp_path / "wide.txt"
    source.write_bytes(SAMPLE.read_text("utf-8").encode("utf-16-le"))
    assert b"binary data" in run("convert", str(source)).stderr
    done = run("convert", str(source), "--encoding", "utf-16-le", "--markup-date", "2026-01-01")
    assert done.returncode == 0, done.stderr
    assert b"80/321" in done.stdout


@pytest.mark.parametrize("name, problem", [("nope", b"unknown encoding 'nope'"), ("base64", b"'base64' is no text encoding")])
def test_an_unknown_encoding_is_a_usage_error(name: str, problem: bytes) -> None:
    done = run("convert", str(SAMPLE), "--encoding", name)
    assert done.returncode == 2 and problem in done.stderr


def test_the_library_reads_a_legacy_encoding() -> None:
    text = (SAMPLES / "zh-resolution.txt").read_text("utf-8")
    converted = akn.convert(text.encode("gb18030"), encoding="gb18030", markup_date="2026-01-01")
    assert converted.document.preamble[0].inlines[0].children[0].text == "大会"
    with pytest.raises(akn.AknError, match="encoding: unknown encoding"):
        akn.convert(b"text", encoding="nope")


@pytest.mark.parametrize(
    "encoding, bom",
    [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")],
)
def test_byte_order_marks_and_crlf(tmp_path: Path, encoding: str, bom: bytes) -> None:
    text = SAMPLE.read_text("utf-8").replace("\n", "\r\n").replace("Eightieth session", "Eightieth\u00a0session")
    source = tmp_path / "bom.txt"
    source.write_bytes(bom + text.encode(encoding))
    done = run("convert", str(source), "--markup-date", "2026-01-01")
    assert done.returncode == 0, done.stderr
    plain = run("convert", str(SAMPLE), "--markup-date", "2026-01-01").stdout
    strip = lambda xml: b"".join(line for line in xml.splitlines() if b"inputSha256" not in line)
    assert strip(done.stdout) == strip(plain)


def test_output_file_is_written_and_input_never_overwritten(tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    source.write_bytes(SAMPLE.read_bytes())
    target = tmp_path / "out.xml"
    assert run("convert", str(source), "-o", str(target)).returncode == 0
    assert target.read_bytes().startswith(b"<?xml")
    assert target.read_bytes().endswith(b"</akomaNtoso>\n")  # a text file: its last line ends
    done = run("convert", str(source), "-o", str(source))
    assert done.returncode == 1
    assert b"refusing to overwrite the input" in done.stderr
    assert source.read_bytes() == SAMPLE.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.txt", "out.xml"]


def test_several_inputs_need_a_folder_and_write_one_file_each(tmp_path: Path) -> None:
    inputs = [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    assert run("convert", *inputs).returncode == 2
    done = run("convert", *inputs, "-o", str(tmp_path))
    assert done.returncode == 0, done.stderr
    written = sorted(Path(p).stem + ".xml" for p in inputs) + ["manifest.jsonl"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(written)


def test_a_failed_run_leaves_no_partial_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00")
    target = tmp_path / "out.xml"
    assert run("convert", str(bad), "-o", str(target)).returncode == 3
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["bad.txt"]


def test_strict_turns_warnings_into_failure(tmp_path: Path) -> None:
    source = tmp_path / "odd.txt"
    source.write_text("The General Assembly,\n\nRecalling its work,\n\n1. Decides to act;\n\n3. Requests a report.\n")
    relaxed = run("convert", str(source), "--markup-date", "2026-01-01")
    assert relaxed.returncode == 0
    assert b"odd.txt:7: warning: paragraph 3 follows paragraph 1" in relaxed.stderr
    strict = run("convert", str(source), "--strict")
    assert strict.returncode == 1
    assert strict.stdout == b""


def test_same_input_and_options_give_identical_bytes() -> None:
    first = run("convert", str(SAMPLE), "--markup-date", "2026-01-01").stdout
    second = run("convert", str(SAMPLE), "--markup-date", "2026-01-01").stdout
    assert first == second


def test_version_option() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0
    assert result.output.startswith("akn, version ")
    assert result.output.rstrip().endswith("(compiled)" if akn.compiled() else "(pure Python)")


def test_a_directory_is_a_batch_that_needs_an_output_folder(tmp_path: Path) -> None:
    done = run("convert", str(tmp_path))
    assert done.returncode == 2
    assert b"need -o FOLDER" in done.stderr and b"Traceback" not in done.stderr
    assert os.listdir(tmp_path) == []
    empty = run("convert", str(tmp_path), "-o", str(tmp_path / "out"))
    assert empty.returncode == 2
    assert b"no .txt or .md files" in empty.stderr


def test_a_bug_is_one_line_and_exit_code_70_and_the_traceback_is_there_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    import akn.api

    def broken(*args: object, **kwargs: object) -> None:
        raise IndexError("no such group")

    monkeypatch.setattr(akn.api, "convert", broken)
    monkeypatch.delenv("AKN_TRACEBACK", raising=False)
    result = CliRunner().invoke(main, ["convert", str(SAMPLE)])
    assert result.exit_code == 70
    assert result.output.strip().splitlines() == [
        "akn convert: internal error: IndexError: no such group (a bug in akn; AKN_TRACEBACK=1 shows where)"
    ]
    monkeypatch.setenv("AKN_TRACEBACK", "1")
    result = CliRunner().invoke(main, ["convert", str(SAMPLE)])
    assert result.exit_code == 70  # the same code: a script's handling does not change for a bug report
    assert "Traceback (most recent call last)" in result.output and "IndexError: no such group" in result.output


def _a_class_whose_creation_is_interrupted(interruption: type[KeyboardInterrupt]) -> None:
    """What Python 3.11 does to a signal that lands while a module's dataclass is made: a RuntimeError."""

    class Field:
        def __set_name__(self, owner: type, name: str) -> None:
            raise interruption

    try:
        type("Summary", (), {"counts": Field()})  # on 3.11, the RuntimeError
    except KeyboardInterrupt as exc:  # Python 3.12 and later pass it through unwrapped
        raise RuntimeError("Error calling __set_name__ on 'Field' instance 'counts' in 'Summary'") from exc


@pytest.mark.parametrize("signalled, code, said", [("sigint", 130, "interrupted"), ("sigterm", 143, "terminated")])
def test_an_interruption_is_its_exit_code_not_a_bug_also_when_python_wrapped_it(
        monkeypatch: pytest.MonkeyPatch, signalled: str, code: int, said: str) -> None:
    import akn.api
    from akn.cli import _Interrupted

    interruption = KeyboardInterrupt if signalled == "sigint" else _Interrupted

    def interrupted(*args: object, **kwargs: object) -> None:
        raise interruption

    def interrupted_in_an_import(*args: object, **kwargs: object) -> None:
        _a_class_whose_creation_is_interrupted(interruption)

    for convert in (interrupted, interrupted_in_an_import):
        monkeypatch.setattr(akn.api, "convert", convert)
        result = CliRunner().invoke(main, ["convert", str(SAMPLE)])
        assert (result.exit_code, result.output.strip()) == (code, f"akn convert: {said}")


def test_a_reader_that_closes_the_pipe_ends_the_run_quietly() -> None:
    big = Path(__file__).parent.parent.parent / "shared" / "corpus" / "text" / "A-RES-79-243.txt"
    source = big if big.exists() else SAMPLE
    with subprocess.Popen([sys.executable, "-m", "akn", "convert", str(source)], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()
        error = process.stderr.read()
        code = process.wait(timeout=60)
    assert code in (0, 141)  # 0 when the whole output fitted in the pipe before it closed
    assert b"Traceback" not in error and error == b""


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="/dev/full is a Linux device")
def test_a_full_disk_is_a_one_line_message_and_exit_code_1() -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run([sys.executable, "-m", "akn", "convert", str(SAMPLE)], stdout=full,
                              stderr=subprocess.PIPE, timeout=60, check=False)
    assert done.returncode == 1
    assert done.stderr.decode().strip() == "akn convert: No space left on device"


def test_a_recital_citing_forty_resolutions_is_read_in_one_pass() -> None:
    # The numbers between a citation and its date were once matched in exponentially many ways: twenty
    # citations took a second, forty would take days. The timeout only guards against that hang.
    cited = ", ".join(f"{1000 + i} ({2010 + i % 9})" for i in range(40))
    text = f"The Security Council,\n\nRecalling its resolutions {cited} and 2286 (2016), adopted on 3 May 2016,\n\n"
    done = subprocess.run([sys.executable, "-m", "akn", "convert", "-", "--markup-date", "2026-01-01"],
                          input=(text + "1. Decides to act.\n").encode(), capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count(b"<ref ") == 41


def test_an_output_clash_names_the_input_it_stops(tmp_path: Path) -> None:
    # Two inputs whose outputs would be one file: the second is not converted, and its line says which it is,
    # also when the message itself names that input (standard input, "-", read twice).
    done = run("convert", "-", "-", "-o", str(tmp_path), "--markup-date", "2026-01-01", input=SAMPLE.read_bytes())
    assert done.returncode == 1
    clash = [line for line in done.stderr.decode().splitlines() if "not converted" in line]
    assert clash == [f"akn: -: not converted: its output {tmp_path / 'stdin.xml'} is also the output of -"]


def test_akoma_ntoso_given_to_convert_and_text_given_to_text_say_which_command_reads_them(tmp_path: Path) -> None:
    xml = SAMPLES / "ga-resolution.xml"
    done = run("convert", str(xml))
    assert done.returncode == 3 and done.stdout == b""
    assert done.stderr.decode().strip() == (f"akn: {xml}: Akoma Ntoso XML already, not text: akn text writes it "
                                            "as text, akn validate checks it")
    # also behind a comment, with a prefix for its namespace
    prefixed = tmp_path / "prefixed.xml"
    prefixed.write_text('<?xml version="1.0"?>\n<!-- from elsewhere -->\n<akn:akomaNtoso xmlns:akn="x"/>')
    assert b"Akoma Ntoso XML already" in run("convert", str(prefixed)).stderr
    text = SAMPLES / "ga-resolution.txt"
    done = run("text", str(text))
    assert done.returncode == 3
    assert done.stderr.decode().strip() == f"akn: {text}:1: text, not XML: it does not begin with a tag"
