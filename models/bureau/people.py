"""People known by their SSH public keys, and the ``authorized_keys`` line for each.

hyoka implements no SSH: OpenSSH authenticates the key and runs the forced command the line
names (``hyoka --db DB session NAME``), the way git hosting over SSH does. A key is read
from a ``.pub`` file (``TYPE BASE64 [COMMENT]``); options in front of it are refused, and the
line hyoka writes is rebuilt from the type and the key alone, so nothing a person hands in can
add options of its own. A key is known by its SHA-256 fingerprint, as ``ssh-keygen -l`` shows it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import shlex
import struct
from dataclasses import dataclass

from models.i18n import tr

ROLES = ("evaluator", "reviewer", "reader")
KEY_TYPES = (
    "ssh-ed25519",
    "ssh-rsa",
    "ecdsa-sha2-nistp256",
    "ecdsa-sha2-nistp384",
    "ecdsa-sha2-nistp521",
    "sk-ssh-ed25519@openssh.com",
    "sk-ecdsa-sha2-nistp256@openssh.com",
)
_NAME = re.compile(r"[a-z][a-z0-9_-]{0,31}")


class PeopleError(ValueError):
    """A name, key or role that cannot be used; the message says why."""


def role_word(role: str) -> str:
    words = {
        "evaluator": ("evaluator（作成者）", "evaluator"),
        "reviewer": ("reviewer（確認者）", "reviewer"),
        "reader": ("reader（閲覧者）", "reader"),
    }
    ja, en = words.get(role, (role, role))
    return tr(ja, en)


@dataclass(frozen=True)
class PublicKey:
    kind: str
    blob: str  # the base64 text as the .pub file has it

    @property
    def fingerprint(self) -> str:
        digest = hashlib.sha256(base64.b64decode(self.blob)).digest()
        return "SHA256:" + base64.b64encode(digest).decode().rstrip("=")


@dataclass(frozen=True)
class Person:
    name: str
    role: str
    key: PublicKey
    added_at: str = ""


def check_name(name: str) -> str:
    if not _NAME.fullmatch(name):
        raise PeopleError(
            tr(
                "名前 {name!r} は使えません（英小文字で始まり、英小文字・数字・-・_ の 32 字まで）",
                "the name {name!r} cannot be used (a lowercase letter, then lowercase letters, "
                "digits, - or _, at most 32 characters)",
                name=name,
            )
        )
    return name


def check_role(role: str) -> str:
    if role not in ROLES:
        raise PeopleError(
            tr(
                "役割 {role!r} はありません（{roles} のいずれか）",
                "no role {role!r} (one of {roles})",
                role=role,
                roles=", ".join(ROLES),
            )
        )
    return role


def parse_public_key(text: str) -> PublicKey:
    """The key of a ``.pub`` file's one line; PeopleError for anything else."""
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if len(lines) != 1:
        raise PeopleError(
            tr(
                "公開鍵ファイルには鍵を 1 行だけ書いてください（{n} 行あります）",
                "a public key file holds one key on one line ({n} found)",
                n=len(lines),
            )
        )
    parts = lines[0].split()
    if len(parts) < 2 or parts[0] not in KEY_TYPES:
        raise PeopleError(
            tr(
                "SSH 公開鍵として読めません（先頭は {types} のいずれか。オプション付きの行は不可）",
                "not an SSH public key (it must start with one of {types}; no options)",
                types=", ".join(KEY_TYPES),
            )
        )
    kind, blob = parts[0], parts[1]
    try:
        raw = base64.b64decode(blob, validate=True)
        (length,) = struct.unpack(">I", raw[:4])
        inner = raw[4 : 4 + length].decode("ascii")
    except (binascii.Error, struct.error, UnicodeDecodeError):
        inner = ""
    if inner != kind:
        raise PeopleError(
            tr(
                "公開鍵の本体が壊れています（種類 {kind} と一致しません）",
                "the key's data is damaged (it does not match its type {kind})",
                kind=kind,
            )
        )
    return PublicKey(kind, blob)


def _quoted(word: str) -> str:
    if any(c in word for c in '"\\\n\r'):
        raise PeopleError(
            tr(
                'パスに " \\ や改行を含められません: {w}',
                'a path in authorized_keys cannot hold ", \\ or a line break: {w}',
                w=word,
            )
        )
    return shlex.quote(word)


def authorized_line(person: Person, command: list[str], db: str) -> str:
    """The ``authorized_keys`` line of ``person``: their key, restricted, forced to run
    ``COMMAND --db DB session NAME`` (``command``: how the running hyoka is started)."""
    forced = " ".join(_quoted(w) for w in [*command, "--db", db, "session", person.name])
    return (
        f'restrict,pty,command="{forced}" {person.key.kind} {person.key.blob} hyoka:{person.name}'
    )
