"""A bureau on one server, as an administrator runs it: a real sshd whose AuthorizedKeysFile
is the file ``hyoka users authorized-keys`` wrote, and the real ``ssh`` client with a key each
for alice (evaluator), bob (reviewer) and carol (reader). hyoka implements no SSH: OpenSSH
authenticates, and each key's forced command (``hyoka --db DB session NAME``) decides the rest.

The journey: alice edits in her TUI over ``ssh -tt`` and the history names her; bob comments
over ``ssh … comment``; alice's open TUI shows the mark within a second; she answers and
resolves; the report goes 作成中 → 確認依頼 (alice) → 確認済 (bob). Then each refusal, one test
each, with its message and nothing written.
"""

from __future__ import annotations

import getpass
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from models.snapshot.codec import dumps_snapshot
from tests.terminal import sshd
from tests.terminal.conftest import HYOKA, KEY, Home, eventually, history, load
from tests.terminal.driver import WAIT, Terminal, clear_editor

PEOPLE = {"alice": "evaluator", "bob": "reviewer", "carol": "reader"}


@dataclass
class Bureau:
    home: Home
    server: sshd.Server
    keys: dict[str, Path]

    def ssh_argv(self, who: str, *options: str) -> list[str]:
        return [
            "ssh",
            "-p",
            str(self.server.port),
            "-i",
            str(self.keys[who]),
            "-o",
            "IdentitiesOnly=yes",
            "-o",
            "StrictHostKeyChecking=no",
            "-o",
            "UserKnownHostsFile=/dev/null",
            "-o",
            "BatchMode=yes",
            "-o",
            "LogLevel=ERROR",
            "-F",
            "/dev/null",
            *options,
            "--",  # what follows the host is the command, even when it looks like an option
            f"{getpass.getuser()}@127.0.0.1",
        ]

    def run(self, who: str, command: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
        """``ssh hyoka@host COMMAND`` as ``who``: the words reach hyoka as SSH_ORIGINAL_COMMAND."""
        return subprocess.run(
            [*self.ssh_argv(who, "-T"), command],
            input=stdin,
            capture_output=True,
            timeout=WAIT * 2,
            check=False,
        )

    def state(self) -> tuple[str, list[tuple[str, str]]]:
        return dumps_snapshot(load(self.home.db)), [
            (c.user, c.action) for c in history(self.home.db)
        ]


def _hyoka(home: Home, *args: str) -> None:
    subprocess.run(
        [HYOKA, "--db", str(home.db), *args], check=True, env=home.env(), capture_output=True
    )


@pytest.fixture
def bureau(home: Home, tmp_path: Path):  # type: ignore[no-untyped-def]
    keys: dict[str, Path] = {}
    for name in (*PEOPLE, "mallory"):
        key = tmp_path / "keys" / name
        key.parent.mkdir(exist_ok=True)
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True)
        keys[name] = key
    for name, role in PEOPLE.items():
        _hyoka(home, "users", "add", name, "--key", f"{keys[name]}.pub", "--role", role)
    authorized = tmp_path / "authorized_keys"
    _hyoka(home, "users", "authorized-keys", "-o", str(authorized))
    assert len(authorized.read_text().splitlines()) == 3
    # the server's own settings for hyoka (as /etc/environment or the service account's
    # config would give them): a short idle time, so that a test can wait for it
    config = tmp_path / "server-config.toml"
    config.write_text("cursor_blink = false\n[serve]\nidle_minutes = 0.1\n", encoding="utf-8")
    server = sshd.start(
        tmp_path / "sshd",
        authorized_keys=authorized,
        set_env={"HYOKA_CONFIG": str(config), "TEXTUAL_ANIMATIONS": "none"},
    )
    yield Bureau(home, server, keys)
    server.process.kill()
    server.process.wait()


def test_alice_edits_bob_comments_alice_sees_answers_resolves_bob_accepts(bureau: Bureau) -> None:
    home = bureau.home
    term = Terminal([*bureau.ssh_argv("alice", "-tt")], home.env())
    home.terminals.append(term)
    term.wait_for("1 / 1 件")
    term.press("enter")
    term.wait_for("総務省R4－⑧")
    term.press("f3")
    term.wait_for("76,461")
    term.press("enter")
    clear_editor(term, "令和元年度（2019年度）　当初予算（a）（百万円）")
    term.type("△１，２３４")
    term.wait_for("△１，２３４")
    term.press("enter")
    term.wait_for("△ 1,234")
    eventually(lambda: load(home.db).budget.years[0].initial, lambda v: v == -1234, "saved")
    edits = [c for c in history(home.db) if c.path == "budget[2019].initial"]
    assert [c.user for c in edits] == ["alice"]
    shown = bureau.run("carol", f"history {KEY}").stdout.decode()
    assert "alice" in shown.splitlines()[-1]

    term.press("f2")
    term.wait_for("政策名")
    said = bureau.run("bob", f"comment {KEY} report.policy_name 'この名称は正式名ですか？'")
    assert said.returncode == 0, said.stderr
    term.wait_for("✉")  # the live refresh polls every POLL_SECONDS (< 1 s; tests/tui)
    term.wait_for("この名称は正式名ですか？")

    assert bureau.run("alice", f"comment {KEY} --reply 1 '正式名です'").returncode == 0
    assert bureau.run("alice", f"resolve {KEY} 1").returncode == 0
    term.wait_gone("✉")
    assert bureau.run("alice", f"status {KEY} --set 確認依頼").returncode == 0
    moved = bureau.run("bob", f"status {KEY} --set 確認済")
    assert moved.returncode == 0, moved.stderr
    review = bureau.run("carol", f"review {KEY} --all --format json").stdout.decode()
    assert '"status": "確認済"' in review and '"resolved_by": "alice"' in review
    who = [(c.user, c.action) for c in history(home.db)]
    assert ("bob", "comment") in who and ("alice", "reply") in who and ("alice", "resolve") in who
    assert who[-1] == ("bob", "status")
    assert "Traceback" not in term.text_output()


