"""The guided assessment in the desktop app: wizard, saved assessments, printed record."""
