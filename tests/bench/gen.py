"""Generate realistic agent-style todo.md documents of any size for benchmarks.

The output looks like a long ``.claude/todo.md`` kept by a coding agent: a
title, an introduction, a fenced block of commands, then sections of about 40
tasks, each a ``- [ ]`` / ``- [x]`` / ``- [/]`` item, often with a ``**P0**`` to
``**P3**`` priority, code spans, links and due dates, with nested two-space
sub-items and an occasional note paragraph. Tasks average about 75 bytes of
the document each, so 12,000 tasks make about 0.9 MB.

Example:
    >>> text = generate_document(3, seed=1)
    >>> text.startswith("# ") and text.count("- [") == 3
    True
"""

from __future__ import annotations

import random

AREAS = (
    "Authentication",
    "Billing",
    "Search",
    "Onboarding",
    "Notifications",
    "Reporting",
    "Storage",
    "Deployment",
    "Accessibility",
    "Performance",
)
VERBS = ("Fix", "Add", "Refactor", "Remove", "Document", "Test", "Review", "Migrate", "Profile")
OBJECTS = (
    "the session timeout on slow networks",
    "retry logic for failed webhooks",
    "pagination of the audit log",
    "the flaky upload test",
    "error messages shown on invalid input",
    "caching of user preferences",
    "the nightly export job",
    "keyboard navigation in the sidebar",
    "rate limits for the public API",
    "the schema migration for invoices",
)
SHORT_OBJECTS = ("edge cases", "the docs", "old flags", "log noise", "the README", "CI config")
CONTEXTS = (
    "before the v2 cut-over",
    "(reported by support, see #1423)",
    "so that retries stay idempotent",
    "for the mobile clients too",
    "behind the `beta` flag",
)
IDENTIFIERS = ("refresh_token", "UserRepo", "parse_config()", "--dry-run", "MAX_RETRIES", "api/v2")
FILES = ("src/auth/login.py", "web/app.tsx", "db/migrations/0042.sql", "docs/setup.md")
STATUS_MARKERS = ((" ", 55), ("x", 35), ("/", 10))
PRIORITIES = ("**P0**", "**P1**", "**P2**", "**P3**")
SECTION_SIZE = 40
NOTES = (
    "Notes: the staging database is reset every night, so test data has to be seeded again.",
    "Blocked until the design review; keep the old behaviour behind a flag meanwhile.",
    "Ask before touching the public API: two customers depend on the current field names.",
)
COMMANDS_BLOCK = "```bash\nmake lint\npytest -x -q tests/\nnpm run build --workspace web\n```\n"


def _task_text(rng: random.Random) -> str:
    """Return one task's text: a sentence with optional priority, code, link and date."""
    if rng.random() < 0.2:
        words = [rng.choice(VERBS), rng.choice(SHORT_OBJECTS)]
    else:
        words = [rng.choice(VERBS), rng.choice(OBJECTS)]
    if rng.random() < 0.45:
        words.insert(0, rng.choice(PRIORITIES))
    if rng.random() < 0.45:
        words.append(f"in `{rng.choice(IDENTIFIERS)}`")
    if rng.random() < 0.4:
        words.append(rng.choice(CONTEXTS))
    if rng.random() < 0.25:
        path = rng.choice(FILES)
        words.append(f"([{path.rsplit('/', 1)[-1]}]({path}))")
    if rng.random() < 0.25:
        words.append(f"due:2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
    return " ".join(words)


def _task_line(rng: random.Random, depth: int) -> str:
    """Return one task list item line at the given nesting depth."""
    markers = [marker for marker, _ in STATUS_MARKERS]
    weights = [weight for _, weight in STATUS_MARKERS]
    marker = rng.choices(markers, weights)[0]
    return f"{'  ' * depth}- [{marker}] {_task_text(rng)}\n"


def generate_document(n_tasks: int, seed: int = 0) -> str:
    """Return a todo.md document holding exactly ``n_tasks`` task list items.

    The same ``(n_tasks, seed)`` always gives the same text.

    Args:
        n_tasks: How many task items to write (top-level and nested together).
        seed: Seed of the pseudo-random choices.

    Returns:
        The document, LF line endings, ending with a newline.

    Raises:
        ValueError: If ``n_tasks`` is negative.

    Complexity:
        O(n_tasks) time and memory.

    Example:
        >>> generate_document(40) == generate_document(40)
        True
    """
    if n_tasks < 0:
        raise ValueError(f"n_tasks must be >= 0, got {n_tasks}")
    rng = random.Random(seed)
    parts = [
        "# TODO: payments-service\n\n",
        "Working list for the current milestone. P0 items block the release; ",
        "finished items stay until the next rotation.\n\n",
        "Checks to run before marking anything done:\n\n",
        COMMANDS_BLOCK,
    ]
    depth = 0
    for index in range(n_tasks):
        if index % SECTION_SIZE == 0:
            section = index // SECTION_SIZE
            parts.append(f"\n## {AREAS[section % len(AREAS)]} ({section + 1})\n\n")
            if section % 5 == 4:
                parts.append(f"{rng.choice(NOTES)}\n\n")
            depth = 0
        parts.append(_task_line(rng, depth))
        # Sub-items follow a parent item, one level at a time, as agents nest them.
        roll = rng.random()
        depth = min(depth + 1, 2) if roll < 0.25 else (depth if roll < 0.5 else 0)
    return "".join(parts)
