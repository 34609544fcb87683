"""Synthetic news for timing copy detection and story clustering at 1k, 2.5k, 5k and 10k articles.

Articles come from the project's own templates: an event (arrest, sentencing, seizure, killing,
extradition) involving invented people, groups and places, reported by several outlets over a few
days, in English or Spanish, some of them wire copies with a new headline and a few edited words.
Entities are given as resolved ids, as the corpus step would hand them over.
Usage: python benchmarks/synthetic.py [N ...]   (default 1000 2500 5000 10000)
"""

from __future__ import annotations

import gc
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ecb_doc_clustering import bcubed

from casegraph.resolve import story_clusterer
from casegraph.resolve.copies import find_copies
from casegraph.resolve.stories import StoryDoc, cluster_stories

GIVEN = ["Tobias", "Marisol", "Anselmo", "Renata", "Octavio", "Lucia", "Bruno", "Esther", "Ramiro", "Ines",
         "Fausto", "Celia", "Gaspar", "Noemi", "Ulises", "Dalia", "Teodoro", "Paloma", "Evaristo", "Zoila"]
FAMILY = ["Renner", "Quintal", "Abascal", "Lugo", "Ferrand", "Olvera", "Cienfuegos", "Barros", "Tejeda",
          "Mondragon", "Salinas", "Urquidi", "Valdivia", "Zaragoza", "Ibarguen", "Pardo", "Escobedo", "Nava"]
GROUP_HEAD = ["Red Heron", "Black Coast", "Northern Valley", "Iron Bridge", "Silver Delta", "Blue Mesa",
              "Crooked River", "Eastern Port", "High Plains", "Lantern", "Granite", "Jade Harbor"]
PLACES = ["Marvela", "Puerto Alcon", "San Teodoro", "Villa Ocaso", "Laguna Seca", "Ciudad Brava", "Rio Manso",
          "Cerro Azul", "Bahia Quieta", "Monte Largo", "Santa Irene", "Paso Hondo"]
OUTLETS = [f"Outlet {i:02d}" for i in range(40)]
EVENTS = {
    "arrest": ("{p} was arrested in {place} by federal agents, accused of running finances for the {g} group. "
               "Prosecutors said {p2} helped move cash through front companies.",
               "{p} fue detenido en {place} por agentes federales, acusado de manejar las finanzas del grupo {g}. "
               "La fiscalia dijo que {p2} ayudo a mover dinero por empresas fachada."),
    "sentencing": ("A judge in {place} sentenced {p} to {n} years in prison for trafficking on behalf of the {g} "
                   "group. {p2}, a co-defendant, is due to be sentenced next month.",
                   "Un juez en {place} condeno a {p} a {n} anos de prision por trafico a favor del grupo {g}. "
                   "{p2}, coacusado, recibira su sentencia el proximo mes."),
    "seizure": ("Soldiers seized {n} tonnes of cocaine at a warehouse in {place} linked to the {g} group. "
                "Officials said the owner, {p}, fled before the raid and {p2} was questioned.",
                "Soldados aseguraron {n} toneladas de cocaina en una bodega de {place} ligada al grupo {g}. "
                "Las autoridades dijeron que el dueno, {p}, huyo antes del operativo y {p2} fue interrogado."),
    "killing": ("Gunmen killed {p}, a local official in {place}, in an attack police blamed on the {g} group. "
                "His deputy {p2} said threats had been reported for weeks.",
                "Hombres armados asesinaron a {p}, funcionario local de {place}, en un ataque atribuido al grupo {g}. "
                "Su adjunto {p2} dijo que las amenazas se habian denunciado durante semanas."),
    "extradition": ("{p}, said to be a leader of the {g} group, was extradited from {place} to face charges. "
                    "His lawyer {p2} denied the accusations and called the case political.",
                    "{p}, senalado como lider del grupo {g}, fue extraditado desde {place} para enfrentar cargos. "
                    "Su abogado {p2} nego las acusaciones y califico el caso de politico."),
}
# Sentences an outlet may add around the core report; each report draws its own few.
FILLER = (
    ("Residents said the neighbourhood had been tense for months.", "The office did not answer questions.",
     "Analysts said the case showed how the group had expanded its business.", "The governor promised more patrols.",
     "A spokesman declined to comment on the investigation.", "Local shops closed early as news spread.",
     "Human rights groups asked for a transparent inquiry.", "The army sent reinforcements to the region.",
     "Court records describe payments to at least three officials.", "Neighbours described hearing several shots.",
     "The group has been blamed for a wave of kidnappings.", "Officials said more arrests could follow.",
     "Family members gathered outside the prosecutor's building.", "Journalists were kept away from the scene."),
    ("Vecinos dijeron que la zona llevaba meses tensa.", "La oficina no respondio preguntas.",
     "Analistas dijeron que el caso muestra como el grupo amplio su negocio.", "El gobernador prometio mas patrullas.",
     "Un vocero declino comentar sobre la investigacion.", "Comercios cerraron temprano al correr la noticia.",
     "Organizaciones de derechos humanos pidieron una investigacion transparente.",
     "El ejercito envio refuerzos a la region.", "Los expedientes describen pagos a por lo menos tres funcionarios.",
     "Vecinos relataron haber escuchado varios disparos.", "Al grupo se le atribuye una ola de secuestros.",
     "Las autoridades dijeron que podria haber mas detenciones."),
)
STREETS = ["Calle Hidalgo", "Avenida del Puerto", "Calle Morelos", "Boulevard Costero", "Calle Juarez",
           "Avenida Reforma", "Calle Allende", "Camino Real", "Calle Victoria", "Avenida Central"]


