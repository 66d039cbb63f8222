"""The caring crisis reply and helplines by region, loaded and validated from crisis.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from bot.content import ContentError, ContentInvalid, line_of, read_yaml

REGIONS: tuple[str, ...] = ("us", "ca", "uk", "ie", "au", "intl", "all")
PLACES: tuple[str, ...] = REGIONS[:-1]  # every region except the combined "all"
MAX_MESSAGE = 2000
MAX_REPLY_LINES = 2  # reply lines + resources + closing stays within 2-4 messages


@dataclass(frozen=True, slots=True)
class Region:
    """Helplines for one place."""

    name: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class CrisisContent:
    """The crisis reply: caring words, helplines for a region, and the offer to stay paused."""

    reply: tuple[str, ...]
    resources_intro: str
    emergency: str
    closing: str
    regions: Mapping[str, Region]
    combined: tuple[str, ...]
    default_region: str = "all"

    def resources(self, region: str = "all") -> str:
        """The helplines for `region` as one message; an unknown region gets the default."""
        if region not in REGIONS:
            region = self.default_region
        if region == "all":
            lines = [f"**{self.regions[p].name}**: {line}" for p in self.combined for line in self.regions[p].lines]
        else:
            lines = list(self.regions[region].lines)
            if region != "intl":  # someone may be travelling or have set the wrong region
                lines += list(self.regions["intl"].lines)
        return "\n".join([self.resources_intro, *(f"- {line}" for line in lines), self.emergency])

    def messages(self, region: str = "all") -> list[str]:
        """The whole crisis reply as 2-4 short messages, helplines chosen by `region`."""
        return [*self.reply, self.resources(region), self.closing]


def _text(data: Mapping, key: str, file: str, errors: list[ContentError], node: str = "") -> str:
    """Fetch one required non-empty string, recording a problem if it is missing."""
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        errors.append(ContentError(file, line_of(data, 1), node or key, f"`{key}` must be a non-empty string"))
        return ""
    return " ".join(value.split())


def _regions(data: Mapping, file: str, errors: list[ContentError]) -> dict[str, Region]:
    """Read every region's name and helplines."""
    raw = data.get("regions")
    if not isinstance(raw, dict):
        errors.append(ContentError(file, line_of(data, 1), "regions", "`regions` must be a mapping"))
        return {}
    regions: dict[str, Region] = {}
    for code in PLACES:
        entry = raw.get(code)
        node = f"regions.{code}"
        if not isinstance(entry, dict):
            errors.append(ContentError(file, line_of(raw, 1), node, "region is missing"))
            continue
        name = _text(entry, "name", file, errors, node)
        lines = entry.get("lines")
        if not isinstance(lines, list) or not lines or not all(isinstance(x, str) and x.strip() for x in lines):
            errors.append(ContentError(file, line_of(entry, 1), node, "`lines` must be a non-empty list of strings"))
            continue
        regions[code] = Region(name, tuple(x.strip() for x in lines))
    for code in raw:
        if code not in PLACES:
            errors.append(ContentError(file, line_of(raw, 1), f"regions.{code}", f"unknown region (known: {', '.join(PLACES)})"))
    return regions


def load_crisis(path: Path) -> CrisisContent:
    """Read and validate crisis.yaml; raise ContentInvalid naming file, line and node."""
    file = str(path)
    data = read_yaml(Path(path))
    if not isinstance(data, dict):
        raise ContentInvalid([ContentError(file, line_of(data, 1), "", "expected a mapping")])
    errors: list[ContentError] = []
    reply = data.get("reply")
    if not isinstance(reply, list) or not 1 <= len(reply) <= MAX_REPLY_LINES or not all(isinstance(x, str) and x.strip() for x in reply):
        errors.append(ContentError(file, line_of(data, 1), "reply", f"`reply` must be a list of 1-{MAX_REPLY_LINES} strings"))
        reply = []
    texts = {key: _text(data, key, file, errors) for key in ("resources_intro", "emergency", "closing")}
    regions = _regions(data, file, errors)
    combined = data.get("all")
    if not isinstance(combined, list) or not combined or any(c not in PLACES for c in combined):
        errors.append(ContentError(file, line_of(data, 1), "all", f"`all` must list regions from {', '.join(PLACES)}"))
        combined = []
    elif "intl" not in combined or len(combined) < 3:
        errors.append(ContentError(file, line_of(data, 1), "all", "`all` must list several regions and intl"))
    default = data.get("default_region", "all")
    if default not in REGIONS:
        errors.append(ContentError(file, line_of(data, 1), "default_region", f"unknown region {default!r}"))
    if errors:
        raise ContentInvalid(errors)
    content = CrisisContent(
        reply=tuple(" ".join(x.split()) for x in reply),
        regions=MappingProxyType(regions),
        combined=tuple(combined),
        default_region=default,
        **texts,
    )
    for region in REGIONS:
        for i, message in enumerate(content.messages(region)):
            if len(message) > MAX_MESSAGE:
                errors.append(ContentError(file, line_of(data, 1), f"{region} message {i + 1}", f"is {len(message)} characters (at most {MAX_MESSAGE})"))
    if errors:
        raise ContentInvalid(errors)
    return content
