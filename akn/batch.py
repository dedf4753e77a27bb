"""Batches: many inputs converted or validated in parallel processes, each result as soon as it is ready, and a
manifest that records what happened to every input.

- Inputs are files, or folders searched recursively (`*.txt` and `*.md` to convert, `*.xml` to validate;
  names starting with a dot are passed over). Outputs mirror the input tree under the output folder.
- Work runs in a pool of processes (`jobs`, all cores by default), each initialised once (the converter
  loaded, the schema compiled); at most a few inputs per process are in flight, so memory does not grow with
  the size of the batch. A process that dies (a crash, the memory killer) costs only the inputs it held: they
  are retried alone, and the one that kills its process again is recorded as failed.
- One bad input never stops a batch: whatever it raises becomes its record.
- The processes convert; the parent writes each output through a temporary file renamed into place
  (`akn.files.write_atomic`) and at once appends its record to the manifest and flushes it, so that every
  output on disk has its record. When a batch is stopped (the
  consumer stops iterating, or raises, as on Ctrl-C or a SIGTERM the caller turns into
  `KeyboardInterrupt`), no new input starts, the inputs in hand may finish (for a few seconds; then their
  processes are killed and their temporary files removed), and the manifest records every input whose
  output was finished; `Batch.on_result` receives each of them too, so that a report agrees with it.
- `resume=True` skips an input whose manifest record has the same input sha256 and options fingerprint and
  whose output is still there with the recorded sha256 (for validation: the same input and options).

Nothing here prints or exits; the command line shows progress and a summary from the results.
"""

from __future__ import annotations

import gc
import hashlib
import os
import re
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from types import FrameType, TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

from . import manifest as mf
from .errors import AknError
from .files import DEFAULT_TEXT_MAX_SIZE, Inputs, read_limited, signals_held

if TYPE_CHECKING:
    from .conformance.problems import Report
    from .conformance.runner import Options as ValidateOptions

T = TypeVar("T")
R = TypeVar("R")

TEXT_SUFFIXES = (".txt", ".md")
XML_SUFFIXES = (".xml",)
MANIFEST_NAME = "manifest.jsonl"
STDIN = "-"
# Problems kept in a validation record, per kind (the counts are always whole).
RECORDED_PROBLEMS = 100


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class BatchError(AknError):
    """A batch that cannot start as asked (say, `resume` without a manifest, or an output that is a file)."""


@dataclass(frozen=True)
class Source:
    """An input: its path as given or found, and its place under the output folder."""

    path: str
    relative: str


def find(inputs: Iterable[str | os.PathLike[str]] | str | os.PathLike[str], suffixes: Sequence[str]) -> list[Source]:
    """The inputs of a batch: files as given, folders searched recursively for files with `suffixes` (sorted,
    names starting with a dot passed over), `-` (standard input) as it is. One path given alone (a `str` or
    an `os.PathLike`) is that one input, not a sequence of one-letter names (`.` among them)."""
    found: list[Source] = []
    lowered = tuple(s.lower() for s in suffixes)
    for given in (inputs,) if isinstance(inputs, (str, os.PathLike)) else inputs:
        path = os.fspath(given)
        folder = Path(path)
        if path != STDIN and folder.is_dir():
            for file in sorted(folder.rglob("*")):
                relative = file.relative_to(folder)
                if any(part.startswith(".") for part in relative.parts):
                    continue
                if file.name.lower().endswith(lowered) and file.is_file():
                    found.append(Source(str(file), relative.as_posix()))
        else:
            found.append(Source(path, "stdin.txt" if path == STDIN else folder.name))
    return found


@dataclass
class BatchResult:
    """What happened to one input: its manifest record, and what the caller may want beyond it: the XML when
    no output folder was given, the validation report, `skipped` when `resume` found it already done."""

    record: mf.Record
    skipped: bool = False
    xml: bytes | None = None
    report: Report | None = None
    output_path: Path | None = None

    @property
    def input(self) -> str:
        return self.record.input

    @property
    def status(self) -> str:
        return self.record.status

    @property
    def ok(self) -> bool:
        return self.record.exit_code == 0

    @property
    def exit_code(self) -> int:
        """0 done, 1 failed (conversion error, strict warnings, validation problems), 3 input unreadable."""
        return self.record.exit_code


