"""Lines of code in ``briefing/facts``: the fact sheet's hand rules, which issue 15 asks to shrink.

A line of code holds a token that is not a comment, a docstring or blank; word lists in data
files under ``resources/`` do not count. The reference is the count when the issue was filed
(commit 55955f1: 3,287 lines of code, 4,146 lines in all).

Run: python -m evaluation.code_size
"""

from __future__ import annotations

import ast
import io
import tokenize
from pathlib import Path

FACTS = Path(__file__).resolve().parent.parent / "desktop" / "briefing" / "facts"
AT_FILING = 3287
_LAYOUT = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT}


def code_lines(source: str) -> int:
    """Lines holding code: not blank, not only a comment, not part of a docstring."""
    docstrings: set[int] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            first = node.body[0] if node.body else None
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                docstrings.update(range(first.lineno, (first.end_lineno or first.lineno) + 1))
    lines: set[int] = set()
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type in _LAYOUT or tok.type == tokenize.ENDMARKER:
            continue
        lines.update(n for n in range(tok.start[0], tok.end[0] + 1) if n not in docstrings)
    return len(lines)


def main() -> int:
    total = 0
    for path in sorted(FACTS.rglob("*.py")):
        n = code_lines(path.read_text(encoding="utf-8"))
        total += n
        print(f"{n:6}  {path.relative_to(FACTS.parent)}")
    print(f"{total:6}  facts/ in all ({total - AT_FILING:+} against {AT_FILING} at filing)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
