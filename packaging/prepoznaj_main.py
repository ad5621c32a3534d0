"""The desktop bundle's program: the same entry point as `prepoznaj` and `python -m desktop`."""

from desktop.app import run

run()
