"""Training table R59 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 54's styles, written by another hand for the first half of the topic list after round 54
was measured untouched: terms written out in full instead of their acronyms, the legal basis
asked along with the answer, religious courtesies, keywords separated by slashes or pipes, a
nickname for the bot, a disaster or an event as the setting, unusual number formats and units,
accented or look-alike characters; a foreign consultant's English with Dutch or German turns.
A glossary entry's questions ask what the term means. Its slum-area questions are computed by
rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R59_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Min, bisa dijelaskan secara umum pembagian kewenangan perumahan dan kawasan "
            "permukiman antara pusat, provinsi dan kabupaten/kota?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        "peta kewenangan | perkim | pusat-prov-kab | ringkasnya gmn?",
        "kewenangan.ringkasan",
    ),
    (
        (
            "Apakah perumahan rakyat termasuk urusan wajib pelayanan dasar? tolong sebutkan "
            "pasal dan undang-undangnya ya"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Assalamualaikum, izin bertanya, bidang perumahan dan kawasan permukiman itu "
            "urusan wajib atau urusan pilihan? untuk bahan paparan di DPRD. Wassalamualaikum "
            "wr wb"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "pembagian kéwenangan penanganan kawasan kumüh berdasarkan luasnya itu "
            "batas-batasnya berapa saja?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Please can you tell the hectare limits for slum upgrading between regency, "
            "province and centre, and according to which law is that?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Habis banjir besar di Kuala Kapuas kemarin kelihatan kawasan kumuh di pinggir "
            "sungai itu luas sekali, jauh di atas batas provinsi. Yang seperti itu memang "
            "ditangani pemerintah pusat?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Kumuh skala besar yang jadi urusan pemerintah pusat itu mulai luas berapa? "
            "menurut aturan apa, dan bunyi aturannya sudah pasti atau belum?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Pencegahan Perumahan Kumuh dan Permukiman Kumuh itu tugas provinsi juga atau "
            "hanya kabupaten/kota saja?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "pencegahan kumuh / kewenangan siapa / prov ikut ga?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Di sub-urusan perumahan, apa saja yang jadi kewenangan provinsi dan apa yang "
            "tetap di kabupaten? mohon disertai dasar hukumnya"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Om swastiastu. Kami lagi menyusun Renstra, menurut pembagian urusan, "
            "kabupaten/kota memegang apa saja di sub urusan perumahan? Suksma"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Kak Sinkron, penyediaan rumah untuk masyarakat berpenghasilan rendah bisa kami "
            "usulkan ke provinsi atau memang ranahnya pusat?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Is it so that the “MBR” housing and the housing finance system belong only to "
            "the central government, not to the province?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Kebakaran di Kelurahan Pahandut semalam menghanguskan puluhan rumah. Pembangunan "
            "kembali rumah korbannya itu tanggung jawab pemkot atau provinsi?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Penyediaan Hunian Tetap untuk warga yang terkena relokasi program pemerintah "
            "provinsi itu tanggung jawab siapa, dan kalau relokasinya program kabupaten "
            "bagaimana?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        "izin pembangunan perumahan / SKBG / yg terbitkan siapa?",
        "kewenangan.izin",
    ),
    (
        (
            "Ada pengembang tanya ke kami soal izin pengembangan kawasan permukimán, yang "
            "berwenang menerbitkan itu kabupaten atau provinsi?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Apa saja isi sub-urusan kawasan permukiman di lampiran UU 23/2014 untuk tiap "
            "tingkat pemerintahan? sumbernya dari mana?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Shalom Pak. Untuk sub urusan kawasan permukiman, bagian provinsi itu apa saja "
            "dan bagian pusat apa? Tuhan memberkati"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Prasarana Sarana dan Utilitas perumahan dengan Prasarana Sarana dan Utilitas "
            "permukiman itu bedanya apa, dan yang mana tugas provinsi?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Hello Bang Bot, how is it with PSU inside a housing estate built by a developer, "
            "is that for the province or for the regency?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Kami mau usul peningkatan jalan 1,2 km di sepanjang jalan kabupaten di Kasongan "
            "plus drainase 850 m'. Bisa masuk PSU provinsi tidak?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Waktu kunjungan Pak Gubernur ke Tamiang Layang warga minta gang-gang dicor. PSU "
            "yang dikerjakan Disperkimtan itu sebenarnya jenis apa saja?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Sertifikasi dan registrasi perancang rumah serta perencana PSU tingkat kemampuan "
            "kecil itu kewenangan siapa? menurut aturan apa?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "yang mengurus sertifikasi dan registrasi konsultan perencana rumah tingkat "
            "kemampuan menengah itu provinsí kah?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Standar Pelayanan Minimum bidang perumahan rakyat untuk provinsi itu jenis "
            "layanannya apa saja dan targetnya berapa persen?"
        ),
        "kewenangan.spm",
    ),
    (
        "SPM perumahan | prov vs kab | targetnya?",
        "kewenangan.spm",
    ),
    (
        (
            "Desa kami luasnya ± 320 Ha tapi yang dinyatakan kumuh di SK cuma 12,50 Ha. Untuk "
            "menentukan kewenangan, luas yang dipakai yang mana?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Pak Robot, luas kumuh yang dihitung itu satu kelurahan penuh atau hanya area "
            "yang dideliniasi saja?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Siapa yang berwenang menetapkan lokasi kumuh, dan berapa tahun sekali "
            "penetapannya harus ditinjau ulang? pasal berapa?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "Bismillah. Penetapan lokasi kumuh di daerah kami terakhir tahun 2019. Apakah "
            "wajib diperbarui, dan siapa yang menandatangani keputusannya? Jazakallah khair"
        ),
        "kumuh.penetapan",
    ),
    (
        "kriteria kumuh / aspek apa aja / versi Permen PUPR 14/2018",
        "kumuh.aspek",
    ),
    (
        (
            "Please can you tell which aspects are used to judge if a settlement is a slum? I "
            "have read there are seven of them, where is that written?"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "Hasil penilaian lokasi kami totalnya 62 poin dari maks. 80, itu sudah kumuh "
            "berat? cara skornya bagaimana?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "Skor kumuh maksimal berapa, dan mulai nilai berapa suatu lokasi dianggap kumuh "
            "berat? acuannya permen yang mana?"
        ),
        "kumuh.penilaian",
    ),
    (
        "Mbak Bot, rentang nilai untuk kumuh sedang dan kumuh ringan itu berapa sampai berapa?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Lokasi di Baamang dapat nilai 38,0 (tiga puluh delapan). Itu masuk kumuh ringan "
            "atau sudah sedang?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Kawasan bantaran sungai di Mentawa Baru Ketapang sering longsor dan tanahnya "
            "bukan milik warga. Pola penanganan kumuhnya pemugaran, peremajaan atau pemukiman "
            "kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Alhamdulillah SK kumuh sudah terbit. Sekarang kami bingung memilih pola "
            "penanganan: kapan pakai pemugaran dan kapan peremajaan?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Total luas kumuh se-Kalteng itu berapa sih? saya dengar ± 7.000 HA dengan 100-an "
            "lokasi, betul?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "How many slum locations has Central Kalimantan all together, is it so that the "
            "total is around 6.998 hectares?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "Salam sejahtera bapak/ibu. Dalam satu usulan kegiatan itu apa saja yang harus "
            "diisi, dan kenapa semua itu ditanyakan? Terima kasih, Tuhan memberkati"
        ),
        "usulan.isi",
    ),
    (
        (
            "kenapa di fórm usulan ditanya sektor air minum, sanitasi, persampahan dsb? "
            "gunanya untuk apa?"
        ),
        "usulan.isi",
    ),
    (
        "jenis usulan | apa aja yg bisa diajukan ke prov?",
        "usulan.jenis",
    ),
    (
        (
            "Salam sejahtera. Apakah kami bisa mengusulkan rumah untuk korban bencana "
            "provinsi, atau hanya kumuh dan PSU? Jenis usulan yang diterima apa saja ya?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Untuk data lokasí usulan, titik koordinat wajib diisi? formatnya gimana, boleh "
            "kirim lokasi dari HP saja?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "data lokasi usulan wajib sampai level desa? luasnya ditulis dlm ha atau m², "
            "misal 12,5 Ha atau 125.000 M2?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Penerima manfaat kami 1.250 jiwa / 310 KK, biaya Rp 2,75 M. Sumber dananya boleh "
            "kombinasi APBD Kab dan APBD Provinsi tidak?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Kolom jumlah Kepala Keluarga dan jiwa di usulan itu diisi penerima manfaat "
            "langsung saja? lalu pilihan sumber dananya apa saja?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Dokumen kesiapan (readiness criteria) apa saja yang harus dilampirkan untuk "
            "usulan PSU? acuannya dari mana?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Konsultan DED kami terhambat banjir di lokasi, DED-nya belum jadi. Usulan tetap "
            "bisa masuk? dokumen kesiapan minimal yang perlu disiapkan apa?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Lahan lokasi usulan kami baru punya Surat Keterangan Tanah, belum bersertifikat. "
            "Apakah itu sudah dianggap clean and clear?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Ada demo warga soal sengketa tanah di lokasi drainase yang mau kami usulkan di "
            "Sampit. Lahan yang masih sengketa begitu masih bisa diusulkan?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "SK kumuh kami tertanggal 28/12/2020 dan usulan mau dikirim tahun 2026. Masih "
            "bisa dipakai untuk usulan kumuh atau sudah lewat 5 thn?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        "usulan kumuh / lokasi blm tercantum di SK kumuh / tetap bisa?",
        "usulan.sk_kumuh",
    ),
    (
        (
            "Detail Engineering Design dan Rencana Anggaran Biaya dilampirkan dalam bentuk "
            "apa? PDF atau cukup foto dokumennya?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Foto kondisi eksisting cukup 3 (tiga) lembar? selain itu dokumen teknis apa saja "
            "yang perlu disiapkan, RKS dan site plan juga wajib?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Assalamualaikum wr wb. Surat pernyataan kesediaan menerima hibah dan melakukan "
            "operasi pemeliharaan itu ditandatangani siapa dan isinya apa?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        "Apakah surat pernyataan O&P wajib dilampirkan di usulan? dasar aturannya apa ya?",
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Rumah Tidak Layak Huni yang mau diusulkan ke provinsi syaratnya apa saja? kalau "
            "rumahnya belum ada, boleh bangun baru?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Setelah angin puting beliung di Kuala Kurun banyak rumah warga rusak. Mau usul "
            "perbaikan RTLH lewat provinsi, penerimanya nanti ditetapkan dengan SK siapa?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Bang Bot, warga RT 05 kirim surat langsung ke provinsi minta jalan lingkungan, "
            "itu boleh? harus diketahui siapa saja?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "After the flood the residents wrote themselves to ask for new drainage. Is it so "
            "that a community can request PSU directly, and who must know about it?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        "hibah aset | jaling dibangun prov di tanah kab | BAST ttd siapa?",
        "hibah.aset",
    ),
    (
        (
            "Drainase bantuan provinsi di Kotawaringin Lama rusak diterjang banjir. Sesudah "
            "diserahterimakan, pemeliharaannya tanggung jawab siapa?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Insya Allah kami tetap ingin menangani kawasan kumuh kecil ini. Kalau bukan "
            "kewenangan provinsi, sumber dana lain apa yang bisa dicoba?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "If the province is not responsible / which other funding channels / DAK, village "
            "fund, CSR?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Kak Sinkron, alur usulan tahunan dari kabupaten sampai masuk anggaran provinsi "
            "itu seperti apa?"
        ),
        "siklus.tahunan",
    ),
    (
        "usulan yang dikirim tahun ini untuk anggarán tahun berapa? urutan siklusnya bagaimana?",
        "siklus.tahunan",
    ),
    (
        (
            "Bagaimana provinsi memeriksa usulan dari kabupaten? aspek apa saja yang dicek, "
            "ada SOP atau aturannya?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        "verifikasi usulan / administrasi / teknis / kewenangan / urutannya?",
        "siklus.pemeriksaan",
    ),
    (
        (
            "Rapat Koordinasi dan Sinkronisasi Bidang Kawasan Permukiman itu tujuannya apa "
            "dan siapa saja pesertanya?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Pak Robot, what is the purpose of the Rakor, and is it always held in the same "
            "month of the year?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "Setelah Rapat Koordinasi, usulan yang disetujui masuk Rencana Kerja Pemerintah "
            "Daerah dulu atau langsung Anggaran Pendapatan dan Belanja Daerah?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Alhamdulillah usulan kami disetujui di Rakor. Tahap selanjutnya sampai "
            "benar-benar jadi anggaran itu bagaimana? lewat Musrenbang dulu?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        "Pokja PKP di kabupaten itu dibentuk berdasarkan aturan apa, dan tugasnya apa?",
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Minggu depan ada kunjungan tim Kementerian PKP dan mereka minta Pokja PKP hadir. "
            "Pokja ini sebenarnya perannya apa dalam koordinasi perumahan?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        "alamat kantor Dispérkimtan provinsi di mana ya? mau antar berkas usulan",
        "disperkimtan.kontak",
    ),
    (
        "Om swastiastu, website resmi Disperkimtan Kalteng alamatnya apa ya? Suksma",
        "disperkimtan.kontak",
    ),
    (
        "Min, perintah-perintah apa saja yang bisa dipakai di bot ini?",
        "bot.cara_pakai",
    ),
    (
        "jam yang ditampilkan bot ini zona apa? WIB atau WITA? perintáh bantuannya apa?",
        "bot.cara_pakai",
    ),
    (
        "/usul | foto maks brp | PDF boleh?",
        "bot.usul",
    ),
    (
        (
            "Saya isi /usul sampai setengah lalu sinyal hilang, sudah 7 foto terunggah. "
            "Datanya hilang atau bisa dilanjutkan? bisa salin usulan lama juga?"
        ),
        "bot.usul",
    ),
    (
        'Status "dibahas di Rapat Koordinasi" pada usulan itu artinya apa?',
        "bot.status",
    ),
    (
        "apa arti status “verifikasí” dan “perlu perbaikan”?",
        "bot.status",
    ),
    (
        (
            "Waktu rapat evaluasi kemarin ada yang protes kenapa usulan drainase Buntok "
            "berstatus dialihkan. Dialihkan itu maksudnya apa dan kami harus bagaimana?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Our proposal was rejected with the reason 'bukan kewenangan provinsi'. What can "
            "we do now, may we send it again, and on which rule is this based?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Berapa lama seharusnya provinsi menanggapi usulan? standar 3 hari kerja itu dari "
            "aturan apa?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Usulan sudah 5 (lima) hari kerja masih diajukan, belum diverifikasi. Standar "
            "tindak lanjutnya sebenarnya berapa hari?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Kabid kami sedang mendampingi kunjungan Bupati ke lokasi banjir jadi tidak bisa "
            "hadir rapat. Boleh diwakilkan staf? konfirmasi kehadirannya di bot bagaimana?"
        ),
        "bot.rapat",
    ),
    (
        "undangan rapat / pengingat / bisa H-1 & 2 jam sebelum?",
        "bot.rapat",
    ),
    (
        "Pérkim itu singkatan dari apa?",
        "istilah.perkim",
    ),
    (
        "Hello Min, what does Perkim mean? I see this word on many office doors here.",
        "istilah.perkim",
    ),
    (
        (
            "Dinas Perumahan, Kawasan Permukiman dan Pertanahan itu yang biasa disingkat "
            "Disperkimtan kan? maksudnya dinas apa?"
        ),
        "istilah.disperkimtan",
    ),
    (
        "Dispérkimtan itu kepanjangannya apa ya?",
        "istilah.disperkimtan",
    ),
    (
        "PSU = singkatan apa?",
        "istilah.psu",
    ),
    (
        "Bismillah, pertanyaan dasar dulu: PSU itu kepanjangannya apa dan mencakup apa saja?",
        "istilah.psu",
    ),
    (
        "jalíng itu maksudnya jalan yang mana?",
        "istilah.jaling",
    ),
    (
        "Bang Bot, di laporan tertulis 'jaling 450 m', jaling itu apa ya?",
        "istilah.jaling",
    ),
    (
        "Salam sejahtera, drainase lingkungan itu maksudnya saluran yang seperti apa?",
        "istilah.drainase",
    ),
    (
        (
            "What is meant with drainase in the housing context, only the ditches along the "
            "small roads?"
        ),
        "istilah.drainase",
    ),
    (
        "KR / kumuh / artinya?",
        "istilah.kr",
    ),
    (
        "Di tabel SK ada kolom tingkat 'KR' untuk lokasi 3,5 Ha, KR itu singkatan dari apa?",
        "istilah.kr",
    ),
    (
        "kóde KS di daftar lokasi kumuh itu artinya apa?",
        "istilah.ks",
    ),
    (
        "Pak Robot, KS di dokumen kumuh itu singkatan apa ya?",
        "istilah.ks",
    ),
    (
        (
            "Waktu kunjungan Wagub, kades bilang kampungnya termasuk 'KB'. Dalam konteks "
            "kumuh, KB itu maksudnya apa? bukan Keluarga Berencana kan?"
        ),
        "istilah.kb",
    ),
    (
        "KB di tabel SK kumuh itu kepanjangannya apa? istilah itu sumbernya dari mana?",
        "istilah.kb",
    ),
    (
        "Surat Keputusan kawasan kumuh itu maksudnya surat apa?",
        "istilah.skkumuh",
    ),
    (
        (
            "Residents protested at the Bupati office about the “SK kumuh”. What is such an "
            "SK exactly? Is it some kind of permit?"
        ),
        "istilah.skkumuh",
    ),
    (
        "delinéasi itu apa artinya?",
        "istilah.delineasi",
    ),
    (
        (
            "Alhamdulillah, pertanyaan singkat saja: arti kata delineasi dalam dokumen kumuh "
            "itu apa ya?"
        ),
        "istilah.delineasi",
    ),
    (
        "RTLH | singkatan | artinya?",
        "istilah.rtlh",
    ),
    (
        "Kak Sinkron, RTLH itu kepanjangannya apa?",
        "istilah.rtlh",
    ),
    (
        "Rumah Layak Huni yang di laporan disingkat RLH itu maksudnya rumah yang bagaimana?",
        "istilah.rlh",
    ),
    (
        "R\u200bLH itu kepanjangannya apa?",
        "istilah.rlh",
    ),
    (
        "Di berita banjir Kapuas ada program 'bedah rumah', itu maksudnya apa ya?",
        "istilah.bedahrumah",
    ),
    (
        "Assalamualaikum, istilah bedah rumah itu sama dengan apa? Wassalamualaikum wr wb",
        "istilah.bedahrumah",
    ),
    (
        "Bantuan Stimulan Perumahan Swadaya itu apa sebenarnya?",
        "istilah.bsps",
    ),
    (
        "BSPS / kepanjangan / artinya?",
        "istilah.bsps",
    ),
    (
        (
            "Masyarakat Berpenghasilan Rendah yang sering disebut di dokumen perumahan itu "
            "maksudnya siapa?"
        ),
        "istilah.mbr",
    ),
    (
        "ＭＢＲ itu singkatan dari apa ya?",
        "istilah.mbr",
    ),
    (
        "Sobat Sinkron, yang disebut rusunawa itu bangunan seperti apa?",
        "istilah.rusunawa",
    ),
    (
        "Good morning and salam sejahtera! What does rusunawa stand for?",
        "istilah.rusunawa",
    ),
    (
        "rusus | singkatan apa?",
        "istilah.rusus",
    ),
    (
        "rusus itu maksudnya rumah apa? istilah itu dari peraturan mana?",
        "istilah.rusus",
    ),
]

TRAIN_R59_INTENTS: list[tuple[str, str]] = [
    (
        "Min, usulan jalan lingkungan kami di Kumai statusnya sudah sampai mana?",
        "status",
    ),
    (
        (
            "Usulan Prasarana Sarana dan Utilitas kami yang kodenya USL-2026-0004 sudah "
            "diverifikasi belum ya?"
        ),
        "status",
    ),
    (
        (
            "Assalamualaikum, mohon info apakah usulan kumuh Kabupaten Katingan yang kami "
            "kirim bulan lalu diterima atau ditolak? terima kasih"
        ),
        "status",
    ),
    (
        "rakor / 2027 / kapan & dimana?",
        "meeting",
    ),
    (
        "Dear Bot, when and where is the next Rakor? I must book my flight already.",
        "meeting",
    ),
    (
        (
            "Karena banjir di Buntok jalan ke Palangka Raya putus, kami perlu tahu Rakor "
            "tahun ini tanggal berapa dan di mana supaya bisa atur keberangkatan."
        ),
        "meeting",
    ),
    (
        (
            "Batas akhir penyampaian usulan kegiatan untuk Tahun Anggaran berikutnya sampai "
            "tanggal berapa?"
        ),
        "deadline",
    ),
    (
        "Kak Sinkron, usulan masih bisa dikirim sampai kapan?",
        "deadline",
    ),
    (
        "usulan utk TA 2027 diterima s.d. tgl berapa? 30/06 atau 31.07?",
        "deadline",
    ),
    (
        "Assalamualaikum wr wb, selamat pagi",
        "greeting",
    ),
    (
        "makasih banyak Bang Bot 🙏",
        "greeting",
    ),
    (
        "halo | mohon bantuannya",
        "greeting",
    ),
    (
        "cara input usulan / lewat bot / langkahnya?",
        "how_to_submit",
    ),
    (
        "Bagaimana cara memasukkan usulan Prasarana Sarana dan Utilitas lewat bot ini?",
        "how_to_submit",
    ),
    (
        "Bismillah, saya baru pertama kali pakai. Gimana caranya mengirim usulan lewat Sinkron?",
        "how_to_submit",
    ),
]

TRAIN_R59_AREAS: list[tuple[str, str]] = [
    (
        "kumuh 12½ ha di Baamang kewenangan siapa?",
        "provinsi",
    ),
    (
        "kumuh / 9,5 hektar / siapa yg tangani?",
        "kabkota",
    ),
    (
        "kawasan kumüh 15 hektare pas, masuk kéwenangan mana?",
        "pusat",
    ),
    (
        (
            "Kawasan Permukiman Kumuh seluas 100.000 m2 di Kecamatan Selat itu tanggung jawab "
            "pemerintah kabupaten atau provinsi?"
        ),
        "provinsi",
    ),
    (
        (
            "Setelah kebakaran di Mendawai, luas kawasan kumuh yang tercatat di SK 14,99 ha. "
            "Penanganannya oleh siapa?"
        ),
        "provinsi",
    ),
    (
        "Min, kumuh 22 hektar di Kuala Kapuas itu urusan pusat ya?",
        "pusat",
    ),
    (
        (
            "A slum of 9.5 hectares in Sampit, is it so that the regency must handle it, or "
            "the province?"
        ),
        "kabkota",
    ),
    (
        "Kumuh tepat 10 ha itu provinsi atau kabupaten? sertakan dasar hukumnya",
        "provinsi",
    ),
    (
        "Luas kumuh di Pahandut tercatat 800 are, itu ditangani kota atau provinsi?",
        "kabkota",
    ),
    (
        "luas delineasi kumuh 0,16 km² — tanggung jawab pusat, provinsi atau kab?",
        "pusat",
    ),
    (
        "kumuh 7\xa0ha di Pulang Pisau kewenangan siapa?",
        "kabkota",
    ),
    (
        (
            "Ada protes warga di Sabangau soal kawasan kumuh 185.000 meter persegi yang tak "
            "kunjung ditata. Itu tanggung jawab kota, provinsi atau pusat?"
        ),
        "pusat",
    ),
]

TRAIN_R59_OUT_OF_SCOPE: list[str] = [
    "Min, berapa pagu anggaran Disperkimtan untuk penanganan kumuh tahun 2027?",
    "harga cor beton K-225 untuk jaling per 1 m³ di Kotim sekarang berapa?",
    "Rumah subsidi tipe 36 di Palangka Raya sekarang harganya berapa? masih ± Rp 166 jt?",
    "berapa jumlah RTLH di Kabupaten Sukamara menurut data terbarú?",
    (
        "Berapa angka kekurangan rumah (backlog) Kalimantan Tengah menurut Badan Pusat "
        "Statistik tahun ini?"
    ),
    "Assalamualaikum, besok di Palangka Raya hujan tidak ya?",
    "Syarat izin usaha pertambangan rakyat itu apa saja? pasal berapa?",
    "Cara cek saldo BPJS Ketenagakerjaan gimana? ada dasar aturannya soal pencairan JHT?",
    "Dear Bot, please can you tell me a good hotel near the airport in Palangka Raya?",
    "jadwal pencairán TPP ASN bulan ini kapan?",
    "UMK Kotim 2026 berapa? nomor SK Gubernurnya apa, buat dasar hukum?",
    "Kabut asap tebal lagi di Pulang Pisau, sekolah diliburkan sampai kapan?",
    "Jarak Palangka Raya ke Muara Teweh lewat darat berapa km? kira-kira ± 400 km?",
    "Ada kunjungan Presiden ke Kapuas minggu depan, jalur mana saja yang ditutup?",
    "Shalom, nomor WA Pak Kabid Perumahan yang baru berapa ya?",
]
