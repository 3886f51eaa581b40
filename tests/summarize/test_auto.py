"""`auto`: the lede first, every sentence readable alone, no repeats, lengths kept."""

from __future__ import annotations

from briefing.model import Length
from briefing.nlp import analyse
from briefing.sources import from_text
from briefing.summarize import CENTRAL_METHOD, NEWS_METHOD, summarize
from briefing.summarize.lede import LedeModel, lede_choice, lede_model
from briefing.summarize.readability import assemble, dangling, redundant


def _summary(text: str, length: Length, algorithm: str = "auto"):  # type: ignore[no-untyped-def]
    article = from_text(text)
    return summarize(analyse(article.text), article, length, algorithm)


NEWS = """Valby ferry strike ends after nine days

Ferry crews in Valby voted on Thursday to end a nine-day strike over pay, the Harbour Workers \
Union said.

The union said its members had accepted a rise of four per cent over two years.

Ferries to Tarsk will resume on Saturday morning, the operator Nordline said on Friday.

Passengers who had booked during the strike will be offered refunds, Nordline added.

The strike had left hundreds of lorries queuing at the port last week.

Local shops said they had lost a quarter of their trade during the dispute.

The harbour master, Ana Ruiz, said the port would stay open late on Saturday to clear the \
queue.

Talks on the crews' working hours will begin next month.
"""


def test_news_opens_with_the_lede_and_says_so() -> None:
    summary = _summary(NEWS, Length("sentences", 3))
    assert summary.method == NEWS_METHOD
    assert summary.sentences[0].text.startswith("Ferry crews in Valby voted on Thursday")


def test_a_speech_is_summarised_by_centrality() -> None:
    speech = "Address to the harbour council\n\n" + " ".join(
        [
            "Friends, we meet tonight because our harbour is our future.",
            "I want to thank every one of you for coming.",
            "We have built these piers with our own hands, and we will build them again.",
            "You know what the storm took from us.",
            "Our fishermen lost their boats, and our children lost their playground.",
            "I believe we can rebuild the harbour in two years.",
            "We will need your patience and your trust.",
            "Our plan puts the harbour first, because the harbour feeds us all.",
            "I ask you to support the harbour plan tonight.",
            "Together we will make our harbour stronger than before.",
        ]
    )
    assert _summary(speech, Length("sentences", 3)).method == CENTRAL_METHOD


def test_a_sentence_whose_antecedent_was_skipped_brings_it_in() -> None:
    texts = ["Ana Berg spoke first.", "Rain fell.", "Boats left.", "She said the port was safe."]
    stems = [frozenset(t.lower().strip(".").split()) for t in texts]
    chosen = assemble([0, 3, 1, 2], texts, stems, lambda c: len(c) <= 3)
    assert chosen == [0, 2, 3] and not dangling(chosen, texts)


def test_a_dangling_sentence_with_no_room_for_its_antecedent_is_replaced() -> None:
    texts = ["Ana Berg spoke first.", "Rain fell on Valby.", "He left early.", "Boats left."]
    stems = [frozenset(t.lower().strip(".").split()) for t in texts]
    chosen = assemble([2, 0, 3], texts, stems, lambda c: len(c) <= 2 and 1 not in c)
    assert 2 not in chosen and not dangling(chosen, texts)


def test_a_quotation_a_pronoun_attributes_leans_on_the_sentence_before() -> None:
    texts = [
        "The ferry vote was put off again.",
        "Ana Berg accused ministers of dithering.",
        "'Every week of delay costs us,' she said.",
        "The ships are five years late.",
    ]
    stems = [frozenset(t.lower().strip(".").split()) for t in texts]
    assert dangling([0, 2], texts) == [2]
    assert dangling([0, 1, 2], texts) == []
    chosen = assemble([0, 2, 3], texts, stems, lambda c: len(c) <= 2 and 1 not in c)
    assert chosen == [0, 3]


def test_a_sentence_contained_in_a_longer_chosen_one_is_dropped() -> None:
    long = frozenset(["berg", "who", "led", "the", "talks", "resigned", "on", "monday"])
    short = frozenset(["berg", "resigned", "on", "monday"])
    assert redundant(short, long)
    texts = ["Berg, who led the talks, resigned on Monday.", "Berg resigned on Monday.", "Rain."]
    chosen = assemble([0, 1, 2], texts, [long, short, frozenset({"rain"})], lambda c: len(c) <= 2)
    assert chosen == [0, 2]


def test_a_word_budget_is_filled_closely_and_never_exceeded() -> None:
    for budget in (25, 40, 60):
        summary = _summary(NEWS, Length("words", budget))
        words = sum(len(s.text.split()) for s in summary.sentences)
        assert budget * 0.6 <= words <= budget
        assert summary.word_budget == budget


def test_a_ratio_is_a_share_of_the_articles_words() -> None:
    article = from_text(NEWS)
    summary = _summary(NEWS, Length("ratio", 0.3))
    assert summary.word_budget == round(0.3 * article.word_count)


def test_the_lede_model_swaps_only_by_its_margin() -> None:
    doc = analyse(from_text(NEWS).text)
    never = LedeModel(lede_model().weights, margin=1e9)
    assert lede_choice(doc, 3, never) == [0, 1, 2]
    always = LedeModel(tuple(0.0 for _ in lede_model().weights[:-1]) + (1.0,), margin=-1e9)
    assert lede_choice(doc, 3, always) != [0, 1, 2]
