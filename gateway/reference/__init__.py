"""Replica of the agency directory: staff belong to agencies; tokens carry the agency id and path."""
