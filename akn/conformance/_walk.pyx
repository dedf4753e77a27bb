# cython: language_level=3
"""The index pass of `AknDocument` (see `AknDocument._python_index`, which it must equal) over libxml2's
nodes through lxml's public C API: an element becomes a Python object only when the index keeps it, and
an attribute only when the index collects it. It also works out, on the way down, the context each element
gives the eIds inside it, so that the expected prefix of every identified element is known at the end
(`AknDocument.expected_prefixes`, which it must equal). Built with the optional compiled build (setup.py)."""

from cpython.unicode cimport PyUnicode_DecodeUTF8
from libc.string cimport strcmp, strlen
from lxml.includes cimport tree
from lxml.includes.etreepublic cimport _Document, _Element, elementFactory, import_lxml__etree

import_lxml__etree()

cdef extern from *:
    """
    static const char *AKN_NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    """
    const char *AKN_NAMESPACE

# What an attribute is to the index.
cdef enum:
    OTHER, EID, REFERENCE, REFERENCES, HREF, WID
# What an Akoma Ntoso element is to the index (by its tag), and to the eIds inside it (as a context).
cdef enum:
    NO_TAG_KIND, META, NUM, REQUIRED
cdef enum:
    CONTEXT_PLAIN, NON_CONTEXT, PART, IMPLICIT

# Names met in a document, by libxml2's pointer to them (a parsed document keeps one copy of each name):
# a small open-addressing table, looked up without making a Python object.
DEF SLOTS = 1024
cdef struct Slot:
    size_t key
    int index


cdef inline int _slot(Slot *table, size_t key) noexcept:
    """The index stored for `key`, or -1; -2 when the table is full and `key` is not in it."""
    cdef size_t i = (key >> 4) & (SLOTS - 1)
    cdef int probes = 0
    while table[i].key != 0:
        if table[i].key == key:
            return table[i].index
        i = (i + 1) & (SLOTS - 1)
        probes += 1
        if probes == SLOTS:
            return -2
    return -1


cdef inline void _remember(Slot *table, size_t key, int index, int *used) noexcept:
    cdef size_t i = (key >> 4) & (SLOTS - 1)
    if used[0] >= SLOTS // 2:
        return  # beyond half full, names are looked up by value (see `_Names.tag` and `_Names.attribute`)
    while table[i].key != 0:
        i = (i + 1) & (SLOTS - 1)
    table[i].key = key
    table[i].index = index
    used[0] += 1


cdef inline str _text(const tree.xmlChar *value):
    return PyUnicode_DecodeUTF8(<const char *>value, strlen(<const char *>value), NULL)


cdef inline bint _is_akn(tree.xmlNode *node) noexcept:
    return node.ns is not NULL and node.ns.href is not NULL and strcmp(<const char *>node.ns.href, AKN_NAMESPACE) == 0


cdef inline bint _same_namespace(tree.xmlNode *a, tree.xmlNode *b) noexcept:
    if a.ns is NULL or a.ns.href is NULL:
        return b.ns is NULL or b.ns.href is NULL
    return b.ns is not NULL and b.ns.href is not NULL and strcmp(<const char *>a.ns.href, <const char *>b.ns.href) == 0


cdef inline bint _has_eid(tree.xmlNode *node) noexcept:
    cdef tree.xmlAttr *attr = node.properties
    while attr is not NULL:
        if attr.ns is NULL and strcmp(<const char *>attr.name, "eId") == 0:
            return True
        attr = attr.next
    return False


cdef str _value(_Document doc, tree.xmlNode *node, tree.xmlAttr *attr, str name):
    """The attribute's value as `element.get(name)` gives it: its one text node read in place, otherwise
    (entity references, no text node) lxml asked."""
    cdef tree.xmlNode *text = attr.children
    if text is not NULL and text.next is NULL and text.type == tree.XML_TEXT_NODE and text.content is not NULL:
        return _text(text.content)
    return elementFactory(doc, node).get(name) or ""


cdef int _position(tree.xmlNode *node, dict counted) except -1:
    """1 + the number of preceding sibling elements of the same name and namespace. The walk meets siblings
    in order, so the count goes back only to the last one counted (`counted`: the last node and its position
    for each parent, name and namespace), not to the first: a document may have thousands of attachments
    side by side."""
    cdef int position = 1
    cdef tree.xmlNode *before = node.prev
    href = <bytes>node.ns.href if node.ns is not NULL and node.ns.href is not NULL else None
    key = (<size_t>node.parent, <bytes>node.name, href)
    last = counted.get(key)
    cdef size_t stop = <size_t>last[0] if last is not None else 0
    while before is not NULL:
        if <size_t>before == stop:
            position += <int>last[1]
            break
        if before.type == tree.XML_ELEMENT_NODE and strcmp(<const char *>before.name, <const char *>node.name) == 0 \
                and _same_namespace(before, node):
            position += 1
        before = before.prev
    counted[key] = (<size_t>node, position)
    return position


