"""Opening phrases of the UN's languages written in other scripts than Latin: Russian, Chinese and Arabic.

`phrases` hands a text to this module when it opens with a character beyond Latin; the phrases are what
the English ones are (see `phrases`), found by each language's own means.

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
# The Chinese verbs that open most paragraphs, which a wrapped line (cut anywhere) seldom starts with.
_ZH_COMMON = re.compile(r"^(?:又|还)?(?:回顾|重申|认识到|铭记|考虑到|深信|决定|吁请|促请|敦促)")


def _is_chinese(text: str) -> bool:
    return "\u3400" <= text[:1] <= "\u9fff"




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


def _by_script(text: str, russian: re.Pattern[str], chinese: re.Pattern[str], arabic: re.Pattern[str]) -> str | None:
    """The opening phrase of `text` by its script's pattern; None for a text that opens with a character of
    no script here (a quotation mark, a bullet)."""
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


def preambular_phrase(text: str) -> str | None:
    return _by_script(text, _RU_PREAMBULAR, _ZH_PREAMBULAR, _AR_PREAMBULAR)


def operative_phrase(text: str) -> str | None:
    return _by_script(text, _RU_OPERATIVE, _ZH_OPERATIVE, _AR_OPERATIVE)


def opens_paragraph(text: str) -> bool:
    """Whether a line opens a paragraph where no blank line parts them: a recital's phrase, or one of the
    verbs that open most operative paragraphs (Chinese, which wraps anywhere, only by its commonest verbs)."""
    if _is_russian(text):
        return preambular_phrase(text) is not None or _RU_COMMON_OPERATIVE.match(text) is not None
    if _is_chinese(text):
        return _ZH_COMMON.match(text) is not None
    if _is_arabic(text):
        return preambular_phrase(text) is not None or _AR_COMMON_OPERATIVE.match(text) is not None
    return False

