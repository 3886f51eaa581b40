"""Many articles at once: every supported file of a folder briefed by N worker processes
or on a Dask cluster, up-to-date outputs skipped, one index line per article."""

from briefing.batch.inputs import expand_inputs
from briefing.batch.run import Plan, Tally, run_batch
from briefing.batch.work import Outcome, Task, brief_file

__all__ = ["Outcome", "Plan", "Tally", "Task", "brief_file", "expand_inputs", "run_batch"]
