"""Faults the Bot API double can inject: what Telegram does on a bad day.

A `FaultPlan` holds rules; each incoming call takes the first rule that matches its method and
is still live (a number of hits left, or a time window not yet over). The double then answers
429 with `retry_after`, 502 Bad Gateway, stalls past the bot's timeout, drops the connection
before serving the call or after it (the answer lost), and records every fault it served so
a test can prove the fault really happened.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

Params = dict[str, Any]


class FaultKind(StrEnum):
    """What the double does instead of answering normally."""

    FLOOD = "429"  # 429 Too Many Requests with parameters.retry_after
    BAD_GATEWAY = "502"  # Telegram's front end without a backend: an HTML 502 page
    SLOW = "slow"  # stall `delay` seconds; a caller that gave up meanwhile is not served
    DROP = "drop"  # close the connection without an answer, before serving the call
    LOST = "lost"  # serve the call, then close the connection: the answer never arrives


@dataclass(slots=True)
class Fault:
    """One rule: `kind` for calls of `method`, `times` hits or until `until` (monotonic)."""

    method: str
    kind: FaultKind
    times: int | None = 1
    until: float | None = None
    retry_after: int = 1
    delay: float = 0.0
    when: Callable[[Params], bool] | None = None  # only calls whose parameters match

    def live(self, now: float) -> bool:
        if self.until is not None:
            return now < self.until
        return self.times is None or self.times > 0

    def matches(self, method: str, params: Params, now: float) -> bool:
        if self.method not in (method, "*") or not self.live(now):
            return False
        return self.when is None or self.when(params)


@dataclass(slots=True)
class FaultPlan:
    """The rules in force, and a log of every fault served as (method, kind)."""

    rules: list[Fault] = field(default_factory=list)
    served: list[tuple[str, FaultKind]] = field(default_factory=list)

    def add(
        self,
        method: str,
        kind: FaultKind,
        *,
        times: int = 1,
        retry_after: int = 1,
        delay: float = 0.0,
        when: Callable[[Params], bool] | None = None,
    ) -> Fault:
        """Serve `kind` to the next `times` calls of `method` ("*" for any method)."""
        fault = Fault(method, kind, times, None, retry_after, delay, when)
        self.rules.append(fault)
        return fault

    def window(self, method: str, kind: FaultKind, seconds: float, delay: float = 0.0) -> Fault:
        """Serve `kind` to every call of `method` for the next `seconds`."""
        until = time.monotonic() + seconds
        fault = Fault(method, kind, times=None, until=until, delay=delay)
        self.rules.append(fault)
        return fault

    def take(self, method: str, params: Params) -> Fault | None:
        """The fault this call gets, if any; counts the hit."""
        now = time.monotonic()
        for fault in self.rules:
            if fault.matches(method, params, now):
                if fault.times is not None and fault.until is None:
                    fault.times -= 1
                self.served.append((method, fault.kind))
                return fault
        return None

    def count(self, method: str, kind: FaultKind | None = None) -> int:
        """How many faults were served to `method` (of `kind`, if given)."""
        return sum(1 for m, k in self.served if m == method and kind in (None, k))

    def spent(self) -> bool:
        """Every counted rule used up and every window over."""
        now = time.monotonic()
        return not any(fault.live(now) for fault in self.rules)
