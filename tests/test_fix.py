"""`akn fix`: eIds to the convention, references along, FRBR IRIs from the metadata; no text changes."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

import pytest
from lxml import etree

import akn
from akn.conformance.document import AKN
from akn.conformance.engine import compiled_schema
from akn.conformance.fix import fix
from akn.conformance.rules import RULES
from akn.conformance.runner import expand

from .akn_samples import CONFORMANT, WORK, line_of
from .conftest import corpus_dir

MECHANICAL = frozenset(rule_id for rule_id, module in RULES.items() if module.FIXABLE)

# The sample written as the UN's production files do: counters for eIds, slips in the FRBR IRIs, bare refs.
UN_STYLE = (
    CONFORMANT.replace('eId="preamble__formula_1"', 'eId="formula_1"')
    .replace('eId="preamble__container_1"', 'eId="container_2"')
    .replace('eId="preamble__container_1__authorialNote_1"', 'eId="authorialNote_1"')
    .replace('eId="para_1"', 'eId="para_3"')
    .replace('eId="para_2"', 'eId="para_4"')
    .replace('eId="para_2__list_1"', 'eId="para_4_list"')
    .replace('eId="para_2__list_1__intro"', 'eId="para_4_list_intro"')
    .replace('eId="para_2__list_1__point_a"', 'eId="para_4_list_point_a"')
    .replace('<attachment eId="att_1">', "<attachment>")
    .replace('eId="att_1__para_1"', 'eId="para_5"')
    .replace(f'<FRBRthis value="{WORK}/!main"/>', f'<FRBRthis value="{WORK}/!main/"/>')
    .replace(f'<FRBRthis value="{WORK}/eng@/!main"/>', f'<FRBRthis value="{WORK}/eng@!main/"/>')
    .replace(f'<FRBRuri value="{WORK}/eng@"/>', f'<FRBRuri value="{WORK[:-6]}2025-12-18/80-321/eng@/"/>', 1)
    .replace('<FRBRauthor href="#unga" as="#author"/>', '<FRBRauthor href="unga" as="author"/>', 1)
    .replace("<p>Decides to act;</p>", '<p>Decides to act; see <ref href="#para_4_list_point_a">(a)</ref>.</p>')
)


def test_the_un_style_sample_is_repaired_to_conformance() -> None:
    before = akn.validate(UN_STYLE.encode())
    assert {p.rule_id for p in before.problems} >= {"eid-prefix", "eid-syntax", "eid-missing", "frbr-syntax", "ref-form"}
    fixed = fix(UN_STYLE.encode())
    assert fixed.remaining == [], [f"{p.line} [{p.rule_id}] {p.message}" for p in fixed.remaining]
    assert fixed.renamed["container_2"] == "preamble__container_1"
    assert fixed.renamed["para_4_list_point_a"] == "para_2__list_1__point_a"
    xml = fixed.xml.decode()
    assert '<ref href="#para_2__list_1__point_a">' in xml
    assert '<attachment eId="att_1">' in xml and 'eId="att_1__para_1"' in xml
    assert f'<FRBRuri value="{WORK}/eng@"/>' in xml and f'value="{WORK}/eng@/!main"' in xml
    assert '<FRBRauthor href="#unga" as="#author"/>' in xml


def _swapped(sample: str, first: str, second: str) -> str:
    """`sample` with the eIds `first` and `second` exchanged."""
    return sample.replace(f'eId="{first}"', 'eId="swap"').replace(f'eId="{second}"', f'eId="{first}"') \
        .replace('eId="swap"', f'eId="{second}"')


def _refs(xml: bytes) -> dict[str, str | None]:
    """The href of each `<ref>` of `xml`, by its text."""
    return {ref.text or "": ref.get("href") for ref in etree.fromstring(xml).iter(AKN + "ref")}


# Each paragraph points at the other, and the point at paragraph 1; their eIds are those the refs name.
CROSS_REFERENCED = (
    CONFORMANT.replace("<p>Decides to act;</p>", '<p>Decides to act; see <ref href="#para_2">paragraph 2</ref>.</p>')
    .replace("<p>Requests:</p>", '<p>Requests, under <ref href="#para_1">paragraph 1</ref>:</p>')
    .replace("<p>A report;</p>", '<p>A report on <ref href="#para_2__list_1__point_a">(a)</ref>;</p>')
)
MEANT = {"70/1": "/akn/un/statement/deliberation/unga/2015-09-25/70-1", "paragraph 1": "#para_1",
         "paragraph 2": "#para_2", "(a)": "#para_2__list_1__point_a"}


def test_references_follow_their_elements_when_eids_are_swapped() -> None:
    swapped = _swapped(CROSS_REFERENCED, "para_1", "para_2").replace('href="#para_1"', 'href="#other"') \
        .replace('href="#para_2"', 'href="#para_1"').replace('href="#other"', 'href="#para_2"')
    fixed = fix(swapped.encode())
    assert fixed.renamed == {"para_2": "para_1", "para_1": "para_2"}
    assert _refs(fixed.xml) == MEANT
    assert fixed.references == 2
    assert fixed.remaining == []


def test_references_follow_their_elements_along_a_chain_of_renamings() -> None:
    chained = CROSS_REFERENCED.replace("para_2", "para_3").replace("para_1", "para_2")
    fixed = fix(chained.encode())
    assert fixed.renamed["para_2"] == "para_1" and fixed.renamed["para_3"] == "para_2"
    assert _refs(fixed.xml) == MEANT
    assert fixed.references == 3
    assert fixed.remaining == []


def test_references_to_eids_that_keep_their_name_are_left_alone() -> None:
    fixed = fix(_swapped(CROSS_REFERENCED, "preamble__formula_1", "preamble__container_1").encode())
    assert fixed.renamed == {"preamble__formula_1": "preamble__container_1",
                             "preamble__container_1": "preamble__formula_1"}
    assert fixed.references == 0
    assert _refs(fixed.xml) == MEANT
    root = etree.fromstring(fixed.xml)
    assert root.find(".//" + AKN + "docNumber").get("refersTo") == "#symbol"
    assert {a.get("href") for a in root.iter(AKN + "FRBRauthor")} == {"#unga", "#akn"}


def test_references_to_a_duplicated_eid_point_at_its_first_element_and_are_reported() -> None:
    duplicated = CROSS_REFERENCED.replace('eId="para_1"', 'eId="para_2"').replace('href="#para_1"', 'href="#para_2"')
    fixed = fix(duplicated.encode())
    assert fixed.renamed == {"para_2": "para_1"}
    assert _refs(fixed.xml) == {**MEANT, "paragraph 1": "#para_1", "paragraph 2": "#para_1"}
    assert fixed.references == 2
    assert len(fixed.unrepaired) == 1
    first, second = line_of(duplicated, 'eId="para_2"'), line_of(duplicated, '<paragraph eId="para_2">\n        <num>2.')
    assert fixed.unrepaired[0] == (
        f"2 reference(s) to 'para_2' (first on line {line_of(duplicated, 'paragraph 2</ref>')}): the elements "
        f"on lines {first}, {second} bore that eId and are now 'para_1', 'para_2'; the references point at the first")


def test_conformant_documents_are_left_as_they_are() -> None:
    fixed = fix(CONFORMANT.encode())
    assert not fixed.changed
    assert etree.tostring(etree.fromstring(fixed.xml)) == etree.tostring(etree.fromstring(CONFORMANT.encode()))
    converted = akn.convert_file(Path(__file__).parent.parent / "samples" / "ga-resolution.txt").to_xml()
    assert not fix(converted).changed


def test_the_fixed_file_is_the_original_with_only_the_changed_values_rewritten() -> None:
    # Written as other producers write: CRLF line ends, single quotes, empty elements as start and end tags,
    # a value holding an entity and a ">", a comment and a CDATA section that look like markup.
    written = (UN_STYLE.replace("\n", "\r\n")
               .replace('<FRBRauthor href="unga" as="author"/>', "<FRBRauthor href='unga' as='author'></FRBRauthor>")
               .replace('<formula name', '<!-- <p eId="formula_1"> --><formula name', 1)
               .replace("Decides to act; see", "Decides <![CDATA[<p eId='x'>]]> to act; see")
               .replace('<intro eId="para_4_list_intro">', '<intro eId="para_4_list_intro" class="a &amp; b > c">'))
    assert written.count("<!-- <p eId") == 1 and "CDATA" in written
    fixed = fix(written.encode())
    assert fixed.renamed and fixed.remaining == []
    out = fixed.xml.decode()
    # line for line, the lines differ in their attributes alone, and only the lines whose values changed
    assert _only_attributes_differ(written.split("\r\n"), out.split("\r\n")) == 15
    assert "<FRBRauthor href='#unga' as='#author'></FRBRauthor>" in out
    assert '<!-- <p eId="formula_1"> -->' in out and "<![CDATA[<p eId='x'>]]>" in out
    assert '<intro eId="para_2__list_1__intro" class="a &amp; b > c">' in out
    assert '<attachment eId="att_1">' in out  # an eId the element lacked, added at the end of its tag
    again = fix(fixed.xml)
    assert not again.changed and again.xml == fixed.xml


@pytest.mark.parametrize("encoding", ["utf-16", "iso-8859-1"])
def test_the_fixed_file_keeps_its_encoding_and_characters(encoding: str) -> None:
    written = UN_STYLE.replace('encoding="UTF-8"', f'encoding="{encoding}"').replace("Decides to act", "Décide d’agir")
    if encoding == "iso-8859-1":
        written = written.replace("’", "'")
    fixed = fix(written.encode(encoding))
    assert fixed.renamed and fixed.remaining == []
    text = fixed.xml.decode(encoding)
    assert "Décide d" in text
    assert _only_attributes_differ(written.splitlines(), text.splitlines()) == 15


def _only_attributes_differ(original: list[str], fixed: list[str]) -> int:
    """How many lines differ, once it is known that they differ in attribute values (or added attributes)
    alone."""
    assert len(original) == len(fixed)
    without = re.compile(r"""\s[\w:]+=(?:"[^"]*"|'[^']*')""")
    differ = [(a, b) for a, b in zip(original, fixed) if a != b]
    assert all(without.sub("", a) == without.sub("", b) for a, b in differ), differ
    return len(differ)


