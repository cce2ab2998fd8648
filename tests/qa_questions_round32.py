"""Round 32 held-out question table for the Sinkron bot.

Written 2026-12-05 by two helpers who had not seen the knowledge base or any other question
table; they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md) plus the place-name list. Part A
wrote the topic questions on the non-glossary topics; part B the glossary questions, the
intents, the slum areas and the out-of-scope questions.

Style emphasis of this round: new staff who do not know the jargon (they describe a thing in
plain words, or ask about a term seen in a letter), yes/no confirmation checks of something
heard, some on a wrong premise ("betul tidak kalau ...", "apa benar ...", "katanya ... ya?"),
messages opening with a greeting and a self-introduction, typing errors as on a cheap phone
keyboard (swapped or dropped letters, autocorrect words, missing spaces), English as a
non-native writes it, short chat.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

from __future__ import annotations

PART_A_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "maaf saya baru di bidang perkim Kab. Sukamara, boleh dijelaskan garis besarnya "
        "pembagian tugas pusat, provinsi dan kabupaten di urusan perumahan dan permukiman?",
        "kewenangan.ringkasan",
    ),
    (
        "pembagian kewenangn perkim antara pusat prov dan kab/kota gmn ringkasnya, "
        "biar sy bs jelasin ke kabid",
        "kewenangan.ringkasan",
    ),
    (
        "Hi, could you give me a quick overview of which level of government is "
        "responsible for what in housing and settlements?",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "betul tidak kalau perumahan dan kawasan permukiman itu termasuk urusan wajib "
        "yang berkaitan dengan pelayanan dasar?",
        "kewenangan.urusan_wajib",
    ),
    (
        "saya dengar perkim itu cuma urusan pilihan, jadi pemkab boleh tidak "
        "menganggarkannya. bener gak?",
        "kewenangan.urusan_wajib",
    ),
    (
        "dasar hukumya apa perumahan rakyat masuk urusan wajb? pasal brp di uu pemda",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "Selamat siang, saya Rina dari Dinas Perkim Kotim. Untuk penanganan kawasan kumuh, "
        "batas luas yang jadi tanggungan kabupaten, provinsi dan pusat itu berapa hektar "
        "masing-masing?",
        "kewenangan.kumuh",
    ),
    (
        "betul tidak provinsi hanya menangani kawasan kumuh yang luasnya 10 ha sampai "
        "di bawah 15 ha?",
        "kewenangan.kumuh",
    ),
    (
        "maaf saya baru, kampung kumuh yang kecil-kecil, di bawah sepuluh hektar, itu "
        "dikerjakan siapa? kita sendiri atau provinsi?",
        "kewenangan.kumuh",
    ),
    (
        "pembagian kwenangan kumuh berdasarkn luasan nya gimana ya, dasar aturannya apa",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "apa benar kawasan kumuh 15 hektar ke atas itu bukan urusan provinsi lagi tapi "
        "kementerian?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Kawasan kumuh kami luasnya pas 15 ha, masih bisa diusulkan ke provinsi kah atau "
        "sudah masuk pusat?",
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    (
        "If a slum area is bigger than 15 hectares, which government is in charge of it?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "kumuh yg luas bgt diatas 15ha itu kewenangan pusat ya? trs yg nangani kementrian apa",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    (
        "Siapa yang berwenang melakukan pencegahan perumahan dan permukiman kumuh? "
        "provinsi ikut juga?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "maaf saya baru, kegiatan supaya kampung yang masih bagus tidak berubah jadi "
        "kumuh, jadi dijaga sebelum kumuh, itu tugas pemerintah yang mana ya?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "katanya provinsi bisa danai kegiatan pencegahan kumuh di kabupaten ya?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "di sub urusan perumahan, kewenangan provinsi itu apa saja sebenarnya?",
        "kewenangan.perumahan",
    ),
    (
        "What can the province do in the housing sub-affair, and what stays with the regency?",
        "kewenangan.perumahan",
    ),
    (
        "kewenangan kabupten di sub urusan perumahaan apa sja ya menurut lampiran uu 23",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "rumah untuk MBR itu kewenangan siapa sebenarnya? bisa provinsi yang bangunkan?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "maaf saya baru, pembangunan rumah susun untuk warga yang penghasilannya pas-pasan "
        "itu programnya pusat ya, atau bisa kita usulkan ke provinsi?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "saya dengar pembiayaan perumahan buat MBR, kayak KPR subsidi, itu urusan "
        "pemerintah pusat. bener gak?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Selamat sore, saya Dedi dari Dinas Perkimtan Barito Utara. Ada pertanyaan dari "
        "dewan soal rusunawa untuk pekerja di Muara Teweh. Penyediaan rusun seperti itu "
        "ranahnya pemerintah pusat kah?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "rumah warga di Kec. Dadahup rusak kena banjir besar. perbaikan rumah korban "
        "bencana itu tanggung jawab kabupaten atau provinsi?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "kalau ada warga yang harus pindah karena proyek jalan provinsi, rumah "
        "penggantinya disediakan siapa?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Who has to provide houses for disaster victims in our regency, province or us?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "huntap utk korban kebakaran pemukiman di Mentawa Baru Ketapang itu kewenangan "
        "siap ya, kab ato prov",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "Izin pembangunan perumahan dari developer itu diterbitkan provinsi atau kabupaten?",
        "kewenangan.izin",
    ),
    (
        "apa benar SKBG rumah susun itu yang menerbitkan Disperkimtan provinsi?",
        "kewenangan.izin",
    ),
    (
        "maaf saya baru, surat izin untuk membangun dan mengembangkan kawasan permukiman "
        "baru itu siapa yang mengeluarkan?",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "di sub urusan kawasan permukiman, apa saja bagian provinsi dan apa bagian kabupaten/kota?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Selamat pagi, saya Ahmad dari Perkim Pulang Pisau, baru dimutasi dari Bappeda. "
        "Penyelenggaraan kawasan permukiman yang jadi tugas provinsi itu mencakup apa aja?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "sub urusn kawasan permukiman tu isi nya apa aja sih, kok beda dg sub urusan perumahan",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "PSU perumahan sama PSU permukiman bedanya apa, dan siapa yang pegang masing-masing?",
        "kewenangan.psu",
    ),
    (
        "katanya jalan di dalam perumahan developer bisa diusulkan perbaikannya ke provinsi ya?",
        "kewenangan.psu",
    ),
    (
        "Is PSU in housing estates the regency's job and PSU in settlements the province's job?",
        "kewenangan.psu",
    ),
    (
        "psu perumahn itu kewenangan kab kota kan? trs provinsi pegang psu yg mana",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "PSU yang dibangun Disperkimtan provinsi itu apa saja? lampu jalan bisa gak?",
        "psu.lingkup_provinsi",
    ),
    (
        "apa benar provinsi bisa bangun drainase di pinggir jalan kabupaten?",
        "psu.lingkup_provinsi",
    ),
    (
        "maaf saya baru, jalan kecil di dalam kampung sama parit di sampingnya itu bisa "
        "dibangunkan provinsi kah?",
        "psu.lingkup_provinsi",
    ),
    (
        "Assalamualaikum, saya Siti, staf Perkim Kabupaten Katingan. Di Desa Tumbang "
        "Lahang jalan lingkungannya rusak. Provinsi mau bangun PSU di desa juga, atau "
        "hanya di perkotaan?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "sertifikasi dan registrasi konsultan perencana rumah dan PSU itu siapa yang berwenang?",
        "kewenangan.sertifikasi",
    ),
    (
        "betul tidak kabupaten boleh meregistrasi perancang rumah, tapi hanya yang "
        "tingkat kemampuannya kecil?",
        "kewenangan.sertifikasi",
    ),
    (
        "Who do the registration of house designer company? Middle level is province?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        "SPM bidang perumahan rakyat untuk provinsi itu jenis layanannya apa saja?",
        "kewenangan.spm",
    ),
    (
        "target capaian SPM perumahan itu berapa persen ya? kami lagi susun laporan penerapan SPM",
        "kewenangan.spm",
    ),
    (
        "dasar hukum spm perumahn apa ya, PP 2/2018 pasal brp dan permen pupr yg mana",
        "kewenangan.spm",
    ),
    (
        "saya dengar SPM perumahan provinsi itu termasuk bedah rumah RTLH biasa juga, bener gak?",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "Luas kumuh yang dipakai untuk menentukan kewenangan itu luas seluruh kelurahan "
        "atau luas lokasi yang tercantum di SK?",
        "kumuh.luas_delineasi",
    ),
    (
        "maaf baru pegang kumuh. Kelurahan Selat Hulu luasnya ratusan hektar tapi yang "
        "kumuh cuma sebagian. Yang dihitung untuk batas 10 ha itu yang mana ya?",
        "kumuh.luas_delineasi",
    ),
    (
        "katanya luas dua lokasi kumuh di SK boleh dijumlah biar lewat 10 ha dan bisa "
        "masuk provinsi, bener gak?",
        "kumuh.luas_delineasi",
    ),
    (
        "For the 10 ha threshold, do we count the whole village or only the delineated slum area?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    (
        "yang menetapkan lokasi kumuh itu gubernur atau bupati?",
        "kumuh.penetapan",
    ),
    (
        "maaf saya baru di bidang perkim, keputusan bupati yang menetapkan daerah mana "
        "saja yang kumuh itu harus diperbarui berapa tahun sekali?",
        "kumuh.penetapan",
    ),
    (
        "sk kumuh kita terakhir thn 2018, wajib di review ulang ga ya? aturannya apa",
        "kumuh.penetapan",
    ),
    (
        "Selamat pagi, saya Benny dari Dinas Perkim Kota Palangka Raya. SK penetapan "
        "lokasi kumuh itu harus dilampiri apa saja, cukup tabel daftar lokasi atau perlu "
        "peta juga?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    (
        "aspek penilaian kumuh itu apa aja sih? katanya ada 7",
        "kumuh.aspek",
    ),
    (
        "What criteria are used to decide whether a settlement is a slum?",
        "kumuh.aspek",
    ),
    (
        "proteksi kebakarn termasuk kriteria kumuh jg ya? kriteria lengkapnya apa aj",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    (
        "nilai kumuh maksimalnya berapa, dan mulai skor berapa masuk kumuh berat?",
        "kumuh.penilaian",
    ),
    (
        "betul tidak kalau skor kekumuhan 55 sudah termasuk kumuh berat?",
        "kumuh.penilaian",
    ),
    (
        "maaf saya baru, tiap kriteria kumuh dikasih angka 0, 1, 3 atau 5 itu patokannya apa ya?",
        "kumuh.penilaian",
    ),
    (
        "cara ngitung skor kekumuhan gmn ya, berdasar persen luasan yg terdampak kah?",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    (
        "skor berapa sampai berapa yang termasuk kumuh sedang?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "kalau total nilai kumuh lokasi kami 20, itu masuk kumuh ringan ya?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "What score range counts as a light slum?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "rentang nilai kumuh ringan sm sedang brp ya, mau sy isi di tabel baseline",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        "bedanya pemugaran, peremajaan sama pemukiman kembali itu apa?",
        "kumuh.pola_penanganan",
    ),
    (
        "lokasi kumuh kami ada di bantaran sungai dan tanahnya tidak legal, "
        "penanganannya pakai pola yang mana?",
        "kumuh.pola_penanganan",
    ),
    (
        "katanya kumuh ringan selalu ditangani dengan peremajaan ya?",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    (
        "Kalteng punya berapa lokasi kumuh dan total luasnya berapa hektar?",
        "kumuh.kalteng",
    ),
    (
        "How many slum locations are there in Central Kalimantan?",
        "kumuh.kalteng",
    ),
    (
        "kabupatn mana yg lokasi kumuhnya paling bnyak di kalteng",
        "kumuh.kalteng",
    ),
    # usulan.isi
    (
        "usulan kegiatan ke provinsi itu harus berisi apa saja?",
        "usulan.isi",
    ),
    (
        "maaf saya baru dan ini pertama kali bikin usulan ke provinsi. informasi apa aja "
        "yang perlu saya siapkan?",
        "usulan.isi",
    ),
    (
        "knp isian usulan bnyak bgt, sektor lokasi biaya dll, itu dipake buat apa aja",
        "usulan.isi",
    ),
    # usulan.jenis
    (
        "jenis usulan apa saja yang bisa kami ajukan ke provinsi?",
        "usulan.jenis",
    ),
    (
        "apa benar kabupaten hanya boleh mengusulkan PSU ke provinsi, kumuh tidak bisa?",
        "usulan.jenis",
    ),
    (
        "What kinds of proposals can a regency send to the province?",
        "usulan.jenis",
    ),
    # usulan.lokasi
    (
        "data lokasi usulan yang diminta apa saja? perlu titik koordinat juga?",
        "usulan.lokasi",
    ),
    (
        "nama lokasi di usulan hrs sama persis dg nama di sk kumuh kah",
        "usulan.lokasi",
    ),
    (
        "Selamat siang, saya Rudi dari Perkim Lamandau. Kami mau usulkan jalan lingkungan "
        "di Desa Kujan, Kec. Bulik. Selain kecamatan dan desa, keterangan lokasi apa lagi "
        "yang perlu diisi?",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    (
        "For beneficiaries, I must write number of household or number of people?",
        "usulan.penerima_biaya",
    ),
    (
        "sumber dana yang bisa dipilih di usulan itu apa saja? boleh kombinasi?",
        "usulan.penerima_biaya",
    ),
    (
        "biaya usulan ditulis perkiraan aja atau hrs pas sesuai RAB?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    (
        "readiness criteria usulan itu dokumennya apa saja?",
        "usulan.kesiapan",
    ),
    (
        "maaf saya baru, berkas-berkas yang membuktikan usulan kita sudah siap dikerjakan "
        "itu apa saja ya?",
        "usulan.kesiapan",
    ),
    (
        "untuk usulan PSU drainase lingkungan, dokumen kesiapannya apa saja?",
        "usulan.kesiapan",
    ),
    (
        "betul tidak usulan yang belum punya DED tetap bisa dikirim, cuma dianggap belum siap?",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    (
        "maksud lahan clean and clean itu syaratnya apa aja?",
        "usulan.lahan",
    ),
    (
        "lahan buat jalan lingkungan masih milik warga, belum diserahkan ke pemda. usulan "
        "tetap bisa diterima?",
        "usulan.lahan",
    ),
    (
        "tanah yg msh sengketa batas sama desa sebelah bs diusulin gak",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    (
        "usulan kumuh wajib pakai SK kumuh ya? data SK apa saja yang diminta?",
        "usulan.sk_kumuh",
    ),
    (
        "lokasi yang mau kami usulkan belum masuk SK kumuh bupati, masih bisa diusulkan "
        "sebagai kumuh?",
        "usulan.sk_kumuh",
    ),
    (
        "SK kumur kami terbit 2019, usulan kumuh tahun ini masih bisa pakai SK itu?",
        "usulan.sk_kumuh",
    ),
    (
        "Do I need the regent's slum decree when I propose slum upgrading?",
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    (
        "DED dan RAB wajib dilampirkan waktu usulan, atau bisa menyusul?",
        "usulan.dokumen_teknis",
    ),
    (
        "foto kondisi eksisting perlu berapa lembar? dokumen teknis apa lagi yang dilampirkan?",
        "usulan.dokumen_teknis",
    ),
    (
        "maaf saya baru, gambar rencana rinci dan hitungan biaya yang dibuat konsultan itu "
        "perlu dikirim bersama usulan?",
        "usulan.dokumen_teknis",
    ),
    (
        "site plant sama RKS perlu dilampirin jg gk utk usulan jaling",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        "surat pernyataan kesediaan menerima hibah dan O&P itu ditandatangani siapa?",
        "usulan.surat_pernyataan",
    ),
    (
        "maaf saya baru, ada semacam surat janji bahwa kabupaten mau merawat bangunan "
        "setelah selesai dibangun provinsi. itu wajib dilampirkan ya?",
        "usulan.surat_pernyataan",
    ),
    (
        "apa benar usulan yang tidak ada surat pernyataan O&P-nya langsung ditolak?",
        "usulan.surat_pernyataan",
    ),
    (
        "Is there a template for the statement letter on accepting the grant and doing "
        "operation and maintenance?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    (
        "syarat usulan RTLH lewat provinsi apa saja?",
        "usulan.rtlh",
    ),
    (
        "maaf saya baru, bantuan perbaikan rumah warga tidak mampu dari provinsi itu "
        "syaratnya apa? rumahnya harus sudah berdiri?",
        "usulan.rtlh",
    ),
    (
        "apa benar program RTLH provinsi bisa dipakai bangun rumah baru di tanah kosong?",
        "usulan.rtlh",
    ),
    (
        "penerima bedah rumah provinsi ditetapkan sm siapa? pake sk bupati atau sk gubernur",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "warga satu RT mau minta jalan lingkungan langsung ke provinsi, boleh gak? syaratnya apa?",
        "usulan.psu_masyarakat",
    ),
    (
        "permohonan PSU yang datang dari masyarakat harus diketahui siapa saja?",
        "usulan.psu_masyarakat",
    ),
    (
        "Selamat pagi, saya Maria dari Disperkim Gunung Mas. Ada proposal dari warga "
        "Kelurahan Kurun minta drainase. Perlu tanda tangan lurah dan camat dulu?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "setelah jalan lingkungan selesai dibangun provinsi, asetnya jadi milik siapa?",
        "hibah.aset",
    ),
    (
        "BAST hibah aset dari provinsi ke kabupaten itu ditandatangani siapa?",
        "hibah.aset",
    ),
    (
        "katanya pemeliharaan drainase yang dibangun provinsi tetap tanggungan provinsi ya?",
        "hibah.aset",
    ),
    (
        "After the province hands over the roads it built, who has to maintain them?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "kalau usulan kami ternyata bukan kewenangan provinsi, bisa cari dana dari mana lagi?",
        "pendanaan.saluran_lain",
    ),
    (
        "kumuh kami cuma 4 ha jadi bukan provinsi. selain APBD kabupaten, ada dana apa "
        "lagi yang bisa dipakai?",
        "pendanaan.saluran_lain",
    ),
    (
        "If the province can't fund it, what other funding options do we have? CSR maybe?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        "alur usulan dari kabupaten sampai didanai provinsi itu gimana tiap tahunnya?",
        "siklus.tahunan",
    ),
    (
        "usulan yang kami kirim tahun ini itu untuk anggaran tahun berapa?",
        "siklus.tahunan",
    ),
    (
        "betul tidak usulan bisa dikirim kapan saja lalu langsung dikerjakan tahun itu juga?",
        "siklus.tahunan",
    ),
    (
        "What does the yearly cycle for proposals to the province look like?",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    (
        "usulan kami nanti diperiksa provinsi dari segi apa saja?",
        "siklus.pemeriksaan",
    ),
    (
        "apa benar provinsi turun survei lapangan dulu sebelum usulan disetujui?",
        "siklus.pemeriksaan",
    ),
    (
        "verifikasi usulan di prov itu cek apa aja, administrasi doang ato teknis jg",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    (
        "Rakor bidang kawasan permukiman itu tujuannya apa dan siapa saja pesertanya?",
        "siklus.rakor",
    ),
    (
        "katanya rakor kawasan permukiman selalu diadakan bulan oktober ya?",
        "siklus.rakor",
    ),
    (
        "maaf saya baru, rapat tahunan antara dinas provinsi dan dinas kabupaten soal "
        "kawasan permukiman itu membahas apa saja?",
        "siklus.rakor",
    ),
    (
        "Is the Rakor held every year? What gets discussed there?",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    (
        "usulan yang sudah dibahas di rakor itu kemudian masuk ke mana sampai dapat anggaran?",
        "siklus.rkpd_apbd",
    ),
    (
        "apa hubungan rakor dengan musrenbang provinsi?",
        "siklus.rkpd_apbd",
    ),
    (
        "stlh disetujui di rakor apakah otomatis msk apbd prov?",
        "siklus.rkpd_apbd",
    ),
    (
        "Selamat siang, saya Hendra dari Disperkim Seruyan. Terima kasih infonya kemarin. "
        "Usulan yang disetujui itu nanti masuk RKPD dulu baru APBD, begitu urutannya?",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    (
        "pokja PKP kabupaten itu tugasnya apa dan dasar hukumnya apa?",
        "koordinasi.pokja_pkp",
    ),
    (
        "apa kabupaten wajib bentuk poka pkp? biasanya siapa ketuanya?",
        "koordinasi.pokja_pkp",
    ),
    (
        "What does the housing and settlements working group do at regency level?",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    (
        "alamat disperkimtan prov?",
        "disperkimtan.kontak",
    ),
    (
        "what is the official website of Disperkimtan Kalteng?",
        "disperkimtan.kontak",
    ),
    (
        "kntor dinas perkimtan prov kalteng di jln apa ya, mau antar berkas",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    (
        "daftar perintah bot Sinkron apa saja? misalnya untuk lihat usulan saya pakai perintah apa",
        "bot.cara_pakai",
    ),
    (
        "jam bot WIB ato WITA?",
        "bot.cara_pakai",
    ),
    (
        "gmn cara batalin perintah yg lg jalan di bot, sy salah pencet",
        "bot.cara_pakai",
    ),
    # bot.usul
    (
        "waktu isi /usul, bisa disimpan dulu lalu dilanjutkan besok?",
        "bot.usul",
    ),
    (
        "di /usul bisa lampirkan file PDF RAB gak? fotonya maksimal berapa?",
        "bot.usul",
    ),
    (
        "sy mau kirim usulan lwt bot, perintahny /usul ya? nanti ditanya apa aja",
        "bot.usul",
    ),
    # bot.status
    (
        "arti status 'perlu perbaikan' di usulan itu apa?",
        "bot.status",
    ),
    (
        "bedanya status verifikasi sama dibahas di rakor apa?",
        "bot.status",
    ),
    (
        "katanya kalau sudah disetujui statusnya masih bisa berubah jadi ditolak ya?",
        "bot.status",
    ),
    (
        "What do the proposal statuses in this bot mean?",
        "bot.status",
    ),
    # bot.ditolak_dialihkan
    (
        "usulan kami ditolak, terus langkah selanjutnya apa?",
        "bot.ditolak_dialihkan",
    ),
    (
        "status dialihkan itu maksudnya usulan kami dilempar ke mana?",
        "bot.ditolak_dialihkan",
    ),
    (
        "klo usulan ditolak krn bukan kewenangan prov, bs diajukan ulang gak",
        "bot.ditolak_dialihkan",
    ),
    (
        "Our proposal was redirected to APBN. What should we do next?",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    (
        "berapa lama biasanya usulan ditindaklanjuti provinsi setelah dikirim?",
        "bot.tindak_lanjut",
    ),
    (
        "apa benar provinsi wajib merespon usulan paling lambat 3 hari kerja?",
        "bot.tindak_lanjut",
    ),
    (
        "standar LAPOR! itu dipakai untuk apa di bot ini?",
        "bot.tindak_lanjut",
    ),
    # bot.rapat
    (
        "kalau saya berhalangan hadir rakor, bisa diwakilkan staf lain? di bot caranya gimana?",
        "bot.rapat",
    ),
    (
        "When does the bot send meeting reminders?",
        "bot.rapat",
    ),
    (
        "undangan rapat di bot gmn cara konfirmasi hadir nya",
        "bot.rapat",
    ),
]

PART_B_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        "selamat pagi pak, sy Rina staf baru di Dinas Perkim Kab. Seruyan. di surat dari "
        "provinsi ada singkatan PSU, itu kepanjangannya apa ya?",
        "istilah.psu",
    ),
    ("sorry, I'm new here. what does PSU actually stand for?", "istilah.psu"),
    ("td di grup wa ada yg nulis jaling, jaling itu apa sih", "istilah.jaling"),
    (
        "drainase lingkungan itu mksdnya saluran air yg di gang2 kampung itu kah? betul tidak?",
        "istilah.drainase",
    ),
    ("KR di tabel lokasi kumuh itu singkatan apa ya pak", "istilah.kr"),
    ("katanya KS itu kumuh sedang ya? bener gak", "istilah.ks"),
    (
        "kb di kolom tingkat kekumuhan itu artinya apa? bukan keluarga berencana kan 😅",
        "istilah.kb",
    ),
    ("SK kumuh itu maksudnya SK apa ya? baru dengar istilahnya", "istilah.skkumuh"),
    ("di SK ada kata delinasi kawasan, artinya apa ya", "istilah.delineasi"),
    ("what is meant by delineation of a slum area?", "istilah.delineasi"),
    ("rtlh apaan ya", "istilah.rtlh"),
    (
        "halo, saya Fajar dari Perkim Gumas, mau tanya RTHL itu singkatan dr apa? "
        "ada di disposisi kabid",
        "istilah.rtlh",
    ),
    ("Betul tidak kalau RLH itu kebalikan dari RTLH, maksudnya rumah layak huni?", "istilah.rlh"),
    (
        "bedah rumah itu istilah resminya apa ya? sama dgn perbaikan rumah gitu?",
        "istilah.bedahrumah",
    ),
    ("bsps singkatan dr apa ya bu", "istilah.bsps"),
    ("BPSP eh BSPS itu bantuan apa sih?", "istilah.bsps"),
    (
        "Halo, saya Doni dari Disperkim Katingan. MBR itu maksudnya masyarakat yang bagaimana?",
        "istilah.mbr",
    ),
    ("rusunawa itu yang rumah susun disewakan itu kah?", "istilah.rusunawa"),
    ("rusus itu rumah apa ya? ada di daftar program pusat", "istilah.rusus"),
    ("huntara itu apa? kmrn disebut di rapat penanganan banjir", "istilah.huntara"),
    ("katanya huntap itu hunian tetap ya, bener gak?", "istilah.huntap"),
    ("KK di formulir usulan itu kepala keluarga atau kartu keluarga?", "istilah.kk"),
    ("jumlah jiwa di isian itu maksudnya jumlah orang kah?", "istilah.jiwa"),
    ("ha itu singkatan hektare kan? biar ga salah isi", "istilah.ha"),
    ("DED itu apa ya? kami diminta lampirkan DED tp sy gak paham", "istilah.ded"),
    ("what's a DED? the checklist says we need one", "istilah.ded"),
    ("RAB itu rencana anggran biaya ya?", "istilah.rab"),
    ("rks kepanjangannya apa", "istilah.rks"),
    ("KAK itu sama dengan TOR bukan sih?", "istilah.kak"),
    ("site plan itu bhs indonesianya apa? rencana tapak kah?", "istilah.siteplan"),
    ("di WA grup ada kata RC usulan, RC itu singkatan apa?", "istilah.rc"),
    (
        "BAST itu apa ya? kata senior nanti ada BAST kalo pekerjaan sudah selesai",
        "istilah.bast",
    ),
    ("hibah itu artinya apa sih kalau soal aset? dikasih cuma2 gitu?", "istilah.hibah"),
    ("bmd singkatan dari apa", "istilah.bmd"),
    ("BMN itu barang milik negara ya? apa benar?", "istilah.bmn"),
    ("O&P di surat pernyataan itu maksudnya apa?", "istilah.op"),
    ("what does O&P mean in the statement letter?", "istilah.op"),
    ("SPM itu kepanjangannya apa ya, standar pelayanan apa gitu", "istilah.spm"),
    (
        "selamat siang, saya Nia dari Perkim Bartim. atasan nyuruh ikut rapat pokja pkp, "
        "pokja pkp itu apa ya?",
        "istilah.pokjapkp",
    ),
    ("Pokja PPAS itu singkatan dari apa?", "istilah.pokjappas"),
    ("ampl di pokja ampl itu apa", "istilah.pokjaampl"),
    ("rp3kp itu dokumen apa ya", "istilah.rp3kp"),
    ("RP2KPKP kepanjangannya apa? panjang bgt singkatannya", "istilah.rp2kpkp"),
    ("kotaku itu program apa? bukan kota saya kan hehe", "istilah.kotaku"),
    ("dak tematik ppkt itu apa? disebut di rakor tahun lalu", "istilah.daktematikppkt"),
    ("dak itu dana apa ya", "istilah.dak"),
    ("what is APBN?", "istilah.apbn"),
    ("apbd itu anggaran daerah ya? kepanjangannya gmn", "istilah.apbd"),
    ("apa benar apbdes itu anggaran desa?", "istilah.apbdes"),
    ("bankeu itu apa? ada pilihan bankeu di sumber dana", "istilah.bankeu"),
    ("pokir itu apaan? kata senior usulan bisa lewat pokir", "istilah.pokir"),
    ("musrenbang singkatan dari apa ya", "istilah.musrenbang"),
    ("RKPD itu apa ya pak", "istilah.rkpd"),
    ("renja itu rencana kerja dinas kah?", "istilah.renja"),
    ("Renstra itu dokumen apa? berapa tahunan?", "istilah.renstra"),
    ("what does RPJMD stand for?", "istilah.rpjmd"),
    ("KUA PPAS itu apa sih, sering dengar kalo bahas anggaran", "istilah.kuappas"),
    ("rka itu rencana kerja dan anggaran kan?", "istilah.rka"),
    ("dpa itu dokumen apa", "istilah.dpa"),
    ("SIPD itu singkatan apa? aplikasi yg buat input anggaran itu ya", "istilah.sipd"),
    ("bapperida itu badan apa ya? dulu namanya bappeda kan", "istilah.bapperida"),
    ("opd itu apa", "istilah.opd"),
    ("skpd singkatannya apa ya", "istilah.skpd"),
    ("spam di dokumen air minum itu bukan spam email kan? artinya apa", "istilah.spam"),
    ("tps3r itu tempat sampah yg gimana? 3R nya apa", "istilah.tps3r"),
    ("rtrw itu RT RW kah atau rencana tata ruang?", "istilah.rtrw"),
    ("pbg itu pengganti imb ya? kepanjangannya apa", "istilah.pbg"),
    ("SKT itu surat apa? warga cuma punya SKT dari kades", "istilah.skt"),
    ("what does clean and clear mean for the land?", "istilah.cleanandclear"),
    ("CSR itu apa ya? kata atasan bisa cari dana CSR", "istilah.csr"),
    ("what does LAPOR! refer to? saw it written with an exclamation mark", "istilah.lapor"),
    ("jam di bot ditulis WIB, WIB itu waktu indonesia barat kan?", "istilah.wib"),
    ("what is a housing backlog?", "istilah.backlog"),
    (
        "pagi, saya Lukas pegawai baru Perkim Mura. Disperkimtan itu kepanjangannya apa? "
        "yg 'tan' itu apa",
        "istilah.disperkimtan",
    ),
]

# Intents: status, meeting, deadline, greeting, how_to_submit (6 each)
PART_B_INTENTS: list[tuple[str, str]] = [
    # status: the officer's own proposals
    (
        "selamat siang, saya Yudi dari Perkim Kab. Lamandau. usulan jalan lingkungan kami "
        "kemarin sudah diterima belum ya?",
        "status",
    ),
    ("usulan kami statusnya apa skrg", "status"),
    ("apa benar usulan drainase kami sudah masuk verifikasi? mau lapor ke kabid", "status"),
    ("cek usulan kmi dong", "status"),
    ("has our proposal been approved yet?", "status"),
    (
        "kata teman kantor usulan kami dikembalikan buat diperbaiki, betul tidak? sy blm "
        "lihat notifnya",
        "status",
    ),
    # meeting: when/where the next Rakor or meeting is
    ("rakor tahun ini kapan ya", "meeting"),
    (
        "halo, saya Sari staf baru Disperkim Pulang Pisau, rapat koordinasi berikutnya "
        "diadakan dimana?",
        "meeting",
    ),
    ("katanya rakornya di aula disperkimtan lagi ya? tanggal brp", "meeting"),
    ("when is the next coordination meeting?", "meeting"),
    ("jadwal rapat brikutnya udh ada blm", "meeting"),
    ("betul tidak rakor kawasan permukiman bulan depan? kami mau siapkan SPT", "meeting"),
    # deadline: last day to send proposals
    ("batas akhir kirim usulan kapan ya", "deadline"),
    ("usulan paling lambat tgl berapa hrs dikirim?", "deadline"),
    ("apa benar pengiriman usulan ditutup akhir bulan ini?", "deadline"),
    ("what is the deadline for sending proposals?", "deadline"),
    ("tenggatnya kpn pak, takut telat", "deadline"),
    (
        "selamat sore, saya Agus dari Dinas Perkim Barsel. usulan utk tahun anggaran depan "
        "masih bisa dikirim sampai kapan?",
        "deadline",
    ),
    # greeting: hello, thanks, what can you do, help
    ("halo", "greeting"),
    ("terima kasih banyak infonya pak 🙏", "greeting"),
    (
        "selamat pagi, saya Maya dari Disperkim Kab. Sukamara, baru pakai bot ini. bot ini "
        "bisa bantu apa aja?",
        "greeting",
    ),
    ("hi, what can you do?", "greeting"),
    ("tolong, saya bingung mau mulai dari mana di bot ini", "greeting"),
    ("makasih yaa", "greeting"),
    # how_to_submit: sending a proposal through this bot
    ("cara kirim usulan lewat bot ini gmn?", "how_to_submit"),
    ("saya mau ngusulin jalan lingkungan, lewat sini bisa? caranya?", "how_to_submit"),
    (
        "betul tidak kalau usulan cukup dikirim lewat bot ini pakai perintah /usul?",
        "how_to_submit",
    ),
    ("how do I submit a proposal here?", "how_to_submit"),
    ("mau input usulan baru, mulai dr mana ya", "how_to_submit"),
    (
        "selamat siang, saya Rudi dari Perkim Barito Utara. langkah2 mengajukan usulan "
        "PSU lewat telegram ini apa saja?",
        "how_to_submit",
    ),
]

# Areas: slum size -> kabkota (<10 ha), provinsi (10 to <15 ha), pusat (>=15 ha)
PART_B_AREAS: list[tuple[str, str]] = [
    ("kawasan kumuh di Kel. Baamang Hilir luasnya 8,5 ha, itu kewenangan siapa ya?", "kabkota"),
    ("lokasi kumuh pas 10 ha, masuk provinsi atau kabupaten?", "provinsi"),
    (
        "betul tidak kalau kumuh 12 hektar di Kel. Mendawai itu tanggung jawab provinsi?",
        "provinsi",
    ),
    ("kumuh tepat 15 ha siapa yg nangani", "pusat"),
    ("luas delineasi di Sei Pasah 14,9 ha, provinsi kah?", "provinsi"),
    ("kumuh 120.000 m2 di Kapuas Hilir, siapa yg berwenang", "provinsi"),
    ("a 9.8 hectare slum area in Palangka Raya, who is responsible?", "kabkota"),
    (
        "kawasan kumuh sedikit di bawah 15 hektare, 14,7 gitu, itu masih provinsi kan?",
        "provinsi",
    ),
    ("kumuh di Kel. Langkai luasnya 14,6 ha, jadi lebih dari 14,5. masih provinsi?", "provinsi"),
    ("kumuh 9,99 ha di Tumbang Tahai, urusan kota ya?", "kabkota"),
    ("lokasi kumuh 25 hektar di Kumai Hilir, kewenangan provinsi bukan?", "pusat"),
    ("kumuh 50.000 meter persegi siapa yang tangani", "kabkota"),
    (
        "halo, saya Wati dari Perkim Kotim. kawasan kumuh Baamang Tengah di SK seluas "
        "17,2 ha, itu yg tangani siapa ya?",
        "pusat",
    ),
    ("kumuh 10.5 ha itu wewenang siapa", "provinsi"),
    ("kawasan kumuh 150.000 m² di Kel. Menteng masuk kewenangan mana?", "pusat"),
    ("kumuh 3 ha di desa Sungai Cabang, provinsi yg tangani?", "kabkota"),
    ("is a 13 ha slum area in Sampit a provincial matter?", "provinsi"),
    ("kumuh 99.000 m2 siapa yg berwenang", "kabkota"),
    ("kumuh seluas persis 10 hektare di Buntok Kota itu siapa yg berwenang", "provinsi"),
    ("kumuh 16ha di Muara Teweh wewenang siap", "pusat"),
    ("kawasan kumuh 11 hektar di Kel. Dahirang tanggung jwb siapa", "provinsi"),
    ("kmh 7,25 ha wewenang siapa", "kabkota"),
    (
        "katanya kumuh 15 ha ke atas urusan pusat, jadi kawasan kami yg 18,4 ha bukan provinsi ya?",
        "pusat",
    ),
    ("kumuh 0,8 hektare di Puruk Cahu kewenangan siapa", "kabkota"),
    ("slum area of 15.3 ha in Tamiang Layang, who handles it?", "pusat"),
]

# Out of scope: the knowledge base cannot answer, the bot should hand over
PART_B_OUT_OF_SCOPE: list[str] = [
    "berapa pagu anggaran Disperkimtan tahun 2026 khusus untuk jalan lingkungan?",
    "alokasi provinsi buat Kab. Katingan tahun 2027 berapa miliar ya?",
    "apa benar Kotim dapat jatah 5 miliar dari provinsi tahun depan?",
    "minta nomor hp pak kabid kawasan permukiman dong, mau telpon langsung",
    (
        "selamat pagi, saya Heri dari Perkim Kobar. kontraktor yang ngerjain drainase di "
        "Kumai tahun lalu itu CV apa namanya?"
    ),
    "Which contractor won the 2025 drainage tender in Pangkalan Bun?",
    "tebal rabat beton utk jalan lingkungan minimal brp cm?",
    "mutu beton K berapa yg dipakai buat u-ditch drainase?",
    "u-ditch ukuran 40x60 cocok gak buat saluran di gang sempit?",
    "harga satuan semen di Puruk Cahu tahun 2026 berapa per sak?",
    "syarat bantuan RTLH dari Pemprov Kalsel apa aja ya? saudara sy tinggal di Banjarmasin",
    "Pergub Kaltim soal hibah rumah warga nomor berapa?",
    "SIPD saya error waktu input sub kegiatan, muncul gagal menyimpan, gmn ya",
    "lupa password akun SIPD, bisa direset dari sini?",
    "cara naik pangkat dari III/a ke III/b gimana ya",
    "tukin bulan ini kapan cair?",
    "halo, saya Tina CPNS baru di Dinas Perkim Barut. SK CPNS saya belum keluar, tanya kemana ya?",
    "format laporan SPJ perjalanan dinas ke palangka raya gimana?",
    "honor narasumber rakor tahun lalu berapa per jam?",
    "berapa persen realisasi fisik pekerjaan PSU provinsi triwulan ini?",
    "proyek jalan lingkungan di Baamang kenapa belum selesai sampai sekarang?",
    "NJOP tanah di Jl. Tjilik Riwut km 5 berapa ya?",
    "biaya balik nama sertifikat tanah di BPN Kapuas berapa?",
    "aplikasi e-katalog error pas mau klik pesan, solusinya gimana?",
    "What is the rupiah to dollar exchange rate today?",
    "cuaca di palangkaraya besok hujan gak?",
    "resep juhu singkah yg enak gmn",
    "tolong buatin pantun buat acara perpisahan kadis",
    "skor bola semalam brp?",
    "How much is a flight from Jakarta to Palangka Raya next week?",
]


ROUND32_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [*PART_A_TOPICS, *PART_B_TOPICS]
ROUND32_INTENTS: list[tuple[str, str]] = PART_B_INTENTS
ROUND32_AREAS: list[tuple[str, str]] = PART_B_AREAS
ROUND32_OUT_OF_SCOPE: list[str] = PART_B_OUT_OF_SCOPE
