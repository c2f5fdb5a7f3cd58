"""Pure operations that arrange a task list: carry, score, sort, park and place.

Each takes a :class:`~todokit.document.Document` and returns a new one (or
values about it), touching nothing on disk; :mod:`todokit.lifecycle` runs them
under the lock and writes the result. :mod:`~todokit.arrange.carry` keeps
unfinished work, :mod:`~todokit.arrange.scoring` scores items for the task at
hand, :mod:`~todokit.arrange.sort` orders every list,
:mod:`~todokit.arrange.scope` parks what is unrelated,
:mod:`~todokit.arrange.placement` decides where parked and new work goes,
:mod:`~todokit.arrange.arrangement` does all of it for a start or a scope, and
:mod:`~todokit.arrange.decisions` says why each task went where it did.
"""
