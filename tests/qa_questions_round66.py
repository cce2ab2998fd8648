"""Held-out question table, round 66 (written 2026-12-07 as round 38 of tuning began; never
tuned on).

Two writers who had not seen the knowledge base or any other question table each wrote half:
they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place
list). Nobody tuning the matcher reads this file: bench/qa_quality.py --final measures it.

Its styles were new to the bot when it was written, and nothing was built for them: Bugis or
Makassar particles, Malaysian Malay words, a forwarded message around the question, asking to
confirm a claim (sometimes a wrong one), swipe-keyboard damage, urgency, chat-note formatting
with markdown and bullets, asking on behalf of a superior; Irish English for the first half of
the topic list and Singaporean English for the second.
"""

ROUND66_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "**Rekap kewenangan PKP**\n• pusat?\n• provinsi?\n• kab/kota?\nMohon dijelaskan "
            "secara umum pembagian urusan perumahan & kawasan permukiman antar tingkat "
            "pemerintahan"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Would you ever give me the big picture of who does what in housing and "
            "settlements, the centre, the province and us at the regency?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "katanya perumahan itu cuma urusan pilihan, jadi boleh aja gak dianggarkan di "
            "APBD. betul gak?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "Perumahan dan kawasan permukiman ni termasuk urusan wajib pelayanan dasar ke, "
            "atau urusan biasa sahaja? Dasar hukumnya pasal berapa?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "pembagiankewenangan kumuh berdasarkanluas itu gmn yaa, brp hektar yg masuk "
            "provinsii brp yg kabupaten"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Tabe' pak, penanganan kawasan kumuh itu dibagi menurut luasnya di'? "
            "Berapa-berapa ji batasnya untuk kabupaten, provinsi, sama pusat?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Bapak Kadis menanyakan: kawasan kumuh yang luasnya 15 hektar ke atas itu "
            "sebenarnya kewenangan siapa, dan apakah masih bisa diusulkan ke provinsi?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "What's the story with the really big slum areas, the ones fifteen hectares and "
            "up? Sure the province won't touch them, so who does?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Pencegahan kumuh tu tanggungjawab siapa ya? Boleh ke provinsi bantu program "
            "pencegahan kat kabupaten kami?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "Fwd: dari grup Perkim Kobar\n> Tahun depan pencegahan kumuh di Kumai Hulu kita "
            "usulkan ke provinsi aja, biar gak pakai APBD\nItu memang bisa? Pencegahan "
            "kumuh itu kewenangan siapa sebenarnya?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "urgent, besok pagi paparan: di sub-urusan perumahan itu kewenangan provinsi "
            "apa aja, kabupaten apa aja? mohon cepat ya"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "The Bupati's after asking me: in the housing sub-affair, what's the province "
            "actually on the hook for, as opposed to ourselves at the regency?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "Bener ga sih kalau penyediaan rumah buat MBR sama pembiayaan perumahannya itu "
            "urusan pusat, bukan provinsi?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Iye pak, rumah untuk masyarakat berpenghasilan rendah itu pusat ji yang "
            "tangani toh? Provinsi tidak bisa bangunkan?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Disuruh pak Bupati nanya: rumah warga korban banjir di Kapuas Hilir yang rusak "
            "berat, yang bangun kembali itu kabupaten atau provinsi?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "kalo warga kena relokasi programprovinsi, rumahnyaa siapa yg sediakan? "
            "provinsi atu kabupaten"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "_Perizinan_\n- izin pembangunan perumahan\n- izin kawasan permukiman\n- "
            "SKBG\nKetiganya yang menerbitkan siapa ya, provinsi atau kab/kota?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "Developer nak bina taman perumahan kat Sampit, izin pembangunan perumahan tu "
            "perlu ke dari provinsi, atau kabupaten sahaja yang keluarkan?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            'Diteruskan dari grup Bappeda Barut:\n"Mohon sub-urusan kawasan permukiman '
            'dipetakan kegiatannya per level pemerintahan"\nMin, isi sub-urusan kawasan '
            "permukiman itu apa aja? Provinsi pegang yang mana?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Grand, so what falls under the settlement-areas sub-affair, the kawasan "
            "permukiman one, and which bits of it are the province's job?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "Kata teman di Dinas PU, PSU perumahan sama PSU permukiman itu sama aja dan "
            "semuanya urusan provinsi. Betul gak?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Tabe' pak, PSU yang jadi kewenangan provinsi itu PSU yang mana di'? Yang di "
            "kompleks perumahan developer juga ji?"
        ),
        ("kewenangan.psu", "psu.lingkup_provinsi"),
    ),
    (
        (
            "jalan kabupaten depan pasar Kuala Kurun rusak parah, bisa masuk PSU provinsi "
            "gak? ataucuma jalan lingkungan aja yg bisaa"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Bu Sekda minta info: sertifikasi dan registrasi perancang rumah dan perencana "
            "PSU itu siapa yang berwenang? Kabupaten bisa terbitkan sendiri?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "**Certification**\n- house designers\n- PSU planners\nWho certifies and "
            "registers them? Is it us at the regency or ye at the province?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        ("SPM perumahan untuk provinsi tu apa sahaja jenis layanannya? Targetnya berapa peratus?"),
        "kewenangan.spm",
    ),
    (
        (
            "**SPM Bidang Perumahan Rakyat**\nmohon info jenis pelayanan dasar provinsi vs "
            "kab/kota + targetnya 🙏"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "Kata kabid kami, luas kumuh yang dihitung itu luas satu kelurahan, jadi Selat "
            "Hulu otomatis masuk provinsi. Bener gak sih?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "luaskumuh yg dipakaii buat nentuin kewenangan itu luas yg mana ya, luas "
            "desanya atau yg di delineasi SK?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Siapa mi yang tetapkan lokasi kumuh itu pak? Bupati ji atau gubernur? Berapa "
            "tahun sekali harus ditinjau ulang?"
        ),
        "kumuh.penetapan",
    ),
    (
        "*SK kumuh*\nItu surat keputusan apa ya, dan siapa yang menerbitkan?",
        ("istilah.skkumuh", "kumuh.penetapan"),
    ),
    (
        (
            "*Slum criteria*\n- buildings\n- neighbourhood roads\n- ...\nWhat are the seven "
            "aspects, so? I was giving out to a colleague about it and I can't remember the "
            "rest."
        ),
        "kumuh.aspek",
    ),
    (
        (
            "Fwd: Notulen survei Pahandut\n> aspek bangunan ✔, jalan lingkungan ✔, drainase "
            "✔, sisanya menyusul\nAspek kriteria kumuh yang lain apa aja ya? totalnya 7 kan"
        ),
        "kumuh.aspek",
    ),
    ("Skor kumuh tu macam mana dikira? Berapa markah baru dikira kumuh berat?", "kumuh.penilaian"),
    ("katanya kumuh berat itu kalau skornya 71 ke atas, betul gak?", "kumuh.penilaian"),
    ("rentangskor kumuhsedang sama kumuh ringan berapa yaa", "kumuh.tingkat_sedang_ringan"),
    (
        (
            "Pak Kabid menanyakan, lokasi kita di Mendawai skornya 41, itu masuk kumuh "
            "sedang atau ringan?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Kalau kumuhnya di atas tanah yang ilegal, pola penanganannya apa mi? Pemugaran "
            "kah, peremajaan kah?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "What's the difference between pemugaran, peremajaan and pemukiman kembali, and "
            "when would you use each one?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "urgent bgt: data kumuh Kalteng totalnya berapa lokasi dan berapa hektar? buat "
            "sambutan pak Gub besok pagi"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "📊 *Data kumuh provinsi*\n- jumlah lokasi?\n- total luas?\n- kabupaten mana "
            "paling banyak?\nTolong dibantu"
        ),
        "kumuh.kalteng",
    ),
    (
        ("Usulan kegiatan ke provinsi tu kena isi apa sahaja? Dan kenapa semua maklumat tu perlu?"),
        "usulan.isi",
    ),
    (
        (
            "Diteruskan dari Sekretariat Dinas Perkim Katingan:\n> Mohon segera susun "
            "usulan kegiatan TA 2027\nIsi usulan itu apa aja ya yang diminta provinsi, biar "
            "gak bolak-balik?"
        ),
        "usulan.isi",
    ),
    (
        ("Bener ga sih kalau ke provinsi cuma bisa usul RTLH aja? Kumuh sama PSU gak bisa?"),
        "usulan.jenis",
    ),
    (
        (
            "Fwd: from the Seruyan group\n> sure the province only takes slum proposals "
            "these days\nIs that right? What kinds of proposals can we actually send up to "
            "them?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "data lokasiusulan yg harus diisi apa aja, perlu titik GPS gak? kecamatan desa "
            "nama lokasii"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Data lokasi usulan itu apa-apa saja yang mesti diisi di'? Nama lokasinya harus "
            "sama ji dengan yang di SK kumuh?"
        ),
        "usulan.lokasi",
    ),
    (
        (
            "Bapak Kadis menanyakan, di usulan itu penerima manfaat dihitung pakai apa (KK, "
            "jiwa, unit?) dan sumber dananya boleh kombinasi atau tidak?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "mohon cepat: di usulan kolom biaya sama sumber dana pilihannya apa aja? boleh "
            "kombinasi APBD kab + CSR? mau input sekarang"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "**Checklist RC usulan PSU**\n• DED?\n• RAB?\n• surat bupati?\nDokumen kesiapan "
            "apa saja yang dilihat provinsi untuk usulan PSU?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "Dokumen kesiapan (readiness criteria) tu apa yang patut ada sebelum usulan "
            "boleh dihantar?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "The land for our drainage job is village land with no certificate. Does that "
            "pass as clean and clear, or are we in trouble?"
        ),
        "usulan.lahan",
    ),
    ("status lahan utk usulan harus gimanaa? lahan desa tanpa sertifikatbisa gak", "usulan.lahan"),
    (
        "Katanya SK kumuh tahun 2019 masih bisa dipakai buat usulan 2027, bener ga?",
        "usulan.sk_kumuh",
    ),
    (
        (
            "Fwd: Kabid Kawasan\n> Jangan lupa lampirkan SK kumuh ya\nYang diminta dari SK "
            "kumuh di usulan kumuh itu apa aja? nomor, tanggal, terus apa lagi?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "*Lampiran usulan*\n- DED\n- RAB\n- RKS\n- site plan\nItu wajib semua? Fotonya "
            "berapa lembar?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "Pak Sekda minta dipastikan, dokumen teknis yang dilampirkan di usulan itu apa "
            "saja? DED sama RAB cukup?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "besok deadline internal, surat pernyataan hibah dan O&P itu isinya apa dan "
            "siapa yg tanda tangan? mohon cepat"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Do we have to sign some statement saying we'll take the asset as a grant and "
            "look after it afterwards? What's the story with that?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        ("Nak usul RTLH lewat provinsi, syaratnya apa? Boleh ke bina rumah baru kat tanah kosong?"),
        "usulan.rtlh",
    ),
    (
        (
            "Kata pak kades, RTLH provinsi bisa buat warga yang numpang di tanah orang asal "
            "ada surat keterangan. bener gak sih?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Ada warga di Desa Basarang minta jalan lingkungan diperbaiki, bisa ji "
            "masyarakat langsung usul ke provinsi? Apa syaratnya?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "masyarakat mau usul drainase langsung ke provinsi, perlu tandatangan RT RW "
            "lurah camat gakk"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "_Serah terima aset_\nJalan lingkungan yang dibangun provinsi di Buntok nanti "
            "jadi aset siapa? BAST-nya ditandatangani siapa, pemeliharaannya siapa?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Fwd from the Gumas group:\n> handover of the Kuala Kurun drainage next month, "
            "bring the BAST\nWhat's the story with these handovers? Who signs, and who "
            "minds the asset after?"
        ),
        "hibah.aset",
    ),
    (
        (
            "Disuruh pak Bupati nanya: kalau usulan kita ternyata bukan kewenangan "
            "provinsi, dananya bisa dicari dari mana lagi?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "**Opsi pendanaan**\nUsulan kami bukan kewenangan provinsi.\n- APBD kab?\n- "
            "DAK?\n- CSR?\nSaluran dana lain apa saja yang cocok?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "tolong cepat ya, alur usulan tahunan dari kabupaten ke provinsi itu urutannya "
            "gimana dari awal sampai masuk anggaran?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Siklus usulan tiap tahun itu bagaimana mi urutannya? Usulan tahun ini untuk "
            "anggaran tahun depan toh?"
        ),
        "siklus.tahunan",
    ),
    (
        ("Bener ga sih kalau provinsi cuma cek kelengkapan berkas aja, gak ada cek kewenangan?"),
        "siklus.pemeriksaan",
    ),
    (
        ("usulan kitaa diperiksa provinsi gmna caranya? cekadministrasi, teknis, atau apa lagi"),
        "siklus.pemeriksaan",
    ),
    (
        (
            "Forwarded from the Lamandau group:\n> Rakor invitation coming out soon, who's "
            "going this year?\nWhat is this Rakor for the settlements sector at all, and "
            "what gets decided there?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "**Rakor Bidang Kawasan Permukiman**\nIni forum apa ya? Tujuannya apa & siapa "
            "saja pesertanya?"
        ),
        "siklus.rakor",
    ),
    (
        ("Lepas Rakor, usulan tu pergi ke mana? Musrenbang dulu, lepas tu RKPD dan APBD ke?"),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "Fwd: grup TAPD Pulpis\n> usulan perkim yg lolos rakor nanti masuk RKPD "
            "prov\nJadi setelah Rakor itu ke Musrenbang dulu baru RKPD terus APBD? mohon "
            "penjelasan alurnya"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        ("Bu Sekda minta info soal Pokja PKP: itu tugasnya apa dan dasar hukumnya apa?"),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Fwd: undangan rapat Pokja PKP Kab. Kapuas\n> mohon kehadiran seluruh anggota "
            "Pokja PKP\nPokja PKP itu sebenarnya fungsinya apa ya? dasar aturannya apa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        ("asap, alamat kantor Disperkimtan provinsi di mana? mau antar berkas siang ini"),
        "disperkimtan.kontak",
    ),
    (
        (
            "The Kadis wants me to drop papers in to Disperkimtan tomorrow. Where would I "
            "find the office in Palangka Raya? I'm driving over from Sampit."
        ),
        "disperkimtan.kontak",
    ),
    ("perintahbot ini apa aja ya? ada daftar commandnyaa gak", "bot.cara_pakai"),
    (
        ("Bot ni guna waktu apa, WIB ke WITA? Dan ada arahan apa sahaja yang boleh guna?"),
        "bot.cara_pakai",
    ),
    (
        (
            "katanya kalau lagi ngisi /usul terus sinyal putus, semua isian hilang dan "
            "harus ulang dari awal. bener gak?"
        ),
        "bot.usul",
    ),
    (
        (
            "*Kirim usulan via /usul*\n- foto maksimal berapa?\n- PDF boleh berapa file?\n- "
            "bisa salin usulan tahun lalu?"
        ),
        "bot.usul",
    ),
    ("Status 'perlu perbaikan' itu artinya apa mi? Bisa ji dikirim ulang?", "bot.status"),
    (
        ("What does 'dibahas di Rakor' mean as a status, and which of the statuses are final?"),
        "bot.status",
    ),
    (
        (
            "Bapak Kadis menanyakan kenapa usulan bisa berstatus dialihkan, dan setelah itu "
            "kita harus bagaimana?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "urgent, usulan kami ditolak alasannya bukan kewenangan provinsi. langkah "
            "selanjutnya apa? mohon cepat"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Fwd: grup Perkim se-Kalteng\n> usulan kami udh 2 minggu gak ada "
            "kabar\nSebenarnya standar tindak lanjut usulan di bot ini berapa hari ya?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Bener ga sih kalau provinsi wajib jawab usulan dalam 3 hari kerja karena ikut "
            "aturan LAPOR!?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "Kalau saya tak boleh hadir mesyuarat, boleh ke wakilkan kawan? Macam mana nak "
            "sahkan kehadiran dalam bot?"
        ),
        "bot.rapat",
    ),
    ("pengingatrapat dr bot dikirim kapan aja ya, bisa diatur sendirii gak", "bot.rapat"),
    (
        ("Sorry now, what does 'Perkim' stand for? Everyone here says it and I'm only new."),
        "istilah.perkim",
    ),
    ("Perkim itu singkatan dari apa ji pak?", "istilah.perkim"),
    (
        ("cepat ya, Disperkimtan kepanjangannya apa? mau ditulis lengkap di kop surat"),
        "istilah.disperkimtan",
    ),
    ("Disperkimtan tu singkatan apa? 'tan' kat hujung tu maksudnya apa?", "istilah.disperkimtan"),
    ("_Istilah_\n**PSU** = ?\nMohon kepanjangannya", "istilah.psu"),
    ("PSU itu singkatandari apaa ya", "istilah.psu"),
    ("katanya jaling itu singkatan jalan lingkar ya? betul gak?", "istilah.jaling"),
    (
        (
            "Fwd: laporan camat Jekan Raya\n> jaling RT 03 rusak sepanjang 200 m\nJaling "
            "itu maksudnya apa ya?"
        ),
        "istilah.jaling",
    ),
    (
        ("What does drainase mean in these proposals, is it just the ditch along the lane?"),
        "istilah.drainase",
    ),
    ("Pak Bupati menanyakan, yang dimaksud drainase lingkungan itu apa?", "istilah.drainase"),
    ("KR di tabel kumuh itu maksudnya apa di'?", "istilah.kr"),
    (
        ("Fwd: Rekap kumuh Barsel\n> Jelapat: KR, skor 30\nKR di situ maksudnya apa ya?"),
        "istilah.kr",
    ),
    ("KSdi dokumen kumuh artinyaa apa", "istilah.ks"),
    (
        ("Fwd: Rekap baseline Kotim\n> Baamang Hulu: KS\n> Ketapang: KR\nKS itu apa ya?"),
        "istilah.ks",
    ),
    ("KB di tabel kumuh itu Keluarga Berencana kan? bener ga sih?", "istilah.kb"),
    (
        ("urgent: KB di lampiran SK kumuh itu maksudnya apa? lagi ditanya pak asisten sekarang"),
        "istilah.kb",
    ),
    ("What's an SK kumuh when it's at home?", "istilah.skkumuh"),
    ("Delineasi tu maksudnya apa? Macam peta sempadan ke?", "istilah.delineasi"),
    ("Bapak Kadis menanyakan arti delineasi dalam dokumen kumuh", "istilah.delineasi"),
    ("RTLH itu kepanjangannya apa ji?", "istilah.rtlh"),
    ("rtlh tu singkatnnya apa sih", "istilah.rtlh"),
    ("RLH itu sama aja dengan RTLH kan, cuma singkatan lain? betul gak?", "istilah.rlh"),
    ("And RLH, what's that one stand for?", "istilah.rlh"),
    ("mohon cepat, bedah rumah itu maksudnya apa? istilah resminya apa?", "istilah.bedahrumah"),
    (
        (
            "Diteruskan dari grup warga Pangkalan Banteng:\n> kapan bedah rumah turun lagi "
            "pak?\nBedah rumah itu sebenarnya maksudnya apa ya?"
        ),
        "istilah.bedahrumah",
    ),
    ("**BSPS** — kepanjangannya apa ya? & itu program apa?", "istilah.bsps"),
    ("BSPS tu singkatan apa? Program bantuan rumah ke?", "istilah.bsps"),
    ("Bu Sekda tanya MBR itu singkatan apa?", "istilah.mbr"),
    ("MBR itu artinya apa mi pak? Masyarakat apa?", "istilah.mbr"),
    ("What's a rusunawa? Is it any different to an ordinary rusun?", "istilah.rusunawa"),
    ("rusunawaitu apaa ya bedanya sm rumah susun biasa", "istilah.rusunawa"),
    ("katanya rusus itu rumah susun khusus ASN, betul gak?", "istilah.rusus"),
    ("Urgent now, what's a rusus? I need it for a briefing in ten minutes.", "istilah.rusus"),
    (
        (
            "Tabe' pak, mau tanya ji, huntara itu apa kepanjangannya di'? Korban banjir di "
            "Kuala Kapuas katanya mau dibikinkan huntara dulu."
        ),
        "istilah.huntara",
    ),
    (
        "Huntara tu maksudnya apa ya? Macam rumah sementara untuk mangsa banjir ke?",
        "istilah.huntara",
    ),
    (
        (
            "Fwd:\n> Diteruskan dari grup PKP Kab. Katingan\n> Pasca banjir, warga yg masih "
            "di huntara akan dipindah ke huntap tahun depan\nini huntap artinya apa ya?"
        ),
        "istilah.huntap",
    ),
    (
        (
            "katanya huntap itu sama aja dengan rusunawa, betul gak? huntap itu singkatan "
            "dari apa sih sebenarnya"
        ),
        "istilah.huntap",
    ),
    ("KKdiformusulanitu maksudnya apa ya,kepala keluarga atau kartukeluarga?", "istilah.kk"),
    (
        (
            "urgent, besok pagi verifikasi lapangan: yang dimaksud KK di isian penerima "
            "manfaat itu apa? jumlah kepala keluarga kah?"
        ),
        "istilah.kk",
    ),
    (
        (
            "**Isian penerima manfaat**\n• KK: 85\n• jiwa: ?\nJiwa di sini maksudnya apa, "
            "jumlah orangnya semua?"
        ),
        "istilah.jiwa",
    ),
    (
        ("Bapak Kadis menanyakan, di form usulan ada isian 'jiwa', itu artinya apa ya?"),
        "istilah.jiwa",
    ),
    (
        ("Sorry ah, the form keep asking luas in ha, what does ha stand for one? Hectare is it?"),
        "istilah.ha",
    ),
    ("iye pak, satuan 'ha' di isian luas itu apa artinya toh? hektar ji kah?", "istilah.ha"),
    (
        ("DED tu singkatan apa sebenarnya? Konsultan kami sebut DED sahaja, tak pernah terangkan."),
        "istilah.ded",
    ),
    (
        (
            "Diteruskan dari grup Perkim Kobar:\n> Mohon rekan2 siapkan DED dan RAB utk "
            "usulan drainase Kel. Raja\nDED itu kepanjangannya apa ya bang"
        ),
        "istilah.ded",
    ),
    ("bener ga sih RAB itu singkatan dari Rencana Anggaran Belanja? atau Biaya?", "istilah.rab"),
    ("RABitu apaan ya yg diminta provinsi, rencana angaran apaa gitu", "istilah.rab"),
    ("mohon cepat ya, RKS itu singkatan apa? kontraktor nanya sebelum jam 10", "istilah.rks"),
    (
        ("_Kelengkapan dokumen teknis_\n- DED ✔\n- RAB ✔\n- RKS ❓\nRKS ini apa ya maksudnya?"),
        "istilah.rks",
    ),
    (
        (
            "Bu Sekda minta info, KAK yang sering disebut di rapat perencanaan itu apa "
            "kepanjangannya? sama dengan TOR kah?"
        ),
        "istilah.kak",
    ),
    ("My boss keep asking for KAK, what's KAK ah? Same as TOR or not?", "istilah.kak"),
    (
        "Site plan itu apa di'? Kami di Pulang Pisau biasa bilang gambar denah ji.",
        "istilah.siteplan",
    ),
    ("Site plan tu maksudnya pelan tapak ke? Apa sebenarnya dia?", "istilah.siteplan"),
    (
        (
            "Fwd: dari grup Satker\n> RC utama wajib diupload sebelum desk konsultasi\napa "
            "itu RC ya? bukan reinforced concrete kan 😅"
        ),
        "istilah.rc",
    ),
    (
        (
            "katanya RC itu singkatan Rencana Kegiatan, betul gak? soalnya di syarat DAK "
            "ada 'RC teknis'"
        ),
        "istilah.rc",
    ),
    ("BASTstands for what ah, berita acara something?", "istilah.bast"),
    (
        (
            "besok pagi serah terima jalan lingkungan di Kuala Kurun, bapak2 nanya BAST itu "
            "kepanjangannya apa, mohon cepat"
        ),
        "istilah.bast",
    ),
    (
        (
            "**Catatan rapat**\n- aset dr provinsi nanti dihibahkan\n\nHibah itu artinya "
            "apa sih? pemberian cuma2 gitu?"
        ),
        "istilah.hibah",
    ),
    ("disuruh pak Bupati nanya, istilah hibah itu apa artinya ya", "istilah.hibah"),
    ("What is BMD ah? The finance guys say the drainage will become BMD already.", "istilah.bmd"),
    ("BMD itu apa kepanjangannya di'? Barang milik daerah kah?", "istilah.bmd"),
    ("BMN tu apa? Sama macam aset kerajaan pusat ke?", "istilah.bmn"),
    (
        (
            "> Diteruskan dari grup Aset Gumas\n> Hibah BMN jalan lingkungan dari Balai "
            "sudah ditandatangani Bupati\nBMN itu singkatan apa pak?"
        ),
        "istilah.bmn",
    ),
    ("O&P itu Operasional dan Perawatan kan? bener ga sih?", "istilah.op"),
    ("O n P itu apa sih artinyaa,operasi dan pemeliharaan?", "istilah.op"),
    ("URGENT: SPM itu singkatan apa? mau isi laporan sore ini", ("istilah.spm", "kewenangan.spm")),
    (
        ("Laporan triwulan:\n• capaian SPM bidang perumahan\nSPM di sini singkatan dari apa ya?"),
        ("istilah.spm", "kewenangan.spm"),
    ),
    (
        "Pak Kadis tanya, Pokja PKP itu apa sebenarnya? kita diminta bikin SK-nya",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    ("What does Pokja PKP stand for ah?", ("istilah.pokjapkp", "koordinasi.pokja_pkp")),
    ("Pokja PPAS itu apa di'? Yang diketuai Sekda ji toh?", "istilah.pokjappas"),
    ("PPAS dalam Pokja PPAS tu singkatan apa? Tak sama dengan KUA-PPAS ke?", "istilah.pokjappas"),
    (
        (
            "Fwd:\n> Undangan rapat Pokja AMPL Kab. Barito Timur di Tamiang Layang\nAMPL "
            "itu kepanjangannya apa?"
        ),
        "istilah.pokjaampl",
    ),
    ("AMPL itu Air Minum dan Penyehatan Lingkungan kan? betul gak?", "istilah.pokjaampl"),
    ("RP3KPitu dokumen apa ya? rencanapembangunan perumahan apa gitu", "istilah.rp3kp"),
    ("asap pls, RP3KP stands for what? Bappeda asking tomorrow", "istilah.rp3kp"),
    (
        (
            "### Dokumen perencanaan\n- RP3KP\n- RP2KPKP\nYang kedua ini maksudnya apa? "
            "sering ketuker"
        ),
        "istilah.rp2kpkp",
    ),
    ("Bu Kabid minta dijelaskan RP2KPKP itu kepanjangannya apa", "istilah.rp2kpkp"),
    ("KOTAKU is what programme ah? Kota Tanpa Kumuh is it?", "istilah.kotaku"),
    ("Program KOTAKU itu apa ji di'? Dulu ada BKM-nya di kelurahan Pahandut.", "istilah.kotaku"),
    ("DAK Tematik PPKT tu apa? PPKT tu singkatan apa ya?", "istilah.daktematikppkt"),
    (
        (
            "Diteruskan dari grup Bappeda Kotim:\n> Sampit masuk lokasi DAK Tematik PPKT, "
            "siapkan RC\nDAK Tematik PPKT itu apa maksudnya?"
        ),
        "istilah.daktematikppkt",
    ),
    ("APBN itu Anggaran Pendapatan dan Belanja Nasional kan? betul gak?", "istilah.apbn"),
    ("apbnitu dana pusat ya?maksudnya apa", "istilah.apbn"),
    ("Urgent lah, APBD stands for what? Need it for the slide by 8am.", "istilah.apbd"),
    ("*Sumber dana*\n• APBD Prov\n• APBD Kab\nAPBD itu singkatan apa ya?", "istilah.apbd"),
    ("Pak Kabid minta info: APBDes itu apa, dana desa kah?", "istilah.apbdes"),
    ("What's APBDes ah? The village head say can use APBDes for the drain.", "istilah.apbdes"),
    ("Bankeu itu apa toh? bantuan keuangan dari provinsi ji?", "istilah.bankeu"),
    ("Bankeu tu singkatan apa? Boleh ke terangkan sikit", "istilah.bankeu"),
    (
        (
            "Fwd: Grup DPRD Dapil II\n> Usulan jalan lingkungan Desa Anjir Serapat Baru "
            "masuk pokir\nPokir itu apa ya maksudnya?"
        ),
        "istilah.pokir",
    ),
    (
        ("katanya pokir itu usulan dari warga langsung, betul gak? pokir itu apa sih?"),
        "istilah.pokir",
    ),
    ("musrembang itu kepanjangannyaapa sih", "istilah.musrenbang"),
    (
        ("urgent: Musrenbang itu singkatan dari apa? besok pagi bikin sambutan pak Kadis"),
        "istilah.musrenbang",
    ),
    (
        ("_Alur perencanaan_\n1. Musrenbang\n2. RKPD\n3. APBD\nRKPD itu apa kepanjangannya?"),
        "istilah.rkpd",
    ),
    ("My Kadis ask me to check: RKPD is what document ah?", "istilah.rkpd"),
    ("Renja is what document ah? The yearly one is it?", "istilah.renja"),
    ("Renja itu apa di'? Rencana kerja ji?", "istilah.renja"),
    ("Renstra tu apa? Pelan strategik lima tahun ke?", "istilah.renstra"),
    (
        (
            "Diteruskan dari grup Perencanaan Disperkim Bartim:\n> Mohon sinkronkan usulan "
            "dgn Renstra dan RPJMD\nRenstra itu apa ya"
        ),
        "istilah.renstra",
    ),
    ("bener ga sih kalau RPJMD itu rencana 10 tahun? RPJMD itu singkatan apa", "istilah.rpjmd"),
    ("RPJMDitu apasih kepanjangan nya", "istilah.rpjmd"),
    ("KUA-PPAS itu apa? rapat banggar sejam lagi, mohon cepat", "istilah.kuappas"),
    (
        ("**Tahapan anggaran**\n- KUA-PPAS\n- RAPBD\nKUA-PPAS itu apa kepanjangannya?"),
        "istilah.kuappas",
    ),
    ("Bu Kadis minta info RKA itu kepanjangannya apa", "istilah.rka"),
    ("RKA stands for what ah?", "istilah.rka"),
    ("DPA itu apa toh pak? dokumen pelaksanaan anggaran ji kah?", "istilah.dpa"),
    ("DPA tu singkatan apa sebenarnya?", "istilah.dpa"),
    ("Fwd:\n> SIPD tutup input usulan tgl 20\nSIPD itu sistem apa ya?", "istilah.sipd"),
    ("Someone say SIPD is Bappenas system, true or not? What is SIPD actually?", "istilah.sipd"),
    ("baperida itu badan apa ya,kepanjangannya", "istilah.bapperida"),
    (
        ("besok pagi rapat di Bapperida, Bapperida itu kepanjangan apa ya? mohon cepat"),
        "istilah.bapperida",
    ),
    ("**Pengusul**: OPD teknis\nOPD itu apa artinya?", "istilah.opd"),
    ("Bapak Kadis menanyakan istilah OPD itu singkatan dari apa", "istilah.opd"),
    ("SKPD is what one? Old name for OPD is it?", "istilah.skpd"),
    ("SKPD itu apa di'? Satuan kerja ji?", "istilah.skpd"),
    ("SPAM tu bukan emel sampah kan? Dalam perkim SPAM tu maksudnya apa?", "istilah.spam"),
    (
        (
            "> Diteruskan dari grup Air Minum Seruyan\n> jaringan SPAM diperluas ke Kel. "
            "Kuala Pembuang II\nSPAM itu singkatan apa ya"
        ),
        "istilah.spam",
    ),
    (
        ("katanya SPALD itu sama dengan septic tank biasa, bener ga sih? SPALD itu apa"),
        "istilah.spald",
    ),
    ("SPALDitu sistem pengelolaan air limbah domestik ya?maksudnya apa", "istilah.spald"),
    ("Urgent: what is IPAL ah? Need to answer the council this afternoon", "istilah.ipal"),
    ("- IPAL komunal\n- MCK++\nIPAL itu apa ya artinya?", "istilah.ipal"),
    ("disuruh pak Bupati nanya TPS3R itu apa", "istilah.tps3r"),
    ("TPS3R is what ah? 3R means reduce reuse recycle is it?", "istilah.tps3r"),
    ("MCK itu apa kepanjangannya di'? mandi cuci kakus ji toh?", "istilah.mck"),
    ("MCK tu apa? Macam tandas awam ke?", "istilah.mck"),
    (
        (
            "Fwd: grup Tata Ruang Lamandau\n> lokasi harus sesuai RTRW dan RDTR\nRTRW itu "
            "apa ya? bukan RT/RW kan"
        ),
        "istilah.rtrw",
    ),
    ("bener ga sih kalau RTRW itu maksudnya Rukun Tetangga / Rukun Warga?", "istilah.rtrw"),
    ("rdtr itu rencanadetail tata ruang ya? maksudnya apa", "istilah.rdtr"),
    ("mohon cepat: RDTR kepanjangannya apa? ditanya konsultan", "istilah.rdtr"),
    ("**Perizinan**\n• PBG\n• SLF\nPBG itu apa? pengganti IMB kah?", "istilah.pbg"),
    ("Bu Sekda minta info PBG itu singkatan apa", "istilah.pbg"),
    ("SLF is what certificate ah? Sertifikat Laik Fungsi?", "istilah.slf"),
    ("SLF itu apa di'? sertifikat apa ji?", "istilah.slf"),
    ("SKBG tu sijil apa? Sijil pemilikan bangunan ke?", "istilah.skbg"),
    (
        ("Diteruskan dari grup Rusun PKY:\n> penghuni minta SKBG\nSKBG itu kepanjangannya apa ya"),
        "istilah.skbg",
    ),
    ("katanya SKT itu sama dengan sertifikat BPN, betul gak? SKT itu apa sih", "istilah.skt"),
    ("SKTitu suratketerangan tanah ya?artinya apa", "istilah.skt"),
    (
        "besok pagi rapat, clean and clear itu maksudnya apa ya? mohon cepat",
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    (
        ("*Kesiapan lahan*: clean & clear ☐\nyang disebut clean and clear itu apa ya?"),
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    ("Bapak Kadis menanyakan CSR itu apa, dana perusahaan kah?", "istilah.csr"),
    ("CSR means what ah? The palm oil company in Sampit say can help one.", "istilah.csr"),
    ("Rakor itu singkatan apa di'? Rapat koordinasi ji?", ("istilah.rakor", "siklus.rakor")),
    ("Rakor tu apa? Mesyuarat koordinasi ke?", ("istilah.rakor", "siklus.rakor")),
    (
        ("> Warga Buntok melapor lewat LAPOR! soal drainase tersumbat\nwhat is this LAPOR! ah?"),
        "istilah.lapor",
    ),
    (
        ("katanya LAPOR! itu aplikasi punya Pemprov Kalteng, bener ga? LAPOR! itu apa sih"),
        "istilah.lapor",
    ),
    ("WIBitu waktu indonesia bagian apa? jadwal rakor tulis WIB", "istilah.wib"),
    (
        ("asap, WIB itu apa? jadwal zoom jam 09.00 WIB, kami di Muara Teweh ikut WIB kah?"),
        "istilah.wib",
    ),
    (
        "**Data perumahan**\n- backlog: 12.000 unit\nbacklog ini maksudnya apa ya?",
        "istilah.backlog",
    ),
    ("Bu Sekda minta info, backlog perumahan itu artinya apa?", "istilah.backlog"),
    ("PKP stands for what ah? Not the tax one right?", "istilah.pkp"),
    ("PKP itu apa di'? Perumahan dan kawasan permukiman ji?", "istilah.pkp"),
    ("Kumuh tu maksudnya apa? Macam kawasan setinggan ke?", "istilah.kumuh"),
    (
        (
            "> Diteruskan dari grup Kelurahan Mendawai, Pangkalan Bun\n> RT 05 masuk SK "
            "kumuh\nkumuh itu definisinya apa sih?"
        ),
        "istilah.kumuh",
    ),
    ("katanya DAK itu dana dari provinsi, betul gak? DAK itu apa sih sebenarnya", "istilah.dak"),
    ("DAKitu danaalokasi khusus ya? maksudnya apa", "istilah.dak"),
    ("mohon cepat ya, rusun itu maksudnya apa? rumah susun kah", "istilah.rusun"),
    ("**Program pusat**\n- rusun\n- rusus\nrusun itu apa ya?", "istilah.rusun"),
]

ROUND66_INTENTS: list[tuple[str, str]] = [
    (
        (
            "Tabe' pak, usulan kami yang kumuh Selat Hulu sudah sampai mana mi? Sudah "
            "diverifikasi ji kah?"
        ),
        "status",
    ),
    ("usulankami USL-2026-0014 udh sampaimana yaa", "status"),
    ("Any news on our proposals at all? Would you ever tell me where they're at?", "status"),
    ("Mesyuarat Rakor tahun ni bila dan kat mana ya?", "meeting"),
    (
        (
            "Pak Kadis menanyakan Rakor kawasan permukiman tahun ini tanggal berapa dan "
            "tempatnya di mana?"
        ),
        "meeting",
    ),
    (
        (
            "Fwd: grup Perkim Bartim\n> ada yang tau rakor prov jadi kapan?\nMin, Rakor "
            "berikutnya kapan & di mana ya?"
        ),
        "meeting",
    ),
    (("urgent, batas akhir kirim usulan tahun ini sampai tanggal berapa? mohon cepat"), "deadline"),
    (
        (
            "katanya pengiriman usulan ditutup akhir bulan ini, bener ga sih? sampai kapan "
            "sebenarnya?"
        ),
        "deadline",
    ),
    ("**Tenggat usulan TA 2027**\nSampai kapan usulan masih bisa dikirim?", "deadline"),
    ("Iye selamat pagi pak, terima kasih banyak di' atas bantuannya kemarin", "greeting"),
    (
        (
            "Howya, just saying hello, I'm the new lad in the Katingan office. How do I use "
            "this thing?"
        ),
        "greeting",
    ),
    ("makasihbanyak min, udh jelass", "greeting"),
    ("Macam mana nak hantar usulan melalui bot ni?", "how_to_submit"),
    (
        ("Disuruh pak Bupati nanya, kalau mau kirim usulan lewat bot ini caranya gimana?"),
        "how_to_submit",
    ),
    (
        (
            "Quick one, I've to put in a proposal through the bot before lunch. How do I go "
            "about it?"
        ),
        "how_to_submit",
    ),
    (
        (
            "Bapak Kadis menanyakan usulan jalan lingkungan kita yang di Kasongan sudah "
            "sampai mana prosesnya?"
        ),
        "status",
    ),
    (
        ("Our drainage proposal USL-2026-0007 how already? Still stuck at verifikasi or not?"),
        "status",
    ),
    (
        ("Tabe' pak, usulan kami ji dari Puruk Cahu itu sudah diapakan mi? Belum ada kabar toh."),
        "status",
    ),
    ("Bila Rakor tahun ni? Kat mana diadakan, Aula Disperkimtan ke?", "meeting"),
    (
        (
            "Fwd: grup Kabid se-Kalteng\n> tahun lalu Rakor di Aula Disperkimtan 18 "
            "Nov\nyang tahun ini kapan dan dimana ya?"
        ),
        "meeting",
    ),
    (
        (
            "katanya Rakor tahun ini dimajukan jadi bulan September, betul gak? jadwalnya "
            "kapan persisnya?"
        ),
        "meeting",
    ),
    ("batasakhir kirimusulan tahunini sampaitanggal berapa ya", "deadline"),
    (
        ("Urgent lah, until when can send proposals this year? Our documents only ready Friday."),
        "deadline",
    ),
    (("**Tenggat usulan**\n- tahun ini: ?\nsampai kapan usulan masih bisa dikirim?"), "deadline"),
    (
        ("Selamat pagi, saya staf Pak Kadis Perkim Sukamara, disuruh coba bot ini dulu 🙏"),
        "greeting",
    ),
    ("Hello! Thanks ah for the help just now, very useful 👍", "greeting"),
    ("Iye, terima kasih banyak di' pak, sudah jelas mi.", "greeting"),
    ("Macam mana nak hantar usulan melalui bot ni? Perlu isi borang ke?", "how_to_submit"),
    (
        (
            "Fwd:\n> Rekan2, usulan TA 2027 dikirim lewat bot Sinkron ya\ncaranya gimana "
            "kirim usulan lewat bot ini?"
        ),
        "how_to_submit",
    ),
    (
        (
            "katanya usulan cukup kirim PDF ke bot aja tanpa isi form, bener ga? gimana "
            "cara kirim usulan yg benar?"
        ),
        "how_to_submit",
    ),
]

ROUND66_AREAS: list[tuple[str, str]] = [
    (
        ("Kawasan kumuh di Kelurahan Mendawai luasnya 9,8 ha ji, itu kewenangan siapa mi?"),
        "kabkota",
    ),
    (
        (
            "Kata orang Bappeda, kumuh yang 10 ha pas itu masih kabupaten karena belum "
            "lewat 10. Bener gak sih?"
        ),
        "provinsi",
    ),
    (
        (
            "We've a slum area of exactly 15 hectares in Baamang. Is that the province's, "
            "or does it go up to the centre?"
        ),
        "pusat",
    ),
    ("kumuhdi Selat Tengah luasnya 14,9hektar itu kewenangan siapaa", "provinsi"),
    (
        (
            "Kawasan setinggan (kumuh) kat Pahandut Seberang keluasannya 100.000 m2, tu "
            "bawah kuasa siapa?"
        ),
        "provinsi",
    ),
    (
        (
            "Fwd: Hasil pengukuran tim\n> luas delineasi lokasi Ketapang: 95.000 m²\n> "
            "jumlah 310 KK\nJadi ini masuk kewenangan mana ya?"
        ),
        "kabkota",
    ),
    (
        (
            "Bapak Kadis menanyakan, lokasi kumuh Murung Keramat seluas 150.000 meter "
            "persegi itu kewenangan pusat, provinsi, atau kabupaten?"
        ),
        "pusat",
    ),
    (
        (
            "**Lokasi: Baamang Tengah**\n- luas kumuh: 12,5 hektare\n- tingkat: "
            "KS\nKewenangan siapa?"
        ),
        "provinsi",
    ),
    (
        (
            "urgent, kumuh di Kapuas Kuala 27 ha itu bisa diusulkan ke provinsi atau tidak? "
            "mohon cepat"
        ),
        "pusat",
    ),
    (
        (
            "Small one: a slum pocket of 9.5 hectares in Tamiang Layang. Is that ours or "
            "the province's?"
        ),
        "kabkota",
    ),
    (
        (
            "Luas desanya Pendahara itu 60 ha, tapi yang didelineasi di SK kumuh 11,3 ha "
            "ji. Jadi kewenangan siapa mi?"
        ),
        "provinsi",
    ),
    (
        (
            "Kawasan kumuh 3,2 hektar kat Nanga Bulik, perlu ke usul ke provinsi atau "
            "kabupaten sahaja?"
        ),
        "kabkota",
    ),
    ("kumuh9,8ha dikel.Pahandut itu kewenangan siapa", "kabkota"),
    (
        (
            "Urgent ah, slum area exactly 10 ha in Baamang Hulu, Sampit, province or "
            "kabupaten handle? Meeting tomorrow morning"
        ),
        "provinsi",
    ),
    (
        (
            "**Lokasi**: Kel. Selat Hulu, Kuala Kapuas\n**Luas delineasi SK**: 15 "
            "hektare\nini ditangani siapa, pusat atau provinsi?"
        ),
        "pusat",
    ),
    (
        ("Bapak Kadis menanyakan kawasan kumuh 14,9 ha di Muara Teweh masuk kewenangan mana?"),
        "provinsi",
    ),
    (
        (
            "Got one slum area 12 hectares in Pangkalan Bun, who handle ah? Province or the "
            "kabupaten?"
        ),
        "provinsi",
    ),
    (
        ("Tabe', kawasan kumuh di Samba Kahayan luasnya 95.000 m2 ji, itu siapa yang tangani di'?"),
        "kabkota",
    ),
    (
        (
            "Kawasan setinggan seluas 150.000 meter persegi di Kuala Pembuang, kewenangan "
            "siapa? Provinsi boleh ke?"
        ),
        "pusat",
    ),
    (
        (
            "Fwd:\n> SK kumuh Kotim: Desa luas total 40 ha, delineasi kumuh 11,5 ha\nyang "
            "kumuh ini kewenangan provinsi bukan?"
        ),
        "provinsi",
    ),
    (
        (
            "katanya kumuh 10-15 hektar itu provinsi, berarti kalau pas 15 hektar juga "
            "provinsi kan? bener ga sih? lokasi kami di Kasongan Lama 15 hektar"
        ),
        "pusat",
    ),
    ("kumuhh 100.000m² diNanga Bulik ituu kewenangan prov ato kab?", "provinsi"),
    (
        (
            "urgent: lokasi kumuh 9,99 hektare di Tamiang Layang, bisa diusulkan ke "
            "provinsi atau ditangani kab sendiri? mohon cepat"
        ),
        "kabkota",
    ),
    (
        (
            "**Data lokasi**\n• Luas: 22 hektar\n• Kec. Kapuas Hilir\nkewenangan "
            "penanganannya di level mana?"
        ),
        "pusat",
    ),
]

ROUND66_OUT_OF_SCOPE: list[str] = [
    "cara resetpassword SIPD gmn ya, akun operator kami terkunci dr kemarin",
    ("Syarat KPR FLPP kat bank untuk kakitangan kontrak apa ya? Boleh ke saya mohon?"),
    ("mohon cepat, harga satuan semen per sak di Sampit bulan ini berapa? buat RAB"),
    "Bu Sekda minta info kuota BSPS untuk Kalteng tahun 2027 berapa unit?",
    (
        "Would you ever tell me how much the per diem is for travelling up to Palangka "
        "Raya for the Rakor?"
    ),
    "Tabe' pak, kapan mi pencairan TPP bulan ini? Belum masuk ji punya kami",
    (
        "Fwd: grup warga Panarung\n> sertifikat PTSL kapan dibagi pak?\nItu urusan BPN "
        "kan? Jadwal pembagiannya kapan ya?"
    ),
    ("Katanya tunjangan kinerja ASN Pemprov Kalteng naik mulai Januari, bener ga sih?"),
    ("**Laptop kantor**\n- gak bisa buka file DWG\n- AutoCAD minta lisensi\nAda solusi?"),
    ("urgent, besok pagi tim turun survei drainase ke Buntok, cuacanya hujan gak ya?"),
    ("What's the story with the Telegram desktop app? It keeps logging me out on the office PC."),
    ("Any idea what the PBB property tax comes to on a family home in Palangka Raya, roughly?"),
    "Pak Kadis minta dicarikan nomor HP Kepala BPBD Kalteng",
    (
        "urgent, format SPJ perjalanan dinas ke Rakor lampirannya apa aja? besok "
        "diperiksa inspektorat"
    ),
    "Ada ji lowongan PPPK di Disperkimtan tahun ini pak?",
    (
        "Bapak Kadis menanyakan berapa tarif uang harian perjalanan dinas ke Palangka "
        "Raya untuk ikut Rakor tahun ini?"
    ),
    "My Telegram cannot receive OTP on the new phone, how ah? Can help or not?",
    (
        "Tabe' pak, berapa ji bunga KPR FLPP tahun ini di'? Ada keluarga mau ambil "
        "rumah subsidi di Pangkalan Bun."
    ),
    "Ada ke jawatan kosong PPPK di Disperkimtan tahun ni? Macam mana nak mohon?",
    (
        "Fwd: grup Kabid PU\n> Jalan nasional ruas Kasongan–Sampit rusak berat\nitu "
        "kapan diperbaiki Balai Jalan ya?"
    ),
    ("katanya harga semen di Puruk Cahu sekarang tembus 150 ribu per sak, bener ga sih?"),
    "passwordSIPD saya terblokir gimana resetnya ya,sudah3x salah",
    (
        "urgent: berapa besaran retribusi PBG untuk rumah tinggal 70 m2 di Palangka "
        "Raya? warga nunggu jawaban"
    ),
    ("**Cuti**\n- tahunan: sisa 4 hari\nbisa ga cuti tahunan digabung cuti bersama akhir tahun?"),
    "My Sekda ask: BMKG got forecast flood for Kapuas next month or not?",
    (
        "How to apply PTSL land certificate for residents in Kuala Kurun ah? BPN got "
        "quota this year or not?"
    ),
    "Berapa ji pagu Dana Desa untuk Desa Anjir Serapat Baru tahun depan di'?",
    ("Laptop pejabat tak boleh buka fail DWG dari konsultan, perlu install software apa?"),
    (
        "Fwd:\n> Info: pendaftaran CPNS dibuka bulan depan\nformasi teknik sipil ada ga "
        "ya di Pemprov Kalteng?"
    ),
    "katanya TPP ASN Pemprov Kalteng naik mulai Januari, betul gak?",
]
