"""Appearance: themes and discreet mode."""
