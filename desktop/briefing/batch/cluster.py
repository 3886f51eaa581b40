"""The batch on a Dask distributed cluster: `tcp://host:8786` (workers must read the input
paths, as on a shared file system) or `local:N`, N worker processes on this machine.

Each worker loads the models once (a warm-up run on every worker, then the lazy, locked
loading in `briefing.nlp` keeps them); outputs come back as bytes and the caller writes
them, so no worker writes into the user's folders. Needs the `cluster` extra.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

from briefing.batch.work import Outcome, Task, brief_file, warm_up
from briefing.errors import BriefingError

T = TypeVar("T")
IN_FLIGHT_PER_WORKER = 4
# Articles per Dask task: one article is ~30 ms of work, and a task costs the scheduler, the
# worker and the client a few ms each; a few articles a task share that cost.
PER_TASK = 8


class ClusterError(BriefingError):
    """The cluster cannot be reached or started."""


def _distributed() -> Any:
    """The optional `distributed` module (typed loosely: it may not be installed)."""
    try:
        return importlib.import_module("distributed")
    except ImportError:
        raise ClusterError(
            "--cluster needs Dask: pip install 'article-briefing[cluster]'"
        ) from None


def _client(address: str) -> tuple[Any, Any]:
    dask = _distributed()
    if address.startswith("local:"):
        # start and stop chatter (workers killed late on a busy machine) is not the user's
        logging.getLogger("distributed").setLevel(logging.ERROR)
        count = address.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise ClusterError(f"--cluster {address}: say local:N with N workers, e.g. local:2")
        cluster = dask.LocalCluster(
            n_workers=int(count),
            threads_per_worker=1,  # the pipeline is CPU-bound Python: one article per process
            processes=True,
            dashboard_address=None,
        )
        return dask.Client(cluster), cluster
    try:
        return dask.Client(address, timeout="15s"), None
    except (OSError, TimeoutError, ValueError) as err:
        raise ClusterError(f"--cluster {address}: cannot reach the scheduler ({err})") from None


def on_cluster(tasks: Sequence[Task], address: str) -> Iterator[Outcome]:
    """Outcomes as the workers finish them, a bounded number of tasks in flight."""
    if not tasks:
        return
    client, cluster = _client(address)
    try:
        client.run(warm_up)
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        chunks = (tasks[i : i + PER_TASK] for i in range(0, len(tasks), PER_TASK))
        window = _distributed().as_completed()
        for chunk in _take(chunks, IN_FLIGHT_PER_WORKER * workers):
            window.add(client.submit(brief_files, tuple(chunk), pure=False))
        for future in window:
            outcomes: list[Outcome] = future.result()
            future.release()
            yield from outcomes
            for chunk in _take(chunks, 1):
                window.add(client.submit(brief_files, tuple(chunk), pure=False))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def brief_files(tasks: tuple[Task, ...]) -> list[Outcome]:
    """One Dask task: a few articles, each as `brief_file` does it."""
    return [brief_file(task) for task in tasks]


def _take(items: Iterator[T], n: int) -> Iterator[T]:
    for _ in range(n):
        item = next(items, None)
        if item is None:
            return
        yield item
