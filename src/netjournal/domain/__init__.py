"""Plain Python rules and value types: no Qt, no peewee, no I/O."""


class DomainError(Exception):
    """Base class for errors raised by the domain rules."""
