"""A TOML file that cannot be parsed, said in the current language: where and what was expected.

:mod:`tomllib` explains itself in English (``Expected ']' at the end of a table declaration
(at line 3, column 5)``). :func:`toml_error` gives the place (「3 行目 5 文字目」) and the
reason in words (「表の見出し [ ] の終わりに ] が必要です」); in English, tomllib's own
reason. Every reason tomllib can give has its words here (tests/test_toml_errors.py reads
them out of tomllib's source, so a Python that adds one fails the test rather than a user).
"""

from __future__ import annotations

import re
import tomllib

from models.i18n import language, tr

_AT = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)\s*$")

# tomllib's reasons (a regex over its message) → Japanese; {name}: the part the regex caught
REASONS: tuple[tuple[str, str], ...] = (
    (r"Expected '=' after a key in a key/value pair", "キーの後に = が必要です"),
    (
        r"Expected '\]' at the end of a table declaration",
        "表の見出し（[名前]）の終わりに ] が必要です",
    ),
    (
        r"Expected '\]\]' at the end of an array declaration",
        "表の配列の見出し（[[名前]]）の終わりに ]] が必要です",
    ),
    (r"Unescaped '\\' in a string", "文字列の中の \\ はエスケープが必要です（\\\\ と書きます）"),
    (r"Cannot overwrite a value", "同じキーに二度目の値を書いています"),
    (
        r"Escaped character is not a Unicode scalar value",
        "エスケープで書いた文字が Unicode の文字ではありません",
    ),
    (
        r"Expected newline or end of document after a statement",
        "値の後には改行が必要です（一行に一つのキー）",
    ),
    (r"Invalid date or datetime", "日付または日時が正しくありません"),
    (r"Invalid hex value", "16 進数の値が正しくありません"),
    (r"Invalid initial character for a key part", "キーの最初の文字に使えない文字です"),
    (r"Invalid statement", "TOML の行として読めません"),
    (r"Invalid value", "値として読めません"),
    (r"Unclosed array", "配列が閉じていません（] がありません）"),
    (r"Unclosed inline table", "インラインテーブルが閉じていません（}} がありません）"),
    (r"Unterminated string", "文字列が閉じていません（終わりの引用符がありません）"),
    (r"Cannot declare (?P<key>.+) twice", "{key} を二度宣言しています"),
    (
        r"Cannot mutate immutable namespace (?P<key>.+)",
        "{key} は定義済みの表で、後から書き足せません",
    ),
    (r"Cannot redefine namespace (?P<key>.+)", "{key} を表として定義し直すことはできません"),
    (
        r"Duplicate inline table key (?P<key>.+)",
        "インラインテーブルのキー {key} が重複しています",
    ),
    (r"Expected (?P<what>.+)", "{what} が必要です"),
    (r"Found invalid character (?P<char>.+)", "使えない文字 {char} があります"),
    (r"Illegal character (?P<char>.+)", "使えない文字 {char} があります"),
)
_COMPILED = tuple((re.compile(pattern + r"$"), ja) for pattern, ja in REASONS)


def where(line: int | None, column: int | None = None) -> str:
    """「3 行目 5 文字目」 / ``line 3, column 5``; the end of the file when ``line`` is None."""
    if line is None:
        return tr("ファイルの終わり", "end of file")
    if column is None:
        return tr("{l} 行目", "line {l}", l=line)
    return tr("{l} 行目 {c} 文字目", "line {l}, column {c}", l=line, c=column)


def reason_words(reason: str) -> str:
    """tomllib's reason in the current language (Japanese from :data:`REASONS`)."""
    if language() == "en":
        return reason
    for pattern, ja in _COMPILED:
        found = pattern.match(reason)
        if found:
            return ja.format(**found.groupdict())
    return "TOML の書き方が正しくありません"


def toml_error(exc: tomllib.TOMLDecodeError) -> tuple[str, str]:
    """(where, what) of a parse error, both in the current language."""
    message = str(exc)
    found = _AT.search(message)
    reason = _AT.sub("", message).strip()
    if found is None:
        return "", reason_words(reason)
    line = int(found.group(1)) if found.group(1) else None
    column = int(found.group(2)) if found.group(2) else None
    return where(line, column), reason_words(reason)


def toml_error_text(exc: tomllib.TOMLDecodeError) -> str:
    """「3 行目 5 文字目: 表の見出し（[名前]）の終わりに ] が必要です」."""
    place, what = toml_error(exc)
    return f"{place}: {what}" if place else what
