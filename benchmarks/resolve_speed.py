"""Time resolve_entities on synthetic corpora of growing size to show sub-quadratic growth.

Usage: python benchmarks/resolve_speed.py [SIZE ...]   (default 1000 5000 20000 local entities)

Each synthetic article holds a few local entities drawn from a population of invented people
(given names + two surnames, written with or without accents, sometimes surname-only or with a
typo) and organisations (English or Spanish head order), so the resolver does real work.
"""

from __future__ import annotations

import math
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from casegraph.models import Annotation, LocalEntity
from casegraph.resolve import resolve_entities

GIVEN = [
    "Aurelio",
    "Bárbara",
    "Cándido",
    "Dámaso",
    "Efraín",
    "Fabiola",
    "Gumersindo",
    "Héctor",
    "Inés",
    "Jacinto",
    "Leonor",
    "Marcial",
    "Nicolás",
    "Olegario",
    "Pánfilo",
    "Quirino",
    "Rosalía",
    "Saturnino",
    "Teódulo",
    "Úrsula",
    "Valentín",
    "Ximena",
    "Yolanda",
    "Zacarías",
]
SURNAMES = [
    "Alcántara",
    "Benítez",
    "Cisneros",
    "Dávalos",
    "Echeverría",
    "Fuentes",
    "Galván",
    "Hinojosa",
    "Iturbide",
    "Jáuregui",
    "Lizárraga",
    "Maldonado",
    "Núñez",
    "Olivares",
    "Pacheco",
    "Quiñones",
    "Rentería",
    "Salcedo",
    "Tamayo",
    "Urquidi",
    "Valdés",
    "Zúñiga",
    "Ávila",
    "Bermúdez",
    "Cárdenas",
    "Domínguez",
    "Escobedo",
    "Figueroa",
    "Guevara",
    "Huerta",
]
PLACES = [
    "Altamira",
    "Bocanegra",
    "Cerro",
    "Dorado",
    "Esmeralda",
    "Fresnillo",
    "Guamúchil",
    "Huetamo",
    "Ixtlán",
    "Jerez",
    "Linares",
]


def _typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _person_form(parts: tuple[str, str, str], rng: random.Random) -> str:
    given, first, second = parts
    roll = rng.random()
    if roll < 0.15:
        return f"{first} {second}"
    if roll < 0.25:
        return f"{given} {first} {_typo(second, rng)}"
    name = f"{given} {first} {second}"
    return name.translate(str.maketrans("áéíóúÁÉÍÓÚñÑ", "aeiouAEIOUnN")) if roll < 0.5 else name


def synthetic(n_entities: int, seed: int = 1) -> list[Annotation]:
    rng = random.Random(seed)
    people = [(rng.choice(GIVEN), rng.choice(SURNAMES), rng.choice(SURNAMES)) for _ in range(n_entities // 4)]
    orgs = [f"{rng.choice(PLACES)} {rng.choice(SURNAMES)}" for _ in range(max(n_entities // 40, 1))]
    out: list[Annotation] = []
    made = 0
    while made < n_entities:
        entities: list[LocalEntity] = []
        for key in range(min(5, n_entities - made)):
            if rng.random() < 0.8:
                form = _person_form(rng.choice(people), rng)
                entities.append(LocalEntity(key, "PERSON", form, [form]))
            else:
                org = rng.choice(orgs)
                form = f"Cártel de {org}" if rng.random() < 0.5 else f"{org} Cartel"
                entities.append(LocalEntity(key, "ORG", form, [form], kind="criminal_organization"))
        made += len(entities)
        out.append(Annotation(article_id=f"syn{len(out):06d}", language="es", entities=entities))
    return out


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [1000, 5000, 20000]
    print(f"{'local entities':>15} {'corpus entities':>16} {'seconds':>9} {'us/entity':>10}")
    previous: tuple[int, float] | None = None
    for size in sizes:
        corpus = synthetic(size)
        start = time.perf_counter()
        resolved = resolve_entities(corpus)
        seconds = time.perf_counter() - start
        growth = ""
        if previous:
            exponent = math.log(seconds / previous[1]) / math.log(size / previous[0])
            growth = f"  growth exponent vs previous: {exponent:.2f} (1 = linear, 2 = quadratic)"
        print(f"{size:>15} {len(resolved):>16} {seconds:>9.2f} {seconds / size * 1e6:>10.1f}{growth}")
        previous = (size, seconds)


if __name__ == "__main__":
    main(sys.argv[1:])
