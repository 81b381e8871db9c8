"""Disclosure catalog service: agencies and their guides, catalog entries, search, exchange."""
