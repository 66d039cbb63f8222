"""Retention erases only people inactive past the cut-off; leaving a server drops its settings; every store."""

from __future__ import annotations

import pytest

from bot.store.base import Event
from bot.store.retention import DAY_S, erase_inactive

from .conftest import ALL_STORES, person, save

NOW = 100 * DAY_S


@pytest.mark.stores(*ALL_STORES)
async def test_inactive_people_counts_every_kind_of_activity(store):
    await save(store, person("t:old", updated_at=NOW - 40 * DAY_S, started_at=NOW - 41 * DAY_S))
    await save(store, person("t:recent", updated_at=NOW - 2 * DAY_S, started_at=NOW - 3 * DAY_S))
    # an old place, but a recent event (a turn in another store or a care event) keeps them
    await save(store, person("t:event", updated_at=NOW - 40 * DAY_S, started_at=NOW - 41 * DAY_S),
               [Event("help-now", NOW - DAY_S)])
    # an old place, but a reminder still to come keeps them until it is due
    await save(store, person("t:reminded", updated_at=NOW - 40 * DAY_S, started_at=NOW - 41 * DAY_S))
    await store.set_reminder("t:reminded", NOW + DAY_S, NOW - 40 * DAY_S)
    # an old place, but a safety-plan answer written recently
    await save(store, person("t:plan", updated_at=NOW - 40 * DAY_S, started_at=NOW - 41 * DAY_S))
    await store.save_plan_item("t:plan", "reasons", "my dog", NOW - DAY_S)
    assert await store.inactive_people(NOW - 30 * DAY_S) == ["t:old"]
    assert await store.inactive_people(NOW - 30 * DAY_S, limit=0) == []
    assert sorted(await store.inactive_people(NOW + 2 * DAY_S)) == ["t:event", "t:old", "t:plan", "t:recent",
                                                                    "t:reminded"]


@pytest.mark.stores(*ALL_STORES)
async def test_retention_erases_only_the_inactive_through_forget(store):
    for i in range(5):
        await save(store, person(f"t:gone{i}", updated_at=NOW - 31 * DAY_S - i, started_at=NOW - 40 * DAY_S),
                   [Event("begin", NOW - 40 * DAY_S, "g1")])
        await store.save_plan_item(f"t:gone{i}", "reasons", "words", NOW - 35 * DAY_S)
    await save(store, person("t:stays", updated_at=NOW - 29 * DAY_S, started_at=NOW - 40 * DAY_S),
               [Event("begin", NOW - 40 * DAY_S, "g1")])
    assert await erase_inactive(store, 30, NOW) == 5
    for i in range(5):
        held = await store.export(f"t:gone{i}")
        assert held["state"] is None and not held["events"] and not held["journeys"] and not held["safety_plan"]
    assert (await store.load("t:stays")) is not None
    assert await erase_inactive(store, 30, NOW) == 0  # nothing left to erase
    assert await store.inactive_people(NOW - 30 * DAY_S) == []


async def test_someone_back_between_the_list_and_the_erasure_is_kept():
    from bot.store.memory import MemoryStore

    store = MemoryStore()
    await save(store, person("t:back", updated_at=NOW - 40 * DAY_S, started_at=NOW - 41 * DAY_S))
    real = store.inactive_people

    async def listed_then_back(before, limit=200):
        found = await real(before, limit)
        await save(store, person("t:back", updated_at=NOW, started_at=NOW - 41 * DAY_S))  # a turn meanwhile
        return found

    store.inactive_people = listed_then_back  # type: ignore[method-assign]
    assert await erase_inactive(store, 30, NOW) == 0
    assert await store.load("t:back") is not None
    with pytest.raises(ValueError):
        await erase_inactive(store, 0, NOW)


@pytest.mark.stores(*ALL_STORES)
async def test_forget_guild_drops_that_servers_settings_only(store):
    await store.set_channel("g1", "c1", True, "discord:1", 5.0)
    await store.set_channel("g1", "c2", True, "discord:1", 6.0)
    await store.set_channel("g2", "c9", True, "discord:1", 7.0)
    await store.set_guild_region("g1", "US")
    await store.set_guild_region("g2", "GB")
    await save(store, person("t:ada"), [Event("begin", 11.0, "g1")])
    await store.forget_guild("g1")
    assert await store.channels("g1") == [] and not await store.is_enabled("g1", "c1")
    assert await store.guild_region("g1") is None
    assert await store.channels("g2") == ["c9"] and await store.guild_region("g2") == "GB"
    assert await store.load("t:ada") is not None  # a person's own data stays theirs
    await store.forget_guild("g-unknown")  # nothing to drop is fine
