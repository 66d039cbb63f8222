"""`wellspring bench`: how fast and how lean the bot is, against a naive baseline in the same run."""
