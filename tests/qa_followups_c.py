"""Follow-up questions, set C: a tuning set (written 2026-12-06; never held out).

Written by a helper who had not seen the knowledge base; only the topic list and the domain
briefs were read. Each item is (first question, follow-up message, expected topic id for the
follow-up), as in tests/qa_followups.py: the follow-up is short and only makes sense after the
first question; its topic is the first one's (more detail, an example, the basis, "in English
please"), a neighbouring one, or a subject the follow-up names. Measured untouched on eab5fc3:
85 of 100 right, 10 confidently wrong. It may be read while tuning, unlike set B.
"""

FOLLOWUPS_C: list[tuple[str, str, str | tuple[str, ...]]] = [
    # --- kewenangan: who does what ---
    (
        "Pembagian kewenangan perumahan dan kawasan permukiman antara pusat, provinsi dan "
        "kabupaten itu seperti apa?",
        "singkatnya gimana, poin-poinnya aja",
        "kewenangan.ringkasan",
    ),
    (
        "Pencegahan kumuh itu tugas kabupaten atau provinsi?",
        "trs provinsi sendiri pegang urusan apa aja?",
        "kewenangan.ringkasan",
    ),
    (
        "Urusan perumahan rakyat dan kawasan permukiman itu termasuk urusan wajib atau pilihan?",
        "pasal berapa di UU 23/2014?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Which level of government is responsible for housing and settlements under Law 23/2014?",
        "Is that a mandatory affair?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Penanganan kawasan kumuh itu kewenangan provinsi atau kabupaten?",
        "maksudnya gimana tuh?",
        "kewenangan.kumuh",
    ),
    (
        "Kawasan kumuh di Kelurahan Pahandut Seberang luasnya 11 ha, provinsi bisa tangani?",
        "kalau ternyata lebih kecil dari batas itu?",
        "kewenangan.kumuh",
    ),
    (
        "Kumuh seluas 22 ha di Kecamatan Selat bisa kami usulkan ke provinsi?",
        "jadi ke pusat ya? dasarnya apa?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Siapa yang menangani kumuh 8 ha di Baamang?",
        "klo kawasan yg jauh lebih luas, di atas batas provinsi?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Peningkatan kualitas kumuh di bawah 10 ha itu urusan kabupaten kan?",
        "kalau pencegahannya siapa?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Apa saja kewenangan provinsi di sub-urusan perumahan?",
        "Bagaimana dengan bagian kabupaten/kota?",
        "kewenangan.perumahan",
    ),
    (
        "Pembangunan rumah untuk MBR bisa kami usulkan ke Disperkimtan?",
        "berarti itu ranah pusat ya?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Who builds rusun for low-income families in Kalimantan Tengah?",
        "And housing finance for them?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Rumah warga yang hangus terbakar di Kecamatan Baamang, siapa yang wajib membangun lagi?",
        "klo bencananya ditetapkan skala provinsi?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Provinsi bisa bantu drainase permukiman di Kecamatan Murung?",
        "klo rumah korban banjir gmn?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Siapa yang menerbitkan izin pembangunan perumahan?",
        "SKBG juga di kabupaten?",
        "kewenangan.izin",
    ),
    (
        "Sub-urusan kawasan permukiman itu isinya apa saja?",
        "bagian provinsi yg mana?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "What does the province do in the settlement-areas sub-affair?",
        "And the central government's part?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "PSU perumahan dan PSU permukiman itu bedanya apa?",
        "dasarnya apa?",
        "kewenangan.psu",
    ),
    (
        "Jalan di perumahan pengembang di Jekan Raya rusak, bisa diusulkan ke provinsi?",
        "kenapa bukan provinsi?",
        "kewenangan.psu",
    ),
    (
        "PSU permukiman itu kewenangan provinsi kan?",
        "contohnya apa aja?",
        "psu.lingkup_provinsi",
    ),
    (
        "Can we ask the province to fund road works in our villages?",
        "Which roads exactly?",
        "psu.lingkup_provinsi",
    ),
    (
        "Sertifikasi perancang rumah tingkat kemampuan kecil dikeluarkan oleh siapa?",
        "Bagaimana dengan tingkat menengah?",
        "kewenangan.sertifikasi",
    ),
    (
        "Apa itu SPM perumahan rakyat?",
        "Berapa target capaiannya?",
        "kewenangan.spm",
    ),
    (
        "Rumah korban bencana provinsi itu tanggung jawab provinsi ya?",
        "itu termasuk SPM juga?",
        "kewenangan.spm",
    ),
    # --- kumuh: area, decree, criteria, handling, figures ---
    (
        "Kewenangan kumuh dibagi menurut luas, kan?",
        "luasnya diukur dari mana?",
        "kumuh.luas_delineasi",
    ),
    (
        "Kelurahan Sei Gohong wilayahnya besar tapi yang kumuh hanya sebagian, itu kewenangan "
        "siapa?",
        "yg dihitung luas kelurahan atau kumuhnya?",
        "kumuh.luas_delineasi",
    ),
    (
        "Siapa yang menetapkan lokasi kumuh di kabupaten?",
        "Berapa tahun sekali wajib ditinjau ulang?",
        "kumuh.penetapan",
    ),
    (
        "Bagaimana suatu permukiman bisa disebut kumuh?",
        "rincikan per aspek dong",
        "kumuh.aspek",
    ),
    (
        "How is the slum level of a location decided?",
        "Which aspects are assessed?",
        "kumuh.aspek",
    ),
    (
        "Tim kami mau survei kawasan kumuh di Kecamatan Kapuas Murung, apa yang perlu dicatat?",
        "trs skornya dihitung gmn?",
        "kumuh.penilaian",
    ),
    (
        "Apa beda kumuh berat dan kumuh ringan?",
        "batas skor kumuh berat berapa?",
        "kumuh.penilaian",
    ),
    (
        "Hasil penilaian lokasi kami total skornya 65, itu masuk tingkat apa?",
        "klo sedang sama ringan rentangnya?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Kumuh ringan di lahan legal ditangani dengan pola apa?",
        "kalau lahannya ilegal?",
        "kumuh.pola_penanganan",
    ),
    (
        "Apa yang dimaksud peremajaan kawasan kumuh?",
        "bedanya dgn pemugaran?",
        "kumuh.pola_penanganan",
    ),
    (
        "Berapa jumlah lokasi kumuh di Kalimantan Tengah?",
        "paling banyak di kabupaten mana?",
        "kumuh.kalteng",
    ),
    # --- usulan: what a proposal carries ---
    (
        "Apa saja yang harus dicantumkan dalam usulan kegiatan ke provinsi?",
        "kenapa harus selengkap itu?",
        "usulan.isi",
    ),
    (
        "Untuk usulan penanganan kumuh, informasi apa saja yang diminta?",
        "in English please",
        "usulan.isi",
    ),
    (
        "Usulan apa saja yang bisa diajukan ke Disperkimtan?",
        "ada jenis lain selain itu?",
        "usulan.jenis",
    ),
    (
        "How do I send a proposal through the bot?",
        "What proposal types can I pick?",
        "usulan.jenis",
    ),
    (
        "Bagaimana kami menunjukkan letak jalan yang diusulkan?",
        "cukup nama desa atau perlu RT juga?",
        "usulan.lokasi",
    ),
    (
        "Untuk usulan kumuh, nama lokasinya ditulis seperti apa?",
        "titik GPS wajib gak?",
        "usulan.lokasi",
    ),
    (
        "Apa saja yang dinilai dari usulan kami selain dokumen?",
        "jumlah KK sama jiwa dihitung juga?",
        "usulan.penerima_biaya",
    ),
    (
        "Sumber dana apa saja yang bisa dipilih di usulan?",
        "dana pendamping kabupaten perlu gak?",
        "usulan.penerima_biaya",
    ),
    (
        "Apa saja yang perlu kami siapkan sebelum mengusulkan PSU ke provinsi?",
        "kalau sebagian belum ada gmn?",
        "usulan.kesiapan",
    ),
    (
        "Apa itu readiness criteria dalam usulan?",
        "untuk usulan PSU apa aja?",
        "usulan.kesiapan",
    ),
    (
        "Apa syarat lahan untuk usulan jalan lingkungan?",
        "tanah milik desa boleh?",
        "usulan.lahan",
    ),
    (
        "Kami mau usulkan drainase di Kecamatan Dusun Selatan, apa yang dinilai dari sisi "
        "kesiapan?",
        "status lahannya harus bersertifikat?",
        "usulan.lahan",
    ),
    (
        "SK kumuh Kabupaten Kapuas terbit tahun 2017, apakah perlu diperbarui?",
        "kalau dipakai untuk usulan tetap sah?",
        "usulan.sk_kumuh",
    ),
    (
        "Usulan kumuh 12 ha di Kecamatan Bataguh mau kami ajukan, apa yang perlu disiapkan?",
        "soal SK kumuhnya diminta apa aja?",
        "usulan.sk_kumuh",
    ),
    (
        "Sebelum mengusulkan jalan lingkungan di Kecamatan Pulau Petak, apa yang harus siap?",
        "DED-nya harus udh jadi?",
        "usulan.dokumen_teknis",
    ),
    (
        "Kawasan kumuh 13 ha di Mentawa Baru Ketapang kewenangan siapa?",
        "dokumen teknisnya apa aja?",
        "usulan.dokumen_teknis",
    ),
    (
        "Apakah aset PSU yang dibangun provinsi tetap milik provinsi?",
        "perlu surat pernyataan dari pemkab?",
        "usulan.surat_pernyataan",
    ),
    (
        "What documents should a PSU proposal include?",
        "Is the O&P statement required?",
        "usulan.surat_pernyataan",
    ),
    (
        "Apakah provinsi punya program bedah rumah?",
        "syarat penerimanya apa?",
        "usulan.rtlh",
    ),
    (
        "RTLH itu kewenangan siapa menurut UU 23/2014?",
        "tapi provinsi tetap bisa bantu?",
        "usulan.rtlh",
    ),
    (
        "Warga Kelurahan Tangkiling mau minta perbaikan drainase, boleh langsung ke provinsi?",
        "harus diketahui siapa saja?",
        "usulan.psu_masyarakat",
    ),
    # --- hibah, pendanaan, siklus, koordinasi, dinas ---
    (
        "Drainase yang selesai dibangun Disperkimtan di Kuala Kurun diserahkan ke siapa?",
        "serah terimanya pakai dokumen apa?",
        "hibah.aset",
    ),
    (
        "Disperkimtan bisa bangun jalan lingkungan di lahan milik pemkab?",
        "habis dibangun asetnya gmn?",
        "hibah.aset",
    ),
    (
        "Who maintains the drainage the province builds in our regency?",
        "Who signs the handover?",
        "hibah.aset",
    ),
    (
        "Kawasan kumuh 6 ha di Kumai bisa dibiayai provinsi?",
        "trs dananya dari mana?",
        "pendanaan.saluran_lain",
    ),
    (
        "Perbaikan PSU di perumahan pengembang kewenangan siapa?",
        "sumber dana alternatifnya apa aja?",
        "pendanaan.saluran_lain",
    ),
    (
        "Usulan yang kami kirim tahun ini untuk anggaran tahun kapan?",
        "alur lengkapnya dari awal gmn?",
        "siklus.tahunan",
    ),
    (
        "What happens after we submit a proposal?",
        "Over the whole yearly cycle, I mean",
        "siklus.tahunan",
    ),
    (
        "Usulan kami berstatus verifikasi, artinya apa?",
        "yang dicek provinsi apa aja?",
        "siklus.pemeriksaan",
    ),
    (
        "Apa itu Rakor Bidang Kawasan Permukiman?",
        "pesertanya siapa saja?",
        "siklus.rakor",
    ),
    (
        "Setelah diperiksa provinsi, usulan dibawa ke forum apa?",
        "di forum itu dibahas apa?",
        "siklus.rakor",
    ),
    (
        "Usulan kami masuk daftar dibahas di Rakor, maksudnya apa?",
        "sesudah Rakor tahapannya apa?",
        "siklus.rkpd_apbd",
    ),
    (
        "Usulan drainase kami disetujui, apa itu sudah final?",
        "berarti otomatis masuk APBD?",
        "siklus.rkpd_apbd",
    ),
    (
        "Siapa yang mengoordinasikan program PKP di tingkat kabupaten?",
        "Apa dasar hukum Pokja PKP?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Apa kepanjangan Pokja PKP?",
        "tugasnya ngapain aja?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Usulan boleh diantar langsung ke kantor Disperkimtan?",
        "alamat kantornya di mana?",
        "disperkimtan.kontak",
    ),
    (
        "What does Disperkimtan stand for?",
        "Where is their office?",
        "disperkimtan.kontak",
    ),
    # --- the bot ---
    (
        "Perintah apa saja yang ada di bot Sinkron?",
        "jamnya pakai WIB ya?",
        "bot.cara_pakai",
    ),
    (
        "Cara membatalkan usulan yang sudah terkirim bagaimana?",
        "perintah lain apa aja?",
        "bot.cara_pakai",
    ),
    (
        "Apakah usulan wajib dilengkapi foto kondisi eksisting?",
        "lampiran PDF bisa lewat bot juga?",
        "bot.usul",
    ),
    (
        "Apakah usulan drainase di Kecamatan Teweh Tengah masuk kewenangan provinsi?",
        "ngirimnya lewat bot gmn?",
        "bot.usul",
    ),
    (
        "Apa arti status perlu perbaikan?",
        "klo dibahas di Rakor?",
        "bot.status",
    ),
    (
        "Can I attach photos to my proposal in the bot?",
        "And what do the statuses mean?",
        "bot.status",
    ),
    (
        "Arti status usulan di bot apa saja?",
        "klo ditolak bisa ngajuin lagi?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Usulan kami ditolak dengan alasan bukan kewenangan provinsi, kenapa?",
        "trs gmn dong?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Setelah usulan dikirim, berapa lama provinsi merespons?",
        "itu patokannya dari mana?",
        "bot.tindak_lanjut",
    ),
    (
        "Saya dapat undangan rapat di Sinkron, cara konfirmasi hadirnya gmn?",
        "kalau diwakilkan staf boleh?",
        "bot.rapat",
    ),
    (
        "Apakah bot mengirim pengingat sebelum rapat?",
        "pengingatnya dikirim berapa kali?",
        "bot.rapat",
    ),
    (
        "Bagaimana siklus usulan tahunan ke provinsi?",
        "pemeriksaannya seperti apa?",
        "siklus.pemeriksaan",
    ),
    # --- terms the answer would use ---
    (
        "Kumuh di Kelurahan Pahandut tercatat 9 ha di SK, tapi survei kami 12 ha. Mana yang "
        "dipakai?",
        "delineasi itu maksudnya apa?",
        "istilah.delineasi",
    ),
    (
        "Bagaimana proses hibah PSU dari provinsi ke pemkab?",
        "BAST singkatan dari apa?",
        "istilah.bast",
    ),
    (
        "Untuk usulan drainase, dokumen teknis apa yang harus dilampirkan?",
        "RKS itu apa?",
        "istilah.rks",
    ),
    (
        "Kenapa usulan rumah subsidi kami dialihkan ke pusat?",
        "MBR itu maksudnya siapa?",
        "istilah.mbr",
    ),
    (
        "Korban banjir di Kecamatan Timpah butuh tempat tinggal, provinsi bisa bantu?",
        "huntara itu apa?",
        "istilah.huntara",
    ),
    (
        "Setelah jalan dihibahkan ke kabupaten, biaya perawatannya ditanggung siapa?",
        "O&P tu kepanjangannya apa?",
        "istilah.op",
    ),
    (
        "Rumah warga di Kelurahan Bukit Sua belum bersertifikat, masih bisa dapat RTLH provinsi?",
        "SKT itu surat apa?",
        "istilah.skt",
    ),
    (
        "Kumuh 16,5 ha di Kecamatan Seruyan Hilir pendanaannya bisa lewat mana?",
        "DAK Tematik PPKT itu apa?",
        "istilah.daktematikppkt",
    ),
    (
        "Jalan lingkungan di desa kami di Kecamatan Pandih Batu bisa dibiayai dana desa?",
        "APBDes itu apa sih?",
        "istilah.apbdes",
    ),
    (
        "Forum apa yang dilalui usulan sebelum masuk RKPD provinsi?",
        "Musrenbang kepanjangannya apa?",
        "istilah.musrenbang",
    ),
    (
        "Bagaimana usulan yang lolos Rakor akhirnya dianggarkan?",
        "RKPD itu dokumen apa?",
        "istilah.rkpd",
    ),
    (
        "Kenapa bot bilang usulan kami sudah menunggu lebih dari 3 hari kerja?",
        "LAPOR! itu apa ya?",
        "istilah.lapor",
    ),
    (
        "Untuk usulan kumuh, kelengkapan apa yang membuat usulan dianggap siap?",
        "RC itu singkatan apa?",
        "istilah.rc",
    ),
    (
        "Selain lewat provinsi, rumah tidak layak huni bisa dibantu program apa?",
        "BSPS itu program apa?",
        "istilah.bsps",
    ),
    (
        "Lewat jalur apa saja usulan PSU bisa sampai ke provinsi?",
        "pokir itu apa?",
        "istilah.pokir",
    ),
    (
        "Does the province need engineering drawings before it funds a road?",
        "What is a DED, exactly?",
        "istilah.ded",
    ),
]
