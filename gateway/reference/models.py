from gateway.db import Base
from kernel.replicas import AgencyReplicaMixin


class Agency(AgencyReplicaMixin, Base):
    """Replica of catalog's agency directory (``catalog.agency.*`` events)."""

    __tablename__ = "agencies"
