"""Flesch-Kincaid grade for conversation starters, counted without any network data.

Syllables are counted with pyphen's English hyphenation dictionary (it ships with the package),
with a vowel-group count as a floor for short words pyphen does not split.
"""

from __future__ import annotations

import re

import pyphen

_DIC = pyphen.Pyphen(lang="en_GB")
_WORD = re.compile(r"[A-Za-z']+")
_SENTENCE_END = re.compile(r"[.!?]+")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def syllables(word: str) -> int:
    word = word.lower().strip("'")
    groups = len(re.findall(r"[aeiouy]+", word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and groups > 1:
        groups -= 1
    hyphenated = len(_DIC.inserted(word).split("-"))
    return max(1, hyphenated, groups if len(word) > 3 else 1)


def sentences(text: str) -> int:
    return max(1, len([s for s in _SENTENCE_END.split(text) if s.strip()]))


def grade(texts: list[str]) -> float:
    """Flesch-Kincaid grade level of a set of texts taken together."""
    all_words = [w for t in texts for w in words(t)]
    n_sentences = sum(sentences(t) for t in texts)
    n_syllables = sum(syllables(w) for w in all_words)
    n_words = max(1, len(all_words))
    return 0.39 * n_words / n_sentences + 11.8 * n_syllables / n_words - 15.59
