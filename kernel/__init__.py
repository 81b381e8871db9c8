"""The thin shared kernel every Gongkai service imports.

It holds plumbing only (settings, database sessions, problem errors, token verification, pagination,
outbox/inbox, audit, the working-day arithmetic, replicas of reference data). Domain rules live in the
services.
"""
