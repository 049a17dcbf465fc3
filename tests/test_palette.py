"""The palette (ui/palette.py) reads on both themes and stays apart for colour-blind readers.

Colour-vision deficiency is simulated with the Machado, Oliveira & Fernandes (2009) matrices at full
severity, applied in linear RGB; colours are compared by their CIE76 distance in Lab."""
import itertools

import numpy as np
import pytest

from ui.palette import BACKGROUND, CATEGORICAL, DIRECTION, category_colour, contrast_ratio, hex_rgb

SIMULATIONS = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
    "typical vision": np.eye(3),
}
# A CIE76 distance of about 10 is a clear difference between two marks side by side.
APART = 10


def _lab(colour: str, matrix) -> np.ndarray:
    rgb = np.array(hex_rgb(colour))
    linear = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    seen = np.clip(np.array(matrix) @ linear, 0, 1)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ seen
    xyz = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_category_colour_has_at_least_3_to_1_contrast_with_the_background(theme):
    assert min(contrast_ratio(c, BACKGROUND[theme]) for c in CATEGORICAL[theme]) >= 3


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("vision", list(SIMULATIONS))
def test_every_two_category_colours_stay_apart(theme, vision):
    closest = min(np.linalg.norm(_lab(a, SIMULATIONS[vision]) - _lab(b, SIMULATIONS[vision]))
                  for a, b in itertools.combinations(CATEGORICAL[theme], 2))
    assert closest >= APART


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_up_and_down_are_told_apart_without_red_and_green(theme):
    up, down = DIRECTION[theme]["up"], DIRECTION[theme]["down"]
    for vision, matrix in SIMULATIONS.items():
        assert np.linalg.norm(_lab(up, matrix) - _lab(down, matrix)) >= APART, vision


def test_the_contrast_of_black_on_white_is_21_and_of_a_colour_with_itself_1():
    assert round(contrast_ratio("#000000", "#ffffff"), 2) == 21.0
    assert contrast_ratio("#0072B2", "#0072B2") == 1.0


def test_a_category_takes_the_colour_of_its_place_and_colours_cycle_past_the_palette():
    assert category_colour(0, "light") == CATEGORICAL["light"][0] == category_colour(7, "light")
    assert category_colour(1, "dark") == CATEGORICAL["dark"][1]
    assert category_colour(1, None) == CATEGORICAL["light"][1]
