"""Round 29 held-out question table for the Sinkron bot.

Written 2026-12-05 by two helpers who had not seen the knowledge base or any other question
table; they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md) plus the place-name list. Part A
wrote the topic questions on the non-glossary topics; part B the glossary questions, the
intents, the slum areas and the out-of-scope questions.

Style emphasis of this round: lay descriptions of a thing instead of its name, wrong premises
to be corrected, questions that lean on context the officer gives first, and English as a
non-native writes it.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

from __future__ import annotations

PART_A_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "Saya staf baru di dinas kabupaten. Bisa dijelaskan garis besarnya, soal rumah dan "
        "permukiman itu pusat pegang apa, provinsi apa, kabupaten apa?",
        "kewenangan.ringkasan",
    ),
    (
        "Who does what in housing and settlements between the central government, the "
        "province and the regencies?",
        "kewenangan.ringkasan",
    ),
    (
        "Kan sekarang semua urusan rumah dan lingkungan tempat tinggal dipegang provinsi ya, "
        "jadi kabupaten tinggal mengusulkan saja?",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "Ada rencana memangkas anggaran dinas perkim di Lamandau karena dianggap urusan "
        "tambahan. Memang urusan rumah rakyat itu boleh dikesampingkan daerah?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Urusan rumah rakyat dan kawasan permukiman itu termasuk yang harus dijalankan "
        "pemda dan menyangkut layanan dasar, atau pilihan? Pasal mana dasarnya?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Is housing an obligatory affair for regional governments or an optional one?",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "Di Kelurahan Pahandut ada kampung padat di tepi sungai, rumah berhimpitan, got "
        "mampet, luasnya sekitar 12 hektare. Yang wajib menata itu kota atau provinsi?",
        "kewenangan.kumuh",
    ),
    (
        "Kata kabid kami, kampung padat yang luasnya di bawah 10 ha tetap bisa diminta ke "
        "provinsi untuk ditata. Bener gak?",
        "kewenangan.kumuh",
    ),
    (
        "Lokasi kami di Selat Tengah, Kapuas, luasnya pas 10,0 ha. Itu masuk tanggungan "
        "kabupaten atau provinsi?",
        "kewenangan.kumuh",
    ),
    (
        "kumuh 8 ha urusan siapa",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "Kawasan rumah padat dan becek di Baamang, Sampit, luasnya hampir 40 ha. Kalau "
        "sebesar itu, siapa yang harus turun tangan?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Provinsi kan yang menangani semua kawasan kumuh besar, termasuk yang 20 ha ke atas, "
        "iya kan?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Who is in charge of a slum area of 15 hectares or more?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Luas lokasi kami persis 15 ha. Masih masuk jatah provinsi kan?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    (
        "Kami ingin kampung-kampung baru di pinggir Kuala Pembuang tidak tumbuh jadi padat "
        "dan semrawut. Program menjaga seperti itu bisa dikerjakan provinsi?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Upaya supaya lingkungan yang masih tertata tidak berubah jadi kampung kotor, itu "
        "tugas siapa sebenarnya?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Katanya provinsi juga punya kegiatan pencegahan kumuh ya, kabupaten kami bisa "
        "ikut numpang?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "Secara umum soal rumah tinggal warga, provinsi pegang bagian apa dan kabupaten/kota "
        "bagian apa?",
        "kewenangan.perumahan",
    ),
    (
        "Di sub-urusan perumahan menurut UU 23/2014, apa saja tugas kabupaten/kota?",
        "kewenangan.perumahan",
    ),
    (
        "What is the province's authority in the housing sub-affair?",
        "kewenangan.perumahan",
    ),
    (
        "Provinsi kan punya kewenangan penuh soal rumah warga, dari izin sampai bangun rumah "
        "baru, benar begitu?",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "Warga berpenghasilan pas-pasan di Kasongan minta dibangunkan rumah murah. "
        "Sebenarnya itu tugas siapa?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Kami ingin ada gedung hunian bertingkat untuk disewa buruh di Sampit. Pembangunannya "
        "diajukan ke siapa?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "skema kredit rmh utk warga kecil urusan prov?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Provinsi kan yang menyediakan rumah untuk masyarakat berpenghasilan rendah, jadi "
        "daftar warga kami kirim ke Disperkimtan saja ya?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "Banjir Januari 2026 merendam Kecamatan Dusun Hilir, Barito Selatan, puluhan rumah "
        "rusak berat. Siapa yang wajib membangun kembali rumah mereka?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Warga yang harus pindah karena proyek jalan kabupaten, rumah penggantinya diurus siapa?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Kalau rumah rusak karena bencana, pasti provinsi yang membangun kan, apa pun "
        "skala bencananya?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "A fire burned 30 houses in Muara Teweh last month. Who has to provide new homes "
        "for the victims?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "Ada pengembang mau membangun 200 rumah di Jekan Raya. Surat persetujuan "
        "pembangunan perumahannya keluar dari provinsi atau pemkot?",
        "kewenangan.izin",
    ),
    (
        "Sertifikat tanda kepemilikan bangunan untuk unit rumah susun itu diterbitkan oleh "
        "pemerintah level mana?",
        "kewenangan.izin",
    ),
    (
        "izin perumahan dr prov ya?",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "Di sub-urusan kawasan permukiman, kabupaten/kota kebagian tugas apa saja?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Siapa yang menetapkan sistem kawasan tempat tinggal secara nasional, dan provinsi "
        "sendiri berperan apa di bidang kawasan itu?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Bidang kawasan permukiman itu cuma soal kampung kumuh saja kan, tidak ada tugas lain?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "Jalan dan saluran air di dalam kompleks buatan pengembang di Kalampangan sudah "
        "rusak. Provinsi bisa memperbaikinya?",
        "kewenangan.psu",
    ),
    (
        "Sarana umum di kompleks perumahan itu tanggung jawab provinsi atau kabupaten/kota?",
        "kewenangan.psu",
    ),
    (
        "Provinsi kan mengurus semua prasarana lingkungan, baik di kompleks perumahan "
        "maupun di kampung, betul?",
        "kewenangan.psu",
    ),
    (
        "Who handles the roads and drains inside housing estates, and who handles them in "
        "ordinary settlements?",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "Jalan gang di Desa Sarapat becek dan saluran airnya mampet. Biasanya provinsi "
        "membangun apa saja untuk kampung seperti itu?",
        "psu.lingkup_provinsi",
    ),
    (
        "Ruas jalan kabupaten dari Kuala Kurun ke Tewah berlubang. Bisa kami usulkan ke "
        "Disperkimtan sebagai proyek jalan lingkungan?",
        "psu.lingkup_provinsi",
    ),
    (
        "Provinsi juga membangun lampu jalan dan taman di kampung, atau cuma jalan dan got?",
        "psu.lingkup_provinsi",
    ),
    (
        "Provinsi cuma bekerja di kota ya, desa-desa di Pulang Pisau tidak bisa dapat "
        "perbaikan jalan dan saluran?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "Ada konsultan kecil di Buntok yang biasa menggambar rumah warga. Sertifikat dan "
        "pendaftarannya diurus ke siapa?",
        "kewenangan.sertifikasi",
    ),
    (
        "Badan usaha perencana jalan dan saluran lingkungan dengan kemampuan menengah, "
        "registrasinya di tingkat mana?",
        "kewenangan.sertifikasi",
    ),
    (
        "Who certifies and registers small-capability house and infrastructure designers?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        "Ada target layanan 100% soal rumah layak untuk korban bencana. Itu aturan apa dan "
        "provinsi kebagian target yang mana?",
        "kewenangan.spm",
    ),
    (
        "Inspektorat Gunung Mas menanyakan capaian standar layanan dasar bidang rumah tahun "
        "2025. Jenis layanan apa yang dihitung untuk kabupaten?",
        "kewenangan.spm",
    ),
    (
        "Standar pelayanan minimal perumahan itu kan menghitung jumlah rumah layak huni "
        "seluruh warga, ya?",
        "kewenangan.spm",
    ),
    (
        "spm perumahan isinya apa",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "Kelurahan Ketapang luasnya ratusan hektare, tapi yang padat dan becek cuma "
        "sebagian. Angka luas mana yang dipakai untuk menentukan siapa yang menangani?",
        "kumuh.luas_delineasi",
    ),
    (
        "Untuk isian luas lokasi, kami pakai luas seluruh desa saja ya, lebih gampang ngitungnya?",
        "kumuh.luas_delineasi",
    ),
    (
        "Di peta keputusan bupati batas lokasi kami 11 ha, tapi ukur ulang di lapangan "
        "dapat 9,5 ha. Yang dipakai yang mana?",
        "kumuh.luas_delineasi",
    ),
    (
        "To decide who is responsible, do we use the whole village area or only the mapped "
        "slum boundary?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    (
        "Siapa yang berhak menyatakan resmi bahwa suatu kampung masuk daftar lokasi tidak "
        "layak huni di kabupaten?",
        "kumuh.penetapan",
    ),
    (
        "Keputusan bupati Katingan tentang daftar kampung padat kami terbit tahun 2018. "
        "Kapan harus ditinjau ulang?",
        "kumuh.penetapan",
    ),
    (
        "Gubernur kan yang mengeluarkan SK lokasi kumuh untuk semua kabupaten di Kalteng?",
        "kumuh.penetapan",
    ),
    (
        "sk kumuh hrs ada lampiran apa aja",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    (
        "Kalau menilai suatu kampung layak atau tidak, apa saja yang diperiksa? Jalan, air, "
        "got, sampah, atau ada lagi?",
        "kumuh.aspek",
    ),
    (
        "Penilaian kumuh itu kan cuma lihat kondisi bangunan rumahnya saja, betul?",
        "kumuh.aspek",
    ),
    (
        "kriteria kmh ada brp aspek",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    (
        "Hasil hitungan tim kami untuk lokasi di Mentawa Baru Hilir totalnya 64 poin. Itu "
        "masuk kategori paling parah atau belum?",
        "kumuh.penilaian",
    ),
    (
        "Nilai tertinggi penilaian kampung padat itu berapa, dan tiap kriteria diberi nilai "
        "berdasarkan apa?",
        "kumuh.penilaian",
    ),
    (
        "Kumuh berat itu mulai dari nilai 50 kan?",
        "kumuh.penilaian",
    ),
    (
        "How is each slum criterion scored, and what total makes a location heavy?",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    (
        "Skor lokasi kami di Desa Pulau Patai, Barito Timur, keluar 42. Itu tergolong "
        "menengah atau ringan?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Rentang nilai untuk kategori ringan itu dari berapa sampai berapa?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Nilai 20 sudah bukan kumuh lagi ya, jadi tidak perlu ditangani?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "KS itu skor brp?",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        "Kampung di bantaran sungai di Kumai Hilir berdiri di tanah yang bukan haknya dan "
        "rawan longsor. Warga dipindah atau ditata di tempat?",
        "kumuh.pola_penanganan",
    ),
    (
        "Untuk kampung padat tingkat ringan di atas tanah yang sah, bentuk penanganannya "
        "seperti apa?",
        "kumuh.pola_penanganan",
    ),
    (
        "Kalau kumuh berat pasti warganya harus direlokasi semua kan?",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    (
        "Ada berapa titik kampung kumuh di seluruh Kalteng dan berapa total luasnya?",
        "kumuh.kalteng",
    ),
    (
        "Kabupaten mana yang paling banyak punya lokasi permukiman tidak layak di Kalteng, "
        "dan yang paling sedikit?",
        "kumuh.kalteng",
    ),
    (
        "How many slum locations does Central Kalimantan have, and where are they mostly?",
        "kumuh.kalteng",
    ),
    # usulan.isi
    (
        "Tahun ini pertama kali kami mengirim usulan ke provinsi. Apa saja yang perlu diisi "
        "dan kenapa hal-hal itu ditanyakan?",
        "usulan.isi",
    ),
    (
        "Kenapa formulir minta jumlah KK, jiwa, sektor, sampai alasan segala? Ribet amat.",
        "usulan.isi",
    ),
    (
        "isi usulan apa aja",
        "usulan.isi",
    ),
    # usulan.jenis
    (
        "Kami mau minta bantuan pembangunan balai pertemuan di Tumbang Talaken. Usulan "
        "seperti itu masuk golongan apa?",
        "usulan.jenis",
    ),
    (
        "Usulan ke provinsi itu cuma boleh untuk penataan kampung padat ya, yang lain tidak bisa?",
        "usulan.jenis",
    ),
    (
        "What kinds of proposals can we send to the province?",
        "usulan.jenis",
    ),
    # usulan.lokasi
    (
        "Di formulir usulan, bagian tempat kegiatan harus diisi apa saja? Titik koordinat "
        "wajib atau tidak?",
        "usulan.lokasi",
    ),
    (
        "Nama lokasi ditulis nama RT-nya atau nama kawasan seperti tercantum di keputusan bupati?",
        "usulan.lokasi",
    ),
    (
        "Lokasi kami di Desa Jaar, Kecamatan Dusun Timur. Dianggap perkotaan atau "
        "perdesaan, dan luasnya ditulis pakai satuan apa?",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    (
        "Jumlah warga yang merasakan manfaat ditulis dalam KK atau jiwa? Perkiraan biayanya "
        "dalam bentuk apa?",
        "usulan.penerima_biaya",
    ),
    (
        "Sumber dana yang boleh dipilih di usulan apa saja? Boleh gabungan APBD kabupaten dan CSR?",
        "usulan.penerima_biaya",
    ),
    (
        "Perkiraan biaya jalan gang 800 meter di Tangkiling sekitar Rp 1,2 M untuk 150 KK. "
        "Perlu dicantumkan dana pendamping dari pemkot juga?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    (
        "Usulan kami dibilang belum siap. Berkas apa saja yang menunjukkan suatu usulan "
        "sudah siap dikerjakan?",
        "usulan.kesiapan",
    ),
    (
        "Untuk usulan jalan dan saluran di kampung, dokumen pendukung apa yang wajib "
        "dilampirkan supaya dianggap siap?",
        "usulan.kesiapan",
    ),
    (
        "Usulan boleh dikirim tanpa satu pun dokumen pendukung, nanti tetap dinilai sama, betul?",
        "usulan.kesiapan",
    ),
    (
        "readiness criteria utk usulan psu apa aja",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    (
        "Tanah di lokasi jalan yang kami usulkan masih milik warga dan belum bersertifikat. "
        "Apakah itu jadi masalah?",
        "usulan.lahan",
    ),
    (
        "Tanah yang disebut bebas masalah untuk usulan itu syaratnya apa saja?",
        "usulan.lahan",
    ),
    (
        "Tanahnya masih sengketa dengan ahli waris, tapi tetap boleh diusulkan kan, nanti "
        "diselesaikan sambil jalan?",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    (
        "Kami mengusulkan penataan kampung padat 11 ha di Selat Hulu. Nomor dan tanggal "
        "keputusan bupati yang menetapkan lokasi itu perlu dicantumkan?",
        "usulan.sk_kumuh",
    ),
    (
        "Usulan perbaikan kawasan kumuh kami belum ada keputusan bupatinya, tapi tetap bisa "
        "diproses biasa kan?",
        "usulan.sk_kumuh",
    ),
    (
        "Lokasi yang kami usulkan ternyata tidak tercantum di SK kumuh yang berlaku. Apa "
        "akibatnya untuk usulan kami?",
        "usulan.sk_kumuh",
    ),
    (
        "Our slum decree is from 2019. Can we still use it for a proposal sent in 2026?",
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    (
        "Gambar rencana rinci dan hitungan anggaran harus sudah jadi sebelum kami mengusul?",
        "usulan.dokumen_teknis",
    ),
    (
        "Foto kondisi sekarang wajib dilampirkan berapa lembar? Dokumen teknis boleh "
        "dikirim dalam PDF?",
        "usulan.dokumen_teknis",
    ),
    (
        "Kami belum punya gambar tata letak lokasi dan daftar spesifikasi pekerjaan. "
        "Dua-duanya memang diperlukan?",
        "usulan.dokumen_teknis",
    ),
    (
        "Cukup RAB saja kan, DED bisa menyusul setelah usulan disetujui?",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        "Apakah kabupaten harus membuat surat yang menyatakan siap menerima bangunannya "
        "dan merawatnya setelah selesai dikerjakan provinsi?",
        "usulan.surat_pernyataan",
    ),
    (
        "Surat kesanggupan operasi dan pemeliharaan itu isinya apa saja?",
        "usulan.surat_pernyataan",
    ),
    (
        "Toh nanti jalannya provinsi yang merawat, jadi kami tidak perlu bikin pernyataan "
        "apa-apa soal perawatan, kan?",
        "usulan.surat_pernyataan",
    ),
    (
        "Do we need a letter saying we accept the grant and will maintain the work?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    (
        "Rumah seorang nenek di Desa Magantis sudah reyot dan bocor, tapi berdiri di tanah "
        "kerabatnya. Bisa dapat bantuan perbaikan dari provinsi?",
        "usulan.rtlh",
    ),
    (
        "Warga kami belum punya rumah sama sekali, baru punya tanah. Bisa diusulkan ke "
        "program perbaikan rumah provinsi untuk dibangunkan?",
        "usulan.rtlh",
    ),
    (
        "Penerima bantuan bedah rumah dari provinsi itu ditetapkan oleh siapa, dan ada "
        "pengecekan ke lapangan?",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "Warga RT 05 Kelurahan Menteng mau langsung minta jalan gang mereka diperbaiki "
        "provinsi. Syaratnya apa?",
        "usulan.psu_masyarakat",
    ),
    (
        "Ketua RT boleh kirim sendiri permintaan perbaikan got ke Disperkimtan tanpa "
        "sepengetahuan lurah dan camat, kan?",
        "usulan.psu_masyarakat",
    ),
    (
        "Can residents ask the province directly to repair their neighbourhood road?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "Jalan lingkungan yang dibangun provinsi di Desa Sarapat selesai akhir 2025. "
        "Setelah itu jadi milik siapa dan siapa yang merawat?",
        "hibah.aset",
    ),
    (
        "Berita acara penyerahan bangunan dari provinsi ke kabupaten itu ditandatangani "
        "siapa saja?",
        "hibah.aset",
    ),
    (
        "Kalau jalannya rusak setahun setelah diserahkan ke kami, provinsi tetap wajib "
        "memperbaiki kan?",
        "hibah.aset",
    ),
    (
        "gmn serah terima aset dr prov",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "Kampung padat kami cuma 6 ha, jadi bukan jatah provinsi. Lalu dananya bisa kami "
        "cari dari mana?",
        "pendanaan.saluran_lain",
    ),
    (
        "Untuk penataan kawasan di atas 20 ha yang bukan tugas provinsi, ada sumber dana "
        "apa saja yang bisa dicoba?",
        "pendanaan.saluran_lain",
    ),
    (
        "If it is not the province's job, where else can we get the money?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        "Usulan yang kami kirim bulan Maret 2026 itu untuk anggaran tahun berapa?",
        "siklus.tahunan",
    ),
    (
        "Bagaimana urutan kegiatannya dalam setahun, dari kami menyiapkan usulan sampai "
        "aset diserahkan ke kabupaten?",
        "siklus.tahunan",
    ),
    (
        "Usulan bisa dikirim kapan saja dan langsung dikerjakan tahun itu juga kan?",
        "siklus.tahunan",
    ),
    (
        "alur usulan tahunan gmn",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    (
        "Setelah usulan kami masuk, apa saja yang dicek orang provinsi?",
        "siklus.pemeriksaan",
    ),
    (
        "Provinsi cuma melihat kelengkapan berkas saja kan, tidak sampai menilai lokasi "
        "atau siapa yang berwenang?",
        "siklus.pemeriksaan",
    ),
    (
        "How does the province check the proposals we send?",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    (
        "Pertemuan besar tahunan di Palangka Raya yang mengumpulkan dinas perkim "
        "se-provinsi itu sebenarnya untuk apa?",
        "siklus.rakor",
    ),
    (
        "Rakor itu cuma acara seremonial ya, usulan kabupaten tidak dibahas di situ?",
        "siklus.rakor",
    ),
    (
        "Siapa saja yang biasanya hadir di rapat sinkronisasi bidang kawasan permukiman "
        "tingkat provinsi?",
        "siklus.rakor",
    ),
    (
        "What happens at the yearly coordination meeting in Palangka Raya?",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    (
        "Usulan kami sudah dibahas di rapat tahunan provinsi bulan November. Sesudah itu "
        "masuk dokumen perencanaan apa sampai benar-benar ada anggarannya?",
        "siklus.rkpd_apbd",
    ),
    (
        "Setelah lolos Rakor, usulan dibawa ke Musrenbang provinsi dulu atau langsung masuk APBD?",
        "siklus.rkpd_apbd",
    ),
    (
        "Kalau sudah lolos di Rakor berarti pasti dapat anggaran tahun depan kan?",
        "siklus.rkpd_apbd",
    ),
    (
        "dr rakor lanjut kmn",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    (
        "Di Seruyan mau dibentuk tim lintas dinas untuk urusan rumah dan permukiman. Tim "
        "seperti itu dasar hukumnya apa dan tugasnya apa?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Pokja PKP itu forum apa, dan siapa biasanya yang jadi ketuanya di kabupaten?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Our regency wants to set up a housing and settlements working group. What is it for?",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    (
        "Kantor dinas provinsi yang mengurus perumahan itu alamatnya di mana?",
        "disperkimtan.kontak",
    ),
    (
        "Dinas provinsi yang menangani rumah, permukiman dan pertanahan itu tugasnya apa "
        "saja dan sejak kapan berdiri?",
        "disperkimtan.kontak",
    ),
    (
        "alamat dinas perkim prov?",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    (
        "Daftar perintah di bot ini apa saja? Saya baru didaftarkan kemarin.",
        "bot.cara_pakai",
    ),
    (
        "Jam rapat yang muncul di bot ini pakai WITA atau WIB?",
        "bot.cara_pakai",
    ),
    (
        "How do I get my account approved so I can use this bot as an officer?",
        "bot.cara_pakai",
    ),
    # bot.usul
    (
        "Waktu isi formulir usulan di bot sinyal saya hilang. Isian yang tadi hilang semua "
        "atau masih tersimpan?",
        "bot.usul",
    ),
    (
        "Bisa salin usulan tahun lalu biar tidak mengisi ulang dari awal?",
        "bot.usul",
    ),
    (
        "Maksimal berapa foto dan PDF yang bisa dilampirkan lewat /usul?",
        "bot.usul",
    ),
    # bot.status
    (
        "Di bot usulan saya tertulis 'perlu perbaikan'. Artinya apa dan saya harus ngapain?",
        "bot.status",
    ),
    (
        "Apa beda keterangan 'verifikasi' dengan 'dibahas di Rakor' di usulan?",
        "bot.status",
    ),
    (
        "Kalau sudah 'disetujui' masih bisa diubah lewat bot kan, misalnya biayanya?",
        "bot.status",
    ),
    (
        "What does the status 'dibatalkan' mean, and can I withdraw a proposal myself?",
        "bot.status",
    ),
    # bot.ditolak_dialihkan
    (
        "Usulan kami USL-2026-0014 ditolak dengan alasan bukan kewenangan provinsi. Langkah "
        "kami selanjutnya apa?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Apa maksudnya usulan kami dipindahkan ke sumber dana lain? Masih dibiayai provinsi "
        "atau tidak?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Kalau ditolak kan bisa langsung dikirim ulang dengan kode yang sama ya?",
        "bot.ditolak_dialihkan",
    ),
    (
        "knp usulan bs ditolak",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    (
        "Sudah seminggu usulan kami dari Puruk Cahu belum ada kabar. Seharusnya berapa lama "
        "provinsi menanggapi?",
        "bot.tindak_lanjut",
    ),
    (
        "Batas 3 hari kerja untuk memeriksa usulan itu aturan resmi Disperkimtan ya?",
        "bot.tindak_lanjut",
    ),
    (
        "How fast should the province respond after I send a proposal?",
        "bot.tindak_lanjut",
    ),
    # bot.rapat
    (
        "Saya dapat undangan rapat lewat bot tapi hari itu dinas luar ke Tamiang Layang. "
        "Bisa diwakilkan staf?",
        "bot.rapat",
    ),
    (
        "Pengingat rapat dari bot dikirim kapan saja sebelum acaranya?",
        "bot.rapat",
    ),
    (
        "gmn konfirmasi hadir rapat di bot",
        "bot.rapat",
    ),
]

# Round 29, part B: held-out questions (glossary, intents, areas, out of scope).
# Style: lay descriptions, wrong premises, a sentence of context first, about one
# in eight in English, some very short chat messages with abbreviations.

# Glossary: what a term means / stands for / refers to (labels istilah.*).
PART_B_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        "di lampiran SK bupati ada tulisan delineasi di bawah peta, itu maksudnya apa",
        "istilah.delineasi",
    ),
    ("td di rapat disebut target rlh naik, rlh itu apa", "istilah.rlh"),
    (
        "Warga di desa sering minta program bedah rumah. Sebenarnya bedah rumah itu istilah "
        "apa, resminya disebut apa?",
        "istilah.bedahrumah",
    ),
    (
        "ada program pusat yg kasih bantuan bahan bangunan terus warga bangun sendiri, "
        "singkatannya apa ya itu",
        "istilah.bsps",
    ),
    (
        "Saya baru dipindah dari dinas pendidikan ke bidang perkim. PSU yang sering disebut "
        "di sini itu singkatan apa?",
        "istilah.psu",
    ),
    ("what is jaling? saw it in a proposal title", "istilah.jaling"),
    (
        "di RAB ada item drainase lingkungan, drainase di sini maksudnya saluran yang mana",
        "istilah.drainase",
    ),
    ("di tabel SK kolom tingkat kekumuhan isinya KR, artinya apa", "istilah.kr"),
    ("ks di data baseline kumuh itu apa", "istilah.ks"),
    ("KB di kolom kekumuhan itu bukan keluarga berencana kan? maksudnya apa", "istilah.kb"),
    ("what does SK kumuh mean", "istilah.skkumuh"),
    (
        "Di Palangka Raya ada rusunawa. Huruf 'wa' di belakangnya itu artinya apa?",
        "istilah.rusunawa",
    ),
    ("rusus buat nelayan itu rusus singkatan dari apa", "istilah.rusus"),
    ("setelah banjir kemarin muncul istilah huntara, apa artinya", "istilah.huntara"),
    ("what is a huntap house?", "istilah.huntap"),
    ("di form diminta jumlah KK, KK itu kartu keluarga kan?", "istilah.kk"),
    ("yg dimaksud jiwa di isian penerima manfaat itu apa, dihitung per orang?", "istilah.jiwa"),
    ("DED itu dokumen apa, singkatannya dari apa", "istilah.ded"),
    ("rab tu apa", "istilah.rab"),
    ("RKS itu rencana kerja sementara ya?", "istilah.rks"),
    (
        "konsultan perencana minta kami siapkan KAK dulu. KAK itu dokumen apa ya?",
        "istilah.kak",
    ),
    ("TOR sama KAK itu sama gak, TOR artinya apa", "istilah.kak"),
    ("site plan itu bahasa indonesianya apa", "istilah.siteplan"),
    ("di undangan rakor disebut RC usulan, RC itu apa", "istilah.rc"),
    ("bast itu singkatan apa pak", "istilah.bast"),
    ("hibah aset itu maksudnya apa, dikasih cuma2 gitu?", "istilah.hibah"),
    ("BMD itu barang milik dinas ya?", "istilah.bmd"),
    ("What is BMN?", "istilah.bmn"),
    ("di surat pernyataan ada kata O&P, itu apa", "istilah.op"),
    ("spm perumahan, spm nya itu kepanjangan apa", "istilah.spm"),
    ("pokja pkp itu kelompok kerja apa", "istilah.pokjapkp"),
    ("Sekda kami jadi ketua Pokja PPAS. PPAS itu singkatan apa?", "istilah.pokjappas"),
    ("ampl singkatan apa", "istilah.pokjaampl"),
    ("rp3kp itu dokumen apa", "istilah.rp3kp"),
    (
        "dokumen rencana pencegahan dan peningkatan kualitas kumuh perkotaan yg singkatannya "
        "panjang itu, RP2 apa gitu, apa namanya lengkapnya",
        "istilah.rp2kpkp",
    ),
    ("program kotaku yg dulu ada di kelurahan itu singkatan apa", "istilah.kotaku"),
    ("DAK tematik PPKT, PPKT itu apa?", "istilah.daktematikppkt"),
    ("dak itu dana apa", "istilah.dak"),
    ("APBN itu anggaran provinsi kan?", "istilah.apbn"),
    ("apbdes itu apa, sama dgn dana desa?", "istilah.apbdes"),
    ("bankeu itu bantuan keuangan dari mana ke mana? artinya apa", "istilah.bankeu"),
    ("pak dewan bilang usulan ini masuk lewat pokir, pokir itu apa", "istilah.pokir"),
    ("musrenbang kepanjangannya apa ya", "istilah.musrenbang"),
    ("RKPD apa itu", "istilah.rkpd"),
    ("What does Renstra mean?", "istilah.renstra"),
    ("rpjmd itu rencana pembangunan apa, kepanjangannya", "istilah.rpjmd"),
    ("kua ppas itu apa, bukan kantor urusan agama kan", "istilah.kuappas"),
    ("bendahara minta RKA bidang kami. RKA itu dokumen apa?", "istilah.rka"),
    ("katanya kegiatan kami sdh masuk DPA, DPA itu apa", "istilah.dpa"),
    ("sipd yg utk input anggaran itu singkatan dari apa", "istilah.sipd"),
    ("Bapperida itu nama baru Bappeda ya? kepanjangannya apa", "istilah.bapperida"),
    ("di kop surat lama masih tertulis SKPD. SKPD itu singkatan apa?", "istilah.skpd"),
    ("spam di sini bukan pesan sampah kan, spam itu sistem apa", "istilah.spam"),
    ("what is an IPAL", "istilah.ipal"),
    ("tps3r, 3R nya itu apa aja", "istilah.tps3r"),
    ("mck itu mandi cuci apa ya", "istilah.mck"),
    ("RTRW itu maksudnya RT dan RW di kampung ya?", "istilah.rtrw"),
    ("PBG yg gantikan IMB itu singkatan apa", "istilah.pbg"),
    ("what's SLF in building permits", "istilah.slf"),
    ("skbg itu sertifikat apa", "istilah.skbg"),
    ("warga cuma pegang SKT dari kades. SKT itu surat apa sebenarnya?", "istilah.skt"),
    (
        "lahannya harus clean and clear, maksudnya bersih dr sampah dan semak?",
        "istilah.cleanandclear",
    ),
    ("rakor itu singkatan rapat apa", "istilah.rakor"),
    ("what is the LAPOR! thing the bot mentions?", "istilah.lapor"),
    ("bukannya kalteng pakai WITA? WIB itu waktu apa", "istilah.wib"),
    ("di laporan kinerja ada backlog perumahan, backlog itu maksudnya apa", "istilah.backlog"),
    ("PKP di sini pengusaha kena pajak ya?", "istilah.pkp"),
    ("Disperkimtan, 'tan' di belakangnya itu apa", "istilah.disperkimtan"),
    ("kumuh menurut aturan itu artinya apa, yg penting kelihatan kotor?", "istilah.kumuh"),
    ("istilah buat rumah yg sdh tdk layak ditinggali itu apa singkatannya", "istilah.rtlh"),
    ("satuan luas yg sama dgn 10.000 meter persegi itu apa", "istilah.ha"),
    ("what does MBR stand for", "istilah.mbr"),
]

# Intents: 6 each of status, meeting, deadline, greeting, how_to_submit.
PART_B_INTENTS: list[tuple[str, str]] = [
    # status: the officer's own proposals
    ("usulan jaling kami yg bulan lalu sdh sampai mana ya", "status"),
    (
        "Pak, kami kirim usulan drainase di Kumai Hilir beberapa minggu lalu. Sudah "
        "diverifikasi atau belum?",
        "status",
    ),
    ("has our proposal been approved yet?", "status"),
    ("usulan kami kok blm ada kabar, apa sdh ditolak diam2?", "status"),
    ("tolong tampilkan daftar usulan kabupaten kami tahun ini dan statusnya", "status"),
    (
        "Kadis tanya ke saya soal usulan RTLH yang kita masukkan. Posisinya sekarang "
        "di mana, masih di provinsi?",
        "status",
    ),
    # meeting: when/where the next Rakor or meeting is
    ("rakor tahun ini kapan dan di mana?", "meeting"),
    ("kpn rapat berikutnya", "meeting"),
    (
        "Kami mau ajukan SPPD ke Palangka Raya. Rakor bidang kawasan permukiman jadinya "
        "tanggal brp?",
        "meeting",
    ),
    ("when is the next coordination meeting with the province?", "meeting"),
    ("katanya rakor dimajukan ke bulan depan ya? tgl pastinya kapan", "meeting"),
    ("rapat sinkronisasi nanti di aula dinas lagi atau pindah ke hotel?", "meeting"),
    # deadline: last day to send proposals
    ("batas akhir kirim usulan kapan", "deadline"),
    ("tenggat usulan utk TA depan tgl brp", "deadline"),
    (
        "Bupati minta berkas usulan dikirim lengkap dulu. Paling lambat kapan kami harus "
        "masukkan ke provinsi?",
        "deadline",
    ),
    ("what's the cutoff date for sending proposals?", "deadline"),
    ("usulan masih bisa masuk sampai akhir tahun kan? kapan ditutupnya", "deadline"),
    ("sdh lewat blm deadline usulan utk 2027", "deadline"),
    # greeting: hello, thanks, what can you do, help
    ("selamat pagi", "greeting"),
    ("makasih banyak pak infonya", "greeting"),
    ("bot ini bisa bantu apa aja?", "greeting"),
    ("halo, saya petugas baru di dinas perkim Seruyan, salam kenal", "greeting"),
    ("Hi there, what can you do?", "greeting"),
    ("bingung, menu nya apa aja ya? help", "greeting"),
    # how_to_submit: how to send a proposal through this bot
    ("gmn cara kirim usulan lewat bot ini", "how_to_submit"),
    (
        "Kami sudah pegang DED dan RAB untuk saluran drainase. Langkah memasukkan "
        "usulannya di sini bagaimana?",
        "how_to_submit",
    ),
    ("how do I submit a proposal through this bot?", "how_to_submit"),
    ("mau input usulan psu, mulai dr mana", "how_to_submit"),
    (
        "usulan hrs dikirim surat fisik dulu baru bisa di bot kan? terus di botnya caranya gmn",
        "how_to_submit",
    ),
    ("perintah utk bikin usulan baru apa ya", "how_to_submit"),
]

# Areas: a slum area's size, who is responsible (kabkota <10, provinsi 10-<15, pusat >=15 ha).
PART_B_AREAS: list[tuple[str, str]] = [
    # kabkota (< 10 ha)
    ("luas kumuh di Kelurahan Baamang Hulu 7,5 ha, kewenangan siapa?", "kabkota"),
    (
        "Di SK kumuh kami, delineasi lokasinya 95.000 m2. Itu masuk urusan provinsi kan?",
        "kabkota",
    ),
    ("kawasan kumuh 9,99 hektar di Pahandut Seberang siapa yg tangani", "kabkota"),
    ("sedikit di bawah 10 ha, kira2 9,8 ha, masih kab?", "kabkota"),
    ("A slum area of 4.2 hectares in Kuala Kapuas, who is responsible?", "kabkota"),
    ("kumuh 3 hektare di desa Teluk Bogam, kab atau prov?", "kabkota"),
    (
        "lokasi kumuh di Tumbang Rungan cuma 25.000 meter persegi, yg berwenang menangani siapa?",
        "kabkota",
    ),
    ("kawasan kumuh 0,8 ha di Mentawa Baru Hilir tanggung jawab siapa", "kabkota"),
    # provinsi (10 ha up to but not including 15 ha)
    ("kumuh pas 10 ha, provinsi atau kab?", "provinsi"),
    ("luas kumuh di Kelurahan Selat Tengah tepat 10 hektare, siapa yg berwenang", "provinsi"),
    ("12,5 ha kumuh di Ketapang Sampit tanggung jawab siapa", "provinsi"),
    ("luas kumuh 14,99 ha, krn blm 15 berarti masih provinsi?", "provinsi"),
    ("kawasan kumuh lebih dari 14,5 ha tapi blm sampai 15, kewenangan siapa", "provinsi"),
    ("sedikit di bawah 15 hektar, sekitar 14,8, kumuh itu urusan siapa", "provinsi"),
    ("delineasi kumuh di Kelurahan Menteng 115.000 m², siapa yg tangani", "provinsi"),
    ("Slum area of 13.2 ha in Muara Teweh: province or regency?", "provinsi"),
    (
        "Kumuh di Buntok Kota luasnya 11 ha. Kata kabid kami itu wewenang pusat, benar begitu?",
        "provinsi",
    ),
    ("kumuh 100.000 meter persegi di Kasongan Lama, kewenangan kab atau provinsi?", "provinsi"),
    # pusat (15 ha or more)
    ("kumuh persis 15 ha masih provinsi kan?", "pusat"),
    ("kawasan kumuh di Mambulau 22 hektare, siapa yg berwenang", "pusat"),
    ("luas kumuh 15,5 ha di Tamiang Layang kewenangan siapa", "pusat"),
    ("delineasi kumuh di Kelurahan Panarung 180.000 m2, tanggung jawab siapa?", "pusat"),
    ("Who handles a 16-hectare slum area in Puruk Cahu?", "pusat"),
    (
        "Pemkab mau usul penanganan kumuh di Kasongan Baru, luasnya sekitar 40 ha. "
        "Prov bisa tangani?",
        "pusat",
    ),
    ("kumuh 15.25 ha di Pangkalan Bun siapa yg berwenang", "pusat"),
]

# Out of scope: things the knowledge base cannot answer; the bot should hand over.
PART_B_OUT_OF_SCOPE: list[str] = [
    "brp pagu Disperkimtan utk jaling tahun 2026?",
    "alokasi provinsi utk Kab. Lamandau TA 2027 berapa rupiah?",
    (
        "Kata teman di Barsel, provinsi sudah janji 5 M buat kabupaten mereka tahun depan. "
        "Kami dapat berapa?"
    ),
    (
        "CV Karya Mandiri yang kerjakan drainase di Sampit itu kontraktor resmi provinsi? "
        "nomor kontraknya brp"
    ),
    "pemenang tender rehab jalan lingkungan di Kuala Kurun tahun lalu siapa?",
    "minta no hp pak kabid kawasan permukiman dong",
    "Can you give me the WhatsApp number of the head of the PSU section?",
    (
        "Saya perlu konsultasi langsung soal DED. Nama dan nomor HP staf teknis yang pegang "
        "wilayah Kotim siapa?"
    ),
    "tebal beton K-250 utk jalan lingkungan lebar 3 meter brp cm?",
    "perbandingan campuran semen pasir utk saluran drainase pasangan batu brp",
    "dimensi minimal saluran drainase sekunder menurut SNI berapa?",
    "aturan gubernur Kalimantan Selatan soal bantuan RTLH gimana?",
    "What are the housing grant rules in Central Java province?",
    (
        "SIPD error terus waktu input sub kegiatan, muncul tulisan kode rekening tidak "
        "valid. gmn solusinya?"
    ),
    "akun SIPD saya terkunci, siapa yg bisa reset?",
    "kenaikan pangkat saya ke III/c kapan bisa diusulkan?",
    "tunjangan kinerja ASN pemprov kalteng golongan III brp?",
    (
        "Saya sudah lima tahun di dinas kabupaten dan mau pindah ke Disperkimtan provinsi. "
        "Syarat mutasinya apa?"
    ),
    "cuti tahunan saya yg blm diambil bisa dipindah ke tahun depan gak?",
    "harga satuan semen di Puruk Cahu tahun ini brp per sak",
    "berapa realisasi anggaran Disperkimtan sampai semester I?",
    ("How much did the province actually spend on slum upgrading in Palangka Raya in 2024?"),
    "jumlah RTLH di Kab. Sukamara menurut data terbaru ada brp unit?",
    "perda RTRW Kotim sdh selesai direvisi blm?",
    "e-katalog error waktu klik pesan paket, solusinya apa?",
    "besok hujan gak di Palangka Raya?",
    "resep juhu singkah yg enak gmn",
    "What's the rupiah to dollar exchange rate today?",
    "tolong buatkan surat undangan pernikahan adik saya",
    "harga tiket pesawat Palangka Raya - Jakarta minggu depan brp?",
]


ROUND29_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [*PART_A_TOPICS, *PART_B_TOPICS]
ROUND29_INTENTS: list[tuple[str, str]] = PART_B_INTENTS
ROUND29_AREAS: list[tuple[str, str]] = PART_B_AREAS
ROUND29_OUT_OF_SCOPE: list[str] = PART_B_OUT_OF_SCOPE
