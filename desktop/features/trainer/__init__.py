"""Trainer mode: presentation, presenter view, live assessment with the room, self-test."""
