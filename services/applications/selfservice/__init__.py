"""Citizen self-service: look up an application with its number and query code (or the account)."""
