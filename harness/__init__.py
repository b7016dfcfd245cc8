"""ml-katas: the formulas of an ML cheat sheet as katas, with hidden tests and timing."""

__version__ = "0.1.0"
