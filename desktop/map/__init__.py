"""The interactive map canvas."""
