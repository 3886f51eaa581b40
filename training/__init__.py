"""Rebuilding what ships from the corpora in ../shared; never imported by the app."""
