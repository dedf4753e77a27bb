"""The library as an embedding program meets it: the README's example runs, errors form one hierarchy,
nothing prints, and `import akn` stays light."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pytest

import akn
from akn.api import Converted

from .conftest import ROOT, SAMPLES

README = (ROOT / "README.md").read_text("utf-8")


def api_example() -> str:
    section = README.split("\n## API\n", 1)[1].split("\n## ", 1)[0]
    found = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert found is not None, "the README's API section has no Python example"
    return found.group(1)


def test_the_readme_api_example_runs_and_prints_what_it_says(tmp_path: Path) -> None:
    (tmp_path / "samples").symlink_to(SAMPLES)
    done = subprocess.run([sys.executable, "-c", api_example()], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "/akn/un/statement/deliberation/unga/2025-12-17/80-321"
    assert "United Nations" in lines
    assert lines[lines.index("United Nations") + 1] == "False"  # akn.fix finds nothing to repair
    converted = [line for line in lines if line.startswith("converted samples/")]
    assert len(converted) == len(list(SAMPLES.glob("*.txt")))
    assert lines[-1].startswith("InputError <input>: binary data")
    assert (tmp_path / "out" / "manifest.jsonl").is_file()
    # the comments in the example say what it prints
    for comment in re.findall(r"# ((?:/akn|United|InputError)[^\n]*)", api_example()):
        assert comment in done.stdout


def test_every_error_is_an_akn_error() -> None:
    for name in ("InputError", "XmlInputError", "OptionError", "ConversionError", "StrictModeError", "OutputError", "SchemaError",
                 "BatchError"):
        assert issubclass(getattr(akn, name), akn.AknError), name
    with pytest.raises(akn.InputError):
        akn.convert(b"\x00\x01")
    with pytest.raises(akn.XmlInputError):
        akn.to_text(b"<not-closed>")
    with pytest.raises(akn.StrictModeError):
        akn.convert("The General Assembly,\n\n1. Decides to act;\n\n3. Requests a report.\n", strict=True)
    with pytest.raises(TypeError, match="unknown metadata sybmol"):
        akn.convert("The General Assembly,\n\n1. Decides.\n", sybmol="A/RES/1/1")
    with pytest.raises(akn.OptionError, match="title: holds the character U\\+0007"):
        akn.convert("The General Assembly,\n\n1. Decides.\n", title="Bell\x07")


def test_a_model_with_a_character_xml_cannot_carry_is_not_written() -> None:
    doc = akn.convert((SAMPLES / "ga-resolution.txt").read_bytes(), markup_date="2026-01-01").document
    assert doc.meta is not None
    spoiled = dataclasses.replace(doc, meta=dataclasses.replace(doc.meta, title="Form\x0cfeed"))
    with pytest.raises(akn.ConversionError, match="U\\+000C, which XML cannot carry"):
        akn.to_xml(spoiled)


def test_a_mark_that_names_an_attribute_twice_is_written_with_its_last_value() -> None:
    from lxml import etree

    from akn import model as m

    doc = akn.convert("The General Assembly,\n\n1. Decides to act.\n", markup_date="2026-01-01").document
    mark = m.Mark("ref", (m.Text("resolution 65/230"),), (("href", "#first"), ("href", "#second")))
    paragraph = dataclasses.replace(doc.body[0], content=(m.Para((mark,)),))
    xml = akn.to_xml(dataclasses.replace(doc, body=(paragraph,)))
    ref = etree.fromstring(xml).find(".//{*}ref")
    assert ref is not None and ref.get("href") == "#second"


def test_convert_returns_the_document_its_warnings_and_its_forms(capsys: pytest.CaptureFixture[str]) -> None:
    doc = akn.convert((SAMPLES / "ga-resolution.txt").read_bytes(), markup_date="2026-01-01", sponsors=["Chile"])
    assert isinstance(doc, Converted) and isinstance(doc.document, akn.Document)
    xml = doc.to_xml()
    assert xml == akn.to_xml(doc.document) == akn.to_xml(doc)
    assert doc.to_text() == akn.to_text(xml) == akn.to_text(doc) == akn.to_text(akn.read_akn(xml))
    assert doc.expression == doc.work + "/eng@"
    assert akn.validate(xml).conformant
    assert capsys.readouterr() == ("", ""), "the library printed something"


def test_convert_many_yields_results_as_they_finish(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with akn.convert_many([SAMPLES], jobs=2, markup_date="2026-01-01") as batch:
        results = list(batch)
    assert batch.total == len(results) == len(list(SAMPLES.glob("*.txt")))
    assert batch.counts == {"converted": batch.total}
    assert all(r.ok and r.xml for r in results)
    assert capsys.readouterr() == ("", "")


def test_closing_a_batch_early_stops_it(tmp_path: Path) -> None:
    batch = akn.convert_many([SAMPLES], output=tmp_path, jobs=2)
    first = next(iter(batch))
    batch.close()
    records = (tmp_path / "manifest.jsonl").read_text("utf-8").splitlines()
    assert first.ok and 1 <= len(records) <= batch.total
    assert not list(tmp_path.rglob("*.part"))


def test_import_akn_is_light() -> None:
    code = "import sys, akn; print(sorted(m for m in sys.modules if m.startswith(('akn.', 'lxml'))))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "['akn.errors']"


@pytest.mark.parametrize(("options", "named"), [
    ({"profile": "nope"}, "unknown profile 'nope'; known: akn4un"),
    ({"level": "2"}, "level '2' is not one of 1, 2"),
    ({"level": 3}, "level 3 is not one of 1, 2"),
    ({"ignore": ["nope"]}, "unknown rule\\(s\\) to ignore: 'nope'; known: schema, eid-syntax"),
])
def test_validate_and_validate_many_refuse_options_that_do_not_exist(options: dict[str, object], named: str) -> None:
    xml = (SAMPLES / "ga-resolution.xml").read_bytes()
    with pytest.raises(akn.OptionError, match=named):
        akn.validate(xml, **options)  # type: ignore[arg-type]
    with pytest.raises(akn.OptionError, match=named):
        akn.validate_many([SAMPLES / "ga-resolution.xml"], **options)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=named):  # what callers caught before OptionError was raised
        akn.validate(xml, **options)  # type: ignore[arg-type]


def test_validate_leaves_out_one_rule_named_alone_and_refuses_a_text_mode_file() -> None:
    xml = (SAMPLES / "ga-resolution.xml").read_bytes().replace(b'eId="para_1"', b'eId="para 1"', 1)
    assert "eid-syntax" in {p.rule_id for p in akn.validate(xml).problems}
    assert "eid-syntax" not in {p.rule_id for p in akn.validate(xml, ignore="eid-syntax").problems}
    in_text_mode = "ga-resolution.xml: a file opened in text mode; open it in binary mode"
    with open(SAMPLES / "ga-resolution.xml", encoding="utf-8") as text_file, \
            pytest.raises(akn.XmlInputError, match=in_text_mode):
        akn.validate(text_file)  # type: ignore[arg-type]
    with open(SAMPLES / "ga-resolution.xml", "rb") as binary_file:
        assert akn.validate(binary_file).conformant


def test_one_path_given_alone_is_one_input_not_its_letters(tmp_path: Path) -> None:
    with akn.validate_many(str(SAMPLES / "ga-resolution.xml"), jobs=1) as batch:
        results = list(batch)
    assert [r.input for r in results] == [str(SAMPLES / "ga-resolution.xml")] and results[0].ok
    with akn.convert_many(SAMPLES / "ga-resolution.txt", jobs=1, markup_date="2026-01-01") as batch:
        converted = list(batch)
    assert [r.input for r in converted] == [str(SAMPLES / "ga-resolution.txt")] and converted[0].ok


@pytest.mark.parametrize(("metadata", "named"), [
    ({"date": "yesterday"}, "date: 'yesterday' is not a date in YYYY-MM-DD form"),
    ({"markup_date": "x"}, "markup_date: 'x' is not a date in YYYY-MM-DD form"),
    ({"issued": "2025-02-30"}, "issued: '2025-02-30' is not a date in YYYY-MM-DD form"),
    ({"language": "xx"}, "language: 'xx' is not an ISO 639-2 language code"),
    ({"country": "usa"}, "country: 'usa' is not an ISO 3166 country code"),
    ({"country": "US"}, "country: 'US' is not an ISO 3166 country code in lower case"),
    ({"actor": "un ga"}, "actor: 'un ga' cannot be an FRBR actor"),
    ({"actor": "un/ga"}, "actor: 'un/ga' cannot be an FRBR actor"),
    ({"actor": "2025-01-01"}, "actor: '2025-01-01' cannot be an FRBR actor"),
])
def test_metadata_the_naming_convention_refuses_raises_option_error(metadata: dict[str, str], named: str) -> None:
    text = (SAMPLES / "ga-resolution.txt").read_bytes()
    with pytest.raises(akn.OptionError, match=named):
        akn.convert(text, **metadata)
    with pytest.raises(akn.OptionError, match=named):
        akn.convert_many([SAMPLES / "ga-resolution.txt"], **metadata)


@pytest.mark.parametrize("metadata", [
    {"language": "EN"}, {"language": "English"}, {"language": "fre"}, {"country": "us-ca"}, {"actor": "un.ga"},
    {"actor": "unsc"}, {"date": "2025-12-17", "issued": "2025-12-18"},
])
def test_metadata_the_naming_convention_accepts_makes_a_conformant_document(metadata: dict[str, str]) -> None:
    converted = akn.convert((SAMPLES / "ga-resolution.txt").read_bytes(), markup_date="2026-01-01", **metadata)
    report = akn.validate(converted.to_xml())
    assert report.conformant, report.problems


def test_fix_repairs_what_akn_fix_repairs_and_refuses_what_validate_refuses(tmp_path: Path) -> None:
    xml = (SAMPLES / "ga-resolution.xml").read_bytes()
    broken = xml.replace(b'eId="para_1"', b'eId="para 1"', 1)
    assert not akn.validate(broken).conformant
    fixed = akn.fix(broken, name="broken.xml")
    assert isinstance(fixed, akn.Fixed) and fixed.changed and fixed.name == "broken.xml"
    assert fixed.renamed == {"para 1": "para_1"} and fixed.remaining == []
    assert fixed.xml == xml and akn.validate(fixed.xml).conformant
    assert not akn.fix(xml).changed
    (tmp_path / "doc.xml").write_bytes(broken)
    with open(tmp_path / "doc.xml", "rb") as binary_file:
        assert akn.fix(binary_file).renamed == {"para 1": "para_1"}
    with open(tmp_path / "doc.xml", encoding="utf-8") as text_file, \
            pytest.raises(akn.XmlInputError, match="doc.xml: a file opened in text mode; open it in binary mode"):
        akn.fix(text_file)  # type: ignore[arg-type]
    for hostile in (b"", b"\x00\x01binary", b"<!DOCTYPE x [<!ENTITY a 'b'>]><x>&a;</x>", b"<not-closed>"):
        with pytest.raises(akn.XmlInputError):
            akn.fix(hostile)
    with pytest.raises(akn.XmlInputError, match="more than the size limit of 100 bytes"):
        akn.fix(xml, max_size=100)


def test_akn_xml_is_read_from_a_path_or_a_binary_file_as_validate_reads_it(tmp_path: Path) -> None:
    path = SAMPLES / "ga-resolution.xml"
    expected = akn.to_text(path.read_bytes())
    assert akn.to_text(path) == expected
    with open(path, "rb") as binary_file:
        assert akn.to_text(binary_file, format="plain") == expected
    assert akn.read_akn(path) == akn.read_akn(path.read_text("utf-8"))
    with pytest.raises(akn.XmlInputError, match="nope.xml: no such file"):
        akn.read_akn(tmp_path / "nope.xml")
    with pytest.raises(akn.XmlInputError, match="over the size limit of 100 bytes"):
        akn.to_text(path, max_size=100)
    with open(path, encoding="utf-8") as text_file, pytest.raises(akn.XmlInputError, match="opened in text mode"):
        akn.read_akn(text_file)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not int"):
        akn.to_text(42)  # type: ignore[arg-type]
    # a str is XML: one that names a file says so instead of failing as malformed XML
    with pytest.raises(akn.XmlInputError, match=r"names a file: give Path\("):
        akn.to_text(str(path))


def test_convert_takes_text_and_says_so_when_given_a_file_or_its_name() -> None:
    path = SAMPLES / "ga-resolution.txt"
    # (the compiled build refuses it where the call comes in, in mypyc's words: "union[str, bytes] object expected")
    with pytest.raises(TypeError, match=r"str.*bytes.*Path"):
        akn.convert(path)  # type: ignore[arg-type]
    with pytest.raises(akn.InputError, match="names a file, not the text of a resolution: convert_file"):
        akn.convert(str(path))
    text = path.read_text("utf-8")
    assert akn.convert(bytearray(text.encode())).to_xml() == akn.convert(text).to_xml()


def test_validate_and_fix_take_a_str_as_a_path_and_say_so_when_it_is_xml() -> None:
    xml = (SAMPLES / "ga-resolution.xml").read_text("utf-8")
    for call in (akn.validate, akn.fix):
        with pytest.raises(akn.XmlInputError, match=r"<str>: a str is a file's path, and this one is XML: give the "
                                                    r"XML as bytes \(xml.encode\(\)\)"):
            call(xml)  # type: ignore[operator]
    assert akn.validate(xml.encode()).conformant
    with pytest.raises(TypeError, match="str"):
        akn.to_xml(xml)  # type: ignore[arg-type]
