"""The number part of an eId is the element's own number.

An element with a `num` takes the number it shows, without brackets, spaces, outer punctuation and words
such as "Article": `(a)` gives `point_a`, `1.` gives `para_1`, `Article 2 bis` gives `art_2bis`, `1.2.`
gives `1.2`, or `1-2` with the dots inside the number written as hyphens, as Laws.Africa writes them. A
suffix `-2`, `-3` that keeps two elements with the same printed number apart is accepted.
An element without a `num` is numbered by counting, in Arabic numerals (`container_3`, or `para_12-2`
beside a `para_12` that has its number). Elements that
occur once in their parent (`intro`, `wrapUp`, `content`, `heading`, `coverPage`, `conclusions`, ...)
have no number: `para_2__list_1__intro`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...eids import SINGLETONS, num_token, number_matches
from ..document import AknDocument

ID = "eid-number"
SEVERITY = "error"
FIXABLE = True


# Whether an eId number is what a num gives, for the pairs met so far (they recur: "1", "1.").
_matches: dict[tuple[str, str | None], bool] = {}


def check(doc: AknDocument) -> Iterator[tuple[object, str]]:
    num_of, matches = doc.nums.get, _matches
    for element, name, eid, _, _, number in doc.identified:
        if name in SINGLETONS:
            if number:
                yield element, f"eId {eid!r}: a {name} occurs once in its parent and takes no number"
            continue
        num = num_of(element)
        matched = matches.get((number, num))
        if matched is None:
            if len(matches) >= 100_000:
                matches.clear()
            matched = matches[number, num] = number_matches(number, num)
        if matched:
            continue
        if num is not None and num_token(num):
            yield element, f"eId {eid!r} does not carry the number of its num {num.strip()!r}"
        else:
            what = f"{number!r} is not" if number else "there is no"
            yield element, f"eId {eid!r}: {name} has no number of its own, so it is counted; {what} count"
