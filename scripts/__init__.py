"""Build and maintenance tooling (never imported by the app)."""
