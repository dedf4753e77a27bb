"""The UN's AKN files round-tripped as a batch: `akn text`, then `akn convert` of that text, then `akn validate`
(level 2) of the result, in parallel processes through akn's own pool (`akn.batch.parallel`, as the commands
use it), with throughput and peak memory.

    python benchmarks/batch_roundtrip.py [--jobs N] [--limit N] [--prefixes 300,600,1200,2544] [CORPUS_DIR]

CORPUS_DIR defaults to ../shared/corpus/unxml (2,544 files). It prints the files per second and the peak
resident memory of the parent and of the largest worker. With `--prefixes`, each growing prefix of the corpus
runs in a new process, so that each peak is that run's own: memory that stays flat as the prefix grows shows
that a batch holds no more than the inputs in hand, however long it is.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import akn
from akn.batch import default_jobs, parallel

UNXML = ROOT.parent / "shared" / "corpus" / "unxml"


def roundtrip(path: str) -> tuple[str, int, float, float, float]:
    """(outcome, size, text ms, convert ms, validate ms) of one file; outcome is conformant, problems, or
    the step that failed."""
    data = Path(path).read_bytes()
    start = time.perf_counter()
    try:
        text = akn.to_text(data, name=path)
    except akn.AknError:
        return "text failed", len(data), 0.0, 0.0, 0.0
    t1 = time.perf_counter()
    try:
        xml = akn.convert(text, name=path, markup_date="2026-01-01").to_xml()
    except akn.AknError:
        return "convert failed", len(data), (t1 - start) * 1000, 0.0, 0.0
    t2 = time.perf_counter()
    report = akn.validate(xml, level=2)
    t3 = time.perf_counter()
    outcome = "conformant" if report.conformant else "problems"
    return outcome, len(data), (t1 - start) * 1000, (t2 - t1) * 1000, (t3 - t2) * 1000


def _warm() -> None:
    from akn.conformance.engine import compiled_schema

    compiled_schema()


def peak_mb() -> tuple[float, float]:
    """Peak resident memory (MB) of this process, and of the largest child that has ended."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def run(files: list[str], jobs: int) -> None:
    outcomes: dict[str, int] = {}
    size = 0
    steps = [0.0, 0.0, 0.0]
    start = time.perf_counter()
    for _, (outcome, length, *times) in parallel(roundtrip, files, jobs=jobs, initializer=_warm,
                                                 on_crash=lambda path, why: ("crashed", 0, 0.0, 0.0, 0.0)):
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        size += length
        for i, value in enumerate(times):
            steps[i] += value
    wall = time.perf_counter() - start
    own, worker = peak_mb()
    print(f"{len(files)} files ({size / 1e6:.1f} MB of AKN) round-tripped with {jobs} jobs in {wall:.1f} s: "
          f"{len(files) / wall:.1f} files/s, {size / 1e6 / wall:.2f} MB/s")
    print("  outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
    print(f"  time in the steps, summed over workers: text {steps[0] / 1000:.1f} s, convert {steps[1] / 1000:.1f} s, "
          f"validate {steps[2] / 1000:.1f} s")
    print(f"  peak memory: parent {own:.0f} MB, largest worker {worker:.0f} MB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(UNXML))
    parser.add_argument("--jobs", type=int, default=default_jobs())
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--prefixes", default="", help="comma-separated prefix sizes, each run in a new process")
    args = parser.parse_args()
    files = sorted(str(p) for p in Path(args.corpus).rglob("*.xml"))
    if not files:
        print(f"no .xml files under {args.corpus}", file=sys.stderr)
        return 2
    if args.prefixes:
        print(f"memory as the batch grows ({args.jobs} jobs; each prefix in a new process):")
        print(f"{'files':>7} {'seconds':>8} {'files/s':>8} {'parent MB':>10} {'worker MB':>10}")
        for size in (int(n) for n in args.prefixes.split(",")):
            done = subprocess.run([sys.executable, __file__, args.corpus, "--jobs", str(args.jobs), "--limit", str(size)],
                                  capture_output=True, text=True, check=True)
            lines = done.stdout.splitlines()
            head, memory = lines[0], lines[-1]
            seconds = float(head.split(" in ")[1].split(" s:")[0])
            rate = float(head.split(": ")[1].split(" files/s")[0])
            parent = float(memory.split("parent ")[1].split(" MB")[0])
            worker = float(memory.split("largest worker ")[1].split(" MB")[0])
            print(f"{min(size, len(files)):>7} {seconds:>8.1f} {rate:>8.1f} {parent:>10.0f} {worker:>10.0f}")
        return 0
    if args.limit:
        files = files[: args.limit]
    run(files, args.jobs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
