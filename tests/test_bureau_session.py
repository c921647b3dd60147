"""``hyoka session NAME`` as OpenSSH's forced command runs it: the one allow-list, the
person's name in the history, and every refusal with a message, exit 1 and nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.snapshot.codec import dumps_snapshot
from models.store.store import open_store
from tests.bureau_people import add_people
from tests.cli_main import Ran, run
from tests.conftest import SEED

KEY = "soumu-r4-08"


@pytest.fixture
def bureau_db(db_path: Path) -> Path:
    add_people(db_path)
    return db_path


def session(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    db: Path,
    name: str,
    command: str,
    stdin: bytes | None = None,
) -> Ran:
    monkeypatch.setenv("SSH_ORIGINAL_COMMAND", command)
    if stdin is not None:
        import io
        import sys

        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    return run(capsys, "--db", str(db), "--lang", "en", "session", name)


def _state(db: Path) -> tuple[str, int, int]:
    """The report, its history's length and its comments: what a refusal must leave alone."""
    store = open_store(str(db))
    try:
        return (
            dumps_snapshot(store.load_report(KEY)),
            len(store.history()),
            len(store.review(KEY).comments),
        )
    finally:
        store.close()


def test_the_history_names_the_person(capsys, monkeypatch, bureau_db: Path) -> None:
    assert session(capsys, monkeypatch, bureau_db, "bob", f"comment {KEY} report 'Why?'").code == 0
    assert (
        session(capsys, monkeypatch, bureau_db, "alice", f"status {KEY} --set 確認依頼").code == 0
    )
    shown = session(capsys, monkeypatch, bureau_db, "carol", f"history {KEY}").out
    assert "bob" in shown.splitlines()[-2] and "alice" in shown.splitlines()[-1]
    store = open_store(str(bureau_db))
    assert [c.user for c in store.history(KEY)][-2:] == ["bob", "alice"]
    store.close()


def test_export_to_stdout_and_import_from_stdin(capsys, monkeypatch, bureau_db: Path) -> None:
    exported = session(capsys, monkeypatch, bureau_db, "carol", f"export {KEY}")
    assert exported.code == 0 and exported.out == SEED.read_text(encoding="utf-8")
    text = exported.out.replace('key = "soumu-r4-08"', 'key = "copied"')
    done = session(capsys, monkeypatch, bureau_db, "alice", "import -", stdin=text.encode())
    assert done.code == 0, done.err
    store = open_store(str(bureau_db))
    assert store.exists("copied") and store.history("copied")[0].user == "alice"
    store.close()


def test_a_snapshots_review_cannot_move_the_status_in_a_session(
    capsys, monkeypatch, bureau_db: Path
) -> None:
    """alice (evaluator) may not sign her own report off by importing a [review] that says
    確認済; the same snapshot with the review as stored imports (its other changes kept)."""
    exported = session(capsys, monkeypatch, bureau_db, "alice", f"export {KEY}").out
    changed = exported.replace("電子自治体の推進", "電子自治体の推進（改）", 1)
    forged = changed + '\n[review]\nstatus = "確認済"\n'
    before = _state(bureau_db)
    refused = session(
        capsys, monkeypatch, bureau_db, "alice", "import - --replace", stdin=forged.encode()
    )
    assert refused.code == 1
    assert "hyoka status, comment and resolve" in refused.err
    assert _state(bureau_db) == before
    done = session(
        capsys, monkeypatch, bureau_db, "alice", "import - --replace", stdin=changed.encode()
    )
    assert done.code == 0, done.err
    store = open_store(str(bureau_db))
    try:
        assert store.load_report(KEY).policy_name == "電子自治体の推進（改）"
        assert store.review(KEY).status == "作成中"
    finally:
        store.close()


REFUSED = [
    ("alice", "bash", "only these hyoka commands"),
    ("alice", "list; id", "only these hyoka commands"),
    ("alice", "--db /tmp/x.db list", "only these hyoka commands"),
    ("alice", "list --db /tmp/x.db", "cannot name --db"),
    ("alice", "list --d /tmp/x.db", "cannot name --db"),  # argparse's abbreviation too
    ("alice", "session bob", "only these hyoka commands"),
    ("alice", "users role alice reviewer", "only these hyoka commands"),
    ("alice", f"export {KEY} -o /tmp/stolen.toml", "-o can only be -"),
    ("alice", "check /etc/passwd", "by key only"),
    ("alice", "import /etc/passwd", "import -"),
    ("alice", "'unclosed", "cannot read the command"),
    ("carol", "import - --replace", "changing a report is for: evaluator"),
    ("carol", f"comment {KEY} report hello", "commenting is for: reviewer"),
    ("bob", f"resolve {KEY} 1", "resolving a comment is for: evaluator"),
    ("bob", f"status {KEY} --set 確認済", "cannot move from 作成中 to 確認済"),
    ("alice", f"status {KEY} --set 公表済", "cannot move"),
]


@pytest.mark.parametrize(("name", "command", "said"), REFUSED)
def test_refused_with_a_message_and_nothing_written(
    capsys, monkeypatch, bureau_db: Path, name: str, command: str, said: str
) -> None:
    before = _state(bureau_db)
    stdin = SEED.read_bytes() if "import -" in command else None
    result = session(capsys, monkeypatch, bureau_db, name, command, stdin)
    assert result.code == 1, (result.out, result.err)
    assert said in result.err
    assert _state(bureau_db) == before
    assert not Path("/tmp/stolen.toml").exists()


def test_an_unknown_name_opens_nothing(capsys, monkeypatch, bureau_db: Path) -> None:
    result = session(capsys, monkeypatch, bureau_db, "mallory", "list")
    assert result.code == 1 and "no person named mallory" in result.err


def test_a_reviewer_cannot_edit_values_whatever_the_front_end(bureau_db: Path) -> None:
    from models.store.bureau_errors import NotAllowedHere

    before = _state(bureau_db)
    store = open_store(str(bureau_db), person="bob")
    with pytest.raises(NotAllowedHere, match="evaluator"):
        store.set_value(KEY, "verdict.rationale", "書き換え")
    store.close()
    assert _state(bureau_db) == before


def test_a_role_changed_counts_at_once(bureau_db: Path) -> None:
    from models.store.bureau_errors import NotAllowedHere

    store = open_store(str(bureau_db), person="alice")
    store.set_value(KEY, "verdict.rationale", "一")
    admin = open_store(str(bureau_db))
    admin.set_role("alice", "reader")
    with pytest.raises(NotAllowedHere):
        store.set_value(KEY, "verdict.rationale", "二")
    admin.remove_person("alice")
    with pytest.raises(NotAllowedHere, match="もう利用者ではありません"):
        store.set_value(KEY, "verdict.rationale", "三")
    admin.close()
    store.close()


def test_the_tui_needs_a_terminal(capsys, monkeypatch, bureau_db: Path) -> None:
    monkeypatch.delenv("SSH_ORIGINAL_COMMAND", raising=False)
    result = run(capsys, "--db", str(bureau_db), "--lang", "en", "session", "alice")
    assert result.code == 1 and "no terminal" in result.err