def test_export_and_publish_come_back_over_ssh(bureau: Bureau) -> None:
    exported = bureau.run("carol", f"export {KEY}")
    assert exported.returncode == 0 and exported.stdout.startswith(b'schema = "hyoka/1"')
    published = bureau.run("carol", f"publish {KEY} --format html")
    assert published.returncode == 0 and b"<!DOCTYPE html>" in published.stdout
    text = exported.stdout.replace(b'key = "soumu-r4-08"', b'key = "sent"')
    imported = bureau.run("alice", "import -", stdin=text)
    assert imported.returncode == 0, imported.stderr
    assert [c.user for c in history_of(bureau, "sent")] == ["alice"]


def history_of(bureau: Bureau, key: str):  # type: ignore[no-untyped-def]
    store = bureau.home.store()
    try:
        return store.history(key)
    finally:
        store.close()


def test_an_unknown_key_is_refused_by_sshd(bureau: Bureau) -> None:
    before = bureau.state()
    done = bureau.run("mallory", "list")
    assert done.returncode == 255 and b"Permission denied" in done.stderr
    assert bureau.state() == before


@pytest.mark.parametrize(
    ("who", "command", "said"),
    [
        ("alice", "bash", "セッションで実行できるのは"),
        ("alice", "list; id", "セッションで実行できるのは"),
        ("alice", "--db /tmp/x.db list", "セッションで実行できるのは"),
        ("alice", "list --db /tmp/x.db", "--db を指定できません"),
        ("alice", "session bob", "セッションで実行できるのは"),
        ("carol", "import - --replace", "evaluator"),
        ("bob", "import - --replace", "evaluator"),  # a reviewer's value edit
    ],
    ids=[
        "shell",
        "two-commands",
        "db-first",
        "db-after",
        "other-person",
        "reader-import",
        "reviewer-edit",
    ],
)
def test_refused_over_ssh_with_a_message_and_nothing_written(
    bureau: Bureau, who: str, command: str, said: str
) -> None:
    before = bureau.state()
    changed = dumps_snapshot(load(bureau.home.db)).replace("電子自治体の推進", "書き換え").encode()
    done = bureau.run(who, command, stdin=changed)
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert said in done.stderr.decode()
    assert b"uid=" not in done.stdout  # `id` never ran
    assert bureau.state() == before
    assert not Path("/tmp/x.db").exists()


def test_port_forwarding_is_refused(bureau: Bureau) -> None:
    """``restrict`` forbids forwarding: a tunnel to sshd's own port carries nothing."""
    local = sshd.free_port()
    tunnel = subprocess.Popen(
        [*bureau.ssh_argv("alice", "-N", "-L", f"{local}:127.0.0.1:{bureau.server.port}")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        end = time.monotonic() + WAIT
        while True:
            try:
                conn = socket.create_connection(("127.0.0.1", local), timeout=1)
                break
            except OSError:
                assert time.monotonic() < end, "the local end of the tunnel never listened"
                time.sleep(0.1)
        with conn:
            conn.settimeout(WAIT)
            received = conn.recv(100)  # sshd would greet with "SSH-2.0-…" through a tunnel
        assert not received.startswith(b"SSH-"), received
    finally:
        tunnel.kill()
        tunnel.communicate()
    log = bureau.server.log.read_text(errors="replace")
    assert "refused local port forward" in log, log[-2000:]


def _alice_in_budget(bureau: Bureau) -> Terminal:
    term = Terminal([*bureau.ssh_argv("alice", "-tt")], bureau.home.env())
    bureau.home.terminals.append(term)
    term.wait_for("1 / 1 件")
    term.press("enter")
    term.wait_for("総務省R4－⑧")
    term.press("f3")
    term.wait_for("76,461")
    term.press("enter")
    clear_editor(term, "令和元年度（2019年度）　当初予算（a）（百万円）")
    term.type("９８７")
    term.wait_for("９８７")
    return term


def test_the_link_cut_in_an_edit_saves_nothing_half_typed(bureau: Bureau) -> None:
    before = bureau.state()
    term = _alice_in_budget(bureau)
    term.process.kill()  # the link drops in the middle of typing
    term.process.wait()
    time.sleep(1.0)  # the server side hangs up hyoka; nothing may arrive late
    assert bureau.state() == before
    assert load(bureau.home.db).budget.years[0].initial == 76461


def test_an_idle_session_ends_by_itself_and_saves_nothing(bureau: Bureau) -> None:
    before = bureau.state()
    term = _alice_in_budget(bureau)  # idle_minutes = 0.1: six seconds without a key
    assert term.wait_exit(timeout=WAIT + 10) == 0
    assert "Traceback" not in term.text_output()
    assert bureau.state() == before
