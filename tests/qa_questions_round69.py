"""Held-out question table, round 69 (written 2026-12-08 during round 39 of tuning and measured
only at its start, bd64794, and its end; never tuned on).

Two writers who had not seen the knowledge base or any other question table each wrote half:
they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place
list). Nobody tuning the matcher reads this file: bench/qa_quality.py --final measures it.

Its styles were new to the bot when it was written, and nothing was built for them: Madurese
words, Kutai or Berau Malay, a question inside a reply to an announcement, a checklist with
[ ] and [x] boxes, an officer dictating to a colleague who types, another province compared
first, an apology for a late or repeated question, arithmetic in the question (areas added,
m2 converted, percentages); Sri Lankan English for the first half of the topic list and Papua
New Guinean English for the second.
"""

ROUND69_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "mohon info singkat, pembagian kewenangan perkim antara pusat, provinsi"
            " dan kab/kota itu secara garis besar bagaimana?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "sengko' anyar neng Perkim Kotim. dâ'remma pembagian tugas pusat, "
            "provinsi ban kabupaten e bidang perumahan ban kawasan permukiman? "
            "secara umum saja"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "perumahan dan kawasan permukiman itu masuk urusan wajib atau urusan "
            "pilihan ya? dasarnya pasal berapa"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Madam, housing and settlement is coming under obligatory basic service"
            " affairs or optional one, no? Our Bappeda is asking."
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "di Kalsel katanya kumuh 10 ha ke atas langsung provinsi. kalau di "
            "Kalteng aturan pembagian penanganan kumuh menurut luas itu gimana "
            "persisnya?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "aku handak tahu, penanganan kawasan kumuh tu dibagi kewenangannya "
            "menurut luas kaya apa? dasar hukumnya apa?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Re: > Undangan Rakor Kawasan Permukiman se-Kalteng\nizin bertanya, "
            "kawasan kumuh yang luasnya 15 ha atau lebih itu yang menangani pusat "
            "ya? provinsi tidak ikut?"
        ),
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    (
        ("kumuh yang besar2, yg di atas 15 hektar, siapa yg pegang? pemerintah pusat kah?"),
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    (
        (
            "pencegahan kumuh (biar ga tumbuh kumuh baru) itu tugas provinsi juga "
            "kah atau kabupaten aja?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Who is doing the prevention of new slums, sir? Province also can put "
            "budget for prevention, isn't it?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        ("sub urusan perumahan, apa saja yg jadi kewenangan provinsi dan apa yang kabupaten?"),
        "kewenangan.perumahan",
    ),
    (
        (
            "kata bapak kadis: tolong tanyakan, di bidang perumahan (bukan kawasan "
            "permukiman) provinsi itu pegang urusan apa saja?"
        ),
        "kewenangan.perumahan",
    ),
    (
        ("penyediaan rumah buat MBR itu sebenarnya kewenangan siapa? pemda boleh atau pusat?"),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "mun rumah susun buat masyarakat berpenghasilan rendah, itu urusan "
            "pusat kah? provinsi kada bisa kah?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "rumah warga yang hancur kena banjir di Kec. Tewah, yang bangun kembali"
            " provinsi atau kabupaten?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        ("sapa se nangani rumah warga se kena relokasi program provinsi? sengko' ta' paham"),
        "kewenangan.bencana_relokasi",
    ),
    (
        ("izin pembangunan perumahan dari pengembang, terbitnya di provinsi atau di kabupaten?"),
        "kewenangan.izin",
    ),
    ("SKBG itu yang menerbitkan siapa ya, pemprov atau pemkab", "kewenangan.izin"),
    (
        "sub-urusan kawasan permukiman itu isinya apa aja per tingkat pemerintahan?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Under the settlement area sub-affair, what are the functions of "
            "province and what for regency? Please kindly explain, we are preparing"
            " our Renstra."
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        ("PSU perumahan sama PSU permukiman bedanya apa, dan masing2 jadi tanggungan siapa?"),
        "kewenangan.psu",
    ),
    (
        (
            "maaf pak nanya lagi, kemarin jawabannya belum kebaca: PSU di komplek "
            "perumahan pengembang itu kewenangan kabupaten ya, bukan provinsi?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Disperkimtan provinsi biasanya bangun PSU apa saja? jalan lingkungan "
            "dan drainase aja atau bisa yang lain?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        ("jalan di pinggir jalan kabupaten tu bisa kah diusulkan ke provinsi? atau kada masuk?"),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "sertifikasi perancang rumah dan perencana PSU yang tingkat kemampuan "
            "kecil itu diurus kabupaten ya?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "[x] izin perumahan -> kab\n[x] SKBG -> kab\n[ ] sertifikasi & registrasi"
            " perancang rumah tingkat menengah -> siapa??"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "SPM perumahan rakyat itu ada berapa jenis layanan untuk provinsi, "
            "targetnya berapa persen?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "What is the minimum service standard for housing at province level, "
            "machan? Target is 100 percent, is it?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "luas yang dipakai buat nentuin kewenangan itu luas satu kelurahan atau"
            " luas kawasan di SK kumuh?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Re: > Sosialisasi kewenangan kumuh 10-15 ha\nyang dihitung itu luas "
            "desa seluruhnya atau luas delineasi kawasan kumuhnya saja?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "siapa yang berwenang menetapkan lokasi kumuh? dan SK nya harus "
            "ditinjau ulang berapa tahun sekali?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "di Jawa Tengah ada yg bilang lokasi kumuh ditetapkan gubernur. kalau "
            "di Kalteng yang menetapkan lokasi kumuh itu siapa?"
        ),
        "kumuh.penetapan",
    ),
    ("kriteria kumuh itu dinilai dari aspek apa saja? katanya ada tujuh", "kumuh.aspek"),
    (
        (
            "Kindly tell what are the aspects they are checking to say an area is "
            "slum. Drainage, water, what else?"
        ),
        "kumuh.aspek",
    ),
    (
        "skor kumuh maksimalnya berapa, dan nilai berapa baru disebut kumuh berat?",
        "kumuh.penilaian",
    ),
    (
        (
            "hasil penilaian lokasi kami: 12 kriteria skor 5 dan 4 kriteria skor 1,"
            " jadi totalnya 64. itu sudah masuk kumuh berat kah?"
        ),
        "kumuh.penilaian",
    ),
    ("rentang nilai kumuh sedang dan kumuh ringan berapa ya?", "kumuh.tingkat_sedang_ringan"),
    (
        "skor kumuh kami 30, itu ringan kah sedang? rentangnya kaya apa?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        ("bedanya pemugaran, peremajaan, sama pemukiman kembali apa? kapan dipakai masing2?"),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Our slum site in Mentawa Baru Hilir is on the river bank, land is not "
            "legal. Which handling pattern they will use, resettlement no?"
        ),
        "kumuh.pola_penanganan",
    ),
    ("berapa jumlah lokasi kumuh se-Kalteng dan total luasnya?", "kumuh.kalteng"),
    (
        (
            "beliau tanya: data kawasan kumuh Kalteng sekarang ada berapa lokasi, "
            "kebanyakan di tepi sungai kah?"
        ),
        "kumuh.kalteng",
    ),
    (
        ("usulan kegiatan itu harus berisi apa saja sih? dan kenapa yang ditanya sebanyak itu"),
        "usulan.isi",
    ),
    (
        (
            "mohon maaf baru sempat tanya. form usulan nanya banyak hal (KK, lahan,"
            " biaya, foto). sebenarnya isian usulan itu apa aja dan gunanya buat "
            "apa?"
        ),
        "usulan.isi",
    ),
    ("jenis usulan apa saja yang bisa diajukan ke provinsi?", "usulan.jenis"),
    (
        "sengko' bisa ngusulaghi apa beih ka provinsi? kumuh, PSU, RTLH, bisa kabbhi?",
        "usulan.jenis",
    ),
    ("data lokasi usulan yang diminta apa saja? perlu titik GPS juga kah?", "usulan.lokasi"),
    (
        (
            "For the location part they are asking kecamatan, village and "
            "coordinates, no? Urban or rural also must mention?"
        ),
        "usulan.lokasi",
    ),
    (
        ("jumlah penerima manfaat diisi KK atau jiwa? terus sumber dana yang bisa dipilih apa aja"),
        "usulan.penerima_biaya",
    ),
    (
        (
            "biaya usulan tu ditulis kaya apa? mun ada dana pendamping dari APBD "
            "kabupaten bisa dicantumkan kah?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        ("dokumen kesiapan (readiness criteria) buat usulan PSU apa saja yang harus disiapkan?"),
        "usulan.kesiapan",
    ),
    (
        (
            "cek kelengkapan usulan jaling kami:\n[x] DED\n[x] RAB\n[ ] surat bupati\n["
            " ] kesepakatan warga\nmasih kurang apa lagi ya dokumen kesiapannya?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "lahan untuk drainase statusnya masih tanah warga, belum sertifikat. "
            "status lahan yang disyaratkan di usulan itu seperti apa?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "di Kaltim syarat lahan harus clean and clear. kalau usulan ke provinsi"
            " Kalteng, status lahannya harus bagaimana?"
        ),
        "usulan.lahan",
    ),
    (
        ("usulan kumuh wajib lampirkan SK kumuh? SK kami terbit 2019, masih bisa dipakai?"),
        "usulan.sk_kumuh",
    ),
    (
        (
            "In the slum proposal what details of the SK kumuh we must give? Number"
            " and date only, or anything more?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        ("DED, RAB, RKS sama site plan wajib semua kah waktu ngusul? foto kondisi perlu berapa?"),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "mun DED belum ada, usulan dah bisa dikirim kah? dokumen teknis apa "
            "haja yang diperlukan?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "surat pernyataan siap menerima hibah dan melakukan operasi "
            "pemeliharaan itu wajib dilampirkan? untuk apa?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "kata bapak sekdis: tanyakan soal surat pernyataan hibah sama O&P, "
            "perlu dibuat sebelum usulan dikirim kah"
        ),
        "usulan.surat_pernyataan",
    ),
    ("syarat usulan RTLH ke provinsi apa saja? boleh untuk bangun rumah baru?", "usulan.rtlh"),
    (
        ("tanah warga sengko' ta' andi' sertifikat, cuma SKT. bisa ngusul RTLH ka provinsi?"),
        "usulan.rtlh",
    ),
    (
        (
            "warga RT 05 Kel. Menteng minta jalan lingkungan dibangun, bisa usul "
            "langsung ke provinsi? syaratnya apa?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Villagers of Desa Sarapat are asking for drainage and want to write to"
            " province direct. What they must do, need signature of RT, camat?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "jalan lingkungan yang dibangun provinsi di atas lahan pemkab nanti "
            "jadi aset siapa? ada BAST nya?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Re: Serah terima aset PSU TA 2026\nsetelah dihibahkan, pemeliharaannya "
            "tanggung jawab kabupaten ya? naskah hibahnya ditandatangani siapa?"
        ),
        "hibah.aset",
    ),
    (
        ("kalau usulan kami ternyata bukan kewenangan provinsi, bisa dibiayai dari mana lagi?"),
        "pendanaan.saluran_lain",
    ),
    (
        ("kumuh kami cuma 6 ha, kada masuk provinsi. mun kaya itu dananya bisa dari mana haja?"),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "siklus usulan tiap tahun seperti apa? usulan yg dikirim tahun ini "
            "untuk anggaran tahun berapa?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Aney, what is the yearly cycle for proposals? When we send in 2026 it "
            "is for the 2027 budget, correct no?"
        ),
        "siklus.tahunan",
    ),
    (
        "usulan yang masuk diperiksa provinsi dari sisi apa saja? administrasi, teknis?",
        "siklus.pemeriksaan",
    ),
    ("dâ'remma provinsi meriksa usulan sengko'? apa beih se e cek?", "siklus.pemeriksaan"),
    ("Rakor bidang kawasan permukiman itu sebenarnya rapat apa dan tujuannya apa?", "siklus.rakor"),
    (
        (
            "di Kalsel ada rakor perkim juga. Rakor kawasan permukiman se-Kalteng "
            "itu biasanya membahas apa dan siapa yg ikut?"
        ),
        "siklus.rakor",
    ),
    (
        "setelah usulan dibahas di Rakor, langkah berikutnya apa sampai masuk APBD?",
        "siklus.rkpd_apbd",
    ),
    (
        (
            "After Rakor, how the proposal is going to Musrenbang and RKPD, then "
            "APBD? Please explain the flow."
        ),
        "siklus.rkpd_apbd",
    ),
    ("Pokja PKP di kabupaten itu tugasnya apa, dan dasar hukumnya apa?", "koordinasi.pokja_pkp"),
    ("Pokja PKP tu perlu kah dibentuk di kabupaten? fungsinya kaya apa?", "koordinasi.pokja_pkp"),
    ("alamat kantor Disperkimtan provinsi di mana ya? mau antar berkas", "disperkimtan.kontak"),
    (
        (
            "Where is the Disperkimtan office in Palangka Raya? I am coming on "
            "Monday to hand over documents."
        ),
        "disperkimtan.kontak",
    ),
    ("perintah apa saja yang ada di bot ini? jam yang dipakai WIB atau WITA?", "bot.cara_pakai"),
    (
        ("maaf pertanyaan berulang, saya lupa: daftar perintah bot Sinkron ini apa aja ya?"),
        "bot.cara_pakai",
    ),
    ("waktu isi /usul, foto kondisi maksimal berapa dan PDF bisa berapa file?", "bot.usul"),
    ("bisa kah salin usulan lama tahun kemarin biar ga ngetik ulang semua di /usul?", "bot.usul"),
    ("status 'perlu perbaikan' itu maksudnya apa? kami harus ngapain", "bot.status"),
    (
        "What is the meaning of 'dibahas di Rakor' status? Approved already or not yet?",
        "bot.status",
    ),
    (
        "usulan kami statusnya dialihkan, artinya gimana dan langkah selanjutnya apa?",
        "bot.ditolak_dialihkan",
    ),
    (
        "usulan sengko' ditolak, alasannya 'bukan kewenangan provinsi'. terus dâ'remma?",
        "bot.ditolak_dialihkan",
    ),
    (
        "berapa lama usulan biasanya ditindaklanjuti provinsi? ada standar waktunya?",
        "bot.tindak_lanjut",
    ),
    (
        (
            "usulan kami udah seminggu belum diverifikasi. memang patokan tindak "
            "lanjutnya berapa hari kerja?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "undangan rapat di bot, kalau saya berhalangan bisa diwakilkan staf? "
            "cara konfirmasinya gimana"
        ),
        "bot.rapat",
    ),
    ("pengingat rapat tu dikirim kapan haja? aku kada mau kelewatan lagi", "bot.rapat"),
    ("Perkim itu singkatan dari apa?", "istilah.perkim"),
    ("What is Perkim stands for? I am new officer here.", "istilah.perkim"),
    ("Disperkimtan kepanjangannya apa sih?", "istilah.disperkimtan"),
    ("Disperkimtan rea singkatan dâri apa? sengko' ta' tao", "istilah.disperkimtan"),
    ("PSU itu singkatan apa", "istilah.psu"),
    ("beliau tanya PSU itu kepanjangannya apa, prasarana sarana apa gitu", "istilah.psu"),
    ("jaling artinya apa?", "istilah.jaling"),
    ("jaling tu apa artinya? aku baru dengar", "istilah.jaling"),
    ("drainase lingkungan itu maksudnya apa ya", "istilah.drainase"),
    ("What is meant by 'drainase' in the form? Storm water drain, is it?", "istilah.drainase"),
    ("KR dalam data kumuh itu artinya apa?", "istilah.kr"),
    ("di tabel baseline kumuh ada kode KR, maksudnya?", "istilah.kr"),
    ("KS itu singkatan dari kumuh apa?", "istilah.ks"),
    ("In the slum table there is 'KS'. What it means?", "istilah.ks"),
    ("KB di data kumuh maksudnya apa? bukan keluarga berencana kan", "istilah.kb"),
    ("KB neng tabel kumuh rea artena apa?", "istilah.kb"),
    ("SK kumuh itu apa sih?", "istilah.skkumuh"),
    ("SK kumuh tu maksudnya surat apa?", "istilah.skkumuh"),
    ("delineasi itu artinya apa", "istilah.delineasi"),
    ("What is this 'delineasi'? Our consultant keeps on saying it.", "istilah.delineasi"),
    ("RTLH kepanjangannya apa?", "istilah.rtlh"),
    ("kata bapak kabid: RTLH itu singkatan apa, tolong dijelaskan", "istilah.rtlh"),
    ("RLH singkatan dari apa", "istilah.rlh"),
    ("RLH means what, sir?", "istilah.rlh"),
    ("bedah rumah itu maksudnya apa?", "istilah.bedahrumah"),
    ("bedah rumah tu apa artinya, operasi rumah kah?", "istilah.bedahrumah"),
    ("BSPS itu apa kepanjangannya?", "istilah.bsps"),
    ("What is BSPS? Some villagers are asking about it.", "istilah.bsps"),
    ("MBR singkatan dari apa", "istilah.mbr"),
    ("MBR rea artena apa? sengko' ta' tao", "istilah.mbr"),
    ("rusunawa itu singkatan apa?", "istilah.rusunawa"),
    ("Rusunawa is what actually? Rental flats, is it?", "istilah.rusunawa"),
    ("rusus artinya apa?", "istilah.rusus"),
    ("beliau tanya rusus itu rumah apa", "istilah.rusus"),
    (
        (
            "Aku dah sering dengar huntara pas banjir di Kapuas, tapi kada tahu "
            "artinya. huntara tu apa?"
        ),
        "istilah.huntara",
    ),
    ("What does huntara mean? Mi no save dispela word, plis.", "istilah.huntara"),
    ("Kata bapak kadis: tolong tanyakan ke bot, huntap itu kepanjangannya apa.", "istilah.huntap"),
    ("huntap artinya?", "istilah.huntap"),
    ("KK di form itu maksudnya kartu keluarga atau kepala keluarga?", "istilah.kk"),
    ("Sengko' ta' ngarte, KK e form reya artèna apa?", "istilah.kk"),
    (
        (
            "Di isian ada kolom 'jiwa'. Kami hitung 120 KK kali kira2 4 orang = 480"
            " jiwa. Jiwa itu maksudnya jumlah orang kah?"
        ),
        "istilah.jiwa",
    ),
    ("Yu ken tokim mi, 'jiwa' em i wanem? Is it the count of people?", "istilah.jiwa"),
    ("ha itu hektare kan? jadi 2,5 ha = 25.000 m2 betul?", "istilah.ha"),
    ("satuan ha itu singkatan dari apa ya", "istilah.ha"),
    ("DED kepanjangannya apa ya pak", "istilah.ded"),
    ("Cek kelengkapan: [x] foto [x] RAB [ ] DED. DED ini maksudnya dokumen apa?", "istilah.ded"),
    ("RAB tu singkatan apa kah? aku kada paham", "istilah.rab"),
    ("Wanem mining bilong RAB? The form asks for RAB.", "istilah.rab"),
    ("RKS itu apa", "istilah.rks"),
    ("Bâ'na taoh RKS reya singkatan apa? sengko' ta' ngarte", "istilah.rks"),
    ("KAK itu sama dengan TOR bukan? artinya apa", "istilah.kak"),
    ("maaf nanya lagi, kemarin sudah nanya tapi lupa: KAK itu apa ya", "istilah.kak"),
    ("site plan tu apa, rencana tapak kah?", "istilah.siteplan"),
    ("What is a site plan? Mi laik save.", "istilah.siteplan"),
    ("RC itu apaan? disebut2 terus pas rapat DAK", "istilah.rc"),
    (
        (
            "Re: Kelengkapan RC usulan TA 2027\n> Mohon kab/kota segera melengkapi "
            "RC masing-masing usulan\nMaaf pak, RC itu kepanjangannya apa ya?"
        ),
        "istilah.rc",
    ),
    ("BAST singkatan dari apa", "istilah.bast"),
    ("Plis tokim mi, BAST em i wanem? The handover paper o?", "istilah.bast"),
    ("hibah tu artinya apa dalam urusan aset ni, aku kada paham", "istilah.hibah"),
    (
        "beliau tanya, hibah itu arti katanya apa, sering muncul di surat dari provinsi",
        "istilah.hibah",
    ),
    ("BMD itu apa ya", "istilah.bmd"),
    ("bmd itu singkatan apa ya pak, muncul di naskah hibah", "istilah.bmd"),
    ("BMN kepanjangannya?", "istilah.bmn"),
    (
        ("Di Kaltim teman2 sering sebut aset BMN. Kalau di Kalteng, BMN itu maksudnya apa?"),
        "istilah.bmn",
    ),
    ("O&P itu maksudnya apa? di surat pernyataan ada tulisan O&P", "istilah.op"),
    ("OP atau O&P tu apa kepanjangannya", "istilah.op"),
    ("SPM itu singkatan apa", "istilah.spm"),
    ("kata bapak kadis: SPM itu kepanjangannya apa, beliau lupa", "istilah.spm"),
    ("Pokja PKP kepanjangannya apa ya", "istilah.pokjapkp"),
    ("What is Pokja PKP? Mi no save.", "istilah.pokjapkp"),
    ("Pokja PPAS itu singkatan dari apa?", "istilah.pokjappas"),
    ("PPAS di Pokja PPAS tu apa artinya, aku kada tahu", "istilah.pokjappas"),
    ("AMPL di Pokja AMPL maksudnya apa", "istilah.pokjaampl"),
    ("Di Jawa Tengah ada Pokja AMPL juga. Pokja AMPL itu kepanjangannya apa?", "istilah.pokjaampl"),
    ("RP3KP itu dokumen apa ya", "istilah.rp3kp"),
    ("Sengko' bingung, RP3KP reya apa artèna?", "istilah.rp3kp"),
    ("RP2KPKP kepanjangannya apa, panjang sekali singkatannya", "istilah.rp2kpkp"),
    ("what does RP2KPKP stand for?", "istilah.rp2kpkp"),
    ("KOTAKU itu program apa ya", "istilah.kotaku"),
    ("Di Kalsel dulu ramai program KOTAKU. Itu singkatan apa sih?", "istilah.kotaku"),
    ("DAK Tematik PPKT itu apa? PPKT nya singkatan apa", "istilah.daktematikppkt"),
    (
        (
            "Re: Sosialisasi DAK Tematik PPKT\n> Dalam rangka persiapan usulan DAK "
            "Tematik PPKT tahun depan ...\nmohon maaf, PPKT itu apa ya?"
        ),
        "istilah.daktematikppkt",
    ),
    ("apbn itu apa", "istilah.apbn"),
    ("APBN em i wanem? Mi nupela long dispela wok.", "istilah.apbn"),
    ("APBD itu kepanjangannya apa ya", "istilah.apbd"),
    ("Bâ'na, APBD reya apa? sengko' gi' anyar e kantor", "istilah.apbd"),
    ("APBDes itu apa", "istilah.apbdes"),
    ("APBDes tu apa? anggaran desa kah?", "istilah.apbdes"),
    ("Bankeu itu singkatan apa? bantuan keuangan?", "istilah.bankeu"),
    ("maaf baru nanya sekarang pak, bankeu itu maksudnya apa ya", "istilah.bankeu"),
    ("pokir itu apa", "istilah.pokir"),
    ("Pokir DPRD tu apa artinya, kaya apa maksudnya?", "istilah.pokir"),
    ("Musrenbang kepanjangannya apa", "istilah.musrenbang"),
    ("What does Musrenbang mean?", "istilah.musrenbang"),
    ("RKPD itu apa", "istilah.rkpd"),
    ("Kata bapak kadis: RKPD itu singkatan dari apa, tolong carikan", "istilah.rkpd"),
    ("renja itu apa", "istilah.renja"),
    ("Sengko' ta' ngarte Renja, apa reya?", "istilah.renja"),
    ("Renstra kepanjangannya apa", "istilah.renstra"),
    ("what's the meaning of Renstra? olsem wanem?", "istilah.renstra"),
    ("RPJMD itu apa ya, yg 5 tahunan itu kah", "istilah.rpjmd"),
    (
        (
            "Re: Penyelarasan program dengan RPJMD 2025-2029\n> Yth. Kepala Dinas "
            "yang membidangi kawasan permukiman ...\nRPJMD itu kepanjangannya apa "
            "ya?"
        ),
        "istilah.rpjmd",
    ),
    ("KUA-PPAS itu apa", "istilah.kuappas"),
    ("kua ppas tu singkatan apa, aku kada ngerti", "istilah.kuappas"),
    ("RKA singkatan dari apa", "istilah.rka"),
    ("[x] Renja\n[x] RKA\n[ ] DPA\nRKA ini maksudnya apa ya", "istilah.rka"),
    ("DPA itu dokumen apa", "istilah.dpa"),
    ("Wanem mining bilong DPA? Budget paper o?", "istilah.dpa"),
    ("SIPD itu apa", "istilah.sipd"),
    ("SIPD singkatan apa? aplikasi Kemendagri kah?", "istilah.sipd"),
    ("Bapperida itu apa? dulu Bappeda kan", "istilah.bapperida"),
    (
        "Di Kaltim masih Bappeda ya, di Kalteng kok Bapperida. Itu singkatan apa?",
        "istilah.bapperida",
    ),
    ("OPD artinya apa", "istilah.opd"),
    ("OPD sama SKPD itu maksudnya apa sih?", ("istilah.opd", "istilah.skpd")),
    ("SKPD kepanjangannya apa ya", "istilah.skpd"),
    ("SPAM di sini bukan spam email kan? SPAM itu apa", "istilah.spam"),
    ("SPAM em i wanem? Water system o?", "istilah.spam"),
    ("SPALD tu apa, aku kada tahu", "istilah.spald"),
    ("SPALD singkatan dari apa", "istilah.spald"),
    ("IPAL itu apa", "istilah.ipal"),
    ("Bâ'na taoh IPAL? sengko' ta' ngarte artèna", "istilah.ipal"),
    ("TPS3R itu apa? 3R nya apa", "istilah.tps3r"),
    ("What is TPS3R? Tok save plis.", "istilah.tps3r"),
    ("MCK kepanjangannya apa", "istilah.mck"),
    ("MCK, what is that? Toilet o?", "istilah.mck"),
    ("RTRW itu apa, bukan RT/RW kan", "istilah.rtrw"),
    ("maaf nanya lagi ya, RTRW singkatan apa tadi? lupa", "istilah.rtrw"),
    ("RDTR itu apa", "istilah.rdtr"),
    ("beliau tanya, RDTR itu singkatan apa", "istilah.rdtr"),
    ("PBG itu apa? pengganti IMB kah", "istilah.pbg"),
    ("What does PBG stand for?", "istilah.pbg"),
    ("SLF singkatan dari apa", "istilah.slf"),
    ("SLF tu apa kah, kaya apa maksudnya?", "istilah.slf"),
    ("What is SKBG? Plis explainim.", "istilah.skbg"),
    ("Kata bapak kadis: SKBG itu kepanjangannya apa", "istilah.skbg"),
    ("SKT itu surat apa", "istilah.skt"),
    ("Sengko' ta' taoh SKT, apa reya artèna?", "istilah.skt"),
    ("lahan clean and clear itu maksudnya gimana", "istilah.cleanandclear"),
    (
        (
            "[x] sertifikat\n[x] sesuai RTRW\n[ ] clean and clear??\nclean and clear "
            "itu artinya apa sebenarnya"
        ),
        "istilah.cleanandclear",
    ),
    ("CSR itu apa", "istilah.csr"),
    ("What is CSR? Company money o?", "istilah.csr"),
    ("Rakor itu singkatan dari apa", "istilah.rakor"),
    ("rakor kepanjangannya apa? rapat koordinasi ya?", "istilah.rakor"),
    ("LAPOR! itu apa ya, yg pakai tanda seru", "istilah.lapor"),
    ("What is LAPOR!? Mi harim long miting.", "istilah.lapor"),
    ("WIB tu artinya apa, Waktu Indonesia Barat kah?", "istilah.wib"),
    ("Di Kalsel pakai WITA, di kami WIB. WIB itu kepanjangannya apa?", "istilah.wib"),
    ("backlog perumahan itu apa maksudnya", "istilah.backlog"),
    ("beliau tanya, istilah backlog rumah itu artinya apa", "istilah.backlog"),
    ("PKP itu singkatan dari apa", "istilah.pkp"),
    ("What does PKP mean? Mi lukim long olgeta pepa.", "istilah.pkp"),
    ("kumuh itu definisinya apa sih", "istilah.kumuh"),
    ("permukiman kumuh reya artèna apa? sengko' ta' ngarte", "istilah.kumuh"),
    ("DAK itu singkatan dari apa", "istilah.dak"),
    ("DAK em i wanem? Money from Jakarta o?", "istilah.dak"),
    ("rusun itu apa", "istilah.rusun"),
    ("Di Jawa Tengah banyak rusun. rusun itu kepanjangannya apa ya?", "istilah.rusun"),
]

