"""The errors of the session commands, in a module of their own so that the session file format
(`storage`) can name them without importing the session it reads."""

from __future__ import annotations


class SessionError(Exception):
    """A command that cannot be carried out; the session is unchanged."""


class UnknownOption(SessionError, KeyError):
    """The option id is not on offer at the current beat."""

    def __str__(self) -> str:
        return str(self.args[0])
