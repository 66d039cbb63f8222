"""One typed Settings, read from the environment and an optional .env file, every setting checked at once.

`load_settings` never creates anything on disk: it reports every problem it finds, one line each, and
never echoes a secret (the token, or a DATABASE_URL that may hold a password). `prepare_sqlite` is the
one place that makes the SQLite folder (0700) and file (0600), once the settings are known to be good.
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar
from urllib.parse import parse_qsl, urlsplit

from dotenv import dotenv_values

import bot

PACKAGE_ROOT = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_ROOT.parent
# A built wheel carries the top-level dialogues/ as bot/dialogues (pyproject's package-dir maps it at build
# time); a checkout, editable or not, has only the top-level folder, which is then the one read.
PACKAGED_DIALOGUES = PACKAGE_ROOT / "dialogues"
ALL_REGIONS = "all"  # the default: no one region; every other value is a region code in dialogues/helplines.yaml
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
DEFAULT_DB = Path("data/wellspring.db")
POSTGRES_SCHEMES = ("postgresql", "postgres")
T = TypeVar("T")
INSTALL_POSTGRES = "install this project with its postgres extra: pip install -e '.[postgres]' (in a checkout)"


def default_dialogues() -> Path:
    """The packaged dialogues in an installed wheel, else the checkout's top-level dialogues/."""
    return PACKAGED_DIALOGUES if PACKAGED_DIALOGUES.is_dir() else PROJECT_ROOT / "dialogues"


DEFAULT_DIALOGUES = default_dialogues()


def version() -> str:
    """This wellspring's version (bot.__version__ is the one source; pyproject reads it too)."""
    return bot.__version__


class SettingsError(ValueError):
    """A setting has a value we cannot use; the message says how to fix it."""


