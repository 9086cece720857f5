"""PyInstaller entry script: the same `desktop.app:main` as the installed `syria-atlas` command."""

from desktop.app import main

if __name__ == "__main__":
    raise SystemExit(main())
