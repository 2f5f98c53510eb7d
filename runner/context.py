"""Evidence from what surrounds the condition in a pasted output: the addresses it names, the
proxy or forwarder it mentions, and what is known about how often a cause is behind a condition.

The matrix (xref) says which causes produce a condition for which client. It cannot say which
address a real user's client tried, whether a proxy was in the way, or which of two causes that
print the same words is the common one. Each rule here reads one such fact from the text, states
why it moves a cause (a source or a property of the network stack), and applies to causes by the
catalog's description of them (kind, address family, listening addresses), never by name.

Pure and fast: regexes compiled on first use, no third-party import.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Iterator


class Rule(NamedTuple):
    """What a rule did to one cause: its reason (shown in --json) and the factor."""

    evidence: str
    factor: float
    order: bool = False  # a prior that orders causes the evidence ties, without separating them


@functools.cache
def _re(pattern: str, flags: int = re.I) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# An IPv6 literal as clients print it: with "::" (::1, 2001:db8::1, [::]) or in full eight groups.
# Times ("19:35:03") and C++/Ruby scopes ("Errno::ECONNREFUSED") do not match.
_V6 = (
    r"(?<![\w:.])(?:(?:[0-9a-f]{1,4}:){1,7}:(?:[0-9a-f]{1,4}\b)?|::[0-9a-f]{1,4}\b|::(?=[\]\s])"
    r"|(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b)"
)
_V4 = r"(?<![\w.])(?:(?:\d{1,3}|x{1,3})\.){3}(?:\d{1,3}|x{1,3})(?![\w.])"
# ::1 as clients print it; Java writes it in full (localhost/[0:0:0:0:0:0:0:1]:5432).
_V6_LOOPBACK = r"(?<![\w:])(?:\[::1\]|::1|\[?0:0:0:0:0:0:0:1\]?)(?![0-9a-f])"
_V4_LOOPBACK = r"(?<![\d.])127\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])"
_LOCALHOST = r"localhost(?![\w-])"
# The name localhost shown with the address it resolved to, when that is not 127.0.0.1: Java's
# "localhost/127.0.1.1:54117", nc's "localhost (127.0.1.1)", wget's "localhost (localhost)|127.0.1.1|".
_LOCALHOST_ELSEWHERE = r"\blocalhost(?:/|\s*\(|\)\|)\s*\[?127\.(?!0\.0\.1\b)\d{1,3}\.\d{1,3}\.\d{1,3}\b"
# A line that says where a server listens (not libpq's question "Is the server running on host").
_LISTENING = r"(?:listen\w*|bound|--bind|serving|(?<!is the server )running|started)\b[^\n]{0,60}?"
# A server bound to IPv6 only: "[::]:3000"/"[::1]:3000" or ":::3000" in a listening line, netstat's
# tcp6 rows, or a log that says it listens on ::1.
_V6_LISTENER = (
    _LISTENING + r"(?:\[::1?\]|(?<![\w:])::1(?![0-9a-f])|:::\d)|^tcp6\s+\d+\s+\d+\s+(?:::1?|\[::1?\]):\d+"
)
# A server bound to IPv4 only, as a command line or a log says it: "--bind 127.0.0.1 9000",
# "Listening on 127.0.0.1:3000", Python's "Serving HTTP on 0.0.0.0 port 8000".
_V4_LISTENER = _LISTENING + r"(?:127\.0\.0\.1|0\.0\.0\.0)(?::\d+| port \d+| \d+\b)"
# The word proxy, in any case (not Postfix's "proxy filter" and "proxy-reject", its content filter's:
# amavis on 10024/10025)
_PROXY_NOUN = r"prox(?:y|ies)(?! filter\b|-reject\b)"
_PROXY_WORDS = (
    _PROXY_NOUN + r"|\btunnel|\bsquid\b|tinyproxy|privoxy|polipo|\bCONNECT [^\s/]+:\d+|"
    r"\b407\b|ERR_PROXY|ERR_TUNNEL|https?_proxy|代理"
)
# A reverse proxy's upstream on this machine (nginx's error log: upstream: "fastcgi://127.0.0.1:9000").
_LOCAL_UPSTREAM = r'upstream: "[a-z0-9]+://(?:unix:|127\.|localhost\b|\[::1\])|\bunix:/'
# A proxy the client went through (not a no_proxy list, which names hosts that bypass it).
_PROXY_IN_USE = (
    r"\bUses proxy env variable (?!no_proxy)\w+|\bvia (?:the )?proxy\b|"
    r"\bconnect(?:ing)? to (?:the |an? )?(?:https? |socks5? )?proxy\b|无法连接(?:到)?代理|"
    r"\bproxy (?:server )?(?:is )?refus|\bProxyError\b|\bERR_PROXY_CONNECTION_FAILED\b|"
    r"\bUnable to connect to (?:the )?proxy\b|\bproxyconnect tcp\b|"
    # (urllib3's connectionpool._prepare_proxy makes the connection to the proxy: an error raised
    # from that frame of a traceback is the proxy connection's)
    r"\b_prepare_proxy\b"
    # (youtube-dl and yt-dlp print the proxies they will use: "[debug] Proxy map: {'http': ...}")
    r"|\bproxy map: \{'"
    # (Java's java.net.Proxy.toString, as JetBrains IDEs log the proxy they chose for a URL:
    # "CommonProxy.select returns custom proxy for https://..., [HTTP @ localhost/127.0.0.1:80]")
    r"|\b(?:HTTP|SOCKS) @ [\w.-]*/[0-9a-f.:]+:\d+"
    # (.NET's HttpConnectionPool connects to the proxy in EstablishProxyTunnel: a connect error
    # raised under that frame is the proxy's)
    r"|\bHttpConnectionPool\.EstablishProxyTunnel(?:Async)?\b"
)
# An address the user hid before pasting ("***", "<IP>", "x.x.x.x", "144.24.188.XX"): people hide
# the public addresses of their servers; a loopback address is not worth hiding.
# A command line that forces IPv6: its attempt was over IPv6 whatever addresses are printed. Short
# options before the 6 are only those of curl, wget, ssh and nc that take no argument (curl -m6 is
# a six-second timer, curl -v6 forced IPv6).
_FORCED_V6 = (
    r"(?:^|[\s$>#])(?:curl|wget|ssh|nc|ncat|telnet|ping|traceroute|mtr)\b[^\n]*?\s"
    r"(?:-[ivsSkLIfNqnt]{0,4}6\b|--ipv6\b|--inet6-only\b)|\b(?:ping6|traceroute6)\s"
)
_REDACTED = (
    r"(?<![*\w])\*{3,}(?![*\w])|<(?:ip(?: address)?|host(?:name)?|server|redacted|domain)>"
    r"|\b(?=(?:[\dx]{1,3}\.){3}[\dx]{1,3}\b)[\d.]*x"
)
_FORWARD_WORDS = (
    # (docker the word, not a host name's label, registry-1.docker.io, nor a user, docker@HOST)
    # (container the word, not a host name's label, pkg-containers.githubusercontent.com)
    r"(?<![.@])\bdocker\b(?![.@])|(?<![.@-])\bcontainer(?![\w-]*\.[a-z])|"
    # (a published port, not MQTT's or a package's "publish")
    r"\bpublished? ports?\b|--publish\b|\bports? (?:is |are )?published\b|"
    r"\bport-?forward|\bkubectl\b|\bpodman\b|\bsocat\b|"
    # (Vagrant: VirtualBox's NAT forward to the guest's sshd)
    r"\bssh -[a-z]*L\b|\s-p \d+:\d+|\bnat\b|\bingress\b|\bvagrant\b"
    # (an SSH tunnel's channel that its server could not connect behind: OpenSSH's "channel N: open
    # failed: connect failed", Go x/crypto/ssh's "ssh: rejected: connect failed")
    r"|\bopen failed: connect failed\b|\bssh: rejected: connect failed\b"
    # (a tunnel's agent whose local service is not there: ngrok's ERR_NGROK_8012, frpc)
    r"|\bngrok\b|\bconnect to local service\b"
    # (Appium reaches its server on the device, UiAutomator2's or WebDriverAgent's, through a port
    # adb or iproxy forwards: its "WD Proxy", "Could not proxy command to (the) remote server")
    r"|\biproxy\b|\bwd proxy\b|\bcould not proxy command to (?:the )?remote server\b"
    r"|\bproxying \[[a-z]+ /[^\]\n]*\] to \["
)
_FORWARD_LITERALS = (
    "docker",
    "container",
    "publish",
    "forward",
    "kubectl",
    "podman",
    "socat",
    "vagrant",
    "ssh -",
    "-p ",
    "nat",
    "ingress",
    "connect failed",
    "ngrok",
    "local service",
    "proxy",
)


class Seen(NamedTuple):
    """What the text shows besides its conditions."""

    v6_loopback: bool  # ::1 appears
    v4_loopback: bool  # 127.x.y.z appears
    localhost: bool  # the name localhost appears
    v6_any: bool  # some IPv6 literal appears
    v4_any: bool  # some IPv4 address appears (a hidden one, "1.2.3.XX", counts)
    v6_listener: bool  # something listens on IPv6 only ([::]:N, :::N, ::1)
    loopback_target: bool  # the host the client dialled is a loopback one
    dialled_localhost: bool  # the host the client dialled is the name localhost
    remote_target: bool  # the host dialled is known (or hidden), and neither localhost nor loopback
    proxy: bool  # a proxy is named
    forward: bool  # a container, published port or port forward is named
    elsewhere: bool = False  # a connect failed to another host than the URL's (a proxy's)
    public_site: bool = False  # a refusal while reaching a large public service (github.com, a registry)
    public_ssh: bool = False  # ... refused on port 22: github.com's, gitlab.com's SSH port
    # Go's "dial tcp [::1]:PORT": its first error, after every address failed
    go_dial_v6_loopback: bool = False
    # Bun's fetch refused for a localhost URL ('ConnectionRefused: ... path: "http://localhost:N/"')
    bun_localhost: bool = False
    dnsbl: bool = False  # a mail server's lookup in a DNS blocklist's zone (zen.spamhaus.org ...)
    icmp_prohibited: str = ""  # the ICMP "prohibited" code the text names: "admin" (13) or "host" (10)
    server_spoke: bool = False  # a server's own words of refusal before it closed (Redis, MySQL, sshd)
    icmp_from: bool = False  # ping quotes an ICMP error another host sent ("Reply from ADDR: ...")
    v6_global: bool = False  # an IPv6 literal other than ::1 and :: appears (an address on a network)
    v6_public: bool = False  # one of them is routed on the internet (not fc00::/7 nor fe80::/10)
    v6_site_target: bool = False  # the host dialled is a unique-local or link-local IPv6 address
    home_lan: bool = False  # a 192.168.x.y address appears (home routers number their LANs so)
    inspector: bool = False  # a TLS-inspecting product is named (Zscaler, FortiGate, Netskope ...)
    android: bool = False  # an Android app's connect (libcore's IoBridge: "isConnected failed")
    clock_unset: bool = False  # `date` or a log shows the clock at 1970 or 2000 (no RTC, no NTP yet)
    private_target: bool = False  # the host dialled is a private IPv4 address or a .local/.lan name
    sql_server: bool = False  # SQL Server's drivers speak (ODBC Driver N for SQL Server, SqlClient)
    name_to_loopback: bool = False  # Go dialled 127.0.0.1 for a URL that names a site, with no proxy
    v4_loopback_port: int | None = None  # the port after the first 127.x.y.z ("127.0.0.1:5432")
    v4_listener: bool = False  # something listens on IPv4 only (127.0.0.1 or 0.0.0.0 in a listening line)
    ping_host_unreachable: bool = False  # ping's "Destination Host Unreachable" (IPv6: "Address unreachable")
    host_is_down: bool = False  # EHOSTDOWN's "Host is down" (BSD and macOS: ARP went unanswered)
    proxy_port: int | None = None  # a failed connect's port is a local proxy's default (Clash 7890 ...)
    refused_on: frozenset[str] = frozenset()  # loopback families on the lines that say refused ("v6", "v4")
    v4_timed_out_only: bool = False  # the lines that say timed out name IPv4 addresses, none IPv6
    loopback_resolver: bool = False  # resolv.conf's nameserver is a loopback address (127.0.0.53 ...)
    tls_port_in_plain: bool = False  # a port that speaks only TLS is named, and no https:// URL
    public_name: bool = False  # a large public service's name appears (it exists in the DNS)
    no_greeting: bool = False  # a mail client got no greeting (_NO_GREETING, or Ruby's EOF in mail)
    says_tls: bool = False  # the text says ssl or tls somewhere
    localhost_elsewhere: bool = False  # localhost resolved to a loopback address other than 127.0.0.1
    name_at_zero: bool = False  # a host name dialled at 0.0.0.0 (a hosts file's or blocklist's sinkhole)
    every_address_failed: bool = False  # a client that fails only once every address did (libpq)
    forced_v6: bool = False  # a command in the text forces IPv6 (curl -6, wget --inet6-only, ping6)
    smtp: bool = False  # the text is a mail client's (it says SMTP)
    # Erlang's nxdomain atom ("{:inet, [:inet], :nxdomain}", "non-existing domain - :nxdomain")
    # for a dotted name
    erlang_nxdomain: bool = False
    v6_only_name: bool = False  # a name its provider publishes with an IPv6 address only (_V6_ONLY_NAME)
    # the port dialled is named and is neither HTTPS's 443 nor plain HTTP's 80 (Home Assistant's
    # 8123, a controller's 8443, IMAPS' 993): a service someone runs themselves
    own_service_port: bool = False
    # the connection was cut in a TLS handshake (curl's "SSL_connect: Connection reset by peer",
    # "SSL_ERROR_SYSCALL"): a client exits otherwise there than after a plain request (curl 35, not
    # 56 or 52)
    tls_handshake_cut: bool = False
    # Node's "getaddrinfo EAI_AGAIN NAME" for a single-label NAME (no dot: "bullrich", "https")
    single_label_again: bool = False
    # the certificate shown names itself as its issuer (Chrome's "Subject: X ... Issuer: X", ncat's
    # and openssl's subject=/issuer= lines): self-signed, whatever the error's words
    subject_is_issuer: bool = False
    # Python asyncio's "Connect call failed (ADDR, PORT...)" for one address alone: asyncio tries
    # every address of a name and names each that failed ("Multiple exceptions: ...")
    asyncio_one_address: bool = False
    # the text names a handshake (Go's "TLS handshake timeout"), or a tunnel, VPN or container
    # network: where a link with a smaller MTU sits, or what stalls on the first big packet
    handshake_or_tunnel: bool = False
    text: str = ""  # the sample searched


def _has(low: str, *literals: str) -> bool:
    """One of the literals is in the (lower-cased) text: a pattern that needs one is only compiled
    and run when it is (each compile costs an answering process 0.1-0.3 ms)."""
    return any(w in low for w in literals)


def seen(text: str, host: str | None, port: int | None = None) -> Seen:
    sample = text if len(text) <= 40000 else text[:20000] + "\n" + text[-20000:]
    low = sample.lower()
    listens = ":" in low and _has(low, "listen", "bound", "--bind", "serving", "running", "started", "tcp6")
    listener = _re(_V6_LISTENER, re.I | re.M) if listens else None
    # ::1 in a listening line is where the server is, not an address the client was refused on
    v6l = ("::1" in low or "0:0:0:0:0:0:0:1" in low) and bool(
        _re(_V6_LOOPBACK).search(listener.sub(" ", sample) if listener else sample)
    )
    v4_listening = _has(low, "listen", "bound", "serving", "running", "started", "--bind")
    listener4 = _re(_V4_LISTENER, re.I) if v4_listening and ("127.0.0.1" in low or "0.0.0.0" in low) else None
    v4_listener = bool(listener4 and listener4.search(sample))
    unlistened = listener4.sub(" ", sample) if listener4 and v4_listener else sample
    # 127.0.0.1 in a listening line is where the server is, not an address the client was refused on
    v4l = "127." in low and bool(_re(_V4_LOOPBACK).search(unlistened))
    name = "localhost" in low and bool(_re(_LOCALHOST).search(sample))
    h = (host or "").strip("[]").lower()
    loop_host = h in ("localhost", "::1", "0:0:0:0:0:0:0:1") or h.startswith("127.")
    v6_all = {m.group(0).strip("[]") for m in _re(_V6).finditer(sample)} if low.count(":") >= 2 else set()
    # one search for public_site and public_name, past the links a message points to for help
    # (Hadoop's "For more details see: http://wiki.apache.org/hadoop/ConnectionRefused")
    public = _has(low, *_PUBLIC_LITERALS) and bool(_re(_PUBLIC_SITE).search(_without_help_links(low)))
    # a refusal on the way to one: which port (public_site's HTTPS, public_ssh's 22), looked up once
    refused_public = public and _has(low, "refus", "10061")
    refused_port = _failed_port(sample) if refused_public else None
    return Seen(
        v6_loopback=v6l,
        v4_loopback=v4l,
        localhost=name,
        v6_any=bool(v6_all),
        v4_any=low.count(".") >= 3 and bool(_re(_V4).search(unlistened)),
        v6_listener=bool(listener and listener.search(sample)),
        loopback_target=loop_host or (not h and (v6l or v4l or name)),
        dialled_localhost=h == "localhost",
        # (not a bare word read as the host beside the loopback address the client was refused on:
        # "Cannot connect to API: connect ECONNREFUSED ::1:11434" dialled ::1)
        remote_target=(
            bool(h)
            and not loop_host
            and not ((v6l or v4l) and "." not in h and ":" not in h and not h[0].isdigit())
        )
        or (not h and not (v6l or v4l or name) and bool(_re(_REDACTED).search(sample))),
        proxy=_has(low, "prox", "tunnel", "squid", "polipo", "connect ", "407", "err_", "代理")
        and (bool(_re(_PROXY_WORDS, 0).search(sample)) or bool(_re(_PROXY_NOUN).search(sample))),
        forward=_has(low, *_FORWARD_LITERALS) and bool(_re(_FORWARD_WORDS).search(sample)),
        elsewhere=_has(
            low,
            "failed to connect to ",
            "econnrefused ",
            "could not connect to ",
            "unable to connect to ",
            "dial tcp ",
            "] failed",
        )
        and _connects_elsewhere(sample),
        # (not git's own protocol, git:// on port 9418, which GitHub stopped serving in 2022: git
        # prints "unable to connect to HOST:" then "HOST[0: ADDR]: errno=...", connect.c)
        public_site=refused_public
        and refused_port in (None, 443)
        and not _re(r"unable to connect to \S+:\s*\n\S+\[\d+: [^\]\n]*\]: errno=").search(sample),
        public_ssh=refused_public and refused_port == 22,
        icmp_prohibited=_icmp_prohibited(low) if "prohibited" in low or "packet filtered" in low else "",
        go_dial_v6_loopback="dial tcp [::1]:" in low,
        dnsbl=_has(low, *_DNSBL_ZONES),
        bun_localhost="connectionrefused" in low and bool(_re(r'\bpath: "https?://localhost\b').search(low)),
        server_spoke=bool(_re(_SERVER_SPOKE).search(low)) if _has(low, *_SPOKE_WORDS) else False,
        icmp_from=_has(low, "ping", "icmp_seq") and bool(_re(_ICMP_FROM, re.I | re.M).search(sample)),
        v6_global=bool(v6_all - {"::1", "::", "0:0:0:0:0:0:0:1", "0:0:0:0:0:0:0:0"}),
        v6_public=any(_internet_v6(a) for a in v6_all),
        v6_site_target=":" in h and not loop_host and h.strip(":") != "" and not _internet_v6(h),
        v4_loopback_port=_loopback_port(sample) if v4l else None,
        v4_listener=v4_listener,
        # (ping for IPv6 words ICMPv6's own code 3, neighbour discovery unanswered, so)
        ping_host_unreachable=_has(
            low, "destination host unreachable", "destination unreachable: address unreachable"
        ),
        host_is_down="host is down" in low,
        proxy_port=_proxy_port(sample) if _has(low, "connect", "econnrefused", "127.0.0.1:") else None,
        refused_on=_refused_on(sample) if "refus" in low and (v6l or v4l) else frozenset(),
        v4_timed_out_only=_timed_out_on(sample) == {"v4"} if v6_all and "time" in low else False,
        loopback_resolver="nameserver 127." in low,
        # (a client that says it speaks TLS there, "SSL_connect", a handshake, is not plain)
        # (Elasticsearch's Python clients name no port, and default to plain http://localhost:9200,
        # the port Elasticsearch 8 serves in TLS only)
        tls_port_in_plain=not _has(low, "https://", "ssl", "tls", "handshake")
        and (_has(low, "elasticsearch.exceptions.", "elastic_transport.") or _tls_port_named(sample)),
        public_name=public and "." in low,
        no_greeting=_has(low, *_NO_GREETING) or ("end of file reached" in low and _has(low, *_MAIL_WORDS)),
        says_tls=_has(low, "ssl", "tls"),
        localhost_elsewhere=name and "127." in low and bool(_re(_LOCALHOST_ELSEWHERE).search(sample)),
        name_at_zero=bool(h)
        and not loop_host
        and not _re(r"^[\d.]+$").match(h)  # (an address, 0.0.0.0 itself among them, is no name)
        and bool(_re(r"(?:dial tcp|connect to|econnrefused) 0\.0\.0\.0:\d").search(sample)),
        # (libpq tries each address of the host in turn, PQconnectPoll, and fails only when the
        # last one did, its message naming them: "Is the server running on host "localhost" (::1)";
        # Go's dialer races the families of a name, net.dialParallel, and returns the first
        # family's error only once the other failed too: "localhost:3000": dial tcp 127.0.0.1:3000;
        # Apache HttpClient tries each address the name resolved to and lists them all when the
        # last failed: "Connect to localhost:8080 [localhost/127.0.0.1, localhost/0:0:0:0:0:0:0:1]")
        every_address_failed=(name and 'is the server running on host "localhost" (' in low)
        or (
            h == "localhost"
            # (with the local address when the dialer has one: "dial tcp 0.0.0.0:0->127.0.0.1:8080")
            and bool(
                _re(r"\bdial tcp (?:\S+->)?127\.0\.0\.1:\d+: connect: connection refused?\b").search(sample)
            )
        )
        or (
            "connect to localhost:" in low
            and bool(
                _re(
                    r"\bconnect to localhost:\d+ \[localhost/[0-9a-f.:]+(?:, localhost/[0-9a-f.:]+)*\] failed"
                ).search(sample)
            )
        ),
        android=_has(low, "isconnected failed", "libcore.io."),
        private_target=bool(h) and bool(_re(_PRIVATE_TARGET).match(h)),
        # (the drivers name themselves, or SqlClient's provider: "(provider: SSL Provider, error: 0")
        sql_server=_has(
            low,
            "for sql server",
            "to sql server",
            "sqlclient",
            "ssl provider",
            "ssl-anbieter",
            "sqlcmd",
            "mssql",
        ),
        # (Go names a proxy's dial "proxyconnect tcp"; without it the dial went to the URL's name)
        name_to_loopback="dial tcp " in low
        and "proxyconnect" not in low
        and bool(_re(_NAME_TO_LOOPBACK).search(low)),
        # (date(1)'s "Thu Jan  1 00:00:05 UTC 1970", "Sat Jan  1 00:47:51 UTC 2000")
        clock_unset=_has(low, " 1970", " 2000")
        and bool(_re(r"\b(?:thu|sat) jan +1 \d\d:\d\d:\d\d (?:[a-z]{3,5} )?(?:1970|2000)\b").search(low)),
        inspector=_has(low, *_INSPECTOR_LITERALS) and bool(_re(_INSPECTORS).search(low)),
        home_lan="192.168." in low
        and bool(_re(r"(?<![\w.])192\.168\.(?:\d{1,3}|x+)\.(?:\d{1,3}|x+)\b").search(sample)),
        # (an option follows whitespace and a dash: without one, or ping6, the pattern is not compiled)
        forced_v6="6" in low
        and _has(low, " -", "\t-", "\n-", "ping6", "traceroute6")
        and bool(_re(_FORCED_V6, re.I | re.M).search(sample)),
        smtp="smtp" in low,
        erlang_nxdomain=_has(low, ":nxdomain", "nxdomain}")
        and bool(_re(r":nxdomain\b|[,{]\s*nxdomain\s*\}").search(low))
        # (not for a single label, a compose or Kubernetes service name that is not there:
        # "tcp connect (db:5432)", "{:to_address, {'db', 5432}}")
        and not _re(r"(?:tcp connect \(|\{:to_address, \{')[\w-]+[:']").search(low)
        # nor for a URL or a HOST:PORT given as the name (Tortoise's {:nxdomain,
        # ~c"mqtt://192.0.2.9:1883", 1883}): no DNS name at all, so none of any family
        and not _re(r'nxdomain, ~c"[^"\n]*(?:://|:\d)').search(low)
        and not (h and "." not in h),
        v6_only_name=_has(low, ".supabase.co", ".internal") and bool(_re(_V6_ONLY_NAME).search(low)),
        own_service_port=port is not None and port not in (80, 443),
        tls_handshake_cut=_has(low, "ssl_connect", "ssl_error_syscall"),
        single_label_again="getaddrinfo eai_again " in low
        and any(
            m.group(1) != "localhost"
            for m in _re(r"\bgetaddrinfo eai_again ([a-z][\w-]*)(?![\w.:/\[-])").finditer(low)
        ),
        subject_is_issuer=_has(low, "issuer") and _subject_is_issuer(sample),
        asyncio_one_address="connect call failed (" in low and "multiple exceptions" not in low,
        handshake_or_tunnel=_has(
            low, "handshake", "docker", "container", "vpn", "wireguard", "tunnel", "mtu", "kube", "pod"
        ),
        text=sample,
    )


def _subject_is_issuer(text: str) -> bool:
    """The first "Subject" and "Issuer" a text shows name the same (CN=servac / CN=servac)."""
    found: dict[str, str] = {}
    for m in _re(r"\b(subject|issuer)\s*[:=]\s*/?([^\n]+)").finditer(text):
        found.setdefault(m.group(1).lower(), " ".join(m.group(2).replace(" = ", "=").split()).casefold())
    return len(found) == 2 and found["subject"] == found["issuer"]


# Go's "Get "https://api.example.com/...": dial tcp 127.0.0.1:443: connect: ...": the URL's name
# resolved to this machine (a hosts entry, a sinkhole), on the URL's own port.
# (not the names that resolve to 127.0.0.1 in the public DNS, by design: *.localtest.me, *.lvh.me,
# *.localhost, nip.io's and sslip.io's 127.0.0.1 names)
_NAME_TO_LOOPBACK = (
    r"\b(?:get|post|head|put|patch|delete) \"?https?://(?!localhost\b)"
    r"(?![^/\s\"]*(?:localtest\.me|lvh\.me|\.localhost|127\.0\.0\.1\.(?:nip|sslip)\.io)\b)"
    r"[a-z][\w-]*(?:\.[\w-]+)*\.[a-z]{2,}"
    r"(?:/[^\s\"]*)?\"?: dial tcp (?:127\.\d+\.\d+\.\d+|\[::1\]):(?:443|80): connect"
)


# A host on a home's or an office's own network: an RFC 1918 address, an mDNS or home router's name.
_PRIVATE_TARGET = (
    r"(?:192\.168|10\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01]))\.\d{1,3}\.\d{1,3}$|[\w.-]+\.(?:local|lan|home)$"
)


# Products that inspect TLS on a company's or a home's way out: each presents certificates its own
# CA issued, one the client lacks unless it was installed (the vendors' deployment guides say so).
_INSPECTOR_LITERALS = ("zscaler", "forti", "netskope", "blue coat", "bluecoat", "forcepoint", "umbrella")
_INSPECTORS = (
    r"\bzscaler\b|\bforti(?:gate|net)\b|\bnetskope\b|\bblue ?coat\b|\bforcepoint\b|\bcisco umbrella\b"
)


# Names their providers publish with an AAAA record only, so that a resolver asked for IPv4 finds
# the name but no address (NODATA), which most clients print as a name that does not exist:
# Supabase's direct database host db.REF.supabase.co (IPv6 only since January 2024, its docs'
# "IPv4 and IPv6 compatibility"), Railway's private names NAME.railway.internal and Fly.io's
# private network names APP.internal (6PN, IPv6 only; a Fly log line starts "app[MACHINE-ID]").
_V6_ONLY_NAME = (
    r"\bdb\.[\w*\[\]<>-]+\.supabase\.co\b|\b[\w-]+\.railway\.internal\b"
    r"|\bapp\[[0-9a-f]{14}\][^\n]*?\b(?<![.-])[\w-]+\.internal\b"
)
_V6_ONLY_NAMES = "Supabase's db.REF.supabase.co, Railway's and Fly.io's .internal names"


# ping's report of an ICMP error it received, in any language: the sender's address, then the
# error on the same line ("From 10.0.0.1 icmp_seq=1 Destination Net Unreachable", Windows' "Reply
# from 192.168.10.1: Destination net unreachable." and its translations, "Ответ от ...: ..."), in a
# text that is ping's (it names ping or icmp_seq).
_ICMP_FROM = (
    r"^[^\S\n]*\w+(?:[^\S\n]+\w+)?[^\S\n]+(?:\d{1,3}\.){3}\d{1,3}(?:[^\S\n]+icmp_seq=\d+[^\S\n]+|:[^\S\n]+)"
    r"[^\n\d]*unreach|^[^\S\n]*\w+(?:[^\S\n]+\w+)?[^\S\n]+(?:\d{1,3}\.){3}\d{1,3}:[^\S\n]+\D{4,60}\.?$"
    # ping for IPv6: "From 2001:db8::1 icmp_seq=1 Destination unreachable: Address unreachable"
    r"|^[^\S\n]*(?:\w+:[^\S\n]+)?from[^\S\n]+[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7}[^\S\n]+icmp_seq=\d+[^\S\n]+"
    r"destination unreachable"
)
_URL_HOST = r"\b(?:https?|wss?|git|ftp)://(?:[^/\s@'\"]*@)?(\[[0-9a-f:.]+\]|[\w.-]+)"
_CONNECT_TARGET = r"\bfailed to connect to (\[[0-9a-f:.]+\]|[\w.-]+) port \d+"  # the name dialled
# an address: a URL's name may be it (Node's ECONNREFUSED, apt's "Could not connect to 127.0.0.1:3142")
_CONNECT_ADDRESS = (
    r"\bECONNREFUSED (\[?[0-9a-f:.]+?\]?):\d+\b"
    r"|\b(?:could not|unable to) connect to (\[?[0-9a-f:.]+?\]?):\d+\b"
    # (Go's dial refused: "dial tcp 127.0.0.1:4780: connectex: No connection could be made ...")
    r"|\bdial tcp (\[?[0-9a-f:.]+?\]?):\d+: connect(?:ex)?:"
    # (Apache HttpClient, Gradle's and Maven's: "Connect to 127.0.0.1:8888 [/127.0.0.1] failed")
    r"|\bconnect to (\[?[0-9a-f:.]+?\]?):\d+ \[[^\]\n]*\] failed"
)
# A proxy the text sets: an environment variable, curl's --proxy / -x, a "proxy = host:port" setting.
_PROXY_SETTING = (
    r"(?:\b(?:https?|all|ftp)_proxy\s*=\s*|--proxy[\s=]+|(?<!\S)-x\s+|\bproxy\s*[=:]\s*)['\"]?"
    r"(?:[a-z0-9+]+://)?(?:[^@\s'\"/]*@)?(\[[0-9a-f:.]+\]|[\w.-]+):\d+"
)


# Default ports of the local proxies people run and forget (their own documentation): Clash 7890 and
# Clash Verge 7897, v2rayN 10808/10809, Privoxy 8118, Squid 3128, ShadowsocksX 1086/1087, SOCKS
# 1080, Tor 9050.
PROXY_PORTS = frozenset({1080, 1086, 1087, 3128, 3142, 7890, 7897, 8118, 8123, 9050, 10808, 10809})
_FAILED_PORT = (
    r"\bfailed to connect to \S+ port (\d+)|\bconnect to (?:host )?\S+ port (\d+)|\bECONNREFUSED \S+?:(\d+)\b"
    # (bitcoind and nginx: "connect() to 127.0.0.1:9050 failed")
    r"|\bconnect(?:ion|\(\))? (?:to )?(?:\S+ )?\(?(?:[a-z]+://)?(?:127\.0\.0\.1|localhost|\[::1\]):(\d+)"
    r"|[(（]\s*(?:127\.0\.0\.1|localhost|\[::1\]):(\d+)\s*[)）]"  # Winsock's text, then (ADDRESS:PORT)
    r"|\bdial tcp (?:127\.0\.0\.1|\[::1\]):(\d+): connect(?:ex)?: "  # Go's net.OpError (connectex: Windows)
    r"|\bconnect call failed \('(?:127\.0\.0\.1|::1)', (\d+)"  # Python asyncio's address tuple
)


def _families_on(text: str, says: str, v6: str, v4: str) -> frozenset[str]:
    """The address families ("v6", "v4") named on the lines whose lowered text matches `says`."""
    out = set()
    for line in text.splitlines():
        if _re(says).search(line.lower()):
            if _re(v6).search(line):
                out.add("v6")
            if _re(v4).search(line):
                out.add("v4")
    return frozenset(out)


def _refused_on(text: str) -> frozenset[str]:
    """The loopback families named on the lines that say refused: a client that logs each attempt
    ("Connection to ::1:5672 failed: [Errno 111] Connection refused", then "Connecting to
    127.0.0.1:5672" and on) was refused on one family only."""
    return _families_on(text, "refus", _V6_LOOPBACK, _V4_LOOPBACK)


def _timed_out_on(text: str) -> frozenset[str]:
    """The address families named on the lines that say timed out: a mail server's log that times
    out on the IPv4 address and fails otherwise on the IPv6 one is an IPv4 timeout."""
    return _families_on(text, r"timed? ?out|etimedout", _V6, _V4)


def unreachable_on_v6_only(text: str) -> bool:
    """The lines that say the network is unreachable name IPv6 addresses only, and an IPv4 attempt
    failed otherwise: git's and nc's lines per address ("[2: 2606:4700::6812:173]: errno=Network is
    unreachable" after two IPv4 timeouts). A machine without an IPv6 route says so of every IPv6
    address, which is common and harmless; what the IPv4 attempts met is the failure."""
    low = text.lower()
    if "unreachable" not in low or ":" not in low:
        return False
    says = r"network is unreachable|enetunreach"
    # (a line a terminal or a page wrapped, "errno=Network is\n  unreachable", is still one line)
    text = _re(r"[ \t]*\n[ \t]+(?=\S)").sub(" ", text)
    return _families_on(text, says, _V6, _V4) == {"v6"} and "v4" in _families_on(
        text, r"timed? ?out|etimedout|refus|reset", _V6, _V4
    )


def _icmp_prohibited(low: str) -> str:
    """The ICMP code a ping or tcpdump line names: admin-prohibited (code 13, ICMPv6 code 1: BSD's
    "Communication prohibited by filter", iputils' "Packet filtered" and "Administratively
    prohibited", tcpdump's "admin prohibited filter") or host-prohibited (code 10: iputils'
    "Destination Host Prohibited", tcpdump's "host X unreachable - admin prohibited")."""
    if _re(
        r"prohibited by filter|packet filtered|administratively prohibited|admin prohibited filter"
    ).search(low):
        return "admin"
    if _re(r"destination host prohibited|\bhost \S+ unreachable - admin prohibited").search(low):
        return "host"
    return ""


def _smtp_blocked(s: Seen) -> bool:
    """A mail client's net-unreachable where no IPv6 address points at a missing IPv6 route."""
    return s.smtp and not s.v6_global and not s.icmp_from


def _failed_ports(text: str) -> Iterator[int]:
    """The ports of the connects the text says failed, in order."""
    for m in _re(_FAILED_PORT).finditer(text):
        yield int(next(g for g in m.groups() if g))


def _proxy_port(text: str) -> int | None:
    return next((p for p in _failed_ports(text) if p in PROXY_PORTS), None)


def _failed_port(text: str) -> int | None:
    """The port of the first connect the text says failed."""
    return next(_failed_ports(text), None)


def _internet_v6(address: str) -> bool:
    """An IPv6 address routed on the internet: 2000::/3 or NAT64's 64:ff9b::/96 (an IPv4 address
    behind it), not a unique local (fc00::/7, a cluster's or a home's own) nor a link-local one
    (fe80::/10), which never leave their site or link."""
    return bool(_re(r"[23][0-9a-f]{0,3}:|64:ff9b:").match(address.lower()))


def _loopback_port(text: str) -> int | None:
    m = _re(r"(?<![\d.])127\.0\.0\.1(?:\]?:| port | \(port )(\d{1,5})\b").search(text)
    return int(m.group(1)) if m else None


# Ports whose servers bind by their own configuration (127.0.0.1, 0.0.0.0 or both), not by
# resolving the name localhost: databases, brokers, caches, web servers (nginx and Apache listen on
# 0.0.0.0:80 and :443 by default) and daemons (IANA registrations and
# the projects' documented defaults).
DAEMON_PORTS = frozenset(
    {
        21,
        22,
        25,
        53,
        80,
        110,
        143,
        389,
        443,
        1433,
        1521,
        2181,
        3306,
        5432,
        5672,
        6379,
        8009,
        8125,
        9042,
        9092,
        9200,
        11211,
        27017,
        27018,
        27019,
    }
)
# Default ports of development servers that listen on the name localhost, which Node >= 17
# resolves to ::1 first (nodejs/node#40702): Vite 5173 (vite-ruby 3036), Angular CLI 4200,
# Webpacker's dev server 3035 (not webpack-dev-server's 8080: half the servers in the world listen
# there; nor Create React App's 3000, which is as much Rails', Grafana's, Gitea's and Mastodon's,
# servers that bind 127.0.0.1 or 0.0.0.0, nor Parcel's 1234, a port people pick to try a socket:
# of the read outputs refused on 127.0.0.1:3000, 8 were a server not running, 3 one on ::1 alone).
DEV_SERVER_PORTS = frozenset({3035, 3036, 4200, 5173, 5174})


def _hosts(pattern: str, text: str) -> set[str]:
    found = set()
    for m in _re(pattern).finditer(text):
        found |= {g.strip("[]").lower() for g in m.groups() if g}
    return found


# Large public services and package registries: their HTTPS port is never closed, so a refusal
# met while reaching one was made on this side (a proxy setting whose proxy is gone, most often;
# Gradle's sync reaches only such repositories).
_PUBLIC_DOMAINS = (
    "github.com",
    "githubusercontent.com",
    "gitlab.com",
    "bitbucket.org",
    "npmjs.org",
    "npmjs.com",
    "yarnpkg.com",
    "pypi.org",
    "pythonhosted.org",
    "rubygems.org",
    "crates.io",
    "golang.org",
    "go.dev",
    "maven.org",
    "apache.org",
    "gradle.org",
    "google.com",
    "googleapis.com",
    "docker.io",
    "docker.com",
    "nuget.org",
    "openai.com",
    "chatgpt.com",
    "anthropic.com",
    "huggingface.co",
    "microsoft.com",
    "cloudflare.com",
    "debian.org",
    "ubuntu.com",
    "ollama.ai",
    "ollama.com",
)
# (every match holds one of these literals: the pattern is compiled only for a text that has one)
_PUBLIC_LITERALS = (*_PUBLIC_DOMAINS, "gradle sync failed")
_PUBLIC_SITE = (
    r"(?<![\w-])(?:[\w-]+\.)*(?:" + "|".join(d.replace(".", r"\.") for d in _PUBLIC_DOMAINS) + r")(?![\w-])"
    r"|gradle sync failed"
)


# A link a message gives for help, not a site the client dialled.
_DOC_LINK = r"\b(?:see|details(?: here)?)\s*:?\s+https?://\S+"


def _without_help_links(text: str) -> str:
    """The text without the links it points to for help (the regex only runs where it can match)."""
    return _re(_DOC_LINK).sub(" ", text) if "see" in text or "details" in text else text


# A server that accepts a connection, says why it will not serve it and closes: its own words
# (Redis networking.c, MySQL ER_CON_COUNT_ERROR 1040 and ER_HOST_NOT_PRIVILEGED 1130, OpenSSH
# sshd's MaxStartups, PostgreSQL's connection limit). A forwarder with nothing behind it has none.
_SPOKE_WORDS = (
    "denied",
    "max number of clients",
    "too many connections",
    "not allowed to connect",
    "maxstartups",
    "too many clients",
)
_SERVER_SPOKE = (
    r"-?denied redis is running in protected mode|max number of clients reached|too many connections"
    r"|is not allowed to connect to this (?:mysql|mariadb) server|exceeded maxstartups"
    r"|sorry, too many clients already"
)


def _connects_elsewhere(text: str) -> bool:
    """A connect failed to the proxy: to a host that is not the URL's (curl's and git's "Failed to
    connect to HOST port N" while fetching https://github.com/...), or to the host the text sets as
    its proxy (http_proxy=http://127.0.0.1:8001, --proxy, -x), or a refusal on a loopback address
    while the URL names a site (node-sass fetching https://github.com/... refused on 127.0.0.1:443:
    a local proxy, or a hosts entry pointing the site at this machine)."""
    text = _without_help_links(text)  # curl's "(see https://curl.haxx.se/libcurl/...)" is no host dialled
    targets = _hosts(_CONNECT_TARGET, text)
    addresses = _hosts(_CONNECT_ADDRESS, text)
    if not targets and not addresses:
        return False
    urls = _loopback_as_one(_hosts(_URL_HOST, text))
    # (every proxy setting says "proxy" but curl's -x: the pattern is compiled only where it can match)
    maybe_proxy = "-x" in text or "prox" in text.lower()
    proxies = _loopback_as_one(_hosts(_PROXY_SETTING, text)) if maybe_proxy else set()
    targets, addresses = _loopback_as_one(targets), _loopback_as_one(addresses)
    loopback_for_a_site = bool(addresses & {"localhost"} and urls and "localhost" not in urls)
    return (
        bool(targets and urls and not targets & urls)
        or bool((targets | addresses) & proxies)
        or loopback_for_a_site
    )


def _loopback_as_one(hosts: set[str]) -> set[str]:
    """localhost, 127.x.y.z and ::1 are one host here (the machine itself)."""
    return {"localhost" if h in ("localhost", "::1") or h.startswith("127.") else h for h in hosts}


def _addresses(extra: dict, key: str) -> list[str]:
    return [a for a in str(extra.get(key, "")).split() if a]


def _is_v6(address: str) -> bool:
    return ":" in address


def v4_only_listener_behind_a_name(extra: dict) -> bool:
    """The cause: a name that resolves to IPv6 and IPv4 (hosts lines name ::1 too), a server that
    listens on IPv4 only (catalog fields host, hosts, listen)."""
    listen = _addresses(extra, "listen")
    host = extra.get("host", "")
    hosts = str(extra.get("hosts", ""))
    return (
        bool(listen)
        and not any(map(_is_v6, listen))
        and not _re(r"^[\d.:\[\]]+$").match(host)
        and "::" in hosts
    )


def v6_only_listener(extra: dict) -> bool:
    listen = _addresses(extra, "listen")
    return bool(listen) and all(map(_is_v6, listen))


def loopback_only_listener(extra: dict) -> bool:
    """The cause's server listens on loopback addresses only (127.0.0.1, ::1)."""
    listen = _addresses(extra, "listen")
    return bool(listen) and all(a == "::1" or a.startswith("127.") for a in listen)


def ipv6_dropped(extra: dict) -> bool:
    """The cause drops packets to an IPv6 address (its catalog field drop)."""
    return any(map(_is_v6, _addresses(extra, "drop")))


def fails_over_ipv6(extra: dict) -> bool:
    """The failure happens on an IPv6 address: an IPv6 scenario, an IPv6 address dropped, or
    an IPv4-only server behind a name that resolves to IPv6 first."""
    return extra.get("family") == "ipv6" or ipv6_dropped(extra) or v4_only_listener_behind_a_name(extra)


REFUSING = {"refused", "connect-failed"}
CLOSING = {"reset", "end-of-stream", "empty-reply", "broken-pipe", "connection-lost"}


def interchangeable(extra: dict) -> set[str]:
    """Conditions that are one failure for this cause: a port forwarder with nothing behind it
    closes the accepted connection or resets it depending on its implementation and version
    (docker-proxy: curl 52 'Empty reply from server' or curl 56 'Connection reset by peer';
    research failures.md "Port forwarders and resets"), so the lab's one forwarder stands for both.
    A TLS port spoken to in plain is named by the lab's nginx ("The plain HTTP request was sent to
    HTTPS port"); other TLS servers close or reset (Elasticsearch 8's Netty: curl 52; Azure Redis'
    6380: ECONNRESET), which the scenario's explanation says."""
    if extra.get("kind") == "forward":
        return set(CLOSING)
    if extra.get("kind") == "dns" and ipv6_dropped(extra):
        # A network whose IPv6 is broken drops the IPv6 leg silently (the lab's DROP) or has a
        # router answer it with ICMPv6 "no route to destination" / "address unreachable", which the
        # client reports as EHOSTUNREACH, 'No route to host' (RFC 4443 section 3.1); rules() weighs
        # it by the address the text names.
        return {"syn-timed-out", "no-route"}
    if extra.get("kind") == "tls" and extra.get("service") == "http":
        # (and a read that timed out: a client of a protocol where the server speaks first, SMTP,
        # IMAP, POP, waits for a greeting the TLS server never sends; rules() weighs it)
        return set(CLOSING) | {"plain-http-to-tls", "transfer-timed-out"}
    return set()


# Ports that speak only TLS by their registration or their server's default: HTTPS and its
# alternate, SMTPS, NNTPS, LDAPS, DNS over TLS, FTPS, IMAPS, POPS, Docker's TLS daemon port, AMQPS,
# Azure Cache for Redis' TLS port, the Kubernetes API, MQTT over TLS, Elasticsearch 8 (TLS on
# 9200 by default since 8.0), Elastic Cloud.
TLS_ONLY_PORTS = frozenset(
    {443, 465, 563, 636, 853, 990, 992, 993, 994, 995, 2376, 5671, 6380, 6443, 8443, 8883, 9200, 9243}
)


# A mail client that got no greeting: Nodemailer waited for the 220 until its greetingTimeout,
# smtplib's server closed before any reply. A server that speaks first (SMTP, IMAP, POP) on an
# implicit-TLS port (465, 993, 995) waits for the client's TLS hello while the client waits for
# its greeting; the classic mistake behind both (Nodemailer's secure: false on 465, smtplib.SMTP
# where SMTP_SSL was needed).
_NO_GREETING = ("greeting never received", "smtpserverdisconnected")
# Ruby's Net::SMTP reads the greeting too: the server of an implicit-TLS port gives up waiting for a
# hello and closes, and ActionMailer (Redmine, Discourse) reports EOFError "end of file reached".
_MAIL_WORDS = ("mail", "smtp")


# DNS blocklists' zones and the Postfix daemon that queries them: the lists refuse queries that come
# through large public resolvers and from unregistered users (Spamhaus' and Barracuda's terms of use,
# dnswl.org's), which a mail server's resolver reports as a temporary failure.
_DNSBL_ZONES = (
    "dnsblog",
    "zen.spamhaus.org",
    "dbl.spamhaus.org",
    "barracudacentral.org",
    "dnswl.org",
    "spamcop.net",
    "uribl.com",
    "surbl.org",
)


def _tls_port_named(sample: str) -> bool:
    """A port of TLS_ONLY_PORTS after a host ("localhost:9200", "cache.example:6380", libunbound's
    "for 8.8.8.8 port 853"), not as the far end of Go's socket notation ("read tcp
    10.0.0.2:39130->203.0.113.5:443: read: connection reset by peer"): crypto/tls hands the socket's
    own error up unchanged, so that line is printed the same whether TLS was spoken on it or not."""
    sample = sample[:20000]
    return any(
        int(m.group(1) or m.group(2)) in TLS_ONLY_PORTS
        and "->" not in sample[sample.rfind(" ", 0, m.start()) + 1 : m.end()]
        for m in _re(r"[\w\]]:(\d{3,4})\b|\b[\w\].]+ port (\d{3,4})\b").finditer(sample)
    )


def rules(extra: dict, s: Seen, decisive: set[str], implied: set[str], http_client: bool) -> list[Rule]:
    """The factors this text's context applies to one cause (described by its catalog fields).
    decisive: the conditions the text reports; implied: those with their families."""
    out: list[Rule] = []
    kind = extra.get("kind", "")
    refused = "refused" in implied
    # A bare "could not connect" to ::1 whose reporter says no more (Create React App's proxy:
    # "Could not proxy request ... to http://[::1]:5000/") is most often that refusal.
    refused_v6 = refused or decisive == {"connect-failed"}
    if (
        refused
        and s.asyncio_one_address
        and s.refused_on == {"v6"}
        and kind in ("server", "firewall")
        and extra.get("family") == "ipv6"
    ):
        out.append(
            Rule(
                "Python's asyncio dialled ::1 alone (it names every address that failed) and was "
                "refused there: a refusal over IPv6",
                1.5,
            )
        )
    # 1. Which loopback address refused (research failures.md, "Name resolution").
    if refused and s.v6_loopback and s.v4_loopback and s.refused_on != {"v6"}:
        if extra.get("family") == "ipv6" and kind in ("server", "firewall") and s.refused_on != {"v4"}:
            out.append(
                Rule(
                    "127.0.0.1 refused as well as ::1: the refusal is not IPv6's alone, the port is "
                    "closed (or rejected) on both families",
                    0.5,
                )
            )
        if _addresses(extra, "listen"):
            out.append(
                Rule(
                    "both ::1 and 127.0.0.1 appear with the refusal: a client that tried both families "
                    "(Node's AggregateError, curl, wget) was refused on both, so nothing listens on "
                    "either; a server on one family would have answered there",
                    0.2,
                )
            )
    elif refused_v6 and s.v6_loopback:
        if s.go_dial_v6_loopback and extra.get("family") == "ipv6" and kind in ("server", "firewall"):
            out.append(
                Rule(
                    "Go reports the first address's error once every address of the name failed: "
                    "the IPv4 address refused too, so the refusal is not IPv6's alone",
                    0.5,
                )
            )
        if v6_only_listener(extra) and not s.v4_loopback:
            out.append(
                Rule(
                    "the refused address is ::1, where this cause's server listens: nothing listens there",
                    0.1,
                )
            )
        if v4_only_listener_behind_a_name(extra) and s.go_dial_v6_loopback:
            out.append(
                Rule(
                    "Go's dialer tries every address of the name and, when all fail, reports the "
                    "first one's error (net/dial.go dialSerial, dialParallel): 'dial tcp [::1]:PORT' "
                    "refused means 127.0.0.1 refused too, so no server listens on IPv4 either",
                    0.2,
                )
            )
        elif v4_only_listener_behind_a_name(extra) and s.asyncio_one_address:
            out.append(
                Rule(
                    "Python's asyncio tries every address of the name in turn and names each one that "
                    "failed ('Multiple exceptions: ...'): ::1 refused alone means ::1 was all it dialled, "
                    "and nothing listened there",
                    0.2,
                )
            )
        elif v4_only_listener_behind_a_name(extra):
            out.append(
                Rule(
                    "the refused address is ::1: the name (localhost) resolved to ::1 first — Node ≥ 17 "
                    "keeps the resolver's order (nodejs/node#40702), curl and wget try ::1 first — while "
                    "the server listens on 127.0.0.1 only",
                    4.0,
                )
            )
    elif refused and s.bun_localhost and not s.v4_loopback and v4_only_listener_behind_a_name(extra):
        out.append(
            Rule(
                "Bun's fetch dials the first address localhost resolves to, ::1 on most systems, and "
                "reports the refusal without the address (oven-sh/bun#6885: 127.0.0.1 answered where "
                "localhost was refused): a server on 127.0.0.1 only",
                3.0,
            )
        )
    elif refused and s.v4_listener and not s.v4_loopback and v4_only_listener_behind_a_name(extra):
        out.append(
            Rule(
                "a refusal while the text shows the server listening on IPv4 (127.0.0.1 or 0.0.0.0): "
                "the client was refused elsewhere, on ::1, where localhost resolves first",
                4.0,
            )
        )
    elif refused and s.v4_loopback and s.v6_listener and v6_only_listener(extra):
        out.append(
            Rule(
                "127.0.0.1 refused while the text shows a server listening on IPv6 only ([::1], "
                ":::PORT): the server bound ::1 (what localhost resolves to first since Node 17) "
                "and the client dialled the IPv4 address",
                4.0,
            )
        )
    elif (
        refused
        and s.v4_loopback
        and s.dialled_localhost
        and not s.every_address_failed
        and v6_only_listener(extra)
    ):
        # Weaker: a client that dialled localhost and names only 127.0.0.1 tried IPv4 alone (Node
        # < 17, a resolver with IPv4 first) or tried ::1 too and was refused there as well; a
        # closed port prints the same.
        out.append(
            Rule(
                "127.0.0.1 refused while the client dialled localhost: a server on ::1 only is one "
                "reading (a client that tried IPv4 alone), a closed port the other",
                1.5,
            )
        )
    if refused_v6 and s.v4_loopback and not s.v6_loopback and not s.v6_listener and v6_only_listener(extra):
        if s.v4_loopback_port in DAEMON_PORTS:
            out.append(
                Rule(
                    f"127.0.0.1 refused on port {s.v4_loopback_port}, a database's or daemon's: such "
                    "servers bind the addresses their configuration names (127.0.0.1, 0.0.0.0), not "
                    "what localhost resolves to, so the daemon is most often not running",
                    0.5,
                )
            )
        elif s.v4_loopback_port in DEV_SERVER_PORTS:
            out.append(
                Rule(
                    f"127.0.0.1 refused on port {s.v4_loopback_port}, a development server's default "
                    "(Vite, Angular CLI, webpack-dev-server, Parcel): these listen on the name "
                    "localhost, which Node >= 17 resolves to ::1 first",
                    1.3,
                    order=True,
                )
            )
        else:
            out.append(
                Rule(
                    "127.0.0.1 refused: a server listening on ::1 alone is one reading, a server "
                    "that is not running the plainer one",
                    0.9,
                    order=True,
                )
            )
    if refused and s.android and s.v4_loopback and v6_only_listener(extra):
        out.append(
            Rule(
                "an Android app refused on 127.0.0.1 (libcore's 'isConnected failed'): the app runs "
                "on the device or emulator, whose own loopback that is, and Android's hosts file gives "
                "localhost 127.0.0.1 alone; the development machine's server is not there",
                0.2,
            )
        )
    if (
        refused
        and s.every_address_failed
        and (v4_only_listener_behind_a_name(extra) or v6_only_listener(extra))
    ):
        out.append(
            Rule(
                "libpq, Go's dialer and Apache HttpClient try every address of localhost and report "
                "a failure only once the last one failed: a server on either loopback family would "
                "have accepted, so the refusal is every family's (the server is not running, or on "
                "another port)",
                0.2,
            )
        )
    if (
        implied & REFUSING
        and s.localhost
        and not (s.v6_loopback or s.v4_loopback)
        and not s.bun_localhost  # (Bun's fetch tries one address and does not print it)
        and (v4_only_listener_behind_a_name(extra) or v6_only_listener(extra))
    ):
        out.append(
            Rule(
                "the client dialled the name localhost and no loopback address is shown: a client that "
                "tries both addresses (Happy Eyeballs: Chromium, curl, Node ≥ 20) reaches a server "
                "listening on either family, so a one-family listener rarely ends in a refusal",
                0.3,
            )
        )
    if s.name_to_loopback and implied & REFUSING:
        if kind == "dns" and extra.get("hosts"):
            out.append(
                Rule(
                    "Go dialled 127.0.0.1 on the URL's own port for a URL that names a site, and "
                    "names no proxy (it says 'proxyconnect' for one): the name resolved to this "
                    "machine, a hosts entry's doing",
                    2.0,
                )
            )
        elif kind == "proxy":
            out.append(Rule("Go names a proxy's dial 'proxyconnect'; this dial was the URL's own", 0.3))
    if refused and s.name_at_zero and kind == "dns" and extra.get("hosts"):
        out.append(
            Rule(
                "a host name was dialled at 0.0.0.0: no DNS server gives a public name that address, a "
                "hosts file or an ad and tracker blocklist does (0.0.0.0 name), so the client "
                "connected to its own machine, where nothing listens on that port",
                4.0,
            )
        )
    if refused and s.localhost_elsewhere and kind == "dns" and extra.get("hosts"):
        out.append(
            Rule(
                "the name localhost resolved to another loopback address than 127.0.0.1 (Debian's "
                "/etc/hosts names the machine's own hostname at 127.0.1.1): a hosts line that gives "
                "localhost that address sends clients where the server, bound to 127.0.0.1, is not",
                4.0,
            )
        )
    elif s.loopback_target and kind == "dns" and extra.get("hosts") and extra.get("host", "") != "localhost":
        hosts_names = str(extra.get("hosts", ""))
        if "localhost" not in hosts_names:
            out.append(
                Rule(
                    "the target is localhost or a loopback address: localhost always resolves to "
                    "loopback (RFC 6761 section 6.3; every distribution's /etc/hosts), so a stale "
                    "hosts entry for another name is not what failed",
                    0.3,
                )
            )
    elif (
        refused
        and kind == "dns"
        and extra.get("hosts")
        and "localhost" not in str(extra.get("hosts", ""))
        and "hosts" not in s.text.lower()
    ):
        out.append(
            Rule(
                "a refusal with nothing pointing at the hosts file: a stale /etc/hosts entry is one "
                "reading, a closed port on the host dialled the plainer one",
                0.7,
                order=True,
            )
        )
    if (
        refused
        and not (s.loopback_target or s.remote_target or s.v6_any or s.v4_any or s.v4_listener)
        and (v4_only_listener_behind_a_name(extra) or v6_only_listener(extra))
    ):
        out.append(
            Rule(
                "the text names no host at all: a server on one loopback family is a localhost "
                "story, a closed port the plainer reading of a bare refusal",
                0.8,
                order=True,
            )
        )
    if s.remote_target and loopback_only_listener(extra):
        out.append(
            Rule(
                "the client dialled another host: in this cause the server listens on a loopback "
                "address only, which nothing but the machine itself can dial (and only through "
                "localhost or a loopback address)",
                0.1,
            )
        )
    # 2. IPv6-only failures show an IPv6 address: clients print the address they tried.
    if (
        fails_over_ipv6(extra)
        and not s.v6_any
        and not s.forced_v6
        and not s.bun_localhost
        and (s.v4_any or not s.v4_listener)
        and (decisive & (REFUSING | {"refused"}) or implied & {"timed-out"})
    ):
        out.append(
            Rule(
                "no IPv6 address in the text: a failure on an IPv6 address is printed with it "
                "(ssh, nc, Node, wget and curl -v name the address they tried)",
                0.5,
            )
        )
    elif (
        not fails_over_ipv6(extra)
        and kind in ("firewall", "route")
        and s.v6_any
        and not s.v4_any
        and not s.v6_listener
        and (decisive & (REFUSING | {"refused", "no-route"}) or implied & {"timed-out"})
    ):
        out.append(
            Rule(
                "the only address in the text is IPv6: the client tried an IPv6 address, and a "
                "failure on an IPv4 address is printed with that one",
                0.5,
            )
        )
    #    The lines that say timed out name IPv4 addresses only, beside IPv6 ones that failed
    #    otherwise (curl's "Immediate connect fail for ADDR6: Network is unreachable"): the timeout
    #    is the IPv4 attempt's, not a failure on IPv6.
    if implied & {"timed-out"} and s.v4_timed_out_only and extra.get("family") == "ipv6":
        out.append(
            Rule(
                "the lines that say timed out name IPv4 addresses only: the IPv6 attempts failed "
                "otherwise, so the timeout is not IPv6's",
                0.5,
            )
        )
    #    A connect to a public IPv6 address that timed out: where a site's IPv6 times out, the
    #    network's IPv6 is most often what is broken (the same AAAA works for everyone else; forcing
    #    IPv4 fixes it), far more often than a filter on the server's IPv6 alone.
    # (a command that forced IPv6, curl -6, tried an IPv6 address whatever the text prints)
    v6_leg = s.v6_public or (s.forced_v6 and s.remote_target)
    if (
        implied & {"timed-out"}
        and v6_leg
        and not s.v4_timed_out_only
        and not s.v6_listener
        and kind == "dns"
        and ipv6_dropped(extra)
    ):
        out.append(
            Rule(
                "a connect to a public IPv6 address timed out: a network whose IPv6 is broken (no "
                "route out, a router that drops it) is the usual reason, the site's IPv4 working; "
                "the lab's clients fell back to IPv4 there (their cells show no timeout), while a "
                "client forced onto IPv6 (curl -6) or without a fallback reports the dropped IPv6 "
                "leg exactly as under an IPv6 DROP",
                10.0,
            )
        )
    #    A unique-local or link-local IPv6 address never leaves its site: when one times out, what
    #    drops it is that site's own filter (a cluster's network policy, a host firewall), not a
    #    path out to the internet that is broken for IPv6.
    if implied & {"timed-out"} and s.v6_site_target and kind == "dns" and ipv6_dropped(extra):
        out.append(
            Rule(
                "the IPv6 address that timed out is a unique-local or link-local one (fc00::/7, "
                "fe80::/10): it never leaves its own network, where a filter is the likelier dropper "
                "than a broken IPv6 path out",
                0.5,
            )
        )
    if (
        implied & {"timed-out"}
        and v6_leg
        and not s.v4_timed_out_only
        and kind == "firewall"
        and extra.get("family") == "ipv6"
    ):
        out.append(
            Rule(
                "a connect to a public IPv6 address timed out: a filter on one server's IPv6 alone is "
                "rarer than a network whose IPv6 is broken",
                0.5,
            )
        )
    #    Refused on an IPv6 address of a network (not ::1): the port is closed on that address; the
    #    IPv4 reading of the cause is the weaker one when no IPv4 address is shown.
    if (
        kind == "server"
        and refused
        and not fails_over_ipv6(extra)
        and s.v6_global
        and not s.v4_any
        and not s.v6_listener
    ):
        out.append(
            Rule(
                "the refused address is IPv6 (not ::1) and no IPv4 address is shown: the port is "
                "closed on the IPv6 address the client tried",
                0.5,
            )
        )
    # 3. A loopback target is always routed (the kernel's local table): no route, neighbour or
    #    ARP failure can stop it; firewall rule sets accept loopback traffic first (ufw's
    #    before.rules: -A ufw-before-input -i lo -j ACCEPT).
    if s.loopback_target:
        if kind == "route":
            out.append(
                Rule(
                    "the target is a loopback address or localhost, which the kernel always routes "
                    "locally: a missing route, a route type or an unanswered ARP cannot stop it",
                    0.05,
                )
            )
        elif kind == "firewall":
            out.append(
                Rule(
                    "the target is loopback: common firewall rule sets accept loopback traffic first "
                    "(ufw's before.rules '-i lo -j ACCEPT'), so a refusal there is most often a closed "
                    "port",
                    0.8,
                    order=True,
                )
            )
    elif kind == "firewall" and decisive == {"refused"}:
        out.append(
            Rule(
                "a refusal reads the same from a closed port and from a REJECT rule answering with "
                "port-unreachable or a reset; ports with nothing behind them are far more common",
                0.9,
                order=True,
            )
        )
    #    A connect that failed with its reason hidden (curl 8's "Couldn't connect to server", which
    #    no longer prints the errno): every refusal and every unreachable fits; the plainer readings
    #    first, as for a refusal (a closed port, then a REJECT rule, then a route or a host that is
    #    off, then a stale hosts entry).
    if decisive == {"connect-failed"} and not s.loopback_target and not s.elsewhere:
        hidden = {"firewall": 0.9, "route": 0.8}.get(kind) or (
            0.7
            if kind == "dns" and extra.get("hosts")
            else 0.8
            if kind == "dns" and extra.get("listen")
            else 1.0
        )
        if hidden < 1.0:
            out.append(
                Rule(
                    "the text hides why the connect failed (curl 8 prints no errno): a closed port is "
                    "the commonest reason, then a REJECT rule, then a route, a host that is off or a "
                    "server on the other loopback family",
                    hidden,
                    order=True,
                )
            )
    #    A large public service's SSH port (github.com:22) refused: it listens, for every user;
    #    ssh goes through no HTTP proxy, so a firewall on the way rejected it (campus and company
    #    networks block outgoing SSH, GitHub's docs offer ssh.github.com:443 for them).
    if refused and s.public_ssh and kind == "server":  # (the closed ports: the others never refuse)
        out.append(
            Rule(
                "refused on port 22 of a large public service (github.com), whose SSH port listens "
                "for everyone: a firewall on the way rejected the connection",
                0.3,
            )
        )
    # 4. A proxy's failure names the proxy (curl 'CONNECT tunnel failed'/'proxy', Firefox 'The proxy
    #    server ...', Squid's pages); without any mention of one, a proxy cause is a guess.
    if (
        kind == "proxy"
        and not s.proxy
        and not (implied & {"proxy-failed", "gateway-error", "http-status"})
        and not s.elsewhere
        and not s.proxy_port  # a local proxy's default port names one
        and not s.public_site
    ):
        out.append(Rule("the text names no proxy (no 'proxy', CONNECT, tunnel or 407)", 0.3))
    # A client that goes through a proxy connects to the proxy, never to the server: a failed
    # connect in a text that shows the proxy in use (curl -v "Uses proxy env variable", "via
    # proxy", "Failed to connect to proxy") is the proxy's own port.
    if (
        kind == "proxy"
        and "connect-failed" in implied
        and _has(s.text.lower(), "prox", "err_proxy", "代理")
        and _re(_PROXY_IN_USE).search(s.text)
    ):
        out.append(
            Rule(
                "the text shows a proxy in use and a connect that failed: a client behind a proxy "
                "connects to the proxy only, so the refused or unreachable port is the proxy's",
                2.0,
            )
        )
    elif kind == "proxy" and "connect-failed" in implied and s.proxy_port:
        out.append(
            Rule(
                f"the connect that failed went to port {s.proxy_port}, a local proxy's default "
                "(Clash, v2rayN, Privoxy, Squid, Shadowsocks, Tor): a proxy setting left behind "
                "after the proxy stopped",
                2.0,
            )
        )
    elif kind == "proxy" and "connect-failed" in implied and s.public_site and not s.loopback_target:
        out.append(
            Rule(
                "refused while reaching a large public service (github.com, a package registry), "
                "whose HTTPS port is never closed: the refusal came from this side, most often a "
                "proxy setting whose proxy is no longer running",
                2.0,
            )
        )
    elif kind == "proxy" and "connect-failed" in implied and s.elsewhere:
        out.append(
            Rule(
                "the connect that failed went to another host than the URL's (git or curl fetching "
                "https://github.com/... fails to connect to 127.0.0.1:8118): a client sends its "
                "requests to a proxy, whose port is the one that refused or did not answer",
                2.0,
            )
        )
    if (
        extra.get("proxy_scheme") == "https"
        and implied & {"tls-failed", "proxy-failed"}
        # (Composer logs the PHP stream proxy it sets: "$options['http']['proxy'] to ssl://HOST:PORT")
        and _re(
            r"(?:--proxy|-x|proxy\s*[=:]|_proxy\s*=|unsupported proxy|\['proxy'\] to)\s*['\"]?(?:https|ssl)://"
        ).search(s.text)
    ):
        out.append(
            Rule(
                "the proxy URL is https://: the client speaks TLS to the proxy, and a proxy that "
                "speaks plain HTTP on its port answers with text the TLS layer reads as a wrong "
                "version (curl --proxy: an https:// proxy is TLS to the proxy itself)",
                3.0,
            )
        )
    # A client that rejects the proxy URL itself (curl's exit 4 "Unsupported proxy", Bazel's "is not
    # a valid URL", .NET's "does not support proxies with the https scheme") stopped before any
    # connection, and one that spoke the URL's protocol to a proxy of another kind (PySocks'
    # "Expected 05 got 48", SOCKS to an HTTP proxy) got no status: no proxy refused it or answered
    # with a status; the URL's scheme is the fault.
    if "proxy-url-unusable" in implied and kind == "proxy":
        if extra.get("proxy_scheme") == "https":
            out.append(
                Rule(
                    "the proxy URL's scheme does not fit: a proxy variable with a scheme the client "
                    "does not speak (https://, socks5://) or none, or another protocol than the proxy's",
                    3.0,
                )
            )
        else:
            out.append(
                Rule(
                    "the proxy URL's scheme does not fit (rejected before connecting, or another "
                    "protocol than the proxy's): no proxy refused, denied or asked for credentials",
                    0.05,
                )
            )
    # 5. A port forwarder with nothing behind it (docker-proxy, kubectl port-forward) accepts, then
    #    closes or resets: research failures.md "Port forwarders and resets" (moby/moby
    #    cmd/docker-proxy: curl 52 'Empty reply from server', curl 56 'Connection reset by peer').
    #    An HTTP server answers a request, even a bad one, with a status: an HTTP client that gets
    #    no reply at all right after connecting is most often talking to such a forwarder.
    if kind == "forward" and decisive & CLOSING and s.server_spoke:
        out.append(
            Rule(
                "the server said why it closed (its connection limit, a host it does not serve, "
                "Redis' protected mode): a server that accepts and closes, not a forwarder with "
                "nothing behind it, which has no words",
                0.2,
            )
        )
    elif kind == "forward" and decisive & CLOSING:
        if s.forward:
            out.append(
                Rule(
                    "the text names a container, a published port or a port forward: a forwarder "
                    "with nothing behind it closes or resets the connection it accepted",
                    3.0,
                )
            )
        elif http_client and not s.remote_target:
            # An order within the tie (below 1/TIE), not a separation: the words are the same.
            # (Not for a remote host's name or address: forwarders with nothing behind them are
            # mostly a container's published port or a port-forward on this machine, and a site
            # that resets, a middlebox on the path, a corporate or national firewall, is likelier.)
            # (On loopback, after "connected", more so: what listens there and then hangs up on a
            # request is mostly docker-proxy or a port-forward, a dev server bound inside them.)
            out.append(
                Rule(
                    "an HTTP client got no reply at all: an HTTP server answers even a bad request "
                    "with a status, a port forwarder with no backend (docker-proxy) closes or resets",
                    1.5 if s.loopback_target and "connected" in decisive else 1.3,
                    order=True,
                )
            )
        elif s.remote_target:
            # (the same reason the other way: a forwarder is named nowhere and the host is remote)
            out.append(
                Rule(
                    "the connection went to a remote host and the text mentions no container or "
                    "port forward: a server, or a middlebox on the way, that closes is likelier",
                    0.8,
                    order=True,
                )
            )
    if kind == "server" and decisive & CLOSING and s.forward:
        out.append(
            Rule("the text names a container or a forwarded port: its forwarder is the likelier closer", 0.5)
        )
    #    A ping or a capture that names the ICMP code itself says which REJECT type answered.
    if s.icmp_prohibited and kind == "firewall" and "prohibited" in str(extra.get("rules", "")):
        named = "admin-prohibited" if s.icmp_prohibited == "admin" else "host-prohibited"
        out.append(
            Rule(
                f"the text names the ICMP code, {named} "
                f"({'code 13' if s.icmp_prohibited == 'admin' else 'code 10'}): "
                "the REJECT type that answered",
                3.0
                if named.replace("admin", "adm") in str(extra.get("rules", "")).replace("admin", "adm")
                else 0.3,
            )
        )
    # 6. "No route to host" from a live host: firewalld's default REJECT (iptables backend) is
    #    icmp-host-prohibited (firewalld#746; research failures.md "Firewalls").
    if "no-route" in decisive and kind == "firewall" and "host-prohibited" in str(extra.get("rules", "")):
        out.append(
            Rule(
                "firewalld's default reject (iptables backend) is icmp-host-prohibited, which the "
                "client reports as 'No route to host' (firewalld#746, #1452)",
                1.5,
                order=True,
            )
        )
    # 7. Words that name the likelier of two causes whose outputs are the same (an order, not a
    #    separation). "Signed by unknown authority" / "unable to get local issuer" name an issuer
    #    the client lacks, which is a private or inspecting CA's case; a self-signed leaf is named
    #    as such by the clients that can tell (OpenSSL's "self-signed certificate", curl 60), Go's
    #    x509 says "unknown authority" for both.
    leans_self_signed = extra.get("certificate") == "self-signed" and "cert-self-signed" not in implied
    if leans_self_signed and "cert-wrong-host" in implied and "cert-untrusted" in implied:
        # (an inspecting proxy and a private CA issue for the name asked; a machine's own
        # certificate names the machine: "only valid for localhost.localdomain")
        out.append(
            Rule(
                "the certificate is refused for its issuer and for its name: a certificate the machine "
                "made for itself, under its own name, is the usual one that fails both",
                1.3,
                order=True,
            )
        )
    elif (
        leans_self_signed
        and s.private_target
        and "cert-problem" in implied
        and not implied & {"cert-unknown-ca", "cert-expired", "cert-wrong-host"}
    ):
        out.append(
            Rule(
                "the host is on a private network (192.168.x.y, 10.x.y.z, a .local name): a NAS, an "
                "appliance or a home server serves the self-signed certificate it made itself, and "
                "CAs, private ones too, mostly issue for names",
                1.2,
                order=True,
            )
        )
    elif (
        leans_self_signed
        and s.own_service_port
        and not s.proxy  # (a proxy's port: an inspecting proxy's CA is the likelier)
        and "cert-problem" in implied
        and not implied & {"cert-untrusted", "cert-unknown-ca", "cert-expired", "cert-wrong-host"}
    ):
        out.append(
            Rule(
                "the certificate was not accepted, no reason given, on a port of a service people "
                "run themselves (Home Assistant's 8123, a controller's 8443, IMAPS' 993), not "
                "HTTPS' 443: such services mostly serve the self-signed certificate they made",
                1.2,
                order=True,
            )
        )
    elif (
        leans_self_signed
        and s.sql_server
        and "cert-untrusted" in implied
        and "cert-unknown-ca" not in implied
    ):
        # SQL Server encrypts with a self-signed certificate it makes at startup when none was
        # provisioned, and ODBC Driver 18 and Microsoft.Data.SqlClient 4.0 turned encryption on by
        # default (Encrypt=Mandatory, TrustServerCertificate=no): their "issued by an authority
        # that is not trusted" is most often that certificate.
        out.append(
            Rule(
                "SQL Server's driver refused the certificate: a server with no certificate provisioned "
                "encrypts with one it signed itself at startup, and the drivers encrypt by default "
                "since ODBC Driver 18 and SqlClient 4.0",
                1.3,
                order=True,
            )
        )
    elif (
        leans_self_signed
        and implied & {"cert-untrusted", "cert-unknown-ca"}
        and _re(r"unknown (?:authority|ca)\b|local issuer|issuer certificate").search(s.text)
    ):
        out.append(
            Rule(
                "the text names an unknown issuer, not a self-signed certificate: a private or "
                "TLS-inspecting CA is the likelier cause of 'unknown authority'",
                0.8,
                order=True,
            )
        )
    elif (
        leans_self_signed and implied & {"cert-untrusted", "cert-unknown-ca"} and "self" not in s.text.lower()
    ):
        # .NET's UntrustedRoot, Ruby's "Could not verify the SSL certificate", git's "server
        # certificate verification failed", macOS's "certificate is not trusted": the same words for
        # both; a self-signed leaf is one case of an issuer the client does not know.
        out.append(
            Rule(
                "the text says the certificate is not trusted without saying self-signed: an issuer "
                "the client lacks (a private or TLS-inspecting CA) is the wider reading",
                0.9,
                order=True,
            )
        )
    #    A TLS-inspecting product named beside a TLS failure (its name in the chain or the issuer
    #    a client quotes: "i: Zscaler Intermediate Root CA", "Issuer: ..., Fortinet Ltd."): the
    #    certificate was the product's, issued by a CA the client was not given.
    if s.inspector and "tls-failed" in implied and extra.get("certificate") == "untrusted-ca":
        out.append(
            Rule(
                "the text names a TLS-inspecting product (Zscaler, FortiGate, Netskope, Blue Coat, "
                "Forcepoint, Cisco Umbrella): the certificate was its own, from a CA the client lacks",
                2.0,
            )
        )
    #    A clock that reads 1970 or 2000 (a board without a battery-backed clock, before NTP: `date`
    #    pasted beside the error): every certificate is "not yet valid", whatever the words say.
    if s.clock_unset and "cert-problem" in implied and extra.get("certificate") == "expired":
        out.append(
            Rule(
                "the text shows this machine's clock at 1970 or 2000 (a board that keeps no time "
                "before NTP): every certificate is outside its validity dates",
                5.0,
            )
        )
    #    GnuTLS's "server certificate verification failed" (git and curl on Debian and Ubuntu) gives
    #    no reason; for a large public service, whose certificate any current root store trusts
    #    and which is renewed on time, a device's wrong clock or an old root store is the reason.
    elif (
        s.public_name
        and extra.get("certificate") == "expired"
        and "server certificate verification failed" in s.text.lower()
    ):
        out.append(
            Rule(
                "GnuTLS names no reason, and a large public service's certificate is trusted by any "
                "current root store and renewed on time: this machine's clock (or an expired root "
                "in an old store) is the likelier reason",
                1.3,
                order=True,
            )
        )
    #    A bare "handshake failed" (.NET's "The SSL connection could not be established", SSSD's
    #    "ldap_install_tls failed", Chrome's ERR_SSL_PROTOCOL_ERROR): clients name a certificate they
    #    refused; a handshake that failed without one is the protocol's, a server that does not
    #    speak TLS or one whose versions the client does not share.
    if (
        decisive == {"tls-failed"}
        and kind == "tls"
        and (extra.get("certificate") not in (None, "trusted") or extra.get("certificate_for"))
    ):
        out.append(
            Rule(
                "the text says the TLS handshake failed and names no certificate: clients name a "
                "certificate they refused, so a plain server or a version mismatch is likelier",
                0.7,
                order=True,
            )
        )
    #    A certificate "not accepted" with no reason (gRPC's CERTIFICATE_VERIFY_FAILED, Python's
    #    bare "certificate verify failed"): an issuer missing from the client's store (a private
    #    or TLS-inspecting CA, an old bundle) is the commonest reason; an expired or misnamed
    #    certificate is usually named as such.
    cert_kinds = {"cert-untrusted", "cert-unknown-ca", "cert-self-signed", "cert-expired", "cert-wrong-host"}
    other_certificate = extra.get("certificate") in ("self-signed", "expired") or extra.get("certificate_for")
    if (
        "cert-problem" in implied
        and not implied & cert_kinds
        and other_certificate
        and not (
            (s.private_target or (s.own_service_port and not s.proxy))
            and extra.get("certificate") == "self-signed"
        )
    ):
        out.append(
            Rule(
                "the text says the certificate was not accepted, not why: an issuer the client "
                "lacks (a private or TLS-inspecting CA) is the commonest reason",
                0.9 if extra.get("certificate") == "self-signed" else 0.8,
                order=True,
            )
        )
    #    A certificate shown with its issuer the same as its subject signed itself: it is
    #    self-signed whatever words the refusal used ("authority invalid", "unknown issuer").
    if (
        s.subject_is_issuer
        and "cert-problem" in implied
        and not s.inspector
        and not decisive & {"cert-wrong-host", "cert-expired"}
    ):
        out.append(
            Rule(
                "the certificate shown names itself as its issuer (Subject and Issuer alike): it "
                "signed itself, which is what a self-signed certificate is",
                3.0 if extra.get("certificate") == "self-signed" else 0.5,
            )
        )
    #    "No route to host" to a 192.168.x.y address: home and office LANs are numbered so, and a
    #    device there that does not answer ARP (switched off, unplugged, renumbered by DHCP) is the
    #    common case; firewalld's REJECT is a server's (and containers' networks are 172.16/12).
    if "no-route" in decisive and extra.get("route") == "neighbour" and s.home_lan:
        out.append(
            Rule(
                "the address is on a 192.168.x.y LAN: a device there that does not answer ARP "
                "(switched off, unplugged, given another address) reads 'No route to host'",
                2.0,
            )
        )
    #    ping's "Destination Host Unreachable" is an ICMP host unreachable: the last hop's ARP went
    #    unanswered ("From <own address>": this machine's). A REJECT answers ping with its own type
    #    (Destination Host Prohibited, Packet filtered), unless it rejects with host-unreachable.
    if "no-route" in decisive and s.ping_host_unreachable:
        if extra.get("route") == "neighbour":
            out.append(
                Rule(
                    "ping says 'Destination Host Unreachable': an ICMP host unreachable, sent when the "
                    "last hop's ARP for the address went unanswered (a host that is off or absent)",
                    3.0,
                )
            )
        elif kind == "firewall" and "host-unreachable" not in str(extra.get("rules", "")):
            out.append(
                Rule(
                    "ping says 'Destination Host Unreachable': a REJECT answers ping with its own ICMP "
                    "type (Destination Host Prohibited, Packet filtered), not this one",
                    0.3,
                )
            )
    #    "Host is down" (EHOSTDOWN) is what BSD and macOS report when ARP for the address went
    #    unanswered (Linux says EHOSTUNREACH there); the lab's Linux clients never print it.
    if s.host_is_down and extra.get("route") == "neighbour":
        out.append(
            Rule(
                "'Host is down' (EHOSTDOWN) is BSD's and macOS's word for an address whose ARP went "
                "unanswered: a host that is off or absent on the local network",
                3.0,
            )
        )
    #    Routes of type unreachable or prohibit are written by hand (ip route add unreachable ...);
    #    a REJECT rule or a host that does not answer ARP prints the same and is far more common.
    if "no-route" in decisive and extra.get("route") in ("unreachable", "prohibit"):
        out.append(
            Rule(
                "a route of type unreachable or prohibit is set by hand and rare; a firewall's REJECT "
                "or a host that does not answer ARP reads the same",
                0.7,
                order=True,
            )
        )
    #    "Network is unreachable" from connect() is most often the sender's own routing table: no
    #    default route, or an IPv6 address tried on a host with no IPv6 route (ENETUNREACH at once,
    #    no packet; research failures.md "Route types"). A firewall that answers with ICMP
    #    net-unreachable is the unusual case (iptables' default REJECT is port-unreachable,
    #    firewalld's host- or admin-prohibited) — unless ping quotes the ICMP error another host sent.
    if "net-unreachable" in decisive and extra.get("route") == "none":
        if s.icmp_from:
            out.append(
                Rule(
                    "ping quotes an ICMP error another host sent ('Reply from ADDR: Destination net "
                    "unreachable'): a missing route is reported by the sender itself, no packet leaves",
                    0.3,
                )
            )
        elif not _smtp_blocked(s):
            out.append(
                Rule(
                    "'Network is unreachable' is most often the sender's own routing table (no default "
                    "route; an IPv6 address on a host without IPv6 routes), rarely a REJECT with ICMP "
                    "net-unreachable (iptables rejects with port-unreachable, firewalld with prohibited)",
                    2.0,
                    order=True,
                )
            )
    #    "No route to host" on a public IPv6 address: the site's IPv6 is reachable from everywhere
    #    else, so the network's own IPv6 is what is broken (an address and no working route out);
    #    without an IPv6 address in the text it is a REJECT, a route or a neighbour, as for IPv4.
    if "no-route" in decisive and kind == "dns" and ipv6_dropped(extra):
        # (not an ICMP error a router sent back, which ping quotes: that path reached the router)
        if s.v6_public and not s.v4_any and not s.icmp_from:
            out.append(
                Rule(
                    "'No route to host' on a public IPv6 address and no IPv4 address tried: a network "
                    "that hands out IPv6 addresses without a working IPv6 route out, while the name's "
                    "IPv4 address works (forcing IPv4 fixes it); the lab's clients fell back to IPv4 "
                    "there, so their cells cannot weigh a client that does not",
                    8.0,
                )
            )
        else:
            out.append(
                Rule(
                    "'No route to host' with no public IPv6 address in the text: a REJECT, a route or "
                    "a neighbour that does not answer, not a broken IPv6 path",
                    0.05,
                )
            )
    #    A close or reset is the TLS port spoken to in plain only where a TLS-only port is named
    #    (the lab's nginx says so in words; Elasticsearch 8 and Azure Redis just close or reset).
    if (
        extra.get("kind") == "tls"
        and extra.get("service") == "http"
        and decisive & (CLOSING | {"transfer-timed-out"})
        and "plain-http-to-tls" not in implied
    ):
        if decisive & {"transfer-timed-out"} and not s.no_greeting:
            out.append(
                Rule(
                    "a read that timed out is this cause only for a client waiting for a server that "
                    "speaks first (a mail server's greeting) on a TLS-only port",
                    0.05,
                )
            )
        elif s.no_greeting and not s.says_tls:
            out.append(
                Rule(
                    "a mail client got no greeting (Nodemailer's 'Greeting never received', smtplib's "
                    "SMTPServerDisconnected, a Ruby mailer's EOFError): on an implicit-TLS port "
                    "(465, 993, 995) the server waits for the client's TLS hello while the client "
                    "waits for its greeting",
                    3.0,
                )
            )
        elif s.tls_port_in_plain:
            out.append(
                Rule(
                    "the port named speaks only TLS (HTTPS, LDAPS, IMAPS, Elasticsearch 8's 9200, "
                    "Azure Redis' 6380 ...) and no https:// URL is used: a plain request there is "
                    "closed or reset",
                    3.0,
                )
            )
        else:
            out.append(
                Rule(
                    "nothing says the port speaks TLS: a close or reset is this cause only where a "
                    "TLS-only port is spoken to in plain (nginx names it in words)",
                    0.2,
                )
            )
    #    An MTU black hole is a link on the path with a smaller MTU that drops big packets: a
    #    connection over loopback or a unix socket (nginx's upstream "fastcgi://127.0.0.1:9000",
    #    "uwsgi://unix:/tmp/uwsgi.sock") has no such link, and its read timeout is a silent server.
    if extra.get("drop_larger_than") and (
        s.loopback_target
        or (_has(s.text.lower(), "upstream", "unix:/") and _re(_LOCAL_UPSTREAM).search(s.text))
    ):
        out.append(
            Rule(
                "the connection is over loopback or a unix socket: no link on it can drop big "
                "packets, so a read that timed out is a server that did not answer",
                0.2,
            )
        )
    #    A read that timed out with no handshake, tunnel or container in sight: a black hole
    #    stalls the first big packet (the server's certificate in a TLS handshake, Go's "TLS
    #    handshake timeout"), on paths through tunnels and container networks; a plain read timeout
    #    is more often a server that did not answer. Read entries: 11 silent servers to 4 black holes
    #    without those words, 0 to 10 with them.
    elif extra.get("drop_larger_than") and decisive == {"transfer-timed-out"} and not s.handshake_or_tunnel:
        out.append(
            Rule(
                "a read timed out, with no handshake, tunnel or container network in the text: a "
                "server that did not answer is commoner than a path that drops big packets",
                0.7,
                order=True,
            )
        )
    #    Chromium answers a CONNECT's 407 with its credentials prompt (ERR_PROXY_AUTH_REQUESTED when
    #    it has none) and any other refusal of the tunnel with ERR_TUNNEL_CONNECTION_FAILED
    #    (net/http/http_proxy_client_socket.cc, DoReadHeadersComplete).
    if extra.get("proxy") == "basic-auth" and "err_tunnel_connection_failed" in s.text.lower():
        out.append(
            Rule(
                "Chromium reports a proxy's 407 as an authentication request, not as "
                "ERR_TUNNEL_CONNECTION_FAILED (its word for any other refusal of the CONNECT)",
                0.3,
            )
        )
    if (
        "net-unreachable" in decisive
        and "net-unreachable" in str(extra.get("rules", ""))
        and _smtp_blocked(s)
    ):
        out.append(
            Rule(
                "a mail client's 'Network is unreachable' on an IPv4 path: hosting providers that "
                "block outgoing SMTP reject it with ICMP net-unreachable (PHPMailer's maintainers "
                "answer this line so), a server that sends mail has a default route",
                1.5,
                order=True,
            )
        )
    elif (
        "net-unreachable" in decisive and "net-unreachable" in str(extra.get("rules", "")) and not s.icmp_from
    ):
        # The order above cannot outweigh a client's line: the lab's curl 7.74 words a connect
        # that fails at once ("Immediate connect fail", the missing route) apart from one that
        # fails on an ICMP error, and a paste's wording depends on the client's version and system.
        out.append(
            Rule(
                "a REJECT with ICMP net-unreachable is written on purpose (--reject-with "
                "icmp-net-unreachable) and rare in the wild; a missing route prints the same words",
                0.3,
            )
        )
    #    UDP that got no answer: a service that reads a request and never replies is a broken one;
    #    a filter on the way is what the clients' own messages point at (mosh: "Please verify that
    #    UDP port N is not firewalled"; ntpdate's FAQ: UDP 123 blocked).
    #    (Not on loopback, which common rule sets accept first: there a silent service is likelier.)
    if "udp-unanswered" in decisive and kind == "firewall" and not s.loopback_target:
        out.append(
            Rule(
                "UDP got no answer: a filter dropping the datagrams is the usual reason (mosh's own "
                "message says to check the firewall); a server that reads and never replies is rare",
                1.3,
                order=True,
            )
        )
    #    A container whose resolv.conf names a loopback resolver (the host's systemd-resolved stub,
    #    127.0.0.53, copied in): nothing listens there inside the container's own namespace.
    if (
        kind == "dns"
        and extra.get("resolver") == "absent"
        and implied & {"name-resolution-failed"}
        and s.loopback_resolver
        and s.forward
    ):
        out.append(
            Rule(
                "a container whose resolv.conf names a loopback resolver (127.0.0.53, the host's "
                "systemd-resolved stub): inside the container's own network nothing listens there",
                3.0,
            )
        )
    #    A name its provider publishes with an IPv6 address only, timed out: without an A record
    #    it has no IPv4 to fall back to, which a broken-IPv6 cause (a working A record beside a
    #    dropped AAAA) has by definition.
    if (
        s.v6_only_name
        and kind == "dns"
        and ipv6_dropped(extra)
        and extra.get("listen")
        and "timed-out" in implied
    ):
        out.append(
            Rule(
                f"the host is one its provider publishes with an IPv6 address only ({_V6_ONLY_NAMES}): "
                "there is no IPv4 address to fall back to, so this is not IPv6 broken beside IPv4",
                0.3,
            )
        )
    #    A name its provider publishes with an IPv6 address only (_V6_ONLY_NAME), not found: it
    #    exists, and an IPv4-only lookup of it comes back empty.
    if kind == "dns" and s.v6_only_name and "name-resolution-failed" in implied:
        if extra.get("answer") == "nodata":
            out.append(
                Rule(
                    f"the name is one its provider publishes with an IPv6 address only ({_V6_ONLY_NAMES}): "
                    "it exists, and a lookup for IPv4 finds no address",
                    4.0,
                )
            )
        elif extra.get("answer") == "nxdomain":
            out.append(Rule("the name exists: its provider publishes it, with an IPv6 address only", 0.5))
    #    ... and reached but not connected: the client had its IPv6 address and no route to it (a
    #    network without IPv6, what Supabase's docs answer with their IPv4 pooler).
    elif (
        s.v6_only_name
        and extra.get("route") == "none"
        and "connect-failed" in implied
        and not implied & {"refused", "reset", "connection-lost"}
    ):
        out.append(
            Rule(
                f"the host is one its provider publishes with an IPv6 address only ({_V6_ONLY_NAMES}): "
                "a network without IPv6 has no route to it",
                3.0,
            )
        )
    #    Erlang's resolver answers nxdomain whenever the family it asked for has no address
    #    (erlang/otp#3326: inet:gethostbyname of an IPv4-only name, asked for IPv6, gives
    #    {error,nxdomain}); Hex, httpc and Postgrex ask for IPv4 alone ({:inet, [:inet], ...}), so a
    #    name published with an IPv6 address only reads as nxdomain to them.
    elif kind == "dns" and s.erlang_nxdomain and "name-not-found" in implied:
        if extra.get("answer") == "nodata":
            out.append(
                Rule(
                    "Erlang's nxdomain says the family asked for (IPv4, for Hex, httpc and Postgrex) "
                    "has no address, which a name with an IPv6 address only gives too (erlang/otp#3326)",
                    3.0,
                    order=True,
                )
            )
        elif extra.get("answer") == "nxdomain":
            out.append(
                Rule(
                    "Erlang says nxdomain for a name without an address of the family asked too",
                    0.5,
                    order=True,
                )
            )
    #    A single-label name that failed "temporarily" (Node's "getaddrinfo EAI_AGAIN bullrich"):
    #    systemd-resolved does not send single-label names to DNS servers (ResolveUnicastSingleLabel
    #    is off by default) and answers SERVFAIL or REFUSED itself (systemd/systemd#34101, which
    #    c-ares#863 works around), so a name that exists nowhere reads as a resolver's failure.
    if kind == "dns" and s.single_label_again and "name-temporary-failure" in implied:
        if extra.get("answer") == "nxdomain":
            out.append(
                Rule(
                    "the name is a single label (no dot): systemd-resolved answers such names itself, "
                    "with SERVFAIL, which reads as a temporary failure; the name exists nowhere",
                    10.0,
                )
            )
        elif extra.get("answer") in ("servfail", "refused", "drop") or extra.get("resolver") == "absent":
            out.append(
                Rule(
                    "the name is a single label (no dot), which systemd-resolved fails itself without "
                    "asking any DNS server: the resolver did not fail, the name is not a DNS name",
                    0.15,
                )
            )
    #    A DNS blocklist's zone that will not answer (_DNSBL_ZONES): the list refused the query.
    if kind == "dns" and s.dnsbl and "name-temporary-failure" in implied and extra.get("answer") == "refused":
        out.append(
            Rule(
                "a DNS blocklist's zone (Spamhaus, Barracuda, dnswl.org ...): the lists refuse queries "
                "from large public resolvers and unregistered users, which a mail server's resolver "
                "reports as a temporary failure",
                3.0,
            )
        )
    #    A name that did not resolve, no reason given (curl's "Could not resolve host", Go's "no such
    #    host" read as a family): the name that does not exist (a typo, a record never made) is the
    #    commonest reason; the resolver's own failures come after.
    if (
        kind == "dns"
        and decisive == {"name-resolution-failed"}
        and (
            extra.get("answer") in ("nodata", "servfail", "refused", "drop")
            or extra.get("resolver") == "absent"
        )
    ):
        out.append(
            Rule(
                "the text says only that the name did not resolve: a name that does not exist is the "
                "commonest reason, the resolver's own failures rarer",
                0.9,
                order=True,
            )
        )
    #    A name that did not resolve, no reason given, where the name is a large public service's
    #    (github.com, a package registry): such names exist, so the resolver failed, not the name.
    if (
        kind == "dns"
        and extra.get("answer") in ("nxdomain", "nodata")
        and decisive == {"name-resolution-failed"}
        and s.public_name
    ):
        out.append(
            Rule(
                "the name that did not resolve is a large public service's (github.com, a package "
                "registry), which exists: the resolver failed, not the name",
                0.3,
            )
        )
    elif kind == "dns" and decisive == {"name-resolution-failed"} and s.public_name:
        absent = 1.1 if extra.get("resolver") == "absent" else 1.0
        unreached = 1.2 if extra.get("answer") == "drop" else absent
        if unreached > 1.0:
            out.append(
                Rule(
                    "a public name that did not resolve: a resolver that could not be reached (no "
                    "answer, none configured) is the commonest failure, an answer of SERVFAIL or "
                    "REFUSED rarer",
                    unreached,
                    order=True,
                )
            )
    #    EAI_AGAIN ("Temporary failure in name resolution") with no resolver status named: glibc
    #    says it when no answer came at all as well as for SERVFAIL; a resolver that cannot be
    #    reached (no network, a firewall, a dead stub) needs nothing else to go wrong.
    if (
        kind == "dns"
        and extra.get("answer") == "drop"
        and "name-temporary-failure" in implied
        and not implied
        & {"name-server-failed", "name-refused-rcode", "name-servfail-rcode", "name-server-refused"}
    ):
        out.append(
            Rule(
                "a temporary name failure with no resolver status named: most often no answer came "
                "at all (the resolver was not reached)",
                1.6,
                order=True,
            )
        )
    return out
