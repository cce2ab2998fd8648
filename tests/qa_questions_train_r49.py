"""Training table R49 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 49's styles, written by another hand for the first half of the topic list after round 49
was measured untouched: forwarded chats with their headers, a messenger correction of one's own
typo, search-engine keyword queries, a format request, addressing a named person or handle
first, a confident wrong assumption, guessing the possible answers in a row, Gen-Z chat slang
with English fillers; Singaporean or Malaysian English. A glossary entry's questions ask what
the term means. Its slum-area questions are computed by rule, not learned; they are measured
here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R49_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "[Diteruskan] [08.15, 7/12] Pak Rudi Bappeda: tolong tanyakan ke bot, pembagian "
            "kewenangan perumahan dan kawasan permukiman antara pusat, provinsi sama "
            "kabupaten/kota itu garis besarnya seperti apa? buat bahan paparan besok"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "minta gambaran umum urusan PKP, mana yang dipegang pusat, mana provinsi, mana "
            "kabupten *kabupaten"
        ),
        "kewenangan.ringkasan",
    ),
    (
        "perumahan urusan wajib pelayanan dasar pasal 12 ayat 1 huruf d uu 23 2014",
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "ya atau tidak saja: perumahan rakyat dan kawasan permukiman itu termasuk urusan "
            "wajib yang berkaitan dengan pelayanan dasar?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Pak Kabid, izin bertanya, pembagian penanganan kawasan kumuh antara kabupaten, "
            "provinsi dan pusat itu patokan luasnya berapa saja?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kan kumuh di atas 10 hektar itu semuanya provinsi berapapun luasnya, jadi "
            "sebenarnya ada batas atas kewenangan provinsi untuk kumuh atau tidak?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kawasan kumuh yang sangat luas, lima belas hektar ke atas, itu jadi urusan "
            "siapa? provinsi? kementerian? atau tetap bupati?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "gaes btw kumuh yg gede banget, 15 ha ke atas, literally itu urusan pusat kan? "
            "dasar hukumnya udah pasti belum sih"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Forwarded from grup Perkim Kab Katingan: [Bu Sari] kegiatan pencegahan kumuh "
            "bisa nggak diusulkan ke provinsi? atau itu murni tugas kabupaten?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "pencegahan perumahan kumuh itu kewenangan provnsi *provinsi juga atau cuma "
            "kabupaten/kota?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "kewenangan sub urusan perumahan provinsi vs kabupaten kalteng",
        "kewenangan.perumahan",
    ),
    (
        (
            "tolong dalam poin-poin: apa saja kewenangan provinsi dan kabupaten/kota di "
            "sub-urusan perumahan?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "@admin_prov housing for MBR and the housing finance system is whose authority "
            "ah? Region can take over or not?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "karena rusun untuk MBR itu kewenangan provinsi, kami mau usul rusunawa di Sampit "
            "ke Disperkimtan, betul kan itu ranahnya provinsi?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "warga yang direlokasi karena program pemerintah, rumahnya difasilitasi siapa? "
            "kabupaten? provinsi? pusat? tergantung programnya siapa?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "anjir banjir kemarin rumah warga banyak rusak, btw rehab rumah korban bencana "
            "tuh tanggung jawab prov atau kab sih? gimana dong"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "[Diteruskan] [13.02, 3/3] Pak Hendra DPMPTSP: izin pembangunan perumahan dari "
            "pengembang itu diterbitkan provinsi atau kabupaten? mohon dicek ke bot Perkim"
        ),
        "kewenangan.izin",
    ),
    (
        "yang menerbitkan SKGB *SKBG itu pemda kabupaten atau provinsi?",
        "kewenangan.izin",
    ),
    (
        "sub urusan kawasan permukiman kewenangan provinsi kabupaten pusat lampiran D",
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "singkat aja: di sub-urusan kawasan permukiman, provinsi pegang apa dan kabupaten "
            "pegang apa?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Bu Sekdis izin bertanya, PSU perumahan dengan PSU permukiman itu beda "
            "kewenangannya di mana? yang bagian provinsi yang mana?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "kan semua PSU termasuk di perumahan developer bisa dimintakan ke provinsi, jadi "
            "PSU perumahan griya di Pangkalan Bun kami usulkan saja ke prov ya?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "PSU that the province builds is what only ah? jalan lingkungan, drainage, or "
            "street lights and clean water also got?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "btw drainase di pinggir jalan kabupaten bisa diusulin ke prov ga sih? literally "
            "depan kantor camat, plis info"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Forwarded from grup Perkim Kab Barsel: sertifikasi & registrasi perancang "
            "rumah/perencana PSU itu diurus provinsi atau kabupaten ya? ada konsultan lokal "
            "nanya"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        ("sertifikasi perencana PSU tingkat kemampuan menegah *menengah itu siapa yang berwenang?"),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "minimum service standard housing province disaster victims relocation target 100 "
            "percent"
        ),
        "kewenangan.spm",
    ),
    (
        "jawab singkat aja ya: SPM bidang perumahan rakyat yang jadi tugas provinsi isinya apa?",
        "kewenangan.spm",
    ),
    (
        (
            "Pak Kabid, luas kumuh yang dipakai buat menentukan kewenangan itu luas satu desa "
            "atau luas lokasi yang ada di SK kumuh?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "kan luas kelurahannya total 40 hektar, jadi walaupun yang kumuh cuma sebagian, "
            "hitungannya tetap 40 ha ya?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "yang menetapkan lokasi kumuh lewat SK itu siapa? gubernur? bupati/wali kota? "
            "atau kementerian?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "SK kumuh kita udah dari 2017 wkwk, itu ada masa berlakunya ga sih? fr harus "
            "direview tiap berapa tahun"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "[Diteruskan] [10.40, 12/8] Bu Wati (Kec. Pahandut): kriteria kumuh itu dinilai "
            "dari aspek apa aja? tolong tanyakan ke bot ya"
        ),
        "kumuh.aspek",
    ),
    (
        "tujuh aspek kriteria kumh *kumuh menurut permen 14/2018 apa aja ya",
        "kumuh.aspek",
    ),
    (
        "skor kumuh berat nilai berapa maksimal 80",
        "kumuh.penilaian",
    ),
    (
        "one line only pls: total score how much then considered kumuh berat ah?",
        "kumuh.penilaian",
    ),
    (
        (
            "@admin_prov rentang nilai kumuh sedang sama kumuh ringan itu berapa ya? buat isi "
            "tabel baseline"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "kan skor 45 itu sudah kumuh berat, jadi kalau skor 30 berarti kumuh sedang ya?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "kumuh ringan di lahan legal penanganannya pakai pola apa? pemugaran? peremajaan? "
            "atau pemukiman kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "gaes bedanya pemugaran, peremajaan, sama pemukiman kembali tuh apa sih, no cap "
            "aku bingung"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Forwarded from grup Kabid Kawasan Permukiman se-Kalteng: ada yg punya data "
            "jumlah lokasi kumuh dan total luasnya di Kalteng? kata pimpinan tanya bot aja"
        ),
        "kumuh.kalteng",
    ),
    (
        "how many kumuh locations in Kalteng, and the total hecatres *hectares how much ah?",
        "kumuh.kalteng",
    ),
    (
        "isi usulan kegiatan perkim ke provinsi apa saja yang harus diisi",
        "usulan.isi",
    ),
    (
        (
            "tolong dalam poin-poin: data apa saja yang diminta dalam usulan kegiatan dan "
            "kenapa diminta?"
        ),
        "usulan.isi",
    ),
    (
        "Pak Kabid, jenis usulan yang bisa kami ajukan ke provinsi itu apa saja ya?",
        "usulan.jenis",
    ),
    (
        (
            "kan provinsi cuma menerima usulan kumuh saja, jadi usulan RTLH sama PSU tidak "
            "bisa masuk ya?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "lokasi usulan cukup nama desa? atau harus sampai kecamatan, titik GPS, "
            "perkotaan/perdesaan juga?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "btw pas ngisi lokasi usulan wajib share titik GPS ga sih? sinyal di Tewah susah "
            "banget anjir"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "[Diteruskan] [09.05, 2/9] Pak Yanto Kasubag Program: di usulan itu jumlah KK, "
            "jiwa, biaya sama sumber dana wajib diisi semua? sumber dananya pilihannya apa "
            "saja?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        "sumber dana usulan boleh diisi kombinsai *kombinasi APBD kab dan Bankeu provinsi gak?",
        "usulan.penerima_biaya",
    ),
    (
        "readiness criteria usulan psu provinsi dokumen kesiapan",
        "usulan.kesiapan",
    ),
    (
        "point form can? what readiness documents we need to prepare for a PSU proposal",
        "usulan.kesiapan",
    ),
    (
        (
            "Bu Kabid, kalau lahan lokasi usulan belum clean and clear, usulannya masih bisa "
            "dikirim? status lahan apa saja yang diterima?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "karena tanahnya tanah desa tanpa sertifikat, berarti usulan jaling kami otomatis "
            "ditolak ya?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "usulan kumuh wajib lampirkan SK kumuh? kalau SK-nya terbit 2019 masih bisa "
            "dipakai? atau harus SK baru?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        ("lokasi kumuh kita ga ada di SK bupati wkwk, masih bisa diusulin ke prov ga? gimana dong"),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Forwarded from grup Perkim Kab Lamandau: untuk usulan jaling di Bulik perlu "
            "lampirkan DED, RAB, RKS, site plan atau cukup foto?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        "foto kondisi eksisting wajib ya? DED sama RAB juga wajib atau bsa *bisa menyusul?",
        "usulan.dokumen_teknis",
    ),
    (
        "surat pernyataan kesediaan menerima hibah dan O&P usulan psu provinsi",
        "usulan.surat_pernyataan",
    ),
    (
        (
            "singkat aja: surat pernyataan hibah dan operasi pemeliharaan itu perlu "
            "dilampirkan di usulan kami?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        ("Mas operator, syarat usulan RTLH lewat provinsi itu apa saja? rumahnya harus sudah ada?"),
        "usulan.rtlh",
    ),
    (
        (
            "RTLH from province can build new house on rented land, is it? so our residents "
            "who rent can apply right?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "warga mau minta jalan lingkungan ke provinsi, caranya gimana? langsung ke dinas? "
            "lewat kelurahan? harus diketahui RT/RW dan camat?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "btw warga RT 05 Panarung mau minta drainase ke prov langsung, bisa ga sih? "
            "syaratnya apa plis"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "[Diteruskan] [15.20, 21/11] Pak Andre Aset BPKAD: jalan lingkungan yang dibangun "
            "provinsi di tanah kabupaten nanti asetnya jadi milik siapa? BAST-nya gimana?"
        ),
        "hibah.aset",
    ),
    (
        (
            "setelah serah terima hibah, pemeliharaan jaling jadi tanggungan provinsi ya? "
            "*kabupaten maksudnya, atau tetap provinsi?"
        ),
        "hibah.aset",
    ),
    (
        "sumber dana alternatif jika usulan bukan kewenangan provinsi apbd kab dak apbdes csr",
        "pendanaan.saluran_lain",
    ),
    (
        (
            "jawab singkat aja: kalau usulan kami ternyata bukan kewenangan provinsi, ada "
            "jalur dana lain yang cocok?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Pak Kabid, alur usulan tahunan ke provinsi itu dari kirim sampai dianggarkan "
            "gimana ya? usulan tahun ini untuk anggaran tahun berapa?"
        ),
        "siklus.tahunan",
    ),
    (
        "karena usulan dikirim tahun 2026, berarti pekerjaannya juga tahun 2026 kan?",
        "siklus.tahunan",
    ),
    (
        (
            "usulan kami diperiksa provinsi dari sisi apa saja? administrasi? teknis? "
            "kewenangan? semuanya?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "provinsi tuh meriksa usulan kita gimana sih? ada cek lapangan juga ga? literally "
            "penasaran"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Forwarded from grup Perkim Kab Kotim: di Rakor Bidang Kawasan Permukiman itu "
            "sebenarnya yang dibahas apa saja dan pesertanya siapa? tolong jelasin dari bot"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Rakor sinkronisasi kawasan permukiman itu diadakan berapa kali setahun? sekali "
            "atau dua kli *kali?"
        ),
        "siklus.rakor",
    ),
    (
        "alur usulan setelah rakor musrenbang provinsi rkpd apbd",
        "siklus.rkpd_apbd",
    ),
    (
        "jawab singkat aja ya: setelah dibahas di Rakor, usulan kami masuk ke dokumen apa?",
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Bu Sekdis, Pokja PKP itu tugasnya apa dan dasar hukumnya apa? kabupaten kami mau "
            "bentuk ulang"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "kan Pokja PKP itu cukup satu di provinsi untuk semua kabupaten, jadi kami tidak "
            "perlu punya pokja sendiri kan?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "kantor Disperkimtan provinsi alamatnya di mana? Jl. Tjilik Riwut? Jl. D.I. "
            "Panjaitan? atau Jl. RTA Milono?"
        ),
        "disperkimtan.kontak",
    ),
    (
        "gaes kantor Disperkimtan prov Kalteng tuh di mana ya btw? mau anter berkas besok",
        "disperkimtan.kontak",
    ),
    (
        (
            "Forwarded from grup Perkim Kab Bartim: [Mr Dodi] this bot what commands got ah? "
            "the time shown is WIB or WITA?"
        ),
        "bot.cara_pakai",
    ),
    (
        "daftar perintah bot apa aj *aja ya? saya baru di-approve admin",
        "bot.cara_pakai",
    ),
    (
        "/usul lampiran pdf maksimal berapa file foto maksimal",
        "bot.usul",
    ),
    (
        "satu kalimat aja: waktu /usul bisa salin usulan lama nggak?",
        "bot.usul",
    ),
    (
        "@admin_prov status 'dibahas di Rakor' sama 'verifikasi' di bot itu artinya apa ya?",
        "bot.status",
    ),
    (
        (
            "karena status usulan sudah 'disetujui' berarti pasti dibangun tahun depan ya? "
            "status disetujui itu sebenarnya artinya apa?"
        ),
        "bot.status",
    ),
    (
        "redirected proposal goes where ah? APBD kabupaten? APBN? DAK? then we need to do what?",
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "usulanku ditolak anjir, alasannya bukan kewenangan provinsi. abis ini gimana "
            "dong, bisa ngajuin lagi ga?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Forwarded from grup Perkim Kab Seruyan: berapa lama standar provinsi "
            "menindaklanjuti usulan yg masuk lewat bot? katanya ikut LAPOR!?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        "usulan berstatus diajukan biasanya diverifkasi *diverifikasi dalam berapa hari kerja?",
        "bot.tindak_lanjut",
    ),
    (
        "undangan rapat sinkron konfirmasi kehadiran diwakilkan pengingat",
        "bot.rapat",
    ),
    (
        "ya atau tidak: kalau Kabid berhalangan, undangan rapat di bot bisa diwakilkan staf?",
        "bot.rapat",
    ),
    (
        "Mas operator, Perkim itu singkatan dari apa ya? saya staf baru",
        "istilah.perkim",
    ),
    (
        (
            "kan Perkim itu singkatan dari Perencanaan Kimpraswil ya? atau salah, sebenarnya "
            "kepanjangannya apa?"
        ),
        "istilah.perkim",
    ),
    (
        (
            "Disperkimtan itu kepanjangannya apa? Dinas Perumahan dan Permukiman? Dinas "
            "Perkim dan Pertanahan? atau Perkim dan Pertamanan?"
        ),
        "istilah.disperkimtan",
    ),
    (
        "btw Disperkimtan tuh singkatan apa sih, yg 'tan'-nya itu tanaman apa pertanahan wkwk",
        "istilah.disperkimtan",
    ),
    (
        (
            "[Diteruskan] [11.11, 9/4] Pak Ahmad (konsultan): PSU yang sering disebut di "
            "usulan itu kepanjangannya apa ya? tolong tanyakan"
        ),
        "istilah.psu",
    ),
    (
        "PSU itu singkaatan *singkatan dari apa?",
        "istilah.psu",
    ),
    (
        "jaling artinya singkatan perkim",
        "istilah.jaling",
    ),
    (
        "singkat aja: jaling itu maksudnya apa?",
        "istilah.jaling",
    ),
    (
        "Pak Kabid, yang dimaksud drainase dalam istilah perkim itu apa ya? saluran air hujan?",
        "istilah.drainase",
    ),
    (
        "kan drainase itu sama dengan pipa air bersih PDAM ya? atau artinya lain?",
        "istilah.drainase",
    ),
    (
        "KR in the slum table stands for what? kumuh ringan? kawasan rawan? or what lah",
        "istilah.kr",
    ),
    (
        "gaes KR di data baseline tuh maksudnya apaan sih",
        "istilah.kr",
    ),
    (
        "Forwarded from grup Perkim Kab Gumas: di tabel lokasi ada kode KS, itu artinya apa ya?",
        "istilah.ks",
    ),
    (
        "KS di kolom tingkat kekumhan *kekumuhan itu singkatan apa?",
        "istilah.ks",
    ),
    (
        "arti kode KB tingkat kekumuhan",
        "istilah.kb",
    ),
    (
        "satu kata aja: KB di tabel kumuh itu kepanjangannya?",
        "istilah.kb",
    ),
    (
        "Bu Kabid, SK kumuh itu maksudnya SK apa ya? dokumen apa yang dimaksud?",
        "istilah.skkumuh",
    ),
    (
        "kan SK kumuh itu SK Gubernur ya? sebenarnya SK kumuh itu apa sih?",
        "istilah.skkumuh",
    ),
    (
        (
            "delineasi kumuh itu artinya apa? peta batas kawasan? garis sempadan? atau daftar "
            "lokasi?"
        ),
        "istilah.delineasi",
    ),
    (
        "btw delineasi tuh apaan sih, narsum bilang gitu pas bimtek wkwk",
        "istilah.delineasi",
    ),
    (
        (
            "[Diteruskan] [16.30, 14/6] Pak Kades Sarapat: RTLH itu singkatan apa pak? mohon "
            "ditanyakan ke bot provinsi"
        ),
        "istilah.rtlh",
    ),
    (
        "RTHL *RTLH kepanjangannya apa ya",
        "istilah.rtlh",
    ),
    (
        "RLH singkatan rumah apa",
        "istilah.rlh",
    ),
    (
        "jawab singkat aja: RLH itu apa?",
        "istilah.rlh",
    ),
    (
        "Mas operator, istilah bedah rumah itu maksudnya apa ya?",
        "istilah.bedahrumah",
    ),
    (
        (
            "kan bedah rumah itu artinya rumah dibongkar total lalu dibangun gedung baru ya? "
            "atau maksudnya lain?"
        ),
        "istilah.bedahrumah",
    ),
    (
        (
            "BSPS is what ah? bantuan stimulan perumahan swadaya? social aid? or some bank "
            "programme?"
        ),
        "istilah.bsps",
    ),
    (
        "BSPS tuh apaan sih gaes, literally sering denger tapi ga ngerti",
        "istilah.bsps",
    ),
    (
        (
            "Forwarded from grup Perkim Kab Sukamara: MBR itu singkatan dari apa ya? di "
            "juknis sering muncul"
        ),
        "istilah.mbr",
    ),
    (
        "MRB *MBR itu artinya apa?",
        "istilah.mbr",
    ),
    (
        "rusunawa artinya kepanjangan",
        "istilah.rusunawa",
    ),
    (
        "satu kalimat aja pak: rusunawa itu apa?",
        "istilah.rusunawa",
    ),
    (
        "@admin_prov rusus means what kind of house ah?",
        "istilah.rusus",
    ),
    (
        "kan rusus itu singkatan rumah susun khusus ya? atau sebenarnya apa?",
        "istilah.rusus",
    ),
]

TRAIN_R49_INTENTS: list[tuple[str, str]] = [
    (
        (
            "usulan jaling kami yang di Kec. Jelai sekarang posisinya di mana? masih "
            "verifikasi? perlu perbaikan? atau sudah disetujui?"
        ),
        "status",
    ),
    (
        "gaes rakor tahun ini kapan sih? tanggal sama tempatnya udah fix belum btw",
        "meeting",
    ),
    (
        (
            "[Diteruskan] [08.40, 1/8] Pak Sekdis Kab Kapuas: batas akhir pengiriman usulan "
            "ke provinsi tahun ini sampai tanggal berapa? tolong segera dicek"
        ),
        "deadline",
    ),
    (
        "selamat pagi pak, terima ksih *terima kasih banyak atas bantuannya kemarin",
        "greeting",
    ),
    (
        "cara input usulan lewat bot sinkron",
        "how_to_submit",
    ),
    (
        "singkat aja: usulan kami USL-2026-0014 sudah sampai tahap mana?",
        "status",
    ),
    (
        (
            "Bu Kabid, rapat koordinasi berikutnya jadinya hari apa dan jam berapa ya? di "
            "aula dinas atau di hotel?"
        ),
        "meeting",
    ),
    (
        (
            "kan tenggat usulan selalu akhir Desember, tapi untuk siklus tahun ini sebenarnya "
            "masih bisa kirim sampai kapan?"
        ),
        "deadline",
    ),
    (
        (
            "usulan ke provinsi sekarang dikirimnya gimana? lewat bot ini, email, atau "
            "diantar langsung ke dinas?"
        ),
        "how_to_submit",
    ),
    (
        "halo min, met siang, mau minta tolong dong hehe",
        "greeting",
    ),
    (
        (
            "Forwarded from grup Perkim Kab Murung Raya: [Bu Nita] usulan drainase Puruk Cahu "
            "kita kemarin ditolak atau masih diproses ya? tolong cek di bot"
        ),
        "status",
    ),
    (
        "when is the next Rakor ah? date and venu *venue confirm already or not?",
        "meeting",
    ),
    (
        "deadline usulan perkim provinsi kalteng ta 2027",
        "deadline",
    ),
    (
        "step by step pls, point form: how to submit our proposal through this bot?",
        "how_to_submit",
    ),
    (
        "Pak admin, assalamualaikum, mohon bantuannya ya",
        "greeting",
    ),
]

TRAIN_R49_AREAS: list[tuple[str, str]] = [
    (
        (
            "kan kumuh 9,8 hektar itu dibulatkan jadi 10, jadi sudah masuk provinsi ya? "
            "sebenarnya siapa yang berwenang?"
        ),
        "kabkota",
    ),
    (
        (
            "lokasi kumuh Baamang Hulu di SK luasnya 12,4 ha, itu kewenangan kabupaten? "
            "provinsi? pusat?"
        ),
        "provinsi",
    ),
    (
        "btw kumuh di Selat Hulu 132,25 hektare tuh tanggung jawab siapa sih gaes?",
        "pusat",
    ),
    (
        (
            "[Diteruskan] [14.05, 18/9] Pak Joni Perkim Kotim: kawasan kumuh kami luasnya pas "
            "15 ha, itu masuk kewenangan siapa? mohon ditanyakan"
        ),
        "pusat",
    ),
    (
        (
            "kumuh di Mendawai luasnya 85.000 m2 (eh salah, maksud saya 58.000 m2), "
            "kewenangan siapa?"
        ),
        "kabkota",
    ),
    (
        "kumuh luas 10 ha pas kewenangan provinsi atau kabupaten",
        "provinsi",
    ),
    (
        "yes or no only: slum area 14 hectares is under province responsibility?",
        "provinsi",
    ),
    (
        (
            "Pak Kabid, lokasi kumuh di Pahandut Seberang luasnya 150.000 meter persegi, itu "
            "ditangani siapa ya?"
        ),
        "pusat",
    ),
    (
        (
            "kan kumuh 3 hektar tetap bisa ditangani provinsi asal ada di SK, jadi provinsi "
            "yang berwenang ya?"
        ),
        "kabkota",
    ),
    (
        "our kumuh area is 11 hectares, who handle ah? kabupaten, province or central?",
        "provinsi",
    ),
    (
        "anjir lokasi kumuh kita cuma 7.500 m² doang, itu urusan siapa btw?",
        "kabkota",
    ),
    (
        (
            "Forwarded from grup Perkim Kab Kapuas: luas delineasi kumuh di SK 100.000 m2, "
            "penanganannya kewenangan kab atau prov?"
        ),
        "provinsi",
    ),
]

TRAIN_R49_OUT_OF_SCOPE: list[str] = [
    "berapa pagu anggaran PSU Disperkimtan tahun 2027? maksud saya pagu indkatif *indikatifnya",
    "harga satuan paving block per m2 kalteng 2026 hspk",
    "jawab singkat: nomor HP Kabid Kawasan Permukiman provinsi berapa?",
    "Pak admin, pemenang tender paket drainase Jl. Tjilik Riwut tahun lalu siapa ya?",
    (
        "kan bot ini juga ngurus kepegawaian, jadi iuran BPJS saya bulan ini sudah "
        "dibayar kantor belum?"
    ),
    "besok di Palangka Raya hujan nggak? cerah? berawan?",
    "gaes ada info lowongan CPNS Kementerian PKP ga sih btw",
    (
        "[Diteruskan] [19.20, 2/10] Bu Rina: syarat KPR subsidi FLPP batas gaji "
        "maksimalnya berapa ya sekarang?"
    ),
    (
        "berapa jumlah RTLH yg sudah dibedah di Kab Katingan thn 2025? maksud sya *saya "
        "yang dari APBD provinsi"
    ),
    "jadwal musrenbang kabupaten pulang pisau 2027",
    "short answer can: honorarium for Rakor speakers how much ah?",
    "Mas operator, cara perpanjang SIM di Palangka Raya gimana ya?",
    (
        "kan dana desa boleh untuk gaji perangkat, jadi berapa persen ADD yang boleh "
        "dipakai untuk siltap?"
    ),
    "skor timnas semalam berapa? menang? seri? kalah?",
    (
        "btw ada rekomendasi tempat makan siang deket Jl. D.I. Panjaitan ga sih, abis "
        "rapat laper wkwk"
    ),
]
