"""Many reports at once: ``Store.iter_reports`` on every engine, ``export``/``check`` over
worker processes, and the shortcuts the bulk paths rely on (mentions, the language)."""

from __future__ import annotations

import contextlib
import io
import random
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from bench.generate import generate
from models.i18n import language, set_language, tr
from models.rules.verdict import _MENTION, _RANGE, mentioned_indicators
from models.snapshot.codec import dumps_snapshot
from models.snapshot.sample import load_sample
from models.store.errors import ReportNotFound
from models.store.store import open_store

SEED_KEY = "soumu-r4-08"


@pytest.fixture
def many(target: str):
    store = open_store(target, user="tester")
    store.import_reports([load_sample(), *generate(7, seed=3)])
    yield store
    store.close()


def test_iter_reports_equals_load_report(many) -> None:
    keys = many.keys()
    assert len(keys) == 8 and SEED_KEY in keys
    expected = [dumps_snapshot(many.load_report(k)) for k in keys]
    for batch in (1, 3, 500):
        got = list(many.iter_reports(batch=batch))
        assert [r.key for r in got] == keys
        assert [dumps_snapshot(r) for r in got] == expected


def test_sqlite_bulk_rows_equal_sqlalchemys(tmp_path: Path) -> None:
    """The DB-API path (models/store/bulk_sqlite.py) gives, table by table, the rows
    ``select(table)`` gives through SQLAlchemy: same values of the same types (a number read
    back from its text, 0/1 as a bool, a date), in the same order."""
    from sqlalchemy import select

    from models.store import rows
    from models.store import tables as t
    from models.store.bulk_sqlite import BulkQuery

    store = open_store(str(tmp_path / "b.db"), user="tester")
    store.import_reports([load_sample(), *generate(7, seed=3)])
    with store.engine.connect() as conn:
        ids = list(conn.scalars(select(t.REPORT.c.id)))
        converted: set[type] = set()
        for tbl in (t.REPORT, *t.CHILDREN):
            where = "report_id" if tbl is not t.REPORT else "id"
            order = ("report_id", *rows.ORDER_BY[tbl.name]) if tbl is not t.REPORT else ("id",)
            expected = [
                tuple(row)
                for row in conn.execute(
                    select(tbl)
                    .where(tbl.c[where].in_(ids))
                    .order_by(*(tbl.c[name] for name in order))
                )
            ]
            query = BulkQuery(conn, tbl, where, order)
            got = query.rows(conn, ids)
            assert got == expected, tbl.name
            typed = [[type(v) for v in row] for row in got]
            assert typed == [[type(v) for v in row] for row in expected], tbl.name
            converted |= {type(row[i]) for row in got for i, _ in query.converters}
    store.close()
    assert {bool, date, int, float} <= converted  # the processors did run


def test_iter_reports_keeps_the_order_given(many) -> None:
    keys = [*many.keys()[::-1][:5], SEED_KEY]
    got = list(many.iter_reports(keys, batch=2))
    assert [r.key for r in got] == keys
    assert dumps_snapshot(got[-1]) == dumps_snapshot(many.load_report(SEED_KEY))
    assert list(many.iter_reports([])) == []


def test_iter_reports_stops_at_a_missing_key(many) -> None:
    keys = [*many.keys()[:2], "nope", many.keys()[2]]
    seen = []
    with pytest.raises(ReportNotFound) as caught:
        for report in many.iter_reports(keys, batch=10):
            seen.append(report.key)
    assert caught.value.key == "nope" and seen == keys[:2]


def _mentioned_whole(text: str) -> set[int]:
    """The definition: NFKC of the whole text, then the pattern."""
    found: set[int] = set()
    for m in _MENTION.finditer(unicodedata.normalize("NFKC", text)):
        for a, b in _RANGE.findall(m.group(1)):
            if int(b) - int(a) <= 100:
                found.update(range(int(a), int(b) + 1))
        found.update(int(x) for x in re.findall(r"\d+", m.group(1)))
    return found


def test_mentions_normalize_only_what_they_need() -> None:
    # the shortcut's premises: NFKC makes 測 from 測 alone, and 。 is a normalization boundary
    makers = [
        c
        for c in range(sys.maxunicode + 1)
        if not 0xD800 <= c <= 0xDFFF and "測" in unicodedata.normalize("NFKC", chr(c))
    ]
    assert makers == [ord("測")]
    assert unicodedata.is_normalized("NFKC", "。") and unicodedata.combining("。") == 0
    atoms = ["測定指標", "測", "。", "１", "2", "①", "⑫", "・", "、", "～", "-", "及び", "と"]
    atoms += ["から", " ", "\u3000", "\n", "\u3099", "ｶ", "ﾞ", "｡", "︒", "⑴", "¹", "（", "10"]
    rng = random.Random(7)
    for _ in range(20_000):
        text = "".join(rng.choice(atoms) for _ in range(rng.randint(0, 14)))
        assert mentioned_indicators(text) == _mentioned_whole(text), text
    for report in generate(5, seed=2):
        for text in (report.verdict.rationale, report.verdict.analysis):
            assert mentioned_indicators(text) == _mentioned_whole(text)


