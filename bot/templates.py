"""Prompt templates: text files in prompts/, rendered strictly (a missing variable is an error)."""

from __future__ import annotations

import string
from functools import cache
from pathlib import Path

from .errors import BotError

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"


@cache
def load(name: str) -> str:
    try:
        return (PROMPTS_DIR / f"{name}.txt").read_text(encoding="utf-8").strip("\n")
    except OSError as exc:
        raise BotError(f"prompt template {name!r} not found in {PROMPTS_DIR}") from exc


def render(name: str, **values: str) -> str:
    template = string.Template(load(name))
    try:
        return template.substitute(values)
    except (KeyError, ValueError) as exc:
        raise BotError(f"prompt template {name!r} needs a value for {exc}") from exc
