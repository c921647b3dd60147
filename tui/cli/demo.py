"""``hyoka demo``: the TUI on a throwaway database holding the bundled sample report."""

from __future__ import annotations

import argparse

from models.i18n import tr


def add_parser(sub: argparse._SubParsersAction) -> None:
    from tui.cli.main import add_common

    parser = sub.add_parser(
        "demo",
        help=tr(
            "見本のレポートで試す（一時データベース）", "try hyoka on a sample (throwaway database)"
        ),
        description=tr(
            "同梱の見本（総務省R4－⑧）を一時データベースに入れて TUI を開きます。"
            "終了すると消えます。",
            "Open the TUI on a throwaway database holding the bundled sample report.",
        ),
    )
    add_common(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import tempfile
    from pathlib import Path

    from models.snapshot.sample import load_sample
    from models.store.store import open_store
    from tui.cli.open_tui import run_tui

    with tempfile.TemporaryDirectory(prefix="hyoka-demo-") as tmp:
        target = str(Path(tmp) / "demo.db")
        store = open_store(target)
        store.import_report(load_sample())
        store.close()
        return run_tui(
            args, target=target, note=tr("デモ（終了すると消えます）", "demo (discarded on exit)")
        )
