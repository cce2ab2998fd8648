"""Training table R82 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 64's styles again (R75 and R76 were the first), by another hand for the first half of
the topic list: Banjar words, a signature block or greeting header, a link, phone number or
file path beside the question, two questions with the one that matters marked, Sundanese
words, bureaucratic abbreviations with dots and slashes, a quiz or FAQ draft, a photo or site
visit described; Hong Kong English. A glossary entry's questions ask what the term
means. Its slum-area questions are computed by rule, not learned; they are measured here only.
Written and read in round 38.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R82_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "ulun handak betakun, huntara tu napa artinya? kada paham ulun, di laporan "
            "banjir Kapuas disebut terus"
        ),
        "istilah.huntara",
    ),
    (
        (
            "Huntara is short for what ah? The Kapuas flood report keep mentioning it, I "
            "don't understand lah"
        ),
        "istilah.huntara",
    ),
    (
        (
            "Selamat pagi Bapak/Ibu admin. Mohon izin bertanya, istilah huntap itu "
            "maksudnya apa ya? Terima kasih. Ttd. Kasi Perumahan Dinas Perkim Kab. Barito "
            "Utara"
        ),
        "istilah.huntap",
    ),
    (
        ("punten, huntap teh naon nya? abdi teu acan ngartos, sami sareng huntara kitu?"),
        "istilah.huntap",
    ),
    (
        (
            "di form D:/usulan/2026/rekap_penerima_Mentaya.xlsx ada kolom KK, KK disini "
            "artinya apa ya? kartu keluarga kah?"
        ),
        "istilah.kk",
    ),
    (
        (
            "Mhn penjelasan Sdr. admin: KK pd kolom penerima manfaat itu maksudnya apa? "
            "kepala keluarga atau kartu keluarga? a.n. Kabid Perkim Kab. Seruyan"
        ),
        "istilah.kk",
    ),
    (
        (
            "1. jiwa di form itu hitungan apa sih? 2. fotonya boleh lebih dr 10 ga? yg "
            "penting no 1 dulu"
        ),
        "istilah.jiwa",
    ),
    (
        ("Soal kuis bimtek: dalam data penerima manfaat, satuan 'jiwa' berarti ... = ?"),
        "istilah.jiwa",
    ),
    (
        (
            "tadi survei ke Kel. Baamang Hilir, pak lurah bilang luasnya sekian ha. ha itu "
            "hektare kan? sama dgn brp meter persegi?"
        ),
        "istilah.ha",
    ),
    ("Sorry ah, what does 'ha' stand for in the slum table? Hectare is it?", "istilah.ha"),
    ("DED tu napa kepanjangannya pian? ulun disuruh kepala melengkapi haja", "istilah.ded"),
    (
        (
            "file DED nya sdh sy upload di "
            "https://drive.google.com/drive/folders/usulan-pulpis tp sy sendiri blm paham, "
            "DED itu sebenarnya dokumen apa?"
        ),
        "istilah.ded",
    ),
    ("kumaha, RAB teh singkatan tina naon? abdi dipenta nyusun wae", "istilah.rab"),
    (
        (
            "Assalamualaikum. Izin bertanya, RAB itu kepanjangannya apa dan isinya apa "
            "saja? Wassalam, Staf Teknis Disperkim Kab. Lamandau"
        ),
        "istilah.rab",
    ),
    (
        (
            "Sdr. admin, RKS yg diminta sbg kelengkapan itu kepanjangannya apa? a.n. PPK "
            "Dinas Perkim Kota Palangka Raya"
        ),
        "istilah.rks",
    ),
    (
        (
            "mau tanya 2 hal: RKS itu artinya apa, terus RAB perlu ditandatangani kadis "
            "atau ga? utamanya yg pertama ya"
        ),
        "istilah.rks",
    ),
    (
        ("Pertanyaan untuk FAQ dinas: KAK itu singkatan apa, dan apa bedanya dgn TOR?"),
        "istilah.kak",
    ),
    (
        (
            "barusan rapat persiapan di kantor Camat Kurun, konsultan minta KAK. KAK tu "
            "maksudnya apa ya min?"
        ),
        "istilah.kak",
    ),
    (
        (
            "The consultant say must attach site plan already, site plan means what "
            "actually? Same as denah or not?"
        ),
        "istilah.siteplan",
    ),
    ("site plan tu napa kah? sama haja lawan denah rumah lah?", "istilah.siteplan"),
    (
        (
            "Ini link checklist dr Balai: https://emondak.pu.go.id/rc , RC itu "
            "kepanjangannya apa ya?"
        ),
        "istilah.rc",
    ),
    (
        ("RC teh naon nya? dina surat ti provinsi aya tulisan 'lengkapi RC', abdi teu ngartos"),
        "istilah.rc",
    ),
    (
        (
            "Yth. Bapak Kabid, mohon maaf mengganggu. BAST itu singkatan dari apa nggih? "
            "Salam, Operator Dinas PUPR Perkim Kab. Katingan"
        ),
        "istilah.bast",
    ),
    ("Q: Apa kepanjangan BAST? A: ?", "istilah.bast"),
    (
        (
            "Mhn penjelasan, yg dimaksud 'hibah' dlm konteks aset dr Prov. ke Kab./Kota itu "
            "apa? tks. Sdr. Yanto, Kec. Dusun Selatan"
        ),
        "istilah.hibah",
    ),
    (
        (
            "di foto ini terlihat papan proyek jalan lingkungan tulisannya 'aset akan "
            "dihibahkan'. hibah itu artinya apa persisnya?"
        ),
        "istilah.hibah",
    ),
    ("min, BMD itu singkatan apa? trus jadwal rakor kapan? yg penting no 1", "istilah.bmd"),
    (
        (
            "What is BMD ah? Our aset section keep saying 'catat sebagai BMD' but I don't "
            "know the meaning"
        ),
        "istilah.bmd",
    ),
    ("ulun kada tahu BMN tu napa, pian kawa menjelaskan kah?", "istilah.bmn"),
    (
        (
            "Di surat hibah (scan: C:/Users/perkim/Documents/hibah_gumas.pdf) ada istilah "
            "BMN, maksudnya apa ya?"
        ),
        "istilah.bmn",
    ),
    ("O&P teh naon? dina surat pernyataan aya tulisan 'sanggup O&P'", "istilah.op"),
    (
        (
            "Selamat siang. O&P itu kepanjangannya apa ya Pak? Terima kasih. Hormat kami, "
            "Kasubag Program Disperkim Kab. Sukamara"
        ),
        "istilah.op",
    ),
    (
        (
            "Mohon info, SPM yg disebut dlm Permen PUPR 29/2018 itu singkatan apa? u.p. "
            "Kabid Perumahan"
        ),
        "istilah.spm",
    ),
    ("Soal: SPM = ... ? (isi kepanjangannya)", "istilah.spm"),
    (
        ("tadi ikut rapat di Bappeda Kuala Kapuas, ada yg nyebut Pokja PKP. Pokja PKP itu apa ya?"),
        "istilah.pokjapkp",
    ),
    (
        (
            "Pokja PKP is what kind of team ah? My boss ask me join already but I don't "
            "know what it is"
        ),
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        "Pokja PPAS tu napa singkatannya? ulun ditunjuk jadi anggota haja kada tahu",
        "istilah.pokjappas",
    ),
    (
        (
            "tanya 2: 1) Pokja PPAS itu singkatan apa? 2) ketuanya siapa di kabupaten? yg "
            "penting no 1"
        ),
        "istilah.pokjappas",
    ),
    (
        (
            "hubungi 0813-4822-1190 (Bu Rina) katanya utk Pokja AMPL. AMPL itu "
            "kepanjangannya apa ya?"
        ),
        "istilah.pokjaampl",
    ),
    (
        "abdi bade naros, Pokja AMPL teh singkatan naon? sami sareng Pokja PPAS?",
        "istilah.pokjaampl",
    ),
    (
        (
            "Salam sejahtera. Izin bertanya Pak, RP3KP itu kepanjangannya apa? Terima "
            "kasih. Ttd. Kabid Perkim Dinas PUPR Kab. Murung Raya"
        ),
        "istilah.rp3kp",
    ),
    (
        (
            "Yth. Admin, mhn dijelaskan kepanjangan RP3KP & jangka waktunya. a.n. Kadis "
            "Perkimtan Kab. Barito Timur, Sdr. Hendra"
        ),
        "istilah.rp3kp",
    ),
    ("FAQ draft: Apa itu RP2KPKP? Jawaban: ...", "istilah.rp2kpkp"),
    ("RP2KPKP stands for what ah? So long one, I keep typing wrong", "istilah.rp2kpkp"),
    (
        (
            "tadi lewat Kel. Mentawa Baru Hilir ada papan lama tulisan KOTAKU. KOTAKU itu "
            "program apa ya?"
        ),
        "istilah.kotaku",
    ),
    ("KOTAKU tu napa? ulun rasa bahari ada program kaitu", "istilah.kotaku"),
    (
        (
            "1. DAK Tematik PPKT itu singkatan apa? 2. boleh ga kirim usulan pakai hp "
            "kantor? yg penting yg pertama"
        ),
        "istilah.daktematikppkt",
    ),
    (
        (
            "baca di https://dakintegrasi.com ada istilah DAK Tematik PPKT, PPKT itu "
            "kepanjangannya apa?"
        ),
        "istilah.daktematikppkt",
    ),
    ("APBN teh naon kapanjanganna? hapunten abdi staf anyar", "istilah.apbn"),
    (
        ("Mhn info Sdr. admin: APBN itu singkatan dr apa? utk bahan paparan Kab./Kota s/d Kec."),
        "istilah.apbn",
    ),
    (
        (
            "Pagi Pak. Mohon maaf, APBD itu kepanjangannya apa ya? Terima kasih. Salam, "
            "Tenaga Pendukung Bidang Perkim Kab. Pulang Pisau"
        ),
        "istilah.apbd",
    ),
    ("APBD means what ah? Is it the province budget or kabupaten budget?", "istilah.apbd"),
    ("APBDes tu napa? dana desa kah?", "istilah.apbdes"),
    ("Soal: APBDes merupakan singkatan dari ... = ?", "istilah.apbdes"),
    (
        ("kemarin ke Desa Buntoi, kades tanya soal Bankeu. Bankeu itu maksudnya apa sih?"),
        "istilah.bankeu",
    ),
    (
        (
            "dua pertanyaan: Bankeu itu apa artinya, dan apakah dinas kami bisa usul lewat "
            "Bankeu? utamanya yg pertama"
        ),
        "istilah.bankeu",
    ),
    ("ada WA dr 0852-5123-7788 staf dewan nyebut 'pokir'. Pokir itu apa ya?", "istilah.pokir"),
    ("Pokir teh naon nya? sok disebut ku anggota DPRD wae", "istilah.pokir"),
    (
        (
            "Yth. Admin, Musrenbang itu kepanjangannya apa? tingkatannya dr Ds./Kel. s/d "
            "Prov. kah? Tks, Sdr. Agus"
        ),
        "istilah.musrenbang",
    ),
    (
        "Musrenbang is short form for what one? Discuss with you a bit, I new here",
        "istilah.musrenbang",
    ),
    (
        (
            "Salam, Bapak/Ibu. RKPD itu singkatan dari apa ya? Mohon pencerahannya. Ttd. "
            "Staf Perencanaan Dinas Perkim Kota Palangka Raya"
        ),
        "istilah.rkpd",
    ),
    ("Pertanyaan untuk FAQ dinas: RKPD itu apa?", "istilah.rkpd"),
    ("Renja tu napa kepanjangannya? ulun disuruh isi Renja haja kada paham", "istilah.renja"),
    (
        (
            "tadi di kantor Bapperida Tamiang Layang sy lihat tumpukan map bertuliskan "
            "Renja. Renja itu dokumen apa?"
        ),
        "istilah.renja",
    ),
    ("1) Renstra itu apa ya? 2) ada template nya ga? yg penting no 1", "istilah.renstra"),
    (
        (
            "file Renstra_Perkim_2025-2029.pdf di D:/dokumen/perencanaan/ udh ada, tp "
            "Renstra itu kepanjangannya apa?"
        ),
        "istilah.renstra",
    ),
    ("RPJMD teh kapanjanganna naon? abdi hilap wae", "istilah.rpjmd"),
    ("RPJMD is what ah? Every meeting people say 'sesuai RPJMD' only", "istilah.rpjmd"),
    (
        (
            "Mhn penjelasan KUA-PPAS itu singkatan apa? krn jadwalnya s/d akhir Juni kata "
            "Bag. Anggaran. a.n. Kasubag Keuangan"
        ),
        "istilah.kuappas",
    ),
    (
        (
            "Selamat sore. KUA-PPAS itu apa ya Pak/Bu? Terima kasih. Hormat saya, Bendahara "
            "Dinas Perkim Kab. Kotawaringin Timur"
        ),
        "istilah.kuappas",
    ),
    ("Soal ujian diklat: RKA singkatan dari ... = ?", "istilah.rka"),
    ("RKA tu napa? ulun disuruh bantu menyusun, kada tahu napa isinya", "istilah.rka"),
    (
        (
            "barusan dari ruang keuangan, di mejanya ada dokumen DPA tebal. DPA itu "
            "singkatan apa ya?"
        ),
        "istilah.dpa",
    ),
    (
        (
            "Two questions: DPA is what ah, and how come our printer keep jamming? The "
            "first one more important lah"
        ),
        "istilah.dpa",
    ),
    (
        ("buka https://sipd.kemendagri.go.id kok ribet, SIPD itu sebenarnya kepanjangan dari apa?"),
        "istilah.sipd",
    ),
    ("SIPD stands for what ah? Everybody input there but nobody explain me", "istilah.sipd"),
    ("Bapperida teh naon? baheula mah Bappeda nya?", "istilah.bapperida"),
    (
        (
            "Sdr. admin, Bapperida Prov. itu kepanjangannya apa? u.p. Sekretariat Dinas "
            "Perkim Kab. Katingan"
        ),
        "istilah.bapperida",
    ),
    (
        (
            "Halo admin, mohon maaf, OPD itu maksudnya apa? Terima kasih. Salam, Honorer "
            "Dinas Perkim Kab. Gunung Mas"
        ),
        "istilah.opd",
    ),
    ("Q: OPD adalah singkatan dari? A: ?", "istilah.opd"),
    ("SKPD tu napa artinya pian? di surat bahari ada tulisan SKPD", "istilah.skpd"),
    (
        (
            "di foto stempel lama ini tertulis SKPD Dinas Perkim Kab. Sukamara. SKPD itu "
            "kepanjangan apa ya?"
        ),
        "istilah.skpd",
    ),
    (
        (
            "1. SPAM di dokumen air minum itu artinya apa? 2. kapan batas kirim usulan? yg "
            "penting no 1"
        ),
        "istilah.spam",
    ),
    (
        (
            "ada dokumen D:/air_minum/kapuas/RISPAM.pdf, nah SPAM itu singkatan apa ya? "
            "bukan email spam kan"
        ),
        "istilah.spam",
    ),
    ("SPALD teh naon? aya dina RAB sanitasi", "istilah.spald"),
    ("SPALD means what? The sanitation guy use this word already three times", "istilah.spald"),
    (
        (
            "Mhn info IPAL itu kepanjangannya apa? rencana lokasi di Kel. Ketapang, Kec. "
            "Mentawa Baru Ketapang."
        ),
        "istilah.ipal",
    ),
    (
        (
            "Good morning sir. IPAL stands for what ah? Thanks. Regards, Sanitation "
            "Section, Dinas Perkim Kab. Kapuas"
        ),
        "istilah.ipal",
    ),
    ("Quiz for the bimtek: TPS3R, the 3R means what ah? = ?", "istilah.tps3r"),
    (
        (
            "tanya 2 ya: TPS3R itu kepanjangannya apa? sama kapan bot bisa kirim PDF? "
            "utamanya yg pertama"
        ),
        "istilah.tps3r",
    ),
    (
        (
            "Just now visit Desa Pulau Patai, this photo show the MCK by the river. MCK is "
            "short for what ah?"
        ),
        "istilah.mck",
    ),
    (
        ("min 1) MCK itu apa singkatannya 2) cara ganti nomor HP di bot? yg penting no 1"),
        "istilah.mck",
    ),
    (
        (
            "peta RTRW ada di https://gistaru.atrbpn.go.id , RTRW itu kepanjangannya apa? "
            "rencana tata ruang..?"
        ),
        "istilah.rtrw",
    ),
    ("RTRW teh naon nya? sanes RT/RW kampung kan?", "istilah.rtrw"),
    ("RDTR is what one ah? Different from RTRW is it?", "istilah.rdtr"),
    (
        (
            "Sdr. admin, RDTR itu singkatan dr apa? a.n. Kabid Tata Ruang & Perkim Kab. "
            "Barito Selatan"
        ),
        "istilah.rdtr",
    ),
    (
        (
            "Selamat pagi. PBG itu singkatan apa? pengganti IMB kah? Terima kasih. Salam, "
            "Staf Perizinan Kab. Seruyan"
        ),
        "istilah.pbg",
    ),
    ("Pertanyaan untuk FAQ dinas: PBG itu singkatan dari apa?", "istilah.pbg"),
    ("SLF tu napa pian? ulun disuruh urus haja", "istilah.slf"),
    (
        ("tadi survei gedung baru di Nanga Bulik, pengawas bilang belum ada SLF. SLF itu apa sih?"),
        "istilah.slf",
    ),
    (
        (
            "2 pertanyaan: SKBG itu kepanjangannya apa? dan bisa dicetak di kecamatan ga? "
            "yg penting yg pertama"
        ),
        "istilah.skbg",
    ),
    ("SKBG stand for what ah? Somebody at the rusun ask me already", "istilah.skbg"),
    (
        (
            "warga kirim foto SKT via WA 0821-5566-4433, SKT itu singkatan apa ya? sama dgn "
            "sertifikat kah?"
        ),
        "istilah.skt",
    ),
    ("SKT teh naon? warga di Kel. Tumbang Tahai ngan gaduh SKT", "istilah.skt"),
    (
        (
            "Mhn penjelasan: lahan 'clean and clear' itu maksudnya apa? lokasi Ds. Anjir "
            "Pulang Pisau, Kec. Kahayan Hilir"
        ),
        "istilah.cleanandclear",
    ),
    (
        (
            "Yth. Admin Sinkron. Clean and clear itu artinya apa untuk lahan? Terima kasih. "
            "Ttd. Kasi PSU Dinas Perkim Kab. Kotawaringin Barat"
        ),
        "istilah.cleanandclear",
    ),
    ("Q: CSR = ? (kepanjangan dalam bhs Inggris)", "istilah.csr"),
    ("CSR tu napa? perusahaan sawit di Seruyan handak membantu jar", "istilah.csr"),
    (
        (
            "kemarin lihat spanduk di depan Aula Disperkimtan tulisannya Rakor. Rakor itu "
            "singkatan apa ya?"
        ),
        "istilah.rakor",
    ),
    (
        (
            "Two things ah: Rakor means what? And this bot got dark mode or not? The first "
            "one more important lah"
        ),
        "istilah.rakor",
    ),
    ("1) LAPOR! itu apa? 2) bot ini bisa dipakai malam ga? yg penting no 1", "istilah.lapor"),
    ("Saw https://www.lapor.go.id in the slide, LAPOR! is what system ah?", "istilah.lapor"),
    ("WIB teh naon? jam dina undangan ditulis WIB, abdi nembe ngalih ti Bandung", "istilah.wib"),
    ("Mhn info WIB itu singkatan dr apa? Kab. Barito Timur ikut WIB atau WITA?", "istilah.wib"),
    (
        (
            "Salam, Bapak. Backlog perumahan itu artinya apa? Terima kasih. Hormat kami, "
            "Kabid Perumahan Dinas Perkim Kab. Katingan"
        ),
        "istilah.backlog",
    ),
    (
        (
            "Just came back from site visit at Kel. Ketapang, the lurah say housing backlog "
            "there very high. Backlog means what ah?"
        ),
        "istilah.backlog",
    ),
    ("Soal: PKP dalam konteks Disperkimtan = ... ?", "istilah.pkp"),
    ("PKP tu napa kepanjangannya? bukan pengusaha kena pajak lah?", "istilah.pkp"),
    (
        (
            "tadi survei ke Kel. Pahandut Seberang, rumah rapat-rapat dan becek. yg disebut "
            "'kumuh' itu definisinya apa ya?"
        ),
        "istilah.kumuh",
    ),
    ("1. arti kumuh secara aturan apa? 2. fotonya harus jpg? yg penting no 1", "istilah.kumuh"),
    ("DAK itu apa ya? lihat di D:/anggaran/DAK_2026.xlsx ada kolom DAK", "istilah.dak"),
    ("DAK teh singkatan naon? abdi teu terang", "istilah.dak"),
    (
        (
            "di foto ini terlihat gedung rusun di Kalampangan, Sabangau. rusun itu "
            "kepanjangannya apa ya?"
        ),
        "istilah.rusun",
    ),
    (
        (
            "Selamat malam Pak. Rusun itu maksudnya apa? Terima kasih. Ttd. Staf Dinas "
            "Perkim Kab. Barito Utara"
        ),
        "istilah.rusun",
    ),
]

TRAIN_R82_INTENTS: list[tuple[str, str]] = [
    ("usulan ulun USL-2026-0007 sudah sampai mana pian? kada ada kabar", "status"),
    (
        ("cek usulan kami yg kode usl 2026 12, sdh diverifikasi blm? kontak sy 0812-5011-2233"),
        "status",
    ),
    ("Our proposals for Sampit how already ah? Any got approved or not?", "status"),
    (
        (
            "Selamat pagi Bapak/Ibu. Rakor tahun ini kapan dan di mana ya? Terima kasih. "
            "Ttd. Kasi Kawasan Permukiman Dinas Perkim Kab. Kapuas"
        ),
        "meeting",
    ),
    ("rakor salajengna iraha jeung di mana nya? abdi kedah siap-siap ti Buntok", "meeting"),
    (
        (
            "Mhn info jadwal Rakor Bid. Kawasan Permukiman berikutnya tgl brp & tempatnya "
            "di mana? a.n. Kadis Perkim Kab. Lamandau"
        ),
        "meeting",
    ),
    (
        (
            "1) usulan thn ini paling lambat kapan dikirim? 2) rakornya di hotel mana? yg "
            "penting no 1"
        ),
        "deadline",
    ),
    (
        ("Pertanyaan untuk FAQ dinas: batas akhir pengiriman usulan tahun ini tanggal berapa?"),
        "deadline",
    ),
    (
        (
            "barusan survei ke Desa Tewang Pajangan, datanya baru lengkap. masih keburu ga "
            "kirim usulan, tenggatnya sampai kapan?"
        ),
        "deadline",
    ),
    ("halo pian, tarima kasih banyak lah sudah dibantu", "greeting"),
    (
        ("Selamat siang, salam kenal. Saya baru bergabung. Ttd. Staf Dinas Perkim Kab. Sukamara"),
        "greeting",
    ),
    ("Hello, this bot how to use ah? First time only", "greeting"),
    ("kumaha carana ngirim usulan ngalangkungan bot ieu? abdi teu acan kantos", "how_to_submit"),
    (
        (
            "usulan sdh sy siapkan di D:/usulan/2026/psu_bartim.xlsx, gimana cara kirimnya "
            "lewat bot ini?"
        ),
        "how_to_submit",
    ),
    (
        (
            "Mhn petunjuk cara input usulan keg. PSU Ds. Magantis, Kec. Dusun Timur melalui "
            "bot ini s/d terkirim ke Prov."
        ),
        "how_to_submit",
    ),
]

TRAIN_R82_AREAS: list[tuple[str, str]] = [
    (
        (
            "kawasan kumuh di Kel. Mentawa Baru Hilir luasnya 9,99 ha, siapa nang menangani "
            "pian? kabupaten kah provinsi?"
        ),
        "kabkota",
    ),
    (
        (
            "kawasan kumuh di Kel. Mambulau 95.000 meter persegi, saha nu nanganan nya? "
            "kabupaten atawa provinsi?"
        ),
        "kabkota",
    ),
    (
        (
            "tadi survei ke Kel. Sei Pasah, kawasan kumuhnya cuma sekitar 7 hektare. masuk "
            "kewenangan siapa?"
        ),
        "kabkota",
    ),
    (
        (
            "Kumuh in Muara Teweh only 3,2 ha, province can take or not? Or kabupaten must "
            "handle lah?"
        ),
        "kabkota",
    ),
    (
        (
            "Selamat pagi. Delineasi kumuh Kel. Langkai di SK luasnya pas 10 ha. Itu "
            "kewenangan siapa ya? Terima kasih. Ttd. Kasi Kawasan Permukiman Dinas Perkim "
            "Kota Palangka Raya"
        ),
        "provinsi",
    ),
    (
        (
            "1) kumuh Ds. Sei Asam 14,9 ha itu kewenangan siapa? 2) SK kumuh kami thn 2019 "
            "masih berlaku? yg penting no 1"
        ),
        "provinsi",
    ),
    (
        (
            "Mhn info: kws. kumuh Kel. Jelapat, Kec. Dusun Selatan luas 100.000 m2 mnrt SK, "
            "kewenangan Prov. atau Kab./Kota?"
        ),
        "provinsi",
    ),
    (
        (
            "data delineasi di https://drive.google.com/kumuh-baamang luasnya 149.999 m2, "
            "ditangani prov atau pusat?"
        ),
        "provinsi",
    ),
    (
        (
            "Sdr. admin, lokasi kumuh Kel. Baamang Tengah tepat 15 hektar sesuai SK, "
            "ditangani Pusat, Prov. atau Kab.?"
        ),
        "pusat",
    ),
    (("Soal latihan: kawasan kumuh seluas 150.000 m² ditangani oleh pemerintah ... = ?"), "pusat"),
    (
        ("Our slum area in Seranau is 18.5 hectares, this one central or province handle ah?"),
        "pusat",
    ),
    (("kumuh di Kel. Selat Hulu luasnya 22 hektare, siapa nang menangani? pusat kah?"), "pusat"),
]

TRAIN_R82_OUT_OF_SCOPE: list[str] = [
    "pian tahu kah harga semen di Sampit wayah ini berapa sak?",
    "berapa UMP Kalteng tahun 2026 pian? ulun handak membandingakan upah tukang",
    (
        "Selamat pagi. Mohon info kapan TPP pegawai bulan ini cair? Terima kasih. Ttd. "
        "Staf Dinas Perkim Kab. Barito Selatan"
    ),
    (
        "Selamat siang. Untuk sertifikat tanah warga di BPN Kapuas biayanya berapa ya? "
        "Terima kasih. Ttd. Kasi Pertanahan Dinas Perkim Kab. Kapuas"
    ),
    (
        "laptop kantor ga bisa buka file D:/usulan/rekap.xlsx, muncul error 'file "
        "corrupt', cara betulinnya gimana?"
    ),
    ("cek link ini http://bit.ly/cpns-kalteng-2026 kapan pendaftaran CPNS Pemprov dibuka?"),
    ("1) uang harian SPPD ke Palangka Raya berapa? 2) nanti rakor dapat snack ga? yg penting no 1"),
    "abdi bade ngurus cuti ngalahirkeun, kumaha prosedurna di BKD?",
    (
        "Mhn info syarat perpanjangan STNK kendaraan dinas a.n. Dinas Perkim Kab. "
        "Gunung Mas di Samsat"
    ),
    ("Soal cerdas cermat HUT Kalteng: tahun berapa Provinsi Kalimantan Tengah dibentuk? = ?"),
    ("Pertanyaan untuk FAQ dinas: berapa jumlah penduduk Kab. Katingan tahun 2025?"),
    (
        "tadi survei ke Desa Tumbang Miwan, jembatan gantungnya putus sebelah. itu "
        "urusan Bina Marga atau BPBD ya?"
    ),
    "Where to register BPJS Kesehatan for our honorer staff ah? HR say ask you",
    ("How come my Telegram cannot send voice note already? Is it my phone problem?"),
    "Is it going to rain in Kuala Kurun tomorrow? We got site survey lah",
]
