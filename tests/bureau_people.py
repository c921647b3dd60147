"""Test helpers for a bureau: public key lines, and a database with alice (evaluator), bob
(reviewer) and carol (reader) beside the seed report."""

from __future__ import annotations

import base64
import hashlib
import struct
from pathlib import Path

from models.bureau.people import parse_public_key
from models.store.store import open_store

PEOPLE = {"alice": "evaluator", "bob": "reviewer", "carol": "reader"}


def _string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def public_key(seed: str, comment: str = "someone@pc") -> str:
    """An ed25519 public key line (the key's 32 bytes derived from ``seed``)."""
    blob = _string(b"ssh-ed25519") + _string(hashlib.sha256(seed.encode()).digest())
    return f"ssh-ed25519 {base64.b64encode(blob).decode()} {comment}\n"


def add_people(db: Path) -> None:
    store = open_store(str(db))
    try:
        for name, role in PEOPLE.items():
            store.add_person(name, parse_public_key(public_key(name)), role)
    finally:
        store.close()