def test_a_document_with_nothing_to_fix_is_written_byte_for_byte() -> None:
    written = CONFORMANT.replace("\n", "\r\n").replace('<FRBRcountry value="un"/>', "<FRBRcountry value='un'></FRBRcountry>")
    fixed = fix(written.encode())
    assert not fixed.changed and fixed.xml == written.encode()


@pytest.mark.parametrize("intro", ['<intro eId="para_2__list_1__intro">', "<intro>"])
def test_an_intro_that_names_itself_keeps_its_name_when_its_context_is_renamed(intro: str) -> None:
    # as Laws.Africa writes an intro: `sec_2__intro__p_1`
    named = CONFORMANT.replace('<intro eId="para_2__list_1__intro">', intro).replace(
        "<p>Requests:</p>", '<p eId="para_2__list_1__intro__p_1">Requests:</p>')
    assert not fix(named.encode()).changed
    fixed = fix(named.replace("para_2__list_1", "para_2__list_7").encode())
    assert fixed.renamed["para_2__list_7__intro__p_1"] == "para_2__list_1__intro__p_1"
    assert fixed.remaining == []


def test_a_number_whose_dots_are_written_as_hyphens_is_kept() -> None:
    dashed = CONFORMANT.replace("<num>2.</num>", "<num>2.1</num>").replace('eId="para_2', 'eId="para_2-1')
    fixed = fix(dashed.encode())
    assert not fixed.changed and fixed.remaining == []
    dotted = fix(dashed.replace("<num>2.1</num>", "<num>3.1</num>").encode())
    assert dotted.renamed["para_2-1"] == "para_3.1"


