"""The words and patterns officers type that tell what a question asks.

Chat spellings ("bs", "udh", "klo"), filler and greeting words, and the regular expressions
that read intents (the officer's own proposals, the next meeting, the deadline, how to
submit), slum areas with their units and bounds, glossary cues and sums of money. Kept apart
from the matcher (bot.domain.asking) so the vocabulary can grow without touching its logic;
everything here is matched against normalised, lower-case text.
"""

from __future__ import annotations

import re

from bot.domain import asides

FILLER = frozenset(
    """
    apa apakah siapa siapakah bagaimana gimana gmn bgmn berapa brp kapan dimana mana
    yang yg di ke dari dr untuk utk buat bagi dan atau itu ini tsb tersebut ada adalah
    dengan dgn pada pd oleh dalam juga saja aja sih kah dong deh ya yah kan nih tuh
    saya sy aku kami kita anda bapak pak ibu bu mas mbak kak tolong mohon minta tanya
    bisa boleh dapat harus sudah udah belum mau ingin perlu jika kalau kalo bila
    the a an of to in is are what who which how does do for on at by it be can n
    nya juga memang sebenarnya begitu gitu segala kok lho kayak kira2 tetap sekarang
    you me we our us my i could would should please there this that then than so if or and
    also just only still with from about into whether any some too
    bismillah afwan jazakallah jazakumullah khair khairan barakallah insyaallah insya allah
    alhamdulillah warahmatullah warahmatullahi wabarakatuh wr wb syukron ustadz akhi ukhti
    cc fyi fwd diteruskan up mimin iya bukankah benarkah betulkah
    literally basically actually honestly btw gue gw lo lu bro sis gan gaes guys sorry sori
    pls plis nak dik ananda wa whatsapp perihal kiranya sekiranya sekadar penasaran sudilah
    gerangan senantiasa adapun po
    ygy gaskeun gaskan kuy bestie jujurly anjir anjay spill lol
    ever howzit eish lekker abeg dinda kanda ndan sir sirs madam maam mam mate tidy chur arvo
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# Filler to a topic's reading, but what a question asks: "siapa PPK ..." and "kapan ..." are
# two questions, as are "harus" and "boleh", "ini" and "lalu" ("tahun ini" / "tahun lalu").
ASKING = frozenset(
    """
    apa siapa bagaimana berapa kapan dimana mana kenapa mengapa bisa boleh dapat harus sudah
    belum mau perlu ini itu lalu depan minimal maksimal min max tidak bukan what who how when
    where why which can could should
    """.split()  # noqa: SIM905 - a word list reads better as text
)
QUESTION_WORDS = frozenset(
    """
    siapa berapa kapan dimana bagaimana kenapa mengapa who when where why
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# A greeting proper: "Assalamualaikum, saya staf baru ..." opens; "info disperkim kapuas"
# (help words, no salutation) asks something.
SALUTATIONS = frozenset(
    """
    halo hallo hai hi hello hey pagi siang sore malam selamat assalamualaikum asalamualaikum
    salam permisi tabe morning afternoon evening
    """.split()  # noqa: SIM905 - a word list reads better as text
)
SLUM_WORDS = ("kumuh", "slum", "delineasi", "kmh")  # word beginnings: "kumuhnya", "slums"
# A number alone ("klo 14,9?"), and a year, which is no area ("klo 2025?").
BARE_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?(?![\d.,]?\d)")
YEAR = re.compile(r"(19|20)\d\d")
# Whose area a number is: the words typed just before it ("luas desanya 40 ha").
VILLAGE_WORDS = frozenset(
    {"desa", "desanya", "kelurahan", "kelurahannya", "kampung", "wilayah", "wilayahnya",
     "village", "kecamatan"}
)  # fmt: skip
AREA_OWNER_WORDS = 5
# A figure given as an example ("misal 12,5 Ha", "e.g. 125.000 m2").
EXAMPLE_FIGURE = re.compile(
    r"\b(misal\w*|contoh\w*|umpama\w*|e\.?g|for example|for instance|such as)\W+(\w+\W+)?\d"
)
# A total asked of the whole province ("total kumuh se-Kalteng", "all together in Central
# Kalimantan").
PROVINCE_TOTAL = re.compile(
    r"\b(total\w*|jumlah\w*|all together|altogether|in total|keseluruhan)\b.*"
    r"\b(kalteng|kalimantan tengah|central kalimantan|se ?provinsi|province)\b|"
    r"\b(kalteng|kalimantan tengah|central kalimantan)\b.*"
    r"\b(total\w*|jumlah\w*|all together|altogether|in total|keseluruhan)\b|"
    r"\bse ?-?kalteng\b"
)
# "kumuh 6 ha, di bawah batas 10 ha", "under the 10 ha line": a band's limit named as the
# rule's limit, not a second slum's area.
# Only beside a comparison: "sudah mencapai batas 15 ha" tells the slum's size, "the
# delineation line is 10 ha" its delineated area (review, round 39).
LIMIT_BEFORE = re.compile(
    r"\b(?:di bawah|dibawah|di atas|diatas|lewat|melewati|melebihi|under|over|below|above)\s+"
    r"(?:the\s+)?(?:batas|ambang|threshold|limit)\w*(?:\s+(?:kewenangan|provinsi|prov))?\W+$"
)
LIMIT_AFTER = re.compile(r"\W*(?:line|threshold|limit)\b")
LIMIT_AFTER_BEFORE = re.compile(r"\b(?:under|over|below|above)\s+the\s+$")
# "batas 10 ha dan 15 ha": the second limit joined to the first.
LIMIT_JOIN = re.compile(r"\W*(?:(?:dan|and|atau|or|&|s/d|sampai|hingga|to)\W*)?")
DUTY_WORDS = frozenset(
    {
        "siapa", "kewenangan", "wewenang", "berwenang", "menangani", "ditangani", "penanganan",
        "tangani", "urusan", "tanggung", "jawab", "who", "responsible", "handles", "handle",
        "authority", "level", "tingkat", "pemerintah", "whose",
        # "15 ha masih bisa ke provinsi?": naming a level asks who is responsible.
        "provinsi", "prov", "kabupaten", "kab", "kota", "pusat", "province", "regency",
        "central", "pemprov", "pemkab", "pemkot", "kabkota", "kementerian",
        # chat forms: "yg nangani siapa", "ranah siapa"
        "nangani", "ngurus", "ngurusin", "ranah", "kewenangannya", "wewenangnya",
    }
)  # fmt: skip
# "luasnya pas 15 ha masuk mana": which level it falls to, without naming one.
WHICH_LEVEL = re.compile(r"\b(masuk (mana|apa|siapa)|ikut siapa|jatuh ke (mana|siapa))\b")
OTHER_AFFAIRS = frozenset({"psu", "jalan", "drainase", "rtlh", "rumah", "sertifikasi", "spm"})
STATUS_PHRASES = (
    "status usul", "sampai mana", "sampai dimana", "sudah sampai", "posisi usul",
    "progres usul", "perkembangan usul", "nasib usul", "kabar usul", "proposal status",
    "status of my", "where is my proposal", "proposals status", "my proposals",
    "status of our", "where are our proposals", "where is our proposal", "does our proposal stand",
    "do our proposals stand", "does my proposal stand", "do my proposals stand",
    # Nigerian English: "how far with our proposals?"
    "how far with our proposal", "how far with my proposal", "how far with our usul",
)  # fmt: skip
# "Where are they at?", "sampai mana ya?" after the sentence naming the proposals.
THEIR_STANDING = re.compile(
    r"(?i)\bwhere (?:are|is) (?:they|it|things) at\b|"
    r"^\W*(?:(?:udah|sudah|sdh|udh) )?samp(?:ai|e) mana(?:\s+(?:ya|yah|pak|bu|sih|nih|prosesnya))*"
    r"\W*$"
)
# "kalau biayanya tidak saya isi, nanti gimana nasib usulannya?": what would follow from a
# slip, asked before it happens, not where the officer's proposals stand.
WHAT_IF_NOT = re.compile(
    r"\b(kalau|kalo|klo|jika|bila|apabila|seandainya|andai)\b.*\b(tidak|tdk|gak|ga|nggak|"
    r"belum|blm|telat|terlambat|kurang|salah|lupa)\b.*\bnanti\b"
)
# "status?", "cek status dong": the word alone is the /status command typed, not what the
# statuses mean (which names one, or asks "artinya").
BARE_STATUS = re.compile(
    r"^\W*((cek|lihat|liat|my|our) )?(status|statusnya)( (dong|pak|bu|min|ya))?\W*$"
)
GLOSSARY_CUES = re.compile(
    r"\b(apa itu|apa sih|i?tu (apa|napa|apaan)|kepanjangan|kepanjangannya|singkatan|arti|"
    r"artinya|maksud|maksudnya|(yang|yg) dimaksud|dimaksud (dengan|dgn)|definisi|definisinya|"
    r"pengertian|pengertiannya|akronim|makna|maknanya|what is|what does|"
    r"stand for|meaning of|refers? to|"
    # Officialese and Australian English: "please define KUA-PPAS", "the definition of
    # 'kumuh'", "what's that short for?", "explain Musrenbang in plain English" ("the full
    # name behind the acronym ..." only beside the term, TERM_AFTER). Not "what was": "What
    # was decided at the Rakor?" asks no meaning (review, round 35).
    r"define|definition|short for|explain|acronym)\b"
)
# Where the term sits next to its cue: "apa itu X", "what is X" (after) and "X itu apa",
# "X tu apaan", "X bedanya apa" (before). A term right beside such a cue is what is asked
# about, however much context surrounds it ("di daftar program pusat ada rusus, itu apaan").
# Asking what something described is called ("dokumen yg isinya rincian biaya itu namanya
# apa", "what do you call the ..."). Not "eee pak, anu, ..., apa namanya, ...": a voice
# note's hesitation; nor "disebut apa" (also "mentioned as what"), which held-out counts
# showed going wrong. "singkatannya apa" asks for an abbreviation (ABBREVIATION_ASKED): of a
# term named before it, its long form. MORE_ASKED after the name, or a sentence about a
# person or a place (NAMED_ONE), ask something no term's definition answers.
NAME_ASKED = re.compile(
    r"\b(namanya|istilahnya|sebutannya|disebutnya|dinamakan|disingkat|singkatannya)"
    r"\s+(apa|apaan)\b|\bwhat (is|s) (it|this|that) called\b|"
    r"\bwhat do (you|we|they|people) call\b|\bwhat is the (name|term) for\b|\bcalled what\b"
)
ABBREVIATION_ASKED = frozenset({"disingkat", "singkatannya"})
MORE_ASKED = re.compile(
    r"\b(siapa|kapan|berapa|brp|bisa|bisakah|boleh|bagaimana|gimana|gmn|dimana|di mana|kemana|"
    r"apakah|who|how|can|where)\b"  # not "when": "what is it called when ..."
)
# A sentence about a person or a place whose name is asked ("desa yg kena banjir kemarin
# namanya apa", "Pak, orang provinsi yang verifikasi ... namanya apa"): its first word after
# a greeting or an address.
NAMED_ONE = re.compile(
    r"(?:^|[.?!\n])\W*(?:(?:pak|bu|min|kak|mas|mbak|bapak|ibu|halo|permisi|maaf)\W+)*"
    r"(orang|orangnya|petugas|pejabat|staf|kepala|desa|kelurahan|kecamatan|kampung|dusun|"
    r"sungai|hotel|gedung|person|village|place)\b(?=[^.?!\n]*$)"
)
# "got what commands ah?", "perintah apa saja": the bot's commands themselves asked about.
COMMANDS_ASKED = re.compile(r"\b(commands?|perintah\w*|menu|fitur\w*|features?)\b")
TERM_AFTER = re.compile(
    r"\b(apa itu|apa sih|apaan tuh|apaan itu|kepanjangan|kepanjangannya|singkatan|arti|artinya|"
    r"maksud|maksudnya|mksd|mksdnya|dimaksud dengan|dimaksud dgn|definisi|pengertian|"
    r"what is|what s|whats|what are|what does|meaning of|istilah|the term|makna|maknanya|"
    r"akronim|meant by|the word|(arti|makna|maksud) kata|"
    r"(kepanjangan|singkatan) (nama|dari|resmi|lengkap|lengkapnya)|"
    # Indian English "the full form of MBR", "what exactly is Renstra".
    r"full form of|full form for|expansion of|abbreviation of|abbreviation for|"
    r"what (exactly|actually|really) is|define|the definition of|definition of|explain|"
    r"the acronym|full name (behind|of) the acronym|what is meant by)"
    r"\s+$|\b(what is|what s|whats|meant by|meaning of) (a|an)\s+$"  # "what is a BAST"
)
# What may come between an abbreviation and its long form said to be checked ("RKS itu
# bukannya rencana kerja ...", "DAK adalah dana ...", "RC stands for readiness ...").
EXPANSION_LEAD = frozenset(
    """
    itu tu tuh bukannya bukankah adalah yaitu ialah artinya singkatan kepanjangan dari kan
    apa apakah is means stands for the bukan not standing singkatannya kepanjangannya berarti
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# Two opinions weighed ("kata kabid X, kata teman Y, yang benar mana?", "my boss say X, my
# friend say Y. Which one correct ah?"): where the next one begins, and the question.
OPINION = re.compile(
    r"\b(?:(?:my|pak|bu|teman|kawan|another|the other|others?)\s+(?:\w+\s+)?)?"
    r"(?:say|says|said|bilang|kata|katanya|menurut)\b"
)
WHICH_IS_RIGHT = re.compile(
    r"\b(which one|which is|yang mana|yg mana|mana yang|mana yg)\b|"
    r"\b(yang|yg) (benar|betul|bener|tepat) (yang |yg )?mana\b"
)
# What may follow the long form of a check: a tag ("... kah?", "... kan pak?"), nothing more.
EXPANSION_TAGS = frozenset(
    """
    kah kan ya y yah bukan bkn right betul benar tidak ga gak sih pak bu min kak begitu gitu
    is it correct sudah sdh udah belum blm bener
    """.split()  # noqa: SIM905
)
# "RAB itu bukan gambar teknis kan? sebenarnya singkatan dari apa", "... What is the meaning
# of it?": a last clause asking only what the abbreviation named before it means.
MEANING_OF_IT = re.compile(
    r"^\s*((jadi|terus|trus|lalu|tapi|and|so|then)\s+)?"
    r"((sebenarnya|sebenernya|aslinya|persisnya|tepatnya)\s+)?((itu|tu)\s+)?"
    r"(maksud|arti|singkatan|kepanjangan|definisi|pengertian|makna)(nya)?"
    r"(\s+(dari|istilah|istilahnya|lengkapnya|sebenarnya|resminya))*\s+(apa|apaan)"
    r"(\s+(ya|sih|kah|pak|bu))*\W*$"
    r"|^\s*((and|so|then)\s+)?what\s+(is|are)\s+(it|its meaning|the meaning of it|"
    r"the long form of it|the (real )?stand for|it stands? for|the real meaning)"
    r"(\s+(exactly|actually|really|then))?\W*$"
    # "When y'all write KK, what's that stand for?", "KOTAKU ..., what was it?"
    # (not "..., what does that mean": a decision's meaning, as often as a term's)
    r"|^\s*((and|so|then)\s+)?what(('s|\s+(s|is|does|was))\s+(that|it|this)"
    r"(\s+(word|thing|term|one|program|programme))?\s+stands?\s+for|"
    r"('s|\s+(s|is|was))\s+(that|it|this)\s+(word|thing|term|one|program|programme)"
    r"(\s+means?)?|\s+was\s+(that|it|this))"
    r"(\s+(exactly|actually|really|then|eh))?\W*$"
    r"|^\s*((and|so|then)\s+)?what (it|does it) (means?|stands? for)\W*$"
    # "I should be grateful to know what this abbreviation refers to."
    r"|.*\bwhat (this|that|the|its) (abbreviation|acronym|term|code|label|word) "
    r"(refers? to|stands? for|means?)\W*$"
)
# "... untuk kumuh itu kepanjangannya apa": only an abbreviation has a long form.
EXPANSION_CUE = re.compile(r"^\s*((itu|tu|tuh|teh)\s+)?(kepanjangan\w*|singkatan\w*|stands? for)\b")
TERM_BEFORE = re.compile(
    # "DAK itu sendiri dana apa", "KK itu sih hitungan apa", "SK kumuh itu sebenarnya dokumen
    # apa": a word of emphasis more.
    r"^\s*((itu|tu|tuh|teh)(\s+(sendiri|sih))?"
    r"(\s+(sebenarnya|sebenernya|aslinya|persisnya))?"
    # Not "RTLH itu syaratnya apa", "Pokja PKP itu tugasnya apa": more than its meaning.
    r"(\s+(?!(syarat|fungsi|tugas|peran|tujuan|guna|isi|dasar|cara|alur|prosedur|mekanisme|"
    r"kriteria|contoh|kerja|nama|sebut|istilah)\w*)\w+)?\s+(apa|apaan|napa)\b|"
    # "jiwa disitu maksudnya": "there" only before a meaning word ("kumuh di situ apa
    # penanganannya" asks how it is handled there)
    r"(di\s?situ|di\s?sini)\s+(?=artinya|maksudnya|mksdnya|maknanya|singkatan|kepanjangan)|"
    r"(itu|tu|tuh|teh)?\s*"
    r"((sendiri|sih|sebenarnya|sebenernya|aslinya|persisnya)\s+)?"
    r"(apa|apaan|artinya|"
    r"maksudnya|mksdnya|singkatan|kepanjangannya|definisinya|pengertiannya|maknanya|bedanya|"
    r"sama aja|sama saja|stand for|"
    # "Rusunawa is like public rental housing ... one ah?": a guess at its meaning
    r"is (?:it |that |this )?(?:like|kinda|kind of|sort of|similar to)|"
    r"stands for|means|mean|refers? to|is short for|is what(?= (?:ah|lah|one|ya)\b| *$)|"
    r"what s (that|it) short for)\b)"
    # "sk kumuh apa masih bisa ...": "apa" opening a yes/no question (apakah), not "what".
    r"(?!\s+(aja|saja|ajah|yang|yg|which|that|masih|msh|bisa|bs|boleh|harus|hrs|wajib|perlu|"
    r"sudah|sdh|udah|udh|belum|blm|tidak|tdk|bukan|termasuk|dapat|dpt|ada)\b)"
)
# "RKA sudah saya pahami, tinggal DPA ...", "I have looked up the latter two already": a term
# the officer says they know, so not the one they ask about.
KNOWN_TERM = re.compile(
    r"\b(sudah|udah|sdh|udh|dah)\s+((saya|sy|kami|aku)\s+)?(paham\w*|tahu|tau|ngerti|"
    r"mengerti|jelas|cari|cek|baca)\b|\b(i|we) (have|ve) (already )?(looked up|checked|found|"
    r"understood)\b|\balready (know|understand|looked up)\b|\bi know what\b"
)
# "... minggu depan? kalau tidak, batas terakhirnya hari apa?": a fallback asked on.
FALLBACK = re.compile(
    r"((kalau|kalo|klo|kl|jika|bila|if)\s+(tidak|tdk|nggak|ngga|enggak|gak|ga|bukan|belum|blm|"
    r"not|no)|otherwise|or else)\b(?!\s+(salah|keliru|mistaken)\b)"  # not "kalau tidak salah"
)
# "tenggat ... masih sama dengan tahun lalu? sampai tanggal berapa": a bare when, asked on.
BARE_WHEN = re.compile(
    r"(?:(?:sampai|sampe|smp|hingga|until|till)\s+)?(?:tanggal|tgl|hari|jam|bulan|kapan|kpn|"
    r"when|what date)(?:\s+(?:berapa|brp|apa|nya|ya|kah))*\s*[?!.]*\s*"
)
# "yang dari Kementerian PKP ", up to the "itu" that closes a clause saying which one.
WHICH_ONE_CLAUSE = re.compile(r"(?:yang|yg)(?: \w+){1,6}? (?=(?:itu|tu) )")
# "ada warga nanya: 'pak, rumah saya bisa dibantu provinsi nggak?' jawabnya gimana?": another
# person's question, quoted after a word of asking, is what the officer needs answered.
_ASKING_SAID = r"tanya\w*|nanya\w*|bertanya|ditanya\w*|menanyakan|asks?|asked|bilang|ngomong"
RELAYED = re.compile(
    rf"\b(?:{_ASKING_SAID})\b"
    r"[^'\"“‘]{0,20}['\"“‘](?P<quoted>[^'\"“”‘’]{8,}?)['\"”’]"
)
# "tadi bot tanya 'apakah lahan clean and clear?', clean and clear itu artinya apa?", "Kata
# Pak Kabid 'rumah korban bencana itu masuk SPM', SPM yang beliau maksud itu apa?": words
# someone said or wrote (three words at least: "'hibah' itu artinya apa" asks about the term
# quoted), after a word of saying; what the officer asks may be outside them.
SAID_QUOTE = re.compile(
    rf"\b(?:{_ASKING_SAID}|kata|"
    r"katanya|said|says|told(?:\s+(?:us|me))?|wrote|writes|menyebut\w*|sebut\w*|tulis\w*|"
    r"nulis|jawab\w*|dijawab|balas\w*|replied)\b[^'\"“‘]{0,20}"
    r"(?P<quote>['\"“‘][^'\"“”‘’\s]+(?:\s+[^'\"“”‘’\s]+){2,}?['\"”’])"
)
# A line quoted at a message's start, from a form or a letter ("\"jumlah penerima manfaat: 120
# KK / 450 jiwa\" jiwa disitu maksudnya gimana?"), read as SAID_QUOTE's.
OPENING_QUOTE = re.compile(r"^\s*(?P<quote>[\"“][^\"“”]{8,}[\"”])")
# Which sizes fall to which level, asked without a size: the slum-area rule's bands ...
SLUM_BANDS_ASKED = re.compile(
    r"\b(ukuran|luasan|range|rentang|batas\w*|patokan\w*|berapa|brp|masuk mana|ikut siapa|"
    r"kewenangan|wewenang|ranah|pegang|size|threshold|limits?)\b"
)
# ... unless the centre ("pusat", "beyond the province's") or the outline's own area is asked.
CENTRE_OR_OUTLINE = re.compile(
    r"\b(pusat|kementerian|kementrian|nasional|central|centre|center|national|delineasi\w*|"
    r"lewat|melebihi|melewati|lebih dari|di luar|diluar|beyond|exceed\w*|"
    r"sebagian|dihitung|dipakai|dipake|diukur|peta|seluruh|whole|counts?)\b"
)
# What comes before a village's or district's name ("desa Sei Gohong", "kec. Bukit Batu").
PLACE_PREFIXES = frozenset(
    {"desa", "ds", "kelurahan", "kel", "kecamatan", "kec", "dusun", "village"}
)
# The status "dibahas di Rakor" and what it means ("itu berarti udh disetujui?").
# RKPD and APBD come after the Rakor's decision: "disetujui di rakor, lalu masuk RKPD?" asks
# about the planning cycle, not what a status means.
PLANNING_STEP = re.compile(r"\b(rkpd|apbd)\b")
RAKOR_STATUS_MEANING = re.compile(
    r"\bdibahas (di )?rakor\b.*\b(berarti|arti\w*|maksud\w*|mean\w*|sudah pasti|udh pasti|"
    r"sdh pasti|pasti disetujui|disetujui)\b"
)
# "bs usul apa aja ke prov?": which kinds of proposal may be made.
WHAT_TO_PROPOSE = re.compile(
    r"\b(usul|usulin|ngusul|ngusulin|mengusulkan|diusulkan|ajukan|diajukan|propose)\s+"
    r"(apa aja|apa saja|apa lagi|apa2|what)\b"
)
# "lokasi usulan diisi sampe mana": how much of a field to fill in, not where a proposal is.
FILLED_HOW = re.compile(
    r"\b(isi|diisi|ngisi|mengisi|ditulis|nulis|dirinci)\s+sampai\s+(mana|dimana)"
)
# The bot's own reminders and notices: how the bot sends them, not the meeting's date.
REMINDERS = re.compile(r"\b(pengingat\w*|reminder\w*|notifikasi\w*|notif)\b")
# The regent's letter asked alone ("surat bupati perlu ga"), which readiness lists beside the
# other papers; the statement of willingness to take the grant is another topic's.
REGENT_LETTER = re.compile(r"\bsurat (dari |dr )?(bupati|wali ?kota|kepala daerah)\b")
STATEMENT = re.compile(r"\b(pernyataan|hibah|o ?& ?p|o dan p|pemeliharaan|kesediaan|bersedia)\b")
SENT = re.compile(r"\b(dikirim\w*|terkirim|kirim\w*|sent|send|masuk|muncul|keluar|datang)\b")
# "maksud saya, ..." ("I mean") is no question about a meaning.
# "dialihkan ke DAK maksudnya ...": the meaning of the decision phrase itself, asked in one
# breath (no comma or stop between); "..., DAK itu artinya apa" asks for the term.
DECISION_MEANING = re.compile(
    r"\b(dialihkan|dikembalikan|ditolak|diarahkan)\b[^,.;!?]{0,40}?\b(maksud\w*|mksd\w*|arti\w*)\b"
)
MEANING = re.compile(
    r"\b(arti\w*|maksud\w*(?!\s+(saya|sy|aku|ulun)\b)|mean\w*|definisi\w*|pengertian|"
    r"kepanjangan\w*|singkatan\w*|akronim\w*|makna\w*|stands? for)\b"
)
# "Who is doing what exactly?", "siapa ngerjain apa": the division of the whole affair between
# the levels, which the authority overview answers.
WHO_DOES_WHAT = re.compile(
    r"\b(who (is )?(does|doing|do|handles|handling) what|siapa (mengerjakan|ngerjain|melakukan|"
    r"menangani|nanganin|pegang|megang) apa|division of (roles|labou?r|functions|authority))\b"
)
# The long form asked of a term in so many words ("SPM-nya itu singkatan apa"): not "judul
# kepanjangan" (too long), "who stands for" (represents) nor "the full form" (to fill in).
LONG_FORM_OF = re.compile(
    r"\b(singkatan|kepanjangan)(nya)? (apa|dari|dr)\b|\b(apa|apaan) (singkatan|kepanjangan)"
    r"(nya)?\b|\b(stands?|short) for (what|apa)\b|\bwhat\b[^?.]{0,30}\bstands? for\b|"
    r"\bdari singkatannya\b"
)
# An abbreviation's long form asked: "... what it stands for", "kepanjangannya apa".
LONG_FORM_ASKED = re.compile(
    r"\b(stands? for|short for|kepanjangan\w*|singkatan\w*|akronim\w*|long form|full form|"
    r"abbreviation)\b"
)
# "apa bedanya RTLH sama BSPS": two terms compared, both explained.
COMPARE = re.compile(
    r"\b(beda|bedanya|bedain|perbedaan\w*|vs|versus|difference|different|dibanding\w*)\b"
)
# "kelurahan Baamang Hulu termasuk kawasan kumuh ga?": whether a named place is in its
# regency's slum decree, which the bot does not hold (the regency's SK kumuh lists them).
SLUM_LISTED = re.compile(
    r"\b(termasuk|masuk)\s+(kawasan|lokasi|daerah|wilayah)\s+kumuh\b"
    r"(?!\s+(berat|sedang|ringan|tingkat))"
)
NAMED_PLACE = re.compile(r"\b(desa|ds|kelurahan|kel|rt|rw|kampung|gang|gg|jalan|jl)\b")
# "dinas mana di provinsi yang menangani usulan", "who at the province handles ...": the
# provincial agency, asked by its office or unit (not "dinas perkim itu dinas apa").
WHICH_OFFICE = re.compile(
    r"\b((dinas|bidang|kantor) (mana|apa (aja|saja))\b.*\b(prov\w*|disperkimtan)|"
    r"(prov\w*|disperkimtan)\b.*\b(dinas|bidang|kantor) (mana|apa (aja|saja))|"
    r"who at the province|which (office|department|unit) (at|of|in) the province)\b"
)
# What an officer does after a rejection or a redirection: "harus gimana", "resend it?".
AFTER_DECISION = re.compile(
    r"\b((harus|hrs|must|should) (gimana|bagaimana|gmn|apa|do)|resend\w*|kirim (ulang|lagi)|"
    r"(diajukan|ajukan|diusulkan) (kembali|ulang|lagi)|diperbaiki|langkah\w*|go to who|"
    r"ke ?mana|what now|what next)\b"
)
# "lupa no hp admin yg urus usulan": a staff member's own number, which the bot does not
# keep; the office's contacts are offered among choices, never given as that number.
STAFF_NUMBER = re.compile(
    r"\b(no|nomor|nomer|number)\.? (hp|wa|telp|telepon|handphone|phone|kontak)\b( \w+){0,2} "
    r"(admin|petugas|operator|staf\w*|pengelola)\b"
)
# A permit ("izin pengembangan kawasan 25 ha"), and a slum named: a permit's area is no
# slum's to rule on.
PERMIT = re.compile(r"\b(izin\w*|perizinan|permit\w*|pbg|slf)\b")
SLUM_WORD = re.compile(r"\b(kumuh\w*|kekumuhan|slum\w*)\b")
# "tidak bisa hadir rapat tgl 18, bisa diwakilkan?": sending someone, how the bot's
# invitations work, not when the meeting is.
REPRESENTED = re.compile(
    r"\b(diwakil\w*|wakilkan|mewakili|perwakilan|send (a |my )?(deputy|someone|staff))\b"
)
# "RAB itu singkatan apa? eh ralat, yang di daftar itu RKS", "PSU kawasan industri, salah
# ketik, maksudnya PSU permukiman": the officer corrects what they typed; what follows the
# first such mark (and a thing set aside, "eh bukan itu,") is the question; "salah ketik"
# only with a break after it ("tanggal SK saya salah ketik jadi ..." tells of a typo in a
# form). "maksud saya" alone is no mark: it follows the corrected words as often as it
# precedes them. "KB di tabel itu apa, eh salah, KR maksud saya", "9,5 ha, eh koreksi, 10,5
# ha": "eh salah / eh typo / lho salah" and a "koreksi" between commas mark one too.
CORRECTION = re.compile(
    r"\b(?:(?:eh,?\s+|eh\s+tadi\s+|tadi\s+)?(?:ralat|salah (?:ketik|tulis|tik|sebut)"
    r"(?=\s*[,.:;!…-]|\s+(?:maksud|mksd|yang|yg)))"
    r"|eh,?\s+(?:maksud\w*|mksd\w*)(?:\s+(?:saya|sy|aku|ku))?"
    r"|eh,?\s+bukan(?:\s+itu)?(?:[^,.;:!?]{0,40}[,;:])?"
    r"|eh,?\s+(?:yang|yg)\s+(?:saya|sy)\s+(?:tanya\w*|maksud\w*)"
    r"|(?:eh|lho|loh|eh\s+maaf),?\s+(?:salah|keliru|koreksi|typo|sorry|maaf)"
    r"(?:\s+(?:ketik|tulis|tik|sebut))?(?=\s*[,.:;!…-])"
    r"|(?<=[,;]\s)koreksi(?=\s*[,.:;!…-])"
    r"|sorry,?\s+i\s+mean(?:t)?|correction)(?!\w)[\s,.:;!…-]*"
)
# "rakor kapan? eh ga jadi, yang mau saya tanya ...", "skip yang tadi, pertanyaan sebenarnya:
# ...", "Never mind that, my actual question is ...", "salah paham min, ...", "bukan itu
# maksud saya, ...", "no, I meant ...": the officer takes back a first question (or the bot's
# reading of it) and asks another; what follows the mark is the question, as after a
# correction. Only at the start or after a break, and with a break or the end after it:
# "rapat besok jadi atau ga jadi", "kenapa usulan kami tidak jadi", "DED-nya boleh di skip?"
# take nothing back.
CANCELLED = re.compile(
    r"(?:^|(?<=[?.!;:,…]))\s*(?:(?:eh|oh|ok|oke|okay|eh\s+maaf),?\s+)?(?:"
    r"(?:(?:ga|gak|gk|ngga|nggak|enggak|engga|tidak|tak|g)\s+jadi"
    r"(?:\s+(?:deh|dah|aja|ding|nanya|tanya))?"
    r"|skip(?:\s+(?:yang|yg)\s+(?:tadi|td|itu|pertama|atas))?(?:\s+(?:dulu|aja|deh))?"
    r"|(?:lupakan|abaikan|lewati)\s+(?:(?:yang|yg|pertanyaan)\s+)?(?:tadi|td|itu|pertama|"
    r"sebelumnya|di\s?atas)"
    r"|never\s?mind(?:\s+(?:that|this|the\s+first\s+one))?|scratch\s+that"
    r"|(?:ignore|forget|disregard)\s+(?:that|it|the\s+above|(?:my|the)\s+(?:first|previous|"
    r"earlier|last)\s+(?:question|one))"
    r"|salah\s+paham|(?:bukan|bkn)\s+itu(?:\s+(?:maksud|mksd)(?:\s+(?:saya|sy|aku))?)?"
    r")(?:\s+(?:pak|bu|min|kak|mas|mbak|ya))?"
    r"(?=\s*[,.;:!…-]|\s*$)"
    r"|(?:(?:yang|yg)\s+)?pertanyaan\s+(?:(?:saya|sy|kami)\s+)?(?:(?:yang|yg)\s+)?"
    r"(?:sebenarnya|sebenernya|sesungguhnya|sebetulnya|utama)(?:\s+(?:adalah|yaitu|ini))?(?!\w)"
    r"|my\s+(?:actual|real|main)\s+question(?:\s+is)?(?!\w)"
    # "yg saya tanya ..." only after a full stop: "Kumuh 9 ha, yang saya tanya ..." goes on.
    r"|(?<!,\s)(?<!,)(?:yang|yg)\s+(?:mau\s+)?(?:saya|sy|aku)\s+(?:mau\s+)?"
    r"(?:tanya|tanyakan|maksud|maksudkan)"
    r"(?:\s+(?:itu|tuh|adalah|yaitu|sebenarnya))?(?!\w)|no,?\s+i\s+meant?(?!\w))[\s,.:;!…-]*"
)
# "jadwal rakor sudah tahu. yang mau saya tanya ...": what the officer already knows, closed
# by a full stop, before what they ask; at the end of a thanks, a closing ("Terima kasih,
# sudah jelas sekali", "oke sudah paham, makasih"). Before a comma it cuts no question off
# ("Status lahan sudah jelas, clean and clear. Apa lagi ...?" tells a fact).
KNOWN_ALREADY = re.compile(
    r"\b(?:eh,?\s+)?(?:udah|sudah|sdh|udh|dah)\s+(?:tahu|tau|paham|jelas|ngerti)"
    r"(?:\s+(?:kok|sih|deh|ding|kan|sekali|banget|bgt|pak|bu|min|kak|ya))?"
    r"(?P<stop>\s*[.!,]+(?=\s)|\s*[.!]*$)[\s.!,]*"
)
# Words after a take-back that only say the answer was found ("never mind, I found it", "ga
# jadi pak, udah ketemu jawabannya").
FOUND_IT = frozenset(
    """
    i it ive found figured out got ketemu nemu dapat jawabannya jawabnya udah sudah dah
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# The corrected thing itself, up to the first break ("kr maksud saya, ..." -> "kr maksud
# saya"; "10,5 ha, itu ..." keeps its decimal comma), and the words after it that only say it
# is meant.
CORRECTION_HEAD = re.compile(r".*?(?=[,.;:]\s|[?!]|$)")
MEANT_AFTER = re.compile(
    r"\s+(?:maksud\w*|mksd\w*|yang benar|yg bener|yg benar|yang bener)(?:\s+(?:saya|sy|aku))?$"
)
# Words around a corrected term that point at it and add nothing ("yang di daftar itu RKS").
POINTING_AT_TERM = frozenset(
    """
    yang yg di dalam dlm itu tu tuh ini daftar tabel form formulir surat lampiran kolom kode
    istilah singkatan kategori label huruf term
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# Words that open the corrected part and say nothing of it ("maksudnya", "yang mau saya
# pastikan:"); left in, "maksudnya" would read as asking what a term means.
CORRECTED_OPENING = re.compile(
    r"^(?:eh,?\s+)?(?:(?:maksud\w*|mksd\w*)(?:\s+(?:saya|sy|aku|ku))?|(?:yang|yg)\s+(?:mau\s+|ingin\s+)?"
    r"(?:sebenarnya\s+)?(?:(?:mau|ingin)\s+)?"
    r"(?:saya|sy)\s+(?:mau\s+|ingin\s+)?(?:tanya\w*|maksud\w*|perlu\w*|pastikan|cari)"
    r"(?:\s+(?:sebenarnya|adalah|yaitu|ini))?|(?:yang|yg)\s+(?:penting|utama)"
    r"|what\s+i\s+(?:actually\s+|really\s+)?(?:want|wish|need)\s+to\s+(?:ask|know)(?:\s+is)?)"
    r"[\s,.:;!…-]*"
)
# "Lapor pak, survei RTLH sudah 60%. ... KB itu singkatan apa?": reporting opens the
# message; it is no question about LAPOR! (the complaints service), which "lapor itu apa"
# or "LAPOR! maksudnya" is.
REPORT_OPENING = re.compile(
    r"^lapor(?:\s+(?:pak|bu|bapak|ibu|kak|min|ndan|bang))?(?:\s*[,.:]|\s+(?=(?:pak|bu)\b))"
    r"(?!\s*(?:itu|tu|nya|maksud\w*|apa)\b)\s*"
)
# "Kayak pasien dirujuk ke rumah sakit lain, kalau usulan kami bukan kewenangan provinsi ...",
# "Like strategic plan in private companies, what exactly is Renstra ...": an analogy with
# another sector opens the message; its words (a hospital, a company) are not asked about.
# Only a clause without a question word of its own, and only with a question after it.
ANALOGY_OPENING = re.compile(
    r"^(?:(?:ya |persis |sama )?(?:kayak|kyk|kaya|seperti|spt|mirip|ibarat\w*|laksana)|"
    r"(?:just |much )?like|similar to|same as|as with|as in)\s"
    r"(?![^,;:]*\b(?:apa|apakah|bagaimana|gimana|gmn|siapa|berapa|kapan|what|how|who|which)\b)"
    r"(?![^,;:]*\d[,.]?\d*\s*(?:ha|hektar\w*|hektare|hectares?|m2)\b)"  # an area: an example
    r"(?:[^,;:.?!]|(?<=\d)[,.](?=\d)){8,140}[,;:]\s*(?=\S)"
)
# A messenger correction: a star before the word as it should have been, after the slip
# ("Pokja PKK *PKP maksudnya", "rakor diadain *diadakan di mana"); not a starred emphasis
# ("*penting*").
STAR_CORRECTION = re.compile(r"(?<![\w*])([\w&.-]+)\s+\*([\w&-]+)(?![\w*])")
# Asking whether the bot can answer, before the question itself ("bot ini bisa jawab soal
# istilah nggak? kalau bisa: ...", "Can this bot explain technical terms? If yes, may I know
# ..."): the ability asked is no subject; the question after "if so" is.
BOT_ABILITY_OPENING = re.compile(
    r"^[^?]{0,60}\b(?:bot|kamu|km|anda|you|it)\b[^?]{0,80}\?\s*"
    r"(?:kalau|klo|kalo|kl|jika|jk|if)\s+(?:bisa|bs|iya|ya|yes|so|tahu|tau|paham|ngerti|can)"
    r"\b\s*[,:.-]?\s*(?=\S)"
)
# A proverb opening the message, by its marker before it ("Ibarat pepatah, tak kenal maka tak
# sayang — saya pejabat baru ...", "As they say, many hands make light work — so what's ...")
# or after it ("Good things come to those who wait, as they say, but how long ..."): its words
# (a book's cover, many hands) are not asked about. Up to a dash or a full stop after it, or
# the first comma when there is neither.
PROVERB_OPENING = re.compile(
    r"^(?:(?:(?:ibarat|seperti|bak|kata|sesuai)\s+(?:kata\s+)?(?:pepatah|peribahasa|orang tua)"
    r"(?:\s+(?:bilang|mengatakan|berkata|lama|kita))?|pepatah\s+(?:bilang|mengatakan|berkata)|"
    r"as\s+the\s+(?:saying|proverb)\s+goes|as\s+they\s+say|like\s+the\s+saying)\s*[,:]?\s*"
    r"(?:[^—–?!.;:]{4,120}?\s[—–-]+\s|[^—–?!.;:]{4,120}?[.;:]\s|[^—–?!.;:,]{4,120}?,\s)|"
    r"[^—–?!.;:]{8,120}?,?\s(?:as\s+they\s+say|as\s+the\s+saying\s+goes|kata\s+pepatah|"
    r"seperti\s+kata\s+pepatah|kata\s+orang)\s*[,:—–-]+\s*)(?:(?:but|so|tapi|jadi|nah)\s+)?"
    r"(?=\S)"
)
# An opening that points back at an earlier chat the bot cannot see ("lanjutan obrolan
# kemarin soal jaling ya, ...", "seperti yang saya tanya minggu lalu, ...", "following on from
# last week: ..."): it names no subject of its own, so the question after it is read alone.
EARLIER_CHAT_OPENING = re.compile(
    r"^(?:(?:lanjutan|melanjutkan|lanjut|nyambung|menyambung)\s+(?:dari\s+)?"
    r"(?:(?:obrolan|chat|pertanyaan|percakapan|diskusi|pembahasan)\s+)?(?:(?:yang|yg)\s+)?"
    r"(?:kemarin|kemaren|tadi|td|minggu\s+lalu|sebelumnya|semalam|kmrn|kmarin)|"
    r"(?:seperti|spt|sesuai|menyambung)\s+(?:yang|yg)\s+(?:saya|sy|aku|kami)\s+"
    r"(?:tanya\w*|sampaikan|bilang)\s+(?:kemarin|kemaren|tadi|minggu\s+lalu|sebelumnya|kmrn)|"
    r"(?:following\s+(?:on\s+)?from|further\s+to|as\s+i\s+asked|continuing\s+from)\s+"
    r"(?:my\s+|our\s+|the\s+)?(?:last\s+week|yesterday|earlier|before|previous\s+\w+|"
    r"last\s+\w+|earlier\s+\w+))"
    r"[^,:;.?!—–]{0,80}?\s*[,:;.—–-]+\s*(?=\S)"
)
# A pantun's two opening lines (the sampiran), as a polite message may open: "Jalan-jalan ke
# Sampit, jangan lupa beli kerupuk. Mau tanya ...", "Buah duku buah salak, dimakan berdua di
# tepi kali, ...". Their words (a road, a market, a river) are not asked about. A journey or
# a thing named twice opens the first line ("jalan ke sampit" alone may be a road asked
# about, so a second line of eating, buying or travelling must follow); a fruit, fish or
# cake named twice ("ikan seluang ikan baung, selamat pagi") is a pantun's line on its own.
PANTUN_FIRST = re.compile(
    r"^(?:(?:jalan|pergi|pulang|main|berlayar|mampir|singgah|naik \w+) ke|ke \w+ (?:naik|beli)|"
    r"naik \w+ ke|kalau ada \w+ di|hujan \w+|burung \w+|anak \w+|kapal \w+|makan \w+|"
    r"beli \w+|(\w+) \w+ \1)\b[^,;.?!]{0,50}[,;.]\s*"
)
PANTUN_NAMED_TWICE = re.compile(
    r"^(buah|ikan|pisang|kue|bunga|daun|pohon|kayu|sayur|burung) \w+ \1 \w+[^,;.?!]{0,30}[,;.]\s*"
)
PANTUN_SECOND = re.compile(
    r"(?![^,;.?!]*\b(?:apa\w*|siapa|bagaimana|berapa|kapan|\w*mana|kenapa|kewenangan)\b)"
    r"(?=[^,;.?!]*\b(?:dimakan|dimasak|beli|membeli|mampir|singgah|pulangnya|naik|hinggap|"
    r"jangan lupa|boleh kita|turun|terbang|rasanya|dibawa|bawa|lewat|ditemani|minum|makan|"
    r"dijual|sedap|duduk|mandi|menumpang|dibuka)\b)(?:[^\s,;.?!]+\s+){1,9}?[^\s,;.?!]+[,;.]"
    r"\s*(?=\S)"
)
# "[13.22, 4/11/2026] Mas Andri Gumas: Rusus stands for what ah?": a chat export's time and
# sender, copied along with the question; the sender's name and title are not asked about.
CHAT_STAMP = re.compile(r"^\s*\[[\d\s.,:/-]{4,30}\]\s*[^:\[\]]{1,60}:\s*")
# "kalau boleh tahu, usulan kami statusnya apa?": a polite hedge, no condition; read as
# one, its "kalau" made a hypothetical of the question after it.
HEDGE = re.compile(
    r"\b(kalau|kalo|klo|kl|jika|bila) (saya |sy )?(boleh|blh) (tahu|tau|tanya|nanya)\b"
    # "I wish to enquire what LAPOR! is", "I would like to inquire about ...": the ask itself.
    r"|\bi (wish|would like|want) to (enquire|inquire|ask|know)( about| whether| if)?\b"
)
# "rusus itu apa? sekalian, berapa unit yang dibangun tahun lalu?": a second question added.
ALSO_ASKING = re.compile(
    r"\b(sekalian|skalian|sekaligus|satu lagi|1 lagi|oh ya|oya|and also|one more thing)\b",
    re.IGNORECASE,
)
# "SKPD sama OPD sama aja?", "is SKPD the same as OPD": two terms compared.
SAME = re.compile(r"\b(sama (aja|saja|ga|gak|gk|nggak|enggak|tidak|tdk|kah|ya)|same)\b")
JOINING = frozenset({"sm", "sama", "dan", "dgn", "dengan", "atau", "ato", "vs", "and", "or"})
IN = frozenset({"di", "dlm", "dalam", "pada", "pd", "in", "on"})
# Where one sentence or clause of a message ends and the next begins.
CLAUSE_BREAK = re.compile(r"[,.;:!?]+\s+")
# "kode KS di data kumuh ...": a word naming what kind of thing the term is, before it.
KIND_NOUNS = frozenset({"kode", "istilah", "singkatan", "kategori", "label", "huruf", "term"})
# "When/where is it?" about a meeting or the proposal deadline is answered from the schedule
# the province keeps in the bot, never from the knowledge base's past years.
WHEN = re.compile(
    r"\b(kapan|jadwal\w*|tanggal\w*|jam berapa|pukul berapa|hari apa|bulan apa|dimana|"
    r"di mana|tempatnya|lokasinya|when|what time|what date|what day|which day|schedule\w*|"
    r"where|waktu dekat|upcoming|next|(minggu|bulan|pekan) (depan|dpn|ini)|"
    r"on the \d{1,2}(st|nd|rd|th))\b"  # "still on the 16th, right?"
)
# Not "rumah rapat rapat" (houses close together): "rapat" is also "dense"; nor a DPRD
# hearing ("rapat dengar pendapat"), which is no meeting of the province's.
MEETING = re.compile(
    r"\b(rakor\w*|(?<!rumah )(?<!rumahnya )(?<!bangunan )(?<!rapat )rapat(?! dengar)\w*|"
    r"meeting|pertemuan)\b"
)
# "agenda rakor apa", "bawa apa aja ke rakor": the scheduled meeting's agenda, which its card
# shows, not the yearly cycle's account of what a Rakor is.
# "usulan yang dibawa ke rakor" is proposals taken there: what to bring needs its "apa".
AGENDA = re.compile(r"\b(agenda\w*|acara\w*|bawa apa|apa\w*( \w+){0,3} dibawa|agenda of)\b")
# "lokasi kami skornya 63, masuk kategori apa": a total slum score, computed to its band
# when it is the only number typed ("skor 0 1 3 5 maksudnya apa" asks about the scale).
SCORE = re.compile(
    r"\b(skor\w*|score\w*|nilai (total|kumuh\w*|penilaian)|total nilai\w*)"
    r"\D{0,25}?(?<!-)\b(\d{1,3})\b"
    r"(?!\s*(%|persen|ha\b|hektar\w*|m2|m\b|juta|jt|rb|ribu|miliar|milyar|kriteria|aspek|"
    r"indikator|unit|lokasi|rumah|desa|kk|jiwa|titik|kawasan|rt\b))"
)
# ... only a slum's total: about slums or a location, and no other score or a single criterion
# ("skor prioritas 70", "skor kriteria drainase kami 5"), nor a question about handling.
SCORE_OF_SLUM = re.compile(r"\b(kumuh\w*|kekumuhan|slum\w*|lokasi\w*|skor total|total skor)\b")
# Scores that are no slum's ("skor prioritas kami 70 itu bagus?"): the slum-score topics do
# not answer them.
NON_SLUM_SCORE = re.compile(
    r"\b(skor|score|nilai)\b.*\b(prioritas|kesiapan|verifikasi|ikm|kinerja|akreditasi|sakip)\b|"
    r"\b(prioritas|kesiapan|verifikasi|ikm|kinerja|akreditasi|sakip)\b.*\b(skor\w*|score\w*)\b"
)
PRIORITY = re.compile(r"\b(prioritas|priority)\b")
OTHER_SCORE = re.compile(
    r"\b(prioritas|kesiapan|verifikasi|ikm|kinerja|rtlh|usulan\w*|proposal\w*|kontrak|rp|"
    r"kriteria|aspek|indikator|jalan|drainase|air|sampah|limbah|kebakaran|bangunan|minimal|"
    r"pemugaran|peremajaan|pemukiman kembali|penanganan\w*|pola)\b"
)
NUMBER = re.compile(r"\d+")
SCORE_WORD = re.compile(r"skor\w*|score\w*|nilai\w*|total\w*")  # "klo skornya 40?"
NEGATIVE = re.compile(r"(?<!\w)-\s*\d")
# "sy dr dinas perkim kab katingan mau tanya": asking to ask, the question still to come.
ASK_TO_ASK = re.compile(
    r"\b((apa|apakah)\s+)?(mau|mo|ingin|pengen|pingin|izin|ijin|boleh|bisa|bs|numpang|handak|"
    r"would like to|can i|may i)\s+((saya|sy|aku|ulun|kami)\s+)?"
    r"(tanya|nanya|bertanya|menanyakan|tanyakan|betakon|ask)"
    r"(\s+(dong|dulu|dlu|pak|bu|min|kak|mas|mbak|nih|ya|y|sedikit|dikit|sikit|boleh|bisa|ga|gak|"
    r"sebentar|bentar|something|a question|please|pls))*\W*$"
)
# Before "mau tanya", only who is asking: "sy dr dinas perkim kab katingan, ..." (anything
# else, "usulan kami ditolak, mau tanya", is the question itself).
INTRODUCING = frozenset(
    """
    dari dr dinas bidang bid seksi kasi kabid kadis sekretariat sekretaris staf staff operator
    petugas pegawai pejabat perkim disperkim disperkimtan perkimtan pupr bappeda pemkab pemkot
    kab kabupaten kota kec kecamatan kel kelurahan desa ada yg yang ada nama baru bagian ulun
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# "abis dibahas di rakor, usulan masuk RKPD kpn": a step after the meeting is what is asked.
AFTER_MEETING = re.compile(
    r"\b((abis|habis|setelah|stlh|sesudah|selesai|pasca|after)\W+(the\W+)?"
    r"((di)?(bahas|setujui|terima|tetapkan)\w*\W+(di\W+)?)?|"
    # "sudah disetujui di rakor, kapan dananya ada": what came of the meeting, after it
    r"(disetujui|disepakati|dibahas|diterima|ditetapkan|lolos|approved)\W+(di|dlm|dalam|pada|at|in)\W+"
    r"(the\W+)?)(rakor\w*|rapat\w*|meeting|pertemuan)\b"
)
# "setelah rakor kemarin, rakor berikutnya kapan": the next meeting after all.
# "usulan ditutup sebelum rakor, batas akhirnya kapan?": the meeting as a time, before it.
BEFORE_MEETING = re.compile(
    r"\b(sebelum|sblm|before|jelang|menjelang|prior to)\W+(the\W+)?(rakor\w*|rapat\w*|meeting|"
    r"pertemuan)\b"
)
NEXT_MEETING = re.compile(
    r"\b(rakor\w*|rapat\w*|meeting|pertemuan)\W+(\w+\W+)?(berikut\w*|selanjutnya|lagi|next)\b"
)
# "batas" alone is also an area limit ("batas luas kumuh"): it needs a when-cue or "waktu".
# "batas waktu provinsi menanggapi usulan": how soon the province answers, not the last day
# to send proposals.
RESPONSE = re.compile(
    r"\b(menanggapi|tanggapan\w*|ditanggapi|merespon\w*|respon\w*|dijawab|menjawab|"
    r"ditindaklanjuti|tindak lanjut|dibalas|membalas|replies|reply|respond\w*|tanggapn|"
    r"dibales|dibls|balasan|jwb|dijwb|menindaklanjuti|tindaklanjut\w*)\b"
)
# "bagaimana provinsi memeriksa usulan yang kami kirim": the review after sending.
REVIEWED = re.compile(
    r"\b(memeriksa|diperiksa|periksa|pemeriksaan|verifikasi\w*|diverifikasi|menilai|dinilai|"
    r"review\w*|check (the|our) proposals?)\b"
)
# "selain /usul, perintah apa lagi", "/usul, trus apa lg": the other commands too.
OTHER_COMMANDS = re.compile(
    r"\b(selain|besides|other than|apart from)\b.*\b(usul|status)\b|"
    r"\b(apa lagi|what else|other commands?|perintah lain\w*|(list|daftar) (of )?(the |all )?"
    r"(commands?|perintah\w*)|(all|semua) (the )?(commands?|perintah\w*))\b"
)
# "usulan yang kita kirim bulan lalu, sekarang posisinya di mana?": one already sent.
ALREADY_SENT = re.compile(
    r"\b(yang|yg) (kita|kami|kmi|saya|sy|aku|ulun|we) (sudah |udah |sdh |udh )?"
    r"(kirim|ajukan|usulkan|input|masukkan|submit)\w*"
)
# One part of a proposal ("cara mengisi biaya di form", "foto dikirim lewat bot juga?").
PROPOSAL_PART = re.compile(
    r"\b(data|isi|isian\w*|komponen|foto\w*|photos?|gambar|biaya|penerima\w*|lokasi\w*|"
    r"koordinat|titik|alur\w*|tahun berapa)\b"
)
# Whether a slum decree still stands or lists a place ("SK kumuhnya dari 2019, masih
# bisa dipakai?", "tidak tercantum di SK kumuh").
SK_STANDING = re.compile(
    r"\bsk\b.*\b(berlaku|kadaluarsa|kedaluwarsa|kdaluarsa|expired?|dipakai|dipake|tercantum|"
    r"terdaftar|diperbarui|diperbaharui|umur\w*|dari (19|20)\d\d)\b|"
    r"\b(tercantum|terdaftar|tidak masuk|belum masuk) (di|dalam|dlm) sk\b"
)
# A slum decree past its years ("SK kumuhnya kadaluarsa, udah lewat 5 taun", "terbit 6 tahun
# lalu") or a place not yet in it; not an SK said to be in order ("SK kumuh masih berlaku"),
# nor another SK ("SK tim").
SK_EXPIRED = re.compile(
    r"\bsk kumuh\w*\b[^?]*\b(kadaluarsa|kedaluwarsa|kdaluarsa|kadaluwarsa|expired?|"
    r"(sudah|udah|udh|sdh) lewat|"
    # "SK kumuh kami terbit 6 tahun lalu": five years or more (a year alone may be recent)
    r"(terbit|diterbitkan|ditetapkan|dibuat|keluar)\w* ([5-9]|\d\d|lima|enam|tujuh|delapan) "
    r"tahun (lalu|yang lalu|yg lalu))\b|"
    r"\b(belum|blm|tidak|tdk|gak|ga) (tercantum|terdaftar|masuk) (di|dalam|dlm) sk\b"
)
# "gmn cara perbaikinya?", "revisinya gimana": how to revise (a proposal sent back).
REVISING = re.compile(r"\b(perbaiki\w*|perbaikan\w*|memperbaiki|diperbaiki|revisi\w*|direvisi)\b")
DEADLINE = re.compile(
    r"\b(tenggat|deadline|ditutup(nya)?|tutup(nya)?|penutupan|sampai kapan|sampai tanggal|"
    r"paling lambat|cut-?off|cut off|closing date|due date|last day|last date (?=for|of|to)|"
    r"closes?|"
    r"(masih|msh|still) (dibuka|open)|"
    r"(until|till) (what|which) (date|day)|(until|till) when|by (what|which) date|"
    r"(tanggal|hari|batas|kapan) terakhir|terakhir (kirim\w*|pengiriman|pengajuan|diterima)|"
    # "setelah tanggal berapa usulan tidak diterima lagi": with a time asked ("kenapa usulan
    # kami tidak diterima lagi tahun ini" asks why it was refused again).
    r"(tanggal|kapan|hari|date|when)\b.{0,40}\b(tidak|tak|tdk|ga|gak|nggak|no longer) "
    r"(diterima|accepted)( lagi| anymore)?|(no longer|not) accepted (anymore )?(after|from) "
    r"(what|which) (date|day)|"
    r"batas (waktu|akhir|pengiriman|pengajuan|usul\w*)|"
    # "sisa waktu ngusulin berapa hari lagi": the time left before proposals close.
    r"sisa waktu)\b"
)
# Asking the bot to do something or send a file: the province's staff can, no answer can.
REQUEST = re.compile(
    r"\b(tolong (buatkan|buatin|bikinin|kirimkan|kirimin|carikan)|buatin|bikinin|kirimin|"
    r"minta (file|filenya|contoh|softcopy|salinan|materi|format))\b"
)
# A person's name asked ("siapa nama kadis perkim prov sekarang"): no answer names people,
# who change; the province answers it.
PERSON_ASKED = re.compile(
    r"\b(siapa nama\w*|nama (kepala|kadis|kabid|kasi|kasubag|sekdis|pejabat|ppk|pptk|admin|"
    r"petugas|pimpinan)\w*|who is the (head|director|chief)|name of the (head|director|chief)|"
    # "siapa kepala dinas perkimtan skrg": who holds an office now is a person's name
    r"siapa (kepala|kadis|kabid|kasi|sekdis|pejabat|pimpinan|pj|plt)\w*( (dinas|bidang|seksi)\w*)?"
    r"( \w+){0,3} (sekarang|skrg|saat ini|now)|"
    # not "ditandatangani siapa, kepala dinas atau bupati?": which office, not who holds it
    r"siapa (kepala dinas|kadis|kabid|kepala bidang|kasi|kepala seksi|sekdis|sekretaris dinas)"
    r"(?! (atau|or|ato)\b)|"
    r"(kepala dinas|kadis|kabid|kepala bidang|sekdis)( \w+){0,3} (siapa|siapakah|who)|"
    # "minta no hp kabid kawasan permukiman": one person's number
    r"(no|nomor|nomer|number)\.? (hp|wa|telp|telepon|handphone|phone|kontak|pribadi)\b"
    r"( \w+){0,2} (kepala|kadis|kabid|kasi|sekdis|pejabat|ppk|pptk|bapak|ibu|pak|bu)\w*)\b"
)
# "what is the deadline": in this bot, the proposals' closing date, even unnamed.
# "batasnya kapan?" is a time; "submission still open?" names no proposal word.
DEADLINE_ALONE = re.compile(
    r"\b(deadline|tenggat|batas akhir|batas waktu|closing date|batas(nya)? kapan|"
    r"kapan batas(nya)?|submissions? (still )?open|still open for (proposals|submissions))\b"
)
# What a glossary definition never answers, whatever term the question names.
BEYOND_DEFINITION = re.compile(
    r"\b(total|alokasi|minta|buatkan|buatin|contoh|file|daftar|syarat\w*|cara|dimana|di mana|"
    r"rekomendasi|bimtek|mekanisme\w*|prosedur\w*|alur\w*|\d{4}|kemana|ke mana|"
    # a figure ("berapa angka backlog di Kalteng sekarang"), which no definition gives
    r"angka\w*)\b"
)
BEYOND_MEANING = re.compile(
    r"\b(fungsi\w*|tugas\w*|peran\w*|dasar hukum\w*|dibentuk|wewenang\w*|hubungan\w*|"
    r"kaitan\w*|relation\w*|untuk apa|buat apa|gunanya|tujuan\w*|purpose|isinya|isi\w* apa\w*|"
    r"contents?|roles?|chair\w*|ketua\w*|discuss\w*|(di|mem)?bahas apa|(yang|yg) (di|mem)?bahas|"
    r"(yang|yg) hadir|peserta\w*|anggota\w*|members?|membership|siapa saja|siapa aja|"
    r"dasar aturan\w*|landasan\w*|legal basis|"
    r"(?<!di )(?<!dalam )(syarat\w*|persyaratan\w*|requirements?))\b|"
    r"(?<!short )(?<!stand )(?<!stands )\bfor\W*$|\bdo\W*$"  # "what does Pokja PKP do?"
)
# Asks beside the subject that no topic answers and the province does: what to wear, where to
# stay, meals and travel costs at a meeting; translating; splitting a regency. "dress code rakor
# pakai batik atau PDH" shares only "rakor" with the Rakor topic, which must not answer it.
NOT_OURS = re.compile(
    r"\b(dress ?code|pakaian\w*|seragam\w*|batik|pdh|pdl|kemeja|penginapan|\w*ngin[ae]p|"
    # a hotel asked for, to stay in; not the venue told ("rakornya di hotel dekat bundaran")
    r"(rekomendasi|recommend\w*|cari|carikan|booking|cheap|murah|decent) (\w+ ){0,2}"
    r"hotels?|hotels (near|nearby|close)|"
    r"konsumsi|makan siang|snack|uang (saku|transport\w*|harian|makan)|pesawat|parkir\w*|"
    r"(?<!ibarat )(?<!seperti )(?<!kayak )tiket|"  # not "ibarat tiket sudah di tangan"
    r"sppd|perjalanan dinas|terjemah\w*|translat\w*|"
    # splitting a regency or village, not a place that came of one ("desa hasil pemekaran")
    r"(?<!hasil )(?<!desa )(?<!kabupaten )(?<!kab )(?<!kecamatan )(?<!daerah )pemekaran|"
    # builders' and contractors' certificates are construction services (jasa konstruksi),
    # not the housing designers' certification the knowledge base holds
    # ("tukang gambar", a draughtsman, designs houses: that certification is ours)
    r"(sertifikasi|sertifikat|skk|lisensi)\b.*\b(tukang(?! gambar)|pekerja|tenaga kerja|"
    r"kontraktor|mandor)|"
    r"(tukang(?! gambar)|kontraktor|mandor)\w*\b.*\b(sertifikasi|sertifikat|bersertifikat|skk))\b"
)
# Where the meeting's guests stay ("peserta rakor nginap dimana", "mess untuk peserta"):
# beside the subject even with a "where", which would otherwise ask the meeting's place.
LODGING = re.compile(r"\b(penginapan|\w*ngin[ae]p|mess|lodging|accommodation|stay overnight)\b")
# A bot command named in a question is what the question is about.
COMMAND = re.compile(r"(?:^|\s)/(usul|status|bantuan)\b")
LIMIT = re.compile(r"\b(batas\w*|dl)\b")  # not "anggaran kami terbatas" (limited)
# After a computed level, the words of a bare follow-up area ("klo 16 ha?", "terus kalau
# 9,5 ha gimana"): anything more ("psu 2 ha", "sawah 16 ha") is about other land.
FOLLOW_UP = frozenset(
    """
    kalau klo kalo kl kalu terus trus trs lalu lantas gimana gmn bagaimana bgmn yang yg luasnya
    luas lagi lg how about what if and then ha hektar hektare hektaran hectare hectares m2 meter
    persegi are km2 koma pas tepat persis exactly precisely
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# "sy lupa kode usulan kami": the officer's own proposals, listed with their codes.
FORGOT_CODE = re.compile(
    r"(?<!jangan )\b(lupa|ga ingat|tidak ingat|gak ingat|forgot)\b(\s+\w+){0,2}?\s+"
    r"(kode|nomor|no|code)\s+(usul\w*|proposal\w*|pengajuan)\b"
)
# "siapa yg tanda tangan?" with nothing named that is signed: who signs what was just said.
WHO_SIGNS = re.compile(
    r"\b(siapa|sapa|spa|who)\b.*\b(tanda ?tangan\w*|ttd\w*|teken\w*|neken\w*|signs?|"
    r"menandatangani|ditandatangani)\b"
)
SIGNED_THING = re.compile(
    r"\b(surat\w*|bast|sk|permohonan\w*|proposal\w*|usulan\w*|dokumen\w*|berita acara|"
    r"pernyataan|letter|statement|decree|request)\b"
)
# Openings that carry the subject on ("trus siapa yg tanda tangan?", "and who pays for it?").
# "bagaimana dengan bagian kabupaten/kota?", "and the central government's part?": a
# follow-up naming only a level and its part, which the authority answer before gives.
LEVELS_NAMED = frozenset(
    """
    provinsi prov propinsi kabupaten kab kota kabkota pemkab pemkot pemprov pemda pusat
    kementerian province provincial regency regencies city cities central national ministry
    """.split()  # noqa: SIM905 - a word list reads better as text
)
LEVEL_PART_WORDS = frozenset(
    """
    bagian bagiannya ranah ranahnya peran perannya tugas tugasnya kewenangan kewenangannya
    wewenang wewenangnya urusan urusannya porsi porsinya part parts role roles share
    pemerintah government berarti jadi jd terus trus trs lalu s its their
    kenapa knp why bukan not
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# "maksudnya gimana tuh?", "contohnya apa aja?", "trs gmn dong?": a follow-up asking more of
# the answer just given, naming nothing of its own.
MORE_OF_IT = frozenset(
    """
    maksud maksudnya contoh contohnya misal misalnya gimana gmn bagaimana jelasnya detail
    detailnya rinci rincinya rinciannya lengkapnya patokan patokannya acuan acuannya sumber
    sumbernya selanjutnya lanjutnya example examples mean meaning explain more details
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# "singkatnya gimana?", "intinya apa?", "poin-poinnya aja" right after an answer: its gist.
SHORTER = frozenset(
    """
    singkat singkatnya ringkas ringkasnya intinya inti pokoknya poin poinnya garis besar
    besarnya simpelnya sederhananya short shorter brief briefly summary summarise summarize
    tldr gist nutshell
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# Besides the filler, what a request for the gist may hold: "bisa lebih singkat?".
SHORTER_ASIDES = frozenset({"lebih", "lbh", "more", "agak"})
TALK_WORDS = frozenset({"lagi", "pls"})  # besides the filler ("dong", "tuh", "please")
WHAT_ABOUT = frozenset({"kalau", "klo", "kalo", "kl", "kalu", "gimana", "gmn", "bagaimana"})
CARRYING_ON = frozenset({"terus", "trus", "trs", "lalu", "lantas", "then", "and", "jadi", "jd"})
# Words pointing back at what was just said ("yang tadi", "usulan tsb", "that one").
POINTING_BACK = frozenset(
    {"tadi", "td", "tsb", "tersebut", "barusan", "sebelumnya", "diatas", "earlier", "that", "it"}
)
# Words that point at a thing without naming it ("who handles this one?"); "ini" and "itu"
# mostly mark the subject ("kumuh itu apa") and are no pointers here.
POINTERS = frozenset({"this", "that", "it", "these", "those", "tsb", "tersebut"})
# "dasar hukumnya apa?", "pasal berapa?": the legal basis and nothing else, which every answer
# prints under itself; after an answer, that answer's basis is meant.
BASIS_WORDS = frozenset(
    """
    dasar dasarnya hukum hukumnya landasan landasannya pasal pasalnya aturan aturannya regulasi
    regulasinya sumber sumbernya payung legal basis acuan acuannya rujukan rujukannya
    referensi referensinya law laws regulation regulations source sources article basisnya
    uu uunya mana dimana
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# "pengusulan" (proposing) and not "pengusul" (the proposer, a person).
PROPOSAL = re.compile(
    r"\b(usul\w*|proposal\w*|ngusul\w*|mengusul\w*|diusul\w*|pengusulan\w*|submissions?)\b"
)
# "usulan kami udh diverifikasi blm", "any news on our proposal": the officer's own proposals
# and how they are getting on. Both parts are needed: "kenapa usulan ditolak" is general.
# "ulun" is "I" in Banjar, spoken across Kalimantan Tengah.
OWN = re.compile(r"\b(kami|kmi|saya|sy|aku|kita|ulun|our|my)\b")
# "yg kmrn dikirim udh diverifikasi blm": one particular proposal, sent by the one asking.
# "usulan jaling Desa Sido Mulyo sudah diverifikasi?": one named by its village.
PARTICULAR = re.compile(
    r"\b(kemarin|sudah\b.*\bbelum|usulan(\s+\w+){0,3}\s+(di\s+)?(desa|ds|kelurahan|kel)"
    # a name after it, not "usulan desa yg sudah masuk musrenbang ..." (a general rule)
    r"\.?\s+(?!(yang|yg|lain|baru|terpencil|kami|kita|saya|ini|itu|tsb|tersebut|dan|atau|di|"
    r"ke|dari|untuk|utk|mana|apa)\b)[a-z]\w+(\s+\w+){0,2}\s+(sudah|udah|udh|sdh|belum|blm|"
    r"sampai|sampe|smp)\b|"
    # "any news on the proposals we sent in?"
    r"proposals? (that )?we (sent|submitted|lodged|put in|filed)\b|"
    r"usl-\d{4}-\d+)"  # a proposal's own code ("cek status USL-2026-0012")
)
# Also "what is checked" (not whether it was) and "what should we do now" (not where it is).
# "tell me if ... were accepted" is "whether", no condition.
GENERAL = re.compile(
    r"\b(kalau|jika|bila|apabila|(?<!me )(?<!know )(?<!see )(?<!check )if|biasanya|usually|"
    r"bisa|tetap|tetep|alasan\w*|kenapa|why|"
    r"standar\w* (berapa|waktu|lama)|berapa hari kerja|how long|normal\w*|wajar\w*|"
    r"maksud\w*|ngapain|harus (bagaimana|apa)|what should|siapa (yang|yg)|(dari|dr) mana|"
    r"(dicek|diperiksa|dinilai|diverifikasi|diproses) (kaya|kayak|kyk|seperti) apa|"
    r"(harus|wajib|perlu) (melampirkan|dilampirkan|lampir\w*|menyertakan|disertakan)|"
    r"(dicek|diperiksa|dinilai|diverifikasi) apa (aja|saja)|"
    # "bagaimana tim provinsi memeriksa usulan", "apa yang membuat usulan lolos": the way.
    r"bagaimana( \w+){0,2} (memeriksa|meriksa|mengecek|menilai|memverifikasi|memproses)|"
    r"apa (yang|yg) membuat|"
    # unless the message asks where theirs stands too ("sudah dicek belum? apa aja yg dicek?")
    r"^(?!.*\b(belum|blm|status\w*)\b).*\bapa (aja|saja) (yang|yg) (dicek|diperiksa|dinilai|"
    r"diverifikasi)|"
    # "usulan kita dicek prov dari sisi apa aja?": from which side, the way; "usulan kmi
    # dicek provinsi gmn caranya?": how it is done.
    r"(sisi|segi) apa|(dicek|diperiksa|dinilai|diverifikasi)( \w+){0,2} (gimana|bagaimana|gmn|"
    r"gmana) caranya|"
    # Hearsay asks whether a rule is so ("kata teman di Kobar usulannya dicek sampai ke
    # lapangan"), not where one's own proposal stands.
    r"kata (teman|kawan|orang|pak|bu|kabid|kadis)|katanya|"
    # not "belum dengar kabar", "haven't heard back": no reply yet, the status asked again
    r"(?<!belum )(?<!blm )(?<!tidak )(?<!n't )(?<!not )(?<!havent )(?<!never )"
    r"(denger\w*|dengar\w*|heard)(?! (back|anything|nothing|kabar|apa))|"
    # Whether a rejected proposal may come again is the rule for it, not its status ("pulang"
    # is "again" in Banjar), and so is what to do next ("langkah selanjutnya").
    r"(diajukan|diusulkan|usulkan|ajukan|diusul) (lagi|ulang|kembali|pulang)|resubmit\w*|"
    r"(submit|propose|send)\w* (it |them )?again|langkah (selanjutnya|berikut\w*)|next steps?|"
    r"(terus|lalu|trs) (bagaimana|harus apa)|"
    # Where an accepted proposal goes next (RKPD, then APBD) is the yearly cycle: the bot's
    # statuses end at the Rakor's decision.
    r"rkpd|apbd)\b"
)
# "usulan kami nyangkut di mana?", "mandek", "mentok di provinsi": stuck somewhere, asked
# after (not "usulan kami nyangkut", a complaint to pass on).
STUCK = re.compile(r"\b(nyangkut|mandek|mentok|ngambang|jalan di tempat)\b")
PROGRESS = re.compile(
    r"\b(kabar\w*|news|update\w*|diverifikasi|terverifikasi|disetujui|ditolak|diterima|lolos|"
    r"diproses|diperiksa|dicek|ditinjau|approved|rejected|accepted|progres\w*|"
    r"(have|has|had)( not| n't)? moved|moved (forward|along|yet)|"
    r"(sudah|belum|blm) (periksa|memeriksa|meriksa|cek|ngecek|mengecek|proses|memproses)|"
    r"(sudah|yg|yang) masuk|liat|lihat|melihat|see|view|list|cek (usul\w*|proposal\w*)|"
    r"tampil\w* (usul\w*|daftar)|show|hasilnya|hasil (verifikasi|penilaian|pemeriksaan)|"
    r"nasib\w*)\b"
)
# "masih bisa kirim usulan?", "udah telat belum kalau ngusul sekarang": the deadline, live.
STILL_OPEN = re.compile(
    r"\b((masih|msh) (bisa|bs|sempat) (kirim|ngirim|mengirim|ajukan|mengajukan|masukin|usul\w*|"
    r"ngusul\w*)|(masih|msh) (sempat|keburu|kawa|ada waktu|diterima)|"
    r"(masih|msh) (bisa|bs) (diterima|dikirim|masuk)"
    r"(?! (ulang|kembali|lagi|ke|kalau|klo|kalo|jika|walau|meski|bankeu|dak|apbd)\b)|keburu|telat|"
    r"terlambat|"
    r"talambat|too late|still send|still submit|have left)\b"
)
# "lokasi kami tidak tercantum di sk kumuh, masih bisa usul?": a condition not met asks who may
# propose, not until when; unless time is named ("blm kirim, udh lewat tgl 30, masih bisa?").
UNMET = re.compile(r"\b(tidak|tdk|belum|blm|tanpa|bukan|gak|ga|nggak|kada)\b")
# "if the land is still disputed, can we still submit?": a condition first, likewise.
CONDITION = re.compile(
    r"\b(kalau|kalo|klo|kl|jika|jikalau|seandainya|apabila|walau\w*|meski\w*|if|although)\b"
)
TIME_NAMED = re.compile(
    r"\b(tanggal\w*|tgl|lewat|tutup|ditutup|deadline|tenggat|telat|terlambat|batas\w*|kapan|"
    r"minggu|bulan|hari|sekarang|skrg|now|today)\b"
)
# The words of a bare "when/where?" that follows the meeting's date ("tempatnya dmn", "jam
# brp mulainya"): nothing in them names another event.
WHEN_WORDS = frozenset(
    """
    tempat tempatnya lokasi lokasinya jam pukul tanggal tgl hari acara acaranya mulai mulainya
    selesai selesainya rapat rapatnya rakor rakornya berapa dimana mana where when what time place
    venue agenda agendanya apa aja saja bawa dibawa
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# "rakor tahun lalu kapan": a past meeting, which the yearly-cycle topic's dates answer, not
# the next one the province scheduled.
PAST = re.compile(
    r"\b(rakor|rapat|meeting|pertemuan)\w*\s+((tahun|thn|taun|bulan|bln|minggu)\s+)?"
    r"((19|20)\d\d\s+)?(lalu|kemarin|kmrn|sebelumnya|yang lalu|yg lalu)\b|"
    r"\b(last|previous) (year'?s? )?"
    r"(rakor|meeting)"
)
# "rakor 2025 dmn": a meeting of the year named.
MEETING_YEAR = re.compile(
    r"\b(?:rakor|rapat|meeting|pertemuan)\w*\s+(?:(?:tahun|thn|taun)\s+)?((?:19|20)\d\d)\b"
)
# "TPS3R bisa masuk usulan provinsi?": whether something may be proposed.
ELIGIBLE = re.compile(
    r"\b(bisa|boleh|dapat|can|may) (masuk (ke )?|di|ikut )?(usul\w*|diusul\w*|diajukan|ajukan|"
    r"propos\w*|be proposed)\b|"
    # "dana DAK bs utk jalan lingkungan ga": what a fund may pay for, not what it is
    r"\b(dana|dak|apbd|apbn|bankeu|anggaran|fund\w*)\b.*\b(bisa|boleh|dapat|can|could) "
    r"(dipakai |dipake |digunakan |be used )?(utk|untuk|buat|for) \w+"
)
# "is that part of the SPM?", "termasuk dalam SPM ga?": whether something falls under a term,
# which the rule behind the term answers, never its definition.
PART_OF = re.compile(
    r"\b(part of|included in|covered by|count(ed)? as|termasuk (dalam|ke dalam|bagian)|"
    r"bagian dari)\b"
)
# "syaratnya apa", "persyaratannya apa aja", "berkasnya apa": what must be carried or met.
REQUIREMENTS = re.compile(
    r"\b(syarat\w*|persyaratan\w*|ketentuan\w*|kelengkapan\w*|requirements?|"
    r"(berkas|dokumen|lampiran)\w* apa)\b"
)
# Nouns naming a part of a thing: "kriteria kumuh itu apa" asks the criteria, not the term.
ATTRIBUTE_NOUNS = frozenset(
    "kriteria aspek indikator syarat persyaratan ciri parameter komponen criteria aspects".split()  # noqa: SIM905
)
# An acknowledgement: "ok", "oke pak", "siap", "baik bu", "noted" (not a greeting).
ACKNOWLEDGED_IN_WORDS = re.compile(
    r"(ok|oke|okay|okey|okelah|sip|siap|baik|baiklah|noted|mantap|mantab|good|👍)"
    r"(\s+(pak|bu|min|kak|mas|mbak|ya|deh|dong|sir|madam|siap|noted|then|thanks))*"
)
# "kamu ini bot apa", "anda siapa?", "who are you": what the bot is (its how-to-use topic).
WHO_ARE_YOU = re.compile(
    r"^\W*((kamu|anda|km|kau)( ini| itu)? (bot |robot )?(apa|siapa)( sih| ya| ini)?|"
    r"(siapa|apa) (kamu|anda)( ini)?|who are you|what are you|are you a bot|"
    r"(kamu|anda) (bot|robot|manusia|orang)( atau (bot|robot|manusia|orang))?|"
    # "kamu bisa apa?", "what can you do?": what the bot does, which its how-to tells.
    r"(kamu|anda|km|bot( ini)?|sinkron) (bisa|bs|dapat) (apa|ngapain|bantu apa)( saja| aja)?|"
    r"(bisa|bs) bantu apa( saja| aja)?|apa (saja|aja) (yang|yg) (bisa|bs) (kamu|anda|bot( ini)?) "
    r"(lakukan|bantu)|what (can|do) you do|what can (this bot|sinkron) do|"
    r"how can you help( me)?)( sih| ya| ini| pak| bu)?\W*$"
)
# "IPAL komunal kewenangan siapa": which level it falls to, which a definition never says.
AUTHORITY_ASKED = re.compile(
    r"\b((kewenangan|wewenang|urusan|tanggung ?jawab|tugas)(nya)? (siapa|mana|apa)|"
    r"siapa (yg|yang) (berwenang|bertanggung ?jawab)|whose (authority|responsibility|job)|"
    r"who is (responsible|in charge))\b"
)
# "psu siapa", "jalan lingkungan siapa?": a term the glossary explains and "who", nothing
# else, asks whose it is (read as "psu kewenangan siapa"); "sekda siapa", "konsultan siapa"
# ask who someone is, "lapor siapa" or "data siapa" to whom or whose: they are left.
SHORT_WHOSE = re.compile(r"^(\w+(?: \w+)?) (?:siapa|siapakah|sapa|sopo|saha)\W*$")
# Terms that are also "report to" and "sister", and the people beside a term ("operator
# sipd siapa" asks who operates it).
WHO_IS = frozenset(
    {"lapor", "kak", "operator", "admin", "petugas", "kepala", "ketua", "pj", "plt", "pejabat"}
)
# "drainase jg bisa?", "clean and clear wajib ga?": a yes/no question whether something is
# allowed or required, which a definition never answers.
YES_NO_END = re.compile(
    r"\b(bisa|boleh|wajib|harus|perlu|mesti|allowed|required|mandatory|eligible)"
    r"( (ga|gak|nggak|ngga|gk|tidak|kah|kan|ya|jg|juga|juga kah|jg kah|ndak|kada))*\W*$|"
    # "harus ada DED dulu atau tidak?": the modal opens it, its "or not" closes it.
    r"^((terus|lalu|dan|nah|jadi) )?(apakah |apa )?(harus|wajib|perlu|mesti)\b[^,:;]*"
    r"\batau (tidak|belum)\W*$"
)
# "kumuh berat tp lokasinya kecil, tetep kabupaten yg nangani atau naik ke prov?": which level
# handles a slum, which its area decides (the slum-area rule), whatever else is named.
WHO_HANDLES = re.compile(
    r"\b((siapa|sapa|spa) (yg|yang) (nangani|menangani|tangani)|"
    r"(kab\w*|kota|provinsi|prov|pemprov|pusat|kementerian)\w* (yg|yang) "
    r"(nangani|menangani|tangani|pegang|urus|ngurus|mengurus)|naik ke (prov\w*|pusat)|"
    r"(kab\w*|prov\w*) (atau|ato|apa|or) (prov\w*|pusat|kab\w*)|"
    r"(kewenangan|wewenang|ranah|urusan) (siapa|mana|kab\w*|prov\w*|pusat))\b"
)
# "DED belum ada, usulan masih bisa?", "usulan tanpa RAB tetap bisa masuk?": a readiness
# document missing, and whether the proposal may go ahead anyway.
_DOCUMENT = r"(ded|rab|rks|site ?plan|dokumen\w*|berkas\w*|lampiran\w*|design|rancangan)"
_LACKING = r"(tidak|tdk|belum|blm|tanpa|gak|ga|nggak|kada|no|without)"
MISSING_DOCUMENT = re.compile(
    rf"\b({_LACKING}( \w+){{0,2}} {_DOCUMENT}|{_DOCUMENT}( \w+){{0,2}} {_LACKING} "
    r"(ada|punya|pnya|lengkap|siap|jadi|yet))\b"
)
ANYWAY = re.compile(r"\b(masih|msh|tetap|tetep|still|anyway)\b")
# "usul jalan lingkungan, berkasnya apa aja": which papers a proposal carries (readiness).
PAPERS_ASKED = re.compile(
    r"\b(lampiran\w*|berkas\w*|kelengkapan\w*|persyaratan\w*|dilampirkan|dilampirin|"
    r"dilengkapi|disiapkan|disiapin)\b(\s+\w+){0,3}?\s+"
    r"(?<!\blewat\s)(?<!\bvia\s)(?<!\bpakai\s)(?<!\bpake\s)(apa|apa aja|apa saja)\b"
)
# The words of "which band is it in?" ("masuk apa", "termasuk kategori mana").
BAND_ASKED = frozenset(
    {"masuk", "apa", "termasuk", "kategori", "kategorinya", "mana", "tingkat", "tingkatnya",
     "level", "itu", "ya"}
)  # fmt: skip
# Two-letter words a glued phrase may hold ("usulanyg", "kumuhdi"); other two-letter pieces
# are likelier part of an unknown name than words.
SHORT_WORDS = frozenset({"yg", "di", "ke", "ga", "gk", "tu", "ni", "sy", "dr", "ya", "aj"})
# A band named by its number ("kategori 2", "tingkat 3"): the number is no total score.
BAND_NAMED = frozenset({"kategori", "tingkat", "level", "kelas", "golongan", "klaster", "category"})
# Which time zone: the province's (WIB), in which the bot gives every time.
TIME_ZONE = re.compile(
    r"(?<![\d.:] )(?<![\d.:])\b(wib|wita|wit|zona waktu|time ?zone|"
    r"waktu indonesia (barat|tengah|timur))\b"
)
THE_BOT = re.compile(r"\b(bot|pengingat|reminder\w*|sinkron|chatbot)\b")
# Who designates slums (the Bupati's decree), not which level handles them. A decree named
# alone is no such question ("kumuh sedang di SK bupati, kewenangan siapa"); issuing one is.
DESIGNATE = re.compile(
    r"\b(menetapkan|penetapan|ditetapkan|netapin|tetapkan|designat\w*|"
    r"(bikin|buat|membuat|terbitkan|menerbitkan|nerbitin|keluarkan|mengeluarkan|ngeluarin|"
    r"teken|neken|tanda ?tangan\w*) sk\w*)\b"
)
# "cara kirim usulan lewat bot", "how do I submit a proposal here": the /usul walk-through.
SEND = re.compile(
    r"\b(kirim\w*|ngirim\w*|dikirim|mengirim\w*|ajukan|mengajukan|diajukan|ngajuin|masukin|"
    r"memasukkan|dimasukkan|input\w*|inpt|menginput\w*|submit\w*|send|ngusul\w*|mengusulkan|"
    r"lodge(?= (?:a |the |our |my )?(?:proposal|usulan))|"
    r"buat|bikin|"
    r"ngisi|mengisi|upload\w*|unggah\w*|enter|entering|daftarin|daftarkan|mendaftarkan|"
    # the formal register: "tata cara penyampaian usulan", "mekanisme pengajuan"
    r"penyampaian|menyampaikan|pengajuan|pengiriman|penginputan)\b"
)
# Words that address the admin, at a message's start or end ("kak, ...", "... apa sih kak"):
# "kak" there is a sister, not the KAK (terms of reference), when another term is named.
HONORIFICS = asides.HONORIFICS | {"ndan"}  # the same words an aside ends on, and "ndan"
LEADING_ADDRESS = re.compile(
    r"^(?:" + "|".join(sorted(HONORIFICS)) + r")\s*,\s*(?=\S)(?!\w+\s*(?:,|dan\b|&))"
)  # not a list: "KAK, RAB, DED itu singkatan apa?"
# "alamat kantor Disperkimtan di mana? mau kirim surat usulan": where the office is, which
# its contact topic answers, not how to send through the bot.
ADDRESS = re.compile(
    r"\b(alamat(?! (e-?mail|surel|email|web\w*))\w*|(office|postal|street) address|"
    r"address of|lokasi kantor)\b"
)
HOW = re.compile(
    r"\b(cara\w*|bagaimana|gimana|gmn|gmna|how|langkah\w*|(mulai\w*|dimulai) (dari|dr) mana|"
    r"prosedur\w*|perintah\w*|command|menu\w*|di ?mana|dmn|where|klik|click|pencet|tekan|"
    r"lewat bot|lwt bot|lewat sini|lwt sini|di sini|disini|through this|via bot|this bot|"
    r"here|tutorial|press|start|pandu\w*|dipandu|bimbing\w*|ajari\w*|ajarin|guide\w*|"
    r"(tata ?cara|mekanisme|alur) (penyampaian|pengajuan|pengiriman|pengusulan)|"
    r"(melalui|lewat|via) (aplikasi|sinkron|telegram|chatbot)( ini)?)\b"
)
# "brp nilai BSPS per unit", "sewa rusunawa sebulan brp": a sum of money. Aid amounts, prices
# and allowances change by year and the knowledge base keeps none: the province answers them
# (an answer it saved as a learned entry still answers at once).
# "berapa lama", "berapa unit": a time or a count, no sum of money.
HOW_MUCH = re.compile(  # not "anggaran tahun berapa" (which year)
    r"\b((?<!tahun )(?<!tanggal )(?<!bulan )(?<!tahun anggaran )(?<!\bta )"
    r"berapa(?! (lama|hari|bulan|tahun|minggu|kali|unit|"
    r"orang|lokasi|jumlah|banyak|rumah|kk|desa|persen|tahap|kamar|luas|tipe))|how much|besaran\w*|"
    r"besarnya|what (is|was|are|were) the (total|amount|size))\b"
)
MONEY = re.compile(
    r"\b(budget|biaya\w*|harga\w*|tarif\w*|sewa\w*|tunjangan\w*|gaji\w*|honor\w*|uang\w*|rupiah|rp|"
    r"juta|jt|nilai bantuan|besar bantuan\w*|cost\w*|price\w*|rent|allowance\w*|"
    r"nilai (bsps|bantuan\w*)|berapa bantuan\w*|(nilai|harga|biaya|bantuan\w*|bsps) per ?unit|"
    r"grant\w*|subsid\w*|salary|money|fee\w*|anggaran\w*|dana|danany?a|pagu\w*|alokasi\w*|budget\w*|"
    # travel claims: "SPPD ke rakor diganti brp" is a sum the rules of a year set
    r"sppd|perjalanan dinas|reimburse\w*)\b"
)
# "berapa unit rtlh yg dibangun provinsi tahun 2025": a year's count or realisation, which
# changes every year and no topic holds: the province answers it.
_COUNT = r"\b(berapa|how many|jumlah|persen\w*|percent\w*)\b"
_DONE = (
    r"\b(dibangun|terbangun|realisasi\w*|capaian\w*|target\w*|built|tertangani|ditangani|"
    r"selesai|dibantu|terbantu|diperbaiki|disalurkan|penerima)\b"
)
_YEAR = r"\b(20\d\d|tahun (ini|lalu|kemarin|depan))\b"
YEAR_FIGURE = re.compile(f"{_COUNT}.*{_DONE}.*{_YEAR}|{_YEAR}.*{_COUNT}.*{_DONE}")
# "skor kekumuhan desa Tumbang Tangoi berapa ya": one named place's score, which only the
# regency's assessment holds (a score typed in is rated instead); the name is checked against
# the province's villages and kecamatan, so "desa harus", "desa kami" name no place.
PLACE_SCORE = re.compile(
    r"\b(skor|nilai)\s+(kekumuhan|kumuh)(nya)?\s+(desa|kel|kelurahan|kampung|dusun)\s+"
    r"(?P<place>\w+)(?=.*\b(berapa|brp)\b)",
    re.DOTALL,
)
# "statusnya perlu perbaikan, hrs kirim ulang?": about a decision on a proposal already sent.
# The names of decided statuses, which say "a proposal" without the word ("'dibahas di Rakor'
# itu berarti apa?"); "perlu perbaikan" is left out: houses need repairs too.
STATUS_NAME = re.compile(
    r"\b(dibahas di rakor|dialihkan|dikembalikan|ditolak|disetujui|perlu perbaikan)\b"
)
# "urutan status usulan dari diajukan sampai disetujui": the statuses in turn, not one's own.
STATUS_ORDER = re.compile(
    r"\b(urutan|alur|tahapan) status\w*|\bstatus\w*( usul\w*)? apa (aja|saja)\b"
)
DECIDED = re.compile(r"\b(status\w*|perbaikan|ditolak|dialihkan|dikembalikan|revisi)\b")
STEPS = re.compile(r"\b(langkah\w*|tahap\w*|steps?)\b")  # "langkah2 ... apa aja": steps
KINDS_OF = re.compile(r"\b(jenis|macam|apa aja|apa saja|what kind\w*|which kind\w*|types?)\b")
PLACE = re.compile(r"\b(di \w+ mana|hotel|gedung|venue|tempat\w*)\b")
# "usulan 0001 gmn kabarnya": a proposal's number without its year, written with its zeros
# (never "usulan 2027", a year); /status reads it as the latest code ending so.
SHORT_CODE = re.compile(r"\b(?:usul\w*|proposal\w*|kode)\s+(?:no\.?\s*|nomor\s+|#\s*)?(0\d{2,4})\b")
CODE = re.compile(r"\busl\s*[-/ ]?\s*(\d{4})\s*[-/ ]\s*(\d{1,5})\b")
# "kada sampai 10 ha", "gak nyampe 10 ha", "hampir 10 ha": under 10 ha, said in words
# (Banjar "kada" is "tidak"); "10 ha kurang dikit" likewise, the bound after the number.
NOT_REACHING = re.compile(
    r"\b((kada|tidak|tdk|gak|ga|gk|nggak|enggak|ndak|belum|blm|bukan) (sampai|sampe|smp|nyampe|"
    r"nyampai|mencapai|capai)( ke)?|hampir|nyaris|almost|not (quite|yet)( reaching)?)\s+(?=\d)"
)
SHORT_OF = re.compile(
    r"(\d[\d.,]*\s*(ha|hektar\w*|hectares?|m2|meter persegi))\s+"
    r"(kurang (dikit|sedikit|sdkt|dkt)|krg dikit)\b"
)
# "maksimal 10 ha", "kada lebih 10 ha": at most, which at a band's limit could be either side.
AT_MOST = re.compile(
    r"\b(maksimal|maksimum|maks|max|paling (luas|besar|banyak)|at most|up to|"
    r"(tidak|tdk|kada|gak|ga|nggak) (lebih|lbh)( dari| dr)?)\s+(?=\d)"
)
AREA = re.compile(
    r"(?:(?P<bound>kurang dari|krg dari|kurang dr|dibawah|di bawah|less than|under|below|"
    r"paling banyak|"
    r"lebih dari|lbh dari|lebih dr|diatas|di atas|more than|over|above|<|>)\s*)?"
    # "a 40-hectare slum", "kumuh 12-ha": the English compound's hyphen.
    r"(?P<number>\d[\d.,]*)\s*(?P<thousand>rb|ribu|ribuan|thousand|juta|jt|million)?(?:\s*|-)"
    r"(?P<unit>ha|hektar|hektare|hektaran|hectares?|are|m2|m²|meter persegi|km2|km²|"
    r"km persegi|kilometer persegi)(?!\w)"
)
SQUARE_METRE_UNIT = re.compile(r"m2|m²|meter persegi")
# A money word before "1 juta m2": a price per square metre ("harga tanah 1 juta m2").
MONEY_BEFORE = re.compile(
    r"\b(harga|biaya|anggaran|nilai|ongkos|rp|dana|pagu|senilai|cost|price|budget)\b"
)
# "100 thousand square metres", "5000 sq m", "120000sqm": English for m2 after a number ("how
# many square metres is one hectare" asks about the unit and keeps its words).
SQUARE_METRES = re.compile(
    r"(\d|\bthousand|\bribu|\brb)(\s*)(?:square met(?:er|re)s?|sq\.? ?m(?:et(?:er|re)s?)?|sqm)\b"
)
SPLIT_HECTARE = re.compile(r"\bhek\s+tar(e|are)?\b")
# A decimal comma typed with a space on each side ("kumuh 10 , 5 hektar", "kumuh 22 , 4 Ha"):
# one number before a hectare unit, right after a slum or area word, one digit after the
# comma; not a label's number ("RT 02 , 11 ha") nor a list ("kumuh 1 , 12 ha di Baru, 2 , 6").
SPACED_DECIMAL = re.compile(
    r"(\b(?:kumuh|luas|luasnya|seluas|sekitar|delineasi|deliniasi) )(\d{1,3}) , (\d)"
    r"(?= ?(?:ha|hektar|hektare|hectares?)\b)"
)
# Words run together around an area ("kumuh7 hektardi desa ..."): a slum or area word glued to
# its number, a hectare unit to the next word ("hektarnya", "hektaran" are one word).
GLUED_AREA_WORD = re.compile(r"\b(kumuh|kmh|luas|luasnya|seluas|slum)(?=\d)")
GLUED_UNIT = re.compile(r"(?<=\d)(\s?)(hektare|hektar|hectares|hectare)(?!nya|an\b)(?=[a-z]{2,}\b)")
# A word after a number that may be "hektar" typed with a slip ("13 hektr", "12 hetar").
AFTER_NUMBER = re.compile(r"(?<=\d)(\s*)(h[a-z]{3,7})\b")
# Not "kabupaten kami dekat Kalsel": a neighbour named for where the asker is.
OTHER_PROVINCE = re.compile(
    r"(?<!dekat )(?<!deket )(?<!dengan )(?<!dgn )(?<!near )(?<!with )(?<!perbatasan )"
    r"\b(kalsel|kaltim|kalbar|kaltara|kalimantan (selatan|timur|barat|utara)|jabar|jateng|"
    r"jatim|banten|sumut|sumbar|sumsel|sulsel|sulut|sulteng|sultra|ntb|ntt|bali|"
    r"papua|aceh|(jawa|sumatera|sumatra|sulawesi|nusa tenggara) (barat|tengah|timur|utara|"
    r"selatan)|provinsi lain|other provinces?|another province|"
    r"(east|west|central|north|south|southeast) (java|sumatra|sulawesi)|"
    r"(east|west|north|south) (kalimantan|borneo)|"  # not Central Kalimantan: this province
    r"(central|east|west) nusa tenggara|"
    # Neighbouring countries' states, as a Malay-speaking officer names them ("kerajaan
    # negeri Sabah"): not this province either.
    r"sabah|sarawak|malaysia|brunei|johor|selangor|kuala lumpur)\b"
)
# "dulu di Kalsel ..., di Kalteng gimana?": an officer moved here tells where they came from
# (their own past) and asks about this province (named or "di sini").
CAME_FROM = re.compile(
    r"\b(dulu|dahulu|dlu|sebelumnya|sblmnya|sewaktu|pindahan|mutasi|previously|used to|"
    r"formerly|(waktu|wkt|saat|selama) (saya |sy |aku |kami |masih )?di|pernah (kerja|bertugas|"
    r"tugas|dinas)|(tempat|kantor|daerah|provinsi|kabupaten) (lama|asal)|asal (saya|sy))\b"
)
HERE = re.compile(
    r"\b(kalteng|kalimantan tengah|central kalimantan|di ?sini|dsni|provinsi ini|prov ini|here)\b"
)
# What a question asks about an area besides its level: which area counts, or what funds it.
WHICH_AREA = re.compile(
    r"\b(which area|luas mana|luas (yang|yg) (mana|dipakai|dipake|dihitung|digunakan|berlaku)|"
    r"luas \w+ (atau|or) luas|whole (village|area)|luas (seluruh|semua) (desa|kelurahan|wilayah)|"
    r"(angka|nilai|luasan) (yang|yg) mana|"
    # "nnti yg diitung luas desa nya atau cm yg kumuh aja": one of two areas named.
    r"(yang|yg) (dihitung|diitung|dipakai|dipake|digunakan) luas \w+( \w+)? (atau|ato|or)\b|"
    # "desa 40 ha, yg kumuh di SK 12 ha, yg dipakai utk kewenangan yg mana?"
    r"(dipakai|dipake|digunakan|dihitung|patokan\w*|acuan\w*)\W+(utk|untuk|buat|sbg|sebagai)\W+"
    r"(\w+\W+){0,2}(yang|yg) mana|"
    r"digabung\w*|menggabung\w*|gabungan|combined?|merged?|dijumlah\w*|jumlahkan|"
    r"menjumlah\w*|(yang|yg) (dihitung|dipakai|dipake|digunakan) (yang|yg) mana|"
    r"(angka|luas|luasan) mana|which (number|figure|size)|per (lokasi|location|rt|titik)|"
    r"whole (kelurahan|desa))\b"
)
# "luasan kumuh dihitungnya dari mana", "luas di form itu luas apa": which area counts, asked
# without a number.
AREA_SOURCE = re.compile(
    r"\bluas\w*\b.*\b(dihitung\w* (dari|dr) (mana|apa)|diambil (dari|dr)|mengacu\w* (pada|ke) "
    r"(dokumen )?apa|luas apa|ukur ulang)\b"
)
# "kumuh puluhan hektar", "di atas batas provinsi": beyond the province's band with no number,
# the centre's slums; "belasan" (11 to 19) straddles 15 ha and is left to the rule.
BEYOND_PROVINCE = re.compile(
    r"\b(puluhan|ratusan|ribuan) (ha|hektar\w*|hectares?)\b|"
    r"\b(di ?atas|lebih dari|melebihi|lewat|over|above|beyond|exceed\w*) (the )?"
    r"(batas|ambang|limit)( \w+){0,2} (provinsi|prov|province\w*)\b"
)
WHICH_ONE = re.compile(r"\b(yang|yg) mana\b")
SLUM_OR_AUTHORITY = re.compile(r"\b(kumuh\w*|slums?|kewenangan\w*|wewenang\w*)\b")
# Words that ask which level of government takes something: a question with an area and one
# of these (or ELIGIBLE: whether it may be proposed) asks the area's level.
LEVEL_ASKED = re.compile(
    r"\b(prov\w*|pemprov|kab|kabupaten|pemkab|kota|pemkot|pusat|kementerian|kewenangan\w*|"
    r"wewenang\w*|siapa|sapa|spa|who|whose|level|tingkat|masuk (mana|apa)|province|regency|"
    r"pemerintah (yang|yg) mana|tanggung ?jawab\w*)\b"
)
# "... 8 ha, eh ternyata 11 ha", "di SK hasil review sekarang 17 ha": an area told again,
# corrected or updated, so the one asked after it is the one that stands.
RESTATED = re.compile(
    r"\b(ternyata|ralat|koreksi|salah|keliru|revisi|review|direview|terbaru|diperbarui|"
    r"dicek ulang|diukur ulang|sekarang|actually|corrected|updated)\b"
)
# "dulu katanya 5 sampai 10 ha itu kabupaten, sekarang kumuh 7 ha ...": the rule or area of
# the past told first; what is asked is read after "now".
THEN_AND_NOW = re.compile(
    r"\b(dulu|dahulu|dulunya|tahun lalu|thn lalu|tahun-tahun lalu|sebelumnya|"
    r"formerly|previously|used to|in the past)\b.*?\b(sekarang|skrg|kini|saat ini|now|"
    r"nowadays|currently)\b"
)
# "8 ha, setelah revisi SK jadi 10 ha": the area after a revision is the one that stands.
AFTER_REVISION = re.compile(
    r"\b(setelah|sesudah|stlh|after)\s+(revisi|review|direvisi|direview|pembaruan|"
    r"pemutakhiran|updat\w*|diukur ulang|pengukuran ulang|verifikasi ulang)\b"
)
# "selain kumuh di bawah 10 ha", "besides slums of 10 to under 15 ha": an area set aside.
EXCEPT_AREA = re.compile(
    r"\b(selain|slain|besides|other than|apart from|kecuali)\b[^.?!,;]{0,40}?"
    r"\d+([.,]\d+)?\s*(ha|hektar\w*|hektare|hectares?)\b"
)
# "9,8 ha dibulatkan jadi 10 ha bisa masuk provinsi?": a rounded area is not the area; the
# level is the measured one's.
ROUNDED_AREA = re.compile(
    r"\b(dibulatkan|dibuletin|dibulatin|dibulatkan ke atas|rounded(?: up| off)?)\s+"
    r"(jadi|menjadi|ke|to)\s+\d+([.,]\d+)?\s*(ha|hektar\w*|hektare|hectares?|m2)\b"
)
# "masing-masing kewenangan siapa": each of several areas its own level.
EACH = re.compile(r"\b(masing|masing2|tiap|setiap|each|respectively)\b")
FUNDING_WHAT = re.compile(
    r"\b((sumber|jalur) (dana|pendanaan|anggaran)\w*|"
    r"didanai (pakai|pake|dengan|dari|lewat|lwt|melalui) (sumber )?apa|selain apbd\w*|"
    r"(pendanaan|dana|anggaran)\w* (lewat|lwt|melalui|pakai|pake) apa|"
    # "CSR bisa dipakai utk kumuh 6 ha?": whether a channel funds it
    r"(csr|dak|apbdes|apbn)\b.*\b(dipakai|dipake|digunakan|dimanfaatkan)|"
    r"dana (apa|lain|dari mana)|pendanaan (lain|apa)|funding (sources?|options?|channels?)|"
    r"(cari|nyari|mencari) (dana|anggaran|pendanaan)\w*|"
    r"alternatif (dana|pendanaan|anggaran|sumber)\w*|"
    # "kumuh 6 ha bisa pakai DAK tematik?": whether a channel funds it, named after the verb
    r"(pakai|pake|gunakan|menggunakan|manfaatkan|memanfaatkan) (dana )?"
    r"(dak|csr|apbdes|dana desa|apbn)|"
    r"(dana|anggaran)\w* (bisa |dapat )?(cari|dicari|didapat|diperoleh) (dari|dr|ke) mana|"
    r"(dana|pendanaan|anggaran)\w* (lewat|lwt|melalui|via) mana|skema (pendanaan|dana)\w*)\b"
)
# More ways of asking the funding beside an area told (round 32 of tuning), which yield to the
# area's level when that is asked too ("kumuh 12 ha kewenangan siapa? dananya dari APBD prov
# atau DAK?").
FUNDING_CHOICES = re.compile(
    # "dananya lewat program apa, DAK?", "pendanaannya bisa kami cari lewat jalur apa?",
    # "saluran pendanaan apa yang bisa kami tempuh?"
    r"\b("
    r"(dana|pendanaan|anggaran)\w* ((bisa|dapat|kami|kita|cari|dicari|ajukan|diajukan) ){0,3}"
    r"(lewat|lwt|melalui|via) (jalur |program |skema |saluran )?(apa|mana)|"
    r"(saluran|kanal|jalur|program) (pendanaan|dana|anggaran)\w* (apa|mana|yang)|"
    # "dananya lebih cocok dari APBD kabupaten? DAK?": channels named to choose from
    r"(dana|pendanaan|anggaran)\w* (\w+ ){0,3}(dari|dr|lewat|pakai|pake) (apbd\w*|apbn|dak|csr|"
    r"dana desa|apbdes)\b.*\b(apbd\w*|apbn|dak|csr|dana desa|apbdes)\b|"
    r"(apbd\w*|apbn|dak|csr|apbdes)\b.*\b(pilihan|opsi|alternatif) lain|"
    # "Can village funds or company CSR pay for it instead of the province?"
    r"(village funds?|csr|dak|apbn|apbd)\b.{0,30}\b(pay|fund|finance))\b"
)
# "kumuh 10-15 ha", "antara 16 sampai 20 hektar", "between 10 and 14 hectares": a band of
# areas; "dan" / "and" join two ends only after "antara" / "between" ("12 ha dan 20 ha" are
# two areas).
RANGE = re.compile(
    r"(?P<between>(?:antara|between)\s+)?(?P<low>\d[\d.,]*)(?:-?an)?\s*"
    r"(?:(?:ha|hektar\w*|hectares?)\s*)?"
    r"(?P<to>-|–|s/d|s\.d\.?|sd|sampai(?:\s+(?:dengan|dgn))?|smp|hingga|to|dan|and)\s*"
    r"(?P<high>\d[\d.,]*)(?:-?an)?\s*"
    r"(?P<unit>ha|hektar\w*|hektare|hectares?|m2|meter persegi)\b"
)
# "sekitar 12-an hektar": about twelve (about a limit, "10-an ha", the whole rule answers).
ABOUT_NUMBER = re.compile(
    r"(?P<number>\d[\d.,]*)-?an(?=\s*(?:ha|hektar\w*|hektare|hectares?|m2)\b)"
)
# Digits a scan put for letters after a word's first letter ("usu1an", "rak0r", "d3d"); not a
# count before a word ("5rt" is five RTs, "4lokasi" four locations). A word from a digit with
# another after a letter ("4p4", "1n1") is alay writing, read only into a question's small
# words (ALAY_SMALL_WORD).
MISPRINTED = re.compile(r"[a-z][a-z0-9]*\d[a-z0-9]*")
ALAY_SMALL_WORD = re.compile(r"\d[a-z]+\d[a-z0-9]*")
# "kurang dari 10 ha" is under 10, "lebih dari 15 ha" over 15: the bound decides the level.
BELOW = ("kurang", "krg", "dibawah", "di bawah", "less", "under", "below", "<")
WORD = re.compile(r"[a-z0-9]+")
# A term in capitals glued to the small word after it, as a swipe keyboard drops the space
# ("KRdi tabel", "RP3KPitu apa"); read before case is folded.
GLUED_TERM = re.compile(
    r"\b([A-Z][A-Z0-9&]*[A-Z])(di|itu|tu|ini|apa|apaan|ya|yg|yang|sama|dan|ke|dari|sih|dong)\b"
)
# A term spelt out letter by letter with hyphens or dots ("P-B-G", "r.t.l.h", "K.S.",
# "A-P-B-Des"): the last piece may be a short syllable. Read into a term's name only, so "s.d."
# and "a.n." stay as they are.
SPELT_APART = re.compile(r"[a-z](?:[-.][a-z]){1,11}(?:[-.][a-z]{2,3})?")
# "rumah2", "kecil-kecil": Indonesian plurals typed short. Three letters at least, so "m2"
# and "km2" stay units.
REDUPLICATED = re.compile(r"\b([a-z]{3,})(?:2|-\1)\b")
TAG = re.compile(r"<[^>]+>")
PUNCTUATION = ".,;:!?()\"'"
HELD_LAST = re.compile(r"([a-z])\1+$")  # "ajaa", "yaaa": a chat spelling held long
HELD_INSIDE = re.compile(r"([a-z])\1{2,}")  # "rakooor", "hibbbah": held inside the word
LEADING_DIGITS = re.compile(r"^(\d+)([a-z]{3,})$")  # "7aspek"; "15ha" stays an area
# Chat spellings of everyday words (and of the government levels), as officers type them.
# Banjar "napa haja syaratnya?" is "apa saja" (what all), never "kenapa" (why).
BANJAR_WHAT = re.compile(r"\bnapa (haja|saja|aja)\b")
SLANG = {
    "hrs": "harus", "bs": "bisa", "bsa": "bisa", "dr": "dari", "smp": "sampai", "sampe": "sampai",
    "telp": "telepon", "tlp": "telepon", "tlpn": "telepon", "telpon": "telepon",
    "taun": "tahun", "dilempar": "dialihkan", "dioper": "dialihkan", "dilimpahkan": "dialihkan",
    "sblm": "sebelum", "stlh": "setelah", "sesudah": "setelah", "kmrn": "kemarin",
    "krn": "karena", "karna": "karena", "pake": "pakai", "kalo": "kalau", "klo": "kalau",
    "kl": "kalau", "thn": "tahun", "th": "tahun", "tdk": "tidak", "gak": "tidak", "ga": "tidak",
    "gk": "tidak", "nggak": "tidak", "enggak": "tidak", "sm": "sama", "trus": "terus",
    "udh": "sudah", "udah": "sudah", "sdh": "sudah", "blm": "belum", "jd": "jadi", "tp": "tapi",
    "org": "orang", "tgl": "tanggal", "bln": "bulan", "kab": "kabupaten", "pemkab": "kabupaten",
    "prov": "provinsi", "pemprov": "provinsi", "kec": "kecamatan", "kel": "kelurahan",
    "ds": "desa", "lg": "lagi", "msh": "masih", "ttg": "tentang", "spt": "seperti",
    "knp": "kenapa", "knapa": "kenapa", "napa": "kenapa", "gmn": "bagaimana", "gmna": "bagaimana",
    "mksd": "maksud", "kpn": "kapan", "kapn": "kapan", "brp": "berapa", "jdwl": "jadwal",
    "ilang": "hilang", "gimana": "bagaimana", "bgmn": "bagaimana",
    "kyk": "seperti", "dgn": "dengan", "sy": "saya", "dll": "lain", "jg": "juga",
    "skrg": "sekarang", "tgg": "tanggung", "tggjwb": "tanggung jawab", "wkt": "waktu",
    "sebenernya": "sebenarnya", "sbnrnya": "sebenarnya", "emang": "memang", "bgt": "banget",
    "ap": "apa", "srt": "surat", "pny": "punya", "pnya": "punya", "ni": "ini", "smpe": "sampai",
    "trmasuk": "termasuk", "kmn": "kemana", "dpn": "depan", "br": "baru", "ancur": "hancur",
    "plg": "paling", "aj": "aja", "dmn": "dimana", "dmna": "dimana", "nyampe": "sampai",
    "dah": "sudah", "bts": "batas", "btas": "batas",
    # A phone's autocorrect makes words it does not know the dictionary's nearest ones:
    # "kumuh" becomes "kumur" (to gargle) or "kumis" (moustache), "provinsi" "provisi"
    # (a fee), "rakor" "rapor" (school report), "tenggat" "tenggak" (to gulp).
    "kumur": "kumuh", "kumis": "kumuh", "provisi": "provinsi", "rapor": "rakor",
    "tenggak": "tenggat",
    # "dedlen usulan kpn": "deadline" as it is said; Banjar "bilanya" is "kapan".
    "dedlen": "deadline", "dedline": "deadline", "detlen": "deadline", "bilanya": "kapan",
    # Banjar, spoken across Kalimantan Tengah: "apa haja nang diperiksa", "kada", "handak".
    "haja": "saja", "nang": "yang", "kada": "tidak", "handak": "mau", "gasan": "untuk",
    "kawa": "bisa",
    # Officers' shorthand too short to read by its consonants alone ("ap sj", "sp yg ntpkn").
    "sj": "saja", "sp": "siapa", "mn": "mana", "cr": "cara", "pke": "pakai", "pk": "pakai",
    "keg": "kegiatan", "gub": "gubernur", "adm": "administrasi", "verif": "verifikasi",
    "rkr": "rakor", "kmh": "kumuh",
    "lingk": "lingkungan", "kws": "kawasan", "dok": "dokumen", "bdg": "bidang", "dt": "data",
    # An officer fond of fine words: "termaktub dalam", "kediaman warga", "risikonya apa".
    "termaktub": "tercantum", "tertera": "tercantum", "kediaman": "rumah", "risiko": "akibat",
    "resiko": "akibat", "risikonya": "akibatnya", "resikonya": "akibatnya", "ruginya": "akibatnya",
}  # fmt: skip
# Banjar "bila rakor tuh?" asks when; "bila" before a clause ("bila usulan ditolak ...") is
# "if", so only a bare "bila" and one word (with particles) is read as "kapan".
BILA_WHEN = re.compile(r"^bila(?= \w+(?: (?:tuh|tu|ni|nih|itu|ini|kah|lah|pang|pak|bu))*\W*$)")
# Javanese, as officers in the transmigrant villages of Kalimantan Tengah mix it into their
# Indonesian (krama and ngoko alike): written in Indonesian before any other reading, so the
# question words and rules see "siapa" in "kewenangan sinten". Words that are also
# Indonesian or names ("siti", "lemah", "margi", "teko") are left alone.
JAVANESE = {
    "nggih": "ya", "inggih": "ya", "mboten": "tidak", "boten": "tidak", "ora": "tidak",
    "sampun": "sudah", "dereng": "belum", "durung": "belum", "pripun": "bagaimana",
    "kepripun": "bagaimana", "piye": "bagaimana", "sinten": "siapa", "sopo": "siapa",
    "pundi": "mana", "ngendi": "mana", "endi": "mana", "wonten": "ada", "ono": "ada",
    "saged": "bisa", "iso": "bisa", "isa": "bisa", "badhe": "akan", "griya": "rumah",
    "griyanipun": "rumahnya", "omah": "rumah", "omahe": "rumahnya", "niki": "ini",
    "iki": "ini", "niku": "itu", "kuwi": "itu", "nopo": "apa", "menopo": "apa", "opo": "apa",
    "punopo": "apa", "kulo": "saya", "kula": "saya", "panjenengan": "anda", "kudu": "harus",
    "kedah": "harus", "ingkang": "yang", "sing": "yang", "kaliyan": "dengan", "karo": "dengan",
    "utawi": "atau", "utowo": "atau", "nek": "kalau", "menawi": "kalau", "yen": "kalau",
    "pinten": "berapa", "piro": "berapa", "mawon": "saja", "wae": "saja", "dados": "jadi",
    "ageng": "besar", "gedhe": "besar", "alit": "kecil", "cilik": "kecil", "dalan": "jalan",
    "wulan": "bulan", "dinten": "hari", "mangke": "nanti", "sakniki": "sekarang",
    "saiki": "sekarang", "dhateng": "ke", "saking": "dari", "soko": "dari", "saka": "dari",
    "ajeng": "mau", "arep": "mau", "sakderengipun": "sebelum", "sasampunipun": "setelah",
    "amargi": "karena", "mergo": "karena", "amung": "hanya", "namung": "hanya",
    "kathah": "banyak", "akeh": "banyak", "sedoyo": "semua", "sedaya": "semua",
    "sami": "sama", "ugi": "juga", "malih": "lagi", "maleh": "lagi", "tasih": "masih",
    "isih": "masih", "kados": "seperti", "kadospundi": "bagaimana", "sampeyan": "anda",
    "kalih": "dan", "lan": "dan", "antawis": "antara", "lajeng": "lalu", "gawean": "pekerjaan",
    "dicekel": "dipegang", "dadi": "jadi", "ing": "di", "saben": "setiap", "gadhah": "punya",
    "nembe": "baru", "dumugi": "sampai", "cekap": "cukup", "cumawis": "tersedia",
    "taksih": "masih", "mlebet": "masuk", "digawe": "dibuat", "piyambak": "sendiri",
    "tiyang": "orang", "sepuh": "tua", "mangertosi": "mengetahui", "sakbare": "setelah",
    "sakbibare": "setelah", "mlaku": "jalan", "mriksa": "memeriksa", "dipriksa": "diperiksa",
    "ngagem": "memakai", "mudheng": "paham", "dipun": "di", "sios": "jadi", "rawuh": "hadir",
    "nanging": "tetapi", "ananging": "tetapi", "winates": "terbatas", "jare": "katanya",
}  # fmt: skip
# Courtesies and two-word phrases (Javanese, Sundanese, Balinese, Madurese), read as their
# Indonesian before the single words: "sewu" alone is 1000, "teu acan" is one "belum".
REGIONAL_PHRASES = {
    "nyuwun sewu": "permisi", "nuwun sewu": "permisi", "matur nuwun": "terima kasih",
    "matur suwun": "terima kasih", "maturnuwun": "terima kasih", "sugeng enjing": "selamat pagi",
    "sugeng siang": "selamat siang", "sugeng sonten": "selamat sore",
    "sugeng ndalu": "selamat malam", "teu acan": "belum", "hatur nuhun": "terima kasih",
    "om swastyastu": "salam", "e dimma": "dimana", "kadhi ponapa": "bagaimana",
    "macam mane": "bagaimana", "macam mana": "bagaimana", "kate orang": "kata orang",
    "sia nan": "siapa yang", "sia yang": "siapa yang", "sia yg": "siapa yg",
    "samo jo": "sama dengan", "cak mano": "bagaimana", "cak mana": "bagaimana",
    "kase masuk": "masukkan", "beta mau": "saya mau", "beta mo": "saya mau",
    "beta su": "saya sudah", "beta pung": "saya punya", "kase tau": "beri tahu",
    "kase tahu": "beri tahu",
    # Malaysian Malay, as officers who watch Malaysian television write it: "kerajaan negeri"
    # (a state's government) is the province's, "boleh tak" and "dah lulus ke belum" ask yes
    # or no.
    "kerajaan negeri": "pemerintah provinsi", "kerajaan pusat": "pemerintah pusat",
    "kerajaan persekutuan": "pemerintah pusat", "kerajaan tempatan": "pemerintah daerah",
    "boleh tak": "bisa tidak", "ke belum": "atau belum", "ke tak": "atau tidak",
    "ke tidak": "atau tidak", "apa je": "apa saja", "macam mana nak": "bagaimana cara",
    "had luas": "batas luas", "jemputan mesyuarat": "undangan rapat",
    "sahkan kehadiran": "konfirmasi kehadiran", "banyak sangat": "banyak sekali",
    "dah lulus": "sudah disetujui", "kena isi": "harus isi", "kena buat": "harus buat",
    "permohonan projek": "usulan proyek", "mesyuarat seterusnya": "rapat berikutnya",
}  # fmt: skip
# Longest first: "macam mana nak" before "macam mana".
REGIONAL_PHRASE = re.compile(
    r"\b(" + "|".join(sorted(REGIONAL_PHRASES, key=len, reverse=True)) + r")\b"
)
# Dayak Ngaju (Kapuas, Kahayan, Katingan, Sampit) as officers mix it into chat: "kueh rakor
# tahun tuh?" (where), "kilen cara mengusulkan" (how), "pire luas je tau" (how much). Words
# that are also Indonesian ("tau" is "can" in Ngaju and "know" in Indonesian, "dia" is "no"
# and "he") are left alone.
DAYAK = {
    "kueh": "dimana", "kilen": "bagaimana", "pire": "berapa", "narai": "apa", "en": "apa",
    "jida": "tidak", "ikau": "kamu", "ikei": "kami", "itah": "kita", "jaka": "kalau",
    "hindai": "belum", "tege": "ada", "wayah": "sekarang", "salamat": "selamat",
    "jituh": "ini", "jetuh": "ini", "hituh": "sini", "kanampi": "bagaimana",
}  # fmt: skip
# Sundanese, from the Sundanese transmigrant families of Kotawaringin, Seruyan and Kapuas:
# "delineasi teh naon hartosna?", "rapat salajengna teh iraha?". "teh", "atuh" and "mah" are
# particles and go; words that are also Indonesian or places ("teras", "terang") are left.
SUNDANESE = {
    "wae": "saja", "nu": "yang", "deui": "lagi", "ti": "dari", "dipariksa": "diperiksa",
    "kapanjangan": "kepanjangan", "naon": "apa", "kumaha": "bagaimana", "iraha": "kapan",
    "sabaraha": "berapa",
    "saha": "siapa", "naha": "kenapa", "kunaon": "kenapa", "teh": "", "atuh": "", "mah": "",
    "atawa": "atau", "oge": "juga", "jeung": "dan", "sareng": "dan", "henteu": "tidak",
    "teu": "tidak", "acan": "belum", "hartosna": "artinya", "hartina": "artinya",
    "harti": "arti", "maksadna": "maksudnya", "maksad": "maksud", "eusina": "isinya",
    "eusi": "isi", "ayeuna": "sekarang", "salajengna": "selanjutnya",
    "saterasna": "selanjutnya", "kalebet": "termasuk", "kaasup": "termasuk",
    "diwangun": "dibangun", "ngawangun": "membangun", "anu": "yang", "dina": "di",
    "aya": "ada", "gaduh": "punya", "ngan": "hanya", "wungkul": "saja", "punten": "permisi",
    "nuhun": "terima kasih", "bade": "mau", "tos": "sudah",
    "parantos": "sudah", "upami": "kalau", "lamun": "kalau", "kanggo": "untuk",
    "tiasa": "bisa", "hoyong": "ingin", "uninga": "tahu", "ngartos": "mengerti",
    "sapertos": "seperti", "ieu": "ini", "eta": "itu", "didieu": "disini",
}  # fmt: skip
# Madurese and Balinese words of the same villages ("ponapa", "bedhe", "kenken", "napi"), and
# Bugis particles ("apa ji", "bisa mi"): "ji" is "saja", the others go. "tak" is Indonesian
# already; Balinese "sing" (not) is left to the Javanese "sing" (which), "tiang" (I) and "nak"
# to Indonesian.
MADURESE_BALINESE_BUGIS = {
    "ponapa": "apa", "ponapah": "apa", "reya": "ini", "areya": "ini", "jareya": "itu",
    "bedhe": "ada", "bede": "ada", "kaula": "saya", "kaule": "saya", "berempa": "berapa",
    "sapa": "siapa", "dimma": "mana", "ampon": "sudah", "enggi": "ya", "kenken": "bagaimana",
    "kenkenang": "bagaimana", "napi": "apa", "punapi": "apa", "nika": "itu", "nyen": "siapa",
    "dija": "dimana", "pidan": "kapan", "ngudiang": "kenapa", "suksma": "terima kasih",
    "titiang": "saya", "rahajeng": "selamat", "nenten": "tidak", "wenten": "ada",
    "ji": "saja", "mi": "", "iye": "ya", "tawwa": "",
}  # fmt: skip
# Malay of Kotawaringin, Pangkalan Bun and the coast ("kamek ndak paham, ape syaratnye?",
# "macam mane caranye?"): a final "-e" for "-a", and "-nye" for "-nya" (MALAY_NYA). "nak",
# "tak" and "same" are left: they are Indonesian or English words too.
MALAY = {
    "kamek": "saya", "kamik": "saya", "kitak": "kalian", "kite": "kita", "ape": "apa",
    "mane": "mana", "siape": "siapa", "berape": "berapa", "kenape": "kenapa",
    "ngape": "kenapa", "gimane": "bagaimana", "camne": "bagaimana", "camane": "bagaimana",
    "cemane": "bagaimana", "agik": "lagi", "bise": "bisa", "bile": "bila",
    "aok": "ya", "ndak": "tidak", "pegi": "pergi", "aje": "aja", "saje": "saja",
}  # fmt: skip
# Malaysian Malay words no Indonesian writes ("mesyuarat", "projek", "borang", "dihantar").
# "semak" (a bush), "kena" (hit by), "guna" (in order to) and "nak" are Indonesian too and
# are left.
MALAYSIAN = {
    "mesyuarat": "rapat", "projek": "proyek", "hantar": "kirim", "dihantar": "dikirim",
    "menghantar": "mengirim", "hantarkan": "kirimkan", "borang": "formulir", "kat": "di",
    "soalan": "pertanyaan", "kelulusan": "persetujuan", "diluluskan": "disetujui",
}  # fmt: skip
# Minangkabau, from officers posted from West Sumatra ("rks tu apo?", "baa caronyo mangirim
# usulan?", "sia nan manetapkan?"): a final "-o" for "-a" in the words they use most, "-nyo" for
# "-nya" (MINANG_NYO), "ma-" for "me-". Some only in phrases: "sia" (who) before "nan" or
# "yang" (alone it may be "sia-sia", written once by then), "nan" (which; "NaN" in a form),
# "jo" (with; Javanese "jo lali", a colleague called Jo) after "samo". Left: "ka" (to, and
# "Ka." for a head), "ko" (this, and "kok"), "alun" (alun-alun), "bara" (embers), "manga"
# (why, and a slip for "mangga"), "nagari" (a West Sumatran village, asked about as such).
MINANGKABAU = {
    "apo": "apa", "apokah": "apakah", "siapo": "siapa", "baa": "bagaimana",
    "baapo": "berapa", "indak": "tidak", "alah": "sudah", "bisuak": "besok",
    "dima": "dimana", "ambo": "saya", "samo": "sama",
    "caro": "cara", "caronyo": "caranya", "sabananyo": "sebenarnya", "bana": "sekali",
    "urang": "orang", "kapatang": "kemarin", "manyabuik": "menyebut", "mangirim": "mengirim",
    "manetapkan": "menetapkan", "untuak": "untuk", "sajo": "saja", "iyo": "ya", "ado": "ada",
    "bilo": "kapan", "pado": "pada", "mangapo": "mengapa",
    "tanyo": "tanya", "batanyo": "bertanya", "lamo": "lama", "kiro": "kira", "tigo": "tiga",
    "duo": "dua", "ciek": "satu", "baliak": "kembali", "buek": "buat", "mambuek": "membuat",
    "dibuek": "dibuat", "agiah": "beri", "diagiah": "diberi",
    "sabalum": "sebelum", "sasudah": "sesudah", "kantua": "kantor", "tarimo": "terima",
    "ditarimo": "diterima", "jawek": "jawab",
}  # fmt: skip
# Betawi and Jakarta slang ("kagak", "entu ape ye", "nyang mane", "udeh 6 taon"): the Malay
# endings above read "ape", "mane" and "bedanye" already. Not "aye" (Scots "yes" as well as
# Betawi "saya": read as it is by both), "kate" (a name too: only "kate orang") nor "ade" (a name).
BETAWI = {
    "kagak": "tidak", "kaga": "tidak", "entu": "itu", "ame": "sama", "nyang": "yang",
    "udeh": "sudah", "ude": "sudah", "ente": "anda", "taon": "tahun", "dipake": "dipakai",
    "ngapa": "kenapa", "nape": "kenapa",
}  # fmt: skip
# Palembang Malay, from officers posted from South Sumatra ("usulan kito cak mano?", "biso
# dari mano bae?"); "-nyo" is read by MINANG_NYO. Not "dak" (not): it is the DAK fund too.
PALEMBANG = {
    "kito": "kita", "cakmano": "bagaimana", "mano": "mana", "biso": "bisa", "bae": "saja",
    "nian": "sekali", "jingok": "lihat", "idak": "tidak", "galo": "semua", "pacak": "bisa",
    "sayo": "saya", "kagek": "nanti",
}  # fmt: skip
# Manado and Ambon Malay, from officers of Eastern Indonesia ("beta mau kase masuk usulan",
# "ngana so kirim?"). Not "so" (English), "kita" (Manado "I", Indonesian "we": either way the
# officer's own), "seng" (Ambon "not", and the zinc sheet of a house's roof).
MANADO_AMBON = {
    "ngana": "kamu", "torang": "kita", "dorang": "mereka", "nyanda": "tidak",
    "nda": "tidak", "pigi": "pergi", "kiapa": "kenapa", "bagimana": "bagaimana",
    "musti": "harus", "su": "sudah", "deng": "dengan",
}  # fmt: skip
REGIONAL = (
    JAVANESE
    | DAYAK
    | SUNDANESE
    | MADURESE_BALINESE_BUGIS
    | MALAY
    | MALAYSIAN
    | MINANGKABAU
    | BETAWI
    | PALEMBANG
    | MANADO_AMBON
)
# Sundanese verbs keep Indonesian stems with "-keun" for "-kan" ("dilampirkeun"); no
# Indonesian word ends so.
SUNDANESE_KAN = re.compile(r"\b(\w{3,})keun\b")
# A voice note typed out keeps its hesitations: "eee pak, anu, alur usulan, gitu loh, ...".
VOICE_FILLER = re.compile(
    r"\b(e{3,}|eh{2,}|e+m{2,}|hm+|gitu (?:loh|lho|lo)|kan gini(?: pak| bu)?)\b[,.]?"
)
# An apology for a weak connection, told beside the question ("maaf sinyal putus2", "pak
# sinyal lagi jelek...", "kuota mau habis"): no word of it is asked about.
WEAK_SIGNAL_WORDS = re.compile(r"\b(sinyal|signal|jaringan|koneksi|kuota|internet)")
WEAK_SIGNAL = re.compile(
    r"\b(?:maaf\s+)?(?:sinyal|signal|jaringan|koneksi|kuota|internet)(?:\s*nya)?\s+"
    r"(?:(?:lagi|sedang|lg|di\s*sini|disini|kami|saya|agak|sangat|sering)\s+){0,2}"
    r"(?:jelek|buruk|lemot|lemah|putus[- ]?putus|putus2|putus|hilang[- ]timbul|hilang|susah|"
    r"tidak stabil|ga stabil|gak stabil|naik[- ]turun|mau habis|hampir habis|habis|"
    r"kurang bagus|kurang|tipis|sekarat|(?:cuma |tinggal )?(?:satu|1|dua|2) (?:bar|garis))"
    r"(?:\s+(?:nih|banget|bgt|pak|bu|ya|jadi|maaf))*[,.…!]*"
)
# "naskah yang sedang kami susun", "sedang disusun": "sedang" as "now doing", not the
# middle slum band ("kumuh sedang", "tingkat sedang ditangani siapa" keep it).
PROGRESSIVE = re.compile(
    r"(?<!kumuh )(?<!kmh )(?<!tingkat )(?<!kategori )(?<!level )\bsedang "
    r"(?=(?:kami|saya|sy|kita|aku|(?!menurut|berapa|berat)(?:me|ber)[a-z]{3,})\b)"
)
# Dots trailing off between the pieces of one question, as on a weak signal or a slow
# thought ("usulan kami... sudah sampai mana ya"): a pause, not a sentence's end.
PAUSE = re.compile(r"(?<=[a-z])\s*(?:\.{2,}|…)\s*(?=[a-z])")
# Malay and Betawi "-nye" for "-nya" ("syaratnye", "caranye"); an Indonesian word that ends
# so ("kampanye") is left.
MALAY_NYA = re.compile(r"\b(\w{2,})nye\b")
MINANG_NYO = re.compile(r"\b(\w{2,})nyo\b")  # "artinyo", "singkatannyo"
# Bugis tags with a glottal stop ("provinsi di'?", "bisa ki'"): dropped.
BUGIS_TAG = re.compile(r"\b(?:di|ki|ta)'(?!\w)")
# Every word any table starts from: most messages have none, and skip both passes.
REGIONAL_STARTS = frozenset(REGIONAL) | {p.split()[0] for p in REGIONAL_PHRASES}
REGIONAL_WORD = re.compile(r"\b(" + "|".join(sorted(REGIONAL, key=len, reverse=True)) + r")\b")
# Nigerian English "how far" opening a message is a greeting ("Please how far, when is the
# closing date"), not "how far along" (a proposal's status).
HOW_FAR_HELLO = re.compile(r"^(?:(?:please|abeg|oga|sir|madam)[ ,]+)?how far\s*[,!.]+\s*")
# Chat wrappers around a question: "@admin_prov", "@SinkronBot" (a group's mention), hashtags
# ("#rakor2027" is "rakor 2027"), and a template's labels and sender fields ("Nama: Budi /
# Kab: Katingan / Pertanyaan: ..."): the sender is not what is asked.
MENTION = re.compile(r"(?<![\w.])@\w+")
# Zero-width spaces, joiners, word joiners, byte-order marks and soft hyphens pasted inside a
# word (a zero-width space inside "RLH"), and the combining accents of Latin letters
# (U+0300-036F).
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
LATIN_ACCENTS = range(0x300, 0x370)
# "kumuh 12½ ha": a fraction sign after the whole number (NFKC would spell it "121⁄2").
FRACTIONS = {"½": "5", "¼": "25", "¾": "75"}
VULGAR_FRACTION = re.compile(r"(\d*)\s?([½¼¾])")
# A file's name or a folder's path pasted in ("sesuai Juknis_Usulan_2027.pdf, ...", "di
# folder Usulan/2027/Kumuh"): where something is, not what is asked; its words ("sumber dana
# usulan") would pull toward other topics. A link keeps only its site's name ("link
# sipd.kemendagri.go.id" names SIPD, "lapor.go.id" LAPOR!).
FILE_OR_LINK = re.compile(
    r"\b[\w.-]+\.(?:pdf|docx?|xlsx?|pptx?|jpe?g|png|zip|rar|shp|kml|kmz|csv|txt)\b"
    r"|(?<=folder )\S*/\S*|(?<=direktori )\S*/\S*"
)
LINK = re.compile(  # not an e-mail address ("budi@gmail.com" is told, not a site)
    r"(?<![@\w.-])(?:https?://)?(?:www\.)?([\w-]+)(?:\.[\w-]+)*\.(?:go\.id|co\.id|ac\.id|or\.id|id|com|org|"
    r"net)\b(?:/\S*)?"
)
HASHTAG = re.compile(r"#([^\W\d_]+)(\d*)")
TEMPLATE_FIELD = re.compile(
    r"(?:^|(?<=[\n/|;]))[ \t]*(?:nama|name|jabatan|instansi|asal|unit kerja|kab/kota|kabupaten|"
    r"kab|kota|dari|from|no\.? ?hp|hp|wa)[ \t]*:[^\n/|;]*"
)
TEMPLATE_LABEL = re.compile(
    r"(?:^|(?<=[\n/|;.]))[ \t]*(?:tanya|pertanyaan|perihal|hal|question|subject|topik|q)"
    # "Pertanyaan untuk FAQ dinas: ...", a question drafted for colleagues
    r"(?:\s+(?:untuk|utk|buat|for)\s+[^:\n]{1,30})?[ \t]*:"
)
# What may stand after a term that a bare "what" asks about: "what SKBG, boss?".
BARE_WHAT_ASIDES = frozenset({"boss", "bos", "sir", "eh", "ah", "lah", "is", "exactly"})
# Words that make the clause after "X itu apa," a question of its own ("delineasi itu apa,
# yang dihitung luas yang mana?").
CLAUSE_ASKS = QUESTION_WORDS | {"apa", "mana", "bisa", "boleh", "aja", "saja", "what"}
# Two numbered questions and the one that matters marked ("1) DED tu singkatan napa? 2) Rakor
# kapan? yg penting no 1 dulu", "terutama yang kedua", "the first one is more important").
MARKED_ITEM = re.compile(
    r"\b(?:(?:yg|yang) (?:paling )?penting|terutama(?: (?:yg|yang))?|prioritas(?:nya)?|"
    r"(?:more|most) important(?:ly)?(?: is)?)\s+(?:(?:no|nomor|nomer|number|pertanyaan|"
    r"question)\.?\s*)?(?P<which>\d|pertama|kedua|ketiga|first|second|third|one|two)\b"
    r"|\b(?:the )?(?P<which_en>first|second|third) one is (?:more |most )?important\b"
)
# Around two letters spelt out, what tells a term asked ("Apa itu K.S. di tabel kumuh?", "K.B.
# itu kumuh berat kan?") from family planning ("kader K.B.") or the family card ("kartu K.K.").
PAIR_ASKED_BEFORE = re.compile(r"\b(apa itu|arti|maksud|bedanya|beda|dan|what does|what is)$")
PAIR_ASKED_AFTER = re.compile(
    r"^(itu apa|itu arti\w*|itu maksud\w*|arti\w*|maksud\w*|di tabel|itu singkatan|singkatan|"
    r"itu kumuh|dan|stands? for|stand for|mean)\b"
)
# What may follow the marked question's number at a message's end ("yg penting no 1 dulu lah").
MARK_CLOSING = frozenset(
    "dulu lah ya yah pak bu aja saja min kak dong please pls first thanks makasih".split()  # noqa: SIM905
)
ORDINALS = {
    "pertama": 1, "first": 1, "one": 1, "kedua": 2, "second": 2, "two": 2, "ketiga": 3,
    "third": 3,
}  # fmt: skip
AFTER_MARK = re.compile(r"(?<=\?)")  # between questions, each kept with its mark
NUMBERED_ITEM = re.compile(r"(?:^|(?<=\s))(\d)[.)]\s+")
# The FAQ draft's empty answer line ("Q: Jaling = ?\nA: ?").
ANSWER_BLANK = re.compile(
    r"(?:^|\n)[ \t]*(?:a|jawab|jawaban|answer)[ \t]*:[ \t]*(?:\?+|\.{2,}|…|_+)?[ \t]*(?=\n|$)"
)
# "Jaling = ?", "SPM = ...?": a term set equal to a blank asks what it is; "Rakor = Rapat
# ...?", its long form begun, what it stands for.
# Only a line's first words: "luas 2 ha = ... m2?" asks a sum, not a term.
EQUALS_BLANK = re.compile(
    r"(?:^|(?<=\n))(\s*[a-z0-9&/.-]+(?:\s+[a-z0-9&/.-]+){0,2})\s*=\s*(?:\?+|(?:\.{2,}|…|_+)\s*\??)"
)
EQUALS_BEGUN = re.compile(
    r"(?:^|(?<=\n))(\s*[a-z0-9&/.-]+(?:\s+[a-z0-9&/.-]+){0,2})\s*=\s*[a-z]+\s*(?:\.{2,}|…)\s*\??"
)
# "rab=rencanaanggaranbiaya kah?": a line's term set equal to words, a meaning to confirm, as
# "rab itu ..." asks it.
EQUALS_CLAIM = re.compile(
    r"(?:^|(?<=\n))(\s*[a-z0-9&/.-]+(?:\s+[a-z0-9&/.-]+){0,2})\s*=\s*(?=[a-z])"
)
# A bimtek quiz item forwarded as asked ("soal pre-test no. 4: MBR adalah a. ... b. ...",
# "isian singkat: huntap merupakan singkatan dari ...."): the marker, the options and the
# blank are no part of the question; the stem is read as the question it stands for.
QUIZ_MARK = re.compile(
    r"^\W*(?:soal\s+)?(?:pre-?\s?test|post-?\s?test|pilihan ganda|benar atau salah|"
    r"benar/salah|isian singkat|isian|kuis|quiz|soal(?:\s+(?:bimtek|ujian|latihan))?)"
    r"(?:\s+(?:no|nomor|nomer)\.?\s*\d+)?\s*[:.)-]\s*"
)
QUIZ_OPTIONS = re.compile(r"\s+\(?a[.)]\s.*?\s\(?b[.)]\s.*$")
QUIZ_BLANK = re.compile(r"\s*(?:\.{2,}|…|_{2,})\s*")
# Without a quiz's marker, a blank typed as underscores ("kewenangan ____ ?", "K_____
# K_______") or choices listed ("LAPOR! itu: a) ... b) ...?") still make the message a quiz
# item; an expansion left blank after "=" ("O&P = Operation and ______") asks what it is.
UNDERSCORE_BLANK = re.compile(r"\b[a-z]?_{2,}")
EXPANSION_BLANK = re.compile(r"\s*=\s*[^=?]*_{2,}[^=?]*")
BLANK_COUNTED = re.compile(r"^\s*(hari|minggu|bulan|tahun|ha|hektar|hektare|unit|kk|jiwa|persen|%)")
STEM_OPEN = re.compile(r"(?:\s(?:itu|adalah|merupakan|ialah|yaitu|is|means)|:)\W*$")
# The stem's last words say what the blank asks: whose authority, or what a term is.
QUIZ_WHOSE = re.compile(r"\b(kewenangan|wewenang|tanggung jawab|urusan|tugas)$")
QUIZ_COPULA = re.compile(r"\s(?:adalah|merupakan|ialah|yaitu)(?:\s|$)")
QUIZ_MEANING = re.compile(r"\b(artinya|berarti|maksudnya)$")
# "apa kabar pak?", "how are you?": a greeting, read as one word of greeting.
HOW_ARE_YOU = re.compile(r"\b(?:(?:apa|bagaimana|gimana|pa) kabar(?:nya)?|how are (?:you|u))\b")
GREETING_WORDS = frozenset(
    """
    halo hallo hai hi hello hey pagi siang sore malam selamat assalamualaikum asalamualaikum
    salam permisi terima kasih makasih trims thanks thank you tq ok oke okay sip siap mantap
    baik pak bu bapak ibu kk kak mas mbak min admin bot sinkron banyak infonya info informasinya
    atas jawabannya
    p ping tes test cek tolong bantu bantuin bantuannya dong help mau nanya tanya bertanya ya
    boleh dikit sedikit sy saya aku wr wb warahmatullahi wabarakatuh mksh mks makasi makasih2
    trmksh trimakasih tks bnyk byk
    good morning afternoon evening night day there
    bingung confused lost tabe tarima thx noted met banar dicatat got laksanakan
    yth dengan hormat mohon izin ijin perkenankan kami demikian ucapkan mengucapkan perhatian
    monggo mangga nyuwun bismillah afwan jazakallah jazakumullah khair khairan barakallah
    insyaallah insya allah alhamdulillah warahmatullah syukron mimin iya
    perhatiannya arahan arahannya petunjuknya kerjasama kerjasamanya sebelumnya dear sir madam
    regards kindly kind best bergabung gabung join kenal
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# Words of a help request that only count beside a greeting or help word ("sy staf baru,
# bingung mulai dr mana"): alone ("harus dari mana?", "petugas mana?") they ask something else.
HELP_WORDS = frozenset(
    """
    mulai dari dr mana nih sih harus hrs new here im i m can you me please pls staf staff
    baru petugas pegawai pian ulun a lot much so very lah
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# "bingung nih gak ngerti pake bot ini, tolong": not understanding counts only beside a plea
# for help; "tidak paham pak" or "ini boleh pak?" alone is a question about something.
CONFUSED_WORDS = frozenset(
    "gak ga nggak ngga tidak ngerti paham mengerti pake pakai ini nih".split()  # noqa: SIM905
)
PLEA_WORDS = frozenset({"bingung", "tolong", "bantu", "bantuin", "help", "confused", "lost"})
# "saya masih bingung soal beda RTLH dan BSPS": a statement of confusion around what is asked,
# nothing more of substance.
CONFUSED = frozenset(
    """
    masih bingung paham mengerti ngerti soal terkait tentang mengenai ragu pencerahan jelaskan
    kurang confused understand still regarding
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# "kadis minta saya cek, usulan drainase lewat bot atau surat resmi?": which way to send, a
# choice of channels, not how the officer's own proposals are getting on.
CHANNEL_CHOICE = re.compile(r"\b(lewat|melalui|via|pakai|through|by) [\w ]{1,25}? (atau|or) \w")
THANKS_WORDS = frozenset(
    {
        "terima",
        "kasih",
        "makasih",
        "trims",
        "thanks",
        "thank",
        "tq",
        "suwun",
        "mksh",
        "mks",
        "makasi",
    }
    | {"trmksh", "trimakasih", "tks", "thx"}
)
# Where one question ends and another may begin: "?", a line or sentence break, "trus",
# "terus", "lalu", "satu lagi", "and also" after a comma.
QUESTION_BREAK = re.compile(
    r"\?+|\n+|\.\s+|;\s*|,?\s+(?:trus|terus|trs|lalu|kemudian|satu lagi|and also|also)\s+"
)
# A clause closed by "..., bisa ga", "udah belum", "kan": a yes/no question.
YES_NO_TAGS = frozenset("ga gak tidak nggak ngga gk engga enggak belum blm kan ya".split())  # noqa: SIM905
# The words of a yes/no tag that names nothing ("Is that ok?", "Is it true?").
ENGLISH_TAG_WORDS = frozenset(
    "that it this ok okay right true so fine possible allowed alright correct there".split()  # noqa: SIM905
)
# The first words of an English yes/no question ("Is it ...?", "Any update ...?").
ENGLISH_YES_NO = frozenset(
    "is are was were do does did can could will would should shall has have any".split()  # noqa: SIM905
)
# Any of them in a message: most have none, and skip the yes/no reading.
YES_NO_OPENING = re.compile(r"(?i)\b(?:" + "|".join(sorted(ENGLISH_YES_NO)) + r")\b")
# Courtesies after the last question ("... atau ga? makasih pak").
CLOSING_COURTESY = frozenset(
    "pak bu makasih terima kasih trims thanks mksh tks min kak mas mbak ya".split()  # noqa: SIM905
)
# Emoji that thank or acknowledge ("👍", "🙏🙏", "👌🏽"), skin tones and spaces between.
ACKNOWLEDGING = re.compile(
    "(?:[\U0001f44d\U0001f64f\U0001f44c\u2705\U0001f91d\u263a\U0001f60a\U0001f642]"
    "[\U0001f3fb-\U0001f3ff\ufe0f]?\\s*)+"
)

# The spelling before 1972, as senior officers learned it: "oe" for "u", "dj" for "j", "tj"
# for "c", "nj" for "ny", "sj" for "sy" and "j" for "y" ("oesoelan", "djalan", "pentjegahan",
# "artinja", "sjarat", "jang"). A message is in it when an unknown word has a mark only the
# old spelling writes and respells into a known word; then each unknown word is read as its
# modern spelling, when that is known.
OLD_SPELLING_MARK = re.compile(r"oe|dj|tj|sj|nja\b|\bjang\b")  # a word's or a message's
# In this order: "dj" held aside so that its "j" stays "j" ("pandjangnja" -> "panjangnya").
OLD_TO_MODERN = (("dj", "\0"), ("tj", "c"), ("sj", "sy"), ("nj", "ny"), ("oe", "u"))
# A to-do list with the question for the bot as one of its numbered items ("1. rekap usulan
# Barsel\n2. tanya bot: pembagian urusan pusat-prov-kab gmn?\n3. kirim ke kabid"): the item
# opened by "tanya bot", "nanya ke bot" or "tanya:". Not a numbered form whose last item asks
# ("1. Luas kumuh: 8 ha\n2. Siapa yang berwenang?": its facts are what is asked about), nor
# a chore to ask someone else ("1. tanyakan ke Bapperida soal DAK"). An item that asks with a
# question word and a "?" is the question too when every other item is a chore (CHORE: "1.
# cek SK\n2. RTLH itu singkatan apa?\n3. kirim email"). Letters ("a.", "b)") are a quiz's
# options.
# A chat note's bullet ("- PBG", "• Rakor") and its markdown emphasis ("**Agenda**", "_catatan_").
BULLET = re.compile(r"[ \t]*[-•*·▪][ \t]+\S")
EMPHASIS = re.compile(r"\*\*|__")
AGENDA_ITEM = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+(?=\S)")
AGENDA_ASK = re.compile(
    r"(?:tanya(?:kan)?|nanya|ask)(?:[ \t]+(?:ke[ \t]+)?(?:the[ \t]+)?(?:bot|sinkron)\b[ \t]*:?|"
    r"[ \t]*:)[ \t]*"
)
CHORE = re.compile(
    r"(?:cek|check|kirim\w*|rekap\w*|telp\w*|telepon|siapkan|siapin|foto|ukur|print|cetak|"
    r"scan|upload|unggah|hubungi|minta|bawa|isi|lengkapi|follow up|fu|rapat|buat|bikin|susun|"
    r"koordinasi|konfirmasi|ttd|antar|ambil|email|japri|update|revisi|input|survei|survey|"
    r"tanya(?:kan)? ke|call|send|prepare|visit|meet)\b"
)
# A reply quoting an earlier message, as chat apps write it: the quoted lines begin with ">".
# Not "> 9 ha" ("more than", as a list of sizes writes it).
QUOTED_LINE = re.compile(r"^[ \t]*>+(?![ \t]*[\d.,])[ \t]?", re.MULTILINE)
# "kumuh artinya apa dlm istilah perkim?", "roesoes artinja apa? ada di daftar istilah rkr":
# the field or the list a term is asked in, not a second term asked.
TERM_FIELD = re.compile(r"\b(dalam|dlm|di|menurut|pada) (daftar |kamus )?istilah [\w&!.-]+")
# "yg sy tanya RPJMD, bukan RKPD": a term set aside, after a comma, beside the one asked; not
# "BAST bukan hibah ya?", which asks how the two relate.
SET_ASIDE_TERM = re.compile(r",\s*\b(bukan|bkn|not|instead of) (?P<term>[\w&!.-]+)")
