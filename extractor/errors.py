"""Named errors the command line turns into one clear line (no traceback)."""


class NewsclaimsError(Exception):
    """A problem with the user's input or options, stated so they can fix it."""
