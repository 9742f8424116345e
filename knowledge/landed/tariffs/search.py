"""Finding US tariff lines from description words ("water heater", "cotton t-shirts").

Owns a word index over the tariff lines of chapters 1-97 (built once, on the first search):
each line is indexed by the words of its own description and its statistical lines (weight
1) and of its ancestors, the nearer the heavier (PARENT_WEIGHT down to HEADING_WEIGHT). A
typed word matches index words with the same stem or, for typos, a rapidfuzz ratio of at
least TYPO_CUTOFF. Lines are ranked by how many typed words they match, then by the
rarity-weighted score, then by code. Best effort over legal text, with no synonyms ("phone"
does not find "telephone"): a reply shows low scores as unsure. No Telegram, no I/O.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from functools import cache

from rapidfuzz import fuzz, process

from knowledge.landed.tariffs.models import SearchHit
from knowledge.landed.tariffs.table import TariffTable

PARENT_WEIGHT = 0.85  # the line's parent; each level up weighs STEP less
STEP = 0.15
HEADING_WEIGHT = 0.4  # the floor, and the 4-digit heading whatever its depth
TYPO_CUTOFF = 85.0  # "heatr" -> "heater" 91, "cottn" -> "cotton" 91; "coat" -> "cost" 75
TYPO_LIMIT = 4  # index words kept per typed word
MIN_TYPO_LENGTH = 4  # shorter words must match exactly
_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_STOP = frozenset(
    {
        "a",
        "an",
        "and",
        "or",
        "of",
        "the",
        "for",
        "with",
        "without",
        "in",
        "on",
        "to",
        "by",
        "other",
        "not",
        "nesoi",
        "thereof",
        "whether",
        "than",
        "but",
        "over",
        "under",
        "its",
        "their",
        "such",
        "as",
        "at",
        "be",
        "from",
        "articles",
        "article",
        "like",
        "etc",
    }
)


def stem(word: str) -> str:
    """A crude singular: heaters -> heater, boxes -> box, batteries -> battery."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """The stemmed content words of a text, in order; "lithium-ion" also as its parts."""
    found: list[str] = []
    for raw in _WORD.findall(text.lower().replace("ʼ", "'")):
        token = raw.replace("'", "")
        found.append(stem(token))
        if "-" in token:
            found.extend(stem(part) for part in token.split("-"))
    return [w for w in found if w not in _STOP and len(w) > 1]


class SearchIndex:
    """Word -> {tariff line row: weight}, with document frequencies for rarity."""

    def __init__(self, table: TariffTable) -> None:
        self.table = table
        lines = table.lines
        row_words = [set(words(row[2])) for row in lines]
        children: dict[str, list[int]] = defaultdict(list)
        for code, row in table.by_code.items():
            if len(code) == 10 and code[:8] in table.by_code:
                children[code[:8]].append(row)
        postings: dict[str, dict[int, float]] = defaultdict(dict)
        self.rows: list[str] = []
        for code, row in table.tariff:
            if int(code[:2]) > 97:
                continue
            slot = len(self.rows)
            self.rows.append(code)
            weights: dict[str, float] = {}
            weight, parent = PARENT_WEIGHT, lines[row][3]
            while parent != -1:
                level = HEADING_WEIGHT if len(lines[parent][0]) == 4 else weight
                for word in row_words[parent]:
                    weights.setdefault(word, max(level, HEADING_WEIGHT))
                weight, parent = weight - STEP, lines[parent][3]
            for own in (row, *children.get(code, ())):
                weights.update(dict.fromkeys(row_words[own], 1.0))
            for word, value in weights.items():
                postings[word][slot] = value
        self.postings = dict(postings)
        self.vocabulary = sorted(self.postings)
        total = len(self.rows)
        self.idf = {w: math.log(1 + total / len(p)) for w, p in self.postings.items()}
        # What a typed word found nowhere costs the score: a typical word's rarity.
        self.unknown_cost = sum(self.idf.values()) / max(len(self.idf), 1)

    def _variants(self, word: str) -> list[tuple[str, float]]:
        """Index words a typed word stands for, with a similarity of 0-1."""
        if word in self.postings:
            return [(word, 1.0)]
        if len(word) < MIN_TYPO_LENGTH:
            return []
        close = process.extract(
            word,
            self.vocabulary,
            scorer=fuzz.ratio,
            processor=None,
            score_cutoff=TYPO_CUTOFF,
            limit=TYPO_LIMIT,
        )
        return [(found, score / 100) for found, score, _ in close]

    def search(self, text: str, limit: int = 5) -> tuple[SearchHit, ...]:
        typed = list(dict.fromkeys(words(text)))
        if not typed:
            return ()
        scores: dict[int, float] = defaultdict(float)
        matched: dict[int, list[str]] = defaultdict(list)
        best_possible = 0.0
        for word in typed:
            per_line: dict[int, float] = {}
            variants = self._variants(word)
            best_possible += max((self.idf[v] for v, _ in variants), default=self.unknown_cost)
            for variant, similarity in variants:
                gain = similarity * self.idf[variant]
                for slot, weight in self.postings[variant].items():
                    per_line[slot] = max(per_line.get(slot, 0.0), gain * weight)
            for slot, gain in per_line.items():
                scores[slot] += gain
                matched[slot].append(word)
        ranked = sorted(scores, key=lambda s: (-len(matched[s]), -scores[s], self.rows[s]))
        hits = []
        for slot in ranked[:limit]:
            candidate = self.table.candidate(self.rows[slot])
            score = 100 * scores[slot] / best_possible if best_possible else 0.0
            hits.append(
                SearchHit(
                    display=candidate.display,
                    short=candidate.short,
                    rate_text=candidate.rate_text,
                    score=round(score, 1),
                    matched=tuple(matched[slot]),
                )
            )
        return tuple(hits)


@cache
def search_index(table: TariffTable) -> SearchIndex:
    """The index of a table, built on first use."""
    return SearchIndex(table)
