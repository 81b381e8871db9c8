"""Case library (案例库): anonymised, reviewed closed cases and texts for staff to learn from."""
