"""The picture layer: diagram records (exact values, validated) and their SVG drawing, one function per kind."""
