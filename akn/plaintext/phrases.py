"""Opening phrases of preambular and operative paragraphs ("Recalling also", "Welcomes with appreciation").

A preambular paragraph opens with a participle or an adjective of attitude, an operative paragraph with a
verb in the third person; either may be preceded by adverbs ("Deeply concerned", "Also requests") and
followed by a fixed continuation ("Noting with appreciation", "Takes note", "Calls upon"). The phrase is
what the UN prints in italics and what becomes the container's name.

    >>> preambular_phrase("Recalling also its resolution 65/230,")
    'Recalling also'
    >>> preambular_phrase("Deeply concerned that poverty persists,")
    'Deeply concerned'
    >>> operative_phrase("Welcomes with appreciation the outcome of the fifth meeting;")
    'Welcomes with appreciation'
    >>> operative_phrase("Calls upon Member States to act;")
    'Calls upon'
    >>> operative_phrase("Member States are invited to act;") is None
    True

"""

from __future__ import annotations

import re
from functools import lru_cache

from . import scripts

_ADVERB = (
    r"(?:Also|Further|Furthermore|Moreover|Again|Once again|Once more|Strongly|Deeply|Gravely|Seriously|Firmly|"
    r"Fully|Profoundly|Particularly|Especially|Additionally|Likewise|Similarly|Equally|Finally|Emphatically|"
    r"Urgently|Earnestly|Sincerely|Warmly|Greatly|Highly|Solemnly|Resolutely|Unequivocally|Most|"
    r"Increasingly|Extremely|Expressly|Hereby|Therefore|Accordingly|Still|Keenly|"
    r"Duly|Cordially|Respectfully|Unreservedly|Vigorously|Categorically)"
)
_ADJECTIVES = (
    r"(?:Concerned|Convinced|Conscious|Mindful|Aware|Alarmed|Determined|Encouraged|Guided|Cognizant|Desirous|"
    r"Appalled|Disturbed|Gratified|Seized|Persuaded|Resolved|Committed|Confident|Anxious|Grateful|Pleased|"
    r"Satisfied|Shocked|Outraged|Dismayed|Troubled|Worried|Saddened|Horrified|Inspired|Heartened|Reassured|"
    r"Distressed|Disappointed|"
    r"Acting|Underlining|Aiming|Noting|Considering|Believing|Affirming|Realizing|Fearing|Regretting|Deploring|"
    r"Welcoming|Taking|Bearing|Keeping|Having|Expressing|Recalling|Reaffirming|Recognizing|Acknowledging|"
    r"Emphasizing|Stressing|Underscoring|Highlighting|Reiterating|Observing|Appreciating|Condemning|"
    r"Re-emphasizing|Re-emphasising|Re-affirming|Re-iterating|"
    r"Looking|Wishing|Seeking|Pursuant|Desiring|Hoping|Referring|Commending|Urging|Encouraging|Inviting|"
    r"Calling|Accepting|Endorsing|Supporting|Guided|Sharing|Reflecting|Building|Cognisant|Recognising|"
    r"Emphasising|Realising|Anxious|Eager|Aware|Grieved|Indignant|Apprehensive|Preoccupied|Hopeful|"
    r"Rappelant|Réaffirmant|Soulignant|Notant|Prenant|Considérant|Conscient|Consciente|Gravement|Profondément|"
    r"Ayant|Accueillant|Constatant|Reconnaissant|Saluant|Se félicitant|Exprimant|Insistant|Réitérant|"
    r"Recordando|Reafirmando|Habiendo|Observando|Tomando|Considerando|Consciente|Reconociendo|Acogiendo|"
    r"Destacando|Subrayando|Expresando|Profundamente|Gravemente|Poniendo|Teniendo|Reiterando|Preocupad[oa])"
)
_CONTINUATION = (
    r"(?:also|further|furthermore|moreover|again|once again|in particular|in this regard|in addition|"
    r"with (?:deep |grave |great |serious |profound |particular |utmost |the utmost |further |strong )?"
    r"(?:appreciation|concern|satisfaction|regret|interest|alarm|gratitude|approval|sorrow|shock|indignation)|"
    r"note(?: with (?:appreciation|concern|satisfaction|interest|regret))?|into account|in mind|"
    r"concerned|convinced|alarmed|disturbed|aware|mindful|conscious|"
    r"également|en outre|aussi|de nouveau|compte|además|asimismo|también|presente|en cuenta|nota|con beneplácito)"
)
_HAVING = r"(?:Having|Ayant|Habiendo)\s+(?:also\s+|further\s+)?\w+"
_BEARING = r"(?:Bearing|Keeping|Taking|Noting)\s+(?:in mind|into account|note|into consideration)"

