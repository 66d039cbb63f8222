"""The Discord adapter: the only code that knows about discord.py."""
