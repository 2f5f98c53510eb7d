"""What the tls and proxy kinds share in the lab: the lab CA and its certificates, nginx, and
the .test names in /etc/hosts.

The CA is made at lab start (python3-cryptography), never committed: every lab has its own, and
the runner installs it into the client container it pairs with (runner/kinds/labca.py). Keys stay
small and few, because every pod makes them: EC keys for the CAs, one RSA key for all server
certificates (RSA, so that a server's first flight is larger than an MTU black hole lets through).
"""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import threading

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

DIR = "/run/netmatrix-lab"
CA_PEM = f"{DIR}/ca.pem"
HOSTS = "/etc/hosts"  # shared with the client container (Docker's container network mode)
EXPIRED = (dt.datetime(2020, 1, 1), dt.datetime(2020, 2, 1))  # what tls-expired's certificate says
_lock = threading.Lock()
_made: dict[str, object] = {}


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "netmatrix lab"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _write(path: str, data: bytes) -> str:
    with open(path, "wb") as f:
        f.write(data)
    os.chmod(path, 0o600)
    return path


def _ca(cn: str) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.utcnow()
    cert = (x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(_name(cn))
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                         content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False,
                                         encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    return cert, key


def _setup() -> dict:
    os.makedirs(DIR, mode=0o755, exist_ok=True)
    ca, ca_key = _ca("netmatrix lab CA")
    rogue, rogue_key = _ca("netmatrix unknown CA")
    leaf_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    with open(CA_PEM, "wb") as f:
        f.write(ca.public_bytes(serialization.Encoding.PEM))
    _write(f"{DIR}/server.key", leaf_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption()))
    return {"ca": (ca, ca_key), "untrusted-ca": (rogue, rogue_key), "leaf": leaf_key}


def lab() -> dict:
    with _lock:
        if not _made:
            _made.update(_setup())
        return _made


def certificate(kind: str, name: str) -> tuple[str, str]:
    """(certificate chain file, key file) for a server named `name`:
    kind is trusted, self-signed, expired or untrusted-ca."""
    made = lab()
    leaf_key = made["leaf"]
    now = dt.datetime.utcnow()
    start, end = (EXPIRED if kind == "expired"
                  else (now - dt.timedelta(days=1), now + dt.timedelta(days=30)))
    if kind == "self-signed":
        issuer_cert, issuer_key = None, leaf_key
        issuer = _name(name)
    else:
        issuer_cert, issuer_key = made["untrusted-ca" if kind == "untrusted-ca" else "ca"]
        issuer = issuer_cert.subject
    cert = (x509.CertificateBuilder().subject_name(_name(name)).issuer_name(issuer)
            .public_key(leaf_key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(end)
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]),
                           critical=False)
            .sign(issuer_key, hashes.SHA256()))
    # The server sends its own certificate only: the chain ends at the (trusted or not) root.
    path = _write(f"{DIR}/{kind}-{name}.pem", cert.public_bytes(serialization.Encoding.PEM))
    return path, f"{DIR}/server.key"


def add_hosts(names: list[str]) -> None:
    """Resolve names to the lab's loopback, in place (/etc/hosts is a bind mount: never replace it)."""
    with _lock:
        with open(HOSTS) as f:
            known = {w for line in f for w in line.split()[1:] if not line.startswith("#")}
        new = [n for n in dict.fromkeys(names) if n not in known]
        if new:
            with open(HOSTS, "a") as f:
                f.writelines(f"127.0.0.1\t{n}\n" for n in new)


def nginx(name: str, servers: list[str]) -> None:
    """Start an nginx (its own configuration and pid file) with these server blocks."""
    conf = f"{DIR}/nginx-{name}.conf"
    with open(conf, "w") as f:
        f.write(f"""user www-data;
worker_processes 1;
pid {DIR}/nginx-{name}.pid;
error_log {DIR}/nginx-{name}.err warn;
events {{ worker_connections 256; }}
http {{
  access_log off;
  default_type text/plain;
  {''.join(servers)}
}}
""")
    subprocess.run(["nginx", "-c", conf], check=True)


def server_block(port: int, names: list[str], cert: tuple[str, str] | None = None,
                 protocols: list[str] | None = None, body: str = "netmatrix lab: ok") -> str:
    """One nginx server block: plain HTTP, or HTTPS with a certificate and protocol versions."""
    if cert is None:
        tls = ""
        listen = f"127.0.0.1:{port}"
    else:
        listen = f"127.0.0.1:{port} ssl"
        old = protocols and not {"TLSv1.2", "TLSv1.3"} & set(protocols)
        # OpenSSL 3 refuses TLS 1.0/1.1 at its default security level: an old server allows them.
        ciphers = "DEFAULT:@SECLEVEL=0" if old else "HIGH:!aNULL"
        tls = (f"ssl_certificate {cert[0]}; ssl_certificate_key {cert[1]}; "
               f"ssl_protocols {' '.join(protocols or ['TLSv1.2', 'TLSv1.3'])}; ssl_ciphers {ciphers};")
    return (f"\n  server {{ listen {listen}; server_name {' '.join(names)}; {tls}\n"
            f"    location / {{ return 200 \"{body}\\n\"; }} }}")
