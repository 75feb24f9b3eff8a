"""Whether an article holds what a question names: its people, other names, countries and years.

"When did Nuryshev meet Li Huilai?" is not answered from his meeting with Song Tao, nor "what did
Tokayev say about Xi Jinping?" from an article without Tokayev, nor a question about 2021 from an
article that never says 2021.
"""

from __future__ import annotations

import re

from .library import Library
from .people import asked_countries
from .question import Question

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def years(text: str) -> set[str]:
    """The years a text gives ("2016")."""
    return set(_YEAR.findall(text))


def names_held(library: Library, q: Question, doc: str, every: bool = False) -> bool:
    """A person's name is held when a telling word of it is ("President Tokayev"); any other name
    needs its last word and all others but one in four: "the Belt and Road Forum" is not held by
    "the Silk Road Economic Belt", nor "the United States" by "both states". Each country the
    question names must be named too, in any form ("Chinese" for China). A question typed in
    lowercase may miss one name in three, its names coming word by word, but never a person the
    articles name ("which congress did ashimbayev praise" is not answered by what Nigmatulin praised).
    With `every`, no name may be missed."""
    in_doc = library.doc_terms(doc)
    people = library.doc_people(doc)
    groups = q.name_groups
    missing = sum(not _written(g, in_doc, people) for g in groups)
    missing += len(set(asked_countries(q.text)) - library.doc_countries(doc))  # "ambassador to Russia"
    if missing and not q.cased and any(set(g) & library.all_people and not person_written(g, in_doc) for g in groups):
        return False
    return missing <= (0 if q.cased or every else len(groups) // 3)


def years_held(library: Library, q: Question, doc: str, date: str | None) -> bool:
    """Each year the question gives is in the article or its date."""
    article = library.doc_text(doc) + " " + (date or "")
    return all(re.search(rf"\b{year}\b", article) for year in years(q.text))


def name_written(library: Library, name: tuple[str, ...], words: set[str] | frozenset[str]) -> bool:
    """A name of the question is written among `words` (a sentence's): a person's by a telling word,
    another whole but for one word in four ("University" alone is not "Beijing Foreign Studies
    University")."""
    return _written(name, words, library.all_people)


def _written(name: tuple[str, ...], words: set[str] | frozenset[str], people: frozenset[str]) -> bool:
    return person_written(name, words) if set(name) & people else _held(name, words)


def person_written(name: tuple[str, ...], in_doc: set[str] | frozenset[str]) -> bool:
    """A person's name is written when any word of it but a short one is ("Li Zhanshu" is not held
    by "Li Huilai")."""
    telling = [t for t in name if len(t) >= 4] or list(name)
    return any(t in in_doc for t in telling)


def _held(name: tuple[str, ...], in_doc: set[str] | frozenset[str]) -> bool:
    """A name other than a person's: its last word, and all other words but one in four (typos)."""
    missing = sum(t not in in_doc for t in name[:-1])
    return name[-1] in in_doc and missing <= len(name) // 4
