"""Sales resistance role-play simulator."""

__version__ = "0.1.0"
