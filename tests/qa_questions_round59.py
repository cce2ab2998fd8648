"""Held-out question table, round 59 (written 2026-12-07 early in round 35 of tuning; never
tuned on).

Two writers who had not seen the knowledge base or any other question table each wrote half:
they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place
list). Nobody tuning the matcher reads this file: bench/qa_quality.py --final measures it.

Its styles were new to the bot when it was written, and nothing is built for them in the
round it was written: Gen-Z and office-youth slang ("spill dong", "cmiiw"), a forwarded
message with its header, neighbouring-key typos ("lumuh", "raklr"), comparing with another
province or an earlier job, Eastern Indonesian or Batak flavour ("beta", "sa pu", "kitong"),
a document's file name in the question, yes/no checks wanting a short answer, the time of
year as the setting; machine-translated English for the first half of the topic list and
Kenyan English for the second.
"""

ROUND59_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Forwarded from Kabid PKP\nTolong siapkan bahan paparan pembagian urusan PKP antar "
            "tingkatan pemerintahan utk sosialisasi.\n\nitu ringkasnya gimana ya pembagian "
            "urusan perkim per level? biar sy ga salah bikin slide"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "What is the division of authority of housing and settlement between the center, "
            "the province and the regency, overall all sub-affair?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "btw perumahan rakyat tuh masuk urusan wajib pelayanan dasar atau urusan pilihan "
            "sih? cmiiw"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "waktu sy di Bappeda Barsel dulu perkim dianggap urusan pilihan, skrg katanya "
            "wajib pelayanan dasar. dasar pasalnya apa ya?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "di Kalsel dulu kumuh dibagi2 per luas juga, kalau di Kalteng gimana pembagian "
            "kab, prov, pusat berdasarkan hektarnya?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Slum area the authority of who is depend on the wide, how many hectare the limit "
            "for each level?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "nanya dong, kumuh yg gede2 15 ha ke atas itu bener2 pasti pusat? dasar aturannya "
            "udah jelas blm?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "kawasan kumuh di atas 15 hektar jadi urusan kementerian ya? kitong sonde bisa "
            "usul ke provinsi kah?"
        ),
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    (
        "pencegahan kumuh bisa diusulkan ke prov gak? jawab ya/tidak aja",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Beta mau tanya, program mencegah tumbuhnya permukiman kumuh baru itu tugas siapa "
            "toh? provinsi ada bagian kah?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        ("sub urusan perumahan tuh kewenangan prov apa aja, kab apa aja? literally gatau bedanya"),
        "kewenangan.perumahan",
    ),
    (
        (
            "Forwarded from Kabid PKP\nmohon dicek lagi pembagian kewenangan sub urusan "
            "perumahan sebelum rapat\n\nprov pegang apa aja ya di perumahan, kab pegang apa?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "rumah buat MBR sama pembangunan rusun itu wewenang pusat ya? fyi kades di "
            "Basarang nanya terus"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "sa pu kepala tanya, penyediaan rumah MBR sama sistem pembiayaan perumahan itu "
            "pusat pu urusan kah, atau kitong bisa usul ke provinsi?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "abis banjir kemarin byk rumah warga di Pulau Petak rusak berat. bangun ulang "
            "rumah korban bencana itu tugas prov atau kab?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "House for victim of disaster who is handle it, the province or the regency, and "
            "if the relocation is program of center?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        ("izin pembangunan perumahan sm SKBG itu terbitnya dr prov atau kab? developer nanya nih"),
        "kewenangan.izin",
    ),
    (
        (
            "Diteruskan dari grup Perkim Kalteng\nAda pengembang di Jekan Raya ngajuin izin "
            "pengembangan kawasan permukiman ke dinas provinsi.\n\nitu bener ke provinsi atau "
            "harusnya ke pemkot?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "sub-urusan kawasan permukiman isinya apa aja per level pemerintahan? auto bingung "
            "sm sub urusan perumahan"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Sub-affair of settlement area, the province do what and the regency do what and "
            "the center do what?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    ("PSU permukiman vs PSU perumahan, mana yg prov mana yg kab? plis jelasin", "kewenangan.psu"),
    (
        (
            "macam mana pembagian PSU ini bah, jalan di kompleks perumahan developer di "
            "Kasongan Baru itu urusan siapa?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "drainase di sepanjang jalan kabupaten di Buntok bisa masuk PSU provinsi gak? "
            "ya/tidak aja"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "The PSU which is built by province, is it can be in rural settlement also or only "
            "urban, and on the asset of who?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        ("sertifikasi perancang rumah tingkat kemampuan menengah itu yg nerbitin siapa?"),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "konsultan perencana PSU kecil2an minta registrasi, itu ke kab atau ke prov ya? "
            "gaskeun biar cepet"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        ("SPM perumahan rakyat utk provinsi jenis layanannya apa aja & targetnya brp persen?"),
        "kewenangan.spm",
    ),
    (
        (
            "jelang akhir tahun anggaran hrs lapor capaian SPM bidang perumahan, yg jd "
            "tanggung jawab kab apa aja ya?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Kel. Baamang Hulu luasnya ratusan ha tp yg kumuh cuma sebagian, yg dihitung buat "
            "kewenangan yg mana?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "The wide of slum that is counted for authority, is it the whole village wide or "
            "the delineation in SK?"
        ),
        "kumuh.luas_delineasi",
    ),
    ("siapa yg netapin lokasi kumuh? SK nya dari bupati atau gubernur?", "kumuh.penetapan"),
    (
        (
            "penetapan lokasi kumuh hrs ditinjau ulang brp taun sekali menurut permen? sama "
            "lampirannya apa aja"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "di form_penilaian_kumuh_v2.xlsx ada kolom per aspek, isinya aspek apa aja sih yg "
            "dinilai?"
        ),
        "kumuh.aspek",
    ),
    ("What are the aspect of slum criteria and how many is the criteria total?", "kumuh.aspek"),
    ("skor kumuh maksimal brp & minimal brp biar masuk kumuh berat?", "kumuh.penilaian"),
    (
        ("nilai kekumuhan lokasi Pahandut Seberang 64, udah kategori berat blm? singkat aja"),
        "kumuh.penilaian",
    ),
    ("rentang skor kumuh sedang sm ringan brp ya? plis", "kumuh.tingkat_sedang_ringan"),
    ("lokasi kami skornya 40, masuk lumuh ringan atau sedang?", "kumuh.tingkat_sedang_ringan"),
    (
        (
            "Forwarded from Kabid PKP\nPermukiman di bantaran sungai Kahayan lahannya tdk "
            "legal.\n\nitu pola penanganannya yg mana ya?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        ("What is the pattern of handling slum, pemugaran or peremajaan, it is depend on what?"),
        "kumuh.pola_penanganan",
    ),
    ("total lokasi kumuh se-Kalteng ada brp & totalnya brp ha?", "kumuh.kalteng"),
    (
        ("kabupaten mana yg lokasi kumuhnya paling banyak di Kalteng? fyi mau buat perbandingan"),
        "kumuh.kalteng",
    ),
    ("usulan kegiatan ke prov itu isinya apa aja sih? trus knp hrs sebanyak itu?", "usulan.isi"),
    (
        (
            "Forwarded from Sekdis\nSiapkan usulan ke provinsi utk TA 2027, kumpulkan minggu "
            "depan.\n\nisian usulannya apa aja ya biar lengkap?"
        ),
        "usulan.isi",
    ),
    ("jenis usulan apa aja yg bs diajukan ke prov? kumuh, psu, ... apa lagi?", "usulan.jenis"),
    (
        (
            "sa pu kantor mau usul ke provinsi, usulan jenis apa saja yang boleh kah? rumah "
            "bencana juga bisa toh?"
        ),
        "usulan.jenis",
    ),
    ("data lokasi di usulan itu apa aja yg diminta? titik koordinat wajib gak?", "usulan.lokasi"),
    (
        (
            "Kitong pu usulan di Desa Tumbang Tuan, bagian lokasi harus isi apa saja kah? "
            "perkotaan perdesaan juga kah?"
        ),
        "usulan.lokasi",
    ),
    (
        "penerima manfaat diisi KK atau jiwa? trus sumber dana boleh kombinasi gak?",
        "usulan.penerima_biaya",
    ),
    (
        (
            "di usulan, bagian biaya sm sumber dana pilihannya apa aja ya? pas puasa nanti mau "
            "sy lengkapi"
        ),
        "usulan.penerima_biaya",
    ),
    ("dokumen readiness criteria buat usulan PSU apa aja ya?", "usulan.kesiapan"),
    (
        ("biar usulan dianggap siap, kelengkapan apa aja yg hrs ada? mau kejar sebelum pilkada"),
        "usulan.kesiapan",
    ),
    (
        (
            "lahan usulan punya desa tp blm bersertifikat, masih bisa diusulkan? status lahan "
            "apa aja yg diterima?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "di form usulan v2 ada pertanyaan clean and clear, kalau sy pilih belum tahu "
            "ngaruh gak ke usulan?"
        ),
        "usulan.lahan",
    ),
    (
        ("usulan kumuh wajib nyantumin SK kumuh? SK kami umurnya 6 taun, masalah gak?"),
        "usulan.sk_kumuh",
    ),
    (
        (
            "lampiran SK_Kumuh_Kapuas.docx kami tahun 2019, lokasi usulan gak ada di daftar SK "
            "nya. masih bisa diusulin gak?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        ("DED, RAB, RKS, site plan wajib semua di usulan? foto kondisi eksisting brp lembar?"),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "file RAB_jaling_Kurun.xlsx blm final, boleh nyusul? dokumen teknis apa aja sih yg "
            "diminta?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        "surat pernyataan kesediaan terima hibah dan O&P itu wajib? isinya apa?",
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Is it needed the letter of statement to accept the grant and do operation and "
            "maintenance, who is sign it?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "warga numpang di tanah orang, rumahnya gak layak. bisa dapat bantuan RTLH prov? "
            "jawab ya/tidak"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "What is the requirement of RTLH through the province, the land must be own of the "
            "applicant?"
        ),
        "usulan.rtlh",
    ),
    (
        ("warga RT 05 Kel. Langkai mau minta jalan lingkungan langsung ke prov, syaratnya apa?"),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Kindly assist, residents in our village have requested drainage directly from the "
            "province. What must they have before the request is considered?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        ("jaling yg dibangun prov di tanah kab nanti asetnya punya siapa? pemeliharaannya siapa?"),
        "hibah.aset",
    ),
    (
        (
            "I humbly request clarification on who maintains the drainage after the province "
            "hands it over to the regency, and which document is signed."
        ),
        "hibah.aset",
    ),
    (
        "usulan kami ternyata bukan kewenangan prov, trus bs didanai dr mana lagi?",
        "pendanaan.saluran_lain",
    ),
    (
        (
            "kalau kumuhnya cuma 6 ha berarti gak ke prov ya, alternatif sumber dananya apa "
            "aja? spill dong"
        ),
        "pendanaan.saluran_lain",
    ),
    ("alur usulan tiap taun itu gimana dr awal sampe akhir?", "siklus.tahunan"),
    ("usulan yg kami kirim taun ini tuh buat TA brp? siklusnya gmn", "siklus.tahunan"),
    (
        ("prov meriksa usulan kita dr sisi apa aja? administrasi doang atau ada cek lapangan jg?"),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Kindly, how does the province check our proposals? Is it administrative only or "
            "technical and authority also?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        ("Rakor bidang kawasan permukiman itu sebenernya bahas apa? yg ikut siapa aja?"),
        "siklus.rakor",
    ),
    (
        (
            "di Kalsel dulu rakor perkim cuma seremonial, kalau di Kalteng raklr itu fungsinya "
            "buat apa?"
        ),
        "siklus.rakor",
    ),
    (
        ("setelah dibahas di rakor, usulan masuk musrenbang, RKPD trus APBD itu alurnya gimana?"),
        "siklus.rkpd_apbd",
    ),
    (
        ("usulan yg udah disetujui di bot otomatis masuk APBD prov gak? jawab singkat aja"),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "kami blm punya Pokja PKP di Lamandau, perlu gak sih buat koordinasi perkim? dasar "
            "hukumnya apa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        "Pokja PKP itu kerjanya ngapain aja? anggotanya siapa biasanya?",
        ("koordinasi.pokja_pkp", "istilah.pokjapkp"),
    ),
    (
        "alamat kantor Disperkimtan prov dmn ya? mau antar berkas abis libur natal",
        "disperkimtan.kontak",
    ),
    (
        (
            "Kindly share the physical address of Disperkimtan Kalteng, I wish to deliver hard "
            "copies the same."
        ),
        "disperkimtan.kontak",
    ),
    ("perintah2 di bot ini apa aja? jam brp aja bisa dipake?", "bot.cara_pakai"),
    ("bot ini pake jam WIB atau WITA? sy baru pindah dr Kaltim, takut salah jam", "bot.cara_pakai"),
    (("pas isi /usul bisa simpan dulu trs lanjut besok gak? atau salin usulan lama?"), "bot.usul"),
    (
        (
            "When filling /usul, can I attach the DED as PDF? How many photos and documents "
            "maximum? Kindly assist."
        ),
        "bot.usul",
    ),
    ("status 'dibahas di rakor' artinya apa? beda sm verifikasi?", "bot.status"),
    (
        ("usulan kami statusnya perlu perbaikan, itu maksudnya gmn, hrs bikin ulang dr awal?"),
        "bot.status",
    ),
    (
        "usulan kami dialihkan ke APBD kab, maksudnya apa? trus hrs ngapain?",
        "bot.ditolak_dialihkan",
    ),
    (
        "knp usulan bisa ditolak? abis ditolak bisa banding atau ngajuin lagi gak?",
        "bot.ditolak_dialihkan",
    ),
    ("brp lama biasanya usulan diverifikasi? ada standar hari kerjanya gak?", "bot.tindak_lanjut"),
    (
        (
            "I humbly request to know the standard time for follow-up of a proposal once it is "
            "submitted. Is it like LAPOR?"
        ),
        "bot.tindak_lanjut",
    ),
    (("kalau diundang rapat lewat bot tp sy berhalangan, bisa diwakilkan staf gak?"), "bot.rapat"),
    ("pengingat rapat dr bot dikirim kapan aja? bisa diatur sendiri gak?", "bot.rapat"),
    ("perkim singkatan dr apa sih?", "istilah.perkim"),
    ("Kindly, what does Perkim stand for? I am new in the office.", "istilah.perkim"),
    ("Disperkimtan kepanjangannya apa? yg 'tan' itu apa?", "istilah.disperkimtan"),
    ("disperkimtam itu dinas apa ya? sy dr dinas sosial baru dimutasi", "istilah.disperkimtan"),
    ("PSU itu singkatan apa?", "istilah.psu"),
    ("psu dlm konteks perkim artinya apa, bukan power supply kan wkwk", "istilah.psu"),
    ("jaling itu apa?", "istilah.jaling"),
    (
        (
            "Forwarded from Kabid PKP\nUsulan jaling Kec. Sepang segera dikirim.\n\njaling "
            "maksudnya apa ya, sy anak baru"
        ),
        "istilah.jaling",
    ),
    ("drainase itu maksudnya apa sih dlm perkim?", "istilah.drainase"),
    ("What is meant by drainase, is it the same as drainage?", "istilah.drainase"),
    ("status KR di lampiran SK kumuh itu singkatan apa?", "istilah.kr"),
    ("kr itu kumuh apa ya? cmiiw", "istilah.kr"),
    ("KS artinya apa di data kumuh?", "istilah.ks"),
    ("Kindly, what does KS mean in the slum table?", "istilah.ks"),
    ("KB di tabel kumuh bukan keluarga berencana kan? maksudnya apa?", "istilah.kb"),
    ("bah, kb di dokumen kumuh itu apa pula?", "istilah.kb"),
    ("SK kumuh itu apa sih?", "istilah.skkumuh"),
    ("What is an SK kumuh? Kindly explain.", "istilah.skkumuh"),
    ("delineasi itu apa? sering denger tp gatau", "istilah.delineasi"),
    ("deliniasi artinya apa ya?", "istilah.delineasi"),
    ("RTLH kepanjangannya apa?", "istilah.rtlh"),
    ("rtlj itu apa ya? di grup pada bahas", "istilah.rtlh"),
    ("RLH itu apa? kebalikan RTLH kah?", "istilah.rlh"),
    ("rlh itu rumah apa? jawab singkat aja", "istilah.rlh"),
    ("bedah rumah itu maksudnya apa?", "istilah.bedahrumah"),
    ("bah, bedah rumah itu apa pula? macam operasi rumah kah?", "istilah.bedahrumah"),
    ("BSPS itu apa?", "istilah.bsps"),
    ("bsps singkatan dr apa ya, bantuan apa itu?", "istilah.bsps"),
    ("MBR artinya apa?", "istilah.mbr"),
    ("mbr tuh masyarakat apa ya? fyi lg bikin laporan, takut salah tulis", "istilah.mbr"),
    ("rusunawa kepanjangannya apa? btw yg 'wa' itu apa", "istilah.rusunawa"),
    (
        (
            "Diteruskan dari grup Perkim Kalteng\nada rusunawa kosong di Palangka "
            "Raya\n\nrusunawa itu apa sih?"
        ),
        "istilah.rusunawa",
    ),
    ("rusus itu apa?", "istilah.rusus"),
    ("beta baru dengar kata rusus, itu rumah apa toh?", "istilah.rusus"),
    (
        "huntara tu apa sih? spill dong, abis banjir di Mendawai kmrn rame disebut2",
        "istilah.huntara",
    ),
    (
        (
            "What is the meaning of huntara? After the disaster the people is staying in "
            "huntara they say."
        ),
        "istilah.huntara",
    ),
    (
        (
            "Diteruskan dari grup Perkim Kalteng\nkorban kebakaran di Pahandut Seberang nanti "
            "dibangunkan huntap\n\nhuntap ini maksudnya apa ya?"
        ),
        "istilah.huntap",
    ),
    ("beta mau tanya, huntap itu kepanjangannya apa kah?", "istilah.huntap"),
    (
        (
            "di form usulan v2 ada kolom jumlah KK, KK itu maksudnya kartu keluarga atau "
            "kepala keluarga?"
        ),
        "istilah.kk",
    ),
    ("KK in the proposal form is what meaning? Family card or head of family?", "istilah.kk"),
    (
        ("jiwa di lampiran Data_Penerima_Mura.xlsx itu hitungan apa? orang atau rumah?"),
        "istilah.jiwa",
    ),
    ("kolom jiwa ngisinya apa, cmiiw itu jumlah org kan?", "istilah.jiwa"),
    ("ha itu hektar kan? 1 ha brp meter persegi, jawab singkat aja", "istilah.ha"),
    ("ha in column luas is unit of what, and one ha is how many meter square?", "istilah.ha"),
    ("DED tu singkatan apa sih, literally gatau 😅", "istilah.ded"),
    (
        (
            "waktu saya di Bappeda dulu DED cuma denger2 aja, skrg di Perkim disuruh nyiapin. "
            "DED itu sebenernya dokumen apa?"
        ),
        "istilah.ded",
    ),
    ("RAB kepanjangannya apa? singkat aja plis", "istilah.rab"),
    (
        ("What is RAB? In file RAB_Drainase_Kumai.xlsx I am not understand the meaning."),
        "istilah.rab",
    ),
    (
        ("Diteruskan dari Kabid PKP\nRKS mohon dilengkapi sebelum raklr\n\nRKS tu apa bah?"),
        "istilah.rks",
    ),
    (
        ("nanya dong RKS itu dokumen apa? konsultan minta lampiran RKS_Jaling_Tamiang.pdf"),
        "istilah.rks",
    ),
    ("KAK itu apa? sama kayak TOR bukan sih?", "istilah.kak"),
    (
        ("atasan nyuruh bikin KAK buat kegiatan drainase, KAK tuh kepanjangannya apa ya"),
        "istilah.kak",
    ),
    ("site plan tuh gambar apa ya? bahasa indonesianya apa", "istilah.siteplan"),
    ("sa pu kepala minta site plan, itu dokumen macam apa toh?", "istilah.siteplan"),
    ("RC tu singkatan apa sih? auto bingung liat tulisan 'RC lengkap' di grup", "istilah.rc"),
    ("RC in usulan is abbreviation of what? Readiness of what?", "istilah.rc"),
    ("BAST itu apa ya kepanjangannya", "istilah.bast"),
    (
        ("fyi di file BAST_Jaling_Kurun_2025.pdf judulnya BAST, itu berita acara apa sih?"),
        "istilah.bast",
    ),
    ("hibah itu artinya apa ya kalau soal aset? jelasin singkat gaskeun", "istilah.hibah"),
    ("hibah tu sama dengan dikasih gratis gak sih? arti hibah apa", "istilah.hibah"),
    ("BMD singkatan dr apa ya", "istilah.bmd"),
    (
        (
            "di Kalsel dulu sy pegang aset, istilahnya BMD juga. di Kalteng BMD artinya sama "
            "kah? barang milik apa?"
        ),
        "istilah.bmd",
    ),
    ("BMN itu barang milik negara ya? jawab ya/tidak aja", "istilah.bmn"),
    (
        ("BMN is what? The asset from ministry is called BMN, what is the meaning of it."),
        "istilah.bmn",
    ),
    ("O&P tu apaan? di surat pernyataan ada kalimat 'sanggup melaksanakan O&P'", "istilah.op"),
    ("OP dlm dokumen hibah maksudnya apa sih, operasi pemeliharaan kah?", "istilah.op"),
    ("SPM singkatan apa ya? cmiiw standar pelayanan ...", ("istilah.spm", "kewenangan.spm")),
    ("nanya dong SPM tu apa? td disebut pas rapat evaluasi", ("istilah.spm", "kewenangan.spm")),
    (
        "Pokja PKP itu apa sih? sering disebut pas rapat, gatau",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        (
            "Forwarded from Kabid PKP\nmohon SK Pokja PKP dilampirkan\n\npokja pkp ini "
            "kelompok kerja apa ya?"
        ),
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        "PPAS di Pokja PPAS itu singkatan apa? jangan2 sama kayak yg di KUA-PPAS",
        "istilah.pokjappas",
    ),
    ("kitong pu Sekda jadi ketua Pokja PPAS, itu pokja apa e?", "istilah.pokjappas"),
    ("AMPL kepanjangannya apa ya? pokja AMPL", "istilah.pokjaampl"),
    ("Pokja AMPL is working group of what?", "istilah.pokjaampl"),
    ("RP3KP itu dokumen apa? panjang bgt singkatannya", "istilah.rp3kp"),
    ("lampiran Draft_RP3KP_Barsel.docx, RP3KP ini rencana apa sih?", "istilah.rp3kp"),
    ("RP2KPKP singkatan apa, yg soal kumuh itu kan?", "istilah.rp2kpkp"),
    ("RP2KPKP is plan of what? It is about slum or not?", "istilah.rp2kpkp"),
    ("KOTAKU tu program apa ya? dulu di Kapuas ada BKM nya", "istilah.kotaku"),
    (
        ("jelang akhir tahun anggaran kok masih ada yg nyebut KOTAKU, itu kepanjangannya apa?"),
        "istilah.kotaku",
    ),
    ("DAK Tematik PPKT itu apa? PPKT nya singkatan apa", "istilah.daktematikppkt"),
    (
        "btw DAK tematik ppkt tu DAK buat apa sih, cmiiw soal kumuh terpadu?",
        "istilah.daktematikppkt",
    ),
    ("fyi td kabid bilang 'ini APBN', APBN itu anggaran pusat kan? singkat aja", "istilah.apbn"),
    ("APBN kepanjangannya apa ya", "istilah.apbn"),
    ("APBD kepanjangannya apa ya, gatau beneran", "istilah.apbd"),
    (
        (
            "Forwarded from Kabid PKP\nusulan ini arahkan ke APBD kab saja\n\nAPBD maksudnya "
            "anggaran yg mana ya?"
        ),
        "istilah.apbd",
    ),
    ("APBDes apaan sih, dana desa kah?", "istilah.apbdes"),
    ("kades Tumbang Talaken bilang pakai APBDes aja, APBDes itu apa ya?", "istilah.apbdes"),
    ("bankeu itu singkatan apa? bantuan keuangan?", "istilah.bankeu"),
    ("di Kalsel dulu namanya BKK, disini bankeu. bankeu tu maksudnya apa?", "istilah.bankeu"),
    ("pokir dewan itu apa sih? sering disebut2", "istilah.pokir"),
    ("What is pokir? The DPRD member say this usulan is from his pokir.", "istilah.pokir"),
    ("musrenbang kepanjangannya apa?", "istilah.musrenbang"),
    (
        "pas puasa nanti katanya ada musrenbang, itu sebenernya musyawarah apa?",
        "istilah.musrenbang",
    ),
    ("RKPD tu dokumen apa ya? rencana tahunan kah", "istilah.rkpd"),
    ("RKPD is what document? In file RKPD_2027_final.pdf I see many usulan.", "istilah.rkpd"),
    ("Renja itu apa? renja dinas maksudnya", "istilah.renja"),
    ("Kindly assist, what is a Renja? I humbly request a short explanation.", "istilah.renja"),
    ("renstra tu rencana apa? brp tahunan", "istilah.renstra"),
    (
        (
            "Forwarded from Sekretaris Dinas\nmohon usulan selaras dengan Renstra\n\nrenstra "
            "itu apa ya?"
        ),
        "istilah.renstra",
    ),
    ("RPJMD singkatan apa? yg 2025-2029 itu", "istilah.rpjmd"),
    (
        ("Kindly, what does RPJMD stand for? The same is mentioned in the invitation letter."),
        "istilah.rpjmd",
    ),
    ("KUA-PPAS itu apa? kua nya apa ppas nya apa", "istilah.kuappas"),
    (
        ("jelang akhir tahun anggaran rame bahas KUA PPAS, itu apa sih literally gatau"),
        "istilah.kuappas",
    ),
    ("RKA tu apa? rencana kerja dan anggaran bukan?", "istilah.rka"),
    ("sy baru pindah ke bagian program, RKA itu dokumen apa ya? nanya dong", "istilah.rka"),
    ("DPA singkatan dari apa ya? dokumen pelaksanaan ...", "istilah.dpa"),
    ("beta dengar usulan so masuk DPA, DPA itu apa toh?", "istilah.dpa"),
    ("SIPD itu sistem apa ya?", "istilah.sipd"),
    ("Kindly assist, SIPD is which system? I humbly request the full name.", "istilah.sipd"),
    ("Bapperida tuh apa? dulu bappeda kan", "istilah.bapperida"),
    (
        (
            "waktu saya di Bappeda Kotim namanya masih Bappeda, skrg provinsi pakai Bapperida. "
            "itu kepanjangannya apa?"
        ),
        "istilah.bapperida",
    ),
    ("OPD itu organisasi perangkat daerah ya? ya/tidak aja", "istilah.opd"),
    ("What is OPD? Kindly sort me out.", "istilah.opd"),
    ("SKPD kepanjangan apa, sm kyk OPD gak?", "istilah.skpd"),
    (
        (
            "Diteruskan dari grup Perkim Kalteng\nSKPD pengusul wajib tanda tangan\n\nSKPD itu "
            "apa ya"
        ),
        "istilah.skpd",
    ),
    ("SPAM di sini bukan spam email kan? 😂 maksudnya apa", "istilah.spam"),
    ("Kindly, what is SPAM in water matters? Not the email one.", "istilah.spam"),
    ("SPALD tu apa ya? sistem pengelolaan air limbah apa gitu", "istilah.spald"),
    ("nanya dong, SPALD singkatan apa? ada di dokumen Sanitasi_Katingan.pdf", "istilah.spald"),
    ("IPAL itu instalasi apa?", "istilah.ipal"),
    ("I humbly request the meaning of IPAL, the same appears in our DED.", "istilah.ipal"),
    ("TPS3R 3R nya apa? reduce reuse recycle kah", "istilah.tps3r"),
    ("TPS3R itu tempat apa bah? macam mana maksudnya", "istilah.tps3r"),
    ("MCK itu apa? mandi cuci kakus?", "istilah.mck"),
    ("warga Kalampangan minta MCK, MCK tuh fasilitas apa ya cmiiw", "istilah.mck"),
    ("RTRW bukan RT/RW ya? itu apa sih", "istilah.rtrw"),
    ("sesuai RTRW maksudnya apa? RTRW itu rencana apa", "istilah.rtrw"),
    ("RDTR apaan ya, beda sm RTRW?", "istilah.rdtr"),
    ("RDTR kepanjangannya apa? jawab singkat aja", "istilah.rdtr"),
    ("PBG itu pengganti IMB ya? singkat aja", "istilah.pbg"),
    ("abis libur natal mau ngurus PBG, PBG itu persetujuan apa?", "istilah.pbg"),
    ("SLF itu sertifikat apa?", "istilah.slf"),
    ("Kindly assist, what is an SLF certificate?", "istilah.slf"),
    ("SKBG kepanjangannya apa? sertifikat kepemilikan bangunan...?", "istilah.skbg"),
    ("sa pu teman tanya SKBG rusun, SKBG itu apa e?", "istilah.skbg"),
    ("SKT tu surat apa? katanya syarat RTLH minimal SKT", "istilah.skt"),
    ("lahan warga di Sei Gohong cuma ada SKT, SKT itu singkatan apa ya?", "istilah.skt"),
    ("lahan harus clean and clear, artinya apa?", ("istilah.cleanandclear", "usulan.lahan")),
    ("C&C itu apa ya di form? cmiiw", ("istilah.cleanandclear", "usulan.lahan")),
    ("CSR itu dana apa? dari perusahaan sawit kah", "istilah.csr"),
    ("Kindly what is CSR funding? I humbly request clarification.", "istilah.csr"),
    ("raklr tu singkatan dr apa sih? rapat koordinasi ya?", ("istilah.rakor", "siklus.rakor")),
    ("Kindly, what does Rakor mean? I am new in the office.", ("istilah.rakor", "siklus.rakor")),
    ("LAPOR! itu apa sih? yg pake tanda seru", ("istilah.lapor", "bot.tindak_lanjut")),
    (
        ("Forwarded from Kasubag Umum\nkeluhan warga masuk LAPOR!\n\nLAPOR! itu sistem apa ya?"),
        ("istilah.lapor", "bot.tindak_lanjut"),
    ),
    ("WIB itu UTC+7 kan? Kalteng pake WIB atau WITA? singkat aja", "istilah.wib"),
    ("backlog perumahan itu apa sih?", "istilah.backlog"),
    (
        (
            "Diteruskan dari grup Perkim Kalteng\nbacklog Kalteng masih tinggi\n\nbacklog "
            "maksudnya gimana ya?"
        ),
        "istilah.backlog",
    ),
    ("PKP itu singkatan apa? bukan pengusaha kena pajak kan 😅", "istilah.pkp"),
    ("bidang PKP tu kepanjangannya apa, fyi sy baru mutasi", "istilah.pkp"),
    ("kumuh itu definisinya apa sih? permukiman yg gimana", "istilah.kumuh"),
    ("lumuh tu artinya apa ya, pemukiman lumuh maksudnya", "istilah.kumuh"),
    ("DAK singkatan dari apa? dana alokasi ...", "istilah.dak"),
    ("Kindly assist, what is DAK? Is the same from the central government?", "istilah.dak"),
    ("rusun itu rumah susun kan? ya/tidak aja", "istilah.rusun"),
    ("kitong dengar pusat mau bangun rusun, rusun itu apa kah?", "istilah.rusun"),
]

ROUND59_INTENTS: list[tuple[str, str]] = [
    ("usulan kami yg kemarin udah sampe mana ya? spill dong statusnya", "status"),
    ("Beta pu usulan jaling Tamiang Layang sudah kah diverifikasi?", "status"),
    ("Kindly update me on the status of the proposals we submitted for Sukamara.", "status"),
    ("rakor taun ini kapan & dmn? biar bisa pesen tiket dr Puruk Cahu", "meeting"),
    ("abis libur natal ada rapat koordinasi lagi gak? jadwalnya kapan", "meeting"),
    ("When is the next Rakor and where is the place of it?", "meeting"),
    (
        ("batas akhir kirim usulan TA 2027 kapan? jelang akhir tahun anggaran takut telat"),
        "deadline",
    ),
    ("usulan masih bisa dikirim sampe tgl brp? singkat aja", "deadline"),
    ("Until when the deadline of the proposal submission?", "deadline"),
    ("met pagi min, salam dari Kasongan", "greeting"),
    ("makasih banyak ya, sangat membantu", "greeting"),
    ("bot ini bisa bantu apa aja?", "greeting"),
    ("gimana cara ngirim usulan lewat bot ini?", "how_to_submit"),
    ("nanya dong, mau input usulan kumuh di sini caranya gmn?", "how_to_submit"),
    ("Kindly assist, how do I submit our proposal through this bot?", "how_to_submit"),
    ("usulan sy USL-2026-0014 udh sampe mana ya? spill dong statusnya", "status"),
    (
        (
            "Diteruskan dari Kadis Perkim Gumas\ntolong cek usulan jaling kita "
            "kemarin\n\nusulan Gumas yg kami kirim posisinya skrg apa?"
        ),
        "status",
    ),
    (
        ("Kindly assist, I humbly request the status of the proposals we submitted from Seruyan."),
        "status",
    ),
    ("raklr tahun ini kapan dan di mana? biasanya jelang akhir tahun kan", "meeting"),
    ("btw rapat berikutnya jadwalnya kapan ya? biar sy ajukan SPPD", "meeting"),
    ("rakor nanti di mana tempatnya bah? jam berapa mulainya", "meeting"),
    ("usulan TA 2027 paling lambat kapan dikirim? gaskeun sebelum libur natal", "deadline"),
    ("batas akhir kirim usulam sampai tgl brp?", "deadline"),
    ("Until when the deadline for send usulan to province?", "deadline"),
    ("pagi pak, makasih banyak ya infonya 🙏", "greeting"),
    ("halo bot, kamu bisa bantu apa aja?", "greeting"),
    ("help", "greeting"),
    ("cara kirim usulan lewat bot ini gimana? step by step plis", "how_to_submit"),
    ("mau input usulan jaling Kumai via bot, mulainya dr mana?", "how_to_submit"),
    ("sa mau kirim usulan lewat sini, caranya macam mana?", "how_to_submit"),
]

ROUND59_AREAS: list[tuple[str, str]] = [
    ("kumuh di Kel. Mentawa Baru Hilir luasnya 9,8 ha, kewenangan siapa?", "kabkota"),
    ("luas kumuh 95.000 m² di Kel. Baamang Tengah itu urusan siapa?", "kabkota"),
    ("kumuh kurang dari 5 ha di Kel. Pulau Kupang masuk wewenang siapa ya?", "kabkota"),
    ("Slum with wide 7,71 ha in Langkai, the authority is of who?", "kabkota"),
    ("lokasi kumuh Pahandut Seberang pas 10 hektar, itu prov atau kab?", "provinsi"),
    ("delineasi kumuh Kel. Bereng 120.000 m2, masuk kewenangan mana?", "provinsi"),
    ("kumuh Kel. Selat Hulu 14,99 hektare, siapa yg berwenang? singkat aja", "provinsi"),
    (
        (
            "Kindly advise, a slum of 13.5 hectares in Buntok Kota falls under which level of "
            "government?"
        ),
        "provinsi",
    ),
    ("kawasan kumuh tepat 15 ha di Kuala Pembuang II, yg tangani siapa?", "pusat"),
    (
        (
            "di SK kumuh kami tercatat 150.000 meter persegi di Kel. Mendawai Pangkalan Bun, "
            "itu tanggung jawab siapa?"
        ),
        "pusat",
    ),
    ("kawasan kumuh lebih dari 20 ha di Kel. Menteng, siapa yg tanggung jawab?", "pusat"),
    (
        (
            "Beta pu lokasi kumuh di Kel. Melayu Muara Teweh luasnya 31,77 ha, itu siapa punya "
            "urusan toh?"
        ),
        "pusat",
    ),
    (
        ("kawasan lumuh di Kelurahan Baamang Tengah luasnya 9,8 ha, itu kewenamgan siapa?"),
        "kabkota",
    ),
    (
        (
            "Diteruskan dari grup Perkim Kalteng\nkumuh Selat Hilir pas 10 hektar\n\nini masuk "
            "provinsi atau kab ya?"
        ),
        "provinsi",
    ),
    (
        ("delineasi kumuh di SK_Kumuh_Kotim.pdf 125.000 m2, yg nanganin pemerintah mana?"),
        "provinsi",
    ),
    (("kumuh tepat 15 hektare di Pahandut Seberang, pusat/prov/kota? jawab singkat"), "pusat"),
    ("btw lokasi kumuh di Mentaya Seberang lebih dari 15 ha, siapa yg berwenang?", "pusat"),
    (("kawasan kumuh kurang dari 10 ha di Kuala Pembuang II, tanggung jawab siapa?"), "kabkota"),
    ("luas kumuhnya 149.900 m² (Kelurahan Ketapang), kewenangan siapa tuh?", "provinsi"),
    (
        ("beta pu lokasi kumuh di Kelurahan Panamas 98.000 meter persegi, itu urusan siapa kah?"),
        "kabkota",
    ),
    (
        (
            "waktu di Kalsel sy ga pernah pegang kumuh, skrg di Kotim ada kumuh 18 hektare di "
            "Pasir Putih, itu urusan siapa?"
        ),
        "pusat",
    ),
    (("kawasan kumuh Tanjung Pinang 300.000 m2 itu wewenang pusat, provinsu, atau kota?"), "pusat"),
    ("Slum area 4 hectare in Mendawai Seberang is authority of who?", "kabkota"),
    (
        (
            "Kindly assist, a slum area of 13 hectares in Panarung, the same falls under which "
            "level?"
        ),
        "provinsi",
    ),
]

ROUND59_OUT_OF_SCOPE: list[str] = [
    "harga semen per sak di Sampit skrg brp ya?",
    "besok di Kuala Kapuas hujan gak? mau ngecor jaling",
    "cara perpanjang SIM A di Palangka Raya gimana?",
    "gaji PPPK paruh waktu kapan cair bulan ini?",
    "berapa jumlah RTLH di Kabupaten Sukamara tahun 2025?",
    "pagu anggaran Disperkimtan prov TA 2027 brp M? spill dong",
    "suku bunga KPR FLPP bulan ini berapa persen?",
    "jumlah penduduk Kecamatan Jekan Raya brp jiwa?",
    "dana desa Desa Sabuai tahun ini dapet brp?",
    "cara daftar PTSL sertifikat tanah gratis di BPN gimana?",
    "ada nomor HP Pak Bupati Katingan gak?",
    "rekomendasi tempat makan enak di Pangkalan Bun dong buat tamu dinas",
    "Kindly assist, what is the current fuel price in Muara Teweh?",
    ("How much is the price of flight ticket Palangka Raya to Jakarta for the Christmas holiday?"),
    "What is the electricity tariff for household 900 VA this month?",
    "harga semen per sak di Sampit skrg brp ya?",
    "besok Palangka Raya hujan gak ya? mau survei lapangan",
    ("Diteruskan dari grup Perkim Kalteng\nTPP bulan ini kapan cair?\n\nada yg tau?"),
    "cara urus balik nama sertifikat tanah di BPN gimana?",
    "berapa kuota BSPS Kalteng tahun 2027?",
    "SIPD sy error terus pas login, solusinya gimana?",
    "biaya retribusi PBG rumah 2 lantai di Buntok berapa?",
    "jumlah penduduk Kabupaten Lamandau 2025 berapa jiwa?",
    "anak sy demam, izin gak masuk kantor hari ini ngajuinnya ke siapa ya?",
    "tolong buatin pantun buat acara pisah sambut kabid dong",
    "harga beton K-250 per m3 di Muara Teweh brp?",
    "jadwal pengumuman seleksi PPPK 2026 kapan?",
    ("Kindly assist, what is the interest rate for a subsidised KPR mortgage at the bank?"),
    "How much the ticket price of plane from Palangka Raya to Jakarta?",
    "pagu anggaran Disperkimtan Kalteng tahun 2027 totalnya berapa?",
]
