"""OS errors named in the current language with the path meant, never raw ``[Errno …]``."""

from __future__ import annotations

import errno
from pathlib import Path

from models.i18n import os_error_text, set_language
from tests import cli_main
from tests.cli_main import Ran


def test_each_error_says_what_went_wrong_and_where() -> None:
    denied = OSError(errno.EACCES, "Permission denied", "/srv/out/.a.toml.tmp123")
    assert (
        os_error_text(denied, "/srv/out/a.toml")
        == "書き込めません（権限がありません）: /srv/out/a.toml"
    )
    missing = FileNotFoundError(errno.ENOENT, "No such file or directory", "/x/a.toml")
    assert os_error_text(missing, reading=True) == "ファイルが見つかりません: /x/a.toml"
    assert os_error_text(missing) == "書き出せません（フォルダが見つかりません）: /x/a.toml"
    full = OSError(errno.ENOSPC, "No space left on device", "/x/a.pdf")
    assert os_error_text(full) == "書き込めません（ディスクの空きがありません）: /x/a.pdf"
    assert (
        os_error_text(OSError("キー a/b はファイル名に使えません"))
        == "キー a/b はファイル名に使えません"
    )
    set_language("en")
    try:
        assert os_error_text(denied, "/srv/out/a.toml") == (
            "cannot write (permission denied): /srv/out/a.toml"
        )
    finally:
        set_language(None)


def test_a_path_with_backslashes_and_quotes_is_shown_as_typed() -> None:
    odd = OSError(errno.ENOENT, "No such file or directory", "C:\\data\\it's.toml")
    text = os_error_text(odd, reading=True)
    assert text == "ファイルが見つかりません: C:\\data\\it's.toml"  # not '\\\\' nor repr quotes


def test_cli_export_and_import_name_the_error_in_japanese(db_path: Path, tmp_path: Path) -> None:
    def hyoka(*args: str) -> Ran:
        return cli_main.hyoka("--db", str(db_path), *args)

    out = hyoka("export", "soumu-r4-08", "-o", str(tmp_path / "no" / "x.toml"))
    assert out.returncode == 1
    assert "フォルダが見つかりません" in out.stderr and "Errno" not in out.stderr, out.stderr
    got = hyoka("import", str(tmp_path / "missing.toml"))
    assert "ファイルが見つかりません" in got.stderr and "Errno" not in got.stderr, got.stderr
