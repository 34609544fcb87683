"""The `casegraph` command: thin typer adapters over the library functions of the same names."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Iterator, Optional

import typer

from . import fact_queries, queries, review
from .build import build as build_graph
from .cli_render import RichProgress, console, err_console, table
from .errors import CasegraphError
from .settings import get_settings
from .store import Store, display_location, open_store

app = typer.Typer(
    help="Turn a pile of news articles into a sourced knowledge graph.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
STATE = {"debug": False}

DbOption = Annotated[Optional[str], typer.Option(
    "--db", help="SQLite file or postgresql:// URL (default: CASEGRAPH_DB or casegraph.db)")]


@app.callback()
def _main(debug: Annotated[bool, typer.Option("--debug", help="show tracebacks")] = False) -> None:
    STATE["debug"] = debug


def _db(db: str | None) -> str:
    return db or get_settings().db


@contextmanager
def _store(db: str | None) -> Iterator[Store]:
    store = open_store(_db(db), create=False)
    try:
        yield store
    finally:
        store.close()


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="files and folders of articles")],
    db: DbOption = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline (default: CASEGRAPH_MODEL)")] = None,
    engine: Annotated[Optional[str], typer.Option(help="annotate locally or on Dask: local or dask "
                                                  "(default: CASEGRAPH_ENGINE or local)")] = None,
    workers: Annotated[Optional[int], typer.Option(help="worker processes of the local Dask cluster "
                                                   "(default: CASEGRAPH_WORKERS or 1)")] = None,
    dask_address: Annotated[Optional[str], typer.Option(help="scheduler of an existing Dask cluster, "
                                                        "tcp://host:8786 (default: CASEGRAPH_DASK_ADDRESS; "
                                                        "none starts a local cluster)")] = None,
) -> None:
    """Read articles, annotate the new ones, resolve entities and facts into the database."""
    settings = get_settings(model=model, engine=engine, workers=workers, dask_address=dask_address)
    with RichProgress() as progress:
        report = build_graph(paths, _db(db), settings, progress)
    for message in report.errors:
        err_console.print(f"[red]error[/red] {message}")
    if report.without_pipeline:
        langs = ", ".join(f"{lang} ({n})" for lang, n in sorted(report.without_pipeline.items()))
        err_console.print(f"articles without pipeline (stored, searchable, not annotated): {langs}")
    table(
        f"casegraph build → {display_location(report.db)}",
        ["what", "count"],
        [
            ("files", report.files),
            ("articles read", report.articles_read),
            ("new articles", report.articles_new),
            ("annotated", report.annotated),
            *report.counts.items(),
            ("errors", len(report.errors)),
            ("seconds", f"{report.seconds:.1f}"),
        ],
    )


@app.command()
def entities(
    db: DbOption = None,
    type: Annotated[Optional[str], typer.Option("--type", help="PERSON, ORG, GPE, LOC or FACILITY")] = None,
    sort: Annotated[str, typer.Option(help="articles, mentions or name")] = "articles",
    limit: Annotated[Optional[int], typer.Option(help="show at most this many")] = None,
) -> None:
    """List entities."""
    with _store(db) as store:
        rows = queries.entities(store, type=type, sort=sort, limit=limit)
        aliases = {
            r["entity_id"]: r["n"]
            for r in store.query("SELECT entity_id, COUNT(*) - 1 AS n FROM aliases GROUP BY entity_id")
        }
    table(
        None,
        ["id", "type", "name", "kind", "aliases", "articles", "mentions"],
        [(e.id, e.type, e.name, e.kind, aliases.get(e.id, 0), e.articles, e.mentions) for e in rows],
    )


@app.command()
def show(name: Annotated[str, typer.Argument(help="any name or alias, or an entity id")], db: DbOption = None) -> None:
    """Show an entity: aliases, roles, articles and each mention's sentence."""
    with _store(db) as store:
        p = queries.show(store, name)
    console.print(
        f"[bold]{p.entity.name}[/bold]  {p.entity.type}"
        + (f" ({p.entity.kind})" if p.entity.kind else "")
        + f"  [dim]{p.entity.id}[/dim]"
    )
    console.print(f"aliases: {', '.join(p.aliases) or '-'}")
    console.print(f"roles: {', '.join(p.roles) or '-'}")
    table(
        "articles",
        ["id", "published", "outlet", "title / source"],
        [(a["id"], a["published"], a["outlet"], a["title"] or a["source"]) for a in p.articles],
    )
    table(
        "mentions",
        ["article", "text", "via", "sentence"],
        [(m.article_id, m.text, m.via, m.sentence.strip()) for m in p.mentions],
    )


