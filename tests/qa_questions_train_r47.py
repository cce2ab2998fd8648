"""Training table R47 for the Sinkron matcher (written 2026-12-07; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Round 48's styles, written by another hand for the first half of the topic list after round 48
was measured untouched: a proverb or idiom opening the message, a checklist to confirm,
pointing back to an earlier chat the bot cannot see, rehearsing an answer for someone else,
emoji standing for words, two places in one message, long honorific preambles, letters dropped
or doubled; Australian or British casual English. A glossary entry's questions ask what the
term means. Its slum-area questions are computed by rule, not learned; they are measured here
only.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_R47_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "Ibarat pepatah, tak kenal maka tak sayang — saya pejabat baru di Dinas Perkim "
            "Seruyan, bisa dijelaskan garis besar pembagian kewenangan perumahan dan kawasan "
            "permukiman antara pusat, provinsi dan kabupaten/kota?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "cek pemahaman saya ya: [v] kumuh 10 sampai di bawah 15 ha → provinsi [v] PSU "
            "permukiman → provinsi [ ] PSU perumahan → ? [ ] izin perumahan → ? [ ] rumah MBR "
            "→ ? tolong dilengkapi peta kewenangannya secara utuh"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "lanjutan yang kemarin ya pak, soal dasar hukumnya: perumahan rakyat dan kawasan "
            "permukiman itu termasuk urusan wajib pelayanan dasar atau urusan pilihan? pasal "
            "berapa di UU 23/2014?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "besok saya paparan di depan Banggar DPRD Katingan, kalau ditanya kenapa bidang "
            "perkim tidak boleh dipotong karena statusnya urusan wajib, jawaban saya apa?"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "🏘️ slum areas 👉 how's the authority split by size? 🏛️ centre / 🏢 province / 🏠 "
            "regency — where are the cut-offs, mate?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Kabid di Kapuas bilang batasnya 5 sampai 10 ha untuk kabupaten, teman di Barsel "
            "bilang 10–15 hektare untuk provinsi — yang benar menurut aturan gimana pembagian "
            "penanganan kumuh berdasarkan luas?"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "Yang terhormat Bapak/Ibu admin yang budiman, semoga senantiasa sehat dan dalam "
            "lindungan Tuhan Yang Maha Esa. Izinkan kami bertanya: untuk kawasan kumuh yang "
            "luasnya 15 ha atau lebih, siapa sebenarnya yang berwenang menangani, dan apakah "
            "dasar aturannya sudah pasti?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "kalau kumuhnya di atas 15 ha betul itu urusan pussat? katanya bunyi aturannya "
            "belum terkonfirmasi ya"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Sambil menyelam minum air, sekalian tanya: pencegahan supaya permukiman kumuh "
            "tidak tumbuh lagi itu tugas kabupaten saja atau provinsi juga ikut menangani?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "✔ peningkatan kualitas kumuh sudah paham pembagiannya ✘ pencegahan kumuh masih "
            "bingung — pencegahan itu kewenangan siapa, boleh diusulkan ke provinsi?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "seperti yang saya tanya minggu lalu, di sub-urusan perumahan itu provinsi "
            "sebenarnya pegang apa saja, dan kabupaten/kota pegang apa saja?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "kalau nanti kepala desa tanya 'bisa tidak provinsi membangunkan rumah warga "
            "kami?', saya jawab apa soal kewenangan provinsi di bidang perumahan?"
        ),
        "kewenangan.perumahan",
    ),
    (
        (
            "🏢 rusun buat MBR 👉 itu ranahnya pusat ya? 💰 sistem pembiayaan perumahan MBR juga "
            "pusat yang pegang?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Di Sampit ada permintaan rumah murah untuk buruh berpenghasilan rendah, di "
            "Pangkalan Bun ada yang minta dibangunkan rusun MBR — itu sebenarnya peran "
            "pemerintah pusat atau bisa lewat provinsi?"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "Dear Sir or Madam, I do hope this finds you well, and I'm terribly sorry to "
            "trouble you. Might I ask who is responsible for rebuilding homes lost in a flood "
            "— the province or the regency — and what decides which one?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "rumah korban kebakarran yang ditetapkan bencana kabupaten itu tanggungan siapa? "
            "kalau warga direlokasi karena program provinsi gimana?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Bagai air di daun talas, saya masih bolak-balik soal ini: izin pembangunan "
            "perumahan dan izin pengembangan kawasan permukiman itu yang menerbitkan "
            "kabupaten atau provinsi? SKBG juga?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "cek dulu: [v] izin pengembangan perumahan → kab [ ] SKBG rusun → ? [ ] izin "
            "kawasan permukiman → ? betul begitu pembagiannya?"
        ),
        "kewenangan.izin",
    ),
    (
        (
            "lanjut yang tadi pagi ya bu, di sub-urusan kawasan permukiman itu isinya apa "
            "saja untuk pusat, provinsi, dan kabupaten/kota?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "kalau pak Sekda tanya 'sub-urusan kawasan permukiman itu provinsi kebagian "
            "apa?', saya harus jawab apa biar tidak salah?"
        ),
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "🛣️ PSU permukiman vs 🏡 PSU perumahan — bedanya apa, mana yang 🏢 provinsi dan "
            "mana yang 🏠 kabupaten?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Jalan di perumahan developer di Buntok minta diperbaiki, jalan di kampung "
            "nelayan di Kuala Pembuang juga — mana yang termasuk PSU perumahan dan mana PSU "
            "permukiman, serta siapa penanggung jawabnya?"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Yang terhormat Bapak/Ibu admin, salam sejahtera untuk kita semua, semoga selalu "
            "diberi kemudahan dalam bertugas. Mohon izin bertanya, PSU apa saja yang secara "
            "nyata dibangun Disperkimtan provinsi? Apakah hanya jalan lingkungan dan "
            "drainase, atau bisa juga komponen lain?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "cheers, quick one: can the provincial lot build a drainge ditch along a regency "
            "road, or do they only do neighbourhood roads and drainage inside settlements?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "Lain lubuk lain ikannya — sertifikasi dan registrasi perancang rumah dan "
            "perencana PSU itu siapa yang menangani, apa tergantung tingkat kemampuannya?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "✔ konsultan perencana kemampuan kecil → kab? ✔ menengah → prov? ✘ besar → ? "
            "betul begitu pembagian registrasi perancang rumah & PSU?"
        ),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "menyambung pertanyaan saya bulan lalu soal SPM, standar pelayanan minimal "
            "perumahan untuk provinsi itu isinya apa dan targetnya berapa persen?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "besok saya rapat penerapan SPM dengan Bappeda, kalau ditanya jenis pelayanan "
            "dasar perumahan rakyat yang wajib dipenuhi kabupaten apa saja, jawabannya "
            "gimana?"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "📐 luas kumuh yang dihitung itu 👉 luas seluruh 🏘️ desa atau cuma bagian yang "
            "didelineasi di 📜 SK?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "SK kumuh Kotim luasnya dihitung skala kawasan, SK Kapuas pakai skala lingkungan "
            "— sebenarnya luas yang mana yang dipakai untuk menentukan kewenangan?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Dengan segala kerendahan hati, Bapak/Ibu admin yang kami hormati, semoga dalam "
            "keadaan sehat walafiat. Kami ingin menanyakan siapa yang berwenang menetapkan "
            "lokasi kumuh melalui SK, apa lampirannya, dan berapa tahun sekali harus ditinjau "
            "ulang?"
        ),
        "kumuh.penetapan",
    ),
    (
        "SK kummuh itu ditetapkan bupati atau gubernur? dan wajib direvisi tiap berapa tahun?",
        "kumuh.penetapan",
    ),
    (
        (
            "As the saying goes, you can't judge a book by its cover — so what are the "
            "aspects you actually score before a place gets called a slum?"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "cek dulu ya aspek kumuh: [v] bangunan [v] jalan lingkungan [v] air minum [v] "
            "drainase [v] air limbah [v] sampah [ ] ??? — yang ketujuh apa, dan total "
            "kriterianya berapa?"
        ),
        "kumuh.aspek",
    ),
    (
        (
            "lanjutan kemarin pak, skor kumuh maksimalnya berapa dan mulai nilai berapa suatu "
            "lokasi disebut kumuh berat?"
        ),
        "kumuh.penilaian",
    ),
    (
        (
            "kalau nanti lurah Pahandut tanya 'kampung kami skornya 62, itu sudah kumuh berat "
            "belum?', saya jawab apa dan cara menghitung skornya gimana?"
        ),
        "kumuh.penilaian",
    ),
    (
        "📊 skor 45 👉 kumuh sedang atau ringan? 🤔 rentang nilainya berapa saja?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Lokasi di Bahu Palawa skornya 30, yang di Marang skornya 50 — rentang skor kumuh "
            "ringan dan kumuh sedang itu dari berapa sampai berapa?"
        ),
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        (
            "Yth. Bapak/Ibu admin yang budiman, semoga Tuhan senantiasa melimpahkan "
            "berkat-Nya kepada Bapak/Ibu sekalian. Izinkan kami bertanya perbedaan pemugaran, "
            "peremajaan dan pemukiman kembali dalam penanganan kumuh, dan kapan masing-masing "
            "dipakai?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "kumuh berat di atas lahan ilegal bantaran sungai itu pola penanganannya "
            "pemugaran, peremajaan atau pemukimann kembali?"
        ),
        "kumuh.pola_penanganan",
    ),
    (
        (
            "Sedikit demi sedikit lama-lama menjadi bukit — berapa sebenarnya jumlah lokasi "
            "dan total luas kawasan kumuh di Kalimantan Tengah sekarang?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "✔ 111 lokasi ✔ sekitar 7.000 ha ✘ paling banyak di kabupaten mana? betul itu "
            "data kumuh Kalteng? kebanyakan di tepi sungai ya?"
        ),
        "kumuh.kalteng",
    ),
    (
        (
            "seperti yang saya tanyakan minggu lalu, di usulan kegiatan ke provinsi itu apa "
            "saja yang harus diisi, dan kenapa tiap isian itu diminta?"
        ),
        "usulan.isi",
    ),
    (
        (
            "besok saya briefing staf baru, kalau mereka tanya 'data apa aja yang diminta di "
            "form usulan dan buat apa?', saya jawab apa?"
        ),
        "usulan.isi",
    ),
    (
        (
            "📝 jenis usulan apa aja yang bisa diajukan? 🏘️ kumuh, 🛣️ PSU, 🏠 rumah korban "
            "bencana, terus apa lagi?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "G'day — Gumas wants to put in an RTLH proposal and Mura wants houses for "
            "landslide victims. What kinds of proposals can we actually send up to the "
            "province?"
        ),
        "usulan.jenis",
    ),
    (
        (
            "Salam hormat Bapak/Ibu admin, semoga selalu diberi kelancaran dalam bertugas. "
            "Mohon petunjuk, data lokasi apa saja yang perlu kami siapkan untuk usulan: "
            "kecamatan, desa, nama lokasi, titik koordinat, luas, atau ada yang lain lagi?"
        ),
        "usulan.lokasi",
    ),
    (
        "utk lokasi usulan wajib pakai titk GPS tidak? perkotaan/perdesaan juga harus dipilih?",
        "usulan.lokasi",
    ),
    (
        (
            "Sekali mendayung dua tiga pulau terlampaui, sekalian tanya: di usulan itu jumlah "
            "KK dan jiwa penerima manfaat, perkiraan biaya dan sumber dana harus diisi semua?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "cek dulu: [v] 120 KK [v] 430 jiwa [v] Rp 1,2 M [ ] sumber dana — pilihan sumber "
            "dananya apa saja, boleh kombinasi?"
        ),
        "usulan.penerima_biaya",
    ),
    (
        (
            "lanjutan yang kemarin ya pak, dokumen kesiapan (readiness criteria) untuk usulan "
            "PSU jalan lingkungan itu apa saja?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "kalau nanti Kabid tanya 'usulan kita sudah memenuhi kriteria kesiapan provinsi "
            "belum?', saya harus cek kelengkapan apa saja?"
        ),
        "usulan.kesiapan",
    ),
    (
        (
            "🏞️ land for a proposal has to be 'clean and clear' ✅ — what's that actually "
            "require? 📜 is a certificate a must?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Lokasi di Tumbang Rungan lahannya milik desa, yang di Pandau lahan warga cuma "
            "pegang SKT — status lahan seperti itu bisa diterima untuk usulan?"
        ),
        "usulan.lahan",
    ),
    (
        (
            "Yang kami hormati Bapak/Ibu admin, semoga sehat selalu dan sukses dalam tugas. "
            "Izinkan kami menanyakan, untuk usulan kumuh apakah lokasinya wajib tercantum di "
            "SK kumuh bupati, dan bagaimana kalau SK tersebut sudah berumur enam tahun?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "SK kumh kami terbit 2019, masih bisa dipakai untuk usulan tahun ini? lokasinya "
            "juga harus ada di daftar SK kan?"
        ),
        "usulan.sk_kumuh",
    ),
    (
        (
            "Bagai pungguk merindukan bulan, DED kami belum jadi-jadi — sebenarnya dokumen "
            "teknis apa saja yang perlu dilampirkan: DED, RAB, RKS, site plan, foto?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "cek dulu ya: [v] DED [v] RAB [ ] RKS [ ] site plan [v] foto kondisi — sudah "
            "cukup untuk lampiran teknis usulan?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        (
            "menyambung chat saya kemarin, surat pernyataan kesediaan menerima hibah serta "
            "operasi dan pemeliharaan itu wajib dilampirkan? yang tanda tangan siapa?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "kalau bupati tanya kenapa beliau harus tanda tangan surat pernyataan sanggup O&P "
            "untuk usulan ke provinsi, saya jelaskan apa?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "🏚️ RTLH lewat provinsi 👉 syaratnya apa? 🆕 bangun rumah baru boleh? 📜 tanahnya "
            "harus sertifikat?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Warga di Hayaping rumahnya rusak tapi tanahnya numpang, warga di Batuah rumahnya "
            "sudah roboh rata tanah — dua-duanya bisa masuk bantuan RTLH provinsi? "
            "penerimanya ditetapkan siapa?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Dengan hormat Bapak/Ibu admin, semoga Bapak/Ibu senantiasa sehat. Kami "
            "meneruskan pertanyaan warga: bolehkah masyarakat langsung mengajukan permintaan "
            "jalan lingkungan ke Disperkimtan, dan apa saja syaratnya?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        "warga RT 05 mau minta drainase ke prov langsung, perlu diketahui lurrah dan camat gak?",
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Habis manis sepah dibuang, jangan sampai jalan yang dibangun provinsi "
            "terbengkalai — setelah selesai asetnya dihibahkan ke kabupaten? pakai BAST? "
            "siapa yang memelihara?"
        ),
        "hibah.aset",
    ),
    (
        (
            "quick tick-list: ✔ province builds the road ✔ BAST signed ✘ upkeep — who looks "
            "after it afterwards, and who signs the grant deed on the regency's side?"
        ),
        "hibah.aset",
    ),
    (
        (
            "seperti yang saya tanya minggu lalu, kalau usulan kami ternyata bukan kewenangan "
            "provinsi, bisa dialihkan ke sumber dana apa saja?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "kalau nanti kades tanya 'kalau provinsi tidak bisa, kami minta ke mana lagi?', "
            "saya jawab sumber dananya apa saja?"
        ),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "📅 alur usulan setahun itu gimana? ➡️ usul ➡️ verifikasi ➡️ rakor ➡️ ... usulan "
            "tahun ini untuk anggaran tahun berapa?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Katingan kirim usulan bulan Maret, Barut baru kirim Agustus — dua-duanya untuk "
            "anggaran tahun depan? siklus usulan tahunannya seperti apa?"
        ),
        "siklus.tahunan",
    ),
    (
        (
            "Yang terhormat Bapak/Ibu admin yang budiman, semoga selalu dalam lindungan "
            "Tuhan. Izinkan kami bertanya, setelah usulan kami kirim, apa saja yang diperiksa "
            "oleh provinsi dan bagaimana tahapannya?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        "usulan kmi diperiksa apa aja sama prov? administrasi, teknis, terus kewenangan juga?",
        "siklus.pemeriksaan",
    ),
    (
        (
            "As they say, many hands make light work — so what's this Rakor for the "
            "settlements sector across Central Kalimantan actually for, and who turns up?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "cek dulu ya soal rakor: [v] setahun sekali [v] dihadiri dinas kab/kota [ ] "
            "tujuannya? — sebenarnya apa yang dibahas di Rakor kawasan permukiman itu?"
        ),
        "siklus.rakor",
    ),
    (
        (
            "lanjutan yang tadi, setelah rakor usulan kami dibawa ke mana? masuk Musrenbang, "
            "RKPD, lalu APBD begitu?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        (
            "besok saya lapor ke kepala dinas, kalau beliau tanya 'usulan yang lolos rakor "
            "itu lewat tahap apa sampai jadi anggaran provinsi?', saya jawab alurnya "
            "bagaimana?"
        ),
        "siklus.rkpd_apbd",
    ),
    (
        "👥 Pokja PKP itu tugasnya apa? 📜 dasar hukum pembentukannya apa?",
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Pokja PKP di Barsel sudah ada SK-nya, di Sukamara belum dibentuk — sebenarnya "
            "Pokja PKP itu berfungsi apa dan dasar pembentukannya apa?"
        ),
        "koordinasi.pokja_pkp",
    ),
    (
        (
            "Salam sejahtera Bapak/Ibu admin, semoga sehat dan sukses selalu. Kami dari "
            "Lamandau berencana datang langsung mengantar berkas, mohon info alamat kantor "
            "Disperkimtan Provinsi Kalimantan Tengah di mana?"
        ),
        "disperkimtan.kontak",
    ),
    (
        "alamt kantor disperkimtan prov di jalan apa ya? mau antar dokumen",
        "disperkimtan.kontak",
    ),
    (
        (
            "Malu bertanya sesat di jalan — perintah apa saja yang ada di bot Sinkron ini, "
            "dan jam yang dipakai bot itu WIB ya?"
        ),
        "bot.cara_pakai",
    ),
    (
        (
            "checklist: ✔ send a proposal ✔ ask about authority ✘ anything else? — what can "
            "this bot actually do, and what commands are there?"
        ),
        "bot.cara_pakai",
    ),
    (
        (
            "lanjutan yang kemarin ya, waktu isi /usul sinyal saya putus di tengah jalan, "
            "isiannya hilang atau tersimpan? dan foto maksimal berapa lembar?"
        ),
        "bot.usul",
    ),
    (
        (
            "kalau staf saya tanya 'bisa nggak salin usulan tahun lalu biar tidak ketik ulang "
            "semua?', saya jawab apa?"
        ),
        "bot.usul",
    ),
    (
        "📋 status 'perlu perbaikan' artinya apa? 🔄 'dialihkan' beda dengan ❌ 'ditolak'?",
        "bot.status",
    ),
    (
        (
            "Teman di Kobar bilang usulannya berstatus 'verifikasi', teman di Bartim "
            "statusnya 'dibahas di Rakor' — arti masing-masing status itu apa dan bedanya di "
            "mana?"
        ),
        "bot.status",
    ),
    (
        (
            "Yth. Bapak/Ibu admin, semoga senantiasa sehat dan bahagia bersama keluarga. "
            "Dengan hormat kami ingin bertanya, apabila usulan kami ditolak atau dialihkan, "
            "apa yang bisa kami lakukan selanjutnya dan bisakah diajukan ulang?"
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        "usulan ditolakk dengan alasan bukan kewenangan prov, terus langkah kami apa?",
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Good things come to those who wait, as they say, but how long should the "
            "province take to look at a proposal — is there a set standard?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "✔ usulan terkirim Senin ✘ sampai Jumat belum ada respon — standar tindak "
            "lanjutnya berapa hari kerja sebenarnya?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        (
            "seperti yang saya tanya kemarin, kalau saya tidak bisa hadir rapat yang diundang "
            "lewat Sinkron, boleh diwakilkan staf? konfirmasinya gimana?"
        ),
        "bot.rapat",
    ),
    (
        (
            "kalau kabid tanya 'kita diingatkan berapa kali sebelum rapat?', saya jawab apa "
            "soal pengingat undangan dari bot?"
        ),
        "bot.rapat",
    ),
    (
        "🏠 Perkim itu singkatan dari apa? 🤔",
        "istilah.perkim",
    ),
    (
        (
            "Di kop surat Barsel tertulis 'Dinas Perkim', di surat Pulpis 'Bidang Perkim' — "
            "Perkim itu sebenarnya maksudnya apa?"
        ),
        "istilah.perkim",
    ),
    (
        (
            "Dengan hormat Bapak/Ibu admin, semoga selalu dalam keadaan sehat. Mohon maaf "
            "pertanyaannya mendasar sekali, Disperkimtan itu kepanjangannya apa ya? Kami staf "
            "yang baru dimutasi."
        ),
        "istilah.disperkimtan",
    ),
    (
        "disperkimtn itu singkatan apa? 'tan' di belakangnya itu apa?",
        "istilah.disperkimtan",
    ),
    (
        (
            "Tak kenal maka tak sayang, maaf saya baru di bidang ini — PSU itu singkatan dari "
            "apa ya?"
        ),
        "istilah.psu",
    ),
    (
        "tick-box: ✔ P = prasarana ✔ S = sarana ✘ U = ? — what does PSU stand for then?",
        "istilah.psu",
    ),
    (
        (
            "lanjutan yang tadi ya, di rekap kemarin ada tulisan 'jaling 1,2 km' — jaling itu "
            "maksudnya apa?"
        ),
        "istilah.jaling",
    ),
    (
        "kalau warga tanya 'jaling itu apa, pak?', saya jelaskan gimana?",
        "istilah.jaling",
    ),
    (
        "💧 drainase itu artinya apa sih? maksudnya selokan ya?",
        "istilah.drainase",
    ),
    (
        (
            "Di proposal Kasongan ditulis 'drainase lingkungan', di proposal Kuala Kurun "
            "'saluran drainase' — drainase itu sebenarnya apa?"
        ),
        "istilah.drainase",
    ),
    (
        (
            "Salam hormat Bapak/Ibu admin yang budiman, semoga sehat dan berbahagia selalu. "
            "Di tabel data kumuh ada kolom bertuliskan KR, mohon penjelasan KR itu artinya "
            "apa?"
        ),
        "istilah.kr",
    ),
    (
        "KR di tabel kumuh itu apa ya? kummuh ringan?",
        "istilah.kr",
    ),
    (
        (
            "Bagai katak dalam tempurung, saya belum paham singkatan di data kumuh — KS itu "
            "kepanjangannya apa?"
        ),
        "istilah.ks",
    ),
    (
        "cek singkatan dulu ya: [v] TK = tidak kumuh [ ] KS = ? — KS itu maksudnya apa?",
        "istilah.ks",
    ),
    (
        (
            "menyambung pertanyaan kemarin soal singkatan di baseline kumuh, kalau KB itu "
            "maksudnya apa? bukan keluarga berencana kan? 😅"
        ),
        "istilah.kb",
    ),
    (
        (
            "kalau nanti anggota dewan tanya 'lokasi ini ditandai KB, maksudnya apa?', saya "
            "jawab apa?"
        ),
        "istilah.kb",
    ),
    (
        "📜 SK kumuh — what's that refer to exactly?",
        "istilah.skkumuh",
    ),
    (
        (
            "Kapuas punya SK kumuh 2021, Palangka Raya punya SK kumuh 2018 — SK kumuh itu "
            "sebenarnya dokumen apa?"
        ),
        "istilah.skkumuh",
    ),
    (
        (
            "Yang terhormat Bapak/Ibu admin, semoga senantiasa diberi kesehatan dan kekuatan. "
            "Mohon maaf kami masih awam, istilah 'delineasi' yang sering muncul di dokumen "
            "kumuh itu artinya apa?"
        ),
        "istilah.delineasi",
    ),
    (
        "delinasi itu artinya apa ya?",
        "istilah.delineasi",
    ),
    (
        (
            "Air tenang menghanyutkan, istilah pendek pun bisa bikin bingung — RTLH itu "
            "kepanjangannya apa?"
        ),
        "istilah.rtlh",
    ),
    (
        "checklist istilah saya: ✔ PSU ✔ DED ✘ RTLH — tolong jelaskan RTLH itu apa",
        "istilah.rtlh",
    ),
    (
        "lanjutan yang kemarin ya pak, kalau RTLH sudah paham, nah RLH itu singkatan apa?",
        "istilah.rlh",
    ),
    (
        ("kalau nanti warga tanya 'rumah saya sudah dicatat RLH, maksudnya apa?', saya jawab apa?"),
        "istilah.rlh",
    ),
    (
        "🔨🏠 bedah rumah itu maksudnya apa? rumahnya dibongkar total?",
        "istilah.bedahrumah",
    ),
    (
        (
            "Di berita Barut disebut 'bedah rumah', di berita Kapuas 'perbaikan RTLH' — bedah "
            "rumah itu maksudnya apa, sama saja?"
        ),
        "istilah.bedahrumah",
    ),
    (
        (
            "Dengan hormat, Bapak/Ibu admin yang kami muliakan, semoga selalu sehat dan "
            "dimudahkan segala urusannya. Kami ingin bertanya, singkatan BSPS itu apa "
            "kepanjangannya?"
        ),
        "istilah.bsps",
    ),
    (
        "BSPS itu bantuan stimulan perumahan swadya ya? maksudnya apa?",
        "istilah.bsps",
    ),
    (
        (
            "Empty vessels make the most noise, so before I mouth off in the meeting — what "
            "does MBR stand for?"
        ),
        "istilah.mbr",
    ),
    (
        "✔ MBR = masyarakat ... ✘ berpenghasilan apa? — MBR itu maksudnya siapa?",
        "istilah.mbr",
    ),
    (
        ("seperti yang saya tanya minggu lalu, rusunawa itu beda dengan rusun biasa? artinya apa?"),
        "istilah.rusunawa",
    ),
    (
        "kalau mahasiswa magang tanya 'rusunawa itu apa, bu?', saya jawab apa?",
        "istilah.rusunawa",
    ),
    (
        "🏢 rusus itu apa? rumah khusus ya? 🤔",
        "istilah.rusus",
    ),
    (
        (
            "Di Seruyan ada yang menyebut rusus nelayan, di Sukamara ada rusus juga katanya — "
            "rusus itu sebenarnya singkatan apa?"
        ),
        "istilah.rusus",
    ),
]

TRAIN_R47_INTENTS: list[tuple[str, str]] = [
    (
        (
            "lanjutan kemarin ya pak, usulan drainase kami yang USL-2026-0014 sekarang "
            "posisinya di mana? sudah diverifikasi?"
        ),
        "status",
    ),
    (
        "usulan kami dari Pulpis sudah disetujui atau masih diperiksa? blm ada kbar",
        "status",
    ),
    (
        "📨 usulan jaling kami kemarin ➡️ diterima ✅ atau ditolak ❌?",
        "status",
    ),
    (
        (
            "Yth. Bapak/Ibu admin, semoga sehat selalu dan dalam lindungan Tuhan. Izin "
            "bertanya, Rakor Bidang Kawasan Permukiman tahun ini dilaksanakan tanggal berapa "
            "dan bertempat di mana?"
        ),
        "meeting",
    ),
    (
        "📅 when's the next Rakor on, and where? cheers",
        "meeting",
    ),
    (
        (
            "Sambil menyelam minum air, sekalian tanya: rapat koordinasi berikutnya mulai jam "
            "berapa dan di aula mana?"
        ),
        "meeting",
    ),
    (
        (
            "✔ DED ✔ RAB ✔ foto ✘ belum kirim — batas akhir pengiriman usulan tahun ini "
            "tanggal berapa?"
        ),
        "deadline",
    ),
    (
        (
            "Barsel sudah kirim semua, kami di Bartim baru dua — masih ada waktu? usulan "
            "diterima sampai kapan?"
        ),
        "deadline",
    ),
    (
        (
            "kalau kadis tanya 'paling lambat usulan dikirim kapan?', saya jawab tenggatnya "
            "tanggal berapa?"
        ),
        "deadline",
    ),
    (
        (
            "Selamat pagi Bapak/Ibu admin yang budiman, semoga sehat selalu dan dalam "
            "lindungan Tuhan. Salam kenal dari Dinas Perkim Katingan 🙏"
        ),
        "greeting",
    ),
    (
        "thnks heaps for the help, legend",
        "greeting",
    ),
    (
        (
            "Bagai anak ayam kehilangan induk, saya bingung mau mulai dari mana — tolong "
            "bantu ya pak"
        ),
        "greeting",
    ),
    (
        "seperti yang saya tanya minggu lalu, gimana caranya memasukkan usulan lewat bot ini?",
        "how_to_submit",
    ),
    (
        "cara kirm usulan di sini gmn ya?",
        "how_to_submit",
    ),
    (
        (
            "Kami punya dua usulan, satu jaling di Tewang Karangan, satu drainase di Kasongan "
            "Lama — cara input usulannya ke bot bagaimana?"
        ),
        "how_to_submit",
    ),
]

TRAIN_R47_AREAS: list[tuple[str, str]] = [
    (
        "🏘️ kumuh 12 hektare di Mentawa Baru Hulu 👉 kewenangan siapa?",
        "provinsi",
    ),
    (
        (
            "Kumuh lintas kelurahan Marang dan Tumbang Rungan, digabung dalam satu delineasi "
            "14,5 ha — siapa yang menangani?"
        ),
        "provinsi",
    ),
    (
        "kawasan kummuh 9,8 ha di Baamang Hilir kewenangan siapa?",
        "kabkota",
    ),
    (
        (
            "Yth. Bapak/Ibu admin yang kami hormati, semoga senantiasa sehat. Kawasan kumuh "
            "kami seluas 150.000 m2 sesuai SK bupati, mohon info kewenangan penanganannya ada "
            "di tingkat mana?"
        ),
        "pusat",
    ),
    (
        (
            "Ibarat pepatah, besar pasak daripada tiang — kumuh kami 100.000 meter persegi, "
            "APBD kabupaten tidak sanggup, apakah ini sudah masuk kewenangan provinsi?"
        ),
        "provinsi",
    ),
    (
        (
            "cek dulu: [v] SK kumuh 2024 [v] delineasi 7,5 ha [v] lokasi tercantum — ini "
            "ditangani siapa?"
        ),
        "kabkota",
    ),
    (
        (
            "lanjutan yang kemarin, lokasi kumuh di Kelurahan Ketapang luasnya 22 hektar, itu "
            "urusan pusat kan?"
        ),
        "pusat",
    ),
    (
        (
            "kalau warga tanya 'kampung kami yang kumuh 95.000 m² siapa yang tangani?', saya "
            "jawab apa?"
        ),
        "kabkota",
    ),
    (
        "G'day, slum area of 14.9 hectares in Sampit — reckon that's the province's job?",
        "provinsi",
    ),
    (
        (
            "cheers, quick one: a 31 hectares slum patch by the river in Kuala Kapuas — who "
            "looks after that?"
        ),
        "pusat",
    ),
    (
        (
            "Di Pahandut Seberang delineasinya 3 ha, sama-sama satu SK dengan Langkai — kumuh "
            "3 ha itu kewenangan siapa?"
        ),
        "kabkota",
    ),
    (
        "kawasan kumh di Kumai Hulu seluas 18 hektar tanggung jawab siapa?",
        "pusat",
    ),
]

TRAIN_R47_OUT_OF_SCOPE: list[str] = [
    "💰 pagu anggaran Disperkimtan untuk penanganan kumuh tahun 2027 berapa miliar?",
    (
        "cek dulu: [v] volume jalan 800 m [v] lebar 3 m [ ] harga satuan paving block per "
        "m2 di Palangka Raya sekarang berapa?"
    ),
    (
        "seperti yang saya tanya minggu lalu, siapa pemenang tender drainase lingkungan "
        "di Sampit tahun kemarin?"
    ),
    "kuota RTLH provinsi untuk Lamandau tahun 2027 dapat berapa unit?",
    "nomor WA kabid kawasan permukiman Disperkimtan berapa ya? mau konfrmasi langsung",
    (
        "Sambil menyelam minum air, sekalian tanya: besok di Muara Teweh hujan nggak ya? "
        "mau survei lokasi"
    ),
    (
        "Yth. Bapak/Ibu admin, semoga sehat selalu. Mohon maaf di luar topik, bagaimana "
        "cara mengurus izin tambang galian C di Katingan?"
    ),
    (
        "kalau adik saya tanya 'jadwal penerimaan CPNS Pemprov Kalteng tahun ini kapan?', "
        "saya jawab apa?"
    ),
    "tunjangan kinerja saya bulan ini kok belum cair ya, ke mana harus tannya?",
    "⚽ skor Kalteng Putra semalam berapa? 😄",
    "any idea what the exchange rate is today, rupiah to the Aussie dollar?",
    (
        "Teman di Kotim dapat hotel murah dekat bandara Tjilik Riwut, teman di Kapuas "
        "nginap di Jalan Yos Sudarso — rekomendasi hotel untuk peserta dari daerah yang "
        "bagus di mana?"
    ),
    "cheers mate, who won the bupati election down in Kotim last time round?",
    "syarat daftar BPJS Kesehatan untuk pegawai honorr bagaimana ya?",
    (
        "berapa persen progres fisik pembangunan rusun di Palangka Raya minggu ini? 🏗️ "
        "sudah sampai lantai berapa?"
    ),
]
