"""Training table R73 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 63's styles, written by another hand for the first half of the topic list after round 63
was measured untouched: asking why a rule is so, emoji standing for words, a pasted group-chat
log, long formal nominalised sentences, an intern asking for a report, money and years beside
a question about a rule, asking for the source or a link, inverted word order; New Zealand or
Welsh English. A glossary entry's questions ask what the term means. Its slum-area questions
are computed by rule, not learned; they are measured here only. Written in round 37 and left
unread for a later round.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R73_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "sy staf baru di Perkim Kab. Seruyan, buat laporan magang saya: pembagian tugas "
            "pusat, prov sm kab/kota di bidang perumahan & permukiman itu garis besarnya gmn?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Yeah nah I'm a bit lost eh. Who does what between central, province and regency "
            "for housing and settlements? Just the big picture, chur"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "perkim itu termasuk urusan yg wajib atau cuma pilihan sih? dasar hukumnya pasal "
            "brp, bisa dibaca dmn?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Dalam rangka penyusunan Renstra Dinas Perkim Kabupaten Lamandau 2026-2030, mohon "
            "penjelasan mengenai kedudukan bidang perumahan rakyat dan kawasan permukiman "
            "dalam klasifikasi urusan pemerintahan konkuren."
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "[07.42, 3/12/2026] Pak Kabid: kumuh di Kumai Hilir itu nanti siapa yg tangani "
            "ya\n[07.45, 3/12/2026] Bu Rina: tergantung luasnya pak kyknya\nbot, aturan "
            "pembagian kewenangan kumuh berdasarkan luas itu persisnya gmn?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "how's the slum work split by size between the three levels of govt? sweet as if "
            "you can quote me the actual wording"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kawasan kumuh yg gede2, 15 ha ke atas, itu udh pasti urusan pusat ya? bunyi "
            "aturannya gmn"
        ),
        "kewenangan.kumuh_pusat",
    ),
    ("knp yg di atas 15 hektar hrs pusat, ga bisa prov yg pegang aja?", "kewenangan.kumuh_pusat"),
    (
        (
            "kenapa yg nyegah munculnya kumuh baru itu cuma kabupaten? prov gak ada peran sama "
            "sekali?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Tugas kuliah saya ttg kebijakan permukiman: upaya supaya perumahan tdk berkembang "
            "jadi kumuh itu tanggung jawab level pemerintahan yg mana ya?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        ("🏠 urusan perumahan (bkn kawasan permukiman) itu prov pegang apa aja, kab apa aja?"),
        "kewenangan.perumahan",
    ),
    (
        (
            "what's the province actually on the hook for in the housing sub-affair, eh? not "
            "slums, just houses"
        ),
        "kewenangan.perumahan",
    ),
    (
        "rusun buat MBR itu ranahnya pusat ya? jd ga usah kami usulkan ke prov?",
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "alasannya apa penyediaan rmh utk warga berpenghasilan rendah ga di daerah? kan "
            "kita yg tau warganya"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "[16.03, 2/12/2026] Pak Camat Tewah: warga yg rumahnya hanyut bs minta ke "
            "prov?\n[16.10, 2/12/2026] Pak Sekdis: tergantung status bencananya\nmohon info, "
            "rumah korban bencana dan warga yg kena relokasi itu jadi tanggungan pemerintah yg "
            "mana?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "houses for folks moved off their land by a provincial programme, who sorts that "
            "out, us or the regency? chur"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        ("izin bangun perumahan buat developer di Jekan Raya itu yg nerbitin siapa, prov bisa?"),
        "kewenangan.izin",
    ),
    ("SKBG itu yg keluarin kab atau prov? ada dasar hukumnya yg bs sy baca?", "kewenangan.izin"),
    (
        ("sub urusan kawasan permukiman itu pembagiannya antar level gmn, selain soal kumuh?"),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "settlement areas as a sub-affair: what sits with the regency and what with the "
            "centre? yeah nah not the slum bit, the rest of it"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        "alasannya apa provinsi cuma PSU permukiman, yg PSU perumahan malah ke kab?",
        "kewenangan.psu",
    ),
    (
        (
            "PSU di komplek perumahan developer di Kel. Sawahan Sampit itu tanggung jawab prov "
            "atau pemkab?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "anggaran 2027 kami mau usul jaling + drainase di Desa Pasir Panjang Kec. Arut "
            "Selatan. yg bs dikerjakan prov itu hrs di atas aset siapa?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "does the province do street lights and playgrounds and that, or just the little "
            "neighbourhood roads and drains? sweet as"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "sertifikasi perancang rumah yg kemampuan kecil itu di kab ya? kalo yg menengah sm "
            "besar?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "konsultan perencana PSU mau registrasi, daftarnya ke prov atau kab? dasarnya di "
            "mana bs dibaca?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        ("SPM perumahan rakyat itu layanannya apa aja utk provinsi, targetnya brp persen?"),
        "kewenangan.spm",
    ),
    (
        (
            "Dalam rangka penyusunan laporan penerapan Standar Pelayanan Minimal TA 2026, "
            "mohon penjelasan terkait jenis pelayanan dasar bidang perumahan rakyat yang "
            "menjadi kewajiban pemerintah kabupaten."
        ),
        "kewenangan.spm",
    ),
    (
        (
            "luas kumuh yg dipake buat nentuin kewenangan itu luas kelurahannya atau gmn? "
            "Baamang Barat kan luas tp kumuhnya cuma sebagian"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "which hectares count, the whole village or just the bit drawn in the slum decree? "
            "cheers eh"
        ),
        "kumuh.luas_delineasi",
    ),
    ("yg netapin lokasi kumuh itu siapa sih? gubernur bisa ikut netapin?", "kumuh.penetapan"),
    (
        (
            "SK lokasi kumuh Kotim terakhir thn 2020, wajib ditinjau ulang tiap brp thn? "
            "aturannya dmn?"
        ),
        "kumuh.penetapan",
    ),
    (
        ("tugas kuliah saya ttg permukiman kumuh, kriteria yg dinilai itu aspek apa aja ya kak?"),
        "kumuh.aspek",
    ),
    (
        (
            "proteksi kebakaran termasuk yg dinilai ga buat nentuin kumuh? sebutin semua "
            "aspeknya dong"
        ),
        "kumuh.aspek",
    ),
    ("skor brp baru dibilang kumuh berat? maksimalnya 80 kan?", "kumuh.penilaian"),
    (
        (
            "how do they score a slum, 0 1 3 5 per criterion or what? and what total makes it "
            "heavy, eh"
        ),
        "kumuh.penilaian",
    ),
    ("nilai kekumuhan 45 itu masuk sedang atau ringan?", "kumuh.tingkat_sedang_ringan"),
    (
        "rentang nilai kumuh ringan dr brp s.d. brp? ada sumber resminya?",
        "kumuh.tingkat_sedang_ringan",
    ),
    ("beda pemugaran sm peremajaan apa sih", "kumuh.pola_penanganan"),
    (
        (
            "what's the difference between a partial fix-up and resettling everyone, and how "
            "do you pick which? chur"
        ),
        "kumuh.pola_penanganan",
    ),
    ("brp sih total lokasi kumuh di Kalteng? kab mana yg paling banyak", "kumuh.kalteng"),
    ("📊 data kumuh se-provinsi ada? total hektarnya brp", "kumuh.kalteng"),
    ("isian usulan itu apa aja? kenapa hrs ada jumlah KK, jiwa, sektor segala", "usulan.isi"),
    (("what goes into a proposal and why do you need all those fields? bit much eh"), "usulan.isi"),
    ("usulan ke prov bs jenis apa aja? RTLH bs? rumah korban bencana bs?", "usulan.jenis"),
    ("📄 jenis2 usulan yg diterima prov apa aja sih", "usulan.jenis"),
    ("data lokasi di usulan hrs sampe tingkat apa? desa aja atau titik GPS jg?", "usulan.lokasi"),
    (
        "kalo usulan kumuh, nama lokasinya hrs sama persis dgn yg di SK ya?",
        ("usulan.lokasi", "usulan.sk_kumuh"),
    ),
    (
        ("sumber dana yg bs dipilih di usulan apa aja? boleh kombinasi APBD kab + prov?"),
        "usulan.penerima_biaya",
    ),
    (
        (
            "penerima manfaat diisi KK atau jiwa? dua2nya? trus pagu Rp 1,2 M itu ditulis di "
            "isian yg mana"
        ),
        "usulan.penerima_biaya",
    ),
    ("readiness criteria utk usulan PSU itu dokumen apa aja?", "usulan.kesiapan"),
    (
        (
            "usulan PSU kami di Kuala Kurun dibilang RC nya blm lengkap. blm siap itu "
            "maksudnya dokumen apa aja yg kurang?"
        ),
        "usulan.kesiapan",
    ),
    ("lahan clean and clear itu syaratnya apa aja? kalo cuma pegang SKT bs?", "usulan.lahan"),
    ("lahannya punya desa, blm bersertifikat, usulan jaling masih bs masuk ga?", "usulan.lahan"),
    ("SK kumuh kami thn 2019, masih bs dipake buat usulan TA 2027 ga?", "usulan.sk_kumuh"),
    (
        ("lokasi kami ga tercantum di SK kumuh, apa bisa tetap diusulkan sbg kumuh ke prov?"),
        "usulan.sk_kumuh",
    ),
    ("DED sm RAB wajib dilampirin? RKS juga? foto brp lembar?", "usulan.dokumen_teknis"),
    (
        (
            "Mohon penjelasan terkait kelengkapan dokumen perencanaan teknis yang perlu "
            "dilampirkan dalam usulan kegiatan peningkatan jalan lingkungan Tahun Anggaran "
            "2027."
        ),
        "usulan.dokumen_teknis",
    ),
    (
        ("surat kesanggupan nerima hibah dan O&P itu buat apa sih, hrs dilampirkan di usulan?"),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "do we need a letter saying we'll take the asset and look after it afterwards? "
            "what's that for, eh"
        ),
        "usulan.surat_pernyataan",
    ),
    ("🏚️ RTLH lwt prov syaratnya apa? rumah blm ada bs dibangun baru?", "usulan.rtlh"),
    (
        ("kenapa RTLH prov hrs di tanah milik sendiri? warga kami byk numpang di tanah keluarga"),
        "usulan.rtlh",
    ),
    (
        (
            "warga Kel. Madurejo mau minta jalan lingkungan langsung ke prov, caranya gmn? hrs "
            "sepengetahuan RT lurah camat?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "[10.02, 1/12/2026] Ketua RT 05: pak, kami warga mau ajukan drainase ke "
            "provinsi\n[10.05, 1/12/2026] Pak Lurah Menteng: ok nanti saya bantu\nbot, "
            "permohonan PSU yg datang dr masyarakat itu syaratnya apa aja?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        ("kenapa pemeliharaan drainase bantuan prov itu hrs kab yg nanggung? kan yg bangun prov"),
        "hibah.aset",
    ),
    (
        (
            "Once the province has built the drains, whose asset is it then, isn't it? And who "
            "signs the handover, tidy?"
        ),
        "hibah.aset",
    ),
    (
        ("kalo usulan kami bukan kewenangan prov, dananya bs cari ke mana lagi? DAK bs?"),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "usulan dialihkan krn bkn kewenangan prov, alternatif sumber dana lain apa aja yg "
            "masuk akal? ada APBDes, CSR?"
        ),
        ("pendanaan.saluran_lain", "bot.ditolak_dialihkan"),
    ),
    (
        ("alur usulan setahun itu gmn? usulan yg dikirim 2026 itu utk anggaran 2027 ya?"),
        "siklus.tahunan",
    ),
    (
        (
            "What's the yearly round for proposals then, from us sending them to the money "
            "coming through? Explain it now in a minute, isn't it"
        ),
        "siklus.tahunan",
    ),
    (
        ("usulan kami diperiksa apa aja sm prov? cuma administrasi atau ada teknis jg?"),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Dalam rangka optimalisasi kualitas usulan kegiatan bidang kawasan permukiman TA "
            "2027, mohon penjelasan terkait tahapan verifikasi yang dilakukan Pemerintah "
            "Provinsi terhadap usulan kabupaten/kota."
        ),
        "siklus.pemeriksaan",
    ),
    (
        "kenapa usulan hrs dibahas di rakor dulu sblm musrenbang?",
        ("siklus.rakor", "siklus.rkpd_apbd"),
    ),
    ("What's this Rakor all about then? Who goes to it, tidy?", "siklus.rakor"),
    ("abis rakor, usulan yg disetujui masuk ke mana? RKPD dulu baru APBD?", "siklus.rkpd_apbd"),
    (
        (
            "usulan kami yg lolos rakor, jalurnya sampe jadi anggaran APBD prov itu lewat "
            "tahapan apa aja?"
        ),
        "siklus.rkpd_apbd",
    ),
    ("pokja PKP itu apa, dasar hukumnya apa? ada link permennya?", "koordinasi.pokja_pkp"),
    (
        (
            "Tugas kuliah saya ttg tata kelola permukiman. Kelompok kerja perumahan & kawasan "
            "permukiman di daerah itu fungsinya apa ya?"
        ),
        "koordinasi.pokja_pkp",
    ),
    ("kantor disperkimtan prov alamatnya dmn? mau antar berkas", "disperkimtan.kontak"),
    (
        ("Where to is the Disperkimtan office, now? Got an address and a website, like?"),
        "disperkimtan.kontak",
    ),
    ("bot ini perintahnya apa aja? jamnya pake WIB atau WITA?", "bot.cara_pakai"),
    (
        (
            "How do I work this bot then? What commands is it, and what time is it going by, "
            "isn't it?"
        ),
        "bot.cara_pakai",
    ),
    ("ngisi /usul kan panjang, kalo sinyal putus di tengah datanya ilang ga?", "bot.usul"),
    (
        ("bs ga salin usulan thn lalu biar ga ngetik ulang? trus foto maksimal brp, pdf brp?"),
        "bot.usul",
    ),
    ("status 'dibahas di Rakor' itu artinya apa? beda sm verifikasi?", "bot.status"),
    ("What's 'perlu perbaikan' mean now, tidy? Can I still send it back in?", "bot.status"),
    (
        ("kalo usulan ditolak alasannya biasanya apa aja, dan abis itu kami hrs ngapain?"),
        "bot.ditolak_dialihkan",
    ),
    (
        ("Proposal got redirected, see. Where to does it go now, and is that the end of it?"),
        "bot.ditolak_dialihkan",
    ),
    ("brp hari usulan hrs ditanggapi prov? ada standar waktunya?", "bot.tindak_lanjut"),
    ("kenapa patokannya 3 hari kerja? ngikut LAPOR! ya?", "bot.tindak_lanjut"),
    ("pengingat rapat dikirim brp kali sblm acara?", "bot.rapat"),
    (
        (
            "Got an invite through the bot for a meeting. Can I send someone in my place, "
            "isn't it? How do I tell it?"
        ),
        "bot.rapat",
    ),
    ("perkim itu singkatan dr apa?", "istilah.perkim"),
    ("buat laporan magang saya, Perkim kepanjangannya apa ya", "istilah.perkim"),
    ("Disperkimtan kepanjangannya apa? 'tan' nya itu pertanahan?", "istilah.disperkimtan"),
    ("What's Disperkimtan stand for then, tidy?", "istilah.disperkimtan"),
    ("PSU = ?", "istilah.psu"),
    ("psu itu apaan sih, prasarana apa gitu", "istilah.psu"),
    ("jaling itu apa? sering liat di RAB", "istilah.jaling"),
    ("apa itu artinya, jaling?", "istilah.jaling"),
    ("drainase itu maksudnya saluran air ya? yg lingkungan gmn", "istilah.drainase"),
    ("KR di tabel kumuh itu apa?", "istilah.kr"),
    ("tulisan KR di kolom tingkat kekumuhan maksudnya apa ya", "istilah.kr"),
    ("KS artinya apa di data kumuh", "istilah.ks"),
    ("KB di daftar lokasi kumuh itu apa, bukan keluarga berencana kan 😅", "istilah.kb"),
    ("SK kumuh itu apa sih", "istilah.skkumuh"),
    ("📄 SK kumuh = surat apa?", "istilah.skkumuh"),
    ("delineasi artinya apa?", "istilah.delineasi"),
    ("What's 'delineasi' mean then, like?", "istilah.delineasi"),
    ("RTLH kepanjangannya apa", "istilah.rtlh"),
    ("🏚️ RTLH itu apa", "istilah.rtlh"),
    ("RLH singkatan apa?", "istilah.rlh"),
    ("bedah rumah itu maksudnya apa, operasi rumah? 😂", "istilah.bedahrumah"),
    ("istilah bedah rumah itu maksudnya program apa sih", "istilah.bedahrumah"),
    ("BSPS itu apa", "istilah.bsps"),
    ("BSPS kepanjangannya apa, ada link peraturannya?", "istilah.bsps"),
    ("MBR apa tuh", "istilah.mbr"),
    ("MBR, what's that stand for now?", "istilah.mbr"),
    ("rusunawa = rusun sewa?", "istilah.rusunawa"),
    ("rusunawa itu apa sih, bedanya apa sm rusun biasa?", "istilah.rusunawa"),
    ("rusus itu apa? rumah khusus?", "istilah.rusus"),
]

TRAIN_R73_INTENTS: list[tuple[str, str]] = [
    ("usulan kami yg USL-2026-0014 udh sampai mana?", "status"),
    ("📄 usulan2 Kab Barut yg kami kirim bulan lalu statusnya gmn skrg", "status"),
    ("Any news on the proposals we sent in? Where are they at, eh?", "status"),
    ("📅 rakor kpn", "meeting"),
    ("kapan itu rakornya tahun ini, tempatnya di mana?", "meeting"),
    (
        (
            "[09.10, 4/12/2026] Pak Kadis: rakor prov jadi kapan?\n[09.12, 4/12/2026] Bu "
            "Sekdis: blm dengar pak\nbot, jadwal rapat koordinasi berikutnya kapan dan di "
            "mana?"
        ),
        "meeting",
    ),
    ("batas akhir kirim usulan TA 2028 kapan?", "deadline"),
    ("sampai tgl brp usulan masih bisa masuk?", "deadline"),
    (
        (
            "Mohon informasi batas waktu penyampaian usulan kegiatan bidang kawasan permukiman "
            "untuk Tahun Anggaran 2027."
        ),
        "deadline",
    ),
    ("selamat pagi pak bot 🙏", "greeting"),
    ("makasih banyak infonya ya", "greeting"),
    ("Hi there, what can you do?", "greeting"),
    ("gmn caranya kirim usulan lewat bot ini?", "how_to_submit"),
    ("mau input usulan jaling lwt sinkron, mulainya dr mana?", "how_to_submit"),
    ("How do I put a proposal in through this bot, tidy?", "how_to_submit"),
]

TRAIN_R73_AREAS: list[tuple[str, str]] = [
    ("kawasan kumuh 9,5 ha di Kel. Mendawai Seberang itu kewenangan siapa?", "kabkota"),
    ("kewenangan siapa itu, kumuh yg pas 10 hektar di Pahandut Seberang?", "provinsi"),
    ("delineasi di SK 14,99 ha, prov atau pusat yg tangani?", "provinsi"),
    ("📐 kumuh tepat 15 ha di Baamang, siapa yg pegang", "pusat"),
    (
        (
            "utk usulan TA 2027, kawasan kumuh di Selat Hilir luasnya 120.000 m2, ditangani "
            "level mana?"
        ),
        "provinsi",
    ),
    ("kumuh 95.000 m² di Kel. Sidorejo Pangkalan Bun masuk kewenangan prov ga?", "kabkota"),
    (("kawasan kumuh lebih dari 20 hektare di Mentawa Baru Hulu tanggung jawab siapa?"), "pusat"),
    (
        (
            "[11.20, 2/12/2026] Pak Kabid: yg di Kalampangan jadinya brp ha?\n[11.24, "
            "2/12/2026] Staf: kurang dari 8 ha pak\nbot, kumuh segitu siapa yg nangani?"
        ),
        "kabkota",
    ),
    ("150.000 meter persegi kumuh di Ketapang, Sampit, kewenangan mana?", "pusat"),
    ("kenapa kumuh 100.000 m2 di Kel. Langkai jadi urusan prov, bukan pemkot?", "provinsi"),
    (
        (
            "We've got a slum area of 18 hectares out Tamiang Layang way, who's responsible "
            "for that, eh?"
        ),
        "pusat",
    ),
    ("Slum area's 4 hectares in Buntok, whose job is that then, isn't it?", "kabkota"),
]

TRAIN_R73_OUT_OF_SCOPE: list[str] = [
    "cuaca besok di Muara Teweh gmn? mau survei lokasi",
    "harga semen per sak di Sampit skrg brp?",
    "cara urus sertifikat tanah warga ke BPN gmn, berapa lama jadinya?",
    "TPP pegawai bulan ini kapan cair?",
    "bunga KPR subsidi FLPP thn ini brp persen?",
    "berapa unit RTLH yg sudah selesai dibangun di Kab. Katingan tahun 2025?",
    "tarif PDAM Palangka Raya per kubik brp skrg?",
    "sy mau ambil cuti tahunan, formnya dmn ya",
    "Kab Gumas dapat pagu DAK PPKT brp utk 2027?",
    "nomor WA Pak Bupati Kotim ada?",
    "cara daftar PPPK 2027 gimana",
    "jumlah backlog rumah di Kalteng skrg brp unit?",
    "total anggaran Disperkimtan prov tahun 2026 brp M?",
    ("Any idea what the flights to Jakarta cost from Palangka Raya this week, eh?"),
    "Is it going to rain in Kuala Kapuas tomorrow, isn't it?",
]
