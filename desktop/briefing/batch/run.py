"""The batch: plan every input's outputs, skip the up-to-date ones (`resume`), brief the
rest in worker processes or on a cluster, write each output atomically as it arrives, and
finish with `index.jsonl`, one line per article in input order."""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Any

from briefing.batch.work import SUFFIX, Outcome, Task, brief_file, warm_up
from briefing.errors import ExportError
from briefing.export.atomic import write_atomic
from briefing.model import Options

INDEX = "index.jsonl"
KINDS = ("pdf", "json", "markdown")


@dataclass(frozen=True)
class Plan:
    tasks: tuple[Task, ...]
    targets: dict[str, dict[str, Path]]  # source -> kind -> output path
    index: Path
    previous: dict[str, dict[str, Any]]  # the last run's index entries by source
    clashes: dict[str, str] = field(default_factory=dict)  # source -> why it cannot run


@dataclass
class Tally:
    done: int = 0
    skipped: int = 0
    failed: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        rate = self.done / self.seconds if self.seconds else 0.0
        return (
            f"{self.done} done, {self.skipped} up to date, {len(self.failed)} failed "
            f"in {self.seconds:.1f} s ({rate:.1f} articles/s)"
        )


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _read_index(path: Path, strict: bool) -> dict[str, dict[str, Any]]:
    """The last run's entries by source. `strict` (--resume without --force): a file we
    cannot read as our index is the user's, refused rather than replaced; else its unreadable
    lines are passed over."""
    entries: dict[str, dict[str, Any]] = {}
    why = "move the file away, or add --force to replace it"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        if strict:
            raise ExportError(
                f"{path}: cannot be read as a batch index ({_reason(err)}); {why}"
            ) from err
        return entries
    for number, line in enumerate(lines, 1):
        try:
            entry = json.loads(line)
        except ValueError:
            entry = None
        if isinstance(entry, dict) and isinstance(entry.get("source"), str):
            entries[entry["source"]] = entry
        elif strict and line.strip():
            raise ExportError(f"{path}: line {number} is no entry of a batch index; {why}")
    return entries


def _reason(err: OSError | UnicodeDecodeError) -> str:
    if isinstance(err, UnicodeDecodeError):
        return "not UTF-8 text"
    return err.strerror or str(err)


def make_plan(
    inputs: Sequence[tuple[str, Path]],
    folders: dict[str, Path],
    options: Options,
    *,
    page_size: str = "A4",
    force: bool = False,
    resume: bool = False,
    anyway: bool = False,
) -> Plan:
    """Output paths mirror each file's place under the folder it was found in; two inputs
    that would share an output name keep their own suffix ("a.txt.pdf", "a.md.pdf")."""
    if not folders:
        raise ExportError("a batch needs an output folder: -o, --json or --markdown")
    for folder in folders.values():
        _check_folder(folder)
    index = next(folders[k] for k in KINDS if k in folders) / INDEX
    if index.exists() and not (force or resume):
        raise ExportError(f"{index}: already exists (add --resume to go on, --force to redo)")
    resolved_outputs = [f.expanduser().resolve() for f in folders.values()]
    kept: list[tuple[str, Path]] = []
    for source, root in inputs:  # never read back our outputs in a folder inside the input's
        here, top = Path(source).resolve(), root.resolve()
        if not any(
            _inside(here, out) and out != top for out in resolved_outputs if _inside(out, top)
        ):
            kept.append((source, root))
    names: dict[str, list[Path]] = {}
    for source, root in kept:
        try:
            rel = Path(source).resolve().relative_to(root.resolve())
        except ValueError:
            rel = Path(Path(source).name)
        names[source] = [rel.parent / rel.stem, rel.parent / rel.name]
    taken: dict[Path, int] = {}
    for short, _ in names.values():
        taken[short] = taken.get(short, 0) + 1
    sources = {Path(s).resolve() for s, _ in kept}
    targets: dict[str, dict[str, Path]] = {}
    clashes: dict[str, str] = {}
    for source, _ in kept:
        short, full = names[source]
        stem = short if taken[short] == 1 else full
        targets[source] = {k: folders[k] / f"{stem}{SUFFIX[k]}" for k in KINDS if k in folders}
        for path in targets[source].values():
            if path.resolve() in sources:
                clashes[source] = f"{source}: its output {path} would replace an input"
    kinds = tuple(k for k in KINDS if k in folders)
    tasks = tuple(Task(s, options, kinds, page_size, anyway) for s, _ in kept)
    previous = _read_index(index, strict=not force) if resume and index.exists() else {}
    return Plan(tasks, targets, index, previous, clashes)


def _check_folder(folder: Path) -> None:
    """Refuse, before any work, an output folder that is a file or lies under one: the batch
    writes one file per input into it."""
    for place in (folder, *folder.parents):
        if place.exists():
            if not place.is_dir():
                raise ExportError(
                    f"{folder}: cannot be used as an output folder ({place} is a file)"
                )
            return


def up_to_date(plan: Plan, source: str) -> bool:
    """Every output exists, is newer than the input and is the one the last index lists."""
    entry = plan.previous.get(source)
    if entry is None:
        return False
    try:
        changed = os.stat(source).st_mtime
        recorded = entry.get("outputs", {})
        for kind, path in plan.targets[source].items():
            if recorded.get(kind) != str(path) or path.stat().st_mtime < changed:
                return False
    except OSError:
        return False
    return True


