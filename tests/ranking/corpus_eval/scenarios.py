"""Scenarios of the relevance evaluation built on real task lists (format: README.md).

A scenario names a list of the shared corpus (or ``sample``, the README's demo
list), holds a task as a user would type it, and labels which of the list's
open tasks are relevant to it. The lists themselves are read from the shared
data at run time and never copied into the project.
"""

from __future__ import annotations

import hashlib
import os
import re
import textwrap
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[2]
SAMPLE = REPO_ROOT / "docs" / "sample" / ".claude" / "todo.md"
_FIELD = re.compile(r"^(corpus|sha256|task):[ \t]*(.*)$")
_LABEL = re.compile(r"^-[ \t]+(\d+)[ \t]+(.*?)[ \t]*$")


def shared_corpus() -> Path | None:
    """The shared corpus directory (``$TODOKIT_SHARED/corpus`` or ``../shared/corpus``)."""
    override = os.environ.get("TODOKIT_SHARED")
    root = Path(override) if override else REPO_ROOT.parent / "shared"
    corpus = root / "corpus"
    return corpus if corpus.is_dir() else None


def source_path(name: str) -> Path:
    """The file a scenario's ``corpus:`` field names.

    Raises:
        FileNotFoundError: The shared corpus, or the file in it, is missing.
    """
    if name == "sample":
        return SAMPLE
    corpus = shared_corpus()
    if corpus is None or not (corpus / name).is_file():
        raise FileNotFoundError(f"corpus file {name} not found (is ../shared there?)")
    return corpus / name


@dataclass(frozen=True)
class LabelledScenario:
    """A task against one real list, with the ordinals of its relevant open tasks.

    Attributes:
        name: The file's stem (``NN-slug``).
        corpus: The list's name in the shared corpus, or ``sample``.
        sha256: The list's digest when it was labelled.
        task: The task as the user typed it (may span lines).
        relevant: 1-based ordinals over all tasks of the document, each with
            the start of the task's text as written when labelled.
    """

    name: str
    corpus: str
    sha256: str
    task: str
    relevant: tuple[tuple[int, str], ...]

    @property
    def held_out(self) -> bool:
        """Whether the scenario is in the held-out third (number divisible by 3)."""
        return int(self.name.split("-", 1)[0]) % 3 == 0

    def text(self) -> str:
        """The list's text, checked against the digest it was labelled with.

        Raises:
            FileNotFoundError: The list is missing.
            ValueError: The list changed since it was labelled.
        """
        data = source_path(self.corpus).read_bytes()
        if hashlib.sha256(data).hexdigest() != self.sha256:
            raise ValueError(f"{self.name}: {self.corpus} changed since it was labelled")
        return data.decode("utf-8")


def parse_labelled(name: str, source: str) -> LabelledScenario:
    """Read one scenario file (see README.md for the format).

    Raises:
        ValueError: A field is missing or a label line is malformed.
    """
    fields: dict[str, str] = {}
    task_lines: list[str] = []
    labels: list[tuple[int, str]] = []
    part = "head"
    for line in source.splitlines():
        if line.strip() == "relevant:":
            part = "labels"
            continue
        if part == "labels":
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            match = _LABEL.match(line)
            if match is None:
                raise ValueError(f"{name}: bad label line {line!r}")
            labels.append((int(match[1]), match[2]))
            continue
        field = _FIELD.match(line)
        if field is not None:
            fields[field[1]] = field[2]
            part = "task" if field[1] == "task" else "head"
            if field[1] == "task":
                task_lines = [field[2]]
        elif part == "task":
            task_lines.append(line)
    for key in ("corpus", "sha256", "task"):
        if key not in fields:
            raise ValueError(f"{name}: no {key}: field")
    # Continuation lines are indented in the file, not in the prompt.
    task = "\n".join([task_lines[0], textwrap.dedent("\n".join(task_lines[1:]))]).strip()
    return LabelledScenario(name, fields["corpus"], fields["sha256"], task, tuple(labels))


def load_labelled(directory: Path = HERE) -> list[LabelledScenario]:
    """Every ``NN-slug.txt`` scenario of ``directory``, in name order."""
    return [
        parse_labelled(path.stem, path.read_text(encoding="utf-8"))
        for path in sorted(directory.glob("[0-9][0-9]-*.txt"))
    ]
