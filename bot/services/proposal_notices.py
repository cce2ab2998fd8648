"""What a proposal's status changes say, queued in the outbox with the change that caused them.

Keys: `status:<proposal>:<event>:<user>` for officers, `proposal-back:<code>:<event>:<admin>`
for admins (a revision resubmitted, a proposal withdrawn): one message per change per person.
"""

from __future__ import annotations

from collections.abc import Iterable

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.domain import buttons
from bot.domain.lifecycle import Status
from bot.services import notify
from bot.texts import Raw, t
from storage.db import Tx
from storage.officers import Officer, get, list_by_status
from storage.officers import Status as OfficerStatus
from storage.proposals import Proposal, ProposalEvent


def review_button(proposal_id: int, lang: str = "id") -> InlineKeyboardMarkup:
    """ "Tinjau": opens the proposal's detail for an admin."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    t(lang, "btn.tinjau"),
                    callback_data=buttons.REVIEW_DETAIL.pack("d", proposal_id),
                )
            ]
        ]
    )


def redirect_text(redirect: str | None, lang: str) -> str:
    """Where a redirected proposal was sent, in words."""
    return t(lang, f"redirect.{redirect}") if redirect else ""


def change_text(proposal: Proposal, event: ProposalEvent, lang: str) -> str:
    """The message an officer reads about one status change: what, why, what next."""
    lines = [
        t(
            lang,
            "review.changed",
            code=proposal.code,
            title=proposal.title,
            status=t(lang, f"proposal.{event.to_status}"),
        )
    ]
    if event.redirect:
        lines.append(t(lang, "review.redirected_to", channel=redirect_text(event.redirect, lang)))
    if event.note:
        lines.append(t(lang, "review.note", note=event.note))
    lines.append(t(lang, f"review.next.{event.to_status}"))
    return "\n".join(lines)


async def regency_officers(tx: Tx, regency_code: str) -> list[Officer]:
    """The active officers of one regency."""
    return await list_by_status(tx, OfficerStatus.ACTIVE, regency_code)


async def tell_regency(tx: Tx, proposal: Proposal, event: ProposalEvent) -> int:
    """The submitting officer and the regency's other active officers hear of the change
    (all but the one who made it)."""
    people = {o.user_id: o for o in await regency_officers(tx, proposal.regency_code)}
    submitter = await get(tx, proposal.officer_id)
    if submitter is not None and submitter.status is OfficerStatus.ACTIVE:
        people[submitter.user_id] = submitter
    people.pop(event.actor_id or 0, None)  # whoever made the change was answered directly
    count = 0
    for officer in people.values():
        lang = officer.language
        markup = None
        if event.to_status == Status.PERLU_PERBAIKAN and officer.user_id == proposal.officer_id:
            markup = InlineKeyboardMarkup(
                [
                    [
                        InlineKeyboardButton(
                            t(lang, "btn.revise"),
                            callback_data=buttons.PROPOSAL.pack("fix", proposal.id),
                        )
                    ]
                ]
            )
        key = f"status:{proposal.id}:{event.id}:{officer.user_id}"
        count += await notify.queue(
            tx, key, officer.chat_id, change_text(proposal, event, lang), markup,
            ref=f"proposal:{proposal.code}",
        )  # fmt: skip
    return count


async def tell_admins(
    tx: Tx, admins: Iterable[int], proposal: Proposal, event: ProposalEvent, who: str
) -> int:
    """Admins hear of what officers do: a revision back for review, a withdrawal."""
    key = (
        "review.admin_resubmitted"
        if event.to_status == Status.DIAJUKAN
        else "review.admin_withdrawn"
    )
    text = t("id", key, code=proposal.code, title=proposal.title, officer=who,
             note=Raw(t("id", "review.note", note=event.note) if event.note else ""))  # fmt: skip
    count = 0
    for admin_id in sorted(admins):
        count += await notify.queue(
            tx, f"proposal-back:{proposal.code}:{event.id}:{admin_id}", admin_id, text,
            review_button(proposal.id), ref=f"proposal:{proposal.code}",
        )  # fmt: skip
    return count
