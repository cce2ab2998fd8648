"""Training table J1 for the Sinkron matcher (written 2026-12-05; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Style emphasis: voice-typed messages without punctuation that ramble before the question,
words heard wrong by speech-to-text; Banjar and Dayak Ngaju words mixed into Indonesian;
questions leaning on earlier talk but naming their subject. About one in ten in English.
Three questions per non-glossary topic, six for the confusable ones (slum authority by size,
which area counts, slums of 15 ha or more, other funding channels; readiness, technical
documents, land status; proposal contents, kinds, /usul, using the bot; Rakor, RKPD/APBD,
checking; Pokja PKP's role and the term), and about 25 glossary questions.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_J1_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "ulun baru dipindah ke bidang perkim bulan tadi jadi masih bingung pian kawa kah "
        "jelaskan secara garis besar siapa mengurus apa antara pusat provinsi wan kabupaten di "
        "perumahan dan kawasan permukiman",
        "kewenangan.ringkasan",
    ),
    (
        "tadi kan sudah dibahas soal usulan nah sekarang peta kewenangan perkim secara umum tu "
        "kaya apa pembagiannya antara tiga tingkat pemerintahan",
        "kewenangan.ringkasan",
    ),
    (
        "who does what in housing and settlements between the centre the province and the "
        "regencies",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "bos kami tadi di rapat bapperida ditanya perumahan rakyat tu urusan wajib atau urusan "
        "pilihan kah ulun kada yakin jawabnya",
        "kewenangan.urusan_wajib",
    ),
    (
        "betul kah perumahan dan kawasan permukiman masuk urusan wajib yang berkaitan dengan "
        "pelayanan dasar pasal berapa di uu 23 tahun 2014",
        "kewenangan.urusan_wajib",
    ),
    (
        "jadi kalau perkim tu urusan wajib pelayanan dasar artinya kada boleh dianggap urusan "
        "pilihan lah",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "halo pak ulun dari dinas perkim katingan handak takun kawasan kumuh yang luasnya dua "
        "belas hektar di kasongan tu kewenangan siapa provinsi kah kabupaten",
        "kewenangan.kumuh",
    ),
    (
        "kumuh di bawah sepuluh hektar siapa yang wajib menangani kabupaten lah ya",
        "kewenangan.kumuh",
    ),
    (
        "pembagian kewenangan penanganan kumuh menurut luas tu kaya apa batas batasnya",
        "kewenangan.kumuh",
    ),
    (
        "kalau luasnya pas sepuluh hektar persis itu sudah masuk provinsi atau masih kabupaten",
        "kewenangan.kumuh",
    ),
    (
        "yang tadi lokasi kumuh kami di pahandut itu empat belas koma sembilan hektar masih "
        "urusan provinsi kah atau sudah lewat ke pusat",
        "kewenangan.kumuh",
    ),
    (
        "does the province handle a slum area of eleven hectares or is that the regency",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "kumuh kami di mentawa baru ketapang sampit luasnya sekitar dua puluh dua hektar nah itu "
        "siapa yang pegang pusat kah",
        "kewenangan.kumuh_pusat",
    ),
    (
        "kalau lima belas hektar pas itu masih provinsi atau sudah pusat pang",
        "kewenangan.kumuh_pusat",
    ),
    (
        "terus kalau yang kumuh di atas lima belas ha tu provinsi kada kawa menangani sama "
        "sekali kah harus ke kementerian",
        "kewenangan.kumuh_pusat",
    ),
    (
        "bunyi undang undangnya untuk kawasan kumuh lima belas hektar atau lebih tu kaya apa "
        "ulun handak kutip di laporan",
        "kewenangan.kumuh_pusat",
    ),
    (
        "kawasan kumuh besar di bantaran sungai mentaya yang tiga puluhan hektar itu kewenangan "
        "pemerintah pusat lah ya",
        "kewenangan.kumuh_pusat",
    ),
    ("who is responsible for slum areas of fifteen hectares or more", "kewenangan.kumuh_pusat"),
    # kumuh.luas_delineasi
    (
        "luas kumuh yang dipakai untuk menentukan kewenangan itu luas satu desa atau luas yang "
        "tercantum di sk kumuh",
        "kumuh.luas_delineasi",
    ),
    (
        "desa kami luasnya ratusan hektar tapi yang kumuh cuma di pinggir sungai haja jadi yang "
        "dihitung yang mana",
        "kumuh.luas_delineasi",
    ),
    (
        "yang tadi soal dua belas hektar itu dihitungnya dari deli nasi di sk bupati atau dari "
        "ukuran kami sendiri di lapangan",
        "kumuh.luas_delineasi",
    ),
    (
        "kalau di satu kelurahan ada tiga titik kumuh masing masing lima hektar luasnya dijumlah "
        "kah atau dihitung per lokasi sesuai sk",
        "kumuh.luas_delineasi",
    ),
    (
        "ulun bingung luas kumuh di sk kami beda dengan luas wilayah kelurahan jadi untuk batas "
        "sepuluh hektar tu yang dipakai yang mana pian",
        "kumuh.luas_delineasi",
    ),
    (
        "for the ten hectare rule which area counts the whole village or the delineated slum "
        "location",
        "kumuh.luas_delineasi",
    ),
    # pendanaan.saluran_lain
    (
        "kalau ternyata bukan kewenangan provinsi usulan kami tu dananya bisa dicari dari mana "
        "lagi",
        "pendanaan.saluran_lain",
    ),
    (
        "kumuh kami cuma enam hektar jadi kabupaten yang pegang nah selain apbd kabupaten ada "
        "kah sumber dana lain yang kawa dipakai",
        "pendanaan.saluran_lain",
    ),
    (
        "terus kalau kumuhnya sudah jelas pusat yang pegang kami usulkan dananya lewat jalur apa "
        "haja",
        "pendanaan.saluran_lain",
    ),
    (
        "psu di perumahan developer kan bukan urusan provinsi nah kami bisa minta dana ke mana",
        "pendanaan.saluran_lain",
    ),
    (
        "bisa kah pakai csr perusahaan sawit atau dana desa kalau provinsi kada kawa mendanai "
        "usulan kami",
        "pendanaan.saluran_lain",
    ),
    (
        "what other funding channels are there when the province says it is not their job",
        "pendanaan.saluran_lain",
    ),
    # kewenangan.pencegahan_kumuh
    ("pencegahan kumuh tu tugas siapa provinsi ikut jua kah", "kewenangan.pencegahan_kumuh"),
    (
        "kami handak bikin program mencegah permukiman baru jadi kumuh di pinggir sungai kahayan "
        "bisa diusulkan ke provinsi kada",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "yang tadi kan peningkatan kualitas kumuh nah kalau pencegahan kumuhnya siapa yang "
        "berwenang",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "sub urusan perumahan tu pembagiannya kaya apa provinsi ngurus apa kabupaten ngurus apa",
        "kewenangan.perumahan",
    ),
    (
        "kewenangan provinsi di bidang perumahan tu apa haja sih pak soalnya warga banyak minta "
        "rumah ke kami",
        "kewenangan.perumahan",
    ),
    (
        "ulun masih kada paham penyediaan dan rehabilitasi rumah tu masuk kewenangan kabupaten "
        "atau provinsi menurut uu 23",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    ("rumah untuk mbr tu siapa yang ngurus pusat kah", "kewenangan.perumahan_pusat"),
    (
        "pembangunan rusun dan pembiayaan perumahan tu kewenangan pusat lah ya jadi kada bisa "
        "diusulkan ke provinsi",
        "kewenangan.perumahan_pusat",
    ),
    (
        "does the central government handle low income housing and rusun",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "ini pak rumah warga korban banjir besar di kapuas bulan tadi banyak yang rusak berat "
        "kepala desa sudah lapor ke kami nah perbaikan rumahnya tu siapa yang menanggung "
        "provinsi atau kabupaten",
        "kewenangan.bencana_relokasi",
    ),
    (
        "warga kami di pulang pisau direlokasi karena abrasi sungai rumahnya nanti siapa yang "
        "membangun",
        "kewenangan.bencana_relokasi",
    ),
    (
        "bencana provinsi sama bencana kabupaten tu bedanya apa untuk urusan rumah korbannya",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "izin pembangunan perumahan dari developer tu diterbitkan siapa kabupaten kah provinsi",
        "kewenangan.izin",
    ),
    ("skbg tu kewenangan kabupaten kah atau provinsi jua ikut mengurus", "kewenangan.izin"),
    (
        "ulun handak nanya izin pembangunan kawasan permukiman siapa yang menerbitkan pian",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "sub urusan kawasan permukiman tu isinya apa haja dan provinsi kebagian apa",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "kewenangan di kawasan permukiman dibagi kaya apa antara provinsi kabupaten wan pusat",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "yang tadi sub urusan perumahan sudah jelas nah kalau sub urusan kawasan permukimannya "
        "bagaimana",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    ("psu di perumahan bersubsidi tu siapa yang bertanggung jawab provinsi kah", "kewenangan.psu"),
    (
        "bedanya psu permukiman dengan psu perumahan apa pak dan masing masing siapa yang pegang",
        "kewenangan.psu",
    ),
    (
        "psu in a housing estate versus psu in a settlement which level of government handles "
        "which",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "psu yang dibangun disperkimtan provinsi tu apa haja jalan lingkungan wan drainase haja "
        "kah",
        "psu.lingkup_provinsi",
    ),
    (
        "bisa kah minta provinsi bangun drainase di pinggir jalan kabupaten yang sering banjir tu",
        "psu.lingkup_provinsi",
    ),
    (
        "kalau kami usulkan jaring jalan lingkungan di desa perdesaan kawa lah atau cuma di "
        "perkotaan haja",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    ("sertifikasi perancang rumah tu siapa yang mengeluarkan", "kewenangan.sertifikasi"),
    (
        "registrasi perencana psu tingkat kemampuan kecil sama menengah kewenangannya di mana",
        "kewenangan.sertifikasi",
    ),
    (
        "konsultan perencana rumah di kota kami handak daftar sertifikat perancang ke provinsi "
        "kah atau ke kabupaten",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    ("spm perumahan tu isinya apa untuk provinsi", "kewenangan.spm"),
    ("standar pelayanan minimal bidang perumahan rakyat targetnya berapa persen", "kewenangan.spm"),
    ("terus kalau yang spm tadi tu kabupaten dapat bagian apa", "kewenangan.spm"),
    # kumuh.penetapan
    ("siapa yang menetapkan lokasi kumuh di kabupaten bupati kah", "kumuh.penetapan"),
    (
        "es ka kumuh kami terbit tahun 2019 masih berlaku kah atau harus direviu berapa tahun "
        "sekali",
        "kumuh.penetapan",
    ),
    (
        "cara penetapan lokasi kumuh tu kaya apa harus ada daftar lokasi wan peta sebaran kah",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    ("kriteria kumuh tu ada berapa aspek", "kumuh.aspek"),
    ("tujuh aspek kumuh tu apa haja pian ulun cuma ingat bangunan wan jalan", "kumuh.aspek"),
    (
        "apakah proteksi kebakaran jua termasuk kriteria kumuh atau cuma air minum wan sanitasi",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    ("skor berapa baru disebut kumuh berat", "kumuh.penilaian"),
    (
        "cara menghitung nilai kumuh tu bagaimana nol satu tiga lima kah per kriteria",
        "kumuh.penilaian",
    ),
    (
        "tim kami habis survei di kelurahan baamang tengah nilainya enam puluh dua itu masuk "
        "kumuh berat kah",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    ("rentang nilai kumuh sedang tu berapa sampai berapa", "kumuh.tingkat_sedang_ringan"),
    ("kumuh ringan skornya berapa", "kumuh.tingkat_sedang_ringan"),
    (
        "yang tadi kumuh berat sudah nah kalau kumuh sedang wan ringan batas skornya berapa",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        "pola penanganan kumuh tu apa haja pemugaran peremajaan atau apa lagi",
        "kumuh.pola_penanganan",
    ),
    (
        "lahan warga kami kada legal di bantaran sungai penanganannya harus pemukiman kembali kah",
        "kumuh.pola_penanganan",
    ),
    ("bedanya pemugaran dan peremajaan kumuh apa", "kumuh.pola_penanganan"),
    # kumuh.kalteng
    ("berapa jumlah lokasi kumuh di kalimantan tengah sekarang", "kumuh.kalteng"),
    ("total luas kumuh se kalteng berapa hektar kira kira", "kumuh.kalteng"),
    ("how many slum locations are there in central kalimantan", "kumuh.kalteng"),
    # usulan.isi
    ("apa saja yang harus diisi dalam usulan kegiatan ke provinsi", "usulan.isi"),
    (
        "kenapa usulan harus mengisi jumlah kk dan jiwa segala padahal kami cuma minta jalan",
        "usulan.isi",
    ),
    ("isi usulan tu apa haja wan kenapa ditanya sektor air minum sanitasi segala", "usulan.isi"),
    (
        "ulun handak menyusun usulan jalan lingkungan untuk tahun depan data apa haja yang nanti "
        "ditanya di usulan dari judul sampai justifikasi",
        "usulan.isi",
    ),
    ("usulan yang lengkap tu memuat apa saja dan kenapa provinsi minta sebanyak itu", "usulan.isi"),
    ("why does the proposal ask for so many things like sectors households and gps", "usulan.isi"),
    # usulan.jenis
    ("jenis usulan apa saja yang bisa diajukan ke provinsi", "usulan.jenis"),
    (
        "bisa kah usulan selain kumuh wan psu misalnya rtlh atau rumah korban bencana",
        "usulan.jenis",
    ),
    (
        "pilihan tipe usulan di form tu ada kumuh psu rumah rtlh lainnya maksudnya apa masing "
        "masing",
        "usulan.jenis",
    ),
    ("usulan kami penerangan jalan umum masuk jenis apa lainnya kah", "usulan.jenis"),
    (
        "kategori usulan apa haja yang diterima disperkimtan kada usah panjang sebut haja jenisnya",
        "usulan.jenis",
    ),
    (
        "ulun mau mengusulkan rumah untuk warga yang direlokasi itu masuk jenis usulan yang mana "
        "di pilihan",
        "usulan.jenis",
    ),
    # usulan.lokasi
    ("data lokasi usulan tu apa haja kecamatan desa koordinat", "usulan.lokasi"),
    ("nama lokasi di usulan harus sama persis dengan yang di sk kumuh kah", "usulan.lokasi"),
    (
        "titik gps lokasi usulan wajib diisi kah soalnya di lapangan kada ada sinyal",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    ("penerima manfaat diisi jumlah kk atau jiwa atau dua duanya", "usulan.penerima_biaya"),
    ("sumber dana yang bisa dipilih di usulan tu apa haja", "usulan.penerima_biaya"),
    (
        "perkiraan biaya usulan diisi total rupiah kah atau per kk dan perlu kah dana pendamping "
        "kabupaten",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    ("dokumen kesiapan usulan tu apa haja", "usulan.kesiapan"),
    ("readiness criteria untuk usulan psu tu apa haja yang diminta", "usulan.kesiapan"),
    ("usulan kami belum lengkap kesiapannya masih kawa diajukan kah", "usulan.kesiapan"),
    (
        "selain gambar wan anggaran kesiapan usulan lainnya apa surat bupati kah kesepakatan "
        "masyarakat kah",
        "usulan.kesiapan",
    ),
    (
        "untuk er ce usulan psu syaratnya apa haja pian ulun disuruh kabid melengkapi",
        "usulan.kesiapan",
    ),
    ("apa yang membuat usulan dianggap siap dilaksanakan oleh provinsi", "usulan.kesiapan"),
    # usulan.lahan
    ("status lahan untuk lokasi usulan harus milik pemda kah", "usulan.lahan"),
    ("lahan clean and clear tu syaratnya apa haja supaya usulan kami kada ditolak", "usulan.lahan"),
    (
        "tanah warga cuma punya skt bisa kah dipakai untuk lokasi usulan jalan lingkungan",
        "usulan.lahan",
    ),
    ("lahannya masih sengketa dengan perusahaan bisa kah tetap diusulkan", "usulan.lahan"),
    (
        "kalau jalan lingkungan lewat tanah warga yang dihibahkan tapi belum bersertifikat kaya "
        "apa statusnya",
        "usulan.lahan",
    ),
    ("does the land need a certificate before we propose a project on it", "usulan.lahan"),
    # usulan.sk_kumuh
    ("usulan kumuh wajib melampirkan sk kumuh kah", "usulan.sk_kumuh"),
    (
        "lokasi kami belum masuk sk kumuh bupati apa usulan kumuhnya langsung ditolak",
        "usulan.sk_kumuh",
    ),
    ("nomor dan tanggal sk kumuh diisi di usulan buat apa", "usulan.sk_kumuh"),
    # usulan.dokumen_teknis
    ("dokumen teknis yang harus dilampirkan apa haja dede rab rks", "usulan.dokumen_teknis"),
    (
        "ded belum ada boleh kah usulan dikirim dulu nanti gambarnya menyusul",
        "usulan.dokumen_teknis",
    ),
    ("foto kondisi eksisting berapa lembar yang harus dilampirkan", "usulan.dokumen_teknis"),
    (
        "site plan harus dibuat konsultan kah atau cukup gambar sederhana dari kami",
        "usulan.dokumen_teknis",
    ),
    (
        "rap untuk usulan drainase dihitung pakai harga satuan kabupaten atau provinsi",
        "usulan.dokumen_teknis",
    ),
    ("ded wan rab dikirim dalam bentuk pdf kah atau kertas ke kantor", "usulan.dokumen_teknis"),
    # usulan.surat_pernyataan
    (
        "surat pernyataan kesediaan menerima hibah dan memelihara tu siapa yang tanda tangan",
        "usulan.surat_pernyataan",
    ),
    ("contoh surat pernyataan o dan p ada kah", "usulan.surat_pernyataan"),
    (
        "kenapa kabupaten harus bikin surat pernyataan sanggup mengoperasikan dan memelihara",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    ("syarat usulan rtlh lewat provinsi apa haja", "usulan.rtlh"),
    (
        "rumah warga belum ada sertifikat cuma skt bisa dapat perbaikan rumah tidak layak huni "
        "dari provinsi kah",
        ("usulan.rtlh", "usulan.lahan"),
    ),
    (
        "kepala desa kami di tumbang molut minta bantuan rumah tidak layak huni dari provinsi "
        "untuk lima belas kk nah penerimanya tu nanti ditetapkan siapa",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    ("masyarakat minta jalan lingkungan langsung ke provinsi bisa kah", "usulan.psu_masyarakat"),
    (
        "kelompok warga handak mengusulkan drainase harus diketahui rt lurah wan camat kah",
        "usulan.psu_masyarakat",
    ),
    ("ketua rt di desa kami minta psu caranya kaya apa", "usulan.psu_masyarakat"),
    # hibah.aset
    ("jalan lingkungan yang dibangun provinsi nanti jadi aset siapa", "hibah.aset"),
    ("bast hibah aset dari provinsi ditandatangani siapa", "hibah.aset"),
    ("siapa yang memelihara drainase setelah diserahkan ke kabupaten", "hibah.aset"),
    # siklus.tahunan
    ("jadwal usulan tiap tahun tu kaya apa alurnya dari awal sampai akhir", "siklus.tahunan"),
    ("usulan yang kami kirim tahun ini untuk anggaran tahun berapa", "siklus.tahunan"),
    ("kapan biasanya provinsi mulai menerima usulan dan kapan batas akhirnya", "siklus.tahunan"),
    # siklus.pemeriksaan
    ("bagaimana provinsi memeriksa usulan yang masuk", "siklus.pemeriksaan"),
    (
        "verivikasi usulan tu yang dicek apa haja administrasi teknis atau kewenangan jua",
        "siklus.pemeriksaan",
    ),
    (
        "usulan kami dibilang belum lolos verifikasi teknis maksudnya apa yang diperiksa",
        "siklus.pemeriksaan",
    ),
    ("apakah tim provinsi turun survei lapangan untuk mengecek usulan", "siklus.pemeriksaan"),
    (
        "sebelum dibawa ke rakor usulan diperiksa dulu kah sama provinsi kaya apa caranya",
        "siklus.pemeriksaan",
    ),
    ("how does the province review the proposals we send", "siklus.pemeriksaan"),
    # siklus.rakor
    ("rakor bidang kawasan permukiman tahun ini kapan", "siklus.rakor"),
    ("rakyat kawasan permukiman se kalteng tu acara apa sebenarnya", "siklus.rakor"),
    ("siapa haja yang harus hadir di rakor dari kabupaten", "siklus.rakor"),
    ("di rakor tu dibahas apa haja selain usulan", "siklus.rakor"),
    ("rakor biasanya dilaksanakan di mana aula disperkimtan kah", "siklus.rakor"),
    ("is the rakor held on the same date every year", "siklus.rakor"),
    # siklus.rkpd_apbd
    ("setelah rakor usulan masuk rkpd kapan", "siklus.rkpd_apbd"),
    ("usulan yang disetujui di rakor otomatis masuk apbd kah", "siklus.rkpd_apbd"),
    ("dari rakor ke musren bang provinsi terus ke rkpd alurnya kaya apa", "siklus.rkpd_apbd"),
    ("kalau sudah masuk rkpd apa pasti dapat anggaran di apbd provinsi", "siklus.rkpd_apbd"),
    ("usulan kami sudah disetujui tadi nah kapan dananya masuk apbd provinsi", "siklus.rkpd_apbd"),
    ("what happens after the rakor with the musrenbang rkpd and apbd", "siklus.rkpd_apbd"),
    # koordinasi.pokja_pkp
    ("pokja pkp tu tugasnya apa di kabupaten", "koordinasi.pokja_pkp"),
    ("kabupaten kami belum punya pokja pkp perlu dibentuk kah", "koordinasi.pokja_pkp"),
    ("siapa biasanya ketua pokja pkp di daerah sekda kah", "koordinasi.pokja_pkp"),
    ("apa peran pokja pkp dalam menyusun usulan penanganan kumuh", "koordinasi.pokja_pkp"),
    ("yang tadi soal pokja pkp tu dasar hukum pembentukannya apa", "koordinasi.pokja_pkp"),
    ("what does the pokja pkp working group actually do", "koordinasi.pokja_pkp"),
    # istilah.pokjapkp
    ("pokja pkp kepanjangannya apa", "istilah.pokjapkp"),
    ("pkp di pokja pkp tu singkatan dari apa", "istilah.pokjapkp"),
    (
        "pok ja pkp tu artinya apa ulun sering dengar tapi kada tahu singkatannya",
        "istilah.pokjapkp",
    ),
    # disperkimtan.kontak
    ("alamat kantor disperkimtan provinsi di mana", "disperkimtan.kontak"),
    ("nomor telepon dis perkim tan kalteng ada kah", "disperkimtan.kontak"),
    (
        "ulun handak datang langsung ke dinas perkim provinsi di palangka raya kantornya di "
        "jalan apa",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    ("perintah apa saja yang ada di bot sinkron", "bot.cara_pakai"),
    ("ulun baru pakai bot ini mulai dari mana", "bot.cara_pakai"),
    ("jam di bot ini pakai wib kah wita soalnya kami di barito timur", "bot.cara_pakai"),
    ("bot ini bisa dipakai untuk apa haja selain mengirim usulan", "bot.cara_pakai"),
    ("pian kawa kah kasih daftar perintah bot soalnya ulun lupa terus", "bot.cara_pakai"),
    ("how do I use this bot", "bot.cara_pakai"),
    # bot.usul
    ("cara mengirim usulan lewat bot ini kaya apa", "bot.usul"),
    (
        "ulun sudah ketik garis miring usul terus muncul pertanyaan judul nah habis itu apa",
        "bot.usul",
    ),
    ("kalau foto kada kawa terkirim waktu mengisi usul karena sinyal lemah kaya apa", "bot.usul"),
    ("bisa kah menyimpan isian usul setengah jalan lalu dilanjutkan besok", "bot.usul"),
    ("how do I send a proposal with the usul command", "bot.usul"),
    ("salin usulan lama tu caranya kaya apa waktu pakai perintah usul", "bot.usul"),
    # bot.status
    ("status usulan kami verifikasi artinya apa", "bot.status"),
    ("perlu perbaikan tu maksudnya usulan harus diapakan", "bot.status"),
    ("usulan usl 2026 0012 statusnya dibahas rakor tu artinya sudah pasti dapat kah", "bot.status"),
    # bot.ditolak_dialihkan
    (
        "usulan kami ditolak alasannya bukan kewenangan provinsi terus kami harus kaya apa",
        "bot.ditolak_dialihkan",
    ),
    ("status dialihkan tu artinya usulan kami dialihkan ke mana", "bot.ditolak_dialihkan"),
    ("kalau usulan sudah ditolak bisa kah diajukan lagi tahun depan", "bot.ditolak_dialihkan"),
    (
        "usulan kumuh kami ditolak karena luasnya di bawah sepuluh hektar jadi kami harus cari "
        "dana ke mana",
        ("bot.ditolak_dialihkan", "pendanaan.saluran_lain"),
    ),
    # bot.tindak_lanjut
    ("berapa lama usulan biasanya ditanggapi provinsi", "bot.tindak_lanjut"),
    ("sudah seminggu usulan kami diajukan belum ada verifikasi wajar kah", "bot.tindak_lanjut"),
    ("standar lapor tiga hari kerja tu berlaku untuk usulan di bot ini kah", "bot.tindak_lanjut"),
    # bot.rapat
    ("undangan rapat di bot tu kalau ulun kada kawa hadir kaya apa", "bot.rapat"),
    (
        "ada undangan rapat masuk di bot tapi kabid kami lagi dinas luar ke muara teweh bisa kah "
        "diwakilkan staf",
        "bot.rapat",
    ),
    ("pengingat rapat di bot datangnya kapan haja", "bot.rapat"),
    # istilah.disperkimtan
    ("disperkimtan tu kepanjangannya apa", "istilah.disperkimtan"),
    # istilah.psu
    ("psu tu singkatan apa pak prasarana sarana wan apa lagi", "istilah.psu"),
    # istilah.jaling
    ("jaling tu maksudnya apa di usulan ini", "istilah.jaling"),
    # istilah.kb
    ("di data kumuh kami ada tulisan kb tu artinya apa", "istilah.kb"),
    # istilah.skkumuh
    ("sk kumuh tu maksudnya surat keputusan apa dan dari siapa", "istilah.skkumuh"),
    # istilah.delineasi
    ("delineasi tu artinya apa ulun kada paham kata itu", "istilah.delineasi"),
    # istilah.rtlh
    ("rtlh tu singkatan dari apa", "istilah.rtlh"),
    # istilah.bsps
    ("yang tadi bsps tu singkatan apa ulun lupa", "istilah.bsps"),
    # istilah.mbr
    ("mbr artinya apa", "istilah.mbr"),
    # istilah.huntara
    ("huntara tu kepanjangannya apa", "istilah.huntara"),
    # istilah.ded
    ("dede itu apa maksud ulun ded kepanjangannya", "istilah.ded"),
    # istilah.rab
    ("what does rab stand for", "istilah.rab"),
    # istilah.kak
    ("kak tu maksudnya kerangka acuan kah sama kah dengan tor", "istilah.kak"),
    # istilah.bast
    ("bast kepanjangannya apa", "istilah.bast"),
    # istilah.op
    ("o dan p tu artinya apa", "istilah.op"),
    # istilah.rp2kpkp
    ("rp2kpkp tu dokumen apa kepanjangannya", "istilah.rp2kpkp"),
    # istilah.kotaku
    ("kotaku tu program apa singkatan dari apa", "istilah.kotaku"),
    # istilah.daktematikppkt
    ("dak tematik ppkt tu apa artinya", "istilah.daktematikppkt"),
    # istilah.bankeu
    ("bankeu tu apa", "istilah.bankeu"),
    # istilah.pokir
    ("pokir dewan tu maksudnya apa", "istilah.pokir"),
    # istilah.kuappas
    ("kua ppas kepanjangannya apa", "istilah.kuappas"),
    # istilah.sipd
    ("sipd tu sistem apa", "istilah.sipd"),
    # istilah.tps3r
    ("what is a tps3r", "istilah.tps3r"),
    # istilah.skt
    ("skt tu surat apa", "istilah.skt"),
    # istilah.cleanandclear
    ("clean and clear tu artinya apa pian", "istilah.cleanandclear"),
    # istilah.backlog
    ("backlog perumahan tu maksudnya apa", "istilah.backlog"),
]
