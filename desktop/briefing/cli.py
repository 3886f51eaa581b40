"""Command-line front over the same core as the window.

    briefing brief INPUT... [-o OUT.pdf] [--json OUT|-] [--markdown OUT|-] [length] [--algorithm]
    briefing brief FOLDER... -o PDFS/ [--json DIR] [--jobs N] [--resume] [--cluster ADDR]
    briefing dossier FILES...|FOLDER [-o dossier.pdf] [--json OUT|-] [--markdown OUT|-]

Exit codes: 0 all inputs done, 1 at least one input failed (the others are still done),
2 usage error.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from briefing import __version__
from briefing.console import show_only_our_messages
from briefing.counts import counted
from briefing.errors import BriefingError, ExportError, NotAnArticleError, TooLongError
from briefing.model import Briefing, Length, Options
from briefing.sources.fragments import ARTICLE_WORDS
from briefing.sources.limits import Limits

log = logging.getLogger("briefing")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


@dataclass(frozen=True)
class Outputs:
    """Where each input's briefing goes; with several inputs the paths are folders."""

    pdf: Path | None
    json: str | None
    markdown: str | None
    page_size: str
    force: bool
    several: bool
    limits: Limits
    appendix: bool | None = None  # None: only for articles too long for a one-page brief
    anyway: bool = False  # analyse a text that does not look like an article


