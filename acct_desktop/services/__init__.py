"""Use cases: what the GUI and the CLI can do, each in one transaction, no Qt."""
