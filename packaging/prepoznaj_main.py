"""The desktop bundle's program: the same entry point as `prepoznaj` and `python -m desktop`."""

from desktop import gc_pause

gc_pause.pause()  # until the window is ready (desktop/gc_pause.py)

from desktop import code_cache, paths  # noqa: E402

code_cache.install(paths.cache_dir())  # data classes' methods compiled once (desktop/code_cache.py)

from desktop.app import run  # noqa: E402 (after the pause: the imports are most of the start-up)

run()
