"""Help, language choice, and answers to what no other handler took."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.domain import buttons
from bot.domain.asking import Kind
from bot.domain.forms import Command
from bot.texts import LANGUAGES, t
from handlers import faq, proposals, questions, statuses
from handlers.plumbing import flows
from handlers.plumbing.commands import commands_for
from handlers.plumbing.context import Context, Role
from handlers.plumbing.menu import set_chat_menu
from handlers.plumbing.queries import acknowledge, pressed
from storage import officers
from storage.officers import Status


def command_list(role: Role, lang: str) -> str:
    """The commands a role may use, one per line with what each does."""
    lines = [t(lang, "help.commands_title")]
    lines += [
        f"/{c.name} — {t(lang, c.help_key_for(role))}" for c in commands_for(role, menu_only=True)
    ]
    return "\n".join(lines)


async def show_help(update: Update, context: Context) -> None:
    """List the commands of the user's role, and how forms are navigated."""
    who = context.who
    message = update.effective_message
    assert message is not None
    parts = [command_list(who.role, who.lang), t(who.lang, "help.forms")]
    if who.role is Role.GUEST:
        status = who.officer.status
        parts.append(t(who.lang, "help.pending" if status is Status.PENDING else "help.guest"))
    await message.reply_text("\n\n".join(parts))
    await flows.remind(context)


async def choose_language(update: Update, context: Context) -> None:
    """Offer the languages as buttons."""
    who = context.who
    message = update.effective_message
    assert message is not None
    choices = [
        InlineKeyboardButton(t(lang, "lang.name"), callback_data=buttons.LANGUAGE.pack(lang))
        for lang in LANGUAGES
    ]
    await message.reply_text(
        t(who.lang, "lang.choose"), reply_markup=InlineKeyboardMarkup([choices])
    )


async def set_language(update: Update, context: Context) -> None:
    """Switch the user's language and their command menu."""
    query = update.callback_query
    assert query is not None and query.data is not None
    (lang,) = pressed(buttons.LANGUAGE, query)
    who = context.who
    async with context.state.db.transaction() as tx:
        await officers.set_language(tx, who.user_id, lang)
    await acknowledge(query)
    await flows.clear_buttons(query.message)
    await context.bot.send_message(who.chat_id, t(lang, "lang.set"))
    await set_chat_menu(context.bot, context.state.db, who.user_id, who.chat_id, who.role, lang)
    # An open form is shown again in the new language, so the user knows where they were.
    context.identity = replace(who, officer=replace(who.officer, language=lang))
    await flows.feed(update, context, Command.SHOW)


async def unknown_command(update: Update, context: Context) -> None:
    """A command the bot does not have; or a question typed after a slash, as to a search box
    ("/rtlh syarat", "/rakor kapan"), which is answered when its words read as one."""
    message = update.effective_message
    assert message is not None
    word, _, rest = (message.text or "").lstrip("/").partition(" ")
    asked = f"{word.partition('@')[0]} {rest}".strip()  # "/rakor@SinkronBot kapan"
    if (
        asked
        and not await flows.has_draft(context)  # inside a form a slash is a form command
        # the knowledge questions are answered from, the province's saved answers with it
        and (await faq.current(context.state)).matcher.understand(asked).kind is not Kind.UNKNOWN
    ):
        await questions.answer_text(update, context, asked)
        return
    await message.reply_text(t(context.who.lang, "general.unknown_command"))


# "/usul itu buat apa?", "/status artinya apa": a question about a command typed after it,
# which a new officer means as a question, not as the start of the command (the form began).
COMMAND_ASKED = filters.Regex(
    r"(?i)^/(?:usul|status)(?:@\w+)?\s+(?:.*\?|.*\b(?:apa|apakah|bagaimana|gimana|gmn|"
    r"cara\w*|kenapa|mengapa|siapa|kapan|berapa|what|how|why)\b)"
)


async def command_asked_about(update: Update, context: Context) -> None:
    """A question typed after /usul or /status is answered; inside an open form the command
    does what it always does (the form keeps its place)."""
    message = update.effective_message
    assert message is not None
    text = message.text or ""
    if await flows.has_draft(context):
        usul = text.lower().startswith("/usul")
        command = proposals.start_proposal if usul else statuses.status_command
        await command(update, context)
        return
    await questions.answer_text(update, context, text.strip())


async def unexpected_message(update: Update, context: Context) -> None:
    """What no feature answers: a sticker, a voice note, a video... Inside a form, the form's
    question is asked again; outside, the user is told what they can do."""
    who = context.who
    message = update.effective_message
    assert message is not None
    if await flows.has_draft(context):
        await message.reply_text(t(who.lang, "form.unsupported_input"))
        await flows.feed(update, context, Command.SHOW)
        return
    if who.role is not Role.GUEST:
        key = "general.not_understood"
    elif who.officer.status is Status.PENDING:
        key = "access.pending"
    else:
        key = "general.register_hint"
    await message.reply_text(t(who.lang, key))


async def stale_button(update: Update, context: Context) -> None:
    """A button from a message that no longer means anything."""
    query = update.callback_query
    assert query is not None
    await acknowledge(query, t(context.who.lang, "form.stale_button"), alert=True)


def handlers() -> list[BaseHandler[Any, Any, Any]]:
    """Help and language handlers."""
    return [
        CommandHandler("bantuan", show_help),
        CommandHandler("help", show_help),
        CommandHandler("bahasa", choose_language),
        CommandHandler("language", choose_language),
        CallbackQueryHandler(set_language, pattern=buttons.LANGUAGE.pattern),
    ]


def command_questions() -> list[BaseHandler[Any, Any, Any]]:
    """Registered before the commands themselves, which would otherwise take the question."""
    return [CommandHandler(["usul", "status"], command_asked_about, filters=COMMAND_ASKED)]


def fallbacks() -> list[BaseHandler[Any, Any, Any]]:
    """Last resort: registered after every feature so they only see what nobody took."""
    return [
        MessageHandler(filters.COMMAND, unknown_command),
        MessageHandler(filters.ALL, unexpected_message),
        CallbackQueryHandler(stale_button),
    ]
