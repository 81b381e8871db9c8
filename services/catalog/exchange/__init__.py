"""Exchange with other platforms: Atom feeds, incremental sync, bulk export and import."""
