"""Identity: staff users, citizen accounts, roles with permission strings, API clients, tokens."""
