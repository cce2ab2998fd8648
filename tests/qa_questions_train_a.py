"""Training table A for the Sinkron matcher (written 2026-12-04; never a held-out table).

The writer had not seen the knowledge base or any other question table. They read only the
topic list (the topic ids and titles) and the domain briefs (docs/domain.md, shared DOMAIN.md,
DOMAIN-RESEARCH.md) plus the place-name list (kalteng-wilayah.csv).

Style emphasis of this round: a broad mix of everything officers send, from all 14
regencies/city: plain questions, chat spelling and typos, scenario questions with concrete
numbers ("kalau ... gimana"), yes/no checks, questions that name a term while asking about a
rule or situation (not its meaning), questions that name two topics but mainly ask one, long
messages with background first, very short keyword queries, a few in Banjar-flavoured chat,
and about one in ten in English. Questions are spread over ALL topic ids, with at least two
per topic and more for the common ones.

This is a training set: its questions teach the bot's matcher how officers ask
(bench/asked.py writes them into bot/data/asked.toml); its own figure measures nothing.
"""

ROUNDTA_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "siapa aja yg pegang urusan perkim? pusat, prov, kab masing2 ngurus apa",
        "kewenangan.ringkasan",
    ),
    (
        "Mohon penjelasan singkat pembagian kewenangan perumahan dan kawasan permukiman "
        "antara pusat, provinsi dan kabupaten/kota.",
        "kewenangan.ringkasan",
    ),
    ("pembagian urusan PKP menurut lampiran D UU 23/2014 ringkasnya gmn", "kewenangan.ringkasan"),
    (
        "Who is responsible for what in housing and settlements: central, province, regency?",
        "kewenangan.ringkasan",
    ),
    (
        "sy baru pindah ke bidang perkim di Dinas PUPR Seruyan, masih bingung. tugas provinsi "
        "di bidang perumahan & permukiman itu apa aja, yg kabupaten apa?",
        "kewenangan.ringkasan",
    ),
    (
        "ulun handak tahu pembagian tugas pusat, provinsi wan kabupaten soal perkim tu kayapa",
        "kewenangan.ringkasan",
    ),
    ("peta kewenangan perkim", "kewenangan.ringkasan"),
    # kewenangan.urusan_wajib
    ("perumahan itu urusan wajib atau urusan pilihan?", "kewenangan.urusan_wajib"),
    (
        "apakah urusan perumahan rakyat dan kawasan permukiman masuk urusan wajib pelayanan "
        "dasar? pasal berapa dasarnya",
        "kewenangan.urusan_wajib",
    ),
    ("Is housing a mandatory basic-service affair under UU 23/2014?", "kewenangan.urusan_wajib"),
    (
        "di renstra kami mau tulis status urusan perkim, bener ga itu wajib pelayanan dasar",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    ("kawasan kumuh itu yg nanganin siapa? tergantung luasnya kah", "kewenangan.kumuh"),
    (
        "kalau kawasan kumuh di Kel. Baamang Hulu luasnya 12 ha, berarti provinsi yang tangani ya?",
        "kewenangan.kumuh",
    ),
    ("batas luas kumuh utk kewenangan prov brp ha", "kewenangan.kumuh"),
    ("kumuh 8 ha di kuala kapuas bs diusulkan ke prov ga", "kewenangan.kumuh"),
    ("kalau luas kumuhnya pas 10 ha, masuk kab atau prov?", "kewenangan.kumuh"),
    ("Which level of government handles a slum area of 11 hectares?", "kewenangan.kumuh"),
    ("kumuh kami 14,9 ha, masih provinsi kan bukan pusat?", "kewenangan.kumuh"),
    ("kewenangan kumuh kab/kota sampai berapa hektar", "kewenangan.kumuh"),
    (
        "kumuh di Pulang Pisau tu luasnya 9 ha haja, kawa kah diusulkan ke provinsi?",
        "kewenangan.kumuh",
    ),
    (
        "di berita pejabat bilang 5-10 ha kabupaten, di atas 10 provinsi dan kementerian. "
        "yang bener aturannya gimana?",
        "kewenangan.kumuh",
    ),
    (
        "kumuh kami masuk kategori kumuh berat tapi luasnya cuma 6 ha, apa karena berat jadi "
        "bisa ke provinsi?",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    ("kumuh di atas 15 ha siapa yg tangani", "kewenangan.kumuh_pusat"),
    (
        "kawasan kumuh di Kec. Selat luasnya 245 ha, berarti itu kewenangan pusat ya?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "kalo lokasi kumuhnya 20 hektar, provinsi masih bisa bantu ga atau harus ke pusat",
        "kewenangan.kumuh_pusat",
    ),
    ("An 18 ha slum in Sampit: is that the central government's job?", "kewenangan.kumuh_pusat"),
    ("kumuh 15 ha keatas kewenangan kementerian kah", "kewenangan.kumuh_pusat"),
    # kewenangan.pencegahan_kumuh
    ("pencegahan kumuh itu tugas siapa? prov ikut juga?", "kewenangan.pencegahan_kumuh"),
    (
        "kegiatan pencegahan permukiman kumuh bisa diusulkan ke provinsi tidak",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "kami mau program supaya perumahan baru di Kasongan ga jadi kumuh, dananya bisa minta ke "
        "prov?",
        "kewenangan.pencegahan_kumuh",
    ),
    ("Who is in charge of slum prevention?", "kewenangan.pencegahan_kumuh"),
    # kewenangan.perumahan
    ("di sub urusan perumahan, kewenangan provinsi apa aja", "kewenangan.perumahan"),
    ("kab/kota punya kewenangan apa saja di sub urusan perumahan", "kewenangan.perumahan"),
    (
        "urusan perumahan yg jadi kewenangan provinsi cuma rumah korban bencana dan relokasi kah?",
        "kewenangan.perumahan",
    ),
    ("What housing duties does the province have?", "kewenangan.perumahan"),
    # kewenangan.perumahan_pusat
    ("penyediaan rumah untuk MBR itu kewenangan siapa", "kewenangan.perumahan_pusat"),
    ("pembiayaan perumahan MBR diurus pusat ya?", "kewenangan.perumahan_pusat"),
    (
        "kalau mau ada rusun untuk warga berpenghasilan rendah di Palangka Raya, itu ranah pusat?",
        "kewenangan.perumahan_pusat",
    ),
    ("peran pemerintah pusat di bidang perumahan apa aja", "kewenangan.perumahan_pusat"),
    # kewenangan.bencana_relokasi
    ("rumah korban banjir di Katingan yg bangun kab atau prov?", "kewenangan.bencana_relokasi"),
    (
        "kalau bencananya ditetapkan bencana provinsi, rehab rumah warganya ditangani siapa",
        "kewenangan.bencana_relokasi",
    ),
    (
        "relokasi warga karena program pemkab, penyediaan rumahnya tanggung jawab siapa",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Who provides houses for people relocated by a provincial programme?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Kebakaran permukiman di Muara Teweh bulan lalu, sekitar 40 rumah habis dan statusnya "
        "bencana kabupaten. Bisa kami minta provinsi bangunkan rumahnya?",
        "kewenangan.bencana_relokasi",
    ),
    ("rumah korban bencana nasional siapa yg nanganin", "kewenangan.bencana_relokasi"),
    # kewenangan.izin
    ("izin pembangunan perumahan diterbitkan siapa, prov atau kab?", "kewenangan.izin"),
    ("SKBG yg nerbitin pemkab kan?", "kewenangan.izin"),
    ("izin pengembangan kawasan permukiman itu kewenangan siapa", "kewenangan.izin"),
    ("Who issues housing development permits?", "kewenangan.izin"),
    # kewenangan.kawasan_permukiman
    (
        "sub urusan kawasan permukiman isinya apa saja untuk tiap level pemerintahan",
        "kewenangan.kawasan_permukiman",
    ),
    ("penetapan sistem kawasan permukiman itu tugas siapa", "kewenangan.kawasan_permukiman"),
    (
        "kab/kota di sub urusan kawasan permukiman pegang apa aja selain kumuh dibawah 10 ha",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "PSU perumahan sama PSU permukiman bedanya apa, siapa yg tangani masing2",
        "kewenangan.psu",
    ),
    (
        "PSU di perumahan developer di Pangkalan Bun rusak, bisa diusulkan ke prov?",
        "kewenangan.psu",
    ),
    ("psu kewenangan prov atau kab", "kewenangan.psu"),
    ("Who handles PSU in housing estates versus settlement areas?", "kewenangan.psu"),
    (
        "jalan di komplek perumahan yg udah diserahkan developer ke pemkab itu masuk PSU "
        "perumahan kan? berarti kab yg tangani?",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "PSU apa aja yang dibangun Disperkimtan prov? cuma jalan sama drainase?",
        "psu.lingkup_provinsi",
    ),
    ("bisa usul jalan kabupaten ke perkim prov ga", "psu.lingkup_provinsi"),
    (
        "drainase di pinggir jalan provinsi di Kuala Kurun bisa masuk usulan PSU ke Disperkimtan?",
        "psu.lingkup_provinsi",
    ),
    (
        "Does the provincial agency build PSU in rural villages too, or only in towns?",
        "psu.lingkup_provinsi",
    ),
    ("kalau usul PSU sumur bor atau air bersih, diterima provinsi kah?", "psu.lingkup_provinsi"),
    (
        "jalan lingkungan di desa kami di Tamiang Layang rusak banar, kawa lah diusulkan ke prov?",
        "psu.lingkup_provinsi",
    ),
    ("jalan baru tembus antar desa bisa dibiayai psu provinsi?", "psu.lingkup_provinsi"),
    # kewenangan.sertifikasi
    ("sertifikasi perancang rumah tingkat kemampuan kecil itu kab ya?", "kewenangan.sertifikasi"),
    (
        "registrasi konsultan perencana PSU kemampuan menengah diurus siapa",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    ("SPM perumahan provinsi itu jenis layanannya apa aja", "kewenangan.spm"),
    ("target SPM rumah layak huni korban bencana berapa persen", "kewenangan.spm"),
    (
        "What is the SPM for housing at the provincial level, and what is its target?",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    ("luas kumuh yg dipakai itu luas desa atau luas di SK?", "kumuh.luas_delineasi"),
    (
        "desa kami 300 ha tapi yg kumuh cuma sebagian. yg dihitung buat nentuin kewenangan yg mana",
        "kumuh.luas_delineasi",
    ),
    (
        "SK lama kami 59 ha skala lingkungan, SK baru 75 ha skala kawasan. utk usulan pake luas "
        "yg mana?",
        "kumuh.luas_delineasi",
    ),
    (
        "Which area counts for the slum threshold: the whole village or the mapped site?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    ("siapa yg netapin lokasi kumuh", "kumuh.penetapan"),
    ("SK kumuh harus direview berapa tahun sekali?", "kumuh.penetapan"),
    ("apakah gubernur bisa menetapkan lokasi kumuh di kabupaten?", "kumuh.penetapan"),
    (
        "keputusan penetapan lokasi kumuh harus dilampiri apa? tabel lokasi sama peta sebaran?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    ("kriteria kumuh ada apa aja", "kumuh.aspek"),
    ("7 aspek kumuh itu apa saja", "kumuh.aspek"),
    ("Is fire protection one of the slum criteria?", "kumuh.aspek"),
    ("air minum termasuk aspek penilaian kumuh ga", "kumuh.aspek"),
    # kumuh.penilaian
    ("skor kumuh maksimal berapa", "kumuh.penilaian"),
    ("nilai 65 udh termasuk kumuh berat?", "kumuh.penilaian"),
    ("cara ngitung skor kekumuhan per kriteria gmn, yg 0 1 3 5 itu", "kumuh.penilaian"),
    # kumuh.tingkat_sedang_ringan
    ("rentang nilai kumuh sedang brp", "kumuh.tingkat_sedang_ringan"),
    ("skor total 20 itu kumuh ringan ya", "kumuh.tingkat_sedang_ringan"),
    ("What score range counts as a light slum?", "kumuh.tingkat_sedang_ringan"),
    # kumuh.pola_penanganan
    ("beda pemugaran, peremajaan, pemukiman kembali apa", "kumuh.pola_penanganan"),
    (
        "kumuh berat di tanah ilegal pinggir sungai Mentaya, penanganannya pola apa",
        "kumuh.pola_penanganan",
    ),
    ("kumuh ringan lahan legal cocoknya pemugaran kah?", "kumuh.pola_penanganan"),
    # kumuh.kalteng
    ("berapa jumlah lokasi kumuh di kalteng", "kumuh.kalteng"),
    ("total luas kumuh se kalteng brp ha", "kumuh.kalteng"),
    ("kabupaten mana yg paling banyak lokasi kumuhnya", "kumuh.kalteng"),
    ("How many slum locations does Kalimantan Tengah have?", "kumuh.kalteng"),
    # usulan.isi
    ("apa aja isi usulan kegiatan ke prov", "usulan.isi"),
    ("data apa saja yg harus disiapkan sebelum isi form usulan", "usulan.isi"),
    (
        "kenapa form usulan banyak banget pertanyaannya, semua itu dipakai buat apa",
        "usulan.isi",
    ),
    ("What information does a proposal need to include?", "usulan.isi"),
    (
        "Pak, saya staf baru di Dinas Perkim Barsel. Tahun depan kami mau usul penataan kawasan "
        "kumuh di Buntok. Kira2 isi usulan yg lengkap itu apa saja ya biar ga bolak balik?",
        "usulan.isi",
    ),
    ("napa haja nang harus diisi di usulan tu?", "usulan.isi"),
    ("isi usulan", "usulan.isi"),
    # usulan.jenis
    ("jenis usulan apa aja yang bisa diajukan ke provinsi", "usulan.jenis"),
    ("bisa usul selain kumuh sama PSU?", "usulan.jenis"),
    ("kalau usulan kami ga cocok di kategori manapun pilih jenis apa", "usulan.jenis"),
    (
        "Can we propose RTLH and disaster housing too, or only slum upgrading?",
        "usulan.jenis",
    ),
    # usulan.lokasi
    ("data lokasi usulan apa aja? titik koordinat wajib?", "usulan.lokasi"),
    ("nama lokasi di form harus sama persis dengan di SK kumuh kah", "usulan.lokasi"),
    ("lokasi perkotaan atau perdesaan ngaruh ga di usulan", "usulan.lokasi"),
    (
        "lokasi usulan kami di Desa Bahu Palawa, Kahayan Tengah. selain kec dan desa perlu isi "
        "apa lagi soal lokasinya",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    ("sumber dana yang bisa dipilih di usulan apa aja", "usulan.penerima_biaya"),
    ("harus ada dana pendamping dari kabupaten ga?", "usulan.penerima_biaya"),
    (
        "kalau usulan 2 M untuk 150 KK, sumber dananya boleh kombinasi APBD prov sama CSR?",
        "usulan.penerima_biaya",
    ),
    ("How do we state the beneficiaries: households or people?", "usulan.penerima_biaya"),
    ("jumlah jiwa boleh lebih sedikit dari jumlah KK ga", "usulan.penerima_biaya"),
    ("penerima manfaat usulan ditulis dalam apa aja, KK jiwa unit?", "usulan.penerima_biaya"),
    # usulan.kesiapan
    ("dokumen kesiapan yg dibutuhkan apa aja", "usulan.kesiapan"),
    ("readiness criteria untuk usulan PSU apa saja", "usulan.kesiapan"),
    ("kalau belum ada DED boleh usul dulu ga", ("usulan.kesiapan", "usulan.dokumen_teknis")),
    ("surat dari bupati wajib dilampirkan ga?", "usulan.kesiapan"),
    ("kesepakatan warga perlu dilampirkan juga kah", "usulan.kesiapan"),
    ("What readiness documents make a proposal stronger?", "usulan.kesiapan"),
    (
        "Selamat siang. Kami dari Gumas mau usul jalan lingkungan dan drainase di Kuala Kurun "
        "tahun ini. Yang sudah ada baru foto dan RAB. Dokumen kesiapan lain yg perlu kami "
        "lengkapi apa saja?",
        "usulan.kesiapan",
    ),
    ("syarat kesiapan usulan", "usulan.kesiapan"),
    # usulan.lahan
    ("lahan usulan harus clean and clear kah?", "usulan.lahan"),
    ("status lahan milik desa boleh diusulkan?", "usulan.lahan"),
    (
        "tanah buat jalan lingkungan punya warga, baru ada SKT blm sertifikat. bisa dipakai?",
        "usulan.lahan",
    ),
    (
        "kalau lahannya masih sengketa sama perusahaan sawit gimana, tetap bisa usul?",
        "usulan.lahan",
    ),
    ("The land isn't certified yet. Can we still propose?", "usulan.lahan"),
    # usulan.sk_kumuh
    ("usulan kumuh wajib lampir SK kumuh?", "usulan.sk_kumuh"),
    ("SK kumuh kami terbit 2020, masih bisa dipakai buat usulan tahun ini?", "usulan.sk_kumuh"),
    ("lokasi yg kami usulkan blm tercantum di SK kumuh, gmn", "usulan.sk_kumuh"),
    ("nomor dan tanggal SK kumuh perlu diisi di form kah", "usulan.sk_kumuh"),
    # usulan.dokumen_teknis
    ("DED sama RAB wajib dilampirkan di usulan?", "usulan.dokumen_teknis"),
    ("foto yg dilampirkan itu foto apa, kondisi sekarang?", "usulan.dokumen_teknis"),
    ("site plan sama RKS perlu juga ga untuk usulan drainase", "usulan.dokumen_teknis"),
    ("Which technical documents should we attach?", "usulan.dokumen_teknis"),
    # usulan.surat_pernyataan
    ("surat pernyataan hibah dan O&P itu wajib ga", "usulan.surat_pernyataan"),
    (
        "kenapa kab harus bikin surat kesanggupan menerima hibah dan memelihara",
        "usulan.surat_pernyataan",
    ),
    (
        "Do we need a statement that we will operate and maintain the road after it's built?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    ("syarat RTLH lewat provinsi apa aja", "usulan.rtlh"),
    ("bisa bangun rumah baru lewat program RTLH prov?", "usulan.rtlh"),
    (
        "rumah warga berdiri di tanah pinjaman keluarga, bisa dapat bedah rumah dari prov?",
        "usulan.rtlh",
    ),
    ("siapa yg netapin penerima bantuan RTLH provinsi", "usulan.rtlh"),
    (
        "rumah nini ulun di Kuala Pembuang kada layak huni, tanahnya ada SKT haja. kawa kah "
        "dapat bantuan provinsi?",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    ("warga mau usul sendiri jalan lingkungan ke prov, syaratnya apa", "usulan.psu_masyarakat"),
    ("usulan PSU dari masyarakat harus diketahui lurah dan camat?", "usulan.psu_masyarakat"),
    ("Can residents send PSU requests directly to the province?", "usulan.psu_masyarakat"),
    # hibah.aset
    ("setelah jalan dibangun prov, asetnya jadi milik siapa", "hibah.aset"),
    (
        "pemeliharaan drainase yg dibangun provinsi tahun lalu di Sukamara tanggung jawab siapa",
        "hibah.aset",
    ),
    ("aset provinsi di lahan kab dihibahkan ke kab ya? dicatat pakai apa?", "hibah.aset"),
    (
        "After the province finishes a project on our land, who maintains it?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    ("kalau bukan kewenangan provinsi, dananya dari mana", "pendanaan.saluran_lain"),
    ("kumuh 6 ha gak bisa ke prov, alternatif pendanaannya apa", "pendanaan.saluran_lain"),
    (
        "usulan kami dialihkan, bisa dibiayai DAK tematik atau APBN aja?",
        "pendanaan.saluran_lain",
    ),
    ("bisa pakai dana desa atau CSR untuk kumuh kecil?", "pendanaan.saluran_lain"),
    ("What funding options exist for a slum above 15 ha?", "pendanaan.saluran_lain"),
    (
        "PSU perumahan kan bukan kewenangan prov. terus kami cari dana kemana?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    ("usulan yg kami kirim tahun ini untuk anggaran tahun berapa", "siklus.tahunan"),
    ("alur usulan tahunan ke provinsi gmn dr awal sampai akhir", "siklus.tahunan"),
    ("How does the yearly proposal cycle work?", "siklus.tahunan"),
    ("usulan dikirim 2026 berarti TA 2027 ya", "siklus.tahunan"),
    ("tahapan usulan kegiatan ke provinsi tiap tahun apa aja", "siklus.tahunan"),
    ("siklus usulan", "siklus.tahunan"),
    (
        "Kami di Lamandau biasanya nyusun usulan pas akhir tahun. Sebenernya urutan prosesnya "
        "tiap tahun gimana, dari kab nyusun sampai masuk anggaran provinsi?",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    ("usulan diperiksa provinsi dari sisi apa aja", "siklus.pemeriksaan"),
    (
        "verifikasi usulan itu cek administrasi aja atau ada cek lapangan juga",
        "siklus.pemeriksaan",
    ),
    ("kenapa usulan kami dicek kewenangannya dulu", "siklus.pemeriksaan"),
    ("What does the province check in a proposal?", "siklus.pemeriksaan"),
    # siklus.rakor
    ("rakor bidang kawasan permukiman itu acara apa", "siklus.rakor"),
    ("siapa aja peserta rakor kawasan permukiman", "siklus.rakor"),
    ("rakor tiap tahun tanggalnya tetap ga?", "siklus.rakor"),
    ("What is discussed at the Rakor?", "siklus.rakor"),
    ("rakor 2025 kemarin diadakan di mana ya", "siklus.rakor"),
    # siklus.rkpd_apbd
    ("setelah rakor usulan dibawa ke mana", "siklus.rkpd_apbd"),
    ("usulan yg disetujui masuk RKPD dulu baru APBD?", "siklus.rkpd_apbd"),
    (
        "apakah status disetujui di bot berarti pasti dapat anggaran di APBD prov?",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    ("pokja PKP di kabupaten tugasnya apa", "koordinasi.pokja_pkp"),
    ("dasar hukum pembentukan Pokja PKP apa", "koordinasi.pokja_pkp"),
    ("siapa biasanya yang jadi ketua pokja PKP di kabupaten", "koordinasi.pokja_pkp"),
    # disperkimtan.kontak
    ("alamat kantor disperkimtan prov dimana", "disperkimtan.kontak"),
    ("website Disperkimtan Kalteng apa", "disperkimtan.kontak"),
    ("Where is the Disperkimtan office in Palangka Raya?", "disperkimtan.kontak"),
    ("kantor dinas perkim provinsi di jl apa", "disperkimtan.kontak"),
    # bot.cara_pakai
    ("perintah apa saja yg tersedia di bot ini", "bot.cara_pakai"),
    ("jam yg ditampilkan di bot pakai WIB atau WITA?", "bot.cara_pakai"),
    ("bisa pakai bahasa inggris di bot ini?", "bot.cara_pakai"),
    ("daftar command bot sinkron", "bot.cara_pakai"),
    # bot.usul
    ("di /usul foto maksimal berapa", "bot.usul"),
    ("form usulan bisa disimpan dulu terus dilanjut besok?", "bot.usul"),
    ("bisa salin usulan tahun lalu biar ga ngetik ulang?", "bot.usul"),
    ("kode USL-2026-0005 itu artinya apa", "bot.usul"),
    ("lampiran PDF di /usul maksimal berapa file", "bot.usul"),
    # bot.status
    ("status 'dibahas rakor' artinya apa", "bot.status"),
    ("status perlu perbaikan itu maksudnya gmn, kami harus ngapain", "bot.status"),
    ("beda status diajukan sama verifikasi apa", "bot.status"),
    ("What does the status 'verifikasi' mean?", "bot.status"),
    ("usulan yg sudah diajukan masih bisa dibatalkan?", "bot.status"),
    # bot.ditolak_dialihkan
    ("usulan ditolak, bisa diajukan ulang ga", "bot.ditolak_dialihkan"),
    ("kenapa usulan kami dialihkan ke APBD kab", "bot.ditolak_dialihkan"),
    (
        "kalau ditolak karena admin salah klik, keputusannya bisa dibatalkan?",
        "bot.ditolak_dialihkan",
    ),
    ("Our proposal was redirected. What do we do next?", "bot.ditolak_dialihkan"),
    # bot.tindak_lanjut
    ("berapa lama usulan diverifikasi setelah dikirim", "bot.tindak_lanjut"),
    ("udah seminggu usulan blm ada respon, normal ga", "bot.tindak_lanjut"),
    ("standar LAPOR! itu dipakai buat apa di bot ini", "bot.tindak_lanjut"),
    # istilah.perkim
    ("Perkim itu singkatan apa", "istilah.perkim"),
    ("dinas perkim itu maksudnya dinas apa sih", "istilah.perkim"),
    # istilah.disperkimtan
    ("Disperkimtan kepanjangannya apa", "istilah.disperkimtan"),
    ("What does Disperkimtan stand for?", "istilah.disperkimtan"),
    # istilah.psu
    ("PSU singkatan dari apa", "istilah.psu"),
    ("prasarana sarana utilitas itu maksudnya apa aja contohnya", "istilah.psu"),
    # istilah.jaling
    ("jaling itu apa", "istilah.jaling"),
    ("di RAB ada tulisan jaling, maksudnya?", "istilah.jaling"),
    # istilah.drainase
    ("drainase lingkungan itu maksudnya apa", "istilah.drainase"),
    ("drainase artinya apa sih", "istilah.drainase"),
    # istilah.kr
    ("KR di data kumuh maksudnya apa", "istilah.kr"),
    ("kode KR itu kumuh ringan kah", "istilah.kr"),
    # istilah.ks
    ("KS itu singkatan apa di tabel kumuh", "istilah.ks"),
    ("KS = kumuh sedang?", "istilah.ks"),
    # istilah.kb
    ("KB di SK kumuh artinya apa? bukan keluarga berencana kan", "istilah.kb"),
    ("what does KB mean in slum data", "istilah.kb"),
    # istilah.skkumuh
    ("SK kumuh itu apa", "istilah.skkumuh"),
    ("apa yg dimaksud dengan SK kumuh", "istilah.skkumuh"),
    # istilah.delineasi
    ("delineasi itu apa", "istilah.delineasi"),
    ("maksud peta delineasi apa", "istilah.delineasi"),
    # istilah.rtlh
    ("RTLH kepanjangannya", "istilah.rtlh"),
    ("apa itu rumah tidak layak huni", "istilah.rtlh"),
    ("beda RTLH dan RLH apa", ("istilah.rtlh", "istilah.rlh")),
    # istilah.rlh
    ("RLH itu apa", "istilah.rlh"),
    ("RLH singkatan dari apa ya", "istilah.rlh"),
    # istilah.bedahrumah
    ("bedah rumah itu istilah apa", "istilah.bedahrumah"),
    ("maksud program bedah rumah itu apa", "istilah.bedahrumah"),
    # istilah.bsps
    ("BSPS singkatan apa", "istilah.bsps"),
    ("What is BSPS?", "istilah.bsps"),
    # istilah.mbr
    ("MBR itu apa", "istilah.mbr"),
    ("MBR kepanjangannya apa", "istilah.mbr"),
    # istilah.rusunawa
    ("rusunawa artinya", "istilah.rusunawa"),
    ("apa bedanya rusunawa dgn rusun", ("istilah.rusunawa", "istilah.rusun")),
    ("rusunawa tu napa", "istilah.rusunawa"),
    # istilah.rusun
    ("rusun itu apa", "istilah.rusun"),
    ("rusun singkatan dari", "istilah.rusun"),
    # istilah.rusus
    ("rusus itu apa", "istilah.rusus"),
    ("rumah khusus disingkat rusus ya? artinya apa", "istilah.rusus"),
    # istilah.huntara
    ("huntara itu apa", "istilah.huntara"),
    ("huntara vs huntap bedanya", ("istilah.huntara", "istilah.huntap")),
    ("huntara kepanjangannya", "istilah.huntara"),
    # istilah.huntap
    ("huntap maksudnya apa", "istilah.huntap"),
    ("What is a huntap?", "istilah.huntap"),
    # istilah.kk
    ("KK di form usulan maksudnya apa, kartu keluarga?", "istilah.kk"),
    ("KK itu satuan apa", "istilah.kk"),
    # istilah.jiwa
    ("jiwa di form maksudnya jumlah orang?", "istilah.jiwa"),
    ("satuan jiwa itu apa", "istilah.jiwa"),
    # istilah.ha
    ("ha itu hektar ya? 1 ha berapa m2", "istilah.ha"),
    ("ha singkatan apa", "istilah.ha"),
    # istilah.ded
    ("DED itu apa", "istilah.ded"),
    ("What is a DED?", "istilah.ded"),
    ("DED tu napa kah", "istilah.ded"),
    # istilah.rab
    ("RAB apa", "istilah.rab"),
    ("kepanjangan RAB", "istilah.rab"),
    # istilah.rks
    ("RKS itu apa", "istilah.rks"),
    ("RKS singkatan dari apa", "istilah.rks"),
    # istilah.kak
    ("KAK itu apa? sama dengan TOR?", "istilah.kak"),
    ("kerangka acuan kerja maksudnya apa", "istilah.kak"),
    # istilah.siteplan
    ("site plan itu apa", "istilah.siteplan"),
    ("rencana tapak sama dengan site plan?", "istilah.siteplan"),
    # istilah.rc
    ("RC itu apa di usulan", "istilah.rc"),
    ("readiness criteria artinya apa", "istilah.rc"),
    # istilah.bast
    ("BAST singkatan apa", "istilah.bast"),
    ("apa itu berita acara serah terima", "istilah.bast"),
    # istilah.hibah
    ("hibah itu artinya apa", "istilah.hibah"),
    ("what does hibah mean", "istilah.hibah"),
    # istilah.bmd
    ("BMD itu apa", "istilah.bmd"),
    ("BMD vs BMN bedanya apa", ("istilah.bmd", "istilah.bmn")),
    # istilah.bmn
    ("BMN singkatan apa", "istilah.bmn"),
    ("barang milik negara disingkat apa, artinya apa", "istilah.bmn"),
    # istilah.op
    ("O&P maksudnya apa", "istilah.op"),
    ("OP itu operasi dan pemeliharaan?", "istilah.op"),
    # istilah.spm
    ("SPM itu apa", "istilah.spm"),
    ("SPM kepanjangannya", "istilah.spm"),
    # istilah.pokjapkp
    ("Pokja PKP singkatan dari apa", "istilah.pokjapkp"),
    ("apa itu pokja pkp", "istilah.pokjapkp"),
    # istilah.pokjappas
    ("Pokja PPAS itu apa", "istilah.pokjappas"),
    ("PPAS di pokja PPAS singkatan apa", "istilah.pokjappas"),
    # istilah.pokjaampl
    ("AMPL itu apa", "istilah.pokjaampl"),
    ("Pokja AMPL maksudnya", "istilah.pokjaampl"),
    # istilah.rp3kp
    ("RP3KP itu dokumen apa", "istilah.rp3kp"),
    ("apa kepanjangan RP3KP", "istilah.rp3kp"),
    # istilah.rp2kpkp
    ("RP2KPKP apa", "istilah.rp2kpkp"),
    ("beda RP3KP dan RP2KPKP", ("istilah.rp3kp", "istilah.rp2kpkp")),
    ("RP2KPKP singkatan apa ya", "istilah.rp2kpkp"),
    # istilah.kotaku
    ("KOTAKU itu program apa", "istilah.kotaku"),
    ("what was KOTAKU", "istilah.kotaku"),
    # istilah.daktematikppkt
    ("DAK Tematik PPKT itu apa", "istilah.daktematikppkt"),
    ("PPKT singkatan dari", "istilah.daktematikppkt"),
    # istilah.apbn
    ("APBN singkatan", "istilah.apbn"),
    ("APBN itu apa", "istilah.apbn"),
    # istilah.apbd
    ("APBD itu apa", "istilah.apbd"),
    ("APBD kepanjangannya", "istilah.apbd"),
    # istilah.apbdes
    ("APBDes apa", "istilah.apbdes"),
    ("apa itu APBDes", "istilah.apbdes"),
    # istilah.bankeu
    ("bankeu itu apa", "istilah.bankeu"),
    ("bantuan keuangan provinsi maksudnya apa", "istilah.bankeu"),
    # istilah.pokir
    ("pokir itu apa", "istilah.pokir"),
    ("pokir dewan maksudnya apa", "istilah.pokir"),
    # istilah.musrenbang
    ("musrenbang singkatan apa", "istilah.musrenbang"),
    ("What is Musrenbang?", "istilah.musrenbang"),
    # istilah.rkpd
    ("RKPD itu apa", "istilah.rkpd"),
    ("RKPD kepanjangannya", "istilah.rkpd"),
    # istilah.renja
    ("renja itu apa", "istilah.renja"),
    ("renja dinas maksudnya", "istilah.renja"),
    # istilah.renstra
    ("renstra apa", "istilah.renstra"),
    ("renstra itu rencana apa", "istilah.renstra"),
    # istilah.rpjmd
    ("RPJMD itu apa", "istilah.rpjmd"),
    ("RPJMD singkatan", "istilah.rpjmd"),
    # istilah.kuappas
    ("KUA-PPAS itu apa", "istilah.kuappas"),
    ("KUA PPAS kepanjangannya", "istilah.kuappas"),
    # istilah.rka
    ("RKA itu apa", "istilah.rka"),
    ("RKA sama DPA bedanya", ("istilah.rka", "istilah.dpa")),
    # istilah.dpa
    ("DPA itu apa", "istilah.dpa"),
    ("DPA singkatan dari apa", "istilah.dpa"),
    # istilah.sipd
    ("SIPD itu apa", "istilah.sipd"),
    ("SIPD singkatan dari", "istilah.sipd"),
    # istilah.bapperida
    ("Bapperida itu apa", "istilah.bapperida"),
    ("Bapperida kepanjangannya apa, beda sama bappeda?", "istilah.bapperida"),
    # istilah.opd
    ("OPD artinya apa", "istilah.opd"),
    ("OPD sama SKPD itu sama ga", ("istilah.opd", "istilah.skpd")),
    # istilah.skpd
    ("SKPD apa", "istilah.skpd"),
    ("SKPD singkatan dari", "istilah.skpd"),
    # istilah.spam
    ("SPAM di dokumen perkim maksudnya apa, bukan spam email kan", "istilah.spam"),
    ("SPAM singkatan", "istilah.spam"),
    # istilah.spald
    ("SPALD itu apa", "istilah.spald"),
    ("SPALD singkatan apa", "istilah.spald"),
    # istilah.ipal
    ("IPAL apa", "istilah.ipal"),
    ("IPAL komunal maksudnya", "istilah.ipal"),
    # istilah.tps3r
    ("TPS3R itu apa", "istilah.tps3r"),
    ("apa arti 3R di TPS3R", "istilah.tps3r"),
    # istilah.mck
    ("MCK itu apa", "istilah.mck"),
    ("MCK komunal maksudnya apa", "istilah.mck"),
    # istilah.rtrw
    ("RTRW itu apa", "istilah.rtrw"),
    ("RTRW itu bukan RT RW kan? maksudnya apa", "istilah.rtrw"),
    # istilah.rdtr
    ("RDTR apa", "istilah.rdtr"),
    ("RDTR singkatan", "istilah.rdtr"),
    # istilah.pbg
    ("PBG itu apa", "istilah.pbg"),
    ("PBG itu pengganti IMB kah? artinya apa", "istilah.pbg"),
    # istilah.slf
    ("SLF itu apa", "istilah.slf"),
    ("SLF singkatan", "istilah.slf"),
    # istilah.skbg
    ("SKBG itu apa", "istilah.skbg"),
    ("What is an SKBG?", "istilah.skbg"),
    # istilah.skt
    ("SKT itu apa", "istilah.skt"),
    ("surat keterangan tanah itu sama dengan sertifikat kah", "istilah.skt"),
    # istilah.cleanandclear
    ("clean and clear itu maksudnya apa", "istilah.cleanandclear"),
    ("lahan C&C artinya apa", "istilah.cleanandclear"),
    # istilah.csr
    ("CSR itu apa", "istilah.csr"),
    ("CSR singkatan", "istilah.csr"),
    # istilah.rakor
    ("rakor singkatan dari", "istilah.rakor"),
    ("rakor itu artinya apa", "istilah.rakor"),
    # istilah.lapor
    ("LAPOR! itu apa", "istilah.lapor"),
    ("What is LAPOR!?", "istilah.lapor"),
    # istilah.wib
    ("WIB itu apa", "istilah.wib"),
    ("WIB itu UTC plus berapa", "istilah.wib"),
    # istilah.backlog
    ("backlog perumahan itu apa", "istilah.backlog"),
    ("backlog artinya", "istilah.backlog"),
    # istilah.pkp
    ("PKP itu apa", "istilah.pkp"),
    ("PKP di perkim singkatan dari", "istilah.pkp"),
    # istilah.kumuh
    ("kumuh itu definisinya apa", "istilah.kumuh"),
    ("apa arti permukiman kumuh", "istilah.kumuh"),
    # istilah.dak
    ("DAK itu apa", "istilah.dak"),
    ("DAK singkatan", "istilah.dak"),
]

ROUNDTA_INTENTS: list[tuple[str, str]] = [
    # status
    ("usulan saya gimana statusnya", "status"),
    ("cek status usulan kami", "status"),
    ("USL-2026-0012 udah sampai mana ya", "status"),
    ("usulan Kotim yg kemarin udah diverifikasi belum?", "status"),
    ("What's the status of my proposal?", "status"),
    ("ada kabar usulan drainase Buntok kami?", "status"),
    ("usulan kami sdh disetujui blm", "status"),
    ("usulan ulun tu sudah sampai mana lah", "status"),
    # meeting
    ("rakor tahun depan kapan", "meeting"),
    ("jadwal rapat berikutnya kapan dan di mana", "meeting"),
    ("ada rapat koordinasi dalam waktu dekat?", "meeting"),
    ("When is the next Rakor?", "meeting"),
    ("rakor 2027 tempatnya di mana", "meeting"),
    ("kapan rapat sinkronisasi selanjutnya", "meeting"),
    ("jadwal rakor udah keluar blm", "meeting"),
    ("pertemuan berikutnya jam berapa", "meeting"),
    # deadline
    ("batas akhir usulan kapan", "deadline"),
    ("deadline usulan TA 2028 tgl berapa", "deadline"),
    ("sampai kapan usulan masih dibuka", "deadline"),
    ("When is the proposal deadline?", "deadline"),
    ("paling lambat usulan dikirim kapan", "deadline"),
    ("masih sempat ngirim usulan ga minggu ini", "deadline"),
    ("tenggat pengiriman usulan tahun ini", "deadline"),
    ("kapan usulan ditutup", "deadline"),
    # greeting
    ("halo", "greeting"),
    ("selamat pagi pak", "greeting"),
    ("terima kasih infonya", "greeting"),
    ("makasih ya bot", "greeting"),
    ("bot ini bisa bantu apa aja?", "greeting"),
    ("help", "greeting"),
    ("Hi, what can you do?", "greeting"),
    ("assalamualaikum", "greeting"),
    # how_to_submit
    ("cara kirim usulan lewat bot gimana", "how_to_submit"),
    ("gmn caranya ngajuin usulan di sini", "how_to_submit"),
    ("mau input usulan baru, mulai dari mana", "how_to_submit"),
    ("How do I submit a proposal here?", "how_to_submit"),
    ("langkah2 mengusulkan kegiatan lewat telegram ini", "how_to_submit"),
    ("perintah buat bikin usulan baru apa", "how_to_submit"),
    ("ulun handak mengusulkan lewat bot, kayapa caranya", "how_to_submit"),
    ("saya mau daftarkan usulan jalan lingkungan, lewat menu apa", "how_to_submit"),
]

ROUNDTA_AREAS: list[tuple[str, str]] = [
    ("kumuh 12 ha kewenangan siapa", "provinsi"),
    ("lokasi kumuh luasnya 8,5 hektar siapa yg tangani", "kabkota"),
    ("kawasan kumuh 16 hektare di Sampit, kewenangan mana", "pusat"),
    ("luas delineasi pas 10 ha, masuk mana?", "provinsi"),
    ("kumuhnya tepat 15 ha, prov atau pusat?", "pusat"),
    ("kumuh 14,99 ha ditangani siapa", "provinsi"),
    ("kumuh 9,99 ha di Buntok kewenangan siapa", "kabkota"),
    ("kumuh 95.000 m2 kewenangan siapa", "kabkota"),
    ("luas kawasan kumuh 120.000 m² siapa yg tangani", "provinsi"),
    ("kumuh 150.000 meter persegi ditangani siapa", "pusat"),
    ("A slum area of 12.5 hectares: who is responsible?", "provinsi"),
    ("slum of 7.2 ha in Kuala Kapuas, which level?", "kabkota"),
    ("kumuh lebih dari 15 ha di Pahandut siapa yg pegang", "pusat"),
    ("kumuh kurang dari 10 ha di Nanga Bulik kewenangan siapa", "kabkota"),
    ("kawasan kumuh di atas 20 hektar kewenangan siapa", "pusat"),
    ("kawasan kumuh di bawah 5 ha ditangani kab kah", "kabkota"),
    ("kumuh 10,5 ha di Kasongan siapa yg tangani", "provinsi"),
    ("kumuh 3 ha kewenangan prov?", "kabkota"),
    ("lokasi kumuh di SK luasnya 13 hektare, kewenangan siapa", "provinsi"),
    ("kawasan kumuh 31,77 ha kewenangan mana", "pusat"),
    ("kumuh 100.000 m2 siapa yg tangani", "provinsi"),
    ("kumuh 1,5 ha di Puruk Cahu kewenangan siapa", "kabkota"),
    ("Slum of 11 hectares in Palangka Raya: is that the province?", "provinsi"),
    ("kumuh seluas 25 ha di Kapuas Hilir kewenangan siapa", "pusat"),
    ("kumuh 149.000 m² kewenangan siapa", "provinsi"),
    ("kumuh di kampung ulun luasnya 6 hektar, siapa nang menangani", "kabkota"),
    ("kumuh 15,2 ha di Tamiang Layang siapa yg tangani", "pusat"),
]

ROUNDTA_OUT_OF_SCOPE: list[str] = [
    # far off
    "cuaca di Palangka Raya besok gimana",
    "skor Kalteng Putra semalam berapa",
    "resep juhu umbut rotan",
    "kurs dollar hari ini berapa",
    "jadwal pesawat Sampit ke Jakarta",
    "harga emas hari ini",
    "What's the weather in Sampit tomorrow?",
    # near the domain, not in the documents
    "berapa pagu PSU provinsi tahun 2027",
    "anggaran Disperkimtan tahun 2026 berapa miliar",
    "harga satuan paving block per m2 di Kalteng",
    "HSPK beton K-250 di Palangka Raya berapa",
    "siapa pemenang tender jalan lingkungan Sampit 2025",
    "Who won the drainage tender in Buntok last year?",
    "nomor HP kabid kawasan permukiman provinsi berapa",
    "minta nomor WA admin Disperkimtan",
    "aturan penanganan kumuh di Kalimantan Selatan gimana",
    "perda kumuh Jawa Timur isinya apa",
    "What are the slum regulations in East Java?",
    "SIPD error ga bisa login gmn",
    "SIPD muncul error 500 waktu input sub kegiatan",
    "How do I fix the SIPD login error?",
    "cara reset akun SIPD",
    "cara naik pangkat PNS golongan III",
    "kapan gaji ke-13 cair",
    "mutasi pegawai dinas perkim kab kapan",
    "tebal rabat beton jalan lingkungan standarnya berapa cm",
    "spesifikasi saluran U-ditch untuk drainase ukuran berapa",
    "mutu beton minimal untuk drainase lingkungan apa",
    "kuota BSPS Kalteng tahun 2027 berapa unit",
    "jumlah RTLH di Barito Utara tahun ini berapa",
    "siapa kepala dinas perkim Katingan sekarang",
    "cara daftar KPR subsidi",
    "harga rumah subsidi 2026 di Kalteng berapa",
    "syarat kredit FLPP apa aja",
    "biaya urus sertifikat tanah di BPN berapa",
    "tarif retribusi PBG di Kotim berapa",
    "jadwal CPNS 2027",
    "uang harian perjalanan dinas ke Palangka Raya berapa",
    "kontraktor mana yg bagus buat drainase di Pangkalan Bun",
    "DAK 2027 Kalteng dapat berapa",
    "siapa anggota DPRD dapil Kapuas",
    "capaian SPM perumahan Kotim 2025 berapa persen",
    "aplikasi e-SPM error waktu upload laporan",
    "harga besi beton di Sampit sekarang",
    "What is the unit price of paving blocks in Kalteng?",
    "berapa luas kumuh di Kalimantan Selatan",
    "nomor rekening kas daerah provinsi untuk setoran",
    "format SPJ kegiatan rakor gimana",
    "berapa gaji tenaga kontrak di disperkimtan",
    "jalan nasional Sampit-Pangkalan Bun kapan diperbaiki",
]
