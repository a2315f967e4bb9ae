"""Who runs next: a fixed number of worker slots, a bounded queue in front of them, and a
per-client share, so one client's slow queries cannot hold every slot.

When a slot frees, the waiting request of the client with the fewest running queries goes
first (arrival order breaks ties); a request that finds the queue full, or waits longer than
it may, is turned away with a time to retry.
"""

from __future__ import annotations

import itertools
import math
import threading
import time
from collections import Counter
from contextlib import contextmanager
from typing import Iterator


class Busy(Exception):
    """No slot could be given; ``retry_after`` is a fair guess in whole seconds."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Scheduler:
    """Slots handed out fairly between clients (one client = one address)."""

    def __init__(self, workers: int, queue: int, share: int, wait: float) -> None:
        self.workers, self.queue, self.share, self.wait = workers, queue, share, wait
        self._free = workers
        self._running: Counter[str] = Counter()
        self._waiting: list[tuple[int, str]] = []
        self._tickets = itertools.count()
        self._changed = threading.Condition()

    @property
    def retry_after(self) -> int:
        """Seconds until a slot is likely free: a slot is held at most ``wait`` seconds."""
        return max(1, math.ceil(self.wait / self.workers))

    def _next(self) -> int | None:
        """The ticket that may take a free slot now, or None."""
        if self._free == 0:
            return None
        eligible = [(self._running[client], ticket) for ticket, client in self._waiting
                    if self._running[client] < self.share]
        return min(eligible)[1] if eligible else None

    def _admit(self, client: str) -> int:
        ticket = next(self._tickets)
        self._waiting.append((ticket, client))
        if self._next() == ticket:
            return ticket
        queued = sum(c == client for _, c in self._waiting)
        if len(self._waiting) > self.queue or queued > max(1, math.ceil(self.queue / 2)):
            self._waiting.remove((ticket, client))
            raise Busy(f"the server is busy: {len(self._waiting)} queries are waiting; try again", self.retry_after)
        return ticket

    @contextmanager
    def slot(self, client: str) -> Iterator[None]:
        """Hold one slot for ``client`` while the block runs; raises Busy if none comes in time."""
        deadline = time.monotonic() + self.wait
        with self._changed:
            ticket = self._admit(client)
            try:
                while self._next() != ticket:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        raise Busy(f"the server is busy: no slot came free in {self.wait:g} s; try again",
                                   self.retry_after)
                    self._changed.wait(left)
            finally:
                self._waiting.remove((ticket, client))
                self._changed.notify_all()  # the next ticket may be eligible now
            self._free -= 1
            self._running[client] += 1
        try:
            yield
        finally:
            with self._changed:
                self._free += 1
                self._running[client] -= 1
                if not self._running[client]:
                    del self._running[client]
                self._changed.notify_all()
