"""One parsed document as the rules see it: its elements, eIds and references, indexed once and shared.

Rules read these indexes instead of walking the tree each on its own, so that level 2 costs about one
pass of C-level XPath over the document plus Python work proportional to the identifiers and references
in it, not to its size.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property, lru_cache
from typing import NamedTuple

from lxml import etree

from .. import eids
from ..frbr import FrbrError, FrbrUri, tidy
from ..profile import load as load_data
from ..schema import NAMESPACE

try:
    from . import _walk  # built by the optional compiled build only
except ImportError:
    _walk = None

AKN = f"{{{NAMESPACE}}}"
_AKN_LENGTH = len(AKN)
NUM = AKN + "num"
META = AKN + "meta"
IDENTIFICATION = AKN + "identification"
DOCUMENT_TYPES = frozenset(
    {
        "act", "amendment", "amendmentList", "bill", "debate", "debateReport", "doc", "documentCollection",
        "judgment", "officialGazette", "portion", "statement",
    }
)
_NS = re.compile(r"\{([^}]*)\}")
_LABEL = re.compile(r"^[^\s#/]+$")
_STAR_PATH = re.compile(r"^(?:/\*(?:\[[1-9][0-9]*\])?)+$")


class _Index(NamedTuple):
    eid_elements: list[etree._Element]
    eid_values: list[str]
    in_meta: dict[etree._Element, etree._Element]
    wids: frozenset[str]
    references: list[tuple[etree._Element, str, str]]
    hrefs: list[tuple[etree._Element, str]]
    lacking_eid: list[etree._Element]
    metas: list[etree._Element]
    identified: list[Identified]
    malformed: list[tuple[etree._Element, str, bool]]
    nums: dict[etree._Element, str]
    # The expected prefix of each element of `identified`, when the pass worked them out (the compiled one).
    expected: list[str] | None


class Identified(NamedTuple):
    """An element of the text with a well-formed eId, split into the convention's three parts."""

    element: etree._Element
    name: str
    eid: str
    prefix: str
    ref: str
    number: str


def local(element: etree._Element) -> str:
    tag = element.tag
    name = _local_names.get(tag)
    if name is None:
        if not isinstance(tag, str):
            return ""
        name = tag[_AKN_LENGTH:] if tag.startswith(AKN) else tag[tag.rfind("}") + 1:]
        if len(_local_names) < 4096:
            _local_names[tag] = name
    return name


_local_names: dict[object, str] = {}


def nc_data() -> dict:
    return load_data("akn-nc.json")


# What the index pass does with each attribute it collects.
_EID, _HREF, _WID, _REFERENCE, _REFERENCES = "eId", "href", "wId", "reference", "references"
# What the index pass does with an element for its tag.
_META, _NUM, _REQUIRED = "meta", "num", "required"
# Stands for "no such node" and "not inside a meta block" (None is a document of its own: a meta at the root).
_NOWHERE = object()


@lru_cache(maxsize=1)
def _attribute_kinds() -> tuple[dict[str, str], frozenset[str], dict[str, str]]:
    """The attributes the index collects, each with what it is; the elements whose href is exempt; the
    tags the pass looks out for (`meta`, and the elements that need an eId)."""
    data = nc_data()
    references = data["reference_attributes"]
    kinds = {name: _REFERENCES if name in references["lists"] else _REFERENCE for name in references["attributes"]}
    kinds.update({"eId": _EID, "href": _HREF, "wId": _WID})
    tags = {AKN + name: _REQUIRED for name in data["eid_required"]["elements"]}
    tags[META] = _META
    tags[NUM] = _NUM
    return kinds, frozenset(AKN + name for name in data["href_exempt"]["elements"]), tags


_IMPLICIT_ABBREVIATIONS = {name: eids.abbreviation(name) for name in eids.IMPLICIT_CONTEXTS}


