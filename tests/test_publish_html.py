"""The HTML parsed back (html.parser) and opened in headless Chromium: semantic tables, lang,
print stylesheet, every label in order, text escaped, same data → same bytes."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from models.printed import printed_document, printed_sections
from models.publish import publish, render
from models.report.model import Report
from models.snapshot.codec import read_snapshot
from models.snapshot.sample import load_sample

# One worker builds the module's shared fixture once (pytest-xdist, --dist loadgroup).
pytestmark = pytest.mark.xdist_group("publish_html")

HOSTILE = Path(__file__).resolve().parent / "hostile" / "accepted"
SCRIPT = "<script>alert('x')</script> #set $x$ *b* \\ & &amp; [b]"


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in ("br", "meta", "col"):
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not self.stack or self.stack[-1] not in ("style", "title"):
            self.text.append(data)


def _read(data: bytes) -> _Reader:
    reader = _Reader()
    reader.feed(data.decode("utf-8"))
    return reader


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def sample_html() -> bytes:
    return render(printed_document(load_sample()), "html")


def test_language_title_and_print_stylesheet(sample_html: bytes) -> None:
    reader = _read(sample_html)
    assert ("html", {"lang": "ja"}) in reader.tags
    text = sample_html.decode()
    assert "<title>主要な政策に係る評価書（令和３年度実施政策）</title>" in text
    assert "@media print" in text and "size: A4 landscape" in text


def test_semantic_tables_with_merged_cells(sample_html: bytes) -> None:
    reader = _read(sample_html)
    tags = [t for t, _ in reader.tags]
    assert {"table", "thead", "tbody", "th", "td"} <= set(tags)
    spans = {(a.get("rowspan"), a.get("colspan")) for t, a in reader.tags if t in ("th", "td")}
    assert ("4", None) in spans and (None, "2") in spans  # 予算の状況 and 区分
    numeric = [a for t, a in reader.tags if t == "td" and a.get("class") == "num"]
    assert len(numeric) >= 15
    assert any(a.get("scope") == "rowgroup" for t, a in reader.tags if t == "th")  # 評価結果


def test_every_string_of_the_model_in_order(sample_html: bytes) -> None:
    flat = _squash("".join(_read(sample_html).text))
    at = -1
    for section in printed_sections(load_sample()):
        strings = section.strings()[1:] if section.layout == "bare" else section.strings()
        for string in strings:
            for part in string.split("\n"):
                if part.strip():
                    assert _squash(part) in flat, part
        if section.layout != "bare":
            found = flat.find(_squash(section.title), at + 1)
            assert found > at, section.title
            at = found
    assert "△ 13,745" in "".join(_read(sample_html).text)
    assert "431,001" in flat
    assert _squash(load_sample().verdict.rationale) in flat


def test_same_data_same_bytes(tmp_path: Path) -> None:
    a = publish(load_sample(), "html", tmp_path / "a.html").read_bytes()
    b = publish(load_sample(), "html", tmp_path / "b.html").read_bytes()
    assert a == b


def _scripted() -> Report:
    report = load_sample()
    report.policy_name = SCRIPT
    report.verdict.rationale = SCRIPT
    report.cabinet_policies[0].excerpt = '"><img src=x onerror=alert(1)>'
    return report


def test_markup_is_escaped_and_shown_literally() -> None:
    data = render(printed_document(_scripted()), "html")
    reader = _read(data)
    assert "script" not in [t for t, _ in reader.tags]
    assert "img" not in [t for t, _ in reader.tags]
    text = "".join(reader.text)
    assert SCRIPT in text
    assert '"><img src=x onerror=alert(1)>' in text


@pytest.mark.parametrize("path", sorted(HOSTILE.glob("*.toml")), ids=lambda p: p.stem)
def test_hostile_reports_publish(tmp_path: Path, path: Path) -> None:
    report = read_snapshot(path)
    data = publish(report, "html", tmp_path / "h.html").read_bytes()
    text = "".join(_read(data).text)
    assert report.policy_name in text
    assert report.overview in text


def test_chromium_shows_and_prints_it(tmp_path: Path) -> None:
    """A real browser: a screenshot, and a print to PDF whose text has the report in it."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    assert browser, "chromium is required (.ci/run installs it)"
    page = publish(_scripted(), "html", tmp_path / "r.html")
    flags = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
    png, pdf = tmp_path / "shot.png", tmp_path / "print.pdf"
    url = page.resolve().as_uri()
    for extra in (["--window-size=1200,900", f"--screenshot={png}"], [f"--print-to-pdf={pdf}"]):
        done = subprocess.run(
            [*flags, "--no-pdf-header-footer", *extra, url],
            capture_output=True,
            timeout=180,
        )
        assert done.returncode == 0, done.stderr[-2000:]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    reader = PdfReader(pdf)
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # the print stylesheet's A4 landscape
    # Chromium's PDF maps some kanji to their Kangxi radicals (⽬ for 目): NFKC folds them back
    text = unicodedata.normalize("NFKC", "".join(p.extract_text() for p in reader.pages))
    flat = _squash(text)
    for label in ("政策の予算額", "目標達成度合いの測定結果", "政策評価実施時期"):
        assert _squash(unicodedata.normalize("NFKC", label)) in flat, label
    assert "△13,745" in flat
    assert _squash("<script>alert('x')</script>") in flat


def test_rows_as_the_seed_prints_them(sample_html: bytes) -> None:
    """分野 and 作成責任者名 as label cells on the rows of 政策名 and 担当部局課室名; the 反映内容
    as label cells with their text beside them; the budget's unit in its left label."""
    page = sample_html.decode("utf-8")
    rows = {m.group(1): m.group(2) for m in re.finditer(r'<tr id="(\w+)">(.*?)</tr>\n', page)}
    assert '<th scope="row" class="beside">分野</th><td>電子自治体</td>' in rows["policy"]
    assert '<th scope="row" class="beside">作成責任者名</th>' in rows["bureau"]
    assert "政策の予算額・執行額等（百万円）" in rows["budget"]
    reflection = '<th scope="row">税制、法令、組織、定員等への主な反映内容</th><td>―</td>'
    assert reflection in rows["next_steps"]


def test_the_profiles_typeface_sets_the_page(sample_html: bytes) -> None:
    from dataclasses import replace

    assert 'font-family: "Noto Serif CJK JP"' in sample_html.decode("utf-8")
    gothic = render(replace(printed_document(load_sample()), typeface="ゴシック"), "html")
    assert 'font-family: "Noto Sans CJK JP"' in gothic.decode("utf-8")
