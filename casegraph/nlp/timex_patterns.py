"""Detection: a declarative table of regular expressions per language, matched over the text.

Extents follow TimeML: determiners and modifiers belong to the expression ("the third quarter",
"late November", "el pasado miércoles"); prepositions do not ("on Friday" -> "Friday").
"""

from __future__ import annotations

import re

from .timex_lexicon import ENGLISH, Lexicon
from .timex_spanish import SPANISH


def _alt(words: object, cap: bool = False) -> str:
    items = sorted(set(words), key=len, reverse=True)  # type: ignore[call-overload]
    if cap:
        return "(?:" + "|".join(w[0].upper() + w[1:] + ("\\.?" if len(w) <= 4 else "") for w in items) + ")"
    return "(?:" + "|".join(re.escape(w) for w in items) + ")"


def _titled(phrases: object) -> str:
    """Phrases as written in title case ("New Year's Day"), either apostrophe."""
    items = sorted(set(phrases), key=len, reverse=True)  # type: ignore[call-overload]
    titled = (re.escape(" ".join(w[0].upper() + w[1:] for w in p.split())).replace("'", "['’]") for p in items)
    return "(?:" + "|".join(titled) + ")"


def english_table(lex: Lexicon = ENGLISH) -> list[tuple[str, str]]:
    month = _alt([m for m in lex.months if m not in ("may", "mar")], cap=True)
    month_any = f"(?:{month}|May)"
    weekday = _alt([w for w in lex.weekdays if len(w) > 4], cap=True)
    num = r"(?:\d+(?:\.\d+)?|(?i:a few|a couple of|few|couple of|several|many|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|(?:twenty|thirty|forty|fifty)[- ](?:one|two|three|four|five|six|seven|eight|nine)))"
    unit = r"(?i:years?|months?|weeks?|days?|hours?|minutes?|seconds|second(?!\s+[a-z])|decades?|centur(?:y|ies)|weekends?)"
    rel = r"(?i:last|this|next|past|coming|previous|current|following|same)"
    mod = r"(?i:early|mid-?|late|the end of|the beginning of|the middle of|the start of)"
    day = r"\d{1,2}(?:st|nd|rd|th)?\b"
    year = r"(?:1[6-9]\d\d|20\d\d)"
    year_of = r"\s+(?i:this|last|next)\s+year\b"  # "July last year"
    ones = "(?:one|two|three|four|five|six|seven|eight|nine)"
    tens = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    spelled = rf"(?i:(?:eighteen|nineteen|twenty)[- ](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]{ones})?|{tens}|hundred)|(?:the\s+year\s+)?two\s+thousand(?:\s+and\s+{ones}|[- ]{ones})?)\b"
    return [
        ("day", rf"(?:{weekday},?\s+)?{month_any}\s+{day}(?:,?\s+{year}\b)?"),
        ("day", rf"(?:{weekday},?\s+)?(?:the\s+)?{day}\s+(?:of\s+)?{month_any}(?:,?\s+{year}\b)?"),
        ("day", r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"),
        ("month", rf"(?:{mod}\s*)?{month_any},?\s+(?:{year}\b|{spelled})"),
        # A month alone, unless a name follows ("Jan Kavan", "March for Life") or it is a verb ("March on
        # the capital"); after a preposition the next rule finds it.
        ("month", rf"(?:(?:{mod}|{rel})\s*)?{month}(?:{year_of}|\b(?!\s+[A-Z][a-z]|\s+(?:for|of)\s+(?:the\s+)?[A-Z]|-"
                  r"|\s+(?:against|on|to|toward|towards|through|into|in|from|with)\b))"),
        ("month", rf"\b(?i:in|since|until|by|during|of|from|through)\s+(?P<t>(?:(?:{mod}|{rel})\s*)?{month_any}(?:{year_of}|\b))"),
        ("year", rf"(?:(?:the\s+)?(?:{mod}\s*(?i:fiscal\s+)?|(?i:fiscal\s+)))?(?<![\d$.,])\b{year}\b(?![\d%]|\.\d|,\d| ?(?:%|percent|people|[mMbB]\b))"),
        ("year", rf"(?:the\s+)?(?:{mod}\s*)?(?:1[6-9]\d0|20\d0)'?s\b"),
        ("year", spelled),
        ("year", r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)[\s-]+(?i:century)\b"),
        ("holiday", rf"(?:(?i:last|next|this)\s+)?{_titled([*lex.holidays, *lex.floating])}\b"),
        ("rel", r"(?i:the)\s+(?:(?i:full|fiscal|current)\s+)*(?i:year|weekend)\b(?![-'])"),
        ("rel", r"(?:(?i:the)\s+)?(?i:year(?:'s)?[- ]end)\b|(?i:the end of the (?:year|month))\b"),
        ("rel", rf"(?:(?i:earlier|later)\s+)?(?:the\s+)?{rel}\s+(?i:year|month|week|weekend|quarter|decade|century|spring|summer|fall|autumn|winter)\b"),
        ("rel", rf"(?:{mod}\s*)?(?i:next|last|this)\s+(?i:year|month|week)\b"),
        ("rel", r"(?:(?i:later|earlier)\s+(?:(?i:in)\s+)?)?(?i:that|the\s+same|that\s+same)\s+(?i:year|month)\b(?!['’-])"),
        ("rel", r"(?i:the)\s+(?i:year|month)\s+(?i:before)\b"),
        ("ago", rf"(?:(?i:more than|less than|about|nearly|almost|some|over)\s+)?{num}[\s-]+{unit}\s+(?i:ago|earlier|later|before|from now)\b"),
        ("ago", r"(?:(?i:a|the)\s+)?(?:(?i:comparable|corresponding|same)\s+)?(?i:year[- ](?:earlier|ago))"
                r"(?:\s+(?:(?i:first|second|third|fourth|fiscal)\s+)?(?i:quarter|period|nine months|six months))?\b"),
        ("dur", rf"(?:(?i:the\s+)?(?:(?i:past|last|next|first|coming|previous|final|full|entire)\s+)?)?(?:(?i:more than|less than|about|nearly|almost|over|some)\s+)?{num}(?:\s+(?i:and a half)|\s*(?:1/2|½))?[\s-]+{unit}\b(?:\s+(?i:and a half)\b)?"),
        ("dur", rf"(?:(?i:the)\s+)?(?i:recent|past|last|next|coming)\s+{unit}\b"),
        ("dur", r"(?<=\bfor )(?:years|months|weeks|decades|centuries)\b|(?<=\bin )years\b"),
        ("q", r"(?<![-\w])(?=(?i:the|this|last|next|first|second|third|fourth|latest|current|fiscal|same|year|\d))(?i:the\s+)?(?:(?i:this|last|next)\s+year['’]s\s+|(?:19|20)\d\d\s+(?=\w+\s+quarter|quarter|period))?(?:(?i:first|second|third|fourth|latest|last|current|fiscal|year-earlier|year-ago|same)[\s-]+)*(?i:fiscal\s+)?(?i:quarter|(?<=\d\d )period|(?<=latest )period)\b(?!-)"),
        ("wd", rf"(?:(?i:the\s+(?=previous|following|coming))?(?i:last|next|this|late|early|previous|following|coming)\s+)?{weekday}(?:\s+(?i:morning|afternoon|evening|night))?\b"),
        ("ref", r"\b(?i:today|yesterday|tomorrow|tonight|last night|currently|recently|nowadays|lately)\b"),
        ("ref", r"\b(?:now|Now|current)\b(?!\s+on\b)"),
        ("ref", r"\b(?i:the future|the past|these days)\b(?!\s+(?:few|two|three|several|\d))"),
        ("ref", r"(?i:this|yesterday|tomorrow|friday|monday)\s+(?i:morning|afternoon|evening)\b"),
        ("time", rf"(?:\b\d{{1,2}}(?::\d\d)?\s*(?:[ap]\.m\.|[AP]M\b|[ap]m\b)|\b(?i:noon|midnight)\b)"
                 rf"(?:\s+[ECMP][SD]T\b|\s+GMT\b)?(?:,?\s+(?:{weekday}|(?i:today|yesterday|tomorrow)\b|{month_any}\s+{day}))?"),
        ("set", r"\b(?i:daily|weekly|monthly|annually|yearly|hourly)\b|(?i:every|each|per)\s+(?:\w+\s+)?(?i:year|month|week|day|hour)s?\b"),
    ]


def spanish_table(lex: Lexicon = SPANISH) -> list[tuple[str, str]]:
    month = _alt(lex.months)
    weekday = _alt(lex.weekdays)
    num = r"(?:\d+|un|una|unos|unas|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|cuarenta|cincuenta|cien|varios|varias|algunos|algunas|muchos)"
    unit = r"(?:años?|mes(?:es)?|semanas?|días?|horas?|minutos?|décadas?|siglos?|trimestres?)"
    rel = r"(?:pasad[oa]|próxim[oa]|últim[oa]|siguiente|anterior|entrante|que viene)"
    art = r"(?:(?i:el|la|los|las|del|al)\s+)"
    hour = r"(?:\d{1,2}|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)"
    return [
        ("day", rf"{art}?(?:{weekday},?\s+)?(?:\d{{1,2}}|primero)\s+de\s+{month}(?:\s+(?:de|del)\s+(?:el\s+)?\d{{4}})?"),
        ("month", rf"(?:{art}?(?:principios|mediados|finales|fines)\s+de\s+)?{month}(?:\s+(?:de|del)\s+\d{{4}}|\s+{rel})?\b"),
        ("year", rf"{art}?\b(?:1[6-9]\d\d|20\d\d)\b(?![\d%])"),
        ("holiday", rf"{art}?(?i:{_alt([*lex.holidays, *lex.floating])})\b"),
        ("rel", rf"{art}?(?:{rel}\s+)?(?:año|mes|semana|fin de semana|trimestre|siglo)(?:\s+{rel})?\b"),
        ("rel", r"(?:este|esta|estos)\s+(?:año|mes|semana|siglo|días|momentos)\b"),
        ("rel", r"(?i:ese|aquel)\s+(?:mismo\s+)?(?:año|mes)\b"),
        ("ago", rf"(?:hace|hacía)\s+(?:más de\s+)?{num}\s+{unit}\b|{num}\s+{unit}\s+(?:atrás|antes|después)\b"),
        ("dur", rf"{art}?(?:(?:últim|próxim)[oa]s\s+)?(?:más de\s+)?{num}\s+{unit}\b(?:\s+y\s+medio\b)?|{art}(?:últim|próxim)[oa]s\s+{unit}\b"),
        ("wd", rf"{art}?(?:{rel}\s+)?{weekday}(?:\s+{rel})?\b"),
        ("ref", r"\b(?:hoy|ayer|anteayer|anoche|ahora|actualmente|recientemente|pronto)\b(?:,?\s+" + weekday + r")?"),
        ("ref", rf"\b(?:mañana)\b(?=\s*(?:,|\.|{weekday}|por la))|(?:esta|la)\s+(?:mañana|tarde|noche)\b|{art}(?:futuro|pasado)\b"),
        ("time", rf"\b(?i:las?)\s+(?:\d{{1,2}}[:.]\d\d(?:\s+(?:hora local|horas locales|horas?|hrs?\b))?|{hour}(?:\s+y\s+(?:media|cuarto))?"
                 r"\s+(?:horas?\s+)?de\s+la\s+(?:mañana|tarde|noche|madrugada))(?:\s+(?:hora local|horas locales|GMT))?"),
        ("time", r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d\s+(?:horas|hrs?\b|GMT\b)"),
        ("set", r"\b(?:diari[oa]s?|semanal(?:es)?|mensual(?:es)?|anual(?:es)?|cada\s+(?:\w+\s+)?(?:año|mes|semana|día)s?)\b"),
    ]


_COMPILED: dict[str, list[tuple[str, re.Pattern[str]]]] = {}


def table(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    if lang not in _COMPILED:
        rows = spanish_table() if lang == "es" else english_table()
        _COMPILED[lang] = [(name, re.compile(rx)) for name, rx in rows]
    return _COMPILED[lang]


def find_candidates(text: str, lang: str = "en") -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, rule) matches, leftmost-longest first."""
    hits: list[tuple[int, int, str]] = []
    for name, pattern in table(lang):
        for match in pattern.finditer(text):
            # A group named t marks the expression inside context the pattern needed ("in May").
            start, end = match.span("t") if "t" in pattern.groupindex else match.span()
            while end > start and text[end - 1] in " ,":
                end -= 1
            if end > start:
                hits.append((start, end, name))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    chosen: list[tuple[int, int, str]] = []
    for hit in hits:
        if chosen and hit[0] < chosen[-1][1]:
            continue
        chosen.append(hit)
    return chosen
