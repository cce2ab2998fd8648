"""Round 48 held-out question table for the Sinkron bot.

Written 2026-12-07 by two helpers who had not seen the knowledge base or any other question
table; they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md) plus the place-name list.

Style emphasis of this round: a proverb or idiom opening the message ("ibarat pepatah, tak
kenal maka tak sayang"); a checklist to confirm ("[v] SK kumuh [v] DED [ ] foto — sudah
cukup?"); pointing back to an earlier chat the bot cannot see ("seperti yang saya tanya
minggu lalu"); rehearsing an answer for someone else ("kalau nanti warga tanya ..., saya
jawab apa?"); emoji standing for words ("🏠 tidak layak huni", "📅 rakor kapan?"); two
regencies or places in one message, each with its own figure; long honorific preambles;
letters dropped or doubled as on a cracked screen ("kwenangan", "prvinsi", "kummuh"). About
one question in ten is Australian or British casual English ("G'day, who looks after ...?").
A glossary entry's questions ask what the term means. Written at the end of round 31 of
tuning and measured untouched on its last matcher, for the next round.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND48_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Yang terhormat Bapak/Ibu admin Disperkimtan yang budiman, semoga senantiasa "
            "sehat dan dimudahkan segala urusannya. Izinkan kami dari Dinas Perkim Kabupaten "
            "Seruyan bertanya: secara garis besar bagaimana peta pembagian kewenangan "
            "perumahan dan kawasan permukiman antara pusat, provinsi dan kabupaten/kota?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "🏛️ pusat vs 🏢 provinsi vs 🏘️ kabupaten — cheers mate, in housing and settlements "
            "who looks after what, roughly?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Ibarat pepatah, rumah adalah tempat kembali. Apakah perumahan rakyat dan kawasan "
            "permukiman itu termasuk urusan wajib pelayanan dasar, dan pasal berapa dasarnya?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        "perumahan itu urusan wjib atau urusan pilihan ya? kemarin ditanya anggota dewan",
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Katingan ada kawasan kumuh 8 ha di Kasongan Baru, Gunung Mas ada 12 ha di Kurun. "
            "Kalau dibagi menurut luas, aturan kewenangan penanganan kumuh itu bunyinya "
            "bagaimana?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Besok saya sosialisasi ke para kepala desa. Kalau ada yang tanya penanganan "
            "kawasan kumuh itu diurus pemda mana tergantung luasnya, batas-batas luasnya saya "
            "jelaskan bagaimana?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "🏘️ kawasan kumuh skala besar yang 15 ha ke atas itu 👉 pusat ya? bunyi aturannya "
            "sudah terkonfirmasi belum?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Seperti yang saya tanya minggu lalu soal kawasan Selat di Kapuas yang ratusan "
            "hektare itu: kawasan kumuh 15 ha atau lebih benar ranahnya pemerintah pusat? "
            "Dasar aturannya apa?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "cek dulu ya: [v] penataan kumuh 10 s.d. di bawah 15 ha = provinsi [v] PSU "
            "permukiman = provinsi [ ] pencegahan kumuh = ? — yang terakhir ini provinsi juga "
            "atau bukan?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "G'day, is slum prevnetion (pencegahan kumuh) something the province funds, or is "
            "it left to the kabupaten/kota?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Sambil menyelam minum air, sekalian tanya: di sub-urusan perumahan, apa saja "
            "yang jadi kewenangan provinsi?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Dengan hormat, Bapak/Ibu pengelola Sinkron yang kami hormati, mohon maaf "
            "mengganggu waktunya dan semoga selalu diberi kesehatan. Kami ingin memahami "
            "urusan perumahan (bukan kawasan permukiman): kabupaten/kota sebenarnya memegang "
            "kewenangan apa saja di sub-urusan ini?"
        ),
        "kewenangan.perumahan",
    ),
    (
        "🏢 rusun dan 🏠 rumah untuk MBR itu urusan siapa? pusat kah? provinsi ikut tidak?",
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Kalau nanti warga protes kenapa provinsi tidak membangunkan rumah murah untuk "
            "masyarakat berpenghasilan rendah, saya jawab apa? Itu sebenarnya kewenangan "
            "siapa?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Banjir di Kapuas kemarin statusnya bencana kabupaten, sedangkan banjir di Barito "
            "Selatan ditetapkan bencana provinsi. Rumah korbannya masing-masing jadi tanggung "
            "jawab siapa?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Lanjutan yang kemarin ya pak: warga yang harus pindah karena proyek pemprov, "
            "penyediaan rumahnya jadi tanggung jawab provinsi atau kabupaten?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        "izin pembangunan perumahan untuk pengembang itu dikeluarkan prvinsi atau kabupaten?",
        "kewenangan.izin",
    ),
    (
        (
            "✔ izin pembangunan perumahan ✔ izin pengembangan kawasan permukiman ✔ SKBG — "
            "tiga-tiganya diterbitkan kabupaten/kota kan? ada yang ke provinsi?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Bagai air di daun talas, saya masih bingung soal sub-urusan kawasan permukiman: "
            "provinsi, kabupaten dan pusat masing-masing pegang apa?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Good morning to the esteemed admin team, hope you're all keeping well and the "
            "weather's kind to you in Palangka Raya. If I may ask: under the settlement-area "
            "sub-affair (kawasan permukiman), what does each level of government look after?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Besok saya rapat dengan pengembang perumahan di Sampit. Kalau mereka minta jalan "
            "dan saluran di dalam kompleks perumahan mereka dibangun provinsi, jawaban yang "
            "tepat apa?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Di Pangkalan Bun ada jalan rusak di kompleks perumahan developer, di Kuala "
            "Pembuang jalan rusak di permukiman nelayan. PSU yang mana yang kewenangan "
            "provinsi dan yang mana kabupaten?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "🛣️ jalan + 💧 drainase — PSU apa saja sebenarnya yang dibangun Disperkimtan "
            "provinsi di lapangan?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "apakah provinsi bisa bangun drainase di pingir jalan kabupaten? atau hanya di "
            "dalam kawasan permukiman?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Seperti yang saya tanyakan bulan lalu, sertifikasi dan registrasi perancang "
            "rumah dan perencana PSU itu siapa yang menerbitkan, kabupaten atau provinsi?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "cek dulu: [v] tingkat kemampuan kecil = kab/kota [?] menengah = provinsi [?] "
            "besar = pusat — untuk registrasi perencana rumah dan PSU, betul begitu "
            "pembagiannya?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Tak kenal maka tak sayang, saya baru di bidang ini. SPM perumahan rakyat untuk "
            "provinsi itu isinya apa, dan targetnya berapa persen?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Yth. Bapak/Ibu admin yang budiman, semoga selalu dalam lindungan Tuhan Yang Maha "
            "Esa. Kami sedang menyusun laporan SPM; mohon penjelasan jenis pelayanan dasar "
            "SPM bidang perumahan rakyat yang menjadi tugas kabupaten/kota beserta dasar "
            "hukumnya."
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Desa Sei Pasah luasnya ratusan hektare tapi yang masuk SK kumuh cuma sebagian; "
            "di Mentawa Baru Hilir juga begitu, kelurahannya luas, delineasinya kecil. Untuk "
            "menentukan kewenangan, luas yang dipakai yang mana?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Kalau camat menanyakan luas kumuh itu dihitung dari luas satu kelurahan atau "
            "dari peta delineasi di SK, tolong bantu saya jawabannya."
        ),
        "kumuh.luas_delineasi",
    ),
    (
        "siapa yg berwenang menetapkan lokasi kummuh? bupati atau gubernur?",
        "kumuh.penetapan",
    ),
    (
        "📜 SK kumuh kami terbit 2019 ⏳ harus ditinjau ulang tiap berapa tahun ya?",
        "kumuh.penetapan",
    ),
    (
        (
            "Lokasi di Pahandut nilainya tinggi di aspek jalan, lokasi di Baamang tinggi di "
            "aspek sampah. Sebenarnya aspek kriteria kumuh itu ada berapa dan apa saja?"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "quick checklist, mate: ✔ buildings ✔ roads ✔ drinking water ✔ drainage ✔ "
            "wastewater ✔ rubbish — what's the seventh slum aspect I'm missing?"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "Skor kumuh lokasi kami: [v] 16 kriteria sudah dinilai [v] total 64 dari 80 — "
            "berarti sudah masuk kumuh berat belum?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "Melanjutkan obrolan kemarin pak, skor tiap kriteria kumuh itu 0, 1, 3, 5 ya? "
            "Nilai maksimalnya berapa dan mulai nilai berapa disebut kumuh berat?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "Yang terhormat tim Disperkimtan, semoga sehat walafiat dan lancar dalam "
            "bertugas. Mohon izin bertanya, rentang nilai untuk kumuh sedang dan kumuh ringan "
            "itu berapa sampai berapa?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Lokasi di Barimba skornya 42, lokasi di Langkai skornya 25. Masing-masing masuk "
            "tingkat kumuh apa?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Kalau nanti warga bantaran sungai tanya kenapa mereka mau dipindah, bukan "
            "diperbaiki di tempat, pola penanganannya saya jelaskan bagaimana?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Seperti yang saya tanya di sini minggu lalu, bedanya pemugaran, peremajaan dan "
            "pemukiman kembali itu apa?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Yang terhormat Bapak/Ibu admin, semoga sehat dan bahagia selalu. Untuk bahan "
            "paparan, kami ingin tahu berapa jumlah lokasi kumuh dan total luasnya di seluruh "
            "Kalimantan Tengah."
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "As the saying goes, know your own backyard — roughly how many slum locations has "
            "Central Kalimantan got, and how many hectares all up?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "Sesuai yang saya tanya minggu lalu, isian usulan di bot ini apa saja sih, dan "
            "kenapa ditanya sebanyak itu?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Yth. Bapak/Ibu admin, salam sejahtera untuk kita semua, semoga Bapak/Ibu "
            "senantiasa sehat. Kami sedang mempersiapkan bahan usulan; data apa saja yang "
            "perlu kami siapkan untuk satu usulan kegiatan?"
        ),
        "usulan.isi",
    ),
    (
        (
            "cek dulu ya: [v] kumuh [v] PSU [v] rumah korban bencana [ ] RTLH — jenis usulan "
            "yang bisa diajukan ke provinsi apa lagi selain itu?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Bagai pungguk merindukan bulan, usulan kami selalu tidak pas. Sebenarnya jenis "
            "usulan apa saja yang bisa kami ajukan ke provinsi?"
        ),
        "usulan.jenis",
    ),
    (
        "data lokasi usulan itu perlu titik kordinat GPS juga atau cukup nama desa?",
        "usulan.lokasi",
    ),
    (
        (
            "Usulan kami di Kec. Baamang itu perkotaan, yang di Kec. Mantangai perdesaan. "
            "Data lokasi apa saja yang harus diisi untuk masing-masing usulan?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Besok saya presentasi di depan Sekda; kalau ditanya kenapa usulan harus "
            "mencantumkan jumlah KK, jiwa dan sumber dana, jawabannya apa?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "👨\u200d👩\u200d👧 KK, 👥 jiwa, 💰 biaya, 🏦 sumber dana — di usulan, pilihan sumber "
            "dananya apa "
            "saja?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "✔ DED ✔ RAB ✔ lahan clean and clear ✘ site plan ✘ surat Bupati — dokumen "
            "kesiapan usulan PSU kami kurang apa lagi?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Following on from my message last week: what readiness documents does the "
            "province expect with a PSU proposal?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Ibarat membangun rumah di atas pasir — lahan bermasalah bikin repot. Lahan yang "
            "clean and clear untuk usulan itu syaratnya apa saja?"
        ),
        "usulan.lahan",
    ),
    (
        "status lahn untuk usulan jalan lingkungan pilihannya apa aja? tanah desa boleh?",
        "usulan.lahan",
    ),
    (
        (
            "Lanjutan yang kemarin ya bu: SK kumuh kami sudah 6 tahun dan lokasinya belum "
            "tercantum di situ. Usulan kumuh kami tetap bisa masuk atau bagaimana?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Kepada Yth. Bapak/Ibu admin yang budiman, dengan segala hormat dan doa semoga "
            "sehat selalu. Untuk usulan jenis kumuh, data SK kumuh apa saja yang perlu kami "
            "isikan?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "📐 DED, 💵 RAB, 📄 RKS, 🗺️ site plan, 📷 foto — itu semua dokumen teknis yang "
            "dilampirkan di usulan ya?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Usulan drainase di Buntok sudah ada DED-nya, usulan jaling di Tamiang Layang "
            "baru ada foto. Dokumen teknis apa saja yang sebaiknya dilampirkan?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Kalau kepala dinas tanya kenapa kita harus bikin surat pernyataan siap menerima "
            "hibah dan melakukan O&P, alasannya saya sampaikan bagaimana?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "surat pernyataan kesedian menerima hibah dan operasi pemeliharaan itu perlu "
            "dilampirkan di usulan? buat apa?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Tak ada rotan akar pun jadi — warga kami mau bangun rumah baru di tanah kosong, "
            "bisa lewat program RTLH provinsi tidak?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "🏚️ run-down house, 📜 only an SKT for the land — reckon that qualifies for the "
            "province's RTLH program? and who picks the recipients?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Warga RT 05 datang minta jalan lingkungan dibangun provinsi. Bagaimana saya "
            "jelaskan prosedurnya, permintaan itu harus diketahui siapa saja?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Warga Desa Bereng minta drainase, warga Kelurahan Panarung minta jalan setapak. "
            "Permintaan PSU dari masyarakat seperti itu syaratnya apa?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "cek dulu: [v] provinsi bangun jaling di tanah kabupaten [v] pekerjaan selesai [ "
            "] BAST [ ] pemeliharaan — setelah jadi, asetnya milik siapa dan siapa yang "
            "memelihara?"
        ),
        "hibah.aset",
    ),
    (
        "BAST hibah aset dari provinsi itu ditandatangani siapa? bupatii atau kepala dinas?",
        "hibah.aset",
    ),
    (
        "❌ bukan kewenangan provinsi 👉 💰 lalu dananya bisa dicari dari mana?",
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Yth. Bapak/Ibu, semoga sehat selalu dan dalam lindungan-Nya. Apabila usulan kami "
            "ternyata bukan kewenangan provinsi, sumber pendanaan alternatif apa saja yang "
            "dapat kami tempuh?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Sedia payung sebelum hujan — kami mau menyiapkan usulan dari awal. Alur usulan "
            "tahunan dari kabupaten sampai ke provinsi itu bagaimana?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Seperti yang saya tanya minggu lalu, usulan yang kami kirim tahun ini itu untuk "
            "tahun anggaran berapa?"
        ),
        "siklus.tahunan",
    ),
    (
        "usulan kami diperiksa provinsi dari segi apa saja? administrasi, teknis, kwenangan?",
        "siklus.pemeriksaan",
    ),
    (
        (
            "If the Bupati asks me how the province actually vets our proposals, what should "
            "I tell him?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        "🤝 Rakor Bidang Kawasan Permukiman itu acara apa sih, dan siapa saja yang ikut?",
        "siklus.rakor",
    ),
    (
        (
            "Tahun 2024 Rakor di hotel bulan September, tahun 2025 di Aula Disperkimtan bulan "
            "November. Sebenarnya Rakor itu untuk apa dan kenapa tanggalnya pindah-pindah?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "✔ dibahas di Rakor ✔ disetujui — setelah itu usulan masuk Musrenbang, lalu RKPD, "
            "lalu APBD? urutannya betul begitu?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Yang terhormat Bapak/Ibu admin, dengan segala kerendahan hati kami ingin "
            "bertanya: setelah usulan dibahas di Rakor, bagaimana kelanjutannya sampai masuk "
            "anggaran provinsi?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Bagai aur dengan tebing, kerja sama antardinas itu penting. Pokja PKP itu apa "
            "dan apa dasar hukumnya?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        "pokja PKP di kabupaten itu fungsinya apa? hubungannya dgn pokja PPAS gimanaa?",
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Lanjutan kemarin pak, alamat kantor Disperkimtan provinsi di mana ya? Saya mau "
            "antar berkas."
        ),
        "disperkimtan.kontak",
    ),
    (
        (
            "Saya dari Sukamara dan teman dari Lamandau mau antar dokumen bareng minggu "
            "depan. Kantor Disperkimtan Kalteng di jalan apa?"
        ),
        "disperkimtan.kontak",
    ),
    (
        "🤖 bot ini perintahnya apa saja? ⏰ jam yang ditampilkan pakai WIB atau WITA?",
        "bot.cara_pakai",
    ),
    (
        "cheers, quick one: what comands does this bot take, and are the times shown in WIB?",
        "bot.cara_pakai",
    ),
    (
        (
            "cek dulu ya: [v] judul [v] jenis [v] lokasi [v] foto 12 lembar — di /usul foto "
            "maksimal berapa?"
        ),
        "bot.usul",
    ),
    (
        (
            "Kalau teman di kecamatan tanya bisa tidak menyalin usulan tahun lalu di /usul "
            "tanpa mengisi ulang semuanya, saya jawab bagaimana?"
        ),
        "bot.usul",
    ),
    (
        (
            "Ibarat menunggu kabar dari seberang — status 'dibahas di Rakor' dan 'perlu "
            "perbaikan' itu artinya apa?"
        ),
        "bot.status",
    ),
    (
        (
            "Usulan Kotim statusnya 'verifikasi', usulan Seruyan masih 'diajukan' — dua "
            "status itu artinya apa dan bedanya di mana?"
        ),
        "bot.status",
    ),
    (
        (
            "Seperti yang saya tanyakan kemarin, kalau usulan statusnya dialihkan, maksudnya "
            "dialihkan ke mana dan kami harus berbuat apa?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Usulan Barut ditolak karena bukan kewenangan provinsi, usulan Bartim dialihkan "
            "ke APBD kabupaten. Setelah itu langkah kami selanjutnya apa?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Kabid saya pasti tanya berapa lama usulan yang masuk biasanya ditindaklanjuti "
            "provinsi. Saya jawab berapa hari kerja?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        "⏳ usulan masuk 👉 diverifikasi dalam berapa hari kerja? 📏 standarnya ikut LAPOR! ya?",
        "bot.tindak_lanjut",
    ),
    (
        (
            "Yang terhormat Bapak/Ibu admin, semoga senantiasa dalam keadaan sehat dan penuh "
            "berkah. Izin bertanya, undangan rapat lewat bot ini mengirim pengingat kapan "
            "saja sebelum rapat dimulai?"
        ),
        "bot.rapat",
    ),
    (
        (
            "✔ undangan Rakor sudah masuk di bot ✔ jadwal sudah saya catat — pengingatnya "
            "nanti dikirim kapan saja, H-7 dan H-1?"
        ),
        "bot.rapat",
    ),
    (
        "prkim itu singkatan dari apa?",
        "istilah.perkim",
    ),
    (
        (
            "Tak kenal maka tak sayang — 'Perkim' yang sering disebut di surat-surat itu "
            "kepanjangannya apa?"
        ),
        "istilah.perkim",
    ),
    (
        "🏢 Disperkimtan = Dinas ... apa? 'tan' di belakangnya itu artinya apa?",
        "istilah.disperkimtan",
    ),
    (
        "Following up on yesterday's chat — what does 'Disperkimtan' actually stand for?",
        "istilah.disperkimtan",
    ),
    (
        "Kalau ada warga tanya 'PSU itu apa sih pak', penjelasan singkatnya apa?",
        "istilah.psu",
    ),
    (
        "cek: P = prasarana ✔, S = sarana ✔, U = ? — PSU kepanjangan lengkapnya apa?",
        "istilah.psu",
    ),
    (
        (
            "Yth. Bapak/Ibu admin yang budiman, mohon maaf atas pertanyaan sederhana ini dan "
            "semoga sehat selalu: istilah 'jaling' yang sering muncul di dokumen itu "
            "maksudnya apa?"
        ),
        "istilah.jaling",
    ),
    (
        (
            "Orang Kapuas menulis 'jaling', orang Sampit menulis 'jalan lingkungan' — itu hal "
            "yang sama? Jaling itu artinya apa?"
        ),
        "istilah.jaling",
    ),
    (
        (
            "Bagai air di daun talas, istilahnya berpindah-pindah — drainase itu sebenarnya "
            "artinya apa dalam konteks permukiman?"
        ),
        "istilah.drainase",
    ),
    (
        "💧 what's 'drainase' mean in plain English, mate?",
        "istilah.drainase",
    ),
    (
        "KR di tabel kumuh itu singktan apa?",
        "istilah.kr",
    ),
    (
        "Lanjutan pertanyaan kemarin, di peta sebaran kumuh ada kode KR — itu maksudnya apa?",
        "istilah.kr",
    ),
    (
        "cek dulu: [v] KB = kumuh berat [v] KR = kumuh ringan [ ] KS = ? — KS itu apa?",
        "istilah.ks",
    ),
    (
        (
            "Di lampiran SK Katingan tertulis KS untuk Kasongan Lama, di SK Kapuas juga KS "
            "untuk Mambulau. KS itu kepanjangannya apa?"
        ),
        "istilah.ks",
    ),
    (
        "📋 kolom tingkat kekumuhan: 'KB' 🤔 artinya apa? bukan keluarga berencana kan?",
        "istilah.kb",
    ),
    (
        (
            "Good afternoon and warm regards to the whole admin team, hope all's well at the "
            "office. Forgive the basic question: in the slum tables, what does 'KB' stand "
            "for?"
        ),
        "istilah.kb",
    ),
    (
        (
            "Kepala desa minta saya jelaskan di musdes apa itu 'SK kumuh'. Penjelasan yang "
            "pas bagaimana?"
        ),
        "istilah.skkumuh",
    ),
    (
        "Ibarat surat sakti — 'SK kumuh' itu maksudnya surat keputusan apa ya?",
        "istilah.skkumuh",
    ),
    (
        "delinasi itu artinya apa ya? sering disebut di rapat",
        "istilah.delineasi",
    ),
    (
        "Seperti yang dibahas waktu rapat kemarin, istilah 'delineasi' itu maksudnya apa?",
        "istilah.delineasi",
    ),
    (
        (
            "Besok saya menjelaskan ke ibu-ibu PKK, kalau ditanya RTLH itu kepanjangannya "
            "apa, jawabannya?"
        ),
        "istilah.rtlh",
    ),
    (
        (
            "Dengan hormat, Bapak/Ibu admin yang kami hormati, semoga sehat dan sukses "
            "selalu. Mohon dijelaskan, RTLH itu singkatan dari apa?"
        ),
        "istilah.rtlh",
    ),
    (
        "cek: RTLH = rumah tidak layak huni ✔, RLH = ? — RLH itu apa?",
        "istilah.rlh",
    ),
    (
        (
            "Di Pulpis warga bilang 'bedah rumah', di Gumas bilang 'rehab rumah' — bedah "
            "rumah itu sebenarnya maksudnya apa?"
        ),
        "istilah.bedahrumah",
    ),
    (
        (
            "As they say, an Englishman's home is his castle — what does 'bedah rumah' mean? "
            "Literally 'house surgery'?"
        ),
        "istilah.bedahrumah",
    ),
    (
        "bsps itu kepanjangannya apa, bantuan stimulan perumahan swadyaa?",
        "istilah.bsps",
    ),
    (
        (
            "Minggu depan saya penyuluhan di desa; kalau ada yang bertanya BSPS itu singkatan "
            "dari apa, jawabannya apa?"
        ),
        "istilah.bsps",
    ),
    (
        (
            "Kalau di rapat dengar pendapat nanti anggota DPRD tanya MBR itu apa, saya jawab "
            "bagaimana?"
        ),
        "istilah.mbr",
    ),
    (
        "Lanjutan yang kemarin: di surat edaran ada kata MBR, itu artinya apa?",
        "istilah.mbr",
    ),
    (
        (
            "Yang saya hormati admin Sinkron, semoga sehat dan diberi kelancaran dalam tugas. "
            "Izin bertanya, apa arti rusunawa dan apa bedanya dengan rusun biasa?"
        ),
        "istilah.rusunawa",
    ),
    (
        "tick list: ✔ rusun = flats ✔ rusunawa = ? — what's rusunawa stand for, mate?",
        "istilah.rusunawa",
    ),
    (
        "Sambil menyelam minum air — 'rusus' itu singkatan dari apa?",
        "istilah.rusus",
    ),
    (
        (
            "Di Murung Raya ada rencana rusus untuk pekerja tambang, di Seruyan juga ada yang "
            "menyebut rusus untuk nelayan. Rusus itu singkatan dari apa?"
        ),
        "istilah.rusus",
    ),
    (
        (
            "Ibarat pepatah, malu bertanya sesat di jalan. Huntara yang sering muncul di "
            "laporan pascabanjir itu kepanjangannya apa ya?"
        ),
        "istilah.huntara",
    ),
    (
        (
            "cek dulu ya: ✔ huntara = hunian sementara ✔ dipakai sesudah bencana ✘ bukan "
            "rumah dinas — pengertian saya sudah pas belum?"
        ),
        "istilah.huntara",
    ),
    (
        (
            "Lanjutan yang kemarin ya pak, waktu itu sudah dijelaskan soal huntara. Nah, "
            "kalau huntap itu artinya apa?"
        ),
        "istilah.huntap",
    ),
    (
        (
            "Besok saya sosialisasi di Desa Tumbang Bunut. Kalau warga korban banjir bertanya "
            "'huntap itu apa pak?', sebaiknya saya jawab apa?"
        ),
        "istilah.huntap",
    ),
    (
        "👨\u200d👩\u200d👧\u200d👦 KK di isian penerima manfaat itu maksudnya apa ya? 🤔",
        "istilah.kk",
    ),
    (
        (
            "Desa Penda Asam menulis 120 KK, Kelurahan Pahandut Seberang menulis 85 KK. KK di "
            "sini sebenarnya kartu keluarga atau kepala keluarga?"
        ),
        "istilah.kk",
    ),
    (
        (
            "Yang terhormat Bapak/Ibu admin yang budiman, semoga senantiasa sehat dan dalam "
            "lindungan Tuhan Yang Maha Esa. Izinkan kami dari Dinas Perkim Kabupaten Sukamara "
            "bertanya dengan segala kerendahan hati: pada isian penerima manfaat ada kolom "
            "'jiwa', yang dimaksud jiwa di situ apa ya?"
        ),
        "istilah.jiwa",
    ),
    (
        "istilah jiwaa di form usln itu merujuk ke apa sih? jumlah orang kah?",
        "istilah.jiwa",
    ),
    (
        (
            "Bagai katak dalam tempurung saya ini, baru dipindah dari bagian umum. Satuan "
            "'ha' yang ditulis di SK kumuh itu singkatan apa dan setara berapa luasnya?"
        ),
        "istilah.ha",
    ),
    (
        (
            "cek dulu ya: [v] DED [v] RAB [ ] site plan — nah DED yang sudah saya centang itu "
            "sebenarnya kepanjangannya apa? malu kalau ditanya atasan"
        ),
        "istilah.ded",
    ),
    (
        (
            "Following up on what I asked last week — sorry, forgot to ask then: what does "
            "DED actually stand for?"
        ),
        "istilah.ded",
    ),
    (
        (
            "Kalau nanti kepala desa bertanya ke saya 'RAB itu apa?', saya harus jawab apa ya "
            "pak biar tidak keliru?"
        ),
        "istilah.rab",
    ),
    (
        "💰📄 RAB itu dokumen apa ya? 🙏",
        "istilah.rab",
    ),
    (
        (
            "Konsultan di Kuala Kurun menyebut RKS, konsultan di Kasongan juga menyebut RKS. "
            "Sebenarnya RKS itu dokumen apa?"
        ),
        "istilah.rks",
    ),
    (
        (
            "Dengan hormat, Bapak/Ibu pengelola layanan Sinkron yang kami hormati, semoga "
            "selalu diberi kesehatan dan kelancaran dalam bertugas. Perkenankan kami "
            "menanyakan satu istilah yang belum kami pahami, yaitu RKS."
        ),
        "istilah.rks",
    ),
    (
        "KAK itu kepnjangannya apa ya? sama dengan TOR bukan?",
        "istilah.kak",
    ),
    (
        (
            "Sambil menyelam minum air, sekalian tanya: KAK yang diminta bagian perencanaan "
            "itu singkatan dari apa?"
        ),
        "istilah.kak",
    ),
    (
        (
            "✔ DED ✔ RAB ✘ site plan — site plan ini maksudnya gambar apa ya? saya belum "
            "paham istilahnya"
        ),
        "istilah.siteplan",
    ),
    (
        (
            "Seperti yang saya singgung waktu chat sebelumnya, ada istilah 'rencana tapak' "
            "atau site plan. Pengertiannya apa?"
        ),
        "istilah.siteplan",
    ),
    (
        (
            "Kalau nanti di depan Sekda saya ditanya 'RC itu apa?', jawabannya apa ya pak? RC "
            "yang ada di dokumen kesiapan itu maksud saya."
        ),
        "istilah.rc",
    ),
    (
        "📋✅ RC di berkas DAK itu singkatan dari apa? ❓",
        "istilah.rc",
    ),
    (
        (
            "Mate in Pangkalan Bun says they signed a BAST for their drainage, and the lot in "
            "Sampit signed one for a road. What does BAST actually stand for?"
        ),
        "istilah.bast",
    ),
    (
        (
            "Assalamualaikum wr. wb. Yang kami hormati Bapak/Ibu admin Disperkimtan, semoga "
            "dalam keadaan sehat wal afiat. Mohon izin bertanya, BAST itu kepanjangannya apa "
            "ya?"
        ),
        "istilah.bast",
    ),
    (
        "hibbah itu artinya apa sih dlam konteks aset pemerintah?",
        "istilah.hibah",
    ),
    (
        (
            "Tak kenal maka tak sayang, kata orang tua dulu. Saya mau kenal dulu istilahnya: "
            "hibah itu maksudnya apa?"
        ),
        "istilah.hibah",
    ),
    (
        ("cek pemahaman: [v] BMD = Barang Milik Daerah [ ] masih ragu — betul BMD artinya begitu?"),
        "istilah.bmd",
    ),
    (
        "Lanjutan yang tadi pagi ya pak, soal pencatatan aset: BMD itu singkatan dari apa?",
        "istilah.bmd",
    ),
    (
        "If the village head asks me what BMN means, what should I tell him? Cheers.",
        "istilah.bmn",
    ),
    (
        "🏛️🇮🇩 BMN itu artinya apa ya?",
        "istilah.bmn",
    ),
    (
        (
            "Di dokumen Buntok tertulis 'O&P', di dokumen Muara Teweh cuma 'OP'. Dua-duanya "
            "maksudnya apa ya?"
        ),
        "istilah.op",
    ),
    (
        (
            "Bapak/Ibu admin yang kami muliakan, semoga Bapak/Ibu senantiasa diberkahi "
            "kesehatan. Izinkan saya bertanya tentang satu singkatan di surat pernyataan: O&P "
            "itu kepanjangannya apa?"
        ),
        "istilah.op",
    ),
    (
        "SPM itu singktan dari apa ya pak?",
        ("istilah.spm", "kewenangan.spm"),
    ),
    (
        "Bagai air di daun talas, tiap dengar SPM saya bingung lagi. Sebenarnya SPM itu apa?",
        "istilah.spm",
    ),
    (
        ("cek dulu: ✔ Pokja = kelompok kerja ✘ PKP-nya belum tahu — Pokja PKP itu lengkapnya apa?"),
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        (
            "Seperti yang saya tanya minggu lalu soal tim koordinasi di kabupaten, Pokja PKP "
            "itu sebenarnya apa?"
        ),
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        (
            "Kalau nanti di rapat Bappeda ada yang tanya Pokja PPAS itu singkatan apa, saya "
            "jawab apa?"
        ),
        "istilah.pokjappas",
    ),
    (
        "🏠💧🚽 Pokja PPAS — huruf-hurufnya kepanjangan dari apa?",
        "istilah.pokjappas",
    ),
    (
        (
            "Kabupaten Lamandau punya Pokja AMPL, Kabupaten Seruyan juga punya. AMPL itu "
            "singkatan dari apa ya?"
        ),
        "istilah.pokjaampl",
    ),
    (
        (
            "Dengan hormat, Bapak/Ibu admin yang kami banggakan, semoga sehat selalu dan "
            "dimudahkan segala urusannya. Perkenankan saya bertanya: Pokja AMPL itu "
            "kepanjangannya apa?"
        ),
        "istilah.pokjaampl",
    ),
    (
        "RP3KP itu kepanjngannya apa ya, srg muncul di dokumen perencanaan",
        "istilah.rp3kp",
    ),
    (
        (
            "Ibarat pepatah, sedikit demi sedikit lama-lama menjadi bukit. Saya belajar "
            "istilah satu per satu: RP3KP itu dokumen apa?"
        ),
        "istilah.rp3kp",
    ),
    (
        "cek ya: [v] RP3KP sudah paham [ ] RP2KPKP belum — RP2KPKP itu singkatan apa?",
        "istilah.rp2kpkp",
    ),
    (
        "Lanjutan yang kemarin soal dokumen rencana kumuh, RP2KPKP itu maksudnya dokumen apa?",
        "istilah.rp2kpkp",
    ),
    (
        (
            "Nanti kalau Pak Lurah Langkai tanya 'KOTAKU itu program apa dulu?', saya harus "
            "jawab bagaimana?"
        ),
        "istilah.kotaku",
    ),
    (
        "🏙️🚫🏚️ KOTAKU — what's that one stand for?",
        "istilah.kotaku",
    ),
    (
        (
            "Kapuas dapat DAK Tematik PPKT, Kotim katanya juga. PPKT di situ singkatan apa, "
            "dan DAK Tematik PPKT itu maksudnya apa?"
        ),
        "istilah.daktematikppkt",
    ),
    (
        (
            "Yang terhormat Bapak/Ibu di Disperkimtan Provinsi, dengan segala hormat dan doa "
            "semoga sehat selalu. Kami ingin memastikan pengertian istilah DAK Tematik PPKT, "
            "mohon penjelasannya."
        ),
        "istilah.daktematikppkt",
    ),
    (
        "what does APBN stnd for? cheers",
        "istilah.apbn",
    ),
    (
        "Sambil menyelam minum air, sekalian saya tanya istilah: APBN itu anggaran apa?",
        "istilah.apbn",
    ),
    (
        (
            "✔ APBN = anggaran negara ✔ APBDes = anggaran desa ✘ APBD — yang di tengah ini "
            "artinya apa?"
        ),
        "istilah.apbd",
    ),
    (
        (
            "Seperti yang saya tanyakan kemarin sore, APBD itu kepanjangannya apa ya pak? "
            "kemarin belum sempat dibalas."
        ),
        "istilah.apbd",
    ),
    (
        "Kalau warga di Desa Tewang Papari tanya APBDes itu apa, jawaban singkatnya apa pak?",
        "istilah.apbdes",
    ),
    (
        "🏡💵 APBDes artinya apa? 🤷",
        "istilah.apbdes",
    ),
    (
        (
            "Kabupaten Katingan bilang dapat Bankeu, Kabupaten Gunung Mas juga. Bankeu itu "
            "singkatan dari apa?"
        ),
        "istilah.bankeu",
    ),
    (
        (
            "Bapak/Ibu admin yang terhormat, teriring salam dan doa semoga Bapak/Ibu "
            "sekeluarga sehat selalu. Mohon penjelasan, istilah Bankeu itu maksudnya apa?"
        ),
        "istilah.bankeu",
    ),
    (
        "pokkir itu artinya apa ya? sering dengar dari anggota dewan",
        "istilah.pokir",
    ),
    (
        (
            "Bagai pungguk merindukan bulan, usulan kami menunggu terus. Tapi saya tanya "
            "istilah dulu: Pokir itu kependekan dari apa?"
        ),
        "istilah.pokir",
    ),
    (
        "quick check: [v] RKPD [v] APBD [ ] Musrenbang — what does Musrenbang actually mean?",
        "istilah.musrenbang",
    ),
    (
        "Lanjutan obrolan minggu lalu pak, Musrenbang itu kepanjangannya apa?",
        "istilah.musrenbang",
    ),
    (
        "Besok saya presentasi di depan camat, kalau ditanya RKPD itu apa, jawabannya apa?",
        "istilah.rkpd",
    ),
    (
        "📘 RKPD itu dokumen apa ya? 🤔",
        "istilah.rkpd",
    ),
    (
        (
            "Bidang Perumahan di Kobar dan di Barut sama-sama sedang menyusun Renja. Renja "
            "itu singkatan apa?"
        ),
        "istilah.renja",
    ),
    (
        (
            "Dengan hormat, Bapak/Ibu admin yang terhormat, semoga senantiasa diberi "
            "kesehatan dan kelapangan waktu. Perkenankan kami bertanya, Renja itu maksudnya "
            "dokumen apa?"
        ),
        "istilah.renja",
    ),
    (
        "renstraa itu apa ya? rencana apa?",
        "istilah.renstra",
    ),
    (
        (
            "Ibarat pepatah, tak ada rotan akar pun jadi — atasan sedang dinas luar, jadi "
            "saya tanya bot saja: Renstra itu artinya apa?"
        ),
        "istilah.renstra",
    ),
    (
        (
            "cek: ✔ RPJMD = rencana lima tahunan daerah ✘ bukan rencana tahunan — benar "
            "begitu pengertiannya?"
        ),
        "istilah.rpjmd",
    ),
    (
        "Seperti saya tanya waktu itu, RPJMD itu kepanjangannya apa?",
        "istilah.rpjmd",
    ),
    (
        "Kalau anggota DPRD tanya ke saya KUA-PPAS itu apa, saya jawab apa ya?",
        "istilah.kuappas",
    ),
    (
        "📑 KUA-PPAS = apa? 🙏",
        "istilah.kuappas",
    ),
    (
        (
            "Dinas di Pulang Pisau sudah isi RKA, dinas di Tamiang Layang belum. RKA itu "
            "singkatan dari apa?"
        ),
        "istilah.rka",
    ),
    (
        (
            "Salam sejahtera Bapak/Ibu admin yang budiman, semoga selalu dalam lindungan-Nya. "
            "Izinkan saya menanyakan arti istilah RKA yang sering disebut bagian keuangan."
        ),
        "istilah.rka",
    ),
    (
        "DPA itu singktan apa ya pak?",
        "istilah.dpa",
    ),
    (
        "Sambil menyelam minum air — mumpung ingat: DPA itu maksudnya dokumen apa?",
        "istilah.dpa",
    ),
    (
        "[v] SIPD sudah bisa login [ ] kepanjangannya belum tahu — SIPD itu singkatan apa sih?",
        "istilah.sipd",
    ),
    (
        "Following on from yesterday's chat — what does SIPD stand for again?",
        "istilah.sipd",
    ),
    (
        "Kalau warga tanya Bapperida itu lembaga apa, saya jawab apa?",
        "istilah.bapperida",
    ),
    (
        "🏢📊 Bapperida itu badan apa ya?",
        "istilah.bapperida",
    ),
    (
        (
            "Di surat dari Kotim disebut OPD, di surat dari Barsel juga OPD. OPD itu "
            "kepanjangannya apa?"
        ),
        "istilah.opd",
    ),
    (
        (
            "Yang terhormat Bapak/Ibu admin, dengan penuh hormat dan harapan semoga sehat "
            "selalu, kami mohon izin bertanya: OPD itu artinya apa?"
        ),
        "istilah.opd",
    ),
    (
        "SKPD itu artinya apa ya? kepnjangannya apa",
        "istilah.skpd",
    ),
    (
        "As they say, better late than never — what's SKPD stand for, mate?",
        "istilah.skpd",
    ),
    (
        (
            "cek: ✔ SPAM di sini bukan email sampah ✔ ini soal air — jadi SPAM itu "
            "kepanjangannya apa?"
        ),
        "istilah.spam",
    ),
    (
        "Lanjutan yang kemarin ya pak, SPAM yang ada di dokumen RPJMD itu maksudnya apa?",
        "istilah.spam",
    ),
    (
        "Kalau nanti ditanya Pak Camat SPALD itu apa, saya jawab apa?",
        "istilah.spald",
    ),
    (
        "🚽➡️🏭 SPALD itu singkatan apa?",
        "istilah.spald",
    ),
    (
        (
            "Sampit's got an IPAL going in and Pangkalan Bun's talking about one too. What's "
            "an IPAL, in plain English?"
        ),
        "istilah.ipal",
    ),
    (
        (
            "Bapak/Ibu admin yang budiman, semoga sehat selalu. Dengan segala hormat kami "
            "ingin menanyakan arti singkatan IPAL."
        ),
        "istilah.ipal",
    ),
    (
        "TPS3R itu kepanjngannya apa? 3R nya apa?",
        "istilah.tps3r",
    ),
    (
        "Bagai air di daun talas, saya lupa terus: TPS3R itu artinya apa?",
        "istilah.tps3r",
    ),
    (
        "[v] MCK sudah masuk RAB [ ] tapi kepanjangannya saya lupa — MCK itu singkatan apa?",
        "istilah.mck",
    ),
    (
        "Seperti obrolan kita kemarin, MCK komunal itu maksudnya apa?",
        "istilah.mck",
    ),
    (
        "Kalau warga tanya RTRW itu apa — bukan RT/RW ya — saya jawab apa?",
        "istilah.rtrw",
    ),
    (
        "🗺️ RTRW itu rencana apa?",
        "istilah.rtrw",
    ),
    (
        (
            "Kota Palangka Raya sudah punya RDTR, Kabupaten Pulang Pisau masih menyusun. RDTR "
            "itu apa?"
        ),
        "istilah.rdtr",
    ),
    (
        (
            "Dengan hormat Bapak/Ibu admin, semoga sehat dan sukses selalu. Mohon izin, RDTR "
            "itu kepanjangannya apa ya?"
        ),
        "istilah.rdtr",
    ),
    (
        "PBG itu singkatan apa? pengganti IMB yaa?",
        "istilah.pbg",
    ),
    (
        "Ibarat pepatah, tak kenal maka tak sayang — PBG itu artinya apa?",
        "istilah.pbg",
    ),
    (
        "✔ PBG ✔ SKBG ✘ SLF — SLF itu kepanjangan dari apa?",
        "istilah.slf",
    ),
    (
        "Carrying on from what I asked the other day — what's an SLF?",
        "istilah.slf",
    ),
    (
        "Kalau pengembang tanya SKBG itu apa, jawaban saya apa pak?",
        "istilah.skbg",
    ),
    (
        "🏢📜 SKBG itu sertifikat apa?",
        "istilah.skbg",
    ),
    (
        (
            "Warga di Desa Sungai Bakau punya SKT, warga di Desa Bumi Harjo juga. SKT itu "
            "surat apa sebenarnya?"
        ),
        "istilah.skt",
    ),
    (
        (
            "Yang terhormat Bapak/Ibu admin yang baik hati, semoga sehat selalu. Kami mohon "
            "penjelasan: SKT itu singkatan dari apa?"
        ),
        "istilah.skt",
    ),
    (
        "clean and cleer itu maksudnya apa dalam urusan lahan?",
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    (
        (
            "Sambil menyelam minum air, sekalian tanya: istilah 'clean and clear' untuk tanah "
            "itu artinya apa?"
        ),
        "istilah.cleanandclear",
    ),
    (
        "cek: [v] APBD [v] APBN [ ] CSR — CSR itu apa ya?",
        "istilah.csr",
    ),
    (
        "Lanjutan yang minggu lalu ya pak, CSR itu singkatan apa?",
        "istilah.csr",
    ),
    (
        "Kalau nanti Pak Sekda tanya Rakor itu kepanjangannya apa, saya jawab apa?",
        ("istilah.rakor", "siklus.rakor"),
    ),
    (
        "📅🤝 Rakor itu singkatan dari apa?",
        "istilah.rakor",
    ),
    (
        (
            "Di Barut ada yang bilang LAPOR! itu aplikasi, di Bartim bilang itu sistem "
            "pengaduan. LAPOR! itu sebenarnya apa?"
        ),
        "istilah.lapor",
    ),
    (
        (
            "Bapak/Ibu admin yang terhormat, semoga Tuhan senantiasa melimpahkan kesehatan. "
            "Izinkan kami menanyakan: LAPOR! yang disebut-sebut itu apa ya?"
        ),
        "istilah.lapor",
    ),
    (
        "what does WIB stand for? teh timezone thing",
        "istilah.wib",
    ),
    (
        (
            "As the saying goes, there's no such thing as a silly question — what's 'backlog' "
            "mean in housing?"
        ),
        "istilah.backlog",
    ),
    (
        "cek: ✔ backlog = kekurangan rumah? ✘ belum yakin — backlog perumahan itu artinya apa?",
        "istilah.backlog",
    ),
    (
        "Seperti yang saya tanya kemarin, PKP itu singkatan dari apa?",
        "istilah.pkp",
    ),
    (
        "Kalau mahasiswa magang tanya PKP itu apa, saya jelaskan bagaimana?",
        "istilah.pkp",
    ),
    (
        "🏚️🏚️ kumuh itu definisinya apa ya?",
        "istilah.kumuh",
    ),
    (
        (
            "Kelurahan Baamang Hilir dan Kelurahan Mendawai sama-sama disebut kumuh. "
            "Sebenarnya yang disebut 'permukiman kumuh' itu apa?"
        ),
        "istilah.kumuh",
    ),
    (
        (
            "Yang terhormat Bapak/Ibu admin, semoga selalu sehat. Mohon maaf mengganggu "
            "waktunya, kami ingin tahu DAK itu singkatan dari apa?"
        ),
        "istilah.dak",
    ),
    (
        "DAKK itu dana apa ya? singkatannya apa?",
        "istilah.dak",
    ),
    (
        "Like they say, you learn something new every day — what's a rusun?",
        "istilah.rusun",
    ),
    (
        "cek: [v] rusunawa sudah paham [ ] rusun — rusun sendiri itu singkatan apa?",
        "istilah.rusun",
    ),
]

ROUND48_INTENTS: list[tuple[str, str]] = [
    (
        (
            "Seperti yang saya tanya minggu lalu, usulan jalan lingkungan kami di Pahandut "
            "sudah sampai mana? sudah diverifikasi belum?"
        ),
        "status",
    ),
    (
        "📨 usulan kami USL-2026-0004 👉 gimana kabarnya? ✅ atau ❌?",
        "status",
    ),
    (
        "usulan kmi yang drainase itu ditolak atau masih diperiksa ya?",
        "status",
    ),
    (
        "Sedia payung sebelum hujan: Rakor tahun ini kapan dan di mana ya?",
        "meeting",
    ),
    (
        "📅 rakor berikutnya tanggal berapa? 📍 tempatnya di mana?",
        "meeting",
    ),
    (
        (
            "Good morning to the lovely team at Disperkimtan, hope you're all well and "
            "thriving. When and where's the next Rakor on, if you don't mind me asking?"
        ),
        "meeting",
    ),
    (
        (
            "cek dulu ya: [v] DED [v] RAB [v] foto — tinggal kirim. Batas akhir usulan siklus "
            "ini sampai tanggal berapa?"
        ),
        "deadline",
    ),
    (
        (
            "Kalau kadis tanya sampai kapan usulan tahun ini masih diterima provinsi, saya "
            "jawab tanggal berapa?"
        ),
        "deadline",
    ),
    (
        "tenggat usullan tahun ini kapan ditutup?",
        "deadline",
    ),
    (
        (
            "Selamat pagi Bapak/Ibu admin yang budiman, semoga sehat selalu dan senantiasa "
            "dalam lindungan Tuhan."
        ),
        "greeting",
    ),
    (
        (
            "Ibarat pepatah, tak kenal maka tak sayang — salam kenal ya, saya operator baru "
            "dari Dinas Perkim Lamandau, mohon bantuannya."
        ),
        "greeting",
    ),
    (
        "👋 g'day! 🙏 cheers for all the help yesterday",
        "greeting",
    ),
    (
        (
            "Lanjutan yang kemarin ya pak: cara memasukkan usulan lewat bot ini bagaimana "
            "langkahnya?"
        ),
        "how_to_submit",
    ),
    (
        (
            "Saya dari Kotim mau usul jaling, teman saya dari Kobar mau usul drainase. Cara "
            "input usulan lewat bot ini bagaimana?"
        ),
        "how_to_submit",
    ),
    (
        (
            "✔ sudah terdaftar ✔ sudah disetujui admin ✘ belum pernah kirim usulan — cara "
            "mengajukan usulan di sini bagaimana?"
        ),
        "how_to_submit",
    ),
    (
        (
            "Lanjutan yang kemarin ya pak, usulan jaling kami dari Kotim yang dikirim bulan "
            "lalu sekarang sudah sampai mana? sudah diverifikasi atau belum?"
        ),
        "status",
    ),
    (
        "usln kami USL-2026-0004 sudh disetujui atau ditolak ya?",
        "status",
    ),
    (
        "📨 our drainage proposal ➡️ ✅ or ❌? any news on where it's at?",
        "status",
    ),
    (
        (
            "Ibarat pepatah, sedia payung sebelum hujan — saya mau atur jadwal dari sekarang. "
            "Rakor tahun ini kapan dan di mana ya?"
        ),
        "meeting",
    ),
    (
        "📅 rakor berikutnya tgl berapa? 📍 tempatnya di mana?",
        "meeting",
    ),
    (
        (
            "Yang terhormat Bapak/Ibu panitia, semoga sehat selalu. Izinkan kami menanyakan "
            "jadwal rapat koordinasi berikutnya: hari, tanggal, jam dan tempatnya, agar kami "
            "dari Barito Timur dapat menyiapkan perjalanan."
        ),
        "meeting",
    ),
    (
        (
            "cek dulu ya: [v] DED [v] RAB [v] foto — semua sudah siap, tapi batas akhir kirim "
            "usulan tahun ini sampai tanggal berapa?"
        ),
        "deadline",
    ),
    (
        (
            "Kalau nanti Kadis tanya 'usulan ke provinsi paling lambat kapan?', saya jawab "
            "apa? tolong info tenggatnya"
        ),
        "deadline",
    ),
    (
        "tenggat pengirman usulan tahun ini kapan ditutupp?",
        "deadline",
    ),
    (
        (
            "Selamat pagi Bapak/Ibu admin yang budiman, semoga sehat selalu dan lancar segala "
            "urusannya. Salam kenal dari kami di Dinas Perkim Kabupaten Murung Raya."
        ),
        "greeting",
    ),
    (
        "Terima kasih banyak pak, bagai mendapat durian runtuh, penjelasannya sangat membantu 🙏",
        "greeting",
    ),
    (
        "🙏🙏 makasih ya min 👍",
        "greeting",
    ),
    (
        (
            "Kami di Kecamatan Kumai dan Kecamatan Arut Selatan mau kirim usulan jaling lewat "
            "bot ini. Caranya gimana, mulai dari mana?"
        ),
        "how_to_submit",
    ),
    (
        (
            "Seperti yang saya tanya minggu lalu, bagaimana cara memasukkan usulan lewat "
            "Sinkron ini? perintahnya apa?"
        ),
        "how_to_submit",
    ),
    (
        (
            "Kalau staf baru saya tanya 'gimana cara input usulan di bot ini?', saya harus "
            "jelaskan apa?"
        ),
        "how_to_submit",
    ),
]

ROUND48_AREAS: list[tuple[str, str]] = [
    (
        "🏘️ kumuh 8,5 ha di Kasongan 👉 kewenangan siapa?",
        "kabkota",
    ),
    (
        "kawasan kummuh 10 hektar pas, kwenangan siapa?",
        "provinsi",
    ),
    (
        (
            "Bagai air di daun talas, saya ragu: kawasan kumuh yang luasnya persis 15 hektare "
            "itu provinsi atau pusat?"
        ),
        "pusat",
    ),
    (
        "cek dulu: [v] SK kumuh ada [v] luas delineasi 96.000 m2 — ini masuk kewenangan siapa?",
        "kabkota",
    ),
    (
        (
            "Kawasan kumuh di Katingan 11 ha dan di Gunung Mas 13,5 ha, masing-masing "
            "kewenangan siapa?"
        ),
        "provinsi",
    ),
    (
        (
            "If the Bupati asks who's responsible for a slum area of 22 hectares along the "
            "river, what do I tell him?"
        ),
        "pusat",
    ),
    (
        (
            "Yth. Bapak/Ibu admin, semoga sehat selalu. Izinkan kami bertanya, kawasan "
            "permukiman kumuh seluas 120.000 meter persegi di Kelurahan Ketapang menjadi "
            "kewenangan pemerintah mana?"
        ),
        "provinsi",
    ),
    (
        (
            "Lanjutan yang kemarin ya pak, lokasi kumuh di Selat Hulu delineasinya 132 ha, "
            "itu ranah siapa?"
        ),
        "pusat",
    ),
    (
        "📏 kumuh 14,99 ha 👉 masih provinsi atau sudah pusat?",
        "provinsi",
    ),
    (
        "kumuh 4 hektre di desa kami, yg tangani kab atau prov?",
        "kabkota",
    ),
    (
        "✔ kumuh ✔ 180.000 m² ✔ masuk SK — kewenangan siapa?",
        "pusat",
    ),
    (
        (
            "Sambil menyelam minum air, sekalian tanya: kawasan kumuh 9,9 ha di Sabangau itu "
            "siapa yang tangani?"
        ),
        "kabkota",
    ),
    (
        (
            "Kelurahan Baamang Hulu 11 ha dan Kelurahan Ketapang 13,5 ha, dua-duanya kumuh. "
            "Masing-masing kewenangan siapa?"
        ),
        "provinsi",
    ),
    (
        "🏘️ kumuh 8,5 hektar di Pahandut 👉 siapa yang tangani?",
        "kabkota",
    ),
    (
        (
            "cek ya: [v] SK kumuh [v] delineasi pas 15 hektare [ ] kewenangannya belum tahu — "
            "kawasan kumuh tepat 15 hektare itu urusan siapa?"
        ),
        "pusat",
    ),
    (
        (
            "Ibarat pepatah, lain lubuk lain ikannya. Kawasan kumuh di Kuala Kapuas luasnya "
            "100.000 m2, itu kewenangan provinsi atau kabupaten?"
        ),
        "provinsi",
    ),
    (
        (
            "Lanjutan yang kemarin ya, lokasi kumuh kami di Mentawa Baru Hilir setelah "
            "dihitung ulang ternyata 14,99 ha. Jadi masuk kewenangan siapa?"
        ),
        "provinsi",
    ),
    (
        (
            "Kalau nanti warga tanya kawasan kumuh seluas 95.000 meter persegi di Desa Sungai "
            "Bakau itu ditangani siapa, saya jawab apa?"
        ),
        "kabkota",
    ),
    (
        (
            "Yang terhormat Bapak/Ibu admin, semoga sehat selalu. Izinkan kami bertanya, "
            "kawasan kumuh tepian sungai di Kecamatan Selat dengan luas delineasi 245 hektare "
            "menurut SK, penanganannya kewenangan siapa?"
        ),
        "pusat",
    ),
    (
        "kwenangan kummuh 6,2 ha di Muara Teweh siapa ya?",
        "kabkota",
    ),
    (
        (
            "If the Bupati asks me who's responsible for a 16 hectares slum area in Sampit, "
            "what do I tell him? Cheers."
        ),
        "pusat",
    ),
    (
        (
            "✔ SK kumuh 2023 ✔ lokasi tercantum ✘ luasnya cuma 9,9 ha — ini masih provinsi "
            "atau kabupaten?"
        ),
        "kabkota",
    ),
    (
        (
            "Sambil menyelam minum air, sekalian tanya: kumuh 150.000 m² di Kelurahan Langkai "
            "itu kewenangan siapa?"
        ),
        "pusat",
    ),
    (
        (
            "Seperti yang saya tanyakan minggu lalu, kawasan kumuh 10 hektar pas di Kasongan "
            "itu ditangani provinsi atau masih kabupaten?"
        ),
        "provinsi",
    ),
]

ROUND48_OUT_OF_SCOPE: list[str] = [
    "💰 pagu anggaran Disperkimtan tahun 2027 berapa miliar?",
    "nomr HP kepala bidang kawasan permukiman berapa ya?",
    "Ada gula ada semut — harga semen per sak di Palangka Raya sekarang berapa?",
    (
        "Kalau kontraktor tanya siapa pemenang tender paket drainase di Sampit tahun "
        "lalu, saya jawab apa?"
    ),
    (
        "Seperti yang saya tanya minggu lalu, cuaca di Muara Teweh besok hujan nggak? Mau "
        "survei lokasi."
    ),
    (
        "Yang terhormat Bapak/Ibu admin yang budiman, semoga sehat selalu. Mohon izin, "
        "kami ingin tahu syarat pengajuan dana BOS untuk sekolah dasar di desa kami."
    ),
    (
        "cek dulu ya: [v] SPT tahunan [v] bukti potong [ ] NPWP — lapor pajak pribadi "
        "saya sudah cukup?"
    ),
    "🏠 how much does a 36 m² house cost to build in Sampit these days, roughly?",
    "berapa gaji PPPK di dinas perkimm provinsi?",
    (
        "Bagai menunggu hujan di musim kemarau — berapa unit RTLH yang dibangun provinsi "
        "di Barito Timur tahun 2025?"
    ),
    "Lanjutan kemarin: siapa nama kepala dinas Perkim Kabupaten Murung Raya yang sekarang?",
    (
        "Besok saya presentasi di depan camat; kalau ditanya berapa persen kawasan kumuh "
        "di Kota Palangka Raya yang sudah tertangani sampai 2025, angkanya berapa?"
    ),
    "Kotim dapat DAK Tematik PPKT tahun lalu, Kapuas juga. Berapa nilai DAK masing-masing?",
    (
        "Dear esteemed admin, hoping this finds you well and in good spirits. Would you "
        "happen to know the current interest rate on a subsidised KPR mortgage?"
    ),
    "✔ cuti tahunan ✘ cuti sakit — sisa cuti saya tahun ini berapa hari?",
    (
        "Ibarat pepatah, ada gula ada semut — berapa sebenarnya pagu anggaran "
        "Disperkimtan tahun 2026 untuk penanganan kumuh?"
    ),
    (
        "Lanjutan yang kemarin, siapa kontraktor pemenang tender jalan lingkungan di "
        "Kelurahan Panarung tahun lalu?"
    ),
    (
        "Yang terhormat Bapak/Ibu admin, semoga sehat selalu. Mohon izin, boleh kami "
        "minta nomor HP atau WA Kepala Bidang Kawasan Permukiman provinsi?"
    ),
    (
        "Tahun depan provinsi bangun rusunawa di Sampit dan di Pangkalan Bun, "
        "masing-masing berapa unit dan berapa nilai kontraknya?"
    ),
    "🏠💰 bantuan BSPS tahun ini per unit dapat berapa juta?",
    "jumlh RTLH di Kabupaten Seruyan skrg brp unit ya?",
    "🌧️ besok di Palangka Raya hujan nggak ya?",
    (
        "As they say, time flies — any idea when the Friday flight from Palangka Raya to "
        "Jakarta leaves?"
    ),
    (
        "cek dulu: [v] SPPD [v] tiket [ ] uang harian — besaran uang harian perjalanan "
        "dinas ke Palangka Raya berapa ya?"
    ),
    (
        "Yang terhormat admin, semoga sehat selalu. Mohon maaf ini agak pribadi: apakah "
        "ada info lowongan PPPK di lingkungan Pemprov Kalteng tahun ini?"
    ),
    "syrat pembuatan SIM C di Sampit apa aja ya?",
    "Seperti yang saya tanya kemarin, kapan gaji ke-13 cair tahun ini?",
    (
        "Besok saya presentasi di depan camat, kalau ditanya berapa angka kemiskinan "
        "Kabupaten Gunung Mas tahun lalu, jawabannya berapa?"
    ),
    (
        "Ibarat pepatah, hemat pangkal kaya — berapa tarif listrik PLN per kWh untuk "
        "rumah 900 VA sekarang?"
    ),
    "Harga semen di Muara Teweh dan di Puruk Cahu sekarang berapa per sak?",
]
