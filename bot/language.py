"""Which language a text is in, by its function words. No spaCy: the asker uses it too."""

from __future__ import annotations

import re

_DE = re.compile(r"\b(der|die|das|und|nicht|ist|sagte|mit|für|auf|dem|den|ein|eine|sich)\b")
_EN = re.compile(r"\b(the|and|is|said|of|to|with|for|on|that|was|has|he|she)\b")


def detect_language(text: str) -> str:
    """'de' or 'en' by counting function words in the first few thousand characters."""
    sample = text[:5000].lower()
    return "en" if len(_EN.findall(sample)) > len(_DE.findall(sample)) else "de"


# Pronouns and auxiliaries besides: a short quotation ("Wir haben lange gewartet") may
# hold none of the article words above.
_DE_SHORT = re.compile(
    r"\b(ich|wir|er|es|ihr|haben|hat|habe|sind|wird|werden|kein|keine|auch|aber)\b"
)
_EN_SHORT = re.compile(r"\b(i|we|it|they|you|have|are|will|be|not|no|but|this|our|my)\b")


def passage_language(text: str) -> str | None:
    """'de' or 'en' when a short passage's function words clearly say which (at least two,
    and more of one language than of the other); else None."""
    sample = text[:5000].lower()
    de = len(_DE.findall(sample)) + len(_DE_SHORT.findall(sample))
    en = len(_EN.findall(sample)) + len(_EN_SHORT.findall(sample))
    if max(de, en) < 2 or de == en:
        return None
    return "de" if de > en else "en"
