"""File ▸ Import and the workspace the window shows: dialog, background jobs, recent list.

- ``dialog.ImportDialog``: pick a file, see its first rows, map columns, choose kind, layer and
  encoding; problems are listed in plain words before anything is written
  (``preview_report`` words them).
- ``jobs``: the import (read, save the workspace in one transaction, reload the atlas) and workspace
  loading run on one background thread; a progress callback raising ``ImportCancelled`` cancels.
- ``workspaces.WorkspaceController``: the File-menu actions (Import…, Open/New Workspace…,
  Open Recent Workspace), the recent list in QSettings, and handing a reloaded atlas to the
  window (``MainWindow.set_atlas``); opening and creating workspaces is its mixin
  ``workspace_files.WorkspaceFiles``, database workspaces ``database.DatabaseWorkspaces``.

Text from imported files is shown as plain text everywhere here (Qt labels would otherwise
guess rich text from a stray ``<b>``).
"""
