"""Another distro image end to end: base built offline (debootstrap + import) when absent, a client
image from the catalog, a run whose results record that image and its own client versions."""

from __future__ import annotations

from netmatrix import images, run
from netmatrix.catalog import Catalogs

BULLSEYE = images.ImageRef("debian", "bullseye")


def test_bullseye_builds_and_runs(cats, docker_client, tmp_path, leftovers):
    # A catalog of two clients keeps this image small; the Dockerfile and the build are the real ones.
    small = Catalogs(
        cats.clients.model_copy(update={"clients": (cats.client("curl"), cats.client("busybox-wget"))}),
        cats.scenarios,
    )
    res = run.run(
        small,
        run.RunRequest(
            BULLSEYE, profile="fast", scenarios=("tcp-closed", "tcp-drop"), output=tmp_path / "bullseye.json"
        ),
    )
    assert docker_client.images.get("debian:bullseye")
    assert res.run.image == "debian-bullseye" and res.run.suite == "bullseye"
    cells = {(c.client, c.scenario): c for c in res.cells}
    assert cells[("curl", "tcp-closed")].exit_code == 7
    assert cells[("curl", "tcp-drop")].exit_code == 28
    # bullseye's curl is 7.74: older than bookworm's, and its own version is what gets recorded.
    assert res.run.client_versions["curl"].reported.startswith("curl 7.74")
    # Debian's busybox before 1:1.36.1-5 lacks FEATURE_WGET_TIMEOUT but still parses -T, through a NULL
    # pointer: the applet dies of SIGSEGV before connecting. The matrix must record that, not a message.
    wget = cells[("busybox-wget", "tcp-closed")]
    assert (wget.exit_code, wget.signal, wget.wire.summary) == (None, 11, "no packets")
    assert leftovers() == 0


def test_a_locale_missing_from_the_image_is_refused(cats, tmp_path):
    import pytest

    from netmatrix.errors import UsageError

    with pytest.raises(UsageError, match="locale xx_XX.UTF-8 is not built into"):
        run.run(
            cats,
            run.RunRequest(
                images.ImageRef("debian", "bookworm"),
                profile="fast",
                locale="xx_XX.UTF-8",
                clients=("curl",),
                output=tmp_path / "x.json",
            ),
        )
