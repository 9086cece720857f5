"""Qt-free command handlers: each module has ``run(args) -> int``."""
