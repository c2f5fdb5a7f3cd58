r"""The results of completion checks: a CheckResult per check, a CheckReport per run.

Examples:
    >>> ok = CheckResult("lint", "ruff check", 0, "", 0.2, timed_out=False, passed=True)
    >>> CheckReport((ok,)).summary()
    'all 1 check passed'
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CheckResult:
    r"""The outcome of one check.

    Attributes:
        name: The check's name.
        command: The command line that ran.
        returncode: The exit status; ``None`` when the command could not
            start or was stopped at its timeout.
        output: What it wrote to stdout and stderr, interleaved (undecodable
            bytes replaced), or why it could not start. Only the tail is kept
            (see :data:`~todokit.checks.run.OUTPUT_CAP`).
        duration: Seconds it ran.
        timed_out: Whether it was stopped at its timeout (its own, or the end of
            the run's time budget).
        passed: Whether it exited with status 0.
        dropped: Bytes of earlier output that were not kept.
        unfinished: ``"stopped"`` when the run's time budget ran out while it
            ran, ``"not run"`` when none was left to start it, else ``None``.

    Examples:
        >>> CheckResult("lint", "ruff check", 1, "a\nb\nc\n", 0.1, False, False).tail(2)
        'b\nc'
    """

    name: str
    command: str
    returncode: int | None
    output: str
    duration: float
    timed_out: bool
    passed: bool
    dropped: int = 0
    unfinished: str | None = None

    def tail(self, lines: int = 20) -> str:
        r"""Return the last ``lines`` lines of the output, trailing blank lines dropped.

        Args:
            lines: How many lines to keep (0 or less gives an empty string).

        Returns:
            At most ``lines`` lines of the kept output, joined by ``\n``, with no final newline.

        Examples:
            >>> CheckResult("t", "true", 0, "one\ntwo\n\n", 0.0, False, True).tail(1)
            'two'
        """
        if lines <= 0:
            return ""
        return "\n".join(self.output.rstrip().splitlines()[-lines:])

    def outcome(self) -> str:
        """Describe how the check ended, e.g. ``"exit 1"`` or ``"timed out after 5s"``.

        Returns:
            ``"passed"``, ``"exit N"``, ``"timed out after Ns"``, ``"could not start"``,
            or why the time left stopped it or kept it from starting.

        Examples:
            >>> CheckResult("t", "true", 0, "", 0.0, False, True).outcome()
            'passed'
        """
        if self.passed:
            return "passed"
        if self.unfinished == "not run":
            return "not run: no time left"
        if self.unfinished is not None:
            return f"stopped after {self.duration:.0f}s: no time left"
        if self.timed_out:
            return f"timed out after {self.duration:.0f}s"
        if self.returncode is None:
            return "could not start"
        return f"exit {self.returncode}"


@dataclass(frozen=True, slots=True)
class CheckReport:
    """The outcome of all checks of one run.

    Attributes:
        results: One result per check, in the order they ran.

    Examples:
        >>> CheckReport(()).passed
        True
    """

    results: tuple[CheckResult, ...]

    @property
    def passed(self) -> bool:
        """Whether every check passed (true when there were none)."""
        return all(result.passed for result in self.results)

    @property
    def failed(self) -> list[CheckResult]:
        """The checks that did not pass, in run order."""
        return [result for result in self.results if not result.passed]

    @property
    def unfinished(self) -> list[CheckResult]:
        """The checks the run's time budget stopped or left unstarted, in run order."""
        return [result for result in self.results if result.unfinished is not None]

    def summary(self) -> str:
        """Return one line saying how many checks passed and how each failure ended.

        Returns:
            E.g. ``"1 of 2 checks failed: tests (exit 1)"``.

        Examples:
            >>> CheckReport((CheckResult("t", "true", 0, "", 0.0, False, True),)).summary()
            'all 1 check passed'
        """
        total = len(self.results)
        noun = "check" if total == 1 else "checks"
        if self.passed:
            return f"all {total} {noun} passed"
        failures = ", ".join(f"{r.name} ({r.outcome()})" for r in self.failed)
        return f"{len(self.failed)} of {total} {noun} failed: {failures}"

    def details(self, lines: int = 20) -> str:
        r"""Return the summary, then each failed check's command and output tail.

        Args:
            lines: Output lines to show per failed check.

        Returns:
            Multi-line text suitable as a Stop hook's reason.

        Examples:
            >>> CheckReport((CheckResult("t", "false", 1, "boom\n", 0.0, False, False),)).details()
            '1 of 1 check failed: t (exit 1)\n\n$ false\nboom'
        """
        parts = [self.summary()]
        for result in self.failed:
            if result.unfinished == "not run":
                continue  # nothing ran: the summary says so
            part = f"$ {result.command}"
            if result.dropped:
                part += f"\n[{result.dropped:,} earlier bytes of output dropped]"
            tail = result.tail(lines)
            parts.append(part + (f"\n{tail}" if tail else ""))
        return "\n\n".join(parts)
