"""The shell: the main window's own parts (navigation, article view, search panel, history, start page)."""
