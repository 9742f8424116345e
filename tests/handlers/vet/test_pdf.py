"""The /vet report as a PDF: sent as a document named after the supplier and the date, read
back with pypdf (text, fonts, pages), and clear answers when there is nothing to send."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from bot.offline.chat_user import OfflineUser
from bot.offline.standin import BotMessage, Event

from .support import run_audit, texts

CHINESE = "宁波明亮家居有限公司"


def documents(events: list[Event]) -> list[BotMessage]:
    """The files the bot sent."""
    return [e.message for e in events if e.message is not None and e.message.document]


def read(document: BotMessage) -> tuple[PdfReader, str]:
    """The PDF and all its text, page after page."""
    assert document.document is not None
    pdf = PdfReader(io.BytesIO(document.document))
    return pdf, "\n".join(page.extract_text() for page in pdf.pages)


async def test_report_pdf_holds_the_cover_every_question_history_and_plan(
    alice: OfflineUser,
) -> None:
    """/report NAME pdf: a Chinese company name, the verdict, all 33 questions with why and
    what to do, the history and (8,000 USD order) the inspection plan."""
    name = f"{CHINESE} (Ningbo Mingliang Home Co., Ltd.)"
    await alice.send(f"/vet {name}")
    await run_audit(alice, {"order_usd": "8000", "years": "1", "cert_genuine": "Not sure"})
    [document] = documents(await alice.send("/report ningbo mingliang home pdf"))
    assert document.file_name is not None
    assert re.fullmatch(
        rf"audit-{CHINESE}-\(Ningbo-Mingliang-Home-Co\.,-Ltd\.\)-\d{{4}}-\d\d-\d\d\.pdf",
        document.file_name,
    )
    assert document.text.startswith("📑 Supplier audit:")
    pdf, text = read(document)
    assert 3 <= len(pdf.pages) <= 10
    assert CHINESE in text
    assert "SUPPLIER AUDIT REPORT" in text
    assert re.search(r"\d+/100", text)
    for number in (1, 2, 17, 33):
        assert f"{number}. " in text
    assert "Young is not fraud by itself." in text
    assert "Audit history" in text
    assert "Audit finished" in text
    assert "Inspection plan (ISO 2859-1" in text
    assert f"Page 1 of {len(pdf.pages)}" in text
    fonts = {
        str(font["/BaseFont"])
        for page in pdf.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index]
    }
    assert any("Chinese" in font or "SansSC" in font for font in fonts), fonts


async def test_the_pdf_button_sends_the_same_report_and_caches_it(alice: OfflineUser) -> None:
    """📑 PDF under the card sends the document; pressed again it sends the same bytes."""
    await alice.send("/vet Acme")
    await run_audit(alice, {"order_usd": "2000"})
    [first] = documents(await alice.press("📑 PDF"))
    [second] = documents(await alice.press("📑 PDF"))
    assert first.document == second.document
    _, text = read(first)
    assert "Acme" in text
    assert "Inspection plan" not in text  # a 2,000 USD order needs none


async def test_an_arabic_name_and_an_unprintable_character(alice: OfflineUser) -> None:
    """Right-to-left names are laid out; a character no shipped font has prints as □ and the
    caption says so."""
    await alice.send("/vet شركة النور للتجارة 삼성")
    await run_audit(alice)
    [document] = documents(await alice.press("📑 PDF"))
    assert "print as □" in document.text
    _, text = read(document)
    assert "□" in text


async def test_a_pdf_of_an_audit_in_progress_says_so(alice: OfflineUser) -> None:
    """Mid-audit the PDF is no verdict: in progress, counts so far, unreached questions."""
    await alice.send("/vet Acme")
    await alice.answer("8000")
    [document] = documents(await alice.send("/report acme pdf"))
    _, text = read(document)
    assert "IN PROGRESS" in text
    assert "not reached yet" in text
    assert "1 of 33 answered" in text
    # An order of 8,000 USD calls for an inspection, but not before the audit says whether
    # to order at all: no plan yet, as on the card.
    assert "Inspection plan (ISO 2859-1" not in text


async def test_a_pdf_for_a_supplier_that_does_not_exist(alice: OfflineUser) -> None:
    """No supplier, no file: the answer says what to do instead."""
    [said] = texts(await alice.send("/report Nobody pdf"))
    assert "No suppliers here yet" in said
    await alice.send("/vet Acme")
    await alice.answer("5000")
    events = await alice.send("/report Zhejiang Quartz pdf")
    assert documents(events) == []
    assert "No supplier like “Zhejiang Quartz” here" in texts(events)[0]
