"""Round 41 held-out question table for the Sinkron bot.

Written 2026-12-06 by two helpers who had not seen the knowledge base or any other question
table; they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md) plus the place-name list.

Style emphasis of this round: checking a belief with one detail wrong ("setahu saya RTLH itu
urusan provinsi semua kan?"); negation and exclusion (what is NOT the province's, NOT needed);
where or to whom to go (which office, desk, person or channel); phone predictive text (Every
Word Capitalised, no space after punctuation, an auto-inserted wrong word); whether a rule is
still in force or changed; how long, how many, how often; statements of confusion instead of
questions ("saya masih bingung soal ..."); asking for the answer's format ("jawab ya/tidak
saja", "pakai poin"). About one question in ten is stiff machine-translated English of an
Indonesian sentence. A glossary entry's questions ask what the term means.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND41_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Urusan perumahan dan kawasan permukiman mana saja yang bukan kewenangan "
            "provinsi? tolong dirangkum per tingkat pemerintahan"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Please explain in summary the division of authority of housing and settlement "
            "area between the central, the province and the regency/city government."
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "setahu saya perumahan dan kawasan permukiman itu masuk urusan pilihan ya, bukan "
            "urusan wajib? mohon dikoreksi kalau saya keliru"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Dasar Hukum Perumahan Masuk Urusan Wajib Pelayanan Dasar Itu Pasal Berapa Di Uu "
            "23/2014,Pal?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "jadi penanganan kumuh 10 sampai di bawah 15 ha itu provinsi, dan yang di bawah "
            "10 ha juga masih bisa ke provinsi asal ada SK kumuh, betul begitu?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Kami di Kapuas Hilir sedang menghitung ulang luasan kumuh. Sebelum diajukan, "
            "tolong jelaskan pembagian kewenangannya menurut luas, supaya kami tahu harus "
            "mengusulkan ke tingkat mana."
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Untuk kawasan kumuh skala besar yang sudah melewati batas kewenangan provinsi, "
            "apakah provinsi sama sekali tidak boleh ikut menangani?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Is the wording that slum area of fifteen hectare or more is the authority of "
            "central government already confirmed in the regulation text?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Pencegahan kumuh itu dibagi juga seperti penanganannya ya, provinsi kebagian "
            "yang 10-15 ha?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Program pencegahan tumbuhnya permukiman kumuh di desa kami sebaiknya diusulkan "
            "ke siapa, ke provinsi atau cukup ke pemkab sendiri?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Di sub-urusan perumahan, tugas apa saja yang tidak termasuk bagian provinsi?",
        "kewenangan.perumahan",
    ),
    (
        (
            "Kewenangan Provinsi Di Sub Urusan Perumahan Itu Apa Saja,Pak?Mohon "
            "Penjelasannya.Terima Kadih"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Penyediaan rumah untuk MBR itu tugas pemkab kan pak? rencananya mau kami usulkan "
            "juga ke provinsi sebagai pendamping"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Pembangunan rusun untuk masyarakat berpenghasilan rendah di Palangka Raya "
            "sebenarnya ditangani pemerintah level mana, biar kami tahu usulannya dibawa ke "
            "mana?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Rumah korban banjir yang mana yang tidak ditangani provinsi? apakah yang status "
            "bencananya kabupaten di Katingan tidak bisa kami usulkan ke provinsi?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Ada Warga Yang Harus Pindah Karena Proyek Pemkab,Penyediaan Rumahnya Tanggung "
            "Jawab Siapa Yak?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Izin pembangunan perumahan dan penerbitan SKBG itu bukan urusan Disperkimtan "
            "provinsi ya? lalu siapa yang menerbitkan?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Pengembang perumahan tanya ke kami, izin pengembangan kawasan permukiman diurus "
            "ke instansi tingkat mana?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Penetapan sistem kawasan permukiman nasional itu dipegang pemerintah tingkat "
            "mana? apakah provinsi ikut menetapkan?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Di sub-urusan kawasan permukiman, apa saja yang tidak diserahkan ke provinsi "
            "alias jadi bagian kabupaten/kota?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "PSU perumahan itu kewenangan provinsi dan PSU permukiman kewenangan kabupaten "
            "ya? mau pastikan sebelum rapat"
        ),
        "kewenangan.psu",
    ),
    (
        "PSU jenis apa yang tidak bisa kami usulkan ke provinsi karena memang bagian kabupaten?",
        "kewenangan.psu",
    ),
    (
        (
            "Disperkimtan bisa bangun drainase di sepanjang jalan provinsi kan, asalkan masih "
            "dekat permukiman warga?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Psu Yang Dibangun Provinsi Itu Cuma Jalan Lingkungan Dan Drainase Atau Bisa Juga "
            "Di Permukiman Perdesaan,Tidak Hanya Kota?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Konsultan perencana rumah tingkat kemampuan kecil mau registrasi, ngurusnya ke "
            "provinsi atau ke kabupaten?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Sertifikasi perancang PSU untuk tingkat kemampuan mana saja yang bukan urusan "
            "kabupaten/kota?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        "Target SPM perumahan provinsi untuk korban bencana provinsi itu 80% kan?",
        "kewenangan.spm",
    ),
    (
        (
            "What is the minimum service standard of housing which is obligated to the "
            "province according to PP 2/2018?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Luas kumuh yang dipakai untuk menentukan kewenangan itu luas seluruh desa kan, "
            "bukan hanya lokasi kumuhnya saja?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Angka luas kumuh untuk usulan kami ambil dari dokumen mana, SK kumuh atau data "
            "luas wilayah desa dari BPS?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Penetapan lokasi kumuh di Kotim itu ditandatangani oleh siapa, Gubernur atau "
            "Bupati? dan harus dilengkapi apa saja?"
        ),
        "kumuh.penetapan",
    ),
    (
        "Sk Kumuh Kami Terbit Tahun 2019,Wajib Ditinjau Ulang Tiap Berapa Tahun Yak?",
        "kumuh.penetapan",
    ),
    (
        (
            "Listrik dan penerangan jalan tidak masuk aspek kriteria kumuh ya? tujuh aspeknya "
            "sebenarnya apa saja?"
        ),
        "kumuh.aspek",
    ),
    (
        "What are the seven aspects of the criteria of slum according to Permen PUPR 14/2018?",
        "kumuh.aspek",
    ),
    (
        "Skor kumuh maksimalnya 100 kan, dan kumuh berat mulai dari 70?",
        "kumuh.penilaian",
    ),
    (
        "Nilai Kumuh Lokasi Kami 64,Itu Sudah Masuk Kumuh Berat Atau Belum?Trims",
        "kumuh.penilaian",
    ),
    (
        (
            "Rentang skor kumuh ringan dan kumuh sedang itu bisa saya rujuk ke mana, dan "
            "angkanya berapa?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Kalau skor lokasi 40, berarti sudah tidak termasuk kumuh ringan lagi? rentang "
            "sedang dan ringan itu berapa sampai berapa?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Pemukiman kembali itu pola penanganan untuk kumuh ringan di lahan legal kan?",
        "kumuh.pola_penanganan",
    ),
    (
        "Bedanya Pemugaran Dan Peremajaan Kawasan Kumuh Apa Ya,Pak?Kapan Dipakai Masing Masing",
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Data jumlah lokasi kumuh se-Kalteng itu bisa saya dapat dari mana? berapa total "
            "luasnya?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "How many slum locations are recorded in Central Kalimantan and how many is the "
            "total of the area?"
        ),
        "kumuh.kalteng",
    ),
    (
        "Isian apa saja di form usulan yang tidak wajib diisi? apa cuma titik GPS?",
        "usulan.isi",
    ),
    (
        "Kenapa Usulan Harus Isi Jumlah Kk Dan Jiwa,Apa Pengaruhnya Ke Penilaian Prioritas?",
        "usulan.isi",
    ),
    (
        (
            "Jenis usulan apa yang tidak tersedia di pilihan form? selain kumuh dan PSU, apa "
            "lagi yang bisa dipilih?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Usulan rehabilitasi rumah korban bencana provinsi masuk ke jenis usulan yang "
            "mana di pilihan form?"
        ),
        "usulan.jenis",
    ),
    (
        "Data lokasi apa saja yang wajib? koordinat GPS tidak harus diisi kan?",
        "usulan.lokasi",
    ),
    (
        (
            "Nama Lokasi Di Usulan Kumuh Harus Sama Persis Dengan Yang Di Sk Atau Boleh Pakai "
            "Nama Kampung,?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Sumber dana di usulan harus APBD provinsi semua ya, tidak bisa kombinasi dengan "
            "APBD kabupaten?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "In the proposal form, is it allowed that the number of jiwa is less than the "
            "number of KK?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        ("Untuk usulan PSU, dokumen kesiapan mana yang tidak mutlak harus dilampirkan saat kirim?"),
        "usulan.kesiapan",
    ),
    (
        "Readiness Criteria Usulan Psu Itu Apa Aja,Pak?Surat Bupati Perlu Juga Atau Tidal?",
        "usulan.kesiapan",
    ),
    (
        (
            "Clean and clear itu cukup lahannya sudah bersertifikat saja kan, tidak perlu "
            "dicek kesesuaian RTRW?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Lahan lokasi usulan kami milik desa, bukan milik pemda. Di pilihan status lahan "
            "saya masukkan ke kategori yang mana?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Kalau lokasinya tidak tercantum di SK kumuh, usulan kumuh kami tidak bisa "
            "dikirim sama sekali ya?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        "SK kumuh kami sudah berumur 6 tahun, di usulan masih dihitung berlaku penuh kan?",
        "usulan.sk_kumuh",
    ),
    (
        "File DED dan RAB diunggah di bagian mana saat mengisi usulan, dan boleh berapa file?",
        "usulan.dokumen_teknis",
    ),
    (
        "Foto Kondisi Eksisting Maksimal Berapa Lembar,Dan Wajib Atau Tidak Ya?",
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Surat pernyataan hibah itu cukup menyatakan siap menerima aset saja kan, tidak "
            "perlu menyebut soal pemeliharaan?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "What is the function of the statement letter of willingness to receive the grant "
            "and to do the operation and maintenance?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "RTLH lewat provinsi bisa dipakai untuk bangun rumah baru di tanah kosong milik "
            "warga kan?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Penerima bantuan RTLH dari provinsi itu ditetapkan oleh siapa, dan verifikasinya "
            "dilakukan di mana?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Warga RT kami mau minta jalan lingkungan langsung ke provinsi. Permohonannya "
            "harus diketahui siapa saja?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Apakah Masyarakat Boleh Mengajukan Sendiri Drainase Ke Disperkimtan,Atau Wajib "
            "Lewat Dinas Kabupaten?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Jalan lingkungan yang dibangun provinsi di tanah kabupaten tetap jadi aset "
            "provinsi dan dipelihara provinsi kan?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Setelah jaling selesai dibangun provinsi, BAST dan naskah hibahnya "
            "ditandatangani siapa dari pihak kabupaten?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Kalau usulan kami ternyata bukan kewenangan provinsi, sumber pendanaan apa yang "
            "masih bisa dicoba selain APBD provinsi?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        "Kumuh Dibawah 10 Ha Bisa Didanai Pakai Apa Saja Selain Apbd Kabupaten,Dak Bisa Tidak?",
        "pendanaan.saluran_lain",
    ),
    (
        "Usulan yang kami kirim tahun 2026 ini untuk anggaran tahun 2026 juga kan?",
        "siklus.tahunan",
    ),
    (
        (
            "Please explain the cycle of the yearly proposal from the regency until it is "
            "entering the province budget."
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Provinsi cuma mengecek kelengkapan berkas usulan kan, tidak sampai memeriksa "
            "lahan dan kewenangannya?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Selain kelengkapan administrasi, hal apa yang tidak boleh kami abaikan karena "
            "ikut diperiksa provinsi?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Rakor Bidang Kawasan Permukiman itu diselenggarakan siapa dan siapa saja yang "
            "diundang dari kabupaten?"
        ),
        "siklus.rakor",
    ),
    (
        "Rakor itu bukan forum yang memutuskan APBD kan? sebenarnya tujuannya untuk apa?",
        "siklus.rakor",
    ),
    (
        (
            "Usulan yang sudah dibahas di Rakor langsung masuk APBD ya, tidak perlu lewat "
            "Musrenbang provinsi lagi?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "After the Rakor, how the proposal is entering into the RKPD and then the APBD of "
            "the province?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        "Pokja Pkp Itu Dibentuk Berdasarkan Permen Apa Dan Tugasnya Apa,Pak?",
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Forum PKP di daerah itu difasilitasi oleh siapa? katanya ada hubungannya dengan "
            "Pokja PKP"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        ("Alamat kantor Disperkimtan provinsi di jalan apa ya? saya mau antar berkas usulan besok"),
        "disperkimtan.kontak",
    ),
    (
        "Disperkimtan Kalteng Ada Website Resminya Tidak,Pak?Mau Lihat Beritanya",
        "disperkimtan.kontak",
    ),
    (
        "Jam yang tampil di bot ini pakai WITA kan, sama seperti Kalsel?",
        "bot.cara_pakai",
    ),
    (
        (
            "Kalau saya ketik 'jam 2' saja tanpa pagi atau siang, bot tidak bisa menerima ya? "
            "harus ditulis bagaimana?"
        ),
        "bot.cara_pakai",
    ),
    (
        (
            "Kalau saya pakai salin usulan lama, bagian apa saja yang tidak ikut tersalin dan "
            "harus diisi ulang?"
        ),
        "bot.usul",
    ),
    (
        (
            "Kalau Isi /Usul Terputus Karena Sinyal Jelek,Isiannya Hilang Atau Tersimpan "
            "Sebagai Draf?"
        ),
        "bot.usul",
    ),
    (
        "Status dibahas di Rakor itu artinya usulan kami sudah disetujui kan?",
        "bot.status",
    ),
    (
        "What is meant by the status of dibatalkan which is shown in the list of proposals?",
        "bot.status",
    ),
    (
        (
            "Usulan yang sudah berstatus ditolak tidak bisa diperbaiki lagi lewat bot ya? "
            "kalau keputusannya keliru bagaimana?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Usulan kami berstatus dialihkan. Maksudnya dialihkan ke mana, dan selanjutnya "
            "kami harus membawa usulan itu ke mana?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "Provinsi wajib menjawab usulan dalam 3 hari kerja sesuai peraturan, betul?",
        "bot.tindak_lanjut",
    ),
    (
        ("Berapa Hari Kerja Usulan Harus Diverifikasi,Standarnya Ikut Lapor Ya?Kalau Lewat Gimana"),
        "bot.tindak_lanjut",
    ),
    (
        "Pengingat Rapat Dari Bot Dikirim Kapan Saja,H-1 Aja Atau Ada Yang Lain?",
        "bot.rapat",
    ),
    (
        (
            "Kalau saya dapat undangan rapat di bot tapi berhalangan, konfirmasi tidak "
            "hadirnya saya sampaikan lewat mana?"
        ),
        "bot.rapat",
    ),
    (
        "Perkim itu kepanjangannya perumahan dan kawasan industri ya?",
        "istilah.perkim",
    ),
    (
        ("Perkim Itu Singkatan Dari Apa?Sering Dengar Dinas Perkim Tapi Belum Tahu Kepanjangannya"),
        "istilah.perkim",
    ),
    (
        ("Disperkimtan itu bukan cuma dinas perumahan ya? 'tan' di belakangnya itu maksudnya apa?"),
        "istilah.disperkimtan",
    ),
    (
        "What does Disperkimtan stand for?",
        "istilah.disperkimtan",
    ),
    (
        "PSU itu singkatan dari Prasarana dan Sarana Umum kan?",
        "istilah.psu",
    ),
    (
        "Psu Kepanjangannya Apa Ya,Bu?Di Surat Undangan Ditulis Begitu",
        "istilah.psu",
    ),
    (
        "Di RAB tertulis item 'jaling', itu merujuk ke jenis jalan yang mana?",
        "istilah.jaling",
    ),
    (
        "jaling itu singkatan jalan lingkar ya?",
        "istilah.jaling",
    ),
    (
        "Drainase Itu Maksudnya Saluran Air Yang Mana,Got Atau Sungai?",
        "istilah.drainase",
    ),
    (
        "drainase itu bukan saluran air bersih kan? persisnya artinya apa?",
        "istilah.drainase",
    ),
    (
        "KR di data kumuh itu artinya kumuh rawan ya?",
        "istilah.kr",
    ),
    (
        "What is the meaning of KR in the table of slum data?",
        "istilah.kr",
    ),
    (
        "Ks Di Tabel Kumuh Itu Artinya Apa?Kumuh Sedang Atau Kawasan Sehat?",
        "istilah.ks",
    ),
    (
        "KS di daftar lokasi kumuh itu bukan singkatan kawasan strategis kan? artinya apa?",
        "istilah.ks",
    ),
    (
        "Di kolom tingkat kekumuhan ada kode KB, itu mengacu ke tingkat yang mana?",
        "istilah.kb",
    ),
    (
        (
            "KB di tabel SK kumuh itu tidak ada hubungannya dengan keluarga berencana kan? "
            "artinya apa?"
        ),
        "istilah.kb",
    ),
    (
        "SK kumuh itu bukan surat dari kementerian ya? sebenarnya surat keputusan apa?",
        "istilah.skkumuh",
    ),
    (
        "Sk Kumuh Itu Apa Sih,Pak?Saya Baru Pindah Ke Bidang Perkim",
        "istilah.skkumuh",
    ),
    (
        "Delineasi yang disebut-sebut di usulan kumuh itu merujuk ke apa di peta?",
        "istilah.delineasi",
    ),
    (
        "What is the meaning of delineation in the context of slum area?",
        "istilah.delineasi",
    ),
    (
        "RTLH itu singkatan rumah tidak layak hidup ya?",
        "istilah.rtlh",
    ),
    (
        "Rtlh Itu Singkatan Dari Apa,Mas?",
        "istilah.rtlh",
    ),
    (
        "RLH itu bukan nama program ya? kepanjangannya apa?",
        "istilah.rlh",
    ),
    (
        (
            "Di laporan bedah rumah ada istilah RLH, itu menunjuk ke rumah yang mana, sebelum "
            "atau sesudah diperbaiki?"
        ),
        "istilah.rlh",
    ),
    (
        "bedah rumah itu nama resmi program pembangunan rumah baru ya?",
        "istilah.bedahrumah",
    ),
    (
        "Bedah Rumah Maksudnya Apa,Sama Dengan Perbaikan Rtlh Tidal?",
        "istilah.bedahrumah",
    ),
    (
        "BSPS itu bukan bantuan sosial tunai kan? singkatannya apa?",
        "istilah.bsps",
    ),
    (
        "What is the stand for of BSPS in the housing program?",
        "istilah.bsps",
    ),
    (
        "Mbr Itu Apa Ya?Masyarakat Berpenghasilan Rendah Kah?",
        "istilah.mbr",
    ),
    (
        "Dalam istilah perumahan, MBR itu merujuk ke kelompok masyarakat yang mana?",
        "istilah.mbr",
    ),
    (
        "rusunawa itu rumah susun milik kan?",
        "istilah.rusunawa",
    ),
    (
        "Rusunawa tidak sama dengan rusun biasa kan? artinya apa?",
        "istilah.rusunawa",
    ),
    (
        "Rusus itu merujuk ke jenis hunian apa?",
        "istilah.rusus",
    ),
    (
        "Rusus Singkatan Dari Apa,Rumah Susun Khusus Ya?",
        "istilah.rusus",
    ),
    (
        "saya masih bingung istilah huntara yang sering muncul di laporan pasca banjir Katingan",
        "istilah.huntara",
    ),
    (
        "huntara sama huntap itu masing-masing singkatan dari apa? pakai poin ya",
        ("istilah.huntara", "istilah.huntap"),
    ),
    (
        (
            "Dulu waktu penanganan banjir ada istilah huntap, sekarang sebutannya masih sama "
            "atau sudah ganti? huntap itu sebenarnya apa"
        ),
        "istilah.huntap",
    ),
    (
        "What is the meaning of huntap which is written in the post disaster housing report?",
        "istilah.huntap",
    ),
    (
        (
            "KK di isian usulan itu maksudnya kepala keluarga atau kartu keluarga? jawab satu "
            "kata saja"
        ),
        "istilah.kk",
    ),
    (
        "isian jumlah KK itu yang dihitung berapa rumah, berapa orang, atau berapa keluarga?",
        "istilah.kk",
    ),
    (
        "ragu soal kolom jiwa di formulir, apakah itu jumlah orang atau jumlah rumah",
        "istilah.jiwa",
    ),
    (
        "kalau ditanya berapa jiwa penerima manfaat, yang dihitung itu persisnya apa?",
        "istilah.jiwa",
    ),
    (
        "1 ha itu berapa meter persegi? ha itu hektare kan",
        "istilah.ha",
    ),
    (
        "satuan ha di kolom luas itu kependekan dari apa, tolong jawab singkat",
        "istilah.ha",
    ),
    (
        (
            "DED sampai sekarang masih disebut Detail Engineering Design atau sudah ada "
            "istilah barunya? maksudnya dokumen apa"
        ),
        "istilah.ded",
    ),
    (
        (
            "mohon pencerahan terkait DED, teman-teman di dinas sering sebut tapi saya belum "
            "tahu itu dokumen apa"
        ),
        "istilah.ded",
    ),
    (
        "RAB kepanjangannya apa? jawab singkat saja",
        "istilah.rab",
    ),
    (
        "I am still confused with the term RAB that is asked in the readiness document",
        "istilah.rab",
    ),
    (
        "belum paham RKS itu kependekan dari apa dan isinya tentang apa",
        "istilah.rks",
    ),
    (
        "dokumen teknis yang diminta itu DED, RAB, RKS, tiga-tiganya singkatan apa saja?",
        ("istilah.ded", "istilah.rab", "istilah.rks"),
    ),
    (
        ("KAK itu sama dengan TOR kan, atau sekarang sudah dibedakan? tolong jelaskan KAK itu apa"),
        "istilah.kak",
    ),
    (
        "KAK singkatan dari apa? tulis kepanjangannya saja tanpa penjelasan",
        "istilah.kak",
    ),
    (
        "saya masih bingung yang dimaksud site plan, apakah sama dengan denah rumah",
        "istilah.siteplan",
    ),
    (
        "site plan itu bahasa Indonesianya apa? jawab pendek saja",
        "istilah.siteplan",
    ),
    (
        "RC di checklist kesiapan usulan itu kepanjangannya apa, cukup satu baris",
        "istilah.rc",
    ),
    (
        "belum ngerti maksud RC yang disebut orang balai waktu asistensi kemarin",
        "istilah.rc",
    ),
    (
        (
            "BAST itu singkatan yang sudah lama, apa sekarang ada istilah penggantinya? BAST "
            "artinya apa"
        ),
        "istilah.bast",
    ),
    (
        (
            "Still not understand what is BAST, the document when the province hand over the "
            "road to us"
        ),
        "istilah.bast",
    ),
    (
        (
            "saya masih kurang paham kata hibah di surat pernyataan itu, maksudnya pemberian "
            "apa persisnya"
        ),
        "istilah.hibah",
    ),
    (
        "hibah artinya apa? jawab satu kalimat buat slide sosialisasi",
        "istilah.hibah",
    ),
    (
        "BMD itu kependekan dari apa, singkat saja",
        "istilah.bmd",
    ),
    (
        "masih bingung bedanya BMD dan BMN",
        ("istilah.bmd", "istilah.bmn"),
    ),
    (
        (
            "setelah kementerian dipecah, aset yang dibangun balai masih disebut BMN? BMN itu "
            "artinya apa"
        ),
        "istilah.bmn",
    ),
    (
        "BMN itu barang milik siapa? jawab satu baris",
        "istilah.bmn",
    ),
    (
        "saya belum nangkap istilah O&P yang ada di surat pernyataan kesanggupan",
        "istilah.op",
    ),
    (
        "O&P = ? tolong jawab kepanjangannya saja",
        "istilah.op",
    ),
    (
        "tolong jelaskan apa itu SPM dalam satu kalimat, buat bahan paparan",
        "istilah.spm",
    ),
    (
        "belum paham istilah SPM yang disebut kabid di rapat kemarin",
        "istilah.spm",
    ),
    (
        "mohon pencerahan Pokja PKP itu kelompok kerja apa",
        "istilah.pokjapkp",
    ),
    (
        (
            "Pokja PKP di kabupaten kami sekarang ganti nama jadi Pokja PPAS? sebenarnya "
            "kepanjangan keduanya apa"
        ),
        ("istilah.pokjapkp", "istilah.pokjappas"),
    ),
    (
        "PPAS di Pokja PPAS itu singkatan empat kata apa saja?",
        "istilah.pokjappas",
    ),
    (
        (
            "ada berapa pokja sebenarnya yang terkait perkim, Pokja PKP, PPAS, AMPL? "
            "masing-masing kepanjangannya apa"
        ),
        ("istilah.pokjapkp", "istilah.pokjappas", "istilah.pokjaampl"),
    ),
    (
        (
            "Pokja AMPL yang dulu dibentuk di kabupaten kami masih disebut begitu? AMPL itu "
            "kepanjangannya apa"
        ),
        "istilah.pokjaampl",
    ),
    (
        "AMPL in the Pokja AMPL is abbreviation from what?",
        "istilah.pokjaampl",
    ),
    (
        "RP3KP itu rencana untuk berapa tahun, dan singkatannya apa?",
        "istilah.rp3kp",
    ),
    (
        "masih pusing dengan RP3KP, huruf P-nya banyak sekali",
        "istilah.rp3kp",
    ),
    (
        "RP3KP dan RP2KPKP sering tertukar di kepala saya, dua dokumen itu artinya apa saja",
        ("istilah.rp3kp", "istilah.rp2kpkp"),
    ),
    (
        "RP2KPKP kepanjangannya apa? tulis lengkap saja",
        "istilah.rp2kpkp",
    ),
    (
        "program KOTAKU masih jalan di 2026? KOTAKU itu kependekan dari apa",
        "istilah.kotaku",
    ),
    (
        (
            "program KOTAKU yang dulu ada fasilitator di kelurahan itu jalan dari tahun "
            "berapa sampai kapan? KOTAKU itu program apa"
        ),
        "istilah.kotaku",
    ),
    (
        "saya masih belum ngerti PPKT di DAK Tematik PPKT itu kepanjangannya",
        "istilah.daktematikppkt",
    ),
    (
        "DAK Tematik PPKT itu apa? jelaskan maksimal dua kalimat",
        "istilah.daktematikppkt",
    ),
    (
        "APBN kepanjangannya apa, jawab satu baris",
        "istilah.apbn",
    ),
    (
        "What does APBN means in the choice of funding source?",
        "istilah.apbn",
    ),
    (
        "APBD itu ada berapa macam, provinsi dan kab/kota saja? APBD sendiri kepanjangannya apa",
        "istilah.apbd",
    ),
    (
        "singkatan APBD masih anggaran pendapatan dan belanja daerah kan, tidak berubah?",
        "istilah.apbd",
    ),
    (
        "APBDes itu apa? jelaskan dengan bahasa awam, dua kalimat cukup",
        "istilah.apbdes",
    ),
    (
        "belum paham APBDes itu anggarannya siapa",
        "istilah.apbdes",
    ),
    (
        "ragu soal istilah Bankeu yang ada di pilihan sumber dana",
        "istilah.bankeu",
    ),
    (
        "Bankeu sekarang masih disebut Bankeu atau sudah jadi BKK? artinya apa",
        "istilah.bankeu",
    ),
    (
        "Pokir itu apa? jawab dengan kepanjangannya saja",
        "istilah.pokir",
    ),
    (
        "saya belum ngerti kata pokir yang dibilang anggota dewan waktu reses",
        "istilah.pokir",
    ),
    (
        "Musrenbang itu ada berapa tingkat, dan singkatannya apa?",
        "istilah.musrenbang",
    ),
    (
        "Musrenbang singkatan dari apa? satu kalimat saja",
        "istilah.musrenbang",
    ),
    (
        "RKPD itu rencana tahunan atau lima tahunan? kepanjangannya apa",
        "istilah.rkpd",
    ),
    (
        "kalau RKPD dan Renja, saya masih sulit membedakan keduanya",
        ("istilah.rkpd", "istilah.renja"),
    ),
    (
        "Renja itu apa, jawab pakai poin: kepanjangan dan maksudnya",
        "istilah.renja",
    ),
    (
        "Renja dinas masih disebut Renja atau sekarang namanya sudah Renja OPD? artinya apa",
        "istilah.renja",
    ),
    (
        "Renstra dinas itu untuk jangka berapa tahun, dan Renstra itu singkatan apa",
        "istilah.renstra",
    ),
    (
        "belum paham bedanya Renstra dengan RPJMD, katanya sama-sama lima tahunan",
        ("istilah.renstra", "istilah.rpjmd"),
    ),
    (
        "RPJMD itu rencana untuk berapa tahun? kepanjangannya juga apa",
        "istilah.rpjmd",
    ),
    (
        "Please give the long form of RPJMD, short answer only",
        "istilah.rpjmd",
    ),
    (
        (
            "mohon pencerahan terkait KUA-PPAS, sering dengar pas pembahasan anggaran tapi "
            "belum paham"
        ),
        "istilah.kuappas",
    ),
    (
        "KUA-PPAS itu apa, cukup kepanjangannya",
        "istilah.kuappas",
    ),
    (
        "RKA singkatan apa, tidak usah panjang",
        "istilah.rka",
    ),
    (
        "belum paham bedanya RKA dan DPA",
        ("istilah.rka", "istilah.dpa"),
    ),
    (
        "DPA itu dokumen pelaksanaan anggaran kan, artinya masih sama di SIPD yang sekarang?",
        "istilah.dpa",
    ),
    (
        "DPA itu dokumen apa? tolong jelaskan pakai bahasa sederhana buat staf baru",
        "istilah.dpa",
    ),
    (
        "SIPD itu sistem yang masih dipakai buat perencanaan 2027? kepanjangannya apa",
        "istilah.sipd",
    ),
    (
        "Still confused what is SIPD, the system which used for planning and budget",
        "istilah.sipd",
    ),
    (
        "Bapperida itu nama baru Bappeda ya? kepanjangannya apa sekarang",
        "istilah.bapperida",
    ),
    (
        (
            "Bapperida itu gabungan berapa fungsi, perencanaan, riset, inovasi? kepanjangan "
            "lengkapnya apa"
        ),
        "istilah.bapperida",
    ),
    (
        "OPD itu apa, jawab satu kalimat",
        "istilah.opd",
    ),
    (
        ("OPD, SKPD, PD itu sebenarnya ada berapa istilah berbeda buat dinas, atau semuanya sama?"),
        ("istilah.opd", "istilah.skpd"),
    ),
    (
        "agak kabur buat saya istilah SKPD pengusul di formulir DAK",
        "istilah.skpd",
    ),
    (
        "SPAM di dokumen air minum itu bukan spam email kan, masih bingung artinya",
        "istilah.spam",
    ),
    (
        "tolong jawab pakai poin: SPAM itu singkatan apa dan sistem untuk apa",
        "istilah.spam",
    ),
    (
        "belum ngerti SPALD itu sistem apa",
        "istilah.spald",
    ),
    (
        "What is SPALD? Please answer it short",
        "istilah.spald",
    ),
    (
        "IPAL singkatan apa? satu baris saja",
        "istilah.ipal",
    ),
    (
        "ragu soal IPAL dan SPALD, itu sama atau beda",
        ("istilah.ipal", "istilah.spald"),
    ),
    (
        "saya belum kebayang TPS3R itu fasilitas seperti apa",
        "istilah.tps3r",
    ),
    (
        "TPS3R itu istilah baru atau sudah lama? maksudnya tempat apa",
        "istilah.tps3r",
    ),
    (
        "MCK di usulan sanitasi itu fasilitas apa? jawab satu frasa saja",
        "istilah.mck",
    ),
    (
        "MCK itu singkatan tiga kata apa saja?",
        "istilah.mck",
    ),
    (
        (
            "RTRW di syarat clean and clear itu maksudnya rencana tata ruang, bukan RT/RW "
            "kampung kan? jawab ya/tidak saja"
        ),
        "istilah.rtrw",
    ),
    (
        "mohon dijelaskan beda istilah RTRW dengan RDTR, saya sering keliru",
        ("istilah.rtrw", "istilah.rdtr"),
    ),
    (
        "RDTR singkatan apa? pakai satu kalimat saja",
        "istilah.rdtr",
    ),
    (
        "RDTR itu masih istilah yang dipakai sekarang atau sudah diganti? artinya apa",
        "istilah.rdtr",
    ),
    (
        "IMB sekarang sudah diganti PBG ya? PBG itu singkatan apa",
        "istilah.pbg",
    ),
    (
        "PBG itu apa, jawab singkat buat slide",
        "istilah.pbg",
    ),
    (
        "SLF itu ikut diperkenalkan bareng PBG sebagai pengganti IMB? SLF sendiri artinya apa",
        "istilah.slf",
    ),
    (
        "What is SLF, it is a kind of certificate?",
        "istilah.slf",
    ),
    (
        "mohon pencerahan terkait istilah SKBG",
        "istilah.skbg",
    ),
    (
        "SKBG kepanjangannya apa, tulis saja",
        "istilah.skbg",
    ),
    (
        "ragu soal SKT, apakah itu sama dengan sertifikat tanah",
        "istilah.skt",
    ),
    (
        "SKT itu surat apa? jawab satu kalimat",
        "istilah.skt",
    ),
    (
        "istilah clean and clear untuk lahan ini yang belum saya pahami maksudnya",
        "istilah.cleanandclear",
    ),
    (
        "lahan disebut clean and clear itu harus memenuhi berapa hal? artinya apa",
        "istilah.cleanandclear",
    ),
    (
        "CSR itu apa, singkat aja",
        "istilah.csr",
    ),
    (
        (
            "CSR di pilihan sumber dana itu kepanjangannya apa, sudah ada istilah "
            "Indonesianya belum?"
        ),
        "istilah.csr",
    ),
    (
        "belum paham Rakor itu singkatan apa, rapat koordinasi atau rapat kerja",
        "istilah.rakor",
    ),
    (
        "Rakor itu singkatan rapat koordinasi? jawab ya/tidak saja",
        "istilah.rakor",
    ),
    (
        "saya belum tahu LAPOR! yang disebut di standar tindak lanjut itu apa",
        "istilah.lapor",
    ),
    (
        "LAPOR! pakai tanda seru itu apa? jelaskan satu kalimat",
        "istilah.lapor",
    ),
    (
        "WIB itu UTC plus berapa jam?",
        "istilah.wib",
    ),
    (
        "Kalteng ini masih WIB atau sudah ikut WITA? WIB itu singkatan apa",
        "istilah.wib",
    ),
    (
        "backlog perumahan itu selisih antara jumlah apa dengan apa?",
        "istilah.backlog",
    ),
    (
        "masih bingung kenapa angka backlog PUPR dan BPS beda, backlog itu sebenarnya apa",
        "istilah.backlog",
    ),
    (
        "PKP itu kependekan dari apa? kalimat pendek untuk judul slide saja",
        "istilah.pkp",
    ),
    (
        (
            "PKP yang sekarang jadi nama kementerian itu sama dengan PKP di nomenklatur "
            "dinas? PKP itu artinya apa"
        ),
        "istilah.pkp",
    ),
    (
        "mohon pencerahan definisi permukiman kumuh menurut undang-undang",
        "istilah.kumuh",
    ),
    (
        "What is the definition of kumuh settlement according to the law?",
        "istilah.kumuh",
    ),
    (
        "DAK itu ada berapa macam, reguler, integrasi, tematik? DAK sendiri singkatan dari apa",
        "istilah.dak",
    ),
    (
        "DAK itu sekarang masih ada atau sudah ganti nama? DAK itu dana apa sebetulnya",
        "istilah.dak",
    ),
    (
        ("rusun dan rusunawa kok sering dipakai bergantian, saya jadi ragu artinya sama atau beda"),
        ("istilah.rusun", "istilah.rusunawa"),
    ),
    (
        "rusun artinya apa? kepanjangannya saja cukup",
        "istilah.rusun",
    ),
]

ROUND41_INTENTS: list[tuple[str, str]] = [
    (
        (
            "usulan kami yang kemarin sudah sampai mana ya prosesnya? masih diperiksa atau "
            "sudah ada keputusan?"
        ),
        "status",
    ),
    (
        "Apakah Usulan Jalan Lingkungan Desa Tumbang Empas Sudah Diverifikasi Atau Belum,Pak?",
        "status",
    ),
    (
        (
            "Could you check whether our drainage proposal for Kasongan Baru has been "
            "approved or is still under verification?"
        ),
        "status",
    ),
    (
        "Rakor tahun ini jadinya tanggal berapa dan di mana tempatnya?",
        "meeting",
    ),
    (
        "rapat koordinasi berikutnya mulai jam berapa pak? masih di aula dinas juga?",
        "meeting",
    ),
    (
        "When will the next coordination meeting be held and in what place?",
        "meeting",
    ),
    (
        "Batas akhir pengiriman usulan untuk TA 2027 kapan ya?",
        "deadline",
    ),
    (
        "Usulan Masih Bisa Dikirim Sampai Tanggal Berapa,Pal?Kami Masih Lengkapi Foto",
        "deadline",
    ),
    (
        "paling lambat kapan usulan siklus ini harus sudah masuk ke provinsi?",
        "deadline",
    ),
    (
        "Selamat pagi pak",
        "greeting",
    ),
    (
        "terima kasih banyak infonya bu 🙏",
        "greeting",
    ),
    (
        "halo, mohon bantuannya",
        "greeting",
    ),
    (
        "Gimana cara masukin usulan lewat bot ini?",
        "how_to_submit",
    ),
    (
        ("Saya Mau Ajukan Usulan Drainase Untuk Kelurahan Baamang Hulu,Mulainya Dari Mana Di Bot?"),
        "how_to_submit",
    ),
    (
        "How to input a new proposal through this bot?",
        "how_to_submit",
    ),
    (
        "usulan kami USL-2026-0007 sudah sampai tahap mana ya",
        "status",
    ),
    (
        (
            "Pak, usulan jaling dari Barsel yang kami kirim bulan lalu sudah diverifikasi "
            "atau masih antre? jawab singkat"
        ),
        "status",
    ),
    (
        (
            "How is the status of our proposal, is it already accepted by the province or "
            "still being checked?"
        ),
        "status",
    ),
    (
        "Rakor tahun ini jadi tanggal berapa dan tempatnya di mana?",
        "meeting",
    ),
    (
        "rapat sinkronisasi berikutnya mulai jam berapa? pakai WIB ya",
        "meeting",
    ),
    (
        "saya belum dapat info kapan rapat koordinasi berikutnya diadakan",
        "meeting",
    ),
    (
        "batas akhir pengiriman usulan untuk siklus ini sampai tanggal berapa?",
        "deadline",
    ),
    (
        "Until when the proposal can still be submitted for this year cycle?",
        "deadline",
    ),
    (
        "usulan TA 2027 masih dibuka sampai kapan? jawab tanggalnya saja",
        "deadline",
    ),
    (
        "selamat pagi pak admin",
        "greeting",
    ),
    (
        "makasih banyak infonya bu",
        "greeting",
    ),
    (
        "halo, bisa minta tolong?",
        "greeting",
    ),
    (
        "gimana cara input usulan lewat bot ini?",
        "how_to_submit",
    ),
    (
        "saya mau kirim usulan drainase untuk Desa Sulung, mulainya dari mana di Sinkron",
        "how_to_submit",
    ),
    (
        "How to enter the new proposal through this bot?",
        "how_to_submit",
    ),
]

ROUND41_AREAS: list[tuple[str, str]] = [
    (
        "kumuh di Kelurahan Pahandut luasnya 8,5 ha, itu kewenangan siapa?",
        "kabkota",
    ),
    (
        "Lokasi kumuh di Selat Hulu luasnya pas 10 hektar, yang menangani pemkab atau provinsi?",
        "provinsi",
    ),
    (
        "Kawasan Kumuh Mentawa Baru Hilir Luasnya 15 Ha,Tanggung Jawab Siapa Ya?",
        "pusat",
    ),
    (
        ("luas delineasi kumuh di Desa Sei Asam 120.000 m2, provinsi atau kabupaten yang tangani?"),
        "provinsi",
    ),
    (
        "kawasan kumuh 14,99 hektare di Baamang, masih provinsi atau sudah pusat?",
        "provinsi",
    ),
    (
        "setahu saya kumuh 95.000 meter persegi itu sudah provinsi, betul?",
        "kabkota",
    ),
    (
        "Kawasan kumuh 150.000 m² di tepi sungai Kuala Kapuas, kewenangan pusat atau provinsi?",
        "pusat",
    ),
    (
        "Which level of government is responsible for a slum area of 22 hectares in Sampit?",
        "pusat",
    ),
    (
        "kumuh 9,9 ha di Madurejo masih kabupaten ya?",
        "kabkota",
    ),
    (
        "Luas Kumuh Di Sk Kami 12 Hektare,Kewenangan Siapa Ya Pak?",
        "provinsi",
    ),
    (
        "kawasan kumuh 4 ha di Tamiang Layang, siapa yang bertanggung jawab menangani?",
        "kabkota",
    ),
    (
        "Kumuh seluas 30 hectares di Pulang Pisau itu urusan siapa?",
        "pusat",
    ),
    (
        (
            "kawasan kumuh 7,5 ha di Kelurahan Pahandut Seberang itu kewenangan siapa? jawab "
            "singkat saja"
        ),
        "kabkota",
    ),
    (
        (
            "luas delineasi di SK kumuh kami 9,99 hektar, masih kabupaten yang tangani atau "
            "sudah provinsi?"
        ),
        "kabkota",
    ),
    (
        (
            "Our slum location in Mentawa Baru Ketapang is 95.000 m2, which level of "
            "government is responsible?"
        ),
        "kabkota",
    ),
    (
        (
            "saya masih bingung, lokasi kumuh di Desa Mantangai Tengah luasnya 4 hektare itu "
            "urusan kabupaten atau provinsi"
        ),
        "kabkota",
    ),
    (
        "kumuh 10 ha pas, kewenangan provinsi atau masih kabupaten?",
        "provinsi",
    ),
    (
        (
            "lokasi kumuh di Kecamatan Baamang seluas 14,99 ha, tahun 2027 masih provinsi "
            "yang pegang?"
        ),
        "provinsi",
    ),
    (
        (
            "kawasan kumuh 120.000 meter persegi di Kelurahan Tanjung Pinang, itu kewenangan "
            "provinsi bukan? jawab ya atau tidak saja"
        ),
        "provinsi",
    ),
    (
        "The slum area in Kecamatan Selat has 12 hectares, it is the authority of whom?",
        "provinsi",
    ),
    (
        "kumuh 15 ha tepat, masuk kewenangan pusat ya?",
        "pusat",
    ),
    (
        (
            "luas kawasan kumuh di SK kami 245.000 m² di Kecamatan Pulau Petak, siapa yang "
            "menangani?"
        ),
        "pusat",
    ),
    (
        (
            "kumuh 32 hektare di Sampit itu ditangani pemerintah pusat atau provinsi? pakai "
            "satu kalimat"
        ),
        "pusat",
    ),
    (
        (
            "kawasan kumuh 150.000 meter persegi, sudah ada aturan baru belum soal siapa yang "
            "bertanggung jawab?"
        ),
        "pusat",
    ),
]

ROUND41_OUT_OF_SCOPE: list[str] = [
    "Berapa pagu anggaran Disperkimtan untuk penanganan kumuh tahun 2026?",
    "Harga satuan per meter jalan lingkungan cor beton di Kalteng tahun ini berapa?",
    "Siapa pemenang tender pembangunan drainase di Kuala Kurun tahun lalu?",
    "Nomor WA kabid kawasan permukiman provinsi berapa ya? mau konfirmasi usulan",
    "Apa hasil kesepakatan Rakor tahun lalu khusus untuk Kabupaten Seruyan?",
    "Bagaimana cara pegawai honorer mengajukan KPR subsidi FLPP?",
    "Besok di Palangka Raya hujan tidak ya? mau survei lokasi",
    "Syarat pengajuan izin pertambangan rakyat di Kalteng apa saja?",
    "Jadwal imunisasi anak di puskesmas Jekan Raya kapan?",
    "Gaji PPPK golongan IX sekarang berapa?",
    "Cuti melahirkan untuk ASN itu berapa bulan?",
    "What is the exchange rate of rupiah to US dollar today?",
    "Kapan TPP bulan ini cair?",
    "Cara Perpanjang Sim Di Polres Kotim Gimana,Pak?",
    "Ada berita terbaru soal banjir di Sampit hari ini?",
    "berapa pagu anggaran Disperkimtan untuk PSU tahun 2027?",
    "harga satuan jalan lingkungan rabat beton per meter tahun ini berapa ya",
    "siapa pemenang tender pembangunan drainase di Kelurahan Menteng tahun 2026",
    "kuota bantuan BSPS untuk Kabupaten Gunung Mas tahun depan berapa unit?",
    "syarat KPR subsidi FLPP untuk MBR apa saja? pakai poin",
    "berapa uang harian perjalanan dinas ke Palangka Raya untuk ikut Rakor?",
    "nomor WA kepala bidang kawasan permukiman berapa ya pak",
    "besok Palangka Raya hujan nggak ya, mau survei lokasi",
    "cara perpanjang STNK mobil dinas di Samsat Kuala Kapuas gimana",
    "Is there any news about the new regulation of governor for palm oil plantation?",
    "aturan cuti melahirkan untuk PPPK berapa lama?",
    "tarif speedboat dari Kuala Pembuang ke Sampit sekarang berapa",
    "saya masih bingung cara klaim BPJS Kesehatan untuk orang tua",
    "jadwal penerimaan CPNS 2027 sudah keluar belum?",
    "What is the procedure to get the fishing boat assistance from the marine office?",
]
