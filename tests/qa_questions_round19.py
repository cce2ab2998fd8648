"""Round 19 held-out evaluation questions for the Sinkron bot.

Written 2026-12-04. The writer had not seen the knowledge base or any other question table
and read only the topic list and the domain briefs (docs/domain.md, shared DOMAIN.md,
DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Style emphasis of this round: questions that ask permission or possibility ("boleh gak",
"bisa tidak", "apakah diperbolehkan", "may we"); questions from auditors, the inspectorate and
DPRD members' staff who ask "atas dasar apa"; officers who mix two regencies' situations in one
message; heavy Banjar-flavoured chat ("kaya apa", "kah", "ulun", "pian", "handak", "kada");
chat abbreviations (sy, gmn, brp, udh, blm, yg, kpn, bs, tdk, utk, dg, krn); some messages open
with a greeting or a "mau nanya pak" preamble before the real question (labelled by the real
question); about a fifth are very short (1-5 words); about one in ten is in English.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND19_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "pak mau nanya, pembagian tugas perkim antara pusat, prov sama kab tu gmn sih?",
        "kewenangan.ringkasan",
    ),
    ("siapa ngurus apa di bidang perumahan dan kawasan permukiman?", "kewenangan.ringkasan"),
    (
        (
            "Kami dari Inspektorat. Atas dasar apa pembagian kewenangan PKP antara provinsi dan "
            "kab/kota ditentukan?"
        ),
        "kewenangan.ringkasan",
    ),
    ("Who is responsible for what in housing and settlements?", "kewenangan.ringkasan"),
    ("pembagian urusan perkim", "kewenangan.ringkasan"),
    # kewenangan.urusan_wajib
    ("perumahan tu urusan wajib atau urusan pilihan pak?", "kewenangan.urusan_wajib"),
    (
        (
            "staf dewan nanya: atas dasar apa perkim disebut urusan wajib pelayanan dasar? "
            "pasal brp?"
        ),
        "kewenangan.urusan_wajib",
    ),
    ("perkim termasuk urusan wajib kah?", "kewenangan.urusan_wajib"),
    # kewenangan.kumuh
    (
        "ulun handak batakun, kumuh yg luasnya antara 10 sampai 15 ha tu siapa yg handel?",
        "kewenangan.kumuh",
    ),
    (
        (
            "atas dasar apa provinsi cuma boleh menangani kumuh 10 sampai di bawah 15 ha? "
            "auditor minta dasar hukumnya"
        ),
        "kewenangan.kumuh",
    ),
    ("kewenangan kumuh per luasan", "kewenangan.kumuh"),
    (
        (
            "Kapuas ada lokasi kumuh 12 ha, Pulpis 6 ha, dua2nya bisa diusulkan ke prov gak? sy "
            "pegang dua kab"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kalau kumuhnya tingkat berat tapi luasnya kecil, tetap kabupaten kah yg tangani, "
            "kada naik ke provinsi?"
        ),
        "kewenangan.kumuh",
    ),
    ("Which level of government handles slum areas of different sizes?", "kewenangan.kumuh"),
    # kewenangan.kumuh_pusat
    ("kawasan kumuh 15 ha ke atas kewenangan siapa? dasar hukumnya apa?", "kewenangan.kumuh_pusat"),
    (
        "Are slum areas of 15 ha or more handled by the central government?",
        "kewenangan.kumuh_pusat",
    ),
    ("pusat tu menangani kumuh yg seluas apa?", "kewenangan.kumuh_pusat"),
    # kewenangan.pencegahan_kumuh
    ("pencegahan kumuh itu tugas siapa?", "kewenangan.pencegahan_kumuh"),
    (
        ("boleh gak provinsi danai kegiatan pencegahan permukiman kumuh di desa kami?"),
        "kewenangan.pencegahan_kumuh",
    ),
    ("pencegahan kumuh prov kah?", "kewenangan.pencegahan_kumuh"),
    # kewenangan.perumahan
    ("sub urusan perumahan, provinsi kewenangannya apa aja?", "kewenangan.perumahan"),
    ("urusan perumahan di level kabupaten meliputi apa saja?", "kewenangan.perumahan"),
    # kewenangan.perumahan_pusat
    ("rumah utk MBR tu urusan pusat kah pian?", "kewenangan.perumahan_pusat"),
    ("pembangunan rusun utk MBR boleh gak kami usulkan ke provinsi?", "kewenangan.perumahan_pusat"),
    ("Is housing for low-income families a central government job?", "kewenangan.perumahan_pusat"),
    # kewenangan.bencana_relokasi
    (
        "rumah korban banjir yg statusnya bencana provinsi, siapa yg bangun?",
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "banjir di Katingan ditetapkan bencana provinsi, tapi kebakaran di Baamang Kotim cuma "
            "bencana kabupaten, rumah korbannya siapa yg tangani masing2?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        "warga kena relokasi program provinsi, rumahnya siapa yg fasilitasi?",
        "kewenangan.bencana_relokasi",
    ),
    ("rumah korban bencana nasional ditangani siapa?", "kewenangan.bencana_relokasi"),
    # kewenangan.izin
    ("izin pembangunan perumahan diterbitkan oleh siapa?", "kewenangan.izin"),
    ("SKBG tu terbitnya di kabupaten atau provinsi?", "kewenangan.izin"),
    ("developer handak bikin perumahan di Sampit, izinnya ke provinsi kah?", "kewenangan.izin"),
    ("izin pengembangan kawasan permukiman siapa yg ngeluarin?", "kewenangan.izin"),
    # kewenangan.kawasan_permukiman
    (
        "sub urusan kawasan permukiman isinya apa aja utk provinsi dan kabupaten?",
        "kewenangan.kawasan_permukiman",
    ),
    ("sistem kawasan permukiman nasional ditetapkan siapa?", "kewenangan.kawasan_permukiman"),
    # kewenangan.psu
    ("PSU perumahan dan PSU permukiman bedanya apa, siapa yg pegang?", "kewenangan.psu"),
    (
        ("jalan di dalam komplek perumahan developer, boleh gak diusulkan ke provinsi?"),
        "kewenangan.psu",
    ),
    (
        (
            "Selamat siang. Atas dasar apa provinsi menangani PSU permukiman tapi tidak PSU "
            "perumahan?"
        ),
        "kewenangan.psu",
    ),
    ("Who handles PSU in housing estates, and who in settlements?", "kewenangan.psu"),
    # psu.lingkup_provinsi
    (
        "PSU yg dibangun Disperkimtan tu apa aja? cuma jaling sama drainase kah?",
        "psu.lingkup_provinsi",
    ),
    ("boleh gak usul drainase di pinggir jalan provinsi ke Disperkimtan?", "psu.lingkup_provinsi"),
    (
        "bisa tidak provinsi bangun jalan lingkungan di desa, bukan cuma di kota?",
        "psu.lingkup_provinsi",
    ),
    (
        "kami mau usul PSU selain jalan dan drainase, misal lampu jalan, bisa kah?",
        "psu.lingkup_provinsi",
    ),
    (
        "apakah diperbolehkan PSU provinsi dibangun di atas aset milik kabupaten?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    ("sertifikasi perancang rumah itu kewenangan siapa?", "kewenangan.sertifikasi"),
    (
        "registrasi badan usaha perencana PSU tingkat menengah ke provinsi kah?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    ("SPM perumahan yg jadi tanggung jawab provinsi isinya apa?", "kewenangan.spm"),
    ("dasar hukum SPM bidang perumahan rakyat apa? auditor BPK nanya", "kewenangan.spm"),
    ("target SPM rumah korban bencana provinsi brp persen?", "kewenangan.spm"),
    # kumuh.luas_delineasi
    ("luas kumuh yg dihitung tu luas desa atau luas yg di SK?", "kumuh.luas_delineasi"),
    (
        ("desa kami 40 ha, tapi yg kumuh di SK cuma 12 ha. yg dipakai utk kewenangan yg mana?"),
        "kumuh.luas_delineasi",
    ),
    (
        "Which area counts for the slum threshold, the whole village or the mapped slum?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    ("yang menetapkan lokasi kumuh siapa, bupati atau gubernur?", "kumuh.penetapan"),
    ("SK kumuh harus ditinjau ulang brp tahun sekali?", "kumuh.penetapan"),
    ("boleh gak provinsi menetapkan lokasi kumuh sendiri?", "kumuh.penetapan"),
    (
        ("atas dasar apa SK kumuh ditetapkan bupati/wali kota? pasal brp di Permen PUPR 14/2018?"),
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    ("aspek kriteria kumuh ada brp? apa aja?", "kumuh.aspek"),
    ("7 aspek kumuh", "kumuh.aspek"),
    ("proteksi kebakaran termasuk kriteria kumuh kah?", "kumuh.aspek"),
    # kumuh.penilaian
    ("skor maksimal penilaian kumuh brp?", "kumuh.penilaian"),
    ("nilai brp supaya masuk kumuh berat?", "kumuh.penilaian"),
    ("tiap kriteria kumuh diberi nilai brp aja? 0, 1, 3, 5 kah?", "kumuh.penilaian"),
    # kumuh.tingkat_sedang_ringan
    ("rentang skor kumuh sedang brp sampai brp?", "kumuh.tingkat_sedang_ringan"),
    ("skor 30 tu kumuh ringan atau sedang?", "kumuh.tingkat_sedang_ringan"),
    # kumuh.pola_penanganan
    ("bedanya pemugaran sama peremajaan apa, kapan pakai yg mana?", "kumuh.pola_penanganan"),
    ("kumuh di lahan ilegal penanganannya kaya apa?", "kumuh.pola_penanganan"),
    ("kapan harus pakai pola pemukiman kembali?", "kumuh.pola_penanganan"),
    # kumuh.kalteng
    ("brp lokasi kumuh di Kalteng?", "kumuh.kalteng"),
    ("total luas kumuh se-Kalteng brp ha?", "kumuh.kalteng"),
    ("How many slum locations does Central Kalimantan have?", "kumuh.kalteng"),
    # usulan.isi
    ("isi usulan kegiatan apa saja?", "usulan.isi"),
    ("mau nanya pak, utk usulan ke provinsi data apa aja yg hrs disiapkan?", "usulan.isi"),
    ("kenapa di usulan diminta sektor segala? air minum, sanitasi dll", "usulan.isi"),
    ("What information does a proposal need?", "usulan.isi"),
    # usulan.jenis
    ("jenis usulan yg bisa diajukan ke provinsi apa aja?", "usulan.jenis"),
    ("boleh gak usul selain kumuh dan PSU, misalnya rumah korban bencana?", "usulan.jenis"),
    ("jenis usulan?", "usulan.jenis"),
    # usulan.lokasi
    ("data lokasi usulan apa aja? perlu titik koordinat GPS kah?", "usulan.lokasi"),
    ("nama lokasi di usulan harus sama dg yg tertulis di SK kumuh kah?", "usulan.lokasi"),
    ("kenapa usulan nanya lokasinya perkotaan atau perdesaan?", "usulan.lokasi"),
    # usulan.penerima_biaya
    ("jumlah KK sama jiwa wajib diisi di usulan?", "usulan.penerima_biaya"),
    ("sumber dana yg bs dicantumkan di usulan apa aja? boleh kombinasi?", "usulan.penerima_biaya"),
    ("perlu gak dana pendamping dari kabupaten di usulan?", "usulan.penerima_biaya"),
    ("boleh gak sumber dana usulan ditulis Bankeu provinsi?", "usulan.penerima_biaya"),
    # usulan.kesiapan
    ("dokumen kesiapan (readiness criteria) apa aja yg hrs dilampirkan?", "usulan.kesiapan"),
    ("usulan PSU wajib lampirkan dokumen apa aja?", "usulan.kesiapan"),
    (
        (
            "kalau dokumen kesiapan blm lengkap, boleh tetap kirim usulan kah? kada ditolak "
            "langsung?"
        ),
        "usulan.kesiapan",
    ),
    ("perlu gak surat dari bupati utk usulan ke prov?", "usulan.kesiapan"),
    ("What readiness documents should we attach to a proposal?", "usulan.kesiapan"),
    # usulan.lahan
    ("lahan harus clean and clear, maksudnya gmn utk usulan?", "usulan.lahan"),
    ("lahan milik desa boleh gak jadi lokasi PSU?", "usulan.lahan"),
    ("tanah lokasi masih sengketa, usulannya bs lolos gak?", "usulan.lahan"),
    ("status lahan usulan?", "usulan.lahan"),
    # usulan.sk_kumuh
    ("usulan kumuh wajib lampirkan SK kumuh kah?", "usulan.sk_kumuh"),
    ("SK kumuh kami terbit 2019, masih bs dipakai utk usulan?", "usulan.sk_kumuh"),
    ("lokasi kami blm masuk SK kumuh, boleh tetap diusulkan sbg kumuh?", "usulan.sk_kumuh"),
    (
        (
            "SK kumuh Kobar udh 6 tahun, yg Lamandau baru 2 tahun, mana yg perlu diperbarui "
            "dulu sblm usul?"
        ),
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    ("DED sama RAB wajib kah utk usulan?", "usulan.dokumen_teknis"),
    ("foto kondisi eksisting perlu dilampirkan gak?", "usulan.dokumen_teknis"),
    ("dokumen teknis usulan apa aja", "usulan.dokumen_teknis"),
    (
        "site plan sama RKS harus ada gak kalau usulnya cuma jalan lingkungan?",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    ("surat pernyataan hibah dan O&P itu isinya apa?", "usulan.surat_pernyataan"),
    ("kenapa kabupaten hrs bikin surat kesediaan menerima hibah?", "usulan.surat_pernyataan"),
    ("surat pernyataan O&P wajib?", "usulan.surat_pernyataan"),
    # usulan.rtlh
    ("RTLH lewat provinsi syaratnya apa?", "usulan.rtlh"),
    ("boleh gak bangun rumah baru dari program RTLH provinsi?", "usulan.rtlh"),
    ("penerima bantuan RTLH provinsi ditetapkan oleh siapa?", "usulan.rtlh"),
    (
        (
            "ulun pegang Gumas lawan Mura, syarat RTLH provinsi di dua kabupaten itu sama kah? "
            "warga di Mura banyak yg numpang di tanah keluarga"
        ),
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "warga handak minta jalan lingkungan langsung ke provinsi, bisa kah?",
        "usulan.psu_masyarakat",
    ),
    ("permohonan drainase dari masyarakat harus diketahui siapa aja?", "usulan.psu_masyarakat"),
    # hibah.aset
    ("jalan yg dibangun provinsi di lahan kabupaten nanti jadi aset siapa?", "hibah.aset"),
    (
        ("atas dasar apa aset PSU provinsi dihibahkan ke kabupaten, dan siapa yg wajib pelihara?"),
        "hibah.aset",
    ),
    (
        (
            "di Barsel jaling dr provinsi udh diserahkan, di Bartim blm ada BAST. sebenarnya "
            "asetnya punya siapa?"
        ),
        "hibah.aset",
    ),
    ("siapa yg memelihara drainase setelah serah terima?", "hibah.aset"),
    ("After the province builds a road on our land, who maintains it?", "hibah.aset"),
    # pendanaan.saluran_lain
    ("kalau bukan kewenangan provinsi, dananya bs dari mana?", "pendanaan.saluran_lain"),
    ("boleh gak pakai CSR atau dana desa utk kumuh yg kecil?", "pendanaan.saluran_lain"),
    ("kumuh besar di atas 15 ha cari dananya ke mana?", "pendanaan.saluran_lain"),
    (
        "May we use DAK Tematik PPKT if the province says it's not its job?",
        "pendanaan.saluran_lain",
    ),
    ("alternatif pendanaan?", "pendanaan.saluran_lain"),
    # siklus.tahunan
    ("usulan yg dikirim tahun ini utk anggaran tahun brp?", "siklus.tahunan"),
    ("alur tahunan usulan ke provinsi kaya apa?", "siklus.tahunan"),
    ("boleh gak usul sekarang utk dikerjakan tahun ini juga?", "siklus.tahunan"),
    ("What does the yearly proposal cycle look like?", "siklus.tahunan"),
    # siklus.pemeriksaan
    ("provinsi memeriksa usulan dari sisi apa aja?", "siklus.pemeriksaan"),
    ("apa yg dicek waktu verifikasi usulan?", "siklus.pemeriksaan"),
    ("ada cek lapangan kah waktu provinsi verifikasi usulan ulun?", "siklus.pemeriksaan"),
    # siklus.rakor
    ("Rakor bidang kawasan permukiman tu acara apa?", "siklus.rakor"),
    ("apa tujuan rakor dan sinkronisasi tiap tahun tu?", "siklus.rakor"),
    ("siapa aja peserta rakor?", "siklus.rakor"),
    ("What is the Rakor for?", "siklus.rakor"),
    # siklus.rkpd_apbd
    ("habis rakor, usulan kami masuk ke mana?", "siklus.rkpd_apbd"),
    ("alurnya dari rakor sampai jadi APBD provinsi gmn?", "siklus.rkpd_apbd"),
    ("How does the Rakor relate to the provincial Musrenbang?", "siklus.rkpd_apbd"),
    # koordinasi.pokja_pkp
    ("Pokja PKP tu tugasnya apa, dasar hukumnya apa?", "koordinasi.pokja_pkp"),
    ("fungsi Pokja PKP di daerah apa?", "koordinasi.pokja_pkp"),
    # disperkimtan.kontak
    ("alamat kantor Disperkimtan Kalteng di mana?", "disperkimtan.kontak"),
    ("kantor Disperkimtan dmn?", "disperkimtan.kontak"),
    # bot.cara_pakai
    ("jam pengingat yg dikirim bot ini zona waktu apa? ulun di Muara Teweh", "bot.cara_pakai"),
    ("perintah2 bot yg bs sy pakai sbg petugas kab apa aja?", "bot.cara_pakai"),
    # bot.usul
    ("di /usul foto maksimal brp?", "bot.usul"),
    ("boleh lampirkan PDF di /usul? brp file?", "bot.usul"),
    ("bisa gak salin usulan tahun lalu biar kada ngetik ulang?", "bot.usul"),
    ("di form /usul kok diminta konfirmasi waktu sy isi luas 150?", "bot.usul"),
    # bot.status
    ("usulan kami statusnya 'perlu perbaikan', artinya apa?", "bot.status"),
    ("dibahas di rakor tu maksudnya usulan sdh disetujui kah?", "bot.status"),
    ("What do the proposal statuses mean?", "bot.status"),
    # bot.ditolak_dialihkan
    ("usulan kami dialihkan ke APBD kab, terus kami harus ngapain?", "bot.ditolak_dialihkan"),
    ("kenapa usulan bs ditolak? alasan umumnya apa?", "bot.ditolak_dialihkan"),
    ("boleh gak usulan yg sdh ditolak diajukan ulang?", "bot.ditolak_dialihkan"),
    # bot.tindak_lanjut
    ("brp hari kerja usulan harus ditanggapi provinsi?", "bot.tindak_lanjut"),
    (
        "atas dasar apa bot pakai patokan 3 hari kerja? itu aturan mengikat kah?",
        "bot.tindak_lanjut",
    ),
    # istilah.perkim
    ("Perkim singkatan apa?", "istilah.perkim"),
    # istilah.disperkimtan
    (
        "mau nanya pak, Disperkimtan tu kepanjangannya apa? beda kah dg Disperkim?",
        "istilah.disperkimtan",
    ),
    # istilah.psu
    ("PSU itu apa?", "istilah.psu"),
    # istilah.jaling
    ("di RAB ada tulisan jaling, tu apa kah maksudnya?", "istilah.jaling"),
    # istilah.drainase
    ("drainase lingkungan maksudnya apa, beda dg saluran di jalan besar?", "istilah.drainase"),
    # istilah.kr
    ("KR di tabel kumuh artinya apa?", "istilah.kr"),
    # istilah.ks
    ("kode KS di data kumuh tu apa?", "istilah.ks"),
    # istilah.kb
    ("KB di baseline kumuh maksudnya apa, bukan keluarga berencana kan?", "istilah.kb"),
    # istilah.skkumuh
    ("assalamualaikum pak, SK kumuh tu sebenarnya apa sih?", "istilah.skkumuh"),
    # istilah.delineasi
    ("delineasi artinya apa?", "istilah.delineasi"),
    # istilah.rtlh
    ("sori pak nanya dasar, RTLH tu singkatan dari apa?", "istilah.rtlh"),
    # istilah.rlh
    ("di laporan ada target RLH, RLH itu apa?", "istilah.rlh"),
    # istilah.bedahrumah
    ("bedah rumah tu program apa sebenarnya?", "istilah.bedahrumah"),
    # istilah.bsps
    ("warga nanya bantuan BSPS, BSPS tu sebenarnya apa ya?", "istilah.bsps"),
    # istilah.mbr
    ("MBR apa", "istilah.mbr"),
    # istilah.rusunawa
    ("What is a rusunawa?", "istilah.rusunawa"),
    # istilah.rusus
    ("rusus tu kepanjangannya apa, rumah khusus kah?", "istilah.rusus"),
    # istilah.huntara
    ("pasca banjir orang sebut huntara, artinya apa pak?", "istilah.huntara"),
    # istilah.huntap
    ("What is huntap?", "istilah.huntap"),
    # istilah.kk
    ("KK di isian usulan maksudnya kepala keluarga kah?", "istilah.kk"),
    # istilah.jiwa
    ("jiwa di isian usulan tu artinya apa?", "istilah.jiwa"),
    # istilah.ha
    ("1 ha tu brp meter persegi?", "istilah.ha"),
    # istilah.ded
    ("DED yg diminta utk usulan tu dokumen apa sebenarnya?", "istilah.ded"),
    # istilah.rab
    ("staf baru nanya ke ulun, RAB tu singkatan apa?", "istilah.rab"),
    # istilah.rks
    ("RKS tu dokumen apa, isinya spesifikasi teknis kah?", "istilah.rks"),
    # istilah.kak
    ("KAK sama TOR tu sama kah?", "istilah.kak"),
    # istilah.siteplan
    ("site plan tu apa, sama dg rencana tapak?", "istilah.siteplan"),
    # istilah.rc
    ("orang balai sering nyebut RC, itu apa?", "istilah.rc"),
    # istilah.bast
    ("BAST apaan", "istilah.bast"),
    # istilah.hibah
    ("hibah artinya apa dlm konteks aset daerah?", "istilah.hibah"),
    # istilah.bmd
    ("BMD?", "istilah.bmd"),
    # istilah.bmn
    ("BMN singkatan dari apa, bedanya dg aset daerah?", "istilah.bmn"),
    # istilah.op
    ("di surat pernyataan ada O&P, itu singkatan apa?", "istilah.op"),
    # istilah.spm
    ("SPM tu kepanjangannya apa? sering disebut di rapat", "istilah.spm"),
    # istilah.pokjapkp
    ("Pokja PKP tu singkatan dari apa pak?", "istilah.pokjapkp"),
    # istilah.pokjappas
    ("di Bapperida ada Pokja PPAS, itu kepanjangannya apa?", "istilah.pokjappas"),
    # istilah.pokjaampl
    ("Pokja AMPL tu apa kah?", "istilah.pokjaampl"),
    # istilah.rp3kp
    ("What kind of document is the RP3KP?", "istilah.rp3kp"),
    # istilah.rp2kpkp
    ("RP2KPKP apa bedanya sama rencana biasa, itu dokumen apa?", "istilah.rp2kpkp"),
    # istilah.kotaku
    ("dulu di kelurahan ada KOTAKU, tu program apa?", "istilah.kotaku"),
    # istilah.daktematikppkt
    ("pian, DAK Tematik PPKT tu apa maksudnya?", "istilah.daktematikppkt"),
    # istilah.apbn
    ("APBN singkatan apa", "istilah.apbn"),
    # istilah.apbd
    ("apa itu APBD, beda APBD provinsi dan kabupaten?", "istilah.apbd"),
    # istilah.apbdes
    ("What does APBDes stand for?", "istilah.apbdes"),
    # istilah.bankeu
    ("staf dewan nyebut Bankeu, maksudnya bantuan apa?", "istilah.bankeu"),
    # istilah.pokir
    ("pokir tu apa? staf dewan sering nyebut pokir", "istilah.pokir"),
    # istilah.musrenbang
    ("musrenbang itu apa, ada tingkatannya kah?", "istilah.musrenbang"),
    # istilah.rkpd
    ("RKPD kepanjangannya apa?", "istilah.rkpd"),
    # istilah.renja
    ("Renja dinas tu dokumen apa, tahunan kah?", "istilah.renja"),
    # istilah.renstra
    ("renstra itu apa, brp tahun jangkanya?", "istilah.renstra"),
    # istilah.rpjmd
    ("What is the RPJMD?", "istilah.rpjmd"),
    # istilah.kuappas
    ("KUA-PPAS tu apa pak, kapan disusunnya dlm siklus anggaran?", "istilah.kuappas"),
    # istilah.rka
    ("RKA itu apa, yg nyusun dinas kah?", "istilah.rka"),
    # istilah.dpa
    ("DPA singkatan dari apa", "istilah.dpa"),
    # istilah.sipd
    ("SIPD itu sistem apa dan punya siapa?", "istilah.sipd"),
    # istilah.bapperida
    ("Bapperida tu badan apa, pengganti Bappeda kah?", "istilah.bapperida"),
    # istilah.opd
    ("OPD singkatan apa", "istilah.opd"),
    # istilah.skpd
    ("ulun masih bingung, SKPD itu apa?", "istilah.skpd"),
    # istilah.spam
    ("SPAM di bidang air minum tu apa, bukan spam email kan?", "istilah.spam"),
    # istilah.spald
    ("SPALD itu apa ya, yg urusan air limbah kah?", "istilah.spald"),
    # istilah.ipal
    ("IPAL singkatan dari?", "istilah.ipal"),
    # istilah.tps3r
    ("desa handak bikin TPS3R, TPS3R tu apa?", "istilah.tps3r"),
    # istilah.mck
    ("MCK kepanjangannya apa", "istilah.mck"),
    # istilah.rtrw
    ("RTRW itu apa? bukan RT RW kampung kan", "istilah.rtrw"),
    # istilah.rdtr
    ("What is an RDTR?", "istilah.rdtr"),
    # istilah.pbg
    ("PBG tu pengganti IMB kah?", "istilah.pbg"),
    # istilah.slf
    ("SLF apa", "istilah.slf"),
    # istilah.skbg
    ("SKBG itu sertifikat apa, utk rusun kah?", "istilah.skbg"),
    # istilah.skt
    ("SKT tu surat apa, sama kah dg sertifikat?", "istilah.skt"),
    # istilah.cleanandclear
    ("clean and clear artinya apa?", "istilah.cleanandclear"),
    # istilah.csr
    ("CSR itu maksudnya apa dlm pendanaan perkim?", "istilah.csr"),
    # istilah.rakor
    ("Rakor tu kepanjangannya apa sebenarnya?", "istilah.rakor"),
    # istilah.lapor
    ("LAPOR! itu apa, aplikasi pengaduan kah?", "istilah.lapor"),
    # istilah.wib
    ("WIB tu UTC plus brp sih? Kalteng pakai WIB kah?", "istilah.wib"),
    # istilah.backlog
    ("backlog perumahan tu maksudnya apa, kok angkanya beda2?", "istilah.backlog"),
    # istilah.pkp
    ("PKP di sini artinya apa, bukan pengusaha kena pajak kan?", "istilah.pkp"),
    # istilah.kumuh
    ("kumuh definisinya apa menurut UU?", "istilah.kumuh"),
    # istilah.dak
    ("What is DAK?", "istilah.dak"),
    # istilah.rusun
    ("rusun artinya apa, bedanya dg rusunawa?", "istilah.rusun"),
]

ROUND19_INTENTS: list[tuple[str, str]] = [
    ("usulan kami USL-2026-0004 sdh sampai mana?", "status"),
    ("status usulan Barsel gmn pak?", "status"),
    ("ulun handak tahu usulan kami sudah diverifikasi kah?", "status"),
    ("cek status usulan sy", "status"),
    ("Has my proposal been approved yet?", "status"),
    ("usulan drainase kami kmrn ada kabar blm?", "status"),
    ("rakor tahun ini kpn?", "meeting"),
    ("rapat berikutnya di mana pak?", "meeting"),
    ("jadwal rakor 2027 udh ada blm?", "meeting"),
    ("When is the next coordination meeting?", "meeting"),
    ("rakor kaina di hotel mana kah?", "meeting"),
    ("ada rapat koordinasi minggu depan kah pian?", "meeting"),
    ("batas akhir usulan kpn?", "deadline"),
    ("tenggat kirim usulan TA 2028 tanggal brp?", "deadline"),
    ("msh bs kirim usulan gak, udh ditutup blm?", "deadline"),
    ("What is the deadline for proposals?", "deadline"),
    ("usulan dibuka sampai tanggal brp?", "deadline"),
    ("kada telat kah ulun kirim usulan minggu ini?", "deadline"),
    ("halo", "greeting"),
    ("selamat pagi pak", "greeting"),
    ("makasih banyak ya", "greeting"),
    ("bot ini bs bantu apa aja?", "greeting"),
    ("help", "greeting"),
    ("terima kasih, sangat membantu pian", "greeting"),
    ("cara ngirim usulan lewat bot gmn?", "how_to_submit"),
    ("gimana caranya mengajukan usulan di sini?", "how_to_submit"),
    ("How do I submit a proposal here?", "how_to_submit"),
    ("kaya apa cara mengusulkan lewat bot ini?", "how_to_submit"),
    ("mau input usulan baru, mulai dari mana?", "how_to_submit"),
    ("langkah2 kirim usulan di telegram ini apa aja", "how_to_submit"),
]

ROUND19_AREAS: list[tuple[str, str]] = [
    ("kumuh 8,5 ha di Kapuas kewenangan siapa?", "kabkota"),
    ("lokasi kumuh luasnya pas 10 ha, masuk prov atau kab?", "provinsi"),
    ("kawasan kumuh tepat 15 hektar siapa yg tangani?", "pusat"),
    ("delineasi kumuh 14,99 ha tu kewenangan mana?", "provinsi"),
    ("kumuh 120.000 m2 di Sampit, siapa yg tangani?", "provinsi"),
    ("kawasan kumuh 95.000 m² kewenangan siapa?", "kabkota"),
    ("kumuh lebih dari 15 ha, tepatnya 15,3 ha, bisa ke prov?", "pusat"),
    ("kumuh kurang dari 10 ha, kira2 9,8 hektare, siapa yg handle?", "kabkota"),
    ("Who handles a slum area of 12.5 hectares?", "provinsi"),
    ("A slum area of 20 hectares: which level is responsible?", "pusat"),
    ("kumuh di atas 10 ha, 10,4 ha tepatnya, prov kah?", "provinsi"),
    ("kumuh di bawah 10 ha, 7 ha aja, kewenangan siapa?", "kabkota"),
    ("kawasan kumuh 150.000 meter persegi siapa yg handle?", "pusat"),
    ("kumuh 99.500 m2 masuk provinsi kah?", "kabkota"),
    ("kumuh 100.000 m2 kewenangan siapa?", "provinsi"),
    ("ulun punya kawasan kumuh 13 hektar, kaya apa kewenangannya?", "provinsi"),
    ("kumuh 0,8 ha di Sukamara siapa yg tangani", "kabkota"),
    ("kumuh Murjani Bawah 31,77 ha kewenangan siapa?", "pusat"),
    ("kumuh 7,71 ha di Pesanggrahan, boleh diusulkan ke prov?", "kabkota"),
    ("kumuh 11,4 ha kewenangan provinsi kah?", "provinsi"),
    ("kumuh 75,87 hektare di Kotim siapa yg nangani?", "pusat"),
    ("kawasan kumuh 2 ha kewenangan siapa", "kabkota"),
    ("Is a 14.5 hectare slum the province's job?", "provinsi"),
    ("kumuh 16 ha, boleh diusulkan ke prov gak?", "pusat"),
    ("kumuh seluas 4.500 m² kewenangan siapa?", "kabkota"),
    ("kumuh 14,7 hektare, masih provinsi kah?", "provinsi"),
]

ROUND19_OUT_OF_SCOPE: list[str] = [
    "cuaca Palangka Raya besok gmn?",
    "skor Kalteng Putra semalam brp?",
    "resep juhu singkah kaya apa?",
    "kurs dollar hari ini brp?",
    "pagu anggaran Disperkimtan tahun 2027 brp?",
    "brp alokasi DAK Tematik PPKT utk Kalteng tahun 2026?",
    "harga satuan per meter jalan paving di Kapuas brp?",
    "harga semen di Muara Teweh sekarang brp sak?",
    "siapa pemenang tender drainase di Sampit tahun 2025?",
    "nomor HP kabid kawasan permukiman brp pak?",
    "nomor telepon kantor Disperkimtan brp?",
    "SIPD sy error gak bs login, gmn?",
    "akun SIPD terkunci, reset ke mana?",
    "Pergub Kalsel tentang RTLH isinya apa?",
    "Perda kumuh Kaltim nomor brp?",
    "kapan kenaikan pangkat ASN periode april?",
    "gaji honorer dinas perkim brp?",
    "SPPD ke rakor bisa diganti brp?",
    "tebal beton rigid jalan lingkungan standar brp cm?",
    "mutu beton utk saluran drainase minimal K brp?",
    "dimensi saluran drainase minimal brp cm?",
    "brp besar bantuan BSPS per unit tahun ini?",
    "format laporan SPJ kegiatan fisik kaya apa?",
    "cara daftar akun e-katalog utk penyedia?",
    "What is the unit price for a metre of neighbourhood road in 2026?",
    "Who won the 2025 drainage tender in Pangkalan Bun?",
    "jadwal tes CPNS tahun depan kpn?",
    "UMK Kotim 2026 brp?",
]
