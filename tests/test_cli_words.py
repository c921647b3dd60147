"""One language on the command line (issue 24, item 9): ``hyoka --help``, every command's
``--help`` and every refusal speak Japanese by default — argparse's own words and tomllib's
parse errors included — and English with ``--lang en``. What may stay as it is: names (hyoka,
TOML, PDF…), what the user types (option names, metavars, choices, keys, file names, the values
echoed back in quotes) and paths given as references (［budget[2019].total］)."""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import tomllib
from pathlib import Path

import pytest

from models.i18n import set_language
from models.toml_errors import reason_words
from tests.cli_main import Ran, run
from tests.conftest import SEED
from tui.cli.argparse_words import JAPANESE, JAPANESE_PLURAL, NOT_SHOWN
from tui.cli.main import COMMANDS

KEY = "soumu-r4-08"
COMMAND_NAMES = [*(name.rstrip("_") for name in COMMANDS), "fix", "reason"]

# Words that are names, or what a user types, in either language.
NAMES = {
    "hyoka", "TOML", "PDF", "HTML", "Excel", "Word", "SQLite", "PostgreSQL", "TSV", "TUI",
    "UTF", "URL", "HYOKA_DB", "HYOKA_LANG", "local", "share", "db", "toml",  # ~/.local/share/…
    "SSH", "OpenSSH",
}  # fmt: skip
TYPED = {"text", "json", "error", "warning", "pdf", "html", "xlsx", "docx", "csv", "ja", "en"}
TYPED |= {"lang", "user", "keymap", "rules", "publish"}  # keys of the config file
TYPED |= {"gist"}  # the 要旨's file name: KEY-gist.EXT
TYPED |= {"evaluator", "reviewer", "reader", "add", "remove", "role"}  # hyoka users …
TYPED |= {
    "report",
    "indicator",
    "budget",
    "verdict",
    "rationale",
    "command",
}  # places; sshd's command=
# A Japanese term hyoka keeps in its English messages: the form's own names, as the English
# descriptions quote them, and the eras of the examples.
FORM_TERMS = re.compile(
    r"主要な政策に係る評価書|事前分析表|評価書|令和\S*|平成\S*|総務省R4－⑧|使用した資料"
    r"|行政事業レビュー|施策手段|目標達成|相当程度進展あり|一覧|評価結果一覧"
    r"|作成中|確認依頼|差戻し|確認済|公表済"  # the review statuses, typed as they are
)
JAPANESE_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")