# -- the process pool --------------------------------------------------------------------------------------


_busy = False
_stop_asked = False


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    """SIGTERM in a worker: an idle one exits at once; a busy one finishes the input in hand (so that its
    output and its record are whole) and exits before it takes another."""
    global _stop_asked
    if not _busy:
        os._exit(128 + signum)
    _stop_asked = True


def _start_worker(initializer: Callable[..., None] | None, initargs: tuple[Any, ...]) -> None:
    # Ctrl-C reaches the whole process group: the parent decides, and stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _on_sigterm)
    collect_less_often()
    if initializer is not None:
        initializer(*initargs)


_GC_THRESHOLD = 20_000
_STEP = 0.2  # seconds a step of the pool waits for a result: how soon a signal acts


def collect_less_often() -> None:
    """Run Python's cycle collector less often in a process given over to a batch. Each file leaves many
    short-lived objects (a validation problem each, hundreds of thousands over the UN corpus), and with the
    default threshold they set the collector off hundreds of times, though almost none are in a cycle."""
    gc.set_threshold(_GC_THRESHOLD, 20, 20)


def _call(fn: Callable[[T], R], item: T) -> R:
    global _busy
    if _stop_asked:
        os._exit(128 + signal.SIGTERM)
    _busy = True
    try:
        return fn(item)
    finally:
        _busy = False


def parallel(
    fn: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int,
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
    ordered: bool = False,
    on_crash: Callable[[T, str], R],
    on_stop: Callable[[T, R], None] | None = None,
    grace: float = 10.0,
) -> Generator[tuple[T, R], None, None]:
    """`(item, fn(item))` for every item, computed in `jobs` processes, as each finishes (`ordered`: in the
    order of `items`). `fn` and `initializer` must be module-level functions. An item whose process dies
    twice (the second time alone), or for which `fn` raises, gives `on_crash(item, reason)`.

    Closing the iterator early (or an exception in the consumer, such as `KeyboardInterrupt`) stops the
    pool: no new item starts, the items in hand have `grace` seconds to finish (a second Ctrl-C cuts it
    short) before their processes are killed, and `on_stop(item, result)` receives each result that was
    finished but not yet yielded.
    """
    queue = deque(enumerate(items))
    if jobs <= 1 or len(queue) <= 1:
        if initializer is not None:
            initializer(*initargs)
        for _, item in queue:
            try:
                result = fn(item)
            except Exception as exc:  # noqa: BLE001 - as in a worker: the input's failure becomes its result
                result = on_crash(item, f"{type(exc).__name__}: {exc}")
            yield item, result
        return
    window = jobs * 4
    ready: dict[int, tuple[T, R]] = {}
    next_out = 0
    pending: dict[Future[R], tuple[int, T]] = {}
    suspects: deque[tuple[int, T]] = deque()
    executor = _executor(jobs, initializer, initargs)
    finished = False
    out: deque[tuple[T, R]] = deque()  # the results of a step, yielded one by one
    try:
        while queue or pending or suspects or ready:
            # A signal taken inside the pool's own code can leave one of its locks held, and the pool's thread
            # then waits for it forever (at exit too): the pool is driven with signals held, and a Ctrl-C or
            # SIGTERM acts here, between steps, within a fraction of a second.
            with signals_held():
                # An item leaves its queue only once the pool has taken it: a worker may have died since the
                # last wait, and then the pool refuses new work.
                try:
                    if suspects and not pending:
                        index, item = suspects[0]
                        pending[executor.submit(_call, fn, item)] = (-1 - index, item)  # alone; negative: second try
                        suspects.popleft()
                    elif not suspects:
                        while queue and len(pending) < window and (not ordered or queue[0][0] - next_out < window * 4):
                            index, item = queue[0]
                            pending[executor.submit(_call, fn, item)] = (index, item)
                            queue.popleft()
                except BrokenProcessPool:
                    if not pending:  # no future in hand will report it below
                        executor = _restarted(executor, jobs, initializer, initargs)
                        continue
                done: set[Future[R]] = set()
                if pending:
                    done, _ = wait(pending, timeout=_STEP, return_when=FIRST_COMPLETED)
                broken = False
                for future in done:
                    index, item = pending.pop(future)
                    try:
                        result = future.result()
                    except BrokenProcessPool:
                        broken = True
                        if index < 0:
                            result = on_crash(item, "the worker process died while handling this input "
                                                    "(a crash, or out of memory)")
                        else:
                            suspects.append((index, item))
                            continue
                    except Exception as exc:  # noqa: BLE001 - an input's failure becomes its result
                        result = on_crash(item, f"{type(exc).__name__}: {exc}")
                    index = index if index >= 0 else -1 - index
                    if ordered:
                        ready[index] = (item, result)
                    else:
                        out.append((item, result))
                if broken:
                    suspects.extend(pending.values())
                    pending.clear()
                    executor = _restarted(executor, jobs, initializer, initargs)
                while next_out in ready:
                    out.append(ready.pop(next_out))
                    next_out += 1
                if ordered and not (queue or pending or suspects):
                    out.extend(ready.pop(index) for index in sorted(ready))
            while out:
                yield out.popleft()
        finished = True
    finally:
        if finished:
            with signals_held():
                executor.shutdown(wait=True)
        else:
            _stop(executor, grace)
            if on_stop is not None:
                with signals_held():  # each result that finished is handed on; a signal acts after
                    for item, result in [*out, *_finished(ready, pending)]:
                        on_stop(item, result)


