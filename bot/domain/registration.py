"""The registration form: who a new officer is and which regency they serve."""

from __future__ import annotations

from bot.domain.errors import Invalid
from bot.domain.forms import (
    Answers,
    ContactInput,
    Field,
    Form,
    Input,
    Option,
    TextInput,
    text_parser,
)
from bot.domain.parsing import parse_full_name, parse_phone, parse_position
from bot.domain.regions import REGENCIES, find_regency, regency_by_code


def _regency(event: Input, answers: Answers) -> str:
    if not isinstance(event, TextInput):
        raise Invalid("form.use_buttons")
    return find_regency(event.text).code


def _phone(event: Input, answers: Answers) -> str:
    if isinstance(event, ContactInput):
        if not event.own:
            # A forwarded contact is somebody else's number: the admin must reach the officer.
            raise Invalid("phone.not_own")
        return parse_phone(event.phone)
    if isinstance(event, TextInput):
        return parse_phone(event.text)
    raise Invalid("phone.expected")


def _regency_name(code: str) -> str:
    return regency_by_code(code).name


REGISTRATION = Form(
    name="reg",
    title="reg.title",
    fields=(
        Field(
            "full_name",
            label="reg.full_name.label",
            prompt="reg.full_name.prompt",
            hint="reg.full_name.hint",
            parse=text_parser(parse_full_name),
        ),
        Field(
            "regency",
            label="reg.regency.label",
            prompt="reg.regency.prompt",
            hint="reg.regency.hint",
            parse=_regency,
            options=tuple(Option(r.code, r.short_name) for r in REGENCIES),
            show=_regency_name,
        ),
        Field(
            "position",
            label="reg.position.label",
            prompt="reg.position.prompt",
            hint="reg.position.hint",
            parse=text_parser(parse_position),
        ),
        Field(
            "phone",
            label="reg.phone.label",
            prompt="reg.phone.prompt",
            hint="reg.phone.hint",
            parse=_phone,
            request_contact=True,
        ),
    ),
)
