"""The broadcast form (/siaran): what to send and to whom."""

from __future__ import annotations

from typing import Any

from bot.domain.errors import Invalid
from bot.domain.forms import Answers, Field, FileInput, Form, Input, Option, TextInput
from bot.domain.regions import REGENCIES

MAX_TEXT = 4000  # a caption longer than Telegram's 1,024 is sent as a follow-up message
PROPOSAL_STATUSES = (
    "diajukan",
    "verifikasi",
    "perlu_perbaikan",
    "dibahas_rakor",
    "disetujui",
    "ditolak",
    "dialihkan",
)


def _content(event: Input, answers: Answers) -> dict[str, Any]:
    if isinstance(event, TextInput):
        text = event.text.strip()
        if not text:
            raise Invalid("text.empty")
        if len(text) > MAX_TEXT:
            raise Invalid("text.too_long", max=MAX_TEXT, length=len(text))
        return {"kind": "text", "text": text}
    if isinstance(event, FileInput):
        caption = (event.caption or "").strip()
        if len(caption) > MAX_TEXT:
            raise Invalid("text.too_long", max=MAX_TEXT, length=len(caption))
        return {"kind": event.kind, "file_id": event.file_id, "text": caption, "name": event.name}
    raise Invalid("siaran.content.expected")


def _shown(content: dict[str, Any]) -> str:
    text = content.get("text") or ""
    if content["kind"] == "text":
        return text
    label = "📷" if content["kind"] == "photo" else f"📄 {content.get('name') or ''}".strip()
    return f"{label} {text}".strip()


BROADCAST = Form(
    name="siaran",
    title="siaran.title",
    fields=(
        Field("content", "siaran.content.label", "siaran.content.prompt",
              hint="siaran.content.hint", parse=_content, show=_shown),
        Field("audience", "siaran.audience.label", "siaran.audience.prompt",
              options=(Option("semua", "siaran.audience.semua", translate=True),
                       Option("kabupaten", "siaran.audience.kabupaten", translate=True),
                       Option("status", "siaran.audience.status", translate=True))),
        Field("regencies", "siaran.regencies.label", "siaran.regencies.prompt",
              hint="regency.list_hint",
              when=lambda a: a["audience"] == "kabupaten", multi=True, min_choices=1,
              options=tuple(Option(r.code, r.short_name) for r in REGENCIES),
              depends_on=("audience",)),
        Field("proposal_status", "siaran.status.label", "siaran.status.prompt",
              when=lambda a: a["audience"] == "status",
              options=tuple(Option(s, f"proposal.{s}", translate=True) for s in PROPOSAL_STATUSES),
              depends_on=("audience",)),
    ),
)  # fmt: skip
