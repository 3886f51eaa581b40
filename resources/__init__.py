"""Data that ships with Article Briefing: found with importlib.resources, never imported as code.

Installed (wheel, frozen app) this folder is the package `briefing_resources`; see setup.py.
"""