def _finished(ready: dict[int, tuple[T, R]], pending: dict[Future[R], tuple[int, T]]) -> list[tuple[T, R]]:
    """The results of a stopped pool that were finished but not yielded, in the order of the items: those
    waiting for their turn, and those the workers sent before they exited."""
    if pending:
        wait(pending, timeout=1.0)
    found = dict(ready)
    for future, (index, item) in pending.items():
        if future.done() and not future.cancelled() and future.exception() is None:
            found[index if index >= 0 else -1 - index] = (item, future.result())
    return [found[index] for index in sorted(found)]


def _executor(jobs: int, initializer: Callable[..., None] | None, initargs: tuple[Any, ...]) -> ProcessPoolExecutor:
    import multiprocessing

    # fork (on Linux) starts workers in milliseconds and shares the loaded modules; the pool launches all its
    # processes before it starts its own thread, so no thread is forked.
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    return ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker, initargs=(initializer, initargs))


def _restarted(
    executor: ProcessPoolExecutor, jobs: int, initializer: Callable[..., None] | None, initargs: tuple[Any, ...]
) -> ProcessPoolExecutor:
    """A new pool in place of a broken one, which is stopped."""
    _stop(executor)
    return _executor(jobs, initializer, initargs)


def _stop(executor: ProcessPoolExecutor, grace: float = 10.0) -> None:
    """Stop the pool: work not started is cancelled, work in hand has `grace` seconds to finish (a worker
    that finishes exits), then what is left is killed (the caller removes the temporary files it leaves)."""
    processes = list((getattr(executor, "_processes", None) or {}).values())
    deadline = time.monotonic() + grace
    try:
        with signals_held():
            executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.join(max(0.0, deadline - time.monotonic()))
    except KeyboardInterrupt:  # asked again: no more waiting
        pass
    for process in processes:
        if process.is_alive():
            process.kill()
            process.join()


# -- one input, in a worker --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Task:
    path: str
    target: str | None
    done: tuple[str | None, str | None] | None  # (input sha256, output sha256) recorded by an earlier run
    data: bytes | None = None  # standard input, read by the parent


