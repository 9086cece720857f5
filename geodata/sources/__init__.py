"""The source registry and source policy (data/SOURCES.md). Qt-free.

The names below are imported from their modules when first asked for: ``geodata.sources.credits``
(on the map's path) then does not read the registry's and the policy's modules (with urllib)."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_WHERE = {
    "banned_reason": "policy",
    "host": "policy",
    "on_domain": "policy",
    "refusal": "policy",
    "EMPTY": "registry",
    "SOURCES_DIR": "registry",
    "Publisher": "registry",
    "Registry": "registry",
    "RegistryProblem": "registry",
    "is_source_id": "registry",
    "load_registry": "registry",
    "read_registry": "registry",
    "registry_files": "registry",
}

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


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{module}"), name)
