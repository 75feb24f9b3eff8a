"""Fitted evidence weights and refusal threshold, saved with a format version and what they were fitted on.

`python -m bot calibrate` ranks evidence for development questions (SQuAD part 1 questions held out
from the evaluation sample, and the dev set), labels each candidate sentence by whether it holds a
gold answer, fits a logistic regression on the evidence features, and picks the threshold that
maximises the mean of answerable-right and refused-right. Fitting on questions the evaluation does
not use keeps the reported figures honest.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .evidence import FEATURES

FORMAT_VERSION = 1
DEFAULT_PATH = Path(__file__).resolve().parent / "calibration.json"


@dataclass(frozen=True)
class Calibration:
    weights: dict[str, float]
    threshold: float
    fitted_on: dict[str, Any] = field(default_factory=dict)

    def save(self, path: Path = DEFAULT_PATH) -> None:
        body = {"format_version": FORMAT_VERSION, "features": list(FEATURES), **asdict(self)}
        path.write_text(json.dumps(body, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path = DEFAULT_PATH) -> Calibration | None:
        """The saved calibration, or None when missing or made for other features."""
        try:
            body = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if body.get("format_version") != FORMAT_VERSION or body.get("features") != list(FEATURES):
            return None
        return cls(body["weights"], float(body["threshold"]), body.get("fitted_on", {}))


def fit_logistic(x: np.ndarray, y: np.ndarray, sample_weight: np.ndarray, l2: float = 1e-3, steps: int = 4000) -> tuple[np.ndarray, float]:
    """Plain batch gradient descent; the features are few and already in 0..1."""
    w = np.zeros(x.shape[1])
    b = 0.0
    total = sample_weight.sum()
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = (p - y) * sample_weight
        w -= 1.0 * (x.T @ g / total + l2 * w)
        b -= 1.0 * g.sum() / total
    return w, b


@dataclass
class Example:
    """One question: its candidate sentences' features, which of them hold the answer, and its source."""

    features: list[tuple[float, ...]]
    correct: list[bool]
    answerable: bool
    group: str  # "squad" or "dev"


def calibrate(examples: list[Example], group_weights: dict[str, float] | None = None) -> Calibration:
    """Fit weights on every example; pick the threshold on the weighted mean of the data sets'
    balanced accuracy (`group_weights`, default equal)."""
    rows, labels, weights = [], [], []
    groups = {g: sum(e.group == g for e in examples) for g in {e.group for e in examples}}
    for e in examples:
        for f, ok in zip(e.features, e.correct, strict=True):
            rows.append(f)
            labels.append(1.0 if (e.answerable and ok) else 0.0)
            weights.append(1.0 / groups[e.group])  # each data set counts the same
    w, b = fit_logistic(np.array(rows), np.array(labels), np.array(weights))
    w = np.clip(w, 0.0, None)  # every feature is evidence for, never against
    scale = w.sum() or 1.0
    w = w / scale
    threshold = best_threshold(examples, w, group_weights)
    return Calibration(
        {f: round(float(v), 4) for f, v in zip(FEATURES, w, strict=True)},
        round(threshold, 4),
        {"questions": groups, "threshold_group_weights": group_weights or dict.fromkeys(groups, 1.0)},
    )


def curves(examples: list[Example], w: np.ndarray, thresholds: list[float]) -> dict[str, list[tuple[float, float, float]]]:
    """Per data set: (threshold, answerable-right, refused-right) at each threshold."""
    out: dict[str, list[tuple[float, float, float]]] = {}
    for group in sorted({e.group for e in examples}):
        rows = []
        for t in thresholds:
            ans, ref = [], []
            for e in examples:
                if e.group != group:
                    continue
                scores = np.array(e.features) @ w if e.features else np.array([-1.0])
                top = int(np.argmax(scores))
                if e.answerable:
                    ans.append(scores[top] >= t and bool(e.correct[top]) if e.features else False)
                else:
                    ref.append(scores[top] < t)
            rows.append((t, float(np.mean(ans)) if ans else 0.0, float(np.mean(ref)) if ref else 0.0))
        out[group] = rows
    return out


def best_threshold(examples: list[Example], w: np.ndarray, group_weights: dict[str, float] | None = None) -> float:
    """The threshold maximising, averaged over data sets, the mean of answerable-right and refused-right."""
    names = sorted({e.group for e in examples})
    weights = np.array([(group_weights or {}).get(g, 1.0) for g in names])
    decided = []
    for e in examples:
        if not e.features:
            decided.append((e, -1.0, False))
            continue
        scores = np.array(e.features) @ w
        top = int(np.argmax(scores))
        decided.append((e, float(scores[top]), e.correct[top]))
    candidates = sorted({round(s, 4) for _, s, _ in decided})
    best, best_value = 0.0, -1.0
    for t in candidates:
        value = float(np.average([_balanced(decided, t, g) for g in names], weights=weights))
        if value > best_value:
            best, best_value = t, value
    return best


def _balanced(decided: list[tuple[Example, float, bool]], t: float, group: str) -> float:
    ans = [s >= t and ok for e, s, ok in decided if e.group == group and e.answerable]
    ref = [s < t for e, s, _ in decided if e.group == group and not e.answerable]
    parts = [np.mean(x) for x in (ans, ref) if x]
    return float(np.mean(parts)) if parts else 0.0


def collect(bot: Any, question: str, history: Any, is_right: Any, answerable: bool, group: str, top: int = 5) -> Example:
    """The top candidate sentences the bot considers for `question`, and which of them are right."""
    from .conversation import context_for, normalise
    from .question import analyse

    q = analyse(question, bot.library.name_terms)
    context = context_for(question, normalise(history), "The articles don't say")
    ranked = [e for e in bot.retriever.rank(q, context) if bot.adds_to_question(e, q)][:top]
    texts = [bot.evidence_text(e) for e in ranked]
    return Example([e.features for e in ranked], [bool(is_right(t)) for t in texts], answerable, group)
