"""Pure operations that arrange a task list: carry, sort, park and place.

Each takes a :class:`~todokit.document.Document` and returns a new one,
touching nothing on disk; :mod:`todokit.lifecycle` runs them under the lock
and writes the result. :mod:`~todokit.arrange.carry` keeps unfinished work,
:mod:`~todokit.arrange.sort` orders every list, :mod:`~todokit.arrange.scope`
parks what is unrelated and :mod:`~todokit.arrange.placement` decides where
parked and new work goes.
"""