def test_language_follows_the_environment_and_set_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert language() == "ja" and tr("はい", "yes") == "はい"
    monkeypatch.setenv("HYOKA_LANG", " EN ")
    assert tr("はい", "yes") == "yes"
    monkeypatch.setenv("HYOKA_LANG", "fr")
    assert language() == "ja"
    set_language("en")
    assert language() == "en"
    set_language(None)
    monkeypatch.setenv("HYOKA_LANG", "en")
    assert language() == "en"
    monkeypatch.delenv("HYOKA_LANG")
    assert language() == "ja"


def _cli(*argv: str) -> tuple[int, str]:
    from tui.cli.main import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(list(argv))
    return code, out.getvalue()


@pytest.fixture
def many_db(tmp_path: Path) -> Path:
    path = tmp_path / "many.db"
    store = open_store(str(path))
    store.import_reports([load_sample(), *generate(9, seed=4)])
    store.close()
    return path


def _parallel(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    from models.services import parallel

    monkeypatch.setattr(parallel, "PARALLEL_FROM", 3 if on else 10**9)
    monkeypatch.setattr(parallel, "CHUNK", 2)
    monkeypatch.setattr(parallel, "MAX_WORKERS", 2)


def test_export_over_workers_writes_the_same_files(
    many_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = {}
    for on in (False, True):
        _parallel(monkeypatch, on)
        out = tmp_path / f"out-{on}"
        code, _ = _cli("export", "--all", "-o", str(out), "--db", str(many_db))
        assert code == 0
        written[on] = {p.name: p.read_bytes() for p in sorted(out.iterdir())}
    assert len(written[True]) == 10 and written[True] == written[False]
    store = open_store(str(many_db))
    assert written[True][f"{SEED_KEY}.toml"].decode() == dumps_snapshot(store.load_report(SEED_KEY))
    store.close()


def test_check_over_workers_prints_the_same(many_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    printed = {}
    for on in (False, True):
        _parallel(monkeypatch, on)
        for form in ("text", "json"):
            argv = ("check", "--all", "--format", form, "--db", str(many_db), "--no-cache")
            printed[on, form] = _cli(*argv)
    assert printed[True, "text"] == printed[False, "text"]
    assert printed[True, "json"] == printed[False, "json"]
    assert printed[True, "text"][1].count("\n\n") >= 9
    # the findings cache filled by the workers (which pack what it keeps) gives it back
    for form in ("text", "json"):
        argv = ("check", "--all", "--format", form, "--db", str(many_db))
        assert _cli(*argv) == printed[False, form]  # checked over workers, cache filled
    from models.rules import check as rules_check

    def refuse(*_args: object, **_kw: object) -> None:
        raise AssertionError("a report was checked again")

    monkeypatch.setattr(rules_check, "check_with_suggestion", refuse)
    for form in ("text", "json"):
        argv = ("check", "--all", "--format", form, "--db", str(many_db))
        assert _cli(*argv) == printed[False, form]  # from the cache alone


@pytest.mark.parametrize("plan", [(), ("--plan",)], ids=["report", "plan"])
def test_publish_over_workers_writes_the_same_files(
    many_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, plan: tuple[str, ...]
) -> None:
    written = {}
    for on in (False, True):
        _parallel(monkeypatch, on)
        out = tmp_path / f"pub-{on}"
        argv = ("publish", "--all", *plan, "-f", "html", "--force", "-o", str(out))
        code, _ = _cli(*argv, "--db", str(many_db))
        assert code == 0
        written[on] = {p.name: p.read_bytes() for p in sorted(out.iterdir())}
    assert len(written[True]) == 10 and written[True] == written[False]
    assert all(name.endswith("-plan.html") == bool(plan) for name in written[True])


def test_fast_copy_of_an_indicator_basis_is_replace() -> None:
    """``_with`` (check --all's cheap ``dataclasses.replace``) holds while IndicatorBasis has
    no ``__post_init__`` and no slots: every field changed alone gives replace's object."""
    from dataclasses import fields, replace

    from models.rules.suggest.verdict import IndicatorBasis, _with

    assert not hasattr(IndicatorBasis, "__post_init__")
    assert not hasattr(IndicatorBasis, "__slots__")
    b = IndicatorBasis(1, "指標", True, "イ", "evaluator", "ロ", 0.9, "counted", gain=3)
    for f in fields(IndicatorBasis):
        other = ("x",) if f.name == "parts" else "x"
        changed = _with(b, **{f.name: other})
        assert changed == replace(b, **{f.name: other}) and changed is not b
        assert getattr(b, f.name) != other  # the original is untouched
    assert _with(b) == b


def test_as_of_reach_is_the_same_for_every_margin() -> None:
    from models.rules.figures import _shift_months, as_of_reach
    from models.rules.settings import RuleSettings

    for before, after in ((0, 0), (3, 6), (12, 1)):
        settings = RuleSettings(as_of_months_before=before, as_of_months_after=after)
        for fy in (1989, 2019, 2021, 2050):
            end = _shift_months(date(fy + 1, 4, 1), after)
            expected = (
                _shift_months(date(fy, 4, 1), -before),
                date.fromordinal(end.toordinal() - 1),
            )
            assert as_of_reach(fy, settings) == expected == as_of_reach(fy, settings)