def test_the_parts_of_a_judgment_body_are_named_in_the_eids_inside_them() -> None:
    from .test_validate_rules import judgment
    fixed = fix(judgment("p_1").encode(), check=False)
    assert fixed.renamed == {"p_1": "background__p_1"}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_fixed_file_ends_its_last_line_in_its_own_encoding(encoding: str) -> None:
    # The parser drops the line break after the root element; written back without it, `cat` left the prompt
    # on the last line of the file.
    declared = UN_STYLE.replace('encoding="UTF-8"', f'encoding="{encoding}"')
    for source in (declared.rstrip("\n"), declared.rstrip("\n") + "\n"):
        fixed = fix(source.encode(encoding))
        assert fixed.changed
        assert fixed.xml.decode(encoding).endswith("</akomaNtoso>\n")
        assert not fixed.xml.decode(encoding).endswith("\n\n")


def test_what_cannot_be_repaired_is_reported() -> None:
    xml = CONFORMANT.replace('refersTo="#symbol"', 'refersTo="#nowhere"').encode()
    fixed = fix(xml)
    assert [(p.rule_id, p.severity) for p in fixed.remaining] == [("ref-unresolved", "error")]


def test_cli_writes_the_file_and_reports_what_is_left(tmp_path: Path) -> None:
    source = tmp_path / "un.xml"
    source.write_text(UN_STYLE.replace('refersTo="#symbol"', 'refersTo="#nowhere"'))
    target = tmp_path / "fixed.xml"
    done = subprocess.run([sys.executable, "-m", "akn", "fix", str(source), "-o", str(target)],
                          capture_output=True, timeout=60, check=False)
    assert done.returncode == 1
    err = done.stderr.decode()
    assert "eId(s) renamed" in err and "1 problem(s) left" in err and "[ref-unresolved]" in err
    assert akn.validate(target).problems[0].rule_id == "ref-unresolved"
    assert subprocess.run([sys.executable, "-m", "akn", "fix", str(source), "-o", str(source)],
                          capture_output=True, timeout=60, check=False).returncode == 1
    assert source.read_text() == UN_STYLE.replace('refersTo="#symbol"', 'refersTo="#nowhere"')


