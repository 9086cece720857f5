"""Layer painters shared by the interactive canvas and every exporter (one renderer)."""
