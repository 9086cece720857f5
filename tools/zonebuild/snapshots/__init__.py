"""The dated snapshots of control: which lines cut Syria, which seeds label the faces, and
what each zone says about itself (controller, accuracy, sources) in that period."""

from __future__ import annotations

from .base import Snapshot
from .early import early_snapshot
from .later import later_snapshot
from .main import main_snapshot


def all_snapshots() -> list[Snapshot]:
    return [early_snapshot(), main_snapshot(), later_snapshot()]
