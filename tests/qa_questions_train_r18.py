"""Training table R18 for the Sinkron matcher (written 2026-12-06; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Topics the matcher confuses, in pairs: twenty pairs taken from the confident wrong answers of
`bench/asked.py --leave-one-out --groups 6` on the tuning tables (never a held-out one), with
three questions that belong clearly to each side of a pair, so the matcher learns where the
line between them runs; in round 38's styles mixed with plain officer chat, and six
out-of-scope questions near the pairs' words.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R18_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "kenapa usulan yg sudah disetujui di rakor belum tentu langsung ada anggarannya? "
            "kan masih harus masuk RKPD dulu, alurnya sampai APBD gimana"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Barusan selesai rapat internal sama Bappeda kabupaten, mereka nanya: setelah "
            "Rakor provinsi, usulan kita dibawa ke Musrenbang provinsi, terus jadi RKPD, baru "
            "APBD. Bener begitu urutannya?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Once a proposal is approved at the Rakor, how does it end up in the provincial "
            "RKPD and then in the APBD?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "sebutkan tahapan siklus usulan setahun dari kab ke provinsi, mulai dari nyiapin "
            "usulan sampai aset diserahkan"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "📅 usulan yg kami kirim tahun ini itu buat anggaran tahun berapa ya? 🤔 tahun "
            "depan atau langsung tahun ini? 🙏"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "siklus usulan tahunan ke prov itu mulainya dr mana, trus prov meriksa apa aja "
            "sblm rakor"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "yang berwenang menetapkan lokasi kumuh itu bupati atau gubernur? dasar hukumnya "
            "pasal berapa"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "Selamat siang nak, maaf bapak mau tanya, maklum sudah mau pensiun jadi kurang "
            "ikuti aturan baru. SK penetapan lokasi kumuh kabupaten itu isinya harus apa "
            "saja? Cukup daftar lokasi, atau harus ada petanya juga?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "Kami di Kuala Kapuas mau revisi penetapan lokasi kumuh untuk Selat Hulu, Selat "
            "Tengah dan Selat Dalam. Penetapannya cukup dengan SK Bupati, atau perlu "
            "keputusan dari provinsi juga?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "btw pas isi usulan kumuh di bot, nomor sama tanggal SK kumuh wajib diisi ya? "
            "kalo usulannya PSU perlu juga gak?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "lokasi yg mau diusulkan ke prov ternyata blm masuk daftar di SK kumh kab, "
            "usulannya tetep bs dikirim? ngaruh ga ke penilaian"
        ),
        "usulan.sk_kumuh",
    ),
    (
        "untuk usulan jenis kumuh, data SK apa saja yang diminta di form? sebutkan satu2",
        "usulan.sk_kumuh",
    ),
    (
        (
            "Banjir bulan lalu di Desa Tumbang Tariak, Kec. Kurun, bikin belasan rumah warga "
            "rusak berat, dan statusnya sudah ditetapkan bencana provinsi. Pembangunan "
            "kembali rumah korbannya itu tanggung jawab provinsi atau pemkab Gumas?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "warga yg kena relokasi karena program pemprov, penyediaan rumahnya jadi "
            "kewajiban siapa? regulasi mana yg ngatur"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Tadi pagi ditelpon dari kantor Bupati, ada rencana pemindahan warga bantaran "
            "Sungai Barito di Buntok karena proyek pemkab. Kalau relokasinya karena program "
            "kabupaten sendiri, yang wajib menyediakan rumahnya siapa?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "apa saja urusan perumahan yg dipegang pemerintah pusat? kasih list dong, misal "
            "soal MBR, pembiayaan perumahan, rusun"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "so basically rumah buat MBR itu bukan urusan prov ya? kalo kita pengen ada "
            "rusunawa buat MBR, itu larinya ke kementerian gitu?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "pembiayan perumahan utk masyarakat berpenghasilan rendah (MRB) itu kewengan "
            "pusat atau daerah?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Ananda, mohon maaf mengganggu. Bapak baru lihat usulan jalan lingkungan kami di "
            "bot statusnya ditolak, alasannya lahan belum clean and clear. Setelah ini "
            "sebaiknya kami berbuat apa, apakah usulan itu bisa dibuka lagi atau harus mulai "
            "dari awal?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Our proposal was marked 'dialihkan' to APBD kabupaten. What does that actually "
            "mean for us, and what's the next step?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "❌ usulan kami ditolak 😢 padahal kami yakin keputusannya keliru... 🤷 kalau salah "
            "putus begitu gimana cara koreksinya? 🙏🙏"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "sebutkan sumber pendanaan selain APBD provinsi kalau kegiatannya bukan kewenangan prov",
        "pendanaan.saluran_lain",
    ),
    (
        (
            "kenapa DAK Tematik PPKT sering disarankan buat kumuh yg bukan kewenangan "
            "provinsi? emang peruntukannya apa"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "kalo rumah korban bencana skala kabupaten, which is bukan jatah prov, selain "
            "APBD kab dananya bisa dari mana lagi? APBDes bisa gak?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        "KR KS KB itu singkatan apa ya? sering liat di dokumen kumh",
        "istilah.kumuh",
    ),
    (
        (
            "Dik, bapak mau tanya yang paling dasar saja. Sebenarnya yang disebut permukiman "
            "kumuh itu pengertiannya apa? Supaya bapak bisa jelaskan ke para kepala desa "
            "waktu sosialisasi."
        ),
        "istilah.kumuh",
    ),
    (
        (
            "What does 'kumuh' mean exactly in the housing documents? Is it just a word for a "
            "poor neighbourhood?"
        ),
        "istilah.kumuh",
    ),
    (
        "ada berapa macam pola penanganan kumuh? sebutkan dan kapan masing2 dipakai",
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Permukiman di bantaran Sungai Mentaya, Kelurahan Baamang Hilir, Sampit, berdiri "
            "di lahan yang statusnya tidak legal. Pola penanganan yang tepat untuk kondisi "
            "begitu apa, pemugaran atau pemukiman kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "kenapa kumuh ringan di lahan legal cukup pemugaran, tapi kumuh berat harus "
            "peremajaan? dasarnya apa"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        "kasih ringkasan pembagian kewenangan perkim antara pusat, provinsi dan kab/kota",
        "kewenangan.ringkasan",
    ),
    (
        (
            "gue butuh peta kewenangan PKP yg simple buat slide rapat, which is siapa ngapain "
            "di tiap level pemerintahan, bisa?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Nak, bapak sering bingung mana yang urusan provinsi dan mana yang urusan "
            "kabupaten di bidang perumahan dan permukiman ini. Bisa dijelaskan garis besarnya "
            "semua? Terima kasih sebelumnya, maaf kalau pertanyaannya terlalu umum."
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "perumahan rakyat dan kawasan permukiman masuk urusan wajib pelayanan dasar itu "
            "pasal berapa di UU 23/2014?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Baru dapat WA dari Kadis, beliau minta saya pastikan untuk bahan sambutan: "
            "bidang perumahan dan kawasan permukiman itu termasuk urusan wajib atau urusan "
            "pilihan?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Is housing and settlements a mandatory basic-service affair under UU 23/2014, or "
            "an optional one?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        "berapa batas luas kumuh untuk masing2 level? kab, prov, pusat",
        "kewenangan.kumuh",
    ),
    (
        (
            "dasar hukum pembagian kewenangan penanganan kumuh menurut luas itu apa? lampiran "
            "UU 23 huruf apa"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "🏘️ kumuh itu kewenangannya dibagi per luas kan? 👉 kab brp ha, prov brp ha, pusat "
            "brp ha? ❓🙏"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kenapa kawasan kumuh 15 ha ke atas jadi urusan pusat? bunyi aturannya itu sudah "
            "pasti atau belum terkonfirmasi"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Kawasan kumuh tepian Sungai Kahayan di Kecamatan Pahandut menurut SK sudah masuk "
            "kelas kewenangan pusat (15 hektare ke atas). Untuk lokasi sebesar itu, usulannya "
            "sebaiknya diarahkan ke mana, APBN atau DAK?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "btw kumuh yg gede banget, yg 15 hektar ke atas itu, prov bener2 gak bisa bantu "
            "sama sekali? ribet sih kalo harus ke kementerian"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Nak, warga di desa sering minta 'bedah rumah' ke kami. Itu sebenarnya istilah "
            "apa ya, maksudnya apa? Bapak takut salah menangkap."
        ),
        "istilah.bedahrumah",
    ),
    (
        "🏠🔨 bedah rumah itu artinya apa sih? istilah resmi atau bahasa sehari2 aja? 😅🙏",
        "istilah.bedahrumah",
    ),
    (
        (
            "Is 'bedah rumah' an official programme name or just everyday slang? What does it "
            "refer to?"
        ),
        "istilah.bedahrumah",
    ),
    (
        "RTHL itu singkatan apa? kepanjangannya",
        "istilah.rtlh",
    ),
    (
        "RTLH itu apa sih, literally rumah yang kayak gimana yg disebut begitu?",
        "istilah.rtlh",
    ),
    (
        "arti RTLH apa ya, sering muncul di pilihan jenis usulan",
        "istilah.rtlh",
    ),
    (
        "apa saja kewenangan di sub-urusan kawasan permukiman, untuk pusat, prov dan kab/kota?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "di sub-urusan kawasan permukiman, penetapan sistem kawasan permukiman itu "
            "kewenangan siapa dan aturannya di mana?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Tadi rapat sama Bapperida, mereka bingung program Kawasan Permukiman di provinsi "
            "itu isinya apa saja. Bisa dijelaskan pembagian sub-urusan kawasan permukiman per "
            "level?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        "sub-urusan perumahan itu, provinsi pegang apa aja? kab/kota apa aja? sebutkan",
        "kewenangan.perumahan",
    ),
    (
        "kewengan sub urusan perumhan menurut lampiran D UU 23 gmn pembagiannya",
        "kewenangan.perumahan",
    ),
    (
        (
            "so di sub-urusan perumahan peran prov itu kayak cuma bencana sama relokasi doang "
            "ya? make sense sih, tapi kab pegang apa aja selain itu?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Usulan penataan kumuh kami di Kelurahan Mentawa Baru Hilir, Sampit, ditolak "
            "dengan alasan bukan kewenangan provinsi. Apa langkah kami selanjutnya, dan ke "
            "mana sebaiknya dialihkan?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "usulan kmi statusnya 'dialihkn', itu bedanya apa sm ditolak? trus kami hrs ngapain",
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Surat dari provinsi baru sampai tadi siang, isinya usulan kami dialihkan ke DAK. "
            "Kalau sudah begitu, bisakah kami ajukan ulang lewat bot dengan perbaikan?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "provinsi itu literally cuma pegang kumuh yg luasnya range tertentu doang ya? "
            "range-nya dari berapa sampe berapa"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Habis rapat dengan dewan, ada anggota DPRD yang ngotot semua kawasan kumuh "
            "berapa pun luasnya bisa diminta ke provinsi. Sebenarnya aturan pembagian "
            "kewenangannya bagaimana?"
        ),
        "kewenangan.kumuh",
    ),
    (
        "kumuh yg jd kewenangan provinsi luasnya brp",
        "kewenangan.kumuh",
    ),
    (
        (
            "Dik, maaf bapak mau konfirmasi. Di koran tertulis kumuh 10 sampai 15 hektare "
            "urusan provinsi, di atas 15 hektare urusan pusat. Apa memang begitu bunyi "
            "aturannya, atau ada kata-kata persisnya yang berbeda?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "How is responsibility for slum upgrading split between the regency, the province "
            "and the central government?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Di Kota Palangka Raya ada beberapa lokasi kumuh di Pahandut dekat Pasar Kahayan "
            "dan di Sabangau, luasnya macam-macam. Sebelum kami pilah mana yang diusulkan ke "
            "provinsi, aturan umum pembagian kewenangan menurut luasnya bagaimana?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Desa Selat Hulu di Kapuas wilayahnya luas, tapi yang masuk delineasi kumuh cuma "
            "sebagian di pinggir sungai. Untuk menentukan kewenangan, yang dihitung luas "
            "desanya atau luas lokasi di SK?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "SK lama kita pake skala lingkungan, SK baru skala kawasan, jadi luasnya beda "
            "jauh. Which one yg dipake buat nentuin kewenangan?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        "luas yg dihitung itu luas delinasi di SK kumh ya, bukan luas seluruh kelurahan?",
        "kumuh.luas_delineasi",
    ),
    (
        "SK kmh itu kepanjanganya apa",
        "istilah.skkumuh",
    ),
    (
        "What is an 'SK kumuh'? I keep seeing it in the proposal form.",
        "istilah.skkumuh",
    ),
    (
        (
            "Dik, maaf bapak orang lama, yang dimaksud 'SK kumuh' itu surat apa ya? Bapak "
            "sering dengar tapi tidak pernah pegang suratnya."
        ),
        "istilah.skkumuh",
    ),
    (
        (
            "Baru ditelpon Sekda, katanya SK penetapan lokasi kumuh kita sudah lewat 5 tahun. "
            "Memang wajib ditinjau ulang tiap berapa tahun, dan siapa yang menetapkan ulang?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "btw kalau provinsi mau nangani lokasi kumuh, mereka bikin SK sendiri atau tetep "
            "ngacu ke SK bupati/wali kota?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "urutan penetapan lokasi kumuh gimana? dari penilaian lokasi, verifikasi, sampai "
            "ditetapkan, sebutkan"
        ),
        "kumuh.penetapan",
    ),
    (
        "alasan usulan ditolak provinsi biasanya apa aja? contohnya",
        "bot.ditolak_dialihkan",
    ),
    (
        "kenapa status ditolak gak bisa diubah lagi di bot? kok langsung final",
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "usulan kita di-reject tapi gak jelas alasannya, emang admin wajib kasih alasan "
            "gak sih? terus next step-nya apa"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "status usulan di bot ada berapa macam? sebutkan artinya masing2",
        "bot.status",
    ),
    (
        "status 'dibhas rakor' sama 'verifkasi' bedanya apa",
        "bot.status",
    ),
    (
        "⏳ status 'perlu perbaikan' itu artinya apa ya? 🤔 kita yg harus ngapain? 📝🙏",
        "bot.status",
    ),
    (
        (
            "Nak, bapak baru pertama kali mau kirim usulan lewat perintah /usul. Nanti bapak "
            "ditanya apa saja? Foto wajib atau tidak? Maklum bapak tidak terlalu paham HP."
        ),
        "bot.usul",
    ),
    (
        "pas /usul bisa copy usulan tahun lalu gak? males isi ulang, ribet sih",
        "bot.usul",
    ),
    (
        "di /usul maksimal foto brp, dokumen pdf brp? trus mana aja yg wajib",
        "bot.usul",
    ),
    (
        (
            "Kadis minta berkas fisik usulan diantar langsung ke provinsi minggu depan. "
            "Alamat kantor Disperkimtan Kalteng di mana ya?"
        ),
        "disperkimtan.kontak",
    ),
    (
        "Where is the Disperkimtan Kalteng office? I need the street address for a courier.",
        "disperkimtan.kontak",
    ),
    (
        "🏢📍 kantor dinas perkimtan provinsi di mana ya? 🌐 website resminya ada? 🙏",
        "disperkimtan.kontak",
    ),
    (
        (
            "Di Desa Sungai Cabang, Kec. Kumai, jalan lingkungan kampung nelayan masih tanah "
            "dan drainasenya belum ada. Jalan dan drainase begini termasuk PSU yang dibangun "
            "Disperkimtan provinsi?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        ("kenapa jalan kabupaten gak bisa diusulkan sbg PSU ke Disperkimtan prov? kan sama2 jalan"),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "PSU yg dikerjakan dinas provinsi itu contohnya apa aja? cuma jaling sama "
            "drainase atau ada yg lain"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        "usulan ke prov bs jenis apa aja",
        "usulan.jenis",
    ),
    (
        "selain kumh sama PUS, usulan apa lagi yg bisa diajukan ke prov?",
        "usulan.jenis",
    ),
    (
        (
            "kalo usulan kita gak masuk kategori manapun ada opsi 'lainnya' gak sih? gue "
            "bingung milih type-nya"
        ),
        "usulan.jenis",
    ),
    (
        (
            "sebutkan pembagian kewenangan prov, kab dan pusat untuk rumah korban bencana dan "
            "relokasi"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Who is responsible for rebuilding houses after a disaster, the province or the "
            "regency? Does it depend on the disaster's scale?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "🔥🏚️ rumah warga habis kena kebakaran massal, status bencananya kabupaten 😔 rehab "
            "rumahnya tanggung jawab siapa ya? prov atau kab? ❓🙏"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Dik, maaf bapak mau tanya, usulan ke provinsi itu boleh untuk kegiatan apa saja? "
            "Apakah hanya kumuh, atau rumah juga boleh? Biar bapak tidak salah pilih di "
            "formulir."
        ),
        "usulan.jenis",
    ),
    (
        "🏠 jenis 'rumah' di form usulan itu maksudnya rumah apa ya? 🤔 bedanya sama RTLH apa? 🙏",
        "usulan.jenis",
    ),
    (
        "What kinds of proposals can a regency send to the province through the bot?",
        "usulan.jenis",
    ),
    (
        "rakorr itu kepanjangannya apa ya",
        "istilah.rakor",
    ),
    (
        "What does Rakor stand for?",
        "istilah.rakor",
    ),
    (
        (
            "Nak, bapak sering dengar kata Rakor dari orang provinsi. Maksudnya itu rapat "
            "apa, singkatan dari apa? Maaf pertanyaannya sederhana."
        ),
        "istilah.rakor",
    ),
    (
        (
            "siapa saja peserta Rakor bidang kawasan permukiman se-Kalteng, dan apa saja yg "
            "dibahas di situ?"
        ),
        "siklus.rakor",
    ),
    (
        "kenapa usulan harus dibahas di Rakor dulu sebelum Musrenbang provinsi? fungsinya apa",
        "siklus.rakor",
    ),
    (
        (
            "rakor perkim se-Kalteng itu emang tiap tahun ya? tanggalnya fix atau pindah2 "
            "tiap tahun?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Usulan kumuh Kelurahan Pasir Panjang, Arut Selatan, ditolak karena lokasinya "
            "tidak ada di SK kumuh. SK-nya sekarang sudah kami revisi, terus langkah kami "
            "apa, usulan yang ditolak itu bisa dihidupkan lagi?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "🚫 usulan ditolak 😩 alasannya kami bisa lihat di mana ya? 👀 terus boleh diajukan "
            "lagi tahun depan? 🙏"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Our slum proposal was rejected because our SK kumuh is more than five years old. "
            "What should we do next?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "SK kumuh Kabupaten Murung Raya terbit Desember 2020. Kalau kami usulkan lokasi "
            "di Kelurahan Beriwit, Puruk Cahu, sekarang, SK itu dihitung masih di bawah 5 "
            "tahun atau sudah lewat menurut bot?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "kenapa SK kumuh yg umurnya 5 thn lebih bikin usulan kena peringatan dan gak "
            "dapat nilai SK? aturannya apa"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Habis rapat sama Kabid, beliau tanya: kalau tanggal SK kumuh yang kita isi di "
            "usulan salah ketik jadi tanggal bulan depan, form-nya bakal nolak?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        "PUS permukiman vs PUS perumahan itu siapa yg pegang? prov atau kab",
        "kewenangan.psu",
    ),
    (
        (
            "Jalan di dalam perumahan subsidi di Kelurahan Bapeang, Sampit, yang dulu "
            "dibangun pengembang sekarang rusak. Itu PSU perumahan kan? Kewenangan kabupaten "
            "atau provinsi?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "dasar pembagian PSU permukiman ke provinsi dan PSU perumahan ke kab/kota itu "
            "apa? sub-urusan apa di lampiran UU 23"
        ),
        "kewenangan.psu",
    ),
    (
        "🗺️ ada peta kewenangan perkim gak? 👉 pusat, prov, kab siapa ngapain 📋 ringkas aja 🙏",
        "kewenangan.ringkasan",
    ),
    (
        (
            "Could you give me an overview of who is responsible for what in housing and "
            "settlements: centre, province and regency?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Barusan rapat koordinasi dengan dewan, banyak yang salah kaprah soal urusan "
            "perkim. Tolong ringkasan pembagian kewenangan semua sub-urusan perkim untuk "
            "bahan jawaban ke mereka."
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "PSU di kawasan permukiman perdesaan, which is bukan perumahan developer, itu "
            "masuk kewenangan prov kan?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "contoh PSU permukiman dan contoh PSU perumahan apa aja? biar kami bisa bedain "
            "mana yg ke prov mana yg ke kab"
        ),
        "kewenangan.psu",
    ),
    (
        "🛣️ PSU perumahan itu prov atau kab yg nanganin? 🤔 kalau PSU permukiman? ❓",
        "kewenangan.psu",
    ),
    (
        (
            "Jalan di perumahan BTN di Kelurahan Kasongan Baru ternyata PSU perumahan, bukan "
            "jatah provinsi. Selain APBD Kabupaten Katingan, sumber dana lain yang cocok apa?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        "💰 kalau kegiatannya bukan kewenangan prov, bisa pakai CSR gak? 🏢 atau dana desa? 🤔🙏",
        "pendanaan.saluran_lain",
    ),
    (
        (
            "If a project isn't the province's responsibility, which funding sources should "
            "we look at first?"
        ),
        "pendanaan.saluran_lain",
    ),
]

TRAIN_R18_OUT_OF_SCOPE: list[str] = [
    "berapa pagu anggaran Disperkimtan provinsi untuk penanganan kumuh tahun 2027?",
    (
        "harga satuan paving block per m2 di Kuala Kurun sekarang berapa ya? buat nyusun "
        "RAB jalan lingkungan"
    ),
    "besok di Palangka Raya hujan gak ya? mau turun survei lokasi 🌧️",
    "TPP pegawai bulan ini di provinsi udah cair belum?",
    "Which contractor won the drainage tender in Sampit last year?",
    "cara daftar BPJS Kesehatan buat tenaga honorer gimana ya",
]
TRAIN_R18_INTENTS: list[tuple[str, str]] = []
TRAIN_R18_AREAS: list[tuple[str, str]] = []
