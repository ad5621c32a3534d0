"""The program's one way in: `prepoznaj` (the installed command), `python -m desktop` and the
bundle all start here, so each pays the same, smallest start-up.

Before the app's imports, which are most of the start-up: the garbage collector is paused until
the window is ready (desktop/gc_pause.py), and data classes take their generated methods from the
code cache (desktop/code_cache.py). Nothing else is imported at module level: the installed
command imports this module first."""

from __future__ import annotations

from typing import NoReturn


def main() -> NoReturn:
    from desktop import gc_pause

    gc_pause.pause()  # until the window is ready

    from desktop import code_cache, paths

    code_cache.install(paths.cache_dir())  # data classes' methods compiled once

    from desktop.app import run

    run()