# A French reflexive participle, and the attitude it declares: "Se déclarant gravement préoccupé", "S'inquiétant".
_REFLEXIVE = (
    r"(?:Se\s|S[’'])[a-zéèêçî]+ant(?:\s+(?:(?:gravement|vivement|profondément|très|de nouveau)\s+)?"
    r"(?:préoccupée?s?|alarmée?s?|convaincue?s?|résolue?s?|déterminée?s?|satisfaite?s?|conscients?e?s?))?"
)
_WHEREAS = r"(?:WHEREAS|Whereas)"
# Before a participle or an attitude, as an adverb stands: "While noting", "Ever mindful" (not before a verb in -s).
_CONCESSIVE = r"(?:While|Whilst|Ever)"
# Any participle, beyond the phrases named above: "Deploring", "Considérant", "Recordando".
_ANY_PARTICIPLE = r"|[A-Z][a-z]+ing|[A-ZÉ][a-zéèêç]+ant|[A-Z][a-záéíóú]+(?:ando|iendo)"


def _preambular(participles: str) -> re.Pattern[str]:
    return re.compile(
        rf"^(?:{_WHEREAS}|(?:{_ADVERB}|{_CONCESSIVE})\s+(?i:{_ADJECTIVES}|[a-z]+ing)\b|(?:{_ADVERB}\s+)?(?:{_HAVING}|{_BEARING}|{_REFLEXIVE}|{_ADJECTIVES}{participles}))"
        rf"(?:,?\s+{_CONTINUATION})*(?=[\s,;:]|$)"
    )


PREAMBULAR = _preambular(_ANY_PARTICIPLE)
_NAMED_PREAMBULAR = _preambular("")

_OPERATIVE_VERB = r"(?:[A-Z][a-z]+(?:s|es)|[A-Z]+S|Appelle|Décide|Demande|Prie|Exige|Invite|Réaffirme|Exhorte|Souligne|Engage|Encourage|Se félicite|Prend note|Condamne|Salue|Decide|Pide|Exhorta|Reafirma|Solicita|Alienta|Acoge con beneplácito|Toma nota|Insta|Exige|Invita|Aprueba|Observa)"
_OP_CONTINUATION = (
    r"(?:also|further|again|once again|in particular|note|with (?:deep |grave |great |serious |profound |particular )?"
    r"(?:appreciation|concern|satisfaction|regret|interest|alarm|gratitude|approval)|upon|on|"
    r"également|en outre|además|asimismo|también)"
)
_RESOLVING = (
    r"(?:(?:NOW,? THEREFORE,? )?BE IT (?:FURTHER |ALSO )?RESOLVED|(?:Now,? therefore,? )?[Bb]e it (?:further |also )?resolved"
    r"|RESOLVED(?:,? FURTHER| FURTHER)?|Resolved(?:,? further)?|That (?:the|this) House)"
)
OPERATIVE = re.compile(
    rf"^(?:{_RESOLVING}|(?:{_ADVERB}\s+)?{_OPERATIVE_VERB}|{_ADVERB}\s+[a-z]+s)(?:\s+{_OP_CONTINUATION})*(?=[\s,;:.]|$)"
)
_NOT_VERBS = frozenset(
    {
        "This", "Thus", "Its", "His", "Has", "Was", "Is", "Members", "States", "Nations", "Parties", "Conditions",
        "Rights", "Governments", "Countries", "Organizations", "Committees", "Members'", "Resources", "Bus",
        "Always", "Perhaps", "Whereas", "Sometimes", "Ministers", "Progress", "Process", "Access", "Yes",
        "Services", "Statistics", "Agencies", "Persons", "Peoples", "Affairs", "Actions", "Programmes",
        "Principles", "Articles", "Sections", "Paragraphs", "Resolutions", "Decisions", "Amendments",
        "Annexes", "Chapters", "Requirements", "Less", "Unless", "Class", "WHEREAS", "NATIONS", "STATES", "MEMBERS", "PARTIES", "COUNTRIES", "ORGANIZATIONS", "RIGHTS",
    }
)


def _sentence_case(text: str) -> str:
    """ "TAKING NOTE with approval" -> "Taking note with approval": the same length, so that a phrase found in
    it is the same slice of the original."""
    head = text[:80]
    words = re.split(r"(\W+)", head)
    out = []
    first = True
    for word in words:
        if word.isalpha() and word.isupper() and len(word) > 1:
            word = word.capitalize() if first else word.lower()
        if word.isalpha():
            first = False
        out.append(word)
    return "".join(out) + text[80:]


