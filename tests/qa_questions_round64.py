"""Held-out question table, round 64 (written 2026-12-07 at the start of round 37 of tuning; never
tuned on).

Two writers who had not seen the knowledge base or any other question table each wrote half:
they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place
list). Nobody tuning the matcher reads this file: bench/qa_quality.py --final measures it.

Its styles were new to the bot when it was written, and nothing was built for them: Banjar
words, a signature block or greeting header around the question, a link, phone number or file
path pasted beside it, two questions with the one that matters marked, Sundanese words,
bureaucratic abbreviations with dots and slashes, a question drafted as a quiz or FAQ entry,
describing a photo or site visit instead of naming the thing; American Southern English for
the first half of the topic list and Hong Kong English for the second.
"""

ROUND64_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Pertanyaan utk FAQ dinas:\nQ: secara garis besar pembagian urusan perkim antara "
            "pusat, prov & kab/kota tu kaya apa?\nA: ?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Howdy y'all. I reckon I need the big picture here: in housing and settlements, "
            "what does the center handle, what does the province handle, and what's left for "
            "us at the regency?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "ulun ditakuni bubuhan DPRD: perumahan rakyat & kaw permukiman tu urusan wajib kah "
            "atau urusan pilihan?\nTtd. Kasubbag Program Disperkim Kab. Lamandau"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "abdi teu ngartos, urusan PKP teh kaasup urusan wajib pelayanan dasar nya? pasal "
            "naon di UU 23/2014?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        ("Q: batas luas kaw kumuh utk kewenangan kab/kota, prov, pusat sbb apa?\nA: ?"),
        "kewenangan.kumuh",
    ),
    (
        (
            "wayah pang rapat di Kuala Kapuas ada pejabat bilang 5-10 ha kab, di atas 10 ha "
            "prov. bujur kah itu? tolong pian jelaskan aturan luasnya"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kumuh yg luasnya 15 ha atau lebih itu sdh lepas dr prov kah? trus yg pegang "
            "siapa, kementerian?"
        ),
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    (
        (
            "Y'all, what's the deal with the big slum sites, fifteen hectares and up? Reckon "
            "that's the national government's job, and is that wording even confirmed in the "
            "law?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "kegiatan pencegahan kumuh (spy kada muncul kumuh baru) kawa diusulkan ke prov "
            "kah, atau murni tugas kab/kota?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Salam,\nKabid Kawasan Permukiman Disperkim Kab. Pulang Pisau\n\nMohon info, "
            "pencegahan perumahan & permukiman kumuh tsb kewenangan siapa ya? c.q. utk "
            "penyusunan Renja"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "sub urusan perumahan: yg jd tugas prov apa aja, yg jd tugas kab/kota apa aja? "
            "ringkas aja pak\nSalam, Rina — Disperkim Kab. Seruyan"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Kumaha atuh pembagian urusan perumahan (sanes kawasan permukiman) antara provinsi "
            "jeung kabupaten teh?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "penyediaan rumah utk MBR sebenarnya tugas siapa? bubuhan warga Kel. Langkai minta "
            "rumah murah ke dinas kami"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Reckon the central government's the one building rusun and housing for low-income "
            "folks? I need to know what the center's role in housing is 'fore I tell the "
            "Bupati no."
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "tadi survei ke Ds. Tumbang Liting, 12 rumah warga rusak berat kena banjir "
            "bandang, status bencananya bencana kab. rumah pengganti korban siapa yg tanggung, "
            "prov atau kab?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "warga yg kena relokasi program pemprov (pelebaran jalan prov) rumahnya "
            "difasilitasi siapa?\nwa.me/6281349xxxxxx a.n. Pak Rahmat, Kec. Kahayan Hilir"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "izin pembangunan perumahan dr developer & SKBG itu terbit di prov atau di kab? "
            "cek di https://jdih.kalteng.example/perda/2021-12"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Do y'all at the province issue housing development permits, or is that the "
            "regency's business? A developer out by Pangkalan Bun is fixin' to build 200 units "
            "and wants to know where to get his permit."
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Pertanyaan utk FAQ dinas: sub-urusan kawasan permukiman isinya apa aja per "
            "tingkat (pusat, prov, kab/kota)?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Tamiang Layang, Kab. Barito Timur\nSalam, Kasi Kawasan Permukiman\n\nyg "
            "menetapkan sistem kawasan permukiman nasional siapa? dan prov sendiri di urusan "
            "kawasan permukiman pegang napa haja?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    ("PSU perumahan vs PSU permukiman, mana nu kewenangan prov? abdi sok pahili", "kewenangan.psu"),
    (
        (
            "jalan di dlm komplek perumahan developer di Kel. Bukit Tunggal rusak. itu PSU "
            "perumahan kan? berarti bukan ranah prov?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "di lokasi ada jalan lingkungan rusak & drainase mampet di RT 05 Kel. Baamang Hulu "
            "(foto terlampir). ini bisa masuk PSU yg dibangun Disperkimtan ga?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "drainase di sepanjang jalan kabupaten Muara Teweh–Lemo bisa diusulkan ke "
            "Disperkimtan kah? atau prov cuma bangun jaling & drainase di dlm permukiman aja?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "sertifikasi & registrasi perancang rumah/perencana PSU tingkat kemampuan kecil "
            "diterbitkan Kab./Kota kah? kalau yg menengah ybs ke prov?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Got a fella in Sampit who draws house plans, wantin' to get certified and "
            "registered. Which level handles that, small outfit versus big?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "SPM bidang perumahan rakyat utk provinsi jenis layanannya apa aja? targetnya brp "
            "persen? (lagi baca https://spm.example.go.id/perumahan)"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Yth. Admin,\nkami lg susun laporan SPM u.p. Bappeda. SPM perumahan utk kab/kota "
            "itu layanannya apa ya? dasar PP 2/2018 psl brp?\nTtd. Kasi Perumahan Kab. "
            "Sukamara"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "luas kumuh nang dipakai utk nentuin kewenangan tu luas satu desa penuh atau cuma "
            "kawasan yg dideliniasi di SK?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Ds. Sei Asam luasnya ratusan ha tp yg kumuh cuma sebagian di pinggir sungai. utk "
            "nentuin prov/kab, luas napa yg dipakai?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        ("siapa yg berwenang netapkan lokasi kumuh? Gubernur kah atawa Bupati? abdi kirang terang"),
        "kumuh.penetapan",
    ),
    (
        (
            "SK kumuh kami terbit 2019, wajib direviu tiap brp thn ya? file di "
            "D:/kumuh/SK_kumuh_2019_final.pdf"
        ),
        ("kumuh.penetapan", "usulan.sk_kumuh"),
    ),
    ("kriteria kumuh tu ada brp aspek? sebutkan lah, ulun lupa", "kumuh.aspek"),
    (
        (
            "tadi foto kampung tepi sungai Kel. Mentawa Baru Hilir: rumah rapat2, ga ada "
            "hidran, sampah numpuk di kolong, air minum beli galon. aspek2 apa aja yg dinilai "
            "utk bilang ini kumuh?"
        ),
        "kumuh.aspek",
    ),
    (
        ("Selamat siang pak/bu\nskor kumuh brp yg masuk kumuh berat? nilai maksimalnya brp?"),
        "kumuh.penilaian",
    ),
    (
        (
            "nilai kekumuhan lokasi kami 64, berarti kumuh berat kah? cara skor 0/1/3/5 tiap "
            "kriteria itu kaya apa?"
        ),
        "kumuh.penilaian",
    ),
    (
        "rentang skor kumuh sedang & kumuh ringan brp s.d. brp? (u.p. tim baseline)",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Lokasi di Kel. Kalampangan total skorna 41. eta kumuh sedang atawa ringan nya? "
            "batasna sabaraha?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        ("bedanya pemugaran, peremajaan, pemukiman kembali napa? kapan pakai nang mana"),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "If a slum's sittin' on land that ain't legal, do y'all fix it up in place or move "
            "folks out? Which handling pattern applies there?"
        ),
        "kumuh.pola_penanganan",
    ),
    ("Q: total kaw kumuh se-Kalteng brp lokasi, brp ha?\nA: ?", "kumuh.kalteng"),
    (
        (
            "kab mana yg paling banyak lokasi kumuhnya se-Kalteng? utk bahan sambutan Kadis "
            "besok\nHP 0813 4921 xxxx"
        ),
        "kumuh.kalteng",
    ),
    (
        ("kenapa usulan harus pakai data KK, jiwa, sektor dsb? gasan napa semua itu diminta?"),
        "usulan.isi",
    ),
    (
        (
            "Salam, Andi — Disperkim Kab. Katingan\nulun handak nyusun usulan ke prov pertama "
            "kali, napa haja yg harus dimuat di usulan?"
        ),
        "usulan.isi",
    ),
    (
        (
            "1) jenis usulan apa aja yg bisa diajukan ke prov, selain kumuh & PSU ada lagi "
            "kah? 2) format foto hrs jpg? terutama yg pertama"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Can y'all tell me which kinds of proposals the province'll even take? Slum "
            "upgrading, roads, houses... what all's on the menu?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "data lokasi usulan apa aja yg diminta? titik koordinat wajib kah atau boleh "
            "kosong?\nwa.me/6285248xxxxxx"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "utk lokasi usulan cukup nama desa atau hrs lengkap kec., desa, nama lokasi, luas "
            "dsb? contoh Ds. Bapeang Kec. Mentawa Baru Ketapang"
        ),
        "usulan.lokasi",
    ),
    (
        "penerima manfaat dina usulan diitung per KK atawa per jiwa? duanana kitu?",
        "usulan.penerima_biaya",
    ),
    (
        (
            "1) sumber dana yg bisa dipilih di usulan apa aja, boleh kombinasi APBD kab + "
            "Bankeu? 2) rakor thn ini kapan? terutama yg pertama"
        ),
        "usulan.penerima_biaya",
    ),
    ("readiness criteria (RC) utk usulan PSU dokumennya sbb apa saja?", "usulan.kesiapan"),
    (
        ("kalau usulan blm ada DED & RAB, masih bisa diajukan kah? ngaruh ke penilaian ga?"),
        ("usulan.kesiapan", "usulan.dokumen_teknis"),
    ),
    ("clean and clear tu maksudnya lahan nang kaya apa? kada paham ulun", "usulan.lahan"),
    (
        (
            "lahan jaling masih tanah warga, cuma ada SKT blm sertifikat. aman kah utk "
            "usulan?\nTtd. Kasi PSU Disperkim Kab. Kapuas"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Assalamualaikum pak admin\nusulan kumuh wajib lampirkan SK kumuh? yg diisi nomor, "
            "tanggal, sama lokasinya tercantum atau tidak kah?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "lokasi yg kami usulkan ternyata ga tercantum di SK kumuh Bupati, masih bisa "
            "diusulkan sbg kumuh ke prov ga?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Pertanyaan untuk FAQ dinas: DED, RAB, RKS, site plan — wajib semua? foto kondisi "
            "eksisting brp lembar?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Y'all need a full DED for a drainage proposal, or will an RAB and some photos do? "
            "Files are sittin' at D:/usulan/drainase_sampit/ if that matters."
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "surat pernyataan kesediaan menerima hibah & O&P itu ditandatangani siapa, a.n. "
            "Bupati kah? wajib kah?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Q: utk usulan PSU ada surat pernyataan hibah serta operasi & pemeliharaan, isinya "
            "menyatakan apa?\nA: ?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "syarat usulan RTLH lewat prov apa aja? bisa bangun rumah baru kah? penerimanya "
            "ditetapkan lewat SK siapa?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Howdy. Got a widow in Ds. Sungai Cabang whose house is fixin' to fall down, but "
            "the land's in her brother-in-law's name. Might could she still get the province's "
            "RTLH help?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "warga RT 03 Kel. Panarung bikin proposal sendiri minta jalan lingkungan "
            "diperbaiki. syaratnya apa spy diterima prov?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Residents want to ask the province for drainage by themselves, can or not? Need "
            "RT/RW, Lurah, Camat sign meh?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "jaling yg dibangun prov di lahan pemkab, asetnya jd punya siapa? BAST-nya "
            "ditandatangani siapa?\nTtd. Kabid PSU Disperkim Kab. Murung Raya"
        ),
        "hibah.aset",
    ),
    (
        (
            "After the province build the drainage finish already, who maintain lah? Kab or "
            "province? Can help me check?"
        ),
        "hibah.aset",
    ),
    (
        ("amun usulan ternyata kada kewenangan prov, kawa diarahkan ke sumber dana apa aja?"),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "kumuh kami cuma 6 ha jd bukan prov ya. trus enaknya didanai dr mana? DAK Tematik "
            "kah, APBDes kah, CSR kah?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        ("usulan yg kami kirim thn ini tu gasan anggaran thn brp? tahapan setahunnya kaya apa?"),
        "siklus.tahunan",
    ),
    (
        (
            "Sorry ah, new staff here. The yearly proposal cycle so how? We submit this year, "
            "province build next year, is it?"
        ),
        "siklus.tahunan",
    ),
    (
        ("usulan kami diperiksa prov dari segi apa aja? administrasi, teknis, kewenangan?"),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Salam\nKasi Perumahan Disperkim Kab. Barito Utara\n\n1) waktu verifikasi tim prov "
            "turun cek lokasi kah, yg dicek apa aja? 2) notulen rakor thn lalu ada dmn? yg "
            "penting no 1 dulu"
        ),
        "siklus.pemeriksaan",
    ),
    (
        ("Rakor bidang kawasan permukiman tu apa sih tujuannya? pesertanya bubuhan siapa haja?"),
        "siklus.rakor",
    ),
    (
        (
            "Pertanyaan utk FAQ dinas: Rakor se-Kalteng yg diadakan Disperkimtan tiap thn "
            "kepanjangannya apa, dan tanggalnya tetap atau pindah2?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "stlh rakor, usulan lanjut ke mana? musrenbang prov trus RKPD, APBD gitu nya? abdi "
            "rada bingung"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "After Rakor already approve, when the money come? Need go through Musrenbang, "
            "RKPD and APBD first meh?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Pokja PKP tu apa? dasar hukumnya napa? (cek di "
            "https://jdih.example/permen-pupr-12-2020)"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "kami diminta Sekda bentuk Pokja PKP di kab, fungsinya apa? sama kah dgn Pokja "
            "PPAS/AMPL?\nSalam, Sekretariat Bappeda Kab. Gunung Mas"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        "alamat kantor Disperkimtan prov dmn ya? ulun handak antar berkas fisik",
        "disperkimtan.kontak",
    ),
    (
        (
            "Where's Disperkimtan office ah? I want to pass the documents by hand. Got website "
            "or not?"
        ),
        "disperkimtan.kontak",
    ),
    ("Punten, bot ieu paréntahna naon wae? aya daftarna?", "bot.cara_pakai"),
    (
        ("jam nang muncul di bot ini pakai WIB atau WITA? ulun kira jam rapatnya salah"),
        "bot.cara_pakai",
    ),
    (
        (
            "pas isi /usul sinyal putus di Ds. Tewang Pajangan, isian yg tadi hilang kah atau "
            "tersimpan sbg draf?"
        ),
        "bot.usul",
    ),
    (
        (
            "Can copy my old proposal inside /usul or not? Don't want to type everything again "
            "lah. Also photo max how many?"
        ),
        "bot.usul",
    ),
    (
        (
            "status 'perlu perbaikan' artinya apa? kami hrs ngapain?\n-- Kasi Perumahan Kab. "
            "Kotawaringin Barat"
        ),
        "bot.status",
    ),
    (
        ("naon bedana status diajukan jeung verifikasi? terus 'dibatalkan' teh hartina naon?"),
        "bot.status",
    ),
    (
        (
            "usulan kami statusnya dialihkan ke APBD kab, maksudnya kaya apa? masih kawa "
            "diajukan lagi thn depan kah?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "My proposal kena rejected, so how? Can appeal inside the bot or not? What's the "
            "next step?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "brp lama standar usulan ditanggapi prov sejak dikirim lewat bot? (utk laporan ke "
            "Kadis c.q. Sekretaris)"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "udh 5 hari kerja usulan blm diverifikasi, wajar kah? katanya ada standar kaya "
            "LAPOR! gitu"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "ada undangan rapat masuk di bot, amun kabid kada kawa hadir boleh diwakilkan "
            "staf? konfirmasi hadirnya kaya apa?"
        ),
        "bot.rapat",
    ),
    (
        (
            "pengingat rapat dr bot dikirim kapan aja sebelum acara? bisa diatur sendiri "
            "ga?\nSalam, Dewi — Disperkim Kab. Barito Selatan\nHP 0852 5012 xxxx"
        ),
        "bot.rapat",
    ),
    ("Perkim tu singkatan dr napa?", "istilah.perkim"),
    ("Everybody say Perkim Perkim, Perkim stands for what ah?", "istilah.perkim"),
    ("Disperkimtan teh kapanjanganana naon? 'tan' eta pertanahan nya?", "istilah.disperkimtan"),
    ("PSU itu singkatan apa? di SIPD ditulis PSU trs, ybs kada paham", "istilah.psu"),
    ("My boss keep saying PSU, I also blur. PSU means what?", "istilah.psu"),
    ("jaling tu napa?", "istilah.jaling"),
    (
        ("di RAB tertulis 'jaling 300 m' maksudnya apa ya? file: D:/usulan/final2.xlsx"),
        "istilah.jaling",
    ),
    (
        (
            "tadi foto gang di Kel. Kasongan Lama, air tergenang terus. ngomong2 istilah "
            "drainase lingkungan itu maksudnya apa persisnya?"
        ),
        "istilah.drainase",
    ),
    ("KR di tabel kumuh maksudnya napa?", "istilah.kr"),
    (
        (
            "dlm lampiran SK tertulis tingkat kekumuhan lokasi Kel. Sidorejo: KR. KR tu "
            "singkatan apa?"
        ),
        "istilah.kr",
    ),
    ("KS dina tabel kumuh teh naon? kumuh sedang?", "istilah.ks"),
    ("The slum table got one column say KS. KS means what ah?", "istilah.ks"),
    (
        (
            "KB di data kumuh maksudnya apa, bukan keluarga berencana kan 😅 bubuhan kantor "
            "pada bingung"
        ),
        "istilah.kb",
    ),
    ("Q: singkatan KB dlm tingkat kekumuhan\nA: ?", "istilah.kb"),
    ("apa yg dimaksud SK kumuh?\nSalam, Kasi Tata Ruang Kab. Sukamara", "istilah.skkumuh"),
    (
        (
            "SK kumuh is what document ah? Colleague ask me to find it, I don't know what to "
            "find leh."
        ),
        "istilah.skkumuh",
    ),
    ("delineasi artinya apa?\n\nTtd. Staf Bidang Kumuh Kota Palangka Raya", "istilah.delineasi"),
    ("peta delineasi tu peta napa? diminta Balai wayah pang", "istilah.delineasi"),
    ("RTLH kepanjangannya apa? gasan isi laporan", "istilah.rtlh"),
    ("What is RTLH ah? Every form got this word.", "istilah.rtlh"),
    ("RLH itu napa, lawannya RTLH kah?", "istilah.rlh"),
    (
        (
            "bedah rumah tu istilah resmi kah? maksudnya apa? "
            "https://berita.example/bedah-rumah-kotim"
        ),
        "istilah.bedahrumah",
    ),
    (
        ("bubuhan warga Ds. Mintin nyebut 'bedah rumah', itu maksudnya program apa sih?"),
        "istilah.bedahrumah",
    ),
    ("BSPS singkatan apa? tolong dijelaskan utk bahan rapat", "istilah.bsps"),
    ("naon ari BSPS teh? aya dina berita ti kementerian", "istilah.bsps"),
    ("MBR itu apa?\nSalam, Yuni — Disperkim Kab. Murung Raya", "istilah.mbr"),
    ("MBR means low income people, is it? Want to confirm only.", "istilah.mbr"),
    ("rusunawa bedanya dgn rusun napa? 'wa' itu sewa kah?", "istilah.rusunawa"),
    ("Pertanyaan utk FAQ dinas: pengertian rusunawa?", "istilah.rusunawa"),
    ("rusus itu apa? singkatan rumah khusus kah? ybs ditanya pimpinan", "istilah.rusus"),
    (
        (
            "Pak, di Ds. Tumbang Habaon Kec. Tewah habis banjir bandang, warga minta "
            "dibangunkan huntara. huntara tu napa sebenarnya, beda lawan rumah biasa "
            "kah?\nSalam, Yanto — Disperkim Kab. Gunung Mas"
        ),
        "istilah.huntara",
    ),
    (
        (
            "Y'all, the camat keeps sayin' 'huntara' in his flood report. Reckon you could "
            "tell me what that word means?"
        ),
        "istilah.huntara",
    ),
    (
        (
            "huntap itu singkatan apa ya? di draft laporan pasca kebakaran Kel. Baamang Tengah "
            "ada tulisan 'warga dipindah ke huntap'\nfile: "
            "D:/laporan/pascabencana_baamang_v3.docx"
        ),
        "istilah.huntap",
    ),
    (
        ("Q: Apa yang dimaksud dengan huntap?\nA: ?\n(utk FAQ internal bidang perumahan)"),
        "istilah.huntap",
    ),
    (
        ("di form ada isian KK, itu maksudnya kartu keluarga kah atau napa? ulun bingung"),
        "istilah.kk",
    ),
    (
        (
            "KK di kolom penerima manfaat teh naon? kepala keluarga atawa kartu "
            "keluarga?\nTtd. Staf Perkim Kab. Kapuas"
        ),
        "istilah.kk",
    ),
    (
        (
            "jiwa di isian penerima manfaat maksudnya hitungan org per orang kah, atau per "
            "rumah?\nTtd. Kasi Perumahan Disperkim Kab. Lamandau"
        ),
        "istilah.jiwa",
    ),
    ("satuan 'jiwa' itu artinya apa", "istilah.jiwa"),
    ("singkatan ha itu hektar kan? 1 ha tu brp m2 sih, sy suka ketuker sama are", "istilah.ha"),
    ("kumaha ngitung ha teh? abdi ngukur lahan pake meteran, hasilna dina m2", "istilah.ha"),
    ("DED itu napa, pian? konsultan di Kuala Pembuang bilang perlu DED dulu", "istilah.ded"),
    (
        (
            "Quick one, y'all — what's DED short for? Our engineer's fixin' to draw one up for "
            "the drainage job."
        ),
        "istilah.ded",
    ),
    (
        (
            "Pertanyaan untuk FAQ dinas: RAB kepanjangannya apa?\nkoreksi bisa via "
            "wa.me/6281351xxxxxx"
        ),
        "istilah.rab",
    ),
    ("ulun handak batakon, RAB tu napa? yg isinya rincian biaya kah?", "istilah.rab"),
    ("Pertanyaan untuk FAQ dinas: RKS itu singkatan dari apa dan isinya apa?", "istilah.rks"),
    ("RKS teh naon? sanes RAB nya? abdi sok pabeulit", "istilah.rks"),
    (
        ("KAK sama TOR itu sama ga sih? atasan minta KAK utk kegiatan jaling di Kec. Pahandut"),
        "istilah.kak",
    ),
    (
        ("What in the world is a KAK? The Kabid wants one on his desk by Friday, bless his heart."),
        "istilah.kak",
    ),
    (
        (
            "site plan itu maksudnya gambar apa ya? sy fotokan denah lokasi di Ds. Talio pakai "
            "tulisan tangan, tp katanya itu bukan site plan"
        ),
        "istilah.siteplan",
    ),
    (
        (
            "rencana tapak = site plan kah? mohon penjelasan singkat.\nSalam, Rina — Perkim "
            "Kab. Pulang Pisau"
        ),
        "istilah.siteplan",
    ),
    (
        ("RC itu singkatan napa? di undangan tertulis 'RC wajib lengkap' tp ulun kada paham"),
        ("istilah.rc", "usulan.kesiapan"),
    ),
    (
        "Ma'am, what's 'RC' mean on y'all's checklist? Readiness somethin'?",
        ("istilah.rc", "usulan.kesiapan"),
    ),
    (
        (
            "mau tanya 2 hal: 1) BAST itu kepanjangannya apa 2) yg ttd siapa aja. yg penting "
            "no 1 dulu"
        ),
        "istilah.bast",
    ),
    ("berita acara serah terima itu yg biasa disingkat apa ya? BAPP atau BAST?", "istilah.bast"),
    (
        (
            "hibah tu artinya napa pang? ada yg bilang hibah uang ada yg bilang hibah aset, "
            "ulun bingung"
        ),
        ("istilah.hibah", "hibah.aset"),
    ),
    (
        (
            "Fella from the province said the new road'd be 'dihibahkan' to us. What's that "
            "mean, y'all?"
        ),
        ("istilah.hibah", "hibah.aset"),
    ),
    (
        (
            "BMD itu barang milik daerah kan? atau barang milik desa? lg baca "
            "https://jdih.kalteng.go.id/produk-hukum/pergub-aset.pdf"
        ),
        "istilah.bmd",
    ),
    (
        ("Q: BMD singkatan dari?\nA: ...\n(draft kuis pelatihan aset, Disperkim Kab. Sukamara)"),
        "istilah.bmd",
    ),
    (
        ("kalo BMN itu punya siapa? jalan yg dibangun Balai di Kec. Kurun katanya tercatat BMN"),
        "istilah.bmn",
    ),
    ("bedana BMN jeung BMD naon atuh?", ("istilah.bmn", "istilah.bmd")),
    (
        (
            "O&P itu apa ya? di draft surat pernyataan ada kalimat 'bersedia melakukan O&P' tp "
            "ybs di bagian hukum jg ga tau"
        ),
        ("istilah.op", "usulan.surat_pernyataan"),
    ),
    ("OP singkatan dr apa sih, operasional pemeliharaan kah?", "istilah.op"),
    (
        "SPM kepanjangannya apa ya? sy kira Surat Perintah Membayar 😅",
        ("istilah.spm", "kewenangan.spm"),
    ),
    (
        "Y'all keep writin' SPM on every slide. What's it stand for?",
        ("istilah.spm", "kewenangan.spm"),
    ),
    (
        ("Pokja PKP tu napa, pian? ulun baru ditunjuk jadi sekretarisnya di Kab. Katingan"),
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        "Pertanyaan utk FAQ: Pokja PKP kepanjangannya apa?",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        "Pokja PPAS itu apa? PPAS nya sama dgn PPAS yg di KUA-PPAS kah?",
        ("istilah.pokjappas", "istilah.kuappas"),
    ),
    (
        (
            "Bu, Sekda kami ketua Pokja PPAS. PPAS-nya singkatan dari apa?\nSalam, Dedi — "
            "Disperkim Kab. Barito Timur\nHP 0813 4xxx xxxx"
        ),
        "istilah.pokjappas",
    ),
    ("AMPL di Pokja AMPL singkatan apa ya?", "istilah.pokjaampl"),
    (
        "What's a Pokja AMPL, y'all? Got an invite from 'em and I'm fixin' to go.",
        "istilah.pokjaampl",
    ),
    ("RP3KP tu dokumen napa? jangka brp tahun?", "istilah.rp3kp"),
    ("RP3KP sama RP2KPKP beda kan? terutama yg pertama tolong jelasin dulu", "istilah.rp3kp"),
    ("RP2KPKP kepanjangannya apa ya, panjang bener singkatannya 😅", "istilah.rp2kpkp"),
    ("dokumen RP2KPKP teh naon? abdi dipenta ngumpulkeun ku Bappeda", "istilah.rp2kpkp"),
    (
        ("KOTAKU tu program napa? dulu ada fasilitator KOTAKU di Kel. Pahandut Seberang"),
        "istilah.kotaku",
    ),
    (
        ("Y'all ever heard of KOTAKU? Old-timers round here reckon it was some slum program."),
        "istilah.kotaku",
    ),
    ("DAK Tematik PPKT itu apa? PPKT singkatan dari?", "istilah.daktematikppkt"),
    (
        (
            "Pertanyaan FAQ dinas: DAK Tematik PPKT itu DAK utk apa?\nsbg bahan rapat internal "
            "Perkim Kab. Kotawaringin Timur"
        ),
        "istilah.daktematikppkt",
    ),
    ("APBN itu anggaran pusat kan? kepanjangannya apa", "istilah.apbn"),
    ("APBN teh naon? abdi kedah ngajelaskeun ka warga Ds. Sumber Agung", "istilah.apbn"),
    ("APBD kepanjangan nya apa? ada APBD prov ada APBD kab, sama2 APBD kah?", "istilah.apbd"),
    ("arti APBD?", "istilah.apbd"),
    (
        "APBDes itu singkatan apa? kades Ds. Tewang Kadamba pakai istilah itu terus",
        "istilah.apbdes",
    ),
    ("Q: APBDes = Anggaran Pendapatan dan Belanja ...?\nA: ?", "istilah.apbdes"),
    ("Bankeu itu singkatan dr apa, bantuan keuangan provinsi kah?", "istilah.bankeu"),
    ("Is 'Bankeu' some kinda bank? The Kadis said we might could get some.", "istilah.bankeu"),
    ("pokir dewan itu maksudnya apa ya? usulan anggota DPRD kah?", "istilah.pokir"),
    (
        (
            "Pokir = pokok2 pikiran? tolong jelasin sbb: arti & dari siapa\nTtd. Kasi PSU "
            "Perkim Kab. Barito Utara"
        ),
        "istilah.pokir",
    ),
    ("Musrenbang tu napa, pian? ulun baru pindah dari bagian umum", "istilah.musrenbang"),
    ("Folks keep sayin' Musrenbang at every meetin'. What's that now?", "istilah.musrenbang"),
    ("RKPD itu dokumen apa? tahunan atau 5 tahunan?", "istilah.rkpd"),
    ("1. RKPD singkatan dr apa 2. rakor tahun ini kapan. yg penting nomer 1 dulu", "istilah.rkpd"),
    ("Renja itu rencana kerja OPD kah? atau rencana kerja daerah?", "istilah.renja"),
    (
        ("Renja is what ah? My boss ask me prepare one, can help me check the meaning?"),
        "istilah.renja",
    ),
    ("Renstra dinas tu napa? berlaku brp tahun?", "istilah.renstra"),
    ("renstra teh naon? sanes RPJMD nya?", "istilah.renstra"),
    (
        ("RPJMD kepanjangannya apa ya? buat bahan paparan di depan Bupati Murung Raya"),
        "istilah.rpjmd",
    ),
    ("RPJMD means what? Five-year plan or yearly one? So confusing lah.", "istilah.rpjmd"),
    ("KUA-PPAS itu apa ya? kok tiap tahun rame bahas KUA-PPAS di DPRD", "istilah.kuappas"),
    ("kepanjangan KUA PPAS? u.p. Kabid Perencanaan, mohon segera", "istilah.kuappas"),
    ("RKA tu napa, pian? ulun disuruh isi RKA tp kada paham itu dokumen apa", "istilah.rka"),
    ("Q: RKA singkatan dari?\nA: Rencana Kerja dan ... ?", "istilah.rka"),
    (
        ("DPA itu singkatan apa? kata bu Kabid kegiatan harus masuk DPA dulu baru bisa dikerjakan"),
        "istilah.dpa",
    ),
    (
        (
            "Q: Apa itu DPA?\nA: Dokumen ... (mohon dilengkapi)\nTtd. Kasubag Program Perkim "
            "Kab. Seruyan"
        ),
        "istilah.dpa",
    ),
    (
        (
            "SIPD itu sistem punya siapa? Kemendagri kah? sy biasa login di "
            "https://sipd.kemendagri.go.id"
        ),
        "istilah.sipd",
    ),
    (
        ("SIPD stands for what? Can help me check? My login also jammed but that one never mind."),
        "istilah.sipd",
    ),
    ("Bapperida tu napa? bukannya dulu namanya Bappeda?", "istilah.bapperida"),
    (
        ("Bapperida Prov. Kalteng kepanjangannya apa ya? buat alamat surat c.q. Kepala Bapperida"),
        "istilah.bapperida",
    ),
    ("OPD itu apa sih? sering ditulis 'OPD teknis' di undangan", "istilah.opd"),
    ("OPD is what ah? Same as dinas or not? So how?", "istilah.opd"),
    (
        "SKPD kepanjangan apa? di dokumen lama tertulis SKPD, skrg OPD, sama kah?",
        ("istilah.skpd", "istilah.opd"),
    ),
    ("napa arti SKPD pengusul di form DAK?", "istilah.skpd"),
    ("SPAM itu bukan email sampah kan 😂 maksudnya dlm urusan air minum apa?", "istilah.spam"),
    (
        (
            "tadi ke lokasi Ds. Sungai Tendang, ada SPAM desa tp pipanya bocor semua. SPAM itu "
            "singkatan apa sih?"
        ),
        "istilah.spam",
    ),
    ("SPALD tu napa? di laporan konsultan Kab. Kapuas ada tulisan SPALD-T", "istilah.spald"),
    ("Colleague write SPALD in the report, I don't understand leh. Can explain?", "istilah.spald"),
    (
        (
            "IPAL itu instalasi pengolahan air limbah kan? mohon konfirmasi\nSalam, Agus — "
            "Perkim Kota Palangka Raya"
        ),
        "istilah.ipal",
    ),
    (
        (
            "tadi ke Kel. Mentawa Baru Hilir, ada bak beton besar buat olah limbah rumah "
            "tangga warga, itu yg namanya IPAL kah?"
        ),
        "istilah.ipal",
    ),
    ("TPS3R itu apa? 3R nya singkatan dari apa", "istilah.tps3r"),
    ("TPS3R is what kind of facility ah? The 3R means reduce reuse recycle meh?", "istilah.tps3r"),
    ("MCK kepanjangannya apa ya?", "istilah.mck"),
    (
        (
            "foto terlampir: bangunan kecil dipakai bareng warga buat mandi & cuci di Ds. "
            "Sungai Tuat. itu yg disebut MCK kah?"
        ),
        "istilah.mck",
    ),
    ("RTRW itu rencana tata ruang wilayah kan? bukan RT/RW 😅", "istilah.rtrw"),
    (
        (
            "Boss say the land must 'sesuai RTRW'. RTRW is what document ah? Can explain "
            "simple simple?"
        ),
        "istilah.rtrw",
    ),
    ("RDTR tu napa? lebih rinci dari RTRW kah?", "istilah.rdtr"),
    ("Pertanyaan untuk FAQ dinas: apa yang dimaksud RDTR?", "istilah.rdtr"),
    ("PBG itu pengganti IMB kah? singkatannya apa", "istilah.pbg"),
    ("PBG stands for what? Contractor keep saying need PBG lah.", "istilah.pbg"),
    ("SLF itu singkatan dari apa? Sertifikat Laik Fungsi?", "istilah.slf"),
    ("abdi bade naros, SLF teh naon?", "istilah.slf"),
    ("SKBG tu napa? sertifikat bangunan gedung kah?", "istilah.skbg"),
    (
        ("SKBG is which certificate ah? Got something to do with the building ownership meh?"),
        "istilah.skbg",
    ),
    ("SKT itu surat keterangan tanah ya? yg biasa keluarin desa/kecamatan?", "istilah.skt"),
    (
        (
            "warga Kel. Kalampangan cuma pegang SKT, kada ada sertifikat. SKT tu sebenarnya "
            "surat napa?"
        ),
        "istilah.skt",
    ),
    ("clean and clear itu maksudnya lahan yg kaya apa?", ("istilah.cleanandclear", "usulan.lahan")),
    (
        ("What means 'clean and clear' for the land ah? Got cert already is enough meh?"),
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    ("CSR itu dana perusahaan kah? kepanjangan apa", "istilah.csr"),
    (
        ("Q: CSR = ?\nA: Corporate ... (lanjutkan)\n— draft FAQ Perkim Kab. Kotawaringin Barat"),
        "istilah.csr",
    ),
    (
        "Rakor itu singkatan rapat koordinasi kah? nama lengkapnya apa",
        ("istilah.rakor", "siklus.rakor"),
    ),
    (
        "Rakor is short for what? First time I join this kind of thing.",
        ("istilah.rakor", "siklus.rakor"),
    ),
    ("LAPOR! itu aplikasi pengaduan punya siapa? yg pakai tanda seru itu", "istilah.lapor"),
    (
        (
            "warga ngancam mau lapor ke LAPOR! soal drainase mampet di Kel. Panarung. LAPOR! "
            "tu napa sebenarnya?"
        ),
        "istilah.lapor",
    ),
    ("WIB tu waktu napa? Kalteng ikut WIB atau WITA sih?", "istilah.wib"),
    ("Pertanyaan FAQ dinas: WIB itu singkatan apa, selisih brp jam dr UTC?", "istilah.wib"),
    ("backlog perumahan itu maksudnya apa?", "istilah.backlog"),
    (
        (
            "Pertanyaan utk FAQ dinas: 'backlog' dlm konteks perumahan artinya apa? sbb "
            "dikutip dr paparan Kementerian"
        ),
        "istilah.backlog",
    ),
    ("PKP itu singkatan apa? di SK tim tertulis 'bidang PKP'", "istilah.pkp"),
    ("PKP teh naon? sanes pengusaha kena pajak nya? 😄", "istilah.pkp"),
    ("kumuh itu definisinya apa sih? rumah jelek aja udh kumuh kah?", "istilah.kumuh"),
    (
        (
            "tadi survei ke Kel. Baamang Hilir, rumah padat, jalan tanah becek, drainase kada "
            "ada. yang kaya ini yg disebut kumuh kah? napa artinya kumuh tu"
        ),
        ("istilah.kumuh", "kumuh.aspek"),
    ),
    ("DAK itu dana alokasi khusus kan? dari pusat ke daerah?", "istilah.dak"),
    ("DAK means what ah? Special fund from Jakarta one?", "istilah.dak"),
    (
        "rusun itu singkatan rumah susun kan? bedanya sama rusunawa apa",
        ("istilah.rusun", "istilah.rusunawa"),
    ),
    ("napa arti rusun? bubuhan di Kel. Ketapang Sampit rajin menyebut rusun", "istilah.rusun"),
]

ROUND64_INTENTS: list[tuple[str, str]] = [
    (
        ("usulan kami yg jaling di Kel. Baamang Tengah kemarin sdh sampai mana ya prosesnya?"),
        "status",
    ),
    ("cek status usulan USL-2026-0014 dong, ulun tunggu dr minggu lalu", "status"),
    (
        (
            "Can help me check my regency's proposals? Which ones approved already, which "
            "still stuck ah?"
        ),
        "status",
    ),
    ("rakor thn ini kapan & di mana?\nSalam, Kasi PSU Kab. Seruyan", "meeting"),
    ("rapat berikutnya tanggal brp pak? ulun handak pesan tiket dr Puruk Cahu", "meeting"),
    ("When's the next meeting y'all fixin' to hold, and where at?", "meeting"),
    ("batas akhir kirim usulan utk TA 2027 kapan?", "deadline"),
    (
        (
            "sampe tgl brp usulan masih bisa masuk? takut telat, berkas masih di "
            "D:/usulan/final2.xlsx"
        ),
        "deadline",
    ),
    ("tenggat usulan teh iraha? abdi can beres", "deadline"),
    ("Selamat pagi pak/bu admin 🙏", "greeting"),
    ("makasih banyak infonya, sangat membantu\nTtd. Kasi Perumahan Kab. Katingan", "greeting"),
    ("bot ini bisa bantu napa haja?", "greeting"),
    ("gimana caranya ngirim usulan lewat bot ini? baru pertama kali", "how_to_submit"),
    ("ulun handak mengajukan usulan drainase, langkahnya kaya apa di bot?", "how_to_submit"),
    ("How do I submit a proposal through this bot ah? Step by step can?", "how_to_submit"),
    (
        (
            "Assalamualaikum. usulan kami dari Kab. Seruyan yg dikirim bulan lalu sudah sampai "
            "tahap apa ya?\nTtd. Kasi Kawasan Permukiman"
        ),
        "status",
    ),
    (
        ("USL-2026-0007 kaya apa kabarnya, sudah diverifikasi kah? ulun handak lapor ka Kadis"),
        "status",
    ),
    (
        ("Howdy y'all, reckon you could check where our proposals are at? Sent 'em a while back."),
        "status",
    ),
    ("Rakor tahun ini kapan dan di mana, pian? biar ulun siapkan SPPD", "meeting"),
    (
        (
            "rapat berikutnya jadwalnya kpn ya? tgl & tempat mohon info\nSalam, Wawan — "
            "Disperkim Kab. Murung Raya"
        ),
        "meeting",
    ),
    (
        (
            "Next coordination meeting is when ah? Where one? Need to book transport from "
            "Muara Teweh."
        ),
        "meeting",
    ),
    ("batas akhir kirim usulan TA 2027 s.d. tgl brp ya?", "deadline"),
    (
        (
            "usulan masih bisa dikirim sampai kapan? takut telat, berkas masih di "
            "D:/usulan/final_rev3.xlsx"
        ),
        "deadline",
    ),
    ("tenggat usulan teh iraha? abdi can beres nyieun RAB na", "deadline"),
    ("Selamat pagi pak/bu 🙏", "greeting"),
    ("makasih banyak lah pian, sangat membantu", "greeting"),
    ("bot ini bisa bantu apa aja?", "greeting"),
    ("gmn caranya kirim usulan lewat bot ini? sy baru pertama kali pakai", "how_to_submit"),
    (
        ("kaya apa cara masukkan usulan jaling Ds. Talio lewat Sinkron? ulun kada paham menunya"),
        "how_to_submit",
    ),
    (
        (
            "Q: Bagaimana mengajukan usulan melalui bot?\nA: ... (mohon dibantu langkah2nya "
            "utk FAQ dinas)"
        ),
        "how_to_submit",
    ),
]

ROUND64_AREAS: list[tuple[str, str]] = [
    ("kumuh di Kel. Mendawai Seberang luasnya 9,8 ha, kewenangan siapa?", "kabkota"),
    ("lokasi kumuh Selat Hulu di SK pas 10 hektar, itu prov atau kab?", "provinsi"),
    ("kaw kumuh 120.000 m2 di Kec. Baamang, siapa yg tangani?", "provinsi"),
    ("luas delineasi kumuh tepat 15 ha, masih prov kah?", "pusat"),
    ("kumuh 14,99 ha di Ds. Bapeang, prov atau pusat?", "provinsi"),
    ("95.000 meter persegi kaw kumuh Kel. Raja, kewenangan kab kah?", "kabkota"),
    (
        (
            "kumuh tepi sungai Kel. Mentawa Baru Hilir lebih dari 15 hektare (sekitar 17), "
            "siapa yg pegang?"
        ),
        "pusat",
    ),
    ("kawasan kumuh kurang dari 10 ha di Ds. Lemo I, napa kewenangan prov?", "kabkota"),
    ("150.000 m² kumuh di Kel. Pahandut, kewenangan siapa ya?", "pusat"),
    (
        (
            "Y'all, our slum site in Kel. Kumai Hulu is eleven and a half hectares. Reckon "
            "whose job is that?"
        ),
        "provinsi",
    ),
    ("Slum area 8 hectares in Kel. Menteng, who responsible ah?", "kabkota"),
    (
        ("kumuh Kel. Tanjung Pinang 104.500 m2, u.p. Kasi Kumuh mohon info kewenangannya"),
        "provinsi",
    ),
    ("kawasan kumuh di Kel. Selat Hilir luasnya 9,5 ha, kewenangan siapa?", "kabkota"),
    ("lokasi kumuh Ds. Bapeang delineasinya 85.000 m², itu ditangani siapa pian?", "kabkota"),
    (
        (
            "kumuh kurang dari 10 hektar di Kec. Kumai jadi urusan kab atau prov?\nTtd. Kasi "
            "Kawasan Permukiman Kab. Kotawaringin Barat"
        ),
        "kabkota",
    ),
    (
        ("Q: Kawasan kumuh seluas 99.000 meter persegi, siapa yang berwenang menangani?\nA: ?"),
        "kabkota",
    ),
    ("kumuh Kel. Langkai pas 10 ha, provinsi atau kota yg tangani?", "provinsi"),
    (
        ("SK kumuh kami: lokasi Kel. Pahandut Seberang 14,99 hektar. kewenangan sapa tuh?"),
        "provinsi",
    ),
    (
        (
            "kawasan kumuh di Kel. Tamiang Layang luasnya 120.000 m2 (cek peta di "
            "D:/sk_kumuh/peta_final.pdf), masuk kewenangan mana?"
        ),
        "provinsi",
    ),
    (
        (
            "Y'all, a slum area of 13,25 hectares in Buntok — whose job is that, the regency's "
            "or y'all's?"
        ),
        "provinsi",
    ),
    (("kumuh di Kel. Mendawai Kec. Arut Selatan tepat 15 hektare, siapa yg berwenang?"), "pusat"),
    (("kawasan kumuh Kel. Kuala Pembuang II lebih dari 20 ha, itu urusan pusat kah?"), "pusat"),
    (
        ("luas kumuh hasil delineasi 150.000 meter persegi di Kec. Murung, kewenangan siapa ya?"),
        "pusat",
    ),
    ("Slum area in Puruk Cahu 16,2 ha, who handle ah? Province can take or not?", "pusat"),
]

ROUND64_OUT_OF_SCOPE: list[str] = [
    "harga semen per sak di Sampit brp skrg?",
    "besok di Muara Teweh hujan kada? ulun handak turun lapangan",
    "cara perpanjang SIM di Palangka Raya kaya apa?",
    "gaji PPPK golongan IX brp ya?\nSalam, staf honorer Disperkim Kab. Seruyan",
    "jumlah RTLH di Kab. Seruyan thn 2025 ada brp unit?",
    "pagu DAK Tematik PPKT utk Kotim TA 2027 brp M?",
    "bunga KPR subsidi FLPP thn ini brp persen? bank mana aja yg layani?",
    "harga sewa rusunawa di Palangka Raya per bulan brp?",
    "cara bayar PBB-P2 online di Kotim kumaha?",
    ("Can help me check the rupiah to HKD rate today? Going back to visit family next month."),
    "Y'all know a good mechanic in Sampit? My truck's fixin' to quit on me.",
    "jadwal pencairan TPP bulan ini kapan ya? c.q. BPKAD",
    "brp harga tanah per m2 di Kec. Jekan Raya wayah ini?",
    ("nomor telepon Basarnas Palangka Raya brp? ada perahu warga terbalik di Ds. Buntoi"),
    "skor IKM (indeks kepuasan masyarakat) Disperkimtan thn lalu brp?",
    "harga semen per sak di Sampit skrg brp ya?",
    "besok di Kuala Kurun hujan kah? ulun handak survei lokasi",
    "berapa jumlah RTLH di Kab. Katingan tahun 2025?",
    "pagu DAK Tematik PPKT Kab. Kapuas TA 2026 berapa?",
    "password akun SIPD ulun terblokir, kaya apa cara reset?",
    "cara urus cuti tahunan ASN lewat aplikasi BKN gmn?",
    "angka backlog perumahan Kalteng tahun ini berapa unit?",
    "siapa pemenang tender jalan lingkungan di Kec. Maliku tahun lalu?",
    "tarif retribusi PBG per m2 di Kota Palangka Raya brp?",
    ("Y'all know how much a truckload of gravel runs in Pangkalan Bun these days?"),
    ("Can help me check flight Palangka Raya to Jakarta tomorrow got seat or not?"),
    "bunga KPR rumah subsidi tahun ini berapa persen?",
    "jam buka loket sertifikat tanah di kantor BPN Buntok jam brp?",
    "Pak, anak ulun sakit, boleh izin kada ikut apel besok?",
    "jumlah penduduk Kec. Mentaya Hilir Selatan brp jiwa?",
]
