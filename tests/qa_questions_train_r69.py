"""Training table R69 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 61's styles, written by another hand for the first half of the topic list after round 61
was measured untouched: "alay" writing, words run together or split, hashtags and mentions,
asking for an example, a story of the day first, counting days, honorifics and kinship words,
Dayak Ngaju words; Singaporean or Nigerian English. A glossary entry's questions ask what the
term means. Its slum-area questions are computed by rule, not learned; they are measured here
only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R69_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "bang, bs kasih gambaran singkat ga pembagian ke wenangan perkim antara pusat, "
            "prov sm kab/kota? biar aku ga salah ngusul"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Eh who does what for housing and settlement ah? Pusat, province, kabupaten all "
            "got different job is it?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "perkim tu trmsk urusan wajib ato urusan pilihan sih? dasar hukumnya pasal brp, bu "
            "kabid nanya td"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "#tanya narai dasar hukum yg bilang perumahan rakyat itu urusan wajib pemda, bkn "
            "pilihan?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        ("kum0h tu pembagiannya brdsrkan luas ya? patokan h4 nya brp aja utk kab, prov, pusat"),
        "kewenangan.kumuh",
    ),
    (
        (
            "tadi pagi ikut sosialisasi di kecamatan Kumai, listrik mati pas materi jd ga "
            "sempet nyatet... kawasan kumuh itu yg nanganin tergantung luasnya kan? batasannya "
            "gmn ndan?"
        ),
        "kewenangan.kumuh",
    ),
    (
        "kumuh skala gede yg jd jatah pusat tu yg kayak gimana? kasih contoh dong",
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Our slum area very big one, more than 15 hectare. Province can handle or not? Or "
            "must go to central already?"
        ),
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    ("pencegahankumuh itu tugas siapa sih, prov ikut ga?", "kewenangan.pencegahan_kumuh"),
    (
        (
            "kak, program biar ga muncul kumuh baru di Kel. Pahandut Seberang boleh diusulin "
            "ke provinsi ga? atau itu urusan pemkot sendiri"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "urusan rumah2 (bukan kawasan) tu pembagian tugasnya gmn antara prov sm kab? "
            "contohnya apa aja"
        ),
        "kewenangan.perumahan",
    ),
    (
        ("P3NTING BGT: prov tu sbnrnya pegang apa aja di bidang perumahan? lg nyusun renja nih"),
        "kewenangan.perumahan",
    ),
    ("rumah utk MBR sm rusun itu ranahnya pusat ya bang?", "kewenangan.perumahan_pusat"),
    (
        (
            "#tanya klo mau bangun rumah susun buat warga berpenghasilan rendah di Sampit, "
            "usulnya ke kementerian ato ke prov?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "td mlm banjir di Mentaya Hilir Selatan, bbrp rumah hanyut. yg tanggung jawab "
            "bangun lg rumahnya siapa? bupati ato gubernur?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        ("If people kena relocate because of province project, who must provide the house ah?"),
        "kewenangan.bencana_relokasi",
    ),
    ("izin pembangunan perumahan dr developer itu yg terbitin kab ato prov?", "kewenangan.izin"),
    ("mas admin, SKBG sm izin kawasan permukiman tu yg ngeluarin siapa ya?", "kewenangan.izin"),
    (
        "urusan kawasanpermukiman tu prov pegang apa aja, kab apa, pusat apa?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "For kawasan permukiman part, what province can do and what kabupaten can do? Got "
            "difference or not?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    ("PSU perumahan vs PSU permukiman bedanya apa? mana yg jatah prov?", "kewenangan.psu"),
    (
        (
            "cc @kabid_kawasan: jalan & saluran di komplek perumahan developer itu PSU-nya "
            "diurus kab atau prov ya?"
        ),
        "kewenangan.psu",
    ),
    ("Disperkimtan prov tu bisa bangun PSU apa aja? kasih contoh dong", "psu.lingkup_provinsi"),
    (
        ("jln kabupaten di Kuala Kurun rusak parah, bs diusulin ke prov sbg PSU ga bang?"),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "sertifikasi & registrasi perancang rumah sm perencana PSU tu siapa yg ngurus? kab "
            "ato prov? utk konsultan kecil2"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "My friend is architect, want to register as house designer lah. Which level do "
            "the certification one?"
        ),
        "kewenangan.sertifikasi",
    ),
    ("SPM bidang perumahan isinya apa aja? targetnya brp persen?", "kewenangan.spm"),
    (
        (
            "bu kabid minta data capaian SPM utk laporan akhir taun, aku bingung... SPM "
            "perumahan yg jadi tugas prov itu layanan apa aja sih?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "luas kumuh yg dipake buat nentuin kewenangan tu luas desa keseluruhan atau luas "
            "yg di SK? plisss jawab"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "kawasan kumuh kami nyebrang 2 kelurahan, Baamang Hulu sm Baamang Tengah. ngitung "
            "luasnya pake yg mana ndan?"
        ),
        "kumuh.luas_delineasi",
    ),
    ("yg netapin lokasi kumuh itu gubernur ato bupati?", "kumuh.penetapan"),
    (
        ("SK kumuh harus direview tiap brp taun sih? punya kami terbit 2019, kanampi?"),
        ("kumuh.penetapan", "usulan.sk_kumuh"),
    ),
    ("kriteria kumuh ada brp aspek? sebutin dong kak", "kumuh.aspek"),
    (
        (
            "rakooor kmrn sempet dibahas aspek2 kumuh, aku lupa apa aja... proteksi kebakaran "
            "termasuk kan?"
        ),
        "kumuh.aspek",
    ),
    ("skor kumuh maksimal brp, trus nilai brp yg disebut kumuh berat?", "kumuh.penilaian"),
    (
        (
            "How they score the slum ah? Each criteria give 0, 1, 3, 5 is it? Then kumuh berat "
            "is how many point?"
        ),
        "kumuh.penilaian",
    ),
    ("r3ntang nilai kumuh ringan sm sedang tu brp2 ya", "kumuh.tingkat_sedang_ringan"),
    (
        (
            "hasil penilaian lokasi di Desa Sakakajang dpt nilai 45, itu masuk sedang atau "
            "ringan kak?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    ("bedanya pemugaran sm peremajaan apa? kasih contoh dong", "kumuh.pola_penanganan"),
    (
        (
            "lokasi kumuh kami di bantaran sungai Kahayan, lahannya ga legal. penanganannya "
            "pake pola apa ndan?"
        ),
        "kumuh.pola_penanganan",
    ),
    ("kalteng tu ada brp lokasi kumuh total, luasnya brp ha?", "kumuh.kalteng"),
    (
        (
            "@admin_perkim kab mana yg paling banyak lokasi kumuhnya se-Kalteng? mau buat "
            "bahan paparan"
        ),
        "kumuh.kalteng",
    ),
    ("usulansaya hrs berisi apa aja sih? knp ditanya macem2", "usulan.isi"),
    ("Proposal must put what info inside ah? Why so many thing to fill one?", "usulan.isi"),
    ("jenis usulan yg bs diajukan ke prov apa aja? kumuh, psu, trus apa lg", "usulan.jenis"),
    ("jituh kami mau usul gedung serbaguna desa, masuk jenis usulan yg mana ya?", "usulan.jenis"),
    ("data lokasi yg hrs diisi di usulan apa aja? titik GPS wajib ga?", "usulan.lokasi"),
    ("kueh aku isi nama lokasinya? pake nama di SK kumuh atau nama kampung aja?", "usulan.lokasi"),
    (
        ("jumlah KK sm jiwa penerima manfaat wajib diisi? trs sumber dananya pilih apa"),
        "usulan.penerima_biaya",
    ),
    (
        (
            "bang, biaya usulan kami 1,5 M, sumber dana boleh diisi kombinasi APBD prov sm "
            "APBD kab ga?"
        ),
        "usulan.penerima_biaya",
    ),
    ("readiness criteria tu dokumen apa aja? utk usulan PSU jg sama kah?", "usulan.kesiapan"),
    (
        (
            "sy ditegur pak sekdis, katanya usulan taun lalu ga siap dokumennya... sbnrnya "
            "dokumen kesiapan yg dicek prov apa aja?"
        ),
        "usulan.kesiapan",
    ),
    (
        ("clean and clear tu maksudnya gmn? lahan kami msh tanah warga blm bersertifikat"),
        "usulan.lahan",
    ),
    ("Land must be clean and clear is it? We only got SKT, can or not?", "usulan.lahan"),
    ("usulan kumuh wajib lampirin SK kumuh? nomor sm tanggalnya jg diisi?", "usulan.sk_kumuh"),
    (
        ("lokasinya ga tercantum di SK kumuh bupati Kapuas, ttp bs diusulin ke prov ga bang?"),
        "usulan.sk_kumuh",
    ),
    ("DED sm RAB wajib dilampirin pas usul? foto kondisi brp lembar?", "usulan.dokumen_teknis"),
    (
        "#rakor2027 site plan sm RKS hrs udah jadi sblm usul atau bs nyusul?",
        "usulan.dokumen_teknis",
    ),
    (
        "surat pernyataan kesediaan nerima hibah & O&P tu isinya apa, wajib ga?",
        "usulan.surat_pernyataan",
    ),
    (
        ("Need to attach statement say we willing to operate and maintain after handover or not?"),
        "usulan.surat_pernyataan",
    ),
    (
        ("syarat usulan RTLH ke prov apa aja? rumah warga di Desa Mintin numpang di tanah org"),
        "usulan.rtlh",
    ),
    (
        (
            "bedahrumah lewat provinsi bs bangun baru ga? atau hrs ada rumah lamanya? "
            "penerimanya ditetapin siapa"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "warga RT 05 Kel. Menteng mau minta jalan lingkungan langsung ke prov, syaratnya "
            "apa kak?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "klo masyarakat yg ngusulin drainase sendiri, hrs diketahui siapa aja? tanda "
            "tangan kades cukup?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        ("abis jaling selesai dibangun prov, asetnya jadi punya siapa? yg pelihara siapa?"),
        "hibah.aset",
    ),
    (
        (
            "Please sir, after province finish the drainage, how the handover go? Who go sign "
            "the BAST?"
        ),
        "hibah.aset",
    ),
    (
        ("klo usulan kami ternyata bukan kewenangan prov, dananya bs dicari dr mana lg?"),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "@admin_perkim kumuh kami kecil, di bawah batas prov. ada alternatif pendanaan ga? "
            "DAK bs?"
        ),
        "pendanaan.saluran_lain",
    ),
    ("usulan yg kami kirim taun ini tu buat anggaran tahun brp?", "siklus.tahunan"),
    (
        ("I want to ask, what is the yearly process for proposals from start to finish?"),
        "siklus.tahunan",
    ),
    (
        ("prov meriksa usulan kami dr sisi apa aja? administrasi doang ato sampe cek lapangan?"),
        "siklus.pemeriksaan",
    ),
    (
        "kanampi cara provinsi ngecek usulan? ada verifikasi teknis kah, dinda?",
        "siklus.pemeriksaan",
    ),
    ("r4k0r bidang kawasan permukiman tu sbnrnya rapat apa & tujuannya apa?", "siklus.rakor"),
    (
        ("Well done sir. Kindly explain what this Rakor is all about, is it every year?"),
        "siklus.rakor",
    ),
    ("abis dibahas di rakor, usulan lanjut kemana? musrenbang dulu baru RKPD?", "siklus.rkpd_apbd"),
    ("usulan kami dh disetujui di rakor, berarti pasti masuk APBD prov kah?", "siklus.rkpd_apbd"),
    ("pokja PKP tu isinya siapa aja dan fungsinya apa?", "koordinasi.pokja_pkp"),
    (
        (
            "pak asisten minta kami aktifin lg pokjapkp di Tamiang Layang, dasar hukumnya apa "
            "ya kanda?"
        ),
        "koordinasi.pokja_pkp",
    ),
    ("kueh kantor disperkimtan prov jituh? aku mau antar berkas", "disperkimtan.kontak"),
    (
        ("Please how far, where is the Disperkimtan office located? I want to drop documents."),
        "disperkimtan.kontak",
    ),
    ("perintah2 bot ini apa aja? /start doang yg aku tau", "bot.cara_pakai"),
    ("bot ini jam brp aktif? jam nya WIB atau WITA ya mas admin?", "bot.cara_pakai"),
    (
        ("td lg ngisi /usul tiba2 sinyal ilang di Tumbang Talaken, hrs ngulang dr awal ga?"),
        "bot.usul",
    ),
    ("Abeg when I type /usul, what kind of questions will the bot ask me?", "bot.usul"),
    ("status 'verifikasi' sm 'dibahas di rakor' bedanya apa?", "bot.status"),
    (
        ("Please what does each status on the proposal mean? I only understand 'diajukan'."),
        "bot.status",
    ),
    (
        "usulan kami ditolak alesannya bkn kewenangan prov. skrg hrs gmn ndan?",
        "bot.ditolak_dialihkan",
    ),
    (
        "dialihkan ke APBD kab tu maksudnya gmn? msh bs diusulin lg taun dpn ga?",
        "bot.ditolak_dialihkan",
    ),
    (
        ("standar waktu prov nanggepin usulan tu brp hari kerja sih? LAPOR! itu apa hubungannya"),
        "bot.tindak_lanjut",
    ),
    (
        ("I want to ask, within how many working days una suppose respond to a proposal?"),
        "bot.tindak_lanjut",
    ),
    (("dpt undangan rapat di bot, klo aku ga bs hadir boleh diwakilin staf ga bang?"), "bot.rapat"),
    ("pengingat rapat dr bot dikirim brp kali sblm acara? H-7 doang?", "bot.rapat"),
    ("perkim singkatan dr apa", "istilah.perkim"),
    ("p3rk1m itu apaan sih kak, aku anak baru di dinas", "istilah.perkim"),
    ("disperkimtan kepanjangannya apa? 'tan' nya itu apa", "istilah.disperkimtan"),
    ("Please what is the full meaning of Disperkimtan?", "istilah.disperkimtan"),
    ("PSU tu singkatan dr apa kanda?", "istilah.psu"),
    ("narai PSU? prasarana sarana apa gitu ya", "istilah.psu"),
    ("jaling itu apa? sering liat di RAB", "istilah.jaling"),
    ("#tanya ja ling maksudnya apa ya", "istilah.jaling"),
    ("drainase artinya apa sih, got depan rumah termasuk?", "istilah.drainase"),
    ("Abeg what is drainase in simple English?", "istilah.drainase"),
    ("KR di tabel kumuh artinya apa?", "istilah.kr"),
    ("k0de KR tu maksudnya apa bang", "istilah.kr"),
    ("KS maksudnya apa di data kumuh", "istilah.ks"),
    ("ikau tau KS tu singkatan apa? di lampiran SK kumuh kami ada tulisan KS", "istilah.ks"),
    ("KB di daftar lokasi kumuh bukan keluarga berencana kan? wkwk artinya apa", "istilah.kb"),
    ("kb dlm konteks kumuh tu apa ya kak", "istilah.kb"),
    ("SK kumuh tu maksudnya surat apa sih?", "istilah.skkumuh"),
    ("Please sir, what does 'SK kumuh' mean?", "istilah.skkumuh"),
    ("delineasi artinya apa? sering disebut pas rakor", "istilah.delineasi"),
    ("d3l1n3as1 tuh apaan bang", "istilah.delineasi"),
    ("RTLH singkatan apa", "istilah.rtlh"),
    ("rtlh tu artinya apa sih? sm rumah rusak biasa beda ga", "istilah.rtlh"),
    ("RLH itu apa? lawannya RTLH ya?", "istilah.rlh"),
    ("R L H kepanjangannya apa dinda?", "istilah.rlh"),
    ("bedah rumah maksudnya apa? dibongkar total kah?", "istilah.bedahrumah"),
    ("Please what is bedah rumah? Is it to demolish the house?", "istilah.bedahrumah"),
    ("BSPS tu program apa, singkatan dr apa?", "istilah.bsps"),
    (
        ("pak kades Tewang Karangan nanya soal BSPS, aku jg ga ngerti... narai BSPS jituh?"),
        "istilah.bsps",
    ),
    ("MBR singkatan apa bang", "istilah.mbr"),
    ("I want to ask, MBR stands for what?", "istilah.mbr"),
    ("rusunawa tu apa? beda sm rusun biasa?", "istilah.rusunawa"),
    ("rusunawa = rusun sewa ya? kepanjangannya apa #tanya", "istilah.rusunawa"),
    ("rusus artinya apa? rumah khusus?", "istilah.rusus"),
    ("r u s u s itu apaan, td disebut pak kabid", "istilah.rusus"),
]

TRAIN_R69_INTENTS: list[tuple[str, str]] = [
    ("usulan sy USL-2027-0008 udh nyampe mana ya min? #tanya", "status"),
    (("kak, cek dong usulan2 kabupaten kami yg dikirim bln lalu statusnya apa skrg"), "status"),
    ("My proposal for jaling at Pulang Pisau already approve or not ah?", "status"),
    ("H-berapa rakor taun ini? tmpatnya di mana", "meeting"),
    ("rapat koordinasi brikutnya kapan ndan? tinggal brp hari lg", "meeting"),
    ("kueh lokasi rakor 2027? jam brp mulai", "meeting"),
    ("sisa waktu ngusulin brp lama lg kak? takut telat", "deadline"),
    ("batas akhir kirim usulan TA 2028 tgl brp?", "deadline"),
    ("Please how far, when is the closing date for submitting proposals?", "deadline"),
    ("slmt pagi bang admin 🙏", "greeting"),
    ("mksh byk ya bot, sangat membantu", "greeting"),
    ("halo, ikau bisa bantu narai aja?", "greeting"),
    ("gmn cara ngirim usulan lewat bot ini? aku br pertama kali", "how_to_submit"),
    ("mau input usulan drainase utk Desa Pudu via sinkron, langkah2nya apa kak", "how_to_submit"),
    ("Abeg how I go take submit our proposal through this bot?", "how_to_submit"),
]

TRAIN_R69_AREAS: list[tuple[str, str]] = [
    ("kum0h di Kel. Pasir Putih luasnya 8,4 ha, itu kewenangan siapa?", "kabkota"),
    ("kawasan kumuh 95.000 m2 di Kel. Hampatung, diurus kab atau prov ndan?", "kabkota"),
    (("lokasi kumuh tepi sungai di Buntok Kota kurang dari 10 hektar, jatah siapa?"), "kabkota"),
    ("Slum area only 3 hectare at Tanjung Pinang, who must handle ah?", "kabkota"),
    ("pas 10 hektar kumuhnya di Desa Jabiren, masuk prov ga?", "provinsi"),
    (("luas delineasi kumuh 125.000 m² di Kel. Mendawai Seberang, siapa yg nanganin?"), "provinsi"),
    ("#tanya kumuh 14,99 hektare di Kelurahan Ketapang, tanggung jwb siapa?", "provinsi"),
    (("kumuh di Kel. Selat Tengah lebih dari 10 ha, tepatnya 11,7 ha. kab ato prov?"), "provinsi"),
    ("kawasan kumuh tepat 15 ha di Murung Keramat, kewenangan siapa bang?", "pusat"),
    ("150.000 meter persegi kumuh di Panarung jd tanggung jawab siapa?", "pusat"),
    ("lebih dari 20 hektare kumuhnya, di Kel. Mentawa Baru Hilir, masih bs prov?", "pusat"),
    (
        (
            "Please sir, slum area of 18 hectares in Kumai Hilir, which level get the "
            "responsibility?"
        ),
        "pusat",
    ),
]

TRAIN_R69_OUT_OF_SCOPE: list[str] = [
    "besok di Sampit hujan ga ya? mau survei lokasi",
    "harga semen per sak di Muara Teweh skrg brp bang",
    "cara perpanjang SIM di Kuala Kapuas gmn",
    "gaji PPPK bln ini cair tgl brp ya kak",
    "pagu anggaran Disperkimtan prov TA 2027 brp M?",
    "siapa pemenang tender jaling di Pulpis taun lalu?",
    "tarif PDAM per kubik di Palangka Raya brp skrg",
    "narai resep juhu singkah yg paling nyaman?",
    "jumlah penduduk Kab Seruyan 2025 brp jiwa",
    "harga tanah per meter di Jekan Raya kisaran brp?",
    "password wifi aula disperkimtan apa ya min",
    "biaya balik nama sertifikat tanah di BPN brp?",
    "Got any good makan place near Palangka Raya airport ah?",
    "Please how far, how I go renew my NPWP?",
    "kapan pengumuman CPNS Pemprov Kalteng 2027?",
]
