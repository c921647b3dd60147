"""A PDF that is no 別紙２ given to ``hyoka import``: a clear message, exit 1, nothing written,
every time (run 20 times in one process, and once as a process of its own, whose stderr holds
the message alone: no traceback, no library's complaint)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tui.cli.main import main


def _pdf(text: str | None) -> bytes:
    """A one-page PDF showing ``text`` in Helvetica (no text at all for None)."""
    content = b"" if text is None else f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


GARBAGE = {
    "minutes.pdf": (_pdf("Minutes of the budget meeting"), "別紙２の様式ではありません"),
    "scan.pdf": (_pdf(None), "PDF に文字がありません"),
    "broken.pdf": (b"%PDF-1.4 not really", "broken.pdf を読めません"),
    "noise.pdf": (bytes(range(256)) * 12, "noise.pdf を読めません"),
}


@pytest.mark.parametrize("name", sorted(GARBAGE))
def test_a_pdf_that_is_no_form_is_refused_the_same_way_twenty_times(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    data, message = GARBAGE[name]
    path = tmp_path / name
    path.write_bytes(data)
    db = tmp_path / "h.db"
    for _ in range(20):
        code = main(["--db", str(db), "import", str(path)])
        out = capsys.readouterr()
        assert code == 1
        assert out.out == ""
        lines = out.err.splitlines()
        assert len(lines) == 1 and message in lines[0], out.err
        assert not db.exists()


@pytest.mark.parametrize("name", sorted(GARBAGE))
def test_the_refusal_as_a_process_prints_its_message_alone(tmp_path: Path, name: str) -> None:
    data, message = GARBAGE[name]
    path = tmp_path / name
    path.write_bytes(data)
    db = tmp_path / "h.db"
    done = subprocess.run(
        [sys.executable, "-m", "tui.cli.main", "--db", str(db), "import", str(path)],
        cwd=ROOT,
        env={**os.environ, "HYOKA_LANG": "ja"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.splitlines() == [done.stderr.strip()] and message in done.stderr
    assert "Traceback" not in done.stderr
    assert not db.exists()
