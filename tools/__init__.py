"""Build- and test-time tooling (not shipped in the package)."""
