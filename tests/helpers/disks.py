"""Real small or read-only file systems (tmpfs), for full-disk and read-only tests.

Needs root and mount(8), as on the CI machine; elsewhere the tests skip.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def tmpfs(where: Path, *, size_kib: int = 256, read_only: bool = False) -> Iterator[Path]:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root")
    where.mkdir(parents=True, exist_ok=True)
    options = f"size={size_kib}k" + (",ro" if read_only else "")
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount tmpfs here: {result.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(folder: Path) -> None:
    """Fill the file system of ``folder`` to the last byte."""
    with (folder / "filler").open("wb", buffering=0) as f:
        try:
            while True:
                f.write(b"\0" * 4096)
        except OSError:
            pass


PullOut = Callable[[], None]


@contextmanager
def removable_drive(
    where: Path, *, size_mib: int = 32
) -> Iterator[tuple[Path, Callable[[], None]]]:
    """A real file system on a loop device, mounted at ``where``, and a function that
    pulls the drive out: its backing file is cut to nothing, so that every read and
    write that reaches it fails as on a USB drive taken out (EIO, "disk I/O error").

    Needs root, losetup(8), mkfs.ext2(8) and a free loop device; elsewhere the test skips.
    """
    tools = ("losetup", "mkfs.ext2", "mount", "umount")
    if os.geteuid() != 0 or any(shutil.which(tool) is None for tool in tools):
        pytest.skip("a loop-device drive needs root, losetup and mkfs.ext2")
    image = where.with_name(where.name + ".img")
    image.write_bytes(b"")
    os.truncate(image, size_mib << 20)
    attach = subprocess.run(
        ["losetup", "-f", "--show", str(image)], capture_output=True, text=True, check=False
    )
    if attach.returncode != 0:
        pytest.skip(f"no loop device here: {attach.stderr.strip()}")
    device = attach.stdout.strip()
    try:
        made = subprocess.run(["mkfs.ext2", "-q", device], capture_output=True, check=False)
        where.mkdir(parents=True, exist_ok=True)
        mounted = subprocess.run(["mount", device, str(where)], capture_output=True, check=False)
        if made.returncode != 0 or mounted.returncode != 0:
            pytest.skip("cannot make and mount a file system on a loop device here")

        def pull_out() -> None:
            os.truncate(image, 0)
            subprocess.run(["losetup", "-c", device], check=True)
            Path("/proc/sys/vm/drop_caches").write_text("3\n")  # no reads from memory

        yield where, pull_out
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)
        subprocess.run(["losetup", "-d", device], capture_output=True, check=False)
        image.unlink(missing_ok=True)
