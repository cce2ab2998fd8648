"""Round 21 held-out question table for the Sinkron bot.

Written 2026-12-04. The writer had not seen the knowledge base or any other question table and
read only the topic list and the domain briefs (docs/domain.md, DOMAIN.md, DOMAIN-RESEARCH.md,
kalteng-wilayah.csv for place names).

Style emphasis of this round: a mix of everything officers really send, weighted to what a new
officer in the first month would ask. Plain everyday Indonesian, some chat spelling (sy, gmn,
brp, udh, yg, kpn, bs, ga, tdk), some typos, a few long messages with background first,
questions phrased as "kalau ... gimana" scenarios with concrete numbers (areas in ha or m2,
scores, years, unit counts), yes/no checks, a few comparisons of two things, about a fifth very
short, about one in ten in English. Heavy Banjar is avoided (another round covered it).

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND21_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "sy baru sebulan di dinas perkim kab, bs dijelasin singkat pembagian tugas pusat, "
        "provinsi sama kab/kota di urusan perumahan dan permukiman?",
        "kewenangan.ringkasan",
    ),
    ("siapa ngerjain apa di bidang perkim? pusat, prov, kab", "kewenangan.ringkasan"),
    (
        "Could you give me an overview of which level of government handles what in "
        "housing and settlements?",
        "kewenangan.ringkasan",
    ),
    ("pembagian kewenangan PKP menurut UU 23/2014 gmn ya", "kewenangan.ringkasan"),
    # kewenangan.urusan_wajib
    ("perumahan itu urusan wajib atau urusan pilihan sih?", "kewenangan.urusan_wajib"),
    (
        "bener ga perkim termasuk urusan wajib pelayanan dasar? pasal brp dasarnya",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    ("batas luas kumuh buat kab, prov, pusat itu brp ha?", "kewenangan.kumuh"),
    ("kumuh yg jadi urusan provinsi itu yg luasnya berapa", "kewenangan.kumuh"),
    (
        "kalau kawasan kumuh di Kec. Selat luasnya 8 ha, bs diusulkan ke provinsi ga?",
        "kewenangan.kumuh",
    ),
    ("Who is responsible for a slum area between 10 and 15 hectares?", "kewenangan.kumuh"),
    ("kalo luasnya pas 10 ha masuk kab atau prov?", "kewenangan.kumuh"),
    (
        "td rapat internal ada yg bilang 5-10 ha itu kab, di atas 10 ha prov sama kementerian. "
        "itu bener ga sih aturannya?",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "kawasan kumuh kami 22 ha, berarti ke pusat ya? bukan ke provinsi?",
        "kewenangan.kumuh_pusat",
    ),
    ("kumuh di atas 15 ha siapa yg pegang", "kewenangan.kumuh_pusat"),
    (
        "kalau luasnya tepat 15 ha, masih provinsi atau udh pusat?",
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    # kewenangan.pencegahan_kumuh
    ("pencegahan kumuh itu tugas siapa? prov ikut jg ga?", "kewenangan.pencegahan_kumuh"),
    (
        "kami mau bikin kegiatan pencegahan biar ga tumbuh kumuh baru di pinggir sungai, "
        "itu bs minta ke prov atau memang urusan kab sendiri?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    ("di sub urusan perumahan, provinsi kewenangannya apa aja?", "kewenangan.perumahan"),
    ("urusan perumahan yg jadi tugas kabupaten apa aja", "kewenangan.perumahan"),
    # kewenangan.perumahan_pusat
    ("rumah buat MBR itu tanggung jawab siapa? prov bs bangun?", "kewenangan.perumahan_pusat"),
    (
        "Is building houses for low-income families a provincial job or a central one?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "pembiayaan perumahan buat MBR itu kewenangan pusat ya, bukan daerah?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "kalau banjir besar statusnya bencana kabupaten, rumah warga yg rusak berat "
        "siapa yg wajib bangun?",
        "kewenangan.bencana_relokasi",
    ),
    ("rumah korban bencana provinsi ditangani siapa", "kewenangan.bencana_relokasi"),
    (
        "ada 35 KK kena relokasi krn program pelebaran jalan kabupaten, rumah barunya "
        "urusan siapa? bs diusulkan ke prov?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    ("izin pembangunan perumahan dikeluarkan prov atau kab?", "kewenangan.izin"),
    ("SKBG yg nerbitin siapa ya", "kewenangan.izin"),
    (
        "developer mau bangun kawasan permukiman baru di Jekan Raya, izin pengembangannya "
        "ke pemkot atau ke prov?",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "sub urusan kawasan permukiman itu isinya apa aja per tingkat pemerintahan?",
        "kewenangan.kawasan_permukiman",
    ),
    ("penetapan sistem kawasan permukiman itu kewenangan siapa", "kewenangan.kawasan_permukiman"),
    # kewenangan.psu
    ("PSU perumahan sama PSU permukiman bedanya apa, yg prov yg mana?", "kewenangan.psu"),
    (
        "jalan di dalam komplek perumahan developer yg udh diserahkan ke pemkab, bs diusulin "
        "perbaikannya ke prov ga?",
        "kewenangan.psu",
    ),
    ("psu di perumahan itu kab ya?", "kewenangan.psu"),
    (
        "Which PSU does the province handle, and which stays with the regency?",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "PSU yg dibangun disperkimtan itu apa aja? jalan lingkungan sama drainase doang?",
        "psu.lingkup_provinsi",
    ),
    (
        "bs ga prov bangun drainase di sepanjang jalan kabupaten di Kuala Kurun?",
        "psu.lingkup_provinsi",
    ),
    (
        "lokasi kami di desa, bukan kota. jaling di perdesaan bs diusulkan ke prov jg?",
        "psu.lingkup_provinsi",
    ),
    (
        "kalau lahannya aset pemkab, prov tetap bs bangun jalan lingkungan di situ?",
        "psu.lingkup_provinsi",
    ),
    ("prov mau ga bangun jalan baru tembus antar desa?", "psu.lingkup_provinsi"),
    # kewenangan.sertifikasi
    ("sertifikasi perancang rumah itu siapa yg ngurus", "kewenangan.sertifikasi"),
    (
        "registrasi badan usaha perencana PSU tingkat kemampuan kecil ke kab atau prov?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    ("SPM perumahan provinsi itu apa aja? targetnya brp persen?", "kewenangan.spm"),
    ("dasar hukum SPM bidang perumahan rakyat apa ya", "kewenangan.spm"),
    # kumuh.luas_delineasi
    (
        "luas yg dipake buat nentuin kewenangan itu luas desanya atau luas kawasan kumuhnya?",
        "kumuh.luas_delineasi",
    ),
    (
        "Kelurahan kami luasnya 120 ha tapi yg tercantum kumuh di SK cuma 11 ha, "
        "yg dihitung yg mana?",
        "kumuh.luas_delineasi",
    ),
    (
        "kalau luas di SK kumuh beda sama hasil ukur ulang di lapangan, yg dipakai yg mana?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    ("Who designates slum locations, the Bupati or the Governor?", "kumuh.penetapan"),
    ("SK kumuh hrs direview brp tahun sekali?", "kumuh.penetapan"),
    ("penetapan lokasi kumuh hrs dilampiri apa aja? peta sebaran perlu?", "kumuh.penetapan"),
    # kumuh.aspek
    ("7 aspek kumuh itu apa aja", "kumuh.aspek"),
    ("kriteria kumuh ada brp sih? 16 atau 19?", "kumuh.aspek"),
    ("Is fire protection one of the slum criteria?", "kumuh.aspek"),
    # kumuh.penilaian
    ("skor kumuh kami 64, itu udh kumuh berat kan?", "kumuh.penilaian"),
    ("nilai maksimal penilaian kumuh brp?", "kumuh.penilaian"),
    ("tiap kriteria kumuh dinilai pake angka apa? 0 1 3 5 gitu?", "kumuh.penilaian"),
    # kumuh.tingkat_sedang_ringan
    ("kalau skornya 45 itu kumuh sedang atau ringan?", "kumuh.tingkat_sedang_ringan"),
    ("rentang nilai kumuh ringan brp ya", "kumuh.tingkat_sedang_ringan"),
    ("A slum scoring 30, is that light or medium?", "kumuh.tingkat_sedang_ringan"),
    # kumuh.pola_penanganan
    ("bedanya pemugaran, peremajaan, sama pemukiman kembali apa?", "kumuh.pola_penanganan"),
    (
        "kumuh sedang tp lahannya ilegal (tanah negara diduduki), penanganannya pola apa?",
        "kumuh.pola_penanganan",
    ),
    ("kumuh ringan di lahan legal biasanya diapain", "kumuh.pola_penanganan"),
    # kumuh.kalteng
    ("brp jumlah lokasi kumuh di kalteng?", "kumuh.kalteng"),
    ("total luas kumuh se kalteng brp ha", "kumuh.kalteng"),
    ("kumuh di kalteng kebanyakan di mana sih? pinggir sungai?", "kumuh.kalteng"),
    # usulan.isi
    ("usulan kegiatan ke prov itu isinya apa aja?", "usulan.isi"),
    (
        "minggu depan sy disuruh kabid nyusun usulan ke provinsi, padahal blm pernah. "
        "data apa aja yg hrs sy kumpulin dulu sblm ngisi?",
        "usulan.isi",
    ),
    ("What information does a proposal to the province need?", "usulan.isi"),
    ("knp di usulan hrs milih sektor (air minum, sanitasi, dll)?", "usulan.isi"),
    # usulan.jenis
    ("jenis usulan apa aja yg bisa diajukan ke prov?", "usulan.jenis"),
    ("selain kumuh dan PSU, bs usul apa lagi?", "usulan.jenis"),
    ("pilihan jenis 'lainnya' di usulan itu buat apa?", "usulan.jenis"),
    # usulan.lokasi
    ("lokasi usulan hrs diisi sampai desa? perlu titik GPS jg?", "usulan.lokasi"),
    ("nama lokasi di usulan hrs sama persis dgn di SK kumuh ga?", "usulan.lokasi"),
    ("perkotaan atau perdesaan ngaruh ga di data lokasi usulan?", "usulan.lokasi"),
    # usulan.penerima_biaya
    ("jumlah jiwa boleh lebih kecil dari jumlah KK ga?", "usulan.penerima_biaya"),
    ("sumber dana yg bs dipilih di usulan apa aja?", "usulan.penerima_biaya"),
    ("kenapa hrs isi jumlah KK sama jiwa penerima manfaat?", "usulan.penerima_biaya"),
    (
        "biaya usulan cukup angka perkiraan atau hrs persis? kalau ada dana pendamping "
        "kab ditulis dmn?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    ("readiness criteria usulan itu apa aja?", "usulan.kesiapan"),
    ("dokumen kesiapan buat usulan PSU jalan lingkungan apa aja", "usulan.kesiapan"),
    ("kalau blm ada DED, usulan tetap bs masuk ga?", "usulan.kesiapan"),
    ("surat dari bupati perlu ga buat usulan?", "usulan.kesiapan"),
    (
        "What readiness documents should we attach for a drainage proposal?",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    (
        "lahan buat jalan lingkungan yg kami usulkan masih sengketa sama 2 warga, "
        "gmn tuh? ngaruh ga?",
        "usulan.lahan",
    ),
    ("lahan milik desa bs dipake buat usulan jaling ke prov?", "usulan.lahan"),
    ("status lahan apa aja yg diterima? hrs sertifikat?", "usulan.lahan"),
    (
        "lahannya udh bersertifikat tapi blm sesuai RTRW, masih dianggap clean and clear?",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    ("usulan kumuh wajib lampir SK kumuh?", "usulan.sk_kumuh"),
    (
        "lokasi kami blm masuk daftar SK kumuh bupati, bs tetap diusulin sbg kumuh ke prov?",
        "usulan.sk_kumuh",
    ),
    (
        "SK kumuh kami terbit 2020, skrg udh akhir 2026. masih bisa dipake buat usulan?",
        ("usulan.sk_kumuh", "kumuh.penetapan"),
    ),
    # usulan.dokumen_teknis
    ("DED, RAB, RKS, site plan wajib semua ya?", "usulan.dokumen_teknis"),
    ("foto kondisi eksisting perlu ga di usulan?", "usulan.dokumen_teknis"),
    ("Do we need a site plan for a drainage proposal?", "usulan.dokumen_teknis"),
    # usulan.surat_pernyataan
    (
        "surat pernyataan hibah dan O&P itu maksudnya apa? wajib dilampirkan?",
        "usulan.surat_pernyataan",
    ),
    (
        "knp kab hrs bikin surat pernyataan sanggup menerima hibah dan memelihara?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    (
        "ada warga mau bangun rumah baru di tanah kosong, bs lewat program RTLH prov?",
        "usulan.rtlh",
    ),
    ("What are the conditions of the province's RTLH programme?", "usulan.rtlh"),
    ("tanahnya cuma punya SKT, bs dapat bantuan RTLH prov ga?", "usulan.rtlh"),
    ("penerima bantuan RTLH prov ditetapkan siapa?", "usulan.rtlh"),
    (
        "rumah warga berdiri di tanah milik saudaranya, bukan punya sendiri. "
        "bs diusulkan RTLH ke prov?",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "warga RT 05 kelurahan Ketapang minta jalan lingkungan diperbaiki, "
        "bs langsung ngajuin ke prov?",
        "usulan.psu_masyarakat",
    ),
    ("permohonan PSU dari masyarakat hrs diketahui siapa aja?", "usulan.psu_masyarakat"),
    # hibah.aset
    ("Who owns a road the province builds on regency land?", "hibah.aset"),
    ("setelah selesai dibangun prov, pemeliharaannya siapa", "hibah.aset"),
    ("BAST hibah dari prov ke kab itu buat apa?", "hibah.aset"),
    (
        "kalau drainase yg dibangun prov thn 2024 rusak 2 thn kemudian, yg perbaiki prov atau kab?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "kalau usulan kami bukan kewenangan prov, dananya bs dicari dari mana aja?",
        "pendanaan.saluran_lain",
    ),
    ("kumuh 6 ha ga bisa ke prov, alternatif dananya apa?", "pendanaan.saluran_lain"),
    ("DAK tematik PPKT bs dipake buat kumuh 20 ha?", "pendanaan.saluran_lain"),
    ("bs ga pake dana desa buat nangani kumuh kecil di desa?", "pendanaan.saluran_lain"),
    ("Where else can we get money for a slum site under 10 ha?", "pendanaan.saluran_lain"),
    # siklus.tahunan
    ("alur usulan setahun itu gmn dari awal sampai dibangun?", "siklus.tahunan"),
    ("If I submit a proposal in 2026, which budget year is it for?", "siklus.tahunan"),
    ("usulan thn ini dikerjain thn ini jg atau thn depan?", "siklus.tahunan"),
    # siklus.pemeriksaan
    ("usulan kami diperiksa apa aja sama prov?", "siklus.pemeriksaan"),
    ("verifikasi administrasi sama verifikasi teknis bedanya apa?", "siklus.pemeriksaan"),
    ("prov ngecek kewenangan jg ya waktu meriksa usulan?", "siklus.pemeriksaan"),
    # siklus.rakor
    ("rakor kawasan permukiman itu acara apa? wajib hadir?", "siklus.rakor"),
    ("tanggal rakor tiap tahun sama ga?", "siklus.rakor"),
    ("rakor thn 2025 kemarin diadain di mana?", "siklus.rakor"),
    ("What is the Rakor for?", "siklus.rakor"),
    # siklus.rkpd_apbd
    ("setelah rakor usulan masuk ke mana? musrenbang dulu?", "siklus.rkpd_apbd"),
    (
        "usulan yg disetujui di rakor berarti pasti dapat dana APBD prov?",
        "siklus.rkpd_apbd",
    ),
    ("hubungan rakor sama RKPD apa", "siklus.rkpd_apbd"),
    # koordinasi.pokja_pkp
    ("pokja PKP di kabupaten itu tugasnya apa? dasar hukumnya?", "koordinasi.pokja_pkp"),
    ("pokja pkp itu forum koordinasi ya? siapa aja isinya", "koordinasi.pokja_pkp"),
    # disperkimtan.kontak
    ("alamat kantor disperkimtan prov dmn?", "disperkimtan.kontak"),
    ("disperkimtan kalteng ada website resminya ga?", "disperkimtan.kontak"),
    ("Where is the provincial Disperkimtan office?", "disperkimtan.kontak"),
    # bot.cara_pakai
    ("jam yg ditampilin bot ini WIB atau WITA?", "bot.cara_pakai"),
    (
        "kalau sy ketik jam pake WITA, bot ngerti ga? kan kami sering janjian sama orang kalsel",
        "bot.cara_pakai",
    ),
    # bot.usul
    (
        "pas ngisi /usul sinyal putus di tengah jalan, datanya ilang ga?",
        "bot.usul",
    ),
    ("di /usul bs lampirin PDF? maksimal brp file?", "bot.usul"),
    ("bs salin usulan tahun lalu biar ga ngetik ulang?", "bot.usul"),
    ("foto di /usul wajib? paling banyak brp foto?", "bot.usul"),
    # bot.status
    ("What does the status 'perlu perbaikan' mean?", "bot.status"),
    ("bedanya status diajukan sama verifikasi apa?", "bot.status"),
    ("kalau statusnya dibahas di rakor berarti udh disetujui?", "bot.status"),
    # bot.ditolak_dialihkan
    ("usulan sy ditolak, bs diajukan ulang ga?", "bot.ditolak_dialihkan"),
    (
        "usulan kami statusnya dialihkan ke APBD kab. maksudnya apa? sy hrs ngapain?",
        "bot.ditolak_dialihkan",
    ),
    ("What does it mean when my proposal is 'dialihkan'?", "bot.ditolak_dialihkan"),
    # bot.tindak_lanjut
    ("brp hari kerja standar usulan diverifikasi?", "bot.tindak_lanjut"),
    ("standar LAPOR! itu hubungannya apa sama usulan di bot?", "bot.tindak_lanjut"),
    # istilah.*
    ("perkim itu singkatan apa", "istilah.perkim"),
    ("disperkimtan kepanjangannya apa? kok ada 'tan'nya", "istilah.disperkimtan"),
    ("PSU singkatan dari apa ya", "istilah.psu"),
    ("jaling?", "istilah.jaling"),
    ("drainase lingkungan maksudnya apa", "istilah.drainase"),
    ("KR artinya?", "istilah.kr"),
    ("KS di tabel data kumuh itu apa", "istilah.ks"),
    ("kode KB di data kumuh maksudnya apa? bukan keluarga berencana kan", "istilah.kb"),
    ("SK kumuh itu apa sih", "istilah.skkumuh"),
    ("delineasi?", "istilah.delineasi"),
    ("RTLH kepanjangannya", "istilah.rtlh"),
    ("RLH itu apa", "istilah.rlh"),
    ("bedah rumah itu program apa", "istilah.bedahrumah"),
    ("BSPS apa ya", "istilah.bsps"),
    ("MBR singkatan dr?", "istilah.mbr"),
    ("rusunawa apa", "istilah.rusunawa"),
    ("rusus itu rumah apa?", "istilah.rusus"),
    ("huntara", "istilah.huntara"),
    ("huntap itu apa", "istilah.huntap"),
    ("KK di form usulan itu kartu keluarga atau kepala keluarga?", "istilah.kk"),
    ("jiwa maksudnya jumlah orang ya?", "istilah.jiwa"),
    ("1 ha itu brp m2?", "istilah.ha"),
    ("DED itu apa", "istilah.ded"),
    ("rab?", "istilah.rab"),
    ("What does RKS stand for?", "istilah.rks"),
    ("KAK sama TOR itu sama ga?", "istilah.kak"),
    ("site plan itu apa, sama dgn denah?", "istilah.siteplan"),
    ("RC dalam usulan maksudnya apa", "istilah.rc"),
    ("BAST apa", "istilah.bast"),
    ("hibah itu apa", "istilah.hibah"),
    ("BMD itu apa", "istilah.bmd"),
    ("What is BMN?", "istilah.bmn"),
    ("O&P artinya", "istilah.op"),
    ("SPM itu singkatan apa", "istilah.spm"),
    ("Pokja PKP kepanjangannya?", "istilah.pokjapkp"),
    ("pokja PPAS apa", "istilah.pokjappas"),
    ("AMPL singkatan apa", "istilah.pokjaampl"),
    ("RP3KP itu dokumen apa", "istilah.rp3kp"),
    ("RP2KPKP itu apa", "istilah.rp2kpkp"),
    ("What was the KOTAKU programme?", "istilah.kotaku"),
    ("DAK Tematik PPKT itu apa", "istilah.daktematikppkt"),
    ("APBN", "istilah.apbn"),
    ("APBD apa", "istilah.apbd"),
    ("apbdes itu dana desa ya?", "istilah.apbdes"),
    ("bankeu itu apa", "istilah.bankeu"),
    ("pokir dewan itu apa", "istilah.pokir"),
    ("musrenbang itu apa", "istilah.musrenbang"),
    ("RKPD singkatan", "istilah.rkpd"),
    ("renja itu apa", "istilah.renja"),
    ("renstra", "istilah.renstra"),
    ("RPJMD itu rencana brp tahun?", "istilah.rpjmd"),
    ("KUA-PPAS apa", "istilah.kuappas"),
    ("RKA itu", "istilah.rka"),
    ("DPA maksudnya", "istilah.dpa"),
    ("SIPD itu apa", "istilah.sipd"),
    ("bapperida itu sama dgn bappeda?", "istilah.bapperida"),
    ("OPD", "istilah.opd"),
    ("SKPD beda sama OPD?", "istilah.skpd"),
    ("SPAM di perkim itu apa? bukan spam email kan", "istilah.spam"),
    ("SPALD apa", "istilah.spald"),
    ("IPAL", "istilah.ipal"),
    ("what's a TPS3R?", "istilah.tps3r"),
    ("MCK kepanjangannya", "istilah.mck"),
    ("RTRW itu apa? bukan RT RW kan", "istilah.rtrw"),
    ("RDTR", "istilah.rdtr"),
    ("PBG itu pengganti IMB ya?", "istilah.pbg"),
    ("SLF apa", "istilah.slf"),
    ("SKBG kepanjangannya", "istilah.skbg"),
    ("SKT itu surat apa", "istilah.skt"),
    ("clean and clear artinya apa", "istilah.cleanandclear"),
    ("CSR", "istilah.csr"),
    ("rakor singkatan apa", "istilah.rakor"),
    ("LAPOR! itu aplikasi apa", "istilah.lapor"),
    ("WIB itu UTC+7 kan?", "istilah.wib"),
    ("backlog perumahan itu apa", "istilah.backlog"),
    ("PKP maksudnya apa? bukan pengusaha kena pajak kan", "istilah.pkp"),
    ("pengertian kumuh apa", "istilah.kumuh"),
    ("DAK", "istilah.dak"),
    ("rusun itu apa", "istilah.rusun"),
]

ROUND21_INTENTS: list[tuple[str, str]] = [
    ("usulan sy USL-2026-0012 gmn statusnya?", "status"),
    ("cek status usulan kami dong", "status"),
    ("usulan drainase yg sy kirim bulan lalu udh sampai mana?", "status"),
    ("Can you show the status of my proposals?", "status"),
    ("usulan kab kami ada yg udh diverifikasi blm?", "status"),
    ("liat daftar usulan sy", "status"),
    ("rakor berikutnya kpn dan dmn?", "meeting"),
    ("jadwal rapat koordinasi selanjutnya udh ada?", "meeting"),
    ("When is the next Rakor?", "meeting"),
    ("rapat berikutnya jam brp ya? tempatnya di aula disperkimtan lg?", "meeting"),
    ("ada undangan rapat dlm waktu dekat ga?", "meeting"),
    ("rakor 2027 tanggal brp", "meeting"),
    ("batas akhir kirim usulan kpn?", "deadline"),
    ("usulan thn anggaran 2027 ditutup tanggal brp?", "deadline"),
    ("What is the deadline for proposals this year?", "deadline"),
    ("masih bs kirim usulan ga? tenggatnya kpn", "deadline"),
    ("deadline usulan", "deadline"),
    ("sampai kapan usulan diterima prov?", "deadline"),
    ("halo", "greeting"),
    ("selamat pagi pak", "greeting"),
    ("makasih banyak infonya", "greeting"),
    ("bot ini bisa bantu apa aja?", "greeting"),
    ("help", "greeting"),
    ("Hi, what can you do?", "greeting"),
    ("gmn cara kirim usulan lewat bot ini?", "how_to_submit"),
    ("sy mau ngajuin usulan, mulainya dari mana?", "how_to_submit"),
    ("How do I submit a proposal here?", "how_to_submit"),
    ("cara input usulan di sini gmn", "how_to_submit"),
    ("mau usul jalan lingkungan, langkahnya apa di bot?", "how_to_submit"),
    ("kirim usulan baru", "how_to_submit"),
]

ROUND21_AREAS: list[tuple[str, str]] = [
    ("kumuh 9,5 ha kewenangan siapa?", "kabkota"),
    ("luas kawasan kumuh 95.000 m2, siapa yg nangani?", "kabkota"),
    ("kumuhnya kurang dari 10 ha, kira2 7 hektar. ke mana usulnya?", "kabkota"),
    ("A 9.99 hectares slum area, who handles it?", "kabkota"),
    ("kawasan kumuh 45.000 meter persegi di Baamang, prov bs?", "kabkota"),
    ("lokasi kumuh di bawah 10 ha, cuma 3,2 ha. urusan kab ya?", "kabkota"),
    ("kumuh 8,75 hektare di Kuala Kapuas siapa yg pegang", "kabkota"),
    ("kalau luasnya pas 10 ha, ke prov atau kab?", "provinsi"),
    ("tepat 10 hektar kumuhnya, kewenangan siapa?", "provinsi"),
    ("kawasan kumuh 12,5 ha di Pahandut", "provinsi"),
    ("luas delineasi 125.000 m² itu kewenangan siapa", "provinsi"),
    ("kumuh 14,99 ha masih prov?", "provinsi"),
    ("lebih dari 10 ha, tepatnya 11,2 ha. siapa yg nangani?", "provinsi"),
    ("slum area of 13.4 hectares, province or regency?", "provinsi"),
    ("kumuhnya 100.000 m2 pas, siapa yg berwenang", "provinsi"),
    ("kalau kumuh 14 hektare di Sampit gmn kewenangannya", "provinsi"),
    ("kumuh 10,01 ha bs diusulkan ke prov?", "provinsi"),
    ("luas kumuh tepat 15 ha, siapa?", "pusat"),
    ("150.000 meter persegi kawasan kumuh kewenangan siapa", "pusat"),
    ("lebih dari 15 ha, kira2 18 ha. masih bs ke prov?", "pusat"),
    ("di atas 15 hektar, 21 ha di Kec. Selat, ke mana?", "pusat"),
    ("kumuh 32,5 ha siapa yg tangani", "pusat"),
    ("SK kumuh kotim 75,87 ha, itu kewenangan siapa ya", "pusat"),
    ("slum area of 15.5 hectares, who is responsible?", "pusat"),
    ("kawasan kumuh 160.000 m², prov atau pusat?", "pusat"),
]

ROUND21_OUT_OF_SCOPE: list[str] = [
    "cuaca palangka raya besok hujan ga?",
    "skor kalteng putra semalam brp?",
    "resep juhu singkah gmn?",
    "Is the ferry to Kuala Kapuas running today?",
    "pagu anggaran disperkimtan thn 2027 berapa?",
    "harga satuan paving block per m2 di kapuas brp?",
    "siapa pemenang tender drainase di Sampit thn 2026?",
    "no hp kabid kawasan permukiman brp?",
    "SIPD sy error 'sesi berakhir' terus, gmn benerinnya?",
    "lupa password SIPD, reset ke siapa?",
    "aturan penanganan kumuh di Kalsel gmn? beda ga sama kalteng?",
    "tebal beton jalan lingkungan minimal brp cm?",
    "ukuran U-ditch yg standar buat drainase lingkungan brp?",
    "gaji honorer dinas perkim brp sebulan?",
    "cara ngurus kenaikan pangkat PNS gmn?",
    "brp unit RTLH yg dapat bantuan di Katingan thn 2025?",
    "kapan pencairan termin proyek jalan lingkungan kami?",
    "kontraktor yg bagus buat drainase di pulpis siapa ya?",
    "harga rumah subsidi FLPP 2026 brp?",
    "kuota BSPS kabupaten Seruyan thn depan brp?",
    "How do I apply for a subsidised mortgage (KPR)?",
    "format SPJ perjalanan dinas ke rakor gmn?",
    "syarat PBG rumah tinggal 2 lantai apa aja?",
    "nilai kumuh kelurahan Ketapang thn 2024 brp?",
    "alokasi DAK PPKT buat Kapuas thn 2027 brp rupiah?",
    "Who won the 2026 neighbourhood road tender in Kapuas?",
    "standar ukuran kamar rusunawa brp meter?",
    "KDB di RDTR Palangka Raya brp persen?",
]
