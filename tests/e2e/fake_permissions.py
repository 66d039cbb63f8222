"""Who may use a command in a server, decided the way Discord decides it, before the bot hears anything.

A command's ``default_member_permissions`` is only the default: a member needs every bit of it (null:
everyone may; "0": only administrators). The server owner and administrators may use every command. A
server admin can override the default in Server Settings -> Integrations, for a role (@everyone is the
role whose id is the server's) or for one member, per command or for the whole app. A member's own
override wins over their roles'; among their roles an allow wins over a deny; a command's overrides win
over the app's. Only when no override applies does the default decide.

A refused command never becomes an interaction: Discord answers the person itself and the bot is not told.
"""

from __future__ import annotations

from typing import Any

ADMINISTRATOR = 0x8

Key = tuple[str, str | None]  # (guild id, command name or None for the whole app)


class CommandPermissions:
    """The overrides server admins set, and the check Discord makes before delivering a command."""

    def __init__(self) -> None:
        self.overrides: dict[Key, dict[str, bool]] = {}  # key -> role or member id -> allowed

    def set(self, guild_id: str, target_id: str, allowed: bool, command: str | None = None) -> None:
        """Allow or deny ``command`` (None: every command of the app) to a role or a member."""
        self.overrides.setdefault((guild_id, command), {})[target_id] = allowed

    def clear(self, guild_id: str, target_id: str, command: str | None = None) -> None:
        """Remove an override, so the default applies again."""
        self.overrides.get((guild_id, command), {}).pop(target_id, None)

    def allows(self, guild: dict, member: dict, permissions: int, command: dict[str, Any] | None) -> bool:
        """Whether Discord lets this member run this synced command (None: unknown, let it through)."""
        if command is None or permissions & ADMINISTRATOR or guild["owner_id"] == member["user"]["id"]:
            return True
        for scope in (command["name"], None):
            verdict = self._verdict(guild, member, scope)
            if verdict is not None:
                return verdict
        default = command.get("default_member_permissions")
        if default is None:
            return True
        required = int(default)
        return required != 0 and permissions & required == required

    def _verdict(self, guild: dict, member: dict, scope: str | None) -> bool | None:
        rules = self.overrides.get((guild["id"], scope), {})
        own = rules.get(member["user"]["id"])
        if own is not None:
            return own
        roles = [rules[rid] for rid in (guild["id"], *member["roles"]) if rid in rules]
        return any(roles) if roles else None
