"""Training table Q2 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Style: half "why / what happens" questions ("kenapa ...", "mengapa provinsi tidak ...",
"apa akibatnya kalau ...", "gunanya ... apa"); half a short progress report to the
province first ("Lapor pak, survei RTLH di ... sudah 60% ...") and the question last,
sometimes with a second minor question. About one in eight in English.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_Q2_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "Kenapa urusan perumahan dan permukiman dibagi-bagi antara pusat, provinsi dan "
        "kabupaten? Tolong gambaran umumnya, siapa pegang apa.",
        "kewenangan.ringkasan",
    ),
    (
        "Mengapa provinsi tidak bisa menangani semua urusan perkim di daerah kami? Bagian mana "
        "saja yang sebenarnya jadi tugas provinsi?",
        "kewenangan.ringkasan",
    ),
    (
        "Lapor pak, Disperkim Lamandau baru ganti kabid dan beliau minta bahan ringkas soal "
        "pembagian tugas. Sekalian tanya, secara garis besar kewenangan perkim kabupaten, "
        "provinsi dan pusat itu bagaimana?",
        "kewenangan.ringkasan",
    ),
    (
        "Quick update from Sukamara: our new staff are still learning the ropes. Could you give "
        "me an overview of which level of government is responsible for what in housing and "
        "settlements?",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "Kenapa perumahan rakyat digolongkan urusan wajib pelayanan dasar, bukan urusan pilihan?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Apa konsekuensinya bagi pemda kalau perumahan dan kawasan permukiman termasuk urusan "
        "wajib yang berkaitan dengan pelayanan dasar? Dasar pasalnya apa?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Lapor bu, penyusunan Renja 2027 Disperkim Barito Selatan sudah 70%. Bappeda menanyakan "
        "dasar hukumnya, jadi sekalian mau tanya: perkim itu masuk urusan wajib pelayanan dasar "
        "menurut pasal berapa di UU 23/2014?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Laporan singkat dari Murung Raya, draf Renstra dinas sudah kami serahkan ke Bappeda. "
        "Satu pertanyaan saja: perumahan rakyat itu urusan wajib atau urusan pilihan?",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "Kenapa kawasan kumuh seluas 7 hektare di Kecamatan Baamang tidak bisa diusulkan ke "
        "provinsi?",
        "kewenangan.kumuh",
    ),
    (
        "Apa jadinya kalau luas lokasi kumuh kami pas 10 ha, masuk provinsi atau masih kabupaten?",
        "kewenangan.kumuh",
    ),
    (
        "Lapor pak, pengukuran ulang kawasan kumuh di Kelurahan Mentawa Baru Hilir sudah "
        "selesai, hasilnya 11,3 ha. Dengan luas segitu penanganannya jadi kewenangan siapa ya?",
        "kewenangan.kumuh",
    ),
    (
        "Update from Kuala Kapuas: the slum mapping in Selat Hilir is finished and the site is "
        "9.5 hectares. Which level of government is in charge of a slum area that size?",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "Mengapa provinsi tidak menangani kawasan kumuh yang luasnya 15 ha atau lebih?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Apa risikonya kalau kawasan kumuh 18 ha tetap kami usulkan ke provinsi? Bukannya itu "
        "bagian pemerintah pusat?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Lapor, verifikasi kawasan kumuh tepian sungai di Kelurahan Pahandut Seberang sudah "
        "rampung, luasnya 22 ha. Untuk kawasan sebesar itu siapa yang berwenang menata?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Lapor pak, rekap baseline kumuh Kecamatan Selat sudah jadi, satu kawasannya 41 ha. "
        "Apakah yang seluas itu ditangani pemerintah pusat? Batasnya persis 15 ha atau di atas "
        "15 ha?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    ("Mengapa provinsi tidak mendanai kegiatan pencegahan kumuh?", "kewenangan.pencegahan_kumuh"),
    (
        "Kenapa pencegahan perumahan dan permukiman kumuh hanya jadi tugas kabupaten/kota?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Lapor pak, sosialisasi pencegahan kumuh di Kecamatan Dusun Selatan sudah jalan dua "
        "kali. Sekalian tanya, untuk pencegahan kumuh ini bisa minta dukungan provinsi, atau "
        "memang murni kewenangan kabupaten?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Progress report from Pulang Pisau: we have drafted a slum-prevention plan for Kahayan "
        "Hilir. Can the province fund prevention work, or is preventing slums only the "
        "regency's job?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "Kenapa di sub-urusan perumahan provinsi cuma memegang rumah korban bencana provinsi "
        "dan relokasi program provinsi?",
        "kewenangan.perumahan",
    ),
    (
        "Apa saja kewenangan kabupaten di sub-urusan perumahan, dan mengapa lebih banyak dari "
        "provinsi?",
        "kewenangan.perumahan",
    ),
    (
        "Lapor, pendataan rumah warga di Kecamatan Tewah sudah 80%. Mau tanya, di bidang "
        "perumahan mana yang jadi kewenangan provinsi dan mana yang kewenangan kabupaten?",
        "kewenangan.perumahan",
    ),
    (
        "Lapor bu, minggu ini rapat internal Disperkim Barito Timur membahas pembagian tugas. "
        "Pertanyaan kami: di sub-urusan perumahan, bagian apa saja yang dipegang "
        "kabupaten/kota?",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "Kenapa penyediaan rumah untuk masyarakat berpenghasilan rendah bukan tugas provinsi?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Mengapa pembangunan rusun tidak bisa kami usulkan ke Disperkimtan? Apakah itu urusan "
        "pusat?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Lapor pak, data keluarga berpenghasilan rendah yang belum punya rumah di Kota Palangka "
        "Raya sudah kami rekap per kelurahan. Sekalian tanya, penyediaan rumah untuk MBR itu "
        "kewenangan siapa?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Update from Sampit: we have listed about 300 low-income families without a house. Is "
        "housing for MBR a central government matter? And who handles housing finance schemes?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "Apa yang terjadi kalau banjir di Katingan ditetapkan sebagai bencana provinsi, siapa "
        "yang wajib menyediakan rumah korbannya?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Kenapa rumah warga yang direlokasi karena proyek kabupaten tidak bisa dibiayai provinsi?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Lapor pak, pendataan rumah rusak akibat banjir di Kecamatan Katingan Hilir sudah "
        "selesai, 64 rumah rusak berat, statusnya bencana kabupaten. Penyediaan rumah korban "
        "bencana seperti ini ditangani siapa?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Lapor bu, ada rencana relokasi warga bantaran sungai di Kelurahan Panarung karena "
        "program penataan dari provinsi. Fasilitasi rumah bagi warga yang terkena relokasi "
        "program provinsi itu tanggung jawab siapa?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "Kenapa izin pembangunan perumahan dari pengembang tidak diurus di provinsi?",
        "kewenangan.izin",
    ),
    ("Mengapa SKBG diterbitkan pemerintah kabupaten, bukan provinsi?", "kewenangan.izin"),
    (
        "Lapor pak, ada tiga pengembang perumahan baru di Kecamatan Arut Selatan yang sedang "
        "memasukkan berkas. Mau tanya, izin pembangunan perumahan dan izin kawasan permukiman "
        "itu kewenangan kabupaten atau provinsi?",
        "kewenangan.izin",
    ),
    (
        "Report from Buntok: a developer has asked us for a settlement-area development permit. "
        "Who is supposed to issue that permit, and who issues the SKBG?",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "Di sub-urusan kawasan permukiman, kenapa pusat juga punya peran? Apa saja pembagiannya "
        "antara pusat, provinsi dan kabupaten?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Mengapa penetapan sistem kawasan permukiman tidak dilakukan provinsi?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Lapor, tim kami di Kasongan sedang memetakan kawasan permukiman per kecamatan. "
        "Sekalian tanya, sub-urusan kawasan permukiman itu isinya apa saja untuk tiap tingkat "
        "pemerintahan?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Lapor pak, kajian kawasan permukiman Kecamatan Kurun sudah masuk tahap akhir. "
        "Pertanyaan: penyelenggaraan kawasan permukiman itu termasuk fungsi provinsi juga atau "
        "tidak?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "Kenapa PSU di perumahan buatan pengembang tidak bisa diusulkan ke provinsi?",
        "kewenangan.psu",
    ),
    (
        "Apa bedanya PSU permukiman dengan PSU perumahan, dan kenapa dibagi antara provinsi dan "
        "kabupaten?",
        "kewenangan.psu",
    ),
    (
        "Lapor pak, inventarisasi PSU di Kecamatan Jekan Raya sudah 60%. Sekalian tanya, PSU "
        "yang jadi kewenangan provinsi itu PSU permukiman atau PSU perumahan?",
        "kewenangan.psu",
    ),
    (
        "Lapor bu, di satu perumahan subsidi di Kecamatan Kumai jalannya rusak dan PSU-nya "
        "belum diserahkan pengembang. Ini kewenangan provinsi atau kabupaten ya?",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "Kenapa Disperkimtan tidak membangun drainase di pinggir jalan kabupaten?",
        "psu.lingkup_provinsi",
    ),
    (
        "Mengapa PSU dari provinsi cuma jalan lingkungan dan drainase? Kalau kami minta lampu "
        "jalan atau taman bagaimana?",
        "psu.lingkup_provinsi",
    ),
    (
        "Lapor pak, survei jalan lingkungan di Desa Bumi Harjo, Kecamatan Kumai sudah selesai, "
        "panjangnya sekitar 1,2 km. Jenis PSU apa saja yang biasanya dibangun Disperkimtan? "
        "Bisa di desa juga, bukan hanya di kota?",
        "psu.lingkup_provinsi",
    ),
    (
        "Update from Muara Teweh: we have surveyed the drainage channels in Lanjas. What kind "
        "of PSU does the provincial agency actually build, and can it work on assets owned by "
        "the regency?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "Kenapa sertifikasi perancang rumah tingkat kemampuan kecil diurus kabupaten, bukan "
        "provinsi?",
        "kewenangan.sertifikasi",
    ),
    (
        "Mengapa registrasi perencana PSU dibedakan menurut kemampuan kecil, menengah dan "
        "besar? Siapa yang menangani masing-masing?",
        "kewenangan.sertifikasi",
    ),
    (
        "Lapor pak, beberapa konsultan lokal di Kuala Pembuang minta didata sebagai perancang "
        "rumah. Sekalian tanya, sertifikasi dan registrasi perancang rumah itu kewenangan "
        "siapa?",
        "kewenangan.sertifikasi",
    ),
    (
        "Lapor, pelatihan tenaga perencana PSU di Tamiang Layang sudah selesai. Mau tanya, "
        "untuk perencana dengan kemampuan menengah, sertifikasinya oleh provinsi atau pusat?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        "Mengapa rumah layak huni bagi korban bencana dimasukkan ke Standar Pelayanan "
        "Minimal? Dasar aturannya apa?",
        "kewenangan.spm",
    ),
    (
        "Gunanya SPM bidang perumahan rakyat itu apa buat daerah? Targetnya berapa persen?",
        "kewenangan.spm",
    ),
    (
        "Lapor bu, laporan capaian SPM bidang perumahan Kabupaten Gunung Mas semester ini sudah "
        "kami susun. Sekalian tanya, jenis layanan SPM perumahan untuk kabupaten/kota itu apa "
        "saja?",
        "kewenangan.spm",
    ),
    (
        "Quick report from Pangkalan Bun: our housing SPM data is nearly complete. What does "
        "the minimum service standard for housing require from a regency, and what is the "
        "target?",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "Kenapa luas yang dipakai harus luas delineasi di SK kumuh, bukan luas seluruh kelurahan?",
        "kumuh.luas_delineasi",
    ),
    (
        "Apa yang terjadi kalau luas kawasan di SK kumuh berbeda dengan hasil ukur ulang "
        "lapangan kami? Yang dipakai untuk menentukan kewenangan yang mana?",
        "kumuh.luas_delineasi",
    ),
    (
        "Lapor pak, peta delineasi kumuh Kelurahan Baamang Tengah sudah kami digitasi. Luas "
        "kelurahannya ratusan hektare tapi yang masuk SK cuma 12 ha. Luas mana yang dihitung?",
        "kumuh.luas_delineasi",
    ),
    (
        "Lapor, revisi SK kumuh Kapuas sedang disusun. Di Kelurahan Pulau Kupang ada dua lokasi "
        "kecil yang berdekatan, totalnya 13 ha. Luas yang berlaku itu per lokasi di SK atau "
        "digabung?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    (
        "Kenapa lokasi kumuh harus ditetapkan dengan SK Bupati, tidak cukup data survei dari "
        "dinas?",
        "kumuh.penetapan",
    ),
    ("Mengapa SK kumuh perlu ditinjau ulang paling lama lima tahun sekali?", "kumuh.penetapan"),
    (
        "Lapor pak, draf SK kumuh Kabupaten Seruyan sudah di bagian hukum setda. Sekalian "
        "tanya, SK itu harus dilampiri apa saja, dan yang menetapkan Bupati atau Gubernur?",
        "kumuh.penetapan",
    ),
    (
        "Lapor bu, SK kumuh Kota Palangka Raya yang berlaku terbit tahun 2018 dan kami mau "
        "mulai revisi. Berapa tahun sekali penetapan lokasi kumuh wajib ditinjau?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    ("Kenapa proteksi kebakaran ikut dihitung sebagai aspek kekumuhan?", "kumuh.aspek"),
    ("Gunanya tujuh aspek kriteria kumuh itu apa? Aspeknya apa saja?", "kumuh.aspek"),
    (
        "Lapor pak, survei kondisi bangunan di Kelurahan Ketapang, Sampit sudah 60%. Sekalian "
        "tanya, selain bangunan gedung aspek apa lagi yang harus kami survei untuk menilai "
        "kekumuhan?",
        "kumuh.aspek",
    ),
    (
        "Field update from Kuala Kurun: the building survey is done. What are the seven aspects "
        "of the slum criteria that we still need to cover?",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    ("Kenapa nilai kekumuhan maksimalnya 80?", "kumuh.penilaian"),
    (
        "Apa artinya kalau total skor kawasan kami 64, apakah sudah masuk kumuh berat?",
        "kumuh.penilaian",
    ),
    (
        "Lapor pak, penilaian 16 kriteria di Kelurahan Mendawai, Pangkalan Bun selesai, "
        "nilainya 61. Tingkat kekumuhannya apa? Skor 0, 1, 3, 5 per kriteria itu ditentukan "
        "berdasarkan apa?",
        "kumuh.penilaian",
    ),
    (
        "Lapor, skoring kumuh Kelurahan Tanjung Pinang sedang finalisasi. Berapa ambang nilai "
        "untuk kumuh berat?",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    (
        "Kenapa kawasan dengan nilai 45 disebut kumuh sedang? Batas bawah dan atasnya berapa?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Apa yang terjadi kalau skor kawasan kami cuma 20, masih dihitung kumuh ringan?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Lapor pak, hasil skoring kawasan di Kelurahan Selat Tengah keluar, nilainya 52. Itu "
        "masuk kumuh sedang atau ringan? Rentang skornya berapa?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Update from Nanga Bulik: our slum scoring came to 30 points. What are the score ranges "
        "for light and medium slums?",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        "Kenapa kawasan kumuh di lahan ilegal harus pemukiman kembali, tidak bisa pemugaran?",
        "kumuh.pola_penanganan",
    ),
    (
        "Apa bedanya pemugaran dengan peremajaan, dan kapan masing-masing dipakai?",
        "kumuh.pola_penanganan",
    ),
    (
        "Lapor pak, kawasan kumuh di Kelurahan Mentaya Seberang ternyata sebagian di sempadan "
        "sungai yang rawan longsor. Pola penanganan apa yang cocok untuk lokasi begitu?",
        "kumuh.pola_penanganan",
    ),
    (
        "Lapor bu, kawasan kumuh ringan di Kelurahan Kasongan Lama lahannya bersertifikat "
        "semua. Penanganannya pemugaran atau peremajaan?",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    ("Kenapa kawasan kumuh di Kalteng kebanyakan berada di tepi sungai?", "kumuh.kalteng"),
    (
        "Mengapa Kapuas disebut kabupaten dengan lokasi kumuh terbanyak di Kalteng? Berapa "
        "jumlahnya dibanding kabupaten lain?",
        "kumuh.kalteng",
    ),
    (
        "Lapor pak, kami sedang menulis latar belakang proposal kumuh Pulang Pisau. Sekalian "
        "minta data, berapa jumlah lokasi dan total luas kumuh se-Kalimantan Tengah?",
        "kumuh.kalteng",
    ),
    (
        "Hi, we are updating the background chapter of our slum plan in Tamiang Layang. How "
        "many slum locations does Central Kalimantan have in total, and how many hectares?",
        "kumuh.kalteng",
    ),
    # usulan.isi
    (
        "Kenapa usulan ke provinsi harus diisi begitu banyak data? Sebenarnya isinya apa saja?",
        "usulan.isi",
    ),
    (
        "Apa akibatnya kalau usulan kami tidak memuat alasan atau justifikasi kebutuhan?",
        "usulan.isi",
    ),
    (
        "Lapor pak, bahan usulan 2027 dari Kecamatan Pahandut sudah terkumpul. Sebelum kami "
        "susun, usulan kegiatan ke provinsi itu harus berisi apa saja?",
        "usulan.isi",
    ),
    (
        "Lapor, tahun ini Barito Utara pertama kali mengusulkan ke Disperkimtan. Isi usulan "
        "yang diminta apa saja, dan kenapa perlu menandai sektor-sektor terkait?",
        "usulan.isi",
    ),
    # usulan.jenis
    ("Kenapa usulan dibedakan jenisnya, ada kumuh, PSU, rumah, RTLH dan lainnya?", "usulan.jenis"),
    ("Apa akibatnya kalau kami salah memilih jenis usulan?", "usulan.jenis"),
    (
        "Lapor pak, ada tiga kebutuhan dari desa-desa di Kecamatan Paju Epat. Jenis usulan apa "
        "saja yang bisa diajukan ke provinsi?",
        "usulan.jenis",
    ),
    (
        "Update from Puruk Cahu: we have several ideas for next year. What types of proposal "
        "can a regency send to the province?",
        "usulan.jenis",
    ),
    # usulan.lokasi
    ("Kenapa usulan harus menyebut kecamatan, desa dan titik GPS sekaligus?", "usulan.lokasi"),
    (
        "Apa risikonya kalau luas lokasi di usulan kami tulis dalam meter persegi, bukan hektare?",
        "usulan.lokasi",
    ),
    (
        "Lapor pak, titik koordinat lokasi drainase di Desa Sungai Dau, Kecamatan Arut Utara "
        "sudah kami ambil. Data lokasi apa lagi yang perlu dicantumkan? Perlu ditulis perkotaan "
        "atau perdesaan?",
        "usulan.lokasi",
    ),
    (
        "Lapor bu, tim sudah turun ke Kelurahan Tumbang Tahai, Kecamatan Bukit Batu. Untuk "
        "bagian lokasi di usulan, apa saja yang harus diisi?",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    (
        "Kenapa jumlah KK dan jumlah jiwa penerima manfaat harus diisi terpisah?",
        "usulan.penerima_biaya",
    ),
    (
        "Apa akibatnya kalau usulan tidak mencantumkan perkiraan biaya atau sumber dananya?",
        "usulan.penerima_biaya",
    ),
    (
        "Lapor pak, pendataan penerima manfaat di Desa Kubu, Kecamatan Kumai sudah selesai: 145 "
        "KK, 520 jiwa. Sekalian tanya, pilihan sumber dana yang bisa kami cantumkan di usulan "
        "apa saja?",
        "usulan.penerima_biaya",
    ),
    (
        "Report from Kasongan: the beneficiary data is in, 90 households. Besides households "
        "and people, what cost and funding details does the proposal need?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    (
        "Kenapa provinsi menilai kesiapan usulan? Dokumen kesiapan apa saja yang dilihat?",
        "usulan.kesiapan",
    ),
    (
        "Apa risikonya kalau usulan PSU kami belum punya dokumen kesiapan yang lengkap?",
        "usulan.kesiapan",
    ),
    (
        "Lapor pak, lahan untuk jalan lingkungan di Kecamatan Sebangau Kuala sudah aman dan RAB "
        "hampir selesai. Dokumen readiness criteria apa lagi yang perlu kami siapkan?",
        "usulan.kesiapan",
    ),
    (
        "Lapor bu, kesiapan usulan PSU dari Barito Timur baru sekitar 60%. Daftar lengkap "
        "dokumen kesiapan untuk usulan PSU itu apa saja?",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    ("Kenapa lahan lokasi usulan harus clean and clear?", "usulan.lahan"),
    ("Apa akibatnya kalau lahan untuk drainase masih bersengketa dengan warga?", "usulan.lahan"),
    (
        "Lapor pak, pengecekan status tanah di Desa Runtu, Kecamatan Arut Selatan selesai. "
        "Sebagian lahan milik desa, sebagian milik warga bersertifikat. Status lahan seperti "
        "itu bisa dipakai untuk usulan?",
        "usulan.lahan",
    ),
    (
        "Update from Kuala Pembuang: the land for the drainage works belongs to the village but "
        "has no certificate yet. What land status does a proposal need to be clean and clear?",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    ("Kenapa usulan kumuh harus mencantumkan nomor dan tanggal SK kumuh?", "usulan.sk_kumuh"),
    (
        "Apa akibatnya kalau SK kumuh kami sudah berumur enam tahun saat usulan dikirim?",
        "usulan.sk_kumuh",
    ),
    (
        "Lapor pak, usulan peningkatan kualitas kumuh Kelurahan Baamang Hulu sedang kami "
        "lengkapi, tapi lokasinya belum tercantum di SK kumuh yang berlaku. Apakah usulan tetap "
        "bisa diajukan?",
        "usulan.sk_kumuh",
    ),
    (
        "Lapor, SK kumuh Kotim tahun 2020 sudah kami pindai untuk lampiran usulan. Data SK apa "
        "saja yang perlu diisi di usulan kumuh?",
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    ("Kenapa DED dan RAB sudah diminta sejak tahap usulan?", "usulan.dokumen_teknis"),
    (
        "Apa risikonya kalau usulan dikirim hanya dengan foto kondisi, tanpa DED dan RAB?",
        "usulan.dokumen_teknis",
    ),
    (
        "Lapor pak, konsultan sedang menyelesaikan DED jalan lingkungan di Kelurahan Langkai. "
        "Sekalian tanya, dokumen teknis apa saja yang dilampirkan, dan foto kondisi perlu "
        "berapa?",
        "usulan.dokumen_teknis",
    ),
    (
        "Progress report from Pulang Pisau: the RAB is finished and the site plan is about half "
        "done. Which technical documents should we attach to the proposal?",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        "Kenapa kabupaten harus membuat surat pernyataan kesediaan menerima hibah?",
        "usulan.surat_pernyataan",
    ),
    (
        "Apa akibatnya kalau kami tidak melampirkan surat pernyataan operasi dan pemeliharaan?",
        "usulan.surat_pernyataan",
    ),
    (
        "Lapor pak, surat usulan Bupati Katingan sudah ditandatangani, tinggal surat pernyataan "
        "hibah dan O&P. Surat pernyataan itu isinya apa saja?",
        "usulan.surat_pernyataan",
    ),
    (
        "Lapor, draf surat pernyataan kesanggupan O&P dari dinas di Sukamara sudah ada. "
        "Sekalian tanya, surat pernyataan hibah dan pemeliharaan itu untuk apa sebenarnya?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    ("Kenapa provinsi tidak bisa membangun rumah baru lewat program RTLH?", "usulan.rtlh"),
    (
        "Apa risikonya kalau rumah calon penerima RTLH berdiri di tanah orang tua yang belum "
        "ada surat atas nama penerima?",
        "usulan.rtlh",
    ),
    (
        "Lapor pak, verifikasi calon penerima perbaikan rumah di Kecamatan Pandih Batu sudah "
        "60%, ada 40 rumah. Apa saja syarat penerima RTLH dari provinsi, dan siapa yang "
        "menetapkan penerimanya?",
        "usulan.rtlh",
    ),
    (
        "Update from Tamiang Layang: we have checked 25 uninhabitable houses on site. What "
        "conditions must a household meet to get help from the provincial RTLH programme?",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "Kenapa permintaan jalan lingkungan dari warga harus diketahui RT/RW, Lurah dan Camat?",
        "usulan.psu_masyarakat",
    ),
    (
        "Apa akibatnya kalau permohonan drainase dari masyarakat cuma ditandatangani satu orang "
        "warga?",
        "usulan.psu_masyarakat",
    ),
    (
        "Lapor pak, warga satu RT di Kelurahan Menteng datang ke dinas minta dibangunkan "
        "drainase. Kalau masyarakat mau mengajukan PSU ke provinsi, syaratnya apa?",
        "usulan.psu_masyarakat",
    ),
    (
        "Lapor bu, masuk surat permohonan jalan lingkungan dari warga Desa Sumber Mukti, "
        "Kecamatan Kotawaringin Lama. Apakah permintaan PSU dari masyarakat bisa diteruskan, "
        "dan siapa saja yang harus mengetahui?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "Kenapa jalan lingkungan yang dibangun provinsi harus dihibahkan ke kabupaten?",
        "hibah.aset",
    ),
    (
        "Apa yang terjadi kalau BAST hibah belum diteken tapi drainasenya sudah mulai rusak? "
        "Siapa yang memelihara?",
        "hibah.aset",
    ),
    (
        "Lapor pak, pekerjaan drainase dari provinsi di Kelurahan Sidorejo sudah selesai 100%. "
        "Langkah serah terimanya bagaimana, siapa yang menandatangani naskah hibah dan BAST?",
        "hibah.aset",
    ),
    (
        "Update from Buntok: the neighbourhood road built by the province is finished. After "
        "the handover, who is responsible for maintaining it?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "Kalau usulan kami bukan kewenangan provinsi, kenapa disarankan ke DAK Tematik PPKT "
        "atau APBDes? Saluran apa saja yang tersedia?",
        "pendanaan.saluran_lain",
    ),
    (
        "Mengapa CSR disebut sebagai salah satu alternatif pendanaan untuk usulan yang bukan "
        "kewenangan provinsi? Pilihan lainnya apa?",
        "pendanaan.saluran_lain",
    ),
    (
        "Lapor pak, usulan PSU perumahan dari Kecamatan Baamang dinyatakan bukan kewenangan "
        "provinsi. Sumber dana lain apa yang bisa kami kejar?",
        "pendanaan.saluran_lain",
    ),
    (
        "Lapor, pendataan kawasan kumuh 20 ha di Kecamatan Kapuas Hilir sudah beres. Karena "
        "bukan kewenangan provinsi, saluran pendanaan apa yang paling cocok untuk kawasan ini?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        "Kenapa usulan yang kami kirim tahun ini baru bisa dianggarkan tahun depan?",
        "siklus.tahunan",
    ),
    (
        "Mengapa usulan ke provinsi berjalan dalam siklus tahunan? Urutannya bagaimana dari "
        "usulan sampai aset diserahkan?",
        "siklus.tahunan",
    ),
    (
        "Lapor pak, usulan dari kecamatan-kecamatan di Katingan sudah masuk ke dinas. Supaya "
        "tidak salah jadwal, siklus tahunan usulan ke provinsi itu tahapannya apa saja?",
        "siklus.tahunan",
    ),
    (
        "Update from Pangkalan Bun: we are collecting proposals now. If we submit in 2026, "
        "which budget year are they for, and what are the steps of the yearly cycle?",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    (
        "Kenapa usulan juga diperiksa dari sisi kewenangan, tidak cukup kelengkapan dokumen saja?",
        "siklus.pemeriksaan",
    ),
    (
        "Mengapa provinsi perlu memeriksa lokasi dan lahan usulan secara teknis? Apa saja yang "
        "dicek?",
        "siklus.pemeriksaan",
    ),
    (
        "Lapor pak, usulan drainase Kecamatan Dusun Timur sudah terkirim minggu lalu. Sekalian "
        "tanya, provinsi memeriksa usulan dari aspek apa saja?",
        "siklus.pemeriksaan",
    ),
    (
        "Lapor bu, tim kami siap mendampingi kalau ada peninjauan lokasi di Desa Tumbang "
        "Malawan, Kecamatan Marikit. Pemeriksaan usulan oleh provinsi itu mencakup apa saja?",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    (
        "Kenapa Rakor Bidang Kawasan Permukiman diadakan sebelum Musrenbang provinsi?",
        "siklus.rakor",
    ),
    (
        "Gunanya Rakor kawasan permukiman se-Kalteng itu apa bagi kabupaten? Kenapa tanggalnya "
        "berubah tiap tahun?",
        "siklus.rakor",
    ),
    (
        "Lapor pak, bahan paparan Kabupaten Gunung Mas untuk Rakor sudah 70%. Sekalian tanya, "
        "di Rakor itu biasanya apa saja yang dibahas?",
        "siklus.rakor",
    ),
    (
        "Update from Palangka Raya: our slides for the yearly coordination meeting are almost "
        "ready. What is the Rakor for, and who usually takes part?",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    (
        "Kenapa usulan yang sudah dibahas di Rakor masih harus lewat Musrenbang dan RKPD?",
        "siklus.rkpd_apbd",
    ),
    (
        "Apa yang terjadi pada usulan setelah Rakor selesai? Kapan masuk APBD provinsi?",
        "siklus.rkpd_apbd",
    ),
    (
        "Lapor pak, hasil Rakor untuk usulan jalan lingkungan Kecamatan Mentaya Hilir Selatan "
        "sudah kami catat. Setelah ini prosesnya lewat mana sampai dianggarkan di APBD "
        "provinsi?",
        "siklus.rkpd_apbd",
    ),
    (
        "Lapor, kami sedang menyesuaikan Renja dinas dengan hasil Rakor. Tahapan dari Rakor ke "
        "Musrenbang, RKPD lalu APBD itu bagaimana urutannya?",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    ("Kenapa kabupaten perlu membentuk Pokja PKP?", "koordinasi.pokja_pkp"),
    (
        "Gunanya Pokja PKP apa dalam koordinasi perumahan dan permukiman? Dasar aturannya apa?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Lapor pak, SK Pokja PKP Kabupaten Barito Utara sedang diperbarui. Sekalian tanya, "
        "tugas Pokja PKP itu sebenarnya apa dan siapa saja anggotanya?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Report from Kuala Kapuas: our housing and settlements working group meets next week. "
        "What is the Pokja PKP supposed to do?",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    (
        "Kenapa kabupaten berurusan dengan Disperkimtan provinsi untuk kawasan permukiman? "
        "Dinas itu tugasnya apa?",
        "disperkimtan.kontak",
    ),
    (
        "Gunanya Disperkimtan di tingkat provinsi apa kalau kabupaten sudah punya Dinas Perkim "
        "sendiri?",
        "disperkimtan.kontak",
    ),
    (
        "Lapor pak, berkas asli usulan dari Kotawaringin Timur siap dikirim lewat pos. Alamat "
        "lengkap kantor Disperkimtan Kalteng di mana?",
        "disperkimtan.kontak",
    ),
    (
        "Update from Sukamara: two of us will be in Palangka Raya next week to hand in "
        "documents. Where exactly is the Disperkimtan office?",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    (
        "Kenapa saya harus mengetik perintah pakai garis miring di bot ini? Perintah apa saja "
        "yang tersedia?",
        "bot.cara_pakai",
    ),
    (
        "Apa yang terjadi kalau saya salah ketik perintah di Sinkron? Di mana lihat daftar "
        "perintahnya?",
        "bot.cara_pakai",
    ),
    (
        "Lapor pak, saya baru didaftarkan sebagai petugas Disperkim Seruyan di bot ini. "
        "Sekalian tanya, cara pakai Sinkron bagaimana, perintah dasarnya apa saja?",
        "bot.cara_pakai",
    ),
    (
        "Hi, I just registered on the bot from Muara Teweh. How do I use it, and which time "
        "zone are the times shown in?",
        "bot.cara_pakai",
    ),
    # bot.usul
    ("Kenapa pengiriman usulan lewat /usul wajib menyertakan foto?", "bot.usul"),
    (
        "Apa yang terjadi kalau sinyal putus waktu saya sedang mengisi /usul? Apakah isian hilang?",
        "bot.usul",
    ),
    (
        "Lapor pak, semua data usulan drainase Kecamatan Pematang Karau sudah lengkap. Sekarang "
        "mau kami kirim lewat bot, langkahnya dengan /usul bagaimana?",
        "bot.usul",
    ),
    (
        "Lapor, RAB dan DED sudah jadi PDF. Sekalian tanya, di /usul berapa banyak foto dan "
        "file PDF yang bisa dilampirkan?",
        "bot.usul",
    ),
    # bot.status
    (
        "Kenapa ada status 'dibahas di Rakor' dan 'disetujui' yang terpisah? Bedanya apa?",
        "bot.status",
    ),
    ("Apa artinya kalau status usulan kami 'perlu perbaikan'? Harus berbuat apa?", "bot.status"),
    (
        "Lapor pak, usulan jalan lingkungan Kelurahan Kalampangan sudah terkirim di bot. "
        "Sekalian tanya, status 'diajukan' itu artinya sudah diterima provinsi atau belum "
        "diperiksa?",
        "bot.status",
    ),
    (
        "Update from Kasongan: one of our proposals now shows 'verifikasi' and another "
        "'dibatalkan'. What does each proposal status mean?",
        "bot.status",
    ),
    # bot.ditolak_dialihkan
    (
        "Kenapa usulan kumuh kami ditolak dengan alasan bukan kewenangan provinsi?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Apa akibatnya kalau usulan berstatus dialihkan? Masih bisa diperjuangkan lewat mana?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Lapor pak, usulan PSU perumahan Kecamatan Pangkalan Banteng berstatus dialihkan ke "
        "APBD kabupaten. Langkah kami selanjutnya apa?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Lapor bu, satu usulan RTLH dari Kecamatan Dusun Hilir ditolak. Apakah bisa diajukan "
        "lagi setelah diperbaiki, dan bagaimana caranya?",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    (
        "Kenapa usulan yang sudah lebih dari tiga hari kerja belum juga diperiksa? Standarnya "
        "berapa lama?",
        "bot.tindak_lanjut",
    ),
    (
        "Mengapa patokan tindak lanjut usulan memakai LAPOR!? Apakah tiga hari kerja itu aturan "
        "yang mengikat dinas?",
        "bot.tindak_lanjut",
    ),
    (
        "Lapor pak, usulan kami dari Kecamatan Rungan masuk sejak Senin dan masih 'diajukan'. "
        "Berapa lama standar provinsi menindaklanjuti usulan?",
        "bot.tindak_lanjut",
    ),
    (
        "Update from Kuala Kurun: our proposal has been waiting since last week. How quickly "
        "should the province respond, and is that a binding rule?",
        "bot.tindak_lanjut",
    ),
    # bot.rapat
    ("Kenapa undangan rapat di bot meminta konfirmasi kehadiran?", "bot.rapat"),
    ("Apa yang terjadi kalau saya tidak bisa hadir rapat? Boleh diwakilkan?", "bot.rapat"),
    (
        "Lapor pak, undangan rapat dari Disperkimtan sudah masuk di bot. Kabid kami dinas luar "
        "ke Kecamatan Bukit Santuai, jadi bagaimana cara menunjuk perwakilan lewat bot?",
        "bot.rapat",
    ),
    (
        "Lapor, saya sudah konfirmasi hadir untuk rapat bulan depan. Pengingat dari bot dikirim "
        "kapan saja?",
        "bot.rapat",
    ),
    # glossary (istilah.*)
    (
        "Lapor pak, berkas usulan sudah kami rapikan, tapi di catatan ada tulisan 'RC belum "
        "lengkap'. RC itu maksudnya apa?",
        "istilah.rc",
    ),
    (
        "Kenapa konsultan minta KAK dulu sebelum mulai kerja? KAK itu singkatan dari apa?",
        "istilah.kak",
    ),
    (
        "Lapor bu, input Renja di aplikasi sudah 90%. Sekalian tanya, SIPD itu kepanjangannya apa?",
        "istilah.sipd",
    ),
    (
        "BAST itu singkatan dari apa? Kok selalu muncul setiap ada serah terima pekerjaan.",
        "istilah.bast",
    ),
    ("Kenapa aset drainase itu disebut BMD? BMD artinya apa?", "istilah.bmd"),
    (
        "Lapor pak, aset jalan dari balai di Kecamatan Kurun masih tercatat BMN. BMN itu "
        "artinya apa?",
        "istilah.bmn",
    ),
    (
        "Lapor, surat pernyataan sudah kami siapkan, tapi staf baru bingung dengan singkatan "
        "O&P. O&P itu kepanjangannya apa?",
        "istilah.op",
    ),
    ("Kenapa banyak program perumahan menyebut MBR? MBR itu singkatan apa?", "istilah.mbr"),
    (
        "Lapor, ada surat dari kementerian soal rusus untuk nelayan di Kecamatan Pulau Hanaut. "
        "Rusus itu maksudnya apa ya?",
        "istilah.rusus",
    ),
    ("Kenapa disebut rusunawa? Istilah itu kepanjangan dari apa?", "istilah.rusunawa"),
    (
        "Lapor pak, pengungsi banjir di Kecamatan Timpah masih di tenda dan ada rencana "
        "huntara. Huntara itu apa?",
        "istilah.huntara",
    ),
    (
        "What does 'huntap' mean? It keeps coming up in the post-flood reports from Kapuas.",
        "istilah.huntap",
    ),
    ("Kenapa BSPS disebut bantuan stimulan? BSPS singkatan dari apa?", "istilah.bsps"),
    (
        "Update from Puruk Cahu: we counted 112 RTLH in Kecamatan Murung. Sorry, what does RTLH "
        "stand for?",
        "istilah.rtlh",
    ),
    (
        "Lapor, rumah yang sudah diperbaiki di Desa Kubu dicatat sebagai RLH. RLH itu apa?",
        "istilah.rlh",
    ),
    (
        "Kenapa warga menyebutnya bedah rumah? Istilah itu sebenarnya artinya apa?",
        "istilah.bedahrumah",
    ),
    (
        "Apa arti kata delineasi dalam dokumen kumuh? Kenapa istilah itu dipakai?",
        "istilah.delineasi",
    ),
    (
        "Lapor, di tabel lampiran SK kumuh Barito Selatan ada kolom berisi KB. KB itu singkatan "
        "apa?",
        "istilah.kb",
    ),
    ("Kenapa di laporan tertulis KR di samping nama lokasi? Maksudnya apa?", "istilah.kr"),
    (
        "Lapor pak, usulan jaling 800 m di Desa Tarung Manuah, Kecamatan Basarang sudah siap. "
        "Maaf, jaling itu singkatan dari apa?",
        "istilah.jaling",
    ),
    ("Kenapa RP2KPKP sering diminta dalam program kumuh? Kepanjangannya apa?", "istilah.rp2kpkp"),
    (
        "Lapor, penyusunan RP3KP Kabupaten Katingan masuk tahap akhir. Staf baru tanya, RP3KP "
        "itu singkatan dari apa?",
        "istilah.rp3kp",
    ),
    ("KOTAKU itu program apa? Kenapa namanya begitu?", "istilah.kotaku"),
    ("What does DAK Tematik PPKT stand for?", "istilah.daktematikppkt"),
    (
        "Lapor bu, ada kabar soal Bankeu provinsi untuk kabupaten. Bankeu itu apa?",
        "istilah.bankeu",
    ),
    ("Kenapa pokir sering dibedakan dari usulan Musrenbang? Pokir itu apa?", "istilah.pokir"),
    (
        "Lapor, Musrenbang kecamatan di Sepang selesai kemarin. Anak magang tanya, Musrenbang "
        "itu singkatan dari apa?",
        "istilah.musrenbang",
    ),
    ("Kenapa KUA-PPAS dibahas sebelum APBD? KUA-PPAS itu kepanjangannya apa?", "istilah.kuappas"),
    ("Lapor, DPA dinas kami sudah terbit minggu ini. DPA itu singkatan apa?", "istilah.dpa"),
    ("Who or what is Bapperida? What does the name stand for?", "istilah.bapperida"),
    ("SPALD itu apa? Kenapa sering disebut bersama air limbah?", "istilah.spald"),
    (
        "Lapor pak, lahan TPS3R di Kelurahan Kalawa sudah disiapkan. TPS3R itu kepanjangannya apa?",
        "istilah.tps3r",
    ),
    (
        "Kenapa MCK komunal sering masuk usulan sanitasi? MCK itu singkatan dari apa?",
        "istilah.mck",
    ),
    ("RDTR itu apa? Kenapa selalu disebut bersama RTRW?", "istilah.rdtr"),
    (
        "Lapor, pengembang di Kecamatan Jekan Raya sudah mengurus PBG. PBG itu apa ya?",
        "istilah.pbg",
    ),
    ("Kenapa bangunan baru harus punya SLF? SLF itu singkatan dari apa?", "istilah.slf"),
    (
        "Lapor bu, banyak calon penerima di Kecamatan Kapuas Barat cuma pegang SKT. SKT itu "
        "singkatan apa?",
        "istilah.skt",
    ),
    ("What does 'backlog' mean in the housing reports we keep receiving?", "istilah.backlog"),
    ("LAPOR! itu sistem apa? Kenapa ditulis pakai tanda seru?", "istilah.lapor"),
    ("Why is the time written as WIB? What does that abbreviation stand for?", "istilah.wib"),
    (
        "Kenapa ada 'tan' di belakang nama Disperkimtan? Kepanjangannya apa?",
        "istilah.disperkimtan",
    ),
]
