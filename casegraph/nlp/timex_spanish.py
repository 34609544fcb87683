"""Spanish word tables for time expressions ("el pasado miércoles", "hace dos semanas")."""

from __future__ import annotations

from .timex_lexicon import Lexicon


def _numbers() -> dict[str, int | None]:
    ones = ("cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
            "dieciséis diecisiete dieciocho diecinueve veinte").split()
    out: dict[str, int | None] = {w: i for i, w in enumerate(ones)}
    tens = "treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()
    out.update({w: 30 + 10 * i for i, w in enumerate(tens)})
    out.update({"un": 1, "una": 1, "veintiún": 21, "veintiuno": 21, "veintidós": 22, "cien": 100,
                "ciento": 100, "medio": None, "media": None, "docena": 12, "mil": 1000})
    out.update({w: None for w in ("varios", "varias", "unos", "unas", "algunos", "algunas", "pocos",
                                  "pocas", "muchos", "muchas")})
    return out


SPANISH = Lexicon(
    lang="es",
    months={
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
        "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    },
    weekdays={"lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
              "sábado": 5, "sabado": 5, "domingo": 6},
    numbers=_numbers(),
    units={
        "año": "Y", "años": "Y", "mes": "M", "meses": "M", "semana": "W", "semanas": "W", "día": "D",
        "días": "D", "dia": "D", "dias": "D", "hora": "H", "horas": "H", "minuto": "MIN",
        "minutos": "MIN", "segundo": "S", "segundos": "S", "década": "DE", "décadas": "DE",
        "decenio": "DE", "siglo": "CE", "siglos": "CE", "trimestre": "Q", "trimestres": "Q",
        "fin de semana": "WE",
    },
    refs={
        "ahora": "PRESENT_REF", "actualmente": "PRESENT_REF", "actual": "PRESENT_REF",
        "actuales": "PRESENT_REF", "actualidad": "PRESENT_REF", "la actualidad": "PRESENT_REF",
        "estos días": "PRESENT_REF", "estos momentos": "PRESENT_REF", "este momento": "PRESENT_REF",
        "el momento": "PRESENT_REF", "momento": "PRESENT_REF", "hoy por hoy": "PRESENT_REF",
        "hoy en día": "PRESENT_REF", "ya": "PRESENT_REF", "presente": "PRESENT_REF",
        "entonces": "PAST_REF", "recién": "PAST_REF", "recientemente": "PAST_REF",
        "reciente": "PAST_REF", "recientes": "PAST_REF", "pasado": "PAST_REF", "pasada": "PAST_REF",
        "pasados": "PAST_REF", "pasadas": "PAST_REF", "anterior": "PAST_REF", "antes": "PAST_REF",
        "el pasado": "PAST_REF", "del pasado": "PAST_REF", "antiguamente": "PAST_REF",
        "últimamente": "PAST_REF", "futuro": "FUTURE_REF", "futura": "FUTURE_REF",
        "futuros": "FUTURE_REF", "futuras": "FUTURE_REF", "el futuro": "FUTURE_REF",
        "próximo": "FUTURE_REF", "próxima": "FUTURE_REF", "próximos": "FUTURE_REF",
        "próximas": "FUTURE_REF", "pronto": "FUTURE_REF", "después": "FUTURE_REF",
        "hoy": "+0", "ayer": "-1", "anteayer": "-2", "antier": "-2", "mañana": "+1",
        "pasado mañana": "+2", "anoche": "-1TNI", "esta noche": "+0TNI", "esta mañana": "+0TMO",
        "esta tarde": "+0TAF", "la tarde": "+0TAF", "la noche": "+0TNI", "la mañana": "+0TMO",
        "mismo día": "+0",
    },
    past=frozenset({"pasado", "pasada", "anterior", "último", "última", "últimos", "últimas"}),
    nxt=frozenset({"próximo", "próxima", "próximos", "próximas", "siguiente", "entrante", "viene"}),
    this=frozenset({"este", "esta", "estos", "estas", "actual", "mismo", "misma", "presente", "corriente"}),
    ago_suffix=frozenset({"atrás", "antes"}),
    ago_prefix=frozenset({"hace", "hacía"}),
    later=frozenset({"después", "dentro", "más tarde"}),
    parts_of_day={"mañana": "MO", "madrugada": "MO", "tarde": "AF", "noche": "NI", "mediodía": "MI"},
    seasons={"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"},
    sets={"diario": "D", "diaria": "D", "diarios": "D", "diarias": "D", "semanal": "W",
          "semanales": "W", "mensual": "M", "mensuales": "M", "anual": "Y", "anuales": "Y",
          "anualmente": "Y", "trimestral": "Q", "trimestrales": "Q"},
    set_cues=frozenset({"cada", "al", "por", "todos", "todas"}),
    ordinals={"primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4},
    skip=frozenset({"el", "la", "los", "las", "de", "del", "en", "desde", "durante", "hasta", "a",
                    "lo", "que", "más", "menos", "casi", "y"}),
    early=frozenset({"principios", "mediados", "finales", "inicios", "comienzos", "fines"}),
    plural_vague_past=frozenset(),
    holidays={"navidad": (12, 25), "nochebuena": (12, 24), "nochevieja": (12, 31), "año nuevo": (1, 1),
              "día de reyes": (1, 6), "día de muertos": (11, 2), "día de los muertos": (11, 2)},
)
