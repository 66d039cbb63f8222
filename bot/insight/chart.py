"""A person's before/after check-ins as a small PNG, drawn with matplotlib."""

from __future__ import annotations

import io

from bot.store.base import JourneyRecord

BEFORE, AFTER = "#8a8fb5", "#e0a040"  # dusk blue, candle amber


def has_checkins(journeys: list[JourneyRecord]) -> bool:
    """Whether there is anything to draw."""
    return any(j.checkin_before is not None or j.checkin_after is not None for j in journeys)


def checkin_chart(journeys: list[JourneyRecord]) -> bytes:
    """PNG bytes: one column per journey, its before and after scores joined by a line."""
    import matplotlib

    matplotlib.use("Agg")  # no screen: render to memory
    from matplotlib.figure import Figure

    shown = [j for j in journeys if j.checkin_before is not None or j.checkin_after is not None][-20:]
    figure = Figure(figsize=(6.4, 3.6), dpi=100)
    axes = figure.subplots()
    for position, journey in enumerate(shown):
        points = [(position - 0.12, journey.checkin_before), (position + 0.12, journey.checkin_after)]
        known = [(x, y) for x, y in points if y is not None]
        if len(known) == 2:
            axes.plot([x for x, _ in known], [y for _, y in known], color="#bbbbbb", linewidth=2, zorder=1)
        if journey.checkin_before is not None:
            axes.scatter([points[0][0]], [journey.checkin_before], color=BEFORE, s=70, zorder=2,
                         label="before" if position == 0 else None)
        if journey.checkin_after is not None:
            axes.scatter([points[1][0]], [journey.checkin_after], color=AFTER, s=70, zorder=2,
                         label="after" if not any(j.checkin_after is not None for j in shown[:position]) else None)
    axes.set_xticks(range(len(shown)), [f"#{j.number}" for j in shown])
    axes.set_xlim(-0.6, max(len(shown) - 0.4, 0.6))
    axes.set_ylim(-0.5, 10.5)
    axes.set_yticks(range(0, 11, 2))
    axes.set_xlabel("journey")
    axes.set_ylabel("kindness toward yourself (0-10)")
    axes.set_title("How kindly you held yourself, before and after", fontsize=11)
    axes.grid(axis="y", alpha=0.3)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)  # never over a point
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()
