"""The vote server over real HTTP on 127.0.0.1: the API, the hostile requests, the rate limit, and the port."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import pytest
from vote_support import OPTIONS, raw_request, request, vote

from simulator.vote import RateLimit, VoteBoard, VoteServer
from simulator.vote.server import MAX_BODY


@pytest.fixture
def server() -> Iterator[VoteServer]:
    """A running server with an open turn (the default rate limit)."""
    board = VoteBoard()
    board.open_turn(1, "I don't know yet.", OPTIONS, "en")
    running = VoteServer(board, "127.0.0.1", 0)
    running.start()
    yield running
    running.stop()


def test_state_and_vote_follow_the_api(server: VoteServer) -> None:
    """GET /api/state gives turn, open, options and votes; a vote counts; the tally appears once closed."""
    code = server.board.code
    status, state = request(server, f"/api/state?code={code}")
    assert status == 200
    assert {key: state[key] for key in ("turn", "open", "votes")} == {"turn": 1, "open": True, "votes": 0}
    assert state["options"] == [{"id": o.id, "text": o.text} for o in OPTIONS]
    assert "tally" not in state
    assert vote(server, "phone-000001", "open-listen")[0] == 200
    assert vote(server, "phone-000002", "open-listen")[0] == 200
    assert vote(server, "phone-000002", "open-ask")[0] == 200
    server.board.close()
    status, state = request(server, f"/api/state?code={code}")
    assert state["tally"] == {"open-ask": 1, "open-listen": 1}
    assert (state["open"], state["votes"]) == (False, 2)


def test_hostile_requests_get_the_right_refusal(server: VoteServer) -> None:
    """Wrong code 403, unknown option / malformed JSON / closed vote 400, oversized body 413."""
    code = server.board.code
    assert request(server, "/api/state?code=AAAAA") == (403, {"error": "forbidden"})
    assert request(server, "/api/state") == (403, {"error": "forbidden"})
    assert vote(server, "phone-000001", "open-ask", code="AAAAA") == (403, {"error": "forbidden"})
    assert vote(server, "phone-000001", "no-such-option")[0] == 400
    assert request(server, "/api/vote", b"{not json")[0] == 400
    assert request(server, "/api/vote", b"[1, 2]")[0] == 400
    assert request(server, "/api/vote", b"\xff\xfe")[0] == 400
    big = json.dumps({"code": code, "device": "phone-000001", "option": "open-ask", "pad": "x" * MAX_BODY}).encode()
    assert request(server, "/api/vote", big)[0] == 413
    server.board.close()
    assert vote(server, "phone-000001", "open-ask")[0] == 400
    assert sum(server.board.close().values()) == 0


def test_an_oversized_body_without_a_length_is_refused(server: VoteServer) -> None:
    """A chunked body that grows past the limit is cut off with 413, not read to the end."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as connection:
        head = "POST /api/vote HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        chunk = b"x" * 2048
        connection.sendall(head.encode() + b"".join(b"800\r\n" + chunk + b"\r\n" for _ in range(4)) + b"0\r\n\r\n")
        answer = connection.recv(64).decode("latin-1")
    assert answer.split()[1] == "413"


@pytest.mark.parametrize(
    "line",
    [
        "GET /../../etc/passwd HTTP/1.1",
        "GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1",
        "GET /vote.js/../../../etc/passwd HTTP/1.1",
        "GET //etc/passwd HTTP/1.1",
        "GET /page/index.html HTTP/1.1",
        "GET /server.py HTTP/1.1",
        "GET /..%2fserver.py HTTP/1.1",
        "GET /api/../board.py HTTP/1.1",
    ],
)
def test_paths_outside_the_page_are_not_found(server: VoteServer, line: str) -> None:
    """No request path reaches a file: traversal attempts and the package's own files get 404."""
    assert raw_request(server, line) == 404


def test_the_page_is_served_with_a_strict_policy(server: VoteServer) -> None:
    """The page, its script and style are served, each with a content policy that allows only this server."""
    import urllib.request

    for path, kind in (("/", "text/html"), ("/vote.js", "text/javascript"), ("/vote.css", "text/css")):
        with urllib.request.urlopen(server.short_url + path, timeout=10) as response:
            assert response.headers.get_content_type() == kind
            assert "default-src 'none'" in response.headers["Content-Security-Policy"]
            assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_a_client_over_its_rate_gets_429() -> None:
    """Past its burst, a client is refused with 429 until its bucket refills; then it is served again."""
    board = VoteBoard()
    board.open_turn(1, "Hm.", OPTIONS, "en")
    server = VoteServer(board, "127.0.0.1", 0, rate_limit=RateLimit(per_second=5, burst=10))
    server.start()
    try:
        statuses = [request(server, f"/api/state?code={board.code}")[0] for _ in range(25)]
        assert statuses[:10] == [200] * 10
        assert statuses.count(429) >= 10
        import time

        time.sleep(0.5)
        assert request(server, f"/api/state?code={board.code}")[0] == 200
    finally:
        server.stop()


def test_stop_closes_the_port() -> None:
    """After stop, nothing listens on the port any more, and the server can start again."""
    server = VoteServer(VoteBoard(), "127.0.0.1", 0)
    url = server.start()
    port = server.port
    assert url == f"http://127.0.0.1:{port}/?code={server.board.code}"
    server.stop()
    assert not server.running
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass
    server.start()
    try:
        assert request(server, f"/api/state?code={server.board.code}")[0] == 200
    finally:
        server.stop()


def test_a_taken_port_is_reported_as_an_error() -> None:
    """Starting on a port already in use raises OSError with the reason, and leaves no thread behind."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        server = VoteServer(VoteBoard(), "127.0.0.1", taken.getsockname()[1])
        with pytest.raises(OSError):
            server.start()
        assert not server.running
