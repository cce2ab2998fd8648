"""Minimal loopback HTTP/1.1 server for the Bot API stand-in (test/demo tool, not production)."""

from __future__ import annotations

import asyncio
import contextlib
from http import HTTPStatus
from types import TracebackType

import httpx

from bot.standin.api import BotApiStandIn


class StandInServer:
    """Serves a BotApiStandIn over HTTP; point a Bot at `base_url` (which ends in "/bot")."""

    def __init__(self, standin: BotApiStandIn) -> None:
        self.standin = standin
        self.host = "127.0.0.1"
        self.port = 0
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.Task[None]] = set()

    @property
    def base_url(self) -> str:
        """The Bot API base URL; PTB appends the token and the method."""
        return f"http://{self.host}:{self.port}/bot"

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        """Listen on host:port (port 0 picks a free one, readable from `.port`)."""
        self._server = await asyncio.start_server(self._serve_connection, host, port)
        self.host, self.port = self._server.sockets[0].getsockname()[:2]

    async def close(self) -> None:
        """Stop listening, stop webhook delivery and drop open connections (long polls too)."""
        await self.standin.close_webhook()
        if self._server is not None:
            self._server.close()
        for task in list(self._connections):
            task.cancel()
        # Wait for the handlers so their sockets are closed before the loop goes away.
        await asyncio.gather(*self._connections, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()
            self._server = None

    async def __aenter__(self) -> StandInServer:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    async def _serve_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        try:
            while await self._serve_request(reader, writer):
                pass
        except (asyncio.IncompleteReadError, ConnectionError, ValueError):
            pass  # the client went away or sent something that is not HTTP/1.x
        except asyncio.CancelledError:
            # close() cancelled us (e.g. mid long poll). Ending normally matters: Python 3.11's
            # stream callback logs an error for a cancelled connection task.
            pass
        finally:
            self._connections.discard(task)
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()

    async def _serve_request(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        """Answer one request; returns whether to keep the connection open."""
        request_line = await reader.readline()
        if not request_line.strip():
            return False
        method, target, version = request_line.decode("latin-1").split()
        headers: list[tuple[str, str]] = []
        while (line := await reader.readline()).strip():
            name, _, value = line.decode("latin-1").partition(":")
            headers.append((name.strip().lower(), value.strip()))
        fields = dict(headers)
        connection = fields.get("connection", "").lower()
        keep_alive = connection != "close" and (version == "HTTP/1.1" or connection == "keep-alive")
        if "transfer-encoding" in fields:
            # PTB always sends Content-Length; chunked bodies are not worth supporting here.
            await self._write(writer, 411, b'{"ok":false,"description":"Length Required"}')
            return False
        body = await reader.readexactly(int(fields.get("content-length", "0")))
        request = httpx.Request(
            method, f"http://{self.host}:{self.port}{target}", headers=headers, content=body
        )
        response = await self.standin.handle(request)
        await self._write(writer, response.status_code, response.content, keep_alive)
        return keep_alive

    @staticmethod
    async def _write(
        writer: asyncio.StreamWriter, status: int, body: bytes, keep_alive: bool = False
    ) -> None:
        head = (
            f"HTTP/1.1 {status} {HTTPStatus(status).phrase}\r\n"
            "Content-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n"
            f"Connection: {'keep-alive' if keep_alive else 'close'}\r\n\r\n"
        )
        writer.write(head.encode("latin-1") + body)
        await writer.drain()


async def serve(standin: BotApiStandIn, host: str = "127.0.0.1", port: int = 0) -> StandInServer:
    """Start serving `standin` over HTTP; `await server.close()` (or `async with`) when done."""
    server = StandInServer(standin)
    await server.start(host, port)
    return server
