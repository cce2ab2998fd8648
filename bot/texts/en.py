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
    "cmd.usul": "Send a new activity proposal (or continue a draft)",
    "cmd.tanya": "Ask about authority and rules",
    "cmd.status": "Status of your regency's proposals",
    "cmd.pertanyaan": "Questions waiting for an answer",
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
    "form.too_many_files": "That is {max}, the maximum. Press <b>Done</b> to continue.",
    "form.need_file": "Please send at least one first, then press <b>Done</b>.",
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
    # --- shared options ---
    "opt.yes": "Yes",
    "opt.no": "No",
    "opt.unknown": "Don't know yet",
    # --- authority (UU 23/2014 Lampiran huruf D) ---
    "level.kabkota": "regency/city government",
    "level.provinsi": "provincial government",
    "level.pusat": "central government",
    "channel.apbd_kabkota": "regency/city APBD (local budget)",
    "channel.apbn": "APBN (central government programmes)",
    "channel.dak_ppkt": "DAK Tematik PPKT (integrated slum upgrading)",
    "channel.apbdes": "Dana Desa (village funds, APBDes)",
    "channel.csr": "CSR",
    "rule.kumuh.under_10": "Slum areas under 10 ha are handled by the regency/city — {source}.",
    "rule.kumuh.10_to_15": "Slum areas of 10 ha up to (but not including) 15 ha are handled by the province — {source}.",
    "rule.kumuh.15_up": "Slum areas of 15 ha or more are handled by the central government — {source}.",
    "rule.psu.permukiman": "PSU in settlement areas (permukiman) is a provincial matter — {source}.",
    "rule.psu.perumahan": "PSU in housing estates (perumahan) is a regency/city matter; the province handles PSU in settlement areas — {source}.",
    "rule.bencana.provinsi": "Housing for victims of a provincial-scale disaster is a provincial matter — {source}.",
    "rule.bencana.kabkota": "Housing for victims of a regency/city-scale disaster is a regency/city matter — {source}.",
    "rule.bencana.nasional": "Housing for victims of a national-scale disaster is a central government matter — {source}.",
    "rule.relokasi.provinsi": "Housing for people moved by a provincial programme is a provincial matter — {source}.",
    "rule.relokasi.kabkota": "Housing for people moved by a regency/city programme is a regency/city matter — {source}.",
    "rule.relokasi.nasional": "Housing for people moved by a central government programme is a central government matter — {source}.",
    # --- proposal form ---
    "usul.title": "Activity proposal",
    "usul.title_field.label": "Title",
    "usul.title_field.prompt": "What is the title of this proposed activity?",
    "usul.title_field.hint": "Example: <i>Peningkatan kualitas kawasan kumuh Kelurahan Baamang Hulu</i>",
    "usul.type.label": "Proposal type",
    "usul.type.prompt": "Choose the type of proposal:",
    "usul.type.kumuh": "Slum upgrading (kawasan kumuh)",
    "usul.type.psu": "PSU (neighbourhood roads, drainage, etc.)",
    "usul.type.rumah": "Houses for disaster victims / relocation",
    "usul.type.rtlh": "RTLH repair",
    "usul.type.lainnya": "Other",
    "usul.psu_kind.label": "PSU location",
    "usul.psu_kind.prompt": "Which kind of area is this PSU for?\n• <b>Settlement area</b> (permukiman): a kampung/kelurahan/desa where people already live\n• <b>Housing estate</b> (perumahan): a housing complex built by a developer",
    "usul.psu_kind.permukiman": "Settlement area",
    "usul.psu_kind.perumahan": "Housing estate",
    "usul.housing_cause.label": "Cause",
    "usul.housing_cause.prompt": "Who are these houses for?",
    "usul.housing_cause.bencana": "Disaster victims",
    "usul.housing_cause.relokasi": "Relocated residents",
    "usul.housing_scale.label": "Scale of disaster/programme",
    "usul.housing_scale.prompt": "What is the scale of the disaster or relocation programme?",
    "usul.housing_scale.provinsi": "Provincial",
    "usul.housing_scale.kabkota": "Regency/city",
    "usul.housing_scale.nasional": "National",
    "usul.sectors.label": "Sectors",
    "usul.sectors.prompt": "Which sectors does it cover? Choose one or more, then press <b>Done</b>.",
    "usul.sectors.air_minum": "Drinking water",
    "usul.sectors.sanitasi": "Sanitation/wastewater",
    "usul.sectors.persampahan": "Solid waste",
    "usul.sectors.drainase": "Drainage",
    "usul.sectors.jalan": "Neighbourhood roads",
    "usul.sectors.perumahan": "Housing",
    "usul.sectors.kebakaran": "Fire protection",
    "usul.sectors.rth": "RTH (green open space)",
    "usul.regency.label": "Regency/city",
    "usul.regency.prompt": "Which regency/city is this proposal from?",
    "usul.kecamatan.label": "Kecamatan",
    "usul.kecamatan.prompt": "Which kecamatan (district) is the site in?",
    "usul.kecamatan.hint": "Press a button or type the district's name.",
    "usul.village.label": "Desa/kelurahan",
    "usul.village.prompt": "Which desa/kelurahan (village)?",
    "usul.village.hint": "Press a button or type the village's name.",
    "usul.location_name.label": "Site name",
    "usul.location_name.prompt": "What is the name of the site?{extra}",
    "usul.location_name.kumuh": " Write it <b>exactly as in the SK kumuh</b>.",
    "usul.location_name.hint": "Example: <i>Kawasan Tepian Sungai Mentaya RT 05</i>",
    "usul.setting.label": "Urban/rural",
    "usul.setting.prompt": "Is the site urban or rural?",
    "usul.setting.perkotaan": "Urban",
    "usul.setting.perdesaan": "Rural",
    "usul.area.label": "Area",
    "usul.area.prompt": "How large is the site (for slums: the area delineated in the SK kumuh)?",
    "usul.area.hint": "Example: <i>12,5 ha</i>, <i>12 hektar</i> or <i>125.000 m2</i>",
    "usul.area.in_authority": "✅ Within the province's authority: slum areas \u201c{quote}\u201d — {source}.",
    "usul.ack.label": "Authority",
    "usul.ack.prompt": "⚖️ <b>This is for the {level} to handle, not the province.</b>\n{basis}{unconfirmed}\n\nBetter-suited channels: {channels}.\n\nYou can still send the proposal, but it will be recorded as <b>outside the province's authority</b>. Continue?",
    "usul.ack.basis_quote": "Under {source}, the province handles slum areas “{province}”; an area of {area} falls under “{quote}”.",
    "usul.ack.unconfirmed": "\n<i>Note: the legal wording for this level is not yet confirmed; check the official text.</i>",
    "usul.ack.continue": "Continue (outside authority)",
    "usul.ack.cancel": "Cancel the proposal",
    "usul.households.label": "Households (KK)",
    "usul.households.prompt": "How many households (KK, kepala keluarga) will benefit?",
    "usul.households.hint": "Example: <i>120 KK</i>",
    "usul.people.label": "People (jiwa)",
    "usul.people.prompt": "How many people (jiwa) will benefit?",
    "usul.people.hint": "Example: <i>450 jiwa</i>",
    "usul.units.label": "Houses",
    "usul.units.prompt": "How many houses (units)?",
    "usul.units.hint": "Example: <i>35 unit</i>",
    "usul.land.label": "Land status",
    "usul.land.prompt": "What is the status of the land?",
    "usul.land.pemda": "Regency/city government asset",
    "usul.land.desa": "Village land",
    "usul.land.warga_sertifikat": "Residents' land (certificate)",
    "usul.land.warga_skt": "Residents' land (SKT)",
    "usul.land.lainnya": "Other",
    "usul.clean_clear.label": "Clean and clear",
    "usul.clean_clear.prompt": "Is the land <i>clean and clear</i>?",
    "usul.clean_clear.hint": "Clean and clear: certified/documented, in line with the spatial plan (RTRW/RDTR), and not in dispute.",
    "usul.sk_number.label": "SK kumuh number",
    "usul.sk_number.prompt": "What is the number of the Bupati/Wali Kota decree (SK kumuh) on slum locations?",
    "usul.sk_number.hint": "Example: <i>188.45/123/2022</i>",
    "usul.sk_date.label": "SK kumuh date",
    "usul.sk_date.prompt": "What is the date of that SK kumuh?",
    "usul.sk_date.hint": "Example: <i>28/11/2022</i> or <i>28 November 2022</i>",
    "usul.sk_date.future": "{date} is still in the future. Type the date the SK was issued, e.g. <i>28/11/2022</i>.",
    "usul.sk_date.old": "⚠️ This SK is {years} years old. An SK kumuh is reviewed at least every {max} years (Permen PUPR 14/2018); please have the updated SK ready if there is one.",
    "usul.in_sk.label": "Listed in the SK",
    "usul.in_sk.prompt": "Is this site listed in that SK kumuh?",
    "usul.in_sk.not_listed": "⚠️ The province handles sites listed in the regency/city SK kumuh. The proposal is still recorded, but the site should first be added to the SK.",
    "usul.readiness.label": "Readiness documents",
    "usul.readiness.prompt": "Which readiness documents do you already have? Choose all that apply (none is fine), then press <b>Done</b>.",
    "usul.readiness.hint": "Statement letter: willingness to accept the grant (hibah) and to carry out operation and maintenance (O&amp;P).",
    "usul.readiness.ded": "DED",
    "usul.readiness.rab": "RAB",
    "usul.readiness.siteplan": "Site plan",
    "usul.readiness.rks": "RKS",
    "usul.readiness.hibah_op": "Statement letter on grant & O&P",
    "usul.cost.label": "Estimated cost",
    "usul.cost.prompt": "What is the estimated cost?",
    "usul.cost.hint": "Example: <i>Rp 1.500.000.000</i>, <i>1,5 M</i> (miliar, billion) or <i>750 juta</i> (million)",
    "usul.funding.label": "Funding source",
    "usul.funding.prompt": "Which funding source do you propose?",
    "usul.funding.apbd_prov": "Provincial APBD",
    "usul.funding.apbn": "APBN",
    "usul.funding.dak": "DAK",
    "usul.funding.apbd_kab": "Regency/city APBD",
    "usul.funding.bankeu": "Provincial financial aid (bankeu)",
    "usul.funding.csr": "CSR",
    "usul.funding.apbdes": "APBDes",
    "usul.funding.kombinasi": "Combination",
    "usul.gps.label": "Location point",
    "usul.gps.prompt": "Send the location point (press <b>Send my location</b> while you are at the site), or type the coordinates.",
    "usul.gps.hint": "Example: <i>-2.21, 113.92</i>. Don't have them? Type /lewati.",
    "usul.gps.expected": "Please send the location with the button, or type coordinates such as <i>-2.21, 113.92</i>.",
    "usul.gps.outside": "📍 The point {lat}, {lon} is <b>outside Central Kalimantan</b>. Is that right? (Check the minus sign on the latitude.)",
    "usul.photos.label": "Site photos",
    "usul.photos.prompt": "Send photos of the site as it is now (several are fine). Press <b>Done</b> once they are all sent.",
    "usul.photos.hint": "At most 10 photos.",
    "usul.photos.not_image": "That file is not a photo. Send a photo (JPG/PNG), then press <b>Done</b>.",
    "usul.documents.label": "Supporting documents",
    "usul.documents.prompt": "Send supporting documents as PDF (DED, RAB, SK, statement letter), then press <b>Done</b>. None? Type /lewati.",
    "usul.documents.hint": "At most 5 PDF files.",
    "usul.documents.not_pdf": "Please send a PDF file. Save other files (Word, Excel) as PDF first.",
    "usul.justification.label": "Reason/urgency",
    "usul.justification.prompt": "Please write why this proposal is needed and why it is urgent.",
    "usul.justification.hint": "Example: <i>Genangan setiap hujan karena drainase tersumbat; 120 KK terdampak.</i> (flooding whenever it rains because the drains are blocked; 120 KK affected)",
    # --- proposal parsers ---
    "area.not_number": "The area must be a number. Example: <i>12,5 ha</i> or <i>125.000 m2</i>",
    "area.ambiguous": "\u201c{typed}\u201d could mean {thousands} or {decimal}. Type one of those, e.g. <i>12,5 ha</i>.",
    "area.ambiguous_unit": "\u201c{unit}\u201d is a length, not an area. Use <i>ha</i> or <i>m2</i>, e.g. <i>125.000 m2</i>.",
    "area.zero": "The area cannot be zero. Example: <i>12,5 ha</i>",
    "area.negative": "The area cannot be negative. Example: <i>12,5 ha</i>",
    "area.too_small": "The area is too small (at least {min}). Example: <i>0,5 ha</i>",
    "area.too_large": "The area is too large (it must be under {max}). Please check the number, e.g. <i>12,5 ha</i>.",
    "money.not_number": "The cost must be an amount in rupiah. Example: <i>Rp 1.500.000.000</i>, <i>1,5 M</i> or <i>750 juta</i>",
    "money.ambiguous": "\u201c{typed}\u201d could mean {thousands} or {decimal}. Type one of those, e.g. <i>1,5 M</i> or <i>Rp 1.500.000</i>.",
    "money.zero": "The cost cannot be zero. Example: <i>750 juta</i>",
    "money.negative": "The cost cannot be negative. Example: <i>750 juta</i>",
    "money.missing_unit": "Rp {value} is too little; did you forget the unit? Example: <i>{value} M</i> (miliar) or <i>{value} juta</i>",
    "money.too_small": "The cost is too small (at least {min}). Example: <i>750 juta</i>",
    "money.too_large": "The cost is too large (it must be under {max}). Example: <i>1,5 M</i>",
    "count.not_number": "Please type a whole number. Example: <i>120 KK</i> or <i>450 jiwa</i>",
    "count.wrong_unit": "This asks for the number of {expected}, not {typed}. Just type the number, e.g. <i>120</i>.",
    "count.ambiguous": "\u201c{typed}\u201d could mean {thousands} or {decimal}. Type a whole number, e.g. <i>1.200</i>.",
    "count.zero": "The number cannot be zero. Example: <i>120</i>",
    "count.negative": "The number cannot be negative. Example: <i>120</i>",
    "count.not_whole": "The number must be whole (not {typed}). Example: <i>120</i>",
    "count.too_large": "The number is too large (at most {max}). Please check it.",
    "date.format": "I can't read that date. Example: <i>28/11/2022</i>, <i>28-11-2022</i> or <i>28 November 2022</i>",
    "date.out_of_range": "The year must be between {min} and {max}. Example: <i>28/11/2022</i>",
    "date.invalid": "{day}/{month}/{year} is not a real date. The order is day/month/year, e.g. <i>28/11/2022</i>.",
    "date.weekday_mismatch": "{date} is not on the day of the week you wrote. Type just the date, e.g. <i>28/11/2022</i>.",
    "coords.format": "I can't read those coordinates. Example: <i>-2.21, 113.92</i> (latitude, longitude), or press <b>Send my location</b>.",
    "coords.short_link": "Short Google Maps links can't be read. Press <b>Send my location</b>, or type coordinates such as <i>-2.21, 113.92</i>.",
    "coords.swapped": "The order looks reversed (longitude first). Type the latitude first, e.g. <i>{lat}, {lon}</i>.",
    "coords.out_of_range": "The coordinates {lat}, {lon} are outside the possible range. Example: <i>-2.21, 113.92</i>",
    "kecamatan.unknown": "There is no kecamatan \u201c{typed}\u201d in {regency}. Press a button (👉 marks the closest) or type another name.",
    "village.unknown": "There is no desa/kelurahan \u201c{typed}\u201d in Kecamatan {kecamatan}. Press a button (👉 marks the closest) or type another name.",
    "village.other_kecamatan": "\u201c{typed}\u201d is in Kecamatan {kecamatan}, not in the kecamatan you chose. Type /kembali to change the kecamatan, or choose a village from the buttons.",
    # --- /usul ---
    "usul.draft_open": "You have an unfinished proposal: <b>{title}</b> ({where}). Continue or start new?",
    "usul.start_choice": "Start a new proposal from scratch, or copy an earlier one (site, data and cost are copied; title, location point, photos and documents are filled in anew)?",
    "usul.choose_copy": "Choose the proposal to copy:",
    "usul.copy_missing": "That proposal was not found or is not from your regency/city.",
    "usul.new_started": "The old draft is deleted. Let's start a new proposal.",
    "btn.usul_resume": "▶️ Continue draft",
    "btn.usul_new": "🆕 Start anew",
    "btn.usul_blank": "🆕 New proposal",
    "btn.usul_copy": "📋 Copy an earlier proposal",
    "usul.submitted": "✅ <b>Proposal sent.</b>\nCode: <code>{code}</code>\nStatus: submitted\n{level_line}\n\nNext, Disperkimtan checks completeness and readiness (verification), then the proposal is discussed at the Rakor. Every status change will be announced in this chat. Check the status any time: <code>/status {code}</code>.",
    "usul.level_province": "Authority: province.",
    "usul.level_outside": "⚖️ Recorded as <b>outside the province's authority</b> (a matter for the {level}).",
    "usul.level_unknown": "Authority: to be checked by Disperkimtan.",
    "usul.admin_new": "📥 <b>New proposal {code}</b>\n{regency} — {type}\nArea: {area} · Cost: {cost}\nAuthority: {level}\nFrom: {officer}\nTitle: {title}",
    "usul.admin_level_unknown": "not yet determined",
    "usul.admin_outside": "{level} (outside the province's authority)",
    # --- questions (/tanya) ---
    "qa.intro": "Ask anything about who is responsible for what in housing &amp; settlements: type <code>/tanya</code> and your question, or just type the question. Examples (press one to try):",
    "qa.hello": "Hello, {name}! 👋 Type your question, or /bantuan for the commands.",
    "qa.hello_guest": "Hello, {name}! 👋 Type your question, or /start to register as an officer.",
    "qa.source": "📚 Source: {source}",
    "qa.unconfirmed": "<i>⚠️ Some wording here is not yet confirmed against the official text; check the text before relying on it.</i>",
    "qa.unsure": "I'm not sure what you mean yet. Is it one of these? Or pass it to the provincial staff.",
    "qa.unknown": "Sorry, this question is not in my knowledge base, and I won't guess. Pass it to the provincial staff? The answer will come to this chat.",
    "qa.area": "⚖️ A slum area of <b>{area}</b> is the responsibility of the <b>{level}</b>.",
    "qa.area_basis": "Basis: {source}, wording \u201c{quote}\u201d. The area that counts is the location as delineated in the SK kumuh (slum decree).",
    "qa.area_propose": "Propose its handling to the province with /usul.",
    "qa.area_channels": "Not the province's responsibility. Better channels: {channels}.",
    "qa.sent": "🙋 Your question has gone to the provincial staff. The answer will come to this chat.",
    "qa.already_sent": "This question was already passed on.",
    "qa.admin_question": "❓ <b>Question from {name}</b> ({regency}):\n{question}\n\n<i>Reply to this message to answer; your answer goes to the asker.</i>",
    "qa.province_answer": "💬 <b>Answer from the provincial staff</b> to your question:\n<i>{question}</i>\n\n{answer}",
    "qa.answer_relayed": "✅ Answer passed on to {name}.",
    "qa.answer_undelivered": "⚠️ Answer saved, but it could not be delivered to {name} (they may have blocked the bot).",
    "qa.answer_failed": "The answer could not be recorded for this question.",
    "qa.open_title": "<b>Questions waiting for an answer: {n}</b>\nReply to one of the messages below to answer it.",
    "qa.open_row": "❓ #{id} ({when})\n{question}",
    "btn.ask_province": "🙋 Ask the provincial staff",
    # --- proposal status ---
    "status.title": "<b>Your regency's proposals ({n} latest):</b>",
    "status.row": "<code>{code}</code> — {title}\nStatus: <b>{status}</b> · last change {when}",
    "status.none": "Your regency has no proposals yet. Send one with /usul.",
    "status.not_found": "Proposal {code} was not found in your regency. Check the code, e.g. <code>USL-2026-0001</code>.",
    "status.register_first": "Proposal status is for registered officers. Type /start to register.",
    "proposal.diajukan": "submitted",
    "proposal.verifikasi": "under verification",
    "proposal.dibahas_rakor": "discussed at the Rakor",
    "proposal.disetujui": "approved",
    "proposal.ditolak": "rejected",
    "proposal.dialihkan": "redirected",
    "proposal.perlu_perbaikan": "needs revision",
    "proposal.dibatalkan": "withdrawn",
    "form.no_longer_allowed": "Sorry, your account may not submit this form right now (not, or no longer, approved). The draft is kept; please contact a provincial admin.",
    "usul.area.large": "{area} is very large (all of Kalteng's slum locations total about 7,000 ha). Is that right, or did you mean m2? Example: <i>12.500 m2</i>",
    "usul.cost.small": "{cost} is very small for physical works. Is that right, or is the unit missing? Example: <i>750 juta</i>",
    "usul.people.fewer_than_households": "The number of people ({people}) cannot be smaller than the number of households ({households}); each household has at least one person. Type the number of people, e.g. <i>450 jiwa</i>.",
    "usul.readiness.kesepakatan": "Community agreement",
    "usul.readiness.surat_kepala_daerah": "Letter from the Bupati/Wali Kota",
    "usul.land.rtlh_own_land": "⚠️ RTLH through the province requires the house to stand on the recipient's own land (at least an SKT); recipients are set by SK Gubernur.",
    "usul.caution.not_in_sk": "⚠️ The location is not listed in the SK kumuh.",
    "usul.caution.old_sk": "⚠️ The SK kumuh is more than 5 years old.",
    "usul.caution.rtlh_land": "⚠️ RTLH not on the recipient's own land.",
    "usul.level_summary_unknown": "to be checked by Disperkimtan",
    "usul.level_summary_outside": "{level} (outside provincial authority)",
    "usul.no_draft": "There is no proposal draft. Type /usul to start.",
    "btn.usul_delete": "🗑 Yes, delete the draft",
    "usul.confirm_delete": "Delete the draft <b>{title}</b> ({n} answers) and start again? Deleted answers cannot be recovered.",
    "usul.copy_draft_open": "You still have a proposal draft. Finish it first, or type /usul and choose <b>Start new</b>.",
    "usul.at_summary": "only checking and sending left",
    "usul.at_step": "step {n} of {total}",
    "console.bad_reply": "Format: /reply TEXT — replies to the bot's latest message in this chat, e.g. to answer a question passed on to you.",
    "qa.the_asker": "the asker",
    # --- console (the terminal demo) ---
    "console.banner": "Sinkron console — the real bot, a pretend Telegram. Database: {db}\nYou are: officer (Budi). Type /start to begin.\nConsole commands: /as admin | /as officer2 (switch identity), /who, /contact [NUMBER], /loc LAT LON, /photo PATH, /doc PATH, /reply TEXT, /help, /quit.\nButtons: type the number [1] or the label; start with \\ to send text as is.",
    "console.help": "/as NAME (officer, officer2…, admin, admin2, admin3) · /who · /contact [NUMBER] · /loc LAT LON · /photo PATH · /doc PATH · /reply TEXT · /quit\nButtons: type the number or the label; \\text sends text as is.",
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
