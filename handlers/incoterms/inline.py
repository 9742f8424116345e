"""Inline mode: `@bot fob` in any chat offers the rule's card to send there.

The same answers as /incoterm, as InlineQueryResultArticles without buttons (a card sent into
someone else's chat should not change under their eyes). An empty query offers the rules
suppliers quote most; text that names nothing offers nothing but a hint button that opens the
bot's private chat on the list of all rules. Results are the same for everyone and change only
with a new release, so Telegram may cache them for an hour.
"""

from __future__ import annotations

from typing import assert_never

from telegram import (
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ParseMode

from handlers.incoterms import views
from handlers.shared.services import Context, services
from knowledge.cost_split import CostLine
from knowledge.incoterms import (
    Answer,
    Comparison,
    Entry,
    IncotermsGuide,
    ManyComparison,
    MisconceptionMatch,
    NoMatch,
    OtherTerm,
    OtherTermMatch,
    Rule,
    RuleMatch,
    Suggestions,
    answer,
)

CACHE_SECONDS = 3600
HINT = InlineQueryResultsButton(text="No rule found: see how to ask", start_parameter="incoterm")


def _article(result_id: str, title: str, description: str, html: str) -> InlineQueryResultArticle:
    return InlineQueryResultArticle(
        id=result_id,
        title=title,
        description=description,
        input_message_content=InputTextMessageContent(html, parse_mode=ParseMode.HTML),
    )


def _rule(
    guide: IncotermsGuide, rule: Rule, place: str | None = None, costs: tuple[CostLine, ...] = ()
) -> InlineQueryResultArticle:
    html = views.rule_card(guide.book, rule, place, costs)
    return _article(f"rule-{rule.code}", views.rule_title(rule, place), rule.summary, html)


def _term(term: OtherTerm, successor: Rule | None) -> InlineQueryResultArticle:
    html = views.other_term_card(term, successor)
    return _article(f"term-{term.id}", term.title, views.term_status(term), html)


def _entry(guide: IncotermsGuide, entry: Entry) -> InlineQueryResultArticle:
    if isinstance(entry, Rule):
        return _rule(guide, entry)
    return _term(entry, guide.rule(entry.successor) if entry.successor else None)


def _comparison(
    guide: IncotermsGuide, found: Comparison | ManyComparison
) -> InlineQueryResultArticle:
    if isinstance(found, ManyComparison):
        codes = [rule.code for rule in found.rules]
        html = views.many_card(guide.book, found)
    else:
        codes = [found.a.code, found.b.code]
        html = views.comparison_card(guide.book, found)
    return _article(f"vs-{'-'.join(codes)}", " vs ".join(codes), "Only what differs", html)


def results_for(guide: IncotermsGuide, found: Answer) -> list[InlineQueryResultArticle]:
    """The articles offered for one answer, the most direct first."""
    if isinstance(found, RuleMatch):
        return [_rule(guide, found.rule, found.place, found.costs)]
    if isinstance(found, Comparison | ManyComparison):
        return [_comparison(guide, found)]
    if isinstance(found, OtherTermMatch):
        extra = [_rule(guide, found.successor)] if found.successor else []
        return [_term(found.term, found.successor), *extra]
    if isinstance(found, MisconceptionMatch):
        item = found.misconception
        myth = _article(f"myth-{item.id}", item.myth, "A common mix-up, corrected",
                        views.misconception_card(item))  # fmt: skip
        return [myth, *(_rule(guide, guide.rule(code)) for code in item.rules)]
    if isinstance(found, Suggestions):
        return [_entry(guide, entry) for entry in found.entries]
    if isinstance(found, NoMatch):
        return []
    assert_never(found)


async def offer_cards(update: Update, context: Context) -> None:
    """Answer `@bot <text>` with cards to send into the chat being typed in."""
    query = update.inline_query
    if query is None:
        return
    guide = services(context).incoterms
    typed = query.query.strip()
    if typed:
        results = results_for(guide, answer(guide, typed))
    else:
        results = [_rule(guide, rule) for rule in guide.common()]
    await query.answer(
        results,
        cache_time=CACHE_SECONDS,
        is_personal=False,
        button=None if results else HINT,
    )
