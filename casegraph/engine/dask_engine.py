"""Annotate articles on a Dask distributed cluster: the local engine's batch function mapped over
partitions of the articles.

Without `dask_address` a LocalCluster of `workers` processes is started on 127.0.0.1 (no dashboard)
and closed afterwards; with it, the engine connects to that scheduler and closes only its client.
Every worker needs casegraph and the configured spaCy models installed; each worker process builds
the pipelines on its first partition and keeps them (`nlp.pipeline.cached_pipeline`).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import islice

from distributed import Client, Future, LocalCluster, as_completed

from ..errors import CasegraphError, SettingError
from ..models import Article
from ..nlp.pipeline import build_pipelines
from ..settings import Settings
from .local import AnnotationError, Result, annotate_batch, batches

CONNECT_SECONDS = 10
# Partitions submitted per worker thread ahead of the results, so workers never wait for the client
# and a corpus of millions is never all in the scheduler's memory at once.
AHEAD_PER_THREAD = 2

_ONE_AT_A_TIME = threading.Lock()


def annotate_pending(articles: Sequence[Article], settings: Settings) -> Iterator[Result]:
    """One result per article, in the order of `articles`, whichever worker finishes first."""
    if not articles:
        return
    with _connect(settings) as client:
        threads = max(1, sum(client.nthreads().values()))
        # Small inputs are spread over every worker; large ones go in spaCy batches.
        size = min(max(1, settings.batch_size), -(-len(articles) // threads))
        yield from _in_order(client, list(batches(articles, size)), settings, AHEAD_PER_THREAD * threads)


def annotate_partition(articles: Sequence[Article], settings: Settings) -> list[Result]:
    """Runs on a worker."""
    # Threads of one worker process share its cached pipelines, and a spaCy pipeline is not thread-safe.
    with _ONE_AT_A_TIME:
        return annotate_batch(build_pipelines(settings), articles, settings)


@contextmanager
def _connect(settings: Settings) -> Iterator[Client]:
    if settings.dask_address:
        try:
            client = Client(settings.dask_address, timeout=CONNECT_SECONDS, set_as_default=False)
        except (OSError, ValueError) as exc:
            raise SettingError("dask_address", settings.dask_address, f"no Dask scheduler answers ({exc})") from None
        with client:
            yield client
        return
    with local_cluster(settings.workers) as cluster, Client(cluster, set_as_default=False) as client:
        yield client


def local_cluster(workers: int) -> LocalCluster:
    """`workers` single-threaded worker processes on 127.0.0.1, without a dashboard."""
    return LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None,
        # The scheduler serves health checks over HTTP even without a dashboard; not on 8787, which
        # another cluster (or a second build) may hold.
        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
    )


def _in_order(client: Client, parts: list[Sequence[Article]], settings: Settings, window: int) -> Iterator[Result]:
    """Yield each partition's results as soon as it and every partition before it are done, so the
    build stores and reports in the same order on every run while the progress bar keeps moving."""
    waiting = iter(enumerate(parts))
    index: dict[Future, int] = {}

    def submit(i: int, part: Sequence[Article]) -> Future:
        future = client.submit(annotate_partition, part, settings, pure=False)
        index[future] = i
        return future

    running = as_completed([submit(i, part) for i, part in islice(waiting, window)], loop=client.loop)
    done: dict[int, list[Result]] = {}
    following = 0
    for future in running:
        i = index.pop(future)
        done[i] = _collect(future, parts[i])
        for i, part in islice(waiting, 1):
            running.add(submit(i, part))
        while following in done:
            yield from done.pop(following)
            following += 1


def _collect(future: Future, part: Sequence[Article]) -> list[Result]:
    try:
        return list(future.result())
    except CasegraphError:
        raise  # the workers cannot build the pipelines (ModelError): the build stops, as with the local engine
    except Exception as exc:  # the worker died on this partition (KilledWorker) or could not run it
        return [(a.id, AnnotationError(a, f"Dask worker failed: {type(exc).__name__}: {exc}")) for a in part]
