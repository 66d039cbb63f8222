"""A PostgreSQL server for the tests: WELLSPRING_TEST_PG_URL, or a throwaway local cluster."""

from __future__ import annotations

import asyncio
import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import threading
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

ENV_URL = "WELLSPRING_TEST_PG_URL"


class NoServer(RuntimeError):
    """No PostgreSQL server could be had; the message says why."""


def run_sync(make: Callable[[], Coroutine[Any, Any, Any]]) -> Any:
    """Run a coroutine to completion on a private loop in another thread (safe inside any loop)."""
    result: dict[str, Any] = {}

    def target() -> None:
        try:
            result["value"] = asyncio.run(make())
        except BaseException as exc:  # handed back to the caller's thread
            result["error"] = exc

    thread = threading.Thread(target=target, name="pg-helper")
    thread.start()
    thread.join()
    if "error" in result:
        raise result["error"]
    return result.get("value")


def with_database(url: str, name: str) -> str:
    """The same server URL, naming another database."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + name))


@dataclass
class PgServer:
    """A reachable server: `url` names its admin database; databases are made and dropped here."""

    url: str
    describe: str
    _cluster: Path | None = None
    _as_user: list[str] = field(default_factory=list)

    def create_database(self) -> str:
        """Create an empty database with a random name; its URL."""
        name = f"wellspring_test_{secrets.token_hex(6)}"
        run_sync(lambda: _admin(self.url, f'CREATE DATABASE "{name}"'))
        return with_database(self.url, name)

    def drop_database(self, url: str) -> None:
        """Drop a database made by create_database, closing anyone still connected."""
        name = urlsplit(url).path.lstrip("/")
        assert name.startswith("wellspring_test_"), name  # never drop anything we did not make
        run_sync(lambda: _admin(self.url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def stop(self) -> None:
        """Stop and delete the throwaway cluster, if we started one."""
        if self._cluster is None:
            return
        data = self._cluster / "data"
        subprocess.run([*self._as_user, _tool("pg_ctl"), "stop", "-D", str(data), "-m", "immediate", "-w"],
                       capture_output=True, timeout=60, cwd=self._cluster)
        shutil.rmtree(self._cluster, ignore_errors=True)
        self._cluster = None


async def _admin(url: str, sql: str) -> Any:
    import asyncpg

    conn = await asyncpg.connect(url, timeout=10)
    try:
        return await conn.fetchval(sql)
    finally:
        await conn.close()


def _tool(name: str) -> str:
    """A PostgreSQL server program from PATH or Debian's versioned folders (newest first)."""
    found = shutil.which(name)
    if found:
        return found
    versions = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                      key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if versions:
        return versions[-1]
    raise NoServer(f"no `{name}` on PATH or in /usr/lib/postgresql/*/bin (install the postgresql package)")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def find_server(durable: bool = False) -> PgServer:
    """The server to test against: the URL in WELLSPRING_TEST_PG_URL, else a fresh local cluster."""
    if os.environ.get(ENV_URL):
        url = os.environ[ENV_URL]
        try:
            version = run_sync(lambda: _admin(url, "SELECT version()"))
        except Exception as exc:
            raise NoServer(f"{ENV_URL} is set but the server does not answer: {exc}") from exc
        return PgServer(url, f"{ENV_URL} ({str(version).split(',')[0]})")
    return start_cluster(durable)


def start_cluster(durable: bool = False) -> PgServer:
    """initdb + pg_ctl start into a temp dir, on 127.0.0.1 and a free port; as `postgres` when root."""
    try:
        import asyncpg  # noqa: F401  (without the driver a server is no use)
    except ImportError as exc:
        raise NoServer("asyncpg is not installed (pip install -e '.[test]')") from exc
    initdb, pg_ctl = _tool("initdb"), _tool("pg_ctl")
    as_user: list[str] = []
    cluster = Path(tempfile.mkdtemp(prefix="wellspring-pg-"))
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root: hand the cluster to `postgres`
        try:
            account = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(cluster, ignore_errors=True)
            raise NoServer("running as root and there is no `postgres` user to run the server as") from None
        os.chown(cluster, account.pw_uid, account.pw_gid)
        runner = shutil.which("runuser") or shutil.which("su")
        as_user = [runner, "-u", "postgres", "--"] if runner and runner.endswith("runuser") else []
        if not as_user:
            shutil.rmtree(cluster, ignore_errors=True)
            raise NoServer("running as root and `runuser` is missing, so the server cannot be started")
    data, log = cluster / "data", cluster / "server.log"
    try:
        _run(cluster, [*as_user, initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
              "--locale=C", *([] if durable else ["--no-sync"])])
        # Throwaway test clusters skip fsync; a benchmark run keeps PostgreSQL's durable defaults.
        speed = [] if durable else ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        for _attempt in range(3):
            port = _free_port()
            options = " ".join([f"-c listen_addresses=127.0.0.1 -p {port}",
                                f"-c unix_socket_directories={cluster}", "-c max_connections=200", *speed])
            started = subprocess.run([*as_user, pg_ctl, "start", "-D", str(data), "-l", str(log), "-w",
                                      "-t", "60", "-o", options], capture_output=True, text=True, timeout=90,
                                     cwd=cluster)
            if started.returncode == 0:
                break
        else:
            raise NoServer(f"pg_ctl start failed: {started.stderr.strip()} {_tail(log)}")
    except NoServer:
        shutil.rmtree(cluster, ignore_errors=True)
        raise
    except (OSError, subprocess.SubprocessError) as exc:
        shutil.rmtree(cluster, ignore_errors=True)
        raise NoServer(f"could not start a local PostgreSQL: {exc}") from exc
    server = PgServer(f"postgresql://postgres@127.0.0.1:{port}/postgres", "", cluster, as_user)
    try:
        version = run_sync(lambda: _admin(server.url, "SHOW server_version"))
    except Exception as exc:
        server.stop()
        raise NoServer(f"started a local PostgreSQL but could not connect: {exc}") from exc
    server.describe = f"throwaway PostgreSQL {version} on 127.0.0.1:{port}"
    return server


def _run(cwd: Path, command: list[str]) -> None:
    # Run from the cluster's folder: the `postgres` user may not be allowed into the checkout.
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=cwd)
    if done.returncode != 0:
        raise NoServer(f"`{' '.join(command)}` failed:\n{done.stdout[-800:]}{done.stderr[-800:]}")


def _tail(log: Path) -> str:
    try:
        return log.read_text(errors="replace")[-800:]
    except OSError:
        return ""
