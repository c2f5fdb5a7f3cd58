"""Task-wise three-way merging of Markdown task lists: the core of todokit's git merge driver.

Pure functions, no I/O: :func:`merge_lists` takes three texts and returns a
:class:`MergeResult`. :mod:`todokit.lifecycle.merging` wraps it for files and
git (falling back to ``git merge-file``); ``todokit merge`` is that wrapper's
command.

Examples:
    >>> from todokit.merging import merge_lists
    >>> merge_lists("- [ ] a\\n", "- [x] a\\n", "- [ ] a\\n- [ ] b\\n").text
    '- [x] a\\n- [ ] b\\n'
"""

from todokit.merging.core import MergeResult, merge_lists
from todokit.merging.output import Conflict

__all__ = ["Conflict", "MergeResult", "merge_lists"]
