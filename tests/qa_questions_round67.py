"""Held-out question table, round 67 (written 2026-12-07 during round 38 of tuning and measured
only at its end; never tuned on).

Two writers who had not seen the knowledge base or any other question table each wrote half:
they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place
list). Nobody tuning the matcher reads this file: bench/qa_quality.py --final measures it.

Its styles were new to the bot when it was written, and nothing was built for them: voice
typing with punctuation spoken as words, fat-finger typos on neighbouring keys, text pasted
from a PDF or a regulation (broken hyphenation, page headers, article numbers), Chinese-
Indonesian chat, testing or doubting the bot, young interns' slang, dates and time references
in many formats; Australian English for the first half of the topic list and South African
English for the second.
"""

ROUND67_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "pak bot koma tolong jelaskan secara umum pembagian kewenangan perumahan dan "
            "kawasan permukiman antara pusat koma provinsi dan kabupaten kota titik siapa "
            "pegang apa saja tanda tanya"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "minta rangkumsn pembagisn kewenangsn PKP pusat provinsu kab/kota dong, biar sy "
            "bisa jelasin ke kabid"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Pasal 12\n(1) Urusan Pemerintahan Wajib yang berkaitan dengan Pelayanan Dasar "
            "sebagai-\nmana dimaksud dalam Pasal 11 ayat (2) huruf a meliputi:\n...\nd. "
            "perumahan rakyat dan kawasan permukiman;\nHalaman 9 dari 120\njadi perkim itu "
            "urusan wajib pelayanan dasar atau urusan pilihan?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "lu tau ga perumahan itu masuk urusan wajib ato urusan pilihan sih? gua debat "
            "ama temen sekantor nih, dasar pasalnya apa, kamsia"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "coba jawab kalau bisa: penanganan kawasan kumuh itu dibagi ke pusat, provinsi, "
            "kab/kota berdasarkan luas, batasnya berapa ha aja? jangan ngarang ya"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "gaes literally aku bingung, kumuh itu yg ngurus pusat, prov atau kab "
            "tergantung luasnya kan? patokan ha nya brp sih wkwk"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "rencana TA 2027 kawasan kumuh di Baamang luasnya di atas 15 ha, katanya itu "
            "urusan pusat tp dasar hukumnya blm pasti ya? tolong jelasin"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "G'day mate, fair dinkum question: slum areas of 15 ha or more are the central "
            "government's job, not the province's, yeah?"
        ),
        ("kewenangan.kumuh_pusat", "kewenangan.kumuh"),
    ),
    (
        (
            "pencegahan permukiman kumuh itu kewenangan siapa titik apakah provinsi juga "
            "bisa ikut menangani tanda tanya"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        ("pencegshan kumuh boleh diusulkan ke provinsu gak? atau itu murni urusab kabupaten"),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "1. Sub Urusan Perumahan\na. Penyediaan dan rehabilitasi rumah korban "
            "ben-\ncana provinsi.\nb. Fasilitasi penyediaan rumah bagi masyarakat yang "
            "...\nHal. 4\nsub urusan perumahan ini apa aja kewenangan provinsi dan apa aja "
            "kewenangan kab/kota nya?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "bro gua mau tanya, urusan perumahan itu prov pegang apa aja, kabupaten pegang "
            "apa aja? cincai jelasin singkat aja deh"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Test time, mate, let's see if you know this one: who's meant to provide "
            "housing for MBR and build the rusun, us or the central government?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "bjir ada warga minta dibangunin rusun buat MBR, itu bukan jatah kita kan? "
            "pusat ya bestie?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "banjir kemarin sore di Pulau Petak bikin banyak rumah rusak berat, rumah "
            "korban bencana gini yg tangani kabupaten atau provinsi?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "How's it going. Heaps of houses got wrecked in the floods, who rebuilds them, "
            "the regency, the province or the centre? Depends on the scale of the disaster "
            "I reckon?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "izin pembangunan perumahan dan SKBG itu diterbitkan oleh siapa titik provinsi "
            "atau kabupaten tanda tanya"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "izij pembangunan dan pengembangan kawasan permukiman yg ngeluarin siaps ya, "
            "pemkab atau pemprov"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "2. Sub Urusan Kawasan Permukiman\nPemerintah Pusat | Daerah Provinsi | Daerah "
            "Kabupaten/Kota\na. Penetapan sistem kawa-\nsan permukiman\nHalaman 3 dari "
            "12\nsub urusan kawasan permukiman ini isinya apa aja untuk masing-masing "
            "tingkat pemerintahan?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "abis ciak siang gua liat tabel sub urusan kawasan permukiman, pusing. itu "
            "dibagi gimana sih antara pusat, prov, kab? kamsia ya"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Bet you can't tell PSU perumahan from PSU permukiman, mate. Which one's the "
            "province's and which one's the regency's?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "gaes PSU di komplek perumahan developer which is udah diserahin ke pemda, itu "
            "tanggung jawab kab atau prov sih? anjir bingung"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "utk usulan TA 2027, PSU yg dibangun Disperkimtan provinsi itu cuma jaling sama "
            "drainase ya? drainase di pinggir jalan kabupaten boleh gak?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Mate, what sort of PSU does the provincial Disperkimtan actually build? Just "
            "neighbourhood roads and drains, or heaps more?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "sertifikasi dan registrasi perancang rumah dan perencana PSU itu kewenangan "
            "siapa saja titik bedanya tingkat kemampuan kecil koma menengah koma besar apa"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "registraai konsultan perencana PSU kemampusn kecil itu urusan kab kan? yg "
            "menengah sama besar siapa"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "PP 2/2018\nPasal 8\n(1) Standar Pelayanan Minimal perumahan rak-\nyat Daerah "
            "provinsi ...\n- 5 -\nSPM perumahan untuk provinsi itu jenis layanannya apa aja "
            "dan targetnya berapa persen?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "SPM perumahan buat kab kita isinya apa aja sih? gua disuruh isi laporan SPM "
            "nih, jelasin aja deh"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "jangan ngarang ya: luas kumuh yang dipakai buat nentuin kewenangan itu luas "
            "satu desa atau luas lokasi yang ada di SK?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "literally luas kumuh itu dihitung dari satu kelurahan full atau cuma area "
            "delineasinya? wkwk ditanya kabid aku gatau"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "SK kumuh kami terbit 2019, sekarang udah Des 2026. yg berwenang netapin lokasi "
            "kumuh itu siapa, dan SK nya harus ditinjau ulang tiap brp tahun?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "Who actually declares a spot a slum area, mate? Is it the Bupati signing a "
            "decree or does the province do it?"
        ),
        "kumuh.penetapan",
    ),
    ("apa saja tujuh aspek kriteria kumuh titik tolong sebutkan satu per satu", "kumuh.aspek"),
    ("krireria kumuh ada 7 aspek kan, apa aja? sama total kriterianya ada brp", "kumuh.aspek"),
    (
        (
            "BATAS AMBANG NILAI\n60 - 80 : KUMUH BE-\nRAT\nKelurahan Mentawa Baru "
            "Hilir\nHalaman 2\nskor maksimal penilaian kumuh itu berapa dan nilai berapa "
            "baru dikategorikan kumuh berat?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "skor kumuh itu cara itungnya gimana sih? 0 1 3 5 gitu ya? brp baru masuk kumuh "
            "berat, kamsia"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "Righto, prove you're not just guessing: what score range counts as kumuh "
            "sedang, and what's kumuh ringan?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "bestie skor kumuh lokasi kita 35, itu masuk ringan atau sedang ya? wkwk",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "minggu lalu rapat sama Bappeda soal Pahandut Seberang, bedanya pemugaran, "
            "peremajaan sama pemukiman kembali apa? kapan pakai yg mana?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "What's the difference between pemugaran, peremajaan and pemukiman kembali? "
            "Which one suits a riverside slum on dodgy land, mate?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "berapa jumlah lokasi kumuh di Kalimantan Tengah dan total luasnya titik "
            "kabupaten mana yang paling banyak tanda tanya"
        ),
        "kumuh.kalteng",
    ),
    (
        ("data kumuh kalteng brp lokasi, totsl luasnya brp? sy perlu buat bahan paparan bupati"),
        "kumuh.kalteng",
    ),
    (
        (
            "Lampiran I\nFORMAT USULAN KEGIATAN\n1. Nama kegi-\natan\n2. Lokasi\n3. Latar "
            "belakang\nHalaman 1 dari 4\nusulan ke provinsi itu isinya harus memuat apa "
            "saja, termasuk alasan atau justifikasinya?"
        ),
        "usulan.isi",
    ),
    (
        (
            "gua mau bikin usulan ke prov, isinya apa aja sih yg wajib ada? alasan "
            "kebutuhannya perlu ditulis panjang ga?"
        ),
        "usulan.isi",
    ),
    (
        ("emang bot tau? jenis usulan apa saja yang bisa diajukan kabupaten ke provinsi?"),
        "usulan.jenis",
    ),
    (
        (
            "gaes usulan ke prov tuh bisa jenis apa aja sih, kumuh, PSU, rumah... ada "
            "pilihan lainnya ga? bjir"
        ),
        "usulan.jenis",
    ),
    (
        (
            "utk usulan TA 2027 data lokasinya apa aja yg diminta? kecamatan, desa, nama "
            "lokasi, titik GPS?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "What location details do I need to chuck in a proposal, mate? Kecamatan, "
            "village, GPS point and all that?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "di usulan perlu diisi jumlah KK koma jiwa koma biaya dan sumber dana ya tanda "
            "tanya sumber dana pilihannya apa saja"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "jumlsh penerima manfaat sama biaya di usulan itu diisi gimans? sumber dananya "
            "boleh kombinasi APBD sama CSR?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Readiness Criteria (RC)\n- Surat minat\n- DED, RAB, Site-\nplan\n- Kesiapan "
            "lahan\nHal 7 dari 22\ndokumen kesiapan apa saja yang perlu disiapkan untuk "
            "usulan PSU ke provinsi?"
        ),
        "usulan.kesiapan",
    ),
    (
        ("usulan PSU ke prov itu dokumen kesiapannya apa aja sih? gua takut ada yg kurang, kamsia"),
        "usulan.kesiapan",
    ),
    (
        (
            "tes: lahan jaling yang mau kami usulkan masih tanah desa dan belum "
            "bersertifikat, masih bisa masuk atau harus clean and clear dulu?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "bjir lahan lokasinya masih sengketa sama warga, usulan kita bakal ngaruh ga? "
            "status lahan emang dinilai?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "usulan kumuh kami pakai SK kumuh tgl 03/02/21, lokasinya tercantum di SK. "
            "tahun depan SK itu masih bisa dipakai gak utk usulan?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Do I need to put the SK kumuh number and date in a slum proposal? And what if "
            "our spot isn't listed in it, mate?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "dokumen teknis apa saja yang dilampirkan titik apakah DED koma RAB koma RKS "
            "dan site plan wajib semua tanda tanya foto berapa banyak"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        "DED sama RAB wajib dilampirin gak? foto kondisi eksiating maks brp lembar",
        "usulan.dokumen_teknis",
    ),
    (
        (
            "SURAT PERNYATAAN\nKESEDIAAN MENERIMA HIBAH DAN MELAKU-\nKAN OPERASI DAN "
            "PEMELIHARAAN\nHalaman 1 dari 1\nsurat pernyataan seperti ini wajib ya untuk "
            "usulan ke provinsi? gunanya apa?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "surat pernyataan hibah sama O&P itu isinya apa sih, kenapa prov minta itu? gua "
            "baru pegang usulan"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        ("emang provinsi bisa bantu RTLH? coba jelasin syaratnya apa aja, jangan ngarang"),
        "usulan.rtlh",
    ),
    (
        (
            "bestie ada warga mau bangun rumah baru di tanah pinjeman, bisa diusulin RTLH "
            "ke prov gak? wkwk"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "kemarin sore ada warga RT 05 Kelurahan Langkai minta dibangunin jalan "
            "lingkungan, masyarakat bisa ngusul langsung ke provinsi gak? syaratnya apa?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "A bunch of locals in Kalampangan want their drains fixed. Can residents ask "
            "the province for PSU directly, or does it have to come through us?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "jalan lingkungan yang dibangun provinsi di tanah kabupaten nanti jadi aset "
            "siapa titik siapa yang merawat tanda tanya"
        ),
        "hibah.aset",
    ),
    (
        (
            "BAST hibah aset dari prov ke kab itu ditandatangsni siapa? habis itu "
            "pemeliharaanya tanggung jwb siapa"
        ),
        "hibah.aset",
    ),
    (
        (
            "...dengan Luas di Bawah 10 (sepu-\nluh) Ha\nHalaman 14 dari 30\nkarena lokasi "
            "kami di bawah 10 ha dan bukan kewenangan provinsi, usulan kami sebaiknya "
            "didanai dari mana?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "kalo bukan kewenangan prov, duitnya bisa cari dari mana lagi? APBN, DAK, CSR "
            "gitu? kasih tau dong, kamsia"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "coba jelaskan kalau bot pinter: usulan yang kami kirim tahun ini itu untuk "
            "anggaran tahun berapa, dan siklusnya setahun gimana?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "gaes alur usulan tahunan tuh gimana sih dari kab ke prov sampe diputusin? "
            "which is aku anak baru wkwk"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "usulan yg kami kirim 7 Des itu nanti diperiksa provinsi dari sisi apa aja? "
            "administrasi, teknis, kewenangan?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "How does the province check our proposals, mate? Just the paperwork, or do "
            "they look at the site and the land too?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "rakor bidang kawasan permukiman itu acara apa titik siapa pesertanya dan apa "
            "tujuannya tanda tanya"
        ),
        "siklus.rakor",
    ),
    (
        ("rskor kawasan permukiman se kalteng itu buat apa sih? apa aja yg dibahas disitu"),
        "siklus.rakor",
    ),
    (
        (
            "RKPD Provinsi Kalimantan Tengah Tahun 2027\nBAB II\nGambaran Umum Kondisi "
            "Dae-\nrah\n- 23 -\nsetelah rakor, usulan kami masuk ke musrenbang lalu RKPD "
            "dan APBD ya? urutannya gimana?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        ("abis rakor usulan gua nyangkut ke mana lagi? musrenbang, RKPD, APBD gitu ya urutannya?"),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "tes tes: Pokja PKP itu perannya apa dalam koordinasi perumahan di daerah, dan "
            "dasar hukumnya apa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        ("bjir aku disuruh jadi sekretariat Pokja PKP, itu pokja ngapain aja sih bestie"),
        "koordinasi.pokja_pkp",
    ),
    (
        ("besok pagi mau antar berkas ke Disperkimtan Provinsi, alamat kantornya di mana ya?"),
        "disperkimtan.kontak",
    ),
    (
        (
            "Where's the Disperkimtan office in Palangka Raya, mate? Gotta drop off some "
            "docs this arvo."
        ),
        "disperkimtan.kontak",
    ),
    (
        (
            "bot ini punya perintah apa saja titik jam yang dipakai di bot itu WIB atau "
            "WITA tanda tanya"
        ),
        "bot.cara_pakai",
    ),
    ("jsm yg tampil di bot itu pake zona waktu apa ys? sy di Tamiang Layang", "bot.cara_pakai"),
    (
        (
            "Petunjuk Teknis Sinkron\nBab 3. Pengi-\nriman Usulan\nHalaman 5 dari 9\nkalau "
            "pakai /usul bisa lampirkan PDF juga? foto maksimal berapa?"
        ),
        "bot.usul",
    ),
    (
        (
            "gua udah isi /usul setengah jalan terus sinyal ilang, datanya ke-save ga? "
            "terus bisa salin usulan lama ga biar cepet?"
        ),
        "bot.usul",
    ),
    (
        ("Don't make stuff up, mate: what does the status 'dibahas di Rakor' actually mean?"),
        "bot.status",
    ),
    (
        ("status usulan 'perlu perbaikan' tuh maksudnya gimana bestie? aku harus ngapain wkwk"),
        "bot.status",
    ),
    (
        (
            "usulan kami ditolak kemarin sore dgn alasan bukan kewenangan provinsi, langkah "
            "selanjutnya apa?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Our proposal got redirected to APBD kab/kota. Why would they do that, and what "
            "do we do next, mate?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "berapa lama usulan harus diverifikasi provinsi setelah dikirim titik ada "
            "standar waktunya tanda tanya"
        ),
        "bot.tindak_lanjut",
    ),
    ("standsr tindak lanjut usulsn itu brp hari kerja? katanya ngikut LAPOR", "bot.tindak_lanjut"),
    (
        (
            "UNDANGAN\nNomor: 005/    /Disperkimtan\nPerihal: Rakor dan "
            "Sinkro-\nnisasi\nHalaman 1 dari 2\nkalau kabid berhalangan, undangan di bot "
            "bisa diwakilkan? konfirmasi kehadirannya gimana?"
        ),
        "bot.rapat",
    ),
    (
        (
            "undangan rapat di bot itu gua bisa konfirmasi hadir langsung di situ? ada "
            "pengingat ga sebelum rapat?"
        ),
        "bot.rapat",
    ),
    ("Let's see if you're any good: what's Perkim short for?", "istilah.perkim"),
    ("gaes Perkim tuh kepanjangannya apa sih, malu nanya senior wkwk", "istilah.perkim"),
    ("hari pertama kerja kemarin, Disperkimtan itu kepanjangannya apa ya?", "istilah.disperkimtan"),
    ("What does Disperkimtan stand for, mate? New to the job.", "istilah.disperkimtan"),
    ("PSU itu singkatan dari apa titik", "istilah.psu"),
    ("PSU itu kepsnjangannya apa ya", "istilah.psu"),
    (
        (
            "Rencana pembangunan jaling sepanjang 450 m di Kel. Baa-\nmang Tengah\nHalaman "
            "2 dari 5\njaling di dokumen ini maksudnya apa?"
        ),
        "istilah.jaling",
    ),
    ("jaling tuh apa sih? gua kira jalan keliling hehe, kamsia", "istilah.jaling"),
    ("tes tes, bot tau ga drainase lingkungan itu apa?", "istilah.drainase"),
    ("drainase tuh literally cuma selokan doang kah? apa sih artinya", "istilah.drainase"),
    ("di data baseline 2024 ada kode KR, itu artinya apa?", "istilah.kr"),
    ("What's KR mean in the slum data sheet, mate?", "istilah.kr"),
    ("dalam tabel kumuh ada singkatan KS titik KS itu apa tanda tanya", "istilah.ks"),
    ("KS di tabel kumuh artinyq apa", "istilah.ks"),
    (
        (
            "Tabel 4.2 Tingkat Kekumuhan\nNo | Lokasi | Luas (ha) | Ting-\nkat\n3 | "
            "Ketapang | 8,2 | KB\nHalaman 41\nKB di kolom tingkat ini maksudnya apa?"
        ),
        "istilah.kb",
    ),
    ("KB di data kumuh itu bukan keluarga berencana kan? artinya apa sih", "istilah.kb"),
    ("emang bot tau SK kumuh itu apa? jelasin artinya", "istilah.skkumuh"),
    ("SK kumuh tuh apaan sih bestie, surat apa?", "istilah.skkumuh"),
    ("tgl 12/01/27 ada pelatihan delineasi, delineasi itu artinya apa sih?", "istilah.delineasi"),
    ("What's 'delineasi' mean? It keeps popping up in the slum docs.", "istilah.delineasi"),
    ("RTLH itu kepanjangannya apa titik", "istilah.rtlh"),
    ("RTLH singkatsn dari apa ya", "istilah.rtlh"),
    (
        (
            "Program RTLH menjadi R-\nLH Tahun Anggaran 2026\nHalaman 6 dari 15\nRLH itu "
            "singkatan apa?"
        ),
        "istilah.rlh",
    ),
    ("RLH itu apa sih? gua liat di spanduk dinas", "istilah.rlh"),
    ("No worries if you don't know, but what does 'bedah rumah' mean?", "istilah.bedahrumah"),
    ("bedah rumah tuh maksudnya apa sih gaes, kayak acara tv itu?", "istilah.bedahrumah"),
    (
        ("kemarin ada kabar BSPS masuk desa kami tahun depan, BSPS itu singkatan apa?"),
        "istilah.bsps",
    ),
    ("What's BSPS stand for, mate?", "istilah.bsps"),
    ("MBR itu artinya apa titik", "istilah.mbr"),
    ("MBR itu singkatsn dari apa", "istilah.mbr"),
    (
        ("Pembangunan Rusuna-\nwa Kota Palangka Raya\nHal. 12\nrusunawa itu kepanjangannya apa?"),
        "istilah.rusunawa",
    ),
    ("rusunawa tuh apa sih? yang disewain itu ya?", "istilah.rusunawa"),
    ("coba jawab: rusus itu singkatan apa?", "istilah.rusus"),
    ("rusus tuh apa anjir, rumah susun khusus?", "istilah.rusus"),
    ("halo pak bot koma huntara itu singkatan dari apa ya tanda tanya", "istilah.huntara"),
    ("huntsra itu apa ya artinyaa, sering dengar pas banjir di Katingan", "istilah.huntara"),
    (
        (
            "...pembangunan hun-\ntap bagi warga terdampak banjir di Kecamatan "
            "Mendawai\nHalaman 4 dari 9\n\nhuntap itu maksudnya apa ya?"
        ),
        "istilah.huntap",
    ),
    ("lu tau ga huntap itu apa? gua disuruh nulis laporan, bingung singkatannya", "istilah.huntap"),
    (
        ("tes dulu ya bot. KK di kolom penerima manfaat itu maksudnya apa? jangan ngarang"),
        "istilah.kk",
    ),
    (
        ("gaes KK di form itu literally kartu keluarga atau apa sih wkwk, which is bikin bingung"),
        "istilah.kk",
    ),
    ("buat laporan tgl 12/01/27, isian jiwa itu artinya hitungan apa ya?", "istilah.jiwa"),
    ("Howzit, the form asks for 'jiwa'. What does jiwa mean there, is it people?", "istilah.jiwa"),
    ("ha itu singkatan apa ya koma maksudnya satuan luas apa tanda tanya", "istilah.ha"),
    ("ha itu singksttan dsri apa ya? satusn luas kan", "istilah.ha"),
    (
        (
            "...dilengkapi dokumen peren-\ncanaan berupa DED dan RAB\nPasal 5 ayat "
            "(2)\n\nDED itu kepanjangannya apa?"
        ),
        "istilah.ded",
    ),
    ("ko, DED itu apa sih? gua cuma tau gambar2 teknik aja, kamsia", "istilah.ded"),
    ("coba bot, kalo emang pinter: RAB itu singkatan dari apa?", "istilah.rab"),
    ("bestie RAB tuh apaan sih, disuruh kabid bikin RAB bjir gatau artinya", "istilah.rab"),
    ("deadline minggu depan harus lampirin RKS. RKS itu apa ya?", "istilah.rks"),
    ("Ag, the consultant keeps going on about the RKS. What does RKS stand for?", "istilah.rks"),
    ("pagi pak koma KAK itu apa ya tanda tanya sama dengan TOR bukan tanda tanya", "istilah.kak"),
    ("KAK itu spa ya maksudnyaa, kerangks apa gitu?", "istilah.kak"),
    (
        (
            "c. gambar ren-\ncana tapak (site plan) lokasi kegiatan\nHalaman 7 dari "
            "15\n\nsite plan itu apa ya?"
        ),
        "istilah.siteplan",
    ),
    ("site plan itu apaan sih lu tau ga? gua kira denah rumah doang", "istilah.siteplan"),
    (
        ("Test test, let's see if you're clever, hey. RC in a proposal, what does it stand for?"),
        "istilah.rc",
    ),
    ("anjir RC tuh apa ya gaes, kirain remote control wkwk", "istilah.rc"),
    ("kemarin sore rapat bahas BAST, BAST itu singkatan dari apa?", "istilah.bast"),
    ("Eish, they want a BAST signed now now. What is a BAST?", "istilah.bast"),
    ("hibah itu artinya apa ya dalam urusan aset tanda tanya", "istilah.hibah"),
    ("maksud hibsh itu apa sih, sering kedengeran di rapat", "istilah.hibah"),
    (
        (
            "...pengelolaan BMD sesu-\nai Permendagri 19/2016\nHalaman 2 dari 6\n\nBMD itu "
            "kepanjangannya apa?"
        ),
        "istilah.bmd",
    ),
    ("BMD itu apaan ya? gua liat di berita acara, cincai jelasin singkat aja", "istilah.bmd"),
    ("jangan ngarang ya: BMN singkatan dari apa?", "istilah.bmn"),
    ("BMN tuh maksudnya apa sih, literally gatau gaes", "istilah.bmn"),
    (
        ("surat pernyataan yang diminta tgl 3 Feb kemarin nyebut O&P, O&P itu singkatan apa?"),
        "istilah.op",
    ),
    ("Shame, I'm new here. What does O&P mean in these documents?", "istilah.op"),
    ("SPM itu kepanjangannya apa ya pak tanda tanya", ("istilah.spm", "kewenangan.spm")),
    ("SPM itu sinhkatan dari apa ya", ("istilah.spm", "kewenangan.spm")),
    (
        (
            "...dibentuk Kelompok Ker-\nja sebagaimana dimaksud dalam\nPasal 1 angka "
            "5\n\nPokja PKP itu apa ya?"
        ),
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        "Pokja PKP itu singkatan apa ya? gua disuruh ikut rapatnya, kamsia ya",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    ("emang bot bisa jawab? Pokja PPAS itu kepanjangannya apa?", "istilah.pokjappas"),
    ("bjir Pokja PPAS tuh apaan, kok ada air minum sanitasinya", "istilah.pokjappas"),
    ("undangan Pokja AMPL tanggal 14/03, AMPL itu singkatan apa?", "istilah.pokjaampl"),
    (
        "Howzit. There's a Pokja AMPL meeting just now. What does AMPL stand for?",
        "istilah.pokjaampl",
    ),
    ("RP3KP itu dokumen apa ya koma singkatan dari apa tanda tanya", "istilah.rp3kp"),
    ("RP3KP itu apaan yaa, panjsng bsnget singkatannya", "istilah.rp3kp"),
    (
        (
            "...dokumen RP2KPKP Kabupaten Ka-\npuas Tahun 2019-2024\nHalaman 1 dari "
            "48\n\nRP2KPKP itu singkatan apa?"
        ),
        "istilah.rp2kpkp",
    ),
    ("RP2KPKP ini apa ya, gua suka ketuker sama RP3KP", "istilah.rp2kpkp"),
    ("Is it? You can answer questions? Okay boet, what was KOTAKU then?", "istilah.kotaku"),
    ("KOTAKU tuh apa sih gaes, kirain aplikasi wkwk", "istilah.kotaku"),
    ("buat TA 2027, DAK Tematik PPKT itu maksudnya apa ya?", "istilah.daktematikppkt"),
    ("What's DAK Tematik PPKT? My boss mentioned it just now.", "istilah.daktematikppkt"),
    ("APBN itu singkatan dari apa tanda tanya", "istilah.apbn"),
    ("APBN itu kepsnjangannya apa yaa", "istilah.apbn"),
    (
        (
            "...dibiayai dari APBD Provinsi Kali-\nmantan Tengah Tahun Anggaran 2026\n- 12 "
            "-\n\nAPBD itu kepanjangannya apa?"
        ),
        "istilah.apbd",
    ),
    ("APBD itu apa sih? gua tau duitnya pemda doang, singkatannya apa", "istilah.apbd"),
    ("coba jawab ini kalo bisa: APBDes itu apa?", "istilah.apbdes"),
    ("APBDes tuh apa sih bestie, anggaran desa gitu bukan", "istilah.apbdes"),
    ("rapat minggu lalu ada yang nyebut Bankeu, Bankeu itu apa?", "istilah.bankeu"),
    ("Sorry hey, what is Bankeu? Someone said it in the meeting yesterday.", "istilah.bankeu"),
    ("pokir itu apa ya pak koma singkatan dari apa tanda tanya", "istilah.pokir"),
    ("pokir itu artinys apa ya, ada hubungsnnya sama DPRD?", "istilah.pokir"),
    (
        (
            "...hasil Musren-\nbang Kecamatan Sebangau Kuala\nHalaman 5 dari "
            "20\n\nMusrenbang singkatan dari apa?"
        ),
        "istilah.musrenbang",
    ),
    ("Musrenbang itu singkatan apa sih? gua lupa mulu", "istilah.musrenbang"),
    ("Test test. What does RKPD stand for? Don't make things up, hey.", "istilah.rkpd"),
    ("RKPD tuh apa ya gaes literally lupa", "istilah.rkpd"),
    ("Renja 2027 mesti masuk bulan depan, Renja itu apa sih persisnya?", "istilah.renja"),
    ("Eish, what does Renja mean? They want ours by next week.", "istilah.renja"),
    ("renstra itu dokumen apa tanda tanya", "istilah.renstra"),
    ("renstrs itu apa ya, dokumen lima tahunsn kah?", "istilah.renstra"),
    (
        (
            "...sasaran RPJMD Provinsi Kali-\nmantan Tengah 2025-2029\nBAB IV\n\nRPJMD itu "
            "singkatan apa?"
        ),
        "istilah.rpjmd",
    ),
    ("RPJMD itu apa sih? gua baca di bahan rapat, ga ngerti singkatannya", "istilah.rpjmd"),
    ("kalau pinter jawab: KUA-PPAS itu apa?", "istilah.kuappas"),
    ("KUA PPAS tuh apaan bjir, bukan KUA nikah kan wkwk", "istilah.kuappas"),
    ("RKA harus selesai 15 Agustus, RKA itu singkatan dari apa?", "istilah.rka"),
    ("Quick one, boet: what's an RKA?", "istilah.rka"),
    ("DPA itu kepanjangannya apa ya tanda tanya", "istilah.dpa"),
    ("DPA itu apa yaa, dokumrn apa sih", "istilah.dpa"),
    (
        (
            "...diinput melalui aplikasi SIPD sesuai keten-\ntuan yang berlaku\nHalaman 9 "
            "dari 11\n\nSIPD itu singkatan apa?"
        ),
        "istilah.sipd",
    ),
    ("SIPD itu apa ya? gua cuma tau login doang, singkatannya apa", "istilah.sipd"),
    ("tes pengetahuan: Bapperida itu lembaga apa?", "istilah.bapperida"),
    ("Bapperida tuh apa sih gaes, Bappeda yg ganti nama kah?", "istilah.bapperida"),
    ("surat tgl 02/02/2027 nyebut OPD pengusul, OPD itu apa?", "istilah.opd"),
    ("What does OPD mean? Everyone here uses it, shame I don't know.", "istilah.opd"),
    ("SKPD itu singkatan dari apa ya tanda tanya", "istilah.skpd"),
    ("SKPS eh SKPD itu apa ya kepanjsngannya", "istilah.skpd"),
    (
        (
            "...pengembangan SPAM per-\npipaan di Kelurahan Mentawa Baru Hilir\nHalaman 3 "
            "dari 12\n\nSPAM itu apa? bukan email spam kan"
        ),
        "istilah.spam",
    ),
    ("SPAM di dokumen itu apa sih, bukan email sampah kan? gua bingung", "istilah.spam"),
    ("Let's see if you're lekker clever: what is SPALD?", "istilah.spald"),
    ("SPALD tuh apaan gaes, bjir banyak bgt singkatan", "istilah.spald"),
    ("kemarin sore ditanya soal IPAL, IPAL itu singkatan dari apa?", "istilah.ipal"),
    ("What does IPAL stand for? Need it for a report by Friday, eish.", "istilah.ipal"),
    ("TPS3R itu apa ya koma singkatan dari apa tanda tanya", "istilah.tps3r"),
    ("TPS3R itu spa ya, yg 3R nya apa?", "istilah.tps3r"),
    (
        (
            "...pembangunan MCK ko-\nmunal di Kelurahan Sei Gohong\nHalaman 6 dari "
            "10\n\nMCK itu singkatan apa?"
        ),
        "istilah.mck",
    ),
    ("MCK itu apa sih singkatannya, gua tau fungsinya doang", "istilah.mck"),
    ("tes tes, RTRW itu apa? jangan bilang RT RW ya", "istilah.rtrw"),
    ("RTRW tuh literally RT RW atau apa sih wkwk", "istilah.rtrw"),
    ("Pemkab bilang RDTR baru disahkan tahun lalu. RDTR itu apa?", "istilah.rdtr"),
    ("What's an RDTR? Is it like a zoning plan, is it?", "istilah.rdtr"),
    ("PBG itu singkatan dari apa tanda tanya pengganti IMB bukan tanda tanya", "istilah.pbg"),
    ("PBG itu apa yaa kepanjangsnnya", "istilah.pbg"),
    (
        ("...wajib memiliki SLF se-\nbelum dimanfaatkan\nPasal 3 ayat (1)\n\nSLF itu apa?"),
        "istilah.slf",
    ),
    ("SLF itu singkatan apa sih, gua dengar dari orang PU", "istilah.slf"),
    (
        ("Ja, test for you: what does SKBG stand for? Get it wrong and I'm reporting you."),
        "istilah.skbg",
    ),
    ("SKBG tuh apaan bestie", "istilah.skbg"),
    ("warga cuma punya SKT dari tahun 2009. SKT itu apa ya?", "istilah.skt"),
    ("What's an SKT? Some of the residents only have one for their land.", "istilah.skt"),
    (
        "clean and clear itu maksudnya apa ya koma untuk lahan tanda tanya",
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    ("clesn and clear itu artinya apa sih", ("istilah.cleanandclear", "usulan.lahan")),
    (
        (
            "...dukungan dana CSR per-\nusahaan perkebunan\nHalaman 2 dari 4\n\nCSR itu "
            "singkatan apa?"
        ),
        "istilah.csr",
    ),
    ("CSR itu apa sih? gua sering dengar dari perusahaan sawit", "istilah.csr"),
    ("tes, Rakor itu singkatan dari apa? jangan ngarang", ("istilah.rakor", "siklus.rakor")),
    ("Rakor tuh kepanjangannya apa sih gaes", ("istilah.rakor", "siklus.rakor")),
    ("minggu lalu warga ngadu lewat LAPOR!, itu apa sih LAPOR!?", "istilah.lapor"),
    ("What is this LAPOR! thing? Someone mentioned it just now.", "istilah.lapor"),
    ("WIB itu singkatan dari apa tanda tanya", "istilah.wib"),
    ("WIB itu kepanjsngannya apa ya, wsktu apa", "istilah.wib"),
    (
        (
            "...angka backlog kepe-\nmilikan rumah di Kalimantan Tengah\nHalaman 11 dari "
            "30\n\nbacklog itu maksudnya apa?"
        ),
        "istilah.backlog",
    ),
    ("backlog rumah itu apa sih? gua kira istilah IT", "istilah.backlog"),
    ("emang bisa? PKP itu singkatan dari apa", "istilah.pkp"),
    ("PKP tuh apaan sih, bukan pengusaha kena pajak kan wkwk", "istilah.pkp"),
    ("untuk laporan Des 2026, kumuh itu artinya apa secara resmi?", "istilah.kumuh"),
    ("Ag man, what does 'kumuh' actually mean?", "istilah.kumuh"),
    ("DAK itu singkatan dari apa tanda tanya", "istilah.dak"),
    ("DSK eh DAK itu apa ya kepanjsngannya", "istilah.dak"),
    ("...pembangunan ru-\nsun bagi pekerja\nHalaman 4 dari 8\n\nrusun itu apa?", "istilah.rusun"),
    ("rusun itu singkatan apa ya? gua kira rumah susun, bener ga", "istilah.rusun"),
]

ROUND67_INTENTS: list[tuple[str, str]] = [
    ("usulan kami yang jaling di Tewah statusnya sudah sampai mana titik", "status"),
    ("usulsn sy yg drainase di Kurun udh diproses blm ya", "status"),
    ("How're my proposals going, mate? Any word on the ones we sent in?", "status"),
    (
        (
            "UNDANGAN RAPAT KOORDINASI\nNomor: 050/    /Perkimtan/2026\nHalaman 1 dari "
            "1\nrakor tahun ini kapan dan di mana ya? undangannya belum sampai ke kami"
        ),
        "meeting",
    ),
    (
        ("rakor taun ini jadi kapan sih? gua mau atur jadwal dinas luar, tempatnya di mana"),
        "meeting",
    ),
    ("rakor berikutnya tanggal brp? tahun lalu kan 18 Nov, tahun ini sama?", "meeting"),
    (("Don't make it up, mate: when's the cut-off for sending proposals this year?"), "deadline"),
    (("gaes deadline usulan tahun ini sampe kapan sih? aku belum kirim satupun wkwk"), "deadline"),
    (("sampai kapan usulan bisa dikirim tahun ini titik masih keburu kah tanda tanya"), "deadline"),
    ("selamat pagu pak bot, salsm kenal", "greeting"),
    ("kamsia bot, udah beres semua", "greeting"),
    ("G'day! No worries, just saying hi. How's it going?", "greeting"),
    ("mau ngirim usulan TA 2027 lewat bot, caranya gimana?", "how_to_submit"),
    ("tes tes, kalau bot ini bisa, gimana caranya kirim usulan lewat sini?", "how_to_submit"),
    (
        (
            "Surat Kepala Dinas Nomor 600/123/Perkim\nPerihal: Penyampaian Usulan Kegiatan "
            "Ta-\nhun 2027\nHalaman 1 dari 3\nusulan ini bisa saya kirim lewat bot? "
            "langkahnya gimana"
        ),
        "how_to_submit",
    ),
    (
        (
            "tes bot, usulan kami dari Kotim yang jalan lingkungan Baamang itu udah sampai "
            "mana? jangan ngarang ya"
        ),
        "status",
    ),
    ("halo bestie wkwk, salken ya aku anak magang baru di Perkim Gumas", "greeting"),
    ("usulan buat TA 2027 paling lambat dikirim tanggal berapa?", "deadline"),
    (
        ("Howzit! When and where is the next Rakor? Need to plan the trip from Muara Teweh."),
        "meeting",
    ),
    ("pak koma cara mengirim usulan lewat bot ini gimana ya tanda tanya", "how_to_submit"),
    ("usilan kamu ysng drsinase di Pulpis statusnya udah spa ya", "status"),
    (
        (
            "...penyampaian usulan ke-\ngiatan Tahun Anggaran 2027\nHalaman 1 dari "
            "2\n\njadi batas akhir kirim usulan tahun ini kapan?"
        ),
        "deadline",
    ),
    (("ko, Rakor tahun ini kapan ya? di mana tempatnya? gua mau atur jadwal, kamsia"), "meeting"),
    ("Test test, is this thing on? Hello hey", "greeting"),
    (
        ("gaes gimana sih caranya masukin usulan lewat bot ini, literally bingung mulai dari mana"),
        "how_to_submit",
    ),
    ("usulan kami yang dikirim 7 Des kemarin sudah diverifikasi belum?", "status"),
    (
        (
            "Eish, until when can we still send proposals this year? Our Bupati letter only "
            "comes next week."
        ),
        "deadline",
    ),
    ("rakor berikutnya kapan dan di mana ya pak tanda tanya", "meeting"),
    ("caranya ngirim usulsn lewat bot gimsna ya, pakai /usul kah", "how_to_submit"),
    (
        (
            "Halaman 1 dari 1\nDisperkimtan Provinsi Kalimantan Tengah\n\nterima kasih "
            "banyak atas bantuannya pak, sudah jelas semua"
        ),
        "greeting",
    ),
]

ROUND67_AREAS: list[tuple[str, str]] = [
    ("gaes kumuh di Kelurahan Ketapang luasnya 9,8 ha, itu jatah siapa?", "kabkota"),
    (("per 07/12/26 delineasi kumuh Selat Hilir tepat 10 hektar, kewenangan siapa?"), "provinsi"),
    (("Got a slum patch of 22 hectares in Selat Tengah, mate, who handles that one?"), "pusat"),
    (
        (
            "kawasan kumuh di Baamang Hilir luasnya 14 koma 9 hektare itu kewenangan siapa "
            "tanda tanya"
        ),
        "provinsi",
    ),
    ("kumuh luasnyq pas 15 ha, kewenanhan prov atau pusat?", "pusat"),
    (
        (
            "Lampiran SK Bupati Katingan\nNo | Nama Lokasi | Luas (m²)\n1 | Mendawai | "
            "98.000 m²\nHalaman 2 dari 4\nlokasi nomor 1 ini kewenangan siapa?"
        ),
        "kabkota",
    ),
    ("lokasi kumuh gua 100.000 m2 pas, itu prov apa kab yg pegang?", "provinsi"),
    ("coba hitung kalau bisa: kumuh 150.000 meter persegi itu kewenangan siapa?", "pusat"),
    (
        ("lokasi kumuh tiga ribu lima ratus meter persegi di Langkai siapa yang tangani titik"),
        "kabkota",
    ),
    ("bjir lokasi kumuh kita 16,2 hektare, literally pusat kan?", "pusat"),
    (
        (
            "Slum area's about 7 ha near Muara Teweh. Reckon that's ours at the regency or "
            "the province's?"
        ),
        "kabkota",
    ),
    ("kumih 149.999 m2 di Baamang Tengah kewenanhan siapa", "provinsi"),
    (
        ("lu tau ga, kawasan kumuh di Sampit 4,2 ha itu urusan siapa? provinsi apa kabupaten?"),
        "kabkota",
    ),
    ("tes logika: kumuh pas 10 ha persis, kewenangan siapa? jangan salah", "provinsi"),
    (("gaes kawasan kumuh 9,8 hektar di Kuala Kapuas tuh kewenangan siapa sih wkwk"), "kabkota"),
    ("SK kumuh tgl 05/03/2024, luas delineasi 15 ha pas. ditangani siapa?", "pusat"),
    (("Howzit, a slum area of 14.9 hectares in Muara Teweh, which level handles it?"), "provinsi"),
    (("kawasan kumuh seluas 100 ribu meter persegi itu kewenangan siapa tanda tanya"), "provinsi"),
    ("kawasan kumuh 150.000 m2 di Pangkalan Bun kewenanhan siapa ya", "pusat"),
    (
        (
            "...luas kawasan ku-\nmuh Kelurahan Pahandut Seberang sebesar 7,71 Ha\nHalaman "
            "2 dari 5\n\nyang ini kewenangan kabupaten/kota atau provinsi?"
        ),
        "kabkota",
    ),
    ("gua ada lokasi kumuh 23 hektare di Kapuas, siapa yang pegang? pusat kah?", "pusat"),
    ("coba kalau pinter: kumuh 149.000 m² masuk kewenangan mana?", "provinsi"),
    ("bestie kumuh 95.000 meter persegi tuh kewenangan kab apa prov sih", "kabkota"),
    (
        (
            "Need this before the 30/01 meeting: a slum area of 40 hectares in Pahandut, "
            "which level of government is responsible?"
        ),
        "pusat",
    ),
]

ROUND67_OUT_OF_SCOPE: list[str] = [
    "cara reset password akun SIPD yang terkunci bagaimana titik",
    "printer kantor gak bisa ngeprint dsri laptop, ada solusi?",
    (
        "SURAT EDARAN\nNomor 800/    /BKD\nPerihal: Pengajuan Cu-\nti Tahunan\nHalaman "
        "1 dari 2\ncuti tahunan ASN sekarang ngajuinnya lewat aplikasi apa?"
    ),
    "lu tau harga semen sak 50 kg di Muara Teweh skrg brp? gua mau itung RAB",
    (
        "kalau pinter jawab ini: berapa alokasi DAK Tematik PPKT untuk Kabupaten "
        "Katingan tahun 2026?"
    ),
    "gaes tunjangan TPP bulan ini cair kapan sih, literally udah tanggal 7 wkwk",
    ("besok pagi ada prakiraan hujan deras gak di Palangka Raya? mau survei lokasi"),
    (
        "Reckon you could tell me the standard thickness for a concrete neighbourhood "
        "road, mate? Need it for the RAB."
    ),
    "formasi PPPK tahun depan kapan dibuka titik saya honorer di dinas perkim",
    "uang harisn perjalsnan dinas ke Palangka Raya brp sekarang? SBU nya",
    (
        "PENGUMUMAN PEMENANG TEN-\nDER\nPaket: Peningkatan Jalan Ruas Kuala Kurun - "
        "Tewah\nHalaman 1\nsiapa pemenang tender jalan provinsi ruas ini tahun ini?"
    ),
    ("cara urus sertifikat PTSL di BPN buat tanah rumah gua sendiri gimana ya, biayanya brp"),
    ("Test you then: what's the PDAM water tariff in Palangka Raya per cubic metre?"),
    "anjir laptop kantor kena virus, file DED nya ga bisa dibuka, gimana bestie",
    ("How do I convert a DWG site plan to a PDF on my phone by tomorrow arvo, mate?"),
    (
        "Howzit, which contractor won the tender for the Jekan Raya drainage job last "
        "year? Need the company name."
    ),
    ("pak koma berapa besaran uang harian perjalanan dinas ke Jakarta tahun ini tanda tanya"),
    "password SIPD sya lupa, cars resetnya gimsna ya",
    (
        "...Pasal 4 ayat (2) persyaratan pendaftaran PP-\nPK Paruh Waktu\nHalaman 2 "
        "dari 7\n\nhonorer yang belum masuk database masih bisa diangkat PPPK tidak?"
    ),
    "ko, harga semen di Muara Teweh sekarang berapa sak? gua mau hitung RAB",
    ("tes bot, bunga KPR subsidi FLPP sekarang berapa persen? kalau pinter pasti tau"),
    "gaes literally printer kantor macet mulu, gimana benerinnya ya wkwk",
    (
        "kemarin sore BPN bilang sertifikat tanah warga jadi 3 bulan lagi, emang "
        "normalnya proses sertifikat berapa lama?"
    ),
    "Shame, my leave form got lost. How many days of annual leave do ASN get?",
    ("berapa tarif retribusi PBG untuk rumah tinggal di Kota Palangka Raya tanda tanya"),
    "pendaftarsn CPNS Disperkimtan tahun ini kapsn dibuka ya",
    (
        "...penyaluran BLT Dana De-\nsa Tahun 2026\nHalaman 3 dari 9\n\nberapa besar "
        "BLT dana desa per KPM tahun ini?"
    ),
    "ko, gua mau daftar BPJS Kesehatan buat honorer, caranya gimana ya? kamsia",
    (
        "Test test, if you're so clever: how many km of national road are there in "
        "Kalimantan Tengah, hey?"
    ),
    "bjir laptop kantor kena virus, ada rekomendasi antivirus gratis gak gaes",
]
