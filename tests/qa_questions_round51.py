"""Round 51 held-out question table for the Sinkron bot.

Written 2026-12-07 by two helpers who had not seen the knowledge base or any other question
table; they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md) plus the place-name list.

Style emphasis of this round: letters read wrongly as digits or shapes, as from a scanned
letter or a worn keyboard ("usu1an", "rak0r", "kurnuh"); quoting what the bot or someone
answered before and asking about it; cancelling a first question and asking another ("eh ga
jadi, ... yang mau saya tanya ..."); another agency named as context ("urusan PUPR atau
Perkim?", "BPBD", "BPN"); the goal first ("biar usulan kami diterima, harus gimana?"); asking
what is not allowed or who is not responsible; hypothetical role-play ("misal saya jadi
bupati"); relative time words ("lusa", "minggu depan", "H-3"). About one question in ten is
Kenyan or Nigerian formal English ("kindly assist", "I wish to inquire"). A glossary entry's
questions ask what the term means. Written in round 32 of tuning, after its first readings,
measured untouched on that matcher and on the round's start and end, in styles no training
table was written in.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND51_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Rakor tahun ini di mana? ah, lupakan. yang saya perlukan sebenarnya ringkasan "
            "pembagian urusan perkim antara pusat, provinsi dan kab/kota, buat bahan rapat."
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Supposing I am a newly posted Kabid at Perkim Katingan, kindly assist me with an "
            "overview of which housing and settlement matters the province handles and which "
            "ones remain with the regency."
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "kata Pak Kadis di sambutan 'perumahan itu urusan wajib pelayanan dasar', "
            "maksudnya apa dan dasar hukumnya pasal berapa?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "kumuh 10 ha siapa? ah itu nanti saja. pertanyaan utama: perumahan rakyat dan "
            "kawasan permukiman itu masuk urusan wajib atau urusan pilihan?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "luas kumuh yang jadi urusan provinsi berapa? eh ga jadi, itu sudah tahu. yang "
            "mau saya tanya: bunyi aturannya untuk bagian kabupaten/kota persisnya gimana "
            "kalimatnya?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kawasan kumuh ukuran berapa saja yang provinsi tidak berwenang menangani, dan "
            "dasar pembagiannya apa?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Kalau kumuhnya skala besar, yang masuk porsi pusat, itu diurus Kementerian PKP "
            "atau tetap lewat Disperkimtan provinsi?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "supaya penanganan kumuh yang luas sekali bisa jalan, apa persisnya kewenangan "
            "pusat untuk kumuh dan aturannya itu sudah pasti atau belum?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Pencegahan kumuh itu bisa nggak diusulkan ke provinsi, atau memang bukan "
            "kewenangan provinsi sama sekali?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "minggu depan kami mulai susun program pencegahan perumahan kumuh, itu tanggung "
            "jawab kabupaten atau provinsi ya?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "kewenangan pr0vinsi di sub urusan perumahan apa aja?",
        "kewenangan.perumahan",
    ),
    (
        (
            "Misal saya kepala dinas perkim kabupaten, urusan perumahan apa saja yang jadi "
            "tanggung jawab kami dan mana yang dipegang provinsi?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Penyediaan rumah untuk MBR itu tugas Kementerian PKP atau bisa kami usulkan ke "
            "Perkim provinsi?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "I wish to inquire which housing matters are not under the province at all, "
            "specifically housing for low-income earners and the housing finance system. "
            "Please advise accordingly."
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Rumah warga rusak kena banjir bandang di Tewah, BPBD sudah pendataan. Perbaikan "
            "rumahnya itu kewenangan siapa, kabupaten atau provinsi?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "seandainya pemprov bikin program relokasi warga bantaran sungai, yang wajib "
            "memfasilitasi rumah buat warga yang dipindah itu siapa?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "tadi bot bilang izin pembangunan perumahan 'kewenangan kabupaten/kota'. berarti "
            "penerbitan SKBG juga di kabupaten?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "seandainya kami pengembang mau bangun perumahan di Pangkalan Bun, izin "
            "pembangunan dan pengembangan perumahannya diterbitkan pemerintah level mana?"
        ),
        "kewenangan.izin",
    ),
    (
        "sub-urusan kawasan perrnukiman itu isinya apa saja untuk pusat, provinsi dan kab/kota?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "di sub-urusan kawasan permukiman, hal apa yang bukan urusan kabupaten/kota?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Kata Kabid kami 'PSU perumahan itu urusan kabupaten, PSU permukiman urusan "
            "provinsi'. betul begitu pembagiannya?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "jalan di kompleks perumahan yang dibangun developer lalu diserahkan ke pemda, "
            "itu PSU perumahan kan? PUPR kab malah bilang itu urusan Perkim provinsi"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "PSU apa saja yang tidak dikerjakan Disperkimtan? misalnya drainase di pinggir "
            "jalan provinsi, boleh diusulkan?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "akhir bulan ini kami mau kirim usulan PSU. yang biasa dibangun provinsi itu "
            "jenis apa saja, cuma jalan lingkungan dan drainase?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "sertifikasi dan registrasi perancang rurnah tingkat kemampuan kecil itu yang "
            "menerbitkan siapa?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Kindly clarify: a consultant told us LPJK handles everything, but what is the "
            "regency's role versus the province in certifying and registering house and PSU "
            "planners of small and medium capability?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "agar SPM perumahan kami tercapai 100%, layanan dasar apa sebenarnya yang jadi "
            "tanggung jawab kabupaten?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "awal tahun depan laporan SPM perumahan rakyat harus masuk. jenis pelayanan dasar "
            "untuk provinsi dan kabupaten itu apa saja, dasarnya aturan apa?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Bot tadi jawab 'luas yang dihitung adalah delineasi di SK kumuh'. Jadi bukan "
            "luas desa keseluruhan?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Anggap saja saya lurah Pahandut Seberang. Wilayah kelurahan saya luas tapi yang "
            "kumuh cuma sebagian. Luas mana yang dipakai untuk menentukan kewenangan?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Siapa yang tidak berwenang menetapkan lokasi kumuh? Gubernur bisa keluarkan SK "
            "kumuh untuk kabupaten kami?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "skip yang tadi soal rakor. pertanyaan sebenarnya: lokasi kumuh itu ditetapkan "
            "oleh siapa dan berapa tahun sekali penetapannya harus ditinjau?"
        ),
        "kumuh.penetapan",
    ),
    (
        "7 aspek kriteria kumuh itu apa aja? a1r minum termasuk?",
        "kumuh.aspek",
    ),
    (
        (
            "Dinas PUPR bilang proteksi kebakaran bukan bagian penilaian kumuh. benar? aspek "
            "yang dinilai apa saja?"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "Konsultan bilang 'skor 62 sudah kumuh berat'. Berapa sebenarnya batas kumuh "
            "berat dan skor maksimalnya?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "H-3 sebelum verifikasi kami mau hitung ulang skor kumuh. tiap kriteria dinilai "
            "0, 1, 3, 5 ya? dasar nilainya apa?"
        ),
        "kumuh.penilaian",
    ),
    (
        "rentang sk0r kumuh sedang itu dari berapa sampai berapa?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "skor 45 itu berat? eh bukan, saya tahu itu bukan berat. maksud saya 45 masuk "
            "sedang atau ringan, dan batas bawah kumuh ringan berapa?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Misal saya bupati dan kawasan kumuhnya di tanah ilegal di bantaran sungai, pola "
            "penanganannya pemugaran, peremajaan atau pemukiman kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "In order for our slum upgrading plan to be sound, kindly explain the difference "
            "between pemugaran, peremajaan and pemukiman kembali."
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "jumlah RTLH Kalteng berapa? ralat, bukan itu maksud saya. yang saya cari: "
            "menurut Disperkimtan ada berapa lokasi kumuh dan total luasnya se-Kalteng?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "lusa ada paparan ke DPRD. data kumuh Kalteng itu ada berapa lokasi, dan "
            "kabupaten mana yang paling banyak?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "biar usulan kami lengkap dari awal, isian apa saja yang diminta dalam satu "
            "usulan kegiatan dan kenapa ditanyakan?"
        ),
        "usulan.isi",
    ),
    (
        "isian usulan mana yang tidak wajib diisi? titik GPS dan lampiran PDF harus ada?",
        ("usulan.isi", "bot.usul"),
    ),
    (
        "jenis usu1an apa saja yang bisa diajukan ke provinsi?",
        "usulan.jenis",
    ),
    (
        (
            "usulan kumuh bisa kan? eh itu sudah jelas. yang belum jelas: kalau kami mau usul "
            "balai warga, di luar kumuh, PSU dan rumah, masuk jenis usulan apa? ada pilihan "
            "'lainnya'?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Tadi form nanya 'nama lokasi sesuai SK kumuh' dan perkotaan/perdesaan. Data "
            "lokasi apa lagi yang harus saya siapkan?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "besok pagi saya turun ke Desa Tumbang Tungku ambil data lokasi usulan. apa saja "
            "yang perlu dicatat, titik koordinat juga?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "jumlah KK di form itu wajib? ah sudahlah. yang penting: sumber dana yang bisa "
            "dipilih di usulan apa saja, dan jumlah jiwa boleh lebih kecil dari KK tidak?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "So that our proposal is properly captured, kindly advise how the beneficiaries "
            "(households and persons) and the estimated cost are to be stated, and which "
            "funding sources we may indicate."
        ),
        "usulan.penerima_biaya",
    ),
    (
        "supaya usulan PSU kami tidak ditolak, dokumen kesiapan apa saja yang perlu disiapkan?",
        "usulan.kesiapan",
    ),
    (
        (
            "kata Pak Sekdis 'readiness criteria harus lengkap dulu'. dokumen kesiapan yang "
            "dimaksud untuk usulan kita itu apa saja?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "kapan status lahan dianggap tidak clean and clear? tanah hibah warga yang belum "
            "bersertifikat bagaimana?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "BPN belum terbitkan sertifikat untuk lahan jalan lingkungan kami, statusnya "
            "masih tanah desa. apakah itu jadi masalah di usulan?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "SK kumuh kami terbit tahun 2019. untuk tahun anggaran depan masih bisa dipakai "
            "di usulan kumuh?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        "usulan kumuh tidak akan diterima kalau lokasinya tidak tercantum di SK kumuh, begitu?",
        "usulan.sk_kumuh",
    ),
    (
        "dokumen teknis yang dilampirkan apa saja? DED, RA8, RKS?",
        "usulan.dokumen_teknis",
    ),
    (
        (
            "berapa foto maksimal? eh lupakan. pertanyaan saya: site plan dan DED wajib "
            "dilampirkan saat usul atau boleh menyusul?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Provinsi bilang 'lampirkan surat pernyataan hibah dan O&P'. Surat itu isinya apa "
            "dan siapa yang menandatangani?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Assuming I am the Bupati's staff preparing the file, am requesting for guidance "
            "on the statement of willingness to receive the grant and to operate and maintain "
            "the asset."
        ),
        "usulan.surat_pernyataan",
    ),
    (
        "agar warga kami dapat bantuan RTLH dari provinsi, syaratnya apa saja?",
        "usulan.rtlh",
    ),
    (
        (
            "rumah yang belum berdiri sama sekali tidak bisa diusulkan RTLH ya? siapa saja "
            "yang tidak berhak?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Anggap saja saya ketua RT yang mau minta jalan lingkungan dibeton. Bisakah warga "
            "mengusulkan langsung ke provinsi, dan harus diketahui siapa saja?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "warga Kelurahan Langkai kirim proposal drainase langsung ke Gubernur, tembusan "
            "ke Bappeda. permintaan PSU dari masyarakat begitu syaratnya apa?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "tahun anggaran depan jalan lingkungan yang dibangun provinsi di desa kami "
            "selesai. sesudah itu pemeliharaannya siapa, dan kapan BAST-nya?"
        ),
        "hibah.aset",
    ),
    (
        (
            "abaikan pesan saya sebelumnya. yang benar mau saya tanyakan: aset PSU dari "
            "provinsi yang dihibahkan ke kabupaten, naskah hibah dan BAST-nya ditandatangani "
            "siapa?"
        ),
        "hibah.aset",
    ),
    (
        (
            "biar usulan yang bukan kewenangan provinsi tetap dapat dana, bisa diarahkan ke "
            "sumber apa saja?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Bappeda bilang usulan kami sebaiknya lewat DAK Tematik PPKT saja. Selain itu ada "
            "saluran pendanaan lain kalau memang bukan urusan provinsi?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        "usulan yang kami kirim bulan depan nanti masuk tahun anggaran berapa?",
        "siklus.tahunan",
    ),
    (
        (
            "rakor di mana? eh ga usah, undangannya sudah ada. yang mau saya tanya: alur "
            "tahunan usulan dari kabupaten sampai jadi kegiatan provinsi itu bagaimana?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Kata staf provinsi 'usulan diperiksa dari sisi administrasi, teknis dan "
            "kewenangan'. Yang dicek di masing-masing itu apa?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Kindly advise how the pr0vince checks our proposals before they are tabled at "
            "the coordination meeting."
        ),
        "siklus.pemeriksaan",
    ),
    (
        "rak0r bidang kawasan permukiman itu tujuannya apa dan siapa saja pesertanya?",
        "siklus.rakor",
    ),
    (
        "apa yang tidak diputuskan di Rakor? apakah Rakor itu forum yang menetapkan APBD?",
        "siklus.rakor",
    ),
    (
        (
            "Setelah Rakor, usulan kami lanjut ke Musrenbang di Bapperida lalu RKPD? kapan "
            "masuknya ke APBD?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "misal usulan saya disetujui di Rakor, apakah langsung dapat anggaran atau masih "
            "lewat tahapan perencanaan lain?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "supaya koordinasi perkim di kabupaten lebih jalan, kami mau bentuk Pokja PKP. "
            "tugasnya apa dan dasar hukumnya apa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Tadi Pak Sekda bilang 'koordinasikan saja lewat Pokja PKP'. Pokja itu dibentuk "
            "berdasarkan aturan apa dan perannya apa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        ("besok pagi saya mau antar berkas langsung. alamat kantor Disperkimtan provinsi di mana?"),
        "disperkimtan.kontak",
    ),
    (
        (
            "In order to deliver the hard copies of our proposal, kindly share the physical "
            "address of Disperkimtan Kalimantan Tengah."
        ),
        "disperkimtan.kontak",
    ),
    (
        "perintah apa saja yang bisa dipakai di b0t ini?",
        "bot.cara_pakai",
    ),
    (
        (
            "mau tanya harga semen. eh ga jadi, salah kirim. yang benar: jam yang ditampilkan "
            "bot ini pakai zona waktu apa, WIB?"
        ),
        "bot.cara_pakai",
    ),
    (
        "Di /usul, lampiran apa yang tidak bisa dikirim? berapa foto dan PDF maksimal?",
        "bot.usul",
    ),
    (
        (
            "misal saya mau pakai usulan tahun lalu sebagai dasar, ada fitur salin usulan "
            "lama? bagian apa yang tidak ikut tersalin?"
        ),
        "bot.usul",
    ),
    (
        (
            "usulan kami statusnya apa ya? oh tidak usah, sudah saya lihat. yang saya belum "
            "paham: status 'dibahas di Rakor' itu artinya apa?"
        ),
        "bot.status",
    ),
    (
        "status 'perlu perba1kan' itu maksudnya apa? masih bisa saya kirim ulang?",
        "bot.status",
    ),
    (
        (
            "kalau usulan sudah ditolak, tidak bisa diajukan ulang lagi ya? alasan penolakan "
            "biasanya apa?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "usulan kami 'dialihkan ke APBN'. Maksudnya kami harus mengajukan sendiri ke "
            "Kementerian PKP atau provinsi yang meneruskan?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "usulan kami kirim Senin kemarin, sampai hari ini belum ada yang periksa. standar "
            "tindak lanjut provinsi itu berapa hari kerja?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "LAPOR! punya standar verifikasi 3 hari kerja. bot ini juga pakai standar tindak "
            "lanjut yang sama? itu mengikat Disperkimtan?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Seandainya Kabid kami berhalangan hadir rapat, bisa diwakilkan staf? caranya di "
            "bot bagaimana?"
        ),
        "bot.rapat",
    ),
    (
        "agar saya tidak lupa rapat, pengingat dari bot dikirim kapan saja sebelum acaranya?",
        "bot.rapat",
    ),
    (
        "Di surat dari Bappeda tertulis 'Dinas Perkim'. Perkim itu kependekan dari apa?",
        "istilah.perkim",
    ),
    (
        "besok ada tamu dari pusat dan saya harus jelaskan nama dinas. Perkim itu artinya apa?",
        "istilah.perkim",
    ),
    (
        "Disperk1mtan kepanjangannya apa?",
        "istilah.disperkimtan",
    ),
    (
        (
            "Someone wrote 'kindly forward to Disperkimtan'. I wish to inquire what "
            "Disperkimtan stands for."
        ),
        "istilah.disperkimtan",
    ),
    (
        "PSU itu kewenangan siapa? eh bukan itu. saya cuma mau tahu PSU itu singkatan dari apa.",
        "istilah.psu",
    ),
    (
        "anggap saya pegawai baru yang belum paham istilah, PSU itu maksudnya apa?",
        "istilah.psu",
    ),
    (
        "Di RAB tertulis 'jaling 200 m'. jaling itu apa?",
        "istilah.jaling",
    ),
    (
        "biar tidak salah tulis di judul usulan, jaling itu kependekan dari apa?",
        "istilah.jaling",
    ),
    (
        "drainase itu bukan saluran air minum kan? arti drainase sebenarnya apa?",
        "istilah.drainase",
    ),
    (
        (
            "lusa survei lokasi, di form ada pilihan sektor 'drainase'. yang dimaksud "
            "drainase di sini apa?"
        ),
        "istilah.drainase",
    ),
    (
        "KR di tabel kurnuh itu artinya apa?",
        "istilah.kr",
    ),
    (
        (
            "Di data dari Balai Prasarana Permukiman tertulis KR di kolom tingkat. Itu "
            "singkatan apa?"
        ),
        "istilah.kr",
    ),
    (
        "KS itu skornya berapa? eh bukan itu. KS itu sendiri artinya apa?",
        "istilah.ks",
    ),
    (
        (
            "misal saya baca lampiran SK kumuh dan ada tulisan KS di kolom tingkat kekumuhan, "
            "itu maksudnya apa?"
        ),
        "istilah.ks",
    ),
    (
        "KB di tabel kumuh itu bukan Keluarga Berencana kan? jadi artinya apa?",
        "istilah.kb",
    ),
    (
        "teman di dinas bilang 'lokasi itu KB'. KB maksudnya apa?",
        "istilah.kb",
    ),
    (
        "supaya saya paham berkas yang diminta, SK kumuh itu apa sebenarnya?",
        "istilah.skkumuh",
    ),
    (
        (
            "We have a meeting tomorrow morning and I wish to inquire what is meant by the "
            "term 'SK kumuh'."
        ),
        "istilah.skkumuh",
    ),
    (
        "de1ineasi itu apa artinya?",
        "istilah.delineasi",
    ),
    (
        (
            "delineasi itu dipakai buat hitung kewenangan? ga jadi deh, itu nanti. saya tanya "
            "dasarnya saja: delineasi itu maksudnya apa?"
        ),
        "istilah.delineasi",
    ),
    (
        "RTLH bisa diusulkan? ah skip. RTLH itu kepanjangannya apa?",
        "istilah.rtlh",
    ),
    (
        (
            "minggu depan pendataan di Desa Purwodadi. RTLH yang mau didata itu singkatan "
            "dari apa ya?"
        ),
        "istilah.rtlh",
    ),
    (
        "Laporan dinas menulis 'RTLH menjadi RLH'. RLH itu apa?",
        "istilah.rlh",
    ),
    (
        "biar laporan capaian saya benar, RLH itu singkatan dari apa?",
        "istilah.rlh",
    ),
    (
        "Dinsos juga pakai istilah 'bedah rumah'. Sebenarnya bedah rumah itu maksudnya apa?",
        "istilah.bedahrumah",
    ),
    (
        "bedah rumah itu bukan istilah resmi ya? sebetulnya merujuk ke apa?",
        "istilah.bedahrumah",
    ),
    (
        "B5PS itu singkatan apa?",
        "istilah.bsps",
    ),
    (
        "Supposing a village head asks me what BSPS means, kindly assist with its full meaning.",
        "istilah.bsps",
    ),
    (
        "besok pagi rapat dengan pengembang, MBR itu kepanjangannya apa?",
        "istilah.mbr",
    ),
    (
        "MBR itu urusan siapa? eh ga jadi. MBR itu sendiri artinya apa?",
        "istilah.mbr",
    ),
    (
        "biar tidak salah sebut di laporan, rusunawa itu apa?",
        "istilah.rusunawa",
    ),
    (
        (
            "Tadi Kadis bilang 'kita dorong pembangunan rusunawa'. Rusunawa itu apa, beda "
            "dengan rusun biasa?"
        ),
        "istilah.rusunawa",
    ),
    (
        "anggap saya orang awam, rusus itu apa?",
        "istilah.rusus",
    ),
    (
        "Kementerian PKP menyebut 'rusus untuk nelayan'. rusus itu kepanjangannya apa?",
        "istilah.rusus",
    ),
    (
        (
            "di surat dari kecamatan tertulis 'pernbangunan huntara bagi warga terdarnpak "
            "banjir', huntara itu singkatan apa ya?"
        ),
        "istilah.huntara",
    ),
    (
        (
            "tadi bot jawab soal rumah korban bencana dan nyebut 'huntara'. huntara itu "
            "maksudnya apa?"
        ),
        "istilah.huntara",
    ),
    (
        (
            "Kindly disregard my earlier question on huntara, that one is now clear. I wish "
            "to inquire what the term huntap stands for."
        ),
        "istilah.huntap",
    ),
    (
        ("BPBD Katingan menulis di laporannya 'warga dipindah ke huntap', huntap itu apa artinya?"),
        "istilah.huntap",
    ),
    (
        "supaya isian jumlah penerima nggak keliru, KK di formulir usulan itu maksudnya apa?",
        "istilah.kk",
    ),
    (
        (
            "KK di kolom penerima manfaat itu bukan nomor kartu keluarga kan? jadi artinya "
            "apa sebenarnya"
        ),
        "istilah.kk",
    ),
    (
        (
            "anggap saja saya operator desa yang baru pertama isi usulan, kolom 'jiwa' itu "
            "menghitung apa?"
        ),
        "istilah.jiwa",
    ),
    (
        "lusa saya mau input data penerima manfaat, yang dimaksud 'jiwa' di situ apa ya pak?",
        "istilah.jiwa",
    ),
    (
        "bot tadi tulis 'luasan delineasi 12 ha'. ha itu kepanjangannya apa?",
        "istilah.ha",
    ),
    (
        (
            "kewenangan kumuh gimana? eh skip dulu, nanti saja. pertanyaan saya: satuan ha "
            "itu singkatan dari apa?"
        ),
        "istilah.ha",
    ),
    (
        "PUPR kabupaten minta kami lampirkan DED, DED itu kepanjangan dari apa sih?",
        "istilah.ded",
    ),
    (
        "biar saya paham dokumen yang diminta konsultan, DED itu sebenarnya dokumen apa?",
        "istilah.ded",
    ),
    (
        "RAB itu bukan 'rencana anggaran belanja' kan? yang benar kepanjangannya apa",
        "istilah.rab",
    ),
    (
        "misal saya kontraktor yang disuruh bikin RAB untuk drainase, RAB itu artinya apa?",
        "istilah.rab",
    ),
    (
        (
            "Am requesting for clarification before Monday next week: what does RKS stand for "
            "in the proposal documents?"
        ),
        "istilah.rks",
    ),
    (
        "di daftar kelengkapan tertulis 'DED, RAB, RK5'. RK5 itu apa ya?",
        "istilah.rks",
    ),
    (
        "di surat tertulis 'lampirkan KAK / T0R', KAK itu kepanjangannya apa?",
        "istilah.kak",
    ),
    (
        "Pak Kabid bilang 'bikin KAK dulu baru jalan kegiatannya'. KAK itu maksudnya apa?",
        "istilah.kak",
    ),
    (
        (
            "DED itu apa? ah ga jadi, sudah dijelaskan teman. yang mau saya tanya, site plan "
            "itu artinya apa?"
        ),
        "istilah.siteplan",
    ),
    (
        (
            "Bappeda minta site plan lokasi jaling di Baamang Hulu, site plan itu gambar apa "
            "maksudnya?"
        ),
        "istilah.siteplan",
    ),
    (
        (
            "agar kami bisa menyiapkan dengan benar, RC yang sering disebut-sebut di usulan "
            "itu singkatan apa?"
        ),
        "istilah.rc",
    ),
    (
        "RC di konteks usulan bukan reinforced concrete kan? artinya apa?",
        "istilah.rc",
    ),
    (
        (
            "Assuming I am the new Kadis receiving a completed drainage from the province, "
            "kindly advise what BAST means."
        ),
        "istilah.bast",
    ),
    (
        "akhir bulan ini kami diundang tanda tangan BAST, BAST itu singkatan dari apa ya?",
        "istilah.bast",
    ),
    (
        (
            "di jawaban sebelumnya bot bilang asetnya 'dihibahkan ke kabupaten'. hibah itu "
            "artinya apa?"
        ),
        "istilah.hibah",
    ),
    (
        "O&P itu apa? eh maaf batal. maksud saya, istilah hibah itu sendiri apa pengertiannya?",
        "istilah.hibah",
    ),
    (
        "BPKAD nanya apakah jalan lingkungan yang dibangun provinsi masuk BMD. BMD itu apa?",
        "istilah.bmd",
    ),
    (
        "supaya nggak salah catat aset, BMD itu kepanjangannya apa?",
        "istilah.bmd",
    ),
    (
        (
            "Kindly clarify: BMN is not the same thing as regional property, is it? What "
            "exactly does BMN stand for?"
        ),
        "istilah.bmn",
    ),
    (
        (
            "seandainya kami menerima aset dari kementerian yang statusnya BMN, BMN itu "
            "maksudnya barang apa?"
        ),
        "istilah.bmn",
    ),
    (
        (
            "besok pagi mau tanda tangan surat pernyataan, di judulnya ada 'O&P'. O&P itu "
            "singkatan dari apa?"
        ),
        "istilah.op",
    ),
    (
        "0&P itu artinya apa? di draf SK tertulis '0&P menjadi tanggung jawab pernda'",
        "istilah.op",
    ),
    (
        "SPM perurnahan itu apa sih singkatannya?",
        "istilah.spm",
    ),
    (
        "kata Pak Sekdis 'rumah korban bencana itu masuk SPM'. SPM itu kepanjangannya apa ya?",
        "istilah.spm",
    ),
    (
        "rakor kapan? eh ga jadi, sudah diumumkan di grup. saya mau tanya Pokja PKP itu apa?",
        "istilah.pokjapkp",
    ),
    (
        "Bappeda kab minta dinas kami aktif di Pokja PKP, Pokja PKP itu sebenarnya apa?",
        "istilah.pokjapkp",
    ),
    (
        "biar tahu harus koordinasi ke forum yang mana, Pokja PPAS itu singkatan dari apa?",
        "istilah.pokjappas",
    ),
    (
        "Pokja PPAS itu bukan PPAS yang di KUA-PPAS kan? kepanjangannya apa?",
        "istilah.pokjappas",
    ),
    (
        (
            "Let us say I am newly posted as secretary of the Pokja AMPL in Barito Timur; "
            "kindly explain what AMPL stands for."
        ),
        "istilah.pokjaampl",
    ),
    (
        "minggu depan ada rapat Pokja AMPL di Tamiang Layang, AMPL itu kepanjangannya apa?",
        "istilah.pokjaampl",
    ),
    (
        "dalam notulen tertulis 'mengacu pada RP3KP kabupaten'. RP3KP itu apa?",
        "istilah.rp3kp",
    ),
    (
        "skip yang tadi soal SK, pertanyaan sebenarnya: RP3KP itu singkatan dari apa?",
        "istilah.rp3kp",
    ),
    (
        "Kementerian PKP menanyakan dokumen RP2KPKP kami, itu dokumen apa sebenarnya?",
        "istilah.rp2kpkp",
    ),
    (
        "supaya tidak tertukar dengan RP3KP, RP2KPKP itu kepanjangannya apa?",
        "istilah.rp2kpkp",
    ),
    (
        "KOTAKU itu bukan nama aplikasi kan? sebenarnya itu apa?",
        "istilah.kotaku",
    ),
    (
        (
            "misal saya lurah di Pahandut yang dulu pernah dapat KOTAKU, KOTAKU itu singkatan "
            "program apa?"
        ),
        "istilah.kotaku",
    ),
    (
        (
            "awal tahun depan mau siapkan usulan ke pusat, DAK Tematik PPKT itu maksudnya "
            "apa? PPKT singkatan apa?"
        ),
        "istilah.daktematikppkt",
    ),
    (
        "DAK Ternatik PPKT itu artinya apa ya?",
        "istilah.daktematikppkt",
    ),
    (
        "apa arti APBN? di draf tertulis 'surnber dana: APBN'",
        "istilah.apbn",
    ),
    (
        "bot tadi bilang 'salurkan lewat APBN'. APBN itu anggaran apa?",
        "istilah.apbn",
    ),
    (
        (
            "Kindly disregard my earlier message about the Rakor date. I wish to inquire what "
            "APBD stands for."
        ),
        "istilah.apbd",
    ),
    (
        "BPKAD bilang dananya dari APBD, APBD itu kepanjangannya apa?",
        "istilah.apbd",
    ),
    (
        (
            "supaya bisa saya jelaskan ke kepala desa di Tumbang Sapiri, APBDes itu singkatan "
            "dari apa?"
        ),
        "istilah.apbdes",
    ),
    (
        "APBDes itu bukan APBD kabupaten kan? apa artinya?",
        "istilah.apbdes",
    ),
    (
        "anggap saja saya bendahara baru di Gumas, Bankeu dari provinsi itu maksudnya apa?",
        "istilah.bankeu",
    ),
    (
        "H-3 sebelum rapat anggaran, saya mau pastikan dulu: Bankeu itu singkatan dari apa?",
        "istilah.bankeu",
    ),
    (
        "anggota dewan bilang 'jalan itu masuk pokir saya'. pokir itu apa?",
        "istilah.pokir",
    ),
    (
        "ga jadi tanya soal usulan. yang mau saya tanyakan: Pokir itu kepanjangannya apa?",
        "istilah.pokir",
    ),
    (
        "Bappeda undang kami ke Musrenbang kecamatan Cempaga, Musrenbang itu singkatan apa?",
        "istilah.musrenbang",
    ),
    (
        "agar bisa menerangkan ke warga, Musrenbang itu apa sih?",
        "istilah.musrenbang",
    ),
    (
        "RKPD is not the same as the budget itself, I presume? Please advise what RKPD means.",
        "istilah.rkpd",
    ),
    (
        "seandainya saya anggota DPRD baru, RKPD itu dokumen apa?",
        "istilah.rkpd",
    ),
    (
        "akhir bulan ini renja harus selesai, renja itu sebenarnya kepanjangan apa?",
        "istilah.renja",
    ),
    (
        "Renja itu apa? di surat tertulis 'penyusunan Renja dinas perkirn tahun 2027'",
        "istilah.renja",
    ),
    (
        "Ren5tra itu apa ya? ada di lampiran undangan",
        "istilah.renstra",
    ),
    (
        "kata Kasubag Program 'usulan harus selaras Renstra'. Renstra itu apa maksudnya?",
        "istilah.renstra",
    ),
    (
        "eh pertanyaan tadi soal RKPD abaikan saja. yang saya butuh: RPJMD itu singkatan apa?",
        "istilah.rpjmd",
    ),
    (
        "Bapperida sebut 'target RPJMD 2025-2029', RPJMD itu apa?",
        "istilah.rpjmd",
    ),
    (
        "supaya bisa ikut bahas anggaran, KUA-PPAS itu kepanjangannya apa?",
        "istilah.kuappas",
    ),
    (
        "KUA-PPAS itu bukan urusan kantor urusan agama kan 😅 maksudnya apa?",
        "istilah.kuappas",
    ),
    (
        "misalkan saya kasubag keuangan dinas perkim Seruyan, RKA itu singkatan dari apa?",
        "istilah.rka",
    ),
    (
        "tahun anggaran depan kami wajib susun RKA, RKA itu dokumen apa ya?",
        "istilah.rka",
    ),
    (
        "tadi bot nulis 'sudah masuk DPA'. DPA itu kepanjangan dari apa?",
        "istilah.dpa",
    ),
    (
        "tunggu, pertanyaan pertama saya salah ketik. yang benar: DPA itu artinya apa?",
        "istilah.dpa",
    ),
    (
        "Bappeda requested that we input our data in SIPD. Kindly assist, what is SIPD?",
        "istilah.sipd",
    ),
    (
        "biar bisa input ke sistem pemda, SIPD itu sistem apa?",
        "istilah.sipd",
    ),
    (
        "Bapperida itu bukan Bappeda ya? terus kepanjangannya apa?",
        "istilah.bapperida",
    ),
    (
        (
            "seandainya saya staf kabupaten yang mau koordinasi perencanaan ke provinsi, "
            "Bapperida itu badan apa?"
        ),
        "istilah.bapperida",
    ),
    (
        "besok pagi ada rapat semua OPD, OPD itu singkatan apa ya?",
        "istilah.opd",
    ),
    (
        "0PD itu apa? di undangan tertulis 'seluruh 0PD terkait'",
        "istilah.opd",
    ),
    (
        "5KPD itu artinya apa? di dokurnen lama sering muncul",
        "istilah.skpd",
    ),
    (
        "di surat balasan provinsi ditulis 'SKPD pengusul'. SKPD itu apa?",
        "istilah.skpd",
    ),
    (
        ("SPALD apa? eh nanti saja. yang saya tanya: SPAM di dokumen air minum itu singkatan apa?"),
        "istilah.spam",
    ),
    (
        "PDAM bilang SPAM desa kami belum jalan, SPAM itu maksudnya apa?",
        "istilah.spam",
    ),
    (
        "agar usulan sanitasi kami tepat istilahnya, SPALD itu kepanjangannya apa?",
        "istilah.spald",
    ),
    (
        "SPALD itu tidak sama dengan septic tank biasa kan? SPALD artinya apa?",
        "istilah.spald",
    ),
    (
        (
            "Suppose I am a village head in Kumai and the contractor mentions an IPAL; kindly "
            "advise what IPAL refers to."
        ),
        "istilah.ipal",
    ),
    (
        "lusa ada survei IPAL di Kahayan Hilir, IPAL itu singkatan apa?",
        "istilah.ipal",
    ),
    (
        "warga bilang 'minta TPS3R saja pak'. TPS3R itu apa?",
        "istilah.tps3r",
    ),
    (
        "MCK apa? ga jadi, itu saya tahu. yang belum: TPS3R itu kepanjangannya apa?",
        "istilah.tps3r",
    ),
    (
        "Dinas Kesehatan menyebut 'MCK komunal', MCK itu singkatan dari apa?",
        "istilah.mck",
    ),
    (
        "biar proposal sanitasinya jelas, MCK itu apa kepanjangannya?",
        "istilah.mck",
    ),
    (
        "RTRW itu bukan RT/RW kampung kan? maksudnya apa?",
        "istilah.rtrw",
    ),
    (
        "misal saya pengembang perumahan di Sampit, RTRW itu dokumen apa?",
        "istilah.rtrw",
    ),
    (
        "minggu depan konsultasi soal RDTR, RDTR itu singkatan apa ya?",
        "istilah.rdtr",
    ),
    (
        "RDTR itu apa? di surat tertulis 'sesuai RDTR kawasan perkotaan Kua1a Kurun'",
        "istilah.rdtr",
    ),
    (
        "P8G pengganti IMB itu apa artinya?",
        "istilah.pbg",
    ),
    (
        "kata petugas PTSP 'sekarang pakai PBG, bukan IMB lagi'. PBG itu apa?",
        "istilah.pbg",
    ),
    (
        "Please ignore my last question on PBG. I wish to inquire: what is an SLF?",
        "istilah.slf",
    ),
    (
        "Dinas PUPR minta SLF untuk gedung rusunawa, SLF itu apa?",
        "istilah.slf",
    ),
    (
        (
            "supaya penghuni rusun punya bukti kepemilikan, disebut-sebut SKBG. SKBG itu "
            "singkatan dari apa?"
        ),
        "istilah.skbg",
    ),
    (
        "SKBG bukan sertifikat tanah kan? itu kepanjangannya apa?",
        "istilah.skbg",
    ),
    (
        "anggap saya warga yang cuma punya SKT dari desa, SKT itu maksudnya surat apa?",
        "istilah.skt",
    ),
    (
        "besok kami turun verifikasi RTLH, SKT yang disebut-sebut itu singkatan apa?",
        "istilah.skt",
    ),
    (
        "tadi bot bilang lahannya harus 'clean and clear'. maksudnya apa itu?",
        "istilah.cleanandclear",
    ),
    (
        "soal SKT tadi skip. pertanyaan sebenarnya: clean and clear itu artinya apa?",
        "istilah.cleanandclear",
    ),
    (
        "perusahaan sawit di Seruyan tawarkan CSR, kata Bappeda bisa dipakai. CSR itu apa?",
        "istilah.csr",
    ),
    (
        "supaya bisa cari sumber dana lain, CSR itu singkatan apa?",
        "istilah.csr",
    ),
    (
        "Rakor itu bukan sekadar rapat kerja biasa kan? kepanjangannya apa?",
        "istilah.rakor",
    ),
    (
        (
            "misal saya staf baru di Disperkim Barsel, Rakor yang sering disebut itu "
            "singkatan dari apa?"
        ),
        "istilah.rakor",
    ),
    (
        "minggu lalu ada warga yang mengadu lewat LAPOR!, LAPOR! itu apa?",
        "istilah.lapor",
    ),
    (
        (
            "Kindly advise what LAP0R! is, the bot mentioned it when talking about fo11ow-up "
            "standards."
        ),
        "istilah.lapor",
    ),
    (
        "WIB itu singkatan apa? di pengumurnan jamnya ditulis WIB",
        "istilah.wib",
    ),
    (
        "bot tulis 'pukul 09.00 WIB'. WIB itu maksudnya apa?",
        "istilah.wib",
    ),
    (
        (
            "Sorry, scratch my earlier question. What I really wish to know is the meaning of "
            "'backlog' in housing."
        ),
        "istilah.backlog",
    ),
    (
        "BPS dan PUPR angkanya beda soal backlog, backlog perumahan itu apa artinya?",
        "istilah.backlog",
    ),
    (
        "biar bisa jelaskan ke atasan, PKP itu singkatan apa?",
        "istilah.pkp",
    ),
    (
        "PKP di sini bukan pengusaha kena pajak kan? maksudnya apa?",
        "istilah.pkp",
    ),
    (
        (
            "seandainya saya ketua RT di Selat Hulu, yang disebut permukiman 'kumuh' itu apa "
            "artinya?"
        ),
        "istilah.kumuh",
    ),
    (
        (
            "minggu depan ada sosialisasi ke warga, saya perlu jelaskan arti kata kumuh. apa "
            "pengertiannya?"
        ),
        "istilah.kumuh",
    ),
    (
        "Pak Kabid bilang 'ajukan lewat DAK saja'. DAK itu apa?",
        "istilah.dak",
    ),
    (
        "rakor di mana? eh sudah tahu. pertanyaan saya: DAK itu kepanjangannya apa?",
        "istilah.dak",
    ),
    (
        "The PUPR office mentioned rusun in their reply. Kindly advise what rusun stands for.",
        "istilah.rusun",
    ),
    (
        "supaya tidak salah sebut di laporan, rusun itu singkatan dari apa?",
        "istilah.rusun",
    ),
]

ROUND51_INTENTS: list[tuple[str, str]] = [
    (
        (
            "bot tadi bilang 'usulan Anda sudah diterima sistem'. sekarang USL-2026-0004 kami "
            "sudah sampai mana?"
        ),
        "status",
    ),
    (
        "usulan jalan lingkungan yang kami kirim minggu lalu sudah diverifikasi belum?",
        "status",
    ),
    (
        "gimana status usu1an kami dari Barsel, sudah disetujui atau masih diperiksa?",
        "status",
    ),
    (
        (
            "SK kumuh harus berapa tahun? eh skip, yang penting: rakor berikutnya tanggal "
            "berapa dan di mana?"
        ),
        "meeting",
    ),
    (
        (
            "Bappeda kami tanya jadwal Rakor Kawasan Permukiman tahun ini, jam berapa dan "
            "tempatnya di mana?"
        ),
        "meeting",
    ),
    (
        (
            "Kindly advise whether the coordination meeting is next week, and confirm the "
            "venue and time."
        ),
        "meeting",
    ),
    (
        "biar usulan kami masih masuk siklus ini, paling lambat dikirim tanggal berapa?",
        "deadline",
    ),
    (
        "mulai kapan usulan sudah tidak diterima lagi untuk siklus tahun ini?",
        "deadline",
    ),
    (
        "misal berkas kami baru siap bulan depan, masih sempat? sampai kapan usulan dibuka?",
        "deadline",
    ),
    (
        "selarnat pagi pak, mohon bantuannya",
        "greeting",
    ),
    (
        "ok, tadi bot bilang 'silakan bertanya kapan saja'. terima kasih ya",
        "greeting",
    ),
    (
        "Thank you, well received. I shall revert tomorrow morning.",
        "greeting",
    ),
    (
        "supaya usulan PSU kami masuk, cara mengirimnya lewat bot ini bagaimana?",
        "how_to_submit",
    ),
    (
        (
            "anggap saya operator baru di Dinas Perkim Seruyan, langkah input usulan di bot "
            "ini mulai dari mana?"
        ),
        "how_to_submit",
    ),
    (
        (
            "Bappeda minta usulan dikirim lewat Sinkron saja. cara memasukkan usulan di sini "
            "bagaimana?"
        ),
        "how_to_submit",
    ),
    (
        "usu1an kami USL-2026-0004 sudah sampai mana ya? masih diperiksa atau sudah ditolak?",
        "status",
    ),
    (
        (
            "tadi Pak Kasi bilang 'usulan kalian dikembalikan'. betul usulan jaling Desa "
            "Runtu kami statusnya perlu perbaikan?"
        ),
        "status",
    ),
    (
        (
            "Kindly advise whether the proposal we sent two weeks ago has been approved or is "
            "still under verification."
        ),
        "status",
    ),
    (
        (
            "usulan ditutup kapan? eh ga jadi, itu sudah diumumkan. saya mau tanya rakor "
            "berikutnya tanggal berapa dan di mana?"
        ),
        "meeting",
    ),
    (
        (
            "Bappeda nanya ke kami kapan rapat koordinasi provinsi yang berikutnya, sudah ada "
            "jadwal dan tempatnya?"
        ),
        "meeting",
    ),
    (
        (
            "anggap saya yang diutus ke Rakor nanti, acaranya hari apa, jam berapa, dan "
            "tempatnya di mana?"
        ),
        "meeting",
    ),
    (
        "supaya usulan kami masih masuk siklus ini, paling lambat kapan harus dikirim?",
        "deadline",
    ),
    (
        "mulai tanggal berapa usulan tidak diterima lagi tahun ini?",
        "deadline",
    ),
    (
        "akhir bulan ini masih bisa kirim usulan nggak? batasnya sampai kapan?",
        "deadline",
    ),
    (
        "selamat pagi pak, terima kasih banyak atas bantuannya kemarin 🙏",
        "greeting",
    ),
    (
        "halo bot, mohon bantuannya ya",
        "greeting",
    ),
    (
        "Good afternoon. Am requesting for your kind assistance.",
        "greeting",
    ),
    (
        "cara rnasukkan usu1an lewat bot ini gimana?",
        "how_to_submit",
    ),
    (
        (
            "seandainya saya operator baru di Lamandau, bagaimana langkah mengirim usulan "
            "lewat bot ini?"
        ),
        "how_to_submit",
    ),
    (
        "Bappeda minta usulan PSU dikirim lewat Sinkron, cara input di bot gimana?",
        "how_to_submit",
    ),
]

ROUND51_AREAS: list[tuple[str, str]] = [
    (
        "kumuh 8,5 hektar di Kec. Baamang itu kewenangan pr0vinsi atau kab?",
        "kabkota",
    ),
    (
        (
            "tadi bot bilang 'di bawah 10 ha urusan kabupaten'. nah lokasi kumuh kami pas 10 "
            "ha, jadi siapa yang berwenang?"
        ),
        "provinsi",
    ),
    (
        (
            "SK kumuhnya kapan? eh bukan itu. kawasan kumuh Selat Hulu 132,25 ha itu "
            "kewenangan siapa?"
        ),
        "pusat",
    ),
    (
        "Kawasan kumuh 75.000 m2 di Kelurahan Raja, PUPR bilang provinsi yang tangani. betul?",
        "kabkota",
    ),
    (
        (
            "agar penanganan kawasan kumuh 12,3 hektare kami tepat sasaran, diusulkan ke "
            "kabupaten atau provinsi?"
        ),
        "provinsi",
    ),
    (
        (
            "kawasan kumuh 15 ha persis, berarti provinsi tidak berwenang lagi ya? siapa yang "
            "tangani?"
        ),
        "pusat",
    ),
    (
        "Misal saya bupati Kotim dan delineasi kumuhnya 14,99 ha, siapa yang tangani?",
        "provinsi",
    ),
    (
        "lusa kami rapat. kumuh seluas 95.000 meter persegi di Pangkalan Bun itu urusan siapa?",
        "kabkota",
    ),
    (
        (
            "In order to channel our proposal correctly, kindly advise which level handles a "
            "slum area of 20 hectares in Mentawa Baru Ketapang."
        ),
        "pusat",
    ),
    (
        "luas kumuh 110.000 m² di Pahandut, kewenangan pr0v atau pusat?",
        "provinsi",
    ),
    (
        (
            "seandainya delineasi kumuh di SK jadi 160.000 meter persegi, siapa yang "
            "berwenang menangani?"
        ),
        "pusat",
    ),
    (
        (
            "The bot earlier replied 'kindly state the delineated area'. It is 6 hectares of "
            "slum in Kuala Kurun; who is responsible?"
        ),
        "kabkota",
    ),
    (
        "kawasan kurnuh 9,5 ha di Kel. Mendawai kewenangan siapa?",
        "kabkota",
    ),
    (
        (
            "kata Pak Camat 'lokasi kumuh 10 hektar itu urusan kabupaten'. bener gitu? siapa "
            "yang berwenang?"
        ),
        "provinsi",
    ),
    (
        ("rakor kapan? eh skip. lokasi kumuh di SK kami luasnya 150.000 m2, itu kewenangan siapa?"),
        "pusat",
    ),
    (
        (
            "Bappeda bilang kumuh 12,4 hektare di Baamang Tengah itu urusan pusat, sebenarnya "
            "kewenangan siapa?"
        ),
        "provinsi",
    ),
    (
        (
            "In order for our proposal to be properly channelled, kindly advise who handles a "
            "slum area of 8 hectares in Kuala Kurun."
        ),
        "kabkota",
    ),
    (
        "kumuh 14,99 ha tidak termasuk kewenangan provinsi kah? siapa yang bertanggung jawab?",
        "provinsi",
    ),
    (
        (
            "misal saya bupati Kapuas dan punya kawasan kumuh 245 ha di Selat, siapa yang "
            "berwenang menanganinya?"
        ),
        "pusat",
    ),
    (
        "lusa kami kirim usulan kumuh 95.000 m² di Kumai Hilir, itu kewenangan siapa?",
        "kabkota",
    ),
    (
        "kawasan kumuh 105.000 rneter persegi di Pahandut, ditangani pr0vinsi atau kota?",
        "provinsi",
    ),
    (
        (
            "tadi bot jawab 'di bawah 10 ha kabupaten/kota'. nah lokasi kumuh kami 3 hektar, "
            "kewenangannya siapa?"
        ),
        "kabkota",
    ),
    (
        (
            "siapa yang tidak berwenang menangani kawasan kumuh 15 ha pas? lalu siapa yang "
            "berwenang?"
        ),
        "pusat",
    ),
    (
        (
            "The BPN office measured our slum location at 16.2 hectares; kindly advise which "
            "level of government is responsible."
        ),
        "pusat",
    ),
]

ROUND51_OUT_OF_SCOPE: list[str] = [
    "berapa pagu anggaran Disperk1mtan tahun depan?",
    "kata teman 'bantuan BSPS tahun ini naik jadi 20 juta per rumah', benar nggak nominalnya?",
    (
        "rakor kapan? eh ga jadi. yang mau saya tanya: nomor HP Kabid Kawasan Permukiman "
        "provinsi berapa?"
    ),
    "Dinas PUPR kabupaten lagi lelang jalan lingkungan di Sampit, siapa pemenang tendernya?",
    "biar RAB kami wajar, berapa harga satuan beton K-250 per m3 di Palangka Raya sekarang?",
    (
        "kata berita 'Kalteng dapat DAK Tematik PPKT puluhan miliar tahun 2026', untuk "
        "kabupaten mana saja dan berapa masing-masing?"
    ),
    "apa saja yang tidak boleh dilakukan ASN selama masa kampanye pilkada?",
    "misal saya mau ambil KPR subsidi untuk pribadi, bank mana yang bunganya paling rendah?",
    "besok pagi hujan nggak di Muara Teweh? mau survei lapangan",
    "cuti bersama akhir tahun ini tanggal berapa saja?",
    (
        "Dinas Pertanian minta data lahan sawah, aturan alih fungsi lahan pertanian jadi "
        "perumahan bagaimana?"
    ),
    "Kindly assist with the procedure for renewing my driving licence in Palangka Raya.",
    "Please advise the current price of z1nc roofing sheets in Sampit.",
    "siapa yang tidak boleh jadi penerima bansos PKH?",
    "seandainya saya pindah tugas ke Bappeda, tunjangan kinerjanya berapa?",
    "berapa pagu anggaran Disperkimtan Kalteng untuk tahun 2026?",
    "nomor HP Kabid Kawasan Permukiman provinsi berapa ya? mau konfirmasi langsung",
    "siapa pemenang tender drainase di Sampit tahun lalu?",
    "akhir tahun ini, berapa rumah yang sudah dibedah provinsi di Kotim selama 2025?",
    "seandainya saya kepala desa, berapa dana desa yang akan kami terima tahun depan?",
    "supaya bisa beli rumah, harga rumah subsidi FLPP di Pangkalan Bun tahun ini berapa?",
    "harga semen per sak di Muara Teweh sekarang berapa?",
    "besok pagi cuaca di Palangka Raya hujan nggak?",
    "I wish to inquire on the procedure for renewing a driver's licence in Palangka Raya.",
    "cara urus cuti melahirkan PNS gimana? eh maksud saya cuti besar, syaratnya apa?",
    "kata teman 'izin tambang galian C sekarang di provinsi', betul? ke dinas mana ngurusnya?",
    "Dinkes nanya jadwal vaksinasi anak di puskesmas Bukit Batu, kapan ya?",
    "hasil pertandingan Kalteng Putra kemarin berapa-berapa?",
    "berapa besar tunjangan kinerja ASN provinsi ga01ongan III?",
    "apa yang tidak boleh dibawa waktu naik pesawat ke Jakarta? bagasi maksimal berapa kg?",
]
