"""The user's own data (SQLite in the user data folder): assessments, bookmarks, history, notes."""
