"""Round 46 held-out question table for the Sinkron bot.

Written 2026-12-07 by two helpers who had not seen the knowledge base or any other question
table; they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md) plus the place-name list.

Style emphasis of this round: speech-to-text dictation (no punctuation, acronyms as spoken
letters, "pe es u", numbers in words, "tanda tanya" typed out); two opinions to settle ("kata
kabid X, kata teman Y, yang benar mana?"); urgency ("ditunggu kadis 10 menit lagi"); a
signature after the question ("— Rina, staf PSU Perkim Seruyan"); the civil servants' "izin"
register ("izin bertanya", "mohon petunjuk dan arahan"); fill-in-the-blank and multiple choice
("kewenangan ____ ?", "a) ... b) ..."); weighing two options ("lebih baik lewat A atau B?");
the topic fronted with "-kah" or an inverted order ("PSU desa, provinsikah yang urus?"). About
one question in ten is Singapore or Malaysian English ("can submit through bot or not ah?").
A glossary entry's questions ask what the term means. Written at the start of round 30 of
tuning; no training table was written in its styles; measured once, at the round's end.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND46_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "pak mohon dijelaskan pembagian kewenangan perumahan dan kawasan permukiman "
            "antara pusat provinsi dan kabupaten kota itu secara garis besar seperti apa "
            "tanda tanya"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Di grup WA dinas ada yang bilang semua urusan perkim itu sebenarnya urusan "
            "kabupaten, provinsi cuma koordinasi. Betul nggak? Sebenarnya provinsi pegang "
            "bagian apa saja?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Cepat ya pak, lagi nyusun telaahan buat Sekda. Perumahan dan kawasan permukiman "
            "itu termasuk urusan wajib pelayanan dasar atau urusan pilihan?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Dasar hukum yang menyebut perumahan rakyat dan kawasan permukiman sebagai urusan "
            "wajib itu pasal berapa di UU 23/2014? — Yohanes, Kasubag Program Disperkim "
            "Barito Utara"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Izin bertanya pak, bagaimana pembagian kewenangan penanganan kawasan kumuh "
            "berdasarkan luasannya antara kabupaten/kota, provinsi dan pusat?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Slum handling authority is split by what: a) number of houses b) area in ha c) "
            "slum score?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Kawasan kumuh yang luasnya lima belas hektar ke atas, lebih baik kami usulkan ke "
            "provinsi dulu atau langsung ke pusat?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Kumuh yang 15 ha atau lebih itu, pusatkah yang pegang? Bunyi aturannya sudah "
            "pasti begitu?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "pencegahan kumuh itu kewenangan siapa ya pak provinsi bisa bantu atau hanya "
            "kabupaten kota saja"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Pak Kabid bilang kegiatan pencegahan permukiman kumuh bisa diusulkan ke "
            "provinsi, tapi teman di Bappeda bilang itu murni urusan kabupaten. Yang benar "
            "yang mana?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "URGENT pak, ditunggu kadis 10 menit lagi: di sub-urusan perumahan, apa saja "
            "tugas provinsi dan apa saja tugas kabupaten?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Mohon info, untuk sub urusan perumahan di lampiran UU 23 tahun 2014, "
            "kabupaten/kota kebagian kewenangan apa saja? Terima kasih. ttd. Sri Wahyuni / "
            "Kasi Perumahan Disperkim Kotim"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Siap, izin konfirmasi. Penyediaan rumah untuk MBR itu kewenangan pemerintah "
            "pusat atau bisa kami usulkan ke provinsi?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Pengembangan sistem pembiayaan perumahan bagi masyarakat berpenghasilan rendah "
            "itu kewenangan siapa? Pilih: kabupaten / provinsi / pusat"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Houses for flood victims in Kapuas, better propose to province or just use "
            "regency budget? Depends on what ah?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Rumah korban banjir berstatus bencana kabupaten di Katingan, kabupatenkah atau "
            "provinsi yang wajib menyediakan?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "izin pembangunan dan pengembangan perumahan itu yang menerbitkan siapa pak "
            "kabupaten atau provinsi"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Ada developer di Sampit ngotot katanya SKBG dan izin kawasan permukiman harus "
            "dari provinsi, kata teman kantor cukup di kabupaten. Mana yang betul?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Besok pagi harus lapor ke Bupati: di sub-urusan kawasan permukiman, apa saja "
            "kewenangan kabupaten, provinsi dan pusat?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Sub-urusan kawasan permukiman itu isinya apa saja selain soal kumuh? Penetapan "
            "sistem kawasan permukiman itu di level mana? — Dedi, perencana Dinas Perkim "
            "Lamandau"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Izin bertanya, PSU perumahan dan PSU permukiman itu apa bedanya dalam pembagian "
            "kewenangan? Mana yang provinsi, mana yang kabupaten?"
        ),
        "kewenangan.psu",
    ),
    (
        ("PSU inside a developer housing estate, whose job? Choose: regency / province / central."),
        "kewenangan.psu",
    ),
    (
        (
            "Mau usul PSU ke Disperkimtan, bagusnya usul jalan lingkungan plus drainase atau "
            "sekalian gedung serbaguna dan taman? Yang dibangun provinsi itu apa saja?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Jalan kabupaten yang rusak di depan kantor camat, provinsikah yang bisa perbaiki "
            "lewat program PSU?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "sertifikasi dan registrasi perancang rumah dan perencana pe es u itu yang "
            "berwenang siapa ya untuk tingkat kemampuan kecil menengah dan besar"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Konsultan perencana tanya ke saya: katanya registrasi perencana PSU kemampuan "
            "kecil harus ke provinsi, kata kabid cukup di kabupaten. Yang mana yang benar "
            "pak?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Cepat ya pak, mau rapat evaluasi SPM: SPM perumahan rakyat untuk provinsi itu "
            "jenis layanannya apa saja dan targetnya berapa persen?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "SPM bidang perumahan itu dasar hukumnya apa dan kabupaten wajib melayani apa "
            "saja? Salam, Anton – Kabid Perumahan Dinas PUPRPerkim Barito Timur"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Mohon petunjuk, luas kumuh yang dipakai untuk menentukan kewenangan itu luas "
            "seluruh kelurahan atau luas delineasi lokasi di SK kumuh?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Luas yang dihitung untuk menentukan kewenangan kumuh: a) luas wilayah desa b) "
            "luas lokasi hasil delineasi di SK kumuh c) total luas rumah yang rusak?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Penetapan lokasi kumuh itu sebaiknya lewat SK Bupati atau SK Gubernur? Siapa "
            "yang sebenarnya berwenang menetapkan?"
        ),
        "kumuh.penetapan",
    ),
    (
        "The SK kumuh ah, who signs it and every how many years must review?",
        "kumuh.penetapan",
    ),
    (
        "apa saja aspek kriteria kumuh itu pak katanya ada tujuh tolong disebutkan",
        "kumuh.aspek",
    ),
    (
        (
            "Teman di Dinas PU bilang kriteria kumuh cuma bangunan, jalan dan drainase. Saya "
            "baca ada tujuh aspek. Yang benar yang mana?"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "Ditunggu kadis sekarang: skor kumuh maksimal berapa, dan mulai nilai berapa "
            "dianggap kumuh berat?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "Bagaimana cara menghitung nilai kekumuhan per kriteria, nilai 0, 1, 3, 5 itu "
            "berdasarkan apa? — Rina, staf Bidang Kawasan Permukiman Perkim Seruyan"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "Izin menyampaikan pertanyaan: rentang nilai untuk kumuh sedang dan kumuh ringan "
            "itu berapa ya pak?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Skor kekumuhan lokasi kami 45, itu masuk kategori: ringan / sedang / berat?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Kawasan kumuh di bantaran sungai yang lahannya ilegal, bagusnya dipugar di "
            "tempat atau warganya dipindahkan? Pola penanganan apa yang cocok?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Pemugaran, peremajaan, pemukiman kembali, apa bedanya ketiganya dan kapan "
            "masing-masing dipakai?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        "berapa jumlah lokasi kumuh di kalimantan tengah dan total luasnya berapa hektar",
        "kumuh.kalteng",
    ),
    (
        (
            "My colleague say Kalteng got more than 300 slum locations, my boss say around "
            "100 only. Which one correct?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "Cepat pak, operator mau input sekarang: satu usulan kegiatan itu harus memuat "
            "data apa saja?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Kenapa formulir usulan menanyakan sektor, jumlah KK dan status lahan segala? "
            "Untuk apa data itu dipakai? ttd. Budi / operator Disperkim Kapuas"
        ),
        "usulan.isi",
    ),
    (
        "Izin bertanya, jenis usulan apa saja yang bisa diajukan ke provinsi?",
        "usulan.jenis",
    ),
    (
        (
            "Jenis usulan yang bisa dipilih: a) kumuh b) PSU c) rumah korban bencana/relokasi "
            "d) RTLH e) semua di atas?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Untuk data lokasi usulan, cukup nama desa saja atau harus lengkap sampai "
            "kecamatan, nama lokasi sesuai SK dan titik GPS? Mana yang lebih aman?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Titik koordinat lokasi, wajibkah diisi di usulan? Terus data lokasi apa lagi "
            "yang diminta?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "di usulan itu jumlah ka ka dan jiwa wajib diisi ya pak terus pilihan sumber "
            "dananya apa saja"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Kabid kami bilang sumber dana usulan harus APBD provinsi saja, tapi teman bilang "
            "bisa kombinasi dengan CSR atau APBDes. Betul yang mana?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Besok pagi batas kirim berkas! Dokumen kesiapan apa saja yang harus disiapkan "
            "untuk usulan PSU jalan lingkungan?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "What are the readiness criteria documents for a PSU proposal to the province? "
            "Thanks. — Kevin, planning staff, Dinas Perkim Kotawaringin Barat"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Mohon petunjuk, status lahan seperti apa yang dianggap clean and clear untuk "
            "usulan ke provinsi?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Lahan lokasi usulan masih tanah warga dan belum bersertifikat, ada sengketa "
            "batas juga. Statusnya: clean and clear / belum clean and clear?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "SK kumuh kami terbit 2019, lebih baik tetap dipakai untuk usulan atau tunggu "
            "revisi SK yang baru dulu?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        "Lokasinya tidak tercantum di SK kumuh, masihkah bisa diusulkan sebagai usulan kumuh?",
        "usulan.sk_kumuh",
    ),
    (
        (
            "dokumen teknis yang dilampirkan di usulan itu apa saja de e de er a be er ka es "
            "site plan wajib semua atau tidak"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Kata konsultan RAB global saja cukup, kata kasi kami harus ada DED lengkap, RKS "
            "dan site plan. Dokumen teknis apa sebenarnya yang diminta?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Segera pak, ditunggu sekdin: surat pernyataan kesediaan menerima hibah dan O&P "
            "itu wajib dilampirkan di usulan?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Surat pernyataan operasi dan pemeliharaan itu gunanya apa, kenapa provinsi "
            "memintanya? — Maria, Kasi PSU Disperkim Gunung Mas"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Izin konfirmasi, syarat usulan RTLH lewat provinsi itu apa saja? Apakah bisa "
            "untuk bangun rumah baru?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "For RTLH through province, the land must be: a) own land with certificate or SKT "
            "b) rented c) any also can?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Warga satu RT minta jalan lingkungan, lebih baik mereka kirim proposal langsung "
            "ke Disperkimtan atau lewat dinas kabupaten? Syaratnya apa?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        "Permintaan PSU dari masyarakat itu, harus diketahui siapa saja supaya bisa diproses?",
        "usulan.psu_masyarakat",
    ),
    (
        (
            "jalan lingkungan yang dibangun provinsi di tanah kabupaten nanti jadi aset siapa "
            "dan siapa yang memelihara"
        ),
        "hibah.aset",
    ),
    (
        (
            "Pak sekdin dan pak kabid beda pendapat soal BAST hibah aset dari provinsi: "
            "sekdin bilang cukup kadis yang teken, kabid bilang Bupati juga harus tanda "
            "tangan. Yang benar yang mana?"
        ),
        "hibah.aset",
    ),
    (
        (
            "URGENT: kalau usulan kami ternyata bukan kewenangan provinsi, alternatif sumber "
            "pendanaannya apa saja?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Untuk kegiatan kumuh yang bukan kewenangan provinsi, pilihan dananya selain APBD "
            "kabupaten apa saja? DAK Tematik PPKT bisa? Salam, Hendra — Bidang Perkim Dinas "
            "PUPR Sukamara"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Izin bertanya pak, usulan yang kami kirim tahun ini akan didanai tahun anggaran "
            "berapa? Bagaimana alur usulan tahunannya?"
        ),
        "siklus.tahunan",
    ),
    (
        "Usulan yang dikirim tahun 2026 masuk tahun anggaran: 2026 / 2027 / 2028?",
        "siklus.tahunan",
    ),
    (
        (
            "Provinsi memeriksa usulan itu lebih ke kelengkapan administrasi atau ke teknis "
            "lapangan? Apa saja yang dicek?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Province checking our proposal, they check what ah? Document only or also site "
            "and land?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        "rakor bidang kawasan permukiman itu sebenarnya rapat apa dan siapa saja yang ikut",
        "siklus.rakor",
    ),
    (
        (
            "Ada yang bilang Rakor cuma seremoni tahunan, ada juga yang bilang di Rakor "
            "usulan dibahas teknis sebelum Musrenbang. Yang benar fungsi Rakor itu apa?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Cepat ya pak mau rapat: setelah Rakor, usulan yang disetujui lanjut ke mana? "
            "Musrenbang, RKPD lalu APBD begitu?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Kalau usulan sudah disetujui di bot, apakah otomatis masuk APBD provinsi? Hormat "
            "saya, Yusuf, staf perencanaan Disperkim Pulang Pisau"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        "Izin bertanya, Pokja PKP itu apa perannya dan dasar hukumnya peraturan apa?",
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Pokja PKP itu diatur dalam: a) Permen PUPR 12/2020 b) Permen PUPR 14/2018 c) "
            "Permendagri 9/2009?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Mau antar berkas fisik usulan, lebih baik langsung ke kantor Disperkimtan atau "
            "kirim lewat pos? Alamat kantornya di mana?"
        ),
        "disperkimtan.kontak",
    ),
    (
        "The Disperkimtan office, where is it ah? Got website or not?",
        "disperkimtan.kontak",
    ),
    (
        "bot ini perintahnya apa saja ya pak terus jam yang dipakai we i be atau wita",
        "bot.cara_pakai",
    ),
    (
        (
            "Teman di Barut bilang jam di bot ini pakai WITA, saya kira WIB. Yang benar pakai "
            "zona waktu apa?"
        ),
        "bot.cara_pakai",
    ),
    (
        (
            "Cepat pak, mau kirim sekarang: di /usul itu foto maksimal berapa dan boleh "
            "lampir PDF berapa file?"
        ),
        "bot.usul",
    ),
    (
        (
            "Apakah bisa menyalin usulan tahun lalu supaya tidak mengisi ulang dari awal? "
            "Data apa yang tidak ikut tersalin? — Fajar, operator Dinas Perkim Murung Raya"
        ),
        "bot.usul",
    ),
    (
        (
            "Izin bertanya, arti status 'perlu perbaikan' pada usulan itu apa dan apa yang "
            "harus kami lakukan?"
        ),
        "bot.status",
    ),
    (
        (
            "Status 'dibahas di Rakor' itu artinya: a) sudah pasti disetujui b) sedang "
            "dibahas di rapat c) ditolak?"
        ),
        "bot.status",
    ),
    (
        (
            "Usulan kami ditolak, lebih baik minta dibuka lagi lewat bot atau bikin usulan "
            "baru saja? Langkah selanjutnya apa?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "Dialihkan ke APBD kabupaten itu, lalu langkah kami selanjutnya apa?",
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "usulan yang sudah diajukan biasanya berapa lama baru diverifikasi provinsi ada "
            "standarnya kah"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Kata teman standar respons usulan itu 14 hari kerja, tapi saya dengar 3 hari "
            "kerja mengikuti LAPOR!. Yang benar yang mana?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Cepat ya, ada undangan rapat masuk di bot: kehadiran kami perlu dikonfirmasi "
            "lewat bot? Kapan provinsi menerima daftar hadirnya?"
        ),
        "bot.rapat",
    ),
    (
        (
            "Pengingat rapat dari bot itu dikirim berapa kali dan kapan saja sebelum acara? "
            "Terima kasih — Lina, Kasi Kawasan Permukiman Disperkim Palangka Raya"
        ),
        "bot.rapat",
    ),
    (
        "Izin bertanya, singkatan Perkim itu kepanjangannya apa?",
        "istilah.perkim",
    ),
    (
        (
            "Perkim itu singkatan dari: a) Perumahan dan Kawasan Permukiman b) Perkotaan dan "
            "Pemukiman c) Perencanaan Kimpraswil?"
        ),
        "istilah.perkim",
    ),
    (
        (
            "Disperkimtan itu sama dengan Disperkim atau beda? Huruf 'tan' di belakangnya "
            "maksudnya apa?"
        ),
        "istilah.disperkimtan",
    ),
    (
        "Disperkimtan, apa kepanjangan nama dinas itu?",
        "istilah.disperkimtan",
    ),
    (
        "pe es u itu singkatan dari apa ya",
        "istilah.psu",
    ),
    (
        (
            "Friend say PSU is Prasarana Sarana Umum, my boss say got Utilitas also. What is "
            "PSU actually?"
        ),
        "istilah.psu",
    ),
    (
        "Cepat pak, di notulen tertulis 'jaling', itu maksudnya apa?",
        "istilah.jaling",
    ),
    (
        "Jaling itu kependekan dari kata apa? — Putri, staf baru Disperkim Katingan",
        "istilah.jaling",
    ),
    (
        "Mohon petunjuk, yang dimaksud drainase lingkungan itu apa?",
        "istilah.drainase",
    ),
    (
        (
            "Drainase itu artinya: a) saluran pembuangan air hujan/limpasan b) jaringan air "
            "minum c) saluran listrik?"
        ),
        "istilah.drainase",
    ),
    (
        "KR di tabel SK kumuh itu maksudnya kumuh ringan atau kawasan rawan?",
        "istilah.kr",
    ),
    (
        "Apa sih itu, KR di kolom tingkat kekumuhan?",
        "istilah.kr",
    ),
    (
        "ka es di data kumuh itu artinya apa",
        "istilah.ks",
    ),
    (
        (
            "Teman di Bappeda bilang KS itu kawasan strategis, kabid bilang kumuh sedang. Di "
            "data kumuh maksudnya yang mana?"
        ),
        "istilah.ks",
    ),
    (
        "Ditunggu kabid, cepat: KB di daftar lokasi kumuh itu singkatan apa?",
        "istilah.kb",
    ),
    (
        (
            "What does KB stand for in the slum list? Not family planning right? — Andre, "
            "Perkim Barito Selatan"
        ),
        "istilah.kb",
    ),
    (
        "Izin bertanya, yang dimaksud SK kumuh itu dokumen apa?",
        "istilah.skkumuh",
    ),
    (
        (
            "Pilih yang benar, SK kumuh adalah: a) surat keputusan penetapan lokasi kumuh b) "
            "surat keterangan kumuh dari lurah c) sertifikat kawasan?"
        ),
        "istilah.skkumuh",
    ),
    (
        (
            "Delineasi itu maksudnya peta batas kawasan atau daftar rumah kumuh? Mana arti "
            "yang tepat?"
        ),
        "istilah.delineasi",
    ),
    (
        "Delineasi is what ah? Keep seeing this word in the SK.",
        "istilah.delineasi",
    ),
    (
        "er te el ha itu kepanjangannya apa pak",
        "istilah.rtlh",
    ),
    (
        (
            "Kata teman RTLH itu Rumah Tinggal Layak Huni, kata saya Rumah Tidak Layak Huni. "
            "Mana yang benar?"
        ),
        "istilah.rtlh",
    ),
    (
        "Cepat pak, di laporan ada istilah RLH, itu artinya apa?",
        "istilah.rlh",
    ),
    (
        (
            "Istilah bedah rumah yang sering dipakai pimpinan itu maksudnya apa? — Nur, staf "
            "Perkim Sukamara"
        ),
        "istilah.bedahrumah",
    ),
    (
        "Siap, izin konfirmasi, bedah rumah itu artinya perbaikan rumah tidak layak huni ya?",
        "istilah.bedahrumah",
    ),
    (
        (
            "Kepanjangan BSPS yang benar yang mana: a) Bantuan Stimulan Perumahan Swadaya b) "
            "Bantuan Sosial Perumahan Sederhana?"
        ),
        "istilah.bsps",
    ),
    (
        (
            "BSPS itu lebih tepat diartikan bantuan stimulan atau bantuan sosial? Apa "
            "sebenarnya kepanjangannya?"
        ),
        "istilah.bsps",
    ),
    (
        "MBR yang sering disebut di program rumah itu, maksudnya siapa?",
        "istilah.mbr",
    ),
    (
        "em be er itu singkatan apa ya pak",
        "istilah.mbr",
    ),
    (
        (
            "Pak sekdin bilang rusunawa itu rumah susun milik, staf perencanaan bilang rumah "
            "susun sewa. Yang benar yang mana?"
        ),
        "istilah.rusunawa",
    ),
    (
        "Urgent, boss waiting: rusunawa means what?",
        "istilah.rusunawa",
    ),
    (
        "Rusus itu kepanjangannya apa ya? ttd. Agus / Kasi Perumahan Disperkim Lamandau",
        "istilah.rusus",
    ),
    (
        "Izin bertanya, yang dimaksud rumah khusus atau rusus itu apa?",
        "istilah.rusus",
    ),
    (
        (
            "huntara itu singkatan dari apa ya pak tanda tanya soalnya di laporan be pe be de "
            "banyak ditulis huntara"
        ),
        "istilah.huntara",
    ),
    (
        (
            "Huntara itu maksudnya hunian sementara atau hunian darurat di tenda? Mana yang "
            "benar artinya?"
        ),
        "istilah.huntara",
    ),
    (
        (
            "Huntap yang disebut-sebut di rapat penanganan banjir kemarin itu apa ya "
            "maksudnya? — Yohanes, staf Bidang Perumahan Disperkim Barito Utara"
        ),
        "istilah.huntap",
    ),
    (
        "huntap is what ah? the BPBD people keep mentioning huntap for the flood victims",
        "istilah.huntap",
    ),
    (
        (
            "KK di kolom penerima manfaat itu artinya: a) Kartu Keluarga b) Kepala Keluarga, "
            "yang mana pak?"
        ),
        "istilah.kk",
    ),
    (
        "Izin bertanya pak, di isian usulan ada kolom jiwa, yang dimaksud jiwa itu apa nggih?",
        "istilah.jiwa",
    ),
    (
        (
            "ha itu singkatan dari apa ya pak satu ha itu sama dengan berapa meter persegi "
            "tanda tanya"
        ),
        "istilah.ha",
    ),
    (
        "URGENT pak, kadis tanya DED itu kepanjangannya apa, saya lupa 😅",
        "istilah.ded",
    ),
    (
        "DED yang selalu diminta itu, dokumen macam apakah sebenarnya?",
        "istilah.ded",
    ),
    (
        (
            "Kata senior saya RAB itu Rencana Anggaran Belanja, kata konsultan Rencana "
            "Anggaran Biaya. Yang betul yang mana pak?"
        ),
        "istilah.rab",
    ),
    (
        "er a be itu apa sih pak yang biasanya dibuat konsultan perencana",
        "istilah.rab",
    ),
    (
        "RKS is what ah? the consultant keep saying must have RKS",
        "istilah.rks",
    ),
    (
        (
            "Mohon petunjuk pak, RKS itu dokumen apa ya? Saya staf baru di bidang kawasan "
            "permukiman."
        ),
        "istilah.rks",
    ),
    (
        "KAK = Kerangka Acuan ____ ? tolong isi titik-titiknya pak",
        "istilah.kak",
    ),
    (
        (
            "Di grup WA ada yang bilang KAK itu sama saja dengan TOR, ada yang bilang beda. "
            "KAK itu sebenarnya apa?"
        ),
        "istilah.kak",
    ),
    (
        "Site plan itu maksudnya gambar apa ya pak? ttd. Dedi / operator Disperkim Lamandau",
        "istilah.siteplan",
    ),
    (
        (
            "site plan itu artinya peta lokasi dari Google Maps atau gambar rencana tapak? "
            "bingung saya"
        ),
        "istilah.siteplan",
    ),
    (
        "RC di daftar kesiapan itu, singkatan dari apakah?",
        "istilah.rc",
    ),
    (
        "cepat ya pak, mau rapat: RC itu artinya apa? readiness criteria kah?",
        "istilah.rc",
    ),
    (
        "Apa kepanjangannya, BAST yang sering disebut waktu serah terima pekerjaan itu?",
        "istilah.bast",
    ),
    (
        "be a es te itu kepanjangannya apa ya pak tanda tanya",
        "istilah.bast",
    ),
    (
        (
            "Pak sekdin bilang hibah itu cuma pemberian uang, pak kabid bilang barang dan "
            "bangunan juga termasuk. Sebenarnya hibah itu apa?"
        ),
        "istilah.hibah",
    ),
    (
        "Siap, izin bertanya pak, arti kata hibah dalam urusan aset pemerintah itu apa ya?",
        "istilah.hibah",
    ),
    (
        "BMD itu: a) Barang Milik Daerah b) Bangunan Milik Desa c) Belanja Modal Daerah?",
        "istilah.bmd",
    ),
    (
        "BMD itu maksudnya apa ya pak? — Sari, pengurus barang Dinas Perkim Katingan",
        "istilah.bmd",
    ),
    (
        "BMN itu barang milik negara atau barang milik nasional? Mana istilah yang tepat?",
        "istilah.bmn",
    ),
    (
        "URGENT, my boss asking what BMN stands for, can help?",
        "istilah.bmn",
    ),
    (
        "o dan pe itu singkatan dari apa pak yang ada di kalimat operasi atau apa gitu",
        "istilah.op",
    ),
    (
        "Operasi dan pemeliharaan kah, O&P itu? Atau ada arti lain?",
        "istilah.op",
    ),
    (
        "Izin bertanya pak, SPM itu singkatan dari apa ya?",
        ("istilah.spm", "kewenangan.spm"),
    ),
    (
        "Ditunggu kadis 10 menit lagi 🙏 SPM itu maksudnya apa pak?",
        ("istilah.spm", "kewenangan.spm"),
    ),
    (
        "Pokja PKP, kepanjangannya apakah?",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        (
            "my colleague say Pokja PKP is a DPRD committee, my boss say it's a working "
            "group. which one correct ah?"
        ),
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        "Pokja PPAS itu Pokja Perumahan, Permukiman, Air Minum dan ____ ?",
        "istilah.pokjappas",
    ),
    (
        "Pokja PPAS itu kelompok kerja apa ya pak? — Hendra, staf Bappeda Barito Timur",
        "istilah.pokjappas",
    ),
    (
        "pokja a em pe el itu apa kepanjangannya ya pak",
        "istilah.pokjaampl",
    ),
    (
        (
            "AMPL di Pokja AMPL itu air minum dan penyehatan lingkungan atau air minum dan "
            "pengelolaan limbah?"
        ),
        "istilah.pokjaampl",
    ),
    (
        (
            "Teman bilang RP3KP itu rencana lima tahunan, saya kira dua puluh tahun. RP3KP "
            "itu sebenarnya dokumen apa sih?"
        ),
        "istilah.rp3kp",
    ),
    (
        "Besok pagi harus lapor ke kadis, RP3KP itu singkatan dari apa pak?",
        "istilah.rp3kp",
    ),
    (
        "er pe dua ka pe ka pe itu dokumen apa ya",
        "istilah.rp2kpkp",
    ),
    (
        (
            "RP2KPKP itu rencana pencegahan dan peningkatan kualitas kumuh, atau rencana "
            "pembangunan perumahan? Yang mana artinya?"
        ),
        "istilah.rp2kpkp",
    ),
    (
        "KOTAKU, program apakah itu?",
        "istilah.kotaku",
    ),
    (
        (
            "What is KOTAKU ah? heard it from the senior staff only. — Faisal, PSU unit, "
            "Perkim Kotim"
        ),
        "istilah.kotaku",
    ),
    (
        "Mohon arahan pak, DAK Tematik PPKT itu apa ya, PPKT-nya singkatan dari apa?",
        "istilah.daktematikppkt",
    ),
    (
        "PPKT di DAK Tematik PPKT = Pengentasan Permukiman Kumuh ____ ?",
        "istilah.daktematikppkt",
    ),
    (
        "a pe be en itu anggaran apa ya pak",
        "istilah.apbn",
    ),
    (
        "APBN itu anggaran pemerintah pusat atau gabungan pusat dan daerah? apa sih artinya",
        "istilah.apbn",
    ),
    (
        "APBD itu singkatan lengkapnya apa ya? ttd. Wahyu / staf Perkimtan Pulang Pisau",
        "istilah.apbd",
    ),
    (
        (
            "Kata kabid APBD itu cuma anggaran provinsi, kata teman kabupaten juga punya "
            "APBD. APBD itu apa sebenarnya?"
        ),
        "istilah.apbd",
    ),
    (
        "APBDes, itu anggarannya siapa sih?",
        "istilah.apbdes",
    ),
    (
        "quick pls, meeting starting — APBDes means what?",
        "istilah.apbdes",
    ),
    (
        "Izin bertanya, Bankeu itu kepanjangannya apa ya pak?",
        "istilah.bankeu",
    ),
    (
        "Bankeu itu: a) Bantuan Keuangan b) Bank Keuangan Daerah c) Bantuan Kegiatan Usulan?",
        "istilah.bankeu",
    ),
    (
        (
            "Pak sekdin bilang pokir itu usulan anggota DPRD, pak kabid bilang usulan warga "
            "lewat musrenbang desa. Pokir itu apa yang benar?"
        ),
        "istilah.pokir",
    ),
    (
        "pokir itu kepanjangannya apa tanda tanya",
        "istilah.pokir",
    ),
    (
        "Musrenbang, singkatan apa persisnya itu?",
        "istilah.musrenbang",
    ),
    (
        "Musrenbang itu kepanjangannya apa ya? — Lina, staf perencanaan Disperkim Sukamara",
        "istilah.musrenbang",
    ),
    (
        "URGENT: RKPD itu singkatan apa? mau isi laporan sekarang",
        "istilah.rkpd",
    ),
    (
        "RKPD itu rencana kerja tahunan atau rencana lima tahunan daerah?",
        "istilah.rkpd",
    ),
    (
        "Renja = Rencana ____ ? (isi ya pak)",
        "istilah.renja",
    ),
    (
        "Izin menyampaikan pertanyaan pak, Renja itu dokumen apa ya?",
        "istilah.renja",
    ),
    (
        (
            "Di grup ada yang bilang Renstra itu sama dengan RPJMD, betul nggak? Renstra itu "
            "sebenarnya apa?"
        ),
        "istilah.renstra",
    ),
    (
        "renstra itu apa ya rencana strategis kah",
        "istilah.renstra",
    ),
    (
        "RPJMD itu apa ya pak? — Agus, Kasi Kawasan Permukiman Disperkim Murung Raya",
        "istilah.rpjmd",
    ),
    (
        "RPJMD is what ah, the five year plan one?",
        "istilah.rpjmd",
    ),
    (
        "KUA-PPAS itu dokumen kebijakan umum anggaran atau dokumen pelaksanaan anggaran?",
        "istilah.kuappas",
    ),
    (
        "Cepat pak, 5 menit lagi rapat TAPD: KUA-PPAS itu singkatan apa?",
        "istilah.kuappas",
    ),
    (
        "Siap, izin konfirmasi, RKA itu Rencana Kerja dan Anggaran kah pak?",
        "istilah.rka",
    ),
    (
        (
            "RKA itu: a) Rencana Kerja dan Anggaran b) Rincian Kegiatan Anggaran c) Rekap "
            "Kebutuhan Anggaran?"
        ),
        "istilah.rka",
    ),
    (
        "de pe a itu dokumen apa ya pak",
        "istilah.dpa",
    ),
    (
        "Yang namanya DPA itu, apa sih sebenarnya?",
        "istilah.dpa",
    ),
    (
        (
            "Teman bilang SIPD itu aplikasi punya Kemendagri, orang Bappeda bilang itu sistem "
            "buatan provinsi. SIPD itu sebenarnya apa?"
        ),
        "istilah.sipd",
    ),
    (
        "urgent ah, SIPD stands for what?",
        "istilah.sipd",
    ),
    (
        "Bapperida itu apa ya pak? kok sekarang bukan Bappeda lagi — Rudi, staf Perkim Kapuas",
        "istilah.bapperida",
    ),
    (
        "Bapperida itu badan perencanaan atau badan riset? atau dua-duanya? apa kepanjangannya",
        "istilah.bapperida",
    ),
    (
        "OPD = Organisasi Perangkat ____ ?",
        "istilah.opd",
    ),
    (
        "o pe de itu apa ya singkatannya",
        "istilah.opd",
    ),
    (
        "SKPD, masih dipakaikah istilah itu, dan artinya apa?",
        "istilah.skpd",
    ),
    (
        "Mohon petunjuk pak, SKPD itu singkatan dari apa dan sama tidak dengan OPD?",
        ("istilah.skpd", "istilah.opd"),
    ),
    (
        (
            "Kata teman SPAM itu sistem penyediaan air minum, kata yang lain sistem "
            "pengolahan air minum. Yang benar mana?"
        ),
        "istilah.spam",
    ),
    (
        (
            "What does SPAM mean in the housing context? not email spam lah — Kenny, Perkim "
            "Palangka Raya"
        ),
        "istilah.spam",
    ),
    (
        "es pe a el de itu apa pak",
        "istilah.spald",
    ),
    (
        "SPALD itu sistem pengelolaan air limbah atau sistem saluran air hujan?",
        "istilah.spald",
    ),
    (
        "ditunggu kabid nih, IPAL itu singkatan apa ya?",
        "istilah.ipal",
    ),
    (
        "IPAL itu, instalasi pengolahan apa ya?",
        "istilah.ipal",
    ),
    (
        (
            "TPS3R, 3R-nya itu: a) reduce reuse recycle b) rumah rakyat ringan c) rapi "
            "rindang resik?"
        ),
        "istilah.tps3r",
    ),
    (
        "Izin bertanya pak, TPS3R itu fasilitas apa ya?",
        "istilah.tps3r",
    ),
    (
        "em ce ka itu kepanjangannya apa",
        "istilah.mck",
    ),
    (
        (
            "MCK komunal yang di laporan itu maksudnya apa ya? — Nur, fasilitator Desa Sei "
            "Pinang, Kapuas"
        ),
        "istilah.mck",
    ),
    (
        (
            "Kata pak lurah RTRW itu RT/RW, kata teman rencana tata ruang. Yang benar mana "
            "kalau di dokumen usulan?"
        ),
        "istilah.rtrw",
    ),
    (
        "RTRW yang disebut di syarat lahan itu, kepanjangannya apakah?",
        "istilah.rtrw",
    ),
    (
        "RDTR itu lebih rinci atau lebih umum dari rencana tata ruang biasa? apa sih RDTR itu?",
        "istilah.rdtr",
    ),
    (
        "URGENT — RDTR singkatan apa pak?",
        "istilah.rdtr",
    ),
    (
        "Izin konfirmasi, PBG itu singkatan dari apa pak, yang katanya pengganti IMB itu?",
        "istilah.pbg",
    ),
    (
        "PBG = Persetujuan Bangunan ____ ?",
        "istilah.pbg",
    ),
    (
        "SLF, sertifikat apakah itu?",
        "istilah.slf",
    ),
    (
        (
            "Di grup ada yang bilang SLF itu surat layak fungsi, ada yang bilang sertifikat "
            "laik fungsi. Yang betul mana?"
        ),
        "istilah.slf",
    ),
    (
        "SKBG itu singkatan dari apa ya? — Dewi, staf perizinan Perkim Barito Selatan",
        "istilah.skbg",
    ),
    (
        "es ka be ge itu apa pak",
        "istilah.skbg",
    ),
    (
        (
            "SKT di pilihan status lahan itu: a) Surat Keterangan Tanah b) Sertifikat "
            "Kepemilikan Tanah?"
        ),
        "istilah.skt",
    ),
    (
        "SKT is same as land certificate or different thing? what it means ah",
        "istilah.skt",
    ),
    (
        "Cepat pak, kadis tanya: clean and clear untuk lahan itu artinya apa?",
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    (
        "Clean and clear, maksudnya apa sih itu?",
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    (
        (
            "Kata kabid CSR itu dana desa, kata teman dana dari perusahaan. Yang bener yang "
            "mana nih?"
        ),
        "istilah.csr",
    ),
    (
        "Izin bertanya, CSR itu kepanjangannya apa pak?",
        "istilah.csr",
    ),
    (
        "rakor itu singkatan dari apa ya rapat koordinasi kah",
        ("istilah.rakor", "siklus.rakor"),
    ),
    (
        "Rakor stands for what ah? I'm new here — Mei Ling, admin staff, Perkim Katingan",
        ("istilah.rakor", "siklus.rakor"),
    ),
    (
        "LAPOR! yang pakai tanda seru itu, apa ya?",
        ("istilah.lapor", "bot.tindak_lanjut"),
    ),
    (
        (
            "LAPOR! itu: a) sistem pengaduan nasional b) laporan keuangan dinas c) format "
            "laporan Rakor?"
        ),
        ("istilah.lapor", "bot.tindak_lanjut"),
    ),
    (
        (
            "WIB di jadwal bot itu Waktu Indonesia Barat atau Waktu Indonesia Bagian? apa "
            "kepanjangannya yang benar"
        ),
        "istilah.wib",
    ),
    (
        "Besok pagi harus lapor ke pak sekda, backlog perumahan itu maksudnya apa ya?",
        "istilah.backlog",
    ),
    (
        "bek log perumahan itu artinya apa pak",
        "istilah.backlog",
    ),
    (
        "Izin bertanya, PKP itu singkatan dari apa ya pak?",
        "istilah.pkp",
    ),
    (
        (
            "Orang pajak bilang PKP itu pengusaha kena pajak, teman di dinas bilang lain "
            "lagi. PKP di bidang perumahan itu apa?"
        ),
        "istilah.pkp",
    ),
    (
        "Kumuh, definisinya apakah itu menurut undang-undang?",
        "istilah.kumuh",
    ),
    (
        "kumuh in English is ____ ? slum or squatter? what it actually means",
        "istilah.kumuh",
    ),
    (
        "DAK itu singkatan apa ya pak? ttd. Fajar / Disperkim Gunung Mas",
        "istilah.dak",
    ),
    (
        "de a ka itu dana apa ya pak tanda tanya",
        "istilah.dak",
    ),
    (
        "rusun itu rumah susun atau rumah usaha? apa artinya yang benar",
        "istilah.rusun",
    ),
    (
        "urgent pls, what is rusun?",
        "istilah.rusun",
    ),
]

ROUND46_INTENTS: list[tuple[str, str]] = [
    (
        (
            "Usulan USL-2026-0014 kami sekarang posisinya di mana: diajukan / verifikasi / "
            "ditolak? Tolong dicek."
        ),
        "status",
    ),
    (
        ("usulan jalan lingkungan desa tehang yang kami kirim bulan lalu sudah sampai mana ya pak"),
        "status",
    ),
    (
        "Our drainage proposal for Baamang, already approved or not ah?",
        "status",
    ),
    (
        (
            "Kata kabid Rakor tahun ini bulan Oktober, kata teman November. Sebenarnya Rakor "
            "berikutnya tanggal berapa dan di mana?"
        ),
        "meeting",
    ),
    (
        (
            "Cepat ya pak, mau atur SPPD: rapat koordinasi berikutnya jam berapa dan "
            "tempatnya di mana?"
        ),
        "meeting",
    ),
    (
        (
            "Mohon info jadwal Rakor Bidang Kawasan Permukiman yang akan datang. Terima "
            "kasih. — Yuliani, Sekretariat Disperkim Barito Selatan"
        ),
        "meeting",
    ),
    (
        (
            "Izin bertanya, batas akhir pengiriman usulan untuk siklus tahun ini sampai "
            "tanggal berapa?"
        ),
        "deadline",
    ),
    (
        (
            "Usulan kami masih setengah jadi, masih sempat dikirim minggu depan atau harus "
            "selesai malam ini? Sampai kapan usulan diterima?"
        ),
        "deadline",
    ),
    (
        "Penerimaan usulan tahun ini, kapan ditutupnya?",
        "deadline",
    ),
    (
        "selamat pagi pak",
        "greeting",
    ),
    (
        "Terima kasih banyak atas penjelasannya pak. — Rahmat, Disperkim Kotim",
        "greeting",
    ),
    (
        "Izin pak, mohon bantuannya.",
        "greeting",
    ),
    (
        (
            "Bagusnya usulan kami input lewat bot atau kirim surat fisik? Kalau lewat bot, "
            "langkah-langkahnya bagaimana?"
        ),
        "how_to_submit",
    ),
    (
        (
            "Teman bilang usulan bisa dikirim dengan chat biasa ke bot, kata kasi harus pakai "
            "perintah khusus. Sebenarnya cara mengajukan usulan lewat bot gimana?"
        ),
        "how_to_submit",
    ),
    (
        "Urgent ah, need to submit proposal today. How to submit through this bot?",
        "how_to_submit",
    ),
    (
        "Izin bertanya pak, usulan kami USL-2026-0004 posisinya sudah sampai mana?",
        "status",
    ),
    (
        (
            "usulan kumuh dari seruyan yang kami kirim bulan lalu sudah diterima atau belum "
            "ya tanda tanya"
        ),
        "status",
    ),
    (
        "URGENT, kadis asking — our PSU proposal got approve or reject already?",
        "status",
    ),
    (
        "Rakor tahun ini, kapan dan di mana diadakan?",
        "meeting",
    ),
    (
        (
            "Rapat koordinasi yang berikutnya mulai jam berapa ya pak? — Yanti, staf Perkim "
            "Barito Timur"
        ),
        "meeting",
    ),
    (
        (
            "Untuk Rakor nanti bagusnya saya berangkat dari Muara Teweh hari Senin atau "
            "Selasa? tanggal pastinya rapat kapan?"
        ),
        "meeting",
    ),
    (
        "cepat pak, batas akhir kirim usulan tahun ini tanggal berapa?",
        "deadline",
    ),
    (
        "Usulan untuk TA 2027 paling lambat masuk tanggal ____ ?",
        "deadline",
    ),
    (
        (
            "Kata teman usulan ditutup akhir bulan ini, kata kabid masih bisa sampai bulan "
            "depan. Tenggatnya sebenarnya kapan?"
        ),
        "deadline",
    ),
    (
        "Siap, izin, selamat siang pak 🙏",
        "greeting",
    ),
    (
        "Terima kasih banyak pak atas infonya. — Lestari, Disperkim Sukamara",
        "greeting",
    ),
    (
        "URGENT tolong bantu saya pak!!",
        "greeting",
    ),
    (
        (
            "lebih baik kirim usulan lewat bot ini atau lewat surat saja? kalau lewat bot "
            "caranya gimana"
        ),
        "how_to_submit",
    ),
    (
        (
            "Cara kirim usulan baru di sini: a) ketik /usul b) kirim email c) upload file "
            "saja? yang mana pak?"
        ),
        "how_to_submit",
    ),
    (
        (
            "Kata teman usulan harus lewat menu di bot, kata kabid cukup kirim foto dan "
            "keterangan. Cara input usulan yang benar gimana?"
        ),
        "how_to_submit",
    ),
]

ROUND46_AREAS: list[tuple[str, str]] = [
    (
        "kumuh dua belas hektar itu kewenangan siapa pak",
        "provinsi",
    ),
    (
        (
            "Kawasan kumuh di Selat Hulu luas delineasinya 9,8 ha. Kata kabid sudah masuk "
            "provinsi, kata saya masih kabupaten. Yang benar?"
        ),
        "kabkota",
    ),
    (
        "URGENT ditunggu kadis: lokasi kumuh 150.000 m2 di Baamang, kewenangan siapa?",
        "pusat",
    ),
    (
        (
            "Kawasan kumuh Pahandut Seberang luasnya 10 hektare pas, kewenangan provinsi atau "
            "kota? — Dimas, Disperkim Palangka Raya"
        ),
        "provinsi",
    ),
    (
        "Izin bertanya, kumuh seluas 87.500 meter persegi itu ditangani siapa?",
        "kabkota",
    ),
    (
        "Kumuh 14,99 ha kewenangan ____ ? (kabupaten / provinsi / pusat)",
        "provinsi",
    ),
    (
        (
            "Lokasi kumuh 15 hektar di Mentawa Baru Hulu, bagusnya diusulkan ke provinsi atau "
            "ke kementerian?"
        ),
        "pusat",
    ),
    (
        "The slum 12.5 hectares in Sampit, is province one or not?",
        "provinsi",
    ),
    (
        "Kumuh 6 ha di Kalampangan itu, pemkotkah yang urus?",
        "kabkota",
    ),
    (
        "luas kumuh tiga puluh dua koma lima hektare tanggung jawab siapa tanda tanya",
        "pusat",
    ),
    (
        "Urgent pls, slum area 110000 m² under whose authority?",
        "provinsi",
    ),
    (
        "Kawasan kumuh 4 hektar di Tumbang Tahai: kewenangan kabupaten/kota / provinsi / pusat?",
        "kabkota",
    ),
    (
        "kumuh dua belas hektar itu kewenangan siapa tanda tanya",
        "provinsi",
    ),
    (
        "kumuh 9,5 ha kewenangan ____ ? (kabupaten / provinsi / pusat)",
        "kabkota",
    ),
    (
        (
            "Kata kabid kawasan kumuh yang pas 15 ha masih provinsi, kata teman sudah pusat. "
            "Yang benar mana?"
        ),
        "pusat",
    ),
    (
        "URGENT: lokasi kumuh di Baamang luas delineasinya 100.000 m2, masuk kewenangan siapa?",
        "provinsi",
    ),
    (
        (
            "Kawasan kumuh 7,25 hektare di Kec. Kapuas Hilir ditangani siapa ya? — Rina, staf "
            "PSU Perkim Kapuas"
        ),
        "kabkota",
    ),
    (
        (
            "Izin konfirmasi pak, delineasi kumuh di SK kami 14,8 hektar, itu kewenangan "
            "provinsi atau bukan?"
        ),
        "provinsi",
    ),
    (
        (
            "Kumuh 22 ha di Mentaya Hilir Selatan bagusnya diusulkan ke provinsi atau ke "
            "kementerian?"
        ),
        "pusat",
    ),
    (
        "Kumuh 150.000 meter persegi, pusatkah yang menangani?",
        "pusat",
    ),
    (
        "slum exactly 10 hectares: kabupaten / province / central?",
        "provinsi",
    ),
    (
        "kawasan kumuh sembilan puluh ribu meter persegi di pahandut itu tanggung jawab siapa",
        "kabkota",
    ),
    (
        "Kumuh seluas 85.000 m² di Mentawa Baru Ketapang, kabupaten atau provinsi yang tangani?",
        "kabkota",
    ),
    (
        "cepat ya pak mau rapat: kumuh 31,77 ha di Murjani Bawah kewenangan siapa?",
        "pusat",
    ),
]

ROUND46_OUT_OF_SCOPE: list[str] = [
    "berapa pagu anggaran disperkimtan provinsi tahun dua ribu dua puluh tujuh",
    (
        "Teman bilang harga semen di Puruk Cahu sekarang 95 ribu per sak, yang lain "
        "bilang 110 ribu. Yang benar berapa?"
    ),
    "Cepat pak, siapa pemenang tender pembangunan jalan lingkungan di Kuala Kurun tahun ini?",
    "Nomor HP pak camat Kahayan Hilir berapa ya? — Siska, staf Disperkim Pulang Pisau",
    "Izin bertanya, bagaimana prosedur pengajuan cuti tahunan bagi ASN di lingkungan pemprov?",
    "Cuaca besok di Palangka Raya: a) hujan b) cerah c) berawan?",
    (
        "Honor tenaga ahli penyusun RP2KPKP lebih baik pakai standar biaya provinsi atau "
        "SBM Kemenkeu? Berapa nominal per bulannya?"
    ),
    "Sertifikat tanah warga yang hilang, ke BPN-kah ngurusnya?",
    "tunjangan kinerja pe en es di dinas provinsi berapa per bulan",
    (
        "Di grup ada yang bilang tahun ini Kalteng dapat DAK Tematik PPKT 40 miliar, "
        "betul nggak angkanya?"
    ),
    "Urgent, boss asking: how many RTLH units did the province repair in Kapuas last year?",
    (
        "Jadwal pendaftaran CPNS formasi teknik sipil tahun ini kapan ya? ttd. Bayu / "
        "honorer Perkim Seruyan"
    ),
    "Mohon petunjuk, aturan izin tambang galian C untuk material timbunan jalan itu bagaimana?",
    (
        "Hotel near Aula Disperkimtan, which one cheapest per night: a) Best Western b) M "
        "Bahalap c) other?"
    ),
    (
        "Rumah subsidi KPR FLPP di Palangka Raya, lebih murah ambil di perumahan "
        "Kalampangan atau Tangkiling? Cicilannya berapa per bulan?"
    ),
    "URGENT pak, berapa pagu anggaran Disperkimtan untuk penanganan kumuh tahun 2027?",
    "Nomor WA pak kabid kawasan permukiman provinsi berapa ya? — Tono, staf Perkim Seruyan",
    "Izin bertanya, harga semen per sak di Puruk Cahu sekarang berapa pak?",
    (
        "Izin bertanya pak, prakiraan cuaca besok di Palangka Raya hujan atau tidak? Mau "
        "survei lokasi."
    ),
    (
        "Kata teman tender jalan lingkungan di Pulang Pisau tahun ini dimenangkan CV dari "
        "Banjarmasin, betul nggak? Siapa pemenangnya?"
    ),
    (
        "Uang harian perjalanan dinas ke Rakor di Palangka Raya: a) 380 ribu b) 450 ribu "
        "c) 530 ribu?"
    ),
    "Lebih bagus ambil KPR subsidi di BTN atau di Bank Kalteng untuk rumah pribadi saya?",
    "Gaji ke-13 tahun ini kapan cair ya? — Andri, staf Perkim Bartim",
    (
        "my friend say subsidised house in Sampit now 180 million, my boss say 166 "
        "million. which one correct ah?"
    ),
    "Mohon izin, jadwal pencairan TPP bulan ini kapan ya pak?",
    "Syarat izin usaha galian C di Katingan apa saja? — Irwan, staf Perkim Katingan",
    (
        "Izin menyampaikan, jalan Kasongan–Sampit yang longsor kemarin sudah bisa "
        "dilewati belum pak?"
    ),
    (
        "Kata teman cuti tahunan yang tidak terpakai bisa dibawa ke tahun depan, kata "
        "kasubag tidak bisa. Yang benar mana?"
    ),
    (
        "Harga tiket pesawat Palangka Raya–Jakarta minggu depan kira-kira: a) 1 juta b) "
        "1,5 juta c) 2 juta?"
    ),
    (
        "better I book hotel near Aula Disperkimtan or in town centre for the Rakor ah? "
        "which one cheaper?"
    ),
]
