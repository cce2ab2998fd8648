"""Held-out question table, round 65 (written 2026-12-07 at the end of round 37 of tuning; never
tuned on).

Two writers who had not seen the knowledge base or any other question table each wrote half:
they read only the topic list (topic ids with their titles) and the domain briefs
(docs/domain.md, the shared DOMAIN.md and DOMAIN-RESEARCH.md and the Kalimantan Tengah place
list). Nobody tuning the matcher reads this file: bench/qa_quality.py --final measures it.

Its styles were new to the bot when it was written, and nothing was built for them: Betawi and
Jakarta slang, a question after thanks for an earlier answer, numbers and units glued or
spaced oddly with either thousands separator, a colleague's case or a role play, a term
spelled out letter by letter, an instruction about the answer's form, old-fashioned polite
letters, Indonesian-English code-switching inside one sentence; Canadian English for the first
half of the topic list and Pakistani English for the second.
"""

ROUND65_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    (
        (
            "gimane sih pembagian tugas pusat, provinsi ama kabupaten di urusan perkim secara "
            "umum? aye masih bingung nih, jawab pake poin ye"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Sorry to bug you eh, but can you give me the big picture of who does what in "
            "housing and settlements, centre vs province vs regency?"
        ),
        "kewenangan.ringkasan",
    ),
    (
        (
            "Dengan hormat, bersama ini kami bermaksud menanyakan apakah urusan perumahan "
            "rakyat dan kawasan permukiman termasuk urusan wajib pelayanan dasar atau urusan "
            "pilihan. Atas perhatiannya diucapkan terima kasih."
        ),
        "kewenangan.urusan_wajib",
    ),
    (
        ("perkim tuh masuk urusan wajib ato pilihan sih? sertakan pasalnya di UU 23/2014"),
        "kewenangan.urusan_wajib",
    ),
    ("batas luas kumuh buat kab, prov sama pusat tuh brp ha aja? singkat aja", "kewenangan.kumuh"),
    (
        (
            "teman saya di Kab. Katingan tanya, kenapa siapa yg nanganin kumuh itu ditentuin "
            "dari luasnya? aturannya gmn"
        ),
        "kewenangan.kumuh",
    ),
    (
        (
            "kalo kumuhnye gede banget, 15 hektar ke atas, itu kagak bisa dipegang prov ye? "
            "siape nyang pegang?"
        ),
        "kewenangan.kumuh_pusat",
    ),
    (
        (
            "Quick one eh, slum sites of fifteen hectares and up, those are the central "
            "government's file and not the province's, right? Sorry, just double-checking."
        ),
        "kewenangan.kumuh_pusat",
    ),
    ("pencegahan kumuh itu tugas siape sih? prov ikut kagak?", "kewenangan.pencegahan_kumuh"),
    (
        (
            "misal saya jadi kabid di Disperkim Kotim, program mencegah munculnya kumuh baru "
            "bisa minta ke provinsi atau memang urusan kab sendiri?"
        ),
        "kewenangan.pencegahan_kumuh",
    ),
    (
        ("sub urusan perumahan, provinsi kebagian apa aja? kab/kota apa aja? pake poin"),
        "kewenangan.perumahan",
    ),
    (
        (
            "Sorry if this is a dumb one, but under the housing sub-affair what exactly is the "
            "province on the hook for versus the regency?"
        ),
        "kewenangan.perumahan",
    ),
    (
        ("rumah buat MBR sama sistem pembiayaan perumahan itu ranahnya pusat ya? prov kagak ikut?"),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "makasih banyak jawaban kemarin sangat membantu, nah sekarang mau tanya peran "
            "pemerintah pusat di bidang perumahan tuh apa aja, misal soal rusun gitu"
        ),
        "kewenangan.perumahan_pusat",
    ),
    (
        (
            "rumah warga di Kec. Mentaya Hilir Selatan rusak kena banjir, yg bangun ulang "
            "siapa, kab atau prov?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "Flood wrecked a bunch of houses up in Puruk Cahu, eh. Who's supposed to rebuild "
            "them, the regency or the province?"
        ),
        "kewenangan.bencana_relokasi",
    ),
    (
        (
            "kalau ada warga direlokasi gara2 proyek pemprov, penyediaan rumahnya tanggung "
            "jawab siapa? sertakan dasar hukumnya"
        ),
        ("kewenangan.bencana_relokasi", "kewenangan.spm"),
    ),
    (
        (
            "izin pembangunan perumahan buat developer di Palangka Raya keluarnya dari pemkot "
            "atau prov?"
        ),
        "kewenangan.izin",
    ),
    ("S K B G yg nerbitin siapa ya, kab atau provinsi?", "kewenangan.izin"),
    (
        "sub-urusan kawasan permukiman isinya apa aja per level pemerintahan?",
        "kewenangan.kawasan_permukiman",
    ),
    (
        ("izin pengembangan kawasan permukiman itu authority-nya siapa ya, prov or kab? in short"),
        ("kewenangan.kawasan_permukiman", "kewenangan.izin"),
    ),
    ("P-S-U perumahan sama P-S-U permukiman bedanya apa, siapa pegang yg mana?", "kewenangan.psu"),
    (
        (
            "Sorry, PSU inside a developer's housing estate versus PSU in an ordinary "
            "settlement, which level looks after which, eh?"
        ),
        "kewenangan.psu",
    ),
    (
        ("PSU yg dibangun disperkimtan prov itu bentuknya apa aja? jalan provinsi termasuk gak?"),
        "psu.lingkup_provinsi",
    ),
    (
        (
            "teman saya di Kec. Kurun mau usul jalan lingkungan sama drainase ke prov, emang "
            "prov bangun yg begituan? di desa juga bisa?"
        ),
        "psu.lingkup_provinsi",
    ),
    (
        ("sertifikasi perancang rumah tingkat kemampuan kecil itu kab atau prov yg ngurus?"),
        "kewenangan.sertifikasi",
    ),
    (
        (
            "registrasi konsultan perencana PSU kelas menengah daftarnya ke mane? pusat, prov "
            "ape kab?"
        ),
        "kewenangan.sertifikasi",
    ),
    ("SPM perumahan tuh isinya apa? target 100% itu buat layanan apa ya", "kewenangan.spm"),
    (
        (
            "Dengan hormat, mohon penjelasan mengenai Standar Pelayanan Minimal bidang "
            "perumahan rakyat yang menjadi kewajiban pemerintah provinsi beserta dasar "
            "hukumnya."
        ),
        "kewenangan.spm",
    ),
    (
        ("luas kumuh yg dipake buat nentuin kewenangan itu luas desa seluruhnya atau gmn?"),
        "kumuh.luas_delineasi",
    ),
    (
        (
            "Kel. Selat Hulu luasnya ratusan ha tp yg kumuh cuma sebagian, nah yg dihitung "
            "buat kewenangan yg mana? jawab singkat aja"
        ),
        "kumuh.luas_delineasi",
    ),
    ("yg netapin lokasi kumuh siapa, bupati apa gubernur?", "kumuh.penetapan"),
    (
        (
            "penetapan lokasi kumuh harus dilengkapi apa aja? peta sebaran perlu? trus "
            "direview tiap brp taun?"
        ),
        "kumuh.penetapan",
    ),
    ("kriteria kumuh ada 7 aspek kan, ape aje tuh? pake poin", "kumuh.aspek"),
    (
        (
            "What are the seven things you look at to call a neighbourhood a slum, eh? Give'r "
            "in a list."
        ),
        "kumuh.aspek",
    ),
    ("skor kumuh maksimal brp, trus mulai nilai brp baru disebut kumuh berat?", "kumuh.penilaian"),
    ("cara ngitung nilai kekumuhan gmn, tiap kriteria dikasih 0 1 3 5 gitu ya?", "kumuh.penilaian"),
    (
        "nilai kekumuhan lokasi kami 42, itu masuk kumuh sedang ato ringan?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Sorry, what score range counts as a light slum versus a medium one?",
        "kumuh.tingkat_sedang_ringan",
    ),
    ("bedanya pemugaran, peremajaan sama pemukiman kembali apa?", "kumuh.pola_penanganan"),
    (
        (
            "kumuh ringan tp lahannya ilegal di bantaran sungai Kahayan, penanganannya pake "
            "pola apa?"
        ),
        "kumuh.pola_penanganan",
    ),
    ("brp sih jumlah lokasi kumuh di Kalteng? total luasnya brp ha?", "kumuh.kalteng"),
    ("kabupaten mane nyang paling banyak kawasan kumuhnye di kalteng?", "kumuh.kalteng"),
    ("isi usulan kegiatan itu apa aja yg harus diisi, dan knp ditanya2 semua?", "usulan.isi"),
    ("Sorry, what all goes into a proposal, and why do you folks need each bit?", "usulan.isi"),
    ("jenis usulan yg bisa diajuin ke prov apa aja sih?", "usulan.jenis"),
    ("aye mau ngusulin, pilihan jenisnye ape aje? kumuh, psu, trus ape lagi?", "usulan.jenis"),
    ("data lokasi di usulan itu apa aja, titik GPS wajib gak?", "usulan.lokasi"),
    (
        (
            "pas ngisi lokasi usulan, perkotaan atau perdesaan itu ngaruh apa? kecamatan sama "
            "desa harus pilih dari daftar?"
        ),
        "usulan.lokasi",
    ),
    (
        ("jumlah KK sama jiwa di usulan itu buat apa? trus sumber dana pilihannya apa aja"),
        "usulan.penerima_biaya",
    ),
    (
        (
            "biaya usulan ditulis dlm rupiah ya, boleh kombinasi APBD prov + APBDes? ada "
            "pendamping dana kab juga"
        ),
        "usulan.penerima_biaya",
    ),
    ("readiness criteria usulan PSU tuh dokumen apa aja sih?", "usulan.kesiapan"),
    ("R.C. usulan itu maksudnya dokumen kesiapan apa saja? jawab singkat", "usulan.kesiapan"),
    ("lahan jaling kami masih tanah warga cuma pake SKT, aman gak buat usulan?", "usulan.lahan"),
    ("clean and clear itu syaratnya apa aja buat lahan usulan?", "usulan.lahan"),
    (
        ("usulan kumuh wajib lampirin SK kumuh? kalo lokasinya kagak ada di SK gimane?"),
        "usulan.sk_kumuh",
    ),
    ("SK kumuh kami udh 6 taun, ngaruh gak ke usulan penanganan kumuh?", "usulan.sk_kumuh"),
    ("D-E-D sama R-A-B wajib dilampirin gak di usulan?", "usulan.dokumen_teknis"),
    (
        (
            "site plan sama RKS perlu disiapin juga gak buat usulan drainase di Kel. Langkai? "
            "foto kondisi sekarang juga?"
        ),
        "usulan.dokumen_teknis",
    ),
    (
        "surat pernyataan siap terima hibah sama O&P itu wajib ya? isinya apa?",
        "usulan.surat_pernyataan",
    ),
    (
        (
            "Do we need to send a letter saying we'll take the asset and handle operation and "
            "maintenance? Sorry, I'm new to this, eh."
        ),
        "usulan.surat_pernyataan",
    ),
    (
        ("syarat usulan R T L H lewat prov apa aja? warga yg tanahnya cuma ada SKT bisa?"),
        "usulan.rtlh",
    ),
    (
        (
            "teman saya di Kab. Sukamara tanya, kalau warga mau bangun rumah baru di tanah "
            "kosong, bisa masuk program RTLH provinsi kagak?"
        ),
        "usulan.rtlh",
    ),
    ("penerima bantuan RTLH dari prov ditetapin pake SK siapa?", "usulan.rtlh"),
    (
        (
            "warga RT 05 Kel. Panarung minta dibangunin drainase, bisa langsung ngusul ke "
            "prov? syaratnya?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "Some residents in Kasongan want to ask the province directly for a neighbourhood "
            "road, eh. What do they need to do?"
        ),
        "usulan.psu_masyarakat",
    ),
    (
        (
            "jalan lingkungan yg dibangun prov di tanah kab nanti jadi aset siapa? yg pelihara "
            "siapa?"
        ),
        "hibah.aset",
    ),
    ("Ba-ST hibah aset dari prov ke kab itu ditandatangani siapa aja?", "hibah.aset"),
    (
        (
            "Kindly guide, after province builds drainage on our land, what is the scene with "
            "handover and maintenance na?"
        ),
        "hibah.aset",
    ),
    (
        ("usulan kami ternyata bukan kewenangan prov, trus dananya bisa dari mana lagi?"),
        "pendanaan.saluran_lain",
    ),
    (
        (
            "Yaar if province says not our authority, which other funding windows we can try? "
            "Kindly list."
        ),
        "pendanaan.saluran_lain",
    ),
    ("alur usulan tiap taun tuh gmn dari awal sampe akhir?", "siklus.tahunan"),
    ("usulan yg dikirim taun ini buat anggaran taun kapan ya?", "siklus.tahunan"),
    ("prov meriksa usulan kami dari sisi apa aja?", "siklus.pemeriksaan"),
    (
        (
            "What is the scene of verification at province side, what all they check in our "
            "proposal?"
        ),
        "siklus.pemeriksaan",
    ),
    ("Rakor bidang kawasan permukiman itu acara apa sih? yg dibahas apa?", "siklus.rakor"),
    (
        (
            "misal saya jadi kadis baru, Rakor Kawasan Permukiman se-Kalteng itu penting gak "
            "buat usulan kami? siapa aja pesertanya?"
        ),
        "siklus.rakor",
    ),
    ("abis rakor, usulan masuk ke mana? musrenbang trus RKPD?", "siklus.rkpd_apbd"),
    (
        ("usulan yg udah dibahas di rakor itu gmn jalannya sampe jadi anggaran APBD prov?"),
        "siklus.rkpd_apbd",
    ),
    ("Pokja PKP itu apa, di kab biasanya siapa ketuanya?", "koordinasi.pokja_pkp"),
    (
        (
            "dasar hukum pembentukan pokja perumahan dan kawasan permukiman apa ya? sertakan "
            "pasalnya"
        ),
        "koordinasi.pokja_pkp",
    ),
    ("alamat kantor disperkimtan prov di mana ya?", "disperkimtan.kontak"),
    (
        (
            "Kindly share the office address of Disperkimtan province, I am coming to Palangka "
            "Raya next week na."
        ),
        "disperkimtan.kontak",
    ),
    ("perintah2 di bot ini apa aja? kasih daftarnya pake poin", "bot.cara_pakai"),
    ("jam yg ditampilin bot itu zona waktu apa, WIB ato WITA?", "bot.cara_pakai"),
    ("pas ngisi /usul bisa berhenti dulu terus lanjut besok gak?", "bot.usul"),
    ("di /usul bisa lampirin PDF gak? maksimal brp file? foto brp?", "bot.usul"),
    (("In /usul can I copy my last year proposal instead of typing all again yaar?"), "bot.usul"),
    ("status 'perlu perbaikan' itu maksudnya apa? harus ngapain?", "bot.status"),
    (
        (
            "dibahas di rakor sama disetujui bedanya apa di status usulan? dibatalkan juga "
            "artinya apa"
        ),
        "bot.status",
    ),
    (
        "usulan kami dialihkan ke APBD kab, itu artinya apa? masih bisa diapain?",
        "bot.ditolak_dialihkan",
    ),
    (
        (
            "Our proposal got rejected na, what are usual reasons and what we should do next? "
            "Kindly guide."
        ),
        "bot.ditolak_dialihkan",
    ),
    (
        ("udeh 4 hari kerja usulan aye kagak disentuh, emang standarnye brp lama sih?"),
        "bot.tindak_lanjut",
    ),
    ("standar LAPOR! yg dipake bot buat nindaklanjutin usulan itu apa?", "bot.tindak_lanjut"),
    ("dapat undangan rapat di bot tp kabid berhalangan, boleh diwakilin staf?", "bot.rapat"),
    (
        ("pengingat rapat di Sinkron dikirim kapan aja? konfirmasi hadir bisa lewat bot?"),
        "bot.rapat",
    ),
    ("perkim singkatan dari apa?", "istilah.perkim"),
    ("p.e.r.k.i.m itu apaan sih", "istilah.perkim"),
    ("Disperkimtan kepanjangannya apa? 'tan'-nya itu apa?", "istilah.disperkimtan"),
    ("What is the full form of Disperkimtan yaar?", "istilah.disperkimtan"),
    ("PSU itu kepanjangannya apa ya? jawab singkat aja", "istilah.psu"),
    (
        ("makasih ya td udah dijelasin soal hibah, nah skrg p s u itu artinya apa sih"),
        "istilah.psu",
    ),
    ("jaling itu apa? singkatan ya?", "istilah.jaling"),
    ("Jaling means what exactly, kindly tell.", "istilah.jaling"),
    ("apa itu drainase? in one sentence please", "istilah.drainase"),
    ("drainase lingkungan tuh maksudnya ape sih", "istilah.drainase"),
    ("KR dalam data kumuh artinya apa?", "istilah.kr"),
    ("K-R itu singkatan apa ya", "istilah.kr"),
    ("KS di tabel SK kumuh kami maksudnye ape?", "istilah.ks"),
    ("In slum data what is KS na?", "istilah.ks"),
    ("kb di data kumuh bukan keluarga berencana kan? artinya apa", "istilah.kb"),
    ("di laporan kumuh ada tulisan 'KB', itu kepanjangannya apa?", "istilah.kb"),
    ("SK kumuh itu apa sih sebenernya?", "istilah.skkumuh"),
    ("S.K. kumuh maksudnya surat keputusan apa?", "istilah.skkumuh"),
    ("delineasi artinya apa?", "istilah.delineasi"),
    (
        "What is meant by delineation of slum area, kindly explain in simple words.",
        "istilah.delineasi",
    ),
    ("R T L H kepanjangannya?", "istilah.rtlh"),
    ("rtlh tuh apa? jawab satu kalimat aja", "istilah.rtlh"),
    ("RLH singkatan dari apa?", "istilah.rlh"),
    ("r.l.h artinya apa ya", "istilah.rlh"),
    ("bedah rumah itu maksudnya apa?", "istilah.bedahrumah"),
    ("orang2 sering bilang bedah rumah, itu sebenernya istilah buat apa?", "istilah.bedahrumah"),
    ("BSPS kepanjangannya apa?", "istilah.bsps"),
    ("BSPS is what programme exactly? Full form kindly.", "istilah.bsps"),
    ("MBR itu singkatan apa?", "istilah.mbr"),
    ("m b r artinya apa? jawab singkat", "istilah.mbr"),
    ("rusunawa apa bedanya sama rusun biasa?", "istilah.rusunawa"),
    ("rusunawa kepanjangannya apa ya", "istilah.rusunawa"),
    ("rusus itu apa?", "istilah.rusus"),
    ("Rusus means which type of house yaar?", "istilah.rusus"),
    ("huntara tuh ape sih? kepanjangannye aje, jawab singkat", "istilah.huntara"),
    (
        (
            "Makasih bnyk pak jawaban soal RTLH kemarin sangat membantu. Nah skrg mau tanya, "
            "huntara itu maksudnya hunian apa ya?"
        ),
        "istilah.huntara",
    ),
    ("h u n t a p artinya apa ya", "istilah.huntap"),
    (
        (
            "Sorry to bug you again, what does huntap stand for, eh? The Kapuas folks keep "
            "saying it since the flood."
        ),
        "istilah.huntap",
    ),
    (
        ("di isian penerima manfaat ada KK, itu kepala keluarga atau kartu keluarga sih?"),
        "istilah.kk",
    ),
    ("K.K. maksudnye ape di form? kagak ngerti aye", "istilah.kk"),
    ("kolom jiwa itu maksudnya jumlah orang ya? in one sentence please", "istilah.jiwa"),
    (
        (
            "teman saya di Kab. Lamandau tanya, 'jiwa' di usulan itu artinya apa, penduduk "
            "atau rumah?"
        ),
        "istilah.jiwa",
    ),
    ("ha itu singkatan ape? 1ha berape meter persegi?", "istilah.ha"),
    ("Quick one, what's 'ha' short for? I'm used to acres back home, eh.", "istilah.ha"),
    ("D-E-D kepanjangannya apa pak", "istilah.ded"),
    (
        ("mohon maaf mengganggu, tadi konsultan bilang hrs ada DED, DED itu dokumen apa ya?"),
        "istilah.ded",
    ),
    ("RAB apaan sih? pake poin ya", "istilah.rab"),
    (
        ("What's an RAB, sorry? The form asks if we have one and my boss is out at the cottage."),
        "istilah.rab",
    ),
    ("r.k.s itu singkatan dari apa?", "istilah.rks"),
    ("RKS isinya apa sih, semacam spek teknis kah? jawab singkat aja", "istilah.rks"),
    ("KAK itu basically sama dengan TOR bukan sih?", "istilah.kak"),
    (
        ("misal saya jadi PPK trus disuruh bikin KAK, itu kerangka apa sih maksudnya?"),
        "istilah.kak",
    ),
    (
        (
            "makasih ya td udh dijelasin soal DED. skrg site plan itu gambar apa ya, beda ama "
            "denah rumah?"
        ),
        "istilah.siteplan",
    ),
    ("siteplan-nya wajib ada katanya, tapi what is a site plan actually?", "istilah.siteplan"),
    ("RC di dokumen readiness itu artinya apa ya? short answer aja", "istilah.rc"),
    (
        ("Sorry, newbie here from Sukamara. What does RC mean when they talk about readiness, eh?"),
        "istilah.rc",
    ),
    ("Ba-ST itu berita acara apa?", "istilah.bast"),
    (
        (
            "Dengan hormat, bersama ini kami bermaksud menanyakan kepanjangan dari BAST. Atas "
            "perhatiannya diucapkan terima kasih."
        ),
        "istilah.bast",
    ),
    ("hibah itu artinya apa dlm konteks aset pemda?", ("istilah.hibah", "hibah.aset")),
    ("kata hibah maksudnya pemberian cuma2 kah? jawab singkat aja", "istilah.hibah"),
    ("BMD itu stands for apa ya?", "istilah.bmd"),
    ("aye sering denger B M D dari bagian aset, itu ape maksudnye?", "istilah.bmd"),
    (
        (
            "Dengan hormat, mohon kiranya dijelaskan arti dari BMN. Atas perhatiannya "
            "diucapkan terima kasih."
        ),
        "istilah.bmn",
    ),
    (
        (
            "What's BMN stand for? Someone said the road the Balai built in Kurun is BMN, "
            "sorry if it's a dumb question."
        ),
        "istilah.bmn",
    ),
    ("O & P kepanjangannya apa? jawab singkat aja", "istilah.op"),
    ("o n p tuh ape, operasi dan ... ape?", "istilah.op"),
    (
        ("teman saya di Kab. Seruyan tanya, SPM di bidang perumahan itu standar apa ya?"),
        ("istilah.spm", "kewenangan.spm"),
    ),
    ("What does SPM mean, eh? Keep it to one sentence please.", "istilah.spm"),
    (
        "Pokja PKP itu kelompok kerja apa? sertakan dasar hukumnya",
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    (
        ("makasih jawaban kemarin. btw pokja pkp tu apa ya, sekda kami mau dijadiin ketuanya"),
        ("istilah.pokjapkp", "koordinasi.pokja_pkp"),
    ),
    ("P-P-A-S di pokja PPAS singkatan dari apa?", "istilah.pokjappas"),
    ("Pokja PPAS itu sebenernya pokja apaan? what does it cover?", "istilah.pokjappas"),
    ("aye diundang rapat pokja AMPL, AMPL tuh kepanjangannye ape?", "istilah.pokjaampl"),
    (
        (
            "What's Pokja AMPL? Got added to their group chat and I've no clue what it stands "
            "for, eh."
        ),
        "istilah.pokjaampl",
    ),
    (
        (
            "misal saya jadi kabid perencanaan, ditanya RP3KP itu rencana apa dan jangka "
            "berapa tahun, jawabnya gmn?"
        ),
        "istilah.rp3kp",
    ),
    ("r p 3 k p maksudnya apa ya, pake poin", "istilah.rp3kp"),
    ("RP2KPKP singkatan dari apa? jawab singkat", "istilah.rp2kpkp"),
    (
        "teman di Bappeda Barut nanya RP2KPKP itu dokumen apaan, aye juga kagak tau",
        "istilah.rp2kpkp",
    ),
    ("KOTAKU itu program apa ya, masih running gak?", "istilah.kotaku"),
    (
        ("Sorry, what was KOTAKU again? The old-timers in Pangkalan Bun keep mentioning it."),
        "istilah.kotaku",
    ),
    ("DAK tematik PPKT itu apa? PPKT-nya kepanjangan apa? pakai poin", "istilah.daktematikppkt"),
    ("DAK P.P.K.T tuh ape sih, buat ngurus kumuh ye?", "istilah.daktematikppkt"),
    ("A P B N kepanjangannya apa", "istilah.apbn"),
    ("What's APBN exactly? Is that like the federal budget, eh?", "istilah.apbn"),
    ("APBD itu anggaran apa ya? jawab satu kalimat", "istilah.apbd"),
    (
        (
            "Dengan hormat, mohon penjelasan apa yang dimaksud dengan APBD. Atas perhatiannya "
            "kami ucapkan terima kasih."
        ),
        "istilah.apbd",
    ),
    ("APBDes tuh ape? dana desa kah?", "istilah.apbdes"),
    (
        "kades Sungai Pasir nanya APBDes itu maksudnya apa, saya bingung jelasinnya",
        "istilah.apbdes",
    ),
    ("Bankeu itu apa sih? financial aid dari prov gitu ya?", "istilah.bankeu"),
    ("What's Bankeu, sorry? Heard it thrown around at Bappeda today, eh.", "istilah.bankeu"),
    ("pokir itu apa? yg dari dewan itu kah? in one sentence please", "istilah.pokir"),
    ("Pokir DPRD maksudnya apaan, jelasin singkat aja", "istilah.pokir"),
    ("makasih pak infonya td. oh iya Musrenbang itu singkatan dari apa ya?", "istilah.musrenbang"),
    ("What's a Musrenbang, eh? Everyone here says it like I should know.", "istilah.musrenbang"),
    ("RKPD itu rencana apa? the annual one kah?", "istilah.rkpd"),
    (
        ("Mohon maaf pak mengganggu malam2. RKPD itu kepanjangannya apa ya, buat laporan besok"),
        "istilah.rkpd",
    ),
    ("renja itu apaan? rencana kerja doang?", "istilah.renja"),
    ("Kindly guide what is Renja, na? Our Kadis asked me and I blanked yaar.", "istilah.renja"),
    ("Renstra itu dokumen apa, yang 5-year plan itu ya?", "istilah.renstra"),
    ("r e n s t r a singkatan dari apa, jawab singkat", "istilah.renstra"),
    ("RPJMD kepanjangannye ape? aye lupe mulu", "istilah.rpjmd"),
    ("What is the full form of RPJMD, kindly tell?", "istilah.rpjmd"),
    ("KUA-PPAS itu apa ya pak? yg sebelum RAPBD kan? jawab singkat", "istilah.kuappas"),
    ("kua ppas maksudnye ape? aye bingung doang dari tadi", "istilah.kuappas"),
    ("RKA singkatan apa sih, pake poin", "istilah.rka"),
    ("teman saya di Dinas Perkim Bartim tanya RKA itu dokumen apa", "istilah.rka"),
    ("DPA itu dokumen apa? jawab 1 kalimat", "istilah.dpa"),
    ("Kindly tell me what is DPA in budgeting, yaar I keep forgetting.", "istilah.dpa"),
    (
        ("makasih bnyk atas bantuannya kemarin, mau nanya lagi, SIPD itu singkatan dari apa?"),
        "istilah.sipd",
    ),
    ("S.I.P.D. tuh sistem ape?", "istilah.sipd"),
    ("Bapperida itu badan apa? dulu namanya bappeda kan? jawab singkat", "istilah.bapperida"),
    ("What is Bapperida, kindly guide. Is it same as Bappeda, na?", "istilah.bapperida"),
    ("OPD maksudnya apa sih, it's everywhere di surat2", "istilah.opd"),
    (
        (
            "dengan hormat, kami ingin menanyakan pengertian OPD. atas perhatiannya diucapkan "
            "terima kasih"
        ),
        "istilah.opd",
    ),
    ("SKPD kepanjangannya apa ya? pake poin", "istilah.skpd"),
    ("S K P D tuh sama aje kagak ama OPD?", ("istilah.skpd", "istilah.opd")),
    ("SPAM di sektor air minum itu singkatan apa? bukan spam email kan wkwk", "istilah.spam"),
    ("What is SPAM in the water sector yaar, not the email one na?", "istilah.spam"),
    (
        (
            "Dengan hormat, bersama ini kami bermaksud menanyakan apakah yang dimaksud dengan "
            "SPALD. Demikian, terima kasih."
        ),
        "istilah.spald",
    ),
    ("spald kepanjangannya? pakai poin", "istilah.spald"),
    ("teman saya di Sampit nanya, IPAL itu instalasi apa ya", "istilah.ipal"),
    ("I-P-A-L artinya apa pak", "istilah.ipal"),
    ("TPS3R itu apa? 3R nya apa aja", "istilah.tps3r"),
    ("Kindly guide what is TPS3R, what is the scene with the 3R part?", "istilah.tps3r"),
    ("MCK singkatan dari apa ya, buat laporan, jawab singkat", "istilah.mck"),
    ("mck itu apaan sih, wc umum gitu?", "istilah.mck"),
    ("R.T.R.W itu rencana tata ruang ya? kepanjangannya apa", "istilah.rtrw"),
    ("RTRW yg dimaksud di syarat lahan itu apa, bukan RT RW kampung kan?", "istilah.rtrw"),
    ("RDTR tuh detail ape nye? kepanjangannye dong", "istilah.rdtr"),
    ("What is RDTR, kindly explain in one line.", "istilah.rdtr"),
    ("PBG itu replacement-nya IMB kah? kepanjangannya apa", "istilah.pbg"),
    ("P B G tuh ape?", "istilah.pbg"),
    ("SLF itu sertifikat apa? jawab satu kalimat aja", "istilah.slf"),
    ("SLF means what yaar? Contractor is saying the building needs SLF.", "istilah.slf"),
    (
        ("misal saya jadi staf perizinan, orang nanya SKBG itu sertifikat apa, jawabnya gimana?"),
        "istilah.skbg",
    ),
    ("skbg kepanjangannya apa, jawab singkat aja", "istilah.skbg"),
    ("SKT itu surat keterangan tanah kah? surat apa sebenarnya", "istilah.skt"),
    ("warga cuma pegang SKT, SKT tuh ape sih sebenernye?", "istilah.skt"),
    ("lahan clean and clear itu maksudnya gimana?", ("istilah.cleanandclear", "usulan.lahan")),
    (
        "What is the meaning of clean and clear land, kindly guide na?",
        ("istilah.cleanandclear", "usulan.lahan"),
    ),
    ("CSR itu apa? corporate money gitu ya?", "istilah.csr"),
    ("misal saya jadi kabid, mau cari dana CSR, CSR itu singkatan dari apa sih?", "istilah.csr"),
    ("Rakor singkatan dari apa? jawab singkat aja", "istilah.rakor"),
    ("Rakor bidang kawasan permukiman itu rapat apa sih?", ("istilah.rakor", "siklus.rakor")),
    ("LAPOR! itu apa, aplikasi pengaduan ya?", "istilah.lapor"),
    ("What is LAPOR! with the exclamation mark, yaar?", "istilah.lapor"),
    ("W I B itu UTC+ berapa?", "istilah.wib"),
    ("Kalteng ikut WIB atau WITA sih? WIB itu singkatan apa", "istilah.wib"),
    (
        ("backlog perumahan itu maksudnya apa? kekurangan rumah gitu kah? sertakan sumbernya"),
        "istilah.backlog",
    ),
    ("What is housing backlog exactly, kindly explain in simple words.", "istilah.backlog"),
    ("PKP kepanjangannya apa? bukan pengusaha kena pajak kan hehe", "istilah.pkp"),
    ("aye baru pindah ke bidang PKP, PKP tuh singkatan ape?", "istilah.pkp"),
    ("kumuh itu definisinya apa secara aturan? sertakan dasar hukumnya", "istilah.kumuh"),
    (
        ("What is the official meaning of kumuh, sir? I need it for a presentation na."),
        "istilah.kumuh",
    ),
    ("DAK itu dana apa sih, yg dari pusat itu kah? jawab singkat", "istilah.dak"),
    ("D.A.K. kepanjangannya apa ya", "istilah.dak"),
    ("rusun itu singkatan rumah susun kan? maksudnya rumah yg gimana", "istilah.rusun"),
    ("Kindly tell what is rusun, yaar.", "istilah.rusun"),
]

