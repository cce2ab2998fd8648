"""Held-out question table, round 68 (written 2026-12-08 as round 39 of tuning began and measured
untouched on its start, 793241e; never tuned on).

Two writers who had not seen the knowledge base or any other question table each wrote half:
they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place
list). Nobody tuning the matcher reads this file: bench/qa_quality.py --final measures it.

Its styles were new to the bot when it was written, and nothing was built for them: Manado or
Ambon Malay (kita = saya, ngana, nyanda, beta, torang), Palembang words (nian, cak mano, dak),
spreadsheet rows or table cells pasted beside the question, meeting minutes (notulen) with
"Pertanyaan:" lines, legal-drafting phrasing (vide Pasal, mutatis mutandis, in casu), an
officer near retirement with a long backstory first, words run together or joined by
underscores; New Zealand English for the first half of the topic list and Ghanaian English for
the second.

Three of these overlap earlier rounds, which I saw only after the writers had begun: pasted
table rows (round 60), words run together (round 61) and New Zealand English (round 63).
"""

ROUND68_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Secara garis besar pembagian urusan perkim antara pusat, provinsi dan "
            "kab/kota itu gimana sih? Biar bisa saya jelaskan ke kadis baru."
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Kia ora, could you give me the big picture of who does what in housing"
            " and settlements, centre vs province vs district? Cheers"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Mohon penegasan, apakah urusan perumahan rakyat dan kawasan permukiman"
            " in casu termasuk urusan wajib pelayanan dasar vide Pasal 12 UU "
            "23/2014, ataukah urusan pilihan?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        "perumahan itu masuk urusanwajib atau urusan pilihan ya? ditanya Bappeda kami",
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Cak mano pembagian kewenangan kumuh tu, dak jelas nian aku. Yang "
            "provinsi tu mulai berapo hektar, sampe berapo?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Torang pe lokasi kumuh so lebe dari 15 hektar, berarti provinsi nyanda"
            " bisa pegang to? Itu pusat pe urusan?"
        ),
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    (
        (
            "Kumuh skala besar yang katanya ditangani pemerintah pusat itu, bunyi "
            "aturannya '15 ha atau lebih' sudah terkonfirmasi belum?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Kegiatan pencegahan kumuh, misal pendataan dan sosialisasi supaya "
            "tidak tumbuh kumuh baru, boleh diusulkan ke provinsi?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Who's responsible for stopping new slums popping up in the first "
            "place? Is prevention something the province funds, or is that on us at"
            " district level?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Di sub urusan perumahan, yang jadi tugas provinsi apa aja, yang kabupaten apa?",
        "kewenangan.perumahan",
    ),
    (
        (
            "NOTULEN RAPAT INTERNAL DINAS PERKIM KAB. BARITO SELATAN\nPertanyaan: "
            "pembagian kewenangan sub-urusan perumahan antara provinsi dan "
            "kabupaten seperti apa?\nTindak lanjut: ditanyakan ke bot Sinkron"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Penyediaan rumah untuk MBR itu kewenangan siapa? Kami sering dapat "
            "permintaan rumah murah dari warga."
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Building rusun and sorting out housing finance for low-income folks, I"
            " reckon that's a central government job, not the province's?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Rumah warga di Kapuas Hilir rusak berat kena banjir, status bencananya"
            " bencana kabupaten. Siapa yang wajib bangunkan rumahnya, provinsi atau"
            " kabupaten?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Kita mo tanya, kalo ada warga yang dipindahkan gara-gara program "
            "provinsi, sapa yang kase rumah for dorang?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Developer mau bangun perumahan di Sampit, izin pembangunan "
            "perumahannya diterbitkan kabupaten atau provinsi?"
        ),
        "kewenangan.izin",
    ),
    ("SKBG buat rusun itu siapa yang terbitkan ya", "kewenangan.izin"),
    (
        (
            "Sub urusan kawasan permukiman itu isinya apa saja per tingkat "
            "pemerintahan? Provinsi kebagian apa?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Berdasarkan ketentuan Lampiran huruf D UU 23/2014, mohon diuraikan "
            "pembagian sub-urusan kawasan permukiman, termasuk pihak yang "
            "menetapkan sistem kawasan permukiman nasional."
        ),
        "kewenangan.kawasan_permukiman",
    ),
    ("bedanya PSU permukiman sama PSU perumahan apa? yg mana punya provinsi", "kewenangan.psu"),
    (
        (
            "Jalan di dalam kompleks perumahan di Pangkalan Bun rusak, warga minta "
            "provinsi yang perbaiki. Itu masuk kewenangan provinsi nggak?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "PSU yang dibangun Disperkimtan provinsi itu bentuknya apa aja? Lampu "
            "jalan, taman, sumur bor bisa?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "No | Kegiatan | Lokasi | Ket\n3 | Drainase tepi jalan nasional | Kuala "
            "Pembuang I | ???\nYang baris 3 ini bisa dibangun provinsi sebagai PSU?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Konsultan perencana rumah minta sertifikasi dan registrasi, itu ke "
            "kabupaten atau provinsi? Mereka kategori kecil."
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Our local design consultants want to get registered as house and PSU "
            "planners. Which level of government certifies them, does it depend on "
            "their size?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "SPM bidang perumahan rakyat itu jenis layanannya apa saja untuk "
            "provinsi dan kabupaten, targetnya berapa persen?"
        ),
        "kewenangan.spm",
    ),
    ("spm_perumahan_provinsi itu isinya apa & dasar hukumnya apa ya? PP 2/2018?", "kewenangan.spm"),
    (
        (
            "Luas kumuh yang dipakai untuk menentukan kewenangan itu luas desa "
            "seluruhnya atau luas lokasi yang ada di SK kumuh?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Saya sudah 31 tahun di PU lalu Perkim Kotim, Maret nanti pensiun. Dulu"
            " SK kumuh kami hitungannya skala lingkungan, sekarang skala kawasan, "
            "angkanya beda jauh. Sebenarnya luas yang dihitung provinsi itu luas "
            "kelurahan atau luas lokasi yang tertera di SK?"
        ),
        "kumuh.luas_delineasi",
    ),
    ("Siapa yang berwenang menetapkan lokasi kumuh? Gubernur atau bupati?", "kumuh.penetapan"),
    (
        (
            "Penetapan lokasi kumuh itu wajib ditinjau ulang tiap berapa tahun, dan"
            " harus dilengkapi peta sebaran?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "Kriteria kumuh itu dinilai dari aspek apa aja? Saya ingat ada air "
            "minum, drainase, sampah... lainnya apa?"
        ),
        "kumuh.aspek",
    ),
    ("Ado berapo aspek kriteria kumuh tu? Aku dak inget galo.", "kumuh.aspek"),
    ("Skor berapa lokasi baru dianggap kumuh berat? Nilai maksimalnya berapa?", "kumuh.penilaian"),
    (
        (
            "Lokasi\tNilai\tTingkat\nKel. Baamang Hulu\t63\t?\nNilai 63 itu sudah masuk "
            "kumuh berat kah?"
        ),
        "kumuh.penilaian",
    ),
    (
        ("Rentang skor kumuh sedang dan kumuh ringan berapa? Yang berat sudah tahu 60-80."),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        ("Lokasi | Skor\nLangkai | 41\nPanarung | 22\nMasing2 masuk kumuh sedang atau ringan?"),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        ("Beda pemugaran, peremajaan sama pemukiman kembali itu apa? Kapan dipakai yang mana?"),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Our riverside slum sits on land that isn't legal to build on. Which "
            "way of handling it applies, fixing it up in place or moving people "
            "out?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        ("How many slum sites has Central Kalimantan got all up, and how many hectares is that?"),
        "kumuh.kalteng",
    ),
    (
        (
            "Ngana tau, di Kalteng ini ada brapa lokasi kumuh samua? Kabupaten mana"
            " yang paling banyak?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "Waktu bikin usulan, apa aja yang harus diisi dan kenapa itu ditanya? "
            "Biar kami siapkan datanya dulu."
        ),
        "usulan.isi",
    ),
    (
        (
            "Before I start on a proposal, what info does the form actually ask "
            "for, and why does the province need all of it?"
        ),
        "usulan.isi",
    ),
    ("Jenis usulan apa aja yang bisa diajukan ke provinsi lewat sini?", "usulan.jenis"),
    (
        (
            "bolehgak usulan selain kumuh dan psu, misal rumah korban bencana atau "
            "rtlh? jenisnyaapa aja"
        ),
        "usulan.jenis",
    ),
    (
        ("Data lokasi yang diminta di usulan itu apa saja? Titik GPS wajib atau boleh kosong?"),
        "usulan.lokasi",
    ),
    (
        (
            "Namo lokasi di usulan tu harus samo cak di SK kumuh dak? Terus "
            "kecamatan samo desa dipilih dari mano?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Jumlah KK dan jiwa penerima manfaat, biaya, sama sumber dana itu diisi"
            " gimana di usulan? Boleh gabungan APBD kab dan provinsi?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "KK\tJiwa\tBiaya\tSumber dana\n120\t450\tRp 1,5 M\t?\nKolom sumber dana itu "
            "pilihannya apa aja?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Notulen persiapan usulan tahun depan - Dinas Perkim Kab. Gunung Mas\n"
            "Pertanyaan: dokumen readiness criteria apa saja yang diminta provinsi "
            "untuk usulan PSU?\nTindak lanjut: Kabid mengumpulkan dokumen"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Tanah lokasi PSU punya desa tapi belum bersertifikat, masih bisa "
            "diusulkan? Status lahannya harus gimana?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Does the land have to be sorted, titled, fitting the spatial plan and "
            "no dispute, before the province will look at our proposal, or can we "
            "fix that up later?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Usulan kumuh wajib lampirkan SK kumuh? SK kami terbit tahun 2020, "
            "masih dianggap berlaku atau sudah kedaluwarsa?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Torang pe lokasi nyanda ada di SK kumuh, mar torang mo usul kumuh ke "
            "provinsi. Bisa kah?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Foto kondisi sekarang wajib dilampirkan? DED dan RAB dikirim dalam "
            "bentuk apa, PDF bisa?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Saya ini angkatan lama, tahun depan sudah purna tugas. Dulu jaman kami"
            " usul ke provinsi cukup proposal sama foto, tidak pakai DED segala. "
            "Sekarang apa betul DED, RAB, RKS dan site plan harus dilampirkan juga?"
        ),
        ("usulan.dokumen_teknis", "usulan.kesiapan"),
    ),
    (
        (
            "Surat pernyataan kesediaan menerima hibah dan melakukan O&P itu "
            "ditandatangani siapa dan wajib kah?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Mohon penjelasan apakah surat pernyataan kesanggupan operasi dan "
            "pemeliharaan merupakan syarat usulan, dan mutatis mutandis berlaku "
            "pula bagi usulan PSU di atas aset kabupaten?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Syarat usulan RTLH ke provinsi apa saja? Warga mau bangun rumah baru "
            "di tanah kosong bisa?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Rumah warga kami dak layak huni, tanahnyo cuma SKT. Galak dak provinsi"
            " bantu? Cak mano syaratnyo?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Warga RT 05 di Kelurahan Menteng mau minta jalan lingkungan langsung "
            "ke provinsi, bisa? Apa syaratnya?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "A bunch of residents in Tamiang Layang want to ask the province "
            "directly for drainage in their street. What do they need to do for it "
            "to count?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Jalan lingkungan yang dibangun provinsi di tanah kabupaten nanti jadi "
            "aset siapa? Siapa yang pelihara?"
        ),
        "hibah.aset",
    ),
    ("BAST_hibah jaling dari provinsi itu yang tanda tangan siapa? bupati langsung?", "hibah.aset"),
    (
        (
            "Kalau usulan kami ternyata bukan kewenangan provinsi, dananya bisa "
            "dicari dari mana lagi?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Beta pe usulan kumuh cuma 6 hektar, jadi bukan provinsi pe urusan. "
            "Abis itu torang cari dana dari mana?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Alur usulan tiap tahun itu gimana? Dari kabupaten menyiapkan sampai "
            "masuk anggaran provinsi?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "How does the yearly round work? If we send something in now, which "
            "budget year is it for?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Usulan kami nanti diperiksa apa saja oleh provinsi? Administrasi, "
            "teknis, atau kewenangan juga?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Notulen Rapat Bidang Perkim Kab. Katingan\nPertanyaan: bagaimana "
            "provinsi memeriksa usulan kab/kota, apakah dicek lokasi dan lahannya?\n"
            "Tindak lanjut: Sekretaris konfirmasi via bot"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Rakor bidang kawasan permukiman itu acara apa sih, siapa pesertanya, "
            "dan apa yang dibahas di situ?"
        ),
        "siklus.rakor",
    ),
    (
        "Rakor kawasan permukiman tu penting nian dak? Apo gunonyo untuk usulan kito?",
        "siklus.rakor",
    ),
    (
        ("Setelah usulan lolos Rakor, lanjutnya ke mana? Kapan masuk RKPD dan APBD provinsi?"),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Once the Rakor's done, how does a proposal end up in the provincial "
            "budget, through Musrenbang, RKPD, then APBD?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Kabupaten kami belum punya Pokja PKP. Itu perlu dibentuk? Dasar "
            "hukumnya apa dan tugasnya ngapain?"
        ),
        "koordinasi.pokja_pkp",
    ),
    ("peran pokjaPKP dalam pembangunan perkim di daerah itu apa ya", "koordinasi.pokja_pkp"),
    (
        "Alamat kantor Disperkimtan provinsi di mana? Mau antar berkas langsung.",
        "disperkimtan.kontak",
    ),
    (
        ("Kita mo pigi ka kantor Disperkimtan di Palangka Raya, dia pe alamat di jalan apa?"),
        "disperkimtan.kontak",
    ),
    ("Daftar perintah garis miring (/...) di bot Sinkron ini apa saja?", "bot.cara_pakai"),
    ("Jam yang muncul di bot ini pakai WIB atau WITA? Kami kadang bingung.", "bot.cara_pakai"),
    (
        (
            "Pas isi /usul, foto wajib dilampirkan? Maksimal berapa foto dan berkas"
            " PDF yang bisa dikirim?"
        ),
        "bot.usul",
    ),
    (
        (
            "I've typed /usul. Do I answer the questions one by one, and do I get a"
            " tracking code at the end?"
        ),
        "bot.usul",
    ),
    ("Status 'perlu perbaikan' itu artinya apa? Kami harus ngapain?", "bot.status"),
    (
        (
            "Kode | Judul | Status\nUSL-2026-0014 | Drainase Jekan Raya | verifikasi"
            "\nUSL-2026-0015 | Jaling Sabaru | dibahas_rakor\nArti status di kolom "
            "terakhir itu apa?"
        ),
        "bot.status",
    ),
    (
        (
            "Usulan kami ditolak dengan alasan bukan kewenangan provinsi. Terus "
            "langkah selanjutnya apa? Bisa diajukan ulang?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "One of ours came back as 'dialihkan'. What does redirected actually "
            "mean for us and what should we do next?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Sudah seminggu usulan kami masih 'diajukan'. Ada standar berapa hari "
            "provinsi harus memverifikasi?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Bahwa dalam rangka kepastian pelayanan, mohon dijelaskan standar waktu"
            " tindak lanjut atas usulan yang masuk, apakah mengacu pada tolok ukur "
            "LAPOR!?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Saya dapat undangan rapat dari bot tapi hari itu ada dinas luar. Bisa "
            "diwakilkan ke staf? Gimana konfirmasinya?"
        ),
        "bot.rapat",
    ),
    ("pengingat rapat dari bot dikirim kapan aja? H-7, H-1?", "bot.rapat"),
    ("Perkim itu singkatan dari apa?", "istilah.perkim"),
    ("Sorry, new here. What does 'Perkim' stand for?", "istilah.perkim"),
    ("Disperkimtan kepanjangannya apa? Yang 'tan' di belakang itu apa?", "istilah.disperkimtan"),
    ("Disperkimtan tu apa pe arti? Kita baru masuk kantor.", "istilah.disperkimtan"),
    ("PSU itu singkatan apa ya?", "istilah.psu"),
    ("PSUitu_apa sih artinya", "istilah.psu"),
    ("jaling itu apa ya? di RAB ada tulisan jaling 300 m", "istilah.jaling"),
    ("What's 'jaling' mean? Seen it heaps in the provincial reports.", "istilah.jaling"),
    ("Drainase lingkungan itu maksudnya apa?", "istilah.drainase"),
    ("Drainase tu apo artinyo? Samo dak dengan got?", "istilah.drainase"),
    ("KR di tabel kumuh itu artinya apa?", "istilah.kr"),
    ("Lokasi\tTingkat\nSelat Hulu\tKR\nKR di kolom tingkat itu singkatan apa?", "istilah.kr"),
    ("Kode KS di data kekumuhan maksudnya apa?", "istilah.ks"),
    ("In the slum data there's a column with 'KS' in it. What does KS stand for?", "istilah.ks"),
    ("KB dalam data kumuh itu apa? bukan keluarga berencana kan?", "istilah.kb"),
    ("Ngana, KB di tabel kumuh itu apa artinya?", "istilah.kb"),
    ("SK kumuh itu apa sebenarnya?", "istilah.skkumuh"),
    ("What exactly is an 'SK kumuh'? Some kind of document?", "istilah.skkumuh"),
    ("Delineasi itu artinya apa?", "istilah.delineasi"),
    ("arti_delineasi_kawasan_kumuh apa", "istilah.delineasi"),
    ("RTLH kepanjangannya apa?", "istilah.rtlh"),
    ("RTLH tu apo? Dak ngerti aku singkatan itu.", "istilah.rtlh"),
    ("RLH itu singkatan dari apa?", "istilah.rlh"),
    ("What's RLH short for?", "istilah.rlh"),
    ("Bedah rumah itu maksudnya apa?", "istilah.bedahrumah"),
    ("Bedah rumah itu apa maksud? Rumah dibongkar samua kah?", "istilah.bedahrumah"),
    ("BSPS itu singkatan apa?", "istilah.bsps"),
    ("apaitu BSPS? bantuanstimulan apa gitu", "istilah.bsps"),
    ("MBR artinya apa?", "istilah.mbr"),
    ("Quick one, MBR, what does that mean?", "istilah.mbr"),
    ("Rusunawa itu kepanjangannya apa?", "istilah.rusunawa"),
    ("Rusunawa tu apo artinyo?", "istilah.rusunawa"),
    ("Rusus itu apa ya?", "istilah.rusus"),
    (
        (
            "Mohon penjelasan pengertian istilah 'rusus' sebagaimana dimaksud dalam"
            " dokumen perencanaan."
        ),
        "istilah.rusus",
    ),
    ("huntara itu apa ya?", "istilah.huntara"),
    (
        (
            "Kita mo tanya, huntara itu apa dang? torang di Pulang Pisau dengar "
            "istilah itu waktu banjir kemarin"
        ),
        "istilah.huntara",
    ),
    (
        ("Please what is the meaning of huntap? I saw it in a letter from the Kapuas office."),
        "istilah.huntap",
    ),
    ("huntap kepanjangannya apa", "istilah.huntap"),
    ("desa\tKK\tjiwa\nTumbang Talaken\t85\t310\nyang kolom KK itu singkatan apa ya", "istilah.kk"),
    ("KK tu apo nian artinyo? kepala keluarga apo kartu keluarga?", "istilah.kk"),
    ("di isian ada kata 'jiwa', maksudnya jiwa itu apa sih", "istilah.jiwa"),
    ("They ask for 'jiwa' in the form. What does that word mean please?", "istilah.jiwa"),
    ("ha itu satuan apa? singkatan dari apa", "istilah.ha"),
    ("Ngana, ha itu apa e? so dua kali kita baca mar nyanda mangarti", "istilah.ha"),
    ("DED kepanjangannya apa", "istilah.ded"),
    (
        (
            "Pak, saya tinggal 8 bulan lagi pensiun. Dulu di PU Barsel ngurus "
            "jembatan, sekarang dipindah ke Perkim Buntok. Anak-anak muda di kantor"
            " sering sebut DED. Itu sebenarnya apa ya?"
        ),
        "istilah.ded",
    ),
    ("RAB tu apo singkatannyo? aku dak galak salah tulis", "istilah.rab"),
    ("Chale, what does RAB stand for? The engineer keeps mentioning it paa.", "istilah.rab"),
    ("RKS itu dokumen apa maksudnya", "istilah.rks"),
    (
        (
            "NOTULEN RAPAT INTERNAL DISPERKIM KATINGAN\nPertanyaan: RKS itu "
            "singkatan dari apa?\nTindak lanjut: ditanyakan ke bot"
        ),
        "istilah.rks",
    ),
    ("KAK itu apa? sama dengan TOR kah", "istilah.kak"),
    ("KAK_itu_apa_ya_pak", "istilah.kak"),
    ("site plan itu artinya apa", "istilah.siteplan"),
    ("Please I want to find out the meaning of 'site plan'.", "istilah.siteplan"),
    ("RC itu maksudnya apa ya? kata orang balai harus lengkapi RC", "istilah.rc"),
    ("Beta dengar dong bilang RC, itu apa e?", "istilah.rc"),
    ("BAST kepanjangannya apa ya", "istilah.bast"),
    (
        (
            "Berdasarkan ketentuan yang berlaku, mohon dijelaskan definisi 'BAST' "
            "sebagaimana dipakai dalam korespondensi Dinas."
        ),
        "istilah.bast",
    ),
    ("hibah itu artinya apa sih", "istilah.hibah"),
    (
        (
            "Please, what at all is 'hibah'? My director says we will receive hibah"
            " and I don't want to ask him."
        ),
        "istilah.hibah",
    ),
    ("BMD singkatan apa", "istilah.bmd"),
    ("cak mano artinyo BMD tu? kami dak tau nian", "istilah.bmd"),
    ("BMN itu barang milik apa?", "istilah.bmn"),
    ("What is BMN, please? Is it some kind of property?", "istilah.bmn"),
    ("O&P itu apa ya", "istilah.op"),
    ("Ngana, O&P itu apa? kita nyanda tau itu singkatan apa", "istilah.op"),
    ("SPM kepanjangannya apa", "istilah.spm"),
    (
        (
            "Notulen koordinasi Bidang Perkim Gumas\nPertanyaan: SPM itu singkatan "
            "dari apa?\nTindak lanjut: konfirmasi ke provinsi"
        ),
        "istilah.spm",
    ),
    ("Pokja PKP itu kepanjangannya apa?", "istilah.pokjapkp"),
    (
        "Ei, they have put my name in the Pokja PKP. What does Pokja PKP mean please?",
        "istilah.pokjapkp",
    ),
    ("Pokja PPAS itu singkatan apa", "istilah.pokjappas"),
    ("PPAS di Pokja PPAS tu apo artinyo? Sekda kami ketuanyo", "istilah.pokjappas"),
    ("AMPL di Pokja AMPL itu singkatan apa", "istilah.pokjaampl"),
    ("pokjaAMPLituapaya", "istilah.pokjaampl"),
    ("RP3KP itu apa ya pak", "istilah.rp3kp"),
    (
        (
            "Mohon penjelasan atas terminologi RP3KP in casu yang tercantum dalam "
            "surat Saudara, quod non kami keliru membacanya."
        ),
        "istilah.rp3kp",
    ),
    ("RP2KPKP kepanjangannya apa, panjang bener singkatannya", "istilah.rp2kpkp"),
    ("Please RP2KPKP, what does it stand for?", "istilah.rp2kpkp"),
    ("KOTAKU itu program apa", "istilah.kotaku"),
    (
        (
            "Dulu tahun 2017an saya ikut sosialisasi KOTAKU di Kuala Kapuas. "
            "Sekarang sudah mau pensiun, ingatan juga sudah lemah. KOTAKU itu "
            "singkatan dari apa sebenarnya?"
        ),
        "istilah.kotaku",
    ),
    ("PPKT di DAK Tematik PPKT itu apa", "istilah.daktematikppkt"),
    ("Torang dapa info soal DAK Tematik PPKT, itu apa kong?", "istilah.daktematikppkt"),
    ("APBN singkatan dari apa", "istilah.apbn"),
    ("Kindly explain what APBN means.", "istilah.apbn"),
    ("APBD kepanjangannya", "istilah.apbd"),
    ("APBD tu anggaran apo nian?", "istilah.apbd"),
    ("APBDes itu anggaran apa ya", "istilah.apbdes"),
    (
        ("Sumber dana | Nilai\nAPBDes | 150 jt\nAPBDes di kolom sumber dana ini maksudnya apa?"),
        "istilah.apbdes",
    ),
    ("Bankeu itu apa", "istilah.bankeu"),
    ("Please what is Bankeu? Is it a bank?", "istilah.bankeu"),
    ("pokir itu apa ya? katanya dari DPRD", "istilah.pokir"),
    ("Pokir itu apa dang? anggota dewan so bilang mo kase masuk pokir", "istilah.pokir"),
    ("musrenbang singkatan dari apa", "istilah.musrenbang"),
    (
        (
            "Saya sudah 31 tahun jadi PNS di Murung Raya, ikut musrenbang dari desa"
            " sampai provinsi, tapi baru sadar tidak tahu kepanjangan Musrenbang. "
            "Tolong dijelaskan ya."
        ),
        "istilah.musrenbang",
    ),
    ("RKPD itu apa", "istilah.rkpd"),
    ("RKPDitusingkatandariapa", "istilah.rkpd"),
    ("Renja itu maksudnya apa", "istilah.renja"),
    ("What does Renja mean, my brother?", "istilah.renja"),
    ("Renstra itu dokumen apa", "istilah.renstra"),
    ("Renstra tu apo? rencana apo nian?", "istilah.renstra"),
    ("RPJMD kepanjangannya apa ya", "istilah.rpjmd"),
    (
        (
            "Mohon penjelasan mengenai pengertian RPJMD sebagaimana dirujuk dalam "
            "konsiderans rancangan keputusan kami, vide bagian Menimbang."
        ),
        "istilah.rpjmd",
    ),
    ("KUA-PPAS itu apa", "istilah.kuappas"),
    (
        (
            "Notulen rapat TAPD Sukamara\nPertanyaan: KUA-PPAS itu kepanjangannya "
            "apa?\nTindak lanjut: dijelaskan ke peserta baru"
        ),
        "istilah.kuappas",
    ),
    ("RKA itu apa ya", "istilah.rka"),
    ("Please, what is the meaning of RKA?", "istilah.rka"),
    ("DPA singkatan apa", "istilah.dpa"),
    ("DPA itu apa dang? kita baru di bagian program", "istilah.dpa"),
    ("SIPD itu sistem apa", "istilah.sipd"),
    ("arti_SIPD_apa", "istilah.sipd"),
    ("Bapperida itu apa? dulu namanya Bappeda kan", "istilah.bapperida"),
    ("Please what is Bapperida?", "istilah.bapperida"),
    ("OPD itu singkatan dari apa", "istilah.opd"),
    ("Kolom\tIsi\nOPD pengusul\tDinas Perkim Seruyan\nOPD ini maksudnya apa ya?", "istilah.opd"),
    ("SKPD itu apa", "istilah.skpd"),
    ("SKPD tu singkatan apo? wong kantor galak nian nyebut itu", "istilah.skpd"),
    ("SPAM itu singkatan apa (bukan spam email ya)", "istilah.spam"),
    ("What does SPAM mean in the water sector? Not email spam o.", "istilah.spam"),
    ("SPALD itu apa", "istilah.spald"),
    ("No | Komponen | Volume\n1 | SPALD | 1 paket\nSPALD itu kepanjangannya apa?", "istilah.spald"),
    ("IPAL kepanjangannya", "istilah.ipal"),
    ("IPAL itu apa e? beta seng tau", "istilah.ipal"),
    ("TPS3R itu apa", "istilah.tps3r"),
    ("tps3r_itu_apa_artinya", "istilah.tps3r"),
    ("MCK singkatan dari apa", "istilah.mck"),
    ("Please what is MCK? I hear it everywhere in the villages.", "istilah.mck"),
    ("RTRW itu apa ya, bukan RT RW kan", "istilah.rtrw"),
    (
        (
            "Berdasarkan ketentuan tata ruang, mohon dijelaskan apa yang dimaksud "
            "dengan RTRW, mutatis mutandis untuk penulisan dalam telaahan hukum "
            "kami."
        ),
        "istilah.rtrw",
    ),
    ("RDTR itu apa", "istilah.rdtr"),
    ("RDTR tu singkatan apo? maksudnyo apo nian?", "istilah.rdtr"),
    ("PBG itu apa? pengganti IMB?", "istilah.pbg"),
    (
        (
            "Selamat siang. Saya PNS Barito Utara yang Maret depan sudah purna "
            "tugas. Zaman saya dulu semua orang urus IMB, sekarang katanya PBG. PBG"
            " itu kepanjangannya apa ya?"
        ),
        "istilah.pbg",
    ),
    ("SLF kepanjangannya apa", "istilah.slf"),
    ("What does SLF stand for, please?", "istilah.slf"),
    ("SKBG itu singkatan apa", "istilah.skbg"),
    (
        (
            "Notulen rapat teknis Perkim Lamandau\nPertanyaan: SKBG itu apa artinya?"
            "\nTindak lanjut: -"
        ),
        "istilah.skbg",
    ),
    ("SKT itu surat apa", "istilah.skt"),
    ("Ngana tau SKT itu apa? warga di Tewah cuma pegang SKT", "istilah.skt"),
    ("istilah clean and clear itu maksudnya apa", "istilah.cleanandclear"),
    (
        "Please, when they say land is 'clean and clear', what does it mean?",
        "istilah.cleanandclear",
    ),
    ("CSR itu apa", "istilah.csr"),
    ("CSR tu singkatan apo?", "istilah.csr"),
    ("Rakor itu singkatan apa", "istilah.rakor"),
    ("rakor_itu_kepanjangannya_apa", "istilah.rakor"),
    ("LAPOR! itu apa", "istilah.lapor"),
    ("Please what is this LAPOR! thing?", "istilah.lapor"),
    ("WIB singkatan dari apa", "istilah.wib"),
    ("WIB itu waktu apa? kita dari Manado biasa pake WITA", "istilah.wib"),
    ("backlog perumahan itu maksudnya apa", "istilah.backlog"),
    (
        "Herh, the housing 'backlog' they keep talking about, what is the meaning?",
        "istilah.backlog",
    ),
    ("PKP itu singkatan apa", "istilah.pkp"),
    ("Bidang\tKeterangan\nPKP\t?\ntolong isi, PKP itu kepanjangannya apa", "istilah.pkp"),
    ("kumuh itu artinya apa, definisinya", "istilah.kumuh"),
    (
        (
            "Mohon penjelasan pengertian 'permukiman kumuh' berdasarkan ketentuan "
            "peraturan perundang-undangan yang berlaku."
        ),
        "istilah.kumuh",
    ),
    ("DAK singkatan dari apa", "istilah.dak"),
    ("DAK tu dana apo? aku dak paham nian", "istilah.dak"),
    ("rusun itu apa", "istilah.rusun"),
    ("What is a rusun please?", "istilah.rusun"),
]

