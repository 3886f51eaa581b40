"""Rebuilding the shipped language models from the corpora in ../shared (`make models`).

Lives beside the app, never inside it: the app only loads what this writes to resources/.
"""
