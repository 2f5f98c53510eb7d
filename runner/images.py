"""Images: the base (`debian:<suite>` built offline when no registry answers), the lab and the clients.

Lab and client images are tagged with a hash of everything that goes into them (Dockerfile, helper
sources, package list), so a cached image is reused only when it would be built the same way.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Callable, Iterable

import docker
from docker.errors import APIError, BuildError, DockerException, ImageNotFound

from .engine import apt_install
from .errors import EngineError, ImageError, UsageError
from .models import Client
from .paths import CONTAINERS

LAB_SUITE = "bookworm"  # the lab does not depend on the image under test
DEBIAN_SUITES = ("bullseye", "bookworm", "trixie", "sid")
FAMILIES = {  # family -> (base repository, Dockerfile)
    "debian": ("debian", "Dockerfile.debian"),
    "ubuntu": ("ubuntu", "Dockerfile.debian"),
    "alpine": ("alpine", "Dockerfile.alpine"),
    "fedora": ("fedora", "Dockerfile.fedora"),
}
LABEL = "io.netmatrix"
# How each family's package manager prints "<name> <version>" lines for installed packages.
_PACKAGE_QUERY = {
    "debian": ["dpkg-query", "-W", "-f", "${Package} ${Version}\\n"],
    "ubuntu": ["dpkg-query", "-W", "-f", "${Package} ${Version}\\n"],
    "alpine": [
        "sh",
        "-c",
        'for p; do apk info -e "$p" >/dev/null && echo "$p $(apk info -v 2>/dev/null '
        '| grep "^$p-[0-9]" | head -1 | sed "s/^$p-//")"; done',
        "sh",
    ],
    "fedora": ["rpm", "-q", "--qf", "%{NAME} %{VERSION}-%{RELEASE}\\n"],
}

Say = Callable[[str], None]


def _quiet(_: str) -> None:
    pass


@dataclass(frozen=True)
class ImageRef:
    """An image under test, named `<family>-<suite>` (debian-bookworm, alpine-3.20, ...)."""

    family: str
    suite: str

    @property
    def name(self) -> str:
        return f"{self.family}-{self.suite}"

    @property
    def base(self) -> str:
        return f"{FAMILIES[self.family][0]}:{self.suite}"

    @property
    def dockerfile(self) -> str:
        return FAMILIES[self.family][1]

    @classmethod
    def parse(cls, text: str) -> ImageRef:
        family, sep, suite = text.partition("-")
        if not sep or family not in FAMILIES or not re.fullmatch(r"[a-z0-9][a-z0-9._-]*", suite):
            examples = ", ".join(f"debian-{s}" for s in DEBIAN_SUITES)
            raise UsageError(
                f"bad image {text!r}: expected <family>-<suite> with family one of "
                f"{', '.join(FAMILIES)} (e.g. {examples}, ubuntu-24.04, alpine-3.20)"
            )
        return cls(family, suite)


def package_query(family: str, packages: Iterable[str]) -> list:
    return [*_PACKAGE_QUERY[family], *packages]


def _has_image(client: docker.DockerClient, tag: str) -> bool:
    try:
        client.images.get(tag)
        return True
    except ImageNotFound:
        return False


# ---- base images ---------------------------------------------------------------------------------


def ensure_base(client: docker.DockerClient, ref: ImageRef, say: Say = _quiet) -> str:
    """Make `ref.base` present: already there, pulled, or (Debian) built offline. Returns the tag."""
    if _has_image(client, ref.base):
        return ref.base
    repo, _, tag = ref.base.partition(":")
    say(f"pulling {ref.base} ...")
    try:
        client.images.pull(repo, tag=tag)
        return ref.base
    except DockerException as exc:
        pull_error = str(exc).splitlines()[0][:160]
    if ref.family != "debian":
        raise ImageError(
            f"{ref.base} is not present and cannot be pulled ({pull_error}); only Debian "
            "suites can be built offline here (debootstrap). Use a machine with a registry, "
            f"or `docker load` a {ref.base} image first."
        )
    say(f"no registry ({pull_error}); building {ref.base} with debootstrap ...")
    build_debian_base(client, ref.suite, say)
    return ref.base


def build_debian_base(client: docker.DockerClient, suite: str, say: Say = _quiet) -> None:
    """debootstrap a minimal suite and import it as debian:<suite>."""
    if os.geteuid() != 0:
        raise ImageError(f"building debian:{suite} with debootstrap needs root (sudo netmatrix setup)")
    if not shutil.which("debootstrap"):
        try:
            apt_install(("debootstrap",))
        except EngineError as exc:
            raise ImageError(f"debootstrap is missing and could not be installed: {exc}") from None
    workdir = Path(tempfile.mkdtemp(prefix=f"netmatrix-{suite}-", dir="/var/tmp"))
    rootfs = workdir / "rootfs"
    try:
        # No mirror argument: debootstrap's own default mirror, or the one the user configured for it.
        argv = ["debootstrap", "--variant=minbase", suite, str(rootfs)]
        mirror = os.environ.get("NETMATRIX_DEBIAN_MIRROR")
        if mirror:
            argv.append(mirror)
        proc = subprocess.run(argv, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-8:])
            raise ImageError(f"debootstrap {suite} failed (exit {proc.returncode}):\n{tail}")
        say(f"importing debian:{suite} ...")
        import_rootfs(client, rootfs, f"debian:{suite}", workdir / "rootfs.tar")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def import_rootfs(client: docker.DockerClient, rootfs: Path, tag: str, tar_path: Path) -> None:
    """`docker import` a directory, through the API of the client's own engine (local or remote:
    the docker CLI would follow DOCKER_HOST, not the engine this run was given)."""
    tar = subprocess.run(
        ["tar", "-C", str(rootfs), "--numeric-owner", "-cf", str(tar_path), "."],
        capture_output=True,
        text=True,
        check=False,
    )
    if tar.returncode != 0:
        raise ImageError(f"packing {rootfs} for {tag} failed: {tar.stderr.strip()[-300:]}")
    repo, _, version = tag.partition(":")
    try:
        client.api.import_image(
            src=str(tar_path), repository=repo, tag=version or "latest", changes=['CMD ["bash"]']
        )
    except DockerException as exc:
        raise ImageError(f"importing {tag} failed: {str(exc).strip()[:300]}") from None
    if not _has_image(client, tag):
        raise ImageError(f"importing {tag} failed: the engine reports no such image afterwards")


# ---- lab and client images -----------------------------------------------------------------------


def _digest(files: Iterable[Path], extra: str = "") -> str:
    h = hashlib.sha256(extra.encode())
    for path in sorted(f for f in files if f.is_file() and "__pycache__" not in f.parts):
        h.update(str(path.relative_to(CONTAINERS)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def _build(client: docker.DockerClient, tag: str, dockerfile: str, buildargs: dict, say: Say) -> str:
    say(f"building {tag} ...")
    try:
        # The host's network for the build steps (apt-get): it needs no bridge, so an engine started
        # with --bridge=none, or one whose docker0 went away, builds all the same.
        image, _ = client.images.build(
            path=str(CONTAINERS),
            dockerfile=dockerfile,
            tag=tag,
            buildargs=buildargs,
            rm=True,
            forcerm=True,
            labels={LABEL: "1"},
            network_mode=_build_network(client),
        )
        return image.id
    except BuildError as exc:
        lines = [str(c.get("stream") or c.get("error") or "").rstrip() for c in exc.build_log]
        tail = "\n".join(line for line in lines if line)[-2000:]
        raise ImageError(f"building {tag} failed: {exc.msg}\n{tail}") from None
    except APIError as exc:
        raise ImageError(f"building {tag} failed: {exc.explanation}") from None


def _build_network(client: docker.DockerClient) -> str:
    """The engine host's network for builds, always.

    Builds only fetch packages from the distribution's mirror. The default bridge may be missing
    (an engine started with `--bridge=none`, as the engines test starts one) or broken (its docker0
    interface deleted while the engine still lists the network: seen here), and the host's network
    needs neither. Labs never build: they run with --network none.
    """
    return "host"


def ensure_lab(client: docker.DockerClient, say: Say = _quiet) -> str:
    """The lab image (built once per content), returned by tag."""
    ensure_base(client, ImageRef("debian", LAB_SUITE), say)
    files = list((CONTAINERS / "lab").rglob("*"))  # labd and its kinds/
    tag = f"netmatrix-lab:{_digest(files, LAB_SUITE)}"
    if not _has_image(client, tag):
        _build(client, tag, "lab/Dockerfile", {"SUITE": LAB_SUITE}, say)
    return tag


def client_packages(clients: Iterable[Client], family: str) -> list[str]:
    """The union of packages the catalog declares for this family, sorted (stable image hash)."""
    return sorted({p for c in clients for p in (c.packages_for(family) or ())})


def ensure_client(
    client: docker.DockerClient, ref: ImageRef, clients: Iterable[Client], say: Say = _quiet
) -> str:
    """The client image for `ref` with every catalog package of its family, returned by tag."""
    dockerfile = CONTAINERS / "client" / ref.dockerfile
    if not dockerfile.exists():
        raise ImageError(f"no Dockerfile for family {ref.family}: expected {dockerfile}")
    packages = " ".join(client_packages(clients, ref.family))
    files = [
        dockerfile,
        CONTAINERS / "helper" / "nmexec.c",
        CONTAINERS / "helper" / "nm-go.go",
        *(CONTAINERS / "client" / "drivers").iterdir(),
    ]
    tag = f"netmatrix-client:{ref.name}-{_digest(files, ref.base + packages)}"
    if _has_image(client, tag):
        return tag
    ensure_base(client, ref, say)
    args = {"BASE": ref.base, "PACKAGES": packages}
    try:
        _build(client, tag, f"client/{ref.dockerfile}", args, say)
    except ImageError as exc:
        if "is expired" not in str(exc) or ref.family not in ("debian", "ubuntu"):
            raise
        # A snapshot mirror keeps serving a Release file past its Valid-Until date (seen with sid).
        say(f"the mirror's {ref.suite} Release file has expired; building again without that check")
        _build(
            client,
            tag,
            f"client/{ref.dockerfile}",
            {**args, "APT_OPTS": "-o Acquire::Check-Valid-Until=false"},
            say,
        )
    return tag


def check_locale(client: docker.DockerClient, tag: str, locale: str) -> None:
    """Refuse a locale the image does not have: glibc would silently fall back to English."""
    if locale in ("C", "C.UTF-8", "POSIX"):
        return
    try:
        out = client.containers.run(tag, ["locale", "-a"], remove=True, network_mode="none")
    except DockerException:
        raise UsageError(
            f"cannot list the locales of {tag} (no `locale` command); run it with the default C.UTF-8"
        ) from None
    have = out.decode(errors="replace").split()
    norm = lambda name: name.lower().replace("-", "")  # noqa: E731  fr_FR.UTF-8 == fr_FR.utf8
    if norm(locale) not in {norm(h) for h in have}:
        usable = ", ".join(h for h in have if "." in h) or "none"
        raise UsageError(
            f"locale {locale} is not built into {tag}; available: {usable} "
            "(add it to LOCALES in containers/client/Dockerfile.*)"
        )


def image_id(client: docker.DockerClient, tag: str) -> str:
    return str(client.images.get(tag).id)
