"""Round 22 held-out evaluation questions for the Sinkron bot.

Written on 2026-12-04. The writer had not seen the knowledge base or any other question
table; only the topic list and the domain briefs (docs/domain.md, shared DOMAIN.md,
DOMAIN-RESEARCH.md and the kalteng-wilayah.csv place names) were read.

Style emphasis of this round: officers of the smaller and remote regencies (Sukamara,
Lamandau, Seruyan, Katingan, Gunung Mas, Murung Raya, Barito Timur) writing the way they talk
on WhatsApp: follow-ups on something heard at a meeting or from a colleague ("kata pak kabid
...", "td di grup ada yg bilang ..."), requests for the legal basis ("dasar hukumnya apa",
"pasal brp", "permen brp"), questions on who decides or signs something, questions carrying
the expected answer as a check ("bener kan ...?", "jadi ... ya?"), questions on what to
prepare or attach, and Indonesian mixed with a few English words (deadline, submit, approve,
follow up). Some chat spelling and typos; about a fifth very short; about one in ten fully
in English.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND22_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "td di grup ada yg nanya, sbnrnya pembagian urusan perkim antara pusat, prov sm kab "
        "itu gmn sih",
        "kewenangan.ringkasan",
    ),
    (
        "dasar hukum pembagian kewenangan perumahan & kawasan permukiman apa ya? UU brp "
        "lampiran apa",
        "kewenangan.ringkasan",
    ),
    (
        "Who is responsible for what in housing and settlements: centre, province or regency?",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    ("perkim itu urusan wajib pelayanan dasar kan? pasal brp", "kewenangan.urusan_wajib"),
    (
        "kata pak kabid perumahan rakyat masuk urusan wajib, dasar hukumnya apa ya",
        "kewenangan.urusan_wajib",
    ),
    ("perumahan ni urusan wajib atau pilihan sih", "kewenangan.urusan_wajib"),
    # kewenangan.kumuh
    ("kumuh yg jd kewenangan provinsi itu luasnya dr brp sampe brp ha ya", "kewenangan.kumuh"),
    ("kawasan kumuh yg kecil2 itu urusan kab sendiri kan? bener kan?", "kewenangan.kumuh"),
    (
        "dasar hukum pembagian penanganan kumuh menurut luas apa, lampiran huruf apa?",
        "kewenangan.kumuh",
    ),
    (
        "td rapat ada yg blg 10-15 ha itu provinsi. angka 15 nya termasuk prov ga?",
        ("kewenangan.kumuh", "kewenangan.kumuh_pusat"),
    ),
    (
        "lokasi kumuh kami di Sukamara kategorinya KB tp luasnya kecil, tetep kab yg tangani ya?",
        "kewenangan.kumuh",
    ),
    (
        "Which level of government handles a slum area, and does it depend on the size?",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    ("yg 15 ha keatas itu pusat ya? dasarnya apa", "kewenangan.kumuh_pusat"),
    ("kumuh yg gede diatas 15 hektar bisa kami usulkan ke prov ga?", "kewenangan.kumuh_pusat"),
    ("Who takes care of slum areas of fifteen hectares or more?", "kewenangan.kumuh_pusat"),
    # kewenangan.pencegahan_kumuh
    ("pencegahan kumuh itu tugas siapa, prov jg ikut?", "kewenangan.pencegahan_kumuh"),
    (
        "kegiatan pencegahan perumahan kumuh bs diusulkan ke provinsi ga",
        "kewenangan.pencegahan_kumuh",
    ),
    ("kata kabid pencegahan kumuh full urusan kab, bener ya?", "kewenangan.pencegahan_kumuh"),
    # kewenangan.perumahan
    ("di sub urusan perumahan, prov kewenangannya apa aja", "kewenangan.perumahan"),
    (
        "jd kewenangan prov di perumahan cuma rumah korban bencana sm relokasi ya?",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    ("rumah utk MBR itu kewenangan siapa?", "kewenangan.perumahan_pusat"),
    (
        "kata temen penyediaan rumah MBR itu pusat, bukan prov. bener kan?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "rumah warga kena banjir di Murung Raya, bencananya skala kab. yg bangun rumahnya siapa?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "relokasi warga krn program provinsi, rumah barunya siapa yg fasilitasi",
        "kewenangan.bencana_relokasi",
    ),
    ("kalo bencana nasional, rumah korbannya urusan siapa ya", "kewenangan.bencana_relokasi"),
    (
        "If a flood is a provincial disaster, who rebuilds the victims' houses?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    ("izin pembangunan perumahan yg nerbitin siapa, prov atau kab?", "kewenangan.izin"),
    ("SKBG siapa yg terbitkan", "kewenangan.izin"),
    # kewenangan.kawasan_permukiman
    (
        "sub urusan kawasan permukiman isinya apa aja per level pemerintahan",
        "kewenangan.kawasan_permukiman",
    ),
    ("penetapan sistem kawasan permukiman nasional itu siapa", "kewenangan.kawasan_permukiman"),
    # kewenangan.psu
    ("PSU perumahan sm PSU permukiman bedanya apa, mana yg prov?", "kewenangan.psu"),
    ("jln lingkungan di perumahan developer bs minta ke prov ga?", "kewenangan.psu"),
    ("kata temen PSU permukiman itu kewenangan provinsi, bener kan?", "kewenangan.psu"),
    ("dasar hukum PSU permukiman jd kewenangan prov apa ya", "kewenangan.psu"),
    ("PSU in housing estates: province or regency?", "kewenangan.psu"),
    # psu.lingkup_provinsi
    ("PSU yg dibangun disperkimtan apa aja? cuma jaling sm drainase?", "psu.lingkup_provinsi"),
    (
        "drainase di pinggir jalan kabupaten di Tamiang Layang bs diusulkan ke prov?",
        "psu.lingkup_provinsi",
    ),
    ("lahannya aset pemkab Lamandau, bisa dibangun jaling sm prov?", "psu.lingkup_provinsi"),
    # kewenangan.sertifikasi
    ("sertifikasi perancang rumah tingkat kecil siapa yg ngurus", "kewenangan.sertifikasi"),
    ("registrasi perencana PSU tingkat menengah di provinsi ya?", "kewenangan.sertifikasi"),
    # kewenangan.spm
    ("SPM perumahan provinsi apa aja, targetnya brp persen", "kewenangan.spm"),
    ("dasar hukum SPM perumahan? PP brp permen brp", "kewenangan.spm"),
    ("What is the minimum service standard for housing at province level?", "kewenangan.spm"),
    # kumuh.luas_delineasi
    (
        "luas kumuh yg dipake buat nentuin kewenangan itu luas desa atau luas di SK?",
        "kumuh.luas_delineasi",
    ),
    ("desanya 40 ha tp yg kumuh di SK cuma 12 ha, ngitungnya yg mana", "kumuh.luas_delineasi"),
    ("jd luasan kawasan kumuh ngitungnya dr delineasi ya?", "kumuh.luas_delineasi"),
    (
        "Which area counts for slum authority, the whole village or the delineated location?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    ("SK kumuh itu yg tanda tangan siapa? bupati ya?", "kumuh.penetapan"),
    ("penetapan lokasi kumuh dasar hukumnya permen brp pasal brp", "kumuh.penetapan"),
    ("SK kumuh hrs direview tiap brp thn?", "kumuh.penetapan"),
    ("lampiran SK kumuh apa aja, peta sebaran jg?", "kumuh.penetapan"),
    # kumuh.aspek
    ("7 aspek kumuh apa aja", "kumuh.aspek"),
    ("kriteria kumuh ada brp, dasarnya permen brp?", "kumuh.aspek"),
    ("Is fire protection one of the slum criteria?", "kumuh.aspek"),
    # kumuh.penilaian
    ("skor kumuh berat brp", "kumuh.penilaian"),
    ("tiap kriteria dinilai 0 1 3 5 ya? bener kan", "kumuh.penilaian"),
    # kumuh.tingkat_sedang_ringan
    ("rentang nilai kumuh sedang sm ringan brp", "kumuh.tingkat_sedang_ringan"),
    ("skor 30 itu masuk kumuh ringan ya?", "kumuh.tingkat_sedang_ringan"),
    # kumuh.pola_penanganan
    ("beda pemugaran, peremajaan, pemukiman kembali apa", "kumuh.pola_penanganan"),
    ("kumuh di lahan ilegal penanganannya pake pola apa", "kumuh.pola_penanganan"),
    # kumuh.kalteng
    ("kumuh se kalteng totalnya brp lokasi brp ha", "kumuh.kalteng"),
    ("How many slum locations are there in Kalimantan Tengah?", "kumuh.kalteng"),
    # usulan.isi
    ("usulan itu isinya apa aja sih, biar ga bolak balik revisi", "usulan.isi"),
    ("apa aja yg hrs disiapin sblm ngisi usulan? mau submit minggu depan", "usulan.isi"),
    ("knp hrs isi jumlah KK sm jiwa segala di usulan?", "usulan.isi"),
    ("What information does a proposal have to contain?", "usulan.isi"),
    ("kata pak kabid usulan kita kurang lengkap isinya. yg wajib diisi apa aja sih", "usulan.isi"),
    # usulan.jenis
    ("jenis usulan yg bs diajukan ke prov apa aja", "usulan.jenis"),
    ("bs usul RTLH jg atau cuma kumuh sm PSU?", "usulan.jenis"),
    ("kami di Kuala Pembuang mau usul rumah korban banjir, masuk jenis usulan apa", "usulan.jenis"),
    # usulan.lokasi
    ("data lokasi yg diminta apa aja, hrs ada titik GPS?", "usulan.lokasi"),
    ("nama lokasi hrs sama persis dgn di SK kumuh ya?", "usulan.lokasi"),
    ("perkotaan atau perdesaan itu ngaruh ga di data lokasi usulan", "usulan.lokasi"),
    # usulan.penerima_biaya
    ("sumber dana yg bs dipilih di usulan apa aja", "usulan.penerima_biaya"),
    ("penerima manfaat ditulis KK atau jiwa?", "usulan.penerima_biaya"),
    ("bs kombinasi dana APBD kab sama APBD prov ga", "usulan.penerima_biaya"),
    ("dana pendamping dr kab perlu dicantumin di usulan?", "usulan.penerima_biaya"),
    # usulan.kesiapan
    ("readiness criteria usulan apa aja", "usulan.kesiapan"),
    ("dokumen kesiapan yg perlu dilampirin apa aja pak, mau submit ke prov", "usulan.kesiapan"),
    ("usulan PSU hrs ada surat dr bupati kah?", "usulan.kesiapan"),
    ("kalo blm ada DED, usulan msh bs masuk?", ("usulan.kesiapan", "usulan.dokumen_teknis")),
    ("What do I need to attach for a PSU proposal to count as ready?", "usulan.kesiapan"),
    ("surat usulan ke prov ditandatangani siapa, cukup kadis atau hrs bupati?", "usulan.kesiapan"),
    # usulan.lahan
    ("status lahan apa aja yg diterima buat usulan", "usulan.lahan"),
    ("lahan jaling punya desa di Tewah, bisa ga?", "usulan.lahan"),
    ("tanah warga baru SKT blm sertifikat, usulan PSU ttp bisa?", "usulan.lahan"),
    ("lahan sengketa jelas ga bisa ya? itu kan ga clean and clear", "usulan.lahan"),
    # usulan.sk_kumuh
    ("usulan kumuh wajib ada SK kumuh ya? nomor sm tglnya dicantumin?", "usulan.sk_kumuh"),
    ("SK kumuh Bartim thn 2019, msh bs dipake buat submit usulan?", "usulan.sk_kumuh"),
    ("lokasinya blm masuk SK kumuh, bs diusulin?", "usulan.sk_kumuh"),
    # usulan.dokumen_teknis
    ("DED RAB RKS wajib semua?", "usulan.dokumen_teknis"),
    ("foto kondisi eksisting perlu dilampir kah", "usulan.dokumen_teknis"),
    ("site plan perlu dilampirin jg?", "usulan.dokumen_teknis"),
    # usulan.surat_pernyataan
    ("surat pernyataan terima hibah sm O&P itu dr pemkab ya? wajib?", "usulan.surat_pernyataan"),
    ("surat kesanggupan menerima hibah perlu dilampir kah?", "usulan.surat_pernyataan"),
    # usulan.rtlh
    ("What are the conditions for an RTLH proposal through the province?", "usulan.rtlh"),
    ("bs bangun rumah baru lewat program RTLH prov?", "usulan.rtlh"),
    ("penerima RTLH yg netapin siapa? SK gubernur kan?", "usulan.rtlh"),
    ("warga di Tumbang Miri numpang di tanah org, bs dapat RTLH prov?", "usulan.rtlh"),
    # usulan.psu_masyarakat
    ("masyarakat mau minta jaling langsung ke prov bs? syaratnya?", "usulan.psu_masyarakat"),
    ("permohonan drainase dr warga hrs diketahui siapa aja", "usulan.psu_masyarakat"),
    ("proposal warga Nanga Bulik perlu ttd camat?", "usulan.psu_masyarakat"),
    # hibah.aset
    ("Who owns the neighbourhood roads the province builds once they are finished?", "hibah.aset"),
    ("abis dibangun prov, pemeliharaannya siapa yg tanggung?", "hibah.aset"),
    ("BAST hibahnya ditandatangani siapa", "hibah.aset"),
    ("dasar hukum hibah BMD dr prov ke kab apa, PP brp?", "hibah.aset"),
    # pendanaan.saluran_lain
    ("kalo bukan kewenangan prov, dananya dr mana", "pendanaan.saluran_lain"),
    ("kumuh kecil kami di Kasongan lewat apa ya, DAK bisa?", "pendanaan.saluran_lain"),
    ("selain APBD prov, ada jalur dana apa utk kumuh diatas 15 ha?", "pendanaan.saluran_lain"),
    ("CSR bs jd sumber dana perkim?", "pendanaan.saluran_lain"),
    ("If the province can't fund it, what other funding can we use?", "pendanaan.saluran_lain"),
    # siklus.tahunan
    ("usulan yg kami kirim thn ini utk anggaran thn brp?", "siklus.tahunan"),
    ("alur usulan dr kab sampai dibangun gmn", "siklus.tahunan"),
    ("jd usulan 2026 itu utk TA 2027 ya?", "siklus.tahunan"),
    ("What does the yearly proposal cycle look like?", "siklus.tahunan"),
    # siklus.pemeriksaan
    ("usulan kami diperiksa apa aja sm prov", "siklus.pemeriksaan"),
    ("verifikasi prov itu cek administrasi doang atau teknis jg?", "siklus.pemeriksaan"),
    ("td kabid blg usulan dicek kewenangannya dulu, bener?", "siklus.pemeriksaan"),
    ("yg approve usulan kita itu siapa sih, prov ya?", ("siklus.pemeriksaan", "siklus.rkpd_apbd")),
    # siklus.rakor
    ("rakor kawasan permukiman itu acara apa sih", "siklus.rakor"),
    ("What is the Rakor and who attends it?", "siklus.rakor"),
    ("rakor tiap thn diadain ya? biasanya bln apa", "siklus.rakor"),
    # siklus.rkpd_apbd
    ("setelah rakor usulan masuk kemana", "siklus.rkpd_apbd"),
    ("hubungan rakor sm musrenbang prov apa", "siklus.rkpd_apbd"),
    ("udh di approve artinya pasti masuk RKPD terus APBD ya?", "siklus.rkpd_apbd"),
    # koordinasi.pokja_pkp
    ("pokja PKP dasarnya permen brp", "koordinasi.pokja_pkp"),
    ("pokja pkp itu fungsinya apa, ketuanya siapa biasanya", "koordinasi.pokja_pkp"),
    # disperkimtan.kontak
    ("alamat kantor disperkimtan prov dmn? kami dr Puruk Cahu", "disperkimtan.kontak"),
    ("mau antar berkas hardcopy ke prov, alamatnya jl apa?", "disperkimtan.kontak"),
    # bot.cara_pakai
    ("perintah2 di bot ini apa aja", "bot.cara_pakai"),
    ("jam di bot ini pake WIB ya?", "bot.cara_pakai"),
    # bot.usul
    ("di /usul bs lampir PDF brp file", "bot.usul"),
    ("foto max brp di /usul", "bot.usul"),
    ("bs salin usulan lama ga biar ga ngetik ulang", "bot.usul"),
    ("kode USL itu dapetnya kapan", "bot.usul"),
    # bot.status
    ("status 'perlu perbaikan' itu artinya gmn", "bot.status"),
    ("status dibatalkan itu krn apa", "bot.status"),
    ("What does the status 'verifikasi' mean?", "bot.status"),
    ("kalo udh disetujui bs diubah lg ga statusnya", "bot.status"),
    # bot.ditolak_dialihkan
    ("usulan kami ditolak, alasannya bukan kewenangan prov. trus gmn?", "bot.ditolak_dialihkan"),
    ("dialihkan ke APBN itu maksudnya gmn, kami hrs ngapain", "bot.ditolak_dialihkan"),
    ("kalo ditolak bs submit ulang?", "bot.ditolak_dialihkan"),
    ("Why would a proposal be redirected instead of approved?", "bot.ditolak_dialihkan"),
    # bot.tindak_lanjut
    ("brp lama usulan biasanya di follow up", "bot.tindak_lanjut"),
    ("standar tindak lanjut 3 hari kerja itu dasarnya apa", "bot.tindak_lanjut"),
    ("td di grup ada yg blg prov wajib respon 5 hari kerja, bener?", "bot.tindak_lanjut"),
    # istilah.perkim
    ("perkim kepanjangannya apa", "istilah.perkim"),
    # istilah.disperkimtan
    ("disperkimtan itu singkatan dr apa", "istilah.disperkimtan"),
    # istilah.psu
    ("PSU tu apa", "istilah.psu"),
    # istilah.jaling
    ("jaling = jalan lingkungan kan?", "istilah.jaling"),
    # istilah.drainase
    ("drainase lingkungan maksudnya apa", "istilah.drainase"),
    # istilah.kr
    ("KR itu apa", "istilah.kr"),
    # istilah.ks
    ("ks di data kumuh artinya?", "istilah.ks"),
    # istilah.kb
    ("KB di tabel kumuh itu apa, bukan keluarga berencana kan?", "istilah.kb"),
    # istilah.skkumuh
    ("SK kumuh tu apa", "istilah.skkumuh"),
    # istilah.delineasi
    ("delineasi artinya apa ya", "istilah.delineasi"),
    # istilah.rtlh
    ("What does RTLH stand for?", "istilah.rtlh"),
    # istilah.rlh
    ("RLH bedanya apa sm RTLH", "istilah.rlh"),
    # istilah.bedahrumah
    ("bedah rumah itu sama dgn RTLH?", "istilah.bedahrumah"),
    # istilah.bsps
    ("BSPS apa", "istilah.bsps"),
    # istilah.mbr
    ("MBR itu apa", "istilah.mbr"),
    # istilah.rusunawa
    ("rusunawa?", "istilah.rusunawa"),
    # istilah.rusus
    ("rusus tu rumah apa", "istilah.rusus"),
    # istilah.huntara
    ("huntara artinya", "istilah.huntara"),
    # istilah.huntap
    ("huntap beda sm huntara?", ("istilah.huntap", "istilah.huntara")),
    # istilah.kk
    ("KK di form usulan maksudnya kartu keluarga?", "istilah.kk"),
    # istilah.jiwa
    ("jiwa itu jumlah orang ya?", "istilah.jiwa"),
    # istilah.ha
    ("ha = hektar kan? 1 ha brp m2", "istilah.ha"),
    # istilah.ded
    ("DED apaan", "istilah.ded"),
    # istilah.rab
    ("RAB kepanjangannya", "istilah.rab"),
    # istilah.rks
    ("RKS apa ya", "istilah.rks"),
    # istilah.kak
    ("KAK sama TOR sama aja?", "istilah.kak"),
    # istilah.siteplan
    ("site plan itu rencana tapak?", "istilah.siteplan"),
    # istilah.rc
    ("RC di usulan itu apa", "istilah.rc"),
    # istilah.bast
    ("what's a BAST?", "istilah.bast"),
    # istilah.hibah
    ("hibah maksudnya apa dlm konteks aset", "istilah.hibah"),
    # istilah.bmd
    ("BMD?", "istilah.bmd"),
    # istilah.bmn
    ("BMN apa bedanya sm BMD", "istilah.bmn"),
    # istilah.op
    ("O&P itu apa", "istilah.op"),
    # istilah.spm
    ("SPM singkatan apa", "istilah.spm"),
    # istilah.pokjapkp
    ("Pokja PKP kepanjangannya", "istilah.pokjapkp"),
    # istilah.pokjappas
    ("pokja ppas apa", "istilah.pokjappas"),
    # istilah.pokjaampl
    ("AMPL itu apa", "istilah.pokjaampl"),
    # istilah.rp3kp
    ("RP3KP apaan", "istilah.rp3kp"),
    # istilah.rp2kpkp
    ("RP2KPKP itu dokumen apa", "istilah.rp2kpkp"),
    # istilah.kotaku
    ("KOTAKU program apa", "istilah.kotaku"),
    # istilah.daktematikppkt
    ("DAK tematik PPKT itu apa", "istilah.daktematikppkt"),
    # istilah.apbn
    ("APBN tu anggaran pusat ya", "istilah.apbn"),
    # istilah.apbd
    ("APBD apa", "istilah.apbd"),
    # istilah.apbdes
    ("APBDes tu apa", "istilah.apbdes"),
    # istilah.bankeu
    ("bankeu maksudnya", "istilah.bankeu"),
    # istilah.pokir
    ("pokir dprd itu apa", "istilah.pokir"),
    # istilah.musrenbang
    ("musrenbang apa", "istilah.musrenbang"),
    # istilah.rkpd
    ("What is the RKPD?", "istilah.rkpd"),
    # istilah.renja
    ("renja itu?", "istilah.renja"),
    # istilah.renstra
    ("renstra beda sm renja?", "istilah.renstra"),
    # istilah.rpjmd
    ("RPJMD brp tahunan", "istilah.rpjmd"),
    # istilah.kuappas
    ("KUA-PPAS apa", "istilah.kuappas"),
    # istilah.rka
    ("RKA apa", "istilah.rka"),
    # istilah.dpa
    ("DPA itu dokumen apa", "istilah.dpa"),
    # istilah.sipd
    ("What is SIPD?", "istilah.sipd"),
    # istilah.bapperida
    ("bapperida itu badan apa", "istilah.bapperida"),
    # istilah.opd
    ("OPD singkatan dr", "istilah.opd"),
    # istilah.skpd
    ("SKPD sama OPD sama?", "istilah.skpd"),
    # istilah.spam
    ("SPAM di perkim artinya apa, bukan email spam kan", "istilah.spam"),
    # istilah.spald
    ("SPALD apa", "istilah.spald"),
    # istilah.ipal
    ("IPAL?", "istilah.ipal"),
    # istilah.tps3r
    ("TPS3R itu apa", "istilah.tps3r"),
    # istilah.mck
    ("MCK singkatan", "istilah.mck"),
    # istilah.rtrw
    ("RTRW yg tata ruang itu kepanjangannya apa", "istilah.rtrw"),
    # istilah.rdtr
    ("RDTR apa", "istilah.rdtr"),
    # istilah.pbg
    ("PBG itu apa", "istilah.pbg"),
    # istilah.slf
    ("SLF apa", "istilah.slf"),
    # istilah.skbg
    ("SKBG kepanjangan?", "istilah.skbg"),
    # istilah.skt
    ("SKT itu surat apa", "istilah.skt"),
    # istilah.cleanandclear
    ("C&C itu maksudnya apa", "istilah.cleanandclear"),
    # istilah.csr
    ("CSR apa", "istilah.csr"),
    # istilah.rakor
    ("rakor singkatan dr apa", "istilah.rakor"),
    # istilah.lapor
    ("LAPOR! itu apa", "istilah.lapor"),
    # istilah.wib
    ("WIB itu UTC+7 ya?", "istilah.wib"),
    # istilah.backlog
    ("backlog perumahan maksudnya apa", "istilah.backlog"),
    # istilah.pkp
    ("PKP itu apa", "istilah.pkp"),
    # istilah.kumuh
    ("kumuh definisinya apa", "istilah.kumuh"),
    # istilah.dak
    ("DAK apa", "istilah.dak"),
    # istilah.rusun
    ("rusun?", "istilah.rusun"),
]

ROUND22_INTENTS: list[tuple[str, str]] = [
    # status
    ("usulan kami yg jaling Kuala Kurun udh sampe mana ya", "status"),
    ("cek status usulan Lamandau dong min", "status"),
    ("USL-2026-0014 gmn statusnya, udh di approve blm?", "status"),
    ("What's the status of my proposals?", "status"),
    ("usulan drainase Tamiang Layang yg kmrn kami submit posisinya dmn skrg", "status"),
    ("usulan2 Seruyan thn ini ada yg udh disetujui blm?", "status"),
    # meeting
    ("rakor thn ini kapan pak", "meeting"),
    ("rapat berikutnya kapan dan dmn tempatnya?", "meeting"),
    ("td kabid blg ada rapat koordinasi di provinsi, jadwalnya tgl brp ya", "meeting"),
    ("When and where is the next coordination meeting?", "meeting"),
    (
        "rapat sinkronisasi kawasan permukiman brikutnya di aula disperkimtan lg kah? kapan?",
        "meeting",
    ),
    ("jadwal rakor udh keluar blm? mau ajukan SPPD", "meeting"),
    # deadline
    ("batas akhir usulan kapan", "deadline"),
    ("deadline submit usulan TA 2028 kapan ya", "deadline"),
    ("usulan ditutup tgl brp? kata temen minggu ini, bener?", "deadline"),
    ("When is the deadline for proposals this year?", "deadline"),
    ("paling lambat kirim usulan kapan pak", "deadline"),
    ("msh bs kirim usulan ga, udh lewat deadline blm?", "deadline"),
    # greeting
    ("selamat pagi pak", "greeting"),
    ("makasih infonya min 🙏", "greeting"),
    ("bot ini bisa bantu apa aja", "greeting"),
    ("halo", "greeting"),
    ("help", "greeting"),
    ("thanks a lot", "greeting"),
    # how_to_submit
    ("gmn cara kirim usulan lewat bot ini", "how_to_submit"),
    ("mau input usulan baru caranya?", "how_to_submit"),
    ("How do I submit a proposal here?", "how_to_submit"),
    ("cara upload usulan di sinkron gmn", "how_to_submit"),
    ("sy mau ajukan usulan jaling, mulai dr mana di bot ini", "how_to_submit"),
    ("perintah buat ngusul apa ya", "how_to_submit"),
]

ROUND22_AREAS: list[tuple[str, str]] = [
    ("kumuh di Kasongan Baru luasnya 9,8 ha, itu kewenangan siapa", "kabkota"),
    ("lokasi kumuh kami pas 10 hektar, masuk prov kan?", "provinsi"),
    ("td di grup ada yg blg kumuh tepat 15 ha msh prov, bener? kawasan kami 15 ha pas", "pusat"),
    ("luas delineasi di SK 14,99 ha, siapa yg tangani", "provinsi"),
    ("kumuh lebih dari 15 hektare, kira2 18 ha, usulannya lari kemana", "pusat"),
    ("kawasan kumuh kurang dari 10 ha (sekitar 7,5 ha) bs ke prov ga?", "kabkota"),
    ("luas kumuhnya 125.000 m2, kewenangan siapa ya", "provinsi"),
    ("kumuh 95.000 m² di Sukamara itu urusan siapa", "kabkota"),
    ("150.000 meter persegi kawasan kumuh, prov atau pusat?", "pusat"),
    ("luasan kumuh di SK 100.000 m2 pas, jd kewenangan mana", "provinsi"),
    ("Our slum area is 12.5 hectares. Which level handles it?", "provinsi"),
    ("kumuh 3,2 ha di Tamiang Layang bs diusulin ke prov?", "kabkota"),
    ("kawasan kumuh di atas 15 ha, tepatnya 21,4 ha, siapa yg pegang", "pusat"),
    ("lokasi kumuh di bawah 10 ha, cuma 8 ha, jd kab ya?", "kabkota"),
    ("kumuh 11 hektar di Kuala Kurun kewenangan siapa", "provinsi"),
    ("kumuh 0,8 ha aja, prov mau tangani ga", "kabkota"),
    ("luas delineasi 149.500 m2, masuk mana", "provinsi"),
    ("kumuh 13,75 hektare jd kewenangan provinsi kan?", "provinsi"),
    ("A 16 hectare slum area in Katingan: province or central government?", "pusat"),
    ("kawasan kumuh 10,0 ha di Puruk Cahu siapa yg tangani", "provinsi"),
    ("kumuh 9.99 ha, dikit lg 10, tetep kab ya?", "kabkota"),
    ("lokasi kumuh 45.000 m² di Nanga Bulik kewenangannya?", "kabkota"),
    ("kumuh lebih dari 10 ha, 10,5 ha tepatnya. prov kan?", "provinsi"),
    ("kumuh 20 hektar di Seruyan Hilir bs ke prov?", "pusat"),
    ("kata kabid kumuh tepat 10 hektare itu msh kab, bener ga?", "provinsi"),
    ("kumuh 15,2 ha di Ampah Kota, siapa yg pegang", "pusat"),
]

ROUND22_OUT_OF_SCOPE: list[str] = [
    "cuaca di Puruk Cahu bsk hujan ga",
    "skor liga inggris semalam brp",
    "pagu PSU provinsi TA 2027 brp miliar?",
    "harga satuan paving block per m2 di Lamandau brp",
    "siapa pemenang tender drainase Tamiang Layang thn ini",
    "no hp kabid kawasan permukiman prov brp",
    "perda kumuh Kalsel nomor brp thn brp",
    "SIPD sy error 'sesi berakhir' terus pas input, gmn",
    "kapan SK kenaikan pangkat sy keluar",
    "tebal lapis beton jaling standarnya brp cm",
    "mutu beton K brp utk drainase U-ditch",
    "alokasi DAK PPKT Seruyan 2027 dapat brp",
    "nilai bantuan BSPS per unit thn ini brp juta",
    "formasi PPPK dinas perkim Katingan ada ga thn depan",
    "harga semen di Kuala Kurun skrg brp sak",
    "realisasi anggaran Disperkimtan 2026 udh brp persen",
    "What's the rupiah to dollar exchange rate today?",
    "sy mau pindah tugas ke dinas prov, prosedurnya gmn",
    "Perda RTRW Kab Barito Timur nomor brp",
    "cara bikin akun e-katalog buat pengadaan gmn",
    "lebar minimal jalan lingkungan menurut SNI brp meter",
    "honor tim verifikasi RTLH brp per org",
    "resep ayam bakar dong",
    "ada lowongan konsultan pengawas di prov ga",
    "tukin bulan ini cair kapan",
    "daftar penerima RTLH Gunung Mas 2026 siapa aja",
    "How much did the province spend on slum upgrading in 2025?",
    "kapasitas IPAL komunal utk 50 KK brp m3",
]
