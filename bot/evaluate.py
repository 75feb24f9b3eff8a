"""Measuring answer quality: a question set in the ../shared/qa format, or SQuAD 2.0 as a new corpus.

    python -m bot evaluate --qa ../shared/qa/dev.json
    python -m bot evaluate --squad ../shared/squad/squad2-dev-part1.json --sample 200 --naive
"""

from __future__ import annotations

import json
import random
import re
import string
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from .answers import Answer
from .claims import render_date, unsupported
from .terms import fold


class Answerer(Protocol):
    def answer(self, question: str, history: Any = None) -> Answer: ...


@dataclass
class Result:
    kind: str
    ok: bool
    answered: bool
    latency: float
    unsupported: list[str] = field(default_factory=list)
    method: str = ""
    cites_doc: bool | None = None
    item: dict[str, Any] = field(default_factory=dict)
    reply: str = ""


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", fold(text)).strip()


def passes(reply: str, facts: list[list[str]]) -> bool:
    """Every fact has an alternative occurring in the reply (case, curly quotes and spaces folded)."""
    text = _norm(reply)
    return all(any(_norm(alt) in text for alt in alts) for alts in facts)


def run_qa(bot: Answerer, items: list[dict[str, Any]]) -> list[Result]:
    results = []
    for item in items:
        history = [tuple(turn) for turn in item.get("history", [])]
        start = time.perf_counter()
        a = bot.answer(item["question"], history=history or None)
        latency = time.perf_counter() - start
        answerable = bool(item["answers"])
        ok = (a.answered and passes(a.text, item["answers"])) if answerable else not a.answered
        docs = item["doc"] if isinstance(item["doc"], list) else [item["doc"]]
        cites = any(s.doc_id[:3] in docs for s in a.sources) if answerable and a.answered else None
        results.append(Result(item["kind"], ok, a.answered, latency, _unsupported(a), a.method, cites, item, a.text))
    return results


def _unsupported(a: Answer) -> list[str]:
    if not a.answered:
        return []
    return unsupported(a.text, [t for s in a.sources for t in (s.text, s.title, render_date(s.date))])


def summary(results: list[Result]) -> dict[str, Any]:
    answerable = [r for r in results if r.item.get("answers")]
    unanswerable = [r for r in results if not r.item.get("answers")]
    answered = [r for r in results if r.answered]
    latencies = sorted(r.latency for r in results)
    by_kind: dict[str, list[bool]] = defaultdict(list)
    for r in results:
        by_kind[r.kind].append(r.ok)
    cited = [r.cites_doc for r in answerable if r.cites_doc is not None]
    return {
        "questions": len(results),
        "answerable_right": _share([r.ok for r in answerable]),
        "refused_right": _share([r.ok for r in unanswerable]),
        "unsupported_share": _share([bool(r.unsupported) for r in answered]),
        "cites_right_article": _share(cited),
        "generated_share": _share([r.method == "generated" for r in answered]),
        "by_kind": {k: _share(v) for k, v in sorted(by_kind.items())},
        "latency_p50_s": _pct(latencies, 0.50),
        "latency_p95_s": _pct(latencies, 0.95),
    }


# Issue 3's targets on a question set: (summary key, label, goal, higher is better).
TARGETS = [
    ("answerable_right", "answerable questions right", 0.90, True),
    ("refused_right", "unanswerable questions refused", 0.90, True),
    ("unsupported_share", "answered replies with an unsupported claim", 0.0, False),
    ("cites_right_article", "answered replies citing the right article", 1.0, True),
]


def targets(summary: dict[str, Any]) -> str:
    """One line per target: the figure, the goal, and whether it is met."""
    lines = []
    for key, label, goal, higher in TARGETS:
        value = summary.get(key)
        met = value is not None and (value >= goal if higher else value <= goal)
        shown = "n/a" if value is None else f"{100 * value:.1f} %"
        lines.append(f"  {'met    ' if met else 'NOT met'}  {label}: {shown} (target {'≥' if higher else '≤'} {100 * goal:.0f} %)")
    return "targets:\n" + "\n".join(lines)


def _share(flags: list[bool]) -> float | None:
    return round(sum(flags) / len(flags), 3) if flags else None


def _pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    return round(values[min(len(values) - 1, int(round(q * (len(values) - 1))))], 3)


# -- SQuAD ---------------------------------------------------------------------------------------


def squad_corpus(path: Path, folder: Path) -> list[dict[str, Any]]:
    """Write each SQuAD article as a text file (title, then paragraphs); return its questions."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))["data"]
    questions = []
    for n, article in enumerate(data):
        title = article["title"].replace("_", " ")
        paragraphs = [p["context"].strip() for p in article["paragraphs"]]
        (folder / f"{n:03d}_{re.sub(r'[^A-Za-z0-9]+', '_', title)[:40]}.txt").write_text(
            title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8"
        )
        for p in article["paragraphs"]:
            for qa in p["qas"]:
                questions.append(
                    {
                        "id": qa["id"],
                        "question": qa["question"],
                        "impossible": qa.get("is_impossible", False),
                        "answers": sorted({a["text"] for a in qa["answers"]}),
                    }
                )
    return questions


def squad_sample(questions: list[dict[str, Any]], size: int, seed: int) -> list[dict[str, Any]]:
    """`size` questions, half answerable and half not, drawn with a fixed seed."""
    rng = random.Random(seed)
    answerable = [q for q in questions if not q["impossible"]]
    impossible = [q for q in questions if q["impossible"]]
    half = size // 2
    picked = rng.sample(answerable, min(half, len(answerable))) + rng.sample(impossible, min(half, len(impossible)))
    rng.shuffle(picked)
    return picked


def squad_normal(text: str) -> str:
    text = "".join(c for c in text.lower() if c not in set(string.punctuation))
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def run_squad(bot: Answerer, sample: list[dict[str, Any]], label: str = "bot", show: bool = False) -> dict[str, Any]:
    right, refused, latencies = [], [], []
    for n, q in enumerate(sample, 1):
        if n % 25 == 0:
            print(f"  {label}: {n}/{len(sample)}", file=sys.stderr, flush=True)
        start = time.perf_counter()
        a = bot.answer(q["question"])
        latencies.append(time.perf_counter() - start)
        if q["impossible"]:
            refused.append(not a.answered)
        else:
            reply = squad_normal(a.text)
            right.append(a.answered and any(squad_normal(g) and squad_normal(g) in reply for g in q["answers"]))
        if show:
            ok = (refused if q["impossible"] else right)[-1]
            kind = "unanswerable" if q["impossible"] else "answerable"
            print(f"{'ok  ' if ok else 'FAIL'} {label} {q['id']} [{kind}] {q['question']}\n      -> {a.text[:300]}")
    latencies.sort()
    ans, ref = _share(right) or 0.0, _share(refused) or 0.0
    return {
        "answerable_right": ans,
        "refused_right": ref,
        "mean": round((ans + ref) / 2, 3),
        "questions": len(sample),
        "latency_p50_s": _pct(latencies, 0.5),
        "latency_p95_s": _pct(latencies, 0.95),
    }


def temp_corpus() -> tempfile.TemporaryDirectory:
    """A folder for the SQuAD articles and their index, removed afterwards."""
    return tempfile.TemporaryDirectory(prefix="squad-corpus-")


def articles_folder(folder: str) -> Path:
    path = Path(folder) / "articles"
    path.mkdir(exist_ok=True)
    return path
