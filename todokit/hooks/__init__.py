"""Claude Code hooks: what ``todokit hook`` does for each event.

Examples:
    >>> from todokit.hooks import handle_event
    >>> from todokit.agent.events import HookEvent
    >>> handle_event(HookEvent(event_name="PreCompact"), {})
    ''
"""

from todokit.hooks.handler import handle_event

__all__ = ["handle_event"]
