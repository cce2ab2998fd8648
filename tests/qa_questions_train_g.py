# ruff: noqa: E501  (questions as their writer split them)
"""Training table G for the Sinkron matcher (written 2026-12-04; never a held-out table).

Written on 2026-12-04. The writer had not seen the knowledge base or any other question table;
they read only the topic list (/tmp/topic_list.txt) and the domain briefs (docs/domain.md,
shared/DOMAIN.md, shared/DOMAIN-RESEARCH.md) plus the place-name list (kalteng-wilayah.csv).

Style emphasis of this round: senior and outside askers -- a Kepala Dinas, Sekretaris or Kabid
writing formally before a Rakor (two sentences, honorifics, "izin bertanya", "mohon arahan",
"pak kadis nanya"), DPRD members' staff, inspectors/auditors, consultants preparing documents,
a Bappeda planner; comparing options ("lebih tepat diusulkan ke provinsi atau pusat?"), asking
consequences ("kalau tidak ..., apa akibatnya?"), the legal basis ("dasar hukumnya apa", "pasal
berapa"), quoting numbers and years (TA 2027, 14,5 ha, Rp, UU 23/2014). About one question in
six is in English or an Indonesian-English mix.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

ROUNDTG_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        (
            "Izin bertanya Pak, Kadis kami meminta ringkasan pembagian kewenangan perumahan dan "
            "kawasan permukiman antara pusat, provinsi dan kabupaten/kota. Mohon arahan singkatnya."
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Kami dari Sekretariat DPRD Kabupaten Katingan sedang menyiapkan bahan rapat komisi. "
            "Secara garis besar, urusan perkim mana yang dipegang provinsi dan mana yang dipegang "
            "kabupaten?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "pembagian urusan PKP antar tingkat pemerintahan gimana sih, biar gak salah alamat "
            "waktu usul"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Could you give me a quick overview of who does what in housing and settlements: "
            "centre, province and regency?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Selaku perencana di Bappeda Barito Utara, saya perlu peta kewenangan bidang perumahan "
            "rakyat dan kawasan permukiman per tingkat pemerintahan. Dasarnya lampiran huruf D UU "
            "23/2014, betul?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Mohon penjelasan Bapak/Ibu, di bidang perkim mana yang menjadi kewenangan provinsi dan "
            "mana yang tetap kewenangan kabupaten/kota?"
        ),
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        (
            "Izin bertanya, urusan perumahan dan kawasan permukiman itu termasuk urusan wajib "
            "pelayanan dasar atau urusan pilihan? Pasal berapa dasarnya?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Pak kadis nanya, dasar hukum yang menyebut perkim sebagai urusan wajib yang berkaitan "
            "dengan pelayanan dasar itu apa ya?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        "Is housing and settlements a mandatory basic-service affair under UU 23/2014?",
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Untuk naskah akademik Ranperda kami perlu mengutip pasal yang mengkategorikan "
            "perumahan rakyat sebagai urusan wajib. Apakah Pasal 12 ayat (1) huruf d?"
        ),
        "kewenangan.urusan_wajib",
    ),
    ("PKP itu urusan konkuren wajib atau pilihan menurut UU Pemda?", "kewenangan.urusan_wajib"),
    # kewenangan.kumuh
    (
        (
            "Mohon arahan Pak, penanganan kawasan kumuh itu dibagi kewenangannya berdasarkan luas "
            "berapa saja antara kabupaten, provinsi dan pusat?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Izin bertanya, batas luas kawasan kumuh yang boleh diusulkan ke provinsi itu berapa "
            "hektare? Dasar hukumnya apa?"
        ),
        "kewenangan.kumuh",
    ),
    ("kumuh yg jadi kewenangan kabupaten itu yg luasnya berapa?", "kewenangan.kumuh"),
    (
        (
            "Kami dari Inspektorat Kabupaten Kapuas sedang mereviu kegiatan peningkatan kualitas "
            "permukiman kumuh. Bagaimana bunyi persis pembagian kewenangannya menurut luas?"
        ),
        "kewenangan.kumuh",
    ),
    (
        "Which level of government handles slum areas, and what are the size thresholds?",
        "kewenangan.kumuh",
    ),
    (
        (
            "Lokasi kumuh kami lebih tepat diusulkan ke provinsi atau ditangani sendiri oleh "
            "kabupaten? Patokannya luas kawasan ya pak?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Kalau kabupaten tetap mengusulkan kumuh yang luasnya di bawah batas provinsi, apa "
            "akibatnya? Langsung ditolak karena bukan kewenangan?"
        ),
        ("kewenangan.kumuh", "bot.ditolak_dialihkan"),
    ),
    (
        (
            "Berita di media menyebut provinsi menangani kumuh 10–15 hektare. Apakah angka 15 itu "
            "masih termasuk provinsi atau sudah pusat?"
        ),
        ("kewenangan.kumuh", "kewenangan.kumuh_pusat"),
    ),
    # kumuh.luas_delineasi
    (
        (
            "Dear admin, is the 10 ha threshold for slum handling measured per location or per "
            "regency?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Mohon arahan, luas kumuh yang dipakai untuk menentukan kewenangan itu luas wilayah "
            "kelurahan atau luas delineasi di SK?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Satu desa kami luasnya ratusan hektare tetapi yang kumuh hanya sebagian. Yang dihitung "
            "untuk kewenangan yang mana?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        ("Which area counts for the slum threshold, the whole village or the delineated location?"),
        "kumuh.luas_delineasi",
    ),
    (
        "luas kumuh ngitungnya dari mana, dari peta delineasi di SK atau hasil survei baru?",
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Di SK kami ada luas per kawasan dan luas per lokasi. Mana yang dipakai provinsi untuk "
            "menentukan kewenangan?"
        ),
        "kumuh.luas_delineasi",
    ),
    # kewenangan.kumuh_pusat
    (
        (
            "Izin bertanya, kawasan kumuh yang luasnya lima belas hektare ke atas ditangani siapa? "
            "Lebih tepat diusulkan ke provinsi atau ke pusat?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Kalau kumuhnya luas sekali, melewati batas kewenangan provinsi, kami mengusulkannya ke "
            "Kementerian? Mohon arahan jalurnya."
        ),
        ("kewenangan.kumuh_pusat", "pendanaan.saluran_lain"),
    ),
    ("Who is responsible for slum areas of fifteen hectares or more?", "kewenangan.kumuh_pusat"),
    (
        (
            "Apakah kewenangan pusat atas kumuh lima belas hektare atau lebih itu sudah pasti bunyi "
            "undang-undangnya, atau masih perlu dicek ke JDIH?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Pak kadis nanya, kawasan kumuh skala besar di atas batas provinsi itu urusan "
            "Kementerian PKP ya, bukan Disperkimtan?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    (
        (
            "Izin bertanya, pencegahan tumbuhnya permukiman kumuh baru itu kewenangan provinsi juga "
            "atau hanya kabupaten/kota?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Kami berencana mengusulkan kegiatan pencegahan kumuh ke provinsi untuk TA 2027. Apakah "
            "bisa, atau itu murni urusan kabupaten?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Can the province fund slum prevention activities, or is that the regency's job?",
        "kewenangan.pencegahan_kumuh",
    ),
    ("pencegahan perumahan kumuh siapa yg pegang kewenangannya", "kewenangan.pencegahan_kumuh"),
    (
        (
            "Sekretaris Dinas menanyakan, kalau kami minta provinsi mendanai sosialisasi pencegahan "
            "kumuh, apakah itu sesuai kewenangan?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "Mohon arahan, dalam sub-urusan perumahan apa saja yang menjadi kewenangan provinsi?",
        "kewenangan.perumahan",
    ),
    (
        (
            "Kewenangan kabupaten di sub urusan perumahan itu apa saja pak, selain rumah korban "
            "bencana?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Staf Komisi III DPRD Kotawaringin Timur menanyakan, apakah provinsi berwenang "
            "membangun rumah untuk warga? Batasannya apa?"
        ),
        "kewenangan.perumahan",
    ),
    ("What exactly does the province do in the housing sub-affair?", "kewenangan.perumahan"),
    (
        (
            "Apakah provinsi boleh membangun rumah baru bagi masyarakat umum di kabupaten kami, di "
            "luar korban bencana?"
        ),
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "Penyediaan rumah untuk MBR itu kewenangan siapa? Bisa tidak diusulkan ke provinsi?",
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Pembangunan rusun untuk MBR di Palangka Raya sebaiknya diusulkan ke provinsi atau ke "
            "pusat? Mohon arahan."
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        "Sistem pembiayaan perumahan bagi MBR itu urusan pemerintah pusat ya pak?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Who handles housing for low-income households and rusun, the centre or the province?",
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Izin bertanya, peran pemerintah pusat di bidang perumahan itu apa saja menurut "
            "lampiran UU 23/2014?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        (
            "Izin bertanya, rumah warga yang rusak berat akibat banjir di Kapuas, penyediaan dan "
            "rehabilitasinya kewenangan provinsi atau kabupaten?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Banjir kemarin ditetapkan sebagai bencana tingkat provinsi. Apakah rehabilitasi rumah "
            "korbannya bisa diusulkan ke Disperkimtan?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Warga yang terkena relokasi proyek pemerintah kabupaten, penyediaan rumahnya "
            "ditanggung siapa?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Kalau relokasi terjadi karena program pemerintah provinsi, siapa yang wajib "
            "memfasilitasi rumah layak huninya?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        "Who provides housing for victims of a national-scale disaster?",
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Pak kadis nanya, kebakaran permukiman di Sampit statusnya bencana kabupaten. Bisa "
            "minta bantuan rumah ke provinsi tidak?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        (
            "Penerbitan izin pembangunan dan pengembangan perumahan itu kewenangan provinsi atau "
            "kabupaten?"
        ),
        "kewenangan.izin",
    ),
    ("SKBG untuk rumah susun diterbitkan oleh pemerintah tingkat mana?", "kewenangan.izin"),
    (
        (
            "Konsultan kami menanyakan, izin pengembangan kawasan permukiman untuk pengembang "
            "diurus ke kabupaten atau ke provinsi?"
        ),
        "kewenangan.izin",
    ),
    (
        "Who issues housing development permits and building ownership certificates (SKBG)?",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        (
            "Dalam sub-urusan kawasan permukiman, bagaimana pembagian tugas antara pusat, provinsi "
            "dan kabupaten?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Izin bertanya, penetapan sistem kawasan permukiman nasional itu kewenangan tingkat "
            "mana?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Apa saja kewenangan kabupaten/kota di sub-urusan kawasan permukiman, selain kumuh di "
            "bawah 10 ha?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        "What falls under the settlement-areas sub-affair for a regency?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        (
            "Mohon arahan, PSU permukiman dan PSU perumahan itu bedanya apa dan siapa yang "
            "berwenang atas masing-masing?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Jalan di perumahan yang dibangun pengembang sudah rusak. Bisa diusulkan ke provinsi "
            "sebagai PSU?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Kalau kami mengusulkan PSU perumahan ke provinsi, apa akibatnya? Apakah dianggap di "
            "luar kewenangan provinsi?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Dasar hukum pembagian PSU permukiman untuk provinsi dan PSU perumahan untuk "
            "kabupaten/kota itu apa?"
        ),
        "kewenangan.psu",
    ),
    ("Is PSU inside a housing estate a provincial or a regency responsibility?", "kewenangan.psu"),
    ("psu prov sama psu kab bedanya di mana", "kewenangan.psu"),
    # psu.lingkup_provinsi
    (
        (
            "Izin bertanya, PSU apa saja yang dibangun Disperkimtan provinsi? Apakah hanya jalan "
            "lingkungan dan drainase?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Kami ingin mengusulkan drainase di sepanjang jalan provinsi ruas Sampit–Pangkalan Bun. "
            "Bisa masuk PSU Disperkimtan?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Apakah provinsi juga membangun jaling di permukiman perdesaan, bukan hanya di "
            "perkotaan?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Kami ingin usul PSU berupa lampu jalan dan taman bermain. Apakah termasuk yang "
            "dikerjakan provinsi?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        "Does Disperkimtan build drainage along regency roads, or only in neighbourhoods?",
        "psu.lingkup_provinsi",
    ),
    (
        "PSU provinsi bisa dibangun di atas aset kabupaten tidak? Mohon arahan.",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        ("Sertifikasi dan registrasi bagi perancang rumah dan perencana PSU itu kewenangan siapa?"),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Untuk konsultan perencana PSU dengan tingkat kemampuan menengah, registrasinya di "
            "provinsi atau pusat?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        "Who certifies and registers small-capability house and PSU designers?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        (
            "Izin bertanya, SPM bidang perumahan rakyat untuk provinsi itu jenis pelayanannya apa "
            "saja dan targetnya berapa persen?"
        ),
        "kewenangan.spm",
    ),
    (
        "Dasar hukum SPM perumahan itu PP 2/2018 pasal berapa dan Permen PUPR nomor berapa?",
        "kewenangan.spm",
    ),
    (
        (
            "Kami dari Inspektorat ingin memeriksa capaian SPM perumahan kabupaten. Jenis pelayanan "
            "dasarnya apa saja?"
        ),
        "kewenangan.spm",
    ),
    ("Indikator SPM perumahan provinsi itu apa dan targetnya berapa?", "kewenangan.spm"),
    ("What are the minimum service standards for housing at province level?", "kewenangan.spm"),
    # kumuh.penetapan
    (
        (
            "Izin bertanya, siapa yang berwenang menetapkan SK lokasi kumuh? Gubernur atau "
            "Bupati/Wali Kota?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "SK kumuh kami terbit tahun 2019. Wajib ditinjau ulang setiap berapa tahun, dan "
            "dasarnya pasal berapa?"
        ),
        "kumuh.penetapan",
    ),
    ("Apa saja lampiran yang harus ada dalam SK penetapan lokasi kumuh?", "kumuh.penetapan"),
    ("Does the province issue its own slum decree for 10–15 ha sites?", "kumuh.penetapan"),
    (
        (
            "Bagian Hukum Setda menanyakan, penetapan lokasi kumuh itu cukup Keputusan Bupati? "
            "Permen PUPR 14/2018 pasal berapa yang mengatur?"
        ),
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    ("Tujuh aspek kriteria kumuh itu apa saja pak?", "kumuh.aspek"),
    (
        (
            "Konsultan kami sedang menyusun profil kumuh. Kriteria kumuh menurut Permen PUPR "
            "14/2018 ada berapa aspek dan berapa kriteria?"
        ),
        "kumuh.aspek",
    ),
    ("Proteksi kebakaran termasuk aspek penilaian kumuh atau tidak?", "kumuh.aspek"),
    ("What are the seven aspects of the slum criteria?", "kumuh.aspek"),
    ("aspek kumuh apa aja, air minum masuk gak?", "kumuh.aspek"),
    # kumuh.penilaian
    (
        "Izin bertanya, cara skoring kumuh itu bagaimana? Nilai tiap kriteria 0, 1, 3, 5 ya?",
        "kumuh.penilaian",
    ),
    (
        "Skor total kekumuhan kawasan kami 64. Apakah itu sudah termasuk kumuh berat?",
        "kumuh.penilaian",
    ),
    (
        "Nilai maksimal penilaian kumuh berapa dan kumuh berat mulai dari skor berapa?",
        "kumuh.penilaian",
    ),
    (
        "Apakah lokasi dengan tingkat kumuh berat otomatis menjadi kewenangan provinsi?",
        ("kumuh.penilaian", "kewenangan.kumuh"),
    ),
    ("How is a slum location scored, and what score counts as a heavy slum?", "kumuh.penilaian"),
    # kumuh.tingkat_sedang_ringan
    ("Rentang nilai kumuh sedang dan kumuh ringan itu berapa?", "kumuh.tingkat_sedang_ringan"),
    (
        "Skor kawasan kami 42, itu masuk kumuh sedang atau ringan pak?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Apakah batas kumuh ringan 16 sampai 37 itu sudah resmi atau masih perlu dikonfirmasi?",
        "kumuh.tingkat_sedang_ringan",
    ),
    ("What score range counts as a light or medium slum?", "kumuh.tingkat_sedang_ringan"),
    # kumuh.pola_penanganan
    (
        (
            "Mohon arahan, pola penanganan kumuh pemugaran, peremajaan dan pemukiman kembali itu "
            "dipilih berdasarkan apa?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        "Kawasan kumuh sedang di atas lahan legal, penanganannya peremajaan atau pemugaran?",
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Permukiman kumuh di bantaran sungai yang lahannya tidak legal, apakah harus pemukiman "
            "kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    ("What is the difference between pemugaran and peremajaan?", "kumuh.pola_penanganan"),
    ("kumuh ringan di lahan legal ditangani pakai pola apa", "kumuh.pola_penanganan"),
    # kumuh.kalteng
    (
        "Pak kadis nanya, berapa jumlah lokasi kumuh di Kalimantan Tengah dan total luasnya?",
        "kumuh.kalteng",
    ),
    ("Kabupaten mana yang paling banyak lokasi kumuhnya di Kalteng?", "kumuh.kalteng"),
    (
        (
            "Staf DPRD Provinsi minta data: pada 2024 provinsi menangani kawasan kumuh di "
            "kabupaten/kota mana saja?"
        ),
        "kumuh.kalteng",
    ),
    ("How many slum locations are there in Central Kalimantan?", "kumuh.kalteng"),
    ("Kumuh di Kalteng itu umumnya tipe apa? Banyak yang di tepian sungai ya?", "kumuh.kalteng"),
    # usulan.isi
    (
        "Izin bertanya, apa saja isi yang harus dimuat dalam usulan kegiatan ke provinsi?",
        "usulan.isi",
    ),
    (
        (
            "Mohon arahan, data apa saja yang ditanyakan waktu mengisi usulan dan kenapa data itu "
            "diperlukan?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Kami konsultan yang membantu Dinas Perkim Seruyan menyiapkan usulan. Informasi apa "
            "saja yang perlu kami siapkan?"
        ),
        "usulan.isi",
    ),
    ("What information does a proposal to the province need to contain?", "usulan.isi"),
    (
        "kenapa di usulan harus pilih sektor segala, air minum, sanitasi, persampahan dll?",
        "usulan.isi",
    ),
    ("Untuk apa usulan diminta justifikasi kebutuhan? Berapa panjang minimalnya?", "usulan.isi"),
    (
        (
            "Pak Sekretaris minta daftar isian usulan yang lengkap sebelum Rakor, supaya staf bisa "
            "menyiapkan datanya dulu. Mohon dibantu."
        ),
        "usulan.isi",
    ),
    # usulan.jenis
    ("Jenis usulan apa saja yang bisa diajukan ke Disperkimtan lewat Sinkron?", "usulan.jenis"),
    ("Selain kumuh dan PSU, ada jenis usulan lain yang diterima provinsi?", "usulan.jenis"),
    ("Usulan rumah untuk korban bencana masuk jenis apa di formulir?", "usulan.jenis"),
    ("What proposal types can a regency submit?", "usulan.jenis"),
    (
        "kalau kegiatan kami tidak masuk kategori kumuh, psu, rumah atau rtlh, pilih jenis apa?",
        "usulan.jenis",
    ),
    # usulan.lokasi
    (
        "Data lokasi apa saja yang harus diisi di usulan? Perlu titik koordinat juga?",
        "usulan.lokasi",
    ),
    (
        "Nama lokasi pada usulan kumuh harus sama persis dengan nama di SK kumuh ya?",
        "usulan.lokasi",
    ),
    ("Kenapa usulan diminta memilih perkotaan atau perdesaan?", "usulan.lokasi"),
    ("Do we have to give GPS coordinates for the proposed site?", "usulan.lokasi"),
    ("Untuk usulan RTLH, apakah luas lokasi dalam hektare tetap harus diisi?", "usulan.lokasi"),
    # usulan.penerima_biaya
    (
        "Jumlah penerima manfaat diisi dalam KK atau jiwa? Atau dua-duanya?",
        "usulan.penerima_biaya",
    ),
    (
        (
            "Sumber dana yang bisa dipilih di usulan apa saja? Boleh kombinasi APBD provinsi dan "
            "APBD kabupaten?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        "Biaya usulan ditulis perkiraan dari RAB atau pagu? Ada batas minimalnya?",
        "usulan.penerima_biaya",
    ),
    (
        (
            "Usulan jaling kami senilai Rp 1,5 M untuk 120 KK. Cara mengisi biaya dan penerima "
            "manfaat di form bagaimana?"
        ),
        "usulan.penerima_biaya",
    ),
    ("How should we fill in the beneficiaries, cost and funding source?", "usulan.penerima_biaya"),
    (
        "Apakah dana pendamping dari kabupaten perlu dicantumkan dalam usulan?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    (
        (
            "Izin bertanya, dokumen kesiapan atau readiness criteria apa saja yang diminta untuk "
            "usulan PSU?"
        ),
        "usulan.kesiapan",
    ),
    (
        "Mohon arahan, kalau usulan kami belum punya DED, apa akibatnya? Tetap bisa dinilai?",
        "usulan.kesiapan",
    ),
    (
        "Dari sisi kesiapan, apa saja yang dinilai dan berapa bobotnya dalam skor prioritas?",
        "usulan.kesiapan",
    ),
    (
        (
            "Pak kadis nanya, kelengkapan apa yang paling menentukan usulan dianggap siap "
            "dilaksanakan?"
        ),
        "usulan.kesiapan",
    ),
    ("What readiness documents are expected for a proposal?", "usulan.kesiapan"),
    (
        (
            "Selain DED dan RAB, apakah perlu surat dari Bupati dan bukti kesepakatan masyarakat "
            "juga?"
        ),
        "usulan.kesiapan",
    ),
    (
        "Usulan PSU ke provinsi butuh persyaratan kesiapan apa saja supaya lolos verifikasi?",
        "usulan.kesiapan",
    ),
    ("readiness criteria usulan kumuh beda gak sama usulan PSU?", "usulan.kesiapan"),
    # usulan.lahan
    (
        ("Izin bertanya, yang dimaksud lahan clean and clear untuk usulan itu syaratnya apa saja?"),
        "usulan.lahan",
    ),
    ("Lahan lokasi PSU masih milik warga dengan SKT. Apakah memenuhi syarat?", "usulan.lahan"),
    ("Kalau status lahan masih sengketa, apa akibatnya bagi usulan kami?", "usulan.lahan"),
    ("Status lahan apa saja yang bisa dipilih di form usulan?", "usulan.lahan"),
    ("Does the land need a certificate to count as clean and clear?", "usulan.lahan"),
    ("tanah desa bisa dipakai jadi lokasi usulan?", "usulan.lahan"),
    # usulan.sk_kumuh
    ("Untuk usulan kumuh, data SK apa saja yang harus dicantumkan?", "usulan.sk_kumuh"),
    (
        "SK kumuh kami terbit tahun 2020. Untuk usulan TA 2027 masih bisa memakai SK itu?",
        "usulan.sk_kumuh",
    ),
    (
        "Lokasi yang kami usulkan ternyata tidak tercantum di SK kumuh. Apa akibatnya?",
        "usulan.sk_kumuh",
    ),
    (
        (
            "Kalau SK kumuh belum direviu lebih dari 5 tahun, apa pengaruhnya terhadap penilaian "
            "usulan?"
        ),
        "usulan.sk_kumuh",
    ),
    ("Is an SK kumuh required for a slum proposal?", "usulan.sk_kumuh"),
    # usulan.dokumen_teknis
    (
        "Dokumen teknis apa saja yang perlu dilampirkan: DED, RAB, RKS, site plan?",
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Kami konsultan penyusun DED drainase di Kuala Kurun. Dokumen DED dan RAB bisa dikirim "
            "lewat bot dalam format PDF?"
        ),
        ("usulan.dokumen_teknis", "bot.usul"),
    ),
    (
        "Foto kondisi eksisting wajib dilampirkan? Maksimal berapa foto?",
        ("usulan.dokumen_teknis", "bot.usul"),
    ),
    ("Apakah RKS wajib ada saat pengusulan atau cukup DED dan RAB saja?", "usulan.dokumen_teknis"),
    ("Which technical documents should accompany a proposal?", "usulan.dokumen_teknis"),
    ("site plan wajib gak buat usulan jaling?", "usulan.dokumen_teknis"),
    # usulan.surat_pernyataan
    (
        (
            "Izin bertanya, surat pernyataan kesediaan menerima hibah dan O&P itu ditandatangani "
            "siapa dan kapan diperlukan?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Kenapa kabupaten harus membuat surat pernyataan sanggup melakukan operasi dan "
            "pemeliharaan?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        "Apakah ada format baku surat pernyataan hibah dan O&P dari provinsi?",
        "usulan.surat_pernyataan",
    ),
    ("Is a grant and O&M statement letter required with the proposal?", "usulan.surat_pernyataan"),
    ("surat kesanggupan pemeliharaan wajib dilampirkan?", "usulan.surat_pernyataan"),
    # usulan.rtlh
    ("Mohon arahan, syarat usulan RTLH lewat provinsi itu apa saja?", "usulan.rtlh"),
    (
        "Bisakah bantuan RTLH provinsi dipakai untuk membangun rumah baru di lahan kosong?",
        "usulan.rtlh",
    ),
    (
        "Penerima bantuan rumah tidak layak huni dari provinsi ditetapkan dengan SK siapa?",
        "usulan.rtlh",
    ),
    (
        (
            "Warga kami menumpang di tanah orang tuanya tanpa SKT. Apakah bisa dapat bedah rumah "
            "dari provinsi?"
        ),
        "usulan.rtlh",
    ),
    ("What are the conditions for RTLH assistance through the province?", "usulan.rtlh"),
    (
        "RTLH itu kewenangan provinsi atau bukan? Kok tidak ada di lampiran UU 23/2014?",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        (
            "Masyarakat Desa Tumbang Sapiri ingin mengusulkan jalan lingkungan langsung ke "
            "provinsi. Syaratnya apa?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        "Proposal warga untuk pembangunan drainase harus diketahui siapa saja?",
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Staf anggota DPRD menanyakan, usulan PSU dari kelompok warga bisa langsung disampaikan "
            "ke Disperkimtan?"
        ),
        "usulan.psu_masyarakat",
    ),
    ("Can residents request PSU directly from the province?", "usulan.psu_masyarakat"),
    # hibah.aset
    (
        (
            "Izin bertanya, jalan lingkungan yang dibangun provinsi di lahan kabupaten nanti "
            "asetnya milik siapa?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Setelah pekerjaan selesai, serah terima aset dari provinsi ke kabupaten memakai "
            "dokumen apa?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Pemeliharaan drainase yang dibangun provinsi setelah dihibahkan menjadi tanggung jawab "
            "siapa?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Kami dari BPKAD ingin tahu, aset hibah dari provinsi itu dicatat oleh siapa setelah "
            "BAST?"
        ),
        "hibah.aset",
    ),
    ("Who maintains the assets the province builds on regency land?", "hibah.aset"),
    (
        (
            "Pak kadis nanya, kalau jaling hasil APBD provinsi rusak setahun kemudian, yang "
            "memperbaiki provinsi atau kita?"
        ),
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "Kalau usulan kami bukan kewenangan provinsi, sumber dana lain apa yang bisa dicoba?",
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Kumuh kecil di desa yang jadi urusan kabupaten, selain APBD kabupaten bisa dibiayai "
            "dari mana lagi?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Mohon arahan, kumuh di atas kewenangan provinsi sebaiknya diusulkan lewat APBN atau "
            "DAK Tematik PPKT?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        "Apakah dana desa bisa dipakai untuk penanganan kumuh skala kecil?",
        "pendanaan.saluran_lain",
    ),
    (
        "What other funding channels are there if the province can't fund our proposal?",
        "pendanaan.saluran_lain",
    ),
    (
        "Bisakah kami meminta CSR perusahaan sawit untuk membiayai PSU perumahan?",
        "pendanaan.saluran_lain",
    ),
    (
        "PSU perumahan di luar kewenangan provinsi, alternatif pendanaannya apa saja?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        (
            "Izin bertanya, bagaimana alur siklus usulan tahunan dari kabupaten sampai diputuskan "
            "provinsi?"
        ),
        "siklus.tahunan",
    ),
    ("Usulan yang kami kirim tahun 2026 ini untuk tahun anggaran berapa?", "siklus.tahunan"),
    ("Kapan sebaiknya kabupaten mulai menyiapkan usulan untuk TA 2028?", "siklus.tahunan"),
    ("What does the yearly proposal cycle look like?", "siklus.tahunan"),
    ("tahapan usulan ke prov dari awal sampai akhir apa aja", "siklus.tahunan"),
    (
        (
            "Pak Kabid minta urutan kegiatan tahunannya: penyusunan usulan, verifikasi, Rakor, lalu "
            "RKPD. Betul begitu urutannya?"
        ),
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    (
        "Bagaimana provinsi memeriksa usulan dari kabupaten? Apa saja yang diverifikasi?",
        "siklus.pemeriksaan",
    ),
    ("Apakah tim provinsi akan turun survei lapangan ke lokasi usulan?", "siklus.pemeriksaan"),
    (
        "Usulan-usulan itu diperingkat berdasarkan apa untuk menentukan prioritas?",
        "siklus.pemeriksaan",
    ),
    ("How does the province verify and check proposals?", "siklus.pemeriksaan"),
    ("verifikasi usulan itu cek administrasi aja atau teknis juga?", "siklus.pemeriksaan"),
    # siklus.rakor
    (
        (
            "Izin bertanya, Rakor Bidang Kawasan Permukiman se-Kalteng itu tujuannya apa dan siapa "
            "saja pesertanya?"
        ),
        "siklus.rakor",
    ),
    ("Rakor tahun 2025 dilaksanakan di mana dan tanggal berapa?", "siklus.rakor"),
    ("Apakah Rakor selalu diadakan di bulan yang sama setiap tahun?", "siklus.rakor"),
    ("What happens at the annual Rakor?", "siklus.rakor"),
    (
        (
            "Pak kadis nanya, di Rakor nanti usulan kita dibahas secara teknis atau hanya "
            "sosialisasi?"
        ),
        "siklus.rakor",
    ),
    ("Rakor 2024 dulu diadakan di hotel mana ya?", "siklus.rakor"),
    # siklus.rkpd_apbd
    (
        (
            "Setelah dibahas di Rakor, usulan masuk ke Musrenbang provinsi lalu RKPD? Mohon "
            "penjelasan alurnya."
        ),
        "siklus.rkpd_apbd",
    ),
    (
        "Kalau usulan sudah disetujui di bot, apakah otomatis masuk APBD provinsi?",
        "siklus.rkpd_apbd",
    ),
    (
        "Bappeda kami bertanya, kaitan Rakor dengan Musrenbang provinsi dan RKPD itu bagaimana?",
        "siklus.rkpd_apbd",
    ),
    ("How does an approved proposal end up in the provincial budget?", "siklus.rkpd_apbd"),
    ("usulan yg udh disetujui kapan masuk RKPD dan APBD prov?", "siklus.rkpd_apbd"),
    # koordinasi.pokja_pkp
    (
        (
            "Izin bertanya, Pokja PKP kabupaten itu perannya apa dan dasar hukumnya Permen PUPR "
            "nomor berapa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    ("Siapa biasanya yang menjadi ketua Pokja PKP/PPAS di kabupaten?", "koordinasi.pokja_pkp"),
    ("What does the Pokja PKP do?", "koordinasi.pokja_pkp"),
    ("Forum PKP dan Pokja PKP hubungannya apa?", "koordinasi.pokja_pkp"),
    # disperkimtan.kontak
    (
        "Alamat kantor Disperkimtan Provinsi Kalteng di mana ya? Kami mau mengantar berkas.",
        "disperkimtan.kontak",
    ),
    ("Where is the Disperkimtan office in Palangka Raya?", "disperkimtan.kontak"),
    ("Website resmi Disperkimtan Kalteng apa alamatnya?", "disperkimtan.kontak"),
    ("kantor dinas perkim provinsi yg di Jl D.I. Panjaitan itu ya?", "disperkimtan.kontak"),
    # bot.cara_pakai
    ("Perintah apa saja yang tersedia di bot Sinkron ini?", "bot.cara_pakai"),
    ("Jam yang ditampilkan di bot memakai WIB atau WITA?", "bot.cara_pakai"),
    ("Apakah bot ini bisa dipakai dalam bahasa Inggris?", "bot.cara_pakai"),
    ("How do I register as an officer in this bot?", "bot.cara_pakai"),
    (
        "Saya staf baru di Dinas Perkim Lamandau. Bagaimana supaya akun saya disetujui admin?",
        "bot.cara_pakai",
    ),
    # bot.usul
    ("Berapa maksimal foto yang bisa dilampirkan saat mengisi /usul?", "bot.usul"),
    (
        (
            "Kalau pengisian formulir usulan terputus karena sinyal jelek, apakah isian sebelumnya "
            "hilang?"
        ),
        "bot.usul",
    ),
    ("Bisa menyalin usulan tahun lalu supaya tidak perlu mengisi dari awal?", "bot.usul"),
    ("Kode USL-2026-0012 yang muncul setelah usulan terkirim itu apa?", "bot.usul"),
    ("Can I attach PDF files to a proposal in /usul?", "bot.usul"),
    # bot.status
    ('Status "perlu perbaikan" artinya apa dan apa yang harus kami lakukan?', "bot.status"),
    ("Apa beda status diajukan dan verifikasi?", "bot.status"),
    ("Usulan yang sudah disetujui masih bisa dibatalkan tidak?", "bot.status"),
    ('What does the status "dibahas di Rakor" mean?', "bot.status"),
    ("Mohon penjelasan urutan status usulan dari diajukan sampai disetujui.", "bot.status"),
    # bot.ditolak_dialihkan
    (
        ("Usulan kami berstatus dialihkan ke DAK. Maksudnya apa dan langkah kami selanjutnya apa?"),
        "bot.ditolak_dialihkan",
    ),
    (
        "Kalau usulan ditolak karena bukan kewenangan provinsi, apakah bisa diajukan ulang?",
        "bot.ditolak_dialihkan",
    ),
    ("Apa saja alasan yang umum membuat usulan ditolak?", "bot.ditolak_dialihkan"),
    (
        "My proposal was redirected to APBD kab/kota, what should we do now?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Pak kadis nanya, kalau keputusan tolak itu keliru, bisa dikoreksi di bot?",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    ("Berapa lama biasanya usulan ditindaklanjuti provinsi setelah dikirim?", "bot.tindak_lanjut"),
    (
        "Standar 3 hari kerja itu aturan resmi Disperkimtan atau standar bot saja?",
        "bot.tindak_lanjut",
    ),
    ("Kalau lebih dari 3 hari kerja belum diverifikasi, apa yang terjadi?", "bot.tindak_lanjut"),
    ("What is the follow-up standard for submitted proposals?", "bot.tindak_lanjut"),
    # bot.rapat
    (
        (
            "Kalau Kadis berhalangan hadir, bagaimana menunjuk perwakilan pada undangan rapat di "
            "bot?"
        ),
        "bot.rapat",
    ),
    ("Pengingat rapat dikirim kapan saja sebelum acara?", "bot.rapat"),
    ("Bagaimana cara konfirmasi kehadiran undangan Rakor di bot?", "bot.rapat"),
    ("Can I send a representative to a meeting through the bot?", "bot.rapat"),
    ("Undangan rapat dari bot bisa disimpan ke kalender HP?", "bot.rapat"),
    # istilah.perkim
    (
        "Izin bertanya, Perkim dalam nama dinas kami itu singkatan dari apa persisnya?",
        "istilah.perkim",
    ),
    ("Dinas Perkim maksudnya dinas yang mengurus apa ya?", "istilah.perkim"),
    # istilah.disperkimtan
    (
        "Untuk kop surat undangan, kepanjangan resmi Disperkimtan Provinsi Kalteng itu apa?",
        "istilah.disperkimtan",
    ),
    ("What does Disperkimtan stand for?", "istilah.disperkimtan"),
    # istilah.psu
    (
        "Kami dari Inspektorat, mohon penjelasan singkatan PSU yang sering muncul di usulan.",
        "istilah.psu",
    ),
    ("Apa yang dimaksud dengan prasarana, sarana dan utilitas umum?", "istilah.psu"),
    # istilah.jaling
    ("Di RAB konsultan tertulis 'jaling 350 m'. Jaling itu apa ya?", "istilah.jaling"),
    ("Kata jaling di dokumen usulan maksudnya jalan jenis apa?", "istilah.jaling"),
    # istilah.drainase
    ("Drainase lingkungan itu maksudnya apa?", "istilah.drainase"),
    ("What is meant by drainase in these proposals?", "istilah.drainase"),
    # istilah.kr
    ("Izin bertanya, kode KR pada data kumuh kabupaten itu artinya apa?", "istilah.kr"),
    ("kode KR di tabel lampiran SK maksudnya apa", "istilah.kr"),
    # istilah.ks
    ("KS di tabel itu kumuh sedang ya pak?", "istilah.ks"),
    ("Arti singkatan KS di daftar lokasi kumuh apa?", "istilah.ks"),
    # istilah.kb
    ("KB di tabel kumuh bukan keluarga berencana kan? Artinya apa?", "istilah.kb"),
    ("What does KB mean in slum data?", "istilah.kb"),
    # istilah.skkumuh
    ("Staf DPRD menanyakan, yang disebut SK kumuh itu dokumen apa?", "istilah.skkumuh"),
    ("Apa yang dimaksud dengan SK penetapan lokasi kumuh?", "istilah.skkumuh"),
    # istilah.delineasi
    ("Mohon arahan, istilah delineasi kawasan kumuh itu maksudnya apa?", "istilah.delineasi"),
    ("Peta delineasi maksudnya peta apa?", "istilah.delineasi"),
    # istilah.rtlh
    ("Pak kadis nanya, RTLH itu kepanjangannya apa?", "istilah.rtlh"),
    ("What is an RTLH?", "istilah.rtlh"),
    # istilah.rlh
    ("RLH itu apa bedanya dengan RTLH?", "istilah.rlh"),
    ("RLH singkatan dari apa?", "istilah.rlh"),
    # istilah.bedahrumah
    ("Bedah rumah itu istilah resmi atau sebutan sehari-hari saja?", "istilah.bedahrumah"),
    ("apa itu program bedah rumah", "istilah.bedahrumah"),
    # istilah.bsps
    ("BSPS itu program apa dan dasar aturannya apa?", "istilah.bsps"),
    ("Kepanjangan BSPS apa ya?", "istilah.bsps"),
    # istilah.mbr
    ("Izin bertanya, MBR dalam dokumen perumahan itu singkatan dari apa?", "istilah.mbr"),
    ("What does MBR mean?", "istilah.mbr"),
    # istilah.rusunawa
    ("Rusunawa itu apa?", "istilah.rusunawa"),
    ("Beda rusunawa dan rusun apa?", ("istilah.rusunawa", "istilah.rusun")),
    # istilah.rusus
    ("What is a rusus?", "istilah.rusus"),
    ("Rumah khusus atau rusus itu maksudnya rumah untuk siapa?", "istilah.rusus"),
    # istilah.huntara
    ("Setelah banjir, BPBD menyebut huntara. Huntara itu apa?", "istilah.huntara"),
    ("Apa arti hunian sementara pascabencana?", "istilah.huntara"),
    # istilah.huntap
    ("Huntap maksudnya apa?", "istilah.huntap"),
    ("What is a huntap?", "istilah.huntap"),
    # istilah.kk
    ("KK di form penerima manfaat maksudnya kartu keluarga atau kepala keluarga?", "istilah.kk"),
    ("In the form, is KK the number of households?", "istilah.kk"),
    # istilah.jiwa
    ("Jiwa dalam isian penerima manfaat artinya apa?", "istilah.jiwa"),
    ("jiwa itu maksudnya jumlah orang ya? bedanya dgn KK", "istilah.jiwa"),
    # istilah.ha
    ("ha itu satuan apa? Sama dengan berapa meter persegi?", "istilah.ha"),
    ("How many square metres are in one hectare?", "istilah.ha"),
    # istilah.ded
    ("DED kepanjangannya apa?", "istilah.ded"),
    ("What is a DED?", "istilah.ded"),
    # istilah.rab
    ("Kami dari Inspektorat, RAB dalam dokumen usulan itu apa kepanjangannya?", "istilah.rab"),
    ("Apa yang dimaksud Rencana Anggaran Biaya?", "istilah.rab"),
    # istilah.rks
    ("RKS singkatan dari apa? Konsultan kami menyebutnya spesifikasi teknis.", "istilah.rks"),
    ("RKS itu dokumen apa?", "istilah.rks"),
    # istilah.kak
    ("KAK itu apa, sama dengan TOR?", "istilah.kak"),
    ("Kepanjangan KAK apa?", "istilah.kak"),
    # istilah.siteplan
    ("What is a site plan?", "istilah.siteplan"),
    ("Rencana tapak maksudnya apa?", "istilah.siteplan"),
    # istilah.rc
    ("Izin bertanya, istilah RC yang dipakai di DAK dan usulan itu maksudnya apa?", "istilah.rc"),
    ("What does RC stand for?", "istilah.rc"),
    # istilah.bast
    ("BAST itu dokumen apa pak?", "istilah.bast"),
    ("BAST singkatan dari apa?", "istilah.bast"),
    # istilah.hibah
    ("Hibah dalam konteks aset pemerintah itu maksudnya apa?", "istilah.hibah"),
    ("Apa arti kata hibah?", "istilah.hibah"),
    # istilah.bmd
    ("Bagian aset bertanya, BMD itu apa?", "istilah.bmd"),
    ("Barang milik daerah atau BMD itu maksudnya apa?", "istilah.bmd"),
    # istilah.bmn
    ("What is BMN?", "istilah.bmn"),
    ("Bedanya BMN dan BMD apa?", ("istilah.bmn", "istilah.bmd")),
    # istilah.op
    ("O&P maksudnya apa?", "istilah.op"),
    ("What does O&P mean?", "istilah.op"),
    # istilah.spm
    ("SPM dalam laporan kinerja Dinas itu singkatan dari apa?", "istilah.spm"),
    ("Apa itu Standar Pelayanan Minimal?", "istilah.spm"),
    # istilah.pokjapkp
    ("Pokja PKP kepanjangannya apa?", "istilah.pokjapkp"),
    ("What is a Pokja PKP?", "istilah.pokjapkp"),
    # istilah.pokjappas
    ("Sekda kami ketua Pokja PPAS. Pokja PPAS itu apa?", "istilah.pokjappas"),
    ("Kepanjangan PPAS dalam Pokja PPAS apa?", "istilah.pokjappas"),
    # istilah.pokjaampl
    ("Pokja AMPL itu singkatan apa?", "istilah.pokjaampl"),
    ("AMPL artinya apa?", "istilah.pokjaampl"),
    # istilah.rp3kp
    ("Bappeda menanyakan, RP3KP itu dokumen perencanaan apa?", "istilah.rp3kp"),
    ("RP3KP berlaku untuk jangka berapa tahun?", "istilah.rp3kp"),
    # istilah.rp2kpkp
    ("RP2KPKP itu apa?", "istilah.rp2kpkp"),
    ("Beda RP3KP dengan RP2KPKP apa?", ("istilah.rp2kpkp", "istilah.rp3kp")),
    # istilah.kotaku
    ("KOTAKU itu program apa? Masih berjalan?", "istilah.kotaku"),
    ("Program Kota Tanpa Kumuh itu apa?", "istilah.kotaku"),
    # istilah.daktematikppkt
    ("What is DAK Tematik PPKT?", "istilah.daktematikppkt"),
    ("PPKT kepanjangannya apa?", "istilah.daktematikppkt"),
    # istilah.apbn
    ("What is APBN?", "istilah.apbn"),
    ("kepanjangan APBN", "istilah.apbn"),
    # istilah.apbd
    ("APBD itu apa?", "istilah.apbd"),
    ("Beda APBD provinsi dan APBD kabupaten apa?", "istilah.apbd"),
    # istilah.apbdes
    ("APBDes itu apa?", "istilah.apbdes"),
    ("What is APBDes?", "istilah.apbdes"),
    # istilah.bankeu
    ("Izin bertanya, Bankeu provinsi itu apa?", "istilah.bankeu"),
    ("Bantuan keuangan provinsi maksudnya apa?", "istilah.bankeu"),
    # istilah.pokir
    ("Pokir DPRD itu apa?", "istilah.pokir"),
    ("Pokok-pokok pikiran DPRD maksudnya apa?", "istilah.pokir"),
    # istilah.musrenbang
    ("What is a Musrenbang?", "istilah.musrenbang"),
    ("Tingkatan Musrenbang apa saja?", "istilah.musrenbang"),
    # istilah.rkpd
    ("Bappeda kami sering menyebut RKPD. Itu singkatan dari apa?", "istilah.rkpd"),
    ("RKPD itu dokumen apa?", "istilah.rkpd"),
    # istilah.renja
    ("Renja Dinas itu dokumen apa?", "istilah.renja"),
    ("What is a Renja?", "istilah.renja"),
    # istilah.renstra
    ("Renstra itu apa?", "istilah.renstra"),
    ("Renstra OPD itu rencana berapa tahun?", "istilah.renstra"),
    # istilah.rpjmd
    ("What is the RPJMD?", "istilah.rpjmd"),
    ("Kepanjangan RPJMD apa?", "istilah.rpjmd"),
    # istilah.kuappas
    ("Tim anggaran menyebut KUA-PPAS. Itu apa ya?", "istilah.kuappas"),
    ("KUA PPAS singkatan dari apa?", "istilah.kuappas"),
    # istilah.rka
    ("What is an RKA?", "istilah.rka"),
    ("RKA OPD maksudnya apa?", "istilah.rka"),
    # istilah.dpa
    ("DPA itu apa?", "istilah.dpa"),
    ("What is a DPA?", "istilah.dpa"),
    # istilah.sipd
    ("Izin bertanya, SIPD itu sistem apa?", "istilah.sipd"),
    ("SIPD kepanjangannya apa?", "istilah.sipd"),
    # istilah.bapperida
    ("What is Bapperida?", "istilah.bapperida"),
    ("Bapperida beda dengan Bappeda?", "istilah.bapperida"),
    # istilah.opd
    ("OPD itu apa?", "istilah.opd"),
    ("OPD singkatan dari apa?", "istilah.opd"),
    # istilah.skpd
    ("SKPD itu apa?", "istilah.skpd"),
    ("SKPD sama dengan OPD?", "istilah.skpd"),
    # istilah.spam
    ("SPAM itu apa?", "istilah.spam"),
    ("What is SPAM in water supply?", "istilah.spam"),
    # istilah.spald
    ("What does SPALD stand for?", "istilah.spald"),
    ("SPALD kepanjangannya apa?", "istilah.spald"),
    # istilah.ipal
    ("IPAL itu apa? Konsultan menyebutnya di DED sanitasi.", "istilah.ipal"),
    ("IPAL singkatan dari apa?", "istilah.ipal"),
    # istilah.tps3r
    ("What is a TPS3R?", "istilah.tps3r"),
    ("TPS 3R maksudnya tempat apa?", "istilah.tps3r"),
    # istilah.mck
    ("MCK itu apa kepanjangannya?", "istilah.mck"),
    ("MCK komunal maksudnya apa?", "istilah.mck"),
    # istilah.rtrw
    ("What is RTRW?", "istilah.rtrw"),
    ("RTRW singkatan dari apa?", "istilah.rtrw"),
    # istilah.rdtr
    ("RDTR itu apa?", "istilah.rdtr"),
    ("What is an RDTR?", "istilah.rdtr"),
    # istilah.pbg
    ("PBG itu apa?", "istilah.pbg"),
    ("PBG itu pengganti IMB ya?", "istilah.pbg"),
    # istilah.slf
    ("What is an SLF?", "istilah.slf"),
    ("SLF singkatan dari apa?", "istilah.slf"),
    # istilah.skbg
    ("Mohon penjelasan, SKBG itu sertifikat apa?", "istilah.skbg"),
    ("SKBG kepanjangannya apa?", "istilah.skbg"),
    # istilah.skt
    ("SKT itu apa? Yang menerbitkan desa atau kecamatan?", "istilah.skt"),
    ("Surat Keterangan Tanah maksudnya surat apa?", "istilah.skt"),
    # istilah.cleanandclear
    ("Clean and clear itu artinya apa?", "istilah.cleanandclear"),
    ("What does clean and clear mean for land?", "istilah.cleanandclear"),
    # istilah.csr
    ("What is CSR?", "istilah.csr"),
    ("Dana CSR maksudnya dana dari mana?", "istilah.csr"),
    # istilah.rakor
    ("Rakor singkatan dari apa?", "istilah.rakor"),
    ("What does Rakor mean?", "istilah.rakor"),
    # istilah.lapor
    ("LAPOR! itu apa?", "istilah.lapor"),
    ("LAPOR itu sistem pengaduan apa?", "istilah.lapor"),
    # istilah.wib
    ("WIB itu UTC plus berapa?", "istilah.wib"),
    ("Kalteng pakai WIB atau WITA? Sejak kapan?", "istilah.wib"),
    # istilah.backlog
    ("Pak kadis nanya, backlog perumahan itu apa?", "istilah.backlog"),
    ("What is the housing backlog?", "istilah.backlog"),
    # istilah.pkp
    ("PKP dalam konteks perkim artinya apa? Bukan pengusaha kena pajak kan?", "istilah.pkp"),
    ("PKP kepanjangannya apa?", "istilah.pkp"),
    # istilah.kumuh
    ("Apa yang dimaksud dengan permukiman kumuh?", "istilah.kumuh"),
    ("Definisi kumuh menurut UU 1/2011 apa?", "istilah.kumuh"),
    # istilah.dak
    ("What does DAK stand for?", "istilah.dak"),
    ("DAK singkatan dari apa?", "istilah.dak"),
    # istilah.rusun
    ("Rusun itu apa?", "istilah.rusun"),
    ("Rusun singkatan dari apa?", "istilah.rusun"),
]

ROUNDTG_INTENTS: list[tuple[str, str]] = [
    # status
    (
        (
            "Izin bertanya Pak, usulan kami USL-2026-0004 sudah sampai tahap mana ya? Kadis "
            "menanyakan untuk bahan laporan."
        ),
        "status",
    ),
    ("Mohon info posisi usulan-usulan Kabupaten Kapuas yang kami kirim bulan lalu.", "status"),
    ("Has our proposal been approved yet?", "status"),
    ("usulan jaling desa kami statusnya gmn ya", "status"),
    (
        (
            "Pak Sekretaris minta rekap perkembangan usulan Kotim tahun ini, mana yang sudah "
            "diverifikasi dan mana yang belum."
        ),
        "status",
    ),
    ("cek usulan saya dong, udah diproses belum", "status"),
    # meeting
    ("Izin bertanya, Rakor tahun ini dijadwalkan kapan dan bertempat di mana?", "meeting"),
    (
        (
            "Pak kadis nanya jadwal rapat koordinasi dengan provinsi berikutnya, supaya bisa atur "
            "agenda beliau."
        ),
        "meeting",
    ),
    ("When is the next coordination meeting with the province?", "meeting"),
    ("rapat sinkronisasi 2026 tanggal berapa?", "meeting"),
    ("Kapan pertemuan berikutnya dengan Disperkimtan dan tempatnya di mana?", "meeting"),
    ("Mohon info undangan Rakor terdekat, kami belum menerima jadwalnya.", "meeting"),
    # deadline
    ("Izin bertanya, batas akhir pengiriman usulan untuk TA 2027 kapan?", "deadline"),
    ("Sampai tanggal berapa penerimaan usulan masih dibuka?", "deadline"),
    ("What's the cut-off date for proposals this year?", "deadline"),
    ("tenggat usulan kapan pak", "deadline"),
    (
        (
            "Pak kadis nanya, kalau usulan kami kirim minggu depan apakah masih sempat sebelum "
            "ditutup?"
        ),
        "deadline",
    ),
    ("Kapan ditutup penerimaan usulan untuk tahun anggaran depan?", "deadline"),
    # greeting
    ("Selamat pagi Pak/Bu admin.", "greeting"),
    ("Terima kasih banyak atas penjelasannya, sangat membantu.", "greeting"),
    ("Bot ini bisa membantu apa saja?", "greeting"),
    ("halo", "greeting"),
    ("Hi, what can you do?", "greeting"),
    (
        ("Assalamualaikum, izin memperkenalkan diri, saya Sekretaris Dinas Perkim Barito Selatan."),
        "greeting",
    ),
    # how_to_submit
    ("Bagaimana cara mengajukan usulan lewat bot ini?", "how_to_submit"),
    ("Izin bertanya, langkah mengirim usulan di Sinkron bagaimana?", "how_to_submit"),
    ("How do I submit a proposal here?", "how_to_submit"),
    ("mau input usulan baru caranya gimana", "how_to_submit"),
    ("Mohon arahan cara memasukkan usulan PSU melalui aplikasi Telegram ini.", "how_to_submit"),
    ("Kabid kami minta saya yang menginput usulan. Dari mana saya mulai di bot?", "how_to_submit"),
]

ROUNDTG_AREAS: list[tuple[str, str]] = [
    (
        (
            "Izin bertanya, kawasan kumuh di Kelurahan Pahandut luas delineasinya 12,4 ha. Itu "
            "kewenangan siapa?"
        ),
        "provinsi",
    ),
    ("Luas kawasan kumuh menurut SK 9,8 hektar, kewenangan provinsi atau kabupaten?", "kabkota"),
    (
        "Mohon arahan, lokasi kumuh kami tepat 10 ha. Apakah bisa diusulkan ke provinsi?",
        "provinsi",
    ),
    ("Kumuh pas 15 hektare, masih kewenangan provinsi?", "pusat"),
    ("Kawasan kumuh 14,99 ha di Baamang Hilir masuk kewenangan tingkat mana?", "provinsi"),
    (
        (
            "Lokasi kumuh lebih dari 15 ha, tepatnya 17,3 ha. Lebih tepat diusulkan ke provinsi "
            "atau pusat?"
        ),
        "pusat",
    ),
    ("Luas kumuh 85.000 m2, siapa yang berwenang menangani?", "kabkota"),
    ("Delineasi kawasan kumuh kami 125.000 m², kewenangan siapa?", "provinsi"),
    ("Kawasan kumuh 150.000 meter persegi itu urusan provinsi atau pusat?", "pusat"),
    ("The delineated slum area is 11.2 hectares. Who is responsible?", "provinsi"),
    ("We have a slum area of 22 hectares in Sampit. Which level handles it?", "pusat"),
    ("Kumuh kurang dari 10 ha, sekitar 6,5 ha, apakah bisa ke provinsi?", "kabkota"),
    ("Pak kadis nanya, kumuh di atas 15 ha yaitu 31,77 ha itu ranah siapa?", "pusat"),
    ("Kawasan kumuh 7,71 ha di Palangka Raya kewenangan mana?", "kabkota"),
    ("Luas kumuh 10,0 hektare pas. Provinsi atau kabupaten?", "provinsi"),
    ("Lokasi kumuh di bawah 10 ha, yaitu 9,99 ha. Kewenangan siapa?", "kabkota"),
    ("Slum area of 14.5 ha, is that provincial or central?", "provinsi"),
    ("kumuh 3 ha di desa, urusan siapa?", "kabkota"),
    ("Luas delineasi 100.000 m2 tepat, kewenangan siapa?", "provinsi"),
    ("Kawasan kumuh 99.500 m² itu urusan kabupaten atau provinsi?", "kabkota"),
    ("Kumuh 45 hektare di Kecamatan Selat, diusulkan ke mana?", "pusat"),
    ("Izin bertanya, kawasan kumuh seluas 18 hektar ditangani oleh siapa?", "pusat"),
    ("Kumuh 13 ha di Kotim apakah kewenangan provinsi?", "provinsi"),
    ("Luas kumuh hanya 0,8 ha, kewenangan siapa?", "kabkota"),
    ("Kawasan kumuh lebih dari 10 ha, tepatnya 10,5 ha. Bisa ke provinsi?", "provinsi"),
    ("Luas lokasi kumuh 149.000 m2, kewenangan mana?", "provinsi"),
    ("Slum location of 4.2 hectares, is it the regency's job?", "kabkota"),
]

ROUNDTG_OUT_OF_SCOPE: list[str] = [
    "Bagaimana prakiraan cuaca di Palangka Raya besok pagi?",
    "Skor pertandingan Kalteng Putra semalam berapa?",
    "Rekomendasi tempat makan juhu singkah di Palangka Raya dong.",
    "Berapa total pagu anggaran Disperkimtan Provinsi Kalteng TA 2026?",
    "Berapa harga satuan paving block per m2 di Kotawaringin Timur tahun 2026?",
    "Siapa pemenang tender pembangunan jalan lingkungan di Sampit tahun 2025?",
    "Mohon nomor WA Kabid Kawasan Permukiman Disperkimtan.",
    "Bagaimana isi Perda kumuh Provinsi Kalimantan Selatan?",
    "SIPD error waktu input sub kegiatan, muncul pesan gagal simpan. Solusinya apa?",
    "Izin bertanya, jadwal kenaikan pangkat dan TPP ASN Dinas Perkim kapan cair?",
    "Berapa tebal lapisan beton K-250 yang standar untuk jalan lingkungan?",
    "Dimensi saluran U-ditch untuk drainase lingkungan berapa yang dipakai provinsi?",
    "Berapa nilai kontrak pekerjaan drainase di Kuala Kapuas tahun lalu?",
    "Berapa alokasi BSPS untuk Kalteng tahun 2026?",
    "Berapa kuota rumah subsidi FLPP untuk Palangka Raya tahun ini?",
    "Berapa suku bunga KPR subsidi sekarang?",
    "What is the exchange rate of the rupiah to the dollar today?",
    "Kapan pendaftaran CPNS 2027 dibuka?",
    "Bagaimana cara mengurus sertifikat tanah di kantor BPN?",
    "Format SPJ perjalanan dinas ke Palangka Raya seperti apa?",
    "Apakah honorer di Dinas Perkim bisa diangkat PPPK tahun depan?",
    "Berapa tarif BPHTB untuk rumah di Sampit?",
    "Perda RTRW Kalimantan Barat terbaru nomor berapa?",
    "Berapa harga satuan pekerjaan galian tanah per m3 menurut HSPK Kapuas?",
    "Who won the 2026 regional election in Katingan?",
    "Berapa jumlah RTLH yang akan dibantu provinsi di Kabupaten Seruyan tahun 2027?",
    "Mohon dibuatkan surat undangan rapat internal dinas kami untuk hari Senin.",
    "Spesifikasi teknis campuran aspal untuk jalan kabupaten apa?",
]
