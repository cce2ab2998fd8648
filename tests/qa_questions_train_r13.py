"""Training table R13 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 37's styles, written by another hand for the first half of the topic list:
WhatsApp-group habits (@mentions, hashtags, "FYI", forwarded headers), people outside the
agency asking, requests to simplify, "alay" texting spelling, the Islamic-polite register,
messages to the bot as to a social-media account, template-shaped messages, rhetorical and
double-negative phrasing. Its slum-area questions are computed by rule, not learned; they are
measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R13_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "@admin prov mohon pencerahan rekan2, secara garis besar pembagian kewenangan "
            "perkim antara pusat, provinsi dan kab/kota itu gimana ya? #kewenangan"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "intinya aja deh, urusan perumahan & kawasan permukiman itu dibagi ke pusat, "
            "prov, kab kayak gimana? versi awam ya"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Selamat siang, saya mahasiswa S2 yang sedang menulis tesis tentang "
            "desentralisasi. Apakah perumahan rakyat dan kawasan permukiman termasuk urusan "
            "wajib pelayanan dasar menurut UU 23/2014? Pasal berapa dasarnya?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "bukankah perumahan itu cuma urusan pilihan? apa iya masuk urusan wajib yg "
            "berkaitan dgn pelayanan dasar?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "kewenanganprovinsi utk kawasan kumuhhh itu dibatasi luasnya ya? yg jatah kab "
            "sampe brp, yg prov dr brp? plisss"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "min, mau nanya dong. pembagian penanganan kawasan kumuh antara kab, prov sama "
            "pusat itu berdasarkan luas ya? rinciannya gimana?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Saya wartawan media lokal di Sampit. Untuk kawasan kumuh skala besar yang "
            "katanya jadi urusan kementerian, apakah itu sepenuhnya tanggung jawab pemerintah "
            "pusat? Rumusan hukumnya sudah pasti?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Perihal: kumuh skala besar\nPertanyaan: kawasan kumuh yang luasnya lima belas "
            "hektar ke atas itu ditangani siapa, dan apakah bunyi kewenangan pusatnya sudah "
            "terkonfirmasi?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Assalamualaikum warahmatullah, afwan mau bertanya: kegiatan pencegahan tumbuhnya "
            "permukiman kumuh itu kewenangan provinsi atau kabupaten ya? jazakallah khair"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "masa sih provinsi tidak bisa ikut menangani pencegahan kumuh? bukankah mencegah "
            "itu tugas semua level?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Mohon info terkait: pembagian kewenangan sub-urusan perumahan (rumah korban "
            "bencana, relokasi, izin perumahan) antara provinsi dan kab/kota."
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Hi, I'm a reporter covering housing in Central Kalimantan. Under the housing "
            "sub-affair, what exactly is the provincial government responsible for, compared "
            "with the regencies?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Saya staf anggota DPRD dapil Kapuas. Banyak konstituen minta rumah murah untuk "
            "MBR. Penyediaan rumah MBR itu sebenarnya urusan pemda atau pemerintah pusat?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        "pnyediaan rmh MBR sm pembiayaan perumahan tu urusan pusattt ya? prov ga pegang kan?",
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            'Diteruskan: "rumah warga hanyut kena banjir di Kec. Tewah, siapa yang wajib '
            'bangun kembali?"\nmohon pencerahan rekan2, rumah korban bencana begini ranah prov '
            "atau kab?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "tolong jelaskan dengan bahasa sederhana: kalau warga dipindah karena program "
            "pemerintah, rumah barunya tanggung jawab siapa?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Kami pengembang perumahan di Palangka Raya. Izin pembangunan dan pengembangan "
            "perumahan itu diurus ke provinsi atau ke pemkot?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "kak admin, SKBG (sertifikat kepemilikan bangunan gedung) itu yg nerbitin siapa "
            "sih? disperkimtan prov bisa?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Tanya: apa saja kewenangan di sub-urusan kawasan permukiman, untuk provinsi dan "
            "untuk kabupaten/kota?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        "apa iya izin pengembangan kawasan permukiman itu bukan ranah provinsi?",
        ("kewenangan.izin", "kewenangan.kawasan_permukiman"),
    ),
    (
        (
            "Dear admin, kindly explain what the 'kawasan permukiman' sub-affair covers at "
            "each level of government."
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        "PSU PeRuMaHaN vs PSU PeRmUkImAn bedanya apaa sih, mana yg prov mana yg kab??",
        "kewenangan.psu",
    ),
    (
        (
            "@Pak Yudi FYI td ada yg tanya: jalan di dlm komplek perumahan developer itu bisa "
            "diusulkan PSU ke prov ga? cc @admin prov"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Saya pendamping desa di Kecamatan Mantangai. Kalau warga butuh jalan lingkungan "
            "dan saluran drainase di kampung, bisa dibangunkan Disperkimtan provinsi? Apa "
            "batasannya?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "tidak mungkin kan provinsi bangun drainase di sepanjang jalan provinsi pakai "
            "anggaran PSU? itu bukan lingkup PSU prov kan?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Nama: Rudi\nKab: Barito Utara\nPertanyaan: sertifikasi dan registrasi perancang "
            "rumah dan perencana PSU itu wewenang siapa? kami konsultan perorangan skala "
            "kecil."
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "singkat padat: registrasi perencana PSU tingkat kemampuan menengah itu kab, "
            "prov, atau pusat?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Assalamualaikum, mohon pencerahannya terkait SPM bidang perumahan rakyat, jenis "
            "layanan dasar apa saja yg jadi tanggungan provinsi? barakallah fiikum"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "For my thesis: what are the minimum service standards (SPM) for housing at the "
            "provincial level, and what is the target?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "up.. pertanyaan kemarin blm kejawab: luas kumuh yg dipakai buat nentuin "
            "kewenangan itu luas kelurahannya atau luas delineasi di SK? #kumuh"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "bukankah luas yang dihitung itu luas seluruh desa? masa cuma luas deliniasi yang "
            "tercantum di SK kumuh?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Kami dari LSM pemerhati permukiman bantaran sungai. Siapa yang berwenang "
            "menetapkan suatu lokasi sebagai kawasan kumuh, dan seberapa sering penetapan itu "
            "harus ditinjau ulang?"
        ),
        "kumuh.penetapan",
    ),
    (
        "halo bot, SK penetapan lokasi kumuh itu yg tanda tangan gubernur ya? atau bupati?",
        "kumuh.penetapan",
    ),
    (
        "versi awam aja: suatu permukiman dibilang kumuh itu dinilai dari aspek apa aja?",
        "kumuh.aspek",
    ),
    (
        "7 aspek kriteria kumuhhh tu ap aj sih? plisss lupa t3rus",
        "kumuh.aspek",
    ),
    (
        (
            "Pertanyaan: berapa skor maksimal penilaian kekumuhan, dan mulai nilai berapa "
            "suatu lokasi masuk kategori kumuh berat?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "FYI team, quick one: how is a slum location scored, and what total counts as "
            "heavy slum (kumuh berat)?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "Afwan bapak/ibu admin, rentang nilai untuk kumuh sedang dan kumuh ringan itu "
            "berapa ya? jazakallahu khairan"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "apa iya skor 40 itu sudah masuk kumuh sedang, bukan ringan lagi?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Saya mahasiswa Perencanaan Wilayah dan Kota. Apa perbedaan pemugaran, "
            "peremajaan, dan pemukiman kembali dalam penanganan permukiman kumuh?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "mimin, kalau kumuhnya di atas lahan ilegal atau rawan bencana, pola "
            "penanganannya pakai yg mana?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Saya jurnalis. Berapa jumlah lokasi dan total luas kawasan kumuh di Kalimantan "
            "Tengah menurut data Disperkimtan?"
        ),
        "kumuh.kalteng",
    ),
    (
        "kumuhhh d kalteng tu kbnyakan d pinggir sungai y? ttl ada brp lokasi se-provinsi?",
        "kumuh.kalteng",
    ),
    (
        "intinya apa aja yang harus diisi di usulan kegiatan ke provinsi? satu paragraf aja",
        "usulan.isi",
    ),
    (
        (
            "Perihal: penyusunan usulan\nMohon info terkait: data apa saja yang diminta dalam "
            "satu usulan kegiatan, dan kenapa tiap isian itu diperlukan?"
        ),
        "usulan.isi",
    ),
    (
        (
            "#usulan2027 rekan2, jenis usulan apa aja sih yg bisa masuk ke prov? kumuh, psu, "
            "rtlh... ada lagi ga?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Dear admin, kindly inform which types of proposals a regency may submit to the "
            "province."
        ),
        "usulan.jenis",
    ),
    (
        "min, di form usulan data lokasinya apa aja yg ditanya? harus ada titik koordinat juga?",
        "usulan.lokasi",
    ),
    (
        "nm lokasi usulan hrs sm persis kyk di SK kumuh gt? kec & desa jg wjb diisi?",
        "usulan.lokasi",
    ),
    (
        (
            "Assalamualaikum warahmatullah. Afwan, penerima manfaat di usulan itu dihitung KK "
            "atau jiwa? Lalu sumber dana yang bisa dipilih apa saja? InsyaAllah kami kirim "
            "minggu ini."
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "tidak mungkin kan usulan diproses tanpa perkiraan biaya? masa sih nilai "
            "rupiahnya harus kami isi sendiri?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Tanya: dokumen kesiapan (readiness criteria) apa saja yang perlu dilampirkan "
            "untuk usulan PSU jalan lingkungan?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "What readiness documents does the province expect with a proposal? Is there some "
            "kind of checklist?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Saya pendamping desa. Lahan untuk drainase di desa kami masih tanah warga, belum "
            "sertifikat, cuma ada SKT. Apakah usulan tetap bisa diajukan ke provinsi?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "cc @admin prov: kalau lahan belum clean and clear apa otomatis gugur usulannya? "
            "mohon pencerahan"
        ),
        "usulan.lahan",
    ),
    (
        "SK kumuh kmi udh 6thn, msh bs dipake bwt usulan kumuh gk y?",
        "usulan.sk_kumuh",
    ),
    (
        (
            "kak admin, lokasi kami gak tercantum di SK kumuh bupati, tp kondisinya kumuh "
            "parah. masih bisa diusulkan sbg kumuh ke prov?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "bahasa sederhananya aja: dokumen teknis apa yang dilampirkan di usulan? DED sama "
            "RAB harus ada?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "apa iya usulan tanpa DED dan site plan masih diterima? bukankah dokumen teknis "
            "itu syarat mutlak?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Pertanyaan: apakah perlu surat pernyataan kesediaan menerima hibah dan melakukan "
            "operasi & pemeliharaan? untuk apa surat itu?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Assalamualaikum, afwan, surat pernyataan siap terima hibah dan O&P itu wajib "
            "dilampirkan di usulan PSU kah? jazakallah"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Saya staf DPRD, ada warga minta bedah rumah lewat provinsi. Apa syaratnya, dan "
            "bisa tidak untuk bangun rumah baru dari nol?"
        ),
        "usulan.rtlh",
    ),
    (
        "usulan RTLH lwt prov syaratnya ap aj? tanah hrs SHM kah? SKT bs gk?",
        "usulan.rtlh",
    ),
    (
        (
            "Can the province's RTLH programme fund a brand-new house, and who decides the "
            "final list of beneficiaries?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Kami warga RT 05 Kelurahan Pahandut, ingin minta jalan lingkungan dicor. Bisa "
            "langsung ajukan ke Disperkimtan provinsi? Apa syaratnya?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        ("min, masyarakat bisa ngusulin PSU sendiri ke prov gak? atau harus lewat dinas kab dulu?"),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "FYI rekan2, jaling yg dibangun prov thn lalu di kab kita, asetnya jadi milik "
            "siapa? siapa yg wajib pelihara? #hibah"
        ),
        "hibah.aset",
    ),
    (
        (
            "bukankah jalan lingkungan yang dibangun provinsi tetap aset provinsi selamanya? "
            "masa harus diserahkan ke kabupaten?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Who signs the grant deed and the BAST when the province hands over an asset it "
            "built on regency land?"
        ),
        "hibah.aset",
    ),
    (
        (
            "satu kalimat aja: kalau usulan ternyata bukan kewenangan prov, dananya bisa "
            "dicari ke mana?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Saya pendamping desa di Katingan. Kalau kumuh di desa kami ternyata bukan urusan "
            "provinsi, apa ada sumber dana lain? Dana desa bisa dipakai?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Perihal: alur tahunan\nPertanyaan: urutan siklus usulan dari kab ke provinsi itu "
            "gimana? usulan yang dikirim tahun ini untuk anggaran tahun berapa?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Could you walk me through the yearly proposal cycle, from the regency sending a "
            "proposal to the provincial budget?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Bismillah, afwan mau tanya bagaimana provinsi memeriksa usulan dari kabupaten? "
            "apa saja yang dicek? jazakallah khair"
        ),
        "siklus.pemeriksaan",
    ),
    (
        "usulan kmi dicek dr sisi ap aj? administrasi, teknis, kewenangan? ada survei lpgn jg?",
        "siklus.pemeriksaan",
    ),
    (
        (
            "Apa sebenarnya tujuan Rakor Bidang Kawasan Permukiman se-Kalimantan Tengah, dan "
            "siapa saja pesertanya? Saya sedang menulis liputan."
        ),
        "siklus.rakor",
    ),
    (
        (
            "apa iya Rakor itu cuma seremonial tahunan? bukankah di situ usulan kab juga "
            "dibahas teknis?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "versi awam: setelah usulan dibahas di Rakor, jalannya ke mana lagi sampai jadi "
            "anggaran?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "@admin prov usulan yg disetujui di Rakor itu otomatis masuk APBD? atau lewat "
            "Musrenbang & RKPD dulu? mohon pencerahan"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        "halo bot, pokja pkp tu perannya apa sih di daerah? siapa yg bentuk?",
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Kami dari LSM yang ingin terlibat di forum perumahan kabupaten. Apa peran Pokja "
            "PKP dan apa dasar hukumnya?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        "min, kantor disperkimtan prov alamatnya di mana ya? mau antar berkas",
        "disperkimtan.kontak",
    ),
    (
        (
            "Where is the office of Disperkimtan Central Kalimantan, and what is its official "
            "website?"
        ),
        "disperkimtan.kontak",
    ),
    (
        "bot ini perintahnya apa aja ya? trus jam yg ditampilkan bot itu WIB atau WITA?",
        "bot.cara_pakai",
    ),
    (
        "gmn cr pake bot ini? prntah2nya ap aj, aq br gabung",
        "bot.cara_pakai",
    ),
    (
        "Tanya: setelah kirim lewat /usul, apakah dapat kode pelacakan? formatnya seperti apa?",
        "bot.usul",
    ),
    (
        (
            "rekan2 FYI, di /usul ada fitur salin usulan lama ga sih? biar gak ngetik ulang "
            "#usulan2027"
        ),
        "bot.usul",
    ),
    (
        (
            "tolong jelaskan singkat: status 'perlu perbaikan' dan 'dibahas di Rakor' itu "
            "artinya apa?"
        ),
        "bot.status",
    ),
    (
        (
            "bukankah status verifikasi itu artinya sudah pasti disetujui? apa iya masih bisa "
            "ditolak?"
        ),
        "bot.status",
    ),
    (
        (
            "Assalamualaikum, afwan, kalau usulan kena status dialihkan itu maksudnya apa dan "
            "langkah kami selanjutnya bagaimana?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "Our proposal came back rejected as 'bukan kewenangan provinsi'. What can we do next?",
        "bot.ditolak_dialihkan",
    ),
    (
        "mimin, berapa lama biasanya usulan diverifikasi? ada standar waktunya kah?",
        "bot.tindak_lanjut",
    ),
    (
        (
            "Kami dari sekretariat DPRD. Apakah ada standar waktu tindak lanjut usulan "
            "seperti di LAPOR!, dan apakah itu mengikat dinas?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Perihal: undangan Rakor\nPertanyaan: kalau Kabid berhalangan, boleh diwakilkan "
            "staf? konfirmasi kehadirannya lewat bot gimana?"
        ),
        "bot.rapat",
    ),
    (
        "pngingat rapat dr bot dtg kpn aja? H-7 H-1 gt? bs diatur gk?",
        "bot.rapat",
    ),
    (
        "Perkim itu singkatan apa? jelasin simpel aja",
        "istilah.perkim",
    ),
    (
        "What does 'Perkim' stand for? I keep seeing it in local news.",
        "istilah.perkim",
    ),
    (
        "DiSpErKiMtAn itu kepanjangannya apa? bedanya sm disperkim?",
        "istilah.disperkimtan",
    ),
    (
        "kak admin, disperkimtan tu dinas apa sih? yg 'tan' itu apa?",
        "istilah.disperkimtan",
    ),
    (
        (
            "Dalam rilis pemprov sering disebut 'PSU'. Itu singkatan dari apa? Saya perlu "
            "untuk berita."
        ),
        "istilah.psu",
    ),
    (
        "afwan, PSU itu kepanjangannya apa nggih? jazakallah",
        "istilah.psu",
    ),
    (
        (
            'fwd: "usulan jaling 2 ruas di Bereng Jun"\njaling itu maksudnya jalan lingkungan '
            "kan? cc @Pak Yudi"
        ),
        "istilah.jaling",
    ),
    (
        "jaling itu apa? satu kalimat aja",
        "istilah.jaling",
    ),
    (
        (
            "Saya pendamping desa, baru di bidang ini. Maksud drainase lingkungan dalam "
            "istilah perkim itu apa?"
        ),
        "istilah.drainase",
    ),
    (
        "apa iya drainase itu cuma got depan rumah? masa sih ada istilah khususnya?",
        "istilah.drainase",
    ),
    (
        "KR di tabel kumuh tu ap? kumuhringan kah?",
        "istilah.kr",
    ),
    (
        "Tanya: singkatan KR pada data kekumuhan artinya apa?",
        "istilah.kr",
    ),
    (
        "min, KS di daftar lokasi itu maksudnya kumuh sedang ya?",
        "istilah.ks",
    ),
    (
        "#info di lampiran SK ada kode KS, itu artinya apa rekan2?",
        "istilah.ks",
    ),
    (
        "KB di daftar lokasi kumuh itu apa ya? bukan keluarga berencana kan 😅 jawab singkat aja",
        "istilah.kb",
    ),
    (
        "Afwan, istilah KB pada tabel kekumuhan itu maksudnya kumuh berat? barakallah",
        "istilah.kb",
    ),
    (
        (
            "Saya mahasiswa yang meneliti permukiman tepian sungai di Palangka Raya. Apa yang "
            "dimaksud dengan SK kumuh?"
        ),
        "istilah.skkumuh",
    ),
    (
        "What is an 'SK kumuh'? Officials keep mentioning it.",
        "istilah.skkumuh",
    ),
    (
        "dlineasi tu ap sih? sering bgt dsbut pas rapat",
        "istilah.delineasi",
    ),
    (
        "bukankah delineasi itu sama aja dengan peta batas desa?",
        "istilah.delineasi",
    ),
    (
        "halo bot, RTLH singkatan dari apa?",
        "istilah.rtlh",
    ),
    (
        "What does RTLH mean in Indonesian housing programmes?",
        "istilah.rtlh",
    ),
    (
        "RLH itu apa? bedanya sm RTLH, singkat aja",
        "istilah.rlh",
    ),
    (
        "Pertanyaan: arti istilah RLH",
        "istilah.rlh",
    ),
    (
        (
            "Program 'bedah rumah' yang sering diberitakan itu maksudnya apa secara istilah? "
            "Saya wartawan baru di desk ini."
        ),
        "istilah.bedahrumah",
    ),
    (
        "Assalamualaikum, afwan, bedah rumah itu sama dengan perbaikan RTLH kah?",
        "istilah.bedahrumah",
    ),
    (
        "BSPS tu ap? bntuan stimulan ap gt",
        "istilah.bsps",
    ),
    (
        "@admin prov BSPS itu kepanjangannya apa ya? ada warga nanya",
        "istilah.bsps",
    ),
    (
        "Mohon info terkait: istilah MBR",
        "istilah.mbr",
    ),
    (
        "MBR itu bukankah singkatan masyarakat berpenghasilan rendah? atau ada arti lain?",
        "istilah.mbr",
    ),
    (
        "mimin, rusunawa itu apa? yg 'wa' itu sewa ya?",
        "istilah.rusunawa",
    ),
    (
        "What is a rusunawa?",
        "istilah.rusunawa",
    ),
    (
        "rusus itu apa sih, jelasin singkat",
        "istilah.rusus",
    ),
    (
        "ruSuS tu singkatan rumah khusus kah?",
        "istilah.rusus",
    ),
]

TRAIN_R13_INTENTS: list[tuple[str, str]] = [
    (
        "min, usulan kami USL-2026-0003 udah sampai mana ya? masih verifikasi?",
        "status",
    ),
    (
        (
            "Assalamualaikum, afwan, usulan PSU dari Kab. Seruyan yang kami kirim bulan lalu "
            "sudah diterima atau ditolak ya?"
        ),
        "status",
    ),
    (
        "Dear admin, kindly inform the current status of our proposals from Barito Timur.",
        "status",
    ),
    (
        "@admin prov Rakor tahun ini jadinya tanggal berapa & di mana? #info",
        "meeting",
    ),
    (
        (
            "Tanya: rapat koordinasi berikutnya mulai jam berapa dan tempatnya di aula dinas "
            "atau di hotel?"
        ),
        "meeting",
    ),
    (
        "rakor kpn y? udh ada tgl blm",
        "meeting",
    ),
    (
        "batas akhir kirim usulan untuk TA 2027 sampai tanggal berapa?",
        "deadline",
    ),
    (
        "kak admin, pengiriman usulan masih dibuka sampai kapan? takut telat nih",
        "deadline",
    ),
    (
        "Until when can we still send proposals this cycle?",
        "deadline",
    ),
    (
        "Assalamualaikum warahmatullahi wabarakatuh, selamat pagi admin 🙏",
        "greeting",
    ),
    (
        "makasih banyak min, sangat membantu",
        "greeting",
    ),
    (
        "halo bot, tolong bantu saya",
        "greeting",
    ),
    (
        "gimana cara masukin usulan lewat bot ini?",
        "how_to_submit",
    ),
    (
        "Mohon info terkait: langkah-langkah mengirim usulan kegiatan melalui bot Sinkron",
        "how_to_submit",
    ),
    (
        "mau input usulan kumuh dr Katingan, mulainya dr mana ya?",
        "how_to_submit",
    ),
]

TRAIN_R13_AREAS: list[tuple[str, str]] = [
    (
        "kumuh di Kel. Ketapang, Sampit luasnya 9,8 ha, kewenangan siapa?",
        "kabkota",
    ),
    (
        "Luas delineasi kawasan kumuh di Pahandut pas 10 ha. Itu masuk prov atau kab?",
        "provinsi",
    ),
    (
        "kawasan kumuh 15 hektar persis di Kuala Kapuas, siapa yg tangani?",
        "pusat",
    ),
    (
        "lokasi kumuh 14,99 ha di Kec. Baamang kewenangan prov kan?",
        "provinsi",
    ),
    (
        "Perihal: kewenangan\nkumuh seluas 85.000 m2 di Desa Sei Asam itu urusan siapa?",
        "kabkota",
    ),
    (
        "A slum area of 7 hectares in Pangkalan Bun: which level of government is responsible?",
        "kabkota",
    ),
    (
        "kmuh 120.000 meter persegi d Muara Teweh, prov ato pusat?",
        "provinsi",
    ),
    (
        ("Assalamualaikum, afwan, kawasan kumuh 22 hektare di Kec. Selat itu kewenangan provinsi?"),
        "pusat",
    ),
    (
        "min, kumuh 150.000 m² di Pulang Pisau siapa yg pegang?",
        "pusat",
    ),
    (
        "luas kumuh 3,5 ha di Desa Tumbang Malahoi ditangani kab atau prov?",
        "kabkota",
    ),
    (
        "FYI kawasan kumuh di Buntok 100.000 m2, kewenangan prov ya? cc @admin prov",
        "provinsi",
    ),
    (
        "bukankah kumuh seluas 31,77 hektar itu sudah bukan urusan provinsi lagi?",
        "pusat",
    ),
]

TRAIN_R13_OUT_OF_SCOPE: list[str] = [
    "berapa pagu anggaran Disperkimtan untuk PSU tahun 2026?",
    "siapa pemenang tender jalan lingkungan di Kec. Jekan Raya tahun lalu?",
    "harga satuan drainase U-ditch per meter di Palangka Raya sekarang berapa ya?",
    "min, minta nomor HP Kabid Kawasan Permukiman provinsi dong",
    "kapan dana BSPS tahap 2 untuk warga Desa Kandan cair?",
    "berapa angka backlog rumah di Kab. Katingan tahun 2025?",
    "cuaca besok di Palangka Raya hujan gak ya? mau survei lapangan",
    "cara ngurus kenaikan pangkat PNS golongan III gimana?",
    "syarat pengajuan dana BOS untuk SD di Kuala Kurun apa aja?",
    "ada info penerimaan CPNS Pemprov Kalteng tahun ini?",
    "Assalamualaikum, kapan jadwal pelantikan bupati terpilih Barito Selatan?",
    "mimin, tunjangan kinerja bulan ini kok belum masuk ya?",
    "What's the rupiah to US dollar exchange rate today?",
    "jadwal speedboat dari Kuala Kapuas ke Banjarmasin besok jam berapa?",
    "berapa harga semen per sak di Sampit minggu ini?",
]
