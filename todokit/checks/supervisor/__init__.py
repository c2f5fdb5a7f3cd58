"""The supervisor of a completion check: its time limit holds whatever the command does.

:mod:`todokit.checks.run` starts one supervisor process per check::

    python -I -S -c "<put todokit on sys.path; run main()>" LIFELINE LIMIT CAP DIRECTORY COMMAND

It imports the standard library and this package only, and prints one JSON object:
``returncode``, ``timed_out``, ``duration``, ``dropped`` and ``output``, or ``error``
when the command could not start.

- :mod:`.run` runs the command, reads its output (the last ``CAP`` bytes are kept) and
  watches the clock and the ``LIFELINE``, a pipe whose write end only todokit holds:
  when todokit ends, even by SIGKILL, the pipe reads as closed and the check is killed.
- :mod:`.tree` kills what the check started. On Linux the supervisor is the *child
  subreaper* of everything the check starts, so a process that forks twice or calls
  ``setsid`` is still its descendant; elsewhere the check runs in its own process group.
"""
