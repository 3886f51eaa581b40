"""`python -m briefing` runs the command-line interface."""

from briefing.cli import main

raise SystemExit(main())
