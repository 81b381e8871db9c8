"""Read models of the facts the statistics come from, fed by catalog and applications events."""
