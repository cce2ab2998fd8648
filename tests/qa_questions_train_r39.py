"""Training table R39 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 47's styles, written by another hand for the first half of the topic list after round 47
was written: pantun openings, analogies with other sectors and programmes, pleading and pressure
from citizens, bargaining to fit a rule (rounding, splitting, merging), comparing with another
regency, Kotawaringin Malay words, dates typed in many formats, double negation and hedging;
Indian English. A glossary entry's questions ask what the term means. Its slum-area questions
are computed by rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R39_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Buah duku buah salak, mau tanya boleh tidak? Secara garis besar peta kewenangan "
            "perumahan dan kawasan permukiman antara pusat, provinsi dan kab/kota itu "
            "bagaimana?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Kayak di pendidikan, SD SMP urusan kabupaten, SMA urusan provinsi. Nah di bidang "
            "perkim pembagian urusan per level pemerintahannya gimana secara ringkas?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Pak tolong bantu, anggota dewan kami bilang perumahan itu cuma urusan pilihan "
            "jadi bisa dicoret dari anggaran, padahal warga sudah lama menunggu. Perumahan "
            "dan kawasan permukiman itu urusan wajib pelayanan dasar bukan sih?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Kindly clarify: housing and settlement area is not an optional affair, correct? "
            "It is not that it falls outside the mandatory basic services under UU 23/2014, "
            "no?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Katanya di Kotim kumuh dikerjakan provinsi, di Barsel dikerjakan kabupaten "
            "sendiri. Sebenarnya batas luas kumuh yang jadi kewenangan kabupaten, provinsi "
            "dan pusat itu berapa saja?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Kamek nak tau, pembagian urusan kawasan kumuh menurut luasnye tu macam mane? "
            "Bawah berape hektar yang jadi urusan kabupaten, berape yang provinsi?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Untuk bahan rapat Selasa depan: kumuh yang 15 ha atau lebih itu memang "
            "kewenangan pusat? Dasar hukumnya apa dan bunyi aturannya sudah pasti?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Kawasan kumuh yang luasnya lima belas hektar ke atas bukannya tidak bisa "
            "diusulkan ke provinsi ya? Nggak salah kan kalau kawasan sebesar itu kami arahkan "
            "ke pusat?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Jalan-jalan ke Sampit, jangan lupa beli kerupuk. Pencegahan permukiman kumuh itu "
            "kewenangan siapa ya, bisa minta provinsi yang tangani?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Mirip pencegahan stunting yang dikerjakan tiap daerah, pencegahan perumahan dan "
            "permukiman kumuh itu urusan kabupaten/kota saja atau provinsi ikut juga?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Warga kami banyak yang rumahnya rusak dan tiap hari datang ke kantor. Di "
            "sub-urusan perumahan, apa saja sebenarnya tugas provinsi dan apa yang jadi tugas "
            "kabupaten?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Kalau rumah-rumah warga dari beberapa desa kami jadikan satu paket besar, apakah "
            "otomatis jadi urusan provinsi? Kewenangan provinsi di sub-urusan perumahan itu "
            "sebatas apa saja?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Di Kapuas ada rusun yang dibangun pusat. Penyediaan rumah untuk MBR dan rusun "
            "itu memang urusan pemerintah pusat, bukan provinsi?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Rumah untuk masyarakat berpenghasilan rendah tu urusan siape sebenarnye? Kamek "
            "dengar pusat, betul ke ndak? Pembiayaan perumahannye pun pusat?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Banjir akhir Januari kemarin merusak puluhan rumah di Mentaya Hilir Selatan. "
            "Rumah korban bencana seperti ini yang menangani provinsi atau kabupaten, "
            "tergantung apa?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Warga yang direlokasi karena program kabupaten bukannya tidak bisa minta rumah "
            "ke provinsi ya? Nggak mungkin semua relokasi jadi tanggungan provinsi kan?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Pisang goreng pisang kepok, dimakan hangat di pagi hari. Izin pembangunan "
            "perumahan dan SKBG itu yang menerbitkan pemkab atau provinsi?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Just like building permits are handled by the district PTSP office, kindly "
            "clarify who issues housing development permits, settlement area permits and "
            "SKBG: district or province?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Tolong pak, kami terus ditanya pimpinan dan belum bisa jawab. Sub-urusan kawasan "
            "permukiman itu isinya apa saja, mana bagian kabupaten dan mana bagian provinsi?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Kalau izin kawasan permukiman untuk pengembang kami titipkan saja ke provinsi "
            "biar cepat, bisa? Pembagian sub-urusan kawasan permukiman sebenarnya bagaimana?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Kota Palangka Raya katanya dapat jalan dan drainase dari provinsi. Bukannya PSU "
            "di perumahan itu urusan kota? Bedanya PSU permukiman dan PSU perumahan apa?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "PSU perumahan dengan PSU permukiman tu bedenye ape? Yang mane urusan provinsi, "
            "yang mane urusan kamek di kabupaten?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Kami mau susun usulan PSU sebelum akhir triwulan II. PSU apa saja yang biasanya "
            "dibangun Disperkimtan provinsi, hanya jalan lingkungan dan drainase?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Jalan di sepanjang jalan kabupaten nggak mungkin bisa diusulkan jadi PSU "
            "provinsi kan? Drainase di pinggir jalan provinsi juga tidak termasuk, betul?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Ikan patin ikan baung, dimasak asam rasanya sedap. Sertifikasi dan registrasi "
            "perancang rumah dan perencana PSU itu kewenangan siapa, apa tergantung tingkat "
            "kemampuannya?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Like construction workers getting their SKK through LPJK, who certifies and "
            "registers house designers and PSU planners of small, medium and large "
            "capability? Kindly revert back."
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Pimpinan kami ditegur soal capaian SPM, kasihan tim kami lembur terus. SPM "
            "perumahan itu jenis layanannya apa dan targetnya berapa persen?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Target SPM perumahan itu 100% ya, kalau capaian kami 95% bisa dibulatkan "
            "dianggap tercapai? Sebenarnya SPM perumahan provinsi dan kabupaten/kota itu "
            "mengatur apa?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Di Kotim luas kumuh dihitung per kawasan di SK, kami di Kapuas pakai luas "
            "seluruh desa. Sebenarnya luas kumuh yang dipakai untuk menentukan kewenangan itu "
            "yang mana?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Dua lokasi kumuh kami di SK masing-masing sekitar 6 ha dan letaknya "
            "bersebelahan. Boleh digabung saja dihitung satu kawasan supaya luasnya masuk "
            "provinsi?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Siape yang netapkan lokasi kumuh tu? Bupati ke, gubernur ke? Berape tahun sekali "
            "SK-nye harus ditinjau?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "SK kumuh kami terbit 28/12/2018. Sebenarnya siapa yang berwenang menetapkan "
            "lokasi kumuh dan berapa tahun sekali penetapannya harus ditinjau ulang?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "Kriteria kumuh itu bukan cuma soal bangunan kan? Tidak salah kalau saya bilang "
            "ada tujuh aspek? Apa saja aspeknya?"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "Kalau ada sumur di ladang, boleh kita menumpang mandi. Tujuh aspek kriteria "
            "kumuh itu apa saja ya pak, air minum dan proteksi kebakaran termasuk?"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "Mirip nilai rapor siswa, skor kumuh itu dihitung bagaimana? Nilai berapa supaya "
            "suatu lokasi masuk kumuh berat?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "Our residents are suffering badly sir, and the Bupati wants answers. What is the "
            "scoring method for slum assessment and what total score makes a location kumuh "
            "berat?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "Skor kawasan kami 37, kalau dibulatkan jadi 38 sudah masuk kumuh sedang belum? "
            "Rentang skor kumuh sedang dan ringan itu berapa?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Di Katingan skor 40 disebut kumuh sedang, di tempat kami skor segitu disebut "
            "ringan. Sebenarnya batas skor kumuh ringan dan sedang berapa?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Kawasan kamek di tepi sungai, lahannye ndak legal. Penanganan kumuh yang cocok "
            "tu ape, pemugaran ke, peremajaan ke, atau pemukiman kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Penanganan kawasan kami dijadwalkan mulai triwulan III 2027. Bedanya pemugaran, "
            "peremajaan dan pemukiman kembali itu apa, dan kapan masing-masing dipakai?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Kalau total kumuh Kalteng kami bulatkan saja jadi 7.000 ha di laporan, kira-kira "
            "pas? Sebenarnya ada berapa lokasi kumuh se-Kalimantan Tengah dan berapa total "
            "luasnya?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "Boats on the Kahayan, fish in the net; kindly share how many slum locations "
            "Central Kalimantan has recorded and their total area."
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "Seperti proposal dana BOS yang formatnya sudah baku, usulan kegiatan ke provinsi "
            "itu harus memuat apa saja dan kenapa data-data itu diminta?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Tolong pak, kami baru pertama kali bikin usulan dan kepala dinas sudah menunggu. "
            "Isi usulan kegiatan itu apa saja dan alasannya apa?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Usulan kami campuran jalan lingkungan dan perbaikan RTLH, harus dipecah jadi dua "
            "usulan? Jenis usulan apa saja yang bisa diajukan ke provinsi?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Barut katanya mengusulkan rumah korban bencana ke provinsi. Kami di Mura boleh "
            "mengusulkan jenis kegiatan apa saja?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Data lokasi usulan tu ape aje yang mesti kamek isi? Perlu titik GPS ke ndak, "
            "nama lokasinye ikut SK ke?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Survei lapangan kami pekan ke-3 Maret. Data lokasi apa saja yang nanti diisi di "
            "usulan: kecamatan, desa, nama lokasi, koordinat, perkotaan atau perdesaan?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Jumlah jiwa nggak boleh lebih kecil dari jumlah KK kan? Terus penerima manfaat, "
            "perkiraan biaya dan sumber dana di usulan itu diisi bagaimana?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Pergi ke pasar membeli rotan, pulangnya mampir membeli pepaya. Di usulan itu "
            "berapa KK, berapa jiwa, berapa biaya dan dananya dari mana, semua wajib diisi?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Kayak DAK yang punya readiness criteria, usulan ke provinsi juga ada dokumen "
            "kesiapan yang harus dilengkapi? Untuk usulan PSU apa saja?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Please do the needful sir, our Bupati is pressing us daily. What readiness "
            "documents are required for a PSU proposal to the province?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Lahan jalan lingkungan yang kami usulkan separuh sudah sertifikat, separuh "
            "belum. Kalau dianggap clean and clear semua saja bisa? Syarat status lahannya "
            "apa?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Di Lamandau katanya lahan dengan SKT sudah cukup. Status lahan usulan harus "
            "bagaimana supaya dianggap clean and clear?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "SK kumuh kamek dah enam tahun umurnye. Masih bise dipakai untuk usulan kumuh ke "
            "provinsi ke ndak?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "SK kumuh kami ditetapkan 3 Januari 2022, usulan akan kami kirim sekitar "
            "September. Data SK apa yang harus dicantumkan di usulan kumuh, dan masih berlaku "
            "tidak?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Tidak salah kan kalau DED belum ada tapi RAB sudah? Dokumen teknis apa saja yang "
            "sebaiknya dilampirkan: DED, RAB, RKS, site plan, foto?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Anak ayam turun sepuluh, mati satu tinggal sembilan. Dokumen teknis untuk usulan "
            "itu apa saja, foto kondisi eksisting juga wajib?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Seperti hibah barang dari kementerian yang minta surat kesanggupan, usulan ke "
            "provinsi juga perlu surat pernyataan menerima hibah dan O&P? Isinya apa?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Kepala dinas kami sedang dinas luar, kasihan usulannya tertahan. Surat "
            "pernyataan kesediaan menerima hibah serta operasi dan pemeliharaan itu wajib "
            "dilampirkan?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Warga kami mau bangun rumah baru di lahan kosong. Kalau kami sebut perbaikan "
            "RTLH saja bisa lewat provinsi? Syarat RTLH provinsi apa?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Gumas katanya dapat bantuan RTLH dari provinsi. Syarat penerima RTLH lewat "
            "provinsi itu apa saja, tanahnya harus milik sendiri?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Warga kampung kamek nak minta jalan lingkungan langsung ke provinsi. Boleh ke "
            "ndak, ape syaratnye?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Tgl 17 kemarin ketua RT datang membawa permohonan drainase dari warga. "
            "Permintaan PSU dari masyarakat itu harus diketahui siapa saja?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Jalan lingkungan yang dibangun provinsi di tanah kabupaten bukannya tetap jadi "
            "aset provinsi ya? Atau dihibahkan, dan perlu BAST?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Dari Kasongan ke Sampit, jalannya mulus naik oto. Aset PSU yang dibangun "
            "provinsi di lahan kami nanti diserahkan bagaimana, dan siapa yang memelihara?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Kayak pasien dirujuk ke rumah sakit lain, kalau usulan kami bukan kewenangan "
            "provinsi, dialihkan ke sumber dana apa saja?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Warga sudah tiga tahun menunggu perbaikan kawasan, tapi katanya bukan kewenangan "
            "provinsi. Tolong pak, lalu kami harus cari dana ke mana?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Kalau usulan tahun ini kami pecah, sebagian untuk tahun anggaran depan dan "
            "sebagian untuk dua tahun lagi, bisa? Siklus usulan tahunan ke provinsi itu "
            "bagaimana?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Kotim sends its proposals early in the year. Kindly explain the yearly proposal "
            "cycle: a proposal sent this year is for which budget year?"
        ),
        "siklus.tahunan",
    ),
    (
        "Usulan yang kamek kirim tu diperiksa macam mane oleh provinsi? Ape aje yang dicek?",
        "siklus.pemeriksaan",
    ),
    (
        (
            "Usulan kami masuk tgl 5/3. Setelah itu provinsi memeriksa apa saja: "
            "administrasi, teknis, kewenangan?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Rakor Bidang Kawasan Permukiman itu bukan sekadar seremonial kan? Sebenarnya "
            "tujuan dan isinya apa?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Burung pipit terbang ke hutan, hinggap sebentar di dahan jati. Rakor kawasan "
            "permukiman se-Kalteng itu rapat apa dan siapa saja pesertanya?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Mirip usulan Musrenbang desa yang naik ke kabupaten, usulan yang lolos Rakor itu "
            "selanjutnya masuk ke mana? RKPD lalu APBD?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Warga terus tanya kapan jalannya dibangun. Setelah Rakor, usulan kami masih "
            "harus lewat tahap apa lagi sampai jadi anggaran?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Kabupaten lain sudah punya Pokja PKP, kami belum. Apa peran Pokja PKP dan dasar "
            "hukumnya apa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Kalau Pokja PKP kami gabung saja dengan Pokja AMPL biar cukup satu SK, boleh? "
            "Pokja PKP itu sebenarnya tugasnya apa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        "Kantor Disperkimtan provinsi tu di mane? Kamek nak antar berkas langsung ke Palangka.",
        "disperkimtan.kontak",
    ),
    (
        (
            "We plan to visit on Monday at 10 AM WIB. Kindly share the office address and "
            "website of Disperkimtan Kalimantan Tengah."
        ),
        "disperkimtan.kontak",
    ),
    (
        ("Bot ini nggak cuma bisa dipakai buat kirim usulan kan? Perintah apa saja yang tersedia?"),
        "bot.cara_pakai",
    ),
    (
        (
            "Jam yang ditampilkan bot ini WIB atau WITA? Kalau saya ketik jam 2 tanpa pagi "
            "atau siang, dimengerti tidak?"
        ),
        "bot.cara_pakai",
    ),
    (
        (
            "Kayak aplikasi SIPD yang bisa simpan draf, kalau isi form /usul terputus karena "
            "sinyal jelek, isian saya hilang atau tersimpan?"
        ),
        "bot.usul",
    ),
    (
        (
            "Usulan tahun lalu mau kami kirim lagi dengan sedikit perubahan. Bisa disalin "
            "saja lewat /usul? Foto dan dokumennya ikut tersalin?"
        ),
        "bot.usul",
    ),
    (
        (
            "Pak, status usulan kami perlu perbaikan, kepala dinas panik. Arti status itu apa "
            "dan apa bedanya dengan verifikasi?"
        ),
        "bot.status",
    ),
    (
        (
            "Usulan Barsel statusnya dibahas di Rakor, punya kami masih diajukan. Arti "
            "masing-masing status itu apa?"
        ),
        "bot.status",
    ),
    (
        (
            "Usulan kamek ditolak, alasannye bukan kewenangan provinsi. Abis tu kamek mesti "
            "buat ape?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Hujan gerimis di tepi kali, payung dibuka di atas kepala. Usulan kami dialihkan, "
            "maksudnya dialihkan ke mana dan langkah kami selanjutnya apa?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Usulan kami masuk Jumat sore, Sabtu dan Minggu ikut dihitung hari kerja tidak? "
            "Standar tindak lanjut usulan di bot ini berapa hari?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Tiga hari kerja itu bukannya aturan yang mengikat Disperkimtan ya? Standar "
            "tindak lanjut usulan di bot ini patokannya dari mana?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Seperti undangan Zoom yang ada pengingatnya, undangan rapat di bot ini "
            "mengingatkan berapa kali sebelum rapat dimulai?"
        ),
        "bot.rapat",
    ),
    (
        (
            "Kabid kami sakit, tolong pak, boleh staf kami yang hadir mewakili rapat? "
            "Konfirmasi kehadiran di bot caranya bagaimana?"
        ),
        "bot.rapat",
    ),
    (
        (
            "Di Kobar dinasnya disebut Perkim, di tempat kami disebut Perkimtan. Perkim itu "
            "singkatan dari apa?"
        ),
        "istilah.perkim",
    ),
    (
        "Orang kantor sebut-sebut Perkim terus. Perkim tu kepanjangannye ape?",
        "istilah.perkim",
    ),
    (
        (
            "Besok pagi jam 08.00 WIB saya diminta ke Disperkimtan. Disperkimtan itu "
            "kepanjangannya apa, yang 'tan' itu artinya apa?"
        ),
        "istilah.disperkimtan",
    ),
    (
        "Disperkimtan itu bukan sama dengan Dinas PU kan? Kepanjangannya apa ya?",
        "istilah.disperkimtan",
    ),
    (
        (
            "Jalan-jalan ke Kuala Kurun, jangan lupa membawa tikar. PSU yang sering disebut "
            "di rapat itu singkatan dari apa?"
        ),
        "istilah.psu",
    ),
    (
        (
            "Kayak di PU ada istilah prasarana jalan, di perkim ada PSU. Itu kepanjangannya "
            "apa dan maksudnya apa?"
        ),
        "istilah.psu",
    ),
    (
        "Maaf pak, saya staf baru dan malu bertanya ke atasan. Jaling itu maksudnya apa?",
        "istilah.jaling",
    ),
    (
        "Kotim's documents keep writing 'jaling' while ours don't. What does jaling stand for?",
        "istilah.jaling",
    ),
    (
        "Drainase tu ape maksudnye? Same ke dengan parit?",
        "istilah.drainase",
    ),
    (
        "Di data baseline 2023 ada kode KR di kolom tingkat kekumuhan. KR itu artinya apa?",
        "istilah.kr",
    ),
    (
        "KS di tabel kumuh itu bukan kepala sekolah kan? Artinya apa?",
        "istilah.ks",
    ),
    (
        "Kayak KB di puskesmas itu keluarga berencana, KB di tabel kekumuhan itu singkatan apa?",
        "istilah.kb",
    ),
    (
        (
            "Naik klotok ke Pulang Pisau, mampir sebentar di Bahaur. SK kumuh itu maksudnya "
            "surat apa?"
        ),
        "istilah.skkumuh",
    ),
    (
        "Dinas di Kapuas sering sekali bahas SK kumuh. SK kumuh itu sebenarnya apa sih?",
        "istilah.skkumuh",
    ),
    (
        "Delineasi itu bukannya cuma peta batas kawasan ya? Apa arti delineasi sebenarnya?",
        "istilah.delineasi",
    ),
    (
        (
            "Tolong dong pak jelaskan, konsultan terus bilang delineasi dan saya tidak paham. "
            "Delineasi itu apa?"
        ),
        "istilah.delineasi",
    ),
    (
        "Warga kamek sering dengar RTLH. Tu singkatan ape sebenarnye?",
        "istilah.rtlh",
    ),
    (
        "Received a circular dated 5/3 mentioning RTLH. Kindly clarify what RTLH stands for.",
        "istilah.rtlh",
    ),
    (
        "RLH itu bukan kebalikan dari RTLH ya? Artinya apa?",
        "istilah.rlh",
    ),
    (
        "Ke pasar beli kain batik, pulangnya mampir beli ketupat. RLH itu kepanjangannya apa?",
        "istilah.rlh",
    ),
    (
        (
            "Kayak acara TV bedah rumah itu, istilah bedah rumah dalam program perumahan "
            "maksudnya apa?"
        ),
        "istilah.bedahrumah",
    ),
    (
        (
            "Warga terus menanyakan bedah rumah ke kantor kami. Bedah rumah itu sebenarnya "
            "istilah untuk apa?"
        ),
        "istilah.bedahrumah",
    ),
    (
        "Barut katanya dapat BSPS. BSPS itu singkatan dari apa?",
        "istilah.bsps",
    ),
    (
        "Di surat tanggal 14 Februari ada tulisan BSPS. Apa kepanjangan BSPS?",
        "istilah.bsps",
    ),
    (
        "MBR tu ape artinye? Kamek jumpa di surat dari pusat.",
        "istilah.mbr",
    ),
    (
        (
            "Request you to revert back with the full form of MBR; is it same as 'poor "
            "family' or slightly different meaning?"
        ),
        "istilah.mbr",
    ),
    (
        (
            "Makan ketupat di hari raya, ditemani opor dan sayur labu. Rusunawa itu "
            "kepanjangannya apa?"
        ),
        "istilah.rusunawa",
    ),
    (
        "Rusunawa itu bukan rusun yang dijual kan? Artinya apa?",
        "istilah.rusunawa",
    ),
    (
        "Mirip rumah dinas ya, rusus itu maksudnya rumah apa?",
        "istilah.rusus",
    ),
    (
        (
            "Tolong jelaskan pak, di undangan ada kata rusus, saya tidak tahu artinya. Rusus "
            "itu apa?"
        ),
        "istilah.rusus",
    ),
]

TRAIN_R39_INTENTS: list[tuple[str, str]] = [
    (
        (
            "Buah duku buah salak, dimakan berdua di tepi kali. Usulan kami USL-2026-0007 "
            "sudah sampai mana ya, sudah diperiksa?"
        ),
        "status",
    ),
    (
        (
            "Usulan Kotim yang kamek kirim bulan lalu dah diterima ke belum? Ade yang ditolak "
            "ke ndak?"
        ),
        "status",
    ),
    (
        (
            "Sir our Kadis is asking daily. Kindly revert back on the status of the proposals "
            "we submitted last month."
        ),
        "status",
    ),
    (
        (
            "Rakor tahun ini jadinya tanggal berapa dan di mana? Kami mau pesan tiket dari "
            "Muara Teweh."
        ),
        "meeting",
    ),
    (
        (
            "Barsel sudah dapat undangan rapat, kami belum. Rapat koordinasi berikutnya "
            "kapan, jam berapa WIB dan tempatnya di mana?"
        ),
        "meeting",
    ),
    (
        "Rakor nggak mungkin dibatalkan kan? Jadwal rapat terdekat kapan persisnya?",
        "meeting",
    ),
    (
        (
            "Usulan untuk TA 2027 paling lambat masuk tanggal berapa? Kalau telat sehari dua "
            "hari masih diterima?"
        ),
        "deadline",
    ),
    (
        "Batas akhir kirim usulan siklus ini sampai kapan, akhir triwulan III atau sebelum itu?",
        "deadline",
    ),
    (
        (
            "Tolong pak, kami belum kirim satu pun karena tunggu tanda tangan bupati. Tenggat "
            "usulan tahun ini sampai kapan?"
        ),
        "deadline",
    ),
    (
        (
            "Jalan-jalan ke Kuala Kapuas, singgah sebentar minum kopi. Selamat pagi admin, "
            "salam kenal dari kami."
        ),
        "greeting",
    ),
    (
        "Terima kasih banyak infonye pak, kamek dah paham.",
        "greeting",
    ),
    (
        "Selamat siang pak, izin mau minta bantuan seperti biasa ya.",
        "greeting",
    ),
    (
        "Kirim usulan lewat bot ini nggak ribet kan? Langkah-langkahnya gimana?",
        "how_to_submit",
    ),
    (
        "Macam mane kamek nak masukkan usulan lewat bot ni?",
        "how_to_submit",
    ),
    (
        (
            "Like the online SIPD entry, what is the procedure for entering our proposal "
            "through this bot?"
        ),
        "how_to_submit",
    ),
]

TRAIN_R39_AREAS: list[tuple[str, str]] = [
    (
        (
            "Buah rambutan buah salak, dimakan pagi di teras rumah. Kawasan kumuh di Baamang "
            "Barat luasnya 6 hektar, itu tanggung jawab siapa?"
        ),
        "kabkota",
    ),
    (
        (
            "Kayak status jalan yang menentukan siapa memperbaiki, kawasan kumuh seluas "
            "100.000 m2 itu masuk kewenangan mana?"
        ),
        "provinsi",
    ),
    (
        (
            "Kasihan warga, tiap tahun kebanjiran. Kawasan kumuh kami cuma 3,5 ha, siapa yang "
            "wajib menangani?"
        ),
        "kabkota",
    ),
    (
        (
            "Kalau luas kumuh kami 9,8 ha dibulatkan jadi 10 ha bisa masuk provinsi? "
            "Sebenarnya 9,8 ha itu urusan siapa?"
        ),
        "kabkota",
    ),
    (
        (
            "Di Kotim lokasi 12 ha ditangani provinsi. Lokasi kami di Seruyan juga 12 "
            "hektare, berarti kewenangan siapa?"
        ),
        "provinsi",
    ),
    (
        "Kawasan kumuh kamek luasnye 22 hektar, siape yang nangani tu?",
        "pusat",
    ),
    (
        (
            "Hasil delineasi tgl 5/3 kemarin keluar 14,99 ha untuk lokasi kumuh Selat Hulu. "
            "Itu kewenangan kabupaten, provinsi atau pusat?"
        ),
        "provinsi",
    ),
    (
        (
            "Kumuh yang luasnya tepat 15 ha bukannya masih provinsi ya? Nggak salah kan kalau "
            "kami usulkan ke provinsi?"
        ),
        "pusat",
    ),
    (
        (
            "Residents are protesting daily sir. Kindly clarify who is responsible for a 17 "
            "hectares slum area in Pahandut."
        ),
        "pusat",
    ),
    (
        (
            "Before our internal meeting on 18/11, please do the needful and confirm the "
            "authority for a slum location of exactly 10 ha."
        ),
        "provinsi",
    ),
    (
        (
            "Kawasan kumuh di Kumai Hulu luasnye 85.000 meter persegi, tu urusan kamek di "
            "kabupaten ke?"
        ),
        "kabkota",
    ),
    (
        (
            "Mirip proyek KOTAKU dulu, kawasan kumuh 150.000 m² di tepi Sungai Kahayan itu "
            "ditangani pusat atau provinsi?"
        ),
        "pusat",
    ),
]

TRAIN_R39_OUT_OF_SCOPE: list[str] = [
    (
        "Pagu indikatif bidang kawasan permukiman provinsi untuk TA 2027 berapa miliar? "
        "Perlu untuk rapat Senin depan."
    ),
    (
        "Siapa pemenang tender pembangunan drainase lingkungan di Kecamatan Baamang tahun "
        "lalu? Di Kobar katanya diumumkan."
    ),
    "Harge semen sekarang berape sesak di Pangkalan Bun?",
    (
        "Tolong pak, saya perlu nomor HP Kabid Kawasan Permukiman, mau konfirmasi "
        "langsung soal warga yang protes."
    ),
    (
        "Pergi ke hulu naik perahu, pulangnya bawa ikan saluang. Besok cuaca di Palangka "
        "Raya hujan atau tidak? Kami mau survei lokasi kumuh."
    ),
    (
        "Uang harian perjalanan dinas ke Palangka Raya untuk ikut Rakor berapa? Kalau dua "
        "hari dihitung tiga hari bisa?"
    ),
    (
        "Kayak rumah subsidi FLPP untuk MBR, harga rumah subsidi di Palangka Raya tahun "
        "ini berapa per unit?"
    ),
    (
        "Skor kumuh Kelurahan Mentawa Baru Hilir tahun 2019 itu berapa ya? Nggak mungkin "
        "nggak tercatat kan?"
    ),
    (
        "Kalau tenor KPR kami dipercepat dari 20 jadi 15 tahun, bunga KPR di bank daerah "
        "Kalteng jadi berapa persen?"
    ),
    "Pak tolong, KTP istri saya hilang, cara mengurus KTP elektronik baru bagaimana?",
    (
        "Kindly share the procedure for applying for a mining business permit in Kapuas "
        "district, like the one Barito Utara issued."
    ),
    "Rain in Sampit, sun in Buntok; please revert with today's rupiah to dollar exchange rate.",
    "Gaji ke-13 PNS nggak mungkin nggak cair bulan Juni kan? Tanggal berapa cairnya?",
    "Kitak tau ndak siape yang menang pilkada Kotim kemarin?",
    (
        "Kalau ijazah D3 teknik sipil disetarakan S1, bisa daftar PPPK formasi ahli "
        "teknik? Syaratnya apa saja?"
    ),
]