ROUND69_INTENTS: list[tuple[str, str]] = [
    ("usulan jaling kami dari Kasongan udah sampai tahap mana ya?", "status"),
    (
        (
            "Re: > Usulan USL-2026-0014 telah diterima\nsudah diverifikasi belum "
            "pak? belum ada kabar"
        ),
        "status",
    ),
    (
        ("Can you check where our proposals are now? We sent three from Pulang Pisau last month."),
        "status",
    ),
    ("Rakor kawasan permukiman berikutnya kapan ya dan di mana tempatnya?", "meeting"),
    ("rapat koordinasi berikutnya tu kapan? di aula dinas kah?", "meeting"),
    (
        (
            "kata bapak kadis: tanyakan jadwal rakor berikutnya tanggal berapa, "
            "biar beliau atur agenda"
        ),
        "meeting",
    ),
    ("batas akhir kirim usulan tahun ini sampai kapan?", "deadline"),
    ("maaf telat nanya, tenggat pengajuan usulan kapan ditutup?", "deadline"),
    ("Until when we can submit proposals? Last date is when, sir?", "deadline"),
    ("selamat pagi pak, salam kenal dari Dinas Perkim Bartim", "greeting"),
    ("terima kasih banyak atas bantuannya", "greeting"),
    ("assalamualaikum, bot rea bisa bantu apa beih ka sengko'?", "greeting"),
    ("gimana caranya ngajukan usulan lewat bot ini?", "how_to_submit"),
    ("kaya apa cara kirim usulan di bot ni? aku belum pernah", "how_to_submit"),
    (
        (
            "[x] sudah daftar\n[x] sudah disetujui admin\n[ ] kirim usulan -> caranya"
            " gimana di bot ini?"
        ),
        "how_to_submit",
    ),
    ("Usulan kami USL-2026-0007 sudah sampai mana ya? Masih verifikasi kah?", "status"),
    (
        ("Usulan Lamandau yang aku kirim bulan lalu tu dah diproses kah? kaya apa statusnya"),
        "status",
    ),
    ("Hi, mi laik save: our proposals from Murung Raya, where dem stand now?", "status"),
    (
        (
            "Re: Undangan Rakor Bidang Kawasan Permukiman\n> Dengan hormat, bersama "
            "ini kami mengundang ...\nMaaf pak, tanggal dan tempatnya tidak kebaca. "
            "Rakor berikutnya kapan dan di mana ya?"
        ),
        "meeting",
    ),
    ("Bâ'na taoh, Rakor taon reya kapan? e dimma?", "meeting"),
    (
        (
            "kata bapak kadis: rapat koordinasi berikutnya jadwalnya kapan, beliau "
            "mau atur perjalanan dari Puruk Cahu"
        ),
        "meeting",
    ),
    ("batas akhir kirim usulan TA 2027 sampai tanggal berapa?", "deadline"),
    ("Maaf telat pak, usulan Seruyan belum masuk. Masih bisa kirim sampai kapan?", "deadline"),
    ("When is the last day to send proposals? Mi no laik misim.", "deadline"),
    ("Selamat pagi pak", "greeting"),
    ("Thank you tru! That helped plenty.", "greeting"),
    ("bot ni bisa bantu apa aja kah? aku baru pakai", "greeting"),
    ("Dâ'remma carana ngirim usulan e bot reya?", "how_to_submit"),
    (
        (
            "[x] daftar\n[x] disetujui admin\n[ ] kirim usulan\nnah langkah kirim "
            "usulan lewat bot ini gimana ya?"
        ),
        "how_to_submit",
    ),
    (
        ("Gimana caranya masukin usulan jaling dari Pulang Pisau lewat bot ini? perintahnya apa"),
        "how_to_submit",
    ),
]

