"""How a report looks on every map we draw (HTML and PNG): colour by claimant side, shape by action.

A side is the state a claimant speaks for, or `media` (journalists, witnesses), or `unknown`. The states most
often on our maps have fixed colours, chosen so that the sides of one war differ (Ukraine and Russia, Armenia and
Azerbaijan, Israel and its neighbours): they never change, whatever else is shown. Any other state gets a colour
of the colour-blind-safe palette by a hash of its code (stable from map to map), probing to the next free colour
so two sides on one map never share one.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Mapping

MEDIA_SIDE = "media"
UNKNOWN_SIDE = "unknown"
MEDIA_KINDS = frozenset({"media", "witness"})

# Okabe-Ito (minus yellow, too pale on land) then darker extras; media and unknown have their own neutrals.
COUNTRY_PALETTE: tuple[str, ...] = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#8C564B",
    "#6A3D9A",
    "#7F7F00",
    "#B2182B",
)
# The parties of the wars in our data, most with the colour their hash gave them before (Armenia blue, Azerbaijan
# pink), moved where two sides of one war shared one; a colour serves two states only when they are hardly ever on
# one map (Ukraine and Armenia). Keys are ISO 3166-1 alpha-2.
PARTY_COLOURS: dict[str, str] = {
    "UA": "#0072B2",
    "RU": "#D55E00",
    "AM": "#0072B2",
    "AZ": "#CC79A7",
    "IL": "#009E73",
    "PS": "#6A3D9A",
    "LB": "#8C564B",
    "IR": "#E69F00",
    "US": "#56B4E9",
    "YE": "#B2182B",
    "SY": "#7F7F00",
    "SA": "#8C564B",
    "IQ": "#6A3D9A",
}
MEDIA_COLOUR = "#333333"
UNKNOWN_COLOUR = "#9E9E9E"

# Shape per action; each shape has an SVG path in a 20x20 box (HTML map) and a matplotlib marker (PNG).
ACTION_SHAPES: dict[str, str] = {
    "shelling": "circle",
    "rocket_attack": "triangle",
    "missile_attack": "diamond",
    "air_strike": "triangle_down",
    "drone_strike": "square",
    "explosion": "star",
    "armed_clash": "cross",
    "attack": "hexagon",
    "interception": "pentagon",
}
DEFAULT_SHAPE = "circle"
SHAPE_PATHS: dict[str, str] = {
    "circle": "M10 2.5a7.5 7.5 0 1 0 0.01 0z",
    "triangle": "M10 1.5L18.5 17H1.5z",
    "diamond": "M10 1L19 10L10 19L1 10z",
    "triangle_down": "M1.5 3H18.5L10 18.5z",
    "square": "M3 3H17V17H3z",
    "star": "M10 1L12.6 7.2L19.3 7.4L14.1 11.6L15.9 18.2L10 14.4L4.1 18.2L5.9 11.6L0.7 7.4L7.4 7.2z",
    "cross": "M5 2L10 7L15 2L18 5L13 10L18 15L15 18L10 13L5 18L2 15L7 10L2 5z",
    "hexagon": "M10 1.5L17.4 5.75V14.25L10 18.5L2.6 14.25V5.75z",
    "pentagon": "M10 1.5L18.5 7.7L15.3 17.7H4.7L1.5 7.7z",
}
SHAPE_MARKERS: dict[str, str] = {
    "circle": "o",
    "triangle": "^",
    "diamond": "D",
    "triangle_down": "v",
    "square": "s",
    "star": "*",
    "cross": "X",
    "hexagon": "h",
    "pentagon": "p",
}

_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


def claimant_side(claimant_country: str | None, claimant_kind: str | None) -> str:
    """The side a claim speaks for: an ISO country code, `media`, or `unknown`."""
    code = (claimant_country or "").strip().upper()
    if _COUNTRY_CODE.match(code):
        return code
    return MEDIA_SIDE if (claimant_kind or "") in MEDIA_KINDS else UNKNOWN_SIDE


def action_shape(action: str | None) -> str:
    return ACTION_SHAPES.get(action or "", DEFAULT_SHAPE)


def side_colours(sides: Iterable[str]) -> dict[str, str]:
    """A colour per side, stable across maps for the same country, distinct within one map. A party of
    PARTY_COLOURS keeps its colour whatever else is shown; for other states, give it every side of the data loaded,
    not only those shown, and toggling a layer or a filter never recolours one."""
    colours = {MEDIA_SIDE: MEDIA_COLOUR, UNKNOWN_SIDE: UNKNOWN_COLOUR}
    taken: set[str] = set()
    present = set(sides) - {MEDIA_SIDE, UNKNOWN_SIDE}
    parties = [side for side in PARTY_COLOURS if side in present]  # first, so nothing else can take their colour
    for side in [*parties, *sorted(present - set(parties))]:
        fixed = PARTY_COLOURS.get(side)
        start = COUNTRY_PALETTE.index(fixed) if fixed else zlib.crc32(side.encode("ascii")) % len(COUNTRY_PALETTE)
        for step in range(len(COUNTRY_PALETTE)):
            colour = COUNTRY_PALETTE[(start + step) % len(COUNTRY_PALETTE)]
            if colour not in taken:
                break
        else:
            colour = COUNTRY_PALETTE[start]  # more sides than colours: share rather than fail
        taken.add(colour)
        colours[side] = colour
    return colours


def side_order(sides: Iterable[str]) -> list[str]:
    """Countries alphabetically, then media, then unknown: the legend's and layer control's order."""
    present = set(sides)
    return sorted(present - {MEDIA_SIDE, UNKNOWN_SIDE}) + [s for s in (MEDIA_SIDE, UNKNOWN_SIDE) if s in present]


def side_label(side: str, country_names: Mapping[str, str]) -> str:
    """Plain-text name of a side for legends (`Armenia`, `Media / witness`, `Unknown claimant`); a code only when
    the country has no name."""
    if side == MEDIA_SIDE:
        return "Media / witness"
    if side == UNKNOWN_SIDE:
        return "Unknown claimant"
    return country_names.get(side) or side


def action_label(action: str | None) -> str:
    """`drone_strike` -> `drone strike`."""
    return (action or "unknown action").replace("_", " ")


CLAIM_WORDS = {
    "claim": "says it happened",
    "witness": "saw it",
    "accusation": "accuses",
    "denial": "denies it",
    "threat": "threatens it",
}


def claim_label(claim_type: str | None) -> str:
    """What a claimant says, in words (`accusation` -> `accuses`)."""
    return CLAIM_WORDS.get(claim_type or "", (claim_type or "says").replace("_", " "))