@dataclass(frozen=True)
class _Job:
    command: str
    options: dict[str, Any]
    fingerprint: str
    run: str
    base: str | None  # the folder output paths are recorded relative to
    strict: bool = False
    validate: ValidateOptions | None = None
    max_size: int | None = None  # of a text to convert (validation has its own, in `validate`)


_job: _Job | None = None


def _init(job: _Job) -> None:
    global _job
    _job = job
    if job.command == "convert":
        from . import api  # noqa: F401 - load the converter and writer once per process
        from .aknxml import writer  # noqa: F401
    elif job.validate is not None:
        from .conformance.runner import _init_worker

        _init_worker(job.validate)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def _relative(path: str, base: str | None) -> str:
    if base is None:
        return path
    try:
        return os.path.relpath(path, base)
    except ValueError:  # another drive
        return path


def _intact(target: str | None, digest: str | None) -> bool:
    if target is None or digest is None:
        return False
    try:
        return _sha256(Path(target).read_bytes()) == digest
    except OSError:
        return False


def _error(exc: BaseException) -> dict[str, Any]:
    return {"type": type(exc).__name__, "message": str(exc)}


def _convert(task: _Task) -> BatchResult:
    from .aknxml.writer import work_uri
    from .api import convert
    from .errors import InputError, StrictModeError
    from .files import over_the_limit, read_bytes

    job = _job
    assert job is not None
    start = time.perf_counter()
    record = mf.Record(input=task.path, status="failed", command="convert", options=job.options,
                       options_sha256=job.fingerprint, run=job.run)
    timings = record.timings
    try:
        data = task.data if task.data is not None else read_bytes(task.path, job.max_size)
        if job.max_size is not None and len(data) > job.max_size:  # standard input, read before the batch
            raise InputError("<stdin>", over_the_limit(None, job.max_size))
    except InputError as exc:
        record.status, record.errors = "unreadable", [_error(exc)]
        return _finish(record, start)
    record.input_sha256 = _sha256(data)
    timings["read"] = _ms(time.perf_counter() - start)
    if task.done and task.done[0] == record.input_sha256 and _intact(task.target, task.done[1]):
        return BatchResult(record, skipped=True)
    name = "<stdin>" if task.path == STDIN else task.path
    try:
        mark = time.perf_counter()
        converted = convert(data, strict=job.strict, name=name, **job.options)
        timings["convert"] = _ms(time.perf_counter() - mark)
        record.warnings = [{"line": w.line, "message": w.message} for w in converted.warnings]
        mark = time.perf_counter()
        xml = converted.to_xml()
        timings["serialise"] = _ms(time.perf_counter() - mark)
        meta = converted.document.meta
        if meta is not None:
            uri = work_uri(meta, converted.document)
            record.work, record.expression = uri.work(), uri.expression()
        result = BatchResult(record, xml=xml)
        if task.target is not None:
            # the parent writes the file, then records it at once: an output exists only if recorded
            record.output = _relative(task.target, job.base)
            result.output_path = Path(task.target)
        record.output_sha256 = _sha256(xml)
        record.status = "converted"
    except StrictModeError as exc:
        record.warnings = [{"line": w.line, "message": w.message} for w in exc.warnings]
        record.errors = [_error(exc)]
        return _finish(record, start)
    except InputError as exc:
        record.status, record.errors = "unreadable", [_error(exc)]
        return _finish(record, start)
    except Exception as exc:  # noqa: BLE001 - AknError, OutputError, or a bug: recorded, the batch goes on
        record.errors = [_error(exc)]
        return _finish(record, start)
    _finish(record, start)
    return result


def _finish(record: mf.Record, start: float) -> BatchResult:
    record.timings["total"] = _ms(time.perf_counter() - start)
    record.finished = mf.now()
    return BatchResult(record)


