"""Round 20 held-out question table for the Sinkron bot.

Written 2026-12-04. The writer had not seen the knowledge base or any other question table and
read only the topic list and the domain briefs (docs/domain.md, shared DOMAIN.md,
DOMAIN-RESEARCH.md) plus the place names in kalteng-wilayah.csv.

Style emphasis of this round: what a busy officer types between other tasks. Many terse
keyword-only queries ("syarat usulan psu", "rtlh kriteria", "rakor jadwal"), search-engine
style phrasing, questions ending with a bare "?" or with "ya", "kah", "sih", "dong";
misspellings of technical words (kewenagan, permukman, rusunwa, sertifkat), letters doubled
or dropped; numbers and years in the question (2025, 2026, 2027, TA 2027); questions
explained through an example ("misal di Desa X kec. Y ..." with real places from the CSV);
a few formal letter-style questions; about one in ten in English, some of it broken English.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND20_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    ("pembagian kewenagan perkim pusat prov kab", "kewenangan.ringkasan"),
    ("siapa ngurus apa di bidang perumahan dan permukman?", "kewenangan.ringkasan"),
    ("kewenangan provinsi bidang pkp apa aja sih", "kewenangan.ringkasan"),
    (
        (
            "Dengan hormat, mohon penjelasan pembagian urusan perumahan dan kawasan "
            "permukiman antara pemerintah pusat, provinsi dan kabupaten/kota."
        ),
        "kewenangan.ringkasan",
    ),
    ("who do what in housing, pusat or province or kabupaten?", "kewenangan.ringkasan"),
    # kewenangan.urusan_wajib
    ("perkim urusan wajib atau pilihan ya", "kewenangan.urusan_wajib"),
    ("dasar hukum perumahan urusan wajib pelayanan dasar pasal brp?", "kewenangan.urusan_wajib"),
    # kewenangan.kumuh
    ("kumuh kewenagan siapa", "kewenangan.kumuh"),
    ("batas luas kumuh prov brp ha", "kewenangan.kumuh"),
    ("penanganan kumuh pembagian kab prov pusat berdasar luas?", "kewenangan.kumuh"),
    (
        (
            "misal kawasan kumuh di Kel. Ketapang kec. Mentawa Baru Ketapang, prov bisa "
            "tangani kah atau harus kab sendiri"
        ),
        "kewenangan.kumuh",
    ),
    ("kumuh yg luasnya kecil dibawah 10 ha siapa yg tangani dong", "kewenangan.kumuh"),
    ("slum area which level handle, depend on size?", "kewenangan.kumuh"),
    # kewenangan.kumuh_pusat
    ("kumuh 15 ha keatas usulnya kemana", "kewenangan.kumuh_pusat"),
    ("kawasan kumuh besar >15 ha pusat ya?", "kewenangan.kumuh_pusat"),
    (
        (
            "misal delineasi kumuh Selat Hulu kec. Selat luasnya ratusan ha, itu ranah "
            "kementerian kah?"
        ),
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    # kewenangan.pencegahan_kumuh
    ("pencegahan kumuh bisa diusulkan ke prov?", "kewenangan.pencegahan_kumuh"),
    ("kegiatan pencegahan permukman kumuh urusan siapa sih", "kewenangan.pencegahan_kumuh"),
    # kewenangan.perumahan
    ("sub urusan perumahan kewenangan prov apa aja", "kewenangan.perumahan"),
    ("kewenagan kab/kota di sub-urusan perumahan?", "kewenangan.perumahan"),
    (
        "bidang perumahan, provinsi boleh bangun rumah utk apa saja",
        ("kewenangan.perumahan", "kewenangan.bencana_relokasi"),
    ),
    # kewenangan.perumahan_pusat
    ("rumah mbr kewenangan siapa", "kewenangan.perumahan_pusat"),
    ("rusunwa yg bangun pusat kah?", "kewenangan.perumahan_pusat"),
    ("pembiayaan perumahan MBR bisa diusulkan ke prov ga", "kewenangan.perumahan_pusat"),
    # kewenangan.bencana_relokasi
    ("rumah korban bencana siapa yg tangani", "kewenangan.bencana_relokasi"),
    (
        "relokasi warga krn program pemprov, rumahnya disediakan siapa?",
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "misal banjir besar di kec Kapuas Hilir rumah warga rusak, pembangunan "
            "rumahnya kewenagan prov atau kab"
        ),
        "kewenangan.bencana_relokasi",
    ),
    ("houses of flood victim, province or kabupaten responsible?", "kewenangan.bencana_relokasi"),
    (
        (
            "Yth. Bapak/Ibu, mohon penjelasan apakah penyediaan rumah bagi warga terdampak "
            "relokasi program Pemerintah Kabupaten Gunung Mas dapat diusulkan ke provinsi."
        ),
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    ("izin pembangunan perumahan yg keluarin siapa", "kewenangan.izin"),
    ("skbg terbit dr prov kah", "kewenangan.izin"),
    ("who issue housing development permit", "kewenangan.izin"),
    # kewenangan.kawasan_permukiman
    ("sub urusan kawasan permukiman pembagian kewenagannya?", "kewenangan.kawasan_permukiman"),
    ("sistem kawasan permukiman nasional yg tetapkan siapa", "kewenangan.kawasan_permukiman"),
    # kewenangan.psu
    ("psu perumahan vs psu permukiman bedanya", "kewenangan.psu"),
    ("psu kewenagan prov yg mana", "kewenangan.psu"),
    ("psu di komplek perumahan developer bisa minta prov ga ya", "kewenangan.psu"),
    ("PSU permukiman urusan siapa?", "kewenangan.psu"),
    # psu.lingkup_provinsi
    ("psu yg dibangun prov apa aja? jaling sama drainase aja kah", "psu.lingkup_provinsi"),
    ("drainase pinggir jalan kabupaten bs diusulkan ke prov?", "psu.lingkup_provinsi"),
    ("jalan lingkungan di desa perdesaan boleh atau cuma perkotaan", "psu.lingkup_provinsi"),
    (
        ("misal jalan lingkungan di Desa Pendreh kec. Teweh Tengah, bisa masuk psu provinsi 2027?"),
        "psu.lingkup_provinsi",
    ),
    ("what kind of PSU the province build?", "psu.lingkup_provinsi"),
    # kewenangan.sertifikasi
    ("sertifkat perancang rumah tingkat kecil siapa yg keluarin", "kewenangan.sertifikasi"),
    ("registrasi perencana psu kemampuan menengah di prov ya", "kewenangan.sertifikasi"),
    # kewenangan.spm
    ("spm perumahan prov", "kewenangan.spm"),
    ("target spm rumah korban bencana provinsi brp persen?", "kewenangan.spm"),
    ("minimum service standard housing, province target what?", "kewenangan.spm"),
    ("standar pelayanan minimal bid perumahan dasar hukumnya apa", "kewenangan.spm"),
    # kumuh.luas_delineasi
    ("luas kumuh yg dipakai luas desa atau luas di SK?", "kumuh.luas_delineasi"),
    (
        (
            "misal Kel. Pahandut wilayahnya luas tp yg kumuh di SK cuma sebagian, "
            "luas mana yg dihitung"
        ),
        "kumuh.luas_delineasi",
    ),
    ("luas delineasi vs luas kelurahan utk nentuin kewenangan", "kumuh.luas_delineasi"),
    # kumuh.penetapan
    ("siapa yg netapin SK kumuh", "kumuh.penetapan"),
    ("sk kumuh direview tiap brp thn", "kumuh.penetapan"),
    ("penetapan lokasi kumuh harus ada peta sebaran kah", "kumuh.penetapan"),
    ("who sign the slum decree (SK kumuh)?", "kumuh.penetapan"),
    (
        "sk kumuh kami terbit 2019, masih bisa dipakai utk usulan 2026?",
        ("kumuh.penetapan", "usulan.sk_kumuh"),
    ),
    # kumuh.aspek
    ("7 aspek kumuh apa aja", "kumuh.aspek"),
    ("kriteria kumuh permen pupr 14 2018", "kumuh.aspek"),
    ("proteksi kebakaran masuk kriteria kumuh ya?", "kumuh.aspek"),
    ("what are the 7 aspect of slum criteria", "kumuh.aspek"),
    # kumuh.penilaian
    ("skor kumuh berat brp", "kumuh.penilaian"),
    ("nilai maks penilaian kumuh?", "kumuh.penilaian"),
    ("tiap kriteria diskor 0 1 3 5 itu maksudnya gmn", "kumuh.penilaian"),
    # kumuh.tingkat_sedang_ringan
    ("nilai kumuh 45 masuk sedang kah", "kumuh.tingkat_sedang_ringan"),
    ("rentang skor kumuh ringan", "kumuh.tingkat_sedang_ringan"),
    # kumuh.pola_penanganan
    ("pemugaran vs peremajaan bedanya apa", "kumuh.pola_penanganan"),
    ("kumuh di lahan ilegal ditangani gmn", "kumuh.pola_penanganan"),
    ("pemukiman kembali itu dipakai kapan?", "kumuh.pola_penanganan"),
    # kumuh.kalteng
    ("jumlah lokasi kumuh kalteng", "kumuh.kalteng"),
    ("total luas kumuh di kalteng brp ha sih", "kumuh.kalteng"),
    ("how many slum location in central kalimantan", "kumuh.kalteng"),
    # usulan.isi
    ("isi usulan apa aja", "usulan.isi"),
    ("usulan TA 2027 wajib isi data apa saja ya", "usulan.isi"),
    ("data yg hrs disiapin sblm usul", "usulan.isi"),
    (
        (
            "Mohon informasi kelengkapan data yang perlu dimuat dalam usulan kegiatan "
            "kabupaten kepada provinsi untuk tahun anggaran 2027."
        ),
        "usulan.isi",
    ),
    ("kenapa usulan harus nyebut sektor air minum sanitasi dll?", "usulan.isi"),
    ("what data must be in a proposal?", "usulan.isi"),
    # usulan.jenis
    ("jenis usulan yg bs diajukan", "usulan.jenis"),
    ("selain kumuh sama psu bisa usul apa lg?", "usulan.jenis"),
    ("pilihan jenis 'lainnya' di usulan itu utk apa", "usulan.jenis"),
    # usulan.lokasi
    ("koordinat gps wajib ga di usulan", "usulan.lokasi"),
    ("nama lokasi di usulan hrs sama dgn di SK kumuh?", "usulan.lokasi"),
    (
        "perkotaan atau perdesaan diisi gmn, misal Kel. Kalampangan kec. Sabangau",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    ("sumber dana di usulan pilih apa", "usulan.penerima_biaya"),
    ("penerima manfaat dihitung KK atau jiwa?", "usulan.penerima_biaya"),
    ("biaya usulan cukup estimasi atau harus pasti", "usulan.penerima_biaya"),
    # usulan.kesiapan
    ("syarat usulan psu", "usulan.kesiapan"),
    ("readiness criteria usulan psu 2027", "usulan.kesiapan"),
    ("dok kesiapan apa aja", "usulan.kesiapan"),
    ("surat bupati wajib kah utk usulan ke prov", "usulan.kesiapan"),
    ("kelengkapan dokumen usulan jaling apa saja dong", "usulan.kesiapan"),
    ("what documents needed for readiness of proposal", "usulan.kesiapan"),
    # usulan.lahan
    ("lahan blm bersertifikat boleh diusulkan?", "usulan.lahan"),
    ("syarat lahan clean & clear utk usulan apa aja", "usulan.lahan"),
    ("lahan milik desa boleh dipakai utk drainase prov?", "usulan.lahan"),
    ("land not certified yet, still can propose?", "usulan.lahan"),
    # usulan.sk_kumuh
    ("usulan kumuh harus lampir SK kumuh ya", "usulan.sk_kumuh"),
    ("lokasi tdk tercantum di SK kumuh bisa diusulkan?", "usulan.sk_kumuh"),
    # usulan.dokumen_teknis
    ("DED wajib atau boleh nyusul", "usulan.dokumen_teknis"),
    ("site plan perlu kah utk usulan drainase", "usulan.dokumen_teknis"),
    ("foto kondisi eksisting wajib dilampirkan kah", "usulan.dokumen_teknis"),
    # usulan.surat_pernyataan
    ("surat pernyataan kesediaan terima hibah buat apa", "usulan.surat_pernyataan"),
    ("surat pernyataan o&p wajib?", "usulan.surat_pernyataan"),
    # usulan.rtlh
    ("rtlh kriteria", "usulan.rtlh"),
    ("syarat bedah rumah lewat prov", "usulan.rtlh"),
    ("rtlh bangun baru boleh ga", "usulan.rtlh"),
    ("penerima rtlh prov ditetapkan siapa", "usulan.rtlh"),
    ("RTLH from province, can build new house or only repair?", "usulan.rtlh"),
    (
        (
            "Mohon arahan terkait persyaratan usulan Rumah Tidak Layak Huni melalui "
            "Disperkimtan Provinsi untuk TA 2027."
        ),
        "usulan.rtlh",
    ),
    (
        ("misal warga Desa Sarapat kec. Dusun Timur tanahnya cuma SKT, bisa dpt rtlh provinsi?"),
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    ("warga mau usul jalan langsung ke prov bisa?", "usulan.psu_masyarakat"),
    ("usulan psu dr masyarakat perlu diketahui siapa aja", "usulan.psu_masyarakat"),
    # hibah.aset
    ("aset jaling yg dibangun prov jd milik siapa", "hibah.aset"),
    ("bast hibah ke kab prosesnya gmn", "hibah.aset"),
    ("pemeliharaan drainase stlh dibangun prov siapa yg tanggung", "hibah.aset"),
    ("after province build the drainage, who own and maintain it?", "hibah.aset"),
    # pendanaan.saluran_lain
    ("kalau bukan kewenagan prov dananya dr mana", "pendanaan.saluran_lain"),
    ("alternatif pendanaan kl usulan ditolak prov", "pendanaan.saluran_lain"),
    ("kumuh kecil di kab bisa pakai dana apa aja selain apbd prov?", "pendanaan.saluran_lain"),
    ("funding option if not province authority", "pendanaan.saluran_lain"),
    # siklus.tahunan
    ("alur usulan dr kab ke prov", "siklus.tahunan"),
    ("usul sekarang 2026 itu utk anggaran thn brp", "siklus.tahunan"),
    ("siklus usulan tiap tahun gmn sih", "siklus.tahunan"),
    ("usulan yg masuk thn ini utk TA 2027 kah?", "siklus.tahunan"),
    ("yearly cycle proposal how?", "siklus.tahunan"),
    # siklus.pemeriksaan
    ("usulan diperiksa apa aja sama prov", "siklus.pemeriksaan"),
    ("verifikasi usulan yg dicek apa", "siklus.pemeriksaan"),
    ("prov survei lapangan juga kah utk cek usulan", "siklus.pemeriksaan"),
    # siklus.rakor
    ("rakor kawasan permukiman itu ngapain aja", "siklus.rakor"),
    ("rakor 2025 kemarin tgl brp dimana", "siklus.rakor"),
    ("rakor biasanya bulan apa?", "siklus.rakor"),
    ("peserta rakor bidang kawasan permukiman siapa aja", "siklus.rakor"),
    ("what is the Rakor meeting for?", "siklus.rakor"),
    # siklus.rkpd_apbd
    ("stlh rakor usulan masuk kemana", "siklus.rkpd_apbd"),
    ("disetujui di rakor berarti pasti dapat apbd?", "siklus.rkpd_apbd"),
    ("kapan usulan masuk rkpd", "siklus.rkpd_apbd"),
    # koordinasi.pokja_pkp
    ("peran pokja pkp dlm koordinasi perkim", "koordinasi.pokja_pkp"),
    ("dasar hukum pembentukan pokja pkp", "koordinasi.pokja_pkp"),
    # disperkimtan.kontak
    ("alamat disperkimtan prov", "disperkimtan.kontak"),
    ("kantor dinas perkimtan kalteng dimana ya", "disperkimtan.kontak"),
    ("address of Disperkimtan office pls", "disperkimtan.kontak"),
    # bot.cara_pakai
    ("perintah bot apa aja", "bot.cara_pakai"),
    ("jam di bot ini WIB atau WITA?", "bot.cara_pakai"),
    ("bot commands list?", "bot.cara_pakai"),
    # bot.usul
    ("di /usul bisa salin usulan lama?", "bot.usul"),
    ("foto maksimal brp di /usul", "bot.usul"),
    # bot.status
    ("status verifikasi artinya", "bot.status"),
    ("perlu perbaikan maksudnya apa", "bot.status"),
    ("status 'dibahas di rakor' itu gmn", "bot.status"),
    # bot.ditolak_dialihkan
    ("usulan dialihkan artinya apa", "bot.ditolak_dialihkan"),
    ("usulan kami ditolak, trs gmn", "bot.ditolak_dialihkan"),
    ("rejected proposal, what next?", "bot.ditolak_dialihkan"),
    # bot.tindak_lanjut
    ("brp lama usulan diverifikasi", "bot.tindak_lanjut"),
    ("standar tindak lanjut 3 hari kerja itu dr mana", "bot.tindak_lanjut"),
    # istilah.perkim
    ("perkim singkatan apa", "istilah.perkim"),
    # istilah.disperkimtan
    ("disperkimtan kepanjangannya", "istilah.disperkimtan"),
    # istilah.psu
    ("psu apa sih", "istilah.psu"),
    ("psu stands for?", "istilah.psu"),
    # istilah.jaling
    ("jaling itu apa", "istilah.jaling"),
    # istilah.drainase
    ("drainase lingkungan maksudnya?", "istilah.drainase"),
    # istilah.kr
    ("KR dlm data kumuh artinya", "istilah.kr"),
    # istilah.ks
    ("KS itu kumuh apa", "istilah.ks"),
    # istilah.kb
    ("kode KB di tabel kumuh?", "istilah.kb"),
    # istilah.skkumuh
    ("sk kumuh itu apa", "istilah.skkumuh"),
    # istilah.delineasi
    ("delineasi maksudnya?", "istilah.delineasi"),
    # istilah.rtlh
    ("rtlh singkatan", "istilah.rtlh"),
    # istilah.rlh
    ("RLH apa", "istilah.rlh"),
    # istilah.bedahrumah
    ("bedah rumah itu apa", "istilah.bedahrumah"),
    # istilah.bsps
    ("bsps apa ya", "istilah.bsps"),
    # istilah.mbr
    ("mbr itu siapa", "istilah.mbr"),
    # istilah.rusunawa
    ("rusunwa apa", "istilah.rusunawa"),
    # istilah.rusus
    ("rusus kpnjangan", "istilah.rusus"),
    # istilah.huntara
    ("huntara?", "istilah.huntara"),
    # istilah.huntap
    ("huntap artinya", "istilah.huntap"),
    # istilah.kk
    ("KK di usulan maksudnya kepala keluarga kah", "istilah.kk"),
    # istilah.jiwa
    ("satuan jiwa maksudnya?", "istilah.jiwa"),
    # istilah.ha
    ("1 ha itu brp m2", "istilah.ha"),
    # istilah.ded
    ("ded apaan", "istilah.ded"),
    # istilah.rab
    ("rab singkatan", "istilah.rab"),
    # istilah.rks
    ("rks itu dokumen apa", "istilah.rks"),
    # istilah.kak
    ("kak sama tor sama ga", "istilah.kak"),
    # istilah.siteplan
    ("site plan = rencana tapak?", "istilah.siteplan"),
    # istilah.rc
    ("RC itu apa", "istilah.rc"),
    # istilah.bast
    ("bast kepanjangan", "istilah.bast"),
    # istilah.hibah
    ("hibah artinya apa", "istilah.hibah"),
    # istilah.bmd
    ("bmd", "istilah.bmd"),
    # istilah.bmn
    ("bmn singkatan?", "istilah.bmn"),
    # istilah.op
    ("O&P itu apa", "istilah.op"),
    # istilah.spm
    ("spm singkatan", "istilah.spm"),
    # istilah.pokjapkp
    ("pokja pkp itu apa", "istilah.pokjapkp"),
    # istilah.pokjappas
    ("pokja ppas kepanjangannya", "istilah.pokjappas"),
    # istilah.pokjaampl
    ("ampl singkatan apa", "istilah.pokjaampl"),
    # istilah.rp3kp
    ("rp3kp", "istilah.rp3kp"),
    # istilah.rp2kpkp
    ("rp2kpkp itu dokumen apa", "istilah.rp2kpkp"),
    # istilah.kotaku
    ("kotaku program apa", "istilah.kotaku"),
    # istilah.daktematikppkt
    ("dak tematik ppkt itu apa", "istilah.daktematikppkt"),
    # istilah.apbn
    ("apbn", "istilah.apbn"),
    # istilah.apbd
    ("apbd singkatan", "istilah.apbd"),
    # istilah.apbdes
    ("apbdes apa", "istilah.apbdes"),
    # istilah.bankeu
    ("bankeu maksudnya?", "istilah.bankeu"),
    # istilah.pokir
    ("pokir itu apa sih", "istilah.pokir"),
    # istilah.musrenbang
    ("musrenbang kepanjangan", "istilah.musrenbang"),
    # istilah.rkpd
    ("rkpd apa", "istilah.rkpd"),
    # istilah.renja
    ("renja itu apa", "istilah.renja"),
    # istilah.renstra
    ("renstra singkatan", "istilah.renstra"),
    # istilah.rpjmd
    ("rpjmd?", "istilah.rpjmd"),
    # istilah.kuappas
    ("kua ppas itu apa", "istilah.kuappas"),
    # istilah.rka
    ("rka kepanjangannya", "istilah.rka"),
    # istilah.dpa
    ("dpa itu dokumen apa", "istilah.dpa"),
    # istilah.sipd
    ("sipd apa", "istilah.sipd"),
    # istilah.bapperida
    ("bapperida itu apa, beda sama bappeda?", "istilah.bapperida"),
    # istilah.opd
    ("opd singkatan apa", "istilah.opd"),
    # istilah.skpd
    ("skpd", "istilah.skpd"),
    # istilah.spam
    ("spam di air minum maksudnya", "istilah.spam"),
    # istilah.spald
    ("spald apa ya", "istilah.spald"),
    # istilah.ipal
    ("ipal kepanjangan", "istilah.ipal"),
    # istilah.tps3r
    ("tps3r itu apa", "istilah.tps3r"),
    # istilah.mck
    ("mck singkatan", "istilah.mck"),
    # istilah.rtrw
    ("rtrw", "istilah.rtrw"),
    # istilah.rdtr
    ("rdtr apa", "istilah.rdtr"),
    # istilah.pbg
    ("pbg pengganti imb kah", "istilah.pbg"),
    # istilah.slf
    ("slf itu apa", "istilah.slf"),
    # istilah.skbg
    ("skbg kepanjangannya", "istilah.skbg"),
    # istilah.skt
    ("skt itu surat apa", "istilah.skt"),
    # istilah.cleanandclear
    ("clean and clear artinya", "istilah.cleanandclear"),
    # istilah.csr
    ("csr maksudnya", "istilah.csr"),
    # istilah.rakor
    ("rakor singkatan apa", "istilah.rakor"),
    # istilah.lapor
    ("LAPOR! itu aplikasi apa", "istilah.lapor"),
    # istilah.wib
    ("wib itu utc brp", "istilah.wib"),
    # istilah.backlog
    ("backlog perumahan maksudnya", "istilah.backlog"),
    ("what is housing backlog", "istilah.backlog"),
    # istilah.pkp
    ("pkp singkatan apa dlm perkim", "istilah.pkp"),
    # istilah.kumuh
    ("pengertian permukman kumuh", "istilah.kumuh"),
    # istilah.dak
    ("dak itu dana apa", "istilah.dak"),
    # istilah.rusun
    ("rusun artinya", "istilah.rusun"),
    ("meaning of rusun?", "istilah.rusun"),
]

ROUND20_INTENTS: list[tuple[str, str]] = [
    # status
    ("status usulan sy", "status"),
    ("usulan kami yg kemarin sdh sampai mana ya", "status"),
    ("cek usulan USL-2026-0004", "status"),
    ("usulan jaling Kobar TA 2027 udh diverifikasi blm?", "status"),
    ("progres usulan kab kami dong", "status"),
    ("my proposal status?", "status"),
    # meeting
    ("rakor jadwal", "meeting"),
    ("rakor 2026 kapan", "meeting"),
    ("rapat berikutnya tgl brp dimana", "meeting"),
    ("jadwal rakor sinkronisasi thn ini sdh ada?", "meeting"),
    ("next meeting when?", "meeting"),
    ("rapat koordinasi selanjutnya jam brp ya", "meeting"),
    # deadline
    ("batas akhir usulan", "deadline"),
    ("deadline usulan TA 2027 kapan", "deadline"),
    ("usulan ditutup tgl brp sih", "deadline"),
    ("masih bisa kirim usulan gak, udh tutup kah?", "deadline"),
    ("tenggat pengajuan usulan 2027?", "deadline"),
    ("last day to send proposal?", "deadline"),
    # greeting
    ("pagi", "greeting"),
    ("makasih ya", "greeting"),
    ("bot ini bisa apa aja", "greeting"),
    ("help", "greeting"),
    ("assalamualaikum, sy operator perkim Bartim", "greeting"),
    ("thanks a lot", "greeting"),
    # how_to_submit
    ("cara kirim usulan lewat bot", "how_to_submit"),
    ("gmn cara usul di sini", "how_to_submit"),
    ("mau input usulan psu, langkahnya?", "how_to_submit"),
    ("ajukan usulan baru dong", "how_to_submit"),
    ("how submit proposal in this bot", "how_to_submit"),
    ("upload usulan TA 2027 lewat mana ya di bot", "how_to_submit"),
]

ROUND20_AREAS: list[tuple[str, str]] = [
    ("kumuh 12 ha kewenagan siapa", "provinsi"),
    ("luas kumuh pas 10 hektar, prov kah?", "provinsi"),
    ("kawasan kumuh tepat 15 ha siapa yg tangani", "pusat"),
    ("kumuh 9,8 ha bisa ke prov?", "kabkota"),
    ("delineasi kumuh 14,99 ha masuk mana", "provinsi"),
    ("kumuh 125.000 m2 kewenangan siapa", "provinsi"),
    ("lokasi kumuh 80.000 m² ditangani siapa", "kabkota"),
    ("kumuh 150.000 meter persegi, prov atau pusat?", "pusat"),
    ("luas kumuh lebih dari 15 hektare, siapa yg berwenang", "pusat"),
    ("kawasan kumuh kurang dari 10 ha kewenagan siapa", "kabkota"),
    ("slum area 11.5 hectares who is responsible?", "provinsi"),
    ("kumuh 3 ha usul ke prov bisa?", "kabkota"),
    ("kumuh di atas 20 ha ke mana", "pusat"),
    ("kumuh di bawah 5 hektar siapa yg tangani", "kabkota"),
    (
        "misal delineasi kumuh di Kel. Baamang Tengah kec. Baamang 13,4 ha, prov kah?",
        "provinsi",
    ),
    ("slum of 10.5 ha, province handle or not", "provinsi"),
    ("kumuh 99.000 m2 masuk kewenangan mana", "kabkota"),
    ("kumuh 15,0 ha prov masih bisa?", "pusat"),
    ("kumuh 7,25 hektare di kec. Pahandut siapa yg tangani", "kabkota"),
    ("luas kawasan kumuh 16 ha di Selat Tengah, kewenangan siapa", "pusat"),
    ("TA 2027 mau usul kumuh 11 ha ke prov bisa kah", "provinsi"),
    ("kumuh 100.000 m2 siapa", "provinsi"),
    ("slum area 25 hectares, who?", "pusat"),
    ("kumuh 0,8 ha kewenangan?", "kabkota"),
    ("lokasi kumuh 14 ha pas di Desa Sungai Cabang kec. Kumai", "provinsi"),
    ("kumuh kurang dari 10 hektar, tepatnya 9,5 ha", "kabkota"),
]

ROUND20_OUT_OF_SCOPE: list[str] = [
    "cuaca palangka raya besok",
    "skor bola semalam brp",
    "resep soto banjar",
    "weather in Sampit tomorrow?",
    "kurs dollar hari ini",
    "jadwal cpns 2027 kapan dibuka",
    "pagu disperkimtan 2026 brp M",
    "anggaran rtlh kalteng 2025 totalnya brp",
    "pagu indikatif psu Kobar TA 2027?",
    "harga satuan paving block per m2 di Sampit",
    "hsp jalan beton per meter 2026",
    "siapa pemenang tender jaling Sampit 2025",
    "who won road tender in Kapuas 2025?",
    "no hp kabid kawasan permukiman",
    "nomor wa pak kadis disperkimtan",
    "perda kumuh provinsi kalsel isinya apa",
    "ketentuan rtlh di jawa timur gmn",
    "sipd error gabisa login",
    "menu usulan di sipd ga muncul, solusinya?",
    "kapan kenaikan pangkat pns periode oktober",
    "tpp bulan ini kapan cair",
    "spesifikasi tebal beton rigid jalan lingkungan brp cm",
    "dimensi saluran u-ditch drainase lingkungan standar brp",
    "standar tebal aspal hotmix jalan lingkungan",
    "cara daftar kpr subsidi",
    "harga rumah subsidi kalteng 2026",
    "kuota bsps kalteng 2026 brp unit",
    "jumlah rtlh di Kab Katingan 2024 brp",
    "cara urus slf di dpmptsp",
]
