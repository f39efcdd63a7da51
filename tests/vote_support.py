"""Helpers of the class-vote tests: a running server on 127.0.0.1 and plain HTTP requests to it."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
from typing import Any

from simulator.vote import VoteServer
from simulator.vote.board import VoteOption

OPTIONS = [VoteOption("open-ask", "What makes it hard?"), VoteOption("open-listen", "(Silence.)")]


def request(server: VoteServer, path: str, body: bytes | None = None) -> tuple[int, Any]:
    """GET `path` (or POST `body` to it) and return the status and the decoded JSON (or raw bytes)."""
    headers = {"Content-Type": "application/json"} if body is not None else {}
    req = urllib.request.Request(server.short_url + path, data=body, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            status, raw = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, raw = error.code, error.read()
    try:
        return status, json.loads(raw)
    except ValueError:
        return status, raw


def vote(server: VoteServer, device: str, option: str, code: str | None = None) -> tuple[int, Any]:
    """POST one vote."""
    payload = {"code": server.board.code if code is None else code, "device": device, "option": option}
    return request(server, "/api/vote", json.dumps(payload).encode())


def raw_request(server: VoteServer, request_line: str) -> int:
    """Send `request_line` exactly as written (no client normalises the path) and return the status code."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as connection:
        connection.sendall(f"{request_line}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        head = connection.recv(64).decode("latin-1")
    return int(head.split()[1])