def _validate(task: _Task) -> BatchResult:
    from .conformance.loader import UnreadableXml, read
    from .conformance.problems import verdict
    from .conformance.runner import check_one

    job = _job
    assert job is not None and job.validate is not None
    start = time.perf_counter()
    record = mf.Record(input=task.path, status="unreadable", command="validate", options=job.options,
                       options_sha256=job.fingerprint, run=job.run)
    data = task.data
    if data is None:
        try:
            data, _ = read(task.path, max_size=job.validate.max_size)
        except UnreadableXml:
            data = None
    if data is not None:
        record.input_sha256 = _sha256(data)
        if task.done and task.done[0] == record.input_sha256:
            return BatchResult(record, skipped=True)
        record.work, record.expression = _frbr_iris(data)
    record.timings["read"] = _ms(time.perf_counter() - start)
    mark = time.perf_counter()
    name = "<stdin>" if task.path == STDIN else mf.printable(task.path)
    report = check_one(task.path, job.validate, data, name=name)
    record.timings["validate"] = _ms(time.perf_counter() - mark)
    counts = report.counts()
    record.status = verdict(counts)
    record.errors = _recorded(report, ("fatal", "error")) if counts["fatal"] or counts["error"] else []
    record.warnings = _recorded(report, ("warning",)) if counts["warning"] else []
    record.counts = {k: v for k, v in counts.items() if v}
    result = _finish(record, start)
    result.report = report
    return result


def _recorded(report: Report, severities: tuple[str, ...]) -> list[dict[str, Any]]:
    """The first `RECORDED_PROBLEMS` problems of these severities, as the record keeps them (a file may have
    thousands: the rest are not looked at)."""
    found = (p for p in report.problems if p[1] in severities)
    return [{"rule": rule_id, "line": line, "message": message}
            for rule_id, _, message, line, _, _, _ in islice(found, RECORDED_PROBLEMS)]


def _frbr_iris(data: bytes) -> tuple[str | None, str | None]:
    """The work and expression IRIs a file declares (FRBRthis of FRBRWork and FRBRExpression), read without
    parsing: the report is the validator's business, this only labels the record."""
    head = data[:262144]
    found: list[str | None] = []
    for block_pattern in _FRBR_BLOCKS:
        block = block_pattern.search(head)
        match = _FRBR_URI.search(block.group(1)) if block else None
        found.append(match.group(1).decode("utf-8", errors="replace") if match else None)
    return found[0], found[1]


_FRBR_BLOCKS = tuple(
    re.compile(rb"<(?:\w+:)?FRBR%s\b(.*?)</(?:\w+:)?FRBR%s>" % (level, level), re.DOTALL)
    for level in (b"Work", b"Expression")
)
_FRBR_URI = re.compile(rb"<(?:\w+:)?FRBRuri\s+value=\"([^\"]*)\"")


# -- a whole batch -------------------------------------------------------------------------------------------


def _crashed(task: _Task, reason: str) -> BatchResult:
    job = _job_in_parent
    record = mf.Record(input=task.path, status="failed", command=job.command if job else "convert",
                       options=job.options if job else {}, options_sha256=job.fingerprint if job else "",
                       run=job.run if job else "", errors=[{"type": "WorkerError", "message": reason}])
    record.finished = mf.now()
    return BatchResult(record)


_job_in_parent: _Job | None = None

_DONE = {"convert": ("converted",), "validate": ("conformant", "problems")}


@dataclass
class Batch:
    """A running batch: iterate over it for one `BatchResult` per input, as each finishes. Use it as a
    context manager (or call `close()`) to stop it early; the counts say how it went so far.

    `on_result`, when set, is called with each result as its manifest record is written (skipped inputs
    too), Ctrl-C and SIGTERM held meanwhile, and also with the results that finish after a stop, which the
    iteration never yields: a report made there lists exactly the inputs the manifest records.
    """

    total: int
    manifest: Path | None
    results: Iterator[BatchResult]
    inputs: list[str] = field(default_factory=list)  # the paths read, folders expanded (`-`: standard input)
    counts: dict[str, int] = field(default_factory=dict)
    skipped: int = 0
    started: float = field(default_factory=time.perf_counter)
    on_result: Callable[[BatchResult], None] | None = None

    def __iter__(self) -> Iterator[BatchResult]:
        return iter(self.results)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        close = getattr(self.results, "close", None)
        if close is not None:
            close()

    @property
    def done(self) -> int:
        return sum(self.counts.values()) + self.skipped

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started


