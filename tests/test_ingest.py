"""Ingest: every reader, error reporting, boilerplate cleaning with exact offsets, stable ids."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from casegraph.errors import SourceError
from casegraph.ingest import article_id, count_sources, iter_files, read_sources
from casegraph.ingest.cleaning import clean
from casegraph.ingest.dates import parse_published
from casegraph.models import Article, DateValue

from .conftest import SEEDS, need_shared


def _articles(paths: list[Path]) -> list[Article]:
    items = list(read_sources(paths))
    assert all(isinstance(i, Article) for i in items), items
    return [i for i in items if isinstance(i, Article)]


def _errors(paths: list[Path]) -> list[SourceError]:
    return [i for i in read_sources(paths) if isinstance(i, SourceError)]


def _one(path: Path) -> Article:
    items = _articles([path])
    assert len(items) == 1
    return items[0]


def test_txt_date_prefix_with_day_is_removed_and_parsed(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(" date 2022-03-15 A judge in Texas delayed the hearing of a former mayor.\n", encoding="utf-8")
    article = _one(path)
    assert article.published == DateValue("2022-03-15", "day", "2022-03-15")
    assert article.text.startswith("A judge in Texas delayed")
    assert article.source == str(path)
    assert article.language == "en"


def test_txt_date_prefix_with_month(tmp_path: Path) -> None:
    path = tmp_path / "b.txt"
    path.write_text(" date 2019-11 Prosecutors filed new charges against two bankers.", encoding="utf-8")
    article = _one(path)
    assert article.published == DateValue("2019-11", "month", "2019-11")
    assert article.text == "Prosecutors filed new charges against two bankers."


def test_txt_front_matter_sets_metadata_and_leaves_body(tmp_path: Path) -> None:
    path = tmp_path / "c.txt"
    path.write_text(
        "title: Mayor detained at airport\noutlet: Gulf Courier\nurl: https://www.gulfcourier.example/x\n"
        "published: 2020-06-02T08:30:00Z\nlanguage: es\n\nEl alcalde fue detenido el martes.\n",
        encoding="utf-8",
    )
    article = _one(path)
    assert (article.title, article.outlet, article.url) == (
        "Mayor detained at airport", "Gulf Courier", "https://www.gulfcourier.example/x")
    assert article.published is not None and article.published.value == "2020-06-02"
    assert article.published.precision == "day"
    assert article.language == "es"
    assert article.text == "El alcalde fue detenido el martes."


def test_txt_outlet_from_url_host(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_text("url: https://www.borderwire.example/story/1\n\nA shipment was seized.", encoding="utf-8")
    assert _one(path).outlet == "borderwire.example"


def test_txt_guessed_title_stays_in_text(tmp_path: Path) -> None:
    path = tmp_path / "e.txt"
    path.write_text("Port Official Resigns\nThe customs chief of a Pacific port resigned on Friday.", encoding="utf-8")
    article = _one(path)
    assert article.title == "Port Official Resigns"
    assert article.text.startswith("Port Official Resigns\n")


def test_address_line_on_top_is_the_url_and_the_headline_follows(tmp_path: Path) -> None:
    path = tmp_path / "u.txt"
    path.write_text("https://www.borderwire.example/2024/05/port-official\nPort Official Resigns\n"
                    "The customs chief of a Pacific port resigned on Friday.", encoding="utf-8")
    article = _one(path)
    assert article.url == "https://www.borderwire.example/2024/05/port-official"
    assert article.outlet == "borderwire.example"
    assert article.title == "Port Official Resigns" and article.text.startswith("Port Official Resigns\n")


def test_sentence_first_line_is_not_a_title(tmp_path: Path) -> None:
    path = tmp_path / "f.txt"
    path.write_text("The customs chief resigned on Friday.\nHe gave no reason.", encoding="utf-8")
    assert _one(path).title is None


def test_markdown_heading_becomes_title_and_markup_goes(tmp_path: Path) -> None:
    path = tmp_path / "g.md"
    path.write_text(
        "---\noutlet: Harbor Notes\ndate: 2021-07\n---\n# Two arrested in port probe\n\n"
        "Police **arrested** two dock workers, [the ministry said](https://x.example/y).\n",
        encoding="utf-8",
    )
    article = _one(path)
    assert article.title == "Two arrested in port probe"
    assert article.outlet == "Harbor Notes"
    assert article.published == DateValue("2021-07", "month", "2021-07")
    assert article.text == "Police arrested two dock workers, the ministry said."


HTML_PAGE = """<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Capturan a operador financiero | Diario Norte</title>
<meta property="og:site_name" content="Diario Norte">
<meta property="og:title" content="Capturan a operador financiero">
<meta property="article:published_time" content="2023-05-04T10:00:00-06:00">
<link rel="canonical" href="https://www.diarionorte.example/nota/123"></head>
<body><nav><a href="/">Inicio</a> <a href="/policia">Policía</a></nav>
<article><h1>Capturan a operador financiero</h1>
<p>Agentes federales detuvieron el miércoles en Hermosillo a un hombre señalado como operador financiero
de una red de contrabando de combustible, informaron autoridades en un comunicado.</p>
<p>Según la fiscalía estatal, el detenido movía recursos a través de empresas fachada registradas en tres
estados del norte del país desde hace al menos cinco años.</p>
<p>Suscríbete a nuestro boletín de noticias</p>
</article><footer>Aviso de privacidad</footer></body></html>"""


def test_html_through_trafilatura(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    article = _one(path)
    assert article.title == "Capturan a operador financiero"
    assert article.outlet == "Diario Norte"
    assert article.url == "https://www.diarionorte.example/nota/123"
    assert article.published is not None and article.published.value == "2023-05-04"
    assert article.language == "es"
    assert article.text.startswith("Agentes federales detuvieron")
    assert "\n\nSegún la fiscalía" in article.text
    assert "Inicio" not in article.text and "boletín" not in article.text


def _jsonl_lines() -> list[str]:
    return [
        json.dumps({"text": "A senator was questioned.", "url": "https://news.example/a", "published": "2018"}),
        "{not json",
        json.dumps({"title": "No body here"}),
        "",
        json.dumps({"text": "Una jueza negó la fianza.", "language": "es", "outlet": "Radio Sur",
                    "published": "2018-13-01"}),
    ]


@pytest.mark.parametrize("name", ["feed.jsonl", "feed.jsonl.gz"])
def test_jsonl_records_and_line_errors(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    body = ("\n".join(_jsonl_lines()) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(body) if name.endswith(".gz") else body)
    items = list(read_sources([path]))
    articles = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, SourceError)]
    assert [a.source for a in articles] == [f"{path}#L1", f"{path}#L5"]
    assert articles[0].outlet == "news.example"
    assert articles[0].published == DateValue("2018", "year", "2018")
    assert (articles[1].language, articles[1].outlet, articles[1].published) == ("es", "Radio Sur", None)
    assert [(e.path, e.line) for e in errors] == [(str(path), 2), (str(path), 3)]
    assert "invalid JSON" in errors[0].reason and "text" in errors[1].reason
    assert f"{path}:2" in errors[0].message


def test_bad_utf8_is_reported_and_the_rest_is_read(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"Caf\xe9 owner charged \xff\xfe")
    (tmp_path / "good.txt").write_text("A café owner was charged.", encoding="utf-8")
    items = list(read_sources([tmp_path]))
    assert isinstance(items[0], SourceError) and items[0].path.endswith("bad.txt")
    assert "UTF-8" in items[0].reason
    assert isinstance(items[1], Article) and items[1].text == "A café owner was charged."


def test_unknown_extension_named_explicitly_is_an_error_but_skipped_in_folders(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK")
    (tmp_path / ".hidden.txt").write_text("Hidden text.", encoding="utf-8")
    (tmp_path / "z.txt").write_text("Visible text.", encoding="utf-8")
    assert [a.text for a in _articles([tmp_path])] == ["Visible text."]
    errors = _errors([tmp_path / "notes.docx", tmp_path / "missing.txt"])
    assert [Path(e.path).name for e in errors] == ["notes.docx", "missing.txt"]
    assert "unknown file type" in errors[0].reason and "no such file" in errors[1].reason


def test_folders_are_walked_in_sorted_order_and_counted(tmp_path: Path) -> None:
    for name in ["b/2.txt", "a/9.md", "a/10.txt", "c.jsonl", ".git/x.txt", "skip.pdf", "README.md"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(json.dumps({"text": "x"}) if name.endswith("jsonl") else "x", encoding="utf-8")
    names = [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path, tmp_path / "c.jsonl"])]
    assert names == ["a/10.txt", "a/9.md", "b/2.txt", "c.jsonl"]
    assert count_sources([tmp_path]) == 4


def test_ids_are_stable_and_follow_the_cleaned_text(tmp_path: Path) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(" date 2020-01-02 Two men were sentenced.  \n\n\n", encoding="utf-8")
    two.write_text("Two men were sentenced.\n(Photo: Staff)", encoding="utf-8")
    first, again, other = _one(one), _one(one), _one(two)
    assert first.id == again.id == other.id == article_id("Two men were sentenced.")
    assert first.id.startswith("a") and len(first.id) == 17


def _span(text: str, phrase: str) -> str:
    start = text.find(phrase)
    assert start >= 0, (phrase, text)
    return text[start:start + len(phrase)]


def test_clean_social_post_keeps_quote_and_rewrites_signature() -> None:
    raw = ("The minister replied online.\n\nEl ministro negó todo. Ver más: https://t.co/Ab12Cd "
           "pic.twitter.com/XyZ987 — Laura Ruiz Peña (@lruizp) March 3, 2022\n\nHe spoke again later.")
    result = clean(raw)
    assert result.text == ("The minister replied online.\n\nEl ministro negó todo. — Laura Ruiz Peña, March 3, 2022."
                           "\n\nHe spoke again later.")
    assert _span(result.text, "El ministro negó todo.") == "El ministro negó todo."
    assert "t.co" not in result.text and "pic.twitter" not in result.text and "Ver más" not in result.text


def test_clean_copyright_line_becomes_metadata() -> None:
    result = clean("The trial opened.\n\n© 2023 Valley Ledger. All rights reserved. Do not reproduce.")
    assert result.text == "The trial opened."
    assert (result.copyright_year, result.copyright_owner) == ("2023", "Valley Ledger")


@pytest.mark.parametrize(("raw", "expected"), [
    ("Rosa Elena Vidal Photo by JUAN PEREZ/AFP via Getty Images\n\nShe testified.",
     "Rosa Elena Vidal\n\nShe testified."),
    ("The suspect (Photo: Courtesy of the prosecutor) was moved.", "The suspect was moved."),
    ("Soldiers at the checkpoint. MARIA LOPEZ/REUTERS\n\nThe road was closed.",
     "Soldiers at the checkpoint.\n\nThe road was closed."),
    ("Credit: Agency files\nThe boat was seized.", "The boat was seized."),
    ("The mayor resigned.\nREAD MORE: Another mayor quits in the north\nHe denied wrongdoing.",
     "The mayor resigned.\nHe denied wrongdoing."),
    ("The mayor resigned.\n\nSign up for our daily newsletter here\n\nHe denied wrongdoing.",
     "The mayor resigned.\n\nHe denied wrongdoing."),
    ("Lee también: Cae otro alcalde\nEl alcalde renunció.", "El alcalde renunció."),
    ("Short link https://bit.ly/3xYz in a line.", "Short link in a line."),
    ("Related charges were dropped in 2019.", "Related charges were dropped in 2019."),
    ("Residents were urged to sign up for emergency alerts.", "Residents were urged to sign up for emergency alerts."),
    ("Subscribe to the morning briefing newsletter\nA raid followed.", "A raid followed."),
    ("A line   with  spaces   \n\n\n\nNext paragraph.", "A line with spaces\n\nNext paragraph."),
])
def test_clean_boilerplate_kinds(raw: str, expected: str) -> None:
    assert clean(raw).text == expected


@pytest.mark.parametrize(("raw", "value", "precision"), [
    ("2021", "2021", "year"), ("2021-8", "2021-08", "month"), ("2021-02-28", "2021-02-28", "day"),
    ("2021-02-28T23:59:00+02:00", "2021-02-28", "day"), ("2021-02-30", None, None), ("soon", None, None),
])
def test_parse_published(raw: str, value: str | None, precision: str | None) -> None:
    parsed = parse_published(raw)
    assert (parsed.value if parsed else None, parsed.precision if parsed else None) == (value, precision)


def test_seed_articles() -> None:
    seeds = need_shared(SEEDS)
    articles = {Path(a.source).name[:3]: a for a in _articles(sorted(seeds.glob("*.txt")))}
    assert articles["000"].published == DateValue("2021-08-21", "day", "2021-08-21")
    assert articles["002"].published is not None and articles["002"].published.value == "2024-09-17"
    assert articles["003"].published == DateValue("2024", "year", "© 2024")
    assert articles["003"].outlet == "Latin Times"
    first = articles["000"].text
    assert not first.startswith("date") and "date 2021" not in first[:20]
    assert "El presidente López Obrador agradeció" in first
    assert "Joaquín López-Dóriga" in first
    assert "t.co/" not in first and "pic.twitter.com" not in first
    third = articles["003"].text
    assert "©" not in third and "All rights reserved" not in third
    assert "Getty Images" not in third and "Ismael \"El Mayo\" Zambada" in third
    assert [a.id for a in _articles(sorted(seeds.glob("*.txt")))] == [a.id for a in articles.values()]


def test_project_examples_read_without_errors() -> None:
    examples = Path(__file__).resolve().parent.parent / "examples"
    articles = _articles([examples])
    assert len(articles) == 7
    assert len({a.id for a in articles}) == 7
    assert len({a.outlet for a in articles}) == 6
    assert {a.language for a in articles} == {"en", "es"}
    assert all(a.published is not None and a.published.precision == "day" for a in articles)
    assert all(150 <= len(a.text.split()) <= 350 for a in articles)
    for article in articles:
        for leftover in ("t.co/", "pic.twitter.com", "©", "READ MORE", "Lee también", "newsletter", "Photo by"):
            assert leftover not in article.text, (article.source, leftover)
