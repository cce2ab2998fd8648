"""Training table R1 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Style: the boundary between what the topics answer and what they do not. About 80 pairs on
one subject each: a question a topic answers (the topics list) and a near-domain question no
topic answers, to be handed to the province's staff (the out-of-scope list, in the same
position): a named village's funding, a regency's quota, a person's number, other provinces,
SIPD errors, tenders, civil-service matters, construction specifications; ten off-topic.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R1_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        (
            "Mohon penjelasan singkat, urusan perumahan dan kawasan permukiman itu dibagi "
            "bagaimana antara pusat, provinsi dan kabupaten/kota?"
        ),
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "perumahan rakyat itu masuk urusan wajib pelayanan dasar atau urusan pilihan sih?",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "Kawasan kumuh luasnya 12 ha, itu ditangani kabupaten atau provinsi?",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh
    (
        "kumuh 8 ha itu kewenangan siapa ya?",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh
    (
        ("If a slum area is exactly 10 hectares, is it the province's job or the regency's?"),
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "Kalau luas kumuhnya 20 hektar, siapa yang berwenang menangani?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.kumuh_pusat
    (
        "kumuh pas 15 ha masih prov atau udh pusat?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    (
        "Pencegahan permukiman kumuh itu tugas siapa, bisa minta dibantu provinsi tidak?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "Di sub-urusan perumahan, apa saja yang menjadi kewenangan provinsi?",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "Penyediaan rumah untuk MBR dan pembangunan rusun itu sebenarnya urusan pusat ya?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        (
            "Rumah warga yang rusak karena banjir, siapa yang wajib membangun kembali, "
            "kabupaten atau provinsi?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.bencana_relokasi
    (
        "Who has to provide housing for families relocated by a provincial programme?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "izin pembangunan perumahan & SKBG itu yg terbitkan kab/kota atau prov?",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        ("Sub-urusan kawasan permukiman itu isinya apa saja, dan bagian provinsi yang mana?"),
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "bedanya PSU permukiman sama PSU perumahan apa? yg mana tugas prov?",
        "kewenangan.psu",
    ),
    # kewenangan.psu
    (
        (
            "Di kabupaten kami ada perumahan subsidi yang jalan dan salurannya sudah rusak, "
            "dibangun developer sekitar 2015. Warga minta diperbaiki. Ini masuk PSU yang "
            "ditangani provinsi atau kabupaten?"
        ),
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "PSU yang dibangun Disperkimtan provinsi itu bentuknya apa aja?",
        "psu.lingkup_provinsi",
    ),
    # psu.lingkup_provinsi
    (
        (
            "Kalau jalannya jalan kabupaten di tengah kota, bisa diusulkan ke provinsi "
            "sebagai PSU tidak?"
        ),
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        ("Sertifikasi dan registrasi konsultan perencana rumah dan PSU itu kewenangan siapa?"),
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        "Which minimum service standards for housing fall on the province?",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        (
            "Luas kumuh yang dipakai buat menentukan kewenangan itu luas satu kelurahan atau "
            "luas yang ada di SK?"
        ),
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    (
        "siapa yg netapin lokasi kumuh? gubernur atau bupati?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    (
        "Apa saja aspek yang dinilai untuk menentukan suatu permukiman itu kumuh?",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    (
        "nilai kumuh 65 masuk kategori apa?",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    (
        "Range skor utk kumuh sedang sama kumuh ringan brp ya?",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        ("Kumuh berat di atas lahan ilegal, penanganannya pemugaran atau pemukiman kembali?"),
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    (
        "Ada berapa lokasi kumuh di Kalteng dan total luasnya berapa?",
        "kumuh.kalteng",
    ),
    # kumuh.kalteng
    (
        "Roughly how much slum area does Central Kalimantan have?",
        "kumuh.kalteng",
    ),
    # usulan.isi
    (
        "Usulan kegiatan ke provinsi itu isinya apa saja, dan kenapa harus selengkap itu?",
        "usulan.isi",
    ),
    # usulan.jenis
    (
        "jenis usulan apa saja yg bisa diajukan ke provinsi?",
        "usulan.jenis",
    ),
    # usulan.lokasi
    (
        "Data lokasi yang harus diisi waktu mengusulkan itu apa saja? Titik GPS wajib?",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    (
        ("Di usulan, jumlah KK, jiwa, perkiraan biaya dan sumber dana itu harus diisi semua?"),
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    (
        "Apa saja dokumen kesiapan yang dinilai dari sebuah usulan?",
        "usulan.kesiapan",
    ),
    # usulan.kesiapan
    (
        "For a PSU proposal, what readiness documents does the province expect from us?",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    (
        "lahan utk usulan harus berstatus apa? wajib clean and clear?",
        "usulan.lahan",
    ),
    # usulan.lahan
    (
        ("Kalau lahannya masih milik desa dan belum bersertifikat, usulan PSU tetap bisa masuk?"),
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    (
        (
            "Usulan kumuh wajib melampirkan SK kumuh ya? Kalau SK kami sudah berumur 6 tahun "
            "bagaimana?"
        ),
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    (
        "Dokumen teknis apa saja yg perlu dilampirkan? DED sama RAB wajib?",
        "usulan.dokumen_teknis",
    ),
    # usulan.dokumen_teknis
    (
        "foto kondisi eksisting hrs brp lembar? site plan perlu jg?",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        "Surat pernyataan hibah dan O&P itu apa, dan siapa yang harus menandatanganinya?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    (
        "Syarat usulan RTLH lewat provinsi apa saja? bisa untuk bangun rumah baru?",
        "usulan.rtlh",
    ),
    # usulan.rtlh
    (
        (
            "Kami ada warga miskin di desa, rumahnya sudah reyot tapi tanahnya masih atas "
            "nama orang tuanya dan hanya ada SKT. Apakah bisa diusulkan RTLH ke provinsi, "
            "dan siapa yang menetapkan penerimanya?"
        ),
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "Kalau masyarakat sendiri yang minta jalan lingkungan ke provinsi, syaratnya apa?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        (
            "jalan lingkungan yg dibangun provinsi di tanah kabupaten nanti jadi aset siapa? "
            "siapa yg pelihara?"
        ),
        "hibah.aset",
    ),
    # hibah.aset
    (
        (
            "After the province finishes building drainage on our land, how is it handed "
            "over to us and who maintains it?"
        ),
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        (
            "Kami punya lokasi kumuh 6 ha di pinggir sungai, sudah masuk SK kumuh, tapi APBD "
            "kabupaten kami terbatas sekali tahun ini. Karena di bawah 10 ha bukan "
            "kewenangan provinsi, kira-kira ada sumber dana lain yang bisa kami coba?"
        ),
        "pendanaan.saluran_lain",
    ),
    # pendanaan.saluran_lain
    (
        "selain APBD kab, PSU perumahan bisa dibiayai dari mana aja?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        "Alur usulan dari kabupaten ke provinsi dalam setahun itu bagaimana urutannya?",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    (
        "Usulan yang masuk diperiksa provinsi dari sisi apa saja?",
        "siklus.pemeriksaan",
    ),
    # siklus.pemeriksaan
    (
        "How does the province review a proposal before it goes to the Rakor?",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    (
        ("Rakor bidang kawasan permukiman itu acara apa sih, dan gunanya apa buat kabupaten?"),
        "siklus.rakor",
    ),
    # siklus.rakor
    (
        "rakor itu ngapain aja?",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    (
        "Setelah usulan dibahas di Rakor, langkah berikutnya sampai masuk APBD bagaimana?",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    (
        "Pokja PKP itu fungsinya apa dan apakah kabupaten wajib punya?",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    (
        "Alamat kantor Disperkimtan Provinsi Kalteng di mana?",
        "disperkimtan.kontak",
    ),
    # disperkimtan.kontak
    (
        (
            "Tell me about the provincial housing agency in Palangka Raya: where is it and "
            "what does it handle?"
        ),
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    (
        "bot ini perintahnya apa aja?",
        "bot.cara_pakai",
    ),
    # bot.cara_pakai
    (
        "Jam yang ditampilkan di bot ini pakai WIB atau WITA?",
        "bot.cara_pakai",
    ),
    # bot.usul
    (
        "Gimana cara kirim usulan lewat /usul? Bisa lampirkan PDF juga?",
        "bot.usul",
    ),
    # bot.status
    (
        "Status usulan 'perlu perbaikan' itu artinya apa dan saya harus ngapain?",
        "bot.status",
    ),
    # bot.status
    (
        "bedanya status diajukan sama verifikasi apa?",
        "bot.status",
    ),
    # bot.ditolak_dialihkan
    (
        ("Usulan saya dialihkan ke APBD kab, maksudnya gimana dan selanjutnya saya harus apa?"),
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    (
        "Berapa lama biasanya usulan yang masuk ditindaklanjuti? Ada standarnya?",
        "bot.tindak_lanjut",
    ),
    # bot.rapat
    (
        "Kalau saya diundang rapat lewat bot tapi berhalangan, boleh diwakilkan?",
        "bot.rapat",
    ),
    # istilah.rtlh
    (
        "RTLH itu singkatan apa?",
        "istilah.rtlh",
    ),
    # istilah.bsps
    (
        "BSPS itu program apa ya?",
        "istilah.bsps",
    ),
    # istilah.mbr
    (
        "What does MBR stand for?",
        "istilah.mbr",
    ),
    # istilah.ded
    (
        "DED itu apa sih?",
        "istilah.ded",
    ),
    # istilah.rab
    (
        "RAB kepanjangannya apa?",
        "istilah.rab",
    ),
    # istilah.bast
    (
        "BAST maksudnya apa?",
        "istilah.bast",
    ),
    # istilah.kotaku
    (
        "KOTAKU tu program apa?",
        "istilah.kotaku",
    ),
    # istilah.daktematikppkt
    (
        "Apa yang dimaksud dengan DAK Tematik PPKT?",
        "istilah.daktematikppkt",
    ),
    # istilah.rp2kpkp
    (
        "RP2KPKP singkatan dari apa ya?",
        "istilah.rp2kpkp",
    ),
    # istilah.huntara
    (
        "huntara itu apa?",
        "istilah.huntara",
    ),
    # istilah.skt
    (
        "SKT itu surat apa?",
        "istilah.skt",
    ),
    # istilah.pokir
    (
        "Pokir itu apa sih?",
        "istilah.pokir",
    ),
    # istilah.backlog
    (
        "What does housing backlog mean?",
        "istilah.backlog",
    ),
    # istilah.sipd
    (
        "SIPD itu sistem apa ya?",
        "istilah.sipd",
    ),
    # istilah.rusus
    (
        "rusus itu apa?",
        "istilah.rusus",
    ),
    # istilah.tps3r
    (
        "TPS3R kepanjangannya?",
        "istilah.tps3r",
    ),
]

# The out-of-scope half of each pair, in the same order as the topics above.
TRAIN_R1_OUT_OF_SCOPE: list[str] = [
    # kewenangan.ringkasan
    (
        "Disperkim Provinsi Kaltim tahun ini programnya apa saja ya? Kami rencana studi "
        "banding ke Samarinda bulan depan."
    ),
    # kewenangan.urusan_wajib
    ("berapa persen APBD Kabupaten Katingan tahun ini yg dialokasikan utk urusan wajib perumahan?"),
    # kewenangan.kumuh
    (
        "Kawasan kumuh Baamang Tengah yang 12 ha itu masuk daftar yang dikerjakan provinsi "
        "tahun 2027 atau tidak? Sudah ada kepastian anggarannya?"
    ),
    # kewenangan.kumuh
    "kumuh 8 ha di Desa Pulau Telo kira2 butuh anggaran brp M buat penanganannya?",
    # kewenangan.kumuh
    (
        "Which contractor did the province hire for the slum upgrading in Sampit, and is "
        "their work still under warranty?"
    ),
    # kewenangan.kumuh_pusat
    (
        "Kumuh 20 hektar di Kelurahan Pahandut Seberang apakah sudah masuk daftar prioritas "
        "Kementerian PKP untuk tahun depan?"
    ),
    # kewenangan.kumuh_pusat
    "kumuh yg lebih dr 15 ha di Selat itu udh ada surat balasan dr kementerian blm?",
    # kewenangan.pencegahan_kumuh
    ("Perda pencegahan kumuh Kabupaten Barito Timur itu nomor berapa dan tahun berapa terbitnya?"),
    # kewenangan.perumahan
    "Kabid Perumahan di Disperkimtan sekarang siapa namanya? Boleh minta nomor WA beliau?",
    # kewenangan.perumahan_pusat
    (
        "Pendaftaran calon penghuni rusunawa di Palangka Raya syaratnya apa dan daftarnya ke "
        "kantor mana?"
    ),
    # kewenangan.bencana_relokasi
    (
        "Rumah warga yang rusak karena banjir di Kecamatan Mantangai bulan lalu ada berapa "
        "unit, dan kapan bantuannya cair?"
    ),
    # kewenangan.bencana_relokasi
    (
        "Can you give me the names of the families relocated from Kereng Bangkirai and where "
        "they live now?"
    ),
    # kewenangan.izin
    (
        "izin pembangunan perumahan Griya Menteng Asri di Jekan Raya kok lama bgt keluarnya, "
        "bisa dibantu percepat gak?"
    ),
    # kewenangan.kawasan_permukiman
    (
        "Peta kawasan permukiman Kecamatan Pahandut dalam format shapefile bisa minta "
        "filenya dari provinsi?"
    ),
    # kewenangan.psu
    ("PSU perumahan yg sudah diserahkan developer ke Pemkab Kotim sejak 2022 ada brp perumahan?"),
    # kewenangan.psu
    (
        "Di kabupaten kami ada perumahan subsidi yang jalannya rusak parah dan developernya "
        "sudah tutup. Kami mau menggugat ke pengadilan supaya PSU-nya diserahkan. Pengacara "
        "mana yang biasa menangani kasus seperti ini?"
    ),
    # psu.lingkup_provinsi
    (
        "Jalan lingkungan rabat beton dari provinsi itu tebal betonnya minimal berapa cm dan "
        "mutunya K berapa?"
    ),
    # psu.lingkup_provinsi
    "Jalan kabupaten di Kecamatan Kurun yang rusak itu kapan mau diaspal Dinas PUPR?",
    # kewenangan.sertifikasi
    (
        "Sertifikat keahlian saya sebagai perencana sudah kedaluwarsa, cara perpanjangnya "
        "lewat LPJK online gimana?"
    ),
    # kewenangan.spm
    ("What are the minimum service standards for the health sector, for example at a puskesmas?"),
    # kumuh.luas_delineasi
    (
        "Tolong hitungkan luas delineasi kumuh Kelurahan Mendawai dari peta kami, nanti file "
        "KMZ-nya kami kirim."
    ),
    # kumuh.penetapan
    "SK kumuh Kabupaten Sukamara yang terbaru nomor berapa ya? Arsip kami hilang.",
    # kumuh.aspek
    "Aplikasi survei kumuh di HP kami error pas input aspek drainase, gimana ngatasinnya?",
    # kumuh.penilaian
    "nilai kumuh Kelurahan Ketapang di Sampit hasil survei terakhir berapa?",
    # kumuh.tingkat_sedang_ringan
    "anak saya demam, bedanya demam ringan sama sedang apa? kapan hrs dibawa ke dokter?",
    # kumuh.pola_penanganan
    (
        "Warga bantaran sungai di Pahandut menolak dipindah, apakah pemda boleh membongkar "
        "paksa rumah mereka?"
    ),
    # kumuh.kalteng
    (
        "Daftar nama lengkap 111 lokasi kumuh di Kalteng beserta koordinatnya bisa dikirim "
        "dalam bentuk Excel?"
    ),
    # kumuh.kalteng
    "How much slum area does West Kalimantan have compared to us?",
    # usulan.isi
    (
        "Usulan yg kami antar langsung ke kantor minggu lalu dlm bentuk hardcopy, udh sampai "
        "ke meja Kadis belum?"
    ),
    # usulan.jenis
    (
        "Tahun lalu Kabupaten Barito Utara mengajukan usulan apa saja ke provinsi? Kami mau "
        "lihat contohnya."
    ),
    # usulan.lokasi
    (
        "Lokasi gereja terdekat dari Desa Tumbang Sapiri di mana? Mau ibadah hari Minggu "
        "waktu survei."
    ),
    # usulan.penerima_biaya
    "Harga semen dan pasir di Puruk Cahu sekarang berapa, buat nyusun biaya usulan?",
    # usulan.kesiapan
    (
        "Dokumen kesiapan usulan kami tersimpan di laptop staf yg sudah pindah tugas, bisa "
        "minta salinannya dari provinsi?"
    ),
    # usulan.kesiapan
    (
        "The consultant who prepared our PSU readiness documents never got paid; how do we "
        "settle that contract dispute?"
    ),
    # usulan.lahan
    (
        "Lahan usulan kami ternyata diklaim ahli waris dan sudah digugat ke PN Kuala Kapuas, "
        "bagaimana peluang kami menang?"
    ),
    # usulan.lahan
    "Biaya bikin sertifikat tanah desa di BPN Kasongan berapa dan berapa lama prosesnya?",
    # usulan.sk_kumuh
    (
        "Tolong buatkan draf SK Bupati penetapan lokasi kumuh untuk Kabupaten Gunung Mas, "
        "lengkap dengan lampiran petanya."
    ),
    # usulan.dokumen_teknis
    ("Jasa konsultan yg bisa bikin DED drainase di Pangkalan Bun siapa ya, ada rekomendasi?"),
    # usulan.dokumen_teknis
    "hasil foto rontgen saya ada flek, perlu ke dokter paru atau cukup ke puskesmas?",
    # usulan.surat_pernyataan
    ("Format surat pernyataan hibah dan O&P dalam bentuk Word ada? Tolong kirim file templatenya."),
    # usulan.rtlh
    (
        "Bu Marlina di Desa Sei Asam sudah masuk daftar penerima RTLH provinsi belum? "
        "Rumahnya sudah hampir roboh."
    ),
    # usulan.rtlh
    (
        "Kami ada warga penerima RTLH tahun lalu yang mengeluh bahannya kurang dan tukangnya "
        "kabur sebelum selesai. Warga mau lapor polisi. Kontraktornya CV apa ya, dan "
        "bagaimana menagih sisa pekerjaannya?"
    ),
    # usulan.psu_masyarakat
    (
        "Warga di Kelurahan Menteng mau swadaya bangun jalan lingkungan sendiri, boleh "
        "pinjam molen dan stamper dari provinsi?"
    ),
    # hibah.aset
    (
        "jalan lingkungan yg dibangun provinsi tahun 2023 di Desa Bajarum udh retak2, masih "
        "masa pemeliharaan kontraktor gak?"
    ),
    # hibah.aset
    (
        "Drainase yang dihibahkan provinsi ke kami tahun lalu nilai asetnya berapa rupiah? "
        "Bagian aset minta angkanya untuk dicatat di BMD."
    ),
    # pendanaan.saluran_lain
    (
        "Perusahaan sawit mana saja di Seruyan yang punya dana CSR untuk perumahan, dan "
        "siapa yang bisa kami hubungi di sana?"
    ),
    # pendanaan.saluran_lain
    "pagu DAK Tematik PPKT buat Kabupaten Kapuas tahun 2027 brp?",
    # siklus.tahunan
    "Tahun lalu kabupaten mana yang jadi juara umum Porprov Kalteng?",
    # siklus.pemeriksaan
    (
        "Tim verifikasi provinsi yg turun ke lapangan minggu depan siapa aja namanya? Kami "
        "perlu siapkan penginapan."
    ),
    # siklus.pemeriksaan
    (
        "Does the province reimburse our travel costs when we accompany its verification "
        "team on site?"
    ),
    # siklus.rakor
    (
        "Uang harian SPPD peserta Rakor dari kabupaten itu ditanggung provinsi atau "
        "kabupaten masing-masing?"
    ),
    # siklus.rakor
    "rakor besok di Palangka Raya hujan gak ya? perlu bawa payung?",
    # siklus.rkpd_apbd
    (
        "Setelah Rakor kemarin, usulan jalan lingkungan di Kelurahan Tangkiling sudah pasti "
        "masuk APBD Perubahan tahun ini belum?"
    ),
    # koordinasi.pokja_pkp
    "SK Pokja PKP Kabupaten Barito Selatan tahun ini anggotanya siapa saja?",
    # disperkimtan.kontak
    "Kantor BP3KP Kalimantan I alamatnya di mana dan buka jam berapa?",
    # disperkimtan.kontak
    "What is the direct mobile number of the head of the provincial housing agency?",
    # bot.cara_pakai
    "bot ini bisa rekomendasiin HP murah yg baterainya awet buat kerja lapangan gak?",
    # bot.cara_pakai
    "Jam berapa matahari terbenam di Palangka Raya hari ini? Mau siap-siap buka puasa.",
    # bot.usul
    (
        "Perintah /usul di HP saya jalan, tapi aplikasi e-Planning kabupaten kami error "
        "terus waktu input usulan yang sama. Solusinya apa?"
    ),
    # bot.status
    (
        "Status kepegawaian saya masih PPPK, boleh tidak saya jadi operator yang mengusulkan "
        "dari kabupaten?"
    ),
    # bot.status
    "status Kalteng Putra di klasemen liga sekarang peringkat brp?",
    # bot.ditolak_dialihkan
    (
        "Our proposal was rejected this year as not the province's authority, and now the "
        "Bupati blames me in front of the other heads of office. Can I face a civil-service "
        "disciplinary sanction over this?"
    ),
    # bot.tindak_lanjut
    ("Pengaduan warga soal drainase mampet yg masuk LAPOR! minggu lalu sudah dijawab dinas belum?"),
    # bot.rapat
    (
        "Kalau saya diundang rapat ke Palangka Raya, oleh-oleh khas yang bisa dibeli dekat "
        "Aula Disperkimtan apa ya?"
    ),
    # istilah.rtlh
    "Jumlah RTLH di Kecamatan Dusun Selatan sekarang ada berapa unit?",
    # istilah.bsps
    "kuota BSPS utk Kabupaten Seruyan thn 2026 brp unit?",
    # istilah.mbr
    ("What is this year's income ceiling for an MBR household to get a subsidised mortgage?"),
    # istilah.ded
    "DED kami dikerjakan konsultan, biaya jasanya yg wajar brp persen dari nilai proyek?",
    # istilah.rab
    (
        "Paket drainase provinsi di Kapuas Hilir yang nilai RAB-nya 2 M itu tendernya "
        "dimenangkan CV apa? Sudah diumumkan di LPSE?"
    ),
    # istilah.bast
    (
        "BAST jalan lingkungan di Desa Camba kok belum diteken Bupati, berkasnya nyangkut di "
        "mana sekarang?"
    ),
    # istilah.kotaku
    (
        "Fasilitator KOTAKU yang dulu bertugas di Kuala Kapuas namanya siapa? Kami mau minta "
        "data lamanya."
    ),
    # istilah.daktematikppkt
    "Kenapa Kalteng tidak dapat DAK Tematik PPKT tahun ini padahal Kalsel dapat?",
    # istilah.rp2kpkp
    "Dokumen RP2KPKP Kota Palangka Raya yang sudah final bisa diunduh di mana?",
    # istilah.huntara
    "huntara buat korban kebakaran di Kelurahan Kasongan Baru kapan mulai dibangun?",
    # istilah.skt
    (
        "Kepala desa tidak mau tanda tangan SKT warga karena ada masalah batas tanah dengan "
        "tetangga, kami harus bagaimana?"
    ),
    # istilah.pokir
    "Pokir anggota DPRD dapil Kotim tahun ini isinya apa saja?",
    # istilah.backlog
    "What is the exact housing backlog figure for Barito Utara right now?",
    # istilah.sipd
    "SIPD gak bisa login, muncul pesan 'token expired' terus, gmn ya?",
    # istilah.rusus
    "rusus nelayan di Kumai itu penghuninya siapa saja, ada daftarnya?",
    # istilah.tps3r
    "TPS3R di Kelurahan Kalampangan jam berapa bukanya buat buang sampah?",
]
