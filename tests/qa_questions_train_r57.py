"""Training table R57 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 53's styles, written by another hand for the first half of the topic list after round 53
was measured untouched: imperatives as in an exam, parenthetical asides, Dayak Ngaju words
mixed in, metaphors for being stuck or moving, a file name or link in the message, the bot's
commands named inside a sentence, email-style subject lines, text emoticons; Australian
English. A glossary entry's questions ask what the term means. Its slum-area questions are
computed by rule, not learned; they are measured here only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R57_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Jelaskan secara ringkas peta kewenangan bidang perumahan dan kawasan permukiman: "
            "apa bagian pusat, apa bagian provinsi, apa bagian kabupaten/kota?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Pembagian urusan PKP (yang di lampiran huruf D UU 23/2014 itu) kalau dirangkum "
            "dalam satu tabel kira-kira seperti apa?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "G'day :) could you give me the big picture of who does what in housing and "
            "settlements, centre vs province vs regency?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Toto kah perumahan jituh termasuk urusan wajib pelayanan dasar? Dasar hukumnya "
            "pasal narai?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Usulan anggaran perkim kami sering mentok di TAPD karena dianggap urusan "
            "pilihan. Bukannya perumahan dan kawasan permukiman itu urusan wajib pelayanan "
            "dasar?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Sesuai Pedoman_Kewenangan_Kumuh.pdf yang dibagikan waktu bimtek, batas luas "
            "kawasan kumuh untuk kabupaten/kota, provinsi dan pusat itu berapa saja?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Sebelum saya isi /usul tipe kumuh, mau pastikan dulu: aturan pembagian "
            "kewenangan penanganan kumuh berdasarkan luas itu bunyinya gimana?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Perihal: kawasan kumuh skala besar\nKawasan kumuh yang luasnya 15 ha atau lebih "
            "itu ditangani pemerintah pusat ya? Bunyi aturannya sudah pasti atau belum?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "kumuh yang di atas 15 hektar itu jatahnya pusat ya, terus provinsi sama sekali "
            "nggak ikut? o_O"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Sebutkan level pemerintahan yang berwenang atas pencegahan perumahan dan kawasan "
            "permukiman kumuh."
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Kegiatan pencegahan kumuh (bukan peningkatan kualitas, tapi mencegah tumbuhnya "
            "kumuh baru) boleh diusulkan ke provinsi atau murni tugas kabupaten?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Ikau tahu kah, sub-urusan perumahan jituh narai bagian provinsi dan narai bagian "
            "kabupaten?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Usulan rumah kami jalan di tempat terus. Sebenarnya dalam sub-urusan perumahan, "
            "kewenangan provinsi itu sebatas apa?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Di draf Renstra_Perkim_2026.docx kami menulis penyediaan rumah untuk MBR sebagai "
            "program kabupaten. Bukankah itu peran pemerintah pusat, termasuk rusun?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Sebelum saya ketik /usul: penyediaan rumah MBR dan sistem pembiayaan "
            "perumahannya itu sebenarnya ranah pusat atau daerah?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "RE: banjir Katingan Hilir\nRumah warga yang rusak berat karena banjir itu siapa "
            "yang wajib membangun kembali, kabupaten atau provinsi?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        "warga yang direlokasi karena program pemprov, rumah barunya difasilitasi siapa ya? :)",
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Subject: flood housing\nIf a flood gets declared a provincial disaster, who's "
            "meant to rebuild the houses, the province or us at the regency?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Tuliskan siapa yang berwenang menerbitkan izin pembangunan perumahan, izin "
            "pengembangan kawasan permukiman, dan SKBG."
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Izin pengembangan perumahan (yang diajukan developer di Kumai bulan lalu) itu "
            "diterbitkan provinsi atau pemkab?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Our developer's permit has been stuck for weeks, mate. Who actually issues "
            "housing development permits, the province or the regency?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Aku handak tahu, sub-urusan kawasan permukiman jituh isinya narai haja, dan "
            "bagian provinsi yang kueh?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Kami masih ngambang soal sub-urusan kawasan permukiman: di luar penanganan "
            "kumuh, apa lagi yang dipegang pusat, provinsi dan kabupaten?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Di folder Usulan/2027/PSU ada dua berkas: satu di perumahan developer, satu di "
            "permukiman warga. Dari sisi kewenangan, bedanya PSU perumahan dan PSU permukiman "
            "apa?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Waktu isi /usul ada pilihan PSU permukiman atau PSU perumahan. Yang jadi "
            "kewenangan provinsi yang mana?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Subject: lingkup PSU provinsi\nPSU apa saja yang dibangun Disperkimtan? Cuma "
            "jalan lingkungan dan drainase, atau bisa juga air minum dan persampahan?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        "drainase di pinggir jalan kabupaten bisa dibangun Disperkimtan nggak sih? -_-",
        "psu.lingkup_provinsi",
    ),
    (
        (
            "List what kind of PSU the province actually builds, mate. Just neighbourhood "
            "roads and drains, or heaps more?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Uraikan pembagian kewenangan sertifikasi dan registrasi perancang rumah dan "
            "perencana PSU menurut tingkat kemampuan kecil, menengah dan besar."
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Konsultan perencana rumah lokal (yang skalanya masih kecil) registrasinya di "
            "kabupaten atau di provinsi?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        "SPM perumahan jituh narai isinya untuk provinsi, targetnya berapa persen?",
        "kewenangan.spm",
    ),
    (
        (
            "Laporan SPM perumahan kami mandek karena bingung jenis layanannya. SPM bidang "
            "perumahan untuk provinsi dan kabupaten itu apa saja?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Di SK_Kumuh_Kapuas_2021.pdf luas kawasan Kecamatan Selat tercatat 245 ha, tapi "
            "yang kami usulkan cuma satu lokasi di Selat Hulu. Luas mana yang dipakai untuk "
            "menentukan kewenangan?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Kolom luas di /usul itu diisi luas desa seluruhnya atau luas lokasi kumuh sesuai "
            "delineasi di SK?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Perihal: penetapan lokasi kumuh\nYang menetapkan lokasi kumuh itu siapa, dan "
            "SK-nya harus ditinjau ulang berapa tahun sekali?"
        ),
        "kumuh.penetapan",
    ),
    (
        "SK kumuh itu ditetapkan bupati atau gubernur sih? ^^",
        "kumuh.penetapan",
    ),
    (
        "Sebutkan tujuh aspek kriteria kumuh menurut Permen PUPR 14/2018.",
        "kumuh.aspek",
    ),
    (
        (
            "Kriteria kumuh (yang tujuh aspek itu) apakah proteksi kebakaran dan persampahan "
            "juga dihitung?"
        ),
        "kumuh.aspek",
    ),
    (
        "Skor kumuh kueh cara ngitungnya, dan nilai berapa yang masuk kumuh berat?",
        "kumuh.penilaian",
    ),
    (
        "Nilai kekumuhan lokasi kami 62. Itu sudah lolos kategori kumuh berat atau belum?",
        "kumuh.penilaian",
    ),
    (
        (
            "Di Baseline_Kumuh_Barsel.xlsx ada lokasi dengan skor 41 dan 22. Masing-masing "
            "masuk kumuh sedang atau ringan?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Sebelum isi /usul kumuh saya mau cek hasil penilaian dulu: rentang skor kumuh "
            "sedang dan kumuh ringan itu berapa?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Re: Fwd: penanganan kumuh tepi sungai Mentawa Baru Hilir\nKalau lahannya ilegal, "
            "pola penanganannya pemugaran, peremajaan atau pemukiman kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        "bedanya pemugaran sama peremajaan apa ya :D",
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Reckon you could tell me when a slum gets pemugaran versus peremajaan versus "
            "resettlement? Our planning's been going round in circles on it."
        ),
        "kumuh.pola_penanganan",
    ),
    (
        "Tuliskan data jumlah lokasi dan total luas kawasan kumuh di Kalimantan Tengah.",
        "kumuh.kalteng",
    ),
    (
        (
            "Kawasan kumuh di Kalteng (katanya kebanyakan di bantaran sungai) totalnya ada "
            "berapa lokasi dan berapa hektar?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "Usulan kegiatan jituh harus berisi narai haja? Datanya are, aku handak tahu "
            "kenapa semua itu diperlukan."
        ),
        "usulan.isi",
    ),
    (
        (
            "Supaya usulan kami nggak nyangkut di verifikasi, informasi apa saja yang harus "
            "ada dalam satu usulan kegiatan?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Di template Form_Usulan_Kab_2027.xlsx ada kolom jenis usulan. Jenis apa saja "
            "yang bisa diajukan ke provinsi?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Di /usul ada pilihan kumuh, psu, rumah, rtlh dan lainnya. Masing-masing jenis "
            "itu untuk usulan seperti apa?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Subject: data lokasi usulan\nData lokasi apa saja yang diminta dalam usulan? "
            "Perlu titik koordinat juga?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "lokasi usulan harus diisi perkotaan atau perdesaan juga ya? terus nama lokasinya "
            "ikut nama di SK? ^^"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Jelaskan cara mengisi jumlah penerima manfaat (KK dan jiwa), perkiraan biaya, "
            "dan sumber dana dalam usulan."
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Sumber dana usulan (rencananya gabungan APBD kabupaten dan Bankeu provinsi) "
            "boleh diisi kombinasi nggak?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        "Readiness criteria usulan PSU jituh narai haja dokumennya? Aku bingung.",
        "usulan.kesiapan",
    ),
    (
        (
            "Usulan PSU kami katanya belum siap, mentok di readiness criteria. Dokumen "
            "kesiapan apa saja yang biasanya diminta?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Lahan lokasi di Desa Sungai Cabang masih atas nama warga dan baru ada SKT "
            "(scan-nya sudah saya taruh di Drive/Usulan/Lahan). Itu sudah termasuk clean and "
            "clear belum?"
        ),
        "usulan.lahan",
    ),
    (
        ("Pertanyaan 'clean and clear' di form /usul itu maksudnya status lahan yang seperti apa?"),
        "usulan.lahan",
    ),
    (
        (
            "RE: usulan kumuh Pahandut Seberang\nUntuk usulan kumuh, data SK kumuh apa saja "
            "yang harus dicantumkan, dan bagaimana kalau lokasinya tidak tercantum di SK?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "SK kumuh kami sudah 6 tahun umurnya, usulan kumuhnya masih bisa dapat nilai "
            "penuh nggak? o_O"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Sebutkan dokumen teknis yang perlu dilampirkan pada usulan, misalnya DED, RAB, "
            "RKS, site plan dan foto."
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Foto kondisi eksisting (cukup pakai kamera HP kan?) wajib dilampirkan, terus DED "
            "sama RAB harus ikut juga?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        "Surat pernyataan kesediaan menerima hibah serta O&P jituh narai gunanya dalam usulan?",
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Usulan kami dikembalikan, katanya kurang surat pernyataan O&P. Surat itu isinya "
            "menyatakan apa?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Sesuai Juknis_RTLH_Prov.pdf yang beredar di grup, syarat rumah penerima RTLH "
            "lewat provinsi apa saja? Boleh bangun rumah baru?"
        ),
        "usulan.rtlh",
    ),
    (
        "Kalau /usul tipe rtlh dan lahan warganya cuma punya SKT, masih bisa diproses?",
        "usulan.rtlh",
    ),
    (
        (
            "G'day ^^ for RTLH through the province, who decides the beneficiaries in the "
            "end? And do folks need to own the land?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Perihal: permohonan jalan lingkungan dari warga\nWarga RT 05 mau minta jalan "
            "lingkungan langsung ke provinsi. Syaratnya apa?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "warga desa mau usul drainase sendiri ke provinsi, perlu diketahui siapa aja? RT, "
            "lurah, camat? :)"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        "Jelaskan mekanisme hibah aset PSU dari provinsi ke kabupaten, termasuk BAST-nya.",
        "hibah.aset",
    ),
    (
        (
            "Jalan lingkungan yang dibangun provinsi (di atas tanah milik pemkab) nanti "
            "pemeliharaannya tanggung jawab siapa?"
        ),
        "hibah.aset",
    ),
    (
        "Usulan kami ternyata bukan kewenangan provinsi. Aku harus cari dana kueh?",
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Kalau usulan kami mentok karena bukan kewenangan provinsi, sumber dana lain apa "
            "saja yang bisa dicoba? DAK Tematik PPKT bisa?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Explain where else we can get funding for a job that isn't the province's "
            "responsibility, no worries if it's a long list."
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Untuk menyusun Jadwal_Usulan_Perkim.xlsx, tolong gambarkan siklus usulan tahunan "
            "dari penyusunan sampai masuk APBD."
        ),
        "siklus.tahunan",
    ),
    (
        "Usulan yang saya kirim lewat /usul tahun ini nanti masuk tahun anggaran berapa?",
        "siklus.tahunan",
    ),
    (
        "Subject: verifikasi usulan\nProvinsi memeriksa usulan kami dari sisi apa saja?",
        "siklus.pemeriksaan",
    ),
    (
        "usulan yang masuk itu dicek administrasinya aja atau sampai cek lapangan juga? :)",
        "siklus.pemeriksaan",
    ),
    (
        (
            "How does the province check our proposals (paperwork, site, authority, the lot?) "
            "before they go anywhere?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Terangkan apa itu Rakor Bidang Kawasan Permukiman se-Kalimantan Tengah dan apa "
            "tujuannya."
        ),
        "siklus.rakor",
    ),
    (
        (
            "Rakor kawasan permukiman (yang tanggalnya pindah-pindah tiap tahun itu) "
            "sebenarnya membahas apa saja?"
        ),
        "siklus.rakor",
    ),
    (
        "Sesudah Rakor, usulan jituh lanjut kueh? Masuk Musrenbang, RKPD, terus APBD?",
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Usulan kami sudah lolos Rakor. Habis itu jalannya ke mana sampai benar-benar "
            "dianggarkan?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Di SK_Pokja_PKP_Gumas_2024.pdf disebut Pokja PKP. Sebenarnya Pokja PKP itu apa "
            "dan dasar hukumnya apa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        "Pokja PKP itu fungsinya apa? sudah coba cari di menu tanya tapi belum ketemu",
        "koordinasi.pokja_pkp",
    ),
    (
        "Perihal: alamat kantor\nKantor Disperkimtan Provinsi Kalteng itu di jalan apa?",
        "disperkimtan.kontak",
    ),
    (
        "website resmi Disperkimtan Kalteng apa ya? ^^",
        "disperkimtan.kontak",
    ),
    (
        "Jelaskan perintah-perintah yang bisa dipakai petugas di bot Sinkron.",
        "bot.cara_pakai",
    ),
    (
        "Jam yang muncul di bot (misalnya di pengingat) itu pakai WIB atau WITA?",
        "bot.cara_pakai",
    ),
    (
        "What commands can I use in this bot besides /usul and /status?",
        "bot.cara_pakai",
    ),
    (
        "Lewat /usul, aku bisa lampirkan PDF DED kah? Amun fotonya are, paling banyak berapa?",
        "bot.usul",
    ),
    (
        (
            "Isi form /usul saya putus di tengah jalan karena sinyal. Isiannya hilang atau "
            "masih nyantol sebagai draf?"
        ),
        "bot.usul",
    ),
    (
        "Ada tombol 'salin usulan lama' di /usul, apa saja yang ikut tersalin?",
        "bot.usul",
    ),
    (
        (
            "Di Rekap_Status_Usulan.xlsx hasil ekspor ada status 'verifikasi' dan 'dibahas di "
            "Rakor'. Arti masing-masing apa?"
        ),
        "bot.status",
    ),
    (
        "kalau pakai /status muncul 'perlu perbaikan', artinya apa dan saya harus ngapain?",
        "bot.status",
    ),
    (
        (
            "RE: usulan ditolak\nKalau usulan sudah berstatus ditolak, apa masih bisa diajukan "
            "lagi dan langkah selanjutnya apa?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "status dialihkan ke APBD kab itu maksudnya apa ya? :(",
        "bot.ditolak_dialihkan",
    ),
    (
        "Sebutkan standar waktu tindak lanjut usulan yang dipakai bot ini.",
        "bot.tindak_lanjut",
    ),
    (
        (
            "Standar 3 hari kerja (yang katanya meniru LAPOR! itu) berlaku untuk tahap apa, "
            "dan apakah mengikat Disperkimtan?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        "Undangan rapat di Sinkron jituh, amun aku berhalangan, bisa diwakilkan kah?",
        "bot.rapat",
    ),
    (
        (
            "Undangan rapat di bot masih ngambang karena saya belum konfirmasi hadir. "
            "Pengingatnya dikirim kapan saja?"
        ),
        "bot.rapat",
    ),
    (
        "Di kop surat Dinas_Perkim_Kotim.pdf tertulis 'Perkim'. Itu singkatan dari apa?",
        "istilah.perkim",
    ),
    (
        "menu tanya: Perkim itu kepanjangannya apa?",
        "istilah.perkim",
    ),
    (
        (
            "Subject: singkatan\nDisperkimtan itu kepanjangannya apa? 'tan' di belakangnya "
            "artinya apa?"
        ),
        "istilah.disperkimtan",
    ),
    (
        "Disperkimtan itu singkatan dari apa sih XD",
        "istilah.disperkimtan",
    ),
    (
        "Jelaskan kepanjangan dan pengertian PSU.",
        "istilah.psu",
    ),
    (
        "PSU (yang sering disebut di rapat perkim itu) singkatan dari apa?",
        "istilah.psu",
    ),
    (
        "Saw PSU all over Usulan_PSU_2027.pdf, what does it actually stand for?",
        "istilah.psu",
    ),
    (
        "Jaling jituh narai artinya?",
        "istilah.jaling",
    ),
    (
        "Saya mentok baca notulen, ada kata 'jaling' terus. Itu maksudnya apa?",
        "istilah.jaling",
    ),
    (
        (
            "Di RAB_Drainase_Sampit.xlsx ada item 'drainase lingkungan'. Drainase itu artinya "
            "apa persisnya?"
        ),
        "istilah.drainase",
    ),
    (
        "Di pilihan sektor /usul ada 'drainase'. Istilah drainase itu merujuk ke apa?",
        "istilah.drainase",
    ),
    (
        (
            "Perihal: kode di lampiran SK kumuh\nAda kode KR di kolom tingkat kekumuhan. KR "
            "itu artinya apa?"
        ),
        "istilah.kr",
    ),
    (
        "KR itu singkatan apa ya? ^^",
        "istilah.kr",
    ),
    (
        "Tuliskan kepanjangan KS dalam klasifikasi kekumuhan.",
        "istilah.ks",
    ),
    (
        "KS (di tabel baseline kumuh kelurahan kami) itu kepanjangannya apa?",
        "istilah.ks",
    ),
    (
        "KB di tabel kumuh jituh narai artinya? Bukan keluarga berencana, kan?",
        "istilah.kb",
    ),
    (
        "Kode KB di legenda peta kumuh bikin saya mentok dari tadi, itu maksudnya apa?",
        "istilah.kb",
    ),
    (
        "Di checklist Kelengkapan_Usulan.docx ada butir 'SK kumuh'. SK kumuh itu dokumen apa?",
        "istilah.skkumuh",
    ),
    (
        "Form /usul nanya nomor SK kumuh. SK kumuh itu maksudnya surat keputusan apa?",
        "istilah.skkumuh",
    ),
    (
        "Re: peta lokasi\nDelineasi itu maksudnya apa?",
        "istilah.delineasi",
    ),
    (
        "delineasi itu artinya apa sih o_O",
        "istilah.delineasi",
    ),
    (
        "Jelaskan kepanjangan RTLH.",
        "istilah.rtlh",
    ),
    (
        "RTLH (yang sering muncul di laporan desa) itu singkatan apa?",
        "istilah.rtlh",
    ),
    (
        "RLH jituh narai? Beda kah dengan RTLH?",
        "istilah.rlh",
    ),
    (
        (
            "Target kami mengubah RTLH jadi RLH masih jalan di tempat. Ngomong-ngomong, RLH "
            "itu persisnya singkatan apa?"
        ),
        "istilah.rlh",
    ),
    (
        (
            "Di laporan Capaian_Bedah_Rumah_2025.pdf ada istilah bedah rumah. Artinya apa "
            "secara resmi?"
        ),
        "istilah.bedahrumah",
    ),
    (
        "menu tanya bisa jelaskan istilah 'bedah rumah' itu merujuk ke apa?",
        "istilah.bedahrumah",
    ),
    (
        "Perihal: singkatan BSPS\nBSPS itu kepanjangannya apa?",
        "istilah.bsps",
    ),
    (
        "BSPS itu apa ya :)",
        "istilah.bsps",
    ),
    (
        "RE: BSPS\nWhat does BSPS actually stand for?",
        "istilah.bsps",
    ),
    (
        "Sebutkan kepanjangan MBR.",
        "istilah.mbr",
    ),
    (
        "MBR (yang jadi sasaran program rumah subsidi) itu singkatan apa?",
        "istilah.mbr",
    ),
    (
        "Rusunawa jituh narai artinya? Beda kah dengan rusun biasa?",
        "istilah.rusunawa",
    ),
    (
        (
            "Pembangunan rusunawa di kota kami mandek, tapi saya sendiri belum paham: "
            "rusunawa itu kepanjangannya apa?"
        ),
        "istilah.rusunawa",
    ),
    (
        "Di daftar aset BMD_Perkim.xlsx ada 'rusus'. Rusus itu apa?",
        "istilah.rusus",
    ),
    (
        "menu tanya: rusus itu singkatan dari apa?",
        "istilah.rusus",
    ),
]

TRAIN_R57_INTENTS: list[tuple[str, str]] = [
    (
        (
            "usulan kami (yang PSU jalan lingkungan di Baamang Tengah itu) sekarang statusnya "
            "gimana?"
        ),
        "status",
    ),
    (
        "Usulan kumuh kami nyangkut di mana ya? Sudah sebulan belum ada kabar.",
        "status",
    ),
    (
        "Usulan aku USL-2026-0003 kueh kabarnya, sudah diterima atau ditolak?",
        "status",
    ),
    (
        "Perihal: Rakor 2026\nRakor tahun ini jadinya tanggal berapa dan di mana tempatnya?",
        "meeting",
    ),
    (
        "rapat koordinasi berikutnya jam berapa mulainya ya? ^^",
        "meeting",
    ),
    (
        "Tell me when and where the next Rakor is on, mate. Morning or arvo?",
        "meeting",
    ),
    (
        "Sebutkan batas akhir pengiriman usulan untuk siklus tahun ini.",
        "deadline",
    ),
    (
        (
            "Berkas di folder Usulan/2027 belum lengkap semua. Sampai tanggal berapa usulan "
            "masih diterima?"
        ),
        "deadline",
    ),
    (
        "/usul masih dibuka sampai kapan? takut keburu ditutup",
        "deadline",
    ),
    (
        "Selamat pagi pak, terima kasih bantuannya kemarin :)",
        "greeting",
    ),
    (
        "Halo, aku perlu bantuan ikau hituh.",
        "greeting",
    ),
    (
        "Re: thanks\nCheers mate, appreciate the help heaps.",
        "greeting",
    ),
    (
        "Cara pakai /usul untuk memasukkan usulan baru itu langkahnya gimana?",
        "how_to_submit",
    ),
    (
        "Gimana cara saya (petugas Dinas Perkim Seruyan) mengirim usulan lewat bot ini?",
        "how_to_submit",
    ),
    (
        (
            "Usulan kami masih nyantol di laptop, belum terkirim ke mana-mana. Memasukkannya "
            "ke bot bagaimana caranya?"
        ),
        "how_to_submit",
    ),
]

TRAIN_R57_AREAS: list[tuple[str, str]] = [
    (
        (
            "Kawasan kumuh di Kelurahan Baamang Hilir luasnya 7,5 ha. Narai level pemerintah "
            "yang menangani jituh?"
        ),
        "kabkota",
    ),
    (
        "Di SK_Kumuh_Sukamara.pdf lokasi kami tercatat 85.000 m2. Itu kewenangan siapa?",
        "kabkota",
    ),
    (
        "kumuh 9,9 hektar masih kabupaten ya? T_T",
        "kabkota",
    ),
    (
        (
            "Our 6 hectares slum site's been stuck for ages, reckon that's the regency's job "
            "or the province's?"
        ),
        "kabkota",
    ),
    (
        ("Tentukan level pemerintahan yang berwenang untuk kawasan kumuh seluas tepat 10 hektare."),
        "provinsi",
    ),
    (
        (
            "mau isi /usul kumuh dengan luas delineasi 120.000 m², masuk kewenangan provinsi "
            "atau bukan?"
        ),
        "provinsi",
    ),
    (
        "Subject: kumuh Pahandut Seberang 14,99 ha\nIni ditangani provinsi atau pusat?",
        "provinsi",
    ),
    (
        "Lokasi kumuh kami (yang di tepi Sungai Kahayan) luasnya 12,5 hektar, itu urusan siapa?",
        "provinsi",
    ),
    (
        "Kawasan kumuh 15 ha pas, mentok di provinsi atau langsung lempar ke pusat?",
        "pusat",
    ),
    (
        (
            "Peta delineasi di Usulan/2027/Kumuh/peta_selat.pdf menunjukkan 150.000 meter "
            "persegi. Kewenangan siapa?"
        ),
        "pusat",
    ),
    (
        "Kawasan kumuh Selat Hulu (luas di SK 132,25 ha) itu tanggung jawab pemerintah mana?",
        "pusat",
    ),
    (
        "G'day, slum area of 20 hectares, who's responsible? o_O",
        "pusat",
    ),
]

TRAIN_R57_OUT_OF_SCOPE: list[str] = [
    (
        "Di Laporan_Realisasi_2025.xlsx kolom pagu masih kosong. Berapa total pagu APBD "
        "Disperkimtan untuk penanganan kumuh tahun 2026?"
    ),
    (
        "Perihal: tender drainase\nSiapa pemenang tender pembangunan drainase di Kecamatan "
        "Baamang tahun ini?"
    ),
    (
        "Sebutkan harga satuan paving block per m2 yang dipakai untuk RAB jalan "
        "lingkungan di Muara Teweh."
    ),
    "Honor narasumber Rakor (yang dari kementerian itu) besarnya berapa per jam?",
    "Pencairan termin kedua proyek jalan lingkungan di Kasongan Baru kok mandek, kapan cairnya?",
    "Cuaca di Puruk Cahu andau jituh kueh, hujan kah?",
    "Saya ketik /help tapi nggak ada jawaban soal ini: jadwal seleksi PPPK tahun ini kapan?",
    "gaji ke-13 tahun ini cair kapan ya? :D",
    "Who won the footy last night, mate? XD",
    "Jelaskan syarat pencairan dana BOS untuk sekolah dasar.",
    "Cara perpanjang SIM (yang sudah mati seminggu) di Palangka Raya bagaimana?",
    "Ikau tahu kah nomor HP pak camat Bukit Batu?",
    ("Link berita di grup (kaltengpos, soal banjir Kapuas) itu benar nggak sih, berapa korbannya?"),
    "RE: cuti\nSaya mau ajukan cuti tahunan minggu depan, formulirnya lewat mana?",
    (
        "Kalau /status sudah beres, sekalian mau tanya: bunga KPR di bank daerah sekarang "
        "berapa persen?"
    ),
]
