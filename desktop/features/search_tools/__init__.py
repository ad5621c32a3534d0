"""Search tools in the article view: find in page, search words marked on opened hits."""
