"""Printing: print, print preview and PDF export of the page shown."""
