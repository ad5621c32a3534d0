"""The guided assessment: rules (rules.yaml), decision trees (trees/*.yaml) and the engine."""
