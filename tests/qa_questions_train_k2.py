"""Training table K2 for the Sinkron matcher (written 2026-12-05; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Style emphasis: terse chat (abbreviations, typos, lowercase, no punctuation); guesses to
confirm and "why" questions.

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_K2_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "pembagian kewenangan perkim antara pusat prov sm kab tu gmn sih singkatny",
        "kewenangan.ringkasan",
    ),
    (
        "sy staf baru di dinas perkim kobar blm paham siapa ngurus apa di perumahan dan "
        "permukiman bs dijelasin garis besarnya",
        "kewenangan.ringkasan",
    ),
    (
        "bener ga klo smua urusan perumahan itu tgs kab aj provcm koordinasi",
        "kewenangan.ringkasan",
    ),
    (
        "who is do what in housing and settlement between center province and regency",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    ("perumahan tu termasukurusan wajib ato urusan pilihan", "kewenangan.urusan_wajib"),
    (
        "berarti perkim masuk urusan wajib pelayanan dasar ya dasarnya pasal brp",
        "kewenangan.urusan_wajib",
    ),
    (
        "knp perumahan dianggap pelayanan dasar kok disamain sm pendidikan kesehatan",
        "kewenangan.urusan_wajib",
    ),
    ("is housing a mandatory affair or optional one in uu 23 2014", "kewenangan.urusan_wajib"),
    # kewenangan.kumuh
    ("kumuh 12 ha itu kewenangn siapa", "kewenangan.kumuh"),
    ("lokasi kumuh kmi cm 7ha bs diusulin ke prov ga", "kewenangan.kumuh"),
    ("klo luasnya pas 10 ha masuk kab ato udh prov", "kewenangan.kumuh"),
    ("why slum under 10 hectare cannot propose to province", "kewenangan.kumuh"),
    # kewenangan.kumuh_pusat
    ("kawasan kumuh di kec selat luasnya ratusan ha itu urusan siapa", "kewenangan.kumuh_pusat"),
    ("berarti klo lebih dr 15 ha pusat ya bkn prov lg", "kewenangan.kumuh_pusat"),
    ("pas 15 ha gt masuk prov ato udh pusat", "kewenangan.kumuh_pusat"),
    ("kalo kumuhnya 30an ha prov bs bantu ga ato hrs ke kementerian", "kewenangan.kumuh_pusat"),
    # kewenangan.pencegahan_kumuh
    ("pencegahan kumuh tu tgs siapa sih", "kewenangan.pencegahan_kumuh"),
    (
        "bs ga prov danain kegiatan pencegahn kumuh di desa kmi di katingan",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "knp prov gk pegang pencegahan kumuh cm peningkatan kualitasnya aj",
        "kewenangan.pencegahan_kumuh",
    ),
    ("prevention of slum is it province job or regency job", "kewenangan.pencegahan_kumuh"),
    # kewenangan.perumahan
    ("di sub urusan perumahan kewenangan prov apa aj", "kewenangan.perumahan"),
    ("bedanya kewenangan prov sm kab di urusan perumahan apa", "kewenangan.perumahan"),
    ("berarti prov di bidang perumahan cm ngurus bencana sm relokasi ya", "kewenangan.perumahan"),
    ("housing sub affair what is authority of province exactly", "kewenangan.perumahan"),
    # kewenangan.perumahan_pusat
    ("rumah utk mbr itu urusan pusat kan bkn prov", "kewenangan.perumahan_pusat"),
    ("rusun yg bangun siapa pusat ato daerh", "kewenangan.perumahan_pusat"),
    ("knp prov gk bs bangun rumah buat warga berpenghasilan rendah", "kewenangan.perumahan_pusat"),
    ("pembiayaan perumahan kyk kpr subsidi tu kewenangan siapa", "kewenangan.perumahan_pusat"),
    # kewenangan.bencana_relokasi
    (
        "rmh warga rusak kena banjir di pulpis siapa yg tanggungjawab bangun lg",
        "kewenangan.bencana_relokasi",
    ),
    (
        "klo relokasi krn program prov rumah penggantinya disediain prov kan",
        "kewenangan.bencana_relokasi",
    ),
    (
        "bencana skala kab tp parah bgt bs minta prov yg bangun rumahnya ga",
        "kewenangan.bencana_relokasi",
    ),
    (
        "house of disaster victim which level must rebuild province or regency",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    ("izin pembangunan perumahan dr developer itu dikeluarin siapa", "kewenangan.izin"),
    ("bener ga klo skbg yg nerbitin kab bkn prov", "kewenangan.izin"),
    ("bener ga izin pengembangan kawasan permukiman hrs ke prov", "kewenangan.izin"),
    ("who give permit for housing estate developer regency or province", "kewenangan.izin"),
    # kewenangan.kawasan_permukiman
    ("sub urusan kawasan permukiman isinya apa aj per level", "kewenangan.kawasan_permukiman"),
    ("penyelenggaraan kawasan permukiman itu tgs prov jg kah", "kewenangan.kawasan_permukiman"),
    ("sistem kawasan permukiman nasional yg netapin siapa ya", "kewenangan.kawasan_permukiman"),
    (
        "kewenangan kab di kawasan permukiman apa aj slain kumuh dibawah 10 ha",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    ("psu permukiman sm psu perumahan bedanyaapa siapa yg pegang", "kewenangan.psu"),
    ("jalan di perumahan developer yg rusak itu psu siapa prov ato kab", "kewenangan.psu"),
    ("berarti psu perumahan gk bs diusulin ke prov ya", "kewenangan.psu"),
    ("why province only do psu permukiman not psu perumahan", "kewenangan.psu"),
    # psu.lingkup_provinsi
    ("psu yg dibangun disperkimtan itu apaaj cm jalan sm drainase kah", "psu.lingkup_provinsi"),
    ("bs ga usul drainase di pinggir jln kabupatn ke prov", "psu.lingkup_provinsi"),
    ("klo di perdesaan bs dpt psu prov ga ato cm di kota", "psu.lingkup_provinsi"),
    (
        "besides jaling and drainage can we propose street lamp or park to province",
        "psu.lingkup_provinsi",
    ),
    # kewenangan.sertifikasi
    ("sertifikasi perancang rumah sm psu siapa yg ngluarin", "kewenangan.sertifikasi"),
    ("konsultan perencana psu yg kecil registrasinya ke kab ya", "kewenangan.sertifikasi"),
    ("klo kemampuan menengah brarti sertifikasinya ke prov gt", "kewenangan.sertifikasi"),
    ("certification for house designer company which level handle", "kewenangan.sertifikasi"),
    # kewenangan.spm
    ("spm perumahan prov itu apa aj targetnya brp", "kewenangan.spm"),
    ("bedanya spm perumahan prov sm kab", "kewenangan.spm"),
    ("dasar hukum spm perumahan apa pp 2 2018 bkn", "kewenangan.spm"),
    ("minimum service standard housing for province what is indicator", "kewenangan.spm"),
    # kumuh.luas_delineasi
    ("luas kumuh yg dipake luas desa ato luas yg di sk", "kumuh.luas_delineasi"),
    ("desa kmi 300 ha tp yg kumuh cm 11 ha di sk yg dihitung yg mana", "kumuh.luas_delineasi"),
    ("knp luas yg dihitung hrs yg delineasi di sk kumuh", "kumuh.luas_delineasi"),
    (
        "klo dua lokasi di sk masing2 6 ha bs digabung jd 12 ha ga biar masuk prov",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    ("sk kumuh yg netapin siapa bupati ato gubernur", "kumuh.penetapan"),
    ("sk kumuh kmi thn 2018 msh berlaku gk", "kumuh.penetapan"),
    ("brp thn sekali sk kumuh hrs direviu", "kumuh.penetapan"),
    ("who make decree of slum location and what is inside it", "kumuh.penetapan"),
    # kumuh.aspek
    ("kriteria kumuh itu ada aspek apa aj", "kumuh.aspek"),
    ("7 aspek kumuh sebutin dong lupa sy", "kumuh.aspek"),
    ("proteksi kebakaran masuk kriteria kumuh jg kah", "kumuh.aspek"),
    ("knp air limbah sm sampah ikut dinilai di kumuh", "kumuh.aspek"),
    # kumuh.penilaian
    ("skor kumuh berat itu mulai brp", "kumuh.penilaian"),
    ("cara ngitung nilai kumuh gmn tiap kriteria skornyabrp", "kumuh.penilaian"),
    ("nilai maksimal kumuh 80 bkn", "kumuh.penilaian"),
    ("klo skor kmi 65 brarti kumuh berat kan", "kumuh.penilaian"),
    # kumuh.tingkat_sedang_ringan
    ("rentang nilai kumuh sedang brp smp brp", "kumuh.tingkat_sedang_ringan"),
    ("skor 40 itu kumuh ringan ato sedang", "kumuh.tingkat_sedang_ringan"),
    ("kumuh ringan batas bawahnya 16 ya dibawah itu gk kumuh", "kumuh.tingkat_sedang_ringan"),
    ("score 30 is light slum or medium slum", "kumuh.tingkat_sedang_ringan"),
    # kumuh.pola_penanganan
    ("bedanya pemugaran sm peremajan apa", "kumuh.pola_penanganan"),
    ("kumuh di tanah ilegal penanganannya gmn", "kumuh.pola_penanganan"),
    ("when slum must use pemukiman kembali not pemugaran", "kumuh.pola_penanganan"),
    ("kumuh sedang di lahan legal cocoknya pemugaran ya", "kumuh.pola_penanganan"),
    # kumuh.kalteng
    ("brp jumlah lokasi kumuh di kalteng", "kumuh.kalteng"),
    ("total luas kumuh se kalteng brp ha", "kumuh.kalteng"),
    ("kab mana yg lokasi kumuhnya plg banyak", "kumuh.kalteng"),
    ("how many slum area in central kalimantan now", "kumuh.kalteng"),
    # usulan.isi
    ("usulan kegiatan ke prov isinya apa aj sih", "usulan.isi"),
    ("knp form usulan nanya banyak bgt emg smua dipake", "usulan.isi"),
    ("data apa aj yg perlu disiapin sblm bikin usulan", "usulan.isi"),
    ("what information must be inside proposal to province", "usulan.isi"),
    # usulan.jenis
    ("jenis usulan yg bs diajukan apa aja", "usulan.jenis"),
    ("selain kumuh sm psu bs usul apa lg", "usulan.jenis"),
    ("usulan air bersih masuk jenis yg mana", "usulan.jenis"),
    ("rtlh masuk jenis usulan sendiri ato ikut rumah", "usulan.jenis"),
    # usulan.lokasi
    ("lokasi usulan hrs diisi sampe desa ya ato kec cukup", "usulan.lokasi"),
    ("titik gps lokasi wajib ga", "usulan.lokasi"),
    ("nama lokasi diisi sesuai sk kumuh ato nama kampung aj", "usulan.lokasi"),
    ("knp ditanya perkotaan ato perdesaan di lokasi usulan", "usulan.lokasi"),
    # usulan.penerima_biaya
    ("jumlah kk sm jiwa penerima manfaat wajib diisi ga", "usulan.penerima_biaya"),
    ("sumber dana yg bs dipilih di usulan apaaja", "usulan.penerima_biaya"),
    ("bs ga sumber dananya kombinasi apbd prov sm apbd kab", "usulan.penerima_biaya"),
    ("beneficiary counted by household or by person", "usulan.penerima_biaya"),
    # usulan.kesiapan
    ("dokumen kesiapan usulan apa aj yg dibutuhin", "usulan.kesiapan"),
    ("readiness criteria utk usulan psu apa aj", "usulan.kesiapan"),
    ("knp kelengkapan dokumen kesiapan ngaruh ke usulan", "usulan.kesiapan"),
    ("surat bupati wajib ga buat usulan psu", "usulan.kesiapan"),
    # usulan.lahan
    ("lahan usulan hrs clean and clear ga", "usulan.lahan"),
    ("status lahan milik desa bs ga buat usulan", "usulan.lahan"),
    ("lahannya tanah warga cm pake skt gmn", "usulan.lahan"),
    (
        "if the land still have dispute with resident proposal will be reject or not",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    ("usulan kumuh wajib lampirin skkumuh ga", "usulan.sk_kumuh"),
    ("lokasi kmi gk ada di sk kumuh tp kondisinya kumuh bs diusulin", "usulan.sk_kumuh"),
    ("sk kumuhnya udh 6 thn gmn usulannya", "usulan.sk_kumuh"),
    ("slum proposal need sk number and date or only the file", "usulan.sk_kumuh"),
    # usulan.dokumen_teknis
    ("ded sm rab wajib ga ato nyusul", "usulan.dokumen_teknis"),
    ("foto kondisi brp banyak maksimalnya", "usulan.dokumen_teknis"),
    ("rks sm site plan hrs dilampirin sekalian", "usulan.dokumen_teknis"),
    ("knp hrs ada foto kondisi eksisting", "usulan.dokumen_teknis"),
    # usulan.surat_pernyataan
    ("surat pernyataan hibah dan op itu isinya apa", "usulan.surat_pernyataan"),
    ("knp kab hrs bikin surat kesediaan terima hibah", "usulan.surat_pernyataan"),
    ("surat pernyataan pemeliharaan wajib ga utk usulan psu", "usulan.surat_pernyataan"),
    ("what if we not willing to maintain the road after it build", "usulan.surat_pernyataan"),
    # usulan.rtlh
    ("rtlh bs diusulin ke prov ga syaratnya apa", "usulan.rtlh"),
    ("bangun rumah baru utk warga yg gk punya rumah bs lewat rtlh prov", "usulan.rtlh"),
    ("tanah warga blm sertifikat cm skt bs dpt bantuan rtlh", "usulan.rtlh"),
    ("penerima rtlh prov ditetapin siapa bupati ato gubernur", "usulan.rtlh"),
    # usulan.psu_masyarakat
    ("warga mau minta jalan lingkungan langsung ke prov bs ga", "usulan.psu_masyarakat"),
    ("usulan dr masyarakat hrs diketahui siapa aj rt rw lurah gt", "usulan.psu_masyarakat"),
    ("ketua rt mau ngajuin drainase gmn caranya", "usulan.psu_masyarakat"),
    ("community want request drainage what is requirement", "usulan.psu_masyarakat"),
    # hibah.aset
    ("jalan yg dibangun prov di lahan kab nanti jd aset siapa", "hibah.aset"),
    ("bast hibahnya ditandatangani siapa aj", "hibah.aset"),
    ("stlh serah terima pemeliharaannya tgs siapa", "hibah.aset"),
    ("road already hibah to regency then broken can province fix it again", "hibah.aset"),
    # pendanaan.saluran_lain
    ("klo bkn kewenangan prov dananya dr mn", "pendanaan.saluran_lain"),
    ("kumuh 6 ha kmi bs pake dak tematik ga", "pendanaan.saluran_lain"),
    ("selain apbd prov sumber dana lain utk kumuh apa aj", "pendanaan.saluran_lain"),
    ("can we use csr fund for slum if not province authority", "pendanaan.saluran_lain"),
    # siklus.tahunan
    ("alur usulan tiap tahunnya gmna", "siklus.tahunan"),
    ("usulan thn ini utk anggaran thn depan ya", "siklus.tahunan"),
    ("kpn sebaiknya mulai nyiapin usulan utk thn dpn", "siklus.tahunan"),
    ("yearly proposal cycle how it go step by step", "siklus.tahunan"),
    # siklus.pemeriksaan
    ("prov meriksa usulan kyk gmn sih", "siklus.pemeriksaan"),
    ("apa aj yg dicek prov dr usulan kmi", "siklus.pemeriksaan"),
    ("ada survey lapangan ga utk verifikasi usulan", "siklus.pemeriksaan"),
    ("knp usulan dicek kewenangannya dulu", "siklus.pemeriksaan"),
    # siklus.rakor
    ("rakor bidang kawasan permukiman itu ngapain aj", "siklus.rakor"),
    ("siapa aj yg ikut rakor kab doang ato ada pusat", "siklus.rakor"),
    ("knp rakor diadain sblm musrenbang prov", "siklus.rakor"),
    ("what is purpose of rakor every year", "siklus.rakor"),
    # siklus.rkpd_apbd
    ("stlh rakor usulan lanjut kemana lg", "siklus.rkpd_apbd"),
    ("usulan yg disetujui masuk rkpd dulu baru apbd ya", "siklus.rkpd_apbd"),
    ("hubungan rakor sm musrenbang prov apa", "siklus.rkpd_apbd"),
    ("after approve in rakor when the money come in apbd", "siklus.rkpd_apbd"),
    # koordinasi.pokja_pkp
    ("pokja pkp tugasnya ngapain aj", "koordinasi.pokja_pkp"),
    ("kab wajib punya pokja pkp ga", "koordinasi.pokja_pkp"),
    ("dasar hukum pembentukan pokja pkp apa", "koordinasi.pokja_pkp"),
    ("ketua pokja pkp di kab biasanya siapa", "koordinasi.pokja_pkp"),
    # disperkimtan.kontak
    ("alamat kantor disperkimtan prov dmn ya", "disperkimtan.kontak"),
    ("website disperkimtan kalteng apa alamatnya", "disperkimtan.kontak"),
    ("kntor dinas perkimtan yg di jl panjaitan kan", "disperkimtan.kontak"),
    ("where is office of disperkimtan in palangkaraya", "disperkimtan.kontak"),
    # bot.cara_pakai
    ("daftar perintah di bot apa aj", "bot.cara_pakai"),
    ("jam di bot pake wib ato wita", "bot.cara_pakai"),
    ("hrs daftar dulu ga sblm bs pake bot", "bot.cara_pakai"),
    ("knp jam rapat di bot beda sejam sm jam hp sy", "bot.cara_pakai"),
    # bot.usul
    ("/usul itu langkahnya apa aj", "bot.usul"),
    ("if signal lost in middle of /usul my data is gone or still save", "bot.usul"),
    ("bs salin usulan thn lalu ga biar gk ngisi ulang", "bot.usul"),
    ("pdf dokumen bs dilampirin di /usul ga", "bot.usul"),
    # bot.status
    ("status verifikasi artinya apa", "bot.status"),
    ("dibahas rakor itu udh pasti disetujui ya", "bot.status"),
    ("klo status perlu perbaikan hrs ngapain", "bot.status"),
    ("what mean status dibatalkan", "bot.status"),
    # bot.ditolak_dialihkan
    ("usulan sy ditolak alasannya bkn kewenangan prov trs gmn", "bot.ditolak_dialihkan"),
    ("dialihkan ke apbd kab maksudnya apa", "bot.ditolak_dialihkan"),
    ("usulan yg udh ditolak bs diajuin lg ga", "bot.ditolak_dialihkan"),
    ("why my proposal redirected to dak", "bot.ditolak_dialihkan"),
    # bot.tindak_lanjut
    ("brp lama usulan biasanyaditanggapi", "bot.tindak_lanjut"),
    ("udh seminggu status msh diajukan wajar ga", "bot.tindak_lanjut"),
    ("standar lapor 3 hari kerja itu berlaku jg di sinkron", "bot.tindak_lanjut"),
    ("is there standard time for province to respond proposal", "bot.tindak_lanjut"),
    # bot.rapat
    ("klo gk bs hadir rakor bs diwakilin ga", "bot.rapat"),
    ("pengingat rapat dikirim kpn aj h brp", "bot.rapat"),
    ("cara konfirmasi hadir undangan rapat di bot gmn", "bot.rapat"),
    ("i get meeting invitation in bot how to tell my staff come replace me", "bot.rapat"),
    # glossary (istilah.*)
    ("dak tematik ppkt kepanjangannya apa", "istilah.daktematikppkt"),
    ("apbn singkatan dr apa", "istilah.apbn"),
    ("apbd tu apa sih", "istilah.apbd"),
    ("apbdes itu anggaran desa kan kepanjangannya apa", "istilah.apbdes"),
    ("bankeu maksudnya apa", "istilah.bankeu"),
    ("pokir itu apa", "istilah.pokir"),
    ("musrenbang kepanjangannya", "istilah.musrenbang"),
    ("rkpd itu dokumen apa", "istilah.rkpd"),
    ("renja artinya apa", "istilah.renja"),
    ("what renstra stand for", "istilah.renstra"),
    ("rpjmd singkatan apa", "istilah.rpjmd"),
    ("kua ppas tu apaan", "istilah.kuappas"),
    ("rka artinya apa", "istilah.rka"),
    ("dpa itu apa ya", "istilah.dpa"),
    ("sipd singkatan dr apa", "istilah.sipd"),
    ("bapperida itu apa dulu namanya bappeda kan", "istilah.bapperida"),
    ("opd maksudnya apa", "istilah.opd"),
    ("skpd kepanjangannya apa", "istilah.skpd"),
    ("spam di perkim tu bkn spam email kan artinya apa", "istilah.spam"),
    ("spald apaan", "istilah.spald"),
    ("ipal is what", "istilah.ipal"),
    ("tps3r stand for what", "istilah.tps3r"),
    ("mck kepanjangannya", "istilah.mck"),
    ("rtrw tu rt rw ato tata ruang", "istilah.rtrw"),
    ("rdtr artinya apa", "istilah.rdtr"),
    ("pbg itu pengganti imb ya apa kepanjangannya", "istilah.pbg"),
    ("what is slf", "istilah.slf"),
    ("skbg tu apa", "istilah.skbg"),
    ("skt tu surat apa", "istilah.skt"),
    ("lahan clean and clear tu maksudnya gmn", "istilah.cleanandclear"),
    ("csr artinya apa", "istilah.csr"),
    ("rakor kepanjangany apa", "istilah.rakor"),
    ("lapor itu aplikasi apa", "istilah.lapor"),
    ("wib singkatan apa", "istilah.wib"),
    ("backlog perumahan means what", "istilah.backlog"),
    ("pkp singkatan dr apa", "istilah.pkp"),
    ("yg dimaksud kumuh itu apa", "istilah.kumuh"),
    ("what mean kumuh in english", "istilah.kumuh"),
    ("dak itu dana apa", "istilah.dak"),
    ("rusun tu apa bedanya sm rumah biasa", "istilah.rusun"),
]
