"""Training table R33 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 43's styles, written by another hand for the first half of the topic list while round 43
was written: self-correction inside the message, institutions and nicknames in place of the
levels, figurative language and idioms, asking the bot what it knows around the real
question, concrete things on the ground instead of category names, young officers' slang,
relaying someone else's question word for word, rhetorical or argumentative questions;
texting English with SMS shorthand. A glossary entry's questions ask what the term means. Its
slum-area questions are computed by rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R33_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Pemprov, Pemkab sama orang Jakarta itu bagi-bagi tugasnya di perumahan dan "
            "permukiman gimana sih secara garis besar?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "bot bisa jelasin ringkas peta kewenangan perkim antara pusat, provinsi dan "
            "kabupaten/kota?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "bukannya perumahan rakyat itu urusan pilihan ya? kok disebut urusan wajib "
            "pelayanan dasar, dasarnya pasal berapa?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "perkim itu masuk urusan wajib non pelayanan dasar, eh salah, yang pelayanan "
            "dasar ya? dasar hukumnya UU apa?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "kumuh ini kayak bola panas, yang pegang sebenernya siapa: kabupaten, provinsi "
            "atau pusat? patokannya dari luas kan?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "spill dong batas luas kumuh buat tiap level pemerintahan, biar usulan gak salah "
            "alamat ygy"
        ),
        "kewenangan.kumuh",
    ),
    (
        "kumuh is a hot potato here lol, wat r the ha limits 4 kab, prov n pusat?",
        "kewenangan.kumuh",
    ),
    (
        (
            "kabid saya nanya begini: 'kawasan kumuh yang gede-gede, yang sudah lewat batas "
            "provinsi, itu larinya ke mana?' enaknya saya jawab gimana?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "masa sih kumuh yang luasnya di atas batas provinsi beneran jadi urusan pusat? "
            "aturannya bilang apa?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "di kampung kami rumah mulai dempet-dempetan di bantaran, belum kumuh tapi pengen "
            "dicegah sebelum parah. pencegahan kumuh begitu kewenangan siapa?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "pencegahan kumuh itu bisa minta ke Pemprov, atau memang dinas kami sendiri yang "
            "harus jalan?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "ada info soal kewenangan provinsi di sub-urusan perumahan? apa aja yang dipegang "
            "prov, apa yang tinggal di kabupaten?"
        ),
        "kewenangan.perumahan",
    ),
    (
        "wat does pemprov handle under sub-urusan perumahan vs pemkab? pls short answer",
        "kewenangan.perumahan",
    ),
    (
        "lho kok penyediaan rumah buat MBR bukan urusan provinsi? terus siapa yang nyediain?",
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "bangun rusun buat pekerja sama pembiayaan rumah MBR itu larinya ke Kementerian "
            "PKP ya, bukan ke Palangka?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "rumah-rumah panggung di pinggir sungai hanyut kena banjir besar, warga butuh "
            "rumah lagi. rumah korban bencana begitu yang nangani siapa?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "warga yang kena relokasi program kabupaten, koreksi, maksud saya program "
            "provinsi, rumahnya difasilitasi siapa?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "developer nanya ke saya: 'pak, izin pembangunan perumahan kami ngurusnya ke "
            "provinsi atau ke kabupaten?' saya harus bilang apa?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "soal SKBG sama izin pengembangan kawasan permukiman, pintu masuknya lewat mana, "
            "provinsi atau kabupaten?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "kamu tahu nggak isi sub-urusan kawasan permukiman per level? pusat pegang apa, "
            "provinsi apa, kabupaten apa?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        ("jujurly masih blur, sub-urusan kawasan permukiman itu isinya apa aja sih per tingkatan?"),
        "kewenangan.kawasan_permukiman",
    ),
    (
        "PSU perumahan, eh maksud saya PSU permukiman, itu kewenangan provinsi atau kabupaten?",
        "kewenangan.psu",
    ),
    (
        (
            "bukankah PSU di komplek perumahan itu mestinya kabupaten yang urus, bukan "
            "provinsi? bedanya PSU perumahan sama PSU permukiman apa?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "jalan setapak di antara rumah warga sama got yang mampet di gang, bisa nggak "
            "dibangun Disperkimtan provinsi?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "lampu jalan sama taman bermain anak di permukiman, masuk PSU yang dikerjakan "
            "provinsi nggak? atau cuma jalan lingkungan dan drainase?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        "masa jalan kabupaten yang berlubang nggak bisa masuk PSU provinsi? kan sama-sama jalan",
        "psu.lingkup_provinsi",
    ),
    (
        (
            "bot, di sini bisa tanya soal sertifikasi perancang rumah? yang tingkat kemampuan "
            "kecil registrasinya di level mana?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "who certifies house n PSU designers? kab, prov or pusat? depends on capability "
            "level rite?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "SPM perumahan itu kunci utamanya apa? provinsi wajib memenuhi layanan apa dan "
            "targetnya berapa persen?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "inspektorat nanya ke kami: 'jenis pelayanan dasar SPM perumahan rakyat untuk "
            "kabupaten itu apa saja?' gimana jawab yang benar?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "lho, luas kumuh itu bukannya dihitung dari luas seluruh desa? kok katanya pakai "
            "delineasi?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Bappeda bilang pakai luas kelurahan, balai bilang pakai delineasi. buat nentuin "
            "kewenangan, luas yang dipakai yang mana?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "camat nanya 'yang netapin lokasi kumuh itu pak gub atau pak bupati?', saya balas "
            "gimana ya?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "SK kumuh kami udah jadul banget dari 2017, fix harus ditinjau ulang tiap berapa "
            "tahun sih?"
        ),
        "kumuh.penetapan",
    ),
    (
        "bot bisa sebutin tujuh aspek kriteria kumuh satu per satu?",
        "kumuh.aspek",
    ),
    (
        (
            "di lokasi kami air bersih susah, sampah dibuang ke sungai, got meluap, hidran "
            "nggak ada. semua itu masuk aspek penilaian kumuh ya? aspeknya apa aja?"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "skor maksimal kumuh itu 100, eh salah, sebenarnya berapa? terus kumuh berat "
            "mulai skor berapa?"
        ),
        "kumuh.penilaian",
    ),
    (
        "my boss asks 'wat score makes a location kumuh berat?' hw do i answer him",
        "kumuh.penilaian",
    ),
    (
        "anjir skor lokasi kami 42, itu masuk kumuh sedang apa ringan sih?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "kumuh ringan sama kumuh sedang ibarat beda tipis, rentang skor masing-masing berapa?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "permukiman rumah panggung di sempadan sungai, tanahnya nggak legal. "
            "penanganannya pemugaran, peremajaan, atau harus pemukiman kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "orang prov bilang kawasan kami cocoknya peremajaan, bukan pemugaran. bedanya apa "
            "dan ditentukan dari apa?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        "kamu punya data jumlah lokasi kumuh se-Kalteng? totalnya berapa hektar?",
        "kumuh.kalteng",
    ),
    (
        (
            "so many stilt houses by the river here.. hw many kumuh sites does kalteng have "
            "in total n r most riverside?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "biar usulan nggak jalan di tempat, isinya harus memuat apa aja? kenapa "
            "pertanyaan di formnya banyak banget?"
        ),
        "usulan.isi",
    ),
    (
        (
            "staf baru nanya 'bang, usulan kegiatan ke provinsi itu isinya apa aja?', jelasin "
            "ke dia yang gampang gimana?"
        ),
        "usulan.isi",
    ),
    (
        "plis list jenis usulan yang bisa diajukan ke prov, biar gak auto ditolak",
        "usulan.jenis",
    ),
    (
        "jenis usulan itu ada empat kan? eh, lima ya? kategorinya apa aja?",
        "usulan.jenis",
    ),
    (
        (
            "buat usulan perbaikan jalan setapak, titik lokasinya perlu GPS juga atau cukup "
            "nama desa dan kecamatan? data lokasi apa aja yang diminta?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Pemprov minta data lokasi usulan, nama lokasinya harus sama persis dengan yang "
            "tertulis di SK kumuh? perkotaan/perdesaan juga ditanya?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "do i need KK n jiwa counts + cost + funding src in the usulan? wat funding "
            "options r there"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "btw biaya sama sumber dana di usulan wajib diisi ya? sumber dananya boleh "
            "kombinasi gak?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        "kunci utama usulan PSU biar dinilai siap itu dokumen apa aja?",
        "usulan.kesiapan",
    ),
    (
        (
            "ada info soal readiness criteria? dokumen kesiapan yang diminta provinsi untuk "
            "usulan apa saja?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "tanah buat saluran drainase ini sebagian punya warga, belum sertifikat, masih "
            "SKT. aman nggak buat usulan? clean and clear itu syaratnya apa?"
        ),
        "usulan.lahan",
    ),
    (
        "emang iya lahannya harus clean and clear dulu baru boleh diusulkan?",
        "usulan.lahan",
    ),
    (
        (
            "untuk usulan PSU, eh bukan, usulan kumuh maksudnya, nomor dan tanggal SK kumuh "
            "wajib dicantumkan?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        ("kalau lokasinya ga ada di SK kumuh atau SK-nya udah lewat 5 tahun, auto ditolak ga sih?"),
        "usulan.sk_kumuh",
    ),
    (
        (
            "PUPR kabupaten belum sempat bikin DED, baru ada RAB sama foto. dokumen teknis "
            "yang dibutuhkan provinsi apa aja?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        "r DED, RAB, RKS n site plan rly all needed?? arent photos enough?",
        "usulan.dokumen_teknis",
    ),
    (
        (
            "sekda nanya 'kenapa kita harus bikin surat pernyataan siap terima hibah dan "
            "O&P?', gimana jelasinnya?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "bot bisa kasih tahu surat pernyataan hibah dan operasi pemeliharaan itu isinya "
            "apa dan gunanya di usulan?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "nenek di desa Hayaping bilang ke saya 'nak, atap rumah nenek bocor, dinding "
            "papannya lapuk, bisa dapat bantuan provinsi?' saya harus jawab apa?"
        ),
        "usulan.rtlh",
    ),
    (
        "masa sih bangun rumah baru di tanah kosong nggak bisa lewat program RTLH provinsi?",
        "usulan.rtlh",
    ),
    (
        (
            "penerima bantuan RTLH dari Pemprov itu yang netapin pak gub lewat SK ya? syarat "
            "tanahnya apa?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "ketua RT kirim WA: 'pak, warga mau minta jalan lingkungan dicor, bisa langsung "
            "ke provinsi?' balasnya gimana?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "kalau warga sendiri yang mau usul drainase, pintu masuknya lewat mana dan harus "
            "diketahui siapa saja?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "lho kok jalan lingkungan yang dibangun provinsi malah dihibahkan ke kabupaten? "
            "terus pemeliharaannya tanggung jawab siapa?"
        ),
        "hibah.aset",
    ),
    (
        "BAST aset PSU dari Pemprov ke Pemkab itu yang tanda tangan pak bupati langsung?",
        "hibah.aset",
    ),
    (
        (
            "usulan kami dilempar bola terus, katanya bukan kewenangan provinsi. terus "
            "dananya bisa dicari dari mana lagi?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "prov keeps throwing the ball back 2 us, not their authority they say. wat other "
            "funding can we use?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        "bisa jelasin alur tahunan usulan dari kabupaten sampai jadi kegiatan provinsi?",
        "siklus.tahunan",
    ),
    (
        (
            "usulan yang kami kirim tahun ini buat anggaran tahun ini, eh bukan, buat tahun "
            "depan ya? siklusnya gimana sih?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "jujurly penasaran, usulan kita dicek prov dari sisi apa aja? administrasi doang "
            "atau teknis juga?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        "orang prov meriksa usulan itu pakai kriteria apa aja? kewenangan juga ikut dicek?",
        "siklus.pemeriksaan",
    ),
    (
        (
            "Rakor itu ibarat apa buat kabupaten, cuma seremonial atau beneran bahas usulan "
            "secara teknis?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "kadis baru nanya 'Rakor Bidang Kawasan Permukiman itu acara apa, siapa yang "
            "ikut?', saya terangkan gimana?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Bapperida bilang habis Rakor jalannya masih panjang. tahapannya sampai masuk "
            "APBD itu gimana?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        "so after rakor its straight into the apbd rite? or musrenbang n rkpd first?",
        "siklus.rkpd_apbd",
    ),
    (
        (
            "asisten II nanya 'Pokja PKP itu kerjanya apa sih dan dasarnya aturan apa?', saya "
            "terangkan gimana?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Pokja AMPL, eh salah, Pokja PKP di kabupaten itu perannya apa dalam koordinasi "
            "perumahan dan permukiman?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "kantor Disperkimtan provinsi yang gedungnya bekas rumah sakit jiwa itu ya? "
            "alamat lengkapnya di jalan apa?"
        ),
        "disperkimtan.kontak",
    ),
    (
        "dinas perkim provinsi alamatnya di mana? mau antar berkas langsung ke Palangka",
        "disperkimtan.kontak",
    ),
    (
        "kuy mulai, perintah bot ini apa aja? jam yang dipakai WIB kan?",
        "bot.cara_pakai",
    ),
    (
        "kamu bisa ngapain aja? perintah-perintahnya apa dan dipakainya gimana?",
        "bot.cara_pakai",
    ),
    (
        "pas isi /usul, foto maksimal berapa? PDF DED boleh dilampirin juga nggak?",
        "bot.usul",
    ),
    (
        (
            "fitur salin usulan lama di /usul itu ibarat fotokopi ya? apa aja yang ikut "
            "kesalin dan apa yang harus diisi ulang?"
        ),
        "bot.usul",
    ),
    (
        (
            "status usulan kami 'verifikasi', eh bukan, 'perlu perbaikan', itu artinya apa "
            "dan kami mesti ngapain?"
        ),
        "bot.status",
    ),
    (
        "wat does 'dibahas rakor' status mean? approved already or not yet?",
        "bot.status",
    ),
    (
        (
            "usulan ditolak itu apa harus dianggap kartu mati, atau masih ada jalan lain? "
            "langkah selanjutnya apa?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "anjir usulan kami dialihkan ke APBD kab, maksudnya gimana dan next step-nya apa?",
        "bot.ditolak_dialihkan",
    ),
    (
        "emang ada standar berapa hari usulan harus diverifikasi? kok nunggunya lama banget?",
        "bot.tindak_lanjut",
    ),
    (
        "kamu tahu nggak tolok ukur LAPOR! yang dipakai bot buat tindak lanjut usulan?",
        "bot.tindak_lanjut",
    ),
    (
        (
            "saya udah konfirmasi hadir rapat, eh ternyata bentrok dinas luar, bisa "
            "diwakilkan ke staf lewat bot nggak?"
        ),
        "bot.rapat",
    ),
    (
        "pengingat rapat bisa diatur ga? suka mager buka undangan, takut lupa",
        "bot.rapat",
    ),
    (
        "perkim itu singkatan dari apa ya?",
        "istilah.perkim",
    ),
    (
        "wat does perkim stand 4?",
        "istilah.perkim",
    ),
    (
        ("Disperkim, eh Disperkimtan maksudnya, kepanjangannya apa? 'tan' di belakangnya itu apa?"),
        "istilah.disperkimtan",
    ),
    (
        "anak magang nanya 'Disperkimtan itu singkatan apa pak?', saya jawab apa biar lengkap?",
        "istilah.disperkimtan",
    ),
    (
        "PSU itu kepanjangannya apa sih bestie, prasarana sarana apa gitu",
        "istilah.psu",
    ),
    (
        (
            "PSU itu ibarat kelengkapan lingkungan ya? sebenarnya singkatan dari apa dan "
            "pengertiannya apa?"
        ),
        "istilah.psu",
    ),
    (
        "di laporan tertulis 'jaling 300 m', jaling itu maksudnya apa?",
        "istilah.jaling",
    ),
    (
        "jaling tuh apaan dah",
        "istilah.jaling",
    ),
    (
        "drainase itu maksudnya got, parit, selokan gitu ya? pengertian drainase apa?",
        "istilah.drainase",
    ),
    (
        "kades nanya 'drainase itu apa to pak, bahasa gampangnya?', saya jelasin gimana?",
        "istilah.drainase",
    ),
    (
        "pak lurah tanya 'KR di tabel kumuh itu artinya apa?', jelasinnya gimana?",
        "istilah.kr",
    ),
    (
        "KB di tabel itu apa, eh salah, KR maksud saya, kepanjangannya apa?",
        "istilah.kr",
    ),
    (
        "KS itu singkatan apa ygy? di peta kumuh ada kode KS",
        "istilah.ks",
    ),
    (
        "theres a map here w/ the riverside houses marked KS, wat does KS mean?",
        "istilah.ks",
    ),
    (
        "KB di data kumuh itu bukan keluarga berencana kan? maksudnya apa?",
        "istilah.kb",
    ),
    (
        "kode KB di peta sebaran kumuh itu ibarat lampu merah ya? artinya apa?",
        "istilah.kb",
    ),
    (
        (
            "SK kumuh itu, eh maksud saya yang lengkapnya SK penetapan lokasi kumuh, "
            "sebenarnya artinya apa?"
        ),
        "istilah.skkumuh",
    ),
    (
        "SK kumuh yang dikeluarkan pak bupati itu sebenarnya dokumen apa?",
        "istilah.skkumuh",
    ),
    (
        "delineasi itu ibarat garis batas ya? artinya apa persisnya?",
        "istilah.delineasi",
    ),
    (
        "delineasi tuh apa sih? plis jelasin versi simpel",
        "istilah.delineasi",
    ),
    (
        "ok so RTLH stands 4 wat? asking 4 a friend lol",
        "istilah.rtlh",
    ),
    (
        "warga nanya 'RTLH itu apa to pak?', saya jelasin ke dia gimana yang gampang?",
        "istilah.rtlh",
    ),
    (
        "RLH itu kebalikan RTLH bukan? kepanjangannya apa?",
        "istilah.rlh",
    ),
    (
        "di laporan Pemprov ada target 'RTLH menjadi RLH', RLH itu maksudnya apa?",
        "istilah.rlh",
    ),
    (
        (
            "ganti dinding bambu jadi papan, betulin atap bocor, orang sering nyebut itu "
            "bedah rumah. istilah bedah rumah sebenarnya artinya apa?"
        ),
        "istilah.bedahrumah",
    ),
    (
        "bedah rumah itu istilah resmi atau bahasa sehari-hari doang? maksudnya apa?",
        "istilah.bedahrumah",
    ),
    (
        "BSPS yang dari Kementerian PKP itu singkatan apa?",
        "istilah.bsps",
    ),
    (
        "BPJS, eh salah ketik, BSPS maksudnya, itu kepanjangannya apa?",
        "istilah.bsps",
    ),
    (
        "wartawan nanya 'MBR itu maksudnya siapa sih?', saya jawab apa?",
        "istilah.mbr",
    ),
    (
        "MBR isnt just 'poor ppl' rite? wat does it actually stand 4?",
        "istilah.mbr",
    ),
    (
        "rusunami, eh bukan, rusunawa maksud saya, itu artinya apa?",
        "istilah.rusunawa",
    ),
    (
        "rusunawa itu rusun yang dijual kan? bukannya disewakan? artinya apa sih?",
        "istilah.rusunawa",
    ),
    (
        "rusus itu ibarat rusun versi khusus ya? sebenarnya artinya apa?",
        "istilah.rusus",
    ),
    (
        "Kementerian PKP sering sebut rusus, itu singkatan dari apa?",
        "istilah.rusus",
    ),
]

TRAIN_R33_INTENTS: list[tuple[str, str]] = [
    (
        (
            "spill dong usulan kami yang kemarin udah sampai mana, masih diverifikasi atau "
            "udah ditolak?"
        ),
        "status",
    ),
    (
        "usulan dinas kami buat Kotim udah diproses orang prov belum?",
        "status",
    ),
    (
        "any update on my usulan USL-2026-0004? approved yet?",
        "status",
    ),
    (
        (
            "rakor tahun ini kapan? eh bukan, yang berikutnya maksudnya, tanggal dan "
            "tempatnya di mana?"
        ),
        "meeting",
    ),
    (
        "kamu tahu nggak rapat berikutnya jam berapa dan di aula mana?",
        "meeting",
    ),
    (
        "biar nggak ketinggalan kereta, Rakor selanjutnya dijadwalkan tanggal berapa?",
        "meeting",
    ),
    (
        "emang iya penerimaan usulan tahun ini udah ditutup? batasnya sampai kapan?",
        "deadline",
    ),
    (
        "usulan TA depan paling lambat kapan ygy? mager tapi takut telat",
        "deadline",
    ),
    (
        ("kabid nanya 'terakhir kirim usulan ke provinsi tanggal berapa?', saya harus bilang apa?"),
        "deadline",
    ),
    (
        "selamat pagi bot",
        "greeting",
    ),
    (
        "makasih banyak ya, sangat membantu 🙏",
        "greeting",
    ),
    (
        "halo, tolong bantu saya",
        "greeting",
    ),
    (
        (
            "saya mau usulkan perbaikan jalan setapak dan got di desa Runtu, gimana cara "
            "masukinnya lewat bot ini?"
        ),
        "how_to_submit",
    ),
    (
        "hw 2 submit usulan thru this bot pls",
        "how_to_submit",
    ),
    (
        "pintu masuknya lewat mana kalau mau kirim usulan di bot?",
        "how_to_submit",
    ),
]

TRAIN_R33_AREAS: list[tuple[str, str]] = [
    (
        "kawasan kumuh di Baamang luasnya 9,5 ha, eh koreksi, 10,5 ha, itu kewenangan siapa?",
        "provinsi",
    ),
    (
        "Pemkab kami punya lokasi kumuh pas 15 hektar, itu larinya ke pusat atau ke Pemprov?",
        "pusat",
    ),
    (
        "delineasi kumuh di Kelurahan Pahandut tepat 10 hektare, siapa yang pegang?",
        "provinsi",
    ),
    (
        "kumuh 95.000 m2 di Mentawa Baru Ketapang, masuk kab atau prov?",
        "kabkota",
    ),
    (
        "slum area 14.9 hectares in Sampit, who handles it? prov rite?",
        "provinsi",
    ),
    (
        "lokasi kumuh cuma setengah hektar di gang sempit, ini bola panasnya siapa?",
        "kabkota",
    ),
    (
        "kumuh 120.000 meter persegi di bantaran Kahayan, urusan prov kah?",
        "provinsi",
    ),
    (
        "anjir kumuh kami 22 ha, auto pusat ya?",
        "pusat",
    ),
    (
        "warga nanya 'kumuh 7 hektar di desa kami siapa yang bangun?', jawabnya apa?",
        "kabkota",
    ),
    (
        "kumuh 150.000 m² masa sih masih provinsi?",
        "pusat",
    ),
    (
        "kamu bisa hitung nggak, kawasan kumuh 9,99 ha di Kuala Kapuas kewenangan siapa?",
        "kabkota",
    ),
    (
        (
            "rumah panggung di tepi sungai Mentaya, delineasi kumuhnya 13,25 hektare, siapa "
            "yang tangani?"
        ),
        "provinsi",
    ),
]

TRAIN_R33_OUT_OF_SCOPE: list[str] = [
    "berapa pagu anggaran Disperkimtan provinsi untuk tahun 2027?",
    "tender jalan lingkungan di Katingan bulan lalu yang menang perusahaan apa?",
    "berapa unit rumah subsidi yang dibangun developer di Sampit tahun lalu?",
    "harga satuan beton K-250 per m3 buat RAB di Kuala Kapuas berapa sekarang?",
    "Kapuas dapat kuota BSPS berapa unit tahun depan?",
    "nomor HP kabid kawasan permukiman provinsi berapa ya?",
    "harga semen per sak di Palangka Raya minggu ini berapa?",
    "besok di Palangka hujan nggak ya? mau ke lapangan",
    "cara ngajuin cuti tahunan ASN gimana sih?",
    "TPP bulan ini cair tanggal berapa?",
    "aturan izin tambang galian C di Kalteng gimana ya?",
    "jadwal kapal dari Kuala Pembuang ke Pangkalan Bun hari apa aja?",
    "ada berita terbaru soal pemindahan ASN ke IKN?",
    "who won the badminton match at the dinas event yesterday lol",
    "syarat BPJS kesehatan buat tenaga kontrak di dinas apa aja?",
]
