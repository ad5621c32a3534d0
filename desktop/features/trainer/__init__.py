"""Trainer mode: cases and articles on a projector, the presenter view, live assessment, self-test."""
