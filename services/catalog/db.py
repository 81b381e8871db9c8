"""The catalog service's declarative base and kernel tables (outbox, inbox, audit_log)."""
from kernel.db import declarative_base
from kernel.service import ServiceKernel

Base = declarative_base()
kernel = ServiceKernel(Base, source="catalog")
