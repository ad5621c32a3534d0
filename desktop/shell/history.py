"""Back/forward history of visited pages (plain Python; the window shows it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Visit:
    href: str
    scroll: int = 0


class NavigationHistory:
    def __init__(self, limit: int = 200) -> None:
        self._back: list[Visit] = []
        self._forward: list[Visit] = []
        self.current: Visit | None = None
        self._limit = limit

    def visit(self, href: str) -> None:
        """Record a new page; going somewhere new clears the forward stack."""
        if self.current is not None:
            if self.current.href == href:
                return
            self._back.append(self.current)
            del self._back[: -self._limit]
        self.current = Visit(href)
        self._forward.clear()

    def remember_scroll(self, scroll: int) -> None:
        if self.current is not None:
            self.current.scroll = scroll

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def back(self, steps: int = 1) -> Visit | None:
        """Go back `steps` pages at once (the back button's drop-down list)."""
        if not self._back or self.current is None or steps < 1:
            return None
        for _ in range(min(steps, len(self._back))):
            self._forward.append(self.current)
            self.current = self._back.pop()
        return self.current

    def forward(self, steps: int = 1) -> Visit | None:
        if not self._forward or self.current is None or steps < 1:
            return None
        for _ in range(min(steps, len(self._forward))):
            self._back.append(self.current)
            self.current = self._forward.pop()
        return self.current

    def back_items(self) -> list[Visit]:
        return list(reversed(self._back))

    def forward_items(self) -> list[Visit]:
        return list(reversed(self._forward))
