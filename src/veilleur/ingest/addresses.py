"""Refuse URLs that resolve to private, loopback or link-local addresses (SSRF guard)."""
from __future__ import annotations

import ipaddress
import socket

from ..errors import InputError


def is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast
                or ip.is_reserved or ip.is_unspecified)


def check_host(host: str, port: int, source: str) -> None:
    """Resolve ``host`` and refuse it when any of its addresses is not public.

    Every address counts: a name resolving to one public and one private address could
    be answered with the private one at connection time.
    """
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise InputError("E008", source, detail=f"cannot resolve {host}: {exc}") from exc
    for *_, sockaddr in infos:
        if not is_public(sockaddr[0]):
            raise InputError("E011", source, host=f"{host} ({sockaddr[0]})")
