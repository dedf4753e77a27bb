# cython: language_level=3, boundscheck=False, wraparound=False
"""The index pass of `AknDocument` (see `AknDocument._python_index`, which it must equal) over libxml2's
nodes through lxml's public C API: an element becomes a Python object only when the index keeps it, and
an attribute only when the index collects it. Built with the optional compiled build (see setup.py)."""

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


cdef inline str _text(const tree.xmlChar *value):
    return PyUnicode_DecodeUTF8(<const char *>value, strlen(<const char *>value), NULL)


cdef inline bint _is_akn(tree.xmlNode *node):
    return node.ns is not NULL and node.ns.href is not NULL and strcmp(<const char *>node.ns.href, AKN_NAMESPACE) == 0


cdef inline bint _has_eid(tree.xmlNode *node):
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


cdef tree.xmlNode *_meta_above(tree.xmlNode *node, tree.xmlNode *top, bint *found):
    """The nearest `meta` of Akoma Ntoso above `node`, up to `top`; `found` says whether there is one."""
    cdef tree.xmlNode *up = node.parent
    while up is not NULL and up.type == tree.XML_ELEMENT_NODE:
        if strcmp(<const char *>up.name, "meta") == 0 and _is_akn(up):
            found[0] = True
            return up
        if up is top:
            break
        up = up.parent
    found[0] = False
    return NULL


def collect(_Element root, dict kinds, frozenset exempt, dict tag_kinds, frozenset labelled, dict labels,
            dict parts_of, is_label, split_eid, note_num, identified_type):
    """The fields of `_Index`, in its order; `_Index` takes them; `tag_kinds` and `exempt`
    by local name of Akoma Ntoso elements, `kinds` by attribute name."""
    cdef _Document doc = root._doc
    cdef tree.xmlNode *top = root._c_node
    cdef tree.xmlNode *node = top
    cdef tree.xmlNode *meta
    cdef tree.xmlAttr *attr
    cdef bint in_meta
    cdef dict attributes = {}  # (name, kind) of the attributes met, by libxml2's (interned) name
    cdef dict names = {}  # local names of the Akoma Ntoso elements met, by libxml2's (interned) name
    cdef list eid_elements = [], eid_values = [], references = [], hrefs = [], lacking = [], metas = []
    cdef list identified = [], malformed = []
    cdef dict in_meta_of = {}, nums = {}
    cdef set wids = set()
    cdef object element, kind, what, parts, document
    cdef str name, attribute, value
    new = tuple.__new__
    while node is not NULL:
        if node.type == tree.XML_ELEMENT_NODE:
            element = None
            if _is_akn(node):
                key = <size_t>node.name
                name = names.get(key)
                if name is None:
                    name = names[key] = _text(node.name)
                what = tag_kinds.get(name)
                if what is not None:
                    element = elementFactory(doc, node)
                    if what == "meta":
                        metas.append(element)
                    elif what == "num":
                        note_num(element, nums)
                    elif not _has_eid(node):
                        lacking.append(element)
            else:
                name = None
            attr = node.properties
            while attr is not NULL:
                if attr.ns is not NULL:
                    attr = attr.next
                    continue
                key = <size_t>attr.name
                known = attributes.get(key)
                if known is None:
                    attribute = _text(attr.name)
                    known = attributes[key] = (attribute, kinds.get(attribute))
                attribute, kind = <tuple>known
                if kind is None:
                    attr = attr.next
                    continue
                if element is None:
                    element = elementFactory(doc, node)
                value = _value(doc, node, attr, attribute)
                if kind == "eId":
                    eid_elements.append(element)
                    eid_values.append(value)
                    meta = _meta_above(node, top, &in_meta)
                    if in_meta:
                        document = elementFactory(doc, meta.parent) if meta.parent is not NULL and \
                            meta.parent.type == tree.XML_ELEMENT_NODE else None
                        in_meta_of[element] = document
                    if name is None:
                        pass  # not an Akoma Ntoso element (foreign markup)
                    elif name in labelled or in_meta:
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
                            identified.append(new(identified_type, (element, name, value) + parts))
                elif kind == "reference":
                    references.append((element, attribute, value))
                elif kind == "references":
                    parts = value.split()
                    if len(parts) == 1:
                        references.append((element, attribute, parts[0]))
                    else:
                        references.extend([(element, attribute, part) for part in parts or [""]])
                elif kind == "href":
                    if name is None or name not in exempt:
                        hrefs.append((element, value))
                else:
                    wids.add(value)
                attr = attr.next
            if node.children is not NULL:
                node = node.children
                continue
        # Onwards in document order: the next sibling, or that of the nearest ancestor that has one.
        while node is not top and node.next is NULL:
            node = node.parent
        if node is top:
            break
        node = node.next
    return (eid_elements, eid_values, in_meta_of, frozenset(wids), references, hrefs, lacking, metas, identified, malformed,
            nums)
