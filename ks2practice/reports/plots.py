"""Report charts as PNG bytes (matplotlib, no screen needed): mastery grid, misconceptions, progress over time."""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Sequence

from ks2practice.reports.assessment import AssessmentReport
from ks2practice.reports.mastery import STATES, GroupProgress, ReportError, misconception_title

# Okabe–Ito colours, safe for the common colour-vision deficiencies; each state also carries its text in the cell.
STATE_COLOURS = {"secure": "#0072B2", "developing": "#56B4E9", "not yet": "#E69F00", "too few answers": "#EEEEEE"}
INK = "#222222"
# Every label is plain text: names, groups and school labels are drawn exactly as typed. With maths parsing on,
# matplotlib reads "$…$" as mathtext (mangling 'Pay $5 or $6' or raising on '$\frac$') and usetex hands text to
# LaTeX; both are off for every text artist of every chart, set only while a chart is drawn.
STYLE = {
    "font.size": 10,
    "font.family": "DejaVu Sans",
    "svg.hashsalt": "ks2practice",
    "text.parse_math": False,
    "text.usetex": False,
}


def _chart(draw: Callable[..., bytes]) -> Callable[..., bytes]:
    """Draw a chart in the report style, leaving matplotlib's settings for the rest of the program as they were."""

    @functools.wraps(draw)
    def drawn(*args, **kwargs) -> bytes:
        import matplotlib

        matplotlib.use("Agg")  # draw to files only: reports run on servers and in Voilà with no display
        with matplotlib.rc_context(STYLE):
            return draw(*args, **kwargs)

    return drawn


def _figure(width: float, height: float):
    from matplotlib import pyplot

    return pyplot.subplots(figsize=(width, height), dpi=120)


def _png(figure) -> bytes:
    from matplotlib import pyplot

    buffer = io.BytesIO()
    figure.tight_layout()
    # No version stamp (same data, same file); a tight box keeps a legend below the axes inside the picture.
    figure.savefig(buffer, format="png", metadata={"Software": None}, bbox_inches="tight", pad_inches=0.1)
    pyplot.close(figure)
    return buffer.getvalue()


def _wrapped(text: str, width: int = 18) -> str:
    """Text broken into lines of at most `width` characters, at spaces, and inside any word longer than a line."""
    words = [word[i : i + width] for word in text.split() for i in range(0, len(word), width)]
    lines, line = [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*lines, line])


# A pupil's name beside a row is wrapped at this many characters, so a long name cannot squeeze the chart away.
NAME_WIDTH = 20


def _name_labels(names: Sequence[str]) -> tuple[list[str], float, int]:
    """Wrapped row labels, the width in inches they need (10 pt text) and the most lines any of them takes."""
    labels = [_wrapped(name, NAME_WIDTH) for name in names]
    longest = max((len(line) for label in labels for line in label.split("\n")), default=0)
    return labels, 0.12 * longest + 0.3, max((label.count("\n") + 1 for label in labels), default=1)


@_chart
def mastery_heatmap(progress: GroupProgress) -> bytes:
    """Pupils down, topics across; each cell coloured by state and labelled 'right/marked'."""
    if not progress.topics:
        raise ReportError(f"{progress.group} has no answers recorded yet, so there is no mastery grid to draw")
    from matplotlib.colors import ListedColormap
    from matplotlib.patches import Patch

    rows, columns = len(progress.pupils), len(progress.topics)
    names, names_width, name_lines = _name_labels(progress.pupils)
    figure, axes = _figure(1.5 * columns + max(3, names_width), max(2.6, 0.3 * (name_lines + 0.5) * rows + 2.2))
    values = [[STATES.index(progress.grid[(p, t)].state) for t in progress.topics] for p in progress.pupils]
    colours = ListedColormap([STATE_COLOURS[s] for s in STATES])
    axes.imshow(values, cmap=colours, vmin=0, vmax=len(STATES) - 1, aspect="auto")
    for r, pupil in enumerate(progress.pupils):
        for c, topic_id in enumerate(progress.topics):
            cell = progress.grid[(pupil, topic_id)]
            dark = cell.state == "secure"
            axes.text(c, r, f"{cell.right}/{cell.marked}", ha="center", va="center", color="white" if dark else INK)
    # Topic names along the top, wrapped, so long titles never run into each other.
    axes.xaxis.tick_top()
    axes.set_xticks(range(columns), [_wrapped(progress.topic_title(t), 16) for t in progress.topics], fontsize=8)
    axes.set_yticks(range(rows), names)
    axes.tick_params(length=0)
    figure.suptitle(f"{progress.group}: right out of the most recent answers, per topic", fontsize=10)
    handles = [Patch(color=STATE_COLOURS[s], label=s) for s in STATES]
    axes.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.04), ncol=4, frameon=False)
    return _png(figure)


