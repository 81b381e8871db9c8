"""Catalog entries: metadata, the review and publication workflow, versions, attachments, timeliness."""