@lru_cache(maxsize=1)
def _local_kinds() -> tuple[dict[str, str], frozenset[str], dict[str, str]]:
    """`_attribute_kinds()` with the tags as local names of Akoma Ntoso elements, for the compiled pass."""
    kinds, exempt, tag_kinds = _attribute_kinds()
    return (kinds, frozenset(tag[_AKN_LENGTH:] for tag in exempt),
            {tag[_AKN_LENGTH:]: kind for tag, kind in tag_kinds.items()})


def _note_num(num: etree._Element, nums: dict[etree._Element, str]) -> None:
    """Note the text of `num` for its parent when it is the parent's first element (see `num_of`)."""
    before = num.getprevious()
    while before is not None:
        if isinstance(before.tag, str):
            return
        before = before.getprevious()
    parent = num.getparent()
    if parent is not None:
        nums[parent] = (num.text or "") if not len(num) else "".join(num.itertext())


def _following(element: etree._Element) -> etree._Element | None:
    """The node that comes after `element` and everything inside it, in document order (None: nothing)."""
    node: etree._Element | None = element
    while node is not None:
        after = node.getnext()
        if after is not None:
            return after
        node = node.getparent()
    return None


# eIds recur from document to document (`para_1`, `preamble__container_2`): each is parsed once per process.
_eid_parts: dict[str, tuple[str, str, str] | None] = {}
_EID_PARTS_LIMIT = 200_000


# Whether an eId is a label (one token), for the eIds met so far.
_labels: dict[str, bool] = {}


def _is_label(eid: str) -> bool:
    if len(_labels) >= _EID_PARTS_LIMIT:
        _labels.clear()
    label = _labels[eid] = bool(_LABEL.match(eid))
    return label


# The local name of each Akoma Ntoso tag met (None for other namespaces), for the pass.
_akn_names: dict[str, str | None] = {}


def _akn_name(tag: str) -> str | None:
    name = tag[_AKN_LENGTH:] if tag.startswith(AKN) else None
    if len(_akn_names) < 4096:
        _akn_names[tag] = name
    return name


def _split_eid(eid: str) -> tuple[str, str, str] | None:
    """(prefix, name, number) of a well-formed eId, None for a malformed one; remembered."""
    if len(_eid_parts) >= _EID_PARTS_LIMIT:
        _eid_parts.clear()
    parts = _eid_parts[eid] = eids.split(eid) if eids.is_well_formed(eid) else None
    return parts


