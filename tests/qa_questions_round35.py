"""Round 35 held-out question table for the Sinkron bot.

Written 2026-12-06 (session of round 23 of tuning) by two helpers who had not seen the
knowledge base or any other question table; they read only the topic list (topic ids with
their titles) and the domain briefs (docs/domain.md, the shared DOMAIN.md and
DOMAIN-RESEARCH.md) plus the place-name list. Part A wrote the topic questions on the
non-glossary topics; part B the glossary questions, the intents, the slum areas and the
out-of-scope questions.

Style emphasis of this round: people in other roles asking as they would (a camat, a kepala
desa or lurah, a DPRD member's staffer, a local journalist, a skripsi student, a programme
facilitator, a contractor's site engineer); Dayak Ngaju words mixed into Indonesian (en,
pire, kueh, kilen, jida, tau, ikau); phone autocorrect damage (a real but wrong word in place
of the intended one) and emoji-heavy chat; chit-chat first with the question buried at the
end; time-anchored phrasing and numbers written as words; simple, sometimes non-native English
from a foreign researcher or a donor mission; very short messages.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

from __future__ import annotations

PART_A_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "Selamat siang, saya camat baru di Kahayan Hilir, masih belajar. Bisa dijelaskan "
        "singkat pembagian tugas pusat, provinsi dan kabupaten soal perumahan dan "
        "permukiman? 🙏",
        "kewenangan.ringkasan",
    ),
    (
        "Pak, en ih kewenangan provinsi, en kewenangan kabupaten di bidang perkim tuh? "
        "aku jida paham bagi-baginya 😅",
        "kewenangan.ringkasan",
    ),
    (
        "Hello, I am researcher from Netherlands. Can you explain short which level of "
        "government do what for housing and settlements here?",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "Selamat malam, saya mahasiswa UPR sedang menyusun skripsi. Perumahan rakyat itu "
        "masuk urusan wajib pelayanan dasar atau urusan pilihan ya? pasal berapa di "
        "UU 23/2014?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Saya staf komisi di DPRD Katingan, bapak dewan minta bahan rapat: urusan perumahan "
        "dan kawasan permukiman itu termasuk pelayanan dasar yg wajib dianggarkan daerah "
        "atau tidak?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Perkim itu urusan wajik pelayanan dasar kan pak? ada yg bilang cuma urusan pilihan "
        "jadi anggarannya boleh dipangkas duluan 😅😅",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "Saya lurah di Palangka Raya. Di kelurahan kami ada kawasan kumuh, katanya siapa yang "
        "menangani tergantung luasnya. Batas luas untuk kota, provinsi dan pusat itu berapa "
        "saja ya?",
        "kewenangan.kumuh",
    ),
    (
        "Pak, pire hektar minimal kawasan kumuh supaya provinsi tau menangani? mun di bawah "
        "itu kabupaten kah?",
        "kewenangan.kumuh",
    ),
    (
        "Selamat pagi, saya wartawan media online di Sampit, sedang menulis soal penataan "
        "bantaran Mentaya. Pejabat bilang 'kumuh 10-15 hektar itu provinsi'. Persisnya "
        "aturan pembagian per luas itu bagaimana?",
        "kewenangan.kumuh",
    ),
    (
        "Which government level is responsible for slum upgrading? I heard it depends on "
        "the hectares, what are the thresholds?",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "Kawasan kumuh tepi sungai di kelurahan kami luasnya dua puluh tiga hektar. Masih "
        "bisa diusulkan ke provinsi atau sudah jadi urusan kementerian?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Saya fasilitator pendamping masyarakat di Kapuas. Ada kawasan kumuh yang lebih dari "
        "lima belas hektar, kalau bukan provinsi lalu siapa yang berwenang menatanya?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Kumuh yg luasnya 15 ha ke atas itu kewenangan pesat ya pak? 🙏🏻🙏🏻",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Slum area of 40 ha in Palangka Raya, is it province job or the central ministry?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    (
        "Saya kepala desa di Pulang Pisau. Kami mau mencegah desa jadi kumuh, misalnya "
        "mengatur rumah-rumah baru di pinggir sungai. Pencegahan kumuh itu tanggung jawab "
        "kabupaten atau provinsi?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Kilen pencegahan kumuh tuh pak, provinsi tau membantu kah atau jida? ikei handak "
        "mencegah sebelum kawasan e makin parah",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Pak, baru pulang monev dari Muara Teweh, jalannya parah abis hujan 😅 Eh mau nanya, "
        "kegiatan pencegahan permukiman kumuh bisa masuk usulan ke provinsi gak? atau itu "
        "murni urusan kabupaten?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "Saya tenaga ahli fraksi di DPRD provinsi. Dalam sub-urusan perumahan, apa saja yang "
        "jadi kewenangan provinsi dan apa yang kabupaten/kota?",
        "kewenangan.perumahan",
    ),
    (
        "En kewenangan provinsi di bidang perumahan pak? aku handak tau yang perumahan aja, "
        "bukan yang kawasan permukiman",
        "kewenangan.perumahan",
    ),
    (
        "Untuk bab dua skripsi saya, bisa dijelaskan pembagian sub-urusan perumahan antara "
        "pusat, provinsi dan kabupaten/kota menurut lampiran UU 23/2014?",
        "kewenangan.perumahan",
    ),
    (
        "Urusan perumahan yg jadi tugas prov apa aja sih pak? jangan2 cuma rumah korban "
        "bencana sama relaksasi doang? 😂",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "Saya jurnalis di Palangka Raya, mau konfirmasi: pembangunan rusun untuk MBR itu "
        "program siapa sebenarnya, Pemprov atau kementerian?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Warga kami banyak yang berpenghasilan rendah dan belum punya rumah. Penyediaan rumah "
        "untuk MBR itu tugas pemerintah pusat ya, atau provinsi juga boleh membangun?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Who is providing houses for low income people (MBR) and the housing finance? "
        "Central government only?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "Pak, banjir kemarin di Mentaya Hilir Selatan bikin belasan rumah rusak berat. Rumah "
        "korban bencana itu siapa yang wajib membangun kembali, kabupaten atau provinsi?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Mun huma warga rusak kena angin puting beliung, tapi bencana e tingkat kabupaten, "
        "provinsi tau membantu kah?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Saya pendamping warga. Ada rencana pemindahan warga karena proyek jalan provinsi, "
        "rumah pengganti bagi warga yang direlokasi itu tanggung jawab siapa?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "After a flood, who rebuild the houses of the victims, province or district? It "
        "depends on the disaster status?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "Saya engineer lapangan dari kontraktor pengembang perumahan di Pangkalan Bun. Izin "
        "pembangunan perumahan itu kami urus ke kabupaten atau ke Disperkimtan provinsi?",
        "kewenangan.izin",
    ),
    (
        "SKBG rusun itu yg nerbitin siapa pak, prov atau kabupaten? kemarin ditanya "
        "develop, saya binggung jawabnya 😅🙏",
        "kewenangan.izin",
    ),
    (
        "Izin pengembangan kawasan permukiman tuh kueh ngurus e pak? provinsi kah atau kabupaten?",
        "kewenangan.izin",
    ),
    (
        "Bulan depan developer mau buka perumahan dua ratus unit di Baamang. Pemprov ikut "
        "mengeluarkan izinnya juga atau cukup pemkab saja?",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "Di sub-urusan kawasan permukiman, selain soal kumuh, apa lagi pembagian tugas "
        "pusat, provinsi dan kabupaten?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Tahun depan kami mau menata kawasan permukiman di tepi sungai. Dalam sub-urusan "
        "kawasan permukiman itu peran provinsi apa saja sih, di luar penanganan kumuh?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Penetapan sistem kawasan permukiman nasional itu dipegang siapa pak? prov ikut "
        "menyusun juga gak? 🤔",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "Kami kontraktor perumahan subsidi di Sampit. Nanti kalau jalan dan saluran di "
        "perumahan rusak, yang memperbaiki siapa? PSU perumahan itu kab atau provinsi?",
        "kewenangan.psu",
    ),
    (
        "Bedanya PSU permukiman sama PSU perumahan apa ya? yg satu prov yg satu kab kan? "
        "sering ketukar di kepala saya 🤯",
        "kewenangan.psu",
    ),
    (
        "PSU permukiman dengan PSU perumahan, en bedanya pak? ije kueh yang bagian provinsi?",
        "kewenangan.psu",
    ),
    (
        "PSU in settlements versus PSU in housing estates, which one is provincial authority?",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "Saya kades di Kecamatan Kapuas Murung. Jalan lingkungan desa kami hancur. Apakah "
        "Disperkimtan provinsi juga membangun jalan lingkungan dan drainase di desa, bukan "
        "di kota saja?",
        "psu.lingkup_provinsi",
    ),
    (
        "Bapak dewan dapat aspirasi warga minta pengaspalan jalan kabupaten yang jadi poros "
        "desa. Itu bisa lewat PSU Disperkimtan prov? atau PSU provinsi cuma jalan lingkungan?",
        "psu.lingkup_provinsi",
    ),
    (
        "Sebelum lebaran kami mau siapkan usulan drainase lingkungan sepanjang delapan ratus "
        "meter. Selain jalan lingkungan dan drainase, ada jenis PSU lain yang dikerjakan "
        "provinsi?",
        "psu.lingkup_provinsi",
    ),
    (
        "Pak PSU yg dibangun prov itu apa aja? jalan lingkungan, drainase, trus lampu jalan "
        "atau MCK bisa jg kah? 🙏👍",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    (
        "Saya konsultan perencana rumah skala kecil di Kuala Kurun. Sertifikasi dan "
        "registrasi perancang rumah dan PSU itu daftarnya ke kabupaten atau ke provinsi?",
        "kewenangan.sertifikasi",
    ),
    (
        "Registrasi badan usaha perencana rumah & PSU tuh kueh ngurus pak? mun tingkat "
        "kemampuan menengah kilen?",
        "kewenangan.sertifikasi",
    ),
    (
        "Pak, perusahaan kami mau naik kelas jadi perencana PSU kemampuan besar. Sertifikasi "
        "yg besar itu masih di provinsi atau sudah ke pusat? 🙏",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        "Saya staf sekretariat DPRD, lagi menyusun catatan LKPJ. SPM bidang perumahan rakyat "
        "untuk provinsi itu indikatornya apa dan targetnya berapa persen?",
        "kewenangan.spm",
    ),
    (
        "Mau tanya dasar hukum SPM perumahan: PP 2 tahun 2018 pasal berapa dan standar "
        "teknisnya Permen PUPR nomor berapa?",
        "kewenangan.spm",
    ),
    (
        "Pak, tadi rapat di Bappeda bahas laporan standar pelayanan minimal 😩 Jadi jenis "
        "pelayanan dasar perumahan yang jadi tanggungan provinsi itu apa aja? target seratus "
        "persen itu wajib?",
        "kewenangan.spm",
    ),
    (
        "What is the minimum service standard (SPM) for housing at province level?",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "Saya pendamping dari program kolaborasi. Luas kumuh yang dipakai menentukan "
        "kewenangan itu luas seluruh kelurahan atau luas hasil delineasi di SK?",
        "kumuh.luas_delineasi",
    ),
    (
        "Kelurahan ikei luas e ratusan hektar tapi yang kumuh cuma dua belas hektar. Pire "
        "yang dihitung pak?",
        "kumuh.luas_delineasi",
    ),
    (
        "Pak luas kumuh itu diambil dari deklarasi di SK atau luas wilayah desa seluruhnya? 🙏",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    (
        "Siapa sebenarnya yang menetapkan suatu lokasi jadi kawasan kumuh? Apa lurah bisa "
        "minta wilayahnya dimasukkan ke SK?",
        "kumuh.penetapan",
    ),
    (
        "Saya wartawan. SK kumuh itu ditetapkan oleh siapa, bupati atau gubernur, dan wajib "
        "ditinjau ulang berapa tahun sekali?",
        "kumuh.penetapan",
    ),
    (
        "SK kumuh tuh ije menetapkan bupati kah gubernur? aku jida yakin, kawan bilang gubernur",
        "kumuh.penetapan",
    ),
    (
        "Who decides officially that a location is a slum? Is there some decree?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    (
        "Untuk kuesioner penelitian saya, aspek-aspek kriteria kumuh menurut Permen PUPR "
        "14/2018 itu apa saja?",
        "kumuh.aspek",
    ),
    (
        "En kriteria lewu disebut kumuh pak? kata kawan ada tujuh aspek, apa aja?",
        "kumuh.aspek",
    ),
    (
        "Pak, proteksi kebakaran sama persampahan juga ikut dinilai dalam kriteria kumuh "
        "kah? atau cuma rumah dan jalan? 🤔",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    (
        "Skor kumuh maksimalnya berapa ya, dan mulai nilai berapa suatu lokasi dikatakan "
        "kumuh berat?",
        "kumuh.penilaian",
    ),
    (
        "Nilai kekumuhan 64 itu masuk kumuh berat kan pak? atau masih sedan? 😅",
        "kumuh.penilaian",
    ),
    (
        "Bulan lalu tim survei selesai skoring, totalnya tujuh puluh dua. Skor segitu "
        "kategori apa? terus cara ngasih nilai 0, 1, 3, 5 tiap kriteria itu gimana?",
        "kumuh.penilaian",
    ),
    (
        "Saya mahasiswa planologi. Bagaimana cara menghitung nilai kekumuhan per lokasi dan "
        "berapa ambang batas kumuh berat?",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    (
        "Rentang nilai kumuh sedang dan kumuh ringan itu dari berapa sampai berapa?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Nilai kekumuhan lewu ikei dua puluh lima pak, masuk kumuh ringan kah sedang?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Untuk berita saya perlu kepastian: skor 45 itu kumuh sedang ya? batas bawah kumuh "
        "sedang berapa?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "What score range is 'kumuh ringan'? And below 16 is not slum?",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        "Kawasan kami kumuh sedang dan lahannya legal. Pola penanganannya pemugaran atau "
        "peremajaan?",
        "kumuh.pola_penanganan",
    ),
    (
        "Selamat sore pak 🙏 desa kami di bantaran yang rawan longsor dan tanahnya bukan "
        "milik warga. Kalau begitu penanganannya harus pemukiman kembali ya?",
        "kumuh.pola_penanganan",
    ),
    (
        "Beda pemugaran, peremajaan sama pemukiman kembali apa pak? 🙏🙏 yg pemugaran itu "
        "buat kumuh ringan kah???",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    (
        "Saya jurnalis lokal. Ada data berapa lokasi kumuh dan total luasnya se-Kalimantan Tengah?",
        "kumuh.kalteng",
    ),
    (
        "Pire kawasan kumuh uras Kalteng tuh pak? kabupaten kueh yang paling banyak?",
        "kumuh.kalteng",
    ),
    (
        "How many slum locations are in Central Kalimantan and how many hectares in total? "
        "Mostly along rivers?",
        "kumuh.kalteng",
    ),
    # usulan.isi
    (
        "Saya baru dipindah ke bidang perkim. Satu usulan kegiatan ke provinsi itu isinya "
        "apa saja, dan kenapa harus selengkap itu?",
        "usulan.isi",
    ),
    (
        "Pak, tadi kepala dinas marah2 karena usulan kita tahun lalu tipis banget 😅 Biar "
        "tahun ini benar, satu usulan itu harus memuat informasi apa aja sih?",
        "usulan.isi",
    ),
    (
        "En isi usulan kegiatan ke provinsi pak? kenapa harus ada judul, sektor, jumlah KK segala?",
        "usulan.isi",
    ),
    # usulan.jenis
    (
        "En jenis usulan yang tau diajukan lewat Sinkron pak? kumuh, PSU, RTLH... en lagi?",
        "usulan.jenis",
    ),
    (
        "Saya camat, mau bantu dinas. Usulan macam apa saja yang diterima provinsi? Bisa "
        "tidak usul pembangunan balai warga?",
        "usulan.jenis",
    ),
    (
        "Jenis usulan yg bisa dikirim ada brp macam? ada pilihan lainnya jg kah buat yg gak "
        "masuk kategori? 🙏",
        "usulan.jenis",
    ),
    # usulan.lokasi
    (
        "Titik koordinat lokasi usulan wajib diisi kah? Selain itu data lokasi apa saja yang "
        "harus diisi untuk lokasi di perdesaan?",
        "usulan.lokasi",
    ),
    (
        "Data lokasi usulan en aja yg dimasukkan pak? kecamatan, desa, nama kawasan... GPS "
        "perlu kah?",
        "usulan.lokasi",
    ),
    (
        "Minggu depan tim mau turun ke lapangan ambil data lokasi untuk usulan. Yang perlu "
        "dicatat apa saja? luas, perkotaan atau perdesaan, nama lokasi sesuai SK?",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    (
        "Di usulan, jumlah penerima manfaat dihitung per KK atau per jiwa? Biayanya cukup "
        "ditulis perkiraan total kah?",
        "usulan.penerima_biaya",
    ),
    (
        "Usulan kami kira-kira dua miliar lima ratus juta untuk seratus dua puluh KK. Sumber "
        "dana yang bisa dipilih apa saja? boleh kombinasi APBD kab dan provinsi?",
        "usulan.penerima_biaya",
    ),
    (
        "Pak kolom biaya diisi pake RAB atau taksiran aja? trus sumber dananya kalo ada "
        "sharing dari kab ditulis gimana? 🙏🙏",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    (
        "Readiness criteria usulan itu apa saja pak? biar usulan kami dianggap siap diproses",
        "usulan.kesiapan",
    ),
    (
        "Kriteria kesiapan usulan PSU apa aja pak? kemarin dibilang belum siap, saya kira "
        "sudah lengkap 😅",
        "usulan.kesiapan",
    ),
    (
        "Saya pendamping, mau bantu dinas menyiapkan usulan. Selain foto, dokumen kesiapan "
        "apa yang paling menentukan usulan PSU layak diproses?",
        "usulan.kesiapan",
    ),
    (
        "Tahun depan kami mau ajukan penataan kumuh sebelas hektar. Dari sekarang dokumen "
        "kesiapan apa saja yang harus dikumpulkan supaya nilainya tinggi?",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    (
        "Jalan lingkungan yang mau kami usulkan lewat tanah warga, belum bersertifikat, cuma "
        "ada SKT. Syarat status lahan untuk usulan apa? clean and clear itu maksudnya gimana?",
        "usulan.lahan",
    ),
    (
        "Lahan harus cleaning and clear kah pak? tanahnya punya desa tapi belum bersertifikat 😅",
        "usulan.lahan",
    ),
    (
        "What does 'clean and clear' land mean for the proposal? The land is owned by the village.",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    (
        "SK kumuh kami ditetapkan enam tahun lalu, masih bisa dipakai untuk usulan kumuh "
        "tahun depan kah?",
        "usulan.sk_kumuh",
    ),
    (
        "Lokasi ikei jida tercantum di SK kumuh, tapi kondisi e kumuh banar. Tau kah "
        "diusulkan ke provinsi?",
        "usulan.sk_kumuh",
    ),
    (
        "Di form usulan kumuh, nomor dan tanggal SK kumuh wajib diisi? Kenapa ditanya juga "
        "lokasinya masuk SK atau tidak?",
        "usulan.sk_kumuh",
    ),
    (
        "For slum proposal we need the SK kumuh? Ours is from 2017, still can use?",
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    (
        "Saya site engineer. Untuk usulan ke provinsi, DED dan RAB harus sudah final atau "
        "cukup gambar rencana? RKS juga perlu?",
        "usulan.dokumen_teknis",
    ),
    (
        "Foto kondisi eksisting brp lembar maks pak? PDF DED boleh dilampirkan juga? 📸🙏",
        "usulan.dokumen_teknis",
    ),
    (
        "DED, RAB, site plan tuh harus uras kah pak? ikei baru ada RAB",
        "usulan.dokumen_teknis",
    ),
    (
        "Pak, konsultan perencana baru selesai bulan lalu. Gambar site plan dan RKS-nya "
        "dikirim bareng usulan atau nanti kalau diminta aja?",
        "usulan.dokumen_teknis",
    ),
    # usulan.surat_pernyataan
    (
        "Surat pernyataan kesediaan menerima hibah dan O&P itu ditandatangani siapa dan "
        "isinya apa saja?",
        "usulan.surat_pernyataan",
    ),
    (
        "Pak ada contoh format surat pernyataan menerima hiburan dan O&P? yg tanda tangan "
        "kadis atau bupati? 🙏🏻",
        "usulan.surat_pernyataan",
    ),
    (
        "Pak, kemarin rapat TAPD lama bgt. Oh iya, kenapa usulan ke provinsi wajib ada surat "
        "pernyataan sanggup memelihara? kan yang bangun provinsi",
        "usulan.surat_pernyataan",
    ),
    (
        "Surat kesanggupan operasi dan pemeliharaan tuh wajib kah pak? mun jida ada, "
        "usulan ikei ditolak kah?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    (
        "Saya kades. Rumah salah satu warga hampir roboh, tanahnya punya sendiri tapi cuma "
        "SKT. Bisa dapat bedah rumah dari provinsi? syaratnya apa?",
        "usulan.rtlh",
    ),
    (
        "Mun handak bangun huma baru gasan warga miskin yang belum punya rumah, tau kah lewat "
        "program RTLH provinsi?",
        "usulan.rtlh",
    ),
    (
        "Penerima RTLH provinsi ditetapkan pake SK apa pak? SK gubernur atau SK bupati? 🙏 "
        "warga nanya terus",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "Saya lurah. Warga mau mengajukan sendiri perbaikan drainase ke Disperkimtan. Boleh "
        "langsung dari masyarakat? perlu tanda tangan siapa saja?",
        "usulan.psu_masyarakat",
    ),
    (
        "Warga satu gang di Panarung mengaku sudah mengirim proposal jalan ke provinsi. "
        "Memang masyarakat bisa usul PSU langsung? apa syaratnya? (saya wartawan)",
        "usulan.psu_masyarakat",
    ),
    (
        "Can a community group request a neighbourhood road directly to the provincial agency?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "Jalan lingkungan yang dibangun provinsi di desa kami, setelah selesai jadi aset "
        "siapa? yang memelihara siapa?",
        "hibah.aset",
    ),
    (
        "Saya staf DPRD kabupaten. Aset hasil pembangunan Disperkimtan di kabupaten "
        "diserahkan lewat BAST ya? siapa yang tanda tangan naskah hibahnya?",
        "hibah.aset",
    ),
    (
        "Drainase yg dibangun prov tahun lalu sudah retak2, itu tanggung jawab prov atau kab? "
        "blm ada serah terima soalnya 😩",
        "hibah.aset",
    ),
    (
        "After province builds drainage in our district, who own it and who maintain it?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "Kalau usulan kami bukan kewenangan provinsi, dananya bisa dicari dari mana saja? "
        "DAK, APBDes, CSR?",
        "pendanaan.saluran_lain",
    ),
    (
        "Kumuh kecil lima hektar jida kewenangan provinsi, kueh ikei mencari dananya pak?",
        "pendanaan.saluran_lain",
    ),
    (
        "If the province cannot fund it, which other funding sources exist? CSR from palm "
        "oil companies maybe?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        "Saya camat baru. Bisa dijelaskan alur usulan perkim ke provinsi dalam setahun? "
        "kapan disusun, kapan diperiksa, kapan diputuskan?",
        "siklus.tahunan",
    ),
    (
        "Usulan yang kami kirim bulan ini nanti dibiayai tahun berapa? langsung tahun depan kah?",
        "siklus.tahunan",
    ),
    (
        "Kilen siklus usulan tiap tahun pak? aku masih anyar di dinas, jida tau urutan e",
        "siklus.tahunan",
    ),
    (
        "Pak sy baru pindah dr bagian umum 😅 Usulan ke prov itu tiap taun kah siklusnya? "
        "mulai dr mana sampai mana?",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    (
        "Setelah usulan masuk, provinsi memeriksa apa saja? administrasi, teknis, kewenangan?",
        "siklus.pemeriksaan",
    ),
    (
        "Pak yg dicek provinsi dari usulan kita itu apa aja sih? takut ada yg kurang 😬 tim "
        "bakal survei lapangan juga kah?",
        "siklus.pemeriksaan",
    ),
    (
        "How does the province evaluate the proposals? There is technical check on site?",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    (
        "Rakor bidang kawasan permukiman se-Kalteng itu tujuannya apa dan biasanya siapa "
        "saja yang hadir? (saya wartawan)",
        "siklus.rakor",
    ),
    (
        "Pak, kemarin ketemu kawan dari Barsel, katanya rakor tahun lalu bulan November. "
        "Sebenarnya rakor itu untuk apa sih, usulan dibahas di sana kah?",
        "siklus.rakor",
    ),
    (
        "Rakor tuh en gunanya bagi kabupaten pak? setahun pire kali?",
        "siklus.rakor",
    ),
    (
        "What is the Rakor? once a year?",
        "siklus.rakor",
    ),
    # siklus.rkpd_apbd
    (
        "Saya staf fraksi. Setelah usulan disepakati di Rakor, jalannya ke Musrenbang "
        "provinsi, RKPD, terus APBD ya? kapan ada kepastian anggarannya?",
        "siklus.rkpd_apbd",
    ),
    (
        "Bagaimana hubungan Rakor perkim dengan Musrenbang provinsi dan penyusunan RKPD? "
        "Untuk skripsi saya tentang perencanaan daerah.",
        "siklus.rkpd_apbd",
    ),
    (
        "Usulan lolos di rakor berarti pasti dapat duit di APBD kah pak? atau masih hrs "
        "lewat muserbang & RKPD? 🤔",
        "siklus.rkpd_apbd",
    ),
    (
        "Usulan ikei sudah dibahas di Rakor. Palus kilen sampai masuk APBD provinsi?",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    (
        "Pokja PKP di kabupaten itu tugasnya apa, dan biasanya siapa yang jadi ketuanya?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Saya fasilitator, mau mengaktifkan lagi Pokja PKP yang sudah lama vakum di "
        "kabupaten. Dasar hukumnya apa ya?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Is there a working group for housing and settlement coordination at district level?",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    (
        "Kantor Disperkimtan provinsi alamatnya di mana? mau antar berkas besok pagi",
        "disperkimtan.kontak",
    ),
    (
        "Kantor Disperkimtan tuh kueh pak? aku handak antar surat usulan bupati",
        "disperkimtan.kontak",
    ),
    (
        "Address and website of provincial housing agency please",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    (
        "Bot ini perintahnya apa aja ya? saya baru gabung, belum ngerti 🙏",
        "bot.cara_pakai",
    ),
    (
        "Jam yg ditampilkan bot itu pakai WIB kah? Hp saya masih setelan Wita dari dinas "
        "luar kemarin 😅",
        "bot.cara_pakai",
    ),
    (
        "How to use this bot? Is there help command?",
        "bot.cara_pakai",
    ),
    # bot.usul
    (
        "Mau kirim usulan lewat bot ini caranya gimana? ketik /usul terus ikuti aja?",
        "bot.usul",
    ),
    (
        "Kilen mengirim usulan lewat Sinkron pak? mun sinyal putus di tengah form, hilang "
        "kah yang sudah aku isi?",
        "bot.usul",
    ),
    (
        "Minggu depan mau masukkan tiga usulan lewat /usul. Bisa sekali jalan atau harus "
        "satu-satu? foto maksimal berapa?",
        "bot.usul",
    ),
    # bot.status
    (
        "Status 'verifikasi' sama 'dibahas di Rakor' di bot itu bedanya apa?",
        "bot.status",
    ),
    (
        "Usulan saya statusnya perlu perbaikan, artinya ditolak kah? 😭 harus ngapain",
        "bot.status",
    ),
    (
        "En arti status 'disetujui' pak? berarti pasti dibangun kah?",
        "bot.status",
    ),
    (
        "Tadi sy batalkan satu usulan, statusnya jadi dibatalkan. Itu masih bisa dihidupkan "
        "lagi gak pak? 🙏",
        "bot.status",
    ),
    # bot.ditolak_dialihkan
    (
        "Usulan kami ditolak dengan alasan bukan kewenangan provinsi. Terus langkah "
        "selanjutnya apa? bisa minta ditinjau ulang?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Usulan ikei dialihkan ke APBD kabupaten, en artinya pak? provinsi jida membantu lagi kah?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Pak usulan kami dialirkan ke DAK katanya 😩 maksudnya gmn? harus usul ulang ke mana?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Selamat pagi 🙏 Di Pulpis hujan terus seminggu, jalan ke kantor banjir. Oh iya pak, "
        "usulan drainase kami kemarin ditolak, alasannya bisa dilihat di mana? masih bisa "
        "diajukan lagi tahun depan?",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    (
        "Sudah seminggu usulan kami diajukan tapi belum ada respon. Standar waktunya berapa "
        "hari sebenarnya?",
        "bot.tindak_lanjut",
    ),
    (
        "Saya jurnalis. Apakah ada standar waktu tindak lanjut usulan di Sinkron, seperti "
        "LAPOR! yang verifikasi tiga hari kerja?",
        "bot.tindak_lanjut",
    ),
    (
        "How long until the province respond to my proposal?",
        "bot.tindak_lanjut",
    ),
    # bot.rapat
    (
        "Saya dapat undangan rapat di bot tapi kadis berhalangan. Boleh diwakilkan staf? "
        "cara konfirmasinya gimana?",
        "bot.rapat",
    ),
    (
        "Pengingat rapat dari bot masuknya kapan aja pak? kemarin saya hampir lupa 😅 bisa "
        "diatur jadi H-1?",
        "bot.rapat",
    ),
    (
        "Aku jida tau hadir rakor minggu depan, kilen mengganti perwakilan di Sinkron?",
        "bot.rapat",
    ),
]

PART_B_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # glossary: camat, kepala desa and lurah asking about words in letters and invitations
    (
        (
            "Selamat pagi pak, saya camat di Kahayan Hilir. Di undangan rapat tertulis "
            "'peningkatan jaling', jaling itu singkatan dari apa ya?"
        ),
        "istilah.jaling",
    ),
    (
        (
            "Saya kepala desa Tinduk. Warga tiap hari nanya soal bedah rumah, sebenarnya "
            "bedah rumah itu istilah untuk apa?"
        ),
        "istilah.bedahrumah",
    ),
    (
        "kades di Mantangai nanya ke aku bsps tuh en, aku jida tau jawab 😅 tolong jelaskan",
        "istilah.bsps",
    ),
    ("pak lurah nanya apbdes itu anggaran apa, khusus desa kah?", "istilah.apbdes"),
    (
        (
            "lampiran SK kami ada 'peta deliniasi kawasan', deliniasi itu artinya menggambar "
            "batas kah?"
        ),
        "istilah.delineasi",
    ),
    (
        (
            "Pak camat titip tanya: di surat dinas ada kata PKP, itu maksudnya apa? bukan "
            "pengusaha kena pajak kan 😅"
        ),
        "istilah.pkp",
    ),
    ("drainase lingkungan itu maksudnya got/parit di kampung ya?", "istilah.drainase"),
    # glossary: Dayak Ngaju / Kapuas / Sampit words mixed in
    ("psu tuh singkatan en sih? 😅 aku baru dipindah ke bidang ini", "istilah.psu"),
    ("kilen maksud rtlh? kepanjangannya en?", "istilah.rtlh"),
    ("en arti huruf KR di tabel kumuh? aku jida paham", "istilah.kr"),
    ("ikau tau jelaskan SKT? surat en kah itu", "istilah.skt"),
    ("rusunawa tuh rumah en? 'wa' nya singkatan apa", "istilah.rusunawa"),
    ("aku bingung, KB di data kumuh bukan keluarga berencana kan? 😂 artinya en", "istilah.kb"),
    # glossary: journalists, DPRD staff, students, NGO facilitators
    (
        (
            "Mas, saya wartawan. Di rilis pers ada frasa 'rusus bagi nelayan', rusus itu "
            "kepanjangannya apa?"
        ),
        "istilah.rusus",
    ),
    (
        "Saya staf anggota dewan. Orang dinar sering sebut pokir, kepanjangan resminya apa ya?",
        "istilah.pokir",
    ),
    (
        (
            "Kak, dosen pembimbing skripsi saya nyuruh baca RP3KP Kalteng. RP3KP itu dokumen "
            "apa ya? 🙏"
        ),
        "istilah.rp3kp",
    ),
    (
        (
            "Saya fasilitator LSM di Kapuas. Sering dengar Pokja PKP, itu kelompok kerja apa "
            "sebenarnya?"
        ),
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        "Di berita saya mau tulis 'backlog perumahan', backlog itu artinya apa persisnya?",
        "istilah.backlog",
    ),
    ("KKN kami bikin TPS3R di desa, 3R-nya itu singkatan apa sih?", "istilah.tps3r"),
    (
        "buat bab 2 skripsi: yang disebut kumuh itu sebenarnya apa? definisinya gimana",
        "istilah.kumuh",
    ),
    (
        "saya pendamping program di Pulang Pisau, huruf KS di daftar lokasi itu kumuh apa?",
        "istilah.ks",
    ),
    # glossary: a contractor's site engineer
    (
        (
            "Saya site engineer kontraktor. Konsultan minta DED dulu sebelum kami mulai, DED "
            "itu kepanjangannya apa?"
        ),
        "istilah.ded",
    ),
    ("di dokumen lelang ada bab RKS, RKS itu rencana kerja dan apa?", "istilah.rks"),
    ("site plan itu kalo bahasa indonesianya apa? rencana tapak kah?", "istilah.siteplan"),
    ("KAK sama TOR itu sama gak sih? KAK kepanjangannya apa", "istilah.kak"),
    ("rab singkatan nya apa ya pak", "istilah.rab"),
    # glossary: chit-chat first, the question buried in the middle or at the end
    (
        (
            "Pagi pak, hujan terus di Buntok ini, jalan ke kantor banjir lagi 😩. Oh iya "
            "sekalian, IPAL itu kepanjangannya apa ya? buat laporan"
        ),
        "istilah.ipal",
    ),
    (
        (
            "Baru pulang dari lapangan, capek 😅 btw SPAM di dokumen itu bukan email spam kan, "
            "maksudnya apa?"
        ),
        "istilah.spam",
    ),
    (
        "Selamat siang, semoga sehat selalu. Mau tanya hal kecil, BMD itu barang milik apa?",
        "istilah.bmd",
    ),
    (
        (
            "Tadi ketemu teman dari Bapperida, katanya nama dinasnya berubah terus. Ngomong2 "
            "Bapperida itu badan apa? dulu kan Bappeda"
        ),
        "istilah.bapperida",
    ),
    (
        (
            "kemarin anak saya nanya saya kerja di mana, saya bingung jelasinnya 😂 "
            "Disperkimtan itu kepanjangannya apa, 'tan' di belakangnya apa?"
        ),
        "istilah.disperkimtan",
    ),
    (
        "habis banjir kemarin di grup WA rame kata huntara. itu artinya apa bang?",
        "istilah.huntara",
    ),
    # glossary: time-anchored
    (
        "bulan lalu di musrenbang kecamatan ada yang sebut SPALD, itu apa kepanjangannya?",
        "istilah.spald",
    ),
    (
        "tahun depan katanya kami harus susun RP2KPKP, itu singkatan dari apa dulu?",
        "istilah.rp2kpkp",
    ),
    (
        (
            "sebelum lebaran kemarin ada kata KUA-PPAS di rapat anggaran, itu apaan, panjang "
            "bener 😩"
        ),
        "istilah.kuappas",
    ),
    # glossary: phone autocorrect damage
    ("Pak, di rapi tadi pagi disebut RC harus lengkap, RC itu apaan ya 😅", "istilah.rc"),
    ("saya mau tanda, SKBG itu sertifikat kepemilikan apa ya?", "istilah.skbg"),
    ("bankeu itu bank apa? 😂 di rapat disebut bankeu provinsi", "istilah.bankeu"),
    ("musrenbang kepanjangannya musyawarah apa gitu, saya lupa tetap", "istilah.musrenbang"),
    ("lahan harus klin en klir, maksudnya apa itu", "istilah.cleanandclear"),
    # glossary: emoji-heavy and very short messages
    ("BMN???", "istilah.bmn"),
    ("RKA = ??? 🙏", "istilah.rka"),
    ("APBN kepanjangan?", "istilah.apbn"),
    ("OPD itu singkatan apa 🙏🙏", "istilah.opd"),
    ("perkim singkatan dari apa", "istilah.perkim"),
    ("bast itu berita acara apa 🤔", "istilah.bast"),
    ("ha itu satuan apa? maaf pertanyaan dasar 😅", "istilah.ha"),
    ("rusun itu rumah apa?", "istilah.rusun"),
    ("slf itu sertifikat apa 👀", "istilah.slf"),
    # glossary: ordinary officers' questions
    (
        "di formulir ada jumlah KK, KK di sini maksudnya kartu keluarga atau kepala keluarga?",
        "istilah.kk",
    ),
    ("yang dimaksud jiwa di data penerima itu hitungan orang kah?", "istilah.jiwa"),
    ("hibah itu artinya apa sih? pemberian cuma-cuma ya?", "istilah.hibah"),
    (
        "Di draf surat pernyataan ada tulisan O&P, itu singkatan dari operasi dan apa?",
        "istilah.op",
    ),
    ("SPM itu standar pelayanan apa ya? dengar di rapat tadi", "istilah.spm"),
    ("pokja ppas itu singkatan apa? banyak huruf P nya 😵", "istilah.pokjappas"),
    ("DAK Tematik PPKT, PPKT-nya itu apa?", "istilah.daktematikppkt"),
    ("DAK itu dana alokasi apa?", "istilah.dak"),
    ("rkpd itu rencana kerja apa?", "istilah.rkpd"),
    ("Renja itu dokumen apa pak? sering disebut bareng renstra", "istilah.renja"),
    ("SIPD itu sistem informasi apa ya? baru dengar", "istilah.sipd"),
    ("rtrw di syarat lahan itu maksudnya rt/rw atau rencana tata ruang? 😅", "istilah.rtrw"),
    ("PBG itu pengganti IMB kan? singkatan dari apa", "istilah.pbg"),
    (
        "Rakor itu rapat koordinasi apa lengkapnya? namanya panjang di undangan",
        "istilah.rakor",
    ),
    (
        "waktu di bot pakai WIB, WIB itu waktu indonesia apa? kita di Kalteng bukan WITA ya",
        "istilah.wib",
    ),
    ("SK kumuh itu singkatan dari surat keputusan apa?", "istilah.skkumuh"),
    # glossary: simple English from foreign researchers and donor missions
    (
        "what does PSU stand for? it shows up in almost every Disperkimtan report I read",
        "istilah.psu",
    ),
    ("Excuse me, what is MBR? Is it an income category?", "istilah.mbr"),
    ("What is a huntap? I saw it in a post-flood report", "istilah.huntap"),
    ("What is the APBD exactly? Is it the regional budget?", "istilah.apbd"),
    ("I keep seeing RPJMD in planning documents, what does it mean?", "istilah.rpjmd"),
    ("Please what mean 'kotaku'? it is a city?", "istilah.kotaku"),
    ("what is an MCK? the village people mention it all the time", "istilah.mck"),
    ("Is LAPOR! a government app? What is it exactly?", "istilah.lapor"),
]

PART_B_INTENTS: list[tuple[str, str]] = [
    # intent: status of the officer's own proposals
    (
        "usulan jaling kami yang dikirim bulan lalu sampai mana ya? udah diperiksa belum 🙏",
        "status",
    ),
    ("cek status usulan kami dong", "status"),
    ("pire usulan aku yang masih perlu perbaikan?", "status"),
    (
        (
            "Pagi pak, kemarin Kadis kami nanya terus usulan drainase Baamang udah diterima "
            "provinsi belum 😅 bisa tolong dicek?"
        ),
        "status",
    ),
    (
        "Has our regency's proposal been approved yet? We sent it before the holidays.",
        "status",
    ),
    ("USL-2026-0031 gmn kabarnya, ditolak kah???", "status"),
    # intent: next meeting
    ("rakor tahun ini kapan ya pak? biar bisa atur SPPD dari sekarang", "meeting"),
    ("rapat berikutnya kueh tempatnya? 🙏", "meeting"),
    ("When is the next coordination meeting with the regencies, and where is it held?", "meeting"),
    ("sebelum lebaran ada rapat koordinasi lagi kah dengan provinsi?", "meeting"),
    (
        (
            "Kabid nyuruh saya tanya, rapat sinkronisasi kawasan permukiman berikutnya tanggal "
            "berapa 📅???"
        ),
        "meeting",
    ),
    ("undangan rakor yang akan datang sudah ada? jam berapa mulainya?", "meeting"),
    # intent: proposal deadline
    ("batas akhir kirim usulan kapan ya?", "deadline"),
    ("usulan untuk tahun anggaran depan paling lambat tanggal pire?", "deadline"),
    ("masih sempat kah kirim usulan minggu depan? tenggatnya kapan", "deadline"),
    ("What is the deadline for sending proposals this year?", "deadline"),
    ("tutupnya penerimaan usulan kapan pak, takut telat kaya tahun lalu 😅", "deadline"),
    ("sebelum tanggal berapa usulan PSU harus sudah masuk ke provinsi?", "deadline"),
    # intent: greeting, thanks, help, what can you do
    ("halo 👋", "greeting"),
    ("makasih banyak ya bot, sangat membantu 🙏🙏", "greeting"),
    ("ikau tau bantu aku en?", "greeting"),
    ("Selamat sore, bot ini bisa bantu apa aja?", "greeting"),
    (
        "Hello! I am with a donor mission visiting Palangka Raya. What can this bot do?",
        "greeting",
    ),
    ("help", "greeting"),
    # intent: how to submit a proposal through the bot
    ("kilen cara kirim usulan lewat bot ini?", "how_to_submit"),
    ("gimana caranya ngusulin jalan lingkungan lewat Sinkron? 🙏", "how_to_submit"),
    ("How do I submit a proposal through this bot?", "how_to_submit"),
    (
        "mau masukin usulan drainase desa, mulai dari mana ya di bot ini?",
        "how_to_submit",
    ),
    ("perintah apa yang dipakai buat kirim usulan di sini?", "how_to_submit"),
    (
        "pak lurah minta saya input usulan RTLH lewat telegram ini, langkahnya gmn?",
        "how_to_submit",
    ),
]

PART_B_AREAS: list[tuple[str, str]] = [
    # areas: under 10 ha -> kabupaten/kota
    ("kawasan kumuh di Kelurahan Baamang Hulu luasnya 9,8 ha, ini urusan siapa?", "kabkota"),
    (
        "luas delineasi kumuh di SK cuma 0,8 hektar, itu provinsi bisa tangani?",
        "kabkota",
    ),
    ("85.000 m² kawasan kumuh di Kumai Hilir kewenangan siapa ya", "kabkota"),
    (
        "tujuh hektar kumuh di pinggir sungai Kuala Kurun, yang harus nanganin siapa?",
        "kabkota",
    ),
    (
        "Slum site of 9.5 hectares in Tamiang Layang. Is that the province's job?",
        "kabkota",
    ),
    (
        "kumuh sembilan koma sembilan hektare, sedikit lagi 10, masuk provinsi gak?",
        "kabkota",
    ),
    ("45.000 meter persegi kumuh di Pasir Putih, siapa yang berwenang?", "kabkota"),
    ("kumuh 6 hektare di Selat Barat, kewenangan en? kabupaten kah provinsi?", "kabkota"),
    # areas: 10 ha up to under 15 ha -> provinsi
    ("Pas 10 ha di SK kumuh, masuk kewenangan siapa?", "provinsi"),
    (
        (
            "kumuh sedikit di bawah 15 ha, sekitar 14,9 ha di Mentawa Baru Hilir, masih "
            "provinsi kan?"
        ),
        "provinsi",
    ),
    (
        "lokasi kumuh di Panarung 14,7 ha, jadi lebih dari 14,5 ha. provinsi atau pusat?",
        "provinsi",
    ),
    ("120.000 m2 kumuh di Ketapang Sampit, siapa yang tangani?", "provinsi"),
    ("A slum area of 12.3 hectares in Pahandut, who is responsible for it?", "provinsi"),
    (
        "empat belas koma lima hektare kawasan kumuh di Kasongan Baru, tanggung jawab siapa?",
        "provinsi",
    ),
    ("kumuh sepuluh hektar persis, yang kerja provinsi ya?", "provinsi"),
    (
        "Pak camat Kumai titip tanya: kumuh 10,2 hektar di Candi kewenangan siapa 🙏",
        "provinsi",
    ),
    (
        (
            "wartawan nih: kumuh bantaran sungai di Tumbang Rungan 11 hektare, siapa yang wajib "
            "menata?"
        ),
        "provinsi",
    ),
    # areas: 15 ha or more -> pusat
    ("luas kumuh tepat lima belas hektar, yang tangani siapa?", "pusat"),
    ("22 ha kumuh di Selat Hulu, provinsi bisa?", "pusat"),
    ("150.000 meter persegi kawasan kumuh, kewenangan siapa?", "pusat"),
    (
        "Around 16 hectares of slum near Puruk Cahu. Province or central government?",
        "pusat",
    ),
    (
        "buat skripsi: lokasi kumuh 18,4 ha di Kuala Kapuas itu wewenang pemerintah mana?",
        "pusat",
    ),
    (
        "kumuh persis 15 ha di Marang, bulan lalu ada yang bilang provinsi, bener gak?",
        "pusat",
    ),
    ("tiga puluh hektare kumuh di Mendawai Seberang 😱 siapa yang urus?", "pusat"),
    ("kumuh 15,5 ha di Baamang Tengah kewenangan en?", "pusat"),
]

PART_B_OUT_OF_SCOPE: list[str] = [
    # out of scope: specific budget figures and allocations
    "Berapa pagu anggaran Disperkimtan untuk jalan lingkungan tahun 2027?",
    "Kabupaten Seruyan dapat alokasi berapa dari provinsi untuk tahun 2027? 🙏",
    "Realisasi fisik proyek drainase di Kotim bulan lalu sudah berapa persen?",
    "Berapa jumlah RTLH di Kabupaten Katingan per 2025?",
    "What was Disperkimtan's total budget in 2024, in US dollars?",
    # out of scope: named contractors, payments, named people
    "CV Borneo Karya Mandiri itu rekanan Disperkimtan bukan? mereka ngaku-ngaku di desa",
    "Kontraktor nih, termin kedua pembayaran proyek kami kapan dibayar?",
    "minta nomor HP pribadi Kabid Kawasan Permukiman dong, mau konfirmasi langsung",
    "nama kepala desa Tumbang Miwan sekarang siapa ya?",
    (
        "Saya wartawan. Apa tanggapan dinas soal dugaan mark-up proyek jalan lingkungan "
        "yang diberitakan minggu lalu?"
    ),
    # out of scope: technical construction specs and unit prices
    "tebal rabat beton jalan lingkungan minimal berapa cm ya? konsultan bilang 12 cm",
    "mutu beton saluran drainase pakai K-225 atau K-250?",
    "harga satuan U-ditch 40x40 per meter di Sampit berapa?",
    "pire harga kayu ulin per kubik di Kasongan sekarang?",
    "standar honor konsultan perencana DED berapa persen dari nilai proyek?",
    "harga semen di Muara Teweh sekarang berapa per sak?",
    # out of scope: other provinces' rules, local tariffs, tax
    "Pergub Kalsel tentang bantuan rumah tidak layak huni itu nomor berapa?",
    "Di Jawa Timur, hibah sarana air bersih ke desa pakai Pergub nomor berapa?",
    "Berapa tarif retribusi PBG di Kota Palangka Raya per meter persegi?",
    "honor tim verifikasi lapangan kena PPh 21 berapa persen?",
    # out of scope: SIPD errors
    "SIPD error terus waktu input sub kegiatan, muncul 'gagal menyimpan', solusinya apa?",
    "akun SIPD saya terkunci sejak kemarin 😭 siapa yang bisa reset?",
    # out of scope: personal civil-service matters
    "syarat kenaikan pangkat dari III/b ke III/c apa aja pak?",
    "TPP bulan ini kapan cair ya? 😅",
    "saya mau mutasi dari dinas kabupaten ke provinsi, prosedurnya gimana?",
    "Is there any job opening at Disperkimtan for foreign consultants?",
    # out of scope: off-topic
    "jadwal speedboat dari Kuala Kapuas ke Pulau Petak besok jam berapa?",
    "besok Palangka Raya hujan gak ya?",
    "resep juhu singkah yang enak gimana 😂",
    "Kalteng Putra tadi malam menang gak?",
]


ROUND35_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [*PART_A_TOPICS, *PART_B_TOPICS]
ROUND35_INTENTS: list[tuple[str, str]] = PART_B_INTENTS
ROUND35_AREAS: list[tuple[str, str]] = PART_B_AREAS
ROUND35_OUT_OF_SCOPE: list[str] = PART_B_OUT_OF_SCOPE
