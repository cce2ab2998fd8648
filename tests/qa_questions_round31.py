"""Round 31 held-out question table for the Sinkron bot.

Written 2026-12-05 by two helpers who had not seen the knowledge base or any other question
table; they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md) plus the place-name list. Part A
wrote the topic questions on the non-glossary topics; part B the glossary questions, the
intents, the slum areas and the out-of-scope questions.

Style emphasis of this round: formal messages to a superior office ("Mohon izin bertanya",
"Dengan hormat, mohon arahan ..."), Banjar- or Dayak-flavoured Indonesian (kada, handak,
pian, ulun, kaya apa), voice-typed messages (no punctuation, numbers as words), English as a
non-native writes it, short chat with abbreviations.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

from __future__ import annotations

PART_A_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "Dengan hormat, mohon arahan terkait pembagian kewenangan bidang perumahan dan "
        "kawasan permukiman antara pemerintah pusat, provinsi, dan kabupaten/kota secara "
        "garis besar. Terima kasih.",
        "kewenangan.ringkasan",
    ),
    (
        "ulun handak tahu pang, bidang perkim tu pembagian gawian pusat, provinsi wan "
        "kabupaten kaya apa garis besarnya?",
        "kewenangan.ringkasan",
    ),
    (
        "Can you give me an overview of who does what in housing and settlements, "
        "centre vs province vs kabupaten?",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "Sehubungan dengan penyusunan Renstra dinas kami di Kabupaten Katingan, kami mohon "
        "penjelasan apakah urusan perumahan rakyat dan kawasan permukiman termasuk urusan "
        "wajib pelayanan dasar atau urusan pilihan, beserta dasar pasalnya.",
        "kewenangan.urusan_wajib",
    ),
    (
        "perumahan rakyat itu termasuk urusan wajib atau pilihan ya pasal berapa di undang "
        "undang dua puluh tiga tahun dua ribu empat belas",
        "kewenangan.urusan_wajib",
    ),
    ("perkim tu urusan wajib pelayanan dasar kah? dasar hukumnya apa", "kewenangan.urusan_wajib"),
    # kewenangan.kumuh
    (
        "Mohon izin bertanya, kawasan kumuh di Kelurahan Baamang Hulu luasnya 12,4 ha. "
        "Penanganannya menjadi kewenangan kabupaten atau provinsi?",
        "kewenangan.kumuh",
    ),
    (
        "pembagian ke wenangan kumuh berdasarkan luas dari yang di bawah sepuluh hektar "
        "sampai yang lebih dari lima belas hektar itu bagaimana",
        ("kewenangan.kumuh", "kewenangan.kumuh_pusat"),
    ),
    (
        "kumuh di desa ulun cuma 7 ha haja, kawa kah diusulkan ke provinsi atau itu gawian "
        "kabupaten?",
        "kewenangan.kumuh",
    ),
    ("kumuh pas 10 ha masuk kab atau prov?", "kewenangan.kumuh"),
    # kewenangan.kumuh_pusat
    (
        "Dengan hormat, kami memiliki kawasan kumuh di Kecamatan Selat dengan luas lebih dari "
        "40 ha. Mohon arahan, tingkat pemerintahan mana yang berwenang menanganinya?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Our slum area in Pahandut is about 18 hectares. Is that still the province's job "
        "or does it go to the central government?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "kumuh lima belas hektar pas itu masih propinsi atau sudah pusat",
        "kewenangan.kumuh_pusat",
    ),
    (
        "kawasan kumuh tepi sungai di Mentawa Baru Hilir luasnya dua puluh hektar labih, "
        "siapa nang bewenang mun kaya itu?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    (
        "Mohon izin bertanya, kegiatan pencegahan tumbuhnya permukiman kumuh baru menjadi "
        "tanggung jawab provinsi atau kabupaten/kota?",
        "kewenangan.pencegahan_kumuh",
    ),
    ("pencegahan kumuh bs diusulkan ke prov gk?", "kewenangan.pencegahan_kumuh"),
    (
        "Who is in charge of stopping new slums from forming? Can the province fund "
        "that kind of pencegahan work?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "Dengan hormat, dalam sub-urusan perumahan, apa saja kewenangan pemerintah provinsi "
        "dan apa yang tetap menjadi kewenangan kabupaten/kota?",
        "kewenangan.perumahan",
    ),
    (
        "urusan perumahan tu provinsi bewenang napa haja, pian? ulun bingung bedanya lawan "
        "kabupaten",
        "kewenangan.perumahan",
    ),
    (
        "di bidang perumahan bukan yang kawasan permukiman ya pemprov itu sebenarnya pegang "
        "urusan apa saja",
        "kewenangan.perumahan",
    ),
    (
        "kewenangan prov di sub urusan perumahan apa aja sih selain soal kumuh",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "Mohon izin bertanya, apabila kabupaten kami ingin membangun rusun bagi MBR, apakah "
        "dapat diusulkan ke provinsi atau hal tersebut kewenangan pemerintah pusat?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "penyediaan rumah untuk masyarakat berpenghasilan rendah itu kewenangan siapa pusat "
        "atau propinsi",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Who runs housing finance schemes for low-income families (MBR)? Is that the "
        "ministry rather than the province?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "Sehubungan dengan banjir yang melanda beberapa desa di Kecamatan Dusun Selatan, kami "
        "mohon penjelasan siapa yang berwenang menyediakan dan merehabilitasi rumah warga "
        "korban bencana tersebut.",
        "kewenangan.bencana_relokasi",
    ),
    (
        "warga ulun kena relokasi gara-gara proyek jalan provinsi, rumah gasan bubuhannya tu "
        "siapa nang menyediakan?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "rumah korban ke bakaran di muara teweh kalau bencananya skala kabupaten yang "
        "bangun rumahnya siapa",
        "kewenangan.bencana_relokasi",
    ),
    (
        "If families are relocated because of a central government project, who has to "
        "provide their new houses?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "Mohon arahan, penerbitan izin pembangunan dan pengembangan perumahan oleh pengembang "
        "di wilayah kami dilakukan oleh provinsi atau kabupaten?",
        "kewenangan.izin",
    ),
    ("SKBG yg terbitkan siapa? prov atau kab", "kewenangan.izin"),
    (
        "ijin pengembangan kawasan permukiman tu minta ke mana, ke provinsi kah atau ke pemkab "
        "haja?",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "Sehubungan dengan penyusunan matriks urusan di dinas kami, mohon penjelasan khusus "
        "untuk sub-urusan kawasan permukiman: kegiatan apa saja yang tercantum bagi "
        "masing-masing tingkat pemerintahan?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "sistem kawasan permukiman nasional itu yang menetapkan siapa",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "sub urusan kawasan permukiman tu isinya apa aja? bagian prov yg mana?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "Mohon izin bertanya, apa perbedaan PSU permukiman dan PSU perumahan, dan masing-masing "
        "menjadi kewenangan siapa?",
        "kewenangan.psu",
    ),
    (
        "jalan di perumahan subsidi nang dibangun developer tu rusak, kawa kah provinsi nang "
        "memperbaiki PSU-nya?",
        "kewenangan.psu",
    ),
    (
        "pe es u perumahan itu kewenangan kabupaten ya terus pe es u permukiman propinsi "
        "betul begitu",
        "kewenangan.psu",
    ),
    (
        "Kami dari Dinas Perkim Kotim, drainase di kompleks perumahan warga itu masuk PSU "
        "perumahan atau PSU permukiman? soalnya beda yang berwenang",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "Mohon izin bertanya, jenis PSU apa saja yang dibangun oleh Disperkimtan Provinsi? "
        "Apakah termasuk penerangan jalan dan sarana air bersih?",
        "psu.lingkup_provinsi",
    ),
    (
        "apakah dis perkimtan bisa bangun drainase di pinggir jalan provinsi yang lewat kasongan",
        "psu.lingkup_provinsi",
    ),
    (
        "jalan lingkungan di perdesaan kawa jua kah diusulkan, atau provinsi cuma membangun "
        "di kota haja?",
        "psu.lingkup_provinsi",
    ),
    (
        "What kind of infrastructure does Disperkimtan actually build for us? Only jalan "
        "lingkungan and drains?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "Dengan hormat, kami mohon penjelasan mengenai kewenangan sertifikasi dan registrasi "
        "bagi perancang rumah dan perencana PSU, khususnya untuk tingkat kemampuan menengah.",
        "kewenangan.sertifikasi",
    ),
    ("sertifikasi perencana PSU kemampuan kecil itu kab ya?", "kewenangan.sertifikasi"),
    (
        "konsultan perencana rumah skala besar registrasinya ke mana pusat atau propinsi",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        "Mohon izin bertanya, apa saja jenis pelayanan dasar dalam SPM bidang perumahan rakyat "
        "yang menjadi kewajiban pemerintah provinsi?",
        "kewenangan.spm",
    ),
    (
        "What is the SPM target for decent housing for disaster victims, is it 100 percent?",
        "kewenangan.spm",
    ),
    (
        "standar pelayanan minimal perumahan itu dasar hukumnya pe pe dua tahun dua ribu "
        "delapan belas ya isinya apa saja",
        "kewenangan.spm",
    ),
    (
        "SPM perumahan gasan kabupaten tu indikatornya napa haja? ulun disuruh pimpinan "
        "menyusun laporan SPM",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "Mohon arahan, dalam menentukan kewenangan, luas kumuh yang dipakai itu luas seluruh "
        "kelurahan atau hanya luas kawasan hasil delineasi dalam SK?",
        "kumuh.luas_delineasi",
    ),
    (
        "luas kelurahan selat hulu seratus tiga puluh hektar tapi yang kumuh cuma sebagian "
        "jadi yang dihitung yang mana",
        "kumuh.luas_delineasi",
    ),
    (
        "kawasan kumuh ulun tu tadiri dari dua RT nang bapisah, luasnya dijumlah kah atau "
        "dihitung sorang-sorang?",
        "kumuh.luas_delineasi",
    ),
    (
        "di SK 9,6 ha tp di lapangan skrg udh sekitar 11 ha, yg dipakai yg mana?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    (
        "Dengan hormat, siapa pejabat yang berwenang menetapkan lokasi perumahan dan "
        "permukiman kumuh, dan apa saja lampiran yang harus ada dalam keputusannya?",
        "kumuh.penetapan",
    ),
    ("SK kumuh hrs direvisi tiap brp tahun?", "kumuh.penetapan"),
    (
        "apakah gubernur bisa menetapkan lokasi kumuh di kabupaten atau harus bupati",
        "kumuh.penetapan",
    ),
    (
        "SK kumuh kami sudah enam tahun umurnya, wajib direview dulu kah sebelum dipakai "
        "gasan usulan ke provinsi?",
        ("kumuh.penetapan", "usulan.sk_kumuh"),
    ),
    # kumuh.aspek
    (
        "Mohon izin bertanya, aspek apa saja yang dinilai untuk menentukan suatu lokasi "
        "termasuk permukiman kumuh?",
        "kumuh.aspek",
    ),
    (
        "kriteria kumuh tu ada tujuh aspek kah? napa haja, proteksi kebakaran masuk jua kah?",
        "kumuh.aspek",
    ),
    (
        "kriteria kumuh itu katanya ada enam belas kriteria ya aspek nya apa aja",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    (
        "Mohon penjelasan mengenai cara penilaian tingkat kekumuhan, berapa skor maksimalnya "
        "dan pada nilai berapa suatu lokasi dikategorikan kumuh berat?",
        "kumuh.penilaian",
    ),
    ("nilai kekumuhan enam puluh dua itu termasuk kumuh berat bukan", "kumuh.penilaian"),
    ("skor tiap kriteria kumuh 0 1 3 5 itu dasarnya apa?", "kumuh.penilaian"),
    (
        "How is a slum location scored, and what total makes it kumuh berat?",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    (
        "Sehubungan dengan hasil penilaian lokasi di Kelurahan Mendawai yang memperoleh nilai "
        "45, kami mohon penjelasan apakah lokasi tersebut tergolong kumuh sedang atau ringan.",
        "kumuh.tingkat_sedang_ringan",
    ),
    ("skor kumuh ringan tu rentangnya berapa sampai berapa, pian?", "kumuh.tingkat_sedang_ringan"),
    (
        "kalau nilainya cuma tiga puluh itu masuk kumuh ringan atau kumuh sedang",
        "kumuh.tingkat_sedang_ringan",
    ),
    ("batas nilai KS dan KR brp?", "kumuh.tingkat_sedang_ringan"),
    # kumuh.pola_penanganan
    (
        "Mohon arahan, untuk lokasi kumuh sedang yang berada di atas lahan legal, pola "
        "penanganan apa yang sesuai?",
        "kumuh.pola_penanganan",
    ),
    (
        "What's the difference between pemugaran, peremajaan and pemukiman kembali?",
        "kumuh.pola_penanganan",
    ),
    (
        "kumuh di bantaran sungai tanahnya tidak legal penanganannya pemukiman kembali atau "
        "peremajaan",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    (
        "Dengan hormat, kami mohon data jumlah lokasi dan total luas kawasan kumuh se-"
        "Kalimantan Tengah sebagai bahan paparan pimpinan.",
        "kumuh.kalteng",
    ),
    ("total kumuh kalteng brp ha?", "kumuh.kalteng"),
    (
        "kabupaten mana nang paling banyak lokasi kumuhnya di Kalteng ni?",
        "kumuh.kalteng",
    ),
    # usulan.isi
    (
        "Mohon izin bertanya, data dan informasi apa saja yang perlu dicantumkan dalam usulan "
        "kegiatan ke provinsi, dan mengapa data tersebut diperlukan?",
        "usulan.isi",
    ),
    (
        "kenapa pang usulan tu harus banyak banar isiannya, jumlah KK, jiwa, sektor segala?",
        "usulan.isi",
    ),
    (
        "knp usulan hrs pilih sektor air minum sanitasi sampah dll? ngaruh apa",
        "usulan.isi",
    ),
    # usulan.jenis
    (
        "Dengan hormat, jenis usulan kegiatan apa saja yang dapat diajukan kabupaten kepada "
        "Disperkimtan Provinsi?",
        "usulan.jenis",
    ),
    (
        "bisa tidak usulan selain kumuh dan pe es u misalnya rumah untuk korban bencana",
        "usulan.jenis",
    ),
    ("pilihan jenis usulan ada apa aja? yg 'lainnya' itu utk apa", "usulan.jenis"),
    # usulan.lokasi
    (
        "Mohon izin bertanya, data lokasi apa saja yang harus diisi dalam usulan, dan apakah "
        "wajib menyertakan titik koordinat?",
        "usulan.lokasi",
    ),
    (
        "lokasi usulan itu ada pilihan perkotaan atau perdesaan maksudnya apa kalau desanya "
        "di pinggir kota",
        "usulan.lokasi",
    ),
    (
        "nama lokasinya harus sama dengan yang di es ka kumuh tidak terus titik gps nya wajib kah",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    (
        "Mohon arahan, dalam usulan apakah jumlah penerima manfaat dihitung dalam KK, jiwa, "
        "atau unit rumah, dan sumber dana apa saja yang dapat dipilih?",
        "usulan.penerima_biaya",
    ),
    (
        "biaya usulan tu ditulis perkiraan haja kah? sumber dananya kawa kah dicampur APBD "
        "kabupaten lawan provinsi?",
        "usulan.penerima_biaya",
    ),
    ("jml jiwa boleh lbh kecil dr jml KK gak?", "usulan.penerima_biaya"),
    # usulan.kesiapan
    (
        "Dengan hormat, mohon penjelasan mengenai kriteria kesiapan (readiness criteria) yang "
        "harus dipenuhi agar usulan PSU kami dinilai siap dilaksanakan.",
        "usulan.kesiapan",
    ),
    (
        "dokumen kesiapan usulan itu apa saja yang wajib kalau belum lengkap boleh dikirim "
        "dulu atau tidak",
        "usulan.kesiapan",
    ),
    (
        "What readiness documents should go with a jalan lingkungan proposal to the province?",
        "usulan.kesiapan",
    ),
    (
        "surat bupati lawan kesepakatan warga tu perlu kah dilampirkan gasan kesiapan usulan?",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    (
        "Mohon izin bertanya, yang dimaksud dengan lahan clean and clear dalam usulan itu "
        "seperti apa?",
        "usulan.lahan",
    ),
    (
        "lahannya punya desa belum bersertifikat terus masih ada sengketa sedikit bisa "
        "diusulkan tidak",
        "usulan.lahan",
    ),
    ("status lahan milik warga cuma SKT, msh bisa utk usulan drainase?", "usulan.lahan"),
    # usulan.sk_kumuh
    (
        "Sehubungan dengan usulan penanganan kumuh dari Kabupaten Barito Utara, SK kumuh kami "
        "terbit tahun 2019. Apakah SK tersebut masih dapat digunakan sebagai dasar usulan?",
        "usulan.sk_kumuh",
    ),
    (
        "lokasi nang handak ulun usulkan kada tacantum di SK kumuh, kawa kah tetap diusulkan?",
        "usulan.sk_kumuh",
    ),
    (
        "nomor es ka kumuh sama tanggalnya wajib diisi di usulan kumuh kah",
        "usulan.sk_kumuh",
    ),
    (
        "For a slum proposal, what details of the SK kumuh do I have to give?",
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    (
        "Mohon izin bertanya, apakah DED dan RAB wajib dilampirkan pada saat pengajuan usulan, "
        "atau dapat menyusul setelah usulan disetujui?",
        "usulan.dokumen_teknis",
    ),
    (
        "foto kondisi eksisting berapa lembar maksimal terus er ka es itu perlu juga",
        "usulan.dokumen_teknis",
    ),
    ("site plan wajib gk utk usulan jaling?", "usulan.dokumen_teknis"),
    (
        "Can we send the RAB and DED as PDFs, or do you need the hard copies?",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        "Dengan hormat, mohon arahan terkait isi dan penandatangan surat pernyataan kesediaan "
        "menerima hibah serta melaksanakan operasi dan pemeliharaan.",
        "usulan.surat_pernyataan",
    ),
    (
        "surat pernyataan O&P tu siapa nang tanda tangan, kepala dinas kah atau bupati?",
        "usulan.surat_pernyataan",
    ),
    (
        "kenapa harus ada surat pernyataan sanggup memelihara kan yang bangun propinsi",
        "usulan.surat_pernyataan",
    ),
    ("srt pernyataan hibah & OP wajib dilampir ya?", "usulan.surat_pernyataan"),
    # usulan.rtlh
    (
        "Mohon izin bertanya, apa saja persyaratan usulan perbaikan rumah tidak layak huni "
        "melalui provinsi, dan siapa yang menetapkan penerima bantuannya?",
        "usulan.rtlh",
    ),
    (
        "warga ulun di Pangkalan Muntai rumahnya sudah roboh, handak bangun hanyar haja, "
        "kawa kah lewat program RTLH provinsi?",
        "usulan.rtlh",
    ),
    (
        "bedah rumah dari propinsi tanahnya harus sertifikat atau cukup es ka te",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "Dengan hormat, apabila masyarakat mengajukan permohonan pembangunan jalan lingkungan "
        "langsung ke Disperkimtan, apa saja persyaratannya?",
        "usulan.psu_masyarakat",
    ),
    (
        "warga rt tiga mau minta drainase langsung ke propinsi harus diketahui siapa saja",
        "usulan.psu_masyarakat",
    ),
    (
        "Can residents send a road or drainage request straight to the province without "
        "going through the dinas kabupaten?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "Mohon izin bertanya, setelah provinsi selesai membangun jalan lingkungan di atas lahan "
        "milik kabupaten, bagaimana mekanisme serah terima asetnya?",
        "hibah.aset",
    ),
    (
        "drainase nang dibangun provinsi tahun tadi sudah rusak, siapa nang wajib memelihara, "
        "provinsi kah kabupaten?",
        "hibah.aset",
    ),
    ("bast hibah aset itu ditanda tangani siapa saja", "hibah.aset"),
    (
        "After the hibah, whose BMD register does the road go into, the province's or ours?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "Sehubungan dengan usulan kumuh kami seluas 6 ha yang ternyata bukan kewenangan "
        "provinsi, kami mohon arahan sumber pendanaan lain yang dapat ditempuh.",
        "pendanaan.saluran_lain",
    ),
    ("kl bukan kewenangan prov, dana dr mana lg? DAK bs?", "pendanaan.saluran_lain"),
    (
        "mun provinsi kada kawa, CSR perusahaan sawit kawa jua kah dipakai gasan jaling?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        "Dengan hormat, mohon penjelasan tahapan pengusulan kegiatan dari kabupaten ke "
        "provinsi dalam satu tahun, mulai dari penyusunan usulan sampai pembangunan fisik.",
        "siklus.tahunan",
    ),
    (
        "usulan yang dikirim tahun ini itu untuk anggaran tahun depan atau bisa dibangun "
        "tahunini juga",
        "siklus.tahunan",
    ),
    (
        "Is the proposal round yearly? If we miss this year's round do we just wait for "
        "the next one?",
        "siklus.tahunan",
    ),
    (
        "ulun pegawai hanyar di dinas perkim Lamandau, kaya apa urutan usulan ke provinsi "
        "tiap tahun tu?",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    (
        "Mohon izin bertanya, setelah usulan kami terkirim, pemeriksaan apa saja yang "
        "dilakukan pihak provinsi sebelum usulan dibahas?",
        "siklus.pemeriksaan",
    ),
    (
        "verifikasi usulan di propinsi itu ada survei lapangan juga atau cuma cek berkas",
        "siklus.pemeriksaan",
    ),
    ("usulan dicek dr sisi apa aja? administrasi, teknis, kewenangan?", "siklus.pemeriksaan"),
    # siklus.rakor
    (
        "Dengan hormat, mohon penjelasan mengenai tujuan Rapat Koordinasi dan Sinkronisasi "
        "Bidang Kawasan Permukiman se-Kalimantan Tengah serta siapa saja pesertanya.",
        "siklus.rakor",
    ),
    ("rakor tu gasan napa pang? usulan kami dibahas jua kah di situ?", "siklus.rakor"),
    (
        "Is the Rakor an annual thing, and do the kabupaten present their usulan there?",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    (
        "Mohon arahan, setelah usulan dibahas dalam Rakor, bagaimana proses selanjutnya "
        "hingga masuk ke RKPD dan APBD Provinsi?",
        "siklus.rkpd_apbd",
    ),
    (
        "usulan yang disetujui di rak or itu otomatis masuk a pe be de propinsi atau masih "
        "lewat musrenbang",
        "siklus.rkpd_apbd",
    ),
    ("hub rakor dgn musrenbang prov apa?", "siklus.rkpd_apbd"),
    (
        "Once a proposal is approved, does that mean the money is already in next year's "
        "provincial budget?",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    (
        "Mohon izin bertanya, apa peran Pokja PKP di daerah dan apa dasar hukum pembentukannya?",
        "koordinasi.pokja_pkp",
    ),
    (
        "kabupaten ulun balum baisi Pokja PKP, perlu kah dibentuk? siapa nang biasanya jadi "
        "ketuanya?",
        "koordinasi.pokja_pkp",
    ),
    (
        "pokja pe ka pe itu kelompok kerja apa dan tugasnya apa saja",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    (
        "Dengan hormat, mohon informasi alamat kantor Disperkimtan Provinsi Kalimantan Tengah "
        "untuk pengantaran berkas usulan secara fisik.",
        "disperkimtan.kontak",
    ),
    ("web disperkimtan kalteng apa ya?", "disperkimtan.kontak"),
    (
        "Disperkimtan provinsi tu dinas napa sabujurnya, tugasnya gasan napa haja?",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    (
        "Mohon izin bertanya, perintah apa saja yang tersedia di bot Sinkron ini?",
        "bot.cara_pakai",
    ),
    (
        "jam yang ditampilkan di bot ini pakai we i be atau wita soalnya saya di luar kota",
        "bot.cara_pakai",
    ),
    ("Can I switch this bot to English?", "bot.cara_pakai"),
    # bot.usul
    (
        "Mohon izin bertanya, apabila pengisian formulir /usul terputus karena sinyal hilang, "
        "apakah isian sebelumnya tersimpan?",
        "bot.usul",
    ),
    ("di /usul bs lampir pdf gk? max brp?", "bot.usul"),
    (
        "kaya apa menyalin usulan tahun tadi lewat /usul, supaya kada mengisi dari awal pulang?",
        "bot.usul",
    ),
    # bot.status
    (
        "Mohon penjelasan, apa arti masing-masing status usulan di Sinkron, misalnya "
        "verifikasi dan dibahas di Rakor?",
        "bot.status",
    ),
    (
        "status perlu perbaikan itu artinya apa harus kirim ulang dari awal atau cukup diperbaiki",
        "bot.status",
    ),
    ("bedanya status diajukan sm verifikasi apa?", "bot.status"),
    (
        "What does the status 'dibatalkan' mean, and can a proposal still be withdrawn once "
        "it is on the Rakor agenda?",
        "bot.status",
    ),
    # bot.ditolak_dialihkan
    (
        "Dengan hormat, salah satu usulan kami berstatus dialihkan. Mohon penjelasan maksud "
        "status tersebut dan langkah yang perlu kami tempuh.",
        "bot.ditolak_dialihkan",
    ),
    (
        "usulan ulun ditolak ujar bot, alasannya bukan kewenangan provinsi. Kaya apa lah ulun ni?",
        "bot.ditolak_dialihkan",
    ),
    (
        "usulan yang sudah ditolak bisa diajukan lagi tidak dengan sarat yang dilengkapi",
        "bot.ditolak_dialihkan",
    ),
    ("alasan usulan biasanya ditolak apa aja sih?", "bot.ditolak_dialihkan"),
    # bot.tindak_lanjut
    (
        "Mohon izin bertanya, berapa lama standar waktu provinsi menindaklanjuti usulan yang "
        "sudah kami kirim melalui Sinkron?",
        "bot.tindak_lanjut",
    ),
    ("usulan sdh seminggu blm diverifikasi, normalnya brp hari?", "bot.tindak_lanjut"),
    (
        "What is the LAPOR! benchmark for follow-up times, and is it binding on the dinas?",
        "bot.tindak_lanjut",
    ),
    # bot.rapat
    (
        "Dengan hormat, apabila kepala bidang kami berhalangan hadir pada rapat yang diundang "
        "melalui Sinkron, apakah dapat diwakilkan dan bagaimana caranya?",
        "bot.rapat",
    ),
    (
        "pengingat rapat di bot itu dikirim kapan saja sehari sebelumnya atau seminggu sebelumnya",
        "bot.rapat",
    ),
    ("kaya apa mengonfirmasi hadir rapat lewat bot ni, pian?", "bot.rapat"),
]

PART_B_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    ("perkim tu singkatan dari apa pian", "istilah.perkim"),
    (
        "Dengan hormat, mohon izin bertanya, Disperkimtan itu kepanjangannya apa nggih",
        "istilah.disperkimtan",
    ),
    (
        "Mohon izin bertanya Bapak, di surat edaran tertulis PSU, itu kepanjangan dari apa",
        "istilah.psu",
    ),
    ("what does PSU mean in the proposal form", "istilah.psu"),
    (
        "di rab kami ada item jaling 250 meter, ulun kada paham jaling tu apa",
        "istilah.jaling",
    ),
    (
        "yang disebut drainase lingkungan itu saluran yang seperti apa mohon penjelasan",
        "istilah.drainase",
    ),
    (
        "di tabel lampiran sk ada kode KR di samping nama kelurahan itu artinya apa",
        "istilah.kr",
    ),
    ("ks tu singkatan kumuh apa", "istilah.ks"),
    ("what is KB in the slum list, it is not family planning right", "istilah.kb"),
    ("ulun masih baru di dinas, sk kumuh tu surat apa sebenarnya", "istilah.skkumuh"),
    ("apa arti delinasi kawasan", "istilah.delineasi"),
    ("mohon izin rtlh kepanjangannya apa", "istilah.rtlh"),
    ("rlh tu apa, kebalikan dari rtlh kah", "istilah.rlh"),
    (
        "warga sering bilang minta bedah rumah itu sebenarnya istilah untuk apa ya",
        "istilah.bedahrumah",
    ),
    ("bsbs tu program apa pian", "istilah.bsps"),
    (
        "Dengan hormat, mohon dijelaskan yang dimaksud dengan MBR dalam urusan perumahan",
        "istilah.mbr",
    ),
    ("what is a rusunawa", "istilah.rusunawa"),
    ("rusus tu rumah apa kah", "istilah.rusus"),
    (
        "kemarin di berita banjir ada kata huntara itu kepanjangannya apa",
        "istilah.huntara",
    ),
    ("huntap itu singkatan apa pian", "istilah.huntap"),
    (
        "di isian penerima manfaat ada KK itu maksudnya kartu keluarga atau kepala keluarga",
        "istilah.kk",
    ),
    (
        "yang dimaksud jiwa di kolom penerima manfaat itu apa pak orang atau rumah",
        "istilah.jiwa",
    ),
    ("di form luas diminta dalam ha itu satuan apa ya", "istilah.ha"),
    ("mohon izin bertanya ded itu kepanjangannya apa", "istilah.ded"),
    ("what is a DED", "istilah.ded"),
    ("rab itu apa ya", "istilah.rab"),
    (
        "konsultan minta kami siapkan rks itu singkatan dari apa",
        "istilah.rks",
    ),
    ("KAK itu apa, sama kah dengan TOR", "istilah.kak"),
    ("site plan tu apa bahasa indonesianya", "istilah.siteplan"),
    ("rc di dokumen kesiapan itu singkatan dari apa", "istilah.rc"),
    ("bast yg ditandatangani bupati nanti tu singkatan apa", "istilah.bast"),
    ("arti kata hibah tu apa", "istilah.hibah"),
    (
        "aset jalan tu nanti dicatat sebagai bmd, bmd tu kepanjangannya apa",
        "istilah.bmd",
    ),
    ("what does BMN stand for", "istilah.bmn"),
    (
        "di surat pernyataan ada tulisan O&P, itu singkatan apa nggih",
        "istilah.op",
    ),
    ("spm singkatan apa", "istilah.spm"),
    ("pokja pkp tu apa pian", "istilah.pokjapkp"),
    (
        "Mohon izin bertanya Pokja PPAS itu kepanjangannya apa",
        "istilah.pokjappas",
    ),
    ("pokja ampl itu singkatan dari apa", "istilah.pokjaampl"),
    ("rp3kp tu dokumen apa", "istilah.rp3kp"),
    (
        "Dengan hormat mohon arahan RP2KPKP itu singkatan dari apa dan dokumen apa",
        "istilah.rp2kpkp",
    ),
    ("kotaku tu program apa", "istilah.kotaku"),
    (
        "dak tematik ppkt yg disebut di kanal pendanaan itu apa maksudnya",
        "istilah.daktematikppkt",
    ),
    ("Dengan hormat, mohon izin bertanya kepanjangan dari APBN", "istilah.apbn"),
    ("what is APBDes", "istilah.apbdes"),
    (
        "bankeu yg ada di pilihan sumber dana tu apa artinya",
        "istilah.bankeu",
    ),
    ("pokir tu singkatan apa pian", "istilah.pokir"),
    (
        "musrenbang kepanjangannya apa ulun lupa",
        "istilah.musrenbang",
    ),
    ("rkpd itu singkatan dari apa", "istilah.rkpd"),
    ("renja dinas tu maksudnya rencana apa", "istilah.renja"),
    ("renstra kepanjangannya apa ya", "istilah.renstra"),
    ("kaya apa kepanjangan rpjmd tu pian", "istilah.rpjmd"),
    (
        "Mohon izin bertanya, KUA-PPAS itu singkatan apa dan maksudnya apa",
        "istilah.kuappas",
    ),
    ("dpa itu kepanjangan dari apa", "istilah.dpa"),
    ("sipd tu singkatan apa", "istilah.sipd"),
    ("bapperida tu badan apa", "istilah.bapperida"),
    (
        "di form ada pilihan opd pengusul, opd tu apa",
        "istilah.opd",
    ),
    ("what does SKPD stand for", "istilah.skpd"),
    ("spam di dokumen rpjmd tu apa, bukan spam email kan", "istilah.spam"),
    ("spald itu kepanjangannya apa ya tolong dijelaskan", "istilah.spald"),
    ("ipal itu apa artinya pak tolong dijelaskan singkat", "istilah.ipal"),
    ("what does TPS3R stand for", "istilah.tps3r"),
    ("handak betakun mck tu kepanjangannya apa", "istilah.mck"),
    (
        "lahannya harus sesuai rtrw katanya, rtrw tu apa",
        "istilah.rtrw",
    ),
    ("pbg itu apa kepanjangannya", "istilah.pbg"),
    ("ulun handak tahu slf itu singkatan apa", "istilah.slf"),
    ("lahan warga cuma ada skt, skt tu singkatan apa", "istilah.skt"),
    ("what does clean and clear mean for land", "istilah.cleanandclear"),
    (
        "rakor tu singkatan dari apa lengkapnya",
        "istilah.rakor",
    ),
    ("jam di undangan ditulis WIB, WIB tu waktu apa", "istilah.wib"),
    ("backlog perumahan itu maksudnya apa", "istilah.backlog"),
    (
        "dalam istilah perkim yang disebut kumuh tu apa",
        "istilah.kumuh",
    ),
    ("rusun tu apa kepanjangannya", "istilah.rusun"),
    ("pkp dgn perkim tu sama kah artinya", ("istilah.pkp", "istilah.perkim")),
]

# Intents: six questions per intent label.
PART_B_INTENTS: list[tuple[str, str]] = [
    # status: the officer's own proposals
    (
        "Mohon izin bertanya, usulan kami dari Kabupaten Seruyan sudah sampai tahap mana",
        "status",
    ),
    ("usulan ulun nang kemarin tu sudah diterima kah pian", "status"),
    ("what is the status of the proposals we sent", "status"),
    ("usulan jaling kami sdh diverifikasi blm", "status"),
    (
        "Dengan hormat, mohon informasi perkembangan usulan kami USL-2026-0014",
        "status",
    ),
    ("tolong cek usulan dari dinas kami apakah ada yang perlu perbaikan", "status"),
    # meeting: when and where the next Rakor or meeting is
    (
        "Mohon izin, Rakor tahun ini dilaksanakan tanggal berapa dan bertempat di mana",
        "meeting",
    ),
    ("kapan rapat berikutnya pian", "meeting"),
    ("rakor kpn", "meeting"),
    ("when is the next coordination meeting", "meeting"),
    (
        "rapat koordinasi bidang kawasan permukiman tahun ini di mana tempatnya dan jam berapa",
        "meeting",
    ),
    ("ulun handak tahu jadwal rapat terdekat dengan provinsi", "meeting"),
    # deadline: last day to send proposals
    (
        "Dengan hormat, mohon informasi batas akhir penyampaian usulan untuk tahun anggaran depan",
        "deadline",
    ),
    ("sampai tanggal berapa usulan masih bisa dikirim", "deadline"),
    ("tenggat usulan kpn ya", "deadline"),
    ("what is the deadline for sending proposals", "deadline"),
    ("usulan paling lambat dikirim kapan pian", "deadline"),
    (
        "ulun handak ngirim usulan tapi takut talambat kapan ditutupnya",
        "deadline",
    ),
    # greeting: hello, thanks, what can you do, help
    ("Selamat pagi Bapak Ibu admin", "greeting"),
    ("terima kasih banyak pian lah", "greeting"),
    ("hello, what can you do", "greeting"),
    ("bot ini bisa bantu apa aja", "greeting"),
    ("assalamualaikum", "greeting"),
    ("halo mohon bantuannya ulun baru pakai bot ini", "greeting"),
    # how_to_submit: how to send a proposal through this bot
    (
        "Mohon arahan, bagaimana cara menyampaikan usulan kegiatan melalui bot ini",
        "how_to_submit",
    ),
    ("gmn cara kirim usulan lewat sini", "how_to_submit"),
    ("how do I submit a proposal through this bot", "how_to_submit"),
    ("kaya apa cara mengusulkan lewat telegram ini", "how_to_submit"),
    (
        "ulun handak mengusulkan drainase langkahnya lewat bot ini kaya apa",
        "how_to_submit",
    ),
    ("cara input usulan baru di sinkron gimana ya", "how_to_submit"),
]

# Areas: a slum area's size, who is responsible (kabkota < 10 ha, provinsi 10 to < 15 ha,
# pusat 15 ha or more).
PART_B_AREAS: list[tuple[str, str]] = [
    (
        "Mohon izin bertanya, kawasan kumuh di Kelurahan Baamang Hulu seluas 8,7 ha "
        "menjadi kewenangan siapa",
        "kabkota",
    ),
    ("kumuh pas 10 ha tu kewenangan siapa pian", "provinsi"),
    ("lokasi kumuh tepat lima belas hektar ditangani siapa", "pusat"),
    ("a slum area of 12.4 hectares in Pahandut, who is responsible for it", "provinsi"),
    ("kumuh 95.000 m2 di Mentawa Baru Hilir siapa yg tangani", "kabkota"),
    ("luas delineasi 14,99 hektare kewenangan prov atau pusat", "provinsi"),
    (
        "kawasan kumuh di kelurahan selat hulu luasnya sepuluh koma lima hektar "
        "itu kewenangan siapa",
        "provinsi",
    ),
    (
        "Dengan hormat, kawasan kumuh Murung Keramat luasnya 16 hektare, "
        "mohon arahan siapa yang menangani",
        "pusat",
    ),
    ("kumuh 120.000 meter persegi di Kelurahan Panarung jadi urusan siapa", "provinsi"),
    (
        "kalau sedikit di bawah 15 ha, misal 14,8 ha, masih provinsi kah",
        "provinsi",
    ),
    ("lebih dari 14,5 ha tapi blm sampai 15 ha kumuhnya, siapa yg tangani", "provinsi"),
    ("kumuh 9,99 ha kewenangan siapa", "kabkota"),
    (
        "kawasan kumuh dua puluh tiga hektar di kuala pembuang siapa yang berwenang",
        "pusat",
    ),
    ("slum of 152000 m² in Sampit, province or regency", "pusat"),
    (
        "kumuh luas 3 ha di Tumbang Talaken tu urusan kabupaten kah atau provinsi",
        "kabkota",
    ),
    (
        "ulun ada lokasi kumuh 11,25 ha di Kelurahan Ketapang Sampit, kewenangan provinsi kah",
        "provinsi",
    ),
    ("kumuh persis 15,0 ha masih provinsi kah pian", "pusat"),
    ("kawasan kumuh 7.800 m² di Desa Sungai Bakau kewenangan siapa", "kabkota"),
    (
        "Mohon izin, luas di SK kumuh untuk Kelurahan Langkai 13,6 hektare, "
        "siapa penanggung jawab penanganannya",
        "provinsi",
    ),
    ("what about a 9.2 ha slum in Pangkalan Bun, who handles it", "kabkota"),
    ("kumuh 42 ha di Kapuas kewenangan siapa", "pusat"),
    ("kumuh 0,6 ha di Desa Pujon tu kewenangan siapa yg", "kabkota"),
    (
        "lokasi kumuh luasnya seratus empat puluh ribu meter persegi kewenangan siapa",
        "provinsi",
    ),
    ("kumuh 19,75 hektar di Jekan Raya tu pusat kah", "pusat"),
    ("kumuh 5 ha gmn kewenangannya", "kabkota"),
]

# Out of scope: the knowledge base cannot answer these; the bot should hand over.
PART_B_OUT_OF_SCOPE: list[str] = [
    "Mohon izin bertanya, berapa pagu anggaran Disperkimtan untuk PSU tahun 2027",
    "brp alokasi dana utk Kabupaten Katingan tahun 2027",
    "Dengan hormat, mohon informasi apakah CV Karya Betang Mandiri masuk daftar hitam",
    "minta nomor hp Kabid Kawasan Permukiman yg sekarang",
    "nomor wa kasi perencanaan di disperkimtan provinsi berapa pian",
    "tebal beton rigid untuk jalan lingkungan minimal berapa cm",
    "mutu beton untuk saluran u ditch drainase pakai K berapa",
    "syarat bantuan RTLH di Provinsi Kalimantan Selatan apa saja",
    "what are the slum upgrading rules in East Java province",
    (
        "sipd ulun error waktu input sub kegiatan muncul kode rekening tidak ditemukan "
        "kaya apa solusinya"
    ),
    "SIPD tdk bisa login dari pagi, gmn",
    "Mohon arahan, kenaikan pangkat saya ke III/c berkasnya apa saja",
    "Dengan hormat, bagaimana prosedur mutasi ASN dari kabupaten ke provinsi",
    "tunjangan kinerja bulan ini kapan cair",
    "harga semen per sak di Puruk Cahu brp skrg",
    "berapa persen realisasi fisik paket drainase di Buntok minggu ini",
    "pemenang tender jalan lingkungan di Kuala Kurun tahun ini siapa",
    "cuaca besok di palangka raya hujan kah",
    "jadwal pesawat palangka raya ke jakarta besok pagi jam berapa",
    "cara memasak juhu singkah kaya apa",
    "what is the dollar exchange rate today",
    "berapa harga tanah per meter di Jekan Raya",
    "kapan pencairan termin kedua untuk kontraktor paket PSU di Sukamara",
    "standar satuan harga tahun 2027 sudah terbit kah",
    "how much was spent on catering for last year's Rakor",
    "cara klaim BPJS Kesehatan untuk pegawai gimana",
    "sisa cuti tahunan ulun brp hari lagi",
    "aplikasi e-kinerja gagal upload SKP bulanan, mohon bantuan",
    "berapa jumlah RTLH di Kecamatan Sebangau Kuala menurut data BPS terbaru",
    "Perda RTRW Kabupaten Gunung Mas yang terbaru nomor berapa",
]


ROUND31_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [*PART_A_TOPICS, *PART_B_TOPICS]
ROUND31_INTENTS: list[tuple[str, str]] = PART_B_INTENTS
ROUND31_AREAS: list[tuple[str, str]] = PART_B_AREAS
ROUND31_OUT_OF_SCOPE: list[str] = PART_B_OUT_OF_SCOPE