cdef void _note_num(_Document doc, tree.xmlNode *num, object element, dict nums, note_num) except *:
    """`note_num(element, nums)` (the parent's num, if `num` is its first element), read in C when the num
    is no more than one text node."""
    cdef tree.xmlNode *before = num.prev
    cdef tree.xmlNode *text = num.children
    if text is not NULL and (text.next is not NULL or text.type != tree.XML_TEXT_NODE or text.content is NULL):
        note_num(element, nums)
        return
    while before is not NULL:
        if before.type == tree.XML_ELEMENT_NODE:
            return
        before = before.prev
    if num.parent is NULL or num.parent.type != tree.XML_ELEMENT_NODE:
        return
    nums[elementFactory(doc, num.parent)] = "" if text is NULL else _text(text.content)


cdef class _Names:
    """The names of a run of `collect`, each with what it is to the index, in lists indexed from the tables."""

    cdef list tags  # (local name, tag kind, context role, context part) of elements, by index
    cdef list attributes  # (name, kind) of attributes, by index
    cdef dict tag_index, attribute_index  # the same indexes by name, for names the tables do not hold
    cdef dict kinds, tag_kinds, part_prefixes, implicit
    cdef frozenset non_contexts
    cdef Slot tag_table[SLOTS]
    cdef Slot attribute_table[SLOTS]
    cdef int tags_used, attributes_used

    def __cinit__(self, dict kinds, dict tag_kinds, frozenset non_contexts, dict part_prefixes, dict implicit):
        self.tags, self.attributes, self.tag_index, self.attribute_index = [], [], {}, {}
        self.kinds, self.tag_kinds, self.non_contexts = kinds, tag_kinds, non_contexts
        self.part_prefixes, self.implicit = part_prefixes, implicit
        self.tags_used = self.attributes_used = 0
        cdef int i
        for i in range(SLOTS):
            self.tag_table[i].key = 0
            self.attribute_table[i].key = 0

    cdef tuple tag(self, tree.xmlNode *node, bint akn):
        """(local name or None for a foreign element, tag kind, context role, context part) of an element."""
        # An Akoma Ntoso element and a foreign one of the same name are told apart by the lowest bit: no other
        # name starts one byte after the start of a name (each takes at least two bytes with its NUL).
        cdef size_t key = <size_t>node.name ^ (<size_t>akn)
        cdef int index = _slot(self.tag_table, key)
        if index >= 0:
            return <tuple>self.tags[index]
        name = _text(node.name)
        found = self.tag_index.get((name, akn))
        if found is not None:
            index = found
        else:
            kind = self.tag_kinds.get(name, NO_TAG_KIND) if akn else NO_TAG_KIND
            if name in self.non_contexts:
                role, part = NON_CONTEXT, None
            elif name in self.part_prefixes:
                role, part = PART, self.part_prefixes[name]
            elif name in self.implicit:
                role, part = IMPLICIT, self.implicit[name]
            else:
                role, part = CONTEXT_PLAIN, None
            index = len(self.tags)
            self.tags.append((name if akn else None, kind, role, part))
            self.tag_index[(name, akn)] = index
        _remember(self.tag_table, key, index, &self.tags_used)
        return <tuple>self.tags[index]

    cdef tuple attribute(self, tree.xmlAttr *attr):
        """(name, kind) of an attribute without a namespace."""
        cdef size_t key = <size_t>attr.name
        cdef int index = _slot(self.attribute_table, key)
        if index >= 0:
            return <tuple>self.attributes[index]
        name = _text(attr.name)
        found = self.attribute_index.get(name)
        if found is not None:
            index = found
        else:
            index = len(self.attributes)
            self.attributes.append((name, self.kinds.get(name, OTHER)))
            self.attribute_index[name] = index
        _remember(self.attribute_table, key, index, &self.attributes_used)
        return <tuple>self.attributes[index]


_KIND_CODES = {"eId": EID, "reference": REFERENCE, "references": REFERENCES, "href": HREF, "wId": WID}
_TAG_CODES = {"meta": META, "num": NUM, "required": REQUIRED}
# The tables of kinds with the pass's codes, made once for the (cached, so lasting) tables the index gives.
_coded: dict = {}


cdef tuple _codes(dict kinds, dict tag_kinds):
    key = (id(kinds), id(tag_kinds))
    found = _coded.get(key)
    if found is None or found[0] is not kinds or found[1] is not tag_kinds:
        found = _coded[key] = (kinds, tag_kinds, {name: _KIND_CODES[kind] for name, kind in kinds.items()},
                               {name: _TAG_CODES[kind] for name, kind in tag_kinds.items()})
    return found[2], found[3]


