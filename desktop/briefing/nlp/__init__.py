"""Language resources: sentences, tokens, POS tags and named entities with offsets.

Everything here runs on the models the project trained and ships in `resources/nltk_data`;
nothing downloads.
"""

from briefing.nlp.text import analyse, find_entities, sentences, tag, tokens

__all__ = ["analyse", "find_entities", "sentences", "tag", "tokens"]
