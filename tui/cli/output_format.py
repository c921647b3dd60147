"""Which format ``publish`` writes: ``--format``, else the output file's extension.

A file name whose extension says another format than ``--format`` is refused (``-o x.pdf
--format xlsx`` would otherwise write an Excel book called x.pdf), and so is an extension that
names no format hyoka writes, when it would have to choose. A folder (``-o DIR``) has no say.
"""

from __future__ import annotations

from models.i18n import tr

SAME = {"htm": "html"}  # other spellings of an extension


def output_format(
    output: str | None, given: str | None, formats: tuple[str, ...], default: str, *, file: bool
) -> tuple[str, str]:
    """(the format, "") or ("", why not) for ``-o output`` (a file when ``file``) and
    ``--format given``; ``default`` when neither says."""
    from pathlib import PurePath

    suffix = PurePath(output).suffix.lstrip(".").lower() if output and file else ""
    said = SAME.get(suffix, suffix)
    if given:
        if said and said != given:
            return "", tr(
                "-o {name} の拡張子 .{ext} は --format {fmt} と合いません"
                "（拡張子を .{fmt} にしてください）",
                "-o {name}: the extension .{ext} does not match --format {fmt} "
                "(use a name ending in .{fmt})",
                name=output,
                ext=suffix,
                fmt=given,
            )
        return given, ""
    if not said:
        return default, ""
    if said not in formats:
        return "", tr(
            "-o {name} の拡張子 .{ext} からは形式が決まりません（{formats}）。"
            "--format で指定してください",
            "-o {name}: the extension .{ext} names no format ({formats}); give --format",
            name=output,
            ext=suffix,
            formats=tr("・", ", ").join(formats),
        )
    return said, ""
