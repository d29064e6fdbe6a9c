"""The watched scanner folder: complete files imported once and deleted; others set aside."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from privacy_desk.errors import DiskFull, NotFound
from privacy_desk.scanning.folder import NOT_IMPORTED, FolderWatcher, is_ignored
from privacy_desk.scanning.pages import Page
from tests.scanning import images


class Inbox:
    """The callback: keeps what was delivered, or fails as told."""

    def __init__(self) -> None:
        self.delivered: list[tuple[str, list[Page]]] = []
        self.fail_with: Exception | None = None

    def __call__(self, name: str, pages: list[Page]) -> None:
        if self.fail_with is not None:
            raise self.fail_with
        self.delivered.append((name, pages))

    @property
    def names(self) -> list[str]:
        return [name for name, _pages in self.delivered]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "scans"
    path.mkdir()
    return path


def jpeg() -> bytes:
    return images.encode(images.small_page((600, 840)), "JPEG", quality=90)


def touch_later(path: Path, step: int) -> None:
    """Move the file's time on (file systems with coarse clocks would hide a change)."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + step * 1_000_000_000))


def test_a_file_written_slowly_in_parts_is_imported_once_complete(folder: Path) -> None:
    watcher, inbox = FolderWatcher(folder), Inbox()
    data = jpeg()
    parts = [data[: len(data) // 4], data[len(data) // 4 : len(data) // 2], data[len(data) // 2 :]]
    path = folder / "scan0001.jpg"
    for step, part in enumerate(parts, start=1):
        with path.open("ab") as file:
            file.write(part)
        touch_later(path, step)
        report = watcher.import_ready(inbox)
        assert inbox.delivered == [] and report.imported == []  # still growing: not yet
        assert path.exists()
    report = watcher.import_ready(inbox)  # unchanged since the last poll, and it decodes
    assert inbox.names == ["scan0001.jpg"]
    assert [(f.name, f.pages) for f in report.imported] == [("scan0001.jpg", 1)]
    assert not path.exists()
    assert watcher.import_ready(inbox).imported == []  # imported once only
    assert len(inbox.delivered) == 1


def test_a_writer_pausing_mid_file_is_waited_for_not_set_aside(folder: Path) -> None:
    watcher, inbox = FolderWatcher(folder, decode_attempts=3), Inbox()
    data = jpeg()
    path = folder / "scan0002.jpg"
    path.write_bytes(data[: len(data) // 2])
    for _ in range(3):  # stable for two polls, but cut short: not complete
        report = watcher.import_ready(inbox)
        assert report.imported == [] and report.set_aside == []
    with path.open("ab") as file:
        file.write(data[len(data) // 2 :])
    touch_later(path, 1)
    watcher.import_ready(inbox)
    report = watcher.import_ready(inbox)
    assert [f.name for f in report.imported] == ["scan0002.jpg"]
    assert not (folder / NOT_IMPORTED).exists()


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("broken.jpg", b"\xff\xd8\xff\xe0" + b"\x13" * 4000, "damaged or incomplete"),
        ("empty.pdf", b"", "empty (0 bytes)"),
    ],
)
def test_a_file_that_never_decodes_is_set_aside_after_a_few_polls(
    folder: Path, name: str, content: bytes, reason: str
) -> None:
    watcher, inbox = FolderWatcher(folder, decode_attempts=3), Inbox()
    (folder / name).write_bytes(content)
    reports = [watcher.import_ready(inbox) for _ in range(4)]  # 1 to see it, then 3 tries
    assert [len(report.set_aside) for report in reports] == [0, 0, 0, 1]
    moved = reports[-1].set_aside[0]
    assert moved.name == name
    assert reason in moved.reason
    assert moved.moved_to == folder / NOT_IMPORTED / name
    assert moved.moved_to.read_bytes() == content  # kept as it was, for a person to look at
    assert not (folder / name).exists()
    assert inbox.delivered == []
    assert watcher.import_ready(inbox).set_aside == []  # not retried forever


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("letter.pdf", images.text_pdf(), "scan the paper document instead"),
        ("notes.txt", b"not an image at all", "PNG, JPEG, TIFF or PDF"),
    ],
)
def test_a_file_that_is_plainly_not_a_scan_is_set_aside_at_once(
    folder: Path, name: str, content: bytes, reason: str
) -> None:
    watcher, inbox = FolderWatcher(folder), Inbox()
    (folder / name).write_bytes(content)
    assert watcher.import_ready(inbox).set_aside == []  # first sight: wait a poll
    report = watcher.import_ready(inbox)
    assert [f.name for f in report.set_aside] == [name]
    assert reason in report.set_aside[0].reason
    assert inbox.delivered == []


def test_a_20000_by_20000_image_is_set_aside_as_too_large(folder: Path) -> None:
    watcher, inbox = FolderWatcher(folder), Inbox()
    (folder / "huge.png").write_bytes(images.huge_png())
    watcher.import_ready(inbox)
    report = watcher.import_ready(inbox)
    assert "too large" in report.set_aside[0].reason
    assert inbox.delivered == []


def test_a_set_aside_file_does_not_overwrite_an_earlier_one(folder: Path) -> None:
    watcher, inbox = FolderWatcher(folder), Inbox()
    (folder / NOT_IMPORTED).mkdir()
    (folder / NOT_IMPORTED / "letter.pdf").write_bytes(b"earlier")
    (folder / "letter.pdf").write_bytes(images.text_pdf())
    watcher.import_ready(inbox)
    report = watcher.import_ready(inbox)
    assert report.set_aside[0].moved_to == folder / NOT_IMPORTED / "letter (2).pdf"
    assert (folder / NOT_IMPORTED / "letter.pdf").read_bytes() == b"earlier"


@pytest.mark.parametrize(
    "name",
    [
        ".scan.jpg",
        "~$scan.jpg",
        ".~lock.scan.jpg#",
        "scan.jpg.tmp",
        "scan.part",
        "scan.jpg~",
        "SCAN.TMP",
    ],
)
def test_hidden_and_temporary_files_are_left_alone(folder: Path, name: str) -> None:
    assert is_ignored(name)
    watcher, inbox = FolderWatcher(folder), Inbox()
    (folder / name).write_bytes(jpeg())
    for _ in range(5):
        report = watcher.import_ready(inbox)
        assert report.imported == [] and report.set_aside == []
    assert (folder / name).exists()
    assert not is_ignored("scan0001.jpg")


def test_subfolders_are_not_looked_into(folder: Path) -> None:
    watcher, inbox = FolderWatcher(folder), Inbox()
    (folder / "archive").mkdir()
    (folder / "archive" / "old.jpg").write_bytes(jpeg())
    watcher.import_ready(inbox)
    watcher.import_ready(inbox)
    assert inbox.delivered == []
    assert (folder / "archive" / "old.jpg").exists()


def test_a_refusing_callback_keeps_the_file_for_the_next_poll(folder: Path) -> None:
    watcher, inbox = FolderWatcher(folder), Inbox()
    path = folder / "scan.jpg"
    path.write_bytes(jpeg())
    watcher.import_ready(inbox)
    inbox.fail_with = DiskFull("The disk is full; free some space and try again.")
    report = watcher.import_ready(inbox)
    assert [(f.name, f.reason) for f in report.deferred] == [
        ("scan.jpg", "The disk is full; free some space and try again.")
    ]
    assert path.exists()
    inbox.fail_with = None
    report = watcher.import_ready(inbox)
    assert inbox.names == ["scan.jpg"]
    assert not path.exists()


def test_a_bug_in_the_callback_propagates_and_keeps_the_file(folder: Path) -> None:
    watcher, inbox = FolderWatcher(folder), Inbox()
    path = folder / "scan.jpg"
    path.write_bytes(jpeg())
    watcher.import_ready(inbox)
    inbox.fail_with = KeyError("bug")
    with pytest.raises(KeyError):
        watcher.import_ready(inbox)
    assert path.exists()


def test_a_file_that_cannot_be_deleted_yet_is_not_imported_twice(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    watcher, inbox = FolderWatcher(folder), Inbox()
    path = folder / "scan.jpg"
    path.write_bytes(jpeg())
    watcher.import_ready(inbox)
    real_unlink = Path.unlink
    monkeypatch.setattr(Path, "unlink", _locked)  # Windows: the printer still holds it
    assert [f.name for f in watcher.import_ready(inbox).imported] == ["scan.jpg"]
    assert path.exists()
    monkeypatch.setattr(Path, "unlink", real_unlink)
    assert watcher.import_ready(inbox).imported == []
    assert inbox.names == ["scan.jpg"]  # delivered once
    assert not path.exists()  # and deleted now


def _locked(_self: Path, missing_ok: bool = False) -> None:
    raise PermissionError("in use by another process")


def test_several_files_are_imported_oldest_first(folder: Path) -> None:
    watcher, inbox = FolderWatcher(folder), Inbox()
    for number, name in enumerate(["c.jpg", "a.png", "b.tif"]):
        path = folder / name
        image = images.small_page((300, 400), seed=number)
        path.write_bytes(
            images.encode(image, {"jpg": "JPEG", "png": "PNG", "tif": "TIFF"}[name[-3:]])
        )
        os.utime(path, ns=(0, 1_700_000_000_000_000_000 + number * 1_000_000_000))
    watcher.import_ready(inbox)
    report = watcher.import_ready(inbox)
    assert inbox.names == ["c.jpg", "a.png", "b.tif"]
    assert len(report.imported) == 3
    assert list(folder.iterdir()) == []


def test_a_multipage_file_is_delivered_whole(folder: Path) -> None:
    watcher, inbox = FolderWatcher(folder), Inbox()
    (folder / "id-card.tif").write_bytes(images.multipage_tiff([(300, 200), (300, 200)]))
    watcher.import_ready(inbox)
    watcher.import_ready(inbox)
    assert [len(pages) for _name, pages in inbox.delivered] == [2]


def test_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="scanner folder"):
        FolderWatcher(tmp_path / "gone").import_ready(Inbox())
