"""The field kit's keys (a module of its own, so that the menu can name them before the rest loads)."""

HAND_KEY = "Ctrl+Shift+W"  # Assessment ▸ Hand to the Worker…
INSPECTOR_KEY = "Ctrl+Alt+Shift+I"  # takes the screen back from the worker; never shown on the worker's screen
