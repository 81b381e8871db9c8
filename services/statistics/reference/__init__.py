"""Replicas of reference data owned elsewhere (agencies from catalog, the calendar from applications)."""
