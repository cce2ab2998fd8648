"""Held-out question table, round 14.

Written 2026-12-04 by someone who had not seen the knowledge base, its paraphrases or any
other question table; only the topic list and the domain briefs (docs/domain.md,
shared/DOMAIN.md, shared/DOMAIN-RESEARCH.md) were read.

Style emphasis of this round: case-based questions naming real regencies, kecamatan and
desa of Kalimantan Tengah; yes/no confirmations and negative questions ("bukan ... kan?",
"betul gak kalau ...", "masa sih ..."); messages typed in a hurry or by voice-to-text (no
punctuation, words run together, odd capitals, repeated letters, a few emoji); follow-up
phrasing that still stands alone ("terus kalau yang ... gimana"); a mix of chat Indonesian,
formal Indonesian, Banjar-flavoured Indonesian, some English and a few very short messages.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND14_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # --- kewenangan.ringkasan
    (
        "sy baru dimutasi ke dinas perkim katingan, bisa dijelasin singkat pembagian "
        "urusan pkp antara pusat provinsi dan kabupaten?",
        "kewenangan.ringkasan",
    ),
    (
        "in short, who does what in housing and settlements: centre, province, regency?",
        "kewenangan.ringkasan",
    ),
    (
        "pembagian kewenangan bidang perumahan rakyat dan kawasan permukiman menurut "
        "lampiran UU 23 2014 kayapa pian",
        "kewenangan.ringkasan",
    ),
    # --- kewenangan.urusan_wajib
    (
        "betul gak kalau perumahan dan kawasan permukiman itu urusan wajib pelayanan dasar?",
        "kewenangan.urusan_wajib",
    ),
    (
        "perkim ini masuk urusan wajib atau urusan pilihan sih 🤔",
        "kewenangan.urusan_wajib",
    ),
    (
        "Mohon informasi, pasal berapa dalam UU 23/2014 yang menyebut perumahan rakyat "
        "sebagai urusan wajib yang berkaitan dengan pelayanan dasar?",
        "kewenangan.urusan_wajib",
    ),
    # --- kewenangan.kumuh
    (
        "pembagian kewenangan penanganan kumuh berdasarkan luasnya gmn ya",
        "kewenangan.kumuh",
    ),
    (
        "ulun bingung kumuh tu siapa nang menangani kabupaten lah atau provinsi patokannya apa",
        "kewenangan.kumuh",
    ),
    (
        "kumuhyangjadi tugas provinsi itu yg luasnya dari brp sampai brp",
        "kewenangan.kumuh",
    ),
    (
        "does the province handle every slum area or only some sizes?",
        "kewenangan.kumuh",
    ),
    # --- kewenangan.kumuh_pusat
    (
        "kumuh di kec Selat kapuas luasnya ratusan hektar, itu bukan ranah provinsi kan? "
        "terus siapa yg pegang",
        "kewenangan.kumuh_pusat",
    ),
    (
        "terus kalau kawasan kumuhnya melebihi batas atas kewenangan provinsi gimana, masuk pusat?",
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    (
        "kumuh skala besar yg jadi urusan pemerintah pusat itu dasar aturannya udah pasti "
        "atau masih belum terkonfirmasi",
        "kewenangan.kumuh_pusat",
    ),
    # --- kewenangan.pencegahan_kumuh
    ("pencegahan kumuh itu kewenangan siapaaa", "kewenangan.pencegahan_kumuh"),
    (
        "kami di barsel mau bikin program cegah tumbuhnya kumuh baru di buntok "
        "bisa minta provinsi yg danai gak",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Apakah pemerintah provinsi turut melaksanakan pencegahan perumahan dan permukiman "
        "kumuh, atau sepenuhnya oleh kabupaten/kota?",
        "kewenangan.pencegahan_kumuh",
    ),
    # --- kewenangan.perumahan
    (
        "sub urusan perumahan itu provinsi kewenangannya apa aja",
        "kewenangan.perumahan",
    ),
    (
        "terus urusan perumahan yg jadi bagian kabupaten apa aja selain rumah korban bencana",
        "kewenangan.perumahan",
    ),
    (
        "what exactly is the province responsible for in the housing sub-affair?",
        "kewenangan.perumahan",
    ),
    # --- kewenangan.perumahan_pusat
    (
        "penyediaan rumah utk MBR itu tugas siapa? bukan provinsi kan",
        "kewenangan.perumahan_pusat",
    ),
    (
        "sistem pembiayaan perumahan bagi masyarakat berpenghasilan rendah diurus level mana",
        "kewenangan.perumahan_pusat",
    ),
    (
        "masa sih provinsi gak boleh bangun rumah buat warga berpenghasilan rendah "
        "katanya itu urusan pusat",
        "kewenangan.perumahan_pusat",
    ),
    # --- kewenangan.bencana_relokasi
    (
        "rumah warga desa tumbang samba kec katingan tengah rusak berat kena banjir bandang "
        "perbaikan rumahnya tanggungan provinsi atau kabupaten",
        "kewenangan.bencana_relokasi",
    ),
    (
        "warga yg tergusur gara2 proyek pemprov, rumah penggantinya siapa yg fasilitasi",
        "kewenangan.bencana_relokasi",
    ),
    (
        "kalau bencananya skala nasional rumah korbannya ditangani pusat kan bukan prov",
        "kewenangan.bencana_relokasi",
    ),
    (
        "who provides houses for people relocated by a regency programme?",
        "kewenangan.bencana_relokasi",
    ),
    # --- kewenangan.izin
    (
        "developer mau bangun perumahan di sampit izin pembangunan perumahannya diterbitkan siapa",
        "kewenangan.izin",
    ),
    ("SKBG diterbitkan prov atau kab?", "kewenangan.izin"),
    (
        "izin pengembangan kawasan permukiman itu kewenangan provinsi bukan",
        "kewenangan.izin",
    ),
    # --- kewenangan.kawasan_permukiman
    (
        "sub urusan kawasan permukiman isinya apa aja di tiap tingkatan pemerintahan",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "penetapan sistem kawasan permukiman itu wewenang siapa",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "terus kalau di sub urusan kawasan permukiman kabupaten pegang apa aja",
        "kewenangan.kawasan_permukiman",
    ),
    # --- kewenangan.psu
    (
        "PSU perumahan sama PSU permukiman itu bedanya siapa yg pegang?",
        "kewenangan.psu",
    ),
    (
        "jalan di dalam komplek perumahan developer di pangkalan bun udah hancur "
        "bisa minta diperbaiki provinsi?",
        "kewenangan.psu",
    ),
    (
        "betul gak PSU perumahan itu urusan kabupaten bukan provinsi",
        "kewenangan.psu",
    ),
    # --- psu.lingkup_provinsi
    (
        "PSU yg dibangun disperkimtan prov itu apa aja sih",
        "psu.lingkup_provinsi",
    ),
    (
        "pak jalan kabupaten di muara teweh rusak parah bisa diusulin jadi PSU provinsi gak "
        "soalnya warga udah komplain terus",
        "psu.lingkup_provinsi",
    ),
    (
        "provinsi bisa bangun drainase di permukiman perdesaan juga kah atau cuma diperkotaan",
        "psu.lingkup_provinsi",
    ),
    (
        "selain jaling dan drainase bisa usul PSU lain kayak lampu jalan atau taman?",
        "psu.lingkup_provinsi",
    ),
    # --- kewenangan.sertifikasi
    (
        "sertifikasi perancang rumah tingkat kemampuan kecil itu kewenangan siapa",
        "kewenangan.sertifikasi",
    ),
    (
        "registrasi badan usaha perencana PSU kemampuan menengah diurus provinsi ya?",
        "kewenangan.sertifikasi",
    ),
    (
        "who certifies and registers house and PSU designers?",
        "kewenangan.sertifikasi",
    ),
    # --- kewenangan.spm
    (
        "SPM perumahan yg jadi tanggung jawab provinsi apa aja dan targetnya brp persen",
        "kewenangan.spm",
    ),
    ("dasar hukum spm perumahan rakyat apa ya", "kewenangan.spm"),
    (
        "terus kalau SPM perumahan di kabupaten jenis layanan dasarnya apa",
        "kewenangan.spm",
    ),
    # --- kumuh.luas_delineasi
    (
        "luas kumuh yg dihitung buat nentuin kewenangan itu luas desa seluruhnya atau gmn",
        "kumuh.luas_delineasi",
    ),
    (
        "desa kami di kec mentaya hilir selatan luasnya puluhan hektar tapi yg dideliniasi "
        "kumuh cuma sebagian, yg dipakai yg mana",
        "kumuh.luas_delineasi",
    ),
    (
        "luasan kumuh diambil dari mana ya dari SK atau hasil ukur sendiri di lapangan",
        "kumuh.luas_delineasi",
    ),
    # --- kumuh.penetapan
    ("siapa yg berwenang menetapkan lokasi kumuh", "kumuh.penetapan"),
    (
        "gubernur kan yg netapin SK kumuh di kabupaten?",
        "kumuh.penetapan",
    ),
    (
        "SK penetapan lokasi kumuh isinya apa aja, cukup daftar lokasi atau perlu peta juga",
        "kumuh.penetapan",
    ),
    (
        "sk kumuh kota palangka raya terbit 2018 harus direvisi gak berapa tahun sekali ditinjau",
        ("kumuh.penetapan", "usulan.sk_kumuh"),
    ),
    # --- kumuh.aspek
    ("aspek kriteria kumuh ada apa aja", "kumuh.aspek"),
    ("proteksi kebakaran masuk kriteria kumuh kah", "kumuh.aspek"),
    (
        "brp jumlah kriteria kumuh menurut permen pupr 14 tahun 2018",
        "kumuh.aspek",
    ),
    # --- kumuh.penilaian
    ("skor brp baru disebut kumuh berat", "kumuh.penilaian"),
    ("nilai maksimal penilaian kekumuhan brp", "kumuh.penilaian"),
    (
        "tiap kriteria kumuh dinilai pake skor apa 0 sampai 5 gitu?",
        "kumuh.penilaian",
    ),
    # --- kumuh.tingkat_sedang_ringan
    ("skor kumuh 45 itu masuk sedang ya?", "kumuh.tingkat_sedang_ringan"),
    ("rentang nilai kumuh ringan brp sampai brp", "kumuh.tingkat_sedang_ringan"),
    (
        "kalo total nilai kekumuhan lokasi kami di kel. pahandut cuma 20 itu kategorinya apa",
        "kumuh.tingkat_sedang_ringan",
    ),
    # --- kumuh.pola_penanganan
    ("PEMUGARAN sama peremajaan bedanya apa", "kumuh.pola_penanganan"),
    (
        "permukiman kumuh di bantaran sungai kahayan berdiri di tanah ilegal "
        "pola penanganannya apa",
        "kumuh.pola_penanganan",
    ),
    (
        "terus kalau kumuh ringan tapi lahannya legal ditangani pake pola apa",
        "kumuh.pola_penanganan",
    ),
    # --- kumuh.kalteng
    ("brp jumlah lokasi kumuh di kalteng", "kumuh.kalteng"),
    ("total luas kumuh se kalimantan tengah brp hektar", "kumuh.kalteng"),
    (
        "kabupaten mana nang paling banyak lokasi kumuhnya di kalteng",
        "kumuh.kalteng",
    ),
    # --- usulan.isi
    (
        "apa aja yg harus diisi kalau mau ngajukan usulan kegiatan ke provinsi",
        "usulan.isi",
    ),
    (
        "knp sih usulan harus pakai data sebanyak itu, buat apa semua",
        "usulan.isi",
    ),
    ("what information does a proposal have to contain?", "usulan.isi"),
    # --- usulan.jenis
    ("jenis usulan apa aja yg bisa diajukan ke provinsi", "usulan.jenis"),
    (
        "bisa gak usul selain kumuh dan psu? misal rumah korban bencana provinsi",
        ("usulan.jenis", "kewenangan.bencana_relokasi"),
    ),
    ("jenis usulan?", "usulan.jenis"),
    # --- usulan.lokasi
    ("data lokasi usulan yg diminta apa aja", "usulan.lokasi"),
    ("titik gps wajib gak di usulan", "usulan.lokasi"),
    (
        "nama lokasi di usulan harus sama persis dgn yg di SK kumuh kah",
        ("usulan.lokasi", "usulan.sk_kumuh"),
    ),
    # --- usulan.penerima_biaya
    (
        "jumlah KK dan jiwa penerima manfaat wajib diisi semua?",
        "usulan.penerima_biaya",
    ),
    (
        "sumber dana yg bisa dipilih di usulan apa aja",
        "usulan.penerima_biaya",
    ),
    (
        "jumlah jiwa boleh lebih kecil dari jumlah KK gak di isian",
        "usulan.penerima_biaya",
    ),
    # --- usulan.kesiapan
    (
        "dokumen kesiapan apa aja yg perlu buat usulan PSU jalan lingkungan",
        "usulan.kesiapan",
    ),
    ("readiness criteria usulan itu isinya apa", "usulan.kesiapan"),
    (
        "kalo DED belum ada usulan tetep bisa masuk?",
        ("usulan.kesiapan", "usulan.dokumen_teknis"),
    ),
    # --- usulan.lahan
    (
        "lahan buat jaling yg kami usulkan di desa bawan masih tanah warga tanpa sertifikat "
        "masalah gak",
        "usulan.lahan",
    ),
    (
        "syarat lahan clean and clear di usulan itu apa aja",
        ("usulan.lahan", "istilah.cleanandclear"),
    ),
    ("status lahan yg bisa dipilih di usulan apa aja", "usulan.lahan"),
    # --- usulan.sk_kumuh
    ("usulan kumuh wajib lampirkan SK kumuh gak", "usulan.sk_kumuh"),
    (
        "lokasi kami di kel. mendawai gak tercantum di SK kumuh, masih bisa usul penanganan "
        "kumuh ke prov?",
        "usulan.sk_kumuh",
    ),
    (
        "sk kumuh udh 6 taun ngaruh gak ke penilaian usulan",
        "usulan.sk_kumuh",
    ),
    # --- usulan.dokumen_teknis
    (
        "dokumen teknis yg dilampirkan apa aja, DED RAB RKS perlu semua?",
        "usulan.dokumen_teknis",
    ),
    (
        "foto kondisi eksisting itu wajib gak di usulan",
        "usulan.dokumen_teknis",
    ),
    ("site plan wajib dilampirkan kah", "usulan.dokumen_teknis"),
    # --- usulan.surat_pernyataan
    (
        "surat pernyataan kesediaan menerima hibah itu perlu gak di usulan",
        "usulan.surat_pernyataan",
    ),
    (
        "knp kabupaten harus bikin surat pernyataan sanggup operasi dan pemeliharaan",
        "usulan.surat_pernyataan",
    ),
    (
        "is a statement on the grant and O&P required with the proposal?",
        "usulan.surat_pernyataan",
    ),
    # --- usulan.rtlh
    ("syarat usulan RTLH lewat provinsi apa aja", "usulan.rtlh"),
    (
        "warga mau bangun rumah baru di tanah kosong bisa lewat program rtlh provinsi?",
        "usulan.rtlh",
    ),
    (
        "rumah tdk layak huni di desa tumbang manjul tapi tanahnya numpang di tanah keluarga "
        "bisa dibantu provinsi gak",
        "usulan.rtlh",
    ),
    (
        "penerima bantuan rtlh provinsi ditetapkan pakai SK siapa",
        "usulan.rtlh",
    ),
    # --- usulan.psu_masyarakat
    (
        "warga RT 05 kelurahan menteng mau minta jalan lingkungan langsung ke provinsi bisa?",
        "usulan.psu_masyarakat",
    ),
    (
        "permohonan drainase dari masyarakat harus diketahui siapa aja",
        "usulan.psu_masyarakat",
    ),
    (
        "can residents ask the province directly for a drainage channel?",
        "usulan.psu_masyarakat",
    ),
    # --- hibah.aset
    (
        "jalan lingkungan yg dibangun provinsi di tanah kabupaten nanti jadi aset siapa",
        "hibah.aset",
    ),
    (
        "setelah drainasenya selesai dibangun prov pemeliharaannya tanggung jawab siapa",
        "hibah.aset",
    ),
    (
        "serah terima aset hasil pembangunan provinsi ke pemkab dicatat pake dokumen apa",
        "hibah.aset",
    ),
    # --- pendanaan.saluran_lain
    (
        "kalau bukan kewenangan provinsi dananya bisa dicari dari mana",
        "pendanaan.saluran_lain",
    ),
    (
        "kumuh kami kecil jadi gak bisa ke provinsi ya, alternatif pendanaannya apa aja",
        "pendanaan.saluran_lain",
    ),
    (
        "what other funding channels are there if the province can't fund it?",
        "pendanaan.saluran_lain",
    ),
    # --- siklus.tahunan
    (
        "usulan yg dikirim tahun ini untuk anggaran tahun kapan",
        "siklus.tahunan",
    ),
    (
        "alur usulan dari kabupaten sampai jadi kegiatan provinsi gmn",
        "siklus.tahunan",
    ),
    ("siklus usulan tahunan ke disperkimtan kayak apa", "siklus.tahunan"),
    # --- siklus.pemeriksaan
    (
        "usulan kami diperiksa provinsi dari sisi apa aja",
        "siklus.pemeriksaan",
    ),
    ("verifikasi usulan itu ngecek apa aja", "siklus.pemeriksaan"),
    (
        "provinsi cek lapangan juga gak atau cuma periksa berkas",
        "siklus.pemeriksaan",
    ),
    # --- siklus.rakor
    ("rakor bidang kawasan permukiman itu acara apa", "siklus.rakor"),
    ("yg ikut rakor siapa aja", "siklus.rakor"),
    (
        "apa tujuan rakor dan sinkronisasi kawasan permukiman se kalteng",
        "siklus.rakor",
    ),
    # --- siklus.rkpd_apbd
    (
        "setelah dibahas di rakor usulan masuk ke mana",
        "siklus.rkpd_apbd",
    ),
    (
        "hubungan rakor dgn musrenbang provinsi apa",
        ("siklus.rkpd_apbd", "siklus.rakor"),
    ),
    (
        "usulan disetujui berarti langsung ada anggarannya? atau masih lewat RKPD APBD",
        "siklus.rkpd_apbd",
    ),
    # --- koordinasi.pokja_pkp
    (
        "pokja pkp itu fungsinya apa",
        ("koordinasi.pokja_pkp", "istilah.pokjapkp"),
    ),
    ("dasar hukum pokja PKP apa ya", "koordinasi.pokja_pkp"),
    (
        "di kabupaten biasanya siapa yg jadi ketua pokja pkp",
        "koordinasi.pokja_pkp",
    ),
    # --- disperkimtan.kontak
    ("alamat kantor disperkimtan prov dimana", "disperkimtan.kontak"),
    ("website resmi disperkimtan kalteng apa", "disperkimtan.kontak"),
    ("where is the Disperkimtan office?", "disperkimtan.kontak"),
    # --- bot.cara_pakai
    (
        "jam di bot ini pake WIB atau WITA",
        ("bot.cara_pakai", "istilah.wib"),
    ),
    (
        "can I use this bot in English?",
        "bot.cara_pakai",
    ),
    (
        "kalau sy ketik jam rapat pakai WITA nanti dikonversi gak sama bot",
        "bot.cara_pakai",
    ),
    # --- bot.usul
    ("di form usul maksimal brp foto", "bot.usul"),
    (
        "bisa lampirkan pdf DED sama RAB di form usulan bot gak",
        "bot.usul",
    ),
    ("fitur salin usulan lama itu apa", "bot.usul"),
    (
        "kode USL-2026-0003 yg muncul setelah kirim itu maksudnya apa",
        "bot.usul",
    ),
    # --- bot.status
    ("status dibahas rakor artinya apa", "bot.status"),
    (
        "perlu perbaikan itu maksudnya gmn harus kirim ulang dr awal?",
        "bot.status",
    ),
    (
        "kalo status udah disetujui bisa berubah lagi gak",
        "bot.status",
    ),
    (
        "usulan yg masih berstatus diajukan boleh sy batalkan sendiri?",
        "bot.status",
    ),
    # --- bot.ditolak_dialihkan
    (
        "usulan ditolak alasannya bukan kewenangan provinsi, trus langkah selanjutnya apa",
        "bot.ditolak_dialihkan",
    ),
    (
        "dialihkan ke APBD kab itu maksudnya apa",
        "bot.ditolak_dialihkan",
    ),
    (
        "what happens when a proposal is redirected instead of rejected?",
        "bot.ditolak_dialihkan",
    ),
    # --- bot.tindak_lanjut
    (
        "brp lama provinsi harus nanggapi usulan yg masuk",
        "bot.tindak_lanjut",
    ),
    (
        "standar 3 hari kerja itu aturan resmi disperkimtan atau cuma standar bot?",
        "bot.tindak_lanjut",
    ),
    (
        "usulan yg udh seminggu lebih belum diverifikasi wajar gak, ada standar waktunya?",
        "bot.tindak_lanjut",
    ),
    # --- glossary
    ("perkim itu singkatan dari apa", "istilah.perkim"),
    ("disperkimtan kepanjangannya apa sih", "istilah.disperkimtan"),
    ("PSU tuh apa", "istilah.psu"),
    ("jaling maksudnya apa ya", "istilah.jaling"),
    ("drainase lingkungan itu apa maksudnya", "istilah.drainase"),
    ("ks itu singkatan kumuh sedang kah?", "istilah.ks"),
    ("KB di tabel kumuh bukan keluarga berencana kan? 😅", "istilah.kb"),
    ("apa yg dimaksud SK kumuh", "istilah.skkumuh"),
    ("delineasi itu apaan", "istilah.delineasi"),
    ("RTLH singkatan dr apa", "istilah.rtlh"),
    ("RLH artinya apa", "istilah.rlh"),
    ("bedah rumah itu maksudnya apa", "istilah.bedahrumah"),
    ("what does BSPS stand for?", "istilah.bsps"),
    ("mbr itu apa", "istilah.mbr"),
    ("rusunawa kepanjangannya", "istilah.rusunawa"),
    ("rusus itu rumah apa", "istilah.rusus"),
    ("huntara artinya", "istilah.huntara"),
    ("KK di kolom penerima manfaat itu maksudnya apa", "istilah.kk"),
    ("jiwa di isian itu maksudnya orang ya?", "istilah.jiwa"),
    ("ha itu satuan apa, sama dengan brp meter persegi", "istilah.ha"),
    ("DED kepanjangannya apa", "istilah.ded"),
    ("rab itu apa", "istilah.rab"),
    ("KAK atau TOR itu apa", "istilah.kak"),
    ("site plan artinya apa", "istilah.siteplan"),
    ("RC itu singkatan apa sih", "istilah.rc"),
    ("bast apaan", "istilah.bast"),
    ("BMD artinya", "istilah.bmd"),
    ("O&P itu apa", "istilah.op"),
    ("SPM kepanjangannya", "istilah.spm"),
    ("pokja ppas itu apa", "istilah.pokjappas"),
    ("AMPL di pokja AMPL artinya apa", "istilah.pokjaampl"),
    ("RP3KP itu dokumen apa", "istilah.rp3kp"),
    ("rp2kpkp singkatan dari apa", "istilah.rp2kpkp"),
    ("program KOTAKU itu apa", "istilah.kotaku"),
    ("DAK tematik PPKT maksudnya apa", "istilah.daktematikppkt"),
    ("apbn artinya apa", "istilah.apbn"),
    ("APBDes itu apa", "istilah.apbdes"),
    ("bankeu maksudnya apa", "istilah.bankeu"),
    ("pokir dprd itu apa sih", "istilah.pokir"),
    ("musrenbang kepanjangannya", "istilah.musrenbang"),
    ("RKPD itu apa", "istilah.rkpd"),
    ("Renstra itu dokumen apa ya", "istilah.renstra"),
    ("what is an RPJMD?", "istilah.rpjmd"),
    ("KUA PPAS itu apa", "istilah.kuappas"),
    ("sipd singkatan apa", "istilah.sipd"),
    ("bapperida itu instansi apa", "istilah.bapperida"),
    ("OPD maksudnya", "istilah.opd"),
    ("skpd sama dgn opd kah?", ("istilah.skpd", "istilah.opd")),
    ("SPAM di bidang air minum itu apa, bukan email spam kan 😂", "istilah.spam"),
    ("SPALD singkatan apa", "istilah.spald"),
    ("RTRW itu apa, bukan RT RW kampung kan", "istilah.rtrw"),
    ("PBG pengganti IMB itu apa", "istilah.pbg"),
    ("apa itu skbg", "istilah.skbg"),
    ("SKT itu surat apa", "istilah.skt"),
    ("maksudnya clean and clear apa", "istilah.cleanandclear"),
    ("CSR artinya apa", "istilah.csr"),
    ("rakor singkatan dari", "istilah.rakor"),
    ("LAPOR! itu apa", "istilah.lapor"),
    ("WIB itu utc brp", "istilah.wib"),
    ("backlog perumahan itu apa", "istilah.backlog"),
    ("PKP kepanjangannya apa", "istilah.pkp"),
    ("pengertian permukiman kumuh apa", "istilah.kumuh"),
    ("DAK itu apa", "istilah.dak"),
]

ROUND14_INTENTS: list[tuple[str, str]] = [
    # --- status
    ("usulan kami udah sampai mana ya", "status"),
    ("cek status usulan kabupaten kapuas dong", "status"),
    ("USL-2026-0012 gmn kabarnya udh diverifikasi belum", "status"),
    ("what's the status of my proposals?", "status"),
    (
        "usulan jalan lingkungan desa pulau telo yg kami kirim bulan lalu progresnya gimana",
        "status",
    ),
    ("ada kabar kah usulan ulun nang kemarin", "status"),
    # --- meeting
    ("rakor tahun ini kapan", "meeting"),
    ("jadwal rapat koordinasi kawasan permukiman berikutnya kapan ya", "meeting"),
    ("rakor 2026 dimana tempatnya", "meeting"),
    ("when is the next coordination meeting?", "meeting"),
    ("kpn rakor kawasan permukiman diadakan taun ini", "meeting"),
    ("rapat sinkronisasi tahun ini jadinya tgl brp dan di aula mana", "meeting"),
    # --- deadline
    ("batas akhir kirim usulan kapan", "deadline"),
    ("tenggat usulan TA 2027 tgl brp", "deadline"),
    ("deadline proposal?", "deadline"),
    ("masih sempat kirim usulan gak, kpn ditutupnya", "deadline"),
    ("Paling lambat usulan tahun ini harus masuk tanggal berapa?", "deadline"),
    ("sampai bila usulan dibuka", "deadline"),
    # --- greeting
    ("halooo", "greeting"),
    ("selamat pagi pak", "greeting"),
    ("makasih ya infonya 🙏", "greeting"),
    ("bot ini bisa bantu apa aja", "greeting"),
    ("tolong bantu sy", "greeting"),
    ("hi, how does this bot work?", "greeting"),
    # --- how_to_submit
    ("cara ngirim usulan lewat bot gmn", "how_to_submit"),
    ("sy mau ajukan usulan psu mulai dari mana di bot ini", "how_to_submit"),
    ("how do I submit a proposal here?", "how_to_submit"),
    ("gmn caranya input usulan baru", "how_to_submit"),
    ("handak mengusulkan kegiatan kumuh lewat bot, kayapa caranya", "how_to_submit"),
    ("langkah2 kirim usulan di sinkron apa aja", "how_to_submit"),
]

ROUND14_AREAS: list[tuple[str, str]] = [
    ("kumuh 9,5 ha di kel. baamang hulu sampit itu kewenangan siapa", "kabkota"),
    ("luas delineasi kumuh pas 10 ha masuk provinsi kan?", "provinsi"),
    ("kawasan kumuh tepat 15 hektar siapa yg tangani", "pusat"),
    ("lokasi kumuh 14,99 ha kewenangan siapa", "provinsi"),
    ("kumuh seluas 120.000 m2 itu kewenangan prov atau kab", "provinsi"),
    ("slum area of 8.2 hectares in Pulang Pisau, whose authority is it?", "kabkota"),
    ("kumuh 75,87 hektare di kotim siapa yg pegang", "pusat"),
    ("kawasan kumuh kurang dari 10 ha persisnya 9,99 ha masuk mana", "kabkota"),
    ("kumuhnya lebih dari 15 ha tepatnya 15,5 ha kewenangan siapa", "pusat"),
    ("kumuh 50.000 meter persegi kewenangan siapa", "kabkota"),
    ("di desa kami ada kumuh 11 hektar apakah itu kewenangan provinsi", "provinsi"),
    ("kumuh 100.000 m² siapa yg menangani", "provinsi"),
    ("kawasan kumuh 3 ha di buntok kewenangan prov bukan?", "kabkota"),
    ("kumuh 12.5 ha di bawah kewenangan siapa", "provinsi"),
    ("a slum area of exactly 15 hectares, is that the province?", "pusat"),
    ("kumuh persis 10 hektare kewenangan kabupaten kan?", "provinsi"),
    ("kumuh 200.000 m2 di kuala kapuas kewenangan apa", "pusat"),
    ("kawasan kumuh 13,2 ha di kelurahan pahandut siapa yg tangani", "provinsi"),
    ("kumuh murjani bawah 31,77 ha itu ranah siapa", "pusat"),
    ("yang pesanggrahan cuma 7,71 ha kumuhnya, kewenangan mana", "kabkota"),
    ("kumuh lebih dari 10 ha yaitu 10,4 ha ditangani siapa", "provinsi"),
    ("kurang dari 15 ha, 14,5 hektar kumuhnya, prov bisa?", "provinsi"),
    ("kumuh kecil 0,8 ha di tamiang layang kewenangan siapa", "kabkota"),
    ("luas kumuh 150.000 meter persegi siapa nang menangani", "pusat"),
    ("ada kumuh 9.9 ha di kuala kurun apakah provinsi yg tangani", "kabkota"),
]

ROUND14_OUT_OF_SCOPE: list[str] = [
    "berapa pagu anggaran disperkimtan tahun 2027",
    "no hp kepala dinas disperkimtan brp ya",
    "gimana cara urus sertifikat tanah warga di BPN",
    "gaji PPPK di dinas perkim kabupaten brp",
    "syarat KPR subsidi FLPP apa aja",
    "perda kumuh provinsi kalimantan selatan isinya apa",
    "password sipd saya lupa gimana reset",
    "telegram sy error gak bisa kirim foto sama sekali, hp android",
    "harga semen per sak di sampit sekarang brp",
    "jadwal cuti bersama tahun 2027 tanggal berapa aja",
    "brp jumlah RTLH di kabupaten seruyan tahun 2025",
    "besaran bantuan BSPS per rumah brp juta",
    "cara daftar CPNS di disperkimtan gmn",
    "siapa pemenang tender jalan lingkungan di kapuas tahun lalu",
    "harga satuan per meter jalan lingkungan beton brp",
    "tarif retribusi PBG di kota palangka raya brp",
    "kuota BSPS kalteng tahun depan brp unit",
    "uang harian perjalanan dinas ke palangka raya brp",
    "aturan pengelolaan rumah susun di DKI Jakarta gmn",
    "wifi kantor mati terus gimana benerinnya",
    "how many houses will Kalteng get from the 3 million houses programme?",
    "dana desa tumbang talaken tahun ini brp",
    "siapa nama kabid kawasan permukiman disperkimtan sekarang",
    "sy mau ambil cuti tahunan formnya dimana",
    "cara hitung volume beton untuk saluran u-ditch gimana",
    "boleh gak pakai dana BOS buat rehab gedung sekolah",
    "nomor rekening kas daerah provinsi kalteng berapa",
    "prakiraan cuaca minggu depan di muara teweh gimana, mau cor jalan",
]