def _scrub(text: str, tmp_path: Path) -> str:
    """``text`` without what may stay as it is: the test's own paths, quoted values, references,
    option names, metavars and choices."""
    text = re.sub(r"(?:~|/)[^\s:：、）)]+", " ", text)  # paths
    text = re.sub(r"'[^']*'|\"[^\"]*\"|［[^］]*］|\[[^\]]*\]|\{[^}]*\}", " ", text)
    text = re.sub(r"(?<![\w-])--?[A-Za-z][\w-]*", " ", text)  # option names
    text = re.sub(r"\b[A-Z][A-Z0-9_|.-]*[A-Z0-9]\b(?:\.toml)?", " ", text)  # KEY, FILE|DIR…
    text = re.sub(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b", " ", text)  # keys: soumu-r4-08
    text = re.sub(r"\b[a-z]+(?:_[a-z]+)+\b", " ", text)  # config keys: close_ratio
    text = re.sub(r"(?<!\w)\.[a-z]+\b", " ", text)  # extensions: .txt
    text = re.sub(r"\b[A-Z]\d{3}\b|\bR\d+(?:\.\d+)*", " ", text)  # finding codes, R3, R2.4.1
    return text


def _english_words(text: str, tmp_path: Path) -> list[str]:
    words = re.findall(r"[A-Za-z][A-Za-z']+", _scrub(text, tmp_path))
    return [w for w in words if w not in NAMES and w not in TYPED and w not in COMMAND_NAMES]


def _japanese(text: str, tmp_path: Path) -> list[str]:
    scrubbed = FORM_TERMS.sub(" ", _scrub(text, tmp_path))
    return [line for line in scrubbed.splitlines() if JAPANESE_CHAR.search(line)]


# ---------------------------------------------------------------- every help, every refusal
def _helps() -> list[list[str]]:
    commands = [name.rstrip("_") for name in COMMANDS]
    return [["--help"], *([name, "--help"] for name in commands), ["plan", "fix", "--help"]]


def _refusals(db: Path, tmp: Path) -> list[tuple[list[str], int]]:
    """Every way the command line refuses (argv, exit code): argparse's, hyoka's own, the
    store's, a snapshot's. ``db`` holds the seed report."""
    text_file = tmp / "notes.txt"
    text_file.write_text("これはデータベースではありません\n", encoding="utf-8")
    bad_toml = tmp / "bad.toml"
    bad_toml.write_text('[report\nkey = "x"\n', encoding="utf-8")
    wrong_type = tmp / "wrong.toml"
    wrong_type.write_text(
        SEED.read_text(encoding="utf-8").replace('ministry = "総務省"', "ministry = 3"),
        encoding="utf-8",
    )
    empty_dir = tmp / "empty"
    empty_dir.mkdir()
    existing = tmp / "exists.html"
    existing.write_text("x", encoding="utf-8")
    d = ["--db", str(db)]
    return [
        (["foo"], 2),
        (["--bogus"], 2),
        (["--lang"], 2),
        (["--db", ""], 2),
        (["history"], 2),
        (["check", "--format", "xml", KEY], 2),
        ([*d, "rollover", KEY], 2),
        ([*d, "rollover", KEY, "--to", "abc"], 2),
        (["--db", str(tmp / "missing.db"), "list"], 1),
        (["--db", str(tmp), "list"], 1),
        (["--db", str(text_file), "list"], 1),
        (["--db", str(text_file)], 1),  # the TUI refuses before it starts
        ([*d, "history", "no-such-key"], 1),
        ([*d, "export"], 2),
        ([*d, "export", KEY, "--all"], 2),
        ([*d, "export", KEY, "other"], 2),
        ([*d, "export", "no-such-key"], 1),
        ([*d, "export", KEY, "-o", str(text_file / "x.toml")], 1),
        ([*d, "check"], 2),
        ([*d, "check", "no-such-key"], 1),
        ([*d, "check", str(bad_toml)], 1),
        ([*d, "check", str(wrong_type)], 1),
        ([*d, "import", str(bad_toml), str(wrong_type)], 1),
        ([*d, "import", str(tmp / "missing.toml")], 1),
        ([*d, "import", str(empty_dir)], 1),
        ([*d, "import", str(SEED)], 1),
        ([*d, "restore", KEY], 1),
        ([*d, "restore", "no-such-key"], 1),
        (["copy", "--from", str(tmp / "missing.db"), "--to", str(tmp / "copy.db")], 1),
        ([*d, "rollover", "no-such-key", "--to", "2022"], 1),
        ([*d, "rollover", KEY, "--to", "2022", "--key", "Bad Key"], 1),
        ([*d, "plan", "fix", "no-such-key"], 1),
        ([*d, "publish"], 2),
        ([*d, "publish", KEY, "--all"], 2),
        ([*d, "publish", KEY, "other"], 2),
        ([*d, "publish", KEY, "--plan", "--summary"], 2),
        ([*d, "publish", KEY, "-f", "csv"], 2),
        ([*d, "publish", KEY, "-f", "xlsx", "-o", str(tmp / "x.pdf")], 2),
        ([*d, "publish", KEY, "-o", str(tmp / "x.txt")], 2),
        ([*d, "publish", KEY, "-f", "html", "-o", str(existing)], 1),
        ([*d, "publish", "no-such-key", "-f", "html", "-o", str(tmp / "n.html")], 1),
        ([*d, "publish", "--summary", "--year", "abc"], 2),
        ([*d, "publish", "--summary", "-f", "xlsx"], 2),
        ([*d, "publish", "--summary", KEY], 2),
        ([*d, "publish", "--summary", "-o", str(existing.with_suffix(".csv"))], 0),
        ([*d, "publish", "--summary", "-o", str(existing.with_suffix(".csv"))], 1),
    ]


def _all_runs(capsys: pytest.CaptureFixture[str], db: Path, tmp: Path, *lang: str) -> list[Ran]:
    runs = []
    for argv in _helps():
        ran = run(capsys, *lang, *argv)
        assert ran.code == 0, (argv, ran)
        runs.append(ran)
    for argv, code in _refusals(db, tmp):
        ran = run(capsys, *lang, *argv)
        assert ran.code == code, (argv, ran)
        assert ran.err.strip() and "Traceback" not in ran.err, (argv, ran)
        runs.append(ran)
    return runs


def _db(db_path: Path, tmp_path: Path, lang: str) -> Path:
    db = tmp_path / f"{lang}.db"
    shutil.copyfile(db_path, db)
    return db


def test_japanese_by_default_everywhere(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tmp = tmp_path / "ja"
    tmp.mkdir()
    runs = _all_runs(capsys, _db(db_path, tmp_path, "ja"), tmp)
    english = {
        word: next(line for line in (ran.out + ran.err).splitlines() if word in line)
        for ran in runs
        for word in _english_words(ran.out + ran.err, tmp_path)
    }
    assert english == {}
    together = "".join(ran.out + ran.err for ran in runs)
    for argparse_word in ("使い方: ", "オプション:", "エラー: ", "この説明を表示して終わる"):
        assert argparse_word in together


def test_english_with_lang_en_everywhere(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tmp = tmp_path / "en"
    tmp.mkdir()
    runs = _all_runs(capsys, _db(db_path, tmp_path, "en"), tmp, "--lang", "en")
    japanese = [line for ran in runs for line in _japanese(ran.out + ran.err, tmp_path)]
    assert japanese == []
    together = "".join(ran.out + ran.err for ran in runs)
    assert "usage: " in together and "options:" in together and "error: " in together


# ---------------------------------------------------------------- what argparse and tomllib say
def _calls(source: str, names: tuple[str, ...]) -> list[tuple[str, ...]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in names:
            texts = tuple(
                a.value if isinstance(a, ast.Constant) else ast.unparse(a)
                for a in node.args
                if isinstance(a, ast.Constant | ast.JoinedStr) or not isinstance(a, ast.Name)
            )
            found.append(texts)
    return found


def test_every_message_argparse_can_show_has_japanese_words() -> None:
    source = Path(argparse.__file__).read_text(encoding="utf-8")
    singles = {args[0] for args in _calls(source, ("_",)) if args and "'" not in args[0][:1]}
    singles = {s for s in singles if not s.startswith(("kwargs", "f'"))}
    plurals = {args[:2] for args in _calls(source, ("ngettext",)) if len(args) >= 2}
    missing = {s for s in singles if s not in JAPANESE and s not in NOT_SHOWN}
    assert missing == set()
    assert {p for p in plurals if p not in JAPANESE_PLURAL and not set(p) <= NOT_SHOWN} == set()


def test_every_reason_tomllib_can_give_has_japanese_words() -> None:
    from tomllib import _parser

    source = Path(_parser.__file__).read_text(encoding="utf-8")
    reasons = [args[-1] for args in _calls(source, ("suffixed_err",)) if args]
    assert len(reasons) > 15
    set_language("ja")
    for reason in reasons:
        sample = re.sub(r"\{[^}]*\}", "'x'", reason.removeprefix("f'").rstrip("'"))
        assert reason_words(sample) != "TOML の書き方が正しくありません", reason


def test_a_toml_error_says_which_line_and_what_was_expected(tmp_path: Path) -> None:
    from models.snapshot.codec import SnapshotError, loads_snapshot

    set_language("ja")
    with pytest.raises(SnapshotError) as caught:
        loads_snapshot('schema = "hyoka/1"\n[report\nkey = "x"\n', source="a.toml")
    expected = "表の見出し（[名前]）の終わりに ] が必要です"
    assert str(caught.value) == f"a.toml: 2 行目 8 文字目: TOML として読めません: {expected}"
    with pytest.raises(tomllib.TOMLDecodeError):
        tomllib.loads("[report")


def test_the_list_on_a_terminal_heads_its_columns_in_japanese(db_path: Path) -> None:
    from tests.test_cli_list import _on_a_terminal

    shown = _on_a_terminal(db_path, 80)
    assert "キー" in shown and "府省" in shown
    assert not re.search(r"\bkey\b", shown), shown


@pytest.mark.parametrize(
    ("config", "command"),
    [
        ("[rules\n", ["list"]),
        ('lang = "fr"\n', ["history", KEY]),
        ("[rules]\nclose_rate = 7\n", ["check", KEY]),
    ],
)
def test_a_config_file_that_cannot_be_used_is_said_in_words(
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    config: str,
    command: list[str],
) -> None:
    folder = tmp_path / "config" / "hyoka"
    folder.mkdir(parents=True)
    (folder / "config.toml").write_text(config, encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    ran = run(capsys, "--db", str(db_path), *command)
    assert ran.code == 2 and "Traceback" not in ran.err, ran
    assert "設定ファイル" in ran.err or "[rules]" in ran.err, ran
    assert _english_words(ran.err, tmp_path) == []
    english = run(capsys, "--lang", "en", "--db", str(db_path), *command)
    assert english.code == 2 and ("config" in english.err or "[rules]" in english.err), english
    assert _japanese(english.err, tmp_path) == []