def _published(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1: {value!r}")
    return n


def _ratio(value: str) -> float:
    try:
        r = float(value.rstrip("%")) / (100 if value.endswith("%") else 1)
    except ValueError:
        r = -1
    if not 0 < r <= 1:
        raise argparse.ArgumentTypeError(f"must be a ratio in (0, 1] or a percentage: {value!r}")
    return r


def build_parser() -> argparse.ArgumentParser:
    from briefing.summarize import ALGORITHMS

    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Summarise a news article and extract its fact sheet, offline.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    brief = commands.add_parser(
        "brief",
        help="make a briefing of one or more articles",
        description="Make a briefing of each INPUT (text, Markdown, HTML, PDF, DOCX; - for "
        "stdin). Without -o, --json or --markdown, prints the briefing as Markdown.",
    )
    brief.add_argument("inputs", nargs="+", metavar="INPUT")
    brief.add_argument(
        "-o", "--output", type=Path, metavar="OUT.pdf", help="write the PDF briefing here"
    )
    brief.add_argument("--json", metavar="OUT|-", help="write the JSON briefing (- for stdout)")
    brief.add_argument("--markdown", metavar="OUT|-", help="write a Markdown briefing")
    length = brief.add_mutually_exclusive_group()
    length.add_argument("--sentences", type=_positive_int, metavar="N", help="summary sentences")
    length.add_argument("--ratio", type=_ratio, metavar="R", help="summary as a share, 0.2 or 20%%")
    length.add_argument("--words", type=_positive_int, metavar="W", help="summary word budget")
    brief.add_argument(
        "--algorithm", default="auto", choices=ALGORITHMS, help="summariser (default: auto)"
    )
    brief.add_argument(
        "--published",
        type=_published,
        metavar="YYYY-MM-DD",
        help="the article's publication date, when the text has none (overrides a detected one)",
    )
    brief.add_argument("--page-size", choices=("A4", "Letter"), default="A4")
    brief.add_argument(
        "--appendix",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="add the full fact tables and the annotated article to the PDF after the "
        "one-page brief (default: only for articles over 1,500 words)",
    )
    brief.add_argument(
        "--max-words",
        type=_positive_int,
        metavar="N",
        help="analyse only the first N words of a longer article "
        f"(default: refuse articles over {Limits().max_words:,} words)",
    )
    brief.add_argument(
        "--anyway",
        action="store_true",
        help=f"analyse a text even when it does not look like an article "
        f"(fewer than {ARTICLE_WORDS} words)",
    )
    brief.add_argument(
        "--force",
        action="store_true",
        help="replace existing output files (never an input, a folder or a device)",
    )
    brief.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    _add_batch_options(brief)
    _add_dossier_command(commands)
    return parser


def _options(args: argparse.Namespace) -> Options:
    if args.sentences:
        length = Length("sentences", args.sentences)
    elif args.ratio:
        length = Length("ratio", args.ratio)
    elif args.words:
        length = Length("words", args.words)
    else:
        length = Length()
    return Options(length=length, algorithm=args.algorithm, published=args.published)


def _output_names(inputs: list[str]) -> list[str]:
    """The name each input's outputs take in an output folder: its stem, or its whole file
    name when another input shares the stem (x.txt, x.html -> x.txt.json, x.html.json)."""
    stems = ["stdin" if s == "-" else Path(s).stem for s in inputs]
    shared = Counter(stem.casefold() for stem in stems)
    return [
        stem if shared[stem.casefold()] == 1 else ("stdin" if s == "-" else Path(s).name)
        for s, stem in zip(inputs, stems, strict=True)
    ]


def _plan(inputs: list[str], out: Outputs) -> list[dict[str, Path]]:
    """Each input's output files by kind, checked before any work: no two outputs of the run
    may be one file (UsageError otherwise)."""
    names = _output_names(inputs) if out.several else [""] * len(inputs)
    if out.several:
        seen: dict[str, str] = {}
        for source, name in zip(inputs, names, strict=True):
            if name.casefold() in seen:
                first = seen[name.casefold()]
                raise UsageError(
                    f"{_shown(first)} and {_shown(source)} would write the same output files; "
                    "rename one or run them separately"
                    if first != source
                    else f"{_shown(source)} is given twice"
                )
            seen[name.casefold()] = source
    bases = {"pdf": out.pdf, "json": out.json, "markdown": out.markdown}
    plans: list[dict[str, Path]] = []
    claimed: dict[str, str] = {}
    for name in names:
        plan: dict[str, Path] = {}
        for kind, base in bases.items():
            if base is None or str(base) == "-":
                continue
            path = Path(base).expanduser()
            if out.several:
                path = path / f"{name}{SUFFIXES[kind]}"
            key = os.path.normcase(os.path.abspath(path))
            if key in claimed and claimed[key] != kind:
                raise UsageError(f"{OPTIONS[claimed[key]]} and {OPTIONS[kind]} name the same file")
            claimed[key] = kind
            plan[kind] = path
        plans.append(plan)
    return plans


SUFFIXES = {"pdf": ".pdf", "json": ".json", "markdown": ".md"}
OPTIONS = {"pdf": "--output", "json": "--json", "markdown": "--markdown"}


class UsageError(Exception):
    """Options that cannot work together; exit 2 before anything is read or written."""


def _folder_for(path: Path) -> None:
    """Create the output folder of several inputs; a plain error if that cannot be done."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ExportError(
            f"{path.parent}: cannot be used as an output folder ({err.strerror})"
        ) from None


def _brief_one(
    source: str, options: Options, out: Outputs, plan: dict[str, Path], inputs: list[str]
) -> Briefing:
    from briefing.export.atomic import write_atomic
    from briefing.export.json import to_json
    from briefing.export.markdown import to_markdown
    from briefing.pipeline import analyze
    from briefing.sources import load, load_stream
    from briefing.sources.fragments import check_article

    limits = out.limits
    article = load_stream(sys.stdin.buffer, "-", limits) if source == "-" else load(source, limits)
    cut = limits.cut_words and article.word_count >= limits.max_words  # the user's N words
    if not (out.anyway or cut):
        check_article(article)
    briefing = analyze(article, options)
    if "pdf" in plan:
        from briefing.export.pdf import write_pdf

        _folder_for(plan["pdf"])
        write_pdf(
            briefing,
            plan["pdf"],
            page_size=out.page_size,
            overwrite=out.force,
            protect=inputs,
            appendix=out.appendix,
        )
    for kind, dest in (("json", out.json), ("markdown", out.markdown)):
        if dest is None:
            continue
        if kind == "json":  # JSON Lines when several inputs go to stdout
            text = to_json(briefing, indent=None if out.several and dest == "-" else 2)
        else:
            text = to_markdown(briefing)
        if dest == "-":
            sys.stdout.write(text if text.endswith("\n") else text + "\n")
        else:
            _folder_for(plan[kind])
            write_atomic(plan[kind], text.encode("utf-8"), overwrite=out.force, protect=inputs)
    if not (out.pdf or out.json or out.markdown):
        sys.stdout.write(to_markdown(briefing))
    return briefing


def _shown(text: object) -> str:
    """`text` safe to print on one terminal line: control and direction characters escaped
    ("a\\nb.txt", "\\x1b[31m")."""
    return "".join(
        c if c.isprintable() or c == " " else c.encode("unicode_escape").decode("ascii")
        for c in str(text)
    )


def main(argv: list[str] | None = None) -> int:
    show_only_our_messages()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if args.command == "dossier":
        return _dossier(args)
    if _is_batch(args):
        return _batch(args)
    if args.inputs.count("-") > 1:
        print("briefing: error: stdin (-) can be read only once", file=sys.stderr)
        return EXIT_USAGE
    limits = Limits(max_words=args.max_words, cut_words=True) if args.max_words else Limits()
    several = len(args.inputs) > 1
    out = Outputs(
        args.output,
        args.json,
        args.markdown,
        args.page_size,
        args.force,
        several,
        limits,
        args.appendix,
        args.anyway,
    )
    try:
        plans = _plan(args.inputs, out)
    except UsageError as err:
        print(f"briefing: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    inputs = [s for s in args.inputs if s != "-"]  # none of them is ever replaced
    failed = 0
    for source, plan in zip(args.inputs, plans, strict=True):
        try:
            briefing = _brief_one(source, _options(args), out, plan, inputs)
        except TooLongError as err:
            failed += 1
            print(
                f"briefing: {_shown(err)} (--max-words N analyses the first N words)",
                file=sys.stderr,
            )
            continue
        except NotAnArticleError as err:
            failed += 1
            print(f"briefing: {_shown(err)} (--anyway analyses it)", file=sys.stderr)
            continue
        except (BriefingError, ExportError) as err:
            failed += 1
            print(f"briefing: {_shown(err)}", file=sys.stderr)
            continue
        except Exception:  # a bug: say so plainly, keep the traceback for the report
            failed += 1
            log.exception("internal error while processing %s", _shown(source))
            continue
        if not args.quiet:
            a = briefing.article
            print(
                f"{_shown(source)}: {_shown(repr(a.title))}, {counted(a.word_count, 'word')}, "
                f"{counted(len(briefing.summary.sentences), 'summary sentence')}, "
                f"{counted(len(briefing.facts.actors), 'actor')}, "
                f"{counted(len(briefing.facts.locations), 'place')}, "
                f"{counted(len(briefing.facts.quotes), 'quote')}, "
                f"{counted(len(briefing.facts.dates), 'date')} "
                f"({briefing.timings_ms.get('total', 0):.0f} ms)",
                file=sys.stderr,
            )
    return EXIT_FAILED if failed else EXIT_OK


# --- batch: folders, --jobs, --resume, --cluster ----------------------------


def _add_batch_options(brief: argparse.ArgumentParser) -> None:
    batch = brief.add_argument_group(
        "batch",
        "A FOLDER input, or any of these options, runs a batch: every supported file, outputs "
        "in the -o/--json/--markdown folders, and index.jsonl (one line per article) in the "
        "first of them.",
    )
    batch.add_argument("--jobs", type=_positive_int, metavar="N", help="N worker processes")
    batch.add_argument(
        "--resume", action="store_true", help="skip inputs whose outputs are up to date"
    )
    batch.add_argument(
        "--cluster",
        metavar="ADDR",
        help="run on a Dask cluster: tcp://host:8786, or local:N (needs the cluster extra)",
    )


def _is_batch(args: argparse.Namespace) -> bool:
    return bool(
        args.jobs or args.resume or args.cluster or any(Path(i).is_dir() for i in args.inputs)
    )


def _batch(args: argparse.Namespace) -> int:
    from briefing.batch import expand_inputs, run_batch
    from briefing.batch.run import make_plan

    if "-" in args.inputs or "-" in (args.json, args.markdown):
        print("briefing: error: a batch reads files and writes folders, not -", file=sys.stderr)
        return EXIT_USAGE
    folders = {
        kind: Path(value)
        for kind, value in (("pdf", args.output), ("json", args.json), ("markdown", args.markdown))
        if value
    }
    if not folders:
        print(
            "briefing: error: a batch needs an output folder: -o, --json or --markdown",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        inputs = expand_inputs(args.inputs)
        plan = make_plan(
            inputs,
            folders,
            _options(args),
            page_size=args.page_size,
            force=args.force,
            resume=args.resume,
            anyway=args.anyway,
        )
    except (BriefingError, ExportError) as err:
        print(f"briefing: {err}", file=sys.stderr)
        return EXIT_FAILED
    bar = _progress(len(plan.tasks), args.quiet)

    def heard(outcome: object) -> None:
        from briefing.batch import Outcome

        if isinstance(outcome, Outcome) and outcome.error:
            if outcome.bug:
                log.error("%s\n%s", outcome.error, outcome.bug.rstrip())
            if not bar.disable:  # on a terminal, say it now; the list follows the tally
                bar.write(f"briefing: {outcome.error}", file=sys.stderr)
        bar.update(1)

    try:
        tally = run_batch(
            plan, jobs=args.jobs or 1, cluster=args.cluster, force=args.force, on_outcome=heard
        )
    except KeyboardInterrupt:
        bar.close()
        print(
            f"briefing: interrupted; {plan.index} lists what was done (--resume)", file=sys.stderr
        )
        return 130
    except (BriefingError, ExportError) as err:
        bar.close()
        print(f"briefing: {err}", file=sys.stderr)
        return EXIT_FAILED
    bar.close()
    if not args.quiet:
        print(f"briefing: {tally.line()}; index: {plan.index}", file=sys.stderr)
    for failure in tally.failed:
        print(f"failed: {failure}", file=sys.stderr)
    return EXIT_FAILED if tally.failed else EXIT_OK


def _progress(total: int, quiet: bool) -> Any:
    """A progress bar on a terminal (tqdm); nothing drawn in a pipe, a log or with -q."""
    from tqdm import tqdm

    return tqdm(
        total=total,
        unit="article",
        file=sys.stderr,
        disable=quiet or not sys.stderr.isatty(),
    )


# --- dossier: several articles, one briefing --------------------------------


def _add_dossier_command(commands: Any) -> None:
    dossier = commands.add_parser(
        "dossier",
        help="one briefing across several articles of a story",
        description="Read every INPUT (files, or folders of them) as one story: people and "
        "organisations across the articles, one timeline, quotes by speaker, places. Without "
        "-o, --json or --markdown, prints the dossier as Markdown.",
    )
    dossier.add_argument("inputs", nargs="+", metavar="INPUT")
    dossier.add_argument("-o", "--output", type=Path, metavar="OUT.pdf", help="the PDF dossier")
    dossier.add_argument("--json", metavar="OUT|-", help="the JSON dossier (- for stdout)")
    dossier.add_argument("--markdown", metavar="OUT|-", help="a Markdown dossier")
    dossier.add_argument("--page-size", choices=("A4", "Letter"), default="A4")
    dossier.add_argument("--force", action="store_true", help="replace existing output files")
    dossier.add_argument(
        "--anyway",
        action="store_true",
        help=f"keep inputs that do not look like articles (under {ARTICLE_WORDS} words)",
    )
    dossier.add_argument("-q", "--quiet", action="store_true", help="print errors only")


def _dossier(args: argparse.Namespace) -> int:
    from briefing.batch import expand_inputs
    from briefing.dossier import build_dossier
    from briefing.export.atomic import write_atomic
    from briefing.export.dossier.json import to_json
    from briefing.export.dossier.markdown import to_markdown
    from briefing.pipeline import analyze
    from briefing.sources import load
    from briefing.sources.fragments import check_article

    if "-" in args.inputs:
        print("briefing: error: a dossier reads files, not stdin", file=sys.stderr)
        return EXIT_USAGE
    try:
        sources = [source for source, _ in expand_inputs(args.inputs)]
    except BriefingError as err:
        print(f"briefing: {err}", file=sys.stderr)
        return EXIT_FAILED
    briefings, failed = [], 0
    for source in sources:
        try:
            article = load(source)
            briefings.append(analyze(article if args.anyway else check_article(article)))
        except NotAnArticleError as err:
            failed += 1
            print(f"briefing: {err}; left out of the dossier (--anyway keeps it)", file=sys.stderr)
        except BriefingError as err:
            failed += 1
            print(f"briefing: {err}", file=sys.stderr)
        except Exception:
            failed += 1
            log.exception("internal error while processing %s", source)
    if not briefings:
        print("briefing: no article could be read; no dossier made", file=sys.stderr)
        return EXIT_FAILED
    dossier = build_dossier(briefings)
    try:
        if args.output:
            from briefing.export.dossier.pdf import write_dossier_pdf

            write_dossier_pdf(dossier, args.output, page_size=args.page_size, overwrite=args.force)
        for dest, render in ((args.json, to_json), (args.markdown, to_markdown)):
            if dest == "-":
                sys.stdout.write(render(dossier).rstrip("\n") + "\n")
            elif dest:
                data = render(dossier).encode("utf-8")
                write_atomic(dest, data, overwrite=args.force, protect=tuple(sources))
        if not (args.output or args.json or args.markdown):
            sys.stdout.write(to_markdown(dossier))
    except ExportError as err:
        print(f"briefing: {err}", file=sys.stderr)
        return EXIT_FAILED
    if not args.quiet:
        print(
            f"dossier: {counted(len(dossier.articles), 'article')}, "
            f"{counted(len(dossier.actors), 'actor')}, {counted(len(dossier.places), 'place')}, "
            f"{counted(len(dossier.timeline), 'dated event')}, "
            f"{counted(sum(len(g.quotes) for g in dossier.quotes), 'quote')}",
            file=sys.stderr,
        )
    return EXIT_FAILED if failed else EXIT_OK