ROUND68_INTENTS: list[tuple[str, str]] = [
    ("usulan kami yang dikirim bulan lalu sekarang posisinya di mana ya?", "status"),
    ("Kita pe usulan jaling di Sabaru so sampe di mana? So diperiksa ka balum?", "status"),
    ("Kia ora, can you tell me where our district's proposals are at?", "status"),
    ("Rakor berikutnya kapan ya, di mana tempatnya?", "meeting"),
    (
        (
            "Notulen staf meeting Dinas Perkim Kab. Seruyan\nPertanyaan: rapat "
            "koordinasi dengan provinsi berikutnya tanggal berapa dan di mana?\n"
            "Tindak lanjut: cek di bot"
        ),
        "meeting",
    ),
    ("Rapat koordinasi samo provinsi tu kapan lagi? Di mano?", "meeting"),
    (
        ("Batas akhir pengiriman usulan untuk tahun anggaran depan sampai tanggal berapa?"),
        "deadline",
    ),
    ("deadlineusulan kapan ya? masih bisa kirim minggu depan?", "deadline"),
    (
        ("What's the cut-off for getting proposals in this round? Don't want to miss it, eh."),
        "deadline",
    ),
    ("Selamat pagi, min", "greeting"),
    ("makasih banyak ya, sangat membantu", "greeting"),
    ("Halo bot, ngana bisa bantu kita apa saja?", "greeting"),
    ("Gimana caranya ngajukan usulan lewat bot ini?", "how_to_submit"),
    (
        (
            "Saya ini sudah mau pensiun, tidak terlalu paham HP, anak buah saya "
            "cuti semua. Bagaimana caranya saya kirim usulan lewat bot ini, langkah"
            " pertamanya apa?"
        ),
        "how_to_submit",
    ),
    ("How do I lodge a proposal through this bot?", "how_to_submit"),
    ("usulan kami USL-2026-0007 sudah sampai mana ya", "status"),
    ("Torang pe usulan dari Barito Timur so sampe mana? belum ada kabar", "status"),
    (("Please how far with our proposals? We submitted three from Sukamara last month."), "status"),
    ("Rakor tahun ini kapan dan di mana pak?", "meeting"),
    ("kapan rapat koordinasi berikutnyo? aku galak siap-siap berangkat dari Buntok", "meeting"),
    (
        ("Tindak lanjut: konfirmasi jadwal rapat koordinasi berikutnya.\nKapan dan di mana ya?"),
        "meeting",
    ),
    ("batas akhir kirim usulan sampai tgl berapa", "deadline"),
    ("Until when can we submit proposals for next year's budget?", "deadline"),
    ("deadline_usulan_kapan", "deadline"),
    ("Selamat pagi pak", "greeting"),
    ("makasih banyak ya infonya", "greeting"),
    ("Halo, ngana bisa bantu apa saja?", "greeting"),
    ("gmn cara kirim usulan lewat bot ini", "how_to_submit"),
    ("Please how do I send a proposal through this bot?", "how_to_submit"),
    (
        (
            "Saya sudah tua, tahun depan pensiun, kurang paham HP. Bagaimana "
            "langkahnya memasukkan usulan lewat bot ini?"
        ),
        "how_to_submit",
    ),
]

