"""Round-6 evaluation questions for the Sinkron question matcher.

Written on 2026-12-03 by someone who had not seen the knowledge base (only the topic ids with
their titles and the domain notes restated in docs/domain.md, plus the shared domain brief and
research notes). The questions imitate regency/city housing officers typing on cheap phones: chat
Indonesian with abbreviations and typos, some formal Indonesian, some English, situations rather
than topic names, questions that combine two facts, extra irrelevant detail, missing spaces,
doubled letters, very short questions and regency names.

This is a held-out set: never read it or use it for tuning: do not add its questions to the
knowledge base, paraphrases, keyword lists or other tables, and do not change the bot to make
these particular questions pass.

- ROUND6_TOPICS: question -> topic id, or a tuple of ids that would all be a right answer.
- ROUND6_INTENTS: question -> intent ("status", "meeting", "deadline", "greeting",
  "how_to_submit").
- ROUND6_AREAS: slum-area question -> level ("kabkota" < 10 ha, "provinsi" 10 to < 15 ha,
  "pusat" >= 15 ha), by the delineated area stated in the question.
- ROUND6_OUT_OF_SCOPE: plausible officer questions that no topic answers.
"""

ROUND6_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "sy baru dilantik jd kabid perkim di Seruyan, blm ngerti sm sekali mana yg tugas kami "
        "mana yg tugas provinsi.. ada rangkumannya gk",
        "kewenangan.ringkasan",
    ),
    (
        "Can you give me an overview of which level of government handles which housing matters?",
        "kewenangan.ringkasan",
    ),
    (
        "Mohon informasi pembagian kewenangan bidang perumahan rakyat dan kawasan permukiman "
        "sesuai lampiran UU 23/2014.",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "bappeda kami nanya PKP itu masuk urusan wajib yg berkaitan pelayanan dasar atau yg non "
        "pelayanan dasar, soalnya ngaruh ke porsi anggaran thn dpn",
        "kewenangan.urusan_wajib",
    ),
    (
        "is housing a mandatory govt affair in indonesia or an optional one",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    ("kumuh itu ditangani kab, prov atau pusat? tergantung apa", "kewenangan.kumuh"),
    (
        "knp kumuh di kelurahan kami gk bs diusulin ke provinsi, katanya krn luasnya. aturannya "
        "gmn sih",
        "kewenangan.kumuh",
    ),
    ("range hektar kumuh yg masuk ranah pemprov", "kewenangan.kumuh"),
    # kewenangan.kumuh_pusat
    (
        "klo kumuhnya diatas 15 hektar siapa yg nangani, kementerian PKP kah?",
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    (
        "kumuh yg diurus kementerian minimal luasnya brp",
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    # kewenangan.pencegahan_kumuh
    (
        "kami mau bikin program biar perumahan2 baru di Kasongan gk jd kumuh, bs minta dana "
        "provinsi?",
        "kewenangan.pencegahan_kumuh",
    ),
    ("who is in charge of preventing new slums from forming", "kewenangan.pencegahan_kumuh"),
    # kewenangan.perumahan
    ("sub urusan perumahan, kewenangan provinsi apa ajaa", "kewenangan.perumahan"),
    (
        "Apa saja kewenangan daerah provinsi dalam sub-urusan perumahan menurut UU 23 tahun 2014?",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "rumah utk MBR itu urusan pusat ya? jd kami gk bs usul ke provinsi?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "pembangunan rusun buat masyarakat berpenghasilan rendah di Palangkaraya diusulkan kemana",
        ("kewenangan.perumahan_pusat", "pendanaan.saluran_lain"),
    ),
    (
        "what does the central government do in housing? subsidised mortgages, rusun etc",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "rumah warga hanyut kena banjir bandang di Katingan, pembangunan lgnya tanggungan siapa? "
        "kab atau prov",
        "kewenangan.bencana_relokasi",
    ),
    (
        "warga yg kena gusur krn proyek pemprov, rumah penggantinya siapa yg fasilitasi",
        "kewenangan.bencana_relokasi",
    ),
    (
        "kebakaran di Sampit minggu lalu 30an rumah ludes, boleh gk diusulkan ke disperkimtan "
        "buat dibangun lg",
        "kewenangan.bencana_relokasi",
    ),
    (
        "houses destroyed in a national disaster, province or central govt?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "developer perumahan di Pangkalan Bun nanya, izin bangun perumahannya diurus ke pemkab "
        "atau ke pemprov",
        "kewenangan.izin",
    ),
    ("SKBG rusun diterbitkan pemprov atau pemkab?", ("kewenangan.izin", "istilah.skbg")),
    (
        "ada pengembang mau bikin kawasan permukiman baru di Pulpis, izin pengembangan "
        "kawasannya ke pemda mana",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "sub urusan kawasan permukiman isinya apa aj per tingkatan pemerintahan",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "sistem kawasan permukiman nasional itu yg netapkan pusat ya? trus prov kebagian apa",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "provinsi di sub-urusan kawasan permukiman cuma megang kumuh 10-15 ha aja kah?",
        ("kewenangan.kawasan_permukiman", "kewenangan.kumuh"),
    ),
    # kewenangan.psu
    ("beda PSU permukiman sm PSU perumahan apa? yg mana punya provinsi", "kewenangan.psu"),
    (
        "jalan di komplek perumahan subsidi di Buntok rusak parah, developernya udh kabur gk tau "
        "kemana, bs diusul ke prov?",
        "kewenangan.psu",
    ),
    ("drainase di dlm kompleks perumahan BTN itu kewenangan siapaa", "kewenangan.psu"),
    # psu.lingkup_provinsi
    (
        "bisa gk usul drainase di pinggir jalan kabupaten ke provinsi",
        ("psu.lingkup_provinsi", "kewenangan.psu"),
    ),
    (
        "selain jaling dan drainase, misal lampu jalan atau taman, bisa dibiayai provinsi gk",
        "psu.lingkup_provinsi",
    ),
    ("provinsi bangun jalan lingkungan di desa2 jg atau cuma diperkotaan?", "psu.lingkup_provinsi"),
    # kewenangan.sertifikasi
    ("sertifikasi perancang rumah kemampuan kecil diurus di kab ya", "kewenangan.sertifikasi"),
    (
        "konsultan perencana PSU mau registrasi tenaga ahlinya, ke provinsi atau kabupaten",
        "kewenangan.sertifikasi",
    ),
    ("who certifies house designers with medium capability", "kewenangan.sertifikasi"),
    # kewenangan.spm
    ("SPM perumahan rakyat utk provinsi jenis layanan dasarnya apa aj", "kewenangan.spm"),
    (
        "standar pelayanan minimal bidang perumahan dasar hukumnya PP brp",
        ("kewenangan.spm", "istilah.spm"),
    ),
    # kumuh.luas_delineasi
    (
        "yg dihitung luas kawasan kumuhnya aja atau luas wilayah desanya sekalian",
        "kumuh.luas_delineasi",
    ),
    (
        "di SK kumuh luas lokasi kami kecil tp klo dihitung se-kelurahan jd gede bgt, yg dipake "
        "yg mana utk nentuin kewenangan",
        "kumuh.luas_delineasi",
    ),
    (
        "luasan kawasan kumuh dihitung dr apa? dr delineasi?",
        ("kumuh.luas_delineasi", "istilah.delineasi"),
    ),
    # kumuh.penetapan
    (
        "siapa yg netapin lokasi kumuh, gubernur atau bupati? trus brp thn sekali hrs direview",
        "kumuh.penetapan",
    ),
    (
        "SK kumuh kami trakhir thn 2019, hrs diperbarui kapan",
        ("kumuh.penetapan", "usulan.sk_kumuh"),
    ),
    # kumuh.aspek
    (
        "apa aj yg dinilai utk nentuin suatu kawasan itu kumuh? air minum, sampah, ...?",
        "kumuh.aspek",
    ),
    ("what are the criteria for calling an area a slum", ("kumuh.aspek", "istilah.kumuh")),
    # kumuh.penilaian
    ("nilai kumuhberat itu mulai brp", "kumuh.penilaian"),
    ("skor maksimal penilaian kumuh brp sih, 80?", "kumuh.penilaian"),
    # kumuh.tingkat_sedang_ringan
    (
        "klo totalnya cuma 20an, itu kumuh ringan kah? batas bawah atasnya brp",
        "kumuh.tingkat_sedang_ringan",
    ),
    ("skor 45 itu msk kumuh sedang bukan?", "kumuh.tingkat_sedang_ringan"),
    # kumuh.pola_penanganan
    ("pemugaran,peremajaan, pemukiman kembali.. bedanya dmn? bingung sy", "kumuh.pola_penanganan"),
    (
        "kumuh di bantaran sungai Barito yg lahannya ilegal penanganannya gmn, dipindah?",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    ("se kalteng ada brp lokasi kumuh, trus yg plg byk kab mana", "kumuh.kalteng"),
    ("how many hectares of slums are there in central kalimantan", "kumuh.kalteng"),
    # usulan.isi
    (
        "knp sih hrs isi jumlah KK, luas, foto, status lahan.. banyakk bgt yg ditanya",
        "usulan.isi",
    ),
    ("data apa aja yg perlu sy siapin sblm ngisi usulan", ("usulan.isi", "bot.usul")),
    # usulan.jenis
    (
        "selain kumuh dan psu, ada jenis usulan lain gk? misal rumah korban bencana",
        "usulan.jenis",
    ),
    ("what kinds of proposals can a regency send to the province", "usulan.jenis"),
    # usulan.lokasi
    ("titik koordinat lokasi usulan wajib gk", "usulan.lokasi"),
    (
        "lokasi usulan hrs diisi sampe desa? nama lokasinya pake nama yg di SK kumuh?",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    ("jumlah penerima manfaat diisi KK atau jiwa?", "usulan.penerima_biaya"),
    ("sumber dana usulan boleh kombinasi apbd prov dan apbd kab?", "usulan.penerima_biaya"),
    (
        "biaya usulan itu estimasi aja kan, blm perlu RAB detail?",
        ("usulan.penerima_biaya", "usulan.dokumen_teknis"),
    ),
    # usulan.kesiapan
    ("readiness criteria usulan apa aja", ("usulan.kesiapan", "istilah.rc")),
    ("dokumen kesiapan utk usulan psu jalan lingkungan apa aja", "usulan.kesiapan"),
    (
        "klo DED blm ada, usulan kami tetep bs diproses gk",
        ("usulan.kesiapan", "usulan.dokumen_teknis"),
    ),
    # usulan.lahan
    (
        "lahan utk drainase msh punya warga blm dihibahkan ke pemkab, bs diusulkan?",
        "usulan.lahan",
    ),
    (
        "lahan dikatakan clean n clear klo gmn? sertifikat doang cukup?",
        ("usulan.lahan", "istilah.cleanandclear"),
    ),
    ("status lahan yg diterima provinsi apa aja, hrs sertifikat atau SKT jg boleh", "usulan.lahan"),
    # usulan.sk_kumuh
    ("utk usulan penanganan kumuh, no SK bupati nya perlu dicantumkan jg?", "usulan.sk_kumuh"),
    ("lokasi kami gk tercantum di SK kumuh bupati, msh bs diusulin?", "usulan.sk_kumuh"),
    ("SK kumuh kami udh 6 tahun, ngaruh gk ke usulan", ("usulan.sk_kumuh", "kumuh.penetapan")),
    # usulan.dokumen_teknis
    ("DED sm RAB wajib dilampirkan?? kami blm ada anggaran perencanaan", "usulan.dokumen_teknis"),
    (
        "foto2 lokasi yg dilampirin maksimal brp? sinyal disini lemot",
        ("usulan.dokumen_teknis", "bot.usul"),
    ),
    (
        "utk usulan jaling 500 m di Kuala Kurun, rks sm site plan hrs ada jg?",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        "surat pernyataan kesediaan menerima hibah dan O&P itu ditandatangani siapa",
        "usulan.surat_pernyataan",
    ),
    (
        "knp kami hrs bikin surat pernyataan sanggup memelihara? kan yg bangun provinsi",
        ("usulan.surat_pernyataan", "hibah.aset"),
    ),
    # usulan.rtlh
    ("bedah rumah lewat provinsi syaratnya apa", "usulan.rtlh"),
    (
        "pak kades minta dibangunin rumah utk warga yg blm punya rumah sm sekali, lewat rtlh "
        "provinsi bs?",
        "usulan.rtlh",
    ),
    ("penerima RTLH provinsi ditetapkan sm siapa", "usulan.rtlh"),
    (
        "rumah nenek2 di desa Tumbang Talaken reyot bgt tp tanahnya msh tanah keluarga, blm ada "
        "SKT. bs dapet bantuan rtlh?",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "warga RT 05 minta semenisasi gang, bisa langsung ngajuin sndiri ke provinsi?",
        "usulan.psu_masyarakat",
    ),
    ("proposal jalan lingkungan dari masyarakat hrs diketahui siapa aja", "usulan.psu_masyarakat"),
    # hibah.aset
    ("jalan yg dibangun provinsi di tanah pemkab nanti jd aset siapa", "hibah.aset"),
    ("BAST hibah aset dr prov ke kab kapan ditandatangani", ("hibah.aset", "istilah.bast")),
    ("drainase bantuan prov thn 2022 udh rusak lg, yg wajib perbaiki siapa", "hibah.aset"),
    # pendanaan.saluran_lain
    ("klo bukan kewenangan provinsi, dananya bs cari dimana", "pendanaan.saluran_lain"),
    (
        "kumuh kecil di desa kami, bs ditangani pake dana desa atau CSR?",
        "pendanaan.saluran_lain",
    ),
    (
        "usulan kami dialihkan ke DAK, trus ngusulin DAK nya gmn",
        ("bot.ditolak_dialihkan", "pendanaan.saluran_lain"),
    ),
    # siklus.tahunan
    ("klo kirim usulan desember 2026 itu dianggarkan utk TA brp", "siklus.tahunan"),
    ("tahapan usulan kegiatan sampe dibangun kira2 gmn", "siklus.tahunan"),
    # siklus.pemeriksaan
    (
        "usulan kami nanti diperiksa apa aja sm tim provinsi? takut ada yg kurang",
        "siklus.pemeriksaan",
    ),
    ("verifikasi teknis itu ngecek apa, ada survei lapangan?", "siklus.pemeriksaan"),
    # siklus.rakor
    (
        "sy diundang rakor kawasan permukiman se-kalteng, itu acara apa ya, wajib dtg?",
        ("siklus.rakor", "istilah.rakor"),
    ),
    ("apa tujuan rakor dan sinkronisasi, pesertanya siapa aja", "siklus.rakor"),
    # siklus.rkpd_apbd
    ("stlh rakor, usulan yg disetujui masuk RKPD kapan", "siklus.rkpd_apbd"),
    ("hubungan rakor sm musrenbang provinsi apa", "siklus.rkpd_apbd"),
    ("from the rakor to the provincial budget, what are the steps", "siklus.rkpd_apbd"),
    # koordinasi.pokja_pkp
    ("pokja pkp kabupaten itu tugasnya apa", ("koordinasi.pokja_pkp", "istilah.pokjapkp")),
    (
        "SK pokja PKP di Gumas blm ada, perlu dibentuk gk, dasar hukumnya apa",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    (
        "alamat kantor disperkimtan prov dmn ya, sy mau mampir besok dr Kuala Pembuang",
        "disperkimtan.kontak",
    ),
    ("kontak dinas perkimtan kalteng yg bs dihubungi", "disperkimtan.kontak"),
    (
        "disperkimtan provinsi itu sbnrnya ngurus apa aja",
        ("disperkimtan.kontak", "istilah.disperkimtan"),
    ),
    # bot.cara_pakai
    ("daftar command bot sinkron apa aja", "bot.cara_pakai"),
    ("jam yg ditampilin bot ini WIB atau WITA?", ("bot.cara_pakai", "istilah.wib")),
    ("what commands does this bot have", "bot.cara_pakai"),
    # bot.usul
    ("di /usul bisa lampirin pdf gk", "bot.usul"),
    ("bisa salin usulan tahun lalu biar gk ngetik ulang?", "bot.usul"),
    # bot.status
    ("usulan kami statusnya perlu perbaikan, maksudnya gmn? hrs kirim ulang?", "bot.status"),
    ("apa bedanya dialihkan sm ditolak", ("bot.status", "bot.ditolak_dialihkan")),
    ("'dibahas di rakor' itu berarti udh pasti disetujui?", "bot.status"),
    # bot.ditolak_dialihkan
    (
        "usulan ditolak krn bukan kewenangan provinsi, trus kami hrs ngapain",
        "bot.ditolak_dialihkan",
    ),
    (
        "bisa bandingg gk klo usulan ditolak, kami rasa alasannya kurang pas",
        "bot.ditolak_dialihkan",
    ),
    ("my proposal was redirected to APBN, what does that mean", "bot.ditolak_dialihkan"),
    # bot.tindak_lanjut
    (
        "brp lama usulan biasanya diverifikasi? ada standar waktunya?",
        ("bot.tindak_lanjut", "siklus.pemeriksaan"),
    ),
    ("LAPOR! itu hubungannya apa sm bot ini", ("bot.tindak_lanjut", "istilah.lapor")),
    # glossary terms
    ("perkim itu singkatan dr apa", "istilah.perkim"),
    ("PSU kepanjangannya", "istilah.psu"),
    ("jaling tu apa? temen sy nulis 'usulan jaling 300m'", "istilah.jaling"),
    ("drainase lingkungan maksudnya yg kayak gmn", "istilah.drainase"),
    ("KR di tabel SK kumuh itu apa", ("istilah.kr", "kumuh.tingkat_sedang_ringan")),
    ("KS itu kumuh sedang ya? skornya brp", ("istilah.ks", "kumuh.tingkat_sedang_ringan")),
    ("kode KB di data baseline kumuh artinya kumuh berat?", ("istilah.kb", "kumuh.penilaian")),
    ("SK kumuh itu apa sih", ("istilah.skkumuh", "kumuh.penetapan")),
    ("RTLH singkatan apa", "istilah.rtlh"),
    ("RLH itu lawannya RTLH ya?", ("istilah.rlh", "istilah.rtlh")),
    ("bedah rumah itu program apa", ("istilah.bedahrumah", "usulan.rtlh")),
    ("BSPS itu bantuan dari mana", "istilah.bsps"),
    ("MBR artinya apa", "istilah.mbr"),
    ("apa bedanya rusunawa sm rusun biasa", ("istilah.rusunawa", "istilah.rusun")),
    ("rumah khusus (rusus) itu utk siapa", "istilah.rusus"),
    ("huntara tu apa, hunian sementara?", "istilah.huntara"),
    ("huntap bagi korban bencana maksudnya apa", "istilah.huntap"),
    ("KK di form itu kepala keluarga atau kartu keluarga", "istilah.kk"),
    ("jumlah jiwa itu maksudnya total orang ya", ("istilah.jiwa", "usulan.penerima_biaya")),
    ("1 ha itu brp meter persegi", "istilah.ha"),
    ("DED kepanjangannya", "istilah.ded"),
    ("RAB itu apa", "istilah.rab"),
    ("RKS maksudnya apa? bedanya sm RAB", ("istilah.rks", "usulan.dokumen_teknis")),
    ("KAK itu sama dgn TOR bukan", "istilah.kak"),
    ("site plan tuh gambar apa", "istilah.siteplan"),
    ("hibah artinya apa dlm konteks aset daerah", ("istilah.hibah", "hibah.aset")),
    ("BMD itu barang milik daerah kan", "istilah.bmd"),
    ("bmn apaan", "istilah.bmn"),
    ("O&P singkatan dari", "istilah.op"),
    ("pokja PPAS itu apa", "istilah.pokjappas"),
    ("AMPL kepanjangannya apa, yg pokja ampl itu", "istilah.pokjaampl"),
    ("dokumen RP3KP itu apa, wajib punya?", "istilah.rp3kp"),
    ("RP2KPKP beda sm RP3KP?", ("istilah.rp2kpkp", "istilah.rp3kp")),
    ("program KOTAKU msh ada gk", "istilah.kotaku"),
    ("dak ppkt tu singkatan apa, bs buat kumuh?", ("istilah.daktematikppkt", "istilah.dak")),
    ("apbn?", "istilah.apbn"),
    ("apa itu APBD", "istilah.apbd"),
    (
        "apbdes boleh dipake buat jalan lingkungan?",
        ("istilah.apbdes", "pendanaan.saluran_lain"),
    ),
    ("bankeu provinsi itu apa", "istilah.bankeu"),
    ("pokir dewan itu maksudnya apa", "istilah.pokir"),
    ("musrenbang itu apaan", "istilah.musrenbang"),
    ("RKPD singkatan", "istilah.rkpd"),
    ("renstra sm renja bedanya apa", ("istilah.renstra", "istilah.renja")),
    ("RPJMD berlaku brp tahun", "istilah.rpjmd"),
    ("KUA PPAS tu apa", "istilah.kuappas"),
    ("rka skpd tu isinya apa", "istilah.rka"),
    ("DPA artinya", "istilah.dpa"),
    ("SIPD kepanjangannya apa", "istilah.sipd"),
    ("bapperida itu bappeda yg baru ya?", "istilah.bapperida"),
    ("SKPD sm OPD sama aja?", ("istilah.skpd", "istilah.opd")),
    ("SPAM dlm konteks air minum maksudnya apa", "istilah.spam"),
    ("SPALD singkatan dr apa", "istilah.spald"),
    ("IPAL komunal itu apa", "istilah.ipal"),
    ("TPS3R itu tempat sampah yg kayak gmn", "istilah.tps3r"),
    ("mck++ itu apa", "istilah.mck"),
    ("RTRW maksudnya RT RW? atau tata ruang", "istilah.rtrw"),
    ("RDTR apa", "istilah.rdtr"),
    ("PBG itu pengganti IMB ya?", "istilah.pbg"),
    ("SLF apaan", "istilah.slf"),
    ("SKT itu surat apa, dikeluarin siapa", "istilah.skt"),
    ("csr maksudnya apa", "istilah.csr"),
    ("kata pak sekda backlog rumah di kalteng tinggi, backlog tu maksudnya apa", "istilah.backlog"),
    ("PKP tu singkatan apa, perumahan dan kawasan permukiman?", "istilah.pkp"),
    ("definisi permukiman kumuh menurut UU", ("istilah.kumuh", "kumuh.aspek")),
    ("DAK itu dana apa", "istilah.dak"),
]

ROUND6_INTENTS: list[tuple[str, str]] = [
    # status: the officer's own proposals
    ("usulan sy yg jalan lingkungan kemarin udh sampe mana", "status"),
    ("USL-2026-0014 statusnya gmn", "status"),
    ("apakah usulan dr Kapuas sudah ada yg disetujui?", "status"),
    ("cek status usulan kami dong", "status"),
    ("has my proposal been approved yet?", "status"),
    ("usulan drainase kami kok blm ada kabar ya, udh diverifikasi blm", "status"),
    ("liat daftar usulan yg udh kami kirim", "status"),
    # meeting: when/where the next Rakor or meeting is
    ("rakornya kpn pak?", "meeting"),
    ("rapat berikutnya tgl brp dan dmn", "meeting"),
    ("udh ditetapkan blm tgl rakor yg akan dtg", "meeting"),
    ("when will the rakor be held this year and where", "meeting"),
    ("rakor nanti tempatnya di aula disperkimtan lg atau di hotel", "meeting"),
    ("ada rapat minggu ini gk", "meeting"),
    # deadline: when proposal submission closes
    ("deadline usulan ke prov smpe kpn", "deadline"),
    ("tenggat usulan TA 2027 tgl brp", "deadline"),
    ("msh bisa kirim usulan gk? udh ditutup blm", "deadline"),
    ("what's the deadline for submitting proposals", "deadline"),
    ("usulan paling lambat masuk kapan ya bu", "deadline"),
    ("kapan penutupan usulan tahun ini", "deadline"),
    # greeting: hello, thanks, help
    ("selamat pagii", "greeting"),
    ("halo bot", "greeting"),
    ("makasih banyak ya", "greeting"),
    ("good afternoon", "greeting"),
    ("tolong bantu sy", "greeting"),
    ("assalamualaikum wr wb, selamat siang bapak ibu", "greeting"),
    # how_to_submit: how to send a proposal through the bot
    ("caranya masukin usulan di sinkron gmn ya", "how_to_submit"),
    ("sy mau ngusulin drainase, mulainya dr mana", "how_to_submit"),
    ("cara input usulan baru", "how_to_submit"),
    ("I want to send a proposal from Kotim through this bot, how?", "how_to_submit"),
    ("mau ajukan usulan kumuh, langkahnya apa aja di bot", "how_to_submit"),
    ("dmn menu buat bikin usulan", "how_to_submit"),
]

ROUND6_AREAS: list[tuple[str, str]] = [
    ("kumuh 8 ha di Kapuas kewenangan siapa", "kabkota"),
    ("kawasan kumuh 12,5 hektar tanggung jawab siapa", "provinsi"),
    ("delineasi kumuh kami pas 10 ha, masuk provinsi?", "provinsi"),
    ("luas kumuh tepat 15 ha siapa yg nangani", "pusat"),
    ("kumuh seluas 120.000 m2 di Sampit, diusulkan kemana", "provinsi"),
    ("delineasi kumuhnya 95.000 m², itu jatah kab atau prov", "kabkota"),
    ("kumuh 9,5 ha di Pulang Pisau bs diusulkan ke prov?", "kabkota"),
    ("lokasi kumuh kami kurang dr 10 ha, sekitar 7 ha. siapa yg pegang", "kabkota"),
    ("kawasan kumuh lebih dari 15 hektare, kira2 22 ha, kewenangan siapa", "pusat"),
    ("slum area of 11 hectares, who handles it", "provinsi"),
    ("a 16.5 ha slum in Barito Utara: which level of government?", "pusat"),
    ("kumuh 14,99 ha msh provinsi?", "provinsi"),
    ("luas kumuh 150.000 meter persegi kewenangan siapa", "pusat"),
    ("kawasan kumuh sekitar 3 hektar di desa, siapa yg tangani", "kabkota"),
    ("SK kumuh kami delineasinya 10,0 ha, kewenangan siapa", "provinsi"),
    ("kumuh 30 ha di Palangka Raya kewenangan siapa", "pusat"),
    ("kumuh 99.999 m2 masuk mana", "kabkota"),
    ("lokasi kumuh pas 100.000 m2 di Kuala Kapuas, siapa yg tangani", "provinsi"),
    ("kumuh 1,2 ha di Sukamara kewenangan kab kan?", "kabkota"),
    ("kumuh di bantaran sungai Kahayan, delineasinya 13 hektare. prov bs tangani?", "provinsi"),
    ("a 9 ha slum in Murung Raya: province or regency?", "kabkota"),
    ("kumuh lbh dr 15 ha, kira2 18 ha, siapa yg pegang", "pusat"),
    ("luasan kumuh 10,5 ha gmn kewenangannya", "provinsi"),
    ("kumuh 45 ha di Kec. Selat Kapuas kewenangan siapa", "pusat"),
    ("kumuh di Lamandau 14 hektar pas, kewenangan siapa", "provinsi"),
    ("kumuh 5ha di Bartim kewenangan siapa", "kabkota"),
]

ROUND6_OUT_OF_SCOPE: list[str] = [
    "gaji honorer dinas perkim bulan ini kapan cair",
    "TPP pegawai provinsi bulan ini telat ya?",
    "akun SIPD sy gk bs login, lupa password, hub siapa",
    "bank mana yg layani KPR subsidi di Pangkalan Bun",
    "cuaca di Muara Teweh besok hujan gk",
    "nomor hp pak kabid perumahan kabupaten Barut brp",
    "harga semen sm besi di Sampit lg naik ya",
    "sertifikat tanah warga hilang, ngurus ke BPN gmn",
    "PBB rumah sy kok naik tinggi bgt tahun ini",
    "listrik PLN di perumahan kami sering padam, lapor kemana",
    "printer di kantor rusak, bisa minta ganti ke provinsi?",
    "jadwal pendaftaran CPNS 2027 formasi teknik sipil kapan",
    "link zoom rapat bappeda besok mana",
    "air PDAM di kompleks kami keruh bgt, lapor kemana",
    "truk sampah gk lewat udh seminggu di perumahan kami",
    "uang harian SPPD golongan III ke Palangka Raya brp",
    "cara bikin akun email dinas",
    "kurs dollar hari ini brp",
    "kapan libur lebaran 2027",
    "aplikasi e-kinerja sy error trus",
    "pengumuman lelang proyek jalan lingkungan di LPSE kapan keluar",
    "harga rumah subsidi di Palangka Raya skrg brp",
    "sy mau pinjem mobil dinas buat survei lokasi ke Kuala Kurun, izin ke siapa",
    "rumah dinas pegawai di komplek pemkab Tamiang Layang boleh dibeli gk",
    "berapa jumlah penduduk Kabupaten Lamandau",
    "jalan tol kapan masuk kalteng",
    "tunjangan kinerja pegawai disperkimtan brp",
    "wifi kantor lemot bgt, ada nomor IT support?",
    "cara ngurus BPJS kesehatan utk warga korban banjir",
    "bantuan sembako korban kebakaran di Sampit dr dinsos kapan dibagi",
    "what time does the governor's office open",
    "how do I change my phone number in Telegram",
]
