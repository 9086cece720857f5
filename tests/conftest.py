"""Shared test set-up: every Qt test runs headless."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
