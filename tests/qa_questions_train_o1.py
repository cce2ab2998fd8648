"""Training table O1 for the Sinkron matcher (written 2026-12-05; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Style: half long, jargon-dense messages from senior planners (regulation numbers, SK, RKPD,
SIPD, DED, references to earlier letters and meetings, the question buried in the middle); half
lay descriptions of a concrete physical situation from field staff, with heavy typing errors.
About one in eight in English.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_O1_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "Selamat pagi Pak/Bu. Menindaklanjuti rapat internal dengan Bappeda minggu lalu tentang "
        "penyusunan Renstra Dinas Perkim 2025-2029 dan cascading program di SIPD, kami diminta "
        "menyusun matriks pembagian urusan PKP sesuai Lampiran huruf D UU 23/2014 supaya "
        "nomenklatur tidak tumpang tindih dengan provinsi. Bisa dibantu gambaran ringkas siapa "
        "mengerjakan apa untuk pusat, provinsi dan kab/kota di tiap sub-urusan (perumahan, "
        "kawasan permukiman, kumuh, PSU, sertifikasi)?",
        "kewenangan.ringkasan",
    ),
    (
        "pak sy staf baru di dinas perkim kab, msh bingun nih mana yg urusan kabupatn mana yg "
        "provinsi mana yg pusat soal rumah sm permukiman.. ada gambaran singkt nya gk",
        "kewenangan.ringkasan",
    ),
    (
        "Good afternoon. Ahead of the DPRD budget hearing our Sekda wants a one-page overview: "
        "under Law 23/2014 annex D, what does the province do in housing and settlements, what "
        "stays with the regency, and what belongs to the central ministry? A short breakdown per "
        "sub-affair would be ideal, we will quote it in the RKPD narrative.",
        "kewenangan.ringkasan",
    ),
    (
        "bu, warga srg komplen ke kami soal jln gang ancur, rumah reyot, kampung kumuh dll. "
        "sbnrnya siapa aja sih yg pegang urusan prumahan ini, kabupaten doang ato provinsi jg "
        "ikut??",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "Dalam pembahasan KUA-PPAS kemarin salah satu anggota TAPD menyebut pagu PKP bisa "
        "dipangkas karena dianggap urusan pilihan. Setahu kami Pasal 12 ayat (1) huruf d UU "
        "23/2014 memasukkan perumahan rakyat dan kawasan permukiman ke urusan wajib yang "
        "berkaitan dengan pelayanan dasar. Mohon konfirmasi status urusan ini beserta dasar "
        "hukumnya, akan kami kutip di nota dinas ke Sekda.",
        "kewenangan.urusan_wajib",
    ),
    (
        "Merujuk sambutan Plt Sekda pada Rakor 2025 yang menyebut Kawasan Permukiman sebagai "
        "'Urusan Wajib Pelayanan Dasar', sementara Renja kami selama ini menempatkan PKP sejajar "
        "urusan penunjang: apa arti klasifikasi wajib pelayanan dasar itu bagi kabupaten, dan "
        "apa kaitannya dengan SPM?",
        "kewenangan.urusan_wajib",
    ),
    (
        "pak kata kabid kami urusn perumahan itu wajib ya?? maksud nya wajib gmn, apa pemda hrus "
        "selalu ada anggran buat rumah rakyat tiap taun",
        "kewenangan.urusan_wajib",
    ),
    (
        "is housing and setlement a mandatory affair for kabupaten or just optional? my new boss "
        "at bappeda say its optional so no need budget",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "Sehubungan dengan review SK Bupati Kapuas tentang lokasi perumahan kumuh dan permukiman "
        "kumuh, kami sedang memilah lokasi mana yang dapat diusulkan ke provinsi dan mana yang "
        "harus ditangani sendiri lewat APBD kabupaten. Mohon dijelaskan pembagian kewenangan "
        "penanganan kawasan kumuh berdasarkan luasan menurut Lampiran D UU 23/2014, termasuk "
        "apakah batas 10 ha dan 15 ha dihitung inklusif.",
        "kewenangan.kumuh",
    ),
    (
        "pak di kelurahn Baamang Hulu ada kampung padat rmh kayu dempet2an, gang becek, sampah "
        "dmn2. luasnya kira2 7 hektar. itu yg ngurus kabupatn atau bs minta ke provinsi ya",
        "kewenangan.kumuh",
    ),
    (
        "Di media sering ditulis 'kumuh di atas 10 ha kewenangan provinsi', sedangkan "
        "nomenklatur SIPD provinsi berbunyi '10 (sepuluh) ha sampai dengan di bawah 15 (lima "
        "belas) ha'. Untuk bahan RP2KPKP Kotim, lokasi yang tepat 10,0 ha dan yang 14,9 ha "
        "masing-masing masuk kewenangan tingkat mana?",
        "kewenangan.kumuh",
    ),
    (
        "Quick check for our slum team in Sampit: which level of government handles upgrading a "
        "slum area, depending on how many hectares it covers?",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "Berdasarkan SK Wali Kota Palangka Raya, lokasi kumuh Pahandut (Murjani Bawah dan "
        "Pesanggrahan) tercatat 39,48 ha. Karena melampaui ambang kewenangan provinsi, apakah "
        "benar penanganannya menjadi kewenangan Pemerintah Pusat, bagaimana jalur pengusulannya "
        "ke Kementerian PKP/BP3KP Kalimantan I, dan apakah provinsi masih bisa ikut membantu?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "kmi punya kawasan kumuh pinggir sungai luas nya 20an hektar lbh, rmh panggung smua udh "
        "miring2. kata org provinsi gk bs krn kebesaran. jd siapa yg nanganin yg luas bgt gitu",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Pada lokakarya revisi SK kumuh bersama BPPW, Kel. Selat Hulu, Selat Tengah dan Selat "
        "Dalam disepakati sebagai kumuh sedang dengan total 245,38 ha. Untuk kawasan seluas itu "
        "tingkat pemerintahan mana yang berwenang, dan apakah rumusan '15 ha atau lebih' di "
        "Lampiran UU 23/2014 sudah terkonfirmasi?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "If a slum area is exactly 15 hectares, is it still the province or does it go to the "
        "central government?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    (
        "Dalam penyusunan Renja 2027 kami berencana menganggarkan kegiatan pencegahan tumbuhnya "
        "permukiman kumuh baru (pengawasan perizinan, pendataan, pendampingan masyarakat) di "
        "pinggiran kota. Apakah sub-urusan pencegahan perumahan dan kawasan permukiman kumuh ini "
        "bisa diusulkan ke Disperkimtan provinsi, atau murni kewenangan kab/kota sesuai "
        "nomenklatur 1.04.04?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "pak di desa kmi mulai bnyak org bangun rmh asal2an di tanah kosong dkt pasar, takut "
        "nnti jd kumuh. siapa yg hrs nyegah biar gk jd kumuh, kabupaten ato provinsi",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "bu ada lahan rawa di pinggir kota skrg dibangunin pondok2 kayu sm pendatang, blm kumuh "
        "sih tp arahnya kesana. bs gk provinsi bantu pencegahanya",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Mohon konfirmasi untuk bahan telaahan: program pencegahan kumuh (bukan peningkatan "
        "kualitas) menjadi tanggung jawab level pemerintahan yang mana, dan apakah provinsi "
        "punya peran di situ?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "Mohon rincian kewenangan pada sub-urusan Perumahan menurut Lampiran D UU 23/2014 untuk "
        "tiap tingkatan pemerintahan. Kami perlu memastikan kegiatan di bawah Program 1.04.02 "
        "Pengembangan Perumahan dalam Renstra kabupaten tidak mengambil porsi provinsi maupun "
        "pusat, sesuai catatan evaluasi Bapperida atas rancangan Renja kami.",
        "kewenangan.perumahan",
    ),
    (
        "pak sbnrnya urusan rumah warga itu (bukan kumuh, bukan jalan) yg boleh dibantu provinsi "
        "apa aja? biar gk slh ngusul lg kayak taun kmrn",
        "kewenangan.perumahan",
    ),
    (
        "Menindaklanjuti disposisi Bupati atas surat Kades mengenai program perumahan, kami "
        "ingin memastikan: dalam sub-urusan perumahan, apa saja yang menjadi kewenangan daerah "
        "provinsi dan apa yang tetap di kabupaten/kota, terutama soal rehabilitasi rumah, "
        "perizinan perumahan dan SKBG?",
        "kewenangan.perumahan",
    ),
    (
        "bu kalo soal rumah warga, kabupaten tu pegang apa aja dan provinsi pegang apa aja? sy "
        "mau jelasin ke pak kades tp sy sndiri blm paham",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "Terkait Program 3 Juta Rumah dan penyediaan rumah bagi MBR, DPRD mendesak agar provinsi "
        "mengalokasikan APBD untuk pembangunan rumah baru bagi MBR dan rusun pekerja. Apakah "
        "penyediaan rumah MBR, rusun serta sistem pembiayaan perumahan memang kewenangan "
        "Pemerintah Pusat menurut UU 23/2014, dan seberapa pasti rumusan itu?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "pak bnyk warga kmi yg gajinya kecil blm pny rmh, ngontrak smua. bs gk provinsi bangunin "
        "rmh buat mrk? ato itu urusn pusat",
        "kewenangan.perumahan_pusat",
    ),
    (
        "bu kami pngen ada rusun buat buruh2 di dekat pelabuhan Kumai, rusun itu yg bangun siapa "
        "ya, pusat ya?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Does the central government handle housing for low-income households (MBR) and rusun, "
        "or can we ask the province to fund it from the provincial budget?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "Pascabanjir di DAS Kahayan yang status tanggap daruratnya ditetapkan dengan SK "
        "Gubernur, kami mendata sekitar 120 unit rumah rusak berat di Kec. Kahayan Hilir. "
        "Merujuk PP 2/2018 dan Permen PUPR 29/2018 Lampiran II, siapa yang wajib menyediakan dan "
        "merehabilitasi rumah korban, dan bagaimana bila statusnya bencana kabupaten saja?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "pak rmh2 warga di desa Buntoi kebanjiran smpe roboh, ada yg anyut jg. ini yg bangun lg "
        "rmh nya siapa ya, kabupatn ato provinsi",
        "kewenangan.bencana_relokasi",
    ),
    (
        "our vilage will be moved becos of a provincial road project, famillies ask who will "
        "provide the new houses for them. kabupaten or province?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Untuk warga yang terkena relokasi akibat program pemerintah pusat, misalnya normalisasi "
        "sungai oleh BWS, apakah fasilitasi penyediaan rumahnya dapat diusulkan ke provinsi? "
        "Mohon dibedakan dengan relokasi akibat program pemprov dan program pemkab.",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "Pasca UU Cipta Kerja dan peralihan IMB ke PBG, kami perlu kejelasan: penerbitan izin "
        "pembangunan dan pengembangan perumahan, izin pembangunan dan pengembangan kawasan "
        "permukiman, serta SKBG sarusun berada di kewenangan siapa menurut UU 23/2014 dan "
        "nomenklatur SIPD? Apakah provinsi punya peran dalam penerbitannya?",
        "kewenangan.izin",
    ),
    (
        "ada developer mau bikin perumhan 200 rmh di Kalampangan, izin nya ngurus kmn pak? ke "
        "provinsi bkn?",
        "kewenangan.izin",
    ),
    (
        "pak SKBG buat rmh susun itu yg nerbitin kabupatn apa provinsi ya, warga nanya2 trs ke "
        "kantor",
        "kewenangan.izin",
    ),
    (
        "A developer asked us who issues the permit to build and develop a housing estate, and "
        "who issues the permit for a settlement area. Is that the province or the regency?",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "Mohon uraian sub-urusan Kawasan Permukiman pada Lampiran D UU 23/2014: kewenangan pusat "
        "(penetapan sistem kawasan permukiman), provinsi, dan kab/kota termasuk izin kawasan "
        "permukiman dan penataan kumuh. Uraian ini untuk bahan pohon kinerja dan cascading "
        "program di Renstra Disperkim sesuai permintaan tim asistensi.",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Dalam sambutan Rakor 2025 disebutkan salah satu fungsi provinsi adalah 'penyelenggaraan "
        "kawasan permukiman'. Sebetulnya apa cakupan sub-urusan kawasan permukiman ini dan "
        "bagaimana pembagiannya antara pusat, provinsi dan kab/kota?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "pak urusan kawasan permukiman itu maksudnya apa aja sih, kabupatn pegang apa, provinsi "
        "pegang apa? sy disuruh bikin laporn tp gk ngerti",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "bu yg disebut sub urusan kawasan pemukiman tu beda ya sm sub urusan perumahan? isinya "
        "apa aja",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "Dalam telaahan usulan TA lalu, usulan PSU kami untuk sebuah perumahan subsidi di Kec. "
        "Jekan Raya dikembalikan dengan catatan 'PSU perumahan kewenangan kab/kota'. Mohon "
        "dijelaskan perbedaan PSU permukiman (provinsi, kegiatan 1.04.05.1.01) dan PSU perumahan "
        "(kab/kota, 1.04.05.2.01) beserta dasar hukumnya.",
        "kewenangan.psu",
    ),
    (
        "pak jln di komplek perumahn subsidi rusak parah, developernya udh kabur. bs di usulin "
        "ke provinsi gk",
        "kewenangan.psu",
    ),
    (
        "bedanya psu perumahan sm psu permukiman apa sih pak? sy bingung mau isi yg mana di form",
        "kewenangan.psu",
    ),
    (
        "Mohon penegasan: kalau PSU berada di kawasan perumahan yang dibangun pengembang, "
        "penanganannya kewenangan kabupaten, sedangkan PSU di permukiman umum warga kewenangan "
        "provinsi, benar demikian?",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "Sesuai arahan Kadis pada rapat teknis, PSU yang dilaksanakan provinsi adalah jalan dan "
        "drainase pada kawasan permukiman. Mohon konfirmasi: apakah termasuk jalan lingkungan di "
        "perdesaan, apakah bisa pada ruas yang bersinggungan dengan jalan kabupaten, dan apakah "
        "komponen lain seperti SPAM, MCK atau TPS3R bisa masuk paket PSU provinsi?",
        "psu.lingkup_provinsi",
    ),
    (
        "pak di desa Mintin jln gang nya msh tanah, kalo hujan becek parah, paritnya jg gk ada. "
        "provinsi bs bangun jln lingkungan sm drenase gitu kah",
        "psu.lingkup_provinsi",
    ),
    (
        "pak jln kabupatn depan kantor camat ancur, bs diusulin ke disperkimtan provinsi sbg PSU "
        "gk?",
        "psu.lingkup_provinsi",
    ),
    (
        "What kinds of PSU does Disperkimtan actually build? Only neighbourhood roads and "
        "drainage, or also water supply and public toilets?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "Terkait sub-urusan Sertifikasi, Kualifikasi, Klasifikasi dan Registrasi bidang PKP: "
        "bagi orang atau badan hukum yang melaksanakan perancangan dan perencanaan rumah serta "
        "perencanaan PSU, bagaimana pembagian kewenangan untuk tingkat kemampuan kecil, menengah "
        "dan besar antara kab/kota, provinsi dan pusat?",
        "kewenangan.sertifikasi",
    ),
    (
        "Konsultan perencana lokal mitra kami menanyakan registrasi sebagai perencana PSU "
        "tingkat kemampuan menengah. Apakah registrasi ini dilakukan provinsi sebagaimana "
        "Lampiran D UU 23/2014, atau tetap di kabupaten seperti kegiatan 1.04.06?",
        "kewenangan.sertifikasi",
    ),
    (
        "pak ada tukang gambar rmh / konsultan kecil di kota kmi mau daftar sertifikat perancang "
        "rumah, daftarnya ke mn ya",
        "kewenangan.sertifikasi",
    ),
    (
        "Who certifies and registers house and PSU designers? A small local consultant asked "
        "whether the regency can do it.",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        "Dalam penyusunan laporan penerapan SPM sesuai Permendagri 59/2021, mohon penjelasan "
        "jenis pelayanan dasar SPM bidang perumahan rakyat untuk provinsi dan kab/kota "
        "berdasarkan PP 2/2018 Pasal 8 dan Permen PUPR 29/2018 Lampiran II, lengkap dengan "
        "indikator dan target capaiannya.",
        "kewenangan.spm",
    ),
    (
        "Inspektorat mempertanyakan capaian SPM perumahan kami yang tercatat nol karena tahun "
        "ini tidak ada bencana maupun relokasi. Sebenarnya apa cakupan SPM perumahan untuk "
        "kab/kota, dan apakah target 100% tetap berlaku?",
        "kewenangan.spm",
    ),
    (
        "pak SPM perumahan itu isinya apa aja? sy disuruh ngisi laporan SPM tp gk ngerti yg "
        "dihitung apa",
        "kewenangan.spm",
    ),
    (
        "What are the minimum service standards (SPM) for housing at provincial and regency "
        "level, and what are their targets?",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "SK kumuh Kotim 2015 menghitung luasan berbasis skala lingkungan (59,87 ha), sedangkan "
        "SK 2020 berbasis skala kawasan (75,87 ha). Untuk penentuan kewenangan dan pengisian "
        "luas pada usulan, angka mana yang dipakai: luas administrasi kelurahan, luas delineasi "
        "per lokasi yang tercantum dalam SK, atau total kawasan? Ini juga pernah disinggung pada "
        "Rakor 2023 soal kesepakatan luasan kawasan.",
        "kumuh.luas_delineasi",
    ),
    (
        "pak desa kmi luasnya 300an hektar, tp yg kumuh cuma deret rmh di pinggir sungai. nnti "
        "yg diitung luas desa nya atau cm yg kumuh aja??",
        "kumuh.luas_delineasi",
    ),
    (
        "bu luas kumuh di sk sm hasil ukur kami di lapngan beda, di sk 9 ha tp kmi ukur pake gps "
        "dpt 11 ha. pakai yg mana y buat nentuin provinsi ato bkn",
        "kumuh.luas_delineasi",
    ),
    (
        "For deciding who is responsible, does the area of the whole kelurahan count, or only "
        "the slum boundary drawn in the SK kumuh?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    (
        "SK Bupati tentang penetapan lokasi perumahan kumuh dan permukiman kumuh di kabupaten "
        "kami terbit 2019 dan sampai kini belum direviu. Merujuk Permen PUPR 14/2018 Pasal "
        "36-38, siapa pejabat yang menetapkan, kelengkapan apa yang wajib menyertai (tabel "
        "daftar lokasi, peta sebaran), dan berapa tahun sekali penetapan itu harus ditinjau "
        "ulang?",
        "kumuh.penetapan",
    ),
    (
        "pak gmn caranya spy kampung kmi masuk daftar kumuh resmi? rmh nya udh pd lapuk, parit "
        "mampet smua. siapa yg netapin kampung itu kumuh",
        "kumuh.penetapan",
    ),
    (
        "Apakah Gubernur dapat menetapkan sendiri lokasi kumuh untuk kawasan 10 sampai di bawah "
        "15 ha, atau penetapan tetap melalui Keputusan Bupati/Wali Kota? Pansus DPRD meminta "
        "dasar hukumnya dalam rapat dengar pendapat pekan depan.",
        "kumuh.penetapan",
    ),
    (
        "bu SK kumuh kabupaten kmi udh lama bgt, dr thn 2016 kayaknya. wajib diganti tiap brp "
        "taun sih",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    (
        "Untuk penyusunan baseline dan verifikasi numerik kekumuhan sesuai Permen PUPR 14/2018, "
        "mohon disebutkan tujuh aspek kriteria kumuh beserta jumlah kriterianya. Format isian "
        "konsultan kami masih mengacu Permen 2/2016 yang katanya tidak memuat aspek air minum "
        "tersendiri.",
        "kumuh.aspek",
    ),
    (
        "pak yg dinilai buat nentuin kmpung kumuh itu apa aja sih? rmh nya aja ato jln, air "
        "bersih, sampah, got jg dinilai?",
        "kumuh.aspek",
    ),
    (
        "bu tim kmi mau survey kumuh ke kampung2 pnggir sungai. yg hrs dicek apa aja, ada "
        "daftarnya gk biar gk ada yg kelewat",
        "kumuh.aspek",
    ),
    (
        "What are the seven aspects used to assess whether a settlement counts as a slum?",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    (
        "Hasil penilaian lokasi Kel. Mentawa Baru Hilir diperoleh total skor 62. Mohon "
        "konfirmasi skala skor per kriteria (0/1/3/5), nilai maksimal, dan batas ambang kumuh "
        "berat menurut Permen PUPR 14/2018, karena konsultan kami masih menggunakan ambang lama "
        "di atas 70.",
        "kumuh.penilaian",
    ),
    (
        "pak skor kumuh itu ngitung nya gmn? brp nilai nya kalo dibilang kumuh brat",
        "kumuh.penilaian",
    ),
    (
        "Mohon penjelasan metode skoring kekumuhan: tiap kriteria dinilai dari persentase bagian "
        "lokasi yang terdampak, berapa rentang persentase untuk nilai 1, 3 dan 5, dan mulai "
        "total berapa suatu lokasi digolongkan kumuh berat? Data ini kami perlukan untuk "
        "lampiran RP2KPKP.",
        "kumuh.penilaian",
    ),
    (
        "bu kampung kmi hampir smua rmh nya gk layak, jln tanah, gk ada air bersih, gk ada "
        "hydrant. kira2 skor nya bs masuk kumuh berat gk, brp batas nya",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    (
        "Skor hasil verifikasi untuk Kel. Ketapang adalah 44 dan untuk Baamang Barat 29. Mohon "
        "konfirmasi rentang nilai kumuh sedang dan kumuh ringan menurut Permen PUPR 14/2018 agar "
        "klasifikasi di lampiran SK revisi kami tidak keliru, dan sejauh mana rentang itu sudah "
        "pasti.",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "pak kalo nilainya 30an itu msk kumuh ringan ya? sedang itu dr brp smpe brp",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "bu kmpung kmi nilainya kecil, sktr 17, itu msh diitung kumuh ato udh gak",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Dalam tabel hasil penilaian ada kolom tingkat kekumuhan. Berapa batas skor yang "
        "membedakan kumuh ringan dari kumuh sedang, dan di bawah skor berapa lokasi dianggap "
        "tidak kumuh?",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        "Untuk penyusunan DED penanganan kawasan kumuh sedang di atas lahan legal, konsultan "
        "mengusulkan konsolidasi total. Mohon penjelasan pola penanganan menurut Permen PUPR "
        "14/2018 (pemugaran, peremajaan, pemukiman kembali) dan kriteria pemilihannya "
        "berdasarkan tingkat kekumuhan dan legalitas lahan.",
        "kumuh.pola_penanganan",
    ),
    (
        "pak ada kampung kumuh di bantaran sungai, tanah nya bkn punya warga, tiap taun "
        "kebanjiran. itu ditata di tmpt ato warganya dipindahin?",
        "kumuh.pola_penanganan",
    ),
    (
        "bedanya pemugaran sm peremajaan apa pak? kata konsultan kmpung kmi cukup dipugar aj",
        "kumuh.pola_penanganan",
    ),
    (
        "For a light slum on legal land, which handling pattern applies: pemugaran, peremajaan "
        "or resettlement?",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    (
        "Untuk bahan paparan Kadis pada forum Musrenbang provinsi, kami memerlukan data agregat "
        "kawasan kumuh Kalimantan Tengah: jumlah lokasi, total luasan, kabupaten dengan lokasi "
        "terbanyak dan tersedikit, tipologi dominan, serta kegiatan penanganan 10-15 ha oleh "
        "provinsi pada TA 2024.",
        "kumuh.kalteng",
    ),
    ("pak kumuh di kalteng ni ada brp lokasi sih? kabupatn mn yg paling bnyk", "kumuh.kalteng"),
    (
        "Berapa total luas kawasan kumuh se-Kalteng menurut data Disperkimtan, dan "
        "kabupaten/kota mana yang lokasinya ditangani provinsi melalui pemugaran kawasan 10-15 "
        "ha tahun 2024? Kami perlu angka pembanding untuk narasi Renstra.",
        "kumuh.kalteng",
    ),
    (
        "How many slum locations does Central Kalimantan have in total, and what kind of places "
        "are they mostly?",
        "kumuh.kalteng",
    ),
    # usulan.isi
    (
        "Menindaklanjuti surat edaran Kadis tentang penyampaian usulan kegiatan bidang kawasan "
        "permukiman TA 2027, mohon informasi isian apa saja yang wajib dimuat dalam satu usulan "
        "(identitas, jenis, lokasi, penerima manfaat, biaya, kesiapan, justifikasi) dan mengapa "
        "tiap isian itu diperlukan dalam penilaian.",
        "usulan.isi",
    ),
    (
        "pak kalo mau ngusulin kgiatan ke provinsi itu data nya apa aja yg hrs disiapin? biar "
        "skali kirim lgsg lengkp",
        "usulan.isi",
    ),
    (
        "bu knp sih usulan hrs ngisi bnyk bgt, jml KK, jiwa, koordinat, foto sgala? buat apa aja "
        "itu",
        "usulan.isi",
    ),
    (
        "What information does a proposal to the province need to contain, and why is each part "
        "asked for?",
        "usulan.isi",
    ),
    # usulan.jenis
    (
        "Kami berencana mengajukan beberapa paket sekaligus: penataan kumuh 12 ha di Pahandut "
        "Seberang, jalan lingkungan dan drainase di Kereng Bangkirai, serta rehab rumah korban "
        "kebakaran. Jenis usulan apa saja yang dapat diterima provinsi, dan kategori mana yang "
        "dipilih untuk masing-masing paket?",
        "usulan.jenis",
    ),
    (
        "pak usulan ke provinsi itu bs jenis apa aja? sy mau ngusulin perbaikn rmh warga yg atap "
        "nya bocor, msk yg mana",
        "usulan.jenis",
    ),
    (
        "bu kalo usulan kmi gk msk kumuh, psu, ato rumah, bs dipilih lainnya gk? ini soal rumah "
        "ibadah",
        "usulan.jenis",
    ),
    (
        "Selain penataan kawasan kumuh dan PSU permukiman, kategori usulan apa lagi yang "
        "tersedia dalam pengusulan ke Disperkimtan, misalnya rumah korban bencana atau RTLH?",
        "usulan.jenis",
    ),
    # usulan.lokasi
    (
        "Dalam penyusunan usulan, data lokasi apa saja yang perlu dicantumkan (kecamatan, "
        "desa/kelurahan, nama lokasi sesuai SK kumuh, titik koordinat, luas dalam ha, "
        "klasifikasi perkotaan/perdesaan)? Kami ingin menyelaraskannya dengan tabel daftar "
        "lokasi di lampiran SK agar tidak ada selisih saat verifikasi.",
        "usulan.lokasi",
    ),
    (
        "pak lokasi usulanya hrs diisi smpe rt gk? trus titik gps wajib ya, hp sy kdg gk dpt "
        "sinyal di lapngan",
        "usulan.lokasi",
    ),
    (
        "bu desa Tumbang Bahanei itu msk kec rungan barat kan? sy isi lokasi bingung, trus luas "
        "nya ditulis meter ato hektar",
        "usulan.lokasi",
    ),
    (
        "Untuk isian lokasi usulan, apakah nama lokasi harus sama persis dengan yang tercantum "
        "di SK kumuh, dan bagaimana menentukan apakah lokasi termasuk perkotaan atau perdesaan?",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    (
        "Untuk usulan peningkatan kualitas kawasan permukiman di Kel. Selat Hilir, bagaimana "
        "menghitung penerima manfaat (KK, jiwa, unit rumah), bagaimana menyusun estimasi biaya, "
        "dan sumber dana apa yang dapat dicantumkan (APBD Provinsi, APBN, DAK, APBD Kab, Bankeu, "
        "CSR, APBDes atau kombinasi)? Apakah dana pendamping kabupaten menjadi nilai tambah?",
        "usulan.penerima_biaya",
    ),
    (
        "pak di usulan ditanya jml kk sm jiwa, itu beda ya? trus biaya nya ngira2 sndiri ato hrs "
        "pake RAB",
        "usulan.penerima_biaya",
    ),
    (
        "bu sumber dana diisi apa ya? kmi maunya dr provinsi tp kabupatn jg bs nambahin dikit",
        "usulan.penerima_biaya",
    ),
    (
        "Jumlah penerima manfaat dan biaya per KK apakah mempengaruhi peringkat usulan? Kami "
        "ingin menyusun angka KK, jiwa dan nilai rupiah yang realistis sebelum input.",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    (
        "Mengacu pada praktik readiness criteria DAK Tematik PPKT dan SOP usulan PSU di Sumbar, "
        "dokumen kesiapan apa saja yang diharapkan provinsi untuk usulan PSU permukiman kami: "
        "DED, RAB, site plan, RKS, surat pernyataan, kesepakatan warga dan surat Bupati? Mana "
        "yang berpengaruh pada skor prioritas?",
        "usulan.kesiapan",
    ),
    (
        "pak kalo mau ngusulin jln lingkungan, dokumen persiapan apa aja yg hrs ada? kmi blm pny "
        "gambar teknis sm skali",
        "usulan.kesiapan",
    ),
    (
        "Apakah usulan tetap diterima bila readiness criteria belum lengkap, misalnya DED baru "
        "akan diadakan pada APBD-P, dan seberapa besar pengaruh kelengkapan kesiapan terhadap "
        "urutan prioritas yang dibawa ke Rakor?",
        "usulan.kesiapan",
    ),
    (
        "bu syarat kesiapan buat usulan psu itu apa aja ya, kata temen ada semacam ceklis RC gitu",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    (
        "Lokasi usulan drainase lingkungan kami sebagian berada di atas tanah warga yang baru "
        "memiliki SKT dan sebagian tanah desa tanpa sertifikat. Apa yang dimaksud lahan clean "
        "and clear dalam pengusulan ke provinsi (sertipikat, kesesuaian RTRW, tidak sengketa), "
        "dan bagaimana status lahan seperti ini dinilai pada tahap verifikasi?",
        "usulan.lahan",
    ),
    (
        "pak tanah buat jln gang itu pnya warga, blm ada sertifkat cm surat dr kades. bs "
        "diusulin gk",
        "usulan.lahan",
    ),
    (
        "bu lokasi yg mau dibangun drainse ada sengketa dikit sm ahli waris, gmna tuh, boleh "
        "lnjut ngusul gk",
        "usulan.lahan",
    ),
    (
        "What does 'clean and clear' land mean for a proposal, and is an SKT from the village "
        "head enough?",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    (
        "Untuk usulan penataan kawasan kumuh 11,2 ha di Kel. Langkai kami melampirkan SK Wali "
        "Kota tahun 2018. Apakah SK yang sudah berumur lebih dari 5 tahun masih dapat dipakai "
        "sebagai dasar usulan, dan data SK apa saja (nomor, tanggal, nama lokasi sesuai "
        "lampiran) yang harus dicantumkan dalam formulir?",
        "usulan.sk_kumuh",
    ),
    (
        "pak lokasi kumuh yg mau kmi usulin blm ada di SK kumuh bupati, tp kondisi nya parah bgt "
        "rmh pd miring. msh bs diusulin gk",
        "usulan.sk_kumuh",
    ),
    (
        "Dalam penilaian kesiapan usulan kumuh, bagaimana provinsi memperlakukan lokasi yang "
        "tercantum di SK kumuh lama sementara SK revisi masih dalam proses di Bagian Hukum? "
        "Apakah usulan TA 2027 sebaiknya menunggu SK baru terbit?",
        "usulan.sk_kumuh",
    ),
    (
        "bu pas ngisi usulan kumuh ditanya nmr sk sm tgl sk, itu sk apa ya yg dimaksud, sk "
        "bupati yg mana",
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    (
        "Mohon arahan tentang dokumen teknis pendukung usulan: apakah DED harus final dan "
        "ditandatangani konsultan perencana, apakah RAB wajib mengacu AHSP/HSPK tahun berjalan, "
        "apakah RKS dan site plan wajib dilampirkan, dan berapa foto kondisi eksisting yang "
        "perlu disertakan?",
        "usulan.dokumen_teknis",
    ),
    (
        "pak foto lokasi brp bnyk yg hrs dikrim? trus DED sm RAB itu wajib ya buat jln gang yg "
        "pjg nya cm 300 m",
        "usulan.dokumen_teknis",
    ),
    (
        "bu kmi cm pny sket gambr tangan sm foto jln rusak, blm ada DED. cukup gk buat diusulin",
        "usulan.dokumen_teknis",
    ),
    (
        "Which technical documents should be attached to a proposal: DED, RAB, RKS, site plan "
        "and photos of the current condition?",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        "Sesuai praktik hibah BMD pascakonstruksi, apakah dalam usulan PSU ke provinsi kabupaten "
        "wajib melampirkan surat pernyataan kesediaan menerima hibah serta melaksanakan operasi "
        "dan pemeliharaan (O&P), dan siapa penandatangannya, Kepala Dinas atau Bupati?",
        "usulan.surat_pernyataan",
    ),
    (
        "pak kata temen hrs ada surat pernyataan siap nerima hibah dan ngerawat. itu format nya "
        "gmn, siapa yg tanda tangn",
        "usulan.surat_pernyataan",
    ),
    (
        "Apakah surat pernyataan kesanggupan O&P cukup ditandatangani Kepala Dinas Perkim? Tahun "
        "lalu usulan kami tertahan karena surat pernyataan hibah belum dilampirkan, kami tidak "
        "ingin terulang pada pengusulan TA 2027.",
        "usulan.surat_pernyataan",
    ),
    (
        "bu surat kesanggupan merawat jln sm parit stlh dibangun provinsi itu wajib dilampirin "
        "di usulan ya",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    (
        "Untuk usulan bantuan RTLH melalui APBD Provinsi TA 2027, mohon penjelasan syarat calon "
        "penerima (rumah eksisting tidak layak huni, lahan milik sendiri minimal SKT), proses "
        "verifikasi lapangan, dan penetapan penerima melalui SK Gubernur. Apakah usulan bisa "
        "datang langsung dari kelompok masyarakat?",
        "usulan.rtlh",
    ),
    (
        "pak ada nenek2 di desa Sungai Bakau rmh nya kayu udh miring mau rubuh, atap bocor smua. "
        "bs dibntu perbaikan dr provinsi gk? tanah nya punya dia tp cm SKT",
        "usulan.rtlh",
    ),
    (
        "bu warga mau bangun rmh baru di tanah kosong, bs ngusul bantuan RTLH ke provinsi?",
        "usulan.rtlh",
    ),
    (
        "What are the conditions for the province's RTLH (uninhabitable house) programme, and "
        "who decides the final beneficiaries?",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "Kami menerima beberapa proposal dari kelompok warga dan ketua RT di Kel. Panarung yang "
        "meminta semenisasi jalan lingkungan langsung ke Disperkimtan provinsi. Apa persyaratan "
        "usulan PSU yang berasal dari masyarakat dan bagaimana alurnya agar tidak dobel dengan "
        "usulan resmi kabupaten?",
        "usulan.psu_masyarakat",
    ),
    (
        "pak warga gang kmi pngen ngajuin sndiri perbaikn parit yg mampet ke provinsi, bs kah? "
        "hrs tanda tangn siapa aja",
        "usulan.psu_masyarakat",
    ),
    (
        "bu ketua rt kmi bikin proposal jln lingkungan atas nama warga, perlu diketahui lurah sm "
        "camat gk",
        "usulan.psu_masyarakat",
    ),
    (
        "Apakah masyarakat boleh mengajukan sendiri permohonan jalan lingkungan atau drainase ke "
        "provinsi tanpa melalui dinas kabupaten? Syarat apa yang harus dipenuhi?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "Jalan lingkungan dan drainase yang dibangun Disperkimtan TA 2025 di Kec. Mentawa Baru "
        "Ketapang belum diserahterimakan. Bagaimana mekanisme hibah BMD dari provinsi ke "
        "kabupaten menurut PP 27/2014 jo. PP 28/2020 dan Permendagri 19/2016, siapa "
        "penandatangan naskah hibah dan BAST, dan sejak kapan pemeliharaan beralih ke kabupaten?",
        "hibah.aset",
    ),
    (
        "pak drainse yg dibangun provinsi thn lalu skrg udh mampet dan retak2, yg benerin siapa? "
        "provinsi ato kmi",
        "hibah.aset",
    ),
    (
        "bu jln gang dr provinsi udh jd, trus aset nya dicatat punya siapa? ada surat serah "
        "terima nya gk",
        "hibah.aset",
    ),
    (
        "After the province builds a road on our land, is it handed over to us, and who has to "
        "maintain it afterwards?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "Usulan penanganan kumuh 6,5 ha di Kel. Sei Gohong dinyatakan bukan kewenangan provinsi. "
        "Selain APBD kota, saluran pendanaan apa yang paling sesuai (DAK Tematik PPKT, APBN, "
        "APBDes, CSR), dan bagaimana sebaiknya kolaborasi pendanaan disusun untuk TA 2027?",
        "pendanaan.saluran_lain",
    ),
    (
        "pak kalo usulan kmi bkn urusan provinsi, trus duit nya dr mn lg? ada jln lain gk",
        "pendanaan.saluran_lain",
    ),
    (
        "bu jln gang di desa kmi kecil aja, kata provinsi bkn kewenangan nya. bs pake dana desa "
        "ato CSR prusahaan sawit gk",
        "pendanaan.saluran_lain",
    ),
    (
        "If a proposal is outside the province's authority, which other funding sources should "
        "we try first?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        "Untuk penyusunan jadwal internal perencanaan 2026, mohon dijelaskan siklus tahunan "
        "usulan bidang PKP ke provinsi: kapan kabupaten menyiapkan usulan untuk tahun anggaran "
        "berikutnya, tahap pemeriksaan, posisi Rakor, sampai masuk RKPD/APBD dan serah terima "
        "aset.",
        "siklus.tahunan",
    ),
    (
        "pak usulan yg kmi kirim taun ini itu buat dikerjain taun dpn ya? alur nya dr awal smpe "
        "dibangun gmn",
        "siklus.tahunan",
    ),
    (
        "bu sy baru pegang usulan ke provinsi, urutan tiap taun nya apa aja sih? dr ngusul smpe "
        "jd proyek",
        "siklus.tahunan",
    ),
    (
        "Can you walk me through the yearly cycle, from preparing a proposal to the province "
        "building it, and which budget year it lands in?",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    (
        "Setelah usulan disampaikan, bagaimana tahapan pemeriksaan oleh Disperkimtan: verifikasi "
        "administrasi, verifikasi teknis (survei lapangan, status lahan, kesiapan dokumen) dan "
        "telaah kewenangan? Apakah ada peninjauan lapangan bersama tim kabupaten sebelum Rakor?",
        "siklus.pemeriksaan",
    ),
    (
        "pak usulan kmi nnti dicek apa aja sm provinsi? ada yg dtg ke lapngan gk",
        "siklus.pemeriksaan",
    ),
    (
        "Usulan kami tahun lalu dikembalikan tanpa catatan teknis rinci. Kriteria apa yang "
        "dipakai provinsi saat menelaah usulan (kelengkapan administrasi, teknis, kewenangan, "
        "kesiapan lahan) sebelum diputuskan layak dibawa ke forum?",
        "siklus.pemeriksaan",
    ),
    (
        "bu usulan yg msk ke provinsi tu diperiksa sama siapa dan gmn, biar sy bs siapin dr skrg",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    (
        "Mohon penjelasan mengenai Rapat Koordinasi dan Sinkronisasi Bidang Kawasan Permukiman "
        "se-Kalimantan Tengah: tujuannya, siapa peserta dari kab/kota, kaitannya dengan "
        "Musrenbang provinsi, dan apakah usulan yang tidak dibahas di forum itu masih bisa "
        "diakomodasi.",
        "siklus.rakor",
    ),
    (
        "pak rakor kawasan permukiman itu acara apa sih? sy disuruh brngkt ke palangka, hrs bawa "
        "apa",
        "siklus.rakor",
    ),
    (
        "Rakor 2023 di Best Western, 2024 di M Bahalap dan 2025 di Aula Disperkimtan. Apakah "
        "Rakor ini memang agenda rutin tiap tahun, dan apa yang biasanya dibahas serta "
        "dihasilkan di dalamnya?",
        "siklus.rakor",
    ),
    (
        "What is the Rakor for, who attends it, and what happens to our proposals there?",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    (
        "Setelah usulan dibahas dan disepakati di Rakor, bagaimana alurnya ke Musrenbang "
        "provinsi, rancangan RKPD, KUA-PPAS hingga penetapan APBD? Apakah status 'disetujui' "
        "berarti kegiatan sudah pasti tercantum di DPA Disperkimtan?",
        "siklus.rkpd_apbd",
    ),
    (
        "pak kalo usulan udh disetujui di rakor, brarti pasti dibangun taun dpn kah? ato msh ada "
        "proses lg",
        "siklus.rkpd_apbd",
    ),
    (
        "Bagaimana keterkaitan usulan hasil Rakor dengan Pokir DPRD dan Musrenbang RKPD "
        "provinsi? Kami ingin memastikan kegiatan yang sama tidak diinput dua kali di SIPD oleh "
        "Bapperida.",
        "siklus.rkpd_apbd",
    ),
    ("bu stlh rakor usulan kmi msk ke rkpd ga? trus kpn tau nya udh msk apbd", "siklus.rkpd_apbd"),
    # koordinasi.pokja_pkp
    (
        "Sesuai Permen PUPR 12/2020, kabupaten kami sedang memperbarui SK Pokja PKP. Apa peran "
        "Pokja PKP dalam koordinasi pembangunan perumahan dan kawasan permukiman, siapa saja "
        "anggotanya, dan apakah keberadaan Pokja berpengaruh pada pengusulan ke provinsi?",
        "koordinasi.pokja_pkp",
    ),
    (
        "pak pokja pkp itu kerja nya apa? sy dimasukin ke sk pokja tp gk tau tugas nya",
        "koordinasi.pokja_pkp",
    ),
    (
        "Apa hubungan Pokja PKP dengan Forum PKP dan Pokja PPAS/AMPL di kabupaten, dan apakah "
        "usulan kumuh ke provinsi sebaiknya dibahas lebih dulu di rapat Pokja PKP?",
        "koordinasi.pokja_pkp",
    ),
    ("What does the Pokja PKP actually do, and who usually sits on it?", "koordinasi.pokja_pkp"),
    # disperkimtan.kontak
    (
        "Kami bermaksud mengantar langsung surat usulan Bupati beserta dokumen fisik DED dan "
        "RAB. Mohon informasi alamat kantor Disperkimtan Provinsi Kalimantan Tengah, situs "
        "resminya, serta bidang yang menangani kawasan permukiman.",
        "disperkimtan.kontak",
    ),
    (
        "pak kantor disperkimtan provinsi dmn ya? sy mau antar berkas ke palangka",
        "disperkimtan.kontak",
    ),
    ("bu disperkimtan itu dinas yg ngurus apa aja? sy taunya cm perumahan", "disperkimtan.kontak"),
    (
        "Mohon info singkat profil Disperkimtan Provinsi Kalteng: nama lengkap dinas, alamat "
        "kantor dan tugas pokoknya, untuk alamat tujuan surat pengantar kami.",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    (
        "Kami baru didaftarkan sebagai operator Sinkron untuk Dinas Perkim Kabupaten Barito "
        "Utara. Mohon daftar perintah yang tersedia beserta fungsinya, dan apakah jam yang "
        "ditampilkan untuk jadwal rapat dan tenggat memakai WIB atau mengikuti zona waktu "
        "pengguna, karena beberapa rekan sering dinas ke Banjarmasin yang memakai WITA.",
        "bot.cara_pakai",
    ),
    ("pak bot ini cara pake nya gmn? perintah nya apa aja, sy gaptek bgt", "bot.cara_pakai"),
    ("bu jam di bot itu jam wib ya? kmrn sy kira jam 9 wita jd tlat", "bot.cara_pakai"),
    (
        "Which commands does the Sinkron bot understand, and which time zone are its times shown "
        "in?",
        "bot.cara_pakai",
    ),
    # bot.usul
    (
        "Terkait pengiriman usulan melalui perintah /usul: apakah isian formulir tersimpan "
        "sebagai draf bila koneksi terputus di lapangan, berapa batas lampiran foto dan dokumen "
        "PDF, dan apakah usulan tahun lalu dapat disalin lalu diajukan ulang dengan beberapa "
        "perubahan?",
        "bot.usul",
    ),
    ("pak sy lg isi /usul di lapngan tp sinyal putus2, nnti yg udh sy isi ilang gk??", "bot.usul"),
    ("bu di /usul bs kirim file pdf RAB gk? foto nya max brp", "bot.usul"),
    (
        "Saat mengisi /usul, apakah titik koordinat wajib diisi, dan bagaimana jika luas yang "
        "kami ketik ternyata masih dalam meter persegi? Kami ingin menghindari kesalahan input "
        "seperti tahun lalu.",
        "bot.usul",
    ),
    # bot.status
    (
        "Pada rekap usulan kabupaten kami terdapat status 'verifikasi', 'perlu perbaikan' dan "
        "'dibahas di Rakor'. Mohon penjelasan arti masing-masing status, status mana yang sudah "
        "final, dan apakah usulan berstatus 'perlu perbaikan' diperbaiki dengan kode usulan yang "
        "sama.",
        "bot.status",
    ),
    ("pak status usulan sy 'perlu perbaikan', arti nya apa? sy hrs ngapain", "bot.status"),
    ("bu bedanya diajukan sm verifikasi apa? trus dibatalkan itu knp bs gitu", "bot.status"),
    (
        "Mohon dijelaskan urutan status usulan di Sinkron dari diajukan sampai disetujui, dan "
        "siapa yang dapat mengubah status, admin provinsi atau kami sebagai pengusul?",
        "bot.status",
    ),
    # bot.ditolak_dialihkan
    (
        "Salah satu usulan kami berstatus dialihkan dengan catatan 'ke DAK Tematik PPKT'. Apa "
        "makna status dialihkan dibandingkan ditolak, apakah keputusan ini bisa kami ajukan "
        "keberatan, dan langkah apa yang sebaiknya diambil berikutnya?",
        "bot.ditolak_dialihkan",
    ),
    (
        "pak usulan kmi ditolak katanya bkn kewenangan prov. trus skrg hrs gmn",
        "bot.ditolak_dialihkan",
    ),
    (
        "bu usulan kmi dialihin ke apbd kabupatn, itu maksud nya gmn? msh bs diusulin lg taun dpn",
        "bot.ditolak_dialihkan",
    ),
    (
        "Jika usulan ditolak karena lahan belum clean and clear, apakah bisa dikirim ulang "
        "setelah sertifikat terbit, atau harus menunggu siklus tahun berikutnya?",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    (
        "Berapa standar waktu tindak lanjut usulan oleh admin provinsi setelah berstatus "
        "diajukan? Kami mendengar Sinkron mengacu tolok ukur LAPOR! (verifikasi 3 hari kerja, "
        "tanggapan 5 hari kerja). Apakah ini mengikat Disperkimtan atau hanya standar internal "
        "bot?",
        "bot.tindak_lanjut",
    ),
    (
        "pak usulan sy udh seminggu blm ada tanggapn, normal nya brp hari sih baru dicek",
        "bot.tindak_lanjut",
    ),
    (
        "bu kalo usulan lama gk dibales provinsi, apa ada batas wkt mrk hrs jwb",
        "bot.tindak_lanjut",
    ),
    (
        "Apakah hari libur dan akhir pekan dihitung dalam batas 3 hari kerja untuk verifikasi "
        "usulan?",
        "bot.tindak_lanjut",
    ),
    # bot.rapat
    (
        "Kami menerima undangan Rakor melalui Sinkron. Mohon penjelasan cara konfirmasi "
        "kehadiran, apakah Kepala Dinas dapat diwakilkan kepada Kabid atau staf dengan "
        "menyebutkan nama perwakilan, dan kapan saja pengingat otomatis dikirim sebelum rapat.",
        "bot.rapat",
    ),
    (
        "pak sy dpt undangan rapat di bot tp sy gk bs dtg, bs diwakilin temen gk? gmn caranya",
        "bot.rapat",
    ),
    ("bu pengingat rapat dr bot itu dikirim kpn aja? sy takut lupa lg", "bot.rapat"),
    (
        "I got a meeting invitation in the bot. How do I confirm attendance or name someone to "
        "go in my place?",
        "bot.rapat",
    ),
    # istilah.* (glossary terms)
    (
        "pak di surat undangan tertulis bidang perkim, perkim itu singktan dr apa ya",
        "istilah.perkim",
    ),
    (
        "Untuk penulisan nomenklatur yang benar pada dokumen RKPD dan surat pengantar usulan "
        "kami ke Palangka Raya, apa kepanjangan resmi Disperkimtan?",
        "istilah.disperkimtan",
    ),
    ("pak PSU tu singkatan apa sih, sering bgt disebut pas rapat", "istilah.psu"),
    ("bu jaling itu apa ya? di notulen kmrn ada tulisan 'usulan jaling 500 m'", "istilah.jaling"),
    (
        "In the proposal form, what does drainase refer to: the big river canals or the small "
        "drains in the neighbourhood?",
        "istilah.drainase",
    ),
    ("pak di tabel lampiran SK ada kode KR di kolom tingkat, itu maksudnya apa", "istilah.kr"),
    (
        "Pada tabel daftar lokasi SK kumuh revisi, kolom klasifikasi memakai singkatan. Untuk "
        "keseragaman penulisan di dokumen RP2KPKP, singkatan KS itu kepanjangannya apa?",
        "istilah.ks",
    ),
    ("KB di tabel kumuh itu bkn keluarga berencana kan? artinya apa", "istilah.kb"),
    ("pak yg srg disebut SK kumuh itu sbnr nya surat apa sih", "istilah.skkumuh"),
    (
        "Konsultan menyebut 'peta delineasi' dalam laporan pendahuluan review SK kumuh kami. Apa "
        "yang dimaksud delineasi dalam konteks kawasan kumuh?",
        "istilah.delineasi",
    ),
    ("RTLH singkatan dr apa ya pak", "istilah.rtlh"),
    ("bu di laporan kinerja ada target RTLH jd RLH, RLH itu apa", "istilah.rlh"),
    (
        "whats 'bedah rumah'? my friend say his village got bedah rumah last year",
        "istilah.bedahrumah",
    ),
    (
        "Pada rapat koordinasi dengan BP3KP Kalimantan I disebut kuota BSPS untuk kabupaten "
        "kami. Apa kepanjangan BSPS?",
        "istilah.bsps",
    ),
    ("pak MBR itu apa? sering denger rumah buat MBR", "istilah.mbr"),
    ("bu rusunawa itu apa sih, kpanjangan nya", "istilah.rusunawa"),
    (
        "Dalam nomenklatur kab/kota ada kegiatan pembinaan pengelolaan rumah susun umum dan/atau "
        "rusus. Apa yang dimaksud dengan rusus?",
        "istilah.rusus",
    ),
    ("pak pas bnjir kmrn ada petugas nyebut huntara, itu apa", "istilah.huntara"),
    (
        "Dalam rencana aksi rehabilitasi pascabencana tercantum pembangunan huntap setelah masa "
        "tanggap darurat. Apa arti huntap?",
        "istilah.huntap",
    ),
    ("di form ditulis jumlh KK, KK itu kartu keluarga ato kepala keluarga?", "istilah.kk"),
    ("bu di form ada isian jiwa, maksud nya jiwa tu apa, jumlah org?", "istilah.jiwa"),
    ("pak ha itu satuan apa ya? hektar kah", "istilah.ha"),
    (
        "Sorry, I moved here from the finance division: what does DED stand for in the readiness "
        "documents list?",
        "istilah.ded",
    ),
    ("RAB itu kpanjangan nya apa pak? sy disuruh bikin RAB jln gang", "istilah.rab"),
    (
        "Dalam daftar periksa dokumen teknis tercantum RKS setelah DED dan RAB. Apa kepanjangan "
        "RKS?",
        "istilah.rks",
    ),
    ("pak KAK itu sm dgn TOR ya? singkatan dr apa", "istilah.kak"),
    ("bu site plan tu maksud nya apa, gambr denah lokasi gitu?", "istilah.siteplan"),
    (
        "Dalam paparan pendampingan DAK PPKT disebut 'RC utama' dan 'RC teknis'. RC itu "
        "singkatan dari apa?",
        "istilah.rc",
    ),
    ("BAST itu apa ya pak, katanya hrs ada stlh proyek slesai", "istilah.bast"),
    ("bu hibah itu artinya apa sih, dikasih cuma2 gitu?", "istilah.hibah"),
    (
        "Dalam berita acara pemeriksaan aset disebut jalan lingkungan tersebut berstatus BMD. "
        "BMD itu kepanjangannya apa?",
        "istilah.bmd",
    ),
    ("What is BMN? the handover letter from the balai mentions BMN several times", "istilah.bmn"),
    ("pak O&P di surat pernyataan itu maksud nya apa", "istilah.op"),
    ("SPM itu singkatan apa bu, yg ada di laporan tahunan", "istilah.spm"),
    (
        "Pada undangan rapat dari Bappeda tertulis 'Rapat Pokja PKP'; mohon info kepanjangan "
        "Pokja PKP untuk kami tulis di disposisi.",
        "istilah.pokjapkp",
    ),
    ("Pokja PPAS kpanjangan nya apa pak?", "istilah.pokjappas"),
    ("AMPL di Pokja AMPL itu apa ya", "istilah.pokjaampl"),
    (
        "Bappeda meminta kami memperbarui RP3KP sebagai salah satu dokumen perencanaan "
        "pendukung. Apa kepanjangan RP3KP?",
        "istilah.rp3kp",
    ),
    ("RP2KPKP itu dokumen apa pak? pnjang bgt singkatan nya", "istilah.rp2kpkp"),
    ("KOTAKU itu program apa? dulu ada fasilitator KOTAKU di kelurahan kmi", "istilah.kotaku"),
]