ROUND69_AREAS: list[tuple[str, str]] = [
    ("kawasan kumuh di Kel. Pahandut Seberang luasnya 9,8 ha, ditangani siapa?", "kabkota"),
    (
        (
            "luas delineasi kumuh di Kel. Ketapang, Sampit persis 10 ha. kewenangan"
            " kabupaten atau provinsi?"
        ),
        "provinsi",
    ),
    ("kumuh di Kel. Selat Hulu 14,99 hektar masuk provinsi kah?", "provinsi"),
    ("Kel. Mentawa Baru Hilir kumuhnya 15 ha pas, siapa yang tangani?", "pusat"),
    (
        (
            "lokasi kumuh di Kel. Mambulau dalam SK satu kawasan: blok A 6,5 ha + "
            "blok B 4,2 ha = 10,7 ha. jadi kewenangan siapa?"
        ),
        "provinsi",
    ),
    ("kumuh di Kel. Raja, Pangkalan Bun luasnya 87.500 m2. ini urusan pemkab ya?", "kabkota"),
    ("luas kawasan kumuh Buntok Kota 152.000 m², kewenangan level mana?", "pusat"),
    (
        (
            "Kel. Melayu di Muara Teweh kumuhnya 120.000 meter persegi, saya hitung"
            " 12 ha. ditangani provinsi?"
        ),
        "provinsi",
    ),
    (
        (
            "Slum area at Kelurahan Kuala Pembuang II is 11 hectares. Which level "
            "is handling, province is it?"
        ),
        "provinsi",
    ),
    (("Kelurahan Tamiang Layang slum is 22 hectares as per the SK. Who is responsible?"), "pusat"),
    ("kumuh di Kel. Puruk Cahu cuma 3 ha, urusan siapa tu?", "kabkota"),
    (
        (
            "kawasan di Kel. Kasongan Baru luasnya 30 ha, tapi yang ditetapkan di "
            "SK kumuh cuma 60% nya. kewenangan siapa?"
        ),
        "pusat",
    ),
    (
        (
            "Kawasan kumuh di Kel. Baamang Hulu, Sampit, luas delineasinya 8,75 ha."
            " Itu ditangani siapa?"
        ),
        "kabkota",
    ),
    ("Kumuh Ketapang, Kotim: di SK luasnya 12 hektar. Provinsi yang pegang kah?", "provinsi"),
    (
        (
            "Kawasan kumuh Mendawai Seberang, Pangkalan Bun, 125.000 m2. Itu = 12,5"
            " ha kan? kewenangan siapa"
        ),
        "provinsi",
    ),
    (
        (
            "Kumuh Pahandut Seberang pas 10 ha, tidak lebih tidak kurang. "
            "Kabupaten/kota atau provinsi?"
        ),
        "provinsi",
    ),
    ("Bâdâ kumuh e Mambulau, Kuala Kapuas, luasna persis 15 ha. Sapa se ngurus?", "pusat"),
    ("Kumuh Buntok Kota 14,99 ha, masih provinsi atau sudah pusat?", "provinsi"),
    (
        ("Kawasan kumuh di Kel. Menteng, Palangka Raya, luas 95.000 m²; kewenangan pemda mana?"),
        "kabkota",
    ),
    (
        (
            "Di SK kumuh Barito Timur, lokasi Tamiang Layang satu delineasi tapi "
            "dua blok: 7,2 ha + 4,1 ha = 11,3 ha. Jadi kewenangan siapa?"
        ),
        "provinsi",
    ),
    (
        (
            "Slum area at Tumbang Rungan, Palangka Raya, 18 hectares. Which level "
            "of government handles it, plis?"
        ),
        "pusat",
    ),
    (
        (
            "Kumuh Kasongan Lama luasnya 160.000 meter persegi. Mun dihitung jadi "
            "16 ha kan? siapa yang tangani?"
        ),
        "pusat",
    ),
    (
        (
            "Di Kalsel ada lokasi 11,40 ha yg ditangani provinsi. Di kami, kumuh "
            "Lanjas Muara Teweh 9,9 hektar, itu siapa yg tangani?"
        ),
        "kabkota",
    ),
    (
        ("Slum location in Puruk Cahu is 3 ha only. Who handles it, district or province?"),
        "kabkota",
    ),
]

