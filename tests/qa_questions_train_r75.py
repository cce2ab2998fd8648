"""Training table R75 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 64's styles, written by another hand for the first half of the topic list after round 64
was measured untouched: Banjar words, a signature block or greeting header, a link, phone
number or file path beside the question, two questions with the one that matters marked,
Sundanese words, bureaucratic abbreviations with dots and slashes, a quiz or FAQ draft, a
photo or site visit described; American Southern or Hong Kong English. A glossary entry's
questions ask what the term means. Its slum-area questions are computed by rule, not learned;
they are measured here only. Written and read in round 37.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R75_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Assalamualaikum pian. Ulun pegawai baru di Disperkim Kab. Lamandau, handak paham "
            "dulu: pembagian urusan perkim antara pusat, prov, kab/kota tu kaya apa garis "
            "besarnya?\nSalam, Rudi"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Howdy y'all. I reckon I need the big picture first: in housing and settlements, "
            "who handles what, Jakarta, the province or us at the regency?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Pertanyaan untuk FAQ dinas: perumahan & kawasan permukiman tu termasuk urusan "
            "wajib pelayanan dasar atau urusan pilihan? dasar hukumnya psl brp?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "bubuhan TAPD Kab. Seruyan handak motong anggaran perkim, kata ulun ini urusan "
            "wajib. benar kah kada?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Q: Pembagian kewenangan penanganan kawasan kumuh antara kab/kota, prov dan pusat "
            "patokannya apa?\nA: ?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "punten, abdi ti Dinas Perkim Kapuas. Batas luas kumuh nu jadi kewenangan "
            "kabupaten, provinsi jeung pusat teh kumaha nya? sok bingung wae"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kawasan kumuh yg 15 ha ke atas tu memang pusat yg pegang kah? wayah pang rapat "
            "kemarin ada yg bilang prov jg bisa"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Fixin' to write up a slum site that's a whole lot bigger than fifteen hectares. "
            "Reckon that falls to the central government then, not the province?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "pencegahan kumuh (bukan peningkatan kualitas ya) bisa diusulkan ke prov kah, atau "
            "memang punya kab/kota aja?\nTtd. Kasi Kawasan Permukiman Disperkim Kab. Barsel"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Mhn info c.q. Bid. Kawasan Permukiman: kegiatan mencegah tumbuhnya permukiman "
            "kumuh baru tsb kewenangan level mana?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "sub urusan perumahan tu pembagiannya kaya apa? prov dapat bagian napa, kab/kota "
            "dapat napa"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Naon wae kewenangan provinsi dina sub-urusan perumahan? abdi bade nyieun telaahan "
            "kanggo pimpinan"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "DPRD Kab. Katingan minta kami bangun rumah utk MBR. penyediaan rumah MBR & "
            "pembiayaannya tu sebenarnya urusan pusat kah?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "rusun buat warga berpenghasilan rendah itu yg bangun pusat atau prov? urang "
            "Sampit banyak nanya ke ulun"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Tadi ulun ke lokasi banjir di Ds. Tumbang Liting, Kec. Katingan Hilir, ada 12 "
            "rumah rusak berat. perbaikan rumah korban bencana tu yg nangani kab kah prov?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Y'all, if folks get moved out on account of a provincial program, who's supposed "
            "to get 'em a decent house? Might could be us, might could be the province."
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "izin pembangunan perumahan utk developer di Pangkalan Bun yg nerbitin kab atau "
            "prov? SKBG sekalian jg"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Pertanyaan untuk FAQ dinas: penerbitan izin pembangunan dan pengembangan kawasan "
            "permukiman itu kewenangan siapa?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "sub-urusan kawasan permukiman isinya apa aja per level? pusat, prov, kab/kota "
            "masing2 ngapain"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Di sub urusan kawasan permukiman, bagian provinsi tu napa haja? pusat kebagian "
            "napa?\nSalam, Dedi - Perkim Kab. Gumas"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "PSU perumahan sama PSU permukiman tu beda kewenangan kah? yg mana punya prov, yg "
            "mana punya kab?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Quick one, y'all: PSU out in a developer's housing estate versus PSU in a plain "
            "ol' settlement, which one's the province's and which one's ours?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "di lokasi ada jalan lingkungan rusak sama drainase mampet, Kel. Baamang Hilir "
            "Sampit. yg bisa dibangun Disperkimtan prov tu cuma jalan & drainase kah, MCK bisa "
            "jg?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "drainase di sepanjang jalan provinsi bisa masuk PSU yg dibangun Disperkimtan kah? "
            "foto sdh ulun simpan di D:/usulan/2026/drainase_jlprov.jpg"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "konsultan lokal di Muara Teweh handak registrasi sbg perencana PSU kemampuan "
            "kecil. ulun arahkan ke kab, prov, atau pusat? yg menengah ke mana?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "SPM bidang perumahan rakyat utk provinsi jenis layanannya apa aja & targetnya brp "
            "persen?"
        ),
        "kewenangan.spm",
    ),
    ("Kumaha SPM perumahan teh? naon bedana SPM provinsi jeung kabupaten/kota?", "kewenangan.spm"),
    (
        (
            "desa kami luasnya 300an ha tapi yg kumuh cuma sebagian. utk nentuin kewenangan, "
            "yg dihitung luas desa atau luas kawasan di SK?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Do we count the whole village's acreage or just the slum patch drawn in the "
            "decree when we figure whose job it is? Reckon it makes a heap of difference."
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "yg netapkan lokasi kumuh tu bupati kah gubernur? trus berapa tahun sekali wajib "
            "ditinjau ulang?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "Ttd. Kabid Perkim Kab. Gumas\nMohon info, penetapan lokasi kumuh kami terakhir "
            "2019. siapa yg berwenang menetapkan ulang & apa sudah waktunya direview?"
        ),
        "kumuh.penetapan",
    ),
    (
        ("7 aspek kriteria kumuh tu napa haja? yg ulun ingat cuma bangunan, jalan, drainase"),
        "kumuh.aspek",
    ),
    (
        (
            "Q: Sebutkan aspek penilaian kumuh menurut Permen PUPR 14/2018\nA: ?\n(utk kuis "
            "bimtek staf Kec. Pahandut)"
        ),
        "kumuh.aspek",
    ),
    ("skor kumuh maksimal brp, trus mulai angka berapa disebut kumuh berat?", "kumuh.penilaian"),
    (
        (
            "hasil penilaian lokasi di Kel. Panarung totalnya 64. itu sdh kumuh berat kah? "
            "skoring per kriterianya kaya apa"
        ),
        "kumuh.penilaian",
    ),
    ("nilai kekumuhan 41 masuk sedang atau ringan ya?", "kumuh.tingkat_sedang_ringan"),
    (
        (
            "1. rentang skor kumuh ringan sama sedang brp2?\n2. alamat kantor dinas prov?\nyg "
            "penting no 1 dulu ya"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "lokasi kumuh di bantaran sungai Kahayan, tanahnya kada legal. penanganannya "
            "pemugaran, peremajaan, atau pemukiman kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "What's the difference 'tween pemugaran and peremajaan when y'all fix up a slum? "
            "Fixin' to explain it to the camat."
        ),
        "kumuh.pola_penanganan",
    ),
    (
        ("brp jumlah lokasi kumuh se-Kalteng & total luasnya? utk bahan sambutan kadis besok"),
        "kumuh.kalteng",
    ),
    (
        (
            "kab mana yg paling banyak lokasi kumuhnya di Kalteng? dengar2 Kapuas, yg paling "
            "sedikit mana?"
        ),
        "kumuh.kalteng",
    ),
    ("usulan kegiatan ke prov tu isinya apa aja sih? biar ga bolak balik revisi", "usulan.isi"),
    (
        (
            "What all do y'all need in a proposal, and why're y'all askin' for all them fields "
            "anyhow?"
        ),
        "usulan.isi",
    ),
    (
        ("Naon wae jenis usulan nu tiasa dikirim ka provinsi? kumuh, PSU, teras naon deui?"),
        "usulan.jenis",
    ),
    (
        ("usulan ke prov bisa jenis apa aja? selain kumuh dan jaling ada pilihan lain kah"),
        "usulan.jenis",
    ),
    (
        (
            "data lokasi usulan harus selengkap apa? kec, desa, nama lokasi, titik koordinat, "
            "perkotaan/perdesaan perlu semua?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "titik GPS lokasi wajib kah? sinyal di Ds. Dirung Kec. Murung kadang kada dapat "
            "sama sekali"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "penerima manfaat ditulis dlm KK atau jiwa? trus sumber dana boleh kombinasi APBD "
            "Kab + CSR?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "How do y'all want the cost wrote up, and who counts as a beneficiary, households "
            "or heads?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "dokumen kesiapan (readiness criteria) utk usulan PSU apa aja yg harus siap sblm "
            "dikirim?"
        ),
        "usulan.kesiapan",
    ),
    (
        ("RC tu isinya napa haja? ulun handak siapkan berkas sblm rakor\nHP 0813 4921 7755"),
        "usulan.kesiapan",
    ),
    (
        (
            "lahan utk jaling masih atas nama warga, blm sertifikat, cuma SKT. dianggap clean "
            "and clear kah?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "syarat clean and clear tu apa aja? lahan di Ds. Pasir Panjang Kec. Arut Selatan "
            "masih sengketa batas dgn tetangga"
        ),
        "usulan.lahan",
    ),
    (
        (
            "usulan kumuh wajib lampirkan SK kumuh kah? SK kami thn 2020 tapi lokasi yg mau "
            "diusulkan blm tercantum"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Pas isi usulan kumuh ditanya no SK, tgl SK, lokasi ada di SK atau tdk. kalo SK "
            "nya sdh lebih 5 thn ngaruh ke usulan kah?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        ("DED & RAB wajib pas ngusul atau bisa nyusul? site plan, RKS, foto jg perlu?"),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Y'all need the DED and the RAB up front, or can we send 'em on later? Got plenty "
            "of photos, though."
        ),
        "usulan.dokumen_teknis",
    ),
    (
        ("surat pernyataan hibah dan O&P tu gunanya napa? wajib dilampirkan kah di usulan?"),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Pertanyaan untuk FAQ dinas: mengapa kab/kota diminta surat pernyataan sanggup "
            "menerima hibah & melakukan operasi dan pemeliharaan?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "tadi foto rumah warga di Kel. Kasongan Lama, dindingnya papan lapuk, atap bocor, "
            "tanahnya cuma ada SKT. bisa diusulkan RTLH lewat prov?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Fella wants a brand-new house put up on his cousin's land through the province's "
            "RTLH program. Reckon that'll qualify?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "ada warga RT 05 Kel. Menteng minta jalan lingkungan langsung ke prov. syaratnya "
            "apa supaya diterima?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Got a bunch of neighbors fixin' to ask the province straight out for a drainage "
            "ditch. What do they need, the RT, the lurah and the camat signin' off?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "jalan lingkungan yg dibangun prov thn lalu di Kel. Raja, Arut Selatan, sekarang "
            "rusak. yg wajib memelihara siapa? BAST nya sdh diteken"
        ),
        "hibah.aset",
    ),
    (
        (
            "Province build the drainage on our land already, then the asset belong to who ah? "
            "Need BAST or not? Can help me check?"
        ),
        "hibah.aset",
    ),
    (
        ("usulan kami ternyata bukan kewenangan prov. trus dananya bisa cari dari mana lagi?"),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "kumuh 6 ha di Kec. Selat bukan kewenangan prov kan? terutama yg kedua: sumber "
            "dana lain apa aja yg bisa kami kejar?"
        ),
        "pendanaan.saluran_lain",
    ),
    ("alur usulan dalam setahun kaya apa? dari nyiapin usulan sampai dibangun", "siklus.tahunan"),
    (
        "So how the yearly cycle go? We submit this year, then build which year ah?",
        "siklus.tahunan",
    ),
    (
        ("sesudah usulan masuk, prov memeriksanya apa aja? administrasi, teknis, kewenangan?"),
        "siklus.pemeriksaan",
    ),
    (
        ("Punten, usulan ti kabupaten teh dipariksa kumaha ku provinsi? aya cek lapangan teu?"),
        "siklus.pemeriksaan",
    ),
    ("Rakor bidang kawasan permukiman tu napa tujuannya? siapa haja pesertanya?", "siklus.rakor"),
    (
        ("What is this Rakor actually for one? Our new boss ask me, I also don't know lah."),
        "siklus.rakor",
    ),
    ("Q: Apa hubungan Rakor dengan Musrenbang Provinsi, RKPD dan APBD?\nA: ?", "siklus.rkpd_apbd"),
    (
        ("usulan yg sdh disetujui di rakor lanjutnya ke mana? masuk RKPD dulu baru APBD kah"),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Pokja PKP itu apa & dasar hukumnya apa? Kab. Bartim mau bikin SK pokja baru\ncek "
            "draft di https://jdih.bartimkab.example/draft-sk-pokja.pdf"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        ("Our Sekda ask us set up Pokja PKP. It's for what ah? Got legal basis or not?"),
        "koordinasi.pokja_pkp",
    ),
    (
        ("alamat kantor Disperkimtan prov di mana? handak antar berkas hardcopy dari Kuala Kurun"),
        "disperkimtan.kontak",
    ),
    (
        ("website resmi Disperkimtan Kalteng apa ya? mau cek pengumuman, takut salah buka situs"),
        "disperkimtan.kontak",
    ),
    ("perintah2 di bot ni apa aja? /usul, /status, trus apa lagi", "bot.cara_pakai"),
    ("The time in this bot is WIB or WITA ah? I always confused lah.", "bot.cara_pakai"),
    (
        ("isi /usul baru setengah, sinyal putus. nanti ulang dari awal kah atau tersimpan?"),
        "bot.usul",
    ),
    (
        ("bisa kah salin usulan tahun lalu biar ga ngetik ulang? foto & dokumennya ikut kesalin?"),
        "bot.usul",
    ),
    ("status 'perlu perbaikan' tu artinya napa? ulun harus ngapain?", "bot.status"),
    ("What means 'dibahas di Rakor' status? Approved already or not yet meh?", "bot.status"),
    (
        ("usulan kami statusnya dialihkan ke APBD kab. maksudnya gmn & langkah selanjutnya apa?"),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Salam, Nanda - Disperkim Kab. Sukamara\nusulan ditolak alasan 'bukan kewenangan "
            "provinsi'. kami harus gmn sekarang?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        ("berapa hari kerja usulan harusnya sdh diverifikasi sejak dikirim? patokannya apa"),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Submit already one week, nobody check. Got any standard how many days must follow "
            "up or not?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "kadis kami kada kawa hadir rakor, boleh diwakilkan kah? konfirmasi hadirnya lewat "
            "bot kaya apa?"
        ),
        "bot.rapat",
    ),
    (
        ("undangan rapat dr bot tu ada pengingatnya kah? berapa kali diingatkan sebelum acara?"),
        "bot.rapat",
    ),
    ("Perkim tu singkatan napa?", "istilah.perkim"),
    (
        ("di kop surat tertulis Dinas Perkim Kab. Barut, perkim kepanjangannya apa ya"),
        "istilah.perkim",
    ),
    ("Disperkimtan kepanjangannya apa? yg 'tan' di belakang tu maksudnya?", "istilah.disperkimtan"),
    ("naon kapanjangan Disperkimtan teh?", "istilah.disperkimtan"),
    ("PSU tu singkatan dari napa?", "istilah.psu"),
    ("PSU means what? Prasarana something something, I forget lah.", "istilah.psu"),
    ("jaling itu apa ya? ada di notulen rapat kmrn", "istilah.jaling"),
    ("Q: Jaling = ?\nA: ?\n(draft glosarium utk staf baru Kec. Jekan Raya)", "istilah.jaling"),
    ("drainase tu napa artinya? bubuhan warga kada paham waktu sosialisasi", "istilah.drainase"),
    (
        "Drainase is just drain lah? Or got special meaning in this housing thing?",
        "istilah.drainase",
    ),
    ("KR di tabel kumuh tu artinya apa?", "istilah.kr"),
    ("kode KR dlm lampiran SK kumuh Kab. Kotim maksudnya apa", "istilah.kr"),
    ("KS in the slum table stands for what ah? Kumuh something?", "istilah.ks"),
    ("KB di kolom tingkat kekumuhan bukan keluarga berencana kan? 😂", "istilah.kb"),
    ("singkatan KB dlm data kumuh tu napa?", "istilah.kb"),
    ("SK kumuh itu apa sih sebenarnya?", "istilah.skkumuh"),
    ("What is SK kumuh? Everybody in the meeting keep mention lah.", "istilah.skkumuh"),
    ("delineasi tu napa maksudnya? ulun kada tahu", "istilah.delineasi"),
    ("Pertanyaan untuk FAQ dinas: apa yang dimaksud dengan delineasi kumuh?", "istilah.delineasi"),
    ("RTLH singkatan apa?", "istilah.rtlh"),
    ("RTLH is short for what? The kampung people keep say.", "istilah.rtlh"),
    ("RLH tu apa? lawannya RTLH kah?", "istilah.rlh"),
    ("bedah rumah itu istilah resminya apa?", "istilah.bedahrumah"),
    (
        ("bubuhan warga di Ds. Sarapat bilang 'bedah rumah', maksudnya napa sebenarnya?"),
        "istilah.bedahrumah",
    ),
    ("BSPS apaan?", "istilah.bsps"),
    ("BSPS stands for what? Is it the central one programme?", "istilah.bsps"),
    ("MBR itu apa?", "istilah.mbr"),
    ("MBR teh naon, kang?", "istilah.mbr"),
    ("rusunawa kepanjangannya apa? bedanya sama rusun biasa", "istilah.rusunawa"),
    ("Rusunawa is like public rental housing estate in HK one ah?", "istilah.rusunawa"),
    ("rusus tu rumah apa?", "istilah.rusus"),
    ("Q: Rusus = ...\nA: ?\nSalam, Tim FAQ Disperkim Kab. Mura", "istilah.rusus"),
]

TRAIN_R75_INTENTS: list[tuple[str, str]] = [
    ("usulan kami yg kemarin sdh sampai mana ya? USL-2026-0014", "status"),
    (
        (
            "Ulun handak tahu usulan Kab. Pulpis tahun ini statusnya napa haja wayah "
            "ini\nSalam, Yanti"
        ),
        "status",
    ),
    ("Can help me check our proposals status? Submitted last month already.", "status"),
    ("rakor tahun ini kapan & di mana? biar bisa pesan tiket dari Puruk Cahu", "meeting"),
    ("Punten, rapat koordinasi salajengna iraha? di mana tempatna?", "meeting"),
    ("jadwal rapat berikutnya udh ada blm?", "meeting"),
    ("batas akhir kirim usulan utk TA 2027 kapan?", "deadline"),
    (("Ttd. Kasi Perumahan Kab. Sukamara\nusulan masih bisa masuk sampai tgl berapa?"), "deadline"),
    (("handak nanya, tenggat usulan kapan ditutup? kada sempat kami kalo minggu ini"), "deadline"),
    ("Assalamualaikum, selamat pagi pak/bu", "greeting"),
    ("makasih banyak infonya 🙏", "greeting"),
    ("bot ini bisa bantu apa aja?", "greeting"),
    ("cara kirim usulan lewat bot ini gmn?", "how_to_submit"),
    ("Kumaha carana ngirim usulan ngaliwatan bot ieu?", "how_to_submit"),
    ("ulun handak mengusulkan jaling lewat Sinkron, mulainya dari mana?", "how_to_submit"),
]

TRAIN_R75_AREAS: list[tuple[str, str]] = [
    ("kawasan kumuh di Kel. Selat Hulu luasnya 12,4 ha, kewenangan siapa?", "provinsi"),
    (("luas delineasi kumuh Kel. Panarung pas 10 hektar, prov atau kota yg tangani?"), "provinsi"),
    ("lokasi kumuh tepat 15 ha di Kel. Baamang Hulu Sampit, masuk prov kah?", "pusat"),
    (("kumuh 85.000 m2 di Ds. Pasir Panjang Kec. Arut Selatan, siapa yg berwenang?"), "kabkota"),
    ("kumuh seluas 142.500 m² di Kel. Mambulau tu urusan kab kah urusan prov?", "provinsi"),
    (
        (
            "kurang dari 10 ha, tepatnya 9,99 hektare, kawasan kumuh Kel. Lanjas Muara Teweh. "
            "kewenangan?"
        ),
        "kabkota",
    ),
    (("kumuh lebih dari 15 ha, kira2 18 hektar di Kel. Kasongan Baru, siapa yg tangani?"), "pusat"),
    ("kawasan kumuh 14,99 ha di Kel. Bereng Pulang Pisau kewenangan mana?", "provinsi"),
    ("Slum area 6 hectares in Kel. Padang, Sukamara. Whose job ah?", "kabkota"),
    (("kumuh 100.000 meter persegi di Kel. Tamiang Layang, kewenangan kab atau prov?"), "provinsi"),
    (
        (
            "Punten, kawasan kumuh di Kel. Kuala Pembuang I luasna 3,2 hektar, saha nu "
            "tanggung jawab?"
        ),
        "kabkota",
    ),
    (
        (
            "Ttd. Kabid Kawasan Permukiman Kab. Kapuas\nKawasan kumuh Kel. Selat Dalam luas di "
            "SK 71,90 ha, penanganannya kewenangan siapa?"
        ),
        "pusat",
    ),
]

TRAIN_R75_OUT_OF_SCOPE: list[str] = [
    "harga semen per sak di Muara Teweh sekarang brp ya?",
    ("Y'all know what the weather's fixin' to do in Sampit tomorrow? Got a site visit."),
    "KPR subsidi FLPP paling cepat cair di bank mana?",
    "NJOP tanah di Kel. Menteng brp per meter?",
    "gaji PPPK golongan IX tahun ini brp?",
    "penerimaan CPNS Pemprov Kalteng kapan dibuka?",
    "berapa jumlah RTLH di Kab. Barito Timur tahun 2025?",
    "brp pagu DAK Tematik PPKT utk Kab. Kotim tahun depan?",
    "cara urus sertifikat tanah lewat PTSL di BPN gmn?",
    "ulun handak cuti tahunan, formnya minta ke siapa?",
    "tarif PDAM Kota Palangka Raya per kubik brp?",
    "izin galian C utk tanah urug jalan ke dinas mana?",
    "Any cheap hotel near Jl. D.I. Panjaitan Palangka Raya? Can recommend?",
    "cara bikin SPJ perjalanan dinas di SIPD gmn?",
    "pemenang tender jalan lingkungan Kec. Pahandut thn lalu siapa?",
]
