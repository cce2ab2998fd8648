"""Round 53 held-out question table for the Sinkron bot.

Written 2026-12-07 by two helpers who had not seen the knowledge base or any other question
table; they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md) plus the place-name list.

Style emphasis of this round: imperatives as in an exam ("jelaskan", "sebutkan", "uraikan");
parenthetical asides inside the question; Dayak Ngaju words mixed in ("aku", "ikau",
"narai", "kueh", "toto"); metaphors for being stuck or moving ("nyangkut", "mandek",
"mentok"); a file name, a link or a path in the message; the bot's commands named inside a
sentence ("/usul itu buat apa?"); email-style subject lines ("Re: Fwd:", "Perihal:"); text
emoticons (":)", "T_T", "^^"). About one question in ten is Australian English ("G'day",
"reckon", "mate"). A glossary entry's questions ask what the term means. Written mid-way
through round 33 of tuning, measured untouched on the matcher of that moment and at the
round's start and end, in styles no training table was written in.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND53_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Jelaskan secara singkat pembagian kewenangan perumahan dan kawasan permukiman "
            "antara pemerintah pusat, provinsi, dan kabupaten/kota."
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Pembagian urusan perkim (yang ada di lampiran UU 23/2014 itu) antara pusat, "
            "provinsi sama kabupaten garis besarnya seperti apa ya?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Narai dasar hukumnya perumahan rakyat disebut urusan wajib pelayanan dasar? Aku "
            "perlu kutip pasalnya buat Renstra."
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Perihal: klasifikasi urusan PKP\n\nMohon penjelasan, perumahan rakyat dan kawasan "
            "permukiman itu termasuk urusan wajib yang berkaitan dengan pelayanan dasar atau "
            "urusan pilihan?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Biar usulan kumuh kami nggak mentok di provinsi lagi, pembagian kewenangan "
            "penanganan kumuh berdasarkan luas itu batasnya berapa saja untuk kabupaten, "
            "provinsi dan pusat?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Rentang luas kawasan kumuh yang jadi kewenangan provinsi itu dari berapa sampai "
            "berapa hektar ya? ^^"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Di Profil_Kumuh_Kapuas_2026.xlsx ada beberapa kawasan kumuh yang sangat besar, "
            "lima belas hektare ke atas. Kawasan sebesar itu jadi urusan pemerintah pusat ya? "
            "Provinsi bisa ikut menangani atau tidak?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "G'day :) who handles the really big slum areas, fifteen hectares and over? Is "
            "that a central government job, and is that wording actually confirmed?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Sebutkan pemerintah mana yang berwenang melaksanakan pencegahan perumahan dan "
            "kawasan permukiman kumuh."
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Kegiatan pencegahan kumuh (bukan peningkatan kualitas ya, yang sifatnya "
            "mencegah) bisa kami usulkan ke provinsi atau itu murni urusan kabupaten?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Ikau tau kah, di sub-urusan perumahan jituh narai bagian provinsi dan narai "
            "bagian kabupaten/kota?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Usulan rumah kami selalu jalan di tempat. Sebenarnya kewenangan provinsi di "
            "sub-urusan perumahan itu apa saja?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Di draf Renja_Perkim_2027.docx kami masukkan program penyediaan rumah MBR dan "
            "pembangunan rusun. Itu sebenarnya kewenangan pemerintah pusat ya, bukan "
            "provinsi?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "If we put low-income (MBR) housing through /usul, mate, is that even the "
            "province's job, or does the central government look after MBR housing and "
            "housing finance?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Re: Fwd: laporan banjir Katingan\n\nRumah warga korban bencana yang rusak berat "
            "itu penanganannya oleh provinsi atau kabupaten? Tergantung status bencananya "
            "kah?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Warga yang terkena relokasi program pemkab, penyediaan rumahnya jadi tanggung "
            "jawab siapa? :("
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Uraikan siapa yang menerbitkan izin pembangunan dan pengembangan perumahan, izin "
            "kawasan permukiman, serta SKBG."
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Izin pengembangan perumahan (ada developer di Sampit yang tanya ke kami) itu "
            "diurus di provinsi atau di kabupaten?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Sub-urusan kawasan permukiman jituh isinya narai haja? Provinsi pegang apa, "
            "kabupaten pegang apa, pusat pegang apa?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Lagi nyusun Renstra tapi masih ngambang soal sub-urusan kawasan permukiman. "
            "Pembagian tugasnya antar tingkat pemerintahan gimana?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Link drive-nya sudah saya kirim, isinya usulan PSU di kompleks perumahan BTN. "
            "Bedanya PSU permukiman dengan PSU perumahan apa, dan yang jadi kewenangan "
            "provinsi yang mana?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Di /usul ada pilihan PSU permukiman atau PSU perumahan. Yang ditangani provinsi "
            "yang mana, yang kabupaten yang mana?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Subject: lingkup PSU provinsi\n\nPSU apa saja yang benar-benar dibangun "
            "Disperkimtan provinsi? Jalan kabupaten termasuk atau tidak?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Disperkimtan provinsi mau bangun drainase di pinggir jalan provinsi juga kah? "
            "o_O atau cuma di lingkungan permukiman?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Jelaskan pembagian kewenangan sertifikasi dan registrasi perancang rumah serta "
            "perencana PSU berdasarkan tingkat kemampuannya."
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Who certifies and registers house designers and PSU planners (the "
            "small-capability ones, I reckon) — the regency or the province?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        "SPM perumahan jituh narai haja jenis pelayanannya? Targetnya toto 100 persen kah?",
        "kewenangan.spm",
    ),
    (
        (
            "Capaian SPM perumahan kami mandek terus. Sebenarnya SPM bidang perumahan yang "
            "jadi tanggung jawab provinsi itu apa saja dan dasar aturannya apa?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Di file Peta_Delineasi_Baamang.pdf kawasan kumuhnya cuma sebagian kelurahan. "
            "Yang dihitung untuk kewenangan itu luas seluruh kelurahan atau luas hasil "
            "delineasi di SK kumuh?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Waktu isi luas di /usul, angka yang dimasukkan itu luas desa seluruhnya atau "
            "luas lokasi kumuh sesuai SK?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Perihal: penetapan lokasi kumuh\n\nSiapa yang menetapkan lokasi kumuh, dilengkapi "
            "apa saja, dan berapa tahun sekali penetapannya harus ditinjau ulang?"
        ),
        "kumuh.penetapan",
    ),
    (
        (
            "SK kumuh kabupaten kami terbit tahun 2018 XD itu ada kewajiban ditinjau ulang "
            "berkala nggak sih?"
        ),
        "kumuh.penetapan",
    ),
    (
        "Sebutkan tujuh aspek kriteria kumuh menurut Permen PUPR 14/2018.",
        "kumuh.aspek",
    ),
    (
        "Kriteria kumuh itu (yang katanya ada 7 aspek dan belasan kriteria) mencakup apa saja?",
        "kumuh.aspek",
    ),
    (
        "Nilai kumuh maksimal jituh berapa, dan mulai skor narai lokasi disebut kumuh berat?",
        "kumuh.penilaian",
    ),
    (
        (
            "How's the slum score worked out, mate? Our sites seem stuck somewhere in the "
            "middle and I can't tell where the cut-off for heavy slum (kumuh berat) sits."
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "Di Baseline_Kumuh_Kotim_2025.xlsx nilai kekumuhan lokasi kami 41. Itu masuk "
            "kumuh sedang atau kumuh ringan? Rentang skornya berapa?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Lewat menu tanya saya mau tahu: rentang skor kumuh ringan dan kumuh sedang itu "
            "berapa sampai berapa?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "RE: pola penanganan kumuh\n\nApa beda pemugaran, peremajaan dan pemukiman kembali, "
            "dan kapan masing-masing dipakai?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Lokasi kumuh kami ada di bantaran sungai dan lahannya ilegal :( polanya "
            "pemugaran atau harus pemukiman kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        "Tuliskan data jumlah lokasi dan total luas kawasan kumuh di Kalimantan Tengah.",
        "kumuh.kalteng",
    ),
    (
        (
            "G'day :) how many slum locations has Kalteng got all up, and roughly how many "
            "hectares is that? Mostly riverside, I reckon?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "Aku mau susun usulan kegiatan. Narai haja isi yang harus ada di usulan, dan "
            "kenapa semua data itu ditanya?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Usulan kami sering nyangkut karena datanya kurang lengkap. Sebenarnya satu "
            "usulan kegiatan harus memuat apa saja?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Di folder Usulan/2027/ sudah ada subfolder kumuh, PSU dan RTLH. Jenis usulan apa "
            "saja yang sebenarnya bisa diajukan ke provinsi?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Pas /usul ditanya jenis usulan, pilihannya apa aja dan bedanya apa? Yang "
            "'lainnya' itu buat apa?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Perihal: isian lokasi usulan\n\nData lokasi apa saja yang harus diisi? Titik GPS "
            "wajib atau boleh dilewati?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Lokasi usulan harus diisi sampai desa/kelurahan ya? Nama lokasinya harus sama "
            "dengan di SK kumuh juga? ^_^"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Jelaskan isian penerima manfaat, perkiraan biaya, dan sumber dana yang diminta "
            "dalam usulan."
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Jumlah KK dan jiwa (yang bagian penerima manfaat itu) diisi gimana, terus sumber "
            "dana usulan boleh dipilih apa saja?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        "Usulan PSU jituh perlu dokumen kesiapan narai haja supaya dianggap siap dilaksanakan?",
        "usulan.kesiapan",
    ),
    (
        (
            "Our PSU proposal keeps getting stuck at the readiness check, mate. What "
            "readiness documents does the province actually want to see?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Sesuai Juknis_Usulan_2027_final.pdf lahan usulan harus clean and clear. Kriteria "
            "lahan clean and clear itu apa saja, dan status lahan apa yang diterima?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Di /usul ada pertanyaan status lahan: pemda, desa, warga SKT dan seterusnya. "
            "Lahan jalan lingkungan yang masih milik warga boleh diusulkan?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Subject: usulan kumuh tanpa SK\n\nKalau lokasi yang kami usulkan belum tercantum "
            "di SK kumuh bupati, apakah usulan kumuhnya tetap bisa diproses provinsi?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "SK kumuh kami umurnya sudah 6 tahun -_- kalau dipakai di usulan kumuh masih "
            "dihitung nggak?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        "Sebutkan dokumen teknis yang perlu dilampirkan pada usulan kegiatan fisik.",
        "usulan.dokumen_teknis",
    ),
    (
        (
            "DED dan RAB (yang kemarin dibuat konsultan) wajib dilampirkan, atau cukup foto "
            "kondisi dan site plan dulu?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Surat pernyataan hibah serta O&P jituh narai gunanya, dan siapa yang harus tanda "
            "tangan?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Usulan kami katanya mentok karena belum melampirkan surat pernyataan kesediaan "
            "menerima hibah dan melakukan O&P. Isinya harus menyatakan apa?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Saya sudah siapkan Daftar_Calon_Penerima_RTLH_Gumas.xlsx. Syarat usulan RTLH "
            "lewat provinsi apa saja? Boleh bangun rumah baru?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "When I pick RTLH in /usul, what are the conditions on the house and the land, "
            "and who signs off the final list of recipients?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Fwd: permohonan warga RT 05 Kelurahan Panarung\n\nWarga minta dibangunkan jalan "
            "lingkungan. Boleh masyarakat mengajukan PSU langsung ke provinsi? Syaratnya apa?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Warga Desa Pangkoh Hilir mau minta semenisasi jalan gang ke provinsi :D perlu "
            "diketahui siapa saja permohonannya?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Uraikan proses hibah aset PSU dari provinsi ke kabupaten/kota, termasuk BAST dan "
            "siapa yang memelihara sesudahnya."
        ),
        "hibah.aset",
    ),
    (
        (
            "Jalan lingkungan yang dibangun provinsi (di atas tanah milik kabupaten) nanti "
            "asetnya tercatat punya siapa dan siapa yang pelihara?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Kalau usulan aku bukan kewenangan provinsi, ada saluran dana narai haja yang "
            "bisa dicoba?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Usulan penataan kumuh kecil kami nggak lolos karena bukan kewenangan provinsi. "
            "Bisa didanai dari mana lagi?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Berkas di folder Usulan/2027/ sudah mulai kami isi. Usulan yang dikirim tahun "
            "ini itu untuk tahun anggaran berapa, dan urutan siklus tahunannya bagaimana?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Explain the yearly proposal cycle, from the regency preparing proposals through "
            "to the provincial budget."
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Perihal: verifikasi usulan kabupaten\n\nApa saja aspek yang diperiksa provinsi "
            "terhadap usulan yang masuk?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Pemeriksaan usulan di provinsi itu meliputi apa aja sih? Administrasi doang atau "
            "sampai cek lahan dan kewenangan juga? T_T"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Jelaskan tujuan Rakor Bidang Kawasan Permukiman se-Kalimantan Tengah dan siapa "
            "saja pesertanya."
        ),
        "siklus.rakor",
    ),
    (
        (
            "Rakor (yang tiap tahun diadakan di Palangka Raya itu) sebenarnya fungsinya apa "
            "terhadap usulan-usulan dari kabupaten?"
        ),
        "siklus.rakor",
    ),
    (
        "Sesudah Rakor, usulan aku masuk ka narai? Musrenbang dulu, terus RKPD, terus APBD kah?",
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Usulan yang sudah lolos Rakor itu jalannya ke mana lagi sampai benar-benar masuk "
            "anggaran?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Di SK_Pokja_PKP_Bartim_2025.pdf ada daftar anggota dari banyak dinas. Pokja PKP "
            "itu sebenarnya tugasnya apa dan dasar hukumnya apa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Subject: Pokja PKP\n\nG'day, what does a Pokja PKP actually do, and which "
            "regulation sets it up?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        ("RE: kunjungan ke provinsi\n\nKantor Disperkimtan Provinsi Kalteng alamatnya di mana ya?"),
        "disperkimtan.kontak",
    ),
    (
        (
            "Menu bantuan di bot nggak nyebut alamat. Kantor Disperkimtan provinsi di mana "
            "dan website resminya apa?"
        ),
        "disperkimtan.kontak",
    ),
    (
        "Tuliskan perintah-perintah yang bisa dipakai petugas kabupaten di bot ini.",
        "bot.cara_pakai",
    ),
    (
        "Jam yang dipakai bot ini (Sinkron kan namanya?) itu WIB atau WITA?",
        "bot.cara_pakai",
    ),
    (
        (
            "Sudah selesai isi /usul, muncul kode USL-2026-0014. Kode jituh narai artinya, "
            "dan tahun anggarannya jadi tahun berapa?"
        ),
        "bot.usul",
    ),
    (
        (
            "Form /usul saya mandek di tengah jalan karena sinyal hilang. Isian yang sudah "
            "saya ketik hilang atau tersimpan?"
        ),
        "bot.usul",
    ),
    (
        "Di screenshot status_usulan.png tertulis 'dibahas di Rakor'. Arti status itu apa?",
        "bot.status",
    ),
    (
        "Kalau pakai /status muncul 'perlu perbaikan', artinya apa dan kami harus ngapain?",
        "bot.status",
    ),
    (
        (
            "Re: usulan PSU Pulpis ditolak\n\nBiasanya apa alasan usulan ditolak provinsi, dan "
            "langkah kami selanjutnya apa?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Usulan kami statusnya 'dialihkan' ke APBD kab o_O maksudnya gimana, masih bisa "
            "diperjuangkan lagi?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "Sebutkan standar waktu tindak lanjut usulan yang dipakai bot ini.",
        "bot.tindak_lanjut",
    ),
    (
        (
            "Our proposal's been sitting there going nowhere for ages. By the bot's own "
            "standard, how many working days should the province take to check it?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Aku diundang rapat lewat Sinkron tapi berhalangan hadir. Bisa kah diwakilkan "
            "kawan sekantor? Pengingatnya dikirim kapan haja?"
        ),
        "bot.rapat",
    ),
    (
        (
            "Di menu rapat undangannya sudah muncul. Cara konfirmasi hadir gimana, dan kalau "
            "saya tidak jawab apa-apa dianggap tidak hadir?"
        ),
        "bot.rapat",
    ),
    (
        "Di kop surat Dinas_Perkim_Kapuas.pdf tertulis 'Perkim'. Perkim itu singkatan dari apa?",
        "istilah.perkim",
    ),
    (
        (
            "Saya ketik 'perkim' di menu tanya tapi jawabannya nggak jelas. Perkim itu "
            "artinya apa sih?"
        ),
        "istilah.perkim",
    ),
    (
        "Perihal: singkatan nama dinas\n\nDisperkimtan itu kepanjangannya apa?",
        "istilah.disperkimtan",
    ),
    (
        "What does Disperkimtan stand for, exactly? :D",
        "istilah.disperkimtan",
    ),
    (
        "Jelaskan kepanjangan dan pengertian PSU.",
        "istilah.psu",
    ),
    (
        "PSU (yang sering banget disebut di rakor) itu singkatan dari apa ya?",
        "istilah.psu",
    ),
    (
        "Narai artinya jaling? Aku dengar kawan-kawan nyebut itu waktu rapat.",
        "istilah.jaling",
    ),
    (
        "Saya masih ngambang soal istilah jaling di notulen rapat. Maksudnya jalan yang mana?",
        "istilah.jaling",
    ),
    (
        (
            "Di RAB_Drainase_Tumbang_Rungan.xlsx ada item drainase lingkungan. Drainase itu "
            "maksudnya apa?"
        ),
        "istilah.drainase",
    ),
    (
        "Di /usul ada tag sektor 'drainase'. Istilah drainase itu merujuk ke apa?",
        "istilah.drainase",
    ),
    (
        "Subject: istilah KR\n\nDi tabel lampiran SK kumuh ada kolom KR. Artinya apa?",
        "istilah.kr",
    ),
    (
        "KR itu singkatan apa ya? ^^ ketemu di data tingkat kekumuhan",
        "istilah.kr",
    ),
    (
        "Terangkan arti singkatan KS pada data tingkat kekumuhan.",
        "istilah.ks",
    ),
    (
        "KS (di kolom tingkat kumuh pada tabel baseline) kepanjangannya apa?",
        "istilah.ks",
    ),
    (
        "KB dalam data kumuh jituh narai artinya? Bukan keluarga berencana kan?",
        "istilah.kb",
    ),
    (
        (
            "I'm going round in circles here — what does KB stand for in the slum tables? Not "
            "family planning, surely?"
        ),
        "istilah.kb",
    ),
    (
        (
            "Di Lampiran_SK_Kumuh_Sukamara.pdf sering ditulis 'SK kumuh'. SK kumuh itu "
            "maksudnya surat apa?"
        ),
        "istilah.skkumuh",
    ),
    (
        (
            "Waktu /usul jenis kumuh saya ditanya nomor SK kumuh. SK kumuh itu sebenarnya "
            "dokumen apa?"
        ),
        "istilah.skkumuh",
    ),
    (
        "Re: peta kawasan kumuh\n\nDelineasi itu artinya apa?",
        "istilah.delineasi",
    ),
    (
        "delineasi itu apa sih :( dari tadi bingung",
        "istilah.delineasi",
    ),
    (
        "Di /usul ada pilihan jenis RTLH. RTLH itu kepanjangannya apa?",
        "istilah.rtlh",
    ),
    (
        "What's RTLH stand for (it's all over the regency reports)?",
        "istilah.rtlh",
    ),
    (
        "RLH jituh narai? Beda dengan RTLH kah?",
        "istilah.rlh",
    ),
    (
        "Laporan kami mentok di satu istilah: RLH. Itu singkatan dari apa ya?",
        "istilah.rlh",
    ),
    (
        (
            "Di proposal Bedah_Rumah_Mura.docx warga menyebut 'bedah rumah'. Bedah rumah itu "
            "maksudnya apa?"
        ),
        "istilah.bedahrumah",
    ),
    (
        "Di /usul nggak ada pilihan 'bedah rumah'. Bedah rumah itu sebenarnya istilah buat apa?",
        "istilah.bedahrumah",
    ),
    (
        "Perihal: istilah BSPS\n\nMohon dijelaskan BSPS itu singkatan dari apa.",
        "istilah.bsps",
    ),
    (
        "BSPS tuh apa ya? XD",
        "istilah.bsps",
    ),
    (
        "Sebutkan kepanjangan MBR.",
        "istilah.mbr",
    ),
    (
        "MBR (yang sering disebut di program rumah subsidi) itu maksudnya masyarakat yang mana?",
        "istilah.mbr",
    ),
    (
        "Rusunawa narai artinya? Beda kah dengan rusun biasa?",
        "istilah.rusunawa",
    ),
    (
        "Reckon I'm stuck on the jargon again, mate — what's a rusunawa?",
        "istilah.rusunawa",
    ),
    (
        "Di daftar aset BMN_Rusus_Seruyan.pdf ada kata 'rusus'. Rusus itu apa?",
        "istilah.rusus",
    ),
    (
        "Rusus itu kepanjangannya apa? Di menu tanya saya cari nggak ketemu.",
        "istilah.rusus",
    ),
    (
        "Jelaskan apa yang dimaksud dengan huntara dalam penanganan pascabencana.",
        "istilah.huntara",
    ),
    (
        "Narai huntara jituh? Aku baca di laporan BPBD tapi belum paham maksudnya",
        "istilah.huntara",
    ),
    (
        "huntap (yang sering disebut bareng huntara itu) kepanjangannya apa ya?",
        "istilah.huntap",
    ),
    (
        "Huntap itu singkatan dari apa sih? :D",
        "istilah.huntap",
    ),
    (
        (
            "Perihal: isian penerima manfaat — KK di situ maksudnya Kartu Keluarga atau "
            "kepala keluarga?"
        ),
        "istilah.kk",
    ),
    (
        "G'day, quick one mate: what does KK stand for when you're counting beneficiaries?",
        "istilah.kk",
    ),
    (
        "Waktu isi /usul ada pertanyaan jumlah jiwa, kata 'jiwa' di situ artinya apa?",
        "istilah.jiwa",
    ),
    (
        "ha itu singkatan hektare kan? ^^ biar saya nggak salah tulis satuan",
        "istilah.ha",
    ),
    (
        (
            "Di folder Usulan/2027/PSU/Kobar ada file DED_jaling_final.pdf, DED itu "
            "kepanjangannya apa sebenarnya?"
        ),
        "istilah.ded",
    ),
    (
        "Sebutkan kepanjangan DED dan secara umum dokumen itu berisi apa.",
        "istilah.ded",
    ),
    (
        (
            "Usulan kami katanya mandek gara-gara RAB, tapi jujur saya belum paham: RAB itu "
            "singkatan apa?"
        ),
        "istilah.rab",
    ),
    (
        "RAB tuh narai artinya? Aku pegawai baru, are banar singkatan di dinas hituh",
        "istilah.rab",
    ),
    (
        "RKS (bukan RAB ya, yang satunya lagi) itu kepanjangannya apa?",
        "istilah.rks",
    ),
    (
        "Subject: dokumen teknis\n\nMohon penjelasan, RKS itu dokumen apa?",
        "istilah.rks",
    ),
    (
        "Tuliskan kepanjangan KAK beserta padanannya dalam bahasa Inggris.",
        "istilah.kak",
    ),
    (
        (
            "Atasan minta saya siapkan KAK_Pendampingan_Kumuh.docx, KAK itu maksudnya dokumen "
            "macam apa ya?"
        ),
        "istilah.kak",
    ),
    (
        "site plan itu apa ya? o_O sama nggak sama denah?",
        "istilah.siteplan",
    ),
    (
        "What's a site plan, mate? Is it the same as a 'rencana tapak'?",
        "istilah.siteplan",
    ),
    (
        "Di menu tanya saya lihat istilah RC, RC itu singkatan dari apa?",
        "istilah.rc",
    ),
    (
        "RC (yang disebut-sebut di dokumen DAK itu) artinya apa ya pak?",
        "istilah.rc",
    ),
    (
        "Re: Fwd: hibah jaling Kasongan\n\nMaaf pak, BAST itu kepanjangannya apa?",
        "istilah.bast",
    ),
    (
        "Ikau tahu BAST tuh kepanjangan narai? Aku disuruh siapkan tapi toto nggak paham",
        "istilah.bast",
    ),
    (
        "Coba terangkan arti hibah dalam urusan aset pemerintah daerah.",
        "istilah.hibah",
    ),
    (
        "Tiap kali usulan lolos pasti muncul kata hibah. Sebenarnya hibah itu maksudnya apa?",
        "istilah.hibah",
    ),
    (
        "Di lampiran Daftar_BMD_Pulpis_2026.xlsx ada istilah BMD, itu singkatan dari apa?",
        "istilah.bmd",
    ),
    (
        "BMD = ? :( bingung",
        "istilah.bmd",
    ),
    (
        "BMN (kalau asetnya dari kementerian) itu kepanjangannya apa ya?",
        "istilah.bmn",
    ),
    (
        "Explain what BMN means.",
        "istilah.bmn",
    ),
    (
        "Di /usul ada pilihan 'pernyataan hibah dan O&P', O&P itu artinya apa?",
        "istilah.op",
    ),
    (
        "O&P jituh narai? Toto kah maksudnya operasi dan pemeliharaan?",
        "istilah.op",
    ),
    (
        "Perihal: SPM\n\nMohon dijelaskan SPM itu singkatan dari apa.",
        "istilah.spm",
    ),
    (
        "Hey there, what's SPM short for? Heaps of the docs mention it.",
        "istilah.spm",
    ),
    (
        "Uraikan apa yang dimaksud dengan Pokja PKP.",
        "istilah.pokjapkp",
    ),
    (
        (
            "Rapat Pokja PKP di kabupaten kami jalan di tempat terus, sebenarnya Pokja PKP "
            "itu apa sih?"
        ),
        "istilah.pokjapkp",
    ),
    (
        "Pokja PPAS (yang ketuanya Pak Sekda itu) kepanjangannya apa?",
        "istilah.pokjappas",
    ),
    (
        "Di undangan yang link drive-nya dibagikan kemarin tertulis 'Pokja PPAS', PPAS itu apa?",
        "istilah.pokjappas",
    ),
    (
        "AMPL di Pokja AMPL itu singkatan apa ya? ^^",
        "istilah.pokjaampl",
    ),
    (
        "Pokja AMPL jituh narai artinya? Aku belum pernah ikut",
        "istilah.pokjaampl",
    ),
    (
        "RE: dokumen perencanaan — RP3KP itu kepanjangannya apa ya?",
        "istilah.rp3kp",
    ),
    (
        "Jelaskan yang dimaksud dengan RP3KP.",
        "istilah.rp3kp",
    ),
    (
        (
            "Dokumen RP2KPKP kami masih ngambang di Bappeda, ngomong-ngomong RP2KPKP itu "
            "singkatan dari apa?"
        ),
        "istilah.rp2kpkp",
    ),
    (
        "Lewat menu tanya: RP2KPKP itu dokumen apa ya?",
        "istilah.rp2kpkp",
    ),
    (
        "KOTAKU (program yang dulu ada BKM-nya di kelurahan itu) artinya apa?",
        "istilah.kotaku",
    ),
    (
        (
            "What was KOTAKU? Reckon it was a national slum program but I'm not sure what it "
            "stands for."
        ),
        "istilah.kotaku",
    ),
    (
        "Sebutkan kepanjangan PPKT pada DAK Tematik PPKT.",
        "istilah.daktematikppkt",
    ),
    (
        "DAK Tematik PPKT itu apa ya? T_T dari tadi saya cari nggak ketemu",
        "istilah.daktematikppkt",
    ),
    (
        "Ikau tahu APBN tuh singkatan narai? Aku lupa",
        "istilah.apbn",
    ),
    (
        "Subject: sumber dana\n\nAPBN itu maksudnya anggaran yang mana ya?",
        "istilah.apbn",
    ),
    (
        "Di kolom sumber dana Form_Usulan_Kotim.xlsx ada APBD, APBD itu kepanjangannya apa?",
        "istilah.apbd",
    ),
    (
        "APBD (baik yang provinsi maupun kabupaten) itu artinya apa?",
        "istilah.apbd",
    ),
    (
        "APBDes itu apa? :)",
        "istilah.apbdes",
    ),
    (
        (
            "Sering dengar APBDes tapi pengertiannya masih ngambang di kepala saya, APBDes "
            "itu maksudnya apa?"
        ),
        "istilah.apbdes",
    ),
    (
        "Waktu isi /usul, pilihan sumber dana ada 'Bankeu', itu maksudnya apa?",
        "istilah.bankeu",
    ),
    (
        "Di Rekap_Sumber_Dana_2027.xlsx ada kolom Bankeu, Bankeu itu artinya apa?",
        "istilah.bankeu",
    ),
    (
        "Pokir jituh narai? Aku dengar dari staf DPRD kemarin",
        "istilah.pokir",
    ),
    (
        "Fwd: pokir dewan\n\nPokir itu singkatan dari apa ya pak?",
        "istilah.pokir",
    ),
    (
        "Musrenbang (yang berjenjang dari desa itu) kepanjangannya apa?",
        "istilah.musrenbang",
    ),
    (
        "G'day, what does Musrenbang mean? I'm new to the planning side of things.",
        "istilah.musrenbang",
    ),
    (
        "Jelaskan singkatan RKPD.",
        "istilah.rkpd",
    ),
    (
        (
            "File RKPD_2027_rancangan_awal.pdf sudah saya terima, tapi RKPD itu sebenarnya "
            "dokumen apa?"
        ),
        "istilah.rkpd",
    ),
    (
        "Renja itu apa ya? -_-",
        "istilah.renja",
    ),
    (
        (
            "Penyusunan Renja kami jalan di tempat, tapi dasar dulu deh: Renja itu "
            "kepanjangannya apa?"
        ),
        "istilah.renja",
    ),
    (
        "Renstra narai artinya? Aku toto lupa",
        "istilah.renstra",
    ),
    (
        "Kalau saya ketik /tanya Renstra, maksud istilah itu apa?",
        "istilah.renstra",
    ),
    (
        "Perihal: istilah perencanaan\n\nRPJMD itu kepanjangannya apa?",
        "istilah.rpjmd",
    ),
    (
        "RPJMD (yang periode 2025–2029 itu) maksudnya dokumen apa ya?",
        "istilah.rpjmd",
    ),
    (
        "Uraikan singkatan KUA-PPAS.",
        "istilah.kuappas",
    ),
    (
        "KUA-PPAS itu apa sih? XD panjang banget singkatannya",
        "istilah.kuappas",
    ),
    (
        "Di folder Anggaran/2027/RKA ada banyak file, RKA itu singkatan apa ya?",
        "istilah.rka",
    ),
    (
        "RKA kami nyangkut di TAPD katanya; omong-omong RKA sendiri itu kepanjangannya apa?",
        "istilah.rka",
    ),
    (
        "DPA jituh kepanjangan narai? Aku sering dengar tapi belum paham",
        "istilah.dpa",
    ),
    (
        "What's a DPA in the budget paperwork, mate?",
        "istilah.dpa",
    ),
    (
        (
            "Bot ini beda kan dengan SIPD? Soalnya saya kira /usul di sini sama saja. SIPD "
            "itu sendiri kepanjangannya apa?"
        ),
        "istilah.sipd",
    ),
    (
        "RE: input SIPD\n\nMaaf pak, SIPD itu singkatan dari apa?",
        "istilah.sipd",
    ),
    (
        "Bapperida (dulu namanya Bappeda kalau tidak salah) itu singkatan dari apa?",
        "istilah.bapperida",
    ),
    (
        "Sebutkan kepanjangan Bapperida.",
        "istilah.bapperida",
    ),
    (
        "hehe maaf pertanyaan dasar ^^ OPD kepanjangannya apa?",
        "istilah.opd",
    ),
    (
        "OPD narai artinya, ikau bisa jelaskan?",
        "istilah.opd",
    ),
    (
        "Surat kami katanya nyantol di SKPD teknis, SKPD itu maksudnya apa ya?",
        "istilah.skpd",
    ),
    (
        "Jelaskan arti SKPD.",
        "istilah.skpd",
    ),
    (
        "Di dokumen RISPAM_Kapuas.pdf ada istilah SPAM, itu bukan spam email kan? Artinya apa?",
        "istilah.spam",
    ),
    (
        "Subject: istilah air minum\n\nSPAM di bidang air minum itu kepanjangannya apa?",
        "istilah.spam",
    ),
    (
        "SPALD itu apa ya? o_O",
        "istilah.spald",
    ),
    (
        "Tuliskan kepanjangan SPALD.",
        "istilah.spald",
    ),
    (
        "IPAL narai kepanjangannya? Aku pernah lihat papan namanya di Pahandut",
        "istilah.ipal",
    ),
    (
        "What does IPAL stand for? Saw it on a sign near a kampung this arvo.",
        "istilah.ipal",
    ),
    (
        "TPS3R (3R-nya itu apa juga?) singkatan lengkapnya apa?",
        "istilah.tps3r",
    ),
    (
        "Pembangunan TPS3R di desa kami mandek, btw TPS3R itu singkatan apa ya?",
        "istilah.tps3r",
    ),
    (
        "Perihal: MCK komunal\n\nMCK itu kepanjangannya apa?",
        "istilah.mck",
    ),
    (
        "Usulan tetangga mentok karena katanya 'tidak sesuai RTRW'. RTRW itu apa ya artinya?",
        "istilah.rtrw",
    ),
    (
        "Lampiran Perda_RTRW_Katingan.pdf: RTRW di sini maksudnya apa? Bukan RT/RW kan?",
        "istilah.rtrw",
    ),
    (
        "RDTR itu singkatan apa ya? :D",
        "istilah.rdtr",
    ),
    (
        "RDTR (yang katanya lebih rinci dari RTRW) itu apa?",
        "istilah.rdtr",
    ),
    (
        "PBG jituh narai? Pengganti IMB kah?",
        "istilah.pbg",
    ),
    (
        "Re: izin bangunan\n\nPBG itu singkatan dari apa?",
        "istilah.pbg",
    ),
    (
        ("Berkas SLF gedung kami masih nyantol di dinas teknis; SLF itu sendiri singkatan apa ya?"),
        "istilah.slf",
    ),
    (
        "Di menu tanya ada kata SLF, itu sertifikat apa?",
        "istilah.slf",
    ),
    (
        "Pengurusan SKBG warga kami masih ngambang, sebenarnya SKBG itu singkatan apa?",
        "istilah.skbg",
    ),
    (
        "What's an SKBG? Heard it's some sort of building certificate.",
        "istilah.skbg",
    ),
    (
        "Link drive-nya sudah saya kirim, isinya SKT warga. SKT itu singkatan dari apa ya?",
        "istilah.skt",
    ),
    (
        "SKT kepanjangan narai? Aku bingung surat tanah jituh",
        "istilah.skt",
    ),
    (
        "Clean and clear (istilah status lahan itu) maksudnya apa?",
        "istilah.cleanandclear",
    ),
    (
        "Waktu /usul bertanya 'clean and clear', yang dimaksud apa ya?",
        "istilah.cleanandclear",
    ),
    (
        "CSR itu apa? ^^",
        "istilah.csr",
    ),
    (
        "Di proposal_CSR_sawit.pdf dari perusahaan tertulis CSR, itu kepanjangannya apa?",
        "istilah.csr",
    ),
    (
        "Subject: Rakor\n\nMohon dijelaskan, Rakor itu kepanjangannya apa?",
        "istilah.rakor",
    ),
    (
        "Rakor jituh narai, toto kah singkatan rapat koordinasi?",
        "istilah.rakor",
    ),
    (
        "LAPOR! (pakai tanda seru itu) itu apa sih?",
        "istilah.lapor",
    ),
    (
        "What's LAPOR!? Is that a govt complaint system or something?",
        "istilah.lapor",
    ),
    (
        "Tuliskan kepanjangan WIB.",
        "istilah.wib",
    ),
    (
        (
            "Angka backlog di daerah kami nggak pernah turun, jalan di tempat. Backlog itu "
            "sebenarnya artinya apa?"
        ),
        "istilah.backlog",
    ),
    (
        "Di slide Paparan_Backlog_2026.pptx ada 'backlog perumahan', itu maksudnya apa?",
        "istilah.backlog",
    ),
    (
        "Di /mulai tertulis 'bidang PKP', PKP itu kepanjangannya apa?",
        "istilah.pkp",
    ),
    (
        "PKP kepanjangan narai? Aku baru pindah ke dinas hituh",
        "istilah.pkp",
    ),
    (
        "Jelaskan pengertian kumuh serta arti KR, KS dan KB.",
        "istilah.kumuh",
    ),
    (
        "Kumuh itu definisinya apa sih? T_T",
        "istilah.kumuh",
    ),
    (
        "Perihal: sumber pendanaan\n\nDAK itu singkatan dari apa?",
        "istilah.dak",
    ),
    (
        "DAK (yang dananya dari pusat itu) kepanjangannya apa?",
        "istilah.dak",
    ),
    (
        "Rusun narai artinya? Kueh bedanya dengan rusunawa?",
        "istilah.rusun",
    ),
    (
        "What's a rusun, mate? Keep seeing it in the reports.",
        "istilah.rusun",
    ),
]

ROUND53_INTENTS: list[tuple[str, str]] = [
    (
        "Coba tampilkan status semua usulan kabupaten kami yang sudah dikirim.",
        "status",
    ),
    (
        "Usulan jaling kami yang dikirim bulan lalu sekarang nyangkut di mana?",
        "status",
    ),
    (
        "Usulan drainase kami (yang dikirim Pak Kabid minggu lalu) sudah diterima atau ditolak?",
        "status",
    ),
    (
        "Rakor tahun jituh kapan dan di kueh? Aku harus siapkan tiket dari Puruk Cahu.",
        "meeting",
    ),
    (
        "Perihal: Rakor tahun ini\n\nMohon info tanggal, jam dan tempat Rakor berikutnya.",
        "meeting",
    ),
    (
        "G'day :) when and where's the next coordination meeting, mate?",
        "meeting",
    ),
    (
        (
            "Berkas di folder Usulan/2027/PSU masih kami lengkapi. Batas akhir kirim usulan "
            "tahun ini tanggal berapa?"
        ),
        "deadline",
    ),
    (
        "/usul masih dibuka sampai kapan untuk siklus ini?",
        "deadline",
    ),
    (
        "Penerimaan usulan siklus ini ditutup kapan? Takut kami ketinggalan kereta lagi.",
        "deadline",
    ),
    (
        "Selamat pagi pak/bu :)",
        "greeting",
    ),
    (
        "Tabe, aku petugas Perkim Gumas. Tolong bantu aku.",
        "greeting",
    ),
    (
        "Cheers mate, thanks heaps for the help (no worries if you're busy)!",
        "greeting",
    ),
    (
        "Gimana cara masukin usulan lewat bot ini, pakai /usul ya?",
        "how_to_submit",
    ),
    (
        (
            "Cara input usulan ke provinsi (kami baru pertama kali pakai Sinkron) "
            "langkah-langkahnya gimana?"
        ),
        "how_to_submit",
    ),
    (
        (
            "Saya sudah punya Usulan_PSU_Kapuas_2027.pdf. Cara mengirim usulannya lewat bot "
            "ini bagaimana?"
        ),
        "how_to_submit",
    ),
    (
        (
            "Usulan PSU kami dari Seruyan nyangkut di mana ya sekarang? Sudah sebulan nggak "
            "ada kabar."
        ),
        "status",
    ),
    (
        "RE: USL-2026-0014\n\nMohon info, usulan kami sudah diverifikasi atau belum?",
        "status",
    ),
    (
        "Kueh kabar usulan aku jituh, toto kah sudah disetujui?",
        "status",
    ),
    (
        "Rakor tahun ini (yang biasanya akhir tahun itu) jadinya tanggal berapa dan di mana?",
        "meeting",
    ),
    (
        "G'day, when's the next Rakor on and where's it being held?",
        "meeting",
    ),
    (
        "Rapat koordinasi berikutnya kapan ya? Jam berapa mulainya? :)",
        "meeting",
    ),
    (
        "Sebutkan batas akhir pengiriman usulan untuk siklus tahun ini.",
        "deadline",
    ),
    (
        (
            "Sesuai Juknis_Usulan_2027_final.pdf kami diminta cepat, tapi sampai kapan "
            "sebenarnya usulan masih diterima?"
        ),
        "deadline",
    ),
    (
        "Kalau lewat /usul, paling lambat tanggal berapa usulan tahun ini masih bisa masuk?",
        "deadline",
    ),
    (
        "Selamat pagi pak ^^",
        "greeting",
    ),
    (
        "Tabe, aku perlu bantuan hituh",
        "greeting",
    ),
    (
        "Cheers mate, thanks heaps for the help!",
        "greeting",
    ),
    (
        "Gimana caranya memasukkan usulan lewat bot ini, pakai /usul ya?",
        "how_to_submit",
    ),
    (
        "Jelaskan langkah-langkah mengirim usulan kegiatan melalui bot.",
        "how_to_submit",
    ),
    (
        "Cara input usulan (kami mau ajukan drainase di Kumai) lewat sini bagaimana?",
        "how_to_submit",
    ),
]

ROUND53_AREAS: list[tuple[str, str]] = [
    (
        (
            "Tentukan kewenangan penanganan kawasan kumuh seluas 10 ha di Kecamatan Mentawa "
            "Baru Ketapang."
        ),
        "provinsi",
    ),
    (
        (
            "Kawasan kumuh kami (luasnya 14,99 hektar menurut SK terbaru) kewenangan provinsi "
            "atau pusat?"
        ),
        "provinsi",
    ),
    (
        "Kumuh 15 hektare di Kecamatan Selat jituh kewenangan narai? Provinsi kah?",
        "pusat",
    ),
    (
        "Usulan kumuh 95.000 m2 kami mentok terus, sebenarnya itu ranah siapa?",
        "kabkota",
    ),
    (
        (
            "Sesuai SK_Kumuh_Bartim.pdf luas lokasi kumuh di Tamiang Layang 120.000 m². Siapa "
            "yang berwenang menangani?"
        ),
        "provinsi",
    ),
    (
        "/usul kumuh 22 ha di Kapuas Hilir, itu levelnya pusat ya?",
        "pusat",
    ),
    (
        (
            "Perihal: kewenangan kumuh Baamang\n\nLokasi kumuh seluas 100.000 meter persegi "
            "masuk kewenangan pemerintah mana?"
        ),
        "provinsi",
    ),
    (
        "kumuh 3 ha di Desa Talio kewenangan siapa ya? :)",
        "kabkota",
    ),
    (
        (
            "G'day mate, reckon an 8 hectares slum area in Pulang Pisau is the regency's job, "
            "or does it go up the chain?"
        ),
        "kabkota",
    ),
    (
        (
            "Work out who's responsible for a 16 hectares slum area in Sampit, no worries if "
            "it's not the province."
        ),
        "pusat",
    ),
    (
        (
            "Kawasan kumuh 155.000 meter persegi (hasil delineasi terbaru) di Sabangau itu "
            "tanggung jawab pusat kah?"
        ),
        "pusat",
    ),
    (
        (
            "RE: data kumuh Kobar\n\nLuas lokasi kumuh di Kumai Hulu 8,5 hektare, kewenangan "
            "kabupaten atau provinsi?"
        ),
        "kabkota",
    ),
    (
        (
            "Lokasi kumuh kami (yang di tepi sungai Kelurahan Mendawai itu) luasnya 8,5 ha, "
            "kewenangan siapa?"
        ),
        "kabkota",
    ),
    (
        "Kumuh 10 hektar pas di Selat, narai kewenangan, provinsi kah kabupaten?",
        "provinsi",
    ),
    (
        "Perihal: kewenangan\n\nKawasan kumuh 15 hektare di Baamang, siapa yang menangani?",
        "pusat",
    ),
    (
        "G'day, a slum area of 12 hectares in Jekan Raya — who's responsible for that one?",
        "provinsi",
    ),
    (
        "Sesuai SK_Kumuh_Kapuas_2024.pdf delineasinya 95.000 m2, itu ranah siapa?",
        "kabkota",
    ),
    (
        "kumuh 14,99 ha itu masih provinsi atau sudah pusat? o_O",
        "provinsi",
    ),
    (
        (
            "Usulan kumuh 18 hektare kami mentok di provinsi, sebenarnya kawasan seluas itu "
            "kewenangan siapa?"
        ),
        "pusat",
    ),
    (
        (
            "Tentukan level pemerintahan yang berwenang atas kawasan kumuh seluas 120.000 "
            "meter persegi."
        ),
        "provinsi",
    ),
    (
        "Sebelum isi /usul: kawasan kumuh 150.000 m² di Pahandut itu kewenangan siapa?",
        "pusat",
    ),
    (
        "Kawasan kumuh 3 ha di Dusun Selatan, tanggung jawab kabupaten atau provinsi? :)",
        "kabkota",
    ),
    (
        "Luas kumuh 250.000 m2 di Kapuas Hilir, ikau tahu kewenangan siapa?",
        "pusat",
    ),
    (
        "Re: Fwd: kumuh Teweh Tengah 9,99 hektar\n\nIni ditangani kabupaten atau provinsi?",
        "kabkota",
    ),
]

ROUND53_OUT_OF_SCOPE: list[str] = [
    "Sebutkan pagu anggaran Disperkimtan Kalteng untuk PSU tahun 2027.",
    "Nomor HP Kabid Kawasan Permukiman provinsi berapa ya? :)",
    "Harga semen per sak di Muara Teweh jituh berapa? Aku perlu buat RAB.",
    "Re: tender kumuh\n\nSiapa pemenang tender penataan kawasan kumuh Murjani Bawah tahun lalu?",
    "Besok di Palangka Raya hujan nggak ya? Mau berangkat ke Rakor pagi-pagi -_-",
    (
        "Perihal: SPPD\n\nBerapa uang harian perjalanan dinas ke Palangka Raya untuk "
        "pejabat eselon IV?"
    ),
    "Syarat pengajuan KUR (buat usaha warung istri saya) di bank apa saja?",
    "Izin tambang galian C di Katingan katanya mandek di provinsi, aturannya gimana?",
    "Jelaskan jadwal dan syarat penerimaan CPNS Pemprov Kalteng 2026.",
    (
        "Di Tagihan_PDAM_Sampit.pdf tarifnya naik. Berapa tarif air PDAM per meter kubik "
        "di Sampit sekarang?"
    ),
    "Can the menu tanya here look up flights from Palangka Raya to Jakarta this arvo, mate?",
    "Suku bunga KPR subsidi FLPP tahun jituh berapa persen? Aku mau ambil rumah.",
    (
        "Sesuai Laporan_Backlog_Lamandau.xlsx angkanya beda-beda. Berapa sebenarnya "
        "jumlah backlog rumah di Kabupaten Lamandau tahun 2025?"
    ),
    "Honor narasumber di Rakor (kalau saya jadi pemateri) besarnya berapa?",
    "Di menu tanya bisa nggak saya ajukan cuti tahunan minggu depan? Formulirnya di mana?",
    "Perihal: pagu indikatif\n\nBerapa total anggaran Disperkimtan Provinsi untuk tahun 2027?",
    "Tender jaling di Baamang kemarin yang lolos perusahaan mana ya?",
    "Di RAB_Drainase_Bulik.xlsx harga satuan U-ditch yang dipakai provinsi tahun ini berapa?",
    "Kuota BSPS (bedah rumah dari pusat itu) untuk Katingan tahun depan berapa unit?",
    "Lewat /tanya bisa minta nomor HP Kepala Bidang Kawasan Permukiman nggak?",
    "Rusunawa di Palangka Raya sewanya berapa per bulan? :)",
    "Cuaca besok di Kuala Kurun kueh, hujan kah? Aku mau survei lokasi",
    "G'day mate, any good fishing spots along the Kahayan this arvo?",
    "Jelaskan syarat pendaftaran CPNS Pemprov Kalteng tahun 2027.",
    "Cuti melahirkan (untuk ASN perempuan) itu berapa bulan ya?",
    "Harga semen di Muara Teweh sekarang berapa per sak ya? T_T",
    "Fwd: dana BOS\n\nJuknis dana BOS sekolah dasar tahun ini seperti apa?",
    "Perpanjangan STNK mobil dinas saya mandek di Samsat Sampit, syaratnya apa saja ya?",
    "Link drive-nya sudah saya kirim, kenapa laptop kantor tidak bisa membuka file .dwg?",
    "Sebutkan nama kontraktor yang masuk daftar hitam LKPP tahun ini.",
]
