"""Three short articles we wrote about one invented story (a ferry between Valby and Norland),
for the dossier window: one minister named three ways, quotes from two people, dated events."""

from __future__ import annotations

ANNOUNCED = """Norland plans a new ferry to Valby

Published 6 May 2024

Transport minister Sofia Lind announced on Monday that the government will buy a new \
ferry for the crossing between Valby and Norland.

"The old boat has served the islands for forty years," Sofia Lind told reporters in Valby.

The first crossings are planned for the spring of 2026.
"""

DOUBTED = """Dock workers doubt the ferry plan

Published 13 May 2024

Dock workers in Valby said on Friday that the new ferry would need a longer quay.

"Nobody has asked us where the boat will dock," union leader Tomas Ek said at a meeting \
in Valby.

Lind said the quay would be rebuilt in 2025.
"""

ORDERED = """Norland orders the Valby ferry

Published 3 June 2024

The government of Norland ordered the new Valby ferry from a shipyard in Bergen on Tuesday.

"This boat will carry the islands into the next forty years," Minister Lind said in Bergen.

The ferry is due to be delivered in March 2026.
"""

ALL = (ANNOUNCED, DOUBTED, ORDERED)
