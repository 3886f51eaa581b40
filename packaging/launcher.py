"""The frozen app's executable: the window, or the command line when a command is given.

`article-briefing [FILE]` opens the window (as briefing-desktop), `article-briefing
--self-test` checks the build (see briefing.gui.selftest), and `article-briefing brief INPUT …`
is the command line (as briefing).
"""

from __future__ import annotations

import multiprocessing
import sys

# The command line's commands; anything else goes to the window's own argument parser.
CLI_COMMANDS = frozenset({"brief"})


def main() -> int:
    multiprocessing.freeze_support()  # a frozen worker process must not start another app
    args = sys.argv[1:]
    if args and args[0] in CLI_COMMANDS:
        from briefing.cli import main as cli

        return cli(args)
    from briefing.gui.app import main as window

    return window(args)


if __name__ == "__main__":
    raise SystemExit(main())
