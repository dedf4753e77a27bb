"""Outputs as the system sees them: permissions, devices and pipes, a closed pipe, a refused write."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from akn.files import OutputError, write_atomic

from .conftest import SAMPLES

SAMPLE = SAMPLES / "ga-resolution.txt"


@pytest.fixture
def umask_022():  # type: ignore[no-untyped-def]
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_new_output_has_the_mode_the_umask_gives_a_new_file(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "out.xml"
    write_atomic(target, b"<x/>")
    assert mode(target) == 0o644
    os.umask(0o077)
    private = tmp_path / "private.xml"
    write_atomic(private, b"<x/>")
    assert mode(private) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_replaced_output_keeps_its_mode(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "out.xml"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert mode(target) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["out.xml"]


@contextmanager
def _reading(fifo: Path) -> Iterator[list[bytes]]:
    """A named pipe made at `fifo` and read whole by a thread, whose bytes the list holds after the block.
    (A daemon thread: should the pipe be replaced instead of written into, the test fails, not hangs.)"""
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    yield received
    reader.join(timeout=30)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_as_output_is_written_into_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "out.fifo"
    with _reading(fifo) as received:
        write_atomic(fifo, b"<xml/>" * 50_000)
    assert received == [b"<xml/>" * 50_000]
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["out.fifo"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_akn_convert_into_a_named_pipe_leaves_the_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "out.xml"
    with _reading(fifo) as received:
        done = subprocess.run([sys.executable, "-m", "akn", "convert", str(SAMPLE), "-o", str(fifo)],
                              capture_output=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert received and received[0].startswith(b"<?xml")
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_folder_as_output_file_is_refused_by_name(tmp_path: Path) -> None:
    folder = tmp_path / "out.xml"
    folder.mkdir()
    with pytest.raises(OutputError, match=r"out\.xml: is a folder, not a file"):
        write_atomic(folder, b"<x/>")


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="/proc is Linux's")
def test_a_refused_write_names_the_output_not_a_temporary_file() -> None:
    done = subprocess.run([sys.executable, "-m", "akn", "convert", str(SAMPLE), "-o", "/proc/self/out.xml"],
                          capture_output=True, timeout=60, check=False)
    assert done.returncode == 1
    message = done.stderr.decode().strip()
    assert message.startswith("akn: /proc/self/out.xml: ") and ".part" not in message
    assert len(message.splitlines()) == 1


def _closed_early(*args: str, input: bytes | None = None) -> tuple[int, bytes]:
    """Run akn, read ten bytes of its output, close the pipe: (exit code, standard error)."""
    with subprocess.Popen([sys.executable, "-m", "akn", *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE) as process:
        assert process.stdin is not None and process.stdout is not None and process.stderr is not None
        feeder = threading.Thread(target=lambda: (process.stdin.write(input or b""), process.stdin.close()))
        feeder.start()
        process.stdout.read(10)
        process.stdout.close()
        error = process.stderr.read()
        feeder.join(timeout=60)
        return process.wait(timeout=120), error


@pytest.fixture(scope="module")
def long_resolution() -> bytes:
    """A resolution whose XML, text and report are each far larger than a pipe holds (64 KiB)."""
    paragraphs = "\n\n".join(f"{n}. Requests the Secretary-General to report to the General Assembly at its next "
                               f"session on item {n} and on all that its implementation requires;" for n in range(1, 900))
    return f"The General Assembly,\n\nRecalling its resolution 70/1,\n\n{paragraphs}\n".encode()


def test_convert_stopped_by_a_closed_pipe_exits_141(long_resolution: bytes) -> None:
    code, error = _closed_early("convert", "-", "-q", input=long_resolution)
    assert (code, error) == (141, b"")


def test_text_stopped_by_a_closed_pipe_exits_141(long_resolution: bytes) -> None:
    xml = subprocess.run([sys.executable, "-m", "akn", "convert", "-", "-q"], input=long_resolution,
                         capture_output=True, timeout=60, check=True).stdout
    code, error = _closed_early("text", "-", input=xml)
    assert (code, error) == (141, b"")


def test_validate_stopped_by_a_closed_pipe_exits_141(long_resolution: bytes) -> None:
    xml = subprocess.run([sys.executable, "-m", "akn", "convert", "-", "-q"], input=long_resolution,
                         capture_output=True, timeout=60, check=True).stdout
    renumbered = xml.replace(b'eId="para_', b'eId="para_0')  # a finding for each paragraph: a long report
    code, error = _closed_early("validate", "-", input=renumbered)
    assert (code, error) == (141, b"")


def test_fixing_many_files_looks_at_each_input_a_bounded_number_of_times(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # Each output is checked against the inputs it must not replace; checking it against each input in turn
    # made a batch of N files cost N * N path resolutions (2,544 files: five minutes).
    from click.testing import CliRunner

    from akn.cli import main

    from .akn_samples import CONFORMANT

    sources = []
    for n in range(60):
        source = tmp_path / f"in{n}.xml"
        source.write_text(CONFORMANT, encoding="utf-8")
        sources.append(str(source))
    resolved = 0
    original = Path.resolve

    def counting(self: Path, strict: bool = False) -> Path:
        nonlocal resolved
        resolved += 1
        return original(self, strict)

    (tmp_path / "out").mkdir()
    monkeypatch.setattr(Path, "resolve", counting)
    result = CliRunner().invoke(main, ["fix", "-q", *sources, "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "out").iterdir())) == 60
    assert resolved <= 4 * len(sources)


def test_an_input_reached_through_a_link_is_still_refused_as_output(tmp_path: Path) -> None:
    from akn.files import Inputs

    source = tmp_path / "in.txt"
    source.write_bytes(b"text")
    link = tmp_path / "link.txt"
    link.symlink_to(source)
    hard = tmp_path / "hard.txt"
    os.link(source, hard)
    for target in (source, link, hard):
        with pytest.raises(OutputError, match="refusing to overwrite the input file"):
            write_atomic(target, b"new", Inputs([source]))
    assert source.read_bytes() == b"text"


def test_a_symbolic_link_as_output_is_written_through_and_kept(tmp_path: Path) -> None:
    target = tmp_path / "real.xml"
    target.write_bytes(b"old")
    link = tmp_path / "link.xml"
    link.symlink_to(target)
    write_atomic(link, b"new")
    assert link.is_symlink() and target.read_bytes() == b"new"
    dangling = tmp_path / "dangling.xml"
    dangling.symlink_to(tmp_path / "made.xml")
    write_atomic(dangling, b"made")
    assert dangling.is_symlink() and (tmp_path / "made.xml").read_bytes() == b"made"


def test_a_signal_while_a_hold_is_set_up_leaves_no_handler_of_it_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    # A SIGTERM that lands after Ctrl-C is held and before SIGTERM is left Ctrl-C held for the rest of the run.
    import signal

    from akn.files import signals_held

    before = signal.getsignal(signal.SIGINT)
    real = signal.signal

    def a_signal_lands_after(signum: int, handler: Any) -> Any:
        previous = real(signum, handler)
        if signum == signal.SIGINT and handler is not before:
            raise KeyboardInterrupt  # what a SIGTERM handler raising there would do
        return previous

    monkeypatch.setattr(signal, "signal", a_signal_lands_after)
    with pytest.raises(KeyboardInterrupt), signals_held():
        pass
    monkeypatch.undo()
    assert signal.getsignal(signal.SIGINT) is before
