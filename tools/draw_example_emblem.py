"""Draw ``inputs/quoc-huy.png``: an illustration for the examples only, never an office's emblem.

A công hàm is refused without the office's own Quốc huy file; the examples in ``inputs/`` need one to build, and
none can be fetched here. This draws a plain illustration after the description in Điều 13 of the Constitution
(a red disc, a gold star, ears of rice, half a cog wheel, the country's name on a ribbon). An office replaces it
with the official image it keeps.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.patches import Circle, Ellipse, Polygon, Rectangle, Wedge

RED, GOLD = "#da251d", "#ffcd00"


def star(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    points = []
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.382
        angle = math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def main(target: Path) -> None:
    fig = plt.figure(figsize=(3, 3), dpi=200)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(-1.05, 1.05)
    ax.set_ylim(-1.05, 1.05)
    ax.set_aspect("equal")
    ax.axis("off")
    for side in (-1, 1):  # ears of rice: grains along an arc on each side
        for k in range(14):
            t = math.radians(200 - k * 9) if side < 0 else math.radians(-20 + k * 9)
            x, y = 0.88 * math.cos(t), 0.88 * math.sin(t)
            ax.add_patch(Ellipse((x, y), 0.1, 0.2, angle=math.degrees(t), color=GOLD))
    ax.add_patch(Circle((0, 0.05), 0.72, color=RED))
    ax.add_patch(Polygon(star(0, 0.2, 0.42), closed=True, color=GOLD))
    ax.add_patch(Wedge((0, -0.55), 0.3, 0, 180, color=GOLD))  # half cog wheel
    for k in range(7):
        a = math.radians(10 + k * 26.6)
        ax.add_patch(Rectangle((0.3 * math.cos(a) - 0.04, -0.55 + 0.3 * math.sin(a) - 0.04), 0.08, 0.08, color=GOLD))
    ax.add_patch(Rectangle((-0.75, -0.95), 1.5, 0.2, color=RED))
    ax.text(
        0,
        -0.85,
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        color=GOLD,
        ha="center",
        va="center",
        fontsize=5.5,
        family="serif",
        weight="bold",
    )
    fig.savefig(target, transparent=True, metadata={"Software": None})
    plt.close(fig)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "inputs" / "quoc-huy.png")
