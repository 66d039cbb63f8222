"""The fake Discord's rate limits and interaction windows (tests/e2e/fake_limits.py), switched on."""

from __future__ import annotations

import aiohttp
import discord

from .fake_limits import global_exempt


async def _post(session: aiohttp.ClientSession, fake, path: str, body: dict | None = None):
    async with session.post(fake.base_url + path, json=body or {}, headers={"Authorization": "Bot t"}) as resp:
        return resp.status, dict(resp.headers), await resp.json(content_type=None) if resp.status != 204 else None


def test_interaction_routes_are_exempt_and_the_rest_are_not():
    assert global_exempt("POST", "/interactions/123/tok/callback")
    assert global_exempt("POST", "/webhooks/1/tok")
    assert global_exempt("PATCH", "/webhooks/1/tok/messages/@original")
    assert not global_exempt("POST", "/channels/1/messages")
    assert not global_exempt("POST", "/channels/1/typing")
    assert not global_exempt("POST", "/users/@me/channels")


async def test_past_fifty_a_second_bot_token_routes_get_a_global_429(fake):
    fake.limits.enabled = True
    users = [fake.add_user(f"p{i}") for i in range(60)]
    channels = [fake.dm_channel_of(u)["id"] for u in users]
    async with aiohttp.ClientSession() as session:
        answers = [await _post(session, fake, f"/channels/{cid}/typing") for cid in channels]
    statuses = [status for status, _, _ in answers]
    assert statuses[:50] == [204] * 50
    assert 429 in statuses[50:]
    status, headers, body = next(a for a in answers if a[0] == 429)
    assert headers["X-RateLimit-Scope"] == "global" and body["global"] is True and 0 < body["retry_after"] <= 1
    assert fake.limits.global_429 >= 1 and fake.limits.global_requests == 60


async def test_a_channel_bucket_says_what_is_left_and_then_refuses(fake):
    fake.limits.enabled = True
    cid = fake.dm_channel_of(fake.add_user("ana"))["id"]
    async with aiohttp.ClientSession() as session:
        answers = [await _post(session, fake, f"/channels/{cid}/messages", {"content": "hi"}) for _ in range(6)]
    remaining = [a[1].get("X-RateLimit-Remaining") for a in answers]
    assert remaining == ["4", "3", "2", "1", "0", "0"]
    assert [a[0] for a in answers] == [200] * 5 + [429]
    assert answers[5][1]["X-RateLimit-Scope"] == "user" and answers[5][2]["global"] is False
    assert {a[1]["X-RateLimit-Limit"] for a in answers} == {"5"} and answers[0][1]["X-RateLimit-Bucket"]
    assert float(answers[0][1]["X-RateLimit-Reset-After"]) <= 5.0
    fake.limits.advance(5.0)
    async with aiohttp.ClientSession() as session:
        assert (await _post(session, fake, f"/channels/{cid}/messages", {"content": "hi"}))[0] == 200


async def test_followups_do_not_count_and_a_token_lasts_fifteen_minutes(fake):
    fake.limits.enabled = True
    ana = fake.add_user("ana")
    dm = fake.dm_channel_of(ana)
    msg = fake._store_bot_message(dm, {"content": "pick", "components": [
        {"type": 1, "components": [{"type": 2, "custom_id": "x", "label": "x", "style": 1}]}]}, [])
    rec = await fake.click(ana, msg, "x")
    async with aiohttp.ClientSession() as session:
        early = await _post(session, fake, f"/webhooks/{fake.app_id}/{rec.token}", {"content": "too soon"})
        assert early[0] == 404  # no followup before the interaction is answered
        first = await _post(session, fake, f"/interactions/{rec.id}/{rec.token}/callback", {"type": 6})
        again = await _post(session, fake, f"/interactions/{rec.id}/{rec.token}/callback", {"type": 6})
        assert first[0] == 200 and again[0] == 400 and again[2]["code"] == 40060
        before = fake.limits.global_requests
        for _ in range(3):
            assert (await _post(session, fake, f"/webhooks/{fake.app_id}/{rec.token}", {"content": "line"}))[0] == 200
        assert fake.limits.global_requests == before
        fake.limits.advance(15 * 60 + 1)
        late = await _post(session, fake, f"/webhooks/{fake.app_id}/{rec.token}", {"content": "late"})
        assert late[0] == 401 and late[2]["code"] == 50027


async def test_a_first_response_after_three_seconds_is_refused(fake):
    fake.limits.enabled = True
    ana = fake.add_user("ana")
    msg = fake._store_bot_message(fake.dm_channel_of(ana), {"content": "pick", "components": [
        {"type": 1, "components": [{"type": 2, "custom_id": "x", "label": "x", "style": 1}]}]}, [])
    rec = await fake.click(ana, msg, "x")
    fake.limits.advance(3.5)
    async with aiohttp.ClientSession() as session:
        late = await _post(session, fake, f"/interactions/{rec.id}/{rec.token}/callback", {"type": 6})
    assert late[0] == 404 and late[2]["code"] == 10062


async def test_discord_py_reads_the_headers_and_never_trips_a_channel_bucket(fake, launch):
    fake.limits.enabled = True
    fake.limits._buckets.clear()
    ana = fake.add_user("ana")
    client = await launch(discord.Client(intents=discord.Intents.none(), guild_ready_timeout=0.05))
    user = await client.fetch_user(int(ana["id"]))
    channel = await user.create_dm()
    for i in range(6):  # the sixth waits for the bucket's reset, as the headers said
        await channel.send(f"line {i}")
    assert len(fake.messages_to(ana)) == 6
    assert fake.limits.route_429 == 0
