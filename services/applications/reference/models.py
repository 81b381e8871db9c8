from kernel.replicas import AgencyReplicaMixin
from services.applications.db import Base


class Agency(AgencyReplicaMixin, Base):
    """Replica of catalog's agency directory (``catalog.agency.*`` events)."""

    __tablename__ = "agencies"
