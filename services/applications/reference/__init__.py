"""Replicas of reference data owned elsewhere (agencies, owned by catalog)."""