class AknDocument:
    """A parsed Akoma Ntoso document and the indexes the level-2 rules share."""

    def __init__(self, tree: etree._ElementTree, name: str = "", *, paths: bool = True) -> None:
        self.tree = tree
        self.paths = paths
        self.root = tree.getroot()
        self.name = name
        self._prefix_cache: dict[etree._Element, str] = {}
        self._steps: dict[etree._Element, tuple[str, dict[etree._Element, str]]] = {}
        self._short_tags: dict[str, str] = {}
        self._positions: dict[tuple[etree._Element, object], dict[etree._Element, int]] = {}
        self._element_children: dict[etree._Element, list[etree._Element]] = {}

    # -- reporting -------------------------------------------------------------------------------------

    def path(self, element: etree._Element) -> str:
        """`/akomaNtoso/statement/mainBody/paragraph[3]`: the element's path, namespaces shortened.

        Written as `getelementpath` writes it (a step is indexed when its parent has several children of
        its name), with the steps of each parent's children worked out once, not once per element."""
        known = self._steps.get(element.getparent())
        if known is not None:
            step = known[1].get(element)
            if step is not None:
                return known[0] + "/" + step
        return self._path(element)

    def _path(self, element: etree._Element) -> str:
        if element is self.root:
            return "/" + self.short(self.root.tag)
        parent = element.getparent()
        if parent is None:
            return self._element_path(element)
        known = self._steps.get(parent)
        if known is None:
            # The ancestors not known yet are learned from the top down, so no call goes deeper than one.
            above = []
            node = parent.getparent()
            while node is not None and node not in self._steps:
                above.append(node)
                node = node.getparent()
            for node in reversed(above):
                self._learn(node)
            known = self._learn(parent)
        base, steps = known
        step = steps.get(element)
        return base + "/" + step if step is not None else self._element_path(element)

    def _learn(self, parent: etree._Element) -> tuple[str, dict[etree._Element, str]]:
        known = self._steps[parent] = (self.path(parent), self._child_steps(parent))
        return known

    def _element_path(self, element: etree._Element) -> str:
        return f"/{self.short(self.root.tag)}/" + self.short(self.tree.getelementpath(element))

    def _child_steps(self, parent: etree._Element) -> dict[etree._Element, str]:
        children = []
        count: dict[str, int] = {}
        for child in parent:
            tag = child.tag
            if isinstance(tag, str):
                children.append((child, tag))
                count[tag] = count.get(tag, 0) + 1
        names = self._short_tags
        seen: dict[str, int] = {}
        steps = {}
        for child, tag in children:
            name = names.get(tag)
            if name is None:
                name = names[tag] = self.short(tag)
            if count[tag] > 1:
                seen[tag] = position = seen.get(tag, 0) + 1
                name = f"{name}[{position}]"
            steps[child] = name
        return steps

    def element_at(self, path: str) -> etree._Element | None:
        """The element at a path as libxml2 writes it in a schema error (`/*/*[2]/*[15]`), each parent's
        element children listed once, so that thousands of errors among thousands of siblings cost no more
        than one pass over them; another form of path is evaluated as XPath."""
        if not _STAR_PATH.match(path):
            try:
                found = self.tree.xpath(path)
            except etree.XPathError:
                return None
            return found[0] if found and isinstance(found[0], etree._Element) else None
        node = self.root
        for step in path.split("/")[2:]:
            children = self._element_children.get(node)
            if children is None:
                children = self._element_children[node] = [c for c in node if isinstance(c.tag, str)]
            index = int(step[2:-1]) if len(step) > 1 else 1
            if not 0 < index <= len(children):
                return None
            node = children[index - 1]
        return node

    def short(self, text: str) -> str:
        """`text` with `{namespace}` written as its prefix, and no prefix at all for Akoma Ntoso."""
        text = text.replace(AKN, "")
        if "{" not in text:
            return text
        return _NS.sub(lambda m: self._prefixes.get(m.group(1), m.group(0)), text)

    @cached_property
    def _prefixes(self) -> dict[str, str]:
        found = {uri: f"{prefix}:" for prefix, uri in self.root.nsmap.items() if prefix}
        found[NAMESPACE] = ""
        return found

    # -- documents and metadata ------------------------------------------------------------------------

    @cached_property
    def documents(self) -> list[etree._Element]:
        """The document elements (`statement`, `doc`, ...): the top one first, then those attached to it."""
        parents = (meta.getparent() for meta in self._index.metas)
        return [el for el in parents if el is not None and local(el) in DOCUMENT_TYPES]

    @property
    def in_meta(self) -> dict[etree._Element, etree._Element]:
        """The elements with an eId inside a `meta` block, each with the document the block describes."""
        return self._index.in_meta

    @cached_property
    def _index(self) -> _Index:
        """The indexes of the document, made by the compiled index pass when the build has one."""
        if _walk is None:
            return self._python_index()
        kinds, exempt, tag_kinds = _local_kinds()
        parent = self.root.getparent()
        context = "" if parent is None else self._context(parent)
        return _Index(*_walk.collect(self.root, kinds, exempt, tag_kinds, self.labelled, _labels, _eid_parts,
                                     _is_label, _split_eid, _note_num, Identified, eids.NON_CONTEXTS,
                                     eids.PART_PREFIXES, _IMPLICIT_ABBREVIATIONS, context))

    def _python_index(self) -> _Index:
        """One pass over every node (a Python loop over `iter()` is faster than XPath attribute tests, and
        than lxml's tag-filtered `iter()`, which costs nearly a pass of its own) that collects eIds (sorted
        into those of the text, well formed or not, and labels), wIds, local references, hrefs, the
        elements that lack a required eId, and the `meta` blocks.

        The elements inside a block are those from its first child up to the node that follows it: the
        pass compares each node with those two nodes instead of searching each block again."""
        kinds, exempt, tag_kinds = _attribute_kinds()
        kind_of, tag_kind, disjoint = kinds.get, tag_kinds.get, frozenset(kinds).isdisjoint
        labelled, names, labels, parts_of, new = self.labelled, _akn_names, _labels, _eid_parts, tuple.__new__
        eid_elements: list[etree._Element] = []
        eid_values: list[str] = []
        in_meta: dict[etree._Element, etree._Element] = {}
        wids: set[str] = set()
        references: list[tuple[etree._Element, str, str]] = []
        hrefs: list[tuple[etree._Element, str]] = []
        lacking: list[etree._Element] = []
        metas: list[etree._Element] = []
        nums: dict[etree._Element, str] = {}
        identified: list[Identified] = []
        malformed: list[tuple[etree._Element, str, bool]] = []
        inside: list[tuple[object, object]] = []  # (node after the block, its document), innermost last
        start: object = _NOWHERE  # the first child of the meta block just met
        opening: tuple[object, object] = (_NOWHERE, _NOWHERE)
        end: object = _NOWHERE
        document: object = _NOWHERE
        for element in self.root.iter():
            if element is end:
                inside.pop()
                while inside and inside[-1][0] is element:
                    inside.pop()
                end, document = inside[-1] if inside else (_NOWHERE, _NOWHERE)
            if element is start:
                inside.append(opening)
                end, document = opening
                start = _NOWHERE
            tag = element.tag
            what = tag_kind(tag)
            keys = element.keys()
            if what is not None:
                if what == _META:
                    metas.append(element)
                    if len(element):
                        after = _following(element)
                        start, opening = element[0], (_NOWHERE if after is None else after, element.getparent())
                elif what == _NUM:
                    _note_num(element, nums)
                elif "eId" not in keys:
                    lacking.append(element)
            if disjoint(keys):
                continue
            for attribute in keys:
                kind = kind_of(attribute)
                if kind is None:
                    continue
                value = element.get(attribute)
                if kind == _EID:
                    eid_elements.append(element)
                    eid_values.append(value)
                    if document is not _NOWHERE:
                        in_meta[element] = document
                    name = names.get(tag, _NOWHERE)
                    if name is _NOWHERE:
                        name = _akn_name(tag)
                    if name is None:
                        continue  # not an Akoma Ntoso element (foreign markup)
                    if name in labelled or document is not _NOWHERE:
                        label = labels.get(value)
                        if label is None:
                            label = _is_label(value)
                        if not label:
                            malformed.append((element, value, True))
                        continue
                    parts = parts_of[value] if value in parts_of else _split_eid(value)
                    if parts is None:
                        malformed.append((element, value, False))
                    else:
                        prefix, ref, number = parts
                        identified.append(new(Identified, (element, name, value, prefix, ref, number)))
                elif kind == _REFERENCE:
                    references.append((element, attribute, value))
                elif kind == _REFERENCES:
                    parts = value.split()
                    if len(parts) == 1:
                        references.append((element, attribute, parts[0]))
                    else:
                        references.extend([(element, attribute, part) for part in parts or [""]])
                elif kind == _HREF:
                    if tag not in exempt:
                        hrefs.append((element, value))
                else:
                    wids.add(value)
        return _Index(eid_elements, eid_values, in_meta, frozenset(wids), references, hrefs, lacking, metas,
                      identified, malformed, nums, None)

    @property
    def eid_elements(self) -> list[etree._Element]:
        return self._index.eid_elements

    @property
    def wids(self) -> frozenset[str]:
        return self._index.wids

    @property
    def reference_values(self) -> list[tuple[etree._Element, str, str]]:
        """(element, attribute, one reference) for every attribute the schema types as a local reference."""
        return self._index.references

    @property
    def hrefs(self) -> list[tuple[etree._Element, str]]:
        """(element, href) for every href the convention governs (all but those of `<a>`)."""
        return self._index.hrefs

    @property
    def lacking_eid(self) -> list[etree._Element]:
        """The elements that need an eId (`eid_required` in `schemas/akn-nc.json`) and have none."""
        return self._index.lacking_eid

    @property
    def eid_values(self) -> list[str]:
        """The eId of each element of `eid_elements`, in the same order."""
        return self._index.eid_values

    @cached_property
    def eids(self) -> frozenset[str]:
        return frozenset(self._index.eid_values)

    @cached_property
    def labelled(self) -> frozenset[str]:
        return frozenset(nc_data()["labelled"]["elements"])

    @property
    def identified(self) -> list[Identified]:
        """The elements of the text (not the metadata, not foreign) whose eId is well formed, split."""
        return self._index.identified

    @property
    def malformed(self) -> list[tuple[etree._Element, str, bool]]:
        """(element, eId, is a label) for the eIds that are not of the convention's form."""
        return self._index.malformed

    def expected_prefix(self, element: etree._Element) -> str:
        """The prefix the convention gives the eId of `element`: the identifier of its context."""
        parent = element.getparent()
        if parent is None:
            return ""
        cached = self._prefix_cache.get(parent)
        if cached is None:
            cached = self._context(parent)
        return cached

    def expected_prefixes(self) -> list[str]:
        """`expected_prefix` of each element of `identified`, in order. An element that gives context is
        remembered as it is met, so that the elements inside it, which come after it, find their context at
        once instead of looking it up."""
        if self._index.expected is not None:
            return self._index.expected
        cache, context, non_contexts = self._prefix_cache, self._context, eids.NON_CONTEXTS
        found = []
        for element, name, eid, _, _, _ in self._index.identified:
            parent = element.getparent()
            if parent is None:
                found.append("")
            else:
                known = cache.get(parent)
                found.append(known if known is not None else context(parent))
            if name not in non_contexts:
                cache[element] = eid
        return found

    @staticmethod
    def self_named_prefix(element: etree._Element, expected: str) -> str | None:
        """The prefix `expected` with the intros and wrapUps that `element` is in named after it
        (`sec_2__intro`), or None when it is in none: the other form of prefix the convention allows."""
        named: list[str] = []
        node = element.getparent()
        while node is not None:
            name = local(node)
            if name in eids.SELF_NAMING:
                named.append(eids.abbreviation(name))
            elif name not in eids.NON_CONTEXTS and (node.get("eId") or name in eids.PART_PREFIXES
                                                     or name in eids.IMPLICIT_CONTEXTS):
                break
            node = node.getparent()
        found = expected
        for part in reversed(named):
            found = eids.join(found, part)
        return found if named else None

    def _context(self, node: etree._Element | None) -> str:
        """`eids.context_prefix(self._ancestors(node))`, remembered for `node` and each ancestor passed on
        the way up: the context of a node is its eId, or its parent's context with its own part added."""
        cache = self._prefix_cache
        passed: list[tuple[etree._Element, str | None]] = []
        found = ""
        while node is not None:
            known = cache.get(node)
            if known is not None:
                found = known
                break
            name = local(node)
            if name in eids.NON_CONTEXTS:
                passed.append((node, None))
                node = node.getparent()
                continue
            eid = node.get("eId")
            if eid:
                found = cache[node] = eid
                break
            if name in eids.PART_PREFIXES:
                part: str | None = eids.PART_PREFIXES[name]
            elif name in eids.IMPLICIT_CONTEXTS:
                part = f"{eids.abbreviation(name)}_{self._position(node)}"
            else:
                part = None
            passed.append((node, part))
            node = node.getparent()
        for node, part in reversed(passed):
            if part is not None:
                found = f"{found}__{part}" if found else part
            cache[node] = found
        return found

    def _position(self, node: etree._Element) -> int:
        """1 + the number of preceding siblings of the same tag, counted once for all of them: a document
        may have thousands of attachments side by side."""
        parent = node.getparent()
        if parent is None:
            return 1
        key = (parent, node.tag)
        positions = self._positions.get(key)
        if positions is None:
            siblings = parent.iterchildren(node.tag)
            positions = self._positions[key] = {child: i for i, child in enumerate(siblings, 1)}
        return positions[node]

    @staticmethod
    def _ancestors(element: etree._Element) -> Iterator[tuple[str, str | None, int]]:
        node: etree._Element | None = element
        while node is not None:
            name = local(node)
            position = 1
            if name in eids.IMPLICIT_CONTEXTS and not node.get("eId"):
                position += sum(1 for _ in node.itersiblings(node.tag, preceding=True))
            yield name, node.get("eId"), position
            node = node.getparent()

    @property
    def nums(self) -> dict[etree._Element, str]:
        """`num_of(element)` of every element that has a num, as the index pass noted it."""
        return self._index.nums

    @staticmethod
    def num_of(element: etree._Element) -> str | None:
        """The text of the element's `num` (the schema puts it first among its children), or None."""
        if not len(element):
            return None
        first = element[0]
        tag = first.tag
        if tag == NUM:
            # A num with no element, comment or PI inside is its text: itertext costs forty times more.
            return (first.text or "") if not len(first) else "".join(first.itertext())
        if isinstance(tag, str):
            return None
        for child in element:  # a comment or PI comes first: the first element decides
            if child.tag == NUM:
                return "".join(child.itertext())
            if isinstance(child.tag, str):
                return None
        return None

    # -- FRBR ------------------------------------------------------------------------------------------

    @cached_property
    def identifications(self) -> list[Identification]:
        """The FRBR identification of each document element, the top one first."""
        found = []
        for document in self.documents:
            # document.find("meta/identification"), without ElementPath's cost: the first identification of
            # the first meta that has one.
            for meta in document.iterchildren(META):
                ident = next(meta.iterchildren(IDENTIFICATION), None)
                if ident is not None:
                    break
            else:
                continue
            named = _children_by_name(ident)
            levels = {level: named[level] for level in LEVELS if level in named}
            children = {level: _children_by_name(block) for level, block in levels.items()}
            found.append(Identification(document, ident, levels, children))
        return found


