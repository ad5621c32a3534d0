"""Content packs: a zip of articles and cases with a manifest, optionally signed (Ed25519).

The surface for the app: `content.packs.inspect`, `install`, `remove`, `list_installed`,
`build_pack`, `trusted_keys` and their types (defined in content.packs.api, imported on first
use so that `python -m content check` never loads the signature library). The format is
documented in docs/packs.md."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from content.packs.api import (
        InstalledPack,
        PackError,
        PackItem,
        PackMeta,
        PackRefusedError,
        PackReport,
        build_pack,
        inspect,
        install,
        list_installed,
        remove,
        trusted_keys,
    )

__all__ = [
    "InstalledPack",
    "PackError",
    "PackItem",
    "PackMeta",
    "PackRefusedError",
    "PackReport",
    "build_pack",
    "inspect",
    "install",
    "list_installed",
    "remove",
    "trusted_keys",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'content.packs' has no attribute {name!r}")
    from content.packs import api

    return getattr(api, name)
