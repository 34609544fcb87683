"""Remove the boilerplate news pages carry; the result is the text every later offset indexes.

Nothing downstream looks at the raw text, so offsets stay exact by construction: `clean()`
returns the final stored text. What goes, in this order:

- copyright lines ("© 2024 Some Outlet. All rights reserved ..."): removed, but their year and
  owner are returned as fallback publication year and outlet;
- whole lines that only point elsewhere: "Read more:" / "READ MORE" / "Lee también:" lines,
  newsletter and follow-us prompts, "Advertisement", "Credit:" lines;
- photo credits: "(Photo: ...)", "Photo by X/AFP via Getty Images" at the end of a caption line,
  "NAME/AFP" agency credits; the caption words before the credit stay;
- embedded social posts: the post's own words stay (they are often a quote); its link tokens
  (t.co, pic.twitter.com, short links) and dangling "Más en:" labels go, and the signature
  "— Name (@handle) Month D, YYYY" becomes "— Name, Month D, YYYY." so the author's name and the
  post's date remain readable as an attribution;
- whitespace: Unicode NFC, no-break and zero-width spaces, runs of spaces, trailing spaces and
  runs of blank lines collapse (at most one blank line between paragraphs).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

_M, _I = re.MULTILINE, re.IGNORECASE


def _alt(*words: str) -> str:
    return "(?:" + "|".join(words) + ")"


_MONTHS = _alt("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December", "enero", "febrero", "marzo", "abril", "mayo", "junio",
               "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre")
_POST_DATE = rf"(?:{_MONTHS}\.? \d{{1,2}}, \d{{4}}|\d{{1,2}} de {_MONTHS} de \d{{4}})"
_AGENCIES = _alt("AFP", "EFE", "AP", "Reuters", "REUTERS", "Cuartoscuro", "CUARTOSCURO", "Bloomberg",
                 "Getty Images", "Shutterstock")
_UPPER = "A-ZÁÉÍÓÚÑÜ"
_POINTERS = _alt("Read more", "Read More", "READ MORE", "Related", "RELATED", "Also read", "ALSO READ",
                 "See also", "More from", "Lee también", "LEE TAMBIÉN", "Lee más", "Leer más", "Ver más",
                 "Ver también", "Te puede interesar", "Te recomendamos", "Más en", "MÁS EN")
_LINK_HOSTS = _alt(r"t\.co", r"pic\.twitter\.com", r"bit\.ly", r"ow\.ly", r"buff\.ly", r"tinyurl\.com",
                   r"fb\.me", r"dlvr\.it", r"trib\.al")
_PHOTO = _alt("Photo", "PHOTO", "Photograph", "Image", "IMAGE", "Foto", "FOTO", "Fotografía", "Imagen")
_SIGN_UP = _alt("Sign up", "Subscribe", "Suscríbete", "Suscribete", "Regístrate")
_NEWSLETTER = _alt("newsletter", "boletín", "boletin", "alerts", "updates")
_ADVERT = _alt("ADVERTISEMENT", "Advertisement", "Publicidad", "PUBLICIDAD",
               "Story continues below(?: advertisement)?")
_CREDIT = _alt("Photo credit", "Image credit", "Credit", "Crédito", "Créditos")
_RESERVED = _alt("All rights reserved", "Todos los derechos reservados", "Derechos reservados")

_COPYRIGHT = re.compile(r"^[ \t]*(?:©|\([cC]\)|Copyright|COPYRIGHT)[^\n]{0,200}$\n?", _M)
_YEAR = re.compile(r"\b(19\d{2}|20\d{2})\b")
_OWNER_END = re.compile(rf"\.(?:\s|$)|{_RESERVED}", _I)
_YEARS = r"\b(?:19|20)\d{2}\b(?:\s*[-–]\s*(?:19|20)\d{2}\b)?"
_OWNER_NOISE = re.compile(rf"©|\([cC]\)|\bCopyright\b|{_YEARS}|[,|]", _I)


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    replacement: str = ""


RULES: tuple[Rule, ...] = (
    Rule("pointer_line",
         re.compile(rf"^[ \t]*(?:{_POINTERS}[ \t]*[:|»>]|READ MORE\b|RELATED\b)[^\n]*$\n?", _M)),
    Rule("newsletter_line", re.compile(
        rf"^[ \t]*{_SIGN_UP}\b[^\n]{{0,100}}\b{_NEWSLETTER}\b[^\n]{{0,60}}$\n?", _M | _I)),
    Rule("follow_line",
         re.compile(r"^[ \t]*(?:Follow us on|Síguenos en|Siguenos en)\b[^\n]{0,120}$\n?", _M)),
    Rule("advert_line", re.compile(rf"^[ \t]*{_ADVERT}[ \t]*$\n?", _M)),
    Rule("credit_line", re.compile(rf"^[ \t]*{_CREDIT}[ \t]*:[^\n]{{0,150}}$\n?", _M | _I)),
    Rule("photo_credit_parens", re.compile(rf"[ \t]*\((?:{_PHOTO}|Credit|Crédito)s?\b[^()\n]{{0,150}}\)")),
    Rule("photo_credit", re.compile(
        rf"[ \t]*\b{_PHOTO}s?(?:[ \t]+(?:by|courtesy of|credit|por|de|cortesía de)\b|[ \t]*:)"
        r"[^\n]{1,150}$", _M)),
    Rule("agency_credit", re.compile(
        rf"[ \t]*[{_UPPER}][{_UPPER}.'\- ]{{1,60}}/[ \t]*{_AGENCIES}"
        r"(?:[ \t]+via[ \t]+Getty[ \t]+Images)?[ \t]*$", _M)),
    Rule("short_link", re.compile(rf"[ \t]*(?:https?://)?{_LINK_HOSTS}/[\w-]+")),
    Rule("dangling_pointer", re.compile(rf"[ \t]*{_POINTERS}[ \t]*:?(?=[ \t]*(?:[—–]|$))", _M)),
    Rule("post_signature",
         re.compile(rf"[ \t]*[—–][ \t]*([^\n—–()@]{{2,80}}?)[ \t]*\(@\w{{1,15}}\)"
                    rf"[ \t]*({_POST_DATE})"),
         r" — \1, \2."),
)


@dataclass
class Cleaned:
    text: str
    copyright_year: str | None = None
    copyright_owner: str | None = None
    removed: dict[str, int] = field(default_factory=dict)


def clean(raw: str) -> Cleaned:
    text = normalize_characters(raw)
    result = Cleaned(text="")
    for match in _COPYRIGHT.finditer(text):
        year, owner = _copyright_parts(match.group(0))
        result.copyright_year = result.copyright_year or year
        result.copyright_owner = result.copyright_owner or owner
    text, count = _COPYRIGHT.subn("", text)
    _count(result, "copyright_line", count)
    for rule in RULES:
        text, count = rule.pattern.subn(rule.replacement, text)
        _count(result, rule.name, count)
    result.text = normalize_whitespace(text)
    return result


def normalize_characters(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = re.sub(r"[\u00a0\u2007\u202f]", " ", text)
    return re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", text)


def normalize_whitespace(text: str) -> str:
    lines = [re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _copyright_parts(line: str) -> tuple[str | None, str | None]:
    year_match = _YEAR.search(line)
    owner_text = _OWNER_END.split(line, maxsplit=1)[0]
    owner = re.sub(r"\s+", " ", _OWNER_NOISE.sub(" ", owner_text)).strip(" .-–—")
    return (year_match.group(1) if year_match else None), (owner or None)


def _count(result: Cleaned, name: str, count: int) -> None:
    if count:
        result.removed[name] = result.removed.get(name, 0) + count
