"""Batches: folders converted and validated in parallel, the manifest, --resume, and interruption."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from lxml import etree

import akn
from akn import manifest as mf
from akn.batch import find, parallel

from .conftest import SAMPLES

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
FIELDS = {"input", "input_sha256", "output", "output_sha256", "work", "expression", "status", "warnings", "errors",
          "timings", "options", "options_sha256", "command", "akn", "run", "finished"}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def cli(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "akn", *args], input=input, capture_output=True, timeout=120, check=False)


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    """A folder of inputs with a sub-folder, a Markdown file and a file that is not text."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    samples = sorted(SAMPLES.glob("*.txt"))
    for sample in samples[:3]:
        shutil.copy(sample, root / sample.name)
    for sample in samples[3:5]:
        shutil.copy(sample, root / "sub" / sample.name)
    shutil.copy(samples[5], root / "sub" / (samples[5].stem + ".md"))
    (root / "sub" / "broken.txt").write_bytes(b"\x00\x01binary\x00")
    (root / "notes.rtf").write_text("not an input")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "skip.txt").write_text("passed over")
    return root


def test_find_walks_folders_for_the_suffixes_and_passes_over_dot_names(tree: Path) -> None:
    found = find([tree], (".txt", ".md"))
    assert [s.relative for s in found] == sorted(s.relative for s in found)
    assert "sub/broken.txt" in [s.relative for s in found]
    assert not any("hidden" in s.path or s.path.endswith(".rtf") for s in found)
    assert find(["a/b.txt", "-"], (".txt",))[0].relative == "b.txt"


