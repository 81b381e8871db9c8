"""The official working-day calendar (工作日历): owned here, replicated to catalog and statistics."""
