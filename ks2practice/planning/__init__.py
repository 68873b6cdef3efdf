"""Lesson planning: a mastery lesson plan for an objective, and its teacher PDF and slides."""
