"""Safety plans, in every store: a person's own words, saved, exported and erased only for them."""

from __future__ import annotations

import asyncio
import json
import logging

import pytest

from bot.store.base import Event

from .conftest import ALL_STORES, person, save

# The one place a person's words are stored (after they said yes): in /mydata, erased by /forget,
# never seen by anyone else, never logged. Every store, the bench's naive one included.

PLAN_A = {"warning_signs": "When I stop answering my phone", "what_helps": "Walking the dog; rain on the roof",
          "people_to_ask": "My sister Jo, 021 555 0101"}


async def write_plan(store, pid: str, items: dict[str, str], now: float = 100.0) -> None:
    for section, text in items.items():
        await store.save_plan_item(pid, section, text, now)


@pytest.mark.stores(*ALL_STORES)
async def test_plan_items_are_saved_overwritten_and_read(backend, store):
    assert await store.plan("test:ada") == {}
    await write_plan(store, "test:ada", PLAN_A)
    assert await store.plan("test:ada") == PLAN_A
    await store.save_plan_item("test:ada", "what_helps", "Music, loud", 200.0)  # the same section again
    assert await store.plan("test:ada") == PLAN_A | {"what_helps": "Music, loud"}
    other = await backend.open()  # another connection / pool sees it committed
    assert await other.plan("test:ada") == PLAN_A | {"what_helps": "Music, loud"}
    assert (await store.export("test:ada"))["safety_plan"]["what_helps"] == {"text": "Music, loud",
                                                                             "updated_at": 200.0}


@pytest.mark.stores(*ALL_STORES)
async def test_plans_are_kept_apart_between_people(store):
    await write_plan(store, "test:ada", PLAN_A)
    await write_plan(store, "test:bea", {"warning_signs": "Bea's own words", "reasons": "My garden"})
    assert await store.plan("test:ada") == PLAN_A
    assert await store.plan("test:bea") == {"warning_signs": "Bea's own words", "reasons": "My garden"}
    assert await store.plan("test:ad") == {} and await store.plan("test:ada ") == {}
    await store.delete_plan("test:bea")
    assert await store.plan("test:bea") == {} and await store.plan("test:ada") == PLAN_A
    await write_plan(store, "test:bea", {"reasons": "My garden"})
    await store.forget("test:ada")
    assert await store.plan("test:ada") == {} and await store.plan("test:bea") == {"reasons": "My garden"}


@pytest.mark.stores(*ALL_STORES)
async def test_forget_erases_the_plan_outside_and_inside_a_turn(store):
    for pid in ("test:ada", "test:bea", "test:cy"):
        await save(store, person(pid))
        await write_plan(store, pid, PLAN_A)
    await store.forget("test:ada")
    async with store.person("test:bea") as slot:
        await slot.commit(None, [Event("forget", 2.0)])
    for pid in ("test:ada", "test:bea"):
        assert await store.plan(pid) == {}
        assert (await store.export(pid))["safety_plan"] == {}
    assert await store.plan("test:cy") == PLAN_A
    await store.forget("test:dee")  # someone with no plan (and nothing else) is fine


@pytest.mark.stores(*ALL_STORES)
async def test_export_includes_the_plan_and_nobody_elses(store):
    await save(store, person())
    await write_plan(store, "test:ada", {"warning_signs": "When I stop answering my phone"}, now=100.0)
    await store.save_plan_item("test:ada", "reasons", "Seeing my niece grow up", 150.5)
    await write_plan(store, "test:bea", {"reasons": "Not Ada's words"})
    exported = await store.export("test:ada")
    assert json.loads(json.dumps(exported)) == exported
    assert exported["safety_plan"] == {
        "warning_signs": {"text": "When I stop answering my phone", "updated_at": 100.0},
        "reasons": {"text": "Seeing my niece grow up", "updated_at": 150.5}}
    assert "Not Ada's words" not in json.dumps(exported)
    assert (await store.export("test:nobody"))["safety_plan"] == {}


