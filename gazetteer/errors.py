"""Gazetteer errors. `GazetteerError` subclasses ValueError so callers may treat it as bad input."""


class GazetteerError(ValueError):
    """The index is missing or unusable, or a user-supplied file cannot be read: the message says what to do."""


class DumpFormatError(GazetteerError):
    """A file given to `import-geonames` is not a GeoNames dump."""
