"""Output formats: HTML for screens; layout, Typst source and PDF for paper (worksheets, packs, papers)."""
