"""Helpers for driving the pure form engine in tests."""

from __future__ import annotations

from collections.abc import Sequence

from bot.domain import forms
from bot.domain.forms import Answers, Draft, Event, Form, Step, View


def feed(
    form: Form,
    events: Sequence[Event],
    prefill: Answers | None = None,
    *,
    locked: Sequence[str] = (),
) -> Step:
    """Start `form` and apply each event in turn; the last step."""
    step = forms.start(form, prefill, locked=locked)
    for event in events:
        assert step.draft is not None, f"form ended before {event!r}"
        step = forms.handle(form, step.draft, event)
    return step


def draft_of(step: Step) -> Draft:
    """The draft a step leaves (it must leave one)."""
    assert step.draft is not None
    return step.draft


def asked(step: Step) -> str:
    """The name of the field a step asks."""
    assert step.view is View.ASK, step
    assert step.field is not None
    return step.field.name
