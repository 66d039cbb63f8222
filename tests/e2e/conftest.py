"""Fixtures for end-to-end tests against the fake Discord."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable

import discord
import pytest

# the shared helpers hold asserts of their own: have pytest explain them as it does a test's
pytest.register_assert_rewrite("tests.e2e.bot_harness")

from .fake_discord import FakeDiscord  # noqa: E402

Launch = Callable[..., Awaitable[discord.Client]]


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    """A started fake Discord with discord.py pointed at it; closed and unpatched afterwards."""
    f = FakeDiscord()
    await f.start()
    f.install()
    try:
        yield f
    finally:
        f.uninstall()
        await asyncio.wait_for(f.close(), timeout=5)


@pytest.fixture
async def launch(fake: FakeDiscord) -> AsyncIterator[Launch]:
    """Start a client against the fake and wait for on_ready; every client is closed at teardown."""
    started: list[tuple[discord.Client, asyncio.Task]] = []

    async def _launch(client: discord.Client, token: str = "test-token", timeout: float = 10.0) -> discord.Client:
        """Run client.start(token) in the background until it is ready."""
        task = asyncio.create_task(client.start(token), name=f"client-{len(started)}")
        started.append((client, task))
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not client.is_ready():
            if task.done():
                task.result()  # surface the login/connect error
                raise AssertionError("client stopped before ready")
            if loop.time() > deadline:
                raise AssertionError(f"client not ready after {timeout}s\n{fake.dump()}")
            await asyncio.sleep(0.01)
        return client

    yield _launch
    for client, task in started:
        try:
            await asyncio.wait_for(client.close(), timeout=5)
        except Exception as exc:  # keep closing the others
            print(f"closing {client!r} failed: {exc!r}")
        if not task.done():
            task.cancel()
        await asyncio.gather(task, return_exceptions=True)


@pytest.fixture
def fast_identify(monkeypatch: pytest.MonkeyPatch) -> None:
    """Skip discord.py's 5 s pause before each non-first shard's IDENTIFY (AutoShardedClient)."""

    async def no_wait(self: discord.Client, shard_id: int | None, *, initial: bool = False) -> None:
        """Identify at once."""

    monkeypatch.setattr(discord.Client, "before_identify_hook", no_wait)


def pytest_configure(config: pytest.Config) -> None:
    """`service`: the test also checks what the service answers (crisis care's content and kinds),
    not only what the Discord adapter does with it."""
    config.addinivalue_line("markers", "service: also asserts the service's answers (bot/service.py, bot/care)")
