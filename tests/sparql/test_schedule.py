"""Slots handed out fairly between clients, on a scheduler alone (no server)."""

from __future__ import annotations

import threading
import time

import pytest

from graph.sparql.schedule import Busy, Scheduler


def hold(scheduler: Scheduler, client: str, release: threading.Event, log: list[str]) -> None:
    with scheduler.slot(client):
        log.append(client)
        release.wait(5)


def test_one_client_gets_its_share_and_the_rest_go_to_others() -> None:
    scheduler, release, log = Scheduler(workers=2, queue=4, share=1, wait=5), threading.Event(), []
    threads = [threading.Thread(target=hold, args=(scheduler, c, release, log)) for c in ("a", "a", "b")]
    for thread in threads:
        thread.start()
        time.sleep(0.05)
    assert log == ["a", "b"]  # a's second query waits although it came before b's
    release.set()
    for thread in threads:
        thread.join(5)
    assert log == ["a", "b", "a"]


def test_a_full_queue_and_a_long_wait_are_busy() -> None:
    scheduler, release, log = Scheduler(workers=1, queue=1, share=1, wait=0.3), threading.Event(), []
    first = threading.Thread(target=hold, args=(scheduler, "a", release, log))
    second = threading.Thread(target=lambda: pytest.raises(Busy, hold, scheduler, "b", release, log))
    first.start()
    time.sleep(0.05)
    second.start()
    time.sleep(0.05)
    with pytest.raises(Busy, match="queries are waiting") as full:
        hold(scheduler, "c", release, log)
    assert full.value.retry_after == 1
    second.join(5)  # b waited 0.3 s and was told to retry
    release.set()
    first.join(5)
    assert log == ["a"]
