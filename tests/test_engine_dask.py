"""The Dask engine on a real distributed.LocalCluster: the same graph as the local engine, errors
reported per article, pipelines built once per worker process."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from distributed import Client, LocalCluster

from casegraph.build import build
from casegraph.engine import annotate_pending, dask_engine
from casegraph.engine.local import AnnotationError
from casegraph.errors import SettingError
from casegraph.export import export
from casegraph.ingest import read_sources
from casegraph.models import Annotation, Article
from casegraph.nlp.pipeline import cached_pipeline
from casegraph.settings import get_settings
from casegraph.store import open_store

from .conftest import EXAMPLES

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    with dask_engine.local_cluster(2) as running:
        yield running


def _examples() -> list[Article]:
    return [item for item in read_sources([EXAMPLES]) if isinstance(item, Article)]


def _build_and_export(db: Path, **settings: object) -> bytes:
    report = build([EXAMPLES], db, get_settings(**settings))
    assert report.errors == [] and report.annotated == 7
    store = open_store(db)
    try:
        export(store, "json", db.with_suffix(".json"))
    finally:
        store.close()
    return db.with_suffix(".json").read_bytes()


def test_the_examples_built_on_dask_export_the_same_bytes_as_built_locally(
    cluster: LocalCluster, tmp_path: Path
) -> None:
    local = _build_and_export(tmp_path / "local.db")
    # batch_size 1: seven partitions over two workers, so each worker annotates several.
    on_dask = _build_and_export(
        tmp_path / "dask.db", engine="dask", dask_address=cluster.scheduler_address, batch_size=1
    )
    assert on_dask == local
    with Client(cluster, set_as_default=False) as client:
        built = client.run(cached_pipeline.cache_info)
    # One English and one Spanish pipeline per worker process, reused for every later partition.
    assert len(built) == 2 and all(info.misses <= 2 for info in built.values()), built
    assert sum(info.hits for info in built.values()) > 0


def test_a_bad_article_is_an_error_and_the_others_are_annotated(cluster: LocalCluster) -> None:
    articles = _examples()[:3]
    # An English article longer than spaCy's max_length (1,000,000 characters): the pipeline refuses it.
    text = (articles[0].text + "\n\n") * (1_000_000 // len(articles[0].text) + 1)
    too_long = replace(articles[0], id="too-long", source="too-long.txt", text=text)
    given = [articles[0], too_long, *articles[1:]]
    results = list(annotate_pending(given, get_settings(engine="dask", dask_address=cluster.scheduler_address)))
    assert [article_id for article_id, _ in results] == [a.id for a in given]
    errors = {article_id: r for article_id, r in results if not isinstance(r, Annotation)}
    assert list(errors) == ["too-long"]
    assert isinstance(errors["too-long"], AnnotationError) and "too-long.txt" in errors["too-long"].message
    assert "E088" in errors["too-long"].message
    assert all(r.mentions for _, r in results if isinstance(r, Annotation))


def test_without_an_address_the_engine_starts_its_own_cluster_and_closes_it() -> None:
    before = set(multiprocessing.active_children())
    article = _examples()[0]
    results = list(annotate_pending([article], get_settings(engine="dask", workers=1)))
    assert [(i, type(r)) for i, r in results] == [(article.id, Annotation)]
    assert set(multiprocessing.active_children()) <= before


def test_an_unknown_engine_or_no_worker_is_a_setting_error(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SettingError) as raised:
        get_settings(engine="spark")
    assert raised.value.name == "engine" and raised.value.value == "spark" and "spark" in raised.value.message
    monkeypatch.setenv("CASEGRAPH_ENGINE", "ray")
    with pytest.raises(SettingError, match="engine='ray'"):
        get_settings()
    monkeypatch.delenv("CASEGRAPH_ENGINE")
    with pytest.raises(SettingError, match="workers"):
        get_settings(workers=0)


def test_an_unreachable_scheduler_is_a_setting_error_naming_the_address(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dask_engine, "CONNECT_SECONDS", 1)  # a refused connection is retried until then
    settings = get_settings(engine="dask", dask_address="tcp://127.0.0.1:9")
    with pytest.raises(SettingError, match="dask_address='tcp://127.0.0.1:9'"):
        list(annotate_pending(_examples()[:1], settings))
