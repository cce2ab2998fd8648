"""Round 43 held-out question table for the Sinkron bot.

Written 2026-12-06 by two helpers who had not seen the knowledge base or any other question
table; they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md) plus the place-name list.

Style emphasis of this round: self-correction inside the message ("RTLH, eh salah, maksud
saya PSU"); institutions and nicknames in place of the levels ("Pemprov", "Pemkab",
"Kementerian PKP", "orang Jakarta", "Palangka"); figurative language and idioms ("lempar
bola", "ping-pong antara kabupaten dan provinsi", "pintu masuknya lewat mana"); asking the bot
what it knows around the real question ("kamu tahu nggak ...", "bot bisa jelasin ...?");
concrete things on the ground instead of category names (street lights, a cemetery, a gutter,
a stilt house by the river); young officers' slang ("gaskeun", "spill dong", "auto ditolak");
relaying someone else's question word for word and asking how to answer it; rhetorical or
argumentative questions ("bukannya itu urusan pusat?", "masa sih ..."). About one question in
ten is texting English with SMS shorthand ("hw 2 submit usulan PSU pls"). Slum areas now and
then as a fraction or decimal. A glossary entry's questions ask what the term means.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND43_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "mau tanya pembagian kewenangan kumuh, eh bukan, maksud saya pembagian kewenangan "
            "perkim secara keseluruhan antara pusat, provinsi dan kabupaten/kota itu petanya "
            "gimana?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Pemprov, Pemkab sama Kementerian PKP itu di bidang perumahan dan kawasan "
            "permukiman masing-masing pegang urusan apa aja ya? biar dinas kami nggak salah "
            "alamat"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "perumahan ini ibarat nasi buat daerah atau cuma lauk tambahan? maksud saya, "
            "perumahan rakyat itu masuk urusan wajib pelayanan dasar atau urusan pilihan?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "kamu tahu nggak dasar hukum yang menyebut perumahan rakyat dan kawasan "
            "permukiman sebagai urusan wajib? pasal berapa di UU 23/2014?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "kampung kami isinya rumah panggung berdempetan di pinggir sungai, gang becek, "
            "sampah numpuk di kolong. kalau mau ditata sebagai kawasan kumuh, yang menentukan "
            "siapa yang menangani itu luasnya kan? batas ha untuk kabupaten, provinsi dan "
            "pusat berapa?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "spill dong aturan bagi-bagi penanganan kawasan kumuh berdasarkan luas, biar fix "
            "nggak salah ngusul ygy"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kabid saya nanya: 'kawasan kumuh yang luasnya lima belas hektar lebih itu kita "
            "usulkan ke mana, masih bisa lewat provinsi?' enaknya saya jawab gimana?"
        ),
        ("kewenangan.kumuh_pusat", "pendanaan.saluran_lain"),
    ),
    (
        (
            "bukannya kawasan kumuh yang gede-gede, yang 15 ha ke atas, tetap bisa diambil "
            "provinsi asal ada anggaran? kenapa harus pusat?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "program peningkatan kualitas kumuh, eh salah, maksud saya program pencegahan "
            "kumuh, itu yang pegang provinsi atau kabupaten/kota?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "kalau Pemkab mau bikin kegiatan pencegahan permukiman kumuh, bisa minta orang "
            "prov yang turun tangan dan membiayai?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "urusan rumah ini sering jadi bola panas antara kabupaten dan provinsi. "
            "sebenarnya di sub-urusan perumahan, provinsi pegang apa dan kabupaten pegang "
            "apa?"
        ),
        "kewenangan.perumahan",
    ),
    (
        "can u explain the kewenangan for sub-urusan perumahan? wat does prov do vs kab/kota?",
        "kewenangan.perumahan",
    ),
    (
        (
            "ada warga kerja serabutan, gaji pas-pasan, masih ngontrak petak kayu dan pengen "
            "punya rumah sendiri. penyediaan rumah buat MBR kayak gitu tanggung jawab pusat, "
            "provinsi atau kabupaten?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        "btw sistem pembiayaan perumahan buat MBR tuh ranah siapa sih bestie, pusat kan?",
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "camat nelpon saya: 'pak, rumah warga hanyut kena banjir bandang, yang bangun "
            "lagi provinsi atau kabupaten?' saya harus bilang apa ke beliau?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "lho kok rumah korban bencana nggak otomatis jadi urusan provinsi? bukankah "
            "provinsi yang duitnya lebih besar?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "izin pembangunan kawasan permukiman, eh bukan, izin pembangunan perumahan dari "
            "developer maksud saya, itu yang nerbitin kabupaten atau provinsi?"
        ),
        "kewenangan.izin",
    ),
    (
        "SKBG buat rumah susun itu yang nerbitin Pemkab atau Pemprov?",
        "kewenangan.izin",
    ),
    (
        (
            "sub-urusan kawasan permukiman itu ibarat kue dibagi tiga: potongan provinsi yang "
            "mana, kabupaten yang mana, pusat yang mana?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "ada info soal pembagian kewenangan sub-urusan kawasan permukiman? termasuk "
            "penetapan sistem kawasan permukiman itu di tangan siapa"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "perumahan subsidi bikinan developer di Sampit jalannya rusak dan got-nya mampet "
            "semua. itu PSU perumahan kan? yang nangani kabupaten atau provinsi?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "PSU permukiman vs PSU perumahan bedanya apa sih, jujurly masih bingung siapa "
            "pegang yang mana"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "kades Tumbang Talaken bilang ke saya: 'jalan kabupaten di depan desa rusak "
            "parah, bisa diperbaiki dinas provinsi nggak?' gimana jawabnya yang benar?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "masa sih PSU dari provinsi cuma jalan lingkungan sama drainase? lampu jalan, "
            "taman, MCK nggak bisa sama sekali?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "sertifikasi perancang rumah tingkat kecil, eh maksud saya tingkat menengah, itu "
            "registrasinya di provinsi ya? yang kecil sama besar di mana?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "does Pemkab or Pemprov do the sertifikasi n registrasi 4 small-level house & PSU "
            "designers? thx"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "SPM perumahan ini kunci utamanya apa buat provinsi? layanan dasar apa yang wajib "
            "dipenuhi dan targetnya berapa persen?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "kamu punya data soal standar pelayanan minimal bidang perumahan rakyat? dasar "
            "aturannya PP dan Permen berapa?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "our desa is like 300 ha but only the stilt houses by the river r slum. which "
            "area counts 4 deciding kewenangan, the whole village?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "plis jelasin luas kumuh yang dihitung itu luas delineasi di SK atau luas "
            "kelurahan, biar nggak auto ditolak"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "lurah nanya ke saya: 'siapa sih yang berhak menetapkan kampung kami masuk daftar "
            "kumuh?' saya jelasin gimana ya?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "emang iya SK kumuh harus ditinjau ulang tiap 5 tahun? bukannya sekali ditetapkan "
            "berlaku terus?"
        ),
        "kumuh.penetapan",
    ),
    (
        "kriteria kumuh itu ada 5 aspek ya, eh koreksi, katanya 7. apa aja tuh aspeknya?",
        "kumuh.aspek",
    ),
    (
        (
            "orang Jakarta kalau menilai suatu lokasi kumuh atau nggak, lihat dari aspek apa "
            "saja? ada berapa kriteria?"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "skor kumuh ini ibarat rapor, nilai berapa yang bikin lokasi dicap kumuh berat? "
            "terus nilai maksimalnya berapa?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "bot bisa jelasin cara skor kekumuhan dihitung per kriteria? angka 0, 1, 3, 5 itu "
            "dasarnya apa"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "kampung nelayan di Kumai, jalan setapaknya papan lapuk, got seadanya, hasil "
            "penilaiannya skor 42. itu masuk kumuh sedang atau ringan?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "rentang skor kumuh ringan sama kumuh sedang berapa-berapa sih? spill dong",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "ketua RT tanya ke saya: 'kalau kampung kami ditetapkan kumuh, rumah kami bakal "
            "digusur atau diperbaiki?' biar warga nggak panik saya harus jawab apa?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "bukankah kumuh berat itu pasti direlokasi? kok ada peremajaan segala, bedanya "
            "sama pemugaran apa?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "jumlah kawasan kumuh di Kalteng itu 100 lokasi ya, eh salah kayaknya, berapa sih "
            "tepatnya dan total luasnya berapa?"
        ),
        "kumuh.kalteng",
    ),
    (
        "menurut data Palangka, kabupaten mana yang paling banyak lokasi kumuhnya se-Kalteng?",
        "kumuh.kalteng",
    ),
    (
        (
            "biar usulan kami nggak cuma jalan di tempat tiap tahun, isi usulan kegiatan itu "
            "apa saja yang harus ada dan kenapa itu ditanyakan?"
        ),
        "usulan.isi",
    ),
    (
        "di sini bisa tanya isi usulan kegiatan itu harus memuat apa aja?",
        "usulan.isi",
    ),
    (
        (
            "kami punya tiga rencana: perbaikan atap bocor rumah warga miskin, jalan setapak "
            "antar rumah, sama penataan kampung di bantaran sungai. jenis usulan yang bisa "
            "diajukan ke provinsi itu apa aja sebenarnya?"
        ),
        "usulan.jenis",
    ),
    (
        "jenis usulan yang bisa masuk apa aja ygy? kumuh, PSU, terus apa lagi?",
        "usulan.jenis",
    ),
    (
        (
            "a new staff asked me: 'do we need a GPS point or is the desa name enough 4 "
            "lokasi usulan?' hw 2 answer him?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "lho kok lokasi usulan kumuh harus pakai nama kawasan persis seperti di SK? "
            "bukannya nama desa dan kecamatan sudah cukup?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "penerima manfaat itu diisi jumlah rumah, eh bukan, jumlah KK sama jiwa ya? terus "
            "perkiraan biaya dan sumber dananya diisi gimana?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "wat funding sources can we put in the usulan? APBD Pemprov only or also APBN, "
            "CSR, APBDes?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "kunci utamanya usulan PSU dianggap siap itu apa? dokumen kesiapan apa aja yang "
            "diminta provinsi?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "kamu tahu nggak readiness criteria buat usulan PSU permukiman? dokumen apa saja "
            "yang harus disiapkan"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "jalan lingkungan yang mau kami usulkan lewat tanah kebun warga yang belum "
            "bersertifikat, cuma ada SKT. status lahan begini gimana, masuk clean and clear "
            "nggak?"
        ),
        "usulan.lahan",
    ),
    (
        "lahan wajib clean and clear gak sih? kalau masih sengketa auto ditolak kah?",
        "usulan.lahan",
    ),
    (
        (
            "kasi saya nanya: 'SK kumuh kita terbit 2019, masih bisa dipakai buat usulan "
            "tahun ini?' tolong bantu saya jawab"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "emang iya usulan kumuh wajib nyantumin nomor dan tanggal SK kumuh? kan provinsi "
            "bisa cek sendiri"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "dokumen teknis yang dilampirkan itu DED, RAB sama KAK, eh salah, bukan KAK tapi "
            "RKS maksud saya. terus apa lagi yang perlu?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "dokumen teknis apa aja yang Pemprov minta dilampirkan di usulan? DED, RAB, site "
            "plan, foto?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "biar bangunannya nggak jadi anak tiri setelah selesai, surat pernyataan hibah "
            "dan O&P itu maksudnya apa dan kenapa diminta?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "ada info soal surat pernyataan kesediaan menerima hibah serta operasi dan "
            "pemeliharaan? perlu dilampirkan di usulan nggak?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "rumah nenek di Desa Henda dindingnya bambu, atapnya bocor, tanahnya cuma pakai "
            "SKT. bisa diusulkan RTLH ke provinsi nggak, syaratnya apa?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "syarat RTLH lewat provinsi apa aja bestie? kalau mau bangun rumah baru di tanah "
            "kosong bisa ga?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "warga RT 05 datang ke kantor: 'pak, kami mau minta jalan gang kami diperbaiki "
            "provinsi, caranya gimana?' saya arahkan ke mana ya?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "memangnya masyarakat boleh langsung minta PSU ke provinsi? harus diketahui RT, "
            "lurah dan camat segala?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "jalan yang dibangun provinsi tahun lalu itu asetnya tetap milik kabupaten, eh "
            "maksud saya tetap milik provinsi atau dihibahkan ke kabupaten? BAST-nya gimana?"
        ),
        "hibah.aset",
    ),
    (
        (
            "setelah jalan lingkungan selesai dibangun Pemprov, yang merawat siapa? pak "
            "bupati harus tanda tangan apa?"
        ),
        "hibah.aset",
    ),
    (
        (
            "usulan kami ditolak karena bukan kewenangan provinsi, rasanya kayak dilempar "
            "bola. pintu masuknya lewat mana lagi kalau bukan provinsi?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        ("bot punya daftar sumber pendanaan lain kalau usulan ternyata bukan kewenangan provinsi?"),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "usulan perbaikan saluran air depan pasar desa yang kami kirim tahun ini, itu "
            "dianggarkan untuk tahun berapa? siklus usulannya gimana?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "siklus usulan tahunan tuh alurnya gimana sih dari awal sampe akhir, biar gak "
            "mager terus mepet"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Sekdis kami nanya: 'usulan kita nanti diperiksa provinsi dari sisi apa saja?' "
            "tolong saya dibantu jelasin"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "bukankah provinsi cuma ngecek kelengkapan berkas? kok sampai turun lapangan dan "
            "ngecek kewenangan segala?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "rakor kemarin, eh bukan, rakor secara umum maksud saya, itu sebenarnya rapat apa "
            "dan tujuannya apa?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Rakor bidang kawasan permukiman yang digelar Disperkimtan itu pesertanya siapa "
            "aja dan buat apa? dinas kami termasuk yang diundang?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "habis rakor, usulan kami kayak hilang ditelan bumi. sebenarnya perjalanan usulan "
            "dari rakor sampai jadi anggaran itu lewat mana aja?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        "kamu tahu alur dari Rakor ke Musrenbang provinsi terus ke RKPD dan APBD?",
        "siklus.rkpd_apbd",
    ),
    (
        (
            "di kabupaten kami urusan rumah, air bersih, MCK sama sampah tercecer di banyak "
            "dinas. katanya ada Pokja PKP buat koordinasi, itu fungsinya apa dan dasar "
            "hukumnya apa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        "Pokja PKP tuh sebenernya kerjaannya apa sih? dasar aturannya apa, spill dong",
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "ada tamu dari desa nanya ke saya: 'kantor dinas perumahan provinsi di mana pak?' "
            "alamat lengkapnya apa ya?"
        ),
        "disperkimtan.kontak",
    ),
    (
        "isn't the Disperkimtan office still at the old place? wats the address n website pls",
        "disperkimtan.kontak",
    ),
    (
        (
            "perintah buat lihat usulan itu /lihat, eh bukan, lupa saya. perintah apa aja sih "
            "yang ada di bot ini?"
        ),
        "bot.cara_pakai",
    ),
    (
        "dinas kami baru pakai bot ini, jam yang dipakai bot itu WIB atau WITA?",
        "bot.cara_pakai",
    ),
    (
        (
            "biar nggak bolak-balik kayak setrikaan: waktu kirim lewat /usul, foto kondisi "
            "boleh berapa banyak dan lampiran PDF maksimal berapa file?"
        ),
        "bot.usul",
    ),
    (
        "bot bisa nyalin usulan lama saya biar nggak ngetik ulang dari nol pas /usul?",
        "bot.usul",
    ),
    (
        (
            "usulan drainase gang kami di bot statusnya 'perlu perbaikan', artinya apa dan "
            "saya harus ngapain?"
        ),
        "bot.status",
    ),
    (
        "status 'dibahas di Rakor' sama 'dialihkan' itu artinya apa sih, anjir bingung",
        "bot.status",
    ),
    (
        (
            "kabid nanya: 'kenapa usulan kita dialihkan ke APBD kabupaten, terus langkah kita "
            "selanjutnya apa?' saya harus jawab gimana?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "lho kok usulan yang sudah ditolak nggak bisa diubah lagi statusnya? emang "
            "keputusan itu final?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "usulan gets checked within 5 working days right? sorry, i mean 3? wat's the "
            "follow-up standard?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        "orang prov wajib respon usulan dalam berapa hari kerja? katanya ngikutin LAPOR!",
        "bot.tindak_lanjut",
    ),
    (
        (
            "kalau saya berhalangan rapat, boleh lempar tugas ke staf sebagai perwakilan? di "
            "undangan bot caranya gimana?"
        ),
        "bot.rapat",
    ),
    (
        "can the bot remind me b4 a meeting? how many reminders does it send?",
        "bot.rapat",
    ),
    (
        "di papan nama kantor tertulis 'Dinas Perkim', Perkim itu kepanjangannya apa?",
        "istilah.perkim",
    ),
    (
        "perkim tuh singkatan apa sih gaes",
        "istilah.perkim",
    ),
    (
        (
            "anak magang nanya ke saya: 'Disperkimtan itu singkatan dari apa pak?' saya lupa "
            "yang 'tan'-nya, apa ya?"
        ),
        "istilah.disperkimtan",
    ),
    (
        "Disperkimtan itu sama aja kan dengan Disperkim? 'tan' di belakang itu maksudnya apa?",
        "istilah.disperkimtan",
    ),
    (
        (
            "PSU itu prasarana sarana umum, eh kayaknya kurang satu kata, kepanjangan "
            "lengkapnya apa?"
        ),
        "istilah.psu",
    ),
    (
        "wat does PSU stand for? Pemprov docs keep using it",
        "istilah.psu",
    ),
    (
        (
            "jaling ini kayak bahasa sandi di kantor, semua orang pakai tapi saya nggak "
            "ngerti. artinya apa sih?"
        ),
        "istilah.jaling",
    ),
    (
        "kamu tahu nggak jaling itu maksudnya apa?",
        "istilah.jaling",
    ),
    (
        (
            "got depan rumah, parit, selokan, itu semua disebut drainase ya? drainase itu "
            "sebenarnya artinya apa?"
        ),
        "istilah.drainase",
    ),
    (
        "drainase tuh maksudnya apa sih, got doang apa gimana? jujurly awam",
        "istilah.drainase",
    ),
    (
        (
            "warga nanya: 'di peta kumuh ada kode KR di kampung kami, itu apa pak?' saya "
            "jelasin apa ya?"
        ),
        "istilah.kr",
    ),
    (
        "KR di tabel kumuh itu kumuh ringan kan? bukan singkatan lain?",
        "istilah.kr",
    ),
    (
        "KS itu kumuh sangat, eh kayaknya salah, KS di data kumuh itu singkatan apa ya?",
        "istilah.ks",
    ),
    (
        "di lampiran SK pak bupati ada kolom tingkat kekumuhan isinya KS, itu maksudnya apa?",
        "istilah.ks",
    ),
    (
        (
            "KB di tabel kekumuhan bikin saya salah tangkap, kirain Keluarga Berencana, "
            "ibarat salah sambung. artinya sebenarnya apa?"
        ),
        "istilah.kb",
    ),
    (
        "bot ngerti istilah KB di konteks kumuh? itu kependekan dari apa?",
        "istilah.kb",
    ),
    (
        "di map arsip ada berkas 'SK Kumuh Kec. Baamang', SK kumuh itu sebenarnya dokumen apa?",
        "istilah.skkumuh",
    ),
    (
        "SK kumuh tuh apaan sih, spill pengertiannya dong",
        "istilah.skkumuh",
    ),
    (
        (
            "konsultan bilang ke saya 'nanti kita bikin delineasi dulu', delineasi itu apa "
            "ya? saya mau jelasin ke atasan"
        ),
        "istilah.delineasi",
    ),
    (
        "delineasi is just a fancy word 4 a map rite? or does it mean smth specific?",
        "istilah.delineasi",
    ),
    (
        "RTLH itu rumah tak laik hunian, eh salah eja kayaknya, kepanjangan resminya apa?",
        "istilah.rtlh",
    ),
    (
        "pak bupati keeps saying RTLH in meetings, wat does it mean?",
        "istilah.rtlh",
    ),
    (
        "dari RTLH jadi RLH katanya ibarat ulat jadi kupu-kupu. RLH sendiri artinya apa?",
        "istilah.rlh",
    ),
    (
        "di sini bisa tanya istilah? RLH itu apa?",
        "istilah.rlh",
    ),
    (
        (
            "rumah papan warga yang miring dan atapnya bocor katanya mau 'dibedah'. istilah "
            "bedah rumah itu maksudnya apa sih?"
        ),
        "istilah.bedahrumah",
    ),
    (
        "bedah rumah tuh istilah apa sih, kayak acara tv ya wkwk",
        "istilah.bedahrumah",
    ),
    (
        (
            "kades nanya ke saya: 'BSPS itu apa pak?' saya cuma tahu singkatannya sering "
            "muncul, kepanjangannya apa?"
        ),
        "istilah.bsps",
    ),
    (
        "lho BSPS itu bukannya nama produk bank? sebenarnya kepanjangannya apa?",
        "istilah.bsps",
    ),
    (
        "MBR itu masyarakat bawah rentan, eh bukan ya, MBR singkatan dari apa?",
        "istilah.mbr",
    ),
    (
        "Kementerian PKP docs say MBR a lot, wat does MBR mean?",
        "istilah.mbr",
    ),
    (
        ("rusunawa ini ibarat kos-kosan versi pemerintah ya? rusunawa itu sebenarnya artinya apa?"),
        "istilah.rusunawa",
    ),
    (
        "kamu tahu bedanya rusunawa sama rusun biasa? rusunawa itu kepanjangannya apa?",
        "istilah.rusunawa",
    ),
    (
        (
            "di daerah perbatasan ada deretan rumah buat petugas yang dibangun pusat, katanya "
            "itu rusus. rusus itu apa?"
        ),
        "istilah.rusus",
    ),
    (
        "rusus itu singkatan dari apa dah? rumah susun khusus kah?",
        "istilah.rusus",
    ),
    (
        "pak, huntap itu, eh salah, maksud saya huntara, itu singkatan dari apa ya?",
        "istilah.huntara",
    ),
    (
        (
            "BPBD sama Pemkab bilang korban banjir di Kapuas ditaruh di huntara dulu. huntara "
            "itu sebenarnya apa sih?"
        ),
        "istilah.huntara",
    ),
    (
        (
            "ibarat orang pindahan, huntara itu tempat singgah dulu. nah kalau huntap itu "
            "artinya apa persisnya?"
        ),
        "istilah.huntap",
    ),
    (
        (
            "bot, kamu tahu arti huntap nggak? sering muncul di laporan pasca bencana tapi "
            "saya belum paham"
        ),
        "istilah.huntap",
    ),
    (
        (
            "di gang sempit dekat parit di Kelurahan Pahandut ada 40 rumah, di form disuruh "
            "isi jumlah KK. KK di sini maksudnya apa, kartu keluarga atau apa?"
        ),
        "istilah.kk",
    ),
    (
        "btw KK di form usulan tuh artinya apa sih bestie, jujurly bingung",
        "istilah.kk",
    ),
    (
        (
            "staf baru di dinas nanya ke saya: 'bu, kolom jiwa itu maksudnya apa ya?' saya "
            "harus jelasin gimana?"
        ),
        "istilah.jiwa",
    ),
    (
        (
            "lho, kok ada kolom 'jiwa' segala? bukannya cukup KK aja? jiwa itu sebenarnya "
            "artinya apa di sini?"
        ),
        "istilah.jiwa",
    ),
    (
        "luas kawasannya ditulis dalam m2, eh bukan, dalam ha. ha itu satuan apa ya?",
        "istilah.ha",
    ),
    (
        "the Pemprov ppl keep writing 'ha' in every table, wat does ha stand for?",
        "istilah.ha",
    ),
    (
        (
            "DED ini kayaknya kunci utama usulan ya, tapi jujur saya belum paham, DED itu "
            "kepanjangannya apa?"
        ),
        "istilah.ded",
    ),
    (
        "bot bisa jelasin DED itu singkatan apa?",
        "istilah.ded",
    ),
    (
        (
            "mau benerin atap bocor dan dinding bambu di 20 rumah, konsultan bilang harus ada "
            "RAB. RAB itu apa ya?"
        ),
        "istilah.rab",
    ),
    (
        "spill dong RAB tuh singkatan apaan, kuy belajar bareng",
        "istilah.rab",
    ),
    (
        (
            "kontraktor nanya ke saya: 'pak, RKS-nya mana?' saya aja nggak tau RKS itu apa. "
            "artinya apa ya?"
        ),
        "istilah.rks",
    ),
    (
        "emang RKS itu beda ya sama RAB? RKS itu sebenarnya kepanjangan dari apa?",
        "istilah.rks",
    ),
    (
        "di dokumen tertulis RAK, eh salah baca, KAK maksudnya. KAK itu singkatan apa ya?",
        "istilah.kak",
    ),
    (
        "Bappeda minta KAK untuk kegiatan jaling kami, KAK itu maksudnya apa sih?",
        "istilah.kak",
    ),
    (
        (
            "ibarat mau bangun rumah harus ada gambarnya dulu, nah site plan itu gambar yang "
            "mana? apa arti site plan?"
        ),
        "istilah.siteplan",
    ),
    (
        "u know wat a site plan is? pls explain in simple words",
        "istilah.siteplan",
    ),
    (
        (
            "jalan setapak antar rumah di Desa Garantung mau kami usulkan, katanya harus "
            "lolos RC dulu. RC itu singkatan apa?"
        ),
        "istilah.rc",
    ),
    (
        "RC tuh apaan sih plis, auto pusing baca juknis",
        "istilah.rc",
    ),
    (
        (
            "sekdes nanya 'pak, nanti kalau jalannya sudah jadi ada BAST, BAST itu apa?' "
            "gimana jawabnya?"
        ),
        "istilah.bast",
    ),
    (
        "lho kok harus ada BAST segala? BAST itu memangnya apa sih?",
        "istilah.bast",
    ),
    (
        (
            "kata hibah di, eh bukan, maksud saya kata 'dihibahkan' di surat itu, hibah "
            "artinya apa ya kalau soal aset?"
        ),
        "istilah.hibah",
    ),
    (
        "pak gub sering bilang aset provinsi dihibahkan ke Pemkab. hibah itu maksudnya apa sih?",
        "istilah.hibah",
    ),
    (
        (
            "BMD ini jadi bola panas di rapat aset kemarin, tapi saya belum ngerti, BMD itu "
            "singkatan apa?"
        ),
        "istilah.bmd",
    ),
    (
        "di sini bisa tanya istilah? BMD itu kepanjangannya apa?",
        "istilah.bmd",
    ),
    (
        (
            "lampu jalan dan jalan paving yang dibangun balai di kampung kami katanya "
            "tercatat sebagai BMN. BMN itu apa?"
        ),
        "istilah.bmn",
    ),
    (
        "wat does BMN mean? my boss keeps saying it lol pls",
        "istilah.bmn",
    ),
    (
        "kabid nanya ke saya: 'O&P di surat pernyataan itu O&P-nya apa?' saya jawab apa ya?",
        "istilah.op",
    ),
    (
        "bukannya O&P itu istilah proyek swasta? di perkim O&P itu maksudnya apa?",
        "istilah.op",
    ),
    (
        "SPP, eh salah ketik, SPM maksudnya, itu singkatan dari apa ya?",
        "istilah.spm",
    ),
    (
        "Kemendagri sama orang PUPR sering nyebut SPM perumahan, SPM itu apa sih?",
        ("istilah.spm", "kewenangan.spm"),
    ),
    (
        "Pokja PKP ini ibarat dapur bersama urusan perkim ya? sebenarnya Pokja PKP itu apa?",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        "kamu punya info Pokja PKP itu singkatan dari apa?",
        "istilah.pokjapkp",
    ),
    (
        (
            "soal kran air desa sama WC umum katanya dibahasnya di Pokja PPAS. PPAS itu "
            "kepanjangannya apa?"
        ),
        "istilah.pokjappas",
    ),
    (
        "Pokja PPAS tuh apaan ygy, valid no debat aku gak ngerti",
        "istilah.pokjappas",
    ),
    (
        "pak camat tanya ke saya: 'Pokja AMPL itu apa, kok saya diundang?' saya jelasin apa ya?",
        "istilah.pokjaampl",
    ),
    (
        (
            "bukankah Pokja AMPL itu sama saja dengan Pokja PKP? AMPL itu singkatan apa sih "
            "sebenarnya?"
        ),
        "istilah.pokjaampl",
    ),
    (
        "RP2KPKP, eh bukan, yang RP3KP, itu kepanjangannya apa?",
        "istilah.rp3kp",
    ),
    (
        "Bappeda asked if our kab has an RP3KP. wat is an RP3KP?",
        "istilah.rp3kp",
    ),
    (
        "RP2KPKP ini singkatannya panjang kayak gerbong kereta. artinya apa sih?",
        "istilah.rp2kpkp",
    ),
    (
        "bot paham RP2KPKP nggak? itu dokumen apa?",
        "istilah.rp2kpkp",
    ),
    (
        (
            "dulu di kelurahan kami ada papan proyek KOTAKU di samping jalan paving dan "
            "gorong-gorong. KOTAKU itu program apa ya?"
        ),
        "istilah.kotaku",
    ),
    (
        "KOTAKU tuh apaan bestie, kayak pernah denger tapi lupa",
        "istilah.kotaku",
    ),
    (
        "anggota DPRD nanya ke kami: 'DAK Tematik PPKT itu apa sih?' kami harus jawab gimana?",
        "istilah.daktematikppkt",
    ),
    (
        "lho, DAK Tematik PPKT itu bukannya DAK biasa? PPKT itu kepanjangannya apa?",
        "istilah.daktematikppkt",
    ),
    (
        "sumber dananya APBD, eh maaf koreksi, APBN. APBN itu singkatan apa ya persisnya?",
        "istilah.apbn",
    ),
    (
        "orang Jakarta selalu bilang dananya dari APBN. APBN itu artinya apa?",
        "istilah.apbn",
    ),
    (
        "semua usulan ujung-ujungnya bermuara di APBD, tapi APBD itu sebenarnya singkatan apa?",
        "istilah.apbd",
    ),
    (
        "can u explain wat APBD means? thx",
        "istilah.apbd",
    ),
    (
        "lampu jalan di desa kami dulu dibiayai APBDes. APBDes itu apa ya?",
        "istilah.apbdes",
    ),
    (
        "APBDes itu apaan sih, plis jelasin singkat aja, mager baca",
        "istilah.apbdes",
    ),
    (
        (
            "bendahara nanya: 'Bankeu itu maksudnya bantuan apa?' saya bingung jawabnya, "
            "Bankeu itu apa ya?"
        ),
        "istilah.bankeu",
    ),
    (
        "emang Bankeu itu istilah resmi? Bankeu itu singkatan dari apa?",
        "istilah.bankeu",
    ),
    (
        "usulan lewat pokar, eh pokir maksudnya, pokir itu apa ya?",
        "istilah.pokir",
    ),
    (
        "pak dewan dari dapil kami bilang mau masukin lewat pokir. pokir itu artinya apa?",
        "istilah.pokir",
    ),
    (
        (
            "musrenbang itu kayak pasar besar usulan ya? sebenarnya musrenbang itu singkatan "
            "dari apa?"
        ),
        "istilah.musrenbang",
    ),
    (
        "kamu tahu nggak kepanjangan Musrenbang?",
        "istilah.musrenbang",
    ),
    (
        (
            "drainase di gang belakang pasar Kuala Kurun katanya harus masuk RKPD. RKPD itu "
            "dokumen apa?"
        ),
        "istilah.rkpd",
    ),
    (
        "wat is RKPD?? need it quick b4 the meeting pls",
        "istilah.rkpd",
    ),
    (
        "kepala dinas nanya ke saya 'Renja itu singkatan apa sih?', saya jawab apa?",
        "istilah.renja",
    ),
    (
        "bukannya Renja itu cuma istilah di kementerian? Renja itu sebenarnya apa?",
        "istilah.renja",
    ),
    (
        "Renja, eh salah, Renstra maksud saya, itu kepanjangannya apa?",
        "istilah.renstra",
    ),
    (
        "Bappeda kabupaten minta kami menyesuaikan dengan Renstra dinas. Renstra itu apa?",
        "istilah.renstra",
    ),
    (
        "RPJMD ini katanya payung besar pembangunan daerah. maksudnya RPJMD itu singkatan apa?",
        "istilah.rpjmd",
    ),
    (
        "di sini bisa tanya singkatan RPJMD nggak?",
        "istilah.rpjmd",
    ),
    (
        (
            "dana buat perbaikan got dan jalan gang katanya masih nyangkut di tahap KUA-PPAS. "
            "KUA-PPAS itu apa sih?"
        ),
        "istilah.kuappas",
    ),
    (
        "KUA-PPAS tuh singkatan apaan anjir panjang banget",
        "istilah.kuappas",
    ),
    (
        "my kabid asked me 'wat does RKA stand for?' n i blanked. hw do i answer?",
        "istilah.rka",
    ),
    (
        "lho, RKA itu bukannya sama dengan RAB? RKA itu apa sebenarnya?",
        "istilah.rka",
    ),
    (
        "DPR, eh maaf typo, DPA maksudnya. DPA itu singkatan apa?",
        "istilah.dpa",
    ),
    (
        "BPKAD bilang kegiatan kami belum masuk DPA. DPA itu dokumen apa?",
        "istilah.dpa",
    ),
    (
        "SIPD ini ibarat pintu masuk semua anggaran ya. tapi SIPD itu singkatan apa sih?",
        "istilah.sipd",
    ),
    (
        "bot ngerti soal SIPD? itu sistem apa sih?",
        "istilah.sipd",
    ),
    (
        (
            "di plang kantor sebelah sekarang tertulis Bapperida, bukan Bappeda lagi. "
            "Bapperida itu singkatan apa?"
        ),
        "istilah.bapperida",
    ),
    (
        "wat is Bapperida? same thing as bappeda or nah?",
        "istilah.bapperida",
    ),
    (
        "warga nanya ke saya 'OPD itu apa pak, kok tiap rapat disebut?' jawabnya gimana?",
        "istilah.opd",
    ),
    (
        "emang OPD itu beda sama dinas? OPD itu kepanjangannya apa?",
        "istilah.opd",
    ),
    (
        "OPD pengusul, eh koreksi, di form lama tulisannya SKPD pengusul. SKPD itu apa?",
        "istilah.skpd",
    ),
    (
        "orang prov kadang pakai istilah SKPD, orang Jakarta pakai OPD. SKPD itu singkatan apa?",
        "istilah.skpd",
    ),
    (
        (
            "SPAM ini bukan spam email kan, jangan sampai salah kaprah. SPAM itu singkatan "
            "apa dalam urusan air?"
        ),
        "istilah.spam",
    ),
    (
        "bot, ada info SPAM itu apa?",
        "istilah.spam",
    ),
    (
        (
            "septic tank rumah warga di bantaran sungai meluber ke got, katanya solusinya "
            "SPALD. SPALD itu apa?"
        ),
        "istilah.spald",
    ),
    (
        "wat's SPALD? srsly no idea lol",
        "istilah.spald",
    ),
    (
        (
            "ketua RT tanya: 'IPAL itu apa pak, yang bangunan di ujung gang itu?' saya harus "
            "bilang apa?"
        ),
        "istilah.ipal",
    ),
    (
        "bukannya IPAL itu cuma buat pabrik? IPAL itu kepanjangannya apa?",
        "istilah.ipal",
    ),
    (
        "TPS, eh bukan, TPS3R. angka 3 dan R-nya itu maksudnya apa?",
        "istilah.tps3r",
    ),
    (
        "DLH kabupaten bilang mau bangun TPS3R. TPS3R itu apa?",
        "istilah.tps3r",
    ),
    (
        "MCK ini ibarat kamar mandi bersama ya? singkatan MCK itu sebenarnya apa?",
        "istilah.mck",
    ),
    (
        "boleh nanya istilah ya bot? MCK itu kepanjangan dari apa?",
        "istilah.mck",
    ),
    (
        (
            "lahan kosong dekat makam desa disebut-sebut harus dicek di RTRW. RTRW itu apa? "
            "bukan RT/RW kan?"
        ),
        "istilah.rtrw",
    ),
    (
        "RTRW itu artinya apa sih, jujurly baru denger pas rapat kemarin",
        "istilah.rtrw",
    ),
    (
        "a developer asked me 'is this lot in the RDTR?' but wat even is RDTR? hw do i explain",
        "istilah.rdtr",
    ),
    (
        "masa sih RDTR beda sama RTRW? RDTR itu kepanjangannya apa?",
        "istilah.rdtr",
    ),
    (
        "IMB, eh sekarang sudah ganti ya, namanya PBG. PBG itu singkatan apa?",
        "istilah.pbg",
    ),
    (
        "Dinas PUPR kabupaten sekarang yang ngurus PBG. PBG itu apa ya?",
        "istilah.pbg",
    ),
    (
        "SLF ini kayak rapor kelayakan bangunan ya? SLF itu kepanjangannya apa?",
        "istilah.slf",
    ),
    (
        "apa kamu punya catatan soal arti SLF?",
        "istilah.slf",
    ),
    (
        "unit rusun di Palangka katanya pakai SKBG, bukan sertifikat tanah. SKBG itu apa?",
        "istilah.skbg",
    ),
    (
        "SKBG tuh apaan, spill kepanjangannya dong",
        "istilah.skbg",
    ),
    (
        (
            "pemilik rumah panggung di pinggir sungai tanya: 'pak, tanah saya cuma ada SKT, "
            "SKT itu apa ya?' saya jelasin gimana?"
        ),
        "istilah.skt",
    ),
    (
        "lho SKT itu bukannya sertifikat? SKT itu singkatan dari apa sih?",
        "istilah.skt",
    ),
    (
        "lahannya sudah clear, eh maksudnya 'clean and clear', istilah itu artinya apa?",
        "istilah.cleanandclear",
    ),
    (
        "BPN n the Pemkab keep saying the land must be 'clean and clear'. wat does that mean?",
        "istilah.cleanandclear",
    ),
    (
        "CSR ini ibarat durian runtuh buat desa ya, tapi CSR itu sebenarnya apa?",
        "istilah.csr",
    ),
    (
        "bisa bantu jelasin CSR itu singkatan apa?",
        "istilah.csr",
    ),
    (
        "di spanduk aula tertulis Rakor Bidang Kawasan Permukiman. Rakor itu singkatan apa?",
        ("istilah.rakor", "siklus.rakor"),
    ),
    (
        "rakor tuh apaan sih, anak baru nih, gaskeun jelasin",
        "istilah.rakor",
    ),
    (
        (
            "warga bilang ke saya 'mending saya adukan ke LAPOR! aja pak'. LAPOR! itu apa, "
            "saya harus jawab apa?"
        ),
        "istilah.lapor",
    ),
    (
        "bukannya LAPOR! itu cuma buat pengaduan? LAPOR! itu sebenarnya sistem apa?",
        "istilah.lapor",
    ),
    (
        "jam 09.00 WITA, eh salah, WIB. WIB itu singkatan apa ya?",
        "istilah.wib",
    ),
    (
        "Pemprov nulis jam di undangan pakai WIB, WIB itu maksudnya apa?",
        "istilah.wib",
    ),
    (
        "backlog perumahan ini kayak PR numpuk ya? sebenarnya backlog itu artinya apa?",
        "istilah.backlog",
    ),
    (
        "do u know wat 'backlog' means in housing?",
        "istilah.backlog",
    ),
    (
        (
            "urusan rumah, jalan gang, got sampai lampu jalan katanya masuk bidang PKP. PKP "
            "itu singkatan apa?"
        ),
        "istilah.pkp",
    ),
    (
        "PKP tuh apaan btw, kayak pajak gitu bukan",
        "istilah.pkp",
    ),
    (
        (
            "kepala desa tanya: 'kampung kami disebut kumuh, kumuh itu artinya apa sih?' saya "
            "harus bilang apa?"
        ),
        "istilah.kumuh",
    ),
    (
        "masa sih kampung nelayan kami disebut kumuh? kumuh itu definisinya apa?",
        "istilah.kumuh",
    ),
    (
        "DAU, eh salah, DAK. DAK itu kepanjangannya apa?",
        "istilah.dak",
    ),
    (
        "Kementerian PKP sering ngomongin DAK. DAK itu apa sih?",
        "istilah.dak",
    ),
    (
        "rusun itu ibarat rumah yang ditumpuk ya? arti rusun sebenarnya apa?",
        "istilah.rusun",
    ),
    (
        "kamu punya penjelasan soal rusun? itu singkatan apa?",
        "istilah.rusun",
    ),
]

ROUND43_INTENTS: list[tuple[str, str]] = [
    (
        (
            "mau cek usulan drainase, eh salah, usulan jalan lingkungan kami yang di Pulang "
            "Pisau, sekarang posisinya sudah sampai mana?"
        ),
        "status",
    ),
    (
        (
            "usulan kami sudah dua bulan kayak jalan di tempat, sebenarnya nyangkut di tahap "
            "mana? sudah diterima atau masih diperiksa?"
        ),
        "status",
    ),
    (
        "can u check where my usulan USL-2026-0014 is at? approved or still verifikasi?",
        "status",
    ),
    (
        "rakor sama orang prov tahun ini jadinya tanggal berapa dan di mana?",
        "meeting",
    ),
    (
        (
            "gaskeun, rakor berikutnya kapan ya? jam berapa mulai, biar saya pesan tiket dari "
            "Puruk Cahu"
        ),
        "meeting",
    ),
    (
        (
            "kadis saya nanya: 'rakor tahun ini di aula dinas lagi atau di hotel?' infonya "
            "sudah ada?"
        ),
        "meeting",
    ),
    (
        "masa sih batas kirim usulan tahun ini udah lewat? sebenarnya sampai tanggal berapa?",
        "deadline",
    ),
    (
        (
            "usulan masih diterima sampai akhir Juni, eh koreksi, saya nggak yakin. tenggat "
            "usulan siklus ini sebenarnya kapan?"
        ),
        "deadline",
    ),
    (
        "wats the deadline 4 sending usulan this cycle? pls",
        "deadline",
    ),
    (
        "selamat pagi pak, saya dari dinas perkim Pemkab Barito Utara",
        "greeting",
    ),
    (
        "makasih banyak ya bot, sangat membantu 🙏",
        "greeting",
    ),
    (
        "halo bestie, bisa bantu saya nggak?",
        "greeting",
    ),
    (
        (
            "saya mau ngusulin perbaikan drainase depan pasar desa, gimana cara input "
            "usulannya lewat bot ini?"
        ),
        "how_to_submit",
    ),
    (
        (
            "pintu masuknya lewat mana kalau mau masukin usulan ke sistem ini? "
            "langkah-langkahnya apa?"
        ),
        "how_to_submit",
    ),
    (
        (
            "staf saya tanya: 'kalau mau kirim usulan lewat telegram caranya gimana?' tolong "
            "pandu dong"
        ),
        "how_to_submit",
    ),
    (
        "usulan jaling kami yang kemarin udah sampai mana ya? udah diverifikasi belum?",
        "status",
    ),
    (
        "usulan RTLH kami, eh salah, maksud saya usulan drainase kami, statusnya sekarang apa?",
        "status",
    ),
    (
        "spill dong nasib usulan kita, ditolak atau masih diperiksa orang prov?",
        "status",
    ),
    (
        "rakor tahun depan, eh bukan, rakor yang terdekat ini kapan dan di mana ya?",
        "meeting",
    ),
    (
        "kapan kumpul lagi sama orang Palangka? rapat berikutnya tanggal berapa, jam berapa?",
        "meeting",
    ),
    (
        "when n where is the next rakor? pls",
        "meeting",
    ),
    (
        "usulan paling lambat masuk kapan ya tahun ini?",
        "deadline",
    ),
    (
        (
            "tenggat kirim usulan siklus ini sampai tanggal berapa? jangan sampai kami "
            "ketinggalan kereta"
        ),
        "deadline",
    ),
    (
        (
            "kepala dinas nanya ke saya 'batas akhir kirim usulan ke provinsi kapan?', "
            "jawabnya apa ya?"
        ),
        "deadline",
    ),
    (
        "selamat pagi pak, mohon bantuannya",
        "greeting",
    ),
    (
        "makasih banyak ya bot, sangat membantu",
        "greeting",
    ),
    (
        "halo bestie, tolongin dong",
        "greeting",
    ),
    (
        "gimana caranya masukin usulan lewat bot ini?",
        "how_to_submit",
    ),
    (
        "hw 2 submit usulan thru this bot pls",
        "how_to_submit",
    ),
    (
        "pintu masuknya lewat mana kalau dinas kami mau kirim usulan lewat bot di sini?",
        "how_to_submit",
    ),
]

ROUND43_AREAS: list[tuple[str, str]] = [
    (
        "kawasan kumuh di Baamang luasnya 8 ha, koreksi, 12 ha, itu siapa yang menangani?",
        "provinsi",
    ),
    (
        (
            "Pemkab bilang kawasan kumuh tepi sungai seluas 9,5 hektar harus diserahkan ke "
            "Pemprov, bener nggak?"
        ),
        "kabkota",
    ),
    (
        (
            "kawasan kumuh pas 15 hektare ini kayak bola panas, provinsi atau pusat yang "
            "harus nangkap?"
        ),
        "pusat",
    ),
    (
        "bot bisa hitung kewenangan buat kawasan kumuh 125.000 m2?",
        "provinsi",
    ),
    (
        (
            "kampung rumah panggung di pinggir Sungai Kahayan, luas kumuhnya cuma setengah "
            "hektar, siapa yang tangani?"
        ),
        "kabkota",
    ),
    (
        "kumuh 14.9 ha tuh masih provinsi kan? fix?",
        "provinsi",
    ),
    (
        (
            "lurah nanya: 'kawasan kumuh kami 100.000 meter persegi, itu urusan siapa?' "
            "jawabnya gimana?"
        ),
        "provinsi",
    ),
    (
        (
            "bukankah kawasan kumuh yang luasnya 10 ha itu masih urusan kabupaten? kan belum "
            "lewat 10"
        ),
        "provinsi",
    ),
    (
        "slum area of 20 hectares in Kapuas, who's responsible? prov or pusat?",
        "pusat",
    ),
    (
        "delineasi kawasan kumuh di SK kami 75,87 ha, ini kewenangan siapa?",
        "pusat",
    ),
    (
        "kumuh 98.000 m² itu masuk kewenangan mana ya?",
        "kabkota",
    ),
    (
        "kumuh area 7 ha in Sampit, r we allowed 2 propose it to prov?",
        "kabkota",
    ),
    (
        ("kawasan kumuh di Kelurahan Mendawai luasnya 8 ha, koreksi, 12 ha, itu kewenangan siapa?"),
        "provinsi",
    ),
    (
        "kumuh 9,5 hektar di Baamang, Pemprov atau Pemkab yang pegang?",
        "kabkota",
    ),
    (
        "kalau luas kumuhnya pas 10 ha, itu bola siapa? jangan lempar-lemparan ya",
        "provinsi",
    ),
    (
        "slum area of exactly 15 hectares, who's responsible? pusat or prov?",
        "pusat",
    ),
    (
        "delineasi kumuh di SK kami 14.9 ha, masih provinsi atau udah pusat?",
        "provinsi",
    ),
    (
        "kumuh 85.000 m2 di Kelurahan Pahandut, siapa yang nanganin?",
        "kabkota",
    ),
    (
        "bot bisa hitung? kawasan kumuh 120.000 meter persegi itu urusan siapa?",
        "provinsi",
    ),
    (
        (
            "kumuh setengah hektare di pinggir sungai Desa Tumbang Anoi, provinsi bisa bantu "
            "nggak? kewenangan siapa sih?"
        ),
        "kabkota",
    ),
    (
        "kawasan kumuh 22 hektare di Selat, Kuala Kapuas, tanggung jawab siapa ya?",
        "pusat",
    ),
    (
        ("warga nanya 'kampung kami kumuh 3 ha, provinsi bisa bantu nggak?' itu kewenangan siapa?"),
        "kabkota",
    ),
    (
        "kumuh 160.000 m² itu masuk ranah siapa bestie?",
        "pusat",
    ),
    (
        "kumuh 19,5 ha di Mentawa Baru Hulu, masa sih provinsi yang harus nanganin?",
        "pusat",
    ),
]

ROUND43_OUT_OF_SCOPE: list[str] = [
    "berapa pagu anggaran Disperkimtan untuk PSU permukiman tahun 2027?",
    "harga satuan per meter jalan lingkungan rabat beton di Kalteng sekarang berapa ya?",
    "siapa pemenang tender peningkatan kualitas kawasan kumuh di Sampit tahun lalu?",
    "spill dong nomor HP kabid kawasan permukiman Disperkimtan, mau japri",
    "kamu punya data angka backlog rumah di Kabupaten Katingan tahun ini?",
    "bantuan BSPS tahap dua tahun ini cairnya kapan ya?",
    "besok di Palangka Raya hujan nggak ya? mau berangkat pagi",
    "adik saya nanya: 'syarat bikin SIM di Polres Kotim apa aja?' bisa bantu jawab?",
    "gaji PPPK golongan IX sekarang berapa sih?",
    "cuti melahirkan buat ASN itu berapa bulan, eh koreksi, cara ngurusnya gimana?",
    "berita terbaru soal pilkada Kalteng apa aja?",
    "rekomendasi warung makan enak dekat Jalan D.I. Panjaitan dong, ibarat perut sudah demo",
    "hw 2 apply 4 a scholarship 4 my kid? thx",
    "wat's the usd to rupiah rate today?",
    "bukannya aturan penyaluran dana BOS sekolah dasar juga bisa dijelasin bot ini?",
    "berapa pagu anggaran Disperkimtan untuk PSU tahun 2027?",
    "nomor HP kabid kawasan permukiman provinsi berapa ya?",
    "tender jalan lingkungan di Sampit tahun ini yang menang siapa?",
    "berapa rumah RTLH yang sudah dibedah di Kapuas tahun 2025?",
    "progres fisik pembangunan rusun di Palangka Raya sekarang sudah berapa persen?",
    "harga paving block per meter persegi buat jaling di Pulang Pisau berapa sekarang?",
    "hw much is a sack of cement in sampit rn?",
    "besok Palangka hujan nggak ya? mau survei lapangan",
    "syarat izin tambang galian C di kabupaten gimana?",
    "jadwal vaksinasi di puskesmas Kurun kapan ya?",
    "sisa cuti tahunan saya berapa hari ya?",
    "kapan TPP bulan ini cair?",
    "who won the liga 1 match last nite?",
    "siapa juara lomba kampung bersih se-Kalteng tahun lalu?",
    "berapa tarif hotel dekat bandara Tjilik Riwut?",
]
