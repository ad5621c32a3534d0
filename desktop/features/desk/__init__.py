"""The desk: bookmarks, history, recently opened and personal notes."""
