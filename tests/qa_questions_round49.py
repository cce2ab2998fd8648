"""Round 49 held-out question table for the Sinkron bot.

Written 2026-12-07 by two helpers who had not seen the knowledge base or any other question
table; they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md) plus the place-name list.

Style emphasis of this round: a forwarded chat pasted in with its header, names and times
("[Diteruskan] [08.15, 7/12] Pak Rudi Bappeda: ..."); a messenger correction of one's own typo
inside the message ("prov*insi", "(eh salah, maksud saya delineasi)"); search-engine keyword
queries ("syarat usulan rtlh kalteng 2027 pdf"); a format request ("jawab singkat aja ya: ...",
"ya atau tidak saja: ..."); addressing a named person or handle first ("@admin_prov", "Pak
Kabid, ..."); a confident wrong assumption with the question built on it; guessing the possible
answers in a row ("kabupaten? provinsi? pusat?"); Gen-Z chat slang with English fillers
("gaes", "btw", "literally", "wkwk"). About one question in ten is Singaporean or Malaysian
English ("can or not?", "how ah?"). A glossary entry's questions ask what the term means.
Written at the start of round 32 of tuning and measured untouched on its first matcher.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND49_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "pembagian kewenangan perumahan dan kawasan permukiman pusat provinsi kabupaten "
            "uu 23/2014 lampiran d"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Pak Kabid, izin bertanya, secara garis besar urusan perkim itu mana saja yang "
            "bagian provinsi dan mana yang bagian kabupaten/kota ya? biar kami tidak salah "
            "usul"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "kan perumahan itu urusan pilihan ya pak, bukan urusan wajib, jadi pemkab boleh "
            "saja tidak menganggarkan tahun depan? betul begitu?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "jawab singkat aja: perumahan rakyat dan kawasan permukiman itu termasuk urusan "
            "wajib pelayanan dasar atau bukan? pasal berapa dasarnya?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "penanganan kawasan kumuh antara kabupaten, provinsi dan pusat itu dibagi "
            "berdasarkan apa sih? luasnya? tingkat kekumuhannya? atau jumlah KK-nya?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Slum area handling ah, the split between regency, province and central is by "
            "what one? By hectare is it? Or by how many households? Or by slum level?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kawasan kumuh yang luasnya 15 ha ke atas itu tanggung jawab pemerintah pus*at "
            "kan? dasar hukumnya sudah pasti atau belum, soalnya ada yang bilang kalimatnya "
            "belum terkonfirmasi"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Forwarded from grup Perkim Kab Kotim\n[14.02, 3/3] Bu Yanti Bappeda: kawasan "
            "kumuh besar yang lewat batas provinsi itu nanti ditangani kementerian atau "
            "bagaimana? tolong tanyakan ke bot ya"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "karena provinsi yang pegang kumuh 10 sampai di bawah 15 ha, berarti kegiatan "
            "pencegahan kumuhnya juga ke provinsi kan? kami mau ajukan pencegahan kumuh ke "
            "prov"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "pencegahan perumahan dan permukiman kumuh itu kewenangan siapa? kabupaten/kota? "
            "provinsi? atau dua-duanya?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "kewenangan sub urusan perumahan provinsi dan kabupaten kota",
        "kewenangan.perumahan",
    ),
    (
        (
            "tolong dalam poin-poin: di sub-urusan perumahan, apa saja yang jadi kewenangan "
            "provinsi dan apa yang kewenangan kabupaten?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "gaes btw penyediaan rumah buat MBR tuh literally urusan siapa sih? pemkab bisa "
            "ngusulin ke prov gak wkwk"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Mas operator, sistem pembiayaan perumahan bagi MBR itu ranahnya pemerintah pusat "
            "ya? provinsi ada perannya atau tidak?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "[Diteruskan] [09.40, 12/2] Pak Hendra BPBD Katingan: rumah warga rusak berat "
            "kena banjir di Kamipang, penyediaan rumah penggantinya tanggung jawab kabupaten "
            "atau provinsi? tolong tanyakan ke bot"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Since all disaster houses are handled by BNPB at central, province got no role "
            "right? And relocation houses also central one lah, correct?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "izin pembangunan dan pengembangan perumahan untuk pengembang itu yang terbitkan "
            "siapa? dinas kabupaten? Disperkimtan provinsi? atau kementerian?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "SKBG untuk rusun itu diterbitkan provinsi atau kab*upaten/kota ya? sekalian izin "
            "pengembangan kawasan permukiman juga siapa"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "satu kalimat aja pak: di sub-urusan kawasan permukiman, bagian kabupaten/kota "
            "itu apa saja?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Diteruskan dari Pak Syahrun (Kabid Kawasan Permukiman Barut), 10.47: sub urusan "
            "kawasan permukiman itu pembagiannya pusat, provinsi, kabupaten gimana ya? tolong "
            "ditanyakan ke bot, bingung saya"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "PSU di perumahan developer itu kan provinsi yang bangun ya, jadi jalan perumahan "
            "yang belum diserahkan kami usulkan saja ke Disperkimtan prov?"
        ),
        "kewenangan.psu",
    ),
    (
        "psu permukiman vs psu perumahan kewenangan provinsi kabupaten",
        "kewenangan.psu",
    ),
    (
        (
            "Bu Sekdis izin bertanya, jalan di tepi jalan kabupaten yang rusak itu bisa tidak "
            "dibangun Disperkimtan provinsi lewat program PSU?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        "Province PSU can build what ah? Neighbourhood road? Drain? Or new main road also can?",
        "psu.lingkup_provinsi",
    ),
    (
        (
            "sertifikasi registrasi perancang rumah perencana psu tingkat kemampuan kecil "
            "menengah besar kewenangan"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "registrasi badan hukum perencana PSU tingkat kemampuan menengah itu urusan "
            "siapa, kabupaten, provinsi, atau pusat?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "ya atau tidak saja: target SPM rumah layak huni untuk korban bencana provinsi "
            "itu 100 persen?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Forwarded from grup Perkim Kab Barsel\n[10.05, 20/1] Pak Anton Bappeda: SPM "
            "perumahan rakyat itu dasar hukumnya apa dan jenis pelayanan dasar untuk provinsi "
            "apa saja? tolong tanyakan ke bot"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "luas kumuh yg dipakai buat nentuin kewenangan itu luas desa seluruhnya atau luas "
            "lokasinya? (eh salah, maksud saya luas delineasi di SK kumuh ya?)"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "desa kami kan luasnya 300 ha dan sebagian besar kumuh, jadi otomatis kewenangan "
            "pusat ya? sebenarnya luas yang dihitung yang mana?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        "lokasi kumuh itu yang menetapkan siapa? gubernur? bupati/wali kota? atau kementerian?",
        "kumuh.penetapan",
    ),
    (
        (
            "gaes SK kumuh kita tuh wajib direview berapa tahun sekali sih? plis, pimpinan "
            "nanya wkwk"
        ),
        "kumuh.penetapan",
    ),
    (
        "tolong dalam poin-poin: tujuh aspek kriteria kumuh itu apa aja?",
        "kumuh.aspek",
    ),
    (
        "slum criteria 7 aspects 16 criteria permen pupr 14/2018 list",
        "kumuh.aspek",
    ),
    (
        (
            "@admin_prov skor maksimal penilaian kumuh berapa, dan nilai berapa supaya lokasi "
            "masuk kumuh berat?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "nilai tiap kriteria kumuh itu 0 sampai 10 *0, 1, 3, 5 maksudnya ya? cara "
            "skoringnya berdasarkan apa?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "nilai kekumuhan lokasi kami 45, itu kan sudah kumuh berat ya? jadi pasti "
            "diprioritaskan?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "[Diteruskan] [13.22, 5/8] Pak Rudi Bappeda: rentang skor kumuh ringan sama kumuh "
            "sedang itu berapa sampai berapa? tolong tanyakan ke bot ya, buat bahan paparan"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "kumuh ringan di atas lahan legal itu pola penanganannya pemugaran, peremajaan, "
            "atau pemukiman kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "btw kalau kawasan kumuhnya di lahan ilegal literally warganya harus dipindah "
            "semua kah? pola penanganannya apa gaes"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        "jumlah lokasi kumuh kalteng dan total luas hektar",
        "kumuh.kalteng",
    ),
    (
        (
            "Pak Kabid, ada berapa kawasan kumuh di Kalimantan Tengah dan kabupaten mana yang "
            "paling banyak?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "jawab singkat aja ya: isian usulan kegiatan ke provinsi itu apa saja dan kenapa "
            "harus selengkap itu?"
        ),
        "usulan.isi",
    ),
    (
        (
            "usulan cukup judul sama foto saja kan, sisanya nanti provinsi yang lengkapi? "
            "kenapa isiannya banyak sekali"
        ),
        "usulan.isi",
    ),
    (
        (
            "jenis usulan apa saja yang bisa diajukan ke prov? kumuh? PSU? RTLH? gedung "
            "kantor dinas juga bisa?"
        ),
        "usulan.jenis",
    ),
    (
        "Short answer can? What types of proposal we can submit to the province one?",
        "usulan.jenis",
    ),
    (
        (
            "di usulan itu titik GPS wajib diisi atau tid*ak? maksudnya opsional kah, "
            "kecamatan dan desa kan sudah diisi"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Forwarded from grup Perkim Kab Gumas\n[16.30, 2/4] Pak Yosef: data lokasi usulan "
            "apa saja yang diminta? nama lokasinya harus sama persis dengan di SK kumuh kah? "
            "tolong tanyakan ke bot"
        ),
        "usulan.lokasi",
    ),
    (
        "usulan perkim isian jumlah kk jiwa unit biaya sumber dana",
        "usulan.penerima_biaya",
    ),
    (
        (
            "Mas operator, sumber dana yang bisa dipilih di usulan itu apa saja? boleh "
            "kombinasi APBD kabupaten dengan Bankeu provinsi?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "poin-poin saja pak: dokumen kesiapan atau readiness criteria apa yang perlu "
            "disiapkan untuk usulan PSU?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "dokumen kesiapan itu kan cuma formalitas, tidak berpengaruh ke penilaian, jadi "
            "boleh dikosongkan dulu ya?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "lahan buat usulan jalan lingkungan itu harus milik siapa? pemda? desa? atau "
            "boleh tanah warga?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "lahan clean and clear itu syaratnya sertifikat, sesuai RTRW, dan tidak sen*gketa "
            "kan? lahan kami masih SKT, dianggap apa?"
        ),
        "usulan.lahan",
    ),
    (
        ("anjir SK kumuh kami udah 6 tahun, usulan kumuhnya masih bisa masuk gak sih? gimana dong"),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Bu Sekdis, kalau lokasi yang kami usulkan belum tercantum di SK kumuh bupati, "
            "usulan kumuhnya tetap bisa diproses?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        "dokumen teknis usulan DED RAB RKS site plan foto wajib atau tidak",
        "usulan.dokumen_teknis",
    ),
    (
        (
            "[Diteruskan] [11.05, 9/9] Pak Arief PUPR Kapuas: DED sama RAB harus dilampirkan "
            "waktu usulan atau boleh menyusul? foto kondisinya maksimal berapa? tolong "
            "tanyakan ke bot"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "karena asetnya nanti tetap milik provinsi, kabupaten tidak perlu bikin surat "
            "pernyataan apa-apa kan?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        ("ya atau tidak saja: usulan PSU perlu surat pernyataan kesediaan menerima hibah dan O&P?"),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "usulan RTLH lewat provinsi syaratnya apa? rumahnya harus sudah ada? tanah milik "
            "sendiri? atau boleh bangun baru?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "penerima bantuan RTLH dari prov itu ditetapkan pakai SK bup*ati, eh SK gubernur "
            "ya? verifikasinya siapa yang turun?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Pak Kabid, warga RT 05 Kelurahan Langkai minta jalan lingkungannya diperbaiki, "
            "masyarakat bisa langsung minta ke provinsi nggak, syaratnya apa?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "gaes warga desa mau minta drainase langsung ke prov, no cap yang tanda tangan "
            "udah banyak, perlu diketahui siapa aja sih?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        "hibah aset psu provinsi ke kabupaten bast naskah hibah pemeliharaan",
        "hibah.aset",
    ),
    (
        (
            "Since province built the road, province must maintain it forever right? After "
            "finish who take over ah, and sign what document?"
        ),
        "hibah.aset",
    ),
    (
        (
            "kalau usulan kami ternyata bukan kewenangan provinsi, cari dananya ke mana? APBD "
            "kab? DAK? APBDes? CSR?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "jawab singkat: kegiatan kumuh kami ternyata bukan urusan prov, sumber pendanaan "
            "lain yang cocok apa saja?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Forwarded from grup Perkim Kab Seruyan\n[07.55, 14/1] Pak Darto: usulan yang kita "
            "kirim tahun ini itu untuk tahun anggaran berapa ya? alurnya setahun gimana? "
            "tolong tanyakan ke bot"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "btw siklus usulan tahunan ke prov tuh step-stepnya gimana sih, plis jelasin "
            "singkat wkwk"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "usulan kami nanti diperiksa provinsi dari sisi apa saja? administrasi, tek*nis, "
            "sama kewenangan ya?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Hi admin, how does the province check our proposals ah? Got site and land "
            "checking or not?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Rakor bidang kawasan permukiman itu kan acara dua tahun sekali ya, isinya cuma "
            "sosialisasi? sebenarnya apa tujuannya?"
        ),
        "siklus.rakor",
    ),
    (
        "rakor sinkronisasi bidang kawasan permukiman se-kalimantan tengah tujuan dan peserta",
        "siklus.rakor",
    ),
    (
        (
            "setelah Rakor, usulan yang disetujui masuk ke mana dulu? Musrenbang? RKPD? "
            "langsung APBD?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        "satu kalimat aja: hubungan Rakor dengan Musrenbang provinsi dan RKPD itu apa?",
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Pak Kabid, Pokja PKP di kabupaten itu perannya apa dalam koordinasi perkim, dan "
            "dasar aturannya apa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "gaes Pokja PKP tuh kerjanya ngapain sih buat koordinasi perumahan, perlu "
            "dibentuk gak di kab kita fr"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        "alamat kantor disperkimtan provinsi kalteng",
        "disperkimtan.kontak",
    ),
    (
        (
            "kantor Disperkimtan prov itu di Jl. D.I. Panjai*tan nomor berapa ya? mau antar "
            "berkas besok"
        ),
        "disperkimtan.kontak",
    ),
    (
        "tolong dalam poin-poin: perintah apa saja yang ada di bot Sinkron ini?",
        "bot.cara_pakai",
    ),
    (
        (
            "bot ini pakai jam WITA kan karena di Kalimantan? jadi jam di pengingat harus "
            "saya kurangi sejam?"
        ),
        "bot.cara_pakai",
    ),
    (
        (
            "anjir lagi ngisi /usul sinyal ilang di tengah jalan, isian yang tadi kesimpen "
            "gak sih? gimana dong"
        ),
        "bot.usul",
    ),
    (
        (
            "di /usul bisa salin usulan lama? atau harus ketik ulang semua? atau minta admin "
            "yang salinkan?"
        ),
        "bot.usul",
    ),
    (
        "status 'dibahas di Rak*or' itu artinya apa? sudah pasti disetujui belum?",
        "bot.status",
    ),
    (
        (
            "Forwarded from grup Perkim Kab Kobar\n[15.10, 3/10] Mr Lim (konsultan): what does "
            "status 'perlu perbaikan' mean ah? Must resubmit with new code or same one? pls "
            "ask the bot"
        ),
        "bot.status",
    ),
    (
        (
            "usulan kami statusnya dialihkan, berarti sudah hangus dan tidak ada tindak "
            "lanjut apa-apa lagi kan?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Pak admin, kalau usulan ditolak dengan alasan bukan kewenangan provinsi, langkah "
            "kami selanjutnya apa?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "standar tindak lanjut usulan 3 hari kerja lapor",
        "bot.tindak_lanjut",
    ),
    (
        (
            "usulan yang baru masuk biasanya dicek provinsi dalam berapa lama? 3 hari kerja? "
            "seminggu? sebulan?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "jawab singkat: kalau saya berhalangan hadir rapat, boleh diwakilkan staf dan "
            "konfirmasinya lewat bot?"
        ),
        "bot.rapat",
    ),
    (
        (
            "[Diteruskan] [16.48, 28/10] Bu Desi Perkim Sukamara: pengingat undangan rapat di "
            "bot itu dikirim kapan saja? H-7 saja atau ada lagi? tolong tanyakan ke bot"
        ),
        "bot.rapat",
    ),
    (
        "perkim singkatan dari",
        "istilah.perkim",
    ),
    (
        "Perkim stands for what ah? One line can? My boss keep saying it lah",
        "istilah.perkim",
    ),
    (
        "Disperkim*tan itu kepanjangannya apa? yang 'tan' di belakang itu pertanahan kah?",
        "istilah.disperkimtan",
    ),
    (
        (
            "Mas operator, Disperkimtan itu singkatan dari dinas apa ya? saya baru dimutasi "
            "ke bidang ini"
        ),
        "istilah.disperkimtan",
    ),
    (
        "satu kalimat aja: PSU itu singkatan apa?",
        "istilah.psu",
    ),
    (
        (
            "PSU itu artinya prasarana sarana utilitas? pembangunan sarana umum? atau apa "
            "sebenarnya?"
        ),
        "istilah.psu",
    ),
    (
        "jaling tuh apaan sih gaes, literally baru denger di rapat tadi",
        "istilah.jaling",
    ),
    (
        (
            "[Diteruskan] [08.15, 7/12] Pak Rudi Bappeda: kata 'jaling' di dokumen usulan itu "
            "maksudnya apa ya? tolong tanyakan ke bot"
        ),
        "istilah.jaling",
    ),
    (
        "arti drainase lingkungan",
        "istilah.drainase",
    ),
    (
        (
            "drainase itu kan sama dengan pipa air bersih PDAM ya? yang dimaksud drainase "
            "sebenarnya apa?"
        ),
        "istilah.drainase",
    ),
    (
        "KR di tabel kumuh itu artinya kumuh ringan? kumuh rendah? atau kawasan rawan?",
        "istilah.kr",
    ),
    (
        "singkatan KR di lampiran SK kum*uh itu apa ya",
        "istilah.kr",
    ),
    (
        "jawab singkat aja: KS di kolom tingkat kekumuhan itu apa?",
        "istilah.ks",
    ),
    (
        "Pak Kabid, di data baseline kumuh ada kode KS, itu maksudnya apa ya?",
        "istilah.ks",
    ),
    (
        "KB di tabel kumuh itu Keluarga Berencana kan? kok ada di data kumuh, maksudnya apa?",
        "istilah.kb",
    ),
    (
        "@admin_prov KB in the slum level column means what ah? Not family planning one right?",
        "istilah.kb",
    ),
    (
        "sk kumuh adalah",
        "istilah.skkumuh",
    ),
    (
        (
            "Forwarded from grup Perkim Kab Lamandau\n[10.11, 6/6] Bu Rina: SK kumuh itu "
            "maksudnya surat keputusan apa ya? tolong tanyakan ke bot"
        ),
        "istilah.skkumuh",
    ),
    (
        "apa arti delinasi *delineasi di peta kawasan kumuh?",
        "istilah.delineasi",
    ),
    (
        "delineasi itu artinya batas kawasan? luas kawasan? atau nama peta lokasi?",
        "istilah.delineasi",
    ),
    (
        "singkat saja: RTLH kepanjangannya apa?",
        "istilah.rtlh",
    ),
    (
        "gaes RTLH tuh singkatan dari apa ya, plis no cap aku lupa",
        "istilah.rtlh",
    ),
    (
        "@admin_prov istilah RLH yang sering muncul di laporan itu artinya apa?",
        "istilah.rlh",
    ),
    (
        "rlh singkatan perumahan",
        "istilah.rlh",
    ),
    (
        "bedah rumah itu kan acara TV ya, kalau di perkim maksudnya apa?",
        "istilah.bedahrumah",
    ),
    (
        "What is bedah rumah ah? I mean the hous*ing term, not the TV show",
        "istilah.bedahrumah",
    ),
    (
        "BSPS itu bantuan apa? bantuan sosial? bantuan stimulan? atau bantuan sewa?",
        "istilah.bsps",
    ),
    (
        "bsps kepanjangan",
        "istilah.bsps",
    ),
    (
        (
            "[Diteruskan] [19.02, 11/11] Pak Udin Kades Keraya: MBR itu singkatan apa pak? "
            "tolong tanyakan ke bot"
        ),
        "istilah.mbr",
    ),
    (
        "satu kalimat aja pak: MBR maksudnya apa?",
        "istilah.mbr",
    ),
    (
        "btw rusunawa tuh apa sih gaes, yang 'wa' itu apaan",
        "istilah.rusunawa",
    ),
    (
        "Bu Sekdis izin, rusunawa itu kepanjangannya apa ya?",
        "istilah.rusunawa",
    ),
    (
        "rusus itu rumah su*sun khusus atau rumah khusus ya artinya?",
        "istilah.rusus",
    ),
    (
        "Rusus is same as rusun right? What it actually stands for?",
        "istilah.rusus",
    ),
    (
        (
            "[Diteruskan] [09.12, 3/3] Pak Yosef BPBD Katingan: Bu, di laporan banjir Tewang "
            "Sangalang Garing ada tulisan 'kebutuhan huntara 40 unit'. tolong tanyakan ke bot "
            "perkim huntara itu apa"
        ),
        "istilah.huntara",
    ),
    (
        "huntra itu maksudnya apa ya pak, *huntara, yang sering muncul di laporan pasca bencana",
        "istilah.huntara",
    ),
    (
        "huntap adalah singkatan dari",
        "istilah.huntap",
    ),
    (
        "jawab singkat aja ya: huntap itu apa?",
        "istilah.huntap",
    ),
    (
        "Pak Kabid, izin, di formulir ada kolom jumlah KK. KK di situ artinya apa ya?",
        "istilah.kk",
    ),
    (
        (
            "kan KK di usulan itu maksudnya jumlah lembar kartu keluarga yang difotokopi ya? "
            "atau KK sebenarnya kepanjangan dari apa"
        ),
        "istilah.kk",
    ),
    (
        (
            "jumlah jiwa di formulir itu maksudnya apa? jumlah orang? jumlah rumah? atau "
            "jumlah kepala keluarga?"
        ),
        "istilah.jiwa",
    ),
    (
        (
            "gaes btw 'ha' di kolom luas tuh singkatan apa sih, hektare kan? plis jangan "
            "diketawain wkwk"
        ),
        "istilah.ha",
    ),
    (
        (
            "Forwarded from grup Perkim Kab Seruyan: [14.03] Dedi Konsultan: DED-nya sudah "
            "siap belum pak? — saya orang baru di bidang, DED itu kepanjangannya apa ya?"
        ),
        "istilah.ded",
    ),
    (
        "DED stand for what ah? Short answer can already.",
        "istilah.ded",
    ),
    (
        "RAP itu apa ya pak (eh salah, maksud saya RAB), yang sering diminta orang perencanaan",
        "istilah.rab",
    ),
    (
        "kepanjangan rab dalam proyek konstruksi",
        "istilah.rab",
    ),
    (
        "satu kalimat aja pak: RKS itu apa?",
        "istilah.rks",
    ),
    (
        "Mas operator, RKS yang disebut-sebut bareng DED itu singkatan dari apa nggih?",
        "istilah.rks",
    ),
    (
        (
            "KAK itu sama aja dengan RAB ya pak, cuma beda nama di tiap dinas? sebenernya KAK "
            "itu apa"
        ),
        "istilah.kak",
    ),
    (
        "KAK itu apa ya? kerangka acuan kerja? kajian awal kegiatan? atau semacam kontrak?",
        "istilah.kak",
    ),
    (
        "site plan tuh literally gambar apaan sih gaes, denah rumah doang atau gimana dong",
        "istilah.siteplan",
    ),
    (
        (
            "[Diteruskan] [10.40, 12/2] Bu Sari Bappeda Lamandau: tolong tanya ke bot "
            "provinsi, site plan atau rencana tapak itu maksudnya apa ya"
        ),
        "istilah.siteplan",
    ),
    (
        (
            "RC di daftar kelengkapan itu singkatan dari readines criteria? *readiness "
            "maksudnya. artinya apa ya"
        ),
        "istilah.rc",
    ),
    (
        "RC means what ah? reinforced concrete or readiness something?",
        "istilah.rc",
    ),
    (
        "bast berita acara serah terima arti",
        "istilah.bast",
    ),
    (
        "tolong dalam poin-poin: BAST itu kepanjangannya apa dan itu dokumen semacam apa",
        "istilah.bast",
    ),
    (
        (
            "@admin_prov izin tanya, kata hibah dalam konteks aset jalan lingkungan itu "
            "artinya apa ya"
        ),
        "istilah.hibah",
    ),
    (
        (
            "hibah itu kan pinjaman dari provinsi yang nanti dikembalikan kabupaten ya? "
            "sebenarnya hibah itu apa sih"
        ),
        "istilah.hibah",
    ),
    (
        "BMD itu apa ya? barang milik daerah? bantuan modal desa? bingung saya",
        "istilah.bmd",
    ),
    (
        "btw BMD singkatan apa ya gaes, dari tadi disebut terus pas rapat aset wkwk",
        "istilah.bmd",
    ),
    (
        (
            "Forwarded from grup Perkim Kab Gunung Mas: [08.55] Pak Nanang: jaling di Kuala "
            "Kurun itu masih BMN dari balai. — BMN itu artinya apa ya?"
        ),
        "istilah.bmn",
    ),
    (
        "BMN itu barang milik negera *negara ya? atau ada arti lain di perkim?",
        "istilah.bmn",
    ),
    (
        "arti O&P operasi pemeliharaan",
        "istilah.op",
    ),
    (
        "Hi Mr Admin, the O&P in the surat pernyataan is what ah?",
        "istilah.op",
    ),
    (
        "ya atau tidak saja: SPM itu singkatan dari Standar Pelayanan Minimal?",
        "istilah.spm",
    ),
    (
        (
            "SPM itu kan Surat Perintah Membayar ya, di bidang perumahan juga maksudnya itu "
            "atau beda?"
        ),
        "istilah.spm",
    ),
    (
        ("Bu Sekdis izin bertanya, Pokja PKP itu kepanjangannya apa dan itu semacam wadah apa ya?"),
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        "Pokja PKP itu apa sih? panitia proyek? tim kerja lintas dinas? atau dinas baru?",
        "istilah.pokjapkp",
    ),
    (
        "gaes Pokja PPAS tuh kepanjangannya apaan, literally ga ngerti",
        "istilah.pokjappas",
    ),
    (
        "pokja ppas singkatan",
        "istilah.pokjappas",
    ),
    (
        (
            "[Diteruskan] [13.22, 5/9] Pak Herman Bapperida: undangan rapat Pokja AMPL besok "
            "pagi. — maaf, AMPL itu singkatan apa ya?"
        ),
        "istilah.pokjaampl",
    ),
    (
        "Pokja AMLP itu apa ya *AMPL maksudnya",
        "istilah.pokjaampl",
    ),
    (
        "singkat saja: RP3KP itu dokumen apa?",
        "istilah.rp3kp",
    ),
    (
        (
            "RP3KP itu kan rencana 5 tahunan dinas ya, jadi sama saja dengan Renstra? apa "
            "sebenarnya RP3KP"
        ),
        "istilah.rp3kp",
    ),
    (
        "Pak Kasi, RP2KPKP itu kepanjangannya apa ya, panjang sekali hurufnya",
        "istilah.rp2kpkp",
    ),
    (
        (
            "RP2KPKP itu rencana apa? rencana perumahan baru? rencana penanganan kumuh? atau "
            "rencana PSU?"
        ),
        "istilah.rp2kpkp",
    ),
    (
        "KOTAKU tuh program apaan sih btw, kota aku? wkwk serius nanya",
        "istilah.kotaku",
    ),
    (
        "kotaku program meaning kota tanpa kumuh",
        "istilah.kotaku",
    ),
    (
        (
            "Forwarded from grup Perkim Kab Kapuas: [16.10] Sekdis: siapkan bahan DAK Tematik "
            "PPKT. — bot, PPKT itu kepanjangannya apa ya?"
        ),
        "istilah.daktematikppkt",
    ),
    (
        "DAK tematik PKKT *PPKT itu maksudnya dana apa ya",
        "istilah.daktematikppkt",
    ),
    (
        "apbn kepanjangan",
        "istilah.apbn",
    ),
    (
        "jawab satu baris saja: APBN itu apa?",
        "istilah.apbn",
    ),
    (
        (
            "Mas operator, APBD itu artinya apa? yang provinsi sama kabupaten beda istilah "
            "atau sama?"
        ),
        "istilah.apbd",
    ),
    (
        "APBD itu kan anggaran khusus punya dinas perkim ya? atau maksudnya apa sebenarnya",
        "istilah.apbd",
    ),
    (
        "APBDes itu anggaran siapa? desa? kecamatan? atau kabupaten?",
        "istilah.apbdes",
    ),
    (
        "apbdes tuh apa dong gaes, kata kades Tumbang Talaken pake itu aja wkwk",
        "istilah.apbdes",
    ),
    (
        (
            "[Diteruskan] [11.05, 20/1] Pak Rahmat BPKAD Pulpis: kemungkinan bisa lewat "
            "bankeu provinsi. — bankeu itu maksudnya apa ya?"
        ),
        "istilah.bankeu",
    ),
    (
        "Bankeu is what ah? Some bank account or a kind of grant?",
        "istilah.bankeu",
    ),
    (
        "pokri itu apa ya *pokir, yang dari DPRD itu",
        "istilah.pokir",
    ),
    (
        "arti pokir dprd",
        "istilah.pokir",
    ),
    (
        "poin-poin saja: musrenbang itu kepanjangannya apa",
        "istilah.musrenbang",
    ),
    (
        "Bu Kabid, izin, Musrenbang itu sebenarnya forum apa ya?",
        "istilah.musrenbang",
    ),
    (
        "RKPD itu kan rencana kerja pemerintah desa ya? kok dipakai di provinsi, maksudnya apa",
        "istilah.rkpd",
    ),
    (
        "RKPD itu rencana tahunan? lima tahunan? atau dua puluh tahunan?",
        "istilah.rkpd",
    ),
    (
        "btw renja tuh singkatan apa sih, no cap baru denger",
        "istilah.renja",
    ),
    (
        (
            "Forwarded from grup Perkim Kab Barut: [07.48] Pak Joko: Renja perkim sudah "
            "final? — Renja itu apa ya, mohon dijelaskan"
        ),
        "istilah.renja",
    ),
    (
        "renstar *renstra itu maksudnya apa ya pak",
        "istilah.renstra",
    ),
    (
        "One line only please: Renstra is what?",
        "istilah.renstra",
    ),
    (
        "rpjmd kepanjangan dan pengertian",
        "istilah.rpjmd",
    ),
    (
        "@admin_prov RPJMD itu dokumen apa ya, yang 2025–2029 itu",
        "istilah.rpjmd",
    ),
    (
        "KUA-PPAS itu kan nama aplikasi kayak SIPD ya? apa sih artinya",
        "istilah.kuappas",
    ),
    (
        "KUA-PPAS itu kebijakan anggaran? plafon? atau laporan realisasi?",
        "istilah.kuappas",
    ),
    (
        "rka tuh apaan sih gaes, disuruh ngecek tapi ga ngerti singkatannya gimana dong",
        "istilah.rka",
    ),
    (
        (
            "[Diteruskan] [15.30, 8/8] Bu Mega Keuangan Bartim: RKA 2027 tolong dicek ya. — "
            "bot, RKA itu kepanjangannya apa?"
        ),
        "istilah.rka",
    ),
    (
        "DPA itu maksudnya apa ya, dokumen pelaksanaan anggran *anggaran?",
        "istilah.dpa",
    ),
    (
        "dpa adalah dokumen apa",
        "istilah.dpa",
    ),
    (
        "singkat aja: SIPD itu apa",
        "istilah.sipd",
    ),
    (
        "SIPD is the provincial website right? So what does SIPD actually mean ah?",
        "istilah.sipd",
    ),
    (
        "Pak Kabid, Bapperida itu kepanjangannya apa ya? beda dengan Bappeda?",
        "istilah.bapperida",
    ),
    (
        "Bapperida itu kan badan pertanahan provinsi ya, jadi apa kepanjangan resminya?",
        "istilah.bapperida",
    ),
    (
        "OPD itu organisasi perangkat daerah? organisasi pemerintah desa? atau apa?",
        "istilah.opd",
    ),
    (
        "opd tuh artinya apa sih, semua orang ngomong opd opd literally",
        "istilah.opd",
    ),
    (
        (
            "Forwarded from grup Perkim Kab Sukamara: [09.02] Pak Arif: kirim lewat SKPD "
            "teknis saja. — SKPD itu maksudnya apa ya?"
        ),
        "istilah.skpd",
    ),
    (
        (
            "SPAM itu maksudnya apa ya, bukan email sampah kan, *yang di dokumen air minum "
            "maksud saya"
        ),
        "istilah.spam",
    ),
    (
        "spam air minum singkatan",
        "istilah.spam",
    ),
    (
        "jawab singkat aja ya: SPALD kepanjangannya apa?",
        "istilah.spald",
    ),
    (
        "Mas operator, SPALD yang muncul di RP2KPKP itu artinya apa?",
        "istilah.spald",
    ),
    (
        "IPAL itu kan instalasi pipa air ledeng ya? atau apa sebenarnya",
        "istilah.ipal",
    ),
    (
        "IPAL itu buat air limbah? air minum? atau sampah?",
        "istilah.ipal",
    ),
    (
        "TPS3R tuh apa sih gaes, 3R-nya apaan, plis",
        "istilah.tps3r",
    ),
    (
        (
            "Forwarded from Perkim Kab group: [10.15] Mr Tan consultant: need the TPS3R data "
            "by Friday. — Bot, TPS3R stands for what ah?"
        ),
        "istilah.tps3r",
    ),
    (
        "MCK itu mandi cuci kamar? *kakus maksud saya, apa artinya ya",
        "istilah.mck",
    ),
    (
        "mck singkatan sanitasi",
        "istilah.mck",
    ),
    (
        "ya atau tidak: RTRW di sini artinya Rencana Tata Ruang Wilayah, bukan RT/RW?",
        "istilah.rtrw",
    ),
    (
        "Bu Sekdis izin bertanya, RTRW yang disebut waktu bahas lahan itu maksudnya apa?",
        "istilah.rtrw",
    ),
    (
        "RDTR itu kan sama dengan RTRW cuma versi desa ya? sebenarnya RDTR itu apa",
        "istilah.rdtr",
    ),
    (
        "RDTR itu rencana detail tata ruang? rencana daerah tertinggal? apa ya",
        "istilah.rdtr",
    ),
    (
        "pbg tuh pengganti imb bukan sih? singkatan apaan btw",
        "istilah.pbg",
    ),
    (
        (
            "[Diteruskan] [14.50, 2/5] Pak Dani PUPR Kotim: PBG-nya belum terbit pak. — PBG "
            "itu apa ya maksudnya"
        ),
        "istilah.pbg",
    ),
    (
        "SFL itu apa ya *SLF maksudnya",
        "istilah.slf",
    ),
    (
        "SLF meaning building Indonesia",
        "istilah.slf",
    ),
    (
        "tolong dalam poin-poin: SKBG itu singkatan apa",
        "istilah.skbg",
    ),
    (
        "@admin_prov, SKBG itu sertifikat apa ya?",
        "istilah.skbg",
    ),
    (
        "SKT itu kan sama dengan sertifikat dari BPN ya? apa sih kepanjangannya",
        "istilah.skt",
    ),
    (
        "SKT itu surat keterangan tanah? surat kuasa tanah? atau surat keputusan tanah?",
        "istilah.skt",
    ),
    (
        "clean and clear tuh maksudnya apa sih gaes, lahannya dibersihin? wkwk",
        "istilah.cleanandclear",
    ),
    (
        "What does clean n clear mean for the land ah, *clean and clear I mean",
        "istilah.cleanandclear",
    ),
    (
        (
            "Forwarded from grup Perkim Kab Kobar: [10.30] Pak Bambang: coba cari dana CSR "
            "perusahaan sawit. — CSR itu kepanjangannya apa?"
        ),
        "istilah.csr",
    ),
    (
        "csr artinya dalam pendanaan pembangunan",
        "istilah.csr",
    ),
    (
        "jawab singkat: Rakor itu singkatan dari apa?",
        "istilah.rakor",
    ),
    (
        "Pak Kabid, Rakor Bidang Kawasan Permukiman itu maksudnya rapat apa ya?",
        ("istilah.rakor", "siklus.rakor"),
    ),
    (
        "LAPOR! itu kan aplikasi internal Disperkimtan ya? maksudnya apa sebenarnya",
        "istilah.lapor",
    ),
    (
        "LAPOR! itu apa? aplikasi pengaduan? laporan keuangan? atau singkatan sesuatu?",
        "istilah.lapor",
    ),
    (
        "btw WIB tuh singkatan apa sih gaes, malu nanya wkwk",
        "istilah.wib",
    ),
    (
        "backlok *backlog perumahan itu artinya apa ya",
        "istilah.backlog",
    ),
    (
        "Short answer please: housing backlog means what?",
        "istilah.backlog",
    ),
    (
        (
            "[Diteruskan] [08.20, 14/6] Bu Rina Setda Mura: bidang PKP sudah terbentuk? — PKP "
            "itu kepanjangannya apa ya?"
        ),
        "istilah.pkp",
    ),
    (
        "pkp singkatan perumahan",
        "istilah.pkp",
    ),
    (
        "Mas operator, yang disebut kumuh itu definisinya apa ya?",
        "istilah.kumuh",
    ),
    (
        "kumuh itu kan artinya rumah yang kotor aja ya? atau pengertiannya lebih luas?",
        "istilah.kumuh",
    ),
    (
        "DAK itu dana alokasi khusus? dana anggaran kabupaten? atau apa?",
        "istilah.dak",
    ),
    (
        "dak tuh apa sih gaes, fr baru pindah ke perkim",
        "istilah.dak",
    ),
    (
        "satu kalimat saja: rusun itu apa?",
        "istilah.rusun",
    ),
    (
        "rusum *rusun itu singkatan dari apa ya",
        "istilah.rusun",
    ),
]

ROUND49_INTENTS: list[tuple[str, str]] = [
    (
        (
            "Pak admin, usulan jalan lingkungan Kecamatan Dusun Selatan yang kami kirim bulan "
            "lalu sudah sampai mana ya? masih verifikasi atau sudah dibahas?"
        ),
        "status",
    ),
    (
        "gaes usulan kita USL-2026-0007 udah di-acc belum sih wkwk, cekin dong",
        "status",
    ),
    (
        (
            "Forwarded from grup Perkim Kab Bartim\n[08.40, 2/9] Pak Wawan: tolong cek ke bot "
            "usulan drainase kita di Tamiang Layang itu ditolak atau masih diperiksa"
        ),
        "status",
    ),
    (
        "jadwal rakor perkim kalteng tahun ini tanggal dan tempat",
        "meeting",
    ),
    (
        "Rakor berikutnya kapan ya? September? Oktober? November?",
        "meeting",
    ),
    (
        "bro when's the next Rakor ah, and held where? need to book flight from Puruk Cahu lah",
        "meeting",
    ),
    (
        "jawab singkat aja ya: batas akhir kirim usulan tahun ini tanggal berapa?",
        "deadline",
    ),
    (
        "usulan TA 2027 masih dite*rima sampai kapan ya? takut telat",
        "deadline",
    ),
    (
        (
            "usulan kan bisa dikirim kapan saja sepanjang tahun ya? atau ada batas waktunya, "
            "sampai kapan?"
        ),
        "deadline",
    ),
    (
        "Selamat pagi Pak admin, mohon bantuannya 🙏",
        "greeting",
    ),
    (
        "makasih bot wkwk udah bantu tadi, mantap fr",
        "greeting",
    ),
    (
        "Hi, good afternoon. Can help me or not?",
        "greeting",
    ),
    (
        "cara kirim usulan gimana? lewat bot, email, atau diantar langsung?",
        "how_to_submit",
    ),
    (
        (
            "[Diteruskan] [10.20, 15/3] Pak Kadis: tolong usulan PSU Desa Sei Paken "
            "dimasukkan lewat bot, caranya gimana? tolong tanyakan ke bot"
        ),
        "how_to_submit",
    ),
    (
        "gimana cara masuk*in usulan baru lewat bot ini? saya operator baru",
        "how_to_submit",
    ),
    (
        (
            "Pak admin, usulan kami USL-2026-0014 jalan lingkungan Kumai Hulu sudah sampai "
            "mana ya prosesnya?"
        ),
        "status",
    ),
    (
        "gaes usulan drainase Baamang kita diterima ga sih, udah sebulan ga ada kabar wkwk",
        "status",
    ),
    (
        "Our proposal from Buntok got approved or rejected or still checking ah?",
        "status",
    ),
    (
        "jadwal rakor perkim kalteng tahun ini tanggal tempat",
        "meeting",
    ),
    (
        (
            "[Diteruskan] [07.30, 2/9] Pak Kadis: siapkan bahan rakor. — bot, rakor "
            "berikutnya kapan dan di mana ya?"
        ),
        "meeting",
    ),
    (
        "jawab singkat aja: Rakor kawasan permukiman tahun ini jam berapa mulainya dan di mana?",
        "meeting",
    ),
    (
        (
            "kan penutupan usulan selalu akhir Desember ya, jadi tahun ini juga tenggatnya "
            "sampai tanggal itu?"
        ),
        "deadline",
    ),
    (
        "batas akhir kirim usulan untuk TA 2028 sampai tanggal berapa ya, *2027 maksudnya",
        "deadline",
    ),
    (
        "tenggat usulan tahun ini kapan? akhir bulan ini? bulan depan? atau sudah tutup?",
        "deadline",
    ),
    (
        "Selamat pagi Pak Admin 🙏",
        "greeting",
    ),
    (
        "makasih banyak bot, ngebantu banget no cap",
        "greeting",
    ),
    (
        "Hello, need some help lah",
        "greeting",
    ),
    (
        "cara kirim usulan lewat bot sinkron",
        "how_to_submit",
    ),
    (
        "input usulan itu lewat bot, email, atau diantar langsung ke Jl. D.I. Panjaitan?",
        "how_to_submit",
    ),
    (
        (
            "gimana cara memasukkan usulan PSU ke bot ini ya, *usulan jalan lingkungan "
            "maksudnya, langkahnya apa"
        ),
        "how_to_submit",
    ),
]

ROUND49_AREAS: list[tuple[str, str]] = [
    (
        "kewenangan kumuh 8,5 ha kabupaten atau provinsi",
        "kabkota",
    ),
    (
        "kawasan kumuh 12 hektar di Baamang itu urusan siapa? kab? prov? pusat?",
        "provinsi",
    ),
    (
        "luas delineasi kumuh kami 150.000 m2, eh salah *160.000 m2, itu kewenangan siapa?",
        "pusat",
    ),
    (
        "ya atau tidak saja: kumuh tepat 10 ha di Kelurahan Mendawai masuk kewenangan provinsi?",
        "provinsi",
    ),
    (
        "bro slum area exactly 15 hectares, province can handle or not? or central one?",
        "pusat",
    ),
    (
        (
            "Pak Kabid, lokasi kumuh di Selat Hulu luasnya 132,25 hektare, penanganannya "
            "kewenangan siapa?"
        ),
        "pusat",
    ),
    (
        (
            "kumuh 14,99 ha itu kan dibulatkan jadi 15 ha, jadi masuk pusat ya? mohon "
            "konfirmasi siapa yang berwenang"
        ),
        "provinsi",
    ),
    (
        (
            "[Diteruskan] [09.12, 22/4] Pak Gusti Bappeda Pulpis: kawasan kumuh 95.000 meter "
            "persegi di Kahayan Hilir itu siapa yang tangani? tolong tanyakan ke bot"
        ),
        "kabkota",
    ),
    (
        "gaes kumuh 7 hektare di Pangkalan Lada tuh tanggung jawab siapa sih, gimana dong",
        "kabkota",
    ),
    (
        "Slum 11 hectares in Kumai, who in charge ah? Regency? Province? Central?",
        "provinsi",
    ),
    (
        "kumuh 250.000 m² kewenangan",
        "pusat",
    ),
    (
        "satu kalimat aja: kumuh 2,3 ha di Desa Keraya, siapa yang bertanggung jawab?",
        "kabkota",
    ),
    (
        "kewenangan kumuh 8,5 ha baamang sampit",
        "kabkota",
    ),
    (
        (
            "[Diteruskan] [10.02, 4/3] Pak Lurah Pahandut Seberang: luas kumuh di SK kami "
            "12,3 hektar. — tolong tanyakan ke bot itu ditangani siapa"
        ),
        "provinsi",
    ),
    (
        (
            "kawasan kumuh di Selat Tengah luasnya 15 hekatre *hektare pas, itu urusan "
            "provinsi atau bukan?"
        ),
        "pusat",
    ),
    (
        "ya atau tidak saja: kumuh seluas 100.000 m2 masuk kewenangan provinsi?",
        "provinsi",
    ),
    (
        "Pak Kabid, lokasi kumuh Kumai Hulu di SK delineasinya 95.000 m², yang menangani siapa?",
        "kabkota",
    ),
    (
        (
            "kan kumuh 20 hektar itu pasti provinsi ya karena sudah di atas 10, jadi bisa "
            "langsung kami usulkan ke Disperkimtan?"
        ),
        "pusat",
    ),
    (
        "kumuh 14,99 ha itu kewenangan kabupaten? provinsi? pusat?",
        "provinsi",
    ),
    (
        "gaes kumuh di Mentawa Baru Ketapang 9,9 hektar tuh urusan siapa sih btw",
        "kabkota",
    ),
    (
        "Slum area 4 hectares at Kuala Kapuas, province handle or not ah?",
        "kabkota",
    ),
    (
        "Slum 16 hectares in Sampit, who in charge ah? Province can take or not?",
        "pusat",
    ),
    (
        "kumuh 250.000 meter persegi kewenangan siapa",
        "pusat",
    ),
    (
        (
            "Bu Sekdis, kawasan kumuh tepian sungai di Tumbang Talaken menurut SK pas 10 ha, "
            "itu ranah provinsi atau kabupaten?"
        ),
        "provinsi",
    ),
]

ROUND49_OUT_OF_SCOPE: list[str] = [
    "pagu anggaran disperkimtan kalteng 2027 berapa miliar",
    (
        "Pak Kabid, nomor HP Kepala Bidang Kawasan Permukiman provinsi berapa ya? mau "
        "konfirmasi langsung"
    ),
    "harga semen di Puruk Cahu sekarang berapa? 70 ribu? 80 ribu? 90 ribu?",
    "gaes besok Palangka Raya hujan gak sih, mau survei lapangan wkwk",
    (
        "[Diteruskan] [20.05, 1/5] Pak Edi: pemenang tender jalan lingkungan Kecamatan "
        "Jekan Raya tahun lalu siapa ya? tolong tanyakan ke bot"
    ),
    "berapa tarif PBB rumah tinggal di Palangka R*aya sekarang?",
    "jawab singkat: kuota rumah subsidi FLPP untuk Kalteng tahun ini berapa unit?",
    "bantuan BSPS tahun ini kan sudah naik jadi 40 juta per rumah ya? kapan cairnya?",
    "Hi admin, can recommend a good hotel near Aula Disperkimtan or not?",
    "btw tukin ASN pemprov kalteng naik gak sih tahun depan fr",
    "syarat izin usaha pertambangan batubara kalteng",
    "pendaftaran CPNS 2027 dibuka kapan? Januari? Maret? Juni?",
    "hasil pemilihan kepala des*a di Tumbang Talaken kemarin siapa yang menang?",
    "karena gaji honorer dinas sudah naik, rapelannya nanti dibayar bulan apa?",
    (
        "How much money did province spend on the Kotim slum upgrading in 2024 ah? Exact "
        "amount got or not?"
    ),
    "berapa pagu anggaran Disperkimtan untuk jalan lingkungan di APBD 2027?",
    "harga satuan paving block per meter persegi di Sampit tahun ini berapa ya pak?",
    "@admin_prov siapa pemenang tender pembangunan rusunawa Palangka Raya tahun ini?",
    "kuota BSPS Kabupaten Katingan tahun 2027 ada berapa unit? berapa persen untuk Kasongan?",
    (
        "jumlah RTLH di Kabupaten Seruyan yang belum tertangani sampai sekarang berapa "
        "ya, tolong dalam angka saja"
    ),
    "cuaca di Puruk Cahu besok hujan ga ya gaes, mau survei lokasi wkwk",
    "cara perpanjang STNK online kalteng",
    "Pak Kabid, jadwal penerimaan CPNS Pemprov Kalteng 2027 kapan dibuka?",
    "syarat izin tambang galian C di Katingan apa saja? kabupaten? provinsi? atau ESDM?",
    (
        "[Diteruskan] [12.10, 6/6] Pak Udin Kapuas: speedboat ke Banjarmasin jam berapa "
        "ya? — bot, tolong cek harga tiketnya"
    ),
    "kan TPP bulan ini cair tanggal 5 ya, kok punya saya belum masuk?",
    "berita terbaru banjir Kalteng hari ini",
    "Where got nice place to eat near the Aula Disperkimtan after the meeting ah?",
    "upah harian tukang bangunan di Muara Teweh sekarang berapa *per hari maksudnya",
    "jawab singkat aja: persentase backlog perumahan Kalteng tahun 2026 berapa?",
]
