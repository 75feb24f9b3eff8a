"""Killing the process in the middle of indexing leaves a loadable, consistent index."""

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

from bot.library import update_library
from embeddings import VectorIndex

PROJECT = Path(__file__).resolve().parent.parent
WORKER = """
import sys, time
from pathlib import Path
sys.path.insert(0, {project!r})
from tests.conftest import FakeEncoder
from bot.library import update_library

class Slow(FakeEncoder):
    def encode(self, texts, progress=False):
        time.sleep(0.001 * len(texts))
        return super().encode(texts)

corpus, index = Path(sys.argv[1]), Path(sys.argv[2])
for n in range(10_000):
    body = " ".join(f"Sentence {{n}}-{{i}} about trade and the Silk Road." for i in range(400))
    (corpus / f"gen_{{n:05d}}.txt").write_text(body)
    update_library(corpus, index, Slow(), 90, progress=False)
    print("indexed", n, flush=True)
"""


def _consistent(index: Path) -> int:
    manifest = VectorIndex.read_manifest(index)
    assert manifest is not None, "no loadable manifest"
    passages = json.loads((index / "current" / "passages.json").read_text())
    assert manifest["passages"] == len(passages) == len(VectorIndex.load(index))
    return len(passages)


def test_kill_during_indexing(corpus: Path, tmp_path: Path, encoder):
    index = tmp_path / "index"
    update_library(corpus, index, encoder, 90, progress=False)
    script = tmp_path / "worker.py"
    script.write_text(WORKER.format(project=str(PROJECT)))
    seen = _consistent(index)
    for delay in (0.3, 0.7, 1.1, 1.6, 2.3):
        proc = subprocess.Popen([sys.executable, str(script), str(corpus), str(index)], stdout=subprocess.PIPE, text=True)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        count = _consistent(index)
        assert count >= seen
        seen = count
    # And the bot's own loader takes it from there, catching up with the files written meanwhile.
    lib, report = update_library(corpus, index, encoder, 90, progress=False)
    assert len(lib.passages) == _consistent(index)
    leftovers = [p.name for p in index.iterdir() if p.name.endswith(".partial")]
    assert leftovers == [] or all(p.startswith("v-") for p in leftovers)
