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

In Russian both open in lower case: a recital with an adverbial participle, an operative paragraph with a
verb in the third person.

    >>> preambular_phrase("вновь подтверждая свою резолюцию 70/1,")
    'вновь подтверждая'
    >>> operative_phrase("настоятельно призывает государства-члены;")
    'настоятельно призывает'

Chinese writes no space after the phrase, which is one of the verbs the UN's Chinese texts open with:

    >>> preambular_phrase("又回顾其第70/1号决议，"), operative_phrase("请秘书长提交报告。")
    ('又回顾', '请')

An Arabic recital opens with "إذ" and a verb, an operative paragraph with a verb in the present:

    >>> preambular_phrase("وإذ تؤكد من جديد قرارها 70/1،"), operative_phrase("تحيط علما بتقرير الأمين العام؛")
    ('وإذ تؤكد من جديد', 'تحيط علما')
"""

from __future__ import annotations

import re
from functools import lru_cache

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
    r"Acting|Underlining|Aiming|Noting|Considering|Believing|Affirming|Realizing|Fearing|Regretting|Deploring|"
    r"Welcoming|Taking|Bearing|Keeping|Having|Expressing|Recalling|Reaffirming|Recognizing|Acknowledging|"
    r"Emphasizing|Stressing|Underscoring|Highlighting|Reiterating|Observing|Appreciating|Condemning|"
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
PREAMBULAR = re.compile(
    rf"^(?:{_WHEREAS}|{_ADVERB}\s+(?i:{_ADJECTIVES}|[a-z]+ing)\b|(?:{_ADVERB}\s+)?(?:{_HAVING}|{_BEARING}|{_REFLEXIVE}|{_ADJECTIVES}|[A-Z][a-z]+ing|[A-ZÉ][a-zéèêç]+ant|[A-Z][a-záéíóú]+(?:ando|iendo)))"
    rf"(?:,?\s+{_CONTINUATION})*(?=[\s,;:]|$)"
)

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
# Russian: adverbs and adverbial phrases before the participle or verb ("вновь", "с удовлетворением").
# A phrase with "с" is a noun in the instrumental, an adjective perhaps before it ("с глубокой озабоченностью").
# A word is matched whole and its ending looked at behind it, each in an atomic group: a word that could match
# in two ways ("удовлетворени|ем", "удовлетворен|ием") would make a failing match try both at every
# repetition, twice as long for each.
_RU_ADVERB = (
    r"(?:вновь|также|далее|глубоко|особо|высоко|настоятельно|решительно|твердо|категорически|еще раз|"
    r"со? (?:(?>[а-яё]{4,})(?>(?<=ой)|(?<=ым)|(?<=им)) )?"
    r"(?>[а-яё]{4,})(?>(?<=ем)|(?<=ью)|(?<=ой)|(?<=ом)|(?<=ми)))"
)
_RU_PREAMBULAR = re.compile(
    rf"^(?:{_RU_ADVERB}\s+)*(?:будучи(?:\s+(?:глубоко|серьезно|твердо|крайне|по-прежнему|вновь|особо|всецело))*\s+[а-яё]+"
    r"|принимая во внимание|принимая к сведению|(?>[а-яё]{4,})(?>(?<=ясь)|(?<=вшись)|(?<=я)|(?<=в))(?<!тся))"
    r"(?:\s+(?:также|далее|вновь))?(?=[\s,;:]|$)"
)
_RU_OPERATIVE = re.compile(
    rf"^(?:{_RU_ADVERB}\s+)*(?>[а-яё]{{5,}})(?>(?<=ет)|(?<=ит)|(?<=ся))(?:\s+(?:к сведению|с призывом))?"
    r"(?:\s+(?:также|далее|впредь|вновь))?(?=[\s,;:.]|$)"
)
# Lower-case words of those endings that open no paragraph: no participle or verb, or participles that a
# wrapped line of a sentence often starts with after a comma ("..., включая").
_RU_NOT_PHRASES = frozenset(
    {
        "которая", "такая", "данная", "новая", "своя", "вся", "первая", "вторая", "третья", "статья", "земля",
        "мая", "июня", "июля", "бюджет", "совет", "комитет", "предмет", "ответ", "кредит", "лимит", "визит",
        "транзит", "депозит", "приоритет", "иммунитет", "суверенитет", "паритет", "авторитет", "пакет",
        "включая", "начиная", "исходя", "несмотря", "благодаря", "являясь", "касаясь", "используя",
    }
)
# The verbs that open most Russian operative paragraphs, which a wrapped line seldom starts with.
_RU_COMMON_OPERATIVE = re.compile(
    rf"^(?:{_RU_ADVERB}\s+)*(?:постановляет|просит|призывает|предлагает|приветствует|подтверждает|признает|"
    r"принимает к сведению|подчеркивает|рекомендует|одобряет|осуждает|выражает|отмечает|поручает|утверждает|"
    r"заявляет|требует)(?=[\s,;:.]|$)"
)


def _russian_phrase(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.match(text)
    if match is None or match.group(0).split()[-1] in _RU_NOT_PHRASES:
        return None
    return match.group(0)


def _is_russian(text: str) -> bool:
    return "\u0400" <= text[:1] <= "\u04ff"


# Arabic: recitals open with "إذ" or "وقد" and a verb ("وإذ تشير", "وقد نظرت"), or a verbal noun and "منها"
# ("واقتناعا منها"); operative paragraphs with a verb in the present, of the Assembly ("تقرر") or of the
# Council ("يقرر"); either may go on with a fixed phrase ("من جديد", "علما").
_AR_WORD = "[\u0621-\u064a\u0640]+"
_AR_CONTINUATION = r"(?:\s+(?:من جديد|أيضا|كذلك|علما|مع التقدير|مع القلق|بالغ القلق|القلق))*"
_AR_PREAMBULAR = re.compile(rf"^(?:و?إذ\s+{_AR_WORD}|و?قد\s+{_AR_WORD}|و?{_AR_WORD}ا\s+منها){_AR_CONTINUATION}(?=[\s،؛:]|$)")
_AR_OPERATIVE = re.compile(rf"^[تي]{_AR_WORD}{_AR_CONTINUATION}(?=[\s،؛:.]|$)")
# The verbs that open most Arabic operative paragraphs, which a wrapped line seldom starts with.
_AR_COMMON_OPERATIVE = re.compile(
    r"^(?:تقرر|تطلب|تدعو|تحث|ترحب|تؤكد|تشجع|تحيط علما|تعرب|تهيب|توصي|يقرر|يطلب|يدعو|يحث|يرحب|يؤكد|يشجع|يحيط علما)(?=\s|$)"
)


def _is_arabic(text: str) -> bool:
    return "\u0600" <= text[:1] <= "\u06ff"


# The Chinese verbs that open most paragraphs, which a wrapped line (cut anywhere) seldom starts with.
_ZH_COMMON = re.compile(r"^(?:又|还)?(?:回顾|重申|认识到|铭记|考虑到|深信|决定|吁请|促请|敦促)")
# Chinese: the verbs that open recitals and operative paragraphs, with the adverbs before them ("又回顾",
# "关切地注意到"). Many open both; the closing punctuation then tells them apart (see `structure`).
_ZH_ADVERB = r"(?:又|还|并|也|再次|进一步|深为|深感|严重|强烈|满意地|赞赏地|关切地|感激地|遗憾地|严重关切地|深为关切地)"
_ZH_RECITAL_VERBS = (
    "回顾", "忆及", "重申", "认识到", "确认", "承认", "注意到", "铭记", "考虑到", "意识到", "深信", "相信", "确信",
    "坚信", "强调", "欢迎", "表示", "关切", "关注", "申明", "认为", "审议了", "鼓励", "决心", "赞扬", "赞赏", "震惊",
    "遗憾", "痛惜", "希望", "念及", "根据", "依照", "指出", "重视", "谴责", "肯定", "感谢",
)
_ZH_OPERATIVE_VERBS = (
    "决定", "邀请", "请", "吁请", "促请", "敦促", "鼓励", "欢迎", "重申", "强调", "注意到", "表示", "赞赏", "确认",
    "核可", "通过", "认可", "宣布", "谴责", "支持", "要求", "建议", "呼吁", "授权", "赞扬", "认识到", "申明", "回顾",
    "指出", "感谢", "祝贺", "欣见", "核准", "批准", "同意", "宣告",
)


def _zh_pattern(verbs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(f"^{_ZH_ADVERB}?(?:{'|'.join(sorted(verbs, key=len, reverse=True))})")


_ZH_PREAMBULAR = _zh_pattern(_ZH_RECITAL_VERBS)
_ZH_OPERATIVE = _zh_pattern(_ZH_OPERATIVE_VERBS)


def _by_script(text: str, russian: re.Pattern[str], chinese: re.Pattern[str], arabic: re.Pattern[str]) -> str | None:
    """The opening phrase of a text in Cyrillic, Chinese or Arabic script by that script's pattern; None for a
    text that opens with any other character beyond Latin (a quotation mark, a bullet)."""
    if _is_russian(text):
        return _russian_phrase(russian, text)
    if _is_chinese(text):
        return _matched(chinese, text)
    if _is_arabic(text):
        return _matched(arabic, text)
    return None


def _matched(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.match(text)
    return match.group(0) if match else None


def _is_chinese(text: str) -> bool:
    return "\u3400" <= text[:1] <= "\u9fff"


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
    if text[:1] >= "\u0400":  # one test for the Latin texts, before the three scripts'
        return _by_script(text, _RU_PREAMBULAR, _ZH_PREAMBULAR, _AR_PREAMBULAR)
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
        return _by_script(text, _RU_OPERATIVE, _ZH_OPERATIVE, _AR_OPERATIVE)
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


_SHOUTED_VERB = re.compile(rf"^(?:[A-Z]{{3,}}S\b|{_RESOLVING}\b)")
# The verbs that open most operative paragraphs ("Approves", "Decides"), which a line inside a sentence seldom
# starts with in capitals, as it may start with a plural noun ("Programmes", "Appeals Chamber").
_COMMON_OPERATIVE = re.compile(
    r"^(?:(?:Also|Further|Strongly|Again|Once again)\s+)?(?:Acknowledges|Adopts|Affirms|Approves|"
    r"Authorizes|Calls upon|Calls for|Commends|Condemns|Decides|Demands|Determines|Emphasizes|Encourages|"
    r"Endorses|Expresses|Invites|Notes|Reaffirms|Recognizes|Recommends|Reiterates|Requests|Stresses|Supports|"
    r"Takes note|Underlines|Urges|Welcomes)\b"
)


def opens_paragraph(text: str) -> bool:
    """Whether a line could open a new paragraph in text without blank lines between paragraphs: a
    preambular phrase, an operative verb in capitals ("URGES"), or one of the common operative verbs
    ("Approves"). Any verb in -s is not enough here: a plural noun at the start of a wrapped line would look
    like one."""
    text = text.lstrip()
    if text[:1] >= "\u0400":
        if _is_russian(text):
            return preambular_phrase(text) is not None or _RU_COMMON_OPERATIVE.match(text) is not None
        if _is_chinese(text):
            return _ZH_COMMON.match(text) is not None
        if _is_arabic(text):
            return preambular_phrase(text) is not None or _AR_COMMON_OPERATIVE.match(text) is not None
    if not text[:1].isupper():
        return False
    if preambular_phrase(text) is not None:
        return True
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
