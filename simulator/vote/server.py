"""The vote server: the phone page and the HTTP API, on a thread of its own with its own event loop.

It serves exactly four things: the page (`/`, `/vote.js`, `/vote.css`, read once from the package) and the API
(`GET /api/state`, `POST /api/vote`); no path from a request ever reaches the file system. Every request counts
against its client's rate (429 beyond it), a body is read up to `MAX_BODY` bytes (413 beyond), and a wrong room
code gets the same short 403 whatever else the request says. `start` returns once the port is open (or raises
`OSError`); `stop` closes the port and ends the thread. The UI never waits on a request.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any

from aiohttp import web

from .address import url_host
from .board import VoteBoard, VoteRefused

MAX_BODY = 4 * 1024
"""A vote is about a hundred bytes; anything over a few KiB is refused unread."""
START_TIMEOUT = 10.0

PAGE_FILES = {
    "/": ("index.html", "text/html"),
    "/vote.js": ("vote.js", "text/javascript"),
    "/vote.css": ("vote.css", "text/css"),
}
"""The only files served: request path -> (file in the package's `page` folder, content type)."""

SECURITY_HEADERS = {
    # Only our own script and style; no frames, no images from elsewhere, nothing sent on to other sites.
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass(frozen=True)
class RateLimit:
    """Requests a client (one IP address) may make: `per_second` on average, `burst` at once."""

    per_second: float = 10.0
    burst: int = 30
    clients: int = 4096
    """How many clients are remembered; the least recently seen is forgotten first."""


class RateBuckets:
    """A token bucket per client. Used from the server's event loop only, so it needs no lock."""

    def __init__(self, limit: RateLimit, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def allow(self, client: str) -> bool:
        """Take one token from `client`'s bucket; False when it is empty."""
        now = self.clock()
        tokens, then = self._buckets.pop(client, (float(self.limit.burst), now))
        tokens = min(float(self.limit.burst), tokens + (now - then) * self.limit.per_second)
        allowed = tokens >= 1.0
        self._buckets[client] = (tokens - 1.0 if allowed else tokens, now)
        while len(self._buckets) > self.limit.clients:
            self._buckets.popitem(last=False)
        return allowed


def _error(status: int, reason: str) -> web.Response:
    return web.json_response({"error": reason}, status=status)


def _page_files() -> dict[str, tuple[bytes, str]]:
    folder = resources.files("simulator.vote") / "page"
    return {path: ((folder / name).read_bytes(), kind) for path, (name, kind) in PAGE_FILES.items()}


class VoteServer:
    """Serves `board` to the room's phones at `host`:`port` (port 0: any free port)."""

    def __init__(
        self, board: VoteBoard, host: str = "127.0.0.1", port: int = 0, *, rate_limit: RateLimit | None = None
    ) -> None:
        self.board = board
        self.host = host
        self.port = port
        self.rate_limit = rate_limit or RateLimit()
        self._files = _page_files()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self._failure: BaseException | None = None

    # ---- the address ----------------------------------------------------------------------------------------
    @property
    def short_url(self) -> str:
        """The address to type in: `http://HOST:PORT`."""
        return f"http://{url_host(self.host)}:{self.port}"

    @property
    def url(self) -> str:
        """The address with the room code, as the QR code carries it."""
        return f"{self.short_url}/?code={self.board.code}"

    @property
    def running(self) -> bool:
        """True between `start` and `stop`."""
        return self._thread is not None and self._thread.is_alive()

    # ---- starting and stopping ------------------------------------------------------------------------------
    def start(self) -> str:
        """Open the port and serve; returns the URL. Raises `OSError` when the address cannot be used."""
        if self.running:
            return self.url
        self._ready.clear()
        self._failure = None
        self._thread = threading.Thread(target=self._run, name="vote-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(START_TIMEOUT):
            raise OSError(f"the vote server did not start within {START_TIMEOUT:.0f} seconds")
        if self._failure is not None:
            self._thread.join()
            self._thread = None
            failure = self._failure
            raise failure if isinstance(failure, OSError) else OSError(str(failure))
        return self.url

    def stop(self) -> None:
        """Close the port and end the server's thread (open connections are cut after a second)."""
        thread, loop = self._thread, self._loop
        if thread is None or loop is None:
            return
        if thread.is_alive():
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=START_TIMEOUT)
        self._thread = None

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        runner = web.AppRunner(self.application(), access_log=None, handle_signals=False, shutdown_timeout=1.0)
        try:
            loop.run_until_complete(runner.setup())
            site = web.TCPSite(runner, self.host, self.port, backlog=512)
            loop.run_until_complete(site.start())
            self.port = int(runner.addresses[0][1])
        except BaseException as error:  # the port is taken, the address is not ours...: tell `start`
            self._failure = error
            loop.run_until_complete(runner.cleanup())
            loop.close()
            self._ready.set()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            loop.run_until_complete(runner.cleanup())
            loop.close()

    # ---- the application ------------------------------------------------------------------------------------
    def application(self) -> web.Application:
        """The aiohttp application: the page, the API and the guards in front of them."""
        buckets = RateBuckets(self.rate_limit)

        @web.middleware
        async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
            if not buckets.allow(request.remote or "?"):
                response: web.StreamResponse = _error(429, "too many requests")
                response.headers["Retry-After"] = "1"
            else:
                try:
                    response = await handler(request)
                except web.HTTPException as error:  # 404, 405, 413 from aiohttp itself
                    response = _error(error.status, error.reason)
            response.headers.update(SECURITY_HEADERS)
            return response

        app = web.Application(client_max_size=MAX_BODY, middlewares=[guard])
        for path in self._files:
            app.router.add_get(path, self._page)
        app.router.add_get("/api/state", self._state)
        app.router.add_post("/api/vote", self._vote)
        return app

    async def _page(self, request: web.Request) -> web.Response:
        body, kind = self._files[request.path]
        return web.Response(body=body, content_type=kind, charset="utf-8")

    async def _state(self, request: web.Request) -> web.Response:
        try:
            state = self.board.state(request.query.get("code"), request.query.get("device"))
        except VoteRefused as refused:
            return _error(refused.status, refused.reason)
        return web.json_response(state)

    async def _vote(self, request: web.Request) -> web.Response:
        if request.content_length is not None and request.content_length > MAX_BODY:
            return _error(413, "the request is too large")
        raw = await request.read()  # raises 413 past client_max_size, also without a Content-Length
        try:
            body: Any = json.loads(raw.decode("utf-8"))
        except ValueError:  # also UnicodeDecodeError
            return _error(400, "the body is not JSON")
        if not isinstance(body, dict):
            return _error(400, "the body must be a JSON object")
        try:
            self.board.cast(body.get("code"), body.get("device"), body.get("option"))
        except VoteRefused as refused:
            return _error(refused.status, refused.reason)
        return web.json_response({"ok": True, "mine": body["option"]})
