"""Interactions in the fake Discord: the record of one, and how callbacks and followups are applied."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import fake_payloads as p

if TYPE_CHECKING:
    from .fake_discord import FakeDiscord


@dataclass
class InteractionRecord:
    """One interaction the fake sent, and everything the bot answered to it."""

    payload: dict
    responses: list[dict] = field(default_factory=list)  # callback bodies ({type, data})
    original: dict | None = None  # message created/updated by the callback
    followups: list[dict] = field(default_factory=list)
    edits: list[dict] = field(default_factory=list)  # PATCH bodies on @original / followups
    modal: dict | None = None
    created: float = 0.0  # when it was dispatched, on the fake's limits clock (for the 3 s and 15 min windows)
    refused: bool = False  # Discord refused the command (permissions): it never reached the bot

    @property
    def id(self) -> str:
        """The interaction id."""
        return self.payload["id"]

    @property
    def token(self) -> str:
        """The interaction token."""
        return self.payload["token"]

    @property
    def response_type(self) -> int | None:
        """The first callback's type (4 message, 5 defer, 6 deferred update, 7 update, 9 modal)."""
        return self.responses[0].get("type") if self.responses else None

    @property
    def answered(self) -> bool:
        """True once a callback was posted."""
        return bool(self.responses)


def answer(fake: FakeDiscord, rec: InteractionRecord, body: dict, files: list[dict]) -> dict:
    """Apply a callback and build the InteractionCallbackResponse discord.py expects."""
    rec.responses.append(body)
    kind, data = body.get("type"), body.get("data") or {}
    ch = fake.channels[rec.payload["channel_id"]]
    resource: dict[str, Any] = {"type": kind}
    if kind in (4, 5):
        flags = (data.get("flags") or 0) | (128 if kind == 5 else 0)
        rec.original = fake._store_bot_message(ch, dict(data, flags=flags), files, via="interaction",
                                               interaction_metadata=metadata(rec))
    elif kind in (6, 7) and "message" in rec.payload:
        rec.original = fake.messages[rec.payload["message"]["id"]]
        if kind == 7:
            fake._edit_message(rec.original, data, files)
    elif kind == 9:
        rec.modal = data
    if rec.original is not None and kind != 6:
        resource["message"] = p.public(rec.original)
    flags = (rec.original or {}).get("flags") or 0
    meta = {"id": rec.id, "type": rec.payload["type"], "response_message_loading": kind == 5,
            "response_message_ephemeral": bool(flags & 64)}
    if rec.original is not None:
        meta["response_message_id"] = rec.original["id"]
    return {"interaction": meta, "resource": resource}


def followup(fake: FakeDiscord, rec: InteractionRecord, body: dict, files: list[dict]) -> dict:
    """A followup message through the interaction webhook (the first after a defer fills the original)."""
    if rec.original is not None and (rec.original.get("flags") or 0) & 128:
        rec.edits.append(body)
        return p.public(fake._edit_message(rec.original, body, files))
    ch = fake.channels[rec.payload["channel_id"]]
    msg = fake._store_bot_message(ch, body, files, via="followup", webhook_id=fake.app_id,
                                  interaction_metadata=metadata(rec))
    rec.followups.append(msg)
    return p.public(msg)


def metadata(rec: InteractionRecord) -> dict:
    """The interaction_metadata Discord puts on response messages."""
    pl = rec.payload
    meta = {"id": pl["id"], "type": pl["type"], "user": pl.get("user") or pl["member"]["user"],
            "authorizing_integration_owners": pl["authorizing_integration_owners"]}
    if "message" in pl:
        meta["interacted_message_id"] = pl["message"]["id"]
    return meta


def find_component(rows: list[dict], custom_id: str) -> dict | None:
    """The component with this custom_id, searched through rows and containers."""
    for comp in rows:
        if comp.get("custom_id") == custom_id:
            return comp
        inner = find_component(comp.get("components", []) + ([comp["accessory"]] if comp.get("accessory") else []),
                                custom_id)
        if inner is not None:
            return inner
    return None


def option(name: str, value: Any, cmd: dict | None) -> dict:
    """A slash-command option, typed from the synced definition when there is one."""
    spec = next((o for o in (cmd or {}).get("options", []) if o["name"] == name), None)
    if spec is not None:
        kind = spec["type"]
    else:
        kind = 5 if isinstance(value, bool) else 4 if isinstance(value, int) else 10 if isinstance(value, float) else 3
    return {"name": name, "type": kind, "value": value}
