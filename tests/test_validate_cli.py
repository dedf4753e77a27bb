"""`akn validate` as a user meets it: paths, formats, exit codes, jobs, and a light start."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from lxml import etree

from .akn_samples import CONFORMANT, line_of


def run(*args: str, input: bytes | None = None, timeout: int = 60) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "akn", *args], input=input, capture_output=True, timeout=timeout,
                          check=False)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "good.xml").write_text(CONFORMANT)
    nested = tmp_path / "sub"
    nested.mkdir()
    (nested / "bad.xml").write_text(CONFORMANT.replace('refersTo="#symbol"', 'refersTo="#nothing"'))
    (nested / "notes.txt").write_text("not xml, not looked at")
    return tmp_path


def test_conformant_file_exits_0_with_a_summary(tmp_path: Path) -> None:
    good = tmp_path / "good.xml"
    good.write_text(CONFORMANT)
    done = run("validate", str(good))
    assert done.returncode == 0, done.stdout
    out = done.stdout.decode()
    assert out.startswith("1 file checked at level 2, 1 conformant (no problems); schema akomantoso30.xsd sha256 ")


def test_folder_is_searched_and_problems_are_printed_like_a_compiler(folder: Path) -> None:
    done = run("validate", str(folder))
    assert done.returncode == 1
    lines = done.stdout.decode().splitlines()
    bad = folder / "sub" / "bad.xml"
    line = line_of(bad.read_text(), "#nothing")
    assert lines[0] == f"{bad}:{line}: error [ref-unresolved] refersTo='#nothing' of docNumber points at no eId of this document"
    assert lines[-1].startswith("2 files checked at level 2, 1 conformant, 1 with problems (1 error)")


def test_json_has_one_object_per_problem_and_a_summary(folder: Path) -> None:
    done = run("validate", "--format", "json", str(folder))
    data = json.loads(done.stdout)
    assert [p["rule_id"] for p in data["problems"]] == ["ref-unresolved"]
    problem = data["problems"][0]
    assert problem["path"] == "/akomaNtoso/statement/coverPage/p/docNumber"
    assert problem["severity"] == "error" and problem["line"] > 0
    summary = data["summary"]
    assert summary["files"] == 2 and summary["conformant"] == 1 and summary["exit_code"] == 1
    assert len(summary["schema"]["sha256"]) == 64 and summary["schema"]["path"].endswith("akomantoso30.xsd")


def test_json_lines_hold_the_json_reports_objects_one_to_a_line(folder: Path) -> None:
    whole = json.loads(run("validate", "--format", "json", str(folder)).stdout)
    done = run("validate", "--format", "jsonl", str(folder))
    assert done.returncode == 1
    lines = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert lines[:-1] == whole["problems"] and lines[-1] == {"summary": whole["summary"]}


def test_junit_for_ci(folder: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.xml"
    done = run("validate", "--format", "junit", "-o", str(target), str(folder))
    assert done.returncode == 1 and done.stdout == b""
    suite = etree.parse(str(target)).getroot()[0]
    assert suite.get("tests") == "2" and suite.get("failures") == "1" and suite.get("errors") == "0"
    failure = suite.find("testcase/failure")
    assert failure is not None and "ref-unresolved" in failure.get("message")


def test_github_annotations_for_actions(folder: Path) -> None:
    done = run("validate", "--format", "github", str(folder))
    assert done.returncode == 1
    lines = done.stdout.decode().splitlines()
    bad = folder / "sub" / "bad.xml"
    line = line_of(bad.read_text(), "#nothing")
    assert lines[0] == (f"::error file={bad},line={line},title=akn validate [ref-unresolved]::refersTo='#nothing' of "
                        "docNumber points at no eId of this document")
    assert lines[1].startswith("2 files checked at level 2, 1 conformant, 1 with problems (1 error)")
    assert len(lines) == 2


def test_github_annotations_of_a_resumed_run_are_those_the_manifest_recorded(folder: Path, tmp_path: Path) -> None:
    manifest = tmp_path / "validated.jsonl"
    first = run("validate", "--format", "github", "--manifest", str(manifest), str(folder))
    again = run("validate", "--format", "github", "--manifest", str(manifest), "--resume", str(folder))
    assert first.returncode == again.returncode == 1
    annotations = [line for line in first.stdout.decode().splitlines() if line.startswith("::")]
    assert annotations and [line for line in again.stdout.decode().splitlines() if line.startswith("::")] == annotations


def test_github_annotations_escape_what_the_runner_reads_as_syntax() -> None:
    import io

    from akn.conformance.problems import Problem, Report
    from akn.conformance.report import GithubFormat

    out = io.StringIO()
    report = GithubFormat(out)
    report.add(Report("a,b:c%.xml", [
        Problem("xml-malformed", "fatal", "100% broken\nat the end", 3, 7, "", "a,b:c%.xml"),
        Problem("frbr-undated", "info", "no date", 0, 0, "", "a,b:c%.xml"),
        Problem("eid-number", "warning", "x", 2, 0, "", "a,b:c%.xml"),
    ]))
    assert out.getvalue().splitlines() == [
        "::error file=a%2Cb%3Ac%25.xml,line=3,col=7,title=akn validate [xml-malformed]::100%25 broken%0Aat the end",
        "::notice file=a%2Cb%3Ac%25.xml,title=akn validate [frbr-undated]::no date",
        "::warning file=a%2Cb%3Ac%25.xml,line=2,title=akn validate [eid-number]::x",
    ]
    quiet = io.StringIO()
    GithubFormat(quiet, quiet=True).add(Report("f.xml", [Problem("frbr-undated", "info", "no date", 1, 0, "", "f.xml")]))
    assert quiet.getvalue() == ""


def test_the_report_file_is_never_an_input_and_is_written_whole(folder: Path, tmp_path: Path) -> None:
    good = folder / "good.xml"
    before = good.read_bytes()
    for target in (good, folder):  # the file itself, and the folder that holds it
        done = run("validate", str(folder), "-o", str(good))
        assert done.returncode == 1 and done.stderr.decode().strip() == f"akn: {good}: refusing to overwrite the input file"
        assert good.read_bytes() == before, target
    missing = tmp_path / "nowhere" / "report.xml"
    done = run("validate", str(folder), "-o", str(missing))
    assert done.returncode == 1 and b"folder" in done.stderr and b"does not exist" in done.stderr
    report = tmp_path / "report.json"
    report.write_text("the report of an earlier run")
    done = run("validate", "--format", "json", str(folder), "-o", str(report))
    assert done.returncode == 1 and done.stdout == b""
    assert json.loads(report.read_text("utf-8"))["summary"]["files"] == 2
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_stdin_and_level_1(tmp_path: Path) -> None:
    broken = CONFORMANT.replace('refersTo="#symbol"', 'refersTo="#nothing"')
    assert run("validate", "-", input=broken.encode()).returncode == 1
    done = run("validate", "--level", "1", "-", input=broken.encode())
    assert done.returncode == 0
    assert done.stdout.decode().startswith("1 file checked at level 1, 1 conformant")


def test_unreadable_file_exits_3_and_the_others_are_still_checked(folder: Path) -> None:
    (folder / "broken.xml").write_bytes(b"<akomaNtoso><statement></akomaNtoso>")
    done = run("validate", str(folder), str(folder / "missing.xml"))
    assert done.returncode == 3
    out = done.stdout.decode()
    assert f"{folder / 'broken.xml'}:1:37: fatal [xml-malformed] not well-formed XML" in out
    assert f"{folder / 'missing.xml'}: fatal [input-unreadable] no such file" in out
    assert "[ref-unresolved]" in out
    assert "4 files checked at level 2, 1 conformant, 1 with problems, 2 unreadable" in out
    assert b"Traceback" not in done.stderr


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("validate").returncode == 2
    assert run("validate", "--level", "3", "x.xml").returncode == 2
    assert run("validate", "--ignore", "no-such-rule", "x.xml").returncode == 2
    bad_xsd = tmp_path / "bad.xsd"
    bad_xsd.write_text("<notaschema/>")
    done = run("validate", "--schema", str(bad_xsd), "x.xml")
    assert done.returncode == 2 and b"not a usable XML schema" in done.stderr


def test_another_schema_is_used_and_reported(tmp_path: Path) -> None:
    from akn.schema import default_xsd_path

    lenient = default_xsd_path().with_name("akomantoso30-lenient.xsd")
    good = tmp_path / "good.xml"
    good.write_text(CONFORMANT)
    done = run("validate", "--schema", str(lenient), "--format", "json", str(good))
    assert done.returncode == 0
    assert json.loads(done.stdout)["summary"]["schema"]["path"] == str(lenient)


def test_jobs_give_the_same_report_in_the_same_order(folder: Path) -> None:
    for index in range(6):
        (folder / f"copy{index}.xml").write_text(CONFORMANT.replace("para_1", f"para_{index}", 1) if index % 2 else CONFORMANT)
    one = run("validate", "--format", "json", str(folder))
    two = run("validate", "--format", "json", "--jobs", "2", str(folder))
    assert one.returncode == two.returncode == 1
    assert json.loads(one.stdout) == json.loads(two.stdout)


def test_quiet_prints_only_errors_and_warnings(tmp_path: Path) -> None:
    undated = tmp_path / "undated.xml"
    undated.write_text(CONFORMANT.replace("unga/2015-09-25/70-1", "unga/70-1"))
    loud = run("validate", str(undated))
    assert loud.returncode == 0 and b"info [ref-undated]" in loud.stdout
    quiet = run("validate", "-q", str(undated))
    assert quiet.returncode == 0 and quiet.stdout == b""


def test_profile_and_list_rules(tmp_path: Path) -> None:
    draft = tmp_path / "draft.xml"
    draft.write_text(CONFORMANT.replace('name="enactingFormula"', 'name="other"'))
    assert run("validate", str(draft)).returncode == 0
    done = run("validate", "--profile", "akn4un", str(draft))
    assert done.returncode == 1 and b"[akn4un-structure]" in done.stdout
    listed = run("validate", "--list-rules").stdout.decode()
    assert "eid-prefix  error" in listed and "ref-undated  info" in listed and "schema  error" in listed


def test_explain_lists_what_the_schema_allows(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text(CONFORMANT.replace("<num>1.</num>", "<num>1.</num><bogus/>", 1))
    done = run("validate", "--level", "1", "--explain", str(bad), timeout=120)
    assert done.returncode == 1
    assert b"In paragraph the schema allows: " in done.stdout and b"subparagraph" in done.stdout


def test_validate_does_not_load_the_converter_nor_xmlschema() -> None:
    code = (
        "import sys; from akn.cli import main\n"
        "try:\n    main(['validate', '--help'])\nexcept SystemExit:\n    pass\n"
        "import akn; akn.validate\n"
        "print(sorted(m for m in sys.modules if m.startswith(('akn.plaintext', 'akn.aknxml', 'akn.api', 'xmlschema'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60, check=False)
    assert done.stdout.decode().strip().splitlines()[-1] == "[]"


def test_a_terminated_run_reports_every_file_the_manifest_records(tmp_path: Path) -> None:
    folder = tmp_path / "xml"
    folder.mkdir()
    for index in range(600):
        (folder / f"f{index:03}.xml").write_text(CONFORMANT)
    manifest, report = tmp_path / "m.jsonl", tmp_path / "report.xml"
    process = subprocess.Popen([sys.executable, "-m", "akn", "validate", "-j", "2", "--format", "junit", "-o",
                                str(report), "--manifest", str(manifest), str(folder)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (manifest.exists() and manifest.stat().st_size):
        time.sleep(0.005)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    if process.returncode == 0:
        pytest.skip("the run finished before the signal arrived")
    assert process.returncode == 143, stderr
    recorded = [json.loads(line)["input"] for line in manifest.read_text("utf-8").splitlines()]
    suite = etree.parse(str(report)).getroot()[0]
    assert [case.get("name") for case in suite.iter("testcase")] == recorded
    assert suite.get("tests") == str(len(recorded))


def test_files_skipped_by_resume_count_in_the_summary_as_recorded(folder: Path, tmp_path: Path) -> None:
    manifest = tmp_path / "m.jsonl"
    assert run("validate", "--manifest", str(manifest), str(folder)).returncode == 1
    done = run("validate", "--manifest", str(manifest), "--resume", "--format", "json", str(folder))
    summary = json.loads(done.stdout)["summary"]
    assert done.returncode == summary["exit_code"] == 1
    assert (summary["files"], summary["unchanged"], summary["conformant"], summary["with_problems"]) == (2, 2, 1, 1)
    assert summary["problems"]["error"] == 1
    assert len(summary["schema"]["sha256"]) == 64 and summary["schema"]["path"].endswith("akomantoso30.xsd")
    junit = run("validate", "--manifest", str(manifest), "--resume", "--format", "junit", str(folder))
    suite = etree.fromstring(junit.stdout)[0]
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("2", "1", "1")
    failure = suite.find("testcase/failure")
    assert failure is not None and "[ref-unresolved]" in failure.text
    text = run("validate", "--manifest", str(manifest), "--resume", str(folder)).stdout.decode()
    assert text.startswith("0 files checked and 2 unchanged at level 2, 1 conformant, 1 with problems (1 error)")


def test_a_file_name_that_is_not_utf8_is_written_with_a_replacement_character(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / os.fsdecode(b"bad\xffname.xml")).write_text(CONFORMANT.replace('refersTo="#symbol"', 'refersTo="#x"'))
    (folder / os.fsdecode(b"broken\xff.xml")).write_text("<akomaNtoso>")
    shown = {f"{folder}/bad\ufffdname.xml", f"{folder}/broken\ufffd.xml"}
    junit = run("validate", "--format", "junit", str(folder))
    assert junit.returncode == 3, junit.stderr
    assert {case.get("name") for case in etree.fromstring(junit.stdout).iter("testcase")} == shown
    manifest = tmp_path / "m.jsonl"
    done = run("validate", "--manifest", str(manifest), "-o", str(tmp_path / "report.txt"), str(folder))
    assert done.returncode == 3, done.stderr
    assert {json.loads(line)["input"] for line in manifest.read_text("utf-8").splitlines()} == shown
    report = (tmp_path / "report.txt").read_text("utf-8")
    assert f"{folder}/bad\ufffdname.xml:" in report and f"{folder}/broken\ufffd.xml:" in report
    resumed = run("validate", "--manifest", str(manifest), "--resume", str(folder))
    assert resumed.returncode == 3 and b"1 file(s) unchanged" in resumed.stderr


def test_a_junit_report_stopped_by_a_closed_pipe_exits_141(tmp_path: Path) -> None:
    bad = CONFORMANT.replace('refersTo="#symbol"', 'refersTo="#nothing"')
    for index in range(400):  # a report far larger than a pipe holds (64 KiB)
        (tmp_path / f"f{index:03}.xml").write_text(bad)
    with subprocess.Popen([sys.executable, "-m", "akn", "validate", "--format", "junit", str(tmp_path)],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.read(10)
        process.stdout.close()
        assert (process.wait(timeout=120), process.stderr.read()) == (141, b"")


def test_a_file_just_over_the_size_limit_is_told_in_sizes_that_differ(tmp_path: Path) -> None:
    big = tmp_path / "big.xml"
    big.write_bytes(CONFORMANT.encode().ljust(1_056_733, b" "))
    done = run("validate", "--max-size", "1", str(big))
    assert done.returncode == 3
    assert (f"{big}: fatal [input-too-large] 1,056,733 bytes is over the size limit of 1 MB (1,048,576 bytes; "
            "--max-size)") in done.stdout.decode()


def test_nesting_beyond_the_parser_limit_is_said_plainly(tmp_path: Path) -> None:
    deep = tmp_path / "deep.xml"
    deep.write_text("<akomaNtoso>" + "<p>" * 300 + "</p>" * 300 + "</akomaNtoso>")
    done = run("validate", str(deep))
    out = done.stdout.decode()
    assert done.returncode == 3 and "XML_PARSE_HUGE" not in out
    assert "fatal [xml-malformed] elements nest deeper than 256 levels, the parser's depth limit" in out


def test_list_rules_gives_each_rule_its_first_sentence_whole() -> None:
    listed = dict(line.split("  ", 1) for line in run("validate", "--list-rules").stdout.decode().splitlines())
    assert listed["frbr-hierarchy"].endswith("and every `FRBRthis` names a component of its level's `FRBRuri`.")
    assert listed["ref-undated"].endswith("(`/akn/un/statement/deliberation/unga/74-247`).")
    assert all(line.endswith((".", ")")) for line in listed.values()), listed


def test_list_rules_names_every_id_a_report_can_hold(tmp_path: Path) -> None:
    # The IDs of the files that cannot be checked are in reports too: a user looking one up finds it.
    listed = dict(line.split("  ", 1) for line in run("validate", "--list-rules").stdout.decode().splitlines())
    bad = tmp_path / "bad.xml"
    bad.write_text("<akomaNtoso>")
    hostile = tmp_path / "hostile.xml"
    hostile.write_text('<!DOCTYPE x [<!ENTITY e "x">]><x/>')
    done = run("validate", "--format", "json", str(bad), str(hostile), str(tmp_path / "missing.xml"))
    found = {problem["rule_id"] for problem in json.loads(done.stdout)["problems"]}
    assert found == {"xml-malformed", "xml-forbidden", "input-unreadable"}
    assert found | {"input-too-large"} <= {rule for rule, said in listed.items() if said.startswith("fatal")}


def test_statistics_count_each_rule_s_problems_the_most_first(folder: Path, tmp_path: Path) -> None:
    # Beside the folder's one unresolved reference, three files with one each and one with two and an eId of
    # the wrong form: the counts over the run, not a line per problem.
    more = tmp_path / "more"
    more.mkdir()
    for n in range(3):
        (more / f"gone{n}.xml").write_text(CONFORMANT.replace('refersTo="#symbol"', 'refersTo="#gone"'))
    twice = CONFORMANT.replace('refersTo="#symbol"', 'refersTo="#gone #lost"').replace('eId="para_1"', 'eId="para-1"')
    (more / "twice.xml").write_text(twice)
    done = run("validate", "--statistics", "--jobs", "2", str(folder))
    assert done.returncode == 1, done.stderr
    lines = done.stdout.decode().splitlines()
    assert [line.split()[:3] for line in lines[:-1]] == [["6", "error", "ref-unresolved"],
                                                          ["1", "error", "eid-syntax"]], lines
    assert lines[0].endswith("ref-unresolved  Every reference into the document reaches an element of it.")
    assert lines[-1].startswith("6 files checked at level 2, 1 conformant, 5 with problems (7 errors)")
    assert "#gone" not in done.stdout.decode()  # no problem printed one by one


def test_statistics_quiet_leave_out_information_and_the_summary(tmp_path: Path) -> None:
    undated = tmp_path / "undated.xml"
    undated.write_text(CONFORMANT.replace('refersTo="#symbol"', 'refersTo="#gone"'))
    done = run("validate", "--statistics", "-q", str(undated))
    assert [line.split()[:3] for line in done.stdout.decode().splitlines()] == [["1", "error", "ref-unresolved"]]


def test_statistics_still_name_a_file_that_could_not_be_checked(folder: Path) -> None:
    broken = folder / "broken.xml"
    broken.write_text("<akomaNtoso")
    done = run("validate", "--statistics", str(folder))
    assert done.returncode == 3
    lines = done.stdout.decode().splitlines()
    assert lines[0].startswith(f"{broken}:1:") and "fatal [xml-malformed]" in lines[0]
    assert [line.split()[:3] for line in lines[1:-1]] == [["1", "error", "ref-unresolved"],
                                                          ["1", "fatal", "xml-malformed"]]


def test_statistics_are_for_the_text_report() -> None:
    done = run("validate", "--statistics", "--format", "json", "x.xml")
    assert done.returncode == 2
    assert ("--statistics is a text report, not one of --format json; the json report counts the problems of each "
            "rule in its summary") in done.stderr.decode()
    done = run("validate", "--statistics", "--format", "github", "x.xml")
    assert done.returncode == 2
    assert "--statistics is a text report, not one of --format github\n" in done.stderr.decode()
