"""Training table R46 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Styles no round had asked for as a set, written for the first half of the topic list during
round 31 of tuning: frustration or sarcasm at the bot, a statement to be confirmed, numbered
sub-questions about one subject, shouting and cramped typing, legal references quoted, a named
desa or kecamatan, a past story ending in a question, unusual cases (a border between regencies,
part of an area already handled); British formal English. A glossary entry's questions ask what
the term means. Its slum-area questions are computed by rule, not learned; they are measured
here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R46_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Katanya bot pintar, coba jelaskan singkat saja: urusan perumahan dan kawasan "
            "permukiman itu dibagi bagaimana antara pusat, provinsi dan kabupaten/kota?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Di UU 23/2014 lampiran huruf D itu sub-urusan PKP ada apa saja, dan tiap tingkat "
            "pemerintahan kebagian apa? Minta peta ringkasnya."
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Setahu saya perumahan rakyat dan kawasan permukiman itu urusan wajib pelayanan "
            "dasar, bukan urusan pilihan. Betul begitu?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "I should be grateful if you could confirm whether, under Article 12(1)(d) of Law "
            "23/2014, housing and settlement areas are classed as a mandatory basic-service "
            "affair."
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Soal kumuh: 1) batas luas untuk kabupaten/kota berapa? 2) provinsi mulai dari "
            "berapa ha sampai berapa? 3) angka pas di batasnya ikut siapa?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "PEMBAGIAN KEWENANGAN KUMUH BERDASARKAN LUAS ITU GIMANA,KAB/PROV/PUSAT MASING2 "
            "BATASNYA BERAPA HA?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Setahu saya kawasan kumuh lima belas hektare ke atas itu ditangani pemerintah "
            "pusat. Betul begitu, dan bunyi aturannya sudah pasti atau belum?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Tahun lalu kami bawa kawasan kumuh yang sangat luas ke provinsi, ternyata "
            "dibilang itu ranah kementerian. Jadi kawasan kumuh besar memang kewenangan pusat "
            "ya, mulai dari luas berapa?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Di Kelurahan Baamang Hulu, Kec. Baamang, Kotim kami mau bikin program pencegahan "
            "supaya tidak tumbuh kumuh baru. Itu bisa minta provinsi atau memang tugas "
            "kabupaten sendiri?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Jangan jawab template ya. Pencegahan permukiman kumuh itu tanggung jawab siapa "
            "sebenarnya, provinsi ikut pegang atau tidak?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Sub-urusan perumahan: 1) apa saja tugas provinsi? 2) apa saja tugas "
            "kabupaten/kota? 3) dasarnya di bagian mana lampiran UU 23/2014?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "KEWENANGAN PROV DI SUB URUSAN PERUMAHAN APA SAJA?BUKAN KAWASAN PERMUKIMAN "
            "YA,YANG PERUMAHAN."
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Menurut lampiran D UU 23/2014, penyediaan rumah bagi MBR dan sistem pembiayaan "
            "perumahannya itu kewenangan pusat ya? Provinsi sama sekali tidak ikut?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "I understand that housing for low-income households and flats schemes sit with "
            "central government rather than the province. I should be grateful if you could "
            "confirm this."
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Kalau banjir melanda beberapa kabupaten sekaligus dan ditetapkan jadi bencana "
            "skala provinsi, rumah warga yang rusak itu siapa yang wajib membangun ulang?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Desa Tumbang Kajuei di Kec. Rungan, Gunung Mas kena longsor dan beberapa rumah "
            "hancur. Rehab rumah korbannya tanggungan kabupaten, provinsi atau pusat?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Dulu warga kami dipindah karena proyek jalan provinsi, ternyata sampai sekarang "
            "rumah penggantinya belum jelas. Jadi rumah untuk warga yang terkena relokasi "
            "program provinsi itu tanggung jawab siapa?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        "IZIN PEMBANGUNAN PERUMAHAN SAMA SKBG ITU YANG TERBITKAN SIAPA,PROV ATAU KAB?",
        "kewenangan.izin",
    ),
    (
        (
            "Kemarin ada pengembang datang ke kantor provinsi minta izin pengembangan kawasan "
            "permukiman, ternyata disuruh balik ke daerah. Jadi izin seperti itu memang "
            "wewenang kabupaten ya?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Menurut UU 23/2014 lampiran D, sub-urusan kawasan permukiman isinya apa saja "
            "untuk pusat, provinsi dan kabupaten/kota?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Dari tadi muter-muter soal kumuh terus. Saya tanya sekali lagi: sub-urusan "
            "kawasan permukiman secara keseluruhan itu pembagiannya bagaimana?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Setahu saya PSU permukiman dipegang provinsi, sedangkan PSU perumahan dipegang "
            "kabupaten/kota. Betul demikian?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Kalau jalan yang rusak itu ada di dalam kompleks perumahan buatan pengembang, "
            "bukan kampung biasa, apa provinsi masih bisa tangani PSU-nya?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Di Kelurahan Pahandut Seberang, Palangka Raya warga minta gang disemenisasi dan "
            "dibuatkan saluran air. PSU jenis apa saja yang memang dibangun Disperkimtan "
            "provinsi?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Kalau drainasenya persis di pinggir jalan kabupaten, bukan di dalam permukiman, "
            "apakah masih masuk PSU yang dikerjakan Disperkimtan?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Would you be so good as to tell me whether the provincial agency also builds "
            "neighbourhood roads in rural villages, or only in towns, and whether the land "
            "has to be provincial property?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Di lampiran D UU 23/2014 ada sub-urusan sertifikasi dan registrasi perancang "
            "rumah dan PSU. Tingkat kemampuan kecil, menengah dan besar itu masing-masing "
            "diurus siapa?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        "SERTIFIKASI KONSULTAN PERENCANA RUMAH KEMAMPUAN MENENGAH ITU DI PROV ATAU PUSAT??",
        "kewenangan.sertifikasi",
    ),
    (
        (
            "PP 2/2018 pasal 8 dan Permen PUPR 29/2018 lampiran II itu mengatur SPM perumahan "
            "seperti apa, dan targetnya berapa persen?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Kami pahami SPM perumahan untuk provinsi hanya soal rumah layak huni bagi korban "
            "bencana provinsi dan warga yang terkena relokasi program provinsi. Mohon "
            "konfirmasi."
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Kalau satu desa wilayahnya luas sekali tapi yang kumuh hanya sebagian kecil, "
            "luas yang dipakai untuk menentukan kewenangan itu luas desanya atau luas kawasan "
            "kumuhnya saja?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Tahun lalu kami hitung luas kumuh pakai luas seluruh kelurahan, ternyata "
            "provinsi bilang cara itu keliru. Jadi luas yang benar diambil dari mana?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Tentang penetapan lokasi kumuh: 1) siapa yang menetapkan? 2) lampirannya apa "
            "saja? 3) berapa tahun sekali harus ditinjau ulang?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "Permen PUPR 14/2018 pasal 36 sampai 38 bilang apa soal penetapan lokasi kumuh? "
            "Gubernur ikut menetapkan atau tidak?"
        ),
        "kumuh.penetapan",
    ),
    (
        "KRITERIA KUMUH ITU ADA BERAPA ASPEK?TOLONG SEBUTKAN SEMUA.",
        "kumuh.aspek",
    ),
    (
        (
            "May I ask you to set out the aspects used to assess a slum under PUPR "
            "Ministerial Regulation 14/2018, and say how many criteria there are in total?"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "Penilaian kumuh: 1) tiap kriteria diberi nilai berapa saja? 2) skor maksimalnya "
            "berapa? 3) mulai skor berapa disebut kumuh berat?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "Tahun lalu lokasi kami dapat nilai 64 waktu penilaian, ternyata tim bilang itu "
            "kategori paling parah. Jadi skor segitu memang kumuh berat ya?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "Setahu saya kumuh sedang itu skornya 38 sampai 59 dan kumuh ringan 16 sampai 37. "
            "Betul begitu?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Katanya bot pintar, coba jawab: rentang skor kumuh ringan berapa, dan yang "
            "sedang berapa?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Permukiman tepi sungai di Kelurahan Mentawa Baru Hilir, Kec. Mentawa Baru "
            "Ketapang, Kotim sebagian berdiri di lahan tidak legal. Pola penanganan yang "
            "cocok pemugaran, peremajaan, atau pemukiman kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Tolong jelaskan: 1) pemugaran dipakai untuk kondisi apa? 2) peremajaan untuk "
            "apa? 3) kapan harus pemukiman kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        "ADA BERAPA LOKASI KUMUH DI SELURUH KALTENG,TOTALNYA BERAPA RIBU HA?",
        "kumuh.kalteng",
    ),
    (
        (
            "I should be grateful if you could tell me how many slum locations Central "
            "Kalimantan has recorded, and whether Kapuas really has the most of any regency."
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "Dari tadi saya bingung, saya tanya sekali lagi: usulan kegiatan ke provinsi itu "
            "isinya apa saja, dan kenapa datanya diminta sebanyak itu?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Mau siapkan usulan: 1) data apa saja yang diminta? 2) urutan pertanyaannya "
            "seperti apa? 3) alasan kebutuhan ditulis di bagian mana?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Kami pahami jenis usulan yang bisa dikirim hanya kumuh, PSU, rumah, RTLH dan "
            "lainnya. Mohon konfirmasi."
        ),
        "usulan.jenis",
    ),
    (
        (
            "Kalau kegiatan kami campuran, ada jalan lingkungan sekaligus perbaikan rumah, "
            "usulannya dimasukkan jenis apa?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Untuk usulan di Desa Sungai Bakau, Kec. Kumai, Kobar, data lokasinya harus diisi "
            "sampai mana saja? Titik GPS wajib juga?"
        ),
        "usulan.lokasi",
    ),
    (
        "LOKASI USULAN HARUS ISI APA AJA?KECAMATAN,DESA,NAMA LOKASI,KOORDINAT?",
        "usulan.lokasi",
    ),
    (
        (
            "Bagian penerima manfaat dan biaya: 1) KK dan jiwa harus diisi dua-duanya? 2) "
            "biaya ditulis dalam rupiah penuh atau boleh '1,5 M'? 3) pilihan sumber dananya "
            "apa saja?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Usulan kami tahun lalu cuma mencantumkan jumlah rumah tanpa KK dan jiwa, "
            "ternyata diminta dilengkapi. Jadi data penerima manfaat yang diminta itu apa "
            "saja?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Setahu saya dokumen kesiapan untuk usulan PSU cukup DED, RAB, site plan, RKS dan "
            "surat Bupati. Ada yang kurang?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Could you kindly advise on two points: 1) which readiness documents a PSU "
            "proposal ought to include, and 2) whether a community agreement is expected as "
            "well?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Kalau tanahnya milik warga tapi cuma pegang SKT, belum bersertifikat, apakah "
            "lahan itu sudah bisa disebut clean and clear?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Lahan untuk rencana jalan lingkungan di Kelurahan Kalampangan, Kec. Sabangau, "
            "Palangka Raya sebagian masih sengketa. Status lahan yang diminta provinsi itu "
            "seperti apa?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Tahun lalu usulan kumuh kami diberi catatan karena SK kumuhnya terbitan 2018, "
            "ternyata dianggap sudah lewat masa berlaku. Sekarang SK kumuh seperti apa yang "
            "harus dicantumkan?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Kalau lokasi yang kami usulkan belum tercantum di SK kumuh bupati, apakah usulan "
            "kumuhnya tetap bisa dikirim?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        "DED,RAB,RKS,SITE PLAN SAMA FOTO ITU WAJIB SEMUA DILAMPIRKAN?FOTO MAKS BERAPA?",
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Jangan jawab template lagi ya. Dokumen teknis apa saja yang perlu kami lampirkan "
            "di usulan, dan file PDF-nya boleh berapa?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Kami pahami provinsi meminta surat pernyataan kesediaan menerima hibah serta "
            "melakukan operasi dan pemeliharaan dari pemkab. Mohon konfirmasi apa fungsi "
            "surat itu."
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Soal surat pernyataan: 1) surat hibah dan O&P itu menyatakan kesanggupan apa? 2) "
            "kenapa provinsi perlu surat itu? 3) bisa menyusul setelah usulan dikirim?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Warga Desa Pulau Telo, Kec. Selat, Kapuas mau usul bedah rumah lewat provinsi. "
            "Syaratnya apa saja dan siapa yang menetapkan penerimanya?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Tahun lalu kami usulkan bangun rumah baru untuk warga miskin lewat program RTLH "
            "provinsi, ternyata ditolak. Jadi syarat RTLH provinsi itu sebenarnya apa?"
        ),
        "usulan.rtlh",
    ),
    (
        "RTLH PROV BISA BUAT RUMAH YANG BERDIRI DI TANAH ORANG LAIN GAK?",
        "usulan.rtlh",
    ),
    (
        (
            "Kalau yang minta jalan lingkungan itu kelompok warga langsung, bukan lewat dinas "
            "kabupaten, apa syaratnya supaya bisa ditanggapi provinsi?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Ketua RT di Kelurahan Langkai, Kec. Pahandut, Palangka Raya mau kirim permohonan "
            "drainase atas nama warga. Surat itu harus diketahui siapa saja?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Mengacu PP 27/2014 jo PP 28/2020 soal hibah BMD, bagaimana kalau provinsi "
            "membangun jalan lingkungan di atas tanah kabupaten? Asetnya jadi milik siapa dan "
            "pakai BAST?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Tahun lalu provinsi membangun drainase di desa kami, ternyata sekarang mulai "
            "rusak dan tidak ada yang mau memperbaiki. Setelah diserahkan, pemeliharaannya "
            "jadi kewajiban siapa?"
        ),
        "hibah.aset",
    ),
    (
        (
            "I should be grateful if you could confirm who signs the grant deed and the "
            "handover record when assets built by the province are passed to a regency."
        ),
        "hibah.aset",
    ),
    (
        (
            "Bot ini dari tadi cuma bilang 'bukan kewenangan provinsi'. Terus kami harus cari "
            "dana ke mana?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Kalau usulan kumuh kami ternyata terlalu kecil untuk provinsi, sumber dana lain "
            "apa yang bisa dipakai? DAK Tematik PPKT atau dana desa bisa?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Alur tahunan usulan: 1) usulan yang dikirim tahun ini untuk tahun anggaran "
            "berapa? 2) setelah dikirim diperiksa apa saja? 3) kapan dibahas bersama "
            "kabupaten?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Setahu saya usulan yang kami kirim tahun ini baru bisa didanai tahun anggaran "
            "berikutnya. Betul begitu?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Katanya ada verifikasi, tapi verifikasinya memeriksa apa saja? Jangan dijawab "
            "muter-muter."
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "I wonder whether you could explain how the province reviews a proposal: 1) what "
            "the administrative check covers, 2) what the technical check looks at, and 3) "
            "how authority is assessed?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Kami pahami Rakor itu forum menyelaraskan program provinsi dan kabupaten sebelum "
            "Musrenbang provinsi. Mohon konfirmasi, dan biasanya jatuh di bulan-bulan apa?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Tahun lalu kami tidak hadir Rakor, ternyata usulan kami tidak sempat dibahas. "
            "Sebenarnya Rakor itu membahas apa dan siapa saja pesertanya?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Setelah Rakor: 1) usulan yang disetujui masuk dokumen perencanaan apa? 2) lalu "
            "kapan jadi anggaran? 3) apakah bot ikut mencatat sampai APBD?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        "USULAN YANG SUDAH DISETUJUI DI RAKOR OTOMATIS MASUK APBD PROV GAK?",
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Permen PUPR 12/2020 menyebut Pokja PKP dan Forum PKP. Apa peran Pokja itu dalam "
            "koordinasi pembangunan perumahan di daerah?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Kami di Tamiang Layang, Kec. Dusun Timur, Barito Timur sedang menyusun ulang "
            "Pokja PKP. Biasanya diketuai siapa dan apa kaitannya dengan Pokja PPAS/AMPL?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        "ALAMAT KANTOR DISPERKIMTAN PROV DI MANA?",
        "disperkimtan.kontak",
    ),
    (
        (
            "Kami dari Kelurahan Menteng, Kec. Jekan Raya mau antar berkas langsung ke "
            "Disperkimtan provinsi. Kantornya di jalan apa dan situs resminya apa?"
        ),
        "disperkimtan.kontak",
    ),
    (
        ("Bot ini susah dipakai. Perintahnya apa saja sih, dan jam yang muncul itu WIB atau WITA?"),
        "bot.cara_pakai",
    ),
    (
        (
            "1) perintah apa saja yang tersedia di bot ini? 2) jam yang ditampilkan pakai "
            "zona apa? 3) bisa dipakai dalam bahasa Inggris?"
        ),
        "bot.cara_pakai",
    ),
    (
        (
            "Kalau sinyal putus di tengah mengisi /usul, isian yang sudah diketik hilang atau "
            "tersimpan sebagai draf?"
        ),
        "bot.usul",
    ),
    (
        (
            "Tahun lalu kami kirim usulan yang mirip dan harus ketik ulang semuanya. Di /usul "
            "sekarang ada fitur salin usulan lama tidak, dan apa saja yang tidak ikut "
            "tersalin?"
        ),
        "bot.usul",
    ),
    (
        (
            "Setahu saya status 'dibahas di Rakor' artinya usulan sudah pasti disetujui. "
            "Betul begitu?"
        ),
        "bot.status",
    ),
    (
        "STATUS 'PERLU PERBAIKAN' ITU ARTINYA APA?KAMI HARUS NGAPAIN?",
        "bot.status",
    ),
    (
        (
            "Usulan kami tahun lalu statusnya dialihkan ke APBD kabupaten, ternyata tidak ada "
            "penjelasan lanjutan. Dialihkan itu maksudnya bagaimana dan kami harus apa "
            "sekarang?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Kalau usulan sudah ditolak tapi kami yakin provinsi salah hitung luasnya, bisa "
            "dibuka lagi lewat bot atau tidak?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Saya baca standar LAPOR! itu verifikasi 3 hari kerja dan tanggapan 5 hari kerja. "
            "Apakah Disperkimtan terikat standar itu untuk usulan yang masuk lewat bot?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Sudah seminggu usulan kami diam saja, dari tadi bot cuma jawab 'sedang "
            "diproses'. Sebenarnya berapa hari standar provinsi harus menindaklanjuti usulan?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Undangan rapat di bot: 1) konfirmasi hadirnya bagaimana? 2) kalau kabid "
            "berhalangan boleh diwakilkan? 3) pengingatnya dikirim kapan saja?"
        ),
        "bot.rapat",
    ),
    (
        (
            "Might I send a colleague in my place if I am unable to attend a meeting to which "
            "I was invited through the bot?"
        ),
        "bot.rapat",
    ),
    (
        "PERKIM ITU SINGKATAN DARI APA?",
        "istilah.perkim",
    ),
    (
        (
            "Di Kecamatan Teweh Tengah, Barito Utara orang sering menyebut 'dinas perkim'. "
            "Perkim itu kepanjangannya apa?"
        ),
        "istilah.perkim",
    ),
    (
        (
            "Setahu saya Disperkimtan itu Dinas Perumahan dan Kawasan Permukiman saja, betul? "
            "Atau ada kata tambahan di belakangnya?"
        ),
        "istilah.disperkimtan",
    ),
    (
        (
            "Would you mind telling me what the abbreviation Disperkimtan actually stands "
            "for? Your earlier replies never spelt it out."
        ),
        "istilah.disperkimtan",
    ),
    (
        "Dari tadi bot menyebut PSU terus, PSU itu kepanjangannya apa sih?",
        "istilah.psu",
    ),
    (
        (
            "Di UU 1/2011 sering muncul istilah PSU. Itu maksudnya prasarana, sarana dan "
            "utilitas umum ya? Arti masing-masing apa?"
        ),
        "istilah.psu",
    ),
    (
        "JALING ITU APA?",
        "istilah.jaling",
    ),
    (
        (
            "Di RAB dari Desa Sabuai, Kec. Kumai, Kobar tertulis 'pembangunan jaling 300 m'. "
            "Jaling itu maksudnya apa?"
        ),
        "istilah.jaling",
    ),
    (
        (
            "Tahun lalu di formulir ada pilihan sektor 'drainase', ternyata staf baru kami "
            "tidak paham artinya. Drainase itu sebenarnya apa?"
        ),
        "istilah.drainase",
    ),
    (
        (
            "Kami pahami drainase lingkungan itu saluran pembuangan air di kawasan "
            "permukiman. Mohon konfirmasi arti istilahnya."
        ),
        "istilah.drainase",
    ),
    (
        "KR DI TABEL KUMUH ARTINYA APA?",
        "istilah.kr",
    ),
    (
        (
            "Dalam daftar lokasi kumuh untuk Kelurahan Selat Hulu, Kec. Selat, Kapuas ada "
            "kode KR. Itu singkatan apa?"
        ),
        "istilah.kr",
    ),
    (
        "Kode KS di data kumuh itu maksudnya kumuh sedang, betul ya?",
        "istilah.ks",
    ),
    (
        (
            "Kalau di satu tabel tertulis KS tapi di tabel lain ditulis 'sedang', apakah itu "
            "sama? KS kepanjangannya apa?"
        ),
        "istilah.ks",
    ),
    (
        (
            "Katanya bot pintar, KB di dokumen kumuh itu bukan keluarga berencana kan? Lalu "
            "artinya apa?"
        ),
        "istilah.kb",
    ),
    (
        (
            "Could you kindly explain what 'KB' refers to when it appears next to a location "
            "in a slum classification table rather than in a family-planning context?"
        ),
        "istilah.kb",
    ),
    (
        "Istilah SK kumuh: 1) SK itu singkatan apa? 2) SK kumuh itu keputusan tentang apa?",
        "istilah.skkumuh",
    ),
    (
        (
            "Permen PUPR 14/2018 pasal 36 bicara soal penetapan lokasi, dan orang daerah "
            "menyebutnya SK kumuh. Istilah SK kumuh itu persisnya merujuk ke dokumen apa?"
        ),
        "istilah.skkumuh",
    ),
    (
        (
            "Tahun lalu konsultan kami menyebut 'hasil delineasi', ternyata saya tidak paham "
            "dan malu bertanya. Delineasi itu apa sebenarnya?"
        ),
        "istilah.delineasi",
    ),
    (
        "Dua hal: 1) delineasi itu artinya apa? 2) 'peta delineasi' maksudnya peta apa?",
        "istilah.delineasi",
    ),
    (
        "RTLH KEPANJANGANNYA APA?",
        "istilah.rtlh",
    ),
    (
        (
            "Pak Kades di Desa Bahaur Hulu, Kec. Kahayan Kuala, Pulang Pisau bertanya RTLH "
            "itu apa. Bisa dijelaskan artinya?"
        ),
        "istilah.rtlh",
    ),
    (
        "Setahu saya RLH itu kebalikan dari RTLH, yaitu rumah layak huni. Betul?",
        "istilah.rlh",
    ),
    (
        "Kalau di laporan tertulis 'RTLH menjadi RLH', RLH di situ maksudnya apa?",
        "istilah.rlh",
    ),
    (
        (
            "Jangan jawab template ya: bedah rumah itu istilah resmi atau sebutan sehari-hari "
            "saja, dan maksudnya apa?"
        ),
        "istilah.bedahrumah",
    ),
    (
        (
            "I should be grateful if you could explain what 'bedah rumah' means; last year a "
            "councillor used it in a meeting and none of our new staff understood it."
        ),
        "istilah.bedahrumah",
    ),
    (
        "Soal BSPS: 1) kepanjangannya apa? 2) itu bantuan untuk apa?",
        "istilah.bsps",
    ),
    (
        "Permen PUPR 13/2016 menyebut BSPS. Istilah BSPS itu singkatan dari apa?",
        "istilah.bsps",
    ),
    (
        "MBR ITU SINGKATAN APA PAK?",
        "istilah.mbr",
    ),
    (
        (
            "Tahun lalu dalam rapat disebut sasaran program untuk MBR, ternyata banyak "
            "peserta tidak tahu. MBR itu maksudnya siapa?"
        ),
        "istilah.mbr",
    ),
    (
        (
            "Katanya bot pintar, rusunawa itu kepanjangannya apa? Jangan cuma dijawab "
            "'sejenis rusun'."
        ),
        "istilah.rusunawa",
    ),
    (
        (
            "Di Kelurahan Ketapang, Kec. Mentawa Baru Ketapang, Kotim ada bangunan yang "
            "disebut rusunawa. Rusunawa itu apa?"
        ),
        "istilah.rusunawa",
    ),
    (
        "Dari tadi bot cuma menjelaskan rusun. Saya tanya sekali lagi: rusus itu singkatan apa?",
        "istilah.rusus",
    ),
    (
        (
            "Di nomenklatur Kepmendagri 050-5889/2021 untuk kabupaten ada 'Rumah Susun Umum "
            "dan/atau Rumah Khusus'. Yang disebut rusus itu maksudnya apa?"
        ),
        "istilah.rusus",
    ),
]

TRAIN_R46_INTENTS: list[tuple[str, str]] = [
    (
        (
            "Usulan kami USL-2025-0014 sekarang sudah sampai tahap mana? Sudah lewat "
            "verifikasi belum?"
        ),
        "status",
    ),
    (
        "PAK,USULAN JALING KAMI DARI KOTIM YANG DIKIRIM BULAN LALU SUDAH DITERIMA ATAU DITOLAK?",
        "status",
    ),
    (
        (
            "Please could you let me know whether the drainage proposal we submitted from "
            "Lamandau has been approved yet, or whether it is still being checked?"
        ),
        "status",
    ),
    (
        "Katanya ada Rakor lagi tahun ini, jadinya tanggal berapa dan di gedung mana?",
        "meeting",
    ),
    (
        (
            "Rapat koordinasi berikutnya mulai jam berapa ya pak, pagi atau siang? Tempatnya "
            "masih di aula dinas?"
        ),
        "meeting",
    ),
    (
        (
            "I should be grateful if you could let me know the date and venue of this year's "
            "coordination meeting for the settlement sector."
        ),
        "meeting",
    ),
    (
        "Batas akhir pengiriman usulan untuk tahun anggaran depan sampai tanggal berapa?",
        "deadline",
    ),
    (
        "USULAN MASIH BISA MASUK SAMPAI KAPAN?TENGGATNYA TGL BRP?",
        "deadline",
    ),
    (
        "Dari tadi saya cari tidak ketemu: kapan pengajuan usulan siklus ini ditutup?",
        "deadline",
    ),
    (
        "Selamat pagi pak, mohon bantuannya.",
        "greeting",
    ),
    (
        "Terima kasih banyak atas jawabannya, sangat membantu kami di Barsel.",
        "greeting",
    ),
    (
        "Halo bot, saya petugas baru dari Dinas Perkim Gumas.",
        "greeting",
    ),
    (
        "Bagaimana cara memasukkan usulan kegiatan lewat bot ini?",
        "how_to_submit",
    ),
    (
        "Kami mau ajukan usulan PSU dari Katingan, langkahnya gimana kalau lewat sini?",
        "how_to_submit",
    ),
    (
        "Could you kindly advise how I enter a new proposal through this bot, step by step?",
        "how_to_submit",
    ),
]

TRAIN_R46_AREAS: list[tuple[str, str]] = [
    (
        "PAK,KUMUH 8,5HA DI DESA KAMI ITU KEWENANGAN SIAPA?",
        "kabkota",
    ),
    (
        (
            "Kawasan kumuh di Kelurahan Baamang Tengah, Kec. Baamang, Kotim luasnya 12 hektar "
            "menurut SK. Siapa yang berwenang menangani?"
        ),
        "provinsi",
    ),
    (
        ("Kami pahami kumuh seluas tepat 10 ha sudah masuk kewenangan provinsi. Mohon konfirmasi."),
        "provinsi",
    ),
    (
        "Setahu saya kawasan kumuh yang pas 15 hektare masih dipegang provinsi, betul begitu?",
        "pusat",
    ),
    (
        "Kalau delineasi kumuh di SK kami 95.000 m2, itu ditangani kabupaten atau provinsi?",
        "kabkota",
    ),
    (
        (
            "Tahun lalu kami usul kumuh 120.000 meter persegi ke dinas kabupaten, ternyata "
            "dibilang bukan ranah kabupaten. Jadi sebenarnya siapa yang berwenang?"
        ),
        "provinsi",
    ),
    (
        "Menurut UU 23/2014 lampiran D, kawasan kumuh seluas 22 ha itu kewenangan siapa?",
        "pusat",
    ),
    (
        (
            "1) kawasan kumuh kami 4 ha, 2) skornya kumuh berat, 3) jadi siapa yang berwenang "
            "menanganinya?"
        ),
        "kabkota",
    ),
    (
        "Katanya bot pintar, kumuh 14,99 hektar itu kewenangan siapa? Jangan dibulatkan.",
        "provinsi",
    ),
    (
        (
            "Kalau kawasan kumuhnya di perbatasan dua kecamatan tapi satu delineasi dengan "
            "total 180.000 m², kewenangannya siapa?"
        ),
        "pusat",
    ),
    (
        (
            "I should be grateful if you could confirm which level of government handles a "
            "slum area of 9 hectares in Sampit."
        ),
        "kabkota",
    ),
    (
        (
            "Could you kindly advise who is responsible for a slum area of 16 hectares in "
            "Desa Sungai Cabang, Kumai, Kotawaringin Barat?"
        ),
        "pusat",
    ),
]

TRAIN_R46_OUT_OF_SCOPE: list[str] = [
    "Berapa pagu anggaran Disperkimtan provinsi untuk penanganan kumuh tahun depan?",
    "Siapa pemenang tender jalan lingkungan di Sampit tahun ini?",
    "Nomor HP kepala bidang kawasan permukiman provinsi berapa ya?",
    (
        "Rakor tahun lalu akhirnya meloloskan berapa usulan Kapuas, dan nilainya total "
        "berapa miliar?"
    ),
    "Berapa angka backlog rumah di Kalimantan Tengah menurut data terbaru?",
    "Syarat KPR subsidi FLPP untuk pegawai honorer itu apa saja?",
    "HARGA SEMEN PER SAK DI KUALA KURUN SEKARANG BRP?",
    "Besok di Palangka Raya hujan tidak? Kami mau survei lapangan.",
    "Berapa gaji PPPK teknis di dinas kabupaten sekarang?",
    "Jadwal pencairan dana desa tahap dua tahun ini kapan?",
    "Aturan dana BOS untuk perbaikan atap ruang kelas itu bagaimana?",
    "Would you be able to tell me how I renew my official passport for a work trip abroad?",
    "Tolong buatkan surat permohonan cuti tahunan atas nama saya.",
    "Berapa harga tiket pesawat Palangka Raya ke Jakarta minggu depan?",
    "Kapan pendaftaran CPNS formasi teknik sipil dibuka lagi?",
]
