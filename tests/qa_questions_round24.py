"""Held-out question table, round 24 (written 2026-12-04).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (/tmp/topic_list.txt) and the domain briefs (docs/domain.md, shared/DOMAIN.md,
shared/DOMAIN-RESEARCH.md, and place names from shared/data/kalteng-wilayah.csv).

Style emphasis of this round: questions a Kepala Bidang or Sekretaris Dinas would type before
a Rakor: longer messages, often two sentences, comparing options (provinsi atau pusat?),
asking for the legal basis or the consequence (kalau tidak ..., apa akibatnya), asking on
behalf of a boss (pak kadis nanya ...), with honorifics (Pak, Bu, Kak, mohon info, izin
bertanya); some quote a number or a year. About one in eight is in English, some of those
mixed Indonesian-English.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND24_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "Izin bertanya Pak, sebelum Rakor pak kadis minta ringkasan pembagian urusan perumahan "
        "dan kawasan permukiman. Mana yang dipegang pusat, mana provinsi, mana kabupaten/kota?",
        "kewenangan.ringkasan",
    ),
    (
        "Mohon info Bu, secara garis besar apa saja yang jadi kewenangan Disperkimtan provinsi "
        "dan apa yang tetap jadi tugas kami di kabupaten? Supaya usulan kami tidak salah alamat "
        "lagi.",
        "kewenangan.ringkasan",
    ),
    (
        "Pak Sekda kami minta satu tabel singkat siapa mengerjakan apa di bidang PKP menurut UU "
        "23/2014. Bisa dibantu rangkumannya per tingkat pemerintahan?",
        "kewenangan.ringkasan",
    ),
    (
        "Could you give me an overview of how housing and settlement responsibilities are split "
        "between the central government, the province and the regencies?",
        "kewenangan.ringkasan",
    ),
    (
        "Pak, for the Rakor materials, bisa dirangkum kewenangan provinsi vs kabupaten di bidang "
        "PKP dalam satu paragraf?",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "Pak, di paparan Rakor 2025 disebut kawasan permukiman itu urusan wajib pelayanan dasar. "
        "Dasar hukumnya pasal berapa di UU 23/2014 ya?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Kadis kami nanya, perumahan rakyat dan kawasan permukiman itu termasuk urusan wajib atau "
        "urusan pilihan? Ini untuk bahan rapat dengan Bappeda minggu depan.",
        "kewenangan.urusan_wajib",
    ),
    (
        "Kak, apakah benar bidang perumahan dan kawasan permukiman itu urusan wajib yang "
        "berkaitan dengan pelayanan dasar? Kami perlu kutipan yang tepat untuk Renstra.",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "Izin bertanya Pak, mohon dijelaskan pembagian kewenangan penanganan kawasan kumuh "
        "berdasarkan luasnya. Berapa hektar batas untuk kabupaten, provinsi dan pusat?",
        "kewenangan.kumuh",
    ),
    (
        "Di berita sering ditulis provinsi menangani kumuh 10-15 hektare. Yang benar menurut "
        "nomenklatur itu sampai dengan 15 ha atau di bawah 15 ha, Bu?",
        "kewenangan.kumuh",
    ),
    (
        "Kami punya beberapa lokasi kumuh dengan luas berbeda-beda. Apa dasar hukum pembagian "
        "kewenangan kumuh antara kabupaten dan provinsi, supaya bisa kami kutip di telaahan staf?",
        "kewenangan.kumuh",
    ),
    (
        "Pak kadis nanya, penataan dan peningkatan kualitas kawasan kumuh itu bisa diusulkan ke "
        "provinsi untuk semua ukuran atau ada syarat luas tertentu?",
        "kewenangan.kumuh",
    ),
    (
        "Mohon info Bu, apakah tingkat kekumuhan (berat/sedang/ringan) ikut menentukan siapa yang "
        "menangani, atau hanya luasnya saja? Ada lokasi kumuh berat kami yang kecil.",
        "kewenangan.kumuh",
    ),
    (
        "Which level of government handles slum upgrading, and what is the exact legal wording of "
        "the provincial range?",
        "kewenangan.kumuh",
    ),
    (
        "Bu, satu SK kumuh kami berisi beberapa lokasi kecil yang kalau dijumlah lebih dari 10 "
        "ha. Apakah bisa diusulkan ke provinsi, atau luasnya dihitung per lokasi?",
        ("kewenangan.kumuh", "kumuh.luas_delineasi"),
    ),
    # kewenangan.kumuh_pusat
    (
        "Lokasi kumuh kami di Baamang cukup luas, di atas batas provinsi. Untuk kawasan sebesar "
        "itu memang ranahnya pemerintah pusat ya Pak, dan dasar hukumnya apa?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Mohon info Bu, kewenangan pusat untuk kumuh 15 ha atau lebih itu sudah pasti bunyinya "
        "begitu di lampiran UU 23/2014, atau masih belum terkonfirmasi?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Pak Sekdis nanya, kawasan kumuh yang luasnya 15 hektar ke atas itu siapa yang menangani? "
        "Apakah provinsi sama sekali tidak boleh ikut?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    (
        "Pak, kegiatan pencegahan permukiman kumuh, misalnya di perumahan baru yang mulai padat, "
        "bisa diusulkan ke provinsi tidak? Atau itu murni tugas kabupaten?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Kadis kami tanya, pencegahan perumahan dan kawasan permukiman kumuh itu kewenangan siapa "
        "menurut nomenklatur SIPD? Kalau kabupaten tidak menganggarkan, provinsi bisa ambil alih?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "Izin bertanya, dalam sub-urusan perumahan apa saja yang menjadi kewenangan provinsi? "
        "Kami mau memilah usulan bidang perumahan sebelum Rakor.",
        "kewenangan.perumahan",
    ),
    (
        "Mohon penjelasan Pak, urusan perumahan di tingkat kabupaten/kota itu mencakup apa saja "
        "menurut lampiran UU 23/2014?",
        "kewenangan.perumahan",
    ),
    (
        "Pak, what exactly falls under the province's authority in the sub-urusan perumahan? "
        "Kadis wants a short list.",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "Bu, penyediaan rumah untuk MBR itu kewenangan siapa? Ada anggota DPRD yang minta kami "
        "usulkan pembangunan rumah MBR ke provinsi.",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Pak kadis nanya, rusun untuk masyarakat berpenghasilan rendah dan sistem pembiayaan "
        "perumahan itu urusan pemerintah pusat ya? Sejauh mana peran pusat di bidang perumahan?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "Pasca banjir besar di Kapuas tahun ini, banyak rumah warga rusak berat. Rehabilitasinya "
        "jadi tanggung jawab kabupaten, provinsi, atau pusat, Pak?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Ada rencana relokasi warga karena program pemerintah provinsi di bantaran sungai. "
        "Penyediaan rumah untuk warga terdampak itu tanggung jawab siapa, Bu?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "If a disaster is declared at the national level, who is responsible for rebuilding the "
        "victims' houses? Can we still propose it to the province?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Bu, kebakaran permukiman di Muara Teweh ditetapkan sebagai bencana skala kabupaten. "
        "Pembangunan kembali rumahnya bisa minta ke provinsi?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "Pak, izin pembangunan dan pengembangan perumahan oleh pengembang itu diterbitkan "
        "kabupaten atau provinsi? Ada developer di Pangkalan Bun yang bertanya ke kami.",
        "kewenangan.izin",
    ),
    (
        "Mohon info, penerbitan SKBG dan izin pengembangan kawasan permukiman itu kewenangan "
        "level mana? Pak Sekdis mau memastikan sebelum rapat dengan DPMPTSP.",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "Izin bertanya Bu, sub-urusan kawasan permukiman itu isinya apa saja untuk provinsi dan "
        "untuk kabupaten? Kami sering tertukar dengan sub-urusan PSU.",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Penetapan sistem kawasan permukiman itu kewenangan siapa, Pak? Lalu apa saja bagian "
        "kabupaten dalam sub-urusan kawasan permukiman?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "Pak, PSU di perumahan yang dibangun developer di Sampit rusak dan warga minta "
        "diperbaiki. Itu bisa diusulkan ke provinsi atau tanggung jawab kabupaten?",
        "kewenangan.psu",
    ),
    (
        "Mohon penjelasan perbedaan PSU permukiman dan PSU perumahan, Bu. Kata pak kadis yang "
        "jadi bagian provinsi hanya PSU permukiman, betul begitu?",
        "kewenangan.psu",
    ),
    (
        "PSU perumahan itu sebenarnya kewenangan siapa menurut UU 23/2014? Kalau tetap kami "
        "usulkan ke provinsi, apa akibatnya?",
        "kewenangan.psu",
    ),
    (
        "Is drainage inside a private housing estate a provincial or a regency responsibility?",
        "kewenangan.psu",
    ),
    (
        "Kak, perbaikan PSU yang sudah diserahkan pengembang ke pemkab itu kewenangan siapa? "
        "Apakah beda dengan PSU di kampung lama?",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "Bu, PSU apa saja yang biasanya dibangun Disperkimtan provinsi? Apakah bisa usul drainase "
        "di sisi ruas jalan kabupaten?",
        "psu.lingkup_provinsi",
    ),
    (
        "Pak kadis nanya, selain jalan lingkungan dan drainase, apakah provinsi juga membangun "
        "PSU lain seperti air minum atau persampahan?",
        "psu.lingkup_provinsi",
    ),
    (
        "Apakah PSU dari provinsi hanya untuk kawasan perkotaan, atau desa di pedalaman Murung "
        "Raya juga bisa? Lahannya aset kabupaten, apa itu masalah?",
        "psu.lingkup_provinsi",
    ),
    (
        "Di Rakor 2025 disebut PSU provinsi bisa dibangun di aset kabupaten yang diusulkan lalu "
        "dihibahkan. Maksudnya bagaimana, Pak?",
        ("psu.lingkup_provinsi", "hibah.aset"),
    ),
    # kewenangan.sertifikasi
    (
        "Izin bertanya, sertifikasi dan registrasi perancang rumah dan perencana PSU itu "
        "dikeluarkan oleh siapa? Ada konsultan lokal di Buntok yang menanyakan.",
        "kewenangan.sertifikasi",
    ),
    (
        "For house and PSU designers, which level certifies small, medium and large capability "
        "firms?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        "Pak, SPM perumahan rakyat untuk provinsi itu apa saja jenis layanannya dan targetnya "
        "berapa persen?",
        "kewenangan.spm",
    ),
    (
        "Bu, dasar hukum SPM bidang perumahan rakyat itu PP berapa dan Permen PUPR berapa? Kami "
        "perlu untuk laporan penerapan SPM tahun 2026.",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "Luas kelurahan kami sekitar 40 ha, tapi yang ditetapkan kumuh dalam SK hanya sebagian. "
        "Luas mana yang dipakai untuk menentukan kewenangan, Pak?",
        "kumuh.luas_delineasi",
    ),
    (
        "SK kumuh Kotim 2015 menyebut 59,87 ha lalu SK 2020 jadi 75,87 ha karena beda skala "
        "delineasi. Untuk usulan, luas yang dihitung yang mana ya Bu?",
        "kumuh.luas_delineasi",
    ),
    (
        "Which area counts for the 10-15 ha rule: the whole kelurahan or only the delineated slum "
        "location in the SK?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    (
        "Pak, siapa yang berwenang menetapkan lokasi kumuh, dan SK-nya harus dilengkapi lampiran "
        "apa saja?",
        "kumuh.penetapan",
    ),
    (
        "SK kumuh kabupaten kami terbit tahun 2019. Apakah wajib ditinjau ulang, dan berapa tahun "
        "sekali menurut aturannya?",
        "kumuh.penetapan",
    ),
    (
        "Apakah gubernur bisa menetapkan SK kumuh untuk lokasi 10-15 ha, atau tetap SK "
        "bupati/wali kota? Kadis kami ingin memastikan dasar hukumnya.",
        "kumuh.penetapan",
    ),
    (
        "Who signs the SK kumuh designating slum locations, and how often must it be reviewed?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    (
        "Mohon info Bu, tujuh aspek kriteria kumuh menurut Permen PUPR 14/2018 itu apa saja?",
        "kumuh.aspek",
    ),
    (
        "Pak, apakah proteksi kebakaran dan air minum termasuk kriteria kumuh? Total kriterianya "
        "ada berapa?",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    (
        "Nilai kekumuhan lokasi kami 64. Itu sudah termasuk kumuh berat ya Pak? Skor maksimalnya "
        "berapa?",
        "kumuh.penilaian",
    ),
    (
        "Bagaimana cara menghitung skor kumuh, Bu? Tiap kriteria diberi nilai berapa dan atas "
        "dasar apa?",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    (
        "Skor satu lokasi kami 41 dan yang satunya 22. Masing-masing masuk kumuh sedang atau "
        "kumuh ringan, Bu? Rentang nilainya berapa?",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        "Lokasi kumuh kami di bantaran sungai dan lahannya sebagian tidak legal. Pola penanganan "
        "yang cocok pemugaran, peremajaan, atau pemukiman kembali, Pak?",
        "kumuh.pola_penanganan",
    ),
    (
        "What's the difference between pemugaran and peremajaan in slum handling, and when is "
        "resettlement used?",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    (
        "Pak kadis minta data untuk sambutan: berapa jumlah lokasi kumuh dan total luasnya di "
        "Kalimantan Tengah?",
        "kumuh.kalteng",
    ),
    (
        "Kabupaten mana yang lokasi kumuhnya paling banyak di Kalteng, Bu? Dan apakah mayoritas "
        "berada di tepian sungai?",
        "kumuh.kalteng",
    ),
    # usulan.isi
    (
        "Izin bertanya Pak, apa saja isian yang harus disiapkan dalam satu usulan kegiatan ke "
        "provinsi? Kami ingin menyiapkan semuanya sebelum Rakor.",
        "usulan.isi",
    ),
    (
        "Kenapa di usulan harus dicentang sektor seperti air minum, sanitasi, drainase? Apa "
        "gunanya bagi provinsi?",
        "usulan.isi",
    ),
    (
        "Bu, pak Sekdis minta daftar data yang wajib ada di usulan, dari judul sampai "
        "justifikasi. Urutannya seperti apa?",
        "usulan.isi",
    ),
    (
        "Justifikasi usulan itu wajib diisi ya Pak? Minimal dan maksimal berapa karakter?",
        "usulan.isi",
    ),
    (
        "What information does a proposal to the province need to contain, and why is each part "
        "asked?",
        "usulan.isi",
    ),
    (
        "Izin Bu, data pengusul seperti nama, jabatan dan nomor HP perlu diisi lagi di setiap "
        "usulan, atau sudah otomatis terambil?",
        ("usulan.isi", "bot.usul"),
    ),
    # usulan.jenis
    (
        "Jenis usulan apa saja yang bisa kami ajukan ke provinsi lewat Sinkron? Apakah ada "
        "pilihan selain kumuh dan PSU?",
        "usulan.jenis",
    ),
    (
        "Kalau kegiatan kami tidak cocok dengan kategori kumuh, PSU, rumah, atau RTLH, bisa "
        "dimasukkan sebagai jenis apa, Pak?",
        "usulan.jenis",
    ),
    # usulan.lokasi
    (
        "Untuk data lokasi usulan, apa saja yang diminta, Bu? Apakah titik koordinat GPS wajib "
        "diisi?",
        "usulan.lokasi",
    ),
    (
        "Nama lokasi di usulan kumuh harus sama persis dengan nama di SK kumuh, atau boleh nama "
        "kampung setempat? Lalu perlu isi perkotaan atau perdesaan juga?",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    (
        "Jumlah penerima manfaat di usulan itu dihitung per KK atau per jiwa, Pak? Kami punya "
        "data 230 KK dan 870 jiwa.",
        "usulan.penerima_biaya",
    ),
    (
        "Sumber dana apa saja yang bisa dipilih di usulan? Bolehkah kombinasi APBD provinsi "
        "dengan dana pendamping kabupaten?",
        "usulan.penerima_biaya",
    ),
    (
        "Pak, biaya usulan kami Rp 2,4 M untuk 150 KK. Apakah biaya per KK berpengaruh pada "
        "urutan prioritas usulan?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    (
        "Mohon info Bu, dokumen kesiapan (readiness criteria) apa saja yang harus lengkap supaya "
        "usulan PSU kami dinilai siap?",
        "usulan.kesiapan",
    ),
    (
        "Kadis nanya, kalau DED dan RAB belum ada, apakah usulan tetap bisa dikirim? Apa "
        "akibatnya ke penilaian kesiapan?",
        "usulan.kesiapan",
    ),
    (
        "Apa bedanya dokumen kesiapan untuk usulan PSU dengan usulan kumuh? Kami mau siapkan "
        "dua-duanya untuk TA 2027.",
        "usulan.kesiapan",
    ),
    (
        "Pak, selain DED dan RAB, apakah surat bupati dan berita acara kesepakatan masyarakat "
        "juga termasuk readiness criteria?",
        "usulan.kesiapan",
    ),
    (
        "Kak, readiness criteria untuk usulan jaling itu apa saja ya? I need the checklist before "
        "Monday's meeting.",
        "usulan.kesiapan",
    ),
    (
        "What happens to our readiness score if the proposal has no DED yet but the land is clean "
        "and clear?",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    (
        "Lahan untuk drainase yang kami usulkan masih milik warga dan belum bersertifikat. Apakah "
        "itu dianggap clean and clear, Pak?",
        "usulan.lahan",
    ),
    (
        "Apa saja syarat lahan clean and clear untuk usulan ke provinsi? Kalau status lahan belum "
        "jelas, apa akibatnya?",
        "usulan.lahan",
    ),
    (
        "Status lahan yang bisa dipilih di usulan itu apa saja, Bu? Tanah kas desa masuk kategori "
        "mana?",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    (
        "SK kumuh kami tertanggal Desember 2020. Kalau diusulkan tahun 2026, apakah masih "
        "dihitung berlaku atau akan jadi catatan?",
        "usulan.sk_kumuh",
    ),
    (
        "Lokasi yang mau kami usulkan belum tercantum di SK kumuh bupati. Bisakah tetap diusulkan "
        "sebagai usulan kumuh, Bu? Apa konsekuensinya?",
        "usulan.sk_kumuh",
    ),
    (
        "Dalam usulan kumuh, data SK apa saja yang diminta: nomor, tanggal, atau juga keterangan "
        "lokasinya tercantum di SK?",
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    (
        "Dokumen teknis apa saja yang sebaiknya dilampirkan, Pak: DED, RAB, RKS? Foto kondisi "
        "eksisting wajib atau tidak?",
        "usulan.dokumen_teknis",
    ),
    (
        "Apakah site plan dan RKS wajib untuk usulan jalan lingkungan, atau cukup RAB saja? "
        "Konsultan perencana kami belum selesai.",
        "usulan.dokumen_teknis",
    ),
    (
        "Which technical documents (DED, RAB, RKS, site plan, photos) should be attached to a "
        "proposal?",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        "Izin bertanya Bu, surat pernyataan kesediaan menerima hibah dan O&P itu ditandatangani "
        "siapa, dan kenapa diminta provinsi?",
        "usulan.surat_pernyataan",
    ),
    (
        "Kalau kabupaten belum membuat surat pernyataan siap melakukan operasi dan pemeliharaan, "
        "apa akibatnya untuk usulan kami, Pak?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    (
        "Pak, syarat usulan RTLH lewat provinsi apa saja? Ada warga yang rumahnya sudah roboh dan "
        "ingin dibangun baru.",
        "usulan.rtlh",
    ),
    (
        "Penerima bantuan RTLH provinsi itu ditetapkan dengan SK siapa, Bu? Kadis kami ditanya "
        "anggota DPRD soal daftar penerimanya.",
        "usulan.rtlh",
    ),
    (
        "Apakah rumah di atas tanah yang hanya punya SKT bisa diusulkan RTLH ke provinsi, atau "
        "harus bersertifikat?",
        "usulan.rtlh",
    ),
    (
        "Target RTLH provinsi tahun 2023 sebanyak 84 unit. Kalau kabupaten kami ingin dapat "
        "bagian, usulannya lewat siapa dan verifikasinya bagaimana, Bu?",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "Ada kelompok warga di Kelurahan Marang yang mau minta jalan lingkungan langsung ke "
        "provinsi. Apa syaratnya, Pak?",
        "usulan.psu_masyarakat",
    ),
    (
        "Permohonan drainase dari masyarakat harus diketahui siapa saja sebelum dikirim ke "
        "Disperkimtan? Cukup ketua RT atau perlu sampai camat?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "Jalan lingkungan yang dibangun provinsi tahun lalu di Kuala Kurun, siapa yang memelihara "
        "sekarang? Apakah otomatis dihibahkan ke kabupaten?",
        "hibah.aset",
    ),
    (
        "Pak Sekdis nanya, BAST hibah aset PSU dari provinsi ke kabupaten itu prosesnya bagaimana "
        "dan dasar hukumnya apa?",
        "hibah.aset",
    ),
    (
        "If the province builds drainage on our regency's land, who owns and maintains it "
        "afterwards?",
        "hibah.aset",
    ),
    (
        "Setelah serah terima, aset PSU dari provinsi dicatat sebagai BMD kabupaten ya Pak? Siapa "
        "yang menganggarkan pemeliharaannya?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "Usulan kumuh kami cuma 6 ha jadi bukan kewenangan provinsi. Sumber dana lain apa yang "
        "paling cocok, Pak?",
        "pendanaan.saluran_lain",
    ),
    (
        "Untuk kegiatan yang bukan kewenangan provinsi, saluran pendanaan apa saja yang bisa kami "
        "tempuh: APBD kabupaten, DAK, APBDes, atau CSR?",
        "pendanaan.saluran_lain",
    ),
    (
        "Kawasan kumuh 20 ha di Kecamatan Selat, lebih realistis diusulkan lewat APBN atau DAK "
        "Tematik PPKT, Bu? Mohon saran urutan sumber dananya.",
        "pendanaan.saluran_lain",
    ),
    (
        "PSU perumahan di kompleks developer tidak bisa ke provinsi. Dana dari mana lagi yang "
        "memungkinkan, Pak?",
        "pendanaan.saluran_lain",
    ),
    (
        "Which funding channels can a regency use when a project is not the province's "
        "responsibility?",
        "pendanaan.saluran_lain",
    ),
    (
        "Pak kadis nanya, rumah korban banjir skala kabupaten kan bukan ranah provinsi. Sebaiknya "
        "dananya dicari dari APBN atau pakai APBD kabupaten dulu?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        "Izin bertanya Pak, alur usulan tahunan dari kabupaten ke provinsi itu seperti apa dari "
        "awal sampai masuk APBD?",
        "siklus.tahunan",
    ),
    (
        "Usulan yang kami kirim tahun 2026 ini untuk tahun anggaran berapa? Pak kadis mau "
        "sinkronkan dengan Renja dinas.",
        "siklus.tahunan",
    ),
    (
        "Urutan tahapan dalam siklus usulan tahunan itu apa saja, Bu? Kami mau menyusun jadwal "
        "internal dinas.",
        "siklus.tahunan",
    ),
    (
        "Setelah usulan disetujui, kegiatannya biasanya dilaksanakan tahun berikutnya atau bisa "
        "di tahun yang sama?",
        "siklus.tahunan",
    ),
    (
        "Can you explain the yearly proposal cycle between the regencies and the province?",
        "siklus.tahunan",
    ),
    (
        "Tahun lalu usulan kami baru masuk setelah Rakor dan tidak terakomodasi. Dalam siklus "
        "tahunan, pengusulan kabupaten itu seharusnya sebelum atau sesudah Rakor?",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    (
        "Bagaimana provinsi memeriksa usulan kami, Pak? Apakah cek administrasi saja atau juga "
        "teknis dan lokasi?",
        "siklus.pemeriksaan",
    ),
    (
        "Pak kadis nanya, apa saja yang dinilai provinsi saat verifikasi usulan sehingga bisa "
        "naik ke pembahasan?",
        "siklus.pemeriksaan",
    ),
    (
        "Apakah provinsi juga mengecek kewenangan saat memeriksa usulan, misalnya luas kumuh atau "
        "jenis PSU-nya?",
        "siklus.pemeriksaan",
    ),
    (
        "Setelah usulan masuk, tahap verifikasi itu mengecek apa saja, Pak? Dalam kondisi apa "
        "usulan dikembalikan untuk diperbaiki?",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    (
        "Izin bertanya Bu, Rakor Bidang Kawasan Permukiman itu tujuannya apa dan siapa saja yang "
        "biasanya hadir dari kabupaten?",
        "siklus.rakor",
    ),
    (
        "Rakor 2023 tanggal 30 Oktober, 2024 tanggal 11 September, 2025 tanggal 18 November. "
        "Kenapa tanggalnya selalu berubah, dan apa yang dibahas di sana?",
        "siklus.rakor",
    ),
    (
        "Kenapa Rakor diadakan sebelum Musrenbang provinsi, Pak? Apa fungsi Rakor terhadap usulan "
        "kami?",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    (
        "Setelah dibahas di Rakor, usulan kami masuk ke mana: Musrenbang provinsi, RKPD, lalu "
        "APBD? Mohon penjelasan alurnya.",
        "siklus.rkpd_apbd",
    ),
    (
        "Pak, usulan yang statusnya disetujui di Sinkron apakah otomatis masuk RKPD dan APBD "
        "provinsi?",
        "siklus.rkpd_apbd",
    ),
    (
        "After the Rakor, how does an approved proposal end up in the provincial budget?",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    (
        "Bu, peran Pokja PKP di kabupaten itu apa dan dasar hukumnya apa? Kami diminta "
        "mengaktifkan lagi Pokja tahun ini.",
        "koordinasi.pokja_pkp",
    ),
    (
        "Siapa biasanya yang memimpin Pokja PKP di kabupaten, Pak, dan apa hubungannya dengan "
        "Forum PKP?",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    (
        "Alamat kantor Disperkimtan Provinsi Kalteng di mana ya Pak? Kami mau antar berkas usulan "
        "langsung.",
        "disperkimtan.kontak",
    ),
    (
        "Where is the Disperkimtan office in Palangka Raya, and what is the agency's full name?",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    (
        "Perintah apa saja yang bisa saya pakai di bot ini, Pak? Saya baru didaftarkan oleh kabid.",
        "bot.cara_pakai",
    ),
    (
        "Jam di pesan bot Sinkron itu memakai WIB atau WITA? Kemarin rekan kami bingung soal jam "
        "undangan.",
        "bot.cara_pakai",
    ),
    # bot.usul
    (
        "Kalau saya berhenti di tengah pengisian form /usul karena sinyal hilang, apakah isian "
        "yang sudah diketik ikut hilang?",
        "bot.usul",
    ),
    (
        "Apakah ada fitur salin usulan lama di /usul? Usulan tahun lalu mau kami ajukan lagi "
        "dengan sedikit perubahan.",
        "bot.usul",
    ),
    # bot.status
    (
        "Status perlu perbaikan dan dibahas di Rakor itu artinya apa, Bu? Apa yang harus kami "
        "lakukan di masing-masing status?",
        "bot.status",
    ),
    (
        "Mohon penjelasan urutan status usulan di Sinkron, dari diajukan sampai disetujui. Status "
        "mana yang sudah final?",
        "bot.status",
    ),
    # bot.ditolak_dialihkan
    (
        "Usulan kami statusnya dialihkan ke APBD kabupaten. Maksudnya bagaimana dan langkah kami "
        "selanjutnya apa, Pak?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Kalau usulan ditolak, apakah bisa dibanding atau statusnya diubah lagi lewat bot? Pak "
        "kadis keberatan dengan keputusannya.",
        "bot.ditolak_dialihkan",
    ),
    (
        "Our proposal was rejected as bukan kewenangan provinsi. What should we do next?",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    (
        "Berapa lama usulan biasanya diverifikasi setelah dikirim, Bu? Ada standar waktunya?",
        "bot.tindak_lanjut",
    ),
    (
        "Pak kadis nanya, standar tindak lanjut 3 hari kerja itu mengikat Disperkimtan atau hanya "
        "acuan bot saja?",
        "bot.tindak_lanjut",
    ),
    # bot.rapat
    (
        "Saya tidak bisa hadir di Rakor karena dinas luar. Bisakah saya menunjuk perwakilan lewat "
        "undangan di bot?",
        "bot.rapat",
    ),
    (
        "Pengingat rapat dari bot biasanya dikirim berapa kali sebelum acara, Pak? Kemarin saya "
        "tidak terima pengingat.",
        "bot.rapat",
    ),
    # istilah.perkim
    (
        "Di surat edaran tertulis Dinas Perkim kabupaten. Perkim itu kepanjangannya apa, Pak?",
        "istilah.perkim",
    ),
    # istilah.disperkimtan
    (
        "Mohon maaf Bu, Disperkimtan itu singkatan dari apa? Kenapa ada tambahan tan di "
        "belakangnya?",
        "istilah.disperkimtan",
    ),
    # istilah.psu
    (
        "Pak kadis nanya kepanjangan PSU itu apa persisnya? Beliau mau menulisnya lengkap di "
        "sambutan.",
        "istilah.psu",
    ),
    # istilah.jaling
    (
        "Di RAB konsultan tertulis pekerjaan jaling. Jaling itu maksudnya apa ya Kak?",
        "istilah.jaling",
    ),
    # istilah.drainase
    (
        "Kak, yang dimaksud drainase lingkungan dalam usulan itu apa? Apakah termasuk parit di "
        "depan rumah?",
        "istilah.drainase",
    ),
    # istilah.kr
    ("Di tabel baseline kumuh ada kode KR. Artinya apa ya Pak?", "istilah.kr"),
    # istilah.ks
    ("Izin bertanya, KS di kolom tingkat kekumuhan itu singkatan dari apa?", "istilah.ks"),
    # istilah.kb
    ("What does KB stand for in the slum-level column of our baseline table?", "istilah.kb"),
    # istilah.skkumuh
    (
        "Izin bertanya Bu, SK kumuh itu sebenarnya dokumen apa dan siapa yang menerbitkannya?",
        "istilah.skkumuh",
    ),
    # istilah.delineasi
    (
        "Delineasi kawasan kumuh itu maksudnya apa, Pak? Konsultan kami sering menyebutnya di "
        "laporan.",
        "istilah.delineasi",
    ),
    # istilah.rtlh
    (
        "Mohon info, RTLH yang sering disebut di undangan Rakor itu singkatan dari apa?",
        "istilah.rtlh",
    ),
    # istilah.rlh
    ("Di laporan capaian ada istilah RLH. Itu kepanjangannya apa, Bu?", "istilah.rlh"),
    # istilah.bedahrumah
    (
        "Program bedah rumah yang sering di berita itu maksudnya apa secara istilah, Pak?",
        "istilah.bedahrumah",
    ),
    # istilah.bsps
    (
        "BSPS itu program apa dan kepanjangannya apa, Pak? Ada warga yang menanyakan ke kantor.",
        "istilah.bsps",
    ),
    # istilah.mbr
    ("MBR di dokumen perumahan itu singkatan dari apa ya Bu?", "istilah.mbr"),
    # istilah.rusunawa
    (
        "Pak, rusunawa itu singkatan apa? Pak bupati sempat menyebutnya di rapat.",
        "istilah.rusunawa",
    ),
    # istilah.rusus
    ("Rusus itu artinya apa ya Bu? Apakah sama dengan rumah dinas?", "istilah.rusus"),
    # istilah.huntara
    (
        "Pasca banjir kemarin ada istilah huntara di laporan BPBD. Maksudnya apa, Pak?",
        "istilah.huntara",
    ),
    # istilah.huntap
    ("Huntap itu kepanjangannya apa? Mohon info Kak.", "istilah.huntap"),
    # istilah.kk
    (
        "Dalam form usulan diminta jumlah KK. KK di sini maksudnya kepala keluarga atau kartu "
        "keluarga?",
        "istilah.kk",
    ),
    # istilah.jiwa
    (
        "Kolom jiwa di usulan itu maksudnya jumlah orang ya Pak, bukan jumlah rumah?",
        "istilah.jiwa",
    ),
    # istilah.ha
    ("Satuan ha di form itu hektare ya? Satu ha itu berapa meter persegi?", "istilah.ha"),
    # istilah.ded
    ("DED itu singkatan dari apa, Pak? Kami sering diminta melampirkannya.", "istilah.ded"),
    # istilah.rab
    ("Izin bertanya, RAB itu kepanjangannya apa?", "istilah.rab"),
    # istilah.rks
    ("RKS dalam dokumen teknis itu maksudnya apa, Bu?", "istilah.rks"),
    # istilah.kak
    ("KAK itu sama dengan TOR ya Bu? Kepanjangannya apa?", "istilah.kak"),
    # istilah.siteplan
    (
        "What is a site plan in the context of a PSU proposal? Is it the same as rencana tapak?",
        "istilah.siteplan",
    ),
    # istilah.rc
    ("Di daftar periksa usulan ada singkatan RC. Itu apa, Pak?", "istilah.rc"),
    # istilah.bast
    (
        "BAST itu singkatan dari apa, Pak? Pak Sekdis tanya untuk dokumen serah terima.",
        "istilah.bast",
    ),
    # istilah.hibah
    ("Arti kata hibah dalam konteks barang milik pemerintah itu apa, Bu?", "istilah.hibah"),
    # istilah.bmd
    ("BMD itu singkatan apa ya Pak?", "istilah.bmd"),
    # istilah.bmn
    (
        "Kalau BMN kepanjangannya apa, Bu? Ada aset jalan dari kementerian yang disebut BMN.",
        "istilah.bmn",
    ),
    # istilah.op
    ("O&P di surat pernyataan itu maksudnya apa, Pak?", "istilah.op"),
    # istilah.spm
    ("SPM itu singkatan dari apa, Bu? Sering muncul di laporan kinerja.", "istilah.spm"),
    # istilah.pokjapkp
    ("Pokja PKP itu kepanjangannya apa ya Kak?", "istilah.pokjapkp"),
    # istilah.pokjappas
    ("Pokja PPAS itu singkatan dari apa, Pak? Sekda kami disebut ketuanya.", "istilah.pokjappas"),
    # istilah.pokjaampl
    ("AMPL di Pokja AMPL itu kepanjangannya apa?", "istilah.pokjaampl"),
    # istilah.rp3kp
    ("RP3KP itu dokumen apa, Pak? Berapa tahun jangka waktunya?", "istilah.rp3kp"),
    # istilah.rp2kpkp
    ("Izin bertanya, RP2KPKP kepanjangannya apa dan bedanya dengan RP3KP?", "istilah.rp2kpkp"),
    # istilah.kotaku
    ("Program KOTAKU yang dulu ada di kelurahan kami itu apa, Bu?", "istilah.kotaku"),
    # istilah.daktematikppkt
    ("DAK Tematik PPKT itu singkatan dari apa, Pak?", "istilah.daktematikppkt"),
    # istilah.apbn
    ("Sorry, what does APBN stand for? I'm new here.", "istilah.apbn"),
    # istilah.apbd
    ("APBD itu kepanjangannya apa, Kak?", "istilah.apbd"),
    # istilah.apbdes
    ("APBDes itu apa ya Pak? Kepala desa menawarkan dana pendamping dari situ.", "istilah.apbdes"),
    # istilah.bankeu
    (
        "Bankeu yang disebut pak kadis itu maksudnya bantuan keuangan dari provinsi ya?",
        "istilah.bankeu",
    ),
    # istilah.pokir
    ("Pokir itu apa, Bu? Ada usulan yang katanya lewat pokir dewan.", "istilah.pokir"),
    # istilah.musrenbang
    (
        "Musrenbang itu singkatan dari apa, dan berjenjang dari mana sampai mana?",
        "istilah.musrenbang",
    ),
    # istilah.rkpd
    ("What does RKPD mean?", "istilah.rkpd"),
    # istilah.renja
    ("Renja itu maksudnya rencana kerja dinas ya Pak?", "istilah.renja"),
    # istilah.renstra
    ("Renstra itu dokumen apa, Bu? Jangka waktunya berapa tahun?", "istilah.renstra"),
    # istilah.rpjmd
    ("RPJMD itu kepanjangannya apa, Pak?", "istilah.rpjmd"),
    # istilah.kuappas
    (
        "KUA-PPAS itu singkatan dari apa, Kak? Muncul terus di jadwal penganggaran.",
        "istilah.kuappas",
    ),
    # istilah.rka
    ("RKA itu dokumen apa ya Bu?", "istilah.rka"),
    # istilah.dpa
    ("DPA itu singkatan dari apa, Pak?", "istilah.dpa"),
    # istilah.sipd
    ("SIPD itu kepanjangannya apa? Operator kami baru.", "istilah.sipd"),
    # istilah.bapperida
    ("Bapperida itu badan apa, Pak? Dulu namanya Bappeda kan?", "istilah.bapperida"),
    # istilah.opd
    ("OPD itu singkatan dari apa, Bu?", "istilah.opd"),
    # istilah.skpd
    ("SKPD sama OPD itu beda tidak? SKPD kepanjangannya apa?", "istilah.skpd"),
    # istilah.spam
    ("SPAM itu singkatan dari apa? Bukan spam email kan Pak.", "istilah.spam"),
    # istilah.spald
    ("What does SPALD stand for in sanitation planning?", "istilah.spald"),
    # istilah.ipal
    ("IPAL itu apa, Bu?", "istilah.ipal"),
    # istilah.tps3r
    ("TPS3R itu kepanjangannya apa, Kak?", "istilah.tps3r"),
    # istilah.mck
    ("MCK itu singkatan dari apa ya Pak? Untuk dicantumkan di justifikasi.", "istilah.mck"),
    # istilah.rtrw
    ("RTRW itu kepanjangannya apa? Ada syarat lahan sesuai RTRW.", "istilah.rtrw"),
    # istilah.rdtr
    ("RDTR itu apa bedanya dengan RTRW, Bu? Apa kepanjangan RDTR?", "istilah.rdtr"),
    # istilah.pbg
    ("PBG itu singkatan apa, Pak? Katanya pengganti IMB.", "istilah.pbg"),
    # istilah.slf
    ("SLF itu kepanjangannya apa ya Kak?", "istilah.slf"),
    # istilah.skbg
    ("SKBG itu sertifikat apa, Pak?", "istilah.skbg"),
    # istilah.skt
    ("SKT itu surat apa ya Bu? Warga bilang tanahnya baru ada SKT.", "istilah.skt"),
    # istilah.cleanandclear
    ("Istilah clean and clear untuk lahan itu maksudnya apa, Pak?", "istilah.cleanandclear"),
    # istilah.csr
    ("CSR itu singkatan dari apa, Bu? Ada perusahaan sawit yang mau bantu.", "istilah.csr"),
    # istilah.rakor
    ("Rakor itu kepanjangannya apa, Pak? Staf baru kami belum tahu.", "istilah.rakor"),
    # istilah.lapor
    (
        "LAPOR! itu sistem apa, Pak? Tadi disebut sebagai acuan standar tindak lanjut.",
        "istilah.lapor",
    ),
    # istilah.wib
    ("WIB itu singkatan apa dan selisihnya berapa jam dari UTC?", "istilah.wib"),
    # istilah.backlog
    (
        "What does backlog mean in housing, Pak? It was in the RPJMD problem list.",
        "istilah.backlog",
    ),
    # istilah.pkp
    ("PKP itu kepanjangannya apa, Bu? Sering disebut bidang PKP.", "istilah.pkp"),
    # istilah.kumuh
    (
        "Yang dimaksud permukiman kumuh itu apa sebenarnya, Pak? Definisinya menurut "
        "undang-undang.",
        "istilah.kumuh",
    ),
    # istilah.dak
    ("DAK itu singkatan dari apa ya Kak?", "istilah.dak"),
    # istilah.rusun
    ("Rusun itu singkatan dari apa, Bu?", "istilah.rusun"),
]

ROUND24_INTENTS: list[tuple[str, str]] = [
    (
        "Selamat siang Pak, mohon info status usulan kami USL-2026-0014 sudah sampai tahap mana "
        "ya?",
        "status",
    ),
    (
        "Izin bertanya Bu, usulan jalan lingkungan Kabupaten Barut yang kami kirim bulan lalu "
        "sudah diverifikasi belum?",
        "status",
    ),
    (
        "Pak kadis nanya, usulan-usulan kita tahun ini posisinya sekarang bagaimana? Ada yang "
        "diminta perbaikan?",
        "status",
    ),
    (
        "Mohon ditampilkan daftar usulan kabupaten kami beserta statusnya masing-masing, Kak.",
        "status",
    ),
    ("Could you check the status of our proposal usl 2026 7, please?", "status"),
    (
        "Usulan drainase Kuala Pembuang kami sudah masuk pembahasan Rakor atau masih diajukan, "
        "Pak?",
        "status",
    ),
    (
        "Mohon info Pak, Rakor Bidang Kawasan Permukiman tahun ini dijadwalkan tanggal berapa dan "
        "di mana?",
        "meeting",
    ),
    (
        "Pak Sekdis mau atur jadwal dinas luar. Kapan rapat koordinasi berikutnya dengan provinsi?",
        "meeting",
    ),
    (
        "Izin bertanya, rapat berikutnya diadakan di Aula Disperkimtan atau di hotel? Jam berapa "
        "mulainya?",
        "meeting",
    ),
    ("When is the next Rakor and where will it be held?", "meeting"),
    (
        "Apakah sudah ada jadwal rapat sinkronisasi berikutnya, Bu? Kami perlu mengajukan SPPD.",
        "meeting",
    ),
    ("Kak, jadwal Rakor 2026 sudah keluar belum? Pak kadis ingin hadir langsung.", "meeting"),
    ("Batas akhir pengiriman usulan untuk TA 2027 kapan ya Bu?", "deadline"),
    ("Pak, tenggat usulan tahun ini tanggal berapa? Kami masih melengkapi DED.", "deadline"),
    ("Mohon info sampai kapan usulan masih bisa dikirim sebelum pengusulan ditutup?", "deadline"),
    (
        "Pak kadis nanya, usulan kabupaten paling lambat masuk kapan supaya masih bisa diproses "
        "tahun ini?",
        "deadline",
    ),
    ("What is the deadline for submitting proposals this year?", "deadline"),
    (
        "Kalau usulan kami kirim minggu depan, masih sempat sebelum tenggat atau sudah tutup, Bu?",
        "deadline",
    ),
    ("Selamat pagi Pak/Bu admin, izin bergabung. Saya staf Dinas Perkim Katingan.", "greeting"),
    ("Terima kasih banyak atas penjelasannya Pak, sangat membantu untuk bahan Rakor.", "greeting"),
    ("Bot ini bisa membantu apa saja ya?", "greeting"),
    ("Assalamualaikum, selamat sore Bapak Ibu.", "greeting"),
    ("Hi, what can you help me with?", "greeting"),
    ("Menu bantuannya di mana ya? Saya baru pertama kali pakai bot ini.", "greeting"),
    ("Izin bertanya Pak, bagaimana cara mengirim usulan lewat bot ini?", "how_to_submit"),
    ("Langkah-langkah input usulan kumuh di Sinkron itu bagaimana, Bu?", "how_to_submit"),
    (
        "Saya mau mengajukan usulan PSU untuk TA 2027 lewat bot, mulainya dari menu apa?",
        "how_to_submit",
    ),
    ("How do I submit a proposal through this bot?", "how_to_submit"),
    (
        "Pak kadis minta saya yang menginput usulan ke provinsi lewat Telegram. Caranya bagaimana "
        "ya?",
        "how_to_submit",
    ),
    ("Mau ajukan usulan baru lewat bot, perintahnya apa Kak?", "how_to_submit"),
]

ROUND24_AREAS: list[tuple[str, str]] = [
    (
        "Pak, kawasan kumuh di Kelurahan Ketapang luasnya 9,5 ha menurut SK. Ini diusulkan ke "
        "provinsi atau tetap ditangani kabupaten?",
        "kabkota",
    ),
    (
        "Izin bertanya Bu, luas delineasi lokasi kami tepat 10 ha. Itu kewenangan siapa?",
        "provinsi",
    ),
    (
        "Kadis nanya, lokasi kumuh 14,99 hektar itu masih kewenangan provinsi kan? Beliau mau "
        "tanda tangan surat usulan.",
        "provinsi",
    ),
    (
        "Kawasan kumuh pas 15 hektare di Pahandut, lebih baik diusulkan ke provinsi atau ke pusat?",
        "pusat",
    ),
    (
        "Kawasan kumuh seluas 120.000 m2 di Selat Hulu. Apakah bisa diusulkan ke provinsi, Pak?",
        "provinsi",
    ),
    ("Luasnya 95.000 meter persegi menurut SK bupati. Kewenangan siapa ya Kak?", "kabkota"),
    ("A slum area of 16.2 hectares in Sampit: which level of government is responsible?", "pusat"),
    ("Our slum site is 12.5 ha according to the SK. Is that provincial authority?", "provinsi"),
    (
        "Lokasi kumuh kami kurang dari 10 ha, sekitar 7,8 ha. Masih bisa diusulkan ke provinsi "
        "tidak, Bu?",
        "kabkota",
    ),
    ("Kumuhnya lebih dari 15 ha, tepatnya 21 ha di Kapuas Hilir. Kewenangan siapa, Pak?", "pusat"),
    ("Luas kawasan 100.000 m² pas menurut peta delineasi. Siapa yang menangani, Bu?", "provinsi"),
    ("Pak kadis nanya, kawasan kumuh 150.000 meter persegi masuk kewenangan siapa?", "pusat"),
    (
        "Izin bertanya, kumuh 3 hektar di Desa Sidorejo itu tanggung jawab kabupaten ya Pak?",
        "kabkota",
    ),
    ("Lokasi kami di atas 10 ha, tepatnya 10,4 ha. Sebaiknya diusulkan ke mana, Bu?", "provinsi"),
    ("Kalau luasnya di bawah 15 ha, yaitu 14,5 hektare, masih provinsi kan Pak?", "provinsi"),
    ("The delineated slum area is 9.99 ha. Provincial or regency?", "kabkota"),
    ("Kawasan kumuh 35 ha di Baamang, apakah kabupaten bisa mengusulkannya ke provinsi?", "pusat"),
    ("Lokasi kumuh 0,8 ha di gang sempit Pasir Putih, kewenangan siapa ya Bu?", "kabkota"),
    ("Slum of 142.000 m2 di Palangka Raya, provincial or central authority?", "provinsi"),
    ("Luas kawasan kumuh kami 11,25 ha menurut SK 2023. Ini ranah provinsi ya Pak?", "provinsi"),
    ("Luas di SK-nya 15,3 ha dan pak kadis mau usul ke provinsi. Bisa tidak, Bu?", "pusat"),
    (
        "Kumuh 8 hektare di Kumai, lebih tepat pakai APBD kabupaten atau usul ke provinsi?",
        "kabkota",
    ),
    ("Kurang dari 10 hektar, cuma 4,6 ha. Itu level mana yang menangani, Kak?", "kabkota"),
    ("Slum area of exactly 15 hectares: which level handles it?", "pusat"),
    ("Kawasan kumuh di Kelurahan Langkai luasnya 13 ha. Kewenangan siapa, Pak?", "provinsi"),
]

ROUND24_OUT_OF_SCOPE: list[str] = [
    "Besok cuaca di Palangka Raya hujan tidak, Pak? Kami ada kunjungan lapangan.",
    "Skor pertandingan Kalteng Putra semalam berapa ya?",
    "Rekomendasi hotel dekat Bundaran Besar untuk peserta Rakor yang murah di mana, Kak?",
    "Berapa pagu anggaran Disperkimtan Provinsi untuk PSU tahun 2027, Pak?",
    (
        "Total APBD Kalteng 2026 untuk bidang kawasan permukiman berapa? Pak kadis mau kutip di "
        "sambutan."
    ),
    "Harga satuan paving block per meter persegi di Kotim tahun 2026 berapa, Bu?",
    "Berapa HSPK untuk pekerjaan saluran U-ditch 40x40 di Palangka Raya?",
    "Siapa pemenang tender jalan lingkungan di Kelurahan Pasir Putih tahun lalu?",
    "Nomor HP Kabid Kawasan Permukiman Disperkimtan berapa ya? Mau konfirmasi undangan.",
    "Mohon nomor WhatsApp admin Disperkimtan yang bisa dihubungi langsung, Pak.",
    "Pergub Kalimantan Selatan tentang bantuan RTLH itu nomor berapa dan apa saja syaratnya?",
    (
        "Perda Provinsi Kalimantan Timur tentang penyerahan PSU perumahan itu nomor berapa tahun "
        "berapa?"
    ),
    (
        "SIPD saya error waktu input sub kegiatan, muncul kode rekening tidak ditemukan. "
        "Solusinya apa?"
    ),
    "Akun SIPD operator kami terkunci setelah ganti pejabat. Bagaimana cara membukanya, Pak?",
    "Kapan pelantikan pejabat eselon III di Disperkimtan? Kabid kami ditanya soal mutasi.",
    "Apakah tenaga honorer di Dinas Perkim kabupaten bisa diangkat jadi PPPK tahun depan?",
    "Berapa uang harian perjalanan dinas untuk peserta Rakor dari kabupaten, Bu?",
    "Mutu beton untuk rabat jalan lingkungan itu K-225 atau K-250? Tebal minimalnya berapa cm?",
    "Kemiringan minimal saluran drainase lingkungan berapa persen menurut standar teknis, Pak?",
    "Spesifikasi teknis rumah panggung tahan banjir untuk huntap itu bagaimana?",
    "Berapa kuota BSPS untuk Kabupaten Seruyan tahun 2027?",
    "Berapa nilai bantuan per unit RTLH provinsi tahun 2026, Pak?",
    "Bagaimana cara mengurus PBG untuk rumah pribadi saya di Jekan Raya, dan berapa biayanya?",
    "Berapa honor konsultan pendamping kumuh per bulan di kabupaten?",
    "What was the total realised budget for slum upgrading in Kalteng in 2025?",
    "Can you recommend a reliable contractor for drainage works in Sampit?",
    "Berapa persen backlog perumahan di Kabupaten Kapuas tahun 2025, Bu?",
    "Will it rain in Palangka Raya tomorrow morning?",
]
