"""The desktop bundle's program: the same entry point as `prepoznaj` and `python -m desktop`."""

from desktop.launcher import main

main()
