"""Indonesian words for the English ones officers use about housing and proposals.

Most example questions are Indonesian, so an English question shares few words with them
("Who handles slum areas?" against "siapa yang menangani kawasan kumuh"). The matcher adds the
Indonesian word beside each English one found in a question (never to the indexed topics,
which keep their own English titles and answers). Measured in docs/decisions.md.
"""

from __future__ import annotations

import re

INDONESIAN: dict[str, str] = {
    # who does what
    "authority": "kewenangan", "responsible": "tanggung jawab", "responsibility": "tanggung jawab",
    "charge": "tanggung jawab", "province": "provinsi", "provincial": "provinsi",
    "regency": "kabupaten", "regencies": "kabupaten", "city": "kota", "central": "pusat",
    "national": "pusat", "ministry": "kementerian", "level": "tingkat", "affair": "urusan",
    "affairs": "urusan", "mandatory": "wajib", "standard": "standar", "service": "pelayanan",
    "agency": "dinas", "office": "kantor", "contact": "kontak",
    # housing and settlements
    "slum": "kumuh", "slums": "kumuh", "housing": "perumahan", "house": "rumah",
    "houses": "rumah", "home": "rumah", "homes": "rumah", "settlement": "permukiman",
    "settlements": "permukiman", "road": "jalan", "roads": "jalan", "drainage": "drainase",
    "uninhabitable": "tidak layak huni", "land": "lahan", "certificate": "sertifikat",
    "permit": "izin", "permits": "izin", "disaster": "bencana", "disasters": "bencana",
    "victim": "korban", "victims": "korban", "relocation": "relokasi", "developer": "pengembang",
    "developers": "pengembang", "estate": "perumahan", "estates": "perumahan",
    "village": "desa", "villages": "desa", "resident": "warga", "residents": "warga",
    "community": "masyarakat", "area": "luas", "size": "luas", "location": "lokasi",
    "locations": "lokasi", "decree": "sk", "designate": "tetapkan", "designates": "tetapkan",
    "designated": "tetapkan", "decide": "tetapkan", "decides": "tetapkan", "decided": "tetapkan",
    "determine": "tetapkan", "determines": "tetapkan", "areas": "kawasan", "review": "tinjau",
    "reviewed": "tinjau",
    "prevention": "pencegahan", "prevent": "cegah", "criteria": "kriteria", "assess": "nilai",
    "assessment": "penilaian", "score": "skor",
    # proposals and money
    "proposal": "usulan", "proposals": "usulan", "propose": "usul", "submit": "kirim",
    "submitted": "kirim", "submitting": "kirim", "lodge": "kirim", "lodged": "kirim",
    "lodging": "kirim",
    "rejected": "ditolak", "rejection": "ditolak", "approved": "disetujui",
    "verification": "verifikasi", "check": "periksa", "checked": "periksa",
    "readiness": "kesiapan", "ready": "siap", "statement": "pernyataan", "letter": "surat",
    "document": "dokumen", "documents": "dokumen", "design": "desain", "cost": "biaya",
    "budget": "anggaran", "grant": "hibah", "asset": "aset", "assets": "aset",
    "handover": "serah terima", "maintenance": "pemeliharaan", "maintain": "pelihara",
    "maintains": "pelihara", "funding": "dana", "fund": "dana", "funds": "dana",
    "money": "dana", "aid": "bantuan", "repair": "perbaikan", "repairs": "perbaikan",
    "build": "bangun", "builds": "bangun", "building": "bangun", "built": "bangun",
    "meeting": "rapat", "yearly": "tahunan", "annual": "tahunan", "cycle": "siklus",
    "year": "tahun", "after": "setelah", "before": "sebelum", "care": "rawat",
    "maintained": "pelihara", "owner": "milik", "owns": "milik",
    "handed": "serah", "hand": "serah", "transfer": "serah", "transferred": "serah",
    "renovate": "perbaikan", "renovation": "perbaikan", "rehabilitate": "perbaikan",
    "poor": "miskin", "family": "keluarga", "families": "keluarga", "destroy": "rusak",
    "destroys": "rusak", "destroyed": "rusak", "damaged": "rusak", "job": "tugas",
    "provinces": "provinsi", "move": "pindah", "moved": "pindah", "relocate": "relokasi",
    "upkeep": "pemeliharaan", "hands": "serah", "beneficiary": "penerima",
    "beneficiaries": "penerima", "recipient": "penerima", "recipients": "penerima",
    # Indian and British English: "between Centre, State and District", "the eligibility"
    "centre": "pusat", "center": "pusat", "district": "kabupaten", "districts": "kabupaten",
    "eligibility": "kriteria", "eligible": "kriteria",
    "complaint": "pengaduan", "complaints": "pengaduan",
}  # fmt: skip


