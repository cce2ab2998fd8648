"""Training table R11 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 36's styles, written by another hand for the first half of the topic list: search-box
keyword queries, frustrated or sarcastic officers, orders from a superior ("sebutkan",
"rangkumkan"), bimtek and quiz items ("benar atau salah"), officers of transmigrant families
mixing in Sundanese, Madurese, Bugis or Balinese words, lowercase run-ons, ALL CAPS and
numbered background facts, terse liaison English. Its slum-area questions are computed by
rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R11_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        "peta kewenangan perkim prov vs kab vs pusat ringkas",
        "kewenangan.ringkasan",
    ),
    (
        (
            "Tolong rangkumkan dalam satu tabel pembagian kewenangan bidang perumahan dan "
            "kawasan permukiman antara pusat, provinsi, dan kabupaten/kota, buat bahan "
            "paparan Kadis besok pagi."
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Isian singkat: Menurut Pasal 12 ayat (1) UU 23/2014, perumahan rakyat dan "
            "kawasan permukiman termasuk urusan pemerintahan ...."
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        ("Punten, perumahan teh kalebet urusan wajib pelayanan dasar atau urusan pilihan, kumaha?"),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "pak mau tanya batas luas kumuh yg jadi kewenangan kabupaten sama provinsi itu "
            "berapa hektar sih biar ga salah usul lagi kayak tahun kemarin"
        ),
        "kewenangan.kumuh",
    ),
    (
        "Who handles slum areas at each government level based on size? need the thresholds pls",
        "kewenangan.kumuh",
    ),
    (
        (
            "Kawasan kumuh kami jauh lebih luas dari batas provinsi. Kalau provinsi ga bisa, "
            "terus siapa yang nanggung? Jangan dilempar-lempar terus dong."
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        "kumuh 15 ha keatas kewenangan pusat dasar hukum",
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Benar atau salah: pencegahan perumahan dan kawasan permukiman kumuh bisa "
            "diusulkan ke provinsi karena provinsi juga punya kewenangan pencegahan."
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Ponapa provinsi bedhe kewenangan pencegahan kumuh, atau tak? Sampeyan tolong "
            "jelaskan, kami mau susun program pencegahan."
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Jelaskan ke saya isi sub-urusan perumahan untuk provinsi dan kabupaten/kota "
            "menurut lampiran UU 23/2014."
        ),
        "kewenangan.perumahan",
    ),
    (
        "SUB URUSAN PERUMAHAN ITU PROVINSI PEGANG APA SAJA",
        "kewenangan.perumahan",
    ),
    (
        "penyediaan rumah MBR kewenangan siapa",
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Warga berpenghasilan rendah minta dibangunkan rumah, katanya provinsi ga bisa. "
            "Terus yang bisa siapa, pusat? Pembiayaan perumahannya juga gitu? Jawab yang "
            "jelas ya."
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Iye pak, rumah warga rusak kena banjir di Mendawai, bencananya skala kabupaten "
            "ji. Siapa mi yang tangani perbaikan rumahnya, provinsi atau kabupaten di'?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "pls advise: housing for families relocated by a provincial programme, province "
            "or regency responsibility?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "1. Ada pengembang mau bangun perumahan di Kasongan Baru. 2. Dia minta izin "
            "pembangunan perumahan. 3. Dia juga tanya soal SKBG. Izin-izin itu diterbitkan "
            "provinsi atau kabupaten?"
        ),
        "kewenangan.izin",
    ),
    (
        "izin pembangunan dan pengembangan kawasan permukiman yg terbitkan siapa",
        "kewenangan.izin",
    ),
    (
        (
            "Buatkan poin-poin kewenangan sub-urusan kawasan permukiman untuk pusat, provinsi "
            "dan kabupaten/kota, untuk lampiran nota dinas."
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Soal pre-test no. 4: Penetapan sistem kawasan permukiman merupakan kewenangan "
            "... a. kabupaten/kota b. provinsi c. pemerintah pusat"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Udah tiga kali saya tanya: PSU perumahan sama PSU permukiman itu bedanya apa dan "
            "siapa yang pegang? Masa ga ada yang bisa jawab."
        ),
        "kewenangan.psu",
    ),
    (
        (
            "PSU for housing estates vs PSU for settlements, which one is province and which "
            "one is regency?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Naon wae PSU anu diwangun ku Disperkimtan provinsi teh? Jalan lingkungan wungkul "
            "atawa drainase oge?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "jalan kabupaten depan pasar rusak parah bisa ga diusulin ke prov lewat psu "
            "soalnya kan sama sama jalan"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        ("sertifikasi registrasi perancang rumah dan perencana PSU kemampuan kecil menengah besar"),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Pilihan ganda: Sertifikasi dan registrasi bagi orang atau badan hukum yang "
            "merancang rumah dan merencanakan PSU tingkat kemampuan kecil dilakukan oleh a) "
            "pemerintah pusat b) provinsi c) kabupaten/kota"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Sebutkan jenis pelayanan dasar SPM perumahan rakyat yang menjadi tanggung jawab "
            "provinsi beserta targetnya."
        ),
        "kewenangan.spm",
    ),
    (
        "Nggih pak, SPM perumahan nika kenken isinya untuk kabupaten? Targetnya berapa persen?",
        "kewenangan.spm",
    ),
    (
        (
            "1. Desa kami luasnya sekitar 300 ha. 2. Yang masuk SK kumuh cuma deretan rumah "
            "di tepi sungai. 3. Provinsi minta data luas. Yang dipakai luas desa atau luas "
            "lokasi yang di SK?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Luas kumuh yang dihitung itu luas apa sih? Satu kelurahan atau yang digambar di "
            "peta SK aja? Tiap orang beda jawabannya, pusing saya."
        ),
        "kumuh.luas_delineasi",
    ),
    (
        "Benar atau salah: lokasi permukiman kumuh di kabupaten ditetapkan dengan SK Gubernur.",
        "kumuh.penetapan",
    ),
    (
        "Who signs the slum decree for a regency, and how often must it be reviewed?",
        "kumuh.penetapan",
    ),
    (
        (
            "Tolong list-kan tujuh aspek kriteria kumuh menurut Permen PUPR 14/2018, buat "
            "form survei tim."
        ),
        "kumuh.aspek",
    ),
    (
        (
            "Aspek kriteria kumuh ponapa saja? Sampeyan tahu tak, katanya ada tujuh tapi saya "
            "cuma ingat jalan sama drainase."
        ),
        "kumuh.aspek",
    ),
    (
        "skor kumuh berat batas nilai dan nilai maksimal",
        "kumuh.penilaian",
    ),
    (
        "NILAI KEKUMUHAN LOKASI KAMI 64 ITU SUDAH MASUK KUMUH BERAT BELUM",
        "kumuh.penilaian",
    ),
    (
        (
            "Isian singkat: rentang skor kumuh sedang adalah ... sampai ..., sedangkan kumuh "
            "ringan ... sampai ...."
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Hasil penilaian lokasi kami totalnya 41, ini ringan apa sedang? Konsultan bilang "
            "ringan, kayaknya ngawur deh."
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Jelaskan ke saya beda pemugaran, peremajaan, dan pemukiman kembali, serta kapan "
            "masing-masing dipakai."
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Kumuh beurat tapi lahanna teu legal, penangananana kumaha atuh? Peremajaan atawa "
            "pemukiman kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        "How many slum locations does Central Kalimantan have, and total hectares?",
        "kumuh.kalteng",
    ),
    (
        "data kumuh kalteng jumlah lokasi total luas kabupaten terbanyak",
        "kumuh.kalteng",
    ),
    (
        (
            "isi usulan kegiatan itu apa aja sih yg wajib diisi terus alasan kebutuhannya "
            "harus ditulis panjang ga"
        ),
        "usulan.isi",
    ),
    (
        (
            "Buatkan poin-poin isian usulan kegiatan ke provinsi supaya staf saya bisa "
            "siapkan datanya sebelum input."
        ),
        "usulan.isi",
    ),
    (
        "jenis usulan yg bisa diajukan ke prov",
        "usulan.jenis",
    ),
    (
        (
            "Jenis usulan apa ji yang bisa dikirim ke provinsi di'? Rumah tidak layak huni "
            "bisa mi juga?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Pilihan ganda: Data lokasi yang diminta dalam usulan adalah a. nama kecamatan "
            "saja b. kecamatan, desa/kelurahan, nama lokasi, perkotaan/perdesaan dan titik "
            "GPS c. nama kabupaten saja"
        ),
        "usulan.lokasi",
    ),
    (
        "For the proposal location, what data I must fill? GPS point is mandatory or not?",
        "usulan.lokasi",
    ),
    (
        (
            "Kolom KK sama jiwa itu wajib? Biaya juga harus diisi? Sumber dana pilih apa? "
            "Cepet ya, ditunggu bupati."
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "1. Lokasi kami 85 KK. 2. Estimasi biaya Rp 1,2 M. 3. Pemkab siap dana "
            "pendamping. Sumber dana yang bisa dipilih di usulan apa saja?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        "readiness criteria usulan psu permukiman dokumen apa aja",
        "usulan.kesiapan",
    ),
    (
        (
            "Sebutkan dokumen kesiapan yang perlu disiapkan kalau kabupaten mengusulkan PSU "
            "permukiman ke provinsi."
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Nak lahannya masih punya warga, cuma ada SKT, kenken itu dianggap clean and "
            "clear sing? Status lahannya diisi napi?"
        ),
        "usulan.lahan",
    ),
    (
        "Benar atau salah: lahan yang sudah bersertifikat otomatis dianggap clean and clear.",
        "usulan.lahan",
    ),
    (
        (
            "sk kumuh kami terbit 2019 masih bisa dipake buat usulan kumuh ga atau harus "
            "direvisi dulu"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Form usulan kumuh minta nomor SK, tanggal SK, lokasinya ada di SK atau tidak. "
            "Ribet amat. Emang kalau lokasinya belum masuk SK kenapa?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        "Is DED mandatory for the proposal or RAB only is enough? Site plan and photos also?",
        "usulan.dokumen_teknis",
    ),
    (
        "DED RAB RKS site plan foto kondisi eksisting wajib semua?",
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Jelaskan ke saya fungsi surat pernyataan kesediaan menerima hibah serta operasi "
            "dan pemeliharaan dalam usulan."
        ),
        "usulan.surat_pernyataan",
    ),
    (
        "Surat pernyataan hibah jeung O&P teh naon eusina? Wajib dilampirkeun henteu?",
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Soal post-test: Berikut syarat RTLH lewat provinsi, kecuali: a. rumah sudah ada "
            "tapi tidak layak huni b. lahan milik sendiri minimal SKT c. membangun rumah baru "
            "di lahan kosong d. penerima ditetapkan dengan SK Gubernur"
        ),
        "usulan.rtlh",
    ),
    (
        "USULAN BEDAH RUMAH LEWAT PROVINSI SYARATNYA APA DAN PENERIMANYA SIAPA YANG MENETAPKAN",
        "usulan.rtlh",
    ),
    (
        (
            "Warga ramai-ramai mau minta jalan lingkungan langsung ke provinsi, bisa gak sih? "
            "Atau harus lewat kami terus? Bikin repot aja."
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Residents want to request drainage directly to the province. What is needed, who "
            "must know about it?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        "hibah aset psu prov ke kab BAST pemeliharaan",
        "hibah.aset",
    ),
    (
        (
            "Jalan lingkungan yang dibangun provinsi nanti sapa yang merawat, kabupaten "
            "ponapa provinsi? BAST-nya bedhe?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Tolong list-kan alternatif sumber pendanaan kalau usulan kami ternyata bukan "
            "kewenangan provinsi."
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "usulan kumuh kami kan ternyata bukan kewenangan prov terus dananya bisa dari "
            "mana aja selain apbd kab"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Isian singkat: usulan yang dikirim kabupaten pada tahun 2026 akan dianggarkan "
            "untuk tahun anggaran ...."
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Pls explain the yearly proposal cycle step by step, from regency proposal until "
            "the asset is handed to the regency."
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Sebenernya provinsi meriksa usulan itu dari sisi apa aja? Administrasi doang "
            "atau sampai cek lapangan juga? Jelasin dong, dari tadi muter-muter."
        ),
        "siklus.pemeriksaan",
    ),
    (
        "verifikasi usulan administrasi teknis kewenangan tahapan pemeriksaan prov",
        "siklus.pemeriksaan",
    ),
    (
        (
            "Jelaskan ke saya apa itu Rakor Bidang Kawasan Permukiman se-Kalimantan Tengah "
            "dan apa tujuannya, untuk laporan ke Sekda."
        ),
        "siklus.rakor",
    ),
    (
        (
            "Rakor kawasan permukiman itu untuk apa ji sebenarnya? Siapa mi yang ikut, "
            "kabupaten semua kah di'?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "1. Usulan kami sudah dibahas di Rakor. 2. Statusnya sudah disetujui. 3. Kadis "
            "tanya kapan masuk anggaran. Setelah Rakor prosesnya lewat apa saja sampai jadi "
            "APBD?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Benar atau salah: usulan yang disetujui di Rakor langsung masuk APBD provinsi "
            "tanpa melalui Musrenbang dan RKPD."
        ),
        "siklus.rkpd_apbd",
    ),
    (
        "pokja pkp dasar hukum fungsi forum pkp",
        "koordinasi.pokja_pkp",
    ),
    (
        "What is Pokja PKP and what regulation is its basis?",
        ("koordinasi.pokja_pkp", "istilah.pokjapkp"),
    ),
    (
        (
            "Alamat kantor Disperkimtan provinsi di mana sih? Mau antar berkas, jangan sampai "
            "nyasar lagi kayak minggu lalu."
        ),
        "disperkimtan.kontak",
    ),
    (
        "Kantor Disperkimtan Kalteng nika di jalan napi nggih? Tiang mau datang ke sana.",
        "disperkimtan.kontak",
    ),
    (
        "Sebutkan perintah-perintah yang bisa saya pakai di bot ini.",
        "bot.cara_pakai",
    ),
    (
        (
            "jam yang ditampilkan bot ini wib atau wita ya soalnya saya lagi dinas di "
            "balikpapan takut salah baca jadwal"
        ),
        "bot.cara_pakai",
    ),
    (
        "/usul bisa disimpan dulu lanjut isi besok?",
        "bot.usul",
    ),
    (
        "Can I copy my last year proposal in /usul instead of typing everything again?",
        "bot.usul",
    ),
    (
        (
            "Pilihan ganda: Status usulan 'dialihkan' artinya a. usulan diarahkan ke sumber "
            "dana atau pihak lain b. usulan sedang diverifikasi c. usulan sudah disetujui"
        ),
        "bot.status",
    ),
    (
        "Status 'perlu perbaikan' itu maksudnya apa? Ditolak apa gimana? Bikin deg-degan aja.",
        "bot.status",
    ),
    (
        "Usulan urang ditolak, alesanna 'bukan kewenangan provinsi'. Ayeuna kudu kumaha atuh?",
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "KALAU USULAN SUDAH DITOLAK ATAU DIALIHKAN, LANGKAH SELANJUTNYA APA? BISA "
            "DIAJUKAN ULANG?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "standar waktu tindak lanjut usulan berapa hari kerja",
        "bot.tindak_lanjut",
    ),
    (
        (
            "Katanya ada standar kayak LAPOR!, berapa hari sih maksimal usulan didiamkan "
            "sebelum dicek? Jangan cuma janji."
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Jelaskan ke saya cara konfirmasi kehadiran dan menunjuk perwakilan kalau saya "
            "tidak bisa ikut rapat yang diundang lewat bot."
        ),
        "bot.rapat",
    ),
    (
        "When will the bot remind me before a meeting I am invited to?",
        "bot.rapat",
    ),
    (
        "Perkim reya ponapa kepanjangannya? Saya baru dimutasi ke sini.",
        "istilah.perkim",
    ),
    (
        "disperkimtan kepanjangan",
        "istilah.disperkimtan",
    ),
    (
        "Isian singkat: Disperkimtan adalah singkatan dari Dinas ....",
        "istilah.disperkimtan",
    ),
    (
        (
            "psu itu singkatan dari apa ya pak saya baru pindah dari dinas pendidikan jadi "
            "belum paham"
        ),
        "istilah.psu",
    ),
    (
        "What does PSU stand for?",
        "istilah.psu",
    ),
    (
        "Jaling apaan sih? Dari tadi rapat nyebut jaling jaling terus, ga ada yang jelasin.",
        "istilah.jaling",
    ),
    (
        "jaling artinya",
        "istilah.jaling",
    ),
    (
        "Jelaskan singkat arti drainase lingkungan untuk materi sosialisasi ke kepala desa.",
        "istilah.drainase",
    ),
    (
        "Drainase itu apa ji maksudnya di'? Got kecil depan rumah masuk mi?",
        "istilah.drainase",
    ),
    (
        "Soal pre-test: Singkatan KR dalam data tingkat kekumuhan adalah ....",
        "istilah.kr",
    ),
    (
        "KR DI TABEL BASELINE ITU ARTINYA APA",
        "istilah.kr",
    ),
    (
        "KS kumuh singkatan",
        "istilah.ks",
    ),
    (
        "KS nika artinya napi pak, kumuh sedang nggih?",
        "istilah.ks",
    ),
    (
        "KB di tabel kumuh itu bukan Keluarga Berencana kan? Terus apa? Serius nanya.",
        "istilah.kb",
    ),
    (
        "In the slum data, what is the meaning of KB?",
        "istilah.kb",
    ),
    (
        "Sebutkan pengertian SK kumuh secara singkat.",
        "istilah.skkumuh",
    ),
    (
        "sk kumuh itu surat keputusan dari siapa ya",
        "istilah.skkumuh",
    ),
    (
        "Benar atau salah: delineasi adalah batas kawasan kumuh yang dipetakan.",
        "istilah.delineasi",
    ),
    (
        "Delineasi teh naon hartosna?",
        "istilah.delineasi",
    ),
    (
        "RTLH kepanjangan",
        "istilah.rtlh",
    ),
    (
        "RTLH itu apa sih, masa saya harus googling terus.",
        "istilah.rtlh",
    ),
    (
        "RLH means what? Is it the opposite of RTLH?",
        "istilah.rlh",
    ),
    (
        (
            "1. Warga bilang mau ikut bedah rumah. 2. Di dokumen tertulisnya RTLH. Bedah "
            "rumah itu istilah resmi atau sebutan sehari-hari?"
        ),
        "istilah.bedahrumah",
    ),
    (
        "Bedah rumah reya ponapa artinya, sampeyan bisa jelaskan?",
        "istilah.bedahrumah",
    ),
    (
        "Tuliskan kepanjangan BSPS dan artinya secara singkat.",
        "istilah.bsps",
    ),
    (
        "bsps singkatan",
        "istilah.bsps",
    ),
    (
        (
            "Pilihan ganda: MBR adalah a. Masyarakat Berpenghasilan Rendah b. Masyarakat Bina "
            "Rumah c. Mitra Bangun Rakyat"
        ),
        "istilah.mbr",
    ),
    (
        "mbr itu apa sih kepanjangannya lupa terus",
        "istilah.mbr",
    ),
    (
        "Rusunawa sama rusun itu beda gak sih? Jangan bilang sama aja.",
        ("istilah.rusunawa", "istilah.rusun"),
    ),
    (
        (
            "1. Pemkot mau ambil alih pengelolaan rusunawa. 2. Staf baru belum paham "
            "istilahnya. Rusunawa itu kepanjangannya apa?"
        ),
        "istilah.rusunawa",
    ),
    (
        "rusus artinya",
        "istilah.rusus",
    ),
    (
        "Rusus itu apa mi kepanjangannya di'?",
        "istilah.rusus",
    ),
]

TRAIN_R11_INTENTS: list[tuple[str, str]] = [
    (
        "usulan kami USL-2026-0014 sudah sampai mana ya",
        "status",
    ),
    (
        (
            "Cek dong usulan jaling Kuala Pembuang dari Seruyan, sudah diverifikasi atau "
            "malah ditolak? Dari kemarin ga ada kabar."
        ),
        "status",
    ),
    (
        "any update on our proposals? accepted or still being checked?",
        "status",
    ),
    (
        "Rakor tahun ini kapan dan di mana?",
        "meeting",
    ),
    (
        "RAPAT KOORDINASI BERIKUTNYA TANGGAL BERAPA JAM BERAPA",
        "meeting",
    ),
    (
        "Kumaha, rakor taun ieu tempatna di mana teh? Tanggal sabaraha?",
        "meeting",
    ),
    (
        "batas akhir kirim usulan tahun ini kapan",
        "deadline",
    ),
    (
        (
            "Sampai tanggal berapa usulan masih diterima untuk TA 2027? Jangan sampai telat "
            "lagi kayak kemarin."
        ),
        "deadline",
    ),
    (
        "deadline proposal submission this cycle?",
        "deadline",
    ),
    (
        "Selamat pagi pak, mohon bantuannya",
        "greeting",
    ),
    (
        "makasih banyak ya infonya, sangat membantu",
        "greeting",
    ),
    (
        "Tabe' pak, iye salam kenal dari Dinas Perkim Barut",
        "greeting",
    ),
    (
        "cara input usulan lewat bot gimana",
        "how_to_submit",
    ),
    (
        "Tolong jelaskan langkah-langkah mengirim usulan kegiatan melalui bot ini.",
        "how_to_submit",
    ),
    (
        "how do I submit a proposal here?",
        "how_to_submit",
    ),
]

TRAIN_R11_AREAS: list[tuple[str, str]] = [
    (
        "kumuh di Ketapang luas delineasinya 9,8 ha itu urusan siapa",
        "kabkota",
    ),
    (
        "KAWASAN KUMUH 10 HEKTAR PAS, KEWENANGAN SIAPA?",
        "provinsi",
    ),
    (
        "slum area 15 hectares, who handles?",
        "pusat",
    ),
    (
        "Lokasi kumuh di Pahandut Seberang 125.000 m2, masuk provinsi atau kota?",
        "provinsi",
    ),
    (
        "luas kumuh 14,99 hektare ditangani siapa ya",
        "provinsi",
    ),
    (
        (
            "Soal pre-test: Kawasan kumuh seluas 80.000 m² menjadi kewenangan ... a. "
            "kabupaten/kota b. provinsi c. pusat"
        ),
        "kabkota",
    ),
    (
        (
            "Kumuh 150.000 meter persegi di Selat Hilir, tanggung jawab siapa nih? Jangan "
            "bilang provinsi lagi."
        ),
        "pusat",
    ),
    (
        "Kumuh luasna 3,5 hektar teh kewenangan saha, kabupaten atawa provinsi?",
        "kabkota",
    ),
    (
        "pls advise authority 12ha slum Baamang Hulu",
        "provinsi",
    ),
    (
        (
            "1. SK kumuh terbit 2022. 2. Delineasi Kel. Mentawa Baru Hilir 99.500 m2. 3. Mau "
            "diusulkan tahun ini. Siapa yang berwenang menangani?"
        ),
        "kabkota",
    ),
    (
        "Benar atau salah: kumuh 10 hektare itu masih kewenangan kabupaten.",
        "provinsi",
    ),
    (
        "kewenangan kumuh 22,4 ha kec selat kapuas",
        "pusat",
    ),
]

TRAIN_R11_OUT_OF_SCOPE: list[str] = [
    "Berapa pagu anggaran Disperkimtan untuk PSU permukiman tahun 2027?",
    "Harga satuan paving block untuk jalan lingkungan di Sampit berapa per meter persegi?",
    "Siapa pemenang tender peningkatan kualitas kumuh di Pahandut tahun lalu?",
    "nomor wa kabid kawasan permukiman provinsi berapa ya",
    "Kuota BSPS untuk Kotim tahun depan dapat berapa unit?",
    "Besok di Palangka Raya hujan nggak ya? Mau survei lokasi ke Kereng Bangkirai.",
    "Gimana cara ajukan cuti tahunan ASN lewat aplikasi kepegawaian?",
    "Syarat pencairan dana desa tahap 2 apa saja?",
    "Berapa tarif PBB untuk rumah tinggal di Palangka Raya tahun ini?",
    "Ada info lowongan PPPK teknik sipil di Pemprov Kalteng?",
    "Rekomendasikan hotel dekat kantor Disperkimtan untuk peserta dari Puruk Cahu dong",
    "How much is the per diem for official travel from Muara Teweh to Palangka Raya?",
    "Aturan jarak minimal menara telekomunikasi dari permukiman warga apa ya?",
    "SIAPA KEPALA DINAS PERKIM YANG BARU DILANTIK MINGGU INI",
    "Gaji tenaga kontrak pendamping RTLH per bulan berapa?",
]
