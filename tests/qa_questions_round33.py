"""Round 33 held-out question table for the Sinkron bot.

Written 2026-12-06 by two helpers who had not seen the knowledge base or any other question
table; they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md) plus the place-name list. Part A
wrote the topic questions on the non-glossary topics; part B the glossary questions, the
intents, the slum areas and the out-of-scope questions.

Style emphasis of this round: case stories (a concrete situation in a named village,
kecamatan or regency, often with numbers, then the question last), questions relayed on behalf
of someone else (the head of office, a camat, a kepala desa, a DPRD member, residents),
WhatsApp/Jakarta slang (gak, udh, blm, dong, sih, yg; now and then an emoji), messages in ALL
CAPITALS or as one run-on line without punctuation, English as a non-native writes it, short
chat.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

from __future__ import annotations

PART_A_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "pimpinan minta saya bikin ringkasan 1 halaman: urusan perkim itu apa aja yg dipegang "
        "pusat, apa yg provinsi, apa yg kabupaten. bisa bantu garis besarnya?",
        "kewenangan.ringkasan",
    ),
    (
        "Hi, I just joined Dinas Perkim Kotim as a consultant. Could you give me the big picture "
        "of which government level does what in housing and settlements?",
        "kewenangan.ringkasan",
    ),
    (
        "PEMBAGIAN URUSAN PERUMAHAN DAN KAWASAN PERMUKIMAN ANTARA PUSAT PROVINSI KAB/KOTA "
        "SECARA KESELURUHAN GIMANA",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "anggota DPRD Seruyan nanya ke kadis kami, perumahan itu urusan wajib atau pilihan sih? "
        "soalnya anggaran bidang kami mau dipangkas 😅",
        "kewenangan.urusan_wajib",
    ),
    (
        "Is housing a compulsory affair for regional governments, linked to basic services? "
        "Which article says so?",
        "kewenangan.urusan_wajib",
    ),
    (
        "sekda minta dasar pasalnya kalau perkim itu termasuk urusan wajib pelayanan dasar, "
        "buat bahan rapat TAPD besok pagi",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "pak camat Baamang titip pertanyaan: pembagian kewenangan kawasan kumuh antara "
        "kabupaten, provinsi dan pusat itu patokan luasnya berapa aja?",
        "kewenangan.kumuh",
    ),
    (
        "batas hektar buat nentuin kumuh itu urusan kab, prov atau pusat gimana sih, "
        "aku lupa terus 🙏",
        "kewenangan.kumuh",
    ),
    (
        "Di Kapuas lokasi kumuh kami macam-macam ukurannya, ada yang kecil, ada yang belasan "
        "hektar, ada yang puluhan. Aturan pembagian penanganannya menurut UU 23/2014 seperti apa?",
        "kewenangan.kumuh",
    ),
    (
        "tolong jelasin kewenangan penanganan kumuh berdasar luasan lengkap dgn bunyi aturannya "
        "soalnya di berita bilangnya beda2",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "lokasi kumuh yg 15 ha ke atas itu katanya pusat yg pegang, dasar hukumnya udh pasti "
        "belum sih?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Kadis kami mau tau, kawasan kumuh yang gede banget (lima belas hektar lebih) berarti "
        "provinsi gak bisa bantu sama sekali ya? terus larinya ke mana",
        ("kewenangan.kumuh_pusat", "pendanaan.saluran_lain"),
    ),
    (
        "KAWASAN KUMUH 15 HA ATAU LEBIH ITU PUSAT YA? JADI PROVINSI CUMA SAMPAI DI BAWAH 15?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "konsultan RP2KPKP kami nanya: penataan kawasan kumuh skala besar (15 ha atau lebih) "
        "itu programnya kementerian ya? provinsi sama sekali gak pegang?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    (
        "Di Desa Bapeang kec. Mentawa Baru Ketapang rumah baru tumbuh terus tanpa jalan dan "
        "saluran, kira2 40 rumah dlm 2 tahun. kami mau cegah sebelum jadi kumuh. pencegahan "
        "kayak gini tugas siapa, bisa minta provinsi?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "bu lurah Kumai Hulu nanya, program pencegahan kumuh di kelurahannya bisa minta "
        "dibiayai provinsi gak sih",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "pencegahan permukiman kumuh emang cuma kab/kota doang ya? provinsi gak ikut2an?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "di sub urusan perumahan, provinsi sebenernya pegang apa aja sih? kok kayaknya dikit bgt",
        "kewenangan.perumahan",
    ),
    (
        "Kabid minta saya rinciin kewenangan sub-urusan perumahan (bukan kawasan permukiman) "
        "buat provinsi dan kab/kota, mau dimasukin ke Renstra. Tolong ya",
        "kewenangan.perumahan",
    ),
    (
        "apa aja tugas kabupaten di sub-urusan perumahan menurut lampiran UU 23 "
        "selain urusan rumah korban bencana",
        "kewenangan.perumahan",
    ),
    (
        "What exactly is the province's housing mandate under Law 23/2014, leaving aside "
        "slums and PSU?",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "ada warga nanya ke kami, dia MBR pengen dapat rumah subsidi. bisa gak lewat provinsi, "
        "atau emang itu ranahnya pusat?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Pemkab Lamandau pengen bangun rusunawa 2 tower buat pekerja berpenghasilan rendah "
        "di Nanga Bulik. Itu bisa diusulkan ke Disperkimtan prov atau harus ke kementerian?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "pembiayaan perumahan buat MBR kayak KPR subsidi gitu kewenangan siapa sih sebenernya",
        "kewenangan.perumahan_pusat",
    ),
    (
        "DOES THE PROVINCE BUILD HOUSES FOR LOW INCOME FAMILIES OR IS THAT THE MINISTRY",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "banjir bulan Januari di Kec. Mentaya Hilir Selatan, 18 rumah di Desa Jaya Kelapa rusak "
        "berat. status tanggap daruratnya ditetapkan bupati. yg bangun ulang rumahnya nanti "
        "kab atau prov?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "kalau pemprov ada proyek terus warga harus pindah, rumah pengganti buat warga yg "
        "direlokasi itu tanggung jawab siapa",
        "kewenangan.bencana_relokasi",
    ),
    (
        "pak kades Tumbang Kunyi titip pertanyaan, 6 rumah warga habis kebakaran minggu lalu. "
        "bisa minta provinsi bangunin lagi gak?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "If the governor declares a flood in Katingan a provincial disaster, does the province "
        "rebuild the damaged houses? And if it is only declared at regency level?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "developer mau bangun perumahan 120 unit di Kel. Kalampangan, Sabangau. izin "
        "pembangunan perumahannya diurus ke pemkot atau ke provinsi?",
        "kewenangan.izin",
    ),
    (
        "SKBG buat rusun itu yg nerbitin siapa ya, provinsi bukan?",
        "kewenangan.izin",
    ),
    (
        "izin pembangunan dan pengembangan kawasan permukiman itu dikeluarkan kab/kota kan? "
        "cuma mau mastiin aja sebelum jawab surat investor",
        "kewenangan.izin",
    ),
    (
        "izin2 di bidang perkim semua ada di kab/kota ya? provinsi gak ngeluarin izin apa pun?",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "sub urusan kawasan permukiman itu isinya apa aja per tingkatan pemerintahan",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "pimpinan nanya, selain urusan kumuh, provinsi punya kewenangan lain gak di "
        "sub-urusan kawasan permukiman?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "penetapan sistem kawasan permukiman secara nasional itu kewenangan siapa",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "waktu rakor kemarin disebut fungsi provinsi itu 'penyelenggaraan kawasan permukiman'. "
        "maksudnya apa aja, beda sama yg dipegang kab/kota di mana?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "beda PSU permukiman sama PSU perumahan apa sih? kok yg satu prov yg satu kab",
        "kewenangan.psu",
    ),
    (
        "Perumahan subsidi di Kel. Sidorejo, Arut Selatan, jalannya hancur dan developernya "
        "udah gak ada. warga minta provinsi yg perbaiki, emang bisa? itu kan PSU perumahan",
        "kewenangan.psu",
    ),
    (
        "kabupaten pegang psu perumahan provinsi pegang psu permukiman bener gak gitu pembagiannya",
        "kewenangan.psu",
    ),
    (
        "is the infrastructure inside a developer's housing estate the province's job or the "
        "regency's?",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "Desa Kalanis kec. Dusun Hilir butuh jalan lingkungan kurang lebih 800 m plus drainase "
        "kiri kanan, warganya 95 KK. pekerjaan kayak gini bisa dikerjakan Disperkimtan prov?",
        "psu.lingkup_provinsi",
    ),
    (
        "PSU yg dibangun provinsi cuma jalan lingkungan sama drainase aja ya? kalau lampu jalan, "
        "taman, atau MCK gimana",
        "psu.lingkup_provinsi",
    ),
    (
        "drainase di pinggir jalan kabupaten dalam kota Muara Teweh sering meluap tiap hujan. "
        "bisa diusulkan ke disperkimtan gak?",
        "psu.lingkup_provinsi",
    ),
    (
        "Does Disperkimtan also build roads and drains in rural villages, or only in towns?",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "konsultan perencana rumah nanya ke kami, sertifikasi dan registrasi perancang rumah "
        "sama perencana PSU itu ngurusnya di kab atau di prov?",
        "kewenangan.sertifikasi",
    ),
    (
        "registrasi badan usaha perencana PSU yg tingkat kemampuannya menengah itu wewenang "
        "siapa ya",
        "kewenangan.sertifikasi",
    ),
    (
        "SERTIFIKASI ORANG YANG MERANCANG RUMAH DAN PSU SKALA KECIL DIURUS SIAPA",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        "SPM perumahan rakyat itu jenis layanannya apa aja buat provinsi? targetnya berapa persen?",
        "kewenangan.spm",
    ),
    (
        "bagian ortala minta kami ngisi laporan penerapan SPM bidang perumahan, indikator yg "
        "jadi tanggungan kabupaten apa ya",
        "kewenangan.spm",
    ),
    (
        "dasar hukum standar pelayanan minimal perumahan itu PP berapa sama Permen PUPR nomor "
        "berapa",
        "kewenangan.spm",
    ),
    (
        "dalam SPM perumahan, 'penyediaan rumah' itu maksudnya bangun baru, terus "
        "'rehabilitasi' itu perbaikan rumah rusak ringan sama sedang, gitu kah?",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "Kel. Sei Pasah luas wilayahnya ratusan hektar tapi yg ditetapkan kumuh di SK cuma "
        "sebagian. yg dipakai buat nentuin kewenangan itu luas kelurahan atau luas deliniasinya?",
        "kumuh.luas_delineasi",
    ),
    (
        "luas kumuh yg dihitung itu yg mana sih, yg di SK atau hasil ukur ulang tim kami "
        "di lapangan?",
        "kumuh.luas_delineasi",
    ),
    (
        "SK kumuh lama kami pakai skala lingkungan, SK yg baru skala kawasan, jadi luasnya beda "
        "jauh. acuan luas buat usulan ke provinsi yg mana?",
        "kumuh.luas_delineasi",
    ),
    (
        "which area counts when deciding slum authority, the whole kelurahan or only the slum "
        "boundary drawn in the decree?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    (
        "yg netapin lokasi kumuh itu siapa sih, bupati atau gubernur?",
        "kumuh.penetapan",
    ),
    (
        "SK penetapan lokasi kumuh Pulang Pisau terakhir direvisi 2017. aturannya SK kayak gitu "
        "wajib ditinjau ulang berapa tahun sekali?",
        "kumuh.penetapan",
    ),
    (
        "pak kadis nanya, keputusan bupati ttg lokasi kumuh itu harus dilengkapi apa aja? "
        "tabel daftar lokasi sama peta sebaran ya?",
        "kumuh.penetapan",
    ),
    (
        "can the province designate a slum location on its own if the regency has not done it?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    (
        "tujuh aspek kriteria kumuh itu apa aja sih, aku cuma inget bangunan sama jalan 😂",
        "kumuh.aspek",
    ),
    (
        "Tim survei kami minggu depan turun ke Kel. Pahandut Seberang buat nilai kekumuhan. "
        "aspek apa aja yg harus dicek di lapangan?",
        "kumuh.aspek",
    ),
    (
        "proteksi kebakaran sama persampahan itu termasuk kriteria kumuh juga ya? ada berapa "
        "kriteria total",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    (
        "hasil penilaian kawasan tepian sungai di Kel. Mendawai Seberang totalnya 64. itu udah "
        "masuk kumuh berat belum?",
        "kumuh.penilaian",
    ),
    (
        "skor kumuh maksimalnya berapa dan tiap kriteria dinilai gimana, 0 1 3 5 gitu?",
        "kumuh.penilaian",
    ),
    (
        "BATAS NILAI KUMUH BERAT BERAPA",
        "kumuh.penilaian",
    ),
    (
        "konsultan RP2KPKP bilang nilai per kriteria tergantung persentase lokasi yg kena, "
        "bener gitu cara ngitungnya? terus totalnya jadi tingkat kumuh gimana",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    (
        "nilai 42 itu masuk kumuh sedang atau ringan?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "rentang skor kumuh ringan sama sedang berapa-berapa? katanya angkanya belum pasti ya",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "lokasi di Kel. Hampatung dapat skor 20 dari tim penilai. berarti kumuh ringan kan? "
        "atau malah dianggap gak kumuh",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "skor 37 sama 38 itu udah beda tingkat ya? batas ringan ke sedang pas di situ?",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        "kampung di bantaran sungai Kel. Panarung, tingkat kumuh sedang, tanahnya gak legal. "
        "penanganannya pemugaran, peremajaan, atau pemukiman kembali?",
        "kumuh.pola_penanganan",
    ),
    (
        "bedanya pemugaran sama peremajaan kawasan kumuh apa ya",
        "kumuh.pola_penanganan",
    ),
    (
        "kalau lokasinya rawan longsor dan lahannya ilegal pola penanganannya dipindah ya "
        "atau masih bisa ditata di tempat",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    (
        "ada anggota DPRD provinsi minta data cepat: berapa lokasi kumuh di Kalteng dan total "
        "luasnya berapa hektar?",
        "kumuh.kalteng",
    ),
    (
        "kabupaten mana sih yg paling banyak lokasi kumuhnya se-kalteng",
        "kumuh.kalteng",
    ),
    (
        "how many slum areas does Central Kalimantan have, and where are most of them?",
        "kumuh.kalteng",
    ),
    # usulan.isi
    (
        "mau nyusun usulan ke provinsi tahun ini, isian apa aja sih yg diminta dan kenapa "
        "semua itu ditanyain?",
        "usulan.isi",
    ),
    (
        "kasubag program nanya: kenapa usulan harus nyebut sektor air minum, sampah, drainase "
        "segala? buat apa datanya?",
        "usulan.isi",
    ),
    (
        "APA SAJA ISI SATU USULAN KEGIATAN YANG LENGKAP MENURUT PROVINSI",
        "usulan.isi",
    ),
    # usulan.jenis
    (
        "jenis usulan yg bisa diajukan ke provinsi apa aja? cuma kumuh sama PSU?",
        "usulan.jenis",
    ),
    (
        "Kepala Desa Tumbang Anoi kec. Damang Batu minta dibantu pembangunan balai adat. kalau "
        "mau diusulkan ke provinsi masuk jenis yg mana?",
        "usulan.jenis",
    ),
    (
        "di pilihan jenis ada 'rumah' ada 'rtlh', bedanya apa? takut salah pilih",
        "usulan.jenis",
    ),
    (
        "what kinds of proposals can a regency send to the province?",
        "usulan.jenis",
    ),
    # usulan.lokasi
    (
        "data lokasi usulan harus sampai desa ya? gimana kalau lokasinya nyambung di dua desa, "
        "Kaladan Jaya sama Lapetan di Mantangai",
        "usulan.lokasi",
    ),
    (
        "nama lokasi di usulan harus persis kayak nama lokasi di SK kumuh gak? "
        "terus perkotaan/perdesaan itu penting?",
        "usulan.lokasi",
    ),
    (
        "titik koordinat wajib gak? lokasi kami di pedalaman Seribu Riam sinyal GPS aja "
        "kadang ngilang",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    (
        "jumlah KK dan jiwa penerima manfaat itu ambil dari data mana? terus biayanya cukup "
        "perkiraan kasar aja kan?",
        "usulan.penerima_biaya",
    ),
    (
        "sumber dana di usulan boleh diisi kombinasi gak, misalnya APBD prov ditambah "
        "pendamping dari APBD kab",
        "usulan.penerima_biaya",
    ),
    (
        "usulan jaling 1,2 km di Desa Pangkoh Sari kec. Pandih Batu, perkiraan 1,8 M, yg "
        "terlayani 210 KK 780 jiwa. angka2 penerima sama biaya ini ngaruh ke penilaian gak?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    (
        "dokumen kesiapan apa aja yg harus disiapin biar usulan dianggap siap dilaksanakan?",
        "usulan.kesiapan",
    ),
    (
        "readiness criteria utk usulan PSU jalan drainase apa aja ya min",
        "usulan.kesiapan",
    ),
    (
        "Pak Sekdis nanya, kalau kelengkapan kesiapannya belum semua (DED belum, lahan belum "
        "beres), usulan masih boleh dikirim gak? pengaruhnya apa",
        "usulan.kesiapan",
    ),
    (
        "WHAT PAPERS DO WE NEED TO SHOW THE PROPOSAL IS READY TO BUILD",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    (
        "lahan utk drainase di Desa Sungai Bakau kec. Kumai masih tanah warga, blm dihibahkan "
        "ke desa. itu bisa disebut clean and clear gak?",
        "usulan.lahan",
    ),
    (
        "clean and clear itu syaratnya apa aja? sertifikat, sesuai RTRW, gak sengketa?",
        "usulan.lahan",
    ),
    (
        "status lahan buat usulan jalan lingkungan kalau cuma punya SKT dari desa cukup gak, "
        "atau harus sertifikat pemda",
        "usulan.lahan",
    ),
    (
        "The land for the planned road is claimed by two families. Can we still propose it?",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    (
        "usulan kumuh harus nyantumin nomor sama tanggal SK kumuh ya? SK kami terbit 2019, "
        "masih dianggap berlaku?",
        "usulan.sk_kumuh",
    ),
    (
        "lokasi yg mau kami usulkan ternyata gak tercantum di SK kumuh bupati. tetap bisa "
        "diajukan sebagai usulan kumuh?",
        "usulan.sk_kumuh",
    ),
    (
        "SK KUMUH WAJIB DICANTUMKAN DI USULAN KUMUH?",
        "usulan.sk_kumuh",
    ),
    (
        "SK kumuh kabupaten kami lagi direvisi dan blm ditandatangani bupati usulan kumuh "
        "tahun ini gimana dong",
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    (
        "DED sama RAB harus jadi dulu sebelum usul atau boleh nyusul?",
        "usulan.dokumen_teknis",
    ),
    (
        "RKS perlu dilampirin juga? site plan juga?",
        "usulan.dokumen_teknis",
    ),
    (
        "jalan di Desa Rubung Buyung kec. Cempaga masih tanah merah, becek kalau hujan. foto "
        "kondisi eksisting yg dilampirkan sebaiknya kayak apa dan berapa banyak?",
        "usulan.dokumen_teknis",
    ),
    (
        "For a drainage proposal, do we need a full detailed design or is a cost estimate enough?",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        "surat pernyataan kesediaan menerima hibah dan O&P itu yg tanda tangan siapa, "
        "kadis atau bupati?",
        "usulan.surat_pernyataan",
    ),
    (
        "kenapa sih usulan PSU harus ada surat pernyataan operasi dan pemeliharaan? "
        "kan provinsi yg bangun",
        "usulan.surat_pernyataan",
    ),
    (
        "pak sekda nanya kalau pemkab sebenernya belum sanggup anggarin pemeliharaan jalan "
        "nya nanti tetap harus bikin surat pernyataan gitu",
        "usulan.surat_pernyataan",
    ),
    (
        "surat pernyataan hibah itu isinya kira2 apa aja ya, ada format dari provinsi?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    (
        "Di Desa Tumbang Manggo kec. Sanaman Mantikei ada 35 rumah warga yg dindingnya lapuk "
        "dan atapnya bocor. bisa diusulkan bedah rumah lewat provinsi? syaratnya apa aja",
        "usulan.rtlh",
    ),
    (
        "warga mau bangun rumah baru di tanah kosong, bisa masuk program RTLH provinsi gak?",
        "usulan.rtlh",
    ),
    (
        "penerima bantuan RTLH provinsi itu yg netapin siapa? cukup SK bupati?",
        "usulan.rtlh",
    ),
    (
        "rumahnya numpang di tanah keluarga gak ada SKT gak ada sertifikat bisa dapat "
        "bantuan RTLH dari prov gak",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "warga RT 05 Kel. Langkai mau ngajuin sendiri perbaikan jalan gang ke provinsi. "
        "boleh gak, syaratnya apa?",
        "usulan.psu_masyarakat",
    ),
    (
        "ada kelompok warga datang bawa proposal drainase. proposal kayak gitu harus "
        "diketahui siapa aja? RT, lurah, camat?",
        "usulan.psu_masyarakat",
    ),
    (
        "warga Kel. Bereng Bengkel udh kirim surat permohonan jalan lingkungan langsung ke "
        "gubernur tanpa lewat dinas kami itu bakal diproses gak",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "jalan lingkungan yg dibangun provinsi th 2024 di Kel. Palingkau Baru sekarang udah "
        "retak2. itu aset siapa sih dan siapa yg wajib pelihara?",
        "hibah.aset",
    ),
    (
        "BAST hibah aset dari provinsi ke kabupaten itu yg tanda tangan siapa aja?",
        "hibah.aset",
    ),
    (
        "setelah proyek drainase provinsi selesai proses serah terimanya ke pemkab gimana "
        "terus dicatat sebagai apa",
        "hibah.aset",
    ),
    (
        "jalan yg dibangun prov di atas tanah desa nanti dihibahkan ke pemkab atau langsung "
        "ke desa?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "lokasi kumuh kami di Desa Terusan Raya Hulu kec. Bataguh cuma 6 ha, jadi bukan jatah "
        "provinsi. terus dananya bisa dicari dari mana aja?",
        "pendanaan.saluran_lain",
    ),
    (
        "kalau bukan kewenangan provinsi alternatif pendanaannya apa aja? DAK tematik bisa?",
        "pendanaan.saluran_lain",
    ),
    (
        "Kades Sembuluh I nanya, boleh gak pakai dana desa atau CSR perusahaan sawit "
        "sekitar buat benahi permukiman yg bukan urusan provinsi?",
        "pendanaan.saluran_lain",
    ),
    (
        "If the province can't pay for it, where else can we look for money?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        "usulan yg kami kirim tahun ini itu buat anggaran tahun depan kan?",
        "siklus.tahunan",
    ),
    (
        "aku baru dimutasi ke bidang perkim, alur usulan ke provinsi dalam setahun itu dari "
        "mana sampai mana sih?",
        "siklus.tahunan",
    ),
    (
        "SETELAH DISETUJUI ASETNYA NANTI DISERAHKAN KE KAB JUGA KAN? TAHAPAN LENGKAPNYA "
        "DARI USUL SAMPAI SERAH TERIMA APA AJA",
        "siklus.tahunan",
    ),
    (
        "usulan drainase Desa Jaweten kec. Dusun Timur kami kirim Maret 2026. kalau lolos, "
        "dibangunnya tahun berapa?",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    (
        "usulan kami diperiksa apa aja sama provinsi? administrasi doang atau sampai cek lapangan?",
        "siklus.pemeriksaan",
    ),
    (
        "pak kades Bukit Bamba nanya apa bakal ada tim provinsi yg survey lokasi dulu sebelum "
        "usulan jalan desanya diputuskan",
        "siklus.pemeriksaan",
    ),
    (
        "verifikasi teknis usulan itu yg dicek apa aja",
        "siklus.pemeriksaan",
    ),
    (
        "gimana provinsi nentuin usulan kita masuk kewenangan dia atau bukan, ada tahap "
        "pemeriksaannya sendiri?",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    (
        "rakor bidang kawasan permukiman itu acara apa sih? kabupaten wajib datang?",
        "siklus.rakor",
    ),
    (
        "di Rakor itu yg dibahas apa aja, usulan kami ikut dibahas di situ?",
        "siklus.rakor",
    ),
    (
        "kok tanggal rakor tiap tahun pindah2 ya, 2024 september 2025 november. emang gak "
        "ada jadwal tetapnya?",
        "siklus.rakor",
    ),
    (
        "what is the Rakor and who takes part in it?",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    (
        "setelah rakor usulan yg lolos lanjut ke mana? musrenbang provinsi terus RKPD?",
        "siklus.rkpd_apbd",
    ),
    (
        "pimpinan nanya, usulan yg udah disepakati di rakor itu otomatis pasti dapat anggaran "
        "APBD provinsi atau masih bisa gugur?",
        "siklus.rkpd_apbd",
    ),
    (
        "hubungan rakor sama musrenbang sama rkpd itu gmn sih bingung aku",
        "siklus.rkpd_apbd",
    ),
    (
        "USULAN YG SUDAH DISEPAKATI DI RAKOR MASUK RKPD TAHUN BERAPA, TERUS APBD NYA KAPAN",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    (
        "Pokja PKP di kabupaten itu isinya siapa aja dan fungsinya apa? Sekda kami mau "
        "bentuk ulang SK pokjanya",
        "koordinasi.pokja_pkp",
    ),
    (
        "dasar hukum pokja pkp apa ya, permen pupr berapa",
        "koordinasi.pokja_pkp",
    ),
    (
        "POKJA PKP SAMA FORUM PKP ITU BEDANYA APA",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    (
        "alamat kantor disperkimtan prov di mana ya? mau antar berkas usulan langsung",
        "disperkimtan.kontak",
    ),
    (
        "website resmi disperkimtan kalteng apa? kadis mau liat berita kegiatan mereka",
        "disperkimtan.kontak",
    ),
    (
        "where is the provincial housing office in Palangka Raya?",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    (
        "daftar perintah di Sinkron apa aja selain /usul? mau saya bikinin contekan buat staf",
        "bot.cara_pakai",
    ),
    (
        "jam yg muncul di pesan bot itu WIB atau WITA? rekan yg baru pindah dari Banjarmasin "
        "bingung",
        "bot.cara_pakai",
    ),
    (
        "gimana caranya daftar jadi petugas kabupaten di bot ini? harus nunggu disetujui "
        "admin dulu?",
        "bot.cara_pakai",
    ),
    (
        "Can I use this bot in English? My Bahasa is not so good yet.",
        "bot.cara_pakai",
    ),
    # bot.usul
    (
        "pas lagi ngisi /usul tiba2 sinyal ilang, isian yg tadi ikut ilang gak?",
        "bot.usul",
    ),
    (
        "foto di /usul maksimal berapa? dokumen PDF bisa dilampirin sekalian?",
        "bot.usul",
    ),
    (
        "usulan jaling tahun lalu mau saya kirim lagi dgn sedikit perubahan. di bot ada cara "
        "nyalin usulan lama gak, biar gak ngetik ulang semua",
        "bot.usul",
    ),
    (
        "KOK PAS SAYA ISI LUAS 250 HA DI /USUL DISURUH KONFIRMASI ULANG",
        "bot.usul",
    ),
    # bot.status
    (
        "status usulan kami jadi 'perlu perbaikan', artinya apa dan kami harus ngapain?",
        "bot.status",
    ),
    (
        "bedanya status verifikasi sama dibahas di rakor apa ya",
        "bot.status",
    ),
    (
        "STATUS DIBATALKAN ITU MAKSUDNYA APA, PERASAAN KAMI GAK PERNAH BATALIN APA2",
        "bot.status",
    ),
    (
        "once a proposal shows disetujui, can that status still change later?",
        "bot.status",
    ),
    # bot.ditolak_dialihkan
    (
        "usulan kami ditolak, alasannya 'bukan kewenangan provinsi'. terus langkah kami "
        "selanjutnya apa?",
        "bot.ditolak_dialihkan",
    ),
    (
        "status usulan jadi dialihkan ke APBD kab. itu artinya gimana, masih bisa dibantu "
        "provinsi gak?",
        "bot.ditolak_dialihkan",
    ),
    (
        "usulan yg ditolak tahun ini boleh diajukan lagi tahun depan gak",
        "bot.ditolak_dialihkan",
    ),
    (
        "My proposal got redirected to DAK. What am I supposed to do now?",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    (
        "udah seminggu usulan kami masih 'diajukan' terus 🙄 standarnya provinsi respon "
        "berapa hari sih?",
        "bot.tindak_lanjut",
    ),
    (
        "katanya tindak lanjut usulan ngikut standar LAPOR!, berapa hari kerja buat verifikasinya?",
        "bot.tindak_lanjut",
    ),
    (
        "is there a service standard for how quickly the province reacts to a proposal?",
        "bot.tindak_lanjut",
    ),
    # bot.rapat
    (
        "saya dapat undangan rapat di bot tapi tanggal itu saya dinas luar ke Puruk Cahu. "
        "bisa diwakilin staf gak?",
        "bot.rapat",
    ),
    (
        "pengingat rapat dari bot itu dikirim kapan aja? H-1 doang?",
        "bot.rapat",
    ),
    (
        "cara konfirmasi hadir undangan rapat lewat sinkron gimana",
        "bot.rapat",
    ),
    (
        "can I change my reply after I already said I will attend the meeting?",
        "bot.rapat",
    ),
]

PART_B_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # -- planning names, agencies, the sector itself
    ("pak kabid nanya nih, perkim itu singkatan dari apa sih", "istilah.perkim"),
    ("DISPERKIMTAN ITU KEPANJANGANNYA APA YA", "istilah.disperkimtan"),
    ("what does PSU stand for", "istilah.psu"),
    (
        (
            "di undangan tertulis bidang PKP, PKP di sini maksudnya apa? "
            "bukan pengusaha kena pajak kan"
        ),
        "istilah.pkp",
    ),
    ("yg disebut kumuh itu sebenernya apa sih definisinya", "istilah.kumuh"),
    (
        "warga Desa Hampalit nulis di proposal 'perbaikan jaling 300 m', jaling tu apaan ya",
        "istilah.jaling",
    ),
    ("drainase lingkungan itu maksudnya saluran yg mana", "istilah.drainase"),
    # -- slum levels, decree, delineation
    (
        "di lampiran SK kumuh Kotim kolom tingkatnya diisi KR, itu artinya apa",
        "istilah.kr",
    ),
    ("ks di tabel data kumuh kami singkatan dari apa ya?", "istilah.ks"),
    (
        (
            "Kel. Baamang Hulu ditandai KB di tabel lokasi. "
            "KB di sini bukan keluarga berencana kan? artinya apa"
        ),
        "istilah.kb",
    ),
    ("sk kumuh tuh maksudnya surat keputusan apa sih", "istilah.skkumuh"),
    (
        (
            "konsultan minta peta delineasi utk lokasi di Kel. Selat Hilir, delineasi itu apa ya "
            "artinya"
        ),
        "istilah.delineasi",
    ),
    ("what is meant by delineation of a slum location", "istilah.delineasi"),
    # -- houses
    ("rtlh singkatan dr apa ya, lupa 😅", "istilah.rtlh"),
    (
        "ada warga nanya, katanya rumahnya mau dijadikan RLH. RLH itu apa ya pak",
        "istilah.rlh",
    ),
    (
        (
            "pak camat Jelai titip pertanyaan: program bedah rumah yg sering disebut itu "
            "sebenernya maksudnya apa"
        ),
        "istilah.bedahrumah",
    ),
    ("bsps itu bantuan apa ya", "istilah.bsps"),
    ("mbr kepanjangannya apa dong", "istilah.mbr"),
    ("rusunawa itu rumah susun yg gimana maksudnya", "istilah.rusunawa"),
    ("di nomenklatur kab ada kata rusus, itu rumah apa ya", "istilah.rusus"),
    (
        "korban banjir di Kec. Seruyan Hilir dijanjiin huntara sama BPBD, huntara itu apa sih",
        "istilah.huntara",
    ),
    ("huntap artinya apa? hunian tetap bukan", "istilah.huntap"),
    ("backlog perumahan tuh artinya apa", "istilah.backlog"),
    # -- counts and units
    (
        "isian '120 KK' di form itu KK maksudnya apa, kartu keluarga atau kepala keluarga?",
        "istilah.kk",
    ),
    ("kolom jiwa di usulan itu maksudnya apa, jumlah orang ya?", "istilah.jiwa"),
    ("satuan ha itu hektare kan? singkatan resminya gitu?", "istilah.ha"),
    # -- technical documents and readiness
    ("DED ITU APA SIH", "istilah.ded"),
    ("what's a DED in a proposal package", "istilah.ded"),
    ("staf baru di bidang kami nanya, RAB tu dokumen apa", "istilah.rab"),
    ("rks kepanjangannya apa ya pak", "istilah.rks"),
    ("kak itu apaan? bukan kakak kan 😂", "istilah.kak"),
    ("site plan bahasa indonesianya apa, rencana tapak ya?", "istilah.siteplan"),
    (
        "di grup WA ada yg nanya 'RC-nya udh lengkap blm', RC itu apa ya maksudnya",
        "istilah.rc",
    ),
    ("what does readiness criteria mean", "istilah.rc"),
    # -- assets and handover
    ("bast itu berita acara apa", "istilah.bast"),
    (
        (
            "jalan lingkungan yg dibangun prov di Desa Pasir Panjang katanya mau dihibahkan, kata "
            "hibah di situ artinya apa"
        ),
        "istilah.hibah",
    ),
    ("bmn artinya apa ya, barang milik negara?", "istilah.bmn"),
    ("O&P di surat pernyataan itu kepanjangannya apa", "istilah.op"),
    ("spm itu singkatan apa ya", "istilah.spm"),
    # -- working groups and plans
    ("pimpinan minta konfirmasi, Pokja PKP itu kepanjangannya apa", "istilah.pokjapkp"),
    (
        "sekda Kab. Katingan jadi ketua Pokja PPAS, itu pokja apa ya sebenernya",
        "istilah.pokjappas",
    ),
    ("pokja ampl itu kelompok kerja apa", "istilah.pokjaampl"),
    ("RP3KP itu dokumen apa sih, singkatan dr apa", "istilah.rp3kp"),
    ("rp2kpkp panjang bgt, kepanjangannya apa ya", "istilah.rp2kpkp"),
    (
        "di Kel. Pahandut Seberang dulu ada papan KOTAKU, itu program apa ya",
        "istilah.kotaku",
    ),
    # -- money and budget documents
    ("DAK itu dana apa ya", "istilah.dak"),
    ("dak tematik ppkt itu apaan", "istilah.daktematikppkt"),
    ("what is the APBD", "istilah.apbd"),
    (
        "kades Tewang Kadamba nanya ke saya, apbdes itu apa. saya jg ragu jawabnya",
        "istilah.apbdes",
    ),
    ("bankeu itu maksudnya apa sih? bantuan keuangan?", "istilah.bankeu"),
    ("POKIR DEWAN ITU APA", "istilah.pokir"),
    ("what is musrenbang", "istilah.musrenbang"),
    ("RKPD singkatan apa", "istilah.rkpd"),
    ("renstra itu dokumen apa ya", "istilah.renstra"),
    ("rpjmd kepanjangannya apa", "istilah.rpjmd"),
    ("KUA-PPAS itu apaan sih kok sering bgt disebut pas rapat anggaran", "istilah.kuappas"),
    ("dpa itu dokumen apa", "istilah.dpa"),
    ("SIPD itu sistem apa ya", "istilah.sipd"),
    ("bapperida itu badan apa? dulu namanya bappeda kan", "istilah.bapperida"),
    ("skpd kepanjangannya apa ya", "istilah.skpd"),
    ("csr itu apa? dana dari perusahaan gitu ya", "istilah.csr"),
    # -- water, sanitation, waste
    ("SPAM di sini bukan email spam kan? maksudnya apa 🤔", "istilah.spam"),
    (
        "IPAL komunal yg di Kel. Selat Tengah itu, IPAL nya singkatan dari apa",
        "istilah.ipal",
    ),
    ("tps3r itu tempat apa, 3R nya maksudnya apa", "istilah.tps3r"),
    # -- spatial plans, buildings, land
    ("RTRW itu bukan RT/RW kan? maksudnya apa", "istilah.rtrw"),
    ("PBG itu singkatan apa? katanya pengganti IMB", "istilah.pbg"),
    ("what kind of certificate is an SLF", "istilah.slf"),
    (
        "lahan warga di Desa Tinduk cuma punya SKT dari kades, SKT itu surat apa sih",
        "istilah.skt",
    ),
    ("lahannya harus clean and clear, maksudnya gimana tuh", "istilah.cleanandclear"),
    # -- the cycle and the bot
    ("rakor tu singkatan dari rapat apa", "istilah.rakor"),
    ("LAPOR! itu aplikasi apa ya", "istilah.lapor"),
    ("what's WIB", "istilah.wib"),
]

# Intents: own proposals' status, next meeting, deadline, greetings/help, how to submit.
PART_B_INTENTS: list[tuple[str, str]] = [
    # -- status of the officer's own proposals
    (
        "usulan kami yg jalan lingkungan di Kel. Kumai Hulu udh diverifikasi blm ya",
        "status",
    ),
    ("PIMPINAN MINTA KONFIRMASI USULAN DRAINASE KAMI SUDAH SAMPAI MANA", "status"),
    ("what's the status of the proposals we sent?", "status"),
    ("USL-2026-0003 sekarang statusnya apa", "status"),
    ("kok usulan kita blm ada kabar sih udh 2 minggu lebih nih", "status"),
    (
        (
            "pak kadis titip tanya usulan RTLH 25 unit dari Dusun Selatan yg kami kirim bulan lalu "
            "diterima gak"
        ),
        "status",
    ),
    # -- next meeting
    ("rakor tahun ini kapan ya", "meeting"),
    ("rakor kawasan permukiman berikutnya di mana, masih di aula dinas?", "meeting"),
    ("when is the next coordination meeting", "meeting"),
    (
        (
            "pak sekdin nanya jadwal rapat sinkronisasi berikutnya udh ada tanggalnya blm soalnya "
            "mau atur perjalanan dari Puruk Cahu"
        ),
        "meeting",
    ),
    ("RAPAT KOORDINASI SELANJUTNYA TANGGAL BERAPA DAN JAM BERAPA", "meeting"),
    ("ada jadwal rapat lagi gak dgn provinsi dlm waktu dekat?", "meeting"),
    # -- deadline
    ("batas akhir kirim usulan kapan ya", "deadline"),
    ("deadline usulan utk TA depan tgl brp sih", "deadline"),
    ("what is the last day to submit proposals", "deadline"),
    (
        "masih bisa ngusul gak minggu depan atau pengusulan udh ditutup",
        "deadline",
    ),
    ("KAPAN TERAKHIR PENGIRIMAN USULAN KEGIATAN", "deadline"),
    (
        "kabid minta kepastian usulan dari Kab. Seruyan paling lambat masuk tanggal berapa",
        "deadline",
    ),
    # -- greetings, thanks, help
    ("halo", "greeting"),
    ("selamat pagi min 🙏", "greeting"),
    ("makasih ya infonya, sangat membantu", "greeting"),
    ("bot ini bisa bantu apa aja sih", "greeting"),
    ("hi, what can you do?", "greeting"),
    ("tolong, saya bingung pakainya", "greeting"),
    # -- how to submit through the bot
    ("gimana cara ngirim usulan lewat bot ini", "how_to_submit"),
    (
        "mau ngusulin jaling 450 m di Desa Bapeang, caranya lewat sini gimana",
        "how_to_submit",
    ),
    ("how do I submit a proposal here", "how_to_submit"),
    ("CARA INPUT USULAN DI SINKRON BAGAIMANA", "how_to_submit"),
    (
        "pak kabid titip pertanyaan: kalau mau ajukan usulan lewat telegram ini langkahnya apa aja",
        "how_to_submit",
    ),
    ("udh terdaftar nih, trus ngusulnya pake perintah apa", "how_to_submit"),
]

# Areas: a slum area's size, who is responsible (kabkota <10 ha, provinsi 10-<15, pusat >=15).
PART_B_AREAS: list[tuple[str, str]] = [
    # -- under 10 ha
    (
        "kawasan kumuh di Kel. Baamang Hilir luasnya 7,5 ha, kewenangan siapa ya",
        "kabkota",
    ),
    (
        (
            "delineasi di SK kumuh kami 9,99 hektar, sedikit lagi 10. itu masih kabupaten atau "
            "udh provinsi?"
        ),
        "kabkota",
    ),
    ("slum area of 4.2 hectares in Pahandut, who is responsible?", "kabkota"),
    ("LOKASI KUMUH 85.000 M2 DI DESA PULAU TELO SIAPA YG TANGANI", "kabkota"),
    (
        "pak camat Kurun titip pertanyaan: kumuh 6 hektare di Kel. Kurun itu urusan kab atau prov",
        "kabkota",
    ),
    ("kumuh 95000 meter persegi di Kel. Melayu Muara Teweh kewenangan siapa", "kabkota"),
    ("kumuh 3 ha siapa yg urus", "kabkota"),
    (
        (
            "kawasan kumuh kecil bgt cuma 0,8 ha di Desa Sungai Bakau Kumai ada 40 KK di situ "
            "yg berwenang nanganin siapa ya"
        ),
        "kabkota",
    ),
    # -- 10 ha up to under 15 ha
    ("pas 10 ha kumuhnya, masuk provinsi gak?", "provinsi"),
    (
        "delineasi SK kumuh Kel. Mendawai Pangkalan Bun 12,4 hektare, siapa yg berwenang",
        "provinsi",
    ),
    ("kumuh 14.9 ha, sedikit di bawah 15, kewenangan siapa?", "provinsi"),
    (
        "luas kumuhnya lebih dari 14,5 ha tapi blm sampe 15 ha, itu ditangani siapa",
        "provinsi",
    ),
    (
        "120.000 m² kawasan kumuh di Kel. Ketapang Sampit, provinsi kan yg nanganin?",
        "provinsi",
    ),
    (
        "our slum location in Selat Hulu, Kapuas is 13.2 ha. Is that the province or the regency?",
        "provinsi",
    ),
    ("TEPAT 10 HEKTAR KUMUHNYA, KAB ATAU PROV", "provinsi"),
    (
        "ada warga Panarung nanya kawasan kumuh 11 ha di kelurahannya itu tanggung jawab siapa",
        "provinsi",
    ),
    ("kumuh 100.000 meter persegi tanggung jawab siapa", "provinsi"),
    # -- 15 ha or more
    ("kumuhnya persis 15 ha, masih provinsi kah?", "pusat"),
    (
        (
            "Kel. Mentawa Baru Hilir punya kawasan kumuh 22 hektar di bantaran Mentaya, "
            "kewenangannya siapa"
        ),
        "pusat",
    ),
    ("slum location of exactly 15.0 ha, whose job is it?", "pusat"),
    (
        "pimpinan minta konfirmasi: lokasi kumuh 27,3 ha di Kec. Pahandut itu kewenangan pusat ya?",
        "pusat",
    ),
    ("250.000 m2 kumuh di Kel. Mambulau siapa yg berwenang", "pusat"),
    ("kumuh 16 hektare di Kuala Kapuas gimana, kab/prov/pusat?", "pusat"),
    ("luas kumuhnya 15,01 ha nih kewenangan siapa", "pusat"),
    ("KUMUH 18,75 HA DI DESA BAPEANG SIAPA YANG BERWENANG", "pusat"),
]

# Out of scope: questions the knowledge base cannot answer; the bot should hand over.
PART_B_OUT_OF_SCOPE: list[str] = [
    # -- budget figures and allocations
    "pagu Disperkimtan 2026 utk PSU totalnya berapa M sih?",
    "berapa alokasi DAK tematik PPKT buat Kotim tahun 2027",
    "KAB LAMANDAU DAPAT BANKEU PROVINSI BERAPA UNTUK TA 2027",
    "Can you tell me the exact 2027 budget ceiling for slum upgrading in Katingan?",
    "anggaran rakor tahun lalu habis berapa ya totalnya",
    "nilai kontrak paket jalan lingkungan provinsi di Gumas tahun 2025 berapa",
    # -- contractors, tenders, project progress
    "CV Karya Mandiri yg ngerjain drainase di Kasongan itu rekanan resmi provinsi bukan?",
    "siapa pemenang tender jaling di Kec. Jekan Raya tahun lalu",
    "who won the drainage contract in Sampit last year?",
    "progres fisik drainase di Desa Runtu udh berapa persen ya, kok kayak mandek",
    # -- named people's contacts
    "minta no hp pak kabid kawasan permukiman dong",
    "no WA ibu sekretaris dinas berapa ya, mau konfirmasi langsung",
    # -- technical construction specs and prices
    "tebal rabat beton K-250 buat jalan lingkungan minimal berapa cm",
    "ukuran U-ditch yg standar buat drainase lingkungan berapa ya 40x40 atau 60x60",
    "spesifikasi pipa HDPE utk SPAM perdesaan diameter brp yg cocok",
    "HARGA SEMEN DI PURUK CAHU SEKARANG BERAPA PER SAK",
    "harga satuan besi beton 10 mm di Tamiang Layang tahun ini berapa",
    # -- other provinces' and regions' rules
    "di Kaltim syarat bantuan RTLH dari provinsinya apa aja, Pergubnya nomor berapa",
    "Perwali Banjarmasin soal penyerahan PSU pengembang isinya apa aja",
    # -- SIPD errors
    "SIPD error pas input sub kegiatan, muncul gagal simpan terus gimana nih",
    "My SIPD account got locked, how do I reset it?",
    # -- personal civil-service matters
    "kapan kenaikan pangkat saya diproses BKD ya",
    "TPP bulan ini kok blm cair sih",
    "gimana cara ngurus cuti tahunan ASN lewat aplikasi",
    "pak kasubag titip, mutasi pegawai pemprov bulan depan udh ada daftarnya blm",
    # -- off topic
    "cuaca besok di Palangka Raya gimana, hujan gak",
    "resep ikan jelawat bakar dong 🐟",
    "tolong buatin surat lamaran kerja buat ponakan saya",
    "skor bola semalam berapa",
    "BPJS kesehatan saya gak aktif gmn cara ngaktifinnya",
]


ROUND33_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [*PART_A_TOPICS, *PART_B_TOPICS]
ROUND33_INTENTS: list[tuple[str, str]] = PART_B_INTENTS
ROUND33_AREAS: list[tuple[str, str]] = PART_B_AREAS
ROUND33_OUT_OF_SCOPE: list[str] = PART_B_OUT_OF_SCOPE