@app.command()
def search(text: Annotated[str, typer.Argument(help="a name or words")], db: DbOption = None) -> None:
    """Search entities by any alias and articles by full text."""
    with _store(db) as store:
        result = queries.search(store, text)
    table("entities", ["id", "type", "name", "articles"], [(e.id, e.type, e.name, e.articles) for e in result.entities])
    table(
        "articles",
        ["id", "outlet", "title / source", "snippet"],
        [(a["id"], a["outlet"], a["title"] or a["source"], a["snippet"]) for a in result.articles],
    )


@app.command()
def merge(a: str, b: str, db: DbOption = None, author: Optional[str] = None) -> None:
    """Merge entity B into entity A (a judgement, replayed after every rebuild)."""
    with _store(db) as store:
        jid = review.merge(store, a, b, author or get_settings().author)
    console.print(f"judgement {jid}: merged {b!r} into {a!r}")


@app.command()
def split(
    entity: str,
    mentions: Annotated[list[str], typer.Argument(help="mention ids or surface texts")],
    db: DbOption = None,
    author: Optional[str] = None,
) -> None:
    """Split mentions off an entity into a new entity (a judgement, replayed after every rebuild)."""
    with _store(db) as store:
        jid = review.split(store, entity, mentions, author or get_settings().author)
    console.print(f"judgement {jid}: split {len(mentions)} mention form(s) off {entity!r}")


@app.command()
def export(
    db: DbOption = None,
    format: Annotated[str, typer.Option("--format", help="json, ftm, graphml, gexf, csv or neo4j")] = "json",
    output: Annotated[
        Optional[Path], typer.Option("-o", "--output", help="file or folder (default: standard output)")
    ] = None,
) -> None:
    """Export the graph (json, FollowTheMoney, GraphML, GEXF, CSV folder, Neo4j import folder)."""
    from .export import export as export_graph

    with _store(db) as store:
        where = export_graph(store, format, output)
    if output is not None:
        err_console.print(f"wrote {format} to {where}")


def _date_text(d: dict | None) -> str:
    return "" if not d else (d.get("value") or f"? ({d.get('text')})")


@app.command()
def claims(
    db: DbOption = None,
    by: Annotated[Optional[str], typer.Option(help="claims made by this entity")] = None,
    about: Annotated[Optional[str], typer.Option(help="claims about this entity")] = None,
    stance: Annotated[Optional[str], typer.Option(help="assert, allege or deny")] = None,
) -> None:
    """Who said, alleged or denied what about whom, with the sentence."""
    with _store(db) as store:
        rows = fact_queries.claims(store, by=by, about=about, stance=stance)
    table(
        None,
        ["speaker", "stance", "cue", "medium", "date", "about", "outlets", "text"],
        [
            (
                c["speaker_name"],
                c["stance"],
                c["cue"],
                c["medium"],
                _date_text(c["date"]),
                ", ".join(a["name"] or a["id"] for a in c["about"]),
                c["outlets"],
                c["text"],
            )
            for c in rows
        ],
    )


