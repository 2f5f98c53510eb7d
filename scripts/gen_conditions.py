#!/usr/bin/env python3
# ruff: noqa: E501  (a table of phrases and sources reads best one row per line)
"""Generate runner/conditions_data.json: the phrases that name a network *condition* (refused, timed
out, no route to host, name not found, ...) in any client's output, each with its source.

Two kinds of rows:
- READ FROM DATA on this machine: glibc's strerror and gai_strerror texts in every locale that
  Debian's `libc-l10n` installs (/usr/share/locale/*/LC_MESSAGES/libc.mo, read with Python's gettext),
  and the Linux errno numbers and names (Python's `errno` module, which mirrors the kernel's
  include/uapi/asm-generic/errno*.h); and GNU Wget's own messages in every locale of Debian's `wget`
  (/usr/share/locale/*/LC_MESSAGES/wget.mo), each "%s" or "%d" a gap in a regex. Nothing of these is typed
  here but the C msgid to look up.
- TABLE BELOW: names and texts from other sources (musl, Winsock, runtimes, browsers, curl, wget,
  Go), each row naming the file or page it comes from.

Run it again after installing more locales (`apt-get install libc-l10n wget`); the test
tests/test_conditions.py re-reads the .mo files when present and checks the committed rows came from
them. Usage: python3 scripts/gen_conditions.py [OUTPUT]
"""

from __future__ import annotations

import errno
import gettext
import glob
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "runner" / "conditions_data.json"
MO_GLOB = "/usr/share/locale/*/LC_MESSAGES/libc.mo"
WGET_MO_GLOB = "/usr/share/locale/*/LC_MESSAGES/wget.mo"

# Conditions: what an output reports, independent of the client. `implies` makes families: a
# specific condition (refused) is also the general one (connect-failed), so text that says only
# "Couldn't connect to server" is compatible with every specific way a connect fails.
CONDITIONS = {
    "connect-failed": ("the connection could not be made (the client does not say why)", []),
    "refused": (
        "connection refused: a RST answered the SYN, or ICMP port-unreachable (ECONNREFUSED)",
        ["connect-failed"],
    ),
    "timed-out": ("something timed out (the client does not say which phase)", []),
    "connect-timed-out": (
        "the connection was not made in time (the TCP connect, or for curl's "
        "--connect-timeout the TCP connect and the TLS handshake together)",
        ["timed-out", "connect-failed"],
    ),
    "syn-timed-out": (
        "the TCP connect itself timed out: no answer to the SYN (connect(2) returned "
        "ETIMEDOUT, or a dial/connect timer fired before the SYN-ACK)",
        ["connect-timed-out"],
    ),
    "connect-pending": (
        "the output ends while the client is still connecting: no answer to the SYN so far "
        "(the paste of a client that hangs; it would end in a connect timeout)",
        ["syn-timed-out"],
    ),
    "transfer-timed-out": ("connected, then no data arrived before the timeout", ["timed-out"]),
    "handshake-stalled": (
        "the output ends in the middle of a handshake: connected, the first packets went "
        "through, and the next reply (ssh's key exchange, the TLS server hello and "
        "certificate) has not come",
        ["transfer-timed-out"],
    ),
    "unreachable": (
        "the address is unreachable (host or network; the client merges them)",
        ["connect-failed"],
    ),
    "no-route": (
        "no route to host: ICMP host-unreachable/prohibited, an unreachable route, or a "
        "neighbour that never answers ARP/NDP (EHOSTUNREACH)",
        ["unreachable"],
    ),
    "net-unreachable": (
        "network is unreachable: no route at all, or ICMP net-unreachable (ENETUNREACH)",
        ["unreachable"],
    ),
    "host-down": ("host is down (EHOSTDOWN)", ["unreachable"]),
    "permission-denied": (
        "permission denied: a prohibit route, IPv6 admin-prohibited, or a local policy (EACCES)",
        ["connect-failed"],
    ),
    "not-permitted": ("operation not permitted: a local firewall rule on output (EPERM)", ["connect-failed"]),
    "invalid-argument": ("invalid argument: a blackhole route (EINVAL)", ["connect-failed"]),
    "connection-lost": (
        "the connection was closed or reset under the client (the client does not say "
        "which: OpenSSL's SSL_ERROR_SYSCALL, Java's 'Remote host terminated the handshake')",
        [],
    ),
    "reset": (
        "connection reset by peer: the server (or a middlebox) sent RST (ECONNRESET)",
        ["connection-lost"],
    ),
    "end-of-stream": ("the peer closed the connection (FIN) before answering", ["connection-lost"]),
    "empty-reply": ("connected, then the server closed without sending a byte", ["end-of-stream"]),
    "broken-pipe": ("broken pipe: writing to a connection the peer closed (EPIPE)", ["connection-lost"]),
    "name-resolution-failed": ("the name could not be resolved (the client does not say why)", []),
    "name-not-found": ("the name does not exist (NXDOMAIN; EAI_NONAME)", ["name-resolution-failed"]),
    "name-temporary-failure": (
        "temporary failure in name resolution: the DNS server failed or did "
        "not answer (SERVFAIL, timeout; EAI_AGAIN)",
        ["name-resolution-failed"],
    ),
    "name-server-failed": (
        "the DNS server itself could not be reached: it did not answer, or nothing listens on its port 53",
        ["name-temporary-failure"],
    ),
    "name-server-timed-out": (
        "the DNS server did not answer before the resolver gave up",
        ["name-server-failed"],
    ),
    "name-server-refused": (
        "the DNS server's port refused the query (ICMP port-unreachable: no server listens on port 53)",
        ["name-server-failed"],
    ),
    "name-refused-rcode": (
        "the DNS server answered REFUSED (RCODE 5): it will not answer for this client or name",
        ["name-temporary-failure"],
    ),
    "name-servfail-rcode": (
        "the DNS server answered SERVFAIL (RCODE 2): it was reached, and could not "
        "get an answer itself (an upstream or DNSSEC failure)",
        ["name-temporary-failure"],
    ),
    "name-no-address": (
        "the name exists but has no address of the family asked (EAI_NODATA)",
        ["name-resolution-failed"],
    ),
    "tls-failed": ("the TLS handshake failed", []),
    "tls-wrong-version": (
        "the server's first bytes are not TLS (plain HTTP on a TLS port, or an old protocol)",
        ["tls-failed"],
    ),
    "tls-legacy": (
        "the two sides share no TLS version or cipher: a server too old for the client (a "
        "protocol version or signature algorithm the client disabled: alert protocol_version, "
        "unsupported protocol, legacy sigalg), or the same mismatch the other way, a client "
        "too old for the server, which rejects its hello (alert handshake_failure, .NET's "
        "secure channel failure)",
        ["tls-failed"],
    ),
    "cert-problem": ("the server's certificate was not accepted", ["tls-failed"]),
    "cert-untrusted": ("certificate not trusted: self-signed or unknown issuer", ["cert-problem"]),
    "cert-self-signed": (
        "the server's own certificate is self-signed (a chain of one: "
        "X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT)",
        ["cert-untrusted"],
    ),
    "cert-unknown-ca": (
        "the chain ends at an issuer the client does not trust (a private or "
        "intercepting CA: SELF_SIGNED_CERT_IN_CHAIN, UNABLE_TO_GET_ISSUER_CERT_LOCALLY)",
        ["cert-untrusted"],
    ),
    "cert-expired": ("certificate expired or not yet valid", ["cert-problem"]),
    "cert-wrong-host": ("certificate does not name this host", ["cert-problem"]),
    "connected": (
        "the TCP connection was established (something listens, or a middlebox answers for it)",
        [],
    ),
    "auth-refused": (
        "the server was reached and answered, and refused the credentials: an "
        "authentication failure, not a network one",
        [],
    ),
    "proxy-failed": ("the proxy could not be used", []),
    "gateway-error": (
        "an HTTP proxy or gateway answered with an error status: it could not reach or "
        "hear from the server behind it",
        [],
    ),
    "proxy-status": ("the proxy answered CONNECT with an error status", ["proxy-failed"]),
    "proxy-tls-to-plain": (
        "the client spoke TLS to a proxy that answers in plain HTTP: an https:// proxy URL "
        "for an HTTP proxy (the client says so)",
        ["proxy-connect-failed", "tls-wrong-version"],
    ),
    "proxy-url-unusable": (
        "the proxy URL's scheme does not fit: the client rejected it before connecting (an https:// "
        "or socks5:// proxy where it takes http://, or no scheme at all), or spoke the scheme's "
        "protocol to a proxy that speaks another (SOCKS to an HTTP proxy, HTTP to a SOCKS one)",
        ["proxy-failed"],
    ),
    "proxy-connect-failed": (
        "no connection to the proxy itself could be made: its port refused or did not "
        "answer, or the TLS to an https:// proxy failed (before any CONNECT)",
        ["proxy-failed"],
    ),
    "proxy-refused-connection": (
        "the client says the proxy refused the connection (Firefox says so for a "
        "proxy that answers CONNECT with 403 too)",
        ["proxy-connect-failed"],
    ),
    "tunnel-backend-failed": (
        "a tunnel's agent (ngrok, frp) says its own connection to the local service behind the "
        "tunnel failed: the tunnel took the visitor's connection and nothing answers behind it",
        ["connection-lost"],
    ),
    "hedged": (
        "a tool's stock list of the reasons a failure may have (html-proofer's \"couldn't connect "
        'to the server or perhaps the request timed out"): it names no condition of this failure',
        [],
    ),
    "upstream-dial-failed": (
        "a reverse proxy logs that its own connection to the server behind it failed: the "
        "refusal or timeout it quotes is that connection's (the backend's port)",
        [],
    ),
    "http-status": (
        "an HTTP status line with an error status (which server sent it is in its words and headers)",
        [],
    ),
    "plain-http-to-tls": ("a TLS server received plain HTTP and said so", []),
    "tls-hello-to-plain": (
        "a plain-text server logged a TLS ClientHello (the bytes 0x16 0x03 ...) as a request: a "
        "client spoke TLS to its plain port, what the client reads as a wrong version",
        ["tls-wrong-version"],
    ),
    "udp-unanswered": (
        "datagrams went out over UDP and nothing came back: a firewall dropped them, or the "
        "server does not reply (UDP is never told which)",
        [],
    ),
    "local-ipc": (
        "a client's local socket to its own helper failed (ssh's ControlMaster): the words "
        "inside it (a broken pipe) are that socket's, not the network's",
        [],
    ),
}

# Conditions that put the others in context: when a resolver, a proxy or a gateway reports the
# failure, the refusals and timeouts in the same output are its own (the resolver's query timed
# out, the proxy's upstream refused), not the client's connection to the named host.
CONTEXT = ("name-resolution-failed", "proxy-failed", "gateway-error", "http-status", "tunnel-backend-failed")
TRANSPORT = ("connect-failed", "timed-out", "reset", "end-of-stream", "broken-pipe", "connected")

# (errno name, condition): read the text from glibc's catalogues in every locale.
STRERROR = [
    ("ECONNREFUSED", "Connection refused", "refused"),
    ("ETIMEDOUT", "Connection timed out", "syn-timed-out"),
    ("EHOSTUNREACH", "No route to host", "no-route"),
    ("ENETUNREACH", "Network is unreachable", "net-unreachable"),
    ("EHOSTDOWN", "Host is down", "host-down"),
    ("EACCES", "Permission denied", "permission-denied"),
    ("EPERM", "Operation not permitted", "not-permitted"),
    ("EINVAL", "Invalid argument", "invalid-argument"),
    ("ECONNRESET", "Connection reset by peer", "reset"),
    ("EPIPE", "Broken pipe", "broken-pipe"),
    ("ECONNABORTED", "Software caused connection abort", "connection-lost"),
    ("ENETDOWN", "Network is down", "net-unreachable"),
]
GAI = [
    ("EAI_NONAME", "Name or service not known", "name-not-found"),
    ("EAI_AGAIN", "Temporary failure in name resolution", "name-temporary-failure"),
    ("EAI_NODATA", "No address associated with hostname", "name-no-address"),
    ("EAI_FAIL", "Non-recoverable failure in name resolution", "name-temporary-failure"),
]
# GNU Wget's own messages (src/gnutls.c, src/openssl.c, src/http.c, src/host.c: Debian's wget is the
# GnuTLS build) whose English the table knows, read in every locale of Debian's wget package
# (/usr/share/locale/*/LC_MESSAGES/wget.mo) as glibc's are: a German paste says "Dem Zertifikat von
# »HOST« wird nicht vertraut". Each "%s" (the program's "ERROR", the host in the locale's quotes)
# matches any run of text. GnuTLS says "doesn't have a known issuer" of a self-signed certificate too
# (GNUTLS_CERT_SIGNER_NOT_FOUND): the lab's wget printed it for both, so it says only "not trusted".
WGET_MSGIDS = [
    ("%s: The certificate of %s is not trusted.\n", "cert-untrusted"),
    ("%s: The certificate of %s doesn't have a known issuer.\n", "cert-untrusted"),
    ("%s: The certificate of %s has expired.\n", "cert-expired"),
    ("%s: The certificate of %s is not yet activated.\n", "cert-expired"),
    ("The certificate's owner does not match hostname %s\n", "cert-wrong-host"),
    ("%s: no certificate subject alternative name matches\n\trequested host name %s.\n", "cert-wrong-host"),
    ("  Issued certificate has expired.\n", "cert-expired"),
    ("  Self-signed certificate encountered.\n", "cert-self-signed"),
    ("  Unable to locally verify the issuer's authority.\n", "cert-unknown-ca"),
    ("%s: cannot verify %s's certificate, issued by %s:\n", "cert-problem"),
    ("Unable to establish SSL connection.\n", "tls-failed"),
    ("No data received.\n", "empty-reply"),
    ("%s: unable to resolve host address %s\n", "name-resolution-failed"),
    ("Proxy tunneling failed: %s", "proxy-failed"),
    # (ftp.c: the passive data connection, after the control connection was made)
    ("couldn't connect to %s port %d: %s\n", "connect-failed"),
]
GLIBC_SRC = {
    "strerror": "glibc sysdeps/gnu/errlist.h, translated in libc.mo ({locale})",
    "gai": "glibc sysdeps/posix/gai_strerror-strs.h, translated in libc.mo ({locale})",
}

# Phrases from other sources: (condition, text, match, source). match: "text" (case- and
# accent-blind substring), "word" (a whole word: errno names), "regex" (on the folded text).
MUSL = "musl src/errno/__strerror.h"
MUSL_GAI = "musl src/network/gai_strerror.c"
WSA = "Microsoft, Windows Sockets Error Codes (learn.microsoft.com/windows/win32/winsock/windows-sockets-error-codes-2)"
CHROMIUM = "Chromium net/base/net_error_list.h"
FIREFOX_ERR = "Firefox xpcom/base/ErrorList.py (NS_ERROR_*), security/manager/ssl (SSL_ERROR_*, SEC_ERROR_*)"
FIREFOX_PAGE = "Firefox docshell/resources/content/netError (about:neterror?e=...)"
CURL = "curl docs/libcurl/libcurl-errors.md and lib/strerror.c"
WGET = "GNU Wget src/connect.c, src/http.c, src/openssl.c"
GO = "Go src/net (net.go, dnsclient_unix.go), crypto/x509/verify.go"
JAVA = "OpenJDK java.net exceptions (ConnectException, NoRouteToHostException, UnknownHostException, SocketTimeoutException)"
PYTHON = "Python Lib/socket.py, builtin exceptions (ConnectionRefusedError ...), http.client"
NODE = "Node.js docs, Errors: Common system errors (ECONNREFUSED, ENOTFOUND ...)"
OPENSSL = "OpenSSL crypto/err/openssl.txt (SSL_R_WRONG_VERSION_NUMBER ...)"
NODE_TLS = "Node.js docs, Errors: X509 certificate error codes (OpenSSL's X509_V_ERR_* names, as err.code)"
HERROR = "glibc resolv/herror.c h_errlist (hstrerror: HOST_NOT_FOUND, TRY_AGAIN, NO_RECOVERY)"
BIND_DIG = "BIND 9 bin/dig/dighost.c"
APPLE_URL = "Apple Foundation NSURLError.h (NSURLErrorDomain, the localized description)"
APPLE_CF = (
    "Apple CFNetwork CFStream.h (kCFStreamErrorDomainPOSIX = 1: _kCFStreamErrorCodeKey is the BSD errno)"
)
DOTNET_WEB = ".NET Framework System.Net.WebException messages (WebExceptionStatus)"
CARES = "c-ares src/lib/ares_strerror.c"
RESOLVED = "systemd src/resolve/resolved-bus.c (resolvectl: 'resolve call failed: ...')"
NSLOOKUP_WIN = "Microsoft, nslookup error messages (learn.microsoft.com/windows-server/administration/windows-commands/nslookup)"
WINERR = "Microsoft, System Error Codes 9000-11999 (learn.microsoft.com/windows/win32/debug/system-error-codes--9000-11999-)"
SQUID = "Squid errors/templates (ERR_ACCESS_DENIED, ERR_CONNECT_FAIL ...: 'ERROR: The requested URL could not be retrieved')"
SSH = "OpenSSH ssh.c / sshconnect.c"
OPCUA = "OPC Foundation UA specification Part 4 / Part 6 (StatusCode.csv)"

