"""What the bot returns: an Answer with its Sources."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Source:
    """A passage that supports an answer. `sentence` is the supporting sentence inside `text`."""

    doc_id: str
    title: str
    date: str | None
    text: str
    score: float
    sentence: str = ""
    start: int = 0  # character offsets of the passage in the article's clean text
    end: int = 0


@dataclass(frozen=True)
class Answer:
    """The reply (`text`), whether the articles hold the answer, and the sources, best first."""

    text: str
    answered: bool
    sources: list[Source] = field(default_factory=list)
    method: str = "extractive"  # "generated", "extractive" or "refusal": how the text was made
    question: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
