"""/start, the registration form, and the admins' approve/reject decision."""

from __future__ import annotations

import logging
from typing import Any

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.domain import buttons
from bot.domain.forms import Answers, Field, Form, text_parser
from bot.domain.parsing import parse_text
from bot.domain.regions import regency_by_code
from bot.domain.registration import REGISTRATION
from bot.services import meeting_notices, notify
from bot.texts import Raw, t
from handlers import general
from handlers.plumbing import flows
from handlers.plumbing.context import Context, Identity, Role
from handlers.plumbing.menu import set_chat_menu
from handlers.plumbing.queries import acknowledge, pressed
from storage import audit, officers
from storage.db import Tx
from storage.officers import Officer, Registration, Status

log = logging.getLogger(__name__)


class RegistrationFlow(flows.FormFlow):
    """Registration: stored as a pending officer, then offered to the admins."""

    form = REGISTRATION

    def __init__(self, admin_ids: frozenset[int]) -> None:
        self.admin_ids = admin_ids

    async def finish(self, tx: Tx, who: Identity, answers: Answers) -> Officer:
        """Store the registration and queue the request to every admin, in one transaction."""
        registration = Registration(
            full_name=answers["full_name"],
            regency_code=answers["regency"],
            position=answers["position"],
            phone=answers["phone"],
        )
        officer = await officers.submit_registration(tx, who.user_id, registration)
        await audit.record(tx, who.user_id, "registration.submitted", f"user:{who.user_id}")
        keyboard = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        t("id", "btn.approve"),
                        callback_data=buttons.REGISTRATION.pack(
                            "ok", officer.user_id, officer.request_no
                        ),
                    ),
                    InlineKeyboardButton(
                        t("id", "btn.reject"),
                        callback_data=buttons.REGISTRATION.pack(
                            "no", officer.user_id, officer.request_no
                        ),
                    ),
                ]
            ]
        )
        queued = await notify.queue_for_admins(
            tx,
            self.admin_ids,
            f"reg-request:{officer.user_id}:r{officer.request_no}",
            _request_text(officer),
            keyboard,
            ref=f"registration:{officer.user_id}",
        )
        if not queued:
            # Stored and listed in /petugas, but nobody will be told: make it loud in the log.
            log.error(
                "registration of user %s reaches no admin: [access] admin_ids is empty", who.user_id
            )
        return officer

    async def announce(self, update: Update, context: Context, result: Any) -> None:
        """Thank the user (the admins' copies are on their way through the outbox)."""
        officer: Officer = result
        message = update.effective_message
        assert message is not None
        context.state.wake_sender()
        await message.reply_text(t(officer.language, "reg.submitted"))


def _outcome_text(officer: Officer, approve: bool) -> str:
    lang = officer.language
    if not approve:
        return t(lang, "reg.rejected", name=officer.full_name)
    welcome = t(lang, "reg.approved", name=officer.full_name)
    return welcome + "\n\n" + general.command_list(Role.OFFICER, lang)


def _request_text(officer: Officer) -> str:
    # Admins read Indonesian: the province's working language.
    return t(
        "id",
        "reg.admin_request",
        name=officer.full_name,
        regency=regency_by_code(officer.regency_code or "").name,
        position=officer.position,
        phone=officer.phone,
        user_id=officer.user_id,
    )


async def start(update: Update, context: Context) -> None:
    """Greet the user; a newcomer is walked into registration."""
    who = context.who
    message = update.effective_message
    assert message is not None
    if who.is_admin:
        await set_chat_menu(
            context.bot, context.state.db, who.user_id, who.chat_id, Role.ADMIN, who.lang
        )
        await message.reply_text(
            t(who.lang, "start.admin", name=who.display_name)
            + "\n\n"
            + general.command_list(Role.ADMIN, who.lang)
        )
        await flows.remind(context)
        return
    status = who.officer.status
    if status is Status.ACTIVE:
        await message.reply_text(
            t(who.lang, "start.officer", name=who.display_name)
            + "\n\n"
            + general.command_list(Role.OFFICER, who.lang)
        )
        await flows.remind(context)
    elif status is Status.PENDING:
        await message.reply_text(t(who.lang, "start.pending", name=who.display_name))
    else:
        intro = "start.rejected" if status is Status.REJECTED else "start.new"
        await message.reply_text(t(who.lang, intro, name=who.telegram_name))
        await flows.begin(update, context, context.state.flows[REGISTRATION.name])


