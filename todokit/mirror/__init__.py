"""An agent's own task list in todokit's terms, and mirroring it into a document.

Pure: payloads and documents in, values and documents out, no I/O.

- :mod:`~todokit.mirror.todowrite`, :mod:`~todokit.mirror.tasktools` and
  :mod:`~todokit.mirror.plans`: the task tools' payloads (TodoWrite,
  TaskCreate, TaskUpdate, TaskCreated, TaskCompleted; Codex CLI's update_plan,
  Gemini CLI's write_todos) read into :class:`~todokit.mirror.todowrite.AgentTodo`,
  and statuses mapped both ways;
- :mod:`~todokit.mirror.merge`: :func:`~todokit.mirror.merge.merge_todos`,
  the agent's tasks mirrored into a document, never deleting.

The hooks (:mod:`todokit.hooks.agent_tasks`) and ``todokit import``
(:func:`todokit.import_todowrite`) both merge through it.

Examples:
    >>> from todokit.document import parse
    >>> from todokit.mirror.merge import merge_todos
    >>> from todokit.mirror.todowrite import todos_from_todowrite
    >>> todos = todos_from_todowrite({"todos": [{"content": "Ship", "status": "completed"}]})
    >>> merge_todos(parse("- [ ] Ship\\n"), todos, {}).render()
    '- [x] Ship\\n'
"""