ROUND68_AREAS: list[tuple[str, str]] = [
    (
        (
            "Mohon penegasan berdasarkan ketentuan Lampiran D UU 23/2014: kawasan "
            "kumuh di Kelurahan Pahandut dengan luas delineasi 12,5 ha, quod non di"
            " bawah 10 ha, menjadi kewenangan tingkat mana?"
        ),
        "provinsi",
    ),
    (
        ("lokasi kumuh Murung Keramat kurang dari 10 ha, tepatnya 8 hektar, ditangani siapa"),
        "kabkota",
    ),
    ("Kumuh Baamang Hulu pas 10 ha. Masuk provinsi atau masih kabupaten?", "provinsi"),
    (
        (
            "Lokasi kumuh di Kel. Mentawa Baru Hilir luasnya tepat 15 hektare "
            "menurut SK. Provinsi masih bisa tangani?"
        ),
        "pusat",
    ),
    ("Luas delineasi kumuh Selat Hulu 132,25 ha, itu wewenang siapa?", "pusat"),
    ("Kawasan kumuh di Kelurahan Kalampangan 95.000 m2, kewenangan kab atau prov?", "kabkota"),
    ("kumuh Tanjung Pinang 120.000 m² ditangani tingkat mana", "provinsi"),
    (
        (
            "Slum pocket in Kumai Hulu, 11 hectares all up. Who looks after that, "
            "province or district?"
        ),
        "provinsi",
    ),
    (
        (
            "Quick q: a kawasan kumuh of 20 hectares in Puruk Cahu, is that above "
            "the province's pay grade?"
        ),
        "pusat",
    ),
    ("Torang pe lokasi kumuh di Buntok Kota cuma 9,9 ha, sapa pe kewenangan?", "kabkota"),
    (
        (
            "Lokasi\tLuas (meter persegi)\tKewenangan\nKel. Panarung\t150.000\t?\nKolom "
            "kewenangan untuk kumuh ini diisi apa?"
        ),
        "pusat",
    ),
    (
        (
            "Kumuh di Kelurahan Raja luasnyo 14,99 ha, masih provinsi dak? Atau "
            "sudah sampai batas 15 ha?"
        ),
        "provinsi",
    ),
    ("kawasan kumuh 8 ha di Baamang Hulu itu kewenangan siapa", "kabkota"),
    (
        (
            "Lokasi kumuh di Kelurahan Mentawa Baru Hilir luasnya 12,5 hektar, yg "
            "nangani pemkab atau provinsi?"
        ),
        "provinsi",
    ),
    ("kumuh pas 10 ha di Pahandut Seberang masuk kewenangan siapa", "provinsi"),
    ("Kalau luas delineasi kumuh di Selat Hulu tepat 15 hektare, kewenangan siapa?", "pusat"),
    ("kumuh 14,99 ha di Kelurahan Panarung Palangka Raya ditangani siapa?", "provinsi"),
    ("kawasan kumuh 95.000 m2 di Kuala Jelai, itu urusan siapa ya", "kabkota"),
    ("Kawasan kumuh 120.000 m² di Kelurahan Mambulau, Kapuas, kewenangan siapa?", "provinsi"),
    (
        (
            "kawasan kumuh Ketapang di Sampit luasnya 150.000 meter persegi, siapa "
            "yang berwenang menangani?"
        ),
        "pusat",
    ),
    (
        (
            "Please a slum area of 20 hectares at Madurejo, Pangkalan Bun. Which "
            "level of government handles it?"
        ),
        "pusat",
    ),
    (
        ("The slum at Kasongan Baru is 9 hectares. Is it for the province or the district?"),
        "kabkota",
    ),
    ("kawasan kumuh di Tumbang Rungan luasnyo 9,8 hektar, sapo yang ngurus?", "kabkota"),
    (
        (
            "Lokasi | Luas kumuh\nMuara Laung I | 16 ha\nyang berwenang menangani "
            "kawasan kumuh ini siapa?"
        ),
        "pusat",
    ),
]

