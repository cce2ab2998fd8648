"""Held-out question table, round 56 (written 2026-12-07 before round 34 of tuning; never tuned on).

Two writers who had not seen the knowledge base or any other question table each wrote half:
they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place
list). Nobody tuning the matcher reads this file: bench/qa_quality.py --final measures it.

Round 55's styles by other hands, written before any of them was taught (a lint run showed
round 55's questions to the tuner; this table's were never seen): phone autocorrect swapping
a word for a real but wrong one, Malaysian Malay spelling and words, a wrong premise or a
guess to confirm, fill-in-the-blank and multiple choice, Telegram formatting left in (bold,
bullets, line breaks), hypotheticals, voice typing (spoken punctuation, numbers as words), a
newcomer describing a thing instead of naming it; Indian English for the first half of the
topic list and Singapore/Malaysian English for the second.
"""

ROUND56_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "*Pembagian kewenangan perkim*\n• pusat = ?\n• provinsi = ?\n• kab/kota = ?\nmohon "
            "ringkasannya, mau sy tempel di bahan paparan"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Kindly share the overall division of housing and settlement functions between "
            "centre, province and district as per UU 23/2014. Please do the needful."
        ),
        "kewenangan.ringkasan",
    ),
    (
        ("perumahan itu masuk urusan pilihan kan? setahu saya bukan wajib, betul tidak?"),
        "kewenangan.urusan_wajib",
    ),
    (
        (
            "urusan perumahan rakyat & kawasan permukiman menurut psl 12 UU 23/2014 termasuk "
            "___\na. wajib pelayanan dasar\nb. wajib non pelayanan dasar\nc. pilihan"
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        ("kawasan kumuh itu kewarganegaraan siapa tergantung luas ya? batas2 hektarnya brp aja"),
        "kewenangan.kumuh",
    ),
    (
        (
            "What is the procedure to decide which level handles a slum area? Kindly explain "
            "the hectare limits."
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kumuh yg 15 ha ke atas kan katanya pusat, itu bunyi aturannya udah pasti atau "
            "masih belum terkonfirmasi?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "misal nanti kawasan kumuh kami lebih dari lima belas hektar dan jadi urusan "
            "pusat, prov masih bisa bantu apa tidak"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        ("kegiatan pencegahan kumuh bisa diusulkan ke prov gak? atau murni tugas kab?"),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        (
            "andaikan kami nak buat projek cegah kawasan jadi kumuh di Kasongan Baru, kerajaan "
            "negeri boleh bantu tak?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    ("sub urusan perumahan itu prov kebagian apa aja, kab/kota apa aja?", "kewenangan.perumahan"),
    (
        (
            "Kindly revert on which items of the housing sub-affair (perumahan) are with "
            "province and which are with regency."
        ),
        "kewenangan.perumahan",
    ),
    (
        ("penyediaan rumah utk MBR itu kewenangan prov kan ya? kami mau usul ke Disperkimtan"),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "program rumah murah buat warga yg gajinya kecil, yg cicilannya dibantu pemerintah "
            "itu, urusan level mana sebenarnya"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "seumpama banjir besar di Kapuas ditetapkan bencana provinsi, rumah warga yg rusak "
            "itu dibangun siapa?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "warga yg kena relokasi program pemkab Barut, rumah penggantinya difasilitasi prov "
            "atau kab sendiri"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        ("kelulusan izin bina perumahan dari pemaju tu dikeluarkan provinsi ke kabupaten?"),
        "kewenangan.izin",
    ),
    ("SKBG rusun itu yang nerbitin provinsi kan? bukannya kab?", "kewenangan.izin"),
    (
        ("di sub urusan kawasan permukiman, pusat pegang apa, provinsi apa, kab/kota apa?"),
        "kewenangan.kawasan_permukiman",
    ),
    (
        "sistem kawasan permukiman nasional itu yang menetapkan siapa tanda tanya",
        "kewenangan.kawasan_permukiman",
    ),
    (
        (
            "jalan di dalam komplek perumahan developer di Baamang rusak, bisa kami usulkan ke "
            "prov? atau itu bagian kab"
        ),
        "kewenangan.psu",
    ),
    (
        (
            "Kindly clarify whether PSU for housing estates comes under province or district. "
            "Our Kabid is asking, please revert at the earliest."
        ),
        "kewenangan.psu",
    ),
    (
        (
            "drainase di pinggir jalan provinsi depan pasar Kuala Kurun boleh masuk usulan PSU "
            "prov tidak"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "PSU yang dibangun dinas prov itu apa aja? cuma jaling & drainase? kalau MCK atau "
            "lampu jalan gmn"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        "sertifikasi perancang rumah tingkat kemampuan menengah itu di provinsi ya?",
        "kewenangan.sertifikasi",
    ),
    (
        (
            "Kindly inform which level does certification and registration of house and PSU "
            "planners with small capability."
        ),
        "kewenangan.sertifikasi",
    ),
    (
        ("spm perumahan rakyat untuk provinsi jenis layanannya apa aja dan targetnya brp persen"),
        "kewenangan.spm",
    ),
    (
        (
            "standar pelayanan minimal perumahan itu diatur pe pe nomor berapa tahun berapa "
            "tanda tanya"
        ),
        "kewenangan.spm",
    ),
    (
        (
            "luas kumuh yg dipakai buat nentuin kewenangan itu luas satu kelurahan atau luas "
            "yg di SK?"
        ),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Kel. Ketapang luasnya ratusan ha tp yg masuk SK kumuh cuma sebagian, jd luas mana "
            "yg dihitung?"
        ),
        "kumuh.luas_delineasi",
    ),
    ("yg netapin lokasi kumuh itu gubernur kan? bukannya bupati/walikota?", "kumuh.penetapan"),
    (
        ("SK penetapan lokasi kumuh menurut permen harus direviu paling lama berapa tahun sekali"),
        "kumuh.penetapan",
    ),
    ("7 aspek kumuh itu apa aja? sy cuma inget bangunan, jalan, air minum...", "kumuh.aspek"),
    (
        ("kriteria kumuh permen pupr 14/2018: ___ aspek, ___ kriteria. tolong isi titik2nya"),
        "kumuh.aspek",
    ),
    ("skor kumuh maksimal ___ , kumuh berat mulai nilai ___ . tolong isi", "kumuh.penilaian"),
    ("nilai kekumuhan lokasi kami enam puluh empat itu masuk berat ya", "kumuh.penilaian"),
    ("julat markah kumuh sedang dan ringan berapa ya", "kumuh.tingkat_sedang_ringan"),
    (
        "skor lokasi 30, itu kumuh ringan atau sedang?\na. ringan\nb. sedang",
        "kumuh.tingkat_sedang_ringan",
    ),
    ("beda pemagaran, peremajaan sama pemukiman kembali apa ya", "kumuh.pola_penanganan"),
    (
        ("kumuh sedang tapi tanahnya ilegal, pola penanganannya yg mana? peremajaan kan?"),
        "kumuh.pola_penanganan",
    ),
    ("brp jumlah lokasi kumuh di kalteng & total luasnya", "kumuh.kalteng"),
    ("kumuh di kalteng kebanyakan tipe apa sih, yg di tepi sungai ya?", "kumuh.kalteng"),
    ("permohonan projek ke provinsi kena isi maklumat apa je?", "usulan.isi"),
    (
        (
            "kenapa di usulan harus diisi jumlah sektor segala? air minum, sanitasi, sampah "
            "dll itu buat apa"
        ),
        "usulan.isi",
    ),
    (
        ("jenis usulan yg bisa diajukan: kumuh, PSU, ___, ___, lainnya. yg kosong apa aja?"),
        "usulan.jenis",
    ),
    (
        (
            "boleh tak saya hantar permohonan projek selain kumuh dan PSU? contoh rumah mangsa "
            "banjir"
        ),
        "usulan.jenis",
    ),
    ("data lokasi yang harus diisi di usulkan apa aja? perlu koordinat GPS?", "usulan.lokasi"),
    (
        (
            "lokasi usulan harus sampai desa/kelurahan ya? terus perkotaan atau perdesaan itu "
            "ngaruh?"
        ),
        "usulan.lokasi",
    ),
    (
        ("penerima manfaat di usulan dihitung KK atau jiwa? biayanya ditulis total atau per KK"),
        "usulan.penerima_biaya",
    ),
    (
        (
            "Kindly tell what beneficiary figures and cost details are to be filled in the "
            "proposal, and which funding sources can be selected."
        ),
        "usulan.penerima_biaya",
    ),
    (
        ("readiness criteria usulan PSU:\n1. DED\n2. RAB\n3. ...\nlanjutannya apa aja?"),
        "usulan.kesiapan",
    ),
    (
        ("dokumen kesiapan yg harus dilampirkan kalau mau usul jaling apa ya? DED wajib?"),
        ("usulan.kesiapan", "usulan.dokumen_teknis"),
    ),
    ("clean and clear itu maksudnya apa untuk lahan usulan? harus sertifikat?", "usulan.lahan"),
    (
        (
            "status tanah lokasi jalan yg kami usulkan masih ada sengketa dikit sama warga, "
            "ngaruh gak ke usulan?"
        ),
        "usulan.lahan",
    ),
    ("usulan kumuh wajib lampirkan SK kumuh? lokasi kami blm tercantum di SK", "usulan.sk_kumuh"),
    (
        ("SK kumuh kami umurnya udah 6 thn, masih bisa dipakai buat usulan kumuh ke prov?"),
        "usulan.sk_kumuh",
    ),
    ("RKS itu wajib dilampirkan di usulan atau cukup RAB sm DED aja", "usulan.dokumen_teknis"),
    (
        (
            "Kindly confirm whether DED, RAB and site plan are mandatory technical documents "
            "for the proposal, and whether photos of existing condition are needed."
        ),
        "usulan.dokumen_teknis",
    ),
    (
        "perlu surat pernyataan hibah & pemeliharaan di usulan? buat apa sih",
        "usulan.surat_pernyataan",
    ),
    (
        (
            "surat akuan sanggup terima hibah dan buat operasi serta penyelenggaraan tu wajib "
            "ada dalam permohonan ke?"
        ),
        "usulan.surat_pernyataan",
    ),
    (
        (
            "program bantuan perbaikan rumah reyot dari provinsi itu, penerimanya ditetapkan "
            "pakai SK siapa?"
        ),
        "usulan.rtlh",
    ),
    (
        (
            "Kindly advise the eligibility for provincial RTLH assistance. Beneficiary has "
            "only SKT, not certificate, will it do?"
        ),
        "usulan.rtlh",
    ),
    (
        ("warga RT kami mau minta jalan lingkungan langsung ke prov, bisa? syaratnya apa"),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Residents can submit drainage request straight to province or not? Need RT RW "
            "lurah camat know one is it?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "kalau seandainya prov bangun jalan di tanah kabupaten, nanti jadi aset siapa dan "
            "yg pelihara siapa"
        ),
        "hibah.aset",
    ),
    (
        (
            "After province build the drainage, the maintenance is our side already ah? Got "
            "BAST or not?"
        ),
        "hibah.aset",
    ),
    (
        "kalau usulan kami bukan kewenangan prov, bisa cari dana dari mana lagi",
        "pendanaan.saluran_lain",
    ),
    ("Proposal not under province, then can use DAK or CSR or not ah?", "pendanaan.saluran_lain"),
    (
        ("tolong jelasin alurnya:\n1. kab nyusun usulan\n2. ?\n3. ?\n4. jadi kegiatan"),
        "siklus.tahunan",
    ),
    ("usulan dikirim thn 2026 → masuk anggaran tahun ___ ?", "siklus.tahunan"),
    (
        "macam mana pihak provinsi semak permohonan kami? ada semakan teknikal tak?",
        "siklus.pemeriksaan",
    ),
    (
        (
            "How does province check our proposal one? Admin check, technical check, authority "
            "check, all also?"
        ),
        "siklus.pemeriksaan",
    ),
    (
        ("raker bidang kawasan permukiman itu sebenarnya acara apa, pesertanya siapa aja"),
        "siklus.rakor",
    ),
    (
        ("rapat besar tahunan sama provinsi yg bahas usulan2 kab itu namanya apa dan gunanya apa"),
        "siklus.rakor",
    ),
    ("setelah rapor, usulan yg lolos masuk kemana? musrenbang dulu?", "siklus.rkpd_apbd"),
    (
        (
            "Once approved at Rakor, it goes into RKPD then APBD is it? Or straight to budget "
            "already?"
        ),
        "siklus.rkpd_apbd",
    ),
    ("pok ja pe ka pe itu apa dan dasar hukumnya apa", "koordinasi.pokja_pkp"),
    (
        ("kumpulan kerja perumahan & kawasan permukiman tu fungsinya apa? wajib ada ke?"),
        "koordinasi.pokja_pkp",
    ),
    (
        "misal mau antar berkas langsung, kantor disperkimtan prov alamatnya dmn",
        "disperkimtan.kontak",
    ),
    (
        "Where is the Disperkimtan office ah? Want to go there send the hardcopy.",
        "disperkimtan.kontak",
    ),
    (
        ("jam di bot ini pakai WIB atau WITA? jadwal rapat kok beda sejam sama di HP sy"),
        "bot.cara_pakai",
    ),
    ("daftar perintah garis miring yg bisa dipakai petugas kab apa aja", "bot.cara_pakai"),
    ("pas isi /usul sinyal putus, datanya ilang gak? bisa lanjut?", "bot.usul"),
    ("Using /usul can attach PDF or not? How many photos max?", "bot.usul"),
    ("status *dibahas di Rakor* artinya apa? sudah pasti disetujui?", "bot.status"),
    ("_perlu perbaikan_ itu maksudnya apa, kami harus ngapain", "bot.status"),
    ("usulan kami dialihkan ke APBD kab, terus langkah kami apa", "bot.ditolak_dialihkan"),
    (
        ("Our proposal kena ditolak already, reason bukan kewenangan provinsi. Next step what ah?"),
        "bot.ditolak_dialihkan",
    ),
    (
        "berapa lama prov wajib verifikasi usulan setelah dikirim? ada standarnya?",
        "bot.tindak_lanjut",
    ),
    (
        (
            "What is the follow-up standard ah, like LAPOR one, how many working days to "
            "verify and respond?"
        ),
        "bot.tindak_lanjut",
    ),
    (
        ("sy gak bisa hadir rapor minggu depan, boleh diwakilkan staf? konfirmasinya lewat bot?"),
        "bot.rapat",
    ),
    ("pengingat mesyuarat dihantar berapa kali sebelum acara?", "bot.rapat"),
    ("perkim itu singkatan dari apa tanda tanya", "istilah.perkim"),
    ("dinas perkim tu perkim maksudnya apa ya", "istilah.perkim"),
    (
        ("Disperkimtan = Dinas Perumahan, Kawasan Permukiman dan ___ ? yg 'tan' itu apa"),
        "istilah.disperkimtan",
    ),
    ("Disperkimtan stands for what ah?", "istilah.disperkimtan"),
    ("PSU itu Prasarana Sarana Umum kan? setahu saya gitu, betul tidak?", "istilah.psu"),
    ("p s u itu apa ya kepanjangannya", "istilah.psu"),
    ("ja ling itu singkatan apa sering denger di rapat", "istilah.jaling"),
    ("What means jaling ah? Jalan something is it?", "istilah.jaling"),
    ("drainase itu artinya apa sih? saluran air?", "istilah.drainase"),
    ("di tabel ada kolom *KR*, *KS*, *KB*... yg *KR* itu artinya apa", "istilah.kr"),
    ("di peta sebaran ada kode KR. KR = kumuh ___ ?", "istilah.kr"),
    ("KS itu kumuh sedang atau kumuh sementara?", "istilah.ks"),
    ("kode ka es di data baseline maksudnya apa", "istilah.ks"),
    ("KB di data kumuh itu bukan keluarga berencana kan? artinya apa", "istilah.kb"),
    ("In slum data KB means what ah?", "istilah.kb"),
    ("SK kumur itu surat apa ya", "istilah.skkumuh"),
    ("es ka kumuh itu maksudnya surat apa", "istilah.skkumuh"),
    ("delineasi tu apa maksudnya, macam sempadan kawasan ke?", "istilah.delineasi"),
    ("delinasi kawasan kumuh itu maksudnya apa ya? sy baru di bidang ini", "istilah.delineasi"),
    ("RTLH = Rumah Tidak ___ Huni, isi yg kosong", "istilah.rtlh"),
    ("er te el ha itu apa", "istilah.rtlh"),
    ("RLH itu apa bedanya sama RTLH", "istilah.rlh"),
    ("RLH stands for what ah?", "istilah.rlh"),
    ("bedah rumah itu maksudnya apa? operasi rumah?", "istilah.bedahrumah"),
    ("istilah bedah rumah tu sama ke dengan baik pulih rumah?", "istilah.bedahrumah"),
    ("andaikan ada warga tanya BSPS, sy jelasin itu singkatan apa?", "istilah.bsps"),
    (
        (
            "bantuan dari kementerian buat warga yg bangun rumah sendiri secara swadaya itu "
            "singkatannya apa"
        ),
        "istilah.bsps",
    ),
    ("MBR itu masyarakat bawah rata-rata kan? betul gak", "istilah.mbr"),
    ("em be er singkatan dari", "istilah.mbr"),
    ("rusunawa apa bedanya sama rusun biasa", "istilah.rusunawa"),
    ("Rusunawa means what ah? The flat for rent one is it?", "istilah.rusunawa"),
    ("rusuh itu rumah apa ya, ada di dokumen kementerian", "istilah.rusus"),
    ("rusus tu rumah susun khas ke, atau rumah khusus?", "istilah.rusus"),
    ("huntara itu hunian tetap kan? buat korban banjir di Kapuas Murung", "istilah.huntara"),
    (
        (
            "Kindly tell the full form of huntara sir, flood victims in Pulang Pisau are "
            "asking about it."
        ),
        "istilah.huntara",
    ),
    (
        (
            "rumah permanen buat warga korban bencana yg dibangun setelah mereka keluar dari "
            "tenda pengungsian itu istilah singkatnya apa ya"
        ),
        "istilah.huntap",
    ),
    ("hun tap itu singkatan dari apa tanda tanya", "istilah.huntap"),
    ("di isian penerima manfaat ada KK, itu maksudnya nomor kartu keluarga kan?", "istilah.kk"),
    (
        ("What is meant by KK in the beneficiary column? Kindly revert at the earliest."),
        "istilah.kk",
    ),
    (
        (
            "jiwa di form usulan itu dihitung per orang atau per rumah? setahu sy per rumah, "
            "betul tidak"
        ),
        "istilah.jiwa",
    ),
    (
        ("Kolom *jiwa* maksudnya apa ya bang\n• jumlah orang?\n• atau jumlah rumah tangga?"),
        "istilah.jiwa",
    ),
    ("ha itu satuan apa sih, 1 ha brp meter persegi", "istilah.ha"),
    ("ha tu singkatan apa ya? sama macam ekar ke?", "istilah.ha"),
    ("DED = Detail ___ Design, isi titik2nya apa ya", "istilah.ded"),
    (
        (
            "Kindly explain what is DED document, our Kadis has asked us to do the needful "
            "before Rakor."
        ),
        "istilah.ded",
    ),
    (
        ("dokumen rabu yg diminta provinsi itu isinya apa sih, rencana anggaran apa gitu"),
        "istilah.rab",
    ),
    (
        (
            "yang tabel perkiraan biaya per item pekerjaan sebelum proyek dimulai itu namanya "
            "apa ya, sy baru di perkim"
        ),
        "istilah.rab",
    ),
    (
        ("er ka es itu kepanjangannya apa ya pak koma yang isinya syarat teknis pekerjaan"),
        "istilah.rks",
    ),
    ("RKS = Rencana Kerja dan ___ ?", "istilah.rks"),
    (
        ("kakak atau TOR itu dokumen apa sih, disuruh siapkan sebelum lelang perencanaan"),
        "istilah.kak",
    ),
    (
        (
            "What is the difference between KAK and TOR? Kindly clarify, is it the same "
            "document only?"
        ),
        "istilah.kak",
    ),
    (
        ("side plan itu gambar apa ya? diminta kabid utk usulan jaling di Bukit Tunggal"),
        "istilah.siteplan",
    ),
    ("rencana tapak tu sama dengan site plan ke? apa maksudnya", "istilah.siteplan"),
    ("RC di dokumen DAK itu reinforced concrete kan? beton bertulang?", "istilah.rc"),
    (
        ("Kindly share the full form of RC as used in DAK proposals, I am new to this section."),
        "istilah.rc",
    ),
    (
        ("berita acara waktu provinsi nyerahin jalan lingkungan ke pemkab itu singkatannya apa"),
        "istilah.bast",
    ),
    ("BAST = Berita Acara ___ ___ , tolong lengkapi", "istilah.bast"),
    ("hibah itu artinya apa? bukannya sama dgn pinjam pakai?", "istilah.hibah"),
    (
        ("What is the meaning of hibah? Is it some kind of loan from the province? Please revert."),
        "istilah.hibah",
    ),
    (
        ("BMD itu:\na. Barang Milik Daerah\nb. Badan Musyawarah Desa\nc. Bina Marga Daerah"),
        "istilah.bmd",
    ),
    ("be em de itu singkatan apa ya", "istilah.bmd"),
    (
        (
            "BMN itu barang milik negara atau barang milik nasional? setahu saya nasional, "
            "betul tidak"
        ),
        "istilah.bmn",
    ),
    (
        (
            "aset jalan yg dibangun kementerian lalu dihibahkan ke pemkab Gumas itu statusnya "
            "BMN. BMN itu apa tepatnya?"
        ),
        "istilah.bmn",
    ),
    ("O&P itu apa ya? operasi pasar?", "istilah.op"),
    (
        (
            "kalau seandainya pemkab tanda tangan kesanggupan O&P, itu maksudnya kesanggupan "
            "apa? O&P singkatan dari apa"
        ),
        "istilah.op",
    ),
    ("SPM kepanjangannya apa? Surat Perintah Membayar kah?", "istilah.spm"),
    ("What is SPM in housing? Kindly explain in short.", ("istilah.spm", "kewenangan.spm")),
    (
        "pokja pkp itu singkatan apa ya, kelompok kerja apa",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        "Pokja PKP tu apa sebenarnya? macam jawatankuasa ke?",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    ("PPAS di Pokja PPAS itu singkatan dr apa? bukan sama dgn KUA-PPAS kan?", "istilah.pokjappas"),
    (
        ("Kindly explain Pokja PPAS full form, it seems our Sekda is the chairman of it."),
        "istilah.pokjappas",
    ),
    ("Pokja AMPL = Air Minum dan ___ Lingkungan", "istilah.pokjaampl"),
    ("pokja a em pe el itu apa", "istilah.pokjaampl"),
    ("RP3KP itu rencana berapa tahun? setahu saya 5 tahun", "istilah.rp3kp"),
    (
        (
            "dokumen rencana pembangunan dan pengembangan perumahan permukiman jangka panjang "
            "kabupaten itu singkatannya apa"
        ),
        "istilah.rp3kp",
    ),
    ("RP2KPKP sama RP3KP bedanya apa sih", ("istilah.rp2kpkp", "istilah.rp3kp")),
    ("apa maksud RP2KPKP? pelan pencegahan kawasan kumuh ke?", "istilah.rp2kpkp"),
    ("program kota tanpa kumur dari pusat yg ada BKM-nya itu apa namanya", "istilah.kotaku"),
    ("What is KOTAKU programme? Is it still running? Kindly advise.", "istilah.kotaku"),
    ("PPKT di DAK Tematik PPKT itu singkatan apa", "istilah.daktematikppkt"),
    (
        ("dana khusus dari pusat buat ngentasin kumuh secara terpadu itu namanya DAK apa ya"),
        "istilah.daktematikppkt",
    ),
    ("a pe be en itu singkatan dari apa", "istilah.apbn"),
    ("konsultan nulis sumber dana *APBN* di RAB, itu maksudnya anggaran apa ya", "istilah.apbn"),
    ("APBD itu anggaran pendapatan dan belanja daerah kan? betul?", "istilah.apbd"),
    ("APBD tu bajet kerajaan negeri ke?", "istilah.apbd"),
    ("APBD es itu apa ya, anggaran desa?", "istilah.apbdes"),
    ("anggaran tahunan punya desa (bukan kabupaten) itu singkatannya apa", "istilah.apbdes"),
    ("bankeu itu bank apa? Bank Kalteng?", "istilah.bankeu"),
    (
        ("What is the meaning of Bankeu? Is it the financial aid from province to kabupaten?"),
        "istilah.bankeu",
    ),
    (
        ("jalur pikir DPRD itu apa sih maksudnya? kata anggota dewan usulan kami bisa lewat situ"),
        "istilah.pokir",
    ),
    (
        (
            "Kindly tell what is pokir, our DPRD member is saying he will push the proposal "
            "through pokir."
        ),
        "istilah.pokir",
    ),
    (
        ("rapat perencanaan berjenjang dari desa, kecamatan sampai provinsi itu namanya apa"),
        "istilah.musrenbang",
    ),
    (
        (
            "musrenbang itu singkatan dr musyawarah rencana pembangunan ya? kayaknya kurang "
            "satu kata"
        ),
        "istilah.musrenbang",
    ),
    ("What is the full form of RKPD? Please do the needful.", "istilah.rkpd"),
    ("RKPD itu rencana 5 tahunan kan?", "istilah.rkpd"),
    ("Renja OPD itu dokumen apa, tahunan atau lima tahunan?", "istilah.renja"),
    ("Renja is what ah? Annual workplan of the dinas is it?", "istilah.renja"),
    ("renstra dinas itu rencana strategis kan, utk brp tahun", "istilah.renstra"),
    ("Renstra and RPJMD same thing or not?", ("istilah.renstra", "istilah.rpjmd")),
    ("RPJMD = Rencana Pembangunan Jangka ___ Daerah", "istilah.rpjmd"),
    ("er pe je em de itu rencana untuk berapa tahun", "istilah.rpjmd"),
    ("KUA-PPAS itu singkatan apa, yg dibahas sama DPRD sebelum APBD itu", "istilah.kuappas"),
    ("KUA PPAS is what ah, got to do with budget ceiling or not?", "istilah.kuappas"),
    ("RKA itu apa ya, bedanya sama DPA?", ("istilah.rka", "istilah.dpa")),
    ("RKA kepanjangannya Rencana Kerja dan ___", "istilah.rka"),
    (
        ("dpa itu dokumen apa ya? yg kalau sudah terbit berarti anggaran boleh dipakai"),
        "istilah.dpa",
    ),
    ("de pe a itu dokumen pelaksanaan anggaran ya betul tidak", "istilah.dpa"),
    ("SIPD is the system from Kemendagri is it? Stands for what ah?", "istilah.sipd"),
    (
        ("aplikasi online dari kemendagri buat input rencana dan anggaran daerah itu namanya apa"),
        "istilah.sipd",
    ),
    ("Bapperida itu Bappeda yg ganti nama ya? kepanjangannya apa", "istilah.bapperida"),
    (
        ("Badan Perencanaan Pembangunan, Riset dan ___ Daerah (Bapperida), isi yg kosong"),
        "istilah.bapperida",
    ),
    ("o pe de itu apa", "istilah.opd"),
    (
        ("andaikan surat usulan ditandatangani kepala OPD, OPD itu maksudnya organisasi apa?"),
        "istilah.opd",
    ),
    ("SKPD itu satuan kerja perangkat daerah ya? masih dipakai istilah itu?", "istilah.skpd"),
    ("SKPD means what? Same like OPD or not?", ("istilah.skpd", "istilah.opd")),
    ("SPAM itu pesan sampah kan? 😅 kok ada di dokumen air minum", "istilah.spam"),
    ("es pe a em itu sistem penyediaan air minum kan betul", "istilah.spam"),
    ("SPALD itu apa? sistem pengelolaan air limbah... D-nya apa", "istilah.spald"),
    ("SPALD is for wastewater is it? Stands for what?", "istilah.spald"),
    ("IPAL komunal di kelurahan Langkai itu maksudnya instalasi apa", "istilah.ipal"),
    ("IPAL tu loji rawatan air kumbahan ke?", "istilah.ipal"),
    ("tempat sampah desa yg ada pilah2 reduce reuse recycle itu singkatannya apa", "istilah.tps3r"),
    ("TPS3R kepanjangan apa, 3R nya apa aja", "istilah.tps3r"),
    ("MCK itu singkatan mandi cuci kakus ya?", "istilah.mck"),
    ("MCK is what ah? Public toilet like that is it?", "istilah.mck"),
    ("yang dimaksud RTRW di syarat lahan itu RT/RW kampung kah?", "istilah.rtrw"),
    ("RTRW stands for what ah? Spatial plan is it?", "istilah.rtrw"),
    ("RDTR bedanya apa sama RTRW", ("istilah.rdtr", "istilah.rtrw")),
    ("Rencana Detail ___ Ruang (RDTR)", "istilah.rdtr"),
    ("PBG itu pengganti IMB ya? kepanjangannya apa", "istilah.pbg"),
    ("pe be ge itu persetujuan bangunan gedung ya tanda tanya", "istilah.pbg"),
    ("SLF itu sertifikat apa", "istilah.slf"),
    ("surat yg menyatakan gedung layak dipakai sebelum dihuni itu namanya apa", "istilah.slf"),
    ("SKBG itu singkatan apa ya, sertifikat kepemilikan ___ gedung", "istilah.skbg"),
    ("SKBG is what ah? For rusun ownership is it?", "istilah.skbg"),
    ("SKT itu surat keterangan tanah kan? beda sama sertifikat?", "istilah.skt"),
    (
        (
            "surat dari kepala desa yg nerangin tanah itu punya warga tapi belum sertifikat, "
            "namanya apa ya"
        ),
        "istilah.skt",
    ),
    ("lahan klin en klir itu maksudnya gimana", "istilah.cleanandclear"),
    (
        "Land must be clean and clear, means what ah? Got cert already can or not?",
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    ("CSR itu dana dari perusahaan ya? singkatannya apa", "istilah.csr"),
    ("CSR tu tanggungjawab sosial korporat kan?", "istilah.csr"),
    (
        "rapor bidang kawasan permukiman se-Kalteng itu singkatan dari apa sih",
        ("istilah.rakor", "siklus.rakor"),
    ),
    ("Rakor tu singkatan apa? mesyuarat apa?", "istilah.rakor"),
    ("LAPOR! itu aplikasi pengaduan apa ya? punya siapa", "istilah.lapor"),
    (
        ("sistem pengaduan online nasional yg tiap laporan dapat nomor pelacakan itu namanya apa"),
        "istilah.lapor",
    ),
    ("Kalteng itu WITA kan? bukannya jam kita ikut Banjarmasin", "istilah.wib"),
    ("WIB is GMT plus how many ah? Same as Jakarta time or not?", "istilah.wib"),
    ("backlog perumahan itu artinya apa, kekurangan rumah?", "istilah.backlog"),
    (
        ("misal Bapperida tanya angka backlog kabupaten, backlog itu maksudnya apa sih"),
        "istilah.backlog",
    ),
    ("PKP singkatan apa? bukannya pengusaha kena pajak?", "istilah.pkp"),
    ("pe ka pe di bidang perkim itu kepanjangannya apa", "istilah.pkp"),
    ("kumur itu definisinya apa sih menurut UU, maksudnya permukiman yg kumur", "istilah.kumuh"),
    ("apa takrif rasmi kumuh dalam undang-undang? macam kawasan setinggan ke?", "istilah.kumuh"),
    ("DAK itu dana alokasi khusus kan? dari pusat?", "istilah.dak"),
    ("DAK = Dana ___ Khusus", "istilah.dak"),
    (
        ("seumpama warga kami direlokasi ke rusun, rusun itu sebenarnya rumah yg kayak apa?"),
        "istilah.rusun",
    ),
    ("Rusun is like HDB flat is it?", "istilah.rusun"),
]

ROUND56_INTENTS: list[tuple[str, str]] = [
    ("usulan kami USL-2026-0007 sdh sampai mana ya", "status"),
    ("usulan2 Barsel yg kemarin dikirim udh diverif blm?", "status"),
    (("Kindly update the status of the proposals submitted by our office from Kotim."), "status"),
    ("raker tahun ini kapan & dimana ya?", "meeting"),
    ("mesyuarat seterusnya bila dan kat mana?", "meeting"),
    ("Next Rakor when ah? Where one?", "meeting"),
    ("batas akhir kirim usulan tahun ini tgl brp", "deadline"),
    ("sampai kapan usulkan untuk TA depan masih dibuka", "deadline"),
    ("bila tarikh tutup permohonan projek tahun ni?", "deadline"),
    ("selamat pagi pak", "greeting"),
    ("makasih banyak infonya 🙏", "greeting"),
    ("halo bot, bisa bantu apa aja?", "greeting"),
    ("gmn cara ngirim usulan lewat bot ini", "how_to_submit"),
    ("Kindly guide me on how to submit our proposal through this bot.", "how_to_submit"),
    ("macam mana nak hantar permohonan guna bot ni?", "how_to_submit"),
    (
        (
            "usulan kami yg jalan lingkungan di Kuala Kurun sudah sampai mana ya? masih "
            "verifikasi atau sudah dibahas di raker"
        ),
        "status",
    ),
    (
        (
            "boleh tak semak permohonan projek drainase Kotim yang kami hantar bulan lepas, "
            "dah lulus ke belum?"
        ),
        "status",
    ),
    (
        (
            "Kindly update the status of our proposals submitted from Barito Timur, we are "
            "waiting since long."
        ),
        "status",
    ),
    ("rapat besar tahunan sama provinsi yg tahun ini kapan dan di mana ya", "meeting"),
    ("bila mesyuarat rakor seterusnya? kat aula disperkimtan lagi ke?", "meeting"),
    ("rakor berikutnya tanggal berapa dan tempatnya di mana tanda tanya", "meeting"),
    ("batas akhir kirim usulkan untuk tahun anggaran depan sampai tanggal berapa", "deadline"),
    ("Submission closing date when ah? Still can send proposal next week or not?", "deadline"),
    (
        (
            "misal nanti usulan kami baru siap akhir bulan depan, masih keburu nggak? "
            "tenggatnya kapan"
        ),
        "deadline",
    ),
    ("selamat pagi pak, terima kasih banyak bantuannya kemarin 🙏", "greeting"),
    ("bot ini bisa bantu apa aja ya?", "greeting"),
    ("Hi, what can you do ah?", "greeting"),
    ("macam mana nak hantar permohonan projek melalui bot ni?", "how_to_submit"),
    ("cara kirim usulan lewat bot ini gimana, langkah2nya apa aja", "how_to_submit"),
    (
        (
            "*Cara input usulan di bot*\n1. mulai dari perintah apa?\n2. foto lokasi dikirim "
            "di tahap mana?"
        ),
        "how_to_submit",
    ),
]

ROUND56_AREAS: list[tuple[str, str]] = [
    ("kumuh di Kel. Langkai luas delineasinya 9,8 ha, kewenangan siapa?", "kabkota"),
    ("kawasan kumuh seluas 100.000 m2 di Mentawa Baru Hulu tanggung jawab siapa", "provinsi"),
    ("lokasi kumuh kami luasnya pas 15 ha, masih provinsi kan?", "pusat"),
    ("kumuh 14,9 hektare di Selat Hulu, bukannya itu pusat?", "provinsi"),
    (
        (
            "kawasan kumuh dua belas koma lima hektar di desa pulau telo itu kewenangan siapa "
            "tanda tanya"
        ),
        "provinsi",
    ),
    ("kumuh seratus lima puluh ribu meter persegi siapa yang tangani", "pusat"),
    ("kawasan kumuh di Kumai Hilir 75.000 m² ditangani siapa?", "kabkota"),
    ("Slum area of 22 hectares in Pahandut, who is responsible? Kindly revert.", "pusat"),
    (("kumuh dgn luas tepat 10 ha kewenangan ___\na. pusat\nb. provinsi\nc. kab/kota"), "provinsi"),
    ("kawasan kumur 15,3 ha di Baamang Tengah ditangani level mana", "pusat"),
    ("andaikan delineasi kumuh di Lanjas 95.000 meter persegi, itu urusan siapa", "kabkota"),
    (
        (
            "kawasan kumuh di Kuala Pembuang kurang dari 10 hektar, dalam 6 hektar je, "
            "kerajaan negeri boleh tanggung tak?"
        ),
        "kabkota",
    ),
    ("kawasan kumuh 9,8 ha di Baamang Hulu, itu kan provinsi ya?", "kabkota"),
    ("luas kawasan kumur tepat 10 hektar di Selat Hulu, urusan siapa", "provinsi"),
    ("kumuh di Ketapang Sampit luasnya 149.000 m2 kewarganegaraan siapa ya", "provinsi"),
    ("delineasi kumuh pas 15 ha, masih provinsi kan?", "pusat"),
    (
        ("kawasan kumuh seratus lima puluh lima ribu meter persegi ditangani siapa tanda tanya"),
        "pusat",
    ),
    ("kumuh 95.000 m² di Kelurahan Panarung kewenangan siapa?", "kabkota"),
    (
        ("kawasan kumuh lebih dari 20 hektare di Kuala Pembuang II, kab atau prov yg tangani?"),
        "pusat",
    ),
    ("andaikan luas kumuh di SK cuma 7,25 ha, yg tangani siapa", "kabkota"),
    (
        (
            "Slum area of 14.5 hectares in Mentawa Baru Hilir, kindly confirm whether province "
            "will handle."
        ),
        "provinsi",
    ),
    ("kawasan kumuh 16 hektar di Tamiang Layang, kerajaan pusat ke yang uruskan?", "pusat"),
    ("kumuh 100.000 m2 kewenangan ada di ___\na. pusat\nb. provinsi\nc. kab/kota", "provinsi"),
    (("kawasan kumuh delapan ribu meter persegi di Bereng itu bukannya urusan pusat?"), "kabkota"),
]

ROUND56_OUT_OF_SCOPE: list[str] = [
    "harga semen di Sampit minggu ini brp per sak?",
    "besok Palangka Raya hujan gak ya, mau survei lapangan",
    "cara perpanjang SIM di Kasongan gimana",
    "gaji PPPK di Disperkimtan brp sebulan",
    "berapa angka backlog rumah di Katingan tahun 2024?",
    "pagu APBD Disperkimtan tahun 2026 berapa total?",
    "sertifikat tanah warga hilang, ngurus ke BPN gimana caranya",
    ("Kindly share the tender schedule for the national road Palangka Raya - Kasongan."),
    "Got any job vacancy at Disperkimtan or not? My nephew want to apply.",
    "bila cuti bersama hujung tahun ni?",
    "kapan pencairan dana desa tahap 2 utk desa Tumbang Jutuh",
    "jadwal speedboat dari Kuala Pembuang ke Sampit jam brp",
    "air PDAM di Buntok mati dari kemarin, lapornya ke mana",
    "kurs ringgit ke rupiah hari ini berapa?",
    "What is the procedure to get a new KTP after moving to Pangkalan Bun?",
    "harga semen per sak di Sampit minggu ini berapa ya",
    "besok Palangka Raya hujan gak? mau survei lokasi",
    "cara perpanjang SIM di Polres Kapuas gimana",
    "berapa pagu anggaran Disperkimtan Kalteng tahun 2027?",
    ("jumlah rumah tidak layak huni di Kabupaten Katingan tahun 2025 berapa unit?"),
    "Kindly share the interest rate of FLPP subsidised housing loans this year.",
    "biaya ngurus sertifikat tanah di BPN Kuala Kapuas berapa ya",
    "kapan TPP ASN bulan ini cair?",
    "bila cuti bersama hujung tahun ni?",
    ("siapa pemenang tender peningkatan jalan ruas Kasongan Lama - Tumbang Liting tahun ini?"),
    "ada nomor WA kadis PUPR Barito Utara?",
    "gimana cara bikin akun e-katalog buat pengadaan barang?",
    "berapa kuota BSPS untuk Kabupaten Seruyan tahun depan?",
    "tarif PDAM Palangka Raya per meter kubik sekarang berapa",
    "My laptop cannot connect to the office wifi lah, how to fix?",
]