@_chart
def misconception_bars(progress: GroupProgress, most: int = 8) -> bytes:
    """How often each misconception was diagnosed in the group, commonest first."""
    if not progress.misconceptions:
        raise ReportError(f"no misconceptions have been diagnosed for {progress.group} yet")
    shown = progress.misconceptions[:most]
    figure, axes = _figure(7, 0.45 * len(shown) + 1.2)
    labels = [_wrapped(misconception_title(m), 40) for m, _ in shown][::-1]
    counts = [n for _, n in shown][::-1]
    axes.barh(labels, counts, color="#0072B2")
    for y, n in enumerate(counts):
        axes.text(n, y, f" {n}", va="center", color=INK)
    axes.set_xlabel("times diagnosed")
    axes.set_title(f"{progress.group}: misconceptions seen", fontsize=10)
    axes.spines[["top", "right"]].set_visible(False)
    return _png(figure)


@_chart
def accuracy_over_time(progress: GroupProgress) -> bytes:
    """Share right per day the group met, with mean confidence (1–3) on a second axis where pupils gave it."""
    days = [d for d in progress.sessions if d[2]]
    if not days:
        raise ReportError(f"{progress.group} has no marked answers yet, so there is no progress over time to draw")
    figure, axes = _figure(7, 3.2)
    x = range(len(days))
    accuracy = [100 * right / marked for _, right, marked, _ in days]
    axes.plot(x, accuracy, marker="o", color="#0072B2", label="% right")
    axes.set_ylim(0, 105)
    axes.set_ylabel("% right")
    axes.set_xticks(list(x), [d[0][5:] for d in days], rotation=45 if len(days) > 8 else 0)
    confidence = [(i, d[3]) for i, d in enumerate(days) if d[3] is not None]
    if confidence:
        second = axes.twinx()
        second.plot([i for i, _ in confidence], [c for _, c in confidence], marker="s", linestyle="--",
                    color="#D55E00", label="confidence (1–3)")  # fmt: skip
        second.set_ylim(0.8, 3.2)
        second.set_yticks([1, 2, 3], ["not sure", "fairly sure", "sure"])
        second.legend(loc="lower right", frameon=False)
    axes.legend(loc="lower left", frameon=False)
    axes.set_title(f"{progress.group}: answers right each day" + ("" if confidence else " (no confidence given)"))
    return _png(figure)


@_chart
def baseline_endpoint(report: AssessmentReport) -> bytes:
    """Each pupil's baseline and end-point totals joined by a line, with the chosen threshold marked."""
    pupils = [p for p in report.pupils if p.baseline is not None or p.endpoint is not None]
    if not pupils:
        raise ReportError(f"{report.group} has no paper marks to draw")
    names, names_width, name_lines = _name_labels([p.name for p in pupils])
    figure, axes = _figure(max(7, 5 + names_width), 0.27 * (name_lines + 0.5) * len(pupils) + 1.6)
    for y, pupil in enumerate(pupils):
        if pupil.baseline is not None and pupil.endpoint is not None:
            axes.plot([pupil.baseline, pupil.endpoint], [y, y], color="#999999", zorder=1)
        if pupil.baseline is not None:
            axes.scatter(pupil.baseline, y, color="#E69F00", marker="o", zorder=2, label="baseline" if y == 0 else None)
        if pupil.endpoint is not None:
            axes.scatter(
                pupil.endpoint, y, color="#0072B2", marker="D", zorder=2, label="end point" if y == 0 else None
            )
    axes.axvline(report.threshold, color="#009E73", linestyle=":", label=f"threshold {report.threshold}")
    axes.set_yticks(range(len(pupils)), names)
    axes.set_xlim(0, 40)
    axes.set_xlabel("marks out of 40")
    axes.legend(loc="lower right", frameon=False)
    axes.set_title(f"{report.group}: arithmetic paper, baseline and end point", fontsize=10)
    return _png(figure)


@_chart
def school_comparison(rows: Sequence[tuple[str, str, float]], title: str) -> bytes:
    """Grouped bars: for each strand (or measure), one bar per school."""
    if not rows:
        raise ReportError("there is nothing to compare: import at least one school's export")
    strands = list(dict.fromkeys(r[1] for r in rows))
    schools = list(dict.fromkeys(r[0] for r in rows))
    values = {(s, k): v for s, k, v in rows}
    figure, axes = _figure(max(6, 1.3 * len(strands) + 2), 3.6)
    width = 0.8 / len(schools)
    palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
    for i, school in enumerate(schools):
        xs = [j + i * width for j in range(len(strands))]
        heights = [values.get((school, k), 0) for k in strands]
        axes.bar(xs, heights, width, label=_wrapped(school, 24), color=palette[i % len(palette)])
    axes.set_xticks([j + width * (len(schools) - 1) / 2 for j in range(len(strands))], [_wrapped(k) for k in strands])
    axes.set_ylim(0, 100)
    axes.set_ylabel("% right")
    # Beside the bars, never over them: a school's label may be long.
    axes.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.01, 1))
    axes.set_title(title, fontsize=10)
    return _png(figure)
