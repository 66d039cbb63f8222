"""Discord's documented rate limits and interaction timing, enforced by the fake Discord when switched on.

What is enforced (see ../shared/research/discord-limits.md; the per-route numbers are the fake's choice,
since Discord publishes only the headers, not the numbers, and clients must read the headers):

- a global limit of `global_per_s` requests in any one second on bot-token routes; past it, a 429 with
  `retry_after`, `"global": true` and `X-RateLimit-Scope: global`. Interaction callbacks and the webhook
  routes that carry an interaction token (followups, edits of the original or of a followup) are exempt.
- per-route buckets keyed by the route and its top-level resource (a channel, a webhook token), each
  answered with `X-RateLimit-Bucket`, `-Limit`, `-Remaining`, `-Reset`, `-Reset-After`; past a bucket,
  a 429 with `X-RateLimit-Scope: user`.
- an interaction's first callback within 3 s of its creation (later: 404, 10062 Unknown interaction), and
  only one (a second: 400, 40060); its token works for webhook routes for 15 minutes (later: 401, 50027).

For the capacity bench, `scale` shrinks the world (the global limit is `global_per_s / scale`; the bench
shrinks its crowd by the same factor) and `speed` runs time faster (the global limit is multiplied by it
and the per-route buckets' periods divided by it, as the bench divides its pauses). The interaction
windows (3 s, 15 minutes) stay as Discord has them.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

CALLBACK = re.compile(r"^/interactions/\d+/[^/]+/callback$")
WEBHOOK = re.compile(r"^/webhooks/(?P<app>\d+)/(?P<token>[^/]+)(?:/messages/[^/]+)?$")
FIRST_RESPONSE_S = 3.0
TOKEN_TTL_S = 15 * 60.0

# (method, path pattern, limit, period in seconds): one bucket per route and top-level resource.
ROUTE_BUCKETS: tuple[tuple[str, re.Pattern[str], int, float], ...] = (
    ("POST", re.compile(r"^/channels/(?P<major>\d+)/messages$"), 5, 5.0),
    ("PATCH", re.compile(r"^/channels/(?P<major>\d+)/messages/\d+$"), 5, 5.0),
    ("POST", re.compile(r"^/channels/(?P<major>\d+)/typing$"), 5, 5.0),
    ("POST", re.compile(r"^/users/@me/channels$"), 10, 1.0),
    ("POST", re.compile(r"^/webhooks/\d+/(?P<major>[^/]+)$"), 5, 2.0),
    ("PATCH", re.compile(r"^/webhooks/\d+/(?P<major>[^/]+)/messages/[^/]+$"), 5, 2.0),
)


def global_exempt(method: str, path: str) -> bool:
    """Interaction callbacks and interaction-token webhook routes are not bound to the global limit."""
    return bool(CALLBACK.match(path) or WEBHOOK.match(path))


@dataclass
class _Bucket:
    limit: int
    period: float
    started: float = 0.0
    used: int = 0


@dataclass
class Verdict:
    """What the limits say about one request: a 429 (with its body and headers), or headers to add."""

    status: int = 200
    body: dict | None = None
    headers: dict[str, str] = field(default_factory=dict)


class Limits:
    """The fake's rate limits; off unless `enabled`. Counts every request against the global limit it costs."""

    def __init__(self, enabled: bool = False, global_per_s: float = 50.0, scale: float = 1.0,
                 speed: float = 1.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.enabled = enabled
        self.scale, self.speed = scale, speed
        self.global_limit = max(1, int(global_per_s * speed / scale))
        self.clock = clock
        self.offset = 0.0  # seconds added to the clock: tests let time pass without waiting
        self._recent: deque[float] = deque()  # times of global-limited requests in the last second
        self._buckets: dict[tuple[str, str], _Bucket] = {}
        self.global_requests = 0  # requests that counted against the global limit (limits on or off)
        self.global_429 = 0
        self.route_429 = 0
        self.invalid = 0  # 401, 403 and 429 answers, which Discord counts towards a temporary ban
        self.peak_per_s = 0  # the most global-limited requests seen within one second

    def now(self) -> float:
        return self.clock() + self.offset

    def advance(self, seconds: float) -> None:
        """Let `seconds` pass for interaction windows, tokens and buckets."""
        self.offset += seconds

    def check(self, method: str, path: str) -> Verdict:
        """Count one request and say whether it goes through."""
        now = self.now()
        counted = not global_exempt(method, path)
        if counted:
            self.global_requests += 1
            while self._recent and now - self._recent[0] >= 1.0:
                self._recent.popleft()
        if not self.enabled:
            return Verdict()
        if counted:
            if len(self._recent) >= self.global_limit:
                self.global_429 += 1
                self.invalid += 1
                retry = round(max(0.001, 1.0 - (now - self._recent[0])), 3)
                return Verdict(429, {"message": "You are being rate limited.", "retry_after": retry, "global": True},
                               {"Retry-After": str(retry), "X-RateLimit-Global": "true",
                                "X-RateLimit-Scope": "global", "Via": "1.1 google"})
            self._recent.append(now)
            self.peak_per_s = max(self.peak_per_s, len(self._recent))
        return self._route(method, path, now)

    def _route(self, method: str, path: str, now: float) -> Verdict:
        for verb, pattern, limit, period in ROUTE_BUCKETS:
            match = pattern.match(path) if verb == method else None
            if match is None:
                continue
            name = f"{verb} {pattern.pattern}"
            bucket = self._buckets.setdefault((name, match["major"] if "major" in pattern.groupindex else ""),
                                              _Bucket(limit, period / self.speed))
            if now - bucket.started >= bucket.period:
                bucket.started, bucket.used = now, 0
            reset_after = round(bucket.started + bucket.period - now, 3)
            headers = {"X-RateLimit-Bucket": hashlib.sha1(name.encode()).hexdigest()[:16],
                       "X-RateLimit-Limit": str(limit), "X-RateLimit-Reset-After": str(reset_after),
                       "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}"}
            if bucket.used >= limit:
                self.route_429 += 1
                self.invalid += 1
                headers |= {"X-RateLimit-Remaining": "0", "X-RateLimit-Scope": "user", "Via": "1.1 google",
                            "Retry-After": str(reset_after)}
                return Verdict(429, {"message": "You are being rate limited.", "retry_after": reset_after,
                                     "global": False}, headers)
            bucket.used += 1
            headers["X-RateLimit-Remaining"] = str(limit - bucket.used)
            return Verdict(headers=headers)
        return Verdict()

    def callback_refused(self, created: float, answered: bool) -> tuple[int, int, str] | None:
        """Why an interaction callback is refused (status, code, message), or None."""
        if not self.enabled:
            return None
        if answered:
            return 400, 40060, "Interaction has already been acknowledged."
        if self.now() - created > FIRST_RESPONSE_S:
            return 404, 10062, "Unknown interaction"
        return None

    def webhook_refused(self, created: float, answered: bool) -> tuple[int, int, str] | None:
        """Why an interaction-token webhook call is refused, or None."""
        if not self.enabled:
            return None
        if not answered:
            return 404, 10015, "Unknown Webhook"
        if self.now() - created > TOKEN_TTL_S:
            self.invalid += 1
            return 401, 50027, "Invalid Webhook Token"
        return None