# Words only a sentence in one of the two languages has: enough of the first and few of the
# second make a question English ("who handles slum areas" against "siapa yg tangani kumuh").
ENGLISH_MARKS = frozenset(
    """
    the what who which is are does do how can of for when where why a an my our to in it this
    that we i you should must need about with will would could there their them
    """.split()  # noqa: SIM905 - a word list reads better as text
)
INDONESIAN_MARKS = frozenset(
    """
    yang yg apa siapa bagaimana gimana gmn kapan dimana di ke dari itu ini dan atau untuk utk
    kami saya sy bisa bs harus sudah udh belum blm tidak gak ga nggak kah ya sih dong pak bu
    min kak klo kalau mau ada berapa brp nya apakah maksud maksudnya arti artinya tolong mohon
    """.split()  # noqa: SIM905
)


# A greeting or thanks written in English ("thanks", "good morning"): too short for the marks
# above, answered in English all the same.
ENGLISH_COURTESY = frozenset(
    """
    thanks thank you thx ty hello hi hey good morning afternoon evening night very much a lot
    so bye cheers many great ok okay sir madam
    """.split()  # noqa: SIM905 - a word list reads better as text
)


# Words of either language ("ok", "hi"): alone they say nothing of which one is written.
EITHER_LANGUAGE = frozenset({"ok", "okay", "hi", "a", "so"})


def courtesy_in_english(words: list[str]) -> bool:
    """Whether lower-case words are an English greeting or thanks and nothing else."""
    return (
        bool(words)
        and all(word in ENGLISH_COURTESY for word in words)
        and not set(words) <= EITHER_LANGUAGE
    )


def written_in_english(words: list[str]) -> bool:
    """Whether lower-case words read as an English sentence: at least two English marks or
    English words of the lexicon above ("Who designates slum locations?"), and more than twice
    as many as Indonesian marks ("RC maksudnya readiness criteria?" is not)."""
    english = sum(word in ENGLISH_MARKS or word in INDONESIAN for word in words)
    indonesian = sum(word in INDONESIAN_MARKS for word in words)
    return english >= 2 and english > 2 * indonesian


# Texting English ("wat does RKS stand 4?", "hw 2 submit usulan PSU pls"): written out before
# any other reading, so the glossary cues and the English lexicon see "what ... stand for".
# Only in a message that has one of the unmistakable spellings (TEXTING_MARKS) or reads as
# English: "u" and "n" are "untuk" and "dan" in Indonesian shorthand.
TEXTING = {
    "wat": "what", "wut": "what", "wats": "what is", "whats": "what is", "hw": "how",
    "u": "you", "ur": "your", "r": "are", "n": "and", "thx": "thanks", "tnx": "thanks",
    "plz": "please", "ppl": "people", "coz": "because", "cuz": "because", "bcoz": "because",
    "rite": "right", "isnt": "is not", "arent": "are not", "doesnt": "does not",
    "dont": "do not", "cant": "can not", "b4": "before", "abt": "about", "wen": "when",
    "whos": "who is", "wher": "where", "dat": "that",
    # Nigerian Pidgin in an English message: "wetin be Renja?", "una suppose respond".
    "wetin": "what", "una": "you",
}  # fmt: skip
TEXTING_MARKS = frozenset(
    {"wat", "wut", "wats", "hw", "thx", "tnx", "ppl", "coz", "cuz", "bcoz", "rite", "isnt", "b4",
     "wetin"}
)  # fmt: skip
_TEXTING_WORD = re.compile(r"\b(" + "|".join(sorted(TEXTING, key=len, reverse=True)) + r")\b")
# "stand 4", "4 a friend", "hw 2 submit", "back 2 us": a digit for a word, only between words
# it joins (never "4 ha", "2 unit", "from 4 kab").
_FOR = re.compile(
    r"\b(?:(?<=stand )|(?<=stands )|(?<=asking )|(?<=limits )|(?<=rules )|(?<=ready ))4\b"
    r"|\b4(?= (?:a|an|the|you|u|me|us|him|her|them|my|our|your|ur|this|that)\b)"
)
_TO = re.compile(
    r"\b(?:(?<=how )|(?<=hw )|(?<=back )|(?<=want )|(?<=need )|(?<=have )|(?<=has )|"
    r"(?<=able )|(?<=going )|(?<=due )|(?<=belongs )|(?<=according ))2\b"
    r"|\b2(?= (?:us|you|u|the|submit|apply|send|answer|ask|get|be|do|make|fill|check|know)\b)"
)


