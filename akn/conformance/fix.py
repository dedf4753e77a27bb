"""`akn fix`: rewrite a document's eIds to the naming convention, carry every reference along, and repair
the FRBR IRIs that its metadata determines. Only attribute values change: no text, no element, no order;
and only they are rewritten in the file's own bytes (`akn.conformance.patch`).

eIds are made by `akn.eids.EidMaker`, the same that makes them for `akn convert`, walking the text in
document order: each element that has an eId, or needs one (`eid_required` in `schemas/akn-nc.json`), is
named from its context, its element name and its `num`. The labels of the metadata (`TLCOrganization`,
...) are kept. References (`#old` in href and the reference attributes, wIds equal to the old eId) follow
the element that bore the eId before the renaming, even if another bears it now; when several bore it, the
first, and the fix says so. A bare reference that names an eId gets its `#`. FRBR IRIs are rebuilt from
their own parts as the author meant them (`tidy`), with the country, type, date, number, subtype and
language that the identification states.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass, field, replace
from typing import BinaryIO

from lxml import etree

from .. import eids
from ..frbr import FrbrUri, meant
from . import patch
from .document import AKN, LEVELS, META, AknDocument, Identification, local, nc_data
from .engine import validate
from .loader import DEFAULT_MAX_SIZE, load
from .problems import Problem
from .rules.frbr_consistency import UNKNOWN_DATE


@dataclass
class Fixed:
    """The repaired document and what was done; `remaining` is what level 2 still finds in it."""

    name: str
    xml: bytes
    renamed: dict[str, str] = field(default_factory=dict)
    references: int = 0
    iris: int = 0
    remaining: list[Problem] = field(default_factory=list)
    unrepaired: list[str] = field(default_factory=list)
    encoding: str = "UTF-8"  # what `xml` is written in, as the document was

    @property
    def changed(self) -> bool:
        return bool(self.renamed or self.references or self.iris)


def fix(source: str | os.PathLike[str] | bytes | BinaryIO, *, name: str | None = None,
        max_size: int = DEFAULT_MAX_SIZE, check: bool = True) -> Fixed:
    """Repair `source` (a path, bytes or a file opened in binary mode): its eIds, the references to them and
    its FRBR IRIs. Raises `UnreadableXml` (an `XmlInputError`) as `validate` does; `check=False` skips the
    level-2 run that fills `remaining`.

        >>> import akn
        >>> xml = akn.convert("The General Assembly,\\n\\n1. Decides to act.\\n", date="2025-09-09",
        ...                   markup_date="2025-09-10").to_xml()
        >>> fixed = akn.fix(xml.replace(b'eId="para_1"', b'eId="para 1"'))
        >>> fixed.renamed, fixed.remaining
        ({'para 1': 'para_1'}, [])
    """
    tree, data, label = load(source, name=name, max_size=max_size, keep_cdata=True)
    before = patch.attributes(tree.getroot())
    doc = AknDocument(tree, label, paths=False)
    holders = _holders(doc)
    renamed = _rename_eids(doc)
    references, ambiguous = _carry_references(doc, holders)
    iris, unrepaired = _repair_iris(doc)
    xml = patch.patched(data, tree, before) or _serialise(tree, data)
    fixed = Fixed(label, xml, renamed, references, iris, unrepaired=ambiguous + unrepaired,
                  encoding=patch.encoding_of(data, tree.docinfo.encoding or "UTF-8"))
    if check:
        report = validate(xml, name=label, level=2)
        fixed.remaining = report.problems
    return fixed


# -- eIds ------------------------------------------------------------------------------------------------


def _rename_eids(doc: AknDocument) -> dict[str, str]:
    required = frozenset(AKN + name for name in nc_data()["eid_required"]["elements"])
    maker = eids.EidMaker()
    maker.used.update(el.get("eId") for el in doc.in_meta)
    renamed: dict[str, str] = {}

    def walk(element: etree._Element, prefix: str) -> None:
        children = [c for c in element if isinstance(c.tag, str) and c.tag.startswith(AKN) and c.tag != META]
        # The siblings' eIds are made together, so that numbered ones keep their numbers (see EidMaker)
        identified = [c for c in children if c.get("eId") is not None or c.tag in required]
        made = dict(zip(identified, maker.make_siblings(
            prefix, [(c.tag[len(AKN):], AknDocument.num_of(c)) for c in identified])))
        for child in children:
            name = child.tag[len(AKN):]
            inner = prefix
            new = made.get(child)
            if new is not None:
                old = child.get("eId")
                if old is not None and _keeps_hyphenated_number(old, new, maker.used):
                    maker.used.add(old)
                    new = old
                if new != old:
                    child.set("eId", new)
                    if old is not None:
                        renamed.setdefault(old, new)
                if name not in eids.NON_CONTEXTS:
                    inner = new
            elif name in eids.PART_PREFIXES:
                inner = eids.join(prefix, eids.PART_PREFIXES[name])
            if name in eids.SELF_NAMING and _names_itself(child):
                inner = eids.join(prefix, eids.abbreviation(name))
            walk(child, inner)

    walk(doc.root, "")
    return renamed


def _keeps_hyphenated_number(old: str, new: str, used: set[str]) -> bool:
    """Whether `old` is `new` with the dots of its number written as hyphens (`para_1-1` for `para_1.1`), a
    form of the number the convention allows, that no other element has taken."""
    prefix, _, last = new.rpartition("__")
    return old != new and old not in used and old == eids.join(prefix, eids.hyphenated(last))


def _names_itself(part: etree._Element) -> bool:
    """Whether the first eId inside an intro or wrapUp names the part (`sec_2__intro__p_1`): the document's
    choice between the two forms the convention allows, which the renaming keeps."""
    segment = "__" + eids.abbreviation(local(part)) + "__"
    for element in part.iterdescendants():
        eid = element.get("eId")
        if eid:
            return segment in "__" + eid
    return False


def _holders(doc: AknDocument) -> dict[str, list[etree._Element]]:
    """The elements that bear each eId, in document order; taken before the renaming, as what references mean."""
    holders: dict[str, list[etree._Element]] = {}
    for element, eid in zip(doc.eid_elements, doc.eid_values):
        holders.setdefault(eid, []).append(element)
    return holders


def _carry_references(doc: AknDocument, holders: dict[str, list[etree._Element]]) -> tuple[int, list[str]]:
    """Point each local reference at the eId its element bears now, whatever the other elements became;
    also say which references named an eId that several elements bore and the renaming told apart.

    `holders` is the naming before the renaming: a reference to `x` meant the element that bore `x` then
    (the first, as an XML ID lookup finds it), even when another element bears `x` now (swaps, chains).
    """
    meant = {eid: elements[0] for eid, elements in holders.items()}
    former = {element: eid for eid, elements in holders.items() for element in elements}
    split = _split(holders)
    referrers: dict[str, list[etree._Element]] = {}
    data = nc_data()["reference_attributes"]
    attributes, lists = data["attributes"], set(data["lists"])
    exempt = frozenset(AKN + name for name in nc_data()["href_exempt"]["elements"])
    changes = 0

    def mend(value: str, bare_ok: bool, element: etree._Element) -> str:
        local_ref = value.startswith("#")
        name = value[1:] if local_ref else value
        target = meant.get(name)
        if target is None or not (local_ref or bare_ok):
            return value
        if name in split:
            referrers.setdefault(name, []).append(element)
        return "#" + target.get("eId", "")

    for element in doc.root.iter():
        if not isinstance(element.tag, str):
            continue
        for attribute in attributes:
            value = element.get(attribute)
            if value is None:
                continue
            if attribute in lists:
                new = " ".join(mend(part, True, element) for part in value.split())
            else:
                new = mend(value, True, element)
            if (new.split() != value.split()) if attribute in lists else (new != value):
                element.set(attribute, new)
                changes += 1
        href = element.get("href")
        if href is not None and element.tag not in exempt:
            new = mend(href, element.tag == AKN + "FRBRauthor", element)
            if new != href:
                element.set("href", new)
                changes += 1
        wid, eid = element.get("wId"), element.get("eId")
        if wid is not None and eid is not None and wid == former.get(element) != eid:
            element.set("wId", eid)
            changes += 1
    return changes, [_ambiguity(eid, holders[eid], referring) for eid, referring in referrers.items()]


def _split(holders: dict[str, list[etree._Element]]) -> frozenset[str]:
    """The eIds that several elements bore and that now differ: a reference to one could have meant any."""
    return frozenset(eid for eid, elements in holders.items()
                     if len(elements) > 1 and len({element.get("eId") for element in elements}) > 1)


def _ambiguity(eid: str, elements: list[etree._Element], referring: list[etree._Element]) -> str:
    """What `akn fix` says of the references to a duplicated eId: it cannot know which holder they meant."""
    lines = ", ".join(str(element.sourceline) for element in elements)
    now = ", ".join(repr(element.get("eId")) for element in elements)
    return (f"{len(referring)} reference(s) to {eid!r} (first on line {referring[0].sourceline}): the elements "
            f"on lines {lines} bore that eId and are now {now}; the references point at the first")


# -- FRBR IRIs -------------------------------------------------------------------------------------------


def _repair_iris(doc: AknDocument) -> tuple[int, list[str]]:
    if not doc.identifications:
        return 0, []
    top_type = local(doc.identifications[0].document)
    changes, unrepaired = 0, []
    for ident in doc.identifications:
        attached = any(local(a) == "attachment" for a in ident.document.iterancestors())
        uri = _understood(ident, top_type if attached else local(ident.document))
        if uri is None:
            unrepaired.append(f"the FRBR IRIs of {local(ident.document)} (line {ident.element.sourceline}): "
                              "no work IRI to start from")
            continue
        wanted = {
            ("FRBRWork", "FRBRthis"): uri.work_this(), ("FRBRWork", "FRBRuri"): uri.work(),
            ("FRBRExpression", "FRBRthis"): uri.expression_this(), ("FRBRExpression", "FRBRuri"): uri.expression(),
            ("FRBRManifestation", "FRBRthis"): uri.manifestation_this(),
            ("FRBRManifestation", "FRBRuri"): uri.manifestation(),
        }
        for (level, child), value in wanted.items():
            element, current = ident.value(level, child)
            if element is not None and current != value:
                element.set("value", value)
                changes += 1
    return changes, unrepaired


def _understood(ident: Identification, top_type: str) -> FrbrUri | None:
    """The document's IRI parts: from its IRIs as meant, corrected by what the identification states."""
    values = {(level, child): ident.value(level, child)[1] for level in LEVELS for child in ("FRBRuri", "FRBRthis")}
    work = meant(values["FRBRWork", "FRBRuri"]) or meant(values["FRBRWork", "FRBRthis"])
    if work is None:
        return None
    expression = meant(values["FRBRExpression", "FRBRuri"]) or meant(values["FRBRExpression", "FRBRthis"])
    manifestation = meant(values["FRBRManifestation", "FRBRuri"]) or meant(values["FRBRManifestation", "FRBRthis"])
    this = next((u for u in (meant(values[level, "FRBRthis"]) for level in LEVELS) if u is not None), work)
    changes: dict[str, object] = {"doc_type": top_type}
    country = ident.value("FRBRWork", "FRBRcountry")[1]
    if country:
        changes["country"] = country
    date = ident.value("FRBRWork", "FRBRdate", "date")[1]
    if date and date != UNKNOWN_DATE:
        changes["date"] = date
    number = ident.value("FRBRWork", "FRBRnumber")[1]
    if number:
        changes["number"] = number
    subtype = ident.value("FRBRWork", "FRBRsubtype")[1]
    if subtype:
        changes["subtype"] = subtype
        if work.subtype is None and work.actor == subtype:
            changes["actor"] = None
    language = ident.value("FRBRExpression", "FRBRlanguage", "language")[1]
    changes["language"] = language or (expression.language if expression else None) or "eng"
    changes["version"] = expression.version if expression else ""
    changes["format"] = (manifestation.format if manifestation else None) or "xml"
    changes["component"] = this.component
    return replace(work, **changes)  # type: ignore[arg-type]


# -- output ----------------------------------------------------------------------------------------------


def _serialise(tree: etree._ElementTree, original: bytes) -> bytes:
    head = original.lstrip()[:5].lower()
    declared = head.startswith(b"<?xml")
    encoding = tree.docinfo.encoding or "UTF-8"
    return etree.tostring(tree, encoding=encoding, xml_declaration=declared) + _newline(encoding)


def _newline(encoding: str) -> bytes:
    """A line break in `encoding`, which ends the last line as a text file's does (the parser drops the one
    after the root element); nothing in an encoding Python does not know."""
    try:
        encoder = codecs.getincrementalencoder(encoding)()
    except LookupError:
        return b""
    encoder.encode("<")  # the byte order mark, in an encoding that has one, goes before the first character
    return encoder.encode("\n")


__all__ = ["Fixed", "fix"]
