import json
import os
from pathlib import Path

import numpy as np

from bot import Bot
from bot.bm25 import BM25
from bot.library import open_library
from embeddings import VectorIndex


def test_faiss_matches_brute_force_on_random_vectors():
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(500, 32)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    query = vectors[7] + 0.1 * rng.normal(size=32).astype(np.float32)
    scores, ids = VectorIndex.build(vectors).search(query, 10)
    expected = np.argsort(-(vectors @ query))[:10]
    assert ids.tolist() == expected.tolist()
    assert np.allclose(scores, (vectors @ query)[expected], atol=1e-5)


def test_approximate_index_above_the_limit_keeps_recall():
    rng = np.random.default_rng(1)
    vectors = rng.normal(size=(3000, 32)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    index = VectorIndex.build(vectors, exact_limit=1000)
    hits = 0
    for q in vectors[:50]:
        _, ids = index.search(q, 10)
        hits += len(set(ids.tolist()) & set(np.argsort(-(vectors @ q))[:10].tolist()))
    assert hits / 500 >= 0.9


def test_bm25_scores_only_matching_passages():
    bm25 = BM25(["the ambassador met the minister", "trade grew fast", "ambassador ambassador"])
    scores = bm25.scores("ambassador")
    assert scores[1] == 0 and scores[2] > scores[0] > 0
    assert [i for i, _ in bm25.top("ambassador", 10)] == [2, 0]


def test_index_is_saved_with_a_manifest_and_reused(corpus: Path, tmp_path: Path, encoder):
    folder = tmp_path / "index"
    lib = open_library(corpus, folder, encoder, 90, progress=False)
    manifest = json.loads((folder / "current" / "manifest.json").read_text())
    assert manifest["format_version"] == 1 and manifest["encoder"] == "fake-encoder"
    assert manifest["passages"] == len(lib.passages) and len(manifest["corpus"]) == 64
    encoded = encoder.encoded
    again = open_library(corpus, folder, encoder, 90, progress=False)
    assert encoder.encoded == encoded  # nothing re-encoded: the saved index was loaded
    assert [p.text for p in again.passages] == [p.text for p in lib.passages]


def test_changed_corpus_or_settings_rebuild_the_index(corpus: Path, tmp_path: Path, encoder):
    folder = tmp_path / "index"
    open_library(corpus, folder, encoder, 90, progress=False)
    (corpus / "003_new.txt").write_text("Tokayev met Wang Huning in Beijing on Oct. 18.", encoding="utf-8")
    lib = open_library(corpus, folder, encoder, 90, progress=False)
    assert "003_new" in {p.doc_id for p in lib.passages}
    first = os.readlink(folder / "current")
    open_library(corpus, folder, encoder, 40, progress=False)
    assert os.readlink(folder / "current") != first
    assert len([p for p in folder.iterdir() if p.name.startswith("v-")]) == 1  # old versions cleaned


def test_damaged_index_is_rebuilt(corpus: Path, tmp_path: Path, encoder):
    folder = tmp_path / "index"
    open_library(corpus, folder, encoder, 90, progress=False)
    (folder / "current" / "passages.json").write_text("{broken")
    assert open_library(corpus, folder, encoder, 90, progress=False).passages


def test_index_location_is_a_setting(settings, encoder, tmp_path: Path):
    bot = Bot(settings=settings.with_overrides(index_dir=tmp_path / "elsewhere"), encoder=encoder, progress=False)
    bot.answer("Who met Song Tao?")
    assert (tmp_path / "elsewhere" / "current" / "manifest.json").exists()


def test_update_encodes_only_new_and_changed_articles(corpus: Path, tmp_path: Path, encoder):
    from bot.library import update_library

    folder = tmp_path / "index"
    _, first = update_library(corpus, folder, encoder, 90, progress=False)
    assert sorted(first.added) == ["001_meeting", "002_speaker"]
    (corpus / "003_new.txt").write_text("Tokayev met Wang Huning in Beijing on Oct. 18.", encoding="utf-8")
    (corpus / "002_speaker.txt").write_text("Nigmatulin spoke with Li Zhanshu about trade.", encoding="utf-8")
    (corpus / "001_meeting.txt").unlink()
    lib, report = update_library(corpus, folder, encoder, 90, progress=False)
    assert report.added == ["003_new"] and report.updated == ["002_speaker"] and report.removed == ["001_meeting"]
    assert report.encoded_passages == 2 and encoder.calls[-1] == [p.text for p in lib.passages]
    assert {p.doc_id for p in lib.passages} == {"002_speaker", "003_new"}
    again, report = update_library(corpus, folder, encoder, 90, progress=False)
    assert not report.changed and report.encoded_passages == 0 and report.unchanged == 2


def test_stored_vectors_can_be_read_back():
    rng = np.random.default_rng(2)
    vectors = rng.normal(size=(50, 16)).astype(np.float32)
    for limit in (100, 10):  # flat and HNSW
        assert np.allclose(VectorIndex.build(vectors, exact_limit=limit).vectors([3, 7]), vectors[[3, 7]])
