"""Training table R79 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 66's styles, written by another hand for the first half of the topic list after round 66
was measured untouched: Bugis or Makassar particles, Malaysian Malay words, a forwarded message
around the question, asking to confirm a claim (sometimes a wrong one), swipe-keyboard damage,
urgency, chat-note formatting with markdown and bullets, asking on behalf of a superior; Irish
English. A glossary entry's questions ask what the term means. Its slum-area questions are
computed by rule, not learned; they are measured here only. Written and read in round 38.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R79_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Bapak Kadis menanyakan, tolong dirangkum singkat pembagian kewenangan bidang "
            "perumahan dan kawasan permukiman antara pusat, provinsi dan kabupaten/kota. "
            "Buat bahan sambutan beliau besok."
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Would you ever give me the full picture of who does what in housing and "
            "settlements? The centre, the province and us at the regency. I'm only new in "
            "the job, so I am."
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "katanya perumahan rakyat & kawasan permukiman itu cuma urusan pilihan jadi "
            "boleh gak dianggarkan, betul gak? bukannya masuk urusan wajib pelayanan dasar?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Perumahan ni termasuk urusan wajib ke atau urusan pilihan sahaja? Pasal mana "
            "dalam UU 23/2014 yang sebut macam tu?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "kewenanganpenanganan kawasankumuh dibagi berdasarkan luas ya? batasnya brp "
            "hektar utk kab, prov, pusat"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "**Kewenangan Kumuh**\n• kab/kota : ?\n• provinsi : ?\n• pusat : ?\nmohon diisi "
            "batas luasnya sesuai lampiran UU 23/2014"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "tabe' pak, kalau kawasan kumuh yang 15 hektar ke atas itu bukan mi urusan "
            "provinsi toh? siapa ji yang tangani?"
        ),
        ("kewenangan.kumuh", "kewenangan.kumuh_pusat"),
    ),
    (
        (
            "Fwd: dari grup Perkim Kotim\n> kawasan di Baamang hasil delineasinya ternyata "
            "lebih dari 15 ha, jadi provinsi gak bisa masuk\nJadi kawasan kumuh yang "
            "besar-besar begitu memang ditangani pusat ya?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Pencegahan kawasan kumuh ni provinsi boleh bantu ke, atau memang kabupaten "
            "sahaja yang kena buat?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "urgent, besok pagi rapat sama Bappeda: program pencegahan perumahan & "
            "permukiman kumuh itu kewenangan siapa? kab/kota atau bisa minta provinsi?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "_Sub-urusan Perumahan_\nApa saja yang jadi kewenangan provinsi, dan apa yang "
            "tetap di kabupaten/kota? mohon rinciannya"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "What's the story with the housing sub-affair? Which bits are the province's "
            "and which are left to the regency?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "bener ga sih kalau penyediaan rumah MBR sama pembangunan rusun itu urusannya "
            "pusat, bukan provinsi?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Bu Sekda minta info: pembiayaan perumahan untuk MBR itu di tangan pemerintah "
            "pusat kah? beliau mau jawab pertanyaan dewan"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Mohon cepat ya, banjir di Mentaya Hilir Selatan, rumah warga banyak rusak "
            "berat. Rumah korban bencana itu yang bangun provinsi atau kabupaten?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "iye pak, warga yang kena relokasi program kabupaten di Pulau Petak, rumahnya "
            "siapa ji yang sediakan? provinsi atau kita mi sendiri?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "izinpembangunan perumahan dan SKBG itu yg terbitkan siapa ya, kab atau prov? "
            "developer nanyaa terus"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Fwd: from a developer in Sampit\n> still no word on my housing permit!!\nHe's "
            "giving out again. Is it the province or the regency that issues housing "
            "development permits and the SKBG?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Sub-urusan kawasan permukiman tu pembahagian dia macam mana? Izin kawasan "
            "permukiman, sistem kawasan permukiman nasional, semua tu siapa pegang?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Diteruskan dari grup Bidang Kawasan Permukiman:\n> tolong cek lagi nomenklatur "
            "SIPD sub-urusan kawasan permukiman\nSub-urusan kawasan permukiman itu isinya "
            "apa aja ya, pembagian pusat-prov-kab nya gimana?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "katanya semua PSU itu kewenangan kabupaten, jadi provinsi gak boleh bangun "
            "PSU, betul gak?"
        ),
        "kewenangan.psu",
    ),
    (
        ("bedanya PSU permukiman sama PSU perumahan itu apa di'? yang mana mi urusan provinsi?"),
        "kewenangan.psu",
    ),
    (
        (
            "asap pak, kades di Basarang minta jalan poros desa yang statusnya jalan "
            "kabupaten diperbaiki provinsi. PSU yang dibangun Disperkimtan itu sebenarnya "
            "apa saja? jalan kabupaten masuk gak?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "### Cek lingkup PSU provinsi\n- jalan lingkungan?\n- drainase?\n- lampu jalan "
            "/ TPS?\nYang mana yang memang dikerjakan Disperkimtan prov?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Fwd: Asosiasi konsultan perencana Kobar\n> anggota kami mau registrasi sebagai "
            "perancang rumah\nSertifikasi dan registrasi perancang rumah dan perencana PSU "
            "itu kewenangan kabupaten atau provinsi?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "disuruh pak Bupati nanya: konsultan perencana rumah lokal mau registrasi, "
            "sertifikasinya di kabupaten atau harus ke provinsi/pusat?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Sure look, we've the SPM report due. What does the minimum service standard "
            "for housing actually ask of the province versus the regency?"
        ),
        "kewenangan.spm",
    ),
    (
        ("SPM perumahan rakyat jenis layanannya apa sajaa, targetnyaa 100% itu utk kab atau prov"),
        "kewenangan.spm",
    ),
    (
        (
            "katanya luas kumuh dihitung dari luas seluruh kelurahan, jadi Ketapang yang "
            "luasnya ratusan ha otomatis pusat, betul gak?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Bapak Kadis menanyakan, luas kumuh yang dipakai untuk menentukan kewenangan "
            "itu luas satu desa atau luas delineasi yang ada di SK?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "tabe', yang tetapkan lokasi kumuh itu siapa ji? gubernur kah atau bupati? "
            "berapa tahun sekali mi ditinjau?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "Fwd: Bagian Hukum Setda Kapuas\n> draft keputusan penetapan lokasi perumahan & "
            "permukiman kumuh sudah di meja Sekda\nMau tanya: penetapan lokasi kumuh memang "
            "dengan keputusan bupati ya? lampirannya apa aja, dan wajib ditinjau ulang tiap "
            "berapa tahun?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "**Kriteria kumuh**\nmohon list aspek yg dinilai (katanya ada 7?) buat form "
            "survei kami di Kec. Selat"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "What are the seven aspects they score a slum on? The lads doing the survey in "
            "Pahandut want the list, so they do."
        ),
        "kumuh.aspek",
    ),
    (
        ("skorkumuh maksimal berapa ya? nilaiberapa sampai dikategorikan kumuh beratt"),
        "kumuh.penilaian",
    ),
    (
        (
            "Mohon cepat, sore ini input baseline: cara skoring tiap kriteria kumuh gimana "
            "(0/1/3/5?) dan total nilai berapa yang masuk kumuh berat?"
        ),
        "kumuh.penilaian",
    ),
    (
        "Kumuh sedang dengan kumuh ringan tu julat skor dia berapa ye?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Teman di Barsel bilang skor 40 itu sudah kumuh ringan, bener ga sih? batas "
            "skor sedang sama ringan berapa?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Bapak Kadis menanyakan bedanya pemugaran, peremajaan dan pemukiman kembali "
            "untuk penanganan kumuh, kapan pakai yang mana?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "kawasan kumuh di bantaran Sungai Mentaya itu tanahnya ilegal ji, pola "
            "penanganannya apa mi? peremajaan atau pemukiman kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Fwd: from the press office\n> any figures on slums for the weekend "
            "feature?\nHow many slum locations has Kalteng got altogether, and how many "
            "hectares is that? Grand if you have it."
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "Bapak Kadis minta data jumlah lokasi kumuh dan total luasnya se-Kalimantan "
            "Tengah, untuk wawancara dengan wartawan siang ini."
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "Bu Kabid minta dijelaskan apa saja isi usulan kegiatan dan kenapa tiap data "
            "itu diminta, buat sosialisasi ke kecamatan."
        ),
        "usulan.isi",
    ),
    (
        (
            "*Persiapan usulan TA depan*\n• judul\n• jenis\n• ...\nApa saja isi usulan yang "
            "diminta provinsi dan alasannya masing2?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Besok pagi rapat internal, tolong info jenis usulan apa saja yang bisa "
            "diajukan ke provinsi?"
        ),
        "usulan.jenis",
    ),
    ("jenisusulan yg diterima apa aja? kumuh, psu, rumah, rtlh... adaa lagi gak", "usulan.jenis"),
    (
        (
            "data lokasi usulan itu apa-apa ji yang harus diisi? titik GPS wajib kah, atau "
            "cukup desa sama kecamatan mi?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "**Proposal – location bit**\n• kecamatan\n• desa\n• GPS?\nWhat location "
            "details do I actually need to put in? Is the GPS point a must?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "katanya jumlah jiwa boleh diisi lebih kecil dari jumlah KK, betul gak? terus "
            "sumber dana yang bisa dipilih apa aja?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Bahagian penerima manfaat dan kos tu kena isi macam mana? KK, jiwa, unit "
            "rumah, anggaran rupiah, sumber dana, semua ke?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Fwd: surat Disperkimtan Prov\n> ...usulan PSU agar dilengkapi readiness "
            "criteria...\nJadi dokumen kesiapan apa saja yang harus sudah ada untuk usulan "
            "PSU?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Bu Kabid minta daftar dokumen kesiapan yang wajib ada sebelum kita kirim "
            "usulan jalan lingkungan ke provinsi."
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "urgent: lahan drainase yang mau diusulkan di Desa Tinduk masih tanah warga, "
            "cuma pegang SKT. masih bisa diusulkan? syarat clean and clear nya gimana?"
        ),
        "usulan.lahan",
    ),
    ("statuslahan untuk usulan harus milik pemda?? kalau tanah desaa bolehh gak", "usulan.lahan"),
    (
        (
            "**Usulan kumuh – Kel. Mentawa Baru Hilir**\n_SK kumuh kami terbit 2019_\nMasih "
            "bisa dipakai di usulan? nomor & tanggal SK harus diisi juga?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Need an answer before the meeting at nine: our SK kumuh is from 2020 and the "
            "location isn't listed in it. Will the province still take the slum proposal, "
            "or is it a non-starter?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "DED, RAB, RKS sama site plan itu wajib semua mi kah dilampirkan? foto juga "
            "berapa lembar ji?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Someone was saying a proposal without a DED gets thrown out straight away, is "
            "that right at all? We've only the RAB and the photos."
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Surat pernyataan kesediaan terima hibah dan O&P tu wajib ke? Siapa yang kena "
            "tandatangan?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Fwd: Sekretariat Dinas Perkim Bartim\n> format surat pernyataan "
            "terlampir\nSurat pernyataan hibah serta operasi dan pemeliharaan ini isinya "
            "apa, dan harus ada di setiap usulan?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Bapak Bupati Lamandau menanyakan syarat usulan RTLH lewat provinsi, apakah "
            "warga yang belum punya rumah bisa dibangunkan baru?"
        ),
        "usulan.rtlh",
    ),
    ("usulan rtlhlewat provinsi syaratnyaa apa? penerimanya ditetapkan siapaa", "usulan.rtlh"),
    (
        (
            "Diteruskan dari grup RT 05 Panarung:\n> pak, kami warga mau minta drainase ke "
            "provinsi\nBisa warga langsung usul PSU ke provinsi? harus diketahui siapa "
            "saja?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "A crowd of residents in Kuala Kurun want to ask the province straight out for "
            "a neighbourhood road. Can they do that themselves, and who has to know about "
            "it?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Mohon cepat ya, BPKAD minta dasar serah terima jalan lingkungan yang dibangun "
            "provinsi tahun lalu. Aset itu dihibahkan ke kabupaten pakai BAST? "
            "pemeliharaannya tanggungan siapa?"
        ),
        "hibah.aset",
    ),
    (
        (
            "**Asset handover**\n- who signs the grant deed?\n- is there a BAST?\n- who "
            "minds the road once the province hands it over?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Kalau usulan kami bukan kewenangan provinsi, ada saluran dana lain tak? Macam "
            "DAK atau CSR ke?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "katanya kumuh di bawah 10 ha cuma bisa dibiayai APBD kabupaten, betul gak? gak "
            "ada sumber dana lain?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "What's the yearly cycle for proposals, start to finish? Sure I've only the one "
            "year under my belt."
        ),
        "siklus.tahunan",
    ),
    (
        (
            "alur usulan tiap tahun itu bagaimana ji? usulan tahun ini untuk anggaran tahun "
            "depan toh?"
        ),
        "siklus.tahunan",
    ),
    (
        ("provinsimemeriksa usulan kami pakai apa aja? administrasi, teknis, kewenangann?"),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Pak Kadis Perkim Katingan menanyakan, bagaimana provinsi memeriksa usulan "
            "kami, apa saja yang diverifikasi sebelum dibawa ke Rakor?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "_Bahan telaahan staf_\nRakor Bidang Kawasan Permukiman se-Kalteng itu "
            "tujuannya apa dan siapa saja pesertanya?"
        ),
        "siklus.rakor",
    ),
    (
        ("Rakor Kawasan Permukiman tu apa sebenarnya? Macam mana ia berbeza dengan Musrenbang?"),
        "siklus.rakor",
    ),
    (
        (
            "Diteruskan dari grup Perkim Kalteng:\n> hasil Rakor kemarin sdh "
            "direkap\nSetelah Rakor, usulan yang disetujui itu lanjut ke mana? Musrenbang, "
            "RKPD, baru APBD?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Besok rapat TAPD, butuh cepat: usulan yang sudah dibahas di Rakor itu kapan "
            "masuk RKPD dan APBD provinsi?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "katanya Pokja PKP itu sudah dibubarkan dan diganti Pokja PPAS, bener ga sih? "
            "dasar hukum Pokja PKP apa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "The Sekda asked me to find out what the Pokja PKP actually does at regency "
            "level and who chairs it. Would you ever fill me in?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        "alamat kantor Disperkimtan provinsi di mana ji? mau antar berkas besok",
        "disperkimtan.kontak",
    ),
    (
        "websitenya disperkimtan kalteng apa? kantornya masih di jl di panjaitann?",
        "disperkimtan.kontak",
    ),
    ("**Sinkron**\n• perintahnya apa saja?\n• jam yang dipakai WIB atau WITA?", "bot.cara_pakai"),
    (
        "Is there a list of the commands for this yoke anywhere? I only know /usul.",
        "bot.cara_pakai",
    ),
    ("Kalau tengah isi borang /usul tiba-tiba line putus, draf tu hilang ke?", "bot.usul"),
    (
        ("asap, lewat /usul bisa salin usulan tahun lalu gak? biar gak ngetik ulang semua"),
        "bot.usul",
    ),
    (
        ("statusperlu perbaikan itu artinya apa? trus dibahas di rakorr maksudnya gimanaa"),
        "bot.status",
    ),
    (
        (
            "What do the different statuses mean? 'verifikasi', 'dibahas di Rakor', "
            "'dialihkan'... I haven't a clue."
        ),
        "bot.status",
    ),
    (
        (
            "disuruh pak Bupati nanya, usulan kita ditolak dengan alasan bukan kewenangan "
            "provinsi. terus langkah selanjutnya apa? bisa diajukan ulang?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "usulan ta' dialihkan ke APBD kabupaten, itu artinya apa di'? masih diproses ji "
            "kah di provinsi?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        ("katanya provinsi wajib jawab usulan dalam 3 hari kerja sesuai aturan LAPOR!, betul gak?"),
        "bot.tindak_lanjut",
    ),
    (
        (
            "urgent, perlu buat jawaban ke dewan: standar tindak lanjut usulan di bot ini "
            "berapa hari kerja untuk verifikasi dan respon?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Fwd: Undangan Rakor dari Sinkron\n> Mohon konfirmasi kehadiran\nKalau saya gak "
            "bisa hadir, bisa diwakilkan staf? konfirmasinya di bot gimana?"
        ),
        "bot.rapat",
    ),
    (("**Pengingat rapat**\nPengingat dari bot dikirim kapan saja ya sebelum rapat?"), "bot.rapat"),
    ("What does 'Perkim' stand for? Everyone here says it like I should know.", "istilah.perkim"),
    ("perkimitu singkatan dari apaa", "istilah.perkim"),
    ("Disperkimtan tu singkatan apa ye? 'tan' tu maksudnya apa?", "istilah.disperkimtan"),
    (
        "iye, Disperkimtan itu kepanjangannya apa ji? sa' baru pindah dari Makassar",
        "istilah.disperkimtan",
    ),
    (
        (
            "Fwd: Bappeda Kobar\n> usulan PSU agar disinkronkan dengan RKPD\nPSU di sini "
            "kepanjangannya apa ya?"
        ),
        "istilah.psu",
    ),
    (
        (
            "Need this fast, the form's due in ten minutes: what does PSU stand for? Would "
            "you ever tell me."
        ),
        "istilah.psu",
    ),
    ("katanya jaling itu jalan lingkar, bener ga sih?", "istilah.jaling"),
    (
        ("jaling itu apa ji artinya? di dokumen Bappeda ada tulisan 'jaling & drainase'"),
        "istilah.jaling",
    ),
    ("Drainase tu maksudnya longkang ke? Saya biasa sebut parit sahaja.", "istilah.drainase"),
    (
        "What's meant by 'drainase' in these proposals exactly, the ditches, is it?",
        "istilah.drainase",
    ),
    ("*Tabel baseline kumuh*\nkolom tingkat: KR\nKR itu singkatan apa?", "istilah.kr"),
    ("KRdi tabel kumuh itu maksudnya apaa", "istilah.kr"),
    ("di daftar SK kumuh ada tulisan KS, apa ji artinya itu?", "istilah.ks"),
    (
        ("Fwd: rekap lokasi kumuh Kapuas\n> Selat Hulu – KS – 132,25 ha\nKS itu maksudnya apa ya?"),
        "istilah.ks",
    ),
    ("KB di tabel kumuh itu Keluarga Berencana ya? bener ga sih, kok aneh", "istilah.kb"),
    ("What does KB mean beside a slum location? Not family planning, surely.", "istilah.kb"),
    ("SK kumuh tu apa sebenarnya? Surat apa tu?", "istilah.skkumuh"),
    (
        ("Pak Camat nanya ke saya, SK kumuh itu surat apa sih? saya jelaskan gimana ya"),
        "istilah.skkumuh",
    ),
    ("delineasiitu apa sih artinya? sering muncul di peta kumuhh", "istilah.delineasi"),
    (
        ("urgent: konsultan nyebut 'peta delineasi' terus, delineasi itu maksudnya apa?"),
        "istilah.delineasi",
    ),
    ("RTLH itu singkatan apa ji? orang kampung bilang rumah jelek ji", "istilah.rtlh"),
    ("**Program RTLH**\nRTLH itu kepanjangannya apa ya?", "istilah.rtlh"),
    ("And RLH, what's that one? I know RTLH but not the other.", "istilah.rlh"),
    ("katanya RLH itu Rehab Layak Huni, bener ga sih? atau Rumah Layak Huni?", "istilah.rlh"),
    ("Bedah rumah tu maksud dia apa? Rumah dirobohkan terus ke?", "istilah.bedahrumah"),
    (
        (
            "Diteruskan dari grup Desa Buntoi:\n> kapan ada bedah rumah lagi pak?\nBedah "
            "rumah itu maksudnya apa ya, istilah resminya apa?"
        ),
        "istilah.bedahrumah",
    ),
    ("BSPS itu singkatan dari apa yaa? bantuan stimulan apaa gitu", "istilah.bsps"),
    (
        ("Bu Sekda minta info, BSPS itu kepanjangannya apa? muncul di laporan untuk DPRD"),
        "istilah.bsps",
    ),
    ("mohon cepat, MBR itu singkatan apa? mau isi formulir sore ini", "istilah.mbr"),
    (
        (
            "katanya MBR itu singkatan Masyarakat Berpenghasilan Rendah, bener ga sih? atau "
            "Menengah?"
        ),
        "istilah.mbr",
    ),
    (
        ("What's a rusunawa when it's at home? Is it any different from an ordinary rusun?"),
        "istilah.rusunawa",
    ),
    (
        ("_Catatan kunjungan_\n- rusunawa di Palangka Raya\nrusunawa itu kepanjangannya apa ya?"),
        "istilah.rusunawa",
    ),
    ("Rusus tu apa ye? Rumah khusus ke?", "istilah.rusus"),
    ("temen bilang rusus itu rumah susun khusus, bener ga sih?", "istilah.rusus"),
]

TRAIN_R79_INTENTS: list[tuple[str, str]] = [
    ("usulankami USL-2026-0004 sudah sampaimana yaa", "status"),
    (
        (
            "Bapak Kadis menanyakan usulan drainase Kelurahan Baamang Tengah yang kita "
            "kirim bulan lalu, sekarang posisinya di mana?"
        ),
        "status",
    ),
    (
        ("Any news on our proposals at all? We sent three from Kapuas and heard nothing since."),
        "status",
    ),
    (
        (
            "mohon cepat ya, Rakor tahun ini jadinya tanggal berapa dan di mana? mau pesan "
            "tiket dari Puruk Cahu"
        ),
        "meeting",
    ),
    (
        (
            "tabe' pak, rapat koordinasi kawasan permukiman berikutnya kapan mi? di aula "
            "dinas ji kah?"
        ),
        "meeting",
    ),
    ("Bila Rakor yang akan datang? Dekat mana tempat dia?", "meeting"),
    (
        (
            "katanya batas kirim usulan tahun ini sudah tutup akhir bulan kemarin, bener ga "
            "sih? sampai kapan sebenarnya?"
        ),
        "deadline",
    ),
    (("**Tenggat usulan TA 2027**\nSampai tanggal berapa usulan masih bisa dikirim?"), "deadline"),
    (
        ("What's the last day for getting proposals in this year? I don't want to be caught out."),
        "deadline",
    ),
    ("assalamualaikum pak, tabe' salam kenal, sa' dari Perkim Seruyan", "greeting"),
    ("Thanks a million, that's grand.", "greeting"),
    ("selamatpagi pak, inii botnya gimana cara pakainyaa", "greeting"),
    ("**Usulan baru**\nGimana caranya kirim usulan lewat bot ini? step by step", "how_to_submit"),
    (
        ("disuruh pak Kabid nanya, kalau mau ngirim usulan lewat Sinkron itu caranya gimana?"),
        "how_to_submit",
    ),
    (
        (
            "Fwd: Disperkimtan Prov\n> usulan TA 2027 disampaikan melalui bot Sinkron\nCara "
            "kirim usulannya lewat bot gimana ya?"
        ),
        "how_to_submit",
    ),
]

TRAIN_R79_AREAS: list[tuple[str, str]] = [
    (("kawasan kumuh di Kelurahan Pahandut luasnya 9,99 ha ji, itu urusan siapa mi?"), "kabkota"),
    (
        ("Kawasan setinggan 95.000 m2 di Kelurahan Mendawai ni bawah kuasa kabupaten ke provinsi?"),
        "kabkota",
    ),
    ("kumuh7 hektardi desa Sei Pasah kewenangan siapaa", "kabkota"),
    (
        (
            "We've a slum area of 8 hectares in Kuala Pembuang. Whose job is that, ours or "
            "the province's?"
        ),
        "kabkota",
    ),
    (
        (
            "katanya kumuh yang luasnya pas 10 ha masih kewenangan kabupaten, bener ga sih? "
            "lokasi kami di Ketapang tepat 10 ha"
        ),
        "provinsi",
    ),
    (
        (
            "**Lokasi: Kel. Mentawa Baru Hulu**\n• luas delineasi: 100.000 m²\nMasuk "
            "kewenangan siapa?"
        ),
        "provinsi",
    ),
    (
        (
            "urgent, kumuh 14,9 ha di Selat Hilir itu masih provinsi atau sudah pusat? "
            "besok pagi rapat"
        ),
        "provinsi",
    ),
    (
        (
            "Fwd: Bidang Kawasan Permukiman Kotim\n> luas kawasan sesuai SK kumuh: 12,5 "
            "hektare\nLokasi ini kewenangan provinsi atau kabupaten?"
        ),
        "provinsi",
    ),
    (
        (
            "Bu Sekda minta info: kawasan kumuh seluas tepat 15 ha di Kuala Kapuas itu "
            "ditangani siapa?"
        ),
        "pusat",
    ),
    (
        (
            "There's a slum along the river in Muara Teweh of 22 hectares. Who'd be "
            "handling that one, the province or the centre?"
        ),
        "pusat",
    ),
    (
        (
            "Kawasan setinggan 150.000 meter persegi di tepi Sungai Kahayan, siapa yang "
            "kena tangani?"
        ),
        "pusat",
    ),
    ("kumuh 18,75 hektar di Tamiang Layang kewenangan siapa ji? provinsi mi kah?", "pusat"),
]

TRAIN_R79_OUT_OF_SCOPE: list[str] = [
    (
        "Fwd: Dinsos Kotim\n> bantuan sembako korban banjir sudah tersalur?\nJadwal "
        "penyaluran sembako korban banjir dari Dinsos itu kapan ya?"
    ),
    (
        "Would you know the interest rate on the FLPP subsidised mortgage this year? My "
        "cousin's looking to buy a house in Palangka Raya."
    ),
    "cararesetpassword SIPD gimana ya akun sy terkuncii",
    "tabe' pak, nomor HP pribadi pak Kadis berapa ji? mau minta tanda tangan",
    ("Berapa harga simen sekampit di Sampit sekarang? Nak buat anggaran rumah sendiri."),
    ("urgent, HSPK 2026 Kabupaten Katingan untuk pekerjaan paving blok per m2 berapa?"),
    "katanya TPP ASN Pemprov naik mulai bulan depan, bener ga sih?",
    (
        "**Izin galian C**\nIzin tambang tanah urug untuk timbunan jalan lingkungan "
        "diurus ke instansi mana?"
    ),
    ("Bapak Kadis menanyakan berapa jumlah penduduk Kecamatan Baamang tahun 2025 menurut BPS"),
    (
        "My Telegram won't open any photos since the last update, is it my phone or "
        "what? Sure I've turned it off and on again."
    ),
    "Cuti tahunan ASN boleh ke dibawa ke tahun depan? Berapa hari maksimum?",
    "pengurusansertifikat tanah warga di BPN berapa lamaa prosesnya",
    (
        "Diteruskan dari grup PKK Kecamatan:\n> lomba rumah sehat tingkat "
        "kabupaten\nKriteria penilaian lomba rumah sehat PKK tahun ini apa saja ya?"
    ),
    (
        "Someone was saying PLN is cutting the power at the Disperkimtan office on "
        "Friday. Is that right at all?"
    ),
    (
        "mohon cepat, uang harian SPPD perjalanan dinas ke Palangka Raya untuk ikut "
        "Rakor berapa per hari sesuai Pergub?"
    ),
]
