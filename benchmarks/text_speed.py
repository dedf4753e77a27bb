"""How fast `akn text` is: the seed draft resolution's AKN to text, in process.

    python benchmarks/text_speed.py [--repeat N]

Prints the median time of `akn.to_text` on the seed's AKN (made by `akn convert` in the same run), and, as
the reference measured in the same run, the median time of parsing the same XML with lxml alone, with the
ratio between them. The target is under 3 ms for `akn text` of the seed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import akn

SEED = ROOT.parent / "shared" / "corpus" / "text" / "E-CN.15-2019-draft-cybercrime.seed.md.txt"


def median_seconds(action, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=300)
    args = parser.parse_args()
    if not SEED.is_file():
        print(f"{SEED} is absent: the shared corpus is not beside this checkout")
        return 1
    xml = akn.convert(SEED.read_bytes(), markup_date="2026-01-01").to_xml()
    for fmt in ("plain", "markdown"):
        akn.to_text(xml, fmt)
    parse = median_seconds(lambda: etree.fromstring(xml), args.repeat)
    print(f"seed AKN: {len(xml)} bytes")
    print(f"lxml parse (reference): {parse * 1000:.3f} ms")
    for fmt in ("plain", "markdown"):
        took = median_seconds(lambda fmt=fmt: akn.to_text(xml, fmt), args.repeat)
        print(f"akn text --format {fmt}: {took * 1000:.3f} ms ({took / parse:.1f}x the parse; target < 3 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
