"""The textbook recipe, kept as the baseline every quality figure is compared with in the same run:
top-3 passages by dense similarity, "answer from the context", SmolLM2 unconstrained, no checks."""

from __future__ import annotations

from typing import Any

from bot import Answer, Bot, Source

PROMPT = "Answer the question using the context.\n\nContext:\n{context}\n\nQuestion: {question}"
REFUSALS = ("don't know", "do not know", "not mentioned", "no information", "does not say", "doesn't say", "not provided")


class NaiveBot:
    def __init__(self, bot: Bot, top_k: int = 3) -> None:
        self.bot = bot  # borrowed for its index and models
        self.top_k = top_k

    def answer(self, question: str, history: Any = None) -> Answer:
        lib = self.bot.library
        qvec = self.bot.encoder.encode([question])[0]
        scores, ids = lib.vectors.search(qvec, self.top_k)
        passages = [lib.passages[int(i)] for i in ids]
        context = "\n\n".join(p.text for p in passages)
        text = self.bot.generator.complete(PROMPT.format(context=context, question=question), 64)
        sources = [Source(p.doc_id, p.title, p.date, p.text, float(s)) for p, s in zip(passages, scores, strict=False)]
        answered = not any(r in text.lower() for r in REFUSALS)
        return Answer(text.strip(), answered, sources, "naive", question)
