"""Every hyoka command, and which role may run it in a session (``hyoka session NAME`` with
``SSH_ORIGINAL_COMMAND``). A command not on the allow-list is refused for everyone; one on it
runs as far as the person's role allows. A new command fails this test until it is placed."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from tests.bureau_people import add_people
from tests.conftest import SEED
from tests.test_bureau_session import KEY, session
from tui.cli.main import build_parser
from tui.cli.session import ALLOWED

ALL = {"evaluator", "reviewer", "reader"}
NONE: set[str] = set()
# command as typed over ssh → the roles for which it succeeds
TABLE: dict[str, tuple[str, set[str]]] = {
    "list": ("list", ALL),
    "calendar": ("calendar", ALL),
    "check": (f"check {KEY}", ALL),
    "export": (f"export {KEY}", ALL),
    "history": (f"history {KEY}", ALL),
    "review": (f"review {KEY} --all", ALL),
    "publish": (f"publish {KEY} --format html", ALL),
    "status": (f"status {KEY}", ALL),
    "status --set": (f"status {KEY} --set 確認依頼", {"evaluator"}),
    "comment": (f"comment {KEY} indicator[1].target 根拠は？", {"reviewer"}),
    "comment --reply": (f"comment {KEY} --reply 1 回答です", {"evaluator", "reviewer"}),
    "resolve": (f"resolve {KEY} 1", {"evaluator"}),
    "import": ("import - --replace", {"evaluator"}),
    "demo": ("demo", NONE),
    "confirm": (f"confirm {KEY} report", NONE),
    "restore": (f"restore {KEY}", NONE),
    "copy": ("copy /tmp/other.db", NONE),
    "rollover": (f"rollover {KEY}", NONE),
    "plan": (f"plan {KEY}", NONE),
    "users": ("users list", NONE),
    "session": ("session alice", NONE),
}
PERSON = {"evaluator": "alice", "reviewer": "bob", "reader": "carol"}


def _commands() -> set[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return set(sub.choices)


def test_the_table_names_every_command_and_the_allow_list_is_what_it_allows() -> None:
    assert {name.split()[0] for name in TABLE} == _commands()
    assert set(ALLOWED) == {name.split()[0] for name, (_, roles) in TABLE.items() if roles}


@pytest.mark.parametrize("role", sorted(ALL))
@pytest.mark.parametrize("name", list(TABLE))
def test_who_may_run_what(capsys, monkeypatch, db_path: Path, name: str, role: str) -> None:
    add_people(db_path)
    command, roles = TABLE[name]
    if name in ("comment --reply", "resolve"):  # a comment to answer or resolve
        assert session(capsys, monkeypatch, db_path, "bob", f"comment {KEY} report 問").code == 0
    stdin = SEED.read_bytes() if command.startswith("import") else None
    result = session(capsys, monkeypatch, db_path, PERSON[role], command, stdin)
    if role in roles:
        assert result.code == 0, result.err
    else:
        assert result.code == 1, (result.out, result.err)
        assert "hyoka:" in result.err
