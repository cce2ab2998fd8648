"""Held-out question table, round 23 (written 2026-12-04).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (/tmp/topic_list.txt) and the domain briefs (docs/domain.md, shared DOMAIN.md and
DOMAIN-RESEARCH.md), plus the region CSV for place names.

Style emphasis of this round: officers newly transferred into the housing office who do not
yet know the jargon. They describe the situation in plain words instead of naming the term
("rumah warga yg udah reyot mau dibantu", "tanah punya kabupaten tapi dibangun provinsi"),
send many very short voice-typed messages with no punctuation and run-on words, and some
questions open with a sentence of context about their regency (real kecamatan/desa names
from the CSV). Casual chat abbreviations (yg, gmn, brp, udh, ga, tdk, sdh, dmn, kpn) mixed
with some formal ones. About one in ten in English.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND23_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "sy baru dipindah ke bidang perkim minggu lalu blm ngerti mana urusan kabupaten mana "
        "urusan provinsi bisa dijelasin singkat",
        "kewenangan.ringkasan",
    ),
    (
        "pembagian tugas pusat provinsi kabupaten soal rumah dan permukiman itu gmn",
        "kewenangan.ringkasan",
    ),
    ("siapangerjainapa di urusan perumahan ini mohon gambaran umumnya", "kewenangan.ringkasan"),
    (
        "I just moved to the housing office in Buntok, can you give me an overview of which "
        "level of government does what for housing and settlements?",
        "kewenangan.ringkasan",
    ),
    (
        "dasar hukum pembagian kewenangan perumahan antar level pemerintah itu uu brp",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    ("urusan perumahan itu wajib atau pilihan buat pemda", "kewenangan.urusan_wajib"),
    (
        "katanya perumahan dan kawasan permukiman termasuk urusan pelayanan dasar bener ga "
        "pasal brp",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "kampung padat di pinggir sungai mau ditata yg nentuin provinsi atau kabupaten yg "
        "ngerjain itu luasnya ya patokannya brp",
        "kewenangan.kumuh",
    ),
    ("batas luas kawasan kumuh yg bisa ditangani provinsi brp hektar", "kewenangan.kumuh"),
    (
        "Saya dari Dinas Perkim Kapuas. Di Kecamatan Selat ada beberapa kawasan kumuh. "
        "Bagaimana aturan pembagian penanganannya berdasarkan luas?",
        "kewenangan.kumuh",
    ),
    ("kampung kumuh yg kecil kecil itu tanggungjawab siapa", "kewenangan.kumuh"),
    ("kalo luasnya pas di angka sepuluh atau lima belas itu masuk mana", "kewenangan.kumuh"),
    (
        "Who is responsible for upgrading a slum area, and does it depend on its size?",
        "kewenangan.kumuh",
    ),
    ("bunyi aturan persisnya utk kumuh yg jd bagian provinsi gmn", "kewenangan.kumuh"),
    # kewenangan.kumuh_pusat
    (
        "kalo kumuhnya luas bgt lebih dr lima belas hektar provinsi ga bisa ya trus ke siapa",
        "kewenangan.kumuh_pusat",
    ),
    (
        "kawasan kumuh besar yg jd urusan pemerintah pusat itu mulai brp hektar dan aturannya "
        "udh pasti blm",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    (
        "biar kampung ga makin kumuh ada kegiatan pencegahan itu tugas provinsi jg atau "
        "kabupaten aja",
        "kewenangan.pencegahan_kumuh",
    ),
    ("pencegahan permukiman kumuh bisa diusulin ke prov ga", "kewenangan.pencegahan_kumuh"),
    # kewenangan.perumahan
    ("urusan rumahnya bukan kawasan provinsi pegang apa aja", "kewenangan.perumahan"),
    ("di sub urusan perumahan kabupaten kebagian tugas apa saja", "kewenangan.perumahan"),
    ("What does the province actually do in the housing sub-affair?", "kewenangan.perumahan"),
    # kewenangan.perumahan_pusat
    (
        "bangun rumah murah buat warga yg penghasilannya kecil itu urusan siapa bisa diusul ke "
        "provinsi",
        "kewenangan.perumahan_pusat",
    ),
    ("rumah susun buat pekerja yg bangun pusat atau provinsi", "kewenangan.perumahan_pusat"),
    # kewenangan.bencana_relokasi
    (
        "sy di perkim gumas. rumah warga di desa tumbang habaon kec tewah rusak kena banjir "
        "bandang siapa yg wajib bangun lagi",
        "kewenangan.bencana_relokasi",
    ),
    ("warga yg dipindah krn proyek pemprov rumahnya siapa yg urus", "kewenangan.bencana_relokasi"),
    (
        "kebakaran besar di kampung rumah yg hangus dibantu provinsi atau kabupaten",
        "kewenangan.bencana_relokasi",
    ),
    (
        "if villagers have to move because of a regency project who provides their new houses",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    ("pengembang mau bikin perumahan izinnya ngurus ke kabupaten atau provinsi", "kewenangan.izin"),
    ("sertifikat kepemilikan bangunan gedung itu yg nerbitin siapa", "kewenangan.izin"),
    # kewenangan.kawasan_permukiman
    (
        "sub urusan kawasan permukiman itu isinya apa aja pembagiannya per tingkat",
        "kewenangan.kawasan_permukiman",
    ),
    ("sistem kawasan permukiman nasional itu ditetapkan siapa", "kewenangan.kawasan_permukiman"),
    # kewenangan.psu
    ("jalan di dalam komplek perumahan developer rusak bisa minta provinsi ga", "kewenangan.psu"),
    ("prasarana di perumahan perumahan btn itu tanggung jawab siapa", "kewenangan.psu"),
    (
        "Mohon penjelasan, prasarana sarana utilitas untuk perumahan dan untuk permukiman itu "
        "beda kewenangannya?",
        "kewenangan.psu",
    ),
    (
        "jalan kampung di kelurahan kalampangan sabangau itu masuk prasarana permukiman kan "
        "jadi bisa ke provinsi",
        ("kewenangan.psu", "psu.lingkup_provinsi"),
    ),
    # psu.lingkup_provinsi
    (
        "provinsi kalo bangun prasarana itu bisa apa aja lampu jalan sama taman bisa",
        "psu.lingkup_provinsi",
    ),
    (
        "jalan kabupaten yg rusak depan kantor camat bisa diusulin ke disperkimtan ga",
        "psu.lingkup_provinsi",
    ),
    ("yg dikerjain provinsi itu jalan gang sama parit doang ya", "psu.lingkup_provinsi"),
    ("bangunan jalan dr provinsi bisa di desa atau cuma di kota", "psu.lingkup_provinsi"),
    # kewenangan.sertifikasi
    (
        "konsultan perencana rumah yg kecil kecil daftar sertifikasinya ke mana",
        "kewenangan.sertifikasi",
    ),
    (
        "registrasi orang yg ngerancang rumah dan prasarana itu kewenangan siapa beda per "
        "tingkat kemampuan ga",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        "standar pelayanan minimal bidang perumahan isinya apa targetnya brp persen",
        "kewenangan.spm",
    ),
    ("layanan dasar perumahan yg wajib dipenuhi provinsi menurut spm apa aja", "kewenangan.spm"),
    # kumuh.luas_delineasi
    (
        "luas kumuh yg dipake itu luas desanya atau luas yg digaris di peta sk",
        "kumuh.luas_delineasi",
    ),
    (
        "desa kami luasnya ratusan hektar tp yg kumuh cuma sebagian ngitung kewenangannya pake "
        "luas yg mana",
        "kumuh.luas_delineasi",
    ),
    (
        "Which area counts when deciding who handles a slum: the whole village or something else?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    ("yg netapin suatu lokasi itu kumuh atau ga siapa bupati", "kumuh.penetapan"),
    ("keputusan penetapan lokasi kumuh kab kami terbit 2019 hrs diperbarui ga", "kumuh.penetapan"),
    ("penetapan lokasi kumuh itu isinya apa aja ada petanya jg?", "kumuh.penetapan"),
    # kumuh.aspek
    ("suatu kawasan dibilang kumuh itu dilihat dr apa aja", "kumuh.aspek"),
    ("tujuh aspek kumuh itu apa aja sih", "kumuh.aspek"),
    ("What are the criteria used to judge whether a neighbourhood is a slum?", "kumuh.aspek"),
    # kumuh.penilaian
    ("skor kumuh maksimal brp dan brp yg masuk kumuh berat", "kumuh.penilaian"),
    ("nilai kekumuhan lokasi kami 65 itu termasuk parah ga", "kumuh.penilaian"),
    # kumuh.tingkat_sedang_ringan
    ("kumuh ringan sama sedang itu rentang nilainya brp", "kumuh.tingkat_sedang_ringan"),
    ("lokasi kami skornya 30an masuk kategori apa", "kumuh.tingkat_sedang_ringan"),
    # kumuh.pola_penanganan
    (
        "kampung kumuh di tanah yg bukan hak warga penanganannya gmn dipindah?",
        "kumuh.pola_penanganan",
    ),
    ("pemugaran peremajaan sama pemukiman kembali bedanya apa", "kumuh.pola_penanganan"),
    ("cara nanganin kumuh ringan yg tanahnya legal itu apa namanya", "kumuh.pola_penanganan"),
    # kumuh.kalteng
    ("ada brp lokasi kumuh se kalteng total luasnya brp", "kumuh.kalteng"),
    ("kumuh di kalteng kebanyakan di mana kabupaten mana paling banyak", "kumuh.kalteng"),
    # usulan.isi
    ("sy baru pegang usulan ke provinsi yg hrs diisi di usulan itu apa aja", "usulan.isi"),
    (
        "isian usulan kegiatan ke disperkimtan apa aja dan kenapa ditanya jumlah kk segala",
        "usulan.isi",
    ),
    (
        "Kami dari Perkim Palangka Raya mau usul perbaikan jalan di Kelurahan Tangkiling, "
        "Kecamatan Bukit Batu. Data apa saja yang perlu disiapkan?",
        "usulan.isi",
    ),
    ("What information does a proposal to the province need to contain?", "usulan.isi"),
    (
        "kenapa usulan nanya sektor air minum sanitasi sampah segala padahal sy cuma usul jalan",
        "usulan.isi",
    ),
    ("datausulanyangwajibdiisi apa aja", "usulan.isi"),
    # usulan.jenis
    ("jenis usulan yg bisa diajukan ke provinsi apa aja", "usulan.jenis"),
    ("selain jalan sama saluran air bisa ngusulin apa lagi ke prov", "usulan.jenis"),
    ("kalo usulannya bukan kumuh bukan jalan bukan rumah ada pilihan lain ga", "usulan.jenis"),
    # usulan.lokasi
    ("lokasi usulan diisi sampe mana kecamatan desa perlu titik koordinat?", "usulan.lokasi"),
    (
        "nama lokasi di usulan kumuh hrs sama persis dgn yg di sk?",
        ("usulan.lokasi", "usulan.sk_kumuh"),
    ),
    (
        "lokasinya di desa sei teras kec kapuas kuala itu perkotaan atau perdesaan pengaruh ga "
        "ke usulan",
        ("usulan.lokasi", "psu.lingkup_provinsi"),
    ),
    ("perlu ga nyantumin titik gps lokasi", "usulan.lokasi"),
    # usulan.penerima_biaya
    ("jumlah penerima manfaat diisi pake kk atau jiwa atau dua2nya", "usulan.penerima_biaya"),
    ("biaya usulan ditulis perkiraan aja? sumber dananya pilih apa", "usulan.penerima_biaya"),
    ("boleh ga dananya campuran provinsi sama kabupaten", "usulan.penerima_biaya"),
    (
        "How do I fill in the beneficiaries and estimated cost in a proposal?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    ("dokumen kesiapan apa aja yg dilihat provinsi sblm usulan diterima", "usulan.kesiapan"),
    ("biar usulan dianggap siap dikerjain kelengkapan apa aja yg hrs ada", "usulan.kesiapan"),
    (
        "usulan jalan lingkungan dr desa kami blm ada gambar blm ada hitungan biaya masih bisa "
        "diusul",
        "usulan.kesiapan",
    ),
    ("kalo usulan jalan dan saluran syarat kesiapannya apa aja", "usulan.kesiapan"),
    (
        "sy di dinas perkim seruyan kabid minta sy cek kelengkapan usulan sblm dikirim apa aja "
        "yg biasanya diminta prov",
        "usulan.kesiapan",
    ),
    (
        "Which readiness documents does the province expect before it funds a project?",
        "usulan.kesiapan",
    ),
    ("surat dr bupati perlu dilampirin ga di usulan", "usulan.kesiapan"),
    # usulan.lahan
    ("tanah buat bangun jalannya punya warga blm sertifikat bisa ga", "usulan.lahan"),
    ("tanahnya hrs bersih masalah gmn maksudnya syaratnya apa aja", "usulan.lahan"),
    ("lahan lokasi usulan masih sengketa sama desa sebelah usulan tetap jalan?", "usulan.lahan"),
    ("status tanah di usulan pilihannya apa aja", "usulan.lahan"),
    # usulan.sk_kumuh
    ("usulan kumuh wajib nyantumin nomor sama tanggal sk ga", "usulan.sk_kumuh"),
    ("lokasinya ga ada di daftar sk kumuh kab masih bisa diusulkan ke prov?", "usulan.sk_kumuh"),
    ("sk kumuh kami umurnya udh 6 tahun pengaruh ga ke usulan", "usulan.sk_kumuh"),
    # usulan.dokumen_teknis
    ("gambar rencana sama hitungan biaya hrs dilampirin ga", "usulan.dokumen_teknis"),
    ("foto kondisi sekarang perlu dilampirin? dokumen teknis apa lg", "usulan.dokumen_teknis"),
    ("rencana kerja dan syarat syarat teknis wajib buat usulan?", "usulan.dokumen_teknis"),
    # usulan.surat_pernyataan
    (
        "kabupaten hrs bikin surat siap nerima bangunan dan ngerawatnya ya itu surat apa",
        "usulan.surat_pernyataan",
    ),
    (
        "Apakah surat pernyataan kesediaan menerima hibah dan O&P wajib dilampirkan?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    ("rumah warga yg udh reyot mau dibantu lewat provinsi syaratnya apa", "usulan.rtlh"),
    (
        "ada nenek di desa tumbang talaken kec manuhing rumahnya hampir roboh tanahnya blm ada "
        "surat bisa dibantu provinsi",
        "usulan.rtlh",
    ),
    ("bisa ga minta provinsi bangunin rumah baru buat warga yg blm punya rumah", "usulan.rtlh"),
    ("penerima bantuan perbaikan rumah dr provinsi ditetapkan pake apa", "usulan.rtlh"),
    (
        "Can the province help repair a poor family's run-down house, and what are the conditions?",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "warga rt 05 minta jalan gang disemen mereka bisa langsung ngajuin ke provinsi?",
        "usulan.psu_masyarakat",
    ),
    ("permohonan jalan dr warga hrs diketahui siapa aja", "usulan.psu_masyarakat"),
    # hibah.aset
    ("tanah punya kabupaten tapi dibangun provinsi abis jadi itu punya siapa", "hibah.aset"),
    ("stlh jalan selesai dibangun prov yg ngerawat siapa", "hibah.aset"),
    ("serah terima bangunan dr provinsi ke kabupaten itu kapan dan pake dokumen apa", "hibah.aset"),
    ("aset hasil pembangunan provinsi di kabupaten dicatat sbg aset siapa", "hibah.aset"),
    (
        "drainase yg dibangun provinsi di kelurahan pahandut thn lalu rusak perbaikannya "
        "tanggung jawab siapa",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "kalo usulan kami bukan kewenangan provinsi dananya bisa dicari dr mana",
        "pendanaan.saluran_lain",
    ),
    (
        "di desa pulau telo baru ada kumuh kecil ga bisa ke prov alternatif pendanaannya apa",
        "pendanaan.saluran_lain",
    ),
    ("selain apbd prov ada sumber dana lain ga buat nangani kumuh", "pendanaan.saluran_lain"),
    ("bisa pake dana desa ga buat jalan lingkungan kalo prov ga bisa", "pendanaan.saluran_lain"),
    (
        "If the province won't fund our project, what other funding sources can we try?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    ("alur usulan ke provinsi dlm setahun itu gmn dr awal sampe dapet anggaran", "siklus.tahunan"),
    ("usulan yg sy kirim tahun ini dikerjain tahun brp", "siklus.tahunan"),
    ("sy baru di bidang ini tiap tahun tahapan usulan ke prov kayak apa", "siklus.tahunan"),
    ("How does the yearly proposal cycle with the province work?", "siklus.tahunan"),
    ("ngusulin ke prov itu buat anggaran tahun depan ya bukan tahun ini", "siklus.tahunan"),
    # siklus.pemeriksaan
    ("provinsi ngecek usulan kami dr sisi apa aja", "siklus.pemeriksaan"),
    ("ada yg turun ngecek lapangan ga dr provinsi sblm usulan diputus", "siklus.pemeriksaan"),
    ("usulan kami diperiksa kewenangannya jg? maksudnya gmn", "siklus.pemeriksaan"),
    # siklus.rakor
    ("rapat koordinasi tahunan bidang kawasan permukiman itu apa siapa yg ikut", "siklus.rakor"),
    ("rapat tahunan sama provinsi itu tiap tahun tanggalnya sama ga", "siklus.rakor"),
    ("tujuan rapat sinkronisasi itu apa buat kabupaten", "siklus.rakor"),
    ("What is the Rakor and why should our regency attend?", "siklus.rakor"),
    # siklus.rkpd_apbd
    ("stlh rapat koordinasi usulan kami lanjut ke mana sampe jadi anggaran", "siklus.rkpd_apbd"),
    ("usulan yg disetujui masuk dokumen perencanaan apa di provinsi", "siklus.rkpd_apbd"),
    ("hubungan rakor sama musrenbang provinsi apa", "siklus.rkpd_apbd"),
    # koordinasi.pokja_pkp
    (
        "kelompok kerja perumahan dan permukiman di daerah itu tugasnya apa dasar hukumnya apa",
        "koordinasi.pokja_pkp",
    ),
    (
        "kab barito timur kayaknya blm punya tim kerja lintas dinas soal perumahan perlu "
        "dibentuk ga fungsinya apa",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    ("kantor dinas perumahan provinsi alamatnya dmn", "disperkimtan.kontak"),
    ("dinas provinsi yg ngurus perumahan namanya apa lengkapnya", "disperkimtan.kontak"),
    # bot.cara_pakai
    ("perintah perintah di bot ini apa aja daftarnya", "bot.cara_pakai"),
    ("jam di bot ini pake wib atau wita", "bot.cara_pakai"),
    ("Which time zone do the bot's reminders use?", "bot.cara_pakai"),
    # bot.usul
    ("pas ngisi form usulan di bot bisa disimpan dulu trus lanjut besok?", "bot.usul"),
    ("foto lokasi di form usulan maksimal brp pdf bisa dilampirin?", "bot.usul"),
    ("bisa copy usulan tahun lalu biar ga ngetik ulang?", "bot.usul"),
    # bot.status
    ("status usulan perlu perbaikan artinya apa", "bot.status"),
    ("bedanya verifikasi sama dibahas di rakor di status usulan", "bot.status"),
    ("If a proposal shows 'disetujui', can that still change?", "bot.status"),
    # bot.ditolak_dialihkan
    (
        "usulan ditolak alasannya bukan kewenangan provinsi trus sy hrs ngapain",
        "bot.ditolak_dialihkan",
    ),
    ("usulan kami dilempar ke apbd kab itu maksudnya gmn", "bot.ditolak_dialihkan"),
    ("kalo udh ditolak bisa diajukan ulang ga", "bot.ditolak_dialihkan"),
    # bot.tindak_lanjut
    ("normalnya brp hari kerja provinsi nindaklanjutin usulan yg masuk", "bot.tindak_lanjut"),
    ("patokan 3 hari kerja itu aturan dinas atau cuma standar bot", "bot.tindak_lanjut"),
    # bot.rapat
    ("kalo sy ga bisa datang rapat bisa diwakilin temen ga lewat bot", "bot.rapat"),
    ("pengingat rapat dikirim kapan aja", "bot.rapat"),
    ("gmn konfirmasi hadir undangan rapat di bot", "bot.rapat"),
    # istilah.perkim
    ("perkim itu singkatan dr apa", "istilah.perkim"),
    # istilah.disperkimtan
    ("disperkimtan kepanjangannya apa beda sama disperkim?", "istilah.disperkimtan"),
    # istilah.psu
    ("dr tadi disebut psu psu itu apa sih", "istilah.psu"),
    ("What does PSU stand for?", "istilah.psu"),
    # istilah.jaling
    ("td kabid bilang jaling jaling itu apa", "istilah.jaling"),
    # istilah.drainase
    ("drainase lingkungan maksudnya saluran air yg kayak gmn", "istilah.drainase"),
    # istilah.kr
    ("di tabel kumuh ada kode KR itu apa", "istilah.kr"),
    # istilah.ks
    ("KS di data kumuh singkatan apa", "istilah.ks"),
    # istilah.kb
    ("KB di laporan kumuh bukan keluarga berencana kan apa itu", "istilah.kb"),
    # istilah.skkumuh
    ("sk kumuh itu surat apa", "istilah.skkumuh"),
    # istilah.delineasi
    ("delineasi itu artinya apa", "istilah.delineasi"),
    # istilah.rtlh
    ("rtlh kepanjangannya", "istilah.rtlh"),
    # istilah.rlh
    ("rlh itu apa kebalikan rtlh?", "istilah.rlh"),
    # istilah.bedahrumah
    ("bedah rumah itu istilah resmi atau sebutan aja", "istilah.bedahrumah"),
    # istilah.bsps
    ("bsps itu program apa", "istilah.bsps"),
    # istilah.mbr
    ("MBR singkatan dari apa", "istilah.mbr"),
    # istilah.rusunawa
    ("rusunawa itu apa", "istilah.rusunawa"),
    # istilah.rusus
    ("rusus itu rumah apa", "istilah.rusus"),
    # istilah.huntara
    ("huntara artinya", "istilah.huntara"),
    # istilah.huntap
    ("huntap itu apa", "istilah.huntap"),
    # istilah.kk
    ("kk di form itu kartu keluarga atau kepala keluarga", "istilah.kk"),
    # istilah.jiwa
    ("jumlah jiwa itu maksudnya jumlah orang ya", "istilah.jiwa"),
    # istilah.ha
    ("ha itu satuan apa satu ha brp meter persegi", "istilah.ha"),
    # istilah.ded
    ("ded itu apa", "istilah.ded"),
    ("What is a DED?", "istilah.ded"),
    # istilah.rab
    ("rab kepanjangannya apa", "istilah.rab"),
    # istilah.rks
    ("RKS itu dokumen apa", "istilah.rks"),
    # istilah.kak
    ("kak atau tor itu apa", "istilah.kak"),
    # istilah.siteplan
    ("site plan itu gambar apa", "istilah.siteplan"),
    # istilah.rc
    ("rc dlm usulan maksudnya apa", "istilah.rc"),
    # istilah.bast
    ("bast singkatan apa", "istilah.bast"),
    # istilah.hibah
    ("hibah itu artinya apa dlm urusan aset", "istilah.hibah"),
    # istilah.bmd
    ("bmd itu apa", "istilah.bmd"),
    # istilah.bmn
    ("BMN kepanjangannya", "istilah.bmn"),
    # istilah.op
    ("O&P artinya apa", "istilah.op"),
    # istilah.spm
    ("spm singkatan apa", "istilah.spm"),
    # istilah.pokjapkp
    ("pokja pkp kepanjangannya apa", "istilah.pokjapkp"),
    # istilah.pokjappas
    ("pokja ppas itu apa", "istilah.pokjappas"),
    # istilah.pokjaampl
    ("ampl di pokja ampl singkatan apa", "istilah.pokjaampl"),
    # istilah.rp3kp
    ("rp3kp itu dokumen apa", "istilah.rp3kp"),
    # istilah.rp2kpkp
    ("rp2kpkp itu rencana apa", "istilah.rp2kpkp"),
    # istilah.kotaku
    ("kotaku itu program apa masih ada?", "istilah.kotaku"),
    # istilah.daktematikppkt
    ("dak tematik ppkt itu apa", "istilah.daktematikppkt"),
    # istilah.apbn
    ("apbn singkatannya apa", "istilah.apbn"),
    # istilah.apbd
    ("apbd itu apa", "istilah.apbd"),
    # istilah.apbdes
    ("apbdes itu dana desa ya?", "istilah.apbdes"),
    # istilah.bankeu
    ("bankeu itu apa", "istilah.bankeu"),
    # istilah.pokir
    ("pokir dewan itu apa", "istilah.pokir"),
    # istilah.musrenbang
    ("musrenbang singkatan apa", "istilah.musrenbang"),
    # istilah.rkpd
    ("rkpd itu apa", "istilah.rkpd"),
    # istilah.renja
    ("renja itu dokumen apa", "istilah.renja"),
    # istilah.renstra
    ("renstra kepanjangannya", "istilah.renstra"),
    # istilah.rpjmd
    ("rpjmd itu apa", "istilah.rpjmd"),
    # istilah.kuappas
    ("kua ppas itu apa", "istilah.kuappas"),
    # istilah.rka
    ("rka singkatan dr apa", "istilah.rka"),
    # istilah.dpa
    ("dpa itu apa", "istilah.dpa"),
    # istilah.sipd
    ("sipd itu sistem apa", "istilah.sipd"),
    # istilah.bapperida
    ("bapperida itu badan apa", "istilah.bapperida"),
    # istilah.opd
    ("opd maksudnya apa", "istilah.opd"),
    # istilah.skpd
    ("skpd itu singkatan apa", "istilah.skpd"),
    # istilah.spam
    ("spam di dokumen perencanaan itu bukan spam email kan apa itu", "istilah.spam"),
    # istilah.spald
    ("spald itu apa", "istilah.spald"),
    # istilah.ipal
    ("What is an IPAL?", "istilah.ipal"),
    # istilah.tps3r
    ("tps3r itu apa", "istilah.tps3r"),
    # istilah.mck
    ("mck kepanjangannya", "istilah.mck"),
    # istilah.rtrw
    ("rtrw itu bukan rt rw kan apa itu", "istilah.rtrw"),
    # istilah.rdtr
    ("rdtr itu apa", "istilah.rdtr"),
    # istilah.pbg
    ("pbg itu pengganti imb ya apa singkatannya", "istilah.pbg"),
    # istilah.slf
    ("slf itu sertifikat apa", "istilah.slf"),
    # istilah.skbg
    ("skbg kepanjangannya apa", "istilah.skbg"),
    # istilah.skt
    ("skt itu surat apa yg dr desa itu?", "istilah.skt"),
    # istilah.cleanandclear
    ("clean and clear itu maksudnya apa", "istilah.cleanandclear"),
    # istilah.csr
    ("csr itu dana apa", "istilah.csr"),
    # istilah.rakor
    ("rakor singkatan apa", "istilah.rakor"),
    # istilah.lapor
    ("LAPOR! itu apa", "istilah.lapor"),
    # istilah.wib
    ("What does WIB mean?", "istilah.wib"),
    # istilah.backlog
    ("backlog perumahan itu apa artinya", "istilah.backlog"),
    # istilah.pkp
    ("pkp di bidang kami singkatan apa bukan pajak kan", "istilah.pkp"),
    # istilah.kumuh
    ("kumuh itu definisinya apa sih secara aturan", "istilah.kumuh"),
    # istilah.dak
    ("dak itu dana apa", "istilah.dak"),
    # istilah.rusun
    ("What is a rusun?", "istilah.rusun"),
]

ROUND23_INTENTS: list[tuple[str, str]] = [
    # status
    ("usulan sy gmn statusnya", "status"),
    ("usulan jalan di desa sei teras udh sampe mana", "status"),
    ("cek status USL-2026-0014 dong", "status"),
    ("usulanku udh diverifikasi blm", "status"),
    ("What's the status of my proposals?", "status"),
    ("liat usulan2 kabupaten kami yg udh masuk", "status"),
    # meeting
    ("rakor tahun ini kpn", "meeting"),
    ("rapat berikutnya dmn dan jam brp", "meeting"),
    ("ada jadwal rapat ga dlm waktu dekat", "meeting"),
    ("Kapan Rakor Sinkronisasi Bidang Kawasan Permukiman 2026 dilaksanakan?", "meeting"),
    ("When is the next coordination meeting?", "meeting"),
    ("rakornya nanti di aula disperkimtan lagi atau di hotel", "meeting"),
    # deadline
    ("batas akhir kirim usulan kpn", "deadline"),
    ("usulan tahun ini ditutup tgl brp", "deadline"),
    ("masih bisa ngusul ga atau udh tutup", "deadline"),
    ("deadline usulan ta 2027 kapan", "deadline"),
    ("What's the deadline for proposals this year?", "deadline"),
    ("sisa brp hari lg pengiriman usulan ditutup", "deadline"),
    # greeting
    ("halo", "greeting"),
    ("selamat pagi pak", "greeting"),
    ("makasih ya infonya", "greeting"),
    ("bot ini bisa bantu apa aja", "greeting"),
    ("hi there", "greeting"),
    ("assalamualaikum sy pegawai baru di perkim katingan", "greeting"),
    # how_to_submit
    ("gmn cara ngirim usulan lewat bot ini", "how_to_submit"),
    ("mau ngajuin usulan caranya gmn", "how_to_submit"),
    ("sy mau input usulan baru mulai dr mana", "how_to_submit"),
    ("How do I submit a proposal here?", "how_to_submit"),
    ("kirimusulan pake perintah apa", "how_to_submit"),
    ("caranya masukin usulan jalan lingkungan ke sistem ini gmn", "how_to_submit"),
]

ROUND23_AREAS: list[tuple[str, str]] = [
    ("kawasan kumuh di kelurahan mendawai luasnya 8 ha siapa yg tangani", "kabkota"),
    ("kumuh 12,5 hektar di selat hilir kewenangan siapa", "provinsi"),
    ("luas delineasinya pas 15 ha itu provinsi atau pusat", "pusat"),
    ("tepat 10 hektare masuk mana", "provinsi"),
    ("kawasan kumuh 9,99 ha siapa yg pegang", "kabkota"),
    ("kumuh 14,99 hektar siapa yg tangani", "provinsi"),
    ("The slum area is 16.2 hectares, who handles it?", "pusat"),
    ("luasnya 95.000 m2 kewenangan kab atau prov", "kabkota"),
    ("kumuh 120.000 meter persegi di baamang siapa yg nangani", "provinsi"),
    ("kawasan kumuh 150.000 m² urusan siapa", "pusat"),
    ("kawasan kumuhnya lebih dari 15 hektar siapa yg tangani", "pusat"),
    ("kumuh kurang dari 10 ha itu kewenangan siapa", "kabkota"),
    ("luasnya di atas 10 ha tapi di bawah 15 ha masuk mana", "provinsi"),
    ("kumuh 3 hektar di desa tumbang talaken siapa yg urus", "kabkota"),
    ("luasnya 22 hektare kumuh siapa", "pusat"),
    ("kumuh 10,5 ha bisa ke prov?", "provinsi"),
    ("kumuh cuma 0,8 ha kewenangan siapa", "kabkota"),
    ("A slum of 11.75 ha in Palangka Raya: is it the province's job?", "provinsi"),
    ("luas kumuh di sk 31,77 ha siapa yg nangani", "pusat"),
    ("kumuh 7.5 hektar di kec pahandut kewenangan siapa", "kabkota"),
    ("delineasi kumuh 13 hektar di baamang tengah siapa yg tangani", "provinsi"),
    ("kawasan kumuh 75,87 ha di kotim itu urusan siapa", "pusat"),
    ("kumuhnya di bawah 10 hektar cuma 6 ha", "kabkota"),
    ("kumuh 149.000 m2 masuk kewenangan mana", "provinsi"),
    ("slum area of 9 hectares, who is responsible?", "kabkota"),
    ("kumuh 10 ha lebih dikit 10,2 hektare siapa", "provinsi"),
]

ROUND23_OUT_OF_SCOPE: list[str] = [
    "cuaca di palangka raya besok hujan ga",
    "skor persib semalam brp",
    "resep ikan patin bakar gmn",
    "brp pagu anggaran disperkimtan tahun 2027 buat jalan lingkungan",
    "harga satuan jalan beton per meter di kapuas brp",
    "siapa pemenang tender drainase di sampit tahun lalu",
    "minta no hp kabid kawasan permukiman provinsi",
    "syarat bantuan bedah rumah di provinsi kalsel apa aja",
    "sipd sy error ga bisa input sub kegiatan gmn",
    "kpn pengumuman mutasi pegawai dinas perkim",
    "tebal cor beton jalan lingkungan standarnya brp cm",
    "ukuran u-ditch buat saluran lingkungan yg standar brp",
    "brp besar tunjangan kinerja pns pemprov kalteng",
    "brp unit rumah yg dibedah di katingan tahun 2025",
    "kontraktor yg ngerjain jalan lingkungan di tumbang talaken siapa",
    "gaji honorer di dinas perkim brp",
    "pergub kaltim tentang psu perumahan nomor brp",
    "cara hitung rab pake analisa harga satuan sni gmn",
    "email kepala dinas disperkimtan apa",
    "syarat daftar cpns tahun ini apa aja",
    "nilai bantuan bsps per rumah tahun ini brp juta",
    "What was the total provincial housing budget for 2026?",
    "Who won the contract for the rusunawa in Palangka Raya?",
    "lupa password akun e-monitoring dak gmn resetnya",
    "harga tanah per meter di jalan tjilik riwut brp",
    "pipa hdpe buat spam diameter brp yg dipake",
    "kpn pencairan dana desa tahap 2",
    "kantor disperkimtan buka ga hari sabtu",
]