ROUND65_INTENTS: list[tuple[str, str]] = [
    ("usulan aye USL-2026-0003 udeh sampe mane?", "status"),
    (
        (
            "makasih kemarin udah dibantu, nah usulan jaling kami dari Kec. Baamang posisinya "
            "skrg gimana ya?"
        ),
        "status",
    ),
    ("What is the scene with our submitted proposals yaar, any update?", "status"),
    ("rakor taun ini kapan & dimana?", "meeting"),
    (
        (
            "Dengan hormat, mohon informasi jadwal dan tempat rapat koordinasi berikutnya. "
            "Atas perhatiannya diucapkan terima kasih."
        ),
        "meeting",
    ),
    ("When's the next meeting, eh? Sorry, I lost the invite.", "meeting"),
    ("batas akhir kirim usulan kapan ya?", "deadline"),
    ("deadline-nya when? usulan TA depan masih bisa masuk gak", "deadline"),
    ("kagak telat kan kalo aye kirim usulan minggu depan? tenggatnye kapan?", "deadline"),
    ("assalamualaikum pak, selamat pagi", "greeting"),
    ("makasih banyak ya bot, sangat membantu", "greeting"),
    ("bot ini bisa bantu apa aja?", "greeting"),
    ("gimane caranye ngirim usulan lewat bot ini?", "how_to_submit"),
    ("mau ngajuin usulan PSU via Sinkron, langkahnya gmn? pake poin", "how_to_submit"),
    ("How do I send in a proposal through this bot? Sorry, first time, eh.", "how_to_submit"),
    ("usulan aye nyang kemarin udeh sampe mane ya? udah diperiksa belum?", "status"),
    (
        ("USL-2026-0003 punya kami statusnya gimana, masih verifikasi atau udah masuk rakor?"),
        "status",
    ),
    (
        (
            "Kindly guide what is the scene of the proposals we submitted from Katingan last "
            "month, na?"
        ),
        "status",
    ),
    ("rakor tahun ini kapan dan di mana ya? jawab singkat aja", "meeting"),
    (
        ("makasih infonya kemarin pak. nah rapat berikutnya dgn provinsi jadwalnya kapan ya?"),
        "meeting",
    ),
    (
        ("When's the next coordination meeting, eh? Need to sort out travel from Puruk Cahu."),
        "meeting",
    ),
    ("batas akhir ngirim usulan buat TA 2027 kapan ya?", "deadline"),
    ("deadline-nya when sih buat masukin usulan tahun ini? takut telat", "deadline"),
    (
        (
            "Dengan hormat, bersama ini kami bermaksud menanyakan sampai tanggal berapa usulan "
            "kegiatan masih dapat diterima. Atas perhatiannya diucapkan terima kasih."
        ),
        "deadline",
    ),
    ("assalamualaikum pak, selamat pagi", "greeting"),
    ("makasih banyak ya, udah jelas bgt", "greeting"),
    ("bot ini bisa bantu ape aje sih?", "greeting"),
    ("gimane caranye ngirim usulan lewat bot ini?", "how_to_submit"),
    (
        ("misal saya mau masukin usulan PSU dari Buntok lewat sini, langkah2nya apa? pakai poin"),
        "how_to_submit",
    ),
    ("Sorry, how do I actually submit a proposal through this bot?", "how_to_submit"),
]

