"""The bounded store behind the search panel's kept rows, layouts and painted rows."""

from __future__ import annotations

from desktop.shell.lru import Lru


def test_a_value_past_the_bound_pushes_out_the_least_recently_used() -> None:
    kept: Lru[str, int] = Lru(2)
    kept.put("a", 1)
    kept.put("b", 2)
    assert kept.get("a") == 1  # "a" used again: "b" is now the oldest
    kept.put("c", 3)
    assert len(kept) == 2
    assert kept.get("b") is None
    assert (kept.get("a"), kept.get("c")) == (1, 3)


def test_putting_a_kept_key_again_renews_it() -> None:
    kept: Lru[str, int] = Lru(2)
    kept.put("a", 1)
    kept.put("b", 2)
    kept.put("a", 10)
    kept.put("c", 3)
    assert kept.get("a") == 10 and kept.get("b") is None
    kept.clear()
    assert len(kept) == 0 and kept.get("a") is None