@lru_cache(maxsize=8192)
def preambular_phrase(text: str) -> str | None:
    if text[:1] >= "\u0400":  # one test for the Latin texts, before the other scripts'
        return scripts.preambular_phrase(text)
    if text[:4].isupper() and text[:4].isalpha() and not text.startswith(("WHEREAS", "THE ")):
        cased = _sentence_case(text)
        found = preambular_phrase(cased) if cased != text else None
        return text[: len(found)] if found else None
    match = PREAMBULAR.match(text)
    if not match:
        return None
    phrase = match.group(0).rstrip(",")
    first = phrase.split()[0]
    if first.endswith("ing") and first.lower() in ("during", "according", "regarding", "concerning", "nothing", "something", "notwithstanding", "following", "including", "excluding", "pending", "everything", "bring", "king", "string", "spring", "thing", "sing", "ring", "wing", "building"):
        return None
    return phrase


@lru_cache(maxsize=8192)
def operative_phrase(text: str) -> str | None:
    if text[:1] >= "\u0400":
        return scripts.operative_phrase(text)
    match = OPERATIVE.match(text)
    if not match and text[:4].isupper() and text[:4].isalpha():
        found = OPERATIVE.match(_sentence_case(text))
        if found:
            phrase = text[: found.end()]
            return None if phrase.split()[0] in _NOT_VERBS else phrase
    if not match:
        return None
    phrase = match.group(0)
    words = phrase.split()
    if words[0] in _NOT_VERBS or (len(words) == 1 and words[0] in _NOT_VERBS):
        return None
    return phrase


_RESOLVING_LINE = re.compile(rf"^{_RESOLVING}\b")
# A verb in capitals ("URGES Member States"), not an acronym that ends in S before punctuation ("ECOWAS, the").
_SHOUTED_VERB = re.compile(r"^[A-Z]{3,}S\b(?![,;:.)’'])")
# The verbs that open most operative paragraphs ("Approves", "Decides"), which a line inside a sentence seldom
# starts with in capitals, as it may start with a plural noun ("Programmes", "Appeals Chamber").
_COMMON_OPERATIVE = re.compile(
    r"^(?:(?:Also|Further|Strongly|Again|Once again)\s+)?(?:Acknowledges|Adopts|Affirms|Approves|"
    r"Authorizes|Calls upon|Calls for|Commends|Condemns|Decides|Demands|Determines|Emphasizes|Encourages|"
    r"Endorses|Expresses|Invites|Notes|Reaffirms|Recognizes|Recommends|Reiterates|Requests|Stresses|Supports|"
    r"Takes note|Underlines|Urges|Welcomes)\b"
)


def opens_paragraph(text: str, named_only: bool = False) -> bool:
    """Whether a line could open a new paragraph in text without blank lines between paragraphs: a
    preambular phrase, an operative verb in capitals ("URGES"), or one of the common operative verbs
    ("Approves"). Any verb in -s is not enough here: a plural noun at the start of a wrapped line would look
    like one.

    `named_only`: the line goes on a block in a text whose paragraphs blank lines part, where a line break is
    most likely a wrap; there any participle is not enough either, only the phrases named above ("Recalling",
    "Deeply concerned"): a report's title wrapped after a comma ("Securing Our Common Future") or a noun in
    -ant ("Protestant churches") opens no paragraph."""
    text = text.lstrip()
    if text[:1] >= "\u0400":
        return scripts.opens_paragraph(text)
    if not text[:1].isupper():
        return False
    if preambular_phrase(text) is not None and (not named_only or _NAMED_PREAMBULAR.match(_sentence_case(text))):
        return True
    if _RESOLVING_LINE.match(text):
        return True
    if named_only:  # a verb in capitals, only the common ones: "UNIOGBIS and ECOWAS" opens nothing
        return _COMMON_OPERATIVE.match(_sentence_case(text)) is not None
    return bool(_SHOUTED_VERB.match(text) or _COMMON_OPERATIVE.match(text))


def forget() -> None:
    """Empty the recognisers' memory of the texts and citations they have seen (done at the start of every
    document, so that what a document costs does not depend on the documents before it)."""
    from .inline import cited_iri
    from .source import without_emphasis
    from .structure import is_formula

    cited_iri.cache_clear()
    without_emphasis.cache_clear()
    preambular_phrase.cache_clear()
    operative_phrase.cache_clear()
    is_formula.cache_clear()
