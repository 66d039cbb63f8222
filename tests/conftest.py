"""Suite-wide fixtures: a PostgreSQL server when some test asks for one, and a loud note when none."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.pg import NoServer, PgServer, find_server

_postgres: dict[str, str] = {}  # what became of the server, for the terminal summary


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One PostgreSQL for the whole run, started only if a test needs it; skips (loudly) when none."""
    try:
        server = find_server()
    except NoServer as exc:
        _postgres["skipped"] = str(exc)
        pytest.skip(f"NO POSTGRESQL SERVER — PostgreSQL tests skipped: {exc}")
    _postgres["used"] = server.describe
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh, empty database on that server for one test; dropped afterwards."""
    url = pg_server.create_database()
    try:
        yield url
    finally:
        pg_server.drop_database(url)


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    """Say which PostgreSQL the run used, or shout that its tests were skipped."""
    if "skipped" in _postgres:
        terminalreporter.write_sep("!", "POSTGRESQL TESTS SKIPPED", red=True, bold=True)
        terminalreporter.write_line(f"No PostgreSQL server could be started: {_postgres['skipped']}", red=True)
        terminalreporter.write_line("The PostgreSQL store is UNTESTED in this run. Install the server "
                                    "(apt-get install postgresql) or set WELLSPRING_TEST_PG_URL.", red=True)
    elif "used" in _postgres:
        terminalreporter.write_sep("-", f"PostgreSQL tests ran against {_postgres['used']}")
