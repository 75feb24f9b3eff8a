"""Adding one article to a 1,000-article corpus costs about what encoding that one article costs.

    .venv/bin/python bench/incremental.py [--articles 1000]
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

from common import PROJECT, table

from bot.library import update_library
from bot.passages import split_article
from embeddings import SentenceTransformerEncoder


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    squad = json.loads((PROJECT.parent / "shared" / "squad" / "squad2-dev-part1.json").read_text())
    paragraphs = [p["context"] for a in squad["data"] for p in a["paragraphs"]]
    work = Path(tempfile.mkdtemp(prefix="bench-incremental-"))
    corpus, index = work / "corpus", work / "index"
    corpus.mkdir()
    for i in range(args.articles):
        chunk = [paragraphs[(i * 3 + k) % len(paragraphs)] for k in range(3)]
        (corpus / f"a{i:05d}.txt").write_text(f"Article {i}\n\n" + "\n\n".join(chunk) + f"\n\nReference number {i}.\n")
    encoder = SentenceTransformerEncoder()
    t = time.perf_counter()
    _, first = update_library(corpus, index, encoder, 90, progress=False)
    full = time.perf_counter() - t
    t = time.perf_counter()
    _, same = update_library(corpus, index, encoder, 90, progress=False)
    unchanged = time.perf_counter() - t
    new = corpus / "zz_new.txt"
    new.write_text("A new article\n\n" + "\n\n".join(paragraphs[-3:]) + "\n")
    t = time.perf_counter()
    lib, added = update_library(corpus, index, encoder, 90, progress=False)
    incremental = time.perf_counter() - t
    article = next(a for a in lib.articles if a.doc_id == "zz_new")
    texts = [p.text for p in split_article(article, 90)]
    t = time.perf_counter()
    encoder.encode(texts)
    alone = time.perf_counter() - t
    table(
        [
            (f"first index of {args.articles} articles", f"{full:.1f}", str(first.encoded_passages)),
            ("re-open, nothing changed", f"{unchanged:.2f}", str(same.encoded_passages)),
            ("add one article", f"{incremental:.2f}", str(added.encoded_passages)),
            ("encoding that article alone", f"{alone:.2f}", str(len(texts))),
        ],
        ("", "seconds", "passages encoded"),
    )
    print(f"add-one / full rebuild: {incremental / full:.3f}; add-one overhead beyond encoding: {incremental - alone:.2f} s")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
