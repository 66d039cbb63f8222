"""One typed Settings, read from the environment and an optional .env file."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from dotenv import dotenv_values

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIALOGUES = PROJECT_ROOT / "dialogues"
ALL_REGIONS = "all"  # the default: no one region; every other value is a region code in dialogues/helplines.yaml


class SettingsError(ValueError):
    """A setting has a value we cannot use; the message says how to fix it."""


class MissingToken(SettingsError):
    """`wellspring run` needs DISCORD_TOKEN."""

    def __init__(self) -> None:
        super().__init__(
            "DISCORD_TOKEN is not set, so the bot cannot log in to Discord.\n"
            "  - Copy .env.example to .env and put your bot's token after DISCORD_TOKEN=\n"
            "    (Discord Developer Portal -> your application -> Bot -> Reset Token), or\n"
            "  - export DISCORD_TOKEN=... in your shell.\n"
            "To walk the journey without Discord, no token is needed: wellspring console"
        )


@dataclass(frozen=True)
class Settings:
    """Everything wellspring can be told; .env.example lists each with a comment."""

    token: str | None = field(default=None, repr=False)
    db: Path = Path("data/wellspring.db")
    database_url: str | None = field(default=None, repr=False)
    pacing: float = 1.0
    dialogues: Path = DEFAULT_DIALOGUES
    crisis_region: str = ALL_REGIONS
    test_guild: int | None = None
    log_level: str = "INFO"
    discord_api: str | None = None

    @property
    def store_target(self) -> str:
        """DATABASE_URL when set, else the SQLite file."""
        return self.database_url or str(self.db)

    def require_token(self) -> str:
        """The token, or MissingToken with instructions."""
        if not self.token:
            raise MissingToken()
        return self.token


def load_settings(env: Mapping[str, str] | None = None, env_file: Path | None = Path(".env")) -> Settings:
    """Read settings: real environment first, then .env for anything not set there."""
    values: dict[str, str] = {}
    if env_file is not None and env_file.is_file():
        values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    values.update(os.environ if env is None else env)

    def get(name: str) -> str | None:
        value = values.get(name, "").strip()
        return value or None

    pacing_text = get("WELLSPRING_PACING") or "1"
    try:
        pacing = float(pacing_text)
    except ValueError:
        raise SettingsError(f"WELLSPRING_PACING must be a number (1 = normal, 0 = no pauses), not {pacing_text!r}") from None
    if not 0 <= pacing <= 10:
        raise SettingsError("WELLSPRING_PACING must be between 0 and 10")
    dialogues = Path(get("WELLSPRING_DIALOGUES") or DEFAULT_DIALOGUES)
    region = _crisis_region((get("WELLSPRING_CRISIS_REGION") or ALL_REGIONS).lower(), dialogues / "helplines.yaml")
    guild = get("WELLSPRING_TEST_GUILD")
    if guild is not None and not guild.isdigit():
        raise SettingsError("WELLSPRING_TEST_GUILD must be a server id (digits)")
    return Settings(
        token=get("DISCORD_TOKEN"),
        db=Path(get("WELLSPRING_DB") or "data/wellspring.db"),
        database_url=get("DATABASE_URL"),
        pacing=pacing,
        dialogues=dialogues,
        crisis_region=region,
        test_guild=int(guild) if guild else None,
        log_level=(get("WELLSPRING_LOG_LEVEL") or "INFO").upper(),
        discord_api=_loopback_only(get("WELLSPRING_DISCORD_API")),
    )


def _crisis_region(region: str, helplines: Path) -> str:
    """`all`, or a region code that helplines.yaml has; anything else is refused in one line."""
    if region == ALL_REGIONS:
        return region
    from bot.content import ContentInvalid
    from bot.language.helplines import region_codes

    try:
        codes = region_codes(helplines)
    except ContentInvalid as exc:
        raise SettingsError(f"WELLSPRING_CRISIS_REGION={region} cannot be checked: {exc.errors[0]}") from None
    if region not in codes:
        raise SettingsError(f"WELLSPRING_CRISIS_REGION must be {ALL_REGIONS} or a region in {helplines} "
                            f"({', '.join(sorted(codes))}), not {region!r}")
    return region


def _loopback_only(url: str | None) -> str | None:
    """The API override exists for local fakes; refuse anything that is not this machine."""
    if url is None:
        return None
    from urllib.parse import urlparse

    host = urlparse(url).hostname or ""
    if host not in ("127.0.0.1", "localhost", "::1") and not host.startswith("127."):
        raise SettingsError("WELLSPRING_DISCORD_API may only point at this machine (a local fake Discord)")
    return url
