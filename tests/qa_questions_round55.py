"""Held-out question table, round 55 (written 2026-12-07 before round 34 of tuning; never tuned on).

Two writers who had not seen the knowledge base or any other question table each wrote half:
they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place
list). Nobody tuning the matcher reads this file: bench/qa_quality.py --final measures it.

Its styles were new to the bot when it was written: phone autocorrect swapping a word for a
real but wrong one, Malaysian Malay spelling and words, a wrong premise or a guess to confirm,
fill-in-the-blank and multiple choice, Telegram formatting left in (bold, bullets, line
breaks), hypotheticals, voice typing (spoken punctuation, numbers as words), a newcomer
describing a thing instead of naming it; Indian English for the first half of the topic list
and Singapore/Malaysian English for the second.
"""

ROUND55_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "sy staf baru di perkim kab. pembagian tugas bidang rumah & permukiman antara "
            "pusat, prov sama kab/kota secara garis besar gmn sih?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Kindly share the overall breakup of housing and settlement duties between centre, "
            "province and district. What is the division as per law? Please revert."
        ),
        "kewenangan.ringkasan",
    ),
    ("perumahan rakyat itu masuk urusan pilihan kan ya? bukan wajib?", "kewenangan.urusan_wajib"),
    (
        (
            "Urusan perumahan & kawasan permukiman termasuk urusan ___\na. wajib pelayanan "
            "dasar\nb. wajib non pelayanan dasar\nc. pilihan"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "kewarganegaraan penanganan kawasan kumuh itu dibagi pakai luas ya? batas "
            "hektarnya tiap level brp aja"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "macam mana pembahagian kuasa kawasan kumur ikut keluasan? kerajaan negeri pegang "
            "yang berapa hektar?"
        ),
        "kewenangan.kumuh",
    ),
    (
        "kawasan kumuh yg gede2 bgt itu kan pusat ya yg pegang? mulai dr berapa ha?",
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    (
        (
            "seumpama lokasi kumuh kami ternyata lewat dari batas atas provinsi, berarti siapa "
            "yg nangani? masih boleh minta ke prov?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    ("pencegahan kumur itu tugas provinsi jg kah atau kab aja?", "kewenangan.pencegahan_kumuh"),
    (
        ("setahu saya kegiatan *pencegahan* perumahan kumuh bisa diusulkan ke prov, betul tidak?"),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "di sub urusan perumahan, bagian prov apa aja dan bagian kab apa aja?",
        "kewenangan.perumahan",
    ),
    (
        (
            "What is the role of province in the housing sub-affair as per UU 23/2014? Kindly "
            "do the needful and clarify what remains with the district."
        ),
        "kewenangan.perumahan",
    ),
    (
        "penyediaan rumah utk MBR sama rusun itu bukannya urusan provinsi?",
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "program rumah buat warga berpenghasilan rendah sama urusan pembiayaan kpr nya itu "
            "yg pegang pemerintah pusat kah?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "andaikan banjir besar di Kapuas ditetapkan bencana provinsi, rumah warga yg rusak "
            "siapa yg bangun/rehab?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        ("warga yang kena pindah gara2 program pemkab, rumah barunya difasilitasi prov atau kab?"),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "If flood victims' houses are damaged in a district-level disaster, whose "
            "responsibility is it to rebuild? Kindly revert at the earliest."
        ),
        "kewenangan.bencana_relokasi",
    ),
    ("izin pembangunan perumahan sama SKBG itu keluarnya dari provinsi kah?", "kewenangan.izin"),
    (
        ("pengembang mau bangun perumahan di Baamang Sampit, izinnya diurus di level mana ya"),
        "kewenangan.izin",
    ),
    (
        "sub urusan kawasan permukiman itu isinya apa aja per tingkat pemerintahan?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "izin pengembangan kawasan permukiman dan penetapan sistem kawasan permukiman "
            "nasional, masing2 dipegang siapa?"
        ),
        ("kewenangan.kawasan_permukiman", "kewenangan.izin"),
    ),
    ("psu perumahan vs psu permukiman, mana yg prov mana yg kab?", "kewenangan.psu"),
    (
        ("PSU di komplek perumahan yg dibangun developer itu kan provinsi ya yg tangani?"),
        "kewenangan.psu",
    ),
    (
        (
            "boleh tak kami mohon projek jalan kampung dan longkang kepada kerajaan negeri? "
            "jalan kabupaten pun boleh ke?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "drainase di pinggir jalan provinsi bisa diusulkan ke disperkimtan atau tidak "
            "tanda tanya kalau bisa jenis apa saja yang dibangun"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        ("sertifikasi perancang rumah & perencana PSU yg kemampuan kecil itu wewenang siapa?"),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Registrasi orang/badan perencana rumah tingkat kemampuan *menengah* ada di "
            "___\na. pusat\nb. provinsi\nc. kab/kota"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "SPM perumahan rakyat yg jadi tanggungan prov itu pelayanannya apa aja, targetnya "
            "brp persen?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Kindly tell what is the minimum service standard in housing that the province "
            "must achieve and what is the target percentage."
        ),
        "kewenangan.spm",
    ),
    (
        (
            "luas kumuh yg dipakai buat nentuin kewenangan itu luas satu desa atau luas "
            "lokasinya aja?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "seumpama Kel. Selat Hulu luasnya puluhan ha tapi yg digaris di peta SK cuma "
            "sebagian, yg dihitung yg mana?"
        ),
        "kumuh.luas_delineasi",
    ),
    ("yang netapin lokasi kumuh itu gubernur kan?", "kumuh.penetapan"),
    (
        (
            "SK lokasi kumuh Kotim terbit 2020, wajib ditinjau ulang tiap brp tahun? terus yg "
            "tanda tangan siapa"
        ),
        "kumuh.penetapan",
    ),
    ("kriteria kumuh ada brp aspek, apa aja?", "kumuh.aspek"),
    (
        (
            "aspek penilaian kawasan kumuh itu apa saja koma proteksi kebakaran termasuk juga "
            "atau tidak"
        ),
        "kumuh.aspek",
    ),
    ("skor brp baru dianggap kumuh berat?", "kumuh.penilaian"),
    (
        (
            "What is the scoring method for slum level? As per my knowledge maximum is 100 "
            "marks, kindly confirm the cut-off for heavy slum."
        ),
        "kumuh.penilaian",
    ),
    (
        "lokasi kami nilainya empat puluh lima masuk kumuh sedang atau ringan",
        "kumuh.tingkat_sedang_ringan",
    ),
    ("rentang skor kumuh ringan dr brp sampe brp? kalo sedang?", "kumuh.tingkat_sedang_ringan"),
    ("kumuh berat di lahan ilegal ditanganinya lewat pemugaran kah?", "kumuh.pola_penanganan"),
    (
        (
            "kalau kawasan kumuh ringan, tanahnya legal, bentuk penanganannya apa? kalau "
            "tanahnya rawan bencana?"
        ),
        "kumuh.pola_penanganan",
    ),
    ("total lokasi kumuh se kalteng ada brp & luasnya kira2 brp ha?", "kumuh.kalteng"),
    (
        (
            "Kindly share how many slum locations are there in Central Kalimantan and total "
            "hectares as per Disperkimtan data. Mostly riverside or what?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "apa aja yg harus diisi kalo mau ngusulin kegiatan ke prov?\n• judul\n• lokasi\n• "
            "... apa lagi?"
        ),
        "usulan.isi",
    ),
    (
        ("kenapa sih usulkan harus lengkap sampai jumlah KK, biaya, foto? buat apa semua itu"),
        "usulan.isi",
    ),
    ("jenis usulkan apa aja yg bisa dikirim ke provinsi?", "usulan.jenis"),
    (
        (
            "boleh tak hantar permohonan projek selain kumuh dengan PSU? contoh rumah mangsa "
            "banjir ke, bedah rumah ke?"
        ),
        "usulan.jenis",
    ),
    ("data lokasi yg diminta apa aja? titik GPS wajib ga?", "usulan.lokasi"),
    (
        (
            "lokasi usulan harus sampai kelurahan atau cukup Kec. Jekan Raya aja? nama "
            "lokasinya harus sama dgn di SK?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "What all location details are required in the proposal form? Is it mandatory to "
            "give village name and map point? Please advise."
        ),
        "usulan.lokasi",
    ),
    (
        ("sumber dana yg bisa dipilih di usulan apa aja? boleh gabung APBD kab + CSR?"),
        "usulan.penerima_biaya",
    ),
    (
        ("penerima manfaat diisi KK atau jiwa? _biaya_ ditulis perkiraan dalam rupiah ya?"),
        "usulan.penerima_biaya",
    ),
    (
        ("berkas pendukung biar usulan jaling kami dianggap siap dikerjakan itu apa aja?"),
        "usulan.kesiapan",
    ),
    (
        (
            "What all papers are required to prove our PSU proposal is ready for execution? "
            "Kindly send the checklist."
        ),
        "usulan.kesiapan",
    ),
    ("lahan lokasi usulan harus milik pemda kah? tanah warga boleh?", "usulan.lahan"),
    (
        (
            "setahu saya lahannya cukup ada surat hibah dr warga, gak perlu sertifikat atau "
            "sesuai RTRW, betul tidak?"
        ),
        "usulan.lahan",
    ),
    (
        "usulan kumuh wajib lampirin SK kumuh? kalo lokasinya blm masuk SK gimana?",
        "usulan.sk_kumuh",
    ),
    (
        "SK kumuh kami udah 6 tahun, usulan kumur masih bisa diterima?",
        ("usulan.sk_kumuh", "kumuh.penetapan"),
    ),
    ("DED sama RAB wajib ada pas ngusulin atau bisa nyusul?", "usulan.dokumen_teknis"),
    (
        (
            "Is site plan and RKS mandatory along with DED? What is the procedure for "
            "enclosing photos of existing condition?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        "surat pernyataan siap terima hibah & O&P itu wajib? yg tanda tangan siapa?",
        "usulan.surat_pernyataan",
    ),
    (
        ("surat akuan sanggup terima aset dan selenggara lepas siap tu perlu ke dalam permohonan?"),
        "usulan.surat_pernyataan",
    ),
    (
        ("syarat ngusulin bedah rumah lewat provinsi apa aja? bisa bangun rumah baru ga?"),
        "usulan.rtlh",
    ),
    (
        (
            "warga Desa Tewang Panjang rumahnya reot tp tanahnya numpang, blm ada SKT. bisa "
            "masuk usulan RTLH prov?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Kindly let us know the eligibility for RTLH beneficiaries through province. Who "
            "decides the final list?"
        ),
        "usulan.rtlh",
    ),
    (
        ("warga Kel. Panarung mau minta jalan lingkungan langsung ke prov, syaratnya apa?"),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Residents want to request drain directly from province, can or not? Need RT and "
            "lurah sign or what?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        ("stlh jalan lingkungan dibangun prov, asetnya jadi punya siapa? yg pelihara siapa?"),
        "hibah.aset",
    ),
    (
        (
            "After province build the drainage already, the asset hand over to kabupaten is "
            "it? Need sign BAST or not?"
        ),
        "hibah.aset",
    ),
    (
        ("kalo ternyata bukan kewenangan prov, usulan kami bisa diarahkan ke dana apa aja?"),
        "pendanaan.saluran_lain",
    ),
    (
        ("misal nanti usulan kumuh kecil kami ditolak prov, cari duitnya dr mana? DAK bisa?"),
        "pendanaan.saluran_lain",
    ),
    ("alur usulan dr kab ke prov tiap tahun itu urutannya gmn?", "siklus.tahunan"),
    ("usulan yg kami kirim tahun ini itu utk anggaran tahun brp?", "siklus.tahunan"),
    ("prov ngecek usulan kita dr sisi apa aja? administrasi doang?", "siklus.pemeriksaan"),
    (
        (
            "bila permohonan dah hantar, pihak negeri semak apa? dokumen je ke atau turun "
            "padang sekali?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "raker bidang kawasan permukiman se kalteng itu sebenernya ngapain aja? siapa "
            "pesertanya?"
        ),
        "siklus.rakor",
    ),
    (
        ("The yearly Rakor with province is for what ah? What actually happen there one?"),
        "siklus.rakor",
    ),
    ("habis rapor, usulan yg lolos masuk ke mana? musrenbang dulu baru RKPD?", "siklus.rkpd_apbd"),
    ("usulan yg disetujui di rakor otomatis langsung dapat APBD kan?", "siklus.rkpd_apbd"),
    (
        "pokja pkp itu fungsinya apa sih? dasar hukumnya apa?",
        ("koordinasi.pokja_pkp", "istilah.pokjapkp"),
    ),
    (
        (
            "kelompok kerja perumahan di kabupaten yg biasanya diketuai sekda itu perannya apa "
            "dlm koordinasi perkim?"
        ),
        "koordinasi.pokja_pkp",
    ),
    ("alamat kantor disperkimtan prov dmn ya? mau antar berkas langsung", "disperkimtan.kontak"),
    (
        ("Where is the Disperkimtan office ah? I want to go there personally, which road one?"),
        "disperkimtan.kontak",
    ),
    ("jam di bot ini pakai WIB atau WITA? sy takut salah baca jadwal", "bot.cara_pakai"),
    (
        (
            "perintah2 di bot ini apa aja? /usul udah tau, trus buat liat daftar usulan pakai "
            "perintah apa?"
        ),
        "bot.cara_pakai",
    ),
    (
        (
            "pas ngisi /usul bisa disimpen dulu terus lanjut besok ga? sinyal di Tumbang "
            "Talaken putus2"
        ),
        "bot.usul",
    ),
    (
        (
            "waktu kirim lewat /usul foto maksimal berapa, PDF bisa dilampirin? trus bisa "
            "salin usulan lama?"
        ),
        "bot.usul",
    ),
    ("usulan saya statusnya *perlu perbaikan*, maksudnya apa itu?", "bot.status"),
    ("What does status 'dibahas di Rakor' mean ah? Means approved already is it?", "bot.status"),
    (
        ("usulan kami ditolak alasan bukan kewenangan provinsi, trus langkah selanjutnya apa?"),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "kalau usulan kami _dialihkan_ ke APBN/DAK, kami harus ngapain? masih bisa diurus "
            "lewat prov?"
        ),
        "bot.ditolak_dialihkan",
    ),
    ("standar waktu prov nindaklanjutin usulan itu brp hari kerja?", "bot.tindak_lanjut"),
    (
        (
            "setahu saya bot ini ikut aturan LAPOR!, jadi usulan wajib dijawab dalam 3 hari, "
            "betul tidak?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        ("kalo sy ga bisa hadir undangan mesyuarat dari bot, bisa diwakilkan staf lain?"),
        "bot.rapat",
    ),
    (
        ("The meeting reminder will send when ah? Can get reminder 1 day before or not?"),
        "bot.rapat",
    ),
    ("perkim kepanjangannya apa", "istilah.perkim"),
    ("Perkim = Perumahan dan ______ ?", "istilah.perkim"),
    ("disperkimtan itu singkatan apa? 'tan' nya itu apa", "istilah.disperkimtan"),
    ("Disperkimtan stands for what ah? Same as Dinas Perkim or not?", "istilah.disperkimtan"),
    ("PSU singkatan dr apa? bukan power supply kan 😅", "istilah.psu"),
    ("P.S.U itu _prasarana_, _sarana_ dan ___ ?", "istilah.psu"),
    ("jaling itu apa?", "istilah.jaling"),
    (
        ("di proposal Desa Henda ada tulisan 'pembangunan jaling 500 m', jaling maksudnya apa ya"),
        "istilah.jaling",
    ),
    ("drainase tu apa sebenarnya? macam longkang ke?", "istilah.drainase"),
    ("Drainage in Indonesian is drainase is it? What it means exactly lah?", "istilah.drainase"),
    ("KR dlm data tingkat kumuh artinya apa?", "istilah.kr"),
    ("KR = kumuh ___ ?", "istilah.kr"),
    ("KS di kolom tingkat kekumuhan itu maksudnya?", "istilah.ks"),
    ("k s dalam tabel kumuh itu apa ya", "istilah.ks"),
    (
        ("di tabel lokasi kumuh ada tulisan KB, itu bukan keluarga berencana kan? artinya apa?"),
        "istilah.kb",
    ),
    ("SK kumuh itu apa sih? surat apa?", "istilah.skkumuh"),
    ("apa yg dimaksud dengan surat keputusan lokasi kumur?", "istilah.skkumuh"),
    ("delineasi itu artinya apa?", "istilah.delineasi"),
    ("delinasi kawasan maksudnya gmn, sy baru di bidang ini", "istilah.delineasi"),
    ("RTLH kepanjangannya apa?", "istilah.rtlh"),
    ("RTLH means what ah? Rumah tak layak something is it?", "istilah.rtlh"),
    ("RLH itu apa, beda sama RTLH?", "istilah.rlh"),
    ("bedah rumah itu maksudnya operasi rumah? istilah apaan itu", "istilah.bedahrumah"),
    ("apa maksud 'bedah rumah' yg sering disebut di berita itu", "istilah.bedahrumah"),
    ("BSPS singkatan dari apa?", "istilah.bsps"),
    (
        (
            "program bantuan bedah rumah dari pusat yg warga bangun sendiri secara swadaya itu "
            "namanya apa ya, BSPS kah? kepanjangannya?"
        ),
        "istilah.bsps",
    ),
    ("MBR itu apa ya", "istilah.mbr"),
    ("MBR stands for what? Low income people is it?", "istilah.mbr"),
    ("rusunawa bedanya apa sama rusun biasa? 'wa' nya apa", "istilah.rusunawa"),
    ("rusuna wa itu singkatan apa ya", "istilah.rusunawa"),
    ("rusus itu apa? rumah susun khusus kah?", "istilah.rusus"),
    ("What is rusus ah? Some kind of rumah susun is it?", "istilah.rusus"),
    (
        (
            "huntara itu singkatan dr apa ya? wkt banjir di Mantangai kmrn warga disuruh "
            "pindah ke huntara"
        ),
        "istilah.huntara",
    ),
    (
        (
            "Kindly explain what is meant by huntara. Is it the permanent house given to flood "
            "victims? Please revert."
        ),
        "istilah.huntara",
    ),
    (
        (
            "seumpama warga Tumbang Lahung sdh keluar dr huntara trs masuk huntap, huntap itu "
            "maksudnya apa sih?"
        ),
        "istilah.huntap",
    ),
    ("_huntap_ = hunian ___ ?\nmohon diisi pak, lg bikin laporan pasca bencana", "istilah.huntap"),
    ("penerima manfaat 120 KK, KK disini maksudnya kartu keluarga kah?", "istilah.kk"),
    ("ka ka di isian jumlah penerima itu artinya apa tanda tanya", "istilah.kk"),
    ("kolom jiwa di form usulkan itu diisi apa, jumlah orang atau jumlah rumah?", "istilah.jiwa"),
    (
        (
            "What is the meaning of 'jiwa' in the beneficiary count? Kindly clarify, I am new "
            "to this posting."
        ),
        "istilah.jiwa",
    ),
    ("ha di kolom luas itu satuan apa ya, 1 ha brp meter persegi?", "istilah.ha"),
    (
        (
            "satu hektar tu sama dengan berapa meter persegi ya? nak semak luas projek kat "
            "Sebangau Kuala"
        ),
        "istilah.ha",
    ),
    ("DED itu kepanjangannya apa sih? Detail Estimasi Dana ya?", "istilah.ded"),
    ("de e de yang diminta di dokumen kesiapan itu singkatan dari apa", "istilah.ded"),
    ("What is the full form of DED? Our PPK is asking, please do the needful.", "istilah.ded"),
    ("RAB = Rencana ___ Biaya ?? isinya apa aja itu", "istilah.rab"),
    (
        (
            "dokumen yg isinya rincian volume sama harga satuan tiap item pekerjaan itu "
            "namanya RAB kan? artinya apa persisnya"
        ),
        "istilah.rab",
    ),
    (
        ("setahu saya RKS itu isinya syarat2 teknis pekerjaan, betul tidak? singkatannya apa"),
        "istilah.rks",
    ),
    ("Kindly revert on the meaning of RKS in the technical documents list.", "istilah.rks"),
    ("KAK itu sama dengan TOR bukan?", "istilah.kak"),
    (
        (
            "KAK singkatan dari:\na. Kerangka Acuan Kerja\nb. Kartu Anggaran Kegiatan\nc. "
            "Kajian Awal Kawasan"
        ),
        "istilah.kak",
    ),
    ("dokumen sate plan yg diminta provinsi itu maksudnya apa ya", "istilah.siteplan"),
    ("site plan tu apa dalam bahasa kita? gambar susun atur tapak ke?", "istilah.siteplan"),
    (
        (
            "RC di daftar kelengkapan itu maksudnya apa ya? reinforced concrete alias beton "
            "bertulang?"
        ),
        "istilah.rc",
    ),
    ("Please tell the full form of RC as used in the proposal checklist.", "istilah.rc"),
    (
        (
            "BAST singkatan apa ya pak? yg ditandatangani pas serah terima jalan lingkungan di "
            "Kumai Hulu"
        ),
        "istilah.bast",
    ),
    ("bast itu berita acara apa ya tanda tanya", "istilah.bast"),
    (
        (
            "hibah itu artinya apa sih, kok aset jaling dari provinsi katanya nanti dihibahkan "
            "ke kabupaten?"
        ),
        ("istilah.hibah", "hibah.aset"),
    ),
    ("hibah tu maksudnya pemberian percuma ke? macam sedekah?", "istilah.hibah"),
    ("BMD itu barang milik desa kan?", "istilah.bmd"),
    (
        (
            "*BMD* artinya apa?\n1. barang milik daerah\n2. bangunan milik dinas\n3. belanja "
            "modal daerah"
        ),
        "istilah.bmd",
    ),
    ("BMN kepanjangannya apa ya? katanya rusun itu dulu tercatat BMN", "istilah.bmn"),
    ("What is BMN? Kindly explain the full form, our asset section is asking.", "istilah.bmn"),
    ("O&P di surat pernyataan itu operasional dan perawatan ya?", "istilah.op"),
    ("o dan p itu singkatan apa ya koma yang di surat kesanggupan", "istilah.op"),
    ("SPM itu surat perintah membayar kan? kok masuk bidang perumahan?", "istilah.spm"),
    ("SPM = Standar ___ Minimal\nyg kosong apa ya", "istilah.spm"),
    ("pokja pkp itu kepanjangannya apa?", ("istilah.pokjapkp", "koordinasi.pokja_pkp")),
    (
        (
            "What is Pokja PKP? Kindly share the full form, I have to attend its meeting in "
            "Kuala Pembuang."
        ),
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    ("Pokja PPAS tu singkatan apa? ada mesyuarat Pokja PPAS minggu depan", "istilah.pokjappas"),
    ("pokja ppas, P yg kedua itu permukiman atau pemukiman? lengkapnya apa", "istilah.pokjappas"),
    ("AMPL di pokja AMPL itu air minum dan ___ ?", "istilah.pokjaampl"),
    ("pokja a em pe el itu singkatan dari apa", "istilah.pokjaampl"),
    ("RP3KP itu dokumen apa ya, jangka waktunya brp tahun?", "istilah.rp3kp"),
    ("Kindly explain RP3KP: what is the full form and the period of this plan?", "istilah.rp3kp"),
    ("RP2KPKP itu kepanjangannya apa? isinya soal kumuh kan?", "istilah.rp2kpkp"),
    (
        (
            "dokumen rencana pencegahan dan peningkatan kualitas kumuh yg singkatannya panjang "
            "bgt itu, RP2 apa gitu, artinya apa lengkapnya"
        ),
        "istilah.rp2kpkp",
    ),
    ("program kotak yg dulu ada BKM di kelurahan itu apa ya? kepanjangannya apa", "istilah.kotaku"),
    ("KOTAKU itu program apa sih, kota saya? 😅", "istilah.kotaku"),
    ("DAK Tematik PPKT, PPKT nya kepanjangan apa?", "istilah.daktematikppkt"),
    (
        ("What is DAK Tematik PPKT? Kindly explain its purpose, Bappeda has asked us to prepare."),
        "istilah.daktematikppkt",
    ),
    ("APBN itu anggaran pusat kan? singkatan lengkapnya apa", "istilah.apbn"),
    (
        (
            "APBN =\na. Anggaran Pendapatan dan Belanja Negara\nb. Anggaran Pembangunan Badan "
            "Nasional\nyg bener mana"
        ),
        "istilah.apbn",
    ),
    ("APBD tu macam bajet kerajaan negeri ke?", "istilah.apbd"),
    ("APBD itu singkatan apa pak, kok ada APBD prov sama APBD kab?", "istilah.apbd"),
    ("apbdes itu apa? dana desa?", "istilah.apbdes"),
    ("apbd es itu anggaran punya desa ya maksudnya apa", "istilah.apbdes"),
    ("bankeu itu bank apa ya? bank kalteng?", "istilah.bankeu"),
    ("Kindly clarify the meaning of Bankeu. Is it a loan from some bank?", "istilah.bankeu"),
    ("usulan lewat poker DPRD itu maksudnya apa ya", "istilah.pokir"),
    ("pokir itu apa sih, yg dr anggota dewan itu?", "istilah.pokir"),
    ("musrenbang singkatan dari apa ya? musyawarah rencana apa gitu", "istilah.musrenbang"),
    (
        (
            "rapat perencanaan berjenjang dari desa, kecamatan, kabupaten sampai provinsi itu "
            "yg disebut musrenbang kan? artinya apa"
        ),
        "istilah.musrenbang",
    ),
    ("RKPD itu dokumen apa ya? tahunan atau lima tahunan?", "istilah.rkpd"),
    ("What is the full form of RKPD and what period does it cover?", "istilah.rkpd"),
    ("renja itu apa? rencana kerja siapa?", "istilah.renja"),
    ("Renja means what ah? Workplan of the dinas, is it?", "istilah.renja"),
    ("renstra = rencana ___ , brp tahun?", "istilah.renstra"),
    ("ren stra dinas itu apa sih", "istilah.renstra"),
    ("RPJMD kepanjangannya apa? jangka menengah itu brp tahun", "istilah.rpjmd"),
    ("RPJMD is the five year plan for the region, can explain or not?", "istilah.rpjmd"),
    ("KUA PPAS itu apa? kantor urusan agama??", "istilah.kuappas"),
    ("*KUA-PPAS*\n• KUA = ?\n• PPAS = ?", "istilah.kuappas"),
    ("dokumen RKA yg disusun dinas itu kepanjangannya apa ya", "istilah.rka"),
    ("RKA stands for what ah?", "istilah.rka"),
    (
        (
            "DPA itu:\na. Dewan Pertimbangan Agung\nb. Dokumen Pelaksanaan Anggaran\nc. Daftar "
            "Pengajuan Aset"
        ),
        "istilah.dpa",
    ),
    ("katanya kalau udh masuk DPA baru bisa jalan. DPA itu dokumen apa?", "istilah.dpa"),
    ("SIPD itu aplikasi apa ya? singkatannya", "istilah.sipd"),
    ("SIPD is the Kemendagri online system, right? Stands for what?", "istilah.sipd"),
    (
        "setahu saya bapperida itu sama dgn bappeda, betul tidak? kok ada ri da nya",
        "istilah.bapperida",
    ),
    ("Bapperida tu agensi apa? macam unit perancang ekonomi negeri ke?", "istilah.bapperida"),
    ("OPD itu singkatan apa ya?", "istilah.opd"),
    ("o pe de itu maksudnya dinas ya", "istilah.opd"),
    ("SKPD dan OPD sama gak sih? SKPD singkatan apa", ("istilah.skpd", "istilah.opd")),
    ("skpd itu satuan kerja ___ daerah?", "istilah.skpd"),
    ("SPAM itu apa? bukan spam email kan 😅", "istilah.spam"),
    ("SPAM here means drinking water system, is it?", "istilah.spam"),
    ("SPALD kepanjangannya apa ya, yg utk limbah rumah tangga itu", "istilah.spald"),
    ("spal de itu sistem apa tanda tanya", "istilah.spald"),
    ("IPAL itu instalasi apa ya?", "istilah.ipal"),
    ("IPAL is what ah? Some kind of wastewater plant?", "istilah.ipal"),
    ("TPS3R, 3R nya itu apa?", "istilah.tps3r"),
    ("te pe es tiga er itu apa ya", "istilah.tps3r"),
    ("MCK itu singkatan dari apa sih? mandi cuci apa?", "istilah.mck"),
    ("MCK tu macam tandas awam ke?", "istilah.mck"),
    ("RTRW itu rukun tetangga rukun warga kan?", "istilah.rtrw"),
    ("RTRW is the spatial plan or not? What is the full name ah?", "istilah.rtrw"),
    ("RDTR itu rencana detail apa ya?", "istilah.rdtr"),
    (
        ("peta rencana tata ruang yg lebih rinci per kawasan, yg disingkat RDTR itu, artinya apa?"),
        "istilah.rdtr",
    ),
    ("PBG itu pengganti IMB kan? singkatan apa", "istilah.pbg"),
    ("PBG is the new IMB is it? Stands for what?", "istilah.pbg"),
    ("SLF itu sertifikat apa ya?", "istilah.slf"),
    ("*SLF* = Sertifikat ___ Fungsi ?", "istilah.slf"),
    ("SKBG itu apa? sertifikat kepemilikan bangunan ya?", "istilah.skbg"),
    ("What is SKBG ah? Building ownership cert, correct or not?", "istilah.skbg"),
    ("SKT itu surat keterangan apa? yg dari desa itu", "istilah.skt"),
    ("SKT tu surat apa? geran tanah ke?", "istilah.skt"),
    (
        "clean and clear itu maksudnya lahan bersih dr bangunan ya?",
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    ("klin en klir itu artinya apa untuk lahan", ("istilah.cleanandclear", "usulan.lahan")),
    ("CSR itu apa? dana dari perusahaan sawit?", "istilah.csr"),
    ("CSR funding means what ah? From company one, right?", "istilah.csr"),
    (
        "undangan rapor bidang kawasan permukiman, rapor itu singkatan apa ya",
        ("istilah.rakor", "siklus.rakor"),
    ),
    ("rakor itu rapat apa sih? kepanjangannya", ("istilah.rakor", "siklus.rakor")),
    ("LAPOR! itu aplikasi pengaduan ya? singkatan apa", "istilah.lapor"),
    ("What is LAPOR! ah? Got exclamation mark one.", "istilah.lapor"),
    ("WIB itu waktu indonesia bagian apa? kalteng pakai WIB atau WITA sih", "istilah.wib"),
    ("WIB tu zon waktu mana? sama dengan waktu Malaysia ke?", "istilah.wib"),
    ("backlog perumahan itu maksudnya apa ya?", "istilah.backlog"),
    ("Housing backlog means what ah, the shortage of houses is it?", "istilah.backlog"),
    ("PKP itu pengusaha kena pajak kan?", "istilah.pkp"),
    ("pe ka pe itu singkatan apa di bidang perumahan", "istilah.pkp"),
    ("permukiman kumur itu maksudnya apa ya, definisinya", "istilah.kumuh"),
    ("kumuh itu definisinya apa sih, cuma rumah jelek aja?", "istilah.kumuh"),
    ("DAK itu dana apa ya?", "istilah.dak"),
    ("DAK is what ah? Money from central one, correct?", "istilah.dak"),
    ("rusun itu rumah susun kan? maksudnya gimana", "istilah.rusun"),
    ("rusun tu macam flat atau pangsapuri ke?", "istilah.rusun"),
]

ROUND55_INTENTS: list[tuple[str, str]] = [
    ("usulan kami yg jaling Desa Henda kemarin udah sampai mana ya?", "status"),
    ("USL-2026-0007 skrg statusnya gmn? sdh di semak belum", "status"),
    ("Kindly revert on the status of our proposals submitted last month.", "status"),
    ("rapor tahun ini kapan & dimana?", "meeting"),
    ("rapat besar tahunan sama provinsi tahun ini jadinya tanggal berapa", "meeting"),
    ("When is the next Rakor ah? Where one?", "meeting"),
    ("batas akhir kirim usulan TA 2027 sampai tgl brp?", "deadline"),
    ("permohonan projek tahun depan bila tutup?", "deadline"),
    ("misal kami kirim usulan minggu depan masih keburu ga? tenggatnya kapan", "deadline"),
    ("Selamat pagi pak, terima kasih banyak bantuannya 🙏", "greeting"),
    ("halo bot, kamu bisa bantu apa aja?", "greeting"),
    ("hi hi, thanks ah", "greeting"),
    ("cara masukin usulan lewat bot ini gmn", "how_to_submit"),
    ("macam mana nak hantar permohonan projek melalui bot ni?", "how_to_submit"),
    ("Kindly explain the procedure to submit proposal through this bot", "how_to_submit"),
    ("usulan kami USL-2026-0014 sdh smpe mana ya", "status"),
    (
        (
            "macam mana status permohonan projek drainase kami yang dihantar bulan lepas, dah "
            "lulus ke belum?"
        ),
        "status",
    ),
    ("*Usulan jaling Desa Runtu* yg kami kirim kemarin\n• udah diverifikasi blm?", "status"),
    ("raker tahun ini kapan dan dmn pak?", "meeting"),
    ("mesyuarat penyelarasan dengan provinsi tahun ni bila ya, kat mana?", "meeting"),
    ("Kindly revert with the date and venue of the next coordination meeting.", "meeting"),
    ("batas akhir masukin usulkan utk TA 2027 tgl brp?", "deadline"),
    (
        (
            "kalau seandainya usulan kami baru siap akhir bulan depan masih keburu ga, "
            "ditutupnya kapan?"
        ),
        "deadline",
    ),
    ("sampai tanggal berapa usulan masih bisa dikirim tanda tanya", "deadline"),
    ("selamat pagi pak, terima kasih banyak bantuannya kemarin 🙏", "greeting"),
    ("bot ini bisa bantu apa aja ya?", "greeting"),
    ("hello lah, what can you do ah?", "greeting"),
    ("cara kirim usulan lewat bot ini gimana ya, sy br pertama kali", "how_to_submit"),
    ("macam mana nak hantar permohonan projek melalui bot ni?", "how_to_submit"),
    ("gimana caranya ngajuin usulan jalan lingkungan lewat telegram ini", "how_to_submit"),
]

ROUND55_AREAS: list[tuple[str, str]] = [
    ("kumuh di Kel. Ketapang Sampit luasnya 9,8 ha, itu urusan siapa?", "kabkota"),
    ("lokasi kumuh Kalampangan pas 10 hektar, kewenangan siapa?", "provinsi"),
    ("kawasan kumuh tepat 15 ha itu masih provinsi kan?", "pusat"),
    ("delineasi kumuh di Mendawai Pangkalan Bun 125.000 m2, yg tangani siapa?", "provinsi"),
    ("luas kawasan kumuh 98.500 meter persegi, usulannya ke prov atau kab?", "kabkota"),
    ("kumuh 14,99 hektare di Kuala Pembuang I, siapa yg pegang?", "provinsi"),
    (
        ("kawasan kumuh seratus lima puluh ribu meter persegi itu kewenangan siapa tanda tanya"),
        "pusat",
    ),
    (
        ("Kawasan kumuh 11 ha kewenangannya ada di ___\na. pusat\nb. provinsi\nc. kab/kota"),
        "provinsi",
    ),
    ("kumuh di Kec. Pahandut lebih dari 20 ha, siapa yg nangani?", "pusat"),
    ("kumuh 8 ha di Selat Hilir kan itu provinsi ya?", "kabkota"),
    ("Slum area at Mentawa Baru Hilir is 16.2 hectares, provincial one is it?", "pusat"),
    (
        (
            "andaikan hasil delineasi kumur kami cuma 95.000 m², kurang dari batas, jadi "
            "kewenangan siapa?"
        ),
        "kabkota",
    ),
    ("kawasan kumuh di Kel. Baamang Hulu luasnya 9,8 ha itu urusan siapa", "kabkota"),
    ("delineasi kumuh Mentaya Seberang 96.500 m² kewenangan siapa?", "kabkota"),
    ("kumuh di Desa Palangan kurang dari 10 ha, kira2 7 ha, yg tangani siapa", "kabkota"),
    ("kawasan kumur 4 hektar kat Pangkalan Bun, kerajaan negeri ke yang urus?", "kabkota"),
    ("kumuh Langkai pas 10 hektar, prov atau kab?", "provinsi"),
    ("luas kumuh di SK 125.000 m2, kewenangan ada di ___", "provinsi"),
    ("andaikan delineasinya 14,99 ha, masih provinsi atau udah pusat?", "provinsi"),
    ("kumuh 13 ha di Kumai Hulu, kan itu kabupaten ya?", "provinsi"),
    ("kawasan kumuh tepat 15 hektare di Pahandut siapa yg menangani", "pusat"),
    (
        ("kumuh di selat hulu luasnya seratus lima puluh ribu meter persegi itu kewenangan siapa"),
        "pusat",
    ),
    (
        ("kumuh Selat Tengah lebih dari 30 ha, kewenangan:\na. pusat\nb. provinsi\nc. kab/kota"),
        "pusat",
    ),
    ("Slum area of 16 hectares in Kuala Kapuas, whose authority one ah?", "pusat"),
]

ROUND55_OUT_OF_SCOPE: list[str] = [
    "harga semen per sak di Sampit skrg brp ya?",
    "cuaca besok di Palangka Raya hujan ga? mau cor jalan",
    "berapa pagu anggaran Disperkimtan Kalteng tahun 2026?",
    "jumlah RTLH di Kab. Katingan tahun 2025 ada berapa unit?",
    "siapa nama kadis PUPR Kab. Seruyan sekarang?",
    "cara bikin KTP elektronik yg hilang gmn?",
    "pengumuman seleksi PPPK Pemprov Kalteng kapan keluar?",
    "sy lupa password SIPD, resetnya minta ke siapa?",
    "harga besi beton 10 mm di Muara Teweh brp per batang?",
    "berapa nilai ganti rugi tanah per meter persegi di Kec. Baamang?",
    "jadwal speedboat dari Kuala Kapuas ke Pulang Pisau jam brp?",
    "saya mau cuti melahirkan, berapa lama jatahnya?",
    "What is the exchange rate of dollar to rupiah today?",
    ("Kindly tell the number of rusunawa units available in Palangka Raya and the monthly rent."),
    "Can help me check my salary slip for this month or not?",
    "harga semen 1 sak di Sampit skrg brp ya?",
    "besok hujan ga di Muara Teweh? mau survei lokasi",
    "cara perpanjang SIM di Palangka Raya gmn",
    "jadwal penerimaan CPNS Pemprov Kalteng tahun depan kapan?",
    "berapa pagu anggaran Disperkimtan tahun 2027?",
    "syarat KPR subsidi FLPP di BTN apa aja, gaji maksimal brp?",
    "berapa jumlah rumah tidak layak huni di Kab. Sukamara sekarang?",
    "kapan perbaikan jembatan di Tumbang Talaken selesai?",
    "anak sy mau daftar SMA negeri di Kasongan, zonasinya gmn?",
    "tunjangan kinerja PNS golongan III di Pemprov Kalteng brp ya",
    "Kindly share the procedure to apply for passport renewal.",
    "kadar tukaran ringgit ke rupiah hari ni berapa?",
    "tarif air PDAM per m3 di Kuala Kapuas berapa?",
    "siapa kontraktor pemenang tender rusun di Sampit tahun lalu?",
    "ngurus sertifikat tanah di BPN Pulang Pisau berapa lama dan biayanya brp?",
]
