"""Background jobs report through signals and stop at the next stage once cancelled."""

from __future__ import annotations

from briefing.errors import InputError
from briefing.gui.workers import Job


def _record(job: Job) -> dict[str, list]:
    seen: dict[str, list] = {"progress": [], "finished": [], "failed": []}
    job.signals.progress.connect(lambda *a: seen["progress"].append(a))
    job.signals.finished.connect(lambda *a: seen["finished"].append(a))
    job.signals.failed.connect(lambda *a: seen["failed"].append(a))
    return seen


def test_job_reports_stages_and_result(qtbot) -> None:
    job = Job(7, lambda step: (step("Reading", 10), "done")[1])
    seen = _record(job)
    job.run()
    assert seen["progress"] == [(7, "Reading", 10)]
    assert seen["finished"] == [(7, "done")]


def test_cancelled_job_stops_at_the_next_stage(qtbot) -> None:
    reached = []

    def work(step):
        reached.append("first")
        step("Analysing", 50)
        reached.append("second")

    job = Job(1, work)
    seen = _record(job)
    job.cancel()
    job.run()
    assert reached == ["first"]
    assert seen == {"progress": [], "finished": [], "failed": []}


def test_user_error_is_reported_in_its_own_words(qtbot) -> None:
    def work(step):
        raise InputError("story.txt: the file is empty")

    job = Job(2, work)
    seen = _record(job)
    job.run()
    assert seen["failed"] == [(2, "story.txt: the file is empty")]


def test_unexpected_error_is_logged_and_reported_plainly(qtbot, caplog) -> None:
    def work(step):
        raise KeyError("sentences")

    job = Job(3, work)
    seen = _record(job)
    job.run()
    assert seen["failed"] == [(3, "Something went wrong: 'sentences'")]
    assert "background job failed" in caplog.text
