"""Replies made from the evidence itself: the supporting sentence, trimmed to read as an answer."""

from __future__ import annotations

import re

from .claims import render_date
from .sentences import strip_dateline

_OPENERS = re.compile(
    r"^(?:in turn|for instance|for example|in conclusion|in addition|in particular|in general|"
    r"meanwhile|moreover|furthermore|besides|also|recall that|it is noted that|notably|however|thus|so)\s*,?\s+",
    re.IGNORECASE,
)


def trim(sentence: str) -> str:
    """The sentence without dateline, leading connective or unbalanced quotes; ends with a full stop."""
    text = strip_dateline(sentence.strip())
    text = _OPENERS.sub("", text)
    for open_q, close_q in (("“", "”"), ('"', '"'), ("‘", "’")):
        if open_q != close_q:
            if text.count(open_q) > text.count(close_q) and text.startswith(open_q):
                text = text[1:]
            if text.count(close_q) > text.count(open_q):
                text = text.replace(close_q, "", 1) if text.endswith(close_q) else text
        elif text.count(open_q) % 2 == 1:
            text = text.replace(open_q, "", 1)
    text = text.strip(" ,;")
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    if text and text[-1] not in ".!?":
        text += "."
    return text


def with_date(reply: str, date: str | None) -> str:
    """Add the article's date when the reply gives a day without a year."""
    if date and not re.search(r"\b(1[5-9]|20)\d\d\b", reply):
        pretty = render_date(date).split(" ")[1:4]
        return f"{reply[:-1] if reply.endswith('.') else reply} (article dated {' '.join(pretty)})."
    return reply


def bullet_list(items: list[tuple[str, str]]) -> str:
    """A reply for a question whose answer is spread over several articles: one line per article."""
    lines = [f"- {trim(sentence)} [{label}]" for sentence, label in items]
    return "The articles say:\n" + "\n".join(lines)
