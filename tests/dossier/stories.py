"""Four short articles we wrote about one invented story (a bridge in Bergen), for the
dossier tests: one person named three ways, two people sharing a surname, dated events."""

from __future__ import annotations

BRIDGE_PLAN = """Norway backs a new bridge for Bergen

Published 4 March 2024

Transport minister Ana Berg announced on Monday that the government will pay for a new \
road bridge across the harbour in Bergen.

"The old crossing has carried the city for sixty years and it is tired," Ana Berg told \
reporters in Oslo.

The Norwegian Public Roads Administration said work could start in 2025 if the plan is \
approved by parliament.

Engineers expect the bridge to open in the summer of 2027.
"""

OPPOSITION = """Opposition questions the cost of the Bergen bridge

Published 11 March 2024

The opposition leader Piet Berg said on Friday that the bridge plan for Bergen would cost \
far more than the government admits.

"Nobody has shown us a budget that adds up," Piet Berg said in a speech in Stavanger.

The government replied that the figures would be published in April.

The Norwegian Public Roads Administration has not commented.
"""

VOTE = """Parliament approves the Bergen bridge

Published 2 April 2024

Parliament voted on Tuesday to approve the new harbour bridge in Bergen after a long debate.

"This is the day the harbour has waited for," Minister Berg said after the vote in Oslo.

Construction is due to begin in January 2025, the Norwegian Public Roads Administration said.
"""

FIRST_STONE = """Work begins on the harbour bridge

Published 15 January 2025

Workers began building the new harbour bridge in Bergen on Wednesday.

"We promised this bridge and today we start it," Berg said at the site.

The city's mayor, Liv Dahl, said traffic in Bergen would be slow for two years.
"""

ALL = (BRIDGE_PLAN, OPPOSITION, VOTE, FIRST_STONE)
