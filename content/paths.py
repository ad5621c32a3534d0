"""Where the bundled knowledge base lives."""

from pathlib import Path

CONTENT_DIR = Path(__file__).resolve().parent
