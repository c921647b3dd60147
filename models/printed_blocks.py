"""The vocabulary of the printed layout: a section is a heading and blocks of plain text.

A block is a line of text or a :class:`Table`. Cells and lines are strings exactly as the form
prints them; an empty string is a blank cell. Nothing here knows how to draw itself: the TUI's
preview turns blocks into widgets, a command line could turn them into text.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Table:
    """A table of the form: one header row and body rows of the same width."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = str | Table


@dataclass(frozen=True)
class Section:
    """One part of the form: ``name`` is stable (for jumping), ``title`` is the form's heading."""

    name: str
    title: str
    blocks: tuple[Block, ...]

    def strings(self) -> list[str]:
        """Every string of the section, in reading order (the title, lines, header and cells)."""
        out = [self.title]
        for block in self.blocks:
            if isinstance(block, Table):
                out += [*block.header, *(cell for row in block.rows for cell in row)]
            else:
                out.append(block)
        return out
