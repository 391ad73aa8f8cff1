"""FamilySafe: helps parents keep children safe online by talking with them."""

from familysafe.about import __version__

__all__ = ["__version__"]
