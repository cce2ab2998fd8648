"""Round 36 held-out question table for the Sinkron bot.

Written 2026-12-06 (session of round 24 of tuning) by two helpers who had not seen the
knowledge base or any other question table; they read only the topic list (topic ids with
their titles) and the domain briefs (docs/domain.md, the shared DOMAIN.md and
DOMAIN-RESEARCH.md) plus the place-name list. Part A wrote the topic questions on the
non-glossary topics; part B the glossary questions, the intents, the slum areas and the
out-of-scope questions.

Style emphasis of this round: search-box keyword queries with no question word; frustrated,
impatient or sarcastic officers; instructions from a superior or for a report ("sebutkan",
"rangkumkan", "jelaskan ke saya"); a bimtek trainer or quiz maker ("soal pre-test", "benar
atau salah"); officers of transmigrant families mixing in Sundanese, Madurese, Bugis or
Balinese words; lowercase run-ons, ALL CAPS and numbered background facts before one
question; terse liaison English with Indonesian acronyms and word-for-word translated English.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

from __future__ import annotations

# Held-out question table, round 36, part A (topics): 3 questions per non-glossary topic,
# 4 for topics easily confused with a neighbour.

PART_A_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    ("pembagian kewenangan perkim pusat provinsi kabupaten ringkas", "kewenangan.ringkasan"),
    (
        "Tolong rangkumkan dalam satu tabel: urusan perumahan dan kawasan permukiman itu mana "
        "bagian pusat, mana provinsi, mana kab/kota. Untuk paparan ke Pak Sekda Barsel besok "
        "pagi.",
        "kewenangan.ringkasan",
    ),
    (
        "Need overview: division of PKP affairs between central, provinsi and kab/kota under UU "
        "23/2014 annex D. Short please.",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "perumahan rakyat urusan wajib pelayanan dasar pasal 12 uu 23 2014",
        "kewenangan.urusan_wajib",
    ),
    (
        "Benar atau salah: perumahan dan kawasan permukiman termasuk urusan pilihan, jadi "
        "daerah boleh saja tidak menganggarkannya.",
        "kewenangan.urusan_wajib",
    ),
    (
        "anggota dewan di kuala kurun bilang urusan perkim itu cuma urusan pilihan jadi "
        "anggarannya bisa dipangkas duluan masa sih bener gitu",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    ("batas luas kawasan kumuh kab prov pusat 10 ha 15 ha", "kewenangan.kumuh"),
    (
        "Punten, saya teh masih bingung atuh, kumuh yang luasnya pas 10 ha itu masuk kabupaten "
        "atau provinsi? kalau 14,9 ha gimana euy?",
        "kewenangan.kumuh",
    ),
    (
        "Buat soal pre-test bimtek: sebutkan pembagian kewenangan penanganan kawasan kumuh "
        "berdasarkan luasnya menurut UU 23/2014.",
        "kewenangan.kumuh",
    ),
    (
        "KENAPA KUMUH DI KAPUAS ADA YANG DITANGANI KABUPATEN ADA YANG DITANGANI PROVINSI, DASAR "
        "PEMBAGIANNYA APA??",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    ("kumuh diatas 15 hektar kewenangan pemerintah pusat dasar hukum", "kewenangan.kumuh_pusat"),
    (
        "Udah dua tahun kami usulkan kawasan kumuh Selat Hulu yang luasnya ratusan hektar ke "
        "provinsi, mentok terus. Jadi yang gede-gede gitu sebenernya urusan siapa sih?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "If the slum area is more than 15 hectare, who is the authority for handle it, province "
        "or central?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Tabe' pak, kumuh yang 20 hektar lebih itu memang bukan urusan provinsi di'? pusat yang "
        "pegang kah?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    ("pencegahan permukiman kumuh kewenangan kabupaten kota", "kewenangan.pencegahan_kumuh"),
    (
        "Jelaskan ke saya kenapa provinsi tidak bisa membiayai kegiatan pencegahan kumuh di "
        "Baamang, padahal mencegah kan lebih murah daripada menangani.",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Om Swastiastu, tiang mau tanya nggih, kegiatan supaya tidak tumbuh kumuh baru di "
        "Sematu Jaya itu cukup tugas kabupaten atau provinsi juga ikut?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    ("sub urusan perumahan kewenangan provinsi vs kabupaten", "kewenangan.perumahan"),
    (
        "Kalau peserta bimtek tanya: di sub-urusan perumahan, apa saja yang jadi tugas provinsi "
        "dan apa yang tugas kabupaten/kota, jawabnya apa?",
        "kewenangan.perumahan",
    ),
    (
        "kadis minta saya cek di sub urusan perumahan itu provinsi pegang apa aja kabupaten "
        "pegang apa aja soalnya mau nyusun renja minggu ini",
        "kewenangan.perumahan",
    ),
    (
        "SUB URUSAN PERUMAHAN ITU PROVINSI CUMA PEGANG RUMAH KORBAN BENCANA DAN RELOKASI "
        "PROVINSI YA? KABUPATEN KEBAGIAN APA SAJA?",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    ("penyediaan rumah mbr rusun kewenangan pusat", "kewenangan.perumahan_pusat"),
    (
        "Warga di Kasongan terus nanya kapan ada rusun buat honorer dan buruh. Ribet amat, jadi "
        "intinya rusun sama rumah MBR itu bisa diusulkan ke provinsi nggak sih?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Re MBR housing and rusun: provincial mandate or central (Kementerian PKP)? Same "
        "question for housing finance scheme.",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Kang, rumah buat MBR sama sistem pembiayaan perumahannya mah urusan pusat ya? provinsi "
        "teh nggak bisa bantu atuh?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    ("rumah korban banjir kewenangan provinsi atau kabupaten", "kewenangan.bencana_relokasi"),
    (
        "1. Banjir besar di Kecamatan Mentaya Hulu bulan lalu. 2. Status bencananya ditetapkan "
        "Bupati. 3. Ada 40 rumah rusak berat. Pembangunan kembali rumahnya tanggung jawab siapa?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Families relocated because of provincial project, who provide their replacement house, "
        "province or kabupaten?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Ngapunten pak, warga di Telawang bede yang kena relokasi karena program kabupaten, "
        "rumah gantinya itu yang nanggung kabupaten atau provinsi? ndak jelas kami.",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    ("penerbitan izin pengembangan perumahan skbg kab kota", "kewenangan.izin"),
    (
        "Developer di Jekan Raya ngotot izin perumahannya harus dari provinsi biar 'lebih "
        "kuat'. Masa gitu aja gak ada aturannya siapa yang berwenang?",
        "kewenangan.izin",
    ),
    (
        "Sebutkan izin-izin di bidang perumahan dan kawasan permukiman yang diterbitkan "
        "kabupaten/kota, termasuk soal sertifikat kepemilikan bangunan gedung.",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "sub urusan kawasan permukiman pembagian pusat provinsi kabkota",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Rangkumkan isi sub-urusan kawasan permukiman di lampiran UU 23/2014, pisahkan per "
        "tingkat pemerintahan.",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Tabe', di sub urusan kawasan permukiman itu provinsi kerjanya apa saja selain kumuh "
        "10-15 ha? penetapan sistem kawasan permukiman itu siapa punya?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    ("psu permukiman vs psu perumahan provinsi kabupaten", "kewenangan.psu"),
    (
        "Dinas PU bilang jalan di perumahan subsidi itu tanggung jawab provinsi, provinsi "
        "bilang bukan. Capek dilempar-lempar. Sebenernya PSU perumahan itu punya siapa?",
        "kewenangan.psu",
    ),
    (
        "Benar atau salah: penyelenggaraan PSU di kompleks perumahan yang dibangun pengembang "
        "adalah kewenangan provinsi.",
        "kewenangan.psu",
    ),
    (
        "Tabe' pak, PSU di kawasan permukiman sama PSU di perumahan developer itu beda "
        "kewenangannya di'? yang mana bagian provinsi?",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    ("jenis psu yang dibangun disperkimtan jalan lingkungan drainase", "psu.lingkup_provinsi"),
    (
        "kami mau usul perbaikan jalan poros kabupaten yang rusak di pangkalan banteng sekalian "
        "drainase di pinggirnya bisa masuk psu provinsi gak",
        "psu.lingkup_provinsi",
    ),
    (
        "Kirimkan poin-poin jenis PSU yang bisa dikerjakan Disperkimtan provinsi dan pekerjaan "
        "apa saja yang tidak termasuk.",
        "psu.lingkup_provinsi",
    ),
    (
        "Punten, PSU provinsi teh bisa buat permukiman di perdesaan juga atau cuma perkotaan "
        "wae? misal di Desa Talio, Pandih Batu.",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "sertifikasi registrasi perancang rumah psu tingkat kemampuan kecil menengah besar",
        "kewenangan.sertifikasi",
    ),
    (
        "Konsultan perencana lokal nanya terus soal registrasi tenaga perancang rumah dan PSU. "
        "Kami juga gak ngerti, itu sebenernya wewenang siapa sih?",
        "kewenangan.sertifikasi",
    ),
    (
        "Who certifies the consultants for house design and PSU planning? Kab, province or "
        "central, does it depend on capability level?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    ("spm perumahan rakyat provinsi target 100 persen", "kewenangan.spm"),
    (
        "Tolong jelaskan singkat jenis pelayanan dasar SPM perumahan rakyat yang menjadi "
        "tanggungan provinsi beserta dasar hukumnya, untuk laporan penerapan SPM.",
        "kewenangan.spm",
    ),
    (
        "Buat soal pilihan ganda: berapa target capaian SPM perumahan rakyat untuk penyediaan "
        "rumah layak huni bagi korban bencana provinsi?",
        "kewenangan.spm",
    ),
    (
        "Tiang diminta isi laporan SPM perumahan kabupaten nggih, indikatornya apa saja dan "
        "bedanya dengan SPM provinsi?",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    ("luas kumuh dihitung per delineasi sk atau luas desa", "kumuh.luas_delineasi"),
    (
        "1. Kelurahan Baamang Tengah luasnya ratusan hektar. 2. Yang masuk SK kumuh cuma "
        "sebagian. 3. Provinsi pakai batas 10-15 ha. Luas mana yang dipakai untuk kewenangan?",
        "kumuh.luas_delineasi",
    ),
    (
        "For the 10-15 ha rule, which area is measured: whole kelurahan or the delineated slum "
        "polygon in the SK?",
        "kumuh.luas_delineasi",
    ),
    (
        "Pak, luas kumuh yang dipakai itu luas kawasan di peta SK atau luas desanya? di Kumai "
        "Hilir bede dua versi angka, ndak sama.",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    ("sk penetapan lokasi kumuh ditetapkan bupati peninjauan 5 tahun", "kumuh.penetapan"),
    (
        "Udah tiga kali nanya ke bagian hukum gak dijawab. Sebenernya yang berhak ngeluarin SK "
        "lokasi kumuh itu bupati, gubernur, atau kementerian?",
        "kumuh.penetapan",
    ),
    (
        "Soal post-test: penetapan lokasi perumahan dan permukiman kumuh dilakukan oleh siapa, "
        "dilengkapi apa saja, dan berapa tahun sekali harus ditinjau ulang?",
        "kumuh.penetapan",
    ),
    (
        "SK kumuh of Kota Palangka Raya is from 2018. It must be revised or not? Who issue it, "
        "mayor or governor?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    ("7 aspek kriteria kumuh permen pupr 14 2018", "kumuh.aspek"),
    (
        "Sebutkan tujuh aspek penilaian kekumuhan beserta contoh kriterianya, buat bahan survei "
        "di Kelurahan Pahandut Seberang.",
        "kumuh.aspek",
    ),
    (
        "APA SAJA ASPEK YANG DINILAI UNTUK MENENTUKAN KAWASAN ITU KUMUH ATAU TIDAK? PROTEKSI "
        "KEBAKARAN IKUT DINILAI?",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    ("skor kumuh berat minimal nilai maksimal 80", "kumuh.penilaian"),
    (
        "Benar atau salah: lokasi dengan total nilai kekumuhan 62 termasuk kumuh berat.",
        "kumuh.penilaian",
    ),
    (
        "tim survei kami di mentawa baru ketapang bingung ngasih nilai tiap kriteria 0 1 3 5 "
        "itu berdasarkan apa terus totalnya maksimal berapa",
        "kumuh.penilaian",
    ),
    (
        "How is slum score computed, 0/1/3/5 per criterion? What is the threshold for kumuh berat?",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    ("rentang nilai kumuh sedang kumuh ringan", "kumuh.tingkat_sedang_ringan"),
    (
        "Punten, skor 40 teh kumuh sedang atau ringan euy? batasnya berapa sih?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Aplikasi lama bilang 45 itu ringan, konsultan bilang sedang. Ribet amat, jadi batas "
        "kumuh sedang sama ringan itu berapa sebenernya?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Tuliskan rentang skor kumuh ringan dan kumuh sedang, sekalian batas nilai yang "
        "dianggap tidak kumuh.",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    ("pemugaran peremajaan pemukiman kembali bedanya", "kumuh.pola_penanganan"),
    (
        "Tabe' pak, kumuh di bantaran Sungai Mentaya yang lahannya ilegal itu cocoknya dipugar "
        "atau dipindah ki'?",
        "kumuh.pola_penanganan",
    ),
    (
        "Which handling pattern applies for kumuh sedang on legal land, pemugaran or peremajaan?",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    ("jumlah lokasi kumuh kalteng total hektar", "kumuh.kalteng"),
    (
        "Kirimkan data ringkas jumlah kawasan kumuh se-Kalimantan Tengah dan kabupaten mana "
        "yang paling banyak, untuk pengantar paparan.",
        "kumuh.kalteng",
    ),
    ("BERAPA TOTAL LUAS KAWASAN KUMUH SE KALTENG MENURUT DATA DISPERKIMTAN?", "kumuh.kalteng"),
    # usulan.isi
    ("isi usulan kegiatan perkim ke provinsi", "usulan.isi"),
    (
        "Form usulannya panjang banget, nanya KK, jiwa, koordinat, status lahan segala. Buat "
        "apa sih semua itu?",
        "usulan.isi",
    ),
    (
        "Jelaskan secara garis besar apa saja yang harus dimuat dalam satu usulan kegiatan ke "
        "Disperkimtan dan kenapa tiap bagian itu diminta.",
        "usulan.isi",
    ),
    # usulan.jenis
    ("jenis usulan kumuh psu rumah rtlh lainnya", "usulan.jenis"),
    (
        "Pak, usulan ke provinsi itu bisa jenis apa aja? Engkok mau usul bantuan MCK komunal, "
        "masuk kategori mana, lainnya kah?",
        "usulan.jenis",
    ),
    (
        "Kalau peserta tanya: kategori usulan apa saja yang bisa dipilih saat mengajukan ke "
        "provinsi, jawabnya apa?",
        "usulan.jenis",
    ),
    # usulan.lokasi
    ("data lokasi usulan kecamatan desa koordinat gps", "usulan.lokasi"),
    (
        "lokasi usulan kami di dusun kecil dalam desa pulau telo kecamatan selat nama dusunnya "
        "ga ada di daftar terus diisi gimana",
        "usulan.lokasi",
    ),
    (
        "For location of usulan what fields are needed? GPS mandatory or optional? "
        "Perkotaan/perdesaan also?",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    ("jumlah kk jiwa penerima manfaat sumber dana usulan", "usulan.penerima_biaya"),
    (
        "1. Usulan jaling di Desa Basarang Jaya. 2. Penerima manfaat 85 KK, 310 jiwa. 3. Biaya "
        "sekitar 1,2 M. Sumber dananya diisi apa kalau mau patungan APBD kabupaten dan provinsi?",
        "usulan.penerima_biaya",
    ),
    (
        "Tiang mau tanya nggih, biaya usulan itu cukup perkiraan kasar atau harus persis? terus "
        "penerima manfaat dihitung pakai KK atau jiwa?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    ("readiness criteria usulan psu provinsi dokumen", "usulan.kesiapan"),
    (
        "Susun checklist kesiapan usulan PSU yang harus kami lengkapi sebelum dikirim ke provinsi.",
        "usulan.kesiapan",
    ),
    (
        "Tahun lalu usulan kami dikembalikan katanya 'belum siap'. Siap itu maksudnya gimana "
        "sih, apa saja yang bikin usulan dianggap siap?",
        "usulan.kesiapan",
    ),
    (
        "What are the RC (readiness criteria) for a provincial PSU proposal? We only have RAB now.",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    ("status lahan clean and clear syarat usulan", "usulan.lahan"),
    (
        "Lahan buat drainase teh masih tanah warga, belum dihibahkan ke desa. Masih bisa "
        "diusulkan atuh? clean and clear itu maksudnya gimana?",
        "usulan.lahan",
    ),
    (
        "Lahannya sudah SKT, sudah sesuai RTRW, cuma ada klaim satu ahli waris. Masa gara-gara "
        "itu aja dianggap tidak clean and clear?",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    ("nomor tanggal sk kumuh wajib di usulan kumuh", "usulan.sk_kumuh"),
    (
        "usulan kumuh kami di selat dalam pakai sk kumuh tahun 2019 masih bisa dipakai atau "
        "harus nunggu sk baru dulu",
        "usulan.sk_kumuh",
    ),
    (
        "Our slum location is not listed in the SK kumuh yet. Can we still submit usulan kumuh "
        "to province?",
        "usulan.sk_kumuh",
    ),
    (
        "Jelaskan ke saya kenapa usulan penanganan kumuh wajib mencantumkan SK kumuh, dan data "
        "SK apa saja yang diminta.",
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    ("ded rab rks site plan foto usulan psu", "usulan.dokumen_teknis"),
    (
        "Tabe', foto kondisi eksisting itu berapa lembar ki' yang diminta? DED harus sudah jadi "
        "atau cukup gambar sederhana?",
        "usulan.dokumen_teknis",
    ),
    (
        "Benar atau salah: dokumen teknis usulan cukup RAB saja, DED dan site plan boleh "
        "menyusul setelah disetujui.",
        "usulan.dokumen_teknis",
    ),
    (
        "DED SAMA RKS ITU WAJIB DILAMPIRKAN DI USULAN ATAU BOLEH MENYUSUL? KAMI DI KATINGAN "
        "BELUM ADA ANGGARAN PERENCANAAN",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    ("surat pernyataan kesediaan menerima hibah dan o&p", "usulan.surat_pernyataan"),
    (
        "Tolong jelaskan singkat isi surat pernyataan kesanggupan menerima hibah dan melakukan "
        "operasi serta pemeliharaan, dan siapa yang menandatanganinya.",
        "usulan.surat_pernyataan",
    ),
    (
        "Provinsi minta surat pernyataan O&P segala, padahal bangunannya aja belum ada. "
        "Emangnya wajib banget?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    ("syarat rtlh provinsi skt sk gubernur", "usulan.rtlh"),
    (
        "Pak, warga engkok di Desa Sumber Agung mau bangun rumah baru di tanah kosong punya "
        "keluarga, bisa masuk bantuan RTLH provinsi ndak?",
        "usulan.rtlh",
    ),
    (
        "RTLH through province: what requirements for beneficiaries? Land must be own with SKT?",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "usulan jalan lingkungan dari masyarakat diketahui rt rw lurah camat",
        "usulan.psu_masyarakat",
    ),
    (
        "warga rt 05 di kelurahan menteng mau minta drainase langsung ke provinsi tanpa lewat "
        "dinas boleh gak syaratnya apa",
        "usulan.psu_masyarakat",
    ),
    (
        "Kalau peserta dari kelurahan tanya: warga bisa mengajukan sendiri permintaan jalan "
        "lingkungan ke provinsi atau tidak, dan apa syaratnya?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    ("hibah aset psu provinsi ke kabupaten bast", "hibah.aset"),
    (
        "Jalan lingkungan yang dibangun provinsi di Tamiang Layang sudah rusak, warga protes ke "
        "kami. Lah itu kan aset provinsi, kok kami yang disuruh perbaiki?",
        "hibah.aset",
    ),
    (
        "After province build jaling on kabupaten land, who own the asset and who do the "
        "maintenance? Is there BAST signing?",
        "hibah.aset",
    ),
    (
        "Uraikan alur serah terima aset hasil pembangunan provinsi ke pemkab, termasuk siapa "
        "yang menandatangani naskah hibah dan BAST-nya.",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    ("sumber dana kumuh dibawah 10 ha selain apbd provinsi", "pendanaan.saluran_lain"),
    (
        "Oke oke, kumuh kami bukan kewenangan provinsi. Terus kami harus cari duit kemana dong? "
        "Ada saluran lain nggak?",
        "pendanaan.saluran_lain",
    ),
    (
        "Nggih pak, kalau PSU perumahan bukan wewenang provinsi, tiang bisa ajukan lewat dana "
        "apa saja? DAK, CSR, APBDes bisa nggih?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    ("alur usulan tahunan provinsi tahun anggaran berikutnya", "siklus.tahunan"),
    (
        "Sebutkan tahapan siklus usulan kegiatan dalam setahun, dari kabupaten menyiapkan "
        "usulan sampai asetnya diserahkan.",
        "siklus.tahunan",
    ),
    (
        "Please explain the annual cycle: if we propose this year, it is for which budget year?",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    ("verifikasi administrasi teknis kewenangan usulan provinsi", "siklus.pemeriksaan"),
    (
        "usulan kami dari sukamara sudah masuk terus provinsi ngecek apa aja sih administrasi "
        "doang atau turun lapangan juga",
        "siklus.pemeriksaan",
    ),
    (
        "Punten, provinsi teh meriksa usulan dari kabupaten teh kumaha caranya? ada cek "
        "lapangan juga atuh?",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    ("rakor sinkronisasi bidang kawasan permukiman se kalteng tujuan peserta", "siklus.rakor"),
    (
        "Tiap tahun diundang Rakor, tiap tahun datang jauh-jauh dari Puruk Cahu. Sebenernya apa "
        "sih gunanya Rakor itu buat usulan kami?",
        "siklus.rakor",
    ),
    (
        "Buat soal pre-test: Rakor bidang kawasan permukiman se-Kalteng diselenggarakan untuk "
        "tujuan apa dan siapa saja pesertanya?",
        "siklus.rakor",
    ),
    (
        "What happens in the Rakor Bidang Kawasan Permukiman? Proposals reviewed there before "
        "Musrenbang?",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    ("usulan setelah rakor masuk musrenbang rkpd apbd", "siklus.rkpd_apbd"),
    (
        "usulan kami sudah disetujui di rakor kok belum pasti dapat anggaran prosesnya masih "
        "lewat mana lagi",
        "siklus.rkpd_apbd",
    ),
    (
        "Jelaskan ke saya hubungan antara hasil Rakor, Musrenbang provinsi, RKPD dan APBD, "
        "singkat saja.",
        "siklus.rkpd_apbd",
    ),
    (
        "Tabe' pak, kalau usulan sudah disetujui, kapan masuk RKPD ki'? terus APBD-nya tahun "
        "berapa?",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    ("pokja pkp dasar hukum permen pupr 12 2020 fungsi", "koordinasi.pokja_pkp"),
    (
        "Does each kabupaten need a Pokja PKP? What is its role and legal basis?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Sekda Bartim minta dibentuk Pokja PKP, padahal udah ada Pokja AMPL. Ngapain sih Pokja "
        "PKP itu sebenernya?",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    ("alamat kantor disperkimtan kalteng", "disperkimtan.kontak"),
    (
        "Pak, kantor Disperkimtan provinsi itu bede di jalan apa? engkok mau antar berkas "
        "langsung dari Kuala Pembuang.",
        "disperkimtan.kontak",
    ),
    (
        "Contact of Disperkimtan Provinsi Kalteng: office address and website?",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    ("perintah bot sinkron zona waktu wib", "bot.cara_pakai"),
    (
        "saya baru diaktifkan di bot ini perintahnya apa aja terus jam yang ditampilkan itu wib "
        "atau wita",
        "bot.cara_pakai",
    ),
    (
        "Kirimkan daftar perintah Sinkron yang bisa dipakai petugas kabupaten beserta fungsinya.",
        "bot.cara_pakai",
    ),
    # bot.usul
    ("/usul isi formulir foto maksimal", "bot.usul"),
    (
        "Lagi ngisi /usul sinyal di Kuala Kurun putus-putus, isiannya hilang gak? harus ulang "
        "dari awal lagi?",
        "bot.usul",
    ),
    ("Using /usul, can I attach PDF of DED and RAB, and how many photos allowed?", "bot.usul"),
    # bot.status
    ("arti status usulan verifikasi dibahas rakor perlu perbaikan", "bot.status"),
    (
        "Benar atau salah: usulan berstatus 'dibahas di Rakor' berarti sudah pasti disetujui.",
        "bot.status",
    ),
    (
        "Status 'perlu perbaikan' teh artinya usulan ditolak atau masih bisa diperbaiki euy?",
        "bot.status",
    ),
    (
        "tulisan verifikasi di usulan itu maksudnya lagi diapain sama provinsi terus tahap "
        "sesudahnya apa",
        "bot.status",
    ),
    # bot.ditolak_dialihkan
    ("usulan ditolak bukan kewenangan provinsi langkah selanjutnya", "bot.ditolak_dialihkan"),
    (
        "Usulan kami dialihkan ke APBD kabupaten. Lah terus? Dilempar balik gitu aja? Apa yang "
        "mesti kami lakukan sekarang?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Tiang dapat pemberitahuan usulan ditolak, bisa diajukan ulang nggih atau sudah final?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Jelaskan alasan-alasan umum usulan ditolak atau dialihkan oleh provinsi dan apa yang "
        "sebaiknya dilakukan kabupaten sesudahnya.",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    ("standar waktu tindak lanjut usulan 3 hari kerja lapor", "bot.tindak_lanjut"),
    (
        "Usulan udah seminggu nggak disentuh admin. Ada standarnya gak sih berapa lama harus "
        "ditanggapi?",
        "bot.tindak_lanjut",
    ),
    (
        "Is there service standard like LAPOR! for how fast province verify our usulan?",
        "bot.tindak_lanjut",
    ),
    # bot.rapat
    ("undangan rapat sinkron konfirmasi hadir perwakilan pengingat", "bot.rapat"),
    (
        "Pak, engkok ndak bisa hadir rapat, bisa diwakilkan staf ndak? konfirmasinya di bot "
        "gimana?",
        "bot.rapat",
    ),
    (
        "pengingat rapat di bot ini dikirim kapan aja h-7 h-1 gitu terus bisa diatur sendiri nggak",
        "bot.rapat",
    ),
]

# Held-out question table, round 36, part B: glossary, intents, areas, out of scope.
# Styles: search-box keywords, frustrated officers, imperative report requests, bimtek/quiz
# makers, transmigrant-family particles, lowercase run-ons / ALL CAPS / numbered lists, English.

PART_B_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # --- glossary: search-engine keyword queries ---
    ("arti delineasi kumuh", "istilah.delineasi"),
    ("kepanjangan bsps perumahan swadaya", "istilah.bsps"),
    ("singkatan rks dokumen lelang", "istilah.rks"),
    ("rp2kpkp singkatan dari", "istilah.rp2kpkp"),
    ("tps3r artinya", "istilah.tps3r"),
    ("pengertian backlock perumahan", "istilah.backlog"),
    ("kepanjangan kua ppas", "istilah.kuappas"),
    ("definisi mbr masyarakat", "istilah.mbr"),
    ("spald adalah", "istilah.spald"),
    ("perkim singkatan", "istilah.perkim"),
    ("drainase lingkungan pengertian istilah", "istilah.drainase"),
    ("rpjmd kepanjangan", "istilah.rpjmd"),
    ("arti rka anggaran perangkat daerah", "istilah.rka"),
    ("delinasi peta kumuh maksud", "istilah.delineasi"),
    ("musrenbag kepanjangan", "istilah.musrenbang"),
    ("huntara huntap arti", ("istilah.huntara", "istilah.huntap")),
    # --- glossary: frustrated, impatient or sarcastic ---
    (
        (
            "dari tadi rapat semua orang ngomong RC RC terus, saya gak enak nanya, "
            "RC itu apa sih sebenernya"
        ),
        "istilah.rc",
    ),
    ("ribet amat singkatannya, SKBG itu kepanjangannya apa", "istilah.skbg"),
    ("masa orang perkim sendiri gak tau, jaling itu singkatan apa sih", "istilah.jaling"),
    (
        "udah dua kali nanya ke bidang gak ada yg jawab, BAST itu kepanjangannya apa",
        "istilah.bast",
    ),
    (
        (
            "capek deh tiap surat beda nama kantornya, Bapperida itu kepanjangannya apa, "
            "kok ada riset inovasinya"
        ),
        "istilah.bapperida",
    ),
    (
        (
            "kok aset jalan dari kementerian disebut BMN, bukan aset kita, "
            "BMN itu barang milik apa sih"
        ),
        "istilah.bmn",
    ),
    (
        (
            "tiap tahun disuruh input tapi gak pernah ada yang jelasin, SIPD itu "
            "sebenernya singkatan apa"
        ),
        "istilah.sipd",
    ),
    ("ya ampun, skpd sama opd itu beda gak sih? skpd itu singkatan apa", "istilah.skpd"),
    (
        "pusing, di berita acara tertulis BMD, itu maksudnya barang apa",
        "istilah.bmd",
    ),
    # --- glossary: instructions from a superior or for a report ---
    ("tolong jelaskan singkat kepanjangan SPM yang muncul di laporan kinerja", "istilah.spm"),
    ("sebutkan kepanjangan RP3KP", "istilah.rp3kp"),
    ("jelaskan ke saya arti O&P yang tertulis di surat pernyataan itu", "istilah.op"),
    ("rangkumkan arti singkatan RKPD, cukup satu kalimat", "istilah.rkpd"),
    ("kirimkan pengertian KAK untuk lampiran nota dinas", "istilah.kak"),
    ("tolong definisikan rusus buat glosarium laporan tahunan", "istilah.rusus"),
    ("sebutkan kepanjangan Pokja PPAS lengkap", "istilah.pokjappas"),
    (
        "tolong jelaskan kata hibah di naskah serah terima itu artinya apa persisnya",
        "istilah.hibah",
    ),
    ("jelaskan singkat Pokja PKP itu kelompok kerja apa", "istilah.pokjapkp"),
    ("tuliskan kepanjangan DPA untuk catatan rapat pimpinan", "istilah.dpa"),
    # --- glossary: bimtek trainer or quiz maker ---
    ("buat soal pre-test: kepanjangan DED adalah ...", "istilah.ded"),
    ("benar atau salah: RLH artinya Rumah Layak Huni", "istilah.rlh"),
    (
        "kalau peserta bimtek tanya KOTAKU itu singkatan apa, jawabnya apa?",
        "istilah.kotaku",
    ),
    ("soal pilihan ganda: DAK merupakan singkatan dari ...", "istilah.dak"),
    ("benar atau salah: KB di tabel kumuh berarti keluarga berencana", "istilah.kb"),
    ("buat kuis buat warga: MCK itu kepanjangannya apa", "istilah.mck"),
    (
        "peserta pelatihan bingung RTRW vs RDTR, kalau RDTR itu kepanjangannya apa",
        "istilah.rdtr",
    ),
    (
        "untuk materi bimtek: lahan yang disebut clean and clear itu definisinya apa",
        "istilah.cleanandclear",
    ),
    ("benar atau salah: Renstra adalah rencana lima tahunan perangkat daerah", "istilah.renstra"),
    ("soal isian singkat: APBD = ...", "istilah.apbd"),
    # --- glossary: transmigrant-family particles ---
    ("punten, ari RTLH teh naon kepanjangannana?", "istilah.rtlh"),
    ("bede nanya, ipal tuh apa ye artinya", "istilah.ipal"),
    ("tabe' pak, SKT itu surat apa di?", "istilah.skt"),
    ("om swastiastu, Renja nika napi artinyane nggih?", "istilah.renja"),
    ("atuh bingung euy, APBDes teh singkatan naon", "istilah.apbdes"),
    ("ndak ngerti aku, pokir itu apa se", "istilah.pokir"),
    ("tabe, kalau SLF itu kepanjangannya apa di'", "istilah.slf"),
    (
        "iye pak, SPAM di dokumen air minum itu bukan spam email kan, apa artinya",
        "istilah.spam",
    ),
    ("nggih pak, ten ngerti tiang, bankeu provinsi nika napi?", "istilah.bankeu"),
    # --- glossary: lowercase run-ons, ALL CAPS, numbered background facts ---
    (
        (
            "saya baru dimutasi dari dinas pendidikan ke perkim jadi banyak istilah asing "
            "salah satunya pkp itu singkatan apa ya"
        ),
        "istilah.pkp",
    ),
    ("APA ITU BEDAH RUMAH, ISTILAH RESMINYA APA", "istilah.bedahrumah"),
    (
        (
            "1. saya staf baru di Kotim. 2. dapat disposisi soal DAK Tematik PPKT. "
            "3. belum pernah dengar. PPKT itu kepanjangannya apa?"
        ),
        "istilah.daktematikppkt",
    ),
    ("KEPANJANGAN OPD APA YA MIN", "istilah.opd"),
    (
        (
            "di undangan tertulis rakor bidang kawasan permukiman rakor itu singkatan "
            "rapat apa lengkapnya"
        ),
        "istilah.rakor",
    ),
    ("RUSUNAWA SAMA RUSUN BIASA BEDANYA APA, RUSUNAWA ITU APA", "istilah.rusunawa"),
    (
        (
            "1) lokasi kami di Kel. Baamang Tengah 2) di SK tertulis KS 3) pimpinan tanya "
            "artinya. KS itu singkatan apa?"
        ),
        "istilah.ks",
    ),
    ("kr di tabel baseline kumuh maksudnya apa", "istilah.kr"),
    (
        (
            "pbg yang gantiin imb itu singkatan apa kok namanya ganti ganti terus "
            "bikin bingung warga"
        ),
        "istilah.pbg",
    ),
    # --- glossary: English (liaison shorthand or word-for-word translation) ---
    ("PSU - full expansion please, needed for the aide-memoire", "istilah.psu"),
    ("what is APBN exactly, the state budget?", "istilah.apbn"),
    ("what is meant by RAB in the readiness checklist", "istilah.rab"),
    ("site plan = rencana tapak? confirm the meaning", "istilah.siteplan"),
    ("Pokja AMPL full name pls", "istilah.pokjaampl"),
    ("what means KK in the column of beneficiary?", "istilah.kk"),
    ("WIB stands for which time zone", "istilah.wib"),
    ("CSR in the funding options, that is corporate social responsibility?", "istilah.csr"),
    ("LAPOR! with the exclamation mark, what system is that?", "istilah.lapor"),
]

PART_B_INTENTS: list[tuple[str, str]] = [
    # --- intent: status of the officer's own proposals ---
    ("status usulan kami USL-2026-0007 sampai mana sekarang", "status"),
    (
        "usulan jaling Kasongan yg kami kirim bulan lalu kok sepi aja, udah diperiksa belum sih",
        "status",
    ),
    ("perkembangan usulan barsel tahun ini", "status"),
    ("punten, usulan drainase kami teh udah diterima provinsi belum atuh?", "status"),
    (
        "TOLONG CEK USULAN KAMI YANG DRAINASE DI PANGKALAN BUN SUDAH DISETUJUI ATAU BELUM",
        "status",
    ),
    ("any update on our proposals from Murung Raya? sent them two weeks ago", "status"),
    # --- intent: next Rakor / meeting ---
    ("jadwal rakor kawasan permukiman berikutnya tempat", "meeting"),
    (
        "udah mau akhir tahun belum ada undangan, jadi sebenernya rakornya kapan sih?",
        "meeting",
    ),
    ("sebutkan tanggal dan lokasi rakor berikutnya, mau saya laporkan ke kadis", "meeting"),
    ("tabe', rapat sinkronisasi selanjutnya diadakan di mana di?", "meeting"),
    ("when is the next coordination meeting with the province, and where", "meeting"),
    (
        (
            "1. kadis mau ke palangka raya bulan depan 2. maunya sekalian hadir rapat "
            "3. rapat koordinasi berikutnya tanggal berapa?"
        ),
        "meeting",
    ),
    # --- intent: proposal deadline ---
    ("batas akhir pengiriman usulan ta 2027", "deadline"),
    (
        "kapan terakhir usulan bisa dikirim? jangan sampai telat lagi kayak tahun kemarin",
        "deadline",
    ),
    ("tolong infokan tenggat pengajuan usulan ke provinsi tahun ini", "deadline"),
    ("iye pak, usulan paling lambat masuk tanggal berapa ye?", "deadline"),
    ("deadline for submitting usulan this year?", "deadline"),
    ("MASIH BISA KIRIM USULAN SAMPAI KAPAN", "deadline"),
    # --- intent: greeting, thanks, help ---
    ("selamat pagi min", "greeting"),
    ("makasih banyak ya, sangat membantu", "greeting"),
    ("bot ini bisa bantu apa aja sih", "greeting"),
    ("sampurasun, wilujeng siang", "greeting"),
    ("hi, what can this bot do?", "greeting"),
    ("tolong tampilkan menu bantuan", "greeting"),
    # --- intent: how to submit a proposal through the bot ---
    ("cara kirim usulan lewat bot", "how_to_submit"),
    ("gimana sih caranya ngirim usulan di sini, dari tadi muter-muter", "how_to_submit"),
    ("jelaskan langkah mengajukan usulan PSU melalui Sinkron", "how_to_submit"),
    (
        "buat materi sosialisasi: langkah input usulan lewat bot telegram ini apa saja?",
        "how_to_submit",
    ),
    ("how do I submit a proposal through this bot", "how_to_submit"),
    (
        "bede usulan jalan lingkungan dari desa Bapeang, kirimnya lewat sini gimana caranya?",
        "how_to_submit",
    ),
]

PART_B_AREAS: list[tuple[str, str]] = [
    # --- areas: under 10 ha -> kabkota ---
    ("kumuh 9,5 ha di kel. Ketapang sampit siapa yg tangani", "kabkota"),
    ("luas delineasi 85.000 m2 kewenangan siapa", "kabkota"),
    ("SEDIKIT DI BAWAH 10 HEKTAR, 9,8 HA, ITU KEWENANGAN SIAPA", "kabkota"),
    ("slum area 4.2 hectares in Pahandut, which level is responsible", "kabkota"),
    ("tujuh hektare kumuh di Kel. Sei Pasah, provinsi bisa tangani gak?", "kabkota"),
    ("lokasi kumuh cuma 0,9 ha di Tamiang Layang, masa harus provinsi juga?", "kabkota"),
    ("kumuh 99.999 m² di Buntok Kota ditangani kab atau prov", "kabkota"),
    ("punten, kawasan kumuh 6 hektar teh kewenangan saha?", "kabkota"),
    # --- areas: 10 ha up to under 15 ha -> provinsi ---
    ("pas 10 ha kumuh di Kel. Mendawai Pangkalan Bun, kewenangan prov atau kab", "provinsi"),
    ("tepat 100.000 meter persegi kawasan kumuh, siapa yang berwenang", "provinsi"),
    ("kumuh 14,9 hektar tanggung jawab siapa", "provinsi"),
    ("lebih dari 14,5 ha tapi belum nyampe 15, itu provinsi kan?", "provinsi"),
    ("slum area 12.3 ha in Kuala Pembuang, province or regency?", "provinsi"),
    ("sedikit di bawah 15 hektare, tepatnya 14,75 ha, masuk kewenangan mana", "provinsi"),
    ("sebelas koma dua hektar kumuh di Kel. Puruk Cahu, siapa yg pegang", "provinsi"),
    ("tabe' pak, kumuh 13 ha di Nanga Bulik itu urusan siapa di?", "provinsi"),
    (
        (
            "1. SK kumuh Katingan terbit 2024 2. lokasi Kasongan Baru 3. luas 125.000 m2. "
            "kewenangan siapa?"
        ),
        "provinsi",
    ),
    # --- areas: 15 ha or more -> pusat ---
    ("persis 15 ha kumuh di Baamang, itu masih provinsi kan?", "pusat"),
    ("kawasan kumuh 15,0 hektare siapa yg menangani", "pusat"),
    ("kumuh luas sk 31,2 ha kewenangan", "pusat"),
    ("kumuh 150.000 meter persegi kab prov atau pusat", "pusat"),
    ("who is the authority for handle slum of 22 hectares?", "pusat"),
    ("dua puluh hektar kumuh di kecamatan Selat, ribet amat, jadi siapa yang urus?", "pusat"),
    ("KUMUH 16,5 HA SIAPA BERWENANG", "pusat"),
    (
        (
            "1. lokasi di Kel. Panarung 2. luas delineasi 18 ha 3. tingkat kumuh sedang. "
            "kewenangan siapa?"
        ),
        "pusat",
    ),
]

PART_B_OUT_OF_SCOPE: list[str] = [
    # --- out of scope: budget figures, contractors, people, allocations ---
    "pagu anggaran psu disperkimtan 2026 berapa",
    "realisasi anggaran jalan lingkungan Kotim tahun 2025 sudah berapa persen?",
    (
        "CV yang ngerjain drainase di Buntok tahun lalu hasilnya jelek banget, "
        "itu kontraktor dari mana sih namanya"
    ),
    "siapa pemenang tender pembangunan drainase Sampit 2025",
    "tolong kirimkan nomor hp pribadi kabid kawasan permukiman provinsi",
    "alokasi provinsi untuk Kabupaten Katingan tahun 2027 berapa miliar?",
    "nilai kontrak pembangunan rusun di Palangka Raya tahun lalu berapa",
    "BERAPA JUMLAH RUMAH TIDAK LAYAK HUNI DI KEL. TUMBANG TALAKEN DATA TERBARU",
    "how many staff work in the Bidang Perumahan of Disperkimtan right now?",
    # --- out of scope: technical construction specs and prices ---
    "tebal perkerasan beton jalan lingkungan standarnya berapa cm, mutu K berapa",
    "spesifikasi u-ditch drainase 40x40 pakai mutu beton apa",
    "harga satuan semen di Puruk Cahu per sak sekarang",
    "what unit cost per km of neighbourhood road does the ministry use for 2026?",
    "harga tanah per meter di Jekan Raya kisaran berapa",
    # --- out of scope: other provinces, SIPD errors, other regulations ---
    "pergub kalsel tentang bantuan rtlh nomor berapa tahun berapa",
    "benar atau salah: di Kaltim bantuan RTLH provinsi nilainya 50 juta per unit, tolong cek",
    "sipd error gagal simpan waktu input sub kegiatan solusinya apa",
    "udah 3 hari akun sipd saya terkunci, lupa password, gimana bukanya",
    "perda rtrw kabupaten seruyan nomor berapa",
    "World Bank loan disbursement schedule for the Kalteng slum follow-on project?",
    # --- out of scope: personal civil-service matters ---
    "kenaikan pangkat saya ke III/c kapan bisa diusulkan",
    "cara ngajuin cuti tahunan asn gimana ya, atasan lagi dinas luar",
    "tunjangan kinerja staf dinas perkim kabupaten sekarang berapa",
    "uang harian sppd ke palangka raya untuk golongan III berapa",
    "ada formasi pppk di disperkimtan tahun ini ndak?",
    # --- out of scope: off-topic ---
    "cuaca palangka raya besok hujan gak",
    "resep kue bingka kentang yang enak",
    "jadwal pesawat palangka raya ke jakarta hari jumat",
    "cara bikin kop surat rapi di microsoft word",
    "kurs rupiah ke dolar hari ini berapa",
]


ROUND36_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [*PART_A_TOPICS, *PART_B_TOPICS]
ROUND36_INTENTS: list[tuple[str, str]] = PART_B_INTENTS
ROUND36_AREAS: list[tuple[str, str]] = PART_B_AREAS
ROUND36_OUT_OF_SCOPE: list[str] = PART_B_OUT_OF_SCOPE
