"""Training table R3 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Style: officers' hurried shorthand that drops vowels or cuts words ("kwngn", "usln",
"prsyrtn", "dsr hkm") and Javanese-flavoured Indonesian from transmigrant villages (nggih,
mboten, sampun, pripun, sinten, wonten, saged, griya), some mixing both; about one in ten in
English shorthand. Written after round 34 (whose brief named these styles among others) was
measured untouched: it teaches a style round 34 has, so round 34's later figures overstate
how a new style fares.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R3_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    ("mnta rngkmn pmbgian kwngn perkim pst, prov, kab dong", "kewenangan.ringkasan"),
    (
        "Nyuwun sewu, urusan perumahan kalih permukiman niku pembagianipun pripun "
        "antawis pusat, provinsi lan kabupaten?",
        "kewenangan.ringkasan",
    ),
    (
        "who does what in housing n settlements? centre vs prov vs kab, short pls",
        "kewenangan.ringkasan",
    ),
    (
        "pak, sing dadi gawean prov opo wae, sing kab opo wae ing bdg perkim? ada brp sub urs",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    ("prmhn tu urs wjb plyn dsr ato urs pilihan?", "kewenangan.urusan_wajib"),
    (
        "Punapa leres perumahan rakyat niku kalebet urusan wajib pelayanan dasar? "
        "dasaripun pasal pinten nggih?",
        "kewenangan.urusan_wajib",
    ),
    ("is housing a mandatory basic-service affair under uu 23/2014?", "kewenangan.urusan_wajib"),
    (
        "bdg prkm msk urusan wjib ga sih, bappeda kmi nanya psl 12 nya",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    ("kws kmh 12,4 ha di Kotim sp yg tangani?", "kewenangan.kumuh"),
    (
        "Kumuh wonten Kecamatan Selat luasipun 8 hektar, niku kewenanganipun sinten nggih?",
        "kewenangan.kumuh",
    ),
    ("btas luas kmh utk prov brp ha? 10 smp 15 ato gmn", "kewenangan.kumuh"),
    ("Nek kumuhe pas 10 ha persis, melu provinsi napa kabupaten, Pak?", "kewenangan.kumuh"),
    # kewenangan.kumuh_pusat
    ("kmh 18 ha d Pahandut, pst ya yg pegang?", "kewenangan.kumuh_pusat"),
    (
        "Kawasan kumuh langkung saking 15 hektar niku sinten ingkang nangani, pusat nopo provinsi?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "slum area 22 ha in Sampit, central govt's job? or can prov take it",
        "kewenangan.kumuh_pusat",
    ),
    ("lek luase pas 15 ha wis dudu provinsi to? brarti mlebu pusat?", "kewenangan.kumuh_pusat"),
    # kewenangan.pencegahan_kumuh
    ("pncghn kmh itu kwngn sp? prov jg bs?", "kewenangan.pencegahan_kumuh"),
    (
        "Kangge nyegah supados kampung mboten dados kumuh, niku tugasipun kabupaten nopo provinsi?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "keg pencegahan prmhn kumuh bs diusulin ke prov gk? ato cm kab/kota",
        "kewenangan.pencegahan_kumuh",
    ),
    ("who's in charge of stopping new slums from growing?", "kewenangan.pencegahan_kumuh"),
    # kewenangan.perumahan
    ("sub urs prmhn, kwngn prov ap aj?", "kewenangan.perumahan"),
    (
        "Bidang perumahan niku provinsi wenangipun nopo mawon, Bu? lajeng kabupaten nopo mawon?",
        "kewenangan.perumahan",
    ),
    ("dlm sub urusan perumahan kab/kota kbagian ap sj dibanding prov", "kewenangan.perumahan"),
    (
        "Mas, urusan omah (perumahan) sing dicekel provinsi ki opo wae, kok jare winates",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    ("pnydiaan rmh MBR tu kwngn pst kah? prov g bs?", "kewenangan.perumahan_pusat"),
    (
        "Rusun kangge masyarakat berpenghasilan rendah niku sinten ingkang mbangun, pusat nggih?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "who handles low-income housing & housing finance, the centre?",
        "kewenangan.perumahan_pusat",
    ),
    ("pembiayaan prmhn bg mbr dan bgn rusun msk kwnangan mana", "kewenangan.perumahan_pusat"),
    # kewenangan.bencana_relokasi
    ("rmh korban bnjr di Kapuas yg bangun prov ato kab?", "kewenangan.bencana_relokasi"),
    (
        "Griya warga ingkang kena banjir bandang, bencananipun tingkat kabupaten, "
        "niku sinten ingkang nangani?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "relokasi wrga krn proyek prov, rmh penggntinya tggjwb sp",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Omahe korban bencana nek statuse bencana nasional, sopo sing kudu mbangun?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    ("izin pmbngnn prmhn dr developer yg trbtkn sp? prov?", "kewenangan.izin"),
    ("SKBG niku ingkang ngetokaken sinten, provinsi nopo kabupaten?", "kewenangan.izin"),
    ("izin pengembgn kws prmkmn ngurusnya kmn", "kewenangan.izin"),
    ("who issues housing development permits and SKBG, prov or kab?", "kewenangan.izin"),
    # kewenangan.kawasan_permukiman
    ("sub urs kws prmkmn, prov pegang ap sj", "kewenangan.kawasan_permukiman"),
    (
        "Urusan kawasan permukiman niku pembagianipun pripun? pusat ngurusi nopo?",
        "kewenangan.kawasan_permukiman",
    ),
    ("sistem kws prmkmn nasional yg netapin sp", "kewenangan.kawasan_permukiman"),
    (
        "Penyelenggaraan kawasan permukiman niku kalebet fungsi provinsi nopo mboten, Pak?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    ("psu prmkmn vs psu prmhn bdanya ap, sp pegang yg mn?", "kewenangan.psu"),
    (
        "PSU wonten perumahan developer niku tanggungan kabupaten nggih, sanes provinsi?",
        "kewenangan.psu",
    ),
    ("is PSU inside a housing estate the kab's job or the prov's?", "kewenangan.psu"),
    ("jln dlm komplek prmhn pengembang bs dsulkn ke prov ga", "kewenangan.psu"),
    # psu.lingkup_provinsi
    ("psu yg dbgn disperkimtan ap aj? jaling + drnse thok?", "psu.lingkup_provinsi"),
    (
        "Provinsi saged mbangun dalan ing pinggir jalan kabupaten mboten? "
        "utawi namung jalan lingkungan?",
        "psu.lingkup_provinsi",
    ),
    ("drainase smping jln nasional msk psu prov gk", "psu.lingkup_provinsi"),
    (
        "Wonten desa perdesaan saged angsal PSU saking provinsi, nopo namung ing kutha?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    ("srtfksi prncng rmh kmampuan kcl yg urus sp?", "kewenangan.sertifikasi"),
    (
        "Registrasi konsultan perencana PSU niku wonten pundi, provinsi nopo kabupaten?",
        "kewenangan.sertifikasi",
    ),
    (
        "sertifikasi & registrasi perencana rmh tingkat menengah kwenangan siapa",
        "kewenangan.sertifikasi",
    ),
    ("who certifies house designers, small/med/large capability?", "kewenangan.sertifikasi"),
    # kewenangan.spm
    ("spm prmhn rakyat jns pelayanannya ap aj, trget brp", "kewenangan.spm"),
    ("SPM perumahan kangge provinsi niku nopo, Pak? targetipun satus persen?", "kewenangan.spm"),
    ("dsr hkm spm bdg prmhn, pp brp & permen ap", "kewenangan.spm"),
    (
        "Standar pelayanan minimal bab omah kanggo korban bencana, kabupaten kudu piye?",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    ("luas kmh yg dhtung luas ds/kel ato luas delineasi?", "kumuh.luas_delineasi"),
    (
        "Desa kulo 40 hektar, ingkang kumuh namung sebagian. Ingkang dipetung luas ingkang pundi?",
        "kumuh.luas_delineasi",
    ),
    (
        "which area counts for the 10-15 ha rule, whole village or the SK delineation?",
        "kumuh.luas_delineasi",
    ),
    ("skl lingk vs skl kws beda luasny, yg dpkai utk kwngn yg mn", "kumuh.luas_delineasi"),
    # kumuh.penetapan
    ("sp yg ntpkn lks kmh? gub ap bpt?", "kumuh.penetapan"),
    ("SK kumuh niku kedah dipun-review saben pinten taun?", "kumuh.penetapan"),
    ("SK penetapan lokasi kumuh kudu ono peta sebarane ora, Mas?", "kumuh.penetapan"),
    ("wali kota plk ry yg tetapkn lks kmh y, bkn gubernur?", "kumuh.penetapan"),
    # kumuh.aspek
    ("7 aspk krtria kmh ap sj", "kumuh.aspek"),
    ("Kriteria kumuh niku wonten pinten aspek, nopo mawon?", "kumuh.aspek"),
    ("proteksi kbkrn msk krtria kumuh jg?", "kumuh.aspek"),
    ("what are the slum criteria aspects in permen pupr 14/2018", "kumuh.aspek"),
    # kumuh.penilaian
    ("skr max kmh brp? kmh brt mulai brp", "kumuh.penilaian"),
    ("Nilai kumuh 64 niku sampun kalebet kumuh berat nopo dereng?", "kumuh.penilaian"),
    ("tiap krtria dskor 0 1 3 5 dsrny ap", "kumuh.penilaian"),
    (
        "Skoring kumuh niku carane pripun nggih? saben kriteria dipun biji pinten?",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    ("rentang skr kmh sdg brp smp brp", "kumuh.tingkat_sedang_ringan"),
    ("Skor 30 niku kumuh ringan nopo sedang, Bu?", "kumuh.tingkat_sedang_ringan"),
    ("kumuh ringan range nilainya? d bwh 16 brrti gk kumuh?", "kumuh.tingkat_sedang_ringan"),
    ("score 45 = medium slum?", "kumuh.tingkat_sedang_ringan"),
    # kumuh.pola_penanganan
    ("pmugrn, prmjaan, pmkmn kmbli bdanya ap", "kumuh.pola_penanganan"),
    ("Kumuh ringan ing lahan legal niku ditangani kanthi cara nopo?", "kumuh.pola_penanganan"),
    ("kmh di lhn ilegal/bantaran sungai, polanya relokasi y?", "kumuh.pola_penanganan"),
    ("Peremajaan niku kangge kumuh ingkang tingkat pundi, Pak?", "kumuh.pola_penanganan"),
    # kumuh.kalteng
    ("jml lks kmh se-kalteng brp, ttl ha nya?", "kumuh.kalteng"),
    (
        "Kalteng niku gadhah pinten lokasi kumuh? kathah-kathahipun wonten pundi?",
        "kumuh.kalteng",
    ),
    ("kab mn yg lks kmhnya plg bnyk di kalteng", "kumuh.kalteng"),
    ("how many slum sites does kalteng have", "kumuh.kalteng"),
    # usulan.isi
    ("usln keg hrs mmuat ap sj? knp dminta sgitu bnyk", "usulan.isi"),
    (
        "Usulan dhateng provinsi niku isinipun nopo mawon, Pak? kulo nembe sepisanan ngusulaken",
        "usulan.isi",
    ),
    ("knp hrs centang sektor air mnm, sampah dll di usulan?", "usulan.isi"),
    ("what info goes into a proposal and why is it asked", "usulan.isi"),
    # usulan.jenis
    ("jns usl ap sj yg bs dajukn ke prov", "usulan.jenis"),
    ("Saged ngusulaken nopo mawon dhateng provinsi? kumuh, PSU, griya?", "usulan.jenis"),
    ("usulan 'lainnya' itu utk ap? klo gk msk kategori mn2", "usulan.jenis"),
    ("Jenis usulane ono piro to? kulo bingung milih sing endi", "usulan.jenis"),
    # usulan.lokasi
    ("dt lks usl ap aj? prlu tk gps jg?", "usulan.lokasi"),
    ("Nami lokasi ing usulan kedah sami kaliyan ingkang kaserat ing SK nopo?", "usulan.lokasi"),
    ("prkotaan/prdesaan di form usulan maksudnya ap", "usulan.lokasi"),
    (
        "Kec. Pandih Batu, Desa Mulyasari, kedah diisi dumugi RT nopo cekap desa mawon?",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    ("jml KK & jiwa wjb dsi? smbr dana pilih ap", "usulan.penerima_biaya"),
    (
        "Biaya usulan ditulis pinten, sumber danane saged gabungan mboten?",
        "usulan.penerima_biaya",
    ),
    ("can we put APBD kab co-funding in the proposal cost", "usulan.penerima_biaya"),
    ("Penerima manfaate dipetung KK nopo jiwa, Mas?", "usulan.penerima_biaya"),
    # usulan.kesiapan
    ("dok kesiapan usl psu ap sj?", "usulan.kesiapan"),
    (
        "Readiness criteria kangge usulan niku nopo mawon ingkang kedah cumawis?",
        "usulan.kesiapan",
    ),
    ("usln blm ad DED, msh bs dkrm? ngaruh ke kesiapan?", "usulan.kesiapan"),
    (
        "Syarat kesiapan usulan PSU jalan lingkungan, dokumen nopo kemawon, Bu?",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    ("sts lhn hrs srtfkt? SKT cukup?", "usulan.lahan"),
    ("Lahane taksih sengketa kaliyan warga, usulan taksih saged mlebet?", "usulan.lahan"),
    ("tnh milik desa blm bersertipikat, bs jd lks psu?", "usulan.lahan"),
    ("syrt c&c lhn utk usulan ap aj", "usulan.lahan"),
    # usulan.sk_kumuh
    ("SK kmh thn 2019 msh blh dpke utk usl?", "usulan.sk_kumuh"),
    (
        "Lokasi kulo mboten kacantum ing SK kumuh, usulan kumuh taksih saged dipun kirim?",
        "usulan.sk_kumuh",
    ),
    ("no & tgl SK kmh wjb dsi di usl kumuh?", "usulan.sk_kumuh"),
    ("does a slum proposal need the regency's SK kumuh?", "usulan.sk_kumuh"),
    # usulan.dokumen_teknis
    ("DED RAB RKS wjb smua? foto brp lmbr", "usulan.dokumen_teknis"),
    (
        "Site plan kedah digawe konsultan nopo saged digambar piyambak?",
        "usulan.dokumen_teknis",
    ),
    ("foto kondisi eksisting dkirim lwt ap, maks brp", "usulan.dokumen_teknis"),
    (
        "Dokumen teknis ingkang dipun lampiraken wonten nopo mawon, Bu?",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    ("srt prnytn hbh & O&P sp yg ttd?", "usulan.surat_pernyataan"),
    (
        "Surat pernyataan kesanggupan nampi hibah kaliyan pemeliharaan niku wajib nopo mboten?",
        "usulan.surat_pernyataan",
    ),
    ("frmt srt pernyataan OP ada contohny?", "usulan.surat_pernyataan"),
    ("do we need a letter promising to maintain the asset?", "usulan.surat_pernyataan"),
    # usulan.rtlh
    ("usl rtlh lwt prov syrtnya ap? bs bngun baru?", "usulan.rtlh"),
    (
        "Griya ingkang mboten layak huni, tanahipun taksih asma tiyang sepuh, saged diusulaken?",
        "usulan.rtlh",
    ),
    ("penerima rtlh prov ditetapkn pk SK sp", "usulan.rtlh"),
    ("Bedah omah saka provinsi kudu ono SKT ora?", "usulan.rtlh"),
    # usulan.psu_masyarakat
    ("wrga mo usul jln lngkgn lgsg ke prov, bs?", "usulan.psu_masyarakat"),
    (
        "Masyarakat badhe ngusulaken drainase, kedah dipun-mangertosi sinten mawon?",
        "usulan.psu_masyarakat",
    ),
    ("prmntaan psu dr wrga hrs dktahui RT RW lurah camat?", "usulan.psu_masyarakat"),
    (
        "Proposal saking kelompok warga Desa Purwodadi bab dalan lingkungan, pripun carane?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    ("aset jln yg dbgn prov dhbhkn ke kab? BAST sp ttd", "hibah.aset"),
    (
        "Sasampunipun dibangun provinsi, pemeliharaan dalan niku tanggungan sinten?",
        "hibah.aset",
    ),
    ("after prov builds drainage on our land, who owns and maintains it", "hibah.aset"),
    ("naskah hibah & BAST ditandatngani bupati lgsg ya?", "hibah.aset"),
    # pendanaan.saluran_lain
    ("klo bkn kwngn prov, dananya bs dr mn?", "pendanaan.saluran_lain"),
    (
        "Kumuh 6 hektar mboten saged provinsi, lajeng dananipun saking pundi?",
        "pendanaan.saluran_lain",
    ),
    ("DAK tematik ppkt bs utk kmh yg kab pegang?", "pendanaan.saluran_lain"),
    ("Saged nyuwun CSR kangge PSU perumahan nopo?", "pendanaan.saluran_lain"),
    # siklus.tahunan
    ("siklus usln thnan gmn? usl thn ini utk TA brp", "siklus.tahunan"),
    ("Usulan ingkang dikirim taun niki, dilaksanakaken taun pinten?", "siklus.tahunan"),
    ("alur taunan dr nyusun usulan smp aset dhibahkan", "siklus.tahunan"),
    ("what's the yearly proposal cycle with the province?", "siklus.tahunan"),
    # siklus.pemeriksaan
    ("prov mriksa usl dr sisi ap aj", "siklus.pemeriksaan"),
    ("Usulan kulo dipun priksa pripun, wonten survei lapangan?", "siklus.pemeriksaan"),
    ("verif adm & teknis usl bdanya ap", "siklus.pemeriksaan"),
    ("Nopo provinsi ugi mriksa kewenangan saben usulan ingkang mlebet?", "siklus.pemeriksaan"),
    # siklus.rakor
    ("rakor bdg kws prmkmn rutin tiap thn? tgl tetap ato pindah2?", "siklus.rakor"),
    ("Rakor niku biasanipun wulan pinten, Pak? sinten ingkang rawuh?", "siklus.rakor"),
    ("tujuan rakor sinkronisasi se-kalteng ap", "siklus.rakor"),
    ("what happens at the Rakor?", "siklus.rakor"),
    # siklus.rkpd_apbd
    ("stlh rakor usl msk musrenbang lalu rkpd?", "siklus.rkpd_apbd"),
    (
        "Usulan ingkang disetujui lajeng mlebet APBD provinsi, aluripun pripun?",
        "siklus.rkpd_apbd",
    ),
    ("kpn usl msk rkpd prov", "siklus.rkpd_apbd"),
    ("Sakbare Rakor, usulan kulo mlaku nang ndi?", "siklus.rkpd_apbd"),
    # koordinasi.pokja_pkp
    ("pokja pkp kab fungsiny ap, dsr hkmny?", "koordinasi.pokja_pkp"),
    ("Pokja PKP niku sinten ingkang mimpin wonten kabupaten?", "koordinasi.pokja_pkp"),
    ("prlu lbtkn pokja pkp g dlm nyusun usulan", "koordinasi.pokja_pkp"),
    ("Pokja PKP kaliyan Forum PKP bedanipun nopo?", "koordinasi.pokja_pkp"),
    # disperkimtan.kontak
    ("almt kntr disperkimtan prov dmn?", "disperkimtan.kontak"),
    ("Kantor Disperkimtan Kalteng niku wonten pundi nggih? badhe sowan", "disperkimtan.kontak"),
    ("web resmi disperkimtan kalteng ap", "disperkimtan.kontak"),
    ("where's the provincial housing office in palangka raya", "disperkimtan.kontak"),
    # bot.cara_pakai
    ("cr pke bot ni gmn, prnth ap aj", "bot.cara_pakai"),
    ("Jam ing bot niki ngagem WIB nopo WITA?", "bot.cara_pakai"),
    ("mnu2 di sinkron ap aj, gmn pkainya", "bot.cara_pakai"),
    (
        "Kulo dereng mudheng ngagem bot Sinkron, saged dipun jelasaken carane?",
        "bot.cara_pakai",
    ),
    # bot.usul
    ("krm usln lwt /usul lngkhnya gmn", "bot.usul"),
    (
        "Menawi ngisi /usul lajeng sinyal ical, data ingkang sampun diisi ilang mboten?",
        "bot.usul",
    ),
    ("/usul bs lmpirin pdf DED gk", "bot.usul"),
    ("how do I submit via /usul, can I attach photos", "bot.usul"),
    # bot.status
    ("sts 'verifikasi' artiny ap", "bot.status"),
    ("Status 'perlu perbaikan' niku maksudipun nopo, kedah pripun?", "bot.status"),
    ("dibahas rakor vs disetujui bdany ap", "bot.status"),
    ("Usulan ingkang dibatalkan niku saged diaktifaken malih mboten?", "bot.status"),
    # bot.ditolak_dialihkan
    ("usl sy ditlk, alsnny bkn kwngn prov. trs gmn", "bot.ditolak_dialihkan"),
    (
        "Usulan kulo dialihkan dhateng APBD kabupaten, niku artosipun nopo?",
        "bot.ditolak_dialihkan",
    ),
    ("klo ditolak bs ajukn ulang?", "bot.ditolak_dialihkan"),
    ("proposal got redirected to DAK, what do I do next", "bot.ditolak_dialihkan"),
    # bot.tindak_lanjut
    ("brp hr krj usl hrs dverif", "bot.tindak_lanjut"),
    (
        "Usulan kulo sampun seminggu dereng wonten tanggapan, standaripun pinten dinten?",
        "bot.tindak_lanjut",
    ),
    ("stndr LAPOR 3 hr/5 hr brlaku jg di sinkron?", "bot.tindak_lanjut"),
    ("Setu Minggu dietung hari kerja ora nggo tindak lanjut usulan?", "bot.tindak_lanjut"),
    # bot.rapat
    ("undngn rpt gk bs hdr, bs dwkilkn?", "bot.rapat"),
    ("Pengingat rapat niku dikirim pinten dinten sakderengipun?", "bot.rapat"),
    ("cr konfirmasi hdr rakor di bot", "bot.rapat"),
    (
        "Kulo sampun jawab rawuh, nanging mboten sios. Saged diganti mboten rawuh?",
        "bot.rapat",
    ),
    # glossary terms (istilah.*)
    ("ap kpnjgn PSU", "istilah.psu"),
    ("jaling tu singktn dr ap?", "istilah.jaling"),
    ("KB ing tabel kumuh maksude opo?", "istilah.kb"),
    ("Nyuwun sewu, KS niku singkatan saking nopo?", "istilah.ks"),
    ("KR di daftar kmh artinya?", "istilah.kr"),
    ("RTLH kpnjngnnya?", "istilah.rtlh"),
    ("RLH niku nopo, Pak?", "istilah.rlh"),
    ("BSPS apaan", "istilah.bsps"),
    ("MBR stands for?", "istilah.mbr"),
    ("Rusunawa niku griya ingkang kados pundi?", "istilah.rusunawa"),
    ("rusus tu ap y", "istilah.rusus"),
    ("Huntara niku nopo tegesipun?", "istilah.huntara"),
    ("huntap = ?", "istilah.huntap"),
    ("DED singkatan dr?", "istilah.ded"),
    ("RAB niku nopo, Mas?", "istilah.rab"),
    ("RKS tu ap sih", "istilah.rks"),
    ("what's KAK, same as TOR?", "istilah.kak"),
    ("RC dlm usulan mksdny ap", "istilah.rc"),
    ("BAST niku kepanjanganipun nopo?", "istilah.bast"),
    ("BMD itu ap", "istilah.bmd"),
    ("O&P niku tegese nopo?", "istilah.op"),
    ("pokja ppas kpnjgnny ap", "istilah.pokjappas"),
    ("Pokja AMPL niku nopo, Bu?", "istilah.pokjaampl"),
    ("RP3KP ap y", "istilah.rp3kp"),
    ("RP2KPKP kepanjangane opo?", "istilah.rp2kpkp"),
    ("KOTAKU tu program ap", "istilah.kotaku"),
    ("PPKT ing DAK tematik niku singkatan nopo?", "istilah.daktematikppkt"),
    ("Bankeu niku nopo?", "istilah.bankeu"),
    ("pokir mksdny?", "istilah.pokir"),
    ("KUA-PPAS kpnjgn lngkpny ap", "istilah.kuappas"),
    ("DPA niku dokumen nopo nggih?", "istilah.dpa"),
    ("SIPD = sistem ap?", "istilah.sipd"),
    ("Bapperida niku kantor nopo?", "istilah.bapperida"),
    ("SPALD ap artinya", "istilah.spald"),
    ("TPS3R kpnjangan", "istilah.tps3r"),
    ("RDTR niku nopo, Bu?", "istilah.rdtr"),
    ("PBG singkatan dr ap", "istilah.pbg"),
    ("SLF meaning?", "istilah.slf"),
    ("SKT niku serat nopo?", "istilah.skt"),
    ("clean n clear mksdny ap", "istilah.cleanandclear"),
    ("delineasi tu ap", "istilah.delineasi"),
    ("Backlog perumahan niku tegesipun nopo?", "istilah.backlog"),
    ("Disperkimtan kpnjgny ap", "istilah.disperkimtan"),
    ("LAPOR! tu ap", "istilah.lapor"),
]