ROUND65_AREAS: list[tuple[str, str]] = [
    ("kumuh di Kel. Mendawai Seberang luasnya 0,8ha, urusan siape tuh?", "kabkota"),
    ("kawasan kumuh 99.500 meter persegi di Kumai Hilir kewenangan siapa?", "kabkota"),
    (
        (
            "teman saya di Kab. Barito Utara tanya, kumuh 9,8ha di Kel. Lanjas itu yg nanganin "
            "siapa ya?"
        ),
        "kabkota",
    ),
    (
        ("kawasan kumuh luasnya kurang dari 5 hektare di Desa Hampalit, authority-nya siapa ya?"),
        "kabkota",
    ),
    ("kumuh 125.000m2 di Baamang Tengah itu kewenangan prov bukan?", "provinsi"),
    ("lokasi kumuh di Kel. Ketapang Sampit pas 10 hektar, siapa yg tangani?", "provinsi"),
    (
        (
            "Dengan hormat, kawasan kumuh di Kelurahan Sabaru seluas 14,99 hektare menjadi "
            "kewenangan pemerintah tingkat mana? Atas perhatiannya diucapkan terima kasih."
        ),
        "provinsi",
    ),
    (("kumuh 11 , 5 ha di Kel. Jelapat Buntok, kewenangan siapa? jawab singkat aja"), "provinsi"),
    ("kawasan kumuh tepat 15 ha di Kel. Sei Pasah, yg berwenang siapa?", "pusat"),
    ("kumuh di Selat luasnya 1.250.000 m² menurut SK, siape nyang pegang?", "pusat"),
    (("Slum area of 16 hectares in Pangkalan Bun, who's responsible for that one, eh?"), "pusat"),
    ("kawasan kumuh lebih dari 20 ha di Kec. Pahandut kewenangan siapa ya?", "pusat"),
    (
        (
            "Kawasan kumuh di Kel. Pahandut Seberang luasnya 9,99ha, itu urusan kabkota atau "
            "provinsi?"
        ),
        "kabkota",
    ),
    (
        ("aye mau nanya, lokasi kumuh di Baamang Hulu luasnye 125.000m2, kewenangan siape tuh?"),
        "provinsi",
    ),
    ("luas delineasi kumuh kami pas 15 hektare, masih provinsi kan?", "pusat"),
    ("kalau kumuhnya tepat 10 ha siapa yg nangani?", "provinsi"),
    (
        (
            "SK kumuh kami nulis 1.250.000 m² utk satu kawasan di Selat Tengah, authority-nya "
            "siapa ya?"
        ),
        "pusat",
    ),
    ("kumuh cuma 0,8ha di desa Pulau Patai, kewenangan siapa ya? jawab singkat", "kabkota"),
    ("luas kumuh 12 , 5 ha di Kuala Kurun masuk kewenangan mana?", "provinsi"),
    (
        ("kawasan kumuh lebih dari 20 hektar di Mentawa Baru Hilir tanggung jawab pemerintah mana"),
        "pusat",
    ),
    ("kalau kumuhnya kurang dari 100.000 meter persegi itu kewenangan siapa?", "kabkota"),
    ("teman saya di Kab. Kotim tanya, kawasan kumuh 149.999 m2 itu diurus siapa?", "provinsi"),
    ("A slum pocket of 9.6 ha near Muara Teweh, who handles it, eh?", "kabkota"),
    (
        ("Kindly guide, slum area is 15,2 hektar in Kuala Kapuas, is it province or centre, na?"),
        "pusat",
    ),
]

