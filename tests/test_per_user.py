"""Updates of different users run at once; one user's updates run in the order they came."""

from __future__ import annotations

import asyncio

from telegram import Chat, Message, Update, User

from bot.services.per_user import PerUserOrder


def update_from(user_id: int, update_id: int) -> Update:
    user = User(user_id, "Budi", is_bot=False)
    chat = Chat(user_id, Chat.PRIVATE)
    message = Message(update_id, date=None, chat=chat, from_user=user, text="x")  # type: ignore[arg-type]
    return Update(update_id, message=message)


async def test_one_users_updates_keep_their_order_while_others_go_on():
    processor = PerUserOrder()
    log: list[str] = []
    first_may_finish = asyncio.Event()

    async def slow_first() -> None:
        log.append("budi 1 start")
        await first_may_finish.wait()
        log.append("budi 1 end")

    async def quick(name: str) -> None:
        log.append(name)

    budi_1 = asyncio.create_task(processor.process_update(update_from(1, 1), slow_first()))
    await asyncio.sleep(0)
    budi_2 = asyncio.create_task(processor.process_update(update_from(1, 2), quick("budi 2")))
    sari = asyncio.create_task(processor.process_update(update_from(2, 3), quick("sari")))
    await sari  # another user is not held up by Budi's slow update
    assert log == ["budi 1 start", "sari"]
    first_may_finish.set()
    await asyncio.gather(budi_1, budi_2)
    assert log == ["budi 1 start", "sari", "budi 1 end", "budi 2"]  # Budi's, in order
    assert processor._locks == {}  # nothing kept for users with nothing in flight
