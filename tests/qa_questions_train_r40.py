"""Training table R40 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 47's styles, written by another hand for the second half of the topic list after round 47
was written: pantun openings, analogies with other sectors and programmes, pleading and pressure
from citizens, bargaining to fit a rule (rounding, splitting, merging), comparing with another
regency, Kotawaringin Malay words, dates typed in many formats, double negation and hedging;
Indian English. A glossary entry's questions ask what the term means. Its slum-area questions
are computed by rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R40_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Pergi ke pasar beli terasi, pulangnya mampir ke Kasongan. Numpang tanya ya bapak "
            "ibu, huntara itu singkatan dari apa?"
        ),
        "istilah.huntara",
    ),
    (
        (
            "Kayak tenda pengungsian yang dipasang BPBD itu ya, lalu di laporan pasca banjir "
            "Katingan muncul kata huntara. Huntara itu maksudnya hunian apa?"
        ),
        "istilah.huntara",
    ),
    (
        (
            "Tolong dong pak, warga korban longsor di Gunung Mas terus nanya kapan dapat "
            "huntap, saya malu tidak bisa jelaskan. Huntap itu sebenarnya artinya apa ya?"
        ),
        "istilah.huntap",
    ),
    (
        (
            "If a family has stayed in a shelter for more than two years, can we simply club "
            "it and call it huntap? Kindly clarify what huntap actually stands for."
        ),
        "istilah.huntap",
    ),
    (
        (
            "Di Barsel laporannya pakai satuan KK, di tempat kami biasanya rumah tangga. KK "
            "di isian usulan itu maksudnya apa persisnya?"
        ),
        "istilah.kk",
    ),
    (
        "Kamek mau isi jumlah KK, tapi KK tu ape maksudnye di sini? kartunye atau orangnye?",
        "istilah.kk",
    ),
    (
        (
            "Paling lambat Jumat depan data penerima harus kami setor, ada kolom 'jiwa' di "
            "situ. Jiwa itu artinya hitungan apa ya?"
        ),
        "istilah.jiwa",
    ),
    (
        (
            "Jiwa di formulir itu bukannya tidak sama dengan KK kan? sebenarnya jiwa itu "
            "maksudnya apa?"
        ),
        "istilah.jiwa",
    ),
    (
        (
            "Ikan patin ikan baung, dimasak asam rasanya sedap. Singkatan ha yang ada di "
            "dokumen kumuh itu kepanjangannya apa pak?"
        ),
        "istilah.ha",
    ),
    (
        (
            "Kalau di Dinas Pertanian luas sawah ditulis ha, di perkim juga ada ha. Ha itu "
            "sebenarnya satuan apa, setara berapa meter persegi?"
        ),
        "istilah.ha",
    ),
    (
        (
            "Tolong bantu pak, konsultan minta kami siapkan DED tapi saya staf baru dan takut "
            "salah. DED itu singkatan dari apa dan maksudnya dokumen apa?"
        ),
        "istilah.ded",
    ),
    (
        (
            "Gambar kerja kami baru setengah jadi, kalau digabung dengan sketsa lapangan apa "
            "sudah bisa disebut DED? Memangnya DED itu pengertiannya apa?"
        ),
        "istilah.ded",
    ),
    (
        (
            "In Kotim office everybody says RAB, in our office we only say cost estimate. "
            "What is the full form of RAB please?"
        ),
        "istilah.rab",
    ),
    (
        "Pak, RAB tu ape kepanjangannye? kamek ndak paham, dah ditanya kabid tadi pagi.",
        "istilah.rab",
    ),
    (
        (
            "Tgl 20/4 dokumen pengadaan harus siap dan katanya wajib ada lampiran RKS. RKS "
            "itu singkatan apa ya?"
        ),
        "istilah.rks",
    ),
    (
        "RKS itu bukannya bukan RAB ya? tolong jelaskan RKS itu artinya apa.",
        "istilah.rks",
    ),
    (
        (
            "Jalan-jalan ke Pangkalan Bun, jangan lupa beli kerupuk basah. KAK itu apa ya "
            "kepanjangannya, sama tidak dengan TOR?"
        ),
        "istilah.kak",
    ),
    (
        (
            "Mirip TOR yang biasa dipakai untuk kegiatan pelatihan di BKPSDM, kalau KAK di "
            "perencanaan perkim itu maksudnya apa?"
        ),
        "istilah.kak",
    ),
    (
        (
            "Kasihan warga tanya-tanya terus, mereka lihat di papan proyek ada tulisan site "
            "plan. Site plan itu artinya apa ya pak, biar saya bisa jelaskan ke mereka."
        ),
        "istilah.siteplan",
    ),
    (
        (
            "Kalau denah lokasi dari Google Maps dicetak saja, itu sudah boleh dibilang site "
            "plan? Sebetulnya site plan atau rencana tapak itu apa?"
        ),
        "istilah.siteplan",
    ),
    (
        (
            "Di Kapuas kata teman ada istilah RC waktu usulan DAK, di kabupaten kami belum "
            "pernah dengar. RC itu singkatan dari apa?"
        ),
        "istilah.rc",
    ),
    (
        "Ape tu RC? kamek tengok di lembar kesiapan ade tulisan RC, ndak ngerti maksudnye.",
        "istilah.rc",
    ),
    (
        (
            "Serah terima jalan lingkungan kemungkinan awal triwulan IV, katanya nanti "
            "ditandatangani BAST. BAST itu singkatan dari apa?"
        ),
        "istilah.bast",
    ),
    (
        (
            "It is not that BAST is the same thing as the work contract, isn't it? Kindly "
            "explain what BAST means."
        ),
        "istilah.bast",
    ),
    (
        (
            "Buah duku buah salak, mau tanya boleh tidak? Hibah yang sering disebut soal aset "
            "perkim itu pengertiannya apa?"
        ),
        "istilah.hibah",
    ),
    (
        (
            "Seperti bantuan hibah ke rumah ibadah dari bagian Kesra, di perkim juga ada "
            "hibah aset. Hibah itu sendiri artinya apa dalam urusan ini?"
        ),
        "istilah.hibah",
    ),
    (
        (
            "Tolong dong pak, pemeriksa datang minggu ini dan terus menyebut BMD, saya "
            "bingung sekali. BMD itu singkatan dari apa?"
        ),
        "istilah.bmd",
    ),
    (
        (
            "Kalau jalan itu dibangun patungan desa dan kabupaten, dihitung sebagai BMD juga "
            "kah? Sebenarnya BMD itu kepanjangannya apa?"
        ),
        "istilah.bmd",
    ),
    (
        (
            "Di Gumas ada jalan lingkungan yang katanya berstatus BMN dari pusat, di kami "
            "semuanya aset daerah. BMN itu maksudnya apa?"
        ),
        "istilah.bmn",
    ),
    (
        "Kitak pernah dengar BMN? Kamek ndak tau BMN tu singkatan ape.",
        "istilah.bmn",
    ),
    (
        "Rapat tanggal 7 bulan depan katanya bahas O&P aset. O&P itu singkatan dari apa ya?",
        "istilah.op",
    ),
    (
        "O&P itu nggak mungkin bukan operasi dan pemeliharaan kan? Tolong pastikan artinya apa.",
        "istilah.op",
    ),
    (
        (
            "Ke Sampit naik kapal, singgah dulu di Samuda. SPM yang sering disebut di bidang "
            "perumahan itu singkatan apa ya kakak?"
        ),
        "istilah.spm",
    ),
    (
        (
            "Like in health sector there is SPM for puskesmas, in housing also SPM is "
            "mentioned. What is the meaning of SPM, please do the needful."
        ),
        "istilah.spm",
    ),
    (
        (
            "Pak tolong, saya baru ditunjuk jadi sekretaris Pokja PKP tapi belum tahu apa "
            "itu. Pokja PKP itu maksudnya kelompok kerja apa?"
        ),
        "istilah.pokjapkp",
    ),
    (
        (
            "Tim kecil kami isinya tiga orang perkim, kalau ditambah satu orang Bappeda apa "
            "sudah bisa disebut Pokja PKP? Sebetulnya Pokja PKP itu apa?"
        ),
        "istilah.pokjapkp",
    ),
    (
        (
            "Di Kobar Sekda jadi ketua Pokja PPAS, di kami belum ada. PPAS di Pokja PPAS itu "
            "singkatan dari apa?"
        ),
        "istilah.pokjappas",
    ),
    (
        "Pokja PPAS tu ape? kamek dapat undangan tapi ndak tau pokja macam mane.",
        "istilah.pokjappas",
    ),
    (
        "Tgl 12/3 ada rapat Pokja AMPL di Bappeda. AMPL itu kepanjangannya apa ya?",
        "istilah.pokjaampl",
    ),
    (
        (
            "Pokja AMPL itu bukannya tidak ada hubungannya dengan air minum ya? AMPL itu "
            "singkatan apa sebenarnya?"
        ),
        "istilah.pokjaampl",
    ),
    (
        (
            "Ke Buntok beli pisang, pisangnya dibawa ke Ampah. RP3KP itu apa kepanjangannya, "
            "mohon dijelaskan ya."
        ),
        "istilah.rp3kp",
    ),
    (
        (
            "Kalau di Dinas PU ada rencana induk jalan, di perkim katanya ada RP3KP. RP3KP "
            "itu dokumen apa maksudnya?"
        ),
        "istilah.rp3kp",
    ),
    (
        (
            "Sir, our Bupati is asking about RP2KPKP and I am under lot of pressure since "
            "morning. Kindly clarify what RP2KPKP stands for."
        ),
        "istilah.rp2kpkp",
    ),
    (
        (
            "Singkatan RP2KPKP panjang sekali, kalau saya tulis RP2K saja masih sama "
            "maksudnya? RP2KPKP itu kepanjangannya apa?"
        ),
        "istilah.rp2kpkp",
    ),
    (
        (
            "Dulu di Palangka Raya ada program KOTAKU, di Lamandau kok tidak pernah ada. "
            "KOTAKU itu program apa sih?"
        ),
        "istilah.kotaku",
    ),
    (
        "Kamek dengar-dengar dulu ade KOTAKU, ape tu maksudnye?",
        "istilah.kotaku",
    ),
    (
        (
            "Katanya surat minat DAK Tematik PPKT dikumpulkan akhir Maret. PPKT itu "
            "kepanjangannya apa ya?"
        ),
        "istilah.daktematikppkt",
    ),
    (
        (
            "DAK Tematik PPKT itu bukannya bukan DAK biasa ya? Maksudnya apa sih DAK Tematik "
            "PPKT itu?"
        ),
        "istilah.daktematikppkt",
    ),
    (
        (
            "Kapal lewat Sungai Kahayan, penumpangnya turun di dermaga. APBN itu singkatan "
            "apa ya, maaf pertanyaan dasar."
        ),
        "istilah.apbn",
    ),
    (
        (
            "Kayak dana BOS di sekolah yang katanya dari APBN. APBN itu sebenarnya apa "
            "kepanjangannya?"
        ),
        "istilah.apbn",
    ),
    (
        (
            "Warga demo terus minta dibiayai APBD, saya harus jelaskan di depan mereka besok. "
            "APBD itu artinya apa secara singkat?"
        ),
        "istilah.apbd",
    ),
    (
        (
            "If province budget and regency budget are merged in one table, is it still "
            "called APBD? What is the full form of APBD?"
        ),
        "istilah.apbd",
    ),
    (
        (
            "Di Pulpis kades pakai APBDes untuk jalan desa, di kami kepala desa belum paham. "
            "APBDes itu maksudnya apa?"
        ),
        "istilah.apbdes",
    ),
    (
        "APBDes tu ape, same ke dengan dana desa? kamek bingung istilahnye.",
        "istilah.apbdes",
    ),
    (
        "Pekan ke-3 Oktober biasanya ada pembahasan Bankeu. Bankeu itu singkatan apa?",
        "istilah.bankeu",
    ),
    (
        (
            "Bankeu itu tidak salah kan kalau saya artikan bantuan keuangan dari provinsi? "
            "Maksud persisnya apa?"
        ),
        "istilah.bankeu",
    ),
    (
        (
            "Burung enggang terbang tinggi, hinggap sebentar di pohon ulin. Pokir yang sering "
            "disebut anggota dewan itu maksudnya apa?"
        ),
        "istilah.pokir",
    ),
    (
        "Mirip aspirasi reses anggota DPR RI, di daerah ada pokir. Pokir itu singkatan apa?",
        "istilah.pokir",
    ),
    (
        (
            "Kasihan warga, tiap tahun ikut Musrenbang tapi tidak paham itu apa. Musrenbang "
            "itu kepanjangannya apa pak?"
        ),
        "istilah.musrenbang",
    ),
    (
        (
            "Kalau rapat RT dan rembuk desa digabung jadi satu, apa itu sudah terhitung "
            "Musrenbang? Musrenbang itu arti sebenarnya apa?"
        ),
        "istilah.musrenbang",
    ),
    (
        (
            "Di Barut sudah mulai susun RKPD, di kami masih sibuk Renja. RKPD itu apa "
            "kepanjangannya?"
        ),
        "istilah.rkpd",
    ),
    (
        "RKPD tu dokumen ape? kamek ndak tau, baru pindah dari kecamatan.",
        "istilah.rkpd",
    ),
    (
        (
            "H-14 sebelum forum perangkat daerah, Renja harus sudah masuk. Renja itu "
            "singkatan dari apa?"
        ),
        "istilah.renja",
    ),
    (
        "Renja itu nggak mungkin bukan rencana kerja kan? Tolong jelaskan artinya yang benar.",
        "istilah.renja",
    ),
    (
        (
            "Kue bingka kue amparan tatak, enak dimakan waktu berbuka. Renstra itu maksudnya "
            "apa ya, dokumen berapa tahunan?"
        ),
        "istilah.renstra",
    ),
    (
        (
            "Like strategic plan in private companies, what exactly is Renstra in a "
            "government office? Kindly clarify the meaning."
        ),
        "istilah.renstra",
    ),
    (
        (
            "Tolong pak, kepala dinas minta saya kutip RPJMD di laporan tapi saya tidak tahu "
            "itu dokumen apa. RPJMD itu artinya apa?"
        ),
        "istilah.rpjmd",
    ),
    (
        (
            "Kalau periodenya dibulatkan jadi enam tahun masih disebut RPJMD? Sebenarnya "
            "RPJMD itu singkatan apa?"
        ),
        "istilah.rpjmd",
    ),
    (
        "Di Katingan KUA-PPAS sudah dibahas DPRD, di kami belum. KUA-PPAS itu singkatan apa?",
        "istilah.kuappas",
    ),
    (
        "KUA-PPAS tu ape pak? kamek kira KUA tu kantor urusan agama.",
        "istilah.kuappas",
    ),
    (
        "Senin depan RKA harus sudah diinput. RKA itu kepanjangannya apa ya?",
        "istilah.rka",
    ),
    (
        "RKA bukannya tidak sama dengan DPA ya? RKA itu sendiri artinya apa?",
        "istilah.rka",
    ),
    (
        "Jalan-jalan ke Kuala Kurun, beli madu di pinggir jalan. DPA itu singkatan dari apa?",
        "istilah.dpa",
    ),
    (
        "Seperti DIPA di kementerian, katanya di dinas daerah ada DPA. DPA itu dokumen apa?",
        "istilah.dpa",
    ),
    (
        (
            "Tolong dong, operator kami sakit dan saya disuruh buka SIPD, tidak tahu itu "
            "sistem apa. SIPD itu singkatan apa?"
        ),
        "istilah.sipd",
    ),
    (
        (
            "Kalau saya sebut SIPD itu 'aplikasi anggaran' saja, cukup mendekati tidak? "
            "Kepanjangan SIPD sebenarnya apa?"
        ),
        "istilah.sipd",
    ),
    (
        (
            "Di provinsi namanya Bapperida, di kabupaten kami masih Bappeda. Bapperida itu "
            "singkatan apa?"
        ),
        "istilah.bapperida",
    ),
    (
        "Bapperida tu kantor ape ye? kamek baru dengar namenye.",
        "istilah.bapperida",
    ),
    (
        (
            "By Monday 10 AM every OPD must send the report. What is the meaning of OPD, "
            "please revert back."
        ),
        "istilah.opd",
    ),
    (
        "OPD itu bukannya tidak sama dengan dinas ya? OPD itu singkatan apa?",
        "istilah.opd",
    ),
    (
        (
            "Pisang goreng pisang rebus, dimakan berdua di Tamiang Layang. SKPD itu "
            "kepanjangannya apa?"
        ),
        "istilah.skpd",
    ),
    (
        "Seperti satker di kementerian, di daerah ada SKPD. SKPD itu apa maksudnya?",
        "istilah.skpd",
    ),
    (
        (
            "Warga sudah tiga tahun menunggu air bersih, di laporan disebut SPAM. SPAM itu "
            "artinya apa pak, bukan email sampah kan?"
        ),
        "istilah.spam",
    ),
    (
        (
            "Kalau sumur bor dan tandon air digabung, itu sudah bisa dibilang SPAM? "
            "Sebenarnya SPAM itu singkatan apa?"
        ),
        "istilah.spam",
    ),
    (
        "Di Kotim katanya ada SPALD terpusat, di kami belum ada. SPALD itu kepanjangannya apa?",
        "istilah.spald",
    ),
    (
        "SPALD tu ape ye, kamek ndak tau maksudnye.",
        "istilah.spald",
    ),
    (
        "Awal triwulan II ada monitoring IPAL dari provinsi. IPAL itu singkatan dari apa?",
        "istilah.ipal",
    ),
    (
        "IPAL itu bukannya bukan septic tank biasa ya? IPAL itu apa artinya?",
        "istilah.ipal",
    ),
    (
        (
            "Naik klotok ke Pulau Hanaut, pulangnya bawa ikan seluang. TPS3R itu singkatan "
            "apa, 3R-nya apa saja?"
        ),
        "istilah.tps3r",
    ),
    (
        (
            "Similar to waste bank programme under environment department, there is TPS3R. "
            "What is TPS3R exactly?"
        ),
        "istilah.tps3r",
    ),
    (
        (
            "Kasihan warga bantaran Sungai Mentaya belum punya MCK. MCK itu kepanjangannya "
            "apa ya pak?"
        ),
        "istilah.mck",
    ),
    (
        (
            "Kalau cuma kamar mandi dan WC tanpa tempat cuci, masih bisa disebut MCK? MCK itu "
            "singkatan apa sebenarnya?"
        ),
        "istilah.mck",
    ),
    (
        (
            "Di Palangka Raya RTRW-nya sudah jadi perda, di kami masih draf. RTRW itu "
            "singkatan apa? bukan RT RW kan?"
        ),
        "istilah.rtrw",
    ),
    (
        "RTRW tu ape maksudnye? kamek kire RT RW kampung.",
        "istilah.rtrw",
    ),
    (
        "Tgl 5/3 ada konsultasi publik RDTR di kecamatan. RDTR itu kepanjangannya apa?",
        "istilah.rdtr",
    ),
    (
        "RDTR itu bukannya tidak sama dengan RTRW ya? RDTR itu pengertiannya apa?",
        "istilah.rdtr",
    ),
    (
        (
            "Buah rambai buah rambutan, dijual murah di pasar Kasongan. PBG itu "
            "kepanjangannya apa ya, yang gantinya IMB itu?"
        ),
        "istilah.pbg",
    ),
    (
        (
            "Seperti izin usaha di DPMPTSP, untuk bangunan katanya sekarang ada PBG. PBG itu "
            "singkatan apa?"
        ),
        "istilah.pbg",
    ),
    (
        "Tolong pak, pemilik ruko marah-marah karena diminta SLF. SLF itu artinya apa?",
        "istilah.slf",
    ),
    (
        (
            "If building is ninety percent complete, can we round it off and say SLF is done? "
            "Kindly clarify what SLF stands for."
        ),
        "istilah.slf",
    ),
    (
        (
            "Di Kobar katanya SKBG diterbitkan untuk rusun, di kami belum pernah. SKBG itu "
            "singkatan apa?"
        ),
        "istilah.skbg",
    ),
    (
        "SKBG tu ape ye pak? kamek ndak pernah dengar.",
        "istilah.skbg",
    ),
    (
        "Kemarin tgl 2/2 warga bawa SKT dari kepala desa. SKT itu kepanjangannya apa?",
        "istilah.skt",
    ),
    (
        "SKT itu bukannya bukan sertifikat ya? SKT itu maksudnya surat apa?",
        "istilah.skt",
    ),
    (
        (
            "Jalan-jalan ke Nanga Bulik, beli kain di pasar lama. Clean and clear itu "
            "maksudnya apa ya?"
        ),
        "istilah.cleanandclear",
    ),
    (
        (
            "Kayak status bebas sengketa di BPN, katanya lahan harus clean and clear. Clean "
            "and clear itu artinya apa?"
        ),
        "istilah.cleanandclear",
    ),
    (
        (
            "Warga minta tolong dicarikan CSR perusahaan sawit, saya sendiri kurang paham "
            "istilahnya. CSR itu kepanjangannya apa?"
        ),
        "istilah.csr",
    ),
    (
        (
            "If a company gives only a small donation, can we call it CSR also? What is CSR "
            "meaning exactly, please."
        ),
        "istilah.csr",
    ),
    (
        (
            "Di Kotim rapatnya disebut Rakor, di kami disebut rapat teknis. Rakor itu "
            "kepanjangannya apa?"
        ),
        "istilah.rakor",
    ),
    (
        "Rakor tu singkatan ape? kamek belum pernah ikut.",
        "istilah.rakor",
    ),
    (
        "Sejak tgl 1 kemarin ada aduan masuk lewat LAPOR!. LAPOR! itu apa sih?",
        "istilah.lapor",
    ),
    (
        "LAPOR! pakai tanda seru itu bukannya tidak sama dengan lapor biasa ya? Itu sistem apa?",
        "istilah.lapor",
    ),
    (
        (
            "Ke Sukamara naik bus, lewat dulu jalan Pangkalan Bun. WIB di undangan itu "
            "singkatan apa ya?"
        ),
        "istilah.wib",
    ),
    (
        "Seperti jam di Jakarta, di sini jam rapat ditulis WIB. WIB itu artinya waktu apa?",
        "istilah.wib",
    ),
    (
        (
            "Pak, anggota dewan marah soal angka backlog, saya belum paham istilahnya. "
            "Backlog perumahan itu maksudnya apa?"
        ),
        "istilah.backlog",
    ),
    (
        (
            "Kalau rumah sewa ikut dihitung, angka backlog jadi kecil ya? Sebenarnya backlog "
            "itu pengertiannya apa?"
        ),
        "istilah.backlog",
    ),
    (
        "Di Barsel bidangnya bernama PKP, di kami Perkim. PKP itu singkatan apa?",
        "istilah.pkp",
    ),
    (
        "PKP tu ape kepanjangannye? kamek dah lupe.",
        "istilah.pkp",
    ),
    (
        (
            "Rabu depan ada survei kawasan kumuh. Kumuh itu sebenarnya maksudnya apa sih "
            "secara istilah?"
        ),
        "istilah.kumuh",
    ),
    (
        (
            "Kumuh itu tidak salah kan kalau diartikan permukiman tidak layak? Pengertian "
            "kumuh yang benar apa?"
        ),
        "istilah.kumuh",
    ),
    (
        (
            "Buah cempedak buah nangka, dimakan berdua di Muara Teweh. DAK itu singkatan dari "
            "apa ya?"
        ),
        "istilah.dak",
    ),
    (
        (
            "Like grants from central ministry to schools, there is DAK for regions. What is "
            "the full form of DAK?"
        ),
        "istilah.dak",
    ),
    (
        (
            "Kasihan warga pinggir sungai mau dipindah ke rusun, mereka tanya rusun itu apa. "
            "Rusun itu singkatan apa ya?"
        ),
        "istilah.rusun",
    ),
    (
        (
            "Kalau rumah dua lantai dipecah jadi empat unit, sudah bisa disebut rusun? Rusun "
            "itu sebenarnya apa?"
        ),
        "istilah.rusun",
    ),
    (
        "Huntara dan huntap itu bukannya tidak sama ya? Masing-masing artinya apa?",
        ("istilah.huntara", "istilah.huntap"),
    ),
    (
        "BMD same BMN tu ape bedenye maksudnye? kamek keliru terus.",
        ("istilah.bmd", "istilah.bmn"),
    ),
    (
        (
            "Seperti peta besar dan peta rinci di kantor pertanahan, RTRW dan RDTR itu "
            "masing-masing kepanjangannya apa?"
        ),
        ("istilah.rtrw", "istilah.rdtr"),
    ),
]

TRAIN_R40_INTENTS: list[tuple[str, str]] = [
    (
        "Usulan kamek USL-2026-0004 dah sampai mane? diterime ke ditolak?",
        "status",
    ),
    (
        (
            "Tolong dong pak, warga tanya terus, usulan jalan lingkungan Pahandut dari dinas "
            "kami sekarang statusnya apa, sudah diverifikasi belum?"
        ),
        "status",
    ),
    (
        (
            "Kotim already got their proposal verified, what about ours? Kindly tell the "
            "present status of our submitted proposals."
        ),
        "status",
    ),
    (
        "Rakor tahun ini jadinya tgl berapa? pekan ke-3 November atau awal Desember?",
        "meeting",
    ),
    (
        ("Jalan-jalan ke Sampit, beli kerupuk ikan haruan. Rakor berikutnya kapan dan di mana ya?"),
        "meeting",
    ),
    (
        (
            "Rapat koordinasi berikutnya nggak mungkin nggak diadakan kan tahun ini? Jadwal "
            "dan tempatnya di mana?"
        ),
        "meeting",
    ),
    (
        (
            "Tenggatnya H-7 sebelum Rakor atau bagaimana? Usulan untuk TA depan diterima "
            "sampai tanggal berapa?"
        ),
        "deadline",
    ),
    (
        (
            "Kalau usulan kami telat sehari, masih dihitung tepat waktu? Batas akhir kirim "
            "usulan tahun ini kapan sebenarnya?"
        ),
        "deadline",
    ),
    (
        (
            "Di Barsel katanya masih bisa kirim usulan sampai akhir bulan, untuk kami batas "
            "waktunya sampai kapan?"
        ),
        "deadline",
    ),
    (
        "Ikan seluang ikan baung, selamat pagi bapak ibu semua.",
        "greeting",
    ),
    (
        "Makasih banyak ye pak, dah dibantu kamek.",
        "greeting",
    ),
    (
        "Tolong bantu saya pak, saya bingung sekali.",
        "greeting",
    ),
    (
        "Kalau di SIPD kita input sendiri, di bot ini cara memasukkan usulan bagaimana?",
        "how_to_submit",
    ),
    (
        (
            "Tidak salah kan kalau usulan dikirim lewat bot ini? Langkahnya bagaimana untuk "
            "mengajukan usulan baru?"
        ),
        "how_to_submit",
    ),
    (
        (
            "Sir, kindly guide, citizens are pressing us daily. What is the procedure to "
            "submit a proposal through this bot?"
        ),
        "how_to_submit",
    ),
]

TRAIN_R40_AREAS: list[tuple[str, str]] = [
    (
        (
            "Kalau kawasan kumuh kami 9,8 ha dibulatkan jadi 10 ha bisa masuk provinsi? Yang "
            "berwenang siapa?"
        ),
        "kabkota",
    ),
    (
        ("Rapat Selasa depan mau bahas kawasan kumuh 15 hektare di Baamang, itu kewenangan siapa?"),
        "pusat",
    ),
    (
        "Ikan patin dibakar arang, dimakan bersama nasi hangat. Kumuh 12 ha siapa yang pegang?",
        "provinsi",
    ),
    (
        (
            "Seperti jalan nasional yang dipegang pusat, kalau kawasan kumuh 120.000 m2 itu "
            "dipegang pemerintah level mana?"
        ),
        "provinsi",
    ),
    (
        (
            "Kasihan warga Mentawa Baru Hilir, kawasan kumuhnya 7,5 hektar sudah lama tidak "
            "ditangani. Itu tanggung jawab siapa sebenarnya?"
        ),
        "kabkota",
    ),
    (
        (
            "Kotim dapat penanganan provinsi untuk kumuhnya, lokasi kami di Selat "
            "delineasinya 100.000 m2 pas. Kewenangan siapa?"
        ),
        "provinsi",
    ),
    (
        "Kumuh kamek di Kumai luasnye 95.000 m² tu kewenangan sape?",
        "kabkota",
    ),
    (
        (
            "Di Kotim kumuh 75 ha katanya ke pusat, lokasi kami di Pahandut 39,48 ha menurut "
            "SK, ikut pusat juga?"
        ),
        "pusat",
    ),
    (
        (
            "Kindly clarify, slum area of 14.99 hectares in Muara Teweh comes under which "
            "level of government?"
        ),
        "provinsi",
    ),
    (
        "Kumuh 150.000 meter persegi nggak mungkin nggak masuk pusat kan?",
        "pusat",
    ),
    (
        (
            "Mirip pembagian jalan kabupaten dan jalan provinsi, kumuh seluas 4 hektar di "
            "Sungai Perlu itu tanggungan siapa?"
        ),
        "kabkota",
    ),
    (
        "Kitak tau ndak, kumuh 13,2 hektare di Madurejo tu urusan provinsi ke kabupaten?",
        "provinsi",
    ),
]

TRAIN_R40_OUT_OF_SCOPE: list[str] = [
    ("Jalan-jalan ke Sampit, beli amplang di pinggir kali. Besok di Palangka Raya hujan tidak ya?"),
    "Kayak dana BOS di sekolah itu, syarat pencairannya untuk SD negeri apa saja?",
    "Tolong pak, saya butuh nomor HP kepala bidang kawasan permukiman, warga mendesak terus.",
    (
        "Kalau pagu APBD Disperkimtan 2027 untuk kawasan permukiman dibulatkan, totalnya "
        "berapa miliar?"
    ),
    "Kotim dapat berapa unit RTLH tahun 2026? Kami di Lamandau dapat berapa?",
    "Kitak tau ndak harga tiket speedboat Kuala Kapuas ke Banjarmasin sekarang berape?",
    "Tgl 17/8 nanti upacara di kantor gubernur mulai jam berapa?",
    (
        "Nggak mungkin nggak ada pemenangnya kan, tender jalan lingkungan Kelurahan "
        "Ketapang tahun lalu siapa yang menang?"
    ),
    "Buah duku buah salak, siapa yang menang Pilkada Kotim kemarin ya?",
    (
        "Seperti di Dinas PU ada standar harga, harga paving block per m2 untuk jaling di "
        "Palangka Raya berapa sekarang?"
    ),
    "Tolong pak, istri saya mau melahirkan, cuti melahirkan untuk PNS itu berapa bulan?",
    (
        "Peserta Rakor dari Barut katanya dapat hotel gratis, kami dari Mura dapat juga "
        "atau bayar sendiri?"
    ),
    "Gaji honorer Dinas Perkim kabupaten tu berape sebulan?",
    "Kindly share the current rate of cement per sack in Sampit market as on today.",
    "Bukannya tidak bisa ya perpanjang SIM di Polres Kotim hari Sabtu?",
]