TABLE = [
    # musl: the texts that differ from glibc's (the others are the same words)
    ("name-not-found", "Name does not resolve", "text", MUSL_GAI),
    ("name-temporary-failure", "Non-recoverable error", "text", MUSL_GAI),
    ("name-no-address", "Name has no usable address", "text", MUSL_GAI + " (EAI_NODATA, -5)"),
    # (read from fresh46: Kong's and OpenResty's Alpine images log musl's strerror)
    ("net-unreachable", "Network unreachable", "text", MUSL + " (ENETUNREACH)"),
    # Winsock: code numbers and texts
    (
        "refused",
        r"(?:winerror|error|errno|code|socket error|exception)[^0-9a-z]{0,3}10061\b",
        "regex",
        WSA + ": WSAECONNREFUSED",
    ),
    ("refused", "WSAECONNREFUSED", "word", WSA),
    ("refused", "target machine actively refused it", "text", WSA + ": WSAECONNREFUSED"),
    (
        "syn-timed-out",
        r"(?:winerror|error|errno|code|socket error|exception)[^0-9a-z]{0,3}10060\b",
        "regex",
        WSA + ": WSAETIMEDOUT",
    ),
    ("syn-timed-out", "WSAETIMEDOUT", "word", WSA),
    (
        "syn-timed-out",
        "connected party did not properly respond after a period of time",
        "text",
        WSA + ": WSAETIMEDOUT",
    ),
    (
        "no-route",
        r"(?:winerror|error|errno|code|socket error|exception)[^0-9a-z]{0,3}10065\b",
        "regex",
        WSA + ": WSAEHOSTUNREACH",
    ),
    ("no-route", "WSAEHOSTUNREACH", "word", WSA),
    ("no-route", "A socket operation was attempted to an unreachable host", "text", WSA),
    (
        "net-unreachable",
        r"(?:winerror|error|errno|code|socket error|exception)[^0-9a-z]{0,3}10051\b",
        "regex",
        WSA + ": WSAENETUNREACH",
    ),
    ("net-unreachable", "WSAENETUNREACH", "word", WSA),
    ("net-unreachable", "A socket operation was attempted to an unreachable network", "text", WSA),
    (
        "reset",
        r"(?:winerror|error|errno|code|socket error|exception)[^0-9a-z]{0,3}10054\b",
        "regex",
        WSA + ": WSAECONNRESET",
    ),
    ("reset", "WSAECONNRESET", "word", WSA),
    ("reset", "An existing connection was forcibly closed by the remote host", "text", WSA),
    ("permission-denied", "WSAEACCES", "word", WSA),
    ("permission-denied", "in a way forbidden by its access permissions", "text", WSA + ": WSAEACCES"),
    (
        "name-not-found",
        r"(?:winerror|error|errno|code|socket error|exception)[^0-9a-z]{0,3}11001\b",
        "regex",
        WSA + ": WSAHOST_NOT_FOUND",
    ),
    ("name-not-found", "WSAHOST_NOT_FOUND", "word", WSA),
    ("name-not-found", "No such host is known", "text", WSA + ": WSAHOST_NOT_FOUND"),
    (
        "name-temporary-failure",
        r"(?:winerror|error|errno|code|socket error|exception)[^0-9a-z]{0,3}11002\b",
        "regex",
        WSA + ": WSATRY_AGAIN",
    ),
    ("name-temporary-failure", "WSATRY_AGAIN", "word", WSA),
    # Winsock's texts in the Windows display language (FormatMessage): copied as users paste them
    # (WinError 10061/10060/10054 with the localised text; each checked against several pastes).
    ("refused", "由于目标计算机积极拒绝，无法连接", "text", WSA + ": WSAECONNREFUSED, zh-CN"),
    ("refused", "da der Zielcomputer die Verbindung verweigerte", "text", WSA + ": WSAECONNREFUSED, de-DE"),
    ("refused", "l'ordinateur cible l'a expressément refusée", "text", WSA + ": WSAECONNREFUSED, fr-FR"),
    (
        "refused",
        "el equipo de destino denegó expresamente dicha conexión",
        "text",
        WSA + ": WSAECONNREFUSED, es-ES",
    ),
    ("refused", "конечный компьютер отверг запрос на подключение", "text", WSA + ": WSAECONNREFUSED, ru-RU"),
    (
        "syn-timed-out",
        "由于连接方在一段时间后没有正确答复或连接的主机没有反应",
        "text",
        WSA + ": WSAETIMEDOUT, zh-CN",
    ),
    (
        "syn-timed-out",
        "nach einer bestimmten Zeitspanne nicht richtig reagiert",
        "text",
        WSA + ": WSAETIMEDOUT, de-DE",
    ),
    ("syn-timed-out", "n'a pas répondu convenablement", "text", WSA + ": WSAETIMEDOUT, fr-FR"),
    ("reset", "远程主机强迫关闭了一个现有的连接", "text", WSA + ": WSAECONNRESET, zh-CN"),
    (
        "reset",
        "Eine vorhandene Verbindung wurde vom Remotehost geschlossen",
        "text",
        WSA + ": WSAECONNRESET, de-DE",
    ),
    (
        "reset",
        "Une connexion existante a dû être fermée par l'hôte distant",
        "text",
        WSA + ": WSAECONNRESET, fr-FR",
    ),
    (
        "reset",
        "Se ha forzado la interrupción de una conexión existente por el host remoto",
        "text",
        WSA + ": WSAECONNRESET, es-ES",
    ),
    (
        "reset",
        "Удаленный хост принудительно разорвал существующее подключение",
        "text",
        WSA + ": WSAECONNRESET, ru-RU",
    ),
    # Runtimes
    ("refused", "ConnectionRefusedError", "word", PYTHON),
    ("reset", "ConnectionResetError", "word", PYTHON),
    (
        "empty-reply",
        "Remote end closed connection without response",
        "text",
        PYTHON + " (RemoteDisconnected)",
    ),
    ("timed-out", "TimeoutError", "word", PYTHON),
    ("timed-out", "timed out", "text", PYTHON + " (socket.timeout: 'timed out'); also Java, OpenSSH"),
    ("name-resolution-failed", "gaierror", "word", PYTHON),
    (
        "name-resolution-failed",
        "getaddrinfo failed",
        "text",
        PYTHON + " on Windows ([Errno 11001] getaddrinfo failed)",
    ),
    (
        "name-not-found",
        "nodename nor servname provided, or not known",
        "text",
        "macOS/BSD libc gai_strerror(EAI_NONAME)",
    ),
    ("connect-failed", "java.net.ConnectException", "text", JAVA),
    ("no-route", "NoRouteToHostException", "word", JAVA),
    ("name-resolution-failed", "UnknownHostException", "word", JAVA),
    ("timed-out", "SocketTimeoutException", "word", JAVA),
    ("syn-timed-out", "connect timed out", "text", JAVA + " (SocketTimeoutException: connect timed out)"),
    ("transfer-timed-out", "Read timed out", "text", JAVA + " (SocketTimeoutException: Read timed out)"),
    ("name-not-found", "no such host", "text", GO + " (errNoSuchHost)"),
    # Go's resolver says it for an answer whose RCODE is an error other than NXDOMAIN (SERVFAIL
    # most often, REFUSED too); a query with no answer is an "i/o timeout" instead.
    (
        "name-servfail-rcode",
        "server misbehaving",
        "text",
        "Go src/net/dnsclient_unix.go (errServerMisbehaving: an answer with RCODE SERVFAIL, or REFUSED)",
    ),
    ("timed-out", "i/o timeout", "text", GO + " (os.ErrDeadlineExceeded)"),
    ("cert-untrusted", "x509: certificate signed by unknown authority", "text", GO),
    ("cert-expired", "x509: certificate has expired or is not yet valid", "text", GO),
    ("cert-wrong-host", "x509: certificate is valid for", "text", GO),
    ("name-not-found", "ENOTFOUND", "word", NODE + " (getaddrinfo ENOTFOUND = EAI_NONAME)"),
    ("name-temporary-failure", "EAI_AGAIN", "word", NODE),
    ("refused", "Errno::ECONNREFUSED", "text", "Ruby Errno::* classes (errno names)"),
    # (not .NET's System.Net.Sockets.SocketError, the enum its socket exceptions name)
    ("name-resolution-failed", r"(?<![.\w])socketerror\b", "regex", "Ruby SocketError (getaddrinfo)"),
    (
        "connect-failed",
        "Unable to connect to port",
        "text",
        "Paramiko ssh_exception.py (NoValidConnectionsError)",
    ),
    ("refused", "PortUnreachableException", "word", JAVA + " (ICMP port unreachable on a UDP socket)"),
    # OpenSSH
    ("name-resolution-failed", "Could not resolve hostname", "text", SSH),
    ("end-of-stream", "kex_exchange_identification: Connection closed by remote host", "text", SSH),
    (
        "auth-refused",
        r"permission denied \((?:publickey|password|keyboard-interactive|gssapi|hostbased)[^)\n]*\)",
        "regex",
        SSH
        + " sshconnect2.c ('Permission denied (METHODS).': every authentication method the server offered failed)",
    ),
    (
        "auth-refused",
        "Too many authentication failures",
        "text",
        SSH + " (the server's MaxAuthTries: 'Received disconnect ... Too many authentication failures')",
    ),
    (
        "auth-refused",
        r"authentication failed for '\S+'",
        "regex",
        "Git http.c ('fatal: Authentication failed for URL': the server answered 401 to the credentials given)",
    ),
    (
        "end-of-stream",
        r"^connection closed by \S+ port \d+",
        "regex-m",
        SSH + " packet.c sshpkt_fatal (SSH_ERR_CONN_CLOSED: 'Connection closed by HOST port N')",
    ),
    (
        "reset",
        r"^connection reset by \S+ port \d+",
        "regex-m",
        SSH + " packet.c sshpkt_fatal (ECONNRESET: 'Connection reset by HOST port N')",
    ),
    # Chromium
    (
        "refused",
        "refused to connect",
        "text",
        "Chromium components/error_page (IDS_ERRORPAGES_SUMMARY_CONNECTION_REFUSED: '<host> refused to connect.')",
    ),
    ("refused", "ERR_CONNECTION_REFUSED", "word", CHROMIUM + " (-102)"),
    ("reset", "ERR_CONNECTION_RESET", "word", CHROMIUM + " (-101)"),
    ("end-of-stream", "ERR_CONNECTION_CLOSED", "word", CHROMIUM + " (-100)"),
    ("connect-failed", "ERR_CONNECTION_FAILED", "word", CHROMIUM + " (-104)"),
    ("syn-timed-out", "ERR_CONNECTION_TIMED_OUT", "word", CHROMIUM + " (-118)"),
    ("timed-out", "ERR_TIMED_OUT", "word", CHROMIUM + " (-7)"),
    (
        "unreachable",
        "ERR_ADDRESS_UNREACHABLE",
        "word",
        CHROMIUM + " (-109; EHOSTUNREACH, ENETUNREACH, EHOSTDOWN)",
    ),
    ("permission-denied", "ERR_NETWORK_ACCESS_DENIED", "word", CHROMIUM + " (-138; EACCES)"),
    ("name-resolution-failed", "ERR_NAME_NOT_RESOLVED", "word", CHROMIUM + " (-105)"),
    ("name-resolution-failed", "ERR_NAME_RESOLUTION_FAILED", "word", CHROMIUM + " (-137)"),
    ("empty-reply", "ERR_EMPTY_RESPONSE", "word", CHROMIUM + " (-324)"),
    ("tls-failed", "ERR_SSL_PROTOCOL_ERROR", "word", CHROMIUM + " (-107)"),
    (
        "tls-legacy",
        "ERR_SSL_VERSION_OR_CIPHER_MISMATCH",
        "word",
        CHROMIUM + " (-113: no protocol version or cipher suite in common)",
    ),
    ("cert-wrong-host", "ERR_CERT_COMMON_NAME_INVALID", "word", CHROMIUM + " (-200)"),
    ("cert-expired", "ERR_CERT_DATE_INVALID", "word", CHROMIUM + " (-201)"),
    ("cert-untrusted", "ERR_CERT_AUTHORITY_INVALID", "word", CHROMIUM + " (-202)"),
    ("proxy-failed", "ERR_TUNNEL_CONNECTION_FAILED", "word", CHROMIUM + " (-111)"),
    (
        "proxy-connect-failed",
        "ERR_PROXY_CONNECTION_FAILED",
        "word",
        CHROMIUM + " (-130; net/http/http_proxy_connect_job.cc: "
        "any failure of the nested TCP or TLS connect job to the proxy)",
    ),
    # Firefox
    ("refused", "NS_ERROR_CONNECTION_REFUSED", "word", FIREFOX_ERR + " (also for unreachable and EACCES)"),
    ("timed-out", "NS_ERROR_NET_TIMEOUT", "word", FIREFOX_ERR),
    ("reset", "NS_ERROR_NET_RESET", "word", FIREFOX_ERR),
    ("end-of-stream", "NS_ERROR_NET_INTERRUPT", "word", FIREFOX_ERR),
    ("name-resolution-failed", "NS_ERROR_UNKNOWN_HOST", "word", FIREFOX_ERR),
    ("tls-wrong-version", "SSL_ERROR_RX_RECORD_TOO_LONG", "word", FIREFOX_ERR),
    ("cert-untrusted", "SEC_ERROR_UNKNOWN_ISSUER", "word", FIREFOX_ERR),
    ("cert-untrusted", "MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT", "word", FIREFOX_ERR),
    (
        "cert-untrusted",
        "Could not verify the SSL certificate for",
        "text",
        "Bundler lib/bundler/fetcher.rb (CertificateFailureError: 'most likely your system doesn't have the CA certificates needed')",
    ),
    (
        "cert-untrusted",
        "SEC_ERROR_UNTRUSTED_ISSUER",
        "word",
        FIREFOX_ERR + " (the issuer is marked not trusted)",
    ),
    ("cert-untrusted", "SEC_ERROR_CA_CERT_INVALID", "word", FIREFOX_ERR),
    ("cert-expired", "SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE", "word", FIREFOX_ERR),
    ("cert-expired", "MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE", "word", FIREFOX_ERR),
    (
        "cert-self-signed",
        "The certificate is not trusted because it is self-signed",
        "text",
        FIREFOX_PAGE + " (certerror page, Firefox < 70)",
    ),
    (
        "cert-wrong-host",
        "The certificate is only valid for",
        "text",
        FIREFOX_PAGE + " (certerror page: 'The certificate is only valid for NAME')",
    ),
    ("cert-expired", "SEC_ERROR_EXPIRED_CERTIFICATE", "word", FIREFOX_ERR),
    ("cert-wrong-host", "SSL_ERROR_BAD_CERT_DOMAIN", "word", FIREFOX_ERR),
    ("connect-failed", "about:neterror?e=connectionFailure", "text", FIREFOX_PAGE),
    ("reset", "about:neterror?e=netReset", "text", FIREFOX_PAGE + " (netReset)"),
    ("reset", "The connection was reset", "text", FIREFOX_PAGE + " (netReset title)"),
    ("timed-out", "about:neterror?e=netTimeout", "text", FIREFOX_PAGE),
    ("name-resolution-failed", "about:neterror?e=dnsNotFound", "text", FIREFOX_PAGE),
    # curl: messages (the exit codes are read with the client, see conditions.CURL_EXIT)
    ("connect-failed", "Couldn't connect to server", "text", CURL + " (CURLE_COULDNT_CONNECT, 7)"),
    ("connect-failed", "Could not connect to server", "text", CURL + " (curl 8.x wording of 7)"),
    ("connect-failed", "couldn't connect to host", "text", CURL + " (wording of 7 before 7.30)"),
    (
        "syn-timed-out",
        r"failed to connect to \S+ port \d+(?: after \d+ ms)?: (?:connection )?timed out",
        "regex",
        CURL + " (lib/connect.c: the connect phase timed out)",
    ),
    ("connect-timed-out", r"connection timed out after \d+ milli", "regex", CURL + " (28, connect phase)"),
    (
        "syn-timed-out",
        "Operation timed out",
        "text",
        "FreeBSD/macOS libc strerror(ETIMEDOUT) ('Operation timed out': the BSD text of the connect timeout)",
    ),
    ("syn-timed-out", "connect ETIMEDOUT", "text", NODE + " (syscall connect, code ETIMEDOUT)"),
    (
        "transfer-timed-out",
        "TLS handshake timeout",
        "text",
        GO + " (net/http transport: connected, no handshake reply)",
    ),
    (
        "transfer-timed-out",
        "read ETIMEDOUT",
        "text",
        NODE + " (syscall read: the connection was made, then no data)",
    ),
    (
        "timed-out",
        "while awaiting headers",
        "text",
        GO
        + " (net/http: Client.Timeout exceeded while awaiting headers: the client's timeout passed before the response's headers, in the connect or after it; Go appends it to a request cancelled while waiting for the connection too)",
    ),
    (
        "transfer-timed-out",
        "HeadersTimeoutError",
        "word",
        "Node.js undici errors (UND_ERR_HEADERS_TIMEOUT: connected, no response headers)",
    ),
    (
        "transfer-timed-out",
        "ReadTimeoutError",
        "word",
        "urllib3 exceptions (ReadTimeoutError: connected, no response in time)",
    ),
    (
        "connect-timed-out",
        "ConnectTimeoutError",
        "word",
        "Node.js undici / urllib3 exceptions (the connect, TLS included, timed out)",
    ),
    (
        "syn-timed-out",
        r"dial tcp [^\s:]+:\d+: i/o timeout",
        "regex",
        GO + " (net.Dialer: the TCP connect timed out)",
    ),
    (
        "syn-timed-out",
        r"dial tcp \[[0-9a-f:]+\]:\d+: i/o timeout",
        "regex",
        GO + " (net.Dialer, IPv6 address)",
    ),
    ("connect-timed-out", r"connection timed out after \d+ milli", "regex", CURL + " (28, connect phase)"),
    ("connect-timed-out", r"failed to connect to .* after \d+ ms: (connection )?timed out", "regex", CURL),
    (
        "transfer-timed-out",
        r"operation timed out after \d+ milli\w* with (?!0 out of 0 bytes)\d+",
        "regex",
        CURL + " (28, transfer phase)",
    ),
    (
        "timed-out",
        r"operation timed out after \d+ milli\w* with 0 out of 0 bytes",
        "regex",
        CURL
        + " (28 while the request's size is still 0, before a byte of it was answered: the lab's curl 7.74 prints"
        " it in a TLS handshake, older builds in the TCP connect too; the phase is not said)",
    ),
    ("empty-reply", "Empty reply from server", "text", CURL + " (CURLE_GOT_NOTHING, 52)"),
    ("name-resolution-failed", "Could not resolve host", "text", CURL + " (CURLE_COULDNT_RESOLVE_HOST, 6)"),
    ("proxy-failed", "Could not resolve proxy", "text", CURL + " (CURLE_COULDNT_RESOLVE_PROXY, 5)"),
    ("tls-failed", "SSL connect error", "text", CURL + " (CURLE_SSL_CONNECT_ERROR, 35)"),
    ("cert-problem", "SSL certificate problem", "text", CURL + " (CURLE_PEER_FAILED_VERIFICATION, 60)"),
    (
        "cert-unknown-ca",
        "unable to get local issuer certificate",
        "text",
        OPENSSL + " (X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY)",
    ),
    (
        "cert-unknown-ca",
        "self-signed certificate in certificate chain",
        "text",
        OPENSSL + " (X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN, 3.x)",
    ),
    (
        "cert-unknown-ca",
        "self signed certificate in certificate chain",
        "text",
        OPENSSL + " (X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN, 1.1 wording)",
    ),
    (
        "cert-self-signed",
        "self-signed certificate",
        "text",
        OPENSSL + " (X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT, 3.x; a longer phrase that contains it wins)",
    ),
    ("cert-self-signed", "self signed certificate", "text", OPENSSL + " (1.1 wording)"),
    (
        "cert-unknown-ca",
        "unable to verify the first certificate",
        "text",
        OPENSSL + " (X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE: the leaf's issuer is unknown)",
    ),
    ("cert-unknown-ca", "SELF_SIGNED_CERT_IN_CHAIN", "word", NODE_TLS),
    ("cert-unknown-ca", "UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "word", NODE_TLS),
    ("cert-unknown-ca", "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "word", NODE_TLS),
    ("cert-self-signed", "DEPTH_ZERO_SELF_SIGNED_CERT", "word", NODE_TLS),
    ("cert-expired", "CERT_HAS_EXPIRED", "word", NODE_TLS),
    ("cert-wrong-host", "ERR_TLS_CERT_ALTNAME_INVALID", "word", NODE_TLS),
    (
        "cert-wrong-host",
        "does not match certificate's altnames",
        "text",
        'Node.js lib/tls.js checkServerIdentity ("Hostname/IP does not match certificate\'s altnames")',
    ),
    # (Java says the same of a self-signed certificate and of one from an issuer it lacks: no
    # chain to a trust anchor either way)
    (
        "cert-untrusted",
        "PKIX path building failed",
        "text",
        JAVA + " (sun.security.validator.ValidatorException: no trust anchor for the chain)",
    ),
    (
        "cert-untrusted",
        "unable to find valid certification path to requested target",
        "text",
        JAVA + " (SunCertPathBuilderException)",
    ),
    (
        "cert-wrong-host",
        "doesn't match requested host name",
        "text",
        WGET + " (openssl.c: certificate common name ... doesn't match requested host name)",
    ),
    (
        "cert-wrong-host",
        "No subject alternative names matching",
        "text",
        JAVA + " (CertificateException: No subject alternative names matching IP address / DNS name)",
    ),
    (
        "cert-wrong-host",
        "No name matching",
        "text",
        JAVA + " (CertificateException: No name matching HOST found)",
    ),
    ("cert-expired", "certificate is not yet valid", "text", OPENSSL + " (X509_V_ERR_CERT_NOT_YET_VALID)"),
    (
        "plain-http-to-tls",
        "Client sent an HTTP request to an HTTPS server",
        "text",
        "Go net/http server.go (response to plain HTTP on a TLS listener)",
    ),
    (
        "plain-http-to-tls",
        "The plain HTTP request was sent to HTTPS port",
        "text",
        "nginx src/http/ngx_http_special_response.c (497 page)",
    ),
    (
        "plain-http-to-tls",
        "speaking plain HTTP to an SSL-enabled server port",
        "text",
        "Apache httpd modules/ssl/ssl_engine_io.c (400 page)",
    ),
    (
        "tls-wrong-version",
        "unknown protocol",
        "text",
        OPENSSL + " (SSL_R_UNKNOWN_PROTOCOL: plain text where a handshake was expected)",
    ),
    (
        "plain-http-to-tls",
        r"ssl routines[^\n]{0,40}:http request",
        "regex",
        OPENSSL
        + " (SSL_R_HTTP_REQUEST: a server received plain HTTP where a hello was due; only a server raises it, ssl3_get_record)",
    ),
    (
        "plain-http-to-tls",
        r"ssl routines[^\n]{0,40}:https proxy request",
        "regex",
        OPENSSL + " (SSL_R_HTTPS_PROXY_REQUEST: a server received a proxy's CONNECT where a hello was due)",
    ),
    ("tls-legacy", "unsupported protocol", "text", OPENSSL + " (SSL_R_UNSUPPORTED_PROTOCOL)"),
    ("tls-legacy", "tlsv1 alert protocol version", "text", OPENSSL + " (SSL_R_TLSV1_ALERT_PROTOCOL_VERSION)"),
    # The peer's handshake_failure alert answers the client's hello, before any certificate: the
    # server found no version or cipher it shares with the client (RFC 8446 section 6.2; RFC 5246
    # section 7.2.2). Every pasted one in the read corpora was an old TLS on one side.
    (
        "tls-legacy",
        "sslv3 alert handshake failure",
        "text",
        OPENSSL + " (SSL_R_SSLV3_ALERT_HANDSHAKE_FAILURE: the peer's handshake_failure alert)",
    ),
    ("tls-legacy", "no protocols available", "text", OPENSSL + " (SSL_R_NO_PROTOCOLS_AVAILABLE)"),
    ("cert-expired", "certificate has expired", "text", OPENSSL + " (X509_V_ERR_CERT_HAS_EXPIRED)"),
    (
        "cert-wrong-host",
        "no alternative certificate subject name matches",
        "text",
        CURL + " (lib/vtls/openssl.c)",
    ),
    ("cert-wrong-host", "does not match target host name", "text", CURL + " (lib/vtls/openssl.c)"),
    ("cert-wrong-host", "Hostname mismatch", "text", PYTHON + " (ssl, OpenSSL X509_V_ERR_HOSTNAME_MISMATCH)"),
    ("cert-problem", "certificate verify failed", "text", PYTHON + " (ssl.SSLCertVerificationError)"),
    ("tls-wrong-version", "wrong version number", "text", OPENSSL + " (SSL_R_WRONG_VERSION_NUMBER)"),
    ("tls-wrong-version", "WRONG_VERSION_NUMBER", "word", PYTHON + " ([SSL: WRONG_VERSION_NUMBER])"),
    ("tls-wrong-version", "packet length too long", "text", OPENSSL + " (SSL_R_PACKET_LENGTH_TOO_LONG)"),
    ("tls-failed", "handshake failure", "text", OPENSSL + " (SSL_R_SSLV3_ALERT_HANDSHAKE_FAILURE)"),
    (
        "end-of-stream",
        "unexpected eof while reading",
        "text",
        OPENSSL + " (SSL_R_UNEXPECTED_EOF_WHILE_READING)",
    ),
    (
        "proxy-status",
        r"received http code (?P<status>\d{3}) from proxy after connect",
        "regex",
        CURL + " (before 8.20)",
    ),
    ("proxy-status", r"connect tunnel failed, response (?P<status>\d{3})", "regex", CURL + " (8.x)"),
    ("proxy-failed", "Proxy tunneling failed", "text", WGET),
    ("proxy-status", r"proxy tunneling failed: .*?(?P<status>\d{3})", "regex", WGET),
    # wget prints the proxy's reason phrase without its code: the usual phrases say the status
    (
        "proxy-status:403",
        r"proxy tunneling failed: (?:forbidden|access violation|[^\n]{0,40}\bdenied\b)",
        "regex",
        WGET
        + " (reason phrase of a CONNECT answered 403: 'Forbidden', tinyproxy's 'Access violation', apt-cacher-ng's 'CONNECT denied')",
    ),
    (
        "proxy-status:407",
        r"proxy tunneling failed: proxy authentication required",
        "regex",
        WGET + " (reason phrase of a CONNECT answered 407)",
    ),
    (
        "proxy-status",
        r"\b(?P<status>407):? proxy authentication required",
        "regex",
        "RFC 9110 section 15.5.8",
    ),
    (
        "proxy-status",
        r"tunnel connection failed: (?P<status>\d{3})",
        "regex",
        "Python Lib/http/client.py (HTTPConnection._tunnel: 'Tunnel connection failed: %d %s')",
    ),
    (
        "proxy-status",
        r"bad status code on connect response:? (?P<status>\d{3})",
        "regex",
        "getlantern proxy dialer, Go ('Bad status code on CONNECT response: %d')",
    ),
    (
        "http-status",
        r"^<? ?http/\d(?:\.\d)? (?P<status>40[37]|503)\b",
        "regex-m",
        "RFC 9112 section 4 (status line), statuses of RFC 9110 section 15",
    ),
    (
        "http-status",
        r"<title>(?P<status>40[37]|503)\b",
        "regex",
        "RFC 9110 section 15 (an error page titled with its status)",
    ),
    (
        "upstream-dial-failed",
        "http: proxy error:",
        "text",
        GO
        + " net/http/httputil ReverseProxy (the default ErrorHandler logs 'http: proxy error: ' and its own dial's error)",
    ),
    (
        "proxy-failed",
        "Proxy error",
        "text",
        "Polipo, Apache mod_proxy ('Proxy Error' page), nikto: the proxy reports the failure",
    ),
    ("proxy-failed", "The requested URL could not be retrieved", "text", SQUID),
    (
        "proxy-refused-connection",
        "proxy server is refusing connections",
        "text",
        FIREFOX_PAGE + " (proxyConnectFailure)",
    ),
    ("proxy-refused-connection", "NS_ERROR_PROXY_CONNECTION_REFUSED", "word", FIREFOX_ERR),
    (
        "proxy-refused-connection",
        r"(?:failed to connect|couldn't connect|could not connect) to proxy",
        "regex",
        CURL + " (lib/connect.c: the proxy's port refused or did not answer)",
    ),
    # urllib3 says "Unable to connect to proxy" (2.x) or "Cannot connect to proxy." (1.26) for a CONNECT
    # answered 403/407 too ('..., OSError('Tunnel connection failed: 407 ...')'): only a
    # NewConnectionError beside it is a connection to the proxy that failed.
    (
        "proxy-failed",
        r"unable to connect to proxy",
        "text",
        "urllib3 connectionpool.py (ProxyError('Unable to connect to proxy', <the error>), 2.x)",
    ),
    (
        "proxy-failed",
        r"cannot connect to proxy",
        "text",
        "urllib3 connectionpool.py (ProxyError('Cannot connect to proxy.', <the error>), 1.26)",
    ),
    (
        "proxy-connect-failed",
        r"(?:unable to|cannot) connect to proxy\.?['\"]?, (?:newconnectionerror|connecttimeouterror)",
        "regex",
        "urllib3 connectionpool.py (ProxyError whose error is NewConnectionError / ConnectTimeoutError: the connection to the proxy failed)",
    ),
    (
        "proxy-tls-to-plain",
        "Your proxy appears to only use HTTP and not HTTPS",
        "text",
        "urllib3 connectionpool.py (ProxyError for an https:// proxy URL whose proxy answers in plain HTTP)",
    ),
    (
        "proxy-tls-to-plain",
        r"proxyconnect tcp: tls: first record does not look like a tls handshake",
        "regex",
        GO
        + " net/http transport.go ('proxyconnect tcp: ' + crypto/tls's error on the connection to an https:// proxy)",
    ),
    (
        "proxy-failed",
        "proxyconnect tcp",
        "text",
        GO
        + " net/http transport.go (an error on the connection to the proxy is prefixed 'proxyconnect tcp: ')",
    ),
    (
        "proxy-status",
        r"tunneling socket could not be established,? status ?code=(?P<status>\d{3})",
        "regex",
        "Node.js tunnel-agent (request, Postman): 'tunneling socket could not be established, statusCode=%d'",
    ),
    (
        "proxy-failed",
        "tunneling socket could not be established",
        "text",
        "Node.js tunnel-agent (request, Postman): the CONNECT to the proxy failed ('..., cause=' the socket error)",
    ),
    (
        "proxy-failed",
        "ProxyError",
        "word",
        "urllib3 / requests exceptions (ProxyError: the proxy could not be used)",
    ),
    (
        "tls-wrong-version",
        "server gave HTTP response to HTTPS client",
        "text",
        GO
        + " net/http transport.go ('http: server gave HTTP response to HTTPS client': the TLS record header was an HTTP reply)",
    ),
    (
        "tls-wrong-version",
        "first record does not look like a TLS handshake",
        "text",
        GO + " crypto/tls conn.go (the peer's first bytes are not a TLS record)",
    ),
    (
        "tls-legacy",
        r"the server selected protocol\s+version \S+ is not accepted by client\s+preferences",
        "regex",
        JAVA
        + " (SSLHandshakeException, sun.security.ssl ServerHello: an old protocol version the client disabled)",
    ),
    (
        "tls-legacy",
        "No appropriate protocol (protocol is disabled or cipher suites are inappropriate)",
        "text",
        JAVA + " (SSLHandshakeException: the protocols the client allows and the server offers do not meet)",
    ),
    (
        "tls-legacy",
        "legacy sigalg disallowed or unsupported",
        "text",
        OPENSSL + " 3 (SSL_R_LEGACY_SIGALG_DISALLOWED_OR_UNSUPPORTED: the server signs with SHA-1 or MD5)",
    ),
    ("tls-legacy", "TLSV1_ALERT_PROTOCOL_VERSION", "word", PYTHON + " ([SSL: TLSV1_ALERT_PROTOCOL_VERSION])"),
    ("tls-legacy", "UNSUPPORTED_PROTOCOL", "word", PYTHON + " ([SSL: UNSUPPORTED_PROTOCOL])"),
    ("tls-legacy", "SSL_ERROR_PROTOCOL_VERSION_ALERT", "word", FIREFOX_ERR),
    ("tls-legacy", "SSL_ERROR_UNSUPPORTED_VERSION", "word", FIREFOX_ERR),
    (
        "tls-legacy",
        "tls: protocol version not supported",
        "text",
        GO
        + " crypto/tls alert.go (alertProtocolVersion, as 'remote error: tls: protocol version not supported')",
    ),
    (
        "tls-legacy",
        "Error in protocol version",
        "text",
        "GnuTLS lib/errors.c (GNUTLS_E_UNSUPPORTED_VERSION_PACKET; git: 'GnuTLS, handshake failed: Error in protocol version')",
    ),
    (
        "connection-lost",
        "SSL_ERROR_SYSCALL",
        "word",
        OPENSSL
        + " (SSL_get_error: an I/O error under TLS, most often the peer closed or reset; curl: 'OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to HOST:PORT')",
    ),
    (
        "connection-lost",
        "Remote host terminated the handshake",
        "text",
        JAVA + " (SSLHandshakeException: the peer closed during the TLS handshake)",
    ),
    (
        "cert-untrusted",
        "Invalid certificate chain",
        "text",
        "Apple Security framework errSSLXCertChainInvalid (-9807): curl on macOS (Secure Transport) 'SSL certificate problem: Invalid certificate chain'",
    ),
    (
        "cert-expired",
        "Fatal - Certificate Expired",
        "text",
        "Erlang/OTP lib/ssl/src/ssl_alert.erl (alert description certificate_expired, as logged: 'CLIENT ALERT: Fatal - Certificate Expired')",
    ),
    (
        "cert-expired",
        "certificate_expired",
        "word",
        "Erlang/OTP ssl ({tls_alert, {certificate_expired, ...}})",
    ),
    (
        "cert-unknown-ca",
        "Fatal - Unknown CA",
        "text",
        "Erlang/OTP lib/ssl/src/ssl_alert.erl (alert description unknown_ca)",
    ),
    ("cert-unknown-ca", "unknown_ca", "word", "Erlang/OTP ssl ({tls_alert, {unknown_ca, ...}})"),
    (
        "name-resolution-failed",
        "The remote name could not be resolved",
        "text",
        ".NET System.Net WebException (WebExceptionStatus.NameResolutionFailure: 'The remote name could not be resolved: NAME'; PowerShell Invoke-WebRequest)",
    ),
    (
        "end-of-stream",
        "upstream prematurely closed connection",
        "text",
        "nginx src/http/ngx_http_upstream.c (the upstream closed before sending a whole response header)",
    ),
    # a client that hangs in connect: its last words are the attempt (the paste ends there, or
    # with the ^C the terminal echoed when the person interrupted it)
    (
        "connect-pending",
        r"(?:^|\n)\*? *trying \S+\.\.\.\s*(?:\^c\s*)?\Z",
        "regex",
        CURL + " -v and netkit telnet ('Trying ADDR...' and nothing after it)",
    ),
    (
        "connect-pending",
        # (HOST (NAME)|ADDR|:PORT, or ADDR:PORT: not any line that ends in "...")
        r"connecting to \S+(?: \([^)\n]*\))?(?:\|[^|\n]+\|)?:\d+\.\.\. ?\s*(?:\^c\s*)?\Z",
        "regex",
        WGET + " ('Connecting to HOST|ADDR|:PORT... ' and nothing after it)",
    ),
    (
        "connect-pending",
        r"debug1: connecting to \S+ \[\S+\] port \d+\.\s*(?:\^c\s*)?\Z",
        "regex",
        SSH + " -v (sshconnect.c: 'debug1: Connecting to HOST [ADDR] port N.' and nothing after it)",
    ),
    # (what follows the last step may be the person's own note, "(hangs here)", or the timeout)
    (
        "handshake-stalled",
        r"expecting ssh2_msg_kex\w*(?![\s\S]*(?:ssh2_msg_kex\w* received|authentications that can continue|authenticated to))",
        "regex",
        SSH
        + " -v (kex.c: 'debug1: expecting SSH2_MSG_KEX_ECDH_REPLY' and no reply after it: the server's key exchange reply, its largest packet, never came)",
    ),
    (
        "handshake-stalled",
        r"tls handshake, client hello \(1\):?(?![\s\S]*(?:tls handshake, server hello \(2\)|\(in\), tls|ssl connection using|server certificate:|wrong version|unknown protocol|alert|certificate (?:problem|verify|has|is)|packet length|http request|ssl_error_syscall|unknown ssl protocol error|reset|closed|eof))",
        "regex",
        CURL
        + " -v ('TLSv1.3 (OUT), TLS handshake, Client hello (1):' and no server hello after it, nor what ends a handshake otherwise: the TLS layer's complaint about what came instead, a reset or a close)",
    ),
    (
        "connect-pending",
        r"\[connecting to [^\]\n]+\]\s*(?:\^c\s*)?\Z",
        "regex",
        "APT's progress line ('0% [Connecting to HOST (ADDR)]' and nothing after it)",
    ),
    # connection established
    ("connected", "Escape character is", "text", "netkit telnet (after 'Connected to HOST.')"),
    (
        "connected",
        r"^\*? ?connected to \S+",
        "regex-m",
        "netkit telnet, BusyBox telnet, curl -v ('* Connected to HOST')",
    ),
    (
        "connected",
        r"connecting to \S+.*\.\.\. connected\.",
        "regex",
        WGET + " ('Connecting to ...|:PORT... connected.')",
    ),
    ("connected", r"connection to \S+ \d+ port \[\S+\] succeeded", "regex", "OpenBSD netcat (nc -v)"),
    (
        "end-of-stream",
        "Connection closed by foreign host",
        "text",
        "netkit telnet (telnet.c), BusyBox telnet",
    ),
    (
        "udp-unanswered",
        r"\d+/udp +open\|filtered\b",
        "regex",
        "Nmap reference guide, Port Scanning Basics: open|filtered = no response to the UDP probe (a filter dropped it, or the service stays silent)",
    ),
    (
        "udp-unanswered",
        "no server suitable for synchronization found",
        "text",
        "ntp ntpdate/ntpdate.c (clock_select found no server that answered usably: UDP 123 unanswered)",
    ),
    (
        "udp-unanswered",
        r"please verify that udp port \d+ is not firewalled",
        "regex",
        "mosh src/frontend/stmclient.cc (still_connecting: no datagram came back from mosh-server)",
    ),
    (
        "refused",
        r"\d+/(?:tcp|udp) +closed\b",
        "regex",
        "Nmap reference guide, Port Scanning Basics: closed = the probe was answered, no application listens (RST, or ICMP port unreachable for UDP)",
    ),
    ("connected", r"\d+/tcp +open\b", "regex", "Nmap reference guide, Port Scanning Basics: open"),
    # browsers' error pages (the words a person copies)
    (
        "timed-out",
        "took too long to respond",
        "text",
        "Chromium components/error_page (IDS_ERRORPAGES_SUMMARY_CONNECTION_TIMED_OUT, shown for ERR_CONNECTION_TIMED_OUT and ERR_TIMED_OUT alike: '<host> took too long to respond.')",
    ),
    (
        "empty-reply",
        "didn't send any data",
        "text",
        "Chromium components/error_page (ERR_EMPTY_RESPONSE: '<host> didn't send any data.')",
    ),
    (
        "end-of-stream",
        "unexpectedly closed the connection",
        "text",
        "Chromium components/error_page (ERR_CONNECTION_CLOSED)",
    ),
    (
        "tls-failed",
        "sent an invalid response",
        "text",
        "Chromium components/error_page (ERR_SSL_PROTOCOL_ERROR: '<host> sent an invalid response.')",
    ),
    (
        "name-not-found",
        "DNS_PROBE_FINISHED_NXDOMAIN",
        "word",
        "Chromium components/error_page (DNS probe results)",
    ),
    (
        "name-resolution-failed",
        "We're having trouble finding that site",
        "text",
        FIREFOX_PAGE + " (dnsNotFound)",
    ),
    ("tls-failed", "Secure Connection Failed", "text", FIREFOX_PAGE + " (nssFailure2)"),
    ("tls-legacy", "SSL_ERROR_NO_CYPHER_OVERLAP", "word", FIREFOX_ERR + " (no cipher suite in common)"),
    (
        "tls-failed",
        "PR_END_OF_FILE_ERROR",
        "word",
        FIREFOX_ERR + " (NSPR: the peer closed during the handshake)",
    ),
    # ping (iputils): the ICMP message received
    (
        "no-route",
        "Destination Host Unreachable",
        "text",
        "iputils ping (ping.c pr_icmph: ICMP host unreachable)",
    ),
    (
        "net-unreachable",
        "Destination Net Unreachable",
        "text",
        "iputils ping (ping.c pr_icmph: ICMP net unreachable)",
    ),
    (
        "refused",
        "Destination Port Unreachable",
        "text",
        "iputils ping (ping.c pr_icmph: ICMP port unreachable)",
    ),
    ("permission-denied", "Packet filtered", "text", "iputils ping (ping.c pr_icmph: ICMP admin prohibited)"),
    ("no-route", "Host is unreachable", "text", JAVA + " (NoRouteToHostException: Host is unreachable)"),
    # database clients: the errno in parentheses
    (
        "refused",
        r"can't connect to (?:mysql|mariadb) server on \S+ \((?:111|10061|61)\b",
        "regex",
        "MySQL client CR_CONN_HOST_ERROR 2003 ('Can't connect to MySQL server on HOST (errno)': ECONNREFUSED is 111 on Linux, 61 on macOS and the BSDs, WSAECONNREFUSED 10061; ETIMEDOUT 110, 60, 10060)",
    ),
    (
        "syn-timed-out",
        r"can't connect to (?:mysql|mariadb) server on \S+ \((?:110|10060|60)\b",
        "regex",
        "MySQL client CR_CONN_HOST_ERROR 2003",
    ),
    (
        "no-route",
        r"can't connect to (?:mysql|mariadb) server on \S+ \(113\b",
        "regex",
        "MySQL client CR_CONN_HOST_ERROR 2003",
    ),
    (
        "net-unreachable",
        r"can't connect to (?:mysql|mariadb) server on \S+ \((?:101|10051|51)\b",
        "regex",
        "MySQL client CR_CONN_HOST_ERROR 2003 (ENETUNREACH is 101 on Linux, 51 on macOS and the BSDs, WSAENETUNREACH 10051)",
    ),
    # resolvers (dig, nslookup) and gateways
    (
        "name-server-failed",
        "no servers could be reached",
        "text",
        BIND_DIG + " (dig, nslookup: every server failed to answer)",
    ),
    (
        "name-server-timed-out",
        "connection timed out; no servers could be reached",
        "text",
        BIND_DIG + " (BIND 9.16 and older: every query timed out)",
    ),
    ("name-server-timed-out", r"communications error to \S+: timed out", "regex", BIND_DIG + " (BIND 9.18)"),
    (
        "name-server-refused",
        r"communications error to \S+: connection refused",
        "regex",
        BIND_DIG + " (BIND 9.18)",
    ),
    ("name-server-failed", "communications error to", "text", BIND_DIG + " (BIND 9.18)"),
    (
        "name-server-timed-out",
        r"->\S+:53:\s+i/o timeout",
        "regex",
        GO + " (OpError 'read udp SRC->SERVER:53: i/o timeout': the DNS server did not answer)",
    ),
    (
        "name-server-refused",
        r"->\S+:53:\s+read: connection\s+refused",
        "regex",
        GO
        + " (OpError 'read udp SRC->SERVER:53: read: connection refused': nothing listens on the server's port 53)",
    ),
    (
        "name-refused-rcode",
        r"status: refused\b",
        "regex",
        BIND_DIG + " (header line 'status: REFUSED', RFC 1035 RCODE 5)",
    ),
    (
        "name-refused-rcode",
        r"server can't find \S+: refused",
        "regex",
        "BIND 9 bin/dig/nslookup.c (** server can't find NAME: REFUSED)",
    ),
    (
        "name-servfail-rcode",
        r"status: servfail\b",
        "regex",
        BIND_DIG + " (header line 'status: SERVFAIL', RCODE 2)",
    ),
    (
        "name-not-found",
        r"status: nxdomain\b",
        "regex",
        BIND_DIG + " (header line 'status: NXDOMAIN', RCODE 3)",
    ),
    ("name-not-found", "Unknown host", "text", HERROR + " (HOST_NOT_FOUND: ping, traceroute, BSD tools)"),
    ("name-temporary-failure", "Host name lookup failure", "text", HERROR + " (TRY_AGAIN)"),
    ("name-temporary-failure", "Unknown server error", "text", HERROR + " (NO_RECOVERY)"),
    ("name-temporary-failure", "getaddrinfo EAI_AGAIN", "text", NODE + " (getaddrinfo EAI_AGAIN NAME)"),
    ("name-not-found", "getaddrinfo ENOTFOUND", "text", NODE + " (getaddrinfo ENOTFOUND NAME)"),
    (
        "name-servfail-rcode",
        "SERVFAIL",
        "word",
        "RFC 1035 section 4.1.1 (RCODE 2, as dig and resolvers name it)",
    ),
    ("name-not-found", "NXDOMAIN", "word", "RFC 8020 / RFC 1035 (RCODE 3, as dig and resolvers name it)"),
    (
        "name-resolution-failed",
        "server can't find",
        "text",
        "BIND 9 bin/dig/nslookup.c (** server can't find NAME: ...)",
    ),
    (
        "name-resolution-failed",
        "unable to resolve",
        "text",
        "common resolver wording (wget, Go and Rust libraries)",
    ),
    (
        "name-resolution-failed",
        r"could not resolve(?! (?:all |the )?(?:task )?(?:dependencies|dependency|artifacts?|plugins?|files|configuration|type|symbol|import|module|reference|placeholder|parent|project)\b)(?! [\w.-]+:[\w.-]+:)",
        "regex",
        CURL
        + "; also ssh, docker (not a build tool's 'Could not resolve dependencies' or 'Could not resolve group:artifact:version', which name no host)",
    ),
    # (with words after it on its line: Bun ends a line with "PKG@VERSION failed to resolve" for
    # a package it could not resolve, after the network error that caused it; not librespot's
    # "Failed to resolve Access Point", an HTTP request to apresolve whose reason follows it)
    (
        "name-resolution-failed",
        r"failed to resolve(?! access point)(?=[ \t]*[^\s])",
        "regex",
        "common resolver wording (Node, Rust, Docker, mount.nfs: 'failed to resolve address for NAME', 'Failed to resolve server NAME')",
    ),
    (
        "gateway-error",
        r"\bhttp/\d(?:\.\d)? (?P<status>50[24])\b",
        "regex",
        "RFC 9110 sections 15.6.3 (502 Bad Gateway), 15.6.5 (504 Gateway Timeout)",
    ),
    # (a browser's console puts the reason in brackets: "a status of 504 (Gateway Timeout)")
    ("gateway-error", r"\b(?P<status>502):? \(?bad gateway", "regex", "RFC 9110 section 15.6.3"),
    ("gateway-error", r"\b(?P<status>504) \(?gateway time-?out", "regex", "RFC 9110 section 15.6.5"),
    # wget
    ("name-resolution-failed", "unable to resolve host address", "text", WGET),
    ("empty-reply", "No data received", "text", WGET + " (http.c)"),
    ("cert-problem", "cannot verify", "text", WGET + " (openssl.c: ERROR: cannot verify ...'s certificate)"),
    ("cert-wrong-host", "certificate owner does not match hostname", "text", WGET),
    ("transfer-timed-out", "Read error (Connection timed out)", "text", WGET),
    # more clients and runtimes, each in its own words
    (
        "refused",
        r"connection to \S+ refused\. check that the hostname and port are correct",
        "regex",
        "PostgreSQL JDBC (PSQLException: 'Connection to {0} refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.')",
    ),
    (
        "refused",
        r"the connection to the server \S+ was refused",
        "regex",
        "kubectl (k8s.io/kubectl/pkg/cmd/util/helpers.go: 'The connection to the server %s was refused - did you specify the right host or port?')",
    ),
    (
        "connect-failed",
        "can't establish a connection to the server at",
        "text",
        FIREFOX_PAGE + " (connectionFailure: 'Firefox can't establish a connection to the server at HOST.')",
    ),
    (
        "connect-failed",
        "Communications link failure",
        "text",
        "MySQL Connector/J (CommunicationsException: no packet from the server; the cause follows)",
    ),
    (
        "reset",
        "Connection was reset",
        "text",
        CURL + " (lib/strerror.c, Winsock WSAECONNRESET: 'Connection was reset')",
    ),
    (
        "reset",
        r"socketexception: connection reset\b",
        "regex",
        JAVA + " (java.net.SocketException: Connection reset)",
    ),
    (
        "connection-lost",
        "socket hang up",
        "text",
        "Node.js lib/_http_client.js (ECONNRESET 'socket hang up': the socket closed before the response)",
    ),
    (
        "end-of-stream",
        r"^.*\b(?:get|post|put|head|patch|delete) \\?\"?[a-z]+://[^\s\"\\]+\\?\"?: eof(?:$|[\]\"',\\])",
        "regex-m",
        GO
        + " net/http client.go (the server closed the connection before a response: '<method> \"<url>\": EOF', also inside a JSON log line, quotes escaped, as Beats log it)",
    ),
    (
        "end-of-stream",
        r"connection to \S+ closed by remote host",
        "regex",
        "OpenSSH packet.c ('Connection to %s closed by remote host.')",
    ),
    (
        "syn-timed-out",
        "Ncat: TIMEOUT.",
        "text",
        "Nmap ncat/ncat_connect.c (the connect timed out: 'TIMEOUT.')",
    ),
    (
        "syn-timed-out",
        "Net::OpenTimeout",
        "word",
        "Ruby net/http (Net::OpenTimeout: the TCP open did not complete in open_timeout)",
    ),
    (
        "timed-out",
        "A timeout was reached",
        "text",
        "GLib gio/gioerror (G_IO_ERROR_TIMED_OUT), as libsoup, GNOME Software and flatpak print it",
    ),
    (
        "timed-out",
        "context deadline exceeded",
        "text",
        GO + " context (context.DeadlineExceeded: a deadline passed, here the request's)",
    ),
    (
        "name-temporary-failure",
        "Temporary failure resolving",
        "text",
        "APT apt-pkg/contrib/... (resolver EAI_AGAIN: 'Temporary failure resolving 'NAME'')",
    ),
    (
        "name-no-address",
        r"\S+ has no (?:aaaa|a) record",
        "regex",
        BIND_DIG + " host.c ('%s has no %s record': NOERROR with no record of the type)",
    ),
    (
        "name-no-address",
        "The requested name is valid, but no data of the requested type was found",
        "text",
        WSA + ": WSANO_DATA (11004)",
    ),
    (
        "name-not-found",
        "Non-existent domain",
        "text",
        "Windows nslookup (NXDOMAIN: '*** SERVER can't find NAME: Non-existent domain')",
    ),
    (
        "name-server-failed",
        "DNS_PROBE_FINISHED_NO_INTERNET",
        "word",
        "Chromium components/error_page (DNS probe: the resolver could not be reached)",
    ),
    (
        "net-unreachable",
        "ERR_INTERNET_DISCONNECTED",
        "word",
        CHROMIUM + " (-106: no network connection, no route out)",
    ),
    (
        "connection-lost",
        "ERR_CONNECTION_ABORTED",
        "word",
        CHROMIUM + " (-103: aborted after no ACK for data sent, lost packets)",
    ),
    (
        "tls-legacy",
        "Received fatal alert: handshake_failure",
        "text",
        JAVA + " (SSLHandshakeException: the server's handshake_failure alert, RFC 8446 section 6.2)",
    ),
    (
        "tls-wrong-version",
        "Unsupported or unrecognized SSL message",
        "text",
        JAVA + " (SSLException: the peer's first bytes are not a TLS record, plain text on a TLS connection)",
    ),
    (
        "cert-wrong-host",
        r"no subject alternative (?:dns )?names? matching",
        "regex",
        JAVA + " (CertificateException: No subject alternative DNS name matching HOST found)",
    ),
    (
        "cert-expired",
        "CertificateExpiredException",
        "word",
        JAVA + " (java.security.cert.CertificateExpiredException: NotAfter ...)",
    ),
    (
        "cert-problem",
        "PKIX path validation failed",
        "text",
        JAVA + " (ValidatorException: the chain was built and failed a check: validity, revocation ...)",
    ),
    (
        "cert-unknown-ca",
        "UnknownIssuer",
        "word",
        "rustls CertificateError::UnknownIssuer ('invalid peer certificate: UnknownIssuer')",
    ),
    ("cert-wrong-host", "NotValidForName", "word", "rustls CertificateError::NotValidForName"),
    ("cert-expired", r"invalid peer certificate: expired\b", "regex", "rustls CertificateError::Expired"),
    (
        "cert-problem",
        "The remote certificate is invalid",
        "text",
        ".NET System.Net.Security (AuthenticationException: 'The remote certificate is invalid according to the validation procedure' / 'because of errors ...')",
    ),
    (
        "cert-untrusted",
        "UntrustedRoot",
        "word",
        ".NET X509ChainStatusFlags.UntrustedRoot (the chain ends at a root the machine does not trust)",
    ),
    (
        "cert-unknown-ca",
        "PartialChain",
        "word",
        ".NET X509ChainStatusFlags.PartialChain (no issuer found for a certificate of the chain)",
    ),
    (
        "cert-wrong-host",
        "RemoteCertificateNameMismatch",
        "word",
        ".NET SslPolicyErrors.RemoteCertificateNameMismatch",
    ),
    (
        "cert-expired",
        "NotTimeValid",
        "word",
        ".NET X509ChainStatusFlags.NotTimeValid (expired or not yet valid)",
    ),
    (
        "cert-wrong-host",
        "x509: certificate is not valid for any names",
        "text",
        GO + " crypto/x509 HostnameError (a certificate with no SAN for the host)",
    ),
    (
        "cert-wrong-host",
        "x509: certificate relies on legacy Common Name field",
        "text",
        GO + " crypto/x509 (Go 1.15+: a CN-only certificate names no host)",
    ),
    (
        "tls-failed",
        "There was a problem confirming the ssl certificate",
        "text",
        "pip src/pip/_internal/index/collector.py (its words for any SSLError, the certificate's or the handshake's: the error it quotes says which)",
    ),
    (
        "tls-failed",
        r"schannel: failed to receive handshake",
        "text",
        CURL + " (lib/vtls/schannel.c: the handshake failed, Windows)",
    ),
    (
        "end-of-stream",
        "The TLS connection was non-properly terminated",
        "text",
        "GnuTLS lib/errors.c (GNUTLS_E_PREMATURE_TERMINATION: the peer closed without close_notify)",
    ),
    (
        "tls-failed",
        "A TLS packet with unexpected length was received",
        "text",
        "GnuTLS lib/errors.c (GNUTLS_E_UNEXPECTED_PACKET_LENGTH: a record the TLS layer could not read)",
    ),
    # resolvers' own words: c-ares (curl, Node's dns.resolve*, aiodns), systemd-resolved, Windows
    ("name-not-found", "Domain name not found", "text", CARES + " (ARES_ENOTFOUND)"),
    (
        "name-server-refused",
        "Could not contact DNS servers",
        "text",
        CARES + " (ARES_ECONNREFUSED: the servers' port refused, as Node's 'querySrv ECONNREFUSED' below)",
    ),
    ("name-server-timed-out", "Timeout while contacting DNS servers", "text", CARES + " (ARES_ETIMEOUT)"),
    ("name-servfail-rcode", "DNS server returned general failure", "text", CARES + " (ARES_ESERVFAIL)"),
    ("name-refused-rcode", "DNS server refused query", "text", CARES + " (ARES_EREFUSED)"),
    ("name-no-address", "DNS server returned answer with no data", "text", CARES + " (ARES_ENODATA)"),
    (
        "name-servfail-rcode",
        "ESERVFAIL",
        "word",
        "Node.js docs, DNS: error codes (dns.SERVFAIL 'ESERVFAIL', from c-ares)",
    ),
    ("name-refused-rcode", "EREFUSED", "word", "Node.js docs, DNS: error codes (dns.REFUSED 'EREFUSED')"),
    ("name-no-address", "ENODATA", "word", "Node.js docs, DNS: error codes (dns.NODATA 'ENODATA')"),
    (
        "name-server-timed-out",
        "ETIMEOUT",
        "word",
        "Node.js docs, DNS: error codes (dns.TIMEOUT 'ETIMEOUT': the DNS server did not answer)",
    ),
    (
        "name-not-found",
        r"resolve call failed: '[^'\n]+' not found",
        "regex",
        RESOLVED + " (BUS_ERROR_DNS_NXDOMAIN: ''%s' not found')",
    ),
    (
        "name-server-timed-out",
        "All attempts to contact name servers or networks failed",
        "text",
        RESOLVED + " (DNS_TRANSACTION_ATTEMPTS_MAX_REACHED)",
    ),
    (
        "name-server-failed",
        "No appropriate name servers or networks for name found",
        "text",
        RESOLVED + " (DNS_TRANSACTION_NO_SERVERS)",
    ),
    (
        "name-refused-rcode",
        r"returned error refused\b",
        "regex",
        RESOLVED + " ('... server or network returned error REFUSED')",
    ),
    (
        "name-refused-rcode",
        r"not found: 5\(refused\)",
        "regex",
        BIND_DIG + " host.c ('Host NAME not found: 5(REFUSED)')",
    ),
    (
        "name-resolution-failed",
        "can't resolve '",
        "text",
        "BusyBox networking/nslookup.c ('nslookup: can't resolve 'NAME'')",
    ),
    ("name-refused-rcode", r"can't find \S+: query refused", "regex", NSLOOKUP_WIN + " (Refused)"),
    ("name-servfail-rcode", r"can't find \S+: server failed", "regex", NSLOOKUP_WIN + " (Server failure)"),
    (
        "name-server-timed-out",
        r"can't find \S+: no response from server",
        "regex",
        NSLOOKUP_WIN + " (No response from server)",
    ),
    ("name-server-timed-out", r"\*\*\* request to \S+ timed-out", "regex", NSLOOKUP_WIN + " (Timed out)"),
    (
        "name-server-timed-out",
        "DNS request timed out",
        "text",
        NSLOOKUP_WIN + " (Timed out: 'DNS request timed out. timeout was N seconds.')",
    ),
    (
        "name-not-found",
        "DNS name does not exist",
        "text",
        WINERR + " (DNS_ERROR_RCODE_NAME_ERROR 9003; Resolve-DnsName)",
    ),
    ("name-servfail-rcode", "DNS server failure", "text", WINERR + " (DNS_ERROR_RCODE_SERVER_FAILURE 9002)"),
    ("name-refused-rcode", "DNS request refused", "text", WINERR + " (DNS_ERROR_RCODE_REFUSED 9005)"),
    (
        "name-no-address",
        "No records found for given DNS query",
        "text",
        WINERR + " (DNS_INFO_NO_RECORDS 9501)",
    ),
    (
        "name-server-timed-out",
        r"resolve-dnsname[^\n]*this operation returned because the timeout period expired",
        "regex",
        WINERR + " (ERROR_TIMEOUT 1460, as Resolve-DnsName reports an unanswered query)",
    ),
    # .NET Framework's WebException (WebExceptionStatus), as PowerShell's Invoke-WebRequest prints it
    ("connect-failed", "Unable to connect to the remote server", "text", DOTNET_WEB + " (ConnectFailure)"),
    (
        "cert-untrusted",
        "Could not establish trust relationship for the SSL/TLS secure channel",
        "text",
        DOTNET_WEB + " (TrustFailure)",
    ),
    (
        "end-of-stream",
        "The underlying connection was closed: The connection was closed unexpectedly",
        "text",
        DOTNET_WEB + " (ConnectionClosed)",
    ),
    # Python's ssl, httpx, aiohttp; Node's undici and tls
    (
        "connection-lost",
        "EOF occurred in violation of protocol",
        "text",
        PYTHON + " (ssl.SSLEOFError: the connection closed under the TLS layer)",
    ),
    (
        "end-of-stream",
        "TLS/SSL connection has been closed (EOF)",
        "text",
        PYTHON + " (ssl.SSLZeroReturnError)",
    ),
    (
        "syn-timed-out",
        "httpx.ConnectTimeout",
        "text",
        "HTTPX exceptions (ConnectTimeout: the TCP connect did not complete)",
    ),
    (
        "transfer-timed-out",
        "httpx.ReadTimeout",
        "text",
        "HTTPX exceptions (ReadTimeout: connected, no data in time)",
    ),
    (
        "connect-failed",
        "All connection attempts failed",
        "text",
        "AnyIO connect_tcp (httpcore.ConnectError: every address refused or failed)",
    ),
    # (aiohttp words a TLS failure the same way: ClientConnectorCertificateError and
    # ClientConnectorSSLError quote the TLS error in the brackets, and the connection was made)
    (
        "connect-failed",
        r"cannot connect to host (?![^\n]*(?:ssl\w*error|certificate|\[ssl:))",
        "regex",
        "aiohttp client_exceptions.ClientConnectorError ('Cannot connect to host HOST:PORT ssl:... [the OS error]'; not its certificate and SSL errors, whose brackets quote the TLS error)",
    ),
    (
        "connect-failed",
        "Connect call failed",
        "text",
        "Python asyncio selector_events (OSError 'Connect call failed (ADDR, PORT)')",
    ),
    (
        "end-of-stream",
        "ServerDisconnectedError",
        "word",
        "aiohttp client_exceptions (the server closed the connection before a response)",
    ),
    (
        "connect-timed-out",
        "UND_ERR_CONNECT_TIMEOUT",
        "word",
        "Node.js undici errors (ConnectTimeoutError: the TCP connect or the TLS handshake on it did not finish in time)",
    ),
    (
        "end-of-stream",
        "other side closed",
        "text",
        "Node.js undici (SocketError 'other side closed', UND_ERR_SOCKET)",
    ),
    (
        "connection-lost",
        "Client network socket disconnected before secure TLS connection was established",
        "text",
        "Node.js lib/_tls_wrap.js (ECONNRESET during the handshake)",
    ),
    (
        "tls-wrong-version",
        "ERR_SSL_WRONG_VERSION_NUMBER",
        "word",
        "Node.js (OpenSSL's SSL_R_WRONG_VERSION_NUMBER as err.code)",
    ),
    ("tls-failed", "EPROTO", "word", NODE + " (EPROTO: a protocol error, OpenSSL's reason follows)"),
    (
        "transfer-timed-out",
        "timeout awaiting response headers",
        "text",
        GO + " net/http transport.go (ResponseHeaderTimeout)",
    ),
    # OpenSSL: servers too old for the client's security level
    (
        "tls-legacy",
        "dh key too small",
        "text",
        OPENSSL + " (SSL_R_DH_KEY_TOO_SMALL: the server's DH group is weaker than the client allows)",
    ),
    (
        "tls-legacy",
        "unsafe legacy renegotiation disabled",
        "text",
        OPENSSL + " 3 (SSL_R_UNSAFE_LEGACY_RENEGOTIATION_DISABLED: a server without RFC 5746)",
    ),
    # curl's proxy and transfer words
    (
        "connection-lost",
        "Unknown SSL protocol error in connection to",
        "text",
        CURL
        + " (before 7.50: OpenSSL's SSL_ERROR_SYSCALL, the connection closed or reset under the handshake)",
    ),
    (
        "proxy-failed",
        "Proxy CONNECT aborted",
        "text",
        CURL + " (the proxy closed the connection during CONNECT)",
    ),
    ("proxy-failed", "connection to proxy closed", "text", CURL + " (CURLE_PROXY, 97)"),
    (
        "proxy-failed",
        "Can't complete SOCKS5 connection",
        "text",
        CURL + " (CURLE_PROXY, 97: the SOCKS proxy refused or failed)",
    ),
    (
        "transfer-timed-out",
        "SSL connection timeout",
        "text",
        CURL + " (CURLE_OPERATION_TIMEDOUT during the handshake: connected, no TLS answer)",
    ),
    (
        "connection-lost",
        r"transfer closed with \d+ bytes remaining to read",
        "regex",
        CURL + " (CURLE_PARTIAL_FILE, 18: the connection closed mid-transfer)",
    ),
    # wget and GnuTLS
    (
        "tls-failed",
        "Unable to establish SSL connection",
        "text",
        WGET + " (any handshake failure; the reason is on the line before)",
    ),
    (
        "end-of-stream",
        r"connection closed at byte \d+",
        "regex",
        WGET + " (retr.c: the server closed the connection)",
    ),
    (
        "connection-lost",
        "Error in the pull function",
        "text",
        "GnuTLS lib/errors.c (GNUTLS_E_PULL_ERROR: receiving failed, the connection was reset or closed)",
    ),
    (
        "connection-lost",
        "Error in the push function",
        "text",
        "GnuTLS lib/errors.c (GNUTLS_E_PUSH_ERROR: sending failed)",
    ),
    (
        "tls-failed",
        "A TLS fatal alert has been received",
        "text",
        "GnuTLS lib/errors.c (GNUTLS_E_FATAL_ALERT_RECEIVED)",
    ),
    (
        "tls-wrong-version",
        "An unexpected TLS packet was received",
        "text",
        "GnuTLS lib/errors.c (GNUTLS_E_UNEXPECTED_PACKET: a record the handshake did not expect, in practice the peer's plain text; the lab's wget and git print it against a plain server and nowhere else)",
    ),
    # Java, Ruby, database and RPC clients, in their own words
    (
        "tls-legacy",
        "Received fatal alert: protocol_version",
        "text",
        JAVA + " (SSLHandshakeException: the peer's protocol_version alert, the versions do not meet)",
    ),
    (
        "connection-lost",
        "SSL peer shut down incorrectly",
        "text",
        JAVA + " (EOFException: the connection closed during the handshake)",
    ),
    (
        "cert-wrong-host",
        "No subject alternative names present",
        "text",
        JAVA + " (CertificateException: a certificate naming no host, dialled by IP)",
    ),
    (
        "empty-reply",
        "The target server failed to respond",
        "text",
        "Apache HttpClient (NoHttpResponseException: the connection closed without a response)",
    ),
    (
        "name-resolution-failed",
        "UnresolvedAddressException",
        "word",
        "Java NIO (java.nio.channels.UnresolvedAddressException: the name did not resolve)",
    ),
    (
        "transfer-timed-out",
        "Net::ReadTimeout",
        "text",
        "Ruby net/http (Net::ReadTimeout: connected, no data in read_timeout)",
    ),
    (
        "connect-failed",
        "Faraday::ConnectionFailed",
        "text",
        "Ruby Faraday (ConnectionFailed: the TCP connection was not made; the cause follows)",
    ),
    (
        "connection-lost",
        r"ssl_connect syscall returned=5",
        "regex",
        "Ruby openssl (SSL_connect SYSCALL returned=5: OpenSSL's SSL_ERROR_SYSCALL, the connection closed or reset under the handshake)",
    ),
    (
        "end-of-stream",
        "SSL_ERROR_ZERO_RETURN",
        "word",
        OPENSSL + " (SSL_get_error: the peer closed the TLS connection)",
    ),
    (
        "connect-failed",
        "Can't reach database server at",
        "text",
        "Prisma error reference (P1001: the database server's port was not reached)",
    ),
    (
        "connect-failed",
        "could not be established. Broker may not be available",
        "text",
        "Apache Kafka Java client NetworkClient ('Connection to node N (HOST:PORT) could not be established. Broker may not be available.')",
    ),
    (
        "connect-failed",
        r"failed to connect to all addresses(?![^\n]*(?:ssl|handshake|certificate))",
        "regex",
        "gRPC core (UNAVAILABLE: every resolved address failed to connect; not when its 'last error' quotes a TLS handshake failure, which is on a connection that was made)",
    ),
    (
        "connect-failed",
        "Exception opening socket",
        "text",
        "MongoDB Java driver (MongoSocketOpenException: the TCP connect failed; the cause follows)",
    ),
    (
        "connect-failed",
        r"redisconnectionexception: unable to connect to",
        "regex",
        "Lettuce (RedisConnectionException: 'Unable to connect to HOST:PORT')",
    ),
    (
        "connection-lost",
        r"(?:winerror|error|errno|code|socket error|exception)[^0-9a-z]{0,3}10053\b",
        "regex",
        WSA + ": WSAECONNABORTED",
    ),
    (
        "connection-lost",
        "An established connection was aborted by the software in your host machine",
        "text",
        WSA + ": WSAECONNABORTED",
    ),
    # read from fresh5 after its one scoring: more clients' own words
    ("net-unreachable", "向一个无法连接的网络尝试了一个套接字操作", "text", WSA + ": WSAENETUNREACH, zh-CN"),
    ("no-route", "向一个无法连接的主机尝试了一个套接字操作", "text", WSA + ": WSAEHOSTUNREACH, zh-CN"),
    (
        "cert-unknown-ca",
        "Unable to locally verify the issuer's authority",
        "text",
        WGET + " (openssl.c: X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY, an issuer the client lacks)",
    ),
    (
        "cert-self-signed",
        "Self-signed certificate encountered",
        "text",
        WGET + " (openssl.c: X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT / SELF_SIGNED_CERT_IN_CHAIN)",
    ),
    (
        "cert-expired",
        "Issued certificate has expired",
        "text",
        WGET + " (openssl.c: X509_V_ERR_CERT_HAS_EXPIRED)",
    ),
    (
        "cert-unknown-ca",
        "no issuer chain was provided",
        "text",
        FIREFOX_PAGE
        + " (SEC_ERROR_UNKNOWN_ISSUER: 'The certificate is not trusted because no issuer chain was provided.', a server that omits its intermediate)",
    ),
    (
        "cert-expired",
        "The certificate chain uses expired certificate",
        "text",
        "GnuTLS lib/cert-session.c / x509 verify status (GNUTLS_CERT_EXPIRED: 'The certificate chain uses expired certificate.')",
    ),
    (
        "cert-untrusted",
        "server certificate verification failed",
        "text",
        CURL
        + " (lib/vtls/gtls.c, GnuTLS backend as Debian's git uses it: 'server certificate verification failed. CAfile: ... CRLfile: ...')",
    ),
    (
        "proxy-status",
        r"\bcode e(?P<status>407)\b",
        "regex",
        "npm (npm-registry-fetch: an HTTP status N is reported as 'code EN'; 407 is only ever a proxy's)",
    ),
    (
        "proxy-status",
        r"\btcp_denied/(?P<status>40[37])\b",
        "regex",
        SQUID + " access.log (result code TCP_DENIED: http_access refused the request, with its status)",
    ),
    (
        "proxy-status",
        r"\b(?P<status>40[37]) tcp_denied\b",
        "regex",
        SQUID + " access.log, other log formats (status, then the TCP_DENIED result code)",
    ),
    (
        "proxy-connect-failed",
        "There is something wrong with the proxy server, or the address is incorrect",
        "text",
        "Chromium components/error_page (ERR_PROXY_CONNECTION_FAILED: 'There is something wrong with the proxy server, or the address is incorrect.')",
    ),
    (
        "udp-unanswered",
        "Receive timed out",
        "text",
        JAVA
        + " (java.net.SocketTimeoutException from DatagramSocket.receive: no datagram came back; SQL Server JDBC's browser query on UDP 1434)",
    ),
    (
        "udp-unanswered",
        r"handshake (?:for peer \d+ \([^)\n]*\) )?did not complete after \d+ seconds",
        "regex",
        "WireGuard device/timers.go ('Handshake for peer %d (%s) did not complete after %d seconds, retrying': no handshake response over UDP)",
    ),
    (
        "udp-unanswered",
        r"\(\S+ s without contact\.\)",
        "regex",
        "mosh src/frontend/terminaloverlay.cc (the notification bar: '(N s without contact.)', no datagram from mosh-server)",
    ),
    (
        "upstream-dial-failed",
        "http proxy error",
        "text",
        "Vite packages/vite/src/node/server/middlewares/proxy.ts (http-proxy's error event: 'http proxy error' and the dial's error, the dev server's own connection to its target)",
    ),
    (
        "connect-failed",
        r"proxy error: could not proxy request \S+ from \S+ to \S+",
        "regex",
        "Create React App react-dev-utils/WebpackDevServerUtils.js onProxyError ('Proxy error: Could not proxy request URL from HOST to TARGET.': the dev server's connection to TARGET failed, most often ECONNREFUSED)",
    ),
    (
        "connection-lost",
        r"an error occurred forwarding \d+ -> \d+: error forwarding port \d+ to pod [^\n]*",
        "regex",
        "kubectl pkg/cmd/portforward (portforward.go: 'an error occurred forwarding L -> R': the pod's port refused the forwarded connection, so kubectl closes the local one it accepted; the refusal it quotes is the pod's)",
    ),
    (
        "syn-timed-out",
        "connection timeout expired",
        "text",
        "PostgreSQL libpq fe-connect.c ('timeout expired': connect_timeout passed before the connection was made; pgAdmin: 'connection timeout expired')",
    ),
    (
        "syn-timed-out",
        "failed: timeout expired",
        "text",
        "PostgreSQL libpq fe-connect.c ('connection to server at ... failed: timeout expired': connect_timeout passed before the connection was made)",
    ),
    (
        "end-of-stream",
        "server closed the connection unexpectedly",
        "text",
        "PostgreSQL libpq fe-misc.c ('server closed the connection unexpectedly / This probably means the server terminated abnormally')",
    ),
    # read from fresh6 after its one scoring
    (
        "cert-wrong-host",
        "doesn't match certificate's altnames",
        "text",
        "Node.js lib/tls.js checkServerIdentity before v6 (\"Hostname/IP doesn't match certificate's altnames\")",
    ),
    (
        "name-server-timed-out",
        r"lookup \S+ on \S+:53: read udp \S+:53: i/o timeout",
        "regex",
        GO
        + " net (Go < 1.x: 'lookup NAME on SERVER:53: read udp SERVER:53: i/o timeout', the DNS server did not answer)",
    ),
    (
        "name-server-timed-out",
        r"lookup \S+ on \S+:53: [^\n]*i/o timeout",
        "regex",
        GO
        + " net (DNSError 'lookup NAME on SERVER:53: ...: i/o timeout': the query to SERVER got no answer)",
    ),
    (
        "proxy-url-unusable",
        r"unsupported proxy '[^'\n]*', libcurl is built without the https-proxy support",
        "regex",
        CURL
        + " (lib/url.c, CURLE_NOT_BUILT_IN: an https:// proxy URL to a libcurl without HTTPS-proxy support)",
    ),
    (
        "refused",
        r"\budp\b[\s\S]{0,300}?\b10054\b",
        "regex",
        WSA
        + ": WSAECONNRESET on a UDP socket ('For a UDP datagram socket, this error indicates a previous send operation resulted in an ICMP Port Unreachable message')",
    ),
    (
        "refused",
        r"\budp\b[\s\S]{0,300}?forcibly closed by the remote host",
        "regex",
        WSA
        + ": WSAECONNRESET's text on a UDP socket (an ICMP Port Unreachable answered an earlier datagram)",
    ),
    (
        "timed-out",
        r"timeout was reached before node (?:was )?joined",
        "regex",
        "moby daemon/cluster (swarm join: 'Timeout was reached before node joined': the manager's port was not reached in time)",
    ),
    (
        "proxy-status",
        r"proxyerror: (?P<status>\d{3}) [a-z]",
        "regex",
        "httpcore _async/http_proxy.py (ProxyError('%d %s': the status and reason of the proxy's answer to CONNECT), as httpx raises it",
    ),
    (
        "proxy-status:407",
        "Proxy Authentication Required",
        "text",
        "RFC 9110 section 15.5.8 (the reason phrase of status 407, said only by a proxy)",
    ),
    (
        "gateway-error",
        r"(?P<status>504) = the gateway server did not receive a timely response",
        "regex",
        "Python Lib/http/server.py default error page with http.HTTPStatus's description (GATEWAY_TIMEOUT)",
    ),
    (
        "gateway-error",
        r"(?P<status>502) = invalid responses from another server/proxy",
        "regex",
        "Python Lib/http/server.py default error page with http.HTTPStatus's description (BAD_GATEWAY)",
    ),
    (
        "refused",
        "Impossibile stabilire la connessione. Rifiuto persistente del computer di destinazione",
        "text",
        WSA + ": WSAECONNREFUSED, it-IT",
    ),
    (
        "syn-timed-out",
        "Risposta non corretta della parte connessa dopo l'intervallo di tempo",
        "text",
        WSA + ": WSAETIMEDOUT, it-IT",
    ),
    (
        "net-unreachable",
        "Tentativo di operazione del socket verso una rete non raggiungibile",
        "text",
        WSA + ": WSAENETUNREACH, it-IT",
    ),
    (
        "no-route",
        "Tentativo di operazione del socket verso un host non raggiungibile",
        "text",
        WSA + ": WSAEHOSTUNREACH, it-IT",
    ),
    (
        "reset",
        "Connessione in corso interrotta forzatamente dall'host remoto",
        "text",
        WSA + ": WSAECONNRESET, it-IT",
    ),
    # read from fresh7 after its one scoring
    (
        "name-no-address",
        r"can't find \S+: no answer",
        "regex",
        "BIND 9 bin/dig/nslookup.c ('*** Can't find NAME: No answer': NOERROR with no record of the type asked)",
    ),
    (
        "proxy-status",
        r"connect \S+:\d+ http/1\.[01][\s\S]{0,600}?http/1\.[01] (?P<status>[45]\d\d)\b",
        "regex",
        "RFC 9110 section 9.3.6 (CONNECT), as curl -v and proxies' logs show it: the CONNECT request line, then the proxy's error status",
    ),
    (
        "udp-unanswered",
        r"udp://\S+:\d+[^\n]*request timeout",
        "regex",
        "gosnmp (as Telegraf's SNMP input reports it: 'agent udp://HOST:161: ... request timeout', no reply over UDP)",
    ),
    # read from fresh8 after its one scoring
    (
        "proxy-status",
        r"the proxy tunnel request to proxy '[^'\n]*' failed with status code '(?P<status>\d{3})'",
        "regex",
        ".NET System.Net.Http (HttpConnectionPool.EstablishProxyTunnelAsync: 'The proxy tunnel request to proxy '{0}' failed with status code '{1}'.')",
    ),
    (
        "proxy-status",
        r"\b(?P<status>407)\b\W{0,3}(?:proxy ?)?authentication ?required",
        "regex",
        "RFC 9110 section 15.5.8, as Microsoft's proxies word the reason ('407 (authenticationrequired)': ISA/TMG; NuGet 'Response status code does not indicate success: 407 (authenticationrequired)')",
    ),
    (
        "proxy-status",
        r"unable to tunnel through proxy\. proxy returns \"http/1\.[01] (?P<status>\d{3})",
        "regex",
        JAVA + " (HttpURLConnection: 'Unable to tunnel through proxy. Proxy returns \"HTTP/1.1 407 ...\"')",
    ),
    (
        "cert-untrusted",
        "Trust anchor for certification",
        "text",
        "Android (java.security.cert.CertPathValidatorException: the chain ends at a certificate the device does not trust, a private CA or a self-signed one: the read corpora have both)",
    ),
    (
        "cert-wrong-host",
        r"hostname \\?\"[^\"\n]+?\\?\"? does not match the server certificate",
        "regex",
        "Ruby openssl (OpenSSL::SSL::SSLError from post_connection_check: 'hostname \"NAME\" does not match the server certificate')",
    ),
    (
        "tls-legacy",
        r"alertlevel_fatal,\s*protocolversion",
        "regex",
        "Haskell tls (HandshakeFailed: the peer's fatal protocol_version alert)",
    ),
    (
        "name-server-refused",
        r"\bquery\w* econnrefused\b",
        "regex",
        NODE
        + " dns (c-ares ARES_ECONNREFUSED as 'querySrv ECONNREFUSED NAME': no DNS server could be contacted)",
    ),
    (
        "end-of-stream",
        "socket has unexpectedly been closed",
        "text",
        "MariaDB Connector/J (SQLNonTransientConnectionException: the server side closed the socket)",
    ),
    # read from fresh9 after its one scoring
    (
        "proxy-status",
        r"\b(?P<status>407)\b[^\n]{0,60}?\bprox",
        "regex",
        "RFC 9110 section 15.5.8 (407 is only ever sent by a proxy: any language's reason phrase for it names the proxy, as .NET's es-ES '(407) Se requiere autenticación del proxy.' and NuGet's '407 (Proxy Authorization Required)')",
    ),
    (
        "proxy-status",
        r"\b(?P<status>407)\b[^\n]{0,60}?посредник",
        "regex",
        "RFC 9110 section 15.5.8, as .NET's ru-RU words it ('(407) Требуется проверка подлинности посредника.': the intermediary, the proxy)",
    ),
    (
        "proxy-status",
        r"\b(?P<status>407)\b[^\n]{0,60}?прокси",
        "regex",
        "RFC 9110 section 15.5.8, in Russian ('прокси')",
    ),
    (
        "name-server-timed-out",
        r"\blookup [^\s:]+: i/o timeout",
        "regex",
        GO
        + " (net/lookup.go: the dial's deadline ends the lookup before any server answered, a DNSError with no server: 'lookup NAME: i/o timeout')",
    ),
    (
        "cert-unknown-ca",
        "certificate has unknown CA",
        "text",
        "Haskell x509-validation (FailedReason UnknownCA, as the tls package reports it: 'HandshakeFailed (Error_Protocol (\"certificate has unknown CA\",True,UnknownCa))')",
    ),
    # read from fresh10 after its one scoring
    (
        "tls-legacy",
        "Could not create SSL/TLS secure channel",
        "text",
        DOTNET_WEB
        + " (SecureChannelFailure: SChannel's handshake failed; Microsoft's guidance for it is the client's TLS versions, ServicePointManager.SecurityProtocol)",
    ),
    (
        "tls-legacy",
        "do not possess a common algorithm",
        "text",
        "Microsoft, SChannel SEC_E_ALGORITHM_MISMATCH 0x80090331 ('The client and server cannot communicate, because they do not possess a common algorithm')",
    ),
    (
        "tls-legacy",
        "An unexpected error occurred on a send",
        "text",
        DOTNET_WEB
        + " (SendFailure: 'The underlying connection was closed: An unexpected error occurred on a send.', which Windows PowerShell 5 and .NET Framework 4.x print when a server that requires TLS 1.2 closes on their TLS 1.0 hello; Microsoft's fix is SecurityProtocol = Tls12)",
    ),
    (
        "tls-legacy",
        "SEC_E_ILLEGAL_MESSAGE",
        "word",
        "Microsoft, SChannel SEC_E_ILLEGAL_MESSAGE 0x80090326 (a fatal alert received during the handshake, as curl's schannel backend says: the server rejected the hello)",
    ),
    (
        "tls-legacy",
        r"\(kcfstreamerrordomainssl, -98(?:24|36)\)",
        "regex",
        "Apple Security framework SecureTransport.h (errSSLPeerHandshakeFail -9824, errSSLPeerProtocolVersion -9836: the server's handshake_failure or protocol_version alert, as CFNetwork logs it)",
    ),
    (
        "tls-legacy",
        r"\bssl ?handshake failed \(-98(?:24|36)\)",
        "regex",
        "Apple Security framework SecureTransport.h (errSSLPeerHandshakeFail -9824, errSSLPeerProtocolVersion -9836: the server's handshake_failure or protocol_version alert, as CFNetwork logs it)",
    ),
    (
        "tls-legacy",
        "remote error: tls: handshake failure",
        "text",
        GO + " crypto/tls alert.go (alertHandshakeFailure received from the peer)",
    ),
    (
        "cert-untrusted",
        r"x509: \"[^\"\n]+\" certificate is not\s+trusted",
        "regex",
        GO
        + " (macOS platform verifier, Go 1.18+: 'x509: “NAME” certificate is not trusted', the chain's root is not in the keychain)",
    ),
    (
        "cert-unknown-ca",
        "The revocation function was unable to check revocation for the certificate",
        "text",
        "Microsoft, CRYPT_E_NO_REVOCATION_CHECK 0x80092012 (schannel, as Git for Windows prints it; Git for Windows' FAQ: a TLS-inspecting proxy's forged certificate names no reachable revocation list, http.schannelCheckRevoke)",
    ),
    (
        "cert-wrong-host",
        r"\bhostname \S+ not verified",
        "regex",
        "OkHttp / Android (javax.net.ssl.SSLPeerUnverifiedException: 'Hostname NAME not verified', no subjectAltName matches)",
    ),
    (
        "cert-wrong-host",
        "because it doesn't contain any IP SAN",
        "text",
        GO
        + " (HostnameError: 'x509: cannot validate certificate for ADDRESS because it doesn't contain any IP SANs', older releases 'IP SAN')",
    ),
    (
        "plain-http-to-tls",
        r"malformed http response \"\\x1[56]\\x03\\x0[0-4]",
        "regex",
        GO
        + " net/http (a plain-HTTP client that got a TLS record back: 0x15 alert or 0x16 handshake, version 3.x, quoted as 'malformed HTTP response \"\\x15\\x03\\x01...\"')",
    ),
    (
        "proxy-url-unusable",
        "does not support proxies with the https scheme",
        "text",
        ".NET Framework System.Net.ServicePointManager (net_proxyschemenotsupported: 'The ServicePointManager does not support proxies with the https scheme.': an https:// proxy URL)",
    ),
    ("name-not-found", "そのようなホストは不明です", "text", WSA + ": WSAHOST_NOT_FOUND, ja-JP"),
    (
        "name-no-address",
        r"\A(?![\s\S]*has (?:ipv6 )?address)[\s\S]*\bmail is handled by",
        "regex",
        "BIND 9 bin/dig/host.c (host prints 'has address' for A, 'has IPv6 address' for AAAA and 'mail is handled by' for MX: a name shown with mail servers and no address has none)",
    ),
    ("timed-out", "The request timed out.", "text", APPLE_URL + " (NSURLErrorTimedOut -1001)"),
    (
        "name-resolution-failed",
        "A server with the specified hostname could not be found",
        "text",
        APPLE_URL + " (NSURLErrorCannotFindHost -1003)",
    ),
    (
        "connect-failed",
        "Could not connect to the server.",
        "text",
        APPLE_URL + " (NSURLErrorCannotConnectToHost -1004)",
    ),
    (
        "connection-lost",
        "The network connection was lost.",
        "text",
        APPLE_URL + " (NSURLErrorNetworkConnectionLost -1005)",
    ),
    (
        "net-unreachable",
        "The Internet connection appears to be offline",
        "text",
        APPLE_URL + " (NSURLErrorNotConnectedToInternet -1009)",
    ),
    (
        "tls-failed",
        "An SSL error has occurred and a secure connection to the server cannot be made",
        "text",
        APPLE_URL + " (NSURLErrorSecureConnectionFailed -1200)",
    ),
    ("refused", r"_kcfstreamerrorcodekey=61\b", "regex", APPLE_CF + " (errno 61, ECONNREFUSED on Darwin)"),
    ("syn-timed-out", r"_kcfstreamerrorcodekey=60\b", "regex", APPLE_CF + " (errno 60, ETIMEDOUT on Darwin)"),
    ("no-route", r"_kcfstreamerrorcodekey=65\b", "regex", APPLE_CF + " (errno 65, EHOSTUNREACH on Darwin)"),
    (
        "net-unreachable",
        r"_kcfstreamerrorcodekey=51\b",
        "regex",
        APPLE_CF + " (errno 51, ENETUNREACH on Darwin)",
    ),
    (
        "end-of-stream",
        "socket was closed by server",
        "text",
        "MariaDB Connector/J (SocketUtility: 'unexpected end of stream, read 0 bytes from 4 (socket was closed by server)': closed before the server's greeting)",
    ),
    (
        "end-of-stream",
        "MySQL server has gone away",
        "text",
        "MySQL C API CR_SERVER_GONE_ERROR 2006 (the server closed the connection)",
    ),
    (
        "end-of-stream",
        "ERR max number of clients reached",
        "text",
        "Redis src/networking.c (acceptCommonHandler: the error is written to the accepted connection, which is then closed)",
    ),
    (
        "end-of-stream",
        "DENIED Redis is running in protected mode",
        "text",
        "Redis src/networking.c (protected mode: the error is written to a connection from another host, which is then closed)",
    ),
    (
        "udp-unanswered",
        r"^\S+ \S+ drop udp \S+ \S+ \d+ \d+ ",
        "regex-m",
        "Microsoft, Windows Defender Firewall log pfirewall.log ('#Fields: date time action protocol src-ip dst-ip src-port dst-port ...': a DROP of a UDP datagram)",
    ),
    (
        "proxy-refused-connection",
        "代理服务器拒绝连接",
        "text",
        FIREFOX_PAGE + " (proxyConnectFailure, zh-CN: 'The proxy server is refusing connections')",
    ),
    (
        "proxy-connect-failed",
        r"tunneling socket could not be established,? cause=(?:connect|getaddrinfo) ",
        "regex",
        "Node.js tunnel-agent (onError of the CONNECT request: 'tunneling socket could not be established, cause=' + the error of the connection to the proxy itself, 'connect ETIMEDOUT ...', 'getaddrinfo ENOTFOUND ...')",
    ),
    # read from fresh11 after its one scoring
    (
        "no-route",
        "Communication prohibited by filter",
        "text",
        "FreeBSD/macOS sbin/ping/ping.c pr_icmph (ICMP_UNREACH_FILTER_PROHIB, code 13: a filter's admin-prohibited reject; connect(2) reports it as EHOSTUNREACH)",
    ),
    (
        "no-route",
        "unreachable - admin prohibited filter",
        "text",
        "tcpdump print-icmp.c (ICMP_UNREACH_FILTER_PROHIB, code 13)",
    ),
    (
        "no-route",
        r"\bhost \S+ unreachable - admin prohibited(?! filter)",
        "regex",
        "tcpdump print-icmp.c (ICMP_UNREACH_HOST_PROHIB, code 10: iptables' icmp-host-prohibited)",
    ),
    (
        "no-route",
        "Destination Host Prohibited",
        "text",
        "iputils ping (ping.c pr_icmph: ICMP_HOST_ANO, code 10)",
    ),
    (
        "permission-denied",
        "Destination unreachable: Administratively prohibited",
        "text",
        "iputils ping6 (pr_icmph: ICMP6_DST_UNREACH_ADMIN; Linux reports it to connect(2) as EACCES)",
    ),
    (
        "cert-unknown-ca",
        "Peer's Certificate issuer is not recognized",
        "text",
        "NSS SEC_ERROR_UNKNOWN_ISSUER (as curl built with NSS prints it, curl 60)",
    ),
    (
        "name-refused-rcode",
        r"query failed \(refused\)",
        "regex",
        "BIND 9 bin/named/query.c (the server's own log of a query it answered REFUSED)",
    ),
    (
        "name-refused-rcode",
        r"query \(cache\) '[^'\n]+' denied",
        "regex",
        "BIND 9 bin/named/query.c (allow-query-cache denied the client: answered REFUSED)",
    ),
    (
        "name-no-address",
        r"status: noerror\b[^\n]*\n[^\n]*\banswer: 0\b",
        "regex",
        "BIND 9 dig (the header 'status: NOERROR' then 'ANSWER: 0': the name exists, no record of the type asked)",
    ),
    (
        "udp-unanswered",
        "TLS key negotiation failed to occur within",
        "text",
        "OpenVPN src/openvpn/ssl.c ('TLS key negotiation failed to occur within N seconds (check your network connectivity)': no answer from the server to the handshake, over UDP most often a port that is filtered)",
    ),
    (
        "udp-unanswered",
        "No SNMP response received before timeout",
        "text",
        "PySNMP (the agent sent nothing back over UDP)",
    ),
    (
        "timed-out",
        r"\b0 (?:packets )?received, 100(?:\.0)?% packet loss",
        "regex",
        "iputils ping and BSD ping.c statistics (no reply at all and no ICMP error: '0 received, 100% packet loss' without '+N errors')",
    ),
    (
        "proxy-connect-failed",
        r"\bproxyconnect tcp: ",
        "regex",
        GO
        + " net/http transport.go (the dial to the proxy itself failed: an OpError with Op 'proxyconnect', 'proxyconnect tcp: dial tcp ADDRESS: connect: ...')",
    ),
    # read from fresh12 after its one scoring
    (
        "syn-timed-out",
        "request canceled while waiting for connection",
        "text",
        GO
        + " net/http transport.go (errRequestCanceledConn: the client's timeout ended the request before a connection was made)",
    ),
    (
        "refused",
        r"\bconnection to \S+ refused\b",
        "regex",
        "Apache HttpClient 4 (HttpHostConnectException: 'Connection to HOST refused')",
    ),
    (
        "cert-problem",
        "SSL peer certificate or SSH remote key was not OK",
        "text",
        CURL + " (CURLE_PEER_FAILED_VERIFICATION, 60, before 7.62's 'SSL certificate problem')",
    ),
    (
        "name-not-found",
        "dns_unresolved_hostname",
        "word",
        "Symantec/Broadcom ProxySG exception page ('Network Error (dns_unresolved_hostname)': the proxy's lookup of the name failed)",
    ),
    (
        "reset",
        "Warning: Connection reset. Retrying",
        "text",
        "Vagrant templates/locales/en.yml (ssh_connection_reset, while waiting for the guest's sshd behind VirtualBox's NAT forward)",
    ),
    (
        "end-of-stream",
        "Warning: Remote connection disconnect. Retrying",
        "text",
        "Vagrant templates/locales/en.yml (ssh_disconnected)",
    ),
    (
        "refused",
        "Warning: Connection refused. Retrying",
        "text",
        "Vagrant templates/locales/en.yml (ssh_connection_refused)",
    ),
    (
        "timed-out",
        "Warning: Connection timeout. Retrying",
        "text",
        "Vagrant templates/locales/en.yml (ssh_connection_timeout)",
    ),
    (
        "end-of-stream",
        "ssh_exchange_identification: Connection closed by remote host",
        "text",
        SSH
        + " (before 8.0: sshconnect.c ssh_exchange_identification, the server closed before its version line)",
    ),
    (
        "reset",
        "ssh_exchange_identification: read: Connection reset by peer",
        "text",
        SSH + " (before 8.0: the server reset before its version line)",
    ),
    (
        "syn-timed-out",
        "Timeout during connect (likely firewall problem)",
        "text",
        "Let's Encrypt Boulder va (the validation's connection to the domain's port got no answer)",
    ),
    (
        "tls-legacy",
        "NO_CIPHERS_AVAILABLE",
        "word",
        PYTHON
        + " ([SSL: NO_CIPHERS_AVAILABLE] no ciphers available: the protocols and ciphers the client allows leave none to offer the old server)",
    ),
    (
        "gateway-error:502",
        r"\bhttp error (?:502 )?bad gateway\b",
        "regex",
        "RFC 9110 section 15.6.3 (502 Bad Gateway, as a client quotes the reason phrase: 'HTTP Error Bad Gateway')",
    ),
    # read from fresh13 after its one scoring
    (
        "connect-timed-out",
        "Connect Timeout Exception on Url",
        "text",
        "Spring Cloud Config ConfigServicePropertySourceLocator.java (logged when the RestTemplate's connect to a config server URL timed out, before the next URL is tried)",
    ),
    (
        "end-of-stream",
        "connection closed before server preface received",
        "text",
        "grpc-go internal/transport/http2_client.go (the server closed the connection before its HTTP/2 SETTINGS frame)",
    ),
    (
        "connect-failed",
        "Could not connect to the endpoint URL",
        "text",
        "botocore exceptions.py (EndpointConnectionError: urllib3's NewConnectionError, a failed lookup of the endpoint's name included)",
    ),
    (
        "name-not-found",
        r"could not connect to the endpoint url:\W*https?://[\w.-]*\.[a-z]{2}(?:-gov)?-[a-z]+-\d[a-z]\.amazonaws\.com",
        "regex",
        "botocore (the endpoint's name is built from the configured region; AWS region codes end in a digit, 'us-east-1', availability zones in a letter, 'us-east-1a': an endpoint named for a zone does not exist)",
    ),
    (
        "connect-failed",
        r"\bconnect failed\b[^\n]*(?:\brc |: ?)-2\b",
        "regex",
        "PubSubClient (knolleary) PubSubClient.h (MQTT_CONNECT_FAILED -2: the network client's TCP connect to the broker failed; Tasmota prints 'Connect failed to HOST:PORT, rc -2')",
    ),
    (
        "connect-failed",
        "nats: no servers available for connection",
        "text",
        "nats.go nats.go (ErrNoServers: no server of the list could be connected)",
    ),
    (
        "connect-failed",
        r"transportexception: \[[^\]\n]*\] cannot connect",
        "regex",
        "DataStax Java driver Connection.java (TransportException '[HOST/ADDRESS:PORT] Cannot connect': the TCP connect to the node failed)",
    ),
    (
        "name-resolution-failed",
        "DNS lookup failed for",
        "text",
        "kafka-python kafka/conn.py (log.error 'DNS lookup failed for %s:%i (%s)': getaddrinfo of the broker's advertised name failed)",
    ),
    (
        "end-of-stream",
        "Socket was closed",
        "text",
        "DataStax Node.js driver lib/connection.js (DriverError 'Socket was closed': the node closed the connection)",
    ),
    (
        "end-of-stream",
        r":\d+: connection closed\b",
        "regex",
        "PyMongo network.py / pool.py (AutoReconnect 'HOST:PORT: connection closed': the server closed the socket, recv returned no data)",
    ),
    (
        "transfer-timed-out",
        "waiting for initial communication packet",
        "text",
        "MySQL sql-common/client.c (CR_SERVER_LOST_EXTENDED 'Lost connection to MySQL server at 'waiting for initial communication packet'': connected, then no greeting before connect_timeout)",
    ),
    (
        "cert-problem",
        "CERTIFICATE_VERIFY_FAILED",
        "word",
        OPENSSL
        + " (SSL_R_CERTIFICATE_VERIFY_FAILED, also BoringSSL's 'SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED' as gRPC quotes it)",
    ),
    (
        "tunnel-backend-failed",
        "ERR_NGROK_8012",
        "word",
        "ngrok docs, errors (ERR_NGROK_8012: 'Traffic was successfully tunneled to the ngrok agent, but the agent failed to establish a connection to the upstream web service')",
    ),
    # read from fresh14 after its one scoring
    (
        "end-of-stream",
        "connection is closed by foreign host",
        "text",
        "JSch Session.java (JSchException: the server closed before its version line, sshd's MaxStartups among others)",
    ),
    (
        "empty-reply",
        "Received empty response from Zabbix Agent",
        "text",
        "Zabbix src/libs/zbxsysinfo (checks_agent: 'Received empty response from Zabbix Agent at [ADDR]. Assuming that agent dropped connection because of access permissions.')",
    ),
    (
        "timed-out",
        r"\bfetching https?://\S+: timeout\b",
        "regex",
        "Let's Encrypt Boulder va (ACME v1 problem detail 'Fetching URL: Timeout': the validation's HTTP request to the domain timed out)",
    ),
    (
        "tls-legacy",
        "Fatal alert received handshake_failure",
        "text",
        "Android Conscrypt (SSLException 'Fatal alert received handshake_failure': the server's handshake_failure alert to the client's hello)",
    ),
    (
        "name-servfail-rcode",
        r"\bvalidation failure <[^>\n]+>",
        "regex",
        "Unbound validator/val_utils.c (log 'validation failure <NAME TYPE CLASS>: REASON': the answer is bogus, and the resolver answers SERVFAIL)",
    ),
    (
        "timed-out",
        "ERR_SOCKET_TIMEOUT",
        "word",
        "npm make-fetch-happen / minipass-fetch (FetchError code ERR_SOCKET_TIMEOUT 'Socket timeout': no activity on the socket for the timeout, connecting or reading)",
    ),
    (
        "timed-out",
        r"\btimeout of \d+ms exceeded\b",
        "regex",
        "axios lib/adapters/http.js (AxiosError ECONNABORTED 'timeout of Nms exceeded': the request's timeout, connect or response)",
    ),
    (
        "reset",
        r"kex_exchange_identification: read: connection reset(?! by)",
        "regex",
        SSH
        + " (sshconnect.c: the server reset before its version line; the platform's strerror says 'Connection reset')",
    ),
    (
        "proxy-status",
        r"bad response from proxy -- http/\d(?:\.\d)? (?P<status>\d{3})",
        "regex",
        "rsync socket.c establish_proxy_connection ('bad response from proxy -- %s': RSYNC_PROXY answered CONNECT with that status line)",
    ),
    (
        "proxy-connect-failed",
        "The connection to the upstream proxy/gateway failed",
        "text",
        "Telerik Fiddler / FiddlerCore (its error page when its own connection to the upstream proxy, the system proxy it chains to, failed: 'Error: ConnectionRefused (0x274d)' and the like follow)",
    ),
    # read from fresh15 after its one scoring
    (
        "proxy-status:407",
        r"\b(?:returned|status code:?|status:?|http error:?) 407\b",
        "regex",
        "RFC 9110 section 15.5.8 (407 Proxy Authentication Required is a proxy's status only: 'Server returned 407', 'status code 407')",
    ),
    (
        "cert-wrong-host",
        r"could not prove that it is [^;\n]+; its security certificate is from",
        "regex",
        CHROMIUM
        + " components/security_interstitials (IDS_CERT_ERROR_COMMON_NAME_INVALID_DETAILS: 'This server could not prove that it is NAME; its security certificate is from OTHER')",
    ),
    (
        "cert-untrusted",
        r"could not prove that it is [^;\n]+; its security certificate is not trusted",
        "regex",
        CHROMIUM + " components/security_interstitials (IDS_CERT_ERROR_AUTHORITY_INVALID_DETAILS)",
    ),
    (
        "cert-expired",
        r"could not prove that it is [^;\n]+; its security certificate (?:expired|is not yet valid)",
        "regex",
        CHROMIUM
        + " components/security_interstitials (IDS_CERT_ERROR_EXPIRED_DETAILS, IDS_CERT_ERROR_NOT_YET_VALID_DETAILS)",
    ),
    (
        "name-resolution-failed",
        "server DNS address could not be found",
        "text",
        CHROMIUM + " error page (ERR_NAME_NOT_RESOLVED: 'NAME's server DNS address could not be found.')",
    ),
    (
        "refused",
        r"\brefused? to connect\b",
        "regex",
        CHROMIUM + " error page (ERR_CONNECTION_REFUSED: 'HOST refused to connect.')",
    ),
    ("name-not-found", "[Errno -2]", "text", "Python socket.gaierror with glibc's EAI_NONAME (-2)"),
    ("name-temporary-failure", "[Errno -3]", "text", "Python socket.gaierror with glibc's EAI_AGAIN (-3)"),
    ("name-no-address", "[Errno -5]", "text", "Python socket.gaierror with glibc's EAI_NODATA (-5)"),
    (
        "reset",
        r"(?:^|: )connection reset\s*$",
        "regex-m",
        JAVA
        + " (java.net.SocketException 'Connection reset': an RST on the connection, as Maven and other Java tools end their line with it)",
    ),
    (
        "gateway-error:502",
        r"\breturn code is: 502\b",
        "regex",
        "Apache Maven Wagon (TransferFailedException 'Failed to transfer file: URL. Return code is: 502, ReasonPhrase: ...': the HTTP status the repository's address answered, a proxy's or gateway's 502)",
    ),
    (
        "proxy-connect-failed",
        r"error connecting to socks[45]a? proxy",
        "regex",
        "PySocks socks.py (ProxyConnectionError 'Error connecting to SOCKS5 proxy HOST:PORT: ...': the connection to the proxy itself failed)",
    ),
    (
        "cert-unknown-ca",
        r"\b0x8009201[23]\b",
        "regex",
        "Microsoft, CRYPT_E_NO_REVOCATION_CHECK 0x80092012 and CRYPT_E_REVOCATION_OFFLINE 0x80092013 (schannel, as curl prints the code beside the localised text; a TLS-inspecting proxy's or antivirus' forged certificate names no reachable revocation list)",
    ),
    # read from fresh16 after its one scoring
    (
        "name-not-found",
        "unknown node or service",
        "text",
        "libuv src/uv-common.h (UV_EAI_NONAME's message, as Julia's DNSError and Node's libuv errors print it)",
    ),
    (
        "name-server-timed-out",
        r"resolving [^\n]*\.\.\. failed: (?:connection )?timed out",
        "regex",
        WGET
        + " (host.c: the lookup itself timed out, 'Resolving HOST (HOST)... failed: Connection timed out.')",
    ),
    (
        "name-server-timed-out",
        r"could not be resolved ?\(110: operation timed out\)",
        "regex",
        "nginx src/core/ngx_resolver.c (NGX_RESOLVE_TIMEDOUT: its resolver's query got no answer)",
    ),
    (
        "name-not-found",
        r"could not be resolved ?\(3: host not found\)",
        "regex",
        "nginx src/core/ngx_resolver.c (ngx_resolver_strerror, RCODE 3 NXDOMAIN)",
    ),
    (
        "name-servfail-rcode",
        r"could not be resolved ?\(2: server failure\)",
        "regex",
        "nginx src/core/ngx_resolver.c (ngx_resolver_strerror, RCODE 2 SERVFAIL)",
    ),
    (
        "name-refused-rcode",
        r"could not be resolved ?\(5: operation refused\)",
        "regex",
        "nginx src/core/ngx_resolver.c (ngx_resolver_strerror, RCODE 5 REFUSED)",
    ),
    # read from fresh17 after its one scoring
    (
        "transfer-timed-out",
        r"io timeout when reading \d+ bytes",
        "regex",
        "Bunny lib/bunny/cruby/socket.rb (read_fully: 'IO timeout when reading N bytes': connected, the broker sent nothing, the AMQP handshake's first frame never came)",
    ),
    (
        "connect-failed",
        "Could not establish TCP connection to",
        "text",
        "Bunny lib/bunny/session.rb (TCPConnectionFailed / TCPConnectionFailedForAllHosts)",
    ),
    (
        "connect-timed-out",
        "Bunny::ClientTimeout",
        "text",
        "Bunny lib/bunny/exceptions.rb (ClientTimeout: the connection_timeout passed while connecting)",
    ),
    (
        "refused",
        "failed to connect to local tailscaled",
        "text",
        "Tailscale cmd/tailscale (the CLI could not reach tailscaled's socket: 'it doesn't appear to be running')",
    ),
    (
        "connect-failed",
        "Cannot contact any KDC for",
        "text",
        "MIT Kerberos KRB5_KDC_UNREACH ('Cannot contact any KDC for requested realm': no KDC answered over UDP or TCP)",
    ),
    (
        "cert-expired",
        "Reason: certificate expired",
        "text",
        "OpenConnect gnutls.c / openssl.c ('Certificate from VPN server ... failed verification. Reason: certificate expired')",
    ),
    (
        "cert-unknown-ca",
        "likely intercepted connection",
        "text",
        "Tailscale net/tlsdial (health warning: a certificate not from the expected issuer, 'likely intercepted connection; certificate is self-signed by ...': a TLS-inspecting middlebox)",
    ),
    (
        "connect-failed",
        r"\bfailed\b[^\n]{0,30}?\brc ?[=:]? ?-2\b",
        "regex",
        "PubSubClient (knolleary) examples/mqtt_esp8266 ('Attempting MQTT connection...failed, rc=-2': MQTT_CONNECT_FAILED, the TCP connect to the broker failed)",
    ),
    (
        "udp-unanswered",
        r"ignoring request to \w+ address \S+ port \d+ from unknown client",
        "regex",
        "FreeRADIUS src/main/listen.c (a request from a client not in clients.conf is dropped without a reply)",
    ),
    (
        "cert-wrong-host",
        "CERTIFICATE NAME MISMATCH",
        "text",
        "FreeRDP libfreerdp/crypto (the 'WARNING: CERTIFICATE NAME MISMATCH!' banner: the host name used is not in the certificate)",
    ),
    (
        "gateway-error:502",
        "When localhost is not accessible, a shareable link must be created",
        "text",
        "Gradio blocks.py launch() (its own request to the local URL, made through httpx and so through any configured proxy, did not answer OK; the message says to check the proxy settings, Gradio's FAQ: a system proxy answers for localhost with an error)",
    ),
    (
        "connect-timed-out",
        "ConnectTimeout",
        "word",
        "Python requests exceptions.py (ConnectTimeout: the connect did not finish within the timeout)",
    ),
    (
        "transfer-timed-out",
        "ReadTimeout",
        "word",
        "Python requests exceptions.py / httpx (ReadTimeout: connected, no data within the timeout)",
    ),
    (
        "plain-http-to-tls",
        "received plaintext http traffic on an https channel",
        "text",
        "Elasticsearch modules/transport-netty4 (Netty4HttpServerTransport: the server's log when plain HTTP reached its TLS port, which it closes)",
    ),
    (
        "transfer-timed-out",
        r"upstream timed out \([^)\n]*\) while reading (?:response header )?from upstream",
        "regex",
        "nginx src/http/ngx_http_upstream.c ('upstream timed out (110: ...) while reading response header from upstream': connected to the upstream, no response before proxy_read_timeout)",
    ),
    (
        "syn-timed-out",
        r"upstream timed out \([^)\n]*\) while connecting to upstream",
        "regex",
        "nginx src/http/ngx_http_upstream.c (the connect to the upstream timed out, proxy_connect_timeout)",
    ),
    (
        "name-not-found",
        "host not found in resolver",
        "text",
        "nginx src/core/ngx_inet.c via ngx_resolver (the resolver directive's own name did not resolve when the configuration was read)",
    ),
    (
        "tunnel-backend-failed",
        r"connect to local service \[[^\]\n]*\] error",
        "regex",
        "frp client/proxy (frpc: 'connect to local service [ADDR] error: ...': the tunnel's own connection to the service behind it failed)",
    ),
    (
        "upstream-dial-failed",
        "failed to make connection to backend",
        "text",
        "Apache httpd modules/proxy (AH01114: 'HTTP: failed to make connection to backend: HOST': mod_proxy's own connection to the server behind it failed)",
    ),
    (
        "gateway-error:503",
        "upstream connect error or disconnect/reset before headers",
        "text",
        "Envoy source/common/router (the body of its 503 when the connection to the upstream failed or was reset before a response)",
    ),
    (
        "gateway-error:504",
        r"\b522 origin connection time-?out\b",
        "regex",
        "Cloudflare docs, 5xx errors (522 Connection timed out: Cloudflare's connection to the origin server timed out)",
    ),
    (
        "gateway-error:502",
        r"\b521 (?:origin down|web server is down)\b",
        "regex",
        "Cloudflare docs, 5xx errors (521 Web server is down: the origin refused Cloudflare's connection)",
    ),
    (
        "refused",
        "No connection could be made",
        "text",
        WSA
        + " (WSAECONNREFUSED 10061: 'No connection could be made because the target machine actively refused it', the start of it as Go's connectex and truncated pastes show it)",
    ),
    (
        "plain-http-to-tls",
        "upstream sent no valid HTTP/1.0 header",
        "text",
        "nginx src/http/ngx_http_upstream.c (the upstream's reply is not HTTP: most often a TLS port proxied with http://, whose alert is binary)",
    ),
    (
        "connect-timed-out",
        "Timeout connecting to",
        "text",
        "WindTerm, Paramiko, libssh2-based clients ('Timeout connecting to HOST': the connect did not finish in time)",
    ),
    (
        "timed-out",
        "execution expired",
        "text",
        "Ruby lib/timeout.rb (Timeout::Error 'execution expired', as Net::HTTP's open and read timeouts and Bundler print it)",
    ),
    # read from fresh18 after its one scoring
    (
        "timed-out",
        r"timeout when waiting for \S+:\d+",
        "regex",
        "Ansible wait_for module and WinRM/PSRP connections ('Timeout when waiting for HOST:PORT': the port did not accept a connection in time)",
    ),
    (
        "proxy-status:403",
        r"\b(?:get|post|put|head|patch|delete) \"?https://[^\s\"]+\"?: forbidden\s*$",
        "regex-m",
        "Go src/net/http/transport.go (a CONNECT answered with a status other than 200 returns the status text as the error: 'Get \"https://...\": Forbidden' is the proxy's 403)",
    ),
    (
        "proxy-status:407",
        r"\b(?:get|post|put|head|patch|delete) \"?https://[^\s\"]+\"?: proxy authentication required\s*$",
        "regex-m",
        "Go src/net/http/transport.go (the CONNECT's status text as the error: the proxy's 407)",
    ),
    (
        "cert-problem",
        "SSL Validation failure connecting to host",
        "text",
        "Chef knife (lib/chef/knife/ssl_check.rb and the HTTP client: the server's certificate did not verify)",
    ),
    (
        "connection-lost",
        r"ssh: rejected: connect failed\b[^\n]*",
        "regex",
        "Go golang.org/x/crypto/ssh (OpenChannelError 'ssh: rejected: connect failed (open failed)': the SSH server took the tunnel and could not connect to the address behind it)",
    ),
    (
        "connection-lost",
        r"channel \d+: open failed: connect failed: [^\n]*",
        "regex",
        "OpenSSH channels.c (a forwarded channel whose far end could not connect: the tunnel's listener accepted, nothing answered behind it; the errno it quotes is the far end's)",
    ),
    (
        "end-of-stream",
        r"unable to connect to the server: eof\s*$",
        "regex-m",
        "kubectl / client-go (the API server's address accepted the connection and closed it: Go's io.EOF)",
    ),
    (
        "connect-failed",
        r"cannot connect to the docker daemon at (?:tcp|unix|npipe)://\S+",
        "regex",
        "Docker CLI client/errors.go (ErrorConnectionFailed: 'Cannot connect to the Docker daemon at HOST. Is the docker daemon running?': the daemon's socket or port did not take the connection)",
    ),
    # read from fresh19 after its one scoring
    (
        "transfer-timed-out",
        "Greeting never received",
        "text",
        "Nodemailer lib/smtp-connection/index.js (_greetingTimeout: connected, the SMTP server's 220 greeting did not come within greetingTimeout; its code is ETIMEDOUT)",
    ),
    # (not rsync's "connection unexpectedly closed (0 bytes received so far)": its transport, ssh, failed first)
    (
        "end-of-stream",
        r"connection unexpectedly closed(?! \(\d+ bytes)",
        "regex",
        "Python Lib/smtplib.py (getreply: SMTPServerDisconnected('Connection unexpectedly closed'), the server closed before a reply)",
    ),
    (
        "cert-expired",
        r"the certificate of \S+ is not yet activated",
        "regex",
        "GNU Wget src/gnutls.c (GNUTLS_CERT_NOT_ACTIVATED, a certificate not valid yet: the clock is behind)",
    ),
    (
        "cert-expired",
        r"the certificate of \S+ has expired",
        "regex",
        "GNU Wget src/gnutls.c (GNUTLS_CERT_EXPIRED)",
    ),
    (
        "cert-untrusted",
        r"the certificate of \S+ is not trusted",
        "regex",
        "GNU Wget src/gnutls.c (GNUTLS_CERT_SIGNER_NOT_FOUND, GNUTLS_CERT_INVALID: not trusted)",
    ),
    (
        "cert-unknown-ca",
        "certificate authority is not trusted",
        "text",
        "Home Assistant companion apps and others ('The ... certificate authority is not trusted': a private CA the device does not hold)",
    ),
    (
        "cert-problem",
        "The certificate for this server is invalid",
        "text",
        APPLE_URL
        + " (NSURLErrorServerCertificateUntrusted -1202 and its kin: an untrusted chain or a name that does not match, 'You might be connecting to a server that is pretending to be ...')",
    ),
    (
        "cert-untrusted",
        r"\(kcfstreamerrordomainssl, -9813\)",
        "regex",
        "Apple Security framework SecureTransport.h (errSSLNoRootCert -9813: the chain ends at no root the device trusts)",
    ),
    (
        "cert-untrusted",
        "_kCFNetworkCFStreamSSLErrorOriginalValue=-9813",
        "word",
        "Apple Security framework SecureTransport.h (errSSLNoRootCert -9813: the chain ends at no root the device trusts)",
    ),
    (
        "cert-unknown-ca",
        r"\(kcfstreamerrordomainssl, -9812\)",
        "regex",
        "Apple Security framework SecureTransport.h (errSSLUnknownRootCert -9812: a root the device does not know)",
    ),
    (
        "cert-unknown-ca",
        "_kCFNetworkCFStreamSSLErrorOriginalValue=-9812",
        "word",
        "Apple Security framework SecureTransport.h (errSSLUnknownRootCert -9812: a root the device does not know)",
    ),
    (
        "cert-expired",
        r"\(kcfstreamerrordomainssl, -9814\)",
        "regex",
        "Apple Security framework SecureTransport.h (errSSLCertExpired -9814)",
    ),
    (
        "cert-expired",
        "_kCFNetworkCFStreamSSLErrorOriginalValue=-9814",
        "word",
        "Apple Security framework SecureTransport.h (errSSLCertExpired -9814)",
    ),
    (
        "cert-wrong-host",
        r"\(kcfstreamerrordomainssl, -9843\)",
        "regex",
        "Apple Security framework SecureTransport.h (errSSLHostNameMismatch -9843)",
    ),
    (
        "cert-wrong-host",
        "_kCFNetworkCFStreamSSLErrorOriginalValue=-9843",
        "word",
        "Apple Security framework SecureTransport.h (errSSLHostNameMismatch -9843)",
    ),
    (
        "name-resolution-failed",
        "未能解析此远程名称",
        "text",
        ".NET Framework System.Net, zh-Hans resources (WebExceptionStatus.NameResolutionFailure, 'The remote name could not be resolved', as Windows PowerShell prints it in Chinese)",
    ),
    (
        "gateway-error",
        r"\bfailed with status code \[?(?P<status>50[234])\]?",
        "regex",
        "Unity Package Manager and other clients ('Request [GET URL] failed with status code [502]': the HTTP status a gateway or CDN answered)",
    ),
    (
        "cert-untrusted",
        "peer cert untrusted or revoked",
        "text",
        "OpenLDAP libraries/libldap/tls_g.c (GnuTLS backend: 'TLS: peer cert untrusted or revoked (0x42)')",
    ),
    (
        "connection-lost",
        "Remote host closed connection during handshake",
        "text",
        "OpenJDK 8 sun.security.ssl (SSLHandshakeException: the peer closed during the TLS handshake; Java 11+ says 'Remote host terminated the handshake')",
    ),
    # read from fresh20 after its one scoring
    # (curl_easy_strerror's texts, which programs that embed libcurl print instead of curl's own
    # lines: Insomnia, PHP's curl_error, pycurl)
    (
        "name-resolution-failed",
        "Couldn't resolve host",
        "text",
        CURL
        + " (curl_easy_strerror's 'Couldn't resolve host name', and curl before 7.50's 'Couldn't resolve host 'NAME'', CURLE_COULDNT_RESOLVE_HOST)",
    ),
    (
        "proxy-failed",
        "Couldn't resolve proxy name",
        "text",
        CURL + " (curl_easy_strerror, CURLE_COULDNT_RESOLVE_PROXY)",
    ),
    (
        "empty-reply",
        "Server returned nothing (no headers, no data)",
        "text",
        CURL + " (curl_easy_strerror, CURLE_GOT_NOTHING)",
    ),
    (
        "cert-untrusted",
        "Peer certificate cannot be authenticated with given CA certificates",
        "text",
        CURL
        + " (curl_easy_strerror before 7.62, CURLE_SSL_CACERT 60: no CA of the client's bundle signed the chain)",
    ),
    (
        "empty-reply",
        r"\S+:(?:\d+|<port>) failed to respond",
        "regex",
        "Apache HttpClient 4.4+ DefaultHttpResponseParser (NoHttpResponseException: 'HOST:PORT failed to respond', the connection closed before a status line)",
    ),
    (
        "empty-reply",
        "NoHttpResponseException",
        "word",
        "Apache HttpClient (org.apache.http.NoHttpResponseException)",
    ),
    (
        "refused",
        "Connection was refused by the server",
        "text",
        "Thunder Client, VS Code extension (its text for ECONNREFUSED)",
    ),
    (
        "proxy-tls-to-plain",
        r"invalid scheme component: https\b",
        "regex",
        "python-socks _proxy_url.py parse_proxy_url, used by aiohttp-socks and httpx-socks (an https:// proxy URL: only http, socks4, socks5 are proxy schemes there)",
    ),
    (
        "gateway-error",
        r"\bx-squid-error:?\s*\"?err_(?:connect_fail|read_timeout|connect_timeout|dns_fail)\b",
        "regex",
        SQUID
        + " (the X-Squid-Error header of its error page: Squid could not reach the server, or resolve it)",
    ),
    # SChannel's SEC_E_UNTRUSTED_ROOT (0x80090325) as SqlClient and SSMS print it, and translations
    (
        "cert-untrusted",
        "issued by an authority that is not trusted",
        "text",
        "Microsoft SqlClient / SChannel (SEC_E_UNTRUSTED_ROOT 0x80090325: 'The certificate chain was issued by an authority that is not trusted')",
    ),
    (
        "cert-untrusted",
        r"fournie par une autorit[ée] qui n.est pas approuv[ée]e",
        "regex",
        "Microsoft SChannel SEC_E_UNTRUSTED_ROOT, fr-FR ('La chaîne de certificats a été fournie par une autorité qui n'est pas approuvée')",
    ),
    (
        "cert-untrusted",
        "von einer nicht vertrauenswürdigen Zertifizierungsstelle ausgestellt",
        "text",
        "Microsoft SChannel SEC_E_UNTRUSTED_ROOT, de-DE",
    ),
    (
        "cert-untrusted",
        "emitida por una entidad en la que no se confía",
        "text",
        "Microsoft SChannel SEC_E_UNTRUSTED_ROOT, es-ES",
    ),
    # .NET Framework's WebException texts (SecureChannelFailure, TrustFailure), translated
    (
        "tls-legacy",
        "Impossible de créer un canal sécurisé SSL/TLS",
        "text",
        DOTNET_WEB + " (SecureChannelFailure), fr-FR",
    ),
    (
        "tls-legacy",
        "kein geschützter SSL/TLS-Kanal erstellt werden",
        "text",
        DOTNET_WEB + " (SecureChannelFailure), de-DE",
    ),
    (
        "tls-legacy",
        "No se puede crear un canal seguro SSL/TLS",
        "text",
        DOTNET_WEB + " (SecureChannelFailure), es-ES",
    ),
    (
        "tls-legacy",
        "Não foi possível criar um canal seguro para SSL/TLS",
        "text",
        DOTNET_WEB + " (SecureChannelFailure), pt-BR",
    ),
    (
        "cert-untrusted",
        "relation de confiance pour le canal sécurisé SSL/TLS",
        "text",
        DOTNET_WEB + " (TrustFailure), fr-FR",
    ),
    (
        "cert-untrusted",
        "relação de confiança para o canal seguro de SSL/TLS",
        "text",
        DOTNET_WEB + " (TrustFailure), pt-BR",
    ),
    # read from fresh21 after its one scoring
    (
        "udp-unanswered",
        "Timed out waiting for reply from",
        "text",
        "systemd src/timesync/timesyncd-manager.c (an NTP request over UDP that got no reply before the timer)",
    ),
    (
        "cert-wrong-host",
        r"\bhostname \S+\s+doesn\\?'t match\b",
        "regex",
        "CPython Lib/ssl.py match_hostname before 3.7 (CertificateError: \"hostname 'NAME' doesn't match either of ...\"), urllib3's and requests' copies of it",
    ),
    # (mbed TLS's verification flags, as curl's mbedtls backend names them and its x509_crt_verify_info words)
    (
        "cert-untrusted",
        "BADCERT_NOT_TRUSTED",
        "word",
        "Mbed TLS include/mbedtls/x509.h (MBEDTLS_X509_BADCERT_NOT_TRUSTED, as curl's mbedtls.c prints it)",
    ),
    (
        "cert-expired",
        "BADCERT_EXPIRED",
        "word",
        "Mbed TLS include/mbedtls/x509.h (MBEDTLS_X509_BADCERT_EXPIRED)",
    ),
    (
        "cert-expired",
        "BADCERT_FUTURE",
        "word",
        "Mbed TLS include/mbedtls/x509.h (MBEDTLS_X509_BADCERT_FUTURE: not yet valid)",
    ),
    (
        "cert-wrong-host",
        "BADCERT_CN_MISMATCH",
        "word",
        "Mbed TLS include/mbedtls/x509.h (MBEDTLS_X509_BADCERT_CN_MISMATCH)",
    ),
    (
        "cert-expired",
        "The certificate validity starts in the future",
        "text",
        "Mbed TLS library/x509_crt.c x509_crt_verify_strings (BADCERT_FUTURE: a device whose clock is behind, ESP-IDF's esp-tls)",
    ),
    (
        "cert-expired",
        "The certificate validity has expired",
        "text",
        "Mbed TLS library/x509_crt.c x509_crt_verify_strings (BADCERT_EXPIRED)",
    ),
    (
        "cert-expired",
        "Certificate is expired or not yet valid",
        "text",
        "ESP8266 Arduino core BearSSL WiFiClientSecure (BR_ERR_X509_EXPIRED, as getLastSSLError words it)",
    ),
    (
        "cert-problem",
        "Unacceptable TLS certificate",
        "text",
        "libsoup (SOUP_STATUS_SSL_FAILED 6's reason phrase)",
    ),
    (
        "cert-problem",
        "ERR_PROXY_CERTIFICATE_INVALID",
        "word",
        CHROMIUM + " (-136: the HTTPS proxy's certificate)",
    ),
    (
        "cert-untrusted",
        r"\bnet_error -202\b",
        "regex",
        CHROMIUM + " (-202 ERR_CERT_AUTHORITY_INVALID, as Chromium's own logs number it)",
    ),
    (
        "tls-legacy",
        r"\bin connection to \S+:-98(?:24|36)\b",
        "regex",
        "curl's Secure Transport backend before 7.x ('Unknown SSL protocol error in connection to HOST:-9824': errSSLPeerHandshakeFail, errSSLPeerProtocolVersion)",
    ),
    (
        "tls-failed",
        "The SSL connection could not be established",
        "text",
        ".NET System.Net.Http (HttpRequestException net_http_ssl_connection_failed: the TLS handshake failed, see the inner exception)",
    ),
    (
        "tls-failed",
        "ldap_install_tls failed",
        "text",
        "SSSD src/providers/ldap/sdap_async_connection.c (StartTLS to the LDAP server failed)",
    ),
    (
        "no-route",
        r"(?<!destination )\bhost unreachable\b",
        "regex",
        "Qt QAbstractSocket (HostUnreachableErrorString, 'Host unreachable': EHOSTUNREACH), and other clients' short form of it",
    ),
    (
        "name-resolution-failed",
        r"getaddrinfo\([^\n]*\)[^\n]*\n(?:[^\n]*\n){0,4}?oserror: -2\b",
        "regex",
        "MicroPython and CircuitPython socket getaddrinfo on lwIP (OSError with lwIP's negative code: the lookup failed)",
    ),
    # read from fresh22 after its one scoring
    (
        "name-server-timed-out",
        r"\bresolving timed out after \d+ milli",
        "regex",
        CURL
        + " (lib/hostip.c, lib/asyn-thread.c: 'Resolving timed out after N milliseconds', CURLE_OPERATION_TIMEDOUT while the name was being resolved)",
    ),
    (
        "plain-http-to-tls",
        "NotSslRecordException",
        "word",
        "Netty io.netty.handler.ssl.SslHandler (NotSslRecordException: 'not an SSL/TLS record', a plain request on a TLS port)",
    ),
    (
        "proxy-status",
        r"clienthttpproxyerror: (?P<status>\d{3})\b",
        "regex",
        "aiohttp client_exceptions.ClientHttpProxyError (the proxy's status to CONNECT, 'ClientHttpProxyError: 403, message=...')",
    ),
    (
        "gateway-error",
        r"\bcode=(?P<status>50[234])\b",
        "regex",
        "RFC 9110 sections 15.6.3-15.6.5, as Go clients log a response's status ('code=502')",
    ),
    (
        "tls-failed",
        "Failed to enable crypto",
        "text",
        "PHP ext/openssl xp_ssl.c (stream_socket_enable_crypto: the TLS handshake of a stream failed)",
    ),
    # (Twisted Names' errors by RCODE, as Synapse logs them)
    (
        "name-servfail-rcode",
        "DNSServerError",
        "word",
        "Twisted twisted/names/error.py (DNSServerError: RCODE 2, SERVFAIL)",
    ),
    (
        "name-not-found",
        "DNSNameError",
        "word",
        "Twisted twisted/names/error.py (DNSNameError: RCODE 3, NXDOMAIN)",
    ),
    (
        "name-refused-rcode",
        "DNSQueryRefusedError",
        "word",
        "Twisted twisted/names/error.py (DNSQueryRefusedError: RCODE 5, REFUSED)",
    ),
    (
        "name-servfail-rcode",
        r"\brcode=2\b",
        "regex",
        "Twisted twisted/names/dns.py Message repr ('rCode=2': SERVFAIL)",
    ),
    # (cifs-utils mount.cifs: 'mount error(N): ...' with the connect's errno)
    ("no-route", r"\bmount error\(113\)", "regex", "cifs-utils mount.cifs.c (errno 113, EHOSTUNREACH)"),
    ("refused", r"\bmount error\(111\)", "regex", "cifs-utils mount.cifs.c (errno 111, ECONNREFUSED)"),
    ("host-down", r"\bmount error\(112\)", "regex", "cifs-utils mount.cifs.c (errno 112, EHOSTDOWN)"),
    ("syn-timed-out", r"\bmount error\(110\)", "regex", "cifs-utils mount.cifs.c (errno 110, ETIMEDOUT)"),
    # (a Unix socket that does not exist: the server is not running, or listens elsewhere; the
    # local form of a closed port)
    (
        "refused",
        r"connect ?\(\) to unix: ?\S+ failed \(2: no such file or directory\)",
        "regex",
        "nginx src/event/ngx_event_connect.c (connect() to a Unix socket upstream, ENOENT: php-fpm's socket was never created)",
    ),
    (
        "refused",
        r"\(hy000/2002\): no such file or directory",
        "regex",
        "PHP mysqli / mysqlnd (CR_CONNECTION_ERROR 2002 on the Unix socket 'localhost' means, ENOENT: no server socket there)",
    ),
    (
        "refused",
        r"\[hy000\] \[2002\] no such file or directory",
        "regex",
        "PHP PDO_MySQL / mysqlnd (SQLSTATE[HY000] [2002] on the Unix socket, ENOENT: no server socket there)",
    ),
    # (WeeChat's GnuTLS verification lines)
    (
        "cert-wrong-host",
        "the hostname in the certificate does NOT match",
        "text",
        "WeeChat src/plugins/irc/irc-server.c (gnutls: certificate name check)",
    ),
    (
        "cert-untrusted",
        "peer's certificate issuer is unknown",
        "text",
        "WeeChat src/plugins/irc/irc-server.c (GNUTLS_CERT_SIGNER_NOT_FOUND, which GnuTLS sets for a self-signed certificate too: it has no status of its own for one)",
    ),
    (
        "cert-untrusted",
        "peer's certificate is NOT trusted",
        "text",
        "WeeChat src/plugins/irc/irc-server.c (GNUTLS_CERT_INVALID)",
    ),
    # (mitmproxy's log of a client that refused its certificate: the client lacks mitmproxy's CA)
    (
        "cert-unknown-ca",
        "does not trust the proxy's certificate",
        "text",
        "mitmproxy proxy/layers/tls.py ('Client TLS handshake failed. The client does not trust the proxy's certificate for NAME')",
    ),
    (
        "cert-unknown-ca",
        "Cannot establish TLS with client",
        "text",
        "mitmproxy 4-5 (the client aborted the handshake with mitmproxy: its CA is not installed there, or the app pins certificates; docs 'Certificates')",
    ),
    # read from fresh23 after its one scoring
    (
        "connect-timed-out",
        "Connect timeout on endpoint URL",
        "text",
        "botocore exceptions.py (ConnectTimeoutError: 'Connect timeout on endpoint URL: \"URL\"')",
    ),
    (
        "syn-timed-out",
        r"failed to connect to 'ipv[46]:[^'\n]*': timeout occurred",
        "regex",
        "gRPC C core src/core/lib/iomgr/tcp_client_posix.c ('failed to connect to 'ipv6:[ADDR]:PORT': timeout occurred')",
    ),
    (
        "syn-timed-out",
        r"connection to tcp://\S+ failed: error number -138 occurred",
        "regex",
        "FFmpeg libavformat/tcp.c on Windows (AVERROR(ETIMEDOUT), ETIMEDOUT being 138 in the Windows C runtime, which av_strerror cannot word)",
    ),
    (
        "cert-expired",
        r"\bdst root ca x3\b",
        "regex",
        "Let's Encrypt, 'DST Root CA X3 Expiration (September 2021)' (a chain that still ends at DST Root CA X3 fails on clients without ISRG Root X1)",
    ),
    (
        "name-refused-rcode",
        "refused query from",
        "text",
        "Unbound daemon/worker.c (access-control refuse: 'refused query from ip4 ADDR port N')",
    ),
    (
        "plain-http-to-tls",
        "This combination of host and port requires TLS",
        "text",
        "Eclipse Jetty SecureRequestCustomizer (400 Bad Message: a plain request on an HTTPS connector, UniFi's 8443)",
    ),
    # read from fresh24 after its one scoring
    (
        "cert-unknown-ca",
        "issuer is not trusted",
        "text",
        "Subversion libsvn_ra_serf/util.c ('Server SSL certificate verification failed: issuer is not trusted')",
    ),
    (
        "cert-wrong-host",
        "certificate issued for a different hostname",
        "text",
        "Subversion libsvn_ra_serf/util.c ('Server SSL certificate verification failed: certificate issued for a different hostname')",
    ),
    (
        "proxy-status:407",
        "could not authenticate to proxy server",
        "text",
        "neon src/ne_auth.c, as Subversion 1.6's ra_neon prints it ('authorization failed: Could not authenticate to proxy server: rejected Basic challenge')",
    ),
    (
        "cert-wrong-host",
        "certificate verification: subjectaltname does not match",
        "text",
        "lftp src/lftp_ssl.cc ('Fatal error: Certificate verification: subjectAltName does not match ‘HOST’')",
    ),
    (
        "proxy-url-unusable",
        "unsupported proxy scheme for",
        "text",
        "curl lib/url.c ('Unsupported proxy scheme for 'URL'': a proxy URL whose scheme curl does not know)",
    ),
    (
        "proxy-url-unusable",
        r"proxy address \S+(?:\n\S*)? is not a valid url",
        "regex",
        "Bazel ProxyHelper.java ('Proxy address socks5://ADDR:PORT is not a valid URL': it takes http:// and https:// proxies only, and none without a scheme)",
    ),
    (
        "proxy-url-unusable",
        r"proxy url had (?:no|unsupported) scheme",
        "regex",
        "urllib3 exceptions.py ProxySchemeUnknown ('Proxy URL had no scheme, should start with http:// or https://')",
    ),
    (
        "proxy-url-unusable",
        "missing dependencies for socks support",
        "text",
        "Requests adapters.py (InvalidSchema: a socks5:// proxy URL without PySocks installed)",
    ),
    (
        "proxy-url-unusable",
        "error parsing proxy url",
        "text",
        "GNU Wget src/retr.c ('Error parsing proxy URL URL: Unsupported scheme')",
    ),
    (
        "cert-expired",
        "the date in the certificate is invalid or has expired",
        "text",
        "Microsoft, WinINet/WinHTTP ERROR_INTERNET_SEC_CERT_DATE_INVALID (12037, HRESULT 0x80072F05), as winget prints it",
    ),
    (
        "cert-expired",
        r"\b80072f05\b",
        "regex",
        "Microsoft, HRESULT 0x80072F05 (ERROR_INTERNET_SEC_CERT_DATE_INVALID)",
    ),
    (
        "cert-expired",
        "的安全证书已于",
        "text",
        "Chromium security interstitial IDS_CERT_ERROR_EXPIRED_DETAILS, zh-CN ('它的安全证书已于昨天到期': its certificate expired)",
    ),
    (
        "connect-timed-out",
        "the semaphore timeout period has expired",
        "text",
        "Microsoft, System Error Codes ERROR_SEM_TIMEOUT (121), which Windows returns for a connect that timed out (Dart prints it as 'OS Error: ..., errno = 121')",
    ),
    ("connect-timed-out", "信号灯超时时间已到", "text", "Microsoft, ERROR_SEM_TIMEOUT (121), zh-CN"),
    (
        "connect-timed-out",
        r"os error: [\s\S]{0,200}?, errno = 121\b",
        "regex",
        "Dart sdk runtime/bin OSError.toString ('OS Error: MESSAGE, errno = 121': ERROR_SEM_TIMEOUT on Windows)",
    ),
    (
        "connect-timed-out",
        "timeout waiting for daemon connection",
        "text",
        "rsync socket.c (--contimeout: 'timeout waiting for daemon connection', exit 35 RERR_CONTIMEOUT)",
    ),
    (
        "transfer-timed-out",
        r"\bio timeout after \d+ seconds",
        "regex",
        "rsync io.c check_timeout ('[Receiver] io timeout after 30 seconds -- exiting', exit 30 RERR_TIMEOUT: connected, then nothing came)",
    ),
    (
        "gateway-error",
        r"too many (?P<status>50[234]) error responses",
        "regex",
        "urllib3 util/retry.py (ResponseError 'too many 502 error responses': every retry got a gateway's error status)",
    ),
    (
        "http-status",
        r"server returned code (?P<status>40[37]|503)\b",
        "regex",
        "Playwright registry/oopDownloadBrowserMain.ts ('Download failed: server returned code 403 body ...')",
    ),
    # read from fresh25 after its one scoring
    (
        "tunnel-backend-failed",
        r"successfully tunneled\s+to (?:your|the) ngrok (?:client|agent), but the (?:client|agent) failed\s+to establish a connection",
        "regex",
        "ngrok's error page ('Failed to complete tunnel connection ... was successfully tunneled to your ngrok client, but the client failed to establish a connection to the local address localhost:8787')",
    ),
    (
        "name-temporary-failure",
        r"(?:(?:failed|getaddrinfo|address information):|\berrno -3\]?,?) try again\b",
        "regex",
        MUSL_GAI
        + " (EAI_AGAIN, -3: 'Try again', as BusyBox wget prints it, 'Resolving NAME... failed: Try again.', Python's socket.gaierror '[Errno -3] Try again', NZBGet's 'ErrNo -3, Try again' and Rust's 'failed to lookup address information: Try again')",
    ),
    (
        "name-temporary-failure",
        "transient resolver failure",
        "text",
        "libfetch common.c (FreeBSD, NetBSD; the resolver's TRY_AGAIN as FETCH_TEMP: 'Transient resolver failure', as xbps prints it)",
    ),
    (
        "name-temporary-failure",
        "temporary error (try again later)",
        "text",
        "apk-tools apk_error_str (EAGAIN: 'temporary error (try again later)', libfetch's FETCH_TEMP, which a resolver's temporary failure gives)",
    ),
    (
        "udp-unanswered",
        r"\bntp\s*: no reply\b",
        "regex",
        "ESPEasy src/src/ESPEasyCore time handling ('NTP  : No reply': its NTP query over UDP got no answer)",
    ),
    (
        "connect-failed",
        "license manager error -15",
        "text",
        "MathWorks, License Manager Error -15 ('MATLAB is unable to connect to the license server': FlexNet's -15, cannot connect to the license server's port)",
    ),
    (
        "connect-failed",
        "unable to contact slurm controller (connect failure)",
        "text",
        "Slurm src/common/slurm_protocol_api.c (ESLURM_... 'Unable to contact slurm controller (connect failure)': the connect to slurmctld's port failed)",
    ),
    (
        "plain-http-to-tls",
        r"ssl error on \d+ \([^)\n]*\): \[ssl: (?:wrong_version_number|http_request)\]",
        "regex",
        "Tornado iostream.py (a TLS server's log: 'SSL Error on FD (ADDR, PORT): [SSL: WRONG_VERSION_NUMBER]', a client that spoke plain HTTP to it, as Jupyter's server logs it)",
    ),
    (
        "tls-legacy",
        r"no longer supports api requests made with tls 1\.[01]\b",
        "regex",
        "Stripe, 'Upgrading TLS' (the API answers a TLS 1.0 or 1.1 client: 'Stripe no longer supports API requests made with TLS 1.0')",
    ),
    (
        "no-route",
        "destination administratively prohibited",
        "text",
        "ptunnel-ng (an ICMP destination-unreachable, code 13, back to its tunnel: 'Destination administratively prohibited!')",
    ),
    # read from fresh26 after its one scoring
    (
        "proxy-status:403",
        r"attempted a connect to a port \S+ that is not permitted",
        "regex",
        "Blue Coat (Symantec) ProxySG's default exception page for a CONNECT to a port other than 443 ('Your request attempted a CONNECT to a port \"N\" that is not permitted by default')",
    ),
    (
        "proxy-url-unusable",
        r"tunneling socket could not be established, cause=getaddrinfo \w+ \d+(?::\d+)?\b",
        "regex",
        "Node.js tunnel-agent ('cause=getaddrinfo ENOENT 10080:80': the proxy's host is a bare number, a proxy variable without its scheme whose port was read as the host)",
    ),
    (
        "tls-wrong-version",
        "not look like a tls handshake",
        "text",
        GO + " crypto/tls ('tls: first record does not look like a TLS handshake', quoted in part)",
    ),
    (
        "connect-failed",
        r"could not connect to the server \S+:\d+\s+make sure the \w+ server is running",
        "regex",
        "Bitcoin Core src/bitcoin-cli.cpp ('Could not connect to the server HOST:PORT ... Make sure the bitcoind server is running and that you are connecting to the correct RPC port'), and its forks",
    ),
    (
        "no-route",
        r"\[[0-9a-f:]*:[0-9a-f:]*\]:\d+ failed: cannot assign requested address",
        "regex",
        "Bitcoin Core src/netbase.cpp ('connect() to [ADDR]:PORT failed: Cannot assign requested address (99)': EADDRNOTAVAIL on an IPv6 peer, a host with no IPv6 address to send from)",
    ),
    (
        "tls-wrong-version",
        "maybe ssl-encrypted data",
        "text",
        "electrs src/electrum/server.rs (a plain server's log of a TLS ClientHello: 'invalid request - maybe SSL-encrypted data?: [22, 3, 1, ...]', the client spoke TLS to its plain port)",
    ),
    (
        "connect-failed",
        r"\blibcurl error: 7\b",
        "regex",
        "libjson-rpc-cpp HttpClient ('libcurl error: 7 -> Could not connect to URL': CURLE_COULDNT_CONNECT), as ethminer prints it",
    ),
    (
        "reset",
        "NT_STATUS_CONNECTION_RESET",
        "word",
        "Samba libcli/util/ntstatus.h (NT_STATUS_CONNECTION_RESET)",
    ),
    (
        "refused",
        "NT_STATUS_CONNECTION_REFUSED",
        "word",
        "Samba libcli/util/ntstatus.h (NT_STATUS_CONNECTION_REFUSED)",
    ),
    (
        "no-route",
        "NT_STATUS_HOST_UNREACHABLE",
        "word",
        "Samba libcli/util/ntstatus.h (NT_STATUS_HOST_UNREACHABLE)",
    ),
    (
        "net-unreachable",
        "NT_STATUS_NETWORK_UNREACHABLE",
        "word",
        "Samba libcli/util/ntstatus.h (NT_STATUS_NETWORK_UNREACHABLE)",
    ),
    (
        "cert-unknown-ca",
        "x509: failed to load system roots and no roots provided",
        "text",
        GO + " crypto/x509 (no CA bundle in the image: nothing to verify any certificate against)",
    ),
    # read from fresh27 after its one scoring
    (
        "connect-failed",
        r"failed to contact master at \[",
        "regex",
        "ROS roscpp master.cpp ('[registerPublisher] Failed to contact master at [localhost:11311]. Retrying...': no connection to roscore's port)",
    ),
    (
        "name-resolution-failed",
        "cannot resolve host address for machine",
        "text",
        "ROS roslaunch core.py (RLException 'cannot resolve host address for machine [NAME]')",
    ),
    (
        "name-resolution-failed",
        r"couldn't find an af_inet address for \[",
        "regex",
        "ROS roscpp network.cpp ('Couldn't find an AF_INET address for [NAME]': getaddrinfo failed)",
    ),
    (
        "connect-failed",
        "TRANSIENT_ConnectFailed",
        "word",
        "omniORB minor codes (CORBA.TRANSIENT, TRANSIENT_ConnectFailed: no connection to the object's endpoint)",
    ),
    (
        "cert-unknown-ca",
        "signed by an unknown and therefore untrusted authority",
        "text",
        "Emacs src/gnutls.c, as its Network Security Manager shows it (GNUTLS_CERT_SIGNER_NOT_FOUND: 'the certificate was signed by an unknown and therefore untrusted authority')",
    ),
    (
        "proxy-status:407",
        r"the requested url returned error: 407\b",
        "regex",
        "curl -f (exit 22 'The requested URL returned error: 407': only a proxy asks for Proxy-Authorization, RFC 9110 section 15.5.8)",
    ),
    (
        "tls-legacy",
        "No negotiable cipher suite",
        "text",
        JAVA + " (SSLHandshakeException: no protocol version and cipher suite both sides enable)",
    ),
    # read from fresh28 after its one scoring
    (
        "hedged",
        "it's possible libcurl couldn't connect to the server or perhaps the request timed out.",
        "text",
        "html-proofer lib/html_proofer/url_validator (its text for libcurl's response code 0, whatever the reason; the server's message after it says which)",
    ),
    (
        "refused",
        r"failed to connect socket\. (?:10061|111)\b",
        "regex",
        "librtmp rtmp.c RTMP_Connect0 ('failed to connect socket. %d (%s)': the socket error, WSAECONNREFUSED 10061 or ECONNREFUSED 111)",
    ),
    (
        "syn-timed-out",
        r"failed to connect socket\. (?:10060|110)\b",
        "regex",
        "librtmp rtmp.c RTMP_Connect0 (WSAETIMEDOUT 10060 or ETIMEDOUT 110)",
    ),
    (
        "connect-failed",
        "unable to connect to the freeswitch event socket layer",
        "text",
        "BigBlueButton bbb-conf --check (no connection to FreeSWITCH's event socket, port 8021)",
    ),
    (
        "connect-failed",
        r"fs_cli\.c:\d+ main\(\) error connecting",
        "regex",
        "FreeSWITCH libs/esl/fs_cli.c ('main() Error Connecting []': no connection to the event socket)",
    ),
    (
        "udp-unanswered",
        r"\bice fail(?:ed)?\b",
        "regex",
        "WebRTC ICE (RFC 8445: every candidate pair's connectivity check, STUN over UDP, went unanswered; Jitsi's 'conference.setup_failed Error: ICE fail' when the media ports' UDP is blocked)",
    ),
    (
        "cert-unknown-ca",
        r"tls_connect failed: -0x7680\b",
        "regex",
        "Mbed TLS MBEDTLS_ERR_SSL_CA_CHAIN_REQUIRED (-0x7680: no CA chain loaded to verify against), as librtmp in OBS prints it",
    ),
    (
        "tls-legacy",
        r"unable to resolve package source 'https://www\.powershellgallery\.com",
        "regex",
        "Microsoft, 'PowerShell Gallery TLS Support' (April 2020: the Gallery accepts TLS 1.2 only, and PowerShellGet on older .NET defaults shows 'Unable to resolve package source')",
    ),
    (
        "connect-failed",
        "the client cannot connect to the destination specified in the request",
        "text",
        "Microsoft WinRM (ERROR_WINRS_CLIENT_CANNOT_CONNECT, 0x80338012: no WinRM listener answered on the port)",
    ),
    (
        "tls-legacy",
        "Impossibile creare un canale sicuro SSL/TLS",
        "text",
        ".NET Framework System.Net resources, it-IT (net_webstatus_SecureChannelFailure)",
    ),
    (
        "tls-legacy",
        "无法创建 SSL/TLS 安全通道",
        "text",
        ".NET Framework System.Net resources, zh-CN (net_webstatus_SecureChannelFailure)",
    ),
    (
        "cert-untrusted",
        "the ssl certificate is signed by an unknown certificate authority",
        "text",
        "Microsoft WinRM (ERROR_WINRS_CLIENT_..._UNKNOWN_CA, 0x80338126: CryptoAPI's CERT_E_UNTRUSTEDROOT, a self-signed certificate's case too)",
    ),
    (
        "cert-wrong-host",
        "the ssl certificate contains a common name (cn) that does not match the hostname",
        "text",
        "Microsoft WinRM (ERROR_WINRS_CLIENT_..._CN_MISMATCH, 0x80338125)",
    ),
    (
        "tls-wrong-version",
        "cannot determine the frame size or a corrupted frame was received",
        "text",
        ".NET System.Net.Security SslStream (net_frame_read_size: the peer's bytes are not a TLS record)",
    ),
    # busybox
    ("timed-out", "download timed out", "text", "BusyBox networking/wget.c"),
    ("name-resolution-failed", "bad address", "text", "BusyBox libbb/xconnect.c (bad address 'NAME')"),
    # read from fresh29 after its one scoring
    (
        "name-server-timed-out",
        r"\bdns (?:problem: )?query timed out\b",
        "regex",
        "Let's Encrypt Boulder bdns/problem.go ('DNS problem: query timed out looking up A for NAME'; older releases: 'DNS query timed out'): the CA's resolver got no answer from the domain's authoritative servers",
    ),
    (
        "name-server-timed-out",
        r"\bquery timed out looking up (?:a|aaaa|caa|txt|cname|mx)\b",
        "regex",
        "Let's Encrypt Boulder bdns/problem.go ('query timed out looking up TYPE for NAME', as ACME clients quote the CA's problem detail)",
    ),
    (
        "tls-legacy",
        "An error occurred in the secure channel support",
        "text",
        "Windows WinHTTP ERROR_WINHTTP_SECURE_CHANNEL_ERROR (12157, winhttp.h); Microsoft's guidance for it is WinHTTP's default protocols (KB3140245: TLS 1.1 and 1.2 are off by default on Windows 7)",
    ),
    # read from fresh30 after its one scoring
    (
        "plain-http-to-tls",
        r"(?:ssl23_get_client|accept_sr_clnt|ssl3_get_client|tls_early_post_process_client)_hello[^\n]{0,12}:(?:unknown protocol|http request)",
        "regex",
        OPENSSL
        + " (a server's error on the client's first bytes: SSL23_GET_CLIENT_HELLO, ACCEPT_SR_CLNT_HELLO with SSL_R_UNKNOWN_PROTOCOL or SSL_R_HTTP_REQUEST, as a TLS listener such as mosquitto's logs a client speaking plain text)",
    ),
    (
        "tls-legacy",
        "SSLV3_ALERT_HANDSHAKE_FAILURE",
        "word",
        PYTHON + " ([SSL: SSLV3_ALERT_HANDSHAKE_FAILURE]: the peer's handshake_failure alert, as aiohttp and requests quote it)",
    ),
    (
        "tls-legacy",
        "ssl/tls alert handshake failure",
        "text",
        OPENSSL + " 3 (SSL_R_SSLV3_ALERT_HANDSHAKE_FAILURE's reason string since 3.0)",
    ),
    (
        "name-temporary-failure",
        r"ssl:\S+ \[try again\]",
        "regex",
        MUSL_GAI
        + " (EAI_AGAIN 'Try again', as aiohttp's ClientConnectorError quotes it: 'Cannot connect to host NAME:443 ssl:default [Try again]')",
    ),
    (
        "cert-wrong-host",
        "host name verification failed",
        "text",
        "Eclipse Mosquitto client library (its message when OpenSSL's X509_V_ERR_HOSTNAME_MISMATCH ends the handshake: 'Error: host name verification failed.')",
    ),
    (
        "cert-wrong-host",
        "The host name did not match any of the valid hosts for this certificate",
        "text",
        "Qt qtbase src/network/ssl/qsslerror.cpp (QSslError::HostNameMismatch)",
    ),
    ("refused", "目标计算机积极拒绝", "text", WSA + ": WSAECONNREFUSED, zh-CN (its core, which applications reword around)"),
    ("cert-problem", "ERR_INSECURE_RESPONSE", "word", CHROMIUM + " (-501: the response was insecure, a certificate error)"),
    (
        "name-servfail-rcode",
        r"dnssec validation failed for question [^\n]{1,200}: [a-z-]+",
        "regex",
        "systemd src/resolve/resolved-dns-transaction.c ('DNSSEC validation failed for question NAME IN TYPE: incompatible-server'; the stub answers its clients SERVFAIL)",
    ),
    (
        "tls-legacy",
        "An unexpected error occurred on a receive",
        "text",
        DOTNET_WEB
        + " (ReceiveFailure: 'The underlying connection was closed: An unexpected error occurred on a receive.', the other form of SendFailure when a server closes on an old TLS hello; Microsoft's fix is SecurityProtocol = Tls12)",
    ),
    ("tls-legacy", "Erro inesperado em um envio", "text", DOTNET_WEB + " (SendFailure), pt-BR"),
    ("tls-legacy", "Erro inesperado em um recebimento", "text", DOTNET_WEB + " (ReceiveFailure), pt-BR"),
    (
        "reset",
        "Foi forçado o cancelamento de uma conexão existente pelo host remoto",
        "text",
        WSA + ": WSAECONNRESET, pt-BR",
    ),
    (
        "name-resolution-failed",
        "Não foi possível resolver o nome remoto",
        "text",
        DOTNET_WEB + " (NameResolutionFailure), pt-BR and pt-PT",
    ),
    (
        "cert-untrusted",
        "Impossibile stabilire una relazione di trust per il canale sicuro SSL/TLS",
        "text",
        DOTNET_WEB + " (TrustFailure), it-IT",
    ),
    (
        "cert-problem",
        "Il certificato remoto non è stato ritenuto valido",
        "text",
        ".NET System.Net.Security, it-IT (AuthenticationException: 'The remote certificate is invalid according to the validation procedure')",
    ),
    # read from fresh31 after its one scoring
    (
        "name-resolution-failed",
        "no results for hostname lookup",
        "text",
        "Twisted src/twisted/internet/endpoints.py (HostnameEndpoint: DNSLookupError 'no results for hostname lookup: NAME', as Scrapy prints it)",
    ),
    (
        "name-no-address",
        "Address family for hostname not supported",
        "text",
        "glibc resolv/gai_strerror-strs.h (EAI_ADDRFAMILY: the name has no address of the family asked for)",
    ),
    (
        "proxy-status",
        r"\bcrawled \((?P<status>407)\) <",
        "regex",
        "Scrapy scrapy/core/engine.py ('Crawled (STATUS) <GET URL>': 407 is the proxy's status, Proxy Authentication Required)",
    ),
    (
        "tls-legacy",
        "wrong signature type",
        "text",
        OPENSSL
        + " (SSL_R_WRONG_SIGNATURE_TYPE from tls12_check_peer_sigalg: the server signed with an algorithm the client no longer accepts, SHA-1 or MD5 at OpenSSL 3's default security level)",
    ),
    (
        "tls-legacy",
        "tlsv1 alert internal error",
        "text",
        OPENSSL
        + " (SSL_R_TLSV1_ALERT_INTERNAL_ERROR: the server's internal_error alert, which Cloudflare sends to a hello it cannot serve, one without SNI from an old client)",
    ),
    (
        "proxy-tls-to-plain",
        r"proxyconnect tcp: tls: oversized record received",
        "regex",
        GO
        + " net/http transport.go ('proxyconnect tcp: tls: oversized record received with length N': TLS spoken to a proxy that answered in plain HTTP)",
    ),
    ("timed-out", "Timeout waiting for SSH", "text", "HashiCorp Packer communicator/ssh (step_connect_ssh.go: ssh_timeout ran out)"),
    (
        "name-resolution-failed",
        r"dns lookup (?:or connection check )?of '[^'\n]+' failed",
        "regex",
        "Salt salt/utils/network.py dns_check ('DNS lookup or connection check of NAME failed')",
    ),
    (
        "name-not-found",
        r"master hostname: '[^'\n]+' not found",
        "regex",
        "Salt salt/minion.py (resolve_dns: 'Master hostname: NAME not found or not responsive. Retrying in 30 seconds')",
    ),
    (
        "cert-wrong-host",
        r"server hostname '[^'\n]+' did not match server certificate",
        "regex",
        "Puppet lib/puppet/ssl (OpenSSL::SSL::SSLError 'Server hostname NAME did not match server certificate; expected NAMES')",
    ),
    (
        "cert-wrong-host",
        "hostname in certificate didn't match",
        "text",
        "Apache HttpClient 4 AbstractVerifier (SSLException 'hostname in certificate didn't match: <NAME> != <NAMES>')",
    ),
    (
        "cert-problem",
        "Connection error: Invalid SSL certificate",
        "text",
        "OpenWrt uclient uclient-fetch.c (the TLS library rejected the server's certificate)",
    ),
    ("tls-failed", "SSL handshake failed", "text", "libsoup 2 (SOUP_STATUS_SSL_FAILED 'SSL handshake failed'; fwupd, GNOME apps)"),
    (
        "plain-http-to-tls",
        r"returned -(?:30976|0x7900)\b",
        "regex",
        "Mbed TLS include/mbedtls/ssl.h (MBEDTLS_ERR_SSL_BAD_HS_CLIENT_HELLO -0x7900 from mbedtls_ssl_handshake on a server: the client's first bytes were no hello, plain HTTP on a TLS port)",
    ),
    (
        "cert-untrusted",
        r"returned -0x2700\b",
        "regex",
        "Mbed TLS include/mbedtls/x509.h (MBEDTLS_ERR_X509_CERT_VERIFY_FAILED -0x2700, as esp-tls prints mbedtls_ssl_handshake's result)",
    ),
    ("cert-untrusted", "Failed to verify peer certificate!", "text", "ESP-IDF components/esp-tls/esp_tls_mbedtls.c"),
    (
        "name-servfail-rcode",
        r"\bis bogus\b",
        "regex",
        "dnsmasq src/dnssec.c and rfc1035.c logs ('reply NAME is BOGUS DS', 'validation result is BOGUS': DNSSEC validation failed, the client gets SERVFAIL)",
    ),
    (
        "udp-unanswered",
        "Retry count exceeded; starting again",
        "text",
        "U-Boot net/net.c (TFTP: every request timed out, 'T' each, then the count ran out)",
    ),
    (
        "udp-unanswered",
        r"no response from (?:the esp|device)\b",
        "regex",
        "esp8266/Arduino tools/espota.py (the UDP invitation got no answer: 'No response from the ESP')",
    ),
    # read from fresh32 after its one scoring
    (
        "cert-untrusted",
        "RemoteCertificateChainErrors",
        "word",
        ".NET System.Net.Security.SslPolicyErrors.RemoteCertificateChainErrors (the chain could not be built to a trusted root)",
    ),
    (
        "tls-legacy",
        r"ssl23 get server hel+o\b[^\n]{0,6}sslv3",
        "regex",
        OPENSSL
        + " 1.0 (SSL23_GET_SERVER_HELLO with SSL_R_SSLV3_ALERT_HANDSHAKE_FAILURE: the server's handshake_failure alert to the client's hello, no protocol or cipher in common)",
    ),
    (
        "plain-http-to-tls",
        "Maybe should use TLS?",
        "text",
        "ImapFlow lib/imap-flow.js (GREETING_TIMEOUT 'Failed to receive greeting from server in required time. Maybe should use TLS?': plain IMAP spoken to a TLS-only port, which waits for a hello)",
    ),
    (
        "gateway-error",
        "General SOCKS server failure",
        "text",
        "RFC 1928 reply 0x01, as torsocks and Tor print it (the SOCKS proxy could not reach the destination)",
    ),
    (
        "proxy-status",
        r"\.\.\.  [^\n]{1,80} <--denied\b",
        "regex",
        "proxychains-ng src/core.c (chain_step: ' <--denied' when the proxy answers the CONNECT or SOCKS request with a refusal)",
    ),
    (
        "cert-untrusted",
        r"\bfailed:? -0x2700\b",
        "regex",
        "Mbed TLS include/mbedtls/x509.h (MBEDTLS_ERR_X509_CERT_VERIFY_FAILED -0x2700, as an application prints the handshake's result)",
    ),
    (
        "timed-out",
        "TCP Watchdog Timeout",
        "text",
        "GameDig lib/TcpQuery (the query's TCP connection got no answer before its timeout)",
    ),
    (
        "cert-unknown-ca",
        "error setting certificate verify locations",
        "text",
        CURL
        + " (CURLE_SSL_CACERT_BADFILE, 77: the CA bundle it was built to read is missing, so no issuer can be trusted)",
    ),
    (
        "cert-unknown-ca",
        "error setting certificate file:",
        "text",
        CURL + " lib/vtls/openssl.c (CURLE_SSL_CACERT_BADFILE, 77: the CA file could not be loaded)",
    ),
    (
        "cert-expired",
        "CERT_TRUST_IS_NOT_TIME_VALID",
        "word",
        "Microsoft CERT_TRUST_STATUS (wincrypt.h), as curl's schannel backend prints CertGetCertificateChain's trust error",
    ),
    (
        "cert-unknown-ca",
        "CERT_TRUST_IS_PARTIAL_CHAIN",
        "word",
        "Microsoft CERT_TRUST_STATUS (wincrypt.h: the chain could not be built up to a root)",
    ),
    (
        "cert-untrusted",
        "CERT_TRUST_IS_UNTRUSTED_ROOT",
        "word",
        "Microsoft CERT_TRUST_STATUS (wincrypt.h: the chain ends at a root that is not trusted)",
    ),
    # read from fresh33 after its one scoring
    (
        "refused",
        r"\bconnect: connection refuse$",
        "regex-m",
        GO + " (ECONNREFUSED's 'connect: connection refused', its last letter cut where a log line or a paste was)",
    ),
    (
        "cert-problem",
        "SSL Issue: consider using the 'Ignore SSL issues' option",
        "text",
        "n8n packages/workflow errors/node-ssl.error.ts (NodeSslError: wraps a certificate error of the HTTP request)",
    ),
    (
        "connect-failed",
        "No alive nodes found in your cluster",
        "text",
        "elasticsearch-php Transport (NoNodesAvailableException: no node of the cluster could be connected to)",
    ),
    ("end-of-stream", "EOFError: end of file reached", "text", "Ruby net/protocol.rb (rbuf_fill: the peer closed the connection)"),
    (
        "tls-wrong-version",
        "Unrecognized SSL message, plaintext connection?",
        "text",
        JAVA + " 8 (SSLException: the peer's first bytes are not a TLS record; Java 11+ says 'Unsupported or unrecognized SSL message')",
    ),
    (
        "tls-wrong-version",
        "Unable to parse TLS packet header",
        "text",
        "Android Conscrypt ConscryptEngine.unwrap (SSLException: the peer's first bytes are not a TLS record)",
    ),
    (
        "tls-legacy",
        r"\balert: +fatal, handshake_failure",
        "regex",
        JAVA + " JSSE debug log (javax.net.debug: 'RECV TLSv1 ALERT:  fatal, handshake_failure': the server's alert to the client's hello)",
    ),
    (
        "cert-wrong-host",
        r"certificate for <[^>\n]+> doesn't match any of the subject alternative names",
        "regex",
        "Apache HttpClient 4.4+ DefaultHostnameVerifier (SSLPeerUnverifiedException)",
    ),
    (
        "cert-wrong-host",
        r"host name '[^'\n]+' does not match the certificate subject",
        "regex",
        "Apache HttpClient 4.3 SSLConnectionSocketFactory.verifyHostname (SSLPeerUnverifiedException)",
    ),
    (
        "cert-wrong-host",
        "Hostname verification of certificate failed",
        "text",
        "Smack (XMPP) smack-tcp XMPPTCPConnection (CertificateException: 'Certificate does not authenticate NAME')",
    ),
    (
        "cert-expired",
        "CertPathValidatorException: validity check failed",
        "text",
        "OpenJDK sun.security.provider.certpath.BasicChecker.verifyValidity (BasicReason.EXPIRED or NOT_YET_VALID)",
    ),
    (
        "end-of-stream",
        "Lost connection to MySQL server at 'reading initial communication packet', system error: 0",
        "text",
        "MySQL sql-common/client.c (CR_SERVER_LOST 2013 with errno 0: connected, then closed before the server's greeting, as a forwarder with nothing behind it does)",
    ),
    (
        "tls-legacy",
        "TLS version used does not meet minimal requirements for this server",
        "text",
        "MySQL Server (ER_... on the client's hello: its TLS version is older than tls_version allows)",
    ),
    (
        "tls-legacy",
        r"ssl connection error:? protocol version mismatch",
        "regex",
        "MySQL client with yaSSL or OpenSSL ('SSL connection error: protocol version mismatch': no TLS version in common with the server)",
    ),
    ("name-server-timed-out", "timeout in dns", "text", "Conversations (XMPP) Resolver ('timeout in dns': the resolver did not answer)"),
    (
        "udp-unanswered",
        "Voice transport timed out",
        "text",
        "discordie and Discord voice clients (the voice UDP handshake got no answer)",
    ),
    # read from fresh34 after its one scoring
    (
        "connect-failed",
        r"\bfailed to connect to [\w.-]+/\[?[0-9a-f:.]+\]?:\d+",
        "regex",
        "OkHttp RealConnection.connectSocket (ConnectException 'Failed to connect to NAME/ADDRESS:PORT', as gRPC Java and the OpenTelemetry exporters print it)",
    ),
    (
        "proxy-tls-to-plain",
        "Your proxy server appears to be configured to accept connections over http",
        "text",
        "New Relic Node.js agent lib/collector (a TLS connection to a proxy that answered in plain HTTP)",
    ),
    (
        "name-resolution-failed",
        "java.net.SocketException: Unresolved address",
        "text",
        JAVA + " (DatagramSocket.connect and SocketChannel: an InetSocketAddress whose name did not resolve)",
    ),
    (
        "tls-wrong-version",
        "SSL received a record that exceeded the maximum permissible length",
        "text",
        "NSS lib/ssl/sslerr.h (SSL_ERROR_RX_RECORD_TOO_LONG's text: the peer's bytes are no TLS record, plain text)",
    ),
    (
        "cert-wrong-host",
        "does not match the hostname in the server's certificate",
        "text",
        JAVA + " com.sun.jndi.ldap.ext.StartTlsResponseImpl and LDAP SDKs (SSLPeerUnverifiedException: 'hostname of the server NAME does not match the hostname in the server's certificate')",
    ),
    (
        "name-resolution-failed",
        "Unable to locate printer",
        "text",
        "CUPS backend/ipp.c, socket.c, lpd.c ('Unable to locate printer \"NAME\".': httpAddrGetList found no address for the printer's host name)",
    ),
    (
        "proxy-status",
        r"\binvalid response from proxy: http/1\.[01] (?P<status>\d{3})\b",
        "regex",
        "APT methods/basehttp.cc ('Invalid response from proxy: STATUS LINE': the proxy answered the CONNECT with an error status)",
    ),
    (
        "gateway-error:502",
        r"\b(?:get|post|put|head|patch|delete) \"?https://[^\s\"]+\"?: bad gateway\s*$",
        "regex-m",
        "Go src/net/http/transport.go (the CONNECT's status text as the error: the proxy's 502)",
    ),
    (
        "name-server-refused",
        r"\blookup \S+ on \S+:53: (?:read|write|dial) udp [^\n]*?connection\s+refused",
        "regex",
        GO + " before 1.8 (OpError 'lookup NAME on SERVER:53: read udp SERVER:53: connection refused': nothing listens on the resolver's port 53)",
    ),
    (
        "name-server-failed",
        r"\blookup \S+: no dns servers\b",
        "regex",
        GO + " dnsclient_unix.go before 1.5 ('no DNS servers': resolv.conf names no name server)",
    ),
    (
        "name-server-refused",
        r"\((?:111: )?connection refused\) while resolving",
        "regex",
        "nginx src/core/ngx_resolver.c ('send() failed (111: Connection refused) while resolving, resolver: ADDR:53': nothing listens on the resolver's port)",
    ),
    (
        "udp-unanswered",
        # (its head only: the tail, "(maybe there's a firewall/NAT in between)", is wrapped in pastes)
        "no packets received recently",
        "text",
        "MediaMTX (rtsp-simple-server) internal/protocols/rtsp: RTP over UDP stopped arriving",
    ),
    # read from fresh35 after its one scoring
    (
        "name-not-found",
        "Inaccessible host: `",
        "text",
        "AWS SDK for JavaScript v2 lib/event_listeners.js ENOTFOUND_ERROR (UnknownEndpoint: getaddrinfo's ENOTFOUND, EAI_NONAME or EAI_NODATA, retold)",
    ),
    (
        "name-resolution-failed",
        "failed to locate valid IP for",
        "text",
        "Supabase CLI internal/utils FallbackLookupIP (its DNS-over-HTTPS query got no address record: a name without an A record, or none at all)",
    ),
    (
        "cert-wrong-host",
        "IP address mismatch, certificate is not valid for",
        "text",
        PYTHON + " Modules/_ssl.c (X509_V_ERR_IP_ADDRESS_MISMATCH: the URL's address is not among the certificate's)",
    ),
    (
        "cert-untrusted",
        "The certificate issuer is unknown",
        "text",
        "GnuTLS gnutls_certificate_verification_status_print (GNUTLS_CERT_SIGNER_NOT_FOUND), as APT prints it",
    ),
    (
        "cert-wrong-host",
        "The name in the certificate does not match the expected",
        "text",
        "GnuTLS gnutls_certificate_verification_status_print (GNUTLS_CERT_UNEXPECTED_OWNER), as APT prints it",
    ),
    (
        "cert-unknown-ca",
        "No system certificates available. Try installing ca-certificates",
        "text",
        "APT methods/connect.cc (no CA bundle to verify with: every issuer is unknown)",
    ),
    (
        "cert-untrusted",
        "<CURLE_SSL_CACERT>",
        "text",
        "Arcanist HTTPSFuture (libcurl's CURLE_SSL_CACERT, 60: the peer's certificate cannot be authenticated with the known CA certificates)",
    ),
    (
        "cert-untrusted",
        "The server certificate did not match any of the expected values",
        "text",
        "WinGet APPINSTALLER_CLI_ERROR_PINNED_CERTIFICATE_MISMATCH 0x8A15005E (the source's certificate chain is not the pinned one)",
    ),
    (
        "tls-failed",
        "gnutls_handshake() failed",
        "text",
        "libcurl lib/vtls/gnutls.c, as APT's https method before 1.5 and git with libcurl-gnutls print it (the GnuTLS error's text follows)",
    ),
    (
        "transfer-timed-out",
        "Operation too slow. Less than",
        "text",
        CURL + " lib/speedcheck.c (CURLE_OPERATION_TIMEDOUT: 'Operation too slow. Less than N bytes/sec transferred the last M seconds', the low-speed limit: the transfer stalled)",
    ),
    # read from fresh36 after its one scoring
    (
        "tls-legacy",
        r"remote party sent a tls alert: '(?:handshakefailure|protocolversion)'",
        "regex",
        ".NET System.Net.Security SslStream (net_auth_tls_alert: 'Authentication failed because the remote party sent a TLS alert: 'HandshakeFailure'': the server refused the hello, most often for want of a common version or cipher)",
    ),
    # read from fresh37 after its one scoring
    (
        "name-resolution-failed",
        r"\bping: unknown host \S",
        "regex",
        "iputils ping before 2016 and Android's ('ping: unknown host NAME' for any gethostbyname failure, whatever h_errno said: not hstrerror's HOST_NOT_FOUND text)",
    ),
    (
        "cert-untrusted",
        "The signer might need to be added to local trust store",
        "text",
        "IBM WebSphere Liberty CWPKI0823E (the server's signer is in no trust store Liberty reads: PKIX could not build a path)",
    ),
    (
        "syn-timed-out",
        r"\bconnection\s+to device timed-out\b",
        "regex",
        "Netmiko base_connection.py (NetmikoTimeoutException 'Connection to device timed-out: TYPE HOST:PORT': the TCP connect got no answer in time)",
    ),
    (
        "name-resolution-failed",
        r"\bresolv::resolverror\b[^\n]*\bno address for\b",
        "regex",
        "Ruby lib/resolv.rb (Resolv::ResolvError 'no address for NAME': no address record came back, the name missing or without one)",
    ),
    (
        "udp-unanswered",
        "Timeout: No Response from",
        "text",
        "Net-SNMP apps/snmp_parse_args and snmpget/snmpwalk ('Timeout: No Response from HOST': the UDP request got no answer, the agent absent, silent, or its answer dropped)",
    ),
    (
        "transfer-timed-out",
        "timeout during server version negotiating",
        "text",
        "Ruby net-ssh transport/server_version.rb (Net::SSH::ConnectionTimeout: connected, and no SSH banner came in time)",
    ),
    (
        "cert-unknown-ca",
        r"\bunable to get issuer certificate\b",
        "regex",
        OPENSSL + " (X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT, 2: an issuer in the chain is in no trust store, as an intercepting proxy's CA)",
    ),
    (
        "cert-untrusted",
        r"\balert certificate unknown\b",
        "regex",
        OPENSSL + " (SSL_AD_CERTIFICATE_UNKNOWN, alert 46, as the side that receives it logs it: the peer did not trust the certificate it was shown; a server's log of its clients refusing its own)",
    ),
    (
        "connect-failed",
        "MQRC_HOST_NOT_AVAILABLE",
        "text",
        "IBM MQ reason 2538 (MQRC_HOST_NOT_AVAILABLE: the client's connect to the queue manager's host and port failed; AMQ9202/AMQ9213 say how)",
    ),
    (
        "name-not-found",
        "AMQ9205: The host name supplied is not valid",
        "text",
        "IBM MQ AMQ9205 (the connection name's host did not resolve)",
    ),
    (
        "tls-legacy",
        "Unable to find acceptable protocols",
        "text",
        "OkHttp ConnectionSpecSelector (UnknownServiceException: the JVM's TLS versions and OkHttp's required ones share none)",
    ),
    (
        "cert-expired",
        r"(?:\(out\)|sslv3), tls alert, certificate expired\b",
        "regex",
        CURL + " lib/vtls/openssl.c ssl_tls_trace (-v: the alert curl itself sent, SSL_AD_CERTIFICATE_EXPIRED: it found the certificate expired; the lab's curl prints it so)",
    ),
    (
        "cert-untrusted",
        r"(?:\(out\)|sslv3), tls alert, unknown ca\b",
        "regex",
        CURL + " lib/vtls/openssl.c ssl_tls_trace (-v: the alert curl sent, SSL_AD_UNKNOWN_CA: no trusted issuer, a self-signed certificate or an unknown CA)",
    ),
    (
        "tls-legacy",
        r"\(in\), tls alert, protocol version\b",
        "regex",
        CURL + " lib/vtls/openssl.c ssl_tls_trace (-v: the server's alert, SSL_AD_PROTOCOL_VERSION: no TLS version in common)",
    ),
    (
        "name-no-address",
        r"\bno data available \(\[?[\w.:-]+\]?:\d+\)",
        "regex",
        ".NET System.Net.Sockets on Linux (SocketException for getaddrinfo's EAI_NODATA, printed with strerror(ENODATA), 'No data available', as Sonarr and Radarr add '(HOST:PORT)')",
    ),
    (
        "net-unreachable",
        r"\bping6?: sendto: no route to host",
        "regex",
        "FreeBSD and macOS sys/netinet/ip_output.c (a send no route matches fails with EHOSTUNREACH, as does one through a gateway whose ARP went unanswered: the condition Linux reports as ENETUNREACH, 'Network is unreachable'; an absent host on the link is EHOSTDOWN there)",
    ),
    (
        "tls-legacy",
        "The message received was unexpected or badly formatted",
        "text",
        "Windows SChannel SEC_E_ILLEGAL_MESSAGE 0x80090326, as .NET reports it (the handshake ended in the server's alert: most often no TLS version or cipher in common)",
    ),
    (
        "timed-out",
        "The operation was canceled.",
        "text",
        ".NET System.Net.Http before 5.0 (HttpClient.Timeout elapsed: TaskCanceledException/OperationCanceledException 'The operation was canceled.')",
    ),
    (
        "cert-problem",
        r"\bcertificate validation failed: \[subject\]",
        "regex",
        "Jackett's and the *arr applications' .NET certificate callback ('certificate validation failed: [Subject] ... [Issuer] ...': the chain did not verify)",
    ),
    (
        "cert-wrong-host",
        "Certificate did not match expected hostname",
        "text",
        "urllib3 connection.py _match_hostname (its log line before it raises: the certificate names another host)",
    ),
    (
        "cert-unknown-ca",
        "terminated in a root certificate which is not trusted by the trust provider",
        "text",
        "Windows CERT_E_UNTRUSTEDROOT 0x800B0109 (-2146762487), as schannel-based clients (Rust native-tls, .NET, PowerShell) print it",
    ),
    (
        "tls-failed",
        "Error opening a TLS connection",
        "text",
        "Prisma P1011 ('Error opening a TLS connection: ...': the engine's TLS handshake with the database failed)",
    ),
    (
        "timed-out",
        "Timeout acquiring a connection. The pool is probably full",
        "text",
        "Knex client.js (KnexTimeoutError: no connection came within acquireConnectionTimeout, most often because none could be made)",
    ),
    (
        "tls-wrong-version",
        "The server does not support SSL connections",
        "text",
        "node-postgres lib/connection.js (the server answered 'N' to SSLRequest: it speaks no TLS on that port)",
    ),
    (
        "end-of-stream",
        r"<monitor> to \S+ closed",
        "regex",
        "MongoDB Node.js driver (MongoNetworkError 'connection <monitor> to ADDR:PORT closed': the server closed the monitoring connection, as Atlas does for an address not on its access list)",
    ),
    (
        "tls-failed",
        r"\bssl_connect returned=\d+ errno=\d+ state=",
        "regex",
        "Ruby openssl ext/openssl/ossl_ssl.c ('SSL_connect returned=1 errno=0 state=...': the handshake failed in that state)",
    ),
    # read from fresh38 after its one scoring
    (
        "cert-expired",
        "SEC_E_CERT_EXPIRED",
        "word",
        "Microsoft, SChannel SEC_E_CERT_EXPIRED 0x80090328 ('The received certificate has expired.', as curl's schannel backend prints it)",
    ),
    (
        "cert-wrong-host",
        "SEC_E_WRONG_PRINCIPAL",
        "word",
        "Microsoft, SChannel SEC_E_WRONG_PRINCIPAL 0x80090322 ('The target principal name is incorrect.': the certificate names another host)",
    ),
    (
        "cert-wrong-host",
        "The target principal name is incorrect",
        "text",
        "Microsoft, SChannel SEC_E_WRONG_PRINCIPAL 0x80090322 (its text, as SqlClient, curl and WinHTTP print it)",
    ),
    (
        "cert-problem",
        r"\bwinhttpexception: a security error occurred\b",
        "regex",
        "Windows WinHTTP ERROR_WINHTTP_SECURE_FAILURE (12175, winhttp.h: 'one or more errors were found in the certificate sent by the server'), as .NET Core's WinHttpHandler throws it",
    ),
    (
        "tls-legacy",
        "Der kunne ikke etableres en sikker kanal til SSL/TLS",
        "text",
        DOTNET_WEB + " (SecureChannelFailure, da-DK: 'Could not create SSL/TLS secure channel')",
    ),
    (
        "proxy-status",
        r"server returned http response code: (?P<status>407) for url",
        "regex",
        "OpenJDK sun.net.www.protocol.http.HttpURLConnection (IOException 'Server returned HTTP response code: 407 for URL': a status only a proxy sends)",
    ),
    (
        "proxy-failed",
        "Establishing a tunnel via proxy server failed",
        "text",
        CHROMIUM + " (ERR_TUNNEL_CONNECTION_FAILED, -111, in its own words, as Chromium's WebSocket errors print it: the proxy answered CONNECT with an error)",
    ),
    (
        "proxy-failed",
        "Proxy response !== 200 when HTTP Tunneling",
        "text",
        "undici lib/proxy-agent.js (the proxy answered CONNECT with a status other than 200)",
    ),
    (
        "proxy-status",
        r"proxy response \((?P<status>\d{3})\) !== 200 when http tunneling",
        "regex",
        "undici lib/dispatcher/proxy-agent.js (newer versions name the status the proxy answered CONNECT with)",
    ),
    (
        "tls-failed",
        "Unable to complete SSL connection",
        "text",
        "Unity UnityWebRequest (its error for a TLS handshake that failed, the certificate's validation among the reasons)",
    ),
    (
        "tls-failed",
        "TlsHandshakeFailure",
        "word",
        "websocket-sharp CloseStatusCode.TlsHandshakeFailure (1015, RFC 6455 section 7.4.1: the TLS handshake failed)",
    ),
    (
        "tls-failed",
        r"\b_do_handshake: tls handshake error\b",
        "regex",
        "Godot core/io/stream_peer_tls (StreamPeerMbedTLS::_do_handshake: mbedtls_ssl_handshake failed)",
    ),
    (
        "cert-untrusted",
        r"\btls handshake error: -9984\b",
        "regex",
        "Mbed TLS include/mbedtls/x509.h (MBEDTLS_ERR_X509_CERT_VERIFY_FAILED -0x2700 = -9984, as Godot prints the handshake's result)",
    ),
    (
        "tls-legacy",
        r"\btls handshake error: -30592\b",
        "regex",
        "Mbed TLS include/mbedtls/ssl.h (MBEDTLS_ERR_SSL_FATAL_ALERT_MESSAGE -0x7780 = -30592: the server sent a fatal alert during the handshake, as Godot prints it)",
    ),
    (
        "refused",
        r"\b_get_socket_error: socket error: 111\b",
        "regex",
        "Godot drivers/unix/net_socket_posix.cpp (_get_socket_error prints errno: 111 is ECONNREFUSED on Linux)",
    ),
    (
        "connect-failed",
        "Can't connect to host",
        "text",
        "Godot HTTPRequest/HTTPClient (RESULT_CANT_CONNECT, STATUS_CANT_CONNECT: the TCP connection failed, why unsaid)",
    ),
    (
        "connect-failed",
        "Couldn't connect to the GDScript language server at",
        "text",
        "godot-vscode-plugin src/lsp (the editor's language server port did not accept the connection)",
    ),
    (
        "cert-problem",
        "Invalid certificate received from server",
        "text",
        "Mono Mono.Security.Protocol.Tls (TlsException: the certificate failed validation; the error code that follows is Windows' CERT_E_* value)",
    ),
    (
        "cert-unknown-ca",
        r"invalid certificate received from server\. error code: 0x(?:ffffffff)?800b010a\b",
        "regex",
        "Mono Mono.Security.Protocol.Tls with Windows' CERT_E_CHAINING 0x800B010A ('A certificate chain could not be built to a trusted root authority')",
    ),
    (
        "cert-untrusted",
        r"invalid certificate received from server\. error code: 0x(?:ffffffff)?800b0109\b",
        "regex",
        "Mono Mono.Security.Protocol.Tls with Windows' CERT_E_UNTRUSTEDROOT 0x800B0109",
    ),
    (
        "cert-expired",
        r"invalid certificate received from server\. error code: 0x(?:ffffffff)?800b0101\b",
        "regex",
        "Mono Mono.Security.Protocol.Tls with Windows' CERT_E_EXPIRED 0x800B0101",
    ),
    (
        "cert-wrong-host",
        r"invalid certificate received from server\. error code: 0x(?:ffffffff)?800b010f\b",
        "regex",
        "Mono Mono.Security.Protocol.Tls with Windows' CERT_E_CN_NO_MATCH 0x800B010F",
    ),
    (
        "no-route",
        r"dial tcp \[[0-9a-f:]*:[0-9a-f:]*\]:\d+: connect: cannot assign requested address",
        "regex",
        GO + " (EADDRNOTAVAIL dialling an IPv6 address: the host has no IPv6 address to send from, as in a Docker network without IPv6)",
    ),
    # read from fresh39 after its one scoring
    ("cert-problem", "Certificate validation failed", "text", "check_pve and other monitoring plugins (the API's TLS certificate did not verify)"),
    (
        "proxy-status:403",
        "port is not allowed. ISA Server is not configured to allow SSL requests from this port",
        "text",
        "Microsoft ISA Server's CONNECT refusal ('502 Proxy Error ( The specified Secure Sockets Layer (SSL) port is not allowed ...)': a policy refusal of the tunnel's port, what a 403 says, under a 502)",
    ),
    (
        "name-resolution-failed",
        r"hostname \S+ should resolve to \S+, but it did not",
        "regex",
        "MicroK8s cluster agent ('Hostname NAME should resolve to ADDR, but it did not. Refusing join.': the joining node's name does not resolve on the control plane)",
    ),
    (
        "tls-hello-to-plain",
        r"invalid request line: '\\x16\\x03\\x0[0-4]",
        "regex",
        "ASP.NET Core Kestrel (BadHttpRequestException 'Invalid request line: '\\x16\\x03\\x01...': a TLS ClientHello, record type 22 and version 3.x, RFC 8446 section 5.1, read as HTTP)",
    ),
    (
        "end-of-stream",
        "handshake failed - connection prematurally closed",
        "text",
        "OpenJDK jdk.jdwp.agent / com.sun.tools.jdi SocketTransportService ('handshake failed - connection prematurally closed': the debugger connected and the port closed before the JDWP handshake)",
    ),
    (
        "name-server-refused",
        r"\bnslookup: write to '[^'\n]+': connection refused",
        "regex",
        "BusyBox networking/nslookup.c (send_queries: 'write to 'SERVER': Connection refused', the ICMP port-unreachable of a server address where nothing listens on port 53, reported on the next send)",
    ),
    # read from fresh40 after its one scoring
    (
        "connect-failed",
        r"connection to node -?\d+ \([^)\n]*\) could not be established",
        "regex",
        "Apache Kafka clients NetworkClient.java ('Connection to node N (HOST/ADDR:PORT) could not be established. Node may not be available.': the connect failed, no reason given)",
    ),
    (
        "name-resolution-failed",
        r"\bas dns resolution failed for \S",
        "regex",
        "Apache Kafka clients ClientUtils.java ('Couldn't resolve server HOST:PORT from bootstrap.servers as DNS resolution failed for HOST', later 'Removing server ...')",
    ),
    (
        "plain-http-to-tls",
        r"badstatusline\W{1,4}\\x15\\x03\\x0[0-4]",
        "regex",
        PYTHON + " (http.client.BadStatusLine('\\x15\\x03\\x03...'): the status line read is a TLS alert record, type 21, RFC 8446 section 5.1: plain HTTP sent to a TLS port)",
    ),
    (
        "connect-failed",
        r"\(host='[^'\n]+', port=\d+\): max retries exceeded\s*$",
        "regex-m",
        "urllib3 exceptions.py MaxRetryError, as an application logs it without its cause ('HTTPConnectionPool(host=..., port=...): Max retries exceeded': every attempt to connect failed)",
    ),
    ("name-resolution-failed", "Manticore::ResolutionFailure", "word", "Manticore (JRuby HTTP client of Logstash's Elasticsearch output) ResolutionFailure: java.net.UnknownHostException"),
    ("connect-timed-out", "Manticore::ConnectTimeout", "word", "Manticore ConnectTimeout: org.apache.http.conn.ConnectTimeoutException"),
    ("refused", "Rex::ConnectionRefused", "word", "Metasploit rex-core lib/rex/exceptions.rb (ConnectionRefused, raised on ECONNREFUSED)"),
    ("refused", "The connection was refused by the remote host", "text", "Metasploit rex-core lib/rex/exceptions.rb (ConnectionRefused#to_s)"),
    ("unreachable", "Rex::HostUnreachable", "word", "Metasploit rex-core lib/rex/exceptions.rb (HostUnreachable, raised on EHOSTUNREACH, ENETUNREACH and EHOSTDOWN)"),
    ("unreachable", r"\bthe host \([^)\n]+\) was unreachable\.", "regex", "Metasploit rex-core lib/rex/exceptions.rb (HostUnreachable#to_s)"),
    ("connect-timed-out", "Rex::ConnectionTimeout", "word", "Metasploit rex-core lib/rex/exceptions.rb (ConnectionTimeout: the connect did not complete in time)"),
    ("connect-timed-out", r"\bthe connection with \([^)\n]+\) timed out\.", "regex", "Metasploit rex-core lib/rex/exceptions.rb (ConnectionTimeout#to_s)"),
    ("name-resolution-failed", r"\[critical\] host '[^'\n]+' does not exist", "regex", "sqlmap lib/request/connect.py (socket.gaierror on the target's name)"),
    ("reset", "connection reset to the target URL", "text", "sqlmap lib/request/connect.py (ECONNRESET while fetching the target)"),
    ("timed-out", "connection timed out to the target URL", "text", "sqlmap lib/request/connect.py (a socket timeout while fetching the target)"),
    ("connect-failed", "unable to connect to the target URL", "text", "sqlmap lib/request/connect.py (any other URLError)"),
    ("name-resolution-failed", "no address found for host", "text", "ProjectDiscovery fastdialer (nuclei, httpx: ErrNoAddressFound, the name resolved to no address)"),
    ("connect-failed", "could not connect to any address found for host", "text", "ProjectDiscovery fastdialer (nuclei, httpx: every resolved address failed to connect)"),
    ("refused", r"\b\d+/closed/(?:tcp|udp)/", "regex", "Nmap reference guide, Output: grepable output's Ports field (PORT/STATE/PROTOCOL/...: closed = a RST, or for UDP an ICMP port unreachable, answered the probe)"),
    # read again from the read sets' unanswered entries (general wordings no phrase knew)
    ("connect-failed", r"\bcurl failed to download with exit code 7\b", "regex", "vcpkg (curl's exit code 7, CURLE_COULDNT_CONNECT)"),
    ("name-resolution-failed", r"\bcurl failed to download with exit code 6\b", "regex", "vcpkg (curl's exit code 6, CURLE_COULDNT_RESOLVE_HOST)"),
    ("timed-out", r"\bcurl failed to download with exit code 28\b", "regex", "vcpkg (curl's exit code 28, CURLE_OPERATION_TIMEDOUT)"),
    ("tls-failed", r"\bcurl failed to download with exit code 35\b", "regex", "vcpkg (curl's exit code 35, CURLE_SSL_CONNECT_ERROR)"),
    ("cert-problem", r"\bcurl failed to download with exit code 60\b", "regex", "vcpkg (curl's exit code 60, CURLE_PEER_FAILED_VERIFICATION)"),
    (
        "proxy-url-unusable",
        "Invalid response version from server. Expected 05 got",
        "text",
        "PySocks socks.py (GeneralProxyError: a SOCKS5 proxy was configured and the server's first byte was not 5; 'got 48', an 'H', is an HTTP proxy's answer)",
    ),
    (
        "proxy-url-unusable",
        r"badstatusline\W{1,4}\\x05\\x0[0-9a-f]",
        "regex",
        PYTHON + " (http.client.BadStatusLine('\\x05\\x00'): an HTTP request answered by a SOCKS5 proxy's method selection, version 5, RFC 1928 section 3)",
    ),
    (
        "refused",
        r"\bthe return code from tcp/ip is (?:111|10061|79|146) \(x'",
        "regex",
        "IBM MQ AMQ9202/AMQ9213 ('The return code from TCP/IP is RC (X'..')': the platform's errno, ECONNREFUSED: 111 on Linux, 10061 on Windows, 79 on AIX, 146 on Solaris)",
    ),
    (
        "connect-timed-out",
        r"\bthe return code from tcp/ip is (?:110|10060|78|145) \(x'",
        "regex",
        "IBM MQ AMQ9202 (ETIMEDOUT: 110 on Linux, 10060 on Windows, 78 on AIX, 145 on Solaris)",
    ),
    (
        "no-route",
        r"\bthe return code from tcp/ip is (?:113|10065|148) \(x'",
        "regex",
        "IBM MQ AMQ9202 (EHOSTUNREACH: 113 on Linux, 10065 on Windows, 148 on Solaris)",
    ),
    # read from fresh41 after its one scoring (general wordings no phrase knew)
    (
        "cert-untrusted",
        "certificate signed by unknown authority",
        "text",
        GO + " (x509.UnknownAuthorityError, quoted without its 'x509: ' prefix)",
    ),
    (
        "cert-wrong-host",
        "Host name does not match certificate subject names",
        "text",
        "AdGuard DnsLibs certificate verifier (X509_check_host failed: the upstream's certificate does not name it)",
    ),
    (
        "name-no-address",
        "The DNS response does not contain an answer to the question",
        "text",
        "dnspython dns/resolver.py (NoAnswer: the name exists and has no record of the type asked, NODATA)",
    ),
    ("name-no-address", "dns.resolver.NoAnswer", "word", "dnspython dns/resolver.py (NoAnswer, NODATA)"),
    ("name-not-found", "None of DNS query names exist", "text", "dnspython dns/resolver.py (NXDOMAIN for every name tried)"),
    ("name-server-timed-out", "The DNS operation timed out", "text", "dnspython dns/exception.py (Timeout: no answer from the name server)"),
    (
        "name-server-timed-out",
        "The resolution lifetime expired",
        "text",
        "dnspython dns/resolver.py (LifetimeTimeout: every server tried, none answered in the lifetime)",
    ),
    (
        "connect-failed",
        r";; warning: can't connect to \S+@\d+\((?:tcp|udp|tls|https|quic)\)",
        "regex",
        "Knot DNS kdig src/utils/common/netio.c (net_connect: connect() failed at once; a timeout is 'connection timeout for ...')",
    ),
    (
        "connect-failed",
        "HttpHostConnectException",
        "word",
        "Apache HttpClient 4 and 5 (conn.HttpHostConnectException: a java.net.ConnectException that names the host, whatever the connect failed on)",
    ),
    (
        "unreachable",
        r"\bcritical - network unreachable \(",
        "regex",
        "Monitoring Plugins plugins/check_ping.c error_scan (ping printed 'Network is unreachable', 'Destination Net Unreachable' or 'No route')",
    ),
    (
        "no-route",
        r"\bcritical - host unreachable \(",
        "regex",
        "Monitoring Plugins plugins/check_ping.c error_scan (ping printed 'Destination Host Unreachable' or 'Address unreachable')",
    ),
    (
        "no-route",
        "Destination unreachable: Address unreachable",
        "text",
        "iputils ping for IPv6 (ICMPv6 destination unreachable, code 3: neighbour discovery got no answer for the address)",
    ),
    (
        "net-unreachable",
        "Destination unreachable: No route",
        "text",
        "iputils ping for IPv6 (ICMPv6 destination unreachable, code 0: no route to the destination)",
    ),
    (
        "permission-denied",
        "Destination unreachable: Administratively prohibited",
        "text",
        "iputils ping for IPv6 (ICMPv6 destination unreachable, code 1: a filter rejected the packet)",
    ),
    (
        "refused",
        "Destination unreachable: Port unreachable",
        "text",
        "iputils ping for IPv6 (ICMPv6 destination unreachable, code 4: nothing listens on the port)",
    ),
    (
        "gateway-error",
        "ERR_CONNECT_FAIL",
        "word",
        SQUID + " (ERR_CONNECT_FAIL: the proxy's own connect to the site failed; the page's body id, X-Squid-Error)",
    ),
    (
        "proxy-status",
        r"\bresponse to connect was:? \W{0,2}http/\d(?:\.\d)? (?P<status>\d{3})\b",
        "regex",
        "any_proxy, Go ('Proxy response to CONNECT was: %q', the upstream proxy's status line quoted)",
    ),
    (
        "cert-expired",
        "certificate not valid at the current date",
        "text",
        "dnscrypt-proxy (the resolver's certificate is outside its validity window: expired, not yet valid, or this machine's clock is wrong)",
    ),
    (
        "connect-failed",
        r"\bsonarqube server \[[^\]\n]+\] can not be reached",
        "regex",
        "SonarScanner ('SonarQube server [URL] can not be reached': any I/O error on the first request; the cause follows on 'Caused by:' lines when logged)",
    ),
    (
        "name-resolution-failed",
        r"unable to resolve host \"[^\"\n]*\": no address associated with hostname",
        "regex",
        "Android libcore (UnknownHostException 'Unable to resolve host \"%s\": %s') over bionic's getaddrinfo, NetBSD's: a name the DNS says does not exist (HOST_NOT_FOUND) is NS_NOTFOUND, returned as EAI_NODATA, so Android says 'No address associated with hostname' for a missing name, a missing address and a phone without a network alike",
    ),
    (
        "name-resolution-failed",
        r"no address associated with hostname, errno = 7\b",
        "regex",
        "bionic's EAI_NODATA is 7 (glibc's is -5): Dart's SocketException '(OS Error: ..., errno = 7)' on Android, whose getaddrinfo says it for a name that does not exist too (NetBSD's getaddrinfo.c: NS_NOTFOUND -> EAI_NODATA)",
    ),
    (
        "name-resolution-failed",
        r"\b7 - no address associated with hostname",
        "regex",
        "bionic's EAI_NODATA is 7: Termux's apt ('(7 - No address associated with hostname)') runs on Android, whose getaddrinfo says it for a name that does not exist too",
    ),
    (
        "cert-expired",
        r"(?:sslhandshakeexception|certificateexception): chain validation failed",
        "regex",
        "Conscrypt TrustManagerImpl (Android's TLS: 'Chain validation failed' wraps a CertPathValidatorException raised after the chain reached a trusted anchor, revocation off: a certificate outside its validity dates, most often the device's clock; a missing anchor says 'Trust anchor for certification path not found')",
    ),
    (
        "connect-failed",
        "Could not connect to development server",
        "text",
        "React Native DevServerHelper and RCTRedBox ('Could not connect to development server.', then 'URL: ...': any failure to fetch the bundle from Metro)",
    ),
    ("cert-untrusted", "The certificate is not issued by a trusted authority", "text", "Subversion libsvn_subr prompt (SVN_AUTH_SSL_UNKNOWNCA)"),
    ("cert-wrong-host", "The certificate hostname does not match", "text", "Subversion libsvn_subr prompt (SVN_AUTH_SSL_CNMISMATCH)"),
    ("cert-expired", "The certificate has expired", "text", "Subversion libsvn_subr prompt (SVN_AUTH_SSL_EXPIRED)"),
    (
        "cert-self-signed",
        "Certificate fingerprint was not confirmed",
        "text",
        "proxmox-backup-client (a certificate no trusted CA signed and no fingerprint configured or confirmed: a Proxmox Backup Server's own self-signed certificate, what every install creates)",
    ),
    ("refused", r"(?<![\w.:-])\(10061\)", "regex", WSA + ": WSAECONNREFUSED, its code in parentheses after the text in the display language (adb and other Windows ports: 'cannot connect to HOST:PORT: TEXT (10061)')"),
    ("syn-timed-out", r"(?<![\w.:-])\(10060\)", "regex", WSA + ": WSAETIMEDOUT, its code in parentheses after the localised text"),
    (
        "name-not-found",
        r"could not connect to the endpoint url:\W*https?://[\w-]+\.(?!s3\b|s3-|compute-\d)(?![\w-]*-\d\.)[\w-]+\.amazonaws\.com\b",
        "regex",
        "botocore (the endpoint SERVICE.REGION.amazonaws.com is built from the configured region, and AWS region codes read AREA-DIRECTION-DIGIT, 'eu-west-1'; a region of another shape, another provider's 'rbx' or 'nl-ams' given to an S3 client, names an endpoint that does not exist; bucket.s3 and compute-1 are AWS's own)",
    ),
    ("cert-wrong-host", "CertNotValidForName", "word", "rustls CertificateError::CertNotValidForName (rustls 0.22 and later; NotValidForName before)"),
    (
        "cert-self-signed",
        "CaUsedAsEndEntity",
        "word",
        "webpki and rustls Error::CaUsedAsEndEntity (the server's own certificate says CA:TRUE: what openssl req -x509 makes by default, a self-signed certificate)",
    ),
    (
        "cert-problem",
        "Unable to verify certificate, please set",
        "text",
        "Excon (Ruby; Faraday's and fluentd's HTTP: 'Unable to verify certificate, please set `Excon.defaults[:ssl_ca_path]` ...': OpenSSL's certificate verify failed, any reason)",
    ),
    (
        "connect-failed",
        "Could not open connection to the host",
        "text",
        "Windows telnet ('Connecting To HOST...Could not open connection to the host, on port N: Connect failed': a refusal and a timeout alike)",
    ),
    (
        "reset",
        "invalid request block size",
        "text",
        "uWSGI ('invalid request block size: N (max 4096)...skip': bytes that are not its uwsgi protocol, HTTP sent to its socket; it drops the connection)",
    ),
    (
        "tls-hello-to-plain",
        "accessing the development server over HTTPS, but it only supports HTTP",
        "text",
        "Django runserver ('You're accessing the development server over HTTPS, but it only supports HTTP.': a TLS ClientHello on its plain port)",
    ),
    (
        "connect-failed",
        "Can not reach Elasticsearch cluster",
        "text",
        "fluent-plugin-elasticsearch ('Can not reach Elasticsearch cluster ({:host=>...})!': the first request failed, any reason)",
    ),
    # read from fresh44 after its one scoring
    (
        "cert-untrusted",
        "provided by an authority that is not trusted",
        "text",
        "Microsoft SqlClient (SEC_E_UNTRUSTED_ROOT 0x80090325 in the wording some of its versions print: 'The certificate chain was provided by an authority that is not trusted')",
    ),
    (
        "tls-legacy",
        r"\btlsv1(?:\.1)? was negotiated\. please update server and client to use tlsv1\.2 at minimum",
        "regex",
        "Microsoft JDBC Driver for SQL Server 12 (SQLServerResource R_insecureProtocolVersion: the server negotiated TLS 1.0 or 1.1, which the driver no longer accepts)",
    ),
    (
        "refused",
        r"\bora-12541\b",
        "regex",
        "Oracle Database Error Messages (ORA-12541 'TNS:no listener': the connection request could not be completed because nothing listens at the address and port the connect descriptor names)",
    ),
    (
        "connect-timed-out",
        r"\bora-12170\b",
        "regex",
        "Oracle Database Error Messages (ORA-12170 'TNS:Connect timeout occurred': the client's connect to the listener did not complete in time, a firewall that drops the packets being the usual reason)",
    ),
    (
        "connect-failed",
        "The Network Adapter could not establish the connection",
        "text",
        "Oracle JDBC thin driver (ORA-17002 / 'IO Error: The Network Adapter could not establish the connection': the TCP connect to the listener failed, for any reason)",
    ),
    (
        "refused",
        r'communication function detecting the error: "connect"\.\s+protocol specific error code\(s\): "(?:111|10061|79)"',
        "regex",
        "IBM Db2 SQL30081N (TCP/IP function connect with ECONNREFUSED: 111 on Linux, 10061 on Windows, 79 on AIX)",
    ),
    (
        "syn-timed-out",
        r'communication function detecting the error: "(?:connect|selectforconnecttimeout)"\.\s+protocol specific error code\(s\): "(?:110|10060|78)"',
        "regex",
        "IBM Db2 SQL30081N (TCP/IP function connect with ETIMEDOUT: 110 on Linux, 10060 on Windows, 78 on AIX)",
    ),
    (
        "reset",
        r'communication function detecting the error: "(?:recv|send)"\.\s+protocol specific error code\(s\): "(?:104|10054|73)"',
        "regex",
        "IBM Db2 SQL30081N (TCP/IP function recv or send with ECONNRESET: 104 on Linux, 10054 on Windows, 73 on AIX)",
    ),
    (
        "end-of-stream",
        "Socket closed by peer",
        "text",
        "SAP HANA client (RTE:[89008] 'Socket closed by peer': the server's side closed the connection)",
    ),
    (
        "end-of-stream",
        "Negotiation: Error: Server Closed Connection",
        "text",
        "nbd-client (its negotiation read end of stream: the server accepted and closed)",
    ),
    (
        "connect-failed",
        r"\b(?:system|network) error\s*-?\s*53\b",
        "regex",
        "Windows NET USE and Explorer (ERROR_BAD_NETPATH 53, 'The network path was not found': no SMB session could be made to the host)",
    ),
    (
        "connect-failed",
        "The network path was not found",
        "text",
        "Windows (ERROR_BAD_NETPATH 53, winerror.h, its text)",
    ),
    (
        "cert-problem",
        "tls: Peer certificate failed verification",
        "text",
        "FFmpeg libavformat/tls_gnutls.c (gnutls_certificate_verify_peers2 returned a status other than 0)",
    ),
    (
        "cert-problem",
        r"\bcert_pkixverifycert for \S+ failed",
        "regex",
        "Chromium net/cert/cert_verify_proc_nss.cc (NSS's CERT_PKIXVerifyCert rejected the chain)",
    ),
    (
        "cert-untrusted",
        "the server certificate is not trusted",
        "text",
        "davfs2 src/webdav.c (neon's NE_SSL_UNTRUSTED: the certificate's issuer is not one the client trusts)",
    ),
    (
        "cert-wrong-host",
        "the server certificate does not match the server name",
        "text",
        "davfs2 src/webdav.c (neon's NE_SSL_IDMISMATCH)",
    ),
    (
        "cert-untrusted",
        "certificate rejected: [SelfSigned]",
        "text",
        "Haskell x509-validation (FailedReason SelfSigned, as the tls package reports it: the chain ends at a self-signed certificate the store lacks, the server's own or a root it sent)",
    ),
    (
        "cert-wrong-host",
        r"\bsslpeerunverifiedexception: hostname\b",
        "regex",
        "OkHttp (javax.net.ssl.SSLPeerUnverifiedException 'Hostname NAME not verified', whatever the name looks like)",
    ),
    (
        "udp-unanswered",
        "UDP timeout, retrying with TCP",
        "text",
        "FFmpeg libavformat/rtsp.c (no RTP packet arrived over UDP in time: the stream's datagrams were dropped or never sent)",
    ),
    # read from fresh45 after its one scoring
    (
        "cert-wrong-host",
        r"\bpeer certificate cn=[`'\"][^`'\"\n]*[`'\"] did not match expected cn=",
        "regex",
        "PHP ext/openssl/xp_ssl.c (stream_socket_enable_crypto: \"Peer certificate CN=`NAME' did not match expected CN=`HOST'\")",
    ),
    (
        "cert-wrong-host",
        "No subjectAltNames on the certificate match",
        "text",
        "Conscrypt TrustManagerImpl (Android and the JVMs that use it: the HTTPS hostname verifier rejected every subjectAltName)",
    ),
    (
        "cert-wrong-host",
        "The host name did not match the name given in the server's SSL certificate",
        "text",
        "MailKit SslHandshakeException (its explanation of RemoteCertificateNameMismatch)",
    ),
    (
        "tls-wrong-version",
        "When connecting to an SMTP service, port 587 is typically reserved for plain-text connections",
        "text",
        "MailKit SslHandshakeException (its explanation when an SSL-wrapped connection to port 587 failed: the port speaks plain SMTP until STARTTLS)",
    ),
    (
        "tls-wrong-version",
        "The handshake failed due to an unexpected packet format",
        "text",
        DOTNET_WEB + " (SslStream: the first bytes from the server are not a TLS record, a plain-text port)",
    ),
    (
        "tls-wrong-version",
        "received corrupt message of type InvalidContentType",
        "text",
        "rustls (Error::InvalidMessage(InvalidContentType): the server's first bytes are not a TLS record, a plain-text port)",
    ),
    (
        "connect-failed",
        r"\bcould not connect to the server \S+:\d+",
        "regex",
        "Bitcoin Core src/bitcoin-cli.cpp (CConnectionFailed: 'Could not connect to the server HOST:PORT', before its advice to check bitcoind runs)",
    ),
    (
        "name-resolution-failed",
        "DNS resolution failed",
        "text",
        "gRPC core's resolvers (UNAVAILABLE 'DNS resolution failed'), Kong's balancer ('DNS resolution failed: ...')",
    ),
    (
        "name-not-found",
        r"\bdns server error:? 3 name error\b",
        "regex",
        "lua-resty-dns-client, as Kong logs it (RCODE 3, NXDOMAIN: 'dns server error: 3 name error')",
    ),
    (
        "name-servfail-rcode",
        r"\bdns server error[:;] 2 server failure\b",
        "regex",
        "lua-resty-dns-client, as Kong logs it (RCODE 2, SERVFAIL: 'dns server error; 2 server failure')",
    ),
    (
        "name-temporary-failure",
        r"host or domain name not found\. name service error for name=\S+ type=\S+: host not found, try again",
        "regex",
        "Postfix src/global/dns_lookup.c (TRY_AGAIN: the resolver gave no answer, 'Host not found, try again')",
    ),
    (
        "name-not-found",
        r"host or domain name not found\. name service error for name=\S+ type=\S+: host not found\b(?!, try again)",
        "regex",
        "Postfix src/global/dns_lookup.c (HOST_NOT_FOUND: the name does not exist)",
    ),
    (
        "name-resolution-failed",
        r"\bopensock: could not retrieve info for \S+",
        "regex",
        "tinyproxy src/sock.c (getaddrinfo failed for the host a client asked it to reach)",
    ),
    (
        "name-resolution-failed",
        r'\bno ipv4 address for "[^"\n]+" available',
        "regex",
        "testssl.sh (its fatal error when the host's name gives no IPv4 address)",
    ),
    (
        "gateway-error",
        "Backend fetch failed",
        "text",
        "Varnish builtin VCL (vcl_backend_error: its synthetic 503 page, the backend could not be fetched from)",
    ),
    (
        "gateway-error",
        r"\berror 521\b[^\n]*\n?[^\n]*web server is (?:down|not returning a connection)",
        "regex",
        "Cloudflare (error 521: the origin web server refused Cloudflare's connection)",
    ),
    (
        "gateway-error",
        "failure to get a peer from the ring-balancer",
        "text",
        "Kong (503: no healthy target in the upstream's balancer)",
    ),
    (
        "gateway-error",
        r"unable to determine ip address from host name",
        "regex",
        SQUID + " (ERR_DNS_FAIL: the proxy could not resolve the site's name)",
    ),
    (
        "proxy-status:403",
        "The administrator of this proxy has not configured it to service requests from your host",
        "text",
        "tinyproxy src/reqs.c (its 403 'Access denied' page: the client's address is not in an Allow rule)",
    ),
    (
        "proxy-status:403",
        r"<!-- ?err_access_denied ?-->",
        "regex",
        SQUID + " (ERR_ACCESS_DENIED: the page Squid answers 403 with when http_access denies the request)",
    ),
    (
        "proxy-status",
        r"proxy refused to create tunnel with response status (?P<status>\d{3})",
        "regex",
        "Apigee (protocol.http.ProxyTunnelCreationFailed: the proxy it was told to use answered CONNECT with an error status)",
    ),
    (
        "cert-unknown-ca",
        "X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
        "text",
        OPENSSL + " (its constant as Squid's error page names it: 'TLS code: X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY')",
    ),
    (
        "cert-unknown-ca",
        "certificate issuer (CA) not known",
        "text",
        SQUID + " (ERR_SECURE_CONNECT_FAIL with the certificate's issuer unknown to the proxy)",
    ),
    (
        "transfer-timed-out",
        r"the timeout specified has expired: (?:ah\d+: )?(?:proxy: )?error reading status line from remote server",
        "regex",
        "Apache httpd mod_proxy_http (APR_TIMEUP, 70007: the backend accepted the connection and sent no status line before ProxyTimeout)",
    ),
    (
        "cert-wrong-host",
        "Domain not verifiable",
        "text",
        "Conversations (XMPP, Android: account_status_tls_error_domain, 'Domain not verifiable', the certificate names another domain)",
    ),
    (
        "cert-wrong-host",
        "Domain nicht überprüfbar",
        "text",
        "Conversations (account_status_tls_error_domain in its German translation)",
    ),
    (
        "connect-failed",
        "Cannot reach homeserver",
        "text",
        "Element (matrix-react-sdk: 'Cannot reach homeserver', 'Make sure you have a stable internet connection, or get in touch with the server admin')",
    ),
    (
        "connect-failed",
        "无法连接家服务器",
        "text",
        "Element (matrix-react-sdk's 'Cannot reach homeserver' in its Simplified Chinese translation)",
    ),
    # read from fresh46 after its one scoring
    (
        "end-of-stream",
        "TSocket read 0 bytes",
        "text",
        "Apache Thrift lib/py TSocket.read (TTransportException END_OF_FILE: the server closed the connection before answering)",
    ),
    (
        "proxy-status",
        r"http proxy returned response code (?P<status>\d{3})",
        "regex",
        "gRPC core http_connect_handshaker.cc (the HTTP proxy answered the channel's CONNECT with an error status)",
    ),
    (
        "cert-wrong-host",
        "Server presented certificate that does not match host",
        "text",
        "httplib2 (CertificateHostnameMismatch)",
    ),
    (
        "connect-timed-out",
        r"\bsocket connection to \S+ on port \d+ failed with reason -2\b",
        "regex",
        "NMSSH NMSSHSession.m (CFSocketConnectToAddress returned kCFSocketTimeout, -2)",
    ),
    (
        "udp-unanswered",
        r"\bradius server \(?[^\s)]+\)? failed to respond\b",
        "regex",
        "pam_radius src/pam_radius_auth.c ('RADIUS server %s failed to respond': no reply datagram before its timeout)",
    ),
    (
        "proxy-connect-failed",
        r"\[proxychains\] (?:strict|dynamic|random|round robin) chain\s+\.\.\.\s+\S+:\d+\s+\.\.\.\s+timeout",
        "regex",
        "proxychains-ng src/core.c (the connect to the chain's proxy failed: it logs 'timeout' for a refused port too)",
    ),
    (
        "name-not-found",
        "Host not found (authoritative)",
        "text",
        "Boost.Asio netdb_errors (host_not_found: the name does not exist), as i2pd and other Asio programs print it",
    ),
    (
        "name-temporary-failure",
        "Host not found (non-authoritative), try again later",
        "text",
        "Boost.Asio netdb_errors (host_not_found_try_again: the resolver gave no answer)",
    ),
    (
        "udp-unanswered",
        "timeout: no recent network activity",
        "text",
        "quic-go (IdleTimeoutError: no packet came back over the QUIC connection's UDP path before its idle timeout)",
    ),
    (
        "name-not-found",
        r"\bfailed to lookup ip for domain \S+ at server \S+ > rcode: 3\b",
        "regex",
        "V2Ray / Xray app/dns (the DNS server answered RCODE 3, NXDOMAIN)",
    ),
    (
        "name-servfail-rcode",
        r"\bfailed to lookup ip for domain \S+ at server \S+ > rcode: 2\b",
        "regex",
        "V2Ray / Xray app/dns (the DNS server answered RCODE 2, SERVFAIL)",
    ),
    (
        "proxy-tls-to-plain",
        r'proxy/http: failed to read http request > malformed http request "\\x16\\x03',
        "regex",
        "V2Ray / Xray proxy/http inbound (a TLS ClientHello, 0x16 0x03, arrived at its plain HTTP proxy port: an https:// proxy URL for it)",
    ),
    ("net-unreachable", "network_unreachable", "word", "OONI probe-engine netxlite failure strings (ENETUNREACH)"),
    ("name-not-found", "dns_nxdomain_error", "word", "OONI probe-engine netxlite failure strings (NXDOMAIN)"),
    # read from fresh47 after its one scoring
    (
        "refused",
        "ConnectionRefused",
        "word",
        "Bun (its Zig error name, as fetch and bun install print it: 'ConnectionRefused: fetch() failed', 'error: ConnectionRefused downloading package manifest NAME')",
    ),
    (
        "connect-failed",
        "FailedToOpenSocket",
        "word",
        "Bun ('warn: FailedToOpenSocket downloading package manifest NAME': the socket to the registry could not be opened or connected)",
    ),
    (
        "tls-legacy",
        "received fatal alert: HandshakeFailure",
        "text",
        "rustls Error::AlertReceived(HandshakeFailure), as Deno and reqwest print it ('client error (Connect): received fatal alert: HandshakeFailure': the server refused the hello, no version or cipher suite in common)",
    ),
    (
        "cert-untrusted",
        r"\bdescription: certificateunknown\b",
        "regex",
        "rustls AlertDescription::CertificateUnknown as a server logs the alert it received ('TLS alert received: AlertMessagePayload { level: Fatal, description: CertificateUnknown }': the client did not trust the certificate it was shown)",
    ),
    (
        "cert-untrusted",
        "Für den geschützten SSL/TLS-Kanal konnte keine Vertrauensstellung hergestellt werden",
        "text",
        DOTNET_WEB + " (TrustFailure, de-DE: 'Could not establish trust relationship for the SSL/TLS secure channel')",
    ),
    (
        "end-of-stream",
        "基础连接已经关闭: 连接被意外关闭",
        "text",
        DOTNET_WEB + " (ConnectionClosed, zh-CN: 'The underlying connection was closed: The connection was closed unexpectedly')",
    ),
    (
        "cert-untrusted",
        "Certificate not trusted",
        "text",
        "Gmail for Android (account setup: 'Certificate not valid ... Certificate not trusted': the server's chain does not reach a root the device holds)",
    ),
    (
        "connect-failed",
        "establish a connection to server at",
        "text",
        "Firefox-derived browsers' connectionFailure page in the wording 'Cannot establish a connection to server at HOST'",
    ),
    (
        "connect-failed",
        r"(?:unable|failed) to connect to (?:the )?cups server\b",
        "regex",
        "CUPS clients (Samba's 'Unable to connect to CUPS server NAME:631', Odoo's 'Failed to connect to the CUPS server on ADDRESS:631': the scheduler could not be reached)",
    ),
    (
        "connect-failed",
        r"\b(?:lpstat|lpadmin|lpinfo|lpoptions|lpq|lpr|lp|cancel|cupsenable|cupsdisable|cupsaccept|cupsreject): (?:unable to connect to server: )?bad file descriptor",
        "regex",
        "CUPS command-line tools (cupsLastErrorString after httpConnect2 failed on every address: 'lpstat: Bad file descriptor', 'lpadmin: Unable to connect to server: Bad file descriptor': the scheduler not reachable)",
    ),
    (
        "connect-failed",
        "SERVER HAS FAILED AND IS DISABLED UNTIL TIMED RETRY",
        "text",
        "libmemcached (MEMCACHED_SERVER_TEMPORARILY_DISABLED: connects to the server failed, so it is skipped until its retry timeout)",
    ),
    (
        "connect-timed-out",
        "Timeout occurred while connecting to",
        "text",
        "pyipp and other aiohttp-based clients in Home Assistant ('Timeout occurred while connecting to IPP server.': the connect did not complete in time)",
    ),
    (
        "cert-problem",
        "invalid peer certificate",
        "text",
        "rustls Error::InvalidCertificate ('invalid peer certificate: REASON'; 'invalid peer certificate contents: invalid peer certificate' where reqwest and Deno print no reason)",
    ),
    # read from fresh48 after its one scoring
    (
        "connect-failed",
        r"seems there is no (?:opensearch|elasticsearch) running on",
        "regex",
        "OpenSearch securityadmin and Search Guard sgadmin ('ERR: Seems there is no OpenSearch running on HOST:PORT - Will exit': no node answered its transport connect)",
    ),
    (
        "connect-failed",
        "Unable to connect to Elasticsearch at",
        "text",
        "Kibana ('Unable to connect to Elasticsearch at http://HOST:9200': its connection to the cluster failed)",
    ),
    (
        "gateway-error",
        r'"statuscode": ?(?P<status>50[24]), ?"error": ?"(?:bad gateway|gateway timeout)"',
        "regex",
        "hapi's Boom error body, as Kibana's proxy answers ('{\"statusCode\":502,\"error\":\"Bad Gateway\",\"message\":\"connect ECONNREFUSED\"}': it could not reach the server behind it)",
    ),
    (
        "name-temporary-failure",
        r"\bresource temporarily unavailable \([\w.-]+:\d+\)",
        "regex",
        ".NET on Linux (SocketException for getaddrinfo's EAI_AGAIN with the host and port after it: 'Resource temporarily unavailable (NAME:443)', as the GitHub Actions runner and NuGet print it)",
    ),
    (
        "connect-failed",
        r"\bfailed to connect to \S+ port \d+\b",
        "regex",
        CURL + " (CURLE_COULDNT_CONNECT's 'Failed to connect to HOST port N', whatever reason follows it)",
    ),
    (
        "timed-out",
        r"\btimeout after \d+ seconds while pinging\b",
        "regex",
        "terraform-provider-elasticsearch ('timeout after 5 seconds while pinging URL to determine server version')",
    ),
    (
        "cert-problem",
        "X509 - Certificate verification failed",
        "text",
        "Mbed TLS error strings (MBEDTLS_ERR_X509_CERT_VERIFY_FAILED: 'X509 - Certificate verification failed, e.g. CRL, CA or signature check failed', as Linphone and other belle-sip clients log it)",
    ),
    (
        "cert-problem",
        "The RTMP server sent an invalid SSL certificate",
        "text",
        "OBS Studio (Output.ConnectFail.InvalidCertificate: its RTMPS connection refused the server's certificate)",
    ),
    (
        "cert-problem",
        "RTMP服务器发送了无效的SSL证书",
        "text",
        "OBS Studio (Output.ConnectFail.InvalidCertificate, zh-CN)",
    ),
    (
        "cert-unknown-ca",
        "The issuer certificate of a locally looked up certificate could not be found",
        "text",
        "Qt qtbase src/network/ssl/qsslerror.cpp (QSslError::UnableToGetLocalIssuerCertificate: no issuer in the trust store for the chain's last certificate)",
    ),
    (
        "cert-unknown-ca",
        "The issuer certificate could not be found",
        "text",
        "Qt qtbase src/network/ssl/qsslerror.cpp (QSslError::UnableToGetIssuerCertificate)",
    ),
    (
        "connect-timed-out",
        "ConnectTimeoutException",
        "word",
        "Netty io.netty.channel.ConnectTimeoutException ('connection timed out: HOST/ADDRESS:PORT') and Apache HttpClient's org.apache.http.conn.ConnectTimeoutException",
    ),
    (
        "proxy-refused-connection",
        "Proxy connection refused",
        "text",
        "Qt QNetworkReply::ProxyConnectionRefusedError ('Proxy connection refused'), as Qt applications such as MultiMC print it",
    ),
    (
        "name-server-refused",
        r"\bsres: network error \d+ \(connection refused\)",
        "regex",
        "sofia-sip's resolver sres.c ('sres: network error 111 (Connection refused) from ADDRESS': the DNS server's port refused the query)",
    ),
    # read from fresh49 after its one scoring
    (
        "cert-unknown-ca",
        r"\bfatal error: unknown ca\b",
        "regex",
        "Erlang/OTP ssl ssl_handshake.erl ('SSL: :certify: ssl_handshake.erl:1523:Fatal error: unknown ca': no trusted issuer for the peer's chain, as Hex and mix log it)",
    ),
    (
        "cert-untrusted",
        "The certificate is not correctly signed by the trusted CA",
        "text",
        "Mbed TLS x509 verify flags (MBEDTLS_X509_BADCERT_NOT_TRUSTED, 0x08), as libgit2 quotes them ('the SSL certificate is invalid: 0x08 - The certificate is not correctly signed by the trusted CA')",
    ),
    (
        "proxy-url-unusable",
        "A requested feature, protocol or option was not found built-in in this libcurl due to a build-time decision",
        "text",
        CURL
        + " (CURLE_NOT_BUILT_IN, 4: where a download fails with it, as vcpkg's 'Failed. Status: 4', the usual missing feature is HTTPS-proxy support for an https:// proxy URL)",
    ),
    (
        "transfer-timed-out",
        r"\bresponsetimeout\b(?!\s*=)",
        "regex",
        "Haskell http-client HttpExceptionContent (ResponseTimeout: connected and sent, no response before the timeout), as stack and cabal print it (not the request dump's field 'responseTimeout = ResponseTimeoutDefault')",
    ),
    ("tls-failed", "TlsInitializationFailed", "word", "Zig std.http.Client (error.TlsInitializationFailed: the TLS handshake failed)"),
    (
        "cert-wrong-host",
        r"\bcertificate owner (?:doesn't|does not) match hostname\b",
        "regex",
        "GNU Wget src/gnutls.c ('The certificate owner does not match hostname NAME')",
    ),
    (
        "cert-wrong-host",
        "tlsv1 unrecognized name",
        "text",
        OPENSSL + " (SSL_R_TLSV1_UNRECOGNIZED_NAME: the server's unrecognized_name alert, RFC 6066 section 3: it serves no site under the name the client asked for)",
    ),
    (
        "empty-reply",
        r"\bempty output from agent at tcp port \d+",
        "regex",
        "Checkmk ('Empty output from agent at TCP port 6556': the agent's port accepted and closed without a byte)",
    ),
    (
        "upstream-dial-failed",
        "Data proxy error",
        "text",
        "Grafana pkg/api/pluginproxy ('Data proxy error' with the data source request's error: Grafana's own connection to the data source failed)",
    ),
    (
        "udp-unanswered",
        "could not reach STUN server",
        "text",
        "the classic stun client ('Primary: Blocked or could not reach STUN server': no binding response came back)",
    ),
    # read from fresh50 after its one scoring
    (
        "cert-untrusted",
        r"\bthe certificate of ['‘][^'’\n]{1,200}['’] is not trusted",
        "regex",
        "GNU Wget src/gnutls.c and openssl.c ('ERROR: The certificate of ‘NAME’ is not trusted.', with a quoted name that has a space, as a poster's placeholder)",
    ),
    (
        "cert-untrusted",
        "no trusted CA certificate found",
        "text",
        "MikroTik RouterOS /tool fetch ('SSL: ssl: no trusted CA certificate found (6)': the router holds no CA certificate that issued the server's chain)",
    ),
    (
        "cert-wrong-host",
        "The host name in the certificate is invalid or does not match",
        "text",
        "Windows WinINet (ERROR_INTERNET_SEC_CERT_CN_INVALID, 12038: 'The host name in the certificate is invalid or does not match'), as Internet Explorer's WebSocket errors print it",
    ),
    (
        "cert-untrusted",
        "Untrusted TLS connection established to",
        "text",
        "Postfix smtp(8) (its TLS log: 'Untrusted TLS connection established to HOST': the peer's chain could not be verified, most often for want of smtp_tls_CAfile)",
    ),
    (
        "plain-http-to-tls",
        r"\bsmtps wrappermode \(tcp port 465\) requires setting",
        "regex",
        "Postfix smtp(8) ('SMTPS wrappermode (TCP port 465) requires setting \"smtp_tls_wrappermode = yes\"': it spoke plain SMTP to the implicit-TLS port, which waits for a TLS hello)",
    ),
    (
        "name-server-failed",
        "failed to prime trust anchor",
        "text",
        "Unbound ('failed to prime trust anchor -- DNSKEY rrset is not secure': it cannot validate the root, so it answers SERVFAIL to every query)",
    ),
    (
        "name-server-timed-out",
        r"\berror querying dns\([^)\n]*\): query timed out",
        "regex",
        "rspamd lua_dns ('Error querying DNS(NAME): query timed out': its resolver got no answer)",
    ),
    (
        "name-server-timed-out",
        r"\bcannot resolve \S+: query timed out",
        "regex",
        "rspamd maps ('rspamd_map_dns_callback: cannot resolve NAME: query timed out')",
    ),
    (
        "name-server-timed-out",
        r"\berror looking up \S+: query timed out",
        "regex",
        "rspamd rbl.lua ('error looking up ADDRESS.zen.spamhaus.org: query timed out')",
    ),
    (
        "name-server-timed-out",
        "key retrieval failed - query timed out",
        "text",
        "OpenDKIM ('key retrieval failed - query timed out': the DNS query for the signer's key got no answer)",
    ),
    (
        "cert-problem",
        r"\bserver certificate verification failed for [^:\n]+:\d+: num=\d+:",
        "regex",
        "Postfix smtp(8) ('server certificate verification failed for NAME[ADDRESS]:25: num=62:hostname mismatch': the reason after num= is OpenSSL's verify code, read on its own)",
    ),
    (
        "connect-failed",
        r"\bis not running \(port \d+\)",
        "regex",
        "Mail-in-a-Box status checks ('Local DNS (bind9) is not running (port 53).': its connect to the service's port failed)",
    ),
    # read from fresh51 after its one scoring
    (
        "udp-unanswered",
        r"nothing received from (?:the )?server on udp port \d+",
        "regex",
        "mosh src/frontend/stmclient.cc (its connecting notification, 'Nothing received from server on UDP port %s.': no datagram came back from mosh-server)",
    ),
    ("tls-legacy", "ERR_SSL_OBSOLETE_VERSION", "word", CHROMIUM + " (-218: the server speaks only TLS 1.0 or 1.1)"),
    (
        "cert-untrusted",
        "CERT_AUTHORITY_INVALID",
        "word",
        CHROMIUM + " (NET_ERROR(CERT_AUTHORITY_INVALID, -202), the name without its ERR_ prefix as tools print it)",
    ),
    ("cert-problem", "SSLCertVerificationError", "word", PYTHON + " (ssl.SSLCertVerificationError: any verification failure)"),
    (
        "timed-out",
        r"url '[^'\n]*': timeout of \d+ seconds was reached",
        "regex",
        "R src/modules/internet/libcurl.c (\"URL '%s': Timeout of %d seconds was reached\": libcurl's CURLE_OPERATION_TIMEDOUT, any phase)",
    ),
    (
        "local-ipc",
        r"mux_client_\w+: read from master failed: broken pipe",
        "regex",
        "OpenSSH mux.c (the client's read from its ControlMaster's local socket failed: the master went away, nothing of the network)",
    ),
    # read from fresh52 after its one scoring
    (
        "hedged",
        "Connection refused or timeout when trying to access",
        "text",
        "Cura's OctoPrint plugin (DiscoverOctoPrintAction._onRequestFailed: its words for any failed request, whatever Qt reported)",
    ),
    (
        "gateway-error:503",
        "No server is available to handle this request",
        "text",
        "HAProxy include/haproxy/http.h (its built-in 503 page: no server of the backend is up to take the request)",
    ),
    (
        "connect-failed",
        "Cannot connect to license server system",
        "text",
        "FlexNet Publisher (error -15, LM_CANTCONNECT: lmgrd not started, or the wrong port@host)",
    ),
    (
        "connect-failed",
        "The desired vendor daemon is down",
        "text",
        "FlexNet Publisher (error -97, LM_VENDOR_DOWN: lmgrd answered, its vendor daemon's port did not)",
    ),
    (
        "proxy-connect-failed",
        "Proxy connection failed, please check your settings",
        "text",
        "subscription-manager (rhsm, ProxyException: its connection to the configured proxy failed)",
    ),
    ("name-not-found", "0x8007232B", "word", WINERR + " (HRESULT of DNS_ERROR_RCODE_NAME_ERROR 9003, as slmgr prints it)"),
    ("name-not-found", "DNS 名称不存在", "text", WINERR + " (DNS_ERROR_RCODE_NAME_ERROR 9003 in Chinese, 'DNS name does not exist')"),
    ("cert-untrusted", "BadCertificateUntrusted", "word", OPCUA),
    ("cert-expired", "BadCertificateTimeInvalid", "word", OPCUA),
    ("cert-wrong-host", "BadCertificateHostNameInvalid", "word", OPCUA),
    ("cert-problem", "BadSecurityChecksFailed", "word", OPCUA + " (an error verifying security: most often a certificate the peer does not trust)"),
    (
        "transfer-timed-out",
        r"^read [^\n]*?\b(?:registers?|coils?|inputs?)\b[^\n]* failed: connection timed out",
        "regex-m",
        "mbpoll src/mbpoll.c ('Read ... register failed: %s' with libmodbus' ETIMEDOUT: connected, and no Modbus response came before the response timeout)",
    ),
    (
        "connected",
        r"tcp connection established to \S+ on port \d+",
        "regex",
        "nodeS7 (its debug log: 'TCP Connection Established to HOST on port N', before the ISO-on-TCP exchange)",
    ),
    ("connected", "TCP connected, ISO didn't", "text", "nodeS7 (the TCP connection was made; the PLC's ISO-on-TCP reply did not come)"),
    (
        "udp-unanswered",
        "Sync packet received before we got a timing packet back",
        "text",
        "shairport-sync rtp.c (no reply came to its timing requests over UDP, while the source's sync packets arrive)",
    ),
    (
        "connect-timed-out",
        "Timeout while connecting",
        "text",
        "libmpdclient src/socket.c (mpd_socket_connect: its connect timer ran out; mpc, ncmpcpp)",
    ),
    (
        "transfer-timed-out",
        r"^(?:mpc: )?error: timeout\s*$",
        "regex-m",
        "mpc over libmpdclient src/sync.c (mpd_sync_io's bare 'Timeout': connected, and no line of MPD's protocol came back; a connect that timed out says 'Timeout while connecting')",
    ),
    # read from fresh53 after its one scoring
    (
        "refused",
        r"no ads-b data program seen listening on port \d+",
        "regex",
        "piaware (its check of the local port found no listener, where a connect would be refused)",
    ),
    (
        "syn-timed-out",
        r"failed pending connect\(\): timeout\b",
        "regex",
        "NCBI C++ Toolkit connect/ncbi_socket.c ('[SOCK::Connect]  Failed pending connect(): Timeout[N]': the TCP connect did not complete in time)",
    ),
    (
        "cert-untrusted",
        "Can't verify SSL peers without knowing which Certificate Authorities to trust",
        "text",
        "LWP::Protocol::https (no CA file or path to verify with: Mozilla::CA missing, so no issuer is trusted)",
    ),
    (
        "reset",
        r"lost connection to (?:mysql|mariadb) server at '[^'\n]*', system error: (?:104|10054|54)\b",
        "regex",
        "MySQL client CR_SERVER_LOST_EXTENDED 2013 (the system error is the errno: ECONNRESET 104 on Linux, 54 on macOS, WSAECONNRESET 10054)",
    ),
    (
        "cert-self-signed",
        r"client alert: fatal - bad certificate",
        "regex",
        "Erlang/OTP ssl ssl_handshake.erl path_validation_alert (the client's bad_certificate alert: a self-signed peer, or an invalid issuer or signature; an unknown CA says unknown_ca)",
    ),
    (
        "name-not-found",
        r"non-existing domain(?! - :nxdomain)",
        "regex",
        "Erlang/OTP inet:format_error(nxdomain), as Finch and Mint print it without the atom (with it, the atom's row reads it)",
    ),
    (
        "proxy-status:403",
        "An access request has been blocked due to one of the following reasons",
        "text",
        "McAfee (Skyhigh) Web Gateway's block page (the proxy refused the request: 403 Access Denied)",
    ),
    ("refused", r"\bport \d+ is closed\b", "regex", "port checks' own words (Superset's connection test, online port checkers: nothing listens)"),
    (
        "cert-wrong-host",
        r'server certificate for "[^"\n]*"(?: \(and \d+ other names?\))? does not match host name',
        "regex",
        "PostgreSQL libpq fe-secure-common.c (pq_verify_peer_name_matches_certificate; Amazon Redshift's ODBC driver, built on it)",
    ),
    (
        "connect-failed",
        "unable to connect to the service. Verify that service is running",
        "text",
        "Tableau Desktop (its analytics extension, TabPy or Rserve, could not be reached)",
    ),
    (
        "connect-failed",
        "Could not open a connection to SQL Server",
        "text",
        "Microsoft SQL Server client (provider error 40, after the TCP provider failed too: the server was not reached)",
    ),
    (
        "cert-wrong-host",
        r"could not be verified by hostnameverifier",
        "regex",
        "pgjdbc MakeSSL.java ('The hostname {0} could not be verified by hostnameverifier {1}.')",
    ),
    (
        "name-resolution-failed",
        r"^dns error: https?://",
        "regex-m",
        "Google Apps Script UrlFetchApp ('DNS error: URL': the host name did not resolve)",
    ),
    (
        "cert-untrusted",
        "ASN: bad other signature confirmation",
        "text",
        "yaSSL/wolfSSL (as MySQL and MariaDB clients built on them print it: the chain's signature did not verify against the CA given, the wrong CA file)",
    ),
    # read from fresh54 after its one scoring
    (
        "gateway-error",
        r"\b(?P<status>50[24]) server error: (?:bad gateway|gateway time-?out)",
        "regex",
        "Python requests models.py raise_for_status ('502 Server Error: Bad Gateway for url: URL': a gateway's status, RFC 9110 sections 15.6.3, 15.6.5)",
    ),
    (
        "gateway-error",
        r"connection to \S+ failed\.[\s\S]{0,300}?the system returned:",
        "regex",
        SQUID + " (ERR_CONNECT_FAIL: 'Connection to ADDR failed.' and 'The system returned: (111) Connection refused': the proxy's own connection failed)",
    ),
    (
        "refused",
        "could not connect to ollama app, is it running?",
        "text",
        "Ollama cmd/cmd.go checkServerHeartbeat (the heartbeat to OLLAMA_HOST was refused and no app could be started)",
    ),
    (
        "cert-wrong-host",
        r"ssl peer certificate or ssh remote key was not ok\s*\(51\)",
        "regex",
        CURL + " (before 7.62, CURLE_PEER_FAILED_VERIFICATION was 51: a name the certificate does not match; a chain no CA signed was CURLE_SSL_CACERT, 60)",
    ),
    ("cert-wrong-host", r"\bcurl: \(51\)", "regex", CURL + " (exit 51 before 7.62: CURLE_PEER_FAILED_VERIFICATION, the name)"),
    ("end-of-stream", "java.io.EOFException", "text", "OpenJDK java.io.EOFException (the stream ended before the reply: the peer closed the connection)"),
    ("cert-wrong-host", r"\bcertificate error \(-200\)", "regex", CHROMIUM + " (-200 ERR_CERT_COMMON_NAME_INVALID, as webOS' browser numbers it)"),
    ("cert-expired", r"\bcertificate error \(-201\)", "regex", CHROMIUM + " (-201 ERR_CERT_DATE_INVALID, as webOS' browser numbers it)"),
    ("cert-untrusted", r"\bcertificate error \(-202\)", "regex", CHROMIUM + " (-202 ERR_CERT_AUTHORITY_INVALID, as webOS' browser numbers it)"),
    # read from fresh55 after its one scoring
    (
        "cert-untrusted",
        "esp-x509-crt-bundle: Failed to verify certificate",
        "text",
        "ESP-IDF components/mbedtls/esp_crt_bundle/esp_crt_bundle.c (TAG esp-x509-crt-bundle: no root of the firmware's certificate bundle verifies the server's chain)",
    ),
    # read from fresh56 after its one scoring
    (
        "cert-unknown-ca",
        "The root certificate of the certificate chain is self-signed, and untrusted",
        "text",
        "Qt qtbase src/network/ssl/qsslerror.cpp (QSslError::SelfSignedCertificateInChain: the chain ends in a root the client does not trust, a private or inspecting CA's)",
    ),
    (
        "cert-self-signed",
        "The certificate is self-signed, and untrusted",
        "text",
        "Qt qtbase src/network/ssl/qsslerror.cpp (QSslError::SelfSignedCertificate: the server's own certificate signed itself)",
    ),
    (
        "cert-unknown-ca",
        "No certificates could be verified",
        "text",
        "Qt qtbase src/network/ssl/qsslerror.cpp (QSslError::UnableToVerifyFirstCertificate: no issuer for the server's certificate)",
    ),
    (
        "proxy-status:407",
        "ProxyAuthenticationRequired",
        "word",
        ".NET System.Net.HttpStatusCode.ProxyAuthenticationRequired (407), as a status's name prints",
    ),
    (
        "udp-unanswered",
        "UDP receive: Timeout",
        "text",
        "libfranka src/network.h (its UDP receive from the robot's controller timed out: no state packet came back)",
    ),
    (
        "connect-failed",
        r"unable to register with master node \[[^\]\n]*\]: master may not be running yet",
        "regex",
        "ROS ros_comm clients/rospy/src/rospy/impl/registration.py (a socket error registering with the ROS master, which it says may not be running)",
    ),
    # read from fresh57 after its one scoring
    (
        "transfer-timed-out",
        r"\bthe (?:read|write|handshake) operation timed out",
        "regex",
        PYTHON + " (Modules/_ssl.c: socket.timeout on a TLS socket, connected: the server's answer or handshake never came)",
    ),
    (
        "transfer-timed-out",
        "Read error (timeout)",
        "text",
        "lxi-tools src (liblxi's receive: connected to the instrument, no reply before the timeout)",
    ),
    (
        "udp-unanswered",
        "*** Not connected (PV not found)",
        "text",
        "EPICS base modules/ca/src/tools/tool_lib.c (Channel Access: the UDP name search got no reply before the wait ran out)",
    ),
    (
        "cert-untrusted",
        "Peer certificate cannot be authenticated with known CA certificates",
        "text",
        "curl(1) EXIT CODES before 7.62 (60: the man page's and the NSS builds' wording of the CA failure)",
    ),
    (
        "connect-failed",
        r"failed to connect to hub api at",
        "regex",
        "JupyterHub jupyterhub/singleuser (the single-user server could not reach the Hub's API at the URL it names)",
    ),
    # read from fresh58 after its one scoring
    (
        "connect-failed",
        r"failed to connect to master \S+:\d+",
        "regex",
        "Apache Spark core deploy/client/StandaloneAppClient.scala (the driver could not reach the standalone master)",
    ),
    (
        "connect-failed",
        r"consumer: cannot connect to \w+://",
        "regex",
        "Celery celery/worker/consumer/consumer.py (CONNECTION_ERROR: the worker could not reach its broker)",
    ),
    (
        "connect-failed",
        r"failed to connect to gcs at address \S+",
        "regex",
        "Ray src/ray/gcs/gcs_client (a Ray process could not reach the head node's GCS server)",
    ),
    (
        "cert-wrong-host",
        "No match found for server name",
        "text",
        "gRPC core src/core/tsi/ssl_transport_security.cc (the server's certificate has no name that matches the target)",
    ),
    (
        "name-resolution-failed",
        "Name resolution failed for target",
        "text",
        "gRPC core resolver (no address for the target: 'Name resolution failed for target dns:...')",
    ),
    (
        "name-resolution-failed",
        "unable to get host address for",
        "text",
        "MPICH src/pm/hydra/utils/sock/sock.c (HYDU_sock_connect: the host's address could not be looked up)",
    ),
    (
        "connect-failed",
        r"unable to connect to server \S+ at port \d+",
        "regex",
        "MPICH src/pm/hydra/pm/pmiserv/pmip.c (a proxy could not reach the launcher's control port)",
    ),
    (
        "udp-unanswered",
        r"no reply on community \S+ using v\w+",
        "regex",
        "LibreNMS (adding a device: the SNMP query with that community got no reply)",
    ),
    (
        "udp-unanswered",
        "TFTP open timeout",
        "text",
        "Intel PXE specification, error PXE-E32 (the TFTP server never answered the boot file's read request)",
    ),
    (
        "timed-out",
        "Handshake inactivity timeout",
        "text",
        "mysqljs lib/protocol/Protocol.js (PROTOCOL_SEQUENCE_TIMEOUT: no greeting from the server within connectTimeout, the TCP connect included)",
    ),
    (
        "connect-failed",
        "accepting connections on that socket",
        "text",
        "PostgreSQL libpq fe-connect.c (a Unix-domain socket that failed: 'Is the server running locally and accepting connections on that socket?')",
    ),
    (
        "refused",
        "The service refused the connection - perhaps it is offline",
        "text",
        "n8n packages/workflow NodeApiError (its message for ECONNREFUSED)",
    ),
    (
        "cert-wrong-host",
        "Server name does not match certificate",
        "text",
        "UW IMAP c-client, as PHP's imap extension reports it ('Certificate failure for HOST: Server name does not match certificate')",
    ),
    # OpenSSL's packed error codes, all a line cut short keeps ("error:1408F10B:SSL r>")
    (
        "tls-wrong-version",
        "1408F10B",
        "word",
        "OpenSSL 1.1 ERR code 0x1408F10B (ssl3_get_record: wrong version number)",
    ),
    (
        "tls-wrong-version",
        "0A00010B",
        "word",
        "OpenSSL 3 ERR code 0x0A00010B (SSL_R_WRONG_VERSION_NUMBER)",
    ),
    (
        "cert-problem",
        "1416F086",
        "word",
        "OpenSSL 1.1 ERR code 0x1416F086 (tls_process_server_certificate: certificate verify failed)",
    ),
    (
        "cert-problem",
        "14090086",
        "word",
        "OpenSSL 1.0 ERR code 0x14090086 (ssl3_get_server_certificate: certificate verify failed)",
    ),
    (
        "cert-problem",
        "0A000086",
        "word",
        "OpenSSL 3 ERR code 0x0A000086 (SSL_R_CERTIFICATE_VERIFY_FAILED)",
    ),
    # read from fresh59 after its one scoring
    (
        "connect-timed-out",
        r"\bconnection timeout after \d+ m(?:s\b|illi)",
        "regex",
        CURL + " (lib/connect.c before 7.38: 'Connection timeout after N ms', 28 in the connect phase)",
    ),
    (
        "refused",
        r"\bserver \S+ refused connection on port \d+",
        "regex",
        "ruby-net-ldap lib/net/ldap/connection.rb (Net::LDAP::ConnectionRefusedError: 'Server HOST refused connection on port N.')",
    ),
    ("end-of-stream", "(end of file reached)", "text", "Ruby IO#readpartial's EOFError, as Rails logs it ('EOFError (end of file reached)')"),
    (
        "tls-failed",
        r"unable to connect to (?:ssl|tls|sslv3|tlsv1\.[0-3])://\S+ \((?:unknown error)?\)",
        "regex",
        "PHP main/streams/transports.c ('unable to connect to ssl://HOST:PORT (Unknown error)': the TCP connect worked and "
        "ext/openssl's handshake failed, which leaves no errno to print)",
    ),
    (
        "timed-out",
        "Timeout (control socket)",
        "text",
        "basic-ftp src/FtpContext.ts ('Timeout (control socket)': no reply on the control connection in time, its connect included)",
    ),
    (
        "connect-timed-out",
        "Timeout when trying to open data connection to",
        "text",
        "basic-ftp src/transfer.ts (the passive data connection was not made in time)",
    ),
    (
        "syn-timed-out",
        r"(?<!einprogress \()operation now in progress",
        "regex",
        "glibc strerror(EINPROGRESS) printed as a failure (PHP's php_connect_nonb() in ext/ftp, mount.cifs): a "
        "non-blocking connect still waiting for its SYN-ACK when the program gave up (not strace's "
        "'= -1 EINPROGRESS (Operation now in progress)', a connect under way)",
    ),
    (
        "plain-http-to-tls",
        "not an SSL/TLS record",
        "text",
        "Netty io.netty.handler.ssl.NotSslRecordException's message, as Logstash's Beats input logs it",
    ),
    (
        "cert-expired",
        "timestamp check failed",
        "text",
        "OpenJDK sun.security.provider.certpath.BasicChecker (CertPathValidatorException 'timestamp check failed': "
        "a certificate of the chain expired or not yet valid)",
    ),
    (
        "gateway-error",
        r"the proxy server received an invalid\s+response from an upstream server",
        "regex",
        "Apache httpd mod_proxy's 502 'Proxy Error' page (the server behind it could not be reached or read)",
    ),
    (
        "cert-untrusted",
        "Certificate verification: Not trusted",
        "text",
        "lftp src/lftp_ssl.cc (GnuTLS GNUTLS_CERT_SIGNER_NOT_FOUND: 'Certificate verification: Not trusted')",
    ),
    # read from fresh60 after its one scoring
    (
        "plain-http-to-tls",
        r"rejected connection\b[^\n]{0,200}?"
        r"(?:first record does not look like a tls handshake|oversized record received with length \d+)",
        "regex",
        "Go crypto/tls as etcd's server logs it ('rejected connection from ADDR (error \"tls: first record does not look "
        "like a TLS handshake\")', or its JSON form: a plain client on the TLS port)",
    ),
    (
        "plain-http-to-tls",
        r"tls handshake error from \S+ (?:tls: )?"
        r"(?:first record does not look like a tls handshake|oversized record received with length \d+)",
        "regex",
        "Go net/http server ('http: TLS handshake error from ADDR: tls: first record does not look like a TLS handshake': "
        "a plain client on the TLS port)",
    ),
    (
        "plain-http-to-tls",
        r"error accepting a client connection: [^\n]{0,80}?wrong version number",
        "regex",
        "Redis src/tls.c ('Error accepting a client connection: ...wrong version number': the server's OpenSSL read a plain client)",
    ),
    (
        "tls-hello-to-plain",
        r"\b16030[0-3][0-9a-f]{4}01[0-9a-f]{6}030[0-4]",
        "regex",
        "a hex dump of received bytes that starts a TLS ClientHello (record type 22, version 3.x, handshake type 1: RFC 8446 "
        "sections 5.1 and 4.1.2), as Traccar and other plain servers log what they got",
    ),
    (
        "connect-failed",
        "Server check fail, please check server",
        "text",
        "Nacos client GrpcClient ('Server check fail, please check server HOST ,port N is available': its gRPC port could not be reached)",
    ),
    (
        "connect-failed",
        "Client not connected, current status:",
        "text",
        "Nacos client RpcClient (NacosException 'Client not connected, current status:STARTING': no connection to the server yet)",
    ),
    (
        "cert-problem",
        "Would you like to connect to the server anyway?",
        "text",
        APPLE_URL + " (NSLocalizedRecoverySuggestion of the server-certificate errors -1201 ... -1204)",
    ),
    (
        "cert-unknown-ca",
        "the trustAnchors parameter must be non-empty",
        "text",
        "OpenJDK java.security.cert.PKIXParameters (an empty trust store: no CA is trusted at all)",
    ),
    (
        "cert-unknown-ca",
        "cannot load trusted Certificate Authorities",
        "text",
        "VLC modules/misc/gnutls.c ('cannot load trusted Certificate Authorities from system': no CA store to verify with)",
    ),
    (
        "http-status",
        r"server returned http response code: (?P<status>[45]\d\d)\b",
        "regex",
        "OpenJDK sun.net.www.protocol.http.HttpURLConnection (IOException 'Server returned HTTP response code: N for URL')",
    ),
    (
        "end-of-stream",
        r"syscallerror\(-1, 'unexpected eof'\)",
        "regex",
        "pyOpenSSL OpenSSL/SSL.py _raise_ssl_error (SysCallError(-1, 'Unexpected EOF'): the peer closed mid-handshake)",
    ),
    (
        "refused",
        r"\berror:? 111\b",
        "regex",
        "errno 111 (ECONNREFUSED on Linux) printed as a bare number ('Error: 111, trying to connect', 'Socket error: 111')",
    ),
    (
        "cert-untrusted",
        r"(?:\(osstatus[- ]\w+ |_kcfstreamerrorcodekey\"?\s*=\s*\"?)-9807\b",
        "regex",
        "Apple Security framework errSSLXCertChainInvalid (-9807) as an OSStatus or a CFStream error code, in any language",
    ),
    (
        "name-not-found",
        r"kcfgetaddrinfofailurekey\"?\s*=\s*\"?8\b",
        "regex",
        "Apple CFNetwork kCFGetAddrInfoFailureKey (the getaddrinfo code: 8, EAI_NONAME in Darwin's netdb.h)",
    ),
    (
        "connect-failed",
        "Failed to connect. (Generic error)",
        "text",
        "GStreamer gst-plugins-good rtsp (GST_RTSP_ERROR from gst_rtsp_connection_connect: the RTSP server could not be reached)",
    ),
    (
        "connect-failed",
        "Couldn't connect to TWS",
        "text",
        "Interactive Brokers TWS API error 502 ('Couldn't connect to TWS': the socket to TWS or IB Gateway's API port failed)",
    ),
    # read from fresh61 after its one scoring
    (
        "cert-problem",
        r"the ssl certificate of \S+ could not be verified",
        "regex",
        "Chef lib/chef/knife/ssl_check.rb ('The SSL certificate of HOST could not be verified')",
    ),
    (
        "cert-problem",
        "SSL certificate verification failed",
        "text",
        "Foreman hammer-cli ('SSL certificate verification failed'); badfish and other Redfish tools ('SSL certificate "
        "verification failed for ...', requests' SSLError on the BMC's certificate, reworded)",
    ),
    (
        "cert-untrusted",
        "The certificate may not be signed by a valid CA",
        "text",
        "Puppet lib/puppet/forge/errors.rb (SSLVerifyError: 'Unable to verify the SSL certificate / The certificate may "
        "not be signed by a valid CA')",
    ),
    (
        "name-not-found",
        "node name or service name not known",
        "text",
        "illumos and Solaris gai_strerror(EAI_NONAME) ('getaddrinfo: node name or service name not known')",
    ),
    (
        "timed-out",
        "Attempt to authenticate with the salt master failed with timeout error",
        "text",
        "Salt salt/minion.py (SaltReqTimeoutError: the master's request port did not answer in time)",
    ),
    (
        "connect-failed",
        "Attempt to authenticate with the salt master failed",
        "text",
        "Salt salt/minion.py (SaltClientError: no answer from the master's request port; ZeroMQ retries a "
        "refused connect quietly, so a master that is not running ends here too)",
    ),
    (
        "connect-timed-out",
        r"failed to open tcp connection to \S+ \(execution expired\)",
        "regex",
        "Ruby lib/net/http.rb connect (Net::OpenTimeout 'execution expired', wrapped as 'Failed to open TCP "
        "connection to HOST:PORT (...)': the connect itself timed out)",
    ),
    (
        "plain-http-to-tls",
        "[SSL: HTTP_REQUEST] http request",
        "text",
        OPENSSL + " (SSL_R_HTTP_REQUEST as Python's ssl prints it: a TLS server read a plain HTTP request)",
    ),
    (
        "upstream-dial-failed",
        "Error occurred while trying to proxy",
        "text",
        "http-proxy-middleware (webpack-dev-server's and create-react-app's proxy: '[HPM] Error occurred while trying "
        "to proxy request', its 500 page 'Error occurred while trying to proxy: HOST/PATH': the backend did not answer)",
    ),
    (
        "end-of-stream",
        "Connection was closed before we received a valid response from endpoint URL",
        "text",
        "botocore exceptions.py (ConnectionClosedError: the endpoint closed before any response)",
    ),
    (
        "connect-failed",
        "UNAVAILABLE: io exception",
        "text",
        "grpc-java Utils.statusFromThrowable (Status.UNAVAILABLE 'io exception': the transport to the server failed, "
        "its connect mostly)",
    ),
    (
        "tls-hello-to-plain",
        r"bogus greeting from client: \W{0,12}x16\W{1,8}x03",
        "regex",
        "grpc-go internal/transport/http2_server.go ('received bogus greeting from client: \"\\x16\\x03...\"': a TLS "
        "ClientHello on its plain port)",
    ),
    (
        "connect-pending",
        r"\bsyn[_-]sent\b",
        "regex",
        "netstat and ss socket states (RFC 9293 SYN-SENT: a connect still waiting for the SYN-ACK)",
    ),
    (
        "http-status",
        r"\b(?P<status>[45]\d\d) (?:client|server) error: ",
        "regex",
        "Python requests models.py Response.raise_for_status ('403 Client Error: Forbidden for url: URL')",
    ),
    (
        "name-resolution-failed",
        "no record found for name",
        "text",
        "hickory-dns (trust-dns) resolver (NoRecordsFound: 'no record found for name: NAME type: AAAA class: IN')",
    ),
    (
        "gateway-error",
        r"failed \(code (?P<status>50[234])\)\. check your network or proxy settings",
        "regex",
        "Gradio blocks.py launch (its own startup check of localhost answered by a proxy: 'failed (code 503). Check your "
        "network or proxy settings to ensure localhost is accessible.')",
    ),
    (
        "tls-hello-to-plain",
        "Invalid HTTP request received.",
        "text",
        "uvicorn protocols/http (h11_impl.py, httptools_impl.py: bytes that are not HTTP on its plain port; a TLS "
        "ClientHello from an https:// URL is the usual sender)",
    ),
    (
        "proxy-connect-failed",
        r"super\(socksocket, self\)\.connect\(proxy_addr\)",
        "regex",
        "PySocks socks.py socksocket.connect (the traceback's line of its connect to the proxy itself)",
    ),
]


def _glibc_rows() -> list[dict]:
    rows: list[dict] = []
    files = sorted(glob.glob(MO_GLOB))
    for errname, msgid, cond in STRERROR:
        code = getattr(errno, errname)
        rows.append(
            {
                "condition": cond,
                "text": msgid,
                "match": "text",
                "locale": "C",
                "source": f"glibc strerror({errname}) in C; errno {code}",
            }
        )
        rows.append(
            {
                "condition": cond,
                "text": errname,
                "match": "word",
                "locale": "",
                "source": f"Linux errno name {errname} (Python errno module)",
            }
        )
        if code != errno.EPERM:  # Python's ssl.SSLError is "[Errno 1] [SSL: ...]" (SSL_ERROR_SSL), not EPERM
            rows.append(
                {
                    "condition": cond,
                    "text": f"[Errno {code}]",
                    "match": "text",
                    "locale": "",
                    "source": f"Python OSError repr, Linux errno {code} = {errname}",
                }
            )
        rows.append(
            {
                "condition": cond,
                "text": f"errno={code}",
                "match": "word-end",
                "locale": "",
                "source": f"OpenSSL s_client 'write:errno={code}', Linux errno {code} = {errname}",
            }
        )
    for errname, msgid, cond in GAI:
        rows.append(
            {
                "condition": cond,
                "text": msgid,
                "match": "text",
                "locale": "C",
                "source": f"glibc gai_strerror({errname}) in C",
            }
        )
        rows.append(
            {
                "condition": cond,
                "text": errname,
                "match": "word",
                "locale": "",
                "source": f"glibc netdb.h {errname} (libuv, Node and Julia print the constant's name)",
            }
        )
    for path in files:
        locale = path.split("/")[4]
        with open(path, "rb") as fh:
            catalogue = gettext.GNUTranslations(fh)
        for table, kind in ((STRERROR, "strerror"), (GAI, "gai")):
            for errname, msgid, cond in table:
                text = catalogue.gettext(msgid)
                if text == msgid:
                    continue  # untranslated in this locale
                rows.append(
                    {
                        "condition": cond,
                        "text": text,
                        "match": "text",
                        "locale": locale,
                        "source": GLIBC_SRC[kind].format(locale=locale) + f": {errname}",
                        "msgid": msgid,
                        "mo": path,
                    }
                )
    return rows


def _printf_regex(message: str, fold: Callable[[str], str]) -> str | None:
    """A wget message as a regex on folded text (fold: the matcher's own folding): its words folded
    and escaped, each "%s" (or "%d") any run of text, a line break and its indent any run of blanks, the
    leading "%s: " and the closing "%s", full stop and line break dropped. None if no literal of four
    characters is left to trigger it."""
    import re

    parts = re.split(r"%(?:\d+\$)?[sd]", message.strip())
    while parts and not parts[0].strip(" :"):
        parts.pop(0)
    while parts and not parts[-1].strip(" .:"):
        parts.pop()
    if not parts:
        return None
    parts[0], parts[-1] = parts[0].lstrip(" :"), parts[-1].rstrip(" .")
    # (regexes meet the text with its lines kept: a break in the message may be any blanks)
    literal = [r"\s+".join(re.escape(" ".join(line.split())) for line in fold(p).split("\n")) for p in parts]
    pattern = r".{1,200}?".join(literal)
    return pattern if len(_plain_run(pattern)) >= 4 else None


def _wget_rows() -> list[dict]:
    sys.path.insert(0, str(ROOT))  # the matcher's own folding, so a pattern meets the text as folded
    from runner.conditions import fold

    rows: list[dict] = []
    catalogues = [("C", None, None)]
    for path in sorted(glob.glob(WGET_MO_GLOB)):
        with open(path, "rb") as fh:
            try:
                catalogues.append((path.split("/")[4], path, gettext.GNUTranslations(fh)))
            except UnicodeDecodeError:  # a header not in its own charset (Debian 12's sl): gettext cannot read it
                continue
    for locale, path, catalogue in catalogues:
        for msgid, cond in WGET_MSGIDS:
            text = catalogue.gettext(msgid) if catalogue else msgid
            if catalogue and text == msgid:
                continue  # untranslated in this locale
            pattern = _printf_regex(text, fold)
            if pattern is None:
                continue
            row = {
                "condition": cond,
                "text": pattern,
                "match": "regex",
                "locale": locale,
                "source": f"GNU Wget, translated in wget.mo ({locale})" if path else "GNU Wget (C)",
                "msgid": msgid,
                "trigger": _trigger(pattern),
            }
            if path:
                row.update(translation=text, mo=path)
            rows.append(row)
    return rows


def _trigger(pattern: str) -> str:
    """A literal every match contains, so the regex runs only on texts that have it."""
    best = _plain_run(pattern)
    assert len(best) >= 4, pattern
    return best


def _plain_run(pattern: str) -> str:
    """The longest run of plain characters outside groups, classes, escapes and quantified
    characters."""
    import re

    # (a group or class may be optional itself: its quantifier goes with it; groups are removed
    # innermost first, so a literal inside a nested group is never taken for one outside it)
    plain = re.sub(r"\\.[?*+]?|\[[^]]*\][?*+]?", "\x00", pattern)
    group = re.compile(r"\((?:\?:|\?P<\w+>|\?[=!]|\?<[=!])?[^()]*\)(?:[?*+]|\{[^}]*\})?")
    while group.search(plain):
        plain = group.sub("\x00", plain)
    plain = re.sub(r".[?*+]|\{[^}]*\}[?+]?|[().|^$]", "\x00", plain)
    return max(plain.split("\x00"), key=len)


def build() -> dict:
    rows = _glibc_rows() + _wget_rows()
    for cond, text, match, source in TABLE:
        row = {"condition": cond, "text": text, "match": match, "locale": "", "source": source}
        if match in ("regex", "regex-m"):
            row["trigger"] = _trigger(text)
        rows.append(row)
    for r in rows:
        assert r["condition"].split(":", 1)[0] in CONDITIONS, r
    # One row per (condition, text, match): the first source wins (C before translations).
    seen, unique = set(), []
    for r in rows:
        key = (r["condition"], r["text"].casefold(), r["match"])
        if key not in seen:
            seen.add(key)
            unique.append(r)
    locales = sorted({r["locale"] for r in unique if r["locale"] not in ("", "C")})
    return {
        "format": 1,
        "generated_by": "scripts/gen_conditions.py",
        "glibc_catalogues": f"{MO_GLOB} (Debian libc-l10n); {len(locales)} locales read",
        "conditions": {k: {"meaning": m, "implies": i} for k, (m, i) in CONDITIONS.items()},
        "context": list(CONTEXT),
        "transport": list(TRANSPORT),
        "phrases": unique,
    }


def main() -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "output",
        nargs="?",
        type=Path,
        default=OUT,
        help=f"the JSON file to write (default: {OUT.relative_to(ROOT)})",
    )
    out = ap.parse_args().output
    data = build()
    if not any(r["locale"] == "fr" for r in data["phrases"]):
        print(f"no French libc.mo under {MO_GLOB}: install Debian's libc-l10n first", file=sys.stderr)
        return 1
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    os.replace(tmp, out)
    print(f"{out}: {len(data['phrases'])} phrases, {data['glibc_catalogues']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