def _in_process(tasks: Sequence[Task]) -> Iterator[Outcome]:
    for task in tasks:
        yield brief_file(task)


def worker_context() -> BaseContext:
    """Workers forked from a server that loaded the models once (briefing.batch.preload)
    where the platform has one; elsewhere fresh interpreters that each load them (spawn).

    Never a plain fork of this process (its threads' locks could be held mid-fork). The
    numerical libraries run one thread a worker: a worker is one article on one core, and a
    second thread each would only compete with the other workers."""
    for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(variable, "1")  # read when the server imports numpy
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["briefing.batch.preload"])
        return context
    return multiprocessing.get_context("spawn")


def _in_processes(tasks: Sequence[Task], jobs: int) -> Iterator[Outcome]:
    """Outcomes as they complete, never more than a few tasks per worker in flight (an
    archive of a million files is not a million futures)."""
    pending = iter(tasks)
    running: set[Future[Outcome]] = set()
    # warm_up again in each worker: instant when the server has loaded the models, and the
    # models' loading when it could not (the server ignores a preload that fails)
    context = worker_context()
    try:
        with ProcessPoolExecutor(jobs, mp_context=context, initializer=warm_up) as pool:
            try:
                while True:
                    while len(running) < 4 * jobs and (task := next(pending, None)) is not None:
                        running.add(pool.submit(brief_file, task))
                    if not running:
                        return
                    finished, running = wait(running, return_when=FIRST_COMPLETED)
                    for future in finished:
                        yield future.result()
            finally:
                for future in running:
                    future.cancel()
    finally:
        _end_fork_server(context)


def _end_fork_server(context: BaseContext) -> None:
    """End the fork server with the batch, and wait for it, so its models' memory goes with
    it and its CPU time counts as this process's children's. The standard library has no
    public call for this: its own tests' `_stop`, looked up with care."""
    if context.get_start_method() != "forkserver":
        return
    from multiprocessing import forkserver

    stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
    if callable(stop):
        with contextlib.suppress(OSError):
            stop()


def outcomes(tasks: Sequence[Task], jobs: int, cluster: str | None) -> Iterator[Outcome]:
    if cluster:
        from briefing.batch.cluster import on_cluster

        return on_cluster(tasks, cluster)
    if jobs > 1 and len(tasks) > 1:
        return _in_processes(tasks, min(jobs, len(tasks)))
    return _in_process(tasks)


def run_batch(
    plan: Plan,
    *,
    jobs: int = 1,
    cluster: str | None = None,
    force: bool = False,
    on_outcome: Callable[[Outcome | None], None] = lambda _: None,
) -> Tally:
    """Run the plan; `on_outcome` hears each finished article (None for one skipped)."""
    start = time.perf_counter()
    tally = Tally()
    entries: dict[str, dict[str, Any]] = {}
    failed: set[str] = set()
    todo: list[Task] = []
    for task in plan.tasks:
        if task.source in plan.clashes:
            tally.failed.append(plan.clashes[task.source])
            failed.add(task.source)
            on_outcome(Outcome(task.source, None, error=plan.clashes[task.source]))
        elif up_to_date(plan, task.source):
            entries[task.source] = plan.previous[task.source]
            tally.skipped += 1
            on_outcome(None)
        else:
            todo.append(task)
    try:
        for outcome in outcomes(todo, jobs, cluster):
            if outcome.entry is not None:
                try:
                    entries[outcome.source] = _write(plan, outcome, force)
                except ExportError as err:
                    outcome = Outcome(outcome.source, None, error=str(err))
            if outcome.error:
                tally.failed.append(outcome.error)
                failed.add(outcome.source)
            else:
                tally.done += 1
            on_outcome(outcome)
    finally:  # also when interrupted: what is done is indexed, so --resume goes on from it
        lines = []
        for task in plan.tasks:
            entry = entries.get(task.source)
            if entry is None and task.source not in failed:
                entry = plan.previous.get(task.source)
            if entry is not None:
                lines.append(json.dumps(entry, ensure_ascii=False) + "\n")
        if lines or failed or plan.index.exists():  # not when the batch never started
            plan.index.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(plan.index, "".join(lines).encode("utf-8"), overwrite=True)
        tally.seconds = time.perf_counter() - start
    return tally


def _write(plan: Plan, outcome: Outcome, force: bool) -> dict[str, Any]:
    """Write an article's outputs; a file the last index lists for this input is ours to
    replace, any other existing file only with `force`."""
    recorded = plan.previous.get(outcome.source, {}).get("outputs", {})
    targets = plan.targets[outcome.source]
    for kind, data in outcome.files:
        path = targets[kind]
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:  # a file put where a subfolder goes, since the plan was made
            raise ExportError(
                f"{path.parent}: cannot be used as an output folder ({err.strerror})"
            ) from None
        ours = recorded.get(kind) == str(path)
        write_atomic(path, data, overwrite=force or ours, protect=(outcome.source,))
    assert outcome.entry is not None
    return {**outcome.entry, "outputs": {k: str(p) for k, p in targets.items()}}
