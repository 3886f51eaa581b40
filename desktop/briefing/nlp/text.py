"""Sentences, tokens, tags and entities with character offsets into the original text.

One pass builds the `Doc` every extractor reads: Punkt sentences (never across a blank
line), Treebank-style tokens, perceptron POS tags and CRF entity spans.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from briefing import lexicons
from briefing.model import Doc, Entity, Sentence, Token
from briefing.nlp import boundaries, entities, resources, treebank

# Far longer than a news sentence (the longest run to about 80 words, 500 characters).
MAX_SENTENCE_CHARS = 1500
_SPACES = re.compile(r"\s*")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# The Treebank tokenizer rewrites quotes ("" -> `` ''); offsets come from span_tokenize,
# and the word itself is read back from the text so typographic quotes survive.
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "«": '"', "»": '"', "\u00a0": " "})


def blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each blank-line-separated block."""
    spans, pos = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`: Punkt plus news rules, never across a blank line."""
    splitter = resources.sentence_splitter()
    out = []
    for b_start, b_end in blocks(text):
        block = text[b_start:b_end]
        plain = boundaries.mask_ellipses(block.translate(_QUOTES))
        for s, e in boundaries.refine(
            plain, list(splitter.span_tokenize(plain)), splitter.params.sent_starters
        ):
            for piece_start, piece_end in _pieces(block, s, e):
                if block[piece_start:piece_end].strip():
                    out.append((b_start + piece_start, b_start + piece_end))
    return out


def _pieces(block: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence longer than MAX_SENTENCE_CHARS cut at spaces into pieces of at most that
    length: text without full stops (a list, a transcript, a dump) would otherwise make one
    sentence of a whole page, and the taggers and extractors slow down with its square."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = block.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        pieces.append((start, cut))
        start = _SPACES.match(block, cut, end).end()  # type: ignore[union-attr]
    pieces.append((start, end))
    return pieces


def tokens(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each token in `sentence`."""
    try:
        return treebank.span_tokenize(sentence.translate(_QUOTES))
    except ValueError:  # alignment failure on exotic input: fall back to whitespace
        return [(m.start(), m.end()) for m in re.finditer(r"\S+", sentence)]


def tag(words: list[str]) -> list[str]:
    """Penn Treebank tag of each word."""
    if not words:
        return []
    normalised = [w.translate(_QUOTES) for w in words]
    return [t for _, t in resources.pos_tagger().tag(normalised)]


def find_entities(tokens: list[str]) -> list[tuple[int, int, str]]:
    """Entity spans as (first token, end token exclusive, PERSON|ORGANIZATION|LOCATION)."""
    return _entities(tokens, tag(tokens))


def _entities(words: list[str], tags: list[str]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = resources.entity_tagger().spans(words, tags)
    return spans


@cache
def _party_state() -> re.Pattern[str]:
    """A legislator's party and state in brackets: "(D., Pa.)", "(R-S.C.)" (read when first
    needed: importing the package reads no file)."""
    return lexicons.keyed("party_state")["in_brackets"]


# The possessive marks the tokenizer splits off ("Valby" + "'s"); no name opens with one.
POSSESSIVE_MARKS = ("'s", "\u2019s", "'", "\u2019")


def _inside(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= start and end <= b for a, b in ranges)


def _before_unclosed_bracket(words: list[str], first: int, last: int) -> int:
    """The end of a tagger's span that runs on into its acronym's bracket and stops before the
    bracket closes ("Harbour Emergency Committee (HEC" of "... Committee (HEC), which"): the
    name stops before the bracket (an unpaired one makes no name; the fact sheet reads the
    acronym after the name). Only an acronym: "CORP. (Freddie" is no name cut short."""
    inside = words[first:last]
    if last - first < 3 or inside[-2] != "(" or words[last : last + 1] != [")"]:
        return last
    acronym = inside[-1].isalpha() and inside[-1].isupper() and len(inside[-1]) > 1
    return last - 2 if acronym else last


@cache
def _portfolio_office_words() -> tuple[frozenset[str], ...]:
    """Portfolios ("Health"), their offices ("minister"), a government's level before them
    ("state") and role words ("treasurer"), read when first needed."""
    leads, roles = lexicons.words("jurisdiction_office_leads"), lexicons.words("role_words")
    return lexicons.words("portfolios"), lexicons.words("portfolio_offices"), leads, roles


def _portfolio_office_span(words: list[str], first: int, last: int, label: str) -> int:
    """The first word of a tagger's span after a portfolio office it opens with ("Health
    Minister" of "the state Health Minister Ana Berg", found as a person); `last` when the
    whole span is such an office, or a government's level and portfolio right before one
    ("Federal Environment" of "The Federal Environment Minister", found as a body), or such a
    level and a role ("Federal Treasurer"): an office's words name no one."""
    portfolios, offices, leads, roles = _portfolio_office_words()
    k = first + (label != "PERSON" and words[first].lower() in leads)
    j = k
    while j < last and words[j] in portfolios:
        j += 1
    # an office holder's noun ("Treasurer", "Premier"), not a force's ("State Police")
    holder = words[j].istitle() and words[j].lower() in roles and words[j].endswith(("er", "or"))
    if k > first and j == last - 1 and holder:
        return last
    if j == k:
        return first
    if j == last:  # the office's noun after the span
        after = last < len(words) and words[last].istitle() and words[last].lower() in offices
        return last if after and (k > first or label == "PERSON") else first
    if label == "PERSON" and k == first and words[j].istitle() and words[j].lower() in offices:
        return j + 1
    return first


def _title_case(words: list[str]) -> bool:
    """A headline's capitals: every word of four letters or more capitalised, three at least."""
    long = [w for w in words if len(w) > 3 and w.isalpha()]
    return len(long) >= 3 and all(w[0].isupper() for w in long)


def _headline_name(rest: str, words: list[str], first: int, last: int) -> tuple[int, int]:
    """A person's span in a title-case line without a common word at either edge ("Jo Park
    Goes After ..."), where the rest of the article names the person without it and never
    with it (nor by an initial alone: "J. Such 8-3" in a scorecard)."""

    def named(a: int, b: int) -> bool:
        return " ".join(words[a:b]) in rest and any(w.isalpha() for w in words[a:b])

    while last - first > 1 and " ".join(words[first:last]) not in rest:
        if entities.common(words[last - 1]) and named(first, last - 1):
            last -= 1
        elif entities.common(words[first]) and named(first + 1, last):
            first += 1
        else:
            break
    return first, last


@cache
def _stripped_entities() -> dict[str, str]:
    """Character entities a copy printed without "&" and ";" ("amp"), and what they stand for."""
    return lexicons.table("stripped_entities")


def _restored_entity_words(words: list[str]) -> list[str]:
    """`words` with an entity's bare name between two capitalised words read as its character
    ("Norco amp Berg" as "Norco & Berg"), so a firm's name holds together as it does with "&";
    the text and its offsets are left as printed."""
    known = _stripped_entities()
    out = list(words)
    for k in range(1, len(words) - 1):
        if words[k] in known and words[k - 1][:1].isupper() and words[k + 1][:1].isupper():
            out[k] = known[words[k]]
    return out


# A lowercase word of a verb's past or third-person shape ("disagreed", "insists").
_VERB_SHAPE = re.compile(r"[a-z]+(?:ed|[^s]s)")


def _closing_verb_after_name(words: list[str], tags: list[str]) -> list[str]:
    """`tags` with the one word between a sentence's opening name and its full stop read as
    a verb ("Alan Pryce disagreed." as VBD, "Jo Park insists." as VBZ): the tagger reads such
    a word as a noun or adjective, and then the name runs into a noun phrase and no person is
    found. A sentence of only capitalised proper nouns, that word and the stop; nothing else."""
    if len(words) < 3 or words[-1] != "." or tags[-2] not in ("NN", "NNS", "JJ"):
        return tags
    if not _VERB_SHAPE.fullmatch(words[-2]):
        return tags
    if not all(t == "NNP" and w[:1].isupper() for w, t in zip(words[:-2], tags[:-2], strict=True)):
        return tags
    return [*tags[:-2], "VBD" if words[-2].endswith("ed") else "VBZ", "."]


def analyse(text: str) -> Doc:
    """Split, tokenise, tag and find entities in `text`, keeping offsets."""
    block_starts = [s for s, _ in blocks(text)]
    out_sentences: list[Sentence] = []
    out_entities: list[Entity] = []
    paragraph = 0
    for index, (start, end) in enumerate(sentences(text)):
        while paragraph + 1 < len(block_starts) and block_starts[paragraph + 1] <= start:
            paragraph += 1
        s_text = text[start:end]
        spans = tokens(s_text)
        words = _restored_entity_words([s_text[a:b] for a, b in spans])
        tags = _closing_verb_after_name(words, tag(words))
        toks = tuple(
            Token(w, start + a, start + b, t)
            for w, (a, b), t in zip(words, spans, tags, strict=True)
        )
        out_sentences.append(Sentence(index, start, end, s_text, paragraph, toks))
        found = _entities(words, tags)
        if "(" in s_text:  # "(D., Pa.)" after a legislator's name: the tagger's names in it go
            brackets = [m.span() for m in _party_state().finditer(s_text)]
            found = [f for f in found if not _inside(spans[f[0]][0], spans[f[1] - 1][1], brackets)]
        # a headline's capitals, read once a sentence (it may hold many names)
        headline = any(label == "PERSON" for _, _, label in found) and _title_case(words)
        for first, last, label in found:
            while first < last - 1 and words[first] in POSSESSIVE_MARKS:
                first += 1  # "the president" + "'s Office of Management": the mark is no name's
            last = _before_unclosed_bracket(words, first, last)
            first = _portfolio_office_span(words, first, last, label)
            if first == last:
                continue
            if label == "PERSON" and headline:
                rest = text[:start] + "\n" + text[end:]
                first, last = _headline_name(rest, words, first, last)
            for a, b in _line_pieces(text, toks, first, last):
                e_start, e_end = toks[a].start, toks[b - 1].end
                out_entities.append(Entity(label, text[e_start:e_end], e_start, e_end, index, a, b))
    return Doc(text, tuple(out_sentences), tuple(out_entities))


def _line_pieces(
    text: str, toks: tuple[Token, ...], first: int, last: int
) -> list[tuple[int, int]]:
    """Tokens [first, last) cut at each line break after a heading's line (a short line of
    its own): a name never runs from a heading on ("About Valco", then "Valco plc employs…" on
    the next line), though it may run over the break of a wrapped line ("Anna\nBerg")."""
    cuts = [
        i for i in range(first + 1, last) if _after_heading(text, toks[i - 1].end, toks[i].start)
    ]
    return list(pairwise([first, *cuts, last]))


def _after_heading(text: str, end: int, start: int) -> bool:
    """Whether the gap [end, start) is a line break that closes a heading: a line of at most
    six words and no punctuation that opens its paragraph."""
    if "\n" not in text[end:start]:
        return False
    opening = text.rfind("\n", 0, end) + 1
    line = text[opening:end]
    own = opening == 0 or text[max(0, opening - 2) : opening] == "\n\n"
    return own and len(line.split()) <= 6 and not re.search(r"[,.;:!?]", line)
