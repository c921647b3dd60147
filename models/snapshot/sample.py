"""The bundled sample report (総務省R4－⑧), shipped as package data for ``hyoka demo``."""

from __future__ import annotations

from importlib.resources import files

from models.report.model import Report
from models.snapshot.codec import loads_snapshot

SAMPLE = "soumu-r4-08.toml"


def sample_text() -> str:
    return files("models").joinpath("data", SAMPLE).read_text(encoding="utf-8")


def load_sample() -> Report:
    return loads_snapshot(sample_text(), source=SAMPLE)