@app.command()
def relations(
    name: Annotated[Optional[str], typer.Argument(help="an entity (any alias); all relations if omitted")] = None,
    db: DbOption = None,
    type: Annotated[Optional[str], typer.Option("--type", help="relation type")] = None,
    modality: Annotated[Optional[str], typer.Option(help="stated, alleged or denied")] = None,
) -> None:
    """Who is tied to whom, stated, alleged or denied, with the sentence."""
    with _store(db) as store:
        rows = fact_queries.relations(store, name, type=type, modality=modality)
    table(
        None,
        ["subject", "relation", "object", "role", "modality", "by", "outlets", "sentence"],
        [
            (
                r["subject_name"],
                r["type"],
                r["object_name"],
                r["role"],
                r["modality"],
                r["attributed_name"],
                r["outlets"],
                r["evidence"][0]["sentence"] if r["evidence"] else "",
            )
            for r in rows
        ],
    )


@app.command()
def timeline(name: Annotated[str, typer.Argument(help="an entity (any alias)")], db: DbOption = None) -> None:
    """Events and dated claims of an entity in date order, each with its source sentence."""
    with _store(db) as store:
        items = fact_queries.timeline(store, name)
    table(
        None,
        ["date", "what", "sentence"],
        [
            (_date_text(i["date"]), i["label"], i["fact"]["evidence"][0]["sentence"] if i["fact"]["evidence"] else "")
            for i in items
        ],
    )


@app.command()
def conflicts(db: DbOption = None) -> None:
    """Where sources disagree with each other or with the calendar."""
    with _store(db) as store:
        rows = fact_queries.conflicts(store)
    table(
        None,
        ["kind", "description", "evidence"],
        [(c["kind"], c["description"], " | ".join(e["sentence"] for e in c["evidence"])) for c in rows],
    )


@app.command()
def stories(db: DbOption = None) -> None:
    """Stories: articles about one news event, with their outlets (copies counted once) and dates."""
    with _store(db) as store:
        rows = fact_queries.stories(store)
    table(
        None,
        ["id", "label", "articles", "outlets", "first", "last"],
        [(s["id"], s["label"], s["articles"], s["outlets"], s["first"] or "", s["last"] or "") for s in rows],
    )


@app.command()
def story(
    story_id: Annotated[str, typer.Argument(help="a story id (see `casegraph stories`)")], db: DbOption = None
) -> None:
    """One story: its articles, shared entities, facts with outlet counts, and conflicts."""
    with _store(db) as store:
        s = fact_queries.story(store, story_id)
    table(
        s["label"],
        ["article", "published", "outlet", "title", "copy of"],
        [
            (a["id"], a["published"] or "", a["outlet"] or "", a["title"] or "", a["copy_of"] or "")
            for a in s["articles"]
        ],
    )
    table(
        "shared entities",
        ["entity", "type", "articles"],
        [(e["name"], e["type"], e["articles"]) for e in s["shared_entities"]],
    )
    facts = [("relation", f"{r['subject_name']} {r['type']} {r['object_name']}", r["outlets"]) for r in s["relations"]]
    facts += [("claim", f"{c['speaker_name']} {c['cue']}: {c['text']}", c["outlets"]) for c in s["claims"]]
    facts += [("event", f"{e['type']} ({e['status']}) {_date_text(e['date'])}", e["outlets"]) for e in s["events"]]
    table("facts", ["kind", "fact", "outlets"], facts)
    table("conflicts", ["kind", "description"], [(c["kind"], c["description"]) for c in s["conflicts"]])


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[Optional[str], typer.Option(help="address to bind (default: CASEGRAPH_HOST or 127.0.0.1)")] = None,
    port: Annotated[Optional[int], typer.Option(help="port (default: CASEGRAPH_PORT or 8321)")] = None,
    token: Annotated[Optional[str], typer.Option(help="API token for writes (default: CASEGRAPH_TOKEN)")] = None,
) -> None:
    """Serve the web UI and the JSON API (docs at /docs)."""
    from .web.server import serve as serve_app

    settings = get_settings()
    serve_app(_db(db), host or settings.host, port or settings.port, token or settings.token or None)


def main() -> None:
    try:
        app()
    except CasegraphError as exc:
        if STATE["debug"]:
            raise
        err_console.print(f"[red]error:[/red] {exc.message}")
        raise SystemExit(exc.exit_code) from None
    except KeyboardInterrupt:
        raise SystemExit(130) from None
