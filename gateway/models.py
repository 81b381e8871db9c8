"""Every table of the gateway (identity) database, imported in one place for migrations and tests."""
from gateway.db import Base, kernel  # noqa: F401
from gateway.identity.models import ApiClient, RefreshToken, Role, User  # noqa: F401
from gateway.reference.models import Agency  # noqa: F401

metadata = Base.metadata
