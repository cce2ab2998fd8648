"""Training table Q1 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Style: half conditional or exception questions ("kalau ... tapi ..., tetap ...?",
"selain ... apa lagi", "yang TIDAK boleh ...", edge cases of a rule); half correct
themselves mid-message ("eh maksud saya ...", "ralat, bukan ... tapi ..."), the real
question being the corrected one. About one in eight in English.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_Q1_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "Yang TIDAK termasuk tugas Disperkimtan provinsi di bidang perkim itu apa saja, "
        "secara garis besar? Biar kami tidak salah alamat usul.",
        "kewenangan.ringkasan",
    ),
    (
        "Mau tanya soal rusunawa... eh bukan, maksud saya secara umum dulu: pembagian tugas "
        "pusat, provinsi dan kab/kota di perumahan dan kawasan permukiman itu bagaimana?",
        "kewenangan.ringkasan",
    ),
    (
        "Quick one about DAK, sorry, scratch that. I meant: who does what in housing and "
        "settlements, the centre, the province and the regencies?",
        "kewenangan.ringkasan",
    ),
    (
        "Kalau ada pekerjaan perkim yang tidak jelas milik siapa, rujukan pembagian urusannya "
        "di mana dan ringkasnya siapa pegang apa?",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "Kalau APBD kami lagi seret, perkim tetap harus dianggarkan karena urusan wajib, "
        "atau boleh ditunda seperti urusan pilihan?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Perkim itu urusan pilihan ya? eh ralat, saya baca urusan wajib. Wajib yang "
        "pelayanan dasar atau yang non pelayanan dasar?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Pasal berapa di UU 23/2014 yang menyebut perumahan rakyat sebagai urusan wajib? "
        "Tadi saya tulis UU 32, salah ketik.",
        "kewenangan.urusan_wajib",
    ),
    (
        "If housing is a concurrent affair shared with the centre, is it still a mandatory "
        "basic-service affair or an optional one?",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "Kalau luas kumuhnya persis 10 ha pas, masuk kabupaten atau sudah provinsi?",
        "kewenangan.kumuh",
    ),
    (
        "Selain yang 10 sampai di bawah 15 ha, ada luasan kumuh lain yang boleh ditangani "
        "provinsi?",
        "kewenangan.kumuh",
    ),
    (
        "Pembagian kewenangan kumuh menurut luasnya gimana ya? eh maksud saya bunyi persis "
        "di lampiran UU 23/2014, bukan versi berita.",
        "kewenangan.kumuh",
    ),
    (
        "Pak, kumuh 5 sampai 10 ha itu punya kabupaten kan? ralat, saya dengar batasnya cuma "
        "'di bawah 10 ha'. Tolong jelaskan pembagian per luasan yang benar.",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "Kalau kawasan kumuhnya 15 ha lebih tapi pemkab mau menangani sendiri, boleh? "
        "Atau tetap harus pusat?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Kumuh di atas 20 ha... eh maksud saya mulai 15 ha ke atas, itu tanggung jawab siapa "
        "dan apa dasarnya?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "For slum areas of 15 ha or more, does the province keep any role at all, "
        "or is it purely the central government's?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Tadi saya tulis 'di atas 15 ha', ralat: yang persis 15 ha juga ikut pusat atau "
        "masih provinsi?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    (
        "Kalau kawasan belum kumuh tapi mulai padat, kegiatan pencegahannya bisa minta dana "
        "provinsi atau murni tugas kabupaten?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Kalau lokasi pencegahan kumuhnya di desa perbatasan dua kabupaten, tetap kab/kota "
        "yang pegang atau jadi naik ke provinsi?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Peningkatan kualitas kumuh... eh salah, yang saya maksud pencegahan kumuh: siapa "
        "yang berwenang?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Who handles slum upgrading, sorry, I meant slum prevention, stopping new slums "
        "from forming. Province or regency?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "Selain rumah korban bencana dan relokasi, provinsi punya kewenangan apa lagi di "
        "sub-urusan perumahan?",
        "kewenangan.perumahan",
    ),
    (
        "Sub-urusan kawasan permukiman... ralat, sub-urusan perumahan maksud saya. Isinya "
        "per tingkatan pemerintahan apa saja?",
        "kewenangan.perumahan",
    ),
    (
        "Di sub-urusan perumahan, yang TIDAK boleh dikerjakan provinsi apa saja?",
        "kewenangan.perumahan",
    ),
    (
        "Kewenangan di bidang rumah untuk provinsi... eh tadi salah tulis, yang saya perlukan "
        "daftar untuk kabupaten/kota. Apa saja?",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "Kalau warga MBR di kota kami butuh rumah, provinsi bisa bangunkan atau itu urusan pusat?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Pembangunan rusunawa untuk mahasiswa, eh bukan, untuk pekerja berpenghasilan rendah, "
        "itu kewenangan siapa?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Does the regency have any say in housing finance for low-income households (MBR), "
        "or is that entirely the centre's job?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Sistem pembiayaan perumahan... maksud saya KPR subsidi untuk MBR, itu diatur pusat "
        "ya? Provinsi ada peran tidak?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "Kalau banjir di Katingan statusnya bencana kabupaten tapi rumah warga rusak berat, "
        "provinsi tetap bisa bantu bangun?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Bagaimana kalau tingkat bencananya belum ditetapkan, siapa yang menyediakan rumah "
        "untuk korbannya?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Warga yang direlokasi program jalan... ralat, program Pemprov untuk penataan bantaran "
        "sungai. Rumah penggantinya siapa yang memfasilitasi?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Housing for victims of a national disaster, sorry, I meant a provincial-scale "
        "disaster: is that the province's responsibility?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "Kalau pengembang di Sampit minta izin pembangunan perumahan, bisa langsung ke "
        "provinsi atau harus lewat kabupaten?",
        "kewenangan.izin",
    ),
    (
        "SKBG itu diterbitkan provinsi ya? eh maaf, maksud saya untuk rusun di kota: siapa "
        "yang menerbitkan SKBG-nya?",
        "kewenangan.izin",
    ),
    (
        "Selain izin perumahan, izin pembangunan dan pengembangan kawasan permukiman juga "
        "di kabupaten? Ada yang ke provinsi?",
        "kewenangan.izin",
    ),
    (
        "Which level issues housing development permits, and does that change for very "
        "large estates?",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "Sub-urusan perumahan sudah jelas, ralat, yang saya tanyakan sub-urusan kawasan "
        "permukiman: isinya apa saja untuk pusat, provinsi dan kabupaten?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Selain penataan kumuh 10 sampai di bawah 15 ha, provinsi punya tugas apa lagi di "
        "sub-urusan kawasan permukiman?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Penetapan sistem kawasan permukiman itu tidak bisa dilakukan provinsi ya? Siapa "
        "yang memegang?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Under the settlement-areas sub-affair, no wait, I mean specifically: what do the "
        "regencies do there besides small slums?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "Kalau jalan rusak di dalam kompleks yang dibangun developer, bisa usul PSU ke "
        "provinsi atau tetap kabupaten?",
        "kewenangan.psu",
    ),
    (
        "PSU perumahan itu provinsi ya? eh kebalik mungkin. Mana yang provinsi, PSU perumahan "
        "atau PSU permukiman?",
        "kewenangan.psu",
    ),
    (
        "Bagaimana kalau lokasinya kampung lama warga, bukan kompleks developer, itu dihitung "
        "PSU perumahan atau PSU permukiman?",
        "kewenangan.psu",
    ),
    (
        "Saya tadi tulis PSU kawasan industri, salah ketik, maksudnya PSU kawasan permukiman: "
        "kewenangannya di tingkat apa?",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "Kalau kami usulkan drainase di pinggir jalan kabupaten, provinsi tetap bisa bangun "
        "lewat program PSU?",
        "psu.lingkup_provinsi",
    ),
    (
        "Selain jalan lingkungan dan drainase, PSU apa lagi yang dikerjakan Disperkimtan? "
        "Lampu jalan atau MCK bisa?",
        "psu.lingkup_provinsi",
    ),
    (
        "PSU provinsi untuk perkotaan saja ya? eh ralat, yang mau saya pastikan: desa di "
        "Mantangai juga bisa dapat jalan lingkungan dari provinsi?",
        "psu.lingkup_provinsi",
    ),
    (
        "Will Disperkimtan build neighbourhood drains on land that is a regency asset rather "
        "than a provincial one?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "Kalau konsultan perencana kami tingkat kemampuannya menengah, sertifikasinya masih "
        "di kabupaten atau harus ke provinsi?",
        "kewenangan.sertifikasi",
    ),
    (
        "Registrasi kontraktor... maaf, bukan kontraktor, maksud saya perancang rumah dan "
        "perencana PSU. Yang kemampuan kecil siapa yang sertifikasi?",
        "kewenangan.sertifikasi",
    ),
    (
        "Selain kab/kota yang pegang tingkat kecil, sertifikasi perencana tingkat besar itu "
        "dipegang siapa?",
        "kewenangan.sertifikasi",
    ),
    (
        "Certification of house designers, or rather registration of PSU planners: which "
        "level handles which capability tier?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        "Selain rumah untuk korban bencana, SPM perumahan provinsi mencakup layanan apa lagi? "
        "Targetnya berapa?",
        "kewenangan.spm",
    ),
    (
        "SPM air minum... eh bukan, SPM perumahan rakyat maksud saya. Dasar hukumnya PP dan "
        "Permen yang mana?",
        "kewenangan.spm",
    ),
    (
        "Kalau jenis layanannya kelihatan sama, bedanya SPM perumahan provinsi dan kabupaten "
        "itu di mana?",
        "kewenangan.spm",
    ),
    (
        "Minimum service standard for housing, the regency one, not the provincial one I "
        "asked about yesterday: what services does it cover?",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "Kalau luas desanya 40 ha tapi yang masuk SK kumuh cuma 12 ha, yang dipakai untuk "
        "menentukan kewenangan yang mana?",
        "kumuh.luas_delineasi",
    ),
    (
        "Bagaimana kalau hasil ukur lapangan kami beda dengan luas di SK kumuh, mana yang "
        "dihitung?",
        "kumuh.luas_delineasi",
    ),
    (
        "Luas kelurahan... ralat, luas delineasi. Maksud saya acuan kewenangan itu luas "
        "kawasan di SK atau luas wilayah administratifnya?",
        "kumuh.luas_delineasi",
    ),
    (
        "If one slum location in the decree spans Pahandut and Panarung, do we count the "
        "whole delineated area or each kelurahan's part for the size rule?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    (
        "Kalau SK kumuh kami sudah 6 tahun belum direvisi, masih berlaku atau wajib ditinjau "
        "ulang?",
        "kumuh.penetapan",
    ),
    (
        "Selain tabel daftar lokasi, penetapan lokasi kumuh harus dilampiri apa lagi?",
        "kumuh.penetapan",
    ),
    (
        "SK kumuh ditetapkan Gubernur ya? eh maaf, maksud saya untuk kabupaten di Kalteng: "
        "yang berwenang menetapkan siapa?",
        "kumuh.penetapan",
    ),
    (
        "Who signs the slum decree, I mean for a city like Palangka Raya: the mayor or "
        "someone at the province?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    (
        "Selain kondisi bangunan dan jalan lingkungan, aspek kriteria kumuh apa lagi yang dinilai?",
        "kumuh.aspek",
    ),
    (
        "Kriteria kumuh ada 19 ya? eh ralat, di Permen PUPR 14/2018 itu berapa aspek dan "
        "berapa kriteria?",
        "kumuh.aspek",
    ),
    (
        "Kalau kawasannya tidak punya hidran dan alat pemadam sama sekali, itu masuk aspek "
        "kumuh yang mana?",
        "kumuh.aspek",
    ),
    (
        "Aspek air limbah dan persampahan sudah saya catat... maksud saya, tolong sebutkan "
        "tujuh aspeknya lengkap.",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    (
        "Kalau total skor kumuh lokasi kami 62, sudah masuk kumuh berat?",
        "kumuh.penilaian",
    ),
    (
        "Bagaimana kalau satu kriteria hanya mengenai 20% lokasi, nilainya 0 atau 1?",
        "kumuh.penilaian",
    ),
    (
        "Skor maksimal kumuh itu 100 ya? ralat, saya lihat 80. Jadi kumuh berat mulai dari "
        "angka berapa?",
        "kumuh.penilaian",
    ),
    (
        "How are the slum criteria scored, sorry, specifically the 0/1/3/5 scale: what "
        "does each step mean?",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    (
        "Kalau skornya 38 pas, masuk kumuh sedang atau masih ringan?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Bagaimana kalau nilainya di bawah 16, masih disebut kumuh ringan atau sudah tidak kumuh?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Rentang kumuh berat sudah tahu, eh yang saya butuhkan rentang sedang dan ringan. "
        "Berapa sampai berapa?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Nilai 45 itu KR ya? maaf salah, mau tanya: nilai 45 itu masuk kumuh sedang?",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        "Kalau kumuhnya ringan tapi lahannya ilegal, tetap pemugaran atau harus pemukiman kembali?",
        "kumuh.pola_penanganan",
    ),
    (
        "Selain pemugaran dan peremajaan, pola penanganan kumuh apa lagi?",
        "kumuh.pola_penanganan",
    ),
    (
        "Peremajaan itu menata sebagian ya? eh kebalik, yang sebagian itu pemugaran? Tolong "
        "jelaskan bedanya.",
        "kumuh.pola_penanganan",
    ),
    (
        "Resettlement, I mean pemukiman kembali: when is that chosen instead of upgrading "
        "the area in place?",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    (
        "Selain Kapuas yang paling banyak, kabupaten mana yang lokasi kumuhnya paling sedikit?",
        "kumuh.kalteng",
    ),
    (
        "Jumlah kumuh di Kobar berapa... ralat, yang saya perlukan total se-Kalteng: berapa "
        "lokasi dan berapa hektare?",
        "kumuh.kalteng",
    ),
    (
        "Kalau angka kumuh Kalteng itu dari sekitar 2020, sudah ada data yang lebih baru belum?",
        "kumuh.kalteng",
    ),
    (
        "Kumuh di Kalteng kebanyakan di kawasan pasar ya? eh maksud saya tipologinya: "
        "mayoritas di tepian sungai?",
        "kumuh.kalteng",
    ),
    # usulan.isi
    (
        "Kenapa usulan harus mencantumkan sektor segala, padahal kami cuma mau minta jalan "
        "lingkungan?",
        "usulan.isi",
    ),
    (
        "Formulir usulan itu... ralat, bukan tampilannya, tapi data apa saja yang harus ada "
        "dalam satu usulan dan gunanya untuk apa?",
        "usulan.isi",
    ),
    (
        "Kalau ada isian usulan yang datanya belum kami punya, isian mana yang benar-benar wajib?",
        "usulan.isi",
    ),
    (
        "Why does a proposal need a written justification if the photos already show the damage?",
        "usulan.isi",
    ),
    # usulan.jenis
    (
        "Selain kumuh dan PSU, jenis usulan apa lagi yang bisa diajukan ke provinsi?",
        "usulan.jenis",
    ),
    (
        "Kalau kegiatannya tidak cocok dengan jenis yang ada, misalnya penerangan jalan, "
        "dipilih jenis apa?",
        "usulan.jenis",
    ),
    (
        "Jenis usulan 'rumah' itu untuk RTLH ya? eh bukan, RTLH ada sendiri. Jadi jenis "
        "'rumah' itu untuk apa?",
        "usulan.jenis",
    ),
    (
        "Tadi saya tanya jenis dana, salah. Yang saya maksud jenis usulan kegiatan yang "
        "bisa diajukan apa saja?",
        "usulan.jenis",
    ),
    # usulan.lokasi
    (
        "Kalau lokasinya mencakup dua desa bersebelahan, data lokasinya diisi satu desa "
        "saja atau bagaimana?",
        "usulan.lokasi",
    ),
    (
        "Is the GPS point mandatory? What if there is no signal at all at the site in "
        "Seruyan Hulu?",
        "usulan.lokasi",
    ),
    (
        "Nama lokasi diisi nama jalan... ralat, nama lokasi itu harus sama persis dengan "
        "nama di SK kumuh ya?",
        "usulan.lokasi",
    ),
    (
        "Kecamatan dan desa saja cukup? eh maksud saya, data lokasi lengkapnya apa saja "
        "yang harus diisi untuk lokasi usulan?",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    (
        "Kalau jumlah jiwa belum pasti, boleh diisi sama dengan jumlah KK dulu?",
        "usulan.penerima_biaya",
    ),
    (
        "Bagaimana kalau sumber dananya gabungan APBD provinsi dan APBD kabupaten, pilihan "
        "sumber dananya yang mana?",
        "usulan.penerima_biaya",
    ),
    (
        "Biaya diisi per meter... ralat, maksudnya total estimasi biaya dalam rupiah ya? "
        "Penerima manfaat dihitung KK atau jiwa?",
        "usulan.penerima_biaya",
    ),
    (
        "Beneficiaries are counted in households, sorry, also in people? Which figures and "
        "which funding source do I have to give?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    (
        "Selain dokumen teknis, kesiapan apa lagi yang dinilai dari usulan? Surat Bupati, "
        "kesepakatan warga?",
        "usulan.kesiapan",
    ),
    (
        "Untuk usulan PSU, dokumen kesiapan minimal apa saja yang harus dilengkapi?",
        "usulan.kesiapan",
    ),
    (
        "Readiness criteria DAK... eh bukan DAK, maksud saya kriteria kesiapan usulan ke "
        "provinsi: apa saja isinya?",
        "usulan.kesiapan",
    ),
    (
        "Bagaimana kalau dokumen kesiapan belum lengkap waktu usul, langsung ditolak atau "
        "masih bisa menyusul?",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    (
        "Kalau lahannya milik desa tapi belum bersertifikat, masih dianggap clean and clear?",
        "usulan.lahan",
    ),
    (
        "Bagaimana kalau lahannya masih sengketa dengan perusahaan sawit, usulan tetap "
        "bisa diajukan?",
        "usulan.lahan",
    ),
    (
        "Arti clean and clear sudah tahu, eh yang saya tanyakan: status lahan apa saja "
        "yang diterima untuk usulan ke provinsi?",
        "usulan.lahan",
    ),
    (
        "If the land is certified and undisputed but doesn't match the RTRW, does it still "
        "count as ready for a proposal?",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    (
        "Kalau lokasi kumuh kami belum tercantum di SK kumuh, usulannya tetap bisa diajukan?",
        "usulan.sk_kumuh",
    ),
    (
        "SK kumuh kami terbit 2019, masih bisa dipakai untuk usulan tahun ini atau sudah "
        "terlalu tua?",
        "usulan.sk_kumuh",
    ),
    (
        "Untuk usulan PSU perlu SK kumuh... eh bukan PSU, usulan kumuh maksud saya: data SK "
        "apa saja yang diminta?",
        "usulan.sk_kumuh",
    ),
    (
        "Nomor SK diisi nomor Perda... ralat, nomor SK Bupati tentang lokasi kumuh. "
        "Tanggalnya juga wajib diisi?",
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    (
        "Kalau DED belum ada, cukup RAB dan foto saja untuk usulan?",
        "usulan.dokumen_teknis",
    ),
    (
        "Selain DED dan RAB, dokumen teknis apa lagi yang perlu dilampirkan?",
        "usulan.dokumen_teknis",
    ),
    (
        "Foto lokasi boleh menyusul... eh maksud saya, foto kondisi eksisting itu wajib "
        "atau opsional, dan berapa banyak?",
        "usulan.dokumen_teknis",
    ),
    (
        "Do we upload the RKS, sorry, the site plan, as a PDF together with the proposal?",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        "Kalau pemkab belum siap anggaran pemeliharaan, tetap wajib menandatangani surat "
        "pernyataan O&P?",
        "usulan.surat_pernyataan",
    ),
    (
        "Surat pernyataan hibah ditandatangani Kabid... ralat, seharusnya yang tanda tangan "
        "siapa dan isinya apa?",
        "usulan.surat_pernyataan",
    ),
    (
        "Selain pernyataan siap menerima hibah, apa lagi yang harus dinyatakan dalam surat "
        "pernyataan itu?",
        "usulan.surat_pernyataan",
    ),
    (
        "Surat kesanggupan dana pendamping, eh bukan itu, surat pernyataan hibah dan O&P: "
        "fungsinya untuk apa?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    (
        "Kalau rumahnya sudah roboh total, masih bisa diusulkan RTLH atau dianggap bangun baru?",
        "usulan.rtlh",
    ),
    (
        "Bagaimana kalau tanahnya masih atas nama orang tua, belum ada SKT atas nama penerima?",
        "usulan.rtlh",
    ),
    (
        "Penerima RTLH ditetapkan SK Bupati ya? eh ralat, untuk program provinsi ditetapkan "
        "dengan SK siapa?",
        "usulan.rtlh",
    ),
    (
        "Can a family that rents its house get RTLH help from the province?",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "Kalau yang minta jalan lingkungan cuma satu-dua warga, bisa langsung ke Disperkimtan?",
        "usulan.psu_masyarakat",
    ),
    (
        "Warga mau usul drainase sendiri tanpa lewat dinas kabupaten, syaratnya apa?",
        "usulan.psu_masyarakat",
    ),
    (
        "Proposal dari kelompok tani... ralat, dari warga satu RT di Menteng untuk perbaikan "
        "jalan lingkungan: harus diketahui siapa saja?",
        "usulan.psu_masyarakat",
    ),
    (
        "Permintaan PSU dari masyarakat cukup tanda tangan RT, eh maksud saya apakah perlu "
        "juga diketahui Lurah dan Camat?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "Kalau jalan lingkungan yang dibangun provinsi rusak setahun kemudian, yang "
        "memperbaiki provinsi atau kabupaten?",
        "hibah.aset",
    ),
    (
        "Bagaimana kalau BAST belum ditandatangani, aset hasil pembangunan provinsi masih "
        "tercatat milik siapa?",
        "hibah.aset",
    ),
    (
        "Serah terima aset ke desa... ralat, ke pemkab: dokumen apa yang ditandatangani dan "
        "oleh siapa?",
        "hibah.aset",
    ),
    (
        "After the province builds drainage on our land, who owns it, sorry, who has to "
        "maintain it once it is handed over?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "Kalau usulan kumuh kami bukan kewenangan provinsi karena di bawah 10 ha, dananya "
        "bisa dicari ke mana saja?",
        "pendanaan.saluran_lain",
    ),
    (
        "Selain APBN, saluran dana apa lagi untuk kawasan kumuh 15 ha ke atas?",
        "pendanaan.saluran_lain",
    ),
    (
        "Usulan PSU perumahan kami ditolak, eh maksud saya belum diajukan karena tahu itu "
        "kewenangan kabupaten. Alternatif dananya apa?",
        "pendanaan.saluran_lain",
    ),
    (
        "Kalau kegiatannya bukan kewenangan provinsi, boleh tidak pakai CSR perusahaan atau "
        "APBDes?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        "Kalau usulan dikirim tahun ini, itu untuk anggaran tahun ini juga atau tahun depan?",
        "siklus.tahunan",
    ),
    (
        "Urutan siklus dimulai dari Musrenbang... eh bukan, dari penyusunan usulan sampai "
        "serah terima aset, tahapannya apa saja?",
        "siklus.tahunan",
    ),
    (
        "Bagaimana kalau kami terlambat ikut siklus tahun ini, usulannya harus menunggu "
        "siklus berikutnya?",
        "siklus.tahunan",
    ),
    (
        "Walk me through the yearly proposal cycle, I mean from the regency's side: what "
        "happens at each step?",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    (
        "Selain kelengkapan dokumen, provinsi memeriksa apa lagi dari usulan kami?",
        "siklus.pemeriksaan",
    ),
    (
        "Kalau lokasi usulan belum pernah disurvei, apakah provinsi turun cek lapangan?",
        "siklus.pemeriksaan",
    ),
    (
        "Verifikasi administrasi itu... maksud saya, tahap pemeriksaan usulan oleh provinsi "
        "itu apa saja urutannya?",
        "siklus.pemeriksaan",
    ),
    (
        "Bukan soal status usulan kami, ralat, saya mau tahu verifikasi teknis itu "
        "memeriksa apa: lahan, lokasi, kesiapan?",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    (
        "Kalau kabupaten tidak mengirim wakil ke Rakor, usulannya tetap dibahas?",
        "siklus.rakor",
    ),
    (
        "Rakor air minum dan sanitasi, eh bukan itu, Rakor bidang kawasan permukiman: "
        "isinya membahas apa dan siapa pesertanya?",
        "siklus.rakor",
    ),
    (
        "Rakor itu tanggalnya tetap tiap tahun atau berpindah-pindah? Dan tempatnya selalu "
        "di Palangka Raya?",
        "siklus.rakor",
    ),
    (
        "Is the Rakor just a ceremony, or are proposals actually reviewed there before the "
        "provincial Musrenbang?",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    (
        "Kalau usulan sudah disetujui di Rakor, berarti pasti masuk APBD provinsi?",
        "siklus.rkpd_apbd",
    ),
    (
        "Setelah Rakor langsung masuk DPA... ralat, setelah Rakor urutannya Musrenbang, "
        "RKPD, lalu APBD ya?",
        "siklus.rkpd_apbd",
    ),
    (
        "Bagaimana kalau usulan kami tidak masuk RKPD, masih ada peluang di tahap APBD?",
        "siklus.rkpd_apbd",
    ),
    (
        "Pokir DPRD... eh maaf, bukan pokir. Hubungan Rakor dengan Musrenbang provinsi dan "
        "RKPD itu bagaimana?",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    (
        "Kalau kabupaten sudah punya Pokja PPAS, masih perlu membentuk Pokja PKP tersendiri?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Pokja AMPL... ralat, Pokja PKP: dasar hukum pembentukannya apa dan tugasnya apa?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Selain dinas perkim, siapa saja yang biasanya duduk di Pokja PKP kabupaten?",
        "koordinasi.pokja_pkp",
    ),
    (
        "What does the housing working group, the Pokja PKP, not the Forum PKP, actually do?",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    (
        "Alamat kantor Disperkimtan provinsi di Jalan Tjilik Riwut ya? eh mungkin salah, "
        "alamat yang benar di mana?",
        "disperkimtan.kontak",
    ),
    (
        "Kalau mau konsultasi langsung tanpa lewat bot, datang ke kantor dinas provinsi yang mana?",
        "disperkimtan.kontak",
    ),
    (
        "Selain perumahan dan kawasan permukiman, Disperkimtan provinsi juga mengurus apa lagi?",
        "disperkimtan.kontak",
    ),
    (
        "What's the provincial housing agency's website? Sorry, its full official name "
        "first, please.",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    (
        "Jam yang muncul di bot ini pakai WIB atau WITA? Soalnya rekan di Kalsel biasa pakai WITA.",
        "bot.cara_pakai",
    ),
    (
        "Perintah /usul... eh bukan itu, perintah untuk melihat daftar usulan kabupaten "
        "saya apa namanya?",
        "bot.cara_pakai",
    ),
    (
        "Kalau ada rekan yang lebih nyaman pakai bahasa Inggris, bot ini bisa diganti bahasanya?",
        "bot.cara_pakai",
    ),
    (
        "Which commands does it have... sorry, I mean: how do I cancel a command halfway "
        "in this bot?",
        "bot.cara_pakai",
    ),
    # bot.usul
    (
        "Kalau mengisi /usul terputus karena sinyal hilang, isiannya hilang atau tersimpan "
        "sebagai draf?",
        "bot.usul",
    ),
    (
        "Bisa tidak menyalin usulan tahun lalu lewat /usul supaya tidak isi ulang dari awal?",
        "bot.usul",
    ),
    (
        "Lampiran PDF di /usul maksimal 10... ralat, yang maksimal 10 itu foto ya? PDF-nya berapa?",
        "bot.usul",
    ),
    (
        "Mau kirim usulan lewat WA, eh maksud saya lewat bot ini: setelah ketik /usul "
        "langkah-langkahnya apa saja?",
        "bot.usul",
    ),
    # bot.status
    (
        "Kalau status usulan 'perlu perbaikan', saya harus buat usulan baru atau cukup "
        "memperbaiki yang lama?",
        "bot.status",
    ),
    (
        "Status 'diverifikasi', eh yang tertulis 'verifikasi', itu artinya sudah disetujui "
        "atau masih diperiksa?",
        "bot.status",
    ),
    (
        "Kalau sudah 'disetujui' lalu ketahuan ada data salah, statusnya bisa diubah lagi?",
        "bot.status",
    ),
    (
        "What does 'dibatalkan' mean, wait, I meant 'dibahas di Rakor'. Is that a final status?",
        "bot.status",
    ),
    # bot.ditolak_dialihkan
    (
        "Kalau usulan kami ditolak karena bukan kewenangan provinsi, bisa diajukan ulang?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Usulan kami dialihkan ke DAK, terus kami harus apa? Apakah usulannya otomatis "
        "dikirim ke pusat?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Usulan kami ditolak, eh bukan ditolak, dialihkan. Bedanya apa dan langkah "
        "selanjutnya apa?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Alasan penolakan biasanya soal dana ya? ralat, yang mau saya tahu: alasan umum "
        "usulan ditolak itu apa saja?",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    (
        "Kalau sudah lewat 3 hari kerja usulan belum juga diperiksa, apa yang bisa kami lakukan?",
        "bot.tindak_lanjut",
    ),
    (
        "Standar tanggapan 5 hari... maksud saya yang 3 hari kerja, itu dihitung dari "
        "kapan dan apakah aturan resmi?",
        "bot.tindak_lanjut",
    ),
    (
        "Apakah hari Sabtu dan tanggal merah ikut dihitung dalam standar tindak lanjut usulan?",
        "bot.tindak_lanjut",
    ),
    (
        "Is the 3-working-day follow-up a binding rule for Disperkimtan or just the bot's "
        "own target?",
        "bot.tindak_lanjut",
    ),
    # bot.rapat
    (
        "Kalau saya berhalangan hadir rapat, bisa diwakilkan staf lain lewat bot?",
        "bot.rapat",
    ),
    (
        "Pengingat rapat dikirim kapan saja? Kalau tidak perlu, bisa saya matikan?",
        "bot.rapat",
    ),
    (
        "Undangan rapat kemarin saya jawab 'tidak hadir', eh salah pencet. Bisa diganti "
        "jadi hadir?",
        "bot.rapat",
    ),
    (
        "Undangan rapatnya lewat email... ralat, lewat bot ini: konfirmasi kehadirannya bagaimana?",
        "bot.rapat",
    ),
    # istilah.* (glossary: what a term means)
    (
        "RAB itu singkatan apa? eh ralat, yang muncul di daftar dokumen itu RKS, bukan RAB. "
        "RKS kepanjangannya apa?",
        "istilah.rks",
    ),
    (
        "DED itu apa sih? Kalau kami cuma punya gambar sketsa sederhana, itu sudah bisa "
        "disebut DED?",
        "istilah.ded",
    ),
    (
        "Kalau diminta TOR tapi kami punya KAK, itu dokumen yang sama? KAK singkatan apa?",
        "istilah.kak",
    ),
    (
        "Site plan, eh maksud saya rencana tapak, itu sama kan? Artinya apa persisnya?",
        "istilah.siteplan",
    ),
    (
        "RC di checklist itu kepanjangan apa? Bukan reinforced concrete kan?",
        "istilah.rc",
    ),
    (
        "BAPP... ralat, BAST. Itu berita acara apa, kepanjangannya apa?",
        "istilah.bast",
    ),
    (
        "Hibah di sini artinya apa? Bukan hibah uang ke ormas kan, tapi yang soal aset?",
        "istilah.hibah",
    ),
    (
        "Tadi saya tulis BMN, salah, yang di surat itu BMD. Artinya apa?",
        "istilah.bmd",
    ),
    (
        "Kalau asetnya dibangun kementerian tapi letaknya di desa kami, itu disebut BMN? "
        "BMN itu singkatan apa?",
        "istilah.bmn",
    ),
    (
        "O&P itu apa ya? maksud saya yang di surat pernyataan, bukan OP operasi pasar.",
        "istilah.op",
    ),
    (
        "Pokja AMPL kepanjangannya apa? ralat, yang disebut di undangan itu Pokja PPAS. Itu apa?",
        "istilah.pokjappas",
    ),
    (
        "Selain air minum, Pokja AMPL itu mengurus apa lagi? Kepanjangannya apa?",
        "istilah.pokjaampl",
    ),
    (
        "RP3KP itu dokumen apa? Bukan sama dengan RP2KPKP kan?",
        "istilah.rp3kp",
    ),
    (
        "RP2KPKP kepanjangannya apa? tadi saya salah ketik RP2KP.",
        "istilah.rp2kpkp",
    ),
    (
        "KOTAKU itu program apa? Kalau programnya sudah selesai, istilahnya masih sering disebut?",
        "istilah.kotaku",
    ),
    (
        "DAK Tematik itu... eh yang lengkapnya DAK Tematik PPKT, PPKT-nya singkatan apa?",
        "istilah.daktematikppkt",
    ),
    (
        "APBD... ralat, APBDes. Itu anggaran milik siapa, kepanjangannya apa?",
        "istilah.apbdes",
    ),
    (
        "Bankeu itu apa? Kalau dari provinsi ke kabupaten, sama dengan hibah atau beda?",
        "istilah.bankeu",
    ),
    (
        "Kalau usulan lewat anggota DPRD, itu yang disebut pokir? Pokir singkatan apa?",
        "istilah.pokir",
    ),
    (
        "What's Musrenbang? Sorry, I know it's a planning meeting, but what does the "
        "acronym stand for?",
        "istilah.musrenbang",
    ),
    (
        "RKPD sama Renja itu sama? Kalau beda, RKPD itu apa?",
        "istilah.rkpd",
    ),
    (
        "Renstra... eh maksud saya Renja, itu singkatan apa?",
        "istilah.renja",
    ),
    (
        "KUA-PPAS itu kepanjangannya apa? Yang bagian PPAS-nya khususnya.",
        "istilah.kuappas",
    ),
    (
        "DPA di sini artinya apa? Bukan daftar pemilih kan?",
        "istilah.dpa",
    ),
    (
        "SIPD itu sistem apa? Kalau di kabupaten juga dipakai yang sama?",
        "istilah.sipd",
    ),
    (
        "Bapperida itu dulu Bappeda ya? Kepanjangannya sekarang apa?",
        "istilah.bapperida",
    ),
    (
        "OPD sama SKPD itu sama? SKPD itu singkatan apa?",
        "istilah.skpd",
    ),
    (
        "SPALD itu apa? tadi saya ketik SPAL, kurang huruf.",
        "istilah.spald",
    ),
    (
        "TPS3R itu apa, bedanya dengan TPS biasa?",
        "istilah.tps3r",
    ),
    (
        "RDTR itu apa? Bukan RTRW ya, yang versi detailnya.",
        "istilah.rdtr",
    ),
    (
        "PBG itu pengganti IMB ya? Kepanjangannya apa?",
        "istilah.pbg",
    ),
    (
        "Kalau cuma punya segel tanah dari kepala desa, itu termasuk SKT? SKT itu apa?",
        "istilah.skt",
    ),
    (
        "C&C... maksud saya clean and clear di status lahan, itu artinya apa?",
        "istilah.cleanandclear",
    ),
    (
        "LAPOR! itu apa, yang pakai tanda seru itu? eh maksud saya yang disebut di standar "
        "tindak lanjut.",
        "istilah.lapor",
    ),
    (
        "WIB itu UTC plus berapa? Kalteng masih WIB kan, bukan WITA?",
        "istilah.wib",
    ),
    (
        "Backlog perumahan itu artinya apa? eh bukan backlog pekerjaan, backlog rumah.",
        "istilah.backlog",
    ),
    (
        "KR, KS, KB di tabel SK kumuh itu apa? eh yang KB saja, pasti bukan keluarga "
        "berencana kan?",
        "istilah.kb",
    ),
    (
        "KS itu kumuh sedang ya? Kalau di tabel lain, KS bisa berarti lain?",
        "istilah.ks",
    ),
    (
        "Delineasi itu apa? Maksudnya garis batas lokasi atau bukan?",
        "istilah.delineasi",
    ),
    (
        "Bedah rumah itu istilah resmi atau cuma sebutan? Artinya apa?",
        "istilah.bedahrumah",
    ),
    (
        "Rusus itu apa? Bukan salah ketik rusun kan?",
        "istilah.rusus",
    ),
    (
        "What's a huntap, sorry, huntap not huntara: is that the permanent housing after a "
        "disaster?",
        "istilah.huntap",
    ),
    (
        "Jaling itu jalan lingkungan atau jalan lingkar?",
        "istilah.jaling",
    ),
]
