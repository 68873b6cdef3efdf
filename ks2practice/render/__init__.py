"""Renderers: turn records into output formats (SVG pictures here; HTML and Typst build on them)."""

from ks2practice.render.svg import to_data_uri, to_svg

__all__ = ["to_data_uri", "to_svg"]