ROUND65_OUT_OF_SCOPE: list[str] = [
    "besok di Palangka Raya ujan kagak ya?",
    "harga semen sak 50 kg di Muara Teweh skrg brp?",
    "kapan TPP bulan ini cair?",
    "aye lagi sakit, izin cuti gimane caranye?",
    "berapa jumlah penduduk Kabupaten Seruyan tahun 2025?",
    "luas wilayah Kabupaten Katingan brp km2 ya?",
    "siapa pemenang tender jalan lingkungan di Pangkalan Bun tahun lalu?",
    "nilai kontrak proyek drainase di Kasongan 2025 berapa?",
    "tarif PDAM per m3 di Palangka Raya brp sekarang?",
    "sertifikat tanah pribadi saya hilang, ngurusnya ke BPN gimana?",
    "harga paving block per meter persegi di Sampit brp?",
    "What's the rupiah to US dollar exchange rate today?",
    "Kindly recommend a good laptop for office work under 8 juta yaar.",
    "jadwal pesawat Palangka Raya ke Jakarta hari Jumat jam brp aja?",
    "cara perpanjang SIM di Kuala Kapuas gimana?",
    "harga semen per sak di Sampit sekarang berapa ya?",
    "besok hujan gak di Palangka Raya? mau survei lapangan",
    "berapa jumlah RTLH di Kab. Katingan tahun 2025?",
    "pagu DAK Tematik PPKT buat Kotim tahun depan berapa?",
    "no hp kabid perumahan provinsi berapa ya?",
    "syarat bikin sertifikat tanah di BPN apa aja?",
    "tarif PDAM per kubik di Palangka Raya berapa sekarang?",
    "cara reset password SIPD gimana ya, akun aye ke-lock",
    "aye lagi sakit, izin kagak masuk kantor ngurusnya ke siape?",
    "What's the exchange rate of the rupiah to the Canadian dollar today?",
    ("Kindly guide, what is the standard cost per metre for rabat beton jaling, yaar?"),
    "berapa total anggaran Disperkimtan Kalteng tahun 2026?",
    "jadwal imunisasi anak di puskesmas Pahandut kapan ya?",
    "siapa nama bupati Seruyan sekarang?",
    "gaji PPPK tahun depan naik gak sih?",
]
