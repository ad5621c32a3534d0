"""A problem found in a pack, named by the file inside the pack and (where known) its line."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PackProblem:
    file: str  # a name inside the pack ("cases/farm.md", "manifest.json"), or the pack file itself
    line: int  # 1-based; 0 when the problem is about the file as a whole
    message: str

    def format(self) -> str:
        if self.line:
            return f"{self.file}:{self.line}: {self.message}"
        return f"{self.file}: {self.message}"
