"""Training table F for the Sinkron matcher (written 2026-12-04; never a held-out table).

Written on 2026-12-04. The writer had not seen the bot's knowledge base or any other question
table; it read only the topic list (/tmp/topic_list.txt) and the domain briefs
(docs/domain.md, shared/DOMAIN.md, shared/DOMAIN-RESEARCH.md) plus the place-name CSV
(shared/data/kalteng-wilayah.csv).

Style emphasis of this round: officers who do not know the jargon and describe things in
everyday words instead of naming the term or the rule ("rumah warga udah reyot mau dibantu",
"tanah punya kabupaten tapi yang bangun provinsi, nanti punya siapa", "kampung yang padat dan
becek"); very short voice-typed messages with no punctuation, words run together or misheard
by voice typing ("ra kor", "rapat koordinasi", "pe es u", "klinenklir"); typos; a few that open
with a greeting or a sentence about the officer's kecamatan/desa (real names from the CSV);
about one in ten in English written by a non-native speaker.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

ROUNDTF_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "sebenernya pembagian tugas perumahan antara pusat provinsi sama kabupaten itu gimana",
        "kewenangan.ringkasan",
    ),
    ("prov ngurusin apa aja kab ngurusin apa aja di bidang perkim", "kewenangan.ringkasan"),
    (
        "dasar hukum bagi bagi urusan rumah dan permukiman itu uu nomor berapa",
        "kewenangan.ringkasan",
    ),
    (
        "pak saya baru pindah ke dinas perkim kab seruyan mohon dijelaskan gambaran umum tugas "
        "prov sama kab di perumahan",
        "kewenangan.ringkasan",
    ),
    (
        "who is responsible for what in housing between central province and regency",
        "kewenangan.ringkasan",
    ),
    ("lampiran uu 23 huruf d itu isinya apa aja", "kewenangan.ringkasan"),
    (
        "siapa ngerjain apa di urusan perumahan rakyat dan kawasan permukiman",
        "kewenangan.ringkasan",
    ),
    (
        "selamat pagi dari bidang perkim dinas pupr kab lamandau tugas provinsi dan kabupaten di "
        "perkim bedanya apa aja",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    ("perumahan itu termasuk urusan wajib atau urusan pilihan", "kewenangan.urusan_wajib"),
    ("urusan perkim masuk pelayanan dasar ga sih", "kewenangan.urusan_wajib"),
    ("is housing a mandatory basic service for local goverment", "kewenangan.urusan_wajib"),
    # kewenangan.kumuh
    ("kampung kumuh seluas apa yang bisa ditangani provinsi", "kewenangan.kumuh"),
    ("batas luas kumuh buat kabupaten berapa hektar", "kewenangan.kumuh"),
    ("kumuh yg ditangani prov itu dari berapa sampai berapa ha", "kewenangan.kumuh"),
    ("aturan pembagian penanganan kumuh berdasarkan luasnya gimana", "kewenangan.kumuh"),
    ("which goverment level handle slum area, depend on the size?", "kewenangan.kumuh"),
    (
        "pagi pak dari kec mentawa baru ketapang mau tanya kumuh berapa hektar baru bisa minta ke "
        "provinsi",
        "kewenangan.kumuh",
    ),
    (
        "koran bilang 10 sampai 15 hektar itu provinsi bener gitu bunyi aturannya",
        "kewenangan.kumuh",
    ),
    ("kewengan kumuh brp ha utk provinisi", "kewenangan.kumuh"),
    # kewenangan.kumuh_pusat
    ("kawasan kumuh yang luas banget itu urusan kementerian ya", "kewenangan.kumuh_pusat"),
    ("kumuh yg lima belas hektar ke atas siapa yang pegang", "kewenangan.kumuh_pusat"),
    ("kalau kumuhnya gede lewat batas provinsi kita usulnya ke mana", "kewenangan.kumuh_pusat"),
    ("slum more than fifteen hectare who handle it", "kewenangan.kumuh_pusat"),
    ("pusat itu nanganin kumuh yang ukuran berapa", "kewenangan.kumuh_pusat"),
    (
        "kumuh di kec baamang luasnya puluhan hektar itu bukan wewenang prov kan",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    ("biar kampung ga jadi kumuh itu tugas siapa", "kewenangan.pencegahan_kumuh"),
    ("pencegahan kumuh bisa minta bantuan provinsi ga", "kewenangan.pencegahan_kumuh"),
    (
        "program supaya ga muncul kumuh baru dananya dari kabupaten sendiri ya",
        "kewenangan.pencegahan_kumuh",
    ),
    ("who do the slum prevention, province or regency", "kewenangan.pencegahan_kumuh"),
    # kewenangan.perumahan
    ("di urusan perumahan prov kebagian tugas apa aja", "kewenangan.perumahan"),
    ("sub urusan perumahan kabupaten dapet tugas apa", "kewenangan.perumahan"),
    ("tugas kabupaten di bidang rumah selain ngurus izin apa aja", "kewenangan.perumahan"),
    ("perumahan sub affair, what is province authority", "kewenangan.perumahan"),
    # kewenangan.perumahan_pusat
    ("rumah buat warga yang penghasilannya kecil itu dari pusat ya", "kewenangan.perumahan_pusat"),
    ("rumah susun yang bangun siapa pusat atau provinsi", "kewenangan.perumahan_pusat"),
    ("kredit rumah murah subsidi itu urusan siapa", "kewenangan.perumahan_pusat"),
    ("is low income people housing a central goverment job", "kewenangan.perumahan_pusat"),
    # kewenangan.bencana_relokasi
    ("rumah warga hanyut kena banjir siapa yang bangunin lagi", "kewenangan.bencana_relokasi"),
    (
        "warga harus pindah karena proyek provinsi rumah barunya siapa yg sediain",
        "kewenangan.bencana_relokasi",
    ),
    (
        "kebakaran besar di kampung rumah pada ludes bisa diusulkan ke provinsi ga",
        "kewenangan.bencana_relokasi",
    ),
    (
        "korban bencana skala kabupaten rumahnya tanggungan kabupaten kan",
        "kewenangan.bencana_relokasi",
    ),
    ("kalau bencananya bencana nasional rumahnya dibangun siapa", "kewenangan.bencana_relokasi"),
    (
        "people moved because of regency program, who must build their house",
        "kewenangan.bencana_relokasi",
    ),
    (
        "assalamualaikum kami dari kec kapuas murung rumah warga rusak parah kena angin puting "
        "beliung siapa yg tanggung",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    ("developer mau bikin perumahan izinnya ke mana", "kewenangan.izin"),
    ("sertifikat kepemilikan bangunan gedung yg nerbitin siapa", "kewenangan.izin"),
    ("izin bangun kawasan permukiman baru provinsi ikut ngurus ga", "kewenangan.izin"),
    ("perijinan perumahan itu kab atau prov", "kewenangan.izin"),
    # kewenangan.kawasan_permukiman
    (
        "sub urusan kawasan permukiman itu isinya apa aja per tingkatan",
        "kewenangan.kawasan_permukiman",
    ),
    ("sistem kawasan permukiman nasional yang nentuin siapa", "kewenangan.kawasan_permukiman"),
    ("provinsi di urusan kawasan permukiman tugasnya apa saja", "kewenangan.kawasan_permukiman"),
    # kewenangan.psu
    ("jalan di komplek perumahan developer itu bukan tugas provinsi ya", "kewenangan.psu"),
    ("bedanya psu perumahan sama psu permukiman apa", "kewenangan.psu"),
    ("psuperumahan itu kab kan", "kewenangan.psu"),
    (
        "perumahan baru yang dibangun pengembang jalannya rusak bisa minta ke provinsi",
        "kewenangan.psu",
    ),
    ("psu in housing estate is it regency job?", "kewenangan.psu"),
    ("sarana prasarana di kampung yg bukan komplek itu tanggung jawab siapa", "kewenangan.psu"),
    ("jalan perumahan subsidi yg dibangun developer tanggung jwb siapa", "kewenangan.psu"),
    # psu.lingkup_provinsi
    ("provinsi bisa bangun apa aja di kampung jalan gang sama got?", "psu.lingkup_provinsi"),
    ("jalan kabupaten rusak bisa diusulin ke perkim prov ga", "psu.lingkup_provinsi"),
    ("psu yg dikerjain disperkimtan itu apa aja", "psu.lingkup_provinsi"),
    ("bisa usul air bersih ke provinsi lewat psu", "psu.lingkup_provinsi"),
    ("jaling dan drainase di desa juga bisa atau cuma di kota", "psu.lingkup_provinsi"),
    (
        "kami di kec pandih batu mau usul semenisasi jalan gang sama saluran air bisa masuk psu "
        "provinsi",
        "psu.lingkup_provinsi",
    ),
    ("can province build drainage along the provincial road", "psu.lingkup_provinsi"),
    (
        "got di kampung mampet dan jalannya becek tiap hujan bisa minta provinsi",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    ("konsultan perencana rumah perlu sertifikasi ke siapa", "kewenangan.sertifikasi"),
    ("registrasi perancang psu kemampuan kecil itu di kabupaten?", "kewenangan.sertifikasi"),
    (
        "sertifikat buat tukang gambar rumah yang skala menengah dari provinsi ya",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    ("standar pelayanan minimal perumahan provinsi targetnya berapa persen", "kewenangan.spm"),
    ("spm bidang perumahan rakyat isinya apa", "kewenangan.spm"),
    ("pelayanan dasar rumah layak huni buat korban bencana itu diatur di mana", "kewenangan.spm"),
    ("minimum service standard for housing, what is the target", "kewenangan.spm"),
    ("target 100 persen rumah korban bencana itu standar apa", "kewenangan.spm"),
    # kumuh.luas_delineasi
    ("luas kumuh yg dipakai luas desa atau luas yang di sk", "kumuh.luas_delineasi"),
    (
        "desanya 200 hektar tapi yang kumuh cuma sebagian yang dihitung yang mana",
        "kumuh.luas_delineasi",
    ),
    ("luasan kawasan kumuh dihitungnya dari mana", "kumuh.luas_delineasi"),
    (
        "kelurahan baamang tengah luasnya gede tapi kumuhnya cuma di pinggir sungai ngitung "
        "luasnya gimana",
        "kumuh.luas_delineasi",
    ),
    (
        "luas yg diisi di form kumuh itu luas kelurahan atau yang digaris di peta sk",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    ("yang netapin kampung itu kumuh siapa", "kumuh.penetapan"),
    ("sk kumuh harus diperbarui berapa tahun sekali", "kumuh.penetapan"),
    ("gubernur yang tanda tangan penetapan lokasi kumuh ya", "kumuh.penetapan"),
    ("penetapan lokasi kumuh itu lampirannya apa aja", "kumuh.penetapan"),
    ("who decide an area is slum", "kumuh.penetapan"),
    ("siapa yg bikin daftar kampung kumuh di kabupaten", "kumuh.penetapan"),
    # kumuh.aspek
    ("apa aja yg dinilai biar kampung disebut kumuh", "kumuh.aspek"),
    ("kampung yang padat dan becek masuk kriteria kumuh ga", "kumuh.aspek"),
    ("kriteria kumuh ada berapa aspek", "kumuh.aspek"),
    ("selain rumahnya jelek apa lagi yang dilihat buat nentuin kumuh", "kumuh.aspek"),
    ("slum criteria what aspect are there", "kumuh.aspek"),
    (
        "rumah rapat rapat ga ada tempat buang sampah ga ada air bersih itu ukuran kumuh ya",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    ("nilai kumuh berat itu berapa", "kumuh.penilaian"),
    ("skor maksimal kumuh berapa", "kumuh.penilaian"),
    ("cara ngitung skor kumuh tiap kriteria gimana", "kumuh.penilaian"),
    ("kampung dapat nilai 65 itu udah kumuh berat bukan", "kumuh.penilaian"),
    # kumuh.tingkat_sedang_ringan
    ("kumuh ringan skornya berapa sampai berapa", "kumuh.tingkat_sedang_ringan"),
    ("rentang nilai kumuh sedang", "kumuh.tingkat_sedang_ringan"),
    ("skor 40 masuk kumuh apa", "kumuh.tingkat_sedang_ringan"),
    # kumuh.pola_penanganan
    ("kampung kumuh di tanah ilegal ditanganinya gimana dipindah?", "kumuh.pola_penanganan"),
    ("bedanya pemugaran sama peremajaan", "kumuh.pola_penanganan"),
    ("kumuh ringan tanahnya legal penanganannya apa", "kumuh.pola_penanganan"),
    ("when resettlement is used for slum", "kumuh.pola_penanganan"),
    # kumuh.kalteng
    ("berapa banyak lokasi kumuh di kalteng", "kumuh.kalteng"),
    ("kabupaten mana yang paling banyak kumuhnya", "kumuh.kalteng"),
    ("total luas kumuh kalimantan tengah berapa", "kumuh.kalteng"),
    ("kumuh di kalteng kebanyakan di mana pinggir sungai ya", "kumuh.kalteng"),
    # usulan.isi
    ("usulan itu isinya apa aja", "usulan.isi"),
    ("kenapa harus isi jumlah kk segala di usulan", "usulan.isi"),
    ("data apa aja yg harus disiapin sebelum ngusul", "usulan.isi"),
    ("isian form usulan banyak banget emang perlu semua", "usulan.isi"),
    ("what informations needed in a proposal", "usulan.isi"),
    ("kenapa ada pertanyaan sektor air minum sanitasi segala padahal usul jalan", "usulan.isi"),
    ("alasan atau justifikasi usulan harus panjang ga", "usulan.isi"),
    ("formnya nanya macem macem kenapa sih", "usulan.isi"),
    # usulan.jenis
    ("bisa ngusulin apa aja ke provinsi", "usulan.jenis"),
    ("jenis usulan di form ada apa aja", "usulan.jenis"),
    ("kalau usulan ga masuk kategori manapun pilih apa", "usulan.jenis"),
    ("what type of proposal we can submit", "usulan.jenis"),
    # usulan.lokasi
    ("lokasi usulan harus diisi apa aja titik gps wajib?", "usulan.lokasi"),
    ("perkotaan atau perdesaan itu maksudnya apa di form", "usulan.lokasi"),
    ("nama lokasi harus sama kayak yang di sk kumuh ga", "usulan.lokasi"),
    ("ngetik nama desa salah satu huruf masih ketemu ga di form", "usulan.lokasi"),
    # usulan.penerima_biaya
    ("sumber dana yang bisa dipilih apa aja", "usulan.penerima_biaya"),
    ("biaya usulan ditulis dalam rupiah atau juta", "usulan.penerima_biaya"),
    ("jumlah penerima manfaat diisi kk atau jiwa", "usulan.penerima_biaya"),
    ("boleh kombinasi dana kabupaten sama provinsi", "usulan.penerima_biaya"),
    ("how to fill cost and beneficiaries in proposal", "usulan.penerima_biaya"),
    ("rumah yang dibantu dihitungnya per unit ya", "usulan.penerima_biaya"),
    ("jumlah kepala keluarga sama orangnya diisi dua duanya", "usulan.penerima_biaya"),
    # usulan.kesiapan
    ("dokumen kesiapan apa aja yang harus ada", "usulan.kesiapan"),
    ("readines criteria itu isinya apa", "usulan.kesiapan"),
    ("usulan psu syaratnya apa aja", "usulan.kesiapan"),
    ("kalau dokumen belum lengkap masih bisa ngirim usulan", "usulan.kesiapan"),
    ("surat dari bupati perlu dilampirkan ga", "usulan.kesiapan"),
    ("kesepakatan warga harus ada ga", "usulan.kesiapan"),
    ("what document needed for readiness", "usulan.kesiapan"),
    ("syarat2 biar usulan dianggap udah siap apa aja", "usulan.kesiapan"),
    # usulan.lahan
    ("tanahnya belum sertifikat bisa diusulkan ga", "usulan.lahan"),
    ("lahan masih sengketa sama warga gimana", "usulan.lahan"),
    ("syarat lahan clean and clear buat usulan apa aja", "usulan.lahan"),
    ("tanah punya desa bisa dipakai buat lokasi usulan", "usulan.lahan"),
    ("lahan ga sesuai tata ruang bisa ditolak ya", "usulan.lahan"),
    ("status tanah pilih yang mana kalau punya warga cuma pake skt", "usulan.lahan"),
    ("tanahnya masih punya warga blm dihibahkan ke desa gmn", "usulan.lahan"),
    # usulan.sk_kumuh
    ("sk kumuh kami udah tahun 2018 masih bisa dipake ga buat usulan", "usulan.sk_kumuh"),
    ("lokasi ga ada di sk kumuh bisa diusulin?", "usulan.sk_kumuh"),
    ("nomor sama tanggal sk kumuh wajib diisi", "usulan.sk_kumuh"),
    ("es ka kumuh kabupaten belum direvisi gimana usulannya", "usulan.sk_kumuh"),
    ("our slum decree is old, can we still propose", "usulan.sk_kumuh"),
    ("lokasi kami kumuh tapi belum masuk daftar sk bupati bisa diusulkan", "usulan.sk_kumuh"),
    # usulan.dokumen_teknis
    ("gambar detail sama rincian biaya harus dilampirkan", "usulan.dokumen_teknis"),
    ("foto kondisi sekarang perlu berapa banyak", "usulan.dokumen_teknis"),
    ("ded sama rab wajib ga", "usulan.dokumen_teknis"),
    ("gambar tata letak lokasi perlu ga", "usulan.dokumen_teknis"),
    ("selain foto dokumen teknis apa yg dilampirkan", "usulan.dokumen_teknis"),
    # usulan.surat_pernyataan
    ("surat kesanggupan merawat setelah dibangun itu perlu", "usulan.surat_pernyataan"),
    ("surat pernyataan bersedia menerima hibah itu buat apa", "usulan.surat_pernyataan"),
    (
        "kenapa kabupaten harus bikin pernyataan sanggup operasi dan pemeliharaan",
        "usulan.surat_pernyataan",
    ),
    ("statement letter for maintenance is it required?", "usulan.surat_pernyataan"),
    # usulan.rtlh
    ("rumah warga udah reyot mau dibantu", "usulan.rtlh"),
    ("bisa bangun rumah baru lewat program rtlh provinsi", "usulan.rtlh"),
    ("warga numpang di tanah orang rumahnya jelek bisa dibantu ga", "usulan.rtlh"),
    ("penerima bedah rumah provinsi ditetapkan pakai sk apa", "usulan.rtlh"),
    (
        "selamat siang saya dari desa tumbang kanei kec sanaman mantikei ada rumah nenek nenek "
        "hampir roboh gimana ngusulnya",
        "usulan.rtlh",
    ),
    ("old house almost collapse, can province help to repair", "usulan.rtlh"),
    (
        "rumahnya dr papan udah bocor dimana mana lantai tanah bs dibantu provinsi ga",
        "usulan.rtlh",
    ),
    (
        "mau bantu rumah janda di desa pelangsian tapi tanahnya cuma ada surat keterangan dari "
        "desa bisa",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    ("warga mau minta jalan gang dibangun caranya gimana", "usulan.psu_masyarakat"),
    ("proposal dari warga harus diketahui siapa aja", "usulan.psu_masyarakat"),
    ("masyarakat boleh ngusul langsung ke disperkimtan", "usulan.psu_masyarakat"),
    (
        "ketua rt mau ajukan drainase perlu tanda tangan lurah sama camat ga",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    ("tanah punya kabupaten tapi yang bangun provinsi nanti punya siapa", "hibah.aset"),
    ("siapa yang merawat jalan yg dibangun provinsi", "hibah.aset"),
    ("serah terima aset dari provinsi ke kab pakai berita acara apa", "hibah.aset"),
    ("setelah selesai dibangun asetnya dicatat di mana", "hibah.aset"),
    ("drainase bantuan provinsi rusak lagi yang perbaiki siapa", "hibah.aset"),
    ("after province build the road, who own it", "hibah.aset"),
    ("jalan yang dibangunin provinsi di desa kami nanti dicatat aset siapa", "hibah.aset"),
    ("provinsi bangun di lahan pemkab terus serahterimanya gmn", "hibah.aset"),
    # pendanaan.saluran_lain
    ("kalau bukan tugas provinsi terus dananya dari mana", "pendanaan.saluran_lain"),
    ("ditolak karena kewenangan kabupaten bisa cari dana ke mana", "pendanaan.saluran_lain"),
    ("kumuh kecil ga bisa ke prov alternatif dananya apa", "pendanaan.saluran_lain"),
    ("dana desa bisa dipake buat jalan lingkungan?", "pendanaan.saluran_lain"),
    ("perusahaan sawit bisa bantu lewat csr ga", "pendanaan.saluran_lain"),
    ("if not province job, what other funding we can use", "pendanaan.saluran_lain"),
    ("kalo provinsi ga bisa bantu jalur dana lain apa aja pak", "pendanaan.saluran_lain"),
    # siklus.tahunan
    ("alur usulan setahun gimana", "siklus.tahunan"),
    ("usulan tahun ini buat anggaran tahun kapan", "siklus.tahunan"),
    ("dari ngusul sampai dibangun prosesnya apa aja", "siklus.tahunan"),
    ("how is the yearly cycle of proposal", "siklus.tahunan"),
    ("kalau saya kirim sekarang dibangunnya tahun depan?", "siklus.tahunan"),
    ("tahapan usulan ke provinsi dari awal sampai akhir", "siklus.tahunan"),
    ("kapan biasanya kabupaten mulai nyiapin usulan buat provinsi", "siklus.tahunan"),
    ("setiap tahun urutannya gimana ngusul diperiksa rakor terus anggaran", "siklus.tahunan"),
    # siklus.pemeriksaan
    ("provinsi ngecek usulan kami apa aja", "siklus.pemeriksaan"),
    ("verifikasi usulan itu meriksa apa", "siklus.pemeriksaan"),
    ("ada survei lapangan ga waktu verifikasi", "siklus.pemeriksaan"),
    ("how province check our proposal", "siklus.pemeriksaan"),
    # siklus.rakor
    ("rakor bidang kawasan permukiman itu acara apa", "siklus.rakor"),
    ("rapat koordinasi sinkronisasi tiap tahun itu ngapain aja", "siklus.rakor"),
    ("tahun lalu rakor diadakan di mana", "siklus.rakor"),
    ("ra kor biasanya bulan apa", "siklus.rakor"),
    ("siapa aja yang ikut rakor", "siklus.rakor"),
    ("what is the rakor meeting for", "siklus.rakor"),
    ("rapat koordinasi kawasan permukiman se kalteng itu rutin tiap tahun?", "siklus.rakor"),
    # siklus.rkpd_apbd
    ("setelah rakor usulan dibawa ke mana", "siklus.rkpd_apbd"),
    ("kapan usulan masuk apbd", "siklus.rkpd_apbd"),
    ("usulan yang disetujui masuk rkpd dulu ya", "siklus.rkpd_apbd"),
    ("musrenbang provinsi itu sebelum atau sesudah rakor", "siklus.rkpd_apbd"),
    ("abis rapat koordinasi usulan masuk ke perencanaan provinsi gimana", "siklus.rkpd_apbd"),
    # koordinasi.pokja_pkp
    ("pokja pkp itu tugasnya apa", "koordinasi.pokja_pkp"),
    ("kelompok kerja perumahan di kabupaten ketuanya siapa", "koordinasi.pokja_pkp"),
    ("dasar hukum pokja pkp apa", "koordinasi.pokja_pkp"),
    # disperkimtan.kontak
    ("kantor dinas perkim provinsi alamatnya di mana", "disperkimtan.kontak"),
    ("website disperkimtan apa", "disperkimtan.kontak"),
    ("mau datang langsung ke kantor provinsi di jalan apa", "disperkimtan.kontak"),
    ("where is the office of disperkimtan", "disperkimtan.kontak"),
    # bot.cara_pakai
    ("daftar perintah bot apa aja", "bot.cara_pakai"),
    ("jam yang muncul di bot itu wib ya", "bot.cara_pakai"),
    ("cara pakai bot sinkron gimana perintahnya", "bot.cara_pakai"),
    ("bot ini pakai perintah garis miring apa aja", "bot.cara_pakai"),
    # bot.usul
    ("di /usul bisa disimpan dulu terus lanjut nanti ga", "bot.usul"),
    ("salin usulan lama gimana caranya", "bot.usul"),
    ("foto di form usul maksimal berapa", "bot.usul"),
    ("lampiran pdf boleh berapa file", "bot.usul"),
    ("kode usl itu muncul kapan", "bot.usul"),
    ("sinyal putus pas isi form usulan datanya hilang ga", "bot.usul"),
    # bot.status
    ("status verifikasi artinya apa", "bot.status"),
    ("dibahas rakor maksudnya usulan kami gimana", "bot.status"),
    ("perlu perbaikan itu kami harus ngapain", "bot.status"),
    ("usulan yang udah dibatalkan bisa dibuka lagi", "bot.status"),
    ("what is meaning of status diajukan", "bot.status"),
    # bot.ditolak_dialihkan
    ("usulan kami dialihkan maksudnya gimana", "bot.ditolak_dialihkan"),
    ("ditolak bisa ajukan ulang", "bot.ditolak_dialihkan"),
    ("kenapa usulan ditolak alasannya bukan kewenangan provinsi", "bot.ditolak_dialihkan"),
    ("dialihkan ke apbn itu terus kami ngapain", "bot.ditolak_dialihkan"),
    ("statusnya tulisannya dialihkan itu kami harus gimana", "bot.ditolak_dialihkan"),
    # bot.tindak_lanjut
    ("berapa lama usulan diperiksa", "bot.tindak_lanjut"),
    ("udah seminggu belum ada kabar normalnya berapa hari", "bot.tindak_lanjut"),
    ("tiga hari kerja itu aturan dari mana", "bot.tindak_lanjut"),
    ("how many days province will answer", "bot.tindak_lanjut"),
    (
        "usulan masuk kok belum diverifikasi udh 5 hari kerja standarnya brp lama",
        "bot.tindak_lanjut",
    ),
    # bot.rapat
    ("saya ga bisa hadir rapat boleh diwakilkan", "bot.rapat"),
    ("pengingat rapat dikirim kapan aja", "bot.rapat"),
    ("gimana konfirmasi hadir undangan rapat di bot", "bot.rapat"),
    ("kalau berhalangan rakor ganti nama perwakilan gimana", "bot.rapat"),
    ("pak sy dr dinas perkim bartim undangan rapat bisa diwakilin staf", "bot.rapat"),
    # istilah.perkim
    ("perkim singkatan dari apa", "istilah.perkim"),
    ("what is perkim", "istilah.perkim"),
    # istilah.disperkimtan
    ("disperkimtan kepanjangannya apa", "istilah.disperkimtan"),
    ("dinas perkimtan itu tan nya apa", "istilah.disperkimtan"),
    # istilah.psu
    ("psu itu apa", "istilah.psu"),
    ("pe es u maksudnya apa", "istilah.psu"),
    # istilah.jaling
    ("jaling apaan", "istilah.jaling"),
    ("jalan lingkungan biasa disingkat apa", "istilah.jaling"),
    # istilah.drainase
    ("drainase itu got ya", "istilah.drainase"),
    ("apa itu drainase lingkungan", "istilah.drainase"),
    # istilah.kr
    ("KR di data kumuh artinya apa", "istilah.kr"),
    ("kr itu kumuh ringan?", "istilah.kr"),
    # istilah.ks
    ("ks itu apa di tabel kumuh", "istilah.ks"),
    ("kumuh KS maksudnya", "istilah.ks"),
    # istilah.kb
    ("kb di sk kumuh bukan keluarga berencana kan", "istilah.kb"),
    ("arti kb kumuh", "istilah.kb"),
    # istilah.skkumuh
    ("apa sih sk kumuh itu", "istilah.skkumuh"),
    ("skkumuh maksudnya surat apa", "istilah.skkumuh"),
    # istilah.delineasi
    ("delineasi itu apa", "istilah.delineasi"),
    ("deliniasi maksudnya garis batas?", "istilah.delineasi"),
    # istilah.rtlh
    ("rtlh kepanjangannya", "istilah.rtlh"),
    ("singkatan rumah tidak layak huni apa", "istilah.rtlh"),
    # istilah.rlh
    ("rlh artinya apa", "istilah.rlh"),
    ("r l h itu rumah apa", "istilah.rlh"),
    # istilah.bedahrumah
    ("bedah rumah itu program apa", "istilah.bedahrumah"),
    ("bedahrumah sama rtlh sama ga", "istilah.bedahrumah"),
    # istilah.bsps
    ("bsps itu apa", "istilah.bsps"),
    ("bantuan stimulan perumahan swadaya maksudnya gimana", "istilah.bsps"),
    # istilah.mbr
    ("mbr itu siapa", "istilah.mbr"),
    ("masyarakat berpenghasilan rendah disingkat apa", "istilah.mbr"),
    # istilah.rusunawa
    ("rusunawa apa", "istilah.rusunawa"),
    ("rumah susun yang disewain itu namanya apa", "istilah.rusunawa"),
    # istilah.rusus
    ("rusus itu apa", "istilah.rusus"),
    ("rumah khusus maksudnya rumah apa", "istilah.rusus"),
    # istilah.huntara
    ("huntara apa", "istilah.huntara"),
    ("rumah tinggal sementara habis banjir itu namanya apa", "istilah.huntara"),
    # istilah.huntap
    ("huntap artinya", "istilah.huntap"),
    ("meaning of huntap", "istilah.huntap"),
    # istilah.kk
    ("KK di form maksudnya kartu keluarga?", "istilah.kk"),
    ("kk itu kepala keluarga ya", "istilah.kk"),
    # istilah.jiwa
    ("jiwa di isian maksudnya orang?", "istilah.jiwa"),
    ("jumlah jiwa itu apa", "istilah.jiwa"),
    # istilah.ha
    ("ha itu hektar ya satu hektar berapa meter", "istilah.ha"),
    ("ha singkatan apa", "istilah.ha"),
    # istilah.ded
    ("ded apa", "istilah.ded"),
    ("d e d itu gambar apa", "istilah.ded"),
    # istilah.rab
    ("rab itu apa", "istilah.rab"),
    ("rencana anggaran biaya disingkat apa", "istilah.rab"),
    # istilah.rks
    ("rks itu apa", "istilah.rks"),
    ("rencana kerja dan syarat syarat maksudnya", "istilah.rks"),
    # istilah.kak
    ("kak itu apa bukan kakak kan", "istilah.kak"),
    ("kak sama tor sama ga", "istilah.kak"),
    # istilah.siteplan
    ("site plan itu apa", "istilah.siteplan"),
    ("siteplan maksudnya denah?", "istilah.siteplan"),
    # istilah.rc
    ("RC itu singkatan apa", "istilah.rc"),
    ("rc di usulan artinya", "istilah.rc"),
    # istilah.bast
    ("bast itu apa", "istilah.bast"),
    ("what is BAST", "istilah.bast"),
    # istilah.hibah
    ("hibah artinya apa", "istilah.hibah"),
    ("dihibahkan maksudnya dikasih?", "istilah.hibah"),
    # istilah.bmd
    ("bmd itu apa", "istilah.bmd"),
    ("barang milik daerah disingkat", "istilah.bmd"),
    # istilah.bmn
    ("bmn apa", "istilah.bmn"),
    ("bmn sama bmd bedanya apa", ("istilah.bmn", "istilah.bmd")),
    # istilah.op
    ("o&p itu apa", "istilah.op"),
    ("o dan p maksudnya", "istilah.op"),
    # istilah.spm
    ("spm singkatan apa", "istilah.spm"),
    ("es pe em itu apa", "istilah.spm"),
    # istilah.pokjapkp
    ("pokja pkp kepanjangannya", "istilah.pokjapkp"),
    ("pokjapkp itu singkatan apa aja", "istilah.pokjapkp"),
    # istilah.pokjappas
    ("pokja ppas apa", "istilah.pokjappas"),
    ("ppas itu pokja apa", "istilah.pokjappas"),
    # istilah.pokjaampl
    ("pokja ampl itu apa", "istilah.pokjaampl"),
    ("ampl kepanjangannya", "istilah.pokjaampl"),
    # istilah.rp3kp
    ("rp3kp itu apa", "istilah.rp3kp"),
    ("r p 3 k p dokumen apa", "istilah.rp3kp"),
    # istilah.rp2kpkp
    ("rp2kpkp apa", "istilah.rp2kpkp"),
    ("rp2 kpkp itu rencana apa", "istilah.rp2kpkp"),
    # istilah.kotaku
    ("kotaku itu program apa", "istilah.kotaku"),
    ("program kota tanpa kumuh itu apa", "istilah.kotaku"),
    # istilah.daktematikppkt
    ("dak tematik ppkt apa", "istilah.daktematikppkt"),
    ("ppkt singkatan apa", "istilah.daktematikppkt"),
    # istilah.apbn
    ("apbn itu apa", "istilah.apbn"),
    ("apbn maksudnya anggaran negara?", "istilah.apbn"),
    # istilah.apbd
    ("apbd apa", "istilah.apbd"),
    ("a pe be de itu apa", "istilah.apbd"),
    # istilah.apbdes
    ("apbdes apa", "istilah.apbdes"),
    ("apbdesa itu dana apa", "istilah.apbdes"),
    # istilah.bankeu
    ("bankeu itu apa", "istilah.bankeu"),
    ("bantuan keuangan provinsi disingkat apa", "istilah.bankeu"),
    # istilah.pokir
    ("pokir itu apa", "istilah.pokir"),
    ("pokir dewan maksudnya", "istilah.pokir"),
    # istilah.musrenbang
    ("musrenbang apa", "istilah.musrenbang"),
    ("musren bang itu rapat apa", "istilah.musrenbang"),
    # istilah.rkpd
    ("rkpd apa", "istilah.rkpd"),
    ("rkpd singkatan dari", "istilah.rkpd"),
    # istilah.renja
    ("renja itu apa", "istilah.renja"),
    ("rencana kerja dinas tahunan namanya apa", "istilah.renja"),
    # istilah.renstra
    ("renstra apa", "istilah.renstra"),
    ("renstra dinas itu berapa tahun", "istilah.renstra"),
    # istilah.rpjmd
    ("rpjmd apa", "istilah.rpjmd"),
    ("rpjmd itu lima tahunan ya", "istilah.rpjmd"),
    # istilah.kuappas
    ("kua ppas itu apa", "istilah.kuappas"),
    ("kuappas singkatan", "istilah.kuappas"),
    # istilah.rka
    ("rka apa", "istilah.rka"),
    ("rka dinas itu dokumen apa", "istilah.rka"),
    # istilah.dpa
    ("dpa itu apa", "istilah.dpa"),
    ("dpa singkatan dari apa", "istilah.dpa"),
    # istilah.sipd
    ("sipd itu apa", "istilah.sipd"),
    ("aplikasi sipd kepanjangannya apa", "istilah.sipd"),
    # istilah.bapperida
    ("bapperida apa", "istilah.bapperida"),
    ("bapperida itu bappeda ya", "istilah.bapperida"),
    # istilah.opd
    ("opd singkatan apa", "istilah.opd"),
    ("opd itu maksudnya dinas?", "istilah.opd"),
    # istilah.skpd
    ("skpd apa", "istilah.skpd"),
    ("skpd kepanjangannya", "istilah.skpd"),
    # istilah.spam
    ("spam di perkim maksudnya bukan email spam kan", "istilah.spam"),
    ("sistem penyediaan air minum disingkat apa", "istilah.spam"),
    # istilah.spald
    ("spald apa", "istilah.spald"),
    ("spald itu sistem apa", "istilah.spald"),
    # istilah.ipal
    ("ipal apa", "istilah.ipal"),
    ("instalasi pengolahan air limbah disingkat", "istilah.ipal"),
    # istilah.tps3r
    ("tps3r apa", "istilah.tps3r"),
    ("tps 3r itu tempat sampah apa", "istilah.tps3r"),
    # istilah.mck
    ("mck itu apa", "istilah.mck"),
    ("what is mck", "istilah.mck"),
    # istilah.rtrw
    ("rtrw apa bukan rt rw kan", "istilah.rtrw"),
    ("rencana tata ruang wilayah disingkat apa", "istilah.rtrw"),
    # istilah.rdtr
    ("rdtr apa", "istilah.rdtr"),
    ("rdtr itu rencana tata ruang yang detail?", "istilah.rdtr"),
    # istilah.pbg
    ("pbg itu apa", "istilah.pbg"),
    ("pbg pengganti imb ya", "istilah.pbg"),
    # istilah.slf
    ("slf apa", "istilah.slf"),
    ("sertifikat laik fungsi maksudnya", "istilah.slf"),
    # istilah.skbg
    ("skbg apa", "istilah.skbg"),
    ("skbg singkatan dari", "istilah.skbg"),
    # istilah.skt
    ("skt itu apa", "istilah.skt"),
    ("surat keterangan tanah disingkat apa", "istilah.skt"),
    # istilah.cleanandclear
    ("clean and clear artinya apa", "istilah.cleanandclear"),
    ("klinenklir maksudnya apa", "istilah.cleanandclear"),
    # istilah.csr
    ("csr itu apa", "istilah.csr"),
    ("dana csr maksudnya dana apa", "istilah.csr"),
    # istilah.rakor
    ("rakor singkatan apa", "istilah.rakor"),
    ("ra kor kepanjangannya apa", "istilah.rakor"),
    # istilah.lapor
    ("lapor! itu apa", "istilah.lapor"),
    ("aplikasi lapor yg disebut bot itu apa", "istilah.lapor"),
    # istilah.wib
    ("wib itu apa", "istilah.wib"),
    ("kalteng pakai wib atau wita", "istilah.wib"),
    # istilah.backlog
    ("backlog rumah apa", "istilah.backlog"),
    ("kekurangan rumah istilahnya backlog itu maksudnya gimana", "istilah.backlog"),
    # istilah.pkp
    ("pkp kepanjangan apa", "istilah.pkp"),
    ("pkp di sini bukan pengusaha kena pajak kan", "istilah.pkp"),
    # istilah.kumuh
    ("kumuh itu artinya apa", "istilah.kumuh"),
    ("definisi permukiman kumuh apa", "istilah.kumuh"),
    # istilah.dak
    ("dak itu apa", "istilah.dak"),
    ("dana alokasi khusus disingkat apa", "istilah.dak"),
    # istilah.rusun
    ("rusun itu apa", "istilah.rusun"),
    ("what is rusun", "istilah.rusun"),
]

ROUNDTF_INTENTS: list[tuple[str, str]] = [
    ("usulan saya udah sampai mana", "status"),
    ("cek status usulan kami dong", "status"),
    ("usl 2026 3 gimana kabarnya", "status"),
    ("usulan jalan lingkungan dari kotim udah disetujui belum", "status"),
    ("what is the status of my proposal", "status"),
    ("usulan kmrn diterima ga ya", "status"),
    ("rakor tahun ini kapan", "meeting"),
    ("ra kor nanti di mana tempatnya", "meeting"),
    ("rapat koordinasi berikutnya tanggal berapa", "meeting"),
    ("ada rapat minggu depan ga", "meeting"),
    ("when is next rakor meeting", "meeting"),
    ("jadwal rapat sinkronisasi selanjutnya jam berapa", "meeting"),
    ("batas akhir ngirim usulan kapan", "deadline"),
    ("tenggat usulan tahun ini", "deadline"),
    ("usulan paling lambat tanggal berapa", "deadline"),
    ("masih bisa ngusul ga udah tutup belum", "deadline"),
    ("deadline for proposal when", "deadline"),
    ("kapan terakhir masukin usulan buat anggaran tahun depan", "deadline"),
    ("halo", "greeting"),
    ("selamat pagi pak", "greeting"),
    ("makasih ya infonya", "greeting"),
    ("bot ini bisa bantu apa aja", "greeting"),
    ("help", "greeting"),
    ("assalamualaikum saya dari dinas perkim kab katingan baru gabung", "greeting"),
    ("gimana cara ngajuin usulan di sini", "how_to_submit"),
    ("mau kirim usulan caranya", "how_to_submit"),
    ("ngusul lewat bot gmn", "how_to_submit"),
    ("how to submit proposal in this bot", "how_to_submit"),
    ("saya mau masukin usulan jalan lingkungan mulainya dari mana", "how_to_submit"),
    ("kirim usulan pakai perintah apa", "how_to_submit"),
]

ROUNDTF_AREAS: list[tuple[str, str]] = [
    ("kumuh 9,5 ha itu siapa yg tangani", "kabkota"),
    ("luas kawasan kumuh pas 10 hektar masuk mana", "provinsi"),
    ("kumuh tepat 15 ha kewenangan siapa", "pusat"),
    ("delineasi di sk 14,99 hektare itu provinsi bukan", "provinsi"),
    ("kawasan kumuh lebih dari 15 ha siapa yang tangani", "pusat"),
    ("kumuh kurang dari 10 ha urusan siapa", "kabkota"),
    ("lokasi kumuh 120.000 m2 bisa ke provinsi", "provinsi"),
    ("kumuh 95.000 meter persegi kewenangan siapa", "kabkota"),
    ("luasnya 150.000 m² itu ditangani siapa", "pusat"),
    ("kumuh di atas 20 ha siapa yg pegang", "pusat"),
    ("kumuh di bawah 5 hektar bisa minta provinsi?", "kabkota"),
    ("our slum area is 12.5 hectares, who is responsible", "provinsi"),
    ("kumuh 8 ha di kec selat siapa yang tangani", "kabkota"),
    ("kawasan kumuh 11 ha di kelurahan ketapang sampit", "provinsi"),
    ("kumuh 30 hektar di pahandut masuk kewenangan mana", "pusat"),
    ("kumuh cuma 0,75 ha bisa diusulkan ke prov", "kabkota"),
    ("100.000 m2 kumuh itu prov atau kab", "provinsi"),
    ("luas kumuh 10,0 ha siapa yang tangani", "provinsi"),
    ("kumuh 9,99 ha masuk provinsi ga", "kabkota"),
    ("kumuh 13,4 hektare di sk bupati kotim", "provinsi"),
    ("sk kumuh kami 75,87 ha itu urusan siapa", "pusat"),
    ("kumuh 2 hektare di desa kenambui siapa yg tanggung", "kabkota"),
    ("140.000 m2 kumuh kewenangan prov?", "provinsi"),
    ("slum 16 hectares which level handle it", "pusat"),
    ("kumuh 15,5 ha di kec mentawa baru ketapang", "pusat"),
    ("slum of 7.2 ha who is in charge", "kabkota"),
]

ROUNDTF_OUT_OF_SCOPE: list[str] = [
    "besok hujan ga di palangka raya",
    "skor persib semalam berapa",
    "pagu anggaran disperkimtan tahun 2026 berapa miliar",
    "harga satuan paving block per meter persegi berapa",
    "siapa pemenang tender jalan lingkungan di sampit tahun lalu",
    "nomor hp kabid kawasan permukiman provinsi berapa",
    "aturan kumuh di kalimantan selatan perdanya gimana",
    "sipd error pas input sub kegiatan gimana benerinnya",
    "kapan saya naik pangkat",
    "tebal beton rabat jalan lingkungan minimal berapa cm",
    "spesifikasi u-ditch buat drainase yang dipakai apa",
    "gaji honorer dinas perkim berapa",
    "harga semen di muara teweh sekarang",
    "cara daftar cpns kementerian pkp",
    "kabupaten kami tahun 2027 dapat jatah rtlh berapa unit",
    "jadwal pencairan bankeu tahap dua kapan",
    "password sipd saya lupa gimana",
    "harga tanah per meter di jekan raya berapa",
    "kontraktor yang bagus di kapuas siapa",
    "resep kue lapis legit dong",
    "who win the football match last night",
    "uang perjalanan dinas ke rakor diganti berapa",
    "mutasi pegawai disperkimtan kapan",
    "standar lebar jalan lingkungan berapa meter",
    "rumus hitung debit saluran drainase",
    "perda bangunan gedung di sulawesi selatan isinya apa",
    "harga per unit bedah rumah tahun ini berapa juta",
    "email kepala dinas perkim kabupaten kotim apa",
]
