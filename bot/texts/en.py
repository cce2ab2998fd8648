"""English: every user-facing text of the bot, for users who choose it with /bahasa."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # --- commands (menu and /bantuan) ---
    "cmd.start": "Start / register as an officer",
    "cmd.bantuan": "Commands and how to use the bot",
    "cmd.bahasa": "Change language (Indonesia/English)",
    "cmd.kembali": "Back to the previous question",
    "cmd.lewati": "Skip an optional question",
    "cmd.batal": "Cancel the form in progress",
    "cmd.help": "Commands (same as /bantuan)",
    "cmd.language": "Change language (same as /bahasa)",
    "cmd.petugas": "Officers and pending registrations",
    # --- greetings ---
    "start.new": (
        "Welcome to <b>Sinkron</b>, {name}! 👋\n"
        "The Central Kalimantan housing and settlement agency's service for regency and city "
        "officers.\n\n"
        "Please register first (4 short questions). Once a provincial admin approves you, "
        "every service is open to you."
    ),
    "start.rejected": (
        "Hello {name}. Your earlier registration was not approved. Please register again with "
        "correct details."
    ),
    "start.pending": (
        "Hello {name}. We have your registration and it is waiting for a provincial admin's "
        "approval. You will be told in this chat."
    ),
    "start.officer": "Welcome back, {name}! 👋",
    "start.admin": "Welcome, {name}. You are signed in as a <b>provincial admin</b>.",
    # --- help ---
    "help.commands_title": "<b>Commands you can use:</b>",
    "help.forms": (
        "<b>While filling in a form:</b>\n"
        "/kembali — back to the previous question\n"
        "/lewati — skip an optional question\n"
        "/batal — cancel the form\n"
        "Your answers are saved at every step; if the connection drops, just carry on later."
    ),
    "help.guest": "You are not registered yet. Type /start to register.",
    "help.pending": "Your registration is waiting for a provincial admin's approval.",
    # --- language ---
    "lang.name": "🇬🇧 English",
    "lang.choose": "Choose a language:",
    "lang.set": "Language changed to English.",
    # --- access (plain text: also shown as a pop-up, max 200 characters) ---
    "access.admin_only": "Sorry, this command or button is for provincial admins only.",
    "access.pending": (
        "Your registration is still waiting for a provincial admin's approval. "
        "Meanwhile you can read /bantuan."
    ),
    "access.rejected": "Your registration was not approved. Type /start to register again.",
    "access.register_first": "This is for registered officers. Type /start to register.",
    # --- general ---
    "general.unknown_command": "I don't know that command. Type /bantuan for the list.",
    "general.register_hint": "To use Sinkron, please register first: type /start.",
    "general.edit_ignored": "I don't re-read edited messages. To change an answer, type /kembali or use the change buttons in the summary.",
    "general.not_understood": (
        "Sorry, I can't handle that message yet. Type /bantuan to see what I can do."
    ),
    "error.user": (
        "Sorry, something went wrong on our side. What you already sent is safe; "
        "please try again in a moment."
    ),
    "error.admin": "⚠️ Error in Sinkron (details in the server log):\n<code>{error}</code>",
    # --- form engine ---
    "form.progress": "<b>{title}</b> · step {n} of {total}",
    "form.current_answer": "Current answer: <i>{value}</i> (send a new answer to replace it)",
    "form.nav_required": "<i>/kembali (back) · /batal (cancel)</i>",
    "form.nav_optional": "<i>/kembali (back) · /lewati (skip, optional) · /batal (cancel)</i>",
    "form.summary": (
        "<b>{title}</b> — please check:\n\n{rows}\n\n"
        "Press <b>Submit</b> if everything is right, or choose a part to change."
    ),
    "form.summary_row": "• <b>{label}</b>: {value}",
    "form.skipped_value": "— (skipped)",
    "form.confirm_cancel": "Cancel this form? Every answer given so far will be deleted.",
    "form.cancelled": "Form cancelled. Nothing was sent.",
    "form.cancel_aborted": "All right, let's carry on.",
    "form.answer_yes_no": "Please answer <b>yes</b> or <b>no</b> (or press a button).",
    "form.resumed": "You have an unfinished form. Let's continue from here:",
    "form.noted": "✔️ Noted.",
    "form.stale": "That button was from an old message. Here is the current question:",
    "form.stale_button": "This button no longer applies. Please use the latest message.",
    "form.stale_option": "That choice no longer applies. Please choose from the latest buttons.",
    "form.at_first": "This is already the first question.",
    "form.nothing_to_skip": "There is no question to skip; please check the summary below.",
    "form.cannot_skip": "This question is required and cannot be skipped.",
    "form.skipped": "Skipped.",
    "form.finish_first": "Please answer the current question first.",
    "form.use_summary_buttons": (
        "Every question is answered. Press <b>Submit</b>, or choose a part to change."
    ),
    "form.use_buttons": "Please choose one of the buttons below.",
    "form.expect_text": "For this question, please type your answer as text.",
    "form.none_open": "There is no form in progress.",
    "form.file_received": "Received.",
    "form.enter_again": "All right, please send the correct answer.",
    "form.choose_at_least": "Choose at least {min}, then press <b>Done</b>.",
    "form.use_buttons_multi": "Press the buttons to choose (more than one is fine), then press <b>Done</b>. Or type your choices separated by commas, e.g. <i>drainase, jalan lingkungan</i>.",
    "form.too_many_files": "That is {max} files, the maximum. Press <b>Done</b> to continue.",
    "form.need_file": "Please send at least one file first, then press <b>Done</b>.",
    "form.send_photo": "Send a photo (📎 → Gallery/Camera), then press <b>Done</b>.",
    "form.send_document": "Send a PDF file (📎 → File), then press <b>Done</b>.",
    "form.photo_received": "📷 Photo {n} received. Send another, or press <b>Done</b>.",
    "form.document_received": "📄 File {n} received. Send another, or press <b>Done</b>.",
    "form.n_photos": "{n} photo(s)",
    "form.n_documents": "{n} file(s)",
    "form.none_chosen": "— (none)",
    "btn.yes_right": "✅ Yes, that's right",
    "btn.no_change": "✏️ Change",
    "btn.done": "Done ✅",
    "btn.share_location": "📍 Send my location",
    "status.guest": "not registered",
    "status.pending": "waiting for approval",
    "status.active": "approved (active)",
    "status.rejected": "rejected",
    "status.inactive": "inactive",
    "form.moving_on": "All right.",
    # --- buttons ---
    "btn.back": "⬅️ Back",
    "btn.skip": "Skip ⏭",
    "btn.cancel": "✖️ Cancel",
    "btn.submit": "✅ Submit",
    "btn.edit": "✏️ {label}",
    "btn.yes_cancel": "Yes, cancel",
    "btn.no_continue": "No, continue",
    "btn.share_phone": "📱 Send my phone number",
    "btn.approve": "✅ Approve",
    "btn.reject": "❌ Reject",
    "btn.approve_n": "✅ Approve #{n}",
    "btn.reject_n": "❌ Reject #{n}",
    # --- parsers ---
    "text.empty": "The answer is empty. Please type your answer.",
    "text.too_long": "Too long ({length} characters); at most {max} characters.",
    "text.too_short": "Too short; at least {min} characters.",
    "name.too_short": "The name is too short (at least {min} letters). Example: <i>Budi Santoso</i>",
    "name.too_long": (
        "The name is too long ({length} characters; at most {max}). "
        "Example: <i>Budi Santoso, S.T.</i>"
    ),
    "name.no_letters": "A name must contain letters. Example: <i>Budi Santoso</i>",
    "name.invalid_chars": (
        "A name may contain letters, spaces, full stops, commas, apostrophes and hyphens only "
        "(not: {chars}). Example: <i>Ir. Budi Santoso, M.T.</i>"
    ),
    "position.too_short": (
        "The position is too short (at least {min} characters). Example: <i>Kasi Permukiman</i>"
    ),
    "position.too_long": (
        "The position is too long ({length} characters; at most {max}). "
        "Example: <i>Kepala Bidang Kawasan Permukiman</i>"
    ),
    "position.no_letters": "A position must contain letters. Example: <i>Staf Bidang Perumahan</i>",
    "position.invalid_chars": (
        "The position contains characters we don't use ({chars}). Example: <i>Kasi Permukiman</i>"
    ),
    "phone.letters": (
        "A phone number has digits only. Example: <i>0812 3456 7890</i>, or press "
        "<b>Send my phone number</b>."
    ),
    "phone.invalid_chars": (
        "The phone number contains characters we don't use ({chars}). Example: <i>0812 3456 7890</i>"
    ),
    "phone.length": (
        "A mobile number has 10–13 digits (starting 08); you typed {digits}. "
        "Example: <i>0812 3456 7890</i>"
    ),
    "phone.not_mobile": (
        "That is not a mobile number (they start with 08 or +62 8). Example: <i>0812 3456 7890</i>"
    ),
    "phone.not_indonesian": (
        "Please use an Indonesian mobile number (+62). Example: <i>0812 3456 7890</i> or "
        "<i>+62 812 3456 7890</i>"
    ),
    "phone.not_own": (
        "That is someone else's contact. Please send your own number: press "
        "<b>Send my phone number</b> or type it."
    ),
    "phone.expected": "Please type your mobile number, or press <b>Send my phone number</b>.",
    "regency.empty": "Please choose a regency/city from the buttons or type its name, e.g. <i>Kotim</i>.",
    "regency.unknown": (
        'I don\'t know the regency/city "{typed}". Choose from the buttons (👉 marks the closest), '
        "or type its name or short form, e.g. <i>Kotim</i>, <i>Kab. Kapuas</i>, "
        "<i>Palangka Raya</i>."
    ),
    # --- registration ---
    "reg.title": "Officer registration",
    "reg.full_name.label": "Full name",
    "reg.full_name.prompt": "What is your full name (with titles, if any)?",
    "reg.full_name.hint": "Example: <i>Ir. Budi Santoso, M.T.</i>",
    "reg.regency.label": "Regency/city",
    "reg.regency.prompt": "Which regency or city do you work for?",
    "reg.regency.hint": "Press a button, or type a name/short form: <i>Kotim</i>, <i>Kab. Kapuas</i>.",
    "reg.position.label": "Position",
    "reg.position.prompt": "What is your position at the agency?",
    "reg.position.hint": "Example: <i>Kasi Kawasan Permukiman, Dinas Perkim Kab. Kapuas</i>",
    "reg.phone.label": "Mobile number",
    "reg.phone.prompt": "Which mobile number can we reach you on?",
    "reg.phone.hint": "Press <b>Send my phone number</b>, or type it: <i>0812 3456 7890</i>",
    "reg.submitted": (
        "Thank you! Your registration has gone to the provincial admins. "
        "You will be told in this chat once it has been checked."
    ),
    "reg.admin_request": (
        "🆕 <b>New officer registration</b>\n"
        "Name: {name}\nRegency/city: {regency}\nPosition: {position}\nPhone: {phone}\n"
        "Telegram ID: <code>{user_id}</code>"
    ),
    "reg.stamped": "{request}\n\n{stamp}",
    "reg.stamp_ok": "✅ Approved by {admin}",
    "reg.stamp_no": "❌ Rejected by {admin}",
    "reg.decided_ok": "Registration approved.",
    "reg.decided_no": "Registration rejected.",
    "reg.already_decided": "This registration was already decided (status: {status}).",
    "reg.approved": "🎉 {name}, your registration is <b>approved</b>. Welcome to Sinkron!",
    "reg.listed_ok": "✅ {name} is approved as an officer.",
    "reg.listed_no": "❌ {name}'s registration is rejected.",
    "reg.rejected": (
        "We are sorry, {name}: your registration was <b>not approved</b> by the provincial "
        "admins. If some details were wrong, type /start to register again, or contact "
        "Disperkimtan Provinsi Kalimantan Tengah."
    ),
    # --- /petugas ---
    "officers.pending_title": "<b>Waiting for approval: {n}</b>",
    "officers.pending_row": "#{number} {name} — {regency} — {position} — {phone}",
    "officers.active_title": "<b>Active officers: {n}</b>",
    "officers.count_row": "• {regency}: {n}",
    "officers.hint": "Type <i>/petugas Kotim</i> for the officers of one regency/city.",
    "officers.of_regency": "<b>Active officers of {regency}: {n}</b>",
    "officers.row": "• {name} — {position} — {phone}",
    "officers.unknown_regency": 'I don\'t know the regency/city "{typed}". Example: <i>/petugas Kotim</i>',
    "officers.unknown_regency_suggest": (
        'I don\'t know the regency/city "{typed}". Did you mean: {names}? '
        "Example: <i>/petugas Kotim</i>"
    ),
    # --- console (the terminal demo) ---
    "console.banner": (
        "Sinkron console — the real bot, a pretend Telegram. Database: {db}\n"
        "You are: officer (Budi). Type /start to begin.\n"
        "Console commands: /as admin | /as officer2 (switch identity), /who, "
        "/contact [NUMBER], /loc LAT LON, /photo PATH, /doc PATH, /help, /quit.\n"
        "Buttons: type the number [1] or the label; start with \\ to send text as is."
    ),
    "console.help": (
        "/as NAME (officer, officer2…, admin, admin2, admin3) · /who · /contact [NUMBER] · "
        "/loc LAT LON · /photo PATH · /doc PATH · /quit\n"
        "Buttons: type the number or the label; \\text sends text as is."
    ),
    "console.you_are": "You are now: {key} ({name}).",
    "console.switched": "— You are now: {key} ({name}) —",
    "console.bad_persona": 'Unknown identity "{key}". Use officer, officer2…, admin, admin2 or admin3.',
    "console.bad_loc": "Format: /loc LAT LON, e.g. /loc -2.21 113.92",
    "console.no_file": "File not found: {path}",
    "console.from_bot": "🤖 Sinkron → {name}:",
    "console.edited": "🤖 Sinkron (message edited) → {name}:",
    "console.toast": "   (notification) {text}",
    "console.waiting": "📨 {n} new message(s) for {key} (type /as {key})",
    "console.bye": "Goodbye.",
}
