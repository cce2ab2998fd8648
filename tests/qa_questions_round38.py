"""Round 38 held-out question table for the Sinkron bot.

Written 2026-12-06 by two helpers who had not seen the knowledge base or any other question
table; they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md) plus the place-name list.

Style emphasis of this round: asking why, or for the legal basis ("kenapa kok jadi urusan
provinsi?", "pasal berapa yang atur"); emoji-heavy messages (emoji decorating or standing in
for words); tech-shy senior officers (long-winded, apologetic, addressing the bot as "nak");
place-heavy messages (real kecamatan and desa names and local details around the question);
misremembered or garbled acronyms and near-miss terms ("RTHL", "PUS", "raker" for Rakor);
asking for examples, lists or counts ("sebutkan", "contohnya apa aja"); a preamble about what
just happened (a meeting, a phone call, a site visit) before the question; Jakarta-style
Indonesian-English mixing ("which is", "literally", "so basically", "gue/lo"). About one
question in ten is in English.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND38_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Dasar hukum pembagian urusan perumahan dan kawasan permukiman antara pusat, "
            "provinsi dan kab/kota itu UU yang mana ya? Lampirannya huruf apa?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Selamat siang nak. Maaf bapak baru dipindah dari dinas pertanian ke Perkim, jadi "
            "masih awam sekali. Bisa dijelaskan garis besarnya saja, di bidang perumahan dan "
            "permukiman ini mana yang tugas provinsi dan mana yang tugas kabupaten? Bapak mau "
            "lapor ke pimpinan."
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "perumahan rakyat & kawasan permukiman itu urusan wajib pelayanan dasar atau "
            "urusan pilihan? pasal berapa yg atur?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Quick question for a briefing note: is housing and settlements a mandatory "
            "basic-service affair under the regional government law, or an optional one?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Apa alasannya penanganan kawasan kumuh dibagi berdasarkan luas hektar? Aturan "
            "mana yang bilang begitu, mau saya kutip di telaahan staf."
        ),
        "kewenangan.kumuh",
    ),
    (
        "📏 batas luas kumuh utk tiap level pemerintah brp ha ya❓ kab 👉 ? prov 👉 ? pusat 👉 ? 🙏",  # noqa: E501
        "kewenangan.kumuh",
    ),
    (
        (
            "Kami di Pangkalan Bun punya beberapa lokasi kumuh di tepian Sungai Arut, Kel. "
            "Raja dan Raja Seberang, ukurannya beda-beda. Bagaimana aturan pembagian "
            "kewenangannya menurut luas, supaya kami tahu mana yang bisa dibawa ke provinsi?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Di Kec. Selat, Kuala Kapuas, kawasan kumuh tepian Sungai Kapuas yang meliputi "
            "Selat Hulu, Selat Tengah sampai Selat Dalam luasnya ratusan hektar. Kawasan "
            "sebesar itu jadi tanggung jawab siapa, bisa kami usulkan ke provinsi?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "For slum areas of 15 hectares or more, is it the central government that is "
            "responsible? And is that wording actually confirmed in the law?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "pencegahan kumuh itu kewenangan siapa? kenapa provinsi tidak ikut menangani "
            "pencegahan, dasarnya apa?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Dik, maaf mengganggu. Kami ingin membuat kegiatan supaya permukiman baru di "
            "pinggiran kota tidak berkembang jadi kumuh, semacam pencegahan begitu. Apakah "
            "kegiatan seperti itu bisa dimintakan ke provinsi, atau memang harus kabupaten "
            "sendiri? Bapak kurang paham aturannya."
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "🏠 sub-urusan perumahan ➡️ provinsi pegang apa aja sih? kab apa? 🤔🙏",
        "kewenangan.perumahan",
    ),
    (
        (
            "Nak, bapak sudah coba baca tabel pembagian urusan di undang-undang tapi pusing, "
            "hurufnya kecil sekali. Untuk sub-urusan perumahan saja, pembagian antara pusat, "
            "provinsi dan kabupaten itu bagaimana ya? Pelan-pelan saja jelaskannya."
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Kenapa penyediaan rumah untuk MBR tidak bisa kami usulkan ke provinsi? Siapa "
            "yang punya kewenangan dan dasarnya apa?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        "💰 pembiayaan perumahan buat MBR 🏢 itu urusan pusat ya? provinsi ga pegang? 🙏",
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Banjir besar kemarin merendam Desa Tumbang Liting dan Talian Kereng di Katingan "
            "Hilir, belasan rumah warga rusak berat. Penyediaan rumah untuk korban banjir ini "
            "tanggungan kabupaten atau bisa provinsi?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "If families have to move because of a provincial government project, who is "
            "responsible for providing their new housing?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Rumah bagi warga yang terkena relokasi program pemda kabupaten itu tanggung "
            "jawab siapa? aturan mana yang mengatur?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Izin pembangunan dan pengembangan perumahan itu diterbitkan oleh siapa? kenapa "
            "bukan provinsi, dasarnya apa?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Selamat pagi nak. Tadi ada pengembang perumahan datang ke kantor tanya soal izin "
            "pengembangan kawasan permukiman dan sertifikat kepemilikan bangunan gedung, SKBG "
            "begitu. Bapak bingung, itu wewenang kami di kabupaten atau mereka harus ke "
            "provinsi? Maaf bapak tanya di sini."
        ),
        "kewenangan.izin",
    ),
    (
        (
            "🏘️ sub-urusan kawasan permukiman ➡️ pembagian pusat / prov / kab gmn? 👉 mohon "
            "pencerahan 🙏"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Under the settlement areas sub-affair, what exactly does each level of government do?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Kenapa PSU di kompleks perumahan pengembang tidak bisa diusulkan ke provinsi? "
            "Kan sama-sama jalan dan drainase. Dasar aturannya apa?"
        ),
        "kewenangan.psu",
    ),
    (
        "🛣️ PSU permukiman vs PSU perumahan 🤷 bedanya apa & mana yg prov? 🙏🙏",
        "kewenangan.psu",
    ),
    (
        (
            "Di Kel. Menteng, Jekan Raya ada perumahan subsidi yang jalannya rusak, dan di "
            "Kel. Tumbang Rungan ada kampung lama di pinggir Sungai Kahayan yang belum punya "
            "drainase. Dua-duanya PSU, tapi mana yang kewenangan provinsi dan mana yang kota?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Jalan lingkungan di Kel. Mentawa Baru Hulu, Sampit, dekat Pasar Mentaya sering "
            "tergenang, tapi jalan kabupaten di depannya juga rusak parah. Yang mana yang "
            "bisa diusulkan ke Disperkimtan provinsi?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Nak, bapak mau tanya, PSU yang dibangun oleh provinsi itu sebenarnya apa saja "
            "ya? Bapak kira bisa termasuk balai desa, lapangan, bahkan jembatan. Kata teman "
            "ternyata tidak semua. Mohon dijelaskan."
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Sertifikasi dan registrasi perancang rumah serta perencana PSU tingkat kemampuan "
            "kecil itu kewenangan siapa? yang menengah dan besar? ada dasarnya?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Which level of government certifies and registers house and PSU designers of "
            "medium capability?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "SPM perumahan rakyat dasar hukumnya PP berapa pasal berapa? standar teknisnya di "
            "permen apa?"
        ),
        "kewenangan.spm",
    ),
    (
        "📊 target SPM rumah layak huni utk korban bencana provinsi brp persen? 🎯🙏",
        "kewenangan.spm",
    ),
    (
        (
            "Desa Pulau Mambulau di Bataguh itu luas sekali, tapi lokasi kumuh di SK hanya "
            "sebagian di bantaran sungai. Untuk menentukan kewenangan, luas yang dipakai luas "
            "desa atau luas lokasi yang di SK?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Dik, mohon maaf bapak mau tanya lagi. Luas kumuh yang dihitung untuk kewenangan "
            "itu yang mana ya? Kemarin tim kami ukur sendiri di lapangan, hasilnya beda "
            "dengan angka di SK Bupati. Bapak harus pakai yang mana?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Siapa yang berwenang menetapkan lokasi permukiman kumuh? Pasal berapa di Permen "
            "PUPR 14/2018 yang mengatur?"
        ),
        "kumuh.penetapan",
    ),
    (
        "📜 SK kumuh kab kami terbit thn 2019, wajib ditinjau ulang tiap brp thn ya? ⏳🤔",
        "kumuh.penetapan",
    ),
    (
        "7️⃣ aspek kriteria kumuh itu apa aja ya? 📋 mau bikin form survey 🙏",
        "kumuh.aspek",
    ),
    (
        (
            "What are the seven aspects used to assess whether a location is a slum, and how "
            "many criteria are there in total?"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "kenapa lokasi kami masuk kategori kumuh berat? berapa batas nilainya dan aturan "
            "mana yang menetapkan?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "Nak, bapak lihat lembar penilaian kumuh ada angka 0, 1, 3, 5 di tiap kriteria. "
            "Maksudnya bagaimana itu? Nilai maksimalnya berapa? Bapak dulu guru, jadi "
            "terbiasa nilai 100, hehe."
        ),
        "kumuh.penilaian",
    ),
    (
        "🟡 kumuh sedang skornya brp s/d brp? 🟢 kumuh ringan? 😅",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Hasil penilaian lokasi di Kel. Pahandut Seberang totalnya 42. Itu masuk kumuh "
            "ringan atau sedang ya?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "apa alasannya lokasi kumuh di atas lahan ilegal harus pemukiman kembali, tidak "
            "bisa pemugaran saja?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Permukiman di atas air sepanjang Sungai Mentaya di Kel. Baamang Hilir kondisinya "
            "kumuh sedang dan lahannya legal. Pola penanganan yang cocok pemugaran, "
            "peremajaan atau pemukiman kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Katanya Kabupaten Kapuas punya lokasi kumuh paling banyak se-Kalteng, betul? "
            "Total lokasi dan luas kumuh se-provinsi berapa?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "How many slum locations are recorded in Central Kalimantan, and what kind of "
            "areas are they mostly in?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "Selamat pagi nak. Bapak disuruh kepala dinas menyiapkan usulan ke provinsi, "
            "padahal bapak belum pernah. Isinya apa saja yang harus disiapkan ya? Bapak catat "
            "dulu di buku."
        ),
        "usulan.isi",
    ),
    (
        (
            "Kenapa form usulan nanya banyak sekali, sampai sektor, titik GPS, foto? apa "
            "gunanya semua itu buat provinsi?"
        ),
        "usulan.isi",
    ),
    (
        "📝 jenis usulan yg bisa diajukan ke prov apa aja? kumuh, PSU, RTLH, rumah...? 🙏",
        "usulan.jenis",
    ),
    (
        (
            "Dinas kami di Kuala Kurun mau ajukan tiga kegiatan: jalan lingkungan di Kel. "
            "Tewah, perbaikan rumah tidak layak huni di Sepang Kota, dan rumah untuk korban "
            "longsor. Semua itu termasuk jenis usulan yang bisa masuk?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Usulan kami lokasinya di Desa Bapinang Hilir Laut, Kec. Pulau Hanaut, dekat "
            "muara. Data lokasi apa saja yang harus kami isi, termasuk titik koordinat?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Dik, waktu mengisi lokasi usulan itu bapak harus tulis kecamatan, desa, lalu apa "
            "lagi? Nama lokasinya harus sama persis dengan di SK kumuh kah? Bapak takut salah "
            "ketik."
        ),
        "usulan.lokasi",
    ),
    (
        "💸 sumber dana yg bisa dipilih di usulan apa aja? 👥 KK & jiwa wajib diisi? 🤔",
        "usulan.penerima_biaya",
    ),
    (
        (
            "kenapa usulan harus mencantumkan jumlah KK, jiwa, dan perkiraan biaya? dipakai "
            "buat apa?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Kenapa usulan PSU harus sudah punya DED, RAB, dan lahan clean and clear? Apa "
            "dasar readiness criteria itu?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Nak, di rapat kemarin disebut-sebut 'kesiapan usulan' atau readiness criteria. "
            "Bapak kurang paham. Dokumen apa saja yang harus ada supaya usulan jalan "
            "lingkungan kami dianggap siap?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Rencana drainase di Desa Pangkoh Hilir, Pandih Batu, desa eks transmigrasi, "
            "melewati tanah warga yang baru punya SKT, belum sertifikat. Apakah status lahan "
            "seperti itu masih bisa dianggap clean and clear?"
        ),
        "usulan.lahan",
    ),
    (
        "🏞️ lahan 'clean and clear' syaratnya apa aja? 📄 sertifikat? 🗺️ RTRW? ⚖️ sengketa? 🙏",
        "usulan.lahan",
    ),
    (
        (
            "Kenapa usulan kumuh wajib mencantumkan nomor dan tanggal SK kumuh? Kalau SK-nya "
            "sudah 6 tahun bagaimana?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Lokasi kumuh di Kel. Ketapang, Kec. Mentawa Baru Ketapang ternyata tidak "
            "tercantum di SK kumuh Kotim yang terakhir. Masih bisa kami usulkan ke provinsi "
            "atau harus revisi SK dulu?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        "📐 DED, 💵 RAB, 📑 RKS, 🗺️ site plan, 📸 foto — mana yg wajib dilampirkan di usulan? 😅",
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Which technical documents should we attach to a proposal: detailed design, cost "
            "estimate, specifications, site plan, photos?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Maaf nak mengganggu malam-malam. Bapak mau tanya soal surat pernyataan kesediaan "
            "menerima hibah dan operasi pemeliharaan itu. Siapa yang harus tanda tangan dan "
            "kenapa diperlukan ya?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "apa dasarnya kabupaten harus bikin surat pernyataan sanggup menerima hibah dan "
            "melakukan O&P? wajib atau tidak?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Ada nenek di Desa Tumbang Manyarung, Mandau Talawang, rumah papannya hampir "
            "roboh di pinggir sungai. Tanahnya warisan dan belum ada surat apa-apa. Bisa "
            "diusulkan RTLH lewat provinsi?"
        ),
        "usulan.rtlh",
    ),
    (
        "🏚️ syarat RTLH lewat provinsi apa aja? 🆕 bangun rumah baru bisa? 🙏",
        "usulan.rtlh",
    ),
    (
        (
            "Kenapa penerima bantuan RTLH dari provinsi harus ditetapkan dengan SK Gubernur? "
            "Tidak cukup usulan kabupaten?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Nak, warga satu RT di kelurahan kami datang ke kantor minta jalan lingkungan "
            "dibangun. Mereka mau kirim surat langsung ke provinsi saja katanya. Apa boleh "
            "begitu? Syaratnya apa ya? Bapak takut salah mengarahkan."
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Warga Kel. Kalampangan, Sabangau, sudah kumpulkan tanda tangan minta drainase di "
            "gang-gang dekat kebun sayur. Surat permohonan itu harus diketahui siapa saja "
            "supaya diterima Disperkimtan?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Kenapa jalan lingkungan yang dibangun provinsi harus dihibahkan ke kabupaten? "
            "Apa dasar hukumnya?"
        ),
        "hibah.aset",
    ),
    (
        "📝 BAST & naskah hibah aset dr prov itu siapa yg tanda tangan? 🔧 perawatannya siapa? 🙏",
        "hibah.aset",
    ),
    (
        (
            "Once the province finishes building a drainage channel on the regency's land, "
            "who owns it and who maintains it?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Lokasi kumuh di Kel. Sei Pasah, Kapuas Hilir cuma sekitar 4 ha jadi bukan "
            "kewenangan provinsi. Dananya bisa kami cari dari mana saja?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Dik, kalau usulan kami ternyata bukan urusan provinsi, bapak bingung harus cari "
            "dana ke mana lagi. Warga sudah menunggu lama. Ada jalan lain ya?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Kenapa usulan yang kami kirim tahun ini baru masuk anggaran tahun depan? "
            "siklusnya memang begitu?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Could you walk me through the annual proposal cycle, from a regency sending a "
            "proposal to the provincial budget?"
        ),
        "siklus.tahunan",
    ),
    (
        "🔍 usulan kami nanti diperiksa apa aja sm provinsi? 📑 administrasi? 🏗️ teknis? 🤔",
        "siklus.pemeriksaan",
    ),
    (
        (
            "Nak, setelah usulan dikirim, bagaimana provinsi memeriksanya? Apakah ada petugas "
            "yang turun ke lapangan? Bapak tanya supaya bisa menyiapkan warga."
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Apa tujuan Rakor Bidang Kawasan Permukiman diadakan tiap tahun? Apa hubungannya "
            "dengan Musrenbang provinsi?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Dinas Perkim Barito Utara tiap tahun diundang Rakor kawasan permukiman ke "
            "Palangka Raya, jauh dari Muara Teweh. Sebenarnya apa yang dibahas di Rakor itu "
            "dan siapa saja pesertanya?"
        ),
        "siklus.rakor",
    ),
    (
        "🗓️ Rakor ➡️ Musrenbang ➡️ RKPD ➡️ APBD 💰 betul begitu urutannya? 🙏",
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Dik, usulan kami katanya sudah disetujui setelah Rakor, tapi kok belum ada "
            "anggarannya? Bapak ditanya terus sama kepala desa. Prosesnya setelah disetujui "
            "itu bagaimana?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Dik, bapak ditunjuk jadi sekretaris Pokja PKP kabupaten. Terus terang bapak "
            "belum tahu Pokja itu tugasnya apa. Mohon penjelasannya."
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        "Pokja PKP dibentuk berdasarkan aturan apa? Permen PUPR nomor berapa?",
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Kami dari Tamiang Layang rencana antar berkas usulan langsung ke Palangka Raya "
            "minggu depan. Kantor Disperkimtan provinsi di jalan apa ya?"
        ),
        "disperkimtan.kontak",
    ),
    (
        "📍 alamat kantor Disperkimtan Prov Kalteng dmn ya? 🏢🚗🙏",
        "disperkimtan.kontak",
    ),
    (
        (
            "Maaf nak, bapak sudah tua, kurang paham HP. Di bot ini perintahnya apa saja? Apa "
            "harus diketik pakai garis miring di depan? Tadi bapak coba ketik biasa saja."
        ),
        "bot.cara_pakai",
    ),
    (
        "⏰ jam yg tampil di bot ini WIB atau WITA? 😅 kadang bingung",
        "bot.cara_pakai",
    ),
    (
        "📸 di /usul bisa kirim maksimal brp foto? 📄 PDF brp? 🙏",
        "bot.usul",
    ),
    (
        (
            "kenapa waktu isi /usul saya ketik luas 250 ha malah disuruh konfirmasi ulang? "
            "apa yang salah?"
        ),
        "bot.usul",
    ),
    (
        "Can I copy last year's proposal in the bot instead of typing everything again?",
        "bot.usul",
    ),
    (
        (
            "Nak, di bot tertulis status usulan bapak 'perlu perbaikan'. Itu artinya apa ya? "
            "Apakah usulan bapak ditolak? Bapak jadi cemas."
        ),
        "bot.status",
    ),
    (
        (
            "🟢 disetujui 🔴 ditolak 🔀 dialihkan ⏸️ dibahas di Rakor ❌ dibatalkan — arti "
            "status2 ini apa aja? 🤔"
        ),
        "bot.status",
    ),
    (
        (
            "Nak, usulan bapak ditolak, alasannya bukan kewenangan provinsi. Bapak agak "
            "kecewa. Sekarang bapak harus bagaimana? Bisa diajukan lagi atau ada jalan lain?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Usulan drainase kami di Kel. Tumbang Tahai, Bukit Batu statusnya dialihkan ke "
            "DAK. Maksudnya apa itu, dan langkah kami selanjutnya apa?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Berapa hari kerja usulan harus diverifikasi? Itu aturan resmi Disperkimtan atau "
            "standar dari mana?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Is there a service standard for how fast proposals get checked and answered? "
            "Where does it come from?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        "🔔 pengingat rapat dr bot dikirim kapan aja? H-7? H-1? ⏰",
        "bot.rapat",
    ),
    (
        (
            "Nak, bapak sering lupa tanggal. Kalau ada undangan rapat di bot ini, nanti bapak "
            "diingatkan lagi atau tidak? Apakah bapak juga harus menjawab hadir atau tidak?"
        ),
        "bot.rapat",
    ),
    (
        "Perkim 🏘️ itu singkatan dr apa? 😅",
        "istilah.perkim",
    ),
    (
        (
            "Maaf dik, bapak sering dengar orang kantor bilang 'Perkim, Perkim'. Itu "
            "maksudnya apa ya?"
        ),
        "istilah.perkim",
    ),
    (
        "Kenapa dinas provinsi namanya Disperkimtan, bukan Disperkim saja? 'tan'-nya itu apa?",
        "istilah.disperkimtan",
    ),
    (
        (
            "Di Kasongan dinas kami namanya Dinas Perkim, sedangkan di provinsi Disperkimtan. "
            "Kepanjangan Disperkimtan itu apa?"
        ),
        "istilah.disperkimtan",
    ),
    (
        "Nak, PSU itu kepanjangannya apa? Bapak baru di bidang ini, malu mau tanya ke staf.",
        "istilah.psu",
    ),
    (
        "PSU = Prasarana, ❓, ❓ 🤔 lengkapnya apa ya? 🙏",
        "istilah.psu",
    ),
    (
        "jaling 🛣️ itu apa sih? 😂 baru denger",
        "istilah.jaling",
    ),
    (
        (
            "Waktu musyawarah di Desa Sungai Cabang, Kumai, kepala desa minta 'jaling' "
            "dibangun dekat dermaga. Jaling itu maksudnya apa?"
        ),
        "istilah.jaling",
    ),
    (
        (
            "Dik, istilah drainase itu apa persisnya? Parit di depan rumah warga termasuk "
            "drainase atau bukan? Bapak kurang paham bahasa teknis."
        ),
        "istilah.drainase",
    ),
    (
        "KR di tabel kumuh artinya apa? 🤔📋",
        "istilah.kr",
    ),
    (
        (
            "Di daftar lokasi kumuh Barsel, lokasi Kel. Jelapat, Buntok ditandai 'KS'. "
            "Artinya apa ya?"
        ),
        "istilah.ks",
    ),
    (
        (
            "Lokasi kumuh di Kel. Baamang Tengah, Sampit ditulis 'KB' di tabel. KB itu "
            "singkatan apa? bukan keluarga berencana kan 😅"
        ),
        "istilah.kb",
    ),
    (
        "In the slum location tables, what does 'KB' stand for?",
        "istilah.kb",
    ),
    (
        "SK kumuh 📜 itu SK apa ya? 🤔",
        "istilah.skkumuh",
    ),
    (
        ("Dik, bapak sering dengar 'SK kumuh' di rapat. Itu SK dari siapa dan isinya apa saja ya?"),
        ("istilah.skkumuh", "kumuh.penetapan"),
    ),
    (
        (
            "Nak, delineasi itu apa ya? Bapak dengar di rapat soal peta kumuh, tapi tidak "
            "berani tanya."
        ),
        "istilah.delineasi",
    ),
    (
        "What does 'delineasi' mean in the slum documents?",
        "istilah.delineasi",
    ),
    (
        "RTLH 🏚️ singkatan dr apa? 🙏",
        "istilah.rtlh",
    ),
    (
        (
            "Di Desa Tumbang Ramei, Antang Kalang, banyak rumah papan yang lapuk. Orang desa "
            "bilang itu RTLH. RTLH itu artinya apa sebenarnya?"
        ),
        "istilah.rtlh",
    ),
    (
        "Dik, bapak sering baca RLH di laporan, misalnya 'RTLH menjadi RLH'. RLH itu apa ya?",
        "istilah.rlh",
    ),
    (
        "bedah rumah 🔨🏠 itu program apa? 🤔",
        "istilah.bedahrumah",
    ),
    (
        (
            "Warga Desa Hampalit, Katingan Hilir, cerita rumahnya dapat 'bedah rumah'. Itu "
            "maksudnya apa, sama dengan perbaikan RTLH?"
        ),
        "istilah.bedahrumah",
    ),
    (
        "BSPS itu program apa dan dasar aturannya permen berapa?",
        "istilah.bsps",
    ),
    (
        "BSPS 🧱🏠 itu apa ya? 🙏",
        "istilah.bsps",
    ),
    (
        "Nak, dalam surat dari pusat ada tulisan MBR. Itu apa ya? Masyarakat apa?",
        "istilah.mbr",
    ),
    (
        "What does MBR mean in Indonesian housing documents?",
        "istilah.mbr",
    ),
    (
        "rusunawa 🏢 itu apa? 😅",
        "istilah.rusunawa",
    ),
    (
        (
            "Di Palangka Raya ada rusunawa dekat kampus di Jekan Raya. Rusunawa itu singkatan "
            "dari apa?"
        ),
        "istilah.rusunawa",
    ),
    (
        "rusus 🏠❓ itu rumah apa ya?",
        "istilah.rusus",
    ),
    (
        (
            "Maaf nak, rusus itu apa? Bapak kira rumah khusus untuk pegawai negeri, betul "
            "atau salah?"
        ),
        "istilah.rusus",
    ),
    (
        (
            "Pak, HUNTRA itu singkatan apa ya? di laporan BPBD Kapuas pasca banjir ada "
            "tulisan pembangunan huntra 40 unit"
        ),
        "istilah.huntara",
    ),
    (
        (
            "Tadi ditelpon staf Bupati Katingan, katanya korban banjir di Tumbang Samba mau "
            "dibikinin huntara dulu sambil nunggu. Huntara itu maksudnya hunian apa ya, "
            "dipakainya kapan?"
        ),
        "istilah.huntara",
    ),
    (
        (
            "btw huntap tuh basically apa sih? gue sering denger pas bahas relokasi korban "
            "longsor tapi gak pernah nanya"
        ),
        "istilah.huntap",
    ),
    (
        "sebutin dong bedanya huntara sama huntap, dua-duanya kan buat korban bencana",
        ("istilah.huntara", "istilah.huntap"),
    ),
    (
        (
            "di form usulan ada isian K.K, itu maksudnya jumlah kartu keluarga atau kepala "
            "keluarga ya?"
        ),
        "istilah.kk",
    ),
    (
        (
            "Habis survei ke Desa Dadahup, ketua RT bilang ada 85 KK di lingkungannya. KK "
            "yang dimaksud di data penerima manfaat itu hitungan apa sebenarnya?"
        ),
        "istilah.kk",
    ),
    (
        "so basically 'jiwa' di form tuh literally jumlah orangnya ya? bukan jumlah rumah?",
        "istilah.jiwa",
    ),
    (
        (
            "What's the difference between KK and jiwa when we count beneficiaries? like "
            "which number goes where"
        ),
        ("istilah.kk", "istilah.jiwa"),
    ),
    (
        "ada berapa meter persegi dalam 1 ha? biar gak salah isi luas",
        "istilah.ha",
    ),
    (
        (
            "Barusan Pak Camat Jekan Raya kirim data luas lokasi pakai meter persegi, "
            "sedangkan kolomnya minta ha. ha itu hektare kan? konversinya gimana?"
        ),
        "istilah.ha",
    ),
    (
        "DDE itu apa ya? kata konsultan kita belum punya DDE untuk jaling di Kumai",
        "istilah.ded",
    ),
    (
        (
            "DED tuh kepanjangannya apa sih? gue prefer ngerti dulu sebelum disuruh nyiapin "
            "dokumennya"
        ),
        "istilah.ded",
    ),
    (
        "RAB itu isinya apa aja sih? yang termasuk di dalamnya contohnya apa",
        "istilah.rab",
    ),
    (
        "RBA buat usulan drainase itu maksudnya rencana anggaran biaya kan? atau beda",
        "istilah.rab",
    ),
    (
        (
            "Tadi rapat internal di dinas, kabid minta RKS dilampirkan bareng DED. RKS itu "
            "dokumen apa ya isinya?"
        ),
        "istilah.rks",
    ),
    (
        "what does RKS stand for? my boss keeps asking for it and I'm too shy to ask lol",
        "istilah.rks",
    ),
    (
        "KAKK sama TOR itu sama gak sih? bingung saya",
        "istilah.kak",
    ),
    (
        "kepanjangan KAK apa? ada istilah lain gak yang artinya sama",
        "istilah.kak",
    ),
    (
        "siteplan itu kayak denah lokasi gitu ya? make sense sih tapi mau mastiin aja",
        "istilah.siteplan",
    ),
    (
        "rencana tapak atau sitepln itu maksudnya gambar apa bang",
        "istilah.siteplan",
    ),
    (
        "RC di dokumen DAK itu apa? ready criteria gitu?",
        "istilah.rc",
    ),
    (
        (
            "Barusan baca surat dari Balai soal DAK, katanya RC harus diupload dulu sebelum "
            "desk. RC itu singkatan dari apa ya?"
        ),
        "istilah.rc",
    ),
    (
        "BAST itu apa, terus contohnya dipakai pas kapan aja?",
        "istilah.bast",
    ),
    (
        "BA serah terima atau BATS itu kepanjangannya apa sih",
        "istilah.bast",
    ),
    (
        "hibah di konteks aset tuh maksudnya gimana sih? literally dikasih gratis gitu ke kita?",
        "istilah.hibah",
    ),
    (
        (
            "Tadi masuk surat dari provinsi, jalan lingkungan yang sudah selesai di Bulik mau "
            "dihibahkan ke kabupaten. Hibah itu maksudnya apa ya dan kita harus ngapain?"
        ),
        ("istilah.hibah", "hibah.aset"),
    ),
    (
        "BDM itu barang milik daerah bukan sih?",
        "istilah.bmd",
    ),
    (
        "BMD itu apa? contoh barang yang masuk BMD apa aja, jalan lingkungan termasuk?",
        "istilah.bmd",
    ),
    (
        "btw BMN tuh apa sih? gue cuma familiar sama BMD, kalo BMN tuh literally punya siapa?",
        "istilah.bmn",
    ),
    (
        (
            "Just got back from a meeting with the Balai and they kept saying BMN this BMN "
            "that. what is BMN exactly?"
        ),
        "istilah.bmn",
    ),
    (
        "OnP itu maksudnya operasional dan perawatan ya?",
        "istilah.op",
    ),
    (
        "O&P itu mencakup apa aja? kepanjangannya juga apa",
        "istilah.op",
    ),
    (
        "SMP perumahan itu apa ya? standar pelayanan apa gitu",
        "istilah.spm",
    ),
    (
        "SPM tuh singkatan apa sih? gue kira surat perintah membayar lol",
        "istilah.spm",
    ),
    (
        (
            "Kemarin diundang rapat Pokja PKP di Bappeda Barut, jujur saya belum paham. Pokja "
            "PKP itu kelompok apa sih dan fungsinya apa?"
        ),
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        "pokja PKPP itu kelompok kerja apa ya",
        "istilah.pokjapkp",
    ),
    (
        "PPAS di Pokja PPAS itu kepanjangannya apa aja? sebutin satu-satu",
        "istilah.pokjappas",
    ),
    (
        "pokja PPAS tuh sama kayak KUA-PPAS bukan sih? namanya mirip, agak confusing",
        ("istilah.pokjappas", "istilah.kuappas"),
    ),
    (
        "pokja AMPEL itu apa ya pak",
        "istilah.pokjaampl",
    ),
    (
        "what does AMPL in Pokja AMPL stand for? all the words pls",
        "istilah.pokjaampl",
    ),
    (
        "RP3K itu dokumen perencanaan apa? berapa tahun jangkanya?",
        "istilah.rp3kp",
    ),
    (
        (
            "Tadi Kabid minta saya cek apakah kabupaten kita sudah punya RP3KP. Sebenarnya "
            "RP3KP itu rencana apa ya?"
        ),
        "istilah.rp3kp",
    ),
    (
        "RP2KPKP vs RP3KP, bedanya apa sih? namanya literally kayak kembar",
        ("istilah.rp2kpkp", "istilah.rp3kp"),
    ),
    (
        "RP2KPK itu rencana pencegahan kumuh ya? kepanjangannya apa",
        "istilah.rp2kpkp",
    ),
    (
        "KOTAKU itu singkatan apa, dan dulu kerjanya bareng lembaga apa aja di kelurahan?",
        "istilah.kotaku",
    ),
    (
        (
            "Pas site visit ke Kelurahan Mendawai, warga masih nyebut-nyebut bantuan KOTAKU "
            "dulu. KOTAKU itu program apa ya, masih jalan gak?"
        ),
        "istilah.kotaku",
    ),
    (
        "DAK PKKT itu apa? yang buat kumuh terpadu itu",
        "istilah.daktematikppkt",
    ),
    (
        "DAK Tematik PPKT tuh basically DAK khusus buat kumuh ya? PPKT-nya singkatan apa btw",
        "istilah.daktematikppkt",
    ),
    (
        "wait is APBN the national budget or the provincial one? I always mix them up",
        "istilah.apbn",
    ),
    (
        (
            "Barusan rapat sama Balai, katanya usulan yang bukan kewenangan daerah bisa "
            "diarahkan ke APBN. APBN itu anggaran siapa ya maksudnya?"
        ),
        "istilah.apbn",
    ),
    (
        "APBD itu ada berapa macam? APBD prov sama APBD kab beda ya? APBD sendiri artinya apa",
        "istilah.apbd",
    ),
    (
        "APBD tuh kepanjangannya apa sih? so basically itu duitnya pemda ya?",
        "istilah.apbd",
    ),
    (
        (
            "Kepala Desa Tumbang Manjul nelpon, nanya apakah jaling di desanya bisa pakai "
            "APBDes. APBDes itu anggaran desa kan? maksudnya gimana?"
        ),
        "istilah.apbdes",
    ),
    (
        (
            "sebutin dong yang pakai APB-APB itu: APBN, APBD, APBDes, masing-masing "
            "anggarannya siapa?"
        ),
        ("istilah.apbn", "istilah.apbd", "istilah.apbdes"),
    ),
    (
        "bankue provinsi itu apa? bantuan keuangan ya?",
        "istilah.bankeu",
    ),
    (
        "Bankeu itu dana dari siapa ke siapa? contohnya gimana",
        "istilah.bankeu",
    ),
    (
        "pokir tuh apa sih? kayak usulan titipan DPRD gitu ya?",
        "istilah.pokir",
    ),
    (
        (
            "Tadi anggota DPRD dapil Kotim telepon, katanya jalan lingkungan di Baamang mau "
            "dimasukkan lewat pokir. Pokir itu maksudnya apa ya?"
        ),
        "istilah.pokir",
    ),
    (
        "musrenbag itu singkatan apa? musyawarah apa gitu",
        "istilah.musrenbang",
    ),
    (
        "Musrenbang itu ada tingkatan apa aja? dari desa sampai mana",
        "istilah.musrenbang",
    ),
    (
        "RKDP itu rencana tahunan daerah kan?",
        "istilah.rkpd",
    ),
    (
        (
            "Bapperida just emailed us asking to align our programs with the RKPD. what's "
            "RKPD again?"
        ),
        "istilah.rkpd",
    ),
    (
        "renja tuh apa? kayak rencana kerja tahunan dinas gitu kan, make sense?",
        "istilah.renja",
    ),
    (
        "Renja sama Renstra bedanya apa aja, sebutin dong",
        ("istilah.renja", "istilah.renstra"),
    ),
    (
        "Renstra itu berlaku berapa tahun? dan yang nyusun siapa, dinas atau pemda?",
        "istilah.renstra",
    ),
    (
        (
            "Tadi sekretaris dinas minta usulan kita nyambung sama Renstra. Renstra itu "
            "dokumen apa sih?"
        ),
        "istilah.renstra",
    ),
    (
        "RJPMD kabupaten itu periodenya berapa lama sih? jangka menengah kan",
        "istilah.rpjmd",
    ),
    (
        "RPJMD tuh basically rencana jangka menengah daerah ya? which is berapa tahun sih?",
        "istilah.rpjmd",
    ),
    (
        "KUA-PPAS itu singkatan dari apa aja? jelasin per bagian",
        "istilah.kuappas",
    ),
    (
        (
            "Habis ikut rapat TAPD, semua orang ngomongin KUA PPAS. Itu tahap apa dalam "
            "penganggaran?"
        ),
        "istilah.kuappas",
    ),
    (
        "RKA sama RAB tuh beda ya? kayak sama-sama soal anggaran gitu, confusing",
        ("istilah.rka", "istilah.rab"),
    ),
    (
        "whats an RKA-SKPD? is it the budget proposal doc the dinas makes?",
        "istilah.rka",
    ),
    (
        (
            "Tadi bagian keuangan bilang kegiatan kita belum masuk DPA. DPA itu maksudnya "
            "dokumen apa?"
        ),
        "istilah.dpa",
    ),
    (
        "DAP atau DPA-SKPD itu dokumen pelaksanaan anggaran kan?",
        "istilah.dpa",
    ),
    (
        "SIPD tuh sistem apa sih? gue disuruh input tapi gak ngerti literally itu apa",
        "istilah.sipd",
    ),
    (
        (
            "Operator kami lagi cuti, saya disuruh buka SIPD buat cek kegiatan. SIPD itu "
            "sistem punya siapa sih?"
        ),
        "istilah.sipd",
    ),
    (
        "Baperida itu Bappeda yang baru ya? kepanjangannya apa",
        "istilah.bapperida",
    ),
    (
        "Barusan dapat undangan dari Bapperida Provinsi Kalteng. Bapperida itu badan apa sih?",
        "istilah.bapperida",
    ),
    (
        "OPD itu apa? contoh OPD di kabupaten apa aja",
        "istilah.opd",
    ),
    (
        "OPD tuh sama kayak dinas kan? so basically semua dinas itu OPD?",
        "istilah.opd",
    ),
    (
        "SKDP itu satuan kerja apa ya?",
        "istilah.skpd",
    ),
    (
        "SKPD itu kepanjangannya apa? kasih satu contoh SKPD dong biar kebayang",
        "istilah.skpd",
    ),
    (
        "SPAM tuh bukan spam email kan wkwk, di dokumen kumuh tuh maksudnya apa?",
        "istilah.spam",
    ),
    (
        (
            "Tadi orang PDAM datang ke kantor bahas SPAM perdesaan di Kecamatan Manuhing. "
            "SPAM itu kepanjangannya apa ya?"
        ),
        "istilah.spam",
    ),
    (
        "SPLAD itu apa? yang soal air limbah itu",
        "istilah.spald",
    ),
    (
        "saw SPALD in the sanitation doc from Bappeda this morning, what is it?",
        "istilah.spald",
    ),
    (
        (
            "Tadi pas site visit ke Kelurahan Baamang Hulu, warga minta dibuatin IPAL "
            "komunal. IPAL itu instalasi apa ya?"
        ),
        "istilah.ipal",
    ),
    (
        "IPLA itu pengolahan air limbah kan?",
        "istilah.ipal",
    ),
    (
        "TPS3R itu apa? 3R-nya itu apa aja?",
        "istilah.tps3r",
    ),
    (
        "TPS 3R tuh kayak tempat sampah biasa atau beda sih? btw yang di Sampit itu",
        "istilah.tps3r",
    ),
    (
        "MCK itu singkatan dari apa aja? M-nya, C-nya, K-nya",
        "istilah.mck",
    ),
    (
        "Kepala Desa Talio nanya ke saya soal bantuan MCK. MCK itu maksudnya fasilitas apa ya?",
        "istilah.mck",
    ),
    (
        "RTWR itu rencana tata ruang ya?",
        "istilah.rtrw",
    ),
    (
        "Tadi orang BPN bilang lahan kita harus sesuai RTRW dulu. RTRW itu apa sih?",
        "istilah.rtrw",
    ),
    (
        "RDTR tuh apa sih? gue cuma tau RTRW, ini kayak versi detailnya gitu kah?",
        "istilah.rdtr",
    ),
    (
        (
            "Habis rapat tata ruang tadi siang, disebut-sebut lokasi usulan perlu dicek ke "
            "RDTR juga. RDTR itu singkatan dari apa?"
        ),
        "istilah.rdtr",
    ),
    (
        "PGB pengganti IMB itu apa",
        "istilah.pbg",
    ),
    (
        "is PBG the new IMB? what do the letters stand for",
        "istilah.pbg",
    ),
    (
        "SLF tuh apa sih? kayak sertifikat bangunan layak dipakai gitu?",
        "istilah.slf",
    ),
    (
        "Konsultan barusan bilang gedung yang kita bangun nanti butuh SLF. SLF itu apa?",
        "istilah.slf",
    ),
    (
        "SKGB itu sertifikat apa ya? yang buat rusun itu",
        "istilah.skbg",
    ),
    (
        "SKBG itu apa, dan siapa yang nerbitin?",
        ("istilah.skbg", "kewenangan.izin"),
    ),
    (
        (
            "Tadi survei RTLH di Desa Kerabu, banyak warga cuma pegang SKT, gak ada "
            "sertifikat. SKT itu surat apa sih?"
        ),
        "istilah.skt",
    ),
    (
        "SKTanah itu surat keterangan tanah ya? dikeluarin siapa",
        "istilah.skt",
    ),
    (
        "apa saja yang termasuk syarat lahan clean and clear?",
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    (
        "clear n clean tuh maksudnya lahannya udah beres ya? literally gak ada sengketa gitu?",
        "istilah.cleanandclear",
    ),
    (
        "CSR tuh apa sih? dana perusahaan gitu ya, kayak dari perusahaan sawit?",
        "istilah.csr",
    ),
    (
        "SCR perusahaan itu bisa jadi sumber dana ya? SCR itu apa",
        "istilah.csr",
    ),
    (
        "raker bidang kawasan permukiman itu apa sih maksudnya? yang tiap tahun itu",
        ("istilah.rakor", "siklus.rakor"),
    ),
    (
        "what's Rakor exactly? like is it just a regular meeting or smth special",
        "istilah.rakor",
    ),
    (
        "LAPOR! itu sistem apa? standarnya berapa hari aja?",
        ("istilah.lapor", "bot.tindak_lanjut"),
    ),
    (
        (
            "Warga di Pahandut ngancam mau lapor ke LAPOR! soal drainase mampet. LAPOR! itu "
            "apa sebenarnya?"
        ),
        "istilah.lapor",
    ),
    (
        "jam di bot tuh WIB ya? Kalteng literally WIB bukan WITA?",
        "istilah.wib",
    ),
    (
        (
            "the invitation from the province says 09.00 WIB. is Kalteng on WIB or WITA? "
            "what's the UTC offset"
        ),
        "istilah.wib",
    ),
    (
        "backlog perumahan itu dihitung dari apa aja? kok angkanya beda-beda tiap sumber",
        "istilah.backlog",
    ),
    (
        (
            "Barusan Pak Sekda di rapat nyebut angka backlog rumah kita tinggi. Backlog itu "
            "artinya apa ya?"
        ),
        "istilah.backlog",
    ),
    (
        "PKP itu terdiri dari apa aja sih? perumahan dan apa lagi?",
        "istilah.pkp",
    ),
    (
        (
            "PKP tuh basically perumahan plus kawasan permukiman ya? btw bukan pengusaha kena "
            "pajak kan lol"
        ),
        "istilah.pkp",
    ),
    (
        "KR, KS, KB itu apa aja maksudnya?",
        "istilah.kumuh",
    ),
    (
        (
            "Tadi warga protes kampungnya disebut kumuh. Sebenarnya permukiman kumuh itu "
            "artinya apa?"
        ),
        "istilah.kumuh",
    ),
    (
        "btw DAK itu kepanjangannya apa? gue taunya cuma dana transfer dari pusat ke daerah",
        "istilah.dak",
    ),
    (
        "DAK itu ada macam apa aja? yang buat kumuh namanya apa",
        ("istilah.dak", "istilah.daktematikppkt"),
    ),
    (
        "rusun, rusunawa, rusus itu bedanya apa? sebutin",
        ("istilah.rusun", "istilah.rusunawa", "istilah.rusus"),
    ),
    (
        "what does rusun mean? is it like apartments? saw 'rusunn' in a memo lol",
        "istilah.rusun",
    ),
]

ROUND38_INTENTS: list[tuple[str, str]] = [
    (
        "📋 usulan kami USL-2026-0004 udh sampai mana ya? 🙏",
        "status",
    ),
    (
        (
            "Nak, usulan jalan lingkungan yang bapak kirim bulan lalu itu sudah diterima "
            "provinsi atau belum ya? Bapak khawatir tidak masuk, sinyal di sini jelek."
        ),
        "status",
    ),
    (
        (
            "Any update on the drainage proposal we submitted for Kasongan? Has it been "
            "approved yet?"
        ),
        "status",
    ),
    (
        "📅 Rakor thn ini tgl brp & di mana? 📍🙏",
        "meeting",
    ),
    (
        (
            "Kami dari Puruk Cahu harus pesan tiket jauh hari. Rapat koordinasi kawasan "
            "permukiman berikutnya jadinya tanggal berapa dan di gedung mana?"
        ),
        "meeting",
    ),
    (
        (
            "Dik, rapat yang diumumkan kemarin itu mulai jam berapa ya? Bapak mau atur "
            "keberangkatan dari kampung."
        ),
        "meeting",
    ),
    (
        "⏳ batas akhir kirim usulan tahun ini kapan? 🔥🙏",
        "deadline",
    ),
    (
        (
            "Sampai tanggal berapa usulan untuk TA 2027 masih diterima? DED kami masih "
            "dikerjakan konsultan."
        ),
        "deadline",
    ),
    (
        (
            "Maaf dik, bapak mau tanya, masih ada waktu berapa lama lagi untuk memasukkan "
            "usulan? Takutnya terlambat lagi seperti tahun lalu."
        ),
        "deadline",
    ),
    (
        "Selamat pagi 🙏😊",
        "greeting",
    ),
    (
        "Terima kasih banyak nak, sangat membantu bapak.",
        "greeting",
    ),
    (
        "halo, tolong bantu saya ya",
        "greeting",
    ),
    (
        "gmn cara input usulan lewat bot ini? 📝👉",
        "how_to_submit",
    ),
    (
        (
            "Nak, bapak mau memasukkan usulan perbaikan drainase. Caranya di HP ini "
            "bagaimana? Tekan apa dulu?"
        ),
        "how_to_submit",
    ),
    (
        "How do I enter a new proposal through this bot?",
        "how_to_submit",
    ),
    (
        "usln saya yg drainase Kumai Hulu statusnya gmn? masih verifikasi atau udh ditolak?",
        "status",
    ),
    (
        ("btw usulan Kotim yang gue kirim minggu lalu udah di-approve belum sih? atau masih dicek"),
        "status",
    ),
    (
        "hey any update on our proposals? did the province accept the jaling one yet or not",
        "status",
    ),
    (
        "Rakor tahun ini kapan dan di mana ya pak?",
        "meeting",
    ),
    (
        (
            "Pak Kadis barusan nanya ke saya tanggal rakor, saya juga belum tau. Rapat "
            "koordinasi berikutnya jadinya tanggal berapa dan jam berapa?"
        ),
        "meeting",
    ),
    (
        ("raker bidang kawasan permukiman yang berikutnya diadain di mana? hotel atau aula dinas?"),
        "meeting",
    ),
    (
        "batas akhir kirim usulan tahun ini tanggal berapa?",
        "deadline",
    ),
    (
        "deadline usulan tuh sampai kapan sih? gue masih nunggu DED dari konsultan",
        "deadline",
    ),
    (
        (
            "Baru dapat disposisi dari Kadis untuk segera kirim usulan PSU. Masih keburu gak? "
            "sampai kapan usulan diterima?"
        ),
        "deadline",
    ),
    (
        "Selamat pagi pak, izin bertanya",
        "greeting",
    ),
    (
        "makasih banyak ya infonya 🙏",
        "greeting",
    ),
    (
        "halo bot, bisa bantu saya?",
        "greeting",
    ),
    (
        "gimana cara masukin usulan lewat bot ini?",
        "how_to_submit",
    ),
    (
        "cara input usl kumuh di sinkron gmn ya? perintahnya apa",
        "how_to_submit",
    ),
    (
        "how do I submit a proposal here? is there a command or do I just type it in",
        "how_to_submit",
    ),
]

ROUND38_AREAS: list[tuple[str, str]] = [
    (
        "Luas delineasi kumuh di Kel. Baamang Hulu pas 10 ha, itu kewenangan siapa?",
        "provinsi",
    ),
    (
        "Lokasi kumuh di bantaran Sungai Mentaya seluas 150.000 m2, siapa yang harus menangani?",
        "pusat",
    ),
    (
        "📏 kumuh 9,8 hektar 👉 prov atau kab ya? 🤔",
        "kabkota",
    ),
    (
        "Kawasan kumuh 14,99 ha di Kel. Pahandut, masih masuk provinsi atau sudah pusat?",
        "provinsi",
    ),
    (
        "A slum area of 22 hectares in Sampit: which level of government is responsible?",
        "pusat",
    ),
    (
        (
            "Nak, lokasi kumuh di desa kami luasnya 85.000 meter persegi, itu urusan "
            "kabupaten atau provinsi ya? Maaf bapak kurang paham hitungannya."
        ),
        "kabkota",
    ),
    (
        "kumuh 99.500 m2 di Kel. Kuala Pembuang I, kewenangan siapa?",
        "kabkota",
    ),
    (
        "luas kumuh 100.000 m² itu wewenang siapa?",
        "provinsi",
    ),
    (
        (
            "Kalau kumuhnya tepat 15 hektar, masuk provinsi atau pusat? pasal mana yang atur "
            "batasnya?"
        ),
        "pusat",
    ),
    (
        "Kawasan kumuh di Desa Sei Asam, Kapuas Hilir luasnya 3 ha, siapa yang tanggung jawab?",
        "kabkota",
    ),
    (
        "kenapa kok kumuh 11 hektare di Tamiang Layang jadi urusan provinsi, bukan kabupaten?",
        "provinsi",
    ),
    (
        "kumuh 45 hektare di tepian Sungai Barito, Muara Teweh 🏚️ siapa yg tangani? 🙏",
        "pusat",
    ),
    (
        "kumu di Kel. Baamang Hulu luasnya 8 ha, kewengan siapa ya?",
        "kabkota",
    ),
    (
        "sebutin dong siapa yang berwenang nanganin kumuh seluas 12,5 hektar",
        "provinsi",
    ),
    (
        (
            "Barusan ditelpon ajudan Bupati Kapuas, nanya lokasi kumuh di Selat yang di SK "
            "luasnya pas 15 hektare itu urusan siapa?"
        ),
        "pusat",
    ),
    (
        "btw kumuh 14,99 ha tuh masih provinsi kan? atau udah masuk pusat",
        "provinsi",
    ),
    (
        "kawsan kumuh 95.000 m2 tanggung jwb siapa?",
        "kabkota",
    ),
    (
        "kalau kumuhnya pas 10 ha, masuk kewenangan kab atau prov?",
        "provinsi",
    ),
    (
        (
            "Tadi rapat sama Bappeda, data delineasi kumuh kita di Pahandut tercatat 100.000 "
            "meter persegi. Itu kewenangan siapa?"
        ),
        "provinsi",
    ),
    (
        (
            "we've got a slum area of about 20 hectares by the river in Sampit, who's "
            "responsible for it?"
        ),
        "pusat",
    ),
    (
        "kumuh di Mentawa Baru Hilir 9,9 hektare, so basically itu tugas kabupaten sendiri ya?",
        "kabkota",
    ),
    (
        "lokasi kmh 150.000 m² itu level apa yg nanganin?",
        "pusat",
    ),
    (
        "slum area is 11 ha in Kasongan, is that province or regency?",
        "provinsi",
    ),
    (
        (
            "Pak Camat Kumai barusan kirim data, kawasan kumuh di Candi tercatat 6,5 ha di "
            "SK. Yang berwenang nanganin siapa?"
        ),
        "kabkota",
    ),
]

ROUND38_OUT_OF_SCOPE: list[str] = [
    "Berapa total pagu anggaran Disperkimtan Kalteng untuk PSU permukiman tahun 2027?",
    (
        "Siapa pemenang tender peningkatan jalan lingkungan di Sampit tahun lalu dan "
        "berapa nilai kontraknya?"
    ),
    "📐 harga satuan drainase U-ditch per meter tahun ini brp ya? buat RAB 🙏",
    (
        "Berapa uang transport peserta Rakor kawasan permukiman nanti? Kami dari Puruk "
        "Cahu, jauh sekali."
    ),
    "Nak, berapa nomor HP ibu PPK kegiatan PSU di provinsi? Bapak mau tanya soal kontrak.",
    "Berapa jumlah rumah yang sudah dibangun Program 3 Juta Rumah di Kalteng tahun ini?",
    "Kapan pencairan termin kedua untuk kontraktor jaling di Kasongan?",
    "Tarif air PDAM di Palangka Raya per kubik sekarang berapa?",
    "Cuaca di Kuala Kurun besok hujan tidak? Kami mau survei lokasi.",
    "Cuti tahunan ASN diajukan lewat aplikasi apa ya?",
    "Ada info penerimaan CPNS Pemprov Kalteng tahun ini?",
    "Jadwal speedboat dari Kuala Kapuas ke Banjarmasin jam berapa saja?",
    "Bagaimana aturan penyaluran pupuk bersubsidi untuk petani di Pangkalan Lada?",
    "What's the exchange rate from US dollars to rupiah today?",
    "Harga semen per sak di Muara Teweh sekarang berapa?",
    "berapa pagu anggaran Disperkimtan untuk PSU tahun 2027?",
    "nomor HP kabid kawasan permukiman provinsi berapa ya?",
    "berapa nilai bantuan BSPS per unit rumah tahun ini?",
    "Rakor besok dress code-nya apa ya? batik atau PDH?",
    "berapa jumlah RTLH di Kabupaten Lamandau sekarang?",
    "berapa tarif sewa rusunawa di Palangka Raya per bulan?",
    "harga satuan paving block per meter persegi di Palangka Raya berapa ya?",
    "siapa pemenang tender pembangunan drainase di Kuala Pembuang tahun lalu?",
    "cuaca di Muara Teweh besok hujan gak?",
    "cara perpanjang SIM di Sampit gimana ya?",
    "aturan izin tambang galian C di kabupaten gimana sih?",
    "saya izin sakit hari ini, harus lapor ke siapa di kantor?",
    "ada info lowongan konsultan perencana di dinas gak?",
    "any news about the flood in Sampit today?",
    "how much is the daily travel allowance for a trip to Palangka Raya?",
]
