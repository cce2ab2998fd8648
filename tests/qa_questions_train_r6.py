"""Training table R6 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Style: the officer asks because of a document or a task at hand (a Renja, RKPD, DPA, TOR/KAK,
a proposal letter, a Rakor report, a reply to an auditor, a letter to the Bupati); an
auditor's or legal officer's framing citing a half-remembered regulation; hypotheticals;
formal consultant English with Indonesian terms left in. Four questions per non-glossary
topic and 43 glossary questions.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

# Training table R6: officers asking because of a document or task at hand (Renja, RKPD,
# DPA, TOR/KAK, proposal letters, Rakor reports, replies to auditors, letters to the Bupati),
# auditor/legal framings citing (sometimes wrongly) a regulation, hypotheticals, and formal
# English from consultants. Labels are topic ids from the topic list (istilah.* = glossary).

TRAIN_R6_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "Lagi nyusun bab kewenangan di Renstra dinas. Bisa minta ringkasan pembagian urusan "
        "perkim antara pusat, provinsi dan kab/kota menurut UU 23/2014?",
        "kewenangan.ringkasan",
    ),
    (
        "For the inception report I need a one-paragraph overview of which level of "
        "government does what in housing and settlements. Could you summarise it?",
        "kewenangan.ringkasan",
    ),
    ("pembagian kewenangan PKP pusat-prov-kab gmn sih garis besarnya", "kewenangan.ringkasan"),
    (
        "Inspektorat minta kami jelaskan pembagian urusan perumahan antar tingkat "
        "pemerintahan, katanya ada di Lampiran huruf C UU 23/2014. Benar huruf C? "
        "Isinya singkatnya apa aja?",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "Di draf RKPD kami perkim masih ditulis sbg urusan pilihan. Bukannya itu urusan "
        "wajib pelayanan dasar ya? pasal brp?",
        "kewenangan.urusan_wajib",
    ),
    (
        "BPK nanya kenapa belanja perumahan kami dikelompokkan ke pelayanan dasar. "
        "Dasarnya Pasal 12 ayat (2) UU 23/2014 kan?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Under Law 23/2014, is housing and settlements a mandatory affair or an optional one? "
        "I need to state it correctly in the TOR.",
        "kewenangan.urusan_wajib",
    ),
    (
        "perumahan rakyat & kawasan permukiman itu wajib pelayanan dasar atau wajib non "
        "pelayanan dasar?",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "Skenarionya begini: delineasi kawasan kumuh di Kel. Baamang Hulu 12,4 ha. Nanti "
        "yang menangani kabupaten atau provinsi?",
        "kewenangan.kumuh",
    ),
    (
        "Di surat ke Bupati saya mau tulis 'kumuh 10-15 ha kewenangan provinsi'. Kalau "
        "luasnya pas 10 ha, itu masuk prov atau masih kab?",
        "kewenangan.kumuh",
    ),
    ("kumuh 8 ha di Pulpis siapa yg nanganin", "kewenangan.kumuh"),
    (
        "As the consultant drafting a slum-upgrading concept note, I need the split of "
        "responsibility by size: which level handles slums under 10 ha, and which the "
        "10 to 15 ha band? Would 14.9 ha still be provincial?",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "Kawasan kumuh Selat Hulu di SK kami 132 ha. Itu kewenangan pusat kan? Dasar "
        "hukumnya apa, buat jawaban ke Bupati",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Andaikan luas delineasinya pas 15,0 ha, masih provinsi atau sudah pusat?",
        "kewenangan.kumuh_pusat",
    ),
    ("kumuh lebih dr 15 ha itu urusan kementerian ya?", "kewenangan.kumuh_pusat"),
    (
        "For a 40-hectare slum area, which level of government holds the mandate? The "
        "client assumes it is the province.",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    (
        "Di Renja kami ada kegiatan pencegahan permukiman kumuh. Bisa minta dukungan "
        "provinsi atau itu murni kewenangan kabupaten?",
        "kewenangan.pencegahan_kumuh",
    ),
    ("Pencegahan tumbuhnya kumuh baru itu kewenangan level mana?", "kewenangan.pencegahan_kumuh"),
    (
        "Inspektorat tanya kenapa sub kegiatan pencegahan kumuh ada di DPA kabupaten dan "
        "bukan di provinsi. Jawabnya gmn?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Does the province have any role in slum prevention, or is prevention entirely a "
        "regency/city function?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    ("Sub urusan perumahan, apa aja yg jadi kewenangan provinsi?", "kewenangan.perumahan"),
    (
        "Lagi isi matriks kewenangan di Renstra: kab/kota di sub-urusan perumahan pegang apa saja?",
        "kewenangan.perumahan",
    ),
    (
        "Could you list the provincial and regency functions under the housing sub-affair "
        "(sub-urusan perumahan) of Lampiran D?",
        "kewenangan.perumahan",
    ),
    (
        "provinsi di bidang perumahan itu sebenernya cuma urus korban bencana sama relokasi "
        "ya? gak ada yg lain?",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "Bupati minta kami usulkan pembangunan rumah utk MBR ke provinsi. Penyediaan rumah "
        "MBR itu sebenarnya tugas siapa?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Seandainya kami butuh rusun utk pekerja di Sampit, itu ranahnya pusat ya?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "pembiayaan perumahan bagi MBR (KPR subsidi dsb) urusan pusat, prov atau kab?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "What role does the central government play in housing, for instance low-income "
        "housing and rusun?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "Banjir di Katingan Hilir kemarin statusnya bencana kabupaten. Rehab rumah warga "
        "yg rusak itu tanggung jawab siapa?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Misal ada warga yg harus direlokasi krn proyek provinsi, penyediaan rumahnya "
        "difasilitasi siapa?",
        "kewenangan.bencana_relokasi",
    ),
    ("rumah korban bencana skala provinsi yg bangun siapa", "kewenangan.bencana_relokasi"),
    (
        "For post-disaster housing, how is responsibility divided between national, "
        "provincial and regency-level disasters?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "Pengembang nanya izin pembangunan perumahan ngurusnya ke provinsi atau kabupaten?",
        "kewenangan.izin",
    ),
    ("SKBG rusun yg terbitkan siapa?", "kewenangan.izin"),
    (
        "Di RKA kami ada sub kegiatan penerbitan izin pembangunan dan pengembangan kawasan "
        "permukiman. Auditor mempertanyakan apakah itu memang kewenangan kabupaten. "
        "Dasarnya apa?",
        "kewenangan.izin",
    ),
    (
        "Does the province issue any permits for housing estates or settlement areas, or "
        "is permitting left to the regency?",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "Sub-urusan kawasan permukiman isinya apa aja per tingkatan pemerintahan?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Di draf Renstra provinsi ada fungsi 'penyelenggaraan kawasan permukiman'. "
        "Maksudnya provinsi pegang apa saja di sub-urusan itu?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Who sets the national settlement system (sistem kawasan permukiman), and what does "
        "the regency do within that sub-affair?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "kewenangan kab/kota di sub urusan kawasan permukiman apa aja selain kumuh <10 ha?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    ("PSU perumahan vs PSU permukiman, bedanya apa dan siapa yg pegang?", "kewenangan.psu"),
    (
        "Ada perumahan subsidi di Jekan Raya yg jalannya rusak, pengembangnya udh gak "
        "jelas. Bisa minta provinsi perbaiki PSU-nya?",
        "kewenangan.psu",
    ),
    (
        "In the TOR I wrote that the province handles all PSU. Is that correct, or is PSU "
        "split between the province and the regency?",
        "kewenangan.psu",
    ),
    (
        "Auditor ngutip Permendagri 9/2009, bilangnya PSU itu semua urusan kab/kota. Terus "
        "kenapa provinsi punya kegiatan PSU? dasarnya apa?",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "PSU yg bisa dibangun Disperkimtan itu apa aja? jalan lingkungan sama drainase doang?",
        "psu.lingkup_provinsi",
    ),
    (
        "Misal kami usulkan peningkatan ruas jalan kabupaten Kuala Kurun-Tewah lewat "
        "program PSU provinsi, bisa diterima?",
        "psu.lingkup_provinsi",
    ),
    (
        "Kalau isinya lampu jalan, gapura sama taman, masih masuk PSU yg dikerjakan provinsi gak?",
        "psu.lingkup_provinsi",
    ),
    (
        "Does the provincial PSU programme also cover rural villages, or only urban "
        "settlements? And can it build on regency-owned land?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "Sertifikasi perancang rumah & perencana PSU kemampuan kecil itu kewenangan kab kan? "
        "yg menengah siapa?",
        "kewenangan.sertifikasi",
    ),
    (
        "Konsultan perencana kami nanya registrasi badan usaha perencana PSU itu ke mana, "
        "prov atau kab?",
        "kewenangan.sertifikasi",
    ),
    (
        "Which level certifies and registers house designers and PSU planners, by capability tier?",
        "kewenangan.sertifikasi",
    ),
    (
        "Di nomenklatur SIPD kab ada sub kegiatan sertifikasi dan registrasi perancang "
        "rumah. Provinsi punya padanannya gak?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        "Lagi nyusun laporan capaian SPM perumahan rakyat. Jenis pelayanan dasar provinsi "
        "apa aja dan targetnya brp persen?",
        "kewenangan.spm",
    ),
    (
        "SPM perumahan itu dasarnya PP 2/2018 Pasal 10 ya? mau dikutip di LKPJ",
        "kewenangan.spm",
    ),
    (
        "Does the housing SPM oblige us to build houses for all poor households, or only "
        "for disaster victims and people relocated by government programmes?",
        "kewenangan.spm",
    ),
    (
        "Inspektorat minta kami tunjukkan isi Permen PUPR 29/2018 Lampiran II yg berlaku "
        "utk kab/kota. Intinya apa?",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "Desa kami luasnya 300 ha tapi yg kumuh cuma sebagian. Buat nentuin kewenangan, "
        "yg dipakai luas desa atau luas kawasan kumuhnya?",
        "kumuh.luas_delineasi",
    ),
    (
        "SK kumuh lama bilang 8 ha (skala lingkungan), SK baru jadi 11 ha (skala kawasan). "
        "Utk usulan yg dipakai angka yg mana?",
        "kumuh.luas_delineasi",
    ),
    (
        "Which area figure determines authority: the whole kelurahan, the delineated slum "
        "location, or the footprint of the planned works?",
        "kumuh.luas_delineasi",
    ),
    (
        "andaikan ada 3 lokasi kumuh berdampingan masing2 4 ha, boleh dijumlah jadi 12 ha "
        "biar masuk provinsi?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    (
        "SK kumuh itu ditetapkan Bupati atau Gubernur? Pasal brp di Permen 14/2018?",
        "kumuh.penetapan",
    ),
    (
        "SK kumuh kami terbit 2018. Wajib direview berapa tahun sekali?",
        "kumuh.penetapan",
    ),
    (
        "Besides the list of locations, what must a slum designation decree contain?",
        "kumuh.penetapan",
    ),
    (
        "Bagian hukum tanya: bisa gak provinsi menetapkan sendiri lokasi kumuh 10-15 ha "
        "pakai SK Gubernur?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    (
        "Kriteria kumuh itu ada berapa aspek? mau dimasukin ke KAK identifikasi kumuh",
        "kumuh.aspek",
    ),
    (
        "Apakah akses air minum dan proteksi kebakaran termasuk yg dinilai dalam kriteria kumuh?",
        "kumuh.aspek",
    ),
    (
        "Please list the seven aspects used to assess slum conditions under Permen PUPR 14/2018.",
        "kumuh.aspek",
    ),
    ("16 kriteria kumuh itu rinciannya apa aja per aspek?", "kumuh.aspek"),
    # kumuh.penilaian
    ("skor total lokasi kami 64, masuk kategori apa?", "kumuh.penilaian"),
    (
        "Nilai maksimal penilaian kumuh berapa, dan mulai berapa disebut kumuh berat?",
        "kumuh.penilaian",
    ),
    (
        "How is each slum criterion scored, 0/1/3/5? And what share of the location "
        "triggers each score?",
        "kumuh.penilaian",
    ),
    (
        "Auditor mempertanyakan kategori kumuh berat di laporan kami; katanya batasnya "
        "nilai 71 ke atas. Itu masih berlaku?",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    ("skor 45 itu kumuh sedang atau ringan?", "kumuh.tingkat_sedang_ringan"),
    ("Rentang nilai kumuh ringan itu dari brp sampai brp?", "kumuh.tingkat_sedang_ringan"),
    (
        "What are the score bands for medium and light slums, and are they official?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Misal skor kekumuhannya cuma 12, itu masih kumuh ringan atau udh gak dianggap kumuh?",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        "Lokasi kumuh ringan di lahan legal, pola penanganannya pemugaran atau peremajaan?",
        "kumuh.pola_penanganan",
    ),
    (
        "Bedanya pemugaran, peremajaan sama pemukiman kembali apa? buat bab metodologi KAK",
        "kumuh.pola_penanganan",
    ),
    (
        "Seandainya permukiman kumuh di bantaran sungai itu lahannya ilegal, pola "
        "penanganannya apa?",
        "kumuh.pola_penanganan",
    ),
    (
        "For a heavy slum on legally held land, which handling pattern does the ministry "
        "guidance point to?",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    (
        "Utk latar belakang laporan Rakor, brp jumlah lokasi kumuh dan luas totalnya di Kalteng?",
        "kumuh.kalteng",
    ),
    ("Kabupaten mana yg lokasi kumuhnya paling banyak di Kalteng?", "kumuh.kalteng"),
    (
        "What are the headline slum figures for Central Kalimantan? I need them for the "
        "background chapter.",
        "kumuh.kalteng",
    ),
    ("Tahun 2024 provinsi sudah tangani kumuh di kab/kota mana aja?", "kumuh.kalteng"),
    # usulan.isi
    (
        "Usulan ke provinsi itu isinya apa aja sih? mau bikin format surat usulan yg baku",
        "usulan.isi",
    ),
    (
        "Kabid nanya kenapa di usulan harus diisi jumlah KK, jiwa, koordinat segala. "
        "Alasannya apa?",
        "usulan.isi",
    ),
    (
        "What information should a proposal to Disperkimtan contain, and why does the "
        "province ask for each item?",
        "usulan.isi",
    ),
    (
        "checklist isian usulan kegiatan perkim ke prov dong, biar gak bolak balik revisi",
        "usulan.isi",
    ),
    # usulan.jenis
    ("Jenis usulan apa aja yg bisa diajukan ke provinsi?", "usulan.jenis"),
    (
        "Selain kumuh dan PSU, boleh gak kami usul rumah korban bencana atau RTLH?",
        "usulan.jenis",
    ),
    ("Which proposal categories does the provincial channel accept?", "usulan.jenis"),
    (
        "kalau usulannya gak masuk kategori mana2, misal balai pertemuan warga, pilih jenis apa?",
        "usulan.jenis",
    ),
    # usulan.lokasi
    (
        "Data lokasi di usulan apa aja yg harus diisi? perlu titik koordinat juga?",
        "usulan.lokasi",
    ),
    (
        "Nama lokasi di usulan harus sama persis dgn yg tertulis di SK kumuh gak?",
        "usulan.lokasi",
    ),
    (
        "For the location section, do I need GPS coordinates, kecamatan, desa and whether "
        "the site is urban or rural?",
        "usulan.lokasi",
    ),
    (
        "Lokasi kegiatan lintas 2 kelurahan, Pahandut Seberang dan Tanjung Pinang. Di "
        "usulan ditulisnya gmn?",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    (
        "Penerima manfaat di usulan dihitung KK atau jiwa? atau dua-duanya?",
        "usulan.penerima_biaya",
    ),
    (
        "Sumber dana yg diusulkan boleh kombinasi APBD prov sama APBD kab gak?",
        "usulan.penerima_biaya",
    ),
    (
        "Should the proposal state the estimated cost and any regency co-funding?",
        "usulan.penerima_biaya",
    ),
    (
        "Di isian sumber dana ada APBD Prov, APBN, DAK, Bankeu, CSR... kalau kami belum "
        "tahu mau pilih yg mana?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    (
        "Bappeda minta checklist readiness criteria utk usulan PSU ke provinsi. Isinya apa aja?",
        "usulan.kesiapan",
    ),
    (
        "Dokumen kesiapan apa aja yg bikin usulan kami dinilai lebih siap? DED wajib?",
        "usulan.kesiapan",
    ),
    (
        "What readiness documents should accompany a PSU permukiman proposal to the province?",
        "usulan.kesiapan",
    ),
    (
        "Surat dari Bupati itu termasuk dokumen kesiapan usulan gak, atau cukup surat "
        "kepala dinas?",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    (
        "Lahan jalan lingkungan yg mau diusulkan masih tanah warga, belum dihibahkan. "
        "Tetap bisa diusulkan?",
        "usulan.lahan",
    ),
    (
        "Lahan dianggap clean and clear kalau baru ada SKT aja, cukup gak?",
        "usulan.lahan",
    ),
    (
        "The land for the proposed drainage is zoned as green space in the RTRW. Does that "
        "affect its clean-and-clear status?",
        "usulan.lahan",
    ),
    ("status lahan apa aja yg diterima di usulan? tanah desa boleh?", "usulan.lahan"),
    # usulan.sk_kumuh
    (
        "Usulan kumuh wajib lampirkan SK kumuh? SK kami terbitan 2019",
        "usulan.sk_kumuh",
    ),
    (
        "Lokasinya belum tercantum di SK kumuh tapi kondisinya parah. Tetap bisa diusulkan "
        "sbg usulan kumuh?",
        "usulan.sk_kumuh",
    ),
    (
        "For a slum proposal, which SK details do I have to enter: number, date, whether "
        "the location is listed?",
        "usulan.sk_kumuh",
    ),
    (
        "SK kumuh kami udh 6 tahun belum direvisi. Ngaruh gak ke penilaian usulan kumuh kami?",
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    (
        "DED sama RAB harus sudah ada waktu usul atau boleh nyusul setelah disetujui?",
        "usulan.dokumen_teknis",
    ),
    (
        "Foto kondisi eksisting perlu berapa lembar dan apa yg harus kelihatan di fotonya?",
        "usulan.dokumen_teknis",
    ),
    (
        "Is an RKS required alongside the DED and RAB, and does the province expect a "
        "site plan as well?",
        "usulan.dokumen_teknis",
    ),
    (
        "Site plan utk usulan jaling harus gambar teknis dari konsultan atau cukup sketsa?",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        "Apa isi surat pernyataan kesediaan menerima hibah dan O&P yg dilampirkan di usulan?",
        "usulan.surat_pernyataan",
    ),
    (
        "Kenapa provinsi minta surat pernyataan sanggup memelihara? Kan yg bangun provinsi.",
        "usulan.surat_pernyataan",
    ),
    (
        "Is a statement of willingness to accept the grant and to operate and maintain the "
        "asset required with the proposal?",
        "usulan.surat_pernyataan",
    ),
    (
        "surat pernyataan O&P cukup ditandatangani kadis atau harus Bupati?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    (
        "Usulan RTLH lewat provinsi syaratnya apa? Warga yg tanahnya masih numpang bisa?",
        "usulan.rtlh",
    ),
    (
        "Bisa gak usul bangun rumah baru buat warga yg belum punya rumah lewat program "
        "RTLH provinsi?",
        "usulan.rtlh",
    ),
    (
        "Who decides the final list of beneficiaries in the provincial RTLH programme?",
        "usulan.rtlh",
    ),
    ("penerima bedah rumah prov harus punya sertifikat atau SKT cukup?", "usulan.rtlh"),
    # usulan.psu_masyarakat
    (
        "Warga RT 05 Kel. Langkai mau minta jalan lingkungan langsung ke provinsi. "
        "Prosedurnya gmn?",
        "usulan.psu_masyarakat",
    ),
    (
        "Proposal drainase dari kelompok masyarakat perlu diketahui siapa aja?",
        "usulan.psu_masyarakat",
    ),
    (
        "Can residents submit a PSU request directly to Disperkimtan, without going "
        "through the regency?",
        "usulan.psu_masyarakat",
    ),
    (
        "Ketua RT kirim proposal semenisasi gang atas nama pribadi, cukup gak?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "Jalan lingkungan yg dibangun provinsi di desa kami nanti asetnya punya siapa? Perlu "
        "dicatat di KIB kami?",
        "hibah.aset",
    ),
    ("BAST hibah dari provinsi yg tanda tangan siapa? Sekda boleh?", "hibah.aset"),
    (
        "Once the province finishes drainage works on regency land, who is responsible for "
        "maintaining them?",
        "hibah.aset",
    ),
    (
        "Temuan BPK: aset PSU bangunan provinsi di wilayah kami belum tercatat. Dasar "
        "hibahnya apa, PP 27/2014 masih berlaku?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "Usulan kumuh 6 ha kami ditolak krn bukan kewenangan prov. Dananya bisa dicari dari mana?",
        "pendanaan.saluran_lain",
    ),
    (
        "PSU perumahan kan bukan urusan provinsi. Alternatif pendanaannya apa aja?",
        "pendanaan.saluran_lain",
    ),
    (
        "If the province cannot fund a 20-hectare slum site, which funding channels should "
        "the regency pursue instead?",
        "pendanaan.saluran_lain",
    ),
    (
        "bisa gak pakai APBDes atau CSR sawit utk jaling yg gak masuk kewenangan prov?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        "Biar sinkron dgn Renja kami: usulan ke prov itu utk tahun anggaran berjalan atau "
        "tahun depan?",
        "siklus.tahunan",
    ),
    ("Alur usulan tahunan ke provinsi dari awal sampai jadi kegiatan gmn?", "siklus.tahunan"),
    (
        "Could you describe the annual cycle: when regencies propose, when the province "
        "reviews, and when the budget is fixed?",
        "siklus.tahunan",
    ),
    ("usulan itu siklusnya setahun sekali atau bisa kapan aja?", "siklus.tahunan"),
    # siklus.pemeriksaan
    ("Provinsi memeriksa usulan dari sisi apa aja?", "siklus.pemeriksaan"),
    ("Verifikasi teknis usulan itu termasuk survei lapangan gak?", "siklus.pemeriksaan"),
    (
        "What does the province check when screening proposals: completeness, technical "
        "aspects, authority?",
        "siklus.pemeriksaan",
    ),
    (
        "Apa yg bikin usulan lolos verifikasi administrasi? Kami mau siapkan dari awal",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    (
        "Buat laporan perjalanan dinas: Rakor bidang kawasan permukiman itu forum apa dan "
        "siapa saja pesertanya?",
        "siklus.rakor",
    ),
    ("Rakor ini tujuannya apa sih?", "siklus.rakor"),
    (
        "How often is the Rakor held, and does it have a fixed date each year?",
        "siklus.rakor",
    ),
    (
        "Usulan yg dibahas di Rakor itu sifatnya review teknis atau sudah putusan anggaran?",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    ("Usulan yg disetujui di Rakor langsung masuk APBD provinsi?", "siklus.rkpd_apbd"),
    (
        "Setelah Rakor, usulan lanjut ke Musrenbang provinsi lalu RKPD? urutannya gmn?",
        "siklus.rkpd_apbd",
    ),
    (
        "How does a proposal move from the Rakor into the RKPD and then into the APBD?",
        "siklus.rkpd_apbd",
    ),
    (
        "Apakah usulan kami perlu juga masuk lewat Musrenbang provinsi, atau pembahasan di "
        "Rakor sudah cukup?",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    (
        "SK Pokja PKP kami sudah habis masa berlakunya. Pokja itu dasar hukumnya apa dan "
        "anggotanya siapa aja?",
        "koordinasi.pokja_pkp",
    ),
    (
        "What is the role of the Pokja PKP, and how does it relate to the Forum PKP?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Pokja PKP sama Pokja PPAS di daerah kami itu lembaga yg sama atau beda?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Perlu gak Pokja PKP dilibatkan waktu nyusun usulan kumuh? buat lampiran usulan",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    (
        "Alamat kantor Disperkimtan prov di mana? mau antar surat usulan versi fisik",
        "disperkimtan.kontak",
    ),
    ("Website resmi Disperkimtan Kalteng apa?", "disperkimtan.kontak"),
    (
        "What is the full name and office address of the provincial housing agency? I need "
        "it for the cover letter.",
        "disperkimtan.kontak",
    ),
    ("Disperkimtan itu tugasnya apa aja dan ada bidang apa aja?", "disperkimtan.kontak"),
    # bot.cara_pakai
    ("Perintah apa aja yg bisa saya pakai di bot ini?", "bot.cara_pakai"),
    (
        "Jam di bot ini WIB atau WITA? mau nyocokin sama jadwal di surat undangan",
        "bot.cara_pakai",
    ),
    ("How do I use this bot? Is there a list of commands?", "bot.cara_pakai"),
    ("Saya baru di-approve admin. Mulai dari mana pakai Sinkron?", "bot.cara_pakai"),
    # bot.usul
    ("cara kirim usulan lewat /usul gmn?", "bot.usul"),
    (
        "Di tengah isi /usul sinyal putus. Isian yg udh diketik hilang gak?",
        "bot.usul",
    ),
    (
        "Can I attach PDFs such as the DED and RAB when submitting through /usul?",
        "bot.usul",
    ),
    ("Bisa salin usulan tahun lalu di /usul biar gak isi ulang semua?", "bot.usul"),
    # bot.status
    ("Status usulan kami 'verifikasi', artinya apa?", "bot.status"),
    ("'dibahas di Rakor' berarti udh pasti disetujui?", "bot.status"),
    (
        "What does the status 'perlu perbaikan' mean, and what am I expected to do?",
        "bot.status",
    ),
    ("Bedanya status dibatalkan sama ditolak apa?", "bot.status"),
    # bot.ditolak_dialihkan
    (
        "Usulan kami ditolak dgn alasan bukan kewenangan provinsi. Langkah selanjutnya apa?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Status 'dialihkan ke APBD kab/kota' maksudnya gmn? masih bisa diajukan lagi ke prov?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Our proposal was redirected to DAK Tematik PPKT. What does that imply for our next steps?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Kalau kami rasa penolakannya keliru, bisa minta statusnya diubah lewat bot?",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    (
        "Udh seminggu usulan kami belum ada kabar. Standarnya berapa lama diverifikasi?",
        "bot.tindak_lanjut",
    ),
    (
        "Standar tindak lanjut di bot ini ngacu ke LAPOR! ya? 3 hari kerja?",
        "bot.tindak_lanjut",
    ),
    (
        "Is the three-working-day follow-up period a binding rule on Disperkimtan?",
        "bot.tindak_lanjut",
    ),
    (
        "Auditor tanya SOP waktu respons atas usulan kab. Ada standar tertulisnya?",
        "bot.tindak_lanjut",
    ),
    # bot.rapat
    ("Saya gak bisa hadir Rakor, bisa diwakilkan staf lewat bot?", "bot.rapat"),
    ("Pengingat rapat dikirim kapan aja?", "bot.rapat"),
    (
        "How do I confirm my attendance for a meeting invitation in Sinkron?",
        "bot.rapat",
    ),
    ("Undangan rapat di bot bisa disimpan ke kalender HP?", "bot.rapat"),
    # glossary (istilah.*)
    (
        "Diminta bikin KAK utk penyusunan DED jaling. KAK itu singkatan apa sih?",
        "istilah.kak",
    ),
    ("RP2KPKP kepanjangannya apa? ada di checklist DAK", "istilah.rp2kpkp"),
    ("What does 'RC' stand for in the checklist Bapperida sent us?", "istilah.rc"),
    ("Delineasi di SK kumuh itu maksudnya apa?", "istilah.delineasi"),
    ("apa itu huntara", "istilah.huntara"),
    ("huntap itu apa ya", "istilah.huntap"),
    ("DPA itu dokumen apa? bendahara minta nomor DPA kegiatan", "istilah.dpa"),
    ("KUA-PPAS singkatan dari apa?", "istilah.kuappas"),
    (
        "Anggota DPRD bilang mau nitip usulan jalan lewat pokir. Pokir itu apa?",
        "istilah.pokir",
    ),
    ("Bankeu di isian sumber dana maksudnya apa?", "istilah.bankeu"),
    ("SIPD itu apa?", "istilah.sipd"),
    (
        "Surat usulan ditembuskan ke Bapperida. Kepanjangan Bapperida apa ya, biar gak "
        "salah tulis?",
        "istilah.bapperida",
    ),
    ("OPD artinya apa", "istilah.opd"),
    ("What is SPALD? It appears in the sanitation annex of the TOR.", "istilah.spald"),
    ("TPS3R itu apa? 3R-nya singkatan dari apa?", "istilah.tps3r"),
    ("IPAL komunal itu maksudnya apa?", "istilah.ipal"),
    ("SPAM kepanjangannya?", "istilah.spam"),
    ("Di telaahan tata ruang ada RDTR. Kepanjangannya apa?", "istilah.rdtr"),
    ("PBG itu apa, pengganti IMB ya?", "istilah.pbg"),
    ("SLF artinya apa?", "istilah.slf"),
    ("SKT yg dimaksud di syarat lahan itu surat apa?", "istilah.skt"),
    ("BSPS singkatan dari apa?", "istilah.bsps"),
    ("What does MBR mean in Indonesian housing policy?", "istilah.mbr"),
    ("rusus itu apa? ada di daftar program pusat", "istilah.rusus"),
    ("rusunawa itu apa", "istilah.rusunawa"),
    (
        "Di RPJMD disebut angka backlog perumahan. Backlog itu maksudnya apa?",
        "istilah.backlog",
    ),
    ("KOTAKU itu program apa?", "istilah.kotaku"),
    ("DAK Tematik PPKT itu apa? PPKT kepanjangannya?", "istilah.daktematikppkt"),
    ("O&P di surat pernyataan itu singkatan apa?", "istilah.op"),
    ("BAST singkatan apa?", "istilah.bast"),
    (
        "Di template dokumen lelang ada RKS. Itu kepanjangannya apa ya?",
        "istilah.rks",
    ),
    ("Could you explain what RP3KP is?", "istilah.rp3kp"),
    ("Renja dinas itu dokumen apa sih?", "istilah.renja"),
    ("RPJMD kepanjangannya apa?", "istilah.rpjmd"),
    ("Musrenbang itu apa?", "istilah.musrenbang"),
    ("LAPOR! itu apa?", "istilah.lapor"),
    (
        "Di tabel baseline kumuh ada kode KR, KS, KB. KB itu apa?",
        "istilah.kb",
    ),
    ("jaling maksudnya apa? ada di nota dinas kabid", "istilah.jaling"),
    ("RLH itu apa", "istilah.rlh"),
    ("Pokja AMPL kepanjangannya apa?", "istilah.pokjaampl"),
    ("What does APBDes stand for?", "istilah.apbdes"),
    ("BMD itu apa? auditor nyebut aset hasil hibah jadi BMD", "istilah.bmd"),
    ("SKPD sama OPD itu apa sih, singkatan dari apa?", ("istilah.skpd", "istilah.opd")),
]
