"""SVG renderer: to_svg(diagram) gives a complete, deterministic, accessible SVG document for any record."""

from __future__ import annotations

import base64
import hashlib
from importlib import import_module

from ks2practice.pictures.diagrams import Diagram
from ks2practice.pictures.svg.kit import DRAWERS, FONT, INK, LABEL, PAPER, UID, Picture, element, escape, num, start_tag

# One module per family of pictures; each registers its drawings with DRAWERS when imported, in this order.
FAMILIES = (
    "angles",
    "bars",
    "charts",
    "counting",
    "figures",
    "geometry",
    "grids_number",
    "lines",
    "measure",
    "scales",
    "solids",
    "tables",
)
DRAWING_MODULES = tuple(import_module(f"{__name__}.{family}") for family in FAMILIES)


def draw(diagram: Diagram) -> Picture:
    """The picture of a record, from the drawing function registered for its class."""
    drawer = DRAWERS.get(type(diagram))
    if drawer is None:
        raise TypeError(f"no SVG drawing for {type(diagram).__name__}")
    return drawer(diagram)


def to_svg(diagram: Diagram, *, width: float | None = None) -> str:
    """A standalone SVG document: same record, same bytes (ids come from a hash of the content).

    ``width`` sets the displayed width in px (height follows); the drawing's own coordinates never change.
    """
    if width is not None and not width > 0:
        raise ValueError(f"width must be a positive number of pixels, not {width!r}")
    picture = draw(diagram)
    shown_width = picture.width if width is None else width
    desc = diagram.describe()
    defs = [picture.patterns[key] for key in sorted(picture.patterns)]
    body = "\n".join(picture.items)
    digest = hashlib.sha1("\n".join([diagram.kind, desc, *defs, body]).encode("utf-8")).hexdigest()
    uid = f"ks2-{diagram.kind.replace('_', '-')}-{digest[:10]}"
    head = start_tag(
        "svg",
        xmlns="http://www.w3.org/2000/svg",
        width=num(shown_width),
        height=num(picture.height * shown_width / picture.width),
        viewBox=f"0 0 {num(picture.width)} {num(picture.height)}",
        role="img",
        aria_labelledby=f"{uid}-title {uid}-desc",
        data_kind=diagram.kind,
    )
    lines = [
        head,
        element("title", escape(diagram.title), id=f"{uid}-title"),
        element("desc", escape(desc), id=f"{uid}-desc"),
        *(["<defs>", *defs, "</defs>"] if defs else []),
        element("rect", width=num(picture.width), height=num(picture.height), fill=PAPER),
        start_tag("g", font_family=FONT, font_size=LABEL, fill=INK),
        body,
        "</g>",
        "</svg>",
    ]
    return "\n".join(lines).replace(UID, uid) + "\n"


def to_data_uri(svg: str) -> str:
    """An SVG document as a base64 data: URI, for <img src=…> in HTML."""
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
