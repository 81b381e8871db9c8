"""Replicas of reference data owned elsewhere (the working-day calendar, owned by applications)."""
