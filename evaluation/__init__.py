"""Scorers that measure each model and extractor on held-out data in ../shared.

Run one with `python -m evaluation.<name>` (or the matching `make eval-*` target).
"""
