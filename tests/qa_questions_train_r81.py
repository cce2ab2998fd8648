"""Training table R81 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 64's styles again (R75 and R76 were the first), by another hand for the first half of
the topic list: Banjar words, a signature block or greeting header, a link, phone number or
file path beside the question, two questions with the one that matters marked, Sundanese
words, bureaucratic abbreviations with dots and slashes, a quiz or FAQ draft, a photo or site
visit described; American Southern English. A glossary entry's questions ask what the term
means. Its slum-area questions are computed by rule, not learned; they are measured here only.
Written and read in round 38.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R81_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Pian, ulun handak tahu haja peta kewenangan perkim tu kayapa? napa nang digawi "
            "pusat, provinsi, wan kabupaten/kota?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Howdy y'all,\nCould you lay out who handles what in housin' and settlements? "
            "The central gov'ment, the province and us at the regency, just the big "
            "picture.\nThanks kindly,\nKabid Perkim, Dinas Perkim Kab. Barito Utara"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Mhn info u.p. Kabid Kaw. Permukiman: apakah perumahan & kaw. permukiman "
            "termasuk urusan wajib pelayanan dasar? dasarnya psl brp UU 23/2014?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "punten, perumahan teh kaasup urusan wajib pelayanan dasar atanapi urusan "
            "pilihan nya? abdi rek nulis di Renja"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Soal: pembagian kewenangan penanganan kawasan kumuh antara kab/kota, provinsi "
            "dan pusat didasarkan pada luas berapa saja = ?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Selamat siang Bapak/Ibu.\nMohon penjelasan batas luas kawasan kumuh yg jadi "
            "kewenangan kabupaten, provinsi dan pusat itu berapa saja ya?\nTerima "
            "kasih.\nTtd. Kasi Kawasan Permukiman Dinas Perkim Kab. Seruyan"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kawasan kumuh yg luasnya 15 ha ke atas itu siapa yg pegang? rekap luas kami "
            "ada di https://drive.google.com/drive/folders/rekap-kumuh-kotim-2026"
        ),
        ("kewenangan.kumuh", "kewenangan.kumuh_pusat"),
    ),
    (
        (
            "tadi survei ke Kel. Mentawa Baru Hilir, delineasinya besar bgt, lebih dari 15 "
            "ha. kalau kumuh seluas itu provinsi masih bisa tangani atau sudah ranah pusat? "
            "bunyi aturannya gimana?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "2 pertanyaan: 1) rakor tahun ini online atau offline? 2) pencegahan perumahan "
            "& permukiman kumuh itu kewenangan siapa, bisa gak diusulkan ke provinsi? yg "
            "penting no 2"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        ("pencegahan kumuh tu kewenangan kabupaten haja kah, atau provinsi jua kawa mambantu?"),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        ("kumaha pembagian kawenangan sub-urusan perumahan antara provinsi jeung kabupaten teh?"),
        "kewenangan.perumahan",
    ),
    (
        (
            "Under the housin' sub-affair, what's the province responsible for and what's "
            "left for us at the regency, y'all?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Yth. Sdr. Admin, penyediaan rumah utk MBR, rusun & pembiayaan perumahan apakah "
            "kewenangan pusat? mhn konfirmasi. a.n. Kadis Perkim Kab. Barito Timur"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Pertanyaan untuk FAQ dinas: peran pemerintah pusat di bidang perumahan itu apa "
            "saja (MBR, rusun, pembiayaan perumahan)?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "di foto ini terlihat rumah warga Ds. Pulau Telo habis terbakar, bencananya "
            "skala kabupaten. rumah korban bencana begini siapa yg wajib menangani, kab "
            "atau provinsi?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Assalamualaikum.\nKalau ada warga kena relokasi karena program pemprov, "
            "penyediaan rumahnya jadi tanggungan siapa ya?\nWassalam,\nStaf Bidang "
            "Perumahan Disperkim Kab. Pulang Pisau"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "izin pembangunan perumahan & SKBG itu yg terbitkan siapa? ada developer nanya "
            "ke saya (0813-4920-1177), mau urus ke prov atau kab"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Mornin' y'all,\nWho issues the permits for a new housin' development and them "
            "SKBG certificates, the province or the regency?\nMuch obliged,\nKasi "
            "Perumahan, Dinas Perkim Kab. Kotawaringin Timur"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "mau nanya 2 hal. pertama, sub-urusan kawasan permukiman itu isinya apa aja dan "
            "bagi tugasnya gmn prov vs kab? kedua, foto usulan maksimal brp? utamanya yg "
            "pertama"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "sub-urusan kawasan permukiman teh naon wae kawenanganana? saha nu ngaluarkeun "
            "izin kawasan permukiman?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Mhn penjelasan: PSU permukiman vs PSU perumahan, mana yg kewenangan Prov. & "
            "mana yg Kab./Kota?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "dua haja: 1) PSU perumahan wan PSU permukiman tu bedanya napa, nang mana "
            "gawian provinsi? 2) rakor tahun ini di hotel kah? nang penting no 1"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "tadi survei ke Ds. Hampalit, jalan lingkungannya rusak & drainasenya mampet. "
            "PSU apa aja sih yg dibangun Disperkimtan provinsi? yg di pinggir jalan "
            "kabupaten bisa?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "What kinda PSU does the provincial Disperkimtan actually build? Just "
            "neighborhood roads and drainage, or might y'all could do more than that?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Q: sertifikasi & registrasi perancang rumah dan perencana PSU tingkat "
            "kemampuan kecil, menengah, besar itu kewenangan siapa saja?\nA: ?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "A local design consultant's askin' about gettin' registered as a house "
            "designer. Is that the regency's call or the province's? His papers are at "
            "D:/Perkim/2026/registrasi_konsultan.pdf"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Selamat pagi admin Sinkron.\nSPM bidang perumahan rakyat untuk provinsi itu "
            "jenis layanannya apa saja & targetnya berapa persen?\nHormat kami,\nKasubbag "
            "Program Dinas Perkim Kab. Lamandau"
        ),
        "kewenangan.spm",
    ),
    ("SPM perumahan teh naon eusina pikeun kabupaten? targetna 100% kitu?", "kewenangan.spm"),
    (
        (
            "1. luas kumuh yg dipakai buat nentuin kewenangan itu luas desa keseluruhan "
            "atau luas delineasi di SK?\n2. rakor kapan?\nyg penting no 1"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Mhn info: luas kaw. kumuh yg dihitung apakah luas satu kelurahan (mis. Kel. "
            "Pahandut) atau luas delineasi lokasi sesuai SK Kumuh?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "siapa nang menetapkan lokasi kumuh, bupati kah gubernur? wan berapa tahun "
            "sekali SK-nya harus ditinjau ulang?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "FAQ draft for the office:\nQ: Who signs the decree namin' the slum locations "
            "'round here, the Bupati or the Governor, and how often's it gotta be "
            "reviewed?\nA: ?"
        ),
        "kumuh.penetapan",
    ),
    (
        ("Soal latihan bimtek: sebutkan 7 aspek kriteria kumuh menurut Permen PUPR 14/2018 = ?"),
        "kumuh.aspek",
    ),
    (
        (
            "di foto ini terlihat rumah2 panggung rapat di tepi sungai, gak ada hidran, "
            "sampah numpuk. aspek apa aja sih yg dinilai buat kriteria kumuh?"
        ),
        "kumuh.aspek",
    ),
    (
        ("skor kumuh teh kumaha ngitungna? sabaraha nilai minimal supados kaasup kumuh berat?"),
        "kumuh.penilaian",
    ),
    (
        (
            "hasil skoring kami 64 dari 80, tabelnya di "
            "https://drive.google.com/file/d/skoring-kumuh-lemo-barut. itu sudah masuk "
            "kumuh berat belum? cara skornya gimana?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "Salam sejahtera.\nRentang nilai kumuh sedang dan kumuh ringan itu berapa "
            "ya?\nTrims.\nTtd. Operator Data Kumuh Disperkim Kab. Katingan"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Mhn konfirmasi skor kumuh ringan dr brp s/d brp & kumuh sedang dr brp s/d brp? "
            "u.p. Bidang Kaw. Permukiman"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "If a slum's sittin' on illegal land by the river, what kinda handlin' y'all "
            "reckon applies: pemugaran, peremajaan or resettlement?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        ("pemugaran, peremajaan wan pemukiman kembali tu bedanya napa? bila dipakai nang mana?"),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "numpang tanya dua: a) berapa jumlah lokasi kumuh se-Kalteng & total luasnya? "
            "b) bot ini bisa dibuka di laptop? utamanya yg a"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "sabaraha jumlah lokasi kumuh di Kalteng jeung total hektarna? abdi bade "
            "ngeusian https://docs.google.com/spreadsheets/d/rekap-kumuh-kalteng"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "tadi habis cek lapangan ke Ds. Tumbang Liting, mau nyusun usulan. isi usulan "
            "kegiatan itu apa aja yg harus dicantumkan dan kenapa data itu ditanya?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Selamat sore.\nDalam usulan kegiatan, data apa saja yang wajib diisi dan apa "
            "gunanya masing2?\nSalam,\nKabid Perkim Dinas Perkim Kab. Murung Raya"
        ),
        "usulan.isi",
    ),
    (
        (
            "Mhn info jenis usulan apa saja yg dpt diajukan ke Prov. (kumuh, PSU, rumah, "
            "RTLH dll)? a.n. Sekretaris Dinas Perkim Kab. Sukamara"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Pertanyaan untuk FAQ dinas: jenis usulan apa saja yang bisa diajukan kabupaten "
            "ke Disperkimtan lewat Sinkron?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "data lokasi usulan itu perlu apa aja? koordinat GPS udah saya catat di "
            "D:/usulan/2027/lokasi_jaling_kurun.xlsx, nama kecamatan & desa perlu juga?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Just got back from a site visit out at Ds. Tumbang Miwan, took the GPS and "
            "pictures. What location details do y'all need on a proposal? Kecamatan, "
            "village, hectares, urban or rural?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "penerima manfaat tu dihitung KK kah jiwa? wan biaya usulan ditulis kayapa, "
            "sumber dananya kawa pilih napa haja?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "dina usulan, jumlah KK jeung jiwa teh kudu dieusian duanana? sumber dana naon "
            "wae nu tiasa dipilih?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "dua hal: 1) dokumen kesiapan (readiness criteria) apa saja yg perlu "
            "dilampirkan untuk usulan PSU? 2) Rakor tahun lalu di mana? yg penting no 1"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Dok. RC/kesiapan utk usulan PSU jaling Ds. Sei Pasah Kec. Kapuas Hilir apa "
            "saja yg hrs disiapkan?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "di foto ini terlihat lahan calon drainase masih punya warga, belum sertifikat "
            "cuma SKT. status lahan gimana yg dianggap clean and clear buat usulan?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Yth. Admin.\nStatus lahan apa yang diminta dalam usulan, dan syarat clean and "
            "clear itu apa saja?\nTerima kasih.\nTtd. Kasi Pertanahan Dinas Perkimtan Kab. "
            "Gunung Mas"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Our SK kumuh's from 2019. Y'all reckon it's still good for a slum proposal, "
            "and what from the SK do I gotta fill in?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "untuk usulan kumuh, info SK kumuh apa saja yang harus diisi? scan SK kami di "
            "https://drive.google.com/file/d/sk-kumuh-bartim-2022"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Soal: dokumen teknis pada usulan (DED, RAB, RKS, site plan, foto) wajib semua "
            "atau tidak = ?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "DED, RAB, RKS jeung site plan teh kudu aya sadayana dina usulan? ari foto "
            "kondisi ayeuna kumaha?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "surat pernyataan kesediaan menerima hibah wan O&P tu wajib kah? siapa nang "
            "tanda tangan?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "mau tanya: (1) surat pernyataan hibah dan operasi pemeliharaan itu isinya apa "
            "dan wajib gak? (2) admin provinsi siapa aja? utamanya yg pertama"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Fixin' to send an RTLH proposal through the province. What're the "
            "requirements? Can folks build a brand-new house or does it gotta be an old "
            "one?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Syarat usulan RTLH via Prov.: apakah rumah hrs di lahan milik sendiri, cukup "
            "SKT? penerima ditetapkan oleh siapa? a.n. Kasi Perumahan Kab. Kapuas"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Selamat malam.\nWarga RT 05 Kel. Menteng mau minta jalan lingkungan langsung "
            "ke provinsi, syaratnya apa ya?\nSalam,\nStaf Dinas Perkim Kota Palangka Raya"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "tadi survei ke Ds. Gohong, warga ramai2 minta drainase. kalau permintaan PSU "
            "datang dari masyarakat sendiri, harus diketahui siapa saja?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "jaling yg dibangun provinsi di Ds. Hanjak Maju nanti asetnya punya siapa? "
            "BAST-nya gimana? draf BAST saya di C:/Users/perkim/Documents/BAST_pulpis.docx"
        ),
        "hibah.aset",
    ),
    (
        (
            "Pertanyaan untuk FAQ dinas: setelah provinsi membangun PSU di lahan kabupaten, "
            "asetnya dihibahkan bagaimana, BAST-nya siapa yg tanda tangan, dan "
            "pemeliharaannya siapa?"
        ),
        "hibah.aset",
    ),
    (
        (
            "upami usulan teu kaasup kawenangan provinsi, dana na tiasa ti mana wae? DAK, "
            "APBDes, CSR kitu?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "If it ain't the province's job, where else could we go lookin' for money? DAK, "
            "village funds, CSR?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "tanya 2: 1) grup WA operator masih aktif? 2) siklus usulan tahunan tu kayapa "
            "urutannya, usulan tahun ini gasan TA nang mana? yg penting no 2"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Salam.\nMohon dijelaskan siklus usulan tahunan dari penyusunan sampai masuk "
            "anggaran, usulan yg dikirim 2026 untuk TA berapa?\nTtd. Kasubag Perencanaan "
            "Dinas Perkim Kab. Barito Selatan"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "dua pertanyaan: 1. provinsi memeriksa usulan kami dari sisi apa aja "
            "(administrasi, teknis, kewenangan)? 2. bot ini gratis? yg penting no 1"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Mhn info mekanisme pemeriksaan usulan oleh Prov.: verifikasi adm., teknis "
            "(lokasi/lahan) & kewenangan, benar begitu?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Q: Rakor Bidang Kawasan Permukiman se-Kalteng itu forum apa, siapa pesertanya "
            "dan apa tujuannya?\nA: ?"
        ),
        "siklus.rakor",
    ),
    (
        ("What's the Rakor all about anyhow? Who shows up and what do y'all hash out there?"),
        "siklus.rakor",
    ),
    (
        (
            "tadi kunjungan lapangan ke Ds. Bereng, warga nanya kapan dibangun. setelah "
            "dibahas di Rakor, usulan masuk Musrenbang, RKPD lalu APBD itu alurnya gimana?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        ("saatos Rakor, usulan teh asup ka Musrenbang terus ka RKPD jeung APBD kumaha alurna?"),
        "siklus.rkpd_apbd",
    ),
    (
        "Pokja PKP di kabupaten tu tugasnya napa? dasar aturannya napa, pian?",
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "SK Pokja PKP kami sudah terbit (D:/SK/pokja_pkp_kobar_2025.pdf). Pokja PKP itu "
            "fungsinya apa dalam pembangunan perkim?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        ("Alamat kantor Disperkimtan Prov. Kalteng di Jl. apa? mau antar surat u.p. Kadis"),
        "disperkimtan.kontak",
    ),
    (
        ("Where's the Disperkimtan office at in Palangka Raya? Fixin' to drop off some papers."),
        "disperkimtan.kontak",
    ),
    (
        (
            "mau nanya 2: 1) perintah apa aja yg ada di bot ini? 2) kalau ganti HP akunnya "
            "ikut pindah? yg penting no 1"
        ),
        "bot.cara_pakai",
    ),
    (
        (
            "Soal untuk pelatihan operator: perintah-perintah bot Sinkron apa saja, dan jam "
            "yg ditampilkan bot pakai zona waktu apa = ?"
        ),
        "bot.cara_pakai",
    ),
    (
        (
            "pas /usul foto bisa berapa banyak? PDF RAB ada di "
            "D:/usulan/2027/RAB_drainase_buntok.pdf, bisa dilampirkan juga?"
        ),
        "bot.usul",
    ),
    (
        ("dina /usul, tiasa teu nyalin usulan lami? abdi hoyong usulan taun kamari dianggo deui"),
        "bot.usul",
    ),
    (
        (
            "Selamat siang.\nStatus 'dibahas di Rakor' dan 'perlu perbaikan' di Sinkron itu "
            "artinya apa?\nTerima kasih.\nTtd. Kasi Perumahan Dinas Perkim Kab. "
            "Kotawaringin Barat"
        ),
        "bot.status",
    ),
    ("status 'diajukan' wan 'verifikasi' di bot tu bedanya napa?", "bot.status"),
    (
        (
            "tadi buka HP pas di lokasi, usulan drainase Ds. Pendreh statusnya ditolak "
            "'bukan kewenangan provinsi'. terus langkah selanjutnya apa? bisa diajukan "
            "ulang?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Our proposal got 'dialihkan' to APBD kab/kota. What's that mean for us and "
            "what're we supposed to do next?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        ("Brp hari kerja s/d usulan diverifikasi Prov.? apa ada standar tindak lanjut spt LAPOR!?"),
        "bot.tindak_lanjut",
    ),
    (
        "sabaraha dinten kerja usulan teh kedah diverifikasi? aya standarna teu?",
        "bot.tindak_lanjut",
    ),
    (
        ("undangan rapat di Sinkron tu kawa kah diwakilkan? pengingatnya dikirim bila haja?"),
        "bot.rapat",
    ),
    (
        (
            "2 pertanyaan: 1) kalau sy berhalangan, undangan rapat bisa diwakilkan staf dan "
            "gmn konfirmasi hadirnya di bot? 2) batas kirim usulan? yg penting no 1"
        ),
        "bot.rapat",
    ),
    ("Soal: kepanjangan dari Perkim = ?", "istilah.perkim"),
    ("Perkim teh singkatan tina naon?", "istilah.perkim"),
    (
        ("Got a consultant askin' me what Disperkimtan stands for. Y'all know the long form?"),
        "istilah.disperkimtan",
    ),
    (
        (
            "Disperkimtan itu singkatan apa? buat kop surat. kalau perlu hubungi saya di "
            "0852-5100-3344"
        ),
        "istilah.disperkimtan",
    ),
    ("PSU tu singkatan napa, pian?", "istilah.psu"),
    (
        (
            "Selamat pagi.\nIzin bertanya, PSU itu kepanjangannya apa ya?\nTerima "
            "kasih.\nTtd. Staf Honorer Dinas Perkim Kab. Sukamara"
        ),
        "istilah.psu",
    ),
    ("Jaling itu singk. dr apa? sering muncul di RAB Kec. Kurun", "istilah.jaling"),
    (
        (
            "di foto ini terlihat papan proyek tulisannya 'Peningkatan Jaling Ds. Tewang "
            "Pajangan'. jaling itu maksudnya apa?"
        ),
        "istilah.jaling",
    ),
    (
        (
            "tanya 2: 1) drainase lingkungan itu maksudnya apa? 2) gimana cara ganti nomor "
            "HP di bot? yg penting no 1"
        ),
        "istilah.drainase",
    ),
    (
        ("Dumb question I reckon, but what exactly does 'drainase' mean in these proposals?"),
        "istilah.drainase",
    ),
    ("Q: KR dalam data kumuh artinya apa?\nA: ?", "istilah.kr"),
    (
        (
            "dua patarosan: 1) KR dina tabel kumuh teh hartosna naon? 2) bot ieu tiasa "
            "dianggo di grup? nu penting no 1"
        ),
        "istilah.kr",
    ),
    (
        (
            "di tabel baseline https://drive.google.com/file/d/baseline-kumuh-kapuas ada "
            "kolom KS, itu maksudnya apa?"
        ),
        "istilah.ks",
    ),
    ("KS tu artinya napa di data kumuh?", "istilah.ks"),
    (
        ("Kode KB pd lamp. SK Kumuh Kab. Kotim artinya apa? (bukan Keluarga Berencana kan?)"),
        "istilah.kb",
    ),
    (
        (
            "Salam.\nDi rekap kumuh ada singkatan KB, maksudnya apa ya?\nTrims.\nTtd. "
            "Pengelola Data Dinas Perkim Kab. Barito Utara"
        ),
        "istilah.kb",
    ),
    (
        (
            "tadi ke kantor Kel. Baamang Tengah, lurahnya nanya soal SK kumuh. SK kumuh itu "
            "sebenarnya apa?"
        ),
        "istilah.skkumuh",
    ),
    ("Folks keep sayin' 'SK kumuh'. What's that mean exactly?", "istilah.skkumuh"),
    (
        ("dua: 1) delineasi itu artinya apa? 2) bot ini bisa kirim video? utamanya yg pertama"),
        "istilah.delineasi",
    ),
    ("delineasi teh naon hartosna?", "istilah.delineasi"),
    ("Pertanyaan untuk FAQ dinas: RTLH itu singkatan dari apa?", "istilah.rtlh"),
    (
        ("RTLH kepanjangannya apa? mau isi form di https://forms.gle/rtlh-katingan-2026"),
        "istilah.rtlh",
    ),
    ("RLH tu lawan RTLH kah? artinya napa?", "istilah.rlh"),
    ("Singk. RLH pd laporan capaian Kab./Kota itu apa?", "istilah.rlh"),
    (
        (
            "Q for the FAQ: what do folks mean when they say 'bedah rumah'? Ain't house "
            "surgery, I reckon.\nA: ?"
        ),
        "istilah.bedahrumah",
    ),
    (
        (
            "Selamat siang.\nIstilah 'bedah rumah' itu maksudnya apa ya?\nHormat "
            "saya,\nStaf Bidang Perumahan Disperkim Kab. Pulang Pisau"
        ),
        "istilah.bedahrumah",
    ),
    (
        ("di foto ini terlihat spanduk 'BSPS' di rumah warga Ds. Sarapat. BSPS itu singkatan apa?"),
        "istilah.bsps",
    ),
    ("BSPS teh kapanjanganana naon?", "istilah.bsps"),
    ("Soal: MBR = ?", "istilah.mbr"),
    (
        (
            "mau tanya 2: 1) MBR itu singkatan dari apa? 2) rakor nanti bawa laptop? "
            "utamanya yg pertama"
        ),
        "istilah.mbr",
    ),
    (
        (
            "rusunawa itu artinya apa? ada di berita "
            "https://kalteng.antaranews.com/berita/rusunawa-palangka-raya"
        ),
        "istilah.rusunawa",
    ),
    (
        (
            "Two things, y'all: 1) what's a rusunawa anyhow? heard it at the meetin' and "
            "didn't wanna ask 2) does this bot work on an old phone? Number 1's the one "
            "that matters."
        ),
        "istilah.rusunawa",
    ),
    ("rusus tu napa artinya?", "istilah.rusus"),
    (
        ("Mhn penjelasan istilah 'rusus' pd dok. Renstra Dinas Perkim Kab. Murung Raya."),
        "istilah.rusus",
    ),
]

TRAIN_R81_INTENTS: list[tuple[str, str]] = [
    (
        (
            "usulan kami USL-2026-0007 sudah sampai mana ya? kalau ada kabar tolong hubungi "
            "0811-5200-7788"
        ),
        "status",
    ),
    ("usulan ulun nang jaling Ds. Tumbang Miwan tu sudah sampai di mana, pian?", "status"),
    (
        (
            "Been out visitin' sites in Sukamara all week. Y'all got any word on where our "
            "proposals are at right now?"
        ),
        "status",
    ),
    ("iraha Rakor taun ieu? di mana tempatna?", "meeting"),
    (
        (
            "Selamat pagi.\nRakor Bidang Kawasan Permukiman tahun ini jadwalnya kapan dan "
            "di mana ya?\nTerima kasih.\nTtd. Kabid Kawasan Permukiman Dinas Perkim Kab. "
            "Katingan"
        ),
        "meeting",
    ),
    (
        ("Mhn info tgl & tempat Rakor Kaw. Permukiman se-Kalteng berikutnya, u.p. Sekretariat"),
        "meeting",
    ),
    (
        (
            "2 hal: 1) cara reset password email dinas? 2) sampai tanggal berapa usulan TA "
            "2027 masih bisa dikirim? yg penting no 2"
        ),
        "deadline",
    ),
    ("sampai bila usulan tahun ini kawa dikirim? jangan sampai tatinggal", "deadline"),
    (
        ("Pertanyaan untuk FAQ dinas: batas akhir pengiriman usulan tahun ini tanggal berapa?"),
        "deadline",
    ),
    (
        (
            "Assalamualaikum wr. wb.\nSelamat pagi Bapak/Ibu admin Sinkron, salam "
            "kenal.\nTtd. Kasi Perumahan Dinas Perkim Kab. Seruyan"
        ),
        "greeting",
    ),
    ("hatur nuhun pisan nya, tos dibantosan", "greeting"),
    ("Howdy y'all! I'm new here. How do I work this bot?", "greeting"),
    (
        (
            "tadi survei ke Ds. Jelapat, data & foto sudah lengkap. gimana cara kirim "
            "usulannya lewat bot ini?"
        ),
        "how_to_submit",
    ),
    (
        (
            "Mhn petunjuk tata cara pengiriman usulan kegiatan via bot Sinkron. a.n. Dinas "
            "Perkim Kab. Lamandau"
        ),
        "how_to_submit",
    ),
    (
        (
            "foto & RAB usulan sudah di D:/usulan/2027/psu_kuala_kurun/. gimana caranya "
            "ngirim usulan lewat bot ini?"
        ),
        "how_to_submit",
    ),
]

TRAIN_R81_AREAS: list[tuple[str, str]] = [
    ("kawasan kumuh 9,5 ha di Kel. Baamang Hilir tu kewenangan siapa, pian?", "kabkota"),
    (
        (
            "Selamat siang.\nLokasi kumuh di Kel. Mendawai luas delineasinya tepat 10 ha, "
            "siapa yang menangani?\nTtd. Kasi Kawasan Permukiman Dinas Perkim Kab. "
            "Kotawaringin Barat"
        ),
        "provinsi",
    ),
    (
        (
            "kumuh Selat Hilir luasnya 14,9 hektar, peta delineasi di "
            "https://drive.google.com/file/d/peta-selat-hilir. ini ranah siapa?"
        ),
        "provinsi",
    ),
    (
        (
            "Two things, y'all: 1) a slum area that's exactly 15 hectares, whose job is "
            "that? 2) y'all got the proposal form in Excel? The first one's what matters."
        ),
        "pusat",
    ),
    ("kawasan kumuh 95.000 m2 di Ds. Mantaren I teh kawenangan saha?", "kabkota"),
    (
        (
            "Kaw. kumuh Kel. Langkai Kec. Pahandut luas 100.000 m² masuk kewenangan Prov. "
            "atau Kab./Kota?"
        ),
        "provinsi",
    ),
    (
        ("Soal: kawasan kumuh seluas 150.000 meter persegi ditangani oleh pemerintah ... = ?"),
        "pusat",
    ),
    (
        (
            "tadi survei ke Kel. Lanjas, delineasi kumuhnya cuma 3,75 ha. itu bisa "
            "ditangani provinsi atau kabupaten?"
        ),
        "kabkota",
    ),
    (
        (
            "We got a slum area 'bout 12 hectares down in Buntok Kota. Reckon that's on the "
            "province or on us?"
        ),
        "provinsi",
    ),
    (
        (
            "Slum area's 22 hectares on the riverbank in Kuala Kapuas. Who's handlin' that "
            "one, y'all?"
        ),
        "pusat",
    ),
    (
        (
            "Fixin' to propose a slum site of 99.900 m², just shy of the line. Whose job is "
            "that one?"
        ),
        "kabkota",
    ),
    ("kumuh di Ds. Pulau Telo luasnya 149.990 m2, siapa nang menangani?", "provinsi"),
]

TRAIN_R81_OUT_OF_SCOPE: list[str] = [
    "Mhn info besaran TPP ASN Dinas Perkim Kab. Kapuas thn 2026 brp per bulan?",
    "abdi hoyong ngajukeun cuti melahirkan, kumaha prosedurna di BKD?",
    (
        "akun SIPD saya terkunci, sudah coba reset di https://sipd.kemendagri.go.id tp "
        "gagal terus. gimana bukanya?"
    ),
    (
        "2 hal: 1) harga satuan besi beton di HSPK Kalteng 2026 berapa per kg? 2) "
        "printer kantor macet. yg penting no 1"
    ),
    (
        "tadi survei ke Ds. Tewang Kadamba, jembatan gantungnya putus. berapa anggaran "
        "BPBD utk jembatan darurat tahun ini?"
    ),
    ("How do I get my per diem paid back for the trip up to Palangka Raya last week, y'all?"),
    ("My office laptop's fixin' to die. Y'all know where a fella can get one repaired in Sampit?"),
    "Reckon y'all could tell me the flood forecast for Kasongan next week?",
    "berapa harga tanah per meter di Jekan Raya wayah ini, pian?",
    (
        "Selamat pagi.\nMohon info jadwal seleksi PPPK tahun ini.\nTerima kasih.\nTtd. "
        "Staf Dinas Perkim Kab. Barito Selatan"
    ),
    "Soal: biaya balik nama sertifikat tanah di kantor BPN = ?",
    "kumaha carana ngaleutikan file PDF supados kirang ti 2 MB?",
    (
        "di foto ini terlihat atap SD di Ds. Tumbang Lahang bocor parah. dana BOS bisa "
        "dipakai perbaiki atap?"
    ),
    ("link zoom bimtek kemarin https://zoom.us/j/88120045517 , rekamannya siapa yg simpan ya?"),
    "cuti bersama lebaran tahun ini tanggal berapa haja?",
]
