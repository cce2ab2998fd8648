"""Training table R77 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 65's styles, written by another hand for the first half of the topic list after round 65
was measured: Betawi and Jakarta slang, a question after thanks for an earlier answer, numbers
and units glued or spaced oddly, a colleague's case or a role play, a term spelled out letter
by letter, an instruction about the answer's form, old-fashioned polite letters,
Indonesian-English code-switching; Canadian English. A glossary entry's questions ask what the
term means. Its slum-area questions are computed by rule, not learned; they are measured here
only. Written and read in round 38.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R77_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Bang, aye mau nanya nih, pembagian kewenangan perkim antara pusat, provinsi "
            "ame kabupaten tu gimane sih garis besarnye?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Sorry to bug you, but what's the overall split of housing and settlement "
            "duties between the central gov, the province and the regencies, eh?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Dengan hormat, mohon penjelasan apakah urusan perumahan rakyat dan kawasan "
            "permukiman termasuk urusan wajib pelayanan dasar, beserta pasal yang "
            "mengaturnya. Demikian atas perhatiannya diucapkan terima kasih."
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "perkim itu masuk urusan wajib pelayanan dasar or just urusan pilihan? bos "
            "minta dasar hukumnya for the Renstra intro"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "jawab pake poin ya: batas luas kumuh buat kab/kota, provinsi, sama pusat "
            "masing2 berapa ha?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "makasih infonya kemarin pak, btw pembagian penanganan kawasan kumuh menurut "
            "luasnya itu dasarnya UU 23/2014 lampiran yg mana ya?"
        ),
        "kewenangan.kumuh",
    ),
    (
        ("Kalo kumuhnye 15 hektar ke atas, itu urusan pusat ye? Aturannye udeh pasti ape belon?"),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "For slum areas fifteen hectares and up, that's the central government's file, "
            "eh? Who do we even pitch those to?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "teman sy di Perkim Barito Timur mau ajukan kegiatan pencegahan kumuh ke "
            "provinsi, itu sbnrnya kewenangan siapa?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Dengan hormat, sehubungan dengan rencana kegiatan pencegahan permukiman kumuh "
            "di Kecamatan Kahayan Hilir, kami mohon penjelasan apakah kegiatan tersebut "
            "termasuk kewenangan provinsi. Demikian atas perhatiannya diucapkan terima "
            "kasih."
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        ("singkat aja: di sub-urusan perumahan, provinsi pegang apa, kab/kota pegang apa?"),
        "kewenangan.perumahan",
    ),
    (
        (
            "Yth. Admin Sinkron. Dengan hormat, kami mohon informasi pembagian kewenangan "
            "sub-urusan perumahan antara provinsi dan kabupaten/kota sesuai UU 23/2014. "
            "Demikian, atas perhatiannya diucapkan terima kasih."
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Rumah buat MBR ame pembiayaan perumahannye itu urusan pusat kan? Provinsi "
            "kagak pegang ye?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Is housing for low-income folks and the rusun stuff handled by the central "
            "government, eh? Don't wanna promise the village something the province can't "
            "deliver."
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "misal banjir besar di Kapuas Murung statusnya bencana kabupaten, rumah "
            "korbannya yg bangun siapa, kab atau prov?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "ada relokasi 312KK / 1.250 jiwa krn program jalan provinsi di Kotim, "
            "penyediaan rumahnya tanggung jawab siapa?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        ("S-K-B-G sama izin pembangunan perumahan itu yg nerbitin provinsi atau kab/kota?"),
        "kewenangan.izin",
    ),
    (
        (
            "makasih ya kemarin udah dijelasin soal PSU. satu lagi, izin pengembangan "
            "kawasan permukiman itu kewenangan kab atau provinsi?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "sub-urusan kawasan permukiman itu isinya apa aja per level? I need the "
            "breakdown buat laporan triwulan"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Dengan hormat, sehubungan dengan penyusunan Renja, kami memohon penjelasan "
            "urusan apa saja yang termasuk sub-urusan kawasan permukiman pada tingkat "
            "pusat, provinsi dan kabupaten/kota. Atas perhatian Bapak/Ibu kami ucapkan "
            "terima kasih."
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        ("Ente tau kagak bedanye PSU permukiman ame PSU perumahan? Nyang mane punye provinsi?"),
        "kewenangan.psu",
    ),
    (
        (
            "What's the difference between P.S.U. permukiman and P.S.U. perumahan, and "
            "which one's the province's? Still new here, eh."
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Kades di Tumbang Tundu minta provinsi bangun drainase di pinggir jalan "
            "kabupaten, bisa gak itu masuk PSU provinsi?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "pakai poin ya, PSU apa aja yg dibangun Disperkimtan prov? cuma jalan "
            "lingkungan & drainase atau ada yg lain?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "sertifikasi dan registrasi perancang rumah & PSU itu who's in charge, kab/kota "
            "atau prov? ada konsultan lokal nanya"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "teman saya konsultan perencana di Muara Teweh, kemampuannya msh kecil, "
            "sertifikasi & registrasinya ngurus ke kabupaten atau provinsi?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        ("S-P-M perumahan itu provinsi wajib nyediain apa aja dan targetnya berapa persen?"),
        "kewenangan.spm",
    ),
    (
        (
            "Thanks for yesterday's answer, eh. Quick follow-up: what does the province "
            "have to deliver under the housing minimum service standard?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "kel. Selat Hulu luasnya 1.320ha tp yg masuk SK kumuh cuma 13,2 ha, hitungan "
            "kewenangan pakai luas yg mana?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        ("Luas kumuh nyang diitung buat kewenangan tu luas desa ape luas delineasi di SK, bang?"),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Dengan hormat, kami mohon penjelasan siapa yang berwenang menetapkan lokasi "
            "permukiman kumuh dan berapa tahun sekali penetapan tersebut wajib ditinjau "
            "ulang. Demikian atas perhatiannya diucapkan terima kasih."
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "Who signs the decree that designates slum locations, and how often is it "
            "supposed to get reviewed? Ours in Pulang Pisau feels ancient, eh."
        ),
        "kumuh.penetapan",
    ),
    ("sebutin aja 7 aspek kriteria kumuh, gak usah panjang2", "kumuh.aspek"),
    (
        (
            "Dengan hormat, guna pemutakhiran data baseline, kami mohon disampaikan "
            "aspek-aspek kriteria permukiman kumuh yang digunakan dalam penilaian lokasi. "
            "Atas perhatian dan kerja samanya kami ucapkan terima kasih."
        ),
        "kumuh.aspek",
    ),
    (
        (
            "tiap kriteria nilainya 0/1/3/5 kan? lokasi kami totalnya 64dr 80, udah masuk "
            "kumuh berat?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "makasih jawaban kmrn. btw cara ngitung skor kumuh itu gimana, tiap kriteria "
            "dikasih nilai brp?"
        ),
        "kumuh.penilaian",
    ),
    ("Kalo skor kumuhnye 45, itu masuk sedang ape ringan ye?", "kumuh.tingkat_sedang_ringan"),
    (
        (
            "One sentence please: what score range is a medium slum and what's a light one? "
            "Report's due Friday."
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "kawasan di bantaran Sungai Mentaya lahannya ilegal dan kumuh sedang. teman sy "
            "tanya, penanganannya pemugaran, peremajaan atau pemukiman kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "bedanya pemugaran vs peremajaan vs pemukiman kembali apa, and when do we pick "
            "which one?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "total kumuh di Kalteng brp sih? ada yg bilang 6.998ha, ada yg bilang 6998 "
            "hektar di 111 lokasi, mana yg bener?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "Dengan hormat, untuk keperluan bahan paparan pimpinan, kami mohon data jumlah "
            "lokasi dan total luas kawasan kumuh se-Kalimantan Tengah. Atas perhatiannya "
            "diucapkan terima kasih."
        ),
        "kumuh.kalteng",
    ),
    (
        ("usulan kegiatan ke provinsi harus berisi apa aja? list aja ya, ga usah dijelasin"),
        "usulan.isi",
    ),
    (
        (
            "kenapa form usulan nanya sebanyak itu sih, like sektor, KK, jiwa, status "
            "lahan? what's the reason behind each field?"
        ),
        "usulan.isi",
    ),
    (
        (
            "makasih yg kemarin ya. btw jenis usulan apa aja yg bisa diajukan ke provinsi? "
            "selain kumuh & PSU ada lagi?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "What kinds of proposals can we actually send to the province? Is it just slums "
            "and neighbourhood roads, or more than that?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "saya operator di Bartim, utk usulan di Desa Hayaping data lokasi apa aja yg "
            "mesti diisi? perlu titik GPS jg?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "koordinat lokasi usulan kami -1.6734 , 115.1782 formatnya udah bener gitu? "
            "atau hrs derajat menit detik?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "penerima manfaat 250KK / 1.000jiwa, biaya Rp1,5M, sumber dananya boleh "
            "kombinasi APBD prov + APBD kab?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "makasih kemarin. lanjut ya, di usulan jumlah KK dan jiwa wajib diisi dua2nya? "
            "biaya ditulis perkiraan aja boleh?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        ("R-C atau readiness criteria utk usulan PSU itu dokumen apa aja yg harus siap?"),
        "usulan.kesiapan",
    ),
    (
        (
            "Dengan hormat, bersama ini kami mohon informasi kelengkapan dokumen kesiapan "
            "yang harus dipenuhi untuk usulan PSU jalan lingkungan kepada Pemerintah "
            "Provinsi. Demikian disampaikan, atas perhatiannya kami ucapkan terima kasih."
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Dengan hormat, lahan yang akan kami usulkan merupakan tanah desa yang belum "
            "bersertifikat. Mohon penjelasan apakah lahan tersebut dapat dianggap clean and "
            "clear. Demikian, atas perhatiannya diucapkan terima kasih."
        ),
        "usulan.lahan",
    ),
    (
        (
            "The land for our drainage job is village-owned but there's a bit of a dispute "
            "with a neighbour. Does that kill the clean-and-clear requirement, eh?"
        ),
        "usulan.lahan",
    ),
    ("SK kumuh kite udeh 6 taon, masih bisa dipake buat usulan kagak?", "usulan.sk_kumuh"),
    (
        (
            "teman sy di Kotim mau usul penanganan kumuh tp lokasinya blm tercantum di SK "
            "kumuh Bupati, tetap bisa diajukan ke prov?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "D-E-D, R-A-B, R-K-S sama site plan itu wajib dilampirin semua di usulan atau "
            "boleh nyusul?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        ("Jawab singkat aja ya, dokumen teknis apa saja yg sebaiknya dilampirkan ke usulan fisik?"),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Dengan hormat, kami mohon petunjuk apakah usulan PSU wajib disertai surat "
            "pernyataan kesediaan menerima hibah serta melaksanakan operasi dan "
            "pemeliharaan. Demikian atas perhatiannya diucapkan terima kasih."
        ),
        "usulan.surat_pernyataan",
    ),
    (
        ("surat pernyataan hibah & O&P itu mandatory ya? who should sign, Kadis atau Bupati?"),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "misal saya kades di Desa Pudu, ada warga rumahnya hampir roboh tp tanahnya "
            "cuma ada SKT. bisa diusulkan RTLH ke provinsi?"
        ),
        "usulan.rtlh",
    ),
    (
        ("Syarat usulan RTLH lewat provinsi ape aje? Bisa kagak sekalian bangun rumah baru?"),
        "usulan.rtlh",
    ),
    (
        (
            "makasih infonya kemarin. btw warga RT 05 Kel. Langkai mau minta jalan "
            "lingkungan langsung ke provinsi, caranya gimana?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Some residents in Pahandut Seberang want to ask for drainage on their own. Do "
            "they need sign-off from the RT/RW and the Lurah first, eh?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Dengan hormat, mohon penjelasan mekanisme serah terima aset jalan lingkungan "
            "yang dibangun Pemerintah Provinsi di atas lahan kabupaten serta pihak yang "
            "menanggung pemeliharaannya. Demikian atas perhatiannya diucapkan terima kasih."
        ),
        "hibah.aset",
    ),
    (
        (
            "aset jaling 1.200m + drainase 850 m yg dibangun prov thn 2024 di Kurun blm "
            "di-BAST-kan, siapa yg tanda tangan naskah hibahnya?"
        ),
        "hibah.aset",
    ),
    (
        "poin2 aja: kalau usulan bukan kewenangan provinsi, bisa cari dana ke mana?",
        "pendanaan.saluran_lain",
    ),
    (
        (
            "kalau kegiatan kita bukan kewenangan prov, bisa dialihkan ke D-A-K, A-P-B-Des "
            "atau C-S-R? sumber dana lain apa aja?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Dengan hormat, mohon penjelasan tahapan siklus usulan kegiatan bidang "
            "perumahan dan kawasan permukiman dari kabupaten/kota ke provinsi dalam satu "
            "tahun. Demikian atas perhatiannya diucapkan terima kasih."
        ),
        "siklus.tahunan",
    ),
    (
        (
            "usulan yg kita kirim tahun ini itu for budget year berapa? alurnya dari usulan "
            "sampai dibangun gimana?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Dear Sir or Madam, I would be grateful if you could advise how the provincial "
            "office reviews the proposals submitted by the regencies (paperwork, site and "
            "authority checks). Thanking you in advance for your kind attention. Yours "
            "truly."
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "teman saya di Lamandau nanya, provinsi meriksa usulan itu apa aja sih? "
            "administrasi, teknis, kewenangan?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "makasih kemarin infonya. btw Rakor bidang kawasan permukiman itu sebenarnya "
            "acara apa sih, tujuannya apa?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Rakor thn lalu 18/11/2025, sblmnya 11/9/2024 & 30/10/2023, emang tanggalnya ga "
            "pernah tetap ya? biasanya bahas apa aja?"
        ),
        "siklus.rakor",
    ),
    (
        "setelah Rakor, usulan masuk ke R-K-P-D terus A-P-B-D itu gimana alurnya?",
        "siklus.rkpd_apbd",
    ),
    (
        (
            "After the Rakor, how does a proposal make it into the RKPD and then the APBD? "
            "Is the Musrenbang in between, eh?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        ("P-O-K-J-A P-K-P di kabupaten itu tugasnya ngapain aja sih? dasar aturannya apa?"),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Pak Sekda Gumas minta saya jelasin fungsi Pokja PKP di kabupaten dan "
            "hubungannya dgn Forum PKP, bisa bantu?"
        ),
        "koordinasi.pokja_pkp",
    ),
    ("alamat kantor Disperkimtan provinsi di mana? satu kalimat aja", "disperkimtan.kontak"),
    (
        (
            "Where's the provincial Disperkimtan office in Palangka Raya, and do they have "
            "a website? Gonna drop by with a box of Timbits."
        ),
        "disperkimtan.kontak",
    ),
    (
        ("command di bot ini apa aja ya? and jam yang muncul di jadwal itu WIB or WITA?"),
        "bot.cara_pakai",
    ),
    (
        ("makasih kemarin. btw jam di bot ini pakai WIB ya? saya lagi dinas di Balikpapan yg WITA"),
        "bot.cara_pakai",
    ),
    ("singkat aja: di /usul foto maksimal berapa dan PDF boleh berapa?", "bot.usul"),
    (
        (
            "Aye udeh ngisi /usul setengah jalan terus sinyal ilang, datanye ilang kagak? "
            "Bisa nyalin usulan taun lalu?"
        ),
        "bot.usul",
    ),
    (
        ("status usulan kita 'dibahas di Rakor', itu meaning-nya apa? udah pasti approved belum?"),
        "bot.status",
    ),
    (
        (
            "What's the difference between 'verifikasi' and 'perlu perbaikan'? Just trying "
            "to decode the statuses, eh."
        ),
        "bot.status",
    ),
    (
        (
            "Dengan hormat, usulan kami berstatus ditolak dengan alasan bukan kewenangan "
            "provinsi. Mohon petunjuk langkah selanjutnya yang dapat kami tempuh. Demikian "
            "atas perhatiannya diucapkan terima kasih."
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "teman di Seruyan usulannya 'dialihkan' ke APBD kab, itu artinya apa dan bisa "
            "diajukan ulang ke prov gak?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        ("udh 5hari kerja usulan blm diverifikasi, standarnya brp hari sih? 3 hari kerja ya?"),
        "bot.tindak_lanjut",
    ),
    (
        (
            "makasih bu udah dibantu kemarin. btw standar tindak lanjut usulan di bot ini "
            "berapa hari kerja ya? ikut LAPOR!?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Aye kagak bisa dateng rapat, boleh diwakilin staf kagak? Konfirmasi "
            "kehadirannye gimane?"
        ),
        "bot.rapat",
    ),
    (
        (
            "Can I send a colleague in my place to a meeting I got invited to through the "
            "bot? And when do the reminders go out, eh?"
        ),
        "bot.rapat",
    ),
    ("P-E-R-K-I-M itu singkatan dari apa?", "istilah.perkim"),
    ("Sorry, rookie question: what does 'Perkim' stand for, eh?", "istilah.perkim"),
    ("Disperkimtan tu singkatan ape sih? Nyang 'tan' nyak artinye ape?", "istilah.disperkimtan"),
    ("Disperkimtan kepanjangannya apa? satu kalimat aja", "istilah.disperkimtan"),
    ("p.s.u itu apaan?", "istilah.psu"),
    ("PSU itu basically stands for apa sih? prasarana sarana... lupa lanjutannya", "istilah.psu"),
    (
        "makasih pak infonya kemarin. btw 'jaling' di dokumen itu maksudnya apa ya?",
        "istilah.jaling",
    ),
    (
        (
            "Thanks a bunch for the help yesterday! One more: what's 'jaling' mean? Saw it "
            "all over the RAB."
        ),
        "istilah.jaling",
    ),
    ("drainase lingkungan itu artinya apa? jawab satu kalimat", "istilah.drainase"),
    ("Drainase tu ape sih maksudnye? Same aje ame got?", "istilah.drainase"),
    ("K R di tabel kumuh artinya apa?", "istilah.kr"),
    ("kode KR di baseline itu artinya apa ya, kumuh ringan or something else?", "istilah.kr"),
    (
        ("staf baru nanya ke saya, 'KS' di lampiran SK kumuh itu singkatan apa? saya sendiri lupa"),
        "istilah.ks",
    ),
    ("Quick one: what does K.S. stand for in the slum tables, eh?", "istilah.ks"),
    ("k.b. di kolom tingkat kekumuhan itu apa? bukan keluarga berencana kan", "istilah.kb"),
    ("makasih yg kemarin. btw KB di data kumuh artinya apa?", "istilah.kb"),
    (
        (
            "Dengan hormat, mohon dijelaskan apa yang dimaksud dengan SK kumuh. Demikian "
            "atas perhatiannya diucapkan terima kasih."
        ),
        "istilah.skkumuh",
    ),
    ("SK kumuh itu maksudnya decree yang mana sih? mau jelasin ke konsultan", "istilah.skkumuh"),
    ("Delineasi tu ape artinye, bang? Aye kagak ngarti", "istilah.delineasi"),
    (
        (
            "Cheers for yesterday's answer, eh. What's 'delineasi' mean though? Just the "
            "boundary line on the map?"
        ),
        "istilah.delineasi",
    ),
    ("r.t.l.h kepanjangannya apa?", "istilah.rtlh"),
    ("RTLH itu apa, jawab singkat aja", "istilah.rtlh"),
    ("Pak Camat nanya 'RLH' di laporan capaian itu apa, sy harus jawab apa ya?", "istilah.rlh"),
    ("target 84unit RLH tahun ini, RLH-nya itu sendiri artinya apa sih?", "istilah.rlh"),
    ("Bedah rumah tu maksudnye ape? Rumahnye dibongkar ape gimane?", "istilah.bedahrumah"),
    (
        "bedah rumah itu istilah resmi atau sebutan aja? what does it mean exactly?",
        "istilah.bedahrumah",
    ),
    ("B-S-P-S itu singkatan dari apa?", "istilah.bsps"),
    (
        ("What's BSPS stand for? Folks keep tossing it around at meetings like I know, eh."),
        "istilah.bsps",
    ),
    ("m b r itu apa?", "istilah.mbr"),
    (
        (
            "Dengan hormat, mohon penjelasan arti istilah MBR yang sering digunakan dalam "
            "program perumahan. Demikian atas perhatiannya diucapkan terima kasih."
        ),
        "istilah.mbr",
    ),
    ("rusunawa artinya apa? satu kalimat ya", "istilah.rusunawa"),
    ("makasih infonya td. btw rusunawa itu apa, beda sama rusun biasa?", "istilah.rusunawa"),
    ("R-U-S-U-S itu apa ya?", "istilah.rusus"),
    ("rusus itu rumah khusus kan? maksudnya rumah khusus itu what exactly?", "istilah.rusus"),
]

TRAIN_R77_INTENTS: list[tuple[str, str]] = [
    ("Usulan aye nyang kemaren udeh nyampe mane, bang? Udeh diverifikasi belon?", "status"),
    ("Any update on our proposals from Katingan? Haven't heard a peep, eh.", "status"),
    ("usulan USL-2026-0007 sm usl 2026 12 statusnya skrg apa?", "status"),
    (
        (
            "Dengan hormat, mohon informasi jadwal dan tempat pelaksanaan Rakor Bidang "
            "Kawasan Permukiman tahun ini. Demikian atas perhatiannya diucapkan terima "
            "kasih."
        ),
        "meeting",
    ),
    ("rakor tahun ini kapan ya? need to book tiket dari Puruk Cahu", "meeting"),
    (
        ("makasih infonya kemarin, btw rapat koordinasi berikutnya tgl berapa dan di mana?"),
        "meeting",
    ),
    ("batas akhir kirim usulan tahun ini kapan? tanggalnya aja", "deadline"),
    ("Kabid saya nanya, usulan utk TA 2027 paling lambat masuk kapan?", "deadline"),
    (("What's the cutoff for sending proposals this year? Don't wanna miss it, eh."), "deadline"),
    ("Assalamualaikum bang, aye baru gabung nih. Salam kenal ye!", "greeting"),
    ("Oke siap, makasih banyak ya infonya 🙏", "greeting"),
    ("Hey there! Just got approved, how do I use this thing, eh?", "greeting"),
    ("step by step ya, cara ngirim usulan lewat bot ini gimana?", "how_to_submit"),
    (
        (
            "gimana cara submit usulan via bot ini? harus lewat /usul atau bisa langsung "
            "upload file aja?"
        ),
        "how_to_submit",
    ),
    (
        ("misal saya mau ngusulin jaling di Desa Jabiren, kirimnya lewat bot caranya gmn?"),
        "how_to_submit",
    ),
]

TRAIN_R77_AREAS: list[tuple[str, str]] = [
    ("kumuh 12ha di Kel. Ketapang Sampit itu kewenangan siapa?", "provinsi"),
    ("luas delineasi 125.000m2, masuk kab, prov atau pusat?", "provinsi"),
    ("Kawasan kumuh pas 10 hektar, nyang nanganin provinsi ape kabupaten?", "provinsi"),
    ("Our slum area is exactly 15 hectares, eh. Province or central?", "pusat"),
    ("kumuh 14,9 ha di Baamang Hulu masih prov kan?", "provinsi"),
    ("kawasan kumuh 98.500 m² di Desa Mintin itu urusan siapa?", "kabkota"),
    (
        (
            "Dengan hormat, terdapat kawasan kumuh di Kelurahan Mendawai, Pangkalan Bun, "
            "seluas 9,99 hektare. Mohon informasi kewenangan penanganannya. Demikian atas "
            "perhatiannya diucapkan terima kasih."
        ),
        "kabkota",
    ),
    ("kumuh kita 1.500.000 meter persegi, that's pusat kan?", "pusat"),
    ("The slum site in Muara Teweh comes to 1,450,000 m², so who handles it?", "pusat"),
    ("teman sy di Kuala Kurun punya lokasi kumuh 7 ha, kewenangannya di mana?", "kabkota"),
    ("jawab singkat: kumuh 150.000 m2 itu kewenangan siapa?", "pusat"),
    ("makasih kmrn. btw kalau kumuh 10 , 5 hektar di Pahandut itu prov atau kab?", "provinsi"),
]

TRAIN_R77_OUT_OF_SCOPE: list[str] = [
    "Bang, tunjangan kinerja ASN bulan ini kapan cairnye ye?",
    (
        "Any decent hotels near the Disperkimtan office for the Rakor? Somewhere with "
        "its own washroom, not a shared one, eh."
    ),
    "cara reset password S-I-P-D gimana? akun saya kekunci",
    "harga semen per sak di Puruk Cahu sekarang berapa? need it buat update RAB",
    (
        "Dengan hormat, kami mohon informasi besaran uang harian perjalanan dinas ASN "
        "kabupaten ke Palangka Raya tahun 2026. Demikian atas perhatiannya diucapkan "
        "terima kasih."
    ),
    ("teman saya di BPBD Kapuas nanya, status siaga banjir tahun ini sampai kapan?"),
    ("singkat aja: tebal perkerasan beton K-250 buat jalan lingkungan idealnya berapa cm?"),
    (
        "tarif retribusi PBG di Palangka Raya per m2 brp? rumah tipe 36m2 sama 120 m 2 "
        "beda jauh gak?"
    ),
    ("makasih infonya kemarin. btw bunga KPR subsidi FLPP sekarang berapa persen ya?"),
    ("My Telegram keeps crashing when I open the photo picker on my old Android. Any fix, eh?"),
    "Ente tau kagak siape Kadis Perkim Kabupaten Katingan nyang baru?",
    ("bisa bantu bikinin surat cuti tahunan? deadline-nya besok and I don't have the template"),
    (
        "misal saya mau beli tanah kavling di Jekan Raya buat pribadi, ngecek "
        "sertifikatnya asli atau nggak di mana?"
    ),
    "B-P-N Kalteng buka jam berapa hari Sabtu?",
    ("How much was Disperkimtan's 2026 budget? Someone said Rp 150,000,000,000 but I'm not sure."),
]
