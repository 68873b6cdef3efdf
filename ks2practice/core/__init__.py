"""The bottom layer: value types, the curriculum catalogue, the topic registry, KS2 notation and number words."""
