from desktop.launcher import main

main()  # the same start as the installed `prepoznaj` command (desktop/launcher.py)
