"""Scoring extraction against gold files, so a change shows what it fixes and what it breaks."""
