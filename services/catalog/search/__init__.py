"""Search over catalog entries behind a small backend interface (PostgreSQL now, OpenSearch later)."""
