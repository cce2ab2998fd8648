"""Training table R71 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 62's styles, written by another hand for the first half of the topic list after round 62
was measured untouched: Javanese krama and ngoko words, a question in pieces on several lines,
numbers written as words, a rule pasted first, polite hedges, named places, caps lock and no
spaces after punctuation, what happens if something is late, missing or wrong; Scottish or
Caribbean-flavoured English. A glossary entry's questions ask what the term means. Its
slum-area questions are computed by rule, not learned; they are measured here only. Written in
round 36 and left unread for the next round.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R71_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "pak, mohon maaf kalau pertanyaannya bodoh, saya baru dipindah ke bidang "
            "perkim\nsebenernya pembagian urusan perumahan & permukiman antara pusat, provinsi "
            "sama kabupaten itu garis besarnya gimana?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Aye, could ye gie us the big picture? Whit does the centre dae, whit does the "
            "province dae, an whit's left for us at the regency in housing an settlements?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            'Pasal 12 ayat (1) huruf d UU 23/2014: "perumahan rakyat dan kawasan permukiman" '
            "masuk urusan wajib yg berkaitan dgn pelayanan dasar.\nmaksudnya gimana pak?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        "nyuwun sewu pak, urusan perumahan niku urusan wajib menopo pilihan nggih?",
        "kewenangan.urusan_wajib",
    ),
    ("batas luas kumuh yg jadi kewenangan prov itu dari brp ha sampai brp ha?", "kewenangan.kumuh"),
    (
        ("PAK,PEMBAGIAN KEWENANGAN KUMUH ITU DILIHAT DARI LUASNYA ATAU DARI TINGKAT KUMUHNYA?"),
        "kewenangan.kumuh",
    ),
    (
        (
            "kumuh yg gede2, lima belas hektar ke atas, itu bener2 urusan pusat ya pak, bukan "
            "provinsi lagi?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Ken, the slum areas o fifteen hectares or mair, is that truly the central "
            "government's job, aye? An is that wording confirmed in the law?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        ("pencegahan kumuh niku tanggung jawabe sinten nggih, provinsi nopo kabupaten?"),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "kami mau bikin program pencegahan kumuh di Kel. Ketapang, Kec. Mentawa Baru "
            "Ketapang. bisa minta dana provinsi ga?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    ("sub urusan perumahan itu provinsi kebagian apa aja sih?", "kewenangan.perumahan"),
    (
        "saya masih awam pak\nurusan perumahan\nyg bagian kabupaten apa aja ya?",
        "kewenangan.perumahan",
    ),
    (
        (
            "rumah buat MBR sama rusun itu yg bangun pusat ya? di Sukamara banyak warga yg "
            "minta ke kami"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Is it the central government that builds hooses for low-income folk an sorts oot "
            "the housing finance, aye?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "ada 7 rumah warga habis terbakar di Desa Tumbang Kaman, Sanaman Mantikei\nyg "
            "wajib bangun ulang siapa ya, kab atau prov?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "kalau warga kena relokasi gara2 program provinsi, rumah penggantinya siapa yg "
            "nyediain pak?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "izin pembangunan perumahan pengembang di Arut Selatan itu yg nerbitin siapa? "
            "provinsi bisa?"
        ),
        "kewenangan.izin",
    ),
    ("pak, SKBG kalih izin kawasan permukiman niku kewenangane sinten nggih?", "kewenangan.izin"),
    (
        ("sub urusan kawasan permukiman, pembagiannya antara pusat, prov, kab kayak apa?"),
        "kewenangan.kawasan_permukiman",
    ),
    (
        ("Whit's in the settlement-areas sub-affair for each level, the permits an aw that?"),
        "kewenangan.kawasan_permukiman",
    ),
    ("PSU perumahan vs PSU permukiman bedanya apa? yg punya prov yg mana?", "kewenangan.psu"),
    (
        (
            "jalan di komplek perumahan pengembang di Kel. Menteng, Jekan Raya rusak parah. "
            "bisa diusulkan ke provinsi sbg PSU?"
        ),
        "kewenangan.psu",
    ),
    (
        ("PSU yg dibangun dinas provinsi itu bentuknya apa aja? bisa bangun balai desa juga?"),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "mau usul drainase di pinggir jalan kabupaten di Kuala Pembuang, masuk PSU "
            "provinsi ga pak?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        ("sertifikasi perancang rumah dan PSU itu siapa yg ngeluarin? konsultan kami kelas kecil"),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Aye, wha registers the wee design firms that plan hooses an PSU, us at the "
            "regency or the province?"
        ),
        "kewenangan.sertifikasi",
    ),
    ("SPM perumahan itu isinya apa aja pak? targetnya berapa persen?", "kewenangan.spm"),
    (
        ('"PP 2/2018 Pasal 8, SPM perumahan rakyat"\nberlaku buat kami di kabupaten juga?'),
        "kewenangan.spm",
    ),
    (
        ("luas kumuh yg dipakai buat nentuin kewenangan itu luas desanya atau luas yg di SK?"),
        "kumuh.luas_delineasi",
    ),
    (
        ("Desa Bumi Harjo di Kumai itu luas, tp yg kumuh cuma sebagian\nyg dihitung yg mana pak?"),
        "kumuh.luas_delineasi",
    ),
    ("SK kumuh itu yg netapin siapa? bupati atau gubernur?", "kumuh.penetapan"),
    ("SK kumuh niku kedah ditinjau ulang saben pinten taun nggih pak?", "kumuh.penetapan"),
    ("kriteria kumuh itu ada berapa aspek? saya lupa pak", "kumuh.aspek"),
    ("Whit are the seven things ye look at tae call a place a slum, ken?", "kumuh.aspek"),
    ("skor kumuh maksimalnya berapa? kumuh berat mulai nilai brp?", "kumuh.penilaian"),
    ("nilai kumuh Kel. Pahandut Seberang 64\nitu udah masuk berat belum?", "kumuh.penilaian"),
    (
        ("kumuh sedang itu rentang skornya brp sampai brp? kumuh ringan juga sekalian"),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Oor location scored thirty. Is that a wee light slum or a medium yin, aye?",
        "kumuh.tingkat_sedang_ringan",
    ),
    ("pemugaran, peremajaan, pemukiman kembali\nbedanya apa ya pak?", "kumuh.pola_penanganan"),
    (
        (
            "kumuh ringan tp lahannya ilegal di bantaran sungai Desa Sungai Sekonyer, "
            "penanganannya pakai pola apa?"
        ),
        "kumuh.pola_penanganan",
    ),
    ("ada berapa lokasi kumuh se kalteng? total luasnya brp ha?", "kumuh.kalteng"),
    ("How mony slum locations has Kalimantan Tengah got aw thegither, d'ye ken?", "kumuh.kalteng"),
    (
        ("usulan ke provinsi itu harus isi apa aja sih pak? kok banyak banget yg ditanya"),
        "usulan.isi",
    ),
    ("maaf ganggu malam2\nform usulan itu\ndata apa aja yg wajib ya?", "usulan.isi"),
    ("jenis usulan yg bisa diajukan ke prov apa aja?", "usulan.jenis"),
    (
        ("boleh ngusulin gedung serbaguna desa ga? atau cuma kumuh, PSU, rumah gitu2 aja?"),
        "usulan.jenis",
    ),
    ("data lokasi di usulan itu harus sampai desa? titik koordinat wajib ga?", "usulan.lokasi"),
    (
        (
            "Whit location details dae I need tae put in, the kecamatan, the village, the GPS "
            "point, aw that?"
        ),
        "usulan.lokasi",
    ),
    (
        ("jumlah KK dan jiwa penerima manfaat itu wajib diisi? sumber dananya boleh kombinasi?"),
        "usulan.penerima_biaya",
    ),
    ("sumber dana yg bisa dipilih di usulan apa aja pak? APBDes boleh?", "usulan.penerima_biaya"),
    ("readiness criteria itu dokumen apa aja? usulan PSU juga perlu?", "usulan.kesiapan"),
    (
        ("SAYA MAU USUL PSU DI DESA KARANG MULYA PANGKALAN BANTENG,DOKUMEN KESIAPANNYA APA AJA?"),
        "usulan.kesiapan",
    ),
    (
        ("clean and clear itu syaratnya apa? lahan kami tanah desa tp blm bersertifikat"),
        "usulan.lahan",
    ),
    ("lahannya masih sengketa sama ahli waris\nkalau tetep diusulkan gimana pak?", "usulan.lahan"),
    (
        ("kalau SK kumuhnya kadaluarsa, udah lewat 5 taun, usulan kumuh masih bisa masuk?"),
        "usulan.sk_kumuh",
    ),
    (
        ("lokasinya mboten wonten teng SK kumuh Kapuas, tetep saged diusulaken nggih?"),
        "usulan.sk_kumuh",
    ),
    (
        "DED sama RAB harus dilampirkan waktu usul atau nanti aja pas disetujui?",
        "usulan.dokumen_teknis",
    ),
    (
        "foto kondisi eksisting perlu berapa? site plan sama RKS wajib juga?",
        "usulan.dokumen_teknis",
    ),
    (
        ("surat pernyataan kesediaan menerima hibah dan O&P itu yg tanda tangan siapa? wajib ga?"),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Aye, we need tae sign a paper sayin we'll tak the grant an look efter it? Whit's "
            "that aboot?"
        ),
        "usulan.surat_pernyataan",
    ),
    ("SYARAT RTLH LEWAT PROVINSI APA AJA?BISA BANGUN RUMAH BARU?", "usulan.rtlh"),
    (
        ("rumahnya berdiri di tanah orang tua, blm ada SKT. bisa dapat RTLH provinsi ga pak?"),
        "usulan.rtlh",
    ),
    (
        (
            "warga RT 05 Kel. Langkai minta semenisasi jalan gang, boleh kirim langsung ke "
            "provinsi? syaratnya apa?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Mi wan know, if di community dem ask fi drainage straight from di province, who "
            "haffi know bout it an sign off?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        ("jaling yg dibangun provinsi di desa kami nanti jadi aset siapa? yg ngerawat siapa?"),
        "hibah.aset",
    ),
    ("BAST hibah aset dari prov itu yg tandatangan siapa aja nggih?", "hibah.aset"),
    (
        ("kalau usulan kami ternyata bukan kewenangan provinsi, bisa didanai dari mana lagi?"),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Wah gwaan, if di province cyaan fund it, which other money pot wi can try, like "
            "DAK or CSR?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        "alur usulan tiap taun itu kayak apa pak, dari kami ngusul sampai dibangun?",
        "siklus.tahunan",
    ),
    ("usulan yg kami kirim taun ini itu buat anggaran taun kapan?", "siklus.tahunan"),
    ("provinsi meriksa usulan kami itu apa aja yg dicek?", "siklus.pemeriksaan"),
    (
        "verifikasi usulan itu cuma administrasi atau sampai cek lapangan juga?",
        "siklus.pemeriksaan",
    ),
    ("Rakor bidang kawasan permukiman itu acara apa sih? siapa aja yg ikut?", "siklus.rakor"),
    ("Rakor niku tujuanipun menopo nggih pak? kulo tasih enggal", "siklus.rakor"),
    (
        ("setelah rakor usulan kami masuk ke mana? musrenbang dulu atau langsung APBD?"),
        "siklus.rkpd_apbd",
    ),
    (
        ("Mi hear seh di proposals go to Musrenbang, den RKPD, den APBD. How dat work?"),
        "siklus.rkpd_apbd",
    ),
    ("Pokja PKP itu apa sih dan dasar hukumnya apa?", "koordinasi.pokja_pkp"),
    ("pak\nPokja PKP\nfungsinya apa ya?", "koordinasi.pokja_pkp"),
    (
        "alamat kantor disperkimtan prov dimana pak? mau antar berkas dari Buntok",
        "disperkimtan.kontak",
    ),
    ("Weh di Disperkimtan office deh? Mi wan drop off some papers.", "disperkimtan.kontak"),
    ("perintah2 di bot ini apa aja ya? saya baru gabung", "bot.cara_pakai"),
    (
        ("jam yg dipakai bot ini WIB ya? soalnya sy sering janjian sm orang kalsel yg pake WITA"),
        "bot.cara_pakai",
    ),
    ("lewat /usul bisa lampirin PDF DED ga? foto maksimal berapa?", "bot.usul"),
    ("mau pakai usulan taun lalu, bisa disalin aja ga di /usul?", "bot.usul"),
    ('status "perlu perbaikan" itu maksudnya apa pak? kami harus ngapain?', "bot.status"),
    ("Wha 'dibahas di Rakor' mean pon a proposal status?", "bot.status"),
    (
        "usulan ditolak alasan bukan kewenangan provinsi. terus kami harus gimana?",
        "bot.ditolak_dialihkan",
    ),
    ("dialihkan ke APBD kab itu artinya gmn? masih bisa diajukan ulang?", "bot.ditolak_dialihkan"),
    ("standar tindak lanjut usulan di bot ini berapa hari kerja?", "bot.tindak_lanjut"),
    (
        (
            '"verifikasi paling lambat 3 hari kerja, tanggapan 5 hari kerja"\nitu aturan resmi '
            "disperkimtan atau gmn?"
        ),
        "bot.tindak_lanjut",
    ),
    ("dapat undangan rapat dari bot, kalau sy berhalangan bisa diwakilkan staf?", "bot.rapat"),
    ("pengingat rapat di bot itu dikirim berapa kali sebelum acaranya?", "bot.rapat"),
    ("perkim itu singkatan apa?", "istilah.perkim"),
    ("Wha 'Perkim' stand fah?", "istilah.perkim"),
    ("disperkimtan kepanjangannya menopo nggih?", "istilah.disperkimtan"),
    ("DISPERKIMTAN ITU 'TAN'NYA APA?", "istilah.disperkimtan"),
    ("PSU singkatan dari apa pak?", "istilah.psu"),
    ("prasarana sarana utilitas\nitu sama dgn PSU ya?", "istilah.psu"),
    ("jaling itu apa ya, sy liat di RAB", "istilah.jaling"),
    ("Wha dem mean by 'jaling'?", "istilah.jaling"),
    ("drainase itu maksudnya saluran air yg mana?", "istilah.drainase"),
    ("drainase lingkungan niku menopo nggih?", "istilah.drainase"),
    ("di tabel kumuh ada kode KR, itu artinya apa?", "istilah.kr"),
    ("KR itu kumuh ringan bukan sih?", "istilah.kr"),
    ("KS di data kumuh maksudnya apa ya?", "istilah.ks"),
    ("Mi see 'KS' inna di slum table, wha dat?", "istilah.ks"),
    ("KB di lampiran SK kumuh itu apa? bukan keluarga berencana kan wkwk", "istilah.kb"),
    ("kode KB pada tingkat kumuh kepanjangannya apa?", "istilah.kb"),
    ("SK kumuh itu sebenarnya surat apa?", "istilah.skkumuh"),
    ("Wha a 'SK kumuh' be?", "istilah.skkumuh"),
    ("delineasi itu artinya apa pak?", "istilah.delineasi"),
    ("maaf sy masih awam, peta delineasi itu apa ya?", "istilah.delineasi"),
    ("RTLH kepanjangannya apa?", "istilah.rtlh"),
    ("RTLH niku menopo nggih pak?", "istilah.rtlh"),
    ("RLH itu apa, lawannya RTLH?", "istilah.rlh"),
    ("Wha RLH mean?", "istilah.rlh"),
    ("bedah rumah itu istilah apa? sama dgn RTLH?", "istilah.bedahrumah"),
    ("BEDAH RUMAH ITU MAKSUDNYA APA", "istilah.bedahrumah"),
    ("BSPS itu apa pak?", "istilah.bsps"),
    ("Mi hear bout BSPS, wha dat stand fah?", "istilah.bsps"),
    ("MBR singkatan dari?", "istilah.mbr"),
    ("MBR niku sinten nggih?", "istilah.mbr"),
    ("rusunawa itu beda dgn rusun biasa?", "istilah.rusunawa"),
    ("Wha a rusunawa?", "istilah.rusunawa"),
    ("rusus itu apa ya? rumah susun khusus?", "istilah.rusus"),
    ("rusus niku menopo pak?", "istilah.rusus"),
]

TRAIN_R71_INTENTS: list[tuple[str, str]] = [
    ("pak, usulan kami USL-2026-0007 sudah sampai mana ya?", "status"),
    (
        ("mohon maaf\nmau cek\nusulan2 Barito Utara yg kami kirim bulan lalu\nstatusnya gmn?"),
        "status",
    ),
    ("Wah gwaan, mi wan know if mi proposals dem reach anywhere yet?", "status"),
    ("rakor taun niki kapan nggih pak, teng pundi?", "meeting"),
    ("RAPAT BERIKUTNYA KAPAN,DIMANA?", "meeting"),
    ("When's the next meeting, an whaur's it at?", "meeting"),
    ("batas akhir kirim usulan buat TA depan tanggal berapa?", "deadline"),
    ("kalau kirim tanggal dua puluh bulan depan masih keburu ga usulannya?", "deadline"),
    ("usulan paling lambat masuk kapan nggih pak?", "deadline"),
    ("Assalamualaikum pak, selamat pagi", "greeting"),
    ("matur nuwun sanget nggih pak, sampun jelas", "greeting"),
    ("halo bot\nini bisa bantu apa aja?", "greeting"),
    ("cara ngirim usulan lewat bot ini gimana pak? saya masih awam", "how_to_submit"),
    ("PAK,MAU KIRIM USULAN LEWAT SINI,LANGKAHNYA GMN?", "how_to_submit"),
    ("Mi wan send a proposal tru di bot, how mi do it?", "how_to_submit"),
]

TRAIN_R71_AREAS: list[tuple[str, str]] = [
    (
        (
            "pak\nmau tanya\nkumuh di Kel. Baamang Hulu luasnya dua belas hektar\nitu "
            "kewenangan siapa ya"
        ),
        "provinsi",
    ),
    ("kawasan kumuh 95.000 m2 di Selat Hulu, siapa yg nangani?", "kabkota"),
    ("kumuh pas 10 ha di Kumai Hilir masuk mana pak, kab atau prov?", "provinsi"),
    ("lima belas ribu meter persegi kawasan kumuh itu urusan siapa nggih?", "kabkota"),
    ("kalau kumuhnya tepat 15 hektare, provinsi masih bisa nangani?", "pusat"),
    (("sebelas koma lima ha kawasan kumuh di Mentawa Baru Hilir, kewenangan sinten?"), "provinsi"),
    ("kumuh 1 juta m2 di Kapuas Hilir itu tanggung jawab siapa?", "pusat"),
    ("KUMUH 14,99 HA DI PANARUNG KEWENANGAN SIAPA?", "provinsi"),
    (("kumuhnya kurang dari 10 ha, cuma 9,8 ha di Desa Purwodadi, siapa yg pegang?"), "kabkota"),
    (
        (
            "kawasan kumuh lebih dari 15 ha, tepatnya 17,3 hektar di Dusun Selatan, urusan "
            "siapa pak?"
        ),
        "pusat",
    ),
    (
        ("Aye, there's a slum area o 125,000 m² in Pahandut. Wha's responsible for it, ken?"),
        "provinsi",
    ),
    ("Wah gwaan, who handle one slum area eight hectare inna Kuala Kurun?", "kabkota"),
]

TRAIN_R71_OUT_OF_SCOPE: list[str] = [
    "harga semen di Sampit sekarang brp per sak?",
    "besok Kuala Kapuas hujan ga pak? mau survei lokasi",
    "cara reset password SIPD gmn pak? sy lupa",
    "kapan pencairan dana desa tahap dua?",
    "tarif sewa rusunawa di Palangka Raya per bulan berapa?",
    "kuota BSPS buat Kabupaten Seruyan taun depan berapa unit?",
    "uang harian SPPD ikut rakor di Palangka Raya berapa ya?",
    "gaji PPPK paruh waktu kapan cair nggih pak?",
    "izin tambang galian C di Katingan ngurus ke mana?",
    "rekomendasi penginapan murah deket Jl. D.I. Panjaitan dong pak",
    "berapa jumlah rumah tidak layak huni di Kabupaten Murung Raya taun ini?",
    "bunga KPR subsidi FLPP sekarang berapa persen?",
    "Whit's the weather gonnae be like in Palangka Raya the morn?",
    "Weh mi can renew mi driving licence inna Sampit?",
    "Can ye tell me the exchange rate fae rupiah tae pounds the day?",
]
