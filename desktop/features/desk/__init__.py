"""The desk: bookmarks, history, recently opened pages, personal notes."""
