"""Training table R10 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Variety of voice: some thirty ways of writing no other table had (thinking aloud and changing
course, a question wrapped in an apology, the expected answer stated for confirmation, indirect
curiosity, an officer near retirement, a residents' group's spokesperson, the deferential
"izin ... siap" register, venting, quoting an invitation or a form field, pantun openers,
metaphors and proverbs), with out-of-scope messages in the same voices.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R10_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "Hmm, saya mau bikin peta sederhana siapa pegang apa di urusan perumahan dan kawasan "
        "permukiman... eh, lebih baik saya tanya langsung saja: secara garis besar apa "
        "bagian pusat, apa bagian provinsi, dan apa bagian kabupaten/kota?",
        "kewenangan.ringkasan",
    ),  # thinking aloud
    (
        "Minggu depan saya diminta memaparkan pembagian tugas di bidang perumahan dan "
        "permukiman antara pusat, provinsi dan kabupaten di depan para kasi. Gambaran "
        "besarnya seperti apa supaya saya tidak keliru?",
        "kewenangan.ringkasan",
    ),  # preparing a briefing
    (
        "Ibarat satu rumah besar dengan tiga penghuni, yaitu pusat, provinsi dan kabupaten, "
        "kamar masing-masing di urusan PKP itu yang mana saja?",
        "kewenangan.ringkasan",
    ),  # metaphor
    (
        "Staf Perkim Lamandau ini masih suka tertukar: urusan perumahan rakyat dan kawasan "
        "permukiman itu secara ringkas dibagi ke tiga tingkat pemerintahan seperti apa?",
        "kewenangan.ringkasan",
    ),  # third-person self-reference
    # kewenangan.urusan_wajib
    (
        "Setahu saya perumahan rakyat dan kawasan permukiman termasuk urusan wajib yang "
        "berkaitan dengan pelayanan dasar, di Pasal 12 UU 23/2014. Betul begitu kan?",
        "kewenangan.urusan_wajib",
    ),  # states the expected answer
    (
        "Sebenarnya apa makna bidang perumahan disebut urusan wajib pelayanan dasar? Kenapa "
        "tidak digolongkan sebagai urusan pilihan saja?",
        "kewenangan.urusan_wajib",
    ),  # philosophical
    (
        "Maaf sekali kalau ini pertanyaan yang sangat dasar... dalam pembagian urusan "
        "pemerintahan, perumahan itu masuk golongan wajib atau pilihan ya?",
        "kewenangan.urusan_wajib",
    ),  # apology wrapper
    (
        "Kami di kantor sedang berdebat, tolong jadi penengah: yang satu bilang perkim itu "
        "urusan pilihan, yang lain bilang urusan wajib pelayanan dasar. Menurut UU Pemda "
        "mana yang benar?",
        "kewenangan.urusan_wajib",
    ),  # settling an office debate
    # kewenangan.kumuh
    (
        "Kawasan kumuh kami luasnya 8 ha... eh tunggu, setelah dicek ulang ternyata 11 ha. "
        "Kalau 11 ha, penanganannya jadi tanggung jawab pemerintah yang mana?",
        "kewenangan.kumuh",
    ),  # thinking aloud
    (
        "Pembagian penanganan kawasan kumuh menurut luas itu garisnya di angka berapa saja "
        "(kalau tidak salah ada 10 dan 15 hektare), dan masing-masing jatuh ke siapa?",
        "kewenangan.kumuh",
    ),  # parenthetical asides
    (
        "Waktu saya masih muda belum ada pembagian kumuh berdasarkan hektare. Sebelum "
        "pensiun saya ingin paham betul: lokasi kumuh yang luasnya pas 10 ha itu masuk "
        "kabupaten atau provinsi?",
        "kewenangan.kumuh",
    ),  # near-retirement veteran
    (
        "Izin bertanya, Pak. Lokasi kumuh kami di Baamang tercatat 9,6 ha. Mohon petunjuk, "
        "itu kewenangan tingkat mana? Siap, terima kasih.",
        "kewenangan.kumuh",
    ),  # izin/siap deference
    # kewenangan.kumuh_pusat
    (
        "Lokasi kumuh kami di Kecamatan Selat luasnya 23 ha. Kalau bukan provinsi dan bukan "
        "kabupaten, lalu siapa lagi yang bertanggung jawab untuk kawasan seluas itu?",
        "kewenangan.kumuh_pusat",
    ),  # rhetorical framing
    (
        "Oh berarti yang luasnya tepat 15 ha sudah lepas dari provinsi ya? Jadi kumuh 15 ha "
        "ke atas itu dipegang pemerintah pusat?",
        "kewenangan.kumuh_pusat",
    ),  # 'oh berarti' follow-up
    (
        "Saya penasaran saja, kawasan kumuh yang besar-besar, yang 15 hektare lebih, itu "
        "sebenarnya jadi urusan tingkat pemerintahan mana ya...",
        "kewenangan.kumuh_pusat",
    ),  # indirect curiosity
    (
        "Di SK lama tahun 2021 lokasi kami tercatat 12 ha, di SK hasil review sekarang "
        "menjadi 17 ha. Untuk usulan tahun depan, kawasan 17 ha itu kewenangan siapa?",
        "kewenangan.kumuh_pusat",
    ),  # two time frames
    # kewenangan.pencegahan_kumuh
    (
        "Mencegah lebih baik daripada mengobati: kami ingin kampung di tepi sungai tidak "
        "telanjur jadi kumuh. Pencegahan kumuh itu tugas provinsi atau kabupaten?",
        "kewenangan.pencegahan_kumuh",
    ),  # proverb
    (
        "Mungkin pertanyaan saya agak aneh, mohon maaf... program pencegahan perumahan dan "
        "permukiman kumuh boleh tidak diusulkan ke provinsi?",
        "kewenangan.pencegahan_kumuh",
    ),  # apology wrapper
    (
        "Dugaan saya pencegahan kumuh itu murni tugas kabupaten/kota dan provinsi tidak "
        "punya bagian di situ. Tepat begitu?",
        "kewenangan.pencegahan_kumuh",
    ),  # states the expected answer
    (
        "Tahun lalu kami fokus meningkatkan kualitas lokasi kumuh, tahun depan mau bergeser "
        "ke pencegahan. Untuk pencegahan, pemerintah mana yang memegang kewenangannya?",
        "kewenangan.pencegahan_kumuh",
    ),  # two time frames
    # kewenangan.perumahan
    (
        "Di sub-urusan perumahan itu apa saja sih yang jadi bagian provinsi dan apa yang "
        "bagian kabupaten/kota? Saya sering tertukar...",
        "kewenangan.perumahan",
    ),  # trailing ellipses
    (
        "Staf Disperkim Barsel ini mau memastikan: di sub-urusan perumahan (bukan kawasan "
        "permukiman), provinsi kebagian tugas apa saja?",
        "kewenangan.perumahan",
    ),  # third-person self-reference
    (
        "Saya orang teknik sipil, lebih paham beton daripada pembagian urusan. Di sub-urusan "
        "perumahan, kabupaten sebenarnya berwenang atas apa saja?",
        "kewenangan.perumahan",
    ),  # discipline outsider
    (
        "Ada yang bilang provinsi boleh membangun rumah untuk siapa saja. Bukankah itu "
        "keliru? Batas kewenangan provinsi di sub-urusan perumahan sebenarnya sampai mana?",
        "kewenangan.perumahan",
    ),  # rhetorical framing
    # kewenangan.perumahan_pusat
    (
        "Kami berharap provinsi bisa membantu membangun rumah untuk MBR di Kuala Kurun... "
        "semoga bisa ya? Atau penyediaan rumah MBR itu memang wewenang pusat?",
        "kewenangan.perumahan_pusat",
    ),  # hopeful wish
    (
        "Pembangunan rumah susun untuk warga berpenghasilan rendah itu dipegang siapa ya, "
        "kabupaten? provinsi? atau jangan-jangan pusat?",
        "kewenangan.perumahan_pusat",
    ),  # multiple guesses
    (
        "Soal sistem pembiayaan perumahan untuk MBR, semacam kredit rumah murah, itu diatur "
        "tingkat mana? Rasanya bukan urusan daerah ya...",
        "kewenangan.perumahan_pusat",
    ),  # trailing ellipses
    (
        "Di bahan sosialisasi tertulis 'penyediaan rumah bagi MBR merupakan kewenangan "
        "Pemerintah Pusat'. Artinya provinsi sama sekali tidak menangani rumah MBR?",
        "kewenangan.perumahan_pusat",
    ),  # quoting a text received
    # kewenangan.bencana_relokasi
    (
        "Tolong cepat ya, sore ini saya harus lapor ke pimpinan: rumah untuk korban bencana "
        "itu ditangani provinsi atau kabupaten, dan tergantung apa?",
        "kewenangan.bencana_relokasi",
    ),  # urgent time pressure
    (
        "Saya penasaran bagaimana dengan rumah warga yang terkena relokasi karena program "
        "pemerintah provinsi; siapa yang wajib memfasilitasi rumah layak huninya?",
        "kewenangan.bencana_relokasi",
    ),  # indirect curiosity
    (
        "Oh berarti rumah korban bencana tingkat provinsi memang tanggungan provinsi, "
        "sedangkan korban bencana nasional diurus pusat, begitu ya?",
        "kewenangan.bencana_relokasi",
    ),  # 'oh berarti' follow-up
    (
        "Di seksi kami ada perdebatan soal rumah pascabencana: yang satu bilang selalu "
        "urusan pusat, yang lain bilang tergantung skala bencananya. Siapa yang benar?",
        "kewenangan.bencana_relokasi",
    ),  # settling an office debate
    # kewenangan.izin
    (
        "Izin pembangunan perumana itu siapa yang menerbitkan? *perumahan maksud saya. "
        "Provinsi atau kabupaten/kota?",
        "kewenangan.izin",
    ),  # asterisk self-correction
    (
        "SKBG, sertifikat kepemilikan bangunan gedung (untuk rusun), itu diterbitkan tingkat "
        "pemerintahan yang mana ya (provinsi atau kabupaten)?",
        "kewenangan.izin",
    ),  # parenthetical asides
    (
        "Dulu waktu saya masih di bagian perizinan, izin kawasan permukiman dipegang "
        "kabupaten. Menjelang pensiun ini saya ingin tahu, sekarang masih tetap "
        "kabupaten/kota?",
        "kewenangan.izin",
    ),  # near-retirement veteran
    (
        "Pengurus paguyuban warga di Arut Selatan minta saya menanyakan: izin pembangunan "
        "dan pengembangan kawasan permukiman itu diurus ke provinsi atau ke pemkab?",
        "kewenangan.izin",
    ),  # on behalf of a community group
    # kewenangan.kawasan_permukiman
    (
        "Saya sedang menyusun bahan paparan: di sub-urusan kawasan permukiman, tugas pusat, "
        "provinsi dan kabupaten/kota masing-masing apa?",
        "kewenangan.kawasan_permukiman",
    ),  # preparing a briefing
    (
        "Di bahan Rakor tertulis 'penyelenggaraan kawasan permukiman' sebagai fungsi "
        "provinsi. Dalam sub-urusan kawasan permukiman, apa yang dipegang provinsi dan apa "
        "yang tersisa untuk kabupaten?",
        "kewenangan.kawasan_permukiman",
    ),  # quoting a text received
    (
        "Penetapan sistem kawasan permukiman nasional ada di pusat kan? Lalu kabupaten di "
        "sub-urusan kawasan permukiman kebagian apa?",
        "kewenangan.kawasan_permukiman",
    ),  # states the expected answer
    (
        "Jujur saya capek, tiap rapat istilah 'kawasan permukiman' dipakai dengan arti "
        "berbeda-beda. Menurut pembagian urusan, sub-urusan kawasan permukiman itu mencakup "
        "apa saja?",
        "kewenangan.kawasan_permukiman",
    ),  # frustrated venting
    # kewenangan.psu
    (
        "Ketua RT sebuah perumahan developer di Sabangau minta saya bertanya: jalan di dalam "
        "perumahan mereka itu PSU perumahan yang ditangani pemkot, atau PSU permukiman yang "
        "bisa diusulkan ke provinsi?",
        "kewenangan.psu",
    ),  # on behalf of a community group
    (
        "PSU permukiman itu bagian provinsi, PSU perumahan bagian kabupaten... atau malah "
        "kebalikannya? atau dua-duanya bisa?",
        "kewenangan.psu",
    ),  # multiple guesses
    (
        "Saya tidak mau disalahkan karena salah alamat mengusulkan. PSU itu ada dua macam "
        "kan, permukiman dan perumahan; masing-masing kewenangan siapa?",
        "kewenangan.psu",
    ),  # blame-averse
    (
        "Bukankah semua PSU itu urusan kabupaten? Kok ada yang menyebut provinsi juga "
        "menangani PSU, bagian provinsi itu yang mana?",
        "kewenangan.psu",
    ),  # rhetorical framing
    # psu.lingkup_provinsi
    (
        "Kenapa ya provinsi cuma mau membangun jalan lingkungan dan drainase? Kami juga "
        "butuh balai warga. PSU yang dikerjakan Disperkimtan memang hanya sebatas itu?",
        "psu.lingkup_provinsi",
    ),  # complaint-framed
    (
        "Semoga drainase di sepanjang jalan kabupaten di Kuala Kurun bisa dibantu lewat "
        "program PSU provinsi... atau jalan kabupaten memang tidak termasuk ya?",
        "psu.lingkup_provinsi",
    ),  # hopeful wish
    (
        "PSU dari provinsi (jalan lingkungan, drainase, dan sejenisnya) itu berlaku juga "
        "untuk permukiman di perdesaan, atau hanya di perkotaan?",
        "psu.lingkup_provinsi",
    ),  # parenthetical asides
    (
        "Kemarin di usulan sudah saya tulis: jalan lingkungan, drainase, sekaligus lampu "
        "jalan dan taman. Sudah tepat belum langkah saya, atau yang dibangun provinsi cuma "
        "sebagian dari itu?",
        "psu.lingkup_provinsi",
    ),  # self-check of own steps
    # kewenangan.sertifikasi
    (
        "Saya penasaran, orang atau badan usaha yang merancang rumah dan merencanakan PSU "
        "itu disertifikasi dan diregistrasi oleh pemerintah yang mana?",
        "kewenangan.sertifikasi",
    ),  # indirect curiosity
    (
        "Untuk perancang rumah dan perencana PSU: kemampuan kecil oleh kabupaten, menengah "
        "oleh provinsi, besar oleh pusat. Urutannya memang begitu ya?",
        "kewenangan.sertifikasi",
    ),  # states the expected answer
    (
        "Sertifikasi perencana rumah itu urusan asosiasi profesi kali ya... eh, tapi di "
        "lampiran UU 23 kayaknya disebut juga. Jadi menurut UU Pemda, registrasi perancang "
        "rumah dan PSU dibagi bagaimana?",
        "kewenangan.sertifikasi",
    ),  # thinking aloud
    (
        "Ibarat SIM yang golongannya berjenjang, sertifikasi perancang rumah dan PSU juga "
        "bertingkat kecil, menengah, besar kan? Masing-masing diterbitkan tingkat mana?",
        "kewenangan.sertifikasi",
    ),  # metaphor
    # kewenangan.spm
    (
        "Laporan capaian SPM harus masuk akhir bulan ini, cepat ya: jenis pelayanan dasar "
        "SPM perumahan untuk kabupaten/kota itu apa, dan targetnya berapa persen?",
        "kewenangan.spm",
    ),  # urgent time pressure
    (
        "Di format laporan SPM ada kolom 'jumlah warga negara korban bencana yang memperoleh "
        "rumah layak huni'. Jadi SPM perumahan itu sebenarnya menuntut apa dari daerah?",
        "kewenangan.spm",
    ),  # reading a form field
    (
        "Provinsi dan kabupaten sama-sama punya SPM perumahan kan? Bedanya cuma pada skala "
        "bencana dan program relokasinya, betul?",
        "kewenangan.spm",
    ),  # states the expected answer
    (
        "Sebenarnya SPM perumahan itu mau menjamin apa bagi warga? Kenapa yang disebut hanya "
        "korban bencana dan warga terdampak relokasi, bukan semua warga?",
        "kewenangan.spm",
    ),  # philosophical
    # kumuh.luas_delineasi
    (
        "Luas kumuh yang dihitung itu luas kelurahan seluruhnya? atau luas RT yang kumuh "
        "saja? atau luas sesuai batas delineasi di SK kumuh?",
        "kumuh.luas_delineasi",
    ),  # multiple guesses
    (
        "Oh berarti yang dihitung bukan luas seluruh desa ya, tapi luas kawasan yang ditarik "
        "batasnya dalam SK kumuh bupati?",
        "kumuh.luas_delineasi",
    ),  # 'oh berarti' follow-up
    (
        "Di SK kumuh lama luas kami diukur skala lingkungan, di SK baru skala kawasan, "
        "angkanya jadi berbeda. Nanti luas yang mana yang dipakai provinsi untuk menilai "
        "kewenangan?",
        "kumuh.luas_delineasi",
    ),  # two time frames
    (
        "Kalau diukur di peta satelit lokasi kumuh kami sekitar 13 ha, padahal di SK "
        "tertulis 9 ha. Saya takut dianggap memanipulasi angka; luas mana yang sah dipakai?",
        "kumuh.luas_delineasi",
    ),  # blame-averse
    # kumuh.penetapan
    (
        "Masa provinsi bisa menetapkan lokasi kumuh di wilayah kami tanpa keputusan bupati? "
        "Yang berwenang menetapkan lokasi kumuh itu sebenarnya siapa?",
        "kumuh.penetapan",
    ),  # rhetorical framing
    (
        "SK kumuh kabupaten kami terbit tahun 2017 dan sampai sekarang belum pernah "
        "direvisi. Sebenarnya berapa tahun sekali penetapan lokasi kumuh harus ditinjau?",
        "kumuh.penetapan",
    ),  # two time frames
    (
        "Rancangan SK kumuh kami baru berisi tabel daftar lokasi. Sudah cukup begitu, atau "
        "penetapan lokasi kumuh harus dilengkapi peta sebaran juga?",
        "kumuh.penetapan",
    ),  # self-check of own steps
    (
        "Ke Pulang Pisau membeli ikan, ikannya segar di pasar pagi. Lokasi kumuh siapa yang "
        "menetapkan, dan dengan keputusan apa lagi?",
        "kumuh.penetapan",
    ),  # pantun
    # kumuh.aspek
    (
        "Aspek-aspek kumuh itu apa saja ya... kondisi bangunan, jalan lingkungan, "
        "drainase... lalu apa lagi, saya lupa sisanya...",
        "kumuh.aspek",
    ),  # trailing ellipses
    (
        "Ada bahan yang menyebut 7 aspek 19 kriteria, ada yang 7 aspek 16 kriteria. Menurut "
        "Permen PUPR 14/2018, tujuh aspek kekumuhan itu apa saja?",
        "kumuh.aspek",
    ),  # reconciling conflicting numbers
    (
        "Oh berarti proteksi kebakaran dan air minum juga ikut dinilai dalam kriteria kumuh "
        "ya? Lengkapnya aspek apa saja yang dinilai?",
        "kumuh.aspek",
    ),  # 'oh berarti' follow-up
    (
        "Minggu depan kami turun survei kekumuhan di Selat Hulu, waktunya mepet: aspek apa "
        "saja yang harus kami amati di lapangan?",
        "kumuh.aspek",
    ),  # urgent time pressure
    # kumuh.penilaian
    (
        "Izin, Pak. Nilai kekumuhan itu dihitung bagaimana, skor maksimalnya berapa, dan "
        "kumuh berat mulai dari nilai berapa? Siap, terima kasih.",
        "kumuh.penilaian",
    ),  # izin/siap deference
    (
        "Total nilai kekumuhan lokasi kami 64. Itu sudah masuk kumuh berat kan?",
        "kumuh.penilaian",
    ),  # states the expected answer
    (
        "Saya penasaran kenapa nilai tiap kriteria kumuh itu meloncat 0, 1, 3, 5, tidak 1 "
        "sampai 5 berurutan. Dasar pemberian skornya apa?",
        "kumuh.penilaian",
    ),  # indirect curiosity
    (
        "Jalan-jalan ke Tamiang Layang, jangan lupa membawa payung. Skor kumuh berat mulai "
        "berapa, tolong dijawab agar tak bingung.",
        "kumuh.penilaian",
    ),  # pantun
    # kumuh.tingkat_sedang_ringan
    (
        "Lokasi kami skornya 54... *45 maksud saya, salah ketik. Skor segitu masuk kumuh "
        "sedang atau kumuh ringan?",
        "kumuh.tingkat_sedang_ringan",
    ),  # asterisk self-correction
    (
        "Batas skor antara kumuh ringan dan kumuh sedang itu di angka berapa? Saya butuh "
        "untuk lampiran laporan besok pagi.",
        "kumuh.tingkat_sedang_ringan",
    ),  # urgent time pressure
    (
        "Skor 20 itu masih tergolong kumuh ringan kan, belum sampai tidak kumuh?",
        "kumuh.tingkat_sedang_ringan",
    ),  # states the expected answer
    (
        "Bahan paparan saya perlu tabel tingkat kekumuhan. Rentang nilai kumuh sedang dan "
        "kumuh ringan itu dari berapa sampai berapa ya?",
        "kumuh.tingkat_sedang_ringan",
    ),  # preparing a briefing
    # kumuh.pola_penanganan
    (
        "Pusing saya dengan pemugaran, peremajaan, pemukiman kembali, bunyinya mirip semua. "
        "Kapan masing-masing dipakai dalam menangani kumuh?",
        "kumuh.pola_penanganan",
    ),  # frustrated venting
    (
        "Teman seruangan bilang kumuh berat di lahan legal harus dipindahkan, saya bilang "
        "cukup ditata ulang total. Pola penanganan yang tepat yang mana?",
        "kumuh.pola_penanganan",
    ),  # settling an office debate
    (
        "Permukiman di bantaran Kahayan yang lahannya tidak legal dan rawan longsor... "
        "rasanya tidak mungkin sekadar dipugar ya. Pola penanganan kumuh untuk lahan seperti "
        "itu apa...",
        "kumuh.pola_penanganan",
    ),  # trailing ellipses
    (
        "Ibarat rumah tua: ada yang cukup ditambal, ada yang dibongkar total, ada yang harus "
        "pindah. Dalam penanganan kumuh, istilah resmi tiga cara itu apa dan kapan dipakai?",
        "kumuh.pola_penanganan",
    ),  # metaphor
    # kumuh.kalteng
    (
        "Saya penasaran, secara keseluruhan ada berapa lokasi kumuh di Kalimantan Tengah dan "
        "totalnya kira-kira berapa hektare?",
        "kumuh.kalteng",
    ),  # indirect curiosity
    (
        "Untuk paparan di depan anggota DPRD saya perlu gambaran kumuh se-Kalteng: kabupaten "
        "mana yang lokasi kumuhnya paling banyak?",
        "kumuh.kalteng",
    ),  # preparing a briefing
    (
        "Data kumuh Kalteng sekitar tahun 2020 itu berapa lokasi, dan tahun 2024 kemarin "
        "provinsi menangani kawasan 10–15 ha di mana saja?",
        "kumuh.kalteng",
    ),  # two time frames
    (
        "Kumuh di Kalteng kebanyakan di tepian sungai kan, bukan di daratan? Kabupaten mana "
        "yang lokasinya paling sedikit?",
        "kumuh.kalteng",
    ),  # states the expected answer
    # usulan.isi
    (
        "Kenapa sih usulan ke provinsi harus serinci itu, sampai jumlah KK, koordinat dan "
        "status lahan? Isi usulan itu apa saja dan gunanya masing-masing apa?",
        "usulan.isi",
    ),  # complaint-framed
    (
        "Usulan kegiatan yang lengkap itu memuat apa saja ya... siapa pengusulnya, "
        "lokasinya, biayanya... terus apa lagi...",
        "usulan.isi",
    ),  # trailing ellipses
    (
        "Staf Perkim Kapuas ini sedang mengumpulkan bahan untuk usulan tahun depan. "
        "Informasi apa saja yang harus dimuat dalam satu usulan kegiatan ke provinsi?",
        "usulan.isi",
    ),  # third-person self-reference
    (
        "Sebenarnya apa tujuan provinsi meminta begitu banyak isian dalam satu usulan? "
        "Apakah semua isian itu memang dipakai untuk menilai?",
        "usulan.isi",
    ),  # philosophical
    # usulan.jenis
    (
        "Yang boleh diusulkan ke provinsi itu kumuh saja? atau PSU juga? atau bahkan RTLH "
        "dan rumah korban bencana?",
        "usulan.jenis",
    ),  # multiple guesses
    (
        "Maaf mengganggu lagi. Kegiatan kami ada yang tidak jelas masuk kategori apa. "
        "Pilihan jenis usulan yang tersedia itu apa saja, ada kategori 'lainnya'?",
        "usulan.jenis",
    ),  # apology wrapper
    (
        "Di formulir ada isian 'jenis usulan'. Pilihannya apa saja ya, supaya saya tidak "
        "salah memilih?",
        "usulan.jenis",
    ),  # reading a form field
    (
        "Tahun lalu kami hanya mengusulkan jalan lingkungan, tahun ini ingin mencoba jenis "
        "lain. Kategori usulan apa saja yang diterima provinsi?",
        "usulan.jenis",
    ),  # two time frames
    # usulan.lokasi
    (
        "Di form ada isian 'nama lokasi'. Itu ditulis nama kampungnya saja, atau harus "
        "persis seperti nama lokasi di SK kumuh?",
        "usulan.lokasi",
    ),  # reading a form field
    (
        "Lokasi usulan sudah saya isi Kecamatan Dusun Selatan, Kelurahan Buntok Kota. Apa "
        "masih perlu titik koordinat, luas, dan keterangan perkotaan atau perdesaan?",
        "usulan.lokasi",
    ),  # self-check of own steps
    (
        "Lokasi kami di Tangkiling... eh, itu masuk Kecamatan Bukit Batu bukan ya? Ya sudah, "
        "intinya data lokasi usulan itu apa saja yang harus diisi?",
        "usulan.lokasi",
    ),  # thinking aloud
    (
        "Di lapangan sinyal sering hilang, jadi titik GPS susah diambil... apakah koordinat "
        "wajib dalam data lokasi usulan, atau cukup kecamatan dan desanya...",
        "usulan.lokasi",
    ),  # trailing ellipses
    # usulan.penerima_biaya
    (
        "Saya orang lapangan, jarang pegang angka anggaran. Di usulan, bagian penerima "
        "manfaat dan biaya itu isinya apa saja: KK, jiwa, unit rumah, perkiraan rupiah?",
        "usulan.penerima_biaya",
    ),  # discipline outsider
    (
        "Semoga boleh gabungan ya: sebagian dari provinsi, sebagian pendamping dari APBD "
        "kabupaten. Pilihan sumber dana dalam usulan itu apa saja?",
        "usulan.penerima_biaya",
    ),  # hopeful wish
    (
        "Di kolom biaya saya menulis 1,5 M dan di kolom sumber dana saya pilih APBD "
        "Provinsi. Sudah benar begitu cara mengisi biaya dan sumber dananya?",
        "usulan.penerima_biaya",
    ),  # self-check of own steps
    (
        "Jumlah jiwa boleh lebih kecil dari jumlah KK tidak ya? Di data penerima manfaat "
        "kami ada yang aneh begitu...",
        "usulan.penerima_biaya",
    ),  # trailing ellipses
    # usulan.kesiapan
    (
        "Besok berkas usulan PSU harus sudah naik ke meja pimpinan. Dokumen kesiapan apa "
        "saja yang mesti terlampir supaya usulan dianggap siap?",
        "usulan.kesiapan",
    ),  # urgent time pressure
    (
        "Jangan sampai usulan kami gugur gara-gara kurang berkas dan saya yang disalahkan. "
        "Kriteria kesiapan usulan itu mencakup dokumen apa saja?",
        "usulan.kesiapan",
    ),  # blame-averse
    (
        "Kesiapan usulan itu dinilai dari apa saja? Lahan, DED, RAB, surat bupati... apa "
        "lagi ya...",
        "usulan.kesiapan",
    ),  # trailing ellipses
    (
        "Zaman saya masih muda, usulan cukup dengan surat pengantar kepala dinas. Sekarang "
        "ada istilah readiness criteria. Dokumen apa saja yang dimaksud?",
        "usulan.kesiapan",
    ),  # near-retirement veteran
    # usulan.lahan
    (
        "Sekelompok warga di Kereng Bangkirai bersedia menyerahkan tanahnya untuk drainase. "
        "Status lahan seperti apa yang diterima provinsi, dan kapan lahan disebut clean and "
        "clear?",
        "usulan.lahan",
    ),  # on behalf of a community group
    (
        "Untuk usulan ke provinsi, lahan clean and clear itu syaratnya bersertifikat, sesuai "
        "tata ruang, dan tidak sengketa kan?",
        "usulan.lahan",
    ),  # states the expected answer
    (
        "Di form ada pilihan status lahan: pemda, desa, warga bersertifikat, warga dengan "
        "SKT. Kalau lahannya tanah adat, pilih yang mana?",
        "usulan.lahan",
    ),  # reading a form field
    (
        "Sebetulnya apa pentingnya status lahan bagi provinsi? Bukankah yang penting "
        "bangunannya jadi dan dipakai warga?",
        "usulan.lahan",
    ),  # rhetorical framing
    # usulan.sk_kumuh
    (
        "Usulan kumuh kami harus mencantumkan SK kumuh ya? Nomornya, tanggalnya, lalu apa lagi...",
        "usulan.sk_kumuh",
    ),  # trailing ellipses
    (
        "SK kumuh kami terbit tahun 2019. Kalau kami mengusulkan tahun ini, SK itu masih "
        "bisa dipakai untuk usulan kumuh?",
        "usulan.sk_kumuh",
    ),  # two time frames
    (
        "Izin bertanya, Bu. Lokasi yang kami usulkan belum tercantum di SK kumuh bupati. "
        "Apakah usulan kumuhnya tetap bisa diproses provinsi? Siap.",
        "usulan.sk_kumuh",
    ),  # izin/siap deference
    (
        "Oh berarti SK kumuh yang umurnya sudah 5 tahun atau lebih dianggap kedaluwarsa "
        "untuk usulan ya? Harus pakai SK hasil review?",
        "usulan.sk_kumuh",
    ),  # 'oh berarti' follow-up
    # usulan.dokumen_teknis
    (
        "Dokumen teknis usulan itu cukup RAB saja? atau harus DED juga? atau sekalian RKS, "
        "site plan dan foto?",
        "usulan.dokumen_teknis",
    ),  # multiple guesses
    (
        "Ke Kasongan membeli rotan, rotannya diikat dengan tali. DED dan foto mesti "
        "dilampirkan, dokumen teknis apa lagi?",
        "usulan.dokumen_teknis",
    ),  # pantun
    (
        "Konsultan kami sudah selesai menyusun DED dan RAB, tapi RKS belum. Sudah benar "
        "belum kalau usulan dikirim dulu tanpa RKS? Dokumen teknis mana saja yang "
        "diharapkan?",
        "usulan.dokumen_teknis",
    ),  # self-check of own steps
    (
        "Saya orang administrasi, bukan orang teknik, dan bingung dengan DED, RAB, RKS dan "
        "site plan. Dalam usulan, dokumen teknis itu dipakai untuk apa saja?",
        "usulan.dokumen_teknis",
    ),  # discipline outsider
    # usulan.surat_pernyataan
    (
        "Di persyaratan tertulis 'surat pernyataan kesediaan menerima hibah serta operasi "
        "dan pemeliharaan'. Maksudnya kabupaten berjanji apa?",
        "usulan.surat_pernyataan",
    ),  # quoting a text received
    (
        "Kenapa kami harus membuat surat pernyataan bersedia memelihara? Bukankah yang "
        "membangun itu provinsi?",
        "usulan.surat_pernyataan",
    ),  # rhetorical framing
    (
        "Surat pernyataan O&P... saya kira dibuat setelah bangunan jadi, eh tapi mungkin "
        "justru diminta di awal ya. Kapan surat pernyataan hibah dan O&P itu dilampirkan?",
        "usulan.surat_pernyataan",
    ),  # thinking aloud
    (
        "Tolong cepat, bupati mau tanda tangan sore ini: surat pernyataan kesanggupan "
        "menerima hibah dan memelihara aset itu isinya menyatakan apa saja?",
        "usulan.surat_pernyataan",
    ),  # urgent time pressure
    # usulan.rtlh
    (
        "Kelompok janda di Pangkoh Hulu minta saya menanyakan bantuan perbaikan rumah tidak "
        "layak huni dari provinsi. Syaratnya apa saja dan siapa yang menetapkan penerimanya?",
        "usulan.rtlh",
    ),  # on behalf of a community group
    (
        "Oh berarti RTLH dari provinsi itu hanya untuk rumah yang sudah berdiri tapi tidak "
        "layak, dan tanahnya harus milik sendiri minimal ada SKT, ya?",
        "usulan.rtlh",
    ),  # 'oh berarti' follow-up
    (
        "Penerima bantuan RTLH provinsi ditetapkan dengan apa? SK bupati? SK kepala dinas? "
        "atau SK gubernur?",
        "usulan.rtlh",
    ),  # multiple guesses
    (
        "Rumah warga itu berdiri di tanah pinjaman keluarga, tanpa SKT... rasanya sulit ya "
        "kalau diusulkan RTLH lewat provinsi...",
        "usulan.rtlh",
    ),  # trailing ellipses
    # usulan.psu_masyarakat
    (
        "Perwakilan paguyuban warga di Langkai ingin mengajukan sendiri perbaikan drainase "
        "ke provinsi. Permintaan PSU dari masyarakat itu syaratnya apa?",
        "usulan.psu_masyarakat",
    ),  # on behalf of a community group
    (
        "Permintaan jalan lingkungan dari warga ke provinsi harus diketahui ketua RT, RW, "
        "lurah dan camat kan?",
        "usulan.psu_masyarakat",
    ),  # states the expected answer
    (
        "Permintaan PSU dari masyarakat itu cukup dari satu orang? atau harus dari banyak "
        "warga? atau cukup lewat ketua RT?",
        "usulan.psu_masyarakat",
    ),  # multiple guesses
    (
        "Dari Nanga Bulik ke Kotawaringin, singgah minum di warung kopi. Warga minta jalan "
        "dan drainase, ke provinsi jalurnya bagaimana lagi?",
        "usulan.psu_masyarakat",
    ),  # pantun
    # hibah.aset
    (
        "Saya penasaran apa yang terjadi dengan jalan lingkungan yang dibangun provinsi di "
        "atas tanah kabupaten setelah proyeknya selesai... jadi milik siapa...",
        "hibah.aset",
    ),  # indirect curiosity
    (
        "BAST hibah aset dari provinsi itu ditandatangani siapa di pihak kabupaten: kepala "
        "dinas? sekda? atau harus bupati?",
        "hibah.aset",
    ),  # multiple guesses
    (
        "Drainase bantuan provinsi tahun 2022 sekarang sudah mulai rusak. Dulu sudah "
        "diserahterimakan ke kami, jadi yang memperbaiki sekarang siapa?",
        "hibah.aset",
    ),  # two time frames
    (
        "Ibarat anak yang sudah dibuatkan rumah oleh orang tuanya, kabupaten merawat sendiri "
        "aset hasil hibah provinsi kan? Serah terimanya bagaimana?",
        "hibah.aset",
    ),  # metaphor
    # pendanaan.saluran_lain
    (
        "Semoga masih ada jalan lain ya kalau kegiatan kami ternyata bukan kewenangan "
        "provinsi... sumber dana apa yang bisa dicoba?",
        "pendanaan.saluran_lain",
    ),  # hopeful wish
    (
        "Kumuh 6 ha itu bukan bagian provinsi, jadi dananya lebih cocok dari APBD kabupaten? "
        "DAK Tematik PPKT? dana desa? CSR?",
        "pendanaan.saluran_lain",
    ),  # multiple guesses
    (
        "Tahun lalu usulan kumuh 20 ha kami salah alamat ke provinsi. Tahun depan mau kami "
        "arahkan ke sumber dana yang benar; pilihannya apa saja?",
        "pendanaan.saluran_lain",
    ),  # two time frames
    (
        "Untuk kegiatan yang bukan kewenangan provinsi (misalnya PSU di perumahan "
        "developer), saluran dana yang lebih pas itu apa saja ya (APBD kabupaten? APBN? "
        "CSR?)",
        "pendanaan.saluran_lain",
    ),  # parenthetical asides
    # siklus.tahunan
    (
        "Usulan yang saya kirim tahun ini itu untuk anggaran tahun depan kan, bukan tahun "
        "berjalan?",
        "siklus.tahunan",
    ),  # states the expected answer
    (
        "Saya mau membuat bagan alur untuk staf: dari kabupaten menyiapkan usulan sampai "
        "aset diserahkan, tahap-tahap dalam setahun itu bagaimana?",
        "siklus.tahunan",
    ),  # preparing a briefing
    (
        "Pagi-pagi ke Muara Teweh, naik perahu menyusuri sungai. Usulan perkim setiap tahun, "
        "dari mana alurnya dimulai?",
        "siklus.tahunan",
    ),  # pantun
    (
        "Sudah hampir 30 tahun saya di dinas dan polanya berganti-ganti terus. Siklus usulan "
        "tahunan ke provinsi sekarang ini seperti apa urutannya?",
        "siklus.tahunan",
    ),  # near-retirement veteran
    # siklus.pemeriksaan
    (
        "Usulan kami setelah masuk diperiksa apa saja oleh provinsi? Administrasinya saja? "
        "atau sampai cek lapangan?",
        "siklus.pemeriksaan",
    ),  # multiple guesses
    (
        "Saya ingin tahu apa yang membuat usulan lolos pemeriksaan provinsi... kelengkapan, "
        "teknis, kewenangan... ada lagi?",
        "siklus.pemeriksaan",
    ),  # trailing ellipses
    (
        "Sebelum mengirim, saya sudah cek sendiri kelengkapan berkas dan lokasinya. Apakah "
        "provinsi juga memeriksa kewenangan, atau cukup administrasi dan teknis?",
        "siklus.pemeriksaan",
    ),  # self-check of own steps
    (
        "Staf Perkim Sukamara ini ingin tahu bagaimana tim provinsi memeriksa usulan yang "
        "masuk, termasuk apakah ada peninjauan ke lokasi.",
        "siklus.pemeriksaan",
    ),  # third-person self-reference
    # siklus.rakor
    (
        "Sebenarnya apa gunanya Rakor kawasan permukiman setiap tahun? Bukankah usulan sudah "
        "dikirim lewat sistem?",
        "siklus.rakor",
    ),  # rhetorical framing
    (
        "Di undangan tertulis 'Rapat Koordinasi dan Sinkronisasi Bidang Kawasan Permukiman "
        "se-Kalimantan Tengah'. Acara itu sebenarnya apa, dan hasilnya dipakai untuk apa?",
        "siklus.rakor",
    ),  # quoting a text received
    (
        "Rakor 2023 diadakan di hotel, Rakor 2025 di Aula Disperkimtan. Rakor itu memang "
        "sekali setahun dengan tanggal yang berpindah-pindah ya?",
        "siklus.rakor",
    ),  # two time frames
    (
        "Mohon maaf kalau pertanyaannya remeh... di Rakor kawasan permukiman itu kabupaten "
        "biasanya diajak membahas apa?",
        "siklus.rakor",
    ),  # apology wrapper
    # siklus.rkpd_apbd
    (
        "Rakor selesai, usulan kami disepakati... lalu? Musrenbang provinsi dulu, baru RKPD, "
        "lalu APBD ya? Atau urutannya lain...",
        "siklus.rkpd_apbd",
    ),  # thinking aloud
    (
        "Orang teknik seperti saya sering bingung urusan anggaran. Usulan yang lolos Rakor "
        "masuk ke dokumen perencanaan apa dulu sebelum jadi APBD?",
        "siklus.rkpd_apbd",
    ),  # discipline outsider
    (
        "Usulan yang disepakati di Rakor itu langsung masuk APBD? atau harus lewat "
        "Musrenbang dan RKPD dulu?",
        "siklus.rkpd_apbd",
    ),  # multiple guesses
    (
        "Kenapa usulan perlu dibahas di Rakor sebelum Musrenbang provinsi? Apa hubungan "
        "Rakor dengan RKPD dan APBD?",
        "siklus.rkpd_apbd",
    ),  # philosophical
    # koordinasi.pokja_pkp
    (
        "Saya penasaran dengan Pokja PKP yang sering disebut di rapat-rapat... sebenarnya "
        "kelompok kerja itu apa dan dasar aturannya apa?",
        "koordinasi.pokja_pkp",
    ),  # indirect curiosity
    (
        "Bupati minta kami segera membentuk Pokja PKP. Cepat ya, apa fungsi pokja itu dan "
        "aturan mana yang mendasarinya?",
        "koordinasi.pokja_pkp",
    ),  # urgent time pressure
    (
        "Banyak sekali pokja di daerah, saya sampai tidak hafal. Yang namanya Pokja PKP itu "
        "sebenarnya wadah untuk apa?",
        "koordinasi.pokja_pkp",
    ),  # frustrated venting
    (
        "Oh berarti Pokja PKP itu forum koordinasi pembangunan perumahan dan kawasan "
        "permukiman di daerah ya, bukan tim teknis proyek?",
        "koordinasi.pokja_pkp",
    ),  # 'oh berarti' follow-up
    # disperkimtan.kontak
    (
        "Izin, Pak. Kantor Disperkimtan Provinsi Kalteng itu beralamat di mana? Siap, saya "
        "mau mengantar berkas.",
        "disperkimtan.kontak",
    ),  # izin/siap deference
    (
        "Staf Perkim Gumas ini mau tahu, di provinsi itu dinas mana yang mengurus perumahan "
        "dan kawasan permukiman, dan kantornya di mana?",
        "disperkimtan.kontak",
    ),  # third-person self-reference
    (
        "Kantor Disperkimtan provinsi itu yang di Jalan D.I. Panjaitan, Palangka Raya kan?",
        "disperkimtan.kontak",
    ),  # states the expected answer
    (
        "Mohon maaf mengganggu, kalau mau bertanya langsung ke provinsi soal perumahan dan "
        "permukiman, dinas apa yang dituju?",
        "disperkimtan.kontak",
    ),  # apology wrapper
    # bot.cara_pakai
    (
        "Waktu yang muncul di bot (misalnya jam rapat) itu WIB atau WITA ya? (teman dari "
        "Kaltim sering salah paham)",
        "bot.cara_pakai",
    ),  # parenthetical asides
    (
        "Saya sering lupa perintah-perintah di bot ini... yang diawali garis miring itu apa "
        "saja ya...",
        "bot.cara_pakai",
    ),  # trailing ellipses
    (
        "Oh berarti semua jam di Sinkron itu waktu Palangka Raya, WIB ya, bukan WITA?",
        "bot.cara_pakai",
    ),  # 'oh berarti' follow-up
    (
        "Semoga ada cara gampang untuk melihat semua perintah Sinkron sekaligus... bagaimana "
        "sebenarnya cara memakai bot ini?",
        "bot.cara_pakai",
    ),  # hopeful wish
    # bot.usul
    (
        "Di pedalaman sinyal sering putus. Kalau sedang mengisi /usul lalu terputus, apakah "
        "isian yang sudah masuk tetap tersimpan?",
        "bot.usul",
    ),  # worried about weak signal
    (
        "Saya sudah ketik /usul, isi judul, jenis, lokasi... foto dan dokumen PDF dikirim di "
        "langkah mana? Sudah benar urutan saya?",
        "bot.usul",
    ),  # self-check of own steps
    (
        "Usulan tahun lalu mirip sekali dengan yang mau saya kirim sekarang. Bisakah lewat "
        "/usul saya menyalin usulan lama supaya tidak mengetik ulang?",
        "bot.usul",
    ),  # two time frames
    (
        "Izin, Bu. Lewat /usul saya bisa mengusulkan untuk kabupaten lain juga, atau hanya "
        "kabupaten saya sendiri? Siap.",
        "bot.usul",
    ),  # izin/siap deference
    # bot.status
    (
        "Status usulan 'verifikasi' itu artinya sedang diperiksa? atau sudah lolos? atau "
        "menunggu Rakor?",
        "bot.status",
    ),  # multiple guesses
    (
        "Di bot muncul tulisan 'perlu perbaikan'. Apa artinya, dan apakah kami memperbaiki "
        "lalu mengirim ulang dengan kode yang sama?",
        "bot.status",
    ),  # quoting a text received
    (
        "Status-status di Sinkron itu... diajukan, verifikasi, dibahas di Rakor, lalu... "
        "yang mana saja yang sudah final ya...",
        "bot.status",
    ),  # trailing ellipses
    (
        "Beli kain di Pangkalan Bun, kainnya halus warnanya biru. Status usulan macam-macam "
        "bunyinya, 'dibahas di Rakor' itu artinya apa dulu?",
        "bot.status",
    ),  # pantun
    # bot.ditolak_dialihkan
    (
        "Oh berarti usulan yang 'dialihkan' itu tidak ditolak mentah-mentah, tapi "
        "ditunjukkan sumber dana yang lebih cocok ya? Lalu kami harus bagaimana?",
        "bot.ditolak_dialihkan",
    ),  # 'oh berarti' follow-up
    (
        "Kenapa usulan kami ditolak dengan alasan 'bukan kewenangan provinsi'? Kalau begitu "
        "apa yang sebaiknya kami lakukan sekarang?",
        "bot.ditolak_dialihkan",
    ),  # complaint-framed
    (
        "Usulan kami ditolak tahun ini. Tahun depan boleh diajukan lagi setelah diperbaiki? "
        "Dan biasanya alasan penolakan itu apa saja?",
        "bot.ditolak_dialihkan",
    ),  # two time frames
    (
        "Saya takut ditegur pimpinan karena usulan kami ditolak. Sebenarnya alasan umum "
        "usulan ditolak atau dialihkan itu apa, dan bagaimana langkah berikutnya?",
        "bot.ditolak_dialihkan",
    ),  # blame-averse
    # bot.tindak_lanjut
    (
        "Sudah seminggu usulan kami berstatus diajukan dan belum disentuh sama sekali. "
        "Berapa lama seharusnya provinsi menindaklanjuti usulan?",
        "bot.tindak_lanjut",
    ),  # frustrated venting
    (
        "Standar tindak lanjut usulan di Sinkron itu meniru LAPOR! ya, verifikasi dalam 3 "
        "hari kerja?",
        "bot.tindak_lanjut",
    ),  # states the expected answer
    (
        "Tenggat tindak lanjut usulan yang tiga hari itu... hari kerja kan? Sabtu dan Minggu "
        "tidak dihitung ya...",
        "bot.tindak_lanjut",
    ),  # trailing ellipses
    (
        "Saya penasaran, patokan 3 hari kerja untuk menindaklanjuti usulan itu aturan resmi "
        "dinas atau standar buatan bot saja?",
        "bot.tindak_lanjut",
    ),  # indirect curiosity
    # bot.rapat
    (
        "Cepat ya, kadis mendadak berhalangan untuk rapat besok. Lewat undangan di Sinkron "
        "bisakah kami mengirim wakil?",
        "bot.rapat",
    ),  # urgent time pressure
    (
        "Pengingat rapat dari bot itu datangnya kapan saja ya... seminggu sebelum, sehari "
        "sebelum, lalu...",
        "bot.rapat",
    ),  # trailing ellipses
    (
        "Di undangan rapat di bot ada tombol hadir dan tidak hadir. Kalau saya sudah pilih "
        "hadir lalu ternyata batal, jawabannya bisa diubah?",
        "bot.rapat",
    ),  # reading a form field
    (
        "Oh berarti konfirmasi kehadiran rapat cukup lewat bot saja ya, tidak perlu balas "
        "undangan dengan cara lain?",
        "bot.rapat",
    ),  # 'oh berarti' follow-up
    # glossary terms (istilah.*)
    (
        "Di notulen rapat tertulis 'jaling 350 m'. Jaling itu singkatan dari apa?",
        "istilah.jaling",
    ),  # quoting a text received
    (
        "BSPS... itu bantuan apa ya? Sering dengar tapi kepanjangannya saya lupa...",
        "istilah.bsps",
    ),  # trailing ellipses
    (
        "KB di tabel kumuh itu jelas bukan keluarga berencana kan? Lalu maksudnya apa?",
        "istilah.kb",
    ),  # rhetorical framing
    (
        "Di daftar lokasi ada kode KS di sebelah nama kelurahan. KS itu artinya apa?",
        "istilah.ks",
    ),  # reading a form field
    (
        "Kode KR di kolom tingkat kekumuhan itu kepanjangannya apa ya?",
        "istilah.kr",
    ),  # reading a form field
    (
        "Saya penasaran dengan kata delineasi, kedengarannya seperti istilah gambar teknik. "
        "Artinya apa dalam urusan kumuh?",
        "istilah.delineasi",
    ),  # indirect curiosity
    (
        "Huntara itu hunian sementara kan, yang dipakai korban bencana sebelum pindah?",
        "istilah.huntara",
    ),  # states the expected answer
    (
        "Ke Kuala Kapuas naik kapal, bawa bekal nasi kuning. Huntap itu apa kepanjangannya, "
        "mohon dijawab biar tak pusing.",
        "istilah.huntap",
    ),  # pantun
    (
        "RKS di dokumen lelang itu kepanjangannya apa ya? Saya orang keuangan, bukan teknik.",
        "istilah.rks",
    ),  # discipline outsider
    (
        "Konsultan menanyakan KAK kegiatan... sebentar, KAK itu yang sama dengan TOR bukan? "
        "Apa kepanjangannya?",
        "istilah.kak",
    ),  # thinking aloud
    (
        "Di surat dari balai tertulis 'mohon melengkapi RC'. RC itu apa?",
        "istilah.rc",
    ),  # quoting a text received
    (
        "BAST itu singkatan dari berita acara serah terima ya, yang diteken saat penyerahan?",
        "istilah.bast",
    ),  # states the expected answer
    (
        "BMD itu barang milik desa? barang milik daerah? atau barang milik dinas?",
        "istilah.bmd",
    ),  # multiple guesses
    (
        "Oh berarti BMN itu barang milik negara, yang asetnya pemerintah pusat ya?",
        "istilah.bmn",
    ),  # 'oh berarti' follow-up
    (
        "Di surat pernyataan ada singkatan O&P. Itu operasional dan perawatan? atau operasi "
        "dan pemeliharaan?",
        "istilah.op",
    ),  # multiple guesses
    (
        "Pokja PPAS itu kepanjangannya apa? Dua huruf P di depannya perumahan dan permukiman?",
        "istilah.pokjappas",
    ),  # states the expected answer
    (
        "AMPL di Pokja AMPL itu... air minum dan... apa ya, saya lupa...",
        "istilah.pokjaampl",
    ),  # trailing ellipses
    (
        "Puluhan tahun bekerja, singkatan RP3KP masih saja membuat lidah saya keseleo. "
        "Kepanjangannya apa?",
        "istilah.rp3kp",
    ),  # near-retirement veteran
    (
        "RP2KPKP itu dokumen apa? Hurufnya banyak sekali, pusing bacanya.",
        "istilah.rp2kpkp",
    ),  # frustrated venting
    (
        "Program KOTAKU yang dulu ramai di kelurahan-kelurahan itu singkatan dari apa?",
        "istilah.kotaku",
    ),  # two time frames
    (
        "Saya penasaran, DAK Tematik PPKT yang katanya untuk kumuh itu kepanjangannya apa...",
        "istilah.daktematikppkt",
    ),  # indirect curiosity
    (
        "Aparat desa yang kami dampingi bertanya arti APBDes. Itu anggaran apa persisnya?",
        "istilah.apbdes",
    ),  # on behalf of a community group
    (
        "Istilah Bankeu sering muncul di rapat anggaran... maksudnya bantuan apa ya?",
        "istilah.bankeu",
    ),  # trailing ellipses
    (
        "Pokir (yang sering dibawa anggota DPRD itu) singkatan dari apa ya?",
        "istilah.pokir",
    ),  # parenthetical asides
    (
        "KUA-PPAS, panjang sekali singkatannya, saya selalu tersandung. Apa kepanjangannya?",
        "istilah.kuappas",
    ),  # frustrated venting
    ("Izin, Pak. DPA itu dokumen apa? Siap, terima kasih.", "istilah.dpa"),  # izin/siap deference
    (
        "Orang teknik seperti saya jarang membuka SIPD. Sebenarnya SIPD itu sistem apa?",
        "istilah.sipd",
    ),  # discipline outsider
    (
        "Dulu namanya Bappeda, sekarang Bapperida. Kepanjangan Bapperida itu apa?",
        "istilah.bapperida",
    ),  # two time frames
    ("SPALD itu apa ya? Urusannya air limbah kan?", "istilah.spald"),  # states the expected answer
    (
        "TPS3R... tiga R-nya itu reduce, reuse, recycle kah? atau yang lain?",
        "istilah.tps3r",
    ),  # multiple guesses
    (
        "Ibu-ibu PKK di kelurahan minta dibangunkan MCK komunal. MCK itu kepanjangannya apa "
        "tepatnya?",
        "istilah.mck",
    ),  # on behalf of a community group
    (
        "RDTR yang sering disebut waktu membahas kesesuaian lahan itu kepanjangannya apa?",
        "istilah.rdtr",
    ),  # indirect curiosity
    (
        "Dulu kita kenal IMB, sekarang PBG. Kepanjangan PBG itu apa?",
        "istilah.pbg",
    ),  # two time frames
    (
        "Di daftar syarat bangunan ada 'SLF'. Itu sertifikat apa?",
        "istilah.slf",
    ),  # quoting a text received
    (
        "SKT itu surat apa ya? Di desa kami banyak warga yang cuma punya itu...",
        "istilah.skt",
    ),  # trailing ellipses
    (
        "Kata backlog di berita perumahan itu maksudnya kekurangan rumah kan?",
        "istilah.backlog",
    ),  # states the expected answer
    (
        "Pakai tanda seru segala, LAPOR! itu sebenarnya sistem apa?",
        "istilah.lapor",
    ),  # rhetorical framing
    (
        "Maaf pertanyaannya dasar sekali: MBR itu kepanjangannya apa?",
        "istilah.mbr",
    ),  # apology wrapper
    ("Rusus itu rumah susun khusus? atau rumah khusus?", "istilah.rusus"),  # multiple guesses
    (
        "Oh berarti RLH itu lawan dari RTLH ya? Kepanjangannya apa tepatnya?",
        "istilah.rlh",
    ),  # 'oh berarti' follow-up
    (
        "Bedah rumah itu istilah resmi atau sebutan populer saja? Sebenarnya maksudnya apa?",
        "istilah.bedahrumah",
    ),  # philosophical
    (
        "PSU itu singkatan dari prasarana, sarana dan... apa ya yang terakhir...",
        "istilah.psu",
    ),  # trailing ellipses
]

TRAIN_R10_OUT_OF_SCOPE: list[str] = [
    (
        "Izin, Pak. Berapa persisnya panjang jalan lingkungan yang dibangun provinsi di "
        "Seruyan tahun 2023? Siap."
    ),  # izin/siap deference; exact figure
    (
        "Harga semen per sak di Kasongan sekarang berapa ya... buat menyusun anggaran..."
    ),  # trailing ellipses; price
    (
        "Saya penasaran, SK kumuh Kalimantan Selatan itu memuat lokasi mana saja..."
    ),  # indirect curiosity; other province
    (
        "Maaf mengganggu, sisa cuti tahunan saya tahun ini masih berapa hari ya?"
    ),  # apology wrapper; personal
    (
        "Ke Palangka membeli kerupuk, kerupuknya renyah di dalam toples. Besok cuaca di "
        "Sampit hujan atau panas terik?"
    ),  # pantun; off-topic
    (
        "Drainase di Desa Pilang Munduk yang diusulkan Pak Rahmat kemarin, nanti "
        "kontraktornya perusahaan mana ya?"
    ),  # named case
    (
        "Hmm, TPP pegawai golongan III di Disperkimtan tahun ini berapa ya... eh, sekalian "
        "golongan IV juga?"
    ),  # thinking aloud; personal
    (
        "Semoga tahun depan ada formasi PPPK di dinas perkim... kira-kira kapan "
        "pendaftarannya dibuka?"
    ),  # hopeful wish; personal
    (
        "Staf Perkim Barut ini minta nomor HP pribadi kepala bidang di provinsi."
    ),  # third-person self-reference; personal
    (
        "Kenapa ya Kalimantan Timur bisa cepat sekali menuntaskan RTLH, apa rahasia mereka?"
    ),  # rhetorical framing; other province
    (
        "Tahun 2005 saya ikut pelatihan pemetaan di Banjarmasin dan sertifikatnya hilang. "
        "Menjelang pensiun ini, salinannya bisa diminta ke mana?"
    ),  # near-retirement veteran; personal
    (
        "Sambil menunggu rapat mulai... skor pertandingan Kalteng Putra semalam berapa ya?"
    ),  # trailing ellipses; off-topic
    (
        "Proyek jalan lingkungan di Kelurahan Selat Dalam kemarin itu nilai kontraknya "
        "persis berapa rupiah?"
    ),  # named case; exact figure
    "Harga tanah per meter di sekitar Jalan Tjilik Riwut km 10 sekarang kisaran berapa?",  # price
    (
        "Saya takut disalahkan... laptop kantor saya kena air hujan, prosedur perbaikannya "
        "ke bagian umum atau ke mana?"
    ),  # blame-averse; personal
    (
        "Tolong cepat, bahan kue lapis legit untuk syukuran kantor besok apa saja?"
    ),  # urgent time pressure; off-topic
    (
        "Berapa jumlah pasti rumah tidak layak huni di Kecamatan Kurun menurut data BPS 2024?"
    ),  # exact figure
    "Di Jawa Timur ada aplikasi KAWANKU. Bagaimana cara login ke aplikasi itu?",  # other province
    (
        "Kenapa drainase yang diusulkan Pak Darmawan dari Kotim tahun 2019 sampai sekarang "
        "belum juga dibangun?"
    ),  # named case; two time frames
    (
        "Oh berarti besok kantor libur? Memangnya tanggal merah apa ya?"
    ),  # 'oh berarti' follow-up; off-topic
    (
        "Kami sedang berdebat di kantor: nasi kuning itu lebih enak pakai ikan haruan atau ayam?"
    ),  # settling an office debate; off-topic
    (
        "Sebenarnya apa makna bekerja sebagai ASN di daerah terpencil seperti kami..."
    ),  # philosophical; personal
    (
        "Di undangan tertulis 'pakaian bebas rapi'. Boleh pakai batik, atau harus kemeja putih?"
    ),  # quoting a text received; off-topic
    (
        "Di form SPPD ada kolom 'tingkat biaya perjalanan dinas'. Saya golongan III/c masuk "
        "tingkat apa?"
    ),  # reading a form field; personal
    "Berapa total pagu anggaran Disperkimtan Kalteng tahun 2026, persisnya?",  # exact figure
    (
        "Ongkos speedboat dari Kuala Pembuang ke Sampit sekarang berapa ya..."
    ),  # trailing ellipses; price
    (
        "Honor konsultan perencana per bulan biasanya berapa (perkiraan kasar pun boleh)?"
    ),  # parenthetical asides; price
    (
        "Saya penasaran, Kalimantan Barat punya berapa rusunawa ya?"
    ),  # indirect curiosity; other province
    "Anak saya mau kuliah teknik sipil. Kampus mana di Palangka Raya yang bagus?",  # personal
    (
        "Kenapa sinyal di Puruk Cahu jelek sekali? Provider apa yang paling bagus di sana?"
    ),  # complaint-framed; off-topic
]
