"""Round 54 held-out question table for the Sinkron bot.

Written 2026-12-07 by two helpers who had not seen the knowledge base or any other question
table; they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md) plus the place-name list.

Style emphasis of this round: terms written out in full instead of their acronyms ("Rumah
Tidak Layak Huni"); asking for the legal basis or source along with the answer; religious
courtesies ("Bismillah", "insya Allah", "Om swastiastu"); keywords separated by slashes or
pipes ("kumuh/12 ha/kewenangan?"); a nickname for the bot ("Min", "Bang Bot"); a disaster or
an event as the setting; unusual number formats and units ("12.5 ha", "12½ ha", "1.200 are",
"0,1 km²"); accented or look-alike characters from a phone keyboard ("usulán", "kéwenangan").
About one question in ten is a foreign consultant's English with Dutch or German turns ("How
is it with ...?", "Is it so that ...?"). A glossary entry's questions ask what the term means.
Written late in round 33 of tuning and measured untouched at its start and end, in styles no
training table was written in: the next round's untouched start.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

ROUND54_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Min, tolong jelaskan secara umum pembagian kewenangan perumahan dan kawasan "
            "permukiman antara pusat, provinsi dan kabupaten/kota dong"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Please can you tell me in short which housing and settlement tasks are for the "
            "centre, which for the province and which stay with the regency?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Perumahan rakyat dan kawasan permukiman itu termasuk urusan wajib atau urusan "
            "pilihan? pasal berapa di UU 23/2014?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Om swastiastu, mau tanya, perkim itu masuk urusan wajib pelayanan dasar ya? "
            "untuk bahan telaahan ke Bappeda"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        "kumuh | batas luas | kab vs prov vs pusat?",
        "kewenangan.kumuh",
    ),
    (
        (
            "Habis banjir kemarin warga bantaran sungai minta kawasannya ditata. Penanganan "
            "kawasan kumuh itu dibagi berdasarkan luas berapa saja antara kabupaten, provinsi "
            "dan pusat?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Kawasan kumuh yang luasnya lima belas hektar ke atas itu ditangani pemerintah "
            "pusat ya? lewat program apa biasanya?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "kawasan kumüh yang luasnya 15 ha lebih, provinsi sama sekali tidak bisa ikut "
            "menangani kah?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        "Bang Bot, pencegahan permukiman kumuh itu tugas provinsi juga atau cuma kabupaten?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Kegiatan pencegahan kumuh bisa kami usulkan ke Disperkimtan provinsi? menurut "
            "aturan apa pembagiannya?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Dalam sub urusan Perumahan, apa saja kewenangan Pemerintah Provinsi dibandingkan "
            "Pemerintah Kabupaten/Kota?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "How is it with the housing sub-affair, what exactly may the province do there "
            "and what remains with the kabupaten?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Penyediaan rumah untuk Masyarakat Berpendapatan Rendah itu kewenangan siapa, "
            "pusat atau daerah?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        "rusun MBR / pembiayaan perumahan / itu ranah pusat?",
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Rumah warga di Kecamatan Katingan Hilir rusak berat diterjang angin puting "
            "beliung. Siapa yang wajib membangun kembali rumahnya, kabupaten atau provinsi?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        "relokasi warga karena program pemprov, penyediaan rumahnya tanggung jawab siapa yá?",
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Izin pembangunan perumahan dan penerbitan SKBG itu dikeluarkan provinsi atau "
            "kabupaten? sumbernya dari mana?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Kak Sinkron, ada pengembang tanya izin pengembangan kawasan permukiman ngurusnya "
            "ke pemprov atau ke pemkab?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Assalamualaikum, sub urusan kawasan permukiman itu isinya apa saja untuk "
            "provinsi dan untuk kab/kota?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        "kawasan permukiman / sub-urusan / bagian pusat apa?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Prasarana Sarana dan Utilitas Umum di perumahan dan di permukiman itu bedanya "
            "apa dari sisi kewenangan?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Minggu depan ada kunjungan Pak Gubernur ke perumahan subsidi di Sampit, warga "
            "mengeluh jalan kompleksnya rusak. PSU perumahan itu kewenangan kabupaten kan, "
            "bukan provinsi?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Jalan lingkungan 1.200 m sama drainase ±800 m di permukiman desa, bisa dibangun "
            "Disperkimtan? PSU apa saja sebenarnya yang dikerjakan provinsi?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Min, jalan kabupaten yang rusak bisa masuk PSU provinsi nggak? atau hanya jalan "
            "lingkungan?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Sertifikasi dan registrasi perancang rumah tingkat kemampuan kecil, menengah dan "
            "besar itu dibagi ke level mana? dasar hukumnya apa?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Is it so that the registration of house and PSU designers is done by the "
            "regency, or must a small consultant go to the province for that?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Standar Pelayanan Minimum bidang perumahan rakyat untuk provinsi itu jenis "
            "layanannya apa saja?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Salam sejahtera. SPM perumahan itu targetnya berapa persen dan diatur di PP "
            "nomor berapa?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Kemarin ada demo warga, katanya luas desanya 30 ha jadi harus ditangani pusat. "
            "Yang dihitung untuk kewenangan itu luas desa atau luas kawasan kumuh di SK?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Luas kumuh yang dipakai menentukan kewenangan itu luas delineasi di SK, atau "
            "luas seluruh kelurahan yang 1.250.000 M2 itu?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Siapa yang berwenang menetapkan lokasi kumuh dan berapa tahun sekali harus "
            "ditinjau ulang? pasal berapa?"
        ),
        "kumuh.penetapan",
    ),
    (
        "SK kumüh kami terbit 2017, wajib direvisi nggak? berapa tahun sekali ditinjau?",
        "kumuh.penetapan",
    ),
    (
        "kriteria kumuh / aspek apa aja?",
        "kumuh.aspek",
    ),
    (
        "Mbak Bot, tujuh aspek penilaian kumuh itu apa saja ya? proteksi kebakaran termasuk?",
        "kumuh.aspek",
    ),
    (
        (
            "Skor kumuh lokasi kami 62,0 dari 80, itu sudah kumuh berat? cara hitung nilainya "
            "gimana?"
        ),
        "kumuh.penilaian",
    ),
    (
        "How is the slum score calculated, and from which number on is it kumuh berat?",
        "kumuh.penilaian",
    ),
    (
        "Rentang nilai untuk Kumuh Sedang dan Kumuh Ringan itu berapa sampai berapa?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "nilai kekumuhan 40 itu masuk kumüh sedang atau ringán?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Lokasi kumuh di bantaran sungai yang sering longsor, lahannya juga ilegal. Pola "
            "penanganannya pemugaran, peremajaan atau pemukiman kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        "Bedanya pemugaran dengan peremajaan kawasan kumuh apa? menurut Permen berapa?",
        "kumuh.pola_penanganan",
    ),
    (
        "Bismillah, ada berapa lokasi kumuh di Kalteng dan total luasnya berapa?",
        "kumuh.kalteng",
    ),
    (
        "Pak Robot, kawasan kumuh di Kalimantan Tengah kebanyakan tipe apa? tepian sungai kah?",
        "kumuh.kalteng",
    ),
    (
        "usulan | isinya apa aja | kenapa ditanya KK dan jiwa?",
        "usulan.isi",
    ),
    (
        (
            "Alhamdulillah akun sudah aktif. Sebelum mulai, apa saja yang perlu disiapkan dan "
            "diisi dalam satu usulan kegiatan?"
        ),
        "usulan.isi",
    ),
    (
        (
            "Jenis usulan apa saja yang bisa kami ajukan ke Dinas Perumahan Kawasan "
            "Permukiman dan Pertanahan provinsi?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Which kinds of proposals can a regency send to the province? Only slum and PSU, "
            "or also houses?"
        ),
        "usulan.jenis",
    ),
    (
        "di fórm usulan, data lokasinya harus diisi apa saja? kecamatan, desa, koordinat?",
        "usulan.lokasi",
    ),
    (
        (
            "Lokasi usulan wajib pakai titik GPS? terus luasnya kalau saya tulis 0,05 km² "
            "diterima atau harus ha?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Biaya usulan boleh ditulis 1,5 M atau harus Rp 1.500.000.000? sumber dana apa "
            "saja yang bisa dipilih?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "sobat Sinkron, jumlah jiwa boleh lebih kecil dari jumlah KK nggak di isian "
            "penerima manfaat?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        "Dokumen kesiapan apa saja yang diminta untuk usulan PSU? acuannya dari mana?",
        "usulan.kesiapan",
    ),
    (
        "readiness criteria / usulan PSU / dokumen apa yg harus siap?",
        "usulan.kesiapan",
    ),
    (
        (
            "Lahan lokasi usulan 2.500 m² milik warga, belum bersertifikat cuma ada SKT. Itu "
            "sudah termasuk clean and clear?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Lokasi usulan jaling kami ternyata lahannya disengketakan ahli waris setelah "
            "kebakaran pasar. Apakah masih bisa diusulkan?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "usulan kumuh wajib\xa0lampirkan nomor SK kumuh? kalau lokasinya tidak tercantum di "
            "SK\xa0gimana?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Bang Bot, SK kumuh kabupaten kami umurnya sudah 6 tahun, usulan kumuhnya tetap "
            "diterima?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Detail Engineering Desain sama Rencana Anggaran Biaya wajib dilampirkan waktu "
            "usul? site plan dan RKS juga?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Foto kondisi lapangan mau saya kirim ± 15 lembar, terus DED dan RAB dalam 6 file "
            "PDF, kebanyakan nggak?"
        ),
        ("usulan.dokumen_teknis", "bot.usul"),
    ),
    (
        (
            "Surat pernyataan kesediaan menerima hibah dan O&P itu wajib dilampirkan? dasar "
            "aturannya apa?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Shalom, surat pernyataan hibah serta operasi dan pemeliharaan itu isinya "
            "menyatakan apa ya, dan kenapa diminta dalam usulan?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Usulan Rumah Tidak Layak Huni ke provinsi syaratnya apa saja? boleh untuk bangun "
            "rumah baru?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Pascabanjir di Kapuas banyak rumah reyot, warga yang tanahnya cuma ber-SKT apa "
            "bisa diusulkan bedah rumah ke provinsi?"
        ),
        "usulan.rtlh",
    ),
    (
        "warga minta jalan lingkungan / langsung ke provinsi / boleh?",
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Assalamualaikum wr wb, ketua RT kami mau mengajukan drainase lingkungan langsung "
            "ke Disperkimtan, harus diketahui siapa saja?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Min, jalan lingkungan yang dibangun provinsi di atas tanah pemkab nanti asetnya "
            "milik siapa dan siapa yang memelihara?"
        ),
        "hibah.aset",
    ),
    (
        "BAST dan naskah hibah aset PSU ditandatangani siapa saja? aturan hibah BMD-nya apa?",
        "hibah.aset",
    ),
    (
        (
            "Kumuh kami cuma 6,5 Ha jadi bukan kewenangan provinsi. Dana dari mana lagi yang "
            "bisa dicoba?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "If the province is not responsible, which other money sources can we try then, "
            "DAK, APBN or CSR?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        "siklus usulan / tahun anggaran / usul 2026 itu untuk TA berapa?",
        "siklus.tahunan",
    ),
    (
        "alur tahunan usulán dari kabupaten sampai jadi kegiatan provinsi itu gimana urutannya?",
        "siklus.tahunan",
    ),
    (
        (
            "Insya Allah minggu ini usulan kami kirim. Nanti diperiksa apa saja oleh "
            "provinsi, administrasi dan teknis?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Tim provinsi rencananya kunjungan verifikasi ke lokasi kami di Muara Teweh. "
            "Biasanya apa saja yang dicek dalam pemeriksaan usulan?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Rapat Koordinasi dan Sinkronisasi Bidang Kawasan Permukiman itu sebenarnya acara "
            "apa dan siapa saja yang hadir?"
        ),
        "siklus.rakor",
    ),
    (
        "Tujuan Rakor kawasan permukiman tiap tahun itu apa? sumber infonya dari mana?",
        "siklus.rakor",
    ),
    (
        "rakor -> musrenbang -> RKPD -> APBD / urutannya begitu?",
        "siklus.rkpd_apbd",
    ),
    (
        (
            "After the Rakor, how does an accepted proposal come into the provincial budget? "
            "Via Musrenbang and RKPD already?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Ada kunjungan tim kementerian bulan depan dan mereka akan menanyakan Pokja PKP "
            "kami. Pokja PKP itu sebenarnya forum apa dan dasar aturannya apa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Om swastiastu, Kelompok Kerja Perumahan dan Kawasan Permukiman itu dibentuk "
            "berdasarkan aturan apa dan tugasnya mengoordinasikan apa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        "Pak Robot, alamat kantor Disperkimtan Kalteng di mana ya?",
        "disperkimtan.kontak",
    ),
    (
        "kantór Disperkimtan provinsi itu di jalan apa? mau antar berkas langsung",
        "disperkimtan.kontak",
    ),
    (
        "perintah bot / daftar / apa aja?",
        "bot.cara_pakai",
    ),
    (
        (
            "Please can you tell which commands this bot knows, and in which time zone are "
            "the hours shown?"
        ),
        "bot.cara_pakai",
    ),
    (
        (
            "Mbak Bot, di /usul ada pilihan salin usulan lama ya? bagian apa saja yang ikut "
            "tersalin?"
        ),
        "bot.usul",
    ),
    (
        (
            "Setelah /usul selesai saya dapat kode USL-2026-0002, kode itu maksudnya apa? "
            "tahun anggarannya 2027 kah?"
        ),
        "bot.usul",
    ),
    (
        "status “perlu perbaikán” artinya apa, masih bisa dikirim ulang?",
        "bot.status",
    ),
    (
        (
            "Waktu demo warga soal jalan rusak kemarin ada yang tanya arti status 'dibahas di "
            "Rakor'. Status itu artinya sudah pasti disetujui atau belum?"
        ),
        "bot.status",
    ),
    (
        (
            "Di tengah tanggap darurat banjir kami dapat notifikasi usulan dialihkan ke APBD "
            "kab. Dialihkan itu maksudnya apa dan kami harus bagaimana?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Kalau usulan ditolak karena bukan kewenangan provinsi, bisa diajukan keberatan? "
            "aturannya bagaimana?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Usulan sudah ± 3 hari kerja belum diverifikasi, standar tindak lanjutnya "
            "sebenarnya berapa hari?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Until when must the province react on a proposal? Is there a service standard "
            "like LAPOR!?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        "Min, undangan rapat di Sinkron kalau saya berhalangan bisa diwakilkan staf?",
        "bot.rapat",
    ),
    (
        "undangan rapat / pengingat / dikirim kapan aja?",
        "bot.rapat",
    ),
    (
        "Bang Bot, Perkim itu singkatan dari apa?",
        "istilah.perkim",
    ),
    (
        "pérkim maksudnya apa?",
        "istilah.perkim",
    ),
    (
        (
            "Dinas Perumahan Kawasan Permukiman dan Pertanian, itu kepanjangan Disperkimtan "
            "kan? yang 'tan' itu apa sebenarnya?"
        ),
        "istilah.disperkimtan",
    ),
    (
        "What does Disperkimtan stand for?",
        "istilah.disperkimtan",
    ),
    (
        "Prasarana Sarana dan Utilitas itu maksudnya apa, sama dengan PSU?",
        "istilah.psu",
    ),
    (
        "PSU / singkatan / artinya?",
        "istilah.psu",
    ),
    (
        "Alhamdulillah sudah terdaftar. Mau tanya, jaling itu apa ya?",
        "istilah.jaling",
    ),
    (
        "jalíng itu singkatan dari apa?",
        "istilah.jaling",
    ),
    (
        "Pengertian drainase lingkungan itu apa? ada definisinya di aturan?",
        "istilah.drainase",
    ),
    (
        (
            "Habis hujan deras tiga hari kampung tergenang, orang desa tanya drainase itu "
            "sebenarnya apa sih?"
        ),
        "istilah.drainase",
    ),
    (
        "KR / kumuh / artinya?",
        "istilah.kr",
    ),
    (
        "Di daftar SK ada lokasi 8,75 Ha berkode KR, KR itu apa ya?",
        "istilah.kr",
    ),
    (
        "Kak Sinkron, di tabel lokasi ada kode KS, itu maksudnya apa?",
        "istilah.ks",
    ),
    (
        "ＫＳ itu maksudnya kumuh apa?",
        "istilah.ks",
    ),
    (
        "KB di daftar lokasi kumuh itu bukan Keluarga Berencana kan? kepanjangannya apa?",
        "istilah.kb",
    ),
    (
        "Bismillah, mau tanya istilah KB di dokumen kumuh itu artinya apa ya?",
        "istilah.kb",
    ),
    (
        "Surat Keputusan kawasan kumuh itu apa sih maksudnya?",
        "istilah.skkumuh",
    ),
    (
        "What is meant with 'SK kumuh'?",
        "istilah.skkumuh",
    ),
    (
        "delineasi itu artinya apa? istilah itu dari aturan mana?",
        "istilah.delineasi",
    ),
    (
        (
            "Konsultan membawa peta delineasi waktu kunjungan Bupati ke lokasi. Delineasi itu "
            "artinya apa?"
        ),
        "istilah.delineasi",
    ),
    (
        "Assalamualaikum, RTLH itu maksudnya rumah yang bagaimana?",
        "istilah.rtlh",
    ),
    (
        "RTLH / kepanjangan?",
        "istilah.rtlh",
    ),
    (
        "RLH beda sama RTLH? RLH itu apá?",
        "istilah.rlh",
    ),
    (
        "Min, RLH singkatan apa?",
        "istilah.rlh",
    ),
    (
        "Salam sejahtera, bedah rumah itu istilah untuk apa ya?",
        "istilah.bedahrumah",
    ),
    (
        (
            "Setelah kebakaran di Pahandut warga minta bedah rumah. Bedah rumah itu "
            "sebenarnya maksudnya apa?"
        ),
        "istilah.bedahrumah",
    ),
    (
        "Bantuan Stimulan Perumahan Swadaya itu apa?",
        "istilah.bsps",
    ),
    (
        "BS\u200bPS itu kepanjangannya apa",
        "istilah.bsps",
    ),
    (
        "MBR itu singkatan apa? definisinya ada di aturan mana?",
        "istilah.mbr",
    ),
    (
        "Om swastiastu, yang disebut MBR itu siapa?",
        "istilah.mbr",
    ),
    (
        "rusunawa / artinya?",
        "istilah.rusunawa",
    ),
    (
        "Rumah Susun Sederhana Sewa itu sama dengan rusunawa? artinya apa?",
        "istilah.rusunawa",
    ),
    (
        "rüsus itu apa?",
        "istilah.rusus",
    ),
    (
        "What is a 'rusus'? Is it the same as a rusun?",
        "istilah.rusus",
    ),
    (
        "Apa yang dimaksud dengan Hunian Sementara dalam penanganan pasca bencana?",
        "istilah.huntara",
    ),
    (
        "huntara itu apa sebenarnya? tolong sebutkan juga sumber definisinya ya",
        "istilah.huntara",
    ),
    (
        (
            "Assalamualaikum, mohon maaf mengganggu, yang disebut huntap itu hunian seperti "
            "apa ya? Terima kasih, wassalamualaikum wr wb"
        ),
        "istilah.huntap",
    ),
    (
        "Please can you tell what is a huntap? The Bupati spoke of it in his speech.",
        "istilah.huntap",
    ),
    (
        (
            "Min, KK di isian penerima manfaat itu maksudnya apa, kartu keluarga atau kepala "
            "keluarga?"
        ),
        "istilah.kk",
    ),
    (
        (
            "Warga korban kebakaran di Mentawa Baru Ketapang sedang didata per KK, KK di sini "
            "artinya hitungan apa ya?"
        ),
        "istilah.kk",
    ),
    (
        "data kami ± 1.250 KK dan 4.310 jiwa, nah 'jiwa' itu yang dihitung apa ya?",
        "istilah.jiwa",
    ),
    (
        "satuan “hа” di kolom luas itu kepanjangannya apa?",
        "istilah.ha",
    ),
    (
        (
            "Detail Engineering Desain yang diminta di kelengkapan usulan itu dokumen apa "
            "sebenarnya?"
        ),
        "istilah.ded",
    ),
    (
        "DED itu kepanjangannya apa, dan istilah itu dipakai di aturan mana?",
        "istilah.ded",
    ),
    (
        "Bismillah, izin bertanya pak, RAB itu maksudnya apa ya?",
        "istilah.rab",
    ),
    (
        "RAB / kepanjangan / isinya apa?",
        "istilah.rab",
    ),
    (
        "Bang Bot, RKS itu singkatan dari apa sih?",
        "istilah.rks",
    ),
    (
        (
            "Besok ada kunjungan Kadis ke lokasi jalan lingkungan kami dan beliau mau lihat "
            "RKS-nya. RKS itu dokumen apa ya?"
        ),
        "istilah.rks",
    ),
    (
        "Konsultan minta KAK untuk paket jaling 2,5 Km. KAK itu apa ya maksudnya?",
        "istilah.kak",
    ),
    (
        "KΑK itu kepanjangannya apa? sama dengan TOR bukan?",
        "istilah.kak",
    ),
    (
        "Rencana Tapak itu gambar apa ya maksudnya?",
        "istilah.siteplan",
    ),
    (
        "Mohon dijelaskan yang disebut site plan itu apa, kalau bisa dengan rujukan aturannya.",
        "istilah.siteplan",
    ),
    (
        "Om swastiastu, RC dalam bahasa usulan itu artinya apa nggih?",
        "istilah.rc",
    ),
    (
        "RC | readiness | maksudnya apa?",
        "istilah.rc",
    ),
    (
        "Kak Sinkron, BAST itu kepanjangannya apa?",
        "istilah.bast",
    ),
    (
        (
            "Jalan lingkungan yang dibangun provinsi di desa kami rusak kena banjir, katanya "
            "sudah ada BAST-nya. BAST itu apa sih?"
        ),
        "istilah.bast",
    ),
    (
        (
            "Katanya aset 1.200 m jalan lingkungan plus 850 M drainase mau dihibahkan ke "
            "kabupaten. Hibah itu artinya apa persisnya?"
        ),
        "istilah.hibah",
    ),
    (
        "Arti kata “hibáh” dalam konteks aset pemerintah itu apa ya?",
        "istilah.hibah",
    ),
    (
        "Barang Milik Derah itu apa maksudnya?",
        "istilah.bmd",
    ),
    (
        "BMD singkatan dari apa? menurut peraturan apa?",
        "istilah.bmd",
    ),
    (
        "Shalom bapak ibu, BMN itu maksudnya barang milik siapa ya? Tuhan memberkati.",
        "istilah.bmn",
    ),
    (
        "BMN / singkatan?",
        "istilah.bmn",
    ),
    (
        "Pak Robot, O&P di surat pernyataan itu kepanjangannya apa?",
        "istilah.op",
    ),
    (
        (
            "After the flood the drainage is full of mud and the village says the O&P is not "
            "theirs. What does O&P stand for, please?"
        ),
        "istilah.op",
    ),
    (
        (
            "Di dokumen tertulis target 100,00 % untuk SPM perumahan. SPM itu singkatan apa "
            "sebenarnya?"
        ),
        "istilah.spm",
    ),
    (
        "SPМ itu\xa0singkatan apa ya?",
        "istilah.spm",
    ),
    (
        "Kelompok Kerja Perumahan dan Kawasan Pemukiman itu lembaga apa ya?",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        "Pokja PKP itu apa? dasar hukumnya apa?",
        "istilah.pokjapkp",
    ),
    (
        (
            "Alhamdulillah SK Pokja kami sudah terbit. Cuma mau tanya, PPAS di Pokja PPAS itu "
            "singkatan apa?"
        ),
        "istilah.pokjappas",
    ),
    (
        "pokja ppas | kepanjangan?",
        "istilah.pokjappas",
    ),
    (
        "Mbak Bot, AMPL di Pokja AMPL itu kepanjangannya apa ya?",
        "istilah.pokjaampl",
    ),
    (
        (
            "Waktu kabut asap karhutla kemarin yang rapat soal air bersih itu Pokja AMPL. "
            "Pokja AMPL itu sebenarnya apa?"
        ),
        "istilah.pokjaampl",
    ),
    (
        "Dokumen RP3KP kami tebalnya ± 250 hlm, tapi RP3KP itu sebenarnya apa?",
        "istilah.rp3kp",
    ),
    (
        "apa kepanjangan RP3\u200bKP?",
        "istilah.rp3kp",
    ),
    (
        (
            "Rencana Pencegahan dan Peningkatan Kualitas Perumahan Kumuh dan Pemukiman Kumuh "
            "itu dokumen apa?"
        ),
        "istilah.rp2kpkp",
    ),
    (
        "Please can you tell what RP2KPKP is? And in which regulation is it written?",
        "istilah.rp2kpkp",
    ),
    (
        (
            "Assalamualaikum wr wb. Dulu ada program KOTAKU di kelurahan kami, itu singkatan "
            "apa ya? Wassalam."
        ),
        "istilah.kotaku",
    ),
    (
        "kotaku / program apa?",
        "istilah.kotaku",
    ),
    (
        "Min, DAK Tematik PPKT itu PPKT-nya singkatan apa?",
        "istilah.daktematikppkt",
    ),
    (
        (
            "Setelah longsor di Puruk Cahu, orang PU bilang coba lewat DAK Tematik PPKT. Itu "
            "maksudnya DAK apa?"
        ),
        "istilah.daktematikppkt",
    ),
    (
        "Di usulan kami tertulis sumber dana APBN Rp 1,5 M. APBN itu singkatan apa sih?",
        "istilah.apbn",
    ),
    (
        "ＡＰＢＮ itu kepanjangannya apa",
        "istilah.apbn",
    ),
    (
        "Anggaran Pendapatan Belanja Daerah itu apa persisnya?",
        "istilah.apbd",
    ),
    (
        "APBD itu apa? tolong sebutkan juga sumbernya",
        "istilah.apbd",
    ),
    (
        "Salam sejahtera bapak ibu, APBDes itu apa ya? Kepala desa kami menyebut itu terus.",
        "istilah.apbdes",
    ),
    (
        "APBDes | arti?",
        "istilah.apbdes",
    ),
    (
        "Sobat Sinkron, Bankeu itu singkatan dari apa ya?",
        "istilah.bankeu",
    ),
    (
        (
            "The governor visits Kuala Kurun next week and everybody talks about Bankeu. What "
            "is Bankeu exactly?"
        ),
        "istilah.bankeu",
    ),
    (
        "Tahun ini ada ± 12 usulan pokir dari dewan. Pokir itu kepanjangannya apa?",
        "istilah.pokir",
    ),
    (
        "Pókir itu singkatan apa ya?",
        "istilah.pokir",
    ),
    (
        "Musyawarah Perencanaan Pembangunan itu forum apa sebetulnya?",
        "istilah.musrenbang",
    ),
    (
        "Musrenbang itu singkatan apa, dan diatur di aturan mana?",
        "istilah.musrenbang",
    ),
    (
        "Bismillahirrahmanirrahim, mohon pencerahan, RKPD itu singkatan dari apa?",
        "istilah.rkpd",
    ),
    (
        "RKPD / arti / dokumen apa?",
        "istilah.rkpd",
    ),
    (
        "Min, Renja itu singkatan apa?",
        "istilah.renja",
    ),
    (
        (
            "Di tengah demo warga soal jalan rusak, Sekda bilang 'nanti dimasukkan ke Renja'. "
            "Renja itu maksudnya apa?"
        ),
        "istilah.renja",
    ),
    (
        "Renstra dinas kami memuat target ±1.500 unit RLH. Renstra itu sebenarnya dokumen apa?",
        "istilah.renstra",
    ),
    (
        "Rénstra itu kepanjangannya apa?",
        "istilah.renstra",
    ),
    (
        "Rencana Pembangunan Jangka Menengah Daerah itu dokumen apa ya?",
        "istilah.rpjmd",
    ),
    (
        "What is the RPJMD? Where does this definition come from?",
        "istilah.rpjmd",
    ),
    (
        "Om swastiastu. KUA-PPAS itu kepanjangannya apa? Suksma.",
        "istilah.kuappas",
    ),
    (
        "KUA-PPAS | arti?",
        "istilah.kuappas",
    ),
    (
        "Bang Bot, RKA itu kepanjangannya apa?",
        "istilah.rka",
    ),
    (
        (
            "After the puting beliung in Pulang Pisau the finance people all speak of RKA. "
            "What means RKA?"
        ),
        "istilah.rka",
    ),
    (
        "Paket 3½ km jaling kami katanya sudah masuk DPA. DPA itu apa?",
        "istilah.dpa",
    ),
    (
        "DΡA itu dokumen apa ya?",
        "istilah.dpa",
    ),
    (
        "Sistem Informasi Pemerintah Daerah itu maksudnya aplikasi apa ya?",
        "istilah.sipd",
    ),
    (
        "SIPD itu apa? dasar hukumnya apa?",
        "istilah.sipd",
    ),
    (
        "Alhamdulillah sudah sampai Palangka Raya. Mau tanya, Bapperida itu badan apa ya?",
        "istilah.bapperida",
    ),
    (
        "bapperida / kepanjangan?",
        "istilah.bapperida",
    ),
    (
        "Hello Min, what is an OPD? I see this word everywhere in the documents.",
        "istilah.opd",
    ),
    (
        "Waktu kebakaran pasar di Sampit semua OPD turun. OPD itu singkatan apa ya?",
        "istilah.opd",
    ),
    (
        "Di kabupaten kami ada ±35 SKPD. SKPD itu singkatan apa?",
        "istilah.skpd",
    ),
    (
        "ＳＫＰＤ itu artinya apa?",
        "istilah.skpd",
    ),
    (
        "Sistem Penyediaan Air Minum itu istilah untuk apa sebenarnya?",
        "istilah.spam",
    ),
    (
        "SPAM dalam dokumen perkim itu apa? bukan email spam kan? sumbernya dari mana?",
        "istilah.spam",
    ),
    (
        "Salam sejahtera. SPALD itu kepanjangannya apa, Pak?",
        "istilah.spald",
    ),
    (
        "SPALD | arti",
        "istilah.spald",
    ),
    (
        "Kak Sinkron, IPAL itu apa ya?",
        "istilah.ipal",
    ),
    (
        (
            "Setelah banjir di Kuala Kapuas, IPAL komunal di RT kami meluap. IPAL itu "
            "sebenarnya apa?"
        ),
        "istilah.ipal",
    ),
    (
        "TPS3R untuk ± 400 KK itu maksudnya tempat apa ya?",
        "istilah.tps3r",
    ),
    (
        "TPS3Ｒ itu apa ya?",
        "istilah.tps3r",
    ),
    (
        "Mandi Cuci Kakus itu fasilitas seperti apa yang dimaksud di dokumen?",
        "istilah.mck",
    ),
    (
        (
            "Is it so that MCK is a kind of public toilet? What does it stand for, and where "
            "is it defined?"
        ),
        "istilah.mck",
    ),
    (
        "Bismillah. RTRW itu singkatan apa ya? Bukan RT/RW kan?",
        "istilah.rtrw",
    ),
    (
        "RTRW / artinya?",
        "istilah.rtrw",
    ),
    (
        "Pak Robot, RDTR itu maksudnya apa?",
        "istilah.rdtr",
    ),
    (
        "Ada protes warga soal penggusuran, katanya lokasinya tidak sesuai RDTR. RDTR itu apa?",
        "istilah.rdtr",
    ),
    (
        "Untuk ruko ± 120 m², pemiliknya disuruh urus PBG. PBG itu sebenarnya apa?",
        "istilah.pbg",
    ),
    (
        "PBG itu apa? penggánti IMB ya?",
        "istilah.pbg",
    ),
    (
        "Sertifikat Laik Fungsi itu maksudnya sertifikat apa?",
        "istilah.slf",
    ),
    (
        "SLF itu apa? menurut aturan mana?",
        "istilah.slf",
    ),
    (
        "Shalom, SKBG itu singkatan apa ya bapak/ibu?",
        "istilah.skbg",
    ),
    (
        "SKBG | stands for? | rusun",
        "istilah.skbg",
    ),
    (
        "Min, SKT itu kepanjangannya apa? surat tanah ya?",
        "istilah.skt",
    ),
    (
        "Rumah warga di Desa Gohong terbakar, tanahnya cuma ada SKT. SKT itu surat apa?",
        "istilah.skt",
    ),
    (
        "Lahan 2.500 m² kami disebut harus clean and clear, maksud istilah itu apa?",
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    (
        "Arti “cleán and cléar” untuk lahan itu apa?",
        "istilah.cleanandclear",
    ),
    (
        "Tanggung Jawab Sosial Perusahaan yang sering disebut CSR itu maksudnya apa?",
        "istilah.csr",
    ),
    (
        "CSR itu apa? sertakan dasar hukumnya ya",
        "istilah.csr",
    ),
    (
        "Assalamualaikum. Rakor itu kepanjangannya apa ya? Saya pegawai baru.",
        "istilah.rakor",
    ),
    (
        "rakor | singkatan | kepanjangan?",
        "istilah.rakor",
    ),
    (
        "Min, LAPOR! itu apa? yang pakai tanda seru itu.",
        "istilah.lapor",
    ),
    (
        (
            "When residents protested about the drainage someone said to use LAPOR!. What is "
            "LAPOR! exactly?"
        ),
        "istilah.lapor",
    ),
    (
        "Undangan tertulis pukul 09.00 WIB. WIB itu singkatan apa? UTC+7 kah?",
        "istilah.wib",
    ),
    (
        "Backlóg perumahan itu maksudnya apa?",
        "istilah.backlog",
    ),
    (
        "What is meant with backlog in housing? I read it in the Renstra already.",
        "istilah.backlog",
    ),
    (
        "PKP dalam urusan perkim itu apa? dasar hukumnya apa?",
        "istilah.pkp",
    ),
    (
        "Om swastiastu, PKP itu singkatan dari apa? Bukan pengusaha kena pajak kan?",
        "istilah.pkp",
    ),
    (
        "kumuh | definisi | menurut UU?",
        "istilah.kumuh",
    ),
    (
        "Bang Bot, yang disebut permukiman kumuh itu apa sih?",
        "istilah.kumuh",
    ),
    (
        "Habis angin puting beliung, kabupaten mau coba ajukan DAK. DAK itu kepanjangannya apa?",
        "istilah.dak",
    ),
    (
        "Ada DAK Rp 2,5 M masuk ke dinas kami. DAK itu dana apa ya?",
        "istilah.dak",
    ),
    (
        "rüsun itu apa ya? sama dengan apartemen?",
        "istilah.rusun",
    ),
    (
        "Rumah Susun itu maksudnya bangunan seperti apa?",
        "istilah.rusun",
    ),
]

ROUND54_INTENTS: list[tuple[str, str]] = [
    (
        "Min, usulan jalan lingkungan kami yang dikirim bulan lalu sudah sampai tahap mana?",
        "status",
    ),
    (
        "USL-2026-0007 statusnya gimana, sudah diverifikasi belum?",
        "status",
    ),
    (
        "Is our drainage proposal from Kotim accepted already or still in checking?",
        "status",
    ),
    (
        "rakor / tahun ini / kapan & di mana?",
        "meeting",
    ),
    (
        "Bismillah, Rakor Kawasan Permukiman berikutnya tanggal berapa dan mulai jam berapa?",
        "meeting",
    ),
    (
        ("Mbak Bot, rapat koordinasi yang akan datang tempatnya di aula dinas lagi atau di hotel?"),
        "meeting",
    ),
    (
        "Batas akhir pengiriman usulan tahun ini sampai tanggal berapa?",
        "deadline",
    ),
    (
        "Until when is it possible to send proposals for this cycle?",
        "deadline",
    ),
    (
        "usulán untuk TA 2027 ditutup kapan?",
        "deadline",
    ),
    (
        "Assalamualaikum wr wb, selamat pagi Min",
        "greeting",
    ),
    (
        "Terima kasih banyak Kak Sinkron, sangat membantu 🙏",
        "greeting",
    ),
    (
        "Halo, tolong bantu saya ya",
        "greeting",
    ),
    (
        "Gimana cara input usulan lewat bot ini?",
        "how_to_submit",
    ),
    (
        "Pak Robot, langkah-langkah mengirim usulan PSU dari HP bagaimana?",
        "how_to_submit",
    ),
    (
        "cara ajukan usulan / lewat Sinkron / mulai dari mana?",
        "how_to_submit",
    ),
    (
        "Min, usulan jaling dari Kotim kemarin sudah diterima atau masih diperiksa?",
        "status",
    ),
    (
        "ùsulan drainase kami di Kasongan sudah disetujui belum ya?",
        "status",
    ),
    (
        "Our proposal for the drainage in Buntok, is it accepted already?",
        "status",
    ),
    (
        "rakor | tahun ini | tanggal & tempat?",
        "meeting",
    ),
    (
        "Assalamualaikum, Rakor berikutnya jadinya tanggal berapa dan di mana ya?",
        "meeting",
    ),
    (
        (
            "Kalau banjir di Palangka Raya belum surut, rapat koordinasi bulan depan tetap di "
            "aula? mulai jam berapa?"
        ),
        "meeting",
    ),
    (
        "Batas akhír usulán tahun ini sampai tanggal berapa?",
        "deadline",
    ),
    (
        "Until when is it possible to send proposals in this cycle?",
        "deadline",
    ),
    (
        "Mbak Bot, usulan untuk tahun anggaran depan paling lambat dikirim kapan?",
        "deadline",
    ),
    (
        "Selamat pagi, salam sejahtera untuk kita semua 🙏",
        "greeting",
    ),
    (
        "Makasih banyak ya Kak Sinkron, sangat membantu",
        "greeting",
    ),
    (
        "Halo, bisa minta tolong dibantu?",
        "greeting",
    ),
    (
        "Bagaimana cara memasukkan usulan Prasarana Sarana dan Utilitas lewat bot ini?",
        "how_to_submit",
    ),
    (
        "input usulan baru | lewat bot | caranya?",
        "how_to_submit",
    ),
    (
        "Please can you tell how I enter a new proposal through this bot?",
        "how_to_submit",
    ),
]

ROUND54_AREAS: list[tuple[str, str]] = [
    (
        "kumuh/9,5 ha/kewenangan siapa?",
        "kabkota",
    ),
    (
        "Kawasan kumuh di Baamang Hilir luas delineasinya 12½ hektar, itu ditangani siapa?",
        "provinsi",
    ),
    (
        "Min, lokasi kumuh kami pas 10 ha, masuk provinsi atau masih kabupaten?",
        "provinsi",
    ),
    (
        "Luas kumuh di SK tertulis 15,00 Ha, provinsi masih bisa tangani atau sudah pusat?",
        "pusat",
    ),
    (
        "Kawasan kumuh tepian sungai 85.000 m2 di Kuala Kapuas, itu kewenangan provinsi kah?",
        "kabkota",
    ),
    (
        "A slum area of 14.9 hectares in Palangka Raya, who is responsible for it?",
        "provinsi",
    ),
    (
        "Bismillah, kawasan kumuh seluas 1.200 are di Pangkalan Bun kewenangan siapa?",
        "provinsi",
    ),
    (
        (
            "Pascabanjir, kawasan kumuh di Mentaya Hilir Selatan yang luasnya ± 22 hektare "
            "itu tanggung jawab siapa?"
        ),
        "pusat",
    ),
    (
        "kawasan kumüh 0,1 km² tanggung jawab siapa ya?",
        "provinsi",
    ),
    (
        "Kumuh 99.999 meter persegi, kewenangan kabupaten atau provinsi?",
        "kabkota",
    ),
    (
        "Lokasi kumuh di SK 150.000 m² — siapa yang berwenang menatanya?",
        "pusat",
    ),
    (
        (
            "Kawasan kumuh 3 hektar di Desa Tumbang Talaken, kewenangan siapa dan dasar "
            "hukumnya apa?"
        ),
        "kabkota",
    ),
    (
        "kumuh 9,99 ha di Kumai, kewenangan siapa?",
        "kabkota",
    ),
    (
        "Bismillah, kawasan kumuh di Pahandut luasnya 12½ hektar, ini tanggung jawab siapa?",
        "provinsi",
    ),
    (
        "kumuh/15 ha/kewenangan?",
        "pusat",
    ),
    (
        (
            "Kawasan kumuh seluas tepat 10 hektare di Baamang itu ditangani pemerintah mana? "
            "sertakan dasar hukumnya"
        ),
        "provinsi",
    ),
    (
        "Min, delineasi kumuh kami 98.500 m2, siapa yang berwenang?",
        "kabkota",
    ),
    (
        (
            "Habis kebakaran di kawasan kumuh tepian sungai Mentawa Baru, luasnya 14,99 ha "
            "menurut SK, yang menangani provinsi atau pusat?"
        ),
        "provinsi",
    ),
    (
        "luas kumüh 1.600 are, kéwenangan siapa?",
        "pusat",
    ),
    (
        "How is it with a slum area of 22 hectares in Sampit, who is responsible?",
        "pusat",
    ),
    (
        (
            "Permukiman kumuh 150.000 meter persegi di Kuala Kapuas masuk kewenangan "
            "pemerintah pusat atau provinsi?"
        ),
        "pusat",
    ),
    (
        "Kawasan kumuh ± 9ha di Muara Teweh, siapa yang tangani?",
        "kabkota",
    ),
    (
        "lokasi kumuh 0,1 km² di Buntok, wewenang siapa?",
        "provinsi",
    ),
    (
        "Sobat Sinkron, kumuh 47.000 m² di Tamiang Layang ditangani siapa?",
        "kabkota",
    ),
]

ROUND54_OUT_OF_SCOPE: list[str] = [
    "Berapa total pagu anggaran Disperkimtan untuk penanganan kumuh tahun 2027?",
    "Harga satuan paving block untuk jalan lingkungan di Kotim berapa per m2?",
    "Siapa pemenang tender pembangunan drainase kawasan kumuh Pahandut tahun lalu?",
    "Nomor HP Kabid Kawasan Permukiman Disperkimtan berapa ya Min?",
    "Berapa unit rumah jatah Program 3 Juta Rumah untuk Kalteng tahun depan?",
    "Peserta Rakor tahun lalu dapat uang transport berapa per orang?",
    "Besok di Palangka Raya hujan nggak ya?",
    "Syarat pengajuan izin tambang galian C di Katingan apa saja?",
    "Cara urus BPJS Kesehatan untuk tenaga honorer gimana?",
    "Pendaftaran CPNS Pemprov Kalteng 2026 kapan dibuka?",
    "Berapa tarif PDAM per kubik di Sampit sekarang?",
    "Min, rekomendasi tempat makan juhu singkah yang dekat kantor dinas dong",
    "Kalteng Putra kemarin menang atau kalah, skornya berapa?",
    "How much is the land price per m2 in Palangka Raya nowadays?",
    "Gaji PPPK paruh waktu di pemprov itu berapa sih per bulan?",
    "Berapa total pagu APBD Provinsi untuk Disperkimtan tahun 2027?",
    "Min, nilai bantuan BSPS per unit rumah tahun ini berapa rupiah?",
    "Siapa pemenang tender paket jalan lingkungan di Sampit tahun lalu?",
    "Nomor HP Kabid Kawasan Permukiman Disperkimtan berapa ya? mau konfirmasi langsung",
    "rakor | uang transport peserta | berapa per orang?",
    "Berapa unit RTLH yang diperbaiki provinsi di Kabupaten Seruyan tahun 2024?",
    "Besok cuaca di Palangka Raya hujan tidak?",
    "Harga semen per sak di Muara Teweh sekarang berapa?",
    "Assalamualaikum, gimana cara daftar KIP Kuliah untuk anak saya?",
    "Jadwal kapal dari Kumai ke Semarang minggu depan ada tanggal berapa saja?",
    "Bagaimana syarat perpanjangan SIM di Polres Kapuas?",
    "Can you tell the exchange rate of euro to rupiah today?",
    "Bang Bot, tolong buatkan surat permohonan cuti tahunan untuk saya",
    "Siapa jüara Liga 1 musim ini?",
    "Berapa tarif retribusi sampah per bulan di Palangka Raya?",
]
