"""Training table R54 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 51's styles, written by another hand for the second half of the topic list after round 51
was measured untouched: letters read as digits as from a scanned letter, quoting what the bot
or someone answered before, cancelling a first question and asking another, another agency
named as context, the goal first, asking what is not allowed or not responsible, hypothetical
role-play, relative time words; Kenyan and Nigerian formal English. A glossary entry's
questions ask what the term means. Its slum-area questions are computed by rule, not learned;
they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R54_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        "huntara itu apa ya? hunian sernentara kah?",
        "istilah.huntara",
    ),
    (
        (
            "Tadi kata Pak Camat 'warga yang rumahnya hanyut ditaruh dulu di huntara', "
            "huntara yang dia maksud itu tempat seperti apa?"
        ),
        "istilah.huntara",
    ),
    (
        (
            "Bot, syarat RTLH apa? eh skip, itu sudah dijawab kemarin. Yang mau saya tanya: "
            "huntap itu kepanjangannya apa?"
        ),
        "istilah.huntap",
    ),
    (
        (
            "BPBD sering tulis huntap di laporan pasca banjir Katingan, sebenarnya huntap itu "
            "artinya apa?"
        ),
        "istilah.huntap",
    ),
    (
        (
            "Biar nggak salah isi kolom penerima manfaat, KK di situ maksudnya kepala "
            "keluarga atau kartu keluarga?"
        ),
        "istilah.kk",
    ),
    (
        (
            "KK di form usulan itu bukan jumlah orang kan? sebenarnya yang dihitung dengan KK "
            "itu apa?"
        ),
        "istilah.kk",
    ),
    (
        (
            "Misal saya operator desa yang baru pertama kali isi data, kolom 'jiwa' itu "
            "artinya apa ya?"
        ),
        "istilah.jiwa",
    ),
    (
        (
            "Lusa kami kirim data penerima, sebelum itu mau pastikan: jiwa itu hitungan apa, "
            "beda dengan KK?"
        ),
        ("istilah.jiwa", "istilah.kk"),
    ),
    (
        "satuan 'ha' di kolom luas itu singkatan apa? rnaaf saya baru pegang data kumuh",
        "istilah.ha",
    ),
    (
        (
            "Good afternoon. The bot earlier asked me for the area 'dalam ha'. Kindly clarify "
            "what the unit ha stands for."
        ),
        "istilah.ha",
    ),
    (
        (
            "DED wajib dilampirkan nggak? eh bukan itu, pertanyaan sebenarnya: DED itu "
            "singkatan dari apa?"
        ),
        "istilah.ded",
    ),
    (
        "Konsultan dari Dinas PUPR minta kami siapkan DED, DED itu dokumen jenis apa sih?",
        "istilah.ded",
    ),
    (
        "Supaya saya bisa minta tolong bagian keuangan, RAB itu kepanjangannya apa?",
        "istilah.rab",
    ),
    (
        "RAB itu bukan laporan realisasi anggaran kan? terus RAB artinya apa?",
        "istilah.rab",
    ),
    (
        (
            "Anggap saja saya staf teknis baru di Perkim Seruyan, kalau ada yang menyebut RKS "
            "itu merujuk ke dokumen apa?"
        ),
        "istilah.rks",
    ),
    (
        (
            "Minggu depan konsultan antar berkas RKS, tapi terus terang saya belum tahu RKS "
            "itu singkatan dari apa"
        ),
        "istilah.rks",
    ),
    (
        "KAK itu apa? kerangka acuan kerja? sarna dengan TOR nggak?",
        "istilah.kak",
    ),
    (
        "My colleague told me 'attach the KAK'. I wish to inquire what KAK refers to.",
        "istilah.kak",
    ),
    (
        "mau tanya jadwal rakor... ah nggak jadi. Site plan itu apa sih, rencana tapak?",
        "istilah.siteplan",
    ),
    (
        "Bappeda minta site plan lokasi jaling kami, site plan itu maksudnya gambar apa?",
        "istilah.siteplan",
    ),
    (
        (
            "Agar usulan kami dianggap siap, orang provinsi sering bilang soal RC. RC itu "
            "kepanjangan dari apa?"
        ),
        "istilah.rc",
    ),
    (
        "RC di sini bukan reinforced concrete kan? dalam urusan usulan, RC itu artinya apa?",
        "istilah.rc",
    ),
    (
        (
            "Seandainya saya kepala dinas yang disodori BAST untuk diteken, BAST itu "
            "sebenarnya dokumen apa?"
        ),
        "istilah.bast",
    ),
    (
        (
            "akhir bulan ini ada serah terima drainase di Kumai, katanya pakai BAST. BAST itu "
            "singkatan apa?"
        ),
        "istilah.bast",
    ),
    (
        "hibah itu artinya apa dalarn konteks aset pernerintah?",
        "istilah.hibah",
    ),
    (
        (
            "Di jawaban bot ada kalimat 'dihibahkan ke kabupaten/kota', hibah itu maksudnya "
            "pemberian yang bagaimana?"
        ),
        "istilah.hibah",
    ),
    (
        "Abaikan pertanyaan saya sebelumnya. Yang benar: BMD itu singkatan dari apa?",
        "istilah.bmd",
    ),
    (
        "Bagian aset BPKAD tanya apakah jalan itu tercatat sebagai BMD. BMD itu apa ya?",
        "istilah.bmd",
    ),
    (
        "Biar pencatatan aset dari kementerian tidak keliru, BMN itu artinya apa?",
        "istilah.bmn",
    ),
    (
        (
            "Please advise: BMN is not the same thing as BMD, is it? What exactly does BMN "
            "stand for?"
        ),
        "istilah.bmn",
    ),
    (
        (
            "Misal saya bupati yang diminta tanda tangan surat kesanggupan O&P, O&P itu "
            "maksudnya apa?"
        ),
        "istilah.op",
    ),
    (
        "besok pagi rapat soal O&P jalan lingkungan, O&P itu singkatan dari apa ya?",
        "istilah.op",
    ),
    (
        "SPM itu singkatan apa? standar pe1ayanan rninimal?",
        "istilah.spm",
    ),
    (
        "Kata Pak Kabid 'rumah korban bencana itu masuk SPM', SPM yang beliau maksud itu apa?",
        "istilah.spm",
    ),
    (
        "Eh tadi salah ketik, abaikan. Yang mau saya tanya: Pokja PKP itu apa?",
        "istilah.pokjapkp",
    ),
    (
        "Bappeda bilang kami wajib koordinasi dengan Pokja PKP, Pokja PKP itu kelompok apa?",
        "istilah.pokjapkp",
    ),
    (
        "Supaya tidak salah susun SK anggota, Pokja PPAS itu kepanjangannya apa?",
        "istilah.pokjappas",
    ),
    (
        "Pokja PPAS itu bukan tim anggaran PPAS kan? PPAS di nama pokja itu singkatan apa?",
        "istilah.pokjappas",
    ),
    (
        (
            "Anggap saya Sekda yang baru ditunjuk jadi ketua Pokja AMPL, AMPL itu singkatan "
            "dari apa?"
        ),
        "istilah.pokjaampl",
    ),
    (
        (
            "We have a Pokja AMPL sitting next week. Kindly assist me to understand what AMPL "
            "stands for."
        ),
        "istilah.pokjaampl",
    ),
    (
        "RP3KP itu apa ya? rencana pernbangunan dan ... apa lanjutannya?",
        "istilah.rp3kp",
    ),
    (
        "tadi bot sebut 'mengacu RP3KP kabupaten', RP3KP itu dokumen apa?",
        "istilah.rp3kp",
    ),
    (
        "Skip yang tadi soal RP3KP. Pertanyaan saya sebenarnya: RP2KPKP itu singkatan apa?",
        "istilah.rp2kpkp",
    ),
    (
        "Dinas PUPR kabupaten katanya sudah punya RP2KPKP, itu rencana tentang apa sih?",
        "istilah.rp2kpkp",
    ),
    (
        "Biar saya paham riwayat penanganan kumuh di kelurahan kami, KOTAKU itu program apa?",
        "istilah.kotaku",
    ),
    (
        "KOTAKU itu bukan berarti 'kota saya' kan? itu kepanjangan program apa?",
        "istilah.kotaku",
    ),
    (
        "Misal kami pemkab mau ikut DAK Tematik PPKT, PPKT itu kepanjangannya apa dulu?",
        "istilah.daktematikppkt",
    ),
    (
        (
            "Awal tahun depan katanya ada DAK Tematik PPKT untuk kumuh, sebenarnya DAK "
            "Tematik PPKT itu apa?"
        ),
        "istilah.daktematikppkt",
    ),
    (
        "APBN itu anggaran pendapatan dan be1anja apa? negara ya?",
        "istilah.apbn",
    ),
    (
        (
            "The officer told us 'this one should go to APBN'. Am requesting for the meaning "
            "of APBN."
        ),
        "istilah.apbn",
    ),
    (
        "Soal SK kumuh nanti saja. Sekarang yang penting: APBD itu apa?",
        "istilah.apbd",
    ),
    (
        "BPKAD bilang sumber dananya APBD kab, APBD itu persisnya anggaran apa?",
        "istilah.apbd",
    ),
    (
        "Supaya bisa nyambung waktu bicara dengan kepala desa soal dana, APBDes itu apa?",
        "istilah.apbdes",
    ),
    (
        "APBDes itu bukan APBD kabupaten kan? APBDes sendiri singkatan dari apa?",
        "istilah.apbdes",
    ),
    (
        "Seandainya kabupaten kami dapat Bankeu dari provinsi, Bankeu itu artinya bantuan apa?",
        "istilah.bankeu",
    ),
    (
        "H-3 sebelum rapat anggaran, saya perlu tahu dulu: Bankeu itu singkatan apa?",
        "istilah.bankeu",
    ),
    (
        "pokir itu apa? p0kok pikiran siapa?",
        "istilah.pokir",
    ),
    (
        "Kata anggota dewan tadi siang 'nanti lewat pokir saja', pokir itu maksudnya apa?",
        "istilah.pokir",
    ),
    (
        (
            "Rakor tahun ini di mana? eh sudah tahu. Yang mau saya tanya, Musrenbang itu "
            "singkatan apa?"
        ),
        "istilah.musrenbang",
    ),
    (
        "Bapperida undang kami ke Musrenbang provinsi, Musrenbang itu forum apa sebenarnya?",
        "istilah.musrenbang",
    ),
    (
        "Biar paham alur usulan setelah disetujui, RKPD itu dokumen apa?",
        "istilah.rkpd",
    ),
    (
        "I wish to inquire: RKPD is not the same as RPJMD, right? What does RKPD stand for?",
        "istilah.rkpd",
    ),
    (
        "Misal saya Kasubag Program yang disuruh menyusun Renja, Renja itu dokumen apa?",
        "istilah.renja",
    ),
    (
        (
            "Untuk tahun anggaran depan Renja harus sinkron katanya, tapi Renja itu apa sih "
            "kepanjangannya?"
        ),
        "istilah.renja",
    ),
    (
        "renstra itu rencana strateg1s ya? rencana apa dan untuk berapa tahun?",
        "istilah.renstra",
    ),
    (
        "tadi Pak Kadis bilang 'cek dulu di Renstra dinas', Renstra itu apa?",
        "istilah.renstra",
    ),
    (
        "Tanya soal hibah... gak jadi deh. RPJMD itu singkatan apa?",
        "istilah.rpjmd",
    ),
    (
        "Bapperida sering menyebut RPJMD 2025-2029, itu dokumen apa sebenarnya?",
        "istilah.rpjmd",
    ),
    (
        "Biar saya nggak bengong di rapat TAPD, KUA-PPAS itu kepanjangannya apa?",
        "istilah.kuappas",
    ),
    (
        "KUA-PPAS itu bukan urusan KUA kemenag kan? artinya apa?",
        "istilah.kuappas",
    ),
    (
        "Anggap saja saya bendahara yang baru dimutasi ke Perkim, RKA itu dokumen apa?",
        "istilah.rka",
    ),
    (
        (
            "By the end of this month we are expected to submit the RKA. Kindly advise what "
            "RKA means."
        ),
        "istilah.rka",
    ),
    (
        "DPA itu singkatan apa? d0kumen pelaksanaan anggaran?",
        "istilah.dpa",
    ),
    (
        "Kata orang keuangan 'kegiatan itu belum masuk DPA', DPA itu apa?",
        "istilah.dpa",
    ),
    (
        "Pertanyaan pertama saya batalkan. Yang penting: SIPD itu sistem apa?",
        "istilah.sipd",
    ),
    (
        "Bappeda suruh input semua di SIPD, SIPD itu singkatan dari apa?",
        "istilah.sipd",
    ),
    (
        "Supaya surat kami tepat alamat, Bapperida itu badan apa? sama dengan Bappeda?",
        "istilah.bapperida",
    ),
    (
        "Bapperida itu bukan bagian dari Disperkimtan kan? kepanjangannya apa?",
        "istilah.bapperida",
    ),
    (
        "Misal saya pegawai BUMD yang diundang rapat, OPD yang disebut-sebut itu maksudnya apa?",
        "istilah.opd",
    ),
    (
        "Lusa ada rapat semua OPD di kantor bupati, OPD itu singkatan dari apa ya?",
        "istilah.opd",
    ),
    (
        "SKPD itu apa? satuan kerja perangkat daerah? bedanya sarna OPD apa?",
        ("istilah.skpd", "istilah.opd"),
    ),
    (
        "The form says 'SKPD pengusul'. Please advise accordingly what SKPD refers to.",
        "istilah.skpd",
    ),
    (
        "Ralat pertanyaan saya tadi. Saya mau tahu SPAM itu apa di bidang air minum.",
        "istilah.spam",
    ),
    (
        "PDAM bilang ini masuk jaringan SPAM, SPAM itu kepanjangannya apa?",
        "istilah.spam",
    ),
    (
        "Biar bisa pilih sektor sanitasi dengan benar, SPALD itu kepanjangannya apa?",
        "istilah.spald",
    ),
    (
        "SPALD itu tidak sama dengan IPAL ya? SPALD sebenarnya apa?",
        "istilah.spald",
    ),
    (
        "Seandainya kami pengembang perumahan yang diminta bikin IPAL, IPAL itu apa?",
        "istilah.ipal",
    ),
    (
        "Minggu depan ada kunjungan ke IPAL komunal di Pahandut, IPAL itu singkatan apa?",
        "istilah.ipal",
    ),
    (
        "TPS3R itu apa? 3R nya reduce reuse recyc1e ya?",
        "istilah.tps3r",
    ),
    (
        "Tadi bot bilang contoh sektor persampahan itu TPS3R, TPS3R itu tempat apa?",
        "istilah.tps3r",
    ),
    (
        "Eh ga jadi tanya jadwal. MCK itu singkatan dari apa?",
        "istilah.mck",
    ),
    (
        (
            "The Health Office (Dinkes) keeps talking of communal MCK. I wish to inquire what "
            "MCK stands for."
        ),
        "istilah.mck",
    ),
    (
        "Supaya saya bisa cek lahan sendiri, RTRW yang sering disebut itu apa?",
        "istilah.rtrw",
    ),
    (
        "RTRW di sini bukan RT/RW kampung kan? artinya apa?",
        "istilah.rtrw",
    ),
    (
        "Anggap saya investor yang mau bangun perumahan di Sampit, RDTR itu dokumen apa?",
        "istilah.rdtr",
    ),
    (
        "Tahun depan RDTR kota direvisi, RDTR itu singkatan apa?",
        "istilah.rdtr",
    ),
    (
        "PBG itu apa? pengganti 1MB ya?",
        "istilah.pbg",
    ),
    (
        "Kata petugas DPMPTSP 'harus ada PBG dulu', PBG itu maksudnya apa?",
        "istilah.pbg",
    ),
    (
        "skip yg soal PBG. SLF itu singkatan apa?",
        "istilah.slf",
    ),
    (
        "Dinas PUPR menyebut SLF untuk gedung kantor kami, SLF itu apa?",
        "istilah.slf",
    ),
    (
        "Biar penghuni rusun paham, SKBG itu kepanjangannya apa?",
        "istilah.skbg",
    ),
    (
        "SKBG bukan sertifikat tanah kan? SKBG itu sertifikat apa?",
        "istilah.skbg",
    ),
    (
        "Misal saya kepala desa yang biasa menerbitkan SKT, SKT itu surat apa sebenarnya?",
        "istilah.skt",
    ),
    (
        (
            "By tomorrow morning I must verify the land papers for our RTLH list. What does "
            "SKT refer to?"
        ),
        "istilah.skt",
    ),
    (
        "c1ean and clear itu maksudnya apa ya kalau soal lahan?",
        "istilah.cleanandclear",
    ),
    (
        "tadi bot tanya 'apakah lahan clean and clear?', clean and clear itu artinya apa?",
        "istilah.cleanandclear",
    ),
    (
        "Bukan itu maksud saya tadi, maaf. CSR itu apa?",
        "istilah.csr",
    ),
    (
        "Perusahaan sawit di Seruyan mau bantu lewat CSR, CSR itu singkatan apa?",
        "istilah.csr",
    ),
    (
        "Biar saya bisa jelaskan ke atasan, Rakor itu kepanjangannya apa?",
        "istilah.rakor",
    ),
    (
        "Rakor itu bukan rapat internal dinas kami kan? Rakor itu maksudnya rapat apa?",
        "istilah.rakor",
    ),
    (
        "Anggap saya warga yang mau mengadu, LAPOR! itu apa?",
        "istilah.lapor",
    ),
    (
        "Kemarin sore bot menyebut 'tolok ukur LAPOR!', LAPOR! itu sistem apa?",
        "istilah.lapor",
    ),
    (
        "WIB itu waktu indonesia bagian apa? barat? saya di pa1angka raya",
        "istilah.wib",
    ),
    (
        "Your reply said '09.00 WIB'. Kindly explain what WIB stands for.",
        "istilah.wib",
    ),
    (
        "lupakan yang tadi. backlog perumahan itu artinya apa?",
        "istilah.backlog",
    ),
    (
        "BPS dan Kementerian PKP beda angka backlog-nya, backlog itu sebenarnya apa?",
        "istilah.backlog",
    ),
    (
        "Supaya paham nama bidang kami, PKP itu kepanjangannya apa?",
        "istilah.pkp",
    ),
    (
        "PKP di sini bukan pengusaha kena pajak kan? PKP itu apa?",
        "istilah.pkp",
    ),
    (
        (
            "Seandainya saya lurah di Baamang Hulu, kawasan kumuh itu artinya permukiman yang "
            "seperti apa?"
        ),
        "istilah.kumuh",
    ),
    (
        "Akhir tahun ini kami mau sosialisasi ke warga, kumuh itu definisinya apa?",
        "istilah.kumuh",
    ),
    (
        "DAK itu dana a1okasi apa? khusus?",
        "istilah.dak",
    ),
    (
        "Tadi Bappeda jawab 'sumbernya DAK saja', DAK itu apa?",
        "istilah.dak",
    ),
    (
        "Mau tanya rusus, eh salah, rusun maksud saya. Rusun itu apa?",
        "istilah.rusun",
    ),
    (
        "Dinsos mau menempatkan warga di rusun, rusun itu singkatan apa?",
        "istilah.rusun",
    ),
]

TRAIN_R54_INTENTS: list[tuple[str, str]] = [
    (
        "usu1an karni USL-2026-0014 sudah sampai mana? masih verifikasi atau sudah dibahas?",
        "status",
    ),
    (
        "Usulan jaling yang kami kirim minggu lalu, sampai hari ini statusnya apa?",
        "status",
    ),
    (
        (
            "The bot said 'perlu perbaikan' on our proposal. Kindly advise whether our "
            "Katingan proposals have moved since then."
        ),
        "status",
    ),
    (
        (
            "Cara isi usulan gimana? eh ga jadi, nanti saja. Rakor tahun ini tanggal berapa "
            "dan di mana?"
        ),
        "meeting",
    ),
    (
        (
            "Bapperida tanya kapan Rakor Kawasan Permukiman tahun ini digelar, jam berapa dan "
            "tempatnya di mana?"
        ),
        "meeting",
    ),
    (
        "Misal saya mau ajak Kabid ikut, Rakor berikutnya dilaksanakan kapan?",
        "meeting",
    ),
    (
        (
            "Supaya usulan Gumas tidak terlambat, paling lambat tanggal berapa usulan tahun "
            "ini masih diterima?"
        ),
        "deadline",
    ),
    (
        "Lewat tanggal berapa usulan untuk TA depan sudah tidak diterima lagi?",
        "deadline",
    ),
    (
        (
            "Please advise the closing date for submissions this cycle; we intend to send "
            "ours by next week."
        ),
        "deadline",
    ),
    (
        "Selamat pagi Pak/Bu admin, terima kasih banyak atas bantuannya kemarin sore",
        "greeting",
    ),
    (
        "Assalamualaikurn, rnohon bantuannya",
        "greeting",
    ),
    (
        "Terima kasih, tadi penjelasan bot soal 'kewenangan provinsi' sudah jelas sekali",
        "greeting",
    ),
    (
        "Agar usulan PSU kami bisa masuk lewat bot, langkah mengirimnya bagaimana?",
        "how_to_submit",
    ),
    (
        (
            "Anggap saya operator baru di Dinas Perkim Mura, cara memasukkan usulan lewat bot "
            "ini gimana?"
        ),
        "how_to_submit",
    ),
    (
        (
            "Bappeda asked us to channel our proposals through this bot. I wish to inquire "
            "how I submit a proposal here."
        ),
        "how_to_submit",
    ),
]

TRAIN_R54_AREAS: list[tuple[str, str]] = [
    (
        "kawasan kurnuh 8,5 ha di Kelurahan Ketapang itu kewenangan siapa?",
        "kabkota",
    ),
    (
        (
            "Supaya tidak salah alamat usulan, lokasi kumuh seluas 95.000 m2 di Desa Anjir "
            "Pulang Pisau ditangani siapa?"
        ),
        "kabkota",
    ),
    (
        (
            "Lokasi kumuh 9,99 hektar di Pahandut, provinsi tidak berwenang kan? jadi siapa "
            "yang tangani?"
        ),
        "kabkota",
    ),
    (
        (
            "We are finalising our list next week. A slum pocket of 6 hectares in Muara "
            "Teweh: kindly advise which level is responsible."
        ),
        "kabkota",
    ),
    (
        (
            "tadi bot bilang 'provinsi mulai 10 ha', jadi kawasan kumuh persis 10 ha di "
            "Mentawa Baru Hilir siapa yang tangani?"
        ),
        "provinsi",
    ),
    (
        "mau tanya DED... ga jadi. Kumuh luas 12 hektare di Selat Hulu masuk kewenangan mana?",
        "provinsi",
    ),
    (
        (
            "Bappeda bilang kumuh 140.000 m² di Baamang Tengah itu urusan pusat, betul? atau "
            "sebenarnya siapa?"
        ),
        "provinsi",
    ),
    (
        (
            "Misal saya bupati dan SK kumuh kami menetapkan satu lokasi 14,9 ha, siapa yang "
            "berwenang menangani?"
        ),
        "provinsi",
    ),
    (
        (
            "Besok pagi rapat dengan Balai, kawasan kumuh 15 ha pas di Mendawai itu tanggung "
            "jawab siapa?"
        ),
        "pusat",
    ),
    (
        "luas kurnuh 150.000 meter persegi itu kewenangan pr0vinsi atau pusat?",
        "pusat",
    ),
    (
        (
            "In order to route our proposal correctly, a slum area of 22 hectares in Kuala "
            "Kapuas falls under which level of government?"
        ),
        "pusat",
    ),
    (
        (
            "Kumuh 31,5 ha di Kecamatan Pahandut, kabupaten/kota tidak berwenang kan? lalu "
            "level mana yang menangani?"
        ),
        "pusat",
    ),
]

TRAIN_R54_OUT_OF_SCOPE: list[str] = [
    (
        "kata Pak Sekdis 'pagu jalan lingkungan tahun depan naik', berapa angka pagu "
        "Disperkimtan untuk 2027?"
    ),
    "Kindly advise who won the tender for the drainage works in Kuala Kurun last year.",
    "Misal saya ikut Rakor dari Sukamara, uang transport atau SPPD peserta dapat berapa?",
    "ja1an lingkungan paving b1ok harganya berapa per meter sekarang di Puruk Cahu?",
    "Berapa angka backlog rumah di Kalimantan Tengah tahun ini?",
    "Dana BSPS tahap dua untuk Katingan kapan cair ya?",
    "Tanya soal RTLH... eh ga jadi. Jadwal seleksi PPPK tahun ini kapan dibuka?",
    "Nomor WA pribadi Kabid Kawasan Permukiman berapa ya?",
    "Cuaca di Sampit besok pagi hujan nggak? kami mau survei lokasi",
    "Dinas ESDM bilang izin usaha tambang kami harus diperpanjang, syaratnya apa saja?",
    "Biar honorer di kantor kami bisa berobat, cara klaim BPJS Kesehatan bagaimana?",
    (
        "I wish to inquire about the fuel allowance rate for officers travelling from "
        "Buntok to Palangka Raya."
    ),
    "Ada berita terbaru soal banjir di Kapuas hari ini?",
    "Lusa saya ke Palangka Raya, hotel murah yang dekat Aula Disperkimtan apa ya?",
    (
        "Cuti bersama akhir tahun ini tanggal berapa saja? apa yang tidak boleh dilakukan "
        "ASN selama cuti?"
    ),
]
