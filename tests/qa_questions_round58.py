"""Held-out question table, round 58 (written 2026-12-07 as round 35 of tuning began; never
tuned on).

Two writers who had not seen the knowledge base or any other question table each wrote half:
they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place
list). Nobody tuning the matcher reads this file: bench/qa_quality.py --final measures it.

Its styles were new to the bot when it was written: asking on behalf of someone else, asking
for the legal basis or the article, comparing two things, the purpose first and the question
last, a formal letter's wrapping, impatience or a complaint around the question, areas in
other units and shapes ("are", km², "seperempat hektar", ranges, "hampir 10 ha"), dates and
times written many ways; Australian English for the first half of the topic list and formal
American officialese for the second.
"""

ROUND58_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "atasan saya nanya, secara garis besar pembagian urusan perkim antara pusat, prov "
            "sama kab/kota itu gmn? yg ringkas aja"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "G'day, quick one: who looks after what in housing and settlements between the "
            "central government, the province and the regencies? Just the big picture, cheers."
        ),
        "kewenangan.ringkasan",
    ),
    (
        ("perumahan dan kawasan permukiman itu urusan wajib atau pilihan sih? pasal brp yg ngatur"),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "lagi nyusun telaahan staf nih, perlu kutipan bahwa perkim termasuk urusan wajib "
            "pelayanan dasar. itu di UU 23/2014 pasal brp ayat brp huruf apa?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "bos minta info, pembagian penanganan kawasan kumuh antara kab, prov sama pusat "
            "itu patokan luasnya brp aja?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "ada regulasinya ga soal batas luasan kumuh yg jd urusan provinsi? aturannya di "
            "mana, bunyinya persis gmn"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kawasan kumuh yg gede, lima belas hektar ke atas, itu ditangani kementerian ya? "
            "dasar hukumnya udh pasti blm"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Reckon the really big slum areas, fifteen hectares and up, are a job for the "
            "central government rather than the province, mate?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Yth. Admin Sinkron, dengan hormat, kami ingin menanyakan apakah kegiatan "
            "pencegahan tumbuhnya perumahan dan permukiman kumuh dapat diusulkan ke provinsi "
            "atau merupakan kewenangan kabupaten. Demikian disampaikan, atas perhatiannya "
            "diucapkan terima kasih."
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Does the province chip in on slum prevention at all, or is that all on the "
            "regency, mate?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "kata pak kadis tolong dicek, di sub urusan perumahan itu apa aja yg jd tugas prov "
            "dan apa yg kab/kota?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "untuk persiapan rapat internal, saya perlu tau pembagian kewenangan sub-urusan "
            "perumahan (bukan kawasan permukiman) per tingkatan pemerintah"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "penyediaan rumah utk masyarakat berpenghasilan rendah itu tugas pusat kan, bukan "
            "prov? termasuk sistem pembiayaannya"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Is housing for low-income families a job for the central mob rather than the "
            "province? No worries if it's a long answer."
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "rumah warga rusak berat kena banjir di Kapuas Hilir, yg wajib bangun ulang itu "
            "kab atau prov? tolong cepat ya udh ditunggu pimpinan"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Boss wants to know by this arvo: if families get moved out because of a "
            "provincial program, who's responsible for housing them?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        ("izin pembangunan perumahan utk developer itu yg nerbitin pemkab atau pemprov?"),
        "kewenangan.izin",
    ),
    (
        ("ada warga yg tanya ke saya, SKBG itu yg nerbitin siapa ya? aturannya di mana"),
        "kewenangan.izin",
    ),
    (
        (
            "sub urusan kawasan permukiman itu isinya apa aja per tingkatan? yg bagian pusat "
            "jg tolong"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "mau nanya, penetapan sistem kawasan permukiman itu kewenangan siapa? ada di "
            "lampiran UU 23 kan"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    ("bedanya PSU permukiman sama PSU perumahan apa? mana yg prov mana yg kab", "kewenangan.psu"),
    (
        (
            "jalan di dalam komplek perumahan developer di Baamang Tengah rusak, itu bisa "
            "diusulin ke prov atau tanggung jawab pemkab? dasar hukumnya apa"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "kami mau usul betonisasi ruas jalan kabupaten di Kuala Kurun, bisa masuk PSU "
            "dinas prov ga?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "What sort of PSU does the provincial agency actually build, mate? Just lane roads "
            "and drains, or street lights and halls too?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        ("sertifikasi dan registrasi perancang rumah sama perencana PSU itu kewenangan siapa ya?"),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "konsultan perencana kecil di Pangkalan Bun mau registrasi, ke kab atau prov? "
            "kalau yg kemampuan menengah gmn"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "SPM perumahan rakyat bagian provinsi itu jenis pelayanannya apa aja, targetnya "
            "brp persen?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "bos minta dasar hukum SPM bidang perumahan, PP 2/2018 pasal berapa sama permen "
            "PUPR yg mana?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "luas kumuh yg dipakai buat nentuin kewenangan itu luas kelurahannya atau luas "
            "kawasan kumuhnya aja?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Kelurahan Pasir Putih luasnya ratusan ha tp yg kumuh cuma sebagian. utk usulan, "
            "luas yg dihitung yg mana?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "yg netapin lokasi kumuh itu siapa, bupati atau gubernur? trus harus ditinjau "
            "ulang tiap brp thn"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "dasar hukum penetapan lokasi kumuh lewat keputusan bupati/wali kota itu pasal "
            "berapa di Permen PUPR 14/2018?"
        ),
        "kumuh.penetapan",
    ),
    (
        ("kriteria kumuh itu dinilai dari aspek apa aja? proteksi kebakaran termasuk ga?"),
        "kumuh.aspek",
    ),
    ("What are the seven things they look at to call a place a slum, mate?", "kumuh.aspek"),
    (
        ("skor maksimal penilaian kumuh berapa, terus kumuh berat itu mulai nilai brp?"),
        "kumuh.penilaian",
    ),
    (
        (
            "tiap kriteria kumuh dinilai 0, 1, 3, 5 ya? itu dasarnya apa, persen lokasi yg "
            "terdampak?"
        ),
        "kumuh.penilaian",
    ),
    (
        "nilai kekumuhan lokasi kami 45, itu masuk kumuh sedang atau ringan?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        ("rentang skor kumuh ringan sama sedang brp sampe brp? udh resmi blm angkanya"),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        ("What's the difference between pemugaran and peremajaan? Reckon I keep mixing them up."),
        "kumuh.pola_penanganan",
    ),
    (
        ("lokasi kumuh di bantaran sungai lahannya ilegal, pola penanganannya yg mana?"),
        "kumuh.pola_penanganan",
    ),
    (
        ("How many slum spots has Kalteng got all up, and how many hectares all told, mate?"),
        "kumuh.kalteng",
    ),
    (
        (
            "buat bahan laporan ke pimpinan besok, kab mana yg lokasi kumuhnya paling banyak "
            "di Kalteng?"
        ),
        "kumuh.kalteng",
    ),
    ("isi usulan kegiatan ke prov itu apa aja yg wajib ada?", "usulan.isi"),
    (
        (
            "kenapa sih form usulan nanya sektor, jumlah KK, sampe justifikasi segala? masa "
            "ginian aja harus diisi semua"
        ),
        "usulan.isi",
    ),
    ("selain kumuh sama PSU, jenis usulan apa lagi yg bisa diajukan ke prov?", "usulan.jenis"),
    (
        (
            "kata kabid, di pilihan jenis usulan ada 'lainnya'. jenis2nya apa aja sih dan "
            "'lainnya' itu buat apa"
        ),
        "usulan.jenis",
    ),
    ("data lokasi apa aja yg diminta di usulan? titik GPS wajib ga?", "usulan.lokasi"),
    (
        (
            "lokasi usulan harus diisi sampai desa/kelurahan ya? perlu dibedain perkotaan atau "
            "perdesaan jg?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "penerima manfaat di usulan diisi KK atau jiwa? terus sumber dana yg bisa dipilih "
            "apa aja"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "lagi nyusun usulan jaling di Tamiang Layang, biaya ditulis total rupiah ya? dana "
            "pendamping kab perlu dicantumkan ga?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        ("What readiness docs do we need sorted before putting a PSU proposal in, mate?"),
        "usulan.kesiapan",
    ),
    (
        (
            "readiness criteria usulan itu apa aja biar ga dikembalikan? dari kemarin nanya ga "
            "dijawab2"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "lahan buat jaling masih tanah warga tanpa sertifikat, boleh diusulkan ga? clean "
            "and clear di usulan itu syaratnya apa"
        ),
        "usulan.lahan",
    ),
    ("status lahan di usulan pilihannya apa aja? tanah desa bisa ga?", "usulan.lahan"),
    (
        ("Our slum decree's from 2018, mate. Reckon it still counts for a proposal this year?"),
        "usulan.sk_kumuh",
    ),
    (
        (
            "lokasi yg mau kami usulkan ga tercantum di SK kumuh bupati, masih bisa diajukan "
            "sbg usulan kumuh?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        "DED sama RAB wajib dilampirkan ga di usulan? foto kondisi maksimal brp",
        "usulan.dokumen_teknis",
    ),
    (
        "mana yg duluan disiapin, site plan atau RKS? dua2nya perlu buat usulan?",
        "usulan.dokumen_teknis",
    ),
    (
        ("surat pernyataan kesediaan menerima hibah dan O&P itu wajib? siapa yg tanda tangan"),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "kepala dinas minta saya cek, kenapa prov minta surat pernyataan operasi dan "
            "pemeliharaan di usulan?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Can we put in for an RTLH fix-up through the province if the family wants to "
            "knock the old place down and build new? Cheers."
        ),
        "usulan.rtlh",
    ),
    (
        ("syarat usulan RTLH lewat prov apa aja? penerimanya ditetapkan pake SK siapa"),
        "usulan.rtlh",
    ),
    (
        ("ada warga yg tanya ke saya, mereka mau ajukan sendiri drainase ke prov, syaratnya apa?"),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "With respect to community-initiated requests for neighborhood roads, please "
            "advise which local officials must acknowledge such requests prior to submission."
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "setelah jaling selesai dibangun prov di lahan kab, asetnya jadi milik siapa dan "
            "siapa yg pelihara?"
        ),
        "hibah.aset",
    ),
    (
        (
            "BAST sama naskah hibah aset dari prov ke kab ditandatangani siapa? dasar hukumnya "
            "PP berapa"
        ),
        "hibah.aset",
    ),
    (
        (
            "kalau usulan kami ternyata bukan kewenangan provinsi, dananya bisa dicari dari "
            "mana aja?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        ("lebih baik lewat DAK Tematik PPKT atau APBD kab buat kumuh yg bukan ranah prov?"),
        "pendanaan.saluran_lain",
    ),
    ("usulan yg kami kirim thn ini itu utk anggaran tahun brp?", "siklus.tahunan"),
    (
        (
            "Please advise at your earliest convenience regarding the sequence of the annual "
            "proposal cycle, from regency preparation through provincial review and funding."
        ),
        "siklus.tahunan",
    ),
    ("usulan kami diperiksa prov dari sisi apa aja? ada cek lapangannya?", "siklus.pemeriksaan"),
    (
        (
            "Pursuant to the provincial review process, please advise on what grounds "
            "submitted proposals are examined."
        ),
        "siklus.pemeriksaan",
    ),
    (
        ("rakor bidang kawasan permukiman itu sebenernya buat apa, siapa aja yg hadir?"),
        "siklus.rakor",
    ),
    (
        "mana yg duluan, rakor kawasan permukiman atau musrenbang provinsi?",
        ("siklus.rakor", "siklus.rkpd_apbd"),
    ),
    ("usulan yg statusnya disetujui itu udh pasti masuk APBD prov?", "siklus.rkpd_apbd"),
    (
        ("buat bahan rapat, setelah rakor usulan dibawa ke mana? RKPD dulu baru APBD ya?"),
        "siklus.rkpd_apbd",
    ),
    (
        "kab kami perlu punya pokja PKP ga? tugasnya apa, aturannya di permen mana",
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Please advise as to the role of the housing and settlement working group (Pokja "
            "PKP) and its relationship to the Forum PKP."
        ),
        "koordinasi.pokja_pkp",
    ),
    ("alamat kantor disperkimtan prov di mana ya? mau antar berkas", "disperkimtan.kontak"),
    (
        (
            "Please provide the official street address and website of the provincial housing "
            "and settlement agency at your earliest convenience."
        ),
        "disperkimtan.kontak",
    ),
    ("jam yg muncul di bot ini pakai WIB atau WITA?", "bot.cara_pakai"),
    ("perintah2 di bot ini diketik pake garis miring ya? daftarnya apa aja", "bot.cara_pakai"),
    (
        ("kalau ngisi /usul putus di tengah karena sinyal jelek, yg udh diisi hilang ga?"),
        "bot.usul",
    ),
    (
        ("bisa ga salin usulan tahun lalu pas bikin /usul baru? biar ga ngetik ulang semua"),
        "bot.usul",
    ),
    ("status 'dibahas di rakor' itu artinya apa? abis itu statusnya jadi apa", "bot.status"),
    (
        (
            "Please advise as to the meaning of the status 'perlu perbaikan' and the action "
            "required of the submitting office."
        ),
        "bot.status",
    ),
    ("usulan ditolak biasanya karena apa aja? bisa diajukan ulang ga", "bot.ditolak_dialihkan"),
    (
        ("bedanya ditolak sama dialihkan apa? kalo dialihkan ke APBN kami harus ngapain"),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "standar waktu tindak lanjut usulan di sini brp hari kerja? biar bisa saya "
            "sampaikan ke kadis"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Pursuant to the service standard adopted from LAPOR!, within how many working "
            "days should a submitted proposal be verified and answered?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "kalau saya berhalangan hadir rapat, bisa diwakilin staf? konfirmasi kehadirannya "
            "gmn di bot"
        ),
        "bot.rapat",
    ),
    ("pengingat rapat dari bot dikirim kapan aja sebelum acaranya?", "bot.rapat"),
    ("perkim singkatan dari apa?", "istilah.perkim"),
    ("kata pak kadis, 'perkim' di nama dinas2 itu kepanjangannya apa sih", "istilah.perkim"),
    ("disperkimtan kepanjangannya apa? 'tan' nya itu apa", "istilah.disperkimtan"),
    (
        ("For the record, please state the full name of the agency abbreviated as Disperkimtan."),
        "istilah.disperkimtan",
    ),
    ("PSU itu singkatan apa ya", "istilah.psu"),
    (
        (
            "lagi nyusun telaahan staf, perlu pengertian prasarana, sarana sama utilitas umum "
            "dlm istilah PSU"
        ),
        "istilah.psu",
    ),
    ("jaling apaan?", "istilah.jaling"),
    ("di RAB dari konsultan ada tulisan 'jaling', maksudnya apa?", "istilah.jaling"),
    ("drainase lingkungan itu maksudnya saluran apa?", "istilah.drainase"),
    ("ada warga yg nanya ke saya, drainase itu artinya apa sih, sama dgn got?", "istilah.drainase"),
    ("KR di tabel kumuh itu apa?", "istilah.kr"),
    (("Please clarify the abbreviation 'KR' as it appears in slum baseline tables."), "istilah.kr"),
    ("atasan saya nanya, KS di data baseline kumuh itu artinya apa", "istilah.ks"),
    ("di daftar lokasi kumuh ada kode KB, itu bukan keluarga berencana kan?", "istilah.kb"),
    ("SK kumuh itu apa sih? keputusan siapa", "istilah.skkumuh"),
    ("buat laporan ke pimpinan, yg dimaksud SK kumuh itu dokumen apa?", "istilah.skkumuh"),
    ("delineasi itu artinya apa?", "istilah.delineasi"),
    (
        ("peta delineasi yg diminta itu peta apa maksudnya? masa ginian aja saya ga ngerti"),
        "istilah.delineasi",
    ),
    ("RTLH kepanjangannya apa", "istilah.rtlh"),
    ("Kindly clarify what the abbreviation RTLH denotes.", "istilah.rtlh"),
    ("RLH itu sama dengan RTLH bukan?", ("istilah.rlh", "istilah.rtlh")),
    ("bos minta info, RLH di laporan capaian itu singkatan dari apa?", "istilah.rlh"),
    ("bedah rumah itu maksudnya apa, istilah resmi atau sebutan aja?", "istilah.bedahrumah"),
    ("ada warga yg tanya ke saya soal 'bedah rumah', itu artinya apa ya?", "istilah.bedahrumah"),
    ("BSPS singkatan apa?", "istilah.bsps"),
    (
        ("Kindly advise what BSPS stands for, pursuant to our reporting requirements."),
        "istilah.bsps",
    ),
    ("MBR itu apa", "istilah.mbr"),
    (
        ("For the record, what does the abbreviation MBR stand for in housing program documents?"),
        "istilah.mbr",
    ),
    ("rusunawa itu apa? beda sama rusun biasa?", ("istilah.rusunawa", "istilah.rusun")),
    ("lagi nyusun telaahan, kepanjangan rusunawa apa ya", "istilah.rusunawa"),
    ("rusus itu apa sih", "istilah.rusus"),
    (
        ("Please clarify the meaning of the term 'rusus' as used in housing program documents."),
        "istilah.rusus",
    ),
    (
        (
            "ada warga yg tanya ke saya, huntara itu apa sih? katanya mau dibangun abis banjir "
            "di Mendawai"
        ),
        "istilah.huntara",
    ),
    (
        (
            "G'day mate, what's a huntara when it's at home? Heard it at the flood debrief "
            "this arvo."
        ),
        "istilah.huntara",
    ),
    ("huntap tu singkatan dr apa ya, dari kemarin nanya ga dijawab2", "istilah.huntap"),
    (
        (
            "lagi nyusun telaahan staf pasca kebakaran di Baamang Hilir, perlu jelasin bedanya "
            "hunian sementara sama huntap, tolong"
        ),
        ("istilah.huntap", "istilah.huntara"),
    ),
    ("di form ada isian KK, itu maksudnya kartu keluarga atau kepala keluarga?", "istilah.kk"),
    (
        ("bos minta info, 120 KK dlm usulan itu hitungannya apa sih? per rumah atau per keluarga"),
        "istilah.kk",
    ),
    ("kolom jiwa itu diisi apa? jumlah orgnya kah", "istilah.jiwa"),
    (
        (
            "Quick one mate, the form's got a box for 'jiwa'. Reckon that's just headcount, "
            "number of people?"
        ),
        "istilah.jiwa",
    ),
    ("ha itu satuan apa ya, 1 ha = brp m2? masa ginian aja saya lupa", "istilah.ha"),
    ("kata pak kabid luas lokasi ditulis dlm ha. ha itu hektare kan?", "istilah.ha"),
    ("DED tu kepanjangannya apa, tolong cepat ya udah ditunggu pimpinan", "istilah.ded"),
    (
        (
            "Yth. Admin Sinkron, dengan hormat, kami mohon penjelasan mengenai apa yang "
            "dimaksud dengan DED. Demikian disampaikan, atas perhatiannya diucapkan terima "
            "kasih."
        ),
        "istilah.ded",
    ),
    ("RAB itu apa? atasan saya nanya, sy jg ragu jawabnya", "istilah.rab"),
    ("Mate, what's RAB stand for? The boss reckons we need one by Friday.", "istilah.rab"),
    ("rks = ? singkatan apa, buat bahan laporan ke pimpinan besok", "istilah.rks"),
    ("RKS itu sama dgn RAB bukan? dua2nya kan dokumen teknis", ("istilah.rks", "istilah.rab")),
    ("KAK itu apa, sama dengan TOR bukan?", "istilah.kak"),
    (
        ("untuk persiapan rapat internal besok, saya perlu tahu KAK itu singkatan dari apa"),
        "istilah.kak",
    ),
    ("site plan tu apa ya bahasa indonesianya? rencana tapak?", "istilah.siteplan"),
    (
        ("What's a site plan mean in this context, mate? Just a drawing of the block?"),
        "istilah.siteplan",
    ),
    ("RC di usulan itu maksudnya apa? kata pak kadis tolong dicek", "istilah.rc"),
    ("readiness criteria itu apa, dlm bahasa kita apa namanya", ("istilah.rc", "usulan.kesiapan")),
    ("BAST kepanjangannya apa? tolong cepet ya", "istilah.bast"),
    (
        ("ada yg nanya ke saya, berita acara serah terima itu yg disingkat BAST ya? gunanya apa"),
        "istilah.bast",
    ),
    ("hibah tu maksudnya apa sih? dikasih cuma2 gitu?", "istilah.hibah"),
    (
        ("Heard the word 'hibah' thrown around at the meeting. What's it actually mean, mate?"),
        "istilah.hibah",
    ),
    ("BMD singkatan apa, bos minta info buat inventaris", "istilah.bmd"),
    ("bedanya BMD sama BMN apa? lagi nyusun laporan aset", ("istilah.bmd", "istilah.bmn")),
    ("BMN itu barang milik negara ya? kata atasan saya beda sm aset daerah", "istilah.bmn"),
    ("No worries if it's a dumb question, but what's BMN?", "istilah.bmn"),
    ("O&P itu apa? di draf surat pernyataan ada tulisan O&P", "istilah.op"),
    (
        ("OP tu singkatan dr operasi dan pemeliharaan bukan? masa ginian aja sy ga yakin"),
        "istilah.op",
    ),
    ("lagi nyusun telaahan staf nih, SPM itu kepanjangannya apa ya", "istilah.spm"),
    ("SPM itu apa dan dasar hukumnya PP berapa?", ("istilah.spm", "kewenangan.spm")),
    ("pokja pkp itu apa sih, pak sekda nyuruh sy ikut", "istilah.pokjapkp"),
    (
        "Pokja PKP diatur di permen mana ya? atasan minta dasar hukumnya",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    ("PPAS dlm pokja ppas kepanjangannya apa?", "istilah.pokjappas"),
    (
        ("Mate, Pokja PPAS, what's that one stand for? Keep mixing it up with the budget thing."),
        "istilah.pokjappas",
    ),
    ("AMPL itu apa? yg pokja AMPL", "istilah.pokjaampl"),
    ("kata pak sekda pokja AMPL harus aktif lg, itu pokja apa ya?", "istilah.pokjaampl"),
    ("RP3KP itu dokumen apa, aturannya di permen mana", "istilah.rp3kp"),
    ("bedanya RP3KP sama RP2KPKP apa? sering ketuker", ("istilah.rp3kp", "istilah.rp2kpkp")),
    ("RP2KPKP kepanjangannya apa? panjang bgt singkatannya", "istilah.rp2kpkp"),
    (
        ("Reckon you could tell me what RP2KPKP is? Bloke from Bartim asked me this arvo."),
        "istilah.rp2kpkp",
    ),
    ("KOTAKU tu program apa? masih jalan ga skrg", "istilah.kotaku"),
    (
        (
            "warga Kel. Baamang Tengah tanya ke sy, dulu ada program KOTAKU, itu singkatan apa "
            "ya dan dasar aturannya apa?"
        ),
        "istilah.kotaku",
    ),
    ("DAK tematik PPKT itu apa? buat bahan rapat sama Bappeda", "istilah.daktematikppkt"),
    ("PPKT di DAK tematik PPKT singkatan apa? bos minta info", "istilah.daktematikppkt"),
    ("APBN kepanjangannya? anak magang nanya", "istilah.apbn"),
    ("Sorry mate, APBN, that's the national budget, yeah?", "istilah.apbn"),
    ("apbd itu apa, ada apbd prov ada apbd kab jg kan?", "istilah.apbd"),
    (
        (
            "Yth. Admin, dengan hormat, mohon dijelaskan pengertian APBD. Demikian, atas "
            "perhatiannya diucapkan terima kasih."
        ),
        "istilah.apbd",
    ),
    ("APBDes itu anggaran desa ya?", "istilah.apbdes"),
    ("kades di Bahaur Hulu tanya ke saya, APBDes tu singkatan apa?", "istilah.apbdes"),
    ("bankeu itu apa ya, bantuan keuangan dr prov?", "istilah.bankeu"),
    ("What's Bankeu, mate? Is that money from the province down to us?", "istilah.bankeu"),
    ("pokir itu apa? yg dr DPRD kah", "istilah.pokir"),
    ("kata anggota dewan usulan ini lewat pokir aja, pokir tuh maksudnya apa sih", "istilah.pokir"),
    ("musrenbang singkatan dr apa, masa ginian aja ga ada yg tau di kantor", "istilah.musrenbang"),
    ("musrenbang itu berjenjang ya? dari desa sampai tingkat mana aja?", "istilah.musrenbang"),
    ("rkpd apa ya singkatannya", "istilah.rkpd"),
    (
        (
            "buat bahan laporan ke pimpinan besok, RKPD tu dokumen rencana tahunan ya? "
            "kepanjangannya apa"
        ),
        "istilah.rkpd",
    ),
    ("Renja kepanjangannya apa ya, kata pak sekdis harus disesuaikan", "istilah.renja"),
    (
        (
            "Please advise at your earliest convenience as to the meaning of the term 'Renja' "
            "as used in regional planning documents."
        ),
        "istilah.renja",
    ),
    ("renstra itu berapa tahun? rencana strategis kan", "istilah.renstra"),
    ("bedanya renstra dinas sama RPJMD apa?", ("istilah.renstra", "istilah.rpjmd")),
    ("RPJMD = ? tolong cepet udah ditanya pimpinan", "istilah.rpjmd"),
    (
        (
            "With respect to the acronym RPJMD, kindly clarify what it stands for and the "
            "period it covers."
        ),
        "istilah.rpjmd",
    ),
    ("KUA-PPAS itu apa sih? atasan sy nanya, bahan rapat TAPD", "istilah.kuappas"),
    ("KUA PPAS sm Pokja PPAS itu sama ga?", ("istilah.kuappas", "istilah.pokjappas")),
    ("RKA itu singkatan apa", "istilah.rka"),
    ("Pursuant to our budget preparation, please advise what an RKA is.", "istilah.rka"),
    ("DPA tu apa? beda sama RKA?", ("istilah.dpa", "istilah.rka")),
    ("ada yg nanya ke saya, DPA kepanjangannya apa ya", "istilah.dpa"),
    ("SIPD itu sistem apa ya", "istilah.sipd"),
    ("Please advise what SIPD refers to and which ministry administers it.", "istilah.sipd"),
    ("bapperida itu apa? dulu bappeda kan", "istilah.bapperida"),
    ("kata pak kadis surat ditembuskan ke Bapperida, itu badan apa ya", "istilah.bapperida"),
    ("OPD singkatan apa, buat telaahan staf", "istilah.opd"),
    ("OPD sama SKPD itu sama aja bukan?", ("istilah.opd", "istilah.skpd")),
    ("SKPD itu apa, di surat lama masih ditulis SKPD", "istilah.skpd"),
    ("With respect to the term SKPD, please clarify what it stands for.", "istilah.skpd"),
    ("SPAM di sini bukan spam email kan? maksudnya apa", "istilah.spam"),
    ("lagi nyusun laporan integrasi air minum, SPAM itu singkatan apa tepatnya?", "istilah.spam"),
    ("SPALD tu apa", "istilah.spald"),
    ("Please advise at your earliest convenience what SPALD denotes.", "istilah.spald"),
    ("IPAL itu instalasi pengolahan air limbah ya?", "istilah.ipal"),
    ("bedanya IPAL sama SPALD apa", ("istilah.ipal", "istilah.spald")),
    ("TPS3R itu apa? 3R nya apa aja", "istilah.tps3r"),
    ("warga di Kalampangan tanya ke sy soal TPS3R, itu tempat sampah apa ya", "istilah.tps3r"),
    ("MCK singkatan apa ya, buat laporan", "istilah.mck"),
    (
        ("Kindly clarify what is meant by MCK in the context of sanitation facilities."),
        "istilah.mck",
    ),
    ("RTRW di sini maksudnya tata ruang ya, bukan RT/RW?", "istilah.rtrw"),
    ("bedanya RTRW sama RDTR apa", ("istilah.rtrw", "istilah.rdtr")),
    ("RDTR kepanjangannya apa", "istilah.rdtr"),
    ("kata kabid tata ruang cek di RDTR dulu, itu dokumen apa?", "istilah.rdtr"),
    ("PBG itu pengganti IMB ya?", "istilah.pbg"),
    ("Please advise what PBG stands for and whether it replaced the former IMB.", "istilah.pbg"),
    ("SLF itu apa", "istilah.slf"),
    (
        ("bos minta info, sertifikat laik fungsi itu yg disingkat SLF ya? maksudnya apa"),
        "istilah.slf",
    ),
    ("SKBG singkatan apa ya? dari kemarin nanya blm dijawab", "istilah.skbg"),
    ("SKBG itu sama dengan sertifikat tanah bukan?", "istilah.skbg"),
    ("SKT itu surat apa? yg dr desa kah", "istilah.skt"),
    ("warga di Palingkau Baru cuma pegang SKT, SKT itu maksudnya apa sih", "istilah.skt"),
    ("clean and clear itu maksudnya apa? tolong cepat ya", "istilah.cleanandclear"),
    (
        ("With respect to land readiness, please clarify what 'clean and clear' means."),
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    ("CSR itu dana dari perusahaan ya?", "istilah.csr"),
    ("CSR kepanjangannya apa, kata pak camat bisa minta CSR sawit", "istilah.csr"),
    ("rakor itu singkatan dari apa", "istilah.rakor"),
    ("Please advise what the acronym 'Rakor' stands for.", "istilah.rakor"),
    ("LAPOR! itu apa? yg ada tanda serunya", "istilah.lapor"),
    ("kata admin standar tindak lanjutnya ngikut LAPOR!, LAPOR! tu sistem apa ya", "istilah.lapor"),
    ("kalteng pake WIB atau WITA sih? dasar hukumnya apa?", "istilah.wib"),
    ("backlog perumahan itu maksudnya apa", "istilah.backlog"),
    (
        "kata pak kadis angka backlog PUPR beda sama BPS, emang backlog itu apa sih",
        "istilah.backlog",
    ),
    ("PKP itu apa? bukan pengusaha kena pajak kan", "istilah.pkp"),
    ("bidang PKP singkatan apa, buat kop surat", "istilah.pkp"),
    ("kumuh itu definisinya apa menurut UU?", "istilah.kumuh"),
    ("ada warga tanya, kok kampungnya disebut kumuh, emang kumuh artinya apa?", "istilah.kumuh"),
    ("DAK singkatan dari apa", "istilah.dak"),
    ("DAK sama DAK tematik PPKT beda ya?", ("istilah.dak", "istilah.daktematikppkt")),
    ("rusun itu rumah susun ya", "istilah.rusun"),
    ("bedanya rusun sama rusunawa apa sih", ("istilah.rusun", "istilah.rusunawa")),
]

ROUND58_INTENTS: list[tuple[str, str]] = [
    (("usulan kami USL-2026-0014 udh sampe mana ya? dari kemarin nanya ga dijawab2"), "status"),
    (
        (
            "atasan saya nanya, usulan2 dari Katingan yg kami kirim tgl 3/4 kemarin statusnya "
            "gmn skrg?"
        ),
        "status",
    ),
    (
        ("Please advise on the current status of the proposals our office submitted last month."),
        "status",
    ),
    ("rakor thn ini jadinya kapan dan di mana?", "meeting"),
    (
        (
            "Yth. Admin Sinkron, dengan hormat, mohon informasi apakah rapat koordinasi "
            "berikutnya tetap dilaksanakan Kamis 12-3-2027 jam 09.00 WIB, dan bertempat di "
            "mana. Demikian disampaikan, atas perhatiannya diucapkan terima kasih."
        ),
        "meeting",
    ),
    (
        ("rapat berikutnya sebelum lebaran atau abis lebaran min? bos mau atur jadwal dinas luar"),
        "meeting",
    ),
    ("batas akhir kirim usulan utk TA thn dpn sampai tgl brp?", "deadline"),
    ("kalau baru bisa ngirim usulan semester 2 masih keburu ga? tenggatnya kapan", "deadline"),
    (
        ("tolong cepat ya, pimpinan nanya usulan paling lambat masuk kapan, 30/6 atau akhir Juli?"),
        "deadline",
    ),
    ("selamat pagi min 🙏", "greeting"),
    ("makasih banyak infonya ya, sangat membantu", "greeting"),
    ("G'day, what can this bot do for me?", "greeting"),
    ("gmn caranya ngirim usulan lewat bot ini?", "how_to_submit"),
    (
        ("bos minta saya input usulan drainase Desa Talio ke sini, mulainya dari mana ya?"),
        "how_to_submit",
    ),
    ("Please advise the procedure for submitting a proposal through this bot.", "how_to_submit"),
    (
        ("kata pak kadis tolong dicek usulan jaling kami yg USL-2027-0031 udh sampe mana ya"),
        "status",
    ),
    (
        (
            "usulan drainase Kel. Tewah yg kami kirim tgl 3/4 kemarin statusnya gmn? dari "
            "kemarin nanya ga dijawab2"
        ),
        "status",
    ),
    ("Hi mate, any word on where our three proposals from Pulpis are at?", "status"),
    ("rakor thn ini jadinya kapan min? katanya Kamis 12-3-2027, jadi ga?", "meeting"),
    ("rapat koordinasi berikutnya mulai jam brp dan dimana? jam 09.00 WIB ya?", "meeting"),
    (("bos minta info, rapat sinkronisasi thn dpn diadakan bulan apa dan di aula mana"), "meeting"),
    ("batas akhir kirim usulan TA 2028 kapan? sebelum lebaran masih keburu ga", "deadline"),
    ("usulan utk thn dpn paling lambat tgl brp harus masuk?", "deadline"),
    (
        (
            "Pursuant to the upcoming budget cycle, please advise the closing date for "
            "proposal submissions."
        ),
        "deadline",
    ),
    ("selamat pagi min", "greeting"),
    ("makasih banyak ya, sangat membantu", "greeting"),
    ("halo, bot ini bisa bantu apa aja?", "greeting"),
    (
        ("gmn caranya kirim usulan lewat bot ini? mau usul jaling di Desa Bahaur Hulu"),
        "how_to_submit",
    ),
    (
        (
            "Yth. Admin Sinkron, dengan hormat, mohon petunjuk tata cara penyampaian usulan "
            "kegiatan melalui aplikasi ini. Demikian disampaikan, atas perhatiannya diucapkan "
            "terima kasih."
        ),
        "how_to_submit",
    ),
    (
        (
            "kata atasan saya usulan semester 2 ini harus lewat bot, langkah2 input usulannya "
            "gimana ya?"
        ),
        "how_to_submit",
    ),
]

ROUND58_AREAS: list[tuple[str, str]] = [
    (
        ("kawasan kumuh di kel. Ketapang Sampit luas delineasinya 12,5 ha, itu kewenangan siapa?"),
        "provinsi",
    ),
    (("kumuh seluas 98.000 meter persegi di Baamang Hilir, yg nanganin kab atau prov?"), "kabkota"),
    (
        (
            "atasan saya nanya, lokasi kumuh di Pahandut Seberang luasnya pas 10 hektar, masuk "
            "kewenangan prov ga?"
        ),
        "provinsi",
    ),
    (
        (
            "Yth. Admin Sinkron, dengan hormat, kawasan kumuh Selat Tengah dalam SK tercatat "
            "tepat 15 hektare. Mohon informasi tingkat pemerintahan yang berwenang "
            "menanganinya. Demikian disampaikan, atas perhatiannya diucapkan terima kasih."
        ),
        "pusat",
    ),
    ("kumuh 1.500 are di Kumai Hilir tanggung jawab siapa?", "pusat"),
    (
        (
            "kawasan kumuh di desa Talio luasnya kurang dari seperempat hektar, itu urusan kab "
            "atau bisa ke prov?"
        ),
        "kabkota",
    ),
    ("kawasan kumuh kurang lebih 14 ha di Mendawai Seberang, siapa yg berwenang?", "provinsi"),
    ("kumuh di Lanjas Muara Teweh hampir 10 ha, masuk kewenangan mana?", "kabkota"),
    (("luas kawasan kumuhnya 0,2 km2 di Kalampangan, itu dipegang pusat, prov atau kab?"), "pusat"),
    (
        (
            "kawasan kumuh 125.000 m² di Mentawa Baru Hilir kewenangan siapa ya? dari kemarin "
            "nanya ga dijawab2"
        ),
        "provinsi",
    ),
    (
        ("buat laporan ke pimpinan, lokasi kumuh 1.5 ha di Selat Hilir itu ranahnya siapa?"),
        "kabkota",
    ),
    (
        (
            "Mate, we've got a slum pocket in Buntok Kota that's a touch over 15 hectares. Who "
            "looks after that one?"
        ),
        "pusat",
    ),
    ("kawasan kumuh di Kel. Baamang Hilir luasnya 950 are, kewenangan siapa ya?", "kabkota"),
    ("kumuh seperempat hektar di Desa Bahaur Hilir itu yg tangani kab atau prov?", "kabkota"),
    (
        (
            "bos minta info: lokasi kumuh di Kumai Hulu luasnya kurang dari 2 ha, tepatnya 1.5 "
            "ha, siapa yg berwenang?"
        ),
        "kabkota",
    ),
    (
        (
            "kumuh di Kel. Selat Dalam luasnya hampir 10 ha, di SK tertulis 9,9 ha. siapa yg "
            "berwenang?"
        ),
        "kabkota",
    ),
    (("delineasi kumuh di Kel. Panarung kurang lebih 0,14 km2, tanggung jawab siapa?"), "provinsi"),
    (
        (
            "Yth. Admin Sinkron, dengan hormat, kawasan kumuh Mentawa Baru Hilir dengan luas "
            "tepat 10 ha menjadi kewenangan pemerintah tingkat mana? Demikian disampaikan, "
            "terima kasih."
        ),
        "provinsi",
    ),
    (
        ("kumuh di Kel. Puruk Cahu luasnya antara 10,5 sampai 11 ha (blm final), ditangani siapa?"),
        "provinsi",
    ),
    (
        (
            "Pursuant to our SK kumuh, the slum location in Langkai measures twelve and a half "
            "hectares. Please advise which level of government is responsible."
        ),
        "provinsi",
    ),
    ("kawasan kumuh pas 15 hektare di Selat Hulu, masih kewenangan prov ga?", "pusat"),
    (("kumuh di Kel. Tamiang Layang luasnya 160.000 meter persegi, siapa yg nanganin?"), "pusat"),
    (
        (
            "ada lokasi kumuh 0,2 km persegi di Kel. Ketapang Sampit, masuk kewenangan siapa "
            "ya? tolong cepat"
        ),
        "pusat",
    ),
    (
        (
            "Mate, the slum area in Nanga Bulik is a bit more than 20 ha. Who's on the hook "
            "for that, the regency, the province or the centre?"
        ),
        "pusat",
    ),
]

ROUND58_OUT_OF_SCOPE: list[str] = [
    "harga semen per sak di Sampit minggu ini brp?",
    "besok di Palangka Raya hujan ga ya? mau survei lapangan",
    "cara perpanjang SIM online gmn?",
    "gaji PPPK paruh waktu di pemkab berapa sih?",
    "berapa jumlah RTLH di Kabupaten Sukamara tahun 2025?",
    "pagu DAK Tematik PPKT utk Kapuas thn 2027 berapa?",
    "jadwal penerimaan CPNS Pemprov Kalteng kapan dibuka?",
    "cara ngurus sertifikat tanah di BPN gmn prosedurnya?",
    "nomor WA pribadi pak kadis brp ya?",
    "harga rumah subsidi di Pangkalan Bun sekarang brp?",
    ("jalan nasional Palangka Raya - Kuala Kurun rusak parah, kapan diperbaiki balai jalan?"),
    "tarif PDAM di Sampit naik ga bulan ini?",
    "sapa pemenang tender drainase di Buntok kemarin?",
    "What's the exchange rate for the Aussie dollar today, mate?",
    (
        "Please advise the total contract value of the rusunawa constructed in Palangka "
        "Raya in 2024."
    ),
    "cuaca besok di Muara Teweh hujan ga ya? mau survei lokasi",
    "harga semen per sak di Sampit skrg berapa?",
    "cara perpanjang SIM di Palangka Raya gmn",
    "berapa jumlah RTLH di Kab. Sukamara tahun 2026?",
    "pagu anggaran Disperkimtan untuk TA 2028 total berapa?",
    "kapan pengumuman seleksi PPPK pemprov?",
    "sertifikat tanah saya hilang, ngurus ke BPN gimana caranya",
    "cicilan KPR subsidi rumah tipe 36 per bulan berapa skrg?",
    ("berapa persen rumah tangga di Bartim yang sudah punya akses air minum perpipaan saat ini?"),
    ("bos minta info, berapa unit bedah rumah yang selesai dibangun di Katingan tahun lalu?"),
    ("tolong rekomendasiin hotel murah dekat Jl. D.I. Panjaitan, mau nginep pas rakor"),
    "saya mau ajukan cuti tahunan, formnya dmn ya?",
    "What's the going rate for a tradie per day in Palangka Raya, mate?",
    ("Please advise the current exchange rate of the rupiah against the US dollar."),
    ("Pursuant to the recent floods in Kapuas, please advise how many houses were inundated."),
]
