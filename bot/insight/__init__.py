"""A person's own history (text and chart) and moderators' aggregate counts."""
