"""Colours of the page and the chart: colour-blind-safe, with at least 3:1 contrast against the
background of the light and the dark theme (WCAG's bar for graphical objects).

Light: Okabe & Ito's blue, vermillion, bluish green and reddish purple, plus a brown, an indigo and a
dark grey where their orange, sky blue and yellow are too pale on white.  Dark: the Okabe & Ito
palette with a light grey for its black.  ``tests/test_palette.py`` checks the contrast and that every
pair stays apart under simulated protanopia, deuteranopia and tritanopia.
"""
from __future__ import annotations

BACKGROUND = {"light": "#ffffff", "dark": "#0e1117"}
TEXT = {"light": "#31333f", "dark": "#fafafa"}
CATEGORICAL = {
    "light": ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#8B5A00", "#332288", "#4D4D4D"),
    "dark": ("#56B4E9", "#E69F00", "#009E73", "#F0E442", "#D55E00", "#CC79A7", "#BBBBBB"),
}
# Moves: up and down keep their meaning without red/green.
DIRECTION = {
    "light": {"up": "#0072B2", "down": "#D55E00", "": "#4D4D4D"},
    "dark": {"up": "#56B4E9", "down": "#E69F00", "": "#BBBBBB"},
}
# Faint things (publication dates, lane bands) and the selection ring.
FAINT = {"light": "rgba(49,51,63,0.45)", "dark": "rgba(250,250,250,0.45)"}
BAND = {"light": "rgba(49,51,63,0.05)", "dark": "rgba(250,250,250,0.06)"}


def theme_name(theme: str | None) -> str:
    return "dark" if theme == "dark" else "light"


def category_colour(code: int, theme: str | None = "light") -> str:
    """The colour of the category with this place in the taxonomy, cycling past the palette's end."""
    colours = CATEGORICAL[theme_name(theme)]
    return colours[code % len(colours)]


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def hex_rgb(colour: str) -> tuple[float, float, float]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i:i + 2], 16) / 255 for i in (0, 2, 4))


def relative_luminance(colour: str) -> float:
    r, g, b = (_linear(c) for c in hex_rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours (1 to 21)."""
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
