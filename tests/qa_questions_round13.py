"""Held-out question table, round 13.

Written on 2026-12-04 by someone who had not seen the knowledge base, its
paraphrases or any other question table; only the topic list (ids and
titles) and the domain briefs were read.

Style emphasis of this round: questions as officers really type them on a
cheap phone, mostly chat Indonesian with abbreviations and typos, run-on
messages that give context first, some formal letter-style Indonesian, some
Banjar, about one in ten in English, a few very short ones. This round puts
the people around the officers in front: village heads (kepala desa, lurah,
pambakal), Bappeda planners, DED consultants, a camat's staff, a new kabid;
plus code-switching (Indonesian and English in one sentence) and questions
asking for the reason or legal basis behind a rule.

This is a held-out evaluation set: never read it or use it for tuning the
bot, its knowledge base or its paraphrases.
"""

ROUND13_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "pak sy kabid baru di perkim kab seruyan, blm paham pembagian urusan "
        "perkim antara pusat prov kab. bisa dijelasin singkat gak siapa ngerjain apa",
        "kewenangan.ringkasan",
    ),
    (
        "I'm a consultant new to Kalteng, who does what in housing and "
        "settlements between central govt, province and regency?",
        "kewenangan.ringkasan",
    ),
    ("pembagian kewenangan perkim", "kewenangan.ringkasan"),
    (
        "ulun staf bappeda barut, handak tahu urusan perumahan wan permukiman "
        "itu dibagi kaya apa antara provinsi lawan kabupaten",
        "kewenangan.ringkasan",
    ),
    (
        "Mohon penjelasan mengenai dasar hukum pembagian kewenangan bidang "
        "perumahan dan kawasan permukiman antara Pemerintah Pusat, Provinsi "
        "dan Kabupaten/Kota.",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "min perumahan itu masuk urusan wajib atau pilihan sih? ditanya pak sekda td",
        "kewenangan.urusan_wajib",
    ),
    (
        "is housing a mandatory basic service affair under UU 23/2014?",
        "kewenangan.urusan_wajib",
    ),
    (
        "sy perencana bappeda, knp perkim digolongkan urusan wajib pelayanan "
        "dasar? apa konsekuensinya buat daerah",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "kawasan kumuh itu yg nangani siapa sih, kab atau prov? tergantung luasnya kah",
        "kewenangan.kumuh",
    ),
    (
        "dasar hukumnya apa provinsi cuma nangani kumuh yg 10 sampai di bawah 15 ha",
        "kewenangan.kumuh",
    ),
    (
        "knp kumuh yg kecil2 gak bisa diusulkan ke provinsi? bupati kami nanya alasannya",
        "kewenangan.kumuh",
    ),
    ("who handles slum areas, is it based on the size?", "kewenangan.kumuh"),
    (
        "ulun kades di kapuas, kampung ulun masuk kumuh. siapa nang kawa "
        "menangani, kabupaten kah provinsi?",
        "kewenangan.kumuh",
    ),
    ("batas luas kumuh kewenangan prov", "kewenangan.kumuh"),
    # kewenangan.kumuh_pusat
    (
        "kumuh yg lebih dr 15 ha itu kewenangan siapa ya? bisa ke prov gak",
        "kewenangan.kumuh_pusat",
    ),
    (
        "lokasi kumuh kami di sampit luasnya gede banget di atas 15 hektar, "
        "yg handle pusat ya pak? kementerian mana",
        "kewenangan.kumuh_pusat",
    ),
    (
        "slum area diatas 15 ha itu central govt responsibility kan? trus funding nya dari mana",
        ("kewenangan.kumuh_pusat", "pendanaan.saluran_lain"),
    ),
    # kewenangan.pencegahan_kumuh
    (
        "pencegahan kumuh itu tugas siapa? bs minta bantuan provinsi gk",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "sy lurah, warga mulai bangun rumah rapat2 di bantaran sungai. biar "
        "gak jd kumuh siapa yg harus turun tangan, kab atau prov",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "slum prevention program, is that province or regency job?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "kewenangan provinsi di sub urusan perumahan apa aja sih",
        "kewenangan.perumahan",
    ),
    (
        "kabid baru nih, urusan perumahan yg jd tugas kab/kota apa aja, yg prov apa aja",
        "kewenangan.perumahan",
    ),
    (
        "apa dasar hukumnya provinsi cuma nanganin rumah korban bencana "
        "provinsi sama relokasi program provinsi",
        ("kewenangan.perumahan", "kewenangan.bencana_relokasi"),
    ),
    # kewenangan.perumahan_pusat
    (
        "rumah utk MBR itu kewenangan siapa? pemda boleh bangun gak",
        "kewenangan.perumahan_pusat",
    ),
    (
        "bupati pengen ada rusun buat pekerja, yg bangun rusun siapa min? bisa diusulkan ke prov?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "pembiayaan perumahan buat MBR itu domain pusat ya, bukan prov?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "desa kami kena banjir besar, bbrp rumah hanyut. sy kades, rumah "
        "korban bencana itu siapa yg bangunin?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "warga kami direlokasi krn proyek jalan provinsi, yg wajib fasilitasi rumahnya siapa ya",
        "kewenangan.bencana_relokasi",
    ),
    (
        "kebakaran di kec. baamang, 20 rumah habis, statusnya bencana "
        "kabupaten. bisa minta prov bangunkan rumahnya gk",
        "kewenangan.bencana_relokasi",
    ),
    (
        "if it's declared a national disaster, who rebuilds the victims' houses?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "izin pembangunan perumahan developer itu diurus di mana, prov atau kab",
        "kewenangan.izin",
    ),
    ("SKBG terbitnya di mana ya", "kewenangan.izin"),
    (
        "sy konsultan, developer klien sy mau izin pengembangan kawasan "
        "permukiman, yg nerbitin izinnya siapa",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "sub urusan kawasan permukiman itu isinya apa aja utk provinsi",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "penetapan sistem kawasan permukiman itu kewenangan siapa",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "apa bedanya urusan kawasan permukiman sama urusan perumahan, sy sering ketuker",
        ("kewenangan.kawasan_permukiman", "kewenangan.ringkasan"),
    ),
    # kewenangan.psu
    (
        "PSU perumahan sama PSU permukiman beda kewenangan ya? jelasin dong",
        "kewenangan.psu",
    ),
    (
        "jalan di dalam komplek perumahan developer udh rusak, warga minta "
        "kami usul ke prov. bisa gak?",
        "kewenangan.psu",
    ),
    ("knp PSU perumahan gk bisa diusulkan ke provinsi", "kewenangan.psu"),
    ("psu permukiman kewenangan siapa", "kewenangan.psu"),
    # psu.lingkup_provinsi
    (
        "psu apa aja yg dibangun disperkimtan? cuma jalan lingkungan & drainase kah",
        "psu.lingkup_provinsi",
    ),
    (
        "bisa gak prov bangun drainase di pinggir jalan kabupaten depan kantor camat",
        "psu.lingkup_provinsi",
    ),
    (
        "mau usul pembangunan jalan baru penghubung antar desa, masuk psu prov gak",
        "psu.lingkup_provinsi",
    ),
    (
        "does the province build PSU in rural villages or only in urban areas?",
        "psu.lingkup_provinsi",
    ),
    (
        "ulun handak usul MCK umum wan sumur bor lewat psu provinsi, kawa kah?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "sertifikasi perancang rumah dan perencana PSU itu siapa yg keluarkan",
        "kewenangan.sertifikasi",
    ),
    (
        "konsultan perencana kecil mau registrasi sbg perencana psu, ke kab apa ke prov",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    ("SPM perumahan utk provinsi itu apa aja jenis layanannya", "kewenangan.spm"),
    (
        "dasar hukum SPM bidang perumahan rakyat apa ya, PP brp sama permen brp",
        "kewenangan.spm",
    ),
    (
        "target capaian spm rumah korban bencana itu brp persen? mau isi laporan spm",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "luas kumuh itu dihitung dr luas desa atau luas delineasi di SK?",
        "kumuh.luas_delineasi",
    ),
    (
        "kelurahan kami luas bgt tp yg kumuh cuma sebagian, luas yg dipake "
        "buat nentuin kewenangan yg mana",
        "kumuh.luas_delineasi",
    ),
    (
        "kalau dalam SK ada bbrp lokasi kumuh yg bersebelahan, luasnya digabung gak?",
        "kumuh.luas_delineasi",
    ),
    (
        "which area counts for the slum threshold, the whole kelurahan or the mapped delineation?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    ("who yg approve SK kumuh? bupati atau gubernur", "kumuh.penetapan"),
    (
        "SK kumuh kami udh terbit 2018, apa hrs direview? brp taun sekali",
        "kumuh.penetapan",
    ),
    (
        "yg netapin lokasi kumuh siapa pak, bisa gak provinsi yg netapin",
        "kumuh.penetapan",
    ),
    ("dasar hukum penetapan lokasi kumuh oleh bupati apa", "kumuh.penetapan"),
    ("SK kumuh itu isinya apa aja, perlu peta sebaran gak", "kumuh.penetapan"),
    (
        "ulun lurah, kaya apa caranya kampung ulun dimasukkan ke SK kumuh?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    ("kriteria kumuh ada brp aspek? apa aja", "kumuh.aspek"),
    (
        "sy konsultan lg nyusun baseline kumuh, 7 aspek itu apa aja ya, proteksi kebakaran masuk?",
        "kumuh.aspek",
    ),
    (
        "what criteria are used to decide that a settlement is a slum?",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    ("skor kumuh berat itu minimal brp nilainya", "kumuh.penilaian"),
    (
        "cara ngitung nilai kekumuhan gmn, tiap kriteria dikasih skor brp",
        "kumuh.penilaian",
    ),
    (
        "kalau tingkat kumuhnya berat apa otomatis jd kewenangan provinsi?",
        ("kumuh.penilaian", "kewenangan.kumuh"),
    ),
    # kumuh.tingkat_sedang_ringan
    (
        "rentang nilai kumuh sedang sama kumuh ringan brp ya",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "skor penilaian lokasi kami 35, itu masuk kumuh ringan atau sedang?",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        "bedanya pemugaran, peremajaan, sama pemukiman kembali apa",
        "kumuh.pola_penanganan",
    ),
    (
        "kumuh di tanah ilegal bantaran sungai, penanganannya pakai pola apa",
        "kumuh.pola_penanganan",
    ),
    (
        "kapan kawasan kumuh hrs direlokasi, bukan ditata di tempat? dasarnya apa",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    ("brp jumlah lokasi kumuh di kalteng skrg", "kumuh.kalteng"),
    ("data kumuh kalteng total luasnya brp hektar", "kumuh.kalteng"),
    (
        "how many slum locations are there in Central Kalimantan?",
        "kumuh.kalteng",
    ),
    # usulan.isi
    (
        "usulan ke provinsi isinya apa aja sih, knp hrs selengkap itu",
        "usulan.isi",
    ),
    (
        "Apa saja yang perlu dimuat dalam usulan kegiatan kepada Disperkimtan "
        "Provinsi Kalimantan Tengah?",
        "usulan.isi",
    ),
    ("what info do we need to put in a proposal to the province?", "usulan.isi"),
    # usulan.jenis
    ("jenis usulan apa aja yg bisa diajukan ke prov", "usulan.jenis"),
    (
        "selain kumuh sama psu, usulan apa lg yg bisa masuk ke provinsi",
        "usulan.jenis",
    ),
    (
        "usulan kita eligible gak buat provinsi, jenisnya rumah korban "
        "kebakaran yg statusnya bencana kab",
        ("usulan.jenis", "kewenangan.bencana_relokasi"),
    ),
    # usulan.lokasi
    (
        "data lokasi yg diminta di usulan apa aja? perlu titik koordinat?",
        "usulan.lokasi",
    ),
    (
        "nama lokasi di usulan hrs sama persis dgn nama di SK kumuh gak",
        "usulan.lokasi",
    ),
    (
        "lokasinya perkotaan atau perdesaan ngaruh gak ke usulan",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    (
        "jumlah KK dan jiwa penerima manfaat wajib diisi ya? knp",
        "usulan.penerima_biaya",
    ),
    (
        "sumber dana yg diusulkan boleh kombinasi apbd kab sama apbd prov gak",
        "usulan.penerima_biaya",
    ),
    (
        "perkiraan biaya di usulan itu wajib? kami blm punya hitungan pasti",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    ("readiness criteria itu dokumen apa aja yg hrs siap", "usulan.kesiapan"),
    ("usulan psu dokumen kesiapannya apa aja", "usulan.kesiapan"),
    (
        "knp prov minta dokumen kesiapan dr awal, kan usulannya blm tentu disetujui",
        "usulan.kesiapan",
    ),
    (
        "sy dr bappeda, usulan dinas perkim kami blm ada DED, tetap bs masuk gak?",
        ("usulan.kesiapan", "usulan.dokumen_teknis"),
    ),
    # usulan.lahan
    ("lahan hrs clean and clear ya? maksudnya gmn", ("usulan.lahan", "istilah.cleanandclear")),
    (
        "lahannya masih tanah warga blm dihibahkan ke pemda, bisa dibangun psu gak",
        "usulan.lahan",
    ),
    (
        "tanah desa tp cuma ada SKT, cukup gak utk usulan ke prov",
        "usulan.lahan",
    ),
    ("knp status lahan jadi syarat usulan", "usulan.lahan"),
    # usulan.sk_kumuh
    ("usulan kumuh wajib lampirkan SK kumuh ya?", "usulan.sk_kumuh"),
    (
        "lokasi kami gak tercantum di SK kumuh tp kondisinya kumuh bgt, bisa diusulkan?",
        "usulan.sk_kumuh",
    ),
    (
        "SK kumuh kami udh 6 taun blm direvisi, usulan kumuhnya masih bisa gak",
        ("usulan.sk_kumuh", "kumuh.penetapan"),
    ),
    # usulan.dokumen_teknis
    (
        "sy konsultan yg nyusun DED, dokumen teknis apa aja yg hrs diserahkan bareng usulan",
        "usulan.dokumen_teknis",
    ),
    (
        "foto kondisi eksisting perlu brp lembar, hrs pake foto terbaru?",
        "usulan.dokumen_teknis",
    ),
    ("RAB RKS site plan wajib semua kah", "usulan.dokumen_teknis"),
    # usulan.surat_pernyataan
    (
        "surat pernyataan kesediaan menerima hibah dan O&P itu siapa yg tanda tangan",
        "usulan.surat_pernyataan",
    ),
    (
        "knp hrs ada surat pernyataan operasi dan pemeliharaan di usulan",
        "usulan.surat_pernyataan",
    ),
    (
        "is a statement letter on receiving the grant and maintenance required in the proposal?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    ("bedah rumah lewat provinsi syaratnya apa aja", "usulan.rtlh"),
    (
        "warga mau bangun rumah baru di tanah kosong, bisa lewat program rtlh prov gak",
        "usulan.rtlh",
    ),
    ("penerima rtlh provinsi ditetapkan siapa", "usulan.rtlh"),
    (
        "ulun pambakal, warga ulun rumahnya kada layak, tanahnya masih tanah "
        "kuitan kada ada surat. kawa kah dapat bantuan rtlh provinsi?",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "warga RT kami mau minta jalan lingkungan langsung ke provinsi, bisa gak? syaratnya apa",
        "usulan.psu_masyarakat",
    ),
    (
        "sy ketua RT, proposal permohonan drainase dr masyarakat hrs diketahui siapa aja",
        "usulan.psu_masyarakat",
    ),
    (
        "can a community group request PSU directly from Disperkimtan?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    ("jalan lingkungan yg dibangun prov nanti jd aset siapa?", "hibah.aset"),
    (
        "setelah selesai dibangun provinsi, pemeliharaannya tanggung jawab siapa",
        "hibah.aset",
    ),
    ("BAST hibah dr prov ke kab itu gmn prosesnya", "hibah.aset"),
    (
        "knp aset yg dibangun prov hrs dihibahkan ke kab? apa dasarnya",
        "hibah.aset",
    ),
    (
        "drainase bantuan provinsi taun lalu udh rusak, yg perbaiki siapa ya pak, kami atau prov",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "usulan kami ditolak krn bukan kewenangan prov, trs dananya bisa cari kmn",
        ("pendanaan.saluran_lain", "bot.ditolak_dialihkan"),
    ),
    (
        "kumuh kecil di desa, bukan kewenangan prov. selain apbd kab ada sumber dana lain gak",
        "pendanaan.saluran_lain",
    ),
    (
        "sy kades, bisa pake dana desa gk utk nangani kumuh di desa kami",
        "pendanaan.saluran_lain",
    ),
    (
        "if the province can't fund it, what other funding channels are there?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        "alur usulan tiap taun gmn sih dr awal sampe jd kegiatan",
        "siklus.tahunan",
    ),
    (
        "usulan yg dikirim taun ini itu utk anggaran taun kapan",
        "siklus.tahunan",
    ),
    (
        "sy kabid baru, tolong jelasin siklus tahunan usulan ke provinsi",
        "siklus.tahunan",
    ),
    ("what is the yearly cycle for proposals to the province?", "siklus.tahunan"),
    # siklus.pemeriksaan
    ("usulan kami diperiksa apa aja sama prov", "siklus.pemeriksaan"),
    (
        "verifikasi usulan di provinsi itu cek apa aja, administrasi sama teknis?",
        "siklus.pemeriksaan",
    ),
    (
        "ada survei lapangan gak dr provinsi sblm usulan disetujui",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    (
        "rakor bidang kawasan permukiman itu acara apa, siapa aja yg hadir",
        "siklus.rakor",
    ),
    ("knp usulan hrs dibahas di rakor dulu", "siklus.rakor"),
    ("rakor itu tujuannya apa", "siklus.rakor"),
    (
        "Rakor tu wajib kah kabupaten datang? apa akibatnya kalau kada hadir",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    (
        "sy perencana bappeda, usulan yg lolos rakor masuk RKPD lewat "
        "musrenbang prov ya? alurnya gmn",
        "siklus.rkpd_apbd",
    ),
    ("setelah disetujui di rakor, kapan masuk APBD", "siklus.rkpd_apbd"),
    (
        "status disetujui di bot berarti udh pasti dapet anggaran apbd?",
        ("siklus.rkpd_apbd", "bot.status"),
    ),
    (
        "how does an approved proposal get into the provincial budget?",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    (
        "pokja pkp itu fungsinya apa dan siapa ketuanya di kab",
        "koordinasi.pokja_pkp",
    ),
    (
        "apa kami perlu bentuk pokja pkp dulu sblm usul ke prov",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    ("alamat kantor disperkimtan prov dmn", "disperkimtan.kontak"),
    (
        "where is the Disperkimtan office in Palangka Raya?",
        "disperkimtan.kontak",
    ),
    ("website dinas perkimtan provinsi apa ya", "disperkimtan.kontak"),
    # bot.cara_pakai
    ("bot ini bisa apa aja", "bot.cara_pakai"),
    ("perintah2 di bot ini apa aja ya", "bot.cara_pakai"),
    ("jam di bot ini pakai WIB atau WITA", "bot.cara_pakai"),
    (
        "sy staf kecamatan, boleh pakai bot ini gak atau hrs org dinas perkim",
        "bot.cara_pakai",
    ),
    # bot.usul
    (
        "/usul itu bisa disimpan dulu gak klo datanya blm lengkap?",
        "bot.usul",
    ),
    (
        "mau kirim usulan lewat bot, bisa lampirin pdf DED gak",
        "bot.usul",
    ),
    (
        "bisa copy usulan taun lalu gak biar gak ngetik ulang semua",
        "bot.usul",
    ),
    # bot.status
    ("status perlu perbaikan itu artinya apa, hrs ngapain", "bot.status"),
    ("arti status dialihkan apa", "bot.status"),
    ("bedanya status verifikasi sama dibahas di rakor", "bot.status"),
    # bot.ditolak_dialihkan
    (
        "usulan sy ditolak alasannya bukan kewenangan provinsi, trus hrs gmn",
        "bot.ditolak_dialihkan",
    ),
    ("knp usulan bisa dialihkan ke apbd kab", "bot.ditolak_dialihkan"),
    (
        "our proposal got rejected, can we resubmit it next year?",
        "bot.ditolak_dialihkan",
    ),
    (
        "keputusan ditolak bisa dibanding gak, menurut kami salah alasan",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    ("brp lama usulan biasanya ditindaklanjuti prov", "bot.tindak_lanjut"),
    (
        "udh seminggu usulan msh diajukan aja blm diverifikasi, wajar gk? standarnya brp hari",
        "bot.tindak_lanjut",
    ),
    (
        "standar 3 hari kerja ala LAPOR yg dipake bot itu maksudnya gmn",
        "bot.tindak_lanjut",
    ),
    # istilah.perkim
    ("perkim singkatan dari apa", "istilah.perkim"),
    # istilah.disperkimtan
    (
        "disperkimtan kepanjangannya apa, kok ada tan nya dibelakang",
        "istilah.disperkimtan",
    ),
    # istilah.psu
    ("sy kades, PSU itu apa sih", "istilah.psu"),
    # istilah.jaling
    ("jaling itu maksudnya apa", "istilah.jaling"),
    # istilah.drainase
    ("drainase lingkungan itu apa", "istilah.drainase"),
    # istilah.kr
    ("KR di tabel data kumuh itu apa", "istilah.kr"),
    # istilah.ks
    ("arti KS dlm data kumuh", "istilah.ks"),
    # istilah.kb
    ("KB di kolom tingkat kumuh itu singkatan apa", "istilah.kb"),
    # istilah.skkumuh
    ("SK kumuh itu apa ya pak", "istilah.skkumuh"),
    # istilah.delineasi
    (
        "ulun lurah, konsultan nyebut delineasi terus, artinya apa",
        "istilah.delineasi",
    ),
    # istilah.rtlh
    ("RTLH singkatan apa", "istilah.rtlh"),
    # istilah.rlh
    ("RLH itu apa, kebalikan RTLH?", "istilah.rlh"),
    # istilah.bedahrumah
    ("bedah rumah itu maksudnya apa", "istilah.bedahrumah"),
    # istilah.bsps
    ("BSPS itu program apa", "istilah.bsps"),
    # istilah.mbr
    ("MBR artinya apa", "istilah.mbr"),
    # istilah.rusunawa
    ("what is a rusunawa exactly?", "istilah.rusunawa"),
    # istilah.rusus
    ("rumah khusus atau rusus itu maksudnya apa", "istilah.rusus"),
    # istilah.huntara
    ("huntara apa", "istilah.huntara"),
    # istilah.huntap
    ("huntap itu singkatan apa", "istilah.huntap"),
    # istilah.kk
    ("KK di form itu kartu keluarga atau kepala keluarga?", "istilah.kk"),
    # istilah.jiwa
    ("jiwa di isian penerima manfaat maksudnya apa", "istilah.jiwa"),
    # istilah.ha
    ("ha itu satuan apa, hektar?", "istilah.ha"),
    # istilah.ded
    (
        "sy kades, konsultan dr kabupaten bilang mau bikin DED utk jalan desa kami. DED tu apa ya",
        "istilah.ded",
    ),
    # istilah.rab
    ("RAB kepanjangannya apa", "istilah.rab"),
    # istilah.rks
    ("RKS itu dokumen apa", "istilah.rks"),
    # istilah.kak
    ("KAK sama TOR itu sama gak", "istilah.kak"),
    # istilah.siteplan
    ("site plan itu sama dgn rencana tapak?", "istilah.siteplan"),
    # istilah.rc
    ("RC itu apa ya, sering disebut pas rapat", "istilah.rc"),
    # istilah.bast
    ("BAST itu apa", "istilah.bast"),
    # istilah.hibah
    (
        "arti hibah dlm konteks aset daerah itu apa",
        ("istilah.hibah", "hibah.aset"),
    ),
    # istilah.bmd
    ("BMD singkatan apa", "istilah.bmd"),
    # istilah.bmn
    ("what does BMN stand for?", "istilah.bmn"),
    # istilah.op
    ("O&P itu singkatan apa", "istilah.op"),
    # istilah.spm
    ("SPM kepanjangannya apa", "istilah.spm"),
    # istilah.pokjapkp
    (
        "pokja pkp kepanjangannya apa",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    # istilah.pokjappas
    ("Pokja PPAS itu apa", "istilah.pokjappas"),
    # istilah.pokjaampl
    ("pokja AMPL singkatan dr apa", "istilah.pokjaampl"),
    # istilah.rp3kp
    ("RP3KP itu dokumen apa", "istilah.rp3kp"),
    # istilah.rp2kpkp
    ("apa itu RP2KPKP", "istilah.rp2kpkp"),
    # istilah.kotaku
    ("program KOTAKU itu apa, masih ada gak", "istilah.kotaku"),
    # istilah.daktematikppkt
    ("DAK tematik PPKT itu apa", "istilah.daktematikppkt"),
    # istilah.apbn
    ("apbn kepanjangannya apa", "istilah.apbn"),
    # istilah.apbd
    ("APBD itu apa", "istilah.apbd"),
    # istilah.apbdes
    ("sy kades, apbdes maksudnya apa", "istilah.apbdes"),
    # istilah.bankeu
    ("bankeu itu apa", "istilah.bankeu"),
    # istilah.pokir
    ("pokir dewan tu apa", "istilah.pokir"),
    # istilah.musrenbang
    ("musrenbang itu apa", "istilah.musrenbang"),
    # istilah.rkpd
    ("RKPD singkatan apa", "istilah.rkpd"),
    # istilah.renja
    ("renja itu apa", "istilah.renja"),
    # istilah.renstra
    ("renstra kepanjangan", "istilah.renstra"),
    # istilah.rpjmd
    ("what is RPJMD?", "istilah.rpjmd"),
    # istilah.kuappas
    (
        "sy kabid baru, di rapat TAPD disebut2 KUA-PPAS, itu apaan sih",
        "istilah.kuappas",
    ),
    # istilah.rka
    ("RKA itu dokumen apa", "istilah.rka"),
    # istilah.dpa
    ("DPA apa", "istilah.dpa"),
    # istilah.sipd
    ("SIPD itu sistem apa", "istilah.sipd"),
    # istilah.bapperida
    ("bapperida itu apa, sama kayak bappeda?", "istilah.bapperida"),
    # istilah.opd
    ("OPD kepanjangannya", "istilah.opd"),
    # istilah.skpd
    ("SKPD apa bedanya sama OPD", ("istilah.skpd", "istilah.opd")),
    # istilah.spam
    ("SPAM dlm air minum itu apa", "istilah.spam"),
    # istilah.spald
    ("SPALD itu apa", "istilah.spald"),
    # istilah.ipal
    ("IPAL kepanjangannya", "istilah.ipal"),
    # istilah.tps3r
    ("TPS3R apa", "istilah.tps3r"),
    # istilah.mck
    ("mck singkatan apa", "istilah.mck"),
    # istilah.rtrw
    ("RTRW itu apa", "istilah.rtrw"),
    # istilah.rdtr
    ("RDTR itu apa", "istilah.rdtr"),
    # istilah.pbg
    ("PBG itu apa, pengganti IMB ya?", "istilah.pbg"),
    # istilah.slf
    ("SLF itu apa", "istilah.slf"),
    # istilah.skbg
    ("SKBG kepanjangannya apa", "istilah.skbg"),
    # istilah.skt
    ("SKT yg dikeluarkan desa itu surat apa sebenernya", "istilah.skt"),
    # istilah.cleanandclear
    ("apa arti clean and clear", ("istilah.cleanandclear", "usulan.lahan")),
    # istilah.csr
    ("CSR itu apa", "istilah.csr"),
    # istilah.rakor
    ("rakor kepanjangannya apa", ("istilah.rakor", "siklus.rakor")),
    # istilah.lapor
    ("LAPOR! itu apa", "istilah.lapor"),
    # istilah.wib
    ("WIB itu waktu mana", "istilah.wib"),
    # istilah.backlog
    (
        "bupati pidato soal backlog perumahan, backlog tu maksudnya apa",
        "istilah.backlog",
    ),
    # istilah.pkp
    ("PKP dlm bidang perumahan itu singkatan apa", "istilah.pkp"),
    # istilah.kumuh
    ("kumuh itu definisinya apa menurut UU", "istilah.kumuh"),
    # istilah.dak
    ("DAK itu apa", "istilah.dak"),
    # istilah.rusun
    ("rusun singkatan apa", "istilah.rusun"),
]

ROUND13_INTENTS: list[tuple[str, str]] = [
    # status
    ("usulan sy yg kmrn gmn kabarnya min", "status"),
    ("cek status usulan kab katingan dong", "status"),
    ("USL-2026-0014 udh sampai mana ya", "status"),
    ("usulan ulun nang dikirim bulan tadi sudah diperiksa kah?", "status"),
    ("has my proposal been approved yet?", "status"),
    ("usulan drainase kami udh diverifikasi blm pak", "status"),
    # meeting
    ("rakor taun ini kpn", "meeting"),
    ("rapat berikutnya tgl brp dan dmn", "meeting"),
    ("when is the next coordination meeting?", "meeting"),
    ("jadwal rakor 2026 udh ada blm pak", "meeting"),
    ("rapat koordinasi selanjutnya di hotel mana", "meeting"),
    ("bilanya rakor? ulun handak hadir", "meeting"),
    # deadline
    ("batas akhir kirim usulan kpn", "deadline"),
    ("deadline usulan TA 2027 tgl brp", "deadline"),
    ("msh bisa kirim usulan gak, udh tutup blm", "deadline"),
    ("when is the deadline for proposals?", "deadline"),
    ("tenggat pengajuan usulan ke prov sampai kapan ya bu", "deadline"),
    ("usulan taun ini paling lambat dikirim kapan", "deadline"),
    # greeting
    ("halo", "greeting"),
    ("selamat pagi pak", "greeting"),
    ("makasih banyak min", "greeting"),
    ("bingung nih gak ngerti apa2, tolong bantu", "greeting"),
    ("hi, can you help me?", "greeting"),
    ("tarima kasih lah", "greeting"),
    # how_to_submit
    ("gmn cara ngirim usulan lewat bot ini", "how_to_submit"),
    ("cara ajukan usulan di sini", "how_to_submit"),
    ("how do I submit a proposal here?", "how_to_submit"),
    ("mau usul kegiatan, mulai dr mana?", "how_to_submit"),
    ("kaya apa cara mengirim usulan lewat bot", "how_to_submit"),
    ("sy mau input usulan psu, caranya?", "how_to_submit"),
]

ROUND13_AREAS: list[tuple[str, str]] = [
    # kabkota (under 10 ha)
    ("kumuh di kel. pahandut seberang luasnya 7,5 ha, kewenangan siapa", "kabkota"),
    ("delineasi di SK kita 9,99 hektar, bisa ke provinsi?", "kabkota"),
    ("lokasi kumuh 85.000 m2 itu urusan kab atau prov", "kabkota"),
    ("slum area of 4 hectares in our village, who handles it?", "kabkota"),
    ("luas kumuh 2 ha masuk kewenangan siapa", "kabkota"),
    ("kawasan kumuh 99.999 m² wewenang siapa", "kabkota"),
    ("kumuh kami 9,5 hektare, prov bisa bantu kah", "kabkota"),
    ("luas kawasan kumuh dalam SK 6 ha, bisa diusulkan ke provinsi kah", "kabkota"),
    # provinsi (10 ha up to but not including 15 ha)
    ("kumuh pas 10 ha itu prov atau kab", "provinsi"),
    ("luas delineasi 100.000 m2, siapa yg tangani", "provinsi"),
    ("kumuh 12,5 hektar di sampit kewenangan siapa", "provinsi"),
    ("luas kumuh di SK 14,99 hektare, msh prov atau udh pusat", "provinsi"),
    ("kawasan kumuh seluas 11 hectares, is it provincial?", "provinsi"),
    ("kumuh 145.000 meter persegi kewenangan mana", "provinsi"),
    ("lokasi kumuh 13 ha di kapuas, bisa ke provinsi kah", "provinsi"),
    ("luas kumuh 10,01 ha, siapa yg berwenang", "provinsi"),
    ("ulun kades, kawasan kumuh di desa ulun 10,3 ha, siapa nang menangani", "provinsi"),
    # pusat (15 ha or more)
    ("kumuh 15 ha pas, masih prov kah?", "pusat"),
    ("luas kumuh 150.000 m2 kewenangan siapa", "pusat"),
    ("kumuh 22 ha di kota, prov bisa tangani?", "pusat"),
    ("slum area 18 hectares, who is responsible?", "pusat"),
    ("kawasan kumuh 31,77 hektare kewenangan siapa", "pusat"),
    ("kumuh 250.000 m² itu prov atau pusat", "pusat"),
    ("luas delineasi 15,5 ha kewenangan siapa", "pusat"),
    ("kumuh di bantaran 40 hektar, usulnya ke mana", "pusat"),
]

ROUND13_OUT_OF_SCOPE: list[str] = [
    "jembatan gantung di desa kami putus, perbaikannya dinas mana",
    "gaji PPPK bulan ini kapan cair",
    "cuaca besok di palangka raya hujan gak",
    "cara perpanjang STNK online gmn",
    "tunjangan kinerja ASN pemprov naik gak taun depan",
    "perda RTRW provinsi kalsel berlaku mulai kapan",
    "sertifikat tanah pribadi sy hilang, urus ke BPN gimana",
    "jadwal penerimaan CPNS 2027",
    "cara daftar BPJS kesehatan utk warga desa",
    "banjir di kapuas udh surut blm",
    "pengadaan laptop kantor pake e-katalog gmn",
    "izin tambang pasir di sungai kahayan ke mana",
    "who won the football match last night?",
    "resep ikan patin bakar dong",
    "cara bikin SPJ perjalanan dinas",
    "kapan cuti bersama natal taun ini",
    "air PDAM di rumah sy mati 3 hari, lapor ke mana",
    "jadwal pemadaman listrik PLN di sampit",
    "penerbangan palangka raya ke jakarta hari ini ada gak",
    "izin usaha warung kopi pakai OSS gimana",
    "imunisasi polio utk balita di posyandu kapan",
    "pilkades serentak di kab gumas kpn",
    "can you translate this letter to english for me",
    "SD di desa kami kekurangan guru, lapor ke mana",
    "karhutla di pulpis, nomor posko pemadam brp",
    "cara setting email dinas di hp android",
    "sy mau pindah tugas ke pemprov, syarat mutasi ASN apa",
    "bantuan bibit sawit utk petani ke dinas mana",
]