ROUND68_OUT_OF_SCOPE: list[str] = [
    "Harga semen per sak di Sampit sekarang berapa?",
    "Besok di Palangka Raya hujan nggak?",
    "Tunjangan kinerja ASN pemprov bulan ini kapan cair?",
    "Berapa tarif sewa unit rusunawa di Palangka Raya per bulan?",
    "Urus sertifikat tanah pribadi di BPN berapa lama dan biayanya berapa?",
    "Harga rumah subsidi tipe 36 di Kasongan sekarang berapa?",
    "Is the power out in Muara Teweh today? Heaps of us can't charge our phones.",
    "Jadwal pendaftaran CPNS 2027 kapan dibuka?",
    "Ngana tau harga tiket pesawat Palangka Raya ke Jakarta minggu depan?",
    ("Bantuan sembako dari Dinsos untuk korban banjir di Pulang Pisau kapan dibagikan?"),
    (
        "Saya sudah 32 tahun mengabdi, Maret nanti pensiun. Berkas pensiun saya"
        " ke BKD sudah lengkap tapi SK pensiunnya belum keluar. Kira-kira kapan"
        " keluar dan harus tanya ke siapa?"
    ),
    "What's the daily allowance rate for officers travelling to Jakarta for work?",
    "Warga minta info pupuk subsidi untuk petani sawit, itu ke dinas mana?",
    "Berapo harga kayu ulin sekubik di Kuala Kapuas kini?",
    "Does the council collect rubbish on public holidays in Pangkalan Bun?",
    "harga semen per sak di Sampit sekarang berapa?",
    "Kapan TPP bulan ini cair?",
    "cuaca besok di Kuala Kurun hujan kah?",
    "Please how much is the rent for a rusunawa room in Palangka Raya per month?",
    "Besaran retribusi PBG untuk rumah tinggal di Kotim berapa?",
    "Cara ngurus balik nama sertifikat tanah di BPN Kapuas gimana?",
    "bunga KPR subsidi di BTN sekarang berapa persen",
    "jadwal speedboat dari Kuala Kapuas ke Palangka Raya jam berapa",
    "Kita pe gaji PPPK kapan naik?",
    "tarif hotel SPPD golongan III di Palangka Raya berapa",
    "Info lowongan CPNS Kementerian PKP tahun depan ada?",
    "Chale, which hospital in Muara Teweh accepts BPJS for children?",
    "harga kayu ulin sekubik di Buntok berapo?",
    "Tolong buatkan surat izin cuti tahunan untuk saya",
    "Please, how do I renew my driving licence (SIM) in Kuala Pembuang?",
]
