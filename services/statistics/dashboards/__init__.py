"""The figures behind the console's charts: request handling and catalog publication per agency and period."""