@dataclass
class Synthetic:
    docs: list[StoryDoc]
    gold: dict[str, str]  # article id -> event id
    copies: dict[str, str]  # copy id -> the report it re-posts


def _events(rng: random.Random) -> Iterator[dict[str, str | int]]:
    start = date(2022, 1, 1)
    for i in range(10**9):
        yield {"id": f"ev{i}", "type": rng.choice(sorted(EVENTS)), "n": rng.randint(2, 40),
               "p": f"{rng.choice(GIVEN)} {rng.choice(FAMILY)} {rng.choice(FAMILY)}",
               "p2": f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}", "g": rng.choice(GROUP_HEAD),
               "place": rng.choice(PLACES), "street": rng.choice(STREETS), "num": rng.randint(10, 990),
               "day": (start + timedelta(days=i // 3)).toordinal()}


def _edit(text: str, rng: random.Random) -> str:
    words = text.split()
    for _ in range(3):
        i = rng.randrange(len(words))
        words[i] = words[i].upper() if rng.random() < 0.5 else words[i] + ","
    return " ".join(words)


def _report(ev: dict[str, str | int], lang: str, rng: random.Random) -> str:
    """One outlet's report: the core sentences, where it happened, and its own pick of context."""
    body = EVENTS[str(ev["type"])][0 if lang == "en" else 1].format(**ev)
    where = (f"It happened near number {ev['num']} of {ev['street']}." if lang == "en"
             else f"Ocurrio cerca del numero {ev['num']} de {ev['street']}.")
    context = rng.sample(FILLER[0 if lang == "en" else 1], 5)
    sentences = [*context[:2], body, where, *context[2:]]
    return " ".join(sentences)


def generate(n: int, seed: int = 7) -> Synthetic:
    rng = random.Random(seed)
    docs: list[StoryDoc] = []
    gold: dict[str, str] = {}
    copies: dict[str, str] = {}
    events = _events(rng)
    while len(docs) < n:
        ev = next(events)
        first_text, first_id = None, ""
        for k in range(min(rng.randint(1, 6), n - len(docs))):
            aid = f"a{len(docs):06d}"
            lang = "es" if rng.random() < 0.3 else "en"
            day = date.fromordinal(int(ev["day"]) + rng.randint(0, 3))
            copy = first_text is not None and rng.random() < 0.15
            text = _edit(first_text, rng) if copy and first_text else _report(ev, lang, rng)
            if k == 0:
                first_text, first_id = text, aid
            elif copy:
                copies[aid] = first_id
            ents = [f"person:{ev['p']}", f"person:{ev['p']}", f"person:{ev['p2']}", f"group:{ev['g']}",
                    f"place:{ev['place']}", "country:mexico"]
            docs.append(StoryDoc(aid, day, rng.choice(OUTLETS), lang, text, ents, [str(ev["type"])]))
            gold[aid] = str(ev["id"])
    return Synthetic(docs, gold, copies)


class _CountingScores:
    """Counts article-to-story comparisons: the work per article, which timing on a shared machine blurs."""

    def __init__(self) -> None:
        self.calls = 0
        self.original = story_clusterer.Clusterer.score

    def __enter__(self) -> _CountingScores:
        original = self.original

        def score(clusterer: Any, story: Any, doc: StoryDoc) -> float | None:
            self.calls += 1
            return original(clusterer, story, doc)

        setattr(story_clusterer.Clusterer, "score", score)  # noqa: B010 (a method swapped for the run)
        return self

    def __exit__(self, *exc: object) -> None:
        setattr(story_clusterer.Clusterer, "score", self.original)  # noqa: B010


def run(n: int) -> None:
    data = generate(n)
    gc.collect()
    started = time.perf_counter()
    copies = find_copies([(d.article_id, d.text) for d in data.docs],
                         published={d.article_id: d.published for d in data.docs})
    copy_seconds = time.perf_counter() - started
    for d in data.docs:
        d.copy_of = copies.get(d.article_id)
    with _CountingScores() as counter:
        started = time.perf_counter()
        stories = cluster_stories(data.docs, window_days=10)
        story_seconds = time.perf_counter() - started
    # Which report of a group counts as the original depends on dates, so pairs are compared as groups.
    group = {a: data.copies.get(a, a) for d in data.docs for a in [d.article_id]}
    right = sum(group[c] == group[o] for c, o in copies.items())
    found_groups = {a: copies.get(a, a) for a in group}
    recalled = sum(found_groups[c] == found_groups[o] for c, o in data.copies.items())
    copy_p, copy_r = right / max(1, len(copies)), recalled / max(1, len(data.copies))
    pred = {a: s.id for s in stories for a in s.article_ids}
    _, _, f1 = bcubed(pred, data.gold)
    total = copy_seconds + story_seconds
    print(f"{n:>6} articles  copies {len(copies):>5} (P {copy_p:.3f} R {copy_r:.3f}) in {copy_seconds:6.2f}s  "
          f"stories {len(stories):>5} "
          f"(gold {len(set(data.gold.values())):>5}, B-cubed F1 {f1:.3f}) in {story_seconds:6.2f}s  "
          f"total {total:6.2f}s  {1000 * total / n:.2f} ms/article  {counter.calls / n:.0f} comparisons/article")


if __name__ == "__main__":
    for size in [int(a) for a in sys.argv[1:]] or [1000, 2500, 5000, 10000]:
        run(size)
