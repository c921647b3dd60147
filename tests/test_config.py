"""The config file: what it may hold, and the message for what it may not."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.config import Config, ConfigError, load_config


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_missing_file_is_the_defaults(tmp_path: Path) -> None:
    assert load_config(tmp_path / "none.toml") == Config()
    assert Config().cursor_blink is True


def test_every_known_key(tmp_path: Path) -> None:
    path = _config(
        tmp_path,
        'lang = "en"\nuser = "総務 太郎"\ncursor_blink = false\n'
        '[keymap]\n"screen.budget" = "f3,alt+3"\n[rules]\nclose_ratio = 0.9\n',
    )
    assert load_config(path) == Config(
        lang="en",
        user="総務 太郎",
        cursor_blink=False,
        keymap={"screen.budget": "f3,alt+3"},
        rules={"close_ratio": 0.9},
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('cursor_blink = "no"\n', "型が違います"),
        ("user = 3\n", "型が違います"),
        ('lang = "fr"\n', "lang は ja か en"),
        ("colour = 1\n", "未知のキー colour"),
        ("[keymap]\nx = 1\n", "[keymap]"),
        ("lang = \n", "読めません"),
    ],
)
def test_a_bad_file_is_refused_with_its_path(tmp_path: Path, text: str, said: str) -> None:
    path = _config(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert said in str(caught.value)
    assert str(path) in str(caught.value)