def _run(command: str, sources: list[Source], out_dir: Path | None, manifest_path: Path | None, resume: bool,
         jobs: int | None, options: dict[str, Any], fingerprint: str, strict: bool = False,
         validate: ValidateOptions | None = None, ordered: bool = False, suffix: str = ".xml",
         stdin: bytes | None = None, max_size: int | None = None) -> Batch:
    if resume and manifest_path is None:
        raise BatchError("resume needs a manifest (an output folder, or a manifest path)")
    if out_dir is not None:
        if out_dir.exists() and not out_dir.is_dir():
            raise BatchError(f"{out_dir}: not a folder (a batch writes one file per input into a folder)")
        if sources:
            out_dir.mkdir(parents=True, exist_ok=True)
    if sources and manifest_path is not None and not manifest_path.parent.is_dir():
        raise BatchError(f"{manifest_path}: folder {manifest_path.parent} does not exist")
    base = str(manifest_path.parent) if manifest_path is not None else (str(out_dir) if out_dir else None)
    job = _Job(command, options, fingerprint, mf.new_run_id(), base, strict, validate, max_size)
    previous = mf.read(manifest_path) if resume and manifest_path is not None else {}
    if stdin is None and any(s.path == STDIN for s in sources):
        stdin = read_limited(sys.stdin.buffer, max_size) if max_size is not None else sys.stdin.buffer.read()
    tasks, clashes = _tasks(sources, out_dir, previous, job, suffix, stdin)
    if manifest_path is not None:
        _check_manifest_path(manifest_path, sources, tasks)
    batch = Batch(len(sources), manifest_path, iter(()), [s.path for s in sources])
    batch.results = _results(tasks, clashes, job, jobs or default_jobs(), manifest_path, resume, previous, ordered,
                             batch)
    return batch


def _check_manifest_path(manifest_path: Path, sources: list[Source], tasks: list[_Task]) -> None:
    """`BatchError` when the manifest would be written into one of the inputs, or where an output goes."""
    try:
        found: os.stat_result | None = os.stat(manifest_path)
    except OSError:
        found = None
    if Inputs(Path(s.path) for s in sources if s.path != STDIN).include(manifest_path, found):
        raise BatchError(f"{manifest_path}: is one of the inputs; the manifest would be written into it")
    real = os.path.realpath(manifest_path)
    if any(t.target is not None and os.path.realpath(t.target) == real for t in tasks):
        raise BatchError(f"{manifest_path}: is where an output goes; the manifest needs a file of its own")


def _tasks(sources: list[Source], out_dir: Path | None, previous: dict[str, mf.Record], job: _Job,
           suffix: str, stdin: bytes | None) -> tuple[list[_Task], dict[int, str]]:
    tasks: list[_Task] = []
    clashes: dict[int, str] = {}
    taken: dict[str, str] = {}
    inputs = {os.path.realpath(s.path) for s in sources if s.path != STDIN} if out_dir is not None else set()
    for index, source in enumerate(sources):
        target = None
        if out_dir is not None:
            relative = Path(source.relative)
            target = str(out_dir / relative.parent / (Path(relative.name).stem + suffix))
            real = os.path.realpath(target)
            if real in taken:
                clashes[index] = f"its output {target} is also the output of {taken[real]}"
            elif real in inputs:
                clashes[index] = f"its output {target} would overwrite an input"
            taken.setdefault(real, source.path)
            Path(target).parent.mkdir(parents=True, exist_ok=True)
        earlier = previous.get(mf.key(source.path))
        done = None
        if earlier is not None and earlier.options_sha256 == job.fingerprint and earlier.status in _DONE[job.command]:
            done = (earlier.input_sha256, earlier.output_sha256)
        tasks.append(_Task(source.path, target, done, stdin if source.path == STDIN else None))
    return tasks, clashes


