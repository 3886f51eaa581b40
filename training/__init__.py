"""Rebuilding shipped data and models from the shared corpora; never imported by the app."""