class SettingsInvalid(SettingsError):
    """Every problem found in the settings, one line each."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class MissingToken(SettingsError):
    """`wellspring run` needs DISCORD_TOKEN."""

    def __init__(self) -> None:
        super().__init__(
            "DISCORD_TOKEN is not set, so the bot cannot log in to Discord.\n"
            "  - Copy .env.example to .env and put your bot's token after DISCORD_TOKEN=\n"
            "    (Discord Developer Portal -> your application -> Bot -> Reset Token), or\n"
            "  - export DISCORD_TOKEN=... in your shell, or DISCORD_TOKEN_FILE=/run/secrets/discord_token.\n"
            "To walk the journey without Discord, no token is needed: wellspring console"
        )


@dataclass(frozen=True)
class Settings:
    """Everything wellspring can be told; .env.example lists each with a comment."""

    token: str | None = field(default=None, repr=False)
    db: Path = DEFAULT_DB
    database_url: str | None = field(default=None, repr=False)
    pacing: float = 1.0
    dialogues: Path = DEFAULT_DIALOGUES
    crisis_region: str = ALL_REGIONS
    test_guild: int | None = None
    log_level: str = "INFO"
    discord_api: str | None = None
    health_port: int | None = None  # loopback-only readiness endpoint (bot/health.py); None: off
    retention_days: int | None = None  # erase people inactive this many days (bot/store/retention.py); None: keep
    application_id: int | None = None  # for invite links without asking Discord (`wellspring invite`)
    source_url: str | None = None  # where /about says the code is

    @property
    def store_target(self) -> str:
        """DATABASE_URL when set, else the SQLite file."""
        return self.database_url or str(self.db)

    def require_token(self) -> str:
        """The token, or MissingToken with instructions."""
        if not self.token:
            raise MissingToken()
        return self.token


def load_settings(env: Mapping[str, str] | None = None, env_file: Path | None = Path(".env"), *,
                  store: bool = False) -> Settings:
    """Read settings: real environment first, then .env; SettingsInvalid lists every problem at once.

    With `store` (the commands that open the store), also that the SQLite file could be written, or
    that PostgreSQL's driver is installed; `check` and `graph` run from any folder without either.
    """
    values: dict[str, str] = {}
    if env_file is not None and env_file.is_file():
        values.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
        _warn_if_shared(env_file)
    values.update(os.environ if env is None else env)
    problems: list[str] = []

    def get(name: str) -> str | None:
        value = values.get(name, "").strip()
        return value or None

    def check(name: str, parse: Callable[[str], T], default: T) -> T:
        """parse(value) for a set value, default when unset; a SettingsError becomes one problem line."""
        value = get(name)
        if value is None:
            return default
        try:
            return parse(value)
        except SettingsError as exc:
            problems.append(str(exc))
            return default

    token = _secret(values, "DISCORD_TOKEN", problems)
    if token is not None and not _TOKEN_CHARS.fullmatch(token):
        problems.append("DISCORD_TOKEN has spaces, quotes or other characters a token never has; "
                        "paste the token alone (its value is not shown here)")
        token = None
    database_url = _secret(values, "DATABASE_URL", problems)
    if database_url is not None:
        problem = database_url_problem(database_url, store)
        if problem:
            problems.append(problem)
            database_url = None
    db = Path(get("WELLSPRING_DB") or DEFAULT_DB)
    if store and database_url is None and get("DATABASE_URL") is None and get("DATABASE_URL_FILE") is None:
        problem = writable_file_problem("WELLSPRING_DB", db)
        if problem:
            problems.append(problem)
    pacing = check("WELLSPRING_PACING", _pacing, 1.0)
    dialogues = Path(get("WELLSPRING_DIALOGUES") or DEFAULT_DIALOGUES)
    region = (get("WELLSPRING_CRISIS_REGION") or ALL_REGIONS).lower()
    if not dialogues.is_dir():
        problems.append(f"WELLSPRING_DIALOGUES: no folder at {dialogues}")
    else:
        try:
            region = _crisis_region(region, dialogues / "helplines.yaml")
        except SettingsError as exc:
            problems.append(str(exc))
    guild: int | None = check("WELLSPRING_TEST_GUILD", _server_id, None)
    level = check("WELLSPRING_LOG_LEVEL", _log_level, "INFO")
    api: str | None = check("WELLSPRING_DISCORD_API", _loopback_only, None)
    port: int | None = check("WELLSPRING_HEALTH_PORT", _port, None)
    retention: int | None = check("WELLSPRING_RETENTION_DAYS", _retention_days, None)
    application: int | None = check("WELLSPRING_APPLICATION_ID", _application_id, None)
    source: str | None = check("WELLSPRING_SOURCE_URL", _source_url, None)
    if problems:
        raise SettingsInvalid(problems)
    return Settings(token=token, db=db, database_url=database_url, pacing=pacing, dialogues=dialogues,
                    crisis_region=region, test_guild=guild, log_level=level, discord_api=api, health_port=port,
                    retention_days=retention, application_id=application, source_url=source)


# A bot token is base64url parts joined by dots; anything else (spaces, quotes, "Bot " prefixes) is a paste slip.
_TOKEN_CHARS = re.compile(r"[A-Za-z0-9_.\-]+")


def _secret(values: Mapping[str, str], name: str, problems: list[str]) -> str | None:
    """NAME, or the contents of the file NAME_FILE names (container secrets); never both."""
    direct = values.get(name, "").strip() or None
    path = values.get(f"{name}_FILE", "").strip() or None
    if path is None:
        return direct
    if direct is not None:
        problems.append(f"{name} and {name}_FILE are both set: keep one")
        return None
    try:
        text = Path(path).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not readable text"
        problems.append(f"{name}_FILE: cannot read {path} ({reason})")
        return None
    if not text:
        problems.append(f"{name}_FILE: {path} is empty")
        return None
    return text


def database_url_problem(url: str, store: bool = True) -> str | None:
    """Why DATABASE_URL cannot be used, in one line that never shows the value; None when it can."""
    hidden = "(the value is not shown: it may hold a password)"
    if "://" not in url:
        return ("DATABASE_URL must be sqlite:///path/to/file.db or postgresql://user:password@host:5432/database; "
                f"this one has no scheme:// {hidden}")
    scheme = url.split("://", 1)[0]
    if scheme == "sqlite":
        if not url.startswith("sqlite:///") or not url[len("sqlite:///"):]:
            return ("DATABASE_URL: a SQLite URL is sqlite:/// then the file, e.g. sqlite:///data/wellspring.db "
                    "(relative) or sqlite:////srv/wellspring/wellspring.db (absolute)")
        return writable_file_problem("DATABASE_URL", Path(url[len("sqlite:///"):])) if store else None
    if scheme not in POSTGRES_SCHEMES:
        shown = repr(scheme) if re.fullmatch(r"[A-Za-z][A-Za-z0-9+.\-]{0,20}", scheme) else "this scheme"
        return f"DATABASE_URL: {shown} is not supported; use sqlite:///path or postgresql://user:password@host/database"
    parts = urlsplit(url)
    try:
        _ = parts.port  # urlsplit checks the port only when asked
    except ValueError:
        return f"DATABASE_URL: the PostgreSQL port is not a number from 1 to 65535 {hidden}"
    if not parts.path.strip("/") and not any(key == "dbname" for key, _ in parse_qsl(parts.query)):
        return f"DATABASE_URL names no database: postgresql://user:password@host:5432/DATABASE {hidden}"
    sizes = [value for key, value in parse_qsl(parts.query, keep_blank_values=True) if key == "pool_size"]
    if sizes and (not sizes[-1].isdigit() or int(sizes[-1]) < 1):
        return "DATABASE_URL: pool_size must be a positive whole number"
    if store and importlib.util.find_spec("asyncpg") is None:
        return f"DATABASE_URL names PostgreSQL, but its driver (asyncpg) is not installed: {INSTALL_POSTGRES}"
    return None


def writable_file_problem(name: str, path: Path) -> str | None:
    """Why the file `path` could not be created or written by this user, in one line; None when it could."""
    if str(path) == ":memory:":
        return None
    if path.exists():
        if path.is_dir():
            return f"{name}: {path} is a folder; name a file in it, e.g. {path / 'wellspring.db'}"
        if not os.access(path, os.R_OK | os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
            return f"{name}: {path} is not writable by this user (SQLite also writes beside it: -wal, -shm)"
        return _read_only(name, path)
    ancestor = path.parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        return f"{name}: {ancestor} is a file, so the folder for {path} cannot be made"
    if not os.access(ancestor, os.W_OK | os.X_OK):
        return f"{name}: cannot create {path}: {ancestor} is not writable by this user"
    return _read_only(name, ancestor)


def _read_only(name: str, path: Path) -> str | None:
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return f"{name}: {path} is on a read-only file system"
    except (OSError, AttributeError):  # no statvfs (Windows): os.access has said what it can
        pass
    return None


def _warn_if_shared(env_file: Path) -> None:
    """A .env that other users of this machine can read (it holds the bot's token): one warning on stderr."""
    try:
        shared = os.name == "posix" and bool(env_file.stat().st_mode & 0o044)
    except OSError:
        return
    if shared:
        import sys

        print(f"wellspring: warning: {env_file} can be read by other users of this machine, and it holds the "
              f"bot's token; make it private: chmod 600 {env_file}", file=sys.stderr)


def prepare_sqlite(target: str | Path) -> None:
    """Before SQLite opens `target`: make a missing folder 0700 and the file 0600; tighten a readable file.

    SQLite creates its -wal and -shm files with the database file's mode, so they are private too.
    """
    text = str(target)
    if "://" in text and not text.startswith("sqlite:///"):
        return  # PostgreSQL: nothing on this disk
    path = Path(text[len("sqlite:///"):] if text.startswith("sqlite:///") else text)
    if str(path) == ":memory:":
        return
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))  # the mode is applied under the umask
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if file.stat().st_mode & 0o077 and file.stat().st_uid == os.geteuid():
                file.chmod(0o600)
        except (OSError, AttributeError):  # gone meanwhile, or no geteuid (Windows)
            pass


