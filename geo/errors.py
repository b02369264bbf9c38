"""Errors that are the user's to fix: the CLI prints them in one line and exits with status 2."""


class InputError(ValueError):
    """Bad input (empty, binary, malformed, unreadable): the message says what to do next."""
