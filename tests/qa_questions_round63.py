"""Held-out question table, round 63 (written 2026-12-07 at the end of round 36 of tuning; never
tuned on).

Two writers who had not seen the knowledge base or any other question table each wrote half:
they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place
list). Nobody tuning the matcher reads this file: bench/qa_quality.py --final measures it.

Its styles were new to the bot when it was written, and nothing was built for them: asking why
a rule is so, emoji standing for words, a pasted group-chat log with timestamps first, long
formal nominalised sentences, an intern asking for a report, money and years beside a question
about a rule, asking for the source or a link, inverted word order; New Zealand English for
the first half of the topic list and Welsh English for the second.
"""

ROUND63_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "[08.15, 3/12/2026] Pak Kadis: staf baru tolong pahami dulu pembagian urusan "
            "perkim\n[08.17, 3/12/2026] Bu Sekdis: iya biar ga salah alamat ngusul ke prov\nsy "
            "staf baru pak, bs jelasin singkat pusat ngurus apa, prov apa, kab/kota apa di "
            "bidang perumahan & permukiman?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "yeah nah I'm a bit lost eh, who does what between the centre, the province and "
            "the regencies in housing and settlements? just the big picture pls"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "alasannya apa perumahan dimasukin urusan wajib pelayanan dasar? dasarnya di mana "
            "bisa dibaca?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "tugas kuliah saya ttg urusan konkuren, perkim itu masuk urusan wajib atau pilihan "
            "ya pak"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        ("kenapa batasnya 10 ha sih buat kumuh? trus yg kecil, sedang, besar siapa pegang"),
        "kewenangan.kumuh",
    ),
    (
        (
            "Dalam rangka optimalisasi pelaksanaan penanganan kawasan permukiman kumuh TA "
            "2027, mohon penjelasan terkait pembagian kewenangan antar tingkatan pemerintahan "
            "berdasarkan luasan kawasan."
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kumuh yg skala gede bgt yg ditangani kementerian itu mulai dr brp ha? ada link "
            "peraturannya?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "the massive slum areas, the ones the ministry picks up, what's the cut-off for "
            "those eh? chur"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        "alasannya apa pencegahan kumuh cuma kab/kota? prov gak ikut sama sekali?",
        "kewenangan.pencegahan_kumuh",
    ),
    ("kewenangan siapa itu, pencegahan permukiman kumuh?", "kewenangan.pencegahan_kumuh"),
    ("sub urusan perumahan, bagian prov apa aja dibanding bagian kab?", "kewenangan.perumahan"),
    (
        (
            "buat laporan magang saya: rangkum pembagian kewenangan sub-urusan perumahan "
            "menurut lampiran D UU 23/2014 dong"
        ),
        "kewenangan.perumahan",
    ),
    (
        "rumah utk MBR sama rusun itu yg pegang pusat kan? prov gak bisa?",
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "sweet as, so low-income housing and the rusun blocks, that's the central govt's "
            "patch and not the province's, eh?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    ("🏠 rusak kena banjir bantuannya dr mana? prov atau kab?", "kewenangan.bencana_relokasi"),
    (
        (
            "[14.02, 28/11/2026] Camat Mantangai: ada rumah warga hanyut, sebagian hrs pindah "
            "lokasi\n[14.05, 28/11/2026] Kabid Perkim: coba tanya ke prov\nrumah korban "
            "bencana sama warga yg direlokasi itu siapa yg wajib nyediain?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    ("izin pembangunan perumahan & SKBG keluarnya dr mana, prov bisa nerbitin?", "kewenangan.izin"),
    (
        (
            "developer mau bangun komplek di Kec. Jekan Raya, izin pengembangan perumahannya "
            "ke siapa? dasarnya di mana bisa dibaca?"
        ),
        "kewenangan.izin",
    ),
    ("sub-urusan kawasan permukiman itu prov pegang apa aja", "kewenangan.kawasan_permukiman"),
    (
        (
            "what's in the kawasan permukiman sub-affair for each level, eh? need it for a "
            "briefing tomorrow"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    ("alasannya apa provinsi cuma PSU permukiman? PSU perumahan siapa dong", "kewenangan.psu"),
    ("PSU di komplek perumahan developer di Sampit, kewenangan siapa itu?", "kewenangan.psu"),
    (
        (
            "PSU yg dibangun Disperkimtan itu bentuknya apa aja? bisa gak sekalian aspal jalan "
            "kabupaten"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "anggaran 2027 kami mau usul jalan lingkungan + drainase di Kel. Panarung, masuk "
            "lingkup PSU yg dikerjain prov gak?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        "sertifikasi perancang rumah & PSU yg kemampuan menengah itu di prov ya?",
        "kewenangan.sertifikasi",
    ),
    (
        (
            "who registers house designers and PSU planners? small outfits with the regency I "
            "reckon, but the bigger ones? cheers"
        ),
        "kewenangan.sertifikasi",
    ),
    ("SPM perumahan isinya apa, target 100% itu buat apa", "kewenangan.spm"),
    (
        (
            "Dalam rangka penyusunan laporan penerapan Standar Pelayanan Minimal bidang "
            "perumahan rakyat TA 2026, mohon penjelasan terkait jenis pelayanan dasar yang "
            "menjadi tanggung jawab pemerintah provinsi."
        ),
        "kewenangan.spm",
    ),
    (
        ("luas kumuh yg dipake buat nentuin kewenangan itu luas kelurahannya atau luas yg di SK?"),
        "kumuh.luas_delineasi",
    ),
    (
        "kenapa yg dihitung luas delineasi sih, bukan luas desanya seluruhnya",
        "kumuh.luas_delineasi",
    ),
    ("SK kumuh yg netapin siapa? bupati apa gubernur", "kumuh.penetapan"),
    (
        (
            "SK kumuh Kotim kami terbit akhir 2020, wajib ditinjau ulang kapan? dasarnya di "
            "mana bisa dibaca?"
        ),
        "kumuh.penetapan",
    ),
    ("kriteria kumuh ada brp aspek, apa aja", "kumuh.aspek"),
    (
        (
            "tugas kuliah saya tentang permukiman kumuh tepian sungai di Kel. Selat Hilir, "
            "minta daftar aspek yg dinilai dong"
        ),
        "kumuh.aspek",
    ),
    ("skor brp baru dibilang kumuh berat?", "kumuh.penilaian"),
    (
        ("cara ngitung nilai kumuh gmn? per kriteria dapet 0, 1, 3, 5 itu patokannya apa"),
        "kumuh.penilaian",
    ),
    ("rentang nilai kumuh sedang sm ringan brp?", "kumuh.tingkat_sedang_ringan"),
    (
        ("lokasi kami di Kel. Pahandut Seberang nilainya 42, itu masuk kategori kumuh apa ya?"),
        "kumuh.tingkat_sedang_ringan",
    ),
    ("lahannya ilegal, kumuhnya ringan, penanganannya pake pola apa?", "kumuh.pola_penanganan"),
    (
        (
            "yeah nah, what's the actual difference between pemugaran, peremajaan and "
            "pemukiman kembali, eh?"
        ),
        "kumuh.pola_penanganan",
    ),
    ("data kumuh se-Kalteng ada brp lokasi & totalnya brp ha?", "kumuh.kalteng"),
    (
        (
            "how many slum sites has Kalteng got all up, and how many hectares roughly? it's "
            "for a report eh"
        ),
        "kumuh.kalteng",
    ),
    ("📄 usulan isinya apa aja? kenapa ditanya sebanyak itu", "usulan.isi"),
    (
        (
            "Dalam rangka penyusunan usulan kegiatan bidang kawasan permukiman TA 2027, mohon "
            "penjelasan terkait muatan data yang wajib dicantumkan beserta alasan "
            "masing-masing."
        ),
        "usulan.isi",
    ),
    ("bisa ngusulin apa aja sih ke prov? kumuh, psu, rtlh, ada lg?", "usulan.jenis"),
    (
        (
            "what kinds of proposals can we actually send up to the province? don't wanna "
            "waste my time, eh"
        ),
        "usulan.jenis",
    ),
    (
        (
            "lokasi usulan di Desa Tahawa, perlu isi titik koordinat jg gak? trus "
            "perkotaan/perdesaan itu buat apa"
        ),
        "usulan.lokasi",
    ),
    ("data lokasi usulan hrs lengkap sampe mana? kec, desa, nama lokasi?", "usulan.lokasi"),
    (
        "penerima manfaat diisi KK atau jiwa? trus pilihan sumber dananya apa aja",
        "usulan.penerima_biaya",
    ),
    (
        (
            "pagu Rp 1,2 M, biaya usulan kami hrs ditulis gmn? sumber dananya boleh kombinasi "
            "APBD kab + prov?"
        ),
        "usulan.penerima_biaya",
    ),
    ("readiness criteria buat usulan PSU itu dokumennya apa aja?", "usulan.kesiapan"),
    (
        (
            "what readiness docs do we need sorted before a PSU proposal goes in? yeah nah "
            "don't want it bounced"
        ),
        "usulan.kesiapan",
    ),
    ("clean and clear itu syaratnya apa? tanah desa bisa dipake?", "usulan.lahan"),
    (
        ("lahan jalan lingkungan kami cuma SKT, kenapa ditanya clean and clear segala?"),
        "usulan.lahan",
    ),
    ("usulan kumuh wajib lampirin SK kumuh? kalau SK-nya udh 6 thn gmn", "usulan.sk_kumuh"),
    ("lokasi kami gak tercantum di SK kumuh, masih bisa diusulkan ke prov?", "usulan.sk_kumuh"),
    ("DED RAB RKS site plan hrs ada semua pas ngusul? foto jg?", "usulan.dokumen_teknis"),
    (
        ("do we need a full DED and RAB up front, or is a site plan and a few photos sweet as?"),
        "usulan.dokumen_teknis",
    ),
    (
        "kenapa kab hrs bikin surat pernyataan sanggup terima hibah dan O&P?",
        "usulan.surat_pernyataan",
    ),
    (
        "📄 surat pernyataan kesanggupan pemeliharaan itu wajib dilampirkan gak",
        "usulan.surat_pernyataan",
    ),
    ("syarat RTLH lewat prov apa aja? boleh bangun rumah baru?", "usulan.rtlh"),
    (
        (
            "[10.02, 1/12/2026] Pak Lurah Kalampangan: ada 12 rumah warga mau dibedah\n[10.05, "
            "1/12/2026] Staf Perkim: lahannya sebagian blm sertifikat\nkalau warga cuma pegang "
            "SKT masih bisa ikut program RTLH provinsi? penerimanya ditetapkan siapa?"
        ),
        "usulan.rtlh",
    ),
    ("warga minta jalan lingkungan lgsg ke prov boleh? syaratnya apa", "usulan.psu_masyarakat"),
    (
        ("ketua RT di Kel. Menteng mau ngajuin drainase sendiri, hrs diketahui siapa aja?"),
        "usulan.psu_masyarakat",
    ),
    (
        ("jaling yg dibangun prov di tanah kab, nanti asetnya punya siapa? yg ngerawat siapa?"),
        "hibah.aset",
    ),
    (
        (
            "Once the province builds the drainage on our land, who signs the BAST and who "
            "looks after it after, isn't it?"
        ),
        "hibah.aset",
    ),
    (
        "usulan kami bukan kewenangan prov, trus dananya bisa cari dr mana lg?",
        "pendanaan.saluran_lain",
    ),
    (
        ("kumuh kami cuma 6 ha jd bukan ranah prov, sumber dana lain yg cocok apa aja? DAK bisa?"),
        "pendanaan.saluran_lain",
    ),
    ("alur usulan setahun itu gmn dr awal sampe jadi kegiatan?", "siklus.tahunan"),
    (
        (
            "Tidy. So what's the yearly cycle for proposals, from us preparing them to the "
            "province paying for them?"
        ),
        "siklus.tahunan",
    ),
    (
        ("usulan kita diperiksa prov dr sisi apa aja? administrasi doang atau sampe teknis?"),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Dalam rangka peningkatan kualitas usulan TA 2027, mohon penjelasan terkait "
            "mekanisme penelaahan usulan kabupaten/kota oleh pemerintah provinsi."
        ),
        "siklus.pemeriksaan",
    ),
    ("Rakor bidang kawasan permukiman itu acara apa sih, tujuannya apa?", "siklus.rakor"),
    ("What's the Rakor for then, and who's meant to go to it, isn't it?", "siklus.rakor"),
    ("abis Rakor usulan lanjut ke mana? Musrenbang, RKPD, APBD urutannya gmn", "siklus.rkpd_apbd"),
    (
        (
            "Dalam rangka sinkronisasi perencanaan pembangunan TA 2027, mohon penjelasan "
            "terkait tahapan tindak lanjut hasil Rakor hingga masuk ke dalam RKPD dan APBD "
            "Provinsi."
        ),
        "siklus.rkpd_apbd",
    ),
    ("Pokja PKP itu apa sih, dasarnya permen apa?", "koordinasi.pokja_pkp"),
    ("kab kami blm punya Pokja PKP. fungsinya apa? wajib dibentuk gak", "koordinasi.pokja_pkp"),
    ("alamat kantor Disperkimtan prov di mana ya?", "disperkimtan.kontak"),
    (
        ("Where to is the Disperkimtan office in Palangka Raya? I'm coming over now in a minute."),
        "disperkimtan.kontak",
    ),
    ("jam di bot ini pake WIB atau WITA? sy di Muara Teweh", "bot.cara_pakai"),
    (
        ("buat laporan magang saya: tolong jelasin perintah2 apa aja yg ada di bot Sinkron ini"),
        "bot.cara_pakai",
    ),
    ("di /usul foto maksimal brp? pdf bisa dilampirin?", "bot.usul"),
    ("bisa salin usulan tahun lalu di /usul biar ga ngetik ulang semua?", "bot.usul"),
    ("status 'perlu perbaikan' itu artinya apa? hrs ngapain kami", "bot.status"),
    (
        (
            "The status says 'dibahas di Rakor', what's that mean for us then? Tidy if it's "
            "good news."
        ),
        "bot.status",
    ),
    ("ditolak kenapa usulan kami? trus abis ditolak hrs gmn", "bot.ditolak_dialihkan"),
    (
        (
            "usulan drainase Kuala Pembuang dialihkan ke APBD kab, maksudnya gmn & langkah "
            "selanjutnya apa?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "usulan masuk udh 4 hari kerja blm diverifikasi, standarnya brp hari sih?",
        "bot.tindak_lanjut",
    ),
    ("alasannya apa pake tolok ukur LAPOR!? itu aturan yg mengikat dinas?", "bot.tindak_lanjut"),
    ("sy gak bisa hadir rakor, boleh diwakilin staf? konfirmasinya gmn", "bot.rapat"),
    (
        (
            "The bot sends reminders before a meeting, how many and when? And can I tell it "
            "I'm not coming, isn't it?"
        ),
        "bot.rapat",
    ),
    ("perkim singkatan apa", "istilah.perkim"),
    ("What's 'Perkim' stand for then? Keep seeing it on the letters, like.", "istilah.perkim"),
    ("disperkimtan kepanjangannya apa?", "istilah.disperkimtan"),
    (
        (
            "tugas kuliah saya: nama Disperkimtan itu artinya apa, 'tan' di belakangnya "
            "maksudnya apa?"
        ),
        "istilah.disperkimtan",
    ),
    ("PSU itu singkatan dr apa ya", "istilah.psu"),
    ("PSU, what's that now? Prasarana something, isn't it?", "istilah.psu"),
    ("jaling itu apa sih", "istilah.jaling"),
    ("di RAB Desa Henda ada tulisan 'jaling 300 m', maksudnya apa?", "istilah.jaling"),
    ("drainase lingkungan itu maksudnya saluran apa?", "istilah.drainase"),
    ("KR di tabel kumuh artinya apa", "istilah.kr"),
    (
        (
            "[09.40, 2/12/2026] Bu Kasi: tolong cek tabel SK, kolom tingkat isinya KR "
            "semua\n[09.41, 2/12/2026] Pak Anton: KR itu apa ya bu?\nsama pak, KR maksudnya "
            "apa?"
        ),
        "istilah.kr",
    ),
    ("KS itu singkatan apa di data kumuh?", "istilah.ks"),
    ("apa itu KS, yg di lampiran SK kumuh Kapuas?", "istilah.ks"),
    ("kalau KB di data kumuh artinya apa? bukan keluarga berencana kan 😅", "istilah.kb"),
    ("SK kumuh itu maksudnya apa", "istilah.skkumuh"),
    ("SK kumuh itu surat apa dan siapa yg netapin?", ("istilah.skkumuh", "kumuh.penetapan")),
    ("delineasi artinya apa?", "istilah.delineasi"),
    (
        ("peta delineasi itu apa, dan kenapa penting buat nentuin siapa yg nanganin kumuh?"),
        ("istilah.delineasi", "kumuh.luas_delineasi"),
    ),
    ("RTLH singkatan dr apa ya pak", "istilah.rtlh"),
    ("RTLH, what's that in English then?", "istilah.rtlh"),
    ("RLH kepanjangannya apa?", "istilah.rlh"),
    ("bedah rumah itu maksudnya apa? program apa", "istilah.bedahrumah"),
    ("'Bedah rumah', house surgery literally? What's it mean, like?", "istilah.bedahrumah"),
    ("BSPS itu apa ya", "istilah.bsps"),
    (
        (
            "Dalam rangka penyusunan bahan paparan program perumahan swadaya, mohon penjelasan "
            "terkait pengertian BSPS beserta dasar hukumnya."
        ),
        "istilah.bsps",
    ),
    ("MBR singkatan dr?", "istilah.mbr"),
    ("MBR, what's that now? Low income something, isn't it?", "istilah.mbr"),
    ("rusunawa itu apa, beda sm rusun biasa?", "istilah.rusunawa"),
    ("🏢 rusunawa artinya?", "istilah.rusunawa"),
    ("rusus itu rumah apa", "istilah.rusus"),
    ("What's a rusus when it's at home?", "istilah.rusus"),
    ("huntara itu singkatan dr apa ya? di laporan BPBD Katingan banyak disebut", "istilah.huntara"),
    (
        ("what's a huntara eh? keeps popping up in the flood reports from Kapuas Hilir, chur"),
        "istilah.huntara",
    ),
    (
        (
            "[07.42, 5/3/2026] Pak Camat Timpah: warga korban banjir minta dibangunkan "
            "huntap\n[07.44, 5/3/2026] Bu Kasi Perumahan: huntap yg gmn maksudnya "
            "pak?\nsebenernya huntap itu artinya apa sih"
        ),
        "istilah.huntap",
    ),
    ("🏠 tetap pasca bencana = huntap? kepanjangannya apa", "istilah.huntap"),
    ("KK di kolom penerima manfaat itu kepala keluarga ya, bukan kartu keluarga?", "istilah.kk"),
    (
        (
            "Dalam rangka pengisian data penerima manfaat usulan TA 2027, mohon penjelasan "
            "terkait pengertian satuan KK yang digunakan."
        ),
        "istilah.kk",
    ),
    ("jiwa tu maksudnya jumlah org ya? 🙏", "istilah.jiwa"),
    ("yeah nah I don't get 'jiwa' on the form, does it just mean people?", "istilah.jiwa"),
    ("ha itu hektar kan? 1 ha brp meter persegi", "istilah.ha"),
    ("maaf sy pegawai baru, tulisan 'ha' di SK itu satuan apa ya bu?", "istilah.ha"),
    ("DED kepanjangannya apa? buat laporan magang saya di Dinas Perkim Seruyan", "istilah.ded"),
    ("📐 DED = ? singkatan dari apa", "istilah.ded"),
    ("RAB itu apa, yg isinya harga satuan itu kah? pagu kami cuma Rp 850 jt", "istilah.rab"),
    ("sorry bro, what does RAB stand for? sweet as", "istilah.rab"),
    ("rks apaan ya? konsultan bilang harus ada", "istilah.rks"),
    ("singkatan apa itu RKS? ada dasar aturannya yg bisa dibaca?", "istilah.rks"),
    ("KAK sama TOR itu sama aja kah?", "istilah.kak"),
    (
        (
            "[10.02, 12/2/2026] Kabid: siapkan KAK utk kegiatan jaling di Kumai\n[10.05, "
            "12/2/2026] Staf: siap pak\nKAK itu kepanjangannya apa ya, saya staf baru"
        ),
        "istilah.kak",
    ),
    ("site plan tu apa, gambar denah lokasi kah?", "istilah.siteplan"),
    ("what's a site plan in Indo terms, rencana tapak or something eh?", "istilah.siteplan"),
    ("RC di usulan itu singkatan apa? readiness apa gitu", "istilah.rc"),
    (
        (
            "tugas kuliah saya tentang perencanaan permukiman, mohon dijelaskan istilah RC "
            "(readiness criteria) itu apa"
        ),
        "istilah.rc",
    ),
    ("BAST itu berita acara apa?", "istilah.bast"),
    ("📝 BAST maksudnya apa pak, dr balai minta tanda tangan Bupati", "istilah.bast"),
    ("hibah itu artinya apa dlm konteks aset? bukan hibah uang kan", "istilah.hibah"),
    ("hibah, is that just a grant, like handing stuff over for free? chur", "istilah.hibah"),
    ("BMD itu barang milik apa?", "istilah.bmd"),
    ("kenapa disebut BMD, singkatannya apa? utk laporan aset TA 2026", "istilah.bmd"),
    ("bmn apa y", "istilah.bmn"),
    (
        (
            "Dalam rangka inventarisasi aset jalan lingkungan di Kecamatan Pahandut, mohon "
            "penjelasan mengenai pengertian BMN."
        ),
        "istilah.bmn",
    ),
    ("O&P itu apa? sering muncul di surat pernyataan", "istilah.op"),
    ("O and P, what's that short for mate?", "istilah.op"),
    ("SPM kepanjangannya apa", "istilah.spm"),
    ("mahasiswa PKL di kantor kami nanya SPM itu apa, sy jg lupa 😅", "istilah.spm"),
    ("pokja PKP itu apa ya? kelompok kerja apa?", "istilah.pokjapkp"),
    ("yeah nah what's Pokja PKP, some kind of working group?", "istilah.pokjapkp"),
    ("pokja PPAS singkatan dr apa", "istilah.pokjappas"),
    (
        (
            "[14.10, 1/10/2025] Pak Sekda: besok rapat pokja PPAS jam 9\n[14.12, 1/10/2025] Bu "
            "Yanti: siap pak\nPPAS itu apaan ya"
        ),
        "istilah.pokjappas",
    ),
    ("AMPL di pokja AMPL itu apa?", "istilah.pokjaampl"),
    ("pokja ampl = pokja air minum ...? lanjutannya apa", "istilah.pokjaampl"),
    ("RP3KP apa itu?", "istilah.rp3kp"),
    ("what's an RP3KP eh, is it some kind of plan?", "istilah.rp3kp"),
    ("rp2kpkp itu dokumen apa ya, panjang bener singkatannya", "istilah.rp2kpkp"),
    (
        (
            "Dalam rangka penyusunan dokumen perencanaan TA 2027, mohon penjelasan terkait "
            "pengertian RP2KPKP. Dasarnya di mana bisa dibaca?"
        ),
        "istilah.rp2kpkp",
    ),
    ("KOTAKU itu program apa?", "istilah.kotaku"),
    ("🏙️ tanpa kumuh = kotaku? itu apa sih", "istilah.kotaku"),
    ("DAK tematik PPKT itu apa, PPKT-nya singkatan apa", "istilah.daktematikppkt"),
    ("what's DAK Tematik PPKT when it's at home? sweet as", "istilah.daktematikppkt"),
    ("APBN singkatan dr apa", "istilah.apbn"),
    ("anak magang nanya APBN itu apa, tolong jelasin singkat aja", "istilah.apbn"),
    ("APBD itu apa?", "istilah.apbd"),
    ("💰 APBD = anggaran apa? mau isi sumber dana", "istilah.apbd"),
    ("APBDes itu anggaran desa kah?", "istilah.apbdes"),
    ("APBDes, that's the village budget, yeah?", "istilah.apbdes"),
    ("bankeu itu apa?", "istilah.bankeu"),
    (
        ("Bankeu provinsi maksudnya apa ya, bantuan keuangan? TA 2027 kami mau coba ajukan"),
        "istilah.bankeu",
    ),
    ("pokir itu apa sih? anggota dewan sering nyebut", "istilah.pokir"),
    ("what's a pokir, the DPRD thing eh?", "istilah.pokir"),
    ("musrenbang kepanjangannya apa?", "istilah.musrenbang"),
    (
        (
            "Dalam rangka penyusunan rencana kerja, mohon penjelasan terkait pengertian "
            "Musrenbang beserta jenjangnya."
        ),
        "istilah.musrenbang",
    ),
    ("RKPD apa ya", "istilah.rkpd"),
    (
        (
            "[09.00, 20/1/2026] Pak Kabid: usulan harus masuk RKPD 2027\n[09.03, 20/1/2026] "
            "Staf: iya pak\nRKPD tu singkatan apa"
        ),
        "istilah.rkpd",
    ),
    ("renja itu apa?", "istilah.renja"),
    ("What's a Renja then? It's the work plan, isn't it?", "istilah.renja"),
    ("renstra singkatan apa ya, rencana strategis?", "istilah.renstra"),
    ("mahasiswa magang minta penjelasan: Renstra itu dokumen apa?", "istilah.renstra"),
    ("RPJMD itu apa?", "istilah.rpjmd"),
    ("Need to know what RPJMD stands for, now in a minute, tidy.", "istilah.rpjmd"),
    ("KUA-PPAS itu apaan", "istilah.kuappas"),
    (
        (
            "Dalam rangka penyusunan rancangan anggaran TA 2027, mohon penjelasan terkait "
            "pengertian KUA-PPAS."
        ),
        "istilah.kuappas",
    ),
    ("RKA kepanjangannya?", "istilah.rka"),
    ("What's an RKA, the budget proposal thing, isn't it?", "istilah.rka"),
    ("DPA itu dokumen apa?", "istilah.dpa"),
    ("📄 DPA = ? singkatan apa", "istilah.dpa"),
    ("SIPD itu sistem apa", "istilah.sipd"),
    (
        (
            "[13.30, 4/2/2026] Bu Rina: usulan harus diinput di SIPD\n[13.31, 4/2/2026] Pak "
            "Dodi: SIPD yg mana bu\nsebenarnya SIPD itu singkatan dari apa"
        ),
        "istilah.sipd",
    ),
    ("bapperida itu apa? dulu bappeda kan", "istilah.bapperida"),
    ("Bapperida, what's that stand for then? Used to be Bappeda, isn't it?", "istilah.bapperida"),
    ("OPD singkatan dari apa", "istilah.opd"),
    ("apa itu OPD? buat laporan magang saya di Kasongan", "istilah.opd"),
    ("SKPD itu apa?", "istilah.skpd"),
    ("OPD vs SKPD bedanya apa sih", ("istilah.opd", "istilah.skpd")),
    ("SPAM di dokumen itu bukan spam email kan 😂 artinya apa", "istilah.spam"),
    ("What's SPAM mean in the water documents? Not junk mail, is it?", "istilah.spam"),
    ("SPALD singkatan apa", "istilah.spald"),
    ("untuk tugas kuliah saya tentang sanitasi, apa yang dimaksud SPALD?", "istilah.spald"),
    ("IPAL itu apa", "istilah.ipal"),
    ("🚽💧 IPAL itu instalasi apa?", "istilah.ipal"),
    ("TPS3R itu apa, 3R nya apa", "istilah.tps3r"),
    ("TPS3R, what's the 3R then? Reduce, reuse, recycle, is it?", "istilah.tps3r"),
    ("MCK kepanjangannya apa", "istilah.mck"),
    ("kenapa disebut MCK sih? singkatan apa", "istilah.mck"),
    ("RTRW itu RT/RW atau apa?", "istilah.rtrw"),
    (
        (
            "Dalam rangka penilaian kesesuaian lahan, mohon penjelasan mengenai pengertian "
            "RTRW serta dasar hukumnya."
        ),
        "istilah.rtrw",
    ),
    ("RDTR itu rencana apa", "istilah.rdtr"),
    ("What's an RDTR? Detailed spatial plan, isn't it?", "istilah.rdtr"),
    ("PBG itu pengganti IMB ya? kepanjangannya apa", "istilah.pbg"),
    ("📄🏗️ PBG artinya apa", "istilah.pbg"),
    ("SLF itu apa", "istilah.slf"),
    ("SLF, what's that then? Some certificate, is it?", "istilah.slf"),
    ("SKBG kepanjangannya apa?", "istilah.skbg"),
    ("sertifikat apa itu SKBG? ada link peraturannya?", "istilah.skbg"),
    ("SKT itu surat keterangan tanah kan?", "istilah.skt"),
    (
        (
            "[16.20, 7/4/2026] Kades Talio Hulu: warga cuma punya SKT pak\n[16.22, 7/4/2026] "
            "Pak Sugi: nanti dicek\nSKT itu apa persisnya"
        ),
        "istilah.skt",
    ),
    ("clean and clear itu maksudnya apa?", "istilah.cleanandclear"),
    ("What's 'clean and clear' mean for land, then? Tidy.", "istilah.cleanandclear"),
    ("CSR apa", "istilah.csr"),
    ("CSR perusahaan sawit itu maksudnya apa sih, singkatan dr apa", "istilah.csr"),
    ("rakor itu singkatan apa", "istilah.rakor"),
    ("What's a Rakor, is it a meeting or what? Stands for what, now?", "istilah.rakor"),
    ("LAPOR! itu apa?", "istilah.lapor"),
    ("apa itu LAPOR!, aplikasi pengaduan kah?", "istilah.lapor"),
    ("WIB itu singkatan apa", "istilah.wib"),
    ("WIB, what's that then? Western Indonesia time, is it?", "istilah.wib"),
    ("backlog perumahan itu maksudnya apa", "istilah.backlog"),
    ("kenapa angka backlog beda2 tiap sumber? sebenarnya backlog itu apa", "istilah.backlog"),
    ("PKP singkatan dari apa? bukan pengusaha kena pajak kan", "istilah.pkp"),
    ("PKP, what's it stand for now? Housing something, isn't it?", "istilah.pkp"),
    ("kumuh itu definisinya apa", "istilah.kumuh"),
    ("buat laporan magang saya: pengertian permukiman kumuh itu apa?", "istilah.kumuh"),
    ("DAK itu dana apa", "istilah.dak"),
    ("DAK, what's that then? Special fund from Jakarta, is it?", "istilah.dak"),
    ("rusun kepanjangannya apa", "istilah.rusun"),
    ("🏢 rusun itu rumah apa", "istilah.rusun"),
]

ROUND63_INTENTS: list[tuple[str, str]] = [
    ("usulan kami yg kemarin udh sampe mana ya?", "status"),
    ("USL-2026-0014 gmn kabarnya, blm ada kabar dr prov", "status"),
    ("any news on the drainage proposal we sent from Kotim?", "status"),
    ("📅 rakor kpn", "meeting"),
    ("rapat berikutnya di mana ya pak, di aula dinas lg?", "meeting"),
    ("kapan itu rakornya tahun ini? mau atur perjalanan dr Puruk Cahu", "meeting"),
    ("batas akhir kirim usulan TA 2027 tgl brp?", "deadline"),
    ("masih bisa ngusul gak minggu depan? tutupnya kapan", "deadline"),
    ("when's the cut-off for sending proposals this round?", "deadline"),
    ("selamat pagi pak", "greeting"),
    ("makasih banyak infonya 🙏", "greeting"),
    ("bot ini bisa bantu apa aja?", "greeting"),
    ("gmn cara kirim usulan lewat bot ini?", "how_to_submit"),
    ("mau ngusulin jaling di Desa Henda, mulai dr mana di bot?", "how_to_submit"),
    ("how do I lodge a proposal through this bot?", "how_to_submit"),
    ("usulan kami yg jaling di Kec. Kurun udh sampai mana ya?", "status"),
    ("📄 usulan Kotim yg kemarin statusnya apa skrg", "status"),
    ("how's our proposal going, the drainage one we sent last week?", "status"),
    ("rakor tahun ini jadinya tgl berapa & di mana?", "meeting"),
    ("kapan itu rapatnya, yg sama provinsi?", "meeting"),
    (
        (
            "[08.15, 3/9/2026] Pak Kadis: siapa yg berangkat ke Palangka?\n[08.17, 3/9/2026] "
            "Bu Sekdis: nunggu undangan pak\nrapat berikutnya kapan dan dmn ya?"
        ),
        "meeting",
    ),
    ("batas akhir kirim usulan TA 2027 kapan?", "deadline"),
    ("sampai tgl brp usulan masih bisa masuk?", "deadline"),
    ("when do proposals close this year?", "deadline"),
    ("selamat pagi bu 🙏", "greeting"),
    ("makasih banyak infonya", "greeting"),
    ("bot ini bisa bantu apa aja?", "greeting"),
    ("gmn cara ngirim usulan lewat bot ini?", "how_to_submit"),
    ("mau input usulan drainase lewat sini caranya gimana", "how_to_submit"),
    ("sy disuruh masukin usulan ke Sinkron, langkahnya apa aja?", "how_to_submit"),
]

ROUND63_AREAS: list[tuple[str, str]] = [
    ("kumuh di Kel. Baamang Tengah luasnya 8,5 ha, itu kewenangan siapa?", "kabkota"),
    ("luas delineasi 95.000 m² di Kel. Ketapang, siapa yg nanganin", "kabkota"),
    (
        ("kawasan kumuh kurang dari 10 ha, kira2 9,8 hektar di Kumai Hilir, urusan prov bukan?"),
        "kabkota",
    ),
    ("kumuh cuma 5.000 m2 di Desa Sungai Cabang, kewenangan siapa itu?", "kabkota"),
    ("kawasan kumuh tepat 10 hektar di Kel. Selat Hulu, ditangani siapa?", "provinsi"),
    ("kumuh 14,99 ha di Mentawa Baru Hilir masuk prov kah?", "provinsi"),
    ("125.000 m2 kumuh di Kec. Kapuas Hilir, siapa yg berwenang?", "provinsi"),
    ("a slum area of 11 hectares in Kasongan Baru, who's responsible for it?", "provinsi"),
    ("pas 15 hektare kumuhnya, di Pahandut Seberang. kewenangan siapa?", "pusat"),
    ("kumuh lebih dari 15 ha, sekitar 22 ha di Kec. Pulau Hanaut, siapa pegang?", "pusat"),
    (
        ("luasnya 150.000 meter persegi kawasan kumuh di Kel. Jelapat, itu tanggung jawab siapa?"),
        "pusat",
    ),
    (
        ("There's a 30 ha slum in Kel. Melayu, Muara Teweh. Whose job is that then, isn't it?"),
        "pusat",
    ),
    ("kumuh 8,5 ha di Kel. Baamang Hulu kewenangan siapa?", "kabkota"),
    ("luas kumuh 95.000 m² itu urusan siapa", "kabkota"),
    ("kumuh kurang dari 10 ha ditangani siapa", "kabkota"),
    ("kawasan kumuh 3 hektar di desa Sei Asam, yg tanggung jawab siapa?", "kabkota"),
    ("kawasan kumuh pas 10 ha, yg nangani siapa?", "provinsi"),
    ("kumuh di Selat Dalam luasnya 13,2 hektar, provinsi atau kabupaten?", "provinsi"),
    ("kumuh seluas 100.000 meter persegi di Pahandut kewenangan siapa", "provinsi"),
    ("slum site's 11 ha, who's responsible, us or the province?", "provinsi"),
    ("delineasi kumuh kami 150.000 m2, siapa yg tangani", "pusat"),
    ("kawasan kumuh tepat 15 hektare kewenangan pusat atau prov?", "pusat"),
    ("kumuh lebih dari 20 ha di Mentawa Baru Hilir siapa yang menangani", "pusat"),
    ("📐 kumuh 230.000 m2, tanggung jawab siapa?", "pusat"),
]

ROUND63_OUT_OF_SCOPE: list[str] = [
    "harga semen 50 kg di Sampit skrg brp?",
    "cuaca besok di Palangka Raya hujan gak ya",
    "jadwal pencairan gaji ke-13 PNS tahun ini kapan?",
    "jumlah rumah tidak layak huni di Kab. Katingan tahun 2025 ada brp unit?",
    "pagu DAK Tematik PPKT buat Kab. Kapuas TA 2027 brp?",
    "tarif air PDAM per m3 di Kuala Kapuas brp sekarang",
    "cara ngajuin cuti tahunan di aplikasi kepegawaian gmn?",
    "harga tiket pesawat PKY ke Jakarta minggu depan brp?",
    "realisasi anggaran Disperkimtan sampai November 2026 sudah brp persen?",
    "nilai kontrak jalan lingkungan di Desa Tahawa tahun lalu brp?",
    "jumlah penduduk Kec. Mentaya Hilir Selatan brp jiwa?",
    "titik api karhutla di Pulpis hari ini udah padam belum?",
    "gmn cara lapor SPT tahunan pajak pribadi?",
    "what's the rupiah to NZ dollar rate today, eh?",
    ("Is there a decent place to get lunch near the governor's office, now in a minute?"),
    "harga semen di Sampit skrg brp per sak?",
    "besok hujan ga di Palangka Raya?",
    "cara perpanjang SIM di Kuala Kapuas gimana",
    "gaji PPPK tahun 2026 naik ga?",
    "jadwal kapal ke Pangkalan Bun minggu ini",
    "berapa jumlah RTLH di Kab. Lamandau tahun 2025?",
    "brp pagu DAK air minum Barut 2027?",
    "kapan pencairan BLT dana desa bulan ini?",
    "what's the rupiah to dollar rate today?",
    "izin cuti tahunan PNS berapa hari?",
    "pemadaman listrik PLN di Buntok sampai jam brp?",
    "harga tanah per m2 di Jekan Raya berapa skrg",
    "siapa pemenang tender jalan provinsi ruas Kasongan?",
    "any good places to eat near Jl. D.I. Panjaitan, now?",
    "cara lapor SPT tahunan online gmn",
]
