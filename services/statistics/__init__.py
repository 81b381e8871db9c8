"""Statistics: the statutory annual report, roll-up across the agency tree, dashboards, report checking.

Import as ``services.statistics`` (``statistics`` alone is the standard-library module).
"""
