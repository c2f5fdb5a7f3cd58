"""todokit's version, in a module of its own so that any layer can read it.

``todokit.__version__`` re-exports it; a module below the top layer (the
plugin manifest, for one) imports it from here rather than from the package
that re-exports the whole library.

Examples:
    >>> from todokit._version import __version__
    >>> __version__.count(".")
    2
"""

__version__ = "0.1.0"
