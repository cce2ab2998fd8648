"""Training table E for the Sinkron matcher (written 2026-12-04; never a held-out table).

Written on 2026-12-04. The writer had not seen the knowledge base or any other question table;
the writer read only the topic list (/tmp/topic_list.txt) and the domain briefs
(docs/domain.md, shared/DOMAIN.md, shared/DOMAIN-RESEARCH.md, and the place-name CSV).

Style emphasis of this round: questions that sit BETWEEN neighbouring topics and must be told
apart by what is mainly asked. The topics are arranged in groups that are easy to confuse
(what a proposal must be ready with vs. its technical documents vs. the statement letters;
slum facts such as scores, kinds and data vs. who handles a slum of a given size vs. who
designates slum locations; what the province builds vs. which funding channel to use when the
province can't; a term's definition vs. a rule that uses the term; the yearly cycle vs. the
Rakor vs. deadlines; asset grants vs. operation and maintenance). Within each group there are
pairs of questions with overlapping words but different main asks, each labelled with the one
topic that answers it. Casual chat spelling (yg, gmn, brp, udh, ga, dmn, kpn, tdk) is mixed
with plain Indonesian; about one question in ten is in English.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

ROUNDTE_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # ================================================================
    # Group 1: authority overview vs. sub-affairs vs. mandatory affair
    # ================================================================
    # kewenangan.ringkasan
    (
        "secara umum pembagian kewenangan perkim antara pusat, prov, kab/kota itu gmn?",
        "kewenangan.ringkasan",
    ),
    (
        "bisa jelasin ringkas apa aja yg jadi urusan provinsi di bidang perumahan & permukiman?",
        "kewenangan.ringkasan",
    ),
    (
        "mana yg urusan kab, mana urusan prov, mana pusat? minta peta kewenangannya dong",
        "kewenangan.ringkasan",
    ),
    (
        "pembagian urusan PKP antar level pemerintahan itu diatur di UU apa, lampiran huruf apa?",
        "kewenangan.ringkasan",
    ),
    (
        "prov tu sebenernya ngurus apa aja sih di perkim, biar kami ga salah usul",
        "kewenangan.ringkasan",
    ),
    (
        "In short, who does what in housing and settlements: centre, province, regency?",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "perumahan rakyat dan kawasan permukiman itu urusan wajib atau urusan pilihan?",
        "kewenangan.urusan_wajib",
    ),
    (
        "PKP masuk urusan wajib pelayanan dasar ya? pasal brp di UU 23/2014?",
        "kewenangan.urusan_wajib",
    ),
    ("knp perkim disebut urusan wajib yg berkaitan dgn pelayanan dasar", "kewenangan.urusan_wajib"),
    ("Is housing a mandatory basic-service affair under UU 23/2014?", "kewenangan.urusan_wajib"),
    # kewenangan.perumahan
    ("di sub urusan perumahan, kewenangan provinsi apa aja?", "kewenangan.perumahan"),
    ("prov urus perumahan bagian mana aja, kab bagian mana?", "kewenangan.perumahan"),
    ("kewenangan kab/kota di sub-urusan perumahan itu apa saja ya", "kewenangan.perumahan"),
    (
        "bedanya kewenangan perumahan prov dan kab itu cuma di skala bencana dan relokasinya?",
        "kewenangan.perumahan",
    ),
    ("What does the province do in the housing sub-affair?", "kewenangan.perumahan"),
    # kewenangan.perumahan_pusat
    ("penyediaan rumah MBR itu kewenangan siapa?", "kewenangan.perumahan_pusat"),
    ("sistem pembiayaan perumahan bagi MBR urusan pusat kan?", "kewenangan.perumahan_pusat"),
    (
        "kami mau usul rusun buat MBR ke provinsi, itu masuk urusan prov ga?",
        "kewenangan.perumahan_pusat",
    ),
    ("pemerintah pusat di bidang perumahan pegang apa aja", "kewenangan.perumahan_pusat"),
    ("Who is responsible for housing low-income households (MBR)?", "kewenangan.perumahan_pusat"),
    # kewenangan.kawasan_permukiman
    (
        "sub urusan kawasan permukiman, pembagiannya antara pusat prov kab gimana?",
        "kewenangan.kawasan_permukiman",
    ),
    ("penetapan sistem kawasan permukiman itu kewenangan siapa", "kewenangan.kawasan_permukiman"),
    (
        "provinsi di sub-urusan kawasan permukiman tugasnya apa aja selain kumuh 10-15 ha?",
        "kewenangan.kawasan_permukiman",
    ),
    ("di kawasan permukiman, kab/kota kebagian urusan apa?", "kewenangan.kawasan_permukiman"),
    # kewenangan.izin
    ("izin pembangunan dan pengembangan perumahan dikeluarkan siapa?", "kewenangan.izin"),
    ("penerbitan SKBG itu kewenangan kab atau prov?", "kewenangan.izin"),
    ("izin pengembangan kawasan permukiman yg ngeluarin siapa", "kewenangan.izin"),
    ("developer mau minta izin perumahan, ke prov atau ke kab?", "kewenangan.izin"),
    ("Who issues housing development permits and SKBG?", "kewenangan.izin"),
    # kewenangan.sertifikasi
    (
        "sertifikasi perancang rumah tingkat kemampuan kecil kewenangan siapa?",
        "kewenangan.sertifikasi",
    ),
    (
        "registrasi perencana PSU tingkat kemampuan menengah itu di provinsi ya?",
        "kewenangan.sertifikasi",
    ),
    ("konsultan perencana rumah mau registrasi, ke kab atau ke prov?", "kewenangan.sertifikasi"),
    ("Who certifies house and PSU designers with large capability?", "kewenangan.sertifikasi"),
    # ================================================================
    # Group 2: housing for disaster/relocation vs. SPM vs. MBR vs. terms
    # ================================================================
    # kewenangan.bencana_relokasi
    (
        "rumah korban bencana yg statusnya bencana provinsi, siapa yg bangun?",
        "kewenangan.bencana_relokasi",
    ),
    ("korban banjir skala kabupaten rumahnya ditangani siapa", "kewenangan.bencana_relokasi"),
    (
        "warga kena relokasi program provinsi, penyediaan rumahnya tanggung jwb siapa?",
        "kewenangan.bencana_relokasi",
    ),
    ("relokasi krn proyek pemkab, bisa minta rumahnya ke provinsi?", "kewenangan.bencana_relokasi"),
    ("rumah korban bencana nasional urusan siapa", "kewenangan.bencana_relokasi"),
    (
        "Who provides houses for victims of a province-level disaster?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.spm
    ("SPM perumahan utk provinsi isinya apa aja?", "kewenangan.spm"),
    ("target SPM rumah layak huni bagi korban bencana prov brp persen?", "kewenangan.spm"),
    ("dasar hukum SPM bidang perumahan rakyat apa ya, PP 2/2018?", "kewenangan.spm"),
    ("jenis pelayanan dasar SPM perumahan kab/kota bedanya apa dgn prov", "kewenangan.spm"),
    ("What are the housing SPM service types at provincial level?", "kewenangan.spm"),
    # istilah.spm
    ("SPM itu singkatan dari apa?", "istilah.spm"),
    ("arti SPM apa sih, sering disebut di rapat", "istilah.spm"),
    # istilah.mbr
    ("MBR singkatan apa?", "istilah.mbr"),
    ("What does MBR mean?", "istilah.mbr"),
    # istilah.huntara
    ("huntara itu apa?", "istilah.huntara"),
    ("huntara kepanjangannya apa, hunian sementara ya?", "istilah.huntara"),
    # istilah.huntap
    ("huntap artinya apa", "istilah.huntap"),
    ("bedanya huntap sama huntara apa? huntap itu yg tetap?", "istilah.huntap"),
    # istilah.rusun
    ("rusun itu singkatan dari apa", "istilah.rusun"),
    ("apa yg dimaksud rusun?", "istilah.rusun"),
    # istilah.rusunawa
    ("rusunawa itu apa? bedanya sama rusun biasa?", "istilah.rusunawa"),
    ("rusunawa kepanjangannya", "istilah.rusunawa"),
    # istilah.rusus
    ("rusus itu apa? rumah khusus?", "istilah.rusus"),
    ("maksud rusus dlm perkim", "istilah.rusus"),
    # istilah.backlog
    ("backlog perumahan itu maksudnya apa?", "istilah.backlog"),
    ("knp angka backlog PUPR dan BPS beda? backlog itu apa sih", "istilah.backlog"),
    # ================================================================
    # Group 3: slum authority by size vs. which area counts vs. who designates
    # ================================================================
    # kewenangan.kumuh
    ("kumuh 12 ha kewenangan siapa?", "kewenangan.kumuh"),
    ("pembagian penanganan kawasan kumuh berdasarkan luas gmn ya", "kewenangan.kumuh"),
    ("batas luas kumuh yg jadi urusan provinsi brp hektar?", "kewenangan.kumuh"),
    ("kab/kota cuma boleh tangani kumuh sampai brp ha?", "kewenangan.kumuh"),
    ("kawasan kumuh tepat 10 ha itu masuk prov atau masih kab?", "kewenangan.kumuh"),
    ("kalau luas kumuhnya 14,9 ha apakah masih provinsi?", "kewenangan.kumuh"),
    (
        "bunyi aturan 'luas 10 ha sampai dengan di bawah 15 ha' itu persisnya gmn",
        "kewenangan.kumuh",
    ),
    ("Which level handles a slum area of 11 hectares?", "kewenangan.kumuh"),
    # kewenangan.kumuh_pusat
    ("kawasan kumuh 15 ha ke atas itu benar urusan pemerintah pusat?", "kewenangan.kumuh_pusat"),
    ("kumuh kami 30 hektar, provinsi ga bisa ya? harus ke pusat?", "kewenangan.kumuh_pusat"),
    (
        "aturan kumuh 15 ha atau lebih jadi kewenangan pusat itu udh pasti atau blm terkonfirmasi?",
        "kewenangan.kumuh_pusat",
    ),
    ("pas 15 ha udh masuk pusat atau masih prov?", "kewenangan.kumuh_pusat"),
    ("kawasan kumuh yg gede2, 15 ha atau lebih, siapa yg pegang", "kewenangan.kumuh_pusat"),
    (
        "Slum areas of 15 ha or more: is that the central government's job?",
        "kewenangan.kumuh_pusat",
    ),
    # kumuh.luas_delineasi
    (
        "luas kumuh yg dihitung buat kewenangan itu luas satu kelurahan atau luas delineasi di SK?",
        "kumuh.luas_delineasi",
    ),
    ("desa kami 200 ha tp yg kumuh di SK cuma 12 ha, pakai angka yg mana?", "kumuh.luas_delineasi"),
    (
        "luas kawasan utk nentuin kewenangan diambil dari SK kumuh atau dari ukur ulang lapangan?",
        "kumuh.luas_delineasi",
    ),
    (
        "kumuhnya nyebar di beberapa RT, luasnya dijumlah semua atau sesuai lokasi di SK?",
        "kumuh.luas_delineasi",
    ),
    (
        "luas yg dipakai itu luas wilayah administrasi atau luas kawasan yg dideliniasi?",
        "kumuh.luas_delineasi",
    ),
    (
        "For the size rule, which area counts: the whole village or the delineated slum?",
        "kumuh.luas_delineasi",
    ),
    # istilah.delineasi
    ("delineasi itu apa?", "istilah.delineasi"),
    ("arti delineasi kawasan kumuh apa ya", "istilah.delineasi"),
    # kumuh.penetapan
    ("siapa yg berwenang menetapkan lokasi kumuh?", "kumuh.penetapan"),
    ("SK kumuh ditandatangani bupati atau gubernur?", "kumuh.penetapan"),
    (
        "SK penetapan lokasi kumuh wajib dilengkapi apa aja? tabel lokasi, peta sebaran?",
        "kumuh.penetapan",
    ),
    ("SK kumuh hrs direvisi brp thn sekali menurut permen?", "kumuh.penetapan"),
    (
        "provinsi bisa ga netapin sendiri lokasi kumuh 10-15 ha tanpa SK dari kab?",
        "kumuh.penetapan",
    ),
    ("dasar hukum penetapan lokasi kumuh oleh bupati/walkot itu pasal berapa", "kumuh.penetapan"),
    (
        "Who designates slum locations, and how often must the decree be reviewed?",
        "kumuh.penetapan",
    ),
    # istilah.skkumuh
    ("SK kumuh itu apa sih?", "istilah.skkumuh"),
    ("yg dimaksud SK kumuh itu surat keputusan apa", "istilah.skkumuh"),
    ("What is an SK kumuh?", "istilah.skkumuh"),
    # usulan.sk_kumuh
    ("usulan kumuh wajib cantumin nomor dan tanggal SK kumuh?", "usulan.sk_kumuh"),
    ("SK kumuh kami terbit 2019, masih bisa dipakai buat usulan thn ini?", "usulan.sk_kumuh"),
    (
        "lokasi yg mau kami usulkan ga tercantum di SK kumuh, ttp bisa diusulkan ke prov?",
        "usulan.sk_kumuh",
    ),
    (
        "di form usulan kumuh ada pertanyaan lokasi masuk SK atau tdk, itu maksudnya apa",
        "usulan.sk_kumuh",
    ),
    ("kalau SK kumuh udh lebih dr 5 thn, usulan kumuhnya gmn?", "usulan.sk_kumuh"),
    ("Does a slum proposal need our SK kumuh, and how old may it be?", "usulan.sk_kumuh"),
    # istilah.ha
    ("1 hektare berapa meter persegi?", "istilah.ha"),
    ("ha itu satuan apa, sama dgn hektar?", "istilah.ha"),
    # ================================================================
    # Group 4: slum facts (aspects, scores, levels, handling, data) vs. terms
    # ================================================================
    # kumuh.aspek
    ("aspek penilaian kumuh ada apa aja?", "kumuh.aspek"),
    ("7 aspek kriteria kumuh itu apa aja, kriterianya ada brp?", "kumuh.aspek"),
    ("air minum sama proteksi kebakaran termasuk aspek kumuh ga?", "kumuh.aspek"),
    ("kriteria kumuh menurut Permen PUPR 14/2018 ada 16 ya? sebutin dong", "kumuh.aspek"),
    ("persampahan dan air limbah masuk kriteria kumuh?", "kumuh.aspek"),
    ("What are the seven aspects used to assess a slum?", "kumuh.aspek"),
    # kumuh.penilaian
    ("skor kumuh brp baru dianggap kumuh berat?", "kumuh.penilaian"),
    ("nilai maksimal penilaian kekumuhan berapa?", "kumuh.penilaian"),
    ("tiap kriteria kumuh diskor 0, 1, 3, 5 itu dasarnya apa?", "kumuh.penilaian"),
    ("lokasi kami skornya 64, itu udh kumuh berat kan?", "kumuh.penilaian"),
    (
        "kalau kumuh berat, otomatis jadi kewenangan provinsi ga?",
        ("kumuh.penilaian", "kewenangan.kumuh"),
    ),
    ("How is a slum scored, and what score counts as heavy slum?", "kumuh.penilaian"),
    # kumuh.tingkat_sedang_ringan
    ("rentang skor kumuh sedang berapa?", "kumuh.tingkat_sedang_ringan"),
    ("skor 25 itu masuk kumuh ringan ya?", "kumuh.tingkat_sedang_ringan"),
    ("kumuh ringan itu nilainya dr brp sampai brp", "kumuh.tingkat_sedang_ringan"),
    ("skor 45 kategori kumuh apa", "kumuh.tingkat_sedang_ringan"),
    ("batas skor kumuh sedang dan ringan itu udh resmi blm?", "kumuh.tingkat_sedang_ringan"),
    # istilah.kumuh
    ("kumuh itu definisinya apa menurut UU?", "istilah.kumuh"),
    ("apa yg dimaksud permukiman kumuh?", "istilah.kumuh"),
    # istilah.kr
    ("KR di tabel kumuh artinya apa?", "istilah.kr"),
    ("kumuh KR itu kumuh apa", "istilah.kr"),
    # istilah.ks
    ("KS di data kekumuhan itu kumuh sedang?", "istilah.ks"),
    ("singkatan KS pada baseline kumuh apa", "istilah.ks"),
    # istilah.kb
    ("KB di data kumuh itu apa, bukan keluarga berencana kan?", "istilah.kb"),
    ("kode KB utk tingkat kumuh maksudnya", "istilah.kb"),
    # kumuh.pola_penanganan
    ("bedanya pemugaran, peremajaan dan pemukiman kembali apa?", "kumuh.pola_penanganan"),
    ("kumuh ringan di lahan legal ditangani dgn pola apa?", "kumuh.pola_penanganan"),
    ("lokasi kumuh di lahan ilegal atau rawan bencana penanganannya gmn", "kumuh.pola_penanganan"),
    ("kumuh berat tanahnya legal, pakai peremajaan atau pemugaran?", "kumuh.pola_penanganan"),
    ("pemukiman kembali itu sama aja dgn relokasi kawasan kumuh?", "kumuh.pola_penanganan"),
    ("Which handling pattern fits a medium slum on legal land?", "kumuh.pola_penanganan"),
    # kumuh.kalteng
    ("ada brp lokasi kumuh di Kalteng?", "kumuh.kalteng"),
    ("total luas kumuh se-Kalteng brp hektar?", "kumuh.kalteng"),
    ("kab mana yg lokasi kumuhnya paling banyak di kalteng", "kumuh.kalteng"),
    ("kumuh di Kalteng kebanyakan tipe apa? di tepi sungai?", "kumuh.kalteng"),
    ("thn 2024 prov nanganin kumuh 10-15 ha di mana aja?", "kumuh.kalteng"),
    ("How many slum locations does Kalimantan Tengah have?", "kumuh.kalteng"),
    # kewenangan.pencegahan_kumuh
    ("pencegahan kumuh itu kewenangan siapa?", "kewenangan.pencegahan_kumuh"),
    ("kami mau usul kegiatan pencegahan kumuh ke provinsi, bisa?", "kewenangan.pencegahan_kumuh"),
    ("prov ikut nanganin pencegahan permukiman kumuh ga?", "kewenangan.pencegahan_kumuh"),
    ("mencegah tumbuhnya kumuh baru itu tugas kab atau prov?", "kewenangan.pencegahan_kumuh"),
    ("Is slum prevention a provincial or a regency task?", "kewenangan.pencegahan_kumuh"),
    # istilah.rp2kpkp
    ("RP2KPKP itu dokumen apa?", "istilah.rp2kpkp"),
    ("RP2KPKP kepanjangannya apa", "istilah.rp2kpkp"),
    # istilah.rp3kp
    ("RP3KP itu rencana apa, berapa tahun?", "istilah.rp3kp"),
    ("RP3KP singkatan dari apa ya", "istilah.rp3kp"),
    # istilah.kotaku
    ("KOTAKU itu program apa?", "istilah.kotaku"),
    ("program kota tanpa kumuh itu yg disingkat apa? masih jalan?", "istilah.kotaku"),
    # ================================================================
    # Group 5: what the province builds (PSU) vs. PSU authority vs. community
    #          requests vs. other funding channels
    # ================================================================
    # kewenangan.psu
    ("PSU permukiman dan PSU perumahan bedanya apa, siapa yg pegang masing2?", "kewenangan.psu"),
    ("PSU di perumahan developer itu urusan prov atau kab?", "kewenangan.psu"),
    ("provinsi kewenangannya PSU yg mana sih?", "kewenangan.psu"),
    ("jalan di dalam kompleks perumahan bisa diusulkan ke prov ga?", "kewenangan.psu"),
    ("PSU perumahan dari pengembang diserahkan ke pemerintah yg mana?", "kewenangan.psu"),
    (
        "di form ada pilihan PSU permukiman atau perumahan, bedanya apa secara kewenangan?",
        "kewenangan.psu",
    ),
    ("Is PSU in housing estates the regency's or the province's job?", "kewenangan.psu"),
    # psu.lingkup_provinsi
    ("PSU apa aja yg biasanya dibangun Disperkimtan prov?", "psu.lingkup_provinsi"),
    ("prov bisa bangun jalan lingkungan dan drainase di kampung kami?", "psu.lingkup_provinsi"),
    ("drainase di sepanjang jalan kabupaten bisa diusulkan ke prov?", "psu.lingkup_provinsi"),
    ("provinsi mau ga bangun PSU di desa, atau cuma di perkotaan?", "psu.lingkup_provinsi"),
    ("selain jaling dan drainase, prov bisa bangun komponen PSU lain ga?", "psu.lingkup_provinsi"),
    ("PSU di atas aset milik kabupaten bisa dibangun prov?", "psu.lingkup_provinsi"),
    ("jalan provinsi yg rusak bisa masuk usulan PSU ke disperkimtan?", "psu.lingkup_provinsi"),
    ("What kinds of PSU does the province actually build?", "psu.lingkup_provinsi"),
    # usulan.psu_masyarakat
    (
        "warga minta jalan lingkungan, syaratnya apa kalau usulnya dari masyarakat?",
        "usulan.psu_masyarakat",
    ),
    ("usulan PSU dari masyarakat hrs diketahui siapa aja?", "usulan.psu_masyarakat"),
    ("bisakah ketua RT ngajuin drainase langsung ke prov?", "usulan.psu_masyarakat"),
    ("proposal warga utk jaling perlu diketahui lurah dan camat?", "usulan.psu_masyarakat"),
    (
        "Can residents ask for PSU directly, and who must know about the request?",
        "usulan.psu_masyarakat",
    ),
    # pendanaan.saluran_lain
    ("kalau usulan bukan kewenangan provinsi, dananya cari dr mana?", "pendanaan.saluran_lain"),
    ("kumuh 6 ha sebaiknya didanai dari sumber apa?", "pendanaan.saluran_lain"),
    (
        "kumuh 20 ha kan urusan pusat, jalur pendanaannya lewat apa? DAK Tematik?",
        "pendanaan.saluran_lain",
    ),
    ("PSU perumahan ga bisa ke prov, alternatif pendanaannya apa", "pendanaan.saluran_lain"),
    ("rumah korban bencana skala kab dananya bisa dr mana aja", "pendanaan.saluran_lain"),
    ("bisa pakai dana desa (APBDes) utk kumuh yg kecil?", "pendanaan.saluran_lain"),
    ("CSR perusahaan bisa dipakai utk nangani kumuh di bawah 10 ha?", "pendanaan.saluran_lain"),
    (
        "If the province can't fund it, which funding channels should we try?",
        "pendanaan.saluran_lain",
    ),
    # istilah.psu
    ("PSU singkatan dari apa?", "istilah.psu"),
    ("prasarana, sarana, utilitas dlm PSU itu bedanya apa?", "istilah.psu"),
    ("What does PSU stand for?", "istilah.psu"),
    # istilah.jaling
    ("jaling itu apa?", "istilah.jaling"),
    ("jaling = jalan lingkungan ya?", "istilah.jaling"),
    # istilah.drainase
    ("drainase lingkungan itu maksudnya apa", "istilah.drainase"),
    ("apa arti drainase", "istilah.drainase"),
    # istilah.dak
    ("DAK itu singkatan dari apa?", "istilah.dak"),
    ("dana alokasi khusus itu apa", "istilah.dak"),
    # istilah.daktematikppkt
    ("DAK Tematik PPKT itu apa?", "istilah.daktematikppkt"),
    ("PPKT kepanjangannya apa", "istilah.daktematikppkt"),
    ("What is DAK Tematik PPKT?", "istilah.daktematikppkt"),
    # istilah.apbn
    ("APBN singkatan apa", "istilah.apbn"),
    ("APBN itu anggaran siapa?", "istilah.apbn"),
    # istilah.apbd
    ("APBD itu apa", "istilah.apbd"),
    ("APBD prov dan APBD kab itu maksudnya apa", "istilah.apbd"),
    # istilah.apbdes
    ("APBDes itu apa?", "istilah.apbdes"),
    ("APBDes kepanjangannya apa", "istilah.apbdes"),
    # istilah.bankeu
    ("bankeu itu apa?", "istilah.bankeu"),
    ("bankeu prov maksudnya bantuan keuangan ke kab?", "istilah.bankeu"),
    # istilah.csr
    ("CSR itu apa", "istilah.csr"),
    ("dana CSR maksudnya apa", "istilah.csr"),
    # istilah.pokir
    ("pokir itu apa?", "istilah.pokir"),
    ("pokir DPRD maksudnya", "istilah.pokir"),
    # ================================================================
    # Group 6: proposal contents vs. types vs. location vs. beneficiaries/cost
    # ================================================================
    # usulan.isi
    ("usulan kegiatan ke prov isinya apa aja?", "usulan.isi"),
    ("data apa aja yg ditanyakan waktu bikin usulan", "usulan.isi"),
    ("knp form usulan nanya sektor air minum, sanitasi, persampahan dll?", "usulan.isi"),
    ("knp hrs ada justifikasi di usulan?", "usulan.isi"),
    ("informasi minimal apa yg hrs ada di usulan supaya bisa diproses?", "usulan.isi"),
    ("isi usulan ini ngikut format resmi kalteng atau bukan?", "usulan.isi"),
    ("What information does a proposal carry, and why is each part asked?", "usulan.isi"),
    # usulan.jenis
    ("jenis usulan yg bisa diajukan ada apa aja?", "usulan.jenis"),
    ("selain kumuh dan PSU, bisa usul apa lagi ke prov?", "usulan.jenis"),
    ("usulan kami ga masuk kumuh/psu/rumah/rtlh, pilih jenis apa?", "usulan.jenis"),
    ("jenis usulan 'rumah' itu maksudnya rumah apa?", "usulan.jenis"),
    ("What proposal types can we choose from?", "usulan.jenis"),
    # usulan.lokasi
    ("data lokasi usulan apa aja yg diminta?", "usulan.lokasi"),
    ("nama lokasi hrs sama persis dgn yg di SK kumuh?", "usulan.lokasi"),
    ("titik GPS lokasi wajib ga diisi?", "usulan.lokasi"),
    ("pilihan perkotaan atau perdesaan di usulan itu buat apa?", "usulan.lokasi"),
    ("lokasi usulan cukup kecamatan atau sampai desa/kelurahan?", "usulan.lokasi"),
    # usulan.penerima_biaya
    ("jumlah KK dan jiwa penerima manfaat wajib diisi?", "usulan.penerima_biaya"),
    ("sumber dana yg bisa dipilih di usulan apa aja?", "usulan.penerima_biaya"),
    ("boleh pilih kombinasi sumber dana, misal APBD prov + APBD kab?", "usulan.penerima_biaya"),
    ("perlu cantumin dana pendamping dari kabupaten ga?", "usulan.penerima_biaya"),
    ("jumlah jiwa boleh lebih kecil dr jumlah KK?", "usulan.penerima_biaya"),
    ("biaya usulan diisi dlm rupiah perkiraan aja atau hrs pasti?", "usulan.penerima_biaya"),
    ("Do we have to state how many households and people benefit?", "usulan.penerima_biaya"),
    # istilah.kk
    ("KK di form itu kepala keluarga atau kartu keluarga?", "istilah.kk"),
    ("KK maksudnya apa di data penerima", "istilah.kk"),
    # istilah.jiwa
    ("jiwa di isian itu maksudnya jumlah orang?", "istilah.jiwa"),
    ("satuan jiwa artinya apa", "istilah.jiwa"),
    # ================================================================
    # Group 7: readiness vs. technical documents vs. statement letters vs. land
    # ================================================================
    # usulan.kesiapan
    ("readiness criteria usulan PSU itu apa aja?", "usulan.kesiapan"),
    ("dokumen kesiapan yg hrs siap sebelum usul apa aja?", "usulan.kesiapan"),
    ("kesiapan usulan dinilai dr apa? DED, RAB, lahan?", "usulan.kesiapan"),
    ("usulan blm ada dokumen kesiapan sama sekali, masih bisa dikirim?", "usulan.kesiapan"),
    ("surat dari bupati/walkot termasuk syarat kesiapan?", "usulan.kesiapan"),
    ("kesepakatan masyarakat perlu dilampirkan sbg bagian kesiapan?", "usulan.kesiapan"),
    ("apa yg bikin usulan dianggap siap dilaksanakan?", "usulan.kesiapan"),
    ("What readiness documents should a PSU proposal have?", "usulan.kesiapan"),
    # istilah.rc
    ("RC dlm konteks usulan itu apa? readiness criteria?", "istilah.rc"),
    ("RC singkatan dari apa ya", "istilah.rc"),
    # usulan.dokumen_teknis
    ("dokumen teknis yg dilampirkan apa aja, DED RAB RKS site plan?", "usulan.dokumen_teknis"),
    (
        "DED hrs udh jadi sebelum usul atau boleh nyusul?",
        ("usulan.dokumen_teknis", "usulan.kesiapan"),
    ),
    ("foto kondisi eksisting itu buat apa, wajib ga?", "usulan.dokumen_teknis"),
    ("RKS perlu dilampirkan juga atau cukup RAB?", "usulan.dokumen_teknis"),
    ("site plan wajib ga utk usulan drainase?", "usulan.dokumen_teknis"),
    ("knp hrs lampirkan RAB di usulan?", "usulan.dokumen_teknis"),
    ("Which technical documents go with a proposal?", "usulan.dokumen_teknis"),
    # istilah.ded
    ("DED singkatan dari apa?", "istilah.ded"),
    ("detail engineering design itu apa", "istilah.ded"),
    # istilah.rab
    ("RAB kepanjangannya apa", "istilah.rab"),
    ("RAB itu dokumen apa", "istilah.rab"),
    # istilah.rks
    ("RKS itu dokumen apa?", "istilah.rks"),
    ("RKS singkatan dari", "istilah.rks"),
    # istilah.kak
    ("KAK sama TOR itu sama?", "istilah.kak"),
    ("KAK singkatan apa", "istilah.kak"),
    # istilah.siteplan
    ("site plan itu sama dgn rencana tapak?", "istilah.siteplan"),
    ("apa itu site plan", "istilah.siteplan"),
    # usulan.surat_pernyataan
    ("surat pernyataan apa aja yg perlu dilampirkan di usulan?", "usulan.surat_pernyataan"),
    ("surat pernyataan kesediaan menerima hibah itu wajib?", "usulan.surat_pernyataan"),
    ("knp kab hrs buat surat kesanggupan operasi dan pemeliharaan?", "usulan.surat_pernyataan"),
    ("isi surat pernyataan O&P itu apa aja", "usulan.surat_pernyataan"),
    ("surat pernyataan hibah dan O&P itu dibuat pemkab atau dinas?", "usulan.surat_pernyataan"),
    (
        "Do we need a statement accepting the grant and committing to O&P?",
        "usulan.surat_pernyataan",
    ),
    # istilah.op
    ("O&P itu singkatan apa?", "istilah.op"),
    ("OP di surat pernyataan maksudnya apa", "istilah.op"),
    # usulan.lahan
    ("status lahan usulan pilihannya apa aja?", "usulan.lahan"),
    ("lahan buat drainase masih tanah warga tanpa sertifikat, bisa diusulkan?", "usulan.lahan"),
    ("lahan hrs clean and clear dulu sblm usul ke prov?", "usulan.lahan"),
    ("tanah desa bisa jadi lokasi usulan PSU?", "usulan.lahan"),
    ("lahan masih sengketa, usulannya gmn?", "usulan.lahan"),
    ("kalau blm tau lahannya clean and clear atau blm, diisi apa?", "usulan.lahan"),
    ("Does the land have to be clean and clear before the province builds on it?", "usulan.lahan"),
    # istilah.cleanandclear
    ("clean and clear itu artinya apa?", "istilah.cleanandclear"),
    ("lahan C&C maksudnya apa aja syaratnya", "istilah.cleanandclear"),
    # istilah.skt
    ("SKT itu surat apa?", "istilah.skt"),
    ("SKT singkatan dari apa", "istilah.skt"),
    # ================================================================
    # Group 8: RTLH rule vs. RTLH-related terms
    # ================================================================
    # usulan.rtlh
    ("syarat usulan RTLH lewat provinsi apa aja?", "usulan.rtlh"),
    ("bedah rumah dari prov bisa bangun rumah baru di tanah kosong?", "usulan.rtlh"),
    ("penerima RTLH provinsi ditetapkan siapa?", "usulan.rtlh"),
    ("tanah warga cuma ada SKT, bisa dapat RTLH prov?", "usulan.rtlh"),
    ("RTLH itu kewenangan provinsi ga sih menurut lampiran UU 23?", "usulan.rtlh"),
    ("usulan RTLH dicek ke lapangan dulu?", "usulan.rtlh"),
    (
        "Can a family without a land certificate still get RTLH help from the province?",
        "usulan.rtlh",
    ),
    # istilah.rtlh
    ("RTLH singkatan dari?", "istilah.rtlh"),
    ("apa itu rumah tidak layak huni", "istilah.rtlh"),
    # istilah.rlh
    ("RLH itu apa? lawannya RTLH?", "istilah.rlh"),
    ("RLH kepanjangannya", "istilah.rlh"),
    # istilah.bedahrumah
    ("bedah rumah itu istilah resmi atau sebutan aja?", "istilah.bedahrumah"),
    ("bedah rumah maksudnya apa", "istilah.bedahrumah"),
    # istilah.bsps
    ("BSPS itu program apa?", "istilah.bsps"),
    ("BSPS kepanjangannya apa", "istilah.bsps"),
    # ================================================================
    # Group 9: asset grants and upkeep vs. statement letters vs. terms
    # ================================================================
    # hibah.aset
    ("jalan yg dibangun prov di tanah kab nanti asetnya jadi milik siapa?", "hibah.aset"),
    ("setelah pembangunan selesai, siapa yg pelihara drainasenya?", "hibah.aset"),
    ("serah terima aset dari prov ke kab pakai dokumen apa?", "hibah.aset"),
    ("hibah aset tanah/bangunan dari prov ke kab perlu persetujuan DPRD?", "hibah.aset"),
    ("setelah BAST, biaya pemeliharaan jaling itu tanggungan siapa?", "hibah.aset"),
    ("knp aset PSU sebaiknya dianggarkan 'untuk dihibahkan' sejak awal?", "hibah.aset"),
    ("Who owns and maintains roads the province builds on regency land?", "hibah.aset"),
    # istilah.bast
    ("BAST singkatan apa?", "istilah.bast"),
    ("What is a BAST?", "istilah.bast"),
    # istilah.hibah
    ("hibah itu artinya apa dlm konteks aset daerah?", "istilah.hibah"),
    ("apa yg dimaksud hibah", "istilah.hibah"),
    # istilah.bmd
    ("BMD itu apa?", "istilah.bmd"),
    ("barang milik daerah disingkat apa", "istilah.bmd"),
    # istilah.bmn
    ("BMN kepanjangannya apa", "istilah.bmn"),
    ("BMN bedanya sama BMD apa?", ("istilah.bmn", "istilah.bmd")),
    # ================================================================
    # Group 10: yearly cycle vs. checking vs. Rakor vs. RKPD/APBD vs. terms
    # ================================================================
    # siklus.tahunan
    ("alur usulan tahunan dari kab sampai jadi anggaran gmn?", "siklus.tahunan"),
    ("usulan yg kami kirim thn 2026 itu utk anggaran thn berapa?", "siklus.tahunan"),
    ("tahapan setahun: usul, verifikasi, rakor, rkpd... urutannya gmn?", "siklus.tahunan"),
    ("usulan disiapkan utk tahun anggaran berjalan atau tahun depan?", "siklus.tahunan"),
    ("setelah disetujui, pembangunannya dilaksanakan thn kapan?", "siklus.tahunan"),
    ("gambaran siklus perencanaan perkim provinsi tiap tahun spt apa", "siklus.tahunan"),
    ("What is the yearly cycle for proposals to the province?", "siklus.tahunan"),
    # siklus.pemeriksaan
    ("provinsi memeriksa usulan dari sisi apa aja?", "siklus.pemeriksaan"),
    ("verifikasi usulan itu administrasi doang atau ada cek lapangan?", "siklus.pemeriksaan"),
    ("apa aja yg dicek prov sebelum usulan dibawa ke rakor?", "siklus.pemeriksaan"),
    ("knp usulan kami dicek kewenangannya dulu?", "siklus.pemeriksaan"),
    ("verifikasi teknis itu ngecek apa aja", "siklus.pemeriksaan"),
    ("How does the province check our proposals?", "siklus.pemeriksaan"),
    # siklus.rakor
    ("rakor bidang kawasan permukiman itu acara apa?", "siklus.rakor"),
    ("tujuan rakor dan sinkronisasi tiap tahun apa?", "siklus.rakor"),
    ("rakor biasanya diadakan bulan apa? tanggalnya tetap ga?", "siklus.rakor"),
    ("rakor thn lalu diadakan di mana?", "siklus.rakor"),
    ("siapa aja peserta rakor kawasan permukiman?", "siklus.rakor"),
    ("knp usulan hrs dibahas di rakor sebelum musrenbang?", "siklus.rakor"),
    ("What happens at the yearly Rakor?", "siklus.rakor"),
    # istilah.rakor
    ("Rakor singkatan dari apa?", "istilah.rakor"),
    ("rakor itu kepanjangannya rapat koordinasi ya?", "istilah.rakor"),
    # siklus.rkpd_apbd
    ("setelah rakor, usulan masuk ke mana? musrenbang dulu?", "siklus.rkpd_apbd"),
    ("usulan yg lolos di rakor langsung dapat anggaran?", "siklus.rkpd_apbd"),
    ("hubungan rakor, musrenbang provinsi, RKPD dan APBD gmn?", "siklus.rkpd_apbd"),
    ("status disetujui di bot artinya pasti masuk APBD?", ("siklus.rkpd_apbd", "bot.status")),
    ("bot ini ikut nyatat RKPD dan APBD nya juga?", "siklus.rkpd_apbd"),
    ("From the Rakor to the budget: what are the steps?", "siklus.rkpd_apbd"),
    # istilah.musrenbang
    ("musrenbang itu apa?", "istilah.musrenbang"),
    ("musrenbang jenjangnya dari desa sampai mana?", "istilah.musrenbang"),
    # istilah.rkpd
    ("RKPD itu dokumen apa?", "istilah.rkpd"),
    ("RKPD kepanjangannya", "istilah.rkpd"),
    # istilah.renja
    ("renja itu apa", "istilah.renja"),
    ("bedanya renja dan RKPD apa? renja itu rencana kerja OPD?", "istilah.renja"),
    # istilah.renstra
    ("renstra itu apa?", "istilah.renstra"),
    ("renstra dinas itu rencana brp tahun", "istilah.renstra"),
    # istilah.rpjmd
    ("RPJMD singkatan dari apa", "istilah.rpjmd"),
    ("What is the RPJMD?", "istilah.rpjmd"),
    # istilah.kuappas
    ("KUA-PPAS itu apa?", "istilah.kuappas"),
    ("KUA PPAS kepanjangannya", "istilah.kuappas"),
    # istilah.rka
    ("RKA itu dokumen apa", "istilah.rka"),
    ("RKA singkatan dari apa", "istilah.rka"),
    # istilah.dpa
    ("DPA itu apa?", "istilah.dpa"),
    ("DPA kepanjangannya", "istilah.dpa"),
    # istilah.sipd
    ("SIPD itu sistem apa?", "istilah.sipd"),
    ("SIPD kepanjangannya apa", "istilah.sipd"),
    # istilah.bapperida
    ("Bapperida itu badan apa?", "istilah.bapperida"),
    ("Bapperida kepanjangannya apa, dulu Bappeda ya?", "istilah.bapperida"),
    # istilah.opd
    ("OPD singkatan apa?", "istilah.opd"),
    ("OPD itu maksudnya", "istilah.opd"),
    # istilah.skpd
    ("SKPD itu apa", "istilah.skpd"),
    ("SKPD sama OPD sama aja?", "istilah.skpd"),
    # ================================================================
    # Group 11: coordination bodies and the agency vs. their names
    # ================================================================
    # koordinasi.pokja_pkp
    ("Pokja PKP itu fungsinya apa di daerah?", "koordinasi.pokja_pkp"),
    ("dasar hukum pembentukan Pokja PKP apa?", "koordinasi.pokja_pkp"),
    ("forum PKP dan pokja PKP bedanya apa", "koordinasi.pokja_pkp"),
    ("What does the Pokja PKP do?", "koordinasi.pokja_pkp"),
    # istilah.pokjapkp
    ("Pokja PKP kepanjangannya apa", "istilah.pokjapkp"),
    ("Pokja PKP itu singkatan apa ya", "istilah.pokjapkp"),
    # istilah.pokjappas
    ("Pokja PPAS itu apa?", "istilah.pokjappas"),
    ("PPAS di pokja PPAS kepanjangannya", "istilah.pokjappas"),
    # istilah.pokjaampl
    ("AMPL kepanjangannya apa", "istilah.pokjaampl"),
    ("pokja AMPL itu pokja apa", "istilah.pokjaampl"),
    # disperkimtan.kontak
    ("alamat kantor Disperkimtan provinsi di mana?", "disperkimtan.kontak"),
    ("website resmi disperkimtan kalteng apa", "disperkimtan.kontak"),
    ("kantor disperkimtan prov itu di jalan apa? di palangka raya kan?", "disperkimtan.kontak"),
    ("Where is the provincial Disperkimtan office?", "disperkimtan.kontak"),
    # istilah.disperkimtan
    ("Disperkimtan kepanjangannya apa?", "istilah.disperkimtan"),
    ("knp ada 'tan' di disperkimtan?", "istilah.disperkimtan"),
    # istilah.perkim
    ("Perkim itu singkatan dari apa?", "istilah.perkim"),
    ("dinas perkim maksudnya dinas apa", "istilah.perkim"),
    # istilah.pkp
    ("PKP singkatan apa?", "istilah.pkp"),
    ("PKP dlm konteks perkim artinya apa, bukan pengusaha kena pajak kan", "istilah.pkp"),
    # ================================================================
    # Group 12: sector infrastructure terms
    # ================================================================
    # istilah.spam
    ("SPAM itu apa?", "istilah.spam"),
    ("SPAM dlm air minum kepanjangannya", "istilah.spam"),
    # istilah.spald
    ("SPALD itu apa?", "istilah.spald"),
    ("SPALD singkatan apa", "istilah.spald"),
    # istilah.ipal
    ("IPAL itu apa", "istilah.ipal"),
    ("IPAL kepanjangannya", "istilah.ipal"),
    # istilah.tps3r
    ("TPS3R itu apa?", "istilah.tps3r"),
    ("What is a TPS3R?", "istilah.tps3r"),
    # istilah.mck
    ("MCK itu singkatan apa", "istilah.mck"),
    ("MCK komunal maksudnya apa", "istilah.mck"),
    # ================================================================
    # Group 13: permits/spatial plans: rules vs. terms
    # ================================================================
    # istilah.rtrw
    ("RTRW itu apa?", "istilah.rtrw"),
    ("RTRW kepanjangannya", "istilah.rtrw"),
    # istilah.rdtr
    ("RDTR itu apa", "istilah.rdtr"),
    ("bedanya RDTR dan RTRW apa? RDTR yg detail?", "istilah.rdtr"),
    # istilah.pbg
    ("PBG itu apa? pengganti IMB?", "istilah.pbg"),
    ("PBG kepanjangannya apa", "istilah.pbg"),
    # istilah.slf
    ("SLF itu apa", "istilah.slf"),
    ("SLF singkatan dari", "istilah.slf"),
    # istilah.skbg
    ("SKBG itu sertifikat apa?", "istilah.skbg"),
    ("SKBG kepanjangannya apa", "istilah.skbg"),
    # ================================================================
    # Group 14: bot use vs. sending vs. statuses vs. follow-up vs. meetings
    # ================================================================
    # bot.cara_pakai
    ("perintah2 di bot ini apa aja?", "bot.cara_pakai"),
    ("jam yg ditampilkan bot ini WIB atau WITA?", "bot.cara_pakai"),
    ("bot bisa dipakai pakai bahasa inggris?", "bot.cara_pakai"),
    ("nanya ke bot hrs pakai perintah atau bisa ngetik biasa?", "bot.cara_pakai"),
    ("How do I use this bot? Which commands are there?", "bot.cara_pakai"),
    # istilah.wib
    ("WIB itu UTC+7 kan? kalteng pakai WIB?", "istilah.wib"),
    ("sejak kapan kalteng pakai WIB, bukan WITA?", "istilah.wib"),
    # bot.usul
    ("waktu isi /usul, bisa disimpan dulu terus dilanjut besok?", "bot.usul"),
    ("kode USL-2026-0003 di usulan itu artinya apa?", "bot.usul"),
    ("bisa salin usulan thn lalu biar ga ngetik ulang?", "bot.usul"),
    ("foto di /usul maksimal brp? pdf boleh dilampirkan?", "bot.usul"),
    ("tahun anggaran di usulan ditentukan otomatis atau kami yg pilih?", "bot.usul"),
    ("When sending with /usul, how many photos and PDFs can I attach?", "bot.usul"),
    # bot.status
    ("status 'verifikasi' artinya apa?", "bot.status"),
    ("'dibahas di rakor' itu status apa maksudnya", "bot.status"),
    ("usulan kami 'perlu perbaikan', hrs ngapain?", "bot.status"),
    ("usulan msh diajukan, bisa saya tarik/batalkan?", "bot.status"),
    ("status apa aja yg final dan ga bisa berubah lagi?", "bot.status"),
    ("What do the proposal statuses mean?", "bot.status"),
    # bot.ditolak_dialihkan
    (
        "usulan ditolak dgn alasan bukan kewenangan prov, langkah selanjutnya apa?",
        "bot.ditolak_dialihkan",
    ),
    ("status dialihkan ke APBD kab maksudnya gmn?", "bot.ditolak_dialihkan"),
    ("usulan yg udh ditolak bisa diajukan lagi?", "bot.ditolak_dialihkan"),
    ("keputusan ditolak ternyata keliru, bisa dibetulkan lewat bot?", "bot.ditolak_dialihkan"),
    ("usulan dialihkan ke DAK tematik, trus kami hrs ngapain?", "bot.ditolak_dialihkan"),
    ("My proposal was redirected. What does that mean and what next?", "bot.ditolak_dialihkan"),
    # bot.tindak_lanjut
    ("brp lama usulan biasanya ditanggapi provinsi?", "bot.tindak_lanjut"),
    ("standar 3 hari kerja itu aturan resmi disperkimtan?", "bot.tindak_lanjut"),
    ("usulan kami udh seminggu blm diverifikasi, normal ga?", "bot.tindak_lanjut"),
    ("tolok ukur tindak lanjut usulan di bot ini apa?", "bot.tindak_lanjut"),
    ("How fast should the province follow up on a proposal?", "bot.tindak_lanjut"),
    # istilah.lapor
    ("LAPOR! itu apa?", "istilah.lapor"),
    ("LAPOR itu sistem pengaduan apa", "istilah.lapor"),
    # bot.rapat
    ("saya ga bisa hadir rapat, boleh diwakilkan staf?", "bot.rapat"),
    ("gmn konfirmasi kehadiran undangan rapat di bot?", "bot.rapat"),
    ("pengingat rapat dikirim kapan aja?", "bot.rapat"),
    ("undangan rapat bisa dimasukkan ke kalender hp?", "bot.rapat"),
    ("kalau diundang rapat lewat bot, siapa aja yg dpt undangannya?", "bot.rapat"),
    ("Can I send a representative to a meeting I was invited to in the bot?", "bot.rapat"),
]

ROUNDTE_INTENTS: list[tuple[str, str]] = [
    # status
    ("usulan saya udh sampai mana skrg?", "status"),
    ("cek status usulan kab kami dong", "status"),
    ("USL-2026-0007 statusnya apa?", "status"),
    ("udh ada kabar blm ttg usulan drainase kami?", "status"),
    ("What's the status of my proposals?", "status"),
    ("usulan kami yg kemarin udh diverifikasi belum?", "status"),
    # meeting
    ("rakor berikutnya kapan?", "meeting"),
    ("rapat selanjutnya tgl brp dan dmn?", "meeting"),
    ("ada jadwal rapat dlm waktu dekat?", "meeting"),
    ("rakor thn ini jadinya kpn ya", "meeting"),
    ("When is the next meeting?", "meeting"),
    ("rapat yg terbaru mulai jam brp, tempatnya di mana?", "meeting"),
    # deadline
    ("batas akhir kirim usulan kapan?", "deadline"),
    ("tenggat usulan TA 2027 tgl brp?", "deadline"),
    ("masih bisa kirim usulan ga, udh ditutup blm?", "deadline"),
    ("deadline usulan thn ini kpn ya pak", "deadline"),
    ("When is the proposal deadline?", "deadline"),
    ("paling lambat usulan masuk kapan?", "deadline"),
    # greeting
    ("halo", "greeting"),
    ("selamat pagi min", "greeting"),
    ("makasih ya infonya", "greeting"),
    ("kamu bisa bantu apa aja?", "greeting"),
    ("hi, what can you do?", "greeting"),
    ("tolong bantuan", "greeting"),
    # how_to_submit
    ("gmn cara kirim usulan lewat bot ini?", "how_to_submit"),
    ("mau ngajuin usulan, mulainya dari mana?", "how_to_submit"),
    ("cara input usulan baru gimana", "how_to_submit"),
    ("How do I submit a proposal here?", "how_to_submit"),
    ("sy mau usul drainase, langkahnya apa di bot?", "how_to_submit"),
    ("tolong pandu sy bikin usulan", "how_to_submit"),
]

ROUNDTE_AREAS: list[tuple[str, str]] = [
    ("kumuh 9,5 ha siapa yg tangani?", "kabkota"),
    ("kawasan kumuh pas 10 hektar kewenangan siapa?", "provinsi"),
    ("luas kumuh tepat 15 ha, urusan siapa?", "pusat"),
    ("kumuh 14,99 ha masih provinsi?", "provinsi"),
    ("kawasan kumuh 120.000 m2 masuk kewenangan mana?", "provinsi"),
    ("lokasi kumuh 95.000 m² siapa yg pegang?", "kabkota"),
    ("kumuh 150.000 meter persegi kewenangan siapa", "pusat"),
    ("kumuh lebih dari 15 ha, sekitar 17 ha, ke siapa?", "pusat"),
    ("luas kumuh kurang dari 10 hektare, sktr 7 ha, siapa?", "kabkota"),
    ("kawasan kumuh di atas 20 ha ditangani siapa?", "pusat"),
    ("kumuh di bawah 8 ha urusan siapa?", "kabkota"),
    ("Who handles a 12.5 hectare slum area?", "provinsi"),
    ("kumuh 3 ha bisa diusulkan ke prov?", "kabkota"),
    ("slum of 10.5 ha: which level?", "provinsi"),
    ("kawasan kumuh 100.000 m2 kewenangan siapa?", "provinsi"),
    ("kumuh 0,8 ha di Kumai siapa yg tangani?", "kabkota"),
    ("kumuh 40 hektar di Selat kewenangan mana?", "pusat"),
    ("delineasi di SK 11 ha, itu prov kan?", "provinsi"),
    ("sekitar 13,2 hektare kawasan kumuh di Baamang, siapa?", "provinsi"),
    ("luas kumuhnya 15,01 ha, ke prov atau pusat?", "pusat"),
    ("kumuh 9,99 ha masih kab ya?", "kabkota"),
    ("luas delineasi 10,0 ha pas, kewenangan siapa?", "provinsi"),
    ("kumuh 5.000 m2 di Pahandut siapa yg tangani?", "kabkota"),
    ("25 hectares of slum, whose job?", "pusat"),
    ("kumuh 1.500 m2 aja, itu urusan kab?", "kabkota"),
    ("kawasan kumuh 14 hektar di Sampit kewenangan siapa?", "provinsi"),
]

ROUNDTE_OUT_OF_SCOPE: list[str] = [
    "besok Palangka Raya hujan ga?",
    "skor Kalteng Putra semalam brp?",
    "resep juhu singkah gmn?",
    "kurs dolar hari ini berapa",
    "berapa pagu anggaran Disperkimtan thn 2026?",
    "harga satuan paving block per m2 di Sampit brp?",
    "siapa pemenang tender drainase di Pahandut thn lalu?",
    "nomor HP kabid kawasan permukiman provinsi brp?",
    "nomor telepon kantor disperkimtan brp ya?",
    "aturan penanganan kumuh di Kalimantan Selatan gmn?",
    "SIPD error gagal login terus, gmn solusinya?",
    "knp sub kegiatan ga muncul di SIPD waktu input renja?",
    "cara ngurus kenaikan pangkat PNS di dinas perkim?",
    "honor narasumber rakor brp?",
    "tebal beton rigid jalan lingkungan minimal brp cm?",
    "ukuran u-ditch standar utk drainase lingkungan berapa?",
    "brp kuota RTLH utk Katingan thn 2027?",
    "besaran bantuan BSPS per unit thn ini brp juta?",
    "nilai kontrak pembangunan jaling di Kuala Kurun 2025 brp?",
    "kapan DAK tahap 2 cair?",
    "cara bikin sertifikat tanah di BPN gmn?",
    "retribusi PBG rumah tinggal 36 m2 brp?",
    "Pergub SOTK disperkimtan yg terbaru nomor berapa?",
    "What are Central Java's slum regulations?",
    "gmn cara bikin SPJ perjalanan dinas ke rakor?",
    "formasi PPPK dinas perkim thn depan ada?",
    "How much is the 2026 provincial housing budget?",
    "mutu beton K-250 itu kuat tekannya berapa?",
]
