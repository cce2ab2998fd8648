"""Round-5 evaluation questions for the Sinkron question matcher.

Written on 2026-12-02 by someone who had not seen the knowledge base (only the topic ids with
their titles and the domain notes restated in docs/domain.md, plus the shared domain brief and
research notes). The questions imitate regency/city housing officers typing on phones: chat
Indonesian with abbreviations and typos, some formal Indonesian, some English, situations rather
than topic names, questions that combine two facts, extra irrelevant detail, missing spaces and
doubled letters.

This is a held-out set: never read it or use it for tuning: do not add its questions to the
knowledge base, paraphrases, keyword lists or other tables, and do not change the bot to make
these particular questions pass.

- ROUND5_TOPICS: question -> topic id, or a tuple of ids that would all be a right answer.
- ROUND5_INTENTS: question -> intent ("status", "meeting", "deadline", "greeting",
  "how_to_submit").
- ROUND5_AREAS: slum-area question -> level ("kabkota" < 10 ha, "provinsi" 10 to < 15 ha,
  "pusat" >= 15 ha), by the delineated area stated in the question.
- ROUND5_OUT_OF_SCOPE: plausible officer questions that no topic answers.
"""

ROUND5_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "sbnrnya pembagian tugas perkim antara pusat, prov sm kab itu gmn sih",
        "kewenangan.ringkasan",
    ),
    ("Who is responsible for what in housing, province vs regency?", "kewenangan.ringkasan"),
    (
        "sy pegawai baru di dinas perkim Lamandau, baru pindah dr BKD bulan lalu. mau paham dulu "
        "urusan apa aja yg jd kewenangan provinsi dan apa yg kabupaten",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    ("perumahan itu trmasuk urusan wajib atau pilihan?", "kewenangan.urusan_wajib"),
    (
        "Apa dasar hukum bahwa perumahan rakyat dan kawasan permukiman merupakan urusan wajib "
        "pelayanan dasar?",
        "kewenangan.urusan_wajib",
    ),
    (
        "kata kabag hukum kmi perkim cuma urusan pilihan jd anggarannya bs dipangkas duluan, "
        "bener gk tuh?",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    ("penanganan kawasan kumuh itu tugas siapa, kab atau prov?", "kewenangan.kumuh"),
    (
        "batas luasan kumuh yg jd kewenangan provinsi itu dr brp sampe brp ha",
        ("kewenangan.kumuh", "kewenangan.kumuh_pusat"),
    ),
    ("how does the size of a slum decide which government handles it", "kewenangan.kumuh"),
    # kewenangan.kumuh_pusat
    (
        "klo kawasan kumuhnya luas bgt, lewat dr batas provinsi, siapa yg pegang?",
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    (
        "kumuh skala besar yg jd urusan kementerian itu mulai dari luas berapa",
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    # kewenangan.pencegahan_kumuh
    ("pencegahan kumuh itu tugas siapa yaa", "kewenangan.pencegahan_kumuh"),
    (
        "kami mau bikin kegiatan supaya kampung di bantaran sungai Kahayan gk sampe jd kumuh, "
        "bisa minta prov yg danai?",
        "kewenangan.pencegahan_kumuh",
    ),
    ("is slum prevention a provincial job?", "kewenangan.pencegahan_kumuh"),
    # kewenangan.perumahan
    (
        "di sub urusan perumahan, prov itu kewenangannya apa aja?",
        ("kewenangan.perumahan", "kewenangan.ringkasan"),
    ),
    (
        "kewenangan kab/kota di bidang perumahan apa aja sih",
        ("kewenangan.perumahan", "kewenangan.ringkasan"),
    ),
    # kewenangan.perumahan_pusat
    (
        "rumah utk MBR itu urusan siapa? kami sering didatangi warga minta dibangunin rumah",
        ("kewenangan.perumahan_pusat", "istilah.mbr"),
    ),
    ("kabupaten kami mau bangun rusun, itu kewenangan pusat bukan?", "kewenangan.perumahan_pusat"),
    (
        "pembiayaan perumahan buat masyarakat berpenghasilan rendah diurus level mana",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "rumah warga hancur kena banjir bandang di Kec. Kurun th 2026, bencananya ditetapkan "
        "status kabupaten. siapa yg wajib bangun lagi rumahnya?",
        ("kewenangan.bencana_relokasi", "kewenangan.spm"),
    ),
    (
        "relokasi warga krn proyek pemprov, rumah penggantinya tanggung jawab siapa",
        ("kewenangan.bencana_relokasi", "kewenangan.spm"),
    ),
    (
        "klo bencana nasional, rumah korbannya ditangani prov jg ga?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    ("izin pembangunan perumahan dr developer itu dikeluarkan siapa", "kewenangan.izin"),
    ("SKBG yg nerbitin kab atau provinsi?", ("kewenangan.izin", "istilah.skbg")),
    (
        "izin pengembangan kawasan permukiman urusan prov bukan",
        ("kewenangan.izin", "kewenangan.kawasan_permukiman"),
    ),
    # kewenangan.kawasan_permukiman
    (
        "sub urusan kawasan permukiman itu isinya apa aja, pembagiannya gmn",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "penetapan sistem kawasan permukiman nasional itu kewenangan siapa",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    ("PSU perumahan dan PSU permukiman bedanya apa", ("kewenangan.psu", "psu.lingkup_provinsi")),
    (
        "jalan di dlm komplek perumahan developer rusak, pengembangnya udh kabur. prov bs bantu?",
        ("kewenangan.psu", "psu.lingkup_provinsi"),
    ),
    (
        "PSU yg kewenangan prov itu yg mana, permukiman ato perumahan?",
        ("kewenangan.psu", "psu.lingkup_provinsi"),
    ),
    # psu.lingkup_provinsi
    (
        "jalan setapak di kampung kami rusak parah, itu bisa diusulin ke dinas prov?",
        ("psu.lingkup_provinsi", "kewenangan.psu"),
    ),
    (
        "drainase di sepanjang jalan kabupaten ke arah Tamiang Layang bs dibangun disperkimtan gk",
        "psu.lingkup_provinsi",
    ),
    (
        "selain jaling dan drainase, prov bangun PSU apa lg? lampu jalan atau taman bs?",
        "psu.lingkup_provinsi",
    ),
    (
        "do you also build neighbourhood roads in rural villages or only in towns?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    ("sertifikasi perancang rumah tingkat menengah itu yg ngurus siapa", "kewenangan.sertifikasi"),
    (
        "ada konsultan perencana PSU kecil mau registrasi, daftarnya ke kabupaten atau provinsi",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    ("SPM perumahan provinsi itu jenis layanannya apa aja", ("kewenangan.spm", "istilah.spm")),
    ("what is the SPM target for housing disaster victims, 100%?", "kewenangan.spm"),
    # kumuh.luas_delineasi
    (
        "luas kumuh yg dipake itu luas desanya atau luas di SK?",
        ("kumuh.luas_delineasi", "istilah.delineasi"),
    ),
    (
        "desa kami luasnya ratusan hektar tp yg kumuh cuma sebagian di pinggir sungai, "
        "ngitung luasnya pake yg mana",
        "kumuh.luas_delineasi",
    ),
    (
        "Which area counts, the whole kelurahan or just the delineated slum?",
        ("kumuh.luas_delineasi", "istilah.delineasi"),
    ),
    # kumuh.penetapan
    ("siapa yg menetapkan lokasi kumuhh", ("kumuh.penetapan", "istilah.skkumuh")),
    (
        "SK kumuh kmi dr thn 2019, perlu direvisi gk?",
        ("kumuh.penetapan", "usulan.sk_kumuh"),
    ),
    ("SK penetapan kumuh hrs dilengkapi apa aja? pake peta jg?", "kumuh.penetapan"),
    ("Can the governor issue the slum decree for our regency?", "kumuh.penetapan"),
    # kumuh.aspek
    ("kriteriakumuh ada apa aja", "kumuh.aspek"),
    ("7aspek kumuh itu apa ajaa", "kumuh.aspek"),
    ("apakah proteksi kebakaran termasuk kriteria kawasan kumuh?", "kumuh.aspek"),
    # kumuh.penilaian
    ("skor brp baru dianggap kumuh berat", ("kumuh.penilaian", "istilah.kb")),
    ("nilai maksimal penilaian kumuh itu brp", "kumuh.penilaian"),
    ("tiap kriteria dinilai 0 1 3 5 itu maksudnya gmn", "kumuh.penilaian"),
    (
        "lokasi kmi masuk kumuh berat tp kecil, apa tingkat kumuhnya ngaruh ke siapa yg nangani?",
        ("kumuh.penilaian", "kewenangan.kumuh", "kumuh.tingkat_sedang_ringan"),
    ),
    # kumuh.tingkat_sedang_ringan
    (
        "rentang nilai kumuh sedang brp sampai brp",
        ("kumuh.tingkat_sedang_ringan", "istilah.ks"),
    ),
    ("kumuh ringan itu skornya brp", ("kumuh.tingkat_sedang_ringan", "istilah.kr")),
    # kumuh.pola_penanganan
    ("bedanya pemugaran sm peremajaan apa ya??", "kumuh.pola_penanganan"),
    (
        "warga tinggal di lahan ilegal di pinggir sungai Mentaya, penanganan kumuhnya gmn, "
        "hrs dipindah?",
        "kumuh.pola_penanganan",
    ),
    ("what handling pattern fits a light slum on legal land", "kumuh.pola_penanganan"),
    # kumuh.kalteng
    ("how many slum locations are there in Central Kalimantan?", "kumuh.kalteng"),
    ("kabupaten mana yg lokasi kumuhnya paling banyak se kalteng", "kumuh.kalteng"),
    ("kumuh di kalteng kebanyakan tipe apa, yg di tepi sungai ya?", "kumuh.kalteng"),
    # usulan.isi
    ("usulankegiatan itu isinya apa aja", "usulan.isi"),
    (
        "knp hrs isi jumlah KK dan jiwa segala di usulan? ribet",
        ("usulan.isi", "usulan.penerima_biaya"),
    ),
    ("What information must a proposal include?", "usulan.isi"),
    # usulan.jenis
    ("jenis usulan yg bs diajukan ke prov apa ajaa", "usulan.jenis"),
    (
        "kami mau usul pembangunan pasar desa, masuk jenis usulan yg mana?",
        "usulan.jenis",
    ),
    (
        "selain kumuh dan PSU, boleh ngusulin rumah korban bencana ga?",
        ("usulan.jenis", "kewenangan.bencana_relokasi"),
    ),
    # usulan.lokasi
    ("data lokasi usulan apa aja yg diminta? titik GPS wajib?", "usulan.lokasi"),
    (
        "nama lokasi di usulan hrs sama persis dgn di SK kumuh kah",
        ("usulan.lokasi", "usulan.sk_kumuh"),
    ),
    (
        "lokasinya di desa Pematang Limau, itu perdesaan. emg perlu diisi perkotaan/perdesaan?",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    ("which funding sources can I pick in a proposal?", "usulan.penerima_biaya"),
    (
        "penerima manfaat dihitung per KK atau per jiwa?",
        ("usulan.penerima_biaya", "istilah.kk", "istilah.jiwa"),
    ),
    ("perlu ada dana pendamping dr kabupaten gk utk usulan ke prov", "usulan.penerima_biaya"),
    # usulan.kesiapan
    ("dokumen kesiapan usulan PSU apa aja", ("usulan.kesiapan", "usulan.dokumen_teknis")),
    (
        "readiness criteria itu maksudnya apa dlm usulan",
        ("usulan.kesiapan", "istilah.rc"),
    ),
    (
        "kami blm pnya DED krn anggaran perencanaan 2026 kena refocusing, usulan tetap bs masuk?",
        ("usulan.kesiapan", "usulan.dokumen_teknis"),
    ),
    # usulan.lahan
    (
        "lahan yg mau dibangun jalan masih punya warga, blm dihibahkan ke desa, gmn tuh?",
        "usulan.lahan",
    ),
    ("clean and clear itu syaratnya apa aja", ("usulan.lahan", "istilah.cleanandclear")),
    ("can we propose a site where the land is still disputed?", "usulan.lahan"),
    # usulan.sk_kumuh
    ("usulan kumuh wajib lampirin SK kumuh?", ("usulan.sk_kumuh", "kumuh.penetapan")),
    (
        "lokasi kami blm masuk SK kumuh bupati tp kondisinya kumuh bgt, tetap bs diusulkan ke "
        "provinsi?",
        ("usulan.sk_kumuh", "kumuh.penetapan"),
    ),
    (
        "SK kumuhnya udh 6 thn blm diperbarui, ngaruh ke usulan kah?",
        ("usulan.sk_kumuh", "kumuh.penetapan"),
    ),
    # usulan.dokumen_teknis
    (
        "DED, RAB, RKS hrs dilampirkan semuaa?",
        ("usulan.dokumen_teknis", "usulan.kesiapan"),
    ),
    (
        "foto kondisi eksisting perlu brp lembar",
        ("usulan.dokumen_teknis", "bot.usul"),
    ),
    (
        "site plan wajib gk utk usulan drainase",
        ("usulan.dokumen_teknis", "usulan.kesiapan"),
    ),
    # usulan.surat_pernyataan
    (
        "surat pernyataan kesediaan menerima hibah itu perlu ya",
        ("usulan.surat_pernyataan", "hibah.aset"),
    ),
    ("srt pernyataan O&P ditandatangani siapa", "usulan.surat_pernyataan"),
    (
        "kenapa harus ada pernyataan sanggup memelihara segala",
        ("usulan.surat_pernyataan", "hibah.aset"),
    ),
    # usulan.rtlh
    ("syarat bedah rumah lewat provinsi apa aja", ("usulan.rtlh", "istilah.bedahrumah")),
    (
        "ada warga mau bangun rumah baru di tanah kosong, bisa masuk program RTLH prov?",
        "usulan.rtlh",
    ),
    (
        "rumahnya berdiri di tanah numpang punya saudara, bs dpt bantuan rtlh gk",
        ("usulan.rtlh", "usulan.lahan"),
    ),
    # usulan.psu_masyarakat
    (
        "warga RT 05 Kel. Selat Hulu minta jalan lingkungan dibangun, bs langsung kirim surat ke "
        "disperkimtan?",
        "usulan.psu_masyarakat",
    ),
    ("permohonan PSU dr masyarakat hrs diketahui siapa aja", "usulan.psu_masyarakat"),
    # hibah.aset
    ("jalan yg dibangun prov di desa kami nanti jd aset siapa", "hibah.aset"),
    ("setelah selesai dibangun, pemeliharaan drainasenya tanggung jawab siapa", "hibah.aset"),
    ("BAST hibah aset itu ditandatangani siapa", ("hibah.aset", "istilah.bast")),
    # pendanaan.saluran_lain
    ("klo bukan kewenangan prov, dana dr mana lagi yg bs dicoba", "pendanaan.saluran_lain"),
    (
        "usulan kami ditolak krn kumuhnya kecil, ada alternatif pendanaan lain gk?",
        ("pendanaan.saluran_lain", "bot.ditolak_dialihkan"),
    ),
    (
        "bisa pake CSR perusahaan sawit buat perbaiki jaling?",
        ("pendanaan.saluran_lain", "istilah.csr"),
    ),
    # siklus.tahunan
    (
        "alur usulan tiap tahun gmn dr awal sampe dibangun",
        ("siklus.tahunan", "siklus.rkpd_apbd"),
    ),
    ("usulan yg dikirim thn ini utk anggaran thn brp", "siklus.tahunan"),
    ("can you walk me through the yearly proposal cycle", "siklus.tahunan"),
    # siklus.pemeriksaan
    ("provinsi periksa usulan kami dr sisi apa aja", "siklus.pemeriksaan"),
    (
        "apa ada survey lapangan dr prov sblm usulan disetujui",
        "siklus.pemeriksaan",
    ),
    ("verifikasi administrasi sm verifikasi teknis itu bedanya apa", "siklus.pemeriksaan"),
    # siklus.rakor
    (
        "rakor bidang kawasan permukiman itu acara apa sih",
        ("siklus.rakor", "istilah.rakor"),
    ),
    ("siapa aja yg hrs hadir di rakor", "siklus.rakor"),
    (
        "tujuan rakor sinkronisasi itu apa, emg hrs sblm musrenbang?",
        ("siklus.rakor", "siklus.rkpd_apbd"),
    ),
    # siklus.rkpd_apbd
    ("setelah rakor usulan masuk ke mana? musrenbang?", "siklus.rkpd_apbd"),
    ("kapan usulan yg disetujui masuk APBD prov", "siklus.rkpd_apbd"),
    ("hubungan rakor dgn RKPD apa", ("siklus.rkpd_apbd", "siklus.rakor")),
    # koordinasi.pokja_pkp
    (
        "kabupaten kmi blm punya pokja PKP, wajib dibentuk gk?",
        ("koordinasi.pokja_pkp", "istilah.pokjapkp"),
    ),
    (
        "Pokja PKP itu dasar hukumnya permen brp dan tugasnya apa",
        ("koordinasi.pokja_pkp", "istilah.pokjapkp"),
    ),
    # disperkimtan.kontak
    ("where is the Disperkimtan office in Palangka Raya?", "disperkimtan.kontak"),
    (
        "besok sy ke palangka mau antar berkas, kantor dinas perkim provinsi di jalan apa ya",
        "disperkimtan.kontak",
    ),
    ("website resmi disperkimtan kalteng apa", "disperkimtan.kontak"),
    # bot.cara_pakai
    ("perintah apa aja yg ada di bot ini", "bot.cara_pakai"),
    ("jam di bot ini pake WIB atau WITA?", ("bot.cara_pakai", "istilah.wib")),
    ("botini bs dipake buat apa ajaa sih", "bot.cara_pakai"),
    # bot.usul
    ("di /usul bs nyimpan draf trs lanjut ngisi besok?", "bot.usul"),
    ("can I copy last year's proposal instead of filling everything in again?", "bot.usul"),
    (
        "file PDF RAB bs dilampirkan pas ngisi /usul?",
        ("bot.usul", "usulan.dokumen_teknis"),
    ),
    # bot.status
    ("status 'perlu perbaikan' artinya apa", "bot.status"),
    ("arti status dibahasrakor", "bot.status"),
    (
        "what does 'dialihkan' mean on a proposal",
        ("bot.status", "bot.ditolak_dialihkan"),
    ),
    # bot.ditolak_dialihkan
    (
        "usulan ditolak, biasanya alasannya apa dan kami hrs ngapain",
        "bot.ditolak_dialihkan",
    ),
    (
        "usulan kami dialihkan ke APBD kab maksudnya gmn",
        ("bot.ditolak_dialihkan", "bot.status"),
    ),
    ("bs ngajuin banding klo usulan ditolak?", "bot.ditolak_dialihkan"),
    # bot.tindak_lanjut
    ("how long does the province usually take to respond to a proposal?", "bot.tindak_lanjut"),
    (
        "standar respon 3 hari kerja itu aturan dr mana",
        ("bot.tindak_lanjut", "istilah.lapor"),
    ),
    # glossary
    ("PSU singkatan apa", ("istilah.psu", "kewenangan.psu")),
    ("jaling itu apa", ("istilah.jaling", "psu.lingkup_provinsi")),
    ("apa itu delineasi", ("istilah.delineasi", "kumuh.luas_delineasi")),
    ("what does BSPS stand for", "istilah.bsps"),
    ("MBR kepanjangannya apa", ("istilah.mbr", "kewenangan.perumahan_pusat")),
    ("huntara sm huntap bedanya apa", ("istilah.huntara", "istilah.huntap")),
    ("RKS apaan ya", ("istilah.rks", "usulan.dokumen_teknis")),
    ("KAK sama TOR itu sama ga", "istilah.kak"),
    ("bedanya BMD dan BMN", ("istilah.bmd", "istilah.bmn")),
    ("O&P maksudnya apa", ("istilah.op", "usulan.surat_pernyataan")),
    ("RP2KPKP itu dokumen apa", "istilah.rp2kpkp"),
    ("program KOTAKU itu apa", "istilah.kotaku"),
    (
        "DAK tematik PPKT itu apa",
        ("istilah.daktematikppkt", "istilah.dak", "pendanaan.saluran_lain"),
    ),
    ("pokir itu apa", "istilah.pokir"),
    ("KUA-PPAS singkatan dr apa", "istilah.kuappas"),
    ("SPALD sm IPAL beda?", ("istilah.spald", "istilah.ipal")),
    ("SKT itu surat apa", ("istilah.skt", "usulan.rtlh")),
    ("backlog perumahan artinya apa", "istilah.backlog"),
    ("apa arti RDTR", ("istilah.rdtr", "istilah.rtrw")),
    ("what is SIPD", "istilah.sipd"),
    ("RLH itu apa", ("istilah.rlh", "istilah.rtlh")),
]

ROUND5_INTENTS: list[tuple[str, str]] = [
    # status: the officer's own proposals
    ("usulan kmi udh sampai mana ya?", "status"),
    ("gmn status usulan jalan lingkungan desa Tumbang Samba yg kami kirim", "status"),
    ("cek usulan sy USL-2026-0003", "status"),
    ("my proposals status please", "status"),
    ("usulan yg kmrn dikirim udh diverifikasi blm ya", "status"),
    ("usulan2 kabupaten kami sdh ada yg disetujui?", "status"),
    # meeting: when/where the next Rakor or meeting is
    ("rakor tahun ini kapan?", "meeting"),
    ("rapat berikutnya dimana ya", "meeting"),
    ("jadwal rakor 2027 udh keluar blm", "meeting"),
    ("when is the next coordination meeting", "meeting"),
    ("jam brp rapatnya besok, sy dr kuala kurun takut telat", "meeting"),
    ("rakor nanti di aula dinas atau di hotel?", "meeting"),
    # deadline: until when proposals can be sent
    ("batas akhir kirim usulan kapan", "deadline"),
    ("sampai tgl brp usulan utk TA 2028 bs masuk", "deadline"),
    ("deadline usulan?", "deadline"),
    ("masih bisa ngirim usulan ga minggu depan?", "deadline"),
    ("is there a cut-off date for proposals this year", "deadline"),
    ("penerimaan usulan ditutup kapan", "deadline"),
    # greeting: greetings, thanks, "mau tanya"
    ("selamat pagi pak", "greeting"),
    ("makasih infonya min", "greeting"),
    ("halo, mau tanya", "greeting"),
    ("assalamualaikum", "greeting"),
    ("thank you", "greeting"),
    ("permisi mau nanya dikit boleh", "greeting"),
    # how_to_submit: how to send a proposal through the bot
    ("gmn cara kirim usulan lewat bot ini", "how_to_submit"),
    ("caranya ngusulin disini gimana", "how_to_submit"),
    ("how do I submit a proposal here", "how_to_submit"),
    ("mau input usulan baru, mulai dr mana", "how_to_submit"),
    ("perintah utk ajukan usulan apa ya", "how_to_submit"),
    ("bisa kirim usulan lwt telegram ini? caranya?", "how_to_submit"),
]

ROUND5_AREAS: list[tuple[str, str]] = [
    ("kumuh 8,5 ha kewenangan siapa", "kabkota"),
    ("kawasan kumuh 12 hektar di Sampit, siapa yg tangani", "provinsi"),
    ("luas delineasi kumuh kami pas 15 ha, masuk mana", "pusat"),
    ("kumuh pas 10 ha itu prov atau kab?", "provinsi"),
    ("lokasi kumuh luasnya 14,99 ha, kewenangan siapa", "provinsi"),
    ("kumuh 95.000 m2 ditangani siapa", "kabkota"),
    ("kawasan kumuh 120.000 m² masuk kewenangan mana", "provinsi"),
    ("kumuh 160.000 meter persegi itu urusan siapa", "pusat"),
    ("kawasan kumuh kurang dari 10 ha siapa yg nangani", "kabkota"),
    ("kumuh lebih dari 15 ha kewenangan siapa", "pusat"),
    ("who handles a 22 hectares slum area?", "pusat"),
    ("kumuh 9,9 hektare bs diusulkan ke provinsi?", "kabkota"),
    ("lokasi kumuh sy cm 3 ha, prov bs tangani?", "kabkota"),
    ("kawasan kumuh di Kuala Kapuas 45,2 ha kewenangan siapa", "pusat"),
    ("slum of 13 ha, province or regency?", "provinsi"),
    ("kumuh 100.000 m2 kewenangan siapa", "provinsi"),
    ("kumuh 150.000 m2 masuk mana", "pusat"),
    ("luas kumuh 0,8 ha siapa yg tangani", "kabkota"),
    ("kawasan kumuh total 13,75 hektar di Pahandut, prov kah?", "provinsi"),
    ("luas delineasi dlm SK kumuh 17 ha, siapa yg pegang", "pusat"),
    (
        "kumuh yg didelineasi di SK cuma 7 ha walaupun luas desanya 40 ha, kewenangan siapa",
        "kabkota",
    ),
    ("kumuh kurang dari 5 hektar urusan siapa", "kabkota"),
    ("kumuh di atas 20 ha itu kewenangan siapa", "pusat"),
    ("kawasan kumuh 11 ha di Kotim, apa bs diusulkan ke provinsi", "provinsi"),
    ("kumuh 10,5 hektare kewenangan siapa ya", "provinsi"),
    ("slum area of 6 hectares, who is responsible?", "kabkota"),
]

ROUND5_OUT_OF_SCOPE: list[str] = [
    "harga semen di puruk cahu brp skrg",
    "cara daftar PPPK 2027 gmn",
    "kapan cuti bersama natal tahun ini",
    "kalo mau pinjam mobil dinas provinsi prosedurnya gmn",
    "aplikasi e-katalog LKPP sy error terus, ada solusinya?",
    "how do I renew my ASN ID card",
    "jadwal pelantikan pejabat eselon di pemkab kapan",
    "cara bayar pajak kendaraan online di kalteng",
    "ada info lowongan konsultan pengawas gk",
    "wifi kantor lambat bgt, siapa yg bs benerin",
    "berapa UMK kotim 2027",
    "kapan pencairan TPP bulan ini",
    "format laporan SPJ perjalanan dinas gmn",
    "cara klaim asuransi kesehatan pegawai",
    "ada data jumlah penduduk miskin per desa di barsel?",
    "siapa pemenang lelang proyek jembatan di Mura",
    "what's the weather forecast for Sampit tomorrow",
    "bisa bantu terjemahin surat ke bahasa inggris?",
    "cara reset password email dinas",
    "tarif hotel di palangka utk tamu dinas brp",
    "rekomendasi tempat makan dekat kantor gubernur",
    "kapan pendaftaran CPNS dibuka",
    "cara urus paspor dinas gmn",
    "prosedur mutasi PNS antar kabupaten gmn ya",
    "ada template undangan rapat desa gk",
    "gimana cara pasang aplikasi zoom di hp",
    "harga TBS sawit hari ini brp",
    "jadwal kapal ke kuala pembuang minggu ini",
    "aturan pakaian dinas hari kamis apa",
    "stok vaksin rabies di puskesmas habis, minta ke mana",
]
