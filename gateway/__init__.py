"""The gateway: the platform's one entry point (identity and tokens, routing, limits, API docs, the SPA)."""
