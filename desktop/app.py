"""Entry point: dispatch the command line, turn every failure into one clear line."""

from __future__ import annotations

import os
import sys
from importlib import import_module
from types import SimpleNamespace

from geodata.errors import AtlasError, Terminated, terminate_cleanly

# Handler modules, imported only when their command runs (keeps start-up light).
_HANDLERS = {
    "export": "desktop.export.cli",
    "query": "geodata.cli.query",
    "validate": "geodata.cli.validate",
    "import": "geodata.cli.importer",
    "workspace": "geodata.cli.workspace_cmd",
}


# The window's options as ``desktop.cli.window_parser`` gives them for no arguments, how a user
# opens the window: that start neither imports desktop.cli nor builds its parser (~2 ms before
# the first paint). tests/test_startup_window_imports.py checks they are the parser's.
WINDOW_DEFAULTS = {
    "date": None,
    "select": None,
    "compare_from": None,
    "extent": None,
    "workspace": None,
    "lang": None,
    "screenshot": None,
    "size": None,
}


def _fail(message: str, code: int) -> int:
    print(f"syria-atlas: {message}", file=sys.stderr)
    return code


def _parsed(argv: list[str]):
    """The arguments and the module whose ``run`` takes them."""
    from desktop.cli import SUBCOMMANDS, subcommand_parser, window_parser

    if argv[0] in SUBCOMMANDS:
        terminate_cleanly()  # a killed import or export undoes itself, leaving no litter
        args = subcommand_parser().parse_args(argv)
        return args, import_module(_HANDLERS[args.command])
    return window_parser().parse_args(argv), import_module("desktop.launch")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv:
            args, handler = _parsed(argv)
        else:  # the window, as a user opens it
            args, handler = SimpleNamespace(**WINDOW_DEFAULTS), import_module("desktop.launch")
        return int(handler.run(args) or 0)
    except AtlasError as exc:
        return _fail(f"error: {exc}", exc.exit_code)
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except Terminated:
        return _fail("terminated; nothing was half-written", 143)
    except OSError as exc:  # a file problem no check foresaw: still the user's, in one line
        name = str(exc.filename or "")
        name = name if len(name) <= 200 else f"{name[:100]}…{name[-100:]}"
        return _fail(f"error: {exc.strerror or exc}" + (f": {name}" if name else ""), 1)
    except BrokenPipeError:  # e.g. `syria-atlas query events | head`: the reader left, stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as exc:  # a bug: still one line for the user, full trace on request
        if os.environ.get("SYRIA_ATLAS_DEBUG"):
            raise
        return _fail(
            f"internal error: {type(exc).__name__}: {exc} (set SYRIA_ATLAS_DEBUG=1 for details)", 1
        )


if __name__ == "__main__":
    raise SystemExit(main())
