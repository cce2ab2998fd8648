"""Training table R15 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 38's styles, written by another hand for the first half of the topic list: asking why
or for the legal basis, emoji-heavy messages, tech-shy senior officers, place-heavy messages,
misremembered or garbled acronyms, requests for examples or lists, a preamble about what just
happened, Jakarta-style Indonesian-English mixing. Its slum-area questions are computed by
rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R15_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Dasar hukum pembagian kewenangan perumahan dan kawasan permukiman antara pusat, "
            "provinsi dan kabupaten/kota itu regulasi mana ya? lampiran yang mana?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "🏠🏘️ bagi-bagi tugas pusat 👉 provinsi 👉 kab/kota di urusan perkim itu kayak apa "
            "ya? minta gambaran besarnya aja dulu 🙏❓"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Selamat siang nak, maaf bapak mau tanya. Kemarin di rapat Bappeda ada yang "
            "bilang perumahan itu 'urusan wajib pelayanan dasar'. Bapak kurang paham "
            "maksudnya, memang perumahan termasuk urusan wajib ya nak? maklum sudah mau "
            "pensiun jadi istilah baru begini bapak agak ketinggalan"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Di Kuala Kurun kemarin Pak Sekda Gumas tanya ke kami, perumahan rakyat dan "
            "kawasan permukiman itu urusan wajib atau urusan pilihan? soalnya mau dipakai "
            "untuk urutan prioritas anggaran"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "kewengan penanganan kumu itu dibagi berdasarkan luasan ya? brp ha utk kab, brp "
            "ha utk prov?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Tolong sebutkan batas luas kawasan kumuh untuk masing-masing level: "
            "kabupaten/kota, provinsi, dan pusat"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Barusan rapat sama orang Balai, katanya kawasan kumuh yang luasnya 15 ha ke atas "
            "itu sudah urusan kementerian, bukan provinsi lagi. Benar begitu? yang persis 15 "
            "ha ikut pusat juga?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "For slum areas of fifteen hectares or more, is it the central government that "
            "handles them, not the province? Is that wording confirmed in the regulation?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Kenapa kegiatan pencegahan kumuh tidak bisa kami usulkan ke provinsi? aturan "
            "mana yang bilang itu tugas kabupaten?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "🚫🏚️ pencegahan kumuh itu tugas siapa sih? kab 🏢 atau prov 🏛️? 🤔🙏",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Dik, maaf saya mau tanya. Saya baru dimutasi dari dinas pertanian ke bidang "
            "perumahan, jadi masih bingung sekali. Untuk sub-urusan perumahan (bukan kawasan "
            "permukiman ya dik), apa saja yang jadi tugas kabupaten dan apa yang jadi tugas "
            "provinsi? terima kasih banyak sebelumnya"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Ada anggota dewan di Tamiang Layang nanya, di sub urusan perumahan itu provinsi "
            "pegang apa saja dan Bartim pegang apa saja? saya perlu jawaban singkat buat "
            "rapat besok"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "penyediaan rumah utk MBM (masyarakat berpenghasilan rendah) sm pembiayaan "
            "perumahannya itu wewenang pusat ya? bkn provinsi?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Apa saja yang masuk peran pemerintah pusat di bidang perumahan? kasih list dong, "
            "termasuk rusun atau tidak"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Baru pulang dari lokasi banjir di Kec. Timpah, Desa Lawang Kajang, banyak rumah "
            "warga rusak berat. Pak Kadis minta saya cek dulu: rumah korban bencana itu yang "
            "menangani kabupaten atau provinsi?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "so basically kalau warga kena relokasi gara-gara program pemprov, rumah barunya "
            "siapa yang handle? prov atau kab? ribet sih soalnya proyeknya punya provinsi "
            "tapi warganya warga kita"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Izin pembangunan perumahan itu kok bisa jadi kewenangan kabupaten, bukan "
            "provinsi? regulasi mana yang ngatur?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "📄✍️ SKBG sama izin kawasan permukiman 🏘️ itu yang nerbitin siapa ya? prov 🏛️ "
            "atau kab 🏢? developer nanya terus nih 😅"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Assalamualaikum ananda. Bapak mau bertanya soal sub-urusan kawasan permukiman. "
            "Dulu waktu bapak masih di Bappeda pembagiannya belum seperti sekarang. Yang "
            "bapak mau tahu, di sub-urusan kawasan permukiman itu tugas provinsi apa dan "
            "tugas kabupaten apa? mohon dijelaskan pelan-pelan ya nak"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Kami mau menata kawasan permukiman di tepi Sungai Mentaya, Kel. Mentawa Baru "
            "Hilir. Di sub urusan kawasan permukiman, kab pegang apa dan prov pegang apa?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Bedanya PSU permukiman dan PSU perumahan itu apa, dan kenapa yang satu provinsi "
            "yang satu kabupaten? dasarnya dari mana?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "ada berapa macam PSU dilihat dari kewenangannya? sebutkan mana yang punya "
            "provinsi, mana yang punya kab/kota"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Tadi pagi ditelpon Camat Cempaga, warga Desa Luwuk Ranggan minta jalan dan "
            "drainase. PSU yang bisa dibangun Disperkimtan provinsi itu yang seperti apa saja "
            "ya?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Can the province's PSU programme fix a damaged regency road, or is it only "
            "neighbourhood roads and drainage inside settlements?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Sertifikasi dan registrasi perancang rumah serta perencana PSU itu wewenang "
            "siapa? dasar hukumnya apa?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "👷\u200d♂️📐 registrasi konsultan perencana rumah & PSU yang tingkat kemampuan kecil / "
            "menengah / besar itu diurus di level mana ya? 🤔🙏"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Nak, bapak disuruh menyusun laporan SPM perumahan, padahal bapak belum pernah "
            "pegang. SPM perumahan untuk kabupaten itu jenis layanannya apa saja ya, dan "
            "targetnya berapa persen?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "What does the minimum service standard for housing require from the province, "
            "and what is the target?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "luas kumuh yg dipake buat nentuin kewenangan itu luas desa nya atau luas "
            "delinasi yg di SK? bingung nih"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Habis rapat sama tim Bappeda, mereka hitung luas kumuh pakai luas seluruh "
            "Kelurahan Baamang Tengah, jadinya lebih dari 15 ha. Yang benar, luas mana yang "
            "dipakai untuk menentukan kewenangan?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Siapa yang berwenang menetapkan lokasi kumuh, dan SK-nya harus dilengkapi apa "
            "saja? sebutkan"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "SK penetapan lokasi kumuh itu wajib ditinjau ulang tiap berapa tahun? pasal "
            "berapa yang ngatur?"
        ),
        "kumuh.penetapan",
    ),
    (
        "Sebutkan aspek-aspek kriteria kumuh menurut Permen PUPR 14/2018, ada berapa semuanya?",
        "kumuh.aspek",
    ),
    (
        (
            "🏚️💧🚮🔥 aspek penilaian kumuh itu apa aja ya? proteksi kebakaran juga ikut dinilai "
            "kah? 🙏"
        ),
        "kumuh.aspek",
    ),
    (
        "btw skor kumuh tuh max-nya berapa sih? terus kumuh berat itu mulai dari angka berapa?",
        "kumuh.penilaian",
    ),
    (
        (
            "Maaf dik, saya mau tanya soal penilaian kumuh. Dulu rekan saya pakai angka 71 ke "
            "atas untuk kumuh berat, sekarang katanya sudah berubah. Sekarang nilai berapa "
            "yang disebut kumuh berat ya? dan skornya dihitung bagaimana?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "Lokasi di Kelurahan Pahandut Seberang, seberang Sungai Kahayan, dapat total skor "
            "42. Itu masuk kumuh sedang atau kumuh ringan?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "rentang nilai kumuh sedeng sm kumuh ringan itu brp ya? yg 16 sampe brp gitu",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Baru selesai survei ke bantaran Sungai Kahayan di Kel. Pahandut, ternyata "
            "sebagian rumah berdiri di lahan ilegal. Pola penanganannya harusnya pemugaran, "
            "peremajaan, atau pemukiman kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        "Ada berapa macam pola penanganan kumuh? jelaskan bedanya masing-masing",
        "kumuh.pola_penanganan",
    ),
    (
        "Berapa jumlah lokasi kumuh di Kalimantan Tengah dan total luasnya berapa hektar?",
        "kumuh.kalteng",
    ),
    (
        (
            "Kalteng tuh kumuhnya kebanyakan di mana sih? kayak di pinggir sungai gitu ya? "
            "kabupaten mana yang paling banyak?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "Ananda, saya disuruh Kabid menyiapkan usulan kegiatan ke provinsi. Seumur-umur "
            "saya belum pernah bikin. Isi usulan itu apa saja ya, dan kenapa semua itu perlu "
            "diisi? mohon maaf kalau pertanyaannya terlalu dasar"
        ),
        "usulan.isi",
    ),
    (
        "Kenapa di usulan harus ada alasan atau justifikasi segala? apa gunanya bagi provinsi?",
        "usulan.isi",
    ),
    (
        "Jenis usulan apa saja yang bisa diajukan ke Disperkimtan provinsi? kasih contohnya",
        "usulan.jenis",
    ),
    (
        "📝 bisa usul apa aja ke prov? kumuh ✅ PSU ✅ RTLH ❓ rumah korban bencana ❓ lainnya ❓",
        "usulan.jenis",
    ),
    (
        (
            "Usulan kami di Desa Anjir Serapat Tengah, Kec. Kapuas Timur, pas di pinggir "
            "anjir. Data lokasi apa saja yang harus diisi? titik koordinat juga?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "utk data lokasi usulan, titk GPS wajib gak? trus pilihan perkotaan/perdesaan itu "
            "maksudnya apa?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Data penerima manfaat apa saja yang harus dimasukkan di usulan? KK, jiwa, unit "
            "rumah? sebutkan semuanya"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Sumber dana di usulan itu harus diisi apa? gue prefer APBD prov tapi boleh "
            "kombinasi ga? terus biayanya cukup perkiraan kan?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        "readines kriteria (RC) buat usulan PSU itu dokumennya apa aja? biar ga ditolak",
        "usulan.kesiapan",
    ),
    (
        (
            "Tadi Kadis WA, katanya usulan drainase kita tahun lalu kalah karena belum siap. "
            "Dokumen kesiapan apa saja yang dinilai provinsi untuk usulan PSU?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Why does the land have to be clean and clear before we propose? What exactly "
            "counts as clean and clear?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Lahan untuk jalan lingkungan di Desa Pangkalan Tiga, Kec. Pangkalan Lada masih "
            "tanah warga, baru ada SKT belum sertifikat. Status lahan begitu bisa diterima "
            "provinsi?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Nak, usulan kumuh kami masih pakai SK Bupati tahun 2018. Apakah SK itu masih "
            "bisa dipakai ya? bapak kurang paham aturan soal umur SK itu, takut nanti "
            "usulannya dikembalikan"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "SK kumu nya udh ada tp lokasi yg mau kami usulin ga tercantum di SK, tetep bisa "
            "diusulin ga?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Dokumen teknis yang perlu dilampirkan di usulan apa saja? DED, RAB, terus apa "
            "lagi? tolong list lengkap"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        "📐 DED 💰 RAB 📋 RKS 🗺️ site plan 📸 foto — semuanya wajib dilampirkan kah? 😅🙏",
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Barusan ada surat dari provinsi, minta kami buat surat pernyataan kesediaan "
            "menerima hibah serta operasi dan pemeliharaan. Maksud surat itu apa ya, isinya "
            "menyatakan apa saja?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Surat pernyataan O&P itu kenapa sih diminta? alasannya apa kabupaten harus "
            "menyatakan sanggup memelihara?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Warga di Desa Sungai Tuat, Kec. Lamandau rumahnya sudah reyot, tapi tanahnya "
            "masih numpang di tanah keluarga. Bisa dapat bantuan RTLH dari provinsi nggak?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "usulan RTHL lewat prov syaratnya apa aja? bisa buat bangun rumah baru ga? "
            "penerimanya yg nentuin siapa?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Maaf dik, tadi ada warga satu RT datang ke kantor, mau minta jalan lingkungan "
            "langsung ke provinsi tanpa lewat dinas. Apa boleh masyarakat mengusulkan "
            "sendiri? harus diketahui siapa saja?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "kalau warga mau request drainase langsung ke prov, harus diketahui RT RW Lurah "
            "Camat gitu ya? ribet sih tapi oke, ada syarat lain ga?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Why are neighbourhood roads built by the province handed over to the regency "
            "afterwards? Who maintains them after the handover?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Kemarin pekerjaan drainase provinsi di Kelurahan Menteng, Jekan Raya sudah "
            "selesai, terus kami dapat undangan tanda tangan BAST. Setelah dihibahkan, "
            "pemeliharaannya jadi tanggung jawab siapa?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Kalau usulan kami ternyata bukan kewenangan provinsi, sumber dana lain apa saja "
            "yang bisa dicoba? sebutkan"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        "❌ bukan wewenang prov 😢 trus kemana lagi cari dana nya? 💰 APBN? DAK? dana desa? CSR? 🙏",  # noqa: E501
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Siklus usulan ke provinsi tuh timeline-nya gimana sih? usulan yang kita kirim "
            "tahun ini buat anggaran tahun depan kan?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "sikluss usulan tahunannya gmn ya? mulai dr kab nyusun usulan sampe diputus, "
            "tahap2nya apa aja?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "When the province reviews our proposals, what does it check? Just completeness, "
            "or site and authority too?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        "Kenapa usulan kami dicek kewenangannya juga? bukankah cukup kalau dokumennya lengkap?",
        "siklus.pemeriksaan",
    ),
    (
        (
            "Selamat pagi ananda. Saya diminta Kadis mewakili ke Rakor bidang kawasan "
            "permukiman, padahal saya belum pernah ikut sama sekali. Rakor itu sebenarnya "
            "acara apa ya, siapa saja yang hadir dan apa yang dibahas di sana?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "rakorr sinkronisasi kawasan permukiman se-kalteng tu tujuannya apa? diadain "
            "berapa kali setahun?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Rakor baru selesai, katanya usulan kami disetujui. Habis ini prosesnya ke mana "
            "ya? Musrenbang dulu, RKPD, atau langsung masuk APBD?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "so basically setelah Rakor usulan yang lolos masuk RKPD dulu baru APBD ya? bot "
            "ini ngikutin sampai APBD juga ga?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        "Pokja PKP itu dibentuk berdasarkan peraturan apa? kenapa kabupaten perlu punya Pokja?",
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Pak Sekda Katingan mau menghidupkan lagi Pokja PKP di Kasongan yang sudah lama "
            "vakum. Pokja PKP itu sebenarnya kelompok kerja untuk apa ya?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        "📍 kantor Disperkimtan prov di mana ya? mau antar berkas usulan langsung 📄🚗💨",
        "disperkimtan.kontak",
    ),
    (
        (
            "dinas perkimtan prov kalteng alamatnya di jl panjaitan no brp ya? yg dulu bekas "
            "RS jiwa itu kah?"
        ),
        "disperkimtan.kontak",
    ),
    (
        (
            "Nak, bapak baru pertama kali pakai bot di Telegram begini, biasanya cuma WA. "
            "Perintah-perintahnya apa saja ya? dan jam yang dipakai bot ini WIB atau WITA? "
            "maaf merepotkan"
        ),
        "bot.cara_pakai",
    ),
    (
        "I just joined this bot, what commands can I use? Is there a list somewhere?",
        "bot.cara_pakai",
    ),
    (
        (
            "Di form /usul nanti ditanya apa saja? foto maksimal berapa, dan PDF boleh "
            "dilampirkan berapa file?"
        ),
        "bot.usul",
    ),
    (
        (
            "Tadi sudah setengah jalan isi /usul tapi sinyal di Puruk Cahu hilang. Isian saya "
            "hilang nggak? bisa dilanjutkan, atau salin dari usulan lama?"
        ),
        "bot.usul",
    ),
    (
        "status usulan 'perlu perbaikn' sama 'verifiaksi' itu artinya apa? beda ya?",
        "bot.status",
    ),
    (
        (
            "📌 status usulan kami tertulis 'dibahas di Rakor' 🤔 itu artinya apa ya? udah aman "
            "kah atau masih bisa ditolak? 😅"
        ),
        "bot.status",
    ),
    (
        (
            "Barusan notif masuk: usulan kami ditolak dengan alasan bukan kewenangan "
            "provinsi. Terus kami harus ngapain sekarang?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Kenapa usulan bisa 'dialihkan' ke APBD kabupaten? itu bedanya apa dengan "
            "ditolak? dasar pengalihannya apa?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "Berapa hari kerja usulan harus ditanggapi provinsi? standar tindak lanjutnya apa saja?",
        "bot.tindak_lanjut",
    ),
    (
        (
            "katanya ada standar kayak LAPORR itu ya, 3 hari kerja verifkasi? itu mengikat "
            "dinas prov atau cuma standar bot?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Dik, saya dapat undangan rapat lewat bot ini, tapi hari itu saya ada acara adat "
            "di kampung. Apakah bisa saya wakilkan ke staf saya? caranya bagaimana ya dik?"
        ),
        "bot.rapat",
    ),
    (
        (
            "🔔 pengingat rapat dari bot dikirim kapan aja ya? H-7? H-1? ⏰📅 bisa konfirmasi "
            "hadir juga di sini? ✅"
        ),
        "bot.rapat",
    ),
    (
        "Perkim itu literally singkatan dari apa sih? gue baru di dinas",
        "istilah.perkim",
    ),
    (
        "Perkin itu kepanjangannya apa ya? eh maksudnya Perkim, typo",
        "istilah.perkim",
    ),
    (
        "🏢 Disperkimtan ➡️ kepanjangannya apa ya? 'tan' nya itu pertanahan? 🤔",
        "istilah.disperkimtan",
    ),
    (
        (
            "Maaf nak, Disperkimtan itu singkatan apa ya? bapak taunya dulu cuma Dinas "
            "Perkim, sekarang ada 'tan'-nya, bapak jadi ragu menulis di surat"
        ),
        "istilah.disperkimtan",
    ),
    (
        (
            "Di Musrenbang Kec. Sebangau Kuala kemarin warga desa Sebangau Permai sering "
            "bilang 'minta PSU'. PSU itu sebenarnya singkatan apa?"
        ),
        "istilah.psu",
    ),
    (
        "PUS itu apa ya? eh PSU maksud saya, prasarana sarana apa gitu",
        "istilah.psu",
    ),
    (
        "jaling itu jalan lingkungan atau jalan lintas? 😅",
        "istilah.jaling",
    ),
    (
        (
            "Tadi Camat Jabiren Raya WA 'tolong usulkan jaling di Tumbang Nusa'. Jaling itu "
            "apa ya maksudnya?"
        ),
        "istilah.jaling",
    ),
    (
        (
            "Maaf dik, pertanyaan dasar sekali. Drainase itu persisnya apa? saluran air hujan "
            "kah atau got di depan rumah?"
        ),
        "istilah.drainase",
    ),
    (
        "What does drainase mean here? like just the roadside ditches?",
        "istilah.drainase",
    ),
    (
        "KR di tabel SK kumuh itu singkatan apa? kumuh rendah?",
        "istilah.kr",
    ),
    (
        "📊 KR 🤔 artinya apa ya di data kumuh? 🙏",
        "istilah.kr",
    ),
    (
        "Di lampiran SK kumuh Kotim, lokasi Baamang Hulu ditulis KS. KS itu apa ya?",
        "istilah.ks",
    ),
    (
        "KS di dokumen baseline kumuh itu kumuh sedang ya? or something else?",
        "istilah.ks",
    ),
    (
        "KB 🏚️ di data kumuh itu artinya apa ya? bukan keluarga berencana kan 😅😂",
        "istilah.kb",
    ),
    (
        ("Barusan baca lampiran SK kumuh Kapuas, di kolom tingkat ada kode KB. Itu maksudnya apa?"),
        "istilah.kb",
    ),
    (
        (
            "Nak, orang-orang di rapat sering bilang 'SK kumuh, SK kumuh', bapak malu mau "
            "bertanya langsung. SK kumuh itu sebenarnya surat apa ya nak?"
        ),
        "istilah.skkumuh",
    ),
    (
        "What is an SK kumuh, exactly?",
        "istilah.skkumuh",
    ),
    (
        "delinasi itu artinya apa sih?",
        "istilah.delineasi",
    ),
    (
        (
            "Konsultan minta peta delineasi kawasan kumuh di Desa Sei Pasah, Kapuas Hilir, "
            "yang di tepi Sungai Kapuas. Delineasi itu maksudnya apa ya?"
        ),
        "istilah.delineasi",
    ),
    (
        "RTLH itu singkatan apa btw? sering denger tapi lupa terus",
        "istilah.rtlh",
    ),
    (
        "RTLH stands for what? I keep seeing it in the proposal form",
        "istilah.rtlh",
    ),
    (
        "RLH 🏠✅ itu apa ya? 🤔",
        "istilah.rlh",
    ),
    (
        "Apa beda RTLH dengan RLH? hurufnya cuma beda satu",
        ("istilah.rtlh", "istilah.rlh"),
    ),
    (
        (
            "Tadi ada ibu-ibu dari Desa Pangkoh Hilir datang ke kantor minta 'bedah rumah'. "
            "Bedah rumah itu istilah resminya apa ya?"
        ),
        "istilah.bedahrumah",
    ),
    (
        "bedah rumah tuh sama kayak perbaikan RTLH kan? or program yang beda?",
        "istilah.bedahrumah",
    ),
    (
        "BSBS itu apa ya? bantuan stimulan apa gitu",
        "istilah.bsps",
    ),
    (
        "BSPS itu kepanjangannya apa dan diatur di permen berapa?",
        "istilah.bsps",
    ),
    (
        "MBR 👨\u200d👩\u200d👧💸 itu singkatan apa ya? 🙏",
        "istilah.mbr",
    ),
    (
        (
            "Banyak warga nelayan di Desa Bapinang Hilir Laut, Pulau Hanaut penghasilannya "
            "kecil, dan di dokumen pusat mereka disebut MBR. MBR itu apa?"
        ),
        "istilah.mbr",
    ),
    (
        "rusunnawa itu beda sama rusun biasa? 'wa' nya itu apa?",
        "istilah.rusunawa",
    ),
    (
        "What is a rusunawa? Is it a rental flat?",
        "istilah.rusunawa",
    ),
    (
        (
            "Maaf nak, istilah rusus itu apa ya? bapak dengar di rapat dengan Balai, bapak "
            "kira tadinya rumah susun"
        ),
        "istilah.rusus",
    ),
    (
        "rusus tuh apa sih? rumah khusus gitu? beda sama rusun kan?",
        "istilah.rusus",
    ),
]

TRAIN_R15_INTENTS: list[tuple[str, str]] = [
    (
        "usulan kami USL-2026-0014 sampai mana ya prosesnya? 🙏",
        "status",
    ),
    (
        (
            "Nak, usulan jalan lingkungan Kobar yang kami kirim bulan lalu itu sudah diterima "
            "atau ditolak ya?"
        ),
        "status",
    ),
    (
        "Rakor tahun ini kapan dan di mana ya? biar saya siapkan SPPD",
        "meeting",
    ),
    (
        "rapat berikutnya jam berapa? tempatnya di aula dinas lagi kah? 📅",
        "meeting",
    ),
    (
        "batas akhir pengiriman usulan tahun ini tanggal berapa?",
        "deadline",
    ),
    (
        "masih bisa kirim usulan sampai kapan ya? takut telat 😅",
        "deadline",
    ),
    (
        "Selamat pagi, terima kasih banyak atas bantuannya 🙏",
        "greeting",
    ),
    (
        "halo bot, tolong bantu saya",
        "greeting",
    ),
    (
        "gimana cara ngirim usulan lewat bot ini? mulai dari mana?",
        "how_to_submit",
    ),
    (
        "How do I enter a new proposal here?",
        "how_to_submit",
    ),
]

TRAIN_R15_AREAS: list[tuple[str, str]] = [
    (
        ("Kawasan kumuh di Kelurahan Mendawai, Arut Selatan luasnya 8,4 ha, siapa yang menangani?"),
        "kabkota",
    ),
    (
        "luas delineasi kumuh di Kel. Panarung 95.000 meter persegi, kewenangan kab atau prov?",
        "kabkota",
    ),
    (
        "kumuh 10 hektar pas di Baamang Hilir, itu kewenangan siapa?",
        "provinsi",
    ),
    (
        "Lokasi kumuh Selat Tengah di SK luasnya 125.000 m2, masuk provinsi atau kabupaten?",
        "provinsi",
    ),
    (
        "kawasan kumuh tepi sungai di Kuala Pembuang 150.000 m² itu urusan siapa ya? 🤔",
        "pusat",
    ),
    (
        "A slum area of 22 hectares in Sampit: which level of government is responsible?",
        "pusat",
    ),
]

TRAIN_R15_OUT_OF_SCOPE: list[str] = [
    "Berapa pagu anggaran Disperkimtan Kalteng untuk penanganan kumuh tahun 2027?",
    "Nomor HP Kabid Kawasan Permukiman provinsi berapa ya? mau telpon langsung",
    "Berapa honor narasumber waktu Rakor tahun lalu?",
    "Siapa pemenang tender jalan lingkungan di Kuala Kapuas tahun kemarin?",
    "Syarat KPR subsidi FLPP di bank apa saja ya? ada warga yang tanya",
    "Harga semen per sak di Sampit sekarang berapa?",
    "Besok Palangka Raya hujan nggak ya? mau ke lapangan",
    "Izin tambang galian C untuk tanah urug ngurusnya ke dinas mana?",
    "Cara mengajukan cuti tahunan ASN lewat aplikasi kepegawaian gimana?",
    "Jadwal imunisasi anak di Puskesmas Kasongan kapan ya?",
]
