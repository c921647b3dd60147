"""``hyoka users``: people known by one SSH key each, and the authorized_keys lines."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from models.bureau.people import PeopleError, parse_public_key
from models.store.store import open_store
from tests.bureau_people import public_key
from tests.cli_main import run


def _key(tmp_path: Path, name: str, text: str | None = None) -> str:
    path = tmp_path / f"{name}.pub"
    path.write_text(text if text is not None else public_key(name))
    return str(path)


def test_add_list_role_remove(capsys, tmp_path: Path, db_path: Path) -> None:
    db = str(db_path)
    assert run(capsys, "--db", db, "users", "add", "alice", "--key", _key(tmp_path, "a")).code == 0
    added = run(
        capsys,
        "--db",
        db,
        "users",
        "add",
        "bob",
        "--key",
        _key(tmp_path, "b"),
        "--role",
        "reviewer",
    )
    assert added.code == 0
    listed = run(capsys, "--db", db, "users", "list").out.splitlines()
    assert [line.split("\t")[:2] for line in listed] == [
        ["alice", "evaluator"],
        ["bob", "reviewer"],
    ]
    assert listed[0].split("\t")[2] == parse_public_key(public_key("a")).fingerprint
    assert run(capsys, "--db", db, "users", "role", "bob", "reader").code == 0
    assert run(capsys, "--db", db, "users", "remove", "alice").code == 0
    listed = run(capsys, "--db", db, "users", "list").out.splitlines()
    assert [line.split("\t")[:2] for line in listed] == [["bob", "reader"]]


def test_one_key_one_person(capsys, tmp_path: Path, db_path: Path) -> None:
    db, key = str(db_path), _key(tmp_path, "a")
    assert run(capsys, "--db", db, "users", "add", "alice", "--key", key).code == 0
    again = run(capsys, "--db", db, "users", "add", "mallory", "--key", key, "--lang", "en")
    assert again.code == 1
    assert "already alice's" in again.err
    same_name = run(capsys, "--db", db, "users", "add", "alice", "--key", _key(tmp_path, "z"))
    assert same_name.code == 1
    store = open_store(db)
    assert [p.name for p in store.people()] == ["alice"]
    store.close()


@pytest.mark.parametrize(
    "text",
    [
        'command="/bin/sh" ' + public_key("x"),  # options in front: never carried over
        "ssh-ed25519 AAAAnotakey\n",
        "ssh-rsa " + public_key("x").split()[1] + "\n",  # the data says ed25519
        public_key("x") + public_key("y"),  # two keys
        "",
    ],
)
def test_what_is_not_a_key_is_refused(capsys, tmp_path: Path, db_path: Path, text: str) -> None:
    result = run(
        capsys, "--db", str(db_path), "users", "add", "al", "--key", _key(tmp_path, "k", text)
    )
    assert result.code == 1
    assert "hyoka:" in result.err
    with pytest.raises(PeopleError):
        parse_public_key(text)


def test_names_that_could_break_a_line_are_refused(capsys, tmp_path: Path, db_path: Path) -> None:
    for name in ('al"ice', "Alice", "a b", "../x", "-x"):
        assert (
            run(
                capsys, "--db", str(db_path), "users", "add", name, "--key", _key(tmp_path, "a")
            ).code
            != 0
        )


@pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="needs OpenSSH's ssh-keygen")
def test_the_fingerprint_is_the_one_ssh_keygen_shows(tmp_path: Path) -> None:
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(tmp_path / "k")], check=True
    )
    shown = subprocess.run(
        ["ssh-keygen", "-lf", str(tmp_path / "k.pub")], capture_output=True, text=True, check=True
    ).stdout.split()[1]
    assert parse_public_key((tmp_path / "k.pub").read_text()).fingerprint == shown


def test_authorized_keys_lines(capsys, tmp_path: Path, db_path: Path) -> None:
    db = str(db_path)
    run(capsys, "--db", db, "users", "add", "alice", "--key", _key(tmp_path, "a"))
    run(capsys, "--db", db, "users", "add", "bob", "--key", _key(tmp_path, "b"), "--role", "reader")
    out = run(capsys, "--db", db, "users", "authorized-keys").out.splitlines()
    assert len(out) == 2
    blob = public_key("a").split()[1]
    assert out[0].startswith('restrict,pty,command="')
    assert out[0].endswith(
        f' --db {db_path.resolve()} session alice" ssh-ed25519 {blob} hyoka:alice'
    )
    assert "someone@pc" not in out[0]  # the key's own comment is not carried
    target = tmp_path / "ssh" / "authorized_keys"
    assert run(capsys, "--db", db, "users", "authorized-keys", "-o", str(target)).code == 0
    assert target.read_text().splitlines() == out
    # atomic: the file is replaced whole, no temporary file is left beside it
    assert [p.name for p in target.parent.iterdir()] == ["authorized_keys"]


def test_the_command_line_starts_this_hyoka(capsys, tmp_path: Path, db_path: Path) -> None:
    from tui.cli.users import hyoka_command

    command = hyoka_command()
    assert Path(command[0]).is_absolute() and Path(command[0]).exists()
    db = str(db_path)
    run(capsys, "--db", db, "users", "add", "alice", "--key", _key(tmp_path, "a"))
    line = run(capsys, "--db", db, "users", "authorized-keys").out
    forced = line.split('command="')[1].split('"')[0]
    result = subprocess.run(
        [*forced.split()[:-2], "users", "list"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and result.stdout.startswith("alice\tevaluator")


def test_a_session_cannot_manage_people(tmp_path: Path, db_path: Path) -> None:
    from models.store.bureau_errors import NotAllowedHere
    from tests.bureau_people import add_people

    add_people(db_path)
    store = open_store(str(db_path), person="alice")
    with pytest.raises(NotAllowedHere):
        store.set_role("alice", "reviewer")
    store.close()
