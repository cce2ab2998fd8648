"""Round 39 held-out question table for the Sinkron bot.

Written 2026-12-06 by two helpers who had not seen the knowledge base or any other question
table; they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md) plus the place-name list.

Style emphasis of this round: quoting something read (a circular, a forwarded message, a
slide, a line of a regulation) and asking what it means for them; consequences and
what-if-not ("apa akibatnya kalau ...", "risikonya apa kalau kami tidak ..."); vague
references with the key term only implied ("yang soal 10 ha itu lho"); a newly transferred
officer comparing with the province or regency they came from; explaining to a third party
("gimana cara saya jelasin ke warga ..."); formal-literary vocabulary ("hunian", "papan",
"termaktub", "berkenaan dengan"); step-by-step procedural questions ("langkah pertama saya
apa"); hedged curiosity openers ("kalau boleh tahu", "sekadar memastikan"). About one question
in ten is in careful school-textbook English ("May I know ..."). A glossary entry's questions
ask what the term means.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND39_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Di slide bimtek kemarin ada tabel 'pembagian urusan PKP pusat - provinsi - "
            "kab/kota' tapi tulisannya kecil sekali. Bisa dirangkum, provinsi sebenarnya "
            "pegang urusan apa saja dan kabupaten apa saja?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Saya baru mutasi dari Dinas Perkim Kabupaten Banjar, Kalsel. Di Kalteng ini "
            "secara garis besar pembagian kewenangan perumahan dan permukiman antara pusat, "
            "provinsi dan kabupaten seperti apa?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Di sambutan Sekda waktu rakor disebut 'kawasan permukiman termasuk urusan wajib "
            "pelayanan dasar'. Maksudnya apa itu, dan dasarnya pasal berapa?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Pimpinan kami menganggap perumahan cuma urusan pilihan jadi anggarannya bisa "
            "dipangkas habis. Apa ruginya kalau dianggap begitu, memang statusnya urusan apa "
            "menurut UU 23/2014?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Yang aturan soal 10 ha sama 15 ha itu lho, bunyi persisnya gimana? Saya perlu "
            "kutip di telaahan staf untuk pimpinan."
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "I would like to ask about the division of responsibility for slum areas. Which "
            "level of government handles which size of slum area according to UU 23/2014?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Kawasan kumuh di Kecamatan Selat totalnya ratusan hektar. Kalau tetap kami "
            "usulkan ke provinsi apa akibatnya? Yang besar-besar begitu sebenarnya dipegang "
            "siapa?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Di berita online tertulis 'kawasan kumuh di atas 15 hektare ditangani "
            "kementerian'. Apa benar begitu bunyi aturannya? Kalau luasnya pas 15 ha masuk "
            "mana?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Waktu saya di Bappeda Kaltim, program pencegahan kumuh kadang dibantu provinsi. "
            "Di Kalteng pencegahan kumuh itu tanggung jawab siapa?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Kalau kegiatan pencegahan tumbuhnya permukiman kumuh kami usulkan ke "
            "Disperkimtan, risikonya ditolak tidak? Itu wewenang siapa sebenarnya?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Sub-urusan yang soal rumahnya, bukan kawasan, itu pembagiannya gimana ya antara "
            "provinsi dan kabupaten?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Di draf Renstra kami tertulis 'sub-urusan perumahan: kewenangan provinsi "
            "terbatas'. Terbatas di mana maksudnya? Provinsi pegang apa dan kabupaten pegang "
            "apa?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Dulu di kabupaten saya di Jawa Tengah, rumah untuk MBR dan rusun dibangun lewat "
            "kementerian. Di Kalteng juga begitu? Provinsi bisa bantu bangun rumah MBR tidak?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "May I know which level of government is responsible for providing houses for "
            "low-income people and for the housing finance system?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Banjir kemarin merusak puluhan rumah di Kecamatan Mentaya Hilir Selatan. Kalau "
            "kabupaten tidak sanggup membangun kembali, apa provinsi wajib ambil alih? Siapa "
            "sebenarnya yang menangani rumah korban bencana?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Warga yang dipindah karena proyek pemerintah itu, rumah penggantinya jadi "
            "tanggungan siapa? Tergantung programnya siapa ya?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Ada developer di Sampit kirim WA: 'mohon info, izin pengembangan perumahan "
            "sekarang diurus di provinsi'. Memangnya izin perumahan dan SKBG diterbitkan "
            "provinsi?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "I was transferred from a city government in South Sulawesi, where the permit for "
            "developing a settlement area was issued by the city. Is it the same in Central "
            "Kalimantan?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Sub-urusan yang satunya lagi, yang kawasan permukiman itu, isinya apa saja untuk "
            "masing-masing tingkatan pemerintah?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Di slide pembukaan rakor tertulis 'Provinsi: penyelenggaraan kawasan "
            "permukiman'. Cakupannya apa saja untuk provinsi, dan kabupaten kebagian apa?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Kalau jalan di dalam perumahan yang dibangun developer kami usulkan ke provinsi, "
            "apa ruginya? Katanya PSU itu dibagi dua, perumahan dan permukiman."
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Bedanya PSU yang jadi urusan provinsi dengan yang urusan kabupaten itu di mana? "
            "Yang satu perumahan yang satu permukiman kan?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Di WA grup ada info 'provinsi tidak menangani jalan di ruas jalan kabupaten'. "
            "Jadi PSU yang dibangun Disperkimtan itu persisnya apa saja dan di mana?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Di Dinas Perkim Kalbar dulu provinsi bisa bangun MCK dan lampu jalan di kampung. "
            "Di Kalteng, Disperkimtan biasanya bangun PSU jenis apa?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Kalau saluran drainase di pinggir jalan provinsi kami usulkan lewat "
            "Disperkimtan, apa akibatnya? Bisa masuk tidak?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "What is the meaning of 'sertifikasi dan registrasi perancang rumah tingkat "
            "kemampuan kecil'? Which government level handles the small, medium and large "
            "capability?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Yang soal registrasi konsultan perencana rumah dan PSU itu, kalau kemampuannya "
            "menengah jadi urusan siapa?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Di surat edaran dari provinsi ada kalimat 'capaian SPM perumahan rakyat "
            "ditargetkan 100%'. SPM perumahan itu isinya apa buat kabupaten kami?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Kalau capaian SPM perumahan kami rendah karena korban kebakaran di kabupaten "
            "belum dapat rumah layak, itu jadi tanggung jawab siapa? Provinsi ikut menanggung "
            "tidak?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Luas yang dipakai untuk menentukan kewenangan itu yang mana sih, luas satu desa "
            "atau yang digambar di peta SK? Desanya 40 ha tapi yang kumuh cuma sebagian."
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Kalau di usulan saya isi luas kelurahan seluruhnya, bukan luas kawasan yang ada "
            "di SK kumuh, nanti gimana? Ada masalahnya?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Di kabupaten lama saya di Kaltara lokasi kumuh ditetapkan lewat Perda. Di sini "
            "penetapannya oleh siapa dan bentuknya apa?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "SK penetapan lokasi kumuh kami terbit tahun 2019 dan belum pernah direvisi. "
            "Risikonya apa? Ada kewajiban ditinjau ulang berkala?"
        ),
        ("kumuh.penetapan", "usulan.sk_kumuh"),
    ),
    (
        (
            "Di form baseline ada isian 'aspek proteksi kebakaran'. Memangnya kebakaran "
            "termasuk kriteria kumuh? Aspeknya ada berapa semuanya?"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "I would like to ask about the criteria used to decide whether a settlement is a "
            "slum. What aspects are assessed?"
        ),
        "kumuh.aspek",
    ),
    (
        "Skor yang maksimalnya 80 itu, berapa batasnya supaya satu lokasi dianggap kumuh berat?",
        "kumuh.penilaian",
    ),
    (
        (
            "Konsultan menulis di laporannya 'nilai kekumuhan lokasi = 63'. Itu masuk "
            "kategori apa ya, dan cara hitung skornya gimana?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "Kalau total skor lokasi kami cuma 35, masih dianggap kumuh atau sudah tidak? "
            "Masuk tingkat apa?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Waktu di Kalsel kami pakai batas kumuh sedang dari aplikasi versi lama. Di sini "
            "rentang skor untuk kumuh sedang dan ringan berapa?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Penanganan kumuh yang dipakai kalau warganya tinggal di lahan ilegal atau rawan "
            "bencana itu apa namanya? Bukan pemugaran kan?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Di dokumen RP2KPKP tertulis 'pola penanganan: peremajaan'. Bedanya dengan "
            "pemugaran apa, dan kapan masing-masing dipakai?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Bupati tanya ke saya, 'sebenarnya kawasan kumuh se-Kalteng itu berapa lokasi dan "
            "berapa hektar?' Ada datanya tidak?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "May I know how many slum locations there are in Central Kalimantan, and which "
            "regency has the most?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "Itu, isian-isian yang harus ada di usulan kegiatan apa saja ya? Saya mau siapkan "
            "datanya dulu sebelum mulai isi."
        ),
        "usulan.isi",
    ),
    (
        (
            "Kenapa form usulan minta banyak sekali data, sampai sektor terkait dan perkotaan "
            "atau perdesaan segala? Apa ruginya kalau sebagian saya kosongkan?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Di provinsi asal saya, usulan ke provinsi bisa apa saja asal masuk program. Di "
            "Kalteng jenis usulan yang bisa diajukan ke Disperkimtan apa saja?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Di pilihan jenis usulan ada 'lainnya'. Itu untuk apa? Dan jenis lain yang "
            "tersedia apa saja?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Yang data tempatnya itu, harus sampai nama desa dan titik koordinat juga ya? "
            "Nama lokasinya ditulis seperti apa?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Kalau titik GPS lokasi tidak saya isi, apa usulannya tetap bisa dikirim? Data "
            "lokasi apa saja yang wajib?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Di format usulan ada kolom 'sumber dana yang diusulkan'. Pilihannya apa saja? "
            "Boleh campuran beberapa sumber?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Kalau jumlah jiwa saya tulis lebih kecil dari jumlah KK karena salah data, nanti "
            "gimana? Penerima manfaat dihitung pakai apa saja?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Itu tuh, dokumen-dokumen kesiapan yang harus dilampirkan kalau usul PSU, "
            "lengkapnya apa aja?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Di Sumbar dulu usulan PSU ke provinsi wajib ada surat Bupati, DED, RAB dan site "
            "plan. Di sini kriteria kesiapannya sama atau beda?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Di catatan verifikasi tertulis 'lahan belum clean and clear'. Maksudnya gimana "
            "buat usulan kami? Lahannya milik desa."
        ),
        "usulan.lahan",
    ),
    (
        (
            "Lahan untuk jalan lingkungan yang kami usulkan masih sengketa dengan salah satu "
            "warga. Kalau tetap diusulkan, apa akibatnya?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Lokasi yang mau kami usulkan ternyata tidak tercantum di SK kumuh Bupati. Kalau "
            "tetap kirim, nanti gimana?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Untuk usulan kumuh, nomor dan tanggal SK yang itu wajib diisi? Kalau SK-nya "
            "sudah 6 tahun umurnya masih bisa dipakai?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Di undangan rakor tertulis 'usulan dilengkapi DED, RAB dan RKS'. Kalau kami "
            "belum punya DED, apa usulannya percuma?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "May I know which technical documents should be attached to a proposal, such as "
            "design drawings, cost estimates and photos of the site?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Surat yang menyatakan kami siap menerima aset lalu merawatnya itu wajib ya? "
            "Isinya apa dan siapa yang tanda tangan?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Di daerah asal saya, surat kesanggupan O&P baru dibuat setelah proyek selesai. "
            "Di Kalteng harus dilampirkan sejak usulan?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Ada warga kirim pesan: 'Pak, rumah saya mau dibedah provinsi, tanahnya masih "
            "numpang di lahan mertua'. Syarat RTLH lewat provinsi apa saja sebenarnya?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Kalau usulan RTLH kami ternyata untuk bangun rumah baru di lahan kosong, bisa "
            "diterima? Lalu penerima bantuannya ditetapkan siapa?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Kalau yang minta jalan lingkungan itu warga langsung, bukan dinas, harus "
            "diketahui siapa saja ya supaya bisa diproses?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Ada proposal dari Ketua RT di Kelurahan Pahandut Seberang minta drainase, cuma "
            "ditandatangani dia sendiri. Cukup begitu atau perlu tanda tangan pihak lain?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Kalau jalan lingkungan yang dibangun provinsi sudah selesai tapi kabupaten belum "
            "mau tanda tangan BAST, apa akibatnya? Siapa yang memelihara?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Di Kalsel dulu aset PSU yang dibangun provinsi tetap dicatat provinsi. Di "
            "Kalteng setelah selesai dibangun asetnya jadi milik siapa dan prosesnya "
            "bagaimana?"
        ),
        "hibah.aset",
    ),
    (
        (
            "I would like to ask who signs the grant deed and the handover record when the "
            "province hands over a finished drainage channel to our regency."
        ),
        "hibah.aset",
    ),
    (
        (
            "Kalau usulan kumuh kami ditolak provinsi karena terlalu kecil, apa ruginya buat "
            "warga? Bisa dibiayai dari mana lagi?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Yang pilihan sumber dana pengganti itu lho, kalau usulan kami ternyata bukan "
            "urusan provinsi, larinya ke mana saja?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Di Kabupaten Tabalong dulu usulan ke provinsi kami kirim untuk tahun berjalan. "
            "Di Kalteng siklusnya gimana, usulan tahun ini untuk anggaran tahun kapan?"
        ),
        "siklus.tahunan",
    ),
    (
        "Alurnya dari kami usul sampai jadi kegiatan fisik itu gimana sih urutannya tiap tahun?",
        "siklus.tahunan",
    ),
    (
        (
            "Di surat balasan provinsi tertulis 'usulan akan diverifikasi secara "
            "administrasi, teknis dan kewenangan'. Yang diperiksa apa saja di tiap tahap itu?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Kalau dokumen usulan kami kurang waktu diperiksa provinsi, apa langsung gugur "
            "atau dikembalikan dulu untuk diperbaiki?"
        ),
        ("siklus.pemeriksaan", "bot.status"),
    ),
    (
        (
            "Di undangan tertulis 'Rapat Koordinasi dan Sinkronisasi Bidang Kawasan "
            "Permukiman se-Kalimantan Tengah'. Sebenarnya rakor ini gunanya apa dan siapa "
            "saja yang ikut?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Waktu saya di Kaltim, rakor bidang perkim diadakan tiap awal tahun. Di Kalteng "
            "rakor kawasan permukiman biasanya jatuh di bagian tahun yang mana dan apa yang "
            "dibahas?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Setelah disetujui di rapat tahunan yang itu, usulan kami lanjut ke mana? Masuk "
            "RKPD dulu atau langsung APBD?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "What happens to an accepted proposal after the coordination meeting? Does it "
            "still have to go through the provincial Musrenbang?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Di kabupaten lama saya Pokja PKP dipimpin Sekda dan rapatnya rutin. Di sini "
            "Pokja PKP itu fungsinya apa dan dasar hukumnya apa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Kalau kabupaten kami belum punya SK Pokja PKP, ada pengaruhnya tidak untuk "
            "koordinasi program perumahan?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Kantor dinas provinsi yang urus perkim itu alamatnya di mana ya? Saya mau antar "
            "berkas usulan minggu depan."
        ),
        "disperkimtan.kontak",
    ),
    (
        (
            "Di kop surat tertulis 'Jl. D.I. Panjaitan No. 5'. Itu kantor Disperkimtan "
            "provinsi ya? Websitenya apa?"
        ),
        "disperkimtan.kontak",
    ),
    (
        (
            "Di pesan bot tertulis '14.00 WIB'. Kami di Kalteng pakai WIB juga kan, bukan "
            "WITA? Jam di bot ini mengikuti zona apa?"
        ),
        "bot.cara_pakai",
    ),
    (
        "Daftar perintah bot ini apa saja ya? Saya baru tahu /usul, yang lain belum.",
        "bot.cara_pakai",
    ),
    (
        (
            "Kalau waktu isi /usul sinyal putus di tengah jalan, isian saya hilang tidak? "
            "Bisa dilanjutkan?"
        ),
        "bot.usul",
    ),
    (
        (
            "Fitur yang bisa menyalin usulan tahun lalu itu, bagian apa saja yang ikut "
            "tersalin dan apa yang harus diisi ulang?"
        ),
        "bot.usul",
    ),
    (
        (
            "Setelah kirim usulan bot membalas dengan kode 'USL-2026-0014'. Itu kode apa dan "
            "gunanya untuk apa?"
        ),
        "bot.usul",
    ),
    (
        (
            "Di bot usulan saya statusnya 'dibahas di Rakor'. Artinya apa? Berarti sudah "
            "pasti disetujui?"
        ),
        "bot.status",
    ),
    (
        (
            "What is the meaning of the status 'perlu perbaikan' on a proposal, and what "
            "should the officer do next?"
        ),
        "bot.status",
    ),
    (
        (
            "Usulan kami ditolak dengan alasan bukan kewenangan provinsi. Kalau kami tidak "
            "terima, bisa dibuka lagi lewat bot? Langkah selanjutnya apa?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Yang status dialihkan itu maksudnya usulan kami dilempar ke mana? Kami harus "
            "ngapain setelah itu?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Di LAPOR! aduan harus diverifikasi dalam 3 hari kerja. Kalau usulan di sini, "
            "berapa lama provinsi biasanya menanggapi?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Sudah lewat seminggu usulan kami belum juga diperiksa. Memangnya ada standar "
            "waktu tindak lanjutnya? Kalau lewat apa yang terjadi?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Undangan rapat yang masuk lewat bot itu, kalau saya berhalangan, bisa "
            "diwakilkan? Caranya gimana?"
        ),
        "bot.rapat",
    ),
    (
        (
            "Bot kirim pesan 'pengingat: rapat 1 hari lagi'. Pengingatnya dikirim kapan saja "
            "sebenarnya, dan perlu konfirmasi hadir tidak?"
        ),
        "bot.rapat",
    ),
    (
        (
            "Di daerah asal saya dinasnya bernama Dinas PUPR saja. Di sini orang sering "
            "menyebut 'Perkim'. Perkim itu singkatan apa?"
        ),
        "istilah.perkim",
    ),
    (
        "What does the word 'Perkim' stand for?",
        "istilah.perkim",
    ),
    (
        (
            "Di kop surat undangan tertulis 'Disperkimtan'. Kepanjangannya apa? 'tan' di "
            "belakangnya itu apa?"
        ),
        "istilah.disperkimtan",
    ),
    (
        "Disperkimtan itu dinas apa sih, beda dengan Disperkim yang biasa di kabupaten?",
        "istilah.disperkimtan",
    ),
    (
        "What does PSU stand for in the housing sector?",
        "istilah.psu",
    ),
    (
        "Di SE tertulis 'usulan PSU permukiman'. PSU-nya itu maksudnya apa ya?",
        "istilah.psu",
    ),
    (
        "Teman-teman di grup sering nulis 'jaling', itu maksudnya apa?",
        "istilah.jaling",
    ),
    (
        "Waktu di Jawa Barat saya tidak pernah dengar kata 'jaling'. Di sini artinya apa?",
        "istilah.jaling",
    ),
    (
        "Di RAB ada item 'drainase lingkungan'. Drainase itu yang dimaksud apa persisnya?",
        "istilah.drainase",
    ),
    (
        "Di tabel lampiran SK ada kolom tingkat kekumuhan yang isinya 'KR'. Itu singkatan apa?",
        "istilah.kr",
    ),
    (
        "Kode KS di data baseline lokasi kumuh itu artinya apa?",
        "istilah.ks",
    ),
    (
        (
            "Di daerah saya dulu KB itu Keluarga Berencana, hehe. Di tabel lokasi kumuh ada "
            "'KB' juga, itu maksudnya apa?"
        ),
        "istilah.kb",
    ),
    (
        "What is meant by 'SK kumuh'?",
        "istilah.skkumuh",
    ),
    (
        "SK yang sering disebut buat urusan kumuh-kumuh itu sebenarnya surat apa sih?",
        "istilah.skkumuh",
    ),
    (
        "Di laporan konsultan ada 'peta delineasi kawasan'. Delineasi itu artinya apa?",
        "istilah.delineasi",
    ),
    (
        (
            "Di kantor lama saya istilahnya 'batas kawasan'. Di sini orang bilang delineasi, "
            "maksudnya sama?"
        ),
        "istilah.delineasi",
    ),
    (
        "RTLH yang sering disebut-sebut itu singkatan dari apa?",
        "istilah.rtlh",
    ),
    (
        "What is the meaning of RTLH?",
        "istilah.rtlh",
    ),
    (
        "Di laporan capaian tertulis 'RTLH menjadi RLH 84 unit'. RLH itu apa?",
        "istilah.rlh",
    ),
    (
        "Yang orang sebut program bedah rumah itu sebenarnya apa?",
        "istilah.bedahrumah",
    ),
    (
        (
            "Warga di grup desa ramai membicarakan 'bedah rumah'. Itu istilah untuk apa kalau "
            "di bahasa dinas?"
        ),
        "istilah.bedahrumah",
    ),
    (
        "Di surat dari balai tertulis 'calon penerima BSPS'. BSPS itu kepanjangannya apa?",
        "istilah.bsps",
    ),
    (
        (
            "Di Jawa Timur dulu saya sering dengar BSPS. Di sini juga disebut-sebut, itu "
            "program apa?"
        ),
        "istilah.bsps",
    ),
    (
        "What does MBR mean in housing documents?",
        "istilah.mbr",
    ),
    (
        "MBR itu singkatan apa ya? Yang ada kata masyarakat sama penghasilan itu.",
        "istilah.mbr",
    ),
    (
        "Di brosur tertulis 'rusunawa'. Artinya apa, dan 'wa' di belakangnya itu apa?",
        "istilah.rusunawa",
    ),
    (
        "Rusus itu apa? Rumah susun khusus atau apa?",
        "istilah.rusus",
    ),
    (
        (
            "Di daerah perbatasan tempat saya bertugas dulu ada 'rusus nelayan'. Rusus itu "
            "singkatan apa?"
        ),
        "istilah.rusus",
    ),
    (
        (
            'Ada warga korban banjir di Desa Tumbang Kaman nanya ke saya "huntara itu apa '
            'pak?". Gimana cara saya jelasin ke mereka biar gampang dipahami?'
        ),
        "istilah.huntara",
    ),
    (
        "kalau boleh tahu huntara itu singkatan dari apa ya",
        "istilah.huntara",
    ),
    (
        (
            "Berkenaan dengan penanganan pascabencana, apakah sesungguhnya makna istilah "
            "huntap bagi tempat bermukim para penyintas?"
        ),
        "istilah.huntap",
    ),
    (
        (
            "Saya lagi nyusun laporan pascabencana bagian demi bagian, sekarang sampai bagian "
            "huntap. Sebelum lanjut nulis, huntap itu kepanjangannya apa?"
        ),
        "istilah.huntap",
    ),
    (
        (
            "Saya lagi isi kolom penerima manfaat satu per satu, sekarang di isian KK. KK di "
            "situ maksudnya apa, kartu keluarga atau kepala keluarga?"
        ),
        "istilah.kk",
    ),
    (
        (
            "Kades Maliku Baru bingung waktu saya minta data jumlah KK. Saya jelasin KK itu "
            "artinya apa dalam hitungan penerima manfaat?"
        ),
        "istilah.kk",
    ),
    (
        (
            'sekadar memastikan, "jiwa" di data penerima itu artinya jumlah orang ya? bukan '
            "jumlah rumah?"
        ),
        "istilah.jiwa",
    ),
    (
        (
            'Mohon penjelasan, satuan "ha" yang termaktub dalam ketentuan luasan kawasan itu '
            "kepanjangannya apa dan setara dengan berapa meter persegi?"
        ),
        "istilah.ha",
    ),
    (
        (
            "Tahap pertama nyiapin dokumen teknis katanya DED dulu. Tapi jujur saya blm "
            "paham, DED itu singkatan dari apa?"
        ),
        "istilah.ded",
    ),
    (
        ("I would like to ask about DED. What does DED stand for and what kind of document is it?"),
        "istilah.ded",
    ),
    (
        (
            "Kepala desa nanya ke saya RAB itu apa, katanya baru dengar. Saya jawab apa ya "
            "biar singkat dan jelas?"
        ),
        "istilah.rab",
    ),
    (
        "Penasaran aja sih, RAB itu kepanjangannya apa ya?",
        "istilah.rab",
    ),
    (
        (
            "Apakah gerangan yang dimaksud dengan RKS dalam kelengkapan berkas teknis suatu "
            "pekerjaan pembangunan?"
        ),
        "istilah.rks",
    ),
    (
        (
            "Setelah DED dan RAB beres, dokumen berikutnya yang diminta RKS. Sebelum saya "
            "lanjut bikin, RKS itu sebenarnya apa sih?"
        ),
        "istilah.rks",
    ),
    (
        "Kira-kira KAK itu apa ya? Sama nggak sih dengan TOR?",
        "istilah.kak",
    ),
    (
        (
            "Staf honorer di bidang saya nanya arti KAK. Gimana cara saya jelasin ke dia "
            "dengan bahasa sederhana?"
        ),
        "istilah.kak",
    ),
    (
        (
            "Mohon pencerahan, apakah arti site plan, yang kerap pula disebut rencana tapak, "
            "dalam berkas usulan?"
        ),
        "istilah.siteplan",
    ),
    (
        "What is the meaning of site plan? Is it the same as a map of the location?",
        "istilah.siteplan",
    ),
    (
        (
            "Saya lagi nyiapin berkas usulan tahap demi tahap, terus ketemu istilah RC. RC "
            "itu maksudnya apa?"
        ),
        "istilah.rc",
    ),
    (
        (
            "Sekadar memastikan, RC yang sering disebut di rapat itu singkatan dari Readiness "
            "Criteria kan? Artinya apa tepatnya?"
        ),
        "istilah.rc",
    ),
    (
        (
            "Bupati minta penjelasan singkat, BAST itu apa sih? Poin yang perlu saya "
            "sampaikan apa aja?"
        ),
        "istilah.bast",
    ),
    (
        (
            "Apakah yang dimaksud dengan BAST sebagaimana kerap disebut dalam peralihan aset "
            "antar pemangku kepentingan?"
        ),
        "istilah.bast",
    ),
    (
        "Mungkin bisa dibantu, hibah itu artinya apa kalau dalam urusan aset pemerintah?",
        "istilah.hibah",
    ),
    (
        (
            'Gmn cara saya jelasin ke warga arti kata "hibah" yang sering muncul di dokumen '
            "dinas? Mereka kira hibah itu hadiah pribadi."
        ),
        "istilah.hibah",
    ),
    (
        (
            "Di tahap penyusunan berkas serah terima muncul sebutan BMD. Sebelum saya "
            "teruskan, BMD itu singkatan apa?"
        ),
        "istilah.bmd",
    ),
    (
        "Berkenaan dengan penatausahaan kekayaan pemerintah daerah, apakah makna istilah BMD?",
        "istilah.bmd",
    ),
    (
        "May I know what BMN means?",
        "istilah.bmn",
    ),
    (
        (
            'Kades nanya ke saya, bangunan MCK di desanya katanya tercatat sebagai "BMN". Itu '
            "artinya apa, saya jawab apa ya?"
        ),
        "istilah.bmn",
    ),
    (
        "kalau boleh tahu O&P itu kepanjangannya apa?",
        "istilah.op",
    ),
    (
        (
            "Setelah jaling selesai dibangun katanya tahap berikutnya O&P oleh kabupaten. "
            "Sebelum saya atur, O&P itu sendiri artinya apa?"
        ),
        "istilah.op",
    ),
    (
        (
            "Apakah yang dimaksud dengan SPM dalam penyelenggaraan urusan perumahan rakyat "
            "dan kawasan permukiman?"
        ),
        ("istilah.spm", "kewenangan.spm"),
    ),
    (
        "Anggota DPRD minta saya jelasin singkat SPM itu apa. Poin pentingnya apa aja?",
        "istilah.spm",
    ),
    (
        "Penasaran aja, Pokja PKP itu singkatan apa ya?",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        (
            "Saya ditunjuk jadi sekretariat Pokja PKP kabupaten. Langkah awal saya mau paham "
            "dulu, Pokja PKP itu apa sebenarnya?"
        ),
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        (
            "Sekda nanya ke saya Pokja PPAS itu apa, kok beda nama dengan Pokja PKP. "
            "Kepanjangan PPAS apa, biar saya bisa jelasin?"
        ),
        "istilah.pokjappas",
    ),
    (
        "What does Pokja PPAS stand for?",
        "istilah.pokjappas",
    ),
    (
        "Mohon penjelasan mengenai makna singkatan AMPL pada nama kelompok kerja Pokja AMPL.",
        "istilah.pokjaampl",
    ),
    (
        "kira2 pokja AMPL itu apa ya?",
        "istilah.pokjaampl",
    ),
    (
        (
            "Urutan dokumen perencanaan di kabupaten kami ada RP3KP. Sebelum saya susun "
            "urutan kerjanya, RP3KP itu singkatan dari apa?"
        ),
        "istilah.rp3kp",
    ),
    (
        (
            "Kadis minta penjelasan singkat soal RP3KP buat bahan rapat. Poinnya apa, itu "
            "dokumen apa?"
        ),
        "istilah.rp3kp",
    ),
    (
        (
            "Mungkin bisa dibantu, RP2KPKP itu kepanjangannya apa? Panjang banget "
            "singkatannya, saya sering lupa"
        ),
        "istilah.rp2kpkp",
    ),
    (
        (
            "Mohon dijelaskan, dokumen RP2KPKP itu pranata perencanaan apa berkenaan dengan "
            "hunian kumuh?"
        ),
        "istilah.rp2kpkp",
    ),
    (
        "I would like to ask about KOTAKU. What is the meaning of this name?",
        "istilah.kotaku",
    ),
    (
        (
            "Warga di Pahandut Seberang masih ingat program KOTAKU. Kalau mereka nanya itu "
            "program apa, saya jawab apa?"
        ),
        "istilah.kotaku",
    ),
    (
        "Apakah yang dimaksud dengan DAK Tematik PPKT sebagai salah satu sumber pembiayaan?",
        "istilah.daktematikppkt",
    ),
    (
        (
            "Saya lagi nyari opsi pendanaan satu-satu, terus ada DAK Tematik PPKT. Sebelum "
            "melangkah lebih jauh, PPKT itu kepanjangannya apa?"
        ),
        "istilah.daktematikppkt",
    ),
    (
        "Sekadar memastikan, APBN itu anggaran pemerintah pusat ya? Kepanjangannya apa?",
        "istilah.apbn",
    ),
    (
        "Ketua RT nanya APBN itu apa. Gimana saya jelasin ke dia dengan bahasa sederhana?",
        "istilah.apbn",
    ),
    (
        "Mohon uraian mengenai pengertian APBD dalam tata kelola keuangan daerah.",
        "istilah.apbd",
    ),
    (
        (
            "Sebelum saya lanjut ngisi sumber dana, mau paham dulu istilahnya: APBD itu "
            "kepanjangannya apa?"
        ),
        "istilah.apbd",
    ),
    (
        "Di pilihan sumber dana ada APBDes. Sebelum saya pilih, APBDes itu maksudnya apa?",
        "istilah.apbdes",
    ),
    (
        "Kades Lamunti nanya ke saya, APBDes itu persisnya apa? Saya jawab apa ya?",
        "istilah.apbdes",
    ),
    (
        "kalau boleh tahu bankeu itu apa?",
        "istilah.bankeu",
    ),
    (
        "Apakah pengertian Bankeu sebagaimana tercantum pada pilihan sumber pendanaan?",
        "istilah.bankeu",
    ),
    (
        (
            "Anggota dewan bilang usulan ini masuk lewat pokir. Warga nanya pokir itu apa, "
            "saya jelasin gimana?"
        ),
        "istilah.pokir",
    ),
    (
        "May I know what Pokir means?",
        "istilah.pokir",
    ),
    (
        (
            "Saya baru pindah ke bagian perencanaan. Sebelum ikut tahapannya, Musrenbang itu "
            "kepanjangannya apa dan maksudnya apa?"
        ),
        "istilah.musrenbang",
    ),
    (
        "Penasaran aja, Musrenbang itu singkatan dari apa sih?",
        "istilah.musrenbang",
    ),
    (
        "Apakah makna RKPD dalam jajaran dokumen perencanaan pembangunan daerah?",
        "istilah.rkpd",
    ),
    (
        (
            "Bupati minta penjelasan singkat RKPD itu dokumen apa. Poinnya apa yang harus "
            "saya sampaikan?"
        ),
        "istilah.rkpd",
    ),
    (
        "Kira-kira Renja itu apa ya?",
        "istilah.renja",
    ),
    (
        (
            "Di bagian perencanaan kami disuruh nyusun Renja. Sebelum mulai langkah pertama, "
            "Renja itu sebenernya dokumen apa?"
        ),
        "istilah.renja",
    ),
    (
        "What does Renstra stand for?",
        "istilah.renstra",
    ),
    (
        (
            "Mohon penjelasan berkenaan dengan istilah Renstra yang kerap disebut pada "
            "perangkat daerah."
        ),
        "istilah.renstra",
    ),
    (
        "Ada mahasiswa magang nanya RPJMD itu apa. Saya jelasin gimana ya biar dia paham?",
        "istilah.rpjmd",
    ),
    (
        (
            "Sebelum saya menyesuaikan usulan dengan dokumen daerah, saya perlu tahu dulu: "
            "RPJMD itu kepanjangannya apa?"
        ),
        "istilah.rpjmd",
    ),
    (
        "Mungkin bisa dibantu, KUA-PPAS itu singkatan dari apa?",
        "istilah.kuappas",
    ),
    (
        "Apakah yang dimaksud dengan KUA-PPAS dalam siklus penganggaran daerah?",
        "istilah.kuappas",
    ),
    (
        "Teman di keuangan nyebut RKA, terus Kadis nanya ke saya itu apa. Saya jawab apa?",
        "istilah.rka",
    ),
    (
        "What is the meaning of RKA in regional budgeting?",
        "istilah.rka",
    ),
    (
        (
            "Setelah anggaran disahkan katanya terbit DPA. Sebelum saya lanjut ke tahap "
            "pelaksanaan, DPA itu apa?"
        ),
        "istilah.dpa",
    ),
    (
        "sekadar memastikan, DPA itu dokumen pelaksanaan anggaran ya?",
        "istilah.dpa",
    ),
    (
        "Apakah makna SIPD yang kerap disebut dalam perencanaan dan penganggaran?",
        "istilah.sipd",
    ),
    (
        "Operator desa nanya SIPD itu sistem apa. Gimana saya jelasinnya?",
        "istilah.sipd",
    ),
    (
        "May I know what Bapperida is?",
        "istilah.bapperida",
    ),
    (
        "Kalau boleh tahu, Bapperida itu singkatan dari apa? Dulu kan namanya Bappeda",
        "istilah.bapperida",
    ),
    (
        (
            "Di isian usulan ada OPD pengusul. Saya mau isi dulu, tapi OPD itu sebetulnya "
            "artinya apa?"
        ),
        "istilah.opd",
    ),
    (
        (
            'Warga bingung kalau saya bilang "nanti ditangani OPD terkait". Gimana cara saya '
            "jelasin OPD itu apa?"
        ),
        "istilah.opd",
    ),
    (
        "Apakah yang dimaksud dengan SKPD dalam susunan pemerintahan daerah?",
        "istilah.skpd",
    ),
    (
        "Penasaran aja, SKPD itu kepanjangannya apa? Sama nggak dengan OPD?",
        "istilah.skpd",
    ),
    (
        "Kades nanya SPAM itu apa, dikira email spam haha. Saya jelasin gimana ya?",
        "istilah.spam",
    ),
    (
        "What does SPAM stand for in drinking water services?",
        "istilah.spam",
    ),
    (
        (
            "Saya lagi isi sektor sanitasi, terus ketemu istilah SPALD. Sebelum lanjut ke "
            "langkah berikutnya, itu maksudnya apa ya?"
        ),
        "istilah.spald",
    ),
    (
        "Apakah kepanjangan SPALD dalam urusan pengelolaan air limbah di lingkungan hunian?",
        "istilah.spald",
    ),
    (
        "Kira-kira IPAL itu apa ya?",
        "istilah.ipal",
    ),
    (
        "Warga Kalampangan nanya IPAL itu apa. Gimana saya terangkan dengan bahasa sederhana?",
        "istilah.ipal",
    ),
    (
        "Mohon penjelasan makna TPS3R berkenaan dengan pengelolaan sampah permukiman.",
        "istilah.tps3r",
    ),
    (
        (
            "Di komponen persampahan ada TPS3R. Sebelum saya masukkan ke rincian, TPS3R itu "
            "singkatan apa?"
        ),
        "istilah.tps3r",
    ),
    (
        (
            "Saya lagi isi rincian komponen sanitasi satu per satu, ada MCK. Biar nggak salah "
            "tulis, MCK itu singkatan dari apa?"
        ),
        "istilah.mck",
    ),
    (
        "sekadar memastikan, MCK itu mandi cuci kakus kan?",
        "istilah.mck",
    ),
    (
        "What is the meaning of RTRW? Is it the same as RT/RW in the neighbourhood?",
        "istilah.rtrw",
    ),
    (
        "Apakah yang dimaksud dengan RTRW dalam konteks pranata penataan ruang?",
        "istilah.rtrw",
    ),
    (
        (
            "Saya mau cek kesesuaian lokasi dengan rencana tata ruang. Sebelum langkah itu, "
            "RDTR itu singkatan dari apa?"
        ),
        "istilah.rdtr",
    ),
    (
        "Camat nanya ke saya RDTR itu apa, katanya beda dengan RTRW. Saya jelasin gimana?",
        "istilah.rdtr",
    ),
    (
        "kalau boleh tahu PBG itu apa? pengganti IMB ya?",
        "istilah.pbg",
    ),
    (
        "Apakah makna PBG berkenaan dengan pendirian bangunan gedung?",
        "istilah.pbg",
    ),
    (
        (
            "Saya lagi urut-urutin istilah perizinan bangunan dari awal: PBG sudah paham, "
            "berikutnya SLF. SLF itu singkatan apa?"
        ),
        "istilah.slf",
    ),
    (
        "Pemilik ruko di Sampit nanya ke saya SLF itu apa. Saya jelaskan gimana?",
        "istilah.slf",
    ),
    (
        (
            "Saya lagi belajar istilah perizinan satu per satu, sekarang sampai SKBG. SKBG "
            "itu kepanjangannya apa?"
        ),
        "istilah.skbg",
    ),
    (
        "Penasaran aja sih, SKBG itu sertifikat apa?",
        "istilah.skbg",
    ),
    (
        (
            "Warga Desa Henda punya SKT untuk tanahnya, dia nanya itu surat apa sebenarnya. "
            "Saya jawab apa?"
        ),
        "istilah.skt",
    ),
    (
        "Apakah yang dimaksud dengan SKT sebagai bukti penguasaan tanah tempat kediaman warga?",
        "istilah.skt",
    ),
    (
        "Mungkin bisa dibantu, clean and clear itu maksudnya apa kalau untuk lahan?",
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    (
        (
            'Kades nanya ke saya lahannya harus "clean and clear", dia nggak ngerti artinya. '
            "Saya jelasin gimana?"
        ),
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    (
        "Di pilihan sumber dana paling bawah ada CSR. Sebelum saya pilih, CSR itu apa?",
        "istilah.csr",
    ),
    (
        "Apakah kepanjangan dari Rakor yang diselenggarakan Disperkimtan setiap tahun?",
        ("istilah.rakor", "siklus.rakor"),
    ),
    (
        (
            "Kades nanya Rakor itu apa, soalnya saya pamit mau ke Palangka Raya ikut Rakor. "
            "Saya jelasin gimana?"
        ),
        ("istilah.rakor", "siklus.rakor"),
    ),
    (
        "Kalau boleh tahu, LAPOR! itu apa ya?",
        "istilah.lapor",
    ),
    (
        (
            "Katanya standar tindak lanjut usulan mengacu ke LAPOR!. Sebelum saya pahami "
            "urutannya, LAPOR! itu sendiri apa?"
        ),
        ("istilah.lapor", "bot.tindak_lanjut"),
    ),
    (
        "May I know what WIB stands for?",
        "istilah.wib",
    ),
    (
        (
            "Apakah yang dimaksud dengan backlog perumahan dalam pemenuhan kebutuhan papan "
            "masyarakat?"
        ),
        "istilah.backlog",
    ),
    (
        "Wartawan lokal nanya backlog itu apa. Saya jelasin singkat gimana?",
        "istilah.backlog",
    ),
    (
        "sekadar memastikan, PKP di sini bukan pengusaha kena pajak kan? Artinya apa?",
        "istilah.pkp",
    ),
    (
        (
            "Saya baru dimutasi ke bidang ini. Langkah pertama saya mau paham singkatan "
            "dasarnya dulu: PKP itu apa?"
        ),
        "istilah.pkp",
    ),
    (
        (
            "Gimana cara saya jelasin ke warga apa arti permukiman kumuh, tanpa bikin mereka "
            "tersinggung?"
        ),
        "istilah.kumuh",
    ),
    (
        (
            "Apakah definisi permukiman kumuh menurut peraturan, berkenaan dengan kondisi "
            "tempat bermukim yang tidak layak?"
        ),
        "istilah.kumuh",
    ),
    (
        "Apakah kepanjangan DAK yang kerap disebut sebagai sumber pembiayaan?",
        "istilah.dak",
    ),
    (
        "Kira-kira DAK itu dana apa ya?",
        "istilah.dak",
    ),
    (
        (
            "Saya lagi pelajari program hunian vertikal, mulai dari istilah dasarnya dulu: "
            "rusun itu apa?"
        ),
        "istilah.rusun",
    ),
    (
        "Mohon penjelasan, apakah yang dimaksud dengan rusun sebagai bentuk hunian bertingkat?",
        "istilah.rusun",
    ),
]

ROUND39_INTENTS: list[tuple[str, str]] = [
    (
        (
            "Usulan jalan lingkungan kami yang dikirim bulan lalu sekarang posisinya di mana "
            "ya? Sudah diperiksa belum?"
        ),
        "status",
    ),
    (
        "Mohon dicek, usulan drainase dari Kotim kemarin itu diterima atau ditolak?",
        "status",
    ),
    (
        (
            "Could you please tell me the current status of the proposals we submitted from "
            "Kabupaten Katingan?"
        ),
        "status",
    ),
    (
        "Rakor tahun ini jadinya tanggal berapa dan di mana?",
        "meeting",
    ),
    (
        "Rapat berikutnya mulai jam berapa ya, pagi atau siang? Saya berangkat dari Buntok.",
        "meeting",
    ),
    (
        "Ada jadwal rapat koordinasi terdekat nggak? Saya mau ajukan cuti tapi takut bentrok.",
        "meeting",
    ),
    (
        "Sampai kapan usulan untuk tahun anggaran depan masih dibuka?",
        "deadline",
    ),
    (
        "Batas akhir kirim usulan kapan Pak? Kami masih menunggu tanda tangan Bupati.",
        "deadline",
    ),
    (
        "May I know the last day for sending proposals in this cycle?",
        "deadline",
    ),
    (
        "Selamat pagi Pak, izin bertanya.",
        "greeting",
    ),
    (
        "Terima kasih banyak infonya, sangat membantu 🙏",
        "greeting",
    ),
    (
        "Halo, tolong bantu saya ya",
        "greeting",
    ),
    (
        "Gimana caranya memasukkan usulan lewat bot ini?",
        "how_to_submit",
    ),
    (
        "Saya mau kirim usulan RTLH lewat sini, mulainya dari mana?",
        "how_to_submit",
    ),
    (
        "Langkah-langkah input usulan kegiatan di Sinkron gimana ya, saya baru pertama kali.",
        "how_to_submit",
    ),
    (
        (
            "Usulan jaling kami dari Kotim yang dikirim minggu lalu sudah sampai mana ya? Udh "
            "diverifikasi blm?"
        ),
        "status",
    ),
    (
        (
            "Mohon informasi perihal kedudukan usulan drainase lingkungan yang kami sampaikan "
            "untuk Kumai Hilir; apakah telah diterima atau justru ditolak?"
        ),
        "status",
    ),
    (
        "May I know the status of our proposals from Kapuas? Have they been accepted yet?",
        "status",
    ),
    (
        "Kapan Rakor tahun ini diadakan dan di mana tempatnya?",
        "meeting",
    ),
    (
        (
            "Kadis nanya ke saya rapat koordinasi berikutnya tanggal berapa dan jam berapa "
            "mulainya. Saya jawab apa ya?"
        ),
        "meeting",
    ),
    (
        (
            "Kalau boleh tahu, rapat yang berikutnya bertempat di mana? Biar saya siapkan "
            "perjalanan dari Puruk Cahu"
        ),
        "meeting",
    ),
    (
        "Sampai tanggal berapa usulan untuk tahun anggaran depan masih diterima?",
        "deadline",
    ),
    (
        (
            "Saya masih melengkapi RAB. Batas akhir kirim usulan siklus ini kapan ya, biar "
            "saya atur langkah-langkahnya?"
        ),
        "deadline",
    ),
    (
        "Until when can we submit our proposals for this cycle?",
        "deadline",
    ),
    (
        "Selamat pagi pak, mohon bantuannya",
        "greeting",
    ),
    (
        "Terima kasih banyak atas informasinya 🙏",
        "greeting",
    ),
    (
        "halo min",
        "greeting",
    ),
    (
        (
            "Langkah pertama saya apa kalau mau kirim usulan lewat bot ini? Urutannya gimana "
            "dari awal?"
        ),
        "how_to_submit",
    ),
    (
        (
            "Kabid minta saya masukin usulan PSU lewat Sinkron, tapi saya belum pernah. Cara "
            "input usulannya gimana?"
        ),
        "how_to_submit",
    ),
    (
        "Bagaimanakah tata cara menyampaikan usulan kegiatan melalui bot ini?",
        "how_to_submit",
    ),
]

ROUND39_AREAS: list[tuple[str, str]] = [
    (
        "Kawasan kumuh di Kelurahan Baamang Hulu luasnya 8,7 ha, itu kewenangan siapa?",
        "kabkota",
    ),
    (
        (
            "Lokasi kumuh tepian sungai di Selat Hulu luas delineasinya pas 10 hektar. Yang "
            "menangani provinsi atau kabupaten?"
        ),
        "provinsi",
    ),
    (
        "kumuh 15 ha siapa yg tangani?",
        "pusat",
    ),
    (
        "Di SK tertulis luas kawasan kumuh kami 125.000 m2. Masuk kewenangan mana?",
        "provinsi",
    ),
    (
        (
            "Permukiman kumuh di Kelurahan Langkai tercatat 95.000 meter persegi, jadi urusan "
            "kabupaten/kota atau provinsi?"
        ),
        "kabkota",
    ),
    (
        "Di SK kumuh Kotim ada satu kawasan 75,87 hektare. Itu wewenang pemerintah yang mana?",
        "pusat",
    ),
    (
        (
            "A slum area of 14.5 hectares in Pangkalan Bun: which level of government is "
            "responsible for it?"
        ),
        "provinsi",
    ),
    (
        "Kalau kumuhnya 9,99 ha masih kabupaten ya yang tangani?",
        "kabkota",
    ),
    (
        "Kawasan kumuh seluas 150.000 m² di Kuala Kapuas, yang berwenang siapa?",
        "pusat",
    ),
    (
        "Luas kumuhnya 11 hektare, kewenangan siapa? Boleh diusulkan ke provinsi?",
        "provinsi",
    ),
    (
        "Lokasi kumuh di Desa Pasir Panjang cuma 3 ha, itu urusan siapa ya?",
        "kabkota",
    ),
    (
        "We have a slum area of 22 hectares in Muara Teweh. Who is responsible for handling it?",
        "pusat",
    ),
    (
        (
            "Kawasan kumuh di Kelurahan Mentawa Baru Hilir luas delineasinya 12,4 ha, itu "
            "kewenangan siapa?"
        ),
        "provinsi",
    ),
    (
        "lokasi kumuh di Selat Hulu luasnya 8 hektar, yg nangani kab atau prov?",
        "kabkota",
    ),
    (
        (
            "Kumuh tepian sungai di Baamang luasnya pas 15 ha, itu tanggung jawab provinsi "
            "atau pusat?"
        ),
        "pusat",
    ),
    (
        "Sekadar memastikan, kalau luas kawasan kumuhnya tepat 10 hektare, kewenangan siapa?",
        "provinsi",
    ),
    (
        (
            "Kawasan kumuh 95.000 m2 di Kelurahan Pahandut, yang bertanggung jawab pemkot "
            "atau provinsi?"
        ),
        "kabkota",
    ),
    (
        "Lokasi kumuh seluas 140.000 meter persegi di Kapuas Hilir kewenangan siapa ya?",
        "provinsi",
    ),
    (
        "Who is responsible for a slum area of 22 hectares in Sampit?",
        "pusat",
    ),
    (
        (
            "Bupati minta penjelasan singkat: kumuh 9,9 ha di Kuala Kurun itu urusan siapa? "
            "Saya jawab apa?"
        ),
        "kabkota",
    ),
    (
        "Penasaran aja, kumuh yang luasnya 14,99 ha masih kewenangan provinsi?",
        "provinsi",
    ),
    (
        "Kawasan kumuh 150.000 m² di Kelurahan Kumai Hulu kewenangan level mana?",
        "pusat",
    ),
    (
        (
            "Berkenaan dengan permukiman kumuh seluas 3,5 hektar di Desa Jabiren, siapakah "
            "pemangku kewenangan penanganannya?"
        ),
        "kabkota",
    ),
    (
        (
            "I would like to ask: a slum area of 40 hectares in Muara Teweh, which level of "
            "government must handle it?"
        ),
        "pusat",
    ),
]

ROUND39_OUT_OF_SCOPE: list[str] = [
    "Berapa total pagu anggaran Disperkimtan Kalteng untuk tahun depan?",
    (
        "Harga semen per sak di Palangka Raya sekarang berapa? Saya perlu untuk menyusun "
        "RAB drainase."
    ),
    "Tender pembangunan rusunawa di Sampit tahun ini dimenangkan perusahaan mana?",
    "Berapa nilai kontrak penanganan kawasan kumuh di Palangka Raya tahun 2024?",
    "Berapa angka backlog perumahan di Kabupaten Lamandau tahun ini?",
    "Syarat KPR subsidi FLPP untuk pegawai honorer apa saja?",
    "Nomor HP Kepala Bidang Kawasan Permukiman provinsi berapa ya?",
    "Besok di Muara Teweh hujan tidak ya? Kami mau survei lokasi.",
    "Syarat pencairan dana BOS untuk sekolah dasar bagaimana?",
    "Bagaimana cara mengurus kenaikan pangkat PNS dari golongan III/d ke IV/a?",
    "Siapa yang menang pilkada Kotawaringin Timur kemarin?",
    "Jadwal penerbangan Palangka Raya ke Jakarta hari Jumat ada jam berapa saja?",
    "Cara bayar pajak kendaraan bermotor secara online di Kalteng gimana?",
    "Could you recommend a good hotel near the Disperkimtan office for our team?",
    "Apakah ada formasi CPNS di Disperkimtan provinsi tahun ini?",
    "Berapa total pagu APBD Disperkimtan Kalteng tahun 2027 untuk penanganan kumuh?",
    "Siapa pemenang tender pembangunan drainase lingkungan di Kecamatan Baamang tahun lalu?",
    "Berapa harga satuan per meter jalan lingkungan paving blok di Palangka Raya sekarang?",
    "Kapan dana BSPS tahun ini cair untuk warga Kapuas?",
    "Mohon nomor HP Kabid Kawasan Permukiman Disperkimtan, saya mau konfirmasi langsung",
    "Berapa bunga KPR subsidi FLPP tahun ini?",
    "Besok di Muara Teweh hujan nggak ya? Mau survei lokasi",
    "Syarat izin usaha tambang galian C di Kalteng apa aja?",
    "Kapan pendaftaran CPNS Pemprov Kalteng dibuka?",
    "Berapa gaji pokok PNS golongan III/b sekarang?",
    "Jadwal kapal dari Kuala Pembuang ke Semarang minggu ini kapan ya?",
    "Gimana cara perpanjang STNK online di Kalteng?",
    "What is the exchange rate of the US dollar to rupiah today?",
    "Selamat sore, saya mau ajukan cuti tahunan, formulirnya di mana ya?",
    "Kalau boleh tahu, berapa tarif sewa gedung pertemuan di Sampit untuk acara kantor?",
]
