"""Start real SPARQL servers on free loopback ports and stop them: ``policykg serve``, the PyPI
``oxigraph`` server and Debian's Virtuoso, for the tests and the benchmarks alike.

Virtuoso runs from a private ini in a folder of the caller's (database, log, ports on
127.0.0.1), with the traps of Debian's 7.2.5 handled: a fresh database answers only after a few
seconds, it starts with the password ``dba``/``dba`` (changed here before anything is loaded),
and Debian's configuration caps answers at 10,000 rows and refuses queries it estimates costly
(both raised here).
"""

from __future__ import annotations

import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, replace
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Iterator, Mapping

from rdflib import Graph
from rdflib.term import Node

from graph.sparql import query
from graph.sparql.remote import with_prefixes
from graph.sparql.run import LocalGraph, QueryResult
from graph.sparql.terms import with_values

ROOT = Path(__file__).resolve().parents[1]
VIRTUOSO = "virtuoso-t"
ISQL = "isql-vt"
VIRTUOSO_ROOT = Path("/var/lib/virtuoso-opensource-7/vsp")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {seconds:g} s")


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def policykg_server(graph: Path, *options: str) -> Iterator[str]:
    """``python -m graph.sparql serve`` on port 0; yields its /sparql URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "graph.sparql", "serve", "--graph", str(graph), "--port", "0", *options],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        line = process.stdout.readline() if process.stdout else ""
        match = re.search(r"http://127\.0\.0\.1:\d+/sparql", line)
        if not match:
            raise RuntimeError(f"policykg serve did not start: {line!r}")
        yield match.group()
    finally:
        _stop(process)


def oxigraph_executable() -> str | None:
    beside = Path(sys.executable).with_name("oxigraph")
    return shutil.which("oxigraph") or (str(beside) if beside.exists() else None)


@contextmanager
def oxigraph_server(location: Path | None = None) -> Iterator[str]:
    """The PyPI ``oxigraph`` server (on disk in ``location``, else in memory); yields its base URL."""
    executable = oxigraph_executable()
    if executable is None:
        raise RuntimeError("the oxigraph server is not installed (pip install oxigraph)")
    port = free_port()
    where = ["--location", str(location)] if location else []
    process = subprocess.Popen([executable, "serve", *where, "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port)
        yield f"http://127.0.0.1:{port}"
    finally:
        _stop(process)


@dataclass(frozen=True)
class Virtuoso:
    """A running Virtuoso: its query URL, its authenticated Graph Store URL, the dba password."""

    sparql: str
    store: str
    password: str
    sql_port: int
    folder: Path

    def isql(self, statement: str) -> str:
        """Run SQL through Virtuoso's client; its output (a failure raises with the error)."""
        done = subprocess.run([ISQL, f"127.0.0.1:{self.sql_port}", "dba", self.password, f"exec={statement}"],
                              capture_output=True, text=True, timeout=600)
        if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
            raise RuntimeError(f"isql {statement!r}: {(done.stdout + done.stderr).strip()[-500:]}")
        return done.stdout

    def bulk_load(self, file: Path, graph_iri: str) -> None:
        """Load an N-Triples file into a named graph with Virtuoso's bulk loader. The loader says
        Done and exits 0 even for a broken file, so its error column is read back."""
        inbox = self.folder / "load"
        shutil.rmtree(inbox, ignore_errors=True)
        inbox.mkdir()
        shutil.copyfile(file, inbox / "graph.nt")
        self.isql("DELETE FROM DB.DBA.LOAD_LIST;")
        self.isql(f"ld_dir('{inbox.resolve()}', 'graph.nt', '{graph_iri}'); rdf_loader_run(); checkpoint;")
        errors = self.isql("SELECT ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;")
        if "\n0 Rows." not in errors:
            found = [line.strip() for line in errors.splitlines() if "loader" in line]
            raise RuntimeError(f"Virtuoso could not load {file}: {found[0] if found else errors.strip()[-300:]}")


def virtuoso_missing() -> str | None:
    """Why Virtuoso cannot be started here, or None."""
    for program in (VIRTUOSO, ISQL):
        if shutil.which(program) is None:
            return f"{program} is not installed (apt-get install virtuoso-opensource)"
    return None


def virtuoso_ini(folder: Path, sql_port: int, http_port: int) -> str:
    db = folder.resolve()
    return f"""[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = ., {db}
NumberOfBuffers = 40000
MaxDirtyBuffers = 30000
ThreadsPerQuery = 2
CheckpointInterval = 0

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {VIRTUOSO_ROOT}
ServerThreads = 10
MaxClientConnections = 10

[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = 600
"""


@contextmanager
def virtuoso_server(folder: Path, startup_seconds: float = 90) -> Iterator[Virtuoso]:
    """Virtuoso on two free loopback ports with its database in ``folder``; the dba password is
    replaced by a random one before the caller gets it."""
    sql_port, http_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(virtuoso_ini(folder, sql_port, http_port), encoding="utf-8")
    process = subprocess.Popen([VIRTUOSO, "+configfile", str(ini), "+foreground"], cwd=folder,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        server = Virtuoso(f"http://127.0.0.1:{http_port}/sparql",
                          f"http://127.0.0.1:{http_port}/sparql-graph-crud-auth", "dba", sql_port, folder)
        deadline = time.monotonic() + startup_seconds
        while True:  # a fresh database takes seconds before its SQL client is answered
            try:
                server.isql("status();")
                break
            except RuntimeError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"Virtuoso did not start; see {folder / 'virtuoso.log'}") from None
                time.sleep(0.3)
        password = secrets.token_hex(12)
        server.isql(f"USER_SET_PASSWORD('dba', '{password}');")
        server = replace(server, password=password)
        wait_for_port(http_port)
        yield server
    finally:
        _stop(process)


class _Captured:
    """A query target on the local graph that keeps the last query text it ran, bound."""

    def __init__(self, graph: Graph) -> None:
        self.local = LocalGraph(graph)
        self.text = ""

    def execute(self, text: str, bindings: Mapping[str, Node], limit: int | None) -> QueryResult:
        self.text = with_prefixes(with_values(text, bindings))
        return self.local.execute(text, bindings, limit)


def bound_text(graph: Graph, name: str, params: Mapping[str, str] | None) -> str:
    """A library question's text as a server is sent it: parameters bound as VALUES (labels
    resolved on ``graph``), prefixes declared, so every server does the same work."""
    captured = _Captured(graph)
    query(captured, name, params)
    return captured.text


def answer_rows(url: str, text: str, timeout: float = 600) -> int:
    """Ask a SPARQL endpoint for TSV (the cheapest format every server writes); the row count."""
    body = urllib.parse.urlencode({"query": text}).encode()
    request = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "text/tab-separated-values"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.read().count(b"\n") - 1


def load_oxigraph(base: str, export: Path) -> None:
    """POST an N-Triples export into a running ``oxigraph serve``'s default graph."""
    with export.open("rb") as body:
        request = urllib.request.Request(f"{base}/store?default", data=body, method="POST", headers={
            "Content-Type": "application/n-triples", "Content-Length": str(export.stat().st_size)})
        with urllib.request.urlopen(request, timeout=3600) as response:
            response.read()
