"""The features end to end, the bot a subprocess over real HTTP: a whole /vet audit, a
/landed line, a supplier's message forwarded for a scam check, an inline Incoterms card, the
audit report as a PDF document (a multipart upload)."""

from __future__ import annotations

import io

from pypdf import PdfReader

from bot.offline.standin import Event
from knowledge.vet.records import AuditStatus
from tests.e2e.audit import CHECKLIST, AuditDriver, vet_store
from tests.e2e.botprocess import BotProcess
from tests.e2e.users import HttpUser
from tests.handlers.landed.support import GUIDE
from tests.handlers.scam.support import BANK_SWAP, LEGITIMATE


def sent_texts(events: list[Event]) -> list[str]:
    return [e.message.text for e in events if e.kind == "sent" and e.message is not None]


async def test_a_whole_audit_ends_with_its_report(alice: HttpUser, bot: BotProcess) -> None:
    """Thirty-three taps and typed replies over HTTP; every answer stored, the report sent."""
    async with vet_store(bot.database) as store:
        audit = AuditDriver(alice, store)
        await audit.start("Shenzhen Acme Electronics")
        report = sent_texts(await audit.finish())[-1]
        assert "Supplier audit: Shenzhen Acme Electronics" in report
        assert "33 of 33 answered" in report
        assert "Low risk · 100/100" in report
        assert audit.assessment_id is not None
        done = await store.get_assessment(alice.chat_id, audit.assessment_id)
    assert done is not None
    assert done.status is AuditStatus.FINISHED
    assert set(done.answers) == {item.id for item in CHECKLIST.items}


async def test_a_landed_line_gets_its_breakdown(alice: HttpUser) -> None:
    """The guide's one-liner: 15,150.00 landed, 15.15 per unit, duty on its base."""
    await alice.send(f"/landed {GUIDE} cont 700")
    reply = await alice.reply_text()
    assert "15,150.00" in reply
    assert "15.15" in reply
    assert "Duty 15% × 10,000.00" in reply


async def test_a_forwarded_scam_message_gets_a_high_risk_verdict(alice: HttpUser) -> None:
    """A forwarded bank-swap message: high risk, quoting the supplier's own words."""
    await alice.forward(BANK_SWAP)
    verdict = await alice.reply_text()
    assert verdict.startswith("🔴 High risk · score 100/100")
    assert "“our bank account has changed”" in verdict
    await alice.forward(LEGITIMATE)
    assert (await alice.reply_text()).startswith("⚪ No red flags found")


async def test_an_inline_query_gets_incoterm_cards(alice: HttpUser) -> None:
    """Typing the bot's name and "fob vs cif" anywhere offers cards Telegram accepts."""
    await alice.inline("fob vs cif")
    [answer] = await alice.replies(1)
    assert answer.kind == "inline"
    results = answer.payload["results"]
    assert results
    assert any("FOB" in str(result) for result in results)


async def test_the_pdf_report_arrives_as_a_document(alice: HttpUser, bot: BotProcess) -> None:
    """/report NAME pdf over HTTP: PTB uploads the file as multipart form data; the double
    reads it back as Telegram would, and the PDF holds the report."""
    async with vet_store(bot.database) as store:
        audit = AuditDriver(alice, store)
        await audit.start("宁波明亮家居有限公司 Ningbo Mingliang Home")
        await audit.finish()
    await alice.send("/report ningbo mingliang pdf")
    [event] = await alice.replies(1)
    sent = event.message
    assert sent is not None
    assert sent.document is not None, sent.text
    assert sent.file_name is not None
    assert sent.file_name.startswith("audit-宁波明亮家居有限公司-Ningbo-Mingliang-Home-")
    assert sent.text == "📑 Supplier audit: 宁波明亮家居有限公司 Ningbo Mingliang Home"
    pdf = PdfReader(io.BytesIO(sent.document))
    text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "宁波明亮家居有限公司" in text
    assert "LOW RISK" in text
    assert "33. " in text
