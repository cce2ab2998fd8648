"""Training table L2 for the Sinkron matcher (written 2026-12-05; never a held-out table).

The writer had not seen the knowledge base or any other question table; they read only the
topic list (topic ids with their titles) and the domain briefs (docs/domain.md, the shared
DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place list).

Style emphasis: half English as a non-native officer writes it, Indonesian technical words
kept ("who must make the SK kumuh?"); half one-line Indonesian fragments typed as into a search
box, with no verb or question word ("syarat usulan psu", "sk kumuh kadaluarsa").

This is a training set: its questions teach the bot's matcher how officers ask.
"""

TRAIN_L2_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "please explain the pembagian kewenangan perkim between pusat, provinsi and kabupaten",
        "kewenangan.ringkasan",
    ),
    (
        "I am new in dinas, which level handle what in perumahan and permukiman?",
        "kewenangan.ringkasan",
    ),
    ("pembagian urusan pkp pusat prov kab kota", "kewenangan.ringkasan"),
    ("matriks kewenangan perkim lampiran D uu 23/2014 ringkasnya", "kewenangan.ringkasan"),
    # kewenangan.urusan_wajib
    ("perumahan is urusan wajib or urusan pilihan for daerah?", "kewenangan.urusan_wajib"),
    (
        "housing and kawasan permukiman is counted as pelayanan dasar? which pasal say so",
        "kewenangan.urusan_wajib",
    ),
    ("pkp urusan wajib pelayanan dasar psl 12", "kewenangan.urusan_wajib"),
    ("status urusan perkim wajib atau bukan", "kewenangan.urusan_wajib"),
    # kewenangan.kumuh
    (
        "for kawasan kumuh, the kewenangan is divide by luas, what is the rule exactly?",
        "kewenangan.kumuh",
    ),
    ("who is responsible for penataan kumuh, it depend on the size of area?", "kewenangan.kumuh"),
    ("pembagian kewenangan kumuh brdasarkan luasan ha", "kewenangan.kumuh"),
    ("batasan hektar penanganan kws kumuh kab prov pusat", "kewenangan.kumuh"),
    # kewenangan.kumuh_pusat
    (
        "kawasan kumuh fifteen hectare and more, that one belong to pusat right? is it confirmed?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "our slum very large, bigger than provinsi range. then it is kementerian job?",
        "kewenangan.kumuh_pusat",
    ),
    ("kumuh 15 ha ke atas kewenangan pusat", "kewenangan.kumuh_pusat"),
    ("penanganan kumuh skala besar oleh kementerian pkp", "kewenangan.kumuh_pusat"),
    # kewenangan.pencegahan_kumuh
    (
        "pencegahan kumuh is also provinsi program or only kabupaten?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "we want to prevent new kumuh grow in our kota, can provinsi fund this pencegahan?",
        "kewenangan.pencegahan_kumuh",
    ),
    ("kewenangan pencegahan perumahan kumuh kab/kota", "kewenangan.pencegahan_kumuh"),
    ("pencegahan kumuh tgs siapa", "kewenangan.pencegahan_kumuh"),
    # kewenangan.perumahan
    (
        "in sub urusan perumahan, what is the part of provinsi and what is part of kabupaten?",
        "kewenangan.perumahan",
    ),
    ("provinsi have what kewenangan about rumah, not about kawasan?", "kewenangan.perumahan"),
    ("sub urusan perumahan kewenangan prov", "kewenangan.perumahan"),
    ("tugas kab kota bidang perumahan menurut lampiran uu 23", "kewenangan.perumahan"),
    # kewenangan.perumahan_pusat
    ("rumah for MBR is provided by who, pusat or daerah?", "kewenangan.perumahan_pusat"),
    (
        "pembangunan rusun and pembiayaan perumahan, that is kementerian authority?",
        "kewenangan.perumahan_pusat",
    ),
    ("penyediaan rumah mbr kewenangan pusat", "kewenangan.perumahan_pusat"),
    ("peran pemerintah pusat bid perumahan rusun", "kewenangan.perumahan_pusat"),
    # kewenangan.bencana_relokasi
    (
        "after banjir many house broken, rehab rumah korban bencana is who job?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "people must move because of provinsi project, who must facilitate their new rumah?",
        "kewenangan.bencana_relokasi",
    ),
    ("rumah korban bencana kab vs prov", "kewenangan.bencana_relokasi"),
    ("relokasi warga program pemprov penyediaan rmh", "kewenangan.bencana_relokasi"),
    # kewenangan.izin
    ("izin pembangunan perumahan for developer, we issue it or provinsi?", "kewenangan.izin"),
    ("who give the SKBG certificate, is it kabupaten?", "kewenangan.izin"),
    ("penerbitan izin kawasan permukiman kewenangan kab", "kewenangan.izin"),
    ("skbg dan izin pengembangan perumahan kewenangan siapa", "kewenangan.izin"),
    # kewenangan.kawasan_permukiman
    (
        "sub urusan kawasan permukiman consist of what, for each level of government?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "penetapan sistem kawasan permukiman nasional is done by who?",
        "kewenangan.kawasan_permukiman",
    ),
    ("sub urusan kawasan permukiman pembagian tugas", "kewenangan.kawasan_permukiman"),
    ("penyelenggaraan kws permukiman fungsi prov", "kewenangan.kawasan_permukiman"),
    # kewenangan.psu
    ("difference PSU permukiman and PSU perumahan, which one provinsi take?", "kewenangan.psu"),
    ("PSU in perumahan developer estate, can provinsi build it or not?", "kewenangan.psu"),
    ("kewenangan psu perumahan kab kota", "kewenangan.psu"),
    ("dasar hukum psu permukiman kewenangan provinsi sub urusan", "kewenangan.psu"),
    # psu.lingkup_provinsi
    (
        "what kind of PSU Disperkimtan actually build, only jalan and drainase?",
        "psu.lingkup_provinsi",
    ),
    ("can provinsi PSU money repair drainase beside jalan kabupaten?", "psu.lingkup_provinsi"),
    ("jenis psu yg dikerjakan disperkimtan prov", "psu.lingkup_provinsi"),
    ("cakupan psu prov jaling drainase perdesaan perkotaan", "psu.lingkup_provinsi"),
    # kewenangan.sertifikasi
    (
        "sertifikasi perancang rumah and perencana PSU, which level do the registrasi?",
        "kewenangan.sertifikasi",
    ),
    (
        "consultant want registration as planner of PSU, tingkat kemampuan kecil, go to where?",
        "kewenangan.sertifikasi",
    ),
    ("registrasi perencana psu kemampuan menengah prov", "kewenangan.sertifikasi"),
    ("sertifikasi badan hukum perancangan rumah kab kota", "kewenangan.sertifikasi"),
    # kewenangan.spm
    (
        "SPM perumahan for provinsi, what is the jenis pelayanan dasar and the target?",
        "kewenangan.spm",
    ),
    (
        "our bupati ask about standar pelayanan minimal bidang perumahan rakyat, what must "
        "kabupaten fulfil?",
        "kewenangan.spm",
    ),
    ("spm perumahan rakyat pp 2/2018 psl 8", "kewenangan.spm"),
    ("target spm rumah layak huni korban bencana 100 persen", "kewenangan.spm"),
    # kumuh.luas_delineasi
    (
        "the luas we put is whole desa area or only the kumuh part inside SK?",
        "kumuh.luas_delineasi",
    ),
    (
        "kelurahan is 40 ha but the kumuh delineation only part of it, which number provinsi use "
        "for kewenangan?",
        "kumuh.luas_delineasi",
    ),
    ("luas kumuh acuan delineasi sk bukan luas desa", "kumuh.luas_delineasi"),
    ("perhitungan luasan kawasan kumuh skala lingkungan vs skala kawasan", "kumuh.luas_delineasi"),
    # kumuh.penetapan
    ("lokasi kumuh is decided by gubernur or by bupati?", "kumuh.penetapan"),
    ("our SK kumuh from 2018, must be revise every how many year?", "kumuh.penetapan"),
    ("penetapan lokasi kumuh keputusan bupati walkot", "kumuh.penetapan"),
    ("lampiran sk kumuh tabel lokasi peta sebaran permen pupr 14/2018", "kumuh.penetapan"),
    # kumuh.aspek
    ("what aspect is checked to say one area is kumuh or not?", "kumuh.aspek"),
    (
        "kriteria kekumuhan consist of how many aspek, is proteksi kebakaran include?",
        "kumuh.aspek",
    ),
    ("7 aspek 16 kriteria kumuh", "kumuh.aspek"),
    ("kriteria kumuh bangunan jln lingkungan air minum drainase sampah", "kumuh.aspek"),
    # kumuh.penilaian
    ("how the nilai kekumuhan is calculate, and what score is kumuh berat?", "kumuh.penilaian"),
    ("each kriteria kumuh get score 0 1 3 5? maximum total is what?", "kumuh.penilaian"),
    ("skor kumuh berat 60 sd 80", "kumuh.penilaian"),
    ("cara skoring tingkat kekumuhan nilai maks", "kumuh.penilaian"),
    # kumuh.tingkat_sedang_ringan
    (
        "score range for kumuh sedang and kumuh ringan, is it official?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "our location total nilai 42, it fall in kumuh ringan or sedang?",
        "kumuh.tingkat_sedang_ringan",
    ),
    ("rentang nilai kumuh ringan 16-37", "kumuh.tingkat_sedang_ringan"),
    ("batas ambang kumuh sdg dan ringan", "kumuh.tingkat_sedang_ringan"),
    # kumuh.pola_penanganan
    ("difference between pemugaran and peremajaan for kawasan kumuh?", "kumuh.pola_penanganan"),
    (
        "if the kumuh is on lahan ilegal by the river, what penanganan is suitable?",
        "kumuh.pola_penanganan",
    ),
    ("pola penanganan kumuh pemugaran peremajaan pemukiman kembali", "kumuh.pola_penanganan"),
    ("bentuk penanganan kumuh brt lahan legal", "kumuh.pola_penanganan"),
    # kumuh.kalteng
    ("how many lokasi kumuh exist in Kalimantan Tengah, total hectare?", "kumuh.kalteng"),
    ("which kabupaten in kalteng have most kawasan kumuh?", "kumuh.kalteng"),
    ("data kumuh kalteng 111 lokasi", "kumuh.kalteng"),
    ("jumlah kws kumuh se kalteng tepian sungai", "kumuh.kalteng"),
    # usulan.isi
    (
        "what information must be inside one usulan kegiatan to provinsi, and why you ask all "
        "that?",
        "usulan.isi",
    ),
    ("why the form ask so many thing like sektor and justifikasi?", "usulan.isi"),
    ("isi usulan kegiatan ke prov lengkapnya", "usulan.isi"),
    ("data yg dibutuhkan dlm usulan beserta alasan", "usulan.isi"),
    # usulan.jenis
    ("what jenis usulan can we send, only kumuh and PSU?", "usulan.jenis"),
    ("can we propose RTLH or rumah korban bencana also, or other type?", "usulan.jenis"),
    ("jenis2 usulan kumuh psu rumah rtlh lainnya", "usulan.jenis"),
    ("pilihan tipe usulan ke disperkimtan", "usulan.jenis"),
    # usulan.lokasi
    ("for lokasi usulan, need kecamatan and desa only or also titik koordinat?", "usulan.lokasi"),
    ("nama lokasi must follow the name written in SK kumuh?", "usulan.lokasi"),
    ("data lokasi usulan kec desa gps perkotaan perdesaan", "usulan.lokasi"),
    ("titik koordinat lokasi usulan wajib gk", "usulan.lokasi"),
    # usulan.penerima_biaya
    ("penerima manfaat is counted in KK or jiwa, or both?", "usulan.penerima_biaya"),
    (
        "sumber dana we write APBD provinsi, or can be combine with APBD kabupaten?",
        "usulan.penerima_biaya",
    ),
    ("jumlah kk jiwa dan estimasi biaya usulan", "usulan.penerima_biaya"),
    ("sumber pendanaan usulan pilihan apbd prov apbn dak csr", "usulan.penerima_biaya"),
    # usulan.kesiapan
    ("readiness criteria for usulan PSU, what dokumen kesiapan is needed?", "usulan.kesiapan"),
    (
        "if our DED not ready yet, usulan still can go? what is counted as kesiapan?",
        "usulan.kesiapan",
    ),
    ("dokumen kesiapan usulan kumuh", "usulan.kesiapan"),
    ("kelengkapan rc usulan psu permukiman", "usulan.kesiapan"),
    # usulan.lahan
    (
        "lahan for the jalan lingkungan still belong to warga, is that ok for usulan?",
        "usulan.lahan",
    ),
    ("what is meaning clean and clear for lahan usulan? must have sertifikat?", "usulan.lahan"),
    ("status lahan usulan milik pemda desa warga", "usulan.lahan"),
    ("lahan sengketa usulan psu", "usulan.lahan"),
    # usulan.sk_kumuh
    ("for usulan kumuh, I must input nomor and tanggal SK kumuh?", "usulan.sk_kumuh"),
    (
        "our lokasi is not listed in the SK kumuh, still can propose to provinsi?",
        "usulan.sk_kumuh",
    ),
    ("sk kumuh lebih dr 5 thn usulan kumuh", "usulan.sk_kumuh"),
    ("lokasi tdk tercantum sk kumuh usulan", "usulan.sk_kumuh"),
    # usulan.dokumen_teknis
    (
        "dokumen teknis like DED RAB RKS must attach all, or photo is enough?",
        "usulan.dokumen_teknis",
    ),
    ("how many foto kondisi eksisting we must send with usulan?", "usulan.dokumen_teknis"),
    ("ded rab rks site plan usulan", "usulan.dokumen_teknis"),
    ("lampiran foto dan gambar teknis usulan jaling", "usulan.dokumen_teknis"),
    # usulan.surat_pernyataan
    (
        "surat pernyataan bersedia menerima hibah and do O&P, who must sign it?",
        "usulan.surat_pernyataan",
    ),
    ("why provinsi need surat pernyataan pemeliharaan from kabupaten?", "usulan.surat_pernyataan"),
    ("format surat pernyataan kesanggupan o&p", "usulan.surat_pernyataan"),
    ("surat kesediaan terima hibah utk usulan psu", "usulan.surat_pernyataan"),
    # usulan.rtlh
    ("RTLH through provinsi, the house must already exist or can build new one?", "usulan.rtlh"),
    ("penerima bantuan RTLH provinsi who decide, and tanah must be own land?", "usulan.rtlh"),
    ("syarat rtlh prov skt tanah sendiri", "usulan.rtlh"),
    ("penetapan penerima rtlh sk gubernur", "usulan.rtlh"),
    # usulan.psu_masyarakat
    (
        "warga at Tumbang Tahai want ask jalan lingkungan direct to provinsi, is it allowed?",
        "usulan.psu_masyarakat",
    ),
    (
        "proposal from masyarakat for drainase, must known by RT RW lurah camat?",
        "usulan.psu_masyarakat",
    ),
    ("permohonan psu dari warga langsung ke disperkimtan", "usulan.psu_masyarakat"),
    ("proposal jaling kelompok masyarakat diketahui rt rw lurah camat", "usulan.psu_masyarakat"),
    # hibah.aset
    (
        "after provinsi finish build jalan in our desa, the aset become whose? who maintain it?",
        "hibah.aset",
    ),
    ("BAST and naskah hibah from provinsi to kabupaten, who sign?", "hibah.aset"),
    ("serah terima aset psu prov ke pemkab", "hibah.aset"),
    ("pemeliharaan jaling hasil hibah provinsi", "hibah.aset"),
    # pendanaan.saluran_lain
    (
        "if our usulan not provinsi kewenangan, then funding can come from where?",
        "pendanaan.saluran_lain",
    ),
    (
        "kumuh kecil under provinsi limit, we can use DAK or APBDes for it?",
        "pendanaan.saluran_lain",
    ),
    ("alternatif dana selain apbd prov", "pendanaan.saluran_lain"),
    ("sumber pendanaan lain bkn kewenangan prov apbn csr dak ppkt", "pendanaan.saluran_lain"),
    # siklus.tahunan
    ("can you explain the yearly alur usulan from kabupaten until it funded?", "siklus.tahunan"),
    ("usulan we send this year is for tahun anggaran which?", "siklus.tahunan"),
    ("siklus usulan tahunan perkim prov", "siklus.tahunan"),
    ("tahapan usulan kab ke prov dr awal sampai hibah", "siklus.tahunan"),
    # siklus.pemeriksaan
    (
        "how provinsi verify our usulan, only administrasi or also survey lapangan?",
        "siklus.pemeriksaan",
    ),
    (
        "what provinsi check first when usulan masuk? the kewenangan also checked?",
        "siklus.pemeriksaan",
    ),
    ("verifikasi administrasi dan teknis usulan oleh prov", "siklus.pemeriksaan"),
    ("kriteria penilaian usulan di disperkimtan", "siklus.pemeriksaan"),
    # siklus.rakor
    ("Rakor bidang kawasan permukiman is what kind of meeting, who join?", "siklus.rakor"),
    ("what is the purpose of the rakor sinkronisasi every year?", "siklus.rakor"),
    ("rakor kawasan permukiman se kalteng tujuan", "siklus.rakor"),
    ("peserta rakor sinkronisasi kaws permukiman", "siklus.rakor"),
    # siklus.rkpd_apbd
    (
        "after rakor, usulan go to musrenbang then RKPD? explain the flow until APBD",
        "siklus.rkpd_apbd",
    ),
    ("usulan approve in rakor means already sure in APBD provinsi?", "siklus.rkpd_apbd"),
    ("alur rakor musrenbang rkpd apbd", "siklus.rkpd_apbd"),
    ("usulan masuk rkpd provinsi stlh rakor", "siklus.rkpd_apbd"),
    # koordinasi.pokja_pkp
    ("Pokja PKP in kabupaten, what is the function and who is the ketua?", "koordinasi.pokja_pkp"),
    ("do we need SK Pokja PKP for coordination with provinsi program?", "koordinasi.pokja_pkp"),
    ("tugas pokja pkp kab", "koordinasi.pokja_pkp"),
    ("dasar hukum pokja pkp permen pupr 12/2020", "koordinasi.pokja_pkp"),
    # disperkimtan.kontak
    ("where is the kantor Disperkimtan provinsi? I want come directly", "disperkimtan.kontak"),
    ("Disperkimtan kalteng have website or not?", "disperkimtan.kontak"),
    ("alamat disperkimtan prov kalteng", "disperkimtan.kontak"),
    ("kantor dinas perkimtan palangka raya jl di panjaitan", "disperkimtan.kontak"),
    # bot.cara_pakai
    (
        "which perintah in the bot is for petugas kabupaten and which only for admin?",
        "bot.cara_pakai",
    ),
    ("the time shown in bot is WIB or WITA?", "bot.cara_pakai"),
    ("daftar perintah bot sinkron", "bot.cara_pakai"),
    ("zona waktu jadwal di bot sinkron", "bot.cara_pakai"),
    # bot.usul
    ("in /usul if my signal drop in the middle, the isian is lost or saved as draft?", "bot.usul"),
    ("can I copy my last year usulan with /usul so no need type again?", "bot.usul"),
    ("/usul kirim titik gps dr hp", "bot.usul"),
    ("salin usulan lama lewat /usul", "bot.usul"),
    # bot.status
    ("status 'perlu perbaikan' mean what, I must do something?", "bot.status"),
    ("what is difference status verifikasi and dibahas di rakor?", "bot.status"),
    ("arti status usulan diajukan verifikasi disetujui", "bot.status"),
    ("status dibatalkan maksudnya", "bot.status"),
    # bot.ditolak_dialihkan
    (
        "my usulan is ditolak, the reason is bukan kewenangan provinsi. what next step I can do?",
        "bot.ditolak_dialihkan",
    ),
    ("status dialihkan mean the usulan go to who? we must resend it?", "bot.ditolak_dialihkan"),
    ("usulan ditolak langkah selanjutnya", "bot.ditolak_dialihkan"),
    ("usulan dialihkan ke apbd kab", "bot.ditolak_dialihkan"),
    # bot.tindak_lanjut
    ("how many day provinsi need to respond my usulan after I send it?", "bot.tindak_lanjut"),
    (
        "usulan still diajukan one week, nobody check. what is the standard time?",
        "bot.tindak_lanjut",
    ),
    ("standar waktu tindak lanjut usulan 3 hari kerja", "bot.tindak_lanjut"),
    ("tolok ukur lapor verifikasi respon usulan", "bot.tindak_lanjut"),
    # bot.rapat
    ("I cannot attend the rapat, can I send my staff as perwakilan through the bot?", "bot.rapat"),
    ("how to confirm kehadiran for undangan rapat in Sinkron?", "bot.rapat"),
    ("pengingat undangan rapat di bot", "bot.rapat"),
    ("konfirmasi hadir rapat sinkron perwakilan", "bot.rapat"),
    # glossary terms
    ("perkim is short for what?", "istilah.perkim"),
    ("kepanjangan disperkimtan", "istilah.disperkimtan"),
    ("PSU stand for what words?", "istilah.psu"),
    ("jaling singkatan", "istilah.jaling"),
    ("in the form there is drainase, it mean which drainase exactly?", "istilah.drainase"),
    ("KR dlm data kumuh artinya", "istilah.kr"),
    ("what is KS in tingkat kekumuhan column?", "istilah.ks"),
    ("kb pd tabel kumuh maksudnya", "istilah.kb"),
    ("SK kumuh, what kind of surat is that?", "istilah.skkumuh"),
    ("pengertian delineasi kumuh", "istilah.delineasi"),
    ("RTLH is abbreviation of what?", "istilah.rtlh"),
    ("rlh singkatan dr", "istilah.rlh"),
    ("people always say bedah rumah, what is that term mean?", "istilah.bedahrumah"),
    ("bsps kepanjangannya", "istilah.bsps"),
    ("meaning of MBR in housing program?", "istilah.mbr"),
    ("rusunawa itu", "istilah.rusunawa"),
    ("what is rusus, I hear from kementerian staff", "istilah.rusus"),
    ("huntara artinya", "istilah.huntara"),
    ("huntap is what kind of house?", "istilah.huntap"),
    ("kk di isian penerima manfaat maksudnya", "istilah.kk"),
    ("in the form, jiwa mean what?", "istilah.jiwa"),
    ("satuan ha artinya", "istilah.ha"),
    ("DED means what, long form please", "istilah.ded"),
    ("singkatan rab", "istilah.rab"),
    ("what is RKS document?", "istilah.rks"),
    ("kak atau tor kepanjangan", "istilah.kak"),
    ("site plan in Indonesian is called what?", "istilah.siteplan"),
    ("rc usulan singkatan dari", "istilah.rc"),
    ("BAST is stand for?", "istilah.bast"),
    ("pengertian hibah aset", "istilah.hibah"),
    ("what is BMD, I see it in aset report", "istilah.bmd"),
    ("bmn kepanjangan", "istilah.bmn"),
    ("O&P in surat pernyataan, that abbreviation mean?", "istilah.op"),
    ("spm singkatan", "istilah.spm"),
    ("Pokja PPAS is short for what?", "istilah.pokjappas"),
    ("arti pokja pkp", "istilah.pokjapkp"),
    ("pokja AMPL stand for what words?", "istilah.pokjaampl"),
    ("rp3kp kepanjangannya", "istilah.rp3kp"),
    ("RP2KPKP is what kind of document, the long name?", "istilah.rp2kpkp"),
    ("program kotaku singkatan", "istilah.kotaku"),
]