def _fix_one(path: str) -> tuple[str, list[str]]:
    """What is wrong with the fixed form of one file (empty when all holds)."""
    schema = compiled_schema()
    before = etree.parse(path)
    fixed = fix(path)
    after = etree.fromstring(fixed.xml).getroottree()
    wrong = []
    if "".join(before.getroot().itertext()).split() != "".join(after.getroot().itertext()).split():
        wrong.append("words changed")
    if [e.tag for e in before.iter()] != [e.tag for e in after.iter()]:
        wrong.append("structure changed")
    if schema.validate(before) and not schema.validate(after):
        wrong.append(f"no longer valid: {schema.error_log.last_error}")
    wrong += [f"{p.line} [{p.rule_id}] {p.message}" for p in fixed.remaining if p.rule_id in MECHANICAL]
    return path, wrong


def test_every_un_file_fixed_keeps_its_words_and_validity_and_passes_the_mechanical_rules() -> None:
    files = expand([str(corpus_dir("unxml"))])
    with Pool(2) as pool:
        results = pool.map(_fix_one, files, chunksize=32)
    broken = {path: wrong for path, wrong in results if wrong}
    assert broken == {}, list(broken.items())[:3]
    assert len(results) == 2544


@pytest.mark.parametrize("rule_id", sorted(MECHANICAL))
def test_mechanical_rules_are_the_eid_and_frbr_ones(rule_id: str) -> None:
    assert rule_id.startswith(("eid-", "frbr-")), Counter(MECHANICAL)


