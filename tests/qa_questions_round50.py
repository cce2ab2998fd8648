"""Round 50 held-out question table for the Sinkron bot.

Written 2026-12-07 by two helpers who had not seen the knowledge base or any other question
table; they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md) plus the place-name list.

Style emphasis of this round: a weak signal, the message in broken pieces or apologising for
the connection ("pak... sinyal putus2... mau tanya..."); vowels dropped as in old SMS ("kwngn",
"usln", "prsyrtn"); asking whether something changed since last year; asking what the bot can
do before the real question; a newly transferred officer who does not know the basics; numbers
written in words or fractions ("setengah hektar", "dua belas koma lima hektare"); speech-to-
text mishearings as if dictated ("rak or", "er te el ha"); one clause per line. About one
question in ten is Philippine English ("good day po", "may I know"). A glossary entry's
questions ask what the term means. Written at the start of round 32 of tuning, measured
untouched on its first matcher, and in styles no training table was written in, so that its end
figure is untouched too.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND50_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "saya baru mutasi ke bidang perkim minggu ini, mohon maaf kalau pertanyaannya "
            "dasar: secara garis besar pembagian urusan perumahan dan kawasan permukiman "
            "antara pusat, provinsi dan kabupaten/kota itu seperti apa?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        "mhn pnjlsn scr ringks pmbgn kwngn prkm antr pst, prov, dn kab/kota, spy kmi ga slh usl",
        "kewenangan.ringkasan",
    ),
    (
        (
            "tahun lalu kan perumahan dan kawasan permukiman disebut urusan wajib pelayanan "
            "dasar, tahun ini statusnya masih sama atau sudah berubah?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Good day po. Can this bot answer legal basis questions? If yes, may I know if "
            "housing and settlement areas is a mandatory basic service affair under UU "
            "23/2014?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "pak\nsoal kawasan kumuh\nkan ada pembagian menurut luas\nbatasnya berapa hektar "
            "untuk kabupaten, provinsi dan pusat?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "siapa yang berwenang menangani kawasan kumu berdasarkan luasan nya mohon "
            "dijelaskan batas batas nya untuk tiap tingkat pemerintahan"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kawasan kumuh yang luasnya lima belas hektar ke atas itu sebenarnya urusan "
            "siapa, dan bisa tidak tetap kami usulkan ke provinsi?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "ada aturan baru soal kumuh skala besar? dulu katanya yang di atas 15 ha dipegang "
            "kementerian, sekarang setelah ada Kementerian PKP masih begitu?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "pak maaf sinyal lg jelek... mau tanya... pencegahan kumuh itu... tugas prov atau "
            "kab ya... putus2 ini"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "kamu ngerti soal pembagian tugas pencegahan perumahan kumuh? kalau iya: provinsi "
            "ikut mengerjakan pencegahan atau hanya kabupaten/kota?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "sb urusn prmhn itu kwngn prov ap sj, kab/kota ap sj? mhn dprinci",
        "kewenangan.perumahan",
    ),
    (
        "mau nanya\nsub-urusan perumahan\nbagian provinsi apa saja\nbagian kabupaten apa saja",
        "kewenangan.perumahan",
    ),
    (
        (
            "penyediaan rumah untuk em be er itu urusan pusat atau daerah ya, sama pembiayaan "
            "perumahannya siapa"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "For clarification po, I just transferred to the housing office this month: is "
            "housing for low-income families (MBR) and housing finance handled by the central "
            "government, not the province?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "sekitar tiga puluh dua rumah warga rusak berat karena banjir, status bencananya "
            "bencana kabupaten, pembangunan kembali rumahnya tanggung jawab siapa?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "saya baru pindah ke dinas perkim, maaf pertanyaan dasar: kalau ada warga yang "
            "terkena relokasi program pemprov, penyediaan rumahnya jadi tugas siapa?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        "izn pmbngnn prmhn & SKBG itu dkluarkn olh sp? prov ato kab?",
        "kewenangan.izin",
    ),
    (
        (
            "izin pengembangan kawasan permukiman masih dipegang kabupaten atau sejak ada "
            "aturan baru pindah ke provinsi?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "selamat siang\nsub urusan kawasan permukiman\nisinya apa saja\ndan dibagi bagaimana "
            "antar tingkatan?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "kamu paham pembagian sub-urusan kawasan permukiman? kegiatan apa saja yang masuk "
            "ke provinsi di sub-urusan itu, dan apa yang tetap di kabupaten?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        ("pe es u perumahan sama pe es u permukiman bedanya apa dan yang mana yang punya provinsi"),
        "kewenangan.psu",
    ),
    (
        (
            "halo pak... maaf kuota tinggal dikit... PSU perumahan itu kab ya?... yg "
            "permukiman prov?... mohon konfirmasi"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "kami mau usul jalan lingkungan kira-kira delapan ratus meter plus drainase, tapi "
            "sebagian menempel jalan kabupaten, bagian itu bisa masuk PSU provinsi?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        "PSU yg dbngn Disperkimtan prov itu ap sj? jln lngkngn & drnse aj ato bs yg lain jg",
        "psu.lingkup_provinsi",
    ),
    (
        (
            "mohon izin, saya pegawai baru di bidang perumahan: sertifikasi dan registrasi "
            "perancang rumah serta perencana PSU itu kewenangan tingkat mana?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "tahun lalu registrasi konsultan perencana PSU tingkat kemampuan kecil diurus di "
            "kabupaten, sekarang masih sama? yang menengah dan besar siapa?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        "pak\nsoal SPM perumahan\nlayanan dasar provinsi apa saja\ntargetnya berapa persen?",
        "kewenangan.spm",
    ),
    (
        (
            "Kindly help po, does this bot know the minimum service standard for housing? If "
            "yes, what services does the province cover under the SPM?"
        ),
        "kewenangan.spm",
    ),
    (
        "luas kumuh yang dipakai itu luas desa atau luas dell in easy yang ada di es ka kumuh",
        "kumuh.luas_delineasi",
    ),
    (
        (
            "desa kami luasnya tiga ratus hektar tapi yang masuk SK kumuh hanya sebagian "
            "kecil, untuk kewenangan luas yang dihitung yang mana?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "maaf saya baru di bidang kawasan permukiman: siapa yang menetapkan lokasi kumuh, "
            "dan SK nya harus ditinjau berapa tahun sekali?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "pak.. sinyal putus2.. SK kumuh kami terbit 2018.. itu wajib di review nggak.. yg "
            "tetapkan bupati kan"
        ),
        "kumuh.penetapan",
    ),
    (
        "7 aspk krtria kmh itu ap sj? mhn dsbtkn stu2",
        "kumuh.aspek",
    ),
    (
        (
            "bot bisa jelaskan kriteria kumuh? kalau bisa, aspek apa saja yang dinilai "
            "menurut Permen PUPR 14/2018 dan ada berapa kriteria?"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "skor kumuh lokasi kami enam puluh dua, itu sudah masuk kumuh berat belum? nilai "
            "maksimalnya berapa?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "soal penilaian kumuh\ntiap kriteria dinilai 0, 1, 3, 5 kan\ntotal maksimalnya "
            "berapa\ndan mulai angka berapa disebut berat?"
        ),
        "kumuh.penilaian",
    ),
    (
        "rentang nilai kumu sedang dan kumu ringan itu dari berapa sampai berapa",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "apakah batas skor kumuh ringan 16 sampai 37 dan sedang 38 sampai 59 masih "
            "berlaku tahun ini, atau sudah ada perubahan?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "saya baru di perkim, maaf kalau dasar sekali: bedanya pemugaran, peremajaan dan "
            "pemukiman kembali itu apa, dan kapan masing-masing dipakai?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        "lks kmh brt tp lhnny ilgl, pnngnnny pk pola ap? pmgrn, prmjn ato pmkmn kmbl?",
        "kumuh.pola_penanganan",
    ),
    (
        "kamu punya data kumuh se-Kalteng? kalau punya, berapa lokasi dan total luasnya?",
        "kumuh.kalteng",
    ),
    (
        (
            "katanya Kalteng punya seratus sebelas lokasi kumuh ya? totalnya kira-kira berapa "
            "ribu hektar dan kabupaten mana yang paling banyak?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "selamat pagi\nkami sedang susun usulan kegiatan\nisian apa saja yang diminta\ndan "
            "kenapa semuanya perlu?"
        ),
        "usulan.isi",
    ),
    (
        ("maaf pak jaringan lemot.. usulan kegiatan itu.. isinya apa aja ya.. biar ga bolak balik"),
        "usulan.isi",
    ),
    (
        "jns usln ap sj yg bs dajukn k prov? kmh, psu, rmh, rtlh, ato ad lg?",
        "usulan.jenis",
    ),
    (
        (
            "Good day po\nwe are preparing for next year\nmay I know what kinds of proposals\nwe "
            "can submit to the province?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "data lokasi usulan itu harus isi apa saja, ke camatan, desa, titik ge pe es, "
            "perkotaan atau perdesaan"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "tahun lalu lokasi usulan cukup nama desa, tahun ini harus pakai titik koordinat "
            "juga dan nama lokasi sesuai SK?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "penerima manfaat diisi berapa KK dan berapa jiwa, terus kalau biayanya di bawah "
            "sepuluh juta kenapa diminta konfirmasi?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "bot ini ngerti soal sumber dana nggak? kalau ngerti: pilihan sumber dana yang "
            "bisa ditulis di usulan itu apa saja?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "saya baru mutasi, izin bertanya: dokumen kesiapan atau readiness criteria untuk "
            "usulan PSU itu apa saja yang harus disiapkan?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "usulan PSU kami untuk dua ruas jalan, DED belum ada tapi RAB sudah, dokumen "
            "kesiapan apa lagi yang perlu dilengkapi?"
        ),
        "usulan.kesiapan",
    ),
    (
        "lhn utk usln hrs clean and clear? mksdny syrtny ap sj",
        "usulan.lahan",
    ),
    (
        (
            "status lahan harus klin en klir itu syaratnya apa, sertifikat, sesuai er te er "
            "we, tidak sengketa begitu?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "SK kumuh kami terbit tahun 2019, untuk usulan tahun ini masih bisa dipakai atau "
            "harus diperbarui dulu?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "lokasi usulan kumuh kami belum tercantum di SK kumuh bupati, padahal SK-nya baru "
            "berumur dua tahun, usulannya tetap bisa dikirim?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        "dkmn tknis ap sj yg hrs dlmprkn? DED, RAB, RKS, site plan, ft?",
        "usulan.dokumen_teknis",
    ),
    (
        (
            "foto kondisi eksisting boleh dilampirkan sampai berapa lembar, lima belas bisa? "
            "DED juga wajib?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "saya baru di perkim kabupaten, mohon bimbingan: surat pernyataan hibah dan O&P "
            "itu isinya apa dan siapa yang tanda tangan?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "surat pernyataan kesediaan menerima hibah dan o en pe itu wajib dilampirkan "
            "nggak di usulan"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "pak maaf putus2 sinyal... usulan bedah rumah ke prov... syaratnya apa... "
            "tanahnya hrs milik sendiri?"
        ),
        "usulan.rtlh",
    ),
    (
        ("syarat usulan er te el ha lewat provinsi apa saja dan penerimanya ditetapkan oleh siapa"),
        "usulan.rtlh",
    ),
    (
        (
            "warga RT 05 minta jalan lingkungan\nmereka mau usul langsung ke provinsi\nboleh "
            "nggak\nharus diketahui siapa saja?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Good day po... sorry weak signal here... if residents themselves want to request "
            "drainage from the province... is it allowed po... who must acknowledge it?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "jalan lingkungan dibangun provinsi di atas tanah pemkab, kalau sudah selesai dua "
            "bulan lagi, asetnya jadi milik siapa dan siapa yang memelihara?"
        ),
        "hibah.aset",
    ),
    (
        (
            "dulu aset PSU dari provinsi dihibahkan ke kabupaten pakai BAST, sekarang "
            "mekanismenya masih sama? yang tanda tangan siapa?"
        ),
        "hibah.aset",
    ),
    (
        (
            "bot ini bisa kasih saran sumber dana nggak? usulan kami ternyata bukan "
            "kewenangan provinsi, bisa lewat mana lagi?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        "klo bkn kwngn prov, dnny bs dr mn? APBD kab, DAK, APBDes, CSR?",
        "pendanaan.saluran_lain",
    ),
    (
        (
            "mohon maaf saya baru mutasi, bisa dijelaskan alur usulan tahunan dari kabupaten "
            "sampai masuk anggaran provinsi?"
        ),
        "siklus.tahunan",
    ),
    (
        "usulan yang kami kirim tahun dua ribu dua puluh enam itu untuk anggaran tahun berapa?",
        "siklus.tahunan",
    ),
    (
        (
            "usulan sudah terkirim\nsetelah itu provinsi memeriksa apa saja?\nadministrasi, "
            "teknis\natau kewenangan juga?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "halo.. sinyal timbul tenggelam.. usulan kami nanti diperiksa prov gimana "
            "caranya.. ada cek lapangan juga?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        "rak or bidang kawasan permukiman itu membahas apa saja dan siapa saja pesertanya",
        "siklus.rakor",
    ),
    (
        (
            "tahun lalu kami ikut Rakor kawasan permukiman, apakah Rakor itu memang tiap "
            "tahun dan fungsinya masih sama, yaitu review teknis usulan?"
        ),
        "siklus.rakor",
    ),
    (
        "stlh rkr, usln yg lolos msk k mn? msrnbng, RKPD, APBD urtnny gmn",
        "siklus.rkpd_apbd",
    ),
    (
        (
            "For clarification po, is it still the same as last year: after the Rakor, how "
            "does an accepted proposal go into the RKPD and then the provincial APBD?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "kamu ngerti soal Pokja PKP? perannya apa dalam pembangunan perumahan dan dasar "
            "hukumnya apa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        "kabupaten kami belum punya Pokja PKP\nperlu dibentuk nggak\naturannya dari mana?",
        "koordinasi.pokja_pkp",
    ),
    (
        "almt kntr Disperkimtan prov dmn ya? mau antr brks usln",
        "disperkimtan.kontak",
    ),
    (
        (
            "May I know po... sorry my signal is bad... the office address of Disperkimtan "
            "Kalteng... we will deliver the hard copies"
        ),
        "disperkimtan.kontak",
    ),
    (
        "bot ini bisa apa saja? perintah yang tersedia apa, dan jam yang dipakai WIB atau WITA?",
        "bot.cara_pakai",
    ),
    (
        (
            "saya baru mutasi dan baru pertama pakai bot Sinkron, mohon maaf: cara pakainya "
            "bagaimana dan perintahnya apa saja?"
        ),
        "bot.cara_pakai",
    ),
    (
        (
            "tadi isi /usul\nsinyal putus di tengah jalan\nisian yang tadi hilang?\natau "
            "tersimpan jadi draf?"
        ),
        "bot.usul",
    ),
    (
        (
            "usulan tahun lalu mau kami ajukan lagi tahun ini, bisa disalin lewat /usul? "
            "bagian apa saja yang harus diisi ulang?"
        ),
        "bot.usul",
    ),
    (
        "arti status dibahas di rak or itu apa, terus bedanya sama verifikasi apa",
        "bot.status",
    ),
    (
        (
            "bot, kamu bisa jelasin arti status usulan? misalnya perlu perbaikan itu "
            "maksudnya apa dan apa yang harus kami lakukan?"
        ),
        "bot.status",
    ),
    (
        (
            "tahun lalu usulan kami ditolak karena bukan kewenangan provinsi, tahun ini boleh "
            "diajukan ulang atau harus lewat jalur lain?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "pak.. maaf sinyal.. usulan kami statusnya dialihkan.. itu maksudnya apa.. trus "
            "kami hrs gimana"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "brp lm usln dtndklnjt stlh dkrm? ad stndrny?",
        "bot.tindak_lanjut",
    ),
    (
        (
            "Kindly inform po, within how many working days will a proposal be verified, is "
            "it three days like LAPOR!? And the response within five?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "ada undangan rapat masuk di bot\nkabid berhalangan\nboleh diwakilkan?\ncara "
            "konfirmasinya gimana?"
        ),
        "bot.rapat",
    ),
    (
        (
            "pengingat rapat dari bot dikirim berapa kali, tujuh hari, satu hari dan dua jam "
            "sebelumnya ya? bisa diubah?"
        ),
        "bot.rapat",
    ),
    (
        "per kim itu singkatan dari apa ya",
        "istilah.perkim",
    ),
    (
        (
            "maaf saya baru dimutasi dari dinas pendidikan: Perkim yang sering disebut itu "
            "kepanjangannya apa?"
        ),
        "istilah.perkim",
    ),
    (
        "Dsprkmtn itu kpnjngnny ap? bd sm Disperkim?",
        "istilah.disperkimtan",
    ),
    (
        "May I know po, does the bot know abbreviations? What does Disperkimtan stand for?",
        "istilah.disperkimtan",
    ),
    (
        "bot tahu singkatan-singkatan perkim? kalau tahu, PSU itu kepanjangannya apa?",
        "istilah.psu",
    ),
    (
        "halo.. sinyal jelek.. PSU itu.. singkatan apa ya.. prasarana apa gitu",
        "istilah.psu",
    ),
    (
        "maaf pak\ndi RAB tertulis jaling\nitu maksudnya apa?",
        "istilah.jaling",
    ),
    (
        "pak.. maaf sinyal putus2.. jaling itu.. maksudnya apa ya.. singkatan dr apa",
        "istilah.jaling",
    ),
    (
        "saya baru di bidang perkim, maaf: yang dimaksud drainase lingkungan itu apa ya?",
        "istilah.drainase",
    ),
    (
        "ka er di tabel kumuh itu artinya apa ya",
        "istilah.kr",
    ),
    (
        "KR di dt kmh mksdny ap?",
        "istilah.kr",
    ),
    (
        "di lampiran SK kumuh\nada kolom tingkat\nisinya KS\nitu singkatan apa?",
        "istilah.ks",
    ),
    (
        (
            "pak.. maaf putus2.. KB di tabel kumuh.. itu artinya apa ya.. bukan keluarga "
            "berencana kan"
        ),
        "istilah.kb",
    ),
    (
        "kamu ngerti kode tingkat kumuh? KB itu singkatan apa?",
        "istilah.kb",
    ),
    (
        "maaf saya baru mutasi: yang disebut SK kumuh itu surat keputusan apa?",
        "istilah.skkumuh",
    ),
    (
        "What does SK kumuh refer to po?\nsorry\nI am new in this office",
        "istilah.skkumuh",
    ),
    (
        "dell in easy itu maksudnya apa",
        "istilah.delineasi",
    ),
    (
        "dlnsi itu ap artny? srng dsbt d SK kmh",
        "istilah.delineasi",
    ),
    (
        "er te el ha kepanjangannya apa",
        "istilah.rtlh",
    ),
    (
        "pak... sinyal jelek... RTLH itu... kepanjangannya apa ya",
        "istilah.rtlh",
    ),
    (
        "istilah RLH masih dipakai di program tahun ini? sebenarnya RLH itu singkatan dari apa?",
        "istilah.rlh",
    ),
    (
        "kamu ngerti istilah lapangan? bedah rumah itu maksudnya apa?",
        "istilah.bedahrumah",
    ),
    (
        "be es pe es itu singkatan apa ya",
        "istilah.bsps",
    ),
    (
        "pak... maaf baru dapat sinyal... BSPS itu... kepanjangannya apa",
        "istilah.bsps",
    ),
    (
        "mohon maaf pertanyaan dasar, saya baru pindah ke perkim: MBR itu singkatan dari apa?",
        "istilah.mbr",
    ),
    (
        "For clarification po\nin the guideline\nwhat does MBR mean?",
        "istilah.mbr",
    ),
    (
        (
            "maaf saya pegawai baru di bidang perumahan: rusunawa itu artinya apa ya, bedanya "
            "dengan rusun?"
        ),
        "istilah.rusunawa",
    ),
    (
        "istilah rusunawa di dokumen lama masih dipakai? rusunawa itu kepanjangannya apa sih?",
        "istilah.rusunawa",
    ),
    (
        "rusus itu ap ya? rmh khss?",
        "istilah.rusus",
    ),
    (
        (
            "tadi kepala bidang bilang kita siapkan hun tara dulu untuk korban banjir, hun "
            "tara itu apa ya pak"
        ),
        "istilah.huntara",
    ),
    (
        "bot ini bisa jelasin singkatan nggak? kalau bisa: huntara itu kepanjangannya apa",
        "istilah.huntara",
    ),
    (
        "huntap itu kpnjngnny ap y pak? sy srg dngr tp blm prnh tau artiny",
        "istilah.huntap",
    ),
    (
        (
            "Selamat siang\nDi laporan pasca banjir Katingan\nada kolom jumlah huntap\nhuntap "
            "itu artinya apa ya?"
        ),
        "istilah.huntap",
    ),
    (
        (
            "Mohon maaf pak, saya baru dipindah ke bidang perkim minggu ini. Di form usulan "
            "ada isian KK, KK di sini maksudnya apa ya, kartu keluarga atau yang lain?"
        ),
        "istilah.kk",
    ),
    (
        (
            "Good day po. In the form it says one hundred twenty KK for our site, may I know "
            "what KK stands for?"
        ),
        "istilah.kk",
    ),
    (
        (
            "kalau satu rumah isinya empat orang berarti empat jiwa ya? jiwa di form itu "
            "maksudnya hitungan orang kah?"
        ),
        "istilah.jiwa",
    ),
    (
        "setengah ha itu sama dengan berapa meter persegi? ha itu kepanjangan dari hektare kan?",
        "istilah.ha",
    ),
    (
        (
            "pak maaf sinyal di Kuala Kurun putus2... mau tanya... ha itu... satuan apa ya... "
            "yg di kolom luas"
        ),
        "istilah.ha",
    ),
    (
        "de e de itu singkatan dari apa ya, tadi konsultan bilang de e de nya belum ada",
        "istilah.ded",
    ),
    (
        (
            "tahun lalu dokumen teknisnya kita sebut gambar kerja, tahun ini yang diminta "
            "DED. DED itu sebenarnya apa, istilahnya masih sama dengan gambar kerja?"
        ),
        "istilah.ded",
    ),
    (
        "RAB itu kpnjngnny ap? mksdny rncn biaya y?",
        "istilah.rab",
    ),
    (
        "Pak\nsaya diminta lampirkan RAB\ntapi jujur belum paham\nRAB itu singkatan apa?",
        "istilah.rab",
    ),
    (
        (
            "kamu ngerti istilah dokumen teknis nggak? RKS itu apa ya, yang biasanya "
            "dilampirkan bareng DED"
        ),
        "istilah.rks",
    ),
    (
        (
            "Hello po, I was just transferred to the housing office last week so sorry for "
            "the basic question: what does RKS mean?"
        ),
        "istilah.rks",
    ),
    (
        "maaf pak kuota tinggal dikit... KAK itu... apa ya... sama dengan TOR kah",
        "istilah.kak",
    ),
    (
        "ka a ka itu apa ya pak? tadi atasan minta bikin ka a ka untuk kegiatan jaling",
        "istilah.kak",
    ),
    (
        (
            "saya baru mutasi dari dinas pendidikan, maaf kalau dasar sekali: site plan itu "
            "maksudnya gambar apa?"
        ),
        "istilah.siteplan",
    ),
    (
        (
            "dulu istilahnya rencana tapak, sekarang di form tertulis site plan. itu hal yang "
            "sama atau sudah beda artinya?"
        ),
        "istilah.siteplan",
    ),
    (
        "RC itu ap y? tdi ad yg blng RC usln kmi blm lngkp",
        "istilah.rc",
    ),
    (
        (
            "Good day po\nI saw the word RC in the checklist\nbeside DED and RAB\nwhat does RC "
            "refer to?"
        ),
        "istilah.rc",
    ),
    (
        (
            "ba es te itu kepanjangannya apa ya, katanya nanti ada ba es te serah terima "
            "jalan lingkungan"
        ),
        "istilah.bast",
    ),
    (
        (
            "dua minggu lalu bupati tanda tangan BAST untuk jalan yang dibangun provinsi, "
            "BAST itu singkatan dari apa ya?"
        ),
        "istilah.bast",
    ),
    (
        (
            "bot ini bisa jelasin istilah keuangan daerah nggak? kalau bisa: hibah itu "
            "artinya apa, terutama soal aset?"
        ),
        "istilah.hibah",
    ),
    (
        "Pak mau tanya\nkata hibah itu\ndalam urusan perkim\nmaksudnya apa ya?",
        "istilah.hibah",
    ),
    (
        "halo pak.. jaringan lagi jelek.. BMD... itu apa ya.. barang milik... apa",
        "istilah.bmd",
    ),
    (
        "BMD sm BMN ap bdny? kpnjngnny ap aj?",
        ("istilah.bmd", "istilah.bmn"),
    ),
    (
        "be em en itu maksudnya apa ya, barang milik negara kah?",
        "istilah.bmn",
    ),
    (
        (
            "tahun lalu di surat pernyataan tertulis OP, tahun ini jadi O&P. sama saja kan? "
            "O&P itu kepanjangannya apa?"
        ),
        "istilah.op",
    ),
    (
        (
            "Izin bertanya, saya pegawai baru di bidang kawasan permukiman. O&P yang sering "
            "disebut bapak-bapak itu singkatan dari apa?"
        ),
        "istilah.op",
    ),
    (
        "es pe em di bidang perumahan itu apa ya pak, singkatan dari apa",
        ("istilah.spm", "kewenangan.spm"),
    ),
    (
        "Kindly explain what SPM means po, I read it has a target of one hundred percent",
        "istilah.spm",
    ),
    (
        "kamu tahu soal kelembagaan perkim? Pokja PKP itu apa ya?",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        (
            "Selamat pagi\nsaya dapat undangan\nrapat Pokja PKP Kabupaten Seruyan\nPokja PKP itu "
            "kelompok apa ya?"
        ),
        "istilah.pokjapkp",
    ),
    (
        "pokja PPAS itu kpnjngnny ap y? bkn pokja PKP kn?",
        "istilah.pokjappas",
    ),
    (
        (
            "pak.. maaf putus2 sinyal.. pokja ppas.. itu singkatan apa.. yang ada air minum "
            "sanitasinya"
        ),
        "istilah.pokjappas",
    ),
    (
        "pokja am pe el itu singkatan dari apa ya pak",
        "istilah.pokjaampl",
    ),
    (
        (
            "dulu namanya Pokja AMPL, sekarang saya lihat di undangan ada Pokja PPAS. AMPL "
            "itu sebenarnya singkatan apa?"
        ),
        "istilah.pokjaampl",
    ),
    (
        "RP3KP itu rencana apa ya? katanya berlaku dua puluh tahun",
        "istilah.rp3kp",
    ),
    (
        (
            "Saya baru seminggu di Disperkim Barito Timur, maaf pertanyaannya dasar. RP3KP "
            "itu kepanjangannya apa?"
        ),
        "istilah.rp3kp",
    ),
    (
        "RP2KPKP kpnjngnny ap? pnjng bgt singktnny",
        "istilah.rp2kpkp",
    ),
    (
        "Hi po\nquick question\nwhat is RP2KPKP?\nit was mentioned in the DAK checklist",
        "istilah.rp2kpkp",
    ),
    (
        (
            "tahun lalu masih sering dengar KOTAKU di kelurahan. itu sebenarnya program apa, "
            "kepanjangannya apa?"
        ),
        "istilah.kotaku",
    ),
    (
        "ko ta ku itu program apa ya pak, dulu ada di kelurahan kami",
        "istilah.kotaku",
    ),
    (
        "bot bisa jawab soal dana dari pusat? DAK Tematik PPKT itu apa, PPKT singkatan apa?",
        "istilah.daktematikppkt",
    ),
    (
        "pak.. sinyal di Puruk Cahu lemah.. DAK tematik PPKT.. artinya apa ya..",
        "istilah.daktematikppkt",
    ),
    (
        "Good day po, I'm new in Perkim, may I know what APBN stands for?",
        "istilah.apbn",
    ),
    (
        "APBD kpnjngnny ap y? yg prov sm kab bd y?",
        "istilah.apbd",
    ),
    (
        (
            "Pak\ndi pilihan sumber dana\nada APBD Provinsi dan APBD Kab/Kota\nAPBD itu "
            "kepanjangannya apa?"
        ),
        "istilah.apbd",
    ),
    (
        "APBDes itu apa ya? desa kami katanya dapat seratus lima puluh juta dari APBDes",
        "istilah.apbdes",
    ),
    (
        (
            "dulu di desa kami taunya dana desa, sekarang di form ada istilah APBDes. APBDes "
            "itu apa sebenarnya?"
        ),
        "istilah.apbdes",
    ),
    (
        "bnkeu itu ap y pk? bntuan keuangn kah?",
        "istilah.bankeu",
    ),
    (
        "kamu bisa jelasin istilah pendanaan? Bankeu itu maksudnya apa?",
        "istilah.bankeu",
    ),
    (
        (
            "Maaf pak, saya baru di bidang perkim. Tadi anggota dewan bilang usulannya lewat "
            "pokir. Pokir itu apa ya?"
        ),
        "istilah.pokir",
    ),
    (
        "pak.. maaf sinyal naik turun.. pokir itu.. pokok pikiran ya.. maksudnya apa",
        "istilah.pokir",
    ),
    (
        "musrenbang itu apa sih? katanya ada lima tingkat dari desa sampai nasional",
        "istilah.musrenbang",
    ),
    (
        "sorry po my signal is bad... what is... musrenbang... the full name?",
        "istilah.musrenbang",
    ),
    (
        "RKPD kpnjngnny ap? sy srg dngr tp lp trs",
        "istilah.rkpd",
    ),
    (
        "Permisi\nsaya masih bingung istilah perencanaan\nRKPD itu dokumen apa?",
        "istilah.rkpd",
    ),
    (
        (
            "pak maaf lagi di lapangan sinyal 1 bar... renja itu... rencana kerja ya... "
            "maksudnya apa"
        ),
        "istilah.renja",
    ),
    (
        (
            "Saya baru pindah ke Dinas Perkim Lamandau, mohon maaf kalau dasar: Renja itu "
            "apa, bedanya dengan RKPD apa?"
        ),
        ("istilah.renja", "istilah.rkpd"),
    ),
    (
        (
            "Renstra yang baru katanya mulai tahun depan. Renstra itu singkatan apa ya, "
            "artinya masih sama dengan yang dulu?"
        ),
        "istilah.renstra",
    ),
    (
        (
            "Saya baru mutasi ke bidang perkim minggu ini, maaf pertanyaannya dasar: Renstra "
            "itu dokumen apa?"
        ),
        "istilah.renstra",
    ),
    (
        (
            "RPJMD itu rencana jangka berapa? lima tahun atau dua puluh tahun? sebenarnya "
            "kepanjangannya apa?"
        ),
        "istilah.rpjmd",
    ),
    (
        "Can you explain government acronyms po? If yes, what does RPJMD mean?",
        "istilah.rpjmd",
    ),
    (
        "KUA-PPAS itu ap y? kpnjngny pnjng bgt",
        "istilah.kuappas",
    ),
    (
        "Pak\nkemarin rapat dengan Bapperida\nada pembahasan KUA-PPAS\nitu maksudnya apa ya?",
        "istilah.kuappas",
    ),
    (
        "pak... maaf sinyal... RKA itu.. apa ya... rencana kerja anggaran?",
        "istilah.rka",
    ),
    (
        (
            "Saya staf baru di bidang perkim, maaf nanya dasar: RKA yang diminta bagian "
            "program itu dokumen apa?"
        ),
        "istilah.rka",
    ),
    (
        (
            "tahun lalu kan kita nunggu DPA turun baru bisa jalan, tahun ini istilahnya masih "
            "DPA? itu singkatan apa?"
        ),
        "istilah.dpa",
    ),
    (
        "Mohon maaf, saya baru dua hari ditempatkan di perkim: DPA itu singkatan dari apa ya?",
        "istilah.dpa",
    ),
    (
        "bot ini ngerti soal aplikasi perencanaan nggak? SIPD itu apa ya?",
        "istilah.sipd",
    ),
    (
        "SIPD kpnjngnny ap? sstem infrmsi ap?",
        "istilah.sipd",
    ),
    (
        "dulu Bappeda, sekarang Bapperida. ada yang berubah? Bapperida itu kepanjangannya apa?",
        "istilah.bapperida",
    ),
    (
        "ba peri da itu badan apa ya pak",
        "istilah.bapperida",
    ),
    (
        "Pak\ndi surat ada tulisan OPD pengusul\nOPD itu apa ya?",
        "istilah.opd",
    ),
    (
        (
            "Last year we wrote SKPD, now everyone says OPD. For clarification po, do they "
            "mean the same thing?"
        ),
        ("istilah.opd", "istilah.skpd"),
    ),
    (
        "halo pak.. maaf hp lowbat dan sinyal jelek.. SKPD itu singkatan apa ya..",
        "istilah.skpd",
    ),
    (
        "Mohon maaf pak saya baru dimutasi ke bidang perkim, SKPD itu artinya apa?",
        "istilah.skpd",
    ),
    (
        "es pam itu apa ya, bukan spam email kan hehe",
        "istilah.spam",
    ),
    (
        "SPAM di prkim itu ap y? sstm pnydiaan air mnm?",
        "istilah.spam",
    ),
    (
        "SPALD itu apa ya? di dokumen ada target dua puluh persen sanitasi aman",
        "istilah.spald",
    ),
    (
        "bisa jelasin istilah sanitasi nggak? SPALD itu singkatan apa?",
        "istilah.spald",
    ),
    (
        "pak sinyal timbul tenggelam.. IPAL itu.. instalasi apa..",
        "istilah.ipal",
    ),
    (
        "Selamat sore\ndi Desa Henda mau ada IPAL komunal\nIPAL itu apa ya pak?",
        "istilah.ipal",
    ),
    (
        "te pe es tiga er itu apa ya pak",
        "istilah.tps3r",
    ),
    (
        "Saya baru di perkim, tolong jelaskan TPS3R itu apa, 3R nya singkatan apa?",
        "istilah.tps3r",
    ),
    (
        "MCK itu kpnjngnny ap? mndi cc ksus y?",
        "istilah.mck",
    ),
    (
        "di usulan ada dua unit MCK komunal, MCK itu sebenarnya singkatan dari apa?",
        "istilah.mck",
    ),
    (
        "RTRW kabupaten kami katanya direvisi tahun ini. RTRW itu sebenarnya singkatan apa?",
        "istilah.rtrw",
    ),
    (
        "er te er we itu maksudnya apa ya, bukan RT RW kampung kan",
        "istilah.rtrw",
    ),
    (
        "kamu ngerti soal tata ruang? RDTR itu apa ya?",
        "istilah.rdtr",
    ),
    (
        "Pak\nada istilah RDTR\ndi syarat lahan\nitu singkatan apa?",
        "istilah.rdtr",
    ),
    (
        "dulu namanya IMB, sekarang PBG. PBG itu kepanjangannya apa?",
        "istilah.pbg",
    ),
    (
        (
            "Good day po, sorry my connection is unstable... PBG... what does it mean... is "
            "it the new IMB?"
        ),
        "istilah.pbg",
    ),
    (
        (
            "dulu waktu masih IMB sudah ada istilah SLF, sekarang masih dipakai? SLF itu "
            "singkatan apa ya?"
        ),
        "istilah.slf",
    ),
    (
        "Saya baru seminggu di perkim, maaf tanya: SLF itu singkatan dari apa?",
        "istilah.slf",
    ),
    (
        "SKBG itu ap y? srtfkt kpmlkn bngnan?",
        "istilah.skbg",
    ),
    (
        "SKBG itu artinya apa ya? katanya satu rusun dua lantai di kota kami perlu SKBG",
        "istilah.skbg",
    ),
    (
        "pak maaf.. jaringan jelek.. SKT itu.. surat keterangan apa ya..",
        "istilah.skt",
    ),
    (
        "Pak\nwarga cuma punya SKT\nbelum sertifikat\nSKT itu artinya apa sih?",
        "istilah.skt",
    ),
    (
        "bot bisa jelasin istilah soal lahan nggak? clean and clear itu maksudnya apa?",
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    (
        "klin en klir itu artinya apa ya pak untuk lahan",
        "istilah.cleanandclear",
    ),
    (
        "Hello po\nsome companies here offer help\nthey call it CSR\nwhat does CSR mean?",
        "istilah.csr",
    ),
    (
        "CSR itu kpnjngnny ap y? dn prshn kah?",
        "istilah.csr",
    ),
    (
        "rak or itu singkatan dari apa ya pak",
        "istilah.rakor",
    ),
    (
        (
            "Saya baru mutasi, mohon maaf: Rakor yang sering disebut bapak-bapak itu "
            "maksudnya rapat apa?"
        ),
        ("istilah.rakor", "siklus.rakor"),
    ),
    (
        "LAPOR! itu masih ada nggak sekarang? sebenarnya LAPOR! itu apa ya?",
        "istilah.lapor",
    ),
    (
        "Can this bot explain terms po? What is LAPOR!? I saw it mentioned about follow-up",
        "istilah.lapor",
    ),
    (
        "WIB itu waktu Indonesia bagian apa? selisihnya tujuh jam dari UTC ya?",
        "istilah.wib",
    ),
    (
        "pak.. sinyal putus2.. backlog perumahan.. itu maksudnya apa..",
        "istilah.backlog",
    ),
    (
        "bot ini bisa jelasin istilah perumahan nasional nggak? backlog rumah itu artinya apa?",
        "istilah.backlog",
    ),
    (
        "PKP itu kpnjngnny ap y? prmhn dn kwsn prmkmn?",
        "istilah.pkp",
    ),
    (
        (
            "Selamat siang pak\nsaya sering baca istilah PKP\ndi surat dari kementerian\nPKP itu "
            "apa?"
        ),
        "istilah.pkp",
    ),
    (
        "kumu itu definisinya apa sih pak, yang disebut kawasan kumu",
        "istilah.kumuh",
    ),
    (
        (
            "definisi kumuh tahun ini masih sama dengan tahun lalu? sebenarnya permukiman "
            "kumuh itu apa?"
        ),
        "istilah.kumuh",
    ),
    (
        "kabupaten kami dapat dua paket DAK tahun ini, DAK itu kepanjangannya apa?",
        "istilah.dak",
    ),
    (
        "I'm new in the office po, sorry for the basic question, what does DAK stand for?",
        "istilah.dak",
    ),
    (
        "pak maaf sinyal.. rusun itu.. rumah susun ya.. maksudnya apa",
        "istilah.rusun",
    ),
    (
        "kamu bisa jelasin jenis hunian? rusun itu apa?",
        "istilah.rusun",
    ),
]

ROUND50_INTENTS: list[tuple[str, str]] = [
    (
        "pak.. sinyal putus2.. usulan kami yg jalan lingkungan kemarin.. sudah diterima blm ya",
        "status",
    ),
    (
        "usln kmi USL-2026-0014 skrng sdh smp mn? msh vrfksi?",
        "status",
    ),
    (
        (
            "Good day po, can the bot check our proposals? If yes, may I know the current "
            "status of our proposals from Kotim, were any approved?"
        ),
        "status",
    ),
    (
        "rak or tahun ini jadinya tanggal berapa dan di mana",
        "meeting",
    ),
    (
        "pak\nrapat koordinasi berikutnya\nkapan ya\njam berapa dan di mana tempatnya?",
        "meeting",
    ),
    (
        (
            "tahun lalu Rakor tanggal 18 November di Aula Disperkimtan, tahun ini jadwalnya "
            "kapan dan tempatnya masih sama?"
        ),
        "meeting",
    ),
    (
        (
            "pengiriman usulan masih dibuka dua minggu lagi atau sudah mau tutup? sampai "
            "tanggal berapa persisnya?"
        ),
        "deadline",
    ),
    (
        "bts akhr pngjn usln th ini kpn ya?",
        "deadline",
    ),
    (
        (
            "bot bisa kasih tahu tenggat nggak? kalau bisa: usulan untuk anggaran tahun depan "
            "ditutup kapan?"
        ),
        "deadline",
    ),
    (
        "selamat pagi pak, saya staf baru di Dinas Perkim Barito Utara, mohon bantuannya ya",
        "greeting",
    ),
    (
        "halo... maaf sinyal jelek... tolong dibantu ya",
        "greeting",
    ),
    (
        "Thank you po\nvery clear\nGod bless!",
        "greeting",
    ),
    (
        (
            "saya baru mutasi ke bidang perkim minggu ini, mohon maaf kalau dasar: gimana "
            "caranya input usulan lewat bot ini?"
        ),
        "how_to_submit",
    ),
    (
        "cara kirim usulan lewat bot gimana, pakai perintah garis miring usul ya",
        "how_to_submit",
    ),
    (
        "mau masukkan usulan\nPSU drainase\nlewat bot ini\nlangkahnya gimana?",
        "how_to_submit",
    ),
    (
        "usln kmi USL-2026-0004 sdh smp mn y? sdh dtrm blm?",
        "status",
    ),
    (
        (
            "Pak\nusulan jalan lingkungan Kecamatan Kumai\nyang kami kirim bulan lalu\nsudah "
            "diterima atau ditolak?"
        ),
        "status",
    ),
    (
        (
            "good day po.. sorry weak signal.. our drainage proposal for Sampit.. is it "
            "approved already or still being checked?"
        ),
        "status",
    ),
    (
        "rak or tahun ini kapan dan di mana ya pak",
        "meeting",
    ),
    (
        "tahun lalu Rakor di Aula Disperkimtan bulan November, tahun ini jadwalnya kapan?",
        "meeting",
    ),
    (
        "rapat sinkronisasi berikutnya mulai jam berapa? jam sembilan pagi atau jam satu siang?",
        "meeting",
    ),
    (
        "pak.. sinyal jelek.. usulan tahun ini.. ditutup tanggal berapa ya..",
        "deadline",
    ),
    (
        (
            "bot ini tahu batas waktu usulan nggak? kalau tahu: sampai kapan usulan TA 2027 "
            "masih diterima?"
        ),
        "deadline",
    ),
    (
        (
            "Saya baru mutasi ke perkim, maaf kalau dasar: usulan untuk tahun anggaran depan "
            "paling lambat dikirim kapan?"
        ),
        "deadline",
    ),
    (
        "Selamat pagi pak\nterima kasih banyak\natas bantuannya kemarin",
        "greeting",
    ),
    (
        "mlm pk, mhn bntuanny",
        "greeting",
    ),
    (
        "Maraming salamat po, thank you a thousand times for the help!",
        "greeting",
    ),
    (
        (
            "gimana caranya kirim usul lewat bot ini, tadi saya ketik garis miring usul nggak "
            "muncul apa-apa"
        ),
        "how_to_submit",
    ),
    (
        (
            "tahun lalu usulan kami kirim pakai surat fisik, tahun ini bisa lewat bot? "
            "caranya bagaimana?"
        ),
        "how_to_submit",
    ),
    (
        (
            "kamu bisa terima usulan kegiatan nggak? kalau bisa, langkah-langkahnya gimana "
            "untuk input usulan PSU?"
        ),
        "how_to_submit",
    ),
]

ROUND50_AREAS: list[tuple[str, str]] = [
    (
        (
            "kawasan kumuh di Kelurahan Baamang Tengah luasnya dua belas koma lima hektare, "
            "kewenangan siapa?"
        ),
        "provinsi",
    ),
    (
        "lks kmh 8,7 ha d Kel. Selat Hulu kwngn sp?",
        "kabkota",
    ),
    (
        "lokasi kumu luasnya pas sepuluh hektar itu ditangani kabupaten atau provinsi",
        "provinsi",
    ),
    (
        "luas delineasi kumuh kami seratus lima puluh ribu meter persegi, siapa yang tangani?",
        "pusat",
    ),
    (
        "lokasi kumuh di Mendawai\nluasnya 14,99 ha\nmasih provinsi kah?",
        "provinsi",
    ),
    (
        (
            "Good day po, can the bot compute authority? Our slum area near Ketapang, Sampit "
            "is 16 hectares. Which level is responsible po?"
        ),
        "pusat",
    ),
    (
        "pak.. sinyal ilang2an.. kumuh 95.000 m2.. itu kab atau prov ya",
        "kabkota",
    ),
    (
        (
            "tahun lalu kumuh 11 ha masih provinsi, tahun ini untuk lokasi di Langkai yang 11 "
            "ha juga masih ke provinsi?"
        ),
        "provinsi",
    ),
    (
        "bot bisa hitung kewenangan? kawasan kumuh 3,2 hektar di Kuala Kurun itu tugas siapa?",
        "kabkota",
    ),
    (
        (
            "saya baru mutasi, maaf pertanyaan dasar: kawasan kumuh 15 ha di Pahandut itu "
            "masuk provinsi atau pusat?"
        ),
        "pusat",
    ),
    (
        "lokasi kumuh di bantaran sungai cuma setengah hektar, kewenangannya siapa?",
        "kabkota",
    ),
    (
        (
            "kawasan kumuh tepi sungai\ndi Kecamatan Selat\nluasnya 200.000 m²\nsiapa yang "
            "berwenang?"
        ),
        "pusat",
    ),
    (
        (
            "kawasan kumuh dua belas koma lima hektare di Kelurahan Baru, Arut Selatan, itu "
            "kewenangan siapa?"
        ),
        "provinsi",
    ),
    (
        "kwsn kmh lsny 8,5 ha d Kumai Hilir, kwngn sp y?",
        "kabkota",
    ),
    (
        "kumu sepuluh hektar pas itu kewenangan provinsi atau kabupaten",
        "provinsi",
    ),
    (
        "pak.. maaf sinyal.. kumuh 15 ha.. di Selat.. itu siapa yg tangani.. pusat kah",
        "pusat",
    ),
    (
        "Pak\nlokasi kumuh di SK kami\nluas delineasinya 95.000 m2\nitu wewenang siapa?",
        "kabkota",
    ),
    (
        (
            "Can you compute authority po? A slum area of 13 hectares in Pahandut, who is "
            "responsible, province or city?"
        ),
        "provinsi",
    ),
    (
        (
            "tahun lalu kumuh di bawah 10 ha itu kewenangan kabupaten, sekarang masih sama? "
            "lokasi kami di Mentawa Baru Ketapang 9,9 hektar"
        ),
        "kabkota",
    ),
    (
        "Saya baru di perkim, mohon maaf: kawasan kumuh 150.000 m² itu urusan siapa?",
        "pusat",
    ),
    (
        "kumuh seluas seperempat hektar di gang belakang pasar Sampit itu ditangani siapa?",
        "kabkota",
    ),
    (
        "kawasan kumu dua puluh koma tiga hektare itu wewenang siapa ya",
        "pusat",
    ),
    (
        (
            "bot bisa hitung kewenangan dari luas? kumuh 110.000 meter persegi di Kahayan "
            "Hilir, punya siapa?"
        ),
        "provinsi",
    ),
    (
        (
            "Selamat siang\nkawasan kumuh di Kapuas Hilir\nluasnya 16 hectares\nsiapa yang "
            "berwenang?"
        ),
        "pusat",
    ),
]

ROUND50_OUT_OF_SCOPE: list[str] = [
    "berapa pagu anggaran Disperkimtan untuk PSU tahun dua ribu dua puluh tujuh?",
    "hrg smn per sk d Kuala Kapuas skrg brp?",
    "pak\nmau hubungi kabid kawasan permukiman\nnomor HP nya berapa ya?",
    (
        "tahun lalu tender jalan lingkungan di Katingan dimenangkan siapa, tahun ini "
        "pemenangnya sama?"
    ),
    "pak.. sinyal jelek.. besok mau survei lokasi.. cuaca di Palangka Raya hujan nggak ya",
    (
        "saya baru mutasi, mohon maaf: syarat pengajuan KPR subsidi FLPP untuk pegawai "
        "honorer apa saja?"
    ),
    "pak.. maaf kuota habis.. cara urus cuti tahunan ASN di SIMPEG gimana ya",
    "standar harga satuan jalan beton per meter persegi di Kalteng tahun depan berapa?",
    "berapa rumah BSPS yang dibangun di Barito Utara tahun dua ribu dua puluh lima?",
    "kepala dinas perkim Lamandau tahun lalu sudah ganti belum? sekarang siapa namanya?",
    (
        "May I know po if the bot can help with permits? What are the requirements for a "
        "building permit (PBG) for a minimarket?"
    ),
    "saya baru mutasi, maaf di luar topik: jadwal vaksin di puskesmas kapan ya?",
    "aturan penggunaan dana BOS sekolah dasar tahun ini ada yang baru?",
    "pak.. maaf putus2.. uang harian SPPD ke Palangka Raya.. berapa ya skrg",
    "tarif sewa rusun awa di Palangka Raya per bulan berapa ya",
    "pagu anggaran Disperkimtan untuk PSU tahun ini berapa miliar? naik dari tahun lalu?",
    "hrg stn jln ling pving blk per m2 brp y d Kotim?",
    "pemenang tender penanganan kumu di Pahandut tahun ini siapa ya",
    "Saya baru di perkim, nomor WA kepala bidang kawasan permukiman provinsi berapa ya?",
    "Pak\nuntuk rusunawa di Palangka Raya\nberapa tarif sewa\nper bulannya?",
    "kamu bisa bantu soal kepegawaian nggak? kenaikan pangkat periode April diproses BKD kapan?",
    "pak.. sinyal jelek.. besok di Palangka Raya hujan nggak ya.. mau survei lapangan",
    "tunjangan kinerja golongan tiga A di pemprov berapa ya, dua juta atau tiga juta?",
    "Good day po\nkindly help\nwhat are the requirements\nfor renewing a driver's license here?",
    "ada aturan baru soal cuti bersama ASN tahun depan? jadi berapa hari?",
    "jadwal speed boat dari kuala ka puas ke ban jar masin jam berapa ya",
    "harga semen per sak di Muara Teweh sekarang berapa, lima puluh ribu atau enam puluh ribu?",
    (
        "Can you help with agriculture questions po? What fertilizer subsidy can our "
        "farmers get this year?"
    ),
    "pak.. maaf putus2.. jumlah RTLH di Kabupaten Katingan tahun ini berapa.. datanya ada?",
    "Saya baru di perkim, maaf mau tanya: bunga KPR subsidi FLPP sekarang berapa persen?",
]
