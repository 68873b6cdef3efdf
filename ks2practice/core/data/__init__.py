"""Package data: the curriculum catalogue file."""
