"""Exports: snapshot files (PNG/SVG/PDF) painted by desktop.render, and the web-map command.

Independent of desktop.map and desktop.panel (import-linter contract): it meets them only in
main_window, through :func:`desktop.export.dialogs.install_export_actions`.
"""
