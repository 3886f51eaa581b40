"""The PySide6 window: a thin layer over the core (no behaviour the CLI lacks)."""
