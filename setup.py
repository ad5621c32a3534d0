"""The wheel's build step: the interface catalogues (.ts in resources/translations) are compiled
into desktop/resources/translations (.qm) before the packages are copied, so every wheel carries
them and the app never compiles at run time. Everything else is in pyproject.toml.

lrelease comes from PySide6 (the environment that builds, or PREPOZNAJ_LRELEASE, or the PATH);
`make wheel` compiles first, so an isolated build only checks that the catalogues are up to date."""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithCatalogues(build_py):
    def run(self) -> None:
        if getattr(self, "editable_mode", False):
            # A development install (`make`) runs from the checkout, where `make` compiles the
            # catalogues once PySide6 is installed; the isolated build has no lrelease yet.
            super().run()
            return
        sys.path.insert(0, str(HERE))
        try:
            from scripts import catalogues
        finally:
            sys.path.remove(str(HERE))
        stale = catalogues.out_of_date()
        if stale:
            try:
                for target in catalogues.compile_catalogues(stale):
                    print(f"compiled {target.relative_to(HERE)}")
            except (OSError, RuntimeError) as exc:
                raise SystemExit(
                    f"cannot compile the interface catalogues ({exc}). Run `make wheel`, or "
                    "`python scripts/translations.py compile` in an environment with PySide6, first."
                ) from exc
        missing = [s.name for s in catalogues.all_sources() if not catalogues.compiled_path(s).is_file()]
        if missing:
            raise SystemExit(f"compiled catalogues missing for: {', '.join(missing)}")
        super().run()


setup(cmdclass={"build_py": BuildWithCatalogues})
