"""Developer tooling: embedded PostgreSQL and NATS, migrations, the platform runner, demo data."""
