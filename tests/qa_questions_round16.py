"""Held-out question table, round 16.

Written 2026-12-04 by someone who had not seen the knowledge base, its paraphrases or any
other question table; only the topic list and the domain briefs (docs/domain.md,
shared DOMAIN.md and DOMAIN-RESEARCH.md) were read.

Style emphasis of this round: officers from regencies far from the capital with local
realities (river settlements, rumah panggung, peat land, villages reachable only by boat,
transmigration areas, Dayak customary land, nearby mines and plantations); questions asked on
behalf of someone else (the bupati, residents, the camat, the DPRD); questions carrying a
wrong assumption the bot should correct; about a fifth very short (1-4 words) and a few long
ones with two sentences of background; mostly colloquial chat Indonesian with abbreviations,
some formal Indonesian, some Banjar-flavoured Indonesian, about one in ten in English.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND16_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "bupati nanya, urusan perkim itu pembagiannya gmn antara pusat, provinsi dan kabupaten?",
        "kewenangan.ringkasan",
    ),
    ("pembagian kewenangan PKP?", "kewenangan.ringkasan"),
    (
        "Who is responsible for what in housing and settlements: centre, province or regency?",
        "kewenangan.ringkasan",
    ),
    (
        (
            "Mohon penjelasan peta kewenangan bidang perumahan dan kawasan permukiman sesuai "
            "UU 23/2014 untuk bahan paparan kepala dinas."
        ),
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    ("perumahan itu urusan wajib atau urusan pilihan sih?", "kewenangan.urusan_wajib"),
    (
        (
            "DPRD nanya perkim masuk urusan wajib pelayanan dasar itu dasarnya pasal brp di "
            "UU 23/2014?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        "Is housing a mandatory basic-service affair under the regional government law?",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "kan semua kumuh ke provinsi ya? jd kami usulkan aja semua lokasi yg ada di SK",
        "kewenangan.kumuh",
    ),
    ("kewenangan kumuh menurut luas", "kewenangan.kumuh"),
    (
        "kata pak camat kumuh 5 sampai 10 hektar itu urusan provinsi, bener kah?",
        "kewenangan.kumuh",
    ),
    (
        (
            "Kawasan kumuh di bantaran Sungai Kahayan luasnya beda-beda, ada yg kecil ada yg "
            "besar. Aturan pembagian kewenangan penanganannya berdasarkan luas itu gmn?"
        ),
        "kewenangan.kumuh",
    ),
    (
        "pian, batas luas kumuh gasan kabupaten lawan provinsi berapa?",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "kawasan kumuh tepi sungai kami luasnya di atas 15 hektar, itu siapa yg tangani?",
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    (
        "kumuh besar yg jadi urusan pemerintah pusat itu mulai dari berapa ha?",
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    ("Who handles slum areas of fifteen hectares or more?", "kewenangan.kumuh_pusat"),
    # kewenangan.pencegahan_kumuh
    ("pencegahan kumuh itu tugas provinsi kan?", "kewenangan.pencegahan_kumuh"),
    (
        "warga kampung nelayan minta kegiatan pencegahan kumuh, bisa kami usulkan ke prov?",
        "kewenangan.pencegahan_kumuh",
    ),
    ("pencegahan kumuh siapa?", "kewenangan.pencegahan_kumuh"),
    # kewenangan.perumahan
    (
        "di sub urusan perumahan, kewenangan provinsi itu apa aja?",
        "kewenangan.perumahan",
    ),
    (
        "What is the province allowed to do in the housing sub-affair?",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "penyediaan rumah utk MBR itu tugas siapa sebenarnya?",
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "bupati minta dibangunkan rusunawa utk pekerja, itu bisa diusulkan ke provinsi atau "
            "harus ke pusat?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    ("pembiayaan perumahan MBR kewenangan siapa?", "kewenangan.perumahan_pusat"),
    # kewenangan.bencana_relokasi
    (
        (
            "rumah warga hanyut kena banjir bandang di hulu Kahayan, perbaikan rumahnya "
            "tanggung jawab siapa?"
        ),
        ("kewenangan.bencana_relokasi", "kewenangan.spm"),
    ),
    (
        "warga yg direlokasi krn program pemprov, rumah barunya siapa yg fasilitasi?",
        ("kewenangan.bencana_relokasi", "kewenangan.spm"),
    ),
    (
        (
            "kebakaran kampung atas air di Kuala Kapuas, rumah korbannya ditangani provinsi "
            "atau kabupaten?"
        ),
        ("kewenangan.bencana_relokasi", "kewenangan.spm"),
    ),
    (
        "Who provides houses for victims of a regency-level flood?",
        ("kewenangan.bencana_relokasi", "kewenangan.spm"),
    ),
    # kewenangan.izin
    ("izin perumahan developer diurus ke provinsi kah?", "kewenangan.izin"),
    ("SKBG diterbitkan siapa?", "kewenangan.izin"),
    (
        (
            "ada pengembang mau bangun kawasan permukiman dekat areal tambang, izinnya "
            "kewenangan kab atau prov?"
        ),
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "sub urusan kawasan permukiman itu isinya apa aja per tingkat pemerintahan?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "sistem kawasan permukiman nasional ditetapkan siapa?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "kewenangan provinsi di kawasan permukiman apa?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        (
            "DPRD minta kami usulkan perbaikan jalan di komplek perumahan developer ke provinsi, "
            "bisa kah?"
        ),
        "kewenangan.psu",
    ),
    ("beda PSU permukiman dgn PSU perumahan apa?", "kewenangan.psu"),
    ("PSU prov atau kab?", "kewenangan.psu"),
    ("Which PSU is the province's job and which is the regency's?", "kewenangan.psu"),
    # psu.lingkup_provinsi
    (
        (
            "PSU yg dibangun provinsi itu apa aja? bisa bangun dermaga kecil utk desa yg cuma "
            "bisa dijangkau perahu?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        "jalan kabupaten ke kecamatan kami rusak parah, bisa pakai dana PSU provinsi kan?",
        "psu.lingkup_provinsi",
    ),
    (
        "titian ulin di permukiman atas air bisa masuk jalan lingkungan yg dibangun provinsi?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "sertifikasi perancang rumah tingkat kecil diurus dimana?",
        "kewenangan.sertifikasi",
    ),
    (
        "konsultan perencana PSU minta registrasi, itu kewenangan siapa?",
        "kewenangan.sertifikasi",
    ),
    (
        "Who certifies medium-capability house and PSU designers?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    ("SPM perumahan itu tugas pusat semua ya?", "kewenangan.spm"),
    ("target SPM rumah korban bencana provinsi brp persen?", "kewenangan.spm"),
    ("dasar hukum SPM perumahan rakyat apa?", "kewenangan.spm"),
    # kumuh.luas_delineasi
    ("luas kumuh dihitung dari luas desa keseluruhan kan?", "kumuh.luas_delineasi"),
    (
        (
            "desa kami luasnya 400 ha tapi yg masuk SK kumuh cuma sebagian kampung tepi sungai, "
            "luas mana yg dipakai utk nentukan kewenangan?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        "luas yg dihitung itu luas delineasi atau luas wilayah administrasi?",
        "kumuh.luas_delineasi",
    ),
    (
        "Which area counts for the slum size, the whole village or the delineated slum?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    ("SK kumuh ditetapkan gubernur kan?", "kumuh.penetapan"),
    (
        "SK kumuh kami terbit 2017 dan blm pernah diubah, wajib direvisi kah?",
        ("kumuh.penetapan", "usulan.sk_kumuh"),
    ),
    ("siapa yg netapkan lokasi kumuh?", "kumuh.penetapan"),
    (
        "SK kumuh bupati harus dilampiri apa aja? peta sebaran jg?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    ("kriteria kumuh ada apa aja?", "kumuh.aspek"),
    (
        (
            "proteksi kebakaran termasuk aspek penilaian kumuh kah? kampung kami rumah kayu "
            "semua rapat-rapat"
        ),
        "kumuh.aspek",
    ),
    ("What are the seven aspects of the slum criteria?", "kumuh.aspek"),
    # kumuh.penilaian
    ("skor kumuh maksimal brp?", "kumuh.penilaian"),
    ("nilai kekumuhan 64 termasuk kumuh berat kah?", "kumuh.penilaian"),
    (
        "kumuh berat pasti jadi kewenangan provinsi ya?",
        ("kumuh.penilaian", "kewenangan.kumuh"),
    ),
    # kumuh.tingkat_sedang_ringan
    ("skor 45 itu kumuh sedang atau ringan?", "kumuh.tingkat_sedang_ringan"),
    ("rentang nilai kumuh ringan?", "kumuh.tingkat_sedang_ringan"),
    ("batas skor kumuh sedang dari brp sampai brp?", "kumuh.tingkat_sedang_ringan"),
    # kumuh.pola_penanganan
    (
        (
            "kampung di sempadan sungai yg tanahnya bukan milik warga, penanganannya pemugaran "
            "atau pemukiman kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    ("beda pemugaran dan peremajaan?", "kumuh.pola_penanganan"),
    ("kumuh ringan di lahan legal ditangani dgn pola apa?", "kumuh.pola_penanganan"),
    (
        "What does peremajaan mean as a way of handling a slum?",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    ("jumlah lokasi kumuh di Kalteng brp?", "kumuh.kalteng"),
    ("total luas kumuh se-Kalteng?", "kumuh.kalteng"),
    ("kumuh di Kalteng kebanyakan di mana, tepi sungai kah?", "kumuh.kalteng"),
    # usulan.isi
    ("usulan itu isinya apa aja?", "usulan.isi"),
    (
        "kenapa di usulan harus isi jumlah KK dan jiwa segala?",
        ("usulan.isi", "usulan.penerima_biaya"),
    ),
    ("What information does a proposal have to include?", "usulan.isi"),
    # usulan.jenis
    ("jenis usulan apa aja yg bisa diajukan ke provinsi?", "usulan.jenis"),
    (
        "selain kumuh dan PSU bisa usul apa lagi? misal rumah korban kebakaran?",
        "usulan.jenis",
    ),
    ("jenis usulan?", "usulan.jenis"),
    # usulan.lokasi
    (
        "desa kami cuma bisa dijangkau pakai kelotok, titik GPS wajib kah di usulan?",
        "usulan.lokasi",
    ),
    ("data lokasi usulan harus diisi apa aja?", "usulan.lokasi"),
    (
        "nama lokasi di usulan harus sama persis dgn yg di SK kumuh?",
        ("usulan.lokasi", "usulan.sk_kumuh"),
    ),
    # usulan.penerima_biaya
    ("sumber dana yg bisa dipilih di usulan apa aja?", "usulan.penerima_biaya"),
    ("jumlah jiwa boleh lebih kecil dari jumlah KK?", "usulan.penerima_biaya"),
    ("biaya usulan cukup diisi perkiraan aja kah?", "usulan.penerima_biaya"),
    (
        "Do we have to give the number of beneficiary households and the cost?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    ("readiness criteria usulan apa saja?", "usulan.kesiapan"),
    ("dokumen kesiapan utk usulan PSU apa aja?", "usulan.kesiapan"),
    (
        "kalau DED belum ada, usulan masih bisa diterima?",
        ("usulan.kesiapan", "usulan.dokumen_teknis"),
    ),
    # usulan.lahan
    (
        (
            "lahan jalan lingkungan di desa transmigrasi masih atas nama warga, itu clean and "
            "clear kah?"
        ),
        "usulan.lahan",
    ),
    (
        "tanah adat Dayak yg blm bersertifikat bisa jadi lokasi usulan jaling?",
        "usulan.lahan",
    ),
    (
        (
            "Lokasi yg mau kami usulkan ada di lahan gambut. Sebagian masih sengketa dgn "
            "perusahaan sawit, apakah usulannya tetap bisa jalan?"
        ),
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    ("usulan kumuh wajib lampirkan SK kumuh kah?", "usulan.sk_kumuh"),
    (
        "lokasi kami tdk tercantum di SK kumuh, masih bisa diusulkan sbg kumuh?",
        "usulan.sk_kumuh",
    ),
    (
        "SK kumuh umurnya udh 6 tahun, masih dihitung di usulan?",
        ("usulan.sk_kumuh", "kumuh.penetapan"),
    ),
    # usulan.dokumen_teknis
    ("DED sama RAB harus dilampirkan semua kah?", "usulan.dokumen_teknis"),
    (
        "foto kondisi eksisting perlu brp lembar?",
        ("usulan.dokumen_teknis", "bot.usul"),
    ),
    ("site plan wajib utk usulan drainase?", "usulan.dokumen_teknis"),
    # usulan.surat_pernyataan
    (
        "surat pernyataan hibah dan O&P itu siapa yg tandatangan?",
        "usulan.surat_pernyataan",
    ),
    (
        "kenapa kami harus bikin surat kesediaan memelihara segala?",
        "usulan.surat_pernyataan",
    ),
    ("surat pernyataan kesanggupan O&P wajib kah?", "usulan.surat_pernyataan"),
    # usulan.rtlh
    (
        (
            "warga minta bedah rumah, tapi rumahnya di atas tanah adat tanpa SKT, bisa lewat "
            "provinsi?"
        ),
        "usulan.rtlh",
    ),
    ("RTLH bisa bangun rumah baru di lahan kosong kan?", "usulan.rtlh"),
    ("penerima RTLH provinsi ditetapkan siapa?", "usulan.rtlh"),
    ("syarat RTLH provinsi?", "usulan.rtlh"),
    (
        (
            "Rumah panggung warga di pinggir Sungai Barito sudah miring dan lapuk. Pemiliknya "
            "cuma punya SKT dari desa, bisa diusulkan RTLH ke provinsi?"
        ),
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "warga RT kami mau minta jalan lingkungan langsung ke provinsi, syaratnya apa?",
        "usulan.psu_masyarakat",
    ),
    ("permintaan PSU dari masyarakat harus diketahui siapa?", "usulan.psu_masyarakat"),
    (
        "kata pak camat warga bisa ngajukan drainase sendiri ke dinas provinsi, bujur kah?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "jaling yg dibangun prov tetap jadi aset provinsi dan dipelihara provinsi kan?",
        "hibah.aset",
    ),
    ("setelah jalan lingkungan selesai dibangun, serah terimanya gmn?", "hibah.aset"),
    (
        "After the province builds a road on our land, who owns and maintains it?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    ("kalau bukan kewenangan provinsi, dananya dr mana?", "pendanaan.saluran_lain"),
    (
        "kumuh kecil di desa dekat tambang batubara, boleh minta CSR perusahaan?",
        "pendanaan.saluran_lain",
    ),
    ("alternatif pendanaan selain APBD provinsi?", "pendanaan.saluran_lain"),
    (
        "Where else can we get money if it is not the province's job?",
        "pendanaan.saluran_lain",
    ),
    (
        "kumuh yg jadi urusan pusat kami usulkan lewat mana? APBN kah?",
        ("pendanaan.saluran_lain", "kewenangan.kumuh_pusat"),
    ),
    # siklus.tahunan
    ("usulan yg dikirim tahun ini utk anggaran tahun brp?", "siklus.tahunan"),
    ("alur usulan tiap tahun gmn?", "siklus.tahunan"),
    ("siklus usulan tahunan?", "siklus.tahunan"),
    # siklus.pemeriksaan
    ("usulan kami diperiksa apa aja oleh provinsi?", "siklus.pemeriksaan"),
    (
        (
            "verifikasi teknis itu termasuk cek lapangan kah? desa kami jauh, naik speedboat "
            "6 jam dari kabupaten"
        ),
        "siklus.pemeriksaan",
    ),
    ("How does the province check our proposals?", "siklus.pemeriksaan"),
    # siklus.rakor
    ("rakor itu ngapain aja?", "siklus.rakor"),
    ("apa gunanya rakor sebelum musrenbang provinsi?", "siklus.rakor"),
    ("tanggal rakor tiap tahun tetap kah atau pindah-pindah?", "siklus.rakor"),
    # siklus.rkpd_apbd
    ("setelah rakor, usulan kami masuk ke mana?", "siklus.rkpd_apbd"),
    ("usulan yg disetujui kapan masuk APBD?", "siklus.rkpd_apbd"),
    (
        "What happens after the Rakor: Musrenbang, RKPD, then the budget?",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    (
        "Pokja PKP itu bentukan provinsi kan?",
        ("koordinasi.pokja_pkp", "istilah.pokjapkp"),
    ),
    ("apa tugas pokja PKP di kabupaten?", "koordinasi.pokja_pkp"),
    ("dasar hukum Pokja PKP apa?", "koordinasi.pokja_pkp"),
    ("bupati nanya kita perlu bentuk pokja PKP kah?", "koordinasi.pokja_pkp"),
    # disperkimtan.kontak
    ("alamat kantor Disperkimtan?", "disperkimtan.kontak"),
    (
        "kantor dinas perkim provinsi di jalan apa ya? sy mau antar berkas dari Puruk Cahu",
        "disperkimtan.kontak",
    ),
    ("website resmi disperkimtan kalteng apa?", "disperkimtan.kontak"),
    ("Where is the provincial housing agency's office?", "disperkimtan.kontak"),
    # bot.cara_pakai
    ("perintah apa aja yg ada di bot ini?", "bot.cara_pakai"),
    ("jam pengingat di bot pakai WIB kah?", "bot.cara_pakai"),
    (
        "bot ini pakai WITA kan, soalnya kabupaten kami dekat Kalsel?",
        ("bot.cara_pakai", "istilah.wib"),
    ),
    # bot.usul
    ("di /usul bisa lampirkan PDF RAB?", "bot.usul"),
    ("fitur salin usulan lama itu gmn?", "bot.usul"),
    ("setelah kirim lewat /usul kami dapat kode apa?", "bot.usul"),
    ("maksimal foto di /usul brp?", ("bot.usul", "usulan.dokumen_teknis")),
    # bot.status
    ("status perlu perbaikan artinya apa?", "bot.status"),
    ("arti status dibahas rakor?", "bot.status"),
    ("What does the status 'verifikasi' mean?", "bot.status"),
    # bot.ditolak_dialihkan
    (
        "usulan kami ditolak krn bukan kewenangan provinsi, terus kami harus gmn?",
        "bot.ditolak_dialihkan",
    ),
    ("dialihkan itu maksudnya dialihkan kemana?", "bot.ditolak_dialihkan"),
    ("usulan ditolak bisa banding lewat bot?", "bot.ditolak_dialihkan"),
    ("My proposal was redirected. What should I do next?", "bot.ditolak_dialihkan"),
    # bot.tindak_lanjut
    ("brp hari kerja usulan diverifikasi?", "bot.tindak_lanjut"),
    ("standar tindak lanjut usulan?", "bot.tindak_lanjut"),
    (
        "standar respon provinsi atas usulan itu brp hari kerja? patokannya dari mana?",
        "bot.tindak_lanjut",
    ),
    # glossary
    ("Perkim singkatan apa?", "istilah.perkim"),
    (
        "bupati nanya buat sambutan, Disperkimtan itu kepanjangannya apa?",
        "istilah.disperkimtan",
    ),
    ("drainase itu apa ya, saluran air kah?", "istilah.drainase"),
    ("KR dalam data kumuh artinya apa?", "istilah.kr"),
    ("kode KS di tabel kekumuhan maksudnya?", "istilah.ks"),
    ("KB di data kumuh bukan keluarga berencana kan? artinya apa?", "istilah.kb"),
    ("SK kumuh itu apa sih?", "istilah.skkumuh"),
    ("bedah rumah itu istilah apa?", "istilah.bedahrumah"),
    (
        "BSPS itu program dari provinsi kan?",
        ("istilah.bsps", "kewenangan.perumahan_pusat"),
    ),
    ("MBR itu siapa aja?", "istilah.mbr"),
    ("rusunawa apa bedanya dgn rusun biasa?", ("istilah.rusunawa", "istilah.rusun")),
    ("rusus itu rumah apa?", "istilah.rusus"),
    ("What is a huntap?", "istilah.huntap"),
    ("KK di form itu kartu keluarga atau kepala keluarga?", "istilah.kk"),
    ("jiwa di usulan itu maksudnya jumlah orang kah?", "istilah.jiwa"),
    ("ha itu hektar kan? 1 ha brp meter persegi?", "istilah.ha"),
    ("RKS tu napa lah?", "istilah.rks"),
    ("KAK sama TOR itu sama kah?", "istilah.kak"),
    ("site plan itu gambar apa?", "istilah.siteplan"),
    ("RC dalam usulan artinya apa?", "istilah.rc"),
    ("hibah itu maksudnya apa dalam urusan aset?", ("istilah.hibah", "hibah.aset")),
    ("beda BMN dan BMD?", ("istilah.bmn", "istilah.bmd")),
    ("O&P singkatan apa?", "istilah.op"),
    ("SPM kepanjangannya apa?", "istilah.spm"),
    ("pokja PKP itu apa", ("istilah.pokjapkp", "koordinasi.pokja_pkp")),
    ("Pokja PPAS singkatan dari apa?", "istilah.pokjappas"),
    ("AMPL itu apa?", "istilah.pokjaampl"),
    ("RP3KP itu dokumen apa?", "istilah.rp3kp"),
    ("kata pak kabid kami harus punya RP2KPKP, itu apa sih?", "istilah.rp2kpkp"),
    ("KOTAKU itu program apa?", "istilah.kotaku"),
    ("DAK Tematik PPKT maksudnya apa?", "istilah.daktematikppkt"),
    ("APBDes itu anggaran siapa?", "istilah.apbdes"),
    ("pokir DPRD itu apa sih?", "istilah.pokir"),
    ("What is the RKPD?", "istilah.rkpd"),
    ("Renstra itu rencana apa?", "istilah.renstra"),
    ("Bapperida itu badan apa?", "istilah.bapperida"),
    ("SKPD sama OPD beda kah?", ("istilah.skpd", "istilah.opd")),
    ("SPAM di dokumen perkim bukan email sampah kan? artinya?", "istilah.spam"),
    ("IPAL komunal maksudnya apa?", "istilah.ipal"),
    ("RTRW di syarat lahan itu maksudnya RT RW kah?", "istilah.rtrw"),
    ("PBG itu pengganti IMB kah? artinya apa?", "istilah.pbg"),
    ("SLF itu sertifikat apa?", "istilah.slf"),
    ("SKBG kepanjangannya apa?", "istilah.skbg"),
    ("SKT itu surat apa?", "istilah.skt"),
    ("clean and clear maksudnya apa?", "istilah.cleanandclear"),
    ("rakor singkatan dari apa?", "istilah.rakor"),
    ("LAPOR! itu aplikasi apa?", "istilah.lapor"),
    ("WIB itu UTC plus brp?", "istilah.wib"),
    ("backlog perumahan maksudnya apa?", "istilah.backlog"),
    ("What does kumuh mean?", "istilah.kumuh"),
    ("DAK itu dana apa?", "istilah.dak"),
]

ROUND16_INTENTS: list[tuple[str, str]] = [
    ("usulan kami udh sampai mana ya?", "status"),
    ("cek status usulan kami", "status"),
    ("What's the status of our proposals?", "status"),
    ("usulan jaling yg kmrn sy kirim gmn kabarnya?", "status"),
    ("USL-2026-0004 udh diverifikasi blm?", "status"),
    ("pian, usulan ulun sudah diperiksa kah?", "status"),
    ("rakor tahun ini kpn?", "meeting"),
    ("jadwal rakor kawasan permukiman 2027 dimana?", "meeting"),
    ("When is the next coordination meeting?", "meeting"),
    ("rapat koordinasi berikutnya tanggal brp?", "meeting"),
    ("rakor nanti di aula disperkimtan lagi kah?", "meeting"),
    ("bupati nanya kpn rakor provinsi, mau atur jadwal", "meeting"),
    ("batas akhir kirim usulan kpn?", "deadline"),
    ("tenggat usulan TA 2027 tgl brp?", "deadline"),
    ("What is the deadline for proposals this year?", "deadline"),
    ("masih bisa kirim usulan ga? kpn ditutup?", "deadline"),
    ("usulan paling lambat dikirim kapan ya?", "deadline"),
    ("deadline usulan", "deadline"),
    ("halo", "greeting"),
    ("selamat pagi pak, izin bertanya", "greeting"),
    ("makasih banyak infonya", "greeting"),
    ("How does this bot work?", "greeting"),
    ("tolong bantu sy, baru pertama pakai bot ini", "greeting"),
    ("assalamualaikum", "greeting"),
    ("gmn cara kirim usulan lewat bot ini?", "how_to_submit"),
    ("mau ajukan usulan, caranya?", "how_to_submit"),
    ("How do I submit a proposal here?", "how_to_submit"),
    ("cara input usulan di sinkron", "how_to_submit"),
    ("sy mau usul jalan lingkungan, mulai dari mana di bot?", "how_to_submit"),
    ("kaya apa caranya mengusulkan kegiatan lewat telegram ini?", "how_to_submit"),
]

ROUND16_AREAS: list[tuple[str, str]] = [
    ("kumuh 12 ha kewenangan siapa?", "provinsi"),
    (
        "kawasan kumuh tepi sungai seluas 9,8 hektar itu urusan kab atau prov?",
        "kabkota",
    ),
    ("kumuh pas 10 ha itu masuk provinsi kah?", "provinsi"),
    ("kumuh tepat 15 hektare siapa yg tangani?", "pusat"),
    ("luas delineasi kumuh 14,99 ha, masih provinsi?", "provinsi"),
    ("Our slum area is 16.5 hectares, who is responsible?", "pusat"),
    ("kumuh 85.000 m2 di Kuala Kapuas kewenangan siapa", "kabkota"),
    ("lokasi kumuh 120.000 m² tanggung jawab siapa?", "provinsi"),
    (
        "kampung atas air luas kumuhnya 150.000 meter persegi, kewenangan siapa?",
        "pusat",
    ),
    ("kumuh lebih dari 15 ha siapa yg tangani?", "pusat"),
    ("kumuh kurang dari 10 hektar kewenangan kabupaten ya?", "kabkota"),
    ("kumuh persis 10 hektare, prov atau kab?", "provinsi"),
    (
        (
            "Kata bupati kawasan kumuh di desa kami yg 11,25 ha mau diusulkan ke provinsi. "
            "Itu memang kewenangan provinsi kah?"
        ),
        "provinsi",
    ),
    ("kumuh 3 ha di desa transmigrasi siapa yg tangani?", "kabkota"),
    ("kawasan kumuh 22,4 hektar di pinggir Sungai Mentaya kewenangan siapa?", "pusat"),
    ("ulun handak betakun, kumuh 13 hektar tu kewenangan siapa lah?", "provinsi"),
    ("Slum area of 7.5 ha: regency or province?", "kabkota"),
    ("luas kumuh dalam SK 10.5 ha, kewenangan provinsi kah?", "provinsi"),
    ("lokasi kumuh 99.999 m2 itu kabupaten kan?", "kabkota"),
    ("kumuh 0,8 ha di gang sempit kewenangan siapa?", "kabkota"),
    ("kawasan kumuh 14,5 hektare kewenangannya siapa", "provinsi"),
    (
        "permukiman kumuh di lahan gambut 40 ha di Pulang Pisau, bisa ke provinsi?",
        "pusat",
    ),
    ("kawasan kumuh tepat 100.000 m2 kewenangan siapa?", "provinsi"),
    ("kumuh 15,01 hektar siapa?", "pusat"),
    ("Who handles a 9.99 ha slum area?", "kabkota"),
]

ROUND16_OUT_OF_SCOPE: list[str] = [
    "berapa pagu DAK Tematik PPKT utk Kapuas tahun 2027?",
    "nomor WA kabid kawasan permukiman brp?",
    "password akun SIPD sy lupa, gmn resetnya?",
    "hp sy tdk bisa install telegram, solusinya apa?",
    "biaya urus sertifikat tanah di BPN brp?",
    "harga semen per sak di Puruk Cahu sekarang brp?",
    "uang harian SPPD ke Palangka Raya brp per hari?",
    "perda kumuh Kalimantan Selatan nomor brp?",
    "kapan pendaftaran CPNS Disperkimtan dibuka?",
    "cuaca besok di Kuala Kurun hujan kah?",
    "cara klaim BPJS Kesehatan utk rawat inap gmn?",
    "tarif retribusi PBG per m2 di Kotim brp?",
    "dana desa Desa Tumbang Manjul tahun ini brp?",
    "syarat izin tambang galian C di sungai apa aja?",
    "ganti rugi kebun sawit yg kena jalan provinsi gmn hitungnya?",
    "harga satuan jalan beton per meter di Kalteng brp?",
    "kapan TPP ASN provinsi bulan ini cair?",
    "How do I renew my passport?",
    "rumus hitung dimensi saluran U-ditch utk debit banjir gmn?",
    "berapa jumlah RTLH di Kabupaten Sukamara tahun 2026?",
    "harga rumah subsidi FLPP di Sampit tahun 2027 brp?",
    "cara daftar jadi penyedia di LPSE gmn?",
    "printer kantor kami rusak, bisa minta bantuan provinsi?",
    "sy mau cuti melahirkan, ngurusnya ke mana?",
    "banjir di Kapuas kapan surut ya?",
    "berapa kuota BSPS Kalteng tahun 2027?",
    "What is the minimum wage in Central Kalimantan in 2027?",
    "aturan sempadan sungai dalam perda RTRW Kalimantan Barat brp meter?",
]
