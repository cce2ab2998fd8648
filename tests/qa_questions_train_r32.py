"""Training table R32 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 42's styles, written by another hand for the second half of the topic list after round 42
was measured: choice questions, timing, messages that begin as if mid-conversation,
number-heavy context that is not a slum area, edge cases (a regency border, a newly split
village, land of unclear status, two funding sources), role-heavy bureaucratic preambles,
drawing a conclusion and checking it, copy-paste leftovers (a WhatsApp timestamp and name, a
signature); English sprinkled with Indonesian particles. A glossary entry's questions ask
what the term means. Its slum-area questions are computed by rule, not learned; they are
measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R32_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "huntara itu maksudnya rumah darurat sementara buat korban bencana atau rumah "
            "sewa sementara buat pegawai?"
        ),
        "istilah.huntara",
    ),
    (
        (
            "Waktu banjir Januari kemarin di Kapuas, katanya warga masih tinggal di huntara "
            "sampai akhir tahun. Huntara itu apa ya persisnya?"
        ),
        "istilah.huntara",
    ),
    (
        "oh gitu, terus huntap itu kepanjangannya apa? yang katanya sesudah huntara itu",
        "istilah.huntap",
    ),
    (
        (
            "Data BPBD: 37 KK masih di tenda, 22 KK sudah dipindah ke huntap, sisanya 9 KK "
            "numpang keluarga. Huntap itu maksudnya apa ya pak?"
        ),
        "istilah.huntap",
    ),
    (
        (
            "Di Desa Tumbang Bajanei ada satu rumah isinya 3 keluarga, kami bingung "
            "ngitungnya. Sebenarnya KK di isian itu singkatan dari apa, kepala keluarga atau "
            "kartu keluarga?"
        ),
        "istilah.kk",
    ),
    (
        (
            "Bendahara nanya ke saya, KK di form usulan itu artinya apa, dia kira nomor kartu "
            "keluarga. Yang dimaksud apa ya?"
        ),
        "istilah.kk",
    ),
    (
        (
            "jadi kolom 'jiwa' di form itu maksudnya jumlah orang ya, bukan jumlah rumah atau "
            "jumlah keluarga?"
        ),
        "istilah.jiwa",
    ),
    (
        (
            "[08.14, 3/3/2026] Bu Rina Perkim Barsel: maaf mau tanya hal dasar, satuan ha "
            "yang ditulis di SK kumuh itu singkatan dari apa ya?"
        ),
        "istilah.ha",
    ),
    (
        "Sorry newbie question, the luas is written in ha. Is ha hectare or something else ya?",
        "istilah.ha",
    ),
    (
        "Sebelum Rakor bulan depan kami disuruh melengkapi DED. DED itu kepanjangannya apa ya?",
        "istilah.ded",
    ),
    (
        (
            "lanjut pak, yang soal DED tadi, itu singkatan dari apa dan sebenarnya dokumen "
            "macam apa?"
        ),
        "istilah.ded",
    ),
    (
        (
            "Total usulan kami Rp 2,4 M untuk 3 paket jalan lingkungan dan PPK minta RAB per "
            "paket. RAB itu singkatan apa sih?"
        ),
        "istilah.rab",
    ),
    (
        (
            "Paket drainase ini dananya dari dua sumber, APBD kab dan Bankeu, jadi ada dua "
            "versi RAB. Tapi RAB itu sendiri sebenarnya apa ya?"
        ),
        "istilah.rab",
    ),
    (
        (
            "Kabid kami bilang RKS harus ada. RKS itu apa ya? saya baru dipindah dari BPKAD "
            "jadi belum paham istilahnya"
        ),
        "istilah.rks",
    ),
    (
        (
            "berarti RKS itu dokumen syarat-syarat teknis pekerjaan ya, bukan rencana kerja "
            "tahunan dinas?"
        ),
        "istilah.rks",
    ),
    (
        "> KAK mohon dilampirkan\n\nItu KAK maksudnya apa ya pak?\n\nSent from my iPhone",
        "istilah.kak",
    ),
    (
        "Is KAK the same thing as TOR or different? What does KAK stand for?",
        "istilah.kak",
    ),
    (
        (
            "Waktu tim provinsi turun lapangan bulan Agustus mereka nanya site plan. Site "
            "plan itu apa sebenarnya?"
        ),
        "istilah.siteplan",
    ),
    (
        "nah itu dia, site plan itu sama dengan rencana tapak kah?",
        "istilah.siteplan",
    ),
    (
        "Di tabel penilaian ada 4 kolom: DED, RAB, lahan, RC. Yang RC itu singkatan apa ya?",
        "istilah.rc",
    ),
    (
        (
            "Usulan kami rencananya dibiayai DAK dan APBD prov sekaligus, dua-duanya nyebut "
            "RC. Sebenarnya RC itu apa?"
        ),
        "istilah.rc",
    ),
    (
        (
            "Sekdis nyuruh saya cari BAST jalan lingkungan tahun 2022 di arsip. BAST itu "
            "kepanjangannya apa ya?"
        ),
        "istilah.bast",
    ),
    (
        "jadi BAST itu berita acara serah terima ya? bukan bukti administrasi serah terima?",
        "istilah.bast",
    ),
    (
        (
            "[14.02, 11/9/2026] Pak Yohanes: hibah dalam urusan aset perkim ini artinya apa "
            "ya? pemberian cuma-cuma gitu?"
        ),
        "istilah.hibah",
    ),
    (
        "The kadis kept saying 'hibah' at last November's Rakor. What does hibah mean here?",
        "istilah.hibah",
    ),
    (
        "terus kalau BMD itu apa pak? yang ada di kartu inventaris barang itu",
        "istilah.bmd",
    ),
    (
        (
            "BMD sama BMN itu bedanya apa? yang satu barang milik daerah, satunya barang "
            "milik negara?"
        ),
        ("istilah.bmd", "istilah.bmn"),
    ),
    (
        (
            "Ada 12 unit rumah khusus di Gumas yang tercatat sebagai BMN. BMN itu singkatan "
            "dari apa?"
        ),
        "istilah.bmn",
    ),
    (
        (
            "Ruas jalan di perbatasan Barut dan Mura katanya dibangun balai pusat dan "
            "tercatat BMN. BMN itu artinya apa ya?"
        ),
        "istilah.bmn",
    ),
    (
        "PPTK minta saya siapkan surat pernyataan O&P. O&P itu apa ya maksudnya?",
        "istilah.op",
    ),
    (
        "O&P itu operasi dan pemeliharaan kan? atau ada arti lain di perkim?",
        "istilah.op",
    ),
    (
        "Pak, SPM itu apa?\n\n--\nDedi Kurniawan\nKasi Perumahan\nDinas Perkim Kab. Katingan",
        "istilah.spm",
    ),
    (
        "Ok noted pak. And SPM, that stands for what ya?",
        "istilah.spm",
    ),
    (
        "Pokja PKP itu kelompok kerja atau panitia pengadaan?",
        "istilah.pokjapkp",
    ),
    (
        ("Tiap awal tahun ada rapat Pokja PKP di Bappeda kabupaten. Pokja PKP itu sebenarnya apa?"),
        "istilah.pokjapkp",
    ),
    (
        "SK Pokja PPAS kami berisi 23 anggota dari 9 OPD. PPAS itu singkatan apa ya?",
        "istilah.pokjappas",
    ),
    (
        "oh iya, tadi juga disebut Pokja PPAS, itu kepanjangannya apa?",
        "istilah.pokjappas",
    ),
    (
        (
            "Kabupaten hasil pemekaran katanya biasanya bentuk Pokja AMPL juga. AMPL itu "
            "kepanjangan dari apa?"
        ),
        "istilah.pokjaampl",
    ),
    (
        "Kadis kami ditunjuk jadi sekretaris Pokja AMPL. Itu pokja apa ya?",
        "istilah.pokjaampl",
    ),
    (
        "RP3KP itu intinya rencana 20 tahunan perumahan ya? singkatannya apa tepatnya?",
        "istilah.rp3kp",
    ),
    (
        "Fwd: dokumen RP3KP kabupaten ([tautan]) -- RP3KP itu apa sih?",
        "istilah.rp3kp",
    ),
    (
        "RP2KPKP itu sama dengan RP3KP atau dokumen lain? kepanjangannya apa?",
        ("istilah.rp2kpkp", "istilah.rp3kp"),
    ),
    (
        "Consultant said the RP2KPKP will be done before March. What is RP2KPKP actually?",
        "istilah.rp2kpkp",
    ),
    (
        "lanjut pak, yang KOTAKU itu program apa ya?",
        "istilah.kotaku",
    ),
    (
        "Dulu 5 kelurahan di Palangka Raya dapat KOTAKU. KOTAKU itu singkatan apa?",
        "istilah.kotaku",
    ),
    (
        (
            "Kawasan di Bataguh ini dananya campur APBD kab dan DAK Tematik PPKT. PPKT itu "
            "kepanjangannya apa?"
        ),
        "istilah.daktematikppkt",
    ),
    (
        "Kasi perencanaan nanya, DAK Tematik PPKT itu maksudnya apa?",
        "istilah.daktematikppkt",
    ),
    (
        "APBN itu anggaran pendapatan dan belanja negara, betul kan?",
        "istilah.apbn",
    ),
    (
        (
            "[09.55, 2/2/2026] Operator Kobar: APBN itu kepanjangannya apa pak, buat ditulis "
            "di laporan"
        ),
        "istilah.apbn",
    ),
    (
        "APBD itu anggaran provinsi atau kabupaten? atau dua-duanya sama-sama disebut APBD?",
        "istilah.apbd",
    ),
    (
        "The budget is around 1,2 M from APBD. What does APBD stand for exactly?",
        "istilah.apbd",
    ),
    (
        "Waktu musdes bulan Oktober kades nyebut APBDes terus. APBDes itu apa?",
        "istilah.apbdes",
    ),
    (
        "oh gitu, kalau APBDes itu singkatan apa pak?",
        "istilah.apbdes",
    ),
    (
        (
            "Desa kami hasil pemekaran tahun lalu, dengar-dengar bisa dibantu Bankeu. Bankeu "
            "itu apa sih?"
        ),
        "istilah.bankeu",
    ),
    (
        "Sekdis nanya Bankeu itu singkatan dari apa",
        "istilah.bankeu",
    ),
    (
        "jadi Pokir itu usulan dari anggota DPRD ya?",
        "istilah.pokir",
    ),
    (
        "Pokir itu apa?\n\nSent from my Samsung Galaxy",
        "istilah.pokir",
    ),
    (
        "Musrenbang itu musyawarah perencanaan pembangunan atau musyawarah rencana anggaran?",
        "istilah.musrenbang",
    ),
    (
        (
            "Everyone keeps talking about the Musrenbang in April. Musrenbang actually stands "
            "for what ya?"
        ),
        "istilah.musrenbang",
    ),
    (
        "nah itu, RKPD itu apa pak?",
        "istilah.rkpd",
    ),
    (
        "Dari 45 usulan kami katanya 12 masuk RKPD. RKPD itu kepanjangannya apa?",
        "istilah.rkpd",
    ),
    (
        "Dinas kami baru hasil penggabungan dua dinas dan harus susun Renja. Renja itu apa ya?",
        "istilah.renja",
    ),
    (
        "PPK bilang kegiatan ini belum tercantum di Renja. Renja itu maksudnya apa?",
        "istilah.renja",
    ),
    (
        "Renstra itu rencana strategis 5 tahunan dinas ya?",
        "istilah.renstra",
    ),
    (
        "[16.20, 5/5/2026] Kabid Perkim Seruyan: Renstra itu singkatan apa ya pak",
        "istilah.renstra",
    ),
    (
        "RPJMD itu rencana 5 tahun atau 20 tahun?",
        "istilah.rpjmd",
    ),
    (
        "Ok pak, and RPJMD? what is that",
        "istilah.rpjmd",
    ),
    (
        "Katanya usulan harus aman sebelum KUA-PPAS sekitar Juni-Juli. KUA-PPAS itu apa?",
        "istilah.kuappas",
    ),
    (
        "Pagu kami di KUA-PPAS turun 15% dari tahun lalu. KUA-PPAS itu kepanjangannya apa ya?",
        "istilah.kuappas",
    ),
    (
        (
            "Kegiatannya dibiayai dua sumber dana jadi bendahara bingung nyusun RKA. RKA itu "
            "sendiri singkatan apa sih?"
        ),
        "istilah.rka",
    ),
    (
        "Operator SIPD minta RKA. RKA itu apa?",
        "istilah.rka",
    ),
    (
        "berarti DPA itu singkatan dokumen pelaksanaan anggaran ya?",
        "istilah.dpa",
    ),
    (
        ("RKA sama DPA itu apa bedanya? mana yang dokumen rencana, mana yang dokumen pelaksanaan?"),
        ("istilah.rka", "istilah.dpa"),
    ),
    (
        "DPA itu apa?\n\n[Pesan diteruskan]",
        "istilah.dpa",
    ),
    (
        "Tiap Januari kami login SIPD. SIPD itu singkatan apa ya sebenarnya?",
        "istilah.sipd",
    ),
    (
        "terus SIPD itu apa? sistem apa itu",
        "istilah.sipd",
    ),
    (
        (
            "There are 3 agencies in the undangan: Bapperida, BPKAD, Disperkimtan. What is "
            "Bapperida?"
        ),
        "istilah.bapperida",
    ),
    (
        "Dulu namanya Bappeda, sekarang Bapperida. Bapperida itu kepanjangannya apa?",
        "istilah.bapperida",
    ),
    (
        "Kadis bilang 'OPD pengusul'. OPD itu apa?",
        "istilah.opd",
    ),
    (
        "OPD itu organisasi perangkat daerah ya, jadi sama saja dengan dinas?",
        "istilah.opd",
    ),
    (
        "Re: SKPD pengusul\n> mohon isi nama SKPD\nSKPD itu apa ya? beda dengan OPD?",
        ("istilah.skpd", "istilah.opd"),
    ),
    (
        "SKPD itu satuan kerja perangkat daerah atau satuan kerja pemerintah daerah?",
        "istilah.skpd",
    ),
    (
        "Rencana tahun depan ada pembangunan SPAM desa. SPAM itu apa ya?",
        "istilah.spam",
    ),
    (
        (
            "Cakupan SPAM di desa kami baru 40%, 120 rumah belum tersambung. SPAM itu "
            "kepanjangannya apa?"
        ),
        "istilah.spam",
    ),
    (
        "lanjut pak, SPALD itu apa?",
        "istilah.spald",
    ),
    (
        (
            "Our village was split last year and the SPALD plan was made before the split. "
            "What is SPALD actually?"
        ),
        "istilah.spald",
    ),
    (
        "Kabid sanitasi nanya IPAL itu singkatan apa",
        "istilah.ipal",
    ),
    (
        "IPAL itu instalasi pengolahan air limbah ya?",
        "istilah.ipal",
    ),
    (
        "[07.45, 12/8/2026] Pak Agus: TPS3R itu apa ya, 3R-nya itu singkatan apa",
        "istilah.tps3r",
    ),
    (
        "TPS3R itu tempat pembuangan sampah biasa atau tempat olah sampah reduce-reuse-recycle?",
        "istilah.tps3r",
    ),
    (
        "Bulan lalu warga minta MCK umum. MCK itu singkatan dari apa ya?",
        "istilah.mck",
    ),
    (
        ("Ada 3 unit MCK komunal di Desa Pulau Kaladan yang dipakai 60 KK. MCK itu maksudnya apa?"),
        "istilah.mck",
    ),
    (
        "oh gitu, terus RTRW itu apa? RT RW yang rukun tetangga itu?",
        "istilah.rtrw",
    ),
    (
        (
            "Lokasinya di perbatasan Pulpis dan Kapuas, dan lahannya harus sesuai RTRW. RTRW "
            "di sini maksudnya apa ya?"
        ),
        "istilah.rtrw",
    ),
    (
        "Kasi tata ruang bilang kabupaten belum punya RDTR. RDTR itu apa?",
        "istilah.rdtr",
    ),
    (
        (
            "So RDTR is the more detailed version of the spatial plan, right? What does RDTR "
            "stand for?"
        ),
        "istilah.rdtr",
    ),
    (
        "RTRW dan RDTR itu bedanya apa? yang lebih rinci yang mana?",
        ("istilah.rtrw", "istilah.rdtr"),
    ),
    (
        "PBG itu apa pak? pengganti IMB kah?\n\nDikirim dari HP",
        "istilah.pbg",
    ),
    (
        "Sejak IMB tidak dipakai lagi semua orang ngomong PBG. PBG itu kepanjangannya apa?",
        "istilah.pbg",
    ),
    (
        "nah, SLF itu apa pak?",
        "istilah.slf",
    ),
    (
        "Dari 8 gedung yang kami bangun, 5 belum punya SLF. SLF itu apa?",
        "istilah.slf",
    ),
    (
        "Rusun kami berdiri di atas tanah sewa, katanya penghuninya dapat SKBG. SKBG itu apa?",
        "istilah.skbg",
    ),
    (
        "Kabid tanya SKBG itu singkatan dari apa",
        "istilah.skbg",
    ),
    (
        "SKT itu surat keterangan tanah dari desa ya? jadi bukan sertifikat?",
        "istilah.skt",
    ),
    (
        (
            "FW: SKT requirement\nhi pak, what is SKT? is it like a land certificate?\n--\nsent "
            "from mobile"
        ),
        "istilah.skt",
    ),
    (
        ("clean and clear itu maksudnya lahannya bersih secara fisik atau bersih status hukumnya?"),
        "istilah.cleanandclear",
    ),
    (
        (
            "Sebelum verifikasi bulan September kami harus pastikan lahan clean and clear. "
            "Clean and clear itu artinya apa persisnya?"
        ),
        "istilah.cleanandclear",
    ),
    (
        "terus kalau CSR itu apa?",
        "istilah.csr",
    ),
    (
        (
            "Dari 4 perusahaan sawit di kecamatan kami, 2 mau bantu lewat CSR. CSR itu "
            "singkatan apa?"
        ),
        "istilah.csr",
    ),
    (
        (
            "Tahun ini banjir datang di tengah siklus tapi Rakor tetap jalan. Ngomong-ngomong "
            "Rakor itu kepanjangannya apa sih?"
        ),
        "istilah.rakor",
    ),
    (
        "Saya staf baru, kasi bilang saya ikut Rakor. Rakor itu singkatan apa?",
        "istilah.rakor",
    ),
    (
        "LAPOR! itu sistem pengaduan masyarakat nasional ya?",
        "istilah.lapor",
    ),
    (
        "[11.11, 4/11/2026] Bu Sari: ada yang nyebut standar LAPOR!, itu apa ya LAPOR! itu",
        "istilah.lapor",
    ),
    (
        "Is WIB western Indonesia time or central? Just want to be sure what WIB means",
        "istilah.wib",
    ),
    (
        "Kadis sering sebut angka backlog tiap akhir tahun. Backlog itu artinya apa?",
        "istilah.backlog",
    ),
    (
        "Backlog perumahan di kabupaten kami katanya 12.000 unit. Backlog itu maksudnya apa?",
        "istilah.backlog",
    ),
    (
        "oh gitu. PKP itu singkatan apa ya?",
        "istilah.pkp",
    ),
    (
        (
            "Di desa pemekaran kami ada pendamping PKP dan pendamping PKH. PKP yang di urusan "
            "perumahan itu maksudnya apa?"
        ),
        "istilah.pkp",
    ),
    (
        "Kasi minta definisi kumuh buat bahan paparan. Kumuh itu artinya apa?",
        "istilah.kumuh",
    ),
    (
        "So kumuh basically means slum settlement ya?",
        "istilah.kumuh",
    ),
    (
        "DAK itu apa? ([tautan])",
        "istilah.dak",
    ),
    (
        "DAK itu dana alokasi khusus atau dana alokasi kawasan?",
        "istilah.dak",
    ),
    (
        "Rencana rusun di Sampit dibahas bulan depan. Rusun itu sebenarnya apa?",
        "istilah.rusun",
    ),
    (
        "Rusun 3 lantai isi 48 unit, katanya. Rusun itu singkatan dari apa ya?",
        "istilah.rusun",
    ),
    (
        "rusun sama rusunawa itu beda? rusunawa singkatan apa?",
        ("istilah.rusun", "istilah.rusunawa"),
    ),
]

TRAIN_R32_INTENTS: list[tuple[str, str]] = [
    (
        "Usulan jalan lingkungan kami USL-2026-0014 sudah sampai mana ya?",
        "status",
    ),
    (
        (
            "[10.02, 9/7/2026] Pak Rudi: pak, usulan drainase Kobar kami kemarin diterima "
            "atau ditolak?"
        ),
        "status",
    ),
    (
        "Has our RTLH proposal from Katingan been checked yet?",
        "status",
    ),
    (
        "Rakor tahun ini kapan dan di mana pak?",
        "meeting",
    ),
    (
        "Kadis nanya rapat berikutnya jam berapa, biar bisa atur jadwal",
        "meeting",
    ),
    (
        "lanjut pak, rakor yang berikutnya itu tanggal berapa ya? tempatnya di aula dinas lagi?",
        "meeting",
    ),
    (
        "Batas akhir kirim usulan tahun ini tanggal berapa?",
        "deadline",
    ),
    (
        "Masih bisa masukin usulan sampai kapan ya?",
        "deadline",
    ),
    (
        "When is the cutoff for usulan this cycle kah?",
        "deadline",
    ),
    (
        "Selamat pagi pak",
        "greeting",
    ),
    (
        "Terima kasih banyak infonya 🙏",
        "greeting",
    ),
    (
        "halo, mohon bantuannya",
        "greeting",
    ),
    (
        "Gimana cara ngirim usulan lewat bot ini?",
        "how_to_submit",
    ),
    (
        "Operator kami mau input usulan PSU, caranya gimana di sini?",
        "how_to_submit",
    ),
    (
        "saya mau mengajukan usulan kumuh, mulai dari mana?",
        "how_to_submit",
    ),
]

TRAIN_R32_AREAS: list[tuple[str, str]] = [
    (
        "Kawasan kumuh di Kel. Mendawai luasnya 8,5 ha, itu kewenangan siapa?",
        "kabkota",
    ),
    (
        "luas delineasi pas 10 ha, yang tangani kabupaten atau provinsi?",
        "provinsi",
    ),
    (
        "kumuh 15 hektar tepat, provinsi masih bisa tangani?",
        "pusat",
    ),
    (
        "Lokasi kumuh 14,99 ha di Baamang itu masuk kewenangan siapa?",
        "provinsi",
    ),
    (
        "Our slum area is 22 hectares, who is responsible?",
        "pusat",
    ),
    (
        "kawasan kumuh 95.000 m2 kewenangan siapa ya",
        "kabkota",
    ),
    (
        "kumuh seluas 120.000 m² itu provinsi kah?",
        "provinsi",
    ),
    (
        "SK kumuh kami mencatat 12,3 hektare untuk satu lokasi, siapa yang berwenang?",
        "provinsi",
    ),
    (
        "[08.30, 1/4/2026] Pak Dani: lokasi kumuh 3 ha di tepi sungai itu kabupaten ya?",
        "kabkota",
    ),
    (
        "Kadis tanya, kawasan kumuh 180.000 meter persegi itu urusan pusat atau provinsi?",
        "pusat",
    ),
    (
        "kalau luas kumuhnya 9,9 ha berarti kami sendiri yang tangani ya?",
        "kabkota",
    ),
    (
        "Slum location of 11 ha in Kotim, so provinsi lah?",
        "provinsi",
    ),
]

TRAIN_R32_OUT_OF_SCOPE: list[str] = [
    "Berapa total anggaran Disperkimtan tahun 2027?",
    "Nomor HP kabid kawasan permukiman provinsi berapa ya?",
    "Harga semen per sak di Muara Teweh sekarang berapa?",
    "Tender jalan lingkungan paket 3 di Sampit siapa pemenangnya?",
    "Cuaca besok di Palangka Raya hujan nggak?",
    "Syarat izin praktik bidan di Kapuas apa saja?",
    "Gaji PPPK tahun ini naik berapa persen?",
    "Ada berita terbaru soal banjir di Katingan?",
    "Berapa jumlah RTLH di Kabupaten Lamandau tahun ini?",
    "Siapa kontraktor yang mengerjakan rusun di Palangka Raya?",
    "Honor narasumber Rakor berapa per jam?",
    "How do I apply for cuti tahunan as an ASN?",
    "Jadwal pelatihan sertifikasi pengadaan barang jasa bulan depan kapan?",
    "Pak, istri saya melahirkan, boleh izin tidak ikut apel pagi?",
    "Tarif PDAM per kubik di Sampit berapa sekarang?",
]
