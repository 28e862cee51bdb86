"""Extract: Document -> complaint fields (pure: no database, no network)."""
