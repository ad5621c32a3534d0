"""The case editor: a trainer writes a case in the app (Trainer ▸ New Case…, Edit Case…)."""
