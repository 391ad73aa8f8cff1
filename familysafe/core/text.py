"""Comparing words the way people expect: without case or accents.

"Cámaras" sorts among the c's and a search for "camara" finds it, in any language the content is
in. (A full collation per locale would order a few languages differently, e.g. Swedish å; close
enough for lists of titles.)
"""

from __future__ import annotations

import unicodedata

_QUOTES = "\"'“”‘’«»¿¡"


def fold(text: str) -> str:
    """``text`` in lower case without accents, for searching."""
    # NFKD on both sides of casefold: compatibility forms (𝓐) fold to letters that still have case,
    # and case folding can bring back accents (ǰ).
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def sort_key(text: str) -> str:
    """A key that sorts titles alphabetically, ignoring case, accents and opening quotes."""
    return fold(text.lstrip(_QUOTES))
