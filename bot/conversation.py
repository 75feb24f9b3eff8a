"""Chat history in either form (pairs or role/content messages) and follow-up detection."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .errors import InvalidQuestion
from .people import country_of
from .question import Question
from .terms import terms

History = Sequence[tuple[str, str]] | Sequence[dict[str, Any]] | None

_FOLLOWUP = re.compile(
    r"^(?:and|but|so|also|then|what about|how about)\b|\b(?:he|she|they|them|him|her|his|their|it|its|that|this|"
    r"those|these|there|then|the same)\b",
    re.IGNORECASE,
)


def normalise(history: History) -> list[tuple[str, str]]:
    """[(user, bot), ...] from pairs or from messages ({"role": ..., "content": ...})."""
    if not history:
        return []
    if not isinstance(history, (list, tuple)):
        raise InvalidQuestion("history must be a list of (question, answer) pairs or of chat messages")
    turns: list[tuple[str, str]] = []
    pending_user: str | None = None
    for item in history:
        if isinstance(item, dict):
            role, content = item.get("role"), _text(item.get("content"))
            if role == "user":
                if pending_user is not None:
                    turns.append((pending_user, ""))
                pending_user = content
            elif role == "assistant" and pending_user is not None:
                turns.append((pending_user, content))
                pending_user = None
        elif isinstance(item, (list, tuple)) and len(item) == 2:
            turns.append((_text(item[0]), _text(item[1])))
        else:
            raise InvalidQuestion("each history item must be a (question, answer) pair or a chat message dict")
    if pending_user is not None:
        turns.append((pending_user, ""))
    return turns


def _text(content: Any) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):  # a Gradio content block
        return str(content.get("text") or content.get("content") or "")
    if isinstance(content, (list, tuple)):
        return " ".join(_text(c) for c in content)
    return str(content)


def continues(question: str) -> bool:
    """Worded as a continuation ("and who was the Chinese side?", "what did he say?"): the
    conversation's article answers it when it can, even if another article's words match better."""
    return bool(_FOLLOWUP.search(question))


SHORT_QUESTION = 4  # words: "and the date?", "where was it held?"
UNNAMED_QUESTION = 7  # words of a question that names nothing: "whose initiative was the call?"


def is_followup(question: str, turns: list[tuple[str, str]]) -> bool:
    """Worded as a continuation, short, or naming nothing (no capitalised word after the first);
    a follow-up that names someone new leaves the conversation anyway (new_subject)."""
    words = question.split()
    unnamed = not any(w[:1].isupper() for w in words[1:]) and len(words) <= UNNAMED_QUESTION
    return bool(turns) and (continues(question) or len(words) <= SHORT_QUESTION or unnamed)


def context_for(question: str, turns: list[tuple[str, str]], refusal_text: str) -> str:
    """Text of the last turn that retrieval should also consider, or '' for a self-contained question."""
    if not is_followup(question, turns):
        return ""
    user, bot = turns[-1]
    if refusal_text and bot.startswith(refusal_text[:30]):
        bot = ""
    return f"{user} {bot[:400]}".strip()


def new_subject(q: Question, context: str) -> bool:
    """The question names someone or something the conversation has not mentioned (countries aside)."""
    said = set(terms(context))
    for word in re.findall(r"[\w’'\-]+", q.text):
        found = terms(word)
        if found and found[0] in q.entities and found[0] not in said and not country_of(word):
            return True
    return False


_ELLIPSIS = re.compile(r"^(?:and|what about|how about)\s+(?:with\s+|for\s+)?(.+?)\s*\??$", re.IGNORECASE)
_NAME_WORD = re.compile(r"[\w’'\-]+")


def elliptical(question: str, previous: str, people_terms: frozenset[str]) -> str | None:
    """"and Li Huilai?" after "who met Li Zhanshu?": the last question again, about the new person
    (the run of words naming a person there is replaced); None when it is not such a question."""
    match = _ELLIPSIS.match(question.strip())
    if not match:
        return None
    new = match.group(1)
    words = _NAME_WORD.findall(new)
    if not words or not all(set(terms(w)) & people_terms for w in words if terms(w)):
        return None  # "and the date?" is no name
    spans = [m for m in _NAME_WORD.finditer(previous) if set(terms(m.group(0))) & people_terms]
    if not spans:
        return None
    start = end = spans[0]
    for m in spans[1:]:  # the first run of name words ("li zhanshu")
        if previous[end.end() : m.start()].strip():
            break
        end = m
    return f"{previous[: start.start()]}{new}{previous[end.end() :]}"
