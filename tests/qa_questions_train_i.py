"""Training table I for the Sinkron matcher (written 2026-12-05; never a held-out table).

Written on 2026-12-05. The writer had not seen the knowledge base or any other question table;
they read only the topic list and the domain briefs (docs/domain.md, DOMAIN.md,
DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Style emphasis of this round: an even mix of (a) formal, bureaucratic letters from planners,
camat offices and DPRD staff (Yth., Mohon petunjuk, Sehubungan dengan..., long clauses,
unexpanded acronyms such as PKP, PSU, RTLH, DED, RAB, RKPD, DAK, OPD, SK); (b) short chat with
heavy abbreviations and typos (yg, gmn, brp, sy, tdk, udh, blm, kpn, dmn, tp, jd); (c)
questions that open with a story or complaint and ask at the end; (d) questions in local
Banjar/Dayak/Malay words (kaya apa, ulun, pian, kada, handak, lawan, kah, pang, kawa, napa).
About one question in ten is in English. Confusable topics (slum authority vs delineated area
vs central slums vs other funding channels; readiness vs technical documents vs DED vs land vs
clean and clear; proposal contents vs types vs /usul vs using the bot; Rakor vs RKPD/APBD vs
checking; SK kumuh in a proposal vs designation; RTLH proposals vs housing authority vs the
RTLH term; community PSU vs PSU authority vs provincial PSU scope; Pokja PKP term vs role; the
Disperkimtan contact) get at least 15 questions each, worded so the difference matters.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

ROUNDTI_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "Yth. Admin Sinkron, mohon penjelasan ringkas mengenai pembagian urusan PKP antara "
        "Pemerintah Pusat, Provinsi dan Kabupaten/Kota sesuai UU 23/2014 Lampiran D.",
        "kewenangan.ringkasan",
    ),
    (
        "sy staf baru di perkim kab, bs jelasin scr umum apa aja yg jd urusan prov vs kab di "
        "bidang perumahan & permukiman?",
        "kewenangan.ringkasan",
    ),
    (
        "Kami sering bingung tiap mau mengusulkan, ini tugas siapa sebenarnya. Tahun lalu usulan "
        "kami dibalikin karena katanya bukan wewenang provinsi. Ada gambaran besar pembagian "
        "tugasnya tidak?",
        "kewenangan.ringkasan",
    ),
    (
        "ulun handak tahu, apa haja urusan perumahan lawan permukiman nang dipegang provinsi, "
        "kabupaten lawan pusat?",
        "kewenangan.ringkasan",
    ),
    (
        "Could you give me an overview of which government level handles what in housing and "
        "settlements?",
        "kewenangan.ringkasan",
    ),
    ("peta kewenangan perkim pusat-prov-kab itu gmn sih singkatnya", "kewenangan.ringkasan"),
    # kewenangan.urusan_wajib
    (
        "Sehubungan dengan penyusunan Renstra, mohon konfirmasi apakah urusan perumahan rakyat "
        "dan kawasan permukiman termasuk urusan wajib pelayanan dasar, dan dasar pasalnya apa?",
        "kewenangan.urusan_wajib",
    ),
    ("perumahan itu urusan wajib ato pilihan sih? yg plyn dasar itu", "kewenangan.urusan_wajib"),
    (
        "Pak, anggota dewan kami bilang perumahan itu urusan pilihan jadi anggarannya boleh "
        "dikurangi. Benarkah begitu, atau sebenarnya urusan wajib?",
        "kewenangan.urusan_wajib",
    ),
    ("kawasan permukiman tu urusan wajib pelayanan dasar kah, pian?", "kewenangan.urusan_wajib"),
    # kewenangan.kumuh
    (
        "Yth. Bapak/Ibu, mohon petunjuk mengenai batas luasan kawasan permukiman kumuh yang "
        "menjadi kewenangan Kabupaten, Provinsi dan Pusat.",
        "kewenangan.kumuh",
    ),
    ("kumuh brp ha yg masuk kewenangan prov?", "kewenangan.kumuh"),
    ("batas luas kumuh utk kab/kota itu dibawah brp hektar ya", "kewenangan.kumuh"),
    (
        "Who is responsible for upgrading a slum area, and how does its size decide that?",
        "kewenangan.kumuh",
    ),
    ("Pian, kumuh nang luasnya kaya apa nang kawa diusulkan ka provinsi?", "kewenangan.kumuh"),
    (
        "Camat kami minta kawasan kumuh di kelurahannya ditangani provinsi. Saya ragu provinsi "
        "mau karena kawasannya kecil. Sebenarnya pembagian kewenangan kumuh menurut luas itu "
        "bagaimana?",
        "kewenangan.kumuh",
    ),
    (
        "Bunyi persis aturan luas kumuh yang jadi kewenangan provinsi itu apa? yang '10 sampai "
        "dengan di bawah 15' itu",
        "kewenangan.kumuh",
    ),
    (
        "kalau luas kumuhnya pas di angka 10 ha itu masuk provinsi atau masih kabupaten?",
        "kewenangan.kumuh",
    ),
    (
        "Penataan kumuh dengan luas di bawah 10 ha itu urusan siapa, Dinas Perkim kabupaten ya?",
        "kewenangan.kumuh",
    ),
    (
        "mhn info, kewenangan penanganan kws kumuh dibagi brdsrkan apa? luasnya atau tingkat "
        "kumuhnya?",
        "kewenangan.kumuh",
    ),
    (
        "Lokasi kami kumuh berat tapi luasnya kecil. Apakah karena berat otomatis jadi "
        "kewenangan provinsi?",
        "kewenangan.kumuh",
    ),
    (
        "Dasar hukum pembagian kewenangan kumuh dengan batas 10 ha dan 15 ha itu dari UU 23/2014 "
        "lampiran mana?",
        "kewenangan.kumuh",
    ),
    (
        "Kami dari Bartim, ada kumuh di Tamiang Layang yang mau ditangani. Sebelum bikin usulan, "
        "saya mau pastikan dulu: kategori luas berapa yang diterima provinsi?",
        "kewenangan.kumuh",
    ),
    (
        "bubuhan kami di Kuala Kurun bingung, kumuh nang kada sampai 10 hektar tu gawian siapa?",
        "kewenangan.kumuh",
    ),
    ("Which slum sizes does the province take on?", "kewenangan.kumuh"),
    (
        "Mohon penegasan: apakah nomenklatur SIPD provinsi memakai rumusan 'luas 10 (sepuluh) ha "
        "sampai dengan di bawah 15 (lima belas) ha' untuk kegiatan penataan kumuh?",
        "kewenangan.kumuh",
    ),
    # kumuh.luas_delineasi
    (
        "Luas kumuh yg dihitung itu luas kelurahannya atau luas di SK kumuh?",
        "kumuh.luas_delineasi",
    ),
    (
        "Yth. Tim Sinkron, dalam menentukan kewenangan, luasan yang dipakai apakah luas "
        "administrasi desa ataukah luas delineasi lokasi kumuh sebagaimana tercantum dalam SK "
        "Bupati?",
        "kumuh.luas_delineasi",
    ),
    (
        "Kelurahan kami luasnya ratusan hektar, tapi yang kumuh cuma sebagian. Waktu isi usulan "
        "saya bingung harus tulis luas yang mana. Yang dipakai luas apa?",
        "kumuh.luas_delineasi",
    ),
    (
        "ulun bingung, luas nang dipakai tu luas kampung haja kah atau luas kumuh nang ada di "
        "peta SK?",
        "kumuh.luas_delineasi",
    ),
    (
        "Which area counts for the slum size rule: the whole village or the mapped slum location?",
        "kumuh.luas_delineasi",
    ),
    ("luas kws kumuh diambil dr delineasi ya? bkn luas desa?", "kumuh.luas_delineasi"),
    (
        "SK kumuh kami dulu pakai skala lingkungan, sekarang skala kawasan, jadi angkanya beda. "
        "Luas yang mana yang dipakai untuk menentukan kewenangan?",
        "kumuh.luas_delineasi",
    ),
    (
        "Kalau di lapangan kumuhnya kelihatan lebih luas dari yang tercantum di SK, provinsi "
        "pakai angka yang mana?",
        "kumuh.luas_delineasi",
    ),
    (
        "Pak, kami ukur ulang pakai drone dan hasilnya lebih besar dari luas di SK kumuh. Yang "
        "berlaku hitungan yang mana untuk kewenangan?",
        "kumuh.luas_delineasi",
    ),
    ("luas di form usulan hrs sama dgn luas lokasi di SK kumuh kah?", "kumuh.luas_delineasi"),
    (
        "Mohon petunjuk, apakah luasan kawasan kumuh yang menjadi dasar pembagian kewenangan "
        "mengacu pada peta delineasi dalam lampiran SK kumuh?",
        "kumuh.luas_delineasi",
    ),
    (
        "dua lokasi kumuh bersebelahan di SK, masing2 6 ha, boleh dijumlah biar masuk prov?",
        "kumuh.luas_delineasi",
    ),
    (
        "Luas kumuh itu dihitung per desa, per kelurahan, atau per lokasi sesuai SK?",
        "kumuh.luas_delineasi",
    ),
    (
        "Kada paham ulun, luas kumuh nang dihitung provinsi tu asalnya dari mana?",
        "kumuh.luas_delineasi",
    ),
    (
        "Is the slum area measured by the boundary in the SK kumuh or by our own field survey?",
        "kumuh.luas_delineasi",
    ),
    (
        "Kenapa luas wilayah desa tidak bisa dipakai langsung untuk menentukan kewenangan kumuh?",
        "kumuh.luas_delineasi",
    ),
    # kewenangan.kumuh_pusat
    (
        "Kawasan kumuh yang luasnya 15 ha ke atas itu jadi tanggung jawab siapa?",
        "kewenangan.kumuh_pusat",
    ),
    ("kumuh diatas 15 ha bisa diusulin ke prov ga?", "kewenangan.kumuh_pusat"),
    (
        "Yth. Disperkimtan, kami memiliki lokasi kumuh dengan luasan melebihi 15 (lima belas) "
        "hektare. Mohon arahan apakah penanganannya menjadi kewenangan Pemerintah Pusat.",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Di berita ditulis provinsi menangani kumuh 10-15 hektare. Apakah lokasi yang pas 15 ha "
        "masih provinsi atau sudah pusat?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Kumuh besar di Selat, Kapuas, luasnya ratusan hektar. Sudah bertahun-tahun tidak "
        "tertangani dan warga terus mengeluh. Itu sebenarnya urusan pusat kah?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Big slum areas of 15 hectares or more: is that the central government's job?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "kumuh nang luas banar, labih 15 hektar, siapa nang menangani pang?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Apakah kewenangan pusat untuk kumuh 15 ha atau lebih itu sudah pasti, atau bunyi "
        "aturannya belum terkonfirmasi?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "kl kumuhnya 15 ha lbh, prov msh bs ikut nangani ga atau full pusat?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Mohon penjelasan dasar hukum bahwa penataan kawasan kumuh dengan luas 15 ha atau lebih "
        "berada pada Pemerintah Pusat.",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Lokasi kumuh kami persis lima belas hektar, dan provinsi bilang itu bukan wewenangnya. "
        "Benar begitu?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Kalau kumuhnya lebih dari lima belas hektare, berarti tidak bisa lewat provinsi sama "
        "sekali kah?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "kumuh skala kawasan yg luas bgt (>15ha) masuk kewenangan kementerian ya?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Pian, lokasi kumuh di tepi sungai Mentaya nang labih 15 ha tu wewenang pusat lah?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Ada kumuh puluhan hektar di kota kami. Pemkot tidak sanggup, provinsi katanya tidak "
        "bisa. Jadi siapa yang seharusnya menangani lokasi seluas itu?",
        "kewenangan.kumuh_pusat",
    ),
    ("Does the province ever handle slum areas of 15 ha and above?", "kewenangan.kumuh_pusat"),
    # pendanaan.saluran_lain
    (
        "Kalau usulan kami ternyata bukan kewenangan provinsi, sumber dana apa saja yang bisa "
        "kami coba?",
        "pendanaan.saluran_lain",
    ),
    ("bkn kewenangan prov, trs danain dr mana dong?", "pendanaan.saluran_lain"),
    (
        "Yth. Bapak/Ibu, mohon arahan alternatif sumber pendanaan bagi kegiatan penanganan kumuh "
        "di bawah 10 ha yang bukan kewenangan provinsi.",
        "pendanaan.saluran_lain",
    ),
    (
        "Usulan jalan di kompleks perumahan kami ternyata PSU perumahan, jadi bukan provinsi. "
        "APBD kabupaten kami terbatas. Selain APBD, ada jalur dana apa lagi?",
        "pendanaan.saluran_lain",
    ),
    ("kumuh nang kada masuk provinsi, duitnya kawa dari mana haja?", "pendanaan.saluran_lain"),
    (
        "If the province can't fund our slum project, what other funding options are there?",
        "pendanaan.saluran_lain",
    ),
    ("kumuh >15 ha itu dananya lwt apa? APBN? DAK?", "pendanaan.saluran_lain"),
    (
        "Apakah DAK Tematik PPKT bisa jadi alternatif untuk kumuh yang tidak ditangani provinsi?",
        "pendanaan.saluran_lain",
    ),
    (
        "Bisa tidak pakai dana desa (APBDes) atau CSR untuk kumuh kecil di desa kami?",
        "pendanaan.saluran_lain",
    ),
    (
        "Mohon petunjuk kanal pendanaan yang paling sesuai untuk pembangunan rumah korban "
        "bencana skala kabupaten.",
        "pendanaan.saluran_lain",
    ),
    (
        "usulan sy diarahkan ke 'APBD kab/kota', maksudnya kami danain sendiri? ada opsi dana "
        "lain?",
        "pendanaan.saluran_lain",
    ),
    (
        "Perusahaan sawit dekat lokasi mau bantu lewat CSR. Lokasinya kumuh kecil, jadi bukan "
        "urusan provinsi. CSR itu termasuk jalur yang disarankan kah?",
        "pendanaan.saluran_lain",
    ),
    (
        "urutan sumber dana yg plg cocok kl bkn kewenangan provinsi apa aja?",
        "pendanaan.saluran_lain",
    ),
    (
        "Pinanya provinsi kada kawa mendanai, jadi ulun handak cari dana lain. Ada saran kah "
        "dari mana?",
        "pendanaan.saluran_lain",
    ),
    (
        "Which budget should a relocation project from a national programme go to, if not the "
        "province?",
        "pendanaan.saluran_lain",
    ),
    (
        "Sehubungan dengan penanganan PSU perumahan yang merupakan kewenangan kabupaten, mohon "
        "informasi saluran pendanaan yang dapat kami tempuh selain APBD Provinsi.",
        "pendanaan.saluran_lain",
    ),
    # kewenangan.pencegahan_kumuh
    ("Pencegahan kumuh itu tugas provinsi atau kabupaten?", "kewenangan.pencegahan_kumuh"),
    ("prov ada program pencegahan kumuh ga? atau itu cuma kab?", "kewenangan.pencegahan_kumuh"),
    (
        "Kami ingin mengusulkan kegiatan pencegahan tumbuhnya kumuh baru di pinggiran Sampit. "
        "Warga terus membangun di bantaran. Apakah kegiatan pencegahan seperti ini bisa "
        "diusulkan ke provinsi?",
        "kewenangan.pencegahan_kumuh",
    ),
    ("Who is in charge of preventing new slums from forming?", "kewenangan.pencegahan_kumuh"),
    ("pencegahan kumuh tu gawian kabupaten haja kah?", "kewenangan.pencegahan_kumuh"),
    # kewenangan.perumahan
    ("Dalam sub-urusan perumahan, apa saja kewenangan provinsi?", "kewenangan.perumahan"),
    ("urusan perumahan yg jd kewenangan kab/kota apa aja?", "kewenangan.perumahan"),
    (
        "Yth. Kepala Disperkimtan, mohon penjelasan pembagian kewenangan sub-urusan perumahan "
        "antara provinsi dan kabupaten/kota menurut UU 23/2014.",
        "kewenangan.perumahan",
    ),
    (
        "Perbaikan RTLH itu sebenarnya kewenangan provinsi atau bukan menurut UU 23?",
        "kewenangan.perumahan",
    ),
    (
        "Apakah provinsi punya tugas resmi menangani rumah tidak layak huni, atau itu sekadar "
        "program saja?",
        "kewenangan.perumahan",
    ),
    ("rtlh tu sbnrnya urusan siapa sih menurut pembagian urusan?", "kewenangan.perumahan"),
    (
        "Bupati kami bertanya kenapa provinsi bisa bantu bedah rumah padahal katanya bukan "
        "kewenangannya. Di lampiran UU 23 ada tidak tugas RTLH untuk provinsi?",
        "kewenangan.perumahan",
    ),
    ("Which housing tasks belong to the province under Law 23/2014?", "kewenangan.perumahan"),
    ("Provinsi di bidang perumahan tu kawa menangani apa haja?", "kewenangan.perumahan"),
    (
        "kewenangan kab di sub urusan perumahan selain rumah korban bencana apa lg?",
        "kewenangan.perumahan",
    ),
    (
        "Di bidang perumahan, provinsi cuma mengurus korban bencana provinsi dan relokasi "
        "program provinsi saja kah?",
        "kewenangan.perumahan",
    ),
    (
        "Kami mau usul bangun rumah untuk warga. Tapi teman bilang kewenangan provinsi di "
        "perumahan itu terbatas. Sebenarnya batas kewenangan provinsi di sub-urusan perumahan "
        "itu apa saja?",
        "kewenangan.perumahan",
    ),
    ("Does the province have any RTLH duty in the annex of Law 23/2014?", "kewenangan.perumahan"),
    ("sub urusan perumahan prov vs kab bedanya dmn", "kewenangan.perumahan"),
    (
        "ulun handak usul rumah ka provinsi, tapi apa haja nang masuk wewenang provinsi di "
        "perumahan?",
        "kewenangan.perumahan",
    ),
    (
        "Mohon konfirmasi kewenangan provinsi pada sub-urusan perumahan, khususnya terkait rumah "
        "tidak layak huni dan rumah korban bencana.",
        "kewenangan.perumahan",
    ),
    # istilah.rtlh
    ("RTLH singkatan dari apa?", "istilah.rtlh"),
    ("rtlh itu apa sih", "istilah.rtlh"),
    ("What does RTLH stand for?", "istilah.rtlh"),
    ("Apa yang dimaksud dengan rumah tidak layak huni?", "istilah.rtlh"),
    ("RTLH tu apa pang artinya?", "istilah.rtlh"),
    ("Istilah RTLH dalam dokumen perkim artinya apa, Pak?", "istilah.rtlh"),
    (
        "Saya baru pindah dari dinas kesehatan ke perkim. Di rapat semua orang menyebut RTLH "
        "terus. Itu maksudnya apa ya?",
        "istilah.rtlh",
    ),
    ("rtlh = rumah tdk layak huni ya?", "istilah.rtlh"),
    (
        "Mohon penjelasan pengertian RTLH sebagaimana digunakan dalam program perumahan.",
        "istilah.rtlh",
    ),
    ("apa kepanjangan RTLH", "istilah.rtlh"),
    ("Meaning of RTLH in Indonesian housing programmes?", "istilah.rtlh"),
    ("Rumah nang kada layak huni tu disingkat RTLH kah?", "istilah.rtlh"),
    (
        "Yth. Admin, dalam surat dari provinsi tercantum istilah 'penanganan RTLH'. Mohon "
        "penjelasan maksud istilah tersebut.",
        "istilah.rtlh",
    ),
    (
        "Kepala desa nanya ke saya arti RTLH, saya jawab asal-asalan. Biar tidak salah lagi, "
        "arti yang benar apa?",
        "istilah.rtlh",
    ),
    ("RTLH tu napa, ulun kada tahu", "istilah.rtlh"),
    # istilah.rtlh + istilah.rlh
    ("RTLH sama RLH bedanya apa?", ("istilah.rtlh", "istilah.rlh")),
    # istilah.rtlh + istilah.bedahrumah
    ("RTLH tu sama haja lawan bedah rumah kah?", ("istilah.rtlh", "istilah.bedahrumah")),
    # usulan.rtlh
    ("Apa syarat usulan RTLH lewat provinsi?", "usulan.rtlh"),
    ("syarat bedah rumah dr prov apa aja?", "usulan.rtlh"),
    (
        "Yth. Disperkimtan, mohon informasi persyaratan pengusulan bantuan perbaikan RTLH "
        "melalui Pemerintah Provinsi.",
        "usulan.rtlh",
    ),
    (
        "Rumah warga sudah roboh total dan mau dibangun baru dari nol. Bisa diusulkan lewat "
        "program RTLH provinsi?",
        "usulan.rtlh",
    ),
    (
        "Rumah warga berdiri di tanah orang tuanya, belum ada SKT atas nama dia. Apakah bisa "
        "masuk usulan RTLH ke provinsi?",
        "usulan.rtlh",
    ),
    ("rtlh prov hrs tanah sendiri ya? minimal SKT?", "usulan.rtlh"),
    (
        "Penerima bantuan RTLH provinsi ditetapkan dengan apa? SK Bupati atau SK Gubernur?",
        "usulan.rtlh",
    ),
    (
        "ulun handak mengusulkan rumah kakek ulun nang rusak, apa haja syaratnya lewat provinsi?",
        "usulan.rtlh",
    ),
    ("What are the conditions for an RTLH proposal to the province?", "usulan.rtlh"),
    ("Apakah ada verifikasi lapangan sebelum penerima RTLH provinsi ditetapkan?", "usulan.rtlh"),
    (
        "Apakah masyarakat bisa mengusulkan RTLH langsung ke provinsi, atau harus lewat kabupaten?",
        "usulan.rtlh",
    ),
    (
        "Kami punya daftar 30 rumah tidak layak huni di Kasongan. Sebagian pemiliknya menumpang "
        "di tanah desa. Yang seperti itu bisa ikut diusulkan atau harus dicoret?",
        "usulan.rtlh",
    ),
    ("usulan rtlh di bot kok muncul peringatan soal status tanah?", "usulan.rtlh"),
    ("Does an RTLH proposal need the house to already exist?", "usulan.rtlh"),
    (
        "Mohon petunjuk kriteria calon penerima bantuan rumah tidak layak huni yang didanai "
        "provinsi.",
        "usulan.rtlh",
    ),
    ("rumah nang ditumpangi di tanah urang, kawa kah diusulkan RTLH ka provinsi?", "usulan.rtlh"),
    # istilah.rlh
    ("RLH itu apa?", "istilah.rlh"),
    ("What does RLH mean, as in 'RTLH menjadi RLH'?", "istilah.rlh"),
    # istilah.bedahrumah
    ("Bedah rumah itu istilah resmi atau cuma sebutan sehari-hari?", "istilah.bedahrumah"),
    ("bedah rumah tu maksudnya apa pang?", "istilah.bedahrumah"),
    # usulan.psu_masyarakat
    (
        "Warga di RT kami mau minta jalan lingkungan ke provinsi. Apa syaratnya kalau usulan "
        "datang dari masyarakat?",
        "usulan.psu_masyarakat",
    ),
    ("usulan psu dr warga hrs diketahui siapa aja?", "usulan.psu_masyarakat"),
    (
        "Yth. Bapak/Ibu, apabila permohonan pembangunan drainase berasal dari masyarakat, apakah "
        "wajib diketahui oleh Ketua RT/RW, Lurah dan Camat?",
        "usulan.psu_masyarakat",
    ),
    (
        "bubuhan warga handak minta jalan lingkungan ka provinsi, musti diketahui siapa haja?",
        "usulan.psu_masyarakat",
    ),
    (
        "Can residents request neighbourhood roads or drainage from the province themselves?",
        "usulan.psu_masyarakat",
    ),
    (
        "Satu orang warga kirim proposal jalan ke kami minta diteruskan ke provinsi. Tidak ada "
        "tanda tangan RT. Apakah permintaan seperti itu bisa diproses?",
        "usulan.psu_masyarakat",
    ),
    ("permohonan PSU dr masyarakat cukup diketahui lurah aja ga?", "usulan.psu_masyarakat"),
    (
        "Apakah permintaan PSU dari warga harus benar-benar dari banyak warga, bukan perorangan?",
        "usulan.psu_masyarakat",
    ),
    (
        "Mohon petunjuk mekanisme permintaan PSU dari kelompok masyarakat kepada Disperkimtan "
        "Provinsi.",
        "usulan.psu_masyarakat",
    ),
    (
        "Ketua RT kami sudah kumpulkan tanda tangan warga untuk minta drainase. Sesudah itu "
        "perlu diketahui pejabat siapa lagi sebelum dikirim?",
        "usulan.psu_masyarakat",
    ),
    ("warga bs lgsg minta drainase ke disperkimtan ga?", "usulan.psu_masyarakat"),
    (
        "Warga Kelurahan Panamas handak minta jalan lingkungan, sudah tanda tangan samunyaan. "
        "Camat musti tahu jua kah?",
        "usulan.psu_masyarakat",
    ),
    ("What sign-offs does a community PSU request need?", "usulan.psu_masyarakat"),
    (
        "Proposal jalan lingkungan dari warga, syarat administrasinya apa saja?",
        "usulan.psu_masyarakat",
    ),
    (
        "Apakah surat permohonan warga untuk jalan lingkungan perlu mengetahui Camat?",
        "usulan.psu_masyarakat",
    ),
    ("kawa kah warga haja nang mengusulkan drainase, kada lewat dinas?", "usulan.psu_masyarakat"),
    # kewenangan.psu
    (
        "PSU perumahan dan PSU permukiman itu bedanya apa, dan siapa yang berwenang?",
        "kewenangan.psu",
    ),
    ("psu perumahan kewenangan siapa? kab ya?", "kewenangan.psu"),
    (
        "Yth. Admin, mohon penjelasan pembagian kewenangan penyelenggaraan PSU antara provinsi "
        "dan kabupaten/kota.",
        "kewenangan.psu",
    ),
    (
        "Jalan di dalam kompleks perumahan yang dibangun developer rusak parah. Warga minta "
        "provinsi yang perbaiki. Itu masuk kewenangan provinsi atau kabupaten?",
        "kewenangan.psu",
    ),
    ("Who handles PSU in housing estates versus in settlement areas?", "kewenangan.psu"),
    ("PSU permukiman tu wewenang provinsi kah?", "kewenangan.psu"),
    ("Apakah provinsi boleh membangun PSU di kompleks perumahan subsidi?", "kewenangan.psu"),
    (
        "Mohon konfirmasi nomenklatur SIPD 'Urusan Penyelenggaraan PSU Permukiman' untuk "
        "provinsi dan 'PSU Perumahan' untuk kabupaten/kota.",
        "kewenangan.psu",
    ),
    ("psu prov = permukiman, psu kab = perumahan. bener ga?", "kewenangan.psu"),
    (
        "Di form usulan ada pilihan PSU permukiman atau PSU perumahan. Saya tidak paham bedanya "
        "dan dampaknya ke kewenangan. Mana yang termasuk provinsi?",
        "kewenangan.psu",
    ),
    ("PSU nang di komplek perumahan tu urusan siapa pang?", "kewenangan.psu"),
    ("Is PSU the province's responsibility or the regency's?", "kewenangan.psu"),
    (
        "Kalau yang minta PSU itu perumahan KPR dari pengembang, kewenangannya di mana?",
        "kewenangan.psu",
    ),
    ("Pembagian sub-urusan PSU menurut UU 23/2014 itu seperti apa?", "kewenangan.psu"),
    (
        "kl jln lingkungan di kampung (bukan perumahan developer) itu psu permukiman kan? prov?",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    ("PSU apa saja yang dibangun oleh Disperkimtan provinsi?", "psu.lingkup_provinsi"),
    ("prov bs bangun apa aja utk psu? cuma jalan & drainase?", "psu.lingkup_provinsi"),
    (
        "Yth. Disperkimtan, mohon informasi jenis komponen PSU permukiman yang dapat "
        "dilaksanakan oleh Provinsi, misalnya apakah termasuk penerangan jalan, MCK atau RTH.",
        "psu.lingkup_provinsi",
    ),
    (
        "Bisa tidak kami usulkan drainase di sepanjang jalan kabupaten ke provinsi?",
        "psu.lingkup_provinsi",
    ),
    (
        "Kami mau usulkan perbaikan drainase di pinggir jalan provinsi dekat pasar. Kata kawan, "
        "itu tidak bisa lewat Disperkimtan. Memang drainase di jalan provinsi tidak termasuk?",
        "psu.lingkup_provinsi",
    ),
    ("What kind of PSU does Disperkimtan actually build?", "psu.lingkup_provinsi"),
    (
        "provinsi kawa kah membangun jalan lingkungan di desa, kada di kota haja?",
        "psu.lingkup_provinsi",
    ),
    ("PSU provinsi bisa di perdesaan atau cuma perkotaan?", "psu.lingkup_provinsi"),
    ("Kalau jalan lingkungannya aset kabupaten, boleh dibangun provinsi?", "psu.lingkup_provinsi"),
    ("drainase di jln nasional bs diusulin ke disperkimtan prov?", "psu.lingkup_provinsi"),
    (
        "Apakah PSU provinsi hanya jalan lingkungan dan drainase, atau ada komponen lain seperti "
        "air minum dan persampahan?",
        "psu.lingkup_provinsi",
    ),
    (
        "Bubuhan kami handak minta lampu jalan lawan taman, kawa kah masuk PSU provinsi?",
        "psu.lingkup_provinsi",
    ),
    ("Does the province build PSU in rural villages too?", "psu.lingkup_provinsi"),
    (
        "jaling dan drainase di permukiman tepi sungai masuk lingkup provinsi ya?",
        "psu.lingkup_provinsi",
    ),
    (
        "Provinsi mengerjakan PSU di atas aset siapa? Aset provinsi saja atau aset kabupaten "
        "juga bisa?",
        "psu.lingkup_provinsi",
    ),
    (
        "Dulu kami usulkan gorong-gorong besar di jalan kabupaten tapi tidak diterima. "
        "Sebenarnya batas PSU yang dibangun provinsi itu di mana saja?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.perumahan_pusat
    ("Penyediaan rumah untuk MBR itu kewenangan siapa?", "kewenangan.perumahan_pusat"),
    ("rusun buat MBR itu urusan pusat ya?", "kewenangan.perumahan_pusat"),
    (
        "Kami ingin membangun rumah susun untuk pekerja berpenghasilan rendah. Apakah itu bisa "
        "diusulkan ke provinsi atau merupakan kewenangan pusat?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "What is the central government's role in housing, e.g. low-income housing and housing "
        "finance?",
        "kewenangan.perumahan_pusat",
    ),
    ("pembiayaan perumahan MBR tu urusan pusat kah?", "kewenangan.perumahan_pusat"),
    # kewenangan.bencana_relokasi
    (
        "Rumah korban banjir besar yang ditetapkan sebagai bencana provinsi, siapa yang menangani?",
        "kewenangan.bencana_relokasi",
    ),
    ("rmh korban kebakaran skala kab itu urusan kab ya?", "kewenangan.bencana_relokasi"),
    (
        "Yth. Admin, mohon penjelasan kewenangan penyediaan rumah bagi masyarakat yang terkena "
        "relokasi program pemerintah daerah provinsi.",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Warga kami direlokasi karena proyek pemerintah pusat. Rumah pengganti mereka tanggung "
        "jawab siapa?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Who provides housing for people relocated by a provincial programme?",
        "kewenangan.bencana_relokasi",
    ),
    ("rumah korban bencana nasional tu siapa nang menangani?", "kewenangan.bencana_relokasi"),
    # kewenangan.izin
    ("Izin pembangunan perumahan dikeluarkan oleh provinsi atau kabupaten?", "kewenangan.izin"),
    ("SKBG yg nerbitin siapa? kab?", "kewenangan.izin"),
    (
        "Developer menanyakan ke kami apakah izin pengembangan kawasan permukiman bisa diurus ke "
        "provinsi. Sebenarnya izin itu wewenang siapa?",
        "kewenangan.izin",
    ),
    ("ulun handak takun, izin kawasan permukiman tu di kabupaten kah?", "kewenangan.izin"),
    # kewenangan.kawasan_permukiman
    (
        "Apa saja kewenangan provinsi di sub-urusan kawasan permukiman?",
        "kewenangan.kawasan_permukiman",
    ),
    ("sub urusan kws permukiman itu isinya apa aja per level?", "kewenangan.kawasan_permukiman"),
    (
        "Who sets the national settlement system, and what does the regency do in the "
        "settlement-areas sub-affair?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.sertifikasi
    (
        "Sertifikasi perancang rumah tingkat kemampuan kecil itu diurus di mana?",
        "kewenangan.sertifikasi",
    ),
    ("registrasi perencana PSU kemampuan menengah kewenangan prov ya?", "kewenangan.sertifikasi"),
    (
        "Konsultan perencana lokal bertanya soal sertifikasi dan registrasi perancang rumah. "
        "Mereka bingung harus ke kabupaten atau provinsi. Pembagiannya bagaimana?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    ("SPM perumahan untuk provinsi itu apa saja dan targetnya berapa persen?", "kewenangan.spm"),
    ("spm bid perumahan rakyat dasarnya PP 2/2018 psl brp?", "kewenangan.spm"),
    (
        "Kami diminta mengisi laporan SPM perumahan kabupaten. Saya belum paham jenis layanan "
        "dasarnya. Untuk kabupaten apa saja yang dihitung?",
        "kewenangan.spm",
    ),
    ("What are the minimum service standards for housing at province level?", "kewenangan.spm"),
    # kumuh.penetapan
    ("Siapa yang berwenang menetapkan lokasi kumuh?", "kumuh.penetapan"),
    ("sk kumuh yg tanda tangan bupati ato gubernur?", "kumuh.penetapan"),
    (
        "Yth. Bapak/Ibu, mohon petunjuk tata cara penetapan lokasi perumahan kumuh dan "
        "permukiman kumuh oleh Bupati/Wali Kota beserta kelengkapannya.",
        "kumuh.penetapan",
    ),
    (
        "SK kumuh kami terbit tahun 2017 dan belum pernah direvisi. Ada kawasan baru yang "
        "sekarang kumuh tapi belum masuk. Seberapa sering SK kumuh seharusnya ditinjau ulang?",
        "kumuh.penetapan",
    ),
    ("SK kumuh tu wajib dilengkapi peta sebaran kah?", "kumuh.penetapan"),
    ("How are slum locations officially designated?", "kumuh.penetapan"),
    ("Apakah provinsi bisa menetapkan lokasi kumuh sendiri tanpa SK Bupati?", "kumuh.penetapan"),
    ("review sk kumuh plg lama brp thn sekali?", "kumuh.penetapan"),
    (
        "Dasar hukum penetapan lokasi kumuh itu Permen PUPR berapa, pasal berapa?",
        "kumuh.penetapan",
    ),
    ("ulun handak tahu, lokasi kumuh tu ditetapkan lawan napa, SK Bupati kah?", "kumuh.penetapan"),
    (
        "Isi keputusan penetapan lokasi kumuh itu apa saja? Daftar lokasi dan peta ya?",
        "kumuh.penetapan",
    ),
    ("Who signs the slum decree, the governor or the regent?", "kumuh.penetapan"),
    (
        "Kabupaten kami mau merevisi SK kumuh. Bagaimana proses penetapannya menurut aturan?",
        "kumuh.penetapan",
    ),
    ("Apakah gubernur pernah menetapkan lokasi kumuh di kabupaten?", "kumuh.penetapan"),
    ("sk kumuh kami udh 6 thn, menurut permen wajib ditinjau ulang ga sih?", "kumuh.penetapan"),
    (
        "Ada lokasi kumuh baru yang ditemukan waktu pendataan. Prosedur supaya lokasi itu resmi "
        "ditetapkan sebagai kumuh gimana?",
        "kumuh.penetapan",
    ),
    # usulan.sk_kumuh
    ("Di usulan kumuh, data SK kumuh apa saja yang harus diisi?", "usulan.sk_kumuh"),
    ("usulan kumuh wajib ada SK kumuh ga?", "usulan.sk_kumuh"),
    (
        "Yth. Admin, pada formulir usulan kawasan kumuh diminta nomor dan tanggal SK kumuh. "
        "Mohon penjelasan fungsi isian tersebut dalam penilaian usulan.",
        "usulan.sk_kumuh",
    ),
    (
        "Waktu isi usulan kumuh, bot memberi peringatan bahwa SK kami sudah lebih dari 5 tahun. "
        "Apa akibatnya ke usulan kami?",
        "usulan.sk_kumuh",
    ),
    (
        "Lokasi yang mau kami usulkan belum tercantum di SK kumuh. Tetap bisa diusulkan?",
        "usulan.sk_kumuh",
    ),
    ("sk kumuh yg udh lewat 5 thn ngaruh ke skor usulan ga?", "usulan.sk_kumuh"),
    ("Why does the slum proposal ask for the SK kumuh number and date?", "usulan.sk_kumuh"),
    (
        "Tanggal SK kumuh saya salah ketik jadi tahun depan, lalu form menolak. Kenapa begitu?",
        "usulan.sk_kumuh",
    ),
    ("usulan kumuh tanpa SK kumuh gimana? lgsg ditolak?", "usulan.sk_kumuh"),
    ("nama lokasi di usulan kumuh harus sama dengan nama lokasi di SK kah?", "usulan.sk_kumuh"),
    (
        "Mohon petunjuk, apakah SK kumuh yang umurnya tepat lima tahun masih dihitung dalam "
        "penilaian kesiapan usulan provinsi?",
        "usulan.sk_kumuh",
    ),
    (
        "Kami baru menerbitkan SK kumuh revisi bulan lalu, tapi usulan tahun lalu masih pakai SK "
        "lama. Untuk usulan kumuh tahun ini sebaiknya SK yang mana yang dicantumkan?",
        "usulan.sk_kumuh",
    ),
    (
        "Does the SK kumuh need to be less than five years old for a slum proposal?",
        "usulan.sk_kumuh",
    ),
    ("SK kumuh ulun sudah lawas, kawa kah masih dipakai gasan usulan?", "usulan.sk_kumuh"),
    (
        "Ada isian 'lokasi tercantum di SK?' di form usulan kumuh, kalau saya jawab tidak apa "
        "yang terjadi?",
        "usulan.sk_kumuh",
    ),
    (
        "Sehubungan dengan usulan penanganan kumuh Kelurahan Mentawa Baru Hilir, mohon "
        "konfirmasi apakah cukup mencantumkan nomor dan tanggal SK kumuh.",
        "usulan.sk_kumuh",
    ),
    # istilah.skkumuh
    ("SK kumuh itu maksudnya SK apa?", "istilah.skkumuh"),
    ("What is an 'SK kumuh'?", "istilah.skkumuh"),
    # kumuh.aspek
    ("Apa saja tujuh aspek kriteria kumuh?", "kumuh.aspek"),
    ("kriteria kumuh ada brp aspek? apa aja?", "kumuh.aspek"),
    (
        "Yth. Tim, mohon informasi aspek dan kriteria penilaian kekumuhan menurut Permen PUPR "
        "14/2018.",
        "kumuh.aspek",
    ),
    ("Apakah proteksi kebakaran termasuk aspek penilaian kumuh?", "kumuh.aspek"),
    ("What are the seven aspects used to assess slums?", "kumuh.aspek"),
    ("kriteria kumuh tu apa haja? bangunan, jalan, banyu minum...?", "kumuh.aspek"),
    # kumuh.penilaian
    ("Skor kumuh berapa yang termasuk kumuh berat?", "kumuh.penilaian"),
    ("nilai maks kumuh brp? 80 ya?", "kumuh.penilaian"),
    ("Tiap kriteria kumuh dinilai 0, 1, 3, 5 itu berdasarkan apa?", "kumuh.penilaian"),
    ("How is a slum location scored, and what counts as a heavy slum?", "kumuh.penilaian"),
    (
        "Tim kami baru selesai menilai satu kelurahan dan totalnya 64. Kami belum yakin cara "
        "bacanya. Nilai segitu artinya kumuh berat kah?",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    ("Rentang nilai kumuh sedang dan kumuh ringan berapa?", "kumuh.tingkat_sedang_ringan"),
    ("skor 40 itu kumuh sedang ya?", "kumuh.tingkat_sedang_ringan"),
    ("What score range is a light slum?", "kumuh.tingkat_sedang_ringan"),
    # kumuh.pola_penanganan
    ("Apa beda pemugaran, peremajaan dan pemukiman kembali?", "kumuh.pola_penanganan"),
    ("kumuh di tanah ilegal penanganannya apa? relokasi?", "kumuh.pola_penanganan"),
    (
        "Lokasi kumuh sedang di lahan legal, pola penanganan apa yang cocok?",
        "kumuh.pola_penanganan",
    ),
    ("Which handling pattern fits a light slum on legal land?", "kumuh.pola_penanganan"),
    (
        "Kawasan kumuh kami di bantaran yang rawan banjir. Warga sudah puluhan tahun di sana "
        "tapi tanahnya tidak jelas. Pola penanganan apa yang biasanya dipakai untuk kondisi "
        "begitu?",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    ("Berapa jumlah lokasi kumuh di Kalimantan Tengah?", "kumuh.kalteng"),
    ("total luas kumuh se-kalteng brp ha?", "kumuh.kalteng"),
    ("Kabupaten mana yang paling banyak lokasi kumuhnya di Kalteng?", "kumuh.kalteng"),
    ("How much slum area does Central Kalimantan have?", "kumuh.kalteng"),
    # usulan.isi
    ("Apa saja isi yang harus ada dalam usulan kegiatan ke provinsi?", "usulan.isi"),
    ("usulan itu isinya apa aja sih?", "usulan.isi"),
    (
        "Yth. Disperkimtan, mohon penjelasan data apa saja yang harus dimuat dalam usulan "
        "kegiatan PKP dari kabupaten beserta alasan masing-masing data tersebut diminta.",
        "usulan.isi",
    ),
    ("Kenapa form usulan minta banyak sekali data? Apa gunanya semua isian itu?", "usulan.isi"),
    ("What information does a proposal need to include?", "usulan.isi"),
    ("usulan tu isinya apa haja, pian?", "usulan.isi"),
    (
        "Ini pertama kali saya menyusun usulan ke provinsi. Atasan minta bahannya disiapkan dulu "
        "sebelum diisi di bot. Data apa saja yang perlu saya kumpulkan?",
        "usulan.isi",
    ),
    ("kenapa hrs isi sektor (air minum, sanitasi dll) di usulan?", "usulan.isi"),
    ("Kenapa justifikasi usulan wajib diisi, minimal berapa karakter?", "usulan.isi"),
    ("Bagian alasan atau justifikasi dalam usulan itu sebaiknya berisi apa?", "usulan.isi"),
    (
        "Dalam usulan, data mana yang menentukan kewenangan dan data mana yang menentukan "
        "prioritas?",
        "usulan.isi",
    ),
    (
        "Struktur usulan kegiatan yang baik itu seperti apa: siapa, apa, di mana, untuk siapa, "
        "berapa biayanya?",
        "usulan.isi",
    ),
    ("usulan hrs ada judul? maks brp karakter?", "usulan.isi"),
    ("ulun kada paham, kenapa usulan musti ada sektor, lokasi, lawan biaya?", "usulan.isi"),
    ("Which fields does a proposal have, and why is each one asked?", "usulan.isi"),
    (
        "Mohon petunjuk muatan usulan kegiatan bidang kawasan permukiman agar isinya lengkap dan "
        "tidak dikembalikan untuk perbaikan.",
        "usulan.isi",
    ),
    # usulan.jenis
    ("Jenis usulan apa saja yang bisa diajukan ke provinsi lewat Sinkron?", "usulan.jenis"),
    ("jenis usulan ada apa aja? kumuh, psu, ...?", "usulan.jenis"),
    (
        "Yth. Admin, mohon informasi kategori atau jenis usulan kegiatan yang dapat diajukan "
        "kabupaten kepada Disperkimtan Provinsi.",
        "usulan.jenis",
    ),
    (
        "Kami mau usul pembangunan balai warga. Kelihatannya bukan kumuh, bukan PSU, bukan "
        "rumah. Itu masuk jenis usulan yang mana?",
        "usulan.jenis",
    ),
    ("What types of proposals can we submit?", "usulan.jenis"),
    ("usulan jenis 'rumah' itu utk apa? beda sm rtlh?", "usulan.jenis"),
    ("jenis usulan nang kawa diajukan tu apa haja?", "usulan.jenis"),
    ("Bisa usulkan selain kumuh dan PSU? Misalnya rumah korban bencana?", "usulan.jenis"),
    ("Di pilihan jenis ada 'lainnya', itu untuk usulan seperti apa?", "usulan.jenis"),
    ("Apa beda jenis usulan kumuh dengan jenis usulan PSU?", "usulan.jenis"),
    (
        "Apakah rumah untuk warga relokasi program provinsi bisa diusulkan sebagai jenis "
        "tersendiri?",
        "usulan.jenis",
    ),
    ("Which proposal type should I choose for housing disaster victims?", "usulan.jenis"),
    ("pilihan jenis usulan di form ada 5 ya? apa aja?", "usulan.jenis"),
    ("usulan rtlh termasuk jenis tersendiri kah, kada masuk 'rumah'?", "usulan.jenis"),
    (
        "Sehubungan dengan penyusunan usulan TA 2027, mohon penjelasan perbedaan jenis usulan "
        "kumuh, PSU, rumah, RTLH dan lainnya.",
        "usulan.jenis",
    ),
    ("Jenis usulan yang dipilih itu ngaruh ke pertanyaan berikutnya di form ga?", "usulan.jenis"),
    # bot.usul
    ("Di /usul, foto maksimal berapa?", "bot.usul"),
    ("kirim usulan lwt /usul bisa lampir pdf ga?", "bot.usul"),
    ("Kalau sinyal hilang waktu saya isi /usul, isian saya hilang semua?", "bot.usul"),
    ("Bisa salin usulan tahun lalu di /usul biar tidak isi ulang?", "bot.usul"),
    ("What happens after I finish the /usul form? Do I get a tracking code?", "bot.usul"),
    (
        "Waktu isi /usul, saya tidak bisa memilih kabupaten lain. Saya mau bantu usulan "
        "kabupaten tetangga. Kenapa terkunci?",
        "bot.usul",
    ),
    ("/usul tu kawa dikirimi titik lokasi GPS kah?", "bot.usul"),
    (
        "Yth. Admin, pada saat mengisi /usul muncul pemberitahuan bahwa usulan berada di luar "
        "kewenangan provinsi. Mohon penjelasan apakah usulan tersebut tetap dapat dikirim.",
        "bot.usul",
    ),
    ("kode USL-2026-xxxx itu dpt kapan?", "bot.usul"),
    ("Di /usul foto wajib kah? kalau belum ada foto gimana?", "bot.usul"),
    ("Kenapa di /usul saya diminta konfirmasi lagi waktu mengisi luas 250 ha?", "bot.usul"),
    ("salin usulan lama itu yg ikut kesalin apa aja?", "bot.usul"),
    ("Can I attach DED and RAB PDFs in /usul? How many?", "bot.usul"),
    ("isian biaya di /usul ditulis '1,5 M' kawa kah?", "bot.usul"),
    ("Saya ketik biaya 5 juta di /usul lalu ditanya konfirmasi. Kenapa?", "bot.usul"),
    ("Titik koordinat di /usul wajib atau boleh dilewati?", "bot.usul"),
    # bot.cara_pakai
    ("Perintah apa saja yang bisa saya pakai di bot Sinkron?", "bot.cara_pakai"),
    ("cmd di bot ini apa aja ya? /usul, trus apa lg?", "bot.cara_pakai"),
    ("Jam di bot ini pakai WIB atau WITA?", "bot.cara_pakai"),
    ("Can I use this bot in English?", "bot.cara_pakai"),
    (
        "Yth. Admin Sinkron, mohon panduan penggunaan bot bagi petugas kabupaten, termasuk "
        "daftar perintah yang tersedia.",
        "bot.cara_pakai",
    ),
    ("waktu di pengingat rapat itu WIB kan?", "bot.cara_pakai"),
    (
        "Saya baru di-approve admin sebagai petugas. Belum pernah pakai bot seperti ini. Setelah "
        "aktif, apa saja yang bisa saya kerjakan di sini dan pakai perintah apa?",
        "bot.cara_pakai",
    ),
    ("Which commands does the Sinkron bot have?", "bot.cara_pakai"),
    ("bot ni kaya apa makainya? perintahnya apa haja?", "bot.cara_pakai"),
    ("Kalau saya ketik jam 10.00 WITA, bot bisa ubah ke WIB ga?", "bot.cara_pakai"),
    ("gmn cara ganti bahasa bot ke inggris?", "bot.cara_pakai"),
    ("Perintah untuk melihat daftar usulan kabupaten kami apa?", "bot.cara_pakai"),
    ("Apakah semua jam yang ditampilkan bot mengikuti waktu Palangka Raya?", "bot.cara_pakai"),
    (
        "Kalau saya mau bertanya soal kewenangan, cukup ketik biasa atau harus pakai perintah "
        "khusus?",
        "bot.cara_pakai",
    ),
    ("ulun urang baru, kaya apa caranya memakai bot Sinkron ni?", "bot.cara_pakai"),
    ("How do I register as an officer in this bot?", "bot.cara_pakai"),
    # siklus.tahunan
    ("Bagaimana siklus usulan tahunan dari kabupaten ke provinsi?", "siklus.tahunan"),
    ("usulan thn ini utk anggaran thn brp?", "siklus.tahunan"),
    (
        "Yth. Bapak/Ibu, mohon penjelasan tahapan siklus pengusulan kegiatan PKP dalam satu tahun.",
        "siklus.tahunan",
    ),
    ("What does the yearly proposal cycle look like?", "siklus.tahunan"),
    ("usulan nang dikirim wayah ini tu gasan tahun anggaran pabila?", "siklus.tahunan"),
    (
        "Kami baru ditugaskan mengurus usulan. Saya ingin paham urutan kerjanya dalam setahun, "
        "dari menyusun usulan sampai asetnya dibangun. Bisa dijelaskan alurnya?",
        "siklus.tahunan",
    ),
    ("Tahun anggaran usulan ditentukan dari tahun pengirimannya kah?", "siklus.tahunan"),
    # siklus.rakor
    ("Rakor Bidang Kawasan Permukiman itu rapat apa?", "siklus.rakor"),
    ("rakor kws permukiman diadain tiap thn ga?", "siklus.rakor"),
    (
        "Yth. Panitia, mohon penjelasan maksud dan tujuan Rapat Koordinasi dan Sinkronisasi "
        "Bidang Kawasan Permukiman se-Kalimantan Tengah.",
        "siklus.rakor",
    ),
    ("Siapa saja peserta Rakor kawasan permukiman?", "siklus.rakor"),
    ("What is the Rakor and why should regencies attend?", "siklus.rakor"),
    ("rakor tu gasan apa pang? ulun wajib hadir kah?", "siklus.rakor"),
    ("Tahun-tahun sebelumnya Rakor diadakan tanggal berapa saja?", "siklus.rakor"),
    (
        "Kepala dinas kami baru dan belum pernah ikut Rakor. Beliau tanya apa yang dibahas di "
        "sana dan apa hubungannya dengan usulan kami. Bisa dijelaskan?",
        "siklus.rakor",
    ),
    ("rakor 2025 kmrn diadain dmn?", "siklus.rakor"),
    ("Kenapa tanggal Rakor tiap tahun beda-beda, tidak tetap?", "siklus.rakor"),
    (
        "Apakah usulan kabupaten dibahas secara teknis di Rakor sebelum Musrenbang provinsi?",
        "siklus.rakor",
    ),
    ("Rakor biasanya jatuh di bulan apa, antara September sampai November kah?", "siklus.rakor"),
    ("Is the Rakor held once a year?", "siklus.rakor"),
    ("Rakor nang tahun 2024 dahulu tu di mana wan tanggal berapa?", "siklus.rakor"),
    ("Dalam Rakor, apa saja yang disinkronkan antara provinsi dan kabupaten?", "siklus.rakor"),
    ("Siapa penyelenggara Rakor kawasan permukiman se-Kalteng?", "siklus.rakor"),
    # siklus.rkpd_apbd
    ("Setelah Rakor, usulan kami diproses ke mana?", "siklus.rkpd_apbd"),
    ("abis disetujui di rakor, msk RKPD kpn?", "siklus.rkpd_apbd"),
    (
        "Yth. Bapak/Ibu, mohon penjelasan alur usulan setelah pembahasan Rakor hingga masuk RKPD "
        "dan APBD Provinsi.",
        "siklus.rkpd_apbd",
    ),
    (
        "Usulan kami sudah disetujui tahun lalu, tapi belum ada pembangunan. Apakah disetujui di "
        "bot berarti sudah pasti masuk APBD?",
        "siklus.rkpd_apbd",
    ),
    ("How does an approved proposal end up in the provincial budget?", "siklus.rkpd_apbd"),
    ("usulan nang sudah disetujui tu masuk ka RKPD lawan APBD kah?", "siklus.rkpd_apbd"),
    ("Apa hubungan Rakor dengan Musrenbang provinsi dalam perencanaan?", "siklus.rkpd_apbd"),
    ("Bot mencatat RKPD dan APBD juga ga? atau cuma sampai disetujui?", "siklus.rkpd_apbd"),
    ("Urutannya Rakor dulu atau Musrenbang dulu?", "siklus.rkpd_apbd"),
    (
        "Mohon petunjuk tahapan perencanaan setelah usulan disetujui: Musrenbang, RKPD, "
        "KUA-PPAS, sampai APBD.",
        "siklus.rkpd_apbd",
    ),
    ("disetujui di sinkron = pasti dpt anggaran?", "siklus.rkpd_apbd"),
    (
        "Kami ditanya DPRD apakah usulan ke provinsi sudah masuk RKPD. Saya cuma tahu statusnya "
        "disetujui di bot. Bagaimana sebenarnya hubungan status itu dengan RKPD?",
        "siklus.rkpd_apbd",
    ),
    ("After the Rakor, what are the next planning steps?", "siklus.rkpd_apbd"),
    ("ulun handak tahu, habis Rakor tu usulan dibawa ka Musrenbang kah?", "siklus.rkpd_apbd"),
    ("RKPD dan APBD itu masih diurus lewat bot atau di luar bot?", "siklus.rkpd_apbd"),
    ("Posisi Rakor dalam siklus perencanaan RKPD provinsi itu di mana?", "siklus.rkpd_apbd"),
    # siklus.pemeriksaan
    ("Bagaimana provinsi memeriksa usulan yang masuk?", "siklus.pemeriksaan"),
    ("usulan dicek apa aja sm prov?", "siklus.pemeriksaan"),
    (
        "Yth. Disperkimtan, mohon informasi tahapan verifikasi usulan kegiatan oleh Provinsi, "
        "baik administrasi maupun teknis.",
        "siklus.pemeriksaan",
    ),
    ("Apakah provinsi turun ke lapangan memeriksa lokasi usulan?", "siklus.pemeriksaan"),
    ("How does the province review our proposals?", "siklus.pemeriksaan"),
    ("usulan kami tu dicek kaya apa lawan provinsi?", "siklus.pemeriksaan"),
    (
        "Usulan kami dikembalikan dengan catatan perlu perbaikan. Saya ingin tahu, sebenarnya "
        "provinsi memeriksa aspek apa saja sebelum menyetujui?",
        "siklus.pemeriksaan",
    ),
    ("pemeriksaan kewenangan itu bagian dari verifikasi usulan ya?", "siklus.pemeriksaan"),
    (
        "Selain kelengkapan dokumen, apa yang dinilai provinsi waktu verifikasi teknis?",
        "siklus.pemeriksaan",
    ),
    ("Does the province check land status during verification?", "siklus.pemeriksaan"),
    ("Tim provinsi pakai skor prioritas waktu menilai usulan kah?", "siklus.pemeriksaan"),
    ("Skor prioritas usulan dihitung dari komponen apa saja?", "siklus.pemeriksaan"),
    ("brp bobot kesiapan di skor prioritas?", "siklus.pemeriksaan"),
    (
        "ulun handak tahu apa haja nang diperiksa provinsi sebelum usulan dibawa ka Rakor?",
        "siklus.pemeriksaan",
    ),
    (
        "Kenapa usulan yang biaya per KK-nya murah dapat nilai lebih tinggi waktu dinilai "
        "provinsi?",
        "siklus.pemeriksaan",
    ),
    (
        "Mohon penjelasan cara provinsi memeringkat usulan apabila pagu anggaran tidak cukup "
        "untuk semua.",
        "siklus.pemeriksaan",
    ),
    # usulan.kesiapan
    ("Dokumen kesiapan apa saja yang perlu disiapkan untuk usulan?", "usulan.kesiapan"),
    ("readiness criteria usulan psu apa aja?", "usulan.kesiapan"),
    (
        "Yth. Admin, mohon daftar dokumen kesiapan (readiness criteria) yang dipersyaratkan "
        "untuk usulan PSU permukiman ke Provinsi.",
        "usulan.kesiapan",
    ),
    (
        "Usulan kami belum punya dokumen kesiapan apa pun. Apakah tetap bisa dikirim atau harus "
        "lengkap dulu?",
        "usulan.kesiapan",
    ),
    ("What readiness documents should a proposal have?", "usulan.kesiapan"),
    ("dokumen kesiapan tu apa haja nang musti ada?", "usulan.kesiapan"),
    ("Apakah surat dari Bupati termasuk dokumen kesiapan usulan?", "usulan.kesiapan"),
    (
        "Tahun lalu usulan kami kalah prioritas karena katanya kesiapannya rendah. Tahun ini "
        "kami mau lebih siap. Kesiapan itu dinilai dari dokumen apa saja?",
        "usulan.kesiapan",
    ),
    ("kesiapan usulan dinilai dr apa aja? DED, RAB, lahan?", "usulan.kesiapan"),
    ("Kesepakatan masyarakat itu termasuk readiness criteria kah?", "usulan.kesiapan"),
    (
        "Mohon penjelasan komponen kesiapan usulan yang mempengaruhi penilaian provinsi.",
        "usulan.kesiapan",
    ),
    ("RC untuk usulan kumuh bedanya apa dengan RC usulan PSU?", "usulan.kesiapan"),
    ("Are readiness documents mandatory, or can that part be left empty?", "usulan.kesiapan"),
    ("daftar RC usulan psu itu isinya apa aja min?", "usulan.kesiapan"),
    (
        "Sebelum kirim usulan, ulun handak memastikan kesiapannya. Apa haja nang dinilai?",
        "usulan.kesiapan",
    ),
    ("Selain DED dan RAB, dokumen kesiapan lain yang diharapkan provinsi apa?", "usulan.kesiapan"),
    # usulan.dokumen_teknis
    (
        "Dokumen teknis apa saja yang dilampirkan di usulan? DED, RAB, RKS?",
        "usulan.dokumen_teknis",
    ),
    ("foto kondisi eksisting wajib brp lembar?", "usulan.dokumen_teknis"),
    (
        "Yth. Bapak/Ibu, mohon konfirmasi apakah DED, RAB, RKS dan site plan wajib dilampirkan "
        "dalam format PDF pada usulan.",
        "usulan.dokumen_teknis",
    ),
    (
        "Site plan untuk usulan jalan lingkungan perlu dilampirkan juga kah?",
        "usulan.dokumen_teknis",
    ),
    ("What technical documents go with a proposal?", "usulan.dokumen_teknis"),
    ("DED lawan RAB tu musti dilampirkan di usulan kah?", "usulan.dokumen_teknis"),
    ("Foto apa yang harus dikirim di usulan? kondisi sekarang?", "usulan.dokumen_teknis"),
    ("Lampiran DED dan RAB dalam usulan berpengaruh ke penilaian kah?", "usulan.dokumen_teknis"),
    ("dok teknis di usulan: DED, RAB, RKS, site plan, foto. ada lg?", "usulan.dokumen_teknis"),
    ("Apakah RKS wajib ada untuk usulan drainase?", "usulan.dokumen_teknis"),
    (
        "Konsultan kami baru bikin gambar sederhana dan RAB, belum ada RKS dan site plan. Usulan "
        "tetap bisa dikirim dengan dokumen teknis seadanya?",
        "usulan.dokumen_teknis",
    ),
    ("Can I upload the RAB as a PDF with the proposal?", "usulan.dokumen_teknis"),
    ("pdf DED gede bgt, maks brp file yg bs dilampirin?", "usulan.dokumen_teknis"),
    (
        "Foto lokasi usulan maksimal berapa, dan harus foto kondisi eksisting kah?",
        "usulan.dokumen_teknis",
    ),
    (
        "Mohon petunjuk kelengkapan dokumen teknis perencanaan (DED/RAB/RKS/Site Plan) untuk "
        "usulan PSU.",
        "usulan.dokumen_teknis",
    ),
    ("foto lawan gambar teknis nang musti dilampirkan tu apa haja?", "usulan.dokumen_teknis"),
    # istilah.ded
    ("DED itu singkatan apa?", "istilah.ded"),
    ("ded tu apa sih", "istilah.ded"),
    ("What is a DED?", "istilah.ded"),
    ("Apa yang dimaksud Detail Engineering Design?", "istilah.ded"),
    ("DED tu apa pang artinya?", "istilah.ded"),
    ("Mohon penjelasan istilah DED yang sering disebut dalam dokumen kesiapan.", "istilah.ded"),
    (
        "Saya dari bagian keuangan, diminta atasan menanyakan DED ke konsultan. Saya malu tidak "
        "tahu artinya. DED itu apa?",
        "istilah.ded",
    ),
    ("ded = detail engineering design kan?", "istilah.ded"),
    ("Apa kepanjangan DED?", "istilah.ded"),
    ("Pian, DED tu dokumen napa?", "istilah.ded"),
    ("DED stands for what in Indonesian project documents?", "istilah.ded"),
    (
        "Yth. Admin, mohon pengertian DED sebagaimana dimaksud dalam persyaratan usulan.",
        "istilah.ded",
    ),
    ("de-e-de itu apa ya, yg diminta di usulan?", "istilah.ded"),
    ("Istilah DED artinya apa, Pak?", "istilah.ded"),
    ("ulun kada tahu DED, napa artinya?", "istilah.ded"),
    ("Kata 'DED' di form itu maksudnya dokumen perencanaan teknis kah?", "istilah.ded"),
    # usulan.lahan
    ("Status lahan untuk usulan PSU harus milik siapa?", "usulan.lahan"),
    ("lahan blm sertifikat bs diusulin ga?", "usulan.lahan"),
    (
        "Yth. Disperkimtan, mohon petunjuk ketentuan status lahan pada usulan pembangunan jalan "
        "lingkungan, khususnya apabila lahan merupakan milik warga.",
        "usulan.lahan",
    ),
    (
        "Lahan untuk drainase sebagian milik warga, sebagian milik desa. Di form usulan saya "
        "harus pilih status lahan apa?",
        "usulan.lahan",
    ),
    ("Does the land have to be clean and clear for a proposal?", "usulan.lahan"),
    ("tanah nang handak dibangun tu tanah desa, kawa kah diusulkan?", "usulan.lahan"),
    (
        "Di form ada pertanyaan clean and clear ya/tidak/belum tahu. Kalau saya jawab belum "
        "tahu, pengaruhnya apa?",
        "usulan.lahan",
    ),
    ("lahan sengketa bs diusulkan ga?", "usulan.lahan"),
    ("Status lahan pemda, desa atau warga: mana yang paling baik untuk usulan?", "usulan.lahan"),
    (
        "Lahan sudah bersertifikat tapi belum sesuai RTRW. Apakah di usulan dianggap lahannya "
        "siap?",
        "usulan.lahan",
    ),
    (
        "Kami mau bangun jalan di atas tanah hibah warga yang baru punya SKT, belum ada "
        "sertifikat. Apakah lahannya memenuhi syarat usulan?",
        "usulan.lahan",
    ),
    ("What land status options are there in the proposal form?", "usulan.lahan"),
    ("status tanah ngaruh ke skor prioritas usulan ga?", "usulan.lahan"),
    ("lahan nang dibangun musti clean and clear kah?", "usulan.lahan"),
    (
        "Mohon penjelasan pentingnya status lahan dan kondisi clean and clear dalam usulan "
        "kegiatan.",
        "usulan.lahan",
    ),
    ("Kenapa usulan tanpa kepastian lahan sering tidak diprioritaskan?", "usulan.lahan"),
    # istilah.cleanandclear
    ("Clean and clear itu maksudnya apa?", "istilah.cleanandclear"),
    ("C&C lahan itu apa sih artinya", "istilah.cleanandclear"),
    ("What does 'clean and clear' mean for land?", "istilah.cleanandclear"),
    ("Apa arti istilah clean and clear dalam status tanah?", "istilah.cleanandclear"),
    ("clean and clear tu apa pang maksudnya?", "istilah.cleanandclear"),
    ("Mohon penjelasan definisi lahan clean and clear.", "istilah.cleanandclear"),
    (
        "Di rapat konsultan bilang lahannya harus C&C. Saya tidak enak bertanya di depan banyak "
        "orang. Sebenarnya clean and clear itu artinya apa?",
        "istilah.cleanandclear",
    ),
    ("clean n clear = sdh sertifikat, ga sengketa?", "istilah.cleanandclear"),
    ("Istilah 'clean and clear' kriterianya apa saja?", "istilah.cleanandclear"),
    ("Lahan dikatakan clean and clear kalau memenuhi apa?", "istilah.cleanandclear"),
    ("Is 'clean and clear' an official term? What does it cover?", "istilah.cleanandclear"),
    ("kelin en kelir itu apa ya pak", "istilah.cleanandclear"),
    ("ulun kada paham istilah clean and clear, pian kawa jelaskan?", "istilah.cleanandclear"),
    (
        "Yth. Admin, dalam persyaratan disebut 'lahan clean and clear'. Mohon penjelasan "
        "unsur-unsur pengertiannya.",
        "istilah.cleanandclear",
    ),
    ("Apa bedanya lahan bersertifikat dengan lahan clean and clear?", "istilah.cleanandclear"),
    ("cnc itu istilah apa di perkim?", "istilah.cleanandclear"),
    # usulan.lokasi
    ("Data lokasi apa saja yang diminta di usulan?", "usulan.lokasi"),
    ("lokasi usulan hrs isi kec, desa, titik gps ya?", "usulan.lokasi"),
    (
        "Nama desa di kecamatan kami tidak muncul waktu saya ketik di form. Mungkin ejaannya "
        "beda. Bagaimana mengisi data lokasi usulan yang benar?",
        "usulan.lokasi",
    ),
    ("Why does the proposal ask whether the location is urban or rural?", "usulan.lokasi"),
    ("lokasi usulan perkotaan atau perdesaan ngaruh apa?", "usulan.lokasi"),
    # usulan.penerima_biaya
    ("Jumlah KK dan jiwa penerima manfaat diisi bagaimana di usulan?", "usulan.penerima_biaya"),
    ("sumber dana di usulan pilihannya apa aja?", "usulan.penerima_biaya"),
    ("Kenapa biaya per KK diperhatikan dalam usulan?", "usulan.penerima_biaya"),
    ("How should I fill in the cost and funding source of a proposal?", "usulan.penerima_biaya"),
    ("jumlah jiwa kada boleh kurang dari jumlah KK kah?", "usulan.penerima_biaya"),
    (
        "Yth. Admin, mohon penjelasan isian penerima manfaat, perkiraan biaya dan usulan sumber "
        "dana pada formulir usulan.",
        "usulan.penerima_biaya",
    ),
    # usulan.surat_pernyataan
    (
        "Surat pernyataan kesediaan menerima hibah dan O&P itu perlu dilampirkan?",
        "usulan.surat_pernyataan",
    ),
    ("surat pernyataan hibah & OP itu buat apa sih?", "usulan.surat_pernyataan"),
    (
        "Kami khawatir kalau provinsi bangun drainase lalu tidak ada yang merawat. Provinsi "
        "minta pernyataan apa dari kabupaten soal operasi dan pemeliharaan?",
        "usulan.surat_pernyataan",
    ),
    (
        "Is a statement on accepting the grant and maintaining the asset required?",
        "usulan.surat_pernyataan",
    ),
    ("surat pernyataan hibah lawan pemeliharaan tu musti ada kah?", "usulan.surat_pernyataan"),
    # hibah.aset
    (
        "Setelah provinsi selesai membangun jalan lingkungan di lahan kabupaten, asetnya jadi "
        "milik siapa?",
        "hibah.aset",
    ),
    ("aset psu dr prov dihibahkan ke kab pake BAST ya?", "hibah.aset"),
    (
        "Yth. Disperkimtan, mohon penjelasan mekanisme serah terima aset hasil pembangunan "
        "provinsi kepada Pemerintah Kabupaten serta kewajiban pemeliharaannya.",
        "hibah.aset",
    ),
    ("Who maintains infrastructure the province built on our land?", "hibah.aset"),
    ("naskah hibah lawan BAST tu ditandatangani siapa haja?", "hibah.aset"),
    (
        "Drainase yang dibangun provinsi tahun lalu sudah rusak. Kami kira provinsi yang "
        "memperbaiki, tapi katanya itu sudah jadi aset kabupaten. Benar begitu?",
        "hibah.aset",
    ),
    # bot.status
    ("Apa arti status 'verifikasi' pada usulan?", "bot.status"),
    ("status 'perlu perbaikan' itu artinya apa? hrs ngapain?", "bot.status"),
    ("What do the statuses 'dialihkan' and 'dibatalkan' mean?", "bot.status"),
    ("Status usulan nang 'dibahas di Rakor' tu maksudnya apa?", "bot.status"),
    (
        "Yth. Admin, mohon penjelasan urutan status usulan dari diajukan hingga disetujui.",
        "bot.status",
    ),
    ("status disetujui itu final ga? bs berubah lg?", "bot.status"),
    # bot.ditolak_dialihkan
    (
        "Usulan kami ditolak, alasannya bisa dilihat di mana dan apa langkah selanjutnya?",
        "bot.ditolak_dialihkan",
    ),
    ("usulan dialihkan ke APBN artinya apa? kami hrs ngapain?", "bot.ditolak_dialihkan"),
    (
        "Kami sudah capek menyiapkan dokumen, lalu usulan ditolak dengan alasan bukan kewenangan "
        "provinsi. Bisa mengajukan keberatan di bot atau bagaimana?",
        "bot.ditolak_dialihkan",
    ),
    ("What should we do if our proposal is redirected?", "bot.ditolak_dialihkan"),
    ("usulan ulun ditolak, kawa kah diajukan pulang?", "bot.ditolak_dialihkan"),
    (
        "Mohon penjelasan, apakah usulan yang berstatus dialihkan masih dapat diperbaiki dan "
        "diajukan kembali melalui Sinkron?",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    ("Berapa lama provinsi menindaklanjuti usulan yang masuk?", "bot.tindak_lanjut"),
    (
        "usulan sy udh seminggu blm diverifikasi, normal ga? standarnya brp hari?",
        "bot.tindak_lanjut",
    ),
    ("Apa hubungan standar tindak lanjut usulan dengan LAPOR!?", "bot.tindak_lanjut"),
    ("Is there a service standard for how fast proposals are handled?", "bot.tindak_lanjut"),
    # bot.rapat
    ("Kalau saya tidak bisa hadir rapat, bisa diwakilkan lewat bot?", "bot.rapat"),
    ("pengingat rapat dikirim kapan aja?", "bot.rapat"),
    ("Undangan rapat masuk di bot. Konfirmasi kehadirannya bagaimana?", "bot.rapat"),
    ("Can I send a colleague to a meeting in my place?", "bot.rapat"),
    ("ulun kada kawa hadir rapat, kaya apa menyampaikan siapa wakilnya?", "bot.rapat"),
    # koordinasi.pokja_pkp
    ("Apa tugas Pokja PKP di daerah?", "koordinasi.pokja_pkp"),
    ("pokja pkp itu kerjanya ngapain aja?", "koordinasi.pokja_pkp"),
    (
        "Yth. Bapak/Ibu, mohon penjelasan dasar hukum dan fungsi Kelompok Kerja Perumahan dan "
        "Kawasan Permukiman di kabupaten.",
        "koordinasi.pokja_pkp",
    ),
    (
        "Kabupaten kami punya Pokja PKP tapi sudah lama tidak aktif. Bupati minta kami "
        "menghidupkannya lagi. Sebenarnya peran Pokja PKP itu apa dan siapa yang biasanya "
        "memimpin?",
        "koordinasi.pokja_pkp",
    ),
    ("What does the Pokja PKP do?", "koordinasi.pokja_pkp"),
    ("Pokja PKP tu gawiannya napa haja?", "koordinasi.pokja_pkp"),
    ("Dasar hukum Pokja PKP itu Permen PUPR berapa?", "koordinasi.pokja_pkp"),
    ("Apa hubungan Pokja PKP dengan Forum PKP?", "koordinasi.pokja_pkp"),
    ("ketua pokja pkp di kab biasanya siapa? sekda?", "koordinasi.pokja_pkp"),
    ("Pokja PKP dibentuk untuk mengoordinasikan apa?", "koordinasi.pokja_pkp"),
    ("Who chairs the housing working group at the regency level?", "koordinasi.pokja_pkp"),
    (
        "Mohon petunjuk peran Pokja PKP dalam koordinasi pembangunan perumahan dan kawasan "
        "permukiman lintas OPD.",
        "koordinasi.pokja_pkp",
    ),
    ("fungsi pokja pkp di kab apa? koordinasi aja?", "koordinasi.pokja_pkp"),
    ("Pokja PKP tu dibentuk badasar aturan napa?", "koordinasi.pokja_pkp"),
    (
        "Kami diundang rapat Pokja PKP kabupaten. Saya baru pertama kali ikut. Sebenarnya pokja "
        "ini wadah untuk apa?",
        "koordinasi.pokja_pkp",
    ),
    ("Is the Pokja PKP linked to the Forum PKP in the 2020 regulation?", "koordinasi.pokja_pkp"),
    # istilah.pokjapkp
    ("Pokja PKP singkatan dari apa?", "istilah.pokjapkp"),
    ("pokja pkp kepanjangannya apa?", "istilah.pokjapkp"),
    ("What does Pokja PKP stand for?", "istilah.pokjapkp"),
    ("Apa arti istilah Pokja PKP?", "istilah.pokjapkp"),
    ("Pokja PKP tu apa pang?", "istilah.pokjapkp"),
    ("Mohon penjelasan kepanjangan Pokja PKP.", "istilah.pokjapkp"),
    (
        "Di surat undangan tertulis 'rapat Pokja PKP'. Saya tidak tahu itu singkatan apa. Bisa "
        "dijelaskan?",
        "istilah.pokjapkp",
    ),
    ("pokja = kelompok kerja ya? pkp nya apa?", "istilah.pokjapkp"),
    ("Pokja PKP itu maksudnya Pokja apa?", "istilah.pokjapkp"),
    ("Kata 'Pokja PKP' artinya apa, Bu?", "istilah.pokjapkp"),
    ("Pokja PKP in English please, what is it?", "istilah.pokjapkp"),
    (
        "Yth. Admin, mohon pengertian istilah Pokja PKP sebagaimana lazim digunakan di bidang "
        "perkim.",
        "istilah.pokjapkp",
    ),
    ("pojka pkp tu apa ya", "istilah.pokjapkp"),
    ("ulun kada tahu Pokja PKP, napa kepanjangannya?", "istilah.pokjapkp"),
    ("Pokja PKP tu kelompok kerja napa?", "istilah.pokjapkp"),
    # disperkimtan.kontak
    ("Alamat kantor Disperkimtan Provinsi Kalteng di mana?", "disperkimtan.kontak"),
    ("kantor disperkimtan prov dmn ya?", "disperkimtan.kontak"),
    (
        "Yth. Admin, mohon informasi alamat lengkap Dinas Perumahan, Kawasan Permukiman dan "
        "Pertanahan Provinsi Kalimantan Tengah untuk pengiriman surat usulan.",
        "disperkimtan.kontak",
    ),
    ("Where is the Disperkimtan office in Palangka Raya?", "disperkimtan.kontak"),
    ("kantor Disperkimtan tu di jalan napa pang?", "disperkimtan.kontak"),
    (
        "Besok saya ke Palangka Raya mau antar berkas usulan langsung. Saya belum pernah ke "
        "kantornya. Kantor Disperkimtan provinsi itu di jalan apa?",
        "disperkimtan.kontak",
    ),
    ("website disperkimtan kalteng apa?", "disperkimtan.kontak"),
    ("Dinas mana di provinsi yang menangani usulan perkim dari kabupaten?", "disperkimtan.kontak"),
    ("kantor dinas perkimtan prov kalteng di jl DI Panjaitan no brp?", "disperkimtan.kontak"),
    (
        "Surat usulan resmi kami sebaiknya ditujukan ke dinas apa di provinsi?",
        "disperkimtan.kontak",
    ),
    ("Who at the province handles our housing and settlement proposals?", "disperkimtan.kontak"),
    (
        "Kalau mau konsultasi langsung soal usulan, bisa datang ke kantor Disperkimtan di mana?",
        "disperkimtan.kontak",
    ),
    ("ulun handak ka kantor Disperkimtan, di mana tempatnya?", "disperkimtan.kontak"),
    ("Ada situs web resmi Disperkimtan Kalteng?", "disperkimtan.kontak"),
    (
        "Mohon info kantor dinas provinsi yang mengurus perumahan, kawasan permukiman dan "
        "pertanahan di Kalteng.",
        "disperkimtan.kontak",
    ),
    (
        "Kami dari Mura mau kirim surat fisik ke provinsi soal usulan PSU. Ditujukan ke alamat "
        "mana?",
        "disperkimtan.kontak",
    ),
    # istilah.perkim
    ("Perkim itu singkatan dari apa?", "istilah.perkim"),
    ("perkim tu apa artinya pang?", "istilah.perkim"),
    # istilah.disperkimtan
    ("Disperkimtan kepanjangannya apa?", "istilah.disperkimtan"),
    ("kenapa ada 'tan' di belakang Disperkimtan? singkatan apa?", "istilah.disperkimtan"),
    # istilah.psu
    ("PSU itu singkatan apa?", "istilah.psu"),
    ("psu tu apa pang, prasarana napa?", "istilah.psu"),
    ("What is PSU in Indonesian housing terms?", "istilah.psu"),
    # istilah.jaling
    ("Jaling itu apa?", "istilah.jaling"),
    ("jaling = jalan lingkungan ya?", "istilah.jaling"),
    # istilah.drainase
    ("Apa yang dimaksud drainase lingkungan?", "istilah.drainase"),
    ("drainase tu apa artinya, saluran banyu kah?", "istilah.drainase"),
    # istilah.kr
    ("KR dalam data kumuh artinya apa?", "istilah.kr"),
    ("kr itu kumuh ringan kan?", "istilah.kr"),
    # istilah.ks
    ("KS di tabel kumuh maksudnya apa?", "istilah.ks"),
    ("ks tu kumuh sedang kah?", "istilah.ks"),
    # istilah.kb
    ("KB di data kekumuhan itu apa? Bukan keluarga berencana kan?", "istilah.kb"),
    ("What does KB mean in slum data?", "istilah.kb"),
    # istilah.delineasi
    ("Delineasi itu apa artinya?", "istilah.delineasi"),
    ("delineasi tu napa maksudnya?", "istilah.delineasi"),
    ("Arti kata delineasi di peta kumuh apa?", "istilah.delineasi"),
    # istilah.bsps
    ("BSPS singkatan dari apa?", "istilah.bsps"),
    ("bsps tu program apa sih?", "istilah.bsps"),
    # istilah.mbr
    ("MBR itu apa?", "istilah.mbr"),
    ("mbr kepanjangannya?", "istilah.mbr"),
    # istilah.rusun
    ("Rusun itu apa?", "istilah.rusun"),
    ("rusun tu napa?", "istilah.rusun"),
    # istilah.rusunawa
    ("Rusunawa itu apa?", "istilah.rusunawa"),
    ("What is a rusunawa?", "istilah.rusunawa"),
    # istilah.rusus
    ("Rusus itu apa?", "istilah.rusus"),
    ("rusus = rumah khusus ya?", "istilah.rusus"),
    # istilah.huntara
    ("Huntara itu apa?", "istilah.huntara"),
    ("huntara tu napa?", "istilah.huntara"),
    # istilah.huntap
    ("Huntap artinya apa?", "istilah.huntap"),
    ("huntap = hunian tetap ya?", "istilah.huntap"),
    # istilah.kk
    ("KK di usulan maksudnya kepala keluarga kah?", "istilah.kk"),
    ("What does KK mean in the beneficiary count?", "istilah.kk"),
    # istilah.jiwa
    ("Jiwa dalam isian penerima manfaat maksudnya apa?", "istilah.jiwa"),
    ("jiwa tu maksudnya jumlah urang kah?", "istilah.jiwa"),
    # istilah.ha
    ("ha itu satuan apa? berapa m2?", "istilah.ha"),
    ("1 hektar brp meter persegi?", "istilah.ha"),
    # istilah.rab
    ("RAB itu apa?", "istilah.rab"),
    ("rab kepanjangannya apa?", "istilah.rab"),
    ("What is a RAB?", "istilah.rab"),
    # istilah.rks
    ("RKS singkatan apa?", "istilah.rks"),
    ("rks tu dokumen napa?", "istilah.rks"),
    # istilah.kak
    ("KAK itu apa? sama dengan TOR?", "istilah.kak"),
    ("kak kepanjangannya apa", "istilah.kak"),
    # istilah.siteplan
    ("Site plan itu apa?", "istilah.siteplan"),
    ("site plan = rencana tapak ya?", "istilah.siteplan"),
    # istilah.rc
    ("RC di persyaratan usulan maksudnya apa?", "istilah.rc"),
    ("rc tu readiness criteria kah?", "istilah.rc"),
    # istilah.bast
    ("BAST itu singkatan apa?", "istilah.bast"),
    ("bast tu napa?", "istilah.bast"),
    # istilah.hibah
    ("Hibah dalam konteks aset itu artinya apa?", "istilah.hibah"),
    ("arti hibah apa?", "istilah.hibah"),
    # istilah.bmd
    ("BMD itu apa?", "istilah.bmd"),
    ("bmd kepanjangannya?", "istilah.bmd"),
    # istilah.bmn
    ("BMN singkatan dari apa?", "istilah.bmn"),
    ("What is BMN?", "istilah.bmn"),
    # istilah.bmn + istilah.bmd
    ("bmn beda sm bmd apa?", ("istilah.bmn", "istilah.bmd")),
    # istilah.op
    ("O&P itu apa?", "istilah.op"),
    ("OP dlm surat pernyataan itu maksudnya apa?", "istilah.op"),
    # istilah.spm
    ("SPM singkatan apa?", "istilah.spm"),
    ("spm tu apa artinya?", "istilah.spm"),
    # istilah.pokjappas
    ("Pokja PPAS itu apa?", "istilah.pokjappas"),
    ("ppas kepanjangannya apa?", "istilah.pokjappas"),
    # istilah.pokjaampl
    ("Pokja AMPL itu apa?", "istilah.pokjaampl"),
    ("ampl tu napa singkatannya?", "istilah.pokjaampl"),
    # istilah.rp3kp
    ("RP3KP itu dokumen apa?", "istilah.rp3kp"),
    ("rp3kp kepanjangannya apa?", "istilah.rp3kp"),
    # istilah.rp2kpkp
    ("RP2KPKP itu apa?", "istilah.rp2kpkp"),
    ("rp2kpkp singkatan dr apa?", "istilah.rp2kpkp"),
    # istilah.kotaku
    ("KOTAKU itu program apa?", "istilah.kotaku"),
    ("kotaku tu napa?", "istilah.kotaku"),
    # istilah.daktematikppkt
    ("DAK Tematik PPKT itu apa?", "istilah.daktematikppkt"),
    ("ppkt kepanjangannya apa?", "istilah.daktematikppkt"),
    # istilah.apbn
    ("APBN singkatan apa?", "istilah.apbn"),
    ("apbn tu apa?", "istilah.apbn"),
    # istilah.apbd
    ("APBD itu apa?", "istilah.apbd"),
    ("What is the APBD?", "istilah.apbd"),
    # istilah.apbdes
    ("APBDes itu apa?", "istilah.apbdes"),
    ("apbdes = dana desa ya?", "istilah.apbdes"),
    # istilah.bankeu
    ("Bankeu itu apa?", "istilah.bankeu"),
    ("bankeu prov tu maksudnya apa?", "istilah.bankeu"),
    # istilah.pokir
    ("Pokir itu apa?", "istilah.pokir"),
    ("pokir dewan tu apa maksudnya?", "istilah.pokir"),
    # istilah.musrenbang
    ("Musrenbang itu apa?", "istilah.musrenbang"),
    ("musrenbang kepanjangannya apa?", "istilah.musrenbang"),
    # istilah.rkpd
    ("RKPD itu singkatan apa?", "istilah.rkpd"),
    ("rkpd tu apa?", "istilah.rkpd"),
    # istilah.renja
    ("Renja itu apa?", "istilah.renja"),
    ("Renja OPD maksudnya apa?", "istilah.renja"),
    # istilah.renja + istilah.renstra
    ("renja sm renstra beda apa?", ("istilah.renja", "istilah.renstra")),
    # istilah.renstra
    ("Renstra itu dokumen apa?", "istilah.renstra"),
    ("renstra tu napa?", "istilah.renstra"),
    # istilah.rpjmd
    ("RPJMD itu apa?", "istilah.rpjmd"),
    ("rpjmd kepanjangannya", "istilah.rpjmd"),
    # istilah.kuappas
    ("KUA-PPAS itu apa?", "istilah.kuappas"),
    ("kua ppas singkatan dr apa", "istilah.kuappas"),
    # istilah.rka
    ("RKA itu apa?", "istilah.rka"),
    ("rka opd tu napa?", "istilah.rka"),
    # istilah.dpa
    ("DPA itu singkatan apa?", "istilah.dpa"),
    ("dpa tu dokumen apa?", "istilah.dpa"),
    # istilah.sipd
    ("SIPD itu apa?", "istilah.sipd"),
    ("sipd kepanjangannya?", "istilah.sipd"),
    # istilah.bapperida
    ("Bapperida itu apa?", "istilah.bapperida"),
    ("bapperida beda sm bappeda?", "istilah.bapperida"),
    # istilah.opd
    ("OPD itu apa?", "istilah.opd"),
    ("opd kepanjangannya", "istilah.opd"),
    # istilah.skpd
    ("SKPD itu apa?", "istilah.skpd"),
    ("What does SKPD mean?", "istilah.skpd"),
    # istilah.spam
    ("SPAM di perkim itu apa? Bukan email sampah kan?", "istilah.spam"),
    ("spam kepanjangannya apa", "istilah.spam"),
    # istilah.spald
    ("SPALD itu apa?", "istilah.spald"),
    ("spald tu napa?", "istilah.spald"),
    # istilah.ipal
    ("IPAL itu apa?", "istilah.ipal"),
    ("ipal kepanjangannya", "istilah.ipal"),
    # istilah.tps3r
    ("TPS3R itu apa?", "istilah.tps3r"),
    ("tps 3r maksudnya apa?", "istilah.tps3r"),
    # istilah.mck
    ("MCK singkatan dari apa?", "istilah.mck"),
    ("mck tu apa pang?", "istilah.mck"),
    # istilah.rtrw
    ("RTRW itu apa? Bukan RT/RW kan?", "istilah.rtrw"),
    ("rtrw kepanjangannya", "istilah.rtrw"),
    # istilah.rdtr
    ("RDTR itu apa?", "istilah.rdtr"),
    ("What is an RDTR?", "istilah.rdtr"),
    # istilah.pbg
    ("PBG itu apa? pengganti IMB?", "istilah.pbg"),
    ("pbg kepanjangannya", "istilah.pbg"),
    # istilah.slf
    ("SLF itu apa?", "istilah.slf"),
    ("slf tu sertifikat napa?", "istilah.slf"),
    # istilah.skbg
    ("SKBG itu singkatan apa?", "istilah.skbg"),
    ("skbg tu apa?", "istilah.skbg"),
    # istilah.skt
    ("SKT itu apa?", "istilah.skt"),
    ("skt tanah tu napa?", "istilah.skt"),
    # istilah.csr
    ("CSR itu apa?", "istilah.csr"),
    ("csr perusahaan maksudnya apa?", "istilah.csr"),
    # istilah.rakor
    ("Rakor singkatan dari apa?", "istilah.rakor"),
    ("rakor tu apa artinya?", "istilah.rakor"),
    # istilah.lapor
    ("LAPOR! itu apa?", "istilah.lapor"),
    ("lapor itu sistem apa?", "istilah.lapor"),
    # istilah.wib
    ("WIB itu apa? UTC+7?", "istilah.wib"),
    ("Kalteng pakai WIB atau WITA sih?", "istilah.wib"),
    # istilah.backlog
    ("Backlog perumahan itu apa?", "istilah.backlog"),
    ("backlog tu maksudnya apa?", "istilah.backlog"),
    # istilah.pkp
    ("PKP itu singkatan apa?", "istilah.pkp"),
    ("pkp tu napa? bukan pengusaha kena pajak kan?", "istilah.pkp"),
    # istilah.kumuh
    ("Apa definisi kumuh?", "istilah.kumuh"),
    ("permukiman kumuh itu artinya apa?", "istilah.kumuh"),
    # istilah.dak
    ("DAK itu apa?", "istilah.dak"),
    ("dak kepanjangannya", "istilah.dak"),
]

ROUNDTI_INTENTS: list[tuple[str, str]] = [
    # status
    ("Usulan saya sudah sampai mana?", "status"),
    ("cek status usulan kami dong", "status"),
    ("Yth. Admin, mohon informasi perkembangan usulan kami dengan kode USL-2026-0004.", "status"),
    ("usulan ulun nang dikirim bulan tadi kaya apa kabarnya?", "status"),
    ("What's the status of our proposals?", "status"),
    ("Usulan drainase Kumai yang kami kirim minggu lalu sudah diverifikasi belum?", "status"),
    # meeting
    ("Kapan Rakor tahun ini?", "meeting"),
    ("rapat berikutnya tgl brp & dmn?", "meeting"),
    (
        "Mohon informasi jadwal dan tempat pelaksanaan Rakor Bidang Kawasan Permukiman tahun ini.",
        "meeting",
    ),
    ("When and where is the next meeting?", "meeting"),
    ("rakor tahun ni pabila wan di mana?", "meeting"),
    (
        "Atasan saya mau mengatur jadwal dinas luar bulan depan. Rapat koordinasi berikutnya "
        "jadi tanggal berapa?",
        "meeting",
    ),
    # deadline
    ("Kapan batas akhir pengiriman usulan?", "deadline"),
    ("deadline usulan kpn?", "deadline"),
    (
        "Mohon informasi tenggat waktu penyampaian usulan kegiatan untuk tahun anggaran "
        "berikutnya.",
        "deadline",
    ),
    ("When is the proposal deadline?", "deadline"),
    ("usulan tu tutupnya pabila?", "deadline"),
    (
        "Kami masih menunggu tanda tangan Bupati. Masih sempat tidak kirim usulan? Tanggal "
        "tutupnya kapan?",
        "deadline",
    ),
    # greeting
    ("Halo", "greeting"),
    ("Selamat pagi, Sinkron", "greeting"),
    ("makasih ya infonya", "greeting"),
    ("Kamu bisa bantu apa saja?", "greeting"),
    ("help", "greeting"),
    ("Terima kasih banyak, pian.", "greeting"),
    # how_to_submit
    ("Bagaimana cara mengajukan usulan lewat bot ini?", "how_to_submit"),
    ("gmn cara kirim usulan di sini?", "how_to_submit"),
    ("Mohon petunjuk cara menyampaikan usulan kegiatan melalui Sinkron.", "how_to_submit"),
    ("How do I submit a proposal here?", "how_to_submit"),
    ("kaya apa caranya mengirim usulan lewat bot?", "how_to_submit"),
    ("Saya mau input usulan jalan lingkungan sekarang juga, mulainya dari mana?", "how_to_submit"),
]

ROUNDTI_AREAS: list[tuple[str, str]] = [
    ("Kawasan kumuh di Kelurahan Baamang Hulu luasnya 8,5 ha, itu kewenangan siapa?", "kabkota"),
    ("kumuh 12 hektar di Kuala Kapuas masuk kewenangan mana?", "provinsi"),
    ("Luas delineasi kumuh kami pas 10 ha. Kewenangan siapa?", "provinsi"),
    ("kumuh tepat 15 hektare kewenangan prov atau pusat?", "pusat"),
    ("Lokasi kumuh seluas 14,99 ha di Pahandut, siapa yang menangani?", "provinsi"),
    ("kumuh 95.000 m2 urusan siapa?", "kabkota"),
    ("Slum area of 11.5 hectares: which level handles it?", "provinsi"),
    ("kumuh lebih dari 15 ha di Sampit, siapa yg tangani?", "pusat"),
    ("kawasan kumuh kurang dari 10 ha itu kewenangan siapa?", "kabkota"),
    ("Kawasan kumuh 130.000 m² di Buntok, kewenangan provinsi kah?", "provinsi"),
    ("kumuh 150.000 meter persegi kewenangan siapa?", "pusat"),
    ("Luas kumuh 9,99 hektar, masuk kab atau prov?", "kabkota"),
    ("kumuh nang luasnya 22 hektar tu wewenang siapa pang?", "pusat"),
    ("Lokasi kumuh di Kasongan Lama 3,2 ha, siapa yang menangani?", "kabkota"),
    ("A slum area of 16 ha: is it the province's job?", "pusat"),
    (
        "Yth. Admin, kawasan kumuh Selat Hilir dengan luas delineasi 10,75 hektare mohon "
        "konfirmasi kewenangannya.",
        "provinsi",
    ),
    ("kumuh di atas 15 ha, misal 18 ha, kewenangan siapa?", "pusat"),
    ("Kumuh di bawah 10 ha, tepatnya 7 ha, apakah bisa ke provinsi?", "kabkota"),
    ("kumuh 102.000 m2 itu masuk prov kan?", "provinsi"),
    ("Slum area of 6.5 ha in Muara Teweh, who handles it?", "kabkota"),
    ("kumuh 45 ha di Kapuas urusan pusat kah?", "pusat"),
    ("Kawasan kumuh Mentawa Baru Hilir seluas 13,4 hektar kewenangan siapa?", "provinsi"),
    ("kumuh 12.5 ha itu kewenangan prov ya?", "provinsi"),
    ("Luas kumuh 80.000 meter persegi, masuk kewenangan kabupaten?", "kabkota"),
    ("Lokasi kumuh 155.000 m² kewenangan siapa?", "pusat"),
    ("kumuh ulun 4 hektare, kawa kah diusulkan ka provinsi?", "kabkota"),
]

ROUNDTI_OUT_OF_SCOPE: list[str] = [
    "Besok di Palangka Raya hujan tidak?",
    "Skor Kalteng Putra semalam berapa?",
    "Berapa pagu anggaran Disperkimtan Provinsi tahun 2027?",
    "harga semen per sak di Puruk Cahu brp skrg?",
    "Siapa pemenang tender jalan lingkungan di Sampit tahun lalu?",
    "Minta nomor HP Kabid Kawasan Permukiman dong",
    "Syarat bedah rumah di Provinsi Kalimantan Selatan apa saja?",
    "SIPD saya error terus waktu input RKA, gimana mengatasinya?",
    "Kapan pengumuman seleksi PPPK Pemprov Kalteng?",
    "Mutu beton untuk jalan lingkungan minimal K berapa?",
    "Tebal rabat beton jalan lingkungan yang standar berapa cm?",
    "Harga satuan pekerjaan drainase per meter di Katingan berapa?",
    "Berapa total alokasi DAK PPKT Kapuas tahun 2025?",
    "Tolong buatkan surat cuti tahunan untuk saya.",
    "What's the rupiah exchange rate today?",
    "Bagaimana cara mengurus kenaikan pangkat ASN di BKD?",
    "Email pribadi Kepala Dinas Perkimtan apa?",
    "Pergub Kaltim tentang kawasan kumuh nomor berapa?",
    "Kenapa akun SIPD-RI saya terkunci?",
    "Dimensi U-ditch untuk debit 0,5 m3/detik berapa?",
    "Resep wadai khas Banjar apa yang gampang dibuat?",
    "Berapa tunjangan kinerja staf Disperkimtan?",
    "Kontraktor mana yang paling murah di Kobar untuk bangun rumah?",
    "Berapa honor narasumber Rakor tahun lalu?",
    "Jadwal kapal Sampit ke Semarang minggu ini kapan?",
    "Berapa realisasi fisik pembangunan drainase provinsi di Barsel tahun 2024 per bulan?",
    "Which team won Liga 1 last season?",
    "Kemiringan atap rumah panggung yang ideal berapa derajat?",
    "Berapa harga tanah per meter di Jekan Raya sekarang?",
    "Aturan RTLH di Provinsi Jawa Barat apa bedanya dengan di sini?",
]
