"""Test infrastructure: real PostgreSQL and NATS, the platform's apps on real ports, token and data helpers."""
