"""Training table R67 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 60's styles, written by another hand for the first half of the topic list after round 60
was measured untouched: a Minangkabau flavour, bot commands mistyped or named inside a
sentence, a pasted table row or form fields before the question, a to-do list with the question
as one item, double negatives, the answer guessed first, emoticons and laughter, very short
questions; Irish or South African English. A glossary entry's questions ask what the term
means. Its slum-area questions are computed by rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R67_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "1. rekap usulan Barsel\n2. tanya bot: pembagian urusan perkim pusat-prov-kab itu "
            "gmn sih garis besarnya?\n3. kirim ke kabid"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Would you ever give me the lay of the land on who does what in housing and "
            "settlements? Centre, province, regency, the lot. Grand, thanks."
        ),
        "kewenangan.ringkasan",
    ),
    (
        ("perumahan itu urusan wajib pelayanan dasar atau urusan pilihan? pasti wajib ya, bener?"),
        "kewenangan.urusan_wajib",
    ),
    (
        ("apo dasar hukumnyo perkim masuak urusan wajib pelayanan dasar? pasal brp UU 23/2014?"),
        "kewenangan.urusan_wajib",
    ),
    (
        ("kumuh itu kewenangan siapa sih? katanya tergantung luas, batasnya brp ha aja"),
        "kewenangan.kumuh",
    ),
    (
        (
            "Grand so, what's the rule on slums? What size stays with the regency, what goes "
            "to the province and what goes up to the centre?"
        ),
        "kewenangan.kumuh",
    ),
    ("kumuh 15 ha ke atas sia?", "kewenangan.kumuh_pusat"),
    (
        (
            "kawasan kumuh yg gede2, 15 hektar atau lebih, itu pusat kan? bunyi aturannya "
            "persis gmn, udh pasti blm?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    ("pencegahan kumuh tugas siapa? prov ikut atau indak?", "kewenangan.pencegahan_kumuh"),
    (
        (
            "bukannya tidak boleh ya kalau kegiatan pencegahan kumuh kami usulkan ke provinsi? "
            "itu urusan kab aja kan"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    ("sub urusan perumahan: prov pegang apa aja, kab/kota apa aja?", "kewenangan.perumahan"),
    (
        (
            "Would you ever tell me what the province actually does under the housing "
            "sub-affair, as opposed to us in the regency?"
        ),
        "kewenangan.perumahan",
    ),
    (
        ("rumah utk MBR sm rusun itu yg nyediain pusat kan? pasti pusat ya, bener? :)"),
        "kewenangan.perumahan_pusat",
    ),
    (
        ("sistem pembiayaan perumahan MBR (KPR subsidi dkk) itu kewenangan level mana?"),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "rumah warga korban banjir di Kec. Timpah rusak berat :( yg wajib bangunkan kab "
            "atau prov?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        "warga direlokasi gara2 program pemprov, rumah barunya difasilitasi siapa?",
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "There was a fire in Pahandut Seberang and a rake of houses are gone. Is "
            "rebuilding them on the province or on us, would you know?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        "rumah korban bencana provinsi itu masuk SPM prov ya? targetnya 100% kan?",
        ("kewenangan.bencana_relokasi", "kewenangan.spm"),
    ),
    ("izin pembangunan perumahan sm SKBG terbitnya di kab/kota atau prov?", "kewenangan.izin"),
    (
        (
            "pengembang di Kel. Sawahan minta izin pengembangan kawasan permukiman, kami "
            "arahkan ke prov atau kami sendiri yg urus? hehe"
        ),
        "kewenangan.izin",
    ),
    (
        "sub urusan kawasan permukiman isinya apa aja per level? pusat, prov, kab",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "sistem kawasan permukiman nasional sia nan manetapkan? bukan prov kan?",
        "kewenangan.kawasan_permukiman",
    ),
    ("psu siapa", "kewenangan.psu"),
    (
        ("PSU di perumahan developer vs PSU permukiman warga, mana yg prov mana yg kab? ^_^"),
        "kewenangan.psu",
    ),
    (
        (
            "Is the PSU in a housing estate ours or the province's? I'm told it's different "
            "for settlements, so it is."
        ),
        "kewenangan.psu",
    ),
    (
        ("PSU yg dibangun disperkimtan prov itu apa aja? cuma jalan lingkungan sm drainase ya?"),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "jalan kabupaten depan pasar Kuala Kurun rusak parah. bukannya tidak bisa "
            "diusulkan ke prov sbg PSU ya?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Nama kegiatan: Pembangunan jalan lingkungan\nLokasi: Desa Pangi, Kec. Kahayan "
            "Hilir\nPanjang: 800 m\nini jenis PSU yg biasa dikerjakan prov kan? di desa jg "
            "bisa?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        ("sertifikasi perancang rumah tingkat kecil itu di kab ya? kalau yg menengah sm besar?"),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "konsultan perencana PSU mau registrasi, sia nan manerbitkan sertifikatnyo? prov "
            "atau kab?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        ("/stats\neh salah. mau tanya: SPM bidang perumahan rakyat kewajiban prov apa aja?"),
        "kewenangan.spm",
    ),
    (
        (
            "What's in the minimum service standard for housing at all? Is it PP 2/2018 that "
            "sets it, so?"
        ),
        "kewenangan.spm",
    ),
    (
        ("luas kumuh yg dipake utk nentuin kewenangan itu luas desa seluruhnya atau yg di SK?"),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Which area do you go by for a slum, the whole village or what's drawn in the SK? "
            "Grand, thanks a million."
        ),
        "kumuh.luas_delineasi",
    ),
    (
        ("siapa yg netapin lokasi kumuh? gubernur atau bupati? pasti bupati ya, bener?"),
        "kumuh.penetapan",
    ),
    (
        ("SK kumuh kab kami terbit 2018, wajib ditinjau ulang tiap brp tahun sih? wkwk"),
        "kumuh.penetapan",
    ),
    ("aspek kumuh ada 7 kan? apa aja, lupa wkwk", "kumuh.aspek"),
    (
        (
            "1. survei Kel. Mendawai\n2. tanya bot: kriteria kumuh dinilai dr aspek apa "
            "aja?\n3. isi form baseline"
        ),
        "kumuh.aspek",
    ),
    ("skor brp baru disebut kumuh berat?", "kumuh.penilaian"),
    ("nilai maks penilaian kumuh brp? tiap kriteria skornya 0 1 3 5 ya?", "kumuh.penilaian"),
    ("rentang skor kumuh sedang brp s.d. brp?", "kumuh.tingkat_sedang_ringan"),
    (
        "nilai kekumuhan Kel. Mambulau 30, itu ringan atau sedang? ringan kan?",
        "kumuh.tingkat_sedang_ringan",
    ),
    ("bedanya pemugaran, peremajaan, pemukiman kembali apa?", "kumuh.pola_penanganan"),
    (
        (
            "lokasi kumuh di lahan ilegal tepi sungai Kahayan, penanganannya yg mana? pasti "
            "pemukiman kembali ya?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "What's the story with pemugaran versus peremajaan? When would you go for one over "
            "the other?"
        ),
        "kumuh.pola_penanganan",
    ),
    ("jumlah lokasi kumuh se-Kalteng brp? total luasnya?", "kumuh.kalteng"),
    ("data kumuh kalteng", "kumuh.kalteng"),
    ("isi usulan apa aja yg harus disiapin? biar ga bolak balik hehe", "usulan.isi"),
    (
        (
            "1. siapkan foto\n2. tanya bot: usulan kegiatan itu isinya apa aja dan knp semua "
            "ditanya?\n3. rapat internal jam 2"
        ),
        "usulan.isi",
    ),
    ("jenis usulan yg bisa dikirim ke prov apa aja? kumuh, psu, ...?", "usulan.jenis"),
    ("What kinds of proposals can we actually send up to the province at all?", "usulan.jenis"),
    ("data lokasi usulan: perlu titik GPS ga? kecamatan desa wajib?", "usulan.lokasi"),
    (
        (
            "No | Lokasi | Kec.\n1 | RT 05 Kel. Ketapang | Mentawa Baru Ketapang\nitu cukup "
            "utk lokasi usulan atau hrs ada koordinat, luas, perkotaan/perdesaan?"
        ),
        "usulan.lokasi",
    ),
    ("penerima manfaat diisi KK atau jiwa? dua2nya?", "usulan.penerima_biaya"),
    ("sumber dana usulan boleh kombinasi APBD prov + APBD kab? xixixi", "usulan.penerima_biaya"),
    (
        (
            "Do we put the cost in as one total in rupiah, and which funding sources can we "
            "tick? Would you ever tell me."
        ),
        "usulan.penerima_biaya",
    ),
    ("RC usulan psu apa aja?", "usulan.kesiapan"),
    (
        (
            "Nama kegiatan: Drainase Kel. Menteng\nDokumen: RAB ada, DED belum, lahan blm "
            "jelas\nkesiapannya udh cukup blm utk diusulkan?"
        ),
        "usulan.kesiapan",
    ),
    ("clean and clear itu syaratnya apa aja? tanah hibah warga bs?", "usulan.lahan"),
    (
        (
            "The land's owned by the village but there's no certificate yet. Does that count "
            "as clean and clear, would you say?"
        ),
        "usulan.lahan",
    ),
    ("usulan kumuh wajib lampir SK kumuh? nomor & tanggalnya diisi dimana?", "usulan.sk_kumuh"),
    ("lokasi kami indak ado dalam SK kumuh :( masih bisa diusulkan ka prov?", "usulan.sk_kumuh"),
    ("DED RAB RKS site plan wajib semua?", "usulan.dokumen_teknis"),
    (
        ("foto yg dilampirkan foto apa aja? kondisi skrg ya? trus dokumen teknisnya format pdf?"),
        "usulan.dokumen_teknis",
    ),
    ("surat pernyataan hibah & O&P itu siapa yg tanda tangan? wajib?", "usulan.surat_pernyataan"),
    (
        (
            "kok prov minta surat pernyataan sanggup memelihara sih, tidak mungkin tidak ada "
            "alasannya kan? ^^"
        ),
        "usulan.surat_pernyataan",
    ),
    ("rtlh syarat?", "usulan.rtlh"),
    (
        (
            "Nama: Bpk. Saman\nDesa: Tumbang Tarusan\nStatus tanah: numpang di tanah "
            "mertua\nbisa diusulkan RTLH ke prov? penerimanya ditetapkan siapa?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "warga RT 03 Kel. Panarung minta jalan lingkungan langsung ke prov, boleh? hrs "
            "diketahui siapa aja?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "A crowd of residents want to send a drainage request straight to the province. "
            "Who has to sign off on it first?"
        ),
        "usulan.psu_masyarakat",
    ),
    ("jaling yg dibangun prov di tanah kab nanti jadi aset siapa? BAST nya gmn?", "hibah.aset"),
    (
        (
            "Howzit. Once the province builds the drainage on our land, who owns it after and "
            "who must maintain it, is it us?"
        ),
        "hibah.aset",
    ),
    (
        "kalau bukan kewenangan provinsi, bisa cari dana kemana aja? DAK? CSR?",
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Shame, the province says it's not theirs. Where else can we get money for it? "
            "APBN, DAK, is it?"
        ),
        "pendanaan.saluran_lain",
    ),
    ("usulan yg kami kirim tahun ini utk anggaran tahun brp?", "siklus.tahunan"),
    (
        (
            "Howzit! Walk me through the yearly cycle for proposals, from sending them in to "
            "the budget. Just quickly, hey."
        ),
        "siklus.tahunan",
    ),
    ("prov meriksa usulan kami dr sisi apa aja?", "siklus.pemeriksaan"),
    (
        (
            "When the province checks our proposals, what do they look at, hey? Only the "
            "paperwork or also the site and whose job it is?"
        ),
        "siklus.pemeriksaan",
    ),
    ("rakor itu apa sih? siapa aja yg hadir?", "siklus.rakor"),
    ("rakor bidang kawasan permukiman tujuannyo apo? wajib diikuti kab?", "siklus.rakor"),
    (
        ("setelah rakor usulan masuk musrenbang trs RKPD trs APBD ya? bener gitu urutannya?"),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "After the Rakor, how does a proposal end up in the RKPD and then the APBD? Shame, "
            "I'm new here."
        ),
        "siklus.rkpd_apbd",
    ),
    ("pokja pkp itu apa, dasar hukumnya apa?", "koordinasi.pokja_pkp"),
    ("Pokja PKP di kab biasanya diketuai sia? perlu dibentuk indak?", "koordinasi.pokja_pkp"),
    ("dima kantor disperkimtan prov? ambo bisuak ka Palangka", "disperkimtan.kontak"),
    (
        ("Where's the Disperkimtan office in Palangka Raya? I'm driving in from Buntok just now."),
        "disperkimtan.kontak",
    ),
    ("perintah bot ini apa aja selain /usul sm /status?", "bot.cara_pakai"),
    ("bot ini jam brp aktifnya? pakai WIB ya? :)", "bot.cara_pakai"),
    ("/usull kok ga jalan? trus bisa salin usulan lama ga biar ga ngetik ulang?", "bot.usul"),
    (
        ("Can I attach the PDF of the DED when I send through /usul, or is it only photos?"),
        "bot.usul",
    ),
    ("status 'dibahas di rakor' artinya apa?", "bot.status"),
    ("What does 'verifikasi' mean on a proposal, is it? Is that good or bad?", "bot.status"),
    (
        "usulan ditolak, alasannya 'bukan kewenangan provinsi'. trs kami hrs gmn?",
        "bot.ditolak_dialihkan",
    ),
    (
        ("Shame, our proposal got redirected. What happens now, can we get the decision changed?"),
        "bot.ditolak_dialihkan",
    ),
    ("brp lama biasanya usulan diverifikasi? udh seminggu masih diajukan", "bot.tindak_lanjut"),
    (
        (
            "standar tindak lanjut 3 hari kerja ala LAPOR! itu berlaku jg di bot ini? mengikat "
            "prov indak?"
        ),
        "bot.tindak_lanjut",
    ),
    ("dapat undangan rapat di bot, kalau ga bisa hadir boleh diwakilkan?", "bot.rapat"),
    ("pengingat rapat dikirim kapan aja? H-1 aja?", "bot.rapat"),
    (
        (
            "I got a meeting invite on the bot but I'm on leave. Can a colleague go in my "
            "place, is it?"
        ),
        "bot.rapat",
    ),
    ("perkim singkatan apa", "istilah.perkim"),
    ("What does Perkim stand for, is it? Sorry hey, new in the department.", "istilah.perkim"),
    ("disperkimtan kepanjangannya apa? yg 'tan' itu apa xixixi", "istilah.disperkimtan"),
    ("disperkimtan apo tu?", "istilah.disperkimtan"),
    ("PSU kepanjangan apa ya?", "istilah.psu"),
    ("prasarana, sarana, utilitas itu bedanya apa? PSU maksudnya itu kan", "istilah.psu"),
    ("jaling apa?", "istilah.jaling"),
    ("di RAB tertulis 'jaling 400 m', jaling itu maksudnya apa? hehe", "istilah.jaling"),
    ("drainase artinya apa sih? selokan?", "istilah.drainase"),
    ("What's drainase in plain English, just the drains along the street?", "istilah.drainase"),
    ("KR itu apa?", "istilah.kr"),
    (
        ("No | Lokasi | Tingkat\n1 | Kel. Tanjung Pinang | KR\nKR di kolom tingkat maksudnya apa?"),
        "istilah.kr",
    ),
    ("KS di data kumuh singkatan apa?", "istilah.ks"),
    ("No | Lokasi | Tingkat\n3 | Kel. Palingkau Baru | KS\nKS itu apa ya?", "istilah.ks"),
    ("KB di tabel kumuh bukan keluarga berencana kan? wkwk artinya apa", "istilah.kb"),
    ("kb artinya", "istilah.kb"),
    ("SK kumuh itu surat apa sih?", "istilah.skkumuh"),
    ("sk kumuh apo?", "istilah.skkumuh"),
    ("delineasi itu apa", "istilah.delineasi"),
    ("peta delineasi maksudnya gmn? ^_^", "istilah.delineasi"),
    ("rtlh singkatan dr apa?", "istilah.rtlh"),
    ("What's RTLH, is it? Is it a kind of house?", "istilah.rtlh"),
    ("RLH itu apa?", "istilah.rlh"),
    ("RTLH sama RLH bedanya apa? huruf T nya doang? hehe", ("istilah.rtlh", "istilah.rlh")),
    ("bedah rumah itu program apa? istilah aja atau beda dgn RTLH?", "istilah.bedahrumah"),
    ("bedah rumah maksudnya?", "istilah.bedahrumah"),
    ("BSPS kepanjangannya apa?", "istilah.bsps"),
    ("bsps apo?", "istilah.bsps"),
    ("MBR artinya? masyarakat berpenghasilan rendah kan?", "istilah.mbr"),
    ("mbr itu sia?", "istilah.mbr"),
    ("rusunawa apa bedanya sm rusun biasa?", "istilah.rusunawa"),
    ("rusunawa itu apa", "istilah.rusunawa"),
    ("rusus itu apa? rumah susun khusus ya?", "istilah.rusus"),
    ("rusus apo tu? :)", "istilah.rusus"),
]

TRAIN_R67_INTENTS: list[tuple[str, str]] = [
    ("/stats\neh typo. usulan kami yg drainase Menteng udh sampai mana ya?", "status"),
    ("cek usulan Gumas yg dikirim bln lalu, alah diverifikasi atau alun? :)", "status"),
    ("Howzit, where do our proposals from Barito Timur stand just now?", "status"),
    ("rakor kpn", "meeting"),
    ("rapat koordinasi berikutnyo dima tampeknyo? tanggal bara?", "meeting"),
    (
        (
            "1. booking tiket ke Palangka\n2. tanya bot: rakor tahun ini tgl brp & di "
            "mana?\n3. ajukan SPPD"
        ),
        "meeting",
    ),
    ("batas akhir kirim usulan tahun ini kapan?", "deadline"),
    ("usul/ masih bisa sampai kapan? takut telat hehe", "deadline"),
    ("Would you ever tell me the last day for getting proposals in this year?", "deadline"),
    ("pagi pak bot ^_^", "greeting"),
    ("makasih banyak ya, sangat membantu :)", "greeting"),
    ("bot ini bisa bantu apa aja?", "greeting"),
    ("gmn cara ngirim usulan lewat bot ini?", "how_to_submit"),
    ("baa caronyo mangirim usulan lewat bot ko?", "how_to_submit"),
    ("pakai /usul atau /status ya buat masukin usulan baru?", "how_to_submit"),
]

TRAIN_R67_AREAS: list[tuple[str, str]] = [
    ("kumuh Kel. Baamang Tengah 9,8 ha, siapa yg tangani?", "kabkota"),
    ("kawasan kumuh pas 10 hektar di Kel. Pahandut Seberang, kewenangan siapa?", "provinsi"),
    ("luas delineasi kumuh Kel. Ketapang tepat 15 ha, jawabannya provinsi kan?", "pusat"),
    ("No | Lokasi | Luas\n1 | Kel. Selat Hulu | 132.250 m2\nini ditangani siapa?", "provinsi"),
    ("kumuh 95.000 m² di Kel. Mentaya Seberang urusan sia?", "kabkota"),
    ("kumuh lebih dari 16 hektare di Kel. Mentawa Baru Hulu, pusat ya?", "pusat"),
    ("14,99 ha kumuh di Kel. Langkai masuk level mana?", "provinsi"),
    (("kawasan kumuh 150.000 meter persegi di Kel. Murung Keramat, siapa yg pegang?"), "pusat"),
    ("kumuh kurang dari 8 ha di Desa Pendahara, bukannya tidak bisa ke prov ya?", "kabkota"),
    (
        (
            "Nama kegiatan: Peningkatan kualitas kumuh\nLokasi: Kel. Kalampangan\nLuas: 12,4 "
            "hektare\nkewenangan level mana?"
        ),
        "provinsi",
    ),
    ("Howzit, a slum pocket of 3 ha in Buntok Kota. Whose job is that, is it?", "kabkota"),
    (
        (
            "We've a slum area of 20 hectares in Kuala Pembuang I, so we have. Who'd be "
            "responsible for that?"
        ),
        "pusat",
    ),
]

TRAIN_R67_OUT_OF_SCOPE: list[str] = [
    "harga semen sak 50 kg di Kasongan brp skrg?",
    "cuaca bisuak di Puruk Cahu hujan indak? mau survei lokasi",
    "cuti tahunan ASN brp hari sih? mau ajukan hehe",
    "tarif retribusi PBG rumah tinggal tipe 36 di Sampit brp?",
    "backlog perumahan Kab. Katingan tahun 2024 brp unit?",
    "kapan pencairan BSPS tahap 2 di Desa Mengkatip?",
    "bunga KPR subsidi FLPP tahun ini brp persen?",
    "1. absen pagi\n2. tanya bot: cara reset password SIPD gmn?\n3. rapat",
    "biaya ukur tanah di BPN Kuala Kapuas brp ya?",
    "siapa pemenang tender drainase di Kel. Menteng tahun lalu?",
    "harga per meter paving block utk jaling di Nanga Bulik brp? buat RAB",
    "gaji PPPK golongan IX brp sih wkwk",
    "dana desa Desa Buntoi tahun depan pagunya brp?",
    "Would you ever tell me the exchange rate for the euro today?",
    "Howzit, which hotels near Tjilik Riwut airport have rooms free just now?",
]
