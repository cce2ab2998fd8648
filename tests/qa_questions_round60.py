"""Held-out question table, round 60 (written 2026-12-07 at the end of round 35 of tuning;
never tuned on).

Two writers who had not seen the knowledge base or any other question table each wrote half:
they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place
list). Nobody tuning the matcher reads this file: bench/qa_quality.py --final measures it.

Its styles were new to the bot when it was written, and nothing was built for them: a
Minangkabau flavour ("baa caronyo", "indak"), bot commands mistyped or named inside a
sentence, a pasted table row or form fields before the question, a to-do list with the
question as one item, double negatives and litotes, the answer guessed first and asked to
confirm, emoticons and laughter, very short two- or three-word questions; Irish English for
the first half of the topic list and South African English for the second.
"""

ROUND60_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "baa caronyo pembagian urusan perkim antara pusat, provinsi jo kabupaten? sacaro "
            "umum se dulu, indak usah detail"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Would you ever give me the big picture of who does what in housing and "
            "settlements, centre, province and regency? Just the overview now, so it is."
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "perumahan rakyat tu masuk urusan wajib pelayanan dasar atau urusan pilihan? "
            "jawabannya wajib kan? :)"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        ("bukannya perkim itu bukan urusan pilihan ya? dasarnya pasal brp di UU 23/2014"),
        "kewenangan.urusan_wajib",
    ),
    ("kumuh batas ha nya brp aja utk kab, prov, pusat?", "kewenangan.kumuh"),
    (
        (
            "Grand, so. How is slum work split between the levels by size? I need the three "
            "bands for a briefing, so I do."
        ),
        "kewenangan.kumuh",
    ),
    (
        "pusat pegang kawasan kumuh mulai dr brp ha sih? wkwk lupa",
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    (
        (
            "The slums of fifteen hectares and up go to the centre, grand, but is that wording "
            "actually confirmed in the law or not, would you ever tell me?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    ("pencegahan kumuh siapa", "kewenangan.pencegahan_kumuh"),
    (
        "bukannyo provinsi indak bisa ikut pencegahan kumuh? atau alah bisa kini?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        ("sub urusan perumahan, apo se nan dipegang provinsi dan apo nan tingga di kabupaten?"),
        "kewenangan.perumahan",
    ),
    (
        (
            "Nama kegiatan: pembangunan rumah\nSub urusan: Perumahan\nLevel: ???\n-> di bidang "
            "perumahan prov pegang apa aja, kab/kota apa aja?"
        ),
        "kewenangan.perumahan",
    ),
    ("rumah buat MBR sama rusun itu urusan pusat ya? bener? hehe", "kewenangan.perumahan_pusat"),
    (
        (
            "Is it the centre that looks after houses for low-income families and the flats, "
            "the rusun? And housing finance too, so it is?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "rumah warga rusak kena banjir di Kec. Mentaya Hilir Selatan, bencananya skala "
            "kabupaten. yg bangun/rehab rumahnya siapa?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "warga kena relokasi program provinsi, fasilitasi rumahnyo tanggung jawab sia? "
            "provinsi kan?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        ("izin pembangunan perumahan sama SKBG yg nerbitin siapa ya? bukan provinsi kan?"),
        "kewenangan.izin",
    ),
    (
        (
            "developer di Sampit nanya izin pengembangan kawasan permukiman ke kami, itu "
            "wewenang kab atau prov ya? :("
        ),
        "kewenangan.izin",
    ),
    (
        "sub urusan kawasan permukiman isinya apa aja per level pemerintahan?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        ("sistem kawasan permukiman nasional sia nan manetapkan? xixixi pertanyaan aneh ya"),
        "kewenangan.kawasan_permukiman",
    ),
    ("psu siapa", "kewenangan.psu"),
    (
        (
            "Sure the PSU inside a housing estate isn't the province's job at all, is it? "
            "Which PSU does the province hold then?"
        ),
        "kewenangan.psu",
    ),
    (
        "Disperkimtan bangun PSU apa aja sih? jalan lingkungan & drainase thok kah?",
        "psu.lingkup_provinsi",
    ),
    (
        (
            "No | Lokasi | Komponen\n1 | Ds. Pasir Panjang | drainase sepanjang jalan "
            "kabupaten\n-> yg kayak gini masuk PSU yg dibangun prov indak?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        ("sertifikasi dan registrasi perancang rumah & PSU tingkat kecil itu wewenang siapa?"),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Who registers the lads that design houses and PSU, the medium-sized outfits like? "
            "That'd be the province, so it would?"
        ),
        "kewenangan.sertifikasi",
    ),
    ("SPM perumahan utk provinsi isinya apa? targetnya 100% ya?", "kewenangan.spm"),
    (
        (
            "1. rapat evaluasi\n2. tanya bot: standar pelayanan minimal bidang perumahan "
            "kab/kota apa aja\n3. susun laporan"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "luas kumuh yg dihitung itu luas desa keseluruhan atau yg di delineasi SK? desanya "
            "luas tp yg kumuh cuma sebagian"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Kelurahan: Selat Dalam\nLuas wilayah kelurahan: 300 ha\nLuas di peta SK kumuh: "
            "?\nWhich of those areas counts when deciding the level, would you ever tell me?"
        ),
        "kumuh.luas_delineasi",
    ),
    ("yg netapin lokasi kumuh siapa? gubernur kah?", "kumuh.penetapan"),
    (
        "SK kumuh kami terbit 2017, wajib direviu tiap brp thn sih? :(",
        ("kumuh.penetapan", "usulan.sk_kumuh"),
    ),
    ("kriteria kumuh ado bara aspek? apo se?", "kumuh.aspek"),
    (
        (
            "1. survei lapangan Kel. Baamang Tengah\n2. tanya bot: aspek2 penilaian kumuh itu "
            "apa aja\n3. isi form"
        ),
        "kumuh.aspek",
    ),
    ("skor brp baru dibilang kumuh berat?", "kumuh.penilaian"),
    ("nilai kumuh lokasi kami 64, itu masuk berat kan? bener?", "kumuh.penilaian"),
    ("rentang skor kumuh sedang brp sampai brp?", "kumuh.tingkat_sedang_ringan"),
    ("skor 25 tu kumuh ringan atau sedang ya? hehe", "kumuh.tingkat_sedang_ringan"),
    (
        (
            "lahannyo ilegal, kumuh berat. penanganannyo pemugaran, peremajaan, atau pemukiman "
            "kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "What's the difference between pemugaran and peremajaan for a slum? Would you ever "
            "explain it plain, I'm lost so I am."
        ),
        "kumuh.pola_penanganan",
    ),
    ("total kawasan kumuh di kalteng ada brp lokasi?", "kumuh.kalteng"),
    ("alah ado data total luas kumuh se-Kalteng? bara ha kiro2?", "kumuh.kalteng"),
    ("usulan itu isinya apa aja sih? kenapa ditanya macem2 wkwk", "usulan.isi"),
    (
        (
            "bukannya nggak perlu semua kolom diisi ya? knp harus ada alasan kebutuhan segala "
            "di usulan"
        ),
        "usulan.isi",
    ),
    ("/usul jenisnya ada kumuh, psu, rumah... apa lagi? 'lainnya' itu buat apa?", "usulan.jenis"),
    ("jenis usulan apo se nan bisa diajukan ka provinsi?", "usulan.jenis"),
    ("data lokasi usulan apa aja yg harus disiapkan? titik koordinat wajib kah?", "usulan.lokasi"),
    (
        (
            "Kecamatan: Pahandut\nKelurahan: Langkai\nNama lokasi: ?\n-> nama lokasi ini diisi "
            "apa, ngikut nama di SK kumuh? perkotaan/perdesaan jg ditanya?"
        ),
        "usulan.lokasi",
    ),
    (
        ("jumlah KK sama jiwa di usulan itu buat apa? jiwa boleh lebih sedikit dr KK?"),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Penerima: 120 KK / 430 jiwa\nBiaya: 2,3 M\nSumber dana: ??\n-> pilihan sumber "
            "dananya apa aja?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "tidak mungkin tidak ada syarat kesiapan dokumennya kan? apa aja tuh readiness "
            "criteria buat usulan PSU"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "What readiness papers does the province want with a proposal, the RC, would you "
            "ever list them for me?"
        ),
        "usulan.kesiapan",
    ),
    ("clean and clear utk lahan usulan tu maksudnya lahan yg gimana?", "usulan.lahan"),
    (
        ("lahan jalan lingkungannya punya desa, blm sertifikat. masih bisa diusulkan indak?"),
        "usulan.lahan",
    ),
    ("usulan kumuh wajib lampir SK kumuh? nomor dan tanggal aja cukup?", "usulan.sk_kumuh"),
    (
        ("SK kumuh kami thn 2019, lokasinya ga tercantum di SK. tetep bisa diusulkan ke prov? :("),
        "usulan.sk_kumuh",
    ),
    ("DED RAB RKS wajib semua?", "usulan.dokumen_teknis"),
    (
        ("foto kondisi eksisting brp lembar maksimal? site plan perlu dilampirkan jg?"),
        "usulan.dokumen_teknis",
    ),
    ("surat pernyataan hibah & O&P itu isinya apa, siapa yg teken?", "usulan.surat_pernyataan"),
    (
        "surat kesanggupan pemeliharaan setelah dibangun pasti wajib ya, bener?",
        "usulan.surat_pernyataan",
    ),
    ("syarat rtlh lwt prov?", "usulan.rtlh"),
    (
        (
            "There's an auld widow in Desa Sungai Bedaun with a house falling in, but it's on "
            "her cousin's land. Could she get the provincial RTLH help at all?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "ada warga Kel. Menteng minta jalan lingkungan langsung ke dinas, prosedurnya gmn? "
            "harus diketahui RT/lurah kah?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Howzit. The community in Tangkiling wants drainage and they want to ask the "
            "province themselves. What must they have first, is it?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        ("jaling yg dibangun prov di lahan kab, nanti asetnya punya siapa? pemeliharaannya?"),
        "hibah.aset",
    ),
    ("BAST hibah aset dr prov ke kab yg tanda tangan siapa aja?", "hibah.aset"),
    ("kalo bukan kewenangan prov, dananya bisa dari mana lagi? DAK?", "pendanaan.saluran_lain"),
    (
        ("usulan kumuh kami ternyata kewenangan kab :( trus alternatif anggarannya apa aja?"),
        "pendanaan.saluran_lain",
    ),
    ("alur usulan tiap tahun tu gmn dari awal sampe akhir?", "siklus.tahunan"),
    (
        (
            "Howzit, I'm new in the post. How does the yearly proposal cycle run, from the "
            "regency sending it right through to the province's budget?"
        ),
        "siklus.tahunan",
    ),
    ("usulan kami diperiksa apanya aja sama prov? administrasi, teknis?", "siklus.pemeriksaan"),
    (
        "verifikasi prov tu ngecek apa aja? cek kewenangan jg? survei lapangan?",
        "siklus.pemeriksaan",
    ),
    ("Rakor kawasan permukiman tu rapat apa sih? siapa aja yg ikut?", "siklus.rakor"),
    (
        ("What is this Rakor everyone keeps on about, is it? What actually happens there?"),
        "siklus.rakor",
    ),
    ("setelah rakor, usulan masuk ke mana? musrenbang, rkpd, apbd?", "siklus.rkpd_apbd"),
    (
        (
            "1. rakor selesai\n2. tanya bot: abis rakor usulan yg diterima lewat tahapan apa "
            "sampai jadi APBD\n3. lapor kadis"
        ),
        "siklus.rkpd_apbd",
    ),
    ("pokja pkp tu apa? dasar hukumnya?", "koordinasi.pokja_pkp"),
    ("Pokja PKP ko baa fungsinyo? wkwk", "koordinasi.pokja_pkp"),
    ("alamat kantor disperkimtan prov dimana?", "disperkimtan.kontak"),
    (
        (
            "Howzit, where's the Disperkimtan office in Palangka Raya? I want to drop off the "
            "letter just now."
        ),
        "disperkimtan.kontak",
    ),
    ("perintah2 di bot ini apa aja? /stats ga ada ya?", "bot.cara_pakai"),
    ("jam yg muncul di bot ini pake WIB atau WITA?", "bot.cara_pakai"),
    (("pakai /usul bisa disimpan dulu setengah jalan ga? sinyal di Puruk Cahu putus2"), "bot.usul"),
    ("usul/ bisa salin usulan tahun lalu ga biar ga ngetik ulang? ^_^", "bot.usul"),
    ("status 'perlu perbaikan' artinya apa?", "bot.status"),
    ("bedanya status verifikasi sama dibahas di rakor apa? wkwk", "bot.status"),
    ("usulan dialihkan itu maksudnya apa, trus kami harus ngapain?", "bot.ditolak_dialihkan"),
    (
        (
            "Shame, our proposal came back rejected as not the province's authority. What do "
            "we do now, is it?"
        ),
        "bot.ditolak_dialihkan",
    ),
    ("brp hari kerja usulan harusnya udah diverifikasi?", "bot.tindak_lanjut"),
    (
        "standar tindak lanjut usulan di sini ngikut LAPOR! ya? bener? brp hari tuh",
        "bot.tindak_lanjut",
    ),
    (
        ("kalau sy berhalangan rapat, bisa diwakilkan staf? lewat bot gmn konfirmasinya?"),
        "bot.rapat",
    ),
    ("pengingat rapat dr bot dikirim kapan aja? H-7?", "bot.rapat"),
    ("perkim singkatan apa", "istilah.perkim"),
    ("What does Perkim stand for, is it? Something with housing?", "istilah.perkim"),
    ("disperkimtan kepanjangannya apa? 'tan' nya apa wkwk", "istilah.disperkimtan"),
    ("apo arti Disperkimtan tu?", "istilah.disperkimtan"),
    ("PSU singkatan dr apa", "istilah.psu"),
    ("p s u tu prasarana, sarana, ... apa ya lanjutannya hehe", "istilah.psu"),
    ("jaling apaan", "istilah.jaling"),
    ("What's a jaling, is it? Someone wrote it in the WhatsApp group just now.", "istilah.jaling"),
    ("drainase itu apa si, saluran air?", "istilah.drainase"),
    ("arti drainase lingkungan apo?", "istilah.drainase"),
    ("kolom KR di tabel kumuh artinya apa?", "istilah.kr"),
    ("KR tu kumuh ringan ya? bener?", "istilah.kr"),
    ("KS di daftar lokasi kumuh singkatan apa?", "istilah.ks"),
    ("In the slum table there's KS next to some places. What's that, is it?", "istilah.ks"),
    ("KB disini bukan keluarga berencana kan? yg di tabel kumuh", "istilah.kb"),
    ("kb kumuh artinya?", "istilah.kb"),
    ("SK kumuh itu surat apa?", "istilah.skkumuh"),
    ("What's an SK kumuh exactly, is it some kind of decree?", "istilah.skkumuh"),
    ("delineasi artinya apa", "istilah.delineasi"),
    ("peta delineasi tu maksudnya gmn? wkwk istilah baru bagi sia", "istilah.delineasi"),
    ("rtlh kepanjangan", "istilah.rtlh"),
    ("RTLH apo artinyo?", "istilah.rtlh"),
    ("RLH itu apa? kebalikannya RTLH ya?", "istilah.rlh"),
    ("bedah rumah tu maksudnya apa? operasi? wkwk", "istilah.bedahrumah"),
    ("What's bedah rumah, is it? Like a house makeover?", "istilah.bedahrumah"),
    ("BSPS kepanjangannya?", "istilah.bsps"),
    ("bantuan stimulan apa tuh BSPS? :)", "istilah.bsps"),
    ("mbr artinya", "istilah.mbr"),
    ("MBR means what, low income? Shame, my Indonesian is still weak.", "istilah.mbr"),
    ("rusunawa tu apa, beda sama rusun biasa?", "istilah.rusunawa"),
    ("arti rusunawa apo?", "istilah.rusunawa"),
    ("rusus itu rumah apa?", "istilah.rusus"),
    ("Rusus, what kind of house is that? Never heard of it, shame.", "istilah.rusus"),
    ("huntara tu apo? ado di undangan rapat pasca banjir Kapuas :)", "istilah.huntara"),
    (
        (
            "Would you ever tell me what huntara stands for? The lads in Katingan keep writing "
            "it since the floods, so they do"
        ),
        "istilah.huntara",
    ),
    ("huntap artinya?", "istilah.huntap"),
    ("huntap itu hunian tetap kan? bukan hunian tahap? wkwk", "istilah.huntap"),
    (
        (
            "Nama kegiatan: Jaling Kel. Mendawai\nKK: 85\nJiwa: 310\n\nKK di sini maksudnya "
            "kartu keluarga ato kepala keluarga min?"
        ),
        "istilah.kk",
    ),
    ("Grand so. KK on the form there, what's that short for?", "istilah.kk"),
    ("isian jiwa tu apo maksudnyo? urang atau rumah tanggo?", "istilah.jiwa"),
    (
        (
            "1. foto lokasi\n2. tanya bot: 'jiwa' di form artinya jumlah orang kan?\n3. kirim "
            "ke kabid"
        ),
        "istilah.jiwa",
    ),
    ("ha itu hektar kan? 1 ha brp m2 ya hehe", "istilah.ha"),
    ("satuan ha tu apo singkatannyo?", "istilah.ha"),
    ("ded apaan", "istilah.ded"),
    (
        (
            "Would you ever explain what a DED is? The consultant in Pangkalan Bun keeps going "
            "on about it"
        ),
        "istilah.ded",
    ),
    ("sblm /usull mau tau dulu, RAB tu kepanjangannya apa ya?", "istilah.rab"),
    (
        (
            "No | Uraian | Biaya\n1 | Drainase Kel. Baamang Hulu | Rp 850 jt\n\ntabel ko kan "
            "RAB, RAB tu sabananyo singkatan apo?"
        ),
        "istilah.rab",
    ),
    ("rks tu apo sih", "istilah.rks"),
    (
        ("bukannya RKS itu singkatan dari Rencana Kerja dan Syarat-syarat? isinya apa aja sih"),
        "istilah.rks",
    ),
    ("KAK itu sama dgn TOR bukan? xixixi bingung", "istilah.kak"),
    (
        ("Is KAK just the Indonesian for terms of reference, so it is? Grand if you'd confirm"),
        "istilah.kak",
    ),
    ("di /usull ada pilihan site plan, itu maksudnya apa ya", "istilah.siteplan"),
    (
        ("1. cek RAB\n2. tanya bot: rencana tapak itu maksudnya apa\n3. kirim email ke dinas"),
        "istilah.siteplan",
    ),
    ("RC dalam usulan itu apa ya? bukan reinforced concrete kan wkwk", "istilah.rc"),
    ("readiness criteria tu apo artinyo dalam bahaso awak?", ("istilah.rc", "usulan.kesiapan")),
    ("bast apa", "istilah.bast"),
    (
        (
            "Sorry to be a pain, but what's a BAST when it's at home? Our Kadis in Kuala Kurun "
            "signed one last week"
        ),
        "istilah.bast",
    ),
    (
        ("hibah maksudnya apa dlm urusan aset jalan lingkungan? dikasih cuma2 gitu? :)"),
        ("istilah.hibah", "hibah.aset"),
    ),
    ("tadi liat /stats ada kata hibah, hibah tu apo artinyo pak?", "istilah.hibah"),
    ("BMD kepanjangannya? barang milik daerah ya?", "istilah.bmd"),
    ("Nama aset: Drainase Desa Runtu\nStatus: BMD\n\nBMD tu apo?", "istilah.bmd"),
    ("bmn itu apaan sih", "istilah.bmn"),
    (
        ("Would you ever tell me what BMN means? Is it the national version of BMD or what?"),
        "istilah.bmn",
    ),
    ("O&P artinya? operasi dan pemeliharaan kah? hehe", "istilah.op"),
    ("di naskah hibah ado tulisan OP, indak tau ambo apo artinyo :(", "istilah.op"),
    ("SPM tu singkatan dari apo?", ("istilah.spm", "kewenangan.spm")),
    (
        "SPM di bidang perumahan bukan Surat Perintah Membayar kan? :)",
        ("istilah.spm", "kewenangan.spm"),
    ),
    ("pokja pkp tu apo?", ("istilah.pokjapkp", "koordinasi.pokja_pkp")),
    (
        ("What's the Pokja PKP, would you tell me? Is it a committee or what is it at all?"),
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        ("PPAS di Pokja PPAS kepanjangannya apa ya? jangan sampai salah tulis di undangan ^_^"),
        "istilah.pokjappas",
    ),
    ("pokja ppas?", "istilah.pokjappas"),
    (
        "AMPL itu air minum dan penyehatan lingkungan bukan? mau nulis SK pokjanya",
        "istilah.pokjaampl",
    ),
    (
        ("1. rapat jam 9\n2. tanya bot pokja AMPL tu apo sabananyo\n3. fotokopi undangan"),
        "istilah.pokjaampl",
    ),
    ("rp3kp apa", "istilah.rp3kp"),
    (
        (
            "Tidak mungkin RP3KP tidak ada kepanjangannya kan? singkatan dari apa, trus "
            "rencana brp tahun?"
        ),
        "istilah.rp3kp",
    ),
    ("RP2KPKP itu rencana apa sih? beda lho sama yg 3KP", "istilah.rp2kpkp"),
    (
        (
            "Grand, and RP2KPKP, what would that be in plain English? Some plan about slums, I "
            "suppose?"
        ),
        "istilah.rp2kpkp",
    ),
    ("kotaku tu program apo? dulu ado di Pahandut", "istilah.kotaku"),
    ("KOTAKU = Kota Tanpa Kumuh kan? ^^", "istilah.kotaku"),
    ("PPKT di DAK Tematik PPKT tu apo kapanjangannyo?", "istilah.daktematikppkt"),
    ("dak tematik ppkt itu dak khusus buat kumuh ya, betul? xixi", "istilah.daktematikppkt"),
    ("apbn singkatan apa", "istilah.apbn"),
    (
        ("Would you ever spell out APBN for me? The new lad from Jakarta thinks I know everything"),
        "istilah.apbn",
    ),
    ("APBD itu anggaran pendapatan dan belanja daerah kan? hehe", "istilah.apbd"),
    ("Sumber dana: APBD\n\napbd tu apo?", "istilah.apbd"),
    ("apbdes tu anggaran desa yo?", "istilah.apbdes"),
    ("/usull eh salah ketik, mau nanya aja: APBDes itu apa?", "istilah.apbdes"),
    ("bankeu itu bantuan keuangan provinsi ke kab ya? bener?", "istilah.bankeu"),
    ("bankeu apaan", "istilah.bankeu"),
    ("pokir tu apo? nan dari anggota dewan tu yo?", "istilah.pokir"),
    (
        (
            "What's this pokir the council fellas in Sampit keep on about? Grand if you could "
            "explain it"
        ),
        "istilah.pokir",
    ),
    ("musrenbang kepanjangannya?", "istilah.musrenbang"),
    (
        ("bukannya musrenbang itu tidak cuma di tingkat desa ya? musrenbang itu sebenernya apa"),
        "istilah.musrenbang",
    ),
    ("RKPD tu singkatan apo?", "istilah.rkpd"),
    ("1. print undangan\n2. tanya bot: RKPD itu apa sih\n3. WA pak kabid", "istilah.rkpd"),
    ("renja apa?? mau isi usul/ tp bingung istilahnya", "istilah.renja"),
    ("Howzit, what's a Renja? Our Kadis wants ours by Friday, shame", "istilah.renja"),
    ("renstra tu rencana strategis yo? untuak 5 tahun?", "istilah.renstra"),
    (
        ("bukannya Renstra itu bukan cuma dokumen Bappeda ya? Renstra itu apa sebenernya"),
        "istilah.renstra",
    ),
    ("RPJMD = rencana pembangunan jangka menengah daerah, bener ga? ^_^", "istilah.rpjmd"),
    ("Someone said RPJMD in the meeting just now, what does it stand for?", "istilah.rpjmd"),
    ("KUA-PPAS tu apo?", "istilah.kuappas"),
    ("kua ppas itu singkatan apa? yg sebelum RAPBD itu kan :)", "istilah.kuappas"),
    ("rka apaan ya", "istilah.rka"),
    (
        ("No | Dokumen | Status\n1 | RKA | belum\n2 | Laporan | sudah\n\nRKA tu apo artinyo?"),
        "istilah.rka",
    ),
    ("dpa kepanjangan?", "istilah.dpa"),
    ("Is DPA the budget execution document, ja? Shame, I forgot just now", "istilah.dpa"),
    ("sipd tu aplikasi apo?", "istilah.sipd"),
    ("SIPD itu Sistem Informasi Pemerintahan Daerah kan? punya Kemendagri? hehe", "istilah.sipd"),
    ("bapperida tu dulu Bappeda yo? apo kapanjangannyo kini?", "istilah.bapperida"),
    ("Howzit, what is Bapperida? A provincial office, is it?", "istilah.bapperida"),
    ("opd artinya", "istilah.opd"),
    ("bukannya OPD itu tidak cuma dinas ya? OPD maksudnya apa", "istilah.opd"),
    ("SKPD tu satuan kerja perangkat daerah yo?", "istilah.skpd"),
    ("skpd apa?", "istilah.skpd"),
    ("SPAM di sini bukan email spam kan wkwk, artinya apa?", "istilah.spam"),
    ("What's SPAM in this housing talk? Surely not junk mail, is it?", "istilah.spam"),
    ("spald apa ya", "istilah.spald"),
    ("1. survei Kel. Pasir Putih\n2. tanya bot SPALD tu apo\n3. bikin laporan", "istilah.spald"),
    ("IPAL itu instalasi pengolahan air limbah kan? :)", "istilah.ipal"),
    ("ipal tu apo?", "istilah.ipal"),
    ("tps3r apaan", "istilah.tps3r"),
    (
        (
            "Nama kegiatan: Pembangunan TPS3R Desa Gohong\nLokasi: Kec. Kahayan Hilir\n\n3R di "
            "TPS3R tu apo?"
        ),
        "istilah.tps3r",
    ),
    ("mck kepanjangannya apa sih wkwk", "istilah.mck"),
    ("MCK means a communal toilet, ja? Someone asked me just now and I blanked", "istilah.mck"),
    ("RTRW itu rencana tata ruang wilayah kan, bukan RT/RW kampung? hehe", "istilah.rtrw"),
    ("rtrw tu apo?", "istilah.rtrw"),
    ("rdtr apa", "istilah.rdtr"),
    ("bukannya RDTR tidak sama dengan RTRW? RDTR itu rencana apa", "istilah.rdtr"),
    ("PBG itu pengganti IMB kan? kepanjangannya apa", "istilah.pbg"),
    ("Howzit, what's a PBG? Some oke building in Kasongan needs one apparently", "istilah.pbg"),
    ("slf itu sertifikat laik fungsi ya?", "istilah.slf"),
    ("SLF tu apo, pak? ^_^", "istilah.slf"),
    ("skbg artinya", "istilah.skbg"),
    ("What's SKBG short for? Shame, I should know it by now", "istilah.skbg"),
    ("SKT tu surek keterangan tanah yo? dari desa?", "istilah.skt"),
    ("Status lahan: warga (SKT)\n\nSKT itu apa ya maksudnya? :(", "istilah.skt"),
    ("clean and clear tu apo maksudnyo untuak lahan?", ("istilah.cleanandclear", "usulan.lahan")),
    (
        ("c&c lahan itu artinya udah sertifikat, sesuai RTRW, ga sengketa, bener kan?"),
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    ("csr artinya apa", "istilah.csr"),
    (
        ("Howzit, CSR is the company social responsibility money, ja? Just confirming"),
        "istilah.csr",
    ),
    ("rakor tu singkatan apo?", ("istilah.rakor", "siklus.rakor")),
    ("What does Rakor stand for? I'm new here, shame", ("istilah.rakor", "siklus.rakor")),
    ("LAPOR! itu apa sih? yg pake tanda seru wkwk", "istilah.lapor"),
    ("LAPOR! tu sistem pengaduan nasional yo?", "istilah.lapor"),
    ("wib artinya", "istilah.wib"),
    (
        (
            "Howzit, the bot gives times in WIB, what is WIB exactly? I only got here from "
            "Bali just now"
        ),
        "istilah.wib",
    ),
    ("backlog perumahan tu apo?", "istilah.backlog"),
    (
        ("bukannya backlog itu bukan cuma istilah IT ya? backlog rumah maksudnya apa :)"),
        "istilah.backlog",
    ),
    ("pkp kepanjangan", "istilah.pkp"),
    (
        ("PKP itu perumahan dan kawasan permukiman kan, bukan pengusaha kena pajak? wkwk"),
        "istilah.pkp",
    ),
    ("kumuh tu apo artinyo menurut aturan?", "istilah.kumuh"),
    ("What do they mean by kumuh exactly? A slum, is it?", "istilah.kumuh"),
    ("usul/ sumber dana ado pilihan DAK, DAK tu apo?", "istilah.dak"),
    ("DAK = dana alokasi khusus kan? dari pusat? ^_^", "istilah.dak"),
    ("rusun apa", "istilah.rusun"),
    ("What's a rusun? Like a block of flats, is it?", "istilah.rusun"),
]

ROUND60_INTENTS: list[tuple[str, str]] = [
    ("usulan kami USL-2026-0007 udah sampai mana ya?", "status"),
    ("/stats usulan kami gmn? wkwk maksudnya /status", "status"),
    ("usulan jalan lingkungan yg kami kirim bulan lalu, statusnyo baa kini?", "status"),
    ("rakor kpn", "meeting"),
    ("rapat koordinasi berikutnya dimana dan tanggal brp? hehe", "meeting"),
    (("When's the next Rakor on, and where will it be held, would you ever tell me?"), "meeting"),
    ("batas akhir kirim usulan tahun ini kapan?", "deadline"),
    (
        ("1. lengkapi RAB\n2. tanya bot: usulan paling lambat masuk tgl brp\n3. minta ttd kadis"),
        "deadline",
    ),
    ("bisuak masih bisa kirim usulan indak? tenggatnyo kapan?", "deadline"),
    ("selamat pagi pak bot :)", "greeting"),
    ("makasih banyak ya, sangat membantu ^_^", "greeting"),
    ("bot ini bisa bantu apa aja?", "greeting"),
    ("pakai /usul atau /status ya buat ngirim usulan baru? caranya gmn", "how_to_submit"),
    ("baa caronyo mangirim usulan di bot ko?", "how_to_submit"),
    ("mau ajukan usulan drainase lewat bot, langkah2nya gmn? /usull kok ga jalan", "how_to_submit"),
    ("usulan kami yg jaling Mendawai kemarin udah sampe mana ya? /stats", "status"),
    ("baa kaba usulan drainase ambo? alah diverifikasi alun?", "status"),
    (
        ("Howzit, has our proposal from Sampit been looked at yet, or is it still sitting there?"),
        "status",
    ),
    ("rakor kpn", "meeting"),
    ("rapat sinkronisasi taun ko di dima? bisuak ambo barangkek dari Muara Teweh", "meeting"),
    (
        (
            "1. booking travel\n2. tanya: rakor tahun ini tanggal berapa dan di mana?\n3. "
            "ajukan SPPD"
        ),
        "meeting",
    ),
    ("usulan paling lambat tgl brp ya? takut telat :(", "deadline"),
    (
        ("bukannya tidak bisa kirim usulan lagi kalau lewat tenggat? tenggatnya kapan sih"),
        "deadline",
    ),
    ("Would you ever tell me the last day to send in proposals this year?", "deadline"),
    ("assalamualaikum pak bot, salam kenal dari Tamiang Layang ^_^", "greeting"),
    ("makasih banyak ya, sangat membantu wkwk", "greeting"),
    ("bot ko bisa apo se?", "greeting"),
    ("baa caronyo mangirim usulan lewat bot ko?", "how_to_submit"),
    ("pakai /usul atau /status ya buat masukin usulan baru?", "how_to_submit"),
    ("caranya ngusulin jaling lewat sini gmn? foto2nya dikirim di mana", "how_to_submit"),
]

ROUND60_AREAS: list[tuple[str, str]] = [
    ("kumuh di Kel. Mendawai 9,5 ha siapa yg tangani? kabupaten kan?", "kabkota"),
    ("kawasan kumuh 98.000 m2 di Buntok Kota, kewenangan sia?", "kabkota"),
    ("luas kumuh kurang dari 5 ha, siapa yg pegang?", "kabkota"),
    (("No | Lokasi | Luas\n1 | Kel. Jelapat | 9,99 hektare\n-> ini kewenangan siapa?"), "kabkota"),
    (("Lokasi: Kel. Ketapang, Sampit\nLuas delineasi: 12,4 ha\n-> kewenangan siapa?"), "provinsi"),
    ("kawasan kumuh pas 10 hektar di Kel. Selat Hulu, baa? prov atau kab?", "provinsi"),
    ("kumuh di Kumai Hulu luasnya 145.000 m², siapa yg nangani?", "provinsi"),
    ("A slum area of 14,99 ha in Lanjas, Muara Teweh. Whose job is that, is it?", "provinsi"),
    ("luas kumuh tepat 15 ha di Kasongan Lama, prov atau pusat?", "pusat"),
    ("kawasan kumuh 150.000 meter persegi di Raja Seberang tu urusan sia? wkwk", "pusat"),
    ("kumuh lebih dari 20 hektare di Kec. Kapuas Hilir, siapa yg tangani?", "pusat"),
    (
        (
            "1. cek peta SK\n2. tanya bot: kumuh 31,77 ha di Pahandut kewenangan siapa\n3. "
            "kirim email"
        ),
        "pusat",
    ),
    ("kumuh 9,5 ha di Kel. Baamang Hulu kewenangan siapa?", "kabkota"),
    ("kawasan kumuh pas 10 hektar di Selat Hulu, Kapuas, tu urusan sia?", "provinsi"),
    ("luas delineasi 150.000 m2 (Kel. Pahandut Seberang), yg nanganin siapa?", "pusat"),
    (
        (
            "No | Lokasi | Luas\n1 | Kel. Mentawa Baru Hilir | 12,75 ha\n\nini tanggung jawab "
            "prov kan?"
        ),
        "provinsi",
    ),
    ("kumuh tepat 15 hektare di Kasongan Baru, masih provinsi kan? hehe", "pusat"),
    (
        ("A slum of 98.000 m² in Kel. Bereng, Pulang Pisau, who'd be responsible for that at all?"),
        "kabkota",
    ),
    ("kumuh lebih dari 20 ha di Kec. Selat, pusat ya?", "pusat"),
    ("kawasan kumuh kurang dari 5 hektar di Desa Gohong, kab atau prov?", "kabkota"),
    ("luas kumuh 14,99 ha Kel. Tanjung Pinang siapa yg pegang", "provinsi"),
    ("kumuh 120.000 meter persegi di Kel. Kuala Pembuang I, kewenangan sia?", "provinsi"),
    (("Howzit, a kumuh area of 16 hectares in Kel. Ketapang, Sampit, who handles it?"), "pusat"),
    (
        ("Nama lokasi: Kel. Raja Seberang\nLuas delineasi: 75.000 m²\n\nurusan kabupaten kan?"),
        "kabkota",
    ),
]

ROUND60_OUT_OF_SCOPE: list[str] = [
    "harga semen di Sampit skrg brp per sak?",
    "cuaca bisuak di Palangka Raya hujan indak?",
    "gimana cara urus cuti tahunan ASN? :(",
    "jadwal kapal ke Kuala Pembuang hari ini jam brp?",
    "berapa jumlah penduduk Kabupaten Katingan tahun 2025?",
    "izin tambang galian C yg nerbitin siapa?",
    "pagu anggaran Disperkimtan prov tahun 2027 brp?",
    "berapa unit RTLH yg dibangun prov tahun 2025 di Kapuas?",
    "nomor WA pak kadis perkim brp? hehe",
    "gaji honorer dinas naik ga tahun depan?",
    "sertifikat tanah warga hilang, ngurus ulangnya ke BPN gmn?",
    "luas wilayah Kecamatan Jekan Raya brp km2?",
    "resep kue bingka dong wkwk",
    "What's the rand to rupiah exchange rate today, is it still bad?",
    "Would you ever tell me who won the hurling final last year?",
    "harga semen di Sampit minggu ini brp ya?",
    "besok hujan ga di Palangka Raya? mau survei lokasi",
    "cara urus BPJS kesehatan untuk pegawai honorer gmn",
    "jadwal pencairan TPP ASN bulan ini kapan?",
    "berapa jumlah RTLH di Kabupaten Lamandau tahun 2025?",
    "brp pagu DAK Tematik PPKT utk Kapuas TA 2027?",
    "nomor WA pak Gubernur ada?",
    "Would you ever know a decent place to eat near the Disperkimtan office?",
    "gimana cara bikin sertifikat tanah di BPN? syaratnya apa aja",
    "harga per meter jalan paving blok di Kuala Kurun brp?",
    "jadwal speedboat dari Kuala Kapuas ke Banjarmasin",
    "apo resep randang nan lamak? wkwk",
    "Howzit, what's the exchange rate rand to rupiah just now?",
    "siapa pemenang tender jalan provinsi ruas Kasongan-Sampit tahun ini?",
    "izin cuti melahirkan PNS berapa bulan ya? :(",
]