LEVELS = ("FRBRWork", "FRBRExpression", "FRBRManifestation")


class Identification(NamedTuple):
    document: etree._Element
    element: etree._Element
    levels: dict[str, etree._Element]
    # For each level, its Akoma Ntoso children by name (the first of each name), looked up once.
    children: dict[str, dict[str, etree._Element]] | None = None

    def value(self, level: str, child: str, attribute: str = "value") -> tuple[etree._Element | None, str | None]:
        """The `child` element of FRBR `level` and its `attribute` (None, None when absent)."""
        if self.children is not None:
            named = self.children.get(level)
            found = named.get(child) if named is not None else None
            return (found, found.get(attribute)) if found is not None else (None, None)
        block = self.levels.get(level)
        if block is None:
            return None, None
        for found in block:
            if found.tag == AKN + child:
                return found, found.get(attribute)
        return None, None


def _children_by_name(block: etree._Element) -> dict[str, etree._Element]:
    named: dict[str, etree._Element] = {}
    for found in block:
        tag = found.tag
        if isinstance(tag, str) and tag.startswith(AKN):
            named.setdefault(tag[_AKN_LENGTH:], found)
    return named


@lru_cache(maxsize=1024)
def parse_iri(value: str) -> tuple[FrbrUri | None, str]:
    """`FrbrUri.parse(value)` and "", or None and why not; remembered, as each document's IRIs are read by
    several rules."""
    try:
        return FrbrUri.parse(value), ""
    except FrbrError as exc:
        return None, str(exc)


@lru_cache(maxsize=1024)
def meant(value: str | None) -> FrbrUri | None:
    """`akn.frbr.meant`, sharing the parses of `parse_iri`: an IRI that `tidy` mends no more than by its
    trailing slashes, which parsing ignores, shares the parse of the IRI as written."""
    if not value:
        return None
    tidied = tidy(value)
    return parse_iri(value if tidied == value.rstrip("/") else tidied)[0]
