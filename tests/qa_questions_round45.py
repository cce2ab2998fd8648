"""Round 45 held-out question table for the Sinkron bot.

Written 2026-12-07 by two helpers who had not seen the knowledge base or any other question
table; they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md) plus the place-name list.

Style emphasis of this round: asking the bot to act with the real question inside ("tolong
teruskan ke kabid: ..."); complaints about the app or the signal around the question ("sinyal
putus-putus, saya ulang ya: ..."); group voices ("kami bertiga di bidang kawasan ..."); then
and now, an old rule or habit against the current one; heavy punctuation and emphasis ("???",
one word in CAPS, words in quotes); who is typing told first ("ini pakai HP anak saya"); a
yes/no question with a fallback ("bisa lewat provinsi? kalau tidak, lewat mana?"); telegraphic
notes ("kumuh 12 ha -> siapa?"). About one question in ten is note-style English ("Slum 12 ha
— whose authority?"). A glossary entry's questions ask what the term means. Written at the
end of round 29 of tuning and measured untouched on its last commit, for the next round.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND45_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "tolong rangkumkan buat bahan paparan kadis besok: pembagian kewenangan perkim "
            "antara pusat, provinsi dan kabupaten/kota itu garis besarnya seperti apa?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "dulu sebelum UU 23/2014 rasanya semua urusan perumahan bisa dimintakan ke "
            "provinsi. sekarang peta kewenangan PKP per level pemerintahan gimana secara "
            "umum?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "perumahan & kawasan permukiman itu urusan WAJIB atau urusan pilihan sih??? ada "
            "yang nyebut 'pelayanan dasar' juga..."
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "saya staf magang di Bappeda kabupaten, lagi nyusun laporan. perkim itu termasuk "
            "kategori urusan pemerintahan apa menurut UU 23/2014, pasal berapa?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        "penanganan kumuh — batas luas tiap level pemda?",
        "kewenangan.kumuh",
    ),
    (
        (
            "tim kami lagi debat nih: ada yang bilang kumuh provinsi itu 'di atas 10 ha', ada "
            "yang bilang '10 sampai 15 ha'. pembagian kewenangan kumuh berdasarkan luas yang "
            "benar gimana bunyinya?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kawasan kumuh yang besar-besar, lima belas hektar ke atas, memang jadi urusan "
            "pemerintah pusat? kalau iya, itu sudah pasti bunyi aturannya atau belum?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Used to hear 'above 15 ha = central'. Still so? Slums 15 ha and up — central "
            "govt's job, and is that wording confirmed?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "sekalian cek dong: kegiatan pencegahan permukiman kumuh itu kewenangan siapa? "
            "bisa kami usulkan ke provinsi nggak?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "maaf baru bisa balas, jaringan di lapangan hilang: kegiatan pencegahan kumuh itu "
            "provinsi atau kabupaten/kota yang pegang?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "kami bertiga di bidang perumahan Dinas Perkim Seruyan mau nanya: di sub-urusan "
            "perumahan, bagian provinsi itu apa saja, bagian kabupaten apa saja?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "sub-urusan 'perumahan' (BUKAN kawasan permukiman ya) — provinsi sebenarnya "
            "pegang apa aja???"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "penyediaan rumah buat MBR bisa kami usulkan ke provinsi? kalau tidak bisa, itu "
            "ranahnya siapa?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "beberapa tahun lalu ada rusun dibangun pemerintah di daerah kami. sekarang "
            "urusan rumah susun dan pembiayaan perumahan MBR itu masih dipegang pusat kah?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "sinyal putus-putus, saya ulang ya: rumah warga rusak berat kena banjir, yang "
            "wajib bangun atau rehab rumahnya itu provinsi atau kabupaten?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "saya operator, atas nama kadis: warga yang terkena relokasi proyek pemkab, "
            "penyediaan rumah penggantinya jadi tanggungan level mana?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "dulu IMB perumahan diurus di kabupaten. sekarang izin pembangunan dan "
            "pengembangan perumahan itu yang menerbitkan level mana?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "tolong teruskan ke bidang perumahan ya, ada pengembang nanya: sertifikat "
            "kepemilikan bangunan gedung (SKBG) untuk rusun diurus di provinsi atau di "
            "kabupaten?"
        ),
        "kewenangan.izin",
    ),
    (
        'sub-urusan "kawasan permukiman" itu isinya apa aja per level.... bingung bacanya....',
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Three of us in the kawasan team can't agree: settlement-area sub-affair (kawasan "
            "permukiman) — province's part vs regency's part?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "PSU di kompleks perumahan pengembang bisa diusulkan ke provinsi? kalau nggak "
            "bisa, siapa yang tangani?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "mewakili teman-teman se-Barito Raya: PSU perumahan sama PSU permukiman itu "
            "bedanya di mana, dan yang mana yang dipegang provinsi?"
        ),
        "kewenangan.psu",
    ),
    (
        "PSU provinsi -> wujudnya apa? jalan lingkungan? drainase? lampu jalan juga?",
        "psu.lingkup_provinsi",
    ),
    (
        (
            "drainase di sepanjang jalan kabupaten bisa masuk PSU Disperkimtan? kalau tidak "
            "bisa, yang boleh diusulkan yang seperti apa?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "aplikasi ngelag dari tadi, saya ketik manual: PSU yang dibangun provinsi itu "
            "cuma di perkotaan atau desa juga bisa?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "saya dari konsultan perencana yang bantu dinas: sertifikasi dan registrasi "
            "perancang rumah dan perencana PSU itu dikeluarkan di level mana?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "dulu kami kira registrasi perencana perumahan semuanya di pusat. sekarang yang "
            "tingkat kemampuan kecil dan menengah itu siapa yang urus?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "SPM perumahan itu targetnya berapa persen??? layanan yang jadi 'kewajiban' "
            "provinsi apa saja?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "ingatkan saya dasar hukumnya ya, buat laporan LPPD: standar pelayanan minimal "
            "bidang perumahan rakyat untuk kabupaten/kota itu jenis layanannya apa?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "kami di seksi kawasan lagi beda pendapat: luas kumuh buat nentuin kewenangan itu "
            "luas desa seluruhnya atau luas kawasan yang ada di SK?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "boleh pakai luas kelurahan keseluruhan untuk menghitung luas kumuh? kalau tidak "
            "boleh, luas yang mana yang dipakai?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "kami di bidang kawasan Barsel lagi siapkan revisi: SK kumuh itu ditetapkan "
            "bupati atau gubernur? lampirannya apa saja?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "SK kumuh kabupaten kami terbit 2018 dan dulu tidak pernah direvisi. sekarang "
            "penetapan lokasi kumuh itu wajib ditinjau ulang tiap berapa tahun?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "ini pakai HP anak saya, mau tanya: kriteria kumuh yang tujuh aspek itu aspek apa "
            "saja ya?"
        ),
        "kumuh.aspek",
    ),
    (
        "Slum criteria — the 7 aspects?",
        "kumuh.aspek",
    ),
    (
        "skor kumuh maksimal berapa?? nilai berapa baru disebut kumuh BERAT??",
        "kumuh.penilaian",
    ),
    (
        (
            "tadi lampiran nggak kebuka, error terus. jadi tanya sini aja: nilai 0, 1, 3, 5 "
            "di penilaian kumuh itu didasarkan pada apa?"
        ),
        "kumuh.penilaian",
    ),
    (
        "skor kekumuhan 45 -> sedang atau ringan?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "lokasi kami nilainya 30, masih masuk kumuh ringan? kalau bukan, masuk tingkat apa?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "kami di bidang kawasan Kapuas mau tanya: kumuh berat di bantaran sungai, "
            "lahannya ilegal. penanganannya pemugaran, peremajaan, atau pemukiman kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "sekalian jelaskan ke staf baru saya ya: dalam peningkatan kualitas kumuh, "
            "bedanya pemugaran dengan peremajaan itu apa dan kapan dipakai?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        "total kawasan kumuh di Kalteng ada BERAPA lokasi?? luasnya berapa hektar???",
        "kumuh.kalteng",
    ),
    (
        (
            "Intern here, drafting a brief for the head: Central Kalimantan slums — how many "
            "locations, total ha, which regency has the most?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "saya baru dimutasi ke Perkim minggu lalu, maaf kalau pertanyaannya dasar: satu "
            "usulan kegiatan itu berisi data apa saja, dan kenapa data itu diminta?"
        ),
        "usulan.isi",
    ),
    (
        (
            "tolong jelaskan juga ke operator kami: kenapa di form usulan harus pilih sektor "
            "(air minum, sanitasi, persampahan, dll)?"
        ),
        "usulan.isi",
    ),
    (
        (
            "kami di Dinas Perkim Gumas mau kirim lebih dari sekadar kumuh dan PSU: jenis "
            "usulan apa saja yang tersedia?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "tahun lalu kami cuma kirim usulan jalan lingkungan. sekarang jenis usulan yang "
            "bisa diajukan ke provinsi ada apa saja?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "tombolnya ga muncul, jadi saya ketik aja: data lokasi apa saja yang diminta di "
            "usulan? kecamatan, desa, koordinat?"
        ),
        "usulan.lokasi",
    ),
    (
        "titik GPS lokasi usulan itu wajib diisi? kalau tidak punya koordinat, gimana?",
        "usulan.lokasi",
    ),
    (
        "penerima manfaat diisi 'KK' atau 'jiwa'??? atau dua-duanya??",
        "usulan.penerima_biaya",
    ),
    (
        (
            "tolong bantu cek sebelum kami isi: sumber dana yang boleh dicantumkan di usulan "
            "itu apa saja? kami mau kombinasi APBD kabupaten dan provinsi"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "kami berdua yang pegang PSU di Dinas Perkim Katingan mau tanya: dokumen kesiapan "
            "apa saja yang perlu disiapkan sebelum usulan PSU dikirim ke provinsi?"
        ),
        "usulan.kesiapan",
    ),
    (
        "App keeps crashing so typing fast: readiness docs for a PSU proposal — which ones?",
        "usulan.kesiapan",
    ),
    (
        (
            "lahan buat jalan lingkungan masih tanah warga, belum bersertifikat. masih bisa "
            "diusulkan? kalau belum bisa, harus dibereskan apa dulu?"
        ),
        "usulan.lahan",
    ),
    (
        "status lahan usulan — harus clean and clear? ukurannya apa?",
        "usulan.lahan",
    ),
    (
        (
            "saya operator Dinas Perkim Pulang Pisau. usulan kumuh kami lokasinya belum "
            "tercantum di SK kumuh bupati, tetap bisa dikirim?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "SK kumuh kami tahun 2019. dulu asal dilampirkan sudah cukup. sekarang SK yang "
            "umurnya lebih dari 5 tahun masih dihitung di usulan kumuh?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "koneksi lemot banget, upload gagal terus... foto kondisi eksisting itu wajib ya? "
            "DED sama RAB juga harus dilampirkan semua?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        'RKS & site plan itu "wajib" dilampirkan atau cuma tambahan??',
        "usulan.dokumen_teknis",
    ),
    (
        (
            "wajib ada surat pernyataan kesediaan menerima hibah dan O&P? kalau belum ada, "
            "usulan tetap diproses?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "tolong sampaikan ke sekretariat kami juga: surat pernyataan hibah serta operasi "
            "dan pemeliharaan itu fungsinya apa, kenapa diminta provinsi?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        "RTLH lewat provinsi — syarat penerima?",
        "usulan.rtlh",
    ),
    (
        (
            "mewakili kades-kades di Kecamatan Kahayan Hilir: warga mau bedah rumah lewat "
            "provinsi, tanahnya cuma pakai SKT. bisa diusulkan? penerimanya nanti ditetapkan "
            "siapa?"
        ),
        "usulan.rtlh",
    ),
    (
        "RTLH via province: brand-new house ok?",
        "usulan.rtlh",
    ),
    (
        (
            "saya staf kelurahan Baamang Tengah, dititipi warga: mereka mau minta jalan "
            "lingkungan langsung ke provinsi. syaratnya apa?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "dulu warga bisa langsung kirim proposal jalan dan drainase ke Disperkimtan. "
            "sekarang permintaan PSU dari masyarakat masih diterima? harus diketahui siapa "
            "saja?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "jalan lingkungan yang dibangun provinsi di tanah pemkab, setelah selesai itu "
            '"milik" siapa??? siapa yang pelihara???'
        ),
        "hibah.aset",
    ),
    (
        (
            "ingatkan saya prosedurnya: naskah hibah dan BAST aset PSU dari provinsi ke "
            "kabupaten itu ditandatangani siapa saja?"
        ),
        "hibah.aset",
    ),
    (
        (
            "usulan kami ternyata bukan kewenangan provinsi. masih ada jalan lain? kalau ada, "
            "sumber dana apa yang bisa dicoba?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "tahun lalu usulan yang bukan kewenangan provinsi ditolak begitu saja. sekarang "
            "ada saran sumber dana lain? DAK, APBDes, CSR?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "tim kami orang baru semua di bidang ini: alur usulan tahunan dari kabupaten ke "
            "provinsi itu dari awal sampai akhir gimana?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "dulu kami kira usulan tahun ini langsung dibiayai tahun ini juga. sebenarnya "
            "usulan yang dikirim tahun ini masuk anggaran tahun berapa?"
        ),
        "siklus.tahunan",
    ),
    (
        "usulan kami diperiksa dari sisi apa saja?? administrasi? teknis? 'kewenangan'?",
        "siklus.pemeriksaan",
    ),
    (
        (
            "Speaking for the Barito Utara team: the province's check on our proposals — what "
            "exactly is reviewed?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "saya staf baru di bidang kawasan Dinas Perkim Lamandau: Rakor Bidang Kawasan "
            "Permukiman itu acara apa, siapa pesertanya, tujuannya apa?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Rakor pernah Oktober 2023, lalu September 2024, terus November 2025. tanggalnya "
            "memang berubah tiap tahun ya? biasanya di paruh tahun yang mana?"
        ),
        "siklus.rakor",
    ),
    (
        "rakor -> musrenbang -> RKPD -> APBD? urutannya begitu?",
        "siklus.rkpd_apbd",
    ),
    (
        (
            "usulan yang disetujui di Rakor otomatis masuk APBD provinsi? kalau belum, lewat "
            "tahapan apa lagi?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "sekalian tanyakan ke sistem: Pokja PKP di kabupaten itu perannya apa dan dasar "
            "hukumnya peraturan apa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "tadi pesan saya kekirim setengah. lanjut: Pokja PKP dengan Forum PKP itu "
            "hubungannya gimana?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        "alamat kantor Disperkimtan provinsi di mana ya??? mau antar berkas fisik!!",
        "disperkimtan.kontak",
    ),
    (
        "Disperkimtan Kalteng office address + website?",
        "disperkimtan.kontak",
    ),
    (
        (
            "saya baru disetujui admin kemarin. bot ini perintahnya apa saja ya? jam yang "
            "ditampilkan itu WIB atau WITA?"
        ),
        "bot.cara_pakai",
    ),
    (
        (
            "dulu koordinasi lewat grup WA, sekarang pindah ke bot. perintah-perintah bot ini "
            "apa saja?"
        ),
        "bot.cara_pakai",
    ),
    (
        (
            "tadi error di tengah isi /usul, sinyal hilang. isian saya hilang atau tersimpan "
            "sebagai draf?"
        ),
        "bot.usul",
    ),
    (
        (
            "di /usul bisa lampirkan PDF? kalau bisa, maksimal berapa file, dan foto maksimal "
            "berapa?"
        ),
        "bot.usul",
    ),
    (
        (
            "bantu saya salin usulan lama ya, yang drainase tahun lalu. bagian apa saja yang "
            "nanti tidak ikut tersalin?"
        ),
        "bot.usul",
    ),
    (
        'status "dibahas di Rakor" itu artinya apa?? sudah PASTI disetujui??',
        "bot.status",
    ),
    (
        (
            "bisa bantu setujui usulan kami? oh iya, sekalian: bedanya status 'diajukan' sama "
            "'verifikasi' itu apa?"
        ),
        "bot.status",
    ),
    (
        "status perlu perbaikan -> artinya? bisa kirim ulang pakai kode sama?",
        "bot.status",
    ),
    (
        (
            "kami se-dinas agak kecewa, usulan ditolak dengan alasan bukan kewenangan "
            "provinsi. langkah selanjutnya yang bisa kami tempuh apa?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "dulu kalau usulan ditolak masih bisa minta dibuka lagi. sekarang usulan yang "
            "sudah 'dialihkan' bisa dikembalikan ke provinsi?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "ada standar berapa hari usulan harus diverifikasi provinsi? kalau lewat dari "
            "itu, gimana?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Last year nobody replied for weeks. Now: how many working days until a proposal "
            "is verified? Is that standard binding on Disperkimtan?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "saya sekretaris kabid, beliau berhalangan. undangan rapat di Sinkron bisa "
            "diwakilkan? konfirmasi hadirnya gimana?"
        ),
        "bot.rapat",
    ),
    (
        "ingatkan saya juga sebelum rapat ya. pengingat rapat dari bot itu dikirim kapan saja?",
        "bot.rapat",
    ),
    (
        "kami di kecamatan sering ditanya warga: 'Perkim' itu singkatan dari apa?",
        "istilah.perkim",
    ),
    (
        "ini pakai HP anak saya, dia nanya 'perkim' itu kepanjangannya apa, saya juga lupa hehe",
        "istilah.perkim",
    ),
    (
        "Disperkimtan itu kepanjangannya apa?? yang 'TAN' di belakang itu apa???",
        "istilah.disperkimtan",
    ),
    (
        "Disperkimtan — stands for?",
        "istilah.disperkimtan",
    ),
    (
        "glosariumnya ga kebuka, jadi nanya di sini aja: PSU itu singkatan dari apa?",
        "istilah.psu",
    ),
    (
        "teman-teman aparat desa nanya ke kami: sebenarnya PSU itu artinya apa sih?",
        "istilah.psu",
    ),
    (
        "jaling — maksudnya?",
        "istilah.jaling",
    ),
    (
        "tolong jelaskan ke konsultan kami: di laporan tertulis 'jaling', itu maksudnya apa?",
        "istilah.jaling",
    ),
    (
        (
            "saya staf magang dari teknik sipil, mau konfirmasi istilah: drainase lingkungan "
            "di dunia perkim itu maksudnya apa?"
        ),
        "istilah.drainase",
    ),
    (
        '"drainase" itu artinya apa ya... saluran air kah???',
        "istilah.drainase",
    ),
    (
        (
            "format rekap kumuh dari kecamatan tahun ini beda dengan tahun lalu, sekarang "
            "muncul singkatan KR. itu maksudnya apa?"
        ),
        "istilah.kr",
    ),
    (
        ("tabel dari kecamatan kepotong di HP saya, cuma kelihatan kolom 'KR'. itu maksudnya apa?"),
        "istilah.kr",
    ),
    (
        (
            "dulu di data baseline KOTAKU ada kode 'KS', sekarang masih sering muncul. KS itu "
            "singkatan apa ya?"
        ),
        "istilah.ks",
    ),
    (
        "Screen cut off, I only see 'KS' in the slum level column — what does it stand for?",
        "istilah.ks",
    ),
    (
        "KB di kolom tingkat kekumuhan itu keluarga berencana? kalau bukan, artinya apa?",
        "istilah.kb",
    ),
    (
        "'SK kumuh' itu maksudnya SK apa sih???",
        "istilah.skkumuh",
    ),
    (
        "sinyal jelek, singkat aja: SK kumuh itu apa?",
        "istilah.skkumuh",
    ),
    (
        "saya operator baru, di formulir ada kata 'delineasi'. itu artinya apa?",
        "istilah.delineasi",
    ),
    (
        "delineasi = apa?",
        "istilah.delineasi",
    ),
    (
        "tolong jelaskan ke bapak kades yang duduk di sebelah saya: RTLH itu singkatan apa?",
        "istilah.rtlh",
    ),
    (
        "RTLH = ?",
        "istilah.rtlh",
    ),
    (
        (
            "dulu yang sering dipakai RTLH, sekarang di laporan banyak tulisan 'RLH'. RLH itu "
            "kepanjangannya apa?"
        ),
        "istilah.rlh",
    ),
    (
        "RLH = rumah layak huni, betul? kalau salah, kepanjangan yang benar apa?",
        "istilah.rlh",
    ),
    (
        (
            "kami di tim teknis sering dengar warga bilang 'bedah rumah'. istilah itu "
            "sebenarnya maksudnya apa?"
        ),
        "istilah.bedahrumah",
    ),
    (
        "bedah rumah itu sebutan lain untuk perbaikan RTLH? kalau bukan, artinya apa?",
        "istilah.bedahrumah",
    ),
    (
        "BSPS itu singkatan dari APA?? sering dengar tapi lupa terus",
        "istilah.bsps",
    ),
    (
        "saya bendahara, bukan orang teknis: BSPS itu maksudnya apa?",
        "istilah.bsps",
    ),
    (
        "MBR -> kepanjangan?",
        "istilah.mbr",
    ),
    (
        "Pls explain to our consultant: MBR — meaning?",
        "istilah.mbr",
    ),
    (
        (
            "keyboard HP saya lagi rusak, maaf kalau typo: rusunawa itu artinya apa, bedanya "
            "sama rusun biasa?"
        ),
        "istilah.rusunawa",
    ),
    (
        "sekalian jelaskan istilah rusunawa ya, buat notulen rapat tadi",
        "istilah.rusunawa",
    ),
    (
        "rusus itu rumah susun khusus? kalau bukan, kepanjangannya apa?",
        "istilah.rusus",
    ),
    (
        "tim kami debat soal istilah 'rusus' di dokumen pusat, itu singkatan dari apa sih?",
        "istilah.rusus",
    ),
    (
        "saya staf magang di Perkim Kapuas, izin tanya pak: huntara itu kepanjangannya apa?",
        "istilah.huntara",
    ),
    (
        "huntara = ? (sering muncul di laporan pasca banjir)",
        "istilah.huntara",
    ),
    (
        "huntap itu hunian tetap kan? kalau bukan, artinya apa?",
        "istilah.huntap",
    ),
    (
        (
            "tadi aplikasinya error pas saya buka daftar istilah, jadi saya ketik manual "
            "saja: huntap itu maksudnya apa ya?"
        ),
        "istilah.huntap",
    ),
    (
        (
            "tolong bantu saya isi form ya, oh iya, kolom 'KK' di bagian penerima manfaat itu "
            "maksudnya apa?"
        ),
        "istilah.kk",
    ),
    (
        "KK itu Kartu Keluarga atau KEPALA keluarga??? bingung saya...",
        "istilah.kk",
    ),
    (
        (
            "kami bertiga di seksi data lagi input penerima manfaat, yang dimaksud 'jiwa' di "
            "situ apa ya, jumlah orang atau jumlah rumah?"
        ),
        "istilah.jiwa",
    ),
    (
        (
            "dulu di desa kami luas tanah biasa disebut borong atau are, sekarang di form "
            "selalu 'ha'. ha itu satuan apa sebenarnya?"
        ),
        "istilah.ha",
    ),
    (
        "'ha' unit in the form — what is it?",
        "istilah.ha",
    ),
    (
        "sinyal di Puruk Cahu putus-putus, saya ulang ya: DED itu kepanjangannya apa?",
        "istilah.ded",
    ),
    (
        "DED — stands for?",
        "istilah.ded",
    ),
    (
        "RAB itu Rencana Anggaran Biaya kan? kalau salah, apa kepanjangan yang benar?",
        "istilah.rab",
    ),
    (
        (
            "tim kami lagi debat: RAB itu singkatan 'Rencana Anggaran Biaya' atau 'Rincian "
            "Anggaran Biaya'? sebenarnya artinya apa?"
        ),
        "istilah.rab",
    ),
    (
        "saya operator, atas nama kadis mau tanya: RKS itu dokumen apa ya?",
        "istilah.rks",
    ),
    (
        "RKS ..... itu APA ya??? singkatan dari apa",
        "istilah.rks",
    ),
    (
        "KAK itu sama dengan TOR? kalau beda, KAK sendiri artinya apa?",
        "istilah.kak",
    ),
    (
        "KAK -> kepanjangan?",
        "istilah.kak",
    ),
    (
        "sekalian cek dong, site plan itu maksudnya apa? gambar denah lokasi atau apa?",
        "istilah.siteplan",
    ),
    (
        (
            "dulu kami nyebutnya 'rencana tapak', sekarang semua bilang site plan. itu hal "
            "yang sama ya? site plan artinya apa?"
        ),
        "istilah.siteplan",
    ),
    (
        "'RC' itu apa sih??? di dokumen DAK muncul terus tanpa penjelasan...",
        "istilah.rc",
    ),
    (
        (
            "mewakili teman-teman Perkim se-Barito Raya: singkatan RC yang sering disebut di "
            "usulan itu apa ya?"
        ),
        "istilah.rc",
    ),
    (
        "tombolnya ga muncul, jadi saya ketik aja: BAST itu apa?",
        "istilah.bast",
    ),
    (
        "ini pakai HP anak saya, mau tanya: BAST kepanjangannya apa pak?",
        "istilah.bast",
    ),
    (
        "hibah (aset) — artinya apa?",
        "istilah.hibah",
    ),
    (
        (
            "dulu kalau dengar kata 'hibah' kami kira dana bansos, sekarang di perkim sering "
            "disebut hibah aset. sebenarnya hibah itu artinya apa?"
        ),
        "istilah.hibah",
    ),
    (
        "BMD itu Barang Milik Daerah? kalau bukan, singkatan apa?",
        "istilah.bmd",
    ),
    (
        "BMD — meaning?",
        "istilah.bmd",
    ),
    (
        "ingatkan saya cek aset besok pagi ya... oh iya, BMN itu singkatan dari apa?",
        "istilah.bmn",
    ),
    (
        "kami berdua di subbag aset masih bingung: BMN dan BMD itu masing-masing artinya apa?",
        ("istilah.bmn", "istilah.bmd"),
    ),
    (
        "'O&P' itu APA??? ada di contoh surat pernyataan tapi ga dijelaskan",
        "istilah.op",
    ),
    (
        "OP / O&P -> singkatan?",
        "istilah.op",
    ),
    (
        (
            "saya kasubag program, baru pindah dari dinas pendidikan: SPM di bidang perumahan "
            "itu singkatan apa?"
        ),
        "istilah.spm",
    ),
    (
        "tadi error waktu buka menu bantuan, saya ulang: SPM itu apa ya?",
        "istilah.spm",
    ),
    (
        "Pokja PKP itu singkatan Kelompok Kerja PKP? kalau bukan, apa?",
        "istilah.pokjapkp",
    ),
    (
        "kami di sekretariat baru dibentuk, jujur belum paham: Pokja PKP itu apa sebenarnya?",
        "istilah.pokjapkp",
    ),
    (
        "Pokja PPAS -> PPAS kepanjangannya?",
        "istilah.pokjappas",
    ),
    (
        (
            "dulu di kabupaten ada Pokja AMPL, sekarang rapatnya atas nama Pokja PPAS. PPAS "
            "itu singkatan apa?"
        ),
        "istilah.pokjappas",
    ),
    (
        "AMPL itu apa?? Pokja 'AMPL' maksudnya....",
        "istilah.pokjaampl",
    ),
    (
        "Pokja AMPL — what is it?",
        "istilah.pokjaampl",
    ),
    (
        "saya staf perencanaan Perkim Bartim, mau tanya RP3KP itu dokumen apa?",
        "istilah.rp3kp",
    ),
    (
        (
            "tolong sampaikan ke tim penyusun nanti, tapi jelaskan ke saya dulu: RP3KP "
            "singkatan dari apa?"
        ),
        "istilah.rp3kp",
    ),
    (
        "sinyal di Tamiang Layang lemot, maaf kalau pesannya dobel: RP2KPKP itu apa?",
        "istilah.rp2kpkp",
    ),
    (
        "RP2KPKP itu sama dengan RP3KP? kalau beda, RP2KPKP itu kepanjangannya apa?",
        "istilah.rp2kpkp",
    ),
    (
        (
            "waktu masih ada KOTAKU dulu kelurahan kami ikut programnya, tapi KOTAKU sendiri "
            "kepanjangannya apa ya?"
        ),
        "istilah.kotaku",
    ),
    (
        "KOTAKU = ?",
        "istilah.kotaku",
    ),
    (
        "DAK 'Tematik PPKT' itu apa??? PPKT-nya singkatan apa!!",
        "istilah.daktematikppkt",
    ),
    (
        "DAK Tematik PPKT — what does PPKT stand for?",
        "istilah.daktematikppkt",
    ),
    (
        "kami bertiga anak magang, mau tanya yang dasar dulu: APBN itu apa?",
        "istilah.apbn",
    ),
    (
        "APBN -> singkatan?",
        "istilah.apbn",
    ),
    (
        "bisa bantu setujui draf saya? oh iya, sekalian, APBD itu kepanjangannya apa?",
        "istilah.apbd",
    ),
    (
        (
            "saya tenaga honorer baru di Perkim Sukamara, maaf pertanyaan dasar: APBD itu "
            "artinya apa?"
        ),
        "istilah.apbd",
    ),
    (
        "APBDes itu anggaran desa ya? kalau bukan, apa?",
        "istilah.apbdes",
    ),
    (
        "keyboard HP saya error, hurufnya loncat-loncat, maaf: apbdes itu apa?",
        "istilah.apbdes",
    ),
    (
        (
            "tahun-tahun lalu kami dengarnya BKK, sekarang orang provinsi bilang Bankeu. "
            "Bankeu itu maksudnya apa?"
        ),
        "istilah.bankeu",
    ),
    (
        "BANKEU ...... itu apa ya???",
        "istilah.bankeu",
    ),
    (
        "saya ajudan pak kadis, beliau titip tanya: Pokir itu singkatan apa?",
        "istilah.pokir",
    ),
    (
        "tim kami debat soal 'Pokir' — itu pokok pikiran siapa sebenarnya? artinya apa?",
        "istilah.pokir",
    ),
    (
        "Musrenbang -> kepanjangan?",
        "istilah.musrenbang",
    ),
    (
        "ingatkan saya besok ada rapat desa, dan jelaskan sekalian: Musrenbang itu apa?",
        "istilah.musrenbang",
    ),
    (
        "aplikasinya keluar sendiri terus. langsung aja: RKPD singkatan dari apa?",
        "istilah.rkpd",
    ),
    (
        "RKPD — meaning?",
        "istilah.rkpd",
    ),
    (
        "Renja itu rencana kerja? kalau bukan, apa kepanjangannya?",
        "istilah.renja",
    ),
    (
        "Renja sama Renstra sering ketuker... yang 'Renja' itu APA???",
        "istilah.renja",
    ),
    (
        (
            "kami di subbag program lagi bahas Renstra, tapi ada dua orang yang belum tahu: "
            "Renstra itu apa?"
        ),
        "istilah.renstra",
    ),
    (
        "Renstra = ? (yang lima tahunan itu?)",
        "istilah.renstra",
    ),
    (
        (
            "dulu pakai RPJMD 2021-2026, sekarang 2025-2029. tapi RPJMD itu sendiri "
            "kepanjangannya apa?"
        ),
        "istilah.rpjmd",
    ),
    (
        "saya operator SIPD di kabupaten: RPJMD itu apa ya?",
        "istilah.rpjmd",
    ),
    (
        "tolong teruskan ke kabid ya, tapi saya juga mau tahu: KUA-PPAS itu apa?",
        "istilah.kuappas",
    ),
    (
        "KUA-PPAS!!! itu singkatan apa sih???",
        "istilah.kuappas",
    ),
    (
        "sinyal putus-putus di Kasongan, saya ulang: RKA itu apa?",
        "istilah.rka",
    ),
    (
        "RKA itu sama dengan DPA? kalau beda, masing-masing artinya apa?",
        ("istilah.rka", "istilah.dpa"),
    ),
    (
        "DPA -> artinya?",
        "istilah.dpa",
    ),
    (
        "kami bertiga di bagian keuangan dinas, DPA itu kepanjangannya apa ya?",
        "istilah.dpa",
    ),
    (
        "dulu input anggaran di SIMDA, sekarang semua di SIPD. SIPD itu singkatan apa?",
        "istilah.sipd",
    ),
    (
        "SIPD — what is it?",
        "istilah.sipd",
    ),
    (
        (
            "dulu namanya Bappeda, sekarang di provinsi jadi Bapperida. Bapperida itu "
            "kepanjangannya apa?"
        ),
        "istilah.bapperida",
    ),
    (
        "BAPPERIDA?? itu badan apa ya...",
        "istilah.bapperida",
    ),
    (
        "saya staf magang, izin tanya: OPD itu artinya apa?",
        "istilah.opd",
    ),
    (
        "OPD -> singkatan?",
        "istilah.opd",
    ),
    (
        "SKPD itu Satuan Kerja Perangkat Daerah? kalau bukan, apa?",
        "istilah.skpd",
    ),
    (
        "tadi gagal kirim, ulang: SKPD kepanjangannya apa?",
        "istilah.skpd",
    ),
    (
        (
            "mewakili teman-teman bidang air minum Kobar: SPAM itu singkatan apa? bukan email "
            "spam kan 😅"
        ),
        "istilah.spam",
    ),
    (
        "SPAM ... yang di air minum itu maksudnya 'SPAM' APA???",
        "istilah.spam",
    ),
    (
        "SPALD — stands for?",
        "istilah.spald",
    ),
    (
        "sekalian cek dong, SPALD itu apa?",
        "istilah.spald",
    ),
    (
        "saya pakai HP istri, mau tanya: IPAL itu kepanjangannya apa?",
        "istilah.ipal",
    ),
    (
        "IPAL -> ?",
        "istilah.ipal",
    ),
    (
        "TPS3R itu tempat pengolahan sampah ya? kalau bukan, artinya apa?",
        "istilah.tps3r",
    ),
    (
        "tombol menu ga keluar, jadi ketik saja: TPS3R artinya apa?",
        "istilah.tps3r",
    ),
    (
        (
            "dulu di desa orang bilang jamban umum, sekarang di dokumen ditulis MCK. MCK itu "
            "singkatan apa?"
        ),
        "istilah.mck",
    ),
    (
        "MCK itu APA singkatannya?? mandi cuci ... apa??",
        "istilah.mck",
    ),
    (
        (
            "tim kami debat: RTRW itu rukun tetangga/rukun warga atau rencana tata ruang? "
            "yang dimaksud di syarat lahan itu apa?"
        ),
        "istilah.rtrw",
    ),
    (
        "RTRW -> arti (tata ruang)?",
        "istilah.rtrw",
    ),
    (
        "RDTR itu rencana detail tata ruang? kalau bukan, apa?",
        "istilah.rdtr",
    ),
    (
        "RDTR — meaning?",
        "istilah.rdtr",
    ),
    (
        "dulu namanya IMB, sekarang PBG. PBG itu singkatan apa?",
        "istilah.pbg",
    ),
    (
        "saya staf bidang perumahan Barsel, mau tanya istilah PBG itu apa?",
        "istilah.pbg",
    ),
    (
        "tolong bantu saya jelaskan ke pengembang nanti: SLF itu apa artinya?",
        "istilah.slf",
    ),
    (
        "sinyal jelek banget, ulang lagi: SLF kepanjangannya apa?",
        "istilah.slf",
    ),
    (
        "SKBG itu APA??? sertifikat apa...",
        "istilah.skbg",
    ),
    (
        "SKBG -> singkatan?",
        "istilah.skbg",
    ),
    (
        (
            "kami berdua lagi di lapangan verifikasi RTLH, 'SKT' yang disebut warga itu "
            "maksudnya apa?"
        ),
        "istilah.skt",
    ),
    (
        "SKT itu surat keterangan tanah? kalau bukan, apa?",
        "istilah.skt",
    ),
    (
        ("dulu cukup bilang lahannya aman, sekarang harus 'clean and clear'. itu artinya apa sih?"),
        "istilah.cleanandclear",
    ),
    (
        "Clean and clear (land) — meaning?",
        "istilah.cleanandclear",
    ),
    (
        "saya staf magang di Perkim Lamandau: CSR itu singkatan apa?",
        "istilah.csr",
    ),
    (
        "sekalian catat pertanyaan saya ya: CSR itu maksudnya apa?",
        "istilah.csr",
    ),
    (
        "Rakor -> kepanjangan?",
        "istilah.rakor",
    ),
    (
        "chat saya tadi ga terkirim, jadi ulang: Rakor itu singkatan dari apa?",
        "istilah.rakor",
    ),
    (
        "'LAPOR!' itu apa sih??? yang pakai tanda seru itu...",
        "istilah.lapor",
    ),
    (
        "kami di bagian pengaduan ingin tahu: LAPOR! itu sistem apa?",
        "istilah.lapor",
    ),
    (
        (
            "dulu kata orang tua Kalteng pakai WITA, sekarang jam di bot tertulis WIB. WIB "
            "itu singkatan apa?"
        ),
        "istilah.wib",
    ),
    (
        "saya operator atas nama kabid: 'backlog' perumahan itu maksudnya apa?",
        "istilah.backlog",
    ),
    (
        "Housing backlog — what does it mean?",
        "istilah.backlog",
    ),
    (
        "PKP itu perumahan dan kawasan permukiman? kalau bukan, apa?",
        "istilah.pkp",
    ),
    (
        "tolong teruskan ke admin provinsi ya... eh sebelumnya, PKP itu singkatan apa?",
        "istilah.pkp",
    ),
    (
        "yang disebut 'kumuh' itu APA sebenarnya??? definisinya apa...",
        "istilah.kumuh",
    ),
    (
        "kami bertiga di bidang kawasan lagi debat: istilah 'permukiman kumuh' itu artinya apa?",
        "istilah.kumuh",
    ),
    (
        "DAK -> singkatan?",
        "istilah.dak",
    ),
    (
        "tadi error, jadi saya tanya lagi: DAK itu kepanjangannya apa?",
        "istilah.dak",
    ),
    (
        "saya pakai HP anak saya: rusun itu apa ya?",
        "istilah.rusun",
    ),
    (
        "Rusun — meaning?",
        "istilah.rusun",
    ),
]

ROUND45_INTENTS: list[tuple[str, str]] = [
    (
        "aplikasinya tadi keluar sendiri. usulan kami USL-2026-0014 sekarang statusnya apa?",
        "status",
    ),
    (
        (
            "saya operator Dinas Perkim Barito Timur, atas nama kabid: usulan-usulan kami "
            "yang dikirim bulan lalu sudah sampai mana? ada yang ditolak?"
        ),
        "status",
    ),
    (
        (
            "Operator for the Kadis of Kapuas here. Our proposals — accepted, refused, or "
            "still being checked?"
        ),
        "status",
    ),
    (
        "Rakor tahun ini TANGGAL berapa??? tempatnya di mana???",
        "meeting",
    ),
    (
        "tolong ingatkan jadwal rapat koordinasi berikutnya: hari apa, jam berapa, di mana?",
        "meeting",
    ),
    (
        "rakor berikutnya di Aula Disperkimtan lagi? kalau bukan, di mana dan kapan?",
        "meeting",
    ),
    (
        "sinyal timbul tenggelam, jadi singkat: tenggat kirim usulan TA depan tanggal berapa?",
        "deadline",
    ),
    (
        (
            "tahun lalu usulan masih diterima sampai akhir bulan. tahun ini tenggat "
            "pengiriman usulan sampai kapan?"
        ),
        "deadline",
    ),
    (
        (
            "kami se-bidang lagi kejar kelengkapan dokumen: pengiriman usulan siklus ini "
            "ditutup kapan?"
        ),
        "deadline",
    ),
    (
        "selamat pagi pak, saya Rina dari Dinas Perkim Sukamara, salam kenal",
        "greeting",
    ),
    (
        "makasih banyak ya!!! sangat membantu",
        "greeting",
    ),
    (
        "halo? tadi putus-putus sinyalnya... bisa bantu saya?",
        "greeting",
    ),
    (
        "bisa kirim usulan lewat bot ini? kalau bisa, caranya gimana?",
        "how_to_submit",
    ),
    (
        "bisa bantu saya masukkan usulan jalan lingkungan? mulainya dari mana?",
        "how_to_submit",
    ),
    (
        "Submit proposal via bot — how?",
        "how_to_submit",
    ),
    (
        "tolong cek dong usulan kami USL-2026-0007, sudah diverifikasi atau masih diajukan?",
        "status",
    ),
    (
        (
            "sinyal putus2 dari Muara Teweh, saya ulang: usulan drainase Montallat yang kami "
            "kirim minggu lalu statusnya apa? diterima atau ditolak?"
        ),
        "status",
    ),
    (
        (
            "mewakili teman-teman Perkim Gumas: usulan-usulan kami tahun ini sudah sampai "
            "tahap mana ya?"
        ),
        "status",
    ),
    (
        "Rakor tahun ini JADI tanggal berapa??? dan di mana???",
        "meeting",
    ),
    (
        (
            "saya ajudan kadis Pulpis, beliau tanya rapat koordinasi berikutnya jam berapa "
            "dan tempatnya di mana?"
        ),
        "meeting",
    ),
    (
        "Next Rakor — date, time, venue?",
        "meeting",
    ),
    (
        (
            "tahun lalu usulan masih bisa masuk sampai akhir bulan, tahun ini batas "
            "terakhirnya kapan?"
        ),
        "deadline",
    ),
    (
        "usulan untuk TA 2027 masih dibuka? kalau iya, sampai tanggal berapa?",
        "deadline",
    ),
    (
        "Proposal deadline this cycle?",
        "deadline",
    ),
    (
        "selamat pagi pak/bu admin 🙏",
        "greeting",
    ),
    (
        "terima kasih banyak infonya, sangat membantu!!",
        "greeting",
    ),
    (
        "ini pakai HP anak saya. halo min, mohon bantuannya ya",
        "greeting",
    ),
    (
        "kirim usulan PSU lewat bot -> caranya?",
        "how_to_submit",
    ),
    (
        (
            "bisa bantu saya masukkan usulan jaling Desa Sungai Tuat? langkah-langkahnya di "
            "bot ini gimana?"
        ),
        "how_to_submit",
    ),
    (
        "How do I submit a proposal through the bot?",
        "how_to_submit",
    ),
]

ROUND45_AREAS: list[tuple[str, str]] = [
    (
        "kawasan kumuh 7,5 hektar — kewenangan?",
        "kabkota",
    ),
    (
        "luas kumuh PERSIS 10 ha, itu masih kabupaten atau sudah provinsi???",
        "provinsi",
    ),
    (
        (
            "kami di Kotim lagi hitung ulang delineasi: kawasan kumuh di Baamang luasnya pas "
            "15 hektare, itu jadi tanggung jawab siapa?"
        ),
        "pusat",
    ),
    (
        (
            "saya operator Perkim Palangka Raya: kawasan kumuh di Pahandut Seberang luasnya "
            "125.000 m2, kewenangan level mana?"
        ),
        "provinsi",
    ),
    (
        "maaf tadi kepotong. lokasi kumuh di Selat Hulu luasnya 132,25 ha, yang tangani siapa?",
        "pusat",
    ),
    (
        "kumuh seluas 14,99 hektar masih bisa ke provinsi? kalau tidak, ke pusat?",
        "provinsi",
    ),
    (
        "Slum area 80,000 m² — whose responsibility?",
        "kabkota",
    ),
    (
        (
            "dulu kata pejabat kumuh 5 sampai 10 ha itu kabupaten. sekarang lokasi kumuh kami "
            "di Kumai Hilir 9,8 ha, tanggung jawab siapa?"
        ),
        "kabkota",
    ),
    (
        (
            "tolong cek kewenangannya: kawasan kumuh Mentawa Baru Hilir seluas 11 hektare, "
            "prov atau kab?"
        ),
        "provinsi",
    ),
    (
        "Bad signal, keeping it short: slum 22 hectares in Kuala Kapuas — province or central?",
        "pusat",
    ),
    (
        "kumuh 95.000 meter persegi -> level?",
        "kabkota",
    ),
    (
        "kawasan kumuh 150.000 m² ... itu 'pusat' kan??",
        "pusat",
    ),
    (
        "kumuh Pulau Hanaut 12,4 ha -> kewenangan?",
        "provinsi",
    ),
    (
        "luas kumuh di SK kami PAS 10 hektar, itu masuk kabupaten atau provinsi???",
        "provinsi",
    ),
    (
        (
            "dulu katanya 10-15 hektare itu provinsi, kalau lokasi kami tepat 15 hektare "
            "sekarang ikut siapa?"
        ),
        "pusat",
    ),
    (
        "Slum area 11 hectares — province or regency?",
        "provinsi",
    ),
    (
        (
            "ingatkan saya kirim data besok... oh iya, kawasan kumuh 125.000 m2 di Kec. Kota "
            "Besi itu tanggung jawab siapa?"
        ),
        "provinsi",
    ),
    (
        "kumuh 98.000 m² di Tewah itu kab/kota ya? kalau bukan, siapa?",
        "kabkota",
    ),
    (
        (
            "saya staf magang, mau tanya: delineasi kumuh di Teluk Bogam 160.000 meter "
            "persegi itu urusan siapa?"
        ),
        "pusat",
    ),
    (
        "tim kami debat: kumuh 14,99 ha masih provinsi atau sudah pusat?",
        "provinsi",
    ),
    (
        (
            "tadi aplikasinya error pas isi luas, jadi saya tanya di sini: kumuh 9,9 hektare "
            "yang tangani siapa?"
        ),
        "kabkota",
    ),
    (
        "tolong teruskan ke kabid: kumuh Selat Hulu 22 ha, siapa yang berwenang?",
        "pusat",
    ),
    (
        "kumuh 3 ha di Desa Sulung - provinsi bisa tangani?",
        "kabkota",
    ),
    (
        "Slum 6 hectares in Sampit — whose authority?",
        "kabkota",
    ),
]

ROUND45_OUT_OF_SCOPE: list[str] = [
    (
        "kami di bidang kawasan mau tahu: pagu anggaran Disperkimtan tahun depan untuk "
        "program kawasan permukiman berapa miliar?"
    ),
    "saya staf baru, belum punya kontak: nomor HP kabid kawasan permukiman provinsi berapa ya?",
    "harga semen per sak di Puruk Cahu -> sekarang?",
    (
        "tolong cek dong, paket tender jalan lingkungan di Katingan tahun ini yang menang "
        "kontraktor siapa?"
    ),
    "sinyal lagi jelek, mau mastiin aja: besok di Palangka Raya hujan nggak? mau survei lokasi",
    "KUR bank bisa dipakai pelaku UMKM untuk modal usaha? kalau bisa, syaratnya apa?",
    "dulu cuti tahunan ASN bisa digabung sama cuti besar, sekarang masih boleh?",
    "berapa unit RTLH di Kabupaten Sukamara yang SUDAH selesai diperbaiki tahun 2025???",
    "saya panitia: honor narasumber Rakor itu berapa per jam menurut standar biaya?",
    "tarif sewa rusunawa Palangka Raya per bulan?",
    "kami honorer di dinas mau tanya: cara daftar BPJS Kesehatan untuk keluarga gimana?",
    "Fuel price in Sampit today?",
    "tadi error waktu buka email dinas. lupa password email resmi kantor, resetnya lewat siapa?",
    "pelantikan PPPK paruh waktu jadi bulan depan? kalau mundur, kapan?",
    "Kalteng Putra match last night — who WON???",
    "berapa pagu anggaran Disperkimtan untuk PSU tahun 2027?",
    "siapa pemenang tender jalan lingkungan di Pangkalan Bun tahun ini???",
    "berapa rupiah bantuan per unit RTLH dari provinsi tahun depan?",
    "kumuh Katingan -> total luas di SK terbaru berapa ha?",
    "tolong cek kapan pencairan dana DAK Tematik PPKT tahap 2 masuk ke kas daerah",
    "dulu harga semen di Sampit 60 ribu per sak, sekarang berapa?",
    "nomor HP kabid kawasan permukiman provinsi berapa ya? kalau tidak ada, nomor WA kantor?",
    "sinyal jelek, cuma mau tanya: besok di Kuala Kurun hujan ga?",
    "saya staf magang, syarat izin usaha tambang galian C itu apa saja?",
    "kami bertiga honorer mau tanya: jadwal penerimaan CPNS 2026 kapan dibuka?",
    "gaji tenaga kontrak di dinas tahun ini NAIK atau tidak???",
    "ingatkan saya ajukan cuti tahunan, formnya di mana ya?",
    "ada berita terbaru soal banjir di Kapuas Murung?",
    "Speedboat fare Kuala Kapuas to Banjarmasin?",
    "harga satuan drainase U-ditch per meter di Palangka Raya berapa? buat susun RAB",
]
