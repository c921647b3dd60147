"""A policy across years: chains of predecessor links, and the predecessor's verdict and marks."""

from __future__ import annotations

from models.report import model as r
from models.report.model import ReportSummary
from models.services.chain import Link, chain_in, chain_of, previous_in, previous_of
from models.services.rollover import roll_over_in
from models.store.store import Store


def _s(key: str, year: int, verdict: str = "") -> ReportSummary:
    return ReportSummary(key, "総務省", 8, "政策", year, verdict)


def test_chain_follows_links_both_ways_with_branches_and_absent_reports() -> None:
    summaries = [
        _s("a-2020", 2020, "目標達成"),
        _s("a-2021", 2021),
        _s("a-2022", 2022),
        _s("a-2022-bis", 2022),
        _s("other", 2021),
    ]
    links = {
        "a-2020": "a-2019",  # rolled over from a report not in this database
        "a-2021": "a-2020",
        "a-2022": "a-2021",
        "a-2022-bis": "a-2021",
        "other": "",
    }
    expected = [
        Link("a-2019", present=False),
        Link("a-2020", 2020, "目標達成", "a-2019"),
        Link("a-2021", 2021, "", "a-2020"),
        Link("a-2022", 2022, "", "a-2021"),
        Link("a-2022-bis", 2022, "", "a-2021"),
    ]
    for key in ("a-2020", "a-2022-bis", "a-2019"):
        assert chain_of(key, summaries, links) == expected
    assert chain_of("other", summaries, links) == [Link("other", 2021)]


def test_a_cycle_of_links_ends() -> None:
    summaries = [_s("x", 2020), _s("y", 2021)]
    assert [link.key for link in chain_of("x", summaries, {"x": "y", "y": "x"})] == ["x", "y"]


def test_chain_and_previous_in_a_store(store: Store) -> None:
    assert previous_in(store, store.load_report("soumu-r4-08")) is None
    roll_over_in(store, "soumu-r4-08", 2022)
    keys = [link.key for link in chain_in(store, "soumu-r5-08")]
    assert keys == ["soumu-r4-08", "soumu-r5-08"]
    new = store.load_report("soumu-r5-08")
    previous = previous_in(store, new)
    source = store.load_report("soumu-r4-08")
    assert previous is not None and previous.key == "soumu-r4-08"
    assert previous.category == source.verdict.category == "目標達成"
    assert previous.evaluated_fiscal_year == 2021
    assert previous.marks == tuple((i.number, i.name, i.mark) for i in source.indicators())
    assert any(mark for _, _, mark in previous.marks)
    store.delete_report("soumu-r4-08")
    assert previous_in(store, new) is None  # a predecessor not in the database shows nothing


def test_previous_needs_the_named_report() -> None:
    report = r.Report("b", policy_name="p", predecessor="a")
    assert previous_of(report, r.Report("c", policy_name="p")) is None
    assert previous_of(r.Report("b", policy_name="p"), r.Report("a", policy_name="p")) is None
    assert (
        previous_of(report, r.Report("a", policy_name="p", verdict=r.Verdict("目標達成")))
        is not None
    )
