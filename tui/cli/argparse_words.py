"""argparse's own words — ``usage:``, ``options:``, ``error:``, its refusals — in hyoka's language.

argparse writes them in English and asks :mod:`gettext` for a translation through the names
``_`` and ``ngettext`` of its module. :func:`install` points those two at :data:`JAPANESE`
(read in the language of the moment, so ``--lang en`` keeps argparse's English). Only the
words a person can meet are here; tests/test_cli_words.py reads every message out of argparse's
source and fails when a Python brings one that is neither here nor in :data:`NOT_SHOWN`.
"""

from __future__ import annotations

import argparse

from models.i18n import language

JAPANESE: dict[str, str] = {
    "usage: ": "使い方: ",
    "positional arguments": "引数",
    "options": "オプション",
    "show this help message and exit": "この説明を表示して終わる",
    "%(prog)s: error: %(message)s\n": "%(prog)s: エラー: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "the following arguments are required: %s": "次の指定が必要です: %s",
    "unrecognized arguments: %s": "使えない指定です: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "%(value)r は選べません（選べるもの: %(choices)s）"
    ),
    "invalid %(type)s value: %(value)r": "%(value)r は読めません（%(type)s）",
    "expected one argument": "値を一つ指定してください",
    "expected at most one argument": "値は一つまでです",
    "expected at least one argument": "値を一つ以上指定してください",
    "ambiguous option: %(option)s could match %(matches)s": (
        "%(option)s はどのオプションか決まりません（候補: %(matches)s）"
    ),
    "not allowed with argument %s": "%s と同時には指定できません",
    "ignored explicit argument %r": "このオプションは値を取りません: %r",
    "one of the arguments %s is required": "%s のどれかが必要です",
    "unexpected option string: %s": "使えないオプションです: %s",
    "can't open '%(filename)s': %(error)s": "'%(filename)s' を開けません: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "%(parser_name)r というコマンドはありません（あるもの: %(choices)s）"
    ),
}
# (singular, plural) → Japanese, which has one form
JAPANESE_PLURAL: dict[tuple[str, str], str] = {
    ("expected %s argument", "expected %s arguments"): "値を %s 個指定してください",
}
# Messages about a parser built wrongly: a programming error of hyoka, never shown to a user.
NOT_SHOWN = frozenset(
    {
        ".__call__() not defined",
        "%r is not callable",
        "'required' is an invalid argument for positionals",
        'argument "-" with mode %r',
        "cannot have multiple subparser arguments",
        "cannot merge actions - two groups are named %r",
        "conflicting subparser alias: %s",
        "conflicting subparser: %s",
        "dest= is required for options like %r",
        "invalid conflict_resolution value: %r",
        "invalid option string %(option)r: must start with a character %(prefix_chars)r",
        "mutually exclusive arguments must be optional",
        "conflicting option string: %s",
        "conflicting option strings: %s",
    }
)


def gettext(message: str) -> str:
    return JAPANESE.get(message, message) if language() == "ja" else message


def ngettext(singular: str, plural: str, n: int) -> str:
    if language() == "ja" and (singular, plural) in JAPANESE_PLURAL:
        return JAPANESE_PLURAL[singular, plural]
    return singular if n == 1 else plural


def install() -> None:
    """argparse asks these for its words from now on (idempotent)."""
    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
