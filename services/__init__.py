"""The Gongkai services: catalog, applications, statistics."""