def test_a_folder_is_fixed_into_a_new_output_folder_that_mirrors_it(tmp_path: Path) -> None:
    source = tmp_path / "in"
    for name in ("ga-76/a.xml", "ga-77/a.xml", ".hidden/b.xml"):
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        (source / name).write_text(CONFORMANT, encoding="utf-8")
    target = tmp_path / "new" / "out"
    done = subprocess.run([sys.executable, "-m", "akn", "fix", "-q", str(source), "-o", str(target)],
                          capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert sorted(p.relative_to(target).as_posix() for p in target.rglob("*.xml")) == ["ga-76/a.xml", "ga-77/a.xml"]
    alone = subprocess.run([sys.executable, "-m", "akn", "fix", str(source)], capture_output=True, timeout=60,
                           check=False)
    assert alone.returncode == 2 and b"need -o FOLDER" in alone.stderr


def test_a_change_the_file_cannot_be_patched_for_is_written_whole() -> None:
    from akn.conformance import patch

    tree = etree.ElementTree(etree.fromstring(CONFORMANT.encode()))
    before = patch.attributes(tree.getroot())
    tree.getroot().set("{http://www.w3.org/XML/1998/namespace}lang", "en")  # a namespaced attribute
    assert patch.patched(CONFORMANT.encode(), tree, before) is None
    tree = etree.ElementTree(etree.fromstring(CONFORMANT.encode()))
    del tree.getroot()[0].attrib["name"]  # a removed one
    assert patch.patched(CONFORMANT.encode(), tree, patch.attributes(etree.fromstring(CONFORMANT.encode()))) is None
    tree = etree.ElementTree(etree.fromstring(CONFORMANT.encode()))
    tree.getroot()[0].set("name", "decision")
    patched = patch.patched(CONFORMANT.encode(), tree, patch.attributes(etree.fromstring(CONFORMANT.encode())))
    assert patched == CONFORMANT.replace('<statement name="resolution">', '<statement name="decision">', 1).encode()


def test_a_folder_fixed_in_several_processes_gives_what_one_gives_and_reports_in_order(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for i in range(6):
        (source / f"{i}.xml").write_text(UN_STYLE.replace("80-321", f"80-32{i}"), encoding="utf-8")
    (source / "3.xml").write_bytes(b"\x00\x01 not xml")
    outputs = {}
    for jobs in ("1", "2"):
        target = tmp_path / f"out{jobs}"
        done = subprocess.run([sys.executable, "-m", "akn", "fix", "-j", jobs, str(source), "-o", str(target)],
                              capture_output=True, timeout=120, check=False)
        assert done.returncode == 3, done.stderr  # the unreadable file; the others are fixed and written
        lines = done.stderr.decode().splitlines()
        assert [line.split(":")[0] for line in lines] == [str(source / f"{i}.xml") for i in (0, 1, 2)] + [
            "akn"] + [str(source / f"{i}.xml") for i in (4, 5)]
        assert "3.xml: binary data, not XML" in lines[3]
        outputs[jobs] = {p.name: p.read_bytes() for p in target.iterdir()}
    assert sorted(outputs["1"]) == ["0.xml", "1.xml", "2.xml", "4.xml", "5.xml"]
    assert outputs["1"] == outputs["2"]
    assert all(akn.validate(xml).conformant for xml in outputs["2"].values())


@pytest.mark.parametrize("signum, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_an_interrupted_fix_leaves_whole_files_only(tmp_path: Path, signum: int, code: int) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for i in range(400):
        (source / f"{i:03}.xml").write_text(UN_STYLE, encoding="utf-8")
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-m", "akn", "fix", "-q", "-j", "2", str(source), "-o", str(out)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (out.exists() and any(out.glob("*.xml"))):
        time.sleep(0.01)
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=60)
    if process.returncode == 0:
        pytest.skip("the run finished before the signal arrived")
    assert process.returncode == code, stderr
    said = stderr.decode().strip().splitlines()[-1]
    assert said.startswith("akn: interrupted after" if code == 130 else "akn: terminated after"), said
    assert b"Traceback" not in stderr
    written = sorted(out.iterdir())
    assert 0 < len(written) < 400 and all(p.suffix == ".xml" for p in written)  # no partial file
    assert all(fix(p.read_bytes(), check=False).changed is False for p in written)  # each one whole and fixed


def test_a_signal_that_lands_in_an_import_stops_the_fix_as_a_signal(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # The first report of a fix imports the report module; a SIGTERM then came out as "internal error:
    # RuntimeError: Error calling __set_name__ ..." and exit 70.
    from click.testing import CliRunner

    import akn.cli

    from .test_cli_convert import _a_class_whose_creation_is_interrupted

    def said_of(*args: object) -> int:
        _a_class_whose_creation_is_interrupted(akn.cli._Interrupted)
        return 0

    source = tmp_path / "un.xml"
    source.write_text(UN_STYLE, encoding="utf-8")
    monkeypatch.setattr(akn.cli, "_said_of", said_of)
    result = CliRunner().invoke(akn.cli.main, ["fix", str(source), "-o", str(tmp_path / "out.xml")])
    assert result.exit_code == 143
    assert result.output.strip() == "akn: terminated after 1 of 1 input(s)"
    assert fix((tmp_path / "out.xml").read_bytes(), check=False).changed is False  # written whole before


def test_python_m_akn_exits_130_when_the_interruption_left_code_run_from_a_string(tmp_path: Path) -> None:
    # A Ctrl-C that lands while a dataclass makes its methods (code run from a string, on a module's first
    # import) is marked unhandled by CPython even once akn has caught it; `python -m akn` then died by SIGINT
    # (-2) after printing that it was interrupted, instead of exiting with 130.
    package = tmp_path / "interrupted_akn"
    package.mkdir()
    (package / "__main__.py").write_text(
        "import akn.cli\n"
        "def said_of(*args):\n"
        "    exec('raise KeyboardInterrupt', {})\n"
        "akn.cli._said_of = said_of\n"
        "akn.cli.main()\n", encoding="utf-8")
    source = tmp_path / "un.xml"
    source.write_text(UN_STYLE, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "interrupted_akn", "fix", str(source), "-o", str(tmp_path / "out.xml")],
                          capture_output=True, timeout=60, check=False,
                          env={**os.environ, "PYTHONPATH": str(tmp_path)})
    assert (done.returncode, done.stderr.decode().strip()) == (130, "akn: interrupted after 1 of 1 input(s)")


def test_diff_shows_the_changed_lines_and_writes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "un.xml"
    source.write_text(UN_STYLE, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "akn", "fix", "--diff", "-q", str(source)], capture_output=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.decode().splitlines()
    assert lines[:2] == [f"--- {source}", f"+++ {source} (fixed)"]
    removed = [line[1:] for line in lines[2:] if line.startswith("-")]
    added = [line[1:] for line in lines[2:] if line.startswith("+")]
    fixed = fix(UN_STYLE.encode()).xml.decode()
    differing = [(a, b) for a, b in zip(UN_STYLE.splitlines(), fixed.splitlines()) if a != b]
    assert removed == [a for a, _ in differing] and added == [b for _, b in differing] and len(differing) == 15
    assert source.read_text("utf-8") == UN_STYLE and sorted(p.name for p in tmp_path.iterdir()) == ["un.xml"]
    nothing = tmp_path / "conformant.xml"
    nothing.write_text(CONFORMANT, encoding="utf-8")
    quiet = subprocess.run([sys.executable, "-m", "akn", "fix", "--diff", "-q", str(nothing)], capture_output=True,
                           timeout=60, check=False)
    assert quiet.returncode == 0 and quiet.stdout == b""
    refused = subprocess.run([sys.executable, "-m", "akn", "fix", "--diff", str(source), "-o", str(tmp_path / "o.xml")],
                             capture_output=True, timeout=60, check=False)
    assert refused.returncode == 2 and b"--diff prints what would change and writes nothing" in refused.stderr
