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
from typing import Any

from briefing.batch.work import Outcome, Task, brief_file, warm_up
from briefing.errors import BriefingError

IN_FLIGHT_PER_WORKER = 8


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
        pending = iter(tasks)
        window = _distributed().as_completed()
        for task in list(_take(pending, IN_FLIGHT_PER_WORKER * workers)):
            window.add(client.submit(brief_file, task, pure=False))
        for future in window:
            outcome: Outcome = future.result()
            future.release()
            yield outcome
            for task in _take(pending, 1):
                window.add(client.submit(brief_file, task, pure=False))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _take(tasks: Iterator[Task], n: int) -> Iterator[Task]:
    for _ in range(n):
        task = next(tasks, None)
        if task is None:
            return
        yield task
