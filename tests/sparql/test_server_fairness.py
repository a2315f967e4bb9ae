"""No client can starve the others: runaway queries, a full queue, slow-loris connections,
options no server could run with. Every loop here is bounded in count and time."""

from __future__ import annotations

import socket
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from servers import ask, policykg_server

from graph.sparql.cli import main

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
TRIVIAL = "ASK { ?s ?p ?o }"


def timed(url: str, text: str, source: str) -> tuple[int, float, dict[str, str]]:
    start = time.monotonic()
    status, headers, _ = ask(url, text, source=source)
    return status, time.monotonic() - start, headers


def test_four_runaway_queries_leave_room_for_a_trivial_one(kg_file: Path) -> None:
    with policykg_server(kg_file, "--workers", "4", "--timeout", "3") as url, ThreadPoolExecutor(5) as pool:
        runaways = [pool.submit(timed, url, RUNAWAY, "127.0.0.1") for _ in range(4)]
        time.sleep(0.5)  # the runaways hold their client's share of the slots, the rest wait
        status, seconds, _ = timed(url, TRIVIAL, "127.0.0.2")
        assert status == 200 and seconds < 1.0
        assert [f.result()[0] for f in runaways] == [503] * 4  # stopped at the time limit, or never given a slot


def test_a_full_queue_is_answered_503_with_retry_after_at_once(kg_file: Path) -> None:
    options = ("--workers", "1", "--queue", "1", "--timeout", "2")
    with policykg_server(kg_file, *options) as url, ThreadPoolExecutor(2) as pool:
        running = pool.submit(timed, url, RUNAWAY, "127.0.0.1")
        time.sleep(0.3)
        waiting = pool.submit(timed, url, RUNAWAY, "127.0.0.2")
        time.sleep(0.3)
        status, seconds, headers = timed(url, TRIVIAL, "127.0.0.3")
        assert (status, headers["Retry-After"]) == (503, "2") and seconds < 1.0
        assert running.result()[0] == 503 and waiting.result()[0] == 503


def slow_loris(url: str, source: str, body: bool) -> socket.socket:
    """A connection that sends half a request and then one byte every so often."""
    parts = urllib.parse.urlsplit(url)
    sock = socket.create_connection((parts.hostname, parts.port), timeout=5, source_address=(source, 0))
    head = f"POST {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
    if body:
        head += "Content-Type: application/sparql-query\r\nContent-Length: 100\r\n\r\nASK {"
    sock.sendall(head.encode())
    return sock


def closed_by_server(sock: socket.socket, within: float) -> bool:
    """True when the server ends the connection (EOF or reset) before ``within`` seconds, though the
    client keeps trickling bytes."""
    deadline = time.monotonic() + within
    sock.settimeout(0.2)
    while time.monotonic() < deadline:
        try:
            sock.sendall(b"X")
            if sock.recv(4096) == b"":
                return True
        except TimeoutError:
            continue
        except OSError:  # reset, or a broken pipe on the next byte
            return True
    return False


def test_slow_loris_connections_are_closed_and_others_are_served(kg_file: Path) -> None:
    with policykg_server(kg_file, "--read-timeout", "1") as url:
        started = time.monotonic()
        held = [slow_loris(url, "127.0.0.4", body=n % 2 == 0) for n in range(40)]
        status, seconds, _ = timed(url, TRIVIAL, "127.0.0.1")
        assert status == 200 and seconds < 1.0
        assert all(closed_by_server(sock, within=4.0) for sock in held)
        assert time.monotonic() - started < 6.0
        for sock in held:
            sock.close()


def test_one_client_cannot_take_every_connection(kg_file: Path) -> None:
    with policykg_server(kg_file, "--max-connections", "40", "--read-timeout", "5") as url:
        held = [slow_loris(url, "127.0.0.5", body=False) for _ in range(10)]  # its quarter of 40
        status, headers, body = ask(url, TRIVIAL, source="127.0.0.5")
        assert status == 503 and b"too many connections" in body and "Retry-After" in headers
        assert ask(url, TRIVIAL, source="127.0.0.6")[0] == 200
        for sock in held:
            sock.close()


def test_options_no_server_could_run_with_are_refused_in_one_line(kg_file: Path, capsys: pytest.CaptureFixture) -> None:
    cases = {("--workers", "0"): "--workers must be at least 1, not 0",
             ("--timeout", "-1"): "--timeout must be more than 0, not -1",
             ("--workers", "2", "--client-share", "3"): "--client-share (3) cannot exceed --workers (2)",
             ("--queue", "-5"): "--queue must be at least 0, not -5",
             ("--port", "70000"): "--port must be 0 to 65535, not 70000"}
    for options, message in cases.items():
        code = main(["serve", "--port", "0", "--graph", str(kg_file), *options])
        assert (code, *capsys.readouterr()) == (2, "", f"policykg: error: {message}\n"), options
