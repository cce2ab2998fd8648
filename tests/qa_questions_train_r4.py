"""Training table R4 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Style: the boundary again (a second table of pairs, after R1): each topic question beside a
near-domain one no topic answers, this time also asking the bot to do what it cannot
(approve, fill in, sign, send a file, call someone), for an opinion or a prediction, about a
specific past event or document, or about neighbouring agencies (PDAM, PLN, BPN, BPBD, Dana
Desa, Bansos); formal letters, long situations, terse phone messages, Banjar-flavoured, code-
switching, one in six in English.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R4_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "Kepada Yth. Kepala Disperkimtan Provinsi Kalimantan Tengah. Dengan hormat, "
        "bersama ini kami mohon penjelasan ringkas mengenai pembagian urusan perumahan "
        "dan kawasan permukiman antara Pemerintah Pusat, Provinsi dan Kabupaten/Kota, "
        "sebagai bahan orientasi pegawai baru di dinas kami.",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "Pak, perkim ini statusnya urusan wajib pelayanan dasar atau bukan sih? Saya "
        "butuh dasar hukumnya buat argue ke TAPD supaya pagu kami tidak dipangkas.",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "Pian, kaya apa pembagian urusan kawasan kumuh menurut luasnya tu? Ulun masih "
        "bingung, mana bagian kabupaten, mana bagian provinsi, mana bagian pusat.",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh
    (
        "Is responsibility for slum upgrading split between the regency and the "
        "province by the size of the area, or by how severe the slum is?",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "Di SK kumuh kami ada satu kawasan tepian sungai yang delineasinya jauh "
        "melewati batas kewenangan provinsi, sampai puluhan hektare. Untuk kawasan "
        "sebesar itu sebenarnya siapa yang berwenang, dan apa perlu kami tetap "
        "usulkan ke provinsi?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    ("pencegahan kumuh itu tugas siapa? prov ikut gak", "kewenangan.pencegahan_kumuh"),
    # kewenangan.perumahan
    (
        "Dengan hormat, sehubungan dengan penyusunan Renstra Dinas Perkim Kabupaten "
        "Pulang Pisau, kami mohon penjelasan mengenai kewenangan Provinsi dan "
        "Kabupaten/Kota pada sub-urusan perumahan sebagaimana diatur dalam UU 23/2014.",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "Program rumah untuk MBR dan pembangunan rusun itu basically domain pusat ya? "
        "Provinsi sama kabupaten masih ada perannya gak?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "Bulan lalu banjir besar merendam beberapa desa di Kecamatan Mantangai dan "
        "puluhan rumah warga rusak berat. Untuk penyediaan dan rehabilitasi rumah "
        "korban bencana seperti ini, yang bertanggung jawab kabupaten atau provinsi?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.bencana_relokasi
    (
        "If the province relocates families to make way for one of its own projects, "
        "which level of government has to provide their new homes?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "Izin pembangunan perumahan lawan SKBG tu diterbitakan siapa, provinsi kah "
        "kabupaten? Ada developer nang batakun ka kantor ulun.",
        "kewenangan.izin",
    ),
    # kewenangan.izin / kewenangan.kawasan_permukiman
    (
        "Who issues the permit to build and develop a settlement area, the province "
        "or the regency?",
        ("kewenangan.izin", "kewenangan.kawasan_permukiman"),
    ),
    # kewenangan.kawasan_permukiman
    (
        "Untuk sub-urusan kawasan permukiman, scope provinsi itu apa saja dan yang "
        "tetap di kabupaten apa? Saya perlu mapping-nya untuk Renja.",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "psu perumahan vs psu permukiman bedanya apa, siapa yg pegang masing2?",
        "kewenangan.psu",
    ),
    # kewenangan.psu
    (
        "Jalan di dalam kompleks perumahan developer itu masuk PSU perumahan yang "
        "urusan kabupaten ya, bukan PSU provinsi? Just to make sure sebelum kami "
        "jawab usulan warga.",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "Di desa kami jalan gangnya masih tanah dan saluran airnya sering meluap waktu "
        "hujan, sehingga rumah warga sering tergenang. Apakah jalan dan drainase "
        "lingkungan semacam itu termasuk yang dibangun Disperkimtan provinsi, atau "
        "ada batasannya?",
        "psu.lingkup_provinsi",
    ),
    # psu.lingkup_provinsi
    (
        "Kalau lokasinya di desa, bukan di perkotaan, jaling dan drainase-nya masih "
        "eligible untuk PSU provinsi kah?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "Dengan hormat, mohon penjelasan pembagian kewenangan sertifikasi dan "
        "registrasi bagi orang atau badan usaha perancang rumah serta perencana PSU, "
        "menurut tingkat kemampuannya.",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        "SPM perumahan tu napa haja isinya gasan provinsi? Targetnya saratus persen kah?",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "Luas desa kami ratusan hektare, tapi yang ditetapkan di SK kumuh hanya "
        "sebagian permukiman di bantaran sungai. Untuk menentukan siapa yang berwenang, "
        "luas mana yang dipakai: luas desa seluruhnya atau luas kawasan hasil "
        "delineasi di SK?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    ("sk kumuh yg netapin siapa? brp thn sekali hrs direviu?", "kumuh.penetapan"),
    # kumuh.penetapan
    (
        "Who signs the decree that designates slum locations, and what has to come attached to it?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    (
        "Kriteria kumuh itu ada berapa aspek sih, apa aja? Mau briefing tim survei "
        "sebelum turun lapangan minggu depan.",
        "kumuh.aspek",
    ),
    # kumuh.aspek
    (
        "When a neighbourhood gets scored for slum conditions, is fire protection one "
        "of the things assessed? What else is on the list?",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    (
        "Dengan hormat, mohon penjelasan tata cara pemberian nilai pada penilaian "
        "tingkat kekumuhan serta rentang nilai yang digolongkan sebagai kumuh berat.",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    (
        "Nilai barapa sampai barapa tu masuk kumuh sedang, lawan barapa nang masuk kumuh ringan?",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        "What's the difference between pemugaran, peremajaan and pemukiman kembali, "
        "and when would each one apply?",
        "kumuh.pola_penanganan",
    ),
    # kumuh.pola_penanganan
    (
        "Kumuh ringan di atas tanah nang legal tu biasanya ditangani wan pola napa?",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    (
        "Secara overall, ada berapa lokasi kumuh dan total berapa hektare di Kalteng "
        "menurut data Disperkimtan? Mau dipakai di latar belakang paparan.",
        "kumuh.kalteng",
    ),
    # usulan.isi
    (
        "Kami baru pertama kali menyusun usulan ke provinsi dan kepala dinas meminta "
        "daftar lengkapnya. Sebenarnya apa saja yang harus dimuat dalam satu usulan "
        "kegiatan, dan mengapa tiap bagian itu diperlukan?",
        "usulan.isi",
    ),
    # usulan.jenis
    ("jenis usulan apa aja yg bisa diajukan ke prov?", "usulan.jenis"),
    # usulan.lokasi
    (
        "Data lokasi napa haja nang harus diisi di usulan? Titik GPS tu wajib kah?",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    (
        "Usulan drainase kami melayani satu RW dengan sekitar 180 KK, dan rencananya "
        "dibiayai bersama APBD kabupaten dan provinsi. Bagaimana cara menuliskan "
        "jumlah penerima manfaat, perkiraan biaya dan sumber dana campuran seperti "
        "itu di usulan?",
        "usulan.penerima_biaya",
    ),
    # usulan.penerima_biaya
    (
        "jumlah jiwa boleh lebih kecil dari jumlah KK gak di isian penerima manfaat?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    (
        "Dengan hormat, mohon penjelasan mengenai dokumen kesiapan (readiness "
        "criteria) yang perlu kami lengkapi dalam mengajukan usulan PSU permukiman "
        "kepada Provinsi.",
        "usulan.kesiapan",
    ),
    # usulan.kesiapan
    (
        "Kalau dokumen kesiapan balum lengkap samunyaan, usulan kawa kah dikirim dahulu?",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    (
        "Status lahan usulan harus seperti apa supaya dianggap clean and clear? Kalau "
        "lahannya milik desa dan belum bersertifikat, masih bisa masuk?",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    (
        "Kami berencana mengusulkan penanganan kawasan kumuh, tetapi SK kumuh kami "
        "terbit tahun 2019 dan belum pernah direvisi. Apakah SK itu masih bisa dipakai "
        "dalam usulan, dan hal apa saja yang akan dicek dari SK tersebut?",
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    (
        "dokumen teknis apa aja yg hrs dilampirkan? DED sm RAB wajib?",
        "usulan.dokumen_teknis",
    ),
    # usulan.dokumen_teknis
    (
        "Foto kondisi eksisting lawan site plan tu wajib jua kah dilampirakan di usulan?",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        "What's the statement about accepting the grant and taking on operation and "
        "maintenance, and who on our side is supposed to sign it?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    (
        "Untuk RTLH yang lewat provinsi, syaratnya apa saja? Penerimanya di-approve "
        "dan ditetapkan oleh siapa?",
        "usulan.rtlh",
    ),
    # usulan.rtlh
    (
        "Dengan hormat, mohon penjelasan apakah pembangunan rumah baru di atas lahan "
        "kosong milik warga dapat diusulkan melalui program RTLH Provinsi, mengingat "
        "sebagian warga kami belum memiliki rumah sama sekali.",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "Bubuhan warga di RT ulun handak minta jalan lingkungan langsung ka provinsi. "
        "Kaya apa caranya, harus diketahui lurah lawan camat kah?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "Tahun depan provinsi akan membangun drainase di atas lahan milik pemkab kami. "
        "Setelah pekerjaan selesai, aset itu menjadi milik siapa, dokumen serah "
        "terimanya apa, dan siapa yang wajib memeliharanya?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "Usulan kami ternyata bukan kewenangan provinsi. Kira-kira ada alternative "
        "funding channel apa aja yang bisa kami kejar?",
        "pendanaan.saluran_lain",
    ),
    # pendanaan.saluran_lain
    (
        "Our slum site is under the provincial threshold. Besides the regency's own "
        "budget, where else could the money come from?",
        "pendanaan.saluran_lain",
    ),
    # pendanaan.saluran_lain
    (
        "Dengan hormat, mohon arahan mengenai sumber pendanaan yang dapat kami tempuh "
        "untuk PSU di kompleks perumahan yang bukan merupakan kewenangan Provinsi.",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        "usulan yg dikirim thn ini itu utk anggaran thn brp? tahapannya secara umum gmn",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    (
        "Once our proposal reaches the province, what do they actually check before it moves on?",
        "siklus.pemeriksaan",
    ),
    # siklus.pemeriksaan
    (
        "Provinsi tu mamariksa usulan kaya apa? Turun ka lapangan jua kah?",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    (
        "Saya baru dilantik sebagai Kabid Perkim dan belum pernah ikut Rakor provinsi. "
        "Sebenarnya Rakor Bidang Kawasan Permukiman itu forum apa, dan apa yang "
        "diharapkan dari kabupaten di sana?",
        "siklus.rakor",
    ),
    # siklus.rakor
    ("rakor kawasan permukiman itu pesertanya siapa aja?", "siklus.rakor"),
    # siklus.rkpd_apbd
    (
        "Setelah Rakor, usulan yang lolos itu flow-nya gimana sampai ke Musrenbang, "
        "RKPD, terus APBD?",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    (
        "Dengan hormat, mohon penjelasan mengenai kedudukan dan fungsi Pokja PKP di "
        "daerah serta dasar hukum pembentukannya.",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    ("disperkimtan prov itu tugasnya apa aja? bidang2nya apa?", "disperkimtan.kontak"),
    # disperkimtan.kontak
    (
        "Kami akan mengirim surat fisik ke dinas provinsi dan juga ingin memantau "
        "pengumuman resminya. Kantor Disperkimtan Provinsi beralamat di mana, dan apa "
        "alamat situs webnya?",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    (
        "Bot ini kaya apa mamakainya? Perintahnya napa haja, lawan jam nang ditampilkan "
        "tu WIB kah WITA?",
        "bot.cara_pakai",
    ),
    # bot.usul
    (
        "Kalau submit usulan lewat /usul, bisa attach berapa foto dan berapa file PDF?",
        "bot.usul",
    ),
    # bot.status
    (
        "Dengan hormat, mohon penjelasan arti masing-masing status usulan pada bot "
        "Sinkron, khususnya perbedaan antara status 'verifikasi' dan 'dibahas di Rakor'.",
        "bot.status",
    ),
    # bot.status
    (
        "My proposal shows 'perlu perbaikan'. What does that mean, and can I fix it and "
        "send it again under the same code?",
        "bot.status",
    ),
    # bot.ditolak_dialihkan
    (
        "Usulan kami ditolak dengan alasan bukan kewenangan provinsi, dan satu usulan "
        "lain statusnya dialihkan. Apa sebenarnya arti dialihkan, dan langkah apa yang "
        "sebaiknya kami ambil setelah keputusan seperti itu?",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    ("usulan masuk brp hari baru ditanggapi? ada standarnya?", "bot.tindak_lanjut"),
    # bot.rapat
    (
        "Pengingat rapat di bot tu dikirim barapa kali, lawan bila haja sebelum acaranya?",
        "bot.rapat",
    ),
    # bot.rapat
    (
        "Dengan hormat, apabila kami berhalangan hadir pada rapat yang diundang melalui "
        "Sinkron, bagaimana cara menyampaikan ketidakhadiran atau menunjuk pejabat lain "
        "sebagai perwakilan?",
        "bot.rapat",
    ),
    # istilah.rtlh
    ("RTLH tu singkatan napa, pian?", "istilah.rtlh"),
    # istilah.bsps
    ("What does BSPS stand for?", "istilah.bsps"),
    # istilah.mbr
    (
        "MBR itu kepanjangannya apa ya? Sering banget muncul di dokumen pusat.",
        "istilah.mbr",
    ),
    # istilah.kb
    ("KB di data kumuh itu maksudnya apa?", "istilah.kb"),
    # istilah.ded
    ("DED tu kepanjangannya napa?", "istilah.ded"),
    # istilah.rks
    ("Quick one: RKS, what's the long form?", "istilah.rks"),
    # istilah.bast
    (
        "Dengan hormat, mohon penjelasan kepanjangan istilah BAST yang lazim digunakan "
        "dalam serah terima aset.",
        "istilah.bast",
    ),
    # istilah.bmd
    ("Di draft naskah hibah tertulis BMD, itu singkatan dari apa ya?", "istilah.bmd"),
    # istilah.op
    ("O&P itu apa?", "istilah.op"),
    # istilah.rp2kpkp
    ("RP2KPKP tu panjangannya napa? Panjang banar singkatannya.", "istilah.rp2kpkp"),
    # istilah.kotaku
    ("What was KOTAKU? Our old files keep mentioning it.", "istilah.kotaku"),
    # istilah.daktematikppkt
    (
        "DAK Tematik PPKT itu kepanjangannya apa? Mau saya masukin ke slide paparan.",
        "istilah.daktematikppkt",
    ),
    # istilah.pokir
    (
        "Dengan hormat, mohon penjelasan pengertian istilah Pokir yang kerap disebut "
        "dalam forum perencanaan.",
        "istilah.pokir",
    ),
    # istilah.huntara
    ("Urang BPBD bapandir soal huntara, ulun kada paham itu apa.", "istilah.huntara"),
    # istilah.backlog
    (
        "People at the Rakor kept saying 'backlog'. What does it mean when they talk "
        "about housing?",
        "istilah.backlog",
    ),
    # istilah.spald
    (
        "SPALD itu singkatan apa? Ada di RPJMD kami tapi saya kurang familiar.",
        "istilah.spald",
    ),
    # istilah.sipd
    (
        "SIPD itu sebenarnya singkatan dari apa sih? Tiap hari pakai tapi belum tahu "
        "kepanjangannya.",
        "istilah.sipd",
    ),
]

TRAIN_R4_OUT_OF_SCOPE: list[str] = [
    # kewenangan.ringkasan
    (
        "Kepada Yth. Kepala Disperkimtan Provinsi Kalimantan Tengah. Dengan hormat, "
        "kami mohon dikirimkan salinan Lampiran UU 23/2014 huruf D yang telah "
        "dilegalisir dan dicap basah untuk keperluan arsip Bagian Hukum Setda kami."
    ),
    # kewenangan.urusan_wajib
    (
        "Pak, TAPD kami mau pangkas pagu Dinas Perkim tahun depan sampai separuh. Bisa "
        "tolong draft-kan surat keberatan ke Sekda kami, lengkap dengan kop dinas?"
    ),
    # kewenangan.kumuh
    (
        "Pian, kawasan kumuh di Kelurahan Mentawa Baru Hilir tu kira-kira dapat dana "
        "provinsi kah kada tahun 2027? Ulun handak kepastian gasan disampaikan ka Pak "
        "Bupati."
    ),
    # kewenangan.kumuh
    (
        "How does East Kalimantan's provincial housing agency pick which slum sites it "
        "funds each year? We'd like to copy their scoring approach."
    ),
    # kewenangan.kumuh_pusat
    (
        "Tahun lalu kami sudah mengirim surat minat ke kementerian untuk kawasan kumuh "
        "Baamang yang luasnya di atas 15 ha, tapi sampai sekarang belum ada kabar dari "
        "BP3KP Kalimantan I. Bisa tolong ditanyakan ke mereka berkas kami sudah sampai "
        "di mana?"
    ),
    # kewenangan.pencegahan_kumuh
    "perbup pencegahan kumuh kotim nomor brp? kirim pdf nya",
    # kewenangan.perumahan
    (
        "Dengan hormat, salah satu staf bidang perumahan kami berencana pindah tugas ke "
        "Disperkimtan Provinsi. Mohon informasi prosedur mutasi ASN antar-instansi "
        "tersebut serta formasi yang masih kosong."
    ),
    # kewenangan.perumahan_pusat
    (
        "Developer rumah subsidi di Jekan Raya sudah setahun belum serah kunci ke "
        "pembeli. Bisa tolong provinsi tegur developernya langsung?"
    ),
    # kewenangan.bencana_relokasi
    (
        "Air di Mantangai masih tinggi dan warga di pengungsian kekurangan tenda, "
        "selimut dan makanan. Bisa provinsi kirim logistik hari ini juga? Kalau tidak, "
        "berapa nomor posko BPBD provinsi?"
    ),
    # kewenangan.bencana_relokasi (off-topic: health)
    (
        "What's the best medicine for dengue? My son has had a high fever for three "
        "days and the puskesmas is closed."
    ),
    # kewenangan.izin
    (
        "PBG rumah ulun di Kuala Kurun kada terbit-terbit sudah tiga bulan. Napa "
        "sebabnya, lawan kawa kah pian bantu mempercepat?"
    ),
    # kewenangan.izin / kewenangan.kawasan_permukiman (off-topic: food)
    (
        "Any good spots for grilled river fish near Kereng Bangkirai? I have visiting "
        "colleagues from Jakarta this weekend."
    ),
    # kewenangan.kawasan_permukiman
    (
        "Bisa share koordinat batas kawasan permukiman di RTRW Kota Palangka Raya yang "
        "terbaru? Format shapefile kalau ada."
    ),
    # kewenangan.psu
    (
        "nama kontraktor yg ngerjain drainase di bapeang thn lalu siapa? mau komplain, "
        "airnya malah balik ke rumah warga"
    ),
    # kewenangan.psu (off-topic: shopping)
    "Ada rekomendasi laptop di bawah 10 juta buat kerja GIS? Yang awet dan baterainya kuat.",
    # psu.lingkup_provinsi
    (
        "Jalan kabupaten poros Buntok-Jenamas rusak parah sepanjang kira-kira 8 km dan "
        "warga sudah beberapa kali protes. Bisa minta Disperkimtan mengaspal ulang "
        "dengan hotmix tahun ini?"
    ),
    # psu.lingkup_provinsi
    (
        "Spesifikasi rabat beton jaling itu minimal mutu K-175 atau K-250, dan tebalnya "
        "berapa cm? Konsultan kami beda pendapat soal ini."
    ),
    # kewenangan.sertifikasi
    (
        "Dengan hormat, mohon informasi biaya, jadwal dan lokasi uji sertifikasi "
        "kompetensi kerja ahli madya perencana jalan bagi dua orang staf teknis kami "
        "pada tahun ini."
    ),
    # kewenangan.spm
    (
        "Capaian SPM perumahan Kabupaten Katingan tahun 2025 tu barapa persen? Ulun "
        "perlu angkanya gasan laporan ka Bapperida."
    ),
    # kumuh.luas_delineasi
    (
        "Konsultan yang membuat peta delineasi kumuh kami tahun 2020 sudah tidak "
        "beroperasi dan file shapefile-nya hilang. Apakah provinsi menyimpan salinan "
        "peta delineasi Kelurahan Tumbang Rungan? Mohon dikirim ke email saya."
    ),
    # kumuh.penetapan
    "sk kumuh bartim yg terbaru nomornya brp, tgl brp?",
    # kumuh.penetapan
    (
        "Could you draft our new slum-location decree so the Bupati can just sign it? "
        "Someone told me the province keeps a ready-made one for each regency."
    ),
    # kumuh.aspek
    (
        "Tim survei kami bingung, rumah panggung di atas air di Desa Pasir Panjang itu "
        "tinggi lantainya minimal berapa cm di atas muka air pasang tertinggi? Ada "
        "standar teknis konstruksinya?"
    ),
    # kumuh.aspek (off-topic: sports)
    "Who won the Borneo FC match last night? I missed the second half.",
    # kumuh.penilaian
    (
        "Dengan hormat, bersama ini kami lampirkan berkas Excel hasil penilaian 12 "
        "lokasi kumuh. Mohon Bapak/Ibu memeriksa, mengoreksi perhitungannya, dan "
        "menandatangani lembar verifikasinya."
    ),
    # kumuh.tingkat_sedang_ringan
    (
        "Kawasan Sungai Bakau di Kumai tu sabujurnya kumuh ringan kah kumuh sedang? "
        "Kawa kah pian menilai dari foto nang ulun kirim?"
    ),
    # kumuh.pola_penanganan
    (
        "For our riverside slum in Pulau Petak, what would you personally advise the "
        "Bupati: rebuild in place or move everyone inland? He wants a recommendation "
        "by Friday."
    ),
    # kumuh.pola_penanganan (off-topic: shopping)
    "Pian tahu kah toko bangunan nang murah di Sampit? Ulun handak baulah pagar rumah.",
    # kumuh.kalteng
    (
        "Bisa kasih breakdown luas kumuh per RT di Kecamatan Pahandut yang paling "
        "update? Kami butuh untuk input data baseline minggu ini."
    ),
    # usulan.isi
    (
        "Usulan kami dikirim lewat pos dalam map fisik bulan Maret, ditujukan ke Kabid "
        "Kawasan Permukiman. Apakah map itu sudah diterima, dan sekarang ada di meja "
        "siapa?"
    ),
    # usulan.jenis
    "usulan bangun pasar desa bisa lewat dinas perdagangan prov? syaratnya apa aja",
    # usulan.lokasi
    (
        "Titik koordinat Desa Tumbang Molut tu barapa? Ulun kada tahu, tolong pian "
        "isiakan langsung di usulan ulun."
    ),
    # usulan.penerima_biaya
    (
        "Kami kehilangan estimator biaya dan sedang menyusun anggaran jalan lingkungan "
        "di Puruk Cahu untuk 2027. Berapa harga satuan per meter persegi rabat beton "
        "di sana yang wajar dipakai?"
    ),
    # usulan.penerima_biaya (off-topic: shopping)
    "harga emas antam hari ini brp per gram?",
    # usulan.kesiapan
    (
        "Dengan hormat, mohon kesediaan Disperkimtan Provinsi menerbitkan surat "
        "rekomendasi kesiapan lokasi atas nama Kepala Dinas, untuk kami lampirkan pada "
        "usulan DAK ke kementerian."
    ),
    # usulan.kesiapan (off-topic: cooking)
    "Resep wadai bingka nang nyaman kaya apa, pian? Gasan acara syukuran di kantor.",
    # usulan.lahan
    (
        "Lahan jaling kami di Desa Bahu Palawa digugat ahli waris di PN Palangka Raya, "
        "sidangnya minggu depan. Menurut Anda pemda sebaiknya lawan terus atau damai?"
    ),
    # usulan.sk_kumuh
    (
        "Bagian Hukum Setda sedang menyusun revisi SK kumuh dan meminta contoh dari "
        "kabupaten lain. Bisa kirimkan file SK kumuh Kotawaringin Timur tahun 2020 "
        "lengkap dengan peta sebarannya?"
    ),
    # usulan.dokumen_teknis
    "tolong hitungin RAB drainase 300 m di tamiang layang, dimensi 40x60",
    # usulan.dokumen_teknis
    (
        "Konsultan perencana DED nang bagus di Palangka Raya siapa? Kawa kah pian "
        "menyarankan ngaran perusahaannya?"
    ),
    # usulan.surat_pernyataan
    (
        "Could you sign our O&P statement on the Bupati's behalf? He's abroad for two "
        "weeks and we can't reach him."
    ),
    # usulan.rtlh
    (
        "Rumah Nenek Saniah di Desa Basarang sudah mau roboh. Kapan bisa langsung "
        "dibedah sama provinsi? Tolong diprioritaskan ya."
    ),
    # usulan.rtlh
    (
        "Dengan hormat, mohon informasi kuota penerima RTLH Provinsi untuk Kabupaten "
        "Sukamara Tahun Anggaran 2027 beserta daftar nama calon penerimanya."
    ),
    # usulan.psu_masyarakat
    (
        "Sambungan listrik PLN ka rumah warga di gang ulun balum masuk jua. Kawa kah "
        "pian manelpon PLN gasan kami?"
    ),
    # hibah.aset
    (
        "Jalan lingkungan yang dibangun provinsi di Kelurahan Marang tahun 2021 sudah "
        "retak-retak. Apakah kontraktornya masih wajib memperbaiki, dan bagaimana kami "
        "menagih jaminan pemeliharaannya?"
    ),
    # pendanaan.saluran_lain
    (
        "Perusahaan sawit mana saja di Seruyan yang budget CSR-nya masih ada tahun ini? "
        "Sekalian minta kontak manajer CSR-nya."
    ),
    # pendanaan.saluran_lain
    (
        "Our village head is asking whether Dana Desa can pay for a new village office "
        "roof this year under the latest ministry rules. Can it?"
    ),
    # pendanaan.saluran_lain (off-topic: sports)
    (
        "Dengan hormat, mohon informasi jadwal pertandingan sepak bola antar-OPD dalam "
        "rangka HUT Provinsi Kalimantan Tengah beserta tempat pendaftarannya."
    ),
    # siklus.tahunan
    "total anggaran PSU prov thn 2024 brp M, dibagi ke kab mana aja?",
    # siklus.pemeriksaan
    (
        "Which staff member reviewed our proposal last month, and what did they write "
        "in their internal notes about it?"
    ),
    # siklus.pemeriksaan
    (
        "Tim verifikasi provinsi tu bila datang ka Desa Mintin? Ulun handak "
        "manyiapakan makan siang gasan bubuhannya."
    ),
    # siklus.rakor
    (
        "Pada Rakor tahun lalu narasumber dari kementerian memaparkan program 3 juta "
        "rumah, tapi saya tidak sempat mencatat. Bisa dikirimkan file paparannya "
        "beserta daftar hadir pesertanya?"
    ),
    # siklus.rakor (off-topic: religion)
    "sholat jumat di masjid raya darussalam mulai jam brp?",
    # siklus.rkpd_apbd
    (
        "Input RKPD di SIPD error terus, muncul 'nomenklatur tidak ditemukan' tiap "
        "pilih sub-kegiatan PSU. How to fix ini?"
    ),
    # koordinasi.pokja_pkp
    (
        "Dengan hormat, mohon informasi susunan nama anggota Pokja PKP Kabupaten "
        "Barito Utara periode saat ini berikut nomor SK pembentukannya."
    ),
    # disperkimtan.kontak
    "no wa pribadi kabid kawasan permukiman brp? urgent",
    # disperkimtan.kontak
    (
        "Kami perlu mengurus sertifikat untuk lahan drainase yang nantinya akan "
        "dihibahkan. Kantor Pertanahan (BPN) Kota Palangka Raya ada di mana, dan "
        "berapa biaya pengukurannya?"
    ),
    # bot.cara_pakai (off-topic: weather)
    "Isuk di Palangka Raya hujan kah kada? Ulun handak ka Kasongan bamotor.",
    # bot.usul
    ("Tolong isikan form /usul saya sekalian ya, datanya nanti saya forward dari grup WA dinas."),
    # bot.status
    (
        "Dengan hormat, mohon kiranya status usulan kami dapat langsung diubah menjadi "
        "'disetujui', mengingat usulan tersebut telah memperoleh persetujuan lisan "
        "dari Bapak Gubernur saat kunjungan kerja."
    ),
    # bot.status
    (
        "Honestly, do you think our drainage proposal for Sampit has a good chance of "
        "getting approved this year?"
    ),
    # bot.ditolak_dialihkan
    (
        "Usulan kami ditolak, padahal anggota DPRD dari dapil kami sudah berjanji "
        "membantu. Bisa tolong sampaikan ke beliau supaya ikut menekan dinas provinsi?"
    ),
    # bot.tindak_lanjut
    "tolong telponin pak kadis skrg, usulan kami nyangkut",
    # bot.rapat
    (
        "Uang harian lawan ongkos transport ulun ka rapat di Palangka Raya tu barapa, "
        "dibayar provinsi kah kabupaten?"
    ),
    # bot.rapat
    (
        "Dengan hormat, mohon bantuan Bapak/Ibu memesankan kamar hotel di sekitar "
        "Jalan D.I. Panjaitan untuk tiga orang staf kami selama rapat koordinasi bulan "
        "depan."
    ),
    # istilah.rtlh
    "Rumah mintuha ulun di Tamiang Layang tu masuk RTLH kah kada? Atapnya bocor haja.",
    # istilah.bsps
    (
        "My neighbour in Kuala Kapuas was told she got BSPS, but the money hasn't "
        "reached her account. Which bank branch should she go to?"
    ),
    # istilah.mbr
    (
        "Batas penghasilan MBR untuk KPR subsidi tahun ini berapa? Adik saya mau ambil "
        "rumah di Sampit."
    ),
    # istilah.kb (off-topic: health)
    "posyandu KB di kelurahan buka hari apa ya?",
    # istilah.ded
    (
        "DED jaling Desa Hayaping nang dibuat tahun 2023 tu masih kawa dipakai kah, "
        "atau harus diulang?"
    ),
    # istilah.rks
    (
        "Could you look over the RKS for our drainage tender and tell me whether the "
        "bidder qualification requirements are allowed?"
    ),
    # istilah.bast
    (
        "Dengan hormat, mohon dikirimkan pindaian BAST pekerjaan drainase Kelurahan "
        "Kameloh Baru Tahun Anggaran 2022, karena arsip kami hilang saat pindah kantor."
    ),
    # istilah.bmd
    ("Aplikasi aset BMD kami error waktu input KIB D, keluar pesan 'duplicate key'. Any solution?"),
    # istilah.op
    "biaya O&P drainase 1 km per thn kira2 brp?",
    # istilah.rp2kpkp
    "RP2KPKP Kabupaten Lamandau tu sudah disahkan kah balum? Kirimi ulun filenya.",
    # istilah.kotaku
    (
        "Who was the KOTAKU facilitator in Baamang back in 2019, and do you still have "
        "his phone number?"
    ),
    # istilah.daktematikppkt
    (
        "Alokasi DAK Tematik PPKT Kabupaten Kapuas tahun depan berapa miliar? Angkanya "
        "sudah keluar belum?"
    ),
    # istilah.pokir
    (
        "Dengan hormat, mohon informasi daftar pokir anggota DPRD Provinsi dari daerah "
        "pemilihan kami yang sudah diinput ke SIPD tahun ini."
    ),
    # istilah.huntara
    (
        "Bansos sembako gasan korban banjir di Kahayan Kuala tu bila dibagi, lawan "
        "siapa nang mendata?"
    ),
    # istilah.backlog
    "What's the exact housing backlog figure for Kotawaringin Barat in the latest BPS release?",
    # istilah.spald
    "Tarif air PDAM Kota Palangka Raya untuk rumah tangga sekarang berapa per kubik?",
    # istilah.sipd
    ("Password SIPD saya lupa dan admin di Bapperida lagi cuti. Bisa tolong reset-kan akun saya?"),
]
