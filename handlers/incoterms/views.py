"""The HTML of every Incoterms answer: rule cards, comparisons, retired terms, myths, lists.

Owns how an answer reads on a phone: short lines, monospace tables at most `WIDTH`
characters wide, every interpolated string escaped (the place and the echoed query are the
user's own text). Facts and labels all come from the knowledge base; this module decides
nothing about Incoterms and knows nothing of buttons or updates.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from html import escape, unescape

from knowledge.cost_split import CostLine
from knowledge.incoterms import (
    Comparison,
    Incoterms,
    ManyComparison,
    Misconception,
    OtherTerm,
    OtherTermKind,
    RowSection,
    Rule,
    shared_facts,
)

WIDTH = 32  # characters of a <pre> line that fit a phone held upright
ECHO_CHARS = 40  # how much of an unread query is quoted back

EXAMPLES = (
    "/incoterm FOB",
    "/incoterm free on board Shanghai",
    "/incoterm fob vs cif",
    "/incoterm is CIF insurance enough?",
)


_TAG = re.compile(r"<[^>]*>")


def shown_text(html: str) -> str:
    """What Telegram shows for our own HTML (tags dropped, entities read): spots no-op edits."""
    return unescape(_TAG.sub("", html)).strip()


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def echo(typed: str) -> str:
    """The user's text, shortened and escaped, to quote back in a reply."""
    flat = " ".join(typed.split())
    short = flat if len(flat) <= ECHO_CHARS else flat[: ECHO_CHARS - 1].rstrip() + "…"
    return f"“{escape(short)}”"


def pre_table(
    corner: str, columns: Sequence[str], rows: Sequence[tuple[str, Sequence[str]]]
) -> str:
    """A `<pre>` table: a label column, then one column per party or rule, WIDTH at most.

    A label too long for what is left of the width wraps onto indented lines below its row,
    so the values always stay in their columns.
    """
    widths = [
        max(len(col), *(len(values[i]) for _, values in rows)) for i, col in enumerate(columns)
    ]
    label_width = WIDTH - sum(width + 1 for width in widths)
    label_width = min(label_width, max(len(corner), *(len(label) for label, _ in rows)))

    def line(label: str, values: Sequence[str]) -> str:
        cells = "".join(
            " " + value.ljust(width) for value, width in zip(values, widths, strict=True)
        )
        return (label.ljust(label_width) + cells).rstrip()

    lines = [line(corner, columns)]
    for label, values in rows:
        parts = textwrap.wrap(label, label_width - 1) if len(label) > label_width else [label]
        lines.append(line(parts[0], values))
        lines.extend(" " + part for part in parts[1:])
    return "<pre>" + escape("\n".join(lines)) + "</pre>"


def _mode_title(book: Incoterms, rule: Rule) -> str:
    return next(group.title for group in book.modes if group.mode is rule.mode)


def rule_title(rule: Rule, place: str | None = None) -> str:
    """Plain heading of a rule, with the user's place: "FOB Shanghai · Free On Board"."""
    return f"{rule.code} {place} · {rule.name}" if place else rule.title


def cost_table(book: Incoterms, rule: Rule) -> str:
    """Who pays each cost line under `rule`, as a phone-sized table."""
    labels = book.labels
    rows = [
        (labels.cost_lines[line].label, (labels.parties[rule.payer(line)],)) for line in CostLine
    ]
    return pre_table("Cost", ("Paid by",), rows)


def rule_card(
    book: Incoterms, rule: Rule, place: str | None = None, costs: tuple[CostLine, ...] = ()
) -> str:
    """The card for one rule: what it is, where risk passes, who pays what, the tip; a
    question about who pays a cost gets that answer first, in one line per cost."""
    fields = book.labels.fields
    named = book.labels.named_places[rule.named_place]
    named_html = f"{escape(place)} ({escape(_lower_first(named))})" if place else escape(named)
    heading = f"{rule.code} {place}" if place else rule.code
    answers = [cost_answer(book, rule, line) for line in costs]
    lines = [
        *answers,
        *([""] if answers else []),
        f"<b>{escape(heading)}</b> · {escape(rule.name)}",
        f"<i>{escape(_mode_title(book, rule))}</i>",
        escape(rule.summary),
        "",
        f"<b>{escape(fields.named_place)}:</b> {named_html}",
        f"<b>{escape(fields.delivery)}:</b> {escape(rule.delivery)}",
        f"<b>{escape(fields.risk_passes_in)}:</b> "
        + escape(book.labels.risk_passes_in[rule.risk_passes_in]),
        f"<b>{escape(fields.insurance)}:</b> {escape(rule.insurance.note)}",
        "",
        "<b>Who pays what</b>",
        cost_table(book, rule),
    ]
    if rule.cost_note:
        lines.append(f"<i>{escape(rule.cost_note)}</i>")
    lines += [
        "",
        f"👍 <b>Good when:</b> {escape(rule.good_when)}",
        f"⚠️ <b>Watch out:</b> {escape(rule.watch_out)}",
    ]
    return "\n".join(lines)


def cost_answer(book: Incoterms, rule: Rule, line: CostLine) -> str:
    """ "Unloading under DAP: the buyer pays." """
    label = book.labels.cost_lines[line].label
    party = book.labels.parties[rule.payer(line)].lower()
    return f"<b>{escape(label)} under {rule.code}: the {escape(party)} pays.</b>"


