"""Training table R63 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 57's styles, written by another hand for the first half of the topic list after round 57 was
measured untouched: old spelling ("djalan", "oesoelan", "jang"), correcting the bot's last
answer and asking again, asking what is not allowed or the exceptions, relative time words,
vowel-less abbreviations, a reply quoting with ">" lines, Roman numerals and ordinals, nested
conditionals; Filipino or Nigerian English. A glossary entry's questions ask what the term
means. Its slum-area questions are computed by rule, not learned; they are measured here
only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R63_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "min sy br dipindah ke bidang perkim, tlg jelasin singkat kwngn pusat, prov, "
            "kab/kota itu dibagi gmn aja?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Good morning po sir. Kindly advise po on the overall sharing of housing and "
            "settlement authority among the central, provincial and regency governments. For "
            "your kind approval po."
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "perumahan dan kawasan permukiman itu termasoek oeroesan wadjib pelajanan dasar "
            "atau oeroesan pilihan? pasal brp?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "bukan itu maksud saya min, yg sy tanya PKP itu masuk urusan wajib yg berkaitan "
            "dgn pelayanan dasar atau bukan? buat bab II renstra"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        ("batas luas kmh buat kab, prov & pusat itu brp ha msg2? mau sy tempel di ruangan"),
        "kewenangan.kumuh",
    ),
    (
        (
            "> kumuh 10-15 ha itu provinsi\nterus yg pas 10 ha ikut siapa, yg pas 15 ha ikut "
            "siapa? biar ga salah di rkr lusa"
        ),
        "kewenangan.kumuh",
    ),
    (
        ("kawasan kmh yg 15 ha ke atas itu pusat ya? tp dasar hukumnya udah pasti atau blm?"),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Sir, for slum areas of 15 hectares or more po, is that already under the national "
            "government? Kindly advise po, our Kabid needs it for the tahap II planning."
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        "pentjegahan koemoeh itu kwngn siapa? prov ikoet danai atau tidak?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "kalau kami usulin program pencegahan kumuh di Kel. Sawahan ke prov bisa ga, atau "
            "itu termasuk yg ga boleh diusulkan?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "sub urusan perumahan yg jadi tugas prov apa aja, trs yg tugas kab apa aja? kalau "
            "ada yg bukan tugas prov sebutin jg"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "salah paham min, sy ga nanya PSU. yg saya tanya pembagian kwngn di sub-urusan "
            "perumahan nya"
        ),
        "kewenangan.perumahan",
    ),
    (
        ("penyediaan rumah utk MBR & sistem pembiajaan perumahan itu urusan pusat ya, bukan prov?"),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Ma'am, good day po. Is the provision of rusun and houses for low-income families "
            "po under the central government? Our Bupati is asking po before the rakor next "
            "week."
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "rumah warga korban banjir di Kec. Mantangai rusak berat. kalau bencananya skala "
            "kab, yg bangun rumahnya siapa? tapi kalau statusnya naik jadi bencana provinsi, "
            "terus kalau nasional gimana?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        ("rumah pengganti buat warga yg kena relokasi program pemprov itu tanggoeng djawab siapa?"),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "izin pembangunan perumahan & SKBG itu yg nerbitin kab atau prov? ada rapat sama "
            "developer lusa"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "kecuali izin perumahan, izin pengembangan kawasan permukiman jg di kab kah? "
            "developer di Pangkalan Bun nanya"
        ),
        "kewenangan.izin",
    ),
    (
        ("sub-urusan kawasan permukiman itu pembagiannya gmn antara poesat, prov, kab?"),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "> sub-urusan kawasan permukiman\nisi sub-urusan ini apa aja pak? yg netapin "
            "sistem kawasan permukiman siapa?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        ("PSU perumahan vs PSU permukiman, mana yg kwngn prov mana yg kab? sering ketuker"),
        "kewenangan.psu",
    ),
    (
        (
            "Sir, the PSU po inside a developer's housing estate in Sampit, is that the "
            "regency's authority or the province's po? Thank you po."
        ),
        "kewenangan.psu",
    ),
    (
        (
            "PSU yg dibangun Disperkimtan prov itu apa aja? jaling & drainase sadja kah? kalau "
            "drainase di pinggir djalan kaboepaten bisa ga?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        ("utk PSU, yg tdk bisa diusulkan ke prov apa saja? misal jalan poros kab atau jalan prov?"),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "sertifikasi perantjang roemah & PSU tingkat kemampoean ketjil itu di kab ya? yg "
            "menengah sama besar di siapa?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "registrasi orang/badan yg merencanakan rumah dan PSU itu kwngn siapa? ada "
            "pembagian per tingkat?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "SPM perumahan bagian prov itu jenis layanannya apa aja? target brp persen? buat "
            "laporan triwulan III"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Good afternoon po. Kindly advise on the minimum service standard (SPM) for "
            "housing po, what is the province's part and what is the regency's? We need it for "
            "our triwulan IV report po."
        ),
        "kewenangan.spm",
    ),
    (
        (
            "luas kumuh yg dihitung itu luas satu desa atau yg di SK aja? desa Pulau Telo "
            "ratusan ha tp yg kmh cuma sebagian"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "bukan itu maksud saya. yg sy tanya luas yg dipakai buat nentuin kwngn itu luas "
            "delineasi di SK atau luas kelurahannya?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        ("yg berhak netapin lokasi kumuh siapa? gubernur bisa netapin ga, atau itu yg dilarang?"),
        "kumuh.penetapan",
    ),
    (
        ("SK kmh kab kami terbit 2019, aturannya wajib ditinjau ulang tiap brp thn sih?"),
        "kumuh.penetapan",
    ),
    ("aspek kriteria kumuh ada brp & apa aja? mau isi baseline pekan depan", "kumuh.aspek"),
    (
        (
            "selain jaling sama drainase, aspek penilaian kmh yg lain apa aja? proteksi "
            "kebakaran masuk?"
        ),
        "kumuh.aspek",
    ),
    ("skor brp baru dianggap kmh berat? nilai maksimalnya brp?", "kumuh.penilaian"),
    (
        ("> nilai kekumuhan lokasi Selat Tengah 64\nitu udah masuk kumuh berat belum?"),
        "kumuh.penilaian",
    ),
    (
        ("rentang nilai kumuh sedang & ringan brp ya? yg berat udah tau. buat paparan besok pagi"),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "kalau skornya 40 itu kmh sedang atau ringan? terus kalau cuma 30?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Sir, what is the difference po between pemugaran, peremajaan and pemukiman "
            "kembali? Kindly advise po."
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "kalau lokasinya kumuh berat tapi di bantaran sungai lahannya ilegal, pola "
            "penanganannya apa? tapi kalau lahannya legal, terus kalau cuma kumuh ringan "
            "gimana?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        ("total kawasan kmh se-Kalteng ada brp lokasi & brp ha? kab mana yg paling banyak?"),
        "kumuh.kalteng",
    ),
    (
        (
            "Sir, for our presentation in the Rakor ke-II po, how many slum locations does "
            "Kalteng have and what is the total hectares po? Kindly advise po."
        ),
        "kumuh.kalteng",
    ),
    (("usln ke prov itu harus berisi apa aja? kenapa form nya nanya banyak banget?"), "usulan.isi"),
    (
        (
            "isian usulan kegiatan itu apa sadja & kenapa tiap isian diperloekan? mau sy "
            "siapin sebelum H-7 rakor"
        ),
        "usulan.isi",
    ),
    ("jenis usln apa aja yg bisa diajukan ke prov? trs yg ga bisa diusulkan apa?", "usulan.jenis"),
    (
        (
            "Ma'am, what types of proposals po can we submit to the province thru the bot? "
            "Kindly advise po."
        ),
        "usulan.jenis",
    ),
    (
        (
            "data lokasi yg hrs diisi di usln apa aja? titik GPS wajib ga? sy isi besok pagi "
            "di lapangan"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "nama lokasi di form hrs sama persis dgn yg di SK kmh kah? lokasinya di Kel. "
            "Baamang Hilir, perkotaan"
        ),
        ("usulan.lokasi", "usulan.sk_kumuh"),
    ),
    (
        ("jumlah KK & jiwa penerima manfaat wajib diisi? terus soember dana pilih jang mana?"),
        "usulan.penerima_biaya",
    ),
    (
        (
            "biaya usln diisi dlm rupiah kan? sumber dananya boleh kombinasi APBD prov + "
            "APBDes ga, atau itu dilarang?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        ("dokumen kesiapan (readiness criteria) apa aja yg perlu dilampirkan utk usln PSU?"),
        "usulan.kesiapan",
    ),
    (
        (
            "Sir, what readiness documents po do we need to attach for a PSU proposal? We will "
            "submit by the end of this month po, kindly advise."
        ),
        "usulan.kesiapan",
    ),
    ("lahan hrs clean and clear? sjaratnja apa aja biar dibilang C&C?", "usulan.lahan"),
    (
        (
            "kalau lahannya punya desa tp blm bersertifikat, terus masih ada sengketa dgn "
            "warga, usulannya gimana? tapi kalau sertifikatnya lagi diurus?"
        ),
        "usulan.lahan",
    ),
    (
        ("usln kmh wajib cantumin nomor & tanggal SK kumuh? SK kami thn 2018, masih dipakai?"),
        "usulan.sk_kumuh",
    ),
    (
        (
            "kalau lokasi kami blm masuk SK kumuh tp kondisinya kumuh, tetep bisa diusulkan? "
            "tapi kalau SK nya lagi direvisi gmn?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        ("DED, RAB, RKS wajib semua? foto kondisi eksisting brp lembar? dikirim akhir bulan ini"),
        "usulan.dokumen_teknis",
    ),
    (
        "site plan boleh menjoesoel ga? DED kami baru selesai tahap II bulan depan",
        "usulan.dokumen_teknis",
    ),
    (
        (
            "surat pernyataan kesediaan terima hibah & O&P itu isinya apa, siapa yg tanda "
            "tangan? kecuali bupati bisa pejabat lain?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Ma'am, do we need po a statement letter for accepting the grant and for operation "
            "and maintenance? Kindly advise po, for your kind approval."
        ),
        "usulan.surat_pernyataan",
    ),
    (
        ("usln RTLH lewat prov syaratnya apa aja? yg tdk boleh apa, misal bangun rumah baru?"),
        "usulan.rtlh",
    ),
    (
        (
            "kalau rumahnya di atas tanah ortu, blm ada SKT, bisa dapat RTLH prov? tp kalau "
            "udah ada SKT atas nama sendiri gmn?"
        ),
        "usulan.rtlh",
    ),
    (
        ("warga RT 05 Kel. Panarung mau minta jaling langsung ke prov, sjaratnja apa aja?"),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Please sir, I wish to enquire: can residents send their own request for drainage "
            "directly to the province? Whose signatures must they get?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "jaling yg dibangun prov di tanah kab, asetnya nanti punya siapa? yg pelihara "
            "siapa? kalau rusak, tapi blm serah terima, terus gimana?"
        ),
        "hibah.aset",
    ),
    (
        (
            "BAST & naskah hibah aset dari prov itu siapa yg tanda tangan di pihak kab? serah "
            "terimanya lusa"
        ),
        "hibah.aset",
    ),
    ("kalau usulan kita bukan kwngn prov, cari dana ke mana lagi?", "pendanaan.saluran_lain"),
    (
        "selain APBD kab, sumber dana apa lagi buat kmh di bawah 10 ha? DAK bisa?",
        "pendanaan.saluran_lain",
    ),
    ("aloer oesoelan setahoen itu gimana, dari kami kirim sampai jadi kegiatan?", "siklus.tahunan"),
    ("usln yg kami kirim tahun 2026 itu masuk TA brp?", "siklus.tahunan"),
    (
        ("prov meriksa usln kami dari sisi apa aja? administrasi, teknis, atau kwngn jg?"),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Please sir, I wish to enquire how the province checks the proposals we send. Is "
            "there a site inspection?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Rakor bidang kawasan permukiman itu sebenernya rapat apa & siapa aja pesertanya? "
            "sy baru pertama ikut pekan depan"
        ),
        "siklus.rakor",
    ),
    (
        (
            "> Rakor ke-III kemarin bahas sinkronisasi program\nsebenarnya tujuan rakor itu "
            "apa sih, kenapa diadakan tiap tahun sebelum Musrenbang?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "setelah rkr, usulan yg disetujui masuk ke mana? Musrenbang, RKPD, APBD urutannya "
            "gimana?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Well done sir. After the Rakor, how does an approved proposal get into the RKPD "
            "and then the APBD?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "bukan itu maksud saya min, bukan pokja AMPL. yg sy tanya Pokja PKP itu apa & "
            "dasar hukumnya apa"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        "tim pokdja PKP di kab itu foengsinja apa? kami diminta bentuk pekan depan",
        "koordinasi.pokja_pkp",
    ),
    ("alamat kantor Disperkimtan prov dmn? mau antar berkas lusa", "disperkimtan.kontak"),
    (
        (
            "Please sir, where is the Disperkimtan office in Palangka Raya? I wish to deliver "
            "our documents by hand tomorrow morning."
        ),
        "disperkimtan.kontak",
    ),
    ("perintah2 di bot ini apa aja ya? sy lupa trs, lantai 2 jg pada nanya", "bot.cara_pakai"),
    ("jam di Sinkron itu pakai WIB ya? biar ga salah baca djadwal", "bot.cara_pakai"),
    (
        (
            "pas isi /usul sinyal putus, isiannya hilang atau bisa dilanjut? kalau hilang, "
            "tapi udah upload foto, terus gimana?"
        ),
        "bot.usul",
    ),
    ("di /usul bisa salin usln tahun lalu ga, biar ga ngetik dari awal?", "bot.usul"),
    (
        (
            "salah paham min, bukan ditolak. yg sy tanya status 'perlu perbaikan' itu artinya "
            "apa & sy hrs ngapain?"
        ),
        "bot.status",
    ),
    (
        (
            "Please sir, what does the status 'dibahas di Rakor' mean, and how is it different "
            "from 'verifikasi'?"
        ),
        "bot.status",
    ),
    (
        "usulan kami ditolak, alasannya bukan kwngn prov. bisa diajukan ulang ga?",
        "bot.ditolak_dialihkan",
    ),
    (
        ("usln kami statusnja 'dialihkan' ke APBN, mksdnya apa & langkah kami selanjutnya apa?"),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "brp hari kerja usln hrs diverifikasi setelah dikirim? ada standarnya? kami kirim "
            "senin pekan depan"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Please sir, is there a standard for how many working days before a proposal is "
            "verified and answered? I heard it follows LAPOR!."
        ),
        "bot.tindak_lanjut",
    ),
    (
        ("undangan rkr di bot, kalau kadis berhalangan bisa diwakilkan? cara konfirmasinya gmn?"),
        "bot.rapat",
    ),
    ("pengingat rapat dari bot dikirim kapan aja? H-7 sama H-1 kah?", "bot.rapat"),
    ("perkim itu singkatan apa? mau sy tulis di undangan rkr besok pagi", "istilah.perkim"),
    ("Please sir, what does 'Perkim' stand for? Well done on this bot.", "istilah.perkim"),
    ("Disperkimtan kepandjangannja apa?", "istilah.disperkimtan"),
    (
        ("> Disperkim Kab. Sukamara\nbedanya sama Disperkimtan apa? 'tan' nya itu apa"),
        "istilah.disperkimtan",
    ),
    ("PSU itu singkatan dr apa? buat laporan triwulan IV", "istilah.psu"),
    (
        ("salah paham min, sy bukan nanya kwngn PSU. sy tanya PSU itu kepanjangannya apa"),
        "istilah.psu",
    ),
    ("jaling itu apa?", "istilah.jaling"),
    (
        ("Good morning sir. I wish to enquire what 'jaling' means in your last reply."),
        "istilah.jaling",
    ),
    (
        ("drainase lingkungan itu maksudnya apa? mau jelasin ke warga di Desa Runtu besok pagi"),
        "istilah.drainase",
    ),
    ("apa itu drainase? atasan sy tanya, sy jg bingung djelasinnja", "istilah.drainase"),
    ("KR di tabel kmh itu artinya apa?", "istilah.kr"),
    ("> lokasi Mentawa Baru Hulu: KR\nKR ini singkatan apa ya?", "istilah.kr"),
    ("KS itu mksdnya koemoeh sedang ya?", "istilah.ks"),
    ("KS di lampiran SK kmh kami itu artinya apa?", "istilah.ks"),
    ("KB di data kmh itu apa? bukan keluarga berencana kan 😅", "istilah.kb"),
    ("Please sir, what does KB mean in the slum data?", "istilah.kb"),
    ("> SK kumuh wajib dilampirkan\nSK kumuh itu apa sih sebenernya?", "istilah.skkumuh"),
    ("apa jang dimaksoed SK koemoeh?", "istilah.skkumuh"),
    ("delineasi itu apa artinya? ada di bab III laporan", "istilah.delineasi"),
    (
        ("bukan itu maksud saya, yg sy tanya peta delineasi itu sendiri artinya apa min"),
        "istilah.delineasi",
    ),
    ("RTLH kepandjangannja apa?", "istilah.rtlh"),
    ("RTLH itu apa ya? sy staf baru di kab Katingan", "istilah.rtlh"),
    ("> target RLH 84 unit\nRLH ini apa ya?", "istilah.rlh"),
    ("Sir, what is RLH please? I saw it in the report.", "istilah.rlh"),
    ("bedah rmh itu apa maksudnya? warga Desa Kinjil nanya trs", "istilah.bedahrumah"),
    ("program bedah roemah itu sebenernja apa?", "istilah.bedahrumah"),
    ("BSPS itu apa? muncul di undangan rakor ke-II", "istilah.bsps"),
    ("BSPS singkatan dari apa sih? muncul terus di rkr", "istilah.bsps"),
    ("MBR artinja apa?", "istilah.mbr"),
    ("salah paham min, bukan soal kwngn MBR. sy cuma tanya MBR itu artinya apa", "istilah.mbr"),
    ("rusunawa itu apa? bedanya dgn rusun biasa? mau ditanya dewan lusa", "istilah.rusunawa"),
    ("Please sir, what is a rusunawa?", "istilah.rusunawa"),
    ("rusus itu apa ya? ada di slide rkr", "istilah.rusus"),
    ("roesoes artinja apa? ada di daftar istilah rkr", "istilah.rusus"),
]

TRAIN_R63_INTENTS: list[tuple[str, str]] = [
    ("usulan kami USL-2026-0004 udah sampai mana ya min?", "status"),
    (("gmn kabar usln jaling kab Seruyan yg kami kirim bln lalu? udah diproses blm?"), "status"),
    (
        (
            "Please sir, how far with our drainage proposals from Lamandau? I wish to know "
            "where they stand now."
        ),
        "status",
    ),
    ("rkr thn ini jadinya tgl brp & dmn tempatnya?", "meeting"),
    ("besok pagi ada rapat di Disperkimtan kah? jam brp mulainya?", "meeting"),
    ("Good day po, when and where is the next Rakor po? Kindly advise.", "meeting"),
    ("batas akhir kirim usulan TA 2027 kapan ya?", "deadline"),
    ("masih bisa masukin usln sampai akhir bulan ini ga? tenggatnya tgl brp?", "deadline"),
    ("tenggat oesoelan tahoen ini sampai tanggal berapa pak?", "deadline"),
    ("selamat pagi min 🙏", "greeting"),
    ("makasih banyak infonya pak, sangat membantu", "greeting"),
    ("bot ini bisa bantu apa aja?", "greeting"),
    ("cara ngirim usulan lewat bot ini gmn?", "how_to_submit"),
    ("sy mau ajukan usulan PSU dr Gumas, mulainya dari mana di sini?", "how_to_submit"),
    (
        ("How do I submit a proposal through this bot po? First time ko po, kindly advise."),
        "how_to_submit",
    ),
]

TRAIN_R63_AREAS: list[tuple[str, str]] = [
    ("kmh 8,5 ha di Kel. Mendawai kwngn siapa?", "kabkota"),
    ("kawasan kumuh pas 10 hektar di Baamang Hulu itu urusan prov atau kab?", "provinsi"),
    ("luas delineasi di SK 14,9 ha (Selat Hulu), yg tangani siapa min?", "provinsi"),
    ("kumuh tepat 15 ha di Pahandut Seberang, masih prov kah?", "pusat"),
    ("lokasi kumuh 125.000 m2 di Mentawa Baru Hilir itu kewenangan siapa?", "provinsi"),
    (
        (
            "Please sir, the slum area in Kecamatan Selat is more than 20 hectares. Which "
            "level of government is responsible?"
        ),
        "pusat",
    ),
    (("kmh di Desa Tanjung Putri luasnya 95.000 meter persegi, tanggung jawab siapa?"), "kabkota"),
    ("kawasan kumuh 150.000 m² di Kel. Langkai, prov bisa tangani?", "pusat"),
    ("luas kumuh pas 100.000 m2 di Kel. Mambulau, kwngn prov atau kab?", "provinsi"),
    (("kawasan koemoeh loeas 13 hektare di Tanjoeng Pinang, tanggoeng djawab siapa?"), "provinsi"),
    (
        (
            "Sir, who is responsible po for a slum area of 3 hectares in Kuala Pembuang II? "
            "Kindly advise po."
        ),
        "kabkota",
    ),
    ("kumuh kurang dari 10 ha di Desa Pulau Telo, yg berwenang prov atau kab?", "kabkota"),
]

TRAIN_R63_OUT_OF_SCOPE: list[str] = [
    "cuaca besok di Muara Teweh hujan ga min?",
    "harga semen per sak di Sampit skrg brp?",
    "berapa harga satuan per meter jaling (HSPK) tahun ini di Kapuas?",
    "TPP ASN bulan ini kapan cair ya?",
    "cara perpanjang SIM di Palangka Raya gmn?",
    "berapa pagu anggaran Disperkimtan prov utk TA 2027?",
    "jumlah RTLH di Kab. Kapuas tahun 2025 ada brp unit?",
    "berapa angka backlog rumah di Kalteng sekarang?",
    "sy mau ajukan cuti tahunan, formnya di mana?",
    (
        "Please sir, how far with the fuel allowance for our official trip to Buntok? When "
        "will it be paid?"
    ),
    "jadwal kapal dari Kumai ke Semarang pekan depan ada?",
    "kapan BLT dana desa tahap II dicairkan?",
    "djadwal pemadaman listrik PLN di Kasongan lusa djam berapa?",
    ("Ma'am, what is the interest rate po for the FLPP subsidized housing loan this year?"),
    ("rekomendasi tempat makan enak dekat Jl. D.I. Panjaitan dong, habis rapat lapar 😅"),
]
