"""Synthetic scanned pages for tests, the benchmark and the demo office.

Never a photo of a real person or document: a page is paper-coloured with a
little scanner noise, lines of text-like strokes, a red seal and an ID-card-like
block with a smooth "portrait". It compresses like a real colour scan of a
letter with a copied card on it, which pure random noise would not.
"""

from __future__ import annotations

import random
from typing import Final

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

A4_300DPI: Final = (2480, 3508)
_LETTERS: Final = "abcdefghijklmnopqrstuvwxyz"


def synthetic_page(
    size: tuple[int, int] = A4_300DPI, *, seed: int = 0, colour: bool = True
) -> Image.Image:
    """An RGB (or greyscale) page of ``size`` pixels; the same seed gives the same page."""
    width, height = size
    rng = random.Random(seed)
    unit = width / 2480  # drawing scales with the page: strokes are as thick as at 300 dpi

    # Paper: a slight diagonal gradient from warm white to grey, as a flatbed gives.
    ramp = Image.linear_gradient("L")
    page = Image.blend(
        ramp.resize((width, height)),
        ramp.transpose(Image.Transpose.ROTATE_90).resize((width, height)),
        0.5,
    )
    paper = Image.merge(
        "RGB",
        (
            page.point(lambda v: 246 - v // 20),
            page.point(lambda v: 243 - v // 18),
            page.point(lambda v: 236 - v // 16),
        ),
    )
    draw = ImageDraw.Draw(paper)

    # Lines of made-up words in a 10-point face, like a printed letter.
    font = ImageFont.load_default(size=max(6, int(42 * unit)))
    margin = int(200 * unit)
    line_height = int(62 * unit)
    y = margin
    while y < height * 0.55:
        words = " ".join(
            "".join(rng.choice(_LETTERS) for _ in range(rng.randint(2, 9))) for _ in range(14)
        )
        draw.text((margin, y), words, fill=(30, 30, 34), font=font)
        y += line_height

    # A red seal (hanko) and a handwritten-looking signature.
    seal = (
        int(width * 0.72),
        int(height * 0.60),
        int(width * 0.82),
        int(height * 0.60 + width * 0.1),
    )
    draw.ellipse(seal, outline=(200, 40, 40), width=max(2, int(9 * unit)))
    points = [
        (int(width * 0.15 + i * 14 * unit), int(height * 0.63 + 30 * unit * ((i * 7) % 5 - 2)))
        for i in range(60)
    ]
    draw.line(points, fill=(25, 35, 110), width=max(1, int(5 * unit)))

    # An ID-card-like block: pale gradient, a "portrait" of smooth shapes, a few text lines.
    card_box = (int(width * 0.15), int(height * 0.70), int(width * 0.70), int(height * 0.90))
    card_w, card_h = card_box[2] - card_box[0], card_box[3] - card_box[1]
    card = Image.linear_gradient("L").resize((card_w, card_h)).rotate(90, expand=False)
    card_rgb = Image.merge(
        "RGB",
        (
            card.point(lambda v: 200 + v // 5),
            card.point(lambda v: 215 + v // 8),
            card.point(lambda v: 235),
        ),
    )
    card_draw = ImageDraw.Draw(card_rgb)
    face = (int(card_w * 0.05), int(card_h * 0.12), int(card_w * 0.32), int(card_h * 0.88))
    card_draw.rectangle(face, fill=(120, 140, 160))
    card_draw.ellipse(
        (
            face[0] + card_w * 0.05,
            face[1] + card_h * 0.1,
            face[2] - card_w * 0.05,
            face[3] - card_h * 0.3,
        ),
        fill=(225, 190, 160),
    )
    for row in range(5):
        top = int(card_h * (0.15 + row * 0.15))
        card_draw.rectangle(
            (int(card_w * 0.4), top, int(card_w * rng.uniform(0.6, 0.95)), top + int(20 * unit)),
            fill=(40, 40, 60),
        )
    card_rgb = card_rgb.filter(ImageFilter.GaussianBlur(1.2 * unit))
    paper.paste(card_rgb, card_box[:2])

    # Scanner softness and sensor noise (mild: a real scan, not static).
    paper = paper.filter(ImageFilter.GaussianBlur(0.7 * unit))
    noise = Image.effect_noise((width, height), 6)
    grain = Image.merge("RGB", (noise, noise, noise))
    paper = ImageChops.add(paper, grain, scale=1.0, offset=-128)
    return paper if colour else paper.convert("L")
