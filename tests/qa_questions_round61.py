"""Held-out question table, round 61 (written 2026-12-07 at the start of round 36 of tuning;
never tuned on).

Two writers who had not seen the knowledge base or any other question table each wrote half:
they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place
list). Nobody tuning the matcher reads this file: bench/qa_quality.py --final measures it.

Its styles were new to the bot when it was written, and nothing was built for them: "alay"
writing (digits for letters, stretched letters, capitals), words run together or split where
the space bar slipped, hashtags and mentions, asking for an example, a story of the day with
the question buried at its end, counting days ("H-berapa rakor"), honorifics and kinship words
("bang", "ndan", "bu kabid"), Dayak Ngaju words ("narai", "kueh", "kanampi"); Singaporean
English for the first half of the topic list and Nigerian English for the second.
"""

ROUND61_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "bang, gambaran besarnya aja deh: urusan perkim tu dibagi gmn antara pusat, prov "
            "sm kab/kota? biar aku gak salah jelasin ke camat"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Can summarise for me which level handle what in housing and settlement or not? "
            "Pusat, province, regency all got different job right?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "perumahan rakyat tu masuk urusan wajib pelayanan dasar atau urusan pilihan sih "
            "kak? pasal brp dasarnya"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "#tanya tadi rapat anggaran sm bappeda, ada yg bilang perkim cuma urusan pilihan "
            "jd boleh dipangkas. bener gak tuh, atau sebenernya wajib?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "pembagian ke wenangan kumuh berdasarkan luas gmn ya? batas ha nya brp aja utk "
            "kab, prov, pusat"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "narai aturan luasan kumuh yg jd tanggung jawab masing2 tingkat pemerintahan? aku "
            "dia paham jituh"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kumuh yg 15 ha ke atas tu sebenernya urusan pusat ya ndan? itu udh pasti di "
            "aturan atau belum terkonfirmasi?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Our kawasan kumuh is very big one, more than 15 hectares. Province cannot handle "
            "is it? Then which level in charge?"
        ),
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    (
        "pencegahan kumuh tu tugas siapa ya bang, prov ikut pegang gak?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "bu kabid minta sy cek: kegiatan PENCEGAHAN kumuh bs diusulkan ke prov atau itu "
            "murni urusan kabupaten?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    ("di sub urusan perumahan, prov kebagian ngurus apa aja sih kanda?", "kewenangan.perumahan"),
    (
        (
            "For the housing sub-affair, province can do what only? Just disaster victims and "
            "relocation, is it?"
        ),
        "kewenangan.perumahan",
    ),
    (
        ("penyediaan rumah buat MBR itu tanggungan pusat ya? kab/kota atau prov gak pegang?"),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "sistem pembiayaan perumahan sm rusun2 gitu yg ngatur pemerintah pusat kah bang? "
            "pusat perannya apa aja di perumahan"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "tadi pagi ditelpon kades Tumbang Liting, rumah warga rusak berat kena banjir, "
            "bupati udh tetapkan bencana kabupaten. nah rumahnya yg bangun ulang prov atau kab "
            "sendiri?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        "warga yg kena relokasi program pemprov, rumah barunya siapa yg fasilitasi?",
        "kewenangan.bencana_relokasi",
    ),
    (
        ("izin pembangunan perumahan developer di Baamang tu ngurusnya ke prov atau ke kab?"),
        "kewenangan.izin",
    ),
    ("SKBG terbitnya dr siapa ya mas admin", "kewenangan.izin"),
    (
        (
            "sub urusan kawasan permukiman: bagian pusat apa, prov apa, kab apa? kasih "
            "rinciannya dong"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        "izin pengembangan kawasan permukiman itu kewenanganprovinsi bukan?",
        ("kewenangan.izin", "kewenangan.kawasan_permukiman"),
    ),
    (
        ("PSU perumahan vs PSU permukiman, mana yg prov mana yg kab? pak sekdis nanya"),
        "kewenangan.psu",
    ),
    (
        (
            "The PSU inside a housing estate in Sampit, developer already left. Province can "
            "take over or not? Or must be regency one?"
        ),
        "kewenangan.psu",
    ),
    (
        "prov bangun PSU apa aja sih? contohnya apa, jalan doang atau ada yg lain",
        ("psu.lingkup_provinsi", "kewenangan.psu"),
    ),
    (
        (
            "drainase pinggir jalan kabupaten di Kuala Pembuang I bisa dibangunin disperkimtan "
            "prov gak kak? jalannya jalan kab"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        ("Province build jaling and drainage in rural village also can? Or only in town area?"),
        "psu.lingkup_provinsi",
    ),
    (
        "sertifikasi perancang rumah tingkat kemampuan kecil tu ke wenangan siapa",
        "kewenangan.sertifikasi",
    ),
    (
        (
            "konsultan perencana PSU mau registrasi yg tingkat menengah, ngurusnya ke prov "
            "kah? yg besar ke pusat?"
        ),
        "kewenangan.sertifikasi",
    ),
    ("SPM perumahan rakyat tu isinya apa aja, targetnya brp persen bang?", "kewenangan.spm"),
    (
        ("SPM for housing, province got what service and what target ah? Regency also same?"),
        "kewenangan.spm",
    ),
    (
        ("luas kumuh yg dipake ngitung kewenangan tu luas satu kelurahan atau luas yg di SK?"),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "kemarin survei di Ketapang, kelurahannya lebar bgt tp yg kumuh cuma sebagian di "
            "pinggir sungai. pas ngisi luas, pakai yg mana ya bang?"
        ),
        "kumuh.luas_delineasi",
    ),
    ("yg netapin lokasi kumuh siapa sih kak, gubernur kah? #tanya", "kumuh.penetapan"),
    (
        "SK kumuh kami terbit thn 2019, wajib ditinjau ulang tiap brp tahun?",
        ("kumuh.penetapan", "usulan.sk_kumuh"),
    ),
    ("kriteria kumuh tu narai bah? katanya ada 7 aspek", "kumuh.aspek"),
    (
        ("kasih contoh dong aspek2 yg dinilai pas nentuin suatu kawasan kumuh atau enggak"),
        "kumuh.aspek",
    ),
    ("skor kumuh brp baru disebut kumuh b3r4t?", "kumuh.penilaian"),
    (
        ("nilai kekumuhan maksimalnya brp? tiap kriteria diskor gimana, 0 sampe 5 kah"),
        "kumuh.penilaian",
    ),
    (
        "hasil penilaian Pesanggrahan dpt 45, itu masuk kumuh sedang atau ringan?",
        "kumuh.tingkat_sedang_ringan",
    ),
    ("range skor kumuh ringan dr brp sampe brp? cc @kabid", "kumuh.tingkat_sedang_ringan"),
    (
        (
            "pemugaran, peremajaan, pemukiman kembali bedanya apa? yg cocok buat kumuh ringan "
            "di lahan legal yg mana"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "kampung di bantaran sungai Mentaya, lahannya ilegal. penanganan kumuhnya pakai "
            "pola apa kak?"
        ),
        "kumuh.pola_penanganan",
    ),
    ("total lokasi kum0h se kalteng ada brp sih? luasnya brp ha", "kumuh.kalteng"),
    ("Kalteng got how many slum locations ah? Mostly at the riverside, right?", "kumuh.kalteng"),
    ("usulan kegiatan ke prov isinya apa ajaaa? kok pertanyaannya banyak bgt", "usulan.isi"),
    ("knp sih di usulan hrs isi jmlh KK sm jiwa segala, emang dipake buat apa?", "usulan.isi"),
    ("jenisusulan yg bs diajukan ke prov apa aja ndan?", "usulan.jenis"),
    (
        ("What kind of proposal we can send to province one? Got RTLH also, or only slum and PSU?"),
        "usulan.jenis",
    ),
    ("data lokasi yg diminta di usulan apa aja mas admin? titik GPS wajib kah", "usulan.lokasi"),
    (
        (
            "nama lokasi di usulan hrs sama persis kyk di SK ya? trus perkotaan/perdesaan itu "
            "ngaruh gak"
        ),
        "usulan.lokasi",
    ),
    (
        ("sumber dana di usulan boleh pilih apa aja? kombinasi APBD prov sm APBDes bisa?"),
        "usulan.penerima_biaya",
    ),
    (
        (
            "penerima manfaat ditulis KK atau jiwa? trus biaya tulis gmn, pake RAB atau "
            "perkiraan aja"
        ),
        "usulan.penerima_biaya",
    ),
    ("dokumen kesiapan (RC) apa aja yg hrs disiapin biar usulan PSU kami kuat?", "usulan.kesiapan"),
    (
        "readiness criteria usulan tu mksdnya apa aja bang, kasih contohnya",
        ("usulan.kesiapan", "usulan.dokumen_teknis"),
    ),
    ("lahannya blm clean and clear, tetep bs ngusulin kah? PENTING BGT", "usulan.lahan"),
    (
        (
            "tanah desa di Hampalit blm bersertifikat, cuma ada SKT. status lahan kyk gitu "
            "diterima gak di usulan?"
        ),
        "usulan.lahan",
    ),
    (
        ("Clean and clear for the land means what exactly? Must have certificate already, is it?"),
        "usulan.lahan",
    ),
    ("usulan kumuh wajib lampirin SK kumuh ya? nomor sm tanggalnya diisi juga?", "usulan.sk_kumuh"),
    (
        (
            "lokasi kami gak tercantum di SK kumuh bupati, masih bisa diusulin sbg usulan "
            "kumuh gak kak?"
        ),
        "usulan.sk_kumuh",
    ),
    ("DED sm RAB wajib dilampir gak? foto kondisi brp lembar, plisss", "usulan.dokumen_teknis"),
    (
        "site plan sm RKS hrs ada juga di usulan ya ndan? kami baru punya RAB doang",
        "usulan.dokumen_teknis",
    ),
    ("surat pernyataan hibah dan O&P tu wajib ya? isinya nyatakan apa", "usulan.surat_pernyataan"),
    (
        (
            "syaratnya ada surat kesediaan terima hibah trus sanggup pelihara ya? itu buat apa "
            "sih pak"
        ),
        "usulan.surat_pernyataan",
    ),
    ("mau ngusulin bedah rumah lewat prov, sya ratnya apa aja?", "usulan.rtlh"),
    (
        (
            "ada nenek di Bereng rumahnya reyot, tp numpang di tanah keponakannya. bisa dpt "
            "RTLH dr prov gak?"
        ),
        "usulan.rtlh",
    ),
    (
        ("RTLH from province, got rule cannot build new house one? Must already have house?"),
        "usulan.rtlh",
    ),
    (
        ("warga RT 05 Panarung minta jalan lingkungan, bisa ngajuin langsung ke prov kah?"),
        "usulan.psu_masyarakat",
    ),
    (
        "permohonan drainase dr masyarakat hrs diketahui siapa aja biar diterima?",
        "usulan.psu_masyarakat",
    ),
    (
        (
            "jaling yg dibangun prov di tanah kab, abis jadi jd aset siapa? yg rawat siapa? "
            "kasih contoh kasusnya"
        ),
        "hibah.aset",
    ),
    ("BAST hibahnya ditandatangani siapa aja kak? pak sekdis nanya", "hibah.aset"),
    (
        (
            "Please sir, after the province finish the drainage on our land, who go maintain "
            "am? I want to ask about the handover."
        ),
        "hibah.aset",
    ),
    (
        (
            "kalau usulan ternyata bukankewenangan prov, dananya bs cari dr mana lg? kasih "
            "contoh dong"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Abeg, the project no be province own, which other funding we fit use? APBN, DAK "
            "or what?"
        ),
        "pendanaan.saluran_lain",
    ),
    ("alur usulan tahunan dr awal smp jd kegiatan gmn sih? biar kebayang", "siklus.tahunan"),
    ("usulan yg aku kirim thn jituh tu utk anggaran thn brp?", "siklus.tahunan"),
    (
        (
            "I want to ask, what is the yearly cycle for proposals to the province, from start "
            "to finish?"
        ),
        "siklus.tahunan",
    ),
    ("prov meriksa usulan kami dr sisi apa aja bu kabid?", "siklus.pemeriksaan"),
    (
        (
            "Kindly, how does the province check our proposals? Administrative, technical, or "
            "authority?"
        ),
        "siklus.pemeriksaan",
    ),
    ("r4k0r bidang kawasan permukiman tu acara apa sih? yg ikut siapa aja", "siklus.rakor"),
    ("rakooor yg tiap tahun itu fungsinya apa, kok hrs sblm musrenbang?", "siklus.rakor"),
    (
        ("abis disetujui di rakor usulan lanjut kemana? musrenbang, RKPD, trs APBD gt?"),
        "siklus.rkpd_apbd",
    ),
    (
        ("Please how far, after the Rakor agree our proposal, how e take enter RKPD and APBD?"),
        "siklus.rkpd_apbd",
    ),
    ("p0kj4 pkp tu apa, gunanya apa buat dinas?", "koordinasi.pokja_pkp"),
    (
        "dasar hukum pembentukan pokja PKP apa ya, mau bikin SK pokja di Kurun",
        "koordinasi.pokja_pkp",
    ),
    ("Well done sir. Kindly what is Pokja PKP and who sits inside it?", "koordinasi.pokja_pkp"),
    ("alamat kantor disperkimtan prov di kueh? mau antar berkas", "disperkimtan.kontak"),
    (
        (
            "Good afternoon sir, where is the Disperkimtan office in Palangka Raya? I want to "
            "submit documents by hand."
        ),
        "disperkimtan.kontak",
    ),
    (
        ("perintah di bot sinkron apa aja selain /usul? trus jam yg dipake WIB kah @admin_perkim"),
        "bot.cara_pakai",
    ),
    (
        ("kanampi makai bot jituh? perintah narai aja yg ada, aku br diaktifkan admin"),
        "bot.cara_pakai",
    ),
    ("pas ngisi /usul sinyal ilang di tengah jalan, isian sy hilang gak?", "bot.usul"),
    ("di /usul bisa lampir pdf brp file? foto maks brp kak?", "bot.usul"),
    (
        (
            "Abeg, inside /usul form can I copy the old proposal from last year instead of "
            "typing everything again?"
        ),
        "bot.usul",
    ),
    (
        "status dialihkan sm perlu perbaikan tu artinya apa?",
        ("bot.status", "bot.ditolak_dialihkan"),
    ),
    ("I want to ask, what is the meaning of the status 'verifikasi' in this bot?", "bot.status"),
    (
        ("usulan kami ditolak alasannya bukan kewenangan provinsi. trs hrs ngapain? bisa banding?"),
        "bot.ditolak_dialihkan",
    ),
    (
        ("kalo usulan dialihkan ke APBD kab, artinya gimana kak? masih ada harapan dibiayai?"),
        "bot.ditolak_dialihkan",
    ),
    ("brp lama biasanya usulan diverifikasi? ada standarnya gak dinda", "bot.tindak_lanjut"),
    (
        (
            "Kindly, the 3 working days and 5 working days follow-up standard from LAPOR!, e "
            "dey apply to proposals in this bot?"
        ),
        "bot.tindak_lanjut",
    ),
    ("dpt undangan rapat lwt bot, kalo sy gak bs hadir boleh diwakilkan staf?", "bot.rapat"),
    ("pengingat rapat dr bot dikirim brp hari sebelumnya? biar gak lupa", "bot.rapat"),
    ("perkim singkatan dr narai", "istilah.perkim"),
    ("p3rk1m tu apaan sih kak, aku br pindah dr dinas pendidikan", "istilah.perkim"),
    ("kepanjangan disper kimtan apa ya?", "istilah.disperkimtan"),
    ("Please what is the full meaning of Disperkimtan?", "istilah.disperkimtan"),
    ("PSU tu apa? prasarana sarana ... apa lg", "istilah.psu"),
    ("psu = ??? plisss jelasin singkatannya", "istilah.psu"),
    ("jaling itu narai?", "istilah.jaling"),
    ("Abeg what does 'jaling' mean? My oga wrote it inside the memo.", "istilah.jaling"),
    ("drainase lingkungan maksudnya apa sih? got/parit gitu kah", "istilah.drainase"),
    ("KR di tabel kumuh artinya narai", "istilah.kr"),
    ("di baseline tertulis Langkai = KR, itu singkatan apa bang?", "istilah.kr"),
    ("kode KS di data kumuh tu singkatan dr apa kanda?", "istilah.ks"),
    (
        ("di lampiran SK kumuh ada tulisan KB, itu bukan keluarga berencana kan? artinya apa"),
        "istilah.kb",
    ),
    ("KB dlm istilah kumuh = ?", "istilah.kb"),
    ("SKkumuh tu mksdnya apa sih? surat keputusan apa", "istilah.skkumuh"),
    ("Please sir, what do you people mean by 'SK kumuh'?", ("istilah.skkumuh", "kumuh.penetapan")),
    ("delineasi tu apa artinya bang", "istilah.delineasi"),
    ("de lineasi kawasan kumuh maksudnya gmn? misalnya kayak gimana", "istilah.delineasi"),
    ("#tanya RTLH kepanjangannya?", "istilah.rtlh"),
    ("Kindly explain RTLH for me, what does it stand for?", "istilah.rtlh"),
    ("RLH singkatan dr apa kak", "istilah.rlh"),
    (
        "di laporan ada target RTLH jd RLH, RLH nya tu maksudnya apa?",
        ("istilah.rlh", "istilah.rtlh"),
    ),
    ("bedah rumah tu maksudnya apa? operasi rumah? wkwk", "istilah.bedahrumah"),
    ("Please, the term 'bedah rumah' wey people dey use, wetin e mean?", "istilah.bedahrumah"),
    ("BSPS singkatan dr apa ya bang", "istilah.bsps"),
    ("Well done sir. What is BSPS please?", "istilah.bsps"),
    ("MBR tu apa kak", "istilah.mbr"),
    ("m b r maksudnya masyarakat apa? dinda lupa", "istilah.mbr"),
    ("rusunawa apa bedanya sm rusun biasa? misalnya kayak gimana", "istilah.rusunawa"),
    ("rusunawa itu singkatannya narai?", "istilah.rusunawa"),
    ("rusus tu rumah apa? kasih contoh", "istilah.rusus"),
    ("I want to ask, what is 'rusus'? I saw it in the program list.", "istilah.rusus"),
    (
        (
            "huntara tu singkatan narai bang? td pas rapat banjir di Kec. Timpah pak camat "
            "nyebut huntara terus"
        ),
        "istilah.huntara",
    ),
    (
        ("After the flood the camat keep saying must build huntara lah. Huntara is what ah?"),
        "istilah.huntara",
    ),
    ("HUNT4P 1tu 4p4 s1h k4k?? PENTING BGT buat laporan pasca banjir", "istilah.huntap"),
    ("huntap tu kepanjangannya apa ya, kasih contoh dong yg kayak gimana", "istilah.huntap"),
    ("In the form got 'KK' one. Is it number of families or what ah?", "istilah.kk"),
    (
        (
            "tadi pagi ngisi data penerima manfaat, listrik mati, trus pak sekdis nanya KK itu "
            "singkatan dr apa... jadi KK tu apa sih?"
        ),
        "istilah.kk",
    ),
    ("jiwa di isian penerima manfaat tu maksudnya jumlah orang ya? #tanya", "istilah.jiwa"),
    ("bang, yg dimaksud 'jiwa' tu apa, beda sm KK kah?", ("istilah.jiwa", "istilah.kk")),
    ("ha tu singkatan hektar kan? 1 ha brp meter persegi ya kak", "istilah.ha"),
    (
        ("pak lurah Menteng nanya, 'ha' di papan proyek tu satuan apa? hektare kah ndan?"),
        "istilah.ha",
    ),
    ("DED tu kepanjangannya narai? dinas PU minta DED dulu katanya", "istilah.ded"),
    ("kasih contoh dong DED itu isinya kayak gimana, gambar kerja gitu ya?", "istilah.ded"),
    ("r4b 1tu 4p4 k4k", "istilah.rab"),
    (
        ("Boss ask me prepare RAB for the drainage in Baamang. RAB stands for what ah?"),
        "istilah.rab",
    ),
    ("RKS singkatan apa ya? yg biasa nempel sm DED dan RAB", "istilah.rks"),
    ("tadi ditelpon konsultan katanya RKS blm ada... RKS tuh apaan sih bang?", "istilah.rks"),
    ("kak, KAK itu apa? sama dgn TOR bukan?", "istilah.kak"),
    (
        ("K A K buat kegiatan perencanaan tu maksudnya apa, misalnya isinya kayak gimana?"),
        "istilah.kak",
    ),
    ("site plan tu apa sih? rencana tapak kah?", "istilah.siteplan"),
    (
        ("siteplan jaling di Desa Tewang Papari katanya wajib ada. siteplan tuh narai bang?"),
        "istilah.siteplan",
    ),
    ("RC dlm usulan tu maksudnya narai? readiness apa gt", "istilah.rc"),
    (
        ("What is RC ah? The balai keep saying RC must complete first then can propose."),
        "istilah.rc",
    ),
    ("BAST singkatan dari apa kanda?", "istilah.bast"),
    (
        ("bu kabid nyuruh siapin b4st jalan lingkungan yg udh jadi... BAST tuh dokumen apa ya?"),
        "istilah.bast",
    ),
    ("hibah tu artinya apa sih kalo soal aset? contohnya gimana", ("istilah.hibah", "hibah.aset")),
    ("Hibah means what ah? Like free gift is it?", "istilah.hibah"),
    ("BMD itu singkatan barang milik daerah ya? contohnya apa aja", "istilah.bmd"),
    ("b m d tu 4p4 s1h ndan", "istilah.bmd"),
    (
        ("BMN kepanjangannya apa ya? jalan bantuan kementerian di Kec. Kurun katanya BMN"),
        "istilah.bmn",
    ),
    ("BMN is what ah? The balai say the road is BMN, not ours.", "istilah.bmn"),
    ("O&P tu apa ya? di surat pernyataan ada tulisan O&P", "istilah.op"),
    (("OP tu singkatan operasi dan pemeliharaan kah? kasih contoh kegiatannya dong"), "istilah.op"),
    ("SPM singkatan narai? standar apa gt", ("istilah.spm", "kewenangan.spm")),
    ("4p4 1tu SPM bang, pas evaluasi kinerja disebut2 terus", ("istilah.spm", "kewenangan.spm")),
    (
        "Pokja PKP itu kumpulan apa? pak sekda minta dinas kami ikut pokja PKP",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    ("pokjapkp tu singkatan dr apa kak", ("istilah.pokjapkp", "koordinasi.pokja_pkp")),
    ("Pokja PPAS singkatannya apa? P P A S nya kepanjangan apa", "istilah.pokjappas"),
    (
        "@admin_perkim pokja ppas tu beda ga sm pokja AMPL?",
        ("istilah.pokjappas", "istilah.pokjaampl"),
    ),
    ("AMPL di pokja AMPL tuh singkatan apa?", "istilah.pokjaampl"),
    ("Pokja AMPL is for what ah? Air minum something is it?", "istilah.pokjaampl"),
    ("RP3KP tu dokumen apa ya, jangka waktunya brp tahun?", "istilah.rp3kp"),
    ("rp3kp singkatan panjangnya apa plisss, lupa mulu", "istilah.rp3kp"),
    (
        (
            "Minggu lalu kami rapat sm Bapperida soal kumuh. Mereka bilang kabupaten harus "
            "punya RP2KPKP dulu. Itu dokumen apa sih sebenernya?"
        ),
        "istilah.rp2kpkp",
    ),
    ("kanda, r p 2 k p k p tuh dokumen apaan? contohnya isinya apa", "istilah.rp2kpkp"),
    ("KOTAKU itu program apa ya? dulu di Kel. Pahandut ada BKM2 gitu", "istilah.kotaku"),
    ("KOTAKU still got or not? What programme is that ah?", "istilah.kotaku"),
    ("DAK Tematik PPKT tu apa? PPKT singkatan apa", "istilah.daktematikppkt"),
    (
        "kasih contoh dong dak tematik ppkt tuh buat apa aja, misalnya kayak gimana",
        "istilah.daktematikppkt",
    ),
    ("APBN itu anggaran pusat kan? singkatannya apa", "istilah.apbn"),
    ("4pbn 1tu 4p4 s1h bang, dana dr kementerian kah", "istilah.apbn"),
    ("APBD tu singkatan dari apa ya? ada APBD prov sm APBD kab kan", "istilah.apbd"),
    (
        ("tadi rapat di Bappeda Katingan, semua ngomong APBD APBD... jadi APBD itu persisnya apa?"),
        "istilah.apbd",
    ),
    ("APBDes itu anggaran desa ya? singkatannya apa", "istilah.apbdes"),
    ("pak kades Buntoi nyebut APBDes terus, APBDes tuh apa persisnya bang?", "istilah.apbdes"),
    ("bankeu tu singkatan apa? bantuan keuangan prov kah", "istilah.bankeu"),
    ("Bankeu is what ah? Can explain or not?", "istilah.bankeu"),
    ("pokir dewan tu maksudnya apa kak? #tanya", "istilah.pokir"),
    ("pokir itu pokok pikiran DPRD kan? kasih contoh dong", "istilah.pokir"),
    ("musren bang tuh kepanjangannya apa ya? dari desa smp provinsi kan", "istilah.musrenbang"),
    ("Every year kena invite to Musrenbang. Musrenbang means what ah?", "istilah.musrenbang"),
    ("RKPD tu singkatandari apa ya", "istilah.rkpd"),
    ("rkpd tu dokumen tahunan ya? isinya apa sih, contohnya", "istilah.rkpd"),
    ("renja tu apa ya bang? rencana kerja dinas kah", "istilah.renja"),
    ("Please sir, I want to ask: what is Renja?", "istilah.renja"),
    ("Renstra itu brp tahun? singkatannya apa", "istilah.renstra"),
    ("renstra dinas tuh narai? aku dia tau", "istilah.renstra"),
    ("RPJMD kepanjangannya apa ya? yg 5 tahunan itu", "istilah.rpjmd"),
    ("Kindly explain RPJMD for me. Well done sir.", "istilah.rpjmd"),
    ("KUA PPAS itu singkatan apa sih? sering denger pas bahas anggaran", "istilah.kuappas"),
    ("kuappas tu dokumen apa kak, contohnya isinya apa", "istilah.kuappas"),
    ("RKA itu rencana kerja dan anggaran ya? #tanya", "istilah.rka"),
    ("Abeg, what does RKA stand for?", "istilah.rka"),
    ("DPA tu singkatan narai? katanya kegiatan jaling kami udh masuk DPA", "istilah.dpa"),
    ("d p a tuh dokumen apa ndan", "istilah.dpa"),
    ("SIPD itusistem apa? yg buat input anggaran kah", "istilah.sipd"),
    ("Please how far? I want to ask what SIPD is, everybody dey talk about it.", "istilah.sipd"),
    ("Bapperida tu badan apa? dulu namanya Bappeda kan?", "istilah.bapperida"),
    ("bapperida singkatannya apa ya pak sekdis", "istilah.bapperida"),
    ("OPD tu maksudnya apa? organisasi perangkat daerah?", "istilah.opd"),
    ("opd pengusul di form tu apa ya mas admin, OPD itu narai", "istilah.opd"),
    ("SKPD sama OPD sama ga sih? SKPD singkatan apa", ("istilah.skpd", "istilah.opd")),
    ("SKPD itu apa sih kak", "istilah.skpd"),
    ("SPAM di PU tuh bukan spam email kan wkwk, kepanjangannya apa", "istilah.spam"),
    ("dinda, tolong jelasin SPAM air minum itu apa, contohnya kayak gimana?", "istilah.spam"),
    ("SPALD singkatan dari apa? air limbah ya", "istilah.spald"),
    ("spald tu 4p4 s1h, kasih contoh dong", "istilah.spald"),
    ("IPAL tuh apa ya? instalasi pengolahan apa gitu", "istilah.ipal"),
    ("Please sir, what is IPAL? They say our kelurahan in Sampit need IPAL.", "istilah.ipal"),
    ("TPS3R itu apa? 3R nya apa aja", "istilah.tps3r"),
    ("tps 3r tuh tempat sampah gitu ya bang? misalnya kayak gimana", "istilah.tps3r"),
    ("MCK singkatan apa? mandi cuci kakus kah", "istilah.mck"),
    ("Kindly, what is MCK? I dey hear am for the sanitation meeting.", "istilah.mck"),
    ("RTRW itu rencana tata ruang ya? bukan RT RW kampung kan", "istilah.rtrw"),
    ("r t r w tuh apa kak, syarat lahan harus sesuai rtrw katanya", "istilah.rtrw"),
    ("RDTR itu apa? beda sm RTRW?", ("istilah.rdtr", "istilah.rtrw")),
    ("rdtr kepanjangannya apa ya ndan #tanya", "istilah.rdtr"),
    ("PBG itu pengganti IMB ya? singkatan apa", "istilah.pbg"),
    ("pbg tu narai kak? warga nanya", "istilah.pbg"),
    ("SLF singkatan dari apa ya, sertifikat laik fungsi?", "istilah.slf"),
    ("Abeg sir, what is SLF for a building?", "istilah.slf"),
    ("SKBG tuh apa ya? sertifikat bangunan gitu?", "istilah.skbg"),
    ("skbg sm sertifikat tanah beda kan? SKBG itu apa persisnya", "istilah.skbg"),
    ("SKT itu surat keterangan tanah ya? yg bikin desa?", "istilah.skt"),
    ("warga Desa Tumbang Tarusan cuma pny SKT... SKT tuh apa sih sebenernya bang", "istilah.skt"),
    (
        "clean and clear tuh maksudnya apa sih buat lahan? kasih contoh dong",
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    (
        "Kindly sir, what does 'clean and clear' mean for land?",
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    ("CSR itu apa? dana perusahaan sawit gitu ya", "istilah.csr"),
    ("c s r tuh singkatan narai kanda", "istilah.csr"),
    ("rakor tu singkatan apa ya? rapat koordinasi?", ("istilah.rakor", "siklus.rakor")),
    (
        "r4k0r tu kepanjangannya apa? kasih contoh rakor yg biasa kita ikut",
        ("istilah.rakor", "siklus.rakor"),
    ),
    ("LAPOR! tu aplikasi apa sih? yg pake tanda seru itu", "istilah.lapor"),
    (
        "bot nyebut tolok ukur LAPOR!... LAPOR! tuh apa bang?",
        ("istilah.lapor", "bot.tindak_lanjut"),
    ),
    ("WIB itu UTC+ brp? kalteng WIB kan", "istilah.wib"),
    ("jam di bot pake WIB, WIB tuh singkatan apa ya", ("istilah.wib", "bot.cara_pakai")),
    ("backlog perumahan itu maksudnya apa ya?", "istilah.backlog"),
    ("Kindly explain backlog in housing, abeg.", "istilah.backlog"),
    ("PKP di sini maksudnya apa? bukan pengusaha kena pajak kan", "istilah.pkp"),
    ("bidang pkp tu singkatan narai pak? #tanya", "istilah.pkp"),
    ("kumuh itu definisinya apa ya? yg disebut permukiman kumuh", "istilah.kumuh"),
    ("kum0h tu maksudnya narai? kasih contoh", "istilah.kumuh"),
    ("DAK singkatan apa? dana alokasi khusus?", "istilah.dak"),
    ("dak tu dana dr mana sih bang, pusat kah?", "istilah.dak"),
    ("rusun tu apa sih kak, rumah susun?", "istilah.rusun"),
    ("Please sir what is rusun? I want to put it in my report.", "istilah.rusun"),
]

ROUND61_INTENTS: list[tuple[str, str]] = [
    ("usulan kami USL-2027-0012 udh smp mana ya min?", "status"),
    (("usulansaya yg jaling di Kalampangan kmrn udh diverifikasi blm? cc @admin_perkim"), "status"),
    ("Please how far with our proposals from Pulang Pisau? Any update on them?", "status"),
    ("H-berapa rakor tahun ini? tempatnya di kueh?", "meeting"),
    ("#rakor2027 jadinya tgl brp bang? di aula disperkimtan lagi kah", "meeting"),
    ("rapat berikutnya kapan ya kak, sy perlu izin ke pak sekdis dr skrg", "meeting"),
    ("sisa waktu ngusulin brp lama lagi?", "deadline"),
    ("tinggal brp hari lagi batas kirim usulan utk TA depan ndan?", "deadline"),
    ("When is the closing date for proposals ah? Scared we submit late.", "deadline"),
    ("met pagi min 🙏", "greeting"),
    ("makasih banyak kanda, sangat membantu", "greeting"),
    ("halo, ikau bisa bantu narai aja?", "greeting"),
    ("cara ngirim usulan lwt bot ini gmn?", "how_to_submit"),
    ("mau input usulan drainase di bot, mulai dr mana ya bu?", "how_to_submit"),
    ("kanampi cara masukin usulan kegiatan lewat sinkron? aku dia tau mulainya", "how_to_submit"),
    ("usulansaya USL-2026-0014 udh nyampe mana ya bang? #tanya", "status"),
    (
        (
            "pak admin, 3 usulan kumuh Kotim yg kami kirim kemaren statusnya gmn, udh "
            "diverifikasi blm?"
        ),
        "status",
    ),
    (
        (
            "Please how far with the proposals we submitted last month for Barito Utara? I "
            "want to know where they stand."
        ),
        "status",
    ),
    ("H-berapa rakor taun ini kak? tempatnya di kueh?", "meeting"),
    ("rak or berikutnya kapan ya, tinggal berapa hari lagi?", "meeting"),
    ("Next rakor with the province when ah? Got date and venue already or not?", "meeting"),
    ("sisa waktu ngusulin brp lama lg bang? takut telat #usulan2027", "deadline"),
    ("batas akhir kirim usulan TA 2028 sampe tgl brp ndan?", "deadline"),
    (("tinggal berapa hari lagi pengiriman usulan ditutup? bu kabid udh nanya terus"), "deadline"),
    ("selamat pagi kak admin 🙏", "greeting"),
    ("makasih banyak bang, sangat membantu 👍", "greeting"),
    ("halo, ikau bisa bantu narai aja?", "greeting"),
    ("kanampi cara ngirim usulan lewat bot jituh?", "how_to_submit"),
    ("mas admin, gmn caranya masukin usulan PSU lewat sini? plisss", "how_to_submit"),
    ("How to submit proposal through this bot ah? Must type what command?", "how_to_submit"),
]

ROUND61_AREAS: list[tuple[str, str]] = [
    ("kawasan kumuh 9,8 ha di Mendawai Seberang kewenangan siapa?", "kabkota"),
    ("kumuh pas 10 hektar, siapa yg tangani?", "provinsi"),
    ("luas delineasi 125.000 m2 di Baamang Tengah, masuk prov ato kab?", "provinsi"),
    ("kawasan kumuh tepat 15 hektare di Selat Hulu urusan siapa bang", "pusat"),
    ("kumuh 14,99 ha di Panarung bs ditangani provinsi gak?", "provinsi"),
    ("lokasi kumuh 95.000 meter persegi di Kumai Hilir, kewenangan sp?", "kabkota"),
    ("kumuh di Mentawa Baru Hilir lebih dari 20 ha, yg pegang siapa", "pusat"),
    ("kawasan kumuh kurang dari 10 ha di Buntok Kota tu tanggung jawab narai?", "kabkota"),
    ("150.000 m² kumuh di Pahandut Seberang siapa yg berwenang?", "pusat"),
    ("kumuh 99.990 m2 di Tumbang Rungan, kab ato prov?", "kabkota"),
    ("Slum area of 13 hectares in Sampit, which level responsible ah?", "provinsi"),
    (
        (
            "Please sir, our slum at Kuala Kurun is 16 hectares. Which level of government go "
            "handle am?"
        ),
        "pusat",
    ),
    (
        ("nanya nih bang, kawasan kumuh di Kel. Baamang Hulu luasnya 9,8 ha, itu kewenangansiapa?"),
        "kabkota",
    ),
    ("kumuh pas 10 hektar di Kel. Selat Tengah Kapuas, yg tangani prov atau kab?", "provinsi"),
    (("delineasi SK kumuh kami 125.000 m2 di Kel. Panarung, kewenangan siapa ya kak"), "provinsi"),
    (
        ("tepat 15 hektare kawasan kumuhnya, di Kel. Mentawa Baru Hilir. pusat ato provinsi ndan?"),
        "pusat",
    ),
    ("luas kumuh 14,99 ha di Pahandut Seberang, masih ke wenangan provinsi kah?", "provinsi"),
    ("kawasan kumuh kurang dari 10 ha di Desa Buntoi Pulpis, siapa yg ngurus?", "kabkota"),
    (("#tanya kumuh lebih dari 15 ha (sekitar 24 ha) di Kel. Selat Hulu, kewenangan sp?"), "pusat"),
    ("kum0h 99.000 m² di Kel. Sawahan, ini masuk kewenangan mana bang", "kabkota"),
    (("150.000 meter persegi kawasan kumuh di Kel. Langkai, siapa yg bertanggung jawab?"), "pusat"),
    ("kumuh di Kel. Kuala Pembuang II luasnya 100.000 m2, kewenangan prov bukan?", "provinsi"),
    (
        ("Slum area 7 hectares in Kelurahan Madurejo, Pangkalan Bun. Province can handle or not?"),
        "kabkota",
    ),
    (
        (
            "Please sir, I want to ask: a slum area of 32 ha in Kelurahan Tumbang Rungan, "
            "which level of government is responsible?"
        ),
        "pusat",
    ),
]

ROUND61_OUT_OF_SCOPE: list[str] = [
    "harga semen sak 50 kg di Sampit skrg brp ya?",
    "besok hujan gak di Palangka Raya? mau survei lapangan ke Kereng Bangkirai",
    "cara ngurus balik nama sertifikat tanah di BPN gmn bang?",
    "brp pagu DAK Tematik PPKT utk Kapuas thn 2027?",
    "gaji PPPK paruh waktu bulan ini kapan cair ndan",
    "jumlah RTLH di Barito Utara per desember kemarin ada brp unit?",
    "harga rumah subsidi di Palangka Raya skrg brp, cicilannya brp per bulan?",
    "syarat daftar CPNS formasi teknik sipil tahun dpn apa aja?",
    "tarif PDAM Kota Palangka Raya per kubik brp skrg?",
    "siapa pemenang tender jaling di Kurun tahun lalu?",
    "rekomendasi warung makan enak deket kantor disperkimtan dong kak",
    "capaian SPM perumahan Kotim tahun 2025 brp persen?",
    "jadwal imunisasi anak di puskesmas Jekan Raya kapan ya?",
    "Lah, the speedboat from Kuala Kapuas to Banjarmasin what time got ah?",
    ("Please sir, how much is one trip of laterite from Kasongan to Tewang Kadamba these days?"),
    "harga semen 50 kg di Sampit skrg brp ya bang?",
    "cuaca besok di Buntok hujan ga? mau survei lokasi",
    "bunga KPR FLPP taun ini brp persen kak?",
    "syarat bikin sertifikat tanah di BPN Palangka Raya apa aja?",
    "BPJS kesehatan aku nunggak, gmn aktifin lagi ya",
    "berapa jumlah penduduk Kab. Lamandau tahun 2025?",
    "jadwal tes PPPK 2027 kapan ya min?",
    "password SIPD aku lupa, reset nya di kueh?",
    "nilai kekumuhan Kel. Ketapang di baseline terakhir brp skornya?",
    "kuota BSPS buat Kab. Seruyan tahun 2027 brp unit?",
    "kapan pencairan DAK fisik tahap 2 tahun ini?",
    "tarif retribusi PBG di Kotim brp per m2?",
    ("Please sir, how much is the daily allowance for official travel to Palangka Raya?"),
    ("Please sir, how much is a flight ticket from Palangka Raya to Jakarta this week?"),
    "Can recommend good nasi kuning near Jalan Tjilik Riwut or not?",
]
