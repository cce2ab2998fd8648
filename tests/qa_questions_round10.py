"""Round-10 evaluation questions for the Sinkron question matcher.

Written on 2026-12-04 by someone who had not seen the knowledge base: only the topic ids with
their titles and the domain notes (docs/domain.md, shared DOMAIN.md and DOMAIN-RESEARCH.md).

Style emphasis of this round: questions from officers in the middle of real work rather than a
tidy FAQ. They are typed at the desk while a proposal is being prepared, right after a meeting,
or when the kabid, the kadis or the Bupati has just asked something the officer must answer.
Many are scenarios ("kalau ... terus ... bisa gak?", "misalnya ..."), comparisons ("bedanya X
sama Y apa", "lebih baik lewat A atau B"), or name a term and then ask beyond its meaning (who
pays, who decides, when, which level). Spelling is chat spelling with typos (yg, gmn, brp, udh,
blm, klo, gak, dong, sih ...), with some Banjar (pian, ulun, kaya apa, kada, handak), some
formal Indonesian and about one question in ten in English, good or clumsy. Some are very short
follow-ups typed alone, where a domain expert can still tell the topic, and regency names
appear as irrelevant detail.

This is a held-out set: never read it or use it for tuning: do not add its questions to the
knowledge base, paraphrases, keyword lists or other tables, and do not change the bot to make
these particular questions pass.

Variables:

- ``ROUND10_TOPICS``: (question, topic id) pairs; a tuple of ids when several topics would each
  be an honest right answer.
- ``ROUND10_INTENTS``: (question, intent) pairs; intent is one of "status" (the officer asks
  about their own submitted proposals), "meeting" (when/where is the next meeting or Rakor),
  "deadline" (the deadline for submitting proposals), "greeting" (hello, thanks,
  help-me-I'm-lost) and "how_to_submit" (how to submit a proposal in this bot).
- ``ROUND10_AREAS``: slum-area questions stating the delineated area, labelled "kabkota" (under
  10 ha), "provinsi" (10 ha up to but not including 15 ha) or "pusat" (15 ha or more);
  1 ha = 10,000 m².
- ``ROUND10_OUT_OF_SCOPE``: questions an officer might plausibly type that no topic answers.
"""

