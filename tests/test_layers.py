"""Layering: everything outside ``privacy_desk.ui`` must import without Qt.

The modules are imported in fresh interpreters (this process has pytest-qt and
thus PySide6 loaded already), one interpreter per top-level package or module
to keep the run short (one per module took about 15 s), and must leave
``PySide6`` out of ``sys.modules``. The child checks after each single import,
so a failure names the module that pulled Qt in and the chain of imports.
"""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import privacy_desk

ROOT = Path(privacy_desk.__file__).resolve().parent.parent
UI_PACKAGE = "privacy_desk.ui"

# Runs in the child interpreter: import each module named on the command line and
# fail, naming the module and the chain of imports, as soon as PySide6 shows up.
CHILD = r"""
import importlib
import sys
import traceback


class _WatchQt:
    chain = None

    def find_spec(self, name, path=None, target=None):
        if _WatchQt.chain is None and (name == "PySide6" or name.startswith("PySide6.")):
            _WatchQt.chain = [
                f"  {frame.filename}:{frame.lineno}: {frame.line}"
                for frame in traceback.extract_stack()[:-1]
                if not frame.filename.startswith("<")
            ]
        return None


sys.meta_path.insert(0, _WatchQt())
for name in sys.argv[1:]:
    importlib.import_module(name)
    if "PySide6" in sys.modules:
        print(f"{name} imports PySide6; import chain:")
        print("\n".join(_WatchQt.chain or ["  (not recorded)"]))
        sys.exit(1)
print("ok")
"""


def _qt_free_modules() -> list[str]:
    """``privacy_desk`` and all its modules except the ``ui`` package.

    Top-level entries are listed without importing them; each Qt-free
    subpackage is then walked with :func:`pkgutil.walk_packages`. Folders
    without ``__init__.py`` (the alembic ``migrations`` folder) are not
    packages and are not listed.
    """
    names = [privacy_desk.__name__]
    for info in pkgutil.iter_modules(privacy_desk.__path__, privacy_desk.__name__ + "."):
        if info.name == UI_PACKAGE:
            continue
        names.append(info.name)
        if info.ispkg:
            package = importlib.import_module(info.name)
            names.extend(
                sub.name for sub in pkgutil.walk_packages(package.__path__, info.name + ".")
            )
    return sorted(names)


MODULES = _qt_free_modules()


def _top_level(module: str) -> str:
    return ".".join(module.split(".")[:2])


GROUPS: dict[str, list[str]] = {}
for _module in MODULES:
    GROUPS.setdefault(_top_level(_module), []).append(_module)


def _import_in_child(*modules: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, *modules],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_discovery_finds_the_core_and_skips_ui_and_migrations() -> None:
    expected = {
        "privacy_desk.cli",
        "privacy_desk.errors",
        "privacy_desk.log",
        "privacy_desk.paths",
        "privacy_desk.settings",
        "privacy_desk.domain",
        "privacy_desk.domain.calendar",
        "privacy_desk.domain.deadlines",
        "privacy_desk.domain.status",
        "privacy_desk.store",
        "privacy_desk.store.models",
        "privacy_desk.store.migrate",
        "privacy_desk.services",
        "privacy_desk.services.cases",
    }
    assert expected <= set(MODULES)
    assert not [m for m in MODULES if m == UI_PACKAGE or m.startswith(UI_PACKAGE + ".")]
    assert not [m for m in MODULES if "migrations" in m.split(".")]
    assert len(MODULES) == len(set(MODULES))


def test_groups_cover_every_module_once() -> None:
    assert sorted(m for group in GROUPS.values() for m in group) == MODULES
    assert {"privacy_desk.domain", "privacy_desk.store", "privacy_desk.services"} <= set(GROUPS)


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_modules_import_without_qt(group: str) -> None:
    result = _import_in_child(*GROUPS[group])
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr}"
    assert result.stdout.strip() == "ok"


def test_the_check_catches_a_module_that_imports_qt() -> None:
    # The GUI entry point imports PySide6: the child must fail and name the culprit.
    result = _import_in_child("privacy_desk.errors", "privacy_desk.ui.app")
    assert result.returncode == 1, f"{result.stdout}\n{result.stderr}"
    assert result.stdout.startswith("privacy_desk.ui.app imports PySide6")
    assert str(Path("privacy_desk", "ui", "app.py")) in result.stdout
