"""Training table R55 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 52's styles, written by another hand for the first half of the topic list after round 52
was measured untouched: Banjar words mixed into Indonesian, hashtags and chat formatting,
passive and inverted voice, the question buried in the middle of a long message, superlatives
and comparatives, asking for an example, elongated letters and repeated words, ranges and
approximate numbers; an Indonesian officer's word-for-word English. A glossary entry's
questions ask what the term means. Its slum-area questions are computed by rule, not learned;
they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R55_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "#kewenangan #perkim\n• pusat\n• provinsi\n• kab/kota\nmasing-masing pegang urusan "
            "apa aja di bidang perumahan & kawasan permukiman?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "can you give example which housing and settlement affairs is handled by province "
            "and which one by regency?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "ulun handak tahu, perumahan rakyat tu masuk urusan wajib pelayanan dasar kah, "
            "atau urusan pilihan haja?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "perumahan dan kawasan permukiman digolongkan sebagai urusan apa oleh UU 23/2014? "
            "pasalnya yang mana?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "tolong tolong jelasin pembagian penanganan kumuh per luasan dong, kab/kota, "
            "provinsi, pusat batasnya berapaaa ha?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Selamat siang pak. Kami di Barsel lagi menyusun program kawasan kumuh untuk "
            "tahun depan, lokasinya beberapa dengan luas yang beda-beda. Pertanyaan saya: "
            "patokan luas untuk membagi kewenangan kumuh antara kabupaten, provinsi dan pusat "
            "itu berapa saja? Terima kasih, semoga sehat selalu, salam buat tim di Palangka."
        ),
        "kewenangan.kumuh",
    ),
    (
        ("kawasan kumuh yang luasnya melewati batas kewenangan provinsi itu ditangani oleh siapa?"),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "slum 15 ha or more is central government?? really really need to confirm "
            "pleasee, the rule is sure or not?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        "pencegahan permukiman kumuh itu tanggung jawab siapa? kasih contoh kegiatannya dong",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "pencegahan kumuh tu kewenangan provinsi jua kah, atau kabupaten haja?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "**sub-urusan perumahan**\n> provinsi kebagian apa, kab/kota kebagian apa?",
        "kewenangan.perumahan",
    ),
    (
        (
            "di sub-urusan perumahan, apa bedanya kewenangan provinsi dengan kab/kota? mana "
            "yang lebih luas?"
        ),
        "kewenangan.perumahan",
    ),
    (
        "penyediaan rumah untuk MBR diurus oleh level pemerintahan yang mana?",
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "rusun buat masyarakat berpenghasilan rendah yang bangun pusat kah? pembiayaan "
            "perumahan MBR jua diurus pusat kah?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "ada sekitar 30-an rumah warga rusak kena banjir di Kapuas Hilir, statusnya "
            "bencana kabupaten. rumah korban bencana begitu siapa yang tangani?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "relokasi warga karena program pemprov, misalnya pelebaran jalan provinsi, rumah "
            "penggantinya jadi urusan siapa?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        ("izin pembangunan perumahan dari pengembang tu diurus di provinsi kah atau di kabupaten?"),
        "kewenangan.izin",
    ),
    (
        (
            "Ada pemilik bangunan rusun di Sampit datang ke kantor kami minta dibuatkan SKBG, "
            "katanya sudah ditolak di tempat lain. Sebenarnya penerbitan SKBG itu kewenangan "
            "provinsi atau kab/kota? Saya tidak mau salah arahkan orang. Makasih, lanjut "
            "kerja dulu."
        ),
        "kewenangan.izin",
    ),
    (
        (
            "#kawasanpermukiman\nsub-urusan kawasan permukiman itu dibagi gimana antara pusat, "
            "provinsi dan kab/kota?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "sistem kawasan permukiman nasional itu siapaaa yang netapin? provinsi juga? "
            "bener bener ga paham"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        "PSU perumahan dan PSU permukiman, mana yang jadi kewenangan provinsi?",
        "kewenangan.psu",
    ),
    (
        "PSU of housing estate from developer is handled by regency or by province?",
        "kewenangan.psu",
    ),
    (
        (
            "PSU yang dibangun Disperkimtan provinsi itu contohnya apa aja? bisa bangun balai "
            "warga atau lapangan kah?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Pak, di desa kami di Pangkalan Lada ada jalan rusak parah, itu jalan kabupaten "
            "penghubung dua kecamatan, bukan gang permukiman. Kira-kira jalan dan drainase di "
            "sepanjang jalan seperti itu bisa diusulkan ke PSU provinsi tidak? Maaf nanya "
            "terus, di sini lagi musim hujan, banjir terus."
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "sertifikasi perancang rumah dan perencana PSU tingkat kemampuan kecil "
            "diterbitkan oleh siapa?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "registrasi perencana PSU yang tingkat kemampuannya paling besar itu diurus "
            "siapa, provinsi atau pusat?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        "_SPM perumahan_ untuk provinsi itu isinya layanan apa aja? targetnya berapa persen?",
        "kewenangan.spm",
    ),
    (
        (
            "#SPM what are the housing services province must give, and the target is how "
            "much percent?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Di SK kumuh kami lokasi Baamang Hulu tercatat 8,7 ha, tapi kalau dihitung satu "
            "kelurahan penuh bisa lebih dari 40 ha. Untuk menentukan kewenangan, luas yang "
            "dipakai yang mana ya? Soalnya di kantor ada beda pendapat. Btw minggu depan kami "
            "ada kunjungan lapangan ke Seranau."
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "untuk hitung kewenangan, luas mana yang lebih dipakai: delineasi di SK kumuh "
            "atau luas wilayah desanya?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        "lokasi kumuh ditetapkan oleh siapa? lewat keputusan apa?",
        "kumuh.penetapan",
    ),
    (
        "SK kumuh harus ditinjau ulang berapa tahun sekaliii? plis plis jawab",
        "kumuh.penetapan",
    ),
    (
        "yang termasuk aspek kriteria kumuh itu apa saja?",
        "kumuh.aspek",
    ),
    (
        "barapa aspek nang dinilai gasan menentukan kumuh? proteksi kebakaran masuk jua kah?",
        "kumuh.aspek",
    ),
    (
        (
            "kalau total skor lokasi kami sekitar 60-an dari 80, itu sudah termasuk kumuh "
            "berat belum?"
        ),
        "kumuh.penilaian",
    ),
    (
        "penilaian kumuh itu gimana sih cara skoringnyaaa? nilai maksimalnya berapaaa?",
        "kumuh.penilaian",
    ),
    (
        "skor kumuh antara 38 sampai 59 itu masuk kategori apa?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "batas skor paling rendah supaya lokasi disebut kumuh ringan berapa?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "pemugaran, peremajaan, pemukiman kembali — kasih contoh kapan masing-masing "
            "dipakai dong"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Lokasi kumuh kami di bantaran sungai, sebagian rumah berdiri di lahan yang "
            "statusnya tidak jelas dan rawan longsor. Warga sudah lama tinggal di sana. Pola "
            "penanganan yang cocok untuk kondisi begini apa ya? Sekalian info, kami lagi "
            "menyiapkan laporan akhir tahun jadi balasnya mungkin agak lambat."
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "katanya kawasan kumuh di Kalteng totalnya hampir 7.000 ha ya? ada berapa lokasi "
            "semuanya?"
        ),
        "kumuh.kalteng",
    ),
    (
        "kabupaten napa nang paling banyak lokasi kumuhnya di Kalteng?",
        "kumuh.kalteng",
    ),
    (
        (
            "#usulan\n- judul\n- jenis\n- lokasi\n- ...?\napa saja yang harus diisi dalam usulan "
            "kegiatan, dan kenapa itu ditanyakan?"
        ),
        "usulan.isi",
    ),
    (
        "isi satu usulan kegiatan yang diminta oleh provinsi itu apa saja?",
        "usulan.isi",
    ),
    (
        (
            "jenis usulan yang bisa diajukan ke provinsi apa saja? contohnya selain kumuh dan "
            "PSU apa?"
        ),
        "usulan.jenis",
    ),
    (
        "what types of proposal is accepted by province from regency?",
        "usulan.jenis",
    ),
    (
        "data lokasi usulan, yang paling penting diisi apa? titik GPS wajib kah?",
        "usulan.lokasi",
    ),
    (
        (
            "nama lokasi di usulan kumuh tu harus sama lawan nama di SK kah? perkotaan atau "
            "perdesaan jua ditanya kah?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "penerima manfaatnya kira-kira 150-an KK, sekitar 600 jiwa. itu diisi di bagian "
            "mana, terus soal biaya dan sumber dana apa saja yang ditanya?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "jumlah KK sama jiwa penerima manfaat wajiiib diisi yaaa? sumber dananya boleh "
            "kombinasi gaaa?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        "dokumen kesiapan yang paling penting disiapkan apa aja biar usulan PSU dianggap siap?",
        "usulan.kesiapan",
    ),
    (
        "readiness criteria for PSU proposal, for example what documents must be ready?",
        "usulan.kesiapan",
    ),
    (
        "clean and clear itu maksudnya lahan yang seperti apa? contohnya gimana?",
        "usulan.lahan",
    ),
    (
        (
            "Kami sedang siapkan usulan jalan lingkungan di Desa Garantung. Sebagian lahan "
            "milik desa, sebagian lagi masih tanah warga yang belum dihibahkan. Status lahan "
            "yang diterima provinsi itu harus seperti apa ya, tanah desa boleh? Maaf panjang, "
            "sekalian saya kabari rapat internal kami diundur ke Jumat."
        ),
        "usulan.lahan",
    ),
    (
        (
            "Kami mau usul penataan kumuh di Kelurahan Mendawai, tapi SK kumuh kabupaten kami "
            "terbit tahun 2019. Apakah SK setua itu masih bisa dipakai untuk usulan, atau "
            "harus direvisi dulu? Nanti saya kabari lagi soal foto-fotonya, sinyal di "
            "lapangan jelek sekali."
        ),
        "usulan.sk_kumuh",
    ),
    (
        "lokasi kami ga ada di SK kumuh, tetep bisa diusulin ga siiih? tolong tolong",
        "usulan.sk_kumuh",
    ),
    (
        (
            "**dokumen teknis**\n• DED\n• RAB\n• RKS\n• site plan\nsemua wajib dilampirkan kah? "
            "foto kondisinya perlu berapa?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        "mana yang lebih dulu harus disiapkan, DED atau RAB?",
        "usulan.dokumen_teknis",
    ),
    (
        "surat pernyataan hibah dan O&P itu contohnya isinya apa? ditandatangani siapa?",
        "usulan.surat_pernyataan",
    ),
    (
        "pian, surat pernyataan kesanggupan operasi dan pemeliharaan tu wajib dilampirkan kah?",
        "usulan.surat_pernyataan",
    ),
    (
        "usulan RTLH lewat provinsi diajukan ke mana, dan penerimanya ditetapkan oleh siapa?",
        "usulan.rtlh",
    ),
    (
        (
            "ada kurang lebih 25 rumah warga yang mau dibangun baru dari nol, lahannya belum "
            "ada surat sama sekali. bisa masuk RTLH provinsi?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Warga RT 05 Kelurahan Sawahan datang ke kantor minta jalan lingkungan dibangun, "
            "mereka mau mengajukan sendiri. Kalau permintaan PSU datang langsung dari "
            "masyarakat, syaratnya apa saja ya? Mereka juga tanya soal lampu jalan, tapi itu "
            "nanti saja. Terima kasih."
        ),
        "usulan.psu_masyarakat",
    ),
    (
        "if community request drainage directly to province, the request must be known by who?",
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Tahun lalu provinsi membangun jalan lingkungan dan drainase di lahan kabupaten "
            "di Kecamatan Baamang. Sekarang ada bagian yang retak dan warga mulai komplain. "
            "Setelah selesai dibangun, aset itu jadi milik siapa dan pemeliharaannya tanggung "
            "jawab siapa? Terima kasih, salam dari Sampit, di sini lagi panas sekali."
        ),
        "hibah.aset",
    ),
    (
        (
            "BAST hibah aset dari provinsi ke kabupaten itu ditandatangani siapa? contoh "
            "alurnya seperti apa?"
        ),
        "hibah.aset",
    ),
    (
        "kalau usulan bukan kewenangan provinsi, saluran dana yang paling cocok apa?",
        "pendanaan.saluran_lain",
    ),
    (
        "kumuh kami kada masuk kewenangan provinsi, jadi dananya bisa dari mana lagi?",
        "pendanaan.saluran_lain",
    ),
    (
        "alur usulan dari awal sampai disetujuiii itu gimana sih? bingung bingung bingung",
        "siklus.tahunan",
    ),
    (
        "#cycle how is the yearly proposal cycle, from regency prepare until it enter APBD?",
        "siklus.tahunan",
    ),
    (
        (
            "Pak, tahun lalu usulan kami dari Seruyan sempat tertahan lama dan kami tidak "
            "tahu apa yang dicek. Sebenarnya waktu provinsi memeriksa usulan, yang dilihat "
            "dari sisi apa saja? Biar tahun ini kami lebih siap. Oh iya, selamat atas "
            "pelantikan pejabat baru di dinas."
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "waktu provinsi memeriksa usulan, mana yang duluan: cek administrasi, cek teknis, "
            "atau cek kewenangan?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        "Rakor Bidang Kawasan Permukiman itu misalnya bahas apa aja? yang diundang siapa?",
        "siklus.rakor",
    ),
    (
        "rakor biasanya diadakan sekitar bulan September sampai November ya? setahun sekali?",
        "siklus.rakor",
    ),
    (
        "setelah Rakor, mana yang lebih dulu: usulan masuk Musrenbang, RKPD, atau APBD?",
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Kemarin pimpinan tanya ke saya: usulan yang sudah disetujui di bot itu otomatis "
            "jadi anggaran atau masih ada tahap lain? Saya jawab belum tentu, tapi mau saya "
            "pastikan alurnya ke RKPD dan APBD itu bagaimana. Oh iya, kami baru pindah "
            "ruangan, jadi kalau surat nyasar mohon maklum."
        ),
        "siklus.rkpd_apbd",
    ),
    (
        "Pokja PKP tu napa gawiannya? dasar aturannya napa?",
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "#pokja #PKP\n> kelompok kerja PKP di daerah\nfungsinya apa ya? ada hubungannya "
            "dengan Forum PKP?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        "alamat kantor Disperkimtan provinsi di manaaa? mau antar berkas",
        "disperkimtan.kontak",
    ),
    (
        "kantor Disperkimtan Kalteng berlokasi di jalan apa? websitenya ada?",
        "disperkimtan.kontak",
    ),
    (
        "#bantuan\nperintah-perintah di bot Sinkron ini apa aja ya?",
        "bot.cara_pakai",
    ),
    (
        "jam yang dipakai bot itu WIB atau WITA? rapat jam 9-an kemarin kok kayak beda sejam",
        "bot.cara_pakai",
    ),
    (
        "di /usul, foto kondisi paling banyak berapa dan dokumen PDF maksimal berapa?",
        "bot.usul",
    ),
    (
        (
            "fitur salin usulan lama itu misalnya dipakai buat apa? apa saja yang tidak ikut "
            "tersalin?"
        ),
        "bot.usul",
    ),
    (
        "status 'dialihkan' tu maksudnya napa? beda lawan ditolak kah?",
        "bot.status",
    ),
    (
        "> perlu perbaikan\nwhat is mean this status in the bot?",
        "bot.status",
    ),
    (
        (
            "Usulan drainase kami di Muara Teweh katanya ditolak karena bukan kewenangan "
            "provinsi. Terus langkah kami selanjutnya apa? Bisa diajukan ulang atau dialihkan "
            "ke mana? Sekalian kabar baik, anak saya baru lulus SMA kemarin hehe."
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "alasan yang paling sering bikin usulan ditolak apa aja?",
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "usulan kami udah lamaaa banget ga ada kabar, standarnya provinsi harus merespon "
            "berapa hari siiih?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        "standar waktu tindak lanjut usulan di bot ini ditetapkan berdasarkan apa? LAPOR! kah?",
        "bot.tindak_lanjut",
    ),
    (
        "ulun kada kawa hadir rapat, bulih kah diwakilkan lawan staf?",
        "bot.rapat",
    ),
    (
        "pengingat rapat dikirim berapa lama sebelumnya? kira-kira seminggu sebelum kah?",
        "bot.rapat",
    ),
    (
        "perkim itu singkatan dariii apa sih?",
        "istilah.perkim",
    ),
    (
        "perkim tu kepanjangan napa?",
        "istilah.perkim",
    ),
    (
        "_Disperkimtan_ itu kepanjangannya apa?",
        "istilah.disperkimtan",
    ),
    (
        "apa yang dimaksud dengan Disperkimtan? dinas apa nama lengkapnya?",
        "istilah.disperkimtan",
    ),
    (
        "PSU itu apa? yang dimaksud prasarana, sarana, dan utilitas misalnya apa aja?",
        "istilah.psu",
    ),
    (
        "PSU tu singkatan napa?",
        "istilah.psu",
    ),
    (
        (
            "Tadi di rapat internal kepala bidang kami sering bilang 'jaling', saya pegawai "
            "baru jadi malu nanya langsung. Jaling itu maksudnya apa ya? Terima kasih, semoga "
            "sukses selalu buat timnya."
        ),
        "istilah.jaling",
    ),
    (
        "jaliiing itu apa sih artinya",
        "istilah.jaling",
    ),
    (
        "drainase lingkungan itu maksudnya apa, contohnya seperti apa?",
        "istilah.drainase",
    ),
    (
        (
            "Saya baru dipindah ke bidang kawasan permukiman dari bagian keuangan, jadi masih "
            "banyak istilah yang asing. Drainase itu sebenarnya maksudnya apa ya, merujuk ke "
            "saluran yang mana? Terima kasih sudah sabar, kopi di kantor baru datang jadi "
            "semangat belajar."
        ),
        "istilah.drainase",
    ),
    (
        "> lokasi A: KR\nKR ini artinya apa ya?",
        "istilah.kr",
    ),
    (
        "KS di data kumuh tu artinya napa?",
        "istilah.ks",
    ),
    (
        "in slum table is written KB, what is mean?",
        "istilah.kb",
    ),
    (
        "**SK kumuh** itu maksudnya surat keputusan apa?",
        "istilah.skkumuh",
    ),
    (
        "SK kumuh is what?? pleasee explain the meaning",
        "istilah.skkumuh",
    ),
    (
        "delineasi tu artinya napa?",
        "istilah.delineasi",
    ),
    (
        "istilah delineasi dalam dokumen kumuh itu dimaksudkan untuk apa?",
        "istilah.delineasi",
    ),
    (
        "what is mean RTLH? pleaseee",
        "istilah.rtlh",
    ),
    (
        "RTLH itu rumah yang seperti apa? contohnya?",
        "istilah.rtlh",
    ),
    (
        "bedanya RLH dan RTLH apa? RLH itu lebih bagus kondisinya kah?",
        "istilah.rlh",
    ),
    (
        (
            "Kemarin ada warga di Pulang Pisau nanya ke saya soal 'bedah rumah' yang sering "
            "muncul di TV. Sebenarnya istilah bedah rumah itu artinya apa dalam program "
            "pemerintah? Nanti saya jelaskan ke warganya. Oh iya, jalan ke desa sudah mulai "
            "bisa dilewati lagi."
        ),
        "istilah.bedahrumah",
    ),
    (
        "#BSPS singkatan dari apa ya?",
        "istilah.bsps",
    ),
    (
        "BSPS itu misalnya bantuan untuk apa? maksudnya apa?",
        "istilah.bsps",
    ),
    (
        "MBR ituuu apaaa",
        "istilah.mbr",
    ),
    (
        "MBR tu maksudnya masyarakat nang kaya apa?",
        "istilah.mbr",
    ),
    (
        "rusunawa itu apa? bedanya sama rusun biasa misalnya?",
        "istilah.rusunawa",
    ),
    (
        "mana yang lebih tepat, rusunawa itu rumah susun sewa atau rumah susun milik?",
        "istilah.rusunawa",
    ),
    (
        "rusus tu singkatan napa, rumah khusus kah?",
        "istilah.rusus",
    ),
]

TRAIN_R55_INTENTS: list[tuple[str, str]] = [
    (
        (
            "usulan jalan lingkungan kami yang panjangnya sekitar 1,5 km di Tangkiling sudah "
            "sampai mana? sudah diterima?"
        ),
        "status",
    ),
    (
        (
            "Selamat pagi, Pak. Bulan lalu kami mengirim tiga usulan dari Katingan, salah "
            "satunya drainase di Kasongan. Sampai sekarang belum ada kabar, jadi saya mau "
            "tanya posisi usulan-usulan kami sekarang sudah di tahap apa? Terima kasih, oh "
            "iya sekalian titip salam untuk Bu Kabid."
        ),
        "status",
    ),
    (
        "my proposal USL-2026-0014 already approved or still checking?",
        "status",
    ),
    (
        "kapaaan rakornyaaa tahun ini? tempatnya di mana?",
        "meeting",
    ),
    (
        "#rapat\n**jadwal rapat sinkronisasi berikutnya** tanggal berapa dan di mana ya?",
        "meeting",
    ),
    (
        "rapat koordinasi berikutnya diadakan di mana dan mulai jam berapa?",
        "meeting",
    ),
    (
        "paling lambat kapan usulan untuk TA 2027 bisa dikirim?",
        "deadline",
    ),
    (
        (
            "batas kirim usulan sekitar akhir bulan ini kah, atau masih ada waktu "
            "seminggu-dua minggu lagi?"
        ),
        "deadline",
    ),
    (
        "until when proposal can be send this year?",
        "deadline",
    ),
    (
        "salamat pagi pian, terima kasih banyak lah",
        "greeting",
    ),
    (
        "haloooo min, tolong tolong bantu",
        "greeting",
    ),
    (
        "🙏 **terima kasih** atas bantuannya pak",
        "greeting",
    ),
    (
        "cara mengirim usulan lewat bot ini gimana? kasih contoh langkah-langkahnya dong",
        "how_to_submit",
    ),
    (
        ("ulun handak mengusulkan jalan lingkungan, kaya apa caranya memasukkan usulan di bot ni?"),
        "how_to_submit",
    ),
    (
        "usulan kegiatan diinput lewat mana di bot ini? caranya bagaimana?",
        "how_to_submit",
    ),
]

TRAIN_R55_AREAS: list[tuple[str, str]] = [
    (
        "luas kumuh di desa kami hampir 9 hektar, kewenangan siapa ya?",
        "kabkota",
    ),
    (
        "#kumuh #kewenangan\nluas delineasi 12 ha, siapa yang pegang?",
        "provinsi",
    ),
    (
        "kawasan kumuh seluas 150.000 m2 ditangani oleh siapa?",
        "pusat",
    ),
    (
        (
            "Pak, kami baru selesai verifikasi lapangan di Kelurahan Ketapang, Sampit. Hasil "
            "delineasi dalam SK kumuh menunjukkan luasnya 10 hektare pas. Untuk luasan segitu "
            "kewenangan penanganannya ada di level mana? Terima kasih, sampai jumpa di acara "
            "kantor minggu depan."
        ),
        "provinsi",
    ),
    (
        "kumuh 14,9 ha itu paling mepet batas, masih provinsi atau sudah pusat?",
        "provinsi",
    ),
    (
        (
            "misalnya ada kawasan kumuh 85.000 meter persegi, itu contoh yang ditangani "
            "kabupaten kah?"
        ),
        "kabkota",
    ),
    (
        "kumuh 20 ha kewenangan siapaaa? pusat kaaah?",
        "pusat",
    ),
    (
        "luas kumuhnya antara 16 sampai 20 ha, siapa yang berwenang?",
        "pusat",
    ),
    (
        "kurang lebih 7 hektar kawasan kumuhnya, diurus siapa?",
        "kabkota",
    ),
    (
        "who is authority of slum 16 hectares?",
        "pusat",
    ),
    (
        "slum area around 110.000 m² is handled by province or regency?",
        "provinsi",
    ),
    (
        "luas kumuh di bawah 10 hektare, tepatnya 9,8 ha, itu urusan kabupaten atau provinsi?",
        "kabkota",
    ),
]

TRAIN_R55_OUT_OF_SCOPE: list[str] = [
    "anggaran Disperkimtan untuk penanganan kumuh tahun 2026 kira-kira berapa miliar?",
    (
        "tender peningkatan jalan lingkungan di Kelurahan Pahandut tahun ini dimenangkan "
        "oleh kontraktor mana?"
    ),
    "harga paving block per m2 yang paling murah di Kuala Kurun berapa ya, buat RAB jaling?",
    "kuota BSPS untuk Katingan tahun depan kira-kira 100-an unit atau lebih?",
    "hotel yang dekat Aula Disperkimtan buat nginap waktu rakor, contohnya apa aja?",
    "how much salary of KOTAKU facilitator per month?",
    "besok hujan deraaas kah di Muara Teweh? mau survei lapangan",
    (
        "Pak, maaf di luar topik. Saya berencana pindah tugas ke dinas pendidikan "
        "kabupaten, syarat mutasi ASN antar OPD itu apa saja ya? Terima kasih, nanti "
        "usulan tetap saya kawal sampai selesai."
    ),
    "#info\nskor Kalteng Putra semalam berapa?",
    (
        "Pak, izin bertanya di luar urusan usulan. Teman-teman di kantor ramai "
        "membicarakan tunjangan kinerja, jadi tukin ASN provinsi bulan ini dibayarkan "
        "tanggal berapa ya? Kalau tidak tahu tidak apa-apa, terima kasih."
    ),
    "contoh format SPJ perjalanan dinas ke Palangka Raya ada kah? misalnya yang buat rakor",
    "harga karet di Kapuas sekarang sekitar 10 ribuan per kilo kah?",
    "ongkos speedboat dari Kuala Kapuas ke Palangka Raya sekitar 300 ribuan kah, atau lebih?",
    "aplikasi e-katalog yang paling gampang buat pengadaan barang kantor apa?",
    "pulsa ulun habiiis, bisa diisiin ga min hehe",
]
