"""The Wikipedia control map's mark codes and what they mean.

The key is Wikipedia's `Module:Middle East conflicts map marks`: a side code (gov, opp, SDF,
JaN, IS, Trk, lcl, spc) is a coloured dot; `<side>_<symbol>` an icon in that colour (air base,
base, oil, ...); `<a>_<b>` an animated two-colour dot (contested); `stable_<a>_<b>` a split dot
(mixed control, stable); `pass_<dir>` / `dam_<dir>` border-post and dam icons. Marks given as
file names are mapped back to codes with the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass

SIDES = ("gov", "opp", "SDF", "JaN", "IS", "Trk", "lcl", "spc")
COLOURS = {
    "gov": "red",
    "opp": "lime",
    "SDF": "yellow",
    "JaN": "grey",
    "IS": "black",
    "Trk": "green",
    "lcl": "blue",
    "spc": "orange",
}
# The map legend's words for each colour (its caption), and the atlas party id where one fits.
MEANING = {
    "gov": "Syrian government",
    "opp": "main rebels",
    "SDF": "Syrian Democratic Forces",
    "JaN": "Tahrir al-Sham (HTS)",
    "IS": "Islamic State (ISIL)",
    "Trk": "Turkey and Turkish-backed rebels",
    "lcl": "local unaffiliated forces",
    "spc": "special (orange; meaning not given in the key)",
}
PARTY = {
    "gov": "government",
    "opp": "opposition",
    "SDF": "sdf",
    "JaN": "hts",
    "IS": "isis",
    "Trk": "turkey",
    "lcl": "local",
    "spc": "unknown",
}
_SYMBOLS = {
    "siege": "Map-circle-%s.svg",
    "hill": "Map-peak-%s.svg",
    "air": "Fighter-jet-%s-icon.svg",
    "heli": "Helicopter-%s-icon.svg",
    "naval": "Anchor pictogram %s.svg",
    "base": "Abm-%s-icon.png",
    "rural3": "3x3dot-%s.svg",
    "rural4": "4x4dot-%s.svg",
    "industry": "Icon NuclearPowerPlant-%s.svg",
}
_DOTS = {
    "gov": "Location dot red.svg",
    "opp": "Dot green 0d0.svg",
    "SDF": "Dot yellow ff4.svg",
    "JaN": "Map-dot-grey-68a.svg",
    "IS": "Location dot black.svg",
    "Trk": "Location dot green.svg",
    "lcl": "Location dot blue.svg",
    "spc": "Location dot orange.svg",
}
_OIL = {
    "gov": "Gota01.svg",
    "opp": "Gota02.svg",
    "SDF": "Gota04.svg",
    "JaN": "Gota08.svg",
    "IS": "Gota07.svg",
    "Trk": "GotaAH.svg",
    "lcl": "Gota03.svg",
}


def _file_key(name: str) -> str:
    return name.strip().replace("_", " ").lower()


def _file_table() -> dict[str, str]:
    """File name (folded) -> mark code, built as the Lua key module builds its table."""
    table: dict[str, str] = {}
    for side, colour in COLOURS.items():
        table[_file_key(_DOTS[side])] = side
        if side in _OIL:
            table[_file_key(_OIL[side])] = f"{side}_oil"
        for symbol, pattern in _SYMBOLS.items():
            table[_file_key(pattern % colour)] = f"{side}_{symbol}"
    for i, a in enumerate(SIDES):
        for j, b in enumerate(SIDES[i + 1 :], start=i + 1):
            ca, cb = COLOURS[a], COLOURS[b]
            table[_file_key(f"80x80-{ca}-{cb}-anim.gif")] = f"{a}_{b}"
            table[_file_key(f"Map-ctl2-{ca}+{cb}.svg")] = f"stable_{a}_{b}"
            for c in SIDES[j + 1 :]:
                cc = COLOURS[c]
                table[_file_key(f"80x80-{ca}-{cb}-{cc}-anim.gif")] = f"{a}_{b}_{c}"
                table[_file_key(f"Map-ctl3-{ca}+{cb}+{cc}.svg")] = f"stable_{a}_{b}_{c}"
    table[_file_key("Abm-yellow-icon-2.png")] = "SDF_base"
    table[_file_key("Icon NuclearPowerPlant-green.svg")] = "opp_industry"
    return table


_FILES = _file_table()


def mark_code(mark: str) -> str:
    """`m.gov_air` -> `gov_air`; a file name -> its code, or `file:<name>` if unknown."""
    mark = mark.strip().strip('"').strip("'")
    if mark.startswith("m."):
        code = mark[2:]
        return "pass" if code.startswith("pass_") else code  # pass_N, pass_SE: icon direction
    low = _file_key(mark)
    if low.startswith("mountain pass"):
        return "pass"
    if low.startswith("arch dam") or "dam" in low.split():
        return "dam"
    return _FILES.get(low, f"file:{mark}")


@dataclass(frozen=True)
class MarkMeaning:
    sides: tuple[str, ...]  # side codes, in the mark's order
    status: str  # held | contested | stable_mixed | besieged | icon
    symbol: str  # "", air, heli, base, oil, industry, naval, siege, hill, rural3, ...

    @property
    def parties(self) -> str:
        return ";".join(PARTY[s] for s in self.sides)

    @property
    def text(self) -> str:
        names = " / ".join(MEANING[s] for s in self.sides)
        if self.status == "contested":
            return f"contested: {names}"
        if self.status == "stable_mixed":
            return f"mixed control, stable: {names}"
        if self.status == "besieged":
            return f"besieged town held by {names}"
        return names


def meaning(code: str) -> MarkMeaning | None:
    """What a mark code says about control; None for icons that say nothing (pass, dam)."""
    if code in ("pass", "dam") or code.startswith("file:"):
        return None
    parts = code.split("_")
    stable = parts[0] == "stable"
    if stable:
        parts = parts[1:]
    sides = tuple(p for p in parts if p in COLOURS)
    rest = [p for p in parts if p not in COLOURS]
    if not sides:
        return None
    symbol = rest[0] if rest else ""
    if symbol in ("N", "NE", "E", "SE", "S", "SW", "W", "NW"):
        symbol = "arc"
    if stable:
        status = "stable_mixed"
    elif len(sides) > 1:
        status = "contested"
    elif symbol == "siege":
        status = "besieged"
    else:
        status = "held"
    return MarkMeaning(sides, status, symbol)
