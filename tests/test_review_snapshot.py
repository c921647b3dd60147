"""The snapshot's ``[review]``: written only when there is something to tell, read back with
the report, through the database byte for byte, and refused with its place when wrong."""

from __future__ import annotations

import tomllib
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from models.report.model import Report
from models.report.review import Comment, Reply, Review
from models.snapshot.codec import SnapshotError, dumps_snapshot, loads_snapshot
from models.snapshot.review_codec import dumps_review, loads_with_review
from models.store.store import open_store
from tests.conftest import SEED
from tests.strategies import reports, reviews


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(report=reports, review=reviews)
def test_a_review_travels_byte_for_byte(report: Report, review: Review, tmp_path: Path) -> None:
    first = dumps_snapshot(report) + dumps_review(review)
    tomllib.loads(first)  # valid TOML
    parsed, carried = loads_with_review(first, "generated")
    store = open_store(str(tmp_path / f"{uuid.uuid4().hex}.db"))  # one per example
    try:
        outcome = store.import_reports([parsed], reviews={parsed.key: carried} if carried else None)
        assert outcome == [(report.key, None)]
        again = dumps_snapshot(store.load_report(report.key)) + dumps_review(
            store.review(report.key)
        )
    finally:
        store.close()
    assert again == first


def test_a_report_never_reviewed_exports_as_before(db_path: Path, capsys) -> None:
    from tests.cli_main import run

    assert dumps_review(Review()) == ""
    out = run(capsys, "--db", str(db_path), "export", "soumu-r4-08").out
    assert out == SEED.read_text(encoding="utf-8")


def test_export_and_import_carry_the_review(db_path: Path, tmp_path: Path, capsys) -> None:
    from tests.cli_main import run

    store = open_store(str(db_path), user="bob")
    store.comment("soumu-r4-08", "indicator[1].target", "根拠は？\n二行目")
    store.reply("soumu-r4-08", 1, "計画によります")
    store.set_status("soumu-r4-08", "確認依頼")
    store.close()
    out = run(capsys, "--db", str(db_path), "export", "soumu-r4-08").out
    assert '\n[review]\nstatus = "確認依頼"\n\n[[review.comments]]\nid = 1\n' in out
    assert "[[review.comments.replies]]" in out
    (tmp_path / "r.toml").write_text(out, encoding="utf-8")
    other = tmp_path / "other.db"
    assert run(capsys, "--db", str(other), "import", str(tmp_path / "r.toml")).code == 0
    assert run(capsys, "--db", str(other), "export", "soumu-r4-08").out == out
    assert loads_snapshot(out).key == "soumu-r4-08"  # a reader of the report alone still reads it


def test_a_snapshot_without_review_leaves_the_stored_one(db_path: Path) -> None:
    store = open_store(str(db_path), user="bob")
    store.comment("soumu-r4-08", "report", "全体について")
    report, review = loads_with_review(SEED.read_bytes(), "seed")
    assert review is None
    store.import_reports([report], replace=True)
    assert [c.text for c in store.review("soumu-r4-08").comments] == ["全体について"]
    store.close()


@pytest.mark.parametrize(
    ("review", "where"),
    [
        ('[review]\nstatus = "承認"\n', "review.status"),
        ('[review]\nstate = "作成中"\n', "review.state"),
        ('[[review.comments]]\nplace = "report"\n', "review.comments[0].id"),
        ('[[review.comments]]\nid = 1\nplace = "report"\ntext = "a\\u001b[2J"\n', "text"),
        ("[[review.comments]]\nid = 1\n", "review.comments[0].place"),
        (
            '[[review.comments]]\nid = 1\nplace = "report"\n[[review.comments]]\nid = 1\n'
            'place = "report"\n',
            "review.comments[1].id",
        ),
    ],
)
def test_a_wrong_review_is_refused_with_its_place(review: str, where: str) -> None:
    with pytest.raises(SnapshotError) as caught:
        loads_with_review(SEED.read_text(encoding="utf-8") + "\n" + review, "bad.toml")
    assert any(where in issue.path for issue in caught.value.issues), caught.value.issues


def test_the_review_dataclasses_read_back_equal() -> None:
    review = Review(
        "差戻し",
        [Comment(3, "report", "bob", "2026-12-07T10:00:00Z", "why", [Reply("al", "x", "t")])],
    )
    text = SEED.read_text(encoding="utf-8") + dumps_review(review)
    assert loads_with_review(text)[1] == review