@pytest.mark.stores(*ALL_STORES)
async def test_delete_plan_erases_the_plan_and_nothing_else(store):
    await save(store, person(), [Event("begin", 1.0, "g1")])
    await store.set_reminder("test:ada", 500.0, 1.0)
    await write_plan(store, "test:ada", PLAN_A)
    await store.delete_plan("test:ada")
    await store.delete_plan("test:ada")  # twice, or with no plan at all, is fine
    await store.delete_plan("test:nobody")
    assert await store.plan("test:ada") == {}
    assert await store.load("test:ada") == person()
    assert await store.reminder("test:ada") == 500.0
    assert len(await store.journeys("test:ada")) == 1
    await store.save_plan_item("test:ada", "what_helps", "Starting again", 3.0)  # a new plan after deleting
    assert await store.plan("test:ada") == {"what_helps": "Starting again"}


@pytest.mark.stores(*ALL_STORES)
async def test_plan_text_round_trips_exactly_up_to_1000_characters(store):
    odd = {"warning_signs": "line one\nline two\t'quoted' \"double\"; DROP TABLE safety_plan; --",
           "reasons": "🕯️ ünïcödé 日本語 " + "é" * 900, "what_helps": "", "full": "ø" * 1000}
    await write_plan(store, "test:ünï", odd)
    assert await store.plan("test:ünï") == odd
    assert len((await store.plan("test:ünï"))["full"]) == 1000  # characters, not bytes: 2,000 bytes of UTF-8


@pytest.mark.stores(*ALL_STORES)
async def test_a_plan_item_too_long_is_refused_naming_no_words(store):
    await store.save_plan_item("test:ada", "what_helps", "Walking", 1.0)
    secret = "my own words " + "x" * 1000
    with pytest.raises(ValueError) as refused:
        await store.save_plan_item("test:ada", "what_helps", secret, 2.0)
    assert "my own words" not in str(refused.value) and "1000" in str(refused.value).replace(",", "")
    for section in ("", "s" * 65):
        with pytest.raises(ValueError):
            await store.save_plan_item("test:ada", section, "fine", 2.0)
    assert await store.plan("test:ada") == {"what_helps": "Walking"}  # nothing changed
    await store.save_plan_item("test:ada", "what_helps", "Walking, still", 3.0)  # and the store works on
    assert await store.plan("test:ada") == {"what_helps": "Walking, still"}


@pytest.mark.stores("sqlite", "postgres", "naive")
async def test_the_table_itself_refuses_more_than_1000_characters(backend, store):
    with pytest.raises(Exception, match="(?i)check"):
        await backend.sql("INSERT INTO safety_plan (person_id, section, text, updated_at) "
                          f"VALUES ('test:ada', 'reasons', '{'é' * 1001}', 1.0)")
    assert await store.plan("test:ada") == {}


@pytest.mark.stores(*ALL_STORES)
async def test_plan_words_never_reach_the_log(store, caplog):
    caplog.set_level(logging.DEBUG)  # the most a deployment can turn on
    words = "the bridge on Elm Street scares me"
    await save(store, person())
    await store.save_plan_item("test:ada", "make_safe", words, 1.0)
    await store.plan("test:ada")
    await store.export("test:ada")
    with pytest.raises(ValueError):
        await store.save_plan_item("test:ada", "make_safe", words * 40, 2.0)
    await store.delete_plan("test:ada")
    await store.save_plan_item("test:ada", "make_safe", words, 3.0)
    await store.forget("test:ada")
    assert not [r for r in caplog.records if "Elm Street" in r.getMessage()]


@pytest.mark.stores("memory", "sqlite")
async def test_a_plan_item_and_an_erasure_asked_together_keep_their_order(store):
    # In one process the SQLite store puts both in one write batch: the erasure, asked last, wins.
    await save(store, person())
    await asyncio.gather(store.save_plan_item("test:ada", "reasons", "first", 1.0), store.forget("test:ada"))
    assert await store.plan("test:ada") == {}
    await asyncio.gather(store.forget("test:ada"), store.save_plan_item("test:ada", "reasons", "after", 2.0))
    assert await store.plan("test:ada") == {"reasons": "after"}


@pytest.mark.stores(*ALL_STORES)
async def test_a_plan_item_saved_inside_a_turn_is_kept_with_the_turn(backend, store):
    async with store.person("test:ada") as slot:
        await store.save_plan_item("test:ada", "reasons", "My cat", 1.0)
        assert await store.plan("test:ada") == {"reasons": "My cat"}  # the turn sees its own write
        await slot.commit(person(), [Event("plan:saved", 1.0)])
    assert await (await backend.open()).plan("test:ada") == {"reasons": "My cat"}