async def decide(update: Update, context: Context) -> None:
    """An admin approves or rejects a registration from its buttons."""
    query = update.callback_query
    assert query is not None and query.data is not None
    admin = context.who
    verdict, user_id, *rest = pressed(buttons.REGISTRATION, query)
    approve = verdict == "ok"
    from_list = rest[-1:] == ["l"]
    # Buttons name the registration they were made for; ones from before that lack it.
    request_no = next((value for value in rest if isinstance(value, int)), None)
    async with context.state.db.transaction() as tx:
        officer = await officers.decide(
            tx, user_id, approve=approve, admin_id=admin.user_id, request_no=request_no
        )
        if officer is not None:
            action = "registration.approved" if approve else "registration.rejected"
            await audit.record(tx, admin.user_id, action, f"user:{user_id}")
            # The officer hears the outcome through the outbox, queued with the decision.
            await notify.queue(
                tx,
                f"reg-outcome:{user_id}:r{officer.request_no}",
                officer.chat_id,
                _outcome_text(officer, approve),
                ref=f"registration:{user_id}",
            )
            if approve:
                # Invitations already sent to the regency reach the newcomer too.
                await meeting_notices.invite_new_officer(
                    tx, officer, context.state.now(), context.state.settings.schedule.timezone
                )
        else:
            current = await officers.get(tx, user_id)
    if officer is None:
        status = current.status if current is not None else Status.GUEST
        replaced = (
            current is not None and request_no is not None and current.request_no != request_no
        )
        text = (
            t(admin.lang, "reg.replaced")
            if replaced
            else t(admin.lang, "reg.already_decided", status=t(admin.lang, f"status.{status}"))
        )
        await acknowledge(query, text, alert=replaced)
        if not from_list:  # the list still holds other requests' buttons
            await flows.clear_buttons(query.message)
        return
    context.state.wake_sender()
    if approve:
        await set_chat_menu(
            context.bot,
            context.state.db,
            officer.user_id,
            officer.chat_id,
            Role.OFFICER,
            officer.language,
        )
    await acknowledge(query, t(admin.lang, "reg.decided_ok" if approve else "reg.decided_no"))
    if from_list:
        key = "reg.listed_ok" if approve else "reg.listed_no"
        await context.bot.send_message(admin.chat_id, t(admin.lang, key, name=officer.full_name))
    else:
        await _mark_decided(query, admin, approve)
    if not approve:
        # One tap rejects; a reason, which helps the applicant register right, is optional.
        why = InlineKeyboardButton(
            t(admin.lang, "btn.reject_reason"),
            callback_data=buttons.REJECTION_REASON.pack("why", officer.user_id, officer.request_no),
        )
        await context.bot.send_message(
            admin.chat_id,
            t(admin.lang, "reg.ask_reason", name=officer.full_name),
            reply_markup=InlineKeyboardMarkup([[why]]),
        )


REASON_FORM = Form(
    name="reg_alasan",
    title="reg.reason_title",
    fields=(
        Field("target", "reg.reason.label", "reg.reason.label", in_summary=False),
        Field("reason", "reg.reason.label", "reg.reason.prompt", hint="reg.reason.hint",
              parse=text_parser(lambda text: parse_text(text, max_len=500))),
    ),
)  # fmt: skip


class RejectionReasonFlow(flows.FormFlow):
    """Why a registration was rejected, told to the applicant."""

    form = REASON_FORM
    role = Role.ADMIN

    async def finish(self, tx: Tx, who: Identity, answers: Answers) -> Any:
        """Queue the reason, if that rejection is still the applicant's latest decision."""
        target = answers["target"]
        officer = await officers.get(tx, int(target["user"]))
        if (
            officer is None
            or officer.status is not Status.REJECTED
            or officer.request_no != target["request"]
        ):
            return None
        await audit.record(tx, who.user_id, "registration.reason", f"user:{officer.user_id}")
        text = t(officer.language, "reg.reason_for_applicant", reason=answers["reason"])
        key = f"reg-reason:{officer.user_id}:r{officer.request_no}"
        await notify.queue(tx, key, officer.chat_id, text, ref=f"registration:{officer.user_id}")
        return officer

    async def announce(self, update: Update, context: Context, result: Any) -> None:
        """Say whether it went out."""
        who = context.who
        key = "reg.reason_sent" if result is not None else "reg.reason_stale"
        context.state.wake_sender()
        await context.bot.send_message(who.chat_id, t(who.lang, key))


async def ask_reason(update: Update, context: Context) -> None:
    """ "Tulis alasan": the one-field form for the rejected applicant."""
    query = update.callback_query
    assert query is not None and query.data is not None
    await acknowledge(query)
    _, user_id, request_no = pressed(buttons.REJECTION_REASON, query)
    if await flows.busy_with_other_form(context):
        return
    target = {"user": user_id, "request": request_no}
    await flows.begin(
        update, context, context.state.flows[REASON_FORM.name], {"target": target},
        locked=("target",),
    )  # fmt: skip


async def _mark_decided(query: CallbackQuery, admin: Identity, approve: bool) -> None:
    """Stamp the admin's copy of the request with the decision, buttons removed."""
    message = query.message
    if not isinstance(message, Message) or message.text is None:
        return
    stamp = t("id", "reg.stamp_ok" if approve else "reg.stamp_no", admin=admin.display_name)
    try:
        await message.edit_text(
            t("id", "reg.stamped", request=Raw(message.text_html), stamp=Raw(stamp)),
            reply_markup=None,
        )
    except BadRequest as error:  # too old to edit, or already stamped: the decision stands
        log.info("registration request not stamped: %s", error)


def handlers() -> list[BaseHandler[Any, Any, Any]]:
    """Handlers of this feature."""
    return [
        CommandHandler("start", start),
        CallbackQueryHandler(decide, pattern=buttons.REGISTRATION.pattern),
        CallbackQueryHandler(ask_reason, pattern=buttons.REJECTION_REASON.pattern),
    ]
