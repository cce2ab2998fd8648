"""Training table R61 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 55's styles, written by another hand for the first half of the topic list after rounds 55 and
56 were measured untouched: phone autocorrect swapping a word for a real but wrong one,
Malaysian Malay spelling and words, a wrong premise or a guess to confirm, fill-in-the-blank
and multiple choice, Telegram formatting left in, hypotheticals, voice typing (spoken
punctuation, numbers as words), a newcomer describing a thing instead of naming it; Indian or
Singapore/Malaysian English. A glossary entry's questions ask what the term means. Its
slum-area questions are computed by rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R61_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "pak bs tolong jelasin singkat pembagian kewarganegaraan bidang perkim antara "
            "pusat, prov sama kab/kota? biar sy gak salah alamat usul"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Kindly share the overall breakup of housing and settlement functions between "
            "Centre, Province and District. Who is doing what exactly?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        "setahu sy perumahan itu urusan pilihan, bukan wajib. betul tidak?",
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "*Kuesioner evaluasi*\nUrusan perumahan rakyat & kawasan permukiman termasuk "
            "urusan ___\na. wajib pelayanan dasar\nb. wajib non pelayanan dasar\nc. "
            "pilihan\nyg bener yg mana ya"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "tolong lengkapi:\n• kumuh kab/kota: luas ...\n• kumuh provinsi: luas ...\n• kumuh "
            "pusat: luas ...\nmau sy tempel di papan ruangan"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kerajaan negeri pegang kawasan kumur yg berapa hektar ya? boleh tak terangkan had "
            "luas tiap peringkat"
        ),
        "kewenangan.kumuh",
    ),
    (
        ("andaikan hasil delineasi kami lewat lima belas hektar, yg pegang kewenangannya siapa"),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Kindly clarify whether slum areas of fifteen hectares and above come under the "
            "purview of the central government and not the province."
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "pencegahan kumuh (bukan peningkatan kualitas ya) bisa diusulkan ke prov kan? itu "
            "provinsi juga kan?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "misal nanti kami mau bikin program biar kampung pinggir sungai di Kec. Pulau "
            "Hanaut gak sampai jadi kumur, itu tugas siapa sebenernya"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "sub urusan perumahan pembagiannya gimana antara pusat provinsi sama kabupaten "
            "tanda tanya"
        ),
        "kewenangan.perumahan",
    ),
    (
        ("di sub-urusan perumahan (rumahnya ya, bukan kawasan), provinsi kebagian apa aja?"),
        "kewenangan.perumahan",
    ),
    ("rumah utk MBR itu yg nyediain siapa, bukannya provinsi?", "kewenangan.perumahan_pusat"),
    (
        (
            "program rumah susun sama kredit rumah buat warga yg gajinya pas2an itu ranahnya "
            "pusat kah?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "seumpama banjir besar di Kec. Timpah ditetapkan bencana kabupaten, rumah warga yg "
            "rusak siapa yg bangun/rehab? kab atau prov"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        "warga yg terkena pindah gara2 program pemprov, rumahnya disediakan siapa?",
        "kewenangan.bencana_relokasi",
    ),
    (
        ("developer di Pangkalan Bun mau bikin perumahan, permohonan izinnya ke provinsi kan?"),
        "kewenangan.izin",
    ),
    ("SKBG sama izin pengembangan kawasan permukiman itu terbit di level mana", "kewenangan.izin"),
    (
        (
            "Kindly revert on the sub-affair kawasan permukiman: which items are with Centre, "
            "which with Province and which with District?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "di sub urusan kawasan permukiman, prov cuma kebagian kumuh 10-15 ha aja atau ada "
            "yg lain? pusat dapat apa"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        ("PSU perumahan vs PSU permukiman, yg prov yg mana yg kab yg mana? sy suka ketuker"),
        "kewenangan.psu",
    ),
    (
        (
            "cek jawaban sy:\n1. PSU permukiman → a. pusat b. provinsi c. kab/kota\n2. PSU "
            "perumahan → a. pusat b. provinsi c. kab/kota"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "jalan yg dibangun disperkimtan itu jalan apa aja? jalan kabupaten depan kantor "
            "camat Kurun bisa diusulkan gak"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        ("parit di pinggir jalan nasional trans kalimantan bisa masuk psu provinsi nggak"),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "sertifikasi perancang rumah tingkat kemampuan kecil itu di kab ya? kalau yg "
            "menengah sama besar siapa"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "What is the procedure for registration of house designers and PSU planners? Which "
            "level is giving certification for medium capability firms?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "SPM perumahan rakyat bagian provinsi itu jenis layanannya apa aja & targetnya brp "
            "persen"
        ),
        "kewenangan.spm",
    ),
    (
        ("standar pelayanan minimum bidang rumah dasarnya PP brp? yg jadi tanggungan prov apa"),
        "kewenangan.spm",
    ),
    (
        (
            "desa kami luasnya 300an ha tp yg kumuh cuma sebagian. utk nentuin kewenangan, "
            "luas yg dihitung yg mana?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Kindly confirm: for deciding authority, is the slum area taken as the full "
            "kelurahan area or only the delineated pocket in the SK kumuh?"
        ),
        "kumuh.luas_delineasi",
    ),
    ("yg netapin lokasi kumuh itu gubernur kan? SK nya dari prov?", "kumuh.penetapan"),
    (
        (
            "penetapan lokasi kumur di kabupaten pakai SK siapa dan harus ditinjau ulang tiap "
            "brp tahun"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "7 aspek kriteria kumuh apa aja? yg sy ingat cuma bangunan, jalan lingkungan, air "
            "minum, drainase... sisanya lupa"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "mana yg BUKAN aspek kriteria kumuh:\na. proteksi kebakaran\nb. persampahan\nc. "
            "jaringan listrik\nd. air limbah"
        ),
        "kumuh.aspek",
    ),
    ("kalau skor kekumuhan enam puluh dua itu masuk kategori apa", "kumuh.penilaian"),
    (
        (
            "nilai maksimal penilaian kumuh itu 80 ya? tiap kriteria dikasih 0 1 3 5? mulai "
            "brp dianggap berat"
        ),
        "kumuh.penilaian",
    ),
    ("rentang skor kumuh _sedang_ sama _ringan_ itu brp sampai brp", "kumuh.tingkat_sedang_ringan"),
    ("skor 40 itu msh kumuh ringan kan?", "kumuh.tingkat_sedang_ringan"),
    ("bedanya pemugaran, peremajaan sama pemukiman kembali apa?", "kumuh.pola_penanganan"),
    (
        ("kalau seandainya kumuhnya ringan tapi tanahnya ilegal, pola penanganannya apa"),
        "kumuh.pola_penanganan",
    ),
    (
        ("ada brp lokasi kumuh se-Kalteng dan total luasnya brp ha? buat bahan paparan"),
        "kumuh.kalteng",
    ),
    ("kabupaten mana yg titik kumuhnya paling banyak di kalteng", "kumuh.kalteng"),
    (
        ("borang permohonan projek ke provinsi tu kena isi apa je? kenapa banyak sangat soalan"),
        "usulan.isi",
    ),
    (
        ("apa aja yg ditanyain kalau bikin usulan kegiatan? biar sy siapin datanya dulu"),
        "usulan.isi",
    ),
    (
        ("jenis usulkan yg bisa diajukan ke disperkimtan apa aja? cuma kumuh sama PSU?"),
        "usulan.jenis",
    ),
    ("boleh tak usul projek rumah korban bencana, atau kena kumuh dan jalan je?", "usulan.jenis"),
    ("data lokasi yg diminta di usulan apa aja? perlu titik GPS juga?", "usulan.lokasi"),
    (
        (
            "lokasi usulan perlu diisi kecamatan desa sama perkotaan/perdesaan gitu? nama "
            "lokasinya bebas atau ikut SK"
        ),
        "usulan.lokasi",
    ),
    (
        ("jumlah KK sama jiwa harus diisi dua2nya? trus sumber dana pilih apa kalau patungan"),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Kindly advise what beneficiary details and cost estimate are required in the "
            "proposal, and which funding sources can be mentioned."
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Please tell the readiness criteria documents required. Same list is applicable "
            "for PSU proposals also?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "dokumen2 yg nunjukin usulan kita udah siap dikerjain itu apa aja? kalo gak "
            "lengkap ngaruh gak"
        ),
        "usulan.kesiapan",
    ),
    (
        ("clean and clear itu syaratnya apa aja? lahan jaling kami msh punya warga blm dihibahkan"),
        "usulan.lahan",
    ),
    (
        (
            "What is the procedure to show land status in the proposal? Land is having only "
            "SKT, will it be treated as clean and clear?"
        ),
        "usulan.lahan",
    ),
    (
        ("SK kumuh kami terbit 2019, masih bisa dipake buat usulkan kumuh tahun ini gak?"),
        "usulan.sk_kumuh",
    ),
    (
        (
            "lokasi yg mau diusulkan gak tercantum di SK kumuh bupati, tetap bisa diajukan sbg "
            "usulan kumuh?"
        ),
        "usulan.sk_kumuh",
    ),
    ("usulan drainase harus ada d e d sama r a b nggak atau bisa nyusul", "usulan.dokumen_teknis"),
    (
        (
            "Kindly do the needful and share the list of technical documents to be attached: "
            "DED, RAB, RKS, site plan, photos etc."
        ),
        "usulan.dokumen_teknis",
    ),
    (
        ("surat pernyataan sanggup terima hibah & O&P itu isinya apa, siapa yg tanda tangan"),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "kenapa hrs ada surat sanggup pelihara? kan yg bangun prov, bukannya prov jg yg "
            "pelihara?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "rumah warga di Desa Buntoi tanahnya cuma SKT, bisa dapat bantuan RTLH prov? kalau "
            "mau bangun baru di tanah kosong gmn"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Kindly let me know the eligibility for RTLH through province and who is "
            "finalising the beneficiary list."
        ),
        "usulan.rtlh",
    ),
    (
        (
            "warga RT 05 Kel. Langkai mau minta jalan lingkungan langsung ke prov, boleh? "
            "syaratnya apa"
        ),
        "usulan.psu_masyarakat",
    ),
    ("proposal dari masyarakat utk drainase harus diketahui siapa aja?", "usulan.psu_masyarakat"),
    (
        (
            "After province build the jaling already, asset belong to who? Regency must "
            "maintain is it?"
        ),
        "hibah.aset",
    ),
    (
        (
            "BAST hibah aset dari prov ke kab itu yg tandatangan siapa? trus pemeliharaannya "
            "tanggung siapa"
        ),
        "hibah.aset",
    ),
    (
        "kalau usulan kami bukan kewarganegaraan prov, bisa lewat dana apa lagi?",
        "pendanaan.saluran_lain",
    ),
    (
        (
            "kumuh kecil di desa kami gak masuk kewenangan prov. trus carinya dana dari mana "
            "aja? APBDes bisa?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        ("alur usulan tiap tahun gimana sih dari kab nyusun sampai jadi kegiatan prov"),
        "siklus.tahunan",
    ),
    ("usulan yg kami kirim tahun ini masuknya utk anggaran tahun brp?", "siklus.tahunan"),
    (
        ("prov meriksa usulan kita dari sisi apa aja? administrasi doang atau turun lapangan jg"),
        "siklus.pemeriksaan",
    ),
    ("macam mana pihak provinsi semak permohonan kami? apa yg dinilai", "siklus.pemeriksaan"),
    ("raker bidang kawasan permukiman se-kalteng itu acara apa sih sebenernya", "siklus.rakor"),
    (
        (
            "rapat besar tahunan sama provinsi yg bahas usulan2 kabupaten itu namanya apa & "
            "gunanya apa"
        ),
        "siklus.rakor",
    ),
    ("Rakor 2025 last time was at hotel right? Or at Disperkimtan?", "siklus.rakor"),
    ("kalau sdh disetujui di rapor, langsung masuk APBD kah?", "siklus.rkpd_apbd"),
    ("habis rakor usulan jalan ke mana? musrenbang dulu baru RKPD?", "siklus.rkpd_apbd"),
    ("pokja PKP itu apa & dasar hukumnya apa", "koordinasi.pokja_pkp"),
    (
        ("kelompok kerja perumahan yg diketuai sekda di kabupaten itu fungsinya buat apa"),
        "koordinasi.pokja_pkp",
    ),
    (
        "alamat kantor disperkimtan prov di mana ya? mau antar berkas ke Palangka",
        "disperkimtan.kontak",
    ),
    (
        ("Disperkimtan office where ah? I want to go there hand in documents, can or not?"),
        "disperkimtan.kontak",
    ),
    ("jam yg ditampilkan di bot ini WIB atau WITA? perintahnya apa aja ya", "bot.cara_pakai"),
    (
        ("This bot got what commands ah? Like /usul, /status those one, got list or not?"),
        "bot.cara_pakai",
    ),
    (
        (
            "abis kirim lewat /usul dapet nomor apa buat lacak? bisa salin usulan tahun lalu "
            "biar gak ngetik ulang?"
        ),
        "bot.usul",
    ),
    (("I submit through /usul already, then what happen? Got tracking code or not?"), "bot.usul"),
    ("status 'perlu perbaikan' artinya apa? kami hrs ngapain", "bot.status"),
    (
        (
            "status usulan yg masih bisa dibatalkan sendiri:\na. diajukan\nb. disetujui\nc. "
            "ditolak\nyg mana?"
        ),
        "bot.status",
    ),
    (
        ("usulan kami ditolak alasannya bukan kewenangan prov, trus langkah selanjutnya apa?"),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "My proposal status say dialihkan to APBN. What does that mean ah, province still "
            "process or not?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "brp hari kerja usulan hrs diverifikasi prov? ada standar kayak LAPOR gitu?",
        "bot.tindak_lanjut",
    ),
    (
        (
            "standar tindak lanjut usulan di bot ini brp hari? itu aturan mengikat dinas atau "
            "cuma patokan bot"
        ),
        "bot.tindak_lanjut",
    ),
    ("kalau sy gak bisa hadir rapat, boleh diwakilkan staf? caranya di bot gmn", "bot.rapat"),
    (
        ("jemputan mesyuarat dlm bot ni macam mana nak sahkan kehadiran? peringatan dihantar bila"),
        "bot.rapat",
    ),
    ("Perkim kepanjangannya apa", "istilah.perkim"),
    ("dinas perkim itu singkatan dr apa ya, sy baru mutasi dari dinas lain", "istilah.perkim"),
    ("Disperkimtan stand for what ah? The 'tan' is what?", "istilah.disperkimtan"),
    ("disperkimtan itu kepanjangannya apa? tan itu tanaman?", "istilah.disperkimtan"),
    ("PSU singkatan dr apa? bukan power supply kan wkwk", "istilah.psu"),
    ("p s u itu apa artinya", "istilah.psu"),
    ("jaling itu apa ya", "istilah.jaling"),
    ("jaling = jalan ____ ? isi titik2nya", "istilah.jaling"),
    ("drainase itu maksudnya apa sih, sama dgn parit?", "istilah.drainase"),
    ("What is drainase ah, same as longkang is it?", "istilah.drainase"),
    ("KR itu singkatan apa di data kumuh?", "istilah.kr"),
    ("di tabel SK ada tulisan *KR*, itu kumuh rendah kah?", "istilah.kr"),
    ("KS di kolom tingkat kekumuhan artinya apa", "istilah.ks"),
    ("ks itu kumuh sedang atau kumuh sekunder?", "istilah.ks"),
    ("KB di data kumuh maksudnya apa? bukan keluarga berencana kan", "istilah.kb"),
    ("k b di baseline kumuh singkatan dari apa", "istilah.kb"),
    ("SK kumuh itu apa sih maksudnya", "istilah.skkumuh"),
    ("What is SK kumuh one? SK stand for what?", "istilah.skkumuh"),
    ("deliniasi kumuh itu maksudnya apa", "istilah.delineasi"),
    ("delineasi artinya apa? sering disebut pas rapat", "istilah.delineasi"),
    ("RTLH kepanjangannya apa", "istilah.rtlh"),
    ("r t l h itu singkatan dari apa tanda tanya", "istilah.rtlh"),
    ("RLH itu apa? kebalikan RTLH?", "istilah.rlh"),
    ("What is RLH ah? Different from RTLH is it?", "istilah.rlh"),
    ("bedah rumah itu maksudnya apa? istilah resmi atau sebutan aja", "istilah.bedahrumah"),
    ("apa yg dimaksud _bedah rumah_", "istilah.bedahrumah"),
    (
        (
            "program bantuan bedah rumah dari pusat yg swadaya itu namanya apa ya, "
            "singkatannya B.. B apa gitu"
        ),
        "istilah.bsps",
    ),
    ("BSPS kepanjangannya apa", "istilah.bsps"),
    ("MBR itu apa", "istilah.mbr"),
    ("masyarakat berpenghasilan rendah kalau disingkat jadi apa? sering liat MBR", "istilah.mbr"),
    ("rusunawa itu apa, bedanya sama rusun biasa?", "istilah.rusunawa"),
    ("Rusunawa means what ah? The 'wa' is for what?", "istilah.rusunawa"),
    ("rusus itu rumah susun khusus ya?", "istilah.rusus"),
    ("apa arti rusus", "istilah.rusus"),
]

TRAIN_R61_INTENTS: list[tuple[str, str]] = [
    ("usulan kami yg jaling Kel. Menteng udah sampe mana ya", "status"),
    ("USL-2026-0007 statusnya apa skrg", "status"),
    ("permohonan projek kami dah lulus ke belum?", "status"),
    ("rakor tahun ini kapan & di mana?", "meeting"),
    ("mesyuarat seterusnya bila? tempat kat mana", "meeting"),
    ("jadwal raker berikutnya udah ada belum pak", "meeting"),
    ("batas akhir kirim usulan kapan?", "deadline"),
    ("sampai tgl brp usulan TA 2027 masih bisa masuk", "deadline"),
    ("Until when can submit proposals? Still can or not?", "deadline"),
    ("selamat pagi pak 🙏", "greeting"),
    ("makasih infonya bot", "greeting"),
    ("bot ini bisa bantu apa aja?", "greeting"),
    ("cara kirim usulan lewat bot ini gmn", "how_to_submit"),
    ("macam mana nak hantar usulan guna bot ni?", "how_to_submit"),
    ("Kindly tell the steps to submit our drainage proposal through this bot.", "how_to_submit"),
]

TRAIN_R61_AREAS: list[tuple[str, str]] = [
    (
        ("kawasan kumuh di Kel. Baamang Tengah luas delineasinya 9,8 ha, kewenangan siapa?"),
        "kabkota",
    ),
    ("lokasi kumuh Selat Hulu pas 10 hektar, itu kab atau prov?", "provinsi"),
    ("kumuh 125.000 m2 di Kec. Pahandut siapa yg tangani", "provinsi"),
    ("kumuhnya tepat 15 ha, masih provinsi kan?", "pusat"),
    ("luas kumuh 14,99 hektare di Mentawa Baru Hilir, siapa yg pegang", "provinsi"),
    (
        (
            "kawasan kumuh seratus enam puluh ribu meter persegi di sampit itu kewenangan "
            "siapa tanda tanya"
        ),
        "pusat",
    ),
    ("kumuh di Desa Pulau Patai 95.000 m² urusan siapa ya", "kabkota"),
    (
        (
            "kumuh di Kel. Selat Dalam lebih dari 20 hektare (kira2 23 ha), bukannya itu "
            "urusan provinsi?"
        ),
        "pusat",
    ),
    ("kawasan kumur kurang dari 10 ha, dalam 7 hektar je, siapa yg tanggung?", "kabkota"),
    ("Slum area exactly 100 thousand square metres, which level handle ah?", "provinsi"),
    ("kumuh 0,8 ha di Kel. Panarung → a. pusat b. provinsi c. kab/kota ?", "kabkota"),
    (
        (
            "seumpama kumuh di Kuala Pembuang II luasnya dua belas koma lima hektar, yg "
            "nanganin siapa"
        ),
        "provinsi",
    ),
]

TRAIN_R61_OUT_OF_SCOPE: list[str] = [
    "harga semen di Sampit skrg brp per sak?",
    "cuaca palangka raya besok hujan gak? mau survei lapangan",
    "cara ngurus sertifikat tanah warga di BPN gmn ya",
    "berapa angka backlog rumah Kalteng tahun 2025?",
    "kuota KPR FLPP buat Kotim tahun ini brp unit",
    "TPP pegawai bulan ini kapan cair ya",
    "tarif air PDAM Palangka Raya per kubik brp",
    "berapa pagu anggaran Disperkimtan tahun 2027?",
    "besaran bantuan BSPS per rumah tahun 2026 brp juta?",
    "izin cuti tahunan sekarang lewat aplikasi apa",
    "jadwal pesawat Palangka Raya - Jakarta hari jumat ada jam brp aja",
    "cara daftar PPPK 2026 gmn",
    "What is the hotel rate near Disperkimtan for Rakor participants ah?",
    ("Kindly share the per diem rates for official travel from Muara Teweh to Palangka Raya."),
    "luas hutan lindung di Kab Katingan brp ha?",
]
