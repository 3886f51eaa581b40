"""A dossier's exports: JSON (schema "dossier/1"), Markdown and the PDF dossier briefing."""
