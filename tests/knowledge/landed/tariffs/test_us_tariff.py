"""The US tariff table and its lookups, against lines checked by hand in the raw CSV.

Each case quotes the CSV row it was checked against (hts_2026_revision_4_csv.csv line number:
"HTS Number","Indent","Description",units,"General",...) or the s301_product_lists.csv rows
(the raw files of ../shared/data/tariffs/, read by hand, not by code). The build and the
rate-text grammar are tested in tests/scripts/test_build_tariffs.py.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from knowledge.landed import tariffs as us_tariff
from knowledge.landed.tariffs import Candidates, ExactLine, TariffLine, Unknown
from knowledge.landed.tariffs.table import TableError, read_table

TODAY = date(2026, 12, 6)
D = Decimal


def line(code: str) -> TariffLine:
    found = us_tariff.lookup(code)
    assert isinstance(found, ExactLine), found
    return found.line


# (code typed, line found, rate text, kind, percent) - ad valorem and Free
RATES = [
    # 27639:"8516.79.00.00","2","Other","[""No.""]","2.7%","Free (A*,...)","40%"
    ("8516.79.00.00", "8516.79.00.00", "2.7%", "ad_valorem", D("2.7")),
    # 24095:"8204.20.00.00","1","Socket wrenches, with or without handles, ...","9%"
    ("8204.20.00.00", "8204.20.00.00", "9%", "ad_valorem", D("9")),
    # 16368:"6109.10.00","1","Of cotton","","16.5%"
    ("6109.10.00", "6109.10.00", "16.5%", "ad_valorem", D("16.5")),
    # 27638:"8516.72.00.00","2","Toasters","[""No.""]","5.3%"
    ("8516720000", "8516.72.00.00", "5.3%", "ad_valorem", D("5.3")),
    # 10:"0101.30.00.00","1","Asses","[""No.""]","6.8%"
    ("0101.30.00", "0101.30.00.00", "6.8%", "ad_valorem", D("6.8")),
    # 28418:"8539.52.00","2","Light-emitting diode (LED) lamps","","2%"
    ("8539.52.00", "8539.52.00", "2%", "ad_valorem", D("2")),
    # 27444:"8507.60.00","1","Lithium-ion batteries","","3.4%"
    ("hs 8507.60.00", "8507.60.00", "3.4%", "ad_valorem", D("3.4")),
    # 11022:"4202.92.31","5","Of man-made fibers","","17.6%"
    ("4202.92.31", "4202.92.31", "17.6%", "ad_valorem", D("17.6")),
    # 28965:"8703.80.00","1","Other vehicles, with only electric motors ...","","2.5%"
    ("8703.80.00", "8703.80.00", "2.5%", "ad_valorem", D("2.5")),
    # 19652:"6402.99.21.00","6","Valued over $12/pair","[""prs.""]","20%"
    ("6402.99.21.00", "6402.99.21.00", "20%", "ad_valorem", D("20")),
    # 4:"0101.21.00","2","Purebred breeding animals","","Free"
    ("0101.21.00", "0101.21.00", "Free", "free", D("0")),
    # 27596:"8516.10.00","1","Electric instantaneous or storage water heaters ...","","Free"
    ("8516.10.00", "8516.10.00", "Free", "free", D("0")),
    # 28514:"8541.42.00","2","Photovoltaic cells not assembled in modules ...","","Free"
    ("8541.42.00", "8541.42.00", "Free", "free", D("0")),
    # 31255:"9503.00.00","0","Tricycles, scooters, pedal cars ...; dolls, other toys; ...","Free"
    ("9503.00.00", "9503.00.00", "Free", "free", D("0")),
    # 25289:"8426.19.00.00","2","Other","[""No.""]","Free"
    ("8426.19.00.00", "8426.19.00.00", "Free", "free", D("0")),
    # 5690:"2504.10.10.00","2","Crystalline flake (not including flake dust)","[""kg""]","Free"
    ("2504.10.10.00", "2504.10.10.00", "Free", "free", D("0")),
    # 19655:"6402.99.23","5","Made on a base or platform of wood","","8%"
    # 19656:"6402.99.23.30","6","For men","[""prs.""]","" -> rate of its 8-digit line
    ("6402.99.23.30", "6402.99.23.30", "8%", "ad_valorem", D("8")),
    # 4:"0101.21.00" Free; 5:"0101.21.00.10","3","Males","[""No.""]","" -> Free
    ("0101.21.00.10", "0101.21.00.10", "Free", "free", D("0")),
    # 6085:"2710.19.30","4","Oils","","84¢/bbl"  (specific, per barrel)
    ("2710.19.30", "2710.19.30", "84¢/bbl", "specific", None),
]


@pytest.mark.parametrize(("typed", "display", "text", "kind", "percent"), RATES)
def test_rates_checked_by_hand(
    typed: str, display: str, text: str, kind: str, percent: Decimal | None
) -> None:
    found = line(typed)
    assert found.display == display
    assert found.rate is not None
    assert (found.rate.text, found.rate.kind, found.rate.percent) == (text, kind, percent)


# (code, text, per-unit parts as (amount, money, per, qualifier), ad valorem percent)
SPECIFIC = [
    # 130:"0201.10.05","2","Described in general note 15 ...","","4.4¢/kg"
    ("0201.10.05", "4.4¢/kg", [("4.4", "cents", "kg", None)], None),
    # 27:"0102.29.40","3","Other","","1¢/kg"
    ("0102.29.40", "1¢/kg", [("1", "cents", "kg", None)], None),
    # 1604:"0409.00.00","0","Natural honey","","1.9¢/kg"
    ("0409.00.00", "1.9¢/kg", [("1.9", "cents", "kg", None)], None),
    # 90:"0105.11.00","2","Chickens","","0.9¢ each"
    ("0105.11.00", "0.9¢ each", [("0.9", "cents", "No.", None)], None),
    # 1589:"0407.11.00.00","2","Of fowls of the species Gallus domesticus","[""doz.""]","2.8¢/doz."
    ("0407.11.00.00", "2.8¢/doz.", [("2.8", "cents", "doz.", None)], None),
    # 5237:"2208.40.20.00","3","Valued not over $3 per proof liter",...,"23.7¢/pf.liter"
    ("2208.40.20.00", "23.7¢/pf.liter", [("23.7", "cents", "proof liter", None)], None),
    # 1221:"0402.29.50.00","3","Other","[""kg"",""kg cmsc""]","$1.104/kg + 14.9%"
    ("0402.29.50.00", "$1.104/kg + 14.9%", [("1.104", "dollars", "kg", None)], D("14.9")),
    # 4226:"1806.32.70.00","6","Containing less than 21 percent ...","37.2¢/kg + 6%"
    ("1806.32.70.00", "37.2¢/kg + 6%", [("37.2", "cents", "kg", None)], D("6")),
    # 19650:"6402.99.16.00","6","Valued over $3 but not over $6.50/pair",...,"90¢/pr. + 37.5%"
    ("6402.99.16.00", "90¢/pr. + 37.5%", [("90", "cents", "pair", None)], D("37.5")),
]


@pytest.mark.parametrize(("code", "text", "parts", "percent"), SPECIFIC)
def test_specific_and_compound(
    code: str, text: str, parts: list[tuple[str, str, str, str | None]], percent: Decimal | None
) -> None:
    rate = line(code).rate
    assert rate is not None
    assert rate.text == text
    assert rate.kind == ("compound" if percent is not None else "specific")
    assert rate.percent == percent
    got = [(str(p.amount), p.money, p.per, p.qualifier) for p in rate.parts]
    assert got == parts


@pytest.mark.parametrize(
    ("code", "kind", "start"),
    [
        # 15785:"6103.22.00","2","Of cotton","","The rate applicable to each garment in the
        # ensemble if separately entered"
        ("6103.22.00", "cross_reference", "The rate applicable to each garment"),
        # 29680:"9005.90.40.00","2","Incorporating goods of heading 9001 or 9002",...,
        # "The rate applicable to the article of which it is a part or accessory"
        ("9005.90.40.00", "cross_reference", "The rate applicable to the article"),
        # 30342:"9102.11.10","5","With gold- or silver-plated case","","44¢ each + 6% on the
        # case + 14% on the strap, band or bracelet + 5.3% on the battery"
        ("9102.11.10", "other", "44¢ each + 6% on the case"),
        # 3966:"1701.12.10.00","3","Described in additional U.S. note 5 ...","3.6606¢/kg less
        # 0.020668¢/kg for each degree under 100 degrees ..."
        ("1701.12.10.00", "other", "3.6606¢/kg less"),
        # 31908:"9813.00.05","0","Articles to be repaired, altered or processed ...",
        # "Free, under bond, as prescribed in U.S. note 1 to this subchapter"
        ("9813.00.05", "free", "Free, under bond"),
    ],
)
def test_cross_references_others_and_qualified_free(code: str, kind: str, start: str) -> None:
    rate = line(code).rate
    assert rate is not None
    assert rate.kind == kind
    assert rate.text.startswith(start)


def test_a_broken_table_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "us_tariff.json.gz"
    broken.write_bytes(b"not gzip")
    with pytest.raises(TableError):
        read_table(broken)


def test_code_forms_all_find_the_same_line() -> None:
    # 27639:"8516.79.00.00","2","Other" is the only line under 8516.79
    for typed in ("8516.79.00", "851679", "8516.79", "8516790000", "hs 8516.79.00", "8516 79"):
        assert line(typed).display == "8516.79.00.00"
    assert line("101.21.00").display == "0101.21.00"  # leading zero left out


def test_short_codes_list_candidates() -> None:
    heading = us_tariff.lookup("8516")
    assert isinstance(heading, Candidates)
    assert heading.total == 28
    assert heading.title is not None
    assert heading.title.startswith("Electric instantaneous or storage water heaters")
    assert all(len(item.short) <= 40 for item in heading.items)
    # 19643:"6402.99","2","Other:" with several 8- and 10-digit lines under it
    sub = us_tariff.lookup("6402.99")
    assert isinstance(sub, Candidates)
    assert sub.total > 5
    chapter = us_tariff.lookup("85")
    assert isinstance(chapter, Candidates)
    assert chapter.items[0].display == "8501"


def test_unknown_codes() -> None:
    for typed in ("9999.99", "hello", "00", "1234567890123"):
        assert isinstance(us_tariff.lookup(typed), Unknown), typed
    # s301_product_lists.csv 367: 03061900,4B,... but Revision 4 has 0306.19.01 (line 1031)
    renumbered = us_tariff.lookup("0306.19.00")
    assert isinstance(renumbered, Unknown)
    assert "renumbered" in renumbered.reason
    # a 10-digit code not in the edition falls back to its 8-digit line
    stat = us_tariff.lookup("6109.10.00.99")
    assert isinstance(stat, ExactLine)
    assert stat.line.display == "6109.10.00"
    assert stat.note


def components(code: str, origin: str = "CN", when: date = TODAY) -> dict[str, object]:
    lines = us_tariff.duties(line(code), origin=origin, entry_date=when, customs_value=D(1000))
    return {c.key: c for c in lines.components}


# (code, applied heading or None, percent, label part) from s301_product_lists.csv
S301 = [
    # 8687: 82042000,3,9903.88.03 / 8688: 82042000,4B,9903.88.16 -> List 3, 4B never
    ("8204.20.00", "9903.88.03", D("25"), "List 3"),
    # 2: 01012100,4A,9903.88.15
    ("0101.21.00", "9903.88.15", D("7.5"), "List 4A"),
    # 6507: 61091000,4A,9903.88.15
    ("6109.10.00", "9903.88.15", D("7.5"), "List 4A"),
    # 10276: 85167900,4B,9903.88.16 only -> nothing applied
    ("8516.79.00", None, None, ""),
    # 2718: 28452000,1,9903.88.01
    ("2845.20.00", "9903.88.01", D("25"), "List 1"),
    # 2447: 27101930,2,9903.88.02
    ("2710.19.30", "9903.88.02", D("25"), "List 2"),
    # 10693: 85412100,3,9903.88.03 / 10694: 85412100,biden_50_jan25,9903.91.05 -> 50%
    ("8541.21.00", "9903.91.05", D("50"), "2024 review increase"),
    # 10700: 85414200,biden_50,9903.91.02
    ("8541.42.00", "9903.91.02", D("50"), "2024 review increase"),
    # 10891: 87038000,biden_100,9903.91.03
    ("8703.80.00", "9903.91.03", D("100"), "2024 review increase"),
    # 10161: 85076000,4B,9903.88.16 / 10162: 85076000,biden_jan26,9903.91.06 (25%)
    ("8507.60.00", "9903.91.06", D("25"), "2024 review increase"),
    # 7886: 72081015,biden_25,9903.91.01
    ("7208.10.15.00", "9903.91.01", D("25"), "2024 review increase"),
    # 9240: 84261900,cranes_301,9903.92.10 -> ship-to-shore cranes only: told, not applied
    ("8426.19.00.00", None, None, ""),
]


@pytest.mark.parametrize(("code", "heading", "percent", "label"), S301)
def test_section_301_listings(
    code: str, heading: str | None, percent: Decimal | None, label: str
) -> None:
    found = us_tariff.duties(line(code), origin="CN", entry_date=TODAY, customs_value=D(1000))
    s301 = [c for c in found.components if c.key == "s301"]
    if heading is None:
        assert s301 == []
        return
    assert len(s301) == 1
    assert percent is not None
    assert (s301[0].heading, s301[0].percent) == (heading, percent)
    assert label in s301[0].label
    assert s301[0].amount == D(1000) * percent / 100
    assert s301[0].as_of == date(2026, 2, 28)


def test_list_4b_is_never_applied() -> None:
    found = us_tariff.duties(
        line("8516.79.00"), origin="CN", entry_date=TODAY, customs_value=D(1000)
    )
    assert all(c.heading != "9903.88.16" for c in found.components)
    assert any("9903.88.16" in note and "never applied" in note for note in found.notes)


def test_list_3_product_of_china_full_stack() -> None:
    # 8204.20.00.00: 9% MFN + 25% (9903.88.03) + 12.5% (9903.05.31) = 46.5% of the value
    found = us_tariff.duties(
        line("8204.20.00"), origin="CN", entry_date=TODAY, customs_value=D(1000)
    )
    assert [c.key for c in found.components] == ["mfn", "s301", "s301_forced_labour"]
    assert found.total_percent == D("46.5")
    assert found.total_amount == D(465)
    forced = found.components[2]
    assert forced.heading == "9903.05.31"
    assert forced.percent == D("12.5")
    assert any("unless excluded" in note.lower() for note in forced.notes)
    assert all(any("broker" in note for note in c.notes) for c in found.components)


def test_forced_labour_dates_and_origin() -> None:
    assert "s301_forced_labour" not in components("8204.20.00", when=date(2026, 7, 23))
    assert "s301_forced_labour" in components("8204.20.00", when=date(2026, 7, 24))
    other = us_tariff.duties(
        line("8204.20.00"), origin="VN", entry_date=TODAY, customs_value=D(1000)
    )
    assert [c.key for c in other.components] == ["mfn"]
    assert any("60 other economies" in note for note in other.notes)
    # 9903.91.06 starts 2026-01-01: not applied before
    assert "s301" not in components("8507.60.00", when=date(2025, 12, 31))


def test_specific_rate_asks_for_its_quantity() -> None:
    # 130:"0201.10.05" 4.4¢/kg: no kg, no amount; 1,000 kg -> 44 USD
    without = us_tariff.duties(
        line("0201.10.05"), origin="CN", entry_date=TODAY, customs_value=D(1000)
    )
    assert [need.key for need in without.missing] == ["kg"]
    assert without.total_amount is None
    given = us_tariff.duties(
        line("0201.10.05"),
        origin="CN",
        entry_date=TODAY,
        customs_value=D(1000),
        quantities={"kg": D(1000)},
    )
    assert given.components[0].amount == D(44)
    # compound 0402.29.50.00 $1.104/kg + 14.9%: 100 kg on 1,000 USD -> 110.4 + 149
    milk = us_tariff.duties(
        line("0402.29.50.00"),
        origin="VN",
        entry_date=TODAY,
        customs_value=D(1000),
        quantities={"kg": D(100)},
    )
    assert milk.components[0].amount == D("259.4")


def test_uncomputable_rate_blocks_the_total() -> None:
    found = us_tariff.duties(
        line("9102.11.10"), origin="CN", entry_date=TODAY, customs_value=D(1000)
    )
    assert not found.components[0].computable
    assert found.total_amount is None


def test_search_by_words() -> None:
    assert us_tariff.search("toaster")[0].display == "8516.72.00.00"
    assert us_tariff.search("cotton t-shirts")[0].display == "6109.10.00"
    assert us_tariff.search("lithium ion batteries")[0].display == "8507.60.00"
    assert us_tariff.search("toastr")[0].display == "8516.72.00.00"  # a typo
    assert us_tariff.search("") == ()


def test_header() -> None:
    # Load time is a benchmark figure (bench/landed_bench.py), not a timed test: it flaked
    # at 1.0 s under load.
    table = read_table()
    doc = table.doc
    assert (doc.edition, doc.effective) == ("2026 Revision 4", date(2026, 2, 24))
    assert doc.s301.headings["9903.88.16"].suspended
    assert {s.licence.split(",")[0] for s in doc.sources} == {"US government work", "MIT"}
