"""The prefix of an eId is the identifier of the element's context.

The context is the nearest enclosing element that has an eId (`para_2__list_1` for its points), leaving
out the parts that only hold their parent's text (`content`, `intro`, `wrapUp`, `num`, `heading`). Parts
of the document without an eId add their name (`preamble__container_3`, `coverPage__...`, `preface__...`,
`conclusions__...`); the main body adds nothing (`para_1`); an attachment without an eId counts as
`att_N`. So a footnote in the third preambular paragraph is `preamble__container_3__authorialNote_1`, and
eIds inside an annex start with the annex's eId (`att_1__para_2`), which keeps them unique.

The parts of a judgment's body (`introduction`, `background`, `arguments`, `remedies`, `motivation`,
`decision`) add their name as the preamble does (`background__para_1`). An `intro` or `wrapUp` may also
name itself, whether or not it has an eId: its paragraph is `sec_2__p_1` or `sec_2__intro__p_1` (the
convention has abbreviations for these parts, and Laws.Africa writes the second form).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import AknDocument

ID = "eid-prefix"
SEVERITY = "error"
FIXABLE = True


# A prefix that names an intro or wrapUp (`sec_2__intro`): the only kind that may be self-named, and a cheap
# test that spares the others (tens of thousands in the UN's files) the walk up their ancestors.
_NAMES_A_PART = re.compile(r"(?:^|__)(?:intro|wrapup)(?:__|$)")


def check(doc: AknDocument) -> Iterator[tuple[object, str]]:
    for (element, name, eid, prefix, _, _), expected in zip(doc.identified, doc.expected_prefixes()):
        if prefix != expected and not (
            _NAMES_A_PART.search(prefix) and prefix == doc.self_named_prefix(element, expected)
        ):
            if expected:
                said = f"should start with {expected + '__'!r}, its context"
            else:
                said = "should have no prefix: its context is the main body"
            yield element, f"eId {eid!r} of {name} {said}"
