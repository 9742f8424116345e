"""The wording of /guide: every sentence the feature says that is not a card."""

from __future__ import annotations

INTRO = (
    "📖 <b>Sourcing guide</b>\n"
    "Ask in your own words, for example:\n"
    "<code>/guide is paypal safe for samples</code>\n"
    "<code>/guide how do i get my money back</code>\n"
    "In a private chat, just type the question. Or pick a topic:"
)
NO_WORDS = (
    "I couldn't find a question in that. Ask in words, for example "
    "<code>/guide what does gold supplier mean</code>, or pick a topic:"
)
NOT_SURE = "I'm not sure the guide answers that exactly. These cards come closest:"
NOTHING = "The guide has no answer for that. It covers buying from suppliers; closest topics:"
PICK_CARD = "Pick a question:"
TOPICS_LABEL = "☰ Topics"
SOURCES_LABEL = "📚 Sources"
BACK_LABEL = "◀ Back"
CLOSEST = "Closest:"
TOOLS = "Tools:"
CHECKED = "Checked"
NOT_CONFIRMED = "Not confirmed:"
GUIDE_AS_OF = "Guide as of"
POINTER = {"/incoterm": "🔗 The Incoterms rule in full: <code>/incoterm {question}</code>"}
