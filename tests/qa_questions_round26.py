"""Held-out evaluation questions for the Sinkron bot, round 26.

Written 2026-12-04. The writer had not seen the knowledge base or any other question table
and read only the topic list and the domain briefs (docs/domain.md, DOMAIN.md,
DOMAIN-RESEARCH.md) plus the place-name CSV for village and kecamatan names.

Style emphasis of this round: officers from the regencies of Kalimantan Tengah writing as they
talk at home. Many questions mix in Banjar or local Malay words and particles common in
Central Kalimantan ("kaya apa", "pian", "ulun", "kah", "lah", "kada", "handak", "ae", "lawan",
"bujur", "am"); many come inside a short story about the officer's situation in a named
village or kecamatan before the question; some are very plain questions from staff new to the
job. About one question in ten is in English. Labels follow what the officer mainly wants to
know.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND26_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "Ulun baru pindah ke Dinas Perkim Kabupaten Seruyan. Pian, ringkasnya pembagian urusan "
        "perumahan lawan permukiman antara pusat, provinsi, kabupaten tu kaya apa?",
        "kewenangan.ringkasan",
    ),
    (
        "siapa mengerjakan apa di bidang perumahan dan kawasan permukiman? pusat, provinsi, "
        "kabupaten/kota",
        "kewenangan.ringkasan",
    ),
    (
        "Dasar pembagian kewenangan PKP antara provinsi lawan kabupaten tu dari UU napa, "
        "lampiran yang mana?",
        "kewenangan.ringkasan",
    ),
    (
        "Kabid ulun minta dibikinkan tabel siapa menangani apa di PKP, provinsi lawan "
        "kabupaten. Ada kah ringkasannya am?",
        "kewenangan.ringkasan",
    ),
    (
        "Can you give me an overview of which government level handles what in housing and "
        "settlements?",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "Perumahan rakyat lawan kawasan permukiman tu masuk urusan wajib pelayanan dasar kah, "
        "atau urusan pilihan?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Pasal berapa di UU 23/2014 yang menyebut perumahan tu urusan wajib yang berkaitan "
        "pelayanan dasar?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Is housing a mandatory basic-service affair for regional governments?",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "Kaya apa pembagian penanganan kawasan kumuh menurut luasnya? Berapa hektar yang "
        "kabupaten, berapa yang provinsi?",
        "kewenangan.kumuh",
    ),
    (
        "Di Kecamatan Mentawa Baru Ketapang banyak kawasan kumuh tepi sungai. Batas luas yang "
        "jadi kewenangan provinsi tu dari berapa sampai berapa hektar?",
        "kewenangan.kumuh",
    ),
    (
        "Jar urang di kantor, kumuh 10 sampai 15 hektar tu provinsi. Bujur kah itu? Lalu yang "
        "kecil-kecil siapa yang pegang?",
        "kewenangan.kumuh",
    ),
    (
        "Kalau luas kumuhnya pas di angka batas, masuk yang bawah atau yang atas? Bunyi "
        "aturannya persis kaya apa?",
        "kewenangan.kumuh",
    ),
    (
        "kawasan kumuh yg luasnya di bawah 10 ha siapa yang tangani",
        "kewenangan.kumuh",
    ),
    (
        "Which level of government deals with slum areas, depending on their size?",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "Kumuh yang luasnya 15 hektar ke atas tu urusan pusat kah? Aturannya sudah pasti kah "
        "belum?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Di Kecamatan Selat, Kapuas, kawasan kumuh di SK kami ratusan hektar. Kalau sebesar "
        "itu pusat yang pegang kah?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Siapa yang menangani kawasan kumuh besar, yang lima belas hektar atau lebih?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    (
        "Pencegahan kumuh tu tugas provinsi jua kah, atau kabupaten haja?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Kami di Pulang Pisau handak bikin program pencegahan supaya kada tumbuh kumuh baru di "
        "Bahaur Basantan. Kewenangannya siapa, kawa kah minta ke provinsi?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Who is responsible for preventing new slums from forming?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "Di sub-urusan perumahan, kewenangan provinsi tu napa haja?",
        "kewenangan.perumahan",
    ),
    (
        "Urusan perumahan yang jadi bagian kabupaten/kota tu apa saja?",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "Rumah untuk MBR tu siapa yang menyediakan, pusat kah?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Pemda kami handak ada rusun di Muara Teweh. Penyediaan rusun lawan pembiayaan rumah "
        "MBR tu urusan pusat kah?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "What is the central government's role in housing, for example low-income housing?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "Banjir besar di Kecamatan Katingan Hilir tahun ini, banyak rumah rusak. Rumah korban "
        "bencana tu siapa yang tangani, kabupaten kah provinsi?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Warga Desa Tumbang Tarusan kena relokasi gara-gara program kabupaten. Rumah "
        "penggantinya tu urusan siapa ae?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Relocation caused by a national programme: who provides the houses?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "Izin pembangunan perumahan dari pengembang tu yang menerbitkan kabupaten atau provinsi?",
        "kewenangan.izin",
    ),
    (
        "Ada developer di Jekan Raya handak bikin kawasan permukiman baru. Izin pengembangan "
        "kawasan permukimannya diurus ke mana?",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "Sub-urusan kawasan permukiman tu isinya apa haja, dan bagian provinsi yang mana?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Di urusan kawasan permukiman, kabupaten kebagian apa saja?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "PSU permukiman lawan PSU perumahan tu bedanya apa, mana yang provinsi?",
        "kewenangan.psu",
    ),
    (
        "Jalan di dalam perumahan subsidi di Kelurahan Kalampangan rusak parah. Itu PSU "
        "perumahan kah, siapa yang wajib memperbaiki?",
        "kewenangan.psu",
    ),
    (
        "Who handles PSU in housing estates, and who handles it in settlements?",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "PSU yang dibangun Disperkimtan provinsi tu apa haja? Jalan lingkungan lawan drainase "
        "haja kah?",
        "psu.lingkup_provinsi",
    ),
    (
        "Drainase di pinggir jalan kabupaten dekat pasar Kuala Kurun rusak. Kawa kah diusulkan "
        "ke provinsi sebagai PSU?",
        "psu.lingkup_provinsi",
    ),
    (
        "Provinsi mau kah membangun jaling di desa pedalaman, atau di kota haja?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "Sertifikasi lawan registrasi perancang rumah dan perencana PSU tu siapa yang urus?",
        "kewenangan.sertifikasi",
    ),
    (
        "Ada konsultan perencana kecil di Kasongan handak registrasi sebagai perancang rumah. "
        "Itu ke kabupaten atau ke provinsi?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        "SPM perumahan tu isinya apa, dan targetnya berapa persen?",
        "kewenangan.spm",
    ),
    (
        "Dasar hukum SPM bidang perumahan rakyat tu PP berapa lawan Permen berapa?",
        "kewenangan.spm",
    ),
    (
        "Ulun disuruh menyusun laporan SPM. Jenis layanan dasar perumahan yang jadi tanggungan "
        "kabupaten tu apa haja?",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "Desa Sungai Tendang luasnya ratusan hektar, tapi yang kumuh cuma sebagian. Luas yang "
        "dihitung untuk kewenangan tu luas desa atau luas kawasan di SK?",
        "kumuh.luas_delineasi",
    ),
    (
        "Luas kumuh yang dipakai menentukan kewenangan tu yang mana, hasil delineasi kah?",
        "kumuh.luas_delineasi",
    ),
    (
        "Which slum area counts when deciding who is responsible: the whole village or the "
        "delineated area?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    (
        "Siapa yang berwenang menetapkan lokasi kumuh? Gubernur kah?",
        "kumuh.penetapan",
    ),
    (
        "SK kumuh kami di Barito Utara terbit tahun 2019. Wajib ditinjau ulang kah, berapa "
        "tahun sekali?",
        "kumuh.penetapan",
    ),
    (
        "SK penetapan lokasi kumuh tu harus dilengkapi apa haja, tabel lokasi lawan peta kah?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    (
        "Kriteria kumuh tu ada berapa aspek, apa haja?",
        "kumuh.aspek",
    ),
    (
        "Waktu survei kumuh di Kelurahan Pahandut Seberang, proteksi kebakaran dinilai jua kah? "
        "Itu masuk kriteria kumuh?",
        "kumuh.aspek",
    ),
    (
        "What are the seven aspects used to assess a slum?",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    (
        "Nilai kumuh maksimal berapa, dan skor berapa yang disebut kumuh berat?",
        "kumuh.penilaian",
    ),
    (
        "Tiap kriteria kumuh dinilai kaya apa? Skor 0, 1, 3, 5 tu maksudnya napa?",
        "kumuh.penilaian",
    ),
    (
        "Lokasi di Baamang Tengah skornya 62. Masuk kumuh berat kah itu?",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    (
        "Skor berapa sampai berapa yang masuk kumuh sedang, lawan yang kumuh ringan?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Hasil penilaian lokasi kami di Kelurahan Mendawai, Sukamara, dapat nilai 30. Itu "
        "kumuh ringan kah sedang?",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        "Beda pemugaran, peremajaan, lawan pemukiman kembali tu apa?",
        "kumuh.pola_penanganan",
    ),
    (
        "Kawasan di bantaran Sungai Mentaya kumuh berat tapi lahannya kada legal. Penanganannya "
        "pakai pola apa?",
        "kumuh.pola_penanganan",
    ),
    (
        "kapan kawasan kumuh ditangani dengan pemugaran?",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    (
        "Berapa banyak lokasi kumuh di Kalteng, total luasnya berapa hektar?",
        "kumuh.kalteng",
    ),
    (
        "Kumuh di Kalimantan Tengah tu kebanyakan di mana, di tepi sungai kah?",
        "kumuh.kalteng",
    ),
    (
        "How many slum locations does Central Kalimantan have?",
        "kumuh.kalteng",
    ),
    # usulan.isi
    (
        "Usulan kegiatan ke provinsi tu harus berisi apa haja?",
        "usulan.isi",
    ),
    (
        "Ulun staf baru. Isi usulan tu napa haja yang ditanya, lawan gunanya masing-masing "
        "untuk apa?",
        "usulan.isi",
    ),
    (
        "Kenapa di usulan harus dipilih sektor-sektor, air minum, sanitasi, persampahan sagala?",
        "usulan.isi",
    ),
    (
        "Kami di Dinas Perkim Lamandau handak usul drainase di Nanga Bulik. Apa haja yang "
        "wajib dicantumkan di usulannya?",
        "usulan.isi",
    ),
    (
        "data apa saja yg perlu disiapkan sebelum mengisi usulan supaya kada bolak balik",
        "usulan.isi",
    ),
    (
        "What information does a proposal to the province need to contain?",
        "usulan.isi",
    ),
    # usulan.jenis
    (
        "Jenis usulan apa haja yang kawa diajukan ke provinsi?",
        "usulan.jenis",
    ),
    (
        "Selain kumuh lawan PSU, ada jenis usulan lain kah? Rumah korban bencana kawa kah?",
        "usulan.jenis",
    ),
    (
        "Which kinds of proposal can a regency send to the province?",
        "usulan.jenis",
    ),
    # usulan.lokasi
    (
        "Di usulan, data lokasi yang diminta apa saja? Titik GPS wajib kah?",
        "usulan.lokasi",
    ),
    (
        "Nama lokasi untuk usulan kumuh tu harus sama persis lawan nama di SK kah?",
        "usulan.lokasi",
    ),
    (
        "Lokasi kami di Desa Tumbang Talaken, Manuhing. Perlu kah disebut perkotaan atau "
        "perdesaan di usulan?",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    (
        "Jumlah KK lawan jumlah jiwa penerima manfaat tu wajib diisi kah?",
        "usulan.penerima_biaya",
    ),
    (
        "Sumber dana yang kawa dipilih di usulan tu apa haja?",
        "usulan.penerima_biaya",
    ),
    (
        "Perkiraan biaya usulan ditulis kaya apa, lawan perlu kah dana pendamping dari kabupaten?",
        "usulan.penerima_biaya",
    ),
    (
        "In the proposal, how do I fill in the beneficiaries and the funding source?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    (
        "Readiness criteria usulan tu apa haja dokumennya?",
        "usulan.kesiapan",
    ),
    (
        "Kami handak usul jalan lingkungan di Desa Pandu Sanjaya, Pangkalan Lada. Dokumen "
        "kesiapan apa haja yang harus dilampirkan?",
        "usulan.kesiapan",
    ),
    (
        "Surat dari Bupati lawan kesepakatan masyarakat masuk syarat kesiapan jua kah?",
        "usulan.kesiapan",
    ),
    (
        "What readiness documents should accompany a PSU proposal?",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    (
        "Lahan untuk usulan harus clean and clear kah? Status lahan apa haja yang diterima?",
        "usulan.lahan",
    ),
    (
        "Lahan jalan lingkungan di Desa Kubu masih tanah warga, cuma ada SKT, belum "
        "sertifikat. Kawa kah diusulkan?",
        "usulan.lahan",
    ),
    (
        "Tanahnya masih sengketa lawan perusahaan sawit di Danau Sembuluh. Usulan kami "
        "dianggap clean and clear kah?",
        "usulan.lahan",
    ),
    (
        "lahan clean and clear tu kaya apa ukurannya? sertifikat haja cukup kah?",
        ("usulan.lahan", "istilah.cleanandclear"),
    ),
    # usulan.sk_kumuh
    (
        "Untuk usulan kumuh, data SK kumuh apa yang diminta? Nomor lawan tanggal kah?",
        "usulan.sk_kumuh",
    ),
    (
        "SK kumuh Kotim kami sudah lewat 5 tahun. Usulan kumuh masih kawa dikirim kah, napa "
        "akibatnya?",
        "usulan.sk_kumuh",
    ),
    (
        "Lokasi yang kami usulkan di Kelurahan Sawahan kada tercantum di SK kumuh. Masih "
        "diproses kah usulannya?",
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    (
        "DED lawan RAB wajib dilampirkan kah waktu mengusulkan?",
        "usulan.dokumen_teknis",
    ),
    (
        "Site plan lawan RKS tu perlu jua kah untuk usulan drainase di Tamiang Layang?",
        "usulan.dokumen_teknis",
    ),
    (
        "Do we need a DED and a cost estimate before proposing?",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        "Surat pernyataan kesediaan menerima hibah lawan O&P tu wajib kah? Siapa yang tanda "
        "tangan?",
        "usulan.surat_pernyataan",
    ),
    (
        "Kenapa provinsi minta surat pernyataan sanggup operasi dan pemeliharaan dari kabupaten?",
        "usulan.surat_pernyataan",
    ),
    (
        "Is a statement on accepting the grant and maintaining the asset required?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    (
        "Syarat usulan RTLH lewat provinsi tu apa haja?",
        "usulan.rtlh",
    ),
    (
        "Ada warga di Desa Sakabulin kada punya rumah, handak dibangunkan rumah baru. Kawa kah "
        "lewat program RTLH provinsi?",
        "usulan.rtlh",
    ),
    (
        "Rumah nenek di Teluk Timbau berdiri di tanah pinjaman keluarga, kada ada sertifikat "
        "atau SKT. Kawa kah diusulkan bedah rumah ke provinsi?",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "Warga RT 05 Kelurahan Panarung handak minta drainase langsung ke provinsi. Kawa kah, "
        "syaratnya apa?",
        "usulan.psu_masyarakat",
    ),
    (
        "Permintaan jalan lingkungan dari warga tu harus diketahui siapa haja?",
        "usulan.psu_masyarakat",
    ),
    (
        "Can residents request PSU from the province directly?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "Jalan lingkungan yang dibangun provinsi di lahan kabupaten, habis itu jadi aset siapa?",
        "hibah.aset",
    ),
    (
        "BAST lawan naskah hibah aset dari provinsi tu ditandatangani siapa, bupati kah?",
        "hibah.aset",
    ),
    (
        "Tahun tadi provinsi membangun jaling di Desa Anjir Kalampan. Kaya apa proses hibah "
        "asetnya ke kabupaten?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "Kalau usulan kami bukan kewenangan provinsi, dananya kawa dicari dari mana?",
        "pendanaan.saluran_lain",
    ),
    (
        "Kumuh kecil di Kelurahan Pahandut kada masuk provinsi. Dana dari mana yang paling "
        "cocok am?",
        "pendanaan.saluran_lain",
    ),
    (
        "Selain APBD provinsi, ada saluran lain kah untuk PSU perumahan?",
        "pendanaan.saluran_lain",
    ),
    (
        "CSR perusahaan kawa kah dipakai untuk penanganan kumuh yang bukan urusan provinsi?",
        "pendanaan.saluran_lain",
    ),
    (
        "Where else can we get funding when the province is not the responsible level?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        "Usulan yang ulun kirim tahun ini tu untuk anggaran tahun berapa?",
        "siklus.tahunan",
    ),
    (
        "Alur usulan tahunan dari kabupaten ke provinsi tu kaya apa dari awal sampai akhir?",
        "siklus.tahunan",
    ),
    (
        "Staf baru nih. Dalam setahun tu tahapannya apa haja: usul, diperiksa, rakor, terus "
        "apa lagi?",
        "siklus.tahunan",
    ),
    (
        "Usulan yang kami siapkan di Puruk Cahu tu untuk dikerjakan tahun depan kah, atau "
        "tahun ini jua?",
        "siklus.tahunan",
    ),
    (
        "Explain the yearly proposal cycle, please.",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    (
        "Usulan kami diperiksa kaya apa di provinsi? Administrasi haja kah, atau turun "
        "lapangan jua?",
        "siklus.pemeriksaan",
    ),
    (
        "Apa saja yang dicek provinsi waktu verifikasi usulan?",
        "siklus.pemeriksaan",
    ),
    (
        "How does the province check the proposals we send?",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    (
        "Rakor Bidang Kawasan Permukiman tu acara apa, siapa haja yang hadir?",
        "siklus.rakor",
    ),
    (
        "Rakor tahun-tahun tadi tu diadakan bulan apa haja? Tanggalnya tetap kah tiap tahun?",
        "siklus.rakor",
    ),
    (
        "What happens at the Rakor?",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    (
        "Habis Rakor, usulan yang diterima masuk ke mana? RKPD lawan APBD kah?",
        "siklus.rkpd_apbd",
    ),
    (
        "Hubungan Rakor lawan Musrenbang provinsi tu kaya apa?",
        "siklus.rkpd_apbd",
    ),
    (
        "Usulan kami status disetujui di bot. Itu artinya sudah pasti masuk APBD kah?",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    (
        "Pokja PKP di kabupaten tu fungsinya apa, dasar hukumnya apa?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Kami diminta Sekda membentuk Pokja PKP di Gunung Mas. Itu kelompok kerja untuk apa "
        "sebenarnya?",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    (
        "Kantor Disperkimtan provinsi tu di mana alamatnya?",
        "disperkimtan.kontak",
    ),
    (
        "Ulun handak mengantar berkas langsung dari Buntok ke Disperkimtan. Di jalan apa "
        "kantornya?",
        "disperkimtan.kontak",
    ),
    (
        "Disperkimtan Kalteng tu dinas apa, urusannya apa haja?",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    (
        "Perintah apa haja yang ada di bot ini?",
        "bot.cara_pakai",
    ),
    (
        "Jam yang dipakai bot ni WIB kah WITA?",
        "bot.cara_pakai",
    ),
    (
        "Which commands does this bot understand, and which time zone does it use?",
        "bot.cara_pakai",
    ),
    # bot.usul
    (
        "Waktu mengisi /usul di Desa Tumbang Marikoi sinyal putus di tengah jalan. Isian ulun "
        "hilang kah?",
        "bot.usul",
    ),
    (
        "Lewat /usul kawa kah melampirkan PDF DED lawan RAB?",
        "bot.usul",
    ),
    (
        "Kode USL-2026-0003 yang muncul habis kirim usulan tu apa artinya?",
        "bot.usul",
    ),
    # bot.status
    (
        "Status 'perlu perbaikan' tu artinya apa, apa yang harus ulun kerjakan?",
        "bot.status",
    ),
    (
        "Beda status verifikasi lawan dibahas di Rakor tu apa?",
        "bot.status",
    ),
    (
        "What does the status 'diajukan' mean?",
        "bot.status",
    ),
    # bot.ditolak_dialihkan
    (
        "Usulan kami ditolak dengan alasan bukan kewenangan provinsi. Habis ini harus kaya apa?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Usulan kumuh kami dialihkan ke DAK. Maksudnya apa, usulan kami masih hidup kah?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Usulan kami ditolak, padahal pina salah paham haja. Kawa kah keputusannya diubah "
        "lewat bot?",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    (
        "Usulan sudah seminggu masih diajukan haja, kada ada kabar. Ada standar waktunya kah?",
        "bot.tindak_lanjut",
    ),
    (
        "Tiga hari kerja tu aturan yang mengikat Disperkimtan kah, atau standar bot haja?",
        "bot.tindak_lanjut",
    ),
    # bot.rapat
    (
        "Undangan rapat di bot tu kaya apa menjawab hadir atau kada?",
        "bot.rapat",
    ),
    (
        "Kabid ulun kada kawa datang Rakor. Kawa kah diwakilkan, kaya apa mencatatnya di bot?",
        "bot.rapat",
    ),
    (
        "Can I send someone else to represent me at a meeting I was invited to through the bot?",
        "bot.rapat",
    ),
    # istilah.perkim
    ("Perkim tu singkatan apa?", "istilah.perkim"),
    # istilah.disperkimtan
    (
        "Disperkimtan kepanjangannya napa? Ada 'tan' di belakangnya tu maksudnya apa?",
        "istilah.disperkimtan",
    ),
    # istilah.psu
    ("PSU tu singkatan dari apa?", "istilah.psu"),
    # istilah.jaling
    ("Jar kawan ulun 'jaling', napa tu?", "istilah.jaling"),
    # istilah.drainase
    ("Drainase tu maksudnya apa? Saluran air kah?", "istilah.drainase"),
    # istilah.kr
    ("KR di tabel kekumuhan tu apa?", "istilah.kr"),
    # istilah.ks
    ("Singkatan KS dalam data kumuh artinya apa?", "istilah.ks"),
    # istilah.kb
    (
        "KB di daftar lokasi kumuh tu bukan keluarga berencana kan? Artinya apa?",
        "istilah.kb",
    ),
    # istilah.skkumuh
    ("SK kumuh tu surat apa sebenarnya?", "istilah.skkumuh"),
    # istilah.delineasi
    (
        "Delineasi tu apa? Kabid ulun rajin menyebut peta delineasi.",
        "istilah.delineasi",
    ),
    # istilah.rtlh
    ("RTLH kepanjangannya apa?", "istilah.rtlh"),
    # istilah.rlh
    ("RLH tu beda lawan RTLH kah?", "istilah.rlh"),
    # istilah.bedahrumah
    ("Bedah rumah tu istilah resmi kah, maksudnya apa?", "istilah.bedahrumah"),
    # istilah.bsps
    ("BSPS tu program apa?", "istilah.bsps"),
    # istilah.mbr
    ("What does MBR stand for?", "istilah.mbr"),
    # istilah.rusunawa
    ("Rusunawa tu apa?", "istilah.rusunawa"),
    # istilah.rusus
    ("Rusus tu rumah apa?", "istilah.rusus"),
    # istilah.huntara
    ("Huntara tu maksudnya napa?", "istilah.huntara"),
    # istilah.huntap
    (
        "Habis banjir di Tewah, urang menyebut huntap lawan huntara. Bedanya apa?",
        ("istilah.huntap", "istilah.huntara"),
    ),
    # istilah.kk
    (
        "KK di isian penerima manfaat tu kartu keluarga kah kepala keluarga?",
        "istilah.kk",
    ),
    # istilah.jiwa
    ("Jiwa di formulir usulan maksudnya jumlah orang kah?", "istilah.jiwa"),
    # istilah.ha
    ("ha tu satuan apa, sama lawan berapa meter persegi?", "istilah.ha"),
    # istilah.ded
    ("DED tu singkatan apa?", "istilah.ded"),
    # istilah.rab
    ("RAB tu apa?", "istilah.rab"),
    # istilah.rks
    ("RKS kepanjangannya napa?", "istilah.rks"),
    # istilah.kak
    ("KAK tu sama lawan TOR kah?", "istilah.kak"),
    # istilah.siteplan
    ("Site plan tu apa, sama lawan rencana tapak kah?", "istilah.siteplan"),
    # istilah.rc
    ("RC di dokumen DAK tu singkatan apa?", "istilah.rc"),
    # istilah.bast
    ("What is a BAST?", "istilah.bast"),
    # istilah.hibah
    ("Hibah dalam urusan aset tu maksudnya apa?", "istilah.hibah"),
    # istilah.bmd
    ("BMD tu apa?", "istilah.bmd"),
    # istilah.bmn
    ("BMN artinya apa?", "istilah.bmn"),
    # istilah.op
    ("O&P tu singkatan apa?", "istilah.op"),
    # istilah.spm
    ("SPM singkatan dari apa?", "istilah.spm"),
    # istilah.pokjapkp
    ("Pokja PKP tu kepanjangannya apa?", "istilah.pokjapkp"),
    # istilah.pokjappas
    ("Pokja PPAS tu apa?", "istilah.pokjappas"),
    # istilah.pokjaampl
    ("AMPL di Pokja AMPL tu kepanjangannya apa?", "istilah.pokjaampl"),
    # istilah.rp3kp
    ("RP3KP tu dokumen apa?", "istilah.rp3kp"),
    # istilah.rp2kpkp
    ("RP2KPKP tu rencana apa?", "istilah.rp2kpkp"),
    # istilah.kotaku
    ("KOTAKU tu program apa?", "istilah.kotaku"),
    # istilah.daktematikppkt
    ("DAK Tematik PPKT tu apa?", "istilah.daktematikppkt"),
    # istilah.apbn
    ("APBN kepanjangannya?", "istilah.apbn"),
    # istilah.apbd
    ("APBD tu apa?", "istilah.apbd"),
    # istilah.apbdes
    ("APBDes tu anggaran desa kah?", "istilah.apbdes"),
    # istilah.bankeu
    ("Bankeu tu apa maksudnya?", "istilah.bankeu"),
    # istilah.pokir
    ("Pokir dewan tu apa?", "istilah.pokir"),
    # istilah.musrenbang
    ("Musrenbang tu apa?", "istilah.musrenbang"),
    # istilah.rkpd
    ("RKPD kepanjangannya apa?", "istilah.rkpd"),
    # istilah.renja
    ("Renja tu dokumen apa?", "istilah.renja"),
    # istilah.renstra
    ("Renstra tu apa?", "istilah.renstra"),
    # istilah.rpjmd
    ("RPJMD tu apa?", "istilah.rpjmd"),
    # istilah.kuappas
    ("KUA-PPAS tu apa?", "istilah.kuappas"),
    # istilah.rka
    ("RKA tu singkatan napa?", "istilah.rka"),
    # istilah.dpa
    ("DPA tu apa?", "istilah.dpa"),
    # istilah.sipd
    ("SIPD tu sistem apa?", "istilah.sipd"),
    # istilah.bapperida
    ("Bapperida tu badan apa? Dulu Bappeda kah?", "istilah.bapperida"),
    # istilah.opd
    ("OPD tu apa?", "istilah.opd"),
    # istilah.skpd
    ("SKPD tu singkatan apa?", "istilah.skpd"),
    # istilah.spam
    (
        "SPAM di dokumen air minum tu maksudnya apa? Bukan surel sampah kan?",
        "istilah.spam",
    ),
    # istilah.spald
    ("SPALD tu apa?", "istilah.spald"),
    # istilah.ipal
    ("IPAL tu singkatan napa?", "istilah.ipal"),
    # istilah.tps3r
    ("TPS3R tu tempat apa?", "istilah.tps3r"),
    # istilah.mck
    ("MCK tu apa?", "istilah.mck"),
    # istilah.rtrw
    ("RTRW yang disebut di syarat clean and clear tu rencana apa?", "istilah.rtrw"),
    # istilah.rdtr
    ("RDTR tu apa?", "istilah.rdtr"),
    # istilah.pbg
    ("PBG tu pengganti IMB kah?", "istilah.pbg"),
    # istilah.slf
    ("SLF tu singkatan apa?", "istilah.slf"),
    # istilah.skbg
    ("SKBG tu sertifikat apa?", "istilah.skbg"),
    # istilah.skt
    ("SKT tu surat apa?", "istilah.skt"),
    # istilah.cleanandclear
    ("C&C atau clean and clear tu istilah apa?", "istilah.cleanandclear"),
    # istilah.csr
    ("CSR tu apa?", "istilah.csr"),
    # istilah.rakor
    ("Rakor tu singkatan apa?", "istilah.rakor"),
    # istilah.lapor
    ("LAPOR! tu apa?", "istilah.lapor"),
    # istilah.wib
    ("WIB tu UTC berapa?", "istilah.wib"),
    # istilah.backlog
    ("Backlog perumahan tu maksudnya apa?", "istilah.backlog"),
    # istilah.pkp
    ("PKP tu singkatan apa? Ulun kira pengusaha kena pajak.", "istilah.pkp"),
    # istilah.kumuh
    ("Kumuh tu definisinya apa?", "istilah.kumuh"),
    # istilah.dak
    ("DAK tu dana apa?", "istilah.dak"),
    # istilah.rusun
    ("Rusun tu apa?", "istilah.rusun"),
]

ROUND26_INTENTS: list[tuple[str, str]] = [
    # status
    ("Usulan ulun USL-2026-0007 sudah sampai mana?", "status"),
    ("Kaya apa status usulan kami yang dikirim bulan tadi?", "status"),
    ("Tolong lihatkan usulan-usulan kami, sudah diverifikasi kah belum?", "status"),
    ("Usulan drainase Desa Natai Raya tu sudah diproses kah?", "status"),
    ("cek status usulan kami", "status"),
    ("What's the status of my proposals?", "status"),
    # meeting
    ("Rakor tahun ini kapan, di mana tempatnya?", "meeting"),
    ("Rapat berikutnya tanggal berapa kah?", "meeting"),
    ("Ada jadwal rapat lawan provinsi dalam waktu dekat kah?", "meeting"),
    (
        "Ulun handak memesan tiket dari Puruk Cahu. Rakor nanti dilaksanakan tanggal berapa?",
        "meeting",
    ),
    ("jadwal rakor 2026?", "meeting"),
    ("When is the next coordination meeting?", "meeting"),
    # deadline
    ("Batas akhir kirim usulan tahun ini kapan?", "deadline"),
    ("Tenggat usulan untuk TA 2027 tanggal berapa?", "deadline"),
    ("Masih sempat kah ulun mengirim usulan, kapan ditutup?", "deadline"),
    (
        "Kami di Sukamara masih menunggu tanda tangan bupati. Sampai tanggal berapa usulan "
        "diterima?",
        "deadline",
    ),
    ("deadline usulan kapan ae?", "deadline"),
    ("What is the deadline for submitting proposals?", "deadline"),
    # greeting
    ("Assalamualaikum, selamat pagi pian", "greeting"),
    ("Makasih banyak lah, sudah jelas", "greeting"),
    ("Halo, bot ni kawa membantu apa haja?", "greeting"),
    ("tolong, ulun bingung handak mulai dari mana", "greeting"),
    ("Tarima kasih banar pian", "greeting"),
    ("Hi, what can you do?", "greeting"),
    # how_to_submit
    ("Kaya apa cara mengirim usulan lewat bot ni?", "how_to_submit"),
    (
        "Ulun handak mengusulkan jalan lingkungan di Desa Garantung. Mulai dari mana di bot?",
        "how_to_submit",
    ),
    ("Gimana caranya input usulan baru?", "how_to_submit"),
    ("Handak kirim usulan, perintahnya apa?", "how_to_submit"),
    ("cara usul lewat sinkron", "how_to_submit"),
    ("How do I submit a proposal here?", "how_to_submit"),
]

ROUND26_AREAS: list[tuple[str, str]] = [
    # kabkota
    ("Kawasan kumuh di Kelurahan Baamang Hulu luasnya 8,5 ha, siapa yang tangani?", "kabkota"),
    ("luas kumuh di SK 9,99 hektar, kewenangan siapa kah?", "kabkota"),
    ("Kawasan kumuh 95.000 m2 di Desa Kubu, kabupaten kah provinsi?", "kabkota"),
    (
        "Kumuh tepi sungai di Kelurahan Pulau Kupang kurang dari 10 ha, pasnya 7 hektare. "
        "Siapa yang pegang?",
        "kabkota",
    ),
    ("A slum of 6.2 hectares in Kuala Kurun: who handles it?", "kabkota"),
    ("kumuh 3 ha di Kelurahan Mendawai, provinsi kawa kah menangani?", "kabkota"),
    (
        "Lokasi kumuh di bawah 10 hektar, tepatnya 9,5 ha, di Tamiang Layang. Kewenangan siapa?",
        "kabkota",
    ),
    ("Kumuh seluas 45.000 meter persegi di Kelurahan Langkai tu urusan siapa?", "kabkota"),
    # provinsi
    ("Kawasan kumuh pas 10 ha di Kelurahan Mentawa Baru Hilir, provinsi kah?", "provinsi"),
    ("Luas delineasi 12,5 ha di Selat Tengah, kewenangan siapa?", "provinsi"),
    ("Kumuh 14,99 hektar tu masih provinsi kah atau sudah pusat?", "provinsi"),
    ("kawasan kumuh 110.000 m² di Kelurahan Panamas, siapa yang tangani?", "provinsi"),
    ("Slum area of 13.4 hectares in Kasongan Baru, which level is responsible?", "provinsi"),
    (
        "Kumuh lebih dari 10 ha, tepatnya 10,2 hektare, di Lanjas Muara Teweh. Provinsi kah?",
        "provinsi",
    ),
    ("kumuh 11,75 ha di Buntok Kota kewenangan siapa ae?", "provinsi"),
    ("Lokasi kumuh di Kelurahan Candi 140.000 meter persegi, provinsi lah?", "provinsi"),
    ("kumuh tepat 10,0 ha kewenangan siapa?", "provinsi"),
    # pusat
    ("Kumuh tepat 15 ha di Kelurahan Selat Hulu, masih provinsi kah?", "pusat"),
    ("Kawasan kumuh 39,48 ha di Pahandut, siapa yang pegang?", "pusat"),
    (
        "Kumuh lebih dari 15 ha, sekitar 20 hektar, di Ketapang Sampit. Urusan siapa?",
        "pusat",
    ),
    ("luas kumuh 150.000 m2 siapa yang tangani?", "pusat"),
    ("A 16.5 ha slum area in Kapuas Hilir: who is responsible?", "pusat"),
    ("Kumuh di atas 15 hektar, 18 ha di Kelurahan Mambulau, kewenangan siapa?", "pusat"),
    ("kumuh 75,87 hektare di Kotim kewenangan siapa?", "pusat"),
    ("Kawasan kumuh 200.000 m² di Pasir Putih, provinsi kah pusat?", "pusat"),
    ("Kumuh 15,01 hektar di Kumai Hilir, bujur kah sudah bukan provinsi?", "pusat"),
]

ROUND26_OUT_OF_SCOPE: list[str] = [
    # far off
    "Cuaca di Palangka Raya besok hujan kah?",
    "Siapa juara Liga 1 tahun ini?",
    "Resep patin bakar kaya apa?",
    "Who won the football match last night?",
    # near the domain, not answerable from the domain documents
    "Berapa pagu anggaran Disperkimtan untuk PSU tahun 2027?",
    "Harga satuan semen per sak untuk RAB di Puruk Cahu berapa?",
    "Siapa pemenang tender jalan lingkungan di Sampit tahun tadi?",
    "Minta nomor HP Kepala Bidang Kawasan Permukiman provinsi.",
    "Pergub Kalimantan Barat tentang bantuan RTLH isinya apa?",
    ("SIPD ulun error waktu input sub kegiatan, muncul kode 500. Kaya apa memperbaikinya?"),
    "Kapan ulun naik pangkat, berkas kenaikan pangkat dikirim ke mana?",
    "Tebal beton jalan lingkungan yang standar tu berapa cm?",
    "Berapa lebar minimal saluran drainase lingkungan menurut standar teknis?",
    "Berapa nilai HSPK Kabupaten Kapuas tahun 2026?",
    "Tunjangan kinerja pegawai Perkim tahun depan naik kah?",
    "Berapa unit RTLH yang dibantu provinsi di Barito Timur tahun 2026?",
    "Kontraktor mana yang mengerjakan drainase di Kuala Kapuas?",
    "Berapa anggaran DAK Tematik PPKT untuk Kotim tahun 2026?",
    "Kaya apa cara mengurus PBG rumah pribadi ulun, berapa biayanya?",
    "Perda RTRW Kabupaten Katingan nomor berapa?",
    "Berapa gaji honorer di Dinas Perkim Seruyan?",
    "Password akun SIPD ulun lupa, kaya apa meresetnya?",
    "Spesifikasi besi tulangan untuk plat penutup drainase tu berapa mm?",
    "What is the unit price for paving blocks in Palangka Raya?",
    "Kapan pencairan termin kedua proyek jaling di Kasongan?",
    "Nomor WA admin Disperkimtan berapa?",
    "Berapa kuota BSPS untuk Kabupaten Gunung Mas tahun depan?",
    "Ulun handak pindah tugas ke provinsi, syaratnya apa haja?",
]