ROUND69_OUT_OF_SCOPE: list[str] = [
    "TPP bulan ini kapan cair ya?",
    "besok di Kuala Kurun hujan ga? mau survei lapangan",
    "harga semen per sak di Puruk Cahu sekarang berapa?",
    "cara balik nama sertifikat tanah di BPN gimana?",
    "harga rumah subsidi di Palangka Raya tahun ini berapa?",
    (
        "How much is the daily allowance for official travel to Palangka Raya? "
        "I need it for the SPPD."
    ),
    "jadwal seleksi PPPK tahun depan kapan dibuka?",
    "tarif sewa rusunawa di Sampit sebulan berapa kah?",
    "bantuan PKH untuk warga miskin di desa kami kapan cair?",
    "PBB rumah saya nunggak 2 tahun, dendanya berapa?",
    "Sir, my laptop is not connecting to SIPD since morning, whom to call?",
    "berapa tarif air PDAM per kubik di Palangka Raya?",
    "cara mengurus KPR di bank untuk PNS gimana, syaratnya apa?",
    "sengko' terro ngajuaghi cuti tahunan, formnya e dimma?",
    "Any news on the oil palm replanting subsidy for smallholders in Seruyan?",
    "Harga semen per sak di Muara Teweh sekarang berapa ya?",
    "Besok di Kuala Kurun hujan kah? aku mau survei lapangan",
    "TPP bulan ini kapan cair? kalau naik 5% dari 4 juta jadi berapa?",
    ("Bunga KPR subsidi di bank sekarang berapa persen? saya mau ambil rumah di Sampit"),
    "Berapa retribusi PBG untuk rumah tipe 36 di Kotawaringin Barat?",
    "Cara urus sertifikat tanah PTSL di BPN Kapuas gimana?",
    "Bâ'na taoh harga tiket speedboat dâri Kuala Pembuang ka Sampit?",
    "How much is the rent for a house in Palangka Raya? Mi laik painim haus.",
    "Jadwal tes PPPK 2027 kapan ya?",
    "Kata bapak kadis: tolong cek nomor rekening bendahara untuk SPPD kemarin",
    "Uang harian perjalanan dinas dari Sukamara ke Palangka Raya berapa?",
    ("Program sambungan listrik gratis PLN buat rumah warga miskin daftarnya ke mana?"),
    (
        "Re: Info pemadaman listrik\n> PLN ULP Buntok menginformasikan "
        "pemeliharaan jaringan ...\nbesok padam jam berapa sampai jam berapa?"
    ),
    "What is the price of zinc roofing sheets in Sampit? Mi laik wokim haus.",
    ("Maaf mengganggu, harga rumah subsidi tipe 36 di Pangkalan Bun tahun ini berapa?"),
]
