"""A problem found in a pack, named by the file inside the pack and (where known) its line."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PackProblem:
    file: str  # a name inside the pack ("cases/farm.md", "manifest.json"), or the pack file itself
    line: int  # 1-based; 0 when the problem is about the file as a whole
    message: str

    def format(self) -> str:
        """One line, whatever the pack's names hold (control characters are shown escaped)."""
        where = f"{_printable(self.file)}:{self.line}" if self.line else _printable(self.file)
        return f"{where}: {_printable(self.message)}"


def _printable(text: str) -> str:
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)