def comparison_card(book: Incoterms, found: Comparison) -> str:
    """Two rules side by side: only the facts and the costs that differ."""
    a, b = found.a, found.b
    lines = [
        f"<b>{a.code} vs {b.code}</b>",
        escape(a.title),
        escape(b.title),
    ]
    facts = [row for row in found.rows if row.section is RowSection.FACTS]
    costs = [row for row in found.rows if row.section is RowSection.COSTS]
    if not found.rows:
        lines += ["", "These two rules read the same on every point."]
    for row in facts:
        lines += [
            "",
            f"<b>{escape(row.label)}</b>",
            f"{a.code}: {escape(row.a)}",
            f"{b.code}: {escape(row.b)}",
        ]
    if costs:
        table = pre_table("Cost", (a.code, b.code), [(row.label, (row.a, row.b)) for row in costs])
        lines += ["", "<b>Who pays, where it differs</b>", table]
    same = shared_facts(book, a, b)
    if same:
        # The labels are row headings ("Risk passes in"), so list them as headings, not prose.
        lines.append(f"<i>Same under both: {escape(' · '.join(same))}</i>")
    if found.which:
        lines += _which_suits((a, b))
    return "\n".join(lines)


def _which_suits(rules: Sequence[Rule]) -> list[str]:
    """When each rule suits a buyer: the answer to "which is better for me?"."""
    lines = ["", "<b>Which suits you</b>"]
    lines += [f"{rule.code}: {escape(rule.good_when)}" for rule in rules]
    lines.append("<i>It depends on who books the freight and clears customs: see each card.</i>")
    return lines


def many_card(book: Incoterms, found: ManyComparison) -> str:
    """Three or more rules side by side: the facts and the costs where any of them differ."""
    codes = [rule.code for rule in found.rules]
    lines = [f"<b>{escape(' vs '.join(codes))}</b>", *(escape(rule.title) for rule in found.rules)]
    for row in found.rows:
        if row.section is RowSection.FACTS:
            lines += ["", f"<b>{escape(row.label)}</b>"]
            lines += [
                f"{code}: {escape(value)}" for code, value in zip(codes, row.values, strict=True)
            ]
    costs = [(row.label, row.values) for row in found.rows if row.section is RowSection.COSTS]
    if costs:
        lines += ["", "<b>Who pays, where they differ</b>", pre_table("Cost", codes, costs)]
    if found.which:
        lines += _which_suits(found.rules)
    return "\n".join(lines)


def term_status(term: OtherTerm) -> str:
    """One line saying why the term is not a 2020 rule."""
    if term.kind is OtherTermKind.RETIRED:
        return f"Retired: not a rule since Incoterms {term.retired_in}."
    if term.kind is OtherTermKind.US_DOMESTIC:
        return "A US domestic term, not an Incoterm."
    return "Shorthand from quotes, not an official rule."


def other_term_card(term: OtherTerm, successor: Rule | None) -> str:
    """A retired, informal or US term: what it is and which 2020 rule to write instead."""
    lines = [
        f"<b>{escape(term.title)}</b>",
        f"<i>{escape(term_status(term))}</i>",
        "",
        escape(term.answer),
    ]
    if successor is not None:
        lines += ["", f"Use instead: <b>{successor.code}</b> · {escape(successor.name)}"]
    return "\n".join(lines)


def misconception_card(item: Misconception) -> str:
    """A common mistake and its correction."""
    return "\n".join(
        [
            "<b>A common mix-up</b>",
            f"❌ <i>{escape(item.myth)}</i>",
            "",
            f"✅ {escape(item.truth)}",
        ]
    )


def suggestions_text(typed: str) -> str:
    """The question above "did you mean" buttons."""
    return f"I'm not sure which rule {echo(typed)} means.\nDid you mean one of these?"


_GUIDE_WORDS = 4  # from this many words, unmatched input is a question, not a typo
_GUIDE_ECHO = 200  # characters of the question repeated in the /guide suggestion


def no_match_text(typed: str) -> str:
    """Input that resembles no Incoterm: say so, and show what works."""
    examples = "\n".join(f"<code>{escape(example)}</code>" for example in EXAMPLES)
    # A question in the buyer's own words ("what is the best incoterm for a first order")
    # is the sourcing guide's job: say where to ask it, ready to copy.
    wordy = len(typed.split()) >= _GUIDE_WORDS
    asked = escape(typed[:_GUIDE_ECHO])
    guide = f"\n\nAsked in your own words? The guide answers those:\n<code>/guide {asked}</code>"
    guide = guide if wordy else ""
    return (
        f"{echo(typed)} doesn't look like an Incoterm.\n\n"
        f"Try a code, a name or a question:\n{examples}\n\n"
        f"Or send /incoterm alone to see all 11 rules.{guide}"
    )


def all_rules_text(book: Incoterms) -> str:
    """The 11 rules under their transport-mode headings, above one button per rule."""
    lines = [
        f"<b>Incoterms {book.edition}: the {len(book.rules)} rules</b>",
        "Tap one to see where the risk passes and who pays what.",
    ]
    for group, rules in book.by_mode():
        lines += ["", f"<b>{escape(group.title)}</b>", f"<i>{escape(group.blurb)}</i>"]
        lines += [f"<code>{rule.code}</code> {escape(rule.name)}" for rule in rules]
    return "\n".join(lines)
