"""Round 37 held-out question table for the Sinkron bot.

Written 2026-12-06 by two helpers who had not seen the knowledge base or any other question
table; they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md) plus the place-name list.

Style emphasis of this round: WhatsApp-group habits (@mentions, hashtags, "FYI", "cc",
forwarded headers, "up" bumps); people outside the agency asking (a journalist, a thesis
student, a DPRD member's staff, an NGO activist, a village facilitator, a contractor);
requests to simplify ("jelaskan dengan bahasa sederhana", "intinya apa"); "alay" texting
spelling (digits for syllables, repeated letters, words run together, mixed case); the
Islamic-polite register ("Assalamualaikum", "afwan", "mohon pencerahannya"); messages
addressed to the bot or an admin like a social-media account ("min, mau nanya dong");
template-shaped messages ("Tanya:", "Perihal:", form-like lines first); rhetorical and
double-negative phrasing ("bukankah ...?", "masa sih tidak bisa ...?"). About one question
in ten is in English.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND37_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "@admin prov mohon pencerahan rekan2, sebenarnya pembagian urusan perumahan & "
            "kawasan permukiman antara pusat, provinsi sama kabupaten itu gimana ya? biar gak "
            "salah usul #tanya"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Hi, I'm a master's student writing about decentralisation. Could you give me an "
            "overview of how housing and settlement responsibilities are split between the "
            "central government, the province and the regencies in Central Kalimantan?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Saya staf Komisi III DPRD Kotim, untuk bahan rapat: urusan perumahan rakyat dan "
            "kawasan permukiman itu termasuk urusan wajib atau urusan pilihan? Pasal berapa "
            "dasarnya?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "katanya perkim itu 'urusan wajib pelayanan dasar'. maksudnya apa? jelaskan pakai "
            "bahasa sederhana aja"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "mo tny dong, kewenangankumuh tu dibagi brdsrkn luas ya? brp2 aj4 bts nya utk "
            "kab, prov, pusat?? plisss"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Intinya apa sih aturan pembagian penanganan kawasan kumuh menurut luasnya? satu "
            "kalimat aja"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Saya wartawan media online di Palangka Raya. Di berita sering ditulis '10-15 "
            "hektare kewenangan provinsi'. Apakah itu tepat secara hukum, atau bunyi "
            "aturannya sebenarnya berbeda?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            'Diteruskan: "kawasan kumuh yg luasnya 15 ha ke atas bukan ranah provinsi, tapi '
            'pemerintah pusat". Benar gak itu rekan2? ada dasar aturannya?'
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "kl kumuhnya gedeee bgt, 15 hektar k4tas, s4pa yg ngurus?? pusat kah? aturannya "
            "udh p4sti blm"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Saya dari LSM lingkungan di Sampit. Program pencegahan supaya tidak muncul "
            "permukiman kumuh baru itu tanggung jawab pemda yang mana? Provinsi ikut atau "
            "tidak?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "pencegahan kumuh itu tugas siapa? versi singkatnya aja ya",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "cc @Bu Rina. Di sub-urusan perumahan, apa saja yang jadi tugas provinsi dan apa "
            "yang tetap di kabupaten? lagi nyusun Renja nih"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "What exactly is the province responsible for under the housing sub-affair "
            "(sub-urusan perumahan), as opposed to the regencies? Asking for a feature story."
        ),
        "kewenangan.perumahan",
    ),
    (
        "pmbngunan rmh utk MBR tuh kewenangan s4pa sih? kab bs usul k prov g??",
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Saya kontraktor yang sering ikut pekerjaan rusun. Penyediaan rumah untuk "
            "masyarakat berpenghasilan rendah dan pembangunan rusun itu sebenarnya urusan "
            "pusat ya, bukan provinsi?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "FYI kemarin banjir besar di Kapuas Hilir, puluhan rumah rusak berat. Rumah "
            "korban bencana begini yang nanganin kabupaten atau provinsi? @admin prov"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Kalau warga harus pindah karena proyek pemprov, siapa yang wajib menyediakan "
            "rumah buat mereka? jelaskan kayak ke anak SD"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Untuk skripsi saya tentang perizinan perumahan: izin pembangunan perumahan dan "
            "SKBG itu diterbitkan pemerintah kabupaten/kota atau provinsi?"
        ),
        "kewenangan.izin",
    ),
    (
        "izinkawasanpermukiman tuh yg ngeluarin prov ato kab yaa? bingung nihhh",
        "kewenangan.izin",
    ),
    (
        (
            "#tanya sub-urusan kawasan permukiman itu isinya apa aja per tingkat "
            "pemerintahan? mohon pencerahan rekan2"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Saya mahasiswa ilmu pemerintahan UPR. Dalam sub-urusan kawasan permukiman, "
            "kegiatan apa yang menjadi bagian kabupaten/kota dan apa yang menjadi bagian "
            "provinsi?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        "PSU permukiman vs PSU perumahan, bedanya apa & siapa yg pegang? singkat aja",
        "kewenangan.psu",
    ),
    (
        "PSU prmhn yg dr pengembang itu urusan kab ato prov?? td dsuruh nanya s4ja k bot",
        "kewenangan.psu",
    ),
    (
        (
            "Saya pendamping desa di Kecamatan Kurun. Kalau desa mau minta jalan lingkungan "
            "dan drainase ke provinsi, PSU apa saja yang memang dibangun Disperkimtan?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "up.. yg kemarin belum kejawab: drainase di sepanjang jalan kabupaten bisa gak "
            "diusulkan ke Disperkimtan prov sebagai PSU?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Saya konsultan perencana rumah. Sertifikasi dan registrasi perancang rumah dan "
            "perencana PSU itu diurus di kabupaten atau provinsi? Katanya tergantung tingkat "
            "kemampuan badan usahanya"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        "SPM perumahan itu isinya apa, targetnya berapa? tolong pakai bahasa yg gampang",
        "kewenangan.spm",
    ),
    (
        (
            "Staf fraksi DPRD Provinsi mau tanya: standar pelayanan minimal bidang perumahan "
            "rakyat untuk provinsi itu jenis layanannya apa saja dan apa dasar hukumnya?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Mohon pencerahan rekan2: luas kumuh yg dipakai buat nentuin kewenangan itu luas "
            "satu kelurahan, atau luas yang di-delineasi di SK? cc @Pak Yanto"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        "luas kumuhhh yg dit1tung itu luas desa nya atw yg ad d peta SK aja??",
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Saya sedang menulis liputan soal kawasan kumuh di bantaran Kahayan. Pejabat "
            "siapa yang berwenang menetapkan suatu lokasi sebagai kawasan kumuh, dan seberapa "
            "sering penetapan itu harus ditinjau ulang?"
        ),
        "kumuh.penetapan",
    ),
    (
        "SK kumuh kabupaten kami terbit 2019. wajib direvisi kah? singkatnya aja",
        "kumuh.penetapan",
    ),
    (
        (
            "Untuk bab 2 skripsi, saya butuh daftar aspek kriteria permukiman kumuh menurut "
            "Permen PUPR 14/2018. Ada berapa aspek dan apa saja?"
        ),
        "kumuh.aspek",
    ),
    (
        "kr1teria kumuh tu ap4 aj4 ya? air minum, drainase, trs ap4 lg??",
        "kumuh.aspek",
    ),
    (
        (
            "Quick q guys: what aspects are checked when an area is assessed as a slum? Need "
            "it for tomorrow's slides"
        ),
        "kumuh.aspek",
    ),
    (
        "#tanya nilai kumuh maksimal berapa ya? dan mulai skor berapa dihitung kumuh berat?",
        "kumuh.penilaian",
    ),
    (
        "cara ngitung skor kumuh gimana sih? jelasin kayak ke anak SD dong",
        "kumuh.penilaian",
    ),
    (
        "skor 45 tu msk kumuh sdg ato ringan y?? rentang nya brp2",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Bu/Pak, saya peneliti dari kampus. Berapa rentang nilai untuk kumuh sedang dan "
            "kumuh ringan, dan apakah batas itu sudah resmi?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Kami LSM yang mendampingi warga tepian sungai di Mentawa Baru Hulu. Kalau lahan "
            "warga tidak legal, bentuk penanganan kumuhnya apa? Apakah pasti dipindahkan?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        "pemugaran, peremajaan, pemukiman kembali — bedanya apa? versi singkat",
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Untuk bahan berita: ada data berapa jumlah lokasi kumuh dan total luasnya di "
            "Kalimantan Tengah?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "FYI buat bahan paparan: ada yg punya angka total kawasan kumuh se-Kalteng? "
            "kebanyakan di tepi sungai kan?"
        ),
        "kumuh.kalteng",
    ),
    (
        "Satu usulan kegiatan itu isinya apa aja sih? intinya aja",
        "usulan.isi",
    ),
    (
        "mau bkin usulan prtama kali nih, ap4 aj4 yg hrs diisi & knp bnyk bgt yg ditnya??",
        "usulan.isi",
    ),
    (
        ("@admin prov jenis usulan yang bisa dikirim ke provinsi itu apa saja ya? RTLH masuk gak?"),
        "usulan.jenis",
    ),
    (
        (
            "Which kinds of proposals can a regency send to the province through this bot? "
            "Only slum upgrading, or roads too?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Saya pendamping desa di Tumbang Tariak. Kalau dinas mau usul jalan lingkungan di "
            "desa kami, data lokasi apa saja yang perlu disiapkan? Titik koordinat perlu "
            "juga?"
        ),
        "usulan.lokasi",
    ),
    (
        "data lokasi di usulan itu apa aja? poin2nya aja",
        "usulan.lokasi",
    ),
    (
        "jmlh KK sm jiwa tu wjib diisi? trs sumber dananya blh plh APBDes gt?",
        "usulan.penerima_biaya",
    ),
    (
        (
            'Diteruskan dari grup bidang: "untuk usulan TA depan, cantumkan penerima manfaat '
            'dan estimasi biaya". Penerima manfaat itu dihitung KK, jiwa atau unit? sumber '
            "dananya pilih yg mana?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Saya staf anggota DPRD dapil Barito Selatan. Konstituen minta drainase di Buntok "
            "diusulkan ke provinsi. Dokumen kesiapan apa saja yang biasanya diminta agar "
            "usulan PSU dianggap siap?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Hi all, what readiness criteria does the province look at for a PSU proposal? "
            "trying to get our files ready early"
        ),
        "usulan.kesiapan",
    ),
    (
        "lahan buat usulan harus gimana statusnya? wajib clean and clear? jawab singkat aja",
        "usulan.lahan",
    ),
    (
        "lahan nya msh mlk warga, blm ad sertifikat, cm SKT. bs diusulin g y? hrs c&c gt??",
        "usulan.lahan",
    ),
    (
        (
            "cc @tim kumuh Kapuas: pas isi usulan kumuh diminta nomor & tanggal SK. kalau "
            "lokasinya belum tercantum di SK gimana? tetap bisa kirim?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        "SK kumuh kmi udh 6 thn, ngaruh g k usulan kumuhh nya??",
        "usulan.sk_kumuh",
    ),
    (
        "DED, RAB, RKS, site plan — wajib semua buat usulan? jawab versi singkatnya",
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Saya konsultan yang diminta dinas Kabupaten Seruyan menyiapkan dokumen teknis "
            "usulan ke provinsi. Dokumen teknis apa saja yang lazim dilampirkan, termasuk "
            "foto kondisi?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "@Bu Rina surat pernyataan hibah dan O&P itu maksudnya surat apa ya? yg tanda "
            "tangan siapa? mohon pencerahan"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Do we have to attach a statement that the regency will accept the grant and take "
            "care of operation and maintenance? Asking for our Bartim team"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        "rtlh lwt prov syrtny ap4? rmh nya blm ad, mo bngun br bs g??",
        "usulan.rtlh",
    ),
    (
        (
            "Saya pendamping desa di Buntoi. Ada warga janda yang rumahnya hampir roboh, tapi "
            "tanahnya masih atas nama orang tuanya. Bisa dapat bantuan RTLH dari provinsi? "
            "Siapa yang menetapkan penerimanya?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Warga RT 05 Panarung ingin minta drainase langsung ke provinsi tanpa lewat "
            "dinas. Saya aktivis yang mendampingi mereka: bisa tidak, dan apa syaratnya?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        "masyarakat boleh ngusulin jalan lingkungan sendiri gak? jelasin singkat",
        "usulan.psu_masyarakat",
    ),
    (
        (
            "FYI jaling yg dibangun prov tahun lalu di desa kami katanya mau dihibahkan. "
            "prosesnya gimana ya, pakai BAST? yg pelihara siapa nanti? #tanya"
        ),
        "hibah.aset",
    ),
    (
        (
            "Once the province builds a neighbourhood road on regency land, who ends up "
            "owning it and who maintains it? (journalist, Kalteng Pos)"
        ),
        "hibah.aset",
    ),
    (
        (
            "kalau usulan kami ditolak karena bukan kewenangan provinsi, dananya bisa dicari "
            "ke mana? singkat aja"
        ),
        ("pendanaan.saluran_lain", "bot.ditolak_dialihkan"),
    ),
    (
        "kumuh 6 ha kn bkn krjaan prov y, trs dananya drmn aj4 opsinya?? DAK bs?",
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Dari kantor anggota DPRD: kalau kegiatan permukiman tidak bisa dibiayai APBD "
            "provinsi, sumber pendanaan lain apa yang realistis? APBN, DAK, CSR?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Saya mahasiswa perencanaan wilayah. Bisa dijelaskan alur tahunan usulan kegiatan "
            "perumahan dari kabupaten ke provinsi, dari awal sampai asetnya diserahkan?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "#rakor2027 buat rekan2 yg baru gabung: siklus usulan tiap tahun itu urutannya "
            "gimana? usulan tahun ini untuk anggaran tahun kapan?"
        ),
        "siklus.tahunan",
    ),
    (
        "usln kmi dcek ap4 aj4 sm prov? adm, teknis, kwnngn?? gmn crnya",
        "siklus.pemeriksaan",
    ),
    (
        "provinsi meriksa usulan itu lihat apa aja? ringkas ya",
        "siklus.pemeriksaan",
    ),
    (
        (
            "Saya reporter. Rakor Bidang Kawasan Permukiman se-Kalimantan Tengah itu forum "
            "apa dan apa tujuannya?"
        ),
        "siklus.rakor",
    ),
    (
        "What is the Rakor actually for, and who usually takes part? Writing a short explainer",
        "siklus.rakor",
    ),
    (
        (
            "Mohon pencerahan: setelah usulan dibahas di Rakor, lanjutnya ke mana? Musrenbang "
            "dulu baru RKPD, terus APBD ya? cc @Pak Kabid"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        "dari Rakor sampai jadi APBD itu tahapnya apa aja? kayak jelasin ke anak SD",
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Kami LSM perumahan ingin terlibat di Pokja PKP kabupaten. Sebenarnya Pokja PKP "
            "itu apa fungsinya dan apa dasar aturannya?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        "pokjaPKP t4 ngapain aj s1h? prlu dbntuk d kab g?",
        "koordinasi.pokja_pkp",
    ),
    (
        (
            'fwd: "undangan fisik diantar langsung ke kantor Disperkimtan prov". alamat '
            "lengkap kantornya di mana ya rekan2?"
        ),
        "disperkimtan.kontak",
    ),
    (
        (
            "Where is the provincial Disperkimtan office, and does it have a website? I'd "
            "like to visit for an interview."
        ),
        "disperkimtan.kontak",
    ),
    (
        "bot ini bisa dipakai buat apa aja? perintahnya apa? yang singkat2 aja",
        "bot.cara_pakai",
    ),
    (
        "jm d bot ini pk WIB ato WITA yaa?? sy d Muara Teweh, bngung",
        "bot.cara_pakai",
    ),
    (
        (
            "@admin prov lampiran di /usul maksimal berapa foto dan berapa PDF ya? RAB kami "
            "ada 3 file"
        ),
        "bot.usul",
    ),
    (
        "klo isi /usul trs sinyal ilang, hrs ulg dr awl g? trs ad f1tur salin usulan lama g s1h",
        "bot.usul",
    ),
    (
        "status 'dibahas di Rakor' sama 'verifikasi' itu artinya apa? singkat aja",
        "bot.status",
    ),
    (
        (
            "What does the status 'perlu perbaikan' mean, and can we still edit the proposal "
            "after that?"
        ),
        "bot.status",
    ),
    (
        (
            'Diteruskan: notif "Usulan USL-2027-0014 dialihkan ke APBD kab/kota". maksudnya '
            "dialihkan itu gimana ya, bisa diajukan ulang gak?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "usulan kmi dtolak alsanny bknkewenanganprovinsi, trs hrs gmn dong?? bs bnding gk",
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Konstituen kami bertanya, Pak: setelah usulan dinas masuk ke provinsi, berapa "
            "lama standarnya diverifikasi dan ditanggapi? (staf anggota DPRD)"
        ),
        "bot.tindak_lanjut",
    ),
    (
        "katanya bot ini pakai patokan LAPOR! buat tindak lanjut usulan. intinya apa?",
        "bot.tindak_lanjut",
    ),
    (
        (
            "Undangan Rakor udah masuk di bot. Saya berhalangan, bisa diwakilkan staf? "
            "konfirmasi hadirnya lewat mana? @admin prov"
        ),
        "bot.rapat",
    ),
    (
        "Will the bot remind me before a meeting I've been invited to? How far ahead?",
        "bot.rapat",
    ),
    (
        (
            "Di banyak rilis pemda tertulis 'Dinas Perkim'. Perkim itu singkatan dari apa ya? "
            "Saya wartawan baru di desk daerah"
        ),
        "istilah.perkim",
    ),
    (
        "prkim tu ap4 s1h kpnjngnnya?",
        "istilah.perkim",
    ),
    (
        "Disperkimtan itu singkatan apa? satu kalimat aja",
        "istilah.disperkimtan",
    ),
    (
        (
            "maaf pendatang baru di grup 🙏 Disperkim sama Disperkimtan itu beda ya? 'tan'-nya "
            "itu apa?"
        ),
        "istilah.disperkimtan",
    ),
    (
        "PSU t4 s1ngkatan ap4y? prasarana sarana ... ap4 lg",
        "istilah.psu",
    ),
    (
        (
            "Dalam skripsi saya sering muncul istilah PSU. Apa kepanjangan dan pengertiannya "
            "dalam konteks perumahan?"
        ),
        "istilah.psu",
    ),
    (
        "maaf ikut nimbrung, di grup sering ditulis 'jaling'. itu apa ya? wkwk",
        "istilah.jaling",
    ),
    (
        "jaling = ? jawab singkat",
        "istilah.jaling",
    ),
    (
        (
            "Saya pendamping desa di Sarapat. Warga sering nanya 'drainase' itu apa. Gimana "
            "saya jelasin ke mereka?"
        ),
        "istilah.drainase",
    ),
    (
        "drainase lingkungan itu apa? kayak jelasin ke anak SD aja",
        "istilah.drainase",
    ),
    (
        "d tbl SK kumuh ad kode KR. KR tu ap y?",
        "istilah.kr",
    ),
    (
        ("@Bu Rina di lampiran SK tertulis 'KS' di kolom tingkat kekumuhan. KS itu maksudnya apa?"),
        "istilah.ks",
    ),
    (
        (
            "Di tabel lokasi kumuh yang saya temukan untuk penelitian ada singkatan KB. Ini "
            "bukan keluarga berencana kan? Artinya apa?"
        ),
        "istilah.kb",
    ),
    (
        "What is an 'SK kumuh'? Saw it in a council document",
        "istilah.skkumuh",
    ),
    (
        "SK kumuh itu apa sih? jelasin pakai bahasa sederhana",
        "istilah.skkumuh",
    ),
    (
        "delinasi/delineasi tuh ap4 sihh?? sering dsebut pas rapat",
        "istilah.delineasi",
    ),
    (
        (
            "Istilah 'delineasi kawasan kumuh' sering muncul di dokumen pemda. Untuk pembaca "
            "awam, bagaimana saya menjelaskannya?"
        ),
        "istilah.delineasi",
    ),
    (
        "FYI buat staf baru: RTLH itu singkatan apa ya? biar gak salah tulis di laporan",
        "istilah.rtlh",
    ),
    (
        "rtlh tu ap4 y? rmh t1dak ...?",
        "istilah.rtlh",
    ),
    (
        "RLH itu apa? intinya aja",
        "istilah.rlh",
    ),
    (
        "#tanya di laporan capaian ada 'RTLH menjadi RLH'. RLH itu apa ya rekan2?",
        "istilah.rlh",
    ),
    (
        (
            "Program 'bedah rumah' yang sering diberitakan itu sebenarnya apa? Saya jurnalis, "
            "mau memastikan istilahnya benar"
        ),
        "istilah.bedahrumah",
    ),
    (
        "bdh rmhhh tu mksdny ap? rmhnya dbongkar smua??",
        "istilah.bedahrumah",
    ),
    (
        "#tanya BSPS itu program apa ya? warga nanyain terus",
        "istilah.bsps",
    ),
    (
        "I keep seeing 'BSPS' in Indonesian housing papers for my thesis. What is it?",
        "istilah.bsps",
    ),
    (
        "MBR artinya apa? satu kalimat",
        "istilah.mbr",
    ),
    (
        (
            "Saya developer kecil di Pangkalan Bun. Yang disebut MBR dalam program perumahan "
            "itu siapa?"
        ),
        "istilah.mbr",
    ),
    (
        "cc @Pak Yanto, rusunawa itu yang disewakan ya? mau mastiin sebelum rapat",
        "istilah.rusunawa",
    ),
    (
        (
            "Mahasiswa arsitektur nih: rusunawa itu singkatan dari apa dan bedanya dengan "
            "rusun biasa apa?"
        ),
        "istilah.rusunawa",
    ),
    (
        "rusus itu apa? versi singkatnya",
        "istilah.rusus",
    ),
    (
        "rusus tu ap4 y? rmh khusus ap rmh susun??",
        "istilah.rusus",
    ),
    (
        (
            "Assalamualaikum warahmatullah, afwan bapak/ibu, di laporan pasca banjir Kec. "
            "Timpah ada tulisan huntara. Itu maksudnya apa ya? Mohon pencerahannya, "
            "jazakallah khair."
        ),
        "istilah.huntara",
    ),
    (
        (
            "min mau nanya dong, huntara sama huntap bedanya apa sih? yg satu sementara yg "
            "satu tetap gitu?"
        ),
        ("istilah.huntara", "istilah.huntap"),
    ),
    (
        "Pertanyaan: istilah huntap itu kepanjangannya apa dan biasanya dipakai untuk siapa?",
        "istilah.huntap",
    ),
    (
        "Bukankah huntap itu rumah permanen buat korban bencana? apa iya artinya hunian tetap?",
        "istilah.huntap",
    ),
    (
        (
            "Perihal: isian form usulan\nKab: Pulang Pisau\nPertanyaan: kolom KK itu maksudnya "
            "kepala keluarga atau kartu keluarga?"
        ),
        "istilah.kk",
    ),
    (
        (
            "Hello admin bot, in the beneficiaries part there is KK. What does KK stand for? "
            "Is it the number of households?"
        ),
        "istilah.kk",
    ),
    (
        (
            "Masa sih kolom jiwa itu maksudnya bukan jumlah orang? jiwa di data penerima "
            "manfaat itu artinya apa sebenarnya?"
        ),
        "istilah.jiwa",
    ),
    (
        (
            "Assalamualaikum, afwan pertanyaan dasar: satuan ha yang dipakai di data kawasan "
            "itu hektare kan? satu hektare setara berapa meter persegi? barakallah"
        ),
        "istilah.ha",
    ),
    (
        "halo bot, singkatan ha itu apa ya, hektar atau hektare yg baku?",
        "istilah.ha",
    ),
    (
        (
            "kak admin, DED itu singkatan dari apa ya? diminta di dokumen kesiapan tp sy "
            "kurang paham"
        ),
        "istilah.ded",
    ),
    (
        (
            "Assalamualaikum dear admin, kindly explain what DED means. Our team in Kuala "
            "Kurun is not sure. Jazakallah khair."
        ),
        "istilah.ded",
    ),
    (
        "Tanya: RAB itu apa? apakah isinya rincian biaya pekerjaan?",
        "istilah.rab",
    ),
    (
        (
            "Apa iya RAB itu cuma rencana anggaran biaya biasa? tidak ada arti khusus lain di "
            "perkim?"
        ),
        "istilah.rab",
    ),
    (
        (
            "Bismillah, assalamualaikum warahmatullah. Afwan, RKS itu kepanjangannya apa ya? "
            "InsyaAllah mau kami lengkapi minggu ini."
        ),
        "istilah.rks",
    ),
    (
        "mimin, RKS itu isinya apa sih? bukan gambar kan?",
        "istilah.rks",
    ),
    (
        "Mohon info terkait: istilah KAK. Apakah KAK itu sama dengan TOR?",
        "istilah.kak",
    ),
    (
        (
            "Tidak mungkin kan KAK itu singkatan kakak wkwk, di dokumen teknis KAK itu apa "
            "sebenarnya?"
        ),
        "istilah.kak",
    ),
    (
        "halo bot, site plan maksudnya gmn? rencana tapak ya?",
        "istilah.siteplan",
    ),
    (
        "Dear admin, kindly inform what is meant by a site plan. Is it a drawing of the layout?",
        "istilah.siteplan",
    ),
    (
        (
            "Assalamualaikum warahmatullah. Afwan, dalam pembahasan DAK sering disebut RC, "
            "itu singkatan apa ya? Mohon pencerahannya."
        ),
        "istilah.rc",
    ),
    (
        "Nama: Yosef\nKab: Barito Utara\nPertanyaan: RC itu maksudnya apa? readiness apa gitu?",
        "istilah.rc",
    ),
    (
        "Bukankah BAST itu berita acara? berita acara apa tepatnya, apa iya serah terima?",
        "istilah.bast",
    ),
    (
        "min BAST kepanjangannya apa ya, lupa saya 🙏",
        "istilah.bast",
    ),
    (
        (
            "Assalamualaikum, afwan mau tanya arti kata hibah dalam urusan pemerintahan itu "
            "apa ya? Jazakallah khair."
        ),
        "istilah.hibah",
    ),
    (
        "Pertanyaan: hibah itu pemberian uang atau barang? pengertiannya apa?",
        "istilah.hibah",
    ),
    (
        "Perihal: aset\nPertanyaan: BMD itu singkatan dari apa?",
        "istilah.bmd",
    ),
    (
        "Apa iya BMD itu barang milik daerah? atau ada kepanjangan lain?",
        "istilah.bmd",
    ),
    (
        "kak admin, BMN itu apa? bedanya sama BMD gimana?",
        ("istilah.bmn", "istilah.bmd"),
    ),
    (
        (
            "Assalamualaikum, afwan, aset dari Balai yang dihibahkan ke kami disebut BMN. BMN "
            "itu kepanjangannya apa ya? Barakallahu fiikum."
        ),
        "istilah.bmn",
    ),
    (
        "Tanya: O&P itu singkatan apa ya?",
        "istilah.op",
    ),
    (
        "min, OP di dokumen itu maksudnya operasi dan pemeliharaan bukan sih?",
        "istilah.op",
    ),
    (
        "Masa sih SPM di perumahan artinya beda dengan SPM di sekolah? SPM itu apa sebenarnya?",
        "istilah.spm",
    ),
    (
        "Assalamualaikum, dear admin, kindly inform what SPM stands for. Jazakallah.",
        "istilah.spm",
    ),
    (
        (
            "Assalamualaikum warahmatullah, afwan, Pokja PKP itu apa ya? Di kabupaten kami "
            "katanya mau dibentuk. Mohon pencerahannya."
        ),
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        "Tanya: kepanjangan Pokja PKP?",
        "istilah.pokjapkp",
    ),
    (
        "halo min, Pokja PPAS itu apa? PPAS nya singkatan apa?",
        "istilah.pokjappas",
    ),
    (
        "Apa iya Pokja PPAS itu juga ngurus air minum dan sanitasi, bukan cuma perumahan?",
        "istilah.pokjappas",
    ),
    (
        "Mohon info terkait: Pokja AMPL. AMPL itu singkatan dari apa?",
        "istilah.pokjaampl",
    ),
    (
        (
            "Assalamualaikum, afwan, RP3KP itu dokumen apa ya dan berapa tahun jangka "
            "waktunya? Jazakallah khair."
        ),
        "istilah.rp3kp",
    ),
    (
        "Bukankah RP3KP dan RP2KPKP itu dokumen yang sama? masa sih beda?",
        ("istilah.rp3kp", "istilah.rp2kpkp"),
    ),
    (
        "bot pinter, jawab ya: RP2KPKP kepanjangannya apa?",
        "istilah.rp2kpkp",
    ),
    (
        "Pertanyaan: dokumen RP2KPKP itu berisi rencana apa?",
        "istilah.rp2kpkp",
    ),
    (
        "Dear admin, isn't KOTAKU a national slum programme? What does KOTAKU stand for?",
        "istilah.kotaku",
    ),
    (
        (
            "Assalamualaikum, afwan, program KOTAKU itu apa ya? dulu ada BKM di kelurahan "
            "kami di Pahandut."
        ),
        "istilah.kotaku",
    ),
    (
        (
            "Tidak mungkin kan DAK Tematik PPKT bukan untuk kumuh? PPKT itu singkatan apa "
            "sebenarnya?"
        ),
        "istilah.daktematikppkt",
    ),
    (
        "min, DAK PPKT itu apa ya? tematik apa maksudnya",
        "istilah.daktematikppkt",
    ),
    (
        "Tanya: APBN itu kepanjangannya apa? (buat isian sumber dana)",
        "istilah.apbn",
    ),
    (
        "Apa iya APBD itu ada dua macam, provinsi dan kabupaten/kota? APBD itu apa tepatnya?",
        "istilah.apbd",
    ),
    (
        "halo bot, APBD singkatan dr apa ya",
        "istilah.apbd",
    ),
    (
        "Dear admin, kindly explain APBDes. Is it the village budget?",
        "istilah.apbdes",
    ),
    (
        "Perihal: sumber dana\nPertanyaan: APBDes itu anggaran apa?",
        "istilah.apbdes",
    ),
    (
        (
            "Assalamualaikum warahmatullah, afwan, Bankeu itu maksudnya apa ya? bantuan "
            "keuangan dari provinsi kah? Jazakallah."
        ),
        "istilah.bankeu",
    ),
    (
        "Bukankah Bankeu itu sama saja dengan BKK? Bankeu itu apa sebenarnya?",
        "istilah.bankeu",
    ),
    (
        "min mau nanya dong, pokir itu apa? sering disebut anggota dewan pas reses",
        "istilah.pokir",
    ),
    (
        "Dear admin, our DPRD member mentioned Pokir. Kindly inform what Pokir means.",
        "istilah.pokir",
    ),
    (
        "Tanya: Musrenbang itu kepanjangannya apa dan tingkatannya apa saja?",
        "istilah.musrenbang",
    ),
    (
        "Masa sih Musrenbang cuma di tingkat desa? Musrenbang itu musyawarah apa sebenarnya?",
        "istilah.musrenbang",
    ),
    (
        "kak admin, RKPD itu apa? rencana tahunan daerah ya?",
        "istilah.rkpd",
    ),
    (
        (
            "Assalamualaikum, afwan, RKPD kepanjangannya apa ya? insyaAllah kami perlu untuk "
            "bahan laporan."
        ),
        "istilah.rkpd",
    ),
    (
        "Pertanyaan: Renja itu dokumen apa?",
        "istilah.renja",
    ),
    (
        "Bukankah Renja itu rencana kerja OPD untuk satu tahun? apa iya?",
        "istilah.renja",
    ),
    (
        "min, renstra itu rencana strategis yg 5 tahunan itu kan?",
        "istilah.renstra",
    ),
    (
        "Assalamualaikum, afwan, Renstra itu apa ya maksudnya? jazakallah khair",
        "istilah.renstra",
    ),
    (
        (
            "Assalamualaikum warahmatullah, afwan, RPJMD itu apa ya? berapa tahun periodenya? "
            "Mohon pencerahannya."
        ),
        "istilah.rpjmd",
    ),
    (
        "Nama: Rini\nKab: Kotawaringin Timur\nPertanyaan: RPJMD singkatan dari apa?",
        "istilah.rpjmd",
    ),
    (
        "Apa iya KUA-PPAS itu dibahas sebelum RAPBD? KUA-PPAS itu apa sebenarnya?",
        "istilah.kuappas",
    ),
    (
        "halo bot, KUA PPAS itu apaan ya",
        "istilah.kuappas",
    ),
    (
        "Mohon info terkait: RKA. Itu kepanjangannya apa?",
        "istilah.rka",
    ),
    (
        "Assalamualaikum, afwan, RKA itu dokumen apa ya di penganggaran? Jazakallah khair.",
        "istilah.rka",
    ),
    (
        "Dear admin, what is a DPA? Kindly explain.",
        "istilah.dpa",
    ),
    (
        "Masa sih DPA itu bukan dokumen pelaksanaan anggaran? apa iya kepanjangannya begitu?",
        "istilah.dpa",
    ),
    (
        "min, SIPD itu sistem apa ya? yg dari kemendagri kah?",
        "istilah.sipd",
    ),
    (
        "Tanya: kepanjangan SIPD apa?",
        "istilah.sipd",
    ),
    (
        "Assalamualaikum, afwan, Bapperida itu badan apa ya? barakallah",
        "istilah.bapperida",
    ),
    (
        (
            "Bukankah Bapperida itu badan perencanaan provinsi? apa iya ada riset dan "
            "inovasinya juga?"
        ),
        "istilah.bapperida",
    ),
    (
        "bot, OPD itu maksudnya apa?",
        "istilah.opd",
    ),
    (
        "Pertanyaan: singkatan OPD di surat undangan itu apa?",
        "istilah.opd",
    ),
    (
        "Perihal: istilah\nPertanyaan: SKPD itu apa? masih sama dengan OPD?",
        "istilah.skpd",
    ),
    (
        (
            "Assalamualaikum warahmatullah, afwan, SPAM dalam dokumen air minum itu "
            "kepanjangannya apa ya? Jazakallah."
        ),
        "istilah.spam",
    ),
    (
        (
            "Tidak mungkin kan SPAM di sini maksudnya email sampah? SPAM itu apa di bidang "
            "permukiman?"
        ),
        "istilah.spam",
    ),
    (
        "min, SPALD itu apa sih? yg air limbah itu ya?",
        "istilah.spald",
    ),
    (
        "Perihal: sektor sanitasi\nPertanyaan: SPALD kepanjangannya apa?",
        "istilah.spald",
    ),
    (
        "Dear admin, kindly explain briefly what an IPAL is.",
        "istilah.ipal",
    ),
    (
        "Assalamualaikum, afwan, IPAL itu instalasi apa ya? mohon pencerahannya",
        "istilah.ipal",
    ),
    (
        "Apa iya TPS3R itu tempat pengolahan sampah? 3R nya maksudnya apa?",
        "istilah.tps3r",
    ),
    (
        "kak admin TPS3R itu apa",
        "istilah.tps3r",
    ),
    (
        "Tanya: MCK itu apa? fasilitas mandi cuci kakus kan?",
        "istilah.mck",
    ),
    (
        "Assalamualaikum, afwan, MCK komunal itu maksudnya apa ya? jazakallah",
        "istilah.mck",
    ),
    (
        "min, RTRW itu rencana tata ruang ya? bukan RT/RW kan 😅",
        "istilah.rtrw",
    ),
    (
        "Masa sih RTRW di syarat lahan itu maksudnya Rukun Tetangga? RTRW itu apa sebenarnya?",
        "istilah.rtrw",
    ),
    (
        "Pertanyaan: RDTR itu rencana apa?",
        "istilah.rdtr",
    ),
    (
        "Assalamualaikum, dear admin, kindly inform what RDTR means. Barakallah.",
        "istilah.rdtr",
    ),
    (
        "Assalamualaikum, afwan, PBG itu persetujuan apa ya? apa kepanjangannya?",
        "istilah.pbg",
    ),
    (
        "bot, PBG itu apa ya?",
        "istilah.pbg",
    ),
    (
        "Apa iya SLF itu sertifikat laik fungsi? untuk apa sebenarnya?",
        "istilah.slf",
    ),
    (
        "Mohon info terkait: istilah SLF",
        "istilah.slf",
    ),
    (
        "Dear admin, what does SKBG stand for?",
        "istilah.skbg",
    ),
    (
        "Assalamualaikum, afwan, SKBG itu sertifikat apa ya? Jazakallah.",
        "istilah.skbg",
    ),
    (
        "min, SKT itu surat apa? sy dengar RTLH minimal hrs ada SKT",
        "istilah.skt",
    ),
    (
        "Tanya: SKT itu kepanjangannya apa? apakah sama dengan sertifikat tanah?",
        "istilah.skt",
    ),
    (
        (
            "Bukankah lahan clean and clear itu cukup tidak sengketa saja? apa iya harus "
            "bersertifikat dan sesuai tata ruang juga?"
        ),
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    (
        (
            "Assalamualaikum warahmatullah, afwan, istilah clean and clear itu maksudnya apa "
            "ya? mohon pencerahannya."
        ),
        "istilah.cleanandclear",
    ),
    (
        "halo bot, CSR itu apa? dana dari perusahaan kah?",
        "istilah.csr",
    ),
    (
        "Pertanyaan: CSR sebagai sumber dana itu maksudnya apa?",
        "istilah.csr",
    ),
    (
        "Pertanyaan: Rakor itu singkatan dari apa? rapat koordinasi apa?",
        "istilah.rakor",
    ),
    (
        (
            "Apa iya Rakor itu kepanjangannya Rapat Koordinasi dan Sinkronisasi? bukan cuma "
            "rapat koordinasi?"
        ),
        "istilah.rakor",
    ),
    (
        "Assalamualaikum, afwan, LAPOR! itu apa ya? kok bot ini menyebut standar LAPOR!?",
        "istilah.lapor",
    ),
    (
        (
            "min, LAPOR itu sistem pengaduan ya? apa hubungannya sama tindak lanjut usulan di "
            "bot ini?"
        ),
        ("istilah.lapor", "bot.tindak_lanjut"),
    ),
    (
        "Tanya: WIB itu UTC plus berapa? Kalteng pakai WIB kan?",
        "istilah.wib",
    ),
    (
        "Bukankah Kalteng dulu pakai WITA? masa sih sekarang ikut WIB?",
        "istilah.wib",
    ),
    (
        "Dear admin, kindly explain what housing backlog means.",
        "istilah.backlog",
    ),
    (
        (
            "Assalamualaikum, afwan, backlog perumahan itu apa ya maksudnya? kok angkanya "
            "beda-beda antara PUPR dan BPS?"
        ),
        "istilah.backlog",
    ),
    (
        "min PKP itu singkatan apa ya",
        "istilah.pkp",
    ),
    (
        (
            "Tidak mungkin kan PKP di sini maksudnya pengusaha kena pajak? PKP itu apa di "
            "bidang perumahan?"
        ),
        "istilah.pkp",
    ),
    (
        "Pertanyaan: pengertian permukiman kumuh itu apa?",
        "istilah.kumuh",
    ),
    (
        (
            "Assalamualaikum, afwan, yang dimaksud kumuh dalam konteks perkim itu apa ya? "
            "jazakallah khair"
        ),
        "istilah.kumuh",
    ),
    (
        (
            "Isn't DAK a special allocation fund from the central government? Kindly inform "
            "what DAK stands for."
        ),
        "istilah.dak",
    ),
    (
        "min, DAK itu dana alokasi khusus kan? maksudnya gimana",
        "istilah.dak",
    ),
    (
        "Bukankah rusun itu singkatan rumah susun? apa iya?",
        "istilah.rusun",
    ),
    (
        "Tanya: rusun itu apa ya?",
        "istilah.rusun",
    ),
]

ROUND37_INTENTS: list[tuple[str, str]] = [
    (
        (
            "@admin prov usulan drainase Kec. Baamang yg kami kirim bulan lalu udah sampai "
            "mana ya? #tanya"
        ),
        "status",
    ),
    (
        "usulankmi udh dcek blm s1h?? dtolak ato dtrima, plisss kabarin",
        "status",
    ),
    (
        (
            "Hi, could you check where our proposals from Gunung Mas stand right now? Has any "
            "been accepted yet?"
        ),
        "status",
    ),
    (
        "#rakor2027 kapan & di mana Rakor tahun ini dilaksanakan? mau ajukan SPPD",
        "meeting",
    ),
    (
        "rapat koordinasi berikutnya tanggal berapa, jam berapa? singkat aja",
        "meeting",
    ),
    (
        "rkr t4hun ini dadain d mn y? tgl brp?? biar bs psn hotel",
        "meeting",
    ),
    (
        "up.. batas akhir kirim usulan untuk TA depan sampai tanggal berapa ya rekan2?",
        "deadline",
    ),
    (
        "usulan terakhir diterima kapan? jawab satu kalimat",
        "deadline",
    ),
    (
        "dedlen usln kpn s1h?? msh s3mpet g klo mggu dpn br krm",
        "deadline",
    ),
    (
        "Selamat pagi Pak/Bu admin 🙏",
        "greeting",
    ),
    (
        "mksh bnyk ya botttt, udh ngebantu bgt",
        "greeting",
    ),
    (
        "halo, saya butuh bantuan",
        "greeting",
    ),
    (
        "gimana cara masukin usulan lewat bot ini? step-stepnya singkat aja",
        "how_to_submit",
    ),
    (
        (
            "@admin prov saya operator baru dari Pulpis, mau input usulan jalan lingkungan ke "
            "bot caranya gimana?"
        ),
        "how_to_submit",
    ),
    (
        "cr ngrm usln lwt bot gmn y?? mulainya dr mn",
        "how_to_submit",
    ),
    (
        (
            "Assalamualaikum, afwan, usulan jaling kami dari Kab. Seruyan yang di Kuala "
            "Pembuang sudah sampai mana ya prosesnya? sudah diverifikasi belum?"
        ),
        "status",
    ),
    (
        "min, usulan USL-2026-0007 punya kami statusnya apa skrg? ditolak kah?",
        "status",
    ),
    (
        (
            "Dear admin, kindly inform the current status of our proposals from Barito Timur. "
            "Have they been approved?"
        ),
        "status",
    ),
    (
        "Pertanyaan: Rakor tahun ini dilaksanakan tanggal berapa dan di mana?",
        "meeting",
    ),
    (
        (
            "Bukankah Rakor biasanya bulan November? masa sih belum ada jadwal rapat "
            "berikutnya? kapan ya?"
        ),
        "meeting",
    ),
    (
        "halo bot, rapat koordinasi berikutnya jam berapa dan tempatnya di mana?",
        "meeting",
    ),
    (
        (
            "Assalamualaikum warahmatullah, afwan, batas akhir pengiriman usulan tahun ini "
            "sampai tanggal berapa ya? insyaAllah kami kirim minggu depan."
        ),
        "deadline",
    ),
    (
        (
            "Perihal: tenggat\nKab: Lamandau\nPertanyaan: usulan untuk TA depan masih bisa "
            "dikirim sampai kapan?"
        ),
        "deadline",
    ),
    (
        (
            "Masa sih penerimaan usulan sudah ditutup? bukankah masih ada waktu? sampai kapan "
            "sebenarnya?"
        ),
        "deadline",
    ),
    (
        "Assalamualaikum warahmatullahi wabarakatuh, selamat pagi bapak ibu admin.",
        "greeting",
    ),
    (
        "makasih banyak min, sangat membantu 🙏",
        "greeting",
    ),
    (
        "Halo bot, tolong bantu saya ya",
        "greeting",
    ),
    (
        "min, cara input usulan lewat bot ini gimana ya? mulai dari mana?",
        "how_to_submit",
    ),
    (
        "Tanya: bagaimana langkah mengirim usulan kegiatan PSU melalui bot Sinkron?",
        "how_to_submit",
    ),
    (
        "Dear admin, kindly guide me on how to submit a proposal through this bot.",
        "how_to_submit",
    ),
]

ROUND37_AREAS: list[tuple[str, str]] = [
    (
        "kumuh di Kel. Pahandut Seberang luasnya 8,5 ha, itu kewenangan siapa? intinya aja",
        "kabkota",
    ),
    (
        "@admin prov kawasan kumuh Selat Hulu tercantum di SK 12,75 hektar. masuk provinsi kan?",
        "provinsi",
    ),
    (
        "luas kumuhny p4s 10 ha, p4s bgt. kab ato prov nih??",
        "provinsi",
    ),
    (
        (
            "Delineasi kawasan kumuh Baamang Tengah tepat 15 hektare. Pemerintah tingkat mana "
            "yang berwenang menangani? Saya wartawan, mohon jawabannya"
        ),
        "pusat",
    ),
    (
        "A slum area of 22 hectares in Sampit: which level of government is responsible for it?",
        "pusat",
    ),
    (
        "lokasi kumuh 95.000 m2 di Mentawa Baru Hilir, kewenangan siapa ya? #tanya",
        "kabkota",
    ),
    (
        (
            "Saya mahasiswa, studi kasus saya kawasan kumuh seluas 130.000 m² di tepian "
            "sungai Kapuas Murung. Menurut aturan, penanganannya tanggung jawab pemerintah "
            "tingkat mana?"
        ),
        "provinsi",
    ),
    (
        "kumuhhh 14,99 ha mnrt SK, msh prov g sih?",
        "provinsi",
    ),
    (
        (
            "Kawasan kumuh 150.000 meter persegi di Pasir Putih, ditangani pusat, provinsi, "
            "atau kabupaten? satu kalimat aja"
        ),
        "pusat",
    ),
    (
        (
            "FYI SK kumuh Bartim: lokasi Tamiang Layang 3,2 hektar. ini bisa diusulkan ke "
            "prov atau tetap urusan kab?"
        ),
        "kabkota",
    ),
    (
        "kumuh 9,99 ha, dikit lagi 10. tetap kabupaten ya? jelasin sederhana",
        "kabkota",
    ),
    (
        "Dari LSM pemantau kota: kawasan kumuh 48 ha di Kecamatan Selat itu kewenangan siapa?",
        "pusat",
    ),
    (
        (
            "Assalamualaikum, afwan, kawasan kumuh di Kel. Baamang Barat luasnya 9,8 ha "
            "menurut SK, itu kewenangan siapa ya?"
        ),
        "kabkota",
    ),
    (
        "min, lokasi kumuh Selat Hulu delineasinya 12 hektar, yg tangani prov atau kab?",
        "provinsi",
    ),
    (
        "Pertanyaan: kawasan kumuh seluas tepat 10 ha masuk kewenangan provinsi atau kabupaten?",
        "provinsi",
    ),
    (
        "Bukankah kumuh 15 hektare itu masih provinsi? masa sih sudah pusat?",
        "pusat",
    ),
    (
        (
            "Dear admin, our slum area in Kasongan is 7 hectares. Kindly inform which level "
            "of government is responsible."
        ),
        "kabkota",
    ),
    (
        "Nama: Agus\nKab: Katingan\nLuas kumuh: 85.000 m2\nPertanyaan: ini kewenangan siapa?",
        "kabkota",
    ),
    (
        (
            "halo bot, kumuh 200.000 meter persegi di Kec. Mentawa Baru Ketapang, siapa yg "
            "berwenang?"
        ),
        "pusat",
    ),
    (
        "Apa iya kawasan kumuh 150.000 m² harus ditangani pusat, bukan provinsi?",
        "pusat",
    ),
    (
        (
            "Assalamualaikum warahmatullah, kawasan kumuh di Kel. Pahandut Seberang luasnya "
            "14,99 ha. Afwan, itu kewenangan provinsi atau pusat? Jazakallah."
        ),
        "provinsi",
    ),
    (
        "min, lokasi kumuh tepi sungai di Kuala Kapuas 22 ha, tanggung jawab siapa ya?",
        "pusat",
    ),
    (
        "Tanya: kawasan kumuh 4,2 hektare di Muara Teweh ditangani pemkab atau provinsi?",
        "kabkota",
    ),
    (
        (
            "Tidak mungkin kan kumuh 100.000 m2 itu masih kewenangan kabupaten? jadi siapa "
            "yang berwenang?"
        ),
        "provinsi",
    ),
]

ROUND37_OUT_OF_SCOPE: list[str] = [
    "Berapa total pagu anggaran Disperkimtan Kalteng untuk jalan lingkungan TA 2027?",
    "harga satuan rabat beton jaling per m2 di standar harga Kalteng tahun ini brp ya?",
    "Siapa pemenang tender pembangunan drainase di Kelurahan Langkai tahun lalu? Saya wartawan",
    "Kuota BSPS untuk Kabupaten Lamandau tahun depan ada berapa unit?",
    "@admin prov nomor WA Kabid Kawasan Permukiman berapa ya? mau japri soal Rakor",
    "progres fisik proyek rehab rumah korban banjir di Katingan udah berapa persen minggu ini?",
    "Berapa besaran dana desa untuk Desa Tumbang Tariak tahun 2027?",
    "besok di Palangka Raya hujan gak ya? mau berangkat pagi",
    "Syarat perpanjangan SIM di Polres Kotim apa aja?",
    "jdwl speedboat dr Kuala Kapuas k Banjarmasin jm brp aj4??",
    "Min, tunjangan kinerja ASN pemprov bulan ini cair tanggal berapa?",
    "Izin usaha tambang galian C di Gunung Mas diurus ke mana?",
    "What time does Tjilik Riwut airport open on Sundays?",
    "Bu, anak saya sakit, saya izin tidak ikut apel pagi ini ya",
    "ada info terbaru soal IKN gak? katanya Kalteng ikut kena imbas",
    "min, berapa total pagu APBD Provinsi untuk Disperkimtan tahun 2027?",
    (
        "Assalamualaikum, afwan, berapa harga satuan per meter jalan lingkungan rabat "
        "beton di Kalteng tahun ini?"
    ),
    "Pertanyaan: siapa pemenang tender pembangunan drainase di Sampit tahun lalu?",
    "Apa iya sewa rusunawa di Palangka Raya naik? berapa tarif per bulannya sekarang?",
    "Dear admin, kindly share the phone number of the head of the Kawasan Permukiman division.",
    "Tanya: syarat KPR subsidi FLPP untuk ASN golongan II apa saja?",
    "min, tarif hotel M Bahalap Palangka Raya per malam berapa ya? buat nginap pas rakor",
    (
        "Perihal: data\nKab: Murung Raya\nPertanyaan: berapa jumlah RTLH di kabupaten kami "
        "tahun 2025?"
    ),
    "halo bot, besok Palangka Raya hujan gak ya? mau survei lapangan",
    "Assalamualaikum, afwan, jadwal pencairan TPP ASN bulan ini kapan ya? jazakallah",
    "bot, cara perpanjang SIM di Samsat Sampit gimana?",
    "Masa sih harga TBS sawit minggu ini turun lagi? berapa per kg ya?",
    "Perihal: cuti\nPertanyaan: cuti tahunan PNS berapa hari dan cara mengajukannya bagaimana?",
    "Dear admin, what is the latest news about the governor's reshuffle of agency heads?",
    "Bukankah jalan provinsi Kasongan-Sampit sudah dianggarkan? kapan mulai diperbaiki?",
]