def test_a_folder_converts_to_a_mirrored_tree_with_a_manifest(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = cli("convert", str(tree), "-o", str(out), "--markup-date", "2026-01-01", "-j", "2")
    assert done.returncode == 3, done.stderr  # the broken file: recorded, and the others converted
    assert b"sub/broken.txt" in done.stderr and b"binary data" in done.stderr
    assert b"7 input(s): 6 converted" in done.stderr and b"1 unreadable" in done.stderr
    manifest = records(out / "manifest.jsonl")
    assert len(manifest) == 7
    by_input = {r["input"]: r for r in manifest}
    assert len(by_input) == 7
    for record in manifest:
        assert FIELDS <= set(record)
        assert record["input_sha256"] == sha256(Path(record["input"]))
        assert record["timings"]["total"] >= 0
        if record["status"] != "converted":
            continue
        output = out / record["output"]
        assert output.is_file() and record["output_sha256"] == sha256(output)
        assert output.read_bytes().endswith(b"</akomaNtoso>\n")
        root = etree.parse(str(output))
        assert record["work"] == root.find(".//a:FRBRWork/a:FRBRuri", NS).get("value")
        assert record["expression"] == root.find(".//a:FRBRExpression/a:FRBRuri", NS).get("value")
    broken = by_input[str(tree / "sub" / "broken.txt")]
    assert broken["status"] == "unreadable" and broken["output"] is None
    assert "binary data" in broken["errors"][0]["message"]
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.xml"))
    expected = sorted(r["output"] for r in manifest if r["output"])
    assert written == expected and any(w.startswith("sub/") for w in written)
    assert not list(out.rglob("*.part"))


def test_resume_skips_what_is_unchanged_and_redoes_the_rest(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = list(akn.convert_many([tree], output=out, jobs=2, markup_date="2026-01-01"))
    assert sum(not r.skipped for r in first) == 7
    again = list(akn.convert_many([tree], output=out, jobs=2, resume=True, markup_date="2026-01-01"))
    # the unreadable input is tried again; the converted ones are skipped
    assert sorted(r.status for r in again if not r.skipped) == ["unreadable"]
    assert sum(r.skipped for r in again) == 6
    changed = min(tree.glob("*.txt"))
    changed.write_text(changed.read_text("utf-8") + "\n\n99. Decides to remain seized of the matter.\n", "utf-8")
    damaged = out / "sub" / (next(p for p in sorted((tree / "sub").glob("*.txt")) if p.name != "broken.txt").stem
                             + ".xml")
    damaged.write_bytes(damaged.read_bytes()[:-10])
    third = list(akn.convert_many([tree], output=out, jobs=2, resume=True, markup_date="2026-01-01"))
    redone = sorted(Path(r.input).name for r in third if not r.skipped)
    assert redone == sorted([changed.name, damaged.stem + ".txt", "broken.txt"])
    manifest = records(out / "manifest.jsonl")
    assert len(manifest) == 7, "a completed run leaves one record per input"
    assert {r["input_sha256"] for r in manifest if r["input"] == str(changed)} == {sha256(changed)}
    # other options: everything again
    fourth = list(akn.convert_many([tree], output=out, jobs=2, resume=True, markup_date="2026-01-01",
                                   language="fra"))
    assert not any(r.skipped for r in fourth)


def test_strict_and_options_are_recorded(tmp_path: Path) -> None:
    odd = tmp_path / "in" / "odd.txt"
    odd.parent.mkdir()
    odd.write_text("The General Assembly,\n\nRecalling its work,\n\n1. Decides to act;\n\n3. Requests a report.\n")
    shutil.copy(SAMPLES / "ga-resolution.txt", tmp_path / "in" / "ga.txt")
    results = {Path(r.input).name: r for r in akn.convert_many([tmp_path / "in"], output=tmp_path / "out",
                                                               strict=True, jobs=1, symbol="A/RES/80/1")}
    assert results["odd.txt"].status == "failed" and results["odd.txt"].exit_code == 1
    assert results["odd.txt"].record.warnings and "strict" in results["odd.txt"].record.errors[0]["message"]
    assert not (tmp_path / "out" / "odd.xml").exists()
    assert results["ga.txt"].record.options == {"symbol": "A/RES/80/1"}
    assert "/80-1" in (results["ga.txt"].record.work or "")


def test_without_an_output_folder_results_carry_the_xml_and_no_manifest(tmp_path: Path) -> None:
    inputs = sorted(SAMPLES.glob("*.txt"))[:4]
    results = list(akn.convert_many(inputs, jobs=2, markup_date="2026-01-01"))
    assert sorted(r.input for r in results) == sorted(str(p) for p in inputs)
    for result in results:
        assert result.xml is not None and result.xml.startswith(b"<?xml")
        assert result.xml == akn.convert_file(result.input, markup_date="2026-01-01").to_xml()
        assert result.output_path is None and result.record.output is None
    assert list(tmp_path.iterdir()) == []


def test_one_process_and_two_give_the_same_records(tree: Path, tmp_path: Path) -> None:
    def stable(path: Path) -> list[dict]:
        drop = {"timings", "run", "finished"}
        return sorted(({k: v for k, v in r.items() if k not in drop} for r in records(path)),
                      key=lambda r: r["input"])

    list(akn.convert_many([tree], output=tmp_path / "one", jobs=1, markup_date="2026-01-01"))
    list(akn.convert_many([tree], output=tmp_path / "two", jobs=2, markup_date="2026-01-01"))
    assert stable(tmp_path / "one" / "manifest.jsonl") == stable(tmp_path / "two" / "manifest.jsonl")


def test_outputs_that_would_collide_are_recorded_not_overwritten(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "ga-resolution.txt", folder / "a.txt")
    shutil.copy(SAMPLES / "ga-resolution.txt", folder / "a.md")
    results = list(akn.convert_many([folder], output=tmp_path / "out", jobs=1))
    assert sorted(r.status for r in results) == ["converted", "failed"]
    failed = next(r for r in results if r.status == "failed")
    assert failed.record.errors[0]["type"] == "OutputClash"


def test_stdin_can_join_a_batch(tmp_path: Path) -> None:
    sample = SAMPLES / "ga-resolution.txt"
    done = cli("convert", "-", str(sample), "-o", str(tmp_path), input=sample.read_bytes())
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ga-resolution.xml", "manifest.jsonl", "stdin.xml"]


def test_usage_errors_of_a_batch() -> None:
    assert cli("convert", str(SAMPLES / "ga-resolution.txt"), "--resume").returncode == 2
    with pytest.raises(akn.BatchError):
        akn.convert_many([SAMPLES], resume=True)
    with pytest.raises(TypeError):
        akn.convert_many([SAMPLES], output="x", no_such_option=1)


# -- the pool ----------------------------------------------------------------------------------------------


def _square_or_die(n: int) -> int:
    if n == 13:
        os._exit(9)  # a worker killed in the middle of an input
    if n == 7:
        raise ValueError("seven")
    return n * n


def test_a_dying_worker_costs_only_its_own_input() -> None:
    results = dict(parallel(_square_or_die, range(30), jobs=2, on_crash=lambda n, why: -1))
    assert results[13] == -1 and results[7] == -1
    assert all(results[n] == n * n for n in range(30) if n not in (7, 13))


def test_a_pool_that_breaks_between_two_waits_loses_no_input(monkeypatch: pytest.MonkeyPatch) -> None:
    # A worker may die after the pool last reported and before the next item is handed over: the pool then
    # refuses the item. The first pool refuses its first item (nothing in hand yet); the second refuses its
    # fifth (with items in hand).
    from concurrent.futures.process import BrokenProcessPool

    from akn import batch

    real = batch._executor
    pools = []

    def refusing_once(*args: object) -> object:
        executor = real(*args)  # type: ignore[arg-type]
        refuse_at = 1 if not pools else 5
        pools.append(executor)
        submit, calls = executor.submit, []

        def flaky_submit(*a: object, **k: object) -> object:
            calls.append(1)
            if len(calls) == refuse_at:
                raise BrokenProcessPool("a worker died")
            return submit(*a, **k)

        executor.submit = flaky_submit  # type: ignore[method-assign]
        return executor

    monkeypatch.setattr(batch, "_executor", refusing_once)
    results = dict(parallel(_square_or_die, range(20, 40), jobs=2, on_crash=lambda n, why: -1))
    assert results == {n: n * n for n in range(20, 40)}
    assert len(pools) == 2


_INTERRUPTED_IN_THE_POOLS_LOCKING = """
import signal
from concurrent.futures import wait

from akn import batch


def wait_interrupted(futures, timeout=None, return_when="ALL_COMPLETED"):
    lock = next(iter(futures))._condition
    lock.acquire()
    signal.raise_signal(signal.SIGINT)  # between an acquire and its release, as inside wait() itself
    lock.release()
    return wait(futures, timeout=timeout, return_when=return_when)


batch.wait = wait_interrupted
try:
    for _ in batch.parallel(abs, range(50), jobs=2, on_crash=lambda n, why: -1):
        pass
except KeyboardInterrupt:
    print("interrupted")
"""


def test_a_ctrl_c_inside_the_pools_own_locking_stops_the_run_and_does_not_hang_it(tmp_path: Path) -> None:
    # A Ctrl-C taken between one of the pool's lock acquisitions and its release left the lock held: the pool's
    # thread then waited for it forever, and the process never exited.
    script = tmp_path / "interrupted.py"
    script.write_text(_INTERRUPTED_IN_THE_POOLS_LOCKING, encoding="utf-8")
    process = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        stdout, stderr = process.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail("the interrupted pool hung")
    assert (process.returncode, stdout.decode().strip()) == (0, "interrupted"), stderr


def test_ordered_results_come_in_order() -> None:
    items = list(range(40))
    got = [n for n, _ in parallel(_slow_square, items, jobs=2, ordered=True, on_crash=lambda n, why: -1)]
    assert got == items


def _slow_square(n: int) -> int:
    time.sleep(0.02 if n % 3 == 0 else 0)
    return n * n


_started = multiprocessing.get_context("fork").Value("i", 0) if sys.platform.startswith("linux") else None


def _count_or_wait(n: int) -> int:
    assert _started is not None
    if n == 0:
        time.sleep(1.0)
        return _started.value  # how many others had started while the first was held up
    with _started.get_lock():
        _started.value += 1
    return n


@pytest.mark.skipif(_started is None, reason="the shared counter needs the fork start method")
def test_a_slow_input_holds_back_only_a_bounded_window_in_ordered_mode() -> None:
    # Memory stays flat however long a batch is: results wait for their turn in a window of jobs x 16 at most.
    results = dict(parallel(_count_or_wait, range(400), jobs=2, ordered=True, on_crash=lambda n, why: -1))
    assert len(results) == 400
    assert results[0] <= 2 * 4 * 4 + 2 * 2, results[0]


def test_manifest_reader_passes_over_a_torn_last_line(tmp_path: Path) -> None:
    path = tmp_path / "m.jsonl"
    good = mf.Record(input="a.txt", status="converted", options_sha256="x")
    path.write_text(json.dumps(good.to_dict()) + "\n" + '{"input": "b.txt", "sta')
    assert list(mf.read(path)) == ["a.txt"]


# -- interruption --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("signum, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_an_interrupted_batch_leaves_whole_files_and_a_true_manifest(tmp_path: Path, signum: int, code: int) -> None:
    folder = tmp_path / "in"
    for copy in range(40):
        (folder / f"c{copy:02}").mkdir(parents=True)
        for sample in sorted(SAMPLES.glob("*.txt")):
            shutil.copy(sample, folder / f"c{copy:02}" / sample.name)
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-m", "akn", "convert", str(folder), "-o", str(out), "-q", "-j", "2"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    manifest = out / "manifest.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (manifest.exists() and manifest.stat().st_size):
        time.sleep(0.01)
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=60)
    total = sum(1 for _ in folder.rglob("*.txt"))
    lines = manifest.read_text("utf-8").splitlines()
    if process.returncode == 0:
        pytest.skip("the batch finished before the signal arrived")
    assert process.returncode == code, stderr
    assert b"Traceback" not in stderr and b"records the inputs that finished" in stderr
    recorded = [json.loads(line) for line in lines]  # every line whole
    assert 0 < len(recorded) < total
    assert not list(out.rglob("*.part"))
    outputs = {p.relative_to(out).as_posix() for p in out.rglob("*.xml")}
    assert outputs == {r["output"] for r in recorded}, "every output finished is recorded, and only those"
    for record in recorded:
        assert sha256(out / record["output"]) == record["output_sha256"]
    resumed = cli("convert", str(folder), "-o", str(out), "-q", "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert len(records(manifest)) == total


# -- validation ----------------------------------------------------------------------------------------------


def test_validate_many_with_a_manifest_and_resume(tmp_path: Path) -> None:
    folder = tmp_path / "xml"
    folder.mkdir()
    for sample in sorted(SAMPLES.glob("*.txt"))[:3]:
        (folder / (sample.stem + ".xml")).write_bytes(akn.convert_file(sample, markup_date="2026-01-01").to_xml())
    (folder / "bad.xml").write_text("<akomaNtoso><unclosed></akomaNtoso>")
    manifest = tmp_path / "validate.jsonl"
    results = list(akn.validate_many([folder], jobs=2, manifest=manifest, ordered=True))
    assert [Path(r.input).name for r in results] == sorted(p.name for p in folder.iterdir())
    statuses = {Path(r.input).name: r.status for r in results}
    assert statuses["bad.xml"] == "unreadable"
    assert all(results[i].report is not None for i in range(len(results)))
    recorded = {Path(r["input"]).name: r for r in records(manifest)}
    good = next(r for name, r in recorded.items() if name != "bad.xml" and r["status"] == "conformant")
    assert good["work"].startswith("/akn/")
    assert not {"fatal", "error"} & set(good["counts"]), "a conformant file has no errors to count"
    done = cli("validate", str(folder), "--manifest", str(manifest), "--resume")
    assert done.returncode == 3  # bad.xml is checked again, and still unreadable
    assert b"3 file(s) unchanged" in done.stderr
    assert cli("validate", str(folder), "--resume").returncode == 2


def _conformant_files(tmp_path: Path, count: int) -> Path:
    """A folder of `count` copies of a conformant document."""
    from .akn_samples import CONFORMANT

    folder = tmp_path / "xml"
    folder.mkdir()
    for index in range(count):
        (folder / f"f{index:02}.xml").write_text(CONFORMANT)
    return folder


def test_a_stopped_validation_hands_over_every_file_it_records(tmp_path: Path) -> None:
    manifest = tmp_path / "validate.jsonl"
    batch = akn.validate_many([_conformant_files(tmp_path, 24)], jobs=2, manifest=manifest, ordered=True)
    handed: list[str] = []
    batch.on_result = lambda result: handed.append(result.input)
    with pytest.raises(KeyboardInterrupt), batch:
        for _ in batch:
            time.sleep(1)  # meanwhile the workers finish the files they hold, ahead of their turn
            raise KeyboardInterrupt
    recorded = [r["input"] for r in records(manifest)]
    assert len(recorded) > 1, "files finished after the stop are recorded"
    assert handed == recorded == sorted(recorded), "and handed over, in the order of the inputs"


def test_a_stop_right_after_a_file_is_recorded_counts_that_file(tmp_path: Path) -> None:
    # A stop delivered as a file's record is written (here, raised where the record is handed over) must not
    # leave that file out of the count that "interrupted after N of M" reports.
    manifest = tmp_path / "validate.jsonl"
    batch = akn.validate_many([_conformant_files(tmp_path, 6)], jobs=1, manifest=manifest, ordered=True)

    def stop_at_the_third(result: object) -> None:
        if len(records(manifest)) == 3:
            raise KeyboardInterrupt

    batch.on_result = stop_at_the_third
    with pytest.raises(KeyboardInterrupt), batch:
        for _ in batch:
            pass
    assert batch.done == len(records(manifest)) == 3


def test_a_manifest_is_never_written_into_an_input_or_over_an_output(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    text = folder / "a.txt"
    shutil.copy(SAMPLES / "ga-resolution.txt", text)
    xml = tmp_path / "a.xml"
    shutil.copy(SAMPLES / "ga-resolution.xml", xml)
    before = text.read_bytes(), xml.read_bytes()
    with pytest.raises(akn.BatchError, match="is one of the inputs; the manifest would be written into it"):
        akn.convert_many([folder], output=tmp_path / "out", manifest=text)
    with pytest.raises(akn.BatchError, match="is one of the inputs"):
        akn.validate_many([xml], manifest=xml)
    with pytest.raises(akn.BatchError, match="is where an output goes"):
        akn.convert_many([folder], output=tmp_path / "out", manifest=tmp_path / "out" / "a.xml")
    done = cli("validate", str(xml), "--manifest", str(xml))
    assert done.returncode == 2 and b"is one of the inputs" in done.stderr
    assert (text.read_bytes(), xml.read_bytes()) == before
