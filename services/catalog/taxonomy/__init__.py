"""The theme taxonomy (主题分类) and per-agency column trees (组配分类)."""
