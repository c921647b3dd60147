"""``check --all`` with the findings cache prints exactly what checking afresh prints, after
edits, deletions, restores, replacements and a change of language (models/store/findings_cache.py
keeps it, models/rules/cache.py fingerprints what it depends on)."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from bench.generate import generate
from models.i18n import set_language
from models.rules import check as rules_check
from models.snapshot.sample import load_sample
from models.store.store import open_store

SEED_KEY = "soumu-r4-08"


def _cli(*argv: str) -> tuple[int, str]:
    from tui.cli.main import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(list(argv))
    return code, out.getvalue()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "many.db"
    store = open_store(str(path))
    store.import_reports([load_sample(), *generate(5, seed=4)])
    store.close()
    return path


def _both(db: Path, *extra: str) -> dict[str, tuple[tuple[int, str], tuple[int, str]]]:
    """(cached run, fresh run) per output form."""
    runs = {}
    for form in ("text", "json"):
        argv = ("check", "--all", "--format", form, "--db", str(db), *extra)
        runs[form] = (_cli(*argv), _cli(*argv, "--no-cache"))
    return runs


def _same(db: Path) -> dict[str, str]:
    runs = _both(db)
    for cached, fresh in runs.values():
        assert cached == fresh
    return {form: cached[1] for form, (cached, _) in runs.items()}


def _no_checking(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kw: object) -> None:
        raise AssertionError("a report was checked again")

    monkeypatch.setattr(rules_check, "check_with_suggestion", refuse)


def _reports(printed: str) -> dict[str, object]:
    return {r["key"]: r for r in json.loads(printed)["reports"]}


def test_second_run_comes_from_the_cache(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = _same(db)  # fills the cache
    with monkeypatch.context() as patched:
        _no_checking(patched)
        for form in ("text", "json"):
            assert _cli("check", "--all", "--format", form, "--db", str(db)) == (1, first[form])
    assert len(_reports(first["json"])) == 6


def test_edits_are_checked_again(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _reports(_same(db)["json"])
    keys = sorted(before)
    store = open_store(str(db))
    store.set_value(SEED_KEY, "budget[2021].executed", 10**12)  # more than the budget
    store.set_value(keys[1], "verdict.rationale", "測定指標1は目標を達成した。")
    store.delete_report(keys[2])
    store.close()
    after = _reports(_same(db)["json"])
    assert keys[2] not in after
    assert after[SEED_KEY]["findings"] != before[SEED_KEY]["findings"]  # type: ignore[index]
    assert after[keys[1]] != before[keys[1]]
    assert after[keys[3]] == before[keys[3]]


def test_restore_and_replace_are_checked_again(db: Path) -> None:
    _same(db)  # the cache holds every report at revision 1
    victim = list(generate(5, seed=4))[-1].key  # the highest row id: SQLite gives it out again
    store = open_store(str(db))
    original = store.load_report(victim)
    store.set_value(victim, "policy_name", "変えた名前")  # revision 2, not checked
    store.delete_report(victim)
    store.restore_report(victim)  # back at revision 1 with the edited content
    store.close()
    restored = _reports(_same(db)["json"])[victim]
    assert restored["policy_name"] == "変えた名前"  # type: ignore[index]
    store = open_store(str(db))
    store.import_report(original, replace=True)
    store.close()
    replaced = _reports(_same(db)["json"])[victim]
    assert replaced["policy_name"] == original.policy_name  # type: ignore[index]


def test_language_and_settings_are_part_of_the_key(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    japanese = _same(db)
    set_language("en")
    try:
        english = _same(db)
    finally:
        set_language(None)
    assert english["text"] != japanese["text"]
    config = tmp_path / "config.toml"
    config.write_text("[rules]\nclose_ratio = 0.5\n", encoding="utf-8")
    monkeypatch.setenv("HYOKA_CONFIG", str(config))
    _same(db)


def test_json_is_what_json_dumps_gives(db: Path) -> None:
    from tui.cli.check import _result
    from tui.cli.check_output import entry, summary, write

    store = open_store(str(db))
    results = [_result(r.key, r, "", rules_check.RuleSettings()) for r in store.iter_reports()]
    store.close()
    results.append({"key": "gone", "error": "no such report"})
    for chosen in (results, results[:1], []):
        entries = [entry(r, "json") for r in chosen]
        totals = summary(entries)
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            write(entries, totals, "json")
        expected = json.dumps({"reports": chosen, "summary": totals}, ensure_ascii=False, indent=2)
        assert out.getvalue() == expected + "\n"


def test_other_code_is_another_fingerprint(tmp_path: Path) -> None:
    from models.rules.cache import fingerprint

    module = tmp_path / "check_output.py"
    module.write_text("A = 1\n", encoding="utf-8")
    settings = rules_check.RuleSettings()
    before = fingerprint(settings, "ja", "4", (module,))
    module.write_text("A = 2\n", encoding="utf-8")
    from models.rules import cache

    cache._source_digest.cache_clear()  # a new process reads the code again
    after = fingerprint(settings, "ja", "4", (module,))
    assert after != before
    assert fingerprint(settings, "en", "4", (module,)) != after
    assert fingerprint(settings, "ja", "5", (module,)) != after