ROUND10_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "pak kadis nanya, singkatnya di perkim itu pusat ngurus apa, prov apa, kab apa? "
        "biar sy bs jelasin",
        "kewenangan.ringkasan",
    ),
    (
        "ulun bingung, urusan perkim ni dibagi kaya apa antara pusat, provinsi wan kabupaten?",
        "kewenangan.ringkasan",
    ),
    (
        "can you give me a quick overview of which level does what in housing and settlements?",
        "kewenangan.ringkasan",
    ),
    (
        "abis rapat td pada debat siapa ngapain, ada tabel pembagian urusan PKP per level gak?",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "Bupati nanya perumahan itu urusan wajib atau pilihan, dasarnya pasal brp?",
        "kewenangan.urusan_wajib",
    ),
    (
        "perkim masuk urusan wajib pelayanan dasar gak sih? buat narasi renstra kami",
        "kewenangan.urusan_wajib",
    ),
    (
        "klo perumahan termasuk urusan wajib, berarti pemkab gak boleh gak nganggarin ya?",
        "kewenangan.urusan_wajib",
    ),
    (
        "is housing a mandatory basic-service affair under UU 23/2014 or an optional one?",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "batas luas kawasan kumuh yg jadi tanggungan kabupaten sampai brp ha sih?",
        "kewenangan.kumuh",
    ),
    ("yg prov brp ha?", "kewenangan.kumuh"),
    (
        "td di rapat ada yg bilang kumuh 10-15 ha itu provinsi, trus yg pas 15 masuk mana?",
        ("kewenangan.kumuh", "kewenangan.kumuh_pusat"),
    ),
    (
        "kumuh berat tp lokasinya kecil, tetep kabupaten yg nangani atau naik ke prov?",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "kawasan kumuh yg gede bgt skala kawasan itu urusan kementerian ya? kami lapor ke mana?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "klo kumuhnya masuk kewenangan pusat, provinsi masih bisa bantu gak?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "big slum areas that are the ministry's job — who actually does the work there?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "kumuh di atas 15 ha itu dananya biasanya dr mana, APBN kah?",
        ("kewenangan.kumuh_pusat", "pendanaan.saluran_lain"),
    ),
    # kewenangan.pencegahan_kumuh
    ("kegiatan pencegahan kumuh boleh diusulkan ke provinsi gak?", "kewenangan.pencegahan_kumuh"),
    (
        "siapa yg tanggung jawab supaya permukiman baru gak tumbuh jadi kumuh?",
        "kewenangan.pencegahan_kumuh",
    ),
    ("pencegahan kumuh tu gawian provinsi kah kabupaten?", "kewenangan.pencegahan_kumuh"),
    (
        "misalnya kami mau bikin program cegah kumuh di bantaran sungai Kahayan, dananya dr siapa?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    ("di sub urusan perumahan, provinsi sebenernya pegang apa aja?", "kewenangan.perumahan"),
    (
        "kewenangan kabupaten di bidang perumahan itu apa aja? kabid minta daftar",
        "kewenangan.perumahan",
    ),
    (
        "what does the regency handle in the housing sub-affair, compared with the province?",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    ("rumah buat MBR itu tanggung jawab siapa? kabupaten kah?", "kewenangan.perumahan_pusat"),
    (
        "pembangunan rusun itu urusan pusat ya? klo pemkab Kobar mau rusun lewat mana?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "pembiayaan rumah utk masyarakat berpenghasilan rendah tu level mana yg ngatur?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "rumah warga rusak kena banjir besar di Katingan, bs minta dibangunkan provinsi gak?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "korban kebakaran permukiman di Sampit, huntap nya jadi tanggungan siapa?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "klo warga direlokasi krn proyek provinsi, rumah penggantinya siapa yg fasilitasi?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "bencananya status kabupaten, rehab rumahnya bs diusulkan ke prov?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    ("izin pembangunan perumahan developer yg nerbitin prov atau kab?", "kewenangan.izin"),
    (
        "developer mau bangun kawasan permukiman baru di Pulpis, izinnya diurus ke level mana?",
        "kewenangan.izin",
    ),
    ("SKBG rusun itu yg nerbitin siapa sih?", "kewenangan.izin"),
    # kewenangan.kawasan_permukiman
    (
        "sub urusan kawasan permukiman itu isinya apa aja per level pemerintahan?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "penyelenggaraan kawasan permukiman termasuk fungsi provinsi kah?",
        "kewenangan.kawasan_permukiman",
    ),
    ("yg menetapkan sistem kawasan permukiman nasional siapa?", "kewenangan.kawasan_permukiman"),
    # kewenangan.psu
    ("bedanya PSU perumahan sama PSU permukiman apa? yg mana yg jatah prov?", "kewenangan.psu"),
    (
        "jalan di komplek perumahan developer udh rusak, bs kami usulkan ke provinsi gak?",
        "kewenangan.psu",
    ),
    ("jadi PSU itu gak semuanya urusan provinsi ya?", "kewenangan.psu"),
    # psu.lingkup_provinsi
    (
        "Disperkimtan bs bangun jalan kabupaten yg rusak gak, atau cuma jaling aja?",
        "psu.lingkup_provinsi",
    ),
    (
        "selain jalan sama drainase, PSU lain kayak PJU atau taman bs diusulkan ke prov?",
        "psu.lingkup_provinsi",
    ),
    ("jaling di perdesaan boleh juga atau cuma kawasan perkotaan?", "psu.lingkup_provinsi"),
    (
        "what kind of infrastructure does the provincial housing agency actually build?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "konsultan perencana rumah perlu sertifikasi dr siapa? kab atau prov?",
        "kewenangan.sertifikasi",
    ),
    (
        "registrasi perencana PSU tingkat kemampuan menengah itu siapa yg ngurus?",
        "kewenangan.sertifikasi",
    ),
    ("who certifies small-capacity house designers, the regency?", "kewenangan.sertifikasi"),
    # kewenangan.spm
    ("SPM perumahan itu indikatornya apa, targetnya brp persen?", "kewenangan.spm"),
    (
        "kadis minta capaian SPM perumahan, jenis layanan dasar yg jadi tugas kabupaten apa aja?",
        "kewenangan.spm",
    ),
    ("SPM bidang perumahan rakyat dasar hukumnya PP brp sm permen apa?", "kewenangan.spm"),
    # kumuh.luas_delineasi
    (
        "luas kumuh yg dipake nentuin kewenangan itu luas desa atau luas lokasi di SK?",
        "kumuh.luas_delineasi",
    ),
    ("desanya 200an ha tp yg kumuh cuma sebagian, yg dihitung yg mana?", "kumuh.luas_delineasi"),
    (
        "klo di SK ada 2 lokasi bersebelahan, boleh dijumlah gak biar tembus batas prov?",
        "kumuh.luas_delineasi",
    ),
    (
        "SK lama skala lingkungan, SK baru skala kawasan, luasnya beda. yg dipake yg mana?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    ("yg berhak netapin lokasi kumuh siapa? gubernur bs gak?", "kumuh.penetapan"),
    ("SK kumuh itu brp thn sekali harus direview?", "kumuh.penetapan"),
    ("SK penetapan lokasi kumuh harus ada lampiran apa aja, peta sebaran juga?", "kumuh.penetapan"),
    ("klo ada kampung blm masuk SK kumuh, supaya masuk prosesnya gmn?", "kumuh.penetapan"),
    # kumuh.aspek
    ("kriteria kumuh itu yg dinilai apa aja? kadis minta list nya", "kumuh.aspek"),
    ("proteksi kebakaran termasuk aspek penilaian kumuh gak?", "kumuh.aspek"),
    ("brp aspek dan brp kriteria kumuh menurut permen PUPR 14/2018?", "kumuh.aspek"),
    # kumuh.penilaian
    ("skor brp sih yg udh dianggap kumuh berat?", "kumuh.penilaian"),
    ("cara ngitung nilai kekumuhan gmn, tiap kriteria dikasih nilai brp?", "kumuh.penilaian"),
    ("lokasi kami skornya 63, masuk kategori apa?", "kumuh.penilaian"),
    # kumuh.tingkat_sedang_ringan
    ("nilai 45 itu kumuh sedang kan?", "kumuh.tingkat_sedang_ringan"),
    ("rentang kumuh ringan dr brp sampai brp?", "kumuh.tingkat_sedang_ringan"),
    ("skornya cuma 12, masih dihitung kumuh gak?", "kumuh.tingkat_sedang_ringan"),
    # kumuh.pola_penanganan
    ("bedanya pemugaran sama peremajaan apa?", "kumuh.pola_penanganan"),
    (
        "klo lahannya ilegal di bantaran sungai, penanganannya harus dipindah ya?",
        "kumuh.pola_penanganan",
    ),
    ("kumuh ringan di tanah legal biasanya ditangani pake pola apa?", "kumuh.pola_penanganan"),
    ("pemukiman kembali itu dipakai kapan?", "kumuh.pola_penanganan"),
    # kumuh.kalteng
    ("brp jumlah lokasi kumuh se-Kalteng? buat sambutan pak sekda", "kumuh.kalteng"),
    ("kabupaten mana yg lokasi kumuhnya paling banyak di Kalteng?", "kumuh.kalteng"),
    ("total luas kumuh Kalimantan Tengah brp hektar ya?", "kumuh.kalteng"),
    ("kumuh di Kalteng kebanyakan tipe apa? tepi sungai kah?", "kumuh.kalteng"),
    # usulan.isi
    ("ini sy lg nyusun usulan, isinya minimal harus memuat apa aja?", "usulan.isi"),
    ("knp sih usulan harus pake alasan/justifikasi segala?", "usulan.isi"),
    ("what information should a proposal to the province contain?", "usulan.isi"),
    # usulan.jenis
    ("selain kumuh sama PSU, ada jenis usulan lain gak?", "usulan.jenis"),
    ("usulan kami gak masuk kategori manapun, pilih lainnya aja kah?", "usulan.jenis"),
    ("which kinds of proposals can a regency send to the province?", "usulan.jenis"),
    # usulan.lokasi
    ("titik koordinat lokasi wajib diisi gak? kami blm survey ke lapangan", "usulan.lokasi"),
    ("nama lokasi diisi sesuai apa? nama kampung atau nama di SK?", "usulan.lokasi"),
    ("knp lokasi usulan harus dipilih perkotaan atau perdesaan?", "usulan.lokasi"),
    (
        "desa kami di Gunung Mas gak muncul di pilihan kecamatan, gmn ngisinya?",
        ("usulan.lokasi", "bot.usul"),
    ),
    # usulan.penerima_biaya
    ("jumlah KK sama jiwa penerima manfaat boleh sama gak angkanya?", "usulan.penerima_biaya"),
    (
        "sumber dana di usulan diisi apa klo kami mau sharing sama APBD kab?",
        "usulan.penerima_biaya",
    ),
    ("perlu dana pendamping dari kabupaten gak?", "usulan.penerima_biaya"),
    # usulan.kesiapan
    (
        "ini kami mau usul jalan lingkungan di desa Sei Gohong, perlu lampiran apa aja?",
        ("usulan.kesiapan", "usulan.dokumen_teknis"),
    ),
    (
        "usulan tanpa DED masih bs diproses gak? atau nunggu lengkap dulu?",
        ("usulan.kesiapan", "usulan.dokumen_teknis"),
    ),
    ("surat usulan dari Bupati itu wajib dilampirkan?", "usulan.kesiapan"),
    (
        "readiness criteria utk usulan drainase itu isinya apa aja?",
        ("usulan.kesiapan", "istilah.rc"),
    ),
    # usulan.lahan
    ("gimana klo lahannya blm bersertifikat, cuma SKT dr desa?", "usulan.lahan"),
    (
        "lahan jalan lingkungannya punya warga, harus ada surat hibah tanah dulu kah?",
        "usulan.lahan",
    ),
    ("lahannya masih sengketa sm perusahaan sawit, bs diusulin gak?", "usulan.lahan"),
    ("clean and clear itu wajib? syaratnya apa aja?", ("usulan.lahan", "istilah.cleanandclear")),
    # usulan.sk_kumuh
    ("usulan kumuh wajib lampirin SK kumuh ya? nomor sama tgl nya juga?", "usulan.sk_kumuh"),
    ("lokasi yg kami usulkan gk tercantum di SK kumuh, masih bs gak?", "usulan.sk_kumuh"),
    ("SK kumuh kami udh 6 thn, ngaruh gak ke usulan?", ("usulan.sk_kumuh", "kumuh.penetapan")),
    (
        "if our slum decree is old, can the slum proposal still go through?",
        ("usulan.sk_kumuh", "kumuh.penetapan"),
    ),
    # usulan.dokumen_teknis
    ("RAB sama RKS wajib dua-duanya dilampirin?", "usulan.dokumen_teknis"),
    ("foto kondisi eksisting perlu brp lembar?", "usulan.dokumen_teknis"),
    ("site plan perlu dibuat juga utk usulan drainase?", "usulan.dokumen_teknis"),
    # usulan.surat_pernyataan
    (
        "surat pernyataan kesediaan menerima hibah itu siapa yg tanda tangan?",
        "usulan.surat_pernyataan",
    ),
    ("knp kabupaten harus janji O&P? kan yg bangun provinsi", "usulan.surat_pernyataan"),
    ("surat pernyataan O&P itu wajib?", "usulan.surat_pernyataan"),
    # usulan.rtlh
    ("bedah rumah lewat provinsi syaratnya apa? tanah harus sertifikat?", "usulan.rtlh"),
    ("rumah warga udh roboh total, mau bangun baru, bs masuk RTLH prov?", "usulan.rtlh"),
    ("penerima RTLH provinsi ditetapin siapa?", "usulan.rtlh"),
    ("rumahnya numpang di tanah mertua, bs dapet RTLH dr provinsi gak?", "usulan.rtlh"),
    # usulan.psu_masyarakat
    (
        "warga RT 05 minta semenisasi gang, mereka bs usul langsung ke prov?",
        "usulan.psu_masyarakat",
    ),
    ("permohonan jalan dr masyarakat harus diketahui siapa aja?", "usulan.psu_masyarakat"),
    (
        "kelompok warga kirim proposal drainase ke kami, diteruskan ke prov atau gmn?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    ("jalan yg dibangun provinsi di lahan pemkab nanti jadi aset siapa?", "hibah.aset"),
    ("setelah serah terima, klo jalannya rusak yg perbaiki siapa?", "hibah.aset"),
    ("aset dr provinsi udh dihibahkan, kami harus catat di BMD kami ya?", "hibah.aset"),
    ("BAST hibahnya kpn ditandatangani, abis pekerjaan selesai?", "hibah.aset"),
    ("trus O&P nya siapa yg bayar abis diserahkan?", ("hibah.aset", "usulan.surat_pernyataan")),
    # pendanaan.saluran_lain
    (
        "usulan kami ditolak krn di bawah batas luas prov, trus dananya cari dr mana?",
        ("pendanaan.saluran_lain", "bot.ditolak_dialihkan"),
    ),
    ("selain APBD prov, sumber dana lain utk penanganan kumuh apa aja?", "pendanaan.saluran_lain"),
    ("CSR perusahaan bs dipake gak utk kumuh yg kecil?", "pendanaan.saluran_lain"),
    ("lebih baik lewat DAK atau APBD kab klo bukan kewenangan prov?", "pendanaan.saluran_lain"),
    # siklus.tahunan
    ("alur usulan dr kabupaten ke prov dalam setahun itu gmn sih?", "siklus.tahunan"),
    ("usulan yg kami kirim thn ini utk anggaran thn kapan?", "siklus.tahunan"),
    ("we're new in the dinas, what's the yearly proposal cycle like?", "siklus.tahunan"),
    # siklus.pemeriksaan
    ("provinsi ngecek usulan kami dr sisi apa aja?", "siklus.pemeriksaan"),
    ("ada survey lapangan gak dr prov sebelum usulan disetujui?", "siklus.pemeriksaan"),
    (
        "siapa yg mutusin usulan kami bukan kewenangan provinsi, dicek kaya apa?",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    ("rakor bidang kawasan permukiman itu sebenernya bahas apa aja?", "siklus.rakor"),
    ("yg diundang rakor siapa aja, kabid atau kadis juga?", "siklus.rakor"),
    ("rakor itu setahun brp kali diadakan?", "siklus.rakor"),
    ("what is the point of the Rakor for us at the regency?", "siklus.rakor"),
    # siklus.rkpd_apbd
    ("abis dibahas di rakor, usulan masuk RKPD kpn?", "siklus.rkpd_apbd"),
    ("klo udh lolos rakor berarti pasti dianggarkan di APBD?", "siklus.rkpd_apbd"),
    ("hubungan rakor sm musrenbang provinsi apa?", ("siklus.rkpd_apbd", "siklus.rakor")),
    ("setelah RKPD prov, usulan kami kapan jadi DPA?", "siklus.rkpd_apbd"),
    # koordinasi.pokja_pkp
    (
        "Pokja PKP di kabupaten perlu dibentuk gak, dasar hukumnya apa?",
        ("koordinasi.pokja_pkp", "istilah.pokjapkp"),
    ),
    ("SK pokja PKP ditandatangani siapa, ketuanya sekda kah?", "koordinasi.pokja_pkp"),
    ("forum PKP sama pokja PKP bedanya apa?", "koordinasi.pokja_pkp"),
    # disperkimtan.kontak
    ("alamat kantor disperkimtan prov dmn ya? mau antar berkas", "disperkimtan.kontak"),
    ("kantor perkimtan provinsi tu yg bekas RS jiwa kah?", "disperkimtan.kontak"),
    ("where is the provincial housing agency's office?", "disperkimtan.kontak"),
    # bot.cara_pakai
    ("perintah di bot ini apa aja?", "bot.cara_pakai"),
    ("jam di bot ini pakai WIB atau WITA?", ("bot.cara_pakai", "istilah.wib")),
    ("habis daftar blm bs ngapa2in, harus nunggu disetujui admin ya?", "bot.cara_pakai"),
    ("can this bot answer in English?", "bot.cara_pakai"),
    # bot.usul
    ("form /usul putus di tengah krn sinyal jelek, datanya hilang gak?", "bot.usul"),
    ("di /usul bs lampirin pdf DED gak? maksimal brp file?", "bot.usul"),
    ("bs salin usulan thn lalu biar gk ngetik ulang dr awal?", "bot.usul"),
    # bot.status
    ("status dialihkan itu artinya apa?", "bot.status"),
    ("perlu perbaikan itu maksudnya usulan dibalikin ke kami?", "bot.status"),
    ("bedanya diajukan sm verifikasi apa?", "bot.status"),
    ("what does the status 'dibahas di Rakor' mean?", "bot.status"),
    # bot.ditolak_dialihkan
    (
        "usulan ditolak alasannya bukan kewenangan provinsi, trus kami hrs ngapain?",
        "bot.ditolak_dialihkan",
    ),
    ("klo udh ditolak bs diajukan ulang gak?", "bot.ditolak_dialihkan"),
    ("dialihkan ke DAK maksudnya kami yg urus sendiri ke pusat?", "bot.ditolak_dialihkan"),
    # bot.tindak_lanjut
    ("brp lama biasanya usulan diverifikasi sejak dikirim?", "bot.tindak_lanjut"),
    ("standar 3 hari kerja itu acuannya dr mana?", ("bot.tindak_lanjut", "istilah.lapor")),
    ("udh seminggu lebih gak ada tanggapan, wajar gak sih?", "bot.tindak_lanjut"),
    # istilah.perkim
    ("perkim tu singkatan apa?", "istilah.perkim"),
    # istilah.disperkimtan
    ("Disperkimtan, 'tan' di belakangnya itu apa?", "istilah.disperkimtan"),
    # istilah.psu
    ("PSU kepanjangannya apa min?", "istilah.psu"),
    # istilah.jaling
    ("jaling maksudnya apa? di RAB ada tulisan jaling", "istilah.jaling"),
    # istilah.drainase
    ("drainase lingkungan itu yg mana maksudnya, saluran di gang?", "istilah.drainase"),
    # istilah.kr
    ("KR di tabel baseline itu artinya?", "istilah.kr"),
    # istilah.ks
    ("kode KS di lampiran SK kumuh kami maksudnya apa", "istilah.ks"),
    # istilah.kb
    ("KB di data kumuh bukan keluarga berencana kan? apa dong?", "istilah.kb"),
    # istilah.skkumuh
    ("SK kumuh itu SK apa, yg ttd siapa?", ("istilah.skkumuh", "kumuh.penetapan")),
    # istilah.delineasi
    ("delineasi tuh artinya apa pak?", "istilah.delineasi"),
    # istilah.rtlh
    ("RTLH singkatan dr?", "istilah.rtlh"),
    # istilah.rlh
    ("RLH itu apa? sering liat di laporan 'RTLH jadi RLH'", "istilah.rlh"),
    # istilah.bedahrumah
    ("bedah rumah itu istilah resmi atau sebutan orang aja?", "istilah.bedahrumah"),
    # istilah.bsps
    ("BSPS itu bantuan apa, dr pusat kah?", "istilah.bsps"),
    # istilah.mbr
    ("MBR kepanjangannya apa", "istilah.mbr"),
    # istilah.rusunawa
    ("rusunawa tu rusun yg disewakan kah?", "istilah.rusunawa"),
    # istilah.rusus
    ("rusus itu apa? rumah susun khusus?", "istilah.rusus"),
    # istilah.huntara
    ("huntara itu apa", "istilah.huntara"),
    # istilah.huntap
    ("huntap maksudnya hunian tetap kah?", "istilah.huntap"),
    # istilah.kk
    ("KK di kolom penerima manfaat itu kepala keluarga atau kartu keluarga?", "istilah.kk"),
    # istilah.jiwa
    ("kolom jiwa itu diisi jumlah orang ya?", "istilah.jiwa"),
    # istilah.ha
    ("ha itu hektare kan, 1 ha brp meter persegi?", "istilah.ha"),
    # istilah.ded
    ("DED singkatan apa sih", "istilah.ded"),
    # istilah.rab
    ("RAB kepanjangannya?", "istilah.rab"),
    # istilah.rks
    ("RKS itu dokumen apa?", "istilah.rks"),
    # istilah.kak
    ("KAK sama TOR itu sama aja?", "istilah.kak"),
    # istilah.siteplan
    ("site plan bahasa indonesianya apa?", "istilah.siteplan"),
    # istilah.rc
    ("RC di checklist DAK maksudnya apa", "istilah.rc"),
    # istilah.bast
    ("BAST singkatan dr apa", "istilah.bast"),
    # istilah.hibah
    ("hibah dalam urusan aset itu maksudnya gimana?", "istilah.hibah"),
    # istilah.bmd
    ("BMD itu apa", "istilah.bmd"),
    # istilah.bmn
    ("BMN singkatan dari apa?", "istilah.bmn"),
    # istilah.op
    ("O&P di surat pernyataan itu maksudnya?", "istilah.op"),
    # istilah.spm
    ("SPM kepanjangannya apa?", ("istilah.spm", "kewenangan.spm")),
    # istilah.pokjapkp
    ("Pokja PKP singkatan dari?", ("istilah.pokjapkp", "koordinasi.pokja_pkp")),
    # istilah.pokjappas
    ("Pokja PPAS itu pokja apa?", "istilah.pokjappas"),
    # istilah.pokjaampl
    ("AMPL di pokja AMPL kepanjangannya?", "istilah.pokjaampl"),
    # istilah.rp3kp
    ("RP3KP itu dokumen apa, jangka brp thn?", "istilah.rp3kp"),
    # istilah.rp2kpkp
    ("RP2KPKP apaan ya, panjang bgt singkatannya", "istilah.rp2kpkp"),
    # istilah.kotaku
    ("KOTAKU itu program apa sih?", "istilah.kotaku"),
    # istilah.daktematikppkt
    ("DAK Tematik PPKT itu dana utk apa?", "istilah.daktematikppkt"),
    # istilah.apbn
    ("APBN singkatan?", "istilah.apbn"),
    # istilah.apbd
    ("APBD kepanjangannya apa ya", "istilah.apbd"),
    # istilah.apbdes
    ("APBDes tu apa", "istilah.apbdes"),
    # istilah.bankeu
    ("bankeu provinsi itu maksudnya bantuan keuangan ke kabupaten?", "istilah.bankeu"),
    # istilah.pokir
    ("pokir DPRD itu apa?", "istilah.pokir"),
    # istilah.musrenbang
    ("musrenbang kepanjangannya", "istilah.musrenbang"),
    # istilah.rkpd
    ("RKPD itu dokumen apa?", "istilah.rkpd"),
    # istilah.renja
    ("renja itu apa", "istilah.renja"),
    # istilah.renstra
    ("renstra dinas itu apa, rencana brp thn?", "istilah.renstra"),
    # istilah.rpjmd
    ("RPJMD singkatan dari", "istilah.rpjmd"),
    # istilah.kuappas
    ("KUA-PPAS itu apa", "istilah.kuappas"),
    # istilah.rka
    ("RKA maksudnya?", "istilah.rka"),
    # istilah.dpa
    ("DPA itu dokumen apa", "istilah.dpa"),
    # istilah.sipd
    ("SIPD apa ya", "istilah.sipd"),
    # istilah.bapperida
    ("Bapperida itu badan apa? dulu Bappeda kah?", "istilah.bapperida"),
    # istilah.opd
    ("OPD singkatan apa", "istilah.opd"),
    # istilah.skpd
    ("SKPD itu istilah apa?", "istilah.skpd"),
    # istilah.spam
    ("SPAM di dokumen air minum itu apa, bukan spam email kan", "istilah.spam"),
    # istilah.spald
    ("SPALD apa", "istilah.spald"),
    # istilah.ipal
    ("IPAL singkatan?", "istilah.ipal"),
    # istilah.tps3r
    ("TPS3R itu apa", "istilah.tps3r"),
    # istilah.mck
    ("MCK kepanjangannya", "istilah.mck"),
    # istilah.rtrw
    ("RTRW maksudnya? bukan RT/RW kan", "istilah.rtrw"),
    # istilah.rdtr
    ("RDTR itu apa", "istilah.rdtr"),
    # istilah.pbg
    ("PBG itu pengganti IMB ya?", "istilah.pbg"),
    # istilah.slf
    ("SLF itu sertifikat apa?", "istilah.slf"),
    # istilah.skbg
    ("SKBG itu apa", "istilah.skbg"),
    # istilah.skt
    ("SKT maksudnya surat keterangan tanah?", "istilah.skt"),
    # istilah.cleanandclear
    ("lahan c&c itu maksudnya apa", "istilah.cleanandclear"),
    # istilah.csr
    ("CSR itu apa", "istilah.csr"),
    # istilah.rakor
    ("rakor itu rapat koordinasi kan? lengkapnya apa?", ("istilah.rakor", "siklus.rakor")),
    # istilah.lapor
    ("LAPOR! itu aplikasi apa?", "istilah.lapor"),
    # istilah.wib
    ("WIB itu UTC+7 ya?", "istilah.wib"),
    # istilah.backlog
    ("backlog perumahan itu maksudnya apa?", "istilah.backlog"),
    # istilah.pkp
    ("PKP di nama pokja itu singkatan apa?", "istilah.pkp"),
    # istilah.kumuh
    ("definisi permukiman kumuh itu apa", "istilah.kumuh"),
    # istilah.dak
    ("DAK itu dana apa", "istilah.dak"),
    # istilah.rusun
    ("rusun itu apa sih", "istilah.rusun"),
]

ROUND10_INTENTS: list[tuple[str, str]] = [
    # status
    ("usulan kami yg jalan lingkungan kemarin udh sampai mana ya?", "status"),
    ("cek status usulan Kapuas dong", "status"),
    ("USL-2026-0014 gimana kabarnya?", "status"),
    ("usulan ulun kada ada kabar, sudah diperiksa kah?", "status"),
    ("is my proposal approved yet?", "status"),
    ("udh ada yg disetujui blm dr usulan kami thn ini?", "status"),
    # meeting
    ("rakor thn ini kpn dan dmn?", "meeting"),
    ("rapat berikutnya tgl brp pak?", "meeting"),
    ("jadi rakor sinkronisasi 2026 di hotel mana?", "meeting"),
    ("when is the next coordination meeting?", "meeting"),
    ("pian tahu kah rakor kena kapan?", "meeting"),
    ("ada jadwal rapat dr dinas prov minggu depan gak?", "meeting"),
    # deadline
    ("batas akhir kirim usulan kapan?", "deadline"),
    ("usulan utk TA 2027 ditutup tgl brp?", "deadline"),
    ("masih sempat gak kirim usulan minggu ini?", "deadline"),
    ("deadline for proposals this year?", "deadline"),
    ("tenggat pengusulan sampai kapan min", "deadline"),
    ("kapan terakhir usulan bs masuk?", "deadline"),
    # greeting
    ("halo min", "greeting"),
    ("selamat pagi pak, salam kenal dr Dinas Perkim Seruyan", "greeting"),
    ("makasih ya infonya 🙏", "greeting"),
    ("bingung nih gak ngerti pake bot ini, tolong", "greeting"),
    ("assalamualaikum", "greeting"),
    ("thanks a lot!", "greeting"),
    ("tarima kasih banyak lah", "greeting"),
    # how_to_submit
    ("gmn cara kirim usulan lewat bot ini?", "how_to_submit"),
    ("mau ngusulin jaling, mulai dr mana di sini?", "how_to_submit"),
    ("how do I submit a proposal here?", "how_to_submit"),
    ("cara input usulan baru kaya apa?", "how_to_submit"),
    ("sy mau ajukan usulan kumuh, caranya?", "how_to_submit"),
]

ROUND10_AREAS: list[tuple[str, str]] = [
    ("kawasan kumuh di Kel. Mendawai luas delineasinya 12,5 ha, kewenangan siapa ya?", "provinsi"),
    ("SK kumuh Kotim nyebut lokasi Baamang 9,8 hektar, itu prov atau kab?", "kabkota"),
    ("lokasi kumuh kami pas 10 ha di SK, yg nangani siapa?", "provinsi"),
    ("delineasinya tepat 15 ha, kewenangan siapa pak?", "pusat"),
    ("luas kumuh 14,99 hektare di Pulang Pisau, masih provinsi kah?", "provinsi"),
    ("kumuh 125.000 m2 di Kapuas, siapa yg tangani?", "provinsi"),
    ("delineasi kumuh 85.000 m² kewenangan mana?", "kabkota"),
    ("slum area of 16.2 hectares in Sampit, whose authority is it?", "pusat"),
    ("kawasan kumuh 150 rb m2 itu urusan siapa", "pusat"),
    ("kumuh tepi sungai Barito luasnya 7,25 ha, bs ke prov gak atau kab aja?", "kabkota"),
    (
        "lokasi kumuh seluas 100.000 meter persegi di Kasongan, kewenangan kab atau prov?",
        "provinsi",
    ),
    ("kumuh 22 ha di Muara Teweh, siapa yg berwenang?", "pusat"),
    ("ulun handak batakun, kumuh 11 hektar di Buntok tu gawian siapa?", "provinsi"),
    ("kumuhnya kurang dari 10 ha di SK, siapa yg nangani?", "kabkota"),
    ("luas kumuh 14,7 ha, jadi lebih dari 14,5 ha, masih prov kah?", "provinsi"),
    ("the delineated slum area is 9.4 ha, who handles it?", "kabkota"),
    ("kumuh seluas 3 ha di Nanga Bulik, kewenangan siapa? bs diusulkan ke prov?", "kabkota"),
    ("kawasan Pahandut di SK luasnya 39,48 ha, itu kewenangan pusat ya?", "pusat"),
    ("luas kumuh 10.5 ha di Kuala Kurun, siapa yg berwenang?", "provinsi"),
    ("slum 13 hectares in Pulang Pisau, province or regency?", "provinsi"),
    ("lokasi kumuh 45.000 m2 di Sukamara kewenangan siapa", "kabkota"),
    ("kumuh 0,8 ha di Tamiang Layang, urusan siapa? provinsi bs bantu?", "kabkota"),
    ("kadis nanya: kawasan kumuh 15,0 hektare itu masuk prov atau pusat?", "pusat"),
    ("kumuh 200 rb m2 di Puruk Cahu siapa yg nangani", "pusat"),
    ("delineasi kumuh 10,01 ha di Sukamara kewenangan siapa", "provinsi"),
]

ROUND10_OUT_OF_SCOPE: list[str] = [
    "aturan kenaikan pangkat ASN dr golongan III ke IV gmn?",
    "uang harian perjalanan dinas ke Palangka Raya brp sekarang?",
    "bs ajukan pinjaman kendaraan dinas lewat sini?",
    "program perumahan Provinsi Jawa Barat thn ini apa aja?",
    "putusan PTUN sengketa tender jalan di Sampit gmn hasilnya?",
    "kurs dollar hari ini brp?",
    "printer kantor gk bs ngeprint, errornya paper jam, gmn?",
    "resep juhu singkah yg enak gmn?",
    "alamat rumah pribadi Pak Andi Arsyad dmn ya?",
    "jadwal pendaftaran CPNS 2027 kapan dibuka?",
    "cara klaim BPJS kesehatan utk rawat inap?",
    "cuaca besok di Kuala Kapuas gimana?",
    "tiket pesawat Palangka Raya - Jakarta yg paling murah maskapai apa?",
    "gmn cara reset password email dinas?",
    "TPP pegawai bulan ini kapan cair?",
    "hasil pertandingan Kalteng Putra kemarin brp?",
    "cara lapor SPT tahunan pajak pribadi gmn?",
    "cuti melahirkan ASN brp bulan?",
    "what's a good hotel near the airport in Palangka Raya?",
    "syarat bikin SIM A di Polres Kotim apa aja?",
    "harga tanah per meter di Palangka Raya skrg brp?",
    "ada lowongan tenaga ahli di dinas prov gak?",
    "cara daftar haji reguler gmn?",
    "how do I convert a Word file to PDF on my phone?",
    "kapan cuti bersama natal thn ini?",
    "harga karet di Kapuas minggu ini brp sekilo?",
    "jadwal kapal Kuala Pembuang ke Semarang kapan?",
    "nilai ujian anak sy di SMA kapan keluar?",
]