def _pacing(text: str) -> float:
    try:
        pacing = float(text)
    except ValueError:
        raise SettingsError("WELLSPRING_PACING must be a number (1 = normal, 0 = no pauses), "
                            f"not {text[:40]!r}") from None
    if not 0 <= pacing <= 10:
        raise SettingsError("WELLSPRING_PACING must be between 0 and 10")
    return pacing


def _server_id(text: str) -> int:
    if not text.isdigit():
        raise SettingsError("WELLSPRING_TEST_GUILD must be a server id (digits)")
    return int(text)


def _log_level(text: str) -> str:
    level = text.upper()
    if level not in LOG_LEVELS:
        raise SettingsError(f"WELLSPRING_LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL, not {text[:40]!r}")
    return level


def _port(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise SettingsError("WELLSPRING_HEALTH_PORT must be a port number from 1 to 65535 "
                            f"(leave it empty to turn the endpoint off), not {text[:40]!r}")
    return int(text)


MAX_RETENTION_DAYS = 3650


def _retention_days(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MAX_RETENTION_DAYS:
        raise SettingsError(f"WELLSPRING_RETENTION_DAYS must be a whole number of days from 1 to {MAX_RETENTION_DAYS} "
                            f"(leave it empty to keep data until people or the owner erase it), not {text[:40]!r}")
    return int(text)


def _application_id(text: str) -> int:
    if not text.isdigit() or not 15 <= len(text) <= 21:
        raise SettingsError("WELLSPRING_APPLICATION_ID must be the application's id, 15 to 21 digits "
                            "(Developer Portal -> your application -> General Information -> Application ID)")
    return int(text)


def _source_url(text: str) -> str:
    parts = urlsplit(text)
    if parts.scheme != "https" or not parts.hostname or any(c.isspace() for c in text) or len(text) > 200:
        raise SettingsError("WELLSPRING_SOURCE_URL must be an https:// address of this code, e.g. a repository page")
    return text


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


def _loopback_only(url: str) -> str:
    """The API override exists for local fakes; refuse anything that is not this machine."""
    import ipaddress

    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        _ = parts.port  # a malformed port raises ValueError
    except ValueError:
        parts, host = None, ""
    if parts is None or parts.scheme not in ("http", "https") or not host:
        raise SettingsError("WELLSPRING_DISCORD_API must be an http:// URL on this machine, e.g. http://127.0.0.1:8080")
    try:  # an IP address parsed as one: 127.0.0.0/8 or ::1; a name only if it is exactly localhost
        local = ipaddress.ip_address(host).is_loopback
    except ValueError:
        local = host.rstrip(".").lower() == "localhost"
    if not local or parts.username is not None or parts.password is not None:
        raise SettingsError("WELLSPRING_DISCORD_API may only point at this machine (a local fake Discord)")
    return url
