"""Errors a person can cause, each with a translatable message (shown in their language)."""

from __future__ import annotations

from ..domain.i18n import QT_TRANSLATE_NOOP, Message
from ..domain.validation import Problem, ValidationError

__all__ = ["NotFound", "Problem", "RuleViolation", "ValidationError"]


class RuleViolation(ValueError):
    """A request the register's rules do not allow (e.g. an extension after its deadline)."""

    def __init__(self, message: Message, field: str = "") -> None:
        super().__init__(message.render())
        self.message = message
        self.field = field


class NotFound(LookupError):
    def __init__(self, entity: str, entity_id: int) -> None:
        self.entity = entity
        self.entity_id = entity_id
        self.message = Message(
            "Errors",
            QT_TRANSLATE_NOOP("Errors", "No %1 with id %2."),
            (entity, str(entity_id)),
        )
        super().__init__(self.message.render())
