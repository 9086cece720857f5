"""Cut an outline into faces along boundary lines, and label each face by the seeds inside it.

Polygonizing the noded union of the outline and all boundary lines gives faces that tile the
outline exactly: no gaps, no overlaps, by construction. A face takes the zone of the seed
points (towns of known control) inside it; a face with seeds of two zones means a boundary is
missing, a large face with no seed means a seed is missing — both stop the build.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from shapely.geometry import Point, Polygon
from shapely.ops import polygonize, unary_union

from .geo import area_km2

#: Faces smaller than this with no seed are slivers from lines crossing twice; they join the
#: neighbour they share the longest edge with.
SLIVER_KM2 = 15.0


class ArrangementError(ValueError):
    pass


def faces(outline: Polygon, lines: Sequence) -> list[Polygon]:
    clip = outline.buffer(0.02)
    pieces = [outline.exterior] + [ln.intersection(clip) for ln in lines]
    noded = unary_union(pieces)
    return [f for f in polygonize(noded) if outline.contains(f.representative_point())]


def label(
    face_list: Sequence[Polygon], seeds: Mapping[str, Sequence[tuple[float, float]]]
) -> dict[str, Polygon]:
    labels: list[str | None] = []
    for f in face_list:
        hits = {z for z, pts in seeds.items() for p in pts if f.contains(Point(p))}
        if len(hits) > 1:
            raise ArrangementError(
                f"face at {f.representative_point().coords[0]} holds seeds of {sorted(hits)}"
            )
        labels.append(hits.pop() if hits else None)
    for i, f in enumerate(face_list):
        if labels[i] is None:
            if area_km2(f) > SLIVER_KM2:
                raise ArrangementError(
                    f"unlabelled face of {area_km2(f):.0f} km2 at "
                    f"{f.representative_point().coords[0]}"
                )
            labels[i] = _neighbour_label(i, face_list, labels)
    zones: dict[str, list[Polygon]] = {}
    for f, z in zip(face_list, labels, strict=True):
        zones.setdefault(z, []).append(f)
    return {z: unary_union(fs) for z, fs in zones.items()}


def _neighbour_label(i: int, face_list, labels) -> str:
    best, best_len = None, 0.0
    for j, g in enumerate(face_list):
        if j == i or labels[j] is None:
            continue
        shared = face_list[i].boundary.intersection(g.boundary).length
        if shared > best_len:
            best, best_len = labels[j], shared
    if best is None:
        raise ArrangementError(f"isolated sliver at {face_list[i].representative_point()}")
    return best