def _results(tasks: list[_Task], clashes: dict[int, str], job: _Job, jobs: int, manifest_path: Path | None,
             resume: bool, previous: dict[str, mf.Record], ordered: bool, batch: Batch) -> Iterator[BatchResult]:
    global _job_in_parent
    _job_in_parent = job
    writer = mf.Writer(manifest_path, fresh=not resume) if manifest_path is not None else None
    fn = _convert if job.command == "convert" else _validate
    runnable = [t for i, t in enumerate(tasks) if i not in clashes]
    finished = False

    def tally(result: BatchResult) -> None:
        # counted in the same held step as the record is written: a stop cannot fall between the two
        if result.skipped:
            batch.skipped += 1
        else:
            batch.counts[result.status] = batch.counts.get(result.status, 0) + 1
        if batch.on_result is not None:
            batch.on_result(result)

    def settle(result: BatchResult) -> None:
        if result.skipped:
            result.record = previous[mf.key(result.record.input)]
        _settle(result, writer, tally)

    results = parallel(fn, runnable, jobs=jobs, initializer=_init, initargs=(job,), ordered=ordered,
                       on_crash=_crashed, on_stop=lambda _task, result: settle(result))
    try:
        for index, reason in clashes.items():
            result = _crashed(tasks[index], f"not converted: {reason}")
            result.record.errors[0]["type"] = "OutputClash"
            settle(result)
            yield result
        for _, result in results:
            settle(result)
            yield result
        finished = True
    finally:
        results.close()
        _sweep(t.target for t in runnable)
        if writer is not None:
            if finished:
                writer.compact()
            else:
                writer.close()


def _settle(result: BatchResult, writer: mf.Writer | None, on_result: Callable[[BatchResult], None] | None) -> None:
    """Write a finished input's output and its manifest record, and hand the result to `on_result`, as one
    step that Ctrl-C and SIGTERM cannot cut: the output, the record and what the caller makes of the result
    all exist, or none does. An output stopped halfway that is on disk whole still gets its record. With
    neither an output nor a manifest, the result is handed over at once: a batch of thousands of small
    files would feel the cost of holding the signals for each."""
    to_write = result.output_path is not None and result.xml is not None and not result.skipped
    if not to_write and writer is None:
        if on_result is not None:  # nothing on disk to keep in step: holding the signals would cost for nothing
            on_result(result)
        return
    with signals_held():
        written = False
        try:
            if to_write:
                _write_output(result)
            written = True
        finally:
            kept = written or _intact(str(result.output_path), result.record.output_sha256)
            kept = kept or result.record.status == "failed"
            if writer is not None and kept and not result.skipped:
                writer.write(result.record)
        if kept and on_result is not None:
            on_result(result)


def _write_output(result: BatchResult) -> None:
    """Write a converted document where the batch puts it (in the parent, so that every file on disk has its
    manifest record); a file that cannot be written makes the record a failure."""
    from .files import write_atomic

    assert result.output_path is not None and result.xml is not None
    mark = time.perf_counter()
    try:
        write_atomic(result.output_path, result.xml)
    except (AknError, OSError) as exc:
        result.record.status, result.record.errors = "failed", [_error(exc)]
        result.record.output = None
        result.output_path = None
        return
    result.record.timings["write"] = _ms(time.perf_counter() - mark)
    result.xml = None


def _sweep(targets: Iterable[str | None]) -> None:
    """Remove temporary files that stopped workers may have left beside the outputs."""
    folders: dict[Path, set[str]] = {}
    for target in targets:
        if target is not None:
            path = Path(target)
            folders.setdefault(path.parent, set()).add(path.name)
    for folder, names in folders.items():
        try:
            leftovers = list(folder.glob(".*.part"))
        except OSError:
            continue
        for leftover in leftovers:
            if leftover.name[1:].rsplit(".", 2)[0] in names:
                try:
                    leftover.unlink()
                except OSError:
                    pass


