"""Training table J2 for the Sinkron matcher (written 2026-12-05; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Style emphasis: a senior asking to confirm or correct a belief; questions about one field of
the proposal form or one document; very terse one-to-four-word queries with typos; two
related things in one message. About one in twelve in English.
Three questions per non-glossary topic, six for the confusable ones (slum authority by size,
which area counts, slums of 15 ha or more, other funding channels; readiness, technical
documents, land status; proposal contents, kinds, /usul, using the bot; Rakor, RKPD/APBD,
checking; Pokja PKP's role and the term), and about 25 glossary questions.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_J2_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "setahu saya pembagian urusan perkim itu pusat, provinsi, kabupaten masing2 punya bagian, "
        "tolong ringkas siapa pegang apa",
        "kewenangan.ringkasan",
    ),
    ("pembagian kewenangan perkim", "kewenangan.ringkasan"),
    (
        "Could you give me an overview of which level of government handles what in housing "
        "and settlements?",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "katanya perumahan itu urusan pilihan, padahal kan masuk urusan wajib? tolong konfirmasi",
        "kewenangan.urusan_wajib",
    ),
    ("perkim urusan wajib pelayanan dsar?", "kewenangan.urusan_wajib"),
    (
        "dasar hukum perumahan jadi urusan wajib itu pasal berapa di UU 23/2014, dan artinya apa "
        "buat anggaran kami?",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    ("kumuh 12ha siapa", "kewenangan.kumuh"),
    (
        "setahu saya kawasan kumuh di bawah 10 hektare itu urusan kabupaten sendiri, betul?",
        "kewenangan.kumuh",
    ),
    ("kalau luasnya pas 10 ha itu masuk provinsi atau masih kabupaten?", "kewenangan.kumuh"),
    # kewenangan.kumuh_pusat
    (
        "kawasan kumuh 18 ha di Selat Hilir itu kewenangan siapa, pusat ya?",
        "kewenangan.kumuh_pusat",
    ),
    ("kumuh diatas 15 ha pusat?", "kewenangan.kumuh_pusat"),
    ("Who is responsible for a slum area of 20 hectares?", "kewenangan.kumuh_pusat"),
    # kewenangan.pencegahan_kumuh
    (
        "pencegahan kumuh itu bisa diusulkan ke provinsi atau memang tugas kabupaten saja?",
        "kewenangan.pencegahan_kumuh",
    ),
    ("cegah kumuh kwenangan sp", "kewenangan.pencegahan_kumuh"),
    (
        "katanya provinsi juga ikut pencegahan permukiman kumuh baru, padahal kan itu bagian kab? "
        "mohon diluruskan",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "di sub urusan perumahan, apa saja yang jadi tugas provinsi dan apa yang tugas kabupaten?",
        "kewenangan.perumahan",
    ),
    ("kewenangan sub urusan perumahan", "kewenangan.perumahan"),
    (
        "tolong konfirmasi, provinsi di bidang perumahan cuma korban bencana dan relokasi "
        "program provinsi, benar begitu?",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    ("rumah untuk MBR itu tugas pusat ya, bukan provinsi?", "kewenangan.perumahan_pusat"),
    ("bangun rusun siapa yg pegang", "kewenangan.perumahan_pusat"),
    (
        "Is housing finance for low-income families handled by the central government?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "rumah warga rusak kena banjir di Kapuas, yang bangun kembali itu kabupaten atau provinsi?",
        "kewenangan.bencana_relokasi",
    ),
    ("rmh korban bencana siapa", "kewenangan.bencana_relokasi"),
    (
        "warga terkena relokasi proyek provinsi, penyediaan rumahnya jadi tanggung jawab siapa? "
        "lalu kalau bencananya skala nasional bagaimana?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    ("izin pembangunan perumahan dikeluarkan provinsi atau kab/kota?", "kewenangan.izin"),
    ("SKBG terbit dmn", "kewenangan.izin"),
    (
        "setahu saya izin pengembangan kawasan permukiman itu di provinsi, betul atau saya salah?",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "sub urusan kawasan permukiman isinya apa saja per tingkat pemerintahan?",
        "kewenangan.kawasan_permukiman",
    ),
    ("kwsn permukiman kewenangan", "kewenangan.kawasan_permukiman"),
    (
        "penetapan sistem kawasan permukiman itu ranah siapa, dan provinsi sendiri pegang apa "
        "di sub urusan ini?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "katanya PSU perumahan developer itu tanggung jawab provinsi, padahal kan kabupaten? "
        "tolong konfirmasi",
        "kewenangan.psu",
    ),
    ("psu prov?", "kewenangan.psu"),
    ("bedanya PSU permukiman dan PSU perumahan dari sisi kewenangan apa?", "kewenangan.psu"),
    # psu.lingkup_provinsi
    (
        "PSU yang dibangun Disperkimtan itu wujudnya apa saja? jalan lingkungan sama drainase "
        "saja?",
        "psu.lingkup_provinsi",
    ),
    (
        "drainase di pinggir jalan kabupaten bisa diusulkan jadi PSU provinsi?",
        "psu.lingkup_provinsi",
    ),
    ("jaling desa bisa ke prov?", "psu.lingkup_provinsi"),
    # kewenangan.sertifikasi
    (
        "sertifikasi perancang rumah tingkat kemampuan kecil itu diurus di mana?",
        "kewenangan.sertifikasi",
    ),
    ("registrasi perencana PSU menengah", "kewenangan.sertifikasi"),
    (
        "Who certifies house and PSU designers, and does it depend on their capability level?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    ("SPM perumahan untuk provinsi indikatornya apa, targetnya 100 persen?", "kewenangan.spm"),
    ("spm prkim", "kewenangan.spm"),
    (
        "setahu saya SPM perumahan itu diatur PP 2/2018 pasal 8, betul? jenis layanannya apa saja?",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "luas kumuh yang dipakai itu luas seluruh kelurahan atau luas delineasi di SK?",
        "kumuh.luas_delineasi",
    ),
    (
        "luas desa 40 ha tapi delineasi kumuhnya 12 ha, yang dihitung yang mana?",
        "kumuh.luas_delineasi",
    ),
    ("luas delinasi vs luas desa", "kumuh.luas_delineasi"),
    # kumuh.penetapan
    ("yang menetapkan lokasi kumuh itu bupati atau gubernur?", "kumuh.penetapan"),
    ("sk kumuh berapa thn direview", "kumuh.penetapan"),
    (
        "katanya SK kumuh cukup daftar lokasi saja, padahal kan harus ada peta sebarannya juga? "
        "tolong konfirmasi",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    ("tujuh aspek kriteria kumuh itu apa saja?", "kumuh.aspek"),
    ("7 aspek kumuh", "kumuh.aspek"),
    (
        "setahu saya proteksi kebakaran juga termasuk aspek kumuh, betul? total kriterianya "
        "berapa?",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    ("skor berapa supaya lokasi disebut kumuh berat?", "kumuh.penilaian"),
    ("nilai maks kumuh 80?", "kumuh.penilaian"),
    ("How are slum scores calculated and what score counts as a heavy slum?", "kumuh.penilaian"),
    # kumuh.tingkat_sedang_ringan
    ("rentang nilai kumuh sedang berapa sampai berapa?", "kumuh.tingkat_sedang_ringan"),
    ("skor 30 kumuh ringan ya?", "kumuh.tingkat_sedang_ringan"),
    (
        "nilai kumuh lokasi kami 45, itu masuk sedang atau ringan? dan batas bawah ringan berapa?",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    ("bedanya pemugaran dan peremajaan apa, kapan dipakai yang mana?", "kumuh.pola_penanganan"),
    ("kumuh di lahan ilegal ditangani dgn pola apa", "kumuh.pola_penanganan"),
    (
        "setahu saya kumuh ringan di lahan legal itu pemugaran, yang sedang peremajaan, betul?",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    ("berapa jumlah lokasi kumuh di Kalteng dan total luasnya?", "kumuh.kalteng"),
    ("data kumuh kalteng", "kumuh.kalteng"),
    ("How many slum locations does Central Kalimantan have?", "kumuh.kalteng"),
    # usulan.isi
    ("isi usulan kegiatan ke provinsi itu apa saja yang harus ada?", "usulan.isi"),
    (
        "kenapa usulan harus lengkap sampai jumlah KK, foto dan biaya? tolong jelaskan alasannya",
        "usulan.isi",
    ),
    ("isian usulan apa aja", "usulan.isi"),
    # usulan.jenis
    ("jenis usulan apa saja yang bisa kami ajukan ke provinsi?", "usulan.jenis"),
    ("jenis usulan lainnya itu maksudnya apa?", "usulan.jenis"),
    ("Which types of proposal can a regency submit to the province?", "usulan.jenis"),
    # usulan.lokasi
    (
        "kolom nama lokasi diisi nama kampung atau harus sama persis dengan nama di SK kumuh?",
        "usulan.lokasi",
    ),
    ("titik gps wajib?", "usulan.lokasi"),
    (
        "kolom perkotaan/perdesaan itu maksudnya apa, dan desa Sarapat di Tamiang Layang "
        "dipilih yang mana?",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    (
        "kolom jumlah KK diisi apa, KK yang terdampak langsung atau satu desa?",
        "usulan.penerima_biaya",
    ),
    ("jiwa sama KK bedanya di isian apa", "usulan.penerima_biaya"),
    (
        "sumber dana yang diusulkan boleh kombinasi APBD provinsi dan APBD kabupaten? lalu "
        "biaya ditulis total atau per tahun?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    (
        "dokumen kesiapan usulan itu apa saja? harus lengkap semua baru bisa kirim?",
        "usulan.kesiapan",
    ),
    ("readiness criteria usulan PSU", "usulan.kesiapan"),
    ("setahu saya tanpa DED usulan tetap diterima tapi nilainya kurang, betul?", "usulan.kesiapan"),
    # usulan.lahan
    ("status lahan milik warga pakai SKT boleh untuk usulan jalan lingkungan?", "usulan.lahan"),
    ("lahan blm clean clear", "usulan.lahan"),
    (
        "lahan lokasi masih sengketa sebagian, usulannya bisa jalan atau ditunda dulu?",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    ("di form usulan kumuh, nomor dan tanggal SK kumuh wajib diisi?", "usulan.sk_kumuh"),
    (
        "lokasi kami belum masuk SK kumuh, masih bisa diusulkan sebagai kumuh ke provinsi?",
        "usulan.sk_kumuh",
    ),
    ("sk kumuh kdaluarsa", ("usulan.sk_kumuh", "kumuh.penetapan")),
    # usulan.dokumen_teknis
    ("DED dan RAB harus dilampirkan waktu usul atau menyusul?", "usulan.dokumen_teknis"),
    ("foto kondisi eksisting minimal brp", "usulan.dokumen_teknis"),
    ("site plan dan RKS itu wajib untuk usulan drainase? formatnya PDF?", "usulan.dokumen_teknis"),
    # usulan.surat_pernyataan
    (
        "surat pernyataan hibah dan O&P itu ditandatangani siapa, kepala dinas atau bupati?",
        "usulan.surat_pernyataan",
    ),
    ("surat pernyataan op wajib?", "usulan.surat_pernyataan"),
    (
        "isi surat pernyataan kesediaan menerima hibah itu apa saja, ada contohnya?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    ("usulan RTLH lewat provinsi syaratnya apa? rumahnya harus sudah ada?", "usulan.rtlh"),
    ("rtlh tanah numpang bisa?", "usulan.rtlh"),
    (
        "katanya penerima bedah rumah provinsi ditetapkan bupati, padahal kan SK gubernur? "
        "mohon konfirmasi",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "warga minta jalan lingkungan langsung ke provinsi, prosedurnya bagaimana?",
        "usulan.psu_masyarakat",
    ),
    ("proposal psu dr warga perlu ttd camat?", "usulan.psu_masyarakat"),
    (
        "Can residents ask the province directly for drainage in their neighbourhood?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "jalan lingkungan yang dibangun provinsi di lahan kabupaten nanti jadi aset siapa?",
        "hibah.aset",
    ),
    ("BAST hibah aset prov ke kab", "hibah.aset"),
    (
        "setelah serah terima, pemeliharaan drainase itu tanggungan kabupaten ya? dan BAST-nya "
        "ditandatangani siapa?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "kalau bukan kewenangan provinsi, usulan kami sebaiknya didanai dari mana?",
        "pendanaan.saluran_lain",
    ),
    ("dana lain selain apbd prov", "pendanaan.saluran_lain"),
    (
        "kumuh 7 ha kan bukan provinsi, bisa pakai DAK Tematik PPKT atau dana desa?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    ("siklus usulan tahunan ke provinsi itu dari kapan sampai kapan?", "siklus.tahunan"),
    ("usulan thn ini utk TA brp", "siklus.tahunan"),
    (
        "What does the yearly proposal cycle look like, from submission to funding?",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    ("usulan kami diperiksa provinsi dari sisi apa saja?", "siklus.pemeriksaan"),
    ("verifikasi usulan gmn", "siklus.pemeriksaan"),
    (
        "setahu saya provinsi cuma cek kelengkapan dokumen, tidak turun survei, betul?",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    ("rakor bidang kawasan permukiman tahun ini kapan dan di mana?", "siklus.rakor"),
    ("rakor kim jadwal", "siklus.rakor"),
    ("siapa saja yang diundang ke Rakor se-Kalteng, dan apa yang dibahas di sana?", "siklus.rakor"),
    # siklus.rkpd_apbd
    ("setelah rakor, usulan masuk RKPD lewat musrenbang provinsi ya?", "siklus.rkpd_apbd"),
    ("usulan masuk apbd kpn", "siklus.rkpd_apbd"),
    ("How does a proposal get from the Rakor into the provincial budget?", "siklus.rkpd_apbd"),
    # koordinasi.pokja_pkp
    ("Pokja PKP kabupaten itu tugasnya apa dalam penyusunan usulan?", "koordinasi.pokja_pkp"),
    ("sk pokja pkp perlu dilampirkan?", "koordinasi.pokja_pkp"),
    (
        "setahu saya Pokja PKP diketuai sekda, betul? dasar pembentukannya apa?",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    ("alamat kantor Disperkimtan provinsi di mana?", "disperkimtan.kontak"),
    ("kontak disperkimtan kalteng", "disperkimtan.kontak"),
    (
        "mau antar berkas usulan langsung ke dinas provinsi, kantornya di jalan apa?",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    ("bot ini perintahnya apa saja?", "bot.cara_pakai"),
    ("cara pake bot", "bot.cara_pakai"),
    (
        "jam yang ditampilkan bot itu WIB atau WITA? dan perintah untuk bantuan apa?",
        "bot.cara_pakai",
    ),
    # bot.usul
    ("cara kirim usulan lewat bot gimana?", "bot.usul"),
    ("/usul putus di tengah, draf hilang?", "bot.usul"),
    ("bisa salin usulan tahun lalu supaya tidak isi ulang dari awal?", "bot.usul"),
    # bot.status
    ("status usulan saya 'verifikasi', artinya apa?", "bot.status"),
    ("perlu perbaikan itu gmn", "bot.status"),
    ("What does the status 'dibahas di Rakor' mean for my proposal?", "bot.status"),
    # bot.ditolak_dialihkan
    (
        "usulan kami ditolak, alasannya bukan kewenangan provinsi. langkah selanjutnya apa?",
        "bot.ditolak_dialihkan",
    ),
    ("usulan dialihkan maksudnya", "bot.ditolak_dialihkan"),
    (
        "usulan yang sudah ditolak bisa diajukan lagi? atau harus bikin baru?",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    ("berapa lama usulan biasanya ditanggapi setelah dikirim?", "bot.tindak_lanjut"),
    ("standar respon usulan brp hari", "bot.tindak_lanjut"),
    (
        "katanya verifikasi paling lama 3 hari kerja seperti LAPOR!, betul begitu?",
        "bot.tindak_lanjut",
    ),
    # bot.rapat
    ("saya berhalangan hadir rapat, bisa diwakilkan staf lewat bot?", "bot.rapat"),
    ("pengingat rapat bs diatur", "bot.rapat"),
    (
        "undangan rapat di bot itu cara konfirmasi hadirnya bagaimana? lalu pengingatnya kapan?",
        "bot.rapat",
    ),
    # --- confusable groups: extra questions worded so the difference matters ---
    # kewenangan.kumuh
    ("lokasi kumuh 14,5 ha di Baamang itu masih provinsi kan, belum pusat?", "kewenangan.kumuh"),
    ("kumuh 8 ha boleh minta provinsi?", "kewenangan.kumuh"),
    (
        "katanya 10 sampai 15 hektare itu provinsi, tapi batas atasnya 15 ikut atau tidak? "
        "tolong luruskan",
        "kewenangan.kumuh",
    ),
    # kumuh.luas_delineasi
    (
        "SK kumuh kami mencatat satu kawasan 11 ha terdiri dari dua RT terpisah, yang dipakai "
        "luas gabungan atau per RT?",
        "kumuh.luas_delineasi",
    ),
    ("luas yg dihitung dari SK atau hasil ukur ulang?", "kumuh.luas_delineasi"),
    (
        "When deciding authority, is it the area delineated in the slum decree or the whole "
        "village area that counts?",
        "kumuh.luas_delineasi",
    ),
    # kewenangan.kumuh_pusat
    (
        "kawasan kumuh Pahandut hampir 40 ha, provinsi tidak bisa tangani sama sekali?",
        "kewenangan.kumuh_pusat",
    ),
    ("kumuh 15 ha pas masuk mana", "kewenangan.kumuh_pusat"),
    (
        "setahu saya kumuh di atas 15 ha itu urusan kementerian, tapi katanya bunyi aturannya "
        "belum pasti. betul?",
        "kewenangan.kumuh_pusat",
    ),
    # pendanaan.saluran_lain
    (
        "kumuh kami 5 ha, jadi urusan kabupaten. selain APBD kabupaten, sumber dana apa lagi "
        "yang bisa dicoba?",
        "pendanaan.saluran_lain",
    ),
    ("csr bisa utk kumuh?", "pendanaan.saluran_lain"),
    (
        "kawasan kumuh 22 ha, kewenangannya sudah jelas pusat. yang saya tanya: jalurnya dana "
        "apa, APBN langsung atau DAK?",
        "pendanaan.saluran_lain",
    ),
    # usulan.kesiapan
    (
        "kriteria kesiapan itu dinilai dari dokumen apa saja, dan pengaruhnya ke skor prioritas?",
        "usulan.kesiapan",
    ),
    ("kesiapan usulan psu apa aj", "usulan.kesiapan"),
    (
        "Do we need every readiness document before sending, or can some follow later?",
        "usulan.kesiapan",
    ),
    # usulan.dokumen_teknis
    (
        "RAB itu disusun pakai harga satuan kabupaten atau provinsi? DED-nya harus ditandatangani "
        "konsultan?",
        "usulan.dokumen_teknis",
    ),
    ("DED thn 2022 msh bs dipakai?", "usulan.dokumen_teknis"),
    ("site plan wajib ada koordinat? fotonya harus foto terbaru?", "usulan.dokumen_teknis"),
    # usulan.lahan
    (
        "clean and clear itu syaratnya apa saja, cukup sertifikat atau harus sesuai RTRW juga?",
        "usulan.lahan",
    ),
    ("lahan desa tanpa sertifikat bs?", "usulan.lahan"),
    ("setahu saya lahan milik pemda sudah otomatis clean and clear, betul?", "usulan.lahan"),
    # usulan.isi
    ("kenapa usulan wajib ada justifikasi panjang, bukankah cukup judul dan biaya?", "usulan.isi"),
    ("data apa saja yg diminta dlm usulan", "usulan.isi"),
    (
        "bukan soal cara kirimnya, saya tanya isi usulannya: komponen data apa yang harus "
        "disiapkan sebelum mulai?",
        "usulan.isi",
    ),
    # usulan.jenis
    ("usulan rumah korban bencana dan usulan RTLH itu jenis yang berbeda ya?", "usulan.jenis"),
    ("pilih jenis kumuh atau psu?", "usulan.jenis"),
    (
        "rehab rumah guru honorer masuk jenis usulan yang mana, atau memang tidak ada jenisnya?",
        "usulan.jenis",
    ),
    # bot.usul
    ("sudah ketik /usul tapi tidak muncul pilihan kecamatan, harus bagaimana?", "bot.usul"),
    ("/usul lampiran pdf max brp", "bot.usul"),
    ("How do I submit a proposal through the bot, step by step?", "bot.usul"),
    # bot.cara_pakai
    ("selain /usul, perintah apa lagi yang bisa saya pakai di bot ini?", "bot.cara_pakai"),
    ("menu bot apa aja", "bot.cara_pakai"),
    ("bot bisa dipakai bahasa Inggris? dan jam di pesan itu zona waktu apa?", "bot.cara_pakai"),
    # siklus.rakor
    (
        "rakor itu forum untuk membahas usulan kami secara teknis, atau sekadar sosialisasi?",
        "siklus.rakor",
    ),
    ("rakor 2026 udh ada tgl?", "siklus.rakor"),
    (
        "katanya rakor selalu bulan november, padahal tahun lalu september? tolong konfirmasi",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    (
        "usulan yang lolos rakor otomatis masuk APBD provinsi atau masih lewat musrenbang?",
        "siklus.rkpd_apbd",
    ),
    ("rkpd -> kua ppas -> apbd urutannya?", "siklus.rkpd_apbd"),
    (
        "setelah disetujui di rakor, kapan kira-kira anggarannya turun dan masuk DPA?",
        "siklus.rkpd_apbd",
    ),
    # siklus.pemeriksaan
    (
        "provinsi menilai usulan kami pakai kriteria apa, administrasi dulu baru teknis?",
        "siklus.pemeriksaan",
    ),
    ("survei lapangan usulan ada?", "siklus.pemeriksaan"),
    ("How does the province screen and rank the proposals it receives?", "siklus.pemeriksaan"),
    # koordinasi.pokja_pkp
    (
        "apa peran Pokja PKP kabupaten dalam sinkronisasi usulan dengan provinsi?",
        "koordinasi.pokja_pkp",
    ),
    ("pokja pkp blm terbentuk, usulan ttp bs?", "koordinasi.pokja_pkp"),
    ("Pokja PKP itu rapatnya berapa kali setahun dan siapa anggotanya?", "koordinasi.pokja_pkp"),
    # istilah.pokjapkp
    ("Pokja PKP itu singkatan dari apa?", "istilah.pokjapkp"),
    ("arti pokja pkp", "istilah.pokjapkp"),
    ("What does Pokja PKP stand for?", "istilah.pokjapkp"),
    # --- glossary: what a term means or stands for ---
    # istilah.rtlh
    ("RTLH itu singkatan apa?", "istilah.rtlh"),
    # istilah.kb
    ("KB di tabel kumuh itu maksudnya apa? bukan keluarga berencana kan?", "istilah.kb"),
    # istilah.delineasi
    ("delineasi artinya apa", "istilah.delineasi"),
    # istilah.bsps
    ("BSPS kepanjangannya apa ya?", "istilah.bsps"),
    # istilah.mbr
    ("What does MBR mean?", "istilah.mbr"),
    # istilah.huntara
    ("huntara itu apa", "istilah.huntara"),
    # istilah.rks
    ("RKS itu dokumen apa, singkatan dari apa?", "istilah.rks"),
    # istilah.kak
    ("KAK sama TOR itu sama saja?", "istilah.kak"),
    # istilah.rc
    ("RC dalam usulan itu maksudnya apa?", "istilah.rc"),
    # istilah.bast
    ("bast singkatan", "istilah.bast"),
    # istilah.bmd
    ("BMD itu apa, beda dengan BMN?", ("istilah.bmd", "istilah.bmn")),
    # istilah.op
    ("O&P itu kepanjangannya apa?", "istilah.op"),
    # istilah.rp2kpkp
    ("RP2KPKP kepanjangan?", "istilah.rp2kpkp"),
    # istilah.kotaku
    ("program KOTAKU itu apa ya? dulu sering dengar", "istilah.kotaku"),
    # istilah.daktematikppkt
    ("DAK Tematik PPKT itu singkatan apa?", "istilah.daktematikppkt"),
    # istilah.bankeu
    ("bankeu itu apa", "istilah.bankeu"),
    # istilah.pokir
    ("pokir itu maksudnya pokok pikiran DPRD ya?", "istilah.pokir"),
    # istilah.kuappas
    ("KUA-PPAS itu kepanjangannya apa?", "istilah.kuappas"),
    # istilah.sipd
    ("What is SIPD?", "istilah.sipd"),
    # istilah.bapperida
    ("bapperida itu badan apa, dulu bappeda?", "istilah.bapperida"),
    # istilah.tps3r
    ("TPS3R arti", "istilah.tps3r"),
    # istilah.spald
    ("SPALD itu singkatan apa?", "istilah.spald"),
    # istilah.skt
    ("SKT itu surat apa, yang terbitkan desa?", "istilah.skt"),
    # istilah.cleanandclear
    ("clean and clear itu artinya apa sih?", "istilah.cleanandclear"),
    # istilah.backlog
    ("backlog perumahan maksudnya apa", "istilah.backlog"),
    # istilah.rusus
    ("rusus itu rumah apa?", "istilah.rusus"),
    # istilah.lapor
    ("LAPOR! itu sistem apa?", "istilah.lapor"),
    # istilah.pokjappas
    (
        "Pokja PPAS kepanjangannya apa, beda dengan Pokja AMPL?",
        ("istilah.pokjappas", "istilah.pokjaampl"),
    ),
]
