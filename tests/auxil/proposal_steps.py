"""Scripted answers to the proposal form, as an officer would give them."""

from __future__ import annotations

from tests.auxil.harness import Harness

Step = tuple[str, object]

SLUM_HEAD: list[Step] = [
    ("text", "Peningkatan kualitas kawasan kumuh Baamang Hulu"),
    ("press", "Peningkatan kualitas kawasan kumuh"),
    ("press", "Drainase"),
    ("press", "Jalan lingkungan"),
    ("press", "Selesai"),
    ("text", "baamang"),
    ("text", "baamang hulu"),
    ("text", "Kawasan Tepian Sungai Mentaya RT 05"),
    ("press", "Perkotaan"),
]
SLUM_TAIL: list[Step] = [
    ("text", "120 KK"),
    ("text", "450 jiwa"),
    ("press", "Aset pemda"),
    ("press", "Ya"),
    ("text", "188.45/123/2023"),
    ("text", "12/03/2023"),
    ("press", "Ya"),
    ("press", "DED"),
    ("press", "RAB"),
    ("press", "Selesai"),
    ("text", "1,5 M"),
    ("press", "APBD Provinsi"),
    ("location", (-2.54, 112.95)),
    ("photo", 120_000),
    ("photo", 98_000),
    ("press", "Selesai"),
    ("text", "/lewati"),
    ("text", "Genangan setiap hujan karena drainase tersumbat; 120 KK terdampak."),
]
SLUM: list[Step] = [*SLUM_HEAD, ("text", "12,5 ha"), *SLUM_TAIL]

PSU: list[Step] = [
    ("text", "Pembangunan jalan lingkungan dan drainase Pahandut Seberang"),
    ("press", "PSU"),
    ("press", "Kawasan permukiman"),
    ("text", "drainase, jalan lingkungan"),
    ("text", "pahandut"),
    ("text", "pahandut seberang"),
    ("text", "Gang Rukun RT 03"),
    ("press", "Perkotaan"),
    ("text", "3,2 ha"),
    ("text", "85"),
    ("text", "310 jiwa"),
    ("press", "Aset pemda"),
    ("press", "Belum tahu"),
    ("press", "Selesai"),
    ("text", "750 juta"),
    ("press", "APBD Provinsi"),
    ("text", "-2.2136, 113.9108"),
    ("photo", 200_000),
    ("press", "Selesai"),
    ("document", "rab.pdf"),
    ("press", "Selesai"),
    ("text", "Jalan tanah becek saat hujan, akses sekolah terputus."),
]


async def play(bot: Harness, user_id: int, steps: list[Step]) -> list[str]:
    """Give each answer in turn; return the texts of the bot's last replies."""
    replies: list[str] = []
    for kind, value in steps:
        if kind == "text":
            replies = await bot.send(user_id, str(value))
        elif kind == "press":
            replies = await bot.press(user_id, str(value))
        elif kind == "location":
            lat, lon = value  # type: ignore[misc]
            sent = await bot.process(bot.standin.location_update(user_id, lat, lon))
            replies = [m.plain_text for m in sent if m.chat_id == user_id]
        elif kind == "photo":
            sent = await bot.process(bot.standin.photo_update(user_id, file_size=int(value)))  # type: ignore[call-overload]
            replies = [m.plain_text for m in sent if m.chat_id == user_id]
        elif kind == "document":
            update = bot.standin.document_update(
                user_id, file_name=str(value), mime_type="application/pdf", file_size=50_000
            )
            sent = await bot.process(update)
            replies = [m.plain_text for m in sent if m.chat_id == user_id]
        else:  # pragma: no cover - a typo in a script
            raise ValueError(kind)
    return replies
