"""Every library the app imports is a declared dependency, so `pip install` of the wheel alone
brings it (numpy once came only with a development tool). Fast: reads the sources, builds
nothing."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "desktop" / "briefing"
OURS = {"briefing", "briefing_resources"}


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    return {_normal(re.split(r"[<>=!~\[; ]", d, maxsplit=1)[0]) for d in project["dependencies"]}


def _imported_modules() -> set[str]:
    names: set[str] = set()
    for path in APP.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - OURS - set(sys.stdlib_module_names)


def test_every_imported_library_is_a_declared_dependency() -> None:
    declared, providers = _declared(), packages_distributions()
    missing = {
        module: providers.get(module, ["?"])
        for module in sorted(_imported_modules())
        if not declared & {_normal(d) for d in providers.get(module, [])}
    }
    assert missing == {}, "add these to [project] dependencies in pyproject.toml"
