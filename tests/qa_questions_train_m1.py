"""Training table M1 for the Sinkron matcher (written 2026-12-05; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Style emphasis: a concrete case in front of the officer (a named desa, a number, a problem:
"jalannya becek tiap hujan", "lahannya belum bersertifikat") and what to do about it, often in
plain words instead of the official term; some in Banjar-flavoured Indonesian (ulun, pian,
kada, handak); one in eight in English.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

# Training table M1: officers' questions about a concrete case in front of them
# (named desa/kecamatan, numbers, a practical problem), often in plain words,
# some in Banjar-flavoured Indonesian, about one in eight in English.
# Labels: topic ids from topic_list.txt; a tuple where two topics are equally right.

TRAIN_M1_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "Pak, saya baru dipindah ke bidang perkim Sukamara. Jalan gang, rumah reyot, kampung "
        "kumuh, izin perumahan: mana yang dikerjakan kabupaten, mana provinsi, mana pusat? Minta "
        "gambaran umumnya.",
        "kewenangan.ringkasan",
    ),
    (
        "Bupati Barito Timur minta tabel singkat pembagian urusan perumahan dan permukiman "
        "antara kab, prov dan pusat untuk rapat besok pagi. Poin-poinnya apa saja?",
        "kewenangan.ringkasan",
    ),
    (
        "Ulun hanyar di dinas perkim Pulang Pisau, kada paham pembagian gawian kabupaten, "
        "provinsi wan pusat di urusan perumahan wan permukiman. Kaya apa garis besarnya, pian?",
        "kewenangan.ringkasan",
    ),
    (
        "We're briefing the new Kapuas regent: in housing and settlements, which jobs sit with "
        "the regency, which with the province and which with the central government?",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "Di rapat TAPD Katingan ada yang usul anggaran perkim dinolkan karena dianggap bukan "
        "prioritas. Bukannya perumahan itu urusan wajib? Pasal berapa?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Mohon info: perumahan rakyat dan kawasan permukiman masuk urusan wajib pelayanan dasar "
        "atau urusan pilihan? Perlu dasar hukumnya buat nota dinas ke Sekda Lamandau.",
        "kewenangan.urusan_wajib",
    ),
    (
        "Bubuhan dewan di Muara Teweh betakon, urusan perumahan tu wajib kah atau pilihan haja? "
        "Ulun handak menjawab pakai pasal nang bujur.",
        "kewenangan.urusan_wajib",
    ),
    (
        "Anggota DPRD Seruyan bilang urusan rumah rakyat boleh dikurangi karena tidak termasuk "
        "pelayanan dasar seperti pendidikan dan kesehatan. Benar begitu?",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "Kawasan kumuh di Kelurahan Selat Hilir luasnya 12,4 ha menurut SK. Yang tangani "
        "kabupaten atau provinsi?",
        "kewenangan.kumuh",
    ),
    ("kumuh di desa Hampalit cm 7,5 ha, itu bs diusulkan ke prov gak?", "kewenangan.kumuh"),
    (
        "Kampung kumuh di pinggir sungai Kelurahan Kuala Jelai luasnya pas 10 hektar. Itu gawian "
        "provinsi kah kabupaten, pian?",
        "kewenangan.kumuh",
    ),
    (
        "Our slum area in Pahandut Seberang measures 14.8 hectares in the decree. Does handling "
        "it fall to the city or to the province?",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "Lokasi kumuh Baamang Hulu di SK tercatat 21 ha. Masih bisa minta provinsi yang tangani, "
        "atau sudah bukan?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Kawasan kumuh di Mentawa Baru Hilir luasnya 38 hektar. Provinsi kada kawa lah "
        "menangani? Siapa nang berwenang?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "The riverside slum in Kumai Hilir is about 40 ha. If that's too big for the province, "
        "who is supposed to handle it?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Kalau luas kumuhnya tepat 15,0 ha, itu masih provinsi atau sudah pusat? Lokasi kami di "
        "Kelurahan Mambulau pas segitu.",
        ("kewenangan.kumuh", "kewenangan.kumuh_pusat"),
    ),
    # kewenangan.pencegahan_kumuh
    (
        "Di Kelurahan Pasir Putih mulai banyak rumah baru berdempetan di bantaran, belum kumuh "
        "tapi arahnya ke sana. Mencegahnya itu tugas siapa, bisa minta bantuan provinsi?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Kami mau program supaya perumahan baru di Kecamatan Jekan Raya tidak berubah jadi "
        "kumuh: pengawasan bangunan dan sosialisasi warga. Anggarannya bisa dari provinsi atau "
        "memang urusan kota?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Rumah-rumah di Desa Bahaur makin bajejel, balum kumuh pang, tapi ulun handak mencegah "
        "dari wayah ini. Pencegahan kumuh tu gawian siapa?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Desa Sumber Alaska belum masuk SK kumuh tapi sanitasinya mulai buruk. Kalau mau dicegah "
        "dari sekarang, usulannya ke kabupaten sendiri atau ke provinsi?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "Kami mau susun Renja bidang perumahan Gunung Mas. Di sub-urusan perumahan, apa saja "
        "yang bagian provinsi dan apa yang bagian kabupaten?",
        "kewenangan.perumahan",
    ),
    (
        "Seksi perumahan di dinas kami di Barito Selatan mau dibagi tugas. Menurut UU 23/2014, "
        "kegiatan perumahan apa saja yang memang kewenangan kabupaten?",
        "kewenangan.perumahan",
    ),
    (
        "Urusan perumahan nang jadi gawian provinsi tu napa haja? Ulun handak tahu supaya kada "
        "salah mengusulkan dari Kotim.",
        "kewenangan.perumahan",
    ),
    (
        "Tahun ini masuk tiga permintaan: rumah korban puting beliung, izin perumahan "
        "pengembang, sertifikat bangunan rusun. Di urusan perumahan, masing-masing itu pegangan "
        "siapa?",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "Ada sekitar 80 KK buruh harian di Kecamatan Parenggean belum punya rumah sendiri, "
        "gajinya kecil. Kalau mau dibangunkan perumahan murah, itu urusan siapa?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Pemkab Kobar ingin ada rumah susun sewa untuk pekerja pelabuhan di Kumai. Bisa "
        "diusulkan ke provinsi, atau pusat yang membangun?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Urang bepenghasilan rendah di Tamiang Layang banyak nang kadada rumah. Penyediaan rumah "
        "gasan bubuhannya tu gawian pusat kah provinsi?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Who runs housing finance for low-income honorary staff in Kuala Kurun, like subsidised "
        "mortgages: the regency, the province or the centre?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "Banjir awal tahun merusak 45 rumah di Desa Teluk Betung, Karau Kuala. Perbaikan "
        "rumahnya ditangani kabupaten atau bisa minta provinsi?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Kebakaran di Kelurahan Mendawai, Pangkalan Bun menghanguskan 23 rumah dan sudah "
        "ditetapkan bencana tingkat provinsi. Siapa yang wajib membangun ulang rumahnya?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Ada 60 KK yang harus pindah karena lahannya kena proyek provinsi di Kecamatan Rungan. "
        "Rumah pengganti mereka jadi tanggung jawab siapa?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Riverbank erosion in Tumbang Lahung pushed 18 families out of their homes and the "
        "regent declared it a regency disaster. Who has to provide their new houses?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "Pengembang mau bangun 150 unit rumah di Kelurahan Kalampangan. Izin pembangunan "
        "perumahannya diurus ke kota atau ke provinsi?",
        "kewenangan.izin",
    ),
    (
        "Penghuni rusun di Sampit minta sertifikat kepemilikan atas unit bangunannya. Yang "
        "menerbitkan itu siapa?",
        "kewenangan.izin",
    ),
    (
        "Ada pengembang handak membuka kawasan permukiman hanyar di Tangkiling, izinnya ka mana? "
        "Ka provinsi kah?",
        "kewenangan.izin",
    ),
    (
        "A developer wants a permit for a 20-hectare settlement area near Pangkalan Bun. Which "
        "level of government issues it?",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "Sub-urusan kawasan permukiman di provinsi isinya apa saja? Selain kumuh 10 sampai di "
        "bawah 15 ha, ada tugas lain?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Dalam pembagian urusan kawasan permukiman, kabupaten pegang apa, provinsi pegang apa, "
        "pusat pegang apa? Untuk bahan Renstra dinas kami di Pulpis.",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Gawian kawasan permukiman tu dibagi kaya apa antara kabupaten wan provinsi? Ulun handak "
        "menyusun program gasan Kecamatan Maliku.",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Siapa yang menetapkan sistem kawasan permukiman secara nasional, dan apa yang tersisa "
        "untuk daerah di bidang kawasan permukiman?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "Jalan di dalam perumahan pengembang di Kelurahan Baamang Tengah rusak parah, "
        "pengembangnya sudah tidak ada. Perbaikannya bisa minta provinsi?",
        "kewenangan.psu",
    ),
    (
        "Bedanya PSU permukiman sama PSU perumahan apa? Kami mau usul jalan di kampung nelayan "
        "Desa Sungai Cabang Barat, masuk yang mana?",
        "kewenangan.psu",
    ),
    (
        "Saluran banyu di kompleks perumahan BTN di Buntok tasumbat, banyu naik tiap hujan. Itu "
        "gawian kabupaten kah provinsi?",
        "kewenangan.psu",
    ),
    (
        "Who looks after roads and drains inside a private housing estate in Palangka Raya, and "
        "who handles them in an ordinary village settlement?",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "Jalan antar rumah warga di Desa Tumbang Tambirah becek tiap hujan, panjangnya kira-kira "
        "750 meter. Pekerjaan begini bisa dikerjakan Disperkimtan?",
        "psu.lingkup_provinsi",
    ),
    (
        "Parit di sepanjang jalan kabupaten di Kuala Kurun mau kami usulkan ke provinsi. Bisa "
        "tidak?",
        "psu.lingkup_provinsi",
    ),
    (
        "Selain jalan lingkungan dan drainase, provinsi bisa bangunkan balai warga atau lampu "
        "jalan di Kelurahan Panarung?",
        "psu.lingkup_provinsi",
    ),
    (
        "Gang di Desa Pantik masih tanah haja, mun hujan bacek banar. Provinsi kawa kah "
        "membangun jalan kaya itu di desa, kada di kota haja?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "Konsultan perencana lokal di Sampit mau disertifikasi sebagai perancang rumah dan PSU. "
        "Daftarnya ke kabupaten atau provinsi?",
        "kewenangan.sertifikasi",
    ),
    (
        "CV kami di Kasongan biasa menggambar rumah tipe kecil. Registrasi perancangnya siapa "
        "yang berwenang?",
        "kewenangan.sertifikasi",
    ),
    (
        "Untuk badan usaha perencana PSU dengan kemampuan menengah, sertifikasi dan "
        "registrasinya di tingkat mana?",
        "kewenangan.sertifikasi",
    ),
    (
        "A firm in Pangkalan Bun designs large housing estates. Who certifies and registers "
        "planners at that capability level?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        "Kami sedang isi laporan SPM perumahan Kapuas: 30 rumah korban banjir sudah dibangun "
        "lagi. Indikator dan targetnya apa?",
        "kewenangan.spm",
    ),
    (
        "Jenis layanan dasar di SPM perumahan rakyat apa saja untuk provinsi dan untuk "
        "kabupaten? Targetnya berapa persen?",
        "kewenangan.spm",
    ),
    (
        "Ulun disuruh Sekda menghitung capaian SPM perumahan, kebetulan tahun ini ada 12 rumah "
        "tebakar di Desa Kalamus. Kaya apa menghitungnya, targetnya berapa?",
        "kewenangan.spm",
    ),
    (
        "Under the housing minimum service standard, what must the province deliver for people "
        "moved by a provincial programme, and what's the target?",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "Desa Sei Hambawang luasnya 300 ha, yang kumuh cuma sekitar RT 3 dan RT 4. Untuk "
        "menentukan kewenangan, luas yang dipakai yang mana?",
        "kumuh.luas_delineasi",
    ),
    (
        "SK kumuh kami menulis 11 ha untuk lokasi Panamas, tapi hasil ukur ulang di lapangan "
        "cuma 9 ha. Yang dipakai angka mana?",
        "kumuh.luas_delineasi",
    ),
    (
        "Luas kumuh tu diukur kaya apa, sakalurahan kah atau batas nang digambar di peta SK haja?",
        "kumuh.luas_delineasi",
    ),
    (
        "Ketapang kelurahan covers 450 ha but only a riverside strip is slum. Which area counts "
        "when deciding whether the province can step in?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    (
        "Kampung di bantaran Sungai Mentaya di Kelurahan Mentaya Seberang belum pernah "
        "ditetapkan kumuh. Siapa yang menetapkan dan prosesnya bagaimana?",
        "kumuh.penetapan",
    ),
    (
        "Bisa tidak Gubernur yang mengeluarkan keputusan lokasi kumuh untuk desa-desa di Barito "
        "Utara? Bupati kami belum menetapkan.",
        "kumuh.penetapan",
    ),
    (
        "Keputusan Bupati Katingan soal lokasi kumuh terakhir dibuat 2017. Menurut aturan, harus "
        "ditinjau ulang berapa tahun sekali?",
        "kumuh.penetapan",
    ),
    (
        "What must come with a regency's slum decree: only the list of locations, or a "
        "distribution map as well?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    (
        "Di Kelurahan Mendawai warga masih ambil air sungai, sampah dibuang ke sungai, tidak ada "
        "hidran. Hal-hal begini masuk kriteria kumuh?",
        "kumuh.aspek",
    ),
    (
        "Tim kami mau survei kekumuhan di Desa Kubu minggu depan. Aspek apa saja yang harus "
        "dinilai?",
        "kumuh.aspek",
    ),
    (
        "Napa haja nang dinilai gasan menentukan kampung tu kumuh kah kada? Ulun handak turun ka "
        "lapangan di Kelurahan Raja.",
        "kumuh.aspek",
    ),
    (
        "When we assess a riverside settlement in Kuala Pembuang for slum status, which aspects "
        "do we score?",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    (
        "Hasil penilaian kawasan Murung Keramat skor totalnya 64. Itu masuk kategori apa?",
        "kumuh.penilaian",
    ),
    (
        "Skor kumuh itu dihitung bagaimana? Tiap kriteria nilainya berapa, maksimalnya berapa?",
        "kumuh.penilaian",
    ),
    (
        "Di lokasi kami di Desa Tempayung sekitar 80 persen rumah tidak teratur. Untuk kriteria "
        "keteraturan bangunan dapat nilai berapa?",
        "kumuh.penilaian",
    ),
    (
        "Nilai kumuh di Kelurahan Pahandut 71, berarti kumuh berat kah? Batasnya mulai berapa?",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    (
        "Lokasi Desa Sungai Tendang skor kumuhnya 42. Masuk sedang atau ringan?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Skor 25 itu kumuh ringan kan? Batas bawah dan atasnya berapa?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Rentang nilai kumuh sedang itu dari berapa sampai berapa? Laporan konsultan untuk "
        "Kelurahan Candi tidak menjelaskan.",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Hasil skor di Kelurahan Sidorejo cuma 14, itu kumuh ringan kah atau kada tamasuk kumuh?",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        "Warga tinggal di atas tanah sempadan sungai di Kelurahan Dahirang, bukan tanah hak "
        "mereka, kumuhnya berat. Penanganannya harus bagaimana?",
        "kumuh.pola_penanganan",
    ),
    (
        "Lokasi kumuh ringan di Desa Tampelas, tanahnya bersertifikat milik warga. Cara "
        "penanganan yang cocok apa?",
        "kumuh.pola_penanganan",
    ),
    (
        "Apa bedanya pemugaran dengan peremajaan? Kami mau pilih untuk kawasan kumuh sedang di "
        "Kelurahan Jelapat.",
        "kumuh.pola_penanganan",
    ),
    (
        "A heavy slum in Kota Besi Hilir sits on a flood-prone site. Do we upgrade it in place "
        "or move the residents?",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    (
        "Berapa jumlah lokasi kumuh di seluruh Kalteng dan total luasnya? Buat bahan paparan "
        "Kadis minggu depan.",
        "kumuh.kalteng",
    ),
    (
        "Kabupaten mana yang lokasi kumuhnya paling banyak di Kalteng? Kapuas ya? Yang paling "
        "sedikit mana?",
        "kumuh.kalteng",
    ),
    ("Kumuh di Kalteng ni kebanyakan di wadah napa? Pinggir sungai kah?", "kumuh.kalteng"),
    (
        "Tahun 2024 provinsi pernah menangani kumuh 10-15 ha di kabupaten mana saja? Mau kami "
        "jadikan contoh.",
        "kumuh.kalteng",
    ),
    # usulan.isi
    (
        "Kami mau usul perbaikan jalan dan saluran air di Desa Jemaras tahun depan. Usulannya "
        "harus memuat apa saja?",
        "usulan.isi",
    ),
    (
        "Kenapa usulan ke provinsi harus detail, sampai jumlah KK dan koordinat segala? Bukannya "
        "cukup surat Bupati?",
        "usulan.isi",
    ),
    (
        "Ulun handak membuat usulan gasan Kelurahan Kurun, isinya napa haja nang wajib ditulis?",
        "usulan.isi",
    ),
    (
        "What should a proposal to the province contain, item by item, for a drainage job in "
        "Puruk Cahu?",
        "usulan.isi",
    ),
    # usulan.jenis
    (
        "Daftar kebutuhan kami: perbaikan 30 rumah reyot, jalan gang 1 km, penataan kumuh 11 ha, "
        "dan TPS. Mana yang bisa jadi usulan ke provinsi dan masuk jenis apa?",
        "usulan.jenis",
    ),
    (
        "Usulan ke provinsi itu jenisnya apa saja? Ada pilihan 'lainnya' kalau kegiatan kami "
        "tidak cocok?",
        "usulan.jenis",
    ),
    (
        "Kawa kah mengusulkan rumah gasan korban kebakaran lewat provinsi? Jenis usulan napa "
        "haja nang ditarima?",
        "usulan.jenis",
    ),
    (
        "Selain penataan kumuh, usulan macam apa lagi yang bisa dikirim Gunung Mas ke provinsi?",
        "usulan.jenis",
    ),
    # usulan.lokasi
    (
        "Untuk lokasi usulan jalan di Desa Tumbang Malahoi, cukup nama desa atau perlu titik "
        "koordinat dan luas juga?",
        "usulan.lokasi",
    ),
    (
        "Nama lokasi di usulan harus sama persis dengan di SK kumuh? Di SK tertulis 'Kawasan "
        "Tepian Mentaya'.",
        "usulan.lokasi",
    ),
    (
        "Di usulan perlu ditulis lokasinya perkotaan atau perdesaan? Kelurahan Kasongan Lama "
        "kami anggap kota.",
        "usulan.lokasi",
    ),
    (
        "What location details does the province need for a proposal in Tewang Rangkang: "
        "district, village, coordinates, area?",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    (
        "Penerima manfaat jalan di Desa Amin Jaya 120 KK, sekitar 430 jiwa. Yang ditulis KK, "
        "jiwa, atau dua-duanya?",
        "usulan.penerima_biaya",
    ),
    (
        "Perkiraan biaya saluran 600 meter kami Rp 850 juta. Sumber dananya tulis APBD provinsi "
        "saja, atau boleh kombinasi dengan APBD kabupaten?",
        "usulan.penerima_biaya",
    ),
    (
        "Biaya usulan ulun kira-kira 1,2 M, kaya apa menulis sumber dananya? Kabupaten kawa jua "
        "urun dana kah?",
        "usulan.penerima_biaya",
    ),
    (
        "How should we state beneficiaries and cost for a road in Nanga Bulik serving 95 "
        "households, and which funding sources can we name?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    (
        "Usulan jalan 600 m di Desa Talangkah: apa saja yang harus kami siapkan supaya dianggap "
        "siap dikerjakan?",
        "usulan.kesiapan",
    ),
    (
        "Untuk usulan PSU drainase di Kelurahan Langkai, kelengkapan kesiapan apa saja yang "
        "dicek provinsi?",
        "usulan.kesiapan",
    ),
    (
        "Dokumen kesiapan usulan tu napa haja? Ulun takutan usulan Desa Majundre dianggap kada "
        "siap.",
        "usulan.kesiapan",
    ),
    (
        "Usulan kami dari Tamiang Layang sering dinilai belum siap. Sebenarnya kriteria "
        "kesiapannya apa saja?",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    (
        "Lahan untuk jalan di Desa Lalang belum bersertifikat, baru hibah lisan dari warga. Bisa "
        "tetap diusulkan?",
        "usulan.lahan",
    ),
    (
        "Lahan kami di Kelurahan Sabaru bersertifikat tapi masih sengketa batas dengan tetangga. "
        "Masih memenuhi syarat lahan untuk usulan?",
        "usulan.lahan",
    ),
    (
        "Tanah gasan parit di Desa Badirih masih tanah warga, kadada sertipikat, cuma SKT. Kawa "
        "kah diusulkan ka provinsi?",
        "usulan.lahan",
    ),
    (
        "The land for our drain in Kuala Kapuas is village land with no title, and part of it "
        "doesn't fit the spatial plan. Is that a problem?",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    (
        "SK kumuhnya dari 2019. Masih bisa dipakai untuk usulan penataan kumuh 12 ha di "
        "Kelurahan Selat Tengah?",
        "usulan.sk_kumuh",
    ),
    (
        "Lokasi kumuh di Kelurahan Barimba luasnya 11 ha tapi tidak tercantum di SK kumuh "
        "Bupati. Usulannya tetap bisa diproses?",
        "usulan.sk_kumuh",
    ),
    (
        "Usulan kumuh ulun musti mencantumkan nomor wan tanggal SK kumuh kah? SK-nya hanyar "
        "tahun 2023.",
        "usulan.sk_kumuh",
    ),
    (
        "For a slum-upgrading proposal, what details of the slum decree do we have to give, and "
        "does its age matter?",
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    (
        "Gambar teknis untuk saluran di Desa Pendreh belum ada, hitungan biayanya baru perkiraan "
        "kasar. Usulan tetap bisa masuk?",
        "usulan.dokumen_teknis",
    ),
    (
        "Foto kondisi sekarang berapa banyak yang perlu dilampirkan? Jalan di Kelurahan Jingah "
        "rusak sepanjang 400 m.",
        "usulan.dokumen_teknis",
    ),
    (
        "Site plan dan RKS wajib dilampirkan untuk usulan jalan lingkungan 300 meter? Kami di "
        "Sukamara belum punya.",
        "usulan.dokumen_teknis",
    ),
    (
        "DED wan RAB musti ulun siapkan dulu kah sebelum mengusulkan jalan di Desa Kenawan?",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        "Surat pernyataan kesediaan menerima hibah dan memelihara aset itu yang tanda tangan "
        "siapa? Kadis atau Bupati?",
        "usulan.surat_pernyataan",
    ),
    (
        "Provinsi minta surat pernyataan sanggup merawat untuk usulan drainase di Kelurahan "
        "Panarung. Isinya apa?",
        "usulan.surat_pernyataan",
    ),
    (
        "Kenapa ulun disuruh membuat surat kesanggupan memelihara jalan nang dibangun provinsi? "
        "Kada kawa kah kadada surat nangitu?",
        "usulan.surat_pernyataan",
    ),
    (
        "Untuk usulan jalan 400 m di Desa Tahawa, perlu surat pernyataan apa saja dari pemkab "
        "selain surat usulan Bupati?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    (
        "Ada 25 rumah reyot di Desa Tangkum, tanahnya milik sendiri tapi cuma SKT. Bisa "
        "diusulkan perbaikannya ke provinsi?",
        "usulan.rtlh",
    ),
    (
        "Warga Desa Bakungin minta dibangunkan rumah baru di lahan kosong lewat program rumah "
        "tidak layak huni provinsi. Boleh?",
        "usulan.rtlh",
    ),
    (
        "Penerima bantuan perbaikan rumah dari provinsi nanti siapa yang menetapkan? Kami sudah "
        "punya data 40 KK di Kecamatan Timpah.",
        "usulan.rtlh",
    ),
    (
        "Rumah warga di Desa Pamait sudah handak roboh, tapi tanahnya numpang di tanah keluarga. "
        "Kawa kah dapat bantuan perbaikan rumah dari provinsi?",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "Warga RT 05 Kelurahan Kalampangan bikin proposal sendiri minta semenisasi gang 250 m. "
        "Bisa langsung dikirim ke provinsi?",
        "usulan.psu_masyarakat",
    ),
    (
        "Ketua RT di Desa Rasau Tumbuh datang bawa permintaan saluran air dari warga. Syaratnya "
        "apa supaya bisa ditindaklanjuti?",
        "usulan.psu_masyarakat",
    ),
    (
        "Bubuhan warga di Kelurahan Pasar Panas handak minta jalan lingkungan ka provinsi, musti "
        "diketahui siapa haja?",
        "usulan.psu_masyarakat",
    ),
    (
        "Ada proposal warga Tumbang Rungan berisi tanda tangan 70 orang minta jalan lingkungan. "
        "Apakah permintaan masyarakat begini bisa sampai ke provinsi?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "Jalan beton yang dibangun provinsi tahun lalu di Desa Keraya sudah retak-retak. Siapa "
        "yang harus memperbaiki sekarang?",
        "hibah.aset",
    ),
    (
        "Berita acara serah terima drainase provinsi di Kelurahan Madurejo belum kami "
        "tandatangani. Siapa yang mestinya teken dan apa akibatnya kalau tertunda?",
        "hibah.aset",
    ),
    (
        "Jalan nang dibangun provinsi di Kelurahan Hilir Seper tu jadi milik siapa amun sudah "
        "tuntung? Musti dicatat di aset kabupaten kah?",
        "hibah.aset",
    ),
    (
        "After the province finishes a drain on our land in Ampah Kota, how is it handed over to "
        "the regency and who maintains it?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "Kumuh di Desa Luwuk Bunter cuma 6 ha, jadi bukan provinsi. Dananya bisa dicari dari "
        "mana saja?",
        "pendanaan.saluran_lain",
    ),
    (
        "Kawasan 25 ha di Kuala Kapuas katanya kewenangan pusat. Kami ajukan dananya lewat "
        "program apa, DAK?",
        "pendanaan.saluran_lain",
    ),
    (
        "Jalan di dalam perumahan BTN kada kawa ditangani provinsi. Duitnya dari mana lagi? CSR "
        "kawa kah?",
        "pendanaan.saluran_lain",
    ),
    (
        "If our proposal isn't the province's job, which other funding routes should we try: "
        "regency budget, DAK, village funds, CSR?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        "Usulan yang kami kirim tahun ini dibangunnya tahun berapa? Alurnya dari usulan sampai "
        "pelaksanaan bagaimana?",
        "siklus.tahunan",
    ),
    (
        "Kami mau susun jadwal kerja bidang perkim Kotim. Siklus usulan ke provinsi dalam "
        "setahun itu tahapannya apa saja?",
        "siklus.tahunan",
    ),
    (
        "Mun ulun mengusulkan wayah ini, kapan kira-kira dibangun? Tahun depan kah?",
        "siklus.tahunan",
    ),
    (
        "Urutan dari kabupaten menyiapkan usulan, provinsi memeriksa, Rakor, sampai aset "
        "diserahkan itu gimana?",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    (
        "Usulan drainase Desa Didi nanti dicek apa saja oleh provinsi? Ada survei ke lapangan?",
        "siklus.pemeriksaan",
    ),
    (
        "Provinsi menilai usulan dari sisi apa saja: kelengkapan, teknis, kewenangan? Kami mau "
        "siapkan dari awal.",
        "siklus.pemeriksaan",
    ),
    (
        "Kaya apa provinsi memeriksa usulan ulun? Ada tim nang turun ka Kelurahan Tewah kah?",
        "siklus.pemeriksaan",
    ),
    (
        "Sebelum usulan dibawa ke Rakor, provinsi memeriksa apa saja? Kami tidak mau usulan "
        "jalan Desa Walur terhambat.",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    ("Rakor kawasan permukiman itu acara apa sebenarnya? Kabupaten wajib datang?", "siklus.rakor"),
    (
        "Apa yang dibahas di Rakor tiap tahun? Usulan kami dari Seruyan ikut dibawa ke sana?",
        "siklus.rakor",
    ),
    (
        "Gasan napa Rakor Bidang Kawasan Permukiman tu? Ulun musti membawa napa haja?",
        "siklus.rakor",
    ),
    (
        "What happens at the annual Rakor on settlement areas, and who attends from the regencies?",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    (
        "Usulan kami sudah dibahas di Rakor. Setelah itu masuk ke mana sampai jadi anggaran?",
        "siklus.rkpd_apbd",
    ),
    (
        "Hubungan Rakor dengan Musrenbang provinsi apa? Usulan yang lolos Rakor otomatis masuk "
        "RKPD?",
        "siklus.rkpd_apbd",
    ),
    ("Sudah disetujui di Rakor, kapan duitnya tasedia di APBD provinsi?", "siklus.rkpd_apbd"),
    (
        "Once a proposal clears the Rakor, how does it get into the provincial plan and budget?",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    (
        "Bupati Lamandau minta kami membentuk Pokja PKP. Anggotanya siapa saja dan dasar "
        "hukumnya apa?",
        "koordinasi.pokja_pkp",
    ),
    (
        "SK Pokja PKP kabupaten kami sudah habis. Pokja itu perannya apa, perlu dibentuk ulang?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Pokja PKP di Barito Timur handak diaktifkan pulang. Gawiannya napa haja?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Kelompok kerja perumahan dan permukiman di kabupaten kami cuma ada di atas kertas. "
        "Sebenarnya apa tugasnya dan siapa yang memimpin?",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    (
        "Kalau mau antar dokumen usulan fisik ke Disperkimtan Provinsi, alamat kantornya di mana?",
        "disperkimtan.kontak",
    ),
    ("Disperkimtan Kalteng punya website resmi? Mau cek pengumuman.", "disperkimtan.kontak"),
    (
        "Kantor Disperkimtan provinsi tu di jalan napa? Ulun handak ka sana hari Senin.",
        "disperkimtan.kontak",
    ),
    (
        "Nama lengkap dinas provinsi yang mengurus perumahan dan permukiman apa? Mau ditulis di "
        "kop surat usulan kami.",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    ("Perintah apa saja yang ada di bot ini? Saya baru didaftarkan.", "bot.cara_pakai"),
    (
        "Jam yang muncul di bot ini WIB atau WITA? Saya sering tugas ke Banjarmasin.",
        "bot.cara_pakai",
    ),
    ("Kaya apa memakai bot ini, pian? Ulun kada tahu perintahnya.", "bot.cara_pakai"),
    ("Can I use this bot in English, and which commands are there?", "bot.cara_pakai"),
    # bot.usul
    ("Mau kirim usulan jalan Desa Jalemu Raya lewat bot, mulainya dari mana?", "bot.usul"),
    (
        "Waktu isi formulir /usul, foto bisa dikirim berapa banyak? File PDF gambar teknis bisa "
        "dilampirkan?",
        "bot.usul",
    ),
    (
        "Formulir usulan ulun hanyar satangah diisi, sinyal putus. Kawa kah dilanjutkan?",
        "bot.usul",
    ),
    (
        "Bisa salin usulan tahun lalu untuk lokasi yang sama di Kelurahan Bereng, atau harus isi "
        "ulang dari awal?",
        "bot.usul",
    ),
    # bot.status
    ("Usulan kami statusnya 'perlu perbaikan', artinya apa dan harus bagaimana?", "bot.status"),
    ("Status 'dibahas di Rakor' itu berarti sudah disetujui?", "bot.status"),
    ("Usulan ulun statusnya 'verifikasi', maksudnya kaya apa?", "bot.status"),
    ("Urutan status usulan di bot ini apa saja, dari diajukan sampai disetujui?", "bot.status"),
    # bot.ditolak_dialihkan
    (
        "Usulan kumuh 7 ha kami dari Desa Hingan ditolak, alasannya bukan kewenangan provinsi. "
        "Terus kami harus bagaimana?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Usulan jalan kami dialihkan ke APBD kabupaten. Maksudnya apa, masih bisa diajukan lagi?",
        "bot.ditolak_dialihkan",
    ),
    ("Usulan ulun ditolak, kawa kah diajukan ulang tahun depan?", "bot.ditolak_dialihkan"),
    (
        "Our drainage proposal was marked as redirected to DAK. What should we do now?",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    (
        "Sudah seminggu usulan kami masih 'diajukan', belum ada tanggapan. Standarnya berapa hari?",
        "bot.tindak_lanjut",
    ),
    (
        "Ada batas waktu provinsi menanggapi usulan yang masuk? Saya dengar mengacu ke LAPOR.",
        "bot.tindak_lanjut",
    ),
    (
        "Lawas banar usulan ulun kada ditanggapi, sudah 5 hari kerja. Biasanya berapa hari?",
        "bot.tindak_lanjut",
    ),
    (
        "Apakah tiga hari kerja untuk verifikasi itu aturan resmi Disperkimtan atau cuma standar "
        "bot?",
        "bot.tindak_lanjut",
    ),
    # bot.rapat
    (
        "Saya dapat undangan rapat di bot tapi tanggal itu ada dinas luar. Bisa diwakilkan staf?",
        "bot.rapat",
    ),
    ("Bot kirim pengingat rapat kapan saja? Saya takut lupa.", "bot.rapat"),
    (
        "Ulun kada kawa hadir di rapat nang diundang lewat bot, kaya apa menyampaikannya?",
        "bot.rapat",
    ),
    (
        "Bagaimana cara konfirmasi hadir untuk undangan rapat yang masuk lewat bot ini?",
        "bot.rapat",
    ),
    # glossary terms (istilah.*): what a term means or stands for
    (
        "Di papan nama dinas kami di Kasongan tertulis 'Dinas Perkim'. Ada warga tanya, Perkim "
        "itu kepanjangannya apa?",
        "istilah.perkim",
    ),
    (
        "Disperkimtan itu singkatan dari apa ya? Mau ditulis lengkap di surat Bupati.",
        "istilah.disperkimtan",
    ),
    (
        "Kepala Desa Tewang Tampang tanya, PSU yang sering saya sebut di rapat desa itu apa sih?",
        "istilah.psu",
    ),
    (
        "Di notulen rapat ada tulisan 'jaling 500 m Desa Hingan'. Jaling itu maksudnya apa?",
        "istilah.jaling",
    ),
    ("Drainase lingkungan tu napa maksudnya, pian? Parit di gang kah?", "istilah.drainase"),
    (
        "Di tabel lampiran SK kumuh Kobar ada kolom tingkat isinya 'KR'. Itu artinya apa?",
        "istilah.kr",
    ),
    ("Kode KS di daftar lokasi kumuh Kapuas itu singkatan dari apa?", "istilah.ks"),
    ("In the slum list for Sampit some rows are marked KB. What does KB stand for?", "istilah.kb"),
    (
        "Camat Pulau Petak bertanya, yang disebut SK kumuh itu surat apa persisnya?",
        "istilah.skkumuh",
    ),
    (
        "Konsultan bilang peta delineasi lokasi kumuh Kelurahan Panamas belum ada. Delineasi itu "
        "apa?",
        "istilah.delineasi",
    ),
    ("RTLH kepanjangannya apa? Mau saya jelaskan ke perangkat Desa Nuangan.", "istilah.rtlh"),
    ("Di laporan provinsi ada target 'RTLH menjadi RLH'. RLH itu apa?", "istilah.rlh"),
    (
        "Warga di Desa Patung rajin betakon soal 'bedah rumah'. Napa artinya bedah rumah tu?",
        "istilah.bedahrumah",
    ),
    (
        "BSPS yang disebut di sosialisasi kemarin itu singkatan dari apa, program apa?",
        "istilah.bsps",
    ),
    ("Di juknis tertulis sasarannya MBR. MBR itu maksudnya siapa?", "istilah.mbr"),
    ("Rusunawa di Palangka Raya itu kepanjangannya apa?", "istilah.rusunawa"),
    ("Ada istilah rusus di dokumen Renstra kami, itu maksudnya rumah apa?", "istilah.rusus"),
    (
        "Setelah banjir di Desa Teluk Palinget ada wacana dibangun huntara. Huntara itu apa?",
        "istilah.huntara",
    ),
    (
        "After the flood the ministry mentioned a huntap for the victims. What is a huntap?",
        "istilah.huntap",
    ),
    (
        "KK di kolom penerima manfaat itu maksudnya kepala keluarga ya? Satu KK itu satu keluarga?",
        "istilah.kk",
    ),
    (
        "Formulir minta isian jumlah jiwa. Jiwa itu maksudnya jumlah orang, termasuk anak-anak?",
        "istilah.jiwa",
    ),
    ("Satuan 'ha' di SK kumuh itu hektare kan? 1 ha itu berapa meter persegi?", "istilah.ha"),
    ("DED itu singkatan apa? Kabid kami bilang usulan harus ada DED-nya.", "istilah.ded"),
    ("RAB tu napa, pian? Ulun hanyar di bidang ini.", "istilah.rab"),
    ("RKS yang diminta di dokumen teknis itu kepanjangannya apa?", "istilah.rks"),
    ("KAK untuk konsultan perencana itu apa? Sama dengan TOR?", "istilah.kak"),
    ("Site plan itu maksudnya gambar yang seperti apa?", "istilah.siteplan"),
    ("Orang balai sering tanya 'RC-nya sudah lengkap belum'. RC itu apa?", "istilah.rc"),
    ("BAST di surat dari provinsi itu singkatan dari apa?", "istilah.bast"),
    (
        "Kata 'hibah' di surat provinsi soal jalan yang sudah jadi itu artinya apa? Diberikan "
        "begitu?",
        "istilah.hibah",
    ),
    ("BMD itu apa? Bagian aset minta jalan yang diserahkan dicatat sebagai BMD.", "istilah.bmd"),
    (
        "What does BMN mean? The ministry's handover letter calls the road in Kuala Kurun BMN.",
        "istilah.bmn",
    ),
    ("O&P di surat pernyataan itu kepanjangannya apa?", "istilah.op"),
    ("SPM yang diminta laporannya oleh Sekda itu singkatan dari apa?", "istilah.spm"),
    ("Pokja PKP itu kepanjangannya apa?", "istilah.pokjapkp"),
    (
        "Ada undangan rapat Pokja PPAS dari Bapperida. PPAS di situ artinya apa?",
        "istilah.pokjappas",
    ),
    ("Pokja AMPL tu napa kepanjangannya? Di Bartim masih ada SK-nya.", "istilah.pokjaampl"),
    ("RP3KP yang disebut-sebut Bappeda itu dokumen apa?", "istilah.rp3kp"),
    ("What is an RP2KPKP? A DAK checklist we got asks for one.", "istilah.rp2kpkp"),
    ("KOTAKU itu program apa? Dulu katanya pernah ada di Kelurahan Panarung.", "istilah.kotaku"),
]
