"""Encoder and vector index: sentence-transformers embeddings in a FAISS index saved with a manifest."""

from .encoder import Encoder, SentenceTransformerEncoder, resolve_model_dir
from .index import FORMAT_VERSION, VectorIndex

__all__ = ["Encoder", "SentenceTransformerEncoder", "resolve_model_dir", "VectorIndex", "FORMAT_VERSION"]
