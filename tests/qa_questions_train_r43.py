"""Training table R43 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Styles no round had asked for as a set, written for the first half of the topic list during
round 31 of tuning: a voice note typed out with its fillers, a formal letter's register, someone
else's question passed on, autocorrect damage and swapped letters, very short queries, chains of
conditions, numbers and money inside the question, Indonesian-English code-switching; casual
American English. A glossary entry's questions ask what the term means. Its slum-area questions
are computed by rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R43_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "eee pak, anu, saya mau tanya gitu loh, pembagian kewenangan perkim itu antara "
            "pusat, provinsi sama kabupaten kayak gimana sih secara garis besar, biar saya "
            "bisa jelasin ke kadis"
        ),
        "kewenangan.ringkasan",
    ),
    (
        "peta kewenangan PKP",
        "kewenangan.ringkasan",
    ),
    (
        (
            "Sehubungan dengan penyusunan Renstra dinas kami, bersama ini kami mohon "
            "penjelasan apakah urusan perumahan dan kawasan permukiman termasuk urusan wajib "
            "pelayanan dasar, beserta dasar hukumnya."
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "quick q, is housing a mandatory basic service under UU 23/2014 or is it one of "
            "the optional affairs?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "kewenagnan penanganan kawasan kumuh itu dibagi berdasarkan luas ya? "
            "batas-batasnya berapa aja"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Pak Sekda nanya ke saya, kawasan kumuh itu sebenarnya siapa yang wajib nangani, "
            "kabupaten atau provinsi, patokannya apa?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "anu pak, yang kumuh besar-besar itu, eee, yang udah lewat batas provinsi, itu "
            "pusat yang pegang ya, itu aturannya udah pasti atau masih, apa namanya, belum "
            "terkonfirmasi gitu?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "seandainya kawasan kumuh kami masuk kategori kewenangan pusat tapi pusat belum "
            "turun tangan, provinsi tetap nggak bisa ambil alih?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "kami mau anggarkan Rp 300 juta untuk pencegahan kumuh di 4 kelurahan, itu memang "
            "kewenangan kabupaten atau bisa minta provinsi?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "kewenangan pencegahan kumuh",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Menindaklanjuti pertanyaan Komisi III DPRD, perlu kami tanyakan rincian "
            "kewenangan provinsi dan kabupaten/kota pada sub-urusan perumahan."
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Ada anggota DPRD tanya ke kantor kami, urusan perumahan yang jadi tugas pemprov "
            "itu sebenarnya apa saja sih?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "rumah buat MBR sama pembiayaan perumahan itu scope-nya pusat kan? provinsi ada "
            "role nggak di situ?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "anu pak, itu, apa namanya, pembangunan rusun sama rumah MBR itu, itu... itu yang "
            "pegang pusat ya, bukan kita, bukan provinsi juga, gitu?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "kalau banjir besar kena 3 kabupaten sekaligus dan statusnya bencana provinsi, "
            "terus rumah warga banyak yang rusak berat, yang bangun ulang rumahnya provinsi "
            "atau kabupaten?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "ada 45 KK yang harus direlokasi karena program normalisasi sungai dari pemkab, "
            "penyediaan rumahnya tanggung jawab siapa?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        "izin pengembangan perumahan",
        "kewenangan.izin",
    ),
    (
        (
            "Menindaklanjuti permohonan pengembang di Kecamatan Baamang, perlu kami tanyakan "
            "apakah penerbitan izin pembangunan perumahan dan SKBG menjadi kewenangan "
            "kabupaten atau provinsi."
        ),
        "kewenangan.izin",
    ),
    (
        (
            "sub-urusan kawsan permukiman, provinsi tugasnya apa aja ya, bedanya sama "
            "kabupaten di mana?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "what does the province actually handle under the settlement areas sub-affair? "
            "and what stays with the regency?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "kan gini pak, eee, PSU itu kan ada PSU permukiman ada PSU perumahan, nah yang "
            "provinsi yang mana, yang kabupaten yang mana, itu loh saya suka ketuker terus"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "kalau jalan di dalam perumahan yang dibangun developer rusak, terus developernya "
            "sudah nggak ada, provinsi bisa bantu lewat PSU atau tetap kabupaten?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "PSU dari Disperkimtan itu cover apa aja? cuma jaling sama drainase atau bisa "
            "include air bersih juga?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "ada ruas jalan kabupaten 1,2 km di Kasongan yang drainase pinggirnya rusak, bisa "
            "masuk PSU provinsi nggak?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Sehubungan dengan banyaknya konsultan perencana rumah di daerah kami, bersama "
            "ini kami mohon penjelasan mengenai kewenangan sertifikasi dan registrasi "
            "perancang rumah serta perencana PSU."
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "kalau konsultan perencana rumah yang kemampuannya kecil registrasinya di "
            "kabupaten, terus yang menengah sama yang besar di mana?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        "SPM perumahan provinsi",
        "kewenangan.spm",
    ),
    (
        (
            "Bagian organisasi setda tanya ke saya, SPM bidang perumahan rakyat itu jenis "
            "layanan dan targetnya apa untuk provinsi dan kabupaten?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "kalau desanya luasnya 200 ha tapi yang masuk delineasi kumuh cuma sebagian, yang "
            "dipakai buat nentuin kewenangan itu luas desa atau luas delineasinya?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "which area counts for the slum rule, the whole village or just the part that's "
            "mapped in the SK?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        "yang netapin lokasi kumuh itu bupati ya? SK kumuhnya harus direvew tiap berapa tahun?",
        "kumuh.penetapan",
    ),
    (
        (
            "eee, mau nanya, itu, penetapan lokasi kumuh, anu, SK-nya itu dari bupati atau "
            "dari gubernur ya, soalnya kan kata orang-orang gubernur gitu loh"
        ),
        "kumuh.penetapan",
    ),
    (
        "tujuh aspek kumuh",
        "kumuh.aspek",
    ),
    (
        "kriteria kumuh itu aspek-nya apa aja? I need the list buat bahan survey minggu depan",
        "kumuh.aspek",
    ),
    (
        (
            "lokasi kami skor kekumuhannya 64, itu sudah masuk kumuh berat kan? maksimal "
            "skornya berapa sih?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "Tim surveyor nanya ke saya, tiap kriteria kumuh itu dikasih nilai 0, 1, 3 atau 5 "
            "berdasarkan apa?"
        ),
        "kumuh.penilaian",
    ),
    (
        "rentang skor kumu sedang sama ringan itu berapa ya",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "nilai kekumuhan lokasi di Pulau Hanaut 41, itu termasuk sedang atau ringan?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "seandainya kumuhnya ringan tapi lahannya ilegal di bantaran sungai, masih bisa "
            "pemugaran atau harus pemukiman kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Menindaklanjuti hasil penilaian lokasi kumuh di wilayah kami, perlu kami "
            "tanyakan perbedaan antara pemugaran, peremajaan dan pemukiman kembali."
        ),
        "kumuh.pola_penanganan",
    ),
    (
        "data kumuh Kalteng total-nya berapa lokasi dan berapa hektar? butuh buat slide paparan",
        "kumuh.kalteng",
    ),
    (
        (
            "Wartawan lokal tanya ke saya, Kalteng ini punya berapa kawasan kumuh dan paling "
            "banyak di kabupaten mana?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "eee pak, saya baru pertama kali bikin usulan, anu, isinya itu apa aja sih yang "
            "harus ditulis, apa namanya, judul, jenis, lokasi, gitu-gitu?"
        ),
        "usulan.isi",
    ),
    (
        "isian usluan kegiatan itu apa aja, terus kenapa sampai ditanya sektor segala?",
        "usulan.isi",
    ),
    (
        "jenis usulan provinsi",
        "usulan.jenis",
    ),
    (
        (
            "what kinds of proposals can we actually send to the province? just slums and PSU "
            "or more?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Sehubungan dengan penyusunan usulan PSU di Kecamatan Selat, bersama ini kami "
            "mohon penjelasan data lokasi apa saja yang wajib diisi, termasuk titik "
            "koordinat."
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Operator kami nanya, data lokasi usulan itu harus sampai desa ya, titik GPS "
            "wajib atau boleh kosong?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "usulan drainase kami Rp 1,5 M untuk 320 KK, jumlah jiwa juga harus diisi? sumber "
            "dananya pilih yang mana?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "kalau dananya gabungan APBD kabupaten sama provinsi, terus ada CSR juga, di "
            "usulan nulis sumber dananya gimana?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        "readyness criteria untuk usulan PSU itu dokumen apa aja yg dibutuhin?",
        "usulan.kesiapan",
    ),
    (
        (
            "Kabid saya minta saya ngecek, untuk usulan PSU dokumen kesiapan yang diminta "
            "provinsi itu apa saja?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "clean and clear itu requirement-nya apa aja? lahan desa yang belum bersertifikat "
            "bisa lolos nggak?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "kalau lahannya milik warga dan cuma ada SKT, terus warga mau hibahkan ke desa, "
            "untuk usulan jalan lingkungan itu dianggap siap atau belum?"
        ),
        "usulan.lahan",
    ),
    (
        "SK kumuh kami terbit 2019, kalau usulannya dikirim 2026 masih dianggap berlaku nggak?",
        "usulan.sk_kumuh",
    ),
    (
        (
            "eee, ini, lokasi yang mau kami usulkan itu, anu, SK kumuhnya ada tapi lokasinya "
            "nggak tercantum, gitu, itu masih bisa diusulkan nggak ya pak?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        "DED RAB wajib?",
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Menindaklanjuti arahan pada rapat sebelumnya, perlu kami tanyakan apakah DED, "
            "RAB, RKS dan site plan wajib dilampirkan saat pengajuan usulan, serta foto "
            "kondisi eksisting seperti apa yang perlu disertakan."
        ),
        "usulan.dokumen_teknis",
    ),
    (
        "surat pernyatan kesediaan menerima hibah dan O&P itu wajib ga untuk usulan PSU?",
        "usulan.surat_pernyataan",
    ),
    (
        (
            "do we need to sign some statement that we'll take over and maintain the stuff "
            "once it's built?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "kami mau usulkan 25 unit RTLH ke provinsi, syaratnya apa aja? yang rumahnya di "
            "tanah orang tua bisa nggak?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Kepala desa Tumbang Oroi tanya ke saya, warganya mau bangun rumah baru di lahan "
            "kosong, bisa dapat bantuan RTLH provinsi nggak?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "kan gini pak, ada warga, eee, warga mau usul sendiri drainase ke provinsi, itu, "
            "itu harus diketahui siapa aja, RT, lurah, camat, gitu?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "warga mau request PSU langsung ke prov, requirement-nya apa? harus ada tanda "
            "tangan RT RW juga?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "kalau provinsi bangun jalan lingkungan di atas tanah kabupaten, terus jalannya "
            "rusak dua tahun kemudian, yang wajib perbaiki siapa?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Menindaklanjuti rencana serah terima jalan lingkungan hasil pembangunan provinsi "
            "di Kecamatan Arut Selatan, perlu kami tanyakan pihak yang menandatangani naskah "
            "hibah dan BAST-nya."
        ),
        "hibah.aset",
    ),
    (
        "alternatif dana kumuh kecil",
        "pendanaan.saluran_lain",
    ),
    (
        (
            "kalau ternyata not provincial authority, funding channel lain apa aja yang bisa "
            "kita coba?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "eee pak, alur tahunan usulan ini, anu, dari kita kirim usulan sampai jadi "
            "kegiatan itu tahapannya gimana sih, gitu loh, biar saya bisa jadwalin"
        ),
        "siklus.tahunan",
    ),
    (
        "usulan yang kami kirim tahun 2026 itu untuk anggaran tahun berapa?",
        "siklus.tahunan",
    ),
    (
        (
            "Sehubungan dengan usulan yang akan kami sampaikan, bersama ini kami mohon "
            "penjelasan mengenai tahapan pemeriksaan yang dilakukan provinsi terhadap usulan "
            "kabupaten."
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Staf perencanaan nanya ke saya, provinsi kalau memeriksa usulan itu yang dicek "
            "apa aja, administrasi doang atau sampai teknis?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Kadis baru nanya ke saya, Rakor Bidang Kawasan Permukiman itu sebenarnya forum "
            "apa dan siapa saja pesertanya?"
        ),
        "siklus.rakor",
    ),
    (
        "what's the deal with the annual Rakor, what actually happens there?",
        "siklus.rakor",
    ),
    (
        "setelah Rakor, flow-nya ke Musrenbang terus RKPD terus APBD ya? urutannya gimana?",
        "siklus.rkpd_apbd",
    ),
    (
        (
            "kalau usulan kami sudah disetujui di Rakor tapi nggak masuk RKPD, berarti tetap "
            "nggak dapat anggaran ya?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        "dasar hukum Pokja PKP",
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Menindaklanjuti rencana pembentukan Pokja PKP di kabupaten kami, perlu kami "
            "tanyakan fungsi Pokja PKP dan peraturan yang menjadi dasarnya."
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        "alamt kantor disperkimtan prov di jalan apa ya, mau antar berkas",
        "disperkimtan.kontak",
    ),
    (
        "where's the Disperkimtan office at? gonna drop off some hard copies tomorrow",
        "disperkimtan.kontak",
    ),
    (
        "daftar perintah bot",
        "bot.cara_pakai",
    ),
    (
        "hey quick q, what commands does this bot have and what time zone are the times in?",
        "bot.cara_pakai",
    ),
    (
        "di /usul foto maksimal berapa? saya punya 14 foto lokasi sama 3 PDF RAB",
        "bot.usul",
    ),
    (
        (
            "kalau lagi isi form /usul terus sinyal putus di tengah jalan, datanya hilang "
            "nggak? terus kalau mau pakai usulan tahun lalu bisa disalin?"
        ),
        "bot.usul",
    ),
    (
        (
            "anu pak, itu, status 'dibahas di Rakor' itu artinya apa ya, eee, bedanya sama "
            "'verifikasi' gitu"
        ),
        "bot.status",
    ),
    (
        "status 'perlu perbaikna' itu maksudnya gimana, terus kami harus ngapain?",
        "bot.status",
    ),
    (
        (
            "Pak Kadis nanya ke saya, usulan yang statusnya dialihkan itu maksudnya dialihkan "
            "ke mana dan kita harus ngapain selanjutnya?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "seandainya usulan ditolak karena bukan kewenangan provinsi, tapi lokasinya "
            "mendesak banget, masih bisa diajukan ulang atau gimana?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "sudah 5 hari kerja usulan kami belum disentuh, standar verifikasinya sebenarnya "
            "berapa hari sih?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Sehubungan dengan standar layanan pada bot ini, bersama ini kami mohon "
            "penjelasan mengenai batas waktu tindak lanjut usulan yang mengacu pada LAPOR!."
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "kalau saya nggak bisa attend rapat, boleh diwakilkan staf? reminder-nya dikirim "
            "kapan aja?"
        ),
        "bot.rapat",
    ),
    (
        (
            "eee, itu, undangan rapat di bot itu, anu, konfirmasi hadirnya gimana ya pak, "
            "saya takut salah pencet gitu"
        ),
        "bot.rapat",
    ),
    (
        "Perkim artinya",
        "istilah.perkim",
    ),
    (
        "Anak magang tanya ke saya, Perkim itu singkatan dari apa ya?",
        "istilah.perkim",
    ),
    (
        "disperkimtn itu kepanjangannya apa? yang 'tan' di belakang itu apa",
        "istilah.disperkimtan",
    ),
    (
        "sorry, newbie here, what does Disperkimtan stand for?",
        "istilah.disperkimtan",
    ),
    (
        "kepanjangan PSU",
        "istilah.psu",
    ),
    (
        (
            "eee, PSU itu, anu, P-nya prasarana, S-nya sarana, U-nya apa ya pak, utilitas? "
            "gitu bukan sih?"
        ),
        "istilah.psu",
    ),
    (
        "jalimg itu maksudnya apa ya? sering liat di laporan",
        "istilah.jaling",
    ),
    (
        "what's 'jaling' short for? keep seeing it in the reports",
        "istilah.jaling",
    ),
    (
        "Warga di grup WA nanya, drainase itu maksudnya apa sih, sama kayak got gitu?",
        "istilah.drainase",
    ),
    (
        "what does drainase mean exactly? like storm drains or gutters?",
        "istilah.drainase",
    ),
    (
        "arti KR kumuh",
        "istilah.kr",
    ),
    (
        "KR di tabel kumhu itu singkatan apa?",
        "istilah.kr",
    ),
    (
        "anu, itu, di lampiran SK ada kode KS, eee, KS itu kumuh apa ya, kumuh sedang ya?",
        "istilah.ks",
    ),
    (
        "KS di spreadsheet baseline itu stand for apa?",
        "istilah.ks",
    ),
    (
        (
            "Menindaklanjuti lampiran SK kumuh yang kami terima, perlu kami tanyakan arti "
            "singkatan KB pada kolom tingkat kekumuhan."
        ),
        "istilah.kb",
    ),
    (
        (
            "kalau di tabel kumuh ditulis KB, terus di tabel lain ditulis kumuh berat, itu "
            "sama artinya nggak?"
        ),
        "istilah.kb",
    ),
    (
        "maksud SK kumuh",
        "istilah.skkumuh",
    ),
    (
        "di laporan tertulis '1 SK kumuh, 12 lokasi', SK kumuh itu maksudnya dokumen apa sih?",
        "istilah.skkumuh",
    ),
    (
        "delinasi itu artinya apa?",
        "istilah.delineasi",
    ),
    (
        "Pak Camat nanya ke saya, delineasi kawasan itu maksudnya apa?",
        "istilah.delineasi",
    ),
    (
        "RTLH singkatan",
        "istilah.rtlh",
    ),
    (
        "RTLH itu stands for apa ya? buat caption laporan",
        "istilah.rtlh",
    ),
    (
        (
            "kalau RTLH itu rumah tidak layak huni, berarti RLH itu kebalikannya ya, rumah "
            "layak huni?"
        ),
        "istilah.rlh",
    ),
    (
        (
            "eee, bedah rumah itu, anu, maksudnya apa sih pak, itu nama program atau istilah "
            "aja, gitu?"
        ),
        "istilah.bedahrumah",
    ),
    (
        "what does 'bedah rumah' mean? is it like a house makeover thing?",
        "istilah.bedahrumah",
    ),
    (
        "BSPS kepanjagnannya apa?",
        "istilah.bsps",
    ),
    (
        (
            "Sehubungan dengan pertanyaan masyarakat, bersama ini kami mohon penjelasan "
            "mengenai kepanjangan dan pengertian istilah BSPS."
        ),
        "istilah.bsps",
    ),
    (
        "dalam laporan ada '120 KK MBR', MBR itu artinya apa?",
        "istilah.mbr",
    ),
    (
        "arti MBR",
        "istilah.mbr",
    ),
    (
        "Ada kepala desa tanya, rusunawa itu maksudnya apa, beda sama rusun biasa?",
        "istilah.rusunawa",
    ),
    (
        "kalau rusun itu rumah susun, terus rusunawa, nah 'wa'-nya itu apa?",
        "istilah.rusunawa",
    ),
    (
        "rusus itu abbreviation dari apa?",
        "istilah.rusus",
    ),
    (
        "ada berita bangun 50 unit rusus di daerah perbatasan, rusus itu apa ya?",
        "istilah.rusus",
    ),
]

TRAIN_R43_INTENTS: list[tuple[str, str]] = [
    (
        (
            "usulan jalan lingkungan kami di Mentawa Baru Hilir, yang 800 meter itu, sudah "
            "sampai tahap mana ya?"
        ),
        "status",
    ),
    (
        "cek statsu usulan USL-2026-0007 dong",
        "status",
    ),
    (
        "hey, did any of our proposals get approved yet or are they all still under review?",
        "status",
    ),
    (
        "jadwal rakor tahun ini",
        "meeting",
    ),
    (
        "meeting rakor berikutnya di mana dan jam berapa? perlu booking travel dari Puruk Cahu",
        "meeting",
    ),
    (
        "Kadis nanya ke saya, rapat koordinasi yang berikutnya tanggal berapa ya?",
        "meeting",
    ),
    (
        (
            "Sehubungan dengan penyusunan usulan TA 2027, bersama ini kami mohon informasi "
            "batas akhir penyampaian usulan ke provinsi."
        ),
        "deadline",
    ),
    (
        "submit usulan paling lambat by when ya tahun ini?",
        "deadline",
    ),
    (
        (
            "eee pak, anu, usulan itu ditutupnya kapan ya, tanggal berapa, soalnya DED kami "
            "belum jadi gitu loh"
        ),
        "deadline",
    ),
    (
        "selamat pagi pak",
        "greeting",
    ),
    (
        "eee selamat siang pak, anu, mau minta tolong, gitu",
        "greeting",
    ),
    (
        "thanks a lot, that really helped!",
        "greeting",
    ),
    (
        "cara inpt usulan lewat bot ini gimana ya",
        "how_to_submit",
    ),
    (
        "kalau mau kirim usulan baru lewat sini, mulainya dari mana, terus pakai perintah apa?",
        "how_to_submit",
    ),
    (
        "saya mau masukin 3 usulan PSU sekaligus lewat bot, caranya gimana?",
        "how_to_submit",
    ),
]

TRAIN_R43_AREAS: list[tuple[str, str]] = [
    (
        "kumuh 8,5 ha kewenangan?",
        "kabkota",
    ),
    (
        (
            "kawasan kumuh di Kelurahan Pasir Putih luasnya 75.000 m2 sesuai SK, itu "
            "ditangani kabupaten atau provinsi?"
        ),
        "kabkota",
    ),
    (
        (
            "eee, delineasi kumuh kami itu, anu, 9,9 hektar, gitu, itu masuk mana ya pak, "
            "kabupaten kan?"
        ),
        "kabkota",
    ),
    (
        "we've got a slum area of about 6 hectares in Kumai, who's in charge of that one?",
        "kabkota",
    ),
    (
        (
            "Sehubungan dengan lokasi kumuh di Kelurahan Selat Hulu seluas tepat 10 hektare "
            "menurut SK kumuh, bersama ini kami mohon penjelasan tingkat pemerintahan yang "
            "berwenang menanganinya."
        ),
        "provinsi",
    ),
    (
        "kawsan kumuh 12,5 ha itu kewenangan prov ya?",
        "provinsi",
    ),
    (
        "luas delineasi-nya 140.000 m², authority-nya siapa?",
        "provinsi",
    ),
    (
        (
            "kalau luasnya 14,99 ha tapi orang-orang suka bulatin jadi 15, itu masih provinsi "
            "atau sudah pusat?"
        ),
        "provinsi",
    ),
    (
        (
            "Pak camat nanya, kawasan kumuh di Murung Keramat luasnya pas 15 hektar, itu "
            "urusan siapa?"
        ),
        "pusat",
    ),
    (
        "lokasi kumuh 210.000 meter persegi di tepian sungai Kahayan, kewenangan siapa?",
        "pusat",
    ),
    (
        "slum area kita 32 hectares, masuk kewenangan pusat atau provinsi?",
        "pusat",
    ),
    (
        "kumuh 18 hektare di Baamang Hulu itu kewenanagn pusat?",
        "pusat",
    ),
]

TRAIN_R43_OUT_OF_SCOPE: list[str] = [
    "berapa pagu anggaran Disperkimtan untuk PSU tahun 2026, total berapa miliar?",
    "nomor WA admin Rakor berapa ya? mau confirm langsung by phone",
    "nilai bantuan BSPS per unit tahun ini brapa?",
    "Pak Bupati nanya ke saya, jumlah RTLH di Kabupaten Katingan sekarang ada berapa unit?",
    (
        "kalau tender drainase lingkungan di Kuala Kurun tahun lalu sudah selesai, "
        "pemenangnya siapa dan nilai kontraknya berapa?"
    ),
    (
        "Sehubungan dengan rencana pembangunan rumah contoh, bersama ini kami mohon "
        "informasi harga satuan bahan bangunan terbaru di Kabupaten Seruyan."
    ),
    "cuaca Puruk Cahu besok",
    "eee pak, anu, TPP bulan ini kapan cair ya, gitu, soalnya belum masuk",
    "syarat pindah tugs PNS antar kabupaten apa aja?",
    "harga semen per sak di Muara Teweh sekarang berapa? kami butuh 200 sak",
    "ada rekomendasi hotel murah dekat Bundaran Besar Palangka Raya? budget-nya max 400 ribu",
    "any idea when the next CPNS recruitment opens?",
    "Ibu-ibu PKK tanya, jadwal vaksin rabies di Kasongan kapan ya?",
    "kalau PBB rumah saya telat bayar dua tahun, terus mau bayar online, caranya gimana?",
    (
        "kan gini pak, jalan provinsi yang ke arah Kereng Pangi itu, eee, berlubang "
        "parah, lapornya ke nomor berapa ya?"
    ),
]
