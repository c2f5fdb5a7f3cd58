"""No write, rename, delete or lock through a symlink that leads out of the project.

Each file todokit changes is tried as a symlink to a file outside the project
(the repro of a hostile repository aiming ``.claude/todo.md`` at
``~/.bashrc``): the outside file must stay byte for byte as it was, and
nothing may be created beside it. A symlink that stays inside the project is
followed, and the link stays a link.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from todokit.errors import InvalidInputError, OutsideProjectError
from todokit.files.archives import prune
from todokit.files.atomic import atomic_write_bytes
from todokit.files.confine import confine, inside, project_of
from todokit.files.lock import hold_lock
from todokit.files.rotation import rotate
from todokit.hooks.state import HookState

DAY = date(2026, 11, 24)
OUTSIDE = b"export PATH=/usr/bin\n"


@pytest.fixture
def layout(tmp_path: Path) -> tuple[Path, Path]:
    """A project with a ``.claude`` directory, and a directory outside it."""
    root = tmp_path / "repo"
    (root / ".claude").mkdir(parents=True)
    (root / ".git").mkdir()
    outside = tmp_path / "home"
    outside.mkdir()
    (outside / "bashrc").write_bytes(OUTSIDE)
    return root.resolve(), outside.resolve()


def names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_confine_follows_a_symlink_inside_the_project(layout: tuple[Path, Path]) -> None:
    root, _ = layout
    (root / "docs").mkdir()
    (root / ".claude" / "todo.md").symlink_to(root / "docs" / "todo.md")
    assert confine(root / ".claude" / "todo.md", root) == root / "docs" / "todo.md"
    assert confine(root / ".claude" / "todo.md") == root / "docs" / "todo.md"


@pytest.mark.parametrize("dangling", [False, True])
def test_confine_refuses_a_symlink_out_of_the_project(
    layout: tuple[Path, Path], dangling: bool
) -> None:
    root, outside = layout
    target = outside / ("new.md" if dangling else "bashrc")
    (root / ".claude" / "todo.md").symlink_to(target)
    with pytest.raises(OutsideProjectError, match="outside the project") as caught:
        confine(root / ".claude" / "todo.md", root)
    assert caught.value.exit_code == 4
    assert caught.value.target == target
    assert caught.value.root == root


def test_a_symlinked_claude_directory_may_not_lead_outside(layout: tuple[Path, Path]) -> None:
    root, outside = layout
    (root / ".claude").rmdir()
    (root / ".claude").symlink_to(outside)
    with pytest.raises(OutsideProjectError):
        confine(root / ".claude" / "todo.md")


def test_a_path_without_symlinks_is_never_refused(layout: tuple[Path, Path]) -> None:
    root, outside = layout
    assert confine(outside / "bashrc", root) == outside / "bashrc"


def test_project_of_and_inside(layout: tuple[Path, Path], tmp_path: Path) -> None:
    root, outside = layout
    assert project_of(root / ".claude" / "todo.md") == root
    assert project_of(root / "src" / "deep" / "file") == root
    assert project_of(outside / "bashrc") in (None, *outside.parents)
    assert inside(root / "a", root)
    assert inside(root, root)
    assert not inside(Path(str(root) + "x"), root)


def test_atomic_write_refuses_and_leaves_the_outside_file(layout: tuple[Path, Path]) -> None:
    root, outside = layout
    link = root / ".claude" / "todo.md"
    link.symlink_to(outside / "bashrc")
    with pytest.raises(OutsideProjectError, match="refusing to write"):
        atomic_write_bytes(link, b"- [ ] owned\n", root=root)
    with pytest.raises(OutsideProjectError):
        atomic_write_bytes(link, b"- [ ] owned\n")  # the root found from the path
    assert (outside / "bashrc").read_bytes() == OUTSIDE
    assert names(outside) == ["bashrc"]
    assert link.is_symlink()


def test_atomic_write_goes_through_a_symlink_inside(layout: tuple[Path, Path]) -> None:
    root, _ = layout
    (root / "notes.md").write_bytes(b"old\n")
    link = root / ".claude" / "todo.md"
    link.symlink_to(root / "notes.md")
    atomic_write_bytes(link, b"new\n", root=root)
    assert link.is_symlink()
    assert (root / "notes.md").read_bytes() == b"new\n"


def test_rotate_refuses_an_outside_target_and_archives_nothing(
    layout: tuple[Path, Path],
) -> None:
    root, outside = layout
    link = root / ".claude" / "todo.md"
    link.symlink_to(outside / "bashrc")
    for remove in (True, False):
        with pytest.raises(OutsideProjectError, match="refusing to archive and remove"):
            rotate(link, link.parent, DAY, remove_source=remove, root=root)
    assert (outside / "bashrc").read_bytes() == OUTSIDE
    assert names(root / ".claude") == ["todo.md"]


def test_rotate_refuses_an_archive_directory_outside(layout: tuple[Path, Path]) -> None:
    root, outside = layout
    (root / ".claude" / "todo.md").write_bytes(b"- [ ] a\n")
    (root / "archive").symlink_to(outside)
    with pytest.raises(OutsideProjectError, match="refusing to create archives in"):
        rotate(root / ".claude" / "todo.md", root / "archive", DAY, root=root)
    assert names(outside) == ["bashrc"]
    assert (root / ".claude" / "todo.md").read_bytes() == b"- [ ] a\n"


def test_prune_refuses_archives_outside(layout: tuple[Path, Path]) -> None:
    root, outside = layout
    (outside / "todo-2026-01-01.old").write_bytes(b"kept\n")
    (root / ".claude").rmdir()
    (root / ".claude").symlink_to(outside)
    assert [a.path.name for a in prune(root / ".claude", keep=0, today=DAY, dry_run=True)] == [
        "todo-2026-01-01.old"
    ]
    with pytest.raises(OutsideProjectError, match="refusing to delete archives in"):
        prune(root / ".claude", keep=0, today=DAY)
    assert (outside / "todo-2026-01-01.old").read_bytes() == b"kept\n"


@pytest.mark.parametrize("target", ["bashrc", "new.lock"])
def test_the_lock_file_is_never_created_or_opened_outside(
    layout: tuple[Path, Path], target: str
) -> None:
    root, outside = layout
    (root / ".claude" / "todo.md.lock").symlink_to(outside / target)
    with (
        pytest.raises(OutsideProjectError, match="refusing to lock"),
        hold_lock(root / ".claude" / "todo.md.lock", timeout=1, root=root),
    ):
        pass  # pragma: no cover - never reached
    assert names(outside) == ["bashrc"]
    assert (outside / "bashrc").read_bytes() == OUTSIDE


def test_the_hook_state_is_never_written_outside(layout: tuple[Path, Path]) -> None:
    root, outside = layout
    (root / ".claude" / "todokit-state.json").symlink_to(outside / "bashrc")
    state = HookState()
    state.remember_session("s", "task", "2026-11-24")
    with pytest.raises(OutsideProjectError):
        state.save(root / ".claude")
    assert (outside / "bashrc").read_bytes() == OUTSIDE


def test_the_state_file_name_is_the_hooks_own() -> None:
    from todokit.files.project import STATE_NAME
    from todokit.hooks import state

    assert state.STATE_NAME == STATE_NAME


def test_outside_error_is_invalid_input_with_short_paths(tmp_path: Path) -> None:
    error = OutsideProjectError("write", tmp_path / ("x" * 5000), Path("/etc/passwd"), tmp_path)
    assert isinstance(error, InvalidInputError)
    assert len(str(error)) < 700
    assert "characters cut" in str(error)