def collect(_Element root, dict kinds, frozenset exempt, dict tag_kinds, frozenset labelled, dict labels,
            dict parts_of, is_label, split_eid, note_num, identified_type, frozenset non_contexts,
            dict part_prefixes, dict implicit, str context):
    """The fields of `_Index` in its order, then the expected prefix of each identified element. `kinds` by
    attribute name, `tag_kinds` and `exempt` by local name of Akoma Ntoso elements; `non_contexts`,
    `part_prefixes` and `implicit` (name: abbreviation) as in `akn.eids`; `context` that of the root's
    parent ("" when it has none)."""
    kind_codes, tag_codes = _codes(kinds, tag_kinds)
    cdef _Names table = _Names(kind_codes, tag_codes, non_contexts, part_prefixes, implicit)
    cdef _Document doc = root._doc
    cdef tree.xmlNode *top = root._c_node
    cdef tree.xmlNode *node = top
    cdef tree.xmlAttr *attr
    cdef bint akn
    cdef int what, kind, role
    cdef Py_ssize_t depth = 0  # of `node` below the root
    # The meta blocks the walk is inside, innermost last: the depth of each meta and the document it describes.
    cdef list meta_depths = [], meta_documents = []
    cdef list eid_elements = [], eid_values = [], references = [], hrefs = [], lacking = [], metas = []
    cdef list identified = [], malformed = [], expected = []
    cdef list contexts = [context]  # the context each open element gives, innermost last
    cdef dict in_meta_of = {}, nums = {}, counted = {}
    cdef set wids = set()
    cdef object element, parts, document
    cdef str name, attribute, value, eid, own, part
    cdef tuple tag_info, attribute_info
    new = tuple.__new__
    while node is not NULL:
        if node.type == tree.XML_ELEMENT_NODE:
            element = None
            eid = None
            akn = _is_akn(node)
            tag_info = table.tag(node, akn)
            name = <str>tag_info[0]
            what = <int>tag_info[1]
            if what != NO_TAG_KIND:
                element = elementFactory(doc, node)
                if what == META:
                    metas.append(element)
                elif what == NUM:
                    _note_num(doc, node, element, nums, note_num)
                elif not _has_eid(node):
                    lacking.append(element)
            attr = node.properties
            while attr is not NULL:
                if attr.ns is not NULL:
                    attr = attr.next
                    continue
                attribute_info = table.attribute(attr)
                kind = <int>attribute_info[1]
                if kind == OTHER:
                    attr = attr.next
                    continue
                attribute = <str>attribute_info[0]
                if element is None:
                    element = elementFactory(doc, node)
                value = _value(doc, node, attr, attribute)
                if kind == EID:
                    eid = value
                    eid_elements.append(element)
                    eid_values.append(value)
                    if meta_depths:
                        in_meta_of[element] = meta_documents[-1]
                    if name is None:
                        pass  # not an Akoma Ntoso element (foreign markup)
                    elif meta_depths or name in labelled:
                        label = labels.get(value)
                        if label is None:
                            label = is_label(value)
                        if not label:
                            malformed.append((element, value, True))
                    else:
                        parts = parts_of[value] if value in parts_of else split_eid(value)
                        if parts is None:
                            malformed.append((element, value, False))
                        else:
                            identified.append(new(identified_type, (element, name, value, (<tuple>parts)[0],
                                                                    (<tuple>parts)[1], (<tuple>parts)[2])))
                            expected.append(contexts[-1])
                elif kind == REFERENCE:
                    references.append((element, attribute, value))
                elif kind == REFERENCES:
                    parts = value.split()
                    if len(parts) == 1:
                        references.append((element, attribute, parts[0]))
                    else:
                        references.extend([(element, attribute, one) for one in parts or [""]])
                elif kind == HREF:
                    if name is None or name not in exempt:
                        hrefs.append((element, value))
                else:
                    wids.add(value)
                attr = attr.next
            if node.children is not NULL:
                # The context this element gives the eIds inside it (see `akn.eids.context_prefix`).
                role = <int>tag_info[2]
                own = <str>contexts[-1]
                if role == NON_CONTEXT:
                    pass
                elif eid:
                    own = eid
                elif role == PART:
                    own = f"{own}__{tag_info[3]}" if own else <str>tag_info[3]
                elif role == IMPLICIT:
                    part = f"{tag_info[3]}_{_position(node, counted)}"
                    own = f"{own}__{part}" if own else part
                contexts.append(own)
                if what == META:
                    meta_depths.append(depth)
                    meta_documents.append(elementFactory(doc, node.parent) if node.parent is not NULL and
                                          node.parent.type == tree.XML_ELEMENT_NODE else None)
                node = node.children
                depth += 1
                continue
        # Onwards in document order: the next sibling, or that of the nearest ancestor that has one.
        while node is not top and node.next is NULL:
            node = node.parent
            depth -= 1
            contexts.pop()
            if meta_depths and meta_depths[-1] == depth:
                meta_depths.pop()
                meta_documents.pop()
        if node is top:
            break
        node = node.next
    return (eid_elements, eid_values, in_meta_of, frozenset(wids), references, hrefs, lacking, metas, identified,
            malformed, nums, expected)