# Scots and Jamaican English ("Whit dae the province dae?", "Wha PBG mean, mi bredda?"):
# written out only in a message with one of DIALECT_MARKS, since "di", "mi", "dem", "o" and
# "ye" are Indonesian or abbreviations elsewhere.
DIALECT = {
    # Scots
    "whit": "what", "dae": "do", "daes": "does", "hoose": "house", "hooses": "houses",
    "oot": "out", "aboot": "about", "tae": "to", "ye": "you", "yer": "your", "gie": "give",
    "gies": "give", "mony": "many", "fir": "for", "hame": "home", "efter": "after",
    "yin": "one", "o": "of", "oor": "our", "wi": "with", "cannae": "can not",
    "canna": "can not", "didnae": "did not", "isnae": "is not", "disnae": "does not",
    "dinnae": "do not", "wouldnae": "would not", "aw": "all", "thegither": "together",
    "fae": "from", "frae": "from", "ony": "any", "nae": "no", "ken": "know",
    "aye": "yes", "wee": "small", "awright": "alright", "giein": "giving", "gien": "given",
    "sayin": "saying", "meetin": "meeting", "plannin": "planning", "buildin": "building",
    # Jamaican
    "fah": "for", "fi": "for", "dem": "them", "mi": "my", "inna": "in", "di": "the",
    "seh": "say", "smaddy": "somebody", "bredda": "brother", "wid": "with",
    "wan": "want", "nuh": "not", "gwaan": "going on", "weh": "where",
}  # fmt: skip
# Not "aye" (Betawi "saya"), "seh" ("sih"), "inna" ("inna lillahi") nor "wee" (a name).
DIALECT_MARKS = frozenset(
    """
    whit dae daes hoose hooses oot aboot thegither cannae canna didnae isnae disnae dinnae
    wouldnae efter oor wha fah smaddy bredda gwaan
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# "wha" is "who" in Scots ("Wha registers the design firms?") and "what" in Jamaican ("Wha
# PBG mean?"): what, beside a Jamaican word or a meaning asked.
_JAMAICAN = frozenset(
    """
    fah fi dem mi inna di dat seh smaddy bredda yah wid wan gwaan wah mean means stand be a an
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# "KUA-PPAS... what's that when it's at home?": a British way of asking what it is.
_AT_HOME = re.compile(r"\s*\bwhen it'?s at (?:home|hame)\b")
# "What does it mean, like?": a Welsh and Irish tag closing a question; "..., eh?" a Canadian
# one.
_LIKE_TAG = re.compile(r",\s*(?:like|eh)(?=\s*[?!.]|\s*$)")
# "Sorry to bug you, but ...", "sorry for bothering you": an apology, not an IT bug reported.
_BOTHER = re.compile(
    r"\b(?:sorry|apologies) (?:to|for) (?:bug|bother|disturb|trouble)(?:ing)? (?:you|u|ya)"
    r"(?: again)?\b[\s,.!]*(?:but\b\s*)?"
)
# Singaporean and Malaysian English "Pokja PKP is what kind of group one?", "LAPOR! is what
# system ah?": the term first, then "is what": what it is. Not "rakor is what date?", which
# asks when.
_IS_WHAT = re.compile(
    r"(?:^|(?<=[.?!,]\s))([a-z0-9!&/ -]{2,30}?) is what (?:kind of |sort of |type of )?"
    r"(?:thing|system|group|team|programme|program|scheme|document|agency|body|office|fund|"
    r"one)(?: one)?(?: ah| lah| leh| ar)?(?=\s*\?)"
)
_MI_VERB = re.compile(
    r"\bmi (?=(?:wan|want|see|hear|ask|need|tink|think|know|did|nuh|go|hope|read|haffi|a)\b)"
)
# One pass over the message finds any mark: most messages have none and go no further.
_DIALECT_MARK = re.compile(r"(?<![a-z])(?:" + "|".join(sorted(DIALECT_MARKS)) + r")(?![a-z])")
_DIALECT_WORD = re.compile(
    r"(?<![&/])\b(" + "|".join(sorted(DIALECT, key=len, reverse=True)) + r")\b(?![&/])"
    # "di bawah", "di mana": Indonesian whatever else the message holds
    r"(?! (?:bawah|atas|mana|sini|situ|sana|dalam|luar|antara)\b)"
)


# American Southern English ("y'all need the DED up front?", "fixin' to fill it out", "might
# could be us", "askin' for all them fields"): written out beside "y'all" or "fixin'".
_SOUTHERN_MARK = re.compile(r"\by'?all\b|\bfixin'?\b|\bmight could\b")
_SOUTHERN = {
    "y'all": "you", "yall": "you", "'em": "them", "might could": "might", "what all": "what",
    "fixin' to": "going to", "fixin to": "going to", "on account of": "because of",
    "anyhow": "", "reckon": "think",
}  # fmt: skip
_SOUTHERN_WORD = re.compile(
    r"(?<!\w)(" + "|".join(sorted(map(re.escape, _SOUTHERN), key=len, reverse=True)) + r")(?!\w)"
)
_DROPPED_G = re.compile(r"\b([a-z]{2,}in)'(?!\w)")  # "askin'", "talkin'"


def dialect_written_out(text: str) -> str:
    """Lower-case text with Scots, Jamaican or American Southern English written out ("whit dae
    ye dae" -> "what do you do"), when one of its unmistakable words is there; other text as
    it was."""
    if _SOUTHERN_MARK.search(text):
        text = _SOUTHERN_WORD.sub(lambda found: _SOUTHERN[found.group()], text)
        text = _DROPPED_G.sub(r"\1g", text)
    if _DIALECT_MARK.search(text) is None:
        return text
    words = re.findall(r"[a-z]+", text)
    if sum(word in INDONESIAN_MARKS and word != "di" for word in words) >= 2:
        return text  # Indonesian with a stray mark: "di bawah 10 ha" must stay as it is
    text = text.replace("wan know", "want to know")  # Jamaican "mi wan know": I want to
    text = _MI_VERB.sub("i ", text)  # "mi hear seh", else "mi proposals": mine
    if "wha" in words:
        text = re.sub(r"\bwha\b", "what" if _JAMAICAN.intersection(words) else "who", text)
    return _DIALECT_WORD.sub(lambda found: DIALECT[found.group()], text)


def texting_written_out(text: str) -> str:
    """Lower-case text with texting English written out ("wat r the docs needed b4 rakor" ->
    "what are the docs needed before rakor"); Indonesian text as it was."""
    text = _LIKE_TAG.sub("", _AT_HOME.sub("", dialect_written_out(text)))
    if "sorry" in text or "apologies" in text:  # the apology _BOTHER needs
        text = _BOTHER.sub("", text)
    if " is what " in text:
        text = _IS_WHAT.sub(r"what is \1", text)
    words = [word.strip(".,;:!?()'\"") for word in text.split()]
    if TEXTING.keys().isdisjoint(words) and "4" not in words and "2" not in words:
        return text  # most messages: nothing to write out
    if TEXTING_MARKS.isdisjoint(words) and not written_in_english(words):
        return text
    text = _TO.sub("to", _FOR.sub("for", text))
    return _TEXTING_WORD.sub(lambda found: TEXTING[found.group()], text)


# Words that join a follow-up to what was asked before ("and 16 ha?", "or 9?").
JOINING = frozenset({"and", "or", "if", "then", "also", "but", "what", "about"})


def has_english_word(words: list[str]) -> bool:
    """Whether any lower-case word is English: a mark, a word of the lexicon or a courtesy
    ("and 16 ha?", "what about PSU?"; not "kumuh 100.000 m2")."""
    return any(
        word in ENGLISH_MARKS or word in INDONESIAN or word in ENGLISH_COURTESY or word in JOINING
        for word in words
        if word not in EITHER_LANGUAGE
    )


# "in English please", "bahasa inggrisnya?", "pakai bahasa indonesia aja": the answer just
# given, again in that language, not a topic of its own (follow-ups table C: the how-to).
_LANGUAGE_ASKED = re.compile(
    r"^\W*(can you |could you |please |pls |tolong |mohon )?"
    r"((say|answer|write|reply|explain|translate|terjemahkan|terjemahin|jawab|jelaskan)"
    r"( it| that| this| lagi)? )?"
    r"((in|into|to|pakai|pake|dalam|dlm|versi|ke) (bahasa |bhs )?)?"
    r"(english|inggris|bahasa inggris|bhs inggris|indonesian|indonesia|bahasa indonesia|"
    r"bhs indonesia)(nya)?( version| please| pls| dong| ya| aja| saja| pak| bu| min| juga)*\W*$"
)
_TO_INDONESIAN = re.compile(r"\bindonesian?\b")


def language_asked(text: str) -> str | None:
    """The language a message only asks the last answer in ("en" or "id"), else None."""
    folded = " ".join(text.casefold().split())
    if _LANGUAGE_ASKED.search(folded) is None:
        return None
    return "id" if _TO_INDONESIAN.search(folded) else "en"
