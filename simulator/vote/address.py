"""The machine's address on the local network, for the phones to reach the vote server.

A UDP socket that is `connect`ed to a private address makes the system pick the outgoing interface and its
address; UDP's connect sends nothing, so this finds the address without any traffic. Without a network the
fallback is 127.0.0.1 (the vote then works on this machine only, which the projector says by its URL).
"""

from __future__ import annotations

import ipaddress
import socket

PROBE = ("10.255.255.255", 1)
"""A private address that is never contacted: only the route to it is looked up."""
LOOPBACK = "127.0.0.1"


def local_address() -> str:
    """The IPv4 address other machines on the local network reach this one at, or 127.0.0.1."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(PROBE)
            address = str(probe.getsockname()[0])
    except OSError:
        return LOOPBACK
    try:
        parsed = ipaddress.IPv4Address(address)
    except ValueError:
        return LOOPBACK
    return LOOPBACK if parsed.is_unspecified else address


def url_host(host: str) -> str:
    """`host` as written in a URL (an IPv6 address goes between brackets)."""
    return f"[{host}]" if ":" in host and not host.startswith("[") else host
