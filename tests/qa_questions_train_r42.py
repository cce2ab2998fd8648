"""Training table R42 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 46's styles, written by another hand for the first half of the topic list after round 46
was written: speech-to-text dictation (acronyms spelt out, numbers in words), two opinions to
settle, urgency, a signature after the question, the civil servants' "izin" register, fill-in-
the-blank and multiple choice, weighing two options, the topic fronted with "kah" or an inverted
order; Singapore and Malaysian English. A glossary entry's questions ask what the term means.
Its slum-area questions are computed by rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R42_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Izin bertanya pak, secara garis besar pembagian kewenangan bidang perumahan dan "
            "kawasan permukiman antara pusat, provinsi dan kabupaten/kota itu seperti apa? "
            "Mohon pencerahannya."
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Di grup ada yang bilang semua urusan perumahan sekarang ditarik ke pusat, "
            "provinsi dan kabupaten tinggal membantu. Betul nggak? Sebenarnya pembagian "
            "kewenangannya bagaimana?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Kata sekdin perumahan itu urusan wajib pelayanan dasar, tapi teman di Bappeda "
            "bilang cuma urusan pilihan. Yang benar mana ya?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "perumahan rakyat dan kawasan permukiman itu masuk urusan wajib atau pilihan "
            "menurut u u dua puluh tiga tahun dua ribu empat belas tanda tanya"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Penanganan kumuh menurut luas: di bawah 10 ha = ____ , 10 sampai di bawah 15 ha "
            "= ____ , 15 ha ke atas = ____ ?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "URGENT pak, kadis minta dasar hukum pembagian kewenangan penanganan kawasan "
            "kumuh berdasarkan luasnya, pasal/lampiran mana ya? ditunggu sekarang"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Kumuh yang jadi porsi pemerintah pusat itu mulai dari luas berapa, dan bunyi "
            "aturannya sudah pasti atau belum? — Yusuf, Kasi Kawasan Permukiman Disperkim "
            "Kapuas"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Kawasan kumuh kami masuk kategori besar yang katanya urusan pusat. Bagusnya kami "
            "dorong lewat APBN atau lewat DAK Tematik PPKT?"
        ),
        ("kewenangan.kumuh_pusat", "pendanaan.saluran_lain"),
    ),
    (
        (
            "Di grup ada yang bilang kegiatan pencegahan kumuh juga bisa diusulkan ke "
            "provinsi, betul nggak? Kabid kami masih ragu."
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Program pencegahan tumbuhnya kumuh baru sebaiknya kami anggarkan sendiri di APBD "
            "kabupaten atau diajukan ke Disperkimtan provinsi?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Siap, izin konfirmasi: dalam sub-urusan perumahan, apa saja yang menjadi tugas "
            "provinsi dan apa saja yang tetap di kabupaten/kota?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Di sub-urusan perumahan, kewenangan kabupaten itu apa saja selain rumah korban "
            "bencana skala kabupaten? — Bayu, Kabid Perumahan Disperkim Katingan"
        ),
        "kewenangan.perumahan",
    ),
    (
        "Penyediaan rumah untuk MBR, pusatkah yang pegang atau provinsi juga bisa?",
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Urgent pls, boss asking now: rusun and housing finance for low income people is "
            "pusat job or province can also do?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Cepat ya pak, mau rapat: rumah warga rusak kena banjir yang statusnya bencana "
            "kabupaten, perbaikannya tanggung jawab siapa?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Fasilitasi rumah untuk warga yang kena relokasi program pemprov, kewenangan: a) "
            "kabupaten b) provinsi c) pusat?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Ada pengembang tanya izin pembangunan perumahan diterbitkan oleh siapa, "
            "kabupaten atau provinsi? — Dedi, staf Perumahan Disperkim Kotim"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Besok pagi harus lapor: SKBG untuk rumah susun itu yang menerbitkan kabupaten "
            "atau provinsi? Tolong cepat ya"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Mohon petunjuk dan arahan, untuk sub-urusan kawasan permukiman, kewenangan "
            "masing-masing tingkat pemerintahan apa saja?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Untuk sub-urusan kawasan permukiman, mana yang benar: provinsi hanya pegang "
            "kumuh 10 sampai di bawah 15 ha, atau provinsi juga menerbitkan izin kawasan "
            "permukiman?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Pak sekdin bilang PSU perumahan itu urusan provinsi, pak kabid bilang kabupaten. "
            "Yang benar yang mana?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "pe es u perumahan sama pe es u permukiman bedanya apa terus masing masing "
            "kewenangan siapa"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Mana yang lebih mungkin diterima provinsi: usulan peningkatan jalan poros desa "
            "atau jalan lingkungan plus drainase di dalam permukiman?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Ditunggu kadis 10 menit lagi: PSU yang dibangun Disperkimtan boleh untuk "
            "drainase di sepanjang jalan kabupaten nggak?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Sertifikasi dan registrasi perancang rumah dan perencana PSU tingkat kemampuan "
            "kecil itu kewenangan ____ ?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Siang pak, mohon izin bertanya, registrasi badan usaha perencana perumahan "
            "dengan kemampuan menengah itu diurus di provinsi atau di pusat?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        "SPM bidang perumahan rakyat, apa saja sih jenis layanan yang jadi tanggungan provinsi?",
        "kewenangan.spm",
    ),
    (
        (
            "Target SPM rumah layak huni untuk korban bencana provinsi itu berapa persen ya? "
            "ttd. Rahmat / Kasubag Program Perkim Barsel"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Kata camat luas kumuh dihitung satu kelurahan penuh, kata konsultan cuma yang "
            "didelineasi di SK. Luas mana yang dipakai untuk menentukan kewenangan?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "To decide authority, we use the whole kelurahan size or only the delineated area "
            "in the SK kumuh, which one better ah?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "yang menetapkan lokasi kumuh itu bupati atau gubernur terus harus ditinjau ulang "
            "berapa tahun sekali"
        ),
        "kumuh.penetapan",
    ),
    (
        "Penetapan lokasi kumuh itu, lampiran apa saja yang harus ada di SK-nya?",
        "kumuh.penetapan",
    ),
    (
        "Aspek kriteria kumuh menurut Permen PUPR 14/2018 ada berapa? a) 5 b) 7 c) 16",
        "kumuh.aspek",
    ),
    (
        (
            "Mohon disebutkan aspek-aspek penilaian kumuh, proteksi kebakaran termasuk tidak? "
            "— Nita, operator data kumuh Perkim Pulpis"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "Besok pagi harus lapor ke Sekda: skor kumuh maksimal berapa dan mulai nilai "
            "berapa dianggap kumuh berat?"
        ),
        "kumuh.penilaian",
    ),
    (
        "Our location total score sixty-two, that one kumuh berat or not ah?",
        "kumuh.penilaian",
    ),
    (
        "Nilai kekumuhan 45, sedangkah itu atau masih ringan?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "rentang skor kumuh ringan itu dari berapa sampai berapa tanda tanya",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Lokasi kumuh kami di bantaran sungai dan lahannya tidak legal. Lebih tepat "
            "pemugaran atau pemukiman kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Izin pak, mohon penjelasan perbedaan pemugaran dengan peremajaan dalam "
            "penanganan permukiman kumuh."
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Besok pagi harus lapor ke pimpinan: jumlah lokasi kumuh di Kalteng berapa dan "
            "totalnya berapa hektar? Mohon cepat"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "Teman di Bappeda bilang kumuh di Kalteng ada 111 lokasi, yang lain bilang sudah "
            "200 lebih. Data Disperkimtan sebenarnya berapa lokasi dan berapa hektar?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "Yang harus diisi di satu usulan kegiatan: a) judul dan jenis b) lokasi dan luas "
            "c) penerima manfaat dan biaya d) semua?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Kenapa form usulan menanyakan sektor terkait dan alasan kebutuhan segala, "
            "memangnya dipakai untuk apa? — Agus, staf Perencanaan Disperkim Lamandau"
        ),
        "usulan.isi",
    ),
    (
        (
            "Usulan rumah untuk korban bencana skala provinsi, lebih tepat dipilih jenis "
            "'rumah' atau 'lainnya' di form?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "jenis usulan yang bisa dipilih itu apa saja kumuh pe es u er te el ha atau ada "
            "yang lain lagi"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Untuk data lokasi usulan, lebih baik kirim titik GPS dari HP atau cukup tulis "
            "nama desa dan kecamatan saja?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "The location name in the proposal must follow exactly the SK kumuh or can just "
            "write the kampung name? — Hafiz, PSU section, Perkim Kobar"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "URGENT: jumlah KK dan jiwa penerima manfaat wajib diisi dua-duanya? terus sumber "
            "dana boleh kombinasi APBD kab dan CSR?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Mohon arahan, biaya usulan ditulis rupiah penuh atau boleh ditulis 750 juta, dan "
            "pilihan sumber dananya apa saja?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Dokumen kesiapan usulan PSU: a) surat Bupati b) DED dan RAB c) surat pernyataan "
            "hibah dan O&P d) kesepakatan warga e) semuanya?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Kata kabid readiness criteria boleh menyusul setelah Rakor, kata rekan harus "
            "lengkap waktu mengusulkan. Mana yang benar soal dokumen kesiapan?"
        ),
        "usulan.kesiapan",
    ),
    (
        "Lahan untuk jalan lingkungan, harus sertifikat pemda atau tanah desa juga diterima?",
        "usulan.lahan",
    ),
    (
        (
            "Kalau lahan lokasi usulan masih sengketa dengan ahli waris, pengaruhnya apa ke "
            "penilaian usulan? — Sri, Kasi PSU Disperkim Barut"
        ),
        "usulan.lahan",
    ),
    (
        (
            "es ka kumuh kami terbit tahun dua ribu sembilan belas masih bisa dipakai untuk "
            "usulan atau harus diperbarui dulu"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Lokasi kami belum tercantum di SK kumuh. Lebih baik tetap usul tahun ini atau "
            "tunggu SK direvisi dulu?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Cepat pak mau kirim berkas: dokumen teknis apa saja yang perlu disiapkan, DED, "
            "RAB, RKS, site plan, wajib semua?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Dokumen teknis yang dilampirkan ke usulan: a) DED b) RAB c) RKS dan site plan d) "
            "foto kondisi eksisting e) semuanya?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Izin menyampaikan pertanyaan, surat pernyataan kesediaan menerima hibah dan "
            "melakukan O&P itu isinya apa dan kenapa diminta provinsi?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        "Surat pernyataan operasi dan pemeliharaan, perlu nggak dilampirkan di usulan drainase?",
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Di grup ada yang bilang RTLH lewat provinsi bisa bangun rumah baru di tanah "
            "kosong, betul nggak?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "syarat usulan er te el ha ke provinsi apa saja terus penerimanya ditetapkan "
            "pakai es ka siapa"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Warga RT 05 Kelurahan Pahandut Seberang mau minta drainase langsung ke provinsi, "
            "syaratnya apa? — Fajar, staf Disperkim Kota Palangka Raya"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Permintaan PSU dari masyarakat harus diketahui oleh: a) Ketua RT/RW b) Lurah c) "
            "Camat d) ketiganya?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Jalan lingkungan yang dibangun provinsi di tanah kabupaten, asetnya nanti punya "
            "siapa, siapa pula yang memelihara?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Ditunggu sekda sore ini: BAST hibah aset PSU dari provinsi ke kabupaten "
            "ditandatangani siapa saja?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Usulan kami ternyata bukan kewenangan provinsi. Bagusnya dialihkan ke DAK "
            "Tematik PPKT atau dianggarkan di APBD kabupaten saja?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Mohon maaf mengganggu, izin bertanya: kalau provinsi tidak bisa membiayai karena "
            "bukan kewenangannya, sumber dana lain apa yang bisa kami coba?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Mohon petunjuk, alur usulan tahunan dari kabupaten sampai masuk anggaran "
            "provinsi itu bagaimana urutannya?"
        ),
        "siklus.tahunan",
    ),
    (
        "usulan yang dikirim tahun ini itu untuk tahun anggaran kapan ya",
        "siklus.tahunan",
    ),
    (
        "Pemeriksaan usulan di provinsi, apa saja yang dicek?",
        "siklus.pemeriksaan",
    ),
    (
        (
            "Kata teman usulan cuma dicek kelengkapan berkas, kata kabid dicek juga "
            "kewenangan dan kondisi lahannya. Yang benar yang mana?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Rakor Bidang Kawasan Permukiman se-Kalteng itu fungsinya: a) sosialisasi aturan "
            "b) sinkronisasi program dan pembahasan teknis usulan c) pembukaan lelang?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Rakor kawasan permukiman itu acara apa sebenarnya, dan siapa saja pesertanya? — "
            "Hendra, Kabid Kawasan Permukiman Perkim Katingan"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Setelah Rakor, usulan yang disetujui langsung masuk APBD atau harus lewat "
            "Musrenbang dan RKPD dulu?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        "habis rakor usulan kami lanjut ke mana musrenbang dulu atau langsung er ka pe de",
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Mohon izin pak, Pokja PKP di kabupaten itu perannya apa dan dasar hukumnya "
            "Permen PUPR yang mana?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        "Pokja PKP ah, our kabupaten must form one or not? They do what one?",
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Alamat lengkap kantor Disperkimtan Provinsi Kalteng di mana ya? Mau kirim surat "
            "usulan. — Eko, Sekretariat Disperkim Barito Timur"
        ),
        "disperkimtan.kontak",
    ),
    (
        "Cepat ya, saya mau antar berkas ke Disperkimtan Kalteng sekarang, kantornya di mana?",
        "disperkimtan.kontak",
    ),
    (
        "perintah apa saja yang bisa dipakai di bot ini",
        "bot.cara_pakai",
    ),
    (
        "Jam yang ditampilkan bot ini pakai zona waktu: WIB / WITA / WIT?",
        "bot.cara_pakai",
    ),
    (
        (
            "Ada usulan tahun lalu yang mirip, lebih cepat isi ulang dari awal atau pakai "
            "salin usulan lama di /usul?"
        ),
        "bot.usul",
    ),
    (
        (
            "Waktu isi /usul, lampiran PDF maksimal berapa file dan foto paling banyak "
            "berapa? — Wulan, operator Disperkim Sukamara"
        ),
        "bot.usul",
    ),
    (
        "Status 'perlu perbaikan' itu, artinya apa dan saya harus ngapain?",
        "bot.status",
    ),
    (
        (
            "Teman bilang kalau status sudah 'verifikasi' berarti pasti lolos, kata kabid "
            "belum tentu. Sebenarnya arti status verifikasi apa?"
        ),
        "bot.status",
    ),
    (
        (
            "Siap, izin konfirmasi: usulan kami ditolak dengan alasan bukan kewenangan "
            "provinsi, langkah selanjutnya apa ya?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "My colleague say dialihkan means can still resubmit to province, my boss say "
            "cannot. Which one correct ah?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "Usulan yang belum diproses provinsi ditandai terlambat setelah ____ hari kerja?",
        "bot.tindak_lanjut",
    ),
    (
        "berapa lama standar provinsi harus menanggapi usulan yang kami kirim lewat bot",
        "bot.tindak_lanjut",
    ),
    (
        (
            "Besok pagi undangan rapat di bot harus dijawab, kalau kabid tidak bisa hadir "
            "boleh diwakilkan staf?"
        ),
        "bot.rapat",
    ),
    (
        "Pengingat rapat dari bot, kapan saja dikirimnya?",
        "bot.rapat",
    ),
    (
        "perkim itu singkatan dari apa",
        "istilah.perkim",
    ),
    (
        (
            "Perkim stands for: a) Perumahan dan Kawasan Permukiman b) Perencanaan Kimia c) "
            "Perkebunan Kimia?"
        ),
        "istilah.perkim",
    ),
    (
        "Disperkimtan, kepanjangannya apa? Yang 'tan' itu maksudnya apa?",
        "istilah.disperkimtan",
    ),
    (
        (
            "Disperkim dengan Disperkimtan itu beda arti atau sama saja? — Lia, staf baru "
            "Perkim Mura"
        ),
        "istilah.disperkimtan",
    ),
    (
        (
            "PSU singkatan dari: a) Prasarana, Sarana dan Utilitas Umum b) Pembangunan Sarana "
            "Umum c) Program Sanitasi Umum?"
        ),
        "istilah.psu",
    ),
    (
        "Siap, izin bertanya, PSU yang sering disebut di surat provinsi itu kepanjangannya apa?",
        "istilah.psu",
    ),
    (
        "Jaling itu apa sih?",
        "istilah.jaling",
    ),
    (
        "My friend say jaling is jalan lingkar, I say jalan lingkungan. Which one ah?",
        "istilah.jaling",
    ),
    (
        "drainase lingkungan itu maksudnya apa",
        "istilah.drainase",
    ),
    (
        "Cepat pak, atasan tanya drainase lingkungan itu apa persisnya, saluran air yang mana?",
        "istilah.drainase",
    ),
    (
        ("KR di tabel kumuh itu singkatan dari: a) Kumuh Ringan b) Kawasan Rawan c) Kumuh Rendah?"),
        "istilah.kr",
    ),
    (
        (
            "Di tabel baseline ada kode KR, kata teman artinya kawasan rawan, kata saya kumuh "
            "ringan. Yang benar yang mana?"
        ),
        "istilah.kr",
    ),
    (
        (
            "Teman bilang KS di kolom tingkat kekumuhan itu kumuh sedang, atasan bilang "
            "kawasan strategis. Yang benar apa?"
        ),
        "istilah.ks",
    ),
    (
        "ka es di data kumuh itu kepanjangannya apa",
        "istilah.ks",
    ),
    (
        (
            "KB di lampiran SK kumuh itu maksudnya apa? Bukan keluarga berencana kan? — Andi, "
            "staf Perkim Barsel"
        ),
        "istilah.kb",
    ),
    (
        "In the slum table got KB, is it kumuh berat or kumuh besar ah?",
        "istilah.kb",
    ),
    (
        "Izin petunjuk pak, yang dimaksud SK kumuh itu surat keputusan apa?",
        "istilah.skkumuh",
    ),
    (
        "URGENT, kadis tanya SK kumuh itu apa sebenarnya, SK dari siapa?",
        "istilah.skkumuh",
    ),
    (
        (
            "Delineasi itu artinya batas kawasan kumuh yang dipetakan atau luas seluruh desa? "
            "Mana yang tepat?"
        ),
        "istilah.delineasi",
    ),
    (
        "delineasi kawasan kumuh itu artinya apa",
        "istilah.delineasi",
    ),
    (
        "RTLH kepanjangannya: R____ T____ L____ H____ ?",
        "istilah.rtlh",
    ),
    (
        "RTLH is what ah? Full form?",
        "istilah.rtlh",
    ),
    (
        (
            "Kata teman RLH itu rumah layak huni, kata yang lain rehab lingkungan hunian. "
            "Mana yang betul?"
        ),
        "istilah.rlh",
    ),
    (
        "Cepat ya, mau jawab pertanyaan anggota DPRD: bedah rumah itu istilah untuk apa?",
        "istilah.bedahrumah",
    ),
    (
        (
            "Bedah rumah yang sering muncul di berita itu maksudnya apa? ttd. Yanti / staf "
            "Perkim Gumas"
        ),
        "istilah.bedahrumah",
    ),
    (
        "be es pe es itu singkatan dari apa",
        "istilah.bsps",
    ),
    (
        "Mohon pencerahan, BSPS itu bantuan apa dan kepanjangannya apa?",
        "istilah.bsps",
    ),
    (
        "MBR = Masyarakat ____ ____ ?",
        "istilah.mbr",
    ),
    (
        "Ditunggu 5 menit, MBR itu kepanjangannya apa?",
        "istilah.mbr",
    ),
    (
        "Rusunawa itu rumah susun yang disewakan atau yang dijual? Mana yang benar?",
        "istilah.rusunawa",
    ),
    (
        "Rusunawa means what ah, the rental flat one? — Kumar, staff Disperkim Kotim",
        "istilah.rusunawa",
    ),
    (
        (
            "Pak kabid dan staf beda pendapat: rusus itu rumah susun khusus atau rumah "
            "khusus? Yang benar apa?"
        ),
        "istilah.rusus",
    ),
    (
        "Rusus = rumah ____ ?",
        "istilah.rusus",
    ),
]

TRAIN_R42_INTENTS: list[tuple[str, str]] = [
    (
        "usulan jalan lingkungan kami di selat hulu sudah sampai mana ya prosesnya",
        "status",
    ),
    (
        "My proposal USL-2026-0014 already approved or not? — Rina, PSU staff, Perkim Seruyan",
        "status",
    ),
    (
        (
            "Usulan drainase kami yang dua itu, mana yang sudah diverifikasi dan mana yang "
            "masih diajukan?"
        ),
        "status",
    ),
    (
        "Cepat pak, Rakor tahun ini tanggal berapa dan di mana? Mau pesan tiket dari Puruk Cahu",
        "meeting",
    ),
    (
        "Rapat koordinasi berikutnya, jam berapa mulainya?",
        "meeting",
    ),
    (
        (
            "Izin bertanya, Rakor Bidang Kawasan Permukiman tahun ini dilaksanakan kapan dan "
            "bertempat di mana?"
        ),
        "meeting",
    ),
    (
        "Batas akhir kirim usulan tahun ini tanggal ____ ?",
        "deadline",
    ),
    (
        (
            "Kata teman usulan masih diterima sampai akhir bulan, kata kabid sudah ditutup "
            "minggu lalu. Sebenarnya sampai kapan?"
        ),
        "deadline",
    ),
    (
        "usulan untuk tahun anggaran depan paling lambat dikirim kapan",
        "deadline",
    ),
    (
        "Selamat pagi pak, izin bergabung di bot ini.",
        "greeting",
    ),
    (
        "Hi, thanks ah for the help just now",
        "greeting",
    ),
    (
        "Terima kasih banyak infonya pak. — Budi, operator Disperkim Kapuas",
        "greeting",
    ),
    (
        (
            "Mau memasukkan usulan, lebih baik lewat bot ini atau kirim surat fisik? Caranya "
            "di bot bagaimana?"
        ),
        "how_to_submit",
    ),
    (
        "Input usulan baru di bot ini, gimana caranya?",
        "how_to_submit",
    ),
    (
        "URGENT mau kirim usulan PSU sekarang juga, mulainya dari mana di bot ini?",
        "how_to_submit",
    ),
]

TRAIN_R42_AREAS: list[tuple[str, str]] = [
    (
        "kumuh dua puluh hektar di kelurahan pahandut itu kewenangan siapa",
        "pusat",
    ),
    (
        ("Kumuh 8,5 ha di Kel. Selat Tengah kewenangan ____ ? pilih: kabupaten / provinsi / pusat"),
        "kabkota",
    ),
    (
        "The slum at Mentawa Baru Hulu, exactly 15 hectares, province one or not?",
        "pusat",
    ),
    (
        "Kawasan kumuh 100.000 m2, provinsikah yang menangani?",
        "provinsi",
    ),
    (
        (
            "Kumuh kami luasnya 14,8 hektare. Kata kabid masih provinsi, kata teman sudah "
            "pusat. Yang benar?"
        ),
        "provinsi",
    ),
    (
        "URGENT ditunggu kadis: delineasi kumuh Kel. Baamang Hulu 62.000 m² ini wewenang siapa?",
        "kabkota",
    ),
    (
        "Lokasi kumuh 21 ha di Kuala Kapuas ditangani siapa ya? — Yusuf, staf Perkim Kapuas",
        "pusat",
    ),
    (
        (
            "Izin konfirmasi, kawasan kumuh seluas 10 hektar pas masuk kewenangan kabupaten "
            "atau provinsi?"
        ),
        "provinsi",
    ),
    (
        "Kumuh 9,9 ha lebih baik diusulkan ke provinsi atau ditangani sendiri oleh kabupaten?",
        "kabkota",
    ),
    (
        "kumuh seratus lima puluh ribu meter persegi itu siapa yang tangani",
        "pusat",
    ),
    (
        "Permission to ask, slum area 13 hectares in Buntok, who is in charge ah?",
        "provinsi",
    ),
    (
        "Luas kumuh 45.000 m² → kewenangan: a) kab/kota b) provinsi c) pusat?",
        "kabkota",
    ),
]

TRAIN_R42_OUT_OF_SCOPE: list[str] = [
    "Izin bertanya, berapa pagu anggaran Disperkimtan Kalteng untuk PSU tahun 2026?",
    (
        "Harga tiket pesawat Jakarta–Palangka Raya minggu depan kira-kira berapa ya? — "
        "Dani, staf teknis Perkim PKY"
    ),
    "Cepat pak, nomor HP kadis Disperkimtan yang baru berapa?",
    "Tender jalan lingkungan di Kecamatan Pahandut tahun lalu, siapa pemenangnya?",
    "besok di muara teweh hujan nggak ya",
    "Syarat pencairan dana desa tahap 2: a) laporan realisasi b) APBDes c) dua-duanya?",
    "Izin pak, mau tanya di luar topik, cuti melahirkan untuk PNS itu berapa bulan?",
    (
        "Kata teman SPT tahunan PNS paling lambat akhir Maret, kata yang lain April. Yang "
        "benar kapan?"
    ),
    (
        "Berapa unit RTLH di Kabupaten Katingan yang dapat bantuan provinsi tahun 2025, "
        "lebih banyak dari Kapuas atau tidak?"
    ),
    "Berapa honor narasumber Rakor tahun ini? ttd. Rudi / bendahara Perkim Bartim",
    "From Sampit to Palangka Raya, better take bus or travel car ah? Which one cheaper?",
    "cara reset password akun es i pe de yang terkunci gimana ya",
    "Pendaftaran CPNS Pemprov Kalteng tahun ini, masih dibuka nggak?",
    (
        "Urgent, harga tanah per meter di Kelurahan Bukit Tunggal untuk lahan relokasi "
        "warga berapa kisarannya?"
    ),
    (
        "Hotel near the Aula Disperkimtan, which one cheaper: a) Best Western b) M "
        "Bahalap c) others?"
    ),
]
