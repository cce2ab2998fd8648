"""Training table R17 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Topics the matcher confuses, in pairs: twenty pairs taken from the confident wrong answers of
`bench/asked.py --leave-one-out --groups 6` on the tuning tables (never a held-out one), with
three questions that belong clearly to each side of a pair, so the matcher learns where the
line between them runs; in round 38's styles mixed with plain officer chat, and six
out-of-scope questions near the pairs' words.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R17_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        "klin en klir itu maksudnya apa ya, sering dengar pas verifikasi tapi ga ngerti",
        "istilah.cleanandclear",
    ),
    (
        (
            "btw C&C tuh singkatan dari clean and clear kan? artinya literally lahannya "
            "bersih gitu atau gimana"
        ),
        "istilah.cleanandclear",
    ),
    (
        "What does 'clean and clear' mean when people talk about the land for a project site?",
        "istilah.cleanandclear",
    ),
    (
        (
            "lokasi jaling di Desa Bapinang Hilir, Kec. Pulau Hanaut, tanahnya milik desa dan "
            "belum bersertifikat. di usulan status lahannya pilih apa, terus masih bisa "
            "dikirim nggak?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "kenapa lahan usulan harus clean and clear? kalau jawabnya 'belum tahu' "
            "pengaruhnya ke penilaian apa"
        ),
        "usulan.lahan",
    ),
    (
        "pilihan status lahan di isian usulan ada berapa macam? tolong sebutkan",
        "usulan.lahan",
    ),
    (
        (
            "sub urusan perumahan di lampiran UU 23/2014 itu bagian provinsinya apa saja? "
            "huruf berapa lampirannya"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Selamat siang nak, mohon maaf bapak ini sudah tua dan kurang paham aturan. Di "
            "kantor ada yang bilang urusan perumahan itu semuanya dipegang kabupaten, ada "
            "juga yang bilang sebagian provinsi. Khusus yang perumahan saja ya nak, bukan "
            "kumuh, provinsi kebagian apa dan kabupaten kebagian apa?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "kasih list kewenangan kab/kota di sub-urusan perumahan dong, yang bukan kawasan "
            "permukiman"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "so basically pembagian kewenangan perkim pusat-prov-kab tuh gimana sih secara "
            "garis besar? gue butuh overview semuanya, bukan cuma kumuh"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Barusan rapat sama Bappeda, mereka minta kami bikin satu slide ringkasan siapa "
            "pegang apa di bidang PKP: kumuh, PSU, perumahan sampai pencegahan. Bisa dikasih "
            "petanya secara utuh?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "can u give me the big picture of who handles what in housing & settlements? "
            "centre vs province vs regency"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "🏘️ kumuh yg luasnya 15 ha ke atas 👉 itu urusan pusat ya❓ provinsi bener2 ga bisa "
            "pegang? 🙏"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "aturan yang bilang kawasan kumuh 15 hektar atau lebih itu kewenangan pemerintah "
            "pusat bunyinya gimana, dan apa itu sudah pasti?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        "kewengan kumuh yg 15ha keatas itu dipegang kementrian kan, bukan disperkim prov?",
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "kalau usulan kami dinyatakan bukan kewenangan provinsi, alternatif sumber "
            "dananya apa aja? sebutkan urut dari yang paling cocok"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Kawasan kumuh di tepian Sungai Mentaya, Kel. Mentawa Baru Hulu, Ketapang, masuk "
            "kategori 15 ha ke atas. Karena bukan jatah provinsi, pendanaannya bisa kami cari "
            "lewat jalur apa? APBN atau DAK PPKT?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        "usulan dialihkan krn bukan kewenangan prov, trus dana bs dr mana aja",
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Pak Camat Dusun Selatan di Buntok tanya ke saya, apa provinsi punya kewenangan "
            "di bidang perumahan (bukan kawasan permukiman). Menurut lampiran UU 23, provinsi "
            "pegang apa saja di sub-urusan perumahan?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Under the housing sub-affair of Law 23/2014, what exactly falls to the "
            "provincial government, and what stays with the regencies?"
        ),
        "kewenangan.perumahan",
    ),
    (
        "🏠 urusan perumahan 👉 provinsi pegang apa, kabupaten pegang apa, pusat apa? ❓🙏",
        "kewenangan.perumahan",
    ),
    (
        (
            "Ananda, maaf mengganggu. Ada warga kami yang rumahnya sudah reyot sekali, mau "
            "kami usulkan bedah rumah lewat provinsi. Apa saja syaratnya ya? Tanahnya warisan "
            "orang tua, baru ada surat keterangan tanah dari desa. Maklum saya kurang paham, "
            "terima kasih."
        ),
        "usulan.rtlh",
    ),
    (
        "usulan RTHL ke prov, warga yg blm punya rumah sama sekali bisa dibangunin baru ga?",
        "usulan.rtlh",
    ),
    (
        (
            "kenapa penerima RTLH provinsi harus ditetapkan pakai SK Gubernur? ga cukup SK "
            "kepala dinas aja?"
        ),
        "usulan.rtlh",
    ),
    (
        "pokja pkp kepanjangannya apa",
        "istilah.pokjapkp",
    ),
    (
        "📄 di checklist ada tulisan 'SK Pokja PKP' 😅 Pokja PKP itu apa ya artinya❓",
        "istilah.pokjapkp",
    ),
    (
        "sorry newbie here, what does Pokja PKP stand for?",
        "istilah.pokjapkp",
    ),
    (
        "dasar hukum pembentukan Pokja PKP di daerah itu permen apa, pasal berapa?",
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Kadis baru WA, minta kami aktifkan lagi Pokja PKP kabupaten. Sebenarnya Pokja "
            "itu kerjanya ngapain dan biasanya diketuai siapa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "pokja PKP vs forum PKP bedanya apa sih? prefer penjelasan singkat aja, ribet sih "
            "baca permennya"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "rakor bidang kawasan permukiman se-kalteng itu biasanya bahas apa aja? sebutkan "
            "agendanya"
        ),
        "siklus.rakor",
    ),
    (
        (
            "raker kawasan permukiman yg tiap tahun diadain prov itu tujuannya apa ya, yg "
            "ikut siapa aja"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Kami dari Kec. Katingan Hilir, Kasongan, baru pertama kali akan ikut rakor "
            "bidang kawasan permukiman. Sebenarnya di rakor itu apa yang dibahas, dan kenapa "
            "usulan kami harus dibahas di situ dulu?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "kenapa usulan yg sudah lolos rakor masih harus lewat musrenbang dan RKPD? kok ga "
            "langsung masuk APBD"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "after rakor, so basically usulan kita jalan ke mana aja sampai beneran "
            "dianggarkan? musrenbang dulu atau RKPD dulu?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Dik, maaf bapak mau tanya yang agak panjang. Usulan jalan lingkungan kami "
            "kemarin sudah disetujui. Apakah itu artinya sudah pasti ada uangnya di APBD "
            "provinsi tahun depan? Atau masih ada tahapan lain lagi sesudahnya? Mohon "
            "dijelaskan pelan-pelan."
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "📸 foto kondisi eksisting wajib ya? maksimal berapa foto 📄 terus DED RAB dikirim "
            "bentuk PDF? 🙏"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        "RKS sama side plan wajib dilampirin di usulan ga? atau cukup DED sama RAP aja",
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Untuk usulan drainase di Kel. Baamang Tengah, Sampit, kami baru punya RAB dan "
            "foto genangan, DED belum jadi. Dokumen teknis apa saja yang sebaiknya "
            "dilampirkan?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        "readiness criteria usulan PSU itu apa aja? kasih list lengkap",
        "usulan.kesiapan",
    ),
    (
        (
            "Which readiness documents should a regency prepare for a PSU proposal so it "
            "scores well on readiness?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Barusan selesai rapat internal, Kabid bilang usulan kita tahun lalu kalah karena "
            "'belum siap'. Sebenarnya dokumen kesiapan apa saja yang dinilai provinsi selain "
            "DED dan RAB?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "PKP di nama bidang kami itu singkatan dari perumahan dan kawasan pemukiman ya? "
            "atau permukiman?"
        ),
        "istilah.pkp",
    ),
    (
        (
            "Nak, maaf, bapak sering baca singkatan PKP di surat-surat dari provinsi. Itu "
            "kepanjangannya apa ya? Jangan ditertawakan ya, maklum sudah mau pensiun."
        ),
        "istilah.pkp",
    ),
    (
        (
            "PKP itu apa sih, kayak sering banget muncul di nomenklatur tapi gue ga pernah "
            "tau kepanjangannya"
        ),
        "istilah.pkp",
    ),
    (
        "👥 pokja PKP 👉 pokja itu kependekan dari apa? kelompok kerja ya❓",
        "istilah.pokjapkp",
    ),
    (
        (
            "tadi ada undangan dari Bapperida atas nama 'Pokja PKP Provinsi', saya kurang "
            "paham istilahnya. Pokja PKP itu artinya apa?"
        ),
        "istilah.pokjapkp",
    ),
    (
        "arti pokja pkp",
        "istilah.pokjapkp",
    ),
    (
        (
            "Kami dari Kuala Kurun mau antar berkas langsung ke Disperkimtan provinsi di "
            "Palangka Raya. Kantornya di jalan apa ya?"
        ),
        "disperkimtan.kontak",
    ),
    (
        "disperkimtan provinsi punya bidang apa aja? sebutkan",
        "disperkimtan.kontak",
    ),
    (
        "what's the official website of the provincial housing agency, Disperkimtan Kalteng?",
        "disperkimtan.kontak",
    ),
    (
        (
            "apa dasar hukum pembagian kewenangan PKP antara pusat, provinsi dan kabupaten? "
            "UU berapa, lampiran huruf apa"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Selamat pagi ananda. Bapak baru dipindah dari dinas pertanian ke perkim, jadi "
            "masih awam sekali. Kalau boleh, tolong jelaskan secara umum dulu, urusan "
            "perumahan dan permukiman ini dibagi bagaimana antara kementerian, provinsi dan "
            "kabupaten? Terima kasih banyak."
        ),
        "kewenangan.ringkasan",
    ),
    (
        "peta kewengan perkim secara keseluruhan ada? pusat prov kabkota",
        "kewenangan.ringkasan",
    ),
    (
        (
            "Banjir besar di Kec. Mendawai kemarin merendam rumah warga Kampung Melayu dan "
            "Tewang Kampung, statusnya bencana kabupaten. Rehab rumahnya tanggung jawab "
            "provinsi atau kabupaten?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "kenapa rumah korban bencana skala kabupaten ga bisa diusulkan ke provinsi? "
            "alasannya apa"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "warga yg direlokasi gara2 program pemprov, rumahnya siapa yang nyediain? make "
            "sense kalau provinsi sih, tapi pengen pastiin"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "🌊🏠 rumah korban banjir skala kabupaten 👉 bukan kewenangan prov 😅 terus 💰 dananya "
            "bisa dari mana aja❓"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "If housing for relocated residents is a regency-scale programme and the province "
            "won't fund it, which funding channels should we look at?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Baru pulang dari lokasi kebakaran di Desa Sungai Bakau, Kumai. Bupati minta "
            "rumah warga segera dibangun, tapi kata teman di provinsi ini bencana skala "
            "kabupaten. Kalau begitu, sumber pendanaan apa yang bisa kami kejar?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        "PUS perumahan sama PUS permukiman beda kewengannya ya? yg mana punya prov",
        "kewenangan.psu",
    ),
    (
        (
            "Tadi pagi dapat disposisi dari Pak Sekda: ada kompleks perumahan developer di "
            "Jekan Raya yang jalannya rusak. PSU perumahan begitu kewenangan provinsi atau "
            "kota?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "apa dasarnya PSU permukiman jadi urusan provinsi dan PSU perumahan urusan "
            "kab/kota? nomenklatur SIPD yang mana"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Jalan lingkungan di Desa Tumbang Tariak, Kec. Kurun, posisinya pas di sisi jalan "
            "kabupaten. Drainase sepanjang jalan kabupaten itu bisa dibangun Disperkimtan "
            "prov nggak?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        "jenis PSU apa saja yang biasanya dibangun disperkimtan provinsi? contohnya apa",
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Maaf dik, bapak mau tanya. Kampung kami di pedalaman, jauh dari kota. Bantuan "
            "jalan lingkungan dan parit dari provinsi itu hanya untuk daerah perkotaan, atau "
            "desa-desa juga bisa dapat? Terima kasih sebelumnya."
        ),
        "psu.lingkup_provinsi",
    ),
    (
        "KK di form tuh maksudnya kartu keluarga atau kepala keluarga sih? agak confusing",
        "istilah.kk",
    ),
    (
        "quick one: what does KK stand for?",
        "istilah.kk",
    ),
    (
        "❓ KK itu singkatan apa ya 🙏😅",
        "istilah.kk",
    ),
    (
        "penerima manfaat diisi KK sama jiwa, kalo jiwanya lebih kecil dr KK ditolak ya?",
        "usulan.penerima_biaya",
    ),
    (
        "sumber dana yang bisa dipilih waktu isi usulan ada apa aja? kasih list",
        "usulan.penerima_biaya",
    ),
    (
        (
            "Usulan peningkatan jalan lingkungan di Desa Bahaur Hilir, Kahayan Kuala, "
            "melayani sekitar 300 KK. Biayanya kami tulis dengan format angka bagaimana, dan "
            "kalau ada dana pendamping dari APBD kabupaten itu diisi di mana?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Nak, bapak tadi ditanya anggota dewan soal SK kumuh, bapak sendiri kurang paham. "
            "SK kumuh itu sebenarnya surat keputusan tentang apa ya? Maaf kalau pertanyaannya "
            "sederhana."
        ),
        "istilah.skkumuh",
    ),
    (
        "SK kumu itu apa sih artinya",
        "istilah.skkumuh",
    ),
    (
        "What is meant by an 'SK kumuh' in Indonesian slum programmes?",
        "istilah.skkumuh",
    ),
    (
        (
            "Baru cek arsip, SK kumuh kabupaten kami terbit tahun 2019. Masih bisa dipakai di "
            "usulan kumuh tahun ini, atau bakal kena peringatan?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Lokasi kumuh di bantaran Sungai Kahayan, Kel. Pahandut Seberang, ternyata belum "
            "tercantum di SK kumuh Wali Kota. Kalau tetap diusulkan, apa akibatnya?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        "data SK kumuh apa aja yang harus diisi waktu usulan kumuh? nomor, tanggal, apa lagi?",
        "usulan.sk_kumuh",
    ),
    (
        (
            "pembagian kewenangan penanganan kumuh berdasarkan luas ada berapa tingkat? "
            "sebutkan batas-batasnya"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "btw penanganan kumuh itu dibagi per luasan kan? prov ambil range yg mana, kab yg "
            "mana, literally bunyi aturannya gimana"
        ),
        "kewenangan.kumuh",
    ),
    (
        "🏘️ kumuh ➡️ dibagi by luas ya❓ 📏 batasnya 10 ha & 15 ha? provinsi yg tengah2 ✅?",
        "kewenangan.kumuh",
    ),
    (
        (
            "kumuh di bawah 10 ha kan urusan kabupaten, kenapa kami disarankan ke APBD kab, "
            "DAK PPKT atau APBDes? ada pilihan lain ga?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Ananda, kata teman di provinsi kawasan kumuh kami luasnya masih di bawah batas "
            "provinsi, jadi itu urusan kabupaten. Bapak jadi bingung mau cari dana dari mana. "
            "Kira-kira ada jalur apa saja yang bisa dicoba? Mohon maaf merepotkan."
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Kawasan kumuh Desa Sungai Tendang di Kumai ternyata kecil, di bawah 10 ha. "
            "Selain APBD Kobar, bisa pakai dana desa atau CSR perusahaan sawit di sekitar "
            "situ?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "status 'dialihkan' sama 'ditolak' bedanya apa? terus 'dibatalkan' itu siapa yg "
            "bs ngubah"
        ),
        "bot.status",
    ),
    (
        "⏳ status 'perlu perbaikan' itu artinya apa❓ harus ngapain 🙏",
        "bot.status",
    ),
    (
        (
            "what do the statuses mean, 'verifikasi' vs 'dibahas di Rakor'? and is "
            "'disetujui' final?"
        ),
        "bot.status",
    ),
    (
        (
            "Tadi lagi isi /usul di lapangan, sinyal putus di tengah jalan. Isian yang sudah "
            "saya masukkan hilang atau tersimpan sebagai draf?"
        ),
        "bot.usul",
    ),
    (
        "di /usul ditanya apa aja sih? sebutkan urutan isiannya",
        "bot.usul",
    ),
    (
        (
            "bisa nggak pas /usul gue copy usulan tahun lalu aja biar ga ngetik ulang? ribet "
            "sih kalau dari nol"
        ),
        "bot.usul",
    ),
    (
        (
            "kenapa aset jalan lingkungan yang dibangun provinsi harus dihibahkan ke "
            "kabupaten? dasar hukumnya PP berapa"
        ),
        "hibah.aset",
    ),
    (
        (
            "Drainase yang dibangun provinsi di Kel. Melayu, Muara Teweh, tahun lalu sudah "
            "selesai. BAST dan naskah hibahnya ditandatangani siapa saja, dan setelah itu "
            "pemeliharaannya tanggung jawab siapa?"
        ),
        "hibah.aset",
    ),
    (
        (
            "jadi setelah serah terima, asetnya masuk catatan BMD kita ya? which is "
            "maintenance-nya juga kita yang nanggung?"
        ),
        "hibah.aset",
    ),
    (
        "surat pernyataan yang dilampirkan di usulan itu menyatakan apa saja? sebutkan poinnya",
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Selamat sore nak. Bapak diminta atasan melengkapi usulan dengan surat pernyataan "
            "hibah dan operasi pemeliharaan. Bapak belum pernah membuatnya. Surat itu "
            "sebenarnya wajib atau tidak, dan gunanya untuk apa dalam usulan?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        "surat pernytaan O n P itu hrs dilampirin waktu ngusulin PSU ya?",
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Saya petugas Barsel, tapi mau bantu usulkan lokasi di Kec. Jelai, Sukamara. Bisa "
            "lewat /usul pakai akun saya?"
        ),
        "bot.usul",
    ),
    (
        "After I finish the /usul form, what reference number do I get for the proposal?",
        "bot.usul",
    ),
    (
        (
            "kenapa pilihan kabupaten di /usul terkunci otomatis? alasannya apa kok ga bisa "
            "pilih kabupaten lain"
        ),
        "bot.usul",
    ),
    (
        "RAB gue masih excel, harus di-convert ke PDF dulu ya buat dilampirin? max berapa file",
        "usulan.dokumen_teknis",
    ),
    (
        "📐 site plan 📄 DED 💰 RAB ➡️ semuanya wajib ❓ atau boleh nyusul 😅",
        "usulan.dokumen_teknis",
    ),
    (
        "foto lokasi minimal brp maksimal brp",
        "usulan.dokumen_teknis",
    ),
    (
        (
            "verivikasi usulan sama provinsi itu ngecek apa aja? administrasi doang atau "
            "sampe teknis lapangan"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Dik, bapak mohon maaf bertanya. Setelah usulan kami kirim, apa yang dilakukan "
            "orang provinsi terhadap usulan itu? Dicek ke lapangan, atau cukup dibaca "
            "berkasnya saja? Supaya bapak bisa siap-siap kalau ada tamu."
        ),
        "siklus.pemeriksaan",
    ),
    (
        "how does the province actually check our proposals? admin check, technical, authority?",
        "siklus.pemeriksaan",
    ),
    (
        "✅ DED ✅ RAB ✅ lahan C&C ❓ apa lagi yg dihitung di kesiapan usulan kumuh 🙏",
        "usulan.kesiapan",
    ),
    (
        (
            "kenapa dokumen kesiapan kayak DED dan RAB ikut dinilai? bobotnya di skor "
            "prioritas berapa"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Untuk usulan PSU di Desa Bina Jaya, Dadahup, eks UPT transmigrasi, kami sudah "
            "pegang berita acara kesepakatan warga dan surat Bupati. Itu terhitung dokumen "
            "kesiapan nggak?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "berapa hari kerja standar provinsi harus memverifikasi lalu menanggapi usulan? "
            "sebutkan tahapannya"
        ),
        "bot.tindak_lanjut",
    ),
    (
        "patokan 3 hari kerja itu dasar aturannya dari mana? kok bot pakai standar itu",
        "bot.tindak_lanjut",
    ),
    (
        (
            "standar tindak lanjt usulan ngikut LAPOR ya? brp hr hrs dijawab, sabtu minggu "
            "dihitung ga"
        ),
        "bot.tindak_lanjut",
    ),
    (
        "LAPOR! itu apa sih? kayak aplikasi pengaduan gitu ya?",
        "istilah.lapor",
    ),
    (
        "What is LAPOR!? Is it a government system?",
        "istilah.lapor",
    ),
    (
        (
            "Nak, maaf, bapak lihat di penjelasan bot ada tulisan LAPOR pakai tanda seru. Itu "
            "maksudnya apa ya? Nama lembaga atau apa? Bapak kurang paham istilah-istilah "
            "baru."
        ),
        "istilah.lapor",
    ),
    (
        "📍 kantor disperkimtan prov alamatnya dimana ya❓ 🙏",
        "disperkimtan.kontak",
    ),
    (
        (
            "Pak Kadis barusan WA minta saya ke provinsi besok. Disperkimtan provinsi itu "
            "berdiri sejak kapan dan tugasnya apa? biar ga salah ngomong"
        ),
        "disperkimtan.kontak",
    ),
    (
        (
            "Saya dari Tamiang Layang naik travel ke Palangka Raya, mau ke kantor "
            "Disperkimtan provinsi. Turun di Jl. D.I. Panjaitan sudah benar?"
        ),
        "disperkimtan.kontak",
    ),
    (
        "disperkimtam itu kepanjangannya apa, dinas perumahan ... pertamanan?",
        "istilah.disperkimtan",
    ),
    (
        "Disperkimtan itu gabungan dari urusan apa saja? sebutkan dari singkatannya",
        "istilah.disperkimtan",
    ),
    (
        "disperkimtan singkatan dr apa ya",
        "istilah.disperkimtan",
    ),
]

TRAIN_R17_OUT_OF_SCOPE: list[str] = [
    "nomor telepon atau WA kantor disperkimtan prov berapa ya? mau konfirmasi berkas usulan",
    "berapa total pagu anggaran PSU jalan lingkungan provinsi untuk TA 2027?",
    "siapa pemenang tender pembangunan drainase di Kec. Baamang tahun ini?",
    "uang harian SPPD ke Palangka Raya buat ikut rakor berapa ya per hari?",
    "harga satuan beton K-225 per m3 di Muara Teweh sekarang berapa?",
    "besok di Kuala Kapuas hujan ga ya 🌧️ mau survei lokasi kumuh di Selat Hilir",
]
TRAIN_R17_INTENTS: list[tuple[str, str]] = []
TRAIN_R17_AREAS: list[tuple[str, str]] = []
