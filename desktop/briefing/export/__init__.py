"""Writing briefings out: PDF, JSON, Markdown; every write is atomic."""
