"""Round 52 held-out question table for the Sinkron bot.

Written 2026-12-07 by two helpers who had not seen the knowledge base or any other question
table; they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md) plus the place-name list.

Style emphasis of this round: Banjar words mixed into Indonesian ("ulun", "pian", "kada",
"kaya apa", "barapa"); hashtags and chat formatting ("#kumuh", "**penting**", bullets, a "> "
quoted line); passive and inverted voice ("oleh siapa ... ditangani?"); the question buried
in the middle of a long message with unrelated closing remarks; superlatives and
comparatives ("yang paling sering bikin ditolak apa?"); asking for an example ("contohnya
apa?"); elongated letters and repeated words ("kapaaan", "tolong tolong"); ranges and
approximate numbers ("antara 10 sampai 15 ha", "kurang lebih 9 ha"). About one question in
ten is an Indonesian officer's word-for-word English ("who is authority of slum 12 ha?"). A
glossary entry's questions ask what the term means. Written at the start of round 33 of
tuning and measured untouched on that round's start, in styles no training table was written
in.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND52_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Pian, ulun handak tahu pembagian kewenangan perumahan wan kawasan permukiman "
            "antara pusat, provinsi, wan kabupaten/kota tu kaya apa kah?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "#kewenangan #PKP\nmohon ringkasannya:\n• pusat\n• provinsi\n• kab/kota\nmasing-masing "
            "pegang urusan apa di bidang perumahan dan kawasan permukiman?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Oleh UU 23/2014, perumahan rakyat dan kawasan permukiman digolongkan sebagai "
            "urusan wajib atau urusan pilihan?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Selamat siang pak, kemarin di rapat internal dinas ada yang bilang anggaran "
            "bidang perkim bisa dipangkas karena bukan prioritas. Sebenarnya perumahan dan "
            "kawasan permukiman itu termasuk urusan wajib pelayanan dasar atau bukan ya? Mau "
            "saya jadikan argumen ke Bappeda. Oh iya, titip salam buat ibu Kabid, kemarin "
            "beliau ulang tahun."
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Batas luas paling kecil kawasan kumuh yang sudah jadi tanggung jawab provinsi "
            "itu berapa ha?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Kasih contoh dong pembagian penanganan kumuh menurut luas, misalnya yang berapa "
            "ha ke kabupaten, berapa ke provinsi, berapa ke pusat?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kumuh yang 15 ha ke atasss itu bener bener urusan pusat? dasar aturannya apaaa, "
            "katanya belum pasti"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Kawasan kumuh yang besar, katakanlah dari 15 ha sampai ratusan hektar, itu "
            "semuanya tanggung jawab pemerintah pusat? bunyi aturannya bagaimana?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        "Urusan pencegahan kumuh tu kewenangan siapa kah, provinsi jua atau kabupaten haja?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "> pencegahan perumahan dan kawasan permukiman kumuh\nini tugas provinsi atau "
            "kab/kota? #pencegahan #kumuh"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Di sub-urusan perumahan, kegiatan apa saja yang dipegang oleh provinsi dan apa "
            "yang diserahkan ke kabupaten/kota?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Begini pak, di Kapuas kami sedang menyusun Renja 2027 dan diminta memetakan "
            "kegiatan sub-urusan perumahan. Mana saja yang sebenarnya kewenangan kabupaten "
            "dan mana yang provinsi untuk sub-urusan perumahan? Terima kasih, nanti kalau ke "
            "Kuala Kapuas mampir ke kantor kami ya, ada kopi enak."
        ),
        "kewenangan.perumahan",
    ),
    (
        "Untuk rumah MBR dan rusun, level pemerintahan mana yang paling berperan, pusat kah?",
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Contohnya urusan perumahan yang dipegang pemerintah pusat itu apa saja? "
            "pembiayaan perumahan termasuk?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "rumah korban banjir di desa kami siapaaa yang wajib bangun? kabupaten atau "
            "provinsiii? tolong dong"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Ada sekitar 30-an KK yang kena relokasi karena program provinsi, rumah pengganti "
            "mereka jadi tanggungan siapa?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Izin pembangunan perumahan gasan pengembang tu diterbitkan siapa kah, provinsi "
            "atau kabupaten?"
        ),
        "kewenangan.izin",
    ),
    (
        "#SKBG #izin who is give SKBG certificate, province or regency?",
        "kewenangan.izin",
    ),
    (
        (
            "Dalam sub-urusan kawasan permukiman, apa saja yang ditangani oleh provinsi dan "
            "apa yang oleh kabupaten/kota?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Pak, saya staf baru di Dinas Perkim Seruyan, pindahan dari Dinas Pendidikan jadi "
            "masih belajar. Sub-urusan kawasan permukiman itu isinya apa saja dan pembagian "
            "kewenangannya bagaimana? Mohon maaf kalau pertanyaannya dasar, nanti saya "
            "traktir pentol kalau ketemu."
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Apa bedanya PSU permukiman dan PSU perumahan, dan mana yang lebih jadi tanggung "
            "jawab provinsi?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "for example the road inside housing complex from developer is broken, it is PSU "
            "perumahan or permukiman? who is responsible?"
        ),
        "kewenangan.psu",
    ),
    (
        "Disperkimtan bisa bangunin PSU apa ajaaa? jalan kabupaten yang rusak bisa gaaa? plisss",
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Kami mau usul drainase kurang lebih 800 meter di sepanjang jalan provinsi, itu "
            "masuk PSU yang dibangun Disperkimtan atau tidak?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        ("Sertifikasi wan registrasi perancang rumah lawan perencana PSU tu kewenangan siapa kah?"),
        "kewenangan.sertifikasi",
    ),
    (
        "**SPM perumahan** itu isinya apa aja & targetnya berapa persen? #SPM",
        "kewenangan.spm",
    ),
    (
        (
            "Standar Pelayanan Minimal bidang perumahan rakyat diatur oleh peraturan apa dan "
            "dilaksanakan oleh siapa saja?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Selamat pagi. Desa kami luasnya sekitar 300 ha, tapi yang kumuh cuma sebagian di "
            "bantaran sungai. Untuk menentukan kewenangan, luas yang dihitung itu luas desa "
            "atau luas kawasan kumuhnya saja? Sekalian info, jalan ke kantor desa sekarang "
            "sudah dicor, lumayan mulus."
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Yang paling menentukan luas kumuh untuk urusan kewenangan itu data mana, "
            "delineasi di SK atau hasil ukur lapangan terbaru?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Kasih contoh dong, di Katingan misalnya, lokasi kumuh itu ditetapkan lewat "
            "keputusan siapa?"
        ),
        "kumuh.penetapan",
    ),
    (
        "SK kumuh harus ditinjau ulang berapa tahun sekaliii? bener bener lupa aku",
        "kumuh.penetapan",
    ),
    (
        "Kriteria kumuh itu ada sekitar 7 atau 8 aspek ya? apa saja aspeknya?",
        "kumuh.aspek",
    ),
    (
        "Aspek kriteria kumuh tu napa haja, pian? ulun perlu gasan isi laporan.",
        "kumuh.aspek",
    ),
    (
        (
            "#penilaian #kumuh\n• skor maksimal kumuh berapa?\n• mulai skor berapa disebut "
            "kumuh berat?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "Tiap kriteria kumuh diberi nilai dengan cara apa, dan nilainya dihitung "
            "berdasarkan apa?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "Pak, tim kami baru selesai survei baseline di Kelurahan Pahandut Seberang, "
            "totalnya dapat nilai 41. Kalau nilai segitu masuk kumuh sedang atau ringan ya? "
            "Rentangnya dari berapa sampai berapa? Makasih pak, di sini hujan deras, "
            "hati-hati yang di jalan."
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Skor paling rendah yang masih dihitung kumuh ringan itu berapa?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Pemugaran, peremajaan, pemukiman kembali itu bedanya apa? kasih contoh kapan "
            "masing-masing dipakai"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        "what is different pemugaran and peremajaan for slum?? pleaseee help",
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Total kawasan kumuh di Kalteng itu kurang lebih berapa ribu hektar, dan ada "
            "berapa lokasi?"
        ),
        "kumuh.kalteng",
    ),
    (
        "Kabupaten mana nang paling banyak lokasi kumuhnya di Kalteng, pian tahu kah?",
        "kumuh.kalteng",
    ),
    (
        (
            "#usulan\napa saja **isi** yang wajib ada di satu usulan kegiatan, dan kenapa "
            "datanya diminta sebanyak itu?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Untuk apa saja data usulan seperti sektor, jumlah KK dan perkiraan biaya dipakai "
            "oleh provinsi?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Pak izin bertanya. Kami di Lamandau ada beberapa rencana: jalan lingkungan, "
            "perbaikan rumah warga, penataan kawasan kumuh. Jenis usulan apa saja sebenarnya "
            "yang bisa diajukan ke provinsi? Oh ya pak, minggu depan saya cuti karena istri "
            "melahirkan, jadi mungkin lambat balas."
        ),
        "usulan.jenis",
    ),
    (
        (
            "Perbaikan rumah tidak layak huni lebih cocok diusulkan sebagai jenis 'rumah' "
            "atau 'RTLH'?"
        ),
        "usulan.jenis",
    ),
    (
        "Data lokasi usulan itu yang diminta apa saja? misalnya titik GPS wajib atau tidak?",
        "usulan.lokasi",
    ),
    (
        "kecamatan sama desanya harus diketik lengkaaap? kalau salah ketik dikit gimanaaa",
        "usulan.lokasi",
    ),
    (
        (
            "Penerima manfaat kami kira-kira 150 sampai 200 KK, jumlah jiwanya perlu diisi "
            "juga? biaya boleh diisi perkiraan saja?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        "Sumber dana nang kawa dipilih di usulan tu napa haja kah?",
        "usulan.penerima_biaya",
    ),
    (
        (
            "dokumen kesiapan (readiness criteria) utk usulan PSU apa aja?\n- DED?\n- RAB?\n- "
            "lainnya?"
        ),
        "usulan.kesiapan",
    ),
    (
        "readiness of proposal is checked by which documents?",
        "usulan.kesiapan",
    ),
    (
        (
            "Selamat sore pak. Lahan untuk rencana drainase kami sebagian milik warga, belum "
            "bersertifikat, baru ada SKT, dan satu bidang masih sengketa waris. Yang dimaksud "
            "lahan clean and clear itu syaratnya apa saja? Terima kasih, maaf panjang, "
            "sekalian kabar baik tim voli dinas kami juara."
        ),
        "usulan.lahan",
    ),
    (
        "Status lahan yang paling aman supaya usulan tidak bermasalah itu yang mana?",
        "usulan.lahan",
    ),
    (
        (
            "Misalnya SK kumuh kami terbit 2019, apakah masih bisa dipakai untuk usulan "
            "kumuh? contoh kasus seperti itu gimana?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        "must slum proposal have SK kumuh? what if the location not inside SK?? pleasee",
        "usulan.sk_kumuh",
    ),
    (
        (
            "RAB kami baru sekitar 2-3 lembar, DED belum ada sama sekali. Dokumen teknis apa "
            "saja yang sebaiknya dilampirkan?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Site plan wan RKS tu wajib dilampirkan jua kah di usulan, atau DED wan RAB haja "
            "sudah cukup?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        "_surat pernyataan hibah dan O&P_ itu maksudnya menyatakan apa? wajib gak? #dokumen",
        "usulan.surat_pernyataan",
    ),
    (
        "Surat kesanggupan operasi dan pemeliharaan itu diminta oleh provinsi untuk apa?",
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Assalamualaikum pak. Ada nenek di Desa Tumbang Talaken yang rumahnya sudah "
            "miring, tapi tanahnya masih atas nama almarhum suaminya dan tidak ada surat apa "
            "pun. Syarat RTLH lewat provinsi itu apa saja, dan penerimanya ditetapkan siapa? "
            "Nanti fotonya saya kirim juga. Wassalam, salam dari Gumas."
        ),
        "usulan.rtlh",
    ),
    (
        "Bukti kepemilikan tanah paling minimal untuk RTLH lewat provinsi itu apa, SKT cukup?",
        "usulan.rtlh",
    ),
    (
        (
            "Kalau warga sendiri yang minta jalan lingkungan ke provinsi, contohnya "
            "prosedurnya seperti apa? harus diketahui siapa saja?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "warga RT kamiii mau minta drainase langsung ke provinsi, bisa gaaak? harus "
            "diketahui siapa ajaa"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Jalan lingkungan yang dibangun provinsi tahun lalu kira-kira sepanjang 1 km di "
            "tanah pemkab, sekarang asetnya milik siapa dan perawatannya siapa?"
        ),
        "hibah.aset",
    ),
    (
        "BAST hibah aset tu ditandatangani siapa haja kah?",
        "hibah.aset",
    ),
    (
        "#dana kalau usulan kami **bukan kewenangan provinsi**, bisa cari dana ke mana aja?",
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Kumuh di bawah 10 ha sebaiknya didanai dari sumber apa, kalau tidak bisa lewat "
            "provinsi?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Pak, saya baru pegang perencanaan di Dinas Perkim Barsel. Alur usulan tahunan ke "
            "provinsi itu bagaimana dari awal sampai akhir? Usulan yang dikirim tahun ini "
            "untuk anggaran tahun berapa? Maaf banyak tanya, oh iya, kemarin Buntok banjir "
            "lagi tapi sudah surut."
        ),
        "siklus.tahunan",
    ),
    (
        "which one first, rakor or musrenbang? and proposal this year is for budget which year?",
        ("siklus.tahunan", "siklus.rkpd_apbd"),
    ),
    (
        (
            "Pemeriksaan usulan oleh provinsi itu meliputi apa saja? contohnya yang dicek "
            "waktu verifikasi teknis apa?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "usulan kamiii dicek apa ajaa sih sama provinsi? administrasi doang atau sampe ke "
            "lapangan jugaaa?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Rakor bidang kawasan permukiman itu biasanya sekitar bulan September sampai "
            "November ya? sebenarnya itu rapat apa dan siapa saja pesertanya?"
        ),
        "siklus.rakor",
    ),
    (
        "Rakor Bidang Kawasan Permukiman tu napa gunanya gasan kabupaten, pian?",
        "siklus.rakor",
    ),
    (
        "Rakor -> ? -> RKPD -> APBD\nurutan lengkapnya gimana ya? #perencanaan",
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Setelah disetujui di Rakor, usulan dimasukkan ke dokumen perencanaan apa dan "
            "kapan dianggarkan?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Pak, bupati kami minta dibentuk forum koordinasi perumahan supaya program "
            "antardinas tidak tumpang tindih. Pokja PKP itu sebenarnya apa dan dasar hukumnya "
            "apa ya? Terima kasih pak, jangan lupa makan siang."
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        "what is the most important role of Pokja PKP?",
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Kantor Disperkimtan provinsi itu alamatnya di mana? misalnya mau antar berkas "
            "langsung, ke jalan apa?"
        ),
        "disperkimtan.kontak",
    ),
    (
        "websitenya disperkimtan kalteng apaaa? aku cari cari ga ketemu",
        "disperkimtan.kontak",
    ),
    (
        (
            "Bot ini bisa dipakai jam berapa saja? misal jam 22-an malam masih bisa? jam yang "
            "dipakai WIB atau WITA?"
        ),
        "bot.cara_pakai",
    ),
    (
        "Perintah di bot ini napa haja kah? ulun kada tahu cara pakainya.",
        "bot.cara_pakai",
    ),
    (
        "/usul\n• foto maksimal berapa?\n• PDF bisa dilampirkan berapa file?",
        "bot.usul",
    ),
    (
        "by /usul, the old proposal can be copied or must be typed again from zero?",
        "bot.usul",
    ),
    (
        (
            "Pak, tadi pagi ada notifikasi usulan kami statusnya berubah jadi 'perlu "
            "perbaikan'. Arti status itu apa dan apa yang harus saya lakukan? Kepala dinas "
            "lagi dinas luar jadi saya yang pegang. Makasih, semoga sehat selalu."
        ),
        "bot.status",
    ),
    (
        (
            "Status usulan yang sudah paling akhir, yang tidak bisa berubah lagi, itu yang "
            "mana saja?"
        ),
        "bot.status",
    ),
    (
        (
            "Contoh alasan usulan ditolak atau dialihkan itu apa saja? misalnya karena bukan "
            "kewenangan provinsi"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "usulanku dialihkaaan ke APBD kab, terus aku harus ngapain sekarang?? bingung bingung",
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Usulan biasanya diverifikasi dalam berapa hari kerja? kalau sudah lewat 3-4 hari "
            "belum ada kabar, wajar tidak?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        "Barapa lawas usulan ditindaklanjuti provinsi, ada standar harinya kah?",
        "bot.tindak_lanjut",
    ),
    (
        ("#rapat\nkalau saya **tidak bisa hadir**, boleh diwakilkan? konfirmasinya gimana di bot?"),
        "bot.rapat",
    ),
    (
        "Pengingat rapat dikirimkan oleh bot kapan saja sebelum acara dimulai?",
        "bot.rapat",
    ),
    (
        (
            "Halo pak, saya dari Bappeda Sukamara, baru pertama ikut koordinasi bidang ini. "
            "Di surat-surat sering tertulis 'Perkim', itu singkatan dari apa? Terima kasih, "
            "salam kenal semuanya."
        ),
        "istilah.perkim",
    ),
    (
        (
            "Disperkimtan itu singkatan dari apa, dan bedanya apa dengan Disperkim yang lebih "
            "pendek?"
        ),
        "istilah.disperkimtan",
    ),
    (
        "what is stand for Disperkimtan? for example the full name?",
        "istilah.disperkimtan",
    ),
    (
        "PSU ituuu singkatan apa sih? dari tadi disebut sebut terus",
        "istilah.psu",
    ),
    (
        "Di rapat tadi kata PSU disebut mungkin 20-an kali, kepanjangannya apa ya?",
        "istilah.psu",
    ),
    (
        "Ulun sering baca 'jaling' di laporan, tu singkatan napa kah?",
        "istilah.jaling",
    ),
    (
        "> usulan jaling 2 ruas\njaling itu maksudnya apa ya? #istilah",
        "istilah.jaling",
    ),
    (
        "Istilah drainase lingkungan itu diartikan sebagai apa?",
        "istilah.drainase",
    ),
    (
        (
            "Pak, di tabel SK kumuh kabupaten kami ada kolom tingkat kekumuhan yang isinya "
            "KR, KS, KB. Yang KR itu singkatan apa ya? Terima kasih, salam buat rekan-rekan "
            "di provinsi."
        ),
        "istilah.kr",
    ),
    (
        "KR dalam data kumuh itu artinya tingkat kumuh yang paling ringan kah?",
        "istilah.kr",
    ),
    (
        "KS di data kumuh itu maksudnya apa? misalnya lokasi berlabel KS artinya apa?",
        "istilah.ks",
    ),
    (
        "KB di tabel kumuuuh itu apaan? bukan keluarga berencana kan wkwk",
        "istilah.kb",
    ),
    (
        "Di daftar lokasi ada sekitar 3-4 lokasi ditandai KB, KB itu singkatan dari apa?",
        "istilah.kb",
    ),
    (
        "Pian, nang dimaksud SK kumuh tu surat napa?",
        "istilah.skkumuh",
    ),
    (
        "#istilah **SK kumuh** itu maksudnya surat apa?",
        "istilah.skkumuh",
    ),
    (
        "Istilah delineasi dalam dokumen kumuh itu diartikan sebagai apa?",
        "istilah.delineasi",
    ),
    (
        (
            "Pak, konsultan kami menyerahkan laporan dan ada lampiran 'peta delineasi "
            "kawasan'. Delineasi itu maksudnya apa ya? Saya kurang paham istilahnya. Terima "
            "kasih pak, laporan lengkapnya nanti saya kirim lewat email saja."
        ),
        "istilah.delineasi",
    ),
    (
        "RTLH itu artinya rumah yang paling parah rusaknya kah, atau apa maksudnya?",
        "istilah.rtlh",
    ),
    (
        "RTLH itu apa? contohnya rumah yang seperti apa?",
        "istilah.rtlh",
    ),
    (
        "RLH itu apaaa? beda sama RTLH kan?",
        "istilah.rlh",
    ),
    (
        (
            "Program bedah rumah yang targetnya sekitar 80-an unit itu, istilah bedah rumah "
            "sendiri artinya apa?"
        ),
        "istilah.bedahrumah",
    ),
    (
        "Bedah rumah tu maksudnya rumahnya dirobohkan kah, atau kaya apa?",
        "istilah.bedahrumah",
    ),
    (
        "#BSPS kepanjangannya apa?",
        "istilah.bsps",
    ),
    (
        "BSPS is stand for what?",
        "istilah.bsps",
    ),
    (
        (
            "Selamat malam pak, maaf mengganggu. Tadi di grup WA dinas ada edaran soal "
            "program rumah untuk MBR dan kabid minta saya jelaskan ke staf. MBR itu "
            "kepanjangannya apa ya? Terima kasih pak, besok saya ke lapangan ke Tamiang "
            "Layang."
        ),
        "istilah.mbr",
    ),
    (
        ("MBR itu singkatan dari apa? maksudnya masyarakat yang penghasilannya paling rendah kah?"),
        "istilah.mbr",
    ),
    (
        "Rusunawa itu apa? misalnya bedanya dengan rusun biasa apa?",
        "istilah.rusunawa",
    ),
    (
        "rusunawaaa ituu singkatan dari apaa",
        "istilah.rusunawa",
    ),
    (
        "Ada kabar 2-3 rusus mau dibangun, rusus itu maksudnya apa?",
        "istilah.rusus",
    ),
    (
        "Kawan ulun bapandir masalah rusus, rusus tu napa jua?",
        "istilah.rusus",
    ),
    (
        (
            "kasih contoh dong huntara itu yang kayak gimana? soalnya di laporan banjir "
            "Katingan disebut huntara terus"
        ),
        "istilah.huntara",
    ),
    (
        "ulun baca laporan BPBD ada kata huntara, napa maksudnya huntara tu?",
        "istilah.huntara",
    ),
    (
        "huntara dan huntap, mana yang sifatnya lebih permanen? biar ulun gak salah tulis",
        ("istilah.huntara", "istilah.huntap"),
    ),
    (
        "huntap itu dipakai untuk menyebut hunian yang bagaimana ya? kepanjangannya apa",
        "istilah.huntap",
    ),
    (
        "KK di form usulan ituuu maksudnya apaaa, kartu keluarga atau apa siiih",
        "istilah.kk",
    ),
    (
        "in the form I write around 150-an KK, what is mean KK actually?",
        "istilah.kk",
    ),
    (
        (
            "#istilah #jiwa\n> jumlah penerima manfaat: 480 jiwa\n'jiwa' di baris itu maksudnya "
            "apa ya?"
        ),
        "istilah.jiwa",
    ),
    (
        "lahan di Desa Henda kurang lebih 2 ha, nah ha itu singkatan dari satuan apa ya?",
        "istilah.ha",
    ),
    (
        "oleh orang teknik, DED itu diartikan sebagai dokumen apa? kepanjangannya apa?",
        "istilah.ded",
    ),
    (
        (
            "Selamat siang pak, saya staf baru di Dinas Perkim Kabupaten Seruyan, baru pindah "
            "dari bagian umum minggu lalu. Kabid minta saya mengumpulkan berkas untuk usulan "
            "jalan lingkungan di Kuala Pembuang II. Di daftar berkas ada tulisan DED, itu "
            "maksudnya dokumen apa ya? Maaf kalau pertanyaannya dasar sekali, saya masih "
            "belajar. Oh iya kantor lagi ramai persiapan lomba 17-an."
        ),
        "istilah.ded",
    ),
    (
        "pian, RAB tu singkatan napa kah? ulun kada paham jua",
        "istilah.rab",
    ),
    (
        "what is RAB? give example please what kind of document is RAB",
        "istilah.rab",
    ),
    (
        "tolong tolong jelaskan RKS ituuu apaaa, dari pagi dicari gak nemuuu",
        "istilah.rks",
    ),
    (
        "mana yang lebih rinci soal spesifikasi teknis, RKS atau RAB? beda artinya apa",
        ("istilah.rks", "istilah.rab"),
    ),
    (
        "**KAK** itu apa ya? sama dengan TOR kah? #istilah #dokumen",
        "istilah.kak",
    ),
    (
        (
            "dari semua singkatan dokumen usulan, yang paling sering saya lupa itu KAK. KAK "
            "itu kerangka apa ya?"
        ),
        "istilah.kak",
    ),
    (
        "site plan itu misalnya gambar yang seperti apa? artinya apa kalau di usulan jaling",
        "istilah.siteplan",
    ),
    (
        "site plan itu dalam bahasa Indonesia disebut apa, dan yang digambarkan di situ apa?",
        "istilah.siteplan",
    ),
    (
        (
            "Pak, kemarin kami ikut zoom dengan Balai, banyak yang dibahas soal DAK dan "
            "jadwal tahun depan. Ada narasumber bilang 'RC harus lengkap sebelum desk', tapi "
            "saya tidak sempat bertanya. RC itu singkatan dari apa ya? Nanti hasil rapat "
            "internal kami kabari. Oh iya, di Kuala Kapuas hujan deras dari subuh."
        ),
        "istilah.rc",
    ),
    (
        "what is RC meaning pleaseee, readiness something?? confuse confuse",
        "istilah.rc",
    ),
    (
        "handak manulis laporan, tapi ulun kada tahu BAST tu kepanjangannya kaya apa",
        "istilah.bast",
    ),
    (
        "BAST yang diteken kurang lebih 3 bulan lalu itu, singkatan dari berita acara apa ya?",
        "istilah.bast",
    ),
    (
        "hibah dalam urusan perkim itu misalnya seperti apa? maksud katanya apa",
        "istilah.hibah",
    ),
    (
        "#hibah #aset\n_hibah aset_ itu sebenarnya artinya apa ya?",
        "istilah.hibah",
    ),
    (
        "BMD itu dipakai untuk menyebut barang yang dimiliki oleh siapa?",
        "istilah.bmd",
    ),
    (
        "apa bedanya BMD dengan BMN, mana yang lingkupnya lebih luas?",
        ("istilah.bmd", "istilah.bmn"),
    ),
    (
        "BMN ituuu singkatan apaaa, lupa lupa terus sayaaa",
        "istilah.bmn",
    ),
    (
        (
            "Pak mohon maaf, kami sedang inventarisasi aset di gudang dinas dan menemukan "
            "jalan lingkungan bantuan Balai yang tercatat sebagai BMN. Saya mau pastikan "
            "dulu: BMN itu singkatan dari apa? Terima kasih. Sekalian, minggu ini ada "
            "pemeriksaan BPK jadi kami agak sibuk."
        ),
        "istilah.bmn",
    ),
    (
        (
            "Assalamualaikum, kami sedang menyiapkan surat pernyataan untuk usulan drainase "
            "di Kecamatan Baamang. Di contoh dari kabupaten lain ada kalimat 'bersedia "
            "melakukan O&P'. O&P itu maksudnya apa ya? Terima kasih banyak, salam dari "
            "Sampit, semoga sehat selalu."
        ),
        "istilah.op",
    ),
    (
        (
            "kami tulis O&P sekitar 5-an tahun di surat, tapi O&P itu kepanjangannya apa ya "
            "sebenarnya?"
        ),
        "istilah.op",
    ),
    (
        "#SPM #perumahan\n**SPM** itu singkatan dari apa?",
        "istilah.spm",
    ),
    (
        "SPM itu artinya apa, contohnya standar yang kayak apa di bidang perumahan?",
        ("istilah.spm", "kewenangan.spm"),
    ),
    (
        "kawan ulun bilang ulun masuk Pokja PKP, tapi Pokja PKP tu kelompok napa sabujurnya?",
        "istilah.pokjapkp",
    ),
    (
        "#pokja what is mean Pokja PKP? **urgent**",
        "istilah.pokjapkp",
    ),
    (
        "singkatan PPAS di Pokja PPAS itu diartikan apa?",
        "istilah.pokjappas",
    ),
    (
        "pokja ppas tuh apaaa, banyak bangeeet pokjanya bingung bingung",
        "istilah.pokjappas",
    ),
    (
        (
            "di daerah kami ada kurang lebih 3 pokja, salah satunya Pokja AMPL. AMPL itu "
            "kependekan dari apa?"
        ),
        "istilah.pokjaampl",
    ),
    (
        (
            "Pokja AMPL dan Pokja PPAS, mana yang cakupan bidangnya lebih luas? artinya "
            "masing-masing apa"
        ),
        ("istilah.pokjaampl", "istilah.pokjappas"),
    ),
    (
        "RP3KP itu contohnya dokumen rencana apa? isinya kira-kira tentang apa",
        "istilah.rp3kp",
    ),
    (
        (
            "Mohon izin bertanya. Di Barito Utara kami sedang menyusun dokumen perencanaan "
            "dan konsultan menyebut RP3KP beberapa kali di paparan. Saya kurang paham: RP3KP "
            "itu rencana apa sebenarnya? Terima kasih. Btw minggu depan saya cuti ke "
            "Banjarmasin, jadi kalau balasnya lambat mohon maaf."
        ),
        "istilah.rp3kp",
    ),
    (
        "RP2KPKP tu kepanjangannya napa kah? panjang banar singkatannya",
        "istilah.rp2kpkp",
    ),
    (
        "RP3KP sama RP2KPKP, mana yang lebih khusus membahas kumuh? bedanya apa",
        ("istilah.rp3kp", "istilah.rp2kpkp"),
    ),
    (
        "> program KOTAKU sudah tidak ada lagi\nKOTAKU itu dulu program apa ya? #kotaku",
        "istilah.kotaku",
    ),
    (
        "KOTAKU itu disingkat dari kata apa saja?",
        "istilah.kotaku",
    ),
    (
        "plisss plisss, PPKT di DAK Tematik PPKT kepanjangannyaaa apa?",
        "istilah.daktematikppkt",
    ),
    (
        "DAK Tematik PPKT, I hear around 2-3 billion each kabupaten, PPKT is stand for what?",
        "istilah.daktematikppkt",
    ),
    (
        (
            "Pak, tadi pagi rapat dengan Bappeda kabupaten dan sempat ribut soal sumber dana. "
            "Saya ingin memastikan dulu istilahnya: APBN itu kepanjangannya apa dan anggaran "
            "milik siapa? Supaya tidak salah isi formulir. Omong-omong tadi listrik padam dua "
            "jam di Muara Teweh, jadi rapat molor."
        ),
        "istilah.apbn",
    ),
    (
        "APBN itu misalnya anggaran dari mana? arti singkatnya apa",
        "istilah.apbn",
    ),
    (
        "APBD tu anggaran napa, pian? ulun rancak dangar tapi kada tahu artinya",
        "istilah.apbd",
    ),
    (
        "APBD kami kurang lebih 1,5 T setahun katanya, APBD itu singkatan lengkapnya apa?",
        "istilah.apbd",
    ),
    (
        "APBDes itu dikelola oleh pemerintah mana, dan singkatannya apa?",
        "istilah.apbdes",
    ),
    (
        "APBD sama APBDes, mana yang cakupannya lebih kecil? arti APBDes apa",
        ("istilah.apbd", "istilah.apbdes"),
    ),
    (
        "#bankeu\n- Bankeu itu apa?\n- kepanjangannya apa?",
        "istilah.bankeu",
    ),
    (
        "bankeu bankeu dari tadi disebut pak kadis, apaaa itu bankeu??",
        "istilah.bankeu",
    ),
    (
        "pokir itu contohnya usulan yang seperti apa? maksud pokir DPRD itu apa",
        "istilah.pokir",
    ),
    (
        (
            "usulan pokir dan usulan musrenbang, mana yang datangnya dari anggota DPRD? pokir "
            "itu artinya apa"
        ),
        "istilah.pokir",
    ),
    (
        (
            "Selamat sore. Desa kami di Kecamatan Kahayan Hilir baru selesai rapat desa dan "
            "kepala desa bilang hasilnya dibawa ke Musrenbang. Saya ingin tahu, Musrenbang "
            "itu singkatan dari apa dan maksudnya musyawarah apa? Terima kasih, oh iya panen "
            "padi di sini lumayan tahun ini."
        ),
        "istilah.musrenbang",
    ),
    (
        "Musrenbang itu ada kira-kira 4 sampai 5 tingkatan kah? Musrenbang sendiri artinya apa?",
        "istilah.musrenbang",
    ),
    (
        "di rapat rancak disambat RKPD, kaya apa artinya RKPD tu?",
        "istilah.rkpd",
    ),
    (
        "RKPD sama RPJMD, mana yang jangka waktunya lebih pendek? RKPD itu apa",
        ("istilah.rkpd", "istilah.rpjmd"),
    ),
    (
        (
            "Pak, ini saya dari Dinas Perkim Lamandau. Kami diminta Bappeda kabupaten "
            "menyerahkan Renja paling lambat akhir bulan, dan ada juga Renstra yang "
            "disebut-sebut. Renja itu sebenarnya dokumen apa ya, singkatan dari apa? Terima "
            "kasih. Oh iya, Nanga Bulik cerah hari ini."
        ),
        "istilah.renja",
    ),
    (
        "renjaaa itu apa siih, rencana kerja kaaah?",
        "istilah.renja",
    ),
    (
        "**Renstra** = ??? #istilah #perencanaan",
        "istilah.renstra",
    ),
    (
        "which one is longer period, renstra or renja? what is renstra?",
        ("istilah.renstra", "istilah.renja"),
    ),
    (
        "RPJMD 2025-2029 itu kurang lebih 5 tahunan kah? RPJMD kepanjangannya apa?",
        "istilah.rpjmd",
    ),
    (
        "RPJMD itu maksudnya rencana apa? contohnya yang ada di RPJMD itu seperti apa",
        "istilah.rpjmd",
    ),
    (
        (
            "Maaf mengganggu malam-malam pak. Tadi sore ada surat edaran dari Sekda tentang "
            "penyusunan anggaran, di situ ditulis KUA-PPAS beberapa kali. Saya jujur belum "
            "paham: KUA-PPAS itu apa ya? Besok pagi mau lapor ke kabid. Terima kasih, selamat "
            "beristirahat."
        ),
        "istilah.kuappas",
    ),
    (
        "pian, kada tahu ulun KUA-PPAS tu kepanjangan napa, minta tolong lah",
        "istilah.kuappas",
    ),
    (
        "dari kemarin nyari arti RKA gak ketemu ketemuuu, tolong dooong",
        "istilah.rka",
    ),
    (
        "RKA itu diartikan sebagai dokumen apa dalam penganggaran?",
        "istilah.rka",
    ),
    (
        "mana yang lebih dulu ada, RKA atau DPA? DPA itu artinya apa",
        ("istilah.rka", "istilah.dpa"),
    ),
    (
        "#DPA\n> kegiatan kita sudah masuk DPA\nDPA itu apa ya maksudnya?",
        "istilah.dpa",
    ),
    (
        "SIPD is what? example what kind of system is SIPD?",
        "istilah.sipd",
    ),
    (
        (
            "aplikasi yang paling sering dibuka bagian perencanaan sekarang SIPD, tapi SIPD "
            "itu kepanjangannya apa ya?"
        ),
        "istilah.sipd",
    ),
    (
        "Bapperida tu badan napa, pian? dulu Bappeda kah ngarannya?",
        "istilah.bapperida",
    ),
    (
        (
            "Pak, undangan rapat minggu depan dari Bapperida Provinsi. Saya agak bingung "
            "karena biasanya dari Bappeda. Bapperida itu singkatan dari apa ya? Terima kasih "
            "sebelumnya. Kabar dari Buntok, air sungai Barito lagi naik."
        ),
        "istilah.bapperida",
    ),
    (
        (
            "Selamat siang. Di undangan rapat dari provinsi tertulis 'mohon kehadiran OPD "
            "terkait'. Kepala kantor saya bertanya apakah kami termasuk. OPD itu sebenarnya "
            "maksudnya apa ya? Terima kasih, nanti saya teruskan ke beliau. Salam dari Puruk "
            "Cahu."
        ),
        "istilah.opd",
    ),
    (
        "OPD OPD OPD, apaaa sebenarnya OPD ituuu",
        "istilah.opd",
    ),
    (
        "#SKPD\n_SKPD_ itu singkatan apa ya? masih dipakai di surat lama",
        "istilah.skpd",
    ),
    (
        "SPAM itu maksudnya sistem apa? contohnya jaringan PDAM kah?",
        "istilah.spam",
    ),
    (
        "what is SPAMMM in water sector? not email spam righttt",
        "istilah.spam",
    ),
    (
        "#sanitasi **SPALD** itu apa ya kepanjangannya?",
        "istilah.spald",
    ),
    (
        "SPALD dan IPAL, mana yang lebih luas pengertiannya?",
        ("istilah.spald", "istilah.ipal"),
    ),
    (
        "IPAL komunal untuk sekitar 50-an rumah di Ketapang, IPAL itu singkatan apa?",
        "istilah.ipal",
    ),
    (
        "ulun handak tahu jua, IPAL tu bangunan napa sabujurnya?",
        "istilah.ipal",
    ),
    (
        "3R pada TPS3R itu diartikan apa, dan TPS-nya dimaksudkan sebagai tempat apa?",
        "istilah.tps3r",
    ),
    (
        "TPS3R ituuu apaaa, R nya banyak bangeeet",
        "istilah.tps3r",
    ),
    (
        "yang termasuk MCK itu fasilitas apa saja? singkatan dari apa",
        "istilah.mck",
    ),
    (
        (
            "Halo pak, warga di Desa Sibung minta dibangunkan MCK komunal, katanya sudah lama "
            "diusulkan ke desa. Sebelum saya teruskan, MCK itu kepanjangannya apa ya? Saya "
            "mau tulis lengkap di nota dinas. Sekalian kabar, jembatan ke desa itu sudah "
            "diperbaiki."
        ),
        "istilah.mck",
    ),
    (
        "RTRW tu napa, pian? lain RT RW kampung kah?",
        "istilah.rtrw",
    ),
    (
        "RTRW sama RDTR, mana yang lebih detail?",
        ("istilah.rtrw", "istilah.rdtr"),
    ),
    (
        "#tataruang\n- RDTR itu singkatan apa?\n- rencana apa?",
        "istilah.rdtr",
    ),
    (
        "peta RDTR skalanya sekitar 1:5000 katanya, RDTR itu kepanjangannya apa?",
        "istilah.rdtr",
    ),
    (
        "PBG PBG, artinya apaaa? yang gantiin IMB kaaah??",
        "istilah.pbg",
    ),
    (
        "PBG itu diterbitkan sebagai persetujuan apa? kepanjangannya?",
        "istilah.pbg",
    ),
    (
        "mana yang lebih dulu, PBG atau SLF? SLF itu apa sih",
        ("istilah.pbg", "istilah.slf"),
    ),
    (
        "kasih gambaran dong, SLF itu sertifikat yang bagaimana",
        "istilah.slf",
    ),
    (
        "sertifikat untuk rusun 100-an unit katanya namanya SKBG; maksud SKBG itu apa?",
        "istilah.skbg",
    ),
    (
        "sertifikat SKBG tu gasan napa, pian? napa kepanjangannya?",
        "istilah.skbg",
    ),
    (
        (
            "Pak, saya mau mendata lahan warga untuk usulan bedah rumah di Kecamatan Pulau "
            "Hanaut. Banyak warga bilang tanahnya cuma pakai SKT, belum sertifikat. SKT itu "
            "surat apa sebenarnya? Terima kasih pak, maaf banyak tanya. Di sini lagi musim "
            "durian."
        ),
        "istilah.skt",
    ),
    (
        "SKT is issued by who? SKT is stand for what?",
        "istilah.skt",
    ),
    (
        "#lahan\n**clean and clear** itu maksudnya apa ya?",
        "istilah.cleanandclear",
    ),
    (
        "istilah 'clean and clear' maksudnyaaa gimanaaa? bener bener bingung",
        "istilah.cleanandclear",
    ),
    (
        "CSR itu semacam apa? misalnya bantuan jalan dari perusahaan sawit termasuk CSR kah?",
        "istilah.csr",
    ),
    (
        (
            "ada kira-kira 3 atau 4 perusahaan sawit yang mau bantu lewat CSR, CSR itu "
            "singkatan apa sih?"
        ),
        "istilah.csr",
    ),
    (
        "ulun baru masuk kantor, Rakor tu rapat napa kah sabujurnya?",
        "istilah.rakor",
    ),
    (
        "kata Rakor itu diambil dari singkatan apa?",
        "istilah.rakor",
    ),
    (
        "#lapor what is LAPOR! ? the one with exclamation mark",
        "istilah.lapor",
    ),
    (
        "aplikasi LAPOR! yang pakai tanda seru ituuu apaaa sebenernyaaa",
        "istilah.lapor",
    ),
    (
        "WIB itu singkatan apa? selisihnya kira-kira 1 jam dengan WITA kah?",
        "istilah.wib",
    ),
    (
        "tolong ilustrasikan backlog perumahan pakai contoh sederhana, maksudnya apa",
        "istilah.backlog",
    ),
    (
        (
            "Pak, di berita ada angka backlog perumahan Kalteng yang katanya besar, dan "
            "bupati kami sempat menyinggung itu waktu apel. Backlog itu sebenarnya artinya "
            "apa? Terima kasih, sekalian kabar baik, anak saya baru lulus SMA."
        ),
        "istilah.backlog",
    ),
    (
        "#PKP\n_PKP_ itu singkatan apa ya? bukan pengusaha kena pajak kan",
        "istilah.pkp",
    ),
    (
        "bidang PKP PKP terus, kepanjangannya apaaa sih, bingung bingung",
        "istilah.pkp",
    ),
    (
        "permukiman kumuh itu didefinisikan seperti apa?",
        "istilah.kumuh",
    ),
    (
        "what is mean kumuh? example slum like what?",
        "istilah.kumuh",
    ),
    (
        "dana DAK tu dana napa, pian? kaya apa kepanjangannya?",
        "istilah.dak",
    ),
    (
        "dana kurang lebih 2 miliar itu katanya dari DAK, memangnya DAK itu dana apa?",
        "istilah.dak",
    ),
    (
        "#rusun\n> pembangunan rusun\nrusun itu kepanjangannya apa?",
        "istilah.rusun",
    ),
    (
        "rusun sama rusunawa, mana yang artinya lebih umum?",
        ("istilah.rusun", "istilah.rusunawa"),
    ),
]

ROUND52_INTENTS: list[tuple[str, str]] = [
    (
        "Usulan ulun nang kemarin tu sudah sampai mana kah? diterima kah kada?",
        "status",
    ),
    (
        "usulan jaling kamiii gimana kabarnyaaa? udah diperiksa belum siiih",
        "status",
    ),
    (
        "my proposal USL-2026-0004 is already accepted or rejected by province?",
        "status",
    ),
    (
        "Rakor yang paling dekat ini jadinya tanggal berapa?",
        "meeting",
    ),
    (
        (
            "Pak, kami sedang atur jadwal perjalanan dinas bulan depan, kebetulan juga ada "
            "urusan ke Palangka. Rakor tahun ini tanggal berapa dan di mana tempatnya? Biar "
            "sekalian berangkat. Oh iya, titip salam buat Pak Sekdis."
        ),
        "meeting",
    ),
    (
        (
            "Rakor tahun ini kira-kira minggu kedua atau ketiga bulan depan? tanggal pastinya "
            "kapan dan jam berapa?"
        ),
        "meeting",
    ),
    (
        "Paling lambat kapan usulan untuk tahun anggaran depan harus sudah masuk?",
        "deadline",
    ),
    (
        "#tenggat\nbatas akhir kirim usulan tahun ini **tanggal berapa**?",
        "deadline",
    ),
    (
        "until when proposal can be submitted this year?? pleasee",
        "deadline",
    ),
    (
        "Selamat pagi pak, salam kenal, saya staf baru Dinas Perkim Katingan.",
        "greeting",
    ),
    (
        "makasih banyaaak ya pak infonya, sangat sangat membantu",
        "greeting",
    ),
    (
        "Halo pian, ulun perlu bantuan lah",
        "greeting",
    ),
    (
        "Usulan kegiatan diinput lewat mana dan dengan cara apa di bot ini?",
        "how_to_submit",
    ),
    (
        "Contoh langkah-langkah kirim usulan lewat bot ini gimana? dari awal sampai terkirim",
        "how_to_submit",
    ),
    (
        "#usulan how I can input new proposal by this bot?",
        "how_to_submit",
    ),
    (
        (
            "usulan ulun nang jalan lingkungan di Mentaya Hulu tu sudah sampai mana kah? "
            "diterima kah kada?"
        ),
        "status",
    ),
    (
        "usulan drainase kamiii gimana statusnyaaa, udah diverifikasi beluuum",
        "status",
    ),
    (
        "my proposal already checked by province or not yet?",
        "status",
    ),
    (
        "rakornya tahun ini jadi tanggal berapaaa? tempatnya di manaaa",
        "meeting",
    ),
    (
        "rakor tahun ini diadakan di mana dan dimulai jam berapa?",
        "meeting",
    ),
    (
        (
            "Selamat pagi pak. Kami di Dinas Perkim Gunung Mas sedang mengatur jadwal dinas "
            "luar bulan depan, karena kabid dan saya sama-sama ada pelatihan. Rapat "
            "koordinasi berikutnya tanggal berapa ya, supaya tidak bentrok? Terima kasih, "
            "salam dari Kuala Kurun."
        ),
        "meeting",
    ),
    (
        "paling lambat kapan usulan untuk tahun anggaran depan bisa dikirim?",
        "deadline",
    ),
    (
        (
            "tinggal sekitar 2 minggu lagi kah batas usulan? sampai tanggal berapa usulan "
            "masih diterima?"
        ),
        "deadline",
    ),
    (
        "#tenggat\n**batas akhir** kirim usulan tahun ini kapan?",
        "deadline",
    ),
    (
        "salamat pagi pian, ulun handak minta tolong",
        "greeting",
    ),
    (
        "**halo admin** 🙏 #mohonbantuan",
        "greeting",
    ),
    (
        "thank youuu very much sirrr",
        "greeting",
    ),
    (
        "misalnya saya mau masukin usulan lewat bot ini, langkahnya gimana?",
        "how_to_submit",
    ),
    (
        "usulan PSU dimasukkan lewat menu apa di bot ini? caranya gimana",
        "how_to_submit",
    ),
    (
        (
            "Pak, kami baru dapat arahan dari kadis bahwa usulan tahun ini dikirim lewat "
            "Telegram, bukan lewat surat seperti biasa. Saya belum pernah pakai. Gimana cara "
            "input usulan lewat bot ini? Terima kasih, maklum saya kurang paham HP."
        ),
        "how_to_submit",
    ),
]

ROUND52_AREAS: list[tuple[str, str]] = [
    (
        "Kawasan kumuh di tempat ulun luasnya 12 hektar, siapa nang bertanggung jawab kah?",
        "provinsi",
    ),
    (
        "#kumuh #kewenangan\nluas delineasi **8,5 ha** — ditangani siapa?",
        "kabkota",
    ),
    (
        "Oleh siapa kawasan kumuh seluas 150.000 m2 ditangani?",
        "pusat",
    ),
    (
        (
            "Pak, kami sedang revisi SK kumuh dan ada satu lokasi di Kelurahan Mentawa Baru "
            "Hilir yang delineasinya 95.000 m². Kawasan kumuh seluas itu kewenangan siapa ya, "
            "kabupaten atau provinsi? Terima kasih pak, Sampit lagi panas sekali hari ini."
        ),
        "kabkota",
    ),
    (
        "Kumuh yang luasnya pas 10 hektare, lebih tepat masuk provinsi atau kabupaten?",
        "provinsi",
    ),
    (
        "Misalnya kawasan kumuh 14,9 ha, itu masuk kewenangan siapa?",
        "provinsi",
    ),
    (
        "kumuh 22 hektaaar siapaaa yang tangani? tolong tolong",
        "pusat",
    ),
    (
        "kawasan kumuh antara 11 sampai 13 ha, kewenangan siapa?",
        "provinsi",
    ),
    (
        "kurang lebih 6 ha kawasan kumuh di tepi sungai, siapa yang wajib tangani?",
        "kabkota",
    ),
    (
        "who is authority of slum area exactly 15 hectares?",
        "pusat",
    ),
    (
        "slum 3 hectares in my village, who responsible?",
        "kabkota",
    ),
    (
        "Kawasan kumuh 120.000 meter persegi diurus siapa?",
        "provinsi",
    ),
    (
        "kawasan kumuh di Selat Hilir luasnya 12 hektar, siapa nang bakuasa menangani kah?",
        "provinsi",
    ),
    (
        "#kumuh #kewenangan\n> luas delineasi: 85.000 m²\nitu urusan siapa ya?",
        "kabkota",
    ),
    (
        "oleh siapa kawasan kumuh seluas 15 hektare ditangani?",
        "pusat",
    ),
    (
        (
            "Pak, kami sedang memperbarui SK kumuh di Kecamatan Teweh Baru. Hasil delineasi "
            "lokasi Jingah luasnya 9,5 ha. Kira-kira kawasan kumuh seluas itu kewenangan "
            "siapa ya? Terima kasih, semoga rapat minggu depan lancar."
        ),
        "kabkota",
    ),
    (
        "kumuh pas 10 ha itu lebih condong ke kewenangan provinsi atau kabupaten?",
        "provinsi",
    ),
    (
        "misalnya kumuhnya 149.900 meter persegi, itu ditangani siapa?",
        "provinsi",
    ),
    (
        "kumuhhh 22 ha ituuu kewenangan siapaaa",
        "pusat",
    ),
    (
        "kumuh di Baamang antara 11 sampai 13 ha, kewenangan siapa?",
        "provinsi",
    ),
    (
        "kumuh kurang lebih 6 hektar di Pulau Hanaut, urusan siapa ya?",
        "kabkota",
    ),
    (
        "slum 18 hectares is handled by who?",
        "pusat",
    ),
    (
        "slum area under 5 hectares, who is authority?",
        "kabkota",
    ),
    (
        "kumuh 16 hektar di Mentawa Baru Ketapang tu siapa nang mangurus?",
        "pusat",
    ),
]

ROUND52_OUT_OF_SCOPE: list[str] = [
    "Berapa pagu anggaran Disperkimtan Kalteng untuk tahun 2027?",
    "Nomor HP Kabid Kawasan Permukiman provinsi barapa kah? ulun handak nelpon",
    "Harga semen per sak di Sampit sekarang kisaran berapa ya?",
    "Siapa pemenang tender jalan lingkungan di Kecamatan Kumai tahun ini?",
    "besok Palangka Raya hujan kah kada?",
    "Syarat pengajuan KPR subsidi FLPP untuk PNS apa saja? contohnya dokumen yang diminta bank",
    "#kepegawaian tunjangan kinerja pegawai dinas provinsi golongan III berapa?",
    "Cara urus PBG untuk rumah pribadi saya gimana, biayanya berapa?",
    "Berapa jumlah rumah yang selesai dibedah provinsi sepanjang tahun 2025?",
    (
        "Pak, anak saya pindah sekolah ikut saya mutasi ke Sampit. SD negeri mana yang "
        "bagus di sana ya? Maaf nanya di luar urusan dinas."
    ),
    "what is the newest news about governor of Kalteng?",
    "Aturan penggunaan dana desa untuk BLT tahun ini bagaimanaaa? bingung bingung",
    "Berapa nilai kontrak penataan kawasan kumuh di Kotim tahun 2024?",
    "How much the price of land per meter in Palangka Raya?",
    "Kapan gaji ke-13 cair tahun ini?",
    "berapa pagu anggaran Disperkimtan paling besar untuk penanganan kumuh tahun 2027?",
    "#kontak nomor HP kabid kawasan permukiman berapa ya?",
    "harga semen sekitar 50 kg per sak di Palangka Raya sekarang berapa?",
    "tender jalan lingkungan di Kapuas tahun ini dimenangkan oleh siapa?",
    (
        "Pak, kemarin kami sudah selesai susun laporan semester. Ngomong-ngomong berapa "
        "jumlah rumah yang dibedah Disperkimtan sepanjang tahun 2026? Mau saya kutip di "
        "sambutan bupati. Terima kasih, salam dari Tamiang Layang."
    ),
    "barapa gaji tenaga honorer di Disperkimtan, pian?",
    "besok di Muara Teweh hujan gaaak, mau survei lokasiii",
    "syarat izin tambang galian C itu apa saja? contohnya dokumen apa",
    "jadwal imunisasi anak di puskesmas Kasongan ditetapkan kapan?",
    "tarif PDAM per kubik di Sampit yang paling murah berapa?",
    "kapan TPP pegawai bulan ini cairrr, lama banget",
    "> drainase Jekan Raya 2025\nkontraktornya siapa ya? #drainase",
    (
        "berapa jumlah lokasi kumuh di Kabupaten Sukamara menurut SK terbaru, kira-kira "
        "di atas 5 kah?"
    ),
    "for example how much price of plane ticket Palangka Raya to Jakarta?",
    (
        "Sir, I prepare the report for kabid, very busy this week. What is the budget of "
        "rusun project in Sampit 2027? I need the exact number. Thank you, greeting from "
        "Kotim."
    ),
]
