"""The statutory reply clock (pure: no I/O). See :mod:`services.applications.clock.clock`."""
from services.applications.clock.clock import (  # noqa: F401
    ClockError,
    ClockEvent,
    ClockResult,
    check_new_event,
    compute,
)
