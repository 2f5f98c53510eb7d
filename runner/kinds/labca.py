"""The lab CA on the client's side: after the pod's client container starts, and before any cell
runs, the CA the lab made at start (containers/lab/certs.py; never a committed key) is installed
as a person would install their company's CA: into the system store (update-ca-certificates, or
update-ca-trust on Fedora), Firefox's enterprise policy (Certificates.Install: every profile,
including the one nm-firefox makes per run) and Chromium's managed policy (CACertificates). Node
keeps its own store: cells of these kinds get NODE_EXTRA_CA_CERTS (see client_env)."""

from __future__ import annotations

import json
from typing import Any

from ..errors import LabError

CA_PATH = "/usr/local/share/netmatrix/lab-ca.pem"  # in the client container
CLIENT_ENV = {"NODE_EXTRA_CA_CERTS": CA_PATH}

_INSTALL = r"""set -e
mkdir -p /usr/local/share/netmatrix
printf '%s\n' "$NM_CA_PEM" > "$NM_CA_PATH"
if command -v update-ca-certificates >/dev/null 2>&1; then   # Debian, Ubuntu, Alpine
  mkdir -p /usr/local/share/ca-certificates
  cp "$NM_CA_PATH" /usr/local/share/ca-certificates/netmatrix-lab.crt
  update-ca-certificates >/dev/null 2>&1
elif command -v update-ca-trust >/dev/null 2>&1; then        # Fedora
  cp "$NM_CA_PATH" /etc/pki/ca-trust/source/anchors/netmatrix-lab.pem
  update-ca-trust
else                                                         # a bare bundle (Alpine's ca-certificates-bundle)
  mkdir -p /etc/ssl/certs
  cat "$NM_CA_PATH" >> /etc/ssl/certs/ca-certificates.crt
fi
for d in /etc/firefox/policies /etc/firefox-esr/policies; do
  mkdir -p "$d"; printf '%s\n' "$NM_FIREFOX_POLICY" > "$d/policies.json"
done
for d in /usr/lib/firefox-esr /usr/lib/firefox /usr/lib64/firefox; do
  [ -d "$d" ] || continue
  mkdir -p "$d/distribution"; printf '%s\n' "$NM_FIREFOX_POLICY" > "$d/distribution/policies.json"
done
mkdir -p /etc/chromium/policies/managed
printf '%s\n' "$NM_CHROMIUM_POLICY" > /etc/chromium/policies/managed/netmatrix-lab.json
"""


def der_base64(pem: str) -> str:
    """A PEM certificate's body: the base64 of its DER form, as Chromium's CACertificates wants."""
    lines = [line.strip() for line in pem.strip().splitlines()]
    return "".join(line for line in lines if line and not line.startswith("-----"))


def install_lab_ca(pod: Any) -> None:
    """Make the client container trust the lab CA of its pod's lab (as root, before any cell)."""
    pem = pod.lab_command(["labd", "lab-ca"], "read its CA certificate").decode().strip()
    if "BEGIN CERTIFICATE" not in pem:
        raise LabError(f"lab of {pod.client_id}: its CA certificate is missing")
    env = {
        "NM_CA_PEM": pem,
        "NM_CA_PATH": CA_PATH,
        "NM_FIREFOX_POLICY": json.dumps({"policies": {"Certificates": {"Install": [CA_PATH]}}}),
        "NM_CHROMIUM_POLICY": json.dumps({"CACertificates": [der_base64(pem)]}),
    }
    result = pod.session.exec(pod.box_id, ["sh", "-c", _INSTALL], user="root", env=env)
    if result.exit_code != 0:
        raise LabError(
            f"could not make the client container of {pod.client_id} trust the lab CA: "
            f"{(result.stderr or result.stdout).decode(errors='replace').strip()}"
        )
