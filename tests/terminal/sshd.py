"""A private OpenSSH server on 127.0.0.1 for the journey over a real SSH link.

Its own host key and client key (ssh-keygen, in the test's temporary directory), its own
config, a free high port, in the foreground (``-D -e``), ended with the test. The client is
the real ``ssh`` with ``-tt``: a pseudo-terminal on the server, as a user logging in has.
"""

from __future__ import annotations

import getpass
import os
import shlex
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

SSHD = shutil.which("sshd") or "/usr/sbin/sshd"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    port: int
    key: Path
    process: subprocess.Popen[bytes]
    log: Path

    def ssh_argv(self, remote: list[str]) -> list[str]:
        """The ``ssh`` command that logs in and runs ``remote`` on a server-side terminal."""
        return [
            "ssh",
            "-tt",
            "-p",
            str(self.port),
            "-i",
            str(self.key),
            "-o",
            "StrictHostKeyChecking=no",
            "-o",
            "UserKnownHostsFile=/dev/null",
            "-o",
            "BatchMode=yes",
            "-o",
            "LogLevel=ERROR",
            "-o",
            "SendEnv=-*",
            "-F",
            "/dev/null",
            f"{getpass.getuser()}@127.0.0.1",
            shlex.join(remote),
        ]


def start(
    tmp: Path, authorized_keys: Path | None = None, set_env: dict[str, str] | None = None
) -> Server:
    """Start sshd on a free port; return once it accepts connections. ``authorized_keys``:
    the file sshd reads keys from (default: the one client key it made); ``set_env``: the
    environment sshd gives every session (its ``SetEnv``)."""
    tmp.mkdir(parents=True, exist_ok=True)
    for name in ("host_key", "client_key"):
        subprocess.run(
            ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(tmp / name)], check=True
        )
    if os.geteuid() == 0:
        os.makedirs("/run/sshd", mode=0o755, exist_ok=True)  # privilege separation directory
    port = free_port()
    config = tmp / "sshd_config"
    config.write_text(
        "\n".join(
            [
                f"Port {port}",
                "ListenAddress 127.0.0.1",
                f"HostKey {tmp / 'host_key'}",
                f"AuthorizedKeysFile {authorized_keys or tmp / 'client_key.pub'}",
                f"PidFile {tmp / 'sshd.pid'}",
                "PermitRootLogin prohibit-password",
                "PubkeyAuthentication yes",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "StrictModes no",
                "UsePAM no",
                "PrintMotd no",
                "PrintLastLog no",
                "AcceptEnv none",
                *(
                    [f"SetEnv {' '.join(f'{k}={v}' for k, v in set_env.items())}"]
                    if set_env
                    else []
                ),
                "",
            ]
        )
    )
    log = tmp / "sshd.log"
    process = subprocess.Popen(
        [SSHD, "-D", "-e", "-f", str(config)],
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    end = time.monotonic() + 30
    while time.monotonic() < end:
        if process.poll() is not None:
            raise AssertionError(f"sshd exited: {log.read_text(errors='replace')}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return Server(port, tmp / "client_key", process, log)
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise AssertionError(f"sshd did not listen on {port}: {log.read_text(errors='replace')}")
