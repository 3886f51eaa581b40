"""Imported once by the batch's fork server (see run.worker_context): it loads every model,
so each worker forked from the server starts with them loaded and shares their memory with
the other workers, instead of loading its own copy (about 1.5 s and 100 MB a worker)."""

from briefing.batch.work import warm_up

warm_up()
