"""Round-8 evaluation questions for the Sinkron question matcher.

Written on 2026-12-03 by someone who had not seen the knowledge base (only the topic ids with
their titles and the domain notes restated in docs/domain.md, plus the shared domain brief and
research notes). The questions imitate housing officers of the 14 regencies/city of Kalimantan
Tengah typing on cheap phones: mostly chat Indonesian with abbreviations (yg, gmn, brp, sy, udh,
blm, klo, tgl, thn), typos and missing spaces, a little Banjar (pian, ulun, kaya apa, kada,
handak, kawa), some formal Indonesian and some (clumsy) English. This round leans on short,
terse questions, on "why" and "what happens if" questions, on follow-ups typed without their
context ("trs klo ditolak gmn"), and on questions that name a term and then ask something
beyond its definition; long rambling questions with irrelevant detail (regency names, places,
people) are mixed in.

This is a held-out set: never read it or use it for tuning: do not add its questions to the
knowledge base, paraphrases, keyword lists or other tables, and do not change the bot to make
these particular questions pass.

- ``ROUND8_TOPICS``: (question, topic id) pairs; a tuple of ids when several topics would each be
  an honest right answer.
- ``ROUND8_INTENTS``: (question, intent) pairs; intent is one of "status" (the officer asks about
  their own submitted proposals), "meeting" (when/where is the next meeting or Rakor),
  "deadline" (the deadline for submitting proposals), "greeting" (hello, thanks,
  help-me-I'm-lost) and "how_to_submit" (how to submit a proposal in this bot).
- ``ROUND8_AREAS``: slum-area questions stating the delineated area, labelled "kabkota"
  (under 10 ha), "provinsi" (10 ha up to but not including 15 ha) or "pusat" (15 ha or more);
  1 ha = 10,000 m².
- ``ROUND8_OUT_OF_SCOPE``: questions an officer might plausibly type that no topic answers.
"""

