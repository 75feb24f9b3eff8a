"""Reply latency over a question set (p50 / p95, first streamed text) and peak memory, for the bot
and for the textbook recipe (bench/naive.py) in the same run.

    .venv/bin/python bench/latency.py [../shared/qa/dev.json]
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time

from common import PROJECT, table

from bench.naive import NaiveBot
from bot import Answer, Bot


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def main() -> None:
    path = sys.argv[1] if len(sys.argv) > 1 else str(PROJECT.parent / "shared" / "qa" / "dev.json")
    items = json.loads(open(path, encoding="utf-8").read())
    bot = Bot(progress=False)
    bot.answer("Who met Song Tao?")  # load everything once: we measure replies, not start-up
    if bot.generator is not None:
        bot.generator.load()
    ours, first = [], []
    for item in items:
        history = [tuple(t) for t in item.get("history", [])] or None
        start = time.perf_counter()
        seen = None
        for event in bot.stream(item["question"], history):
            seen = seen or time.perf_counter() - start
            if isinstance(event, Answer):
                ours.append(time.perf_counter() - start)
        first.append(seen or 0.0)
    naive = NaiveBot(bot)
    theirs = []
    for item in items:
        start = time.perf_counter()
        naive.answer(item["question"])
        theirs.append(time.perf_counter() - start)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    table(
        [
            ("textbook recipe", f"{statistics.median(theirs):.2f}", f"{pct(theirs, 0.95):.2f}", "-"),
            ("ours", f"{statistics.median(ours):.2f}", f"{pct(ours, 0.95):.2f}", f"{statistics.median(first):.2f}"),
        ],
        ("", "p50 s", "p95 s", "first text p50 s"),
    )
    print(f"ratio p50: x{statistics.median(theirs) / statistics.median(ours):.1f} faster; peak RSS of this process (both bots): {rss:.0f} MB")


if __name__ == "__main__":
    main()
