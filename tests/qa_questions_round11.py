"""Held-out evaluation questions for Sinkron, round 11.

Written on 2026-12-04 by someone who had not seen the knowledge base (its
topics' wording, paraphrases or example questions) nor any other question
table; only the topic ids and titles and the domain notes were read.

Style emphasis of this round: questions as officers type them on a cheap
phone (chat Indonesian with abbreviations and typos, run-on context first,
some formal letter style, some Banjar, about one in ten in English, some very
short ones), with a focus on NEW staff who do not know the jargon yet and
describe a situation in plain words instead of naming the term, and on
officers who are unsure and compare two options.

This is a held-out set: never read it, and never use it for tuning the bot,
its knowledge base, its paraphrases or its thresholds.
"""

ROUND11_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "sy staf baru di perkim kab seruyan, msh bingung nih mana yg kerjaan "
        "provinsi mana yg kerjaan kabupaten, ada ringkasannya ga?",
        "kewenangan.ringkasan",
    ),
    ("pembagian tugas pusat provinsi kabupaten soal perumahan gmn sih", "kewenangan.ringkasan"),
    (
        "who is responsible for what in housing and settlements, province or regency?",
        "kewenangan.ringkasan",
    ),
    (
        "ulun handak tahu, urusan rumah wan permukiman tu bagian provinsi apa haja, "
        "bagian kabupaten apa haja?",
        "kewenangan.ringkasan",
    ),
    ("siapa ngurus apa di perkim", "kewenangan.ringkasan"),
    # kewenangan.urusan_wajib
    (
        "kata kabid sy perumahan itu urusan wajib pelayanan dasar, maksudnya gmn? "
        "beda sm urusan pilihan?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Mohon penjelasan, apakah urusan perumahan rakyat dan kawasan permukiman "
        "termasuk urusan yang wajib dilaksanakan pemerintah daerah?",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "kampung pinggir sungai di kec pahandut luasnya kira2 12 ha, ini yg nanganin "
        "prov atau kota?",
        "kewenangan.kumuh",
    ),
    ("kumuh 8 hektar bisa diusulkan ke provinsi ga min?", "kewenangan.kumuh"),
    ("batas luas kumuh yg jd tugas provinsi brp ha sih", "kewenangan.kumuh"),
    (
        "Yth. Bapak/Ibu, mohon penjelasan mengenai pembagian kewenangan penanganan "
        "kawasan permukiman kumuh berdasarkan luasannya.",
        "kewenangan.kumuh",
    ),
    (
        "kawasan kumuh kami pas 10 ha, msk provinsi atau masih kabupaten ya? bingung "
        "krn ada yg blg 'di atas 10'",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "lokasi kumuh kami di kec selat luasnya lebih dr 200 ha, itu siapa yg "
        "tangani? provinsi sanggup ga?",
        "kewenangan.kumuh_pusat",
    ),
    ("kumuh di atas 15 ha urusan siapa", "kewenangan.kumuh_pusat"),
    (
        "klo kawasannya gede banget, puluhan hektar, itu kementerian ya bukan "
        "provinsi? atau tetap bs ke prov?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    (
        "ada kampung baru di pinggir kota yg mulai semrawut, blm kumuh sih tp sy "
        "takut lama2 jd kumuh. upaya supaya gak jd kumuh itu tugas siapa?",
        "kewenangan.pencegahan_kumuh",
    ),
    ("pencegahan kumuh bisa diusulkan ke provinsi gak?", "kewenangan.pencegahan_kumuh"),
    (
        "mencegah permukiman jd kumuh itu kewenangan prov atau kab? atau dua2nya?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "di urusan perumahan (bukan yg kawasan) provinsi tu pegang apa aja?",
        "kewenangan.perumahan",
    ),
    ("sub urusan perumahan kewenangan kabupaten apa aja min", "kewenangan.perumahan"),
    (
        "sy msh awam, soal bangun rumah, perbaiki rumah warga, izin perumahan dll "
        "itu mana yg tugas provinsi mana yg tugas kab?",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "rumah utk warga yg gajinya kecil, yg blm punya rumah, itu program siapa? "
        "provinsi bisa bantu bangunin?",
        "kewenangan.perumahan_pusat",
    ),
    ("rusun itu yg bangun pusat atau provinsi?", "kewenangan.perumahan_pusat"),
    (
        "kredit rumah bersubsidi buat masyarakat kurang mampu itu urusan pusat "
        "ya bukan dinas kita?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "desa kami di kec timpah kena banjir besar, bbrp rumah hanyut. bangun lg "
        "rumahnya itu tanggung jawab siapa, kab atau prov?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "ada warga yg hrs pindah krn kena proyek pemprov, rumah pengganti mereka diurus siapa?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "houses for flood victims: who handles it, province or regency?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "kebakaran pemukiman di sampit 30 rumah habis, bs minta provinsi bangunkan rumahnya?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "ada pengembang mau bikin perumahan di kasongan, izinnya ke provinsi atau ke kabupaten?",
        "kewenangan.izin",
    ),
    ("yg nerbitin SKBG itu siapa, prov atau kab?", "kewenangan.izin"),
    ("izin pengembangan kawasan permukiman siapa yg keluarin", "kewenangan.izin"),
    # kewenangan.kawasan_permukiman
    (
        "sub urusan kawasan permukiman itu isinya apa aja, trus bagian provinsi yg mana?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "penyelenggaraan kawasan permukiman tu tugas prov ya? kab dapat bagian apa?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "jalan di dalam komplek perumahan yg dibangun developer udh rusak. bs minta "
        "provinsi perbaiki atau itu tugas kab?",
        "kewenangan.psu",
    ),
    ("psu permukiman vs psu perumahan bedanya apa? yg prov yg mana", "kewenangan.psu"),
    (
        "jalan gang di kampung lama (bukan komplek developer) itu urusan prov atau kab?",
        ("kewenangan.psu", "psu.lingkup_provinsi"),
    ),
    (
        "prasarana perumahan dr developer yg blm diserahkan ke pemda, kewenangan siapa?",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "provinsi bisa bangun apa aja sih kalo psu? cuma jalan sama got atau bisa air bersih jg?",
        "psu.lingkup_provinsi",
    ),
    (
        "jalan kabupaten depan kantor camat rusak parah, bs masuk usulan psu provinsi gak?",
        "psu.lingkup_provinsi",
    ),
    (
        "can the province build a drainage channel in a village, not only in the city?",
        "psu.lingkup_provinsi",
    ),
    ("usul jaling + drainase di desa bisa kah? atau cuma perkotaan", "psu.lingkup_provinsi"),
    # kewenangan.sertifikasi
    (
        "konsultan perencana rumah di tempat kami nanya, perlu sertifikat/registrasi "
        "gak? yg ngeluarin prov atau kab?",
        "kewenangan.sertifikasi",
    ),
    (
        "registrasi perancang psu kemampuan menengah itu di provinsi kah?",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    ("SPM perumahan utk kabupaten apa aja jenis layanannya", "kewenangan.spm"),
    (
        "standar minimal layanan perumahan yg hrs dipenuhi provinsi apa sih, targetnya brp persen?",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "luas kumuh yg dihitung itu luas desa nya atau cuma bagian yg kumuh aja? "
        "desa sy 300 ha tp yg kumuh cuma sebagian",
        "kumuh.luas_delineasi",
    ),
    (
        "di SK ada dua lokasi di satu kelurahan, 7 ha sm 6 ha. boleh dijumlah jd "
        "13 ha biar msk provinsi?",
        ("kumuh.luas_delineasi", "kewenangan.kumuh"),
    ),
    (
        "luasan kumuh pakai data yg mana? yg di peta batas kumuh di SK atau ukur sendiri pake gps?",
        "kumuh.luas_delineasi",
    ),
    ("kaya apa mengitung luas kumuh, pakai luas kelurahan kah?", "kumuh.luas_delineasi"),
    # kumuh.penetapan
    ("siapa yg netapin suatu kampung itu kumuh? bupati atau gubernur?", "kumuh.penetapan"),
    ("SK kumuh kami terbit 2019, hrs diperbarui kpn?", "kumuh.penetapan"),
    ("gmn caranya suatu lokasi resmi jadi kawasan kumuh", "kumuh.penetapan"),
    (
        "Dengan hormat, kami ingin menanyakan kelengkapan keputusan penetapan lokasi "
        "kumuh, apakah harus disertai daftar lokasi dan peta sebaran?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    (
        "kriteria kumuh apa aja sih? sy baru pindah dr bagian umum, gak ngerti sama sekali",
        "kumuh.aspek",
    ),
    (
        "apa aja yg dinilai utk bilang kampung itu kumuh, rumahnya aja atau air, sampah, got jg?",
        "kumuh.aspek",
    ),
    ("7 aspek kumuh", "kumuh.aspek"),
    # kumuh.penilaian
    ("skor brp baru disebut kumuh berat", "kumuh.penilaian"),
    ("cara ngitung nilai kumuh gmn, tiap kriteria dikasih nilai brp?", "kumuh.penilaian"),
    (
        "nilai kumuh lokasi kami 64, itu berat ya? ngaruh ke siapa yg nangani gak?",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    ("kumuh sedang itu rentang nilainya dr brp sampai brp?", "kumuh.tingkat_sedang_ringan"),
    (
        "bedanya kumuh ringan sama sedang dr skornya gmn? lokasi kami 35",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        "kampung kumuh kami di bantaran sungai, tanahnya bukan milik warga. ditata "
        "di tempat atau harus dipindah?",
        "kumuh.pola_penanganan",
    ),
    ("pemugaran vs peremajaan bedanya apa", "kumuh.pola_penanganan"),
    ("penanganan kumuh ada brp macam caranya", "kumuh.pola_penanganan"),
    # kumuh.kalteng
    ("brp jumlah lokasi kumuh di kalteng", "kumuh.kalteng"),
    (
        "total luas kumuh se kalteng kira2 brp hektar? kab mana yg paling banyak?",
        "kumuh.kalteng",
    ),
    # usulan.isi
    ("mau bikin usulan ke provinsi, apa aja yg harus diisi?", "usulan.isi"),
    (
        "knp sih form usulan nanya banyak bgt, kk, jiwa, lahan, sektor dll? buat apa semua itu",
        "usulan.isi",
    ),
    ("what information does a proposal to the province need?", "usulan.isi"),
    # usulan.jenis
    ("usulan ke prov bisa jenis apa aja? jalan, rumah, kumuh?", "usulan.jenis"),
    (
        "bisa gak usul bangun balai desa lewat sini, atau cuma yg perumahan2 aja?",
        "usulan.jenis",
    ),
    ("ulun kada tahu usulan nang kawa diajukan ke provinsi tu apa haja", "usulan.jenis"),
    # usulan.lokasi
    ("data lokasi usulan itu apa aja, perlu titik koordinat gak?", "usulan.lokasi"),
    (
        "nama lokasi diisi nama kampung yg biasa disebut warga atau sesuai yg di SK?",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    (
        "jumlah penerima manfaat diisi KK atau jiwa? atau dua2nya? bedanya apa",
        "usulan.penerima_biaya",
    ),
    (
        "sumber dana di usulan diisi apa kalau kami mau patungan dgn kabupaten?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    ("dokumen kesiapan apa aja biar usulan kami dianggap siap?", "usulan.kesiapan"),
    (
        "usul jaling, blm ada gambar rencana sm hitungan biayanya, blh kirim dulu gak?",
        ("usulan.kesiapan", "usulan.dokumen_teknis"),
    ),
    ("readiness criteria utk usulan psu apa aja", "usulan.kesiapan"),
    # usulan.lahan
    (
        "tanahnya punya warga tp blm sertifikat, cuma ada surat keterangan dr desa. "
        "masih bs dibangun jalan di situ?",
        "usulan.lahan",
    ),
    ("lahan clean and clear itu syaratnya apa aja", "usulan.lahan"),
    (
        "lahan yg mau dibangun drainase masih sengketa sama perusahaan sawit, aman gak diusulkan?",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    ("usulan kumuh wajib lampirin SK kumuh?", "usulan.sk_kumuh"),
    ("lokasinya blm ada di SK kumuh kami, tetap bisa diusulin?", "usulan.sk_kumuh"),
    (
        "SK kumuh kami umurnya udh 6 th, ngaruh ga ke usulan? atau hrs revisi dulu",
        ("usulan.sk_kumuh", "kumuh.penetapan"),
    ),
    # usulan.dokumen_teknis
    (
        "dokumen teknis yg perlu dilampirin apa aja? gambar, hitungan biaya, foto?",
        "usulan.dokumen_teknis",
    ),
    ("foto kondisi skrg perlu dilampirin gak? foto apa aja", "usulan.dokumen_teknis"),
    (
        "DED sama RAB wajib dr awal atau boleh nyusul?",
        ("usulan.dokumen_teknis", "usulan.kesiapan"),
    ),
    # usulan.surat_pernyataan
    (
        "surat apa yg perlu dibuat kab sbg janji mau nerima bangunannya nanti dan merawatnya?",
        "usulan.surat_pernyataan",
    ),
    (
        "surat pernyataan kesediaan menerima hibah dan O&P itu yg tanda tangan siapa",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    (
        "ada nenek di desa tumbang talaken rumahnya reyot mau roboh, bs dibantu "
        "perbaikan lewat provinsi? syaratnya apa",
        "usulan.rtlh",
    ),
    (
        "bedah rumah lwt provinsi bisa bangun baru gak? warganya blm punya rumah sama sekali",
        "usulan.rtlh",
    ),
    (
        "rumah tdk layak huni tp tanahnya numpang di tanah keluarga, bisa dapet bantuan prov?",
        "usulan.rtlh",
    ),
    ("penerima bantuan rumah tidak layak huni dr provinsi ditetapkan siapa?", "usulan.rtlh"),
    # usulan.psu_masyarakat
    (
        "warga RT 05 minta semenisasi gang, mereka ngajuin langsung ke provinsi boleh?",
        "usulan.psu_masyarakat",
    ),
    ("permohonan warga utk drainase perlu diketahui siapa aja", "usulan.psu_masyarakat"),
    (
        "masyarakat bisa ngusulin jalan lingkungan sendiri gak, tanpa lewat dinas?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "jalan lingkungan yg dibangun provinsi thn lalu di desa kami skrg rusak, "
        "siapa yg hrs perbaiki?",
        "hibah.aset",
    ),
    (
        "setelah provinsi selesai bangun, bangunannya jd milik siapa? dicatat di aset siapa?",
        "hibah.aset",
    ),
    ("serah terima aset dr prov ke kab pake dokumen apa", "hibah.aset"),
    (
        "drainase bantuan provinsi udh selesai tp blm ada serah terima, perawatannya gmn?",
        "hibah.aset",
    ),
    (
        "after the province builds a road on our land, who owns it and who maintains it?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "kumuh kami cuma 6 ha, bukan kewenangan prov. trus dananya dr mana dong?",
        "pendanaan.saluran_lain",
    ),
    (
        "klo usulan ditolak krn bukan kewenangan provinsi, bs cari dana kemana lg?",
        ("pendanaan.saluran_lain", "bot.ditolak_dialihkan"),
    ),
    ("selain apbd provinsi ada sumber dana lain gak utk kumuh yg besar", "pendanaan.saluran_lain"),
    (
        "dana CSR perusahaan bisa dipakai utk nata kampung kumuh kecil gak? atau "
        "pake dana desa aja?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        "alur usulan dr kab ke prov tiap tahun gmn sih, sy baru masuk bulan lalu",
        "siklus.tahunan",
    ),
    (
        "usulan yg kami kirim thn ini dikerjakan thn ini jg atau thn depan?",
        "siklus.tahunan",
    ),
    ("what is the yearly cycle for proposals to the province?", "siklus.tahunan"),
    # siklus.pemeriksaan
    (
        "usulan kami dicek apa aja sama provinsi? ada survei lapangan gak?",
        "siklus.pemeriksaan",
    ),
    ("verifikasi usulan di provinsi tu ngecek apa", "siklus.pemeriksaan"),
    ("kaya apa provinsi memeriksa usulan kami?", "siklus.pemeriksaan"),
    # siklus.rakor
    ("rakor kawasan permukiman itu apa sih, wajib datang?", "siklus.rakor"),
    (
        "pertemuan tahunan yg ngumpulin semua dinas perkim se kalteng itu namanya "
        "apa dan bahas apa?",
        "siklus.rakor",
    ),
    ("apa hubungan rakor sama usulan kami?", "siklus.rakor"),
    # siklus.rkpd_apbd
    ("habis rakor usulan kami lanjut kemana? masuk musrenbang?", "siklus.rkpd_apbd"),
    ("kpn usulan yg disetujui masuk anggaran provinsi", "siklus.rkpd_apbd"),
    ("urutan dr rakor ke apbd gmn", "siklus.rkpd_apbd"),
    # koordinasi.pokja_pkp
    (
        "di kab kami ada tim lintas dinas utk perumahan, ketuanya sekda. itu pokja "
        "apa? fungsinya apa?",
        "koordinasi.pokja_pkp",
    ),
    ("pokja pkp perlu dibentuk dgn SK bupati?", "koordinasi.pokja_pkp"),
    # disperkimtan.kontak
    ("alamat kantor disperkimtan prov dmn?", "disperkimtan.kontak"),
    (
        "mau datang langsung ke dinas perumahan provinsi di palangka, kantornya di jalan apa?",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    ("bot ini bisa apa aja? perintahnya apa", "bot.cara_pakai"),
    ("jam di bot pake wib atau wita?", "bot.cara_pakai"),
    ("gmn cara pakai bot ini", "bot.cara_pakai"),
    # bot.usul
    ("perintah utk kirim usulan apa?", "bot.usul"),
    (
        "lg isi form usulan trs sinyal ilang, harus ulang dr awal gak?",
        "bot.usul",
    ),
    ("bisa upload pdf waktu /usul?", "bot.usul"),
    # bot.status
    ("arti status 'perlu perbaikan' apa?", "bot.status"),
    ("status dibahas rakor artinya udh pasti disetujui?", "bot.status"),
    ("what does the status verifikasi mean", "bot.status"),
    # bot.ditolak_dialihkan
    (
        "usulan kami dialihkan ke APBD kab, maksudnya apa? trus kami harus ngapain",
        "bot.ditolak_dialihkan",
    ),
    ("ditolak vs dialihkan bedanya apa", "bot.ditolak_dialihkan"),
    ("usulan ditolak bisa diajukan lg gak?", "bot.ditolak_dialihkan"),
    # bot.tindak_lanjut
    ("brp lama biasanya usulan ditanggapi provinsi?", "bot.tindak_lanjut"),
    (
        "udh seminggu usulan blm diverifikasi, normalnya brp hari kerja sih?",
        "bot.tindak_lanjut",
    ),
    # istilah.perkim
    ("perkim itu singkatan dr apa sih", "istilah.perkim"),
    # istilah.disperkimtan
    ("disperkimtan kepanjangannya apa? kok ada 'tan' nya", "istilah.disperkimtan"),
    # istilah.psu
    ("PSU itu apa? sy denger terus di rapat", "istilah.psu"),
    # istilah.jaling
    ("jaling maksudnya apa min", "istilah.jaling"),
    # istilah.drainase
    ("drainase lingkungan itu yg kaya gimana? got depan rumah?", "istilah.drainase"),
    # istilah.kr
    ("KR di tabel kumuh artinya apa", "istilah.kr"),
    # istilah.ks
    ("arti KS di data kumuh", "istilah.ks"),
    # istilah.kb
    ("KB di kolom tingkat kekumuhan itu apa? bukan keluarga berencana kan", "istilah.kb"),
    # istilah.skkumuh
    ("SK kumuh itu surat apa sih?", "istilah.skkumuh"),
    # istilah.delineasi
    (
        "di rapat disebut 'delineasi', sy gak ngerti. maksudnya garis batas di peta itu kah?",
        "istilah.delineasi",
    ),
    # istilah.rtlh
    ("RTLH singkatan apa", "istilah.rtlh"),
    # istilah.rlh
    ("RLH itu apa, lawannya RTLH?", "istilah.rlh"),
    # istilah.bedahrumah
    ("bedah rumah itu istilah resminya apa?", "istilah.bedahrumah"),
    # istilah.bsps
    ("BSPS itu program apa ya", "istilah.bsps"),
    # istilah.mbr
    ("MBR apa artinya", "istilah.mbr"),
    # istilah.rusunawa
    ("rusunawa itu rumah susun yg disewa ya?", "istilah.rusunawa"),
    # istilah.rusus
    ("rusus apa tuh", "istilah.rusus"),
    # istilah.huntara
    ("huntara artinya apa", "istilah.huntara"),
    # istilah.huntap
    ("bedanya huntap sm huntara apa, huntap itu apa", ("istilah.huntap", "istilah.huntara")),
    # istilah.kk
    ("di form ada isian KK, maksudnya kartu keluarga atau kepala keluarga?", "istilah.kk"),
    # istilah.jiwa
    ("'jiwa' di isian penerima manfaat itu hitungan orang ya?", "istilah.jiwa"),
    # istilah.ha
    ("ha itu satuan apa? 1 ha brp meter persegi", "istilah.ha"),
    # istilah.ded
    ("DED itu apaan", "istilah.ded"),
    # istilah.rab
    ("RAB kepanjangannya apa", "istilah.rab"),
    # istilah.rks
    ("RKS maksudnya apa, beda sm RAB?", "istilah.rks"),
    # istilah.kak
    ("KAK itu sama dengan TOR ya?", "istilah.kak"),
    # istilah.siteplan
    ("site plan itu gambar apa", "istilah.siteplan"),
    # istilah.rc
    ("RC di dokumen usulan itu singkatan apa", "istilah.rc"),
    # istilah.bast
    ("BAST itu apa min", "istilah.bast"),
    # istilah.hibah
    ("hibah artinya apa? dikasih gratis gitu?", "istilah.hibah"),
    # istilah.bmd
    ("BMD maksudnya apa", "istilah.bmd"),
    # istilah.bmn
    ("what is BMN?", "istilah.bmn"),
    # istilah.op
    ("O&P itu singkatan apa", "istilah.op"),
    # istilah.spm
    ("SPM singkatan dr apa", "istilah.spm"),
    # istilah.pokjapkp
    ("pokja pkp kepanjangannya apa", "istilah.pokjapkp"),
    # istilah.pokjappas
    ("Pokja PPAS itu apa", "istilah.pokjappas"),
    # istilah.pokjaampl
    ("AMPL di pokja AMPL singkatan apa", "istilah.pokjaampl"),
    # istilah.rp3kp
    ("RP3KP itu dokumen apa", "istilah.rp3kp"),
    # istilah.rp2kpkp
    ("rp2kpkp apa ya, beda sm rp3kp?", "istilah.rp2kpkp"),
    # istilah.kotaku
    ("KOTAKU itu program apa", "istilah.kotaku"),
    # istilah.daktematikppkt
    ("DAK tematik PPKT itu apa sih", "istilah.daktematikppkt"),
    # istilah.apbn
    ("APBN kepanjangannya", "istilah.apbn"),
    # istilah.apbd
    ("APBD itu apa", "istilah.apbd"),
    # istilah.apbdes
    ("apbdes maksudnya apa, dana desa kah?", "istilah.apbdes"),
    # istilah.bankeu
    ("bankeu itu apa", "istilah.bankeu"),
    # istilah.pokir
    ("pokir dewan maksudnya gmn", "istilah.pokir"),
    # istilah.musrenbang
    ("musrenbang singkatan apa", "istilah.musrenbang"),
    # istilah.rkpd
    ("RKPD itu dokumen apa", "istilah.rkpd"),
    # istilah.renja
    ("renja itu apa", "istilah.renja"),
    # istilah.renstra
    ("renstra dinas itu apa sih", "istilah.renstra"),
    # istilah.rpjmd
    ("RPJMD kepanjangannya apa", "istilah.rpjmd"),
    # istilah.kuappas
    ("KUA PPAS itu apa", "istilah.kuappas"),
    # istilah.rka
    ("RKA singkatan dr apa", "istilah.rka"),
    # istilah.dpa
    ("DPA itu dokumen apa", "istilah.dpa"),
    # istilah.sipd
    ("SIPD itu aplikasi apa", "istilah.sipd"),
    # istilah.bapperida
    ("bapperida itu badan apa? dulu bappeda kan", "istilah.bapperida"),
    # istilah.opd
    ("OPD artinya apa", "istilah.opd"),
    # istilah.skpd
    ("SKPD kepanjangannya apa", "istilah.skpd"),
    # istilah.spam
    ("SPAM di sini maksudnya apa? bukan email sampah kan", "istilah.spam"),
    # istilah.spald
    ("spald itu apa", "istilah.spald"),
    # istilah.ipal
    ("IPAL singkatan apa", "istilah.ipal"),
    # istilah.tps3r
    ("TPS3R itu tempat sampah yg gimana", "istilah.tps3r"),
    # istilah.mck
    ("MCK itu apa", "istilah.mck"),
    # istilah.rtrw
    ("RTRW itu RT RW? atau beda", "istilah.rtrw"),
    # istilah.rdtr
    ("RDTR kepanjangannya apa", "istilah.rdtr"),
    # istilah.pbg
    ("PBG itu apa, pengganti IMB kah?", "istilah.pbg"),
    # istilah.slf
    ("SLF singkatan dr apa", "istilah.slf"),
    # istilah.skbg
    ("SKBG itu sertifikat apa", "istilah.skbg"),
    # istilah.skt
    ("SKT maksudnya surat apa", "istilah.skt"),
    # istilah.cleanandclear
    ("arti clean and clear utk lahan", "istilah.cleanandclear"),
    # istilah.csr
    ("CSR itu apa", "istilah.csr"),
    # istilah.rakor
    ("rakor kepanjangannya apa", "istilah.rakor"),
    # istilah.lapor
    ("LAPOR! itu aplikasi apa", "istilah.lapor"),
    # istilah.wib
    ("WIB itu jam mana", "istilah.wib"),
    # istilah.backlog
    ("backlog perumahan artinya apa", "istilah.backlog"),
    # istilah.pkp
    ("PKP di sini artinya apa? bukan pengusaha kena pajak?", "istilah.pkp"),
    # istilah.kumuh
    ("sebenarnya yg disebut 'kumuh' itu apa sih", "istilah.kumuh"),
    # istilah.dak
    ("DAK singkatan apa", "istilah.dak"),
    # istilah.rusun
    ("rusun itu apa", "istilah.rusun"),
]

ROUND11_INTENTS: list[tuple[str, str]] = [
    # status
    ("usulan sy yg kmrn gmn kabarnya?", "status"),
    ("cek status usl-2026-0004 dong", "status"),
    (
        "sy dr dinas perkim gumas, usulan jaling desa kami bln lalu udh sampai mana ya?",
        "status",
    ),
    ("ulun handak malihat usulan kami, sudah diperiksa kah?", "status"),
    ("has my proposal been approved yet?", "status"),
    ("usulan kab barsel ada brp yg udh masuk, gmn hasilnya?", "status"),
    # meeting
    ("rakor thn ini kpn?", "meeting"),
    ("rapat berikutnya tgl brp dan dmn tempatnya", "meeting"),
    ("when is the next coordination meeting?", "meeting"),
    ("ada rapat sama provinsi bulan ini gak pak?", "meeting"),
    ("jadwal rakor 2026 udh ada blm", "meeting"),
    ("rakor kawasan permukiman nanti diadakan di mana, di hotel atau di aula dinas?", "meeting"),
    # deadline
    ("batas akhir kirim usulan kpn", "deadline"),
    ("usulan utk TA 2027 ditutup tgl brp?", "deadline"),
    ("masih bisa kirim usulan gak? udh tutup blm", "deadline"),
    ("deadline usulan", "deadline"),
    ("sampai kapan usulan bisa diterima provinsi? takut telat", "deadline"),
    ("what's the deadline for sending proposals?", "deadline"),
    # greeting
    ("halo min", "greeting"),
    ("selamat pagi pak", "greeting"),
    ("makasih ya infonya, sangat membantu", "greeting"),
    ("tolong sy bingung hrs mulai dr mana", "greeting"),
    ("assalamualaikum", "greeting"),
    ("hi, I'm new here, can you help me?", "greeting"),
    # how_to_submit
    ("gmn cara ngusulin lewat bot ini", "how_to_submit"),
    ("cara kirim usulan", "how_to_submit"),
    ("mau ajukan usulan drainase, mulai dr mana di bot?", "how_to_submit"),
    ("how do I submit a proposal here?", "how_to_submit"),
    ("kaya apa cara maulah usulan di bot ni?", "how_to_submit"),
    ("langkah2 input usulan di telegram ini apa aja", "how_to_submit"),
]

ROUND11_AREAS: list[tuple[str, str]] = [
    ("kumuh 9,5 ha di kec mentawa baru ketapang siapa yg tangani?", "kabkota"),
    ("lokasi kumuh luas delineasinya 95.000 m2, kewenangan siapa?", "kabkota"),
    ("kawasan kumuh 3 hektar masuk prov atau kab?", "kabkota"),
    ("deliniasi kumuh di SK 99.999 m², ini tugas siapa?", "kabkota"),
    ("kumuh 9,99 ha, dikit lg 10, bisa ke provinsi?", "kabkota"),
    ("our slum area is 4 hectares, who handles it?", "kabkota"),
    ("batas kawasan kumuh di peta SK cuma 7.500 meter persegi, kewenangan siapa", "kabkota"),
    ("kumuh luasnya tepat 10 ha, prov atau kab?", "provinsi"),
    ("luas kumuh sesuai SK 100.000 m2 pas, siapa yg nangani?", "provinsi"),
    ("kawasan kumuh 12,5 hektare di kelurahan baamang hulu kewenangan siapa", "provinsi"),
    ("kumuh 14,99 ha masih provinsi kah?", "provinsi"),
    ("delineasi 145.000 meter persegi, kumuh, ini tugas siapa?", "provinsi"),
    ("slum area of 11 hectares in the SK, province or regency?", "provinsi"),
    ("kumuh 10,0 hektar kewenangan apa", "provinsi"),
    ("lokasi kumuh 13 ha menurut peta delineasi, bisa usul ke prov?", "provinsi"),
    ("kumuh pas 15 ha itu masih provinsi atau udh pusat?", "pusat"),
    ("luas kumuh 150.000 m² kewenangan siapa", "pusat"),
    ("kawasan kumuh 20 hektar, siapa yg tanganin?", "pusat"),
    ("kumuh di SK luasnya 75,87 ha, prov bisa?", "pusat"),
    ("kumuh 245 ha di kec selat kewenangan siapa", "pusat"),
    ("kumuh 15,0 hektare siapa yg nangani", "pusat"),
    ("batas kumuh di peta SK 1.500.000 m2, siapa yg urus", "pusat"),
    ("a slum of 16 ha, who is responsible?", "pusat"),
    ("kumuh 2 ha di desa kami tugas siapa", "kabkota"),
    ("deliniasi kumuh 120.000 meter persegi, prov atau kab?", "provinsi"),
]

ROUND11_OUT_OF_SCOPE: list[str] = [
    "tpp bulan ini kpn cair ya?",
    "cuaca di palangka raya besok hujan gak?",
    "gmn cara ngurus ktp elektronik yg hilang",
    "jadwal pesawat sampit ke jakarta besok",
    "cara naik pangkat PNS golongan III/b ke III/c",
    "kapan pendaftaran CPNS dibuka lagi",
    "sy mau ambil cuti tahunan, formulirnya dmn",
    "bpjs kesehatan keluarga sy gak aktif, gmn aktifinnya",
    "status sy honorer, kpn pengangkatan PPPK paruh waktu diumumkan?",
    "berapa harga semen per sak di muara teweh skrg",
    "titik api kebakaran hutan di pulang pisau hari ini ada brp",
    "aturan bantuan perumahan di provinsi jawa timur seperti apa",
    "gmn cara daftar bansos PKH utk warga",
    "ujian SIM A di polres kapuas hari apa aja",
    "printer kantor macet, gmn betulinnya",
    "resep juhu singkah gmn",
    "siapa juara liga 1 tahun ini",
    "listrik PLN di tamiang layang padam terus, ngadu kemana",
    "cara bikin SPPD perjalanan dinas di aplikasi keuangan",
    "angka stunting di kab katingan thn ini brp",
    "sekolah SD di desa kami kekurangan guru, siapa yg urus",
    "jam buka puskesmas di kuala kurun",
    "cara mengurus sertifikat tanah pribadi di BPN",
    "BUMDes kami mau bikin usaha ikan, modal dr mana",
    "what's the exchange rate of the dollar today?",
    "tolong buatkan pidato sambutan utk acara 17 agustus",
    "jadwal pilkada kab lamandau berikutnya kpn",
    "password email dinas sy lupa, gmn resetnya",
]
