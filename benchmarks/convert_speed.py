"""In-process conversion time of the seed and of the largest corpus file, and time per KB for small and
large documents (linear growth shows as a flat ms/KB). The reference, measured in the same run, is lxml
parsing and serialising the XML that the conversion produced.

    python benchmarks/convert_speed.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from lxml import etree

import akn

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "text"


def best_of(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times) * 1000, statistics.median(times) * 1000  # type: ignore[return-value]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    files = sorted(CORPUS.glob("*.txt"), key=lambda p: p.stat().st_size)
    seed = CORPUS / "E-CN.15-2019-draft-cybercrime.seed.md.txt"
    chosen = [seed, files[0], files[len(files) // 2], files[-1]]
    print(f"akn {akn.__version__}, {'compiled' if akn.compiled() else 'pure Python'}, from {Path(akn.__file__).parent}")
    print(f"{'document':48} {'KB':>7} {'convert ms':>11} {'ms/KB':>7} {'lxml ms':>8} {'ratio':>6}")
    for path in chosen:
        data = path.read_bytes()
        xml = akn.convert(data, markup_date="2026-01-01").to_xml()
        best, _median = best_of(lambda data=data: akn.convert(data, markup_date="2026-01-01").to_xml(), args.repeat)
        ref, _ = best_of(lambda xml=xml: etree.tostring(etree.fromstring(xml)), args.repeat)
        kb = len(data) / 1024
        print(f"{path.name:48} {kb:7.1f} {best:11.2f} {best / kb:7.3f} {ref:8.2f} {best / ref:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
