"""Page sizes: paper names, pixel sizes and the window size, turned into device pixels at a DPI."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from geodata.errors import AtlasError, UsageError

MIN_DPI, MAX_DPI = 50, 600
FORMATS = ("png", "svg", "pdf")
#: DPI used when none is given: print quality for PNG; vector files keep their size in inches.
DEFAULT_DPI = {"png": 150, "svg": 96, "pdf": 300}
DEFAULT_PAPER = "a4-landscape"

MM_PER_INCH = 25.4
#: Portrait paper sizes in millimetres (ISO 216 and US Letter).
PAPER_MM = {"a4": (210.0, 297.0), "a3": (297.0, 420.0), "letter": (215.9, 279.4)}
ORIENTATIONS = ("portrait", "landscape")
PAPER_NAMES = tuple(f"{p}-{o}" for p in PAPER_MM for o in ("landscape", "portrait"))


@dataclass(frozen=True)
class PageSpec:
    """What size the exported page is: a paper name, exact pixels, or the window's size.

    ``window`` is the map window's size in screen (96 DPI) pixels; at a higher DPI the page keeps
    the window's proportions and content and gets sharper, like a high-DPI screen.
    """

    kind: str  # "paper" | "pixels" | "window"
    dpi: int
    paper: str | None = None  # e.g. "a4-landscape"
    width: int = 0  # pixels for "pixels"; 96-DPI pixels for "window"
    height: int = 0

    @property
    def unit(self) -> float:
        """Device pixels per style pixel (1/96 inch): how large lines and text are drawn."""
        return self.dpi / 96.0

    def pixel_size(self) -> tuple[int, int]:
        if self.kind == "paper":
            width_mm, height_mm = paper_mm(self.paper or DEFAULT_PAPER)
            return _mm_to_px(width_mm, self.dpi), _mm_to_px(height_mm, self.dpi)
        if self.kind == "window":
            return round(self.width * self.unit), round(self.height * self.unit)
        return self.width, self.height

    def size_inches(self) -> tuple[float, float]:
        width, height = self.pixel_size()
        return width / self.dpi, height / self.dpi

    def describe(self) -> str:
        width, height = self.pixel_size()
        what = self.paper if self.kind == "paper" else f"{self.kind} {width}x{height}"
        return f"{what} at {self.dpi} DPI ({width}x{height} px)"


def _mm_to_px(mm: float, dpi: int) -> int:
    return round(mm / MM_PER_INCH * dpi)


def paper_mm(name: str) -> tuple[float, float]:
    """(width, height) in millimetres of a paper name such as ``a3-portrait``."""
    paper, _, orientation = name.lower().partition("-")
    if paper not in PAPER_MM or orientation not in ORIENTATIONS:
        raise UsageError(f"--paper: unknown paper {name!r} (choose from {', '.join(PAPER_NAMES)})")
    short, long = PAPER_MM[paper]
    return (long, short) if orientation == "landscape" else (short, long)


def paper_label(name: str) -> str:
    """``a4-landscape`` -> ``A4 landscape``; ``letter-portrait`` -> ``Letter portrait``."""
    paper, _, orientation = name.lower().partition("-")
    return f"{paper.upper() if paper.startswith('a') else paper.title()} {orientation}".strip()


def describe_output(fmt: str, spec: PageSpec, width: int, height: int) -> str:
    """One true description of a written file, for the command line's "wrote …" line.

    A PDF is a page of paper (its size and the DPI it was drawn at: a PDF has no pixel size);
    a PNG or SVG has the exact pixel size of the file (``width`` × ``height``), and the paper
    it was laid out for, if any.
    """
    paper = paper_label(spec.paper or DEFAULT_PAPER) if spec.kind == "paper" else ""
    if fmt == "pdf":
        if paper:
            width_mm, height_mm = paper_mm(spec.paper or DEFAULT_PAPER)
            size = f"{paper}, {width_mm:g}x{height_mm:g} mm"
        else:
            width_in, height_in = spec.size_inches()
            size = f"{width_in:.2f}x{height_in:.2f} in"
        return f"PDF page {size}, drawn at {spec.dpi} DPI"
    what = "SVG, " if fmt == "svg" else ""
    return f"{what}{width}x{height} px at {spec.dpi} DPI" + (f", {paper}" if paper else "")


def check_dpi(dpi: int) -> int:
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise UsageError(f"--dpi must be between {MIN_DPI} and {MAX_DPI}, got {dpi}")
    return dpi


def format_of(path_name: str) -> str:
    """The export format from a file name's extension, or a one-line error."""
    suffix = PurePath(path_name).suffix.lower().lstrip(".")
    if not suffix:
        raise UsageError(
            f"--out {PurePath(path_name).name or path_name}: the file name has no extension, "
            "so the format is unknown; end it in .png, .svg or .pdf"
        )
    if suffix not in FORMATS:
        raise UsageError(f"--out: cannot export to .{suffix}; use a .png, .svg or .pdf file name")
    return suffix


def page_spec(
    fmt: str,
    dpi: int | None = None,
    paper: str | None = None,
    size: tuple[int, int] | None = None,
    window: tuple[int, int] | None = None,
) -> PageSpec:
    """Check and combine the size options; at most one of paper / size / window."""
    given = [name for name, value in (("--paper", paper), ("--size", size)) if value]
    if len(given) > 1 or (window and given):
        raise UsageError("give either --paper or --size, not both")
    dpi = check_dpi(dpi if dpi is not None else DEFAULT_DPI[fmt])
    if size:
        return PageSpec("pixels", dpi, width=int(size[0]), height=int(size[1]))
    if window:
        return PageSpec("window", dpi, width=int(window[0]), height=int(window[1]))
    name = (paper or DEFAULT_PAPER).lower()
    paper_mm(name)  # validates
    spec = PageSpec("paper", dpi, paper=name)
    width, height = spec.pixel_size()
    if max(width, height) > 20000:
        raise AtlasError(f"page too large: {spec.describe()}; lower the DPI")
    return spec