ROUND8_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    ("pembagian tugas perkim prov sm kab gmn sih", "kewenangan.ringkasan"),
    (
        "sy baru dimutasi ke dinas perkim Katingan, blm paham apa2. tlg jelasin singkat mana "
        "yg tugas provinsi mana yg tugas kabupaten di bidang perumahan dan permukiman",
        "kewenangan.ringkasan",
    ),
    ("who is responsible for what in housing, province or regency?", "kewenangan.ringkasan"),
    # kewenangan.urusan_wajib
    ("knp perkim masuk pelayanan dasar, bukan urusan pilihan", "kewenangan.urusan_wajib"),
    (
        "Mohon penjelasan, apa yang dimaksud perumahan dan kawasan permukiman sebagai urusan "
        "wajib yang berkaitan dengan pelayanan dasar?",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    ("kumuh brp ha yg masuk prov", "kewenangan.kumuh"),
    ("knp kumuh kecil gk bs diusulkan ke provinsi", "kewenangan.kumuh"),
    ("klo luasnya pas di angka batas, ikut siapa", "kewenangan.kumuh"),
    (
        "pak, di Kotim ada bbrp lokasi kumuh, ada yg kecil ada yg besar. yg mana aja yg boleh "
        "kami ajukan ke disperkimtan?",
        "kewenangan.kumuh",
    ),
    ("ulun handak betakon, kumuh nang kaya apa yg kawa diusulkan ke provinsi", "kewenangan.kumuh"),
    # kewenangan.kumuh_pusat
    ("kumuh diatas 15 ha lari kmn", "kewenangan.kumuh_pusat"),
    ("knp kawasan kumuh yg besar jd urusan pusat", "kewenangan.kumuh_pusat"),
    (
        "slum bigger than 15 ha - who funds it?",
        ("kewenangan.kumuh_pusat", "pendanaan.saluran_lain"),
    ),
    # kewenangan.pencegahan_kumuh
    ("pencegahan kumuh tugas siapa", "kewenangan.pencegahan_kumuh"),
    (
        "desa kami blm kumuh tp mulai padat, bs minta prov bikin program pencegahan?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    ("kewenangan prov di sub urusan perumahan apa aja", "kewenangan.perumahan"),
    (
        "bs gk prov bangunin rumah baru buat warga miskin di Seruyan",
        ("kewenangan.perumahan", "kewenangan.perumahan_pusat", "usulan.rtlh"),
    ),
    # kewenangan.perumahan_pusat
    ("rumah utk MBR itu urusan siapa", "kewenangan.perumahan_pusat"),
    ("pembangunan rusun kewenangan pusat kah", "kewenangan.perumahan_pusat"),
    ("sistem pembiayaan perumahan buat MBR diatur siapa", "kewenangan.perumahan_pusat"),
    # kewenangan.bencana_relokasi
    ("rumah warga hanyut kena banjir, siapa yg wajib bangun lg", "kewenangan.bencana_relokasi"),
    (
        "kebakaran di pemukiman padat Sampit, 30 rumah habis. prov bs bantu bangun?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "warga hrs pindah krn proyek pemprov, rumahnya siapa yg fasilitasi",
        "kewenangan.bencana_relokasi",
    ),
    (
        "if a national disaster destroys houses, is that the provinces job?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "developer mau bangun perumahan di Pangkalan Bun, urus izinnya ke prov atau kab?",
        "kewenangan.izin",
    ),
    (
        "izin kawasan permukiman kewenangan mana",
        ("kewenangan.izin", "kewenangan.kawasan_permukiman"),
    ),
    ("SKBG dikeluarkan siapa", ("kewenangan.izin", "istilah.skbg")),
    # kewenangan.kawasan_permukiman
    ("sub urusan kawasan permukiman isinya apa", "kewenangan.kawasan_permukiman"),
    (
        "apa bedanya sub urusan perumahan dgn kawasan permukiman",
        ("kewenangan.kawasan_permukiman", "kewenangan.perumahan", "kewenangan.ringkasan"),
    ),
    # kewenangan.psu
    ("psu perumahan vs psu permukiman", "kewenangan.psu"),
    ("knp PSU di perumahan gk bs dibiayai provinsi", "kewenangan.psu"),
    ("our housing estate drainage is broken, can province fix it?", "kewenangan.psu"),
    (
        "perumahan BTN di Buntok drainasenya mampet terus, warga minta diperbaiki, kami usulkan "
        "ke prov bs gk atau hrs pake dana kab sendiri",
        ("kewenangan.psu", "pendanaan.saluran_lain"),
    ),
    # psu.lingkup_provinsi
    ("psu apa aja yg dibangun prov", "psu.lingkup_provinsi"),
    ("bs usul lampu jalan ke disperkimtan?", "psu.lingkup_provinsi"),
    ("jalan kabupaten rusak parah, boleh minta perbaikan ke perkim prov?", "psu.lingkup_provinsi"),
    ("drainase di desa pedalaman bs jg atau cuma di kota?", "psu.lingkup_provinsi"),
    ("knp cuma jaling sm drainase", "psu.lingkup_provinsi"),
    # kewenangan.sertifikasi
    ("sertifikasi perancang rmh siapa yg ngeluarin", "kewenangan.sertifikasi"),
    ("konsultan perencana PSU kecil registrasinya ke mana", "kewenangan.sertifikasi"),
    # kewenangan.spm
    ("SPM perumahan utk prov isinya apa", "kewenangan.spm"),
    ("target SPM rumah korban bencana brp persen", "kewenangan.spm"),
    # kumuh.luas_delineasi
    ("luas kumuh yg dihitung luas desa atau yg di SK?", "kumuh.luas_delineasi"),
    (
        "kelurahan kami 300an ha tp yg kumuh cuma sebagian, pake angka yg mana",
        "kumuh.luas_delineasi",
    ),
    ("which area counts for the 10 ha rule, the whole village?", "kumuh.luas_delineasi"),
    (
        "trs klo dua lokasi kumuh di SK digabung biar lewat 10 ha boleh?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    ("siapa yg netapin lokasi kumuh", "kumuh.penetapan"),
    ("SK kumuh kami thn 2019, msh bs dipake?", ("kumuh.penetapan", "usulan.sk_kumuh")),
    ("brp thn sekali SK kumuh hrs direview", "kumuh.penetapan"),
    ("klo lewat 5 thn?", ("kumuh.penetapan", "usulan.sk_kumuh")),
    # kumuh.aspek
    ("kriteria kumuh apa aja", "kumuh.aspek"),
    ("knp proteksi kebakaran ikut dinilai di kumuh", "kumuh.aspek"),
    ("is drinking water one of the slum criteria?", "kumuh.aspek"),
    (
        "kampung tepi sungai di Kuala Kapuas, jalannya titian kayu, sampah dibuang ke sungai, "
        "air minum beli galon. itu udh masuk kriteria kumuh blm",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    ("skor brp baru kumuh berat", "kumuh.penilaian"),
    ("nilai kumuh maksimal brp", "kumuh.penilaian"),
    ("skor 65 masuk apa", "kumuh.penilaian"),
    ("tingkat kumuh ngaruh ke kewenangan gk?", ("kumuh.penilaian", "kewenangan.kumuh")),
    # kumuh.tingkat_sedang_ringan
    ("skor 40 kumuh sedang?", "kumuh.tingkat_sedang_ringan"),
    ("rentang nilai kumuh ringan", "kumuh.tingkat_sedang_ringan"),
    ("nilai 20 itu kumuh ringan atau blm kumuh", "kumuh.tingkat_sedang_ringan"),
    # kumuh.pola_penanganan
    ("bedanya pemugaran sm peremajaan", "kumuh.pola_penanganan"),
    (
        "permukiman kumuh di bantaran sungai, tanahnya ilegal. ditangani gmn",
        "kumuh.pola_penanganan",
    ),
    ("klo warganya hrs dipindah dr lokasi kumuh itu namanya apa", "kumuh.pola_penanganan"),
    ("what is peremajaan in slum handling", "kumuh.pola_penanganan"),
    # kumuh.kalteng
    ("brp lokasi kumuh di kalteng skrg", "kumuh.kalteng"),
    ("kumuh di kalteng kebanyakan di tepi sungai ya?", "kumuh.kalteng"),
    # usulan.isi
    ("usulan hrs berisi apa aja sih", "usulan.isi"),
    ("knp hrs ngisi jumlah KK sm jiwa segala", ("usulan.isi", "usulan.penerima_biaya")),
    ("what info does a proposal need", "usulan.isi"),
    # usulan.jenis
    ("jenis2 usulan apa aj", "usulan.jenis"),
    ("selain kumuh dan psu, bs usul apa lagi", "usulan.jenis"),
    ("usulan sy gk masuk kategori manapun, pilih apa", "usulan.jenis"),
    # usulan.lokasi
    ("lokasi usulan hrs sampai desa?", "usulan.lokasi"),
    ("titik koordinat wajib gk", "usulan.lokasi"),
    ("nama lokasi hrs sama persis dgn di SK kumuh?", ("usulan.lokasi", "usulan.sk_kumuh")),
    # usulan.penerima_biaya
    ("sumber dana yg bs dipilih apa aja", "usulan.penerima_biaya"),
    ("jumlah jiwa boleh lebih kecil dr KK?", "usulan.penerima_biaya"),
    (
        "biaya diisi perkiraan aja atau hrs sesuai RAB",
        ("usulan.penerima_biaya", "usulan.dokumen_teknis"),
    ),
    # usulan.kesiapan
    ("dokumen kesiapan usulan apa aja", "usulan.kesiapan"),
    ("syarat usulan psu jaling apa aja", "usulan.kesiapan"),
    ("blm ada DED, boleh usul dulu?", ("usulan.kesiapan", "usulan.dokumen_teknis")),
    ("readiness criteria for a drainage proposal?", "usulan.kesiapan"),
    # usulan.lahan
    ("lahan hrs clean and clear?", ("usulan.lahan", "istilah.cleanandclear")),
    ("tanah msh sengketa sm ahli waris, bs diusulkan?", "usulan.lahan"),
    ("klo tanahnya blm sertifikat?", ("usulan.lahan", "usulan.rtlh")),
    ("lokasinya gk sesuai RTRW, msh bs lolos?", ("usulan.lahan", "istilah.cleanandclear")),
    # usulan.sk_kumuh
    ("usulan kumuh wajib lampirkan SK kumuh?", "usulan.sk_kumuh"),
    ("lokasi kami gk ada di SK kumuh, tetap bs?", ("usulan.sk_kumuh", "kumuh.penetapan")),
    ("knp prov minta nomor dan tgl SK kumuh", "usulan.sk_kumuh"),
    # usulan.dokumen_teknis
    ("DED RAB wajib?", "usulan.dokumen_teknis"),
    ("foto kondisi eksisting brp lembar", ("usulan.dokumen_teknis", "bot.usul")),
    ("knp hrs ada RKS jg", ("usulan.dokumen_teknis", "istilah.rks")),
    ("technical documents needed?", "usulan.dokumen_teknis"),
    # usulan.surat_pernyataan
    ("surat pernyataan hibah buat apa", "usulan.surat_pernyataan"),
    ("what if we dont sign the maintenance statement", "usulan.surat_pernyataan"),
    (
        "kesediaan kab menerima hibah dan melakukan O&P dituangkan dlm surat apa",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    ("syaratbedah rumah dr prov apa", ("usulan.rtlh", "istilah.bedahrumah")),
    ("bs bangun rumah baru di lahan kosong lewat RTLH prov?", "usulan.rtlh"),
    ("penerima RTLH ditetapkan siapa", "usulan.rtlh"),
    ("cuma pny SKT, bs ikut rtlh", "usulan.rtlh"),
    (
        "nenek di Tamiang Layang tinggal sendiri, rumah panggungnya miring mau roboh, anaknya "
        "merantau ke Banjarmasin. sy mau ajukan ke prov, apa yg hrs dilengkapi",
        "usulan.rtlh",
    ),
    ("can the province renovate a poor familys house?", "usulan.rtlh"),
    ("pian, kaya apa syarat rumah tdk layak huni dibantu provinsi", "usulan.rtlh"),
    # usulan.psu_masyarakat
    ("warga mau minta jalan gang langsung ke prov, bs?", "usulan.psu_masyarakat"),
    ("ketua RT kirim proposal drainase sendiri, sah gk", "usulan.psu_masyarakat"),
    ("knp proposal warga hrs ada tanda tangan lurah dan camat", "usulan.psu_masyarakat"),
    # hibah.aset
    ("stlh jalan dibangun prov, asetnya punya siapa", "hibah.aset"),
    ("trs siapa yg rawat", ("hibah.aset", "istilah.op")),
    ("knp aset hrs dihibahkan ke kab", "hibah.aset"),
    ("jaling bantuan prov 2 thn lalu udh rusak, siapa yg perbaiki", "hibah.aset"),
    # pendanaan.saluran_lain
    ("klo bukan kewenangan prov, dananya dr mana", "pendanaan.saluran_lain"),
    (
        "kumuh kecil di desa kami mau didanai pake apa ya",
        ("pendanaan.saluran_lain", "kewenangan.kumuh"),
    ),
    ("can we use CSR money for this?", ("pendanaan.saluran_lain", "istilah.csr")),
    (
        "usulan dialihkan, trs cari dana kmn",
        ("pendanaan.saluran_lain", "bot.ditolak_dialihkan"),
    ),
    # siklus.tahunan
    ("alur usulan setahun gmn", "siklus.tahunan"),
    ("usulan thn ini utk anggaran thn brp", "siklus.tahunan"),
    ("klo kirim usulan skrg kapan dikerjakannya", "siklus.tahunan"),
    ("yearly proposal cycle?", "siklus.tahunan"),
    # siklus.pemeriksaan
    ("usulan diperiksa apa aja sm prov", "siklus.pemeriksaan"),
    ("verifikasi usulan itu ngecek apa", ("siklus.pemeriksaan", "bot.status")),
    ("knp hrs ada survei lapangan", "siklus.pemeriksaan"),
    ("how does the province check our proposals", "siklus.pemeriksaan"),
    # siklus.rakor
    ("rakor kawasan permukiman itu acara apa", "siklus.rakor"),
    ("knp usulan hrs dibahas di rakor dulu", "siklus.rakor"),
    ("rakor thn2 sebelumnya diadakan kapan aja", "siklus.rakor"),
    ("what is the Rakor for", "siklus.rakor"),
    # siklus.rkpd_apbd
    ("stlh rakor usulan lanjut kmn", "siklus.rkpd_apbd"),
    ("udh disetujui berarti pasti dpt anggaran?", ("siklus.rkpd_apbd", "bot.status")),
    ("how is the Rakor related to the provincial Musrenbang", "siklus.rkpd_apbd"),
    # koordinasi.pokja_pkp
    ("pokja pkp tugasnya apa", ("koordinasi.pokja_pkp", "istilah.pokjapkp")),
    ("kab kami blm punya pokja pkp, perlu dibentuk?", "koordinasi.pokja_pkp"),
    # disperkimtan.kontak
    ("alamat kantor disperkimtan dmana", "disperkimtan.kontak"),
    ("where is the provincial housing office", "disperkimtan.kontak"),
    ("mau antar berkas langsung ke dinas prov, lokasinya dmn", "disperkimtan.kontak"),
    # bot.cara_pakai
    ("perintah bot ini apa aja", "bot.cara_pakai"),
    ("jam di bot ini WIB atau WITA", ("bot.cara_pakai", "istilah.wib")),
    ("daftar command", "bot.cara_pakai"),
    # bot.usul
    ("bs lampirkan pdf lewat /usul?", "bot.usul"),
    ("maks foto di /usul brp", "bot.usul"),
    ("usulan thn lalu bs disalin aja?", "bot.usul"),
    # bot.status
    ("status verifikasi artinya apa", "bot.status"),
    ("perlu perbaikan maksudnya apa, hrs ngapain", "bot.status"),
    ("dibahas di rakor brarti udh diterima?", "bot.status"),
    ("what does dialihkan mean", ("bot.status", "bot.ditolak_dialihkan")),
    # bot.ditolak_dialihkan
    ("trs klo ditolak gmn", "bot.ditolak_dialihkan"),
    ("dialihkan ke APBD kab maksudnya apa", "bot.ditolak_dialihkan"),
    ("usulan ditolak bs diajukan lg thn depan?", "bot.ditolak_dialihkan"),
    ("kada terima usulan ditolak, bs protes kah", "bot.ditolak_dialihkan"),
    # bot.tindak_lanjut
    ("how many days does the province take to respond to a proposal", "bot.tindak_lanjut"),
    ("udh seminggu blm ada respon, wajar gk", "bot.tindak_lanjut"),
    ("knp patokannya LAPOR!", ("bot.tindak_lanjut", "istilah.lapor")),
    # istilah.*
    ("perkim kepanjangannya", "istilah.perkim"),
    ("disperkimtan singkatan dr apa", "istilah.disperkimtan"),
    ("psu?", "istilah.psu"),
    ("jaling itu apa", "istilah.jaling"),
    ("drainase lingkungan maksudnya", "istilah.drainase"),
    ("KR itu apa", "istilah.kr"),
    ("KS dlm data kumuh artinya", "istilah.ks"),
    ("KB di tabel kumuh maksudnya", "istilah.kb"),
    ("sk kumuh apaan", ("istilah.skkumuh", "kumuh.penetapan")),
    ("peta delineasi gunanya utk apa", ("istilah.delineasi", "kumuh.luas_delineasi")),
    ("rtlh artinya", "istilah.rtlh"),
    ("beda rtlh sm rlh", ("istilah.rlh", "istilah.rtlh")),
    ("bedah rumah itu program apa", ("istilah.bedahrumah", "usulan.rtlh")),
    ("BSPS sama RTLH prov beda kah", ("istilah.bsps", "usulan.rtlh")),
    ("siapa yg termasuk MBR", "istilah.mbr"),
    ("rusunawa bedanya dgn rusun", ("istilah.rusunawa", "istilah.rusun")),
    ("rusus itu rumah apa", "istilah.rusus"),
    ("huntara sm huntap bedanya", ("istilah.huntara", "istilah.huntap")),
    ("KK di form maksudnya kepala keluarga?", "istilah.kk"),
    ("jiwa di isian itu jumlah orang?", "istilah.jiwa"),
    ("1 ha brp meter persegi", "istilah.ha"),
    ("DED kepanjangan", "istilah.ded"),
    ("RAB apa", "istilah.rab"),
    ("rks itu dokumen apa", "istilah.rks"),
    ("KAK sama TOR sama?", "istilah.kak"),
    ("site plan tu gambar apa", "istilah.siteplan"),
    ("RC maksudnya readiness criteria?", ("istilah.rc", "usulan.kesiapan")),
    ("BAST singkatan", "istilah.bast"),
    ("hibah dlm konteks aset itu apa", ("istilah.hibah", "hibah.aset")),
    ("difference between BMN and BMD?", ("istilah.bmn", "istilah.bmd")),
    ("O&P itu apa", "istilah.op"),
    ("spm artinya", "istilah.spm"),
    ("pokja ppas itu apa", "istilah.pokjappas"),
    ("pokja ampl", "istilah.pokjaampl"),
    ("RP3KP berlaku brp thn", "istilah.rp3kp"),
    ("bedanya rp3kp dan rp2kpkp", ("istilah.rp3kp", "istilah.rp2kpkp")),
    ("what was KOTAKU", "istilah.kotaku"),
    ("DAK tematik PPKT utk apa", "istilah.daktematikppkt"),
    ("APBN", "istilah.apbn"),
    ("apbd itu apa", "istilah.apbd"),
    ("APBDes itu dana apa", "istilah.apbdes"),
    ("bankeu prov itu apa", "istilah.bankeu"),
    ("pokir dewan bs jd jalur usulan psu?", "istilah.pokir"),
    ("musrenbang apa", "istilah.musrenbang"),
    ("RKPD singkatan", "istilah.rkpd"),
    ("renja dinas itu apa", "istilah.renja"),
    ("renstra itu brp tahun", "istilah.renstra"),
    ("rpjmd", "istilah.rpjmd"),
    ("KUA PPAS?", "istilah.kuappas"),
    ("beda rka dan dpa", ("istilah.rka", "istilah.dpa")),
    ("SIPD itu aplikasi apa", "istilah.sipd"),
    ("bapperida itu dulunya bappeda?", "istilah.bapperida"),
    ("OPD dan SKPD sama aja?", ("istilah.opd", "istilah.skpd")),
    ("SPAM dlm perkim artinya apa", "istilah.spam"),
    ("SPALD apa", "istilah.spald"),
    ("ipal", "istilah.ipal"),
    ("TPS3R singkatan dr", "istilah.tps3r"),
    ("MCK", "istilah.mck"),
    ("RDTR bedanya dgn RTRW", ("istilah.rdtr", "istilah.rtrw")),
    ("PBG pengganti IMB ya", "istilah.pbg"),
    ("SLF itu apa", "istilah.slf"),
    ("SKT itu surat apa", "istilah.skt"),
    ("clean n clear maksudnya", "istilah.cleanandclear"),
    ("CSR", "istilah.csr"),
    ("rakor singkatan", ("istilah.rakor", "siklus.rakor")),
    ("LAPOR! itu apa", "istilah.lapor"),
    ("kalteng pake WIB atau WITA", "istilah.wib"),
    ("what does backlog mean in housing", "istilah.backlog"),
    ("PKP", "istilah.pkp"),
    ("definisi permukiman kumuh", "istilah.kumuh"),
    ("dak itu dana apa", "istilah.dak"),
    ("what is a rusun", "istilah.rusun"),
]

ROUND8_INTENTS: list[tuple[str, str]] = [
    # status
    ("usulan sy udh sampai mana", "status"),
    ("cek status usulan kami", "status"),
    ("USL-2026-0003 gmn kabarnya", "status"),
    ("any update on my proposal?", "status"),
    (
        "usulan jaling desa Tumbang Talaken yg sy kirim kmrn udh diverifikasi blm",
        "status",
    ),
    ("lihat daftar usulan kab kami", "status"),
    # meeting
    ("rakor thn ini kapan", "meeting"),
    ("rapat berikutnya tgl brp", "meeting"),
    ("when is the next coordination meeting", "meeting"),
    ("rakor 2026 dimana tempatnya", "meeting"),
    ("ada jadwal rapat dgn prov dlm waktu dekat?", "meeting"),
    ("jam brp rakor besok mulai", "meeting"),
    # deadline
    ("batas akhir kirim usulan kapan", "deadline"),
    ("tenggat usulan", "deadline"),
    ("proposal deadline?", "deadline"),
    ("msh bs kirim usulan gk bln ini, takut udh ditutup", "deadline"),
    ("usulan TA 2027 ditutup tgl brp", "deadline"),
    ("paling lambat input usulan kapan kak", "deadline"),
    # greeting
    ("halo", "greeting"),
    ("pagi pak", "greeting"),
    ("makasih ya infonya", "greeting"),
    ("tabe pian", "greeting"),
    ("sy bingung hrs mulai dr mana", "greeting"),
    ("hi, I'm new here, can you help me", "greeting"),
    # how_to_submit
    ("cara kirim usulan lewat bot", "how_to_submit"),
    ("gmn ngajuin usulan di sini", "how_to_submit"),
    ("how do I submit a proposal here", "how_to_submit"),
    ("mau input usulan baru, caranya gmn", "how_to_submit"),
    ("ngusul lewat menu apa", "how_to_submit"),
    ("langkah2 masukin usulan psu di aplikasi ini", "how_to_submit"),
]

ROUND8_AREAS: list[tuple[str, str]] = [
    ("kawasan kumuh di kel. Mendawai luasnya 12,4 ha, ini ranah siapa ya", "provinsi"),
    ("delineasi di SK cuma 9,8 hektar, bs ke prov?", "kabkota"),
    ("luasnya pas 10 ha, kumuhnya kewenangan siapa", "provinsi"),
    ("tepat 15 hektare kawasan kumuhnya, siapa yg tangani", "pusat"),
    ("kumuh 14,99 ha prov atau pusat", "provinsi"),
    ("kumuh seluas 85.000 m2 di Pulang Pisau siapa yg pegang", "kabkota"),
    ("120.000 m² kawasan kumuh tepi sungai, kewenangan mana", "provinsi"),
    ("lokasi kumuh 150.000 meter persegi, ke prov bs?", "pusat"),
    ("slum area of 11.5 hectares, who is responsible", "provinsi"),
    ("our slum is 7 ha, can the province handle it?", "kabkota"),
    ("kumuh lebih dari 20 ha siapa", "pusat"),
    ("kawasan kumuh kurang dari 10 ha masuk mana", "kabkota"),
    ("sekitar 13 hektar kumuhnya, bs diusulkan ke prov?", "provinsi"),
    ("persis 10 hektare, kumuh ikut kab atau prov", "provinsi"),
    ("kumuh 9.99 ha", "kabkota"),
    ("kawasan kumuh Baamang di Sampit 16,2 ha urusan siapa", "pusat"),
    ("delineated slum area is exactly 15 hectares, province or central?", "pusat"),
    ("kumuh 100.000 m2 kewenangan?", "provinsi"),
    ("di SK tercatat 2,5 hektar kumuh, bs minta prov?", "kabkota"),
    ("SK kumuh nyebut luas 31,77 ha, kewenangan siapa", "pusat"),
    ("kumuh 14.5 ha prov kah", "provinsi"),
    ("luas 99.000 meter persegi kawasan kumuh, siapa yg tangani", "kabkota"),
    ("kumuh kurang lebih 10,5 ha di Buntok", "provinsi"),
]

ROUND8_OUT_OF_SCOPE: list[str] = [
    "kapan periode kenaikan pangkat oktober dibuka",
    "harga semen di Muara Teweh skrg brp",
    "cuaca besok di Palangka Raya hujan gk",
    "cara klaim SPPD perjalanan dinas ke Palangka Raya",
    "gaji ke-13 cair kapan",
    "wifi kantor mati dari pagi, siapa yg benerin",
    "lupa password SIPD gmn resetnya",
    "rumah dinas sy atapnya bocor, ngajuin perbaikan ke bagian umum atau kmn",
    "syarat program rutilahu pemprov jabar apa aja",
    "dress code rakor pakai batik atau PDH",
    "bs urus sertifikat tanah gratis PTSL lewat sini?",
    "ada lowongan tenaga kontrak di disperkimtan?",
    "any cheap hotel near the Disperkimtan office?",
    "tarif air PDAM Sampit per kubik brp",
    "berapa honor narasumber rakor",
    "siapa pemenang tender jaling di Kapuas thn lalu",
    "izin cuti melahirkan brp bulan",
    "hp sy gk bs buka foto di telegram, knp ya",
    "daftar lokasi kumuh yg ditangani pemprov kalsel 2024",
    "tunjangan kinerja bulan ini telat knp",
    "what's the dollar exchange rate today",
    "banjir di Kapuas kapan surutnya",
    "kontraktor jaling minta uang muka 30%, boleh gk",
    "harga rumah subsidi di Palangka Raya skrg brp",
    "jumlah penduduk Lamandau 2025 brp",
    "cara hitung volume beton utk rumah tipe 36",
]