# -- the public entry points ---------------------------------------------------------------------------------


def _manifest_path(manifest: bool | str | os.PathLike[str], out_dir: Path | None) -> Path | None:
    if manifest is True:
        return out_dir / MANIFEST_NAME if out_dir is not None else None
    if manifest is False:
        return None
    return Path(manifest)


def convert_many(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    jobs: int | None = None,
    output: str | os.PathLike[str] | None = None,
    manifest: bool | str | os.PathLike[str] = True,
    resume: bool = False,
    strict: bool = False,
    max_size: int | None = DEFAULT_TEXT_MAX_SIZE,
    **metadata: Any,
) -> Batch:
    """Convert many texts in `jobs` processes (default: all cores); iterate for a `BatchResult` per input, in
    the order they finish.

    `paths` are files or folders (searched for `*.txt` and `*.md`), or one of them. With `output`, a folder (created when
    missing), each XML file is written there, mirroring the input tree, and the manifest goes to
    `output/manifest.jsonl` (or to the path `manifest` names; `manifest=False` writes none); without it, each
    result carries its XML in `.xml`. `metadata` are the fields of `ConvertOptions`, the same for every input;
    `strict` fails an input that raises any warning; an input of more than `max_size` bytes (None: no limit) is
    refused unread, as unreadable.
    """
    from .api import convert_options

    options = {k: list(v) if isinstance(v, tuple) else v for k, v in metadata.items() if v not in (None, ())}
    convert_options(options)  # unknown names raise here, not once per input
    out_dir = Path(output) if output is not None else None
    decisive = {k: v for k, v in options.items() if k != "markup_date"}
    fingerprint = mf.fingerprint("convert", {**decisive, "strict": strict})
    sources = find(paths, TEXT_SUFFIXES)
    return _run("convert", sources, out_dir, _manifest_path(manifest, out_dir), resume, jobs, options, fingerprint,
                strict=strict, max_size=max_size)


def validate_many(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    jobs: int | None = None,
    level: int = 2,
    profile: str | None = None,
    schema: str | None = None,
    max_size: int | None = None,
    ignore: Iterable[str] = (),
    manifest: str | os.PathLike[str] | None = None,
    resume: bool = False,
    ordered: bool = False,
    paths_in_problems: bool = True,
    stdin: bytes | None = None,
) -> Batch:
    """Validate many Akoma Ntoso files in `jobs` processes (default: all cores); iterate for a `BatchResult`
    per file (its `.report` the `Report`), as each finishes (`ordered`: in the order given).

    `paths` are files or folders (searched for `*.xml`), or one of them. With `manifest`, a record per file is
    appended there; `resume` then skips files whose sha256 and options are unchanged since it recorded them.
    `paths_in_problems=False` leaves the element paths of level-2 problems empty (faster); `stdin` is the
    content of `-` when it is among the paths (read from standard input when not given). `OptionError` names a
    `level`, `profile` or rule in `ignore` that does not exist, before any file is read.
    """
    from .conformance.engine import checked_options, schema_identity
    from .conformance.loader import DEFAULT_MAX_SIZE
    from .conformance.runner import Options

    level, ignored = checked_options(level, profile, ignore)
    validate = Options(level=level, profile=profile, schema=schema, max_size=max_size or DEFAULT_MAX_SIZE,
                       ignore=ignored, paths=paths_in_problems)

    options: dict[str, Any] = {"level": level, "profile": profile, "max_size": validate.max_size,
                               "ignore": sorted(validate.ignore), "schema_sha256": schema_identity(schema)[1]}
    fingerprint = mf.fingerprint("validate", options)
    sources = find(paths, XML_SUFFIXES)
    return _run("validate", sources, None, Path(manifest) if manifest is not None else None, resume, jobs,
                options, fingerprint, validate=validate, ordered=ordered, stdin=stdin)
