"""The source registry and source policy (data/SOURCES.md). Qt-free."""

from geodata.sources.policy import banned_reason, host, on_domain, refusal
from geodata.sources.registry import (
    EMPTY,
    SOURCES_DIR,
    Publisher,
    Registry,
    RegistryProblem,
    is_source_id,
    load_registry,
    read_registry,
    registry_files,
)

__all__ = [
    "EMPTY",
    "SOURCES_DIR",
    "Publisher",
    "Registry",
    "RegistryProblem",
    "banned_reason",
    "host",
    "is_source_id",
    "load_registry",
    "on_domain",
    "read_registry",
    "refusal",
    "registry_files",
]
