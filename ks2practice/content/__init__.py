"""The content layer: topics (one package per strand), misconceptions, written methods, variation and selection."""
