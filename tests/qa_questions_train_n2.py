"""Training table N2 for the Sinkron matcher (written 2026-12-05; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Style emphasis: Banjar- and Dayak-flavoured chat (ulun, pian, napa, kaya apa, handak, kada,
bubuhan, gawian; the particles kah, lah, pang) and very short chat messages with
abbreviations; one in eight in English.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_N2_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "pian, siapa haja yg bagian urusan perkim tu? pusat, prov, kab kaya apa pembagiannya",
        "kewenangan.ringkasan",
    ),
    ("pembagian kewenangan pkp antara pusat provinsi kabkota", "kewenangan.ringkasan"),
    (
        "ulun handak tahu gawian provinsi lawan gawian kabupaten di bidang perumahan permukiman",
        "kewenangan.ringkasan",
    ),
    (
        "Who is in charge of what in housing and settlements, centre vs province vs regency?",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    ("perumahan tu urusan wajib kah atau pilihan haja?", "kewenangan.urusan_wajib"),
    ("pkp masuk urusan wajib pelayanan dasar lah? dasar pasalnya napa", "kewenangan.urusan_wajib"),
    ("urusan perkim wajib yg pelayanan dasar bukan sih", "kewenangan.urusan_wajib"),
    (
        "kawasan permukiman ni termasuk urusan wajib kah di UU 23 2014, bubuhan bappeda betakun",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    ("kumuh tu siapa nang menangani, tergantung luasnya kah?", "kewenangan.kumuh"),
    ("batas luas kumuh utk kab, prov, pusat brp ha", "kewenangan.kumuh"),
    ("kaya apa pembagian penanganan kawasan kumuh menurut hektarnya pian", "kewenangan.kumuh"),
    ("kumuh yg jd kewenangan provinsi yg brp ha", "kewenangan.kumuh"),
    # kewenangan.kumuh_pusat
    ("kawasan kumuh nang luasnya lebih 15 ha tu gawian siapa?", "kewenangan.kumuh_pusat"),
    ("kumuh diatas 15 hektar ranah pusat kah", "kewenangan.kumuh_pusat"),
    (
        "Slum area bigger than 15 ha, does that go to the central government?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "kawasan kumuh gede bnr, 15 ha ke atas, kada bisa diusulkan ke prov lah",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    ("pencegahan kumuh tu gawian siapa, prov kah kab", "kewenangan.pencegahan_kumuh"),
    (
        "kegiatan mencegah tumbuhnya kumuh baru bisa minta ke provinsi kah pian",
        "kewenangan.pencegahan_kumuh",
    ),
    ("pencegahan perumahan kumuh kewenangan kabkota doang?", "kewenangan.pencegahan_kumuh"),
    ("Who is responsible for preventing new slums from forming?", "kewenangan.pencegahan_kumuh"),
    # kewenangan.perumahan
    ("sub urusan perumahan tu provinsi pegang napa haja", "kewenangan.perumahan"),
    ("kewenangan prov di bidang perumahan apa aja sih", "kewenangan.perumahan"),
    ("bagian perumahan, gawian kabupaten lawan provinsi bedanya kaya apa", "kewenangan.perumahan"),
    ("urusan rumah tu yg kab tangani apa, yg prov apa", "kewenangan.perumahan"),
    # kewenangan.perumahan_pusat
    ("rumah utk MBR tu tanggung jawab siapa pang", "kewenangan.perumahan_pusat"),
    ("pembangunan rusun siapa yg berwenang, pusat kah?", "kewenangan.perumahan_pusat"),
    (
        "pembiayaan perumahan bagi masyarakat penghasilan rendah urusan pusat lah pian",
        "kewenangan.perumahan_pusat",
    ),
    ("peran pemerintah pusat di perumahan napa haja", "kewenangan.perumahan_pusat"),
    # kewenangan.bencana_relokasi
    (
        "rumah warga kena banjir parah di Katingan, siapa nang wajib membangunkan?",
        "kewenangan.bencana_relokasi",
    ),
    ("rumah korban bencana kewenangan prov kah kab", "kewenangan.bencana_relokasi"),
    (
        "warga yg direlokasi krn program pemprov, rumahnya siapa yg nyediakan",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Who provides houses for people hit by a disaster or moved out by a relocation programme?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    ("izin pembangunan perumahan terbitnya di mana, prov kah?", "kewenangan.izin"),
    ("SKBG siapa yg ngeluarin", "kewenangan.izin"),
    (
        (
            "pengembang handak izin bangun kawasan permukiman, ulun suruh ke provinsi kah ke "
            "kabupaten"
        ),
        "kewenangan.izin",
    ),
    ("izin perumahan lwn izin kawasan permukiman kewenangan siapa", "kewenangan.izin"),
    # kewenangan.kawasan_permukiman
    ("sub urusan kawasan permukiman isinya apa aja", "kewenangan.kawasan_permukiman"),
    (
        "di kawasan permukiman, provinsi kebagian gawian napa, kabupaten napa?",
        "kewenangan.kawasan_permukiman",
    ),
    ("sistem kawasan permukiman nasional tu yg menetapkan siapa", "kewenangan.kawasan_permukiman"),
    (
        "What does the province do under the settlement-areas sub-affair?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    ("psu perumahan lwn psu permukiman beda kewenangannya kah", "kewenangan.psu"),
    ("PSU di perumahan developer tu urusan kabupaten lah, kada provinsi?", "kewenangan.psu"),
    ("psu permukiman itu prov ya? yg perumahan kab?", "kewenangan.psu"),
    ("pian, jalan wan saluran di komplek perumahan bisa diusulkan ke prov kah", "kewenangan.psu"),
    # psu.lingkup_provinsi
    ("psu yg dibangun disperkimtan tu apa aja", "psu.lingkup_provinsi"),
    (
        "provinsi bisa kah membangun jalan lingkungan wan drainase di desa Bahaur?",
        "psu.lingkup_provinsi",
    ),
    ("jalan kabupaten rusak bisa masuk psu prov kah", "psu.lingkup_provinsi"),
    (
        "What kind of PSU does Disperkimtan actually build, roads and drains only?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    ("sertifikasi perancang rumah wan psu tu siapa nang mengurus", "kewenangan.sertifikasi"),
    ("registrasi konsultan perencana psu kemampuan kecil di kab kah", "kewenangan.sertifikasi"),
    ("badan usaha perencana rumah tingkat menengah daftarnya ke prov?", "kewenangan.sertifikasi"),
    ("sertifikasi perencana perumahan kewenangan siapa", "kewenangan.sertifikasi"),
    # kewenangan.spm
    ("spm perumahan tu isinya apa haja, targetnya berapa", "kewenangan.spm"),
    ("standar pelayanan minimal bidang perumahan utk prov apa", "kewenangan.spm"),
    ("SPM perumahan rakyat, kabupaten wajib napa?", "kewenangan.spm"),
    ("What are the minimum service standards for housing at provincial level?", "kewenangan.spm"),
    # kumuh.luas_delineasi
    ("luas kumuh yg dipakai luas desa kah atau luas di SK?", "kumuh.luas_delineasi"),
    ("ulun bingung, luas kawasan kumuh dihitung dari mana pang", "kumuh.luas_delineasi"),
    ("luas delineasi di sk kumuh vs luas kelurahan, yg dipakai yg mana", "kumuh.luas_delineasi"),
    (
        (
            "kelurahan Danau Tundai luasnya ratusan ha tapi lokasi kumuhnya kecil, yg dihitung yg "
            "mana"
        ),
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    ("siapa nang menetapkan lokasi kumuh?", "kumuh.penetapan"),
    ("sk kumuh ditandatangani bupati kah gubernur", "kumuh.penetapan"),
    ("SK kumuh kami tahun 2019, harus direvisi kah, berapa tahun sekali?", "kumuh.penetapan"),
    ("Does the slum decree need a map showing where the locations are?", "kumuh.penetapan"),
    # kumuh.aspek
    ("kriteria kumuh tu napa haja aspeknya", "kumuh.aspek"),
    ("7 aspek kumuh apa aja ya", "kumuh.aspek"),
    ("proteksi kebakaran masuk penilaian kumuh kah pian?", "kumuh.aspek"),
    ("What are the seven aspects used to assess a slum?", "kumuh.aspek"),
    # kumuh.penilaian
    ("skor kumuh maksimal brp, kumuh berat mulai brp", "kumuh.penilaian"),
    ("kaya apa cara menilai skor kumuh, tiap kriteria dapat nilai berapa?", "kumuh.penilaian"),
    ("nilai 65 tu masuk kumuh berat lah", "kumuh.penilaian"),
    ("skoring kekumuhan 0 1 3 5 tu maksudnya apa", "kumuh.penilaian"),
    # kumuh.tingkat_sedang_ringan
    ("rentang skor kumuh sedang brp", "kumuh.tingkat_sedang_ringan"),
    ("nilai kumuh 30 masuk ringan kah sedang?", "kumuh.tingkat_sedang_ringan"),
    ("batas kumuh ringan wan sedang tu berapa nilainya pian", "kumuh.tingkat_sedang_ringan"),
    ("What score range counts as a light or medium slum?", "kumuh.tingkat_sedang_ringan"),
    # kumuh.pola_penanganan
    ("pemugaran, peremajaan, pemukiman kembali bedanya napa", "kumuh.pola_penanganan"),
    ("kumuh di tanah ilegal penanganannya gmn", "kumuh.pola_penanganan"),
    ("kumuh ringan di lahan legal diapakan, dipugar kah?", "kumuh.pola_penanganan"),
    ("pola penanganan kumuh sedang tu peremajaan lah", "kumuh.pola_penanganan"),
    # kumuh.kalteng
    ("berapa haja lokasi kumuh di kalteng ni", "kumuh.kalteng"),
    ("total luas kumuh se kalteng brp ha", "kumuh.kalteng"),
    ("kabupaten mana nang paling banyak kumuhnya di Kalteng?", "kumuh.kalteng"),
    ("How many slum locations does Kalimantan Tengah have?", "kumuh.kalteng"),
    # usulan.isi
    ("usulan kegiatan tu harus memuat napa haja?", "usulan.isi"),
    ("isi usulan ke prov apa aja, knp hrs lengkap", "usulan.isi"),
    ("kenapa usulan harus ada luas, KK, biaya segala pian", "usulan.isi"),
    ("What goes into a proposal, and why does the province ask for all that?", "usulan.isi"),
    # usulan.jenis
    ("jenis usulan nang kawa diajukan ke provinsi apa haja", "usulan.jenis"),
    ("usulan bisa jenis apa aja? kumuh, psu, rtlh?", "usulan.jenis"),
    ("selain kumuh wan psu, ada jenis usulan lain kah", "usulan.jenis"),
    ("What does the 'lainnya' proposal type cover?", "usulan.jenis"),
    # usulan.lokasi
    ("data lokasi usulan perlu napa haja, kecamatan desa koordinat?", "usulan.lokasi"),
    ("lokasi usulan hrs pakai titik gps kah", "usulan.lokasi"),
    ("nama lokasi di usulan harus sama lawan di SK kumuh lah?", "usulan.lokasi"),
    ("perlu disebut perkotaan atau perdesaan kah lokasinya", "usulan.lokasi"),
    # usulan.penerima_biaya
    ("jumlah KK wan jiwa penerima manfaat wajib diisi kah", "usulan.penerima_biaya"),
    ("sumber dana usulan boleh dipilih apa aja", "usulan.penerima_biaya"),
    ("perkiraan biaya usulan ditulis kaya apa, rupiah kah?", "usulan.penerima_biaya"),
    (
        "Do I need to state the number of beneficiaries and the funding source?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    ("readiness criteria usulan tu dokumen napa haja", "usulan.kesiapan"),
    ("dokumen kesiapan utk usulan psu apa aja", "usulan.kesiapan"),
    ("usulan kami blm ada DED, masih bisa masuk kah atau kurang siap", "usulan.kesiapan"),
    ("kelengkapan dokumen kesiapan apa yg paling penting pian", "usulan.kesiapan"),
    # usulan.lahan
    ("lahan clean and clear tu syaratnya kaya apa", "usulan.lahan"),
    ("status lahan usulan hrs milik pemda kah", "usulan.lahan"),
    ("tanah lokasi masih sengketa wan warga, kawa diusulkan kah?", "usulan.lahan"),
    ("Does the land have to be clean and clear before we propose?", "usulan.lahan"),
    # usulan.sk_kumuh
    ("usulan kumuh wajib melampirkan SK kumuh kah", "usulan.sk_kumuh"),
    ("sk kumuh kami udh lewat 5 thn, usulan kumuh gmn", "usulan.sk_kumuh"),
    ("lokasi kada tercantum di SK kumuh, masih bisa diusulkan lah?", "usulan.sk_kumuh"),
    ("nomor wan tanggal sk kumuh perlu diisi di usulan?", "usulan.sk_kumuh"),
    # usulan.dokumen_teknis
    ("DED RAB RKS site plan wajib semua kah utk usulan", "usulan.dokumen_teknis"),
    ("foto kondisi eksisting brp lembar", "usulan.dokumen_teknis"),
    ("dokumen teknis usulan tu napa haja pian, gambar wan rab kah?", "usulan.dokumen_teknis"),
    (
        "Which technical documents should be attached: DED, cost estimate, site plan?",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    ("surat pernyataan kesediaan menerima hibah tu perlu kah", "usulan.surat_pernyataan"),
    ("surat pernyataan sanggup o&p siapa yg tanda tangan", "usulan.surat_pernyataan"),
    (
        "kenapa kabupaten harus bikin pernyataan mau memelihara aset nanti?",
        "usulan.surat_pernyataan",
    ),
    ("format surat pernyataan hibah wan pemeliharaan ada kah", "usulan.surat_pernyataan"),
    # usulan.rtlh
    ("usulan rtlh lewat provinsi syaratnya napa haja", "usulan.rtlh"),
    ("bedah rumah prov bisa bangun baru kah, warga blm punya rumah", "usulan.rtlh"),
    ("rtlh di tanah warga cuma ada SKT, boleh kah", "usulan.rtlh"),
    ("penerima bantuan rtlh provinsi ditetapkan siapa pang?", "usulan.rtlh"),
    # usulan.psu_masyarakat
    (
        "warga handak minta jalan lingkungan langsung ke provinsi, kawa kah?",
        "usulan.psu_masyarakat",
    ),
    ("permohonan psu dari masyarakat hrs diketahui siapa aja", "usulan.psu_masyarakat"),
    (
        "bubuhan RT di Tamban Luar handak usul drainase, perlu tanda tangan lurah camat kah",
        "usulan.psu_masyarakat",
    ),
    ("Can residents ask the province directly for a neighbourhood road?", "usulan.psu_masyarakat"),
    # hibah.aset
    ("jalan lingkungan nang dibangun prov nanti jadi aset siapa", "hibah.aset"),
    ("setelah selesai dibangun, aset psu dihibahkan ke kab kah", "hibah.aset"),
    ("bast hibah aset prov ke kab ditandatangani siapa", "hibah.aset"),
    ("siapa yg pelihara drainase bantuan prov setelah serah terima", "hibah.aset"),
    # pendanaan.saluran_lain
    ("kalau bukan kewenangan prov, dananya dari mana lagi", "pendanaan.saluran_lain"),
    ("kumuh kecil di bawah 10 ha kami dananya lewat mana pang?", "pendanaan.saluran_lain"),
    ("alternatif pendanaan selain apbd prov apa aja", "pendanaan.saluran_lain"),
    (
        "If the province can't fund it, what other funding channels are there?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    ("alur usulan tiap tahun tu kaya apa dari awal sampai jadi kegiatan", "siklus.tahunan"),
    ("usulan thn ini utk anggaran thn depan kah", "siklus.tahunan"),
    ("tahapan usulan ke provinsi dalam setahun napa haja pian?", "siklus.tahunan"),
    ("siklus usulan tahunan gmn urutannya", "siklus.tahunan"),
    # siklus.pemeriksaan
    ("provinsi memeriksa usulan kami kaya apa?", "siklus.pemeriksaan"),
    ("usulan dicek apa aja sm prov, administrasi teknis?", "siklus.pemeriksaan"),
    ("verifikasi usulan tu yg dinilai napa haja, kewenangan jua kah", "siklus.pemeriksaan"),
    ("How does the province review and check the proposals we send?", "siklus.pemeriksaan"),
    # siklus.rakor
    ("rakor bidang kawasan permukiman tu acara napa", "siklus.rakor"),
    ("rakor se kalteng tu yg bahas apa", "siklus.rakor"),
    ("kenapa usulan harus dibahas di rakor dulu sblm musrenbang", "siklus.rakor"),
    ("siapa haja nang hadir di Rakor sinkronisasi kawasan permukiman?", "siklus.rakor"),
    # siklus.rkpd_apbd
    ("habis rakor, usulan masuk ke mana lagi", "siklus.rkpd_apbd"),
    ("usulan yg disetujui kapan masuk rkpd wan apbd pian?", "siklus.rkpd_apbd"),
    ("dari rakor ke musrenbang prov terus rkpd gitu kah alurnya", "siklus.rkpd_apbd"),
    ("After the Rakor, how does a proposal end up in the provincial budget?", "siklus.rkpd_apbd"),
    # koordinasi.pokja_pkp
    ("pokja pkp tu gawiannya napa", "koordinasi.pokja_pkp"),
    ("kab kami perlu bentuk pokja pkp kah, dasar hukumnya apa", "koordinasi.pokja_pkp"),
    ("pokja pkp lwn forum pkp bedanya apa", "koordinasi.pokja_pkp"),
    ("siapa ketua pokja pkp di kabupaten biasanya pian?", "koordinasi.pokja_pkp"),
    # disperkimtan.kontak
    ("kantor disperkimtan prov di mana alamatnya", "disperkimtan.kontak"),
    ("ulun handak datang ke dinas perkimtan provinsi, di jalan napa?", "disperkimtan.kontak"),
    ("disperkimtan kalteng tu dinas apa, ngurus apa aja", "disperkimtan.kontak"),
    ("Where is the provincial housing agency's office in Palangka Raya?", "disperkimtan.kontak"),
    # bot.cara_pakai
    ("bot ni kaya apa makainya, perintahnya napa haja?", "bot.cara_pakai"),
    ("daftar perintah sinkron apa aja", "bot.cara_pakai"),
    ("jam di bot ni pakai WIB kah WITA", "bot.cara_pakai"),
    ("gmn cara pake bot ini", "bot.cara_pakai"),
    # bot.usul
    ("/usul tu langkahnya kaya apa, ditanya napa haja?", "bot.usul"),
    ("ngisi form /usul bisa disimpan dulu kah, sinyal di Puruk Cahu putus2", "bot.usul"),
    ("lampiran foto di /usul maks brp", "bot.usul"),
    ("Can I copy an old proposal when filling in /usul?", "bot.usul"),
    # bot.status
    ("status perlu perbaikan tu artinya napa", "bot.status"),
    ("arti status dibahas di rakor apa", "bot.status"),
    ("bedanya ditolak, dialihkan, dibatalkan tu apa pian", "bot.status"),
    ("What does the status 'verifikasi' mean?", "bot.status"),
    # bot.ditolak_dialihkan
    (
        "usulan ulun ditolak, alasannya di mana melihatnya wan harus kaya apa lagi",
        "bot.ditolak_dialihkan",
    ),
    ("usulan dialihkan ke apbd kab, trs gmn", "bot.ditolak_dialihkan"),
    ("kenapa usulan bisa ditolak, bukan kewenangan prov kah?", "bot.ditolak_dialihkan"),
    ("udh ditolak bisa diajukan ulang kah", "bot.ditolak_dialihkan"),
    # bot.tindak_lanjut
    ("brp lama usulan ditindaklanjuti prov", "bot.tindak_lanjut"),
    ("usulan sudah seminggu kada ada kabar, standarnya berapa hari pang?", "bot.tindak_lanjut"),
    ("standar tindak lanjut ala LAPOR tu kaya apa di bot ni", "bot.tindak_lanjut"),
    ("How many working days should the province take to act on a proposal?", "bot.tindak_lanjut"),
    # bot.rapat
    ("ulun kada kawa hadir rapat, boleh diwakilkan kah?", "bot.rapat"),
    ("How do I confirm attendance for a meeting invitation in the bot?", "bot.rapat"),
    ("pengingat rapat dikirim brp kali sblm acara", "bot.rapat"),
    ("kalau ganti perwakilan yg datang rapat, lapor lewat bot kah pian", "bot.rapat"),
    # glossary terms
    ("perkim tu singkatan napa", "istilah.perkim"),
    ("disperkimtan kepanjangannya apa", "istilah.disperkimtan"),
    ("PSU tu apa pian?", "istilah.psu"),
    ("jaling maksudnya apa", "istilah.jaling"),
    ("drainase yg dimaksud di psu tu drainase napa?", "istilah.drainase"),
    ("KR tu apa", "istilah.kr"),
    ("KS di tabel kumuh artinya napa", "istilah.ks"),
    ("What does KB stand for in the slum data?", "istilah.kb"),
    ("sk kumuh tu surat napa sebenarnya", "istilah.skkumuh"),
    ("delineasi tu apa sih", "istilah.delineasi"),
    ("RTLH singkatan dari apa pian", "istilah.rtlh"),
    ("rlh artinya apa", "istilah.rlh"),
    ("bedah rumah tu maksudnya kaya apa", "istilah.bedahrumah"),
    ("BSPS apa itu", "istilah.bsps"),
    ("What is MBR?", "istilah.mbr"),
    ("rusunawa tu rumah napa", "istilah.rusunawa"),
    ("rusus tu apa ya", "istilah.rusus"),
    ("huntara maksudnya?", "istilah.huntara"),
    ("huntap tu kepanjangannya napa pian", "istilah.huntap"),
    ("KK di form usulan artinya apa", "istilah.kk"),
    ("jiwa di isian penerima manfaat tu maksudnya napa?", "istilah.jiwa"),
    ("ha tu satuan apa", "istilah.ha"),
    ("DED apa kepanjangannya", "istilah.ded"),
    ("RAB tu napa", "istilah.rab"),
    ("rks singkatan dr apa", "istilah.rks"),
    ("KAK tu sama lawan TOR kah?", "istilah.kak"),
    ("What is a site plan?", "istilah.siteplan"),
    ("RC di dokumen usulan tu artinya napa", "istilah.rc"),
    ("bast itu apa", "istilah.bast"),
    ("hibah aset tu maksudnya kaya apa pian", "istilah.hibah"),
    ("BMD tu apa ya", "istilah.bmd"),
    ("bmn singkatan napa", "istilah.bmn"),
    ("O&P tu apa", "istilah.op"),
    ("spm kepanjangannya apa", "istilah.spm"),
    ("pokja pkp tu singkatan dari napa", "istilah.pokjapkp"),
    ("pokja ppas tu apa", "istilah.pokjappas"),
    ("What does Pokja AMPL stand for?", "istilah.pokjaampl"),
    ("RP3KP tu dokumen napa pian?", "istilah.rp3kp"),
    ("rp2kpkp singkatan apa", "istilah.rp2kpkp"),
    ("kotaku tu program napa", "istilah.kotaku"),
]
