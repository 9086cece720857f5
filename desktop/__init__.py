"""PySide6 desktop application of the Northern Syria Atlas."""
