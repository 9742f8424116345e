"""Finding an Incoterm from what a buyer types: codes, places, names with typos, questions.

Owns the lookup engine: `IncotermsGuide` is built once from the validated `Incoterms` data
(all choices are normalised and indexed then) and answers free text with a rule (and the
place, if one was typed), a retired or look-alike term, a misconception, ranked "did you
mean" suggestions, or nothing (the answer types are in `knowledge/incoterms/matches.py`). It
renders nothing and knows nothing of Telegram; comparing two rules lives in `compare.py`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz, process

from knowledge.cost_split import CostLine
from knowledge.incoterms.asked import AskedCosts
from knowledge.incoterms.matches import (
    Entry,
    Lookup,
    MisconceptionMatch,
    NoMatch,
    OtherTermMatch,
    RuleMatch,
    Suggestions,
)
from knowledge.incoterms.models import Incoterms, Misconception, ModeGroup, Rule
from knowledge.incoterms.words import Word, normal, words

# Scores are rapidfuzz's 0-100. A whole name typed with a typo or two scores 85+ on plain
# ratio ("free on bord" 96); the next-best name must trail by MARGIN, or we ask instead.
# Names differing by two letters ("duty paid" / "duty unpaid") sit about 5 apart on a typo.
FOUND_CUTOFF = 85.0
MARGIN = 4.5
# Suggestions use token_set_ratio, which gives 100 when every typed word is in a name
# ("free" -> FCA, FAS, FOB) and stays under 60 for unrelated words.
SUGGEST_CUTOFF = 70.0
# A mistyped three-letter code ("fbo") shares two letters in order with the real one: 67.
CODE_TYPO_CUTOFF = 60.0
# A topic word typed with a typo ("insurence") still reads as that word.
KEYWORD_CUTOFF = 85.0
MAX_SUGGESTIONS = 4
# Words that join the words of a name; on their own they point at no rule in particular.
_LINKING_WORDS = frozenset({"a", "and", "at", "of", "on", "the", "to"})
MAX_PLACE_CHARS = 48  # longer than any port's name: the tail is a sentence, not a place

# What may separate a code from its place, or trail it ("FOB Shanghai, Incoterms® 2020.").
_PLACE_EDGES = " \t,;:.!?-–—()[]\"'"  # dashes too: users paste from documents
_PLACE_TAIL = re.compile(r"[\s,;:.()]*\b(?:incoterms?|icc)\b\s*®?\s*(?:20[0-2]0)?\W*$", re.I)


class IncotermsGuide:
    """Answers free text about Incoterms from one validated knowledge base."""

    def __init__(self, book: Incoterms) -> None:
        self.book = book
        entries: list[Entry] = [*book.rules, *book.other_terms]
        self._by_key: dict[str, Entry] = {entry.key: entry for entry in entries}
        # Every exact spelling (code, name, alias) as a word tuple, for whole and prefix hits.
        self._spellings: dict[tuple[str, ...], Entry] = {}
        for rule in book.rules:
            for spelling in (rule.code, rule.name, *rule.aliases):
                self._spellings[tuple(normal(spelling).split())] = rule
        for term in book.other_terms:
            for spelling in term.aliases:
                self._spellings[tuple(normal(spelling).split())] = term
        self._longest = max(len(spelling) for spelling in self._spellings)
        # Choices for rapidfuzz, normalised here once; queries get the same `normal`, so the
        # scorers run with processor=None.
        multi = [(key, owner) for key, owner in self._spellings.items() if len(key) > 1]
        self._names = [" ".join(key) for key, _ in multi]
        self._name_owners = [owner for _, owner in multi]
        single = [(key[0], owner) for key, owner in self._spellings.items() if len(key) == 1]
        self._codes = [code for code, owner in single if len(code) <= 4]
        self._code_owners = [owner for code, owner in single if len(code) <= 4]
        self._rule_codes = {rule.code.casefold(): rule for rule in book.rules}
        self._topics = [
            (item, tuple(tuple(normal(k).split()) for k in item.keywords))
            for item in book.misconceptions
        ]
        self._topic_words = sorted({k[0] for _, ks in self._topics for k in ks if len(k) == 1})
        self._topic_phrases = {k for _, ks in self._topics for k in ks if len(k) > 1}
        self._question_words = frozenset(normal(word) for word in book.question_words)
        self._asked = AskedCosts(book)

    # Public API -------------------------------------------------------------------------

    def rule(self, code: str) -> Rule:
        """The rule with this code (any case); KeyError if there is none."""
        return self.book.rule(code)

    def entry(self, key: str) -> Entry | None:
        """A rule or other term by its stable key (as used in buttons), or None."""
        return self._by_key.get(key)

    def groups(self) -> tuple[tuple[ModeGroup, tuple[Rule, ...]], ...]:
        """All rules under their transport-mode headings, for the "all rules" listing."""
        return self.book.by_mode()

    def common(self) -> tuple[Rule, ...]:
        """The rules suppliers quote most often, likeliest first (offered before any typing)."""
        return tuple(self.book.rule(code) for code in self.book.common)

    def find_rule(self, query: str) -> Lookup:
        """What `query` names: a rule (with place), another term, a misconception, or not."""
        typed = words(query)
        if not typed:
            return NoMatch()
        tokens = tuple(word.text for word in typed)
        exact = self._spellings.get(tokens)
        if exact is not None:
            return self._match(exact, None)
        found = self._find(query, typed, tokens)
        # Only beside the rule's code: in a name ("delivered duty paid") the words are the name.
        if (
            isinstance(found, RuleMatch)
            and found.place is None
            and found.rule.code.casefold() in tokens
        ):
            costs = self.asked_costs(tokens)
            if costs:
                return RuleMatch(found.rule, None, costs)
        return found

    def asked_costs(self, tokens: Sequence[str]) -> tuple[CostLine, ...]:
        """The cost lines a question asks who bears, in the order of the shipment."""
        return self._asked.find(tokens)

    def _find(self, query: str, typed: Sequence[Word], tokens: tuple[str, ...]) -> Lookup:
        return (
            self._fuzzy_whole(tokens)
            or self._fuzzy_prefix(query, typed)
            or self._misconception(tokens)
            or self._exact_prefix(query, typed)
            or self._code_anywhere(tokens)
            or self._suggest(tokens)
            # A lone topic word ("title") is a question only if it names nothing else.
            or self._misconception(tokens, min_words=1)
            or NoMatch()
        )

    def resolve_rule(self, query: str) -> Rule | None:
        """The rule `query` names with confidence (code, name, typo, code with place)."""
        typed = words(query)
        tokens = tuple(word.text for word in typed)
        found = self._spellings.get(tokens) or (
            (self._fuzzy_whole(tokens) or self._exact_prefix(query, typed)) if tokens else None
        )
        if isinstance(found, Rule):
            return found
        return found.rule if isinstance(found, RuleMatch) else None

    # Steps of find_rule, most certain first ---------------------------------------------

    def _match(self, entry: Entry, place: str | None) -> RuleMatch | OtherTermMatch:
        if isinstance(entry, Rule):
            return RuleMatch(entry, place)
        successor = self.book.rule(entry.successor) if entry.successor else None
        return OtherTermMatch(entry, successor)

    def _fuzzy_whole(self, tokens: Sequence[str]) -> RuleMatch | OtherTermMatch | None:
        """The whole query is a name with typos ("free on bord", "fob destinaton")."""
        owner = self._best_name(" ".join(tokens))
        return self._match(owner, None) if owner is not None else None

    def _fuzzy_prefix(
        self, query: str, typed: Sequence[Word]
    ) -> RuleMatch | OtherTermMatch | None:
        """A name, maybe misspelt, then a place ("free on bord shanghai")."""
        tokens = [word.text for word in typed]
        for cut in range(min(len(tokens) - 1, self._longest + 1), 1, -1):
            owner = self._best_name(" ".join(tokens[:cut]))
            if owner is not None:
                return self._match(owner, self._place(query, typed, cut))
        return None

    def _exact_prefix(
        self, query: str, typed: Sequence[Word]
    ) -> RuleMatch | OtherTermMatch | None:
        """A code or exact name, then a place ("fob shanghai", "CIF, Rotterdam")."""
        tokens = tuple(word.text for word in typed)
        for cut in range(min(len(tokens) - 1, self._longest), 0, -1):
            owner = self._spellings.get(tokens[:cut])
            if owner is not None:
                return self._match(owner, self._place(query, typed, cut))
        return None

    def _misconception(
        self, tokens: Sequence[str], *, min_words: int = 2
    ) -> MisconceptionMatch | None:
        """A question on a topic buyers often get wrong ("is cif insurance enough")."""
        if len(tokens) < min_words:
            return None
        seen = self._topic_hits(tokens)
        codes = {self._rule_codes[t].code for t in tokens if t in self._rule_codes}
        best: tuple[int, int, Misconception] | None = None
        for item, keywords in self._topics:
            hits = sum(1 for keyword in keywords if keyword in seen)
            related = len(codes & set(item.rules))
            if hits == 0 or (codes and item.rules and not related):
                continue
            if best is None or (hits, related) > best[:2]:
                best = (hits, related, item)
        return MisconceptionMatch(best[2]) if best is not None else None

    def _code_anywhere(self, tokens: Sequence[str]) -> RuleMatch | Suggestions | None:
        """A code somewhere in a sentence ("what is fob"); two codes are both suggested."""
        codes = dict.fromkeys(t for t in tokens if t in self._rule_codes)
        found = [self._rule_codes[code] for code in codes]
        if len(found) == 1:
            return RuleMatch(found[0], None)
        return Suggestions(tuple(found[:MAX_SUGGESTIONS])) if found else None

    def _suggest(self, tokens: Sequence[str]) -> Suggestions | None:
        """Ranked guesses from a mistyped code or from words of a name ("free", "paid")."""
        scored: dict[str, tuple[float, int, Entry]] = {}

        def offer(entry: Entry, score: float) -> None:
            rank = (score, 1 if isinstance(entry, Rule) else 0, entry)
            if entry.key not in scored or rank[:2] > scored[entry.key][:2]:
                scored[entry.key] = rank

        if 2 <= len(tokens[0]) <= 4:
            for _, score, index in process.extract(
                tokens[0],
                self._codes,
                scorer=fuzz.ratio,
                processor=None,
                score_cutoff=CODE_TYPO_CUTOFF,
                limit=None,
            ):
                offer(self._code_owners[index], score)
        # Linking words ("and", "on") sit in half the names: with nothing but them and stray
        # letters typed ("<b>&"), the names suggest nothing.
        worded = any(len(t) > 1 and t not in _LINKING_WORDS for t in tokens)
        for _, score, index in process.extract(
            " ".join(tokens),
            self._names if worded else (),
            scorer=fuzz.token_set_ratio,
            processor=None,
            score_cutoff=SUGGEST_CUTOFF,
            limit=None,
        ):
            offer(self._name_owners[index], score)
        ranked = sorted(scored.values(), key=lambda rank: rank[:2], reverse=True)
        if not ranked:
            return None
        return Suggestions(tuple(rank[2] for rank in ranked[:MAX_SUGGESTIONS]))

    # Helpers ----------------------------------------------------------------------------

    def _best_name(self, text: str) -> Entry | None:
        """The one entry whose name `text` spells closely, clear of the runner-up."""
        hits = process.extract(
            text,
            self._names,
            scorer=fuzz.ratio,
            processor=None,
            score_cutoff=FOUND_CUTOFF - MARGIN,
            limit=None,
        )
        if not hits or hits[0][1] < FOUND_CUTOFF:
            return None
        best = self._name_owners[hits[0][2]]
        rivals = (score for _, score, i in hits[1:] if self._name_owners[i] is not best)
        runner_up = next(rivals, 0.0)
        return best if hits[0][1] - runner_up >= MARGIN else None

    def _topic_hits(self, tokens: Sequence[str]) -> set[tuple[str, ...]]:
        """The misconception keywords present in `tokens`, single words allowing a typo."""
        hits: set[tuple[str, ...]] = set()
        for token in tokens:
            # Short words must match exactly: "air" is one letter away from too much.
            cutoff = KEYWORD_CUTOFF if len(token) >= 5 else 100.0
            close = process.extractOne(
                token, self._topic_words, scorer=fuzz.ratio, processor=None, score_cutoff=cutoff
            )
            if close is not None:
                hits.add((close[0],))
        padded = f" {' '.join(tokens)} "
        hits.update(k for k in self._topic_phrases if f" {' '.join(k)} " in padded)
        return hits

    def _place(self, query: str, typed: Sequence[Word], cut: int) -> str | None:
        """The user's own text after the first `cut` words, if it reads as a place."""
        rest = [word.text for word in typed[cut:]]
        asks = any(t in self._rule_codes or t in self._question_words for t in rest)
        if not rest or asks or self._topic_hits(rest):
            return None
        place = _PLACE_TAIL.sub("", query[typed[cut - 1].end :]).strip(_PLACE_EDGES)
        place = " ".join(place.split())
        return place if 0 < len(place) <= MAX_PLACE_CHARS else None
