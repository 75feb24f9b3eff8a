"""Offline question answering over a folder of news articles, with cited sources.

    from bot import answer
    a = answer("Who met Song Tao?")
    a.text, a.answered, a.sources
"""

from __future__ import annotations

from .answers import Answer, Source
from .bot import Bot
from .conversation import History

__all__ = ["answer", "Bot", "Answer", "Source"]

_default: Bot | None = None


def answer(question: str, history: History = None) -> Answer:
    """Answer from the default Bot over corpus/ (built on first use; settings from BOT_* variables)."""
    global _default
    if _default is None:
        _default = Bot()
    return _default.answer(question, history)
