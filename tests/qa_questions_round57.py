"""Held-out question table, round 57 (written 2026-12-07 during round 34 of tuning; never tuned on).

Two writers who had not seen the knowledge base or any other question table each wrote half:
they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place
list). Nobody tuning the matcher reads this file: bench/qa_quality.py --final measures it.

Its styles were new to the bot when it was written, and nothing was built for them in the
round it was written: old spelling ("djalan", "oesoelan", "jang"), correcting the bot's last
answer and asking again, asking what is not allowed or the exceptions, relative time words
("lusa", "H-7 rakor"), vowel-less abbreviations ("kmh", "rkr", "usln"), a reply quoting an
earlier message with ">" lines, Roman numerals and ordinals, nested conditionals; Filipino
English for the first half of the topic list and Nigerian English for the second.
"""

ROUND57_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        ("min tolong rangkum kwngn perkim dong, pusat pegang apa, prov apa, kab/kota apa"),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Good morning po sir! For our briefing with the Bupati, can you give the big "
            "picture of which level of government handles what in housing and settlements po?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "oeroesan perumahan rakjat itoe masoek wadjib atau pilihan? dasarnja pasal brp di "
            "UU pemda?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "bukan itu maksud saya min. yg sy tanya: urusan perkim ini tergolong wajib yg "
            "terkait layanan dasar atau bukan?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        ("pembagian kwngn kmh itu patokannya luas brp aja ya? kab s/d brp ha, prov brp ha"),
        "kewenangan.kumuh",
    ),
    (
        ("kwngn kmh dibagi brdsrkan luas kan? angka2 batasnja brp sadja utk kab, prov, poesat?"),
        "kewenangan.kumuh",
    ),
    (
        (
            "> kumuh 10-15 ha itu provinsi\nterus yang pas di angka batasnya masuk mana? 10 "
            "nya ikut siapa, 15 nya ikut siapa"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kawasan kmh yg luas2 bgt itu ditangani kementerian ya? mulai dari brp ha itu jadi "
            "urusan pusat?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "salah paham min, yg saya tanya bukan yg 10-15 ha. kalau kmh-nya 15 ha ke atas "
            "siapa yg pegang?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "pentjegahan kmh (biar ga tumboeh kumuh baroe) itu toegas siapa sebenernja? prov "
            "bisa bantoe ga?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Sir, for preventing new slums po, not upgrading the existing ones, can the "
            "province fund it or is it the regency's job only?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "di bidang perumahan (bukan kmh ya) prov itu tugasnya apa aja, kab apa aja?",
        "kewenangan.perumahan",
    ),
    (
        (
            "kalau kab mau minta prov bantu di bidang perumahan, tapi bukan kumuh dan bukan "
            "PSU, terus kalau bukan soal izin juga gimana, prov sebenarnya pegang urusan "
            "perumahan apa aja?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "rumah utk org berpenghasilan rendah sama rusun itu sebenernya jatah pusat ya? kab "
            "bs minta ke prov ga?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Ma'am, is housing for low-income families and the housing finance scheme handled "
            "by the national government po? Just to confirm before our meeting tomorrow "
            "morning."
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "kalau banjir di Kec. Mentaya Hilir Selatan bikin rumah warga rusak berat, tapi "
            "statusnya bencana kabupaten, terus kalau nanti naik jadi bencana provinsi gimana, "
            "siapa yg bangun rumahnya?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Good afternoon po. Families moved out because of a provincial government project, "
            "who is responsible for giving them houses po? Kindly advise."
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "izin pembangoenan perumahan dari developer di Jekan Raya itoe diurus ke prov atau "
            "ke pemkot?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "SKBG itu yg nerbitin siapa? prov bisa ga? trs izin pengembangan kawasan "
            "permukiman jg ke siapa?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "oeroesan kawasan pemoekiman (boekan perumahan ja) itoe prov pegang apa, kab "
            "pegang apa, poesat apa?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "selain penataan kmh, di sub urusan kawasan permukiman ada apa lagi per tingkat? "
            "sistem permukiman nasional itu siapa yg tetapkan?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "PSU di perumahan subsidi dr developer itu tanggung jwb siapa? beda ga sama PSU di "
            "permukiman warga?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "salah paham min, sy ga nanya jalan kabupaten. yg sy tanya PSU perumahan vs PSU "
            "permukiman, mana yg prov mana yg kab?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "apa saja yg tdk bisa diusulkan sbg PSU ke prov? jalan poros kab atau drainase "
            "pinggir jalan provinsi boleh ga?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Hi po, what kind of infrastructure does the provincial Disperkimtan actually "
            "build under PSU? Can we request street lights or only certain works po?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "registrasi konsoeltan perentjana roemah ketjil2an itu di kab ya? jang menengah "
            "sama besar siapa?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "sertifikasi perencana PSU kemampuan menengah itu ke prov ya? kami lg susun SOP, "
            "takut salah tulis"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        ("SPM bidang perumahan itu isinya apa aja? target 100% itu utk siapa, prov atau kab?"),
        "kewenangan.spm",
    ),
    (
        (
            "Sir, what minimum service standards for housing must the province meet po? Our "
            "Bappeda is asking for it in the quarter IV report."
        ),
        "kewenangan.spm",
    ),
    (
        (
            "luas kmh yg dipake utk nentuin kwngn itu luas desa seluruhnya atau cuma yg "
            "dibatasi di SK?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "kalau Kel. Selat Hulu luasnya ratusan ha tapi yg masuk SK kumuh cuma sebagian, "
            "terus kalau batas di peta kami beda sama SK gimana, luas mana yg dihitung?"
        ),
        "kumuh.luas_delineasi",
    ),
    ("jang menetapkan lokasi kumoeh itoe siapa? goebernoer atau boepati?", "kumuh.penetapan"),
    (
        "SK kmh kami terbit 2019, apa wajib ditinjau ulang? brp thn sekali sih?",
        ("kumuh.penetapan", "usulan.sk_kumuh"),
    ),
    ("kriteria kmh itu ada brp aspek? sebutin satu2 dong", "kumuh.aspek"),
    (
        ("> penilaian kekumuhan lokasi Pahandut Seberang\nyg dinilai itu aspek apa aja?"),
        "kumuh.aspek",
    ),
    ("skor kmh brp baru dibilang kumuh berat? nilai maksimalnya brp?", "kumuh.penilaian"),
    (
        (
            "> nilai kekumuhan Kel. Mendawai Seberang 64\nitu masuk kategori apa ya? cara "
            "ngitung skornya gmn"
        ),
        "kumuh.penilaian",
    ),
    ("nilai 40 itu kmh sedang ato ringan? rentangnya brp2?", "kumuh.tingkat_sedang_ringan"),
    (
        ("skor lokasi kami 25, itu masuk kumuh apa? batas bawah-atas sedang & ringan brp?"),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "bedanja pemoegaran sama peremadjaan apa? kapan haroes pemukiman kembali?",
        "kumuh.pola_penanganan",
    ),
    (
        (
            "kalau kmh-nya ringan tapi lahannya ilegal, terus kalau lokasinya di bantaran "
            "sungai rawan banjir gimana, ditangani pakai cara apa?"
        ),
        "kumuh.pola_penanganan",
    ),
    ("total kmh se-kalteng brp lokasi & brp ha?", "kumuh.kalteng"),
    (
        (
            "Good day po! How many slum locations does Central Kalimantan have in all, and "
            "which regency has the most po?"
        ),
        "kumuh.kalteng",
    ),
    ("usln ke prov itu hrs memuat apa aja? biar ga bolak balik dikembalikan", "usulan.isi"),
    (
        (
            "bukan itu maksud saya min. sy nanya kenapa di usulan ditanya macem2 (KK, jiwa, "
            "biaya, lahan), gunanya buat apa?"
        ),
        "usulan.isi",
    ),
    ("usln yg bs diajukan ke prov itu jenisnya apa aja? ada pilihan lain2 ga?", "usulan.jenis"),
    (
        (
            "Sir, what categories of proposals can we submit to the province po? Our project "
            "is a fire hydrant, is there an 'other' category po?"
        ),
        "usulan.jenis",
    ),
    (
        ("data lokasi usln hrs detail sampai mana? kec, desa, nama kawasan, titik gps jg?"),
        "usulan.lokasi",
    ),
    (
        (
            "kalau lokasinya di Desa Tewai Baru tapi nama kawasannya di SK beda, terus kalau "
            "di lokasi ga ada sinyal utk ambil titik GPS gimana ngisinya?"
        ),
        "usulan.lokasi",
    ),
    (
        ("jumlah KK sama jiwa penerima manfaat wajib diisi ga? sumber dana boleh gabungan?"),
        "usulan.penerima_biaya",
    ),
    (
        (
            "biaja oesoelan boleh digaboeng APBD kab + CSR? soember dana jang bisa dipilih apa "
            "sadja?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        ("readiness criteria utk usln PSU apa aja? takut kurang pas verifikasi tahap II"),
        "usulan.kesiapan",
    ),
    (
        ("dokoemen kesiapan jang hrs ada di oesoelan apa sadja? jang boleh menjoesoel apa?"),
        "usulan.kesiapan",
    ),
    (
        (
            "lahan utk jaling msh atas nama warga, blm sertifikat cuma SKT. itu dianggap clean "
            "and clear ga?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "lokasi drainase di Kumai Hulu lahannya msh sengketa sm 1 keluarga. status lahan "
            "yg diminta prov apa aja?"
        ),
        "usulan.lahan",
    ),
    (
        ("usln kmh wajib nyantumin SK kumuh? kalau lokasinya blm tercantum di SK gmn?"),
        "usulan.sk_kumuh",
    ),
    (
        (
            "kalau SK kmh kami thn 2019 dan lokasinya ada di situ, tapi SK barunya baru terbit "
            "akhir bulan ini, terus usulan pakai SK yg mana?"
        ),
        "usulan.sk_kumuh",
    ),
    ("DED sama RAB wajib ga pas usln? foto kondisi eksisting brp lembar?", "usulan.dokumen_teknis"),
    (
        (
            "Hi po, do we need to attach the site plan and RKS already, or can they follow "
            "after the DED po? Our deadline is next week."
        ),
        "usulan.dokumen_teknis",
    ),
    (
        "soerat pernjataan hibah sama O&P itoe wadjib dilampirkan di oesoelan?",
        "usulan.surat_pernyataan",
    ),
    (
        (
            "> wajib lampirkan surat pernyataan O&P\nknp hrs tanda tangan itu pdhl usulannya "
            "blm disetujui?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "usln RTLH ke prov, kalau rumahnya di tanah ortu blm balik nama bisa? terus kalau "
            "rumahnya udah roboh total gmn?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Sir, for the provincial uninhabitable house program po, who decides the final "
            "beneficiaries? And can we propose building a brand new house po?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "warga RT 05 Panarung minta jaling dicor, bisa langsung kirim ke prov? harus "
            "diketahui siapa aja?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Please sir, residents of Kalampangan wrote a letter asking for drainage. I wish "
            "to enquire whether the community can send it direct and who must endorse it."
        ),
        "usulan.psu_masyarakat",
    ),
    (
        ("jaling yg dibangun prov di tanah kab nanti asetnya punya siapa? pemeliharaannya siapa?"),
        "hibah.aset",
    ),
    (
        ("> BAST udah diteken bulan lalu\nterus jalannya rusak, yg wajib perbaiki kita atau prov?"),
        "hibah.aset",
    ),
    (
        ("kmh kami cuma 6 ha jd bukan jatah prov. sumber dana lain yg bs dicoba apa aja?"),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Well done sir. If the province cannot fund our project because it is not their "
            "mandate, which other funding windows can we approach? DAK, CSR?"
        ),
        "pendanaan.saluran_lain",
    ),
    ("alur usln dlm setahun itu gmn sih, dr awal nyusun sampe dibangun?", "siklus.tahunan"),
    (
        (
            "usln yg dikirim thn ini utk anggaran thn brp? urutan tahapnya sampai asetnya "
            "diserahkan gmn?"
        ),
        "siklus.tahunan",
    ),
    ("usln kita nanti dicek apa aja sm prov? ada survei lapangan ga?", "siklus.pemeriksaan"),
    (
        (
            "I wish to enquire sir, what does the province check when verifying our proposals? "
            "Is it only the documents?"
        ),
        "siklus.pemeriksaan",
    ),
    ("rkr itu sebenernya utk apa? siapa aja yg ikut?", "siklus.rakor"),
    (
        (
            "lusa rakor ke-III saya tp baru kali ini bawa usln. di rakor itu sebenernya "
            "dibahas apa aja?"
        ),
        "siklus.rakor",
    ),
    ("stlh rkr usln lanjut kemana? kapan masuk RKPD & APBD?", "siklus.rkpd_apbd"),
    (
        (
            "kalau usln udh dibahas di rkr tapi blm masuk APBD, terus kalau musrenbang prov "
            "udh lewat gimana? tahapannya stlh rakor itu gmn sih?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        "pokja PKP itu fungsinya apa? di kab kami blm ada, perlu dibentuk ga?",
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Sir, what is the role of the Pokja PKP and what is its legal basis? Our Sekda "
            "asked me to brief him tomorrow morning."
        ),
        "koordinasi.pokja_pkp",
    ),
    ("alamat kantor disperkimtan prov dmn ya? mau antar berkas besok pagi", "disperkimtan.kontak"),
    (
        "kantor dinas perkim prov di djalan apa ja? sekalian alamat websitenja",
        "disperkimtan.kontak",
    ),
    ("perintah2 di bot ini apa aja? jamnya pake WIB atau WITA?", "bot.cara_pakai"),
    ("sy br di-approve. perintah2 apa aja yg bs sy pakai di sini?", "bot.cara_pakai"),
    ("lwt /usul bisa simpan draf dulu ga? sinyal di Tumbang Lampahung putus2", "bot.usul"),
    (
        ("pas isi /usul bisa nyalin usulan taun lalu ga? foto maks brp & pdf bisa dilampirin?"),
        "bot.usul",
    ),
    ("arti status 'perlu perbaikan' apa? trus sy hrs ngapain?", "bot.status"),
    ("> Status: dibahas_rakor\nitu maksudnya gmn min?", "bot.status"),
    (
        "status dialihkan itu artinja apa, beda dgn ditolak?",
        ("bot.status", "bot.ditolak_dialihkan"),
    ),
    (
        (
            "usln kami ditolak alasannya bukan kwngn prov. langkah selanjutnya apa? bisa "
            "diajukan ulang?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Please sir, our proposal was redirected to APBN. What does that mean for us and "
            "what should we do next?"
        ),
        "bot.ditolak_dialihkan",
    ),
    ("usln udh 4 hari kerja blm diverifikasi. standar waktunya brp hari sih?", "bot.tindak_lanjut"),
    (
        (
            "I wish to enquire sir, how many working days should the province take to respond "
            "to a proposal? Is there a standard like LAPOR!?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "undangan rkr pekan depan sy ga bisa hadir. boleh diwakilkan staf? konfirmasinya "
            "di bot gmn?"
        ),
        "bot.rapat",
    ),
    (("pengingat rapat dari bot itu dikirim kapan aja? H-7 rkr kok blm ada notif ya"), "bot.rapat"),
    ("perkim itu singkatan dr apa?", "istilah.perkim"),
    ("> koordinasi dgn perkim kab\nperkim itu maksudnya apa sih?", "istilah.perkim"),
    ("disperkimtan kepandjangannja apa? jang 'tan' itoe apa?", "istilah.disperkimtan"),
    (
        "bukan itu maksud sy. sy cuma nanya Disperkimtan itu kepanjangannya apa",
        "istilah.disperkimtan",
    ),
    ("PSU kpnjngnnya apa min?", "istilah.psu"),
    ("Sir, I keep seeing PSU in the circular. What is the full meaning please?", "istilah.psu"),
    ("jaling tu apa?", "istilah.jaling"),
    ("> usulan jaling Desa Sarapat\njaling maksudnya apa ya?", "istilah.jaling"),
    ("drainase lingkoengan itoe maksoednja apa? sama dgn got?", "istilah.drainase"),
    ("Please sir, what is drainase? Is it the same thing as gutter?", "istilah.drainase"),
    ("KR itu singkatan apa di data kmh?", "istilah.kr"),
    ("kode KR di tabel lampiran SK kumuh artinya apa?", "istilah.kr"),
    ("KS di kolom tingkat kekumuhan itu apa?", "istilah.ks"),
    ("lokasi kami tertulis KS di lampiran SK, maksoednja apa?", "istilah.ks"),
    ("KB di data kmh bukan keluarga berencana kan? artinya apa?", "istilah.kb"),
    ("> Lokasi 3: KB\nKB maksudnya apa min", "istilah.kb"),
    ("SK kumuh itu apa sih? soerat apa?", "istilah.skkumuh"),
    (
        "Sir, what is this SK kumuh they keep asking us for? What kind of document?",
        "istilah.skkumuh",
    ),
    ("delineasi artinja apa?", "istilah.delineasi"),
    ("deliniasi itu istilah apa ya? sering muncul di peta kmh", "istilah.delineasi"),
    ("RTLH kepanjangannya apa?", "istilah.rtlh"),
    ("> bantuan RTLH Desa Jaar\nRTLH itu apaan ya min", "istilah.rtlh"),
    ("RLH itu artinya apa? lawannya RTLH ya?", "istilah.rlh"),
    ("> target RLH 2026 naik\nRLH maksudnja apa?", "istilah.rlh"),
    ("bedah rumah itu istilah apa sih? maksudnya dibongkar?", "istilah.bedahrumah"),
    ("'bedah rumah' yg sering disebut di berita itu maksudnja program apa?", "istilah.bedahrumah"),
    ("BSPS kepandjangannja apa?", "istilah.bsps"),
    ("I wish to enquire what BSPS means, sir.", "istilah.bsps"),
    ("MBR itu singkatan apa", "istilah.mbr"),
    ("salah paham min, yg sy tanya arti MBR nya, bukan programnya", "istilah.mbr"),
    ("rusunawa tu apa? beda ama rusun biasa?", "istilah.rusunawa"),
    ("Please sir, what is a rusunawa?", "istilah.rusunawa"),
    ("rusus artinya apa? rumah khusus itu maksudnya?", "istilah.rusus"),
    ("> pembangunan rusus di perbatasan\nrusus itu apa ya?", "istilah.rusus"),
    (
        ("huntara itu singkatan dari apa ya? di laporan banjir Kapuas kemarin ada tulisan itu"),
        "istilah.huntara",
    ),
    (
        (
            "> tim soedah bangoen 20 oenit huntara di Desa Dadahup\nhuntara ini maksoednja "
            "apa, roemah djenis apa?"
        ),
        "istilah.huntara",
    ),
    ("bukan huntara yg saya tanya min, tp huntap. itu artinya apa?", "istilah.huntap"),
    (
        (
            "What does huntap stand for po? It is in the post-disaster report for Katingan, "
            "for your kind approval."
        ),
        "istilah.huntap",
    ),
    (
        (
            "KK di kolom penerima manfaat itu maksudnya apa? kartu keluarga atau kepala "
            "keluarga? lusa form harus masuk"
        ),
        "istilah.kk",
    ),
    ("djml KK di form oesoelan artinja apa sih pak, saja bingoeng", "istilah.kk"),
    ("kolom jiwa di usln itu ngitungnya apa, per orang?", "istilah.jiwa"),
    ("Ma'am, what is meant by jiwa in the beneficiaries part po? Kindly advise.", "istilah.jiwa"),
    ("ha itu satuan apa sih? staf baru di Kasongan nanya, sy jg lupa brp m2", "istilah.ha"),
    ("DED kepanjangannya apa? lusa harus dilampirkan katanya", "istilah.ded"),
    (
        (
            "Kindly advise po what DED means, the engineer from Sukamara keeps mentioning it "
            "in our tahap II meeting."
        ),
        "istilah.ded",
    ),
    ("RAB itu dokumen apa ya pak? bukan rabu kan hehe", "istilah.rab"),
    ("kpnjngn RAB ap? bsk pagi disuruh bawa", "istilah.rab"),
    ("tjoba djelaskan RKS itoe singkatan apa dan isinja apa", "istilah.rks"),
    ("salah paham min, yang saya tanya RKS bukan RAB. RKS itu apa?", "istilah.rks"),
    ("KAK itu sama dengan TOR kah? artinya apa", "istilah.kak"),
    ("konsoeltan minta KAK sebeloem rakor pekan depan, KAK itoe apa?", "istilah.kak"),
    (
        (
            "kalau denah sudah ada, tapi diminta site plan juga, terus site plan itu "
            "sebenernya gambar apa?"
        ),
        "istilah.siteplan",
    ),
    (
        (
            "Po, what is a site plan in the proposal documents? Our team in Nanga Bulik is not "
            "familiar, for your kind guidance."
        ),
        "istilah.siteplan",
    ),
    ("RC dalam konteks usulan itu singkatan dari apa?", "istilah.rc"),
    (
        ("> dokumen RC harap dilengkapi paling lambat H-7 rakor\nRC itu apa maksudnya min?"),
        "istilah.rc",
    ),
    ("BAST kpnjngnnya ap?", "istilah.bast"),
    (
        ("pas serah terima jaling di Desa Runtu disebut BAST, itu singkatan dari apa ya?"),
        "istilah.bast",
    ),
    ("arti kata hibah itu apa sih? bukan pinjaman kan?", "istilah.hibah"),
    (
        (
            "Sir po, what does hibah mean? Is it like a donation? Sorry, I am new in the "
            "Perkim office."
        ),
        "istilah.hibah",
    ),
    ("BMD itoe singkatan apa pak?", "istilah.bmd"),
    ("bukan BMN maksud saya, yg saya tanya BMD. artinya apa?", "istilah.bmd"),
    ("BMN itu barang milik siapa? singkatannya apa", "istilah.bmn"),
    ("In the grant document there is BMN po, what does it stand for?", "istilah.bmn"),
    ("O&P itu apa ya?", "istilah.op"),
    ("di soerat pernjataan ada kata OP, itoe kepandjangan dari apa?", "istilah.op"),
    ("SPM kepanjangannya apa ya? sering disebut di rapat triwulan III", "istilah.spm"),
    ("spm prkm itu ap? standar apa gt", ("istilah.spm", "kewenangan.spm")),
    ("Pokja PKP itu apa sih, kelompok kerja apa?", ("istilah.pokjapkp", "koordinasi.pokja_pkp")),
    ("Pokja PKP singkatan dari apa? besok pagi saya diundang rapatnja", "istilah.pokjapkp"),
    ("PPAS di Pokja PPAS itu singkatan apa?", "istilah.pokjappas"),
    ("bukan KUA-PPAS maksud saya, tapi Pokja PPAS. itu pokja apa?", "istilah.pokjappas"),
    ("Pokja AMPL itoe kepandjangannja apa?", "istilah.pokjaampl"),
    ("AMPL dlm pokja ampl = ? air minum dan ... apa", "istilah.pokjaampl"),
    ("RP3KP itu dokumen apa?", "istilah.rp3kp"),
    (
        (
            "Ma'am, what is RP3KP po? Our Kabid said we need to understand it before the Rakor "
            "ke-III."
        ),
        "istilah.rp3kp",
    ),
    ("RP2KPKP singkatan dari apa? panjang banget, besok pagi dipresentasikan", "istilah.rp2kpkp"),
    ("jangan ketuker sama RP3KP ya min, yg sy tanya RP2KPKP, itu rencana apa?", "istilah.rp2kpkp"),
    ("tjoba djelaskan KOTAKU itoe program apa", "istilah.kotaku"),
    (
        (
            "> doeloe lokasi ini pernah dapat KOTAKU\nKOTAKU itoe apa ja? soedah lama saja "
            "tidak dengar"
        ),
        "istilah.kotaku",
    ),
    ("DAK Tematik PPKT itu apa? PPKT-nya singkatan dari apa?", "istilah.daktematikppkt"),
    (
        (
            "Kindly advise po, what is DAK Tematik PPKT? Someone from Bartim mentioned it as "
            "another funding."
        ),
        "istilah.daktematikppkt",
    ),
    ("APBN itu apa sih kpnjngnnya", "istilah.apbn"),
    ("apbn = anggaran apa? yg pusat itu ya", "istilah.apbn"),
    ("APBD itu kepanjangannya apa? anak magang nanya", "istilah.apbd"),
    ("Sir po, what is APBD? For our new staff orientation on Monday.", "istilah.apbd"),
    ("APBDes artinya apa, anggaran desa ya?", "istilah.apbdes"),
    (
        ("kalau APBD itu anggaran daerah, tapi ada lagi APBDes, terus APBDes itu sebenernya apa?"),
        "istilah.apbdes",
    ),
    (
        (
            "kalau dana dari prov turun ke kab, tapi namanya Bankeu, terus Bankeu itu "
            "sebenernya bantuan apa?"
        ),
        "istilah.bankeu",
    ),
    ("bankeoe dari prov ke kab itoe maksoednja apa?", "istilah.bankeu"),
    ("> usulan ini masuk lewat pokir\npokir itu apa ya, pokir dewan gitu?", "istilah.pokir"),
    (
        ("What does Pokir mean po? The DPRD member from Barito Utara mentioned it, kindly advise."),
        "istilah.pokir",
    ),
    ("msrnbng kpnjngn ap? minggu depan ada di kecamatan", "istilah.musrenbang"),
    ("moesrenbang itoe apa, tingkatannja apa sadja?", "istilah.musrenbang"),
    ("RKPD kepandjangan apa", "istilah.rkpd"),
    ("Ma'am po, what is RKPD? Kindly advise.", "istilah.rkpd"),
    ("Renja itu singkatan dari apa? diminta kumpul besok pagi", "istilah.renja"),
    (
        ("Please sir, what is Renja? I wish to enquire because our Kabid asked for it."),
        "istilah.renja",
    ),
    ("renstra = rencana strategis? utk brp thn?", "istilah.renstra"),
    ("boekan renja pak, renstra. artinja apa?", "istilah.renstra"),
    ("> sesuai RPJMD 2025-2029\nRPJMD itu apa? yang 5 tahunan ya?", "istilah.rpjmd"),
    ("Well done on the help sir. Please what does RPJMD stand for?", "istilah.rpjmd"),
    ("KUA-PPAS itu apa ya? disebut pas rapat anggaran kemarin", "istilah.kuappas"),
    ("kua ppas kpnjngn ap", "istilah.kuappas"),
    ("RKA itoe dokoemen apa?", "istilah.rka"),
    ("> mohon RKA dinas dikirim akhir bulan ini\nRKA itu apa sih?", "istilah.rka"),
    ("DPA kpnjngn ap? bagian keuangan di lantai 2 nanya", "istilah.dpa"),
    (
        ("Please sir, what is DPA? I wish to understand it before the triwulan IV report."),
        "istilah.dpa",
    ),
    ("SIPD itoe sistem apa?", "istilah.sipd"),
    ("sipd singkatan apa ya, yg aplikasi kemendagri itu", "istilah.sipd"),
    ("Bapperida itu badan apa? dulu Bappeda kan?", "istilah.bapperida"),
    ("I wish to enquire sir, what is Bapperida?", "istilah.bapperida"),
    (
        ("salah paham min, bukan OPD dinas kami yg sy tanya, tapi arti kata OPD itu apa"),
        "istilah.opd",
    ),
    ("opd = organisasi apa? sy lupa", "istilah.opd"),
    ("SKPD kepanjangannya apa? sama dengan OPD?", "istilah.skpd"),
    ("bukan OPD yg sy maksud, SKPD. itu satuan apa?", "istilah.skpd"),
    ("SPAM di dokumen air minum itu apa? bukan spam email kan", "istilah.spam"),
    ("Please sir, what does SPAM stand for in water supply?", "istilah.spam"),
    ("SPALD itoe apa ja?", "istilah.spald"),
    ("spald singkatan dari? (air limbah kah)", "istilah.spald"),
    ("IPAL itu apa? rapat tahap II nyebut itu terus", "istilah.ipal"),
    ("di gambar site plan ada kotak toelisan IPAL, itoe maksoednja apa?", "istilah.ipal"),
    ("TPS3R itu apa, 3R-nya apa?", "istilah.tps3r"),
    ("How far sir, please what is TPS3R? The Lurah of Pahandut asked me.", "istilah.tps3r"),
    ("MCK singkatan dr ap", "istilah.mck"),
    ("mck = mandi cuci ... apa? lupa sy", "istilah.mck"),
    ("RTRW itu apa? bukan RT/RW kan?", "istilah.rtrw"),
    ("Please sir, what does RTRW mean? Not the RT and RW of the neighbourhood?", "istilah.rtrw"),
    ("> lokasi harus sesuai RDTR\nRDTR itu rencana apa?", "istilah.rdtr"),
    ("salah paham min, sy tanya RDTR bukan RTRW. RDTR itu apa?", "istilah.rdtr"),
    ("PBG itu pengganti IMB ya? kepanjangannya apa", "istilah.pbg"),
    ("pbg kpnjngn ap", "istilah.pbg"),
    ("SLF itoe sertifikat apa? diperloekan oentoek apa", "istilah.slf"),
    ("Please sir, what is SLF for buildings?", "istilah.slf"),
    ("SKBG itu apa? sertifikat apa", "istilah.skbg"),
    ("skbg = sertifikat kepemilikan ... apa?", "istilah.skbg"),
    ("SKT itu surat apa? warga cuma punya itu", "istilah.skt"),
    ("> tanah warga baroe ada SKT dari desa\nSKT ini singkatan apa ja?", "istilah.skt"),
    (
        ("clean and clear itu maksudnya apa utk lahan? lahan yg tidak termasuk C&C yg gimana?"),
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    (
        (
            "I wish to enquire sir, what does clean and clear mean for land? Which land does "
            "not qualify?"
        ),
        "istilah.cleanandclear",
    ),
    (
        (
            "kalau dananya dari CSR, tapi perusahaannya swasta, terus CSR itu sebenernya "
            "singkatan apa?"
        ),
        "istilah.csr",
    ),
    ("csr kpnjngn ap", "istilah.csr"),
    ("Rakor itu singkatan apa sih?", ("istilah.rakor", "siklus.rakor")),
    ("rkr kpnjngnnya ap? pekan depan katanya ada", "istilah.rakor"),
    ("LAPOR! itu apa? yang pakai tanda seru itu", "istilah.lapor"),
    ("Please sir, what is LAPOR! that was mentioned as the standard?", "istilah.lapor"),
    ("WIB itu waktu apa? Kalteng pakai WIB atau WITA?", "istilah.wib"),
    ("backlog perumahan itu maksudnya apa? disebut terus di rakor ke-II", "istilah.backlog"),
    ("Please sir, what is housing backlog?", "istilah.backlog"),
    ("PKP itu singkatan apa? bukan pengusaha kena pajak kan", "istilah.pkp"),
    ("bidang pkp = perumahan dan ... apa?", "istilah.pkp"),
    ("kmh itu definisinya apa sih? yg disebut permukiman kumuh", "istilah.kumuh"),
    ("koemoeh itoe artinja apa menoeroet atoeran?", "istilah.kumuh"),
    ("DAK kepandjangannja apa?", "istilah.dak"),
    ("Please sir, what is DAK? Well done for the quick replies.", "istilah.dak"),
    ("rusun itu apa, rumah susun?", "istilah.rusun"),
    ("bukan rusunawa, yg sy tanya rusun aja. artinya apa?", "istilah.rusun"),
]

ROUND57_INTENTS: list[tuple[str, str]] = [
    ("usln kami USL-2026-0004 sdh sampai mana?", "status"),
    ("bagaimana kabar oesoelan kami dari Pulpis, soedah diverifikasi beloem?", "status"),
    ("Please sir, how far with our proposals? Have they been checked?", "status"),
    ("rkr taon ini kapan & dmn?", "meeting"),
    ("rapat berikoetnja djadi tanggal berapa? di aula lagi?", "meeting"),
    ("Ma'am, when is the next coordination meeting po and where will it be held?", "meeting"),
    ("batas akhir kirim usln tahap II kapan?", "deadline"),
    (("oesoelan paling lambat dikirim tanggal berapa? akhir boelan ini masih bisa?"), "deadline"),
    ("Sir, until when can we still submit proposals for next year's budget po?", "deadline"),
    ("slmt pagi min 🙏", "greeting"),
    ("trimakasih banjak atas bantoeannja", "greeting"),
    ("hello po, what can you do?", "greeting"),
    ("cara kirim usln lewat bot gmn?", "how_to_submit"),
    ("gimana tjaranja masukin oesoelan baru di sini?", "how_to_submit"),
    ("Please sir, how do I submit a new proposal through this bot?", "how_to_submit"),
    ("usln kami yg jaling Desa Bumi Harjo udah sampai mana ya min?", "status"),
    (
        ("How far with the drainage proposal we sent from Pulang Pisau sir? Has it been approved?"),
        "status",
    ),
    (
        (
            "> USL-2026-0014 sudah diterima\nitu sekarang statusnja bagaimana, soedah "
            "diverifikasi beloem?"
        ),
        "status",
    ),
    ("rkr ke-III tahun ini kapan dan di mana?", "meeting"),
    ("pekan depan ada rapat koordinasi? jam berapa dan tempatnja dimana", "meeting"),
    (
        ("Good day po ma'am, when and where is the Rakor this year? For our travel approval po."),
        "meeting",
    ),
    ("batas akhir kirim usulan TA depan sampai tanggal berapa?", "deadline"),
    ("tenggat usln tahap II ditutup kapan? takut lewat akhir bulan ini", "deadline"),
    (
        ("I wish to enquire sir, what is the last day to submit proposals for next year?"),
        "deadline",
    ),
    ("selamat pagi min", "greeting"),
    ("terima kasih banjak atas bantoeannja pak", "greeting"),
    ("bot ini bisa bantu apa aja?", "greeting"),
    ("gimana cara kirim usulan lewat bot ini?", "how_to_submit"),
    ("tjara masoekkan oesoelan lewat sinkron bagaimana, perintahnja apa?", "how_to_submit"),
    ("How do I submit a proposal through this bot po? Kindly advise the steps.", "how_to_submit"),
]

ROUND57_AREAS: list[tuple[str, str]] = [
    ("kmh di Kel. Ketapang luas 8,5 ha, kwngn siapa?", "kabkota"),
    ("kawasan kumoeh Mendawai Seberang pas 10 hektar, jang tangani siapa?", "provinsi"),
    ("luas kumuh tepat 15 ha di Selat Hulu, prov atau pusat?", "pusat"),
    ("kumuh 14,99 ha di Baamang Tengah kewenangan siapa?", "provinsi"),
    ("kawasan kumuh 125.000 m2 di Kec. Pahandut siapa yg pegang?", "provinsi"),
    ("kumuh seluas 95.000 meter persegi di Desa Tabatan, kwngn kab atau prov?", "kabkota"),
    (("lebih dari 20 hektare kumuh di Kuala Pembuang II, siapa yg bertanggung jawab?"), "pusat"),
    ("kurang dari 5 ha kmh di Nanga Bulik, tanggung jawab siapa?", "kabkota"),
    (
        ("Please sir, we have a slum of 12 hectares in Lanjas, Muara Teweh. Who is responsible?"),
        "provinsi",
    ),
    ("kmh 100.000 m² di Kereng Bangkirai siapa yg tangani?", "provinsi"),
    ("kawasan kumuh 3,2 hektare di Tamiang Layang kewenangan siapa?", "kabkota"),
    ("> kumuh di Kelurahan Candi 18 ha\nitu kwngn siapa ya?", "pusat"),
    ("kwsn kmh di Kel. Baamang Hulu luasnya 9,8 ha, kwngn siapa?", "kabkota"),
    (
        ("kalau delineasi di SK kumuh Kel. Selat Hulu pas 10 hektar, yg tangani prov atau kab?"),
        "provinsi",
    ),
    ("kumuh 125.000 m2 di Kel. Pahandut itu urusan siapa min?", "provinsi"),
    ("lokasi kmh tepat 15 hektare di Mentawa Baru Ketapang, kewenangan siapa?", "pusat"),
    (
        ("Slum area of 95.000 m² in Kuala Pembuang II po, which level handles it? Kindly advise."),
        "kabkota",
    ),
    ("luas kumuh 14,99 ha di Kelurahan Langkai, masih provinsi kah?", "provinsi"),
    (
        (
            "kawasan koemoeh loeasnja 210.000 meter persegi di Kapuas Hilir, djadi tanggoeng "
            "djawab siapa?"
        ),
        "pusat",
    ),
    (
        (
            "kalau kumuhnya lebih dari 8 ha tapi kurang dari 10 ha, di Dusun Selatan, terus "
            "siapa yg tangani?"
        ),
        "kabkota",
    ),
    (("> hasil delineasi Kel. Pahandut Seberang 31,77 ha\nitu kewenangan prov bukan?"), "pusat"),
    (("kumuh lebih dikit dari 10 ha, 10,4 hektar di Tanjung Pinang, siapa yg pegang?"), "provinsi"),
    ("luas kmh 99.000 m² di Kel. Ketapang Kotim. kab atau prov?", "kabkota"),
    (
        (
            "Please sir, a slum location of more than 15 hectares, about 22 hectares in Kota "
            "Besi Hilir. Who is responsible?"
        ),
        "pusat",
    ),
]

ROUND57_OUT_OF_SCOPE: list[str] = [
    "harga semen sak 50 kg di Sampit skrg brp?",
    "besok pagi hujan ga di Palangka Raya? mau survei lokasi",
    "cara perpanjang SIM di Polres Kapuas gmn?",
    "alokasi DAK Tematik PPKT utk Kotim taun depan brp milyar?",
    "gaji PPPK di dinas perkim kab brp sih?",
    "jadwal kapal dr Kumai ke Semarang lusa jam brp?",
    "izin tambang pasir di Sungai Kahayan diurus ke dinas mana?",
    "brp jumlah RTLH di Kab Lamandau thn 2025?",
    "Sir, can you recommend a good hotel near the airport in Palangka Raya po?",
    "Please sir, how far with the CPNS test result? When will it be announced?",
    "cara ngurus sertifikat tanah di BPN gmn? brp lama prosesnya?",
    "tarif PDAM per kubik di Pangkalan Bun brp?",
    (
        "kalau cuti tahunan sy ditolak atasan, tapi sy sakit pekan depan, terus kalau mau "
        "ajukan lagi gimana?"
    ),
    "pagu anggaran PSU Disperkimtan prov thn 2027 totalnya brp?",
    "harga tiket pesawat PKY-Jakarta akhir bulan ini brp ya?",
    "harga semen per sak di Sampit minggoe ini berapa?",
    "besok pagi hujan gak di Palangka Raya?",
    "cara bikin paspor buat umroh gimana",
    "total anggaran Disperkimtan tahun 2027 berapa miliar?",
    "berapa jumlah RTLH di Kab. Seruyan tahun ini?",
    "gaji PPPK golongan IX sekarang berapa?",
    "jadwal speedboat ke Kuala Pembuang lusa jam berapa?",
    "Please sir, what is the exchange rate of naira to rupiah today?",
    "nomor HP pak Kadis yang baru berapa ya?",
    "tarif PBB rumah di Jekan Raya tahun ini berapa persen?",
    "pegawai honorer boleh cuti melahirkan berapa lama?",
    "Po ma'am, what is the BMKG flood forecast for Kapuas next week?",
    "berapa nilai DAK Tematik PPKT yang diterima Kotim tahun 2026?",
    "barang apa saja yang dilarang dibawa ke kabin pesawat?",
    "ada lowongan CPNS di Disperkimtan tahun ini?",
]
