"""A proposal's lifecycle: its statuses, who may move it where, and which moves need a reason.

    diajukan -> verifikasi -> dibahas_rakor -> disetujui | ditolak | dialihkan
    any status under review -> perlu_perbaikan (note) -> revised by the officer -> diajukan
    the officer may withdraw (dibatalkan) before a decision

Decisions (disetujui, ditolak, dialihkan) and withdrawals are final here; a decision taken by
mistake is corrected by the province outside the bot, on purpose: an officer told "approved"
must not see it silently reversed.
"""

from __future__ import annotations

import re
from enum import StrEnum

from bot.domain.errors import Invalid


class Status(StrEnum):
    """Where a proposal stands."""

    DIAJUKAN = "diajukan"  # submitted (or resubmitted after revision)
    VERIFIKASI = "verifikasi"  # the province is checking it
    PERLU_PERBAIKAN = "perlu_perbaikan"  # returned to the officer with a note
    DIBAHAS_RAKOR = "dibahas_rakor"  # on the Rakor's table
    DISETUJUI = "disetujui"
    DITOLAK = "ditolak"
    DIALIHKAN = "dialihkan"  # redirected to another funding channel
    DIBATALKAN = "dibatalkan"  # withdrawn by the officer


class Actor(StrEnum):
    """Who moves a proposal."""

    ADMIN = "admin"
    OFFICER = "officer"


# (from, to) -> who may make that move. Anything not listed is refused.
TRANSITIONS: dict[tuple[Status, Status], Actor] = {
    (Status.DIAJUKAN, Status.VERIFIKASI): Actor.ADMIN,
    (Status.DIAJUKAN, Status.PERLU_PERBAIKAN): Actor.ADMIN,
    (Status.DIAJUKAN, Status.DIBAHAS_RAKOR): Actor.ADMIN,
    (Status.DIAJUKAN, Status.DITOLAK): Actor.ADMIN,
    (Status.DIAJUKAN, Status.DIALIHKAN): Actor.ADMIN,
    (Status.VERIFIKASI, Status.PERLU_PERBAIKAN): Actor.ADMIN,
    (Status.VERIFIKASI, Status.DIBAHAS_RAKOR): Actor.ADMIN,
    (Status.VERIFIKASI, Status.DITOLAK): Actor.ADMIN,
    (Status.VERIFIKASI, Status.DIALIHKAN): Actor.ADMIN,
    (Status.DIBAHAS_RAKOR, Status.PERLU_PERBAIKAN): Actor.ADMIN,
    (Status.DIBAHAS_RAKOR, Status.DISETUJUI): Actor.ADMIN,
    (Status.DIBAHAS_RAKOR, Status.DITOLAK): Actor.ADMIN,
    (Status.DIBAHAS_RAKOR, Status.DIALIHKAN): Actor.ADMIN,
    # A returned proposal the regency never fixes can still be closed by the province.
    (Status.PERLU_PERBAIKAN, Status.DITOLAK): Actor.ADMIN,
    (Status.PERLU_PERBAIKAN, Status.DIALIHKAN): Actor.ADMIN,
    # The officer's own moves: resubmitting a revision, withdrawing before a decision.
    (Status.PERLU_PERBAIKAN, Status.DIAJUKAN): Actor.OFFICER,
    (Status.DIAJUKAN, Status.DIBATALKAN): Actor.OFFICER,
    (Status.VERIFIKASI, Status.DIBATALKAN): Actor.OFFICER,
    (Status.PERLU_PERBAIKAN, Status.DIBATALKAN): Actor.OFFICER,
    (Status.DIBAHAS_RAKOR, Status.DIBATALKAN): Actor.OFFICER,
}

NEEDS_REASON = frozenset({Status.PERLU_PERBAIKAN, Status.DITOLAK, Status.DIALIHKAN})
# Waiting for the province to act (flagged when older than the service standard).
WAITING_FOR_PROVINCE = frozenset({Status.DIAJUKAN, Status.VERIFIKASI})
# Where a redirected proposal may go (docs/domain.md: other channels when not the province's).
REDIRECTS = ("apbd_kabkota", "apbn", "dak", "apbdes", "csr", "lainnya")
REASON_MAX = 1000

# Words that carry no reason on their own: a reply of only these ("ok", "tolak saja", "revisi
# ya") would reach the officer as their proposal's explanation and tell them nothing to mend.
_EMPTY_REASON_WORDS = frozenset(
    (  # noqa: SIM905 - a word list reads best as words
        "ok oke okay okey ya yes y no tidak tdk ga gak nggak enggak sip siap noted done selesai "
        "tes test coba aja saja deh dulu ini itu dan atau yg yang sudah udah udh sdh belum blm "
        "tolak ditolak setuju disetujui revisi direvisi kembali kembalikan dikembalikan perbaiki "
        "diperbaiki alihkan dialihkan alasan catatan lihat atas lain lainnya dll"
    ).split()
)
_WORD = re.compile(r"[^\W_]+")


def allowed(current: Status, actor: Actor) -> list[Status]:
    """The statuses `actor` may move a proposal in `current` to, in lifecycle order."""
    return [to for (frm, to), who in TRANSITIONS.items() if frm is current and who is actor]


def says_why(reason: str) -> bool:
    """Whether a reason says something the officer can act on (not "ok", "tolak saja")."""
    words = [w for w in _WORD.findall(reason.casefold()) if w not in _EMPTY_REASON_WORDS]
    return sum(len(w) for w in words) >= 5 and any(len(w) >= 3 for w in words)


def check(current: Status, to: Status, actor: Actor, reason: str | None) -> str | None:
    """Validate one move; returns the cleaned reason. Raises Invalid.

    Refusals: lifecycle.not_allowed (from, to), lifecycle.reason_required (to),
    text.too_long (max, length).
    """
    if TRANSITIONS.get((current, to)) is not actor:
        raise Invalid("lifecycle.not_allowed", frm=current.value, to=to.value)
    cleaned = (reason or "").strip() or None
    if to in NEEDS_REASON and cleaned is None:
        raise Invalid("lifecycle.reason_required", to=to.value)
    if cleaned is not None and len(cleaned) > REASON_MAX:
        raise Invalid("text.too_long", max=REASON_MAX, length=len(cleaned))
    return cleaned
