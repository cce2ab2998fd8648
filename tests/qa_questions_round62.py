"""Held-out question table, round 62 (written 2026-12-07 during round 36 of tuning; never tuned
on).

Two writers who had not seen the knowledge base or any other question table each wrote half:
they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place
list). Nobody tuning the matcher reads this file: bench/qa_quality.py --final measures it.

Its styles were new to the bot when it was written, and nothing was built for them: Javanese
krama and ngoko words, a question sent as pieces on several lines, numbers written as words,
a rule or article pasted first and then "maksudnya gimana?", polite hedges and
self-deprecation, a named regency, kecamatan or village, caps lock and no spaces after
punctuation, what happens if something is late, missing or wrong; Scottish English for the
first half of the topic list and Caribbean-flavoured English for the second.
"""

ROUND62_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "pak mohon maaf kalau pertanyaannya bodoh, sy masih awam di perkim. secara garis "
            "besar pusat, provinsi sama kab/kota itu masing2 ngurus apa aja?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Aye, I'm new tae aw this. Could ye gie us the big picture — whit does the centre "
            "dae, whit does the province dae, an whit's left tae us at the regency?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            '"Urusan Pemerintahan Wajib yang berkaitan dengan Pelayanan Dasar ... huruf d '
            'perumahan rakyat dan kawasan permukiman"\nmaksudnya gimana?'
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        "nyuwun sewu pak, perkim niku urusan wajib menopo urusan pilihan nggih?",
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "pak,mau tanya,pembagian penanganan kumuh antara kab,prov,pusat itu patokannya "
            "apa?luasnya ya?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            '"dengan luas 10 (sepuluh) ha sampai dengan di bawah 15 (lima belas) ha"\nitu dr '
            "lampiran UU 23/2014. berlaku buat kami di kab ga?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kumuh yg lima belas hektar keatas katanya urusan pusat.\ndasar hukumnya apa? ada "
            "yg bilang itu blm pasti"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "See the big slum areas, fifteen hectares an mair — is that the central "
            "government's job, aye? How no the province?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "nyuwun sewu, pencegahan kumuh niku tanggung jawabipun sinten nggih? provinsi "
            "mboten tumut?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "kami mau bikin program biar ga muncul kumuh baru di Kec. Baamang, itu bisa minta "
            "provinsi yg danai ga?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    ("SUB URUSAN PERUMAHAN ITU PROVINSI KEBAGIAN APA AJA, KAB APA?", "kewenangan.perumahan"),
    (
        (
            "Just the housing side, no the slums: whit housing jobs does the province hae, an "
            "whit's oors at the regency?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "maaf kalau salah, sy kira penyediaan rumah buat masyarakat berpenghasilan rendah "
            "itu tanggungan pusat ya, bukan prov?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        ("pak\nrusun utk MBR\nsama sistem pembiayaan rumahnya\nitu ranahnya pemerintah pusat kah"),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "rumah warga di Desa Mantangai Hulu banyak yg rusak berat kena banjir. yg wajib "
            "bangun ulang itu pemkab atau prov?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        ("warga kena relokasi program pemprov, griya enggalipun sinten ingkang nyediaaken nggih?"),
        "kewenangan.bencana_relokasi",
    ),
    (
        "IZIN PEMBANGUNAN PERUMAHAN DARI DEVELOPER ITU YG TERBITKAN PROV ATAU KAB??",
        "kewenangan.izin",
    ),
    ("SKBG itu diterbitkan instansi mana ya pak? sy masih awam soal perizinan", "kewenangan.izin"),
    (
        ("sub urusan kawasan permukiman niku rinciane menopo mawon per tingkatan pemerintah?"),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Under the settlement areas bit o the law, kawasan permukiman — whit falls tae the "
            "province an whit tae us?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            '"provinsi: penyelenggaraan PSU permukiman; kab/kota: penyelenggaraan PSU '
            'perumahan"\nmaksudnya gimana? bedanya dimana?'
        ),
        "kewenangan.psu",
    ),
    (
        (
            "jalan dlm komplek perumahan yg dibangun developer di Kel. Menteng, kalau rusak "
            "itu tanggungan prov apa pemkot?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "disperkimtan prov biasanya bangun prasarana apa aja di desa? kami di Desa Bumi "
            "Agung mau usul lampu jalan sm taman, bisa?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "drainase di sepanjang jalan provinsi yg lewat Kuala Pembuang bisa diusulkan ke "
            "disperkimtan ga?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        ("pak,sertifikasi perancang rumah yg tingkat kemampuan kecil itu siapa yg urus?"),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "konsultan perencana PSU kelas menengah badhe registrasi, teng provinsi menopo "
            "pusat nggih?"
        ),
        "kewenangan.sertifikasi",
    ),
    ("SPM perumahan bagian provinsi apa aja? targetnya seratus persen ya?", "kewenangan.spm"),
    (
        (
            "Whit's this minimum service standard for housing, the SPM — whit are we on the "
            "hook for at regency level?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "luas kumuh yg dihitung itu luas satu kelurahan atau cuma yg di SK? Kel. Pahandut "
            "Seberang kan luas bgt"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "pak\nyg kumuh cuma sebagian desa\ndesanya empat puluh ha\nyg masuk hitungan "
            "kewenangan itu yg mana ya"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "maaf sy orang baru. lokasi kumuh di Kota Palangka Raya itu yg menetapkan wali "
            "kota atau gubernur?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "Who signs aff the slum decree, the SK kumuh — the Bupati or the Governor? An how "
            "often does it need redone?"
        ),
        "kumuh.penetapan",
    ),
    ("maaf ganggu malam2 pak, aspek2 yg dinilai buat nentuin kumuh apa aja ya?", "kumuh.aspek"),
    ("pak\nproteksi kebakaran\nsama persampahan\nmasuk kriteria kumuh ga", "kumuh.aspek"),
    ("SKOR BRP BARU MASUK KUMUH BERAT?", "kumuh.penilaian"),
    (
        ("nilai kekumuhan paling tinggi delapan puluh kah? ngitungnya gmn per kriteria?"),
        "kumuh.penilaian",
    ),
    ("skor kami empat puluh lima, itu kumuh sedang atau ringan?", "kumuh.tingkat_sedang_ringan"),
    (
        "rentang nilai kumuh ringan niku saking pinten dumugi pinten nggih?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "lokasi kumuh ringan di Kel. Kumai Hilir, lahannya legal. penanganannya pemugaran "
            "atau peremajaan?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Whit's the difference atween pemugaran, peremajaan an pemukiman kembali? A'm fair "
            "confused."
        ),
        "kumuh.pola_penanganan",
    ),
    ("TOTAL LOKASI KUMUH SE-KALTENG ADA BRP? LUASNYA?", "kumuh.kalteng"),
    ("mohon maaf ganggu, kab mana yg paling banyak lokasi kumuhnya di kalteng?", "kumuh.kalteng"),
    (
        ("sy masih awam, isian usulan itu apa aja pak? mau siapkan datanya dulu sblm ngisi"),
        "usulan.isi",
    ),
    ("knp di usulan hrs isi jumlah KK,jiwa,sektor segala?buat apa?", "usulan.isi"),
    (
        ("saged ngusulaken menopo mawon teng provinsi? kumuh, PSU, lajeng menopo malih?"),
        "usulan.jenis",
    ),
    (
        (
            "Whit kinds o proposals can we send up tae the province? Just slums an roads, or "
            "is there mair?"
        ),
        "usulan.jenis",
    ),
    ("kalau titik GPS lokasi usulan ga diisi gpp? data lokasi apa aja yg wajib?", "usulan.lokasi"),
    (
        (
            "nama lokasi di usulan hrs sama persis dgn yg tertulis di SK kumuh ga? lokasinya "
            "di Kel. Selat Hulu"
        ),
        "usulan.lokasi",
    ),
    ("pak\nsumber dana usulan\nboleh kombinasi APBD prov sm APBD kab?", "usulan.penerima_biaya"),
    (
        (
            "biayanya kira2 satu koma dua miliar, cukup perkiraan aja? penerima manfaatnya "
            "dihitung KK atau jiwa?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        ("utk usulan PSU kalau dokumen kesiapannya blm lengkap gimana? yg diminta apa aja?"),
        "usulan.kesiapan",
    ),
    (
        ("Whit's this readiness criteria business? Whit papers dae we need tae show we're ready?"),
        "usulan.kesiapan",
    ),
    (
        (
            '"lahan clean and clear: bersertipikat, sesuai RTRW, tidak sengketa"\nberlaku buat '
            "usulan jalan lingkungan kami?"
        ),
        "usulan.lahan",
    ),
    (
        ("tanah lokasinya masih sengketa sama ahli waris, kalau tetap diusulkan gimana?"),
        "usulan.lahan",
    ),
    ("usulan kumuh wajib lampirin SK kumuh ga? lokasi kami blm tercantum di SK", "usulan.sk_kumuh"),
    (
        "kalau SK kumuhnya udh lewat lima tahun, usulan kami masih bisa jalan?",
        ("usulan.sk_kumuh", "kumuh.penetapan"),
    ),
    ("DED sama RAB harus udh jadi pas ngusul atau boleh nyusul?", "usulan.dokumen_teknis"),
    (
        (
            "RKS, site plan, foto kondisi eksisting, itu wajib dilampirkan jg? mohon maaf sy "
            "msh awam"
        ),
        "usulan.dokumen_teknis",
    ),
    ("SURAT PERNYATAAN HIBAH DAN O&P WAJIB GA? ISINYA APA?", "usulan.surat_pernyataan"),
    (
        ("kalau pemkab blm sanggup biaya pemeliharaan stlh dibangun, surat pernyataannya gmn?"),
        "usulan.surat_pernyataan",
    ),
    ("pak,bedah rumah lewat provinsi syaratnya apa?tanah warga cuma SKT boleh?", "usulan.rtlh"),
    (
        (
            "Can we get a brand new hoose built under the province's RTLH scheme, or does "
            "there need tae be an auld hoose there already?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "warga RT 05 Kel. Panarung mau minta jalan lingkungan langsung ke prov, bisa ga? "
            "syaratnya apa?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Wah gwaan boss, di community dem wan ask di province fi a drain. Mi wan know wha "
            "dem haffi do?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "jalan lingkungan ingkang dibangun provinsi teng tanah pemkab, sasampunipun "
            "rampung asetipun kagungane sinten? sinten ingkang ngrumat?"
        ),
        "hibah.aset",
    ),
    (
        ("BAST serah terima drainase di Kel. Sidorejo dr prov ke kab, yg teken siapa aja?"),
        "hibah.aset",
    ),
    (
        (
            "mohon maaf pak, kalau usulan kami ternyata bukan kewenangan prov, dananya bisa "
            "dicari dari mana?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "If di province seh a nuh fi dem business, where else mi can get money fi fix up "
            "di place?"
        ),
        "pendanaan.saluran_lain",
    ),
    ("pak\nalur usulan tiap taun\ndr awal sampe dibangun\ngmn ya", "siklus.tahunan"),
    ("usulan ingkang kulo kirim taun niki, kagem anggaran taun pinten nggih?", "siklus.tahunan"),
    ("USULAN KAMI DICEK PROV DARI SISI APA AJA? SAMPAI TINJAU LAPANGAN?", "siklus.pemeriksaan"),
    ("How di province check wi proposal dem? Dem come look pon di site?", "siklus.pemeriksaan"),
    (
        (
            "maaf pertanyaan bodoh, rakor bidang kawasan permukiman itu sebenernya acara apa? "
            "yg diundang siapa?"
        ),
        "siklus.rakor",
    ),
    ("rakor biasane dianakke wulan menopo? taun wingi teng pundi?", "siklus.rakor"),
    ("stlh rakor usulan kami lanjut kemana?musrenbang dulu?", "siklus.rkpd_apbd"),
    (
        ("After di Rakor done, how mi proposal reach inna di budget — di RKPD an di APBD?"),
        "siklus.rkpd_apbd",
    ),
    ("POKJA PKP ITU APA? DASAR HUKUMNYA?", "koordinasi.pokja_pkp"),
    (
        (
            "mohon maaf pak, sy baru dimutasi ke dinas perkim. kelompok kerja PKP di daerah "
            "itu fungsinya apa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    ("alamat kantor disperkimtan prov dmn? mau antar berkas dr Kuala Kurun", "disperkimtan.kontak"),
    (
        ("Where di housing office deh inna Palangka Raya? Mi soon come drop off some papers."),
        "disperkimtan.kontak",
    ),
    ("jam yg muncul di bot ini pakai WIB atau WITA? sy di Tamiang Layang", "bot.cara_pakai"),
    (
        ("Mi wan know which commands mi can type inna dis bot, an what time zone it use?"),
        "bot.cara_pakai",
    ),
    ("pas ngisi /usul bisa lampir pdf ga? foto maksimal sepuluh kah?", "bot.usul"),
    ("lagi ngisi /usul tiba2 sinyal ilang, datanya hilang ga? bisa dilanjut?", "bot.usul"),
    ('"Status: perlu perbaikan"\nmaksudnya gimana? kami hrs ngapain?', "bot.status"),
    ("bedanipun status diajukan kaliyan verifikasi menopo nggih?", "bot.status"),
    (
        "usulan kami DIALIHKAN ke APBD kab. maksudnya apa, trs langkah kami apa?",
        "bot.ditolak_dialihkan",
    ),
    ("Dem reject mi proposal. Why dat happen, an wha mi fi do now?", "bot.ditolak_dialihkan"),
    (
        "maaf ganggu malam2, normalnya brp hari usulan yg masuk ditanggapi prov?",
        "bot.tindak_lanjut",
    ),
    (
        ("udah lima hari kerja blm diverifikasi. ada standar waktunya ga? katanya ngikut LAPOR!"),
        "bot.tindak_lanjut",
    ),
    ("sy ga bisa hadir rapat, boleh diwakilkan staf? gmn konfirmasinya di bot?", "bot.rapat"),
    ("pak\npengingat rapat\ndr bot dikirim\nbrp kali ya sblm acara", "bot.rapat"),
    ("PERKIM ITU SINGKATAN DARI APA", "istilah.perkim"),
    ("pak\nmaaf mau tanya\nkata perkim\nkepanjangannya apa", "istilah.perkim"),
    ("disperkimtan niku kepanjanganipun menopo? ingkang 'tan' menopo?", "istilah.disperkimtan"),
    ("PSU itu kepanjangannya apa ya pak, mohon maaf pertanyaan dasar", "istilah.psu"),
    (
        ('"prasarana, sarana, dan utilitas umum" di surat undangan rakor\nmaksudnya gimana?'),
        "istilah.psu",
    ),
    ("jaling itu apa?bukan jalan lingkar kan?", "istilah.jaling"),
    ("Wha 'jaling' mean? Mi hear di engineer dem seh it all di while.", "istilah.jaling"),
    ("drainase lingkungan niku saluran ingkang pundi nggih?", "istilah.drainase"),
    ("KR di tabel kumuh Kab. Katingan itu singkatan apa?", "istilah.kr"),
    ("di daftar lokasi\nada tulisan KS\nitu artinya apa pak", "istilah.ks"),
    ("KB di data kumuh maksudnya apa? bukan keluarga berencana kan wkwk", "istilah.kb"),
    ("KB DI LAMPIRAN SK KUMUH ITU APA?", "istilah.kb"),
    ("SK kumuh itu dokumen apa sih? sy masih awam", "istilah.skkumuh"),
    ("Wah dem mean by 'SK kumuh'? Di paper from di office keep seh it.", "istilah.skkumuh"),
    ("mohon maaf sy msh awam, delineasi itu artinya apa?", "istilah.delineasi"),
    ("pak\nistilah delineasi\nyg sering disebut di rapat\nitu apa ya", "istilah.delineasi"),
    ("RTLH KEPANJANGANNYA APA YA", "istilah.rtlh"),
    ("rumah tidak layak huni niku ingkang kados pundi?", "istilah.rtlh"),
    ("RLH singkatan apa ya pak?kebalikan RTLH?", "istilah.rlh"),
    ("bedah rumah itu maksudnya apa? program resmi atau istilah aja?", "istilah.bedahrumah"),
    ("pak\nwarga sering bilang bedah rumah\nitu maksudnya apa sih", "istilah.bedahrumah"),
    ("BSPS KEPANJANGANNYA APA?", "istilah.bsps"),
    (
        (
            "di Desa Pandran Permai ada yg dapat bantuan stimulan perumahan swadaya, itu "
            "maksudnya bantuan apa ya?"
        ),
        "istilah.bsps",
    ),
    ("MBR niku menopo pak?", "istilah.mbr"),
    ("Wah MBR mean? Low income people dem?", "istilah.mbr"),
    ("pak\nrusunawa sama rusun\nbedanya apa\nyg 'wa' itu apa", "istilah.rusunawa"),
    ("rusus itu apa ya? rumah khusus?", "istilah.rusus"),
    ("Wah a 'rusus'? Mi neva hear dat word before.", "istilah.rusus"),
    ("pak mohon maaf kalau pertanyaannya bodoh, huntara niku menopo nggih?", "istilah.huntara"),
    (
        ("Aye, there's a word huntara in the flood report fae Pulang Pisau. Whit does it mean?"),
        "istilah.huntara",
    ),
    ("pak\nmau nanya\nhuntap itu singkatan dr apa ya", "istilah.huntap"),
    ("HUNTAP ITU APA SIH PAK? DI LAPORAN BPBD KATINGAN ADA", "istilah.huntap"),
    ("di form ada isian KK,itu maksudnya kartu keluarga atau apa?", "istilah.kk"),
    ("ngapunten, KK ing usulan niku artinya kepala keluarga nggih?", "istilah.kk"),
    ("isian 'jiwa' itu maksudnya jumlah orang ya pak?", "istilah.jiwa"),
    ("Wee question: whit's meant by jiwa in the beneficiaries bit o the form?", "istilah.jiwa"),
    ("saya masih awam pak, ha itu hektar kan? satu ha itu berapa meter persegi", "istilah.ha"),
    ("pak,singkatan ha di SK kumuh itu apa?", "istilah.ha"),
    ("DED niku menopo pak? diminta teknis provinsi", "istilah.ded"),
    ("mohon maaf saya baru di dinas\nDED itu kepanjangannya apa ya", "istilah.ded"),
    ("rab kepanjangannya apa pak", "istilah.rab"),
    (
        (
            "Ken whit RAB stands for? The engineer in Kuala Kurun keeps sayin it an I'm "
            "nodding like a numpty"
        ),
        "istilah.rab",
    ),
    ("rks itu singkatan apa ya pak, disuruh lampirin", "istilah.rks"),
    ('"...dilengkapi DED, RAB, site plan dan RKS"\nRKS nya maksudnya gimana?', "istilah.rks"),
    ("KAK itu kerangka acuan kerja kan? sama kayak TOR?", "istilah.kak"),
    ("pripun pak, KAK niku menopo?", "istilah.kak"),
    ("site plan itu apa pak, rencana tapak ya?", "istilah.siteplan"),
    ("Whit's a site plan exactly? Is it jist a wee map o the place?", "istilah.siteplan"),
    ("RC di surat DAK itu artinya apa?", "istilah.rc"),
    ("pak\nmaaf ganggu malam2\nRC itu apa ya\nreadiness apa gitu", "istilah.rc"),
    ("BAST kepanjangannya apa", "istilah.bast"),
    ('"aset diserahkan kepada pemkab dengan BAST"\nmaksudnya BAST itu apa pak?', "istilah.bast"),
    ("hibah itu artinya apa sih pak? dikasih cuma2 gitu?", "istilah.hibah"),
    ("Aye, whit does hibah mean? Is it like a grant or somethin?", "istilah.hibah"),
    ("BMD itu apa, barang milik daerah?", "istilah.bmd"),
    ("bmd sama aset pemkab itu sama ga sih pak,bmd itu apa", "istilah.bmd"),
    ("BMN kepanjangannya apa ya", "istilah.bmn"),
    ("Whit's BMN? They said some roads in Gunung Mas were BMN afore the handover", "istilah.bmn"),
    ("O&P itu apa pak? operasi dan pemeliharaan?", "istilah.op"),
    ("OP dlm surat pernyataan itu singkatan apa", "istilah.op"),
    ("SPM niku menopo nggih pak", ("istilah.spm", "kewenangan.spm")),
    ("spm itu apa sih, standar pelayanan apa gitu", "istilah.spm"),
    ("Pokja PKP itu apa ya pak", ("istilah.pokjapkp", "koordinasi.pokja_pkp")),
    (
        "Whit's this Pokja PKP the Sekda in Tamiang Layang wants us tae sit on?",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    ("pokja ppas itu singkatan apa ya", "istilah.pokjappas"),
    ("mohon maaf saya masih awam, pokja PPAS itu ngurusin apa aja?", "istilah.pokjappas"),
    ("AMPL di pokja AMPL itu apa pak", "istilah.pokjaampl"),
    ("pokja ampl niku menopo", "istilah.pokjaampl"),
    ("RP3KP itu dokumen apa?", "istilah.rp3kp"),
    ("RP3KP, whit's that when it's at hame?", "istilah.rp3kp"),
    ("rp2kpkp kepanjangannya apa ya pak panjang bgt", "istilah.rp2kpkp"),
    (
        '"lokasi harus sejalan dengan RP2KPKP"\nmaksudnya gimana? RP2KPKP itu apa?',
        "istilah.rp2kpkp",
    ),
    ("KOTAKU itu program apa ya", "istilah.kotaku"),
    ("kotaku itu singkatan apa pak, dulu ada BKM nya di Panarung", "istilah.kotaku"),
    ("PPKT kepanjangannya apa pak", "istilah.daktematikppkt"),
    ("Whit's DAK Tematik PPKT? Is that the slum money fae the centre?", "istilah.daktematikppkt"),
    ("APBN itu singkatan apa", "istilah.apbn"),
    ("Whit does APBN stand for? Sorry, I'm no fae here", "istilah.apbn"),
    ("apbd itu apa pak maaf awam", "istilah.apbd"),
    ("APBD PROV SAMA APBD KAB ITU APA SIH", "istilah.apbd"),
    ("APBDes itu apa ya,dana desa ya?", "istilah.apbdes"),
    ("kades Tewang Baringin tanya apbdes itu apa, saya jelasinnya gimana ya", "istilah.apbdes"),
    ("bankeu itu apa pak", "istilah.bankeu"),
    ("bankeu provinsi niku menopo nggih, bantuan keuangan?", "istilah.bankeu"),
    ("pokir itu apa sih", "istilah.pokir"),
    ("pak\ndewan dapil Kapuas\nmau titip pokir\npokir itu apa ya sebenarnya", "istilah.pokir"),
    ("musrenbang itu singkatan apa ya", "istilah.musrenbang"),
    ("Aye, whit's a Musrenbang? Is it jist a big meetin?", "istilah.musrenbang"),
    ("RKPD kepanjangannya apa", "istilah.rkpd"),
    ("RKPD niku dokumen menopo pak", "istilah.rkpd"),
    ("renja itu apa pak", "istilah.renja"),
    ("renja sama renstra bedanya apa sih pak", ("istilah.renja", "istilah.renstra")),
    ("Wah gwaan, mi wan know wha Renja mean", "istilah.renja"),
    ("renstra itu rencana strategis ya? yg berapa tahunan itu", "istilah.renstra"),
    ("RPJMD itu apa pak, yg lima tahunan itu?", "istilah.rpjmd"),
    ("Mi hear dem talk bout RPJMD 2025-2029, wha dat mean?", "istilah.rpjmd"),
    ("KUA-PPAS itu apa pak", "istilah.kuappas"),
    ("kua ppas maksudnya apa ya pak saya masih awam", "istilah.kuappas"),
    ("RKA itu apa", "istilah.rka"),
    ("rka sama dpa bedanya apa", ("istilah.rka", "istilah.dpa")),
    ("DPA itu dokumen apa pak", "istilah.dpa"),
    ("Mi wan know wha DPA stand for, di finance man keep seh it", "istilah.dpa"),
    ("SIPD itu sistem apa ya", "istilah.sipd"),
    ("sipd niku menopo pak, aplikasi kemendagri?", "istilah.sipd"),
    ("bapperida itu apa? dulu bappeda kan", "istilah.bapperida"),
    ("Wah gwaan boss, wha Bapperida is?", "istilah.bapperida"),
    ("OPD kepanjangannya apa", "istilah.opd"),
    ("opd pengusul itu maksudnya apa pak, OPD nya apa", "istilah.opd"),
    ("SKPD itu apa? sama kayak OPD?", ("istilah.skpd", "istilah.opd")),
    ("skpd singkatan apa ya pak", "istilah.skpd"),
    ("SPAM di dokumen air minum itu apa? bukan spam email kan", "istilah.spam"),
    ("SPAM NIKU MENOPO PAK", "istilah.spam"),
    ("SPALD itu apa ya", "istilah.spald"),
    ("Mi wan know, SPALD a wha dat?", "istilah.spald"),
    ("ipal itu apa pak", "istilah.ipal"),
    ("ada IPAL komunal di Baamang Tengah, IPAL itu sebenernya apa ya", "istilah.ipal"),
    ("TPS3R itu apa", "istilah.tps3r"),
    ("tps 3r kepanjangannya apa,3R itu apa aja?", "istilah.tps3r"),
    ("MCK itu apa pak", "istilah.mck"),
    ("Di people dem inna Paku a ask fi one MCK. Wha MCK mean?", "istilah.mck"),
    ("RTRW itu apa, bukan RT RW kan?", "istilah.rtrw"),
    ("pak\nrtrw itu\nrencana tata ruang ya?", "istilah.rtrw"),
    ("rdtr singkatan apa nggih", "istilah.rdtr"),
    ("RDTR itu apa bedanya sm RTRW", ("istilah.rdtr", "istilah.rtrw")),
    ("PBG itu pengganti IMB ya? PBG itu apa", "istilah.pbg"),
    ("PBG NIKU MENOPO", "istilah.pbg"),
    ("SLF itu apa pak", "istilah.slf"),
    ("Mi wan know wha SLF stand for, di building man a talk bout it", "istilah.slf"),
    ("SKBG itu apa pak, sertifikat apa?", "istilah.skbg"),
    ("skbg kepanjangannya apa ya", "istilah.skbg"),
    ("SKT itu surat keterangan tanah ya? yg ngeluarin siapa", "istilah.skt"),
    ("mohon maaf, SKT niku menopo nggih? warga Desa Sido Mulyo cuma punya itu", "istilah.skt"),
    ("clean and clear itu maksudnya apa pak", "istilah.cleanandclear"),
    ('"lahan harus clean and clear"\nmaksudnya gimana?', ("istilah.cleanandclear", "usulan.lahan")),
    ("Wha dem mean by land clean an clear?", "istilah.cleanandclear"),
    ("CSR itu apa pak", "istilah.csr"),
    ("csr itu dana perusahaan ya? singkatannya apa", "istilah.csr"),
    ("rakor itu singkatan apa pak", ("istilah.rakor", "siklus.rakor")),
    ("Wah gwaan, wha Rakor mean?", ("istilah.rakor", "siklus.rakor")),
    ("LAPOR! itu apa pak", "istilah.lapor"),
    ("LAPOR yg pake tanda seru itu apa ya", "istilah.lapor"),
    ("WIB itu waktu indonesia barat kan? kalteng pakai WIB?", "istilah.wib"),
    ("Mi wan know, wha WIB stand for?", "istilah.wib"),
    ("backlog perumahan itu apa pak", "istilah.backlog"),
    ("backlog rumah niku menopo, kok angkanya beda2 antara BPS kaliyan PUPR?", "istilah.backlog"),
    ("PKP itu singkatan apa", "istilah.pkp"),
    ("Mi nuh know wha PKP mean, help mi nuh", "istilah.pkp"),
    ("kumuh itu definisinya apa pak", "istilah.kumuh"),
    (
        (
            '"permukiman yang tidak layak huni karena ketidakteraturan bangunan..."\nitu '
            "pengertian kumuh ya? maksudnya gimana"
        ),
        "istilah.kumuh",
    ),
    ("DAK itu apa", "istilah.dak"),
    ("dak kepanjangannya apa, dana alokasi apa gitu", "istilah.dak"),
    ("rusun itu apa pak", "istilah.rusun"),
    ("Mi wan know wha rusun is, mi hear it inna di Sampit meeting", "istilah.rusun"),
]

ROUND62_INTENTS: list[tuple[str, str]] = [
    (
        ("usulan kulo ingkang dikirim tanggal dua puluh wingi sampun diproses dereng nggih?"),
        "status",
    ),
    ("pak\nmau cek\nusulan jalan lingkungan Kobar\nposisinya udh sampai mana", "status"),
    ("Wah gwaan, how far mi proposal dem reach? Mi sen dem from Sampit.", "status"),
    ("RAKOR TAHUN INI KAPAN DAN DIMANA?", "meeting"),
    (
        (
            "rapat koordinasi berikutnya jadi tanggal dua puluh lima apa mundur? sy dr Puruk "
            "Cahu hrs pesan tiket"
        ),
        "meeting",
    ),
    ("Aye, when's the next meetin wi the province, an where's it at?", "meeting"),
    ("batas akhir kirim usulan utk TA depan tgl brp ya?", "deadline"),
    ("masih bisa ngusul sampai tanggal tiga puluh ga pak? mohon maaf baru sempat", "deadline"),
    ("usulan ditutup kapan nggih? sampun mepet mboten?", "deadline"),
    ("selamat pagi pak, salam kenal dari Dinas Perkim Kab. Seruyan", "greeting"),
    ("matur nuwun sanget nggih pak", "greeting"),
    ("bot ini bisa bantu apa aja?", "greeting"),
    ("cara ngajuin usulan lewat bot ini gimana?", "how_to_submit"),
    ("pripun carane ngirim usulan teng bot niki?", "how_to_submit"),
    ("Wah gwaan, how mi send a proposal through dis bot?", "how_to_submit"),
    ("usulan kami yg jalan lingkungan di Kasongan sampai mana pak?", "status"),
    ("pak\nmau cek\nusulan2 dari Barut\nudah diproses blm ya", "status"),
    ("Mi wan know how mi proposals dem a go, any news?", "status"),
    ("rakor taun niki kapan nggih pak, teng pundi?", "meeting"),
    ("RAPAT BERIKUTNYA KAPAN DAN DIMANA?", "meeting"),
    ("pak,jadi rakornya tanggal dua puluh ya?tempatnya dimana?", "meeting"),
    ("batas akhir kirim usulan kapan ya pak", "deadline"),
    ("kalau telat kirim usulan gimana pak, tenggatnya sampai tanggal berapa?", "deadline"),
    ("Aye, when's the last day we can get oor proposals in?", "deadline"),
    ("selamat pagi pak 🙏", "greeting"),
    ("matur nuwun sanget pak infonya", "greeting"),
    ("bot ini bisa bantu apa aja?", "greeting"),
    ("cara ngirim usulan lewat bot ini gimana ya pak? saya masih awam", "how_to_submit"),
    ("pak\nmau usul PSU\nlewat sini caranya gimana", "how_to_submit"),
    ("Mi wan send a proposal tru di bot, how mi do it?", "how_to_submit"),
]

ROUND62_AREAS: list[tuple[str, str]] = [
    (
        ("kawasan kumuh di Kel. Baamang Hilir luasnya dua belas hektar, itu kewenangan siapa?"),
        "provinsi",
    ),
    ("pak\nmau tanya\nkumuh 9,8 ha di Desa Pulau Telo\nitu yg tangani siapa", "kabkota"),
    ("lokasi kumuhnya pas 10 ha, masuk prov atau kab?", "provinsi"),
    ("KUMUH TEPAT 15 HEKTARE DI MENTAWA BARU HILIR SIAPA YG TANGANI?", "pusat"),
    ("luas delineasi di SK 125.000 m², itu kewenangan level mana?", "provinsi"),
    ("kawasan kumuh kami cuma lima belas ribu meter persegi, yg berwenang siapa?", "kabkota"),
    ("kumuh di Kec. Selat lebih dari 1 juta m2, kewenangan sinten nggih?", "pusat"),
    ("sebelas koma lima ha kumuhnya, yg berwenang prov kan?", "provinsi"),
    ("luasnya 14,99 ha, kurang dari 15 kan? jadi siapa yg pegang?", "provinsi"),
    (
        (
            "kumuh di Desa Tewang Kadamba kurang dari 10 ha, sekitar 7,5 hektar. pusat, prov, "
            "atau kab?"
        ),
        "kabkota",
    ),
    (
        (
            "Wee slum area, aboot ninety-five thousand square metres in the delineation — "
            "who's in charge o that?"
        ),
        "kabkota",
    ),
    (
        (
            "Di slum area measure one hundred an fifty thousand square metre. A who "
            "responsible fi it?"
        ),
        "pusat",
    ),
    ("kumuh dua belas hektar di Kelurahan Ketapang itu kewenangan siapa?", "provinsi"),
    ("pak\nmau tanya\nkawasan kumuh 9,8 ha\nitu siapa yg tangani", "kabkota"),
    ("kumuh pas 15 ha wewenang prov atau pusat?", "pusat"),
    (
        (
            "lokasi kumuh di Selat Hulu luasnya seratus dua puluh ribu m2, sinten ingkang "
            "tanggung jawab?"
        ),
        "provinsi",
    ),
    ("KAWASAN KUMUH 1 JUTA M2 ITU KEWENANGAN SIAPA?", "pusat"),
    ("kumuh tepat sepuluh hektare masuk provinsi atau kab?", "provinsi"),
    (
        ("luas kumuh sembilan koma sembilan sembilan ha, kurang dikit dari 10, ditangani siapa?"),
        "kabkota",
    ),
    ("sebelas koma lima ha kumuh di Pahandut, itu provinsi kan?", "provinsi"),
    (("Aye, a slum area o fourteen an a half hectares in Sampit, wha's responsible?"), "provinsi"),
    ("kumuh lima belas ribu meter persegi itu urusan siapa pak", "kabkota"),
    (("Mi wan know, slum area more than 20 hectare inna Kuala Kapuas, who fi handle it?"), "pusat"),
    ("kawasan kumuh 98.000 m² di Baamang Hulu, kewenangan siapa?", "kabkota"),
]

ROUND62_OUT_OF_SCOPE: list[str] = [
    "harga semen per sak di Sampit skrg brp ya?",
    "besok di Kuala Kurun hujan ga ya? mau survei lokasi",
    "KTP sy hilang, ngurusnya ke mana pak?",
    "pagu DAK Tematik PPKT utk Kab. Kapuas tahun depan brp?",
    "jumlah RTLH di Kab. Seruyan ada brp unit skrg?",
    "pak\nmaaf mau tanya\ngaji P3K di disperkimtan\nbrp ya",
    "cara daftar CPNS tahun depan gmn?",
    "IZIN TAMBANG PASIR DI KATINGAN NGURUSNYA KEMANA?",
    "harga tanah per meter di Kel. Bukit Tunggal kisaran brp?",
    "kapan pencairan BLT dana desa tahap dua?",
    "kuota rumah subsidi FLPP utk Kalteng tahun ini brp unit?",
    "berapa nilai kontrak pembangunan drainase di Kec. Jekan Raya tahun lalu?",
    "jadwal pemadaman listrik PLN di Buntok minggu niki kapan nggih?",
    "Aye, whit's the bus fare fae Palangka Raya tae Sampit these days?",
    "Wah gwaan, yuh know a good doctor inna Pangkalan Bun? Mi pickney sick.",
    "harga semen di Palangka Raya sekarang berapa ya pak?",
    "besok hujan ga di Sampit?",
    "cara perpanjang SIM di Kuala Kapuas gimana",
    "jumlah RTLH di Kabupaten Lamandau tahun ini berapa unit?",
    "pagu anggaran Disperkimtan tahun 2027 berapa pak?",
    "pak mohon maaf, gaji PPPK kapan cair nggih?",
    "suku bunga KPR subsidi sekarang berapa persen?",
    "syarat daftar CPNS 2026 apa aja",
    "Aye, where's the best place for fish in Pangkalan Bun?",
    "Mi wan know how fi get a passport, soon come",
    "berapa luas kumuh di Desa Tewang Darayu menurut SK nya?",
    "harga tanah per meter di Jekan Raya kisaran berapa?",
    "jadwal kapal dari Kuala Pembuang ke Semarang kapan",
    "pak,cuti tahunan saya gimana ngajukannya?",
    "nomor hp kepala BPBD Barito Selatan berapa ya?",
]
