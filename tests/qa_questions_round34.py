"""Round 34 held-out question table for the Sinkron bot.

Written 2026-12-06 (the session of round 22 of tuning) by two helpers who had not seen the
knowledge base or any other question table; they read only the topic list (topic ids with
their titles) and the domain briefs (docs/domain.md, the shared DOMAIN.md and
DOMAIN-RESEARCH.md) plus the place-name list. Part A wrote the topic questions on the
non-glossary topics; part B the glossary questions, the intents, the slum areas and the
out-of-scope questions.

Style emphasis of this round: planning-document context (the officer is drafting a Renja,
RKPD, DPA, TOR/KAK, a staff memo or a Rakor report and asks because of what they must write),
an auditor's or legal officer's framing that cites or half-remembers a regulation (sometimes
with the wrong article) and asks for the basis, Javanese-flavoured Indonesian as officers in
transmigrant areas write it (nggih, monggo, pripun, mboten, sampun, matur nuwun),
hypotheticals (misal, andaikan, seandainya, skenarionya begini), seasoned officers'
vowel-dropping shorthand (kwngn, usln, brp, tdk, sdh, utk, dok), formal English as a
consultant or donor-programme staffer writes it, very short messages.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

from __future__ import annotations

PART_A_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "Lagi nyusun bab II Renja 2028, saya perlu rangkuman pembagian urusan perkim antara "
        "pusat, provinsi dan kabupaten per sub-urusan. Bisa dibantu?",
        "kewenangan.ringkasan",
    ),
    (
        "kwngn prov vs kab vs pusat di bid perkim scr garis besar apa aja? utk bahan paparan kadis",
        "kewenangan.ringkasan",
    ),
    (
        "Pripun nggih pembagian tugas pusat, provinsi kalih kabupaten wonten urusan perumahan "
        "lan permukiman? Kula taksih bingung sinten ngurus napa.",
        "kewenangan.ringkasan",
    ),
    (
        "Could you give me an overview of how housing and settlement responsibilities are "
        "divided between the central government, the province and the regencies? It is for our "
        "inception report.",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "Auditor Inspektorat tanya, perkim itu urusan wajib pelayanan dasar atau wajib non "
        "pelayanan dasar? Setahu saya Pasal 11 ayat 2 UU 23/2014, betul gak?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Di draft RKPD kami tulis perumahan rakyat dan kawasan permukiman sebagai urusan "
        "pilihan. Itu keliru ya? Mestinya masuk kelompok apa?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Is housing and settlements classed as a mandatory basic-service affair under Law "
        "23/2014? We need the article for a policy note.",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "Menurut lampiran D UU 23/2014, batas luas kawasan kumuh yang jadi urusan kabupaten dan "
        "yang jadi urusan provinsi itu bunyinya persis gimana?",
        "kewenangan.kumuh",
    ),
    (
        "misal lokasi kumuh di SK kami luasnya pas 10,00 ha, itu sdh masuk prov atau msh kab?",
        "kewenangan.kumuh",
    ),
    (
        "Mas, kawasan kumuh 7 ha wonten Kel. Baamang niku kewenangane sinten nggih, kabupaten "
        "napa provinsi?",
        "kewenangan.kumuh",
    ),
    (
        "For the KAK we must state which level of government handles slum upgrading under 10 ha "
        "and from 10 to under 15 ha. Which level takes which band?",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "Skenarionya begini: hasil delineasi ulang kawasan kumuh di Pahandut jadi 18 ha. Apakah "
        "masih bisa kami usulkan ke provinsi, atau pindah ke level lain?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Kumuh yg luasnya 15 ha atau lebih itu urusan pusat kan? Dasar hukumnya sdh pasti blm? "
        "Saya mau tulis di telaahan staf.",
        "kewenangan.kumuh_pusat",
    ),
    (
        "lokasi kumuh 32 ha di Mentawa Baru Ketapang kwngn siapa? tdk msk prov kan",
        "kewenangan.kumuh_pusat",
    ),
    (
        "If a delineated slum area is exactly 15 hectares, which level of government is "
        "responsible for it?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    (
        "Di Renja kami ada kegiatan pencegahan tumbuhnya permukiman kumuh baru. Bisa minta "
        "dukungan provinsi, atau itu murni tugas kabupaten?",
        "kewenangan.pencegahan_kumuh",
    ),
    ("pencegahan kumuh itu kwngn prov jg atau hny kab/kota?", "kewenangan.pencegahan_kumuh"),
    (
        "Seandainya desa eks transmigrasi di Pandih Batu mulai padat dan semrawut tapi belum "
        "masuk SK kumuh, upaya pencegahannya tanggung jawab siapa?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "Di lampiran UU 23 sub-urusan perumahan, provinsi itu kebagian kewenangan apa saja? Mau "
        "saya kutip di Renstra.",
        "kewenangan.perumahan",
    ),
    (
        "Apa saja kewenangan kabupaten/kota di sub-urusan perumahan? Selain rumah korban "
        "bencana, ada urusan perizinan juga kan?",
        "kewenangan.perumahan",
    ),
    (
        "kwngn prov di sub urusan perumahan apa aja? sy mau cocokkan dgn kegiatan program "
        "pengembangan perumahan di DPA",
        "kewenangan.perumahan",
    ),
    (
        "Auditor bilang Disperkimtan tidak punya kewenangan apa pun di sub-urusan perumahan. "
        "Benar begitu menurut lampiran UU 23?",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "Penyediaan rumah buat MBR itu sebenarnya urusan siapa menurut UU 23? Ada anggota dewan "
        "minta kami anggarkan lewat usulan ke provinsi.",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Kami mau usul rusunawa untuk pekerja di Sampit. Pembangunan rusun bisa lewat provinsi "
        "atau bukan ranahnya?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "pembiayaan perumahan utk MBR (subsidi KPR dsb) itu kwngn pusat ya? bkn prov?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Is the provision of houses for low-income households (MBR) a central-government "
        "function? A donor wants to co-finance it through the province.",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "Andaikan banjir besar di Kec. Katingan Hilir ditetapkan bencana tingkat kabupaten, "
        "rumah warga yang rusak itu direhab oleh siapa?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Warga yang harus pindah karena proyek pemerintah provinsi, rumah penggantinya "
        "difasilitasi siapa? Provinsi atau kabupaten lokasi?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Nuwun sewu, warga ingkang kena relokasi program kabupaten niku griyanipun dipun urus "
        "provinsi napa kabupaten piyambak?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Who is responsible for rehousing the victims of a disaster declared at national level?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "Pengembang di Jekan Raya tanya izin pembangunan perumahan diterbitkan siapa, provinsi "
        "atau Pemkot? Dasar hukumnya apa?",
        "kewenangan.izin",
    ),
    (
        "SKBG rusun itu yg terbitkan kab/kota kan? auditor nanya kenapa kita anggarkan "
        "penerbitan SKBG di DPA",
        "kewenangan.izin",
    ),
    (
        "Kalau nanti ada investor mau bangun kawasan permukiman baru di Kec. Sebangau Kuala, "
        "izin pengembangan kawasannya diurus ke provinsi atau kabupaten?",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "Sub-urusan kawasan permukiman di lampiran D itu isinya apa saja untuk pusat, provinsi "
        "dan kabupaten/kota?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Di bab kewenangan Renja 2028 saya tulis 'penyelenggaraan kawasan permukiman' sebagai "
        "fungsi provinsi. Cakupan sub-urusan itu apa saja ya?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Penetapan sistem kawasan permukiman itu wewenang pusat kan? Terus kab/kota dapat "
        "bagian apa di sub-urusan kawasan permukiman?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "sub urusan kaw permukiman beda dgn sub urusan PSU & perumahan dmn? prov pegang apa di "
        "situ",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "Bedanya PSU permukiman sama PSU perumahan apa? Kok yang satu provinsi, yang satu "
        "kabupaten.",
        "kewenangan.psu",
    ),
    (
        "Jalan di dalam perumahan subsidi pengembang di Kel. Madurejo rusak. Bisa minta "
        "provinsi perbaiki, atau itu tetap PSU perumahan bagian kabupaten?",
        "kewenangan.psu",
    ),
    (
        "menurut nomenklatur SIPD, penyelenggaraan PSU perumahan itu kwngn kab/kota ya? prov "
        "pegang yg mana",
        "kewenangan.psu",
    ),
    (
        "Monggo dipun jelasaken, PSU ingkang dados wewenang provinsi niku PSU perumahan napa "
        "PSU permukiman nggih?",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "Untuk KAK kegiatan PSU yang mau kami usulkan ke provinsi, komponen apa saja yang "
        "memang dibangun Disperkimtan? Jaling dan drainase saja?",
        "psu.lingkup_provinsi",
    ),
    (
        "Misal kami usulkan drainase di sisi jalan kabupaten di Kuala Kurun, apakah bisa "
        "dibiayai dari PSU provinsi?",
        "psu.lingkup_provinsi",
    ),
    (
        "PSU prov itu bs di desa jg atau hny perkotaan? lokasi kami di Kec. Basarang",
        "psu.lingkup_provinsi",
    ),
    (
        "Does the provincial PSU programme cover items such as street lighting or a community "
        "hall, or only neighbourhood roads and drainage?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "Sertifikasi dan registrasi perancang rumah tingkat kemampuan menengah itu di provinsi "
        "ya? Ada dasar hukum yang pasti?",
        "kewenangan.sertifikasi",
    ),
    (
        "konsultan perencana PSU lokal minta diregistrasi, kab bs layani utk kemampuan kecil? "
        "yg besar ke mana",
        "kewenangan.sertifikasi",
    ),
    (
        "Who certifies and registers firms that design houses and plan PSU, and does it depend "
        "on their capability level?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        "Lagi isi laporan capaian SPM perumahan rakyat. Jenis layanan dasar yang jadi beban "
        "provinsi apa saja dan targetnya berapa persen?",
        "kewenangan.spm",
    ),
    (
        "SPM perumahan itu diatur di PP 2/2018 pasal 10 kan? Terus standar teknisnya Permen "
        "PUPR yang mana?",
        "kewenangan.spm",
    ),
    (
        "indikator SPM bid perumahan utk kab/kota apa aja? mau sy masukkan ke dok RPJMD",
        "kewenangan.spm",
    ),
    (
        "Under the minimum service standards, which housing services must the province deliver, "
        "and what is the target?",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "Luas kumuh yang dipakai untuk menentukan kewenangan itu luas desanya atau luas hasil "
        "delineasi di SK? Desa kami 400 ha tapi yang kumuh cuma sebagian.",
        "kumuh.luas_delineasi",
    ),
    (
        "Misal di SK lama tercatat 9 ha, lalu survei terbaru kami dapat 11 ha, angka mana yang "
        "dihitung untuk usulan?",
        "kumuh.luas_delineasi",
    ),
    (
        "klo 1 kelurahan ada 2 titik kumuh 6 ha & 5 ha, dijumlah jd 11 ha atau dihitung per "
        "lokasi sesuai delineasi SK?",
        "kumuh.luas_delineasi",
    ),
    (
        "For the inception report: is the slum area that decides authority the whole village or "
        "the delineated polygon in the regency decree?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    (
        "Yang berwenang menetapkan lokasi kumuh itu Bupati atau Gubernur? Dasarnya Permen PUPR "
        "14/2018 pasal 40 ya?",
        "kumuh.penetapan",
    ),
    (
        "SK kumuh kami terbit 2019. Wajib ditinjau ulang paling lambat tiap berapa tahun?",
        "kumuh.penetapan",
    ),
    ("sk kumuh hrs dilampiri apa aja? tabel daftar lokasi sm peta sebaran ya?", "kumuh.penetapan"),
    (
        "Pripun carane netepaken lokasi kumuh nggih? Sinten ingkang tanda tangan SK-nipun?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    (
        "Dalam KAK penyusunan baseline kumuh, aspek apa saja yang wajib dinilai menurut Permen "
        "PUPR 14/2018?",
        "kumuh.aspek",
    ),
    ("7 aspek kumuh itu apa aja? proteksi kebakaran trmsk kan?", "kumuh.aspek"),
    ("aspek kriteria kumuh?", "kumuh.aspek"),
    # kumuh.penilaian
    (
        "Nilai kekumuhan maksimalnya berapa, dan mulai skor berapa sebuah lokasi disebut kumuh "
        "berat?",
        "kumuh.penilaian",
    ),
    (
        "Tiap kriteria kumuh diberi nilai 0, 1, 3 atau 5 itu dasarnya apa? Persentase luasan "
        "yang terdampak ya?",
        "kumuh.penilaian",
    ),
    ("Andaikan total skor lokasi kami 64, itu masuk tingkat kekumuhan apa?", "kumuh.penilaian"),
    ("skor min utk KB brp?", "kumuh.penilaian"),
    # kumuh.tingkat_sedang_ringan
    (
        "Rentang nilai untuk kumuh sedang dan kumuh ringan berapa ya? Untuk tabel di laporan "
        "Rakor.",
        "kumuh.tingkat_sedang_ringan",
    ),
    ("Skor kekumuhan 41 itu masuk sedang atau ringan?", "kumuh.tingkat_sedang_ringan"),
    (
        "Misal total skornya 20, itu sudah kumuh ringan atau belum dianggap kumuh?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "What score range counts as a light slum as opposed to a medium slum?",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        "Kumuh ringan di lahan legal itu pola penanganannya pemugaran atau peremajaan?",
        "kumuh.pola_penanganan",
    ),
    (
        "Seandainya permukiman kumuh di bantaran Sungai Kahayan ternyata berdiri di lahan tidak "
        "legal, penanganannya wajib pemukiman kembali?",
        "kumuh.pola_penanganan",
    ),
    (
        "bedanya pemugaran, peremajaan, pemukiman kembali apa? utk bab strategi di dok RP2KPKP",
        "kumuh.pola_penanganan",
    ),
    (
        "Nggih, kumuh sedang wonten tanah ingkang legal niku ditangani kanthi peremajaan napa "
        "pemugaran?",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    (
        "Berapa jumlah lokasi dan total luas kumuh se-Kalteng? Butuh angka untuk latar belakang "
        "proposal ke provinsi.",
        "kumuh.kalteng",
    ),
    ("kab mana yg lokasi kumuhnya plg byk di kalteng? yg plg sedikit?", "kumuh.kalteng"),
    (
        "Kumuh di Kalimantan Tengah itu kebanyakan tipe apa, permukiman tepian sungai?",
        "kumuh.kalteng",
    ),
    # usulan.isi
    (
        "Untuk surat usulan ke provinsi, isian apa saja yang harus ada di usulan kegiatan, dan "
        "kenapa semuanya ditanyakan?",
        "usulan.isi",
    ),
    (
        "Kenapa di usulan harus dicentang sektor terkait seperti air minum, persampahan, "
        "kebakaran? Gunanya apa?",
        "usulan.isi",
    ),
    ("usln kegiatan isinya apa aja sih? judul, jenis, lokasi, dst lengkapnya apa", "usulan.isi"),
    (
        "What information does a proposal to the province have to contain, and what is each "
        "item used for?",
        "usulan.isi",
    ),
    # usulan.jenis
    ("Jenis usulan apa saja yang bisa kami ajukan ke provinsi?", "usulan.jenis"),
    ("Usulan di luar kumuh dan PSU, misalnya balai warga, masuk jenis yang mana?", "usulan.jenis"),
    (
        "Kados pundi nggih, usulan saged dipun ajukaken jenis napa mawon? Kumuh, PSU, RTLH?",
        "usulan.jenis",
    ),
    # usulan.lokasi
    (
        "Data lokasi usulan apa saja yang perlu diisi? Titik koordinat GPS wajib juga?",
        "usulan.lokasi",
    ),
    (
        "Nama lokasi di usulan kumuh harus sama persis dengan nama kawasan di SK kumuh ya?",
        ("usulan.lokasi", "usulan.sk_kumuh"),
    ),
    (
        "utk lokasi usln hrs isi kec, desa, luas, perkotaan/perdesaan ya? apa lg yg diminta",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    (
        "Jumlah penerima manfaat ditulis dalam KK atau jiwa? Atau dua-duanya?",
        "usulan.penerima_biaya",
    ),
    (
        "Sumber dana yang boleh dipilih di usulan apa saja? Bisa kombinasi APBD kab dengan Bankeu?",
        "usulan.penerima_biaya",
    ),
    (
        "Misal biayanya belum pasti karena RAB belum final, boleh diisi perkiraan dulu?",
        "usulan.penerima_biaya",
    ),
    (
        "Jumlah unit rumah juga perlu diisi di usulan, atau cukup KK dan jiwa saja?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    (
        "Readiness criteria usulan PSU ke provinsi apa saja? Mau saya jadikan daftar periksa di "
        "lampiran surat pengantar.",
        "usulan.kesiapan",
    ),
    (
        "Dokumen kesiapan apa yang membuat usulan kami dinilai siap? Sejauh ini baru ada foto "
        "dan surat Bupati.",
        "usulan.kesiapan",
    ),
    ("dok kesiapan usln apa aja? DED, RAB, lahan, apa lg", "usulan.kesiapan"),
    (
        "Monggo, menawi usulan PSU niku dokumen kesiapanipun napa mawon ingkang kedah dipun "
        "siapaken?",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    (
        "Lahan rencana jalan lingkungan masih atas nama warga tapi sudah ada surat hibah ke "
        "desa. Itu sudah bisa disebut clean and clear?",
        "usulan.lahan",
    ),
    (
        "Syarat lahan clean and clear untuk usulan itu apa saja? Sertifikat, sesuai RTRW, tidak "
        "sengketa?",
        "usulan.lahan",
    ),
    ("status lahan usln pilihannya apa aja? tanah desa blm bersertifikat gmn", "usulan.lahan"),
    (
        "Andaikan tanah lokasi masih sengketa batas dengan desa tetangga, usulannya tetap bisa "
        "diajukan?",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    (
        "Usulan kumuh wajib mencantumkan nomor dan tanggal SK kumuh? Kalau SK kami sudah 6 "
        "tahun gimana?",
        "usulan.sk_kumuh",
    ),
    (
        "Lokasi yang mau kami usulkan belum tercantum di SK kumuh Bupati. Tetap bisa diajukan "
        "sebagai usulan kumuh?",
        "usulan.sk_kumuh",
    ),
    ("no & tgl SK kumuh perlu diisi di usln kumuh? sk kami thn 2021", "usulan.sk_kumuh"),
    (
        "For a slum-upgrading proposal, what must we state about the regency's slum decree?",
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    (
        "DED, RAB dan RKS harus sudah final waktu usulan masuk, atau boleh menyusul setelah Rakor?",
        "usulan.dokumen_teknis",
    ),
    (
        "Foto kondisi eksisting lokasi usulan wajib dilampirkan? Berapa banyak?",
        "usulan.dokumen_teknis",
    ),
    (
        "utk KAK penyusunan DED jaling yg mau diusulkan ke prov, dok teknis apa aja yg hrs "
        "jadi? site plan jg?",
        "usulan.dokumen_teknis",
    ),
    (
        "Nyuwun pirsa, dokumen teknis kados DED kalih RAB niku kedah dipun lampiraken napa mboten?",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        "Surat pernyataan kesanggupan menerima hibah dan melaksanakan O&P itu wajib ada di "
        "usulan? Isinya apa?",
        "usulan.surat_pernyataan",
    ),
    (
        "Kenapa provinsi minta surat pernyataan operasi dan pemeliharaan dari kabupaten sebelum "
        "membangun?",
        "usulan.surat_pernyataan",
    ),
    (
        "srt pernyataan hibah & OP dilampirkan dr awal atau stlh disetujui?",
        "usulan.surat_pernyataan",
    ),
    (
        "Is the regency's statement of willingness to accept the grant and to handle operation "
        "and maintenance a required attachment?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    (
        "Syarat usulan RTLH lewat provinsi apa saja? Warga kami tanahnya cuma punya SKT.",
        "usulan.rtlh",
    ),
    (
        "Andaikan rumah warga sudah roboh total dan mau dibangun baru di kavling kosong, bisa "
        "masuk program RTLH provinsi?",
        "usulan.rtlh",
    ),
    ("Penerima bantuan bedah rumah dari provinsi itu ditetapkan pakai SK siapa?", "usulan.rtlh"),
    (
        "Pak, menawi griya warga ing Sidorejo taksih numpang ing tanah tiyang sanes, saged "
        "diusulaken RTLH provinsi mboten?",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "Warga RT 05 Kel. Langkai mau minta jalan lingkungan langsung ke provinsi. Syaratnya apa?",
        "usulan.psu_masyarakat",
    ),
    (
        "Permohonan drainase dari kelompok warga harus diketahui siapa saja? Cukup Lurah?",
        "usulan.psu_masyarakat",
    ),
    (
        "Can residents send a request for neighbourhood drainage straight to the province, and "
        "whose endorsement do they need?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "Jalan lingkungan yang dibangun provinsi dua tahun lalu di desa kami mulai rusak. "
        "Pemeliharaannya tanggung jawab siapa sekarang?",
        "hibah.aset",
    ),
    (
        "Naskah hibah dan BAST aset PSU dari provinsi ke kabupaten itu ditandatangani oleh siapa?",
        "hibah.aset",
    ),
    (
        "auditor BPK tanya aset jaling bangunan prov di tanah kab sdh dicatat di neraca kab "
        "blm. mekanisme serah terimanya gmn?",
        "hibah.aset",
    ),
    (
        "Once the province finishes a drainage channel on regency land, who owns it and who "
        "maintains it afterwards?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "Kalau usulan kami ternyata bukan kewenangan provinsi, sumber dana lain apa yang bisa "
        "dicoba?",
        "pendanaan.saluran_lain",
    ),
    ("kumuh 6 ha bkn kwngn prov, trus danai pakai apa? DAK bs?", "pendanaan.saluran_lain"),
    (
        "Skenarionya begini: rehab rumah korban bencana skala kabupaten tidak bisa ke provinsi. "
        "Bisa ditutup APBDes atau CSR perusahaan sawit?",
        "pendanaan.saluran_lain",
    ),
    (
        "Which funding channels should we explore for a slum site larger than 15 ha, given that "
        "the province cannot fund it?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        "Urutan siklus usulan tiap tahun dari kabupaten sampai jadi kegiatan provinsi itu "
        "gimana? Untuk bahan laporan ke Kadis.",
        "siklus.tahunan",
    ),
    ("Usulan yang kami kirim tahun ini berlaku untuk tahun anggaran berapa?", "siklus.tahunan"),
    ("alur usln thnan gmn? dr kab, diperiksa prov, rakor, dst", "siklus.tahunan"),
    (
        "Nggih, siklus usulan saben taun niku urutanipun pripun? Saking kabupaten ngantos pundi?",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    (
        "Usulan yang masuk diperiksa dari sisi apa saja oleh provinsi? Administrasi, teknis, "
        "kewenangan?",
        "siklus.pemeriksaan",
    ),
    ("Apakah provinsi cek lapangan dulu sebelum usulan dibawa ke Rakor?", "siklus.pemeriksaan"),
    (
        "Nyuwun sewu, usulan saking kabupaten niku dipun priksa kados pundi kaliyan provinsi?",
        "siklus.pemeriksaan",
    ),
    ("prov periksa usln kami pakai kriteria apa? biar sy siapkan dr skrg", "siklus.pemeriksaan"),
    # siklus.rakor
    (
        "Rakor Bidang Kawasan Permukiman se-Kalteng itu tujuannya apa? Perlu saya jelaskan di "
        "nota dinas ke Kadis.",
        "siklus.rakor",
    ),
    (
        "Siapa saja peserta Rakor kawasan permukiman? Dinas PUPR kabupaten juga ikut?",
        "siklus.rakor",
    ),
    ("rakor itu tiap thn sekali ya? fungsinya utk apa", "siklus.rakor"),
    (
        "What is the purpose of the annual Rakor, and how does it relate to the review of "
        "proposals?",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    (
        "Usulan yang sudah lolos Rakor kemudian lewat Musrenbang provinsi, RKPD lalu APBD? Mau "
        "saya gambarkan alurnya di laporan.",
        "siklus.rkpd_apbd",
    ),
    (
        "Setelah Rakor, kapan usulan kami benar-benar dianggarkan? Masuk RKPD tahun berapa?",
        "siklus.rkpd_apbd",
    ),
    ("stlh disetujui rakor, apa usln otomatis msk APBD prov?", "siklus.rkpd_apbd"),
    (
        "Andaikan usulan kami disetujui, yang memasukkan ke RKPD dan APBD provinsi itu bot ini "
        "atau tetap lewat Musrenbang?",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    (
        "Dasar hukum pembentukan Pokja PKP itu Permen PUPR nomor berapa? Mau saya cantumkan di "
        "konsiderans SK Bupati.",
        "koordinasi.pokja_pkp",
    ),
    ("Pokja PKP di kabupaten itu tugasnya apa? Perlu kami aktifkan lagi?", "koordinasi.pokja_pkp"),
    ("pokja pkp sm forum pkp beda ya? pokja pkp itu ngapain", "koordinasi.pokja_pkp"),
    # disperkimtan.kontak
    (
        "Surat usulan resmi kami ditujukan ke kantor Disperkimtan Provinsi di alamat mana?",
        "disperkimtan.kontak",
    ),
    ("Kantor Disperkimtan Kalteng di jalan apa? Mau antar berkas.", "disperkimtan.kontak"),
    (
        "What is the full name and address of the provincial housing agency we should write to?",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    (
        "Saya baru disetujui admin. Perintah apa saja yang bisa saya ketik di bot ini?",
        "bot.cara_pakai",
    ),
    (
        "Jam di pengingat bot itu WIB atau WITA? Teman dari Kalsel sering bingung.",
        "bot.cara_pakai",
    ),
    ("Pripun nggih ngagem bot Sinkron niki? Perintahipun napa mawon?", "bot.cara_pakai"),
    (
        "Which commands does the Sinkron bot accept, and which time zone are its times in?",
        "bot.cara_pakai",
    ),
    # bot.usul
    (
        "Waktu isi /usul, kalau sinyal putus di tengah jalan, isian saya hilang atau tersimpan?",
        "bot.usul",
    ),
    ("Di /usul bisa lampirkan PDF DED juga atau hanya foto?", "bot.usul"),
    ("bs salin usln thn lalu di /usul? biar gak ngetik ulang", "bot.usul"),
    (
        "Misal saya salah isi luas di tengah /usul, bisa diulang dari langkah itu atau harus "
        "mulai dari awal?",
        "bot.usul",
    ),
    # bot.status
    ("Status 'perlu perbaikan' di usulan itu artinya apa, dan saya harus ngapain?", "bot.status"),
    ("Apa beda status diajukan, verifikasi dan dibahas di Rakor?", "bot.status"),
    ("status dibatalkan itu kapan muncul? bs dibuka lg?", "bot.status"),
    ("klo status sdh disetujui/ditolak, bs diubah lg gak kalau ternyata ada salah?", "bot.status"),
    # bot.ditolak_dialihkan
    (
        "Usulan kami statusnya dialihkan ke APBD kab. Artinya tidak didanai provinsi sama "
        "sekali? Langkah berikutnya apa?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Kalau usulan ditolak, alasannya bisa dilihat di mana? Bisa minta ditinjau ulang?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Usulan kula dipun tolak, alesanipun 'bukan kewenangan provinsi'. Lajeng kedah pripun?",
        "bot.ditolak_dialihkan",
    ),
    ("usln ditolak krn dok tdk lengkap, bs ajukan ulang thn dpn?", "bot.ditolak_dialihkan"),
    # bot.tindak_lanjut
    (
        "Berapa lama paling lambat usulan kami ditindaklanjuti provinsi? Ada standar waktunya?",
        "bot.tindak_lanjut",
    ),
    (
        "Standar 3 hari kerja itu ngikut LAPOR! ya? Mengikat Disperkimtan secara hukum gak?",
        "bot.tindak_lanjut",
    ),
    ("What service standard does the bot apply to follow-up on proposals?", "bot.tindak_lanjut"),
    # bot.rapat
    (
        "Kalau saya berhalangan hadir rapat, bisa diwakilkan staf? Konfirmasinya di bot gimana?",
        "bot.rapat",
    ),
    ("Pengingat rapat dari bot dikirim berapa kali sebelum acara?", "bot.rapat"),
    ("undangan rapat di bot hrs dijawab hadir/tdk? klo gak dijawab gmn", "bot.rapat"),
    ("Can I nominate a colleague to attend a meeting on my behalf through the bot?", "bot.rapat"),
]

# Held-out question table, round 34, part B: glossary, intents, areas, out of scope.
# Styles: planning-document context (Renja, RKPD, DPA, TOR/KAK, Rakor reports), auditor and
# legal framing, Javanese-flavoured Indonesian, hypotheticals, vowel-dropping shorthand,
# about one in eight in consultant/donor English, and a few very short messages.

# Glossary: what a term means or stands for (labels istilah.*)
PART_B_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # -- planning-document context
    (
        "lagi finalisasi Renja, di judul program tertulis perkim. "
        "perkim itu kepanjangannya apa ya, biar saya tulis lengkap",
        "istilah.perkim",
    ),
    (
        "di kop KAK saya mau tulis nama dinas provinsi secara lengkap, "
        "disperkimtan itu singkatan dari apa saja?",
        "istilah.disperkimtan",
    ),
    (
        "nyusun laporan hasil rakor utk pimpinan, ada kata PSU berkali2. "
        "PSU itu persisnya singkatan apa",
        "istilah.psu",
    ),
    (
        "di draf RAB konsultan ada item 'jaling 450 m'. jaling itu maksudnya apa?",
        "istilah.jaling",
    ),
    (
        "buat narasi DPA, saya perlu jelaskan istilah drainase lingkungan. "
        "yg dimaksud drainase lingkungan itu apa",
        "istilah.drainase",
    ),
    (
        "di lampiran tabel baseline ada kode KR di kolom tingkat kekumuhan, itu artinya apa",
        "istilah.kr",
    ),
    (
        "lagi bikin matriks RKPD, lokasi kami berlabel KS. KS itu singkatan apa ya",
        "istilah.ks",
    ),
    (
        "di peta sebaran ada warna merah bertulis KB. KB di situ artinya apa? "
        "pasti bukan keluarga berencana kan",
        "istilah.kb",
    ),
    (
        "mau melampirkan SK kumuh di TOR. sebenarnya yang disebut SK kumuh itu "
        "surat keputusan tentang apa?",
        "istilah.skkumuh",
    ),
    (
        "peta delineasi diminta jadi lampiran usulan. delineasi itu artinya apa sih",
        "istilah.delineasi",
    ),
    (
        "untuk nomenklatur sub kegiatan di Renja saya perlu kepanjangan rtlh, apa ya",
        "istilah.rtlh",
    ),
    (
        "di indikator Renstra ada 'persentase RLH'. RLH itu singkatan dari apa?",
        "istilah.rlh",
    ),
    (
        "pimpinan minta pakai istilah resmi, jangan 'bedah rumah'. "
        "bedah rumah itu sebenarnya maksudnya apa",
        "istilah.bedahrumah",
    ),
    (
        "di RKPD kab ada program BSPS dari pusat. BSPS itu bantuan apa, kepanjangannya apa",
        "istilah.bsps",
    ),
    (
        "nyusun KAK pendataan, sasarannya ditulis MBR. MBR itu maksudnya siapa / singkatan apa",
        "istilah.mbr",
    ),
    (
        "di Renstra tertulis rusunawa, di dokumen lain rusun saja. "
        "dua istilah itu artinya apa dan bedanya apa",
        ("istilah.rusunawa", "istilah.rusun"),
    ),
    (
        "lagi isi form SPM, ada istilah rusus. rusus itu rumah apa",
        "istilah.rusus",
    ),
    (
        "kolom 'jumlah jiwa' di form itu maksudnya hitungan orang atau apa?",
        "istilah.jiwa",
    ),
    (
        "di undangan ditulis KAK, di surat Bappeda ditulis TOR. "
        "KAK itu kepanjangannya apa, sama dgn TOR?",
        "istilah.kak",
    ),
    (
        "waktu nyusun RKA, bendahara tanya RKA itu singkatan dari apa. saya lupa",
        "istilah.rka",
    ),
    (
        "di laporan rakor mau saya jelaskan singkatan DPA, kepanjangannya apa nggih",
        "istilah.dpa",
    ),
    (
        "buat bab pendahuluan Renja, RPJMD itu kepanjangannya apa tepatnya?",
        "istilah.rpjmd",
    ),
    (
        "di bagan siklus perencanaan ada KUA-PPAS sebelum APBD. KUA-PPAS itu apa",
        "istilah.kuappas",
    ),
    # -- auditor / legal framing
    (
        "auditor inspektorat menyebut aset jalan itu BMD. BMD itu singkatan apa, mohon dasarnya",
        "istilah.bmd",
    ),
    (
        "pemeriksa BPK bilang hibah dari kementerian itu tercatat sebagai BMN. BMN itu apa?",
        "istilah.bmn",
    ),
    (
        "bagian hukum tanya: di naskah tertulis BAST, itu kepanjangannya berita acara apa?",
        "istilah.bast",
    ),
    (
        "kata 'hibah' di surat pernyataan itu artinya apa dalam konteks aset? "
        "bagian hukum kami ragu",
        "istilah.hibah",
    ),
    (
        "seingat saya ada PP 2/2018 soal SPM. SPM itu singkatan dari apa ya",
        "istilah.spm",
    ),
    (
        "kalau tidak salah Permen PUPR 12/2020 menyebut Pokja PKP. itu kelompok kerja apa",
        "istilah.pokjapkp",
    ),
    (
        "di konsiderans perbup disebut RP3KP. dokumen RP3KP itu kepanjangannya apa",
        "istilah.rp3kp",
    ),
    (
        "pemeriksa minta dokumen RP2KPKP. RP2KPKP itu singkatan apa?",
        "istilah.rp2kpkp",
    ),
    (
        "tim legal tanya dasar istilah SKBG di Lampiran UU 23/2014, SKBG itu sertifikat apa",
        "istilah.skbg",
    ),
    (
        "auditor menanyakan PBG gedung posko kami. PBG itu kepanjangannya apa",
        "istilah.pbg",
    ),
    (
        "auditor juga minta SLF bangunan MCK komunal. SLF itu singkatan dari apa?",
        "istilah.slf",
    ),
    (
        "di berita acara verifikasi tertulis lahan 'clean and clear'. "
        "secara istilah itu maksudnya apa",
        "istilah.cleanandclear",
    ),
    # -- Javanese-flavoured
    ("DED niku singkatan nopo nggih pak? matur nuwun", "istilah.ded"),
    ("nyuwun sewu, RAB niku kepanjangane pripun?", "istilah.rab"),
    (
        "mas, RKS niku dokumen nopo to? kulo biasane namung damel RAB kalih gambar",
        "istilah.rks",
    ),
    ("site plan niku boso Indonesiane nopo nggih", "istilah.siteplan"),
    ("ampun, O&P teng surat pernyataan niku maksude nopo?", "istilah.op"),
    (
        "Pokja PPAS niku kepanjangane pripun nggih, kok bedo kalih Pokja PKP",
        "istilah.pokjappas",
    ),
    ("huntap niku nopo to pak? kulo mboten mudeng", "istilah.huntap"),
    ("monggo dijelaske, SKT niku surat nopo?", "istilah.skt"),
    ("Bankeu niku artine nopo nggih?", "istilah.bankeu"),
    (
        "kulo tasih bingung, backlog perumahan niku maksude pripun?",
        "istilah.backlog",
    ),
    # -- hypotheticals
    (
        "misal di TOR saya tulis 'RC sudah lengkap', orang provinsi paham kan? "
        "RC itu singkatan apa sebenarnya",
        "istilah.rc",
    ),
    (
        "andaikan ada banjir besar dan bupati minta dibangun huntara, huntara itu maksudnya apa",
        "istilah.huntara",
    ),
    (
        "seandainya kami ajukan dana dari DAK Tematik PPKT, itu sebenarnya DAK apa? kepanjangannya",
        "istilah.daktematikppkt",
    ),
    (
        "misalnya perusahaan sawit mau bantu lewat CSR, CSR itu singkatan dari apa ya",
        "istilah.csr",
    ),
    (
        "andai usulan kami lewat pokir dewan, pokir itu kepanjangannya apa?",
        "istilah.pokir",
    ),
    (
        "seandainya ada yg lapor lewat LAPOR!, itu sistem apa sih sebenarnya",
        "istilah.lapor",
    ),
    (
        "misal lokasi kami disebut 'kumuh', definisi kumuh itu sendiri apa?",
        "istilah.kumuh",
    ),
    # -- vowel-dropping shorthand
    ("kk di form itu kpl keluarga atau kartu keluarga? mksdnya apa", "istilah.kk"),
    ("ha itu satuan apa, 1 ha brp m2", "istilah.ha"),
    ("pokja ampl itu kpnjgnnya apa", "istilah.pokjaampl"),
    ("KOTAKU itu singkatan prgrm apa dl", "istilah.kotaku"),
    ("musrenbang kpnjgnnya apa, utk dok rkpd", "istilah.musrenbang"),
    ("sipd sgktn apa, sistem info apa", "istilah.sipd"),
    ("bapperida itu bdn apa, kok bkn bappeda lg", "istilah.bapperida"),
    ("skpd sm opd itu sama tdk? skpd kpnjgnnya apa", "istilah.skpd"),
    ("tps 3r itu mksdnya apa", "istilah.tps3r"),
    ("rdtr itu dok apa", "istilah.rdtr"),
    ("pkp sgktn dr apa", "istilah.pkp"),
    # -- consultant / donor English
    ("What does PSU mean in the Indonesian housing context?", "istilah.psu"),
    ("Sorry, what is SPAM here? Clearly not junk e-mail.", "istilah.spam"),
    ("Could you spell out IPAL for our inception report?", "istilah.ipal"),
    ("What's an MCK? It keeps showing up in the village survey sheets.", "istilah.mck"),
    ("Quick one: what does RTRW stand for?", "istilah.rtrw"),
    ("What does DAK stand for? It's in every funding table we get.", "istilah.dak"),
    ("Which time zone is WIB?", "istilah.wib"),
    ("What exactly does 'Rakor' stand for in your meeting invitations?", "istilah.rakor"),
    # -- very short
    ("apbd?", "istilah.apbd"),
    ("delinasi artinya", "istilah.delineasi"),
]

# Intents: status, meeting, deadline, greeting, how_to_submit (6 each)
PART_B_INTENTS: list[tuple[str, str]] = [
    # status (the officer's own proposals)
    ("usln kami thn ini sdh diverifikasi blm? tlg dicek", "status"),
    ("pripun usulan kulo, sampun diproses dereng nggih?", "status"),
    (
        "Could you check where our district's proposals stand in the provincial review?",
        "status",
    ),
    (
        "lagi nyusun laporan ke kadis, perlu posisi terakhir semua usulan yg kami kirim ke prov",
        "status",
    ),
    ("USL-2026-0014 punya kami sdh smp tahap mana", "status"),
    ("usulan drainase kami kok belum ada kabar ya, statusnya apa sekarang", "status"),
    # meeting
    ("rakor thn ini kpn & dmn?", "meeting"),
    ("Rakor sinkronisasi tahun niki kapan nggih, teng pundi panggenanipun?", "meeting"),
    ("When and where is the next coordination meeting with the province?", "meeting"),
    (
        "mau bikin TOR perjalanan dinas ke Palangka Raya, tgl brp rapat koordinasi berikutnya",
        "meeting",
    ),
    ("jadwal rapat selanjutnya?", "meeting"),
    (
        "misal rakor tahun ini jadi digelar, tanggal dan tempatnya sudah ditetapkan belum?",
        "meeting",
    ),
    # deadline
    ("batas akhir kirim usln utk TA depan tgl brp", "deadline"),
    ("tenggat ngirim usulan kapan nggih pak? kulo tasih nglengkapi DED", "deadline"),
    ("What's the cut-off date for sending proposals this year?", "deadline"),
    (
        "seandainya usulan kami baru siap akhir bulan depan, masih keburu? "
        "kapan penutupan usulannya",
        "deadline",
    ),
    ("deadline usulan?", "deadline"),
    (
        "utk jadwal di Renja perlu tau hari terakhir pengiriman usulan ke provinsi, kapan ya",
        "deadline",
    ),
    # greeting
    ("slmt pagi", "greeting"),
    ("matur nuwun sanget nggih, sampun dibantu", "greeting"),
    ("bot ini bisa bantu apa saja?", "greeting"),
    ("Hi there, what can this bot do for me?", "greeting"),
    ("help", "greeting"),
    ("assalamualaikum, permisi", "greeting"),
    # how_to_submit
    ("gmn cara kirim usln lwt bot ini?", "how_to_submit"),
    ("pripun carane ngirim usulan lewat Sinkron niki?", "how_to_submit"),
    ("How do I submit a proposal through this chatbot?", "how_to_submit"),
    ("perintah utk mengajukan usulan di sini apa ya", "how_to_submit"),
    (
        "misal saya mau usulkan jaling lewat bot ini, mulai dari mana dan langkahnya apa saja",
        "how_to_submit",
    ),
    (
        "usulan sudah masuk draf Renja, sekarang mau dikirim ke provinsi lewat bot. caranya?",
        "how_to_submit",
    ),
]

# Areas: slum area size -> responsible level (kabkota <10 ha, provinsi 10-<15 ha, pusat >=15 ha)
PART_B_AREAS: list[tuple[str, str]] = [
    ("kumuh 12,5 ha di Kel. Mentawa Baru Hulu, kwngn siapa?", "provinsi"),
    ("luas delineasi kami 9,8 hektar, yg tangani kab atau prov?", "kabkota"),
    ("kalau luasnya pas 10 ha, itu provinsi atau masih kabupaten?", "provinsi"),
    ("kawasan kumuh tepat 15 hektare di Baamang Hilir, kewenangan siapa?", "pusat"),
    (
        "lokasi di Selat Tengah luasnya sedikit di bawah 15 ha, sekitar 14,9. siapa yg pegang",
        "provinsi",
    ),
    (
        "luas kumuh kami lebih dari 14,5 ha tapi belum sampai 15 ha, masuk kewenangan mana?",
        "provinsi",
    ),
    ("kumuh 125.000 m2 di Kelurahan Pahandut, tanggung jawab siapa", "provinsi"),
    ("kawasan kumuh 80.000 meter persegi di Kasongan Baru, siapa yg menangani", "kabkota"),
    ("SK kumuh mencatat 150.000 m² untuk Kelurahan Langkai. itu urusan siapa?", "pusat"),
    (
        "A 16.2-hectare slum area in Baamang Tengah: which level of government handles it?",
        "pusat",
    ),
    ("Slum site of 11.4 hectares in Sampit, is that the province's job?", "provinsi"),
    (
        "kawasan kumuh 7,5 hektar teng Anjir Pulang Pisau, niku kewenangane sinten nggih?",
        "kabkota",
    ),
    (
        "lagi nyusun Renja, lokasi kumuh kami di Selat Hulu 13 ha. "
        "bisa diusulkan ke prov? kewenangan siapa",
        "provinsi",
    ),
    (
        "inspektorat minta dasar: kumuh 10,0 ha di Kelurahan Menteng ditangani provinsi atau kota?",
        "provinsi",
    ),
    (
        "andaikan revisi delineasi jadi 15,3 ha, apakah pindah ke kewenangan pusat?",
        "pusat",
    ),
    ("misal luasnya 9,99 ha, kab atau prov?", "kabkota"),
    ("kumuh 45 ha di Selat Dalam, siapa yg berwenang", "pusat"),
    ("kumuh 3 ha di Mendawai Seberang, Kobar, tgg jwb siapa", "kabkota"),
    ("kawasan kumuh 14.5 ha di Kelurahan Melayu, Muara Teweh: kewenangan siapa?", "provinsi"),
    ("Who is responsible for a 20 hectares slum area in Palangka Raya?", "pusat"),
    ("luas kws kumuh 98.500 m2 di Tamiang Layang, kab atau prov yg tangani?", "kabkota"),
    ("kumuh 10.5 ha di Kuala Pembuang I, urusan prov kan?", "provinsi"),
    ("kumuh 1 ha siapa", "kabkota"),
    (
        "di DPA mau kami catat lokasi Kalampangan 31,77 hektare. itu kewenangan siapa sebenarnya",
        "pusat",
    ),
    ("kumuh 12 ha teng Nanga Bulik, sinten ingkang nangani nggih?", "provinsi"),
]

# Out of scope: the knowledge base cannot answer these; the bot should hand over
PART_B_OUT_OF_SCOPE: list[str] = [
    "brp pagu DAK Tematik PPKT utk Kotim thn 2027?",
    "alokasi APBD provinsi utk Kabupaten Seruyan TA 2027 berapa rupiah?",
    "nomor HP pak Kabid Kawasan Permukiman berapa ya, mau japri",
    "nyuwun sewu, nomer WA ibu Kadis pinten nggih?",
    "CV Karya Mandiri yg kerjakan jaling di Kasongan thn lalu, nilai kontraknya brp?",
    "siapa pemenang tender drainase provinsi di Muara Teweh tahun ini",
    "tebal rabat beton jalan lingkungan minimal brp cm, mutu K berapa?",
    "dimensi U-ditch yang pas untuk debit 0,5 m3/detik berapa ya",
    (
        "lagi nyusun KAK, spesifikasi teknis paving block K-300 untuk jalan setapak "
        "itu diatur di permen mana dan isinya apa"
    ),
    "di Kalimantan Selatan, Pergub soal kumuh nomor berapa dan isinya apa?",
    "Jawa Timur punya SE Gubernur ttg bantuan RTLH, isinya gimana?",
    "SIPD error 'sub kegiatan tidak ditemukan' waktu input Renja, solusinya gmn?",
    "akun SIPD sy terkunci stlh salah password 3x, gmn bukanya",
    "kenaikan pangkat sy ke III/c kok SK nya blm keluar, ngurusnya ke mana",
    "cuti tahunan ASN yg tdk diambil thn lalu bisa dipakai thn ini ga?",
    "TPP bulan ini kapan cair nggih?",
    "seandainya saya pindah tugas ke dinas lain, mutasi ASN itu prosesnya gimana",
    "harga satuan semen di HSPK Palangka Raya 2026 berapa per sak?",
    "realisasi fisik proyek jaling provinsi di Sampit sudah berapa persen?",
    "total anggaran Disperkimtan tahun 2026 berapa miliar?",
    "kuota BSPS dari kementerian untuk Kapuas tahun 2027 berapa unit?",
    "format SPJ perjalanan dinas ikut rakor kemarin seperti apa, ada contohnya?",
    "PPh 22 untuk kontraktor pekerjaan drainase dihitung gimana",
    "What unit cost per metre should we assume for a paved neighbourhood road in Kalteng?",
    "Can you share the disbursement schedule of the World Bank slum loan for 2027?",
    "What was the inflation assumption used in the 2027 national budget?",
    "cuaca besok di Palangka Raya hujan nggak?",
    "minta rekomendasi hotel dekat bandara Tjilik Riwut dong",
    "skor Kalteng Putra semalam berapa?",
    "resep juhu umbut rotan gimana ya",
]


ROUND34_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [*PART_A_TOPICS, *PART_B_TOPICS]
ROUND34_INTENTS: list[tuple[str, str]] = PART_B_INTENTS
ROUND34_AREAS: list[tuple[str, str]] = PART_B_AREAS
ROUND34_OUT_OF_SCOPE: list[str] = PART_B_OUT_OF_SCOPE
