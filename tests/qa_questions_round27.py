"""Held-out evaluation questions for the Sinkron bot, round 27 (written 2026-12-05).

The writer had not seen the knowledge base or any other question table; the writer read only
the topic list (/tmp/topic_list.txt) and the domain briefs (docs/domain.md, DOMAIN.md,
DOMAIN-RESEARCH.md) plus the place-name list kalteng-wilayah.csv.

Style emphasis of this round: formal, bureaucratic writing as from a Bappeda planner, a DPRD
staffer, a camat's office, a kepala bidang or a consultant drafting a letter ("Yth.
Bapak/Ibu", "Mohon izin bertanya", "Dengan hormat", "Sehubungan dengan ...", "perkenankan
kami"), heavy on bureaucratic nouns (pengusulan, kewenangan, penetapan, verifikasi,
kelengkapan administrasi, penanganan) and officials' acronyms (PKP, RTLH, PSU, SK, DED, RAB,
Renja, RKPD, Musrenbang, APBD, DAK, OPD, Pokja, TAPD), long multi-clause sentences with formal
closings, mixed with shorter formal questions; about one in ten in formal consultant/donor
English.

This is a held-out evaluation set: never read it or use it for tuning the bot, its knowledge
base or its paraphrases.
"""

from __future__ import annotations

ROUND27_TOPICS: list[tuple[str, str | tuple[str, ...]]] = [
    # kewenangan.ringkasan
    (
        "Yth. Bapak/Ibu, mohon izin bertanya: bagaimana pembagian kewenangan antara pemerintah "
        "pusat, provinsi dan kabupaten/kota dalam urusan PKP menurut UU 23/2014? Terima kasih "
        "atas perhatiannya.",
        "kewenangan.ringkasan",
    ),
    (
        "Dengan hormat, sehubungan dengan penyusunan Renja OPD kami, perkenankan kami memohon "
        "gambaran umum urusan apa saja yang menjadi tanggung jawab Pemprov Kalteng dan urusan "
        "apa yang tetap berada pada Pemkab di bidang perumahan dan kawasan permukiman.",
        "kewenangan.ringkasan",
    ),
    (
        "Mohon petunjuk, pembagian urusan perumahan rakyat dan kawasan permukiman antartingkat "
        "pemerintahan itu merujuk pada lampiran huruf berapa dalam UU Pemerintahan Daerah?",
        "kewenangan.ringkasan",
    ),
    (
        "Could you kindly provide an overview of how responsibilities for housing and settlement "
        "affairs are divided among the central, provincial and regency governments?",
        "kewenangan.ringkasan",
    ),
    (
        "Untuk bahan telaahan staf kepada Bapak Bupati, mohon disampaikan ringkasan kewenangan "
        "Pemerintah Provinsi Kalimantan Tengah pada bidang PKP beserta sumber hukumnya. "
        "Demikian, atas arahannya kami ucapkan terima kasih.",
        "kewenangan.ringkasan",
    ),
    # kewenangan.urusan_wajib
    (
        "Mohon izin bertanya, apakah urusan perumahan rakyat dan kawasan permukiman tergolong "
        "urusan wajib yang berkaitan dengan pelayanan dasar, dan pasal berapa yang mengaturnya?",
        "kewenangan.urusan_wajib",
    ),
    (
        "Dengan hormat, dalam rapat Banggar DPRD muncul pertanyaan apakah bidang PKP merupakan "
        "urusan pilihan atau urusan wajib. Mohon penjelasan beserta rujukan pasalnya. Terima "
        "kasih atas perhatiannya.",
        "kewenangan.urusan_wajib",
    ),
    (
        "Is housing and settlement classified as a mandatory basic-service affair under Law "
        "23/2014? We would appreciate the relevant article for our consultancy report.",
        "kewenangan.urusan_wajib",
    ),
    # kewenangan.kumuh
    (
        "Yth. Bapak/Ibu, mohon penjelasan mengenai batasan luas kawasan permukiman kumuh yang "
        "menjadi kewenangan kabupaten/kota, provinsi dan pemerintah pusat. Terima kasih.",
        "kewenangan.kumuh",
    ),
    (
        "Sehubungan dengan penyusunan rancangan RKPD, perkenankan kami menanyakan kriteria "
        "luasan kawasan kumuh yang penanganannya menjadi kewenangan Pemerintah Provinsi.",
        "kewenangan.kumuh",
    ),
    (
        "Mohon konfirmasi, apakah benar penataan dan peningkatan kualitas kawasan kumuh dengan "
        "luas di bawah sepuluh hektare sepenuhnya menjadi kewenangan Pemerintah Kabupaten?",
        "kewenangan.kumuh",
    ),
    (
        "Dalam pemberitaan kerap disebut kewenangan provinsi adalah kumuh '10-15 hektare'. Mohon "
        "penegasan bunyi ketentuan yang tepat, khususnya apakah batas 15 ha masih termasuk "
        "kewenangan provinsi.",
        ("kewenangan.kumuh", "kewenangan.kumuh_pusat"),
    ),
    (
        "Dengan hormat, apakah tingkat kekumuhan (ringan, sedang, berat) turut menentukan "
        "tingkat pemerintahan yang berwenang menangani suatu kawasan, ataukah hanya luasnya yang "
        "menentukan?",
        "kewenangan.kumuh",
    ),
    (
        "For our technical assistance report, could you clarify which level of government is "
        "responsible for upgrading slum areas and which size thresholds apply?",
        "kewenangan.kumuh",
    ),
    # kewenangan.kumuh_pusat
    (
        "Mohon izin bertanya, untuk kawasan kumuh dengan luas 15 ha atau lebih, siapa yang "
        "berwenang menanganinya, dan apakah Pemkab masih dapat mengusulkannya kepada provinsi?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Dengan hormat, hasil delineasi kawasan kumuh di kecamatan kami ternyata melampaui batas "
        "atas kewenangan provinsi. Kepada tingkat pemerintahan mana penanganannya seharusnya "
        "diarahkan?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Apakah ketentuan bahwa kawasan kumuh berskala besar menjadi kewenangan Pemerintah Pusat "
        "sudah terkonfirmasi dalam teks lampiran UU 23/2014, atau masih perlu dicek?",
        "kewenangan.kumuh_pusat",
    ),
    (
        "Which level of government is responsible for slum areas of fifteen hectares and above?",
        "kewenangan.kumuh_pusat",
    ),
    # kewenangan.pencegahan_kumuh
    (
        "Mohon petunjuk, kegiatan pencegahan tumbuh dan berkembangnya perumahan dan permukiman "
        "kumuh baru menjadi kewenangan siapa? Apakah provinsi turut menangani?",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Sehubungan dengan rencana kegiatan pencegahan kumuh di wilayah pinggiran kota, apakah "
        "pendanaannya dapat kami usulkan kepada Disperkimtan Provinsi? Terima kasih atas "
        "perhatiannya.",
        "kewenangan.pencegahan_kumuh",
    ),
    (
        "Who is responsible for preventing new slums from emerging, as opposed to upgrading "
        "existing ones?",
        "kewenangan.pencegahan_kumuh",
    ),
    # kewenangan.perumahan
    (
        "Mohon izin bertanya, dalam sub-urusan perumahan, apa saja yang menjadi kewenangan "
        "provinsi dan apa yang menjadi kewenangan kabupaten/kota?",
        "kewenangan.perumahan",
    ),
    (
        "Dengan hormat, apakah penyediaan rumah secara umum merupakan tugas Disperkimtan "
        "Provinsi, ataukah provinsi hanya menangani kasus-kasus tertentu saja?",
        "kewenangan.perumahan",
    ),
    (
        "Perkenankan kami menanyakan pembagian tugas sub-urusan perumahan antara Pemprov Kalteng "
        "dan Pemkab, mengingat Dinas kami sedang menyusun Renstra 2025-2029.",
        "kewenangan.perumahan",
    ),
    # kewenangan.perumahan_pusat
    (
        "Mohon penjelasan, penyediaan rumah bagi masyarakat berpenghasilan rendah termasuk "
        "kewenangan daerah atau kewenangan pemerintah pusat?",
        "kewenangan.perumahan_pusat",
    ),
    (
        "Sehubungan dengan banyaknya permohonan rumah dari warga kurang mampu, perkenankan kami "
        "menanyakan tingkat pemerintahan yang berwenang atas penyediaan rumah MBR dan "
        "pengembangan sistem pembiayaan perumahannya.",
        "kewenangan.perumahan_pusat",
    ),
    (
        "What is the central government's role in housing, particularly with regard to "
        "low-income households and housing finance?",
        "kewenangan.perumahan_pusat",
    ),
    # kewenangan.bencana_relokasi
    (
        "Yth. Bapak/Ibu, pascabanjir di Kecamatan Kapuas Murung, siapa yang berwenang "
        "menyediakan dan merehabilitasi rumah warga terdampak: kabupaten atau provinsi?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Mohon petunjuk mengenai penyediaan rumah bagi masyarakat yang terkena relokasi akibat "
        "program pembangunan Pemerintah Provinsi. Apakah tanggung jawabnya berada pada provinsi?",
        "kewenangan.bencana_relokasi",
    ),
    (
        "Dengan hormat, bagaimana menentukan apakah penyediaan rumah korban bencana menjadi "
        "kewenangan kabupaten, provinsi atau pusat, dan apa yang menjadi pembedanya?",
        "kewenangan.bencana_relokasi",
    ),
    # kewenangan.izin
    (
        "Mohon izin bertanya, penerbitan izin pembangunan dan pengembangan perumahan oleh "
        "pengembang merupakan kewenangan pemerintah kabupaten atau provinsi?",
        "kewenangan.izin",
    ),
    (
        "Siapa yang berwenang menerbitkan SKBG serta izin pengembangan kawasan permukiman?",
        "kewenangan.izin",
    ),
    (
        "Sehubungan dengan permohonan perizinan seorang pengembang perumahan di Kecamatan Jekan "
        "Raya, apakah perizinan tersebut dapat diajukan ke Disperkimtan Provinsi?",
        "kewenangan.izin",
    ),
    # kewenangan.kawasan_permukiman
    (
        "Mohon penjelasan mengenai kewenangan masing-masing tingkat pemerintahan pada sub-urusan "
        "kawasan permukiman, di luar penanganan kumuh.",
        "kewenangan.kawasan_permukiman",
    ),
    (
        "Dengan hormat, siapa yang menetapkan sistem kawasan permukiman secara nasional, dan apa "
        "peran kabupaten dalam sub-urusan kawasan permukiman?",
        "kewenangan.kawasan_permukiman",
    ),
    # kewenangan.psu
    (
        "Yth. Bapak/Ibu, mohon penjelasan perbedaan PSU permukiman dan PSU perumahan ditinjau "
        "dari kewenangan provinsi dan kabupaten/kota.",
        "kewenangan.psu",
    ),
    (
        "Sehubungan dengan rencana peningkatan jalan dan saluran di sebuah kompleks perumahan "
        "yang dibangun pengembang, apakah kegiatan ini dapat diusulkan ke provinsi atau menjadi "
        "tanggung jawab Pemkab?",
        "kewenangan.psu",
    ),
    (
        "Menurut nomenklatur SIPD, penyelenggaraan PSU manakah yang menjadi urusan provinsi dan "
        "manakah yang menjadi urusan kabupaten/kota?",
        "kewenangan.psu",
    ),
    (
        "Could you clarify the division of responsibility for public infrastructure, facilities "
        "and utilities between the province and the regencies?",
        "kewenangan.psu",
    ),
    # psu.lingkup_provinsi
    (
        "Mohon petunjuk, jenis PSU apa saja yang pada praktiknya dibangun oleh Disperkimtan "
        "Provinsi Kalteng?",
        "psu.lingkup_provinsi",
    ),
    (
        "Dengan hormat, apakah peningkatan drainase di sepanjang ruas jalan kabupaten dapat "
        "diusulkan sebagai kegiatan PSU provinsi?",
        "psu.lingkup_provinsi",
    ),
    (
        "Apakah pelaksanaan PSU oleh provinsi hanya untuk kawasan perkotaan, atau juga dapat "
        "dilaksanakan di permukiman perdesaan?",
        "psu.lingkup_provinsi",
    ),
    (
        "Sehubungan dengan usulan PSU, apakah kegiatan dapat dilaksanakan di atas aset milik "
        "Pemkab, dan bagaimana status aset tersebut setelah pembangunan selesai?",
        ("psu.lingkup_provinsi", "hibah.aset"),
    ),
    # kewenangan.sertifikasi
    (
        "Mohon izin bertanya, sertifikasi dan registrasi bagi perancang rumah dan perencana PSU "
        "menjadi kewenangan siapa, dan apakah dibedakan menurut tingkat kemampuan?",
        "kewenangan.sertifikasi",
    ),
    (
        "Konsultan perencana di daerah kami menanyakan ke mana harus mengurus registrasi "
        "perencanaan PSU untuk tingkat kemampuan kecil. Mohon arahannya.",
        "kewenangan.sertifikasi",
    ),
    # kewenangan.spm
    (
        "Dengan hormat, mohon penjelasan jenis pelayanan dasar pada SPM bidang perumahan rakyat "
        "yang menjadi tanggung jawab provinsi beserta targetnya.",
        "kewenangan.spm",
    ),
    (
        "Sehubungan dengan penyusunan laporan penerapan SPM, dasar hukum SPM perumahan rakyat "
        "merujuk pada PP dan Permen PUPR nomor berapa?",
        "kewenangan.spm",
    ),
    (
        "What minimum service standards for housing must a regency meet, and what is the target?",
        "kewenangan.spm",
    ),
    # kumuh.luas_delineasi
    (
        "Mohon petunjuk, luas yang dijadikan acuan penentuan kewenangan itu luas seluruh "
        "kelurahan atau luas kawasan kumuh sebagaimana tercantum dalam SK?",
        "kumuh.luas_delineasi",
    ),
    (
        "Dengan hormat, kawasan kumuh di kelurahan kami tercatat 8 ha dalam SK Bupati, sedangkan "
        "luas wilayah kelurahannya lebih dari 200 ha. Luas mana yang digunakan untuk menentukan "
        "kewenangan?",
        "kumuh.luas_delineasi",
    ),
    (
        "When determining the responsible level of government, is the area measured as the whole "
        "village or only as the slum area delineated in the regency decree?",
        "kumuh.luas_delineasi",
    ),
    # kumuh.penetapan
    (
        "Mohon izin bertanya, pejabat siapa yang menetapkan lokasi perumahan kumuh dan "
        "permukiman kumuh, dan dalam bentuk keputusan apa?",
        "kumuh.penetapan",
    ),
    (
        "Dengan hormat, SK kumuh kabupaten kami terbit tahun 2019. Apakah sudah waktunya "
        "ditinjau ulang, dan berapa tahun sekali peninjauan tersebut wajib dilakukan?",
        "kumuh.penetapan",
    ),
    (
        "Perkenankan kami menanyakan kelengkapan yang harus dimuat dalam keputusan penetapan "
        "lokasi kumuh, misalnya tabel daftar lokasi dan peta sebaran.",
        "kumuh.penetapan",
    ),
    (
        "Apakah Gubernur dapat menerbitkan penetapan lokasi kumuh untuk kawasan yang menjadi "
        "kewenangan provinsi?",
        "kumuh.penetapan",
    ),
    # kumuh.aspek
    (
        "Mohon penjelasan aspek-aspek yang dinilai dalam penentuan kriteria perumahan dan "
        "permukiman kumuh menurut Permen PUPR 14/2018.",
        "kumuh.aspek",
    ),
    (
        "Sehubungan dengan pendataan baseline kumuh, apakah proteksi kebakaran dan pengelolaan "
        "persampahan termasuk aspek yang dinilai?",
        "kumuh.aspek",
    ),
    (
        "How many aspects and criteria does the slum assessment under the 2018 ministerial "
        "regulation cover?",
        "kumuh.aspek",
    ),
    # kumuh.penilaian
    (
        "Mohon petunjuk, bagaimana cara pemberian skor pada setiap kriteria kekumuhan dan berapa "
        "nilai maksimalnya?",
        "kumuh.penilaian",
    ),
    (
        "Dengan hormat, hasil penilaian lokasi kami memperoleh total nilai 64. Apakah lokasi "
        "tersebut tergolong kumuh berat?",
        "kumuh.penilaian",
    ),
    # kumuh.tingkat_sedang_ringan
    (
        "Mohon izin bertanya, berapa rentang nilai untuk kategori kumuh sedang dan kumuh ringan?",
        "kumuh.tingkat_sedang_ringan",
    ),
    (
        "Lokasi di Kelurahan Baamang Hilir memperoleh skor 41. Termasuk kategori kekumuhan apa, "
        "dan apakah rentang nilai tersebut sudah resmi?",
        "kumuh.tingkat_sedang_ringan",
    ),
    # kumuh.pola_penanganan
    (
        "Mohon penjelasan pola penanganan kawasan kumuh yang dikenal dalam regulasi, serta kapan "
        "masing-masing pola diterapkan.",
        "kumuh.pola_penanganan",
    ),
    (
        "Dengan hormat, untuk permukiman kumuh yang berada di atas lahan ilegal atau daerah "
        "rawan bencana, pola penanganan apa yang semestinya dipilih?",
        "kumuh.pola_penanganan",
    ),
    (
        "What is the difference between pemugaran and peremajaan in slum upgrading?",
        "kumuh.pola_penanganan",
    ),
    # kumuh.kalteng
    (
        "Mohon informasi jumlah lokasi dan total luas kawasan kumuh di Provinsi Kalimantan "
        "Tengah berdasarkan data Disperkimtan.",
        "kumuh.kalteng",
    ),
    (
        "Sehubungan dengan penyusunan profil kawasan, kabupaten mana yang memiliki lokasi kumuh "
        "terbanyak di Kalteng?",
        "kumuh.kalteng",
    ),
    (
        "Dengan hormat, bagaimana karakteristik umum kawasan kumuh di Kalimantan Tengah, "
        "khususnya dari sisi letak atau tipologinya?",
        "kumuh.kalteng",
    ),
    # usulan.isi
    (
        "Yth. Bapak/Ibu, mohon petunjuk mengenai data dan informasi apa saja yang harus dimuat "
        "dalam usulan kegiatan yang akan kami sampaikan kepada provinsi. Terima kasih atas "
        "perhatiannya.",
        "usulan.isi",
    ),
    (
        "Dengan hormat, mengapa usulan perlu mencantumkan sektor terkait seperti air minum, "
        "sanitasi dan persampahan, dan apa manfaatnya dalam penilaian?",
        "usulan.isi",
    ),
    (
        "Mohon penjelasan alasan diperlukannya setiap isian pada usulan kegiatan, agar staf kami "
        "memahami kegunaannya dalam proses penilaian.",
        "usulan.isi",
    ),
    (
        "Sehubungan dengan penyiapan usulan TA 2027, mohon daftar isian usulan beserta "
        "keterangannya secara ringkas.",
        "usulan.isi",
    ),
    (
        "Could you outline the information a regency proposal to the province should contain, "
        "and why each element is required?",
        "usulan.isi",
    ),
    (
        "Mohon konfirmasi, apakah identitas pengusul seperti nama, jabatan dan nomor telepon "
        "petugas perlu dicantumkan kembali dalam setiap usulan?",
        ("usulan.isi", "bot.usul"),
    ),
    # usulan.jenis
    (
        "Mohon izin bertanya, jenis usulan apa saja yang dapat diajukan kabupaten kepada "
        "Disperkimtan Provinsi?",
        "usulan.jenis",
    ),
    (
        "Dengan hormat, selain penanganan kawasan kumuh dan PSU, apakah terdapat kategori usulan "
        "lain yang dapat kami sampaikan, misalnya perumahan korban bencana atau RTLH?",
        "usulan.jenis",
    ),
    (
        "Which categories of proposals may a regency submit to the provincial housing agency?",
        "usulan.jenis",
    ),
    # usulan.lokasi
    (
        "Mohon petunjuk, data lokasi apa saja yang perlu dicantumkan dalam usulan, misalnya "
        "kecamatan, desa/kelurahan, nama lokasi dan titik koordinat?",
        "usulan.lokasi",
    ),
    (
        "Dengan hormat, untuk usulan kawasan kumuh, apakah nama lokasi harus sama dengan "
        "penamaan yang tercantum dalam SK kumuh?",
        "usulan.lokasi",
    ),
    # usulan.penerima_biaya
    (
        "Mohon izin bertanya, bagaimana mencantumkan jumlah penerima manfaat dalam usulan: dalam "
        "satuan KK, jiwa atau unit rumah?",
        "usulan.penerima_biaya",
    ),
    (
        "Dengan hormat, sumber pendanaan apa saja yang dapat dicantumkan pada usulan, dan apakah "
        "dimungkinkan kombinasi dengan dana pendamping kabupaten?",
        "usulan.penerima_biaya",
    ),
    (
        "Perkenankan kami menanyakan, apakah estimasi biaya wajib dicantumkan dalam usulan, dan "
        "dalam satuan apa?",
        "usulan.penerima_biaya",
    ),
    (
        "Should a proposal state its estimated cost and proposed funding source, and how are its "
        "beneficiaries to be counted?",
        "usulan.penerima_biaya",
    ),
    # usulan.kesiapan
    (
        "Yth. Bapak/Ibu, mohon penjelasan dokumen kesiapan (readiness criteria) yang harus "
        "dipenuhi agar usulan kami dinilai siap dilaksanakan.",
        "usulan.kesiapan",
    ),
    (
        "Sehubungan dengan usulan PSU jalan lingkungan dan drainase, dokumen pendukung apa saja "
        "yang perlu dilampirkan? Demikian, atas arahannya kami ucapkan terima kasih.",
        "usulan.kesiapan",
    ),
    (
        "Mohon petunjuk, apakah usulan yang belum dilengkapi DED dan RAB masih dapat diterima, "
        "ataukah akan mengurangi penilaian kesiapannya?",
        "usulan.kesiapan",
    ),
    (
        "Dengan hormat, apakah surat dari Bupati dan bukti kesepakatan masyarakat termasuk "
        "persyaratan kesiapan usulan?",
        "usulan.kesiapan",
    ),
    (
        "What readiness documents does the province expect before a settlement infrastructure "
        "proposal can be considered?",
        "usulan.kesiapan",
    ),
    (
        "Perkenankan kami menanyakan kelengkapan administrasi dan teknis yang menjadi tolok ukur "
        "kesiapan suatu usulan kegiatan bidang kawasan permukiman.",
        "usulan.kesiapan",
    ),
    # usulan.lahan
    (
        "Mohon izin bertanya, apakah lahan lokasi usulan harus berstatus clean and clear sebelum "
        "usulan diajukan, dan unsur apa saja yang harus dipenuhi?",
        "usulan.lahan",
    ),
    (
        "Dengan hormat, lahan lokasi usulan drainase kami merupakan tanah desa yang belum "
        "bersertifikat. Apakah hal ini memengaruhi penilaian usulan?",
        "usulan.lahan",
    ),
    (
        "Pilihan status lahan apa saja yang dapat dicantumkan dalam usulan, misalnya aset pemda, "
        "tanah desa atau tanah warga dengan SKT?",
        "usulan.lahan",
    ),
    # usulan.sk_kumuh
    (
        "Mohon izin bertanya, untuk usulan penanganan kawasan kumuh, informasi SK kumuh apa saja "
        "yang harus dicantumkan?",
        "usulan.sk_kumuh",
    ),
    (
        "Dengan hormat, lokasi yang hendak kami usulkan belum tercantum dalam SK kumuh yang "
        "berlaku. Apakah usulan tetap dapat diajukan, dan apa konsekuensinya?",
        "usulan.sk_kumuh",
    ),
    (
        "Bagaimana apabila SK kumuh yang menjadi dasar usulan telah berumur lebih dari lima "
        "tahun; apakah berpengaruh terhadap penilaian usulan?",
        "usulan.sk_kumuh",
    ),
    # usulan.dokumen_teknis
    (
        "Mohon petunjuk mengenai dokumen teknis yang perlu dilampirkan dalam usulan, seperti "
        "DED, RAB, RKS dan site plan.",
        "usulan.dokumen_teknis",
    ),
    (
        "Dengan hormat, berapa banyak foto kondisi eksisting yang dapat dilampirkan, dan apakah "
        "dokumen DED dapat dikirim dalam format PDF?",
        ("usulan.dokumen_teknis", "bot.usul"),
    ),
    ("Apakah RKS wajib disertakan bersama DED dan RAB pada usulan PSU?", "usulan.dokumen_teknis"),
    # usulan.surat_pernyataan
    (
        "Mohon izin bertanya, apakah Pemkab perlu menyertakan surat pernyataan kesediaan "
        "menerima hibah serta melaksanakan operasi dan pemeliharaan?",
        "usulan.surat_pernyataan",
    ),
    (
        "Dengan hormat, untuk keperluan apa Pemkab diminta membuat pernyataan kesanggupan "
        "operasi dan pemeliharaan pada saat pengusulan?",
        "usulan.surat_pernyataan",
    ),
    (
        "Is the regency required to submit a statement committing to accept the grant and to "
        "operate and maintain the resulting assets?",
        "usulan.surat_pernyataan",
    ),
    # usulan.rtlh
    (
        "Mohon petunjuk mengenai persyaratan pengusulan bantuan RTLH melalui program provinsi.",
        "usulan.rtlh",
    ),
    (
        "Dengan hormat, apakah program RTLH provinsi dapat dimanfaatkan untuk membangun rumah "
        "baru bagi warga yang belum memiliki rumah?",
        "usulan.rtlh",
    ),
    (
        "Bagaimana apabila calon penerima bantuan RTLH hanya memiliki SKT atas tanahnya; apakah "
        "sudah memenuhi syarat?",
        "usulan.rtlh",
    ),
    (
        "Siapa yang menetapkan penerima bantuan RTLH provinsi, dan apakah dilakukan verifikasi "
        "lapangan terlebih dahulu?",
        "usulan.rtlh",
    ),
    # usulan.psu_masyarakat
    (
        "Mohon izin bertanya, apakah masyarakat dapat mengajukan permohonan pembangunan jalan "
        "lingkungan secara langsung kepada Disperkimtan Provinsi?",
        "usulan.psu_masyarakat",
    ),
    (
        "Dengan hormat, permohonan PSU dari kelompok warga harus diketahui oleh pihak mana saja "
        "sebelum disampaikan?",
        "usulan.psu_masyarakat",
    ),
    # hibah.aset
    (
        "Mohon penjelasan mekanisme hibah aset hasil pembangunan provinsi kepada kabupaten, "
        "termasuk dokumen BAST-nya.",
        "hibah.aset",
    ),
    (
        "Dengan hormat, setelah jalan lingkungan yang dibangun provinsi selesai dikerjakan, "
        "siapa yang bertanggung jawab atas pemeliharaannya?",
        "hibah.aset",
    ),
    (
        "Once the province completes infrastructure on regency land, how is the asset "
        "transferred and who maintains it afterwards?",
        "hibah.aset",
    ),
    # pendanaan.saluran_lain
    (
        "Mohon petunjuk, apabila usulan kami ternyata bukan kewenangan provinsi, sumber "
        "pendanaan alternatif apa yang dapat ditempuh?",
        "pendanaan.saluran_lain",
    ),
    (
        "Dengan hormat, untuk kawasan kumuh yang luasnya di bawah ambang kewenangan provinsi, "
        "skema pendanaan apa yang paling sesuai?",
        "pendanaan.saluran_lain",
    ),
    (
        "Perkenankan kami menanyakan alternatif pendanaan penanganan kumuh berskala besar di "
        "luar APBD provinsi, misalnya APBN atau DAK Tematik.",
        "pendanaan.saluran_lain",
    ),
    (
        "Which funding channels would be appropriate for housing-estate infrastructure that "
        "falls outside the province's remit?",
        "pendanaan.saluran_lain",
    ),
    # siklus.tahunan
    (
        "Mohon penjelasan alur siklus pengusulan kegiatan tahunan dari kabupaten ke provinsi, "
        "mulai dari penyiapan usulan hingga penganggaran.",
        "siklus.tahunan",
    ),
    (
        "Dengan hormat, usulan yang kami sampaikan pada tahun 2026 akan dialokasikan untuk tahun "
        "anggaran berapa?",
        "siklus.tahunan",
    ),
    (
        "Perkenankan kami menanyakan tahapan yang dilalui usulan kabupaten sejak disampaikan "
        "hingga masuk dalam penganggaran provinsi.",
        "siklus.tahunan",
    ),
    (
        "Could you describe the annual proposal cycle between the regencies and the provincial "
        "housing agency?",
        "siklus.tahunan",
    ),
    # siklus.pemeriksaan
    (
        "Mohon izin bertanya, aspek apa saja yang diperiksa provinsi dalam melakukan verifikasi "
        "usulan kabupaten?",
        "siklus.pemeriksaan",
    ),
    (
        "Dengan hormat, apakah verifikasi usulan mencakup pemeriksaan teknis terhadap lokasi, "
        "status lahan dan kesiapan dokumen?",
        "siklus.pemeriksaan",
    ),
    (
        "Bagaimana provinsi menilai dan memeringkat usulan yang masuk; apakah terdapat skor "
        "prioritas?",
        "siklus.pemeriksaan",
    ),
    (
        "How does the provincial agency review and verify the proposals it receives from "
        "regencies?",
        "siklus.pemeriksaan",
    ),
    # siklus.rakor
    (
        "Mohon penjelasan maksud dan tujuan penyelenggaraan Rakor dan Sinkronisasi Bidang "
        "Kawasan Permukiman se-Kalimantan Tengah.",
        "siklus.rakor",
    ),
    (
        "Dengan hormat, apakah Rakor diselenggarakan setiap tahun pada bulan yang sama, dan "
        "kapan Rakor tahun-tahun sebelumnya dilaksanakan?",
        "siklus.rakor",
    ),
    (
        "Pihak mana saja yang lazimnya mengikuti Rakor bidang kawasan permukiman tingkat provinsi?",
        "siklus.rakor",
    ),
    (
        "Apa kaitan antara Rakor dengan Musrenbang Provinsi dalam proses seleksi usulan kegiatan?",
        ("siklus.rakor", "siklus.rkpd_apbd"),
    ),
    # siklus.rkpd_apbd
    (
        "Mohon petunjuk, setelah usulan dibahas dalam Rakor, bagaimana tahapan selanjutnya "
        "hingga masuk RKPD dan APBD Provinsi?",
        "siklus.rkpd_apbd",
    ),
    (
        "Dengan hormat, apakah usulan yang telah disetujui otomatis tercantum dalam RKPD, "
        "ataukah masih melalui pembahasan TAPD dan DPRD dalam proses penganggaran?",
        "siklus.rkpd_apbd",
    ),
    (
        "After the coordination meeting, how do accepted proposals move into the provincial "
        "development plan and budget?",
        "siklus.rkpd_apbd",
    ),
    # koordinasi.pokja_pkp
    (
        "Mohon izin bertanya, apa peran Pokja PKP dalam koordinasi pembangunan perumahan dan "
        "kawasan permukiman di daerah, dan apa dasar hukumnya?",
        "koordinasi.pokja_pkp",
    ),
    (
        "Dengan hormat, kabupaten kami berencana membentuk kembali Kelompok Kerja PKP melalui SK "
        "Bupati. Mohon penjelasan fungsi dan dasar pengaturannya.",
        "koordinasi.pokja_pkp",
    ),
    # disperkimtan.kontak
    (
        "Mohon informasi alamat kantor Disperkimtan Provinsi Kalimantan Tengah untuk keperluan "
        "penyampaian surat resmi.",
        "disperkimtan.kontak",
    ),
    (
        "Perkenankan kami menanyakan tugas Disperkimtan Provinsi Kalteng serta lokasi kantornya.",
        "disperkimtan.kontak",
    ),
    (
        "Where is the office of the provincial housing and settlement agency located?",
        "disperkimtan.kontak",
    ),
    # bot.cara_pakai
    (
        "Mohon petunjuk perintah-perintah apa saja yang tersedia pada bot Sinkron bagi petugas "
        "kabupaten/kota.",
        "bot.cara_pakai",
    ),
    (
        "Dengan hormat, waktu pada jadwal dan pengingat yang dikirim bot mengacu pada zona waktu "
        "apa? Kami perlu memastikan agar tidak tertukar dengan WITA.",
        "bot.cara_pakai",
    ),
    (
        "Apakah pertanyaan kepada bot dapat disampaikan dalam bahasa Inggris, dan apakah bot "
        "memahami singkatan nama daerah seperti Kotim atau Pulpis?",
        "bot.cara_pakai",
    ),
    # bot.usul
    (
        "Mohon izin bertanya, apabila pengisian formulir melalui perintah /usul terhenti karena "
        "gangguan jaringan, apakah isian yang sudah dimasukkan tetap tersimpan?",
        "bot.usul",
    ),
    (
        "Dengan hormat, apakah tersedia fasilitas untuk menyalin usulan tahun sebelumnya agar "
        "tidak perlu mengisi ulang seluruh data?",
        "bot.usul",
    ),
    (
        "Setelah usulan dikirim melalui /usul, apakah kami memperoleh kode pelacakan, dan "
        "bagaimana formatnya?",
        "bot.usul",
    ),
    # bot.status
    (
        "Mohon penjelasan arti masing-masing status usulan pada bot, seperti diajukan, "
        "verifikasi, perlu perbaikan dan dibahas di Rakor.",
        "bot.status",
    ),
    (
        "Dengan hormat, usulan kami berstatus 'perlu perbaikan'. Apa maksud status tersebut dan "
        "bagaimana cara menindaklanjutinya?",
        "bot.status",
    ),
    # bot.ditolak_dialihkan
    (
        "Mohon petunjuk, usulan kami berstatus dialihkan ke APBD kabupaten. Apa artinya, dan "
        "langkah apa yang sebaiknya kami tempuh?",
        "bot.ditolak_dialihkan",
    ),
    (
        "Dengan hormat, apa saja alasan yang lazim menyebabkan usulan ditolak oleh provinsi, dan "
        "apakah keputusan tersebut dapat diubah melalui bot?",
        "bot.ditolak_dialihkan",
    ),
    (
        "If our proposal is rejected because it falls outside provincial authority, what are the "
        "recommended next steps?",
        "bot.ditolak_dialihkan",
    ),
    # bot.tindak_lanjut
    (
        "Mohon izin bertanya, berapa lama standar waktu tindak lanjut atas usulan yang telah "
        "kami sampaikan melalui bot?",
        "bot.tindak_lanjut",
    ),
    (
        "Dengan hormat, apakah batas tiga hari kerja untuk verifikasi merupakan ketentuan yang "
        "mengikat Disperkimtan, dan dari mana standar tersebut diambil?",
        "bot.tindak_lanjut",
    ),
    # bot.rapat
    (
        "Dengan hormat, kapan saja bot mengirimkan pengingat sebelum pelaksanaan rapat yang "
        "telah dijadwalkan?",
        "bot.rapat",
    ),
    (
        "Mohon izin bertanya, bagaimana cara mengonfirmasi kehadiran atas undangan rapat yang "
        "kami terima melalui bot Sinkron?",
        "bot.rapat",
    ),
    (
        "Could you explain how meeting invitations sent through the bot work, including "
        "reminders and attendance confirmation?",
        "bot.rapat",
    ),
    # istilah.perkim
    (
        "Mohon izin bertanya, singkatan 'Perkim' yang lazim dipakai dalam nomenklatur dinas itu "
        "merujuk pada apa?",
        "istilah.perkim",
    ),
    # istilah.disperkimtan
    (
        "Dengan hormat, apa kepanjangan Disperkimtan, dan mengapa terdapat unsur 'tan' di "
        "belakangnya?",
        "istilah.disperkimtan",
    ),
    # istilah.psu
    (
        "Mohon penjelasan pengertian PSU dalam konteks perumahan dan kawasan permukiman.",
        "istilah.psu",
    ),
    # istilah.jaling
    (
        "Dalam beberapa dokumen usulan tertulis istilah 'jaling'. Mohon penjelasan maksud "
        "istilah tersebut.",
        "istilah.jaling",
    ),
    # istilah.drainase
    (
        "Apa yang dimaksud dengan drainase lingkungan dalam kegiatan bidang PKP?",
        "istilah.drainase",
    ),
    # istilah.kr
    (
        "Mohon izin bertanya, singkatan KR pada tabel baseline kumuh itu bermakna apa?",
        "istilah.kr",
    ),
    # istilah.ks
    (
        "Dalam lampiran SK kumuh terdapat kode KS pada kolom tingkat kekumuhan. Mohon penjelasan "
        "maknanya.",
        "istilah.ks",
    ),
    # istilah.kb
    ("Dengan hormat, apa arti singkatan KB pada data tingkat kekumuhan lokasi?", "istilah.kb"),
    # istilah.skkumuh
    ("Mohon penjelasan, yang dimaksud dengan SK kumuh itu dokumen apa?", "istilah.skkumuh"),
    # istilah.delineasi
    ("Dengan hormat, apa yang dimaksud dengan delineasi kawasan kumuh?", "istilah.delineasi"),
    # istilah.rtlh
    ("Mohon izin bertanya, RTLH itu singkatan dari apa?", "istilah.rtlh"),
    # istilah.rlh
    ("Apa yang dimaksud dengan RLH dalam laporan capaian program perumahan?", "istilah.rlh"),
    # istilah.bedahrumah
    (
        "Istilah 'bedah rumah' yang sering dipakai di lapangan sebenarnya merujuk pada kegiatan "
        "apa?",
        "istilah.bedahrumah",
    ),
    # istilah.bsps
    ("Mohon penjelasan kepanjangan BSPS dan program apa yang dimaksud.", "istilah.bsps"),
    # istilah.mbr
    ("Dengan hormat, apa yang dimaksud dengan MBR dalam kebijakan perumahan?", "istilah.mbr"),
    # istilah.rusunawa
    ("Mohon penjelasan istilah rusunawa yang tercantum dalam dokumen RPJMD.", "istilah.rusunawa"),
    # istilah.rusus
    ("Apa yang dimaksud dengan rusus?", "istilah.rusus"),
    # istilah.huntara
    ("Mohon izin bertanya, apa arti huntara dalam penanganan pascabencana?", "istilah.huntara"),
    # istilah.huntap
    ("Dalam laporan BPBD disebutkan pembangunan huntap. Apa yang dimaksud?", "istilah.huntap"),
    # istilah.kk
    (
        "Pada isian penerima manfaat tercantum satuan KK. Mohon penjelasan singkatan tersebut.",
        "istilah.kk",
    ),
    # istilah.jiwa
    ("Apa yang dimaksud dengan satuan 'jiwa' dalam data penerima manfaat?", "istilah.jiwa"),
    # istilah.ha
    (
        "Satuan ha yang digunakan dalam SK kumuh itu setara dengan berapa meter persegi?",
        "istilah.ha",
    ),
    # istilah.ded
    ("Mohon penjelasan kepanjangan DED dan isi pokok dokumen tersebut.", "istilah.ded"),
    # istilah.rab
    ("Dengan hormat, RAB dalam kelengkapan usulan itu kepanjangannya apa?", "istilah.rab"),
    # istilah.rks
    ("Mohon izin bertanya, dokumen RKS itu singkatan dari apa?", "istilah.rks"),
    # istilah.kak
    ("Dengan hormat, apa yang dimaksud dengan KAK, dan apakah sama dengan TOR?", "istilah.kak"),
    # istilah.siteplan
    ("Apa yang dimaksud dengan site plan atau rencana tapak?", "istilah.siteplan"),
    # istilah.rc
    (
        "Dalam pembahasan DAK sering disebut istilah RC. Mohon penjelasan istilah tersebut.",
        "istilah.rc",
    ),
    # istilah.bast
    ("Mohon penjelasan kepanjangan BAST.", "istilah.bast"),
    # istilah.hibah
    ("Apa yang dimaksud dengan hibah dalam konteks barang milik daerah?", "istilah.hibah"),
    # istilah.bmd
    ("Dengan hormat, apa yang dimaksud dengan BMD?", "istilah.bmd"),
    # istilah.bmn
    ("Mohon penjelasan singkatan BMN dalam dokumen serah terima aset.", "istilah.bmn"),
    # istilah.op
    (
        "Mohon izin bertanya, singkatan O&P yang kerap dipakai dalam dokumen hibah itu apa "
        "maksudnya?",
        "istilah.op",
    ),
    # istilah.spm
    ("Apa kepanjangan SPM dalam urusan pemerintahan daerah?", "istilah.spm"),
    # istilah.pokjapkp
    ("Mohon izin bertanya, Pokja PKP itu kepanjangannya apa?", "istilah.pokjapkp"),
    # istilah.pokjappas
    ("Mohon penjelasan apa yang dimaksud dengan Pokja PPAS.", "istilah.pokjappas"),
    # istilah.pokjaampl
    ("Dengan hormat, Pokja AMPL itu singkatan dari apa?", "istilah.pokjaampl"),
    # istilah.rp3kp
    (
        "Apa yang dimaksud dengan dokumen RP3KP dan berapa jangka waktu perencanaannya?",
        "istilah.rp3kp",
    ),
    # istilah.rp2kpkp
    ("Mohon penjelasan singkatan RP2KPKP.", "istilah.rp2kpkp"),
    # istilah.kotaku
    ("Dengan hormat, apa yang dimaksud dengan program KOTAKU?", "istilah.kotaku"),
    # istilah.daktematikppkt
    ("Mohon penjelasan mengenai DAK Tematik PPKT.", "istilah.daktematikppkt"),
    # istilah.apbn
    ("What does the abbreviation APBN stand for?", "istilah.apbn"),
    # istilah.apbd
    ("Mohon izin bertanya, apa kepanjangan APBD?", "istilah.apbd"),
    # istilah.apbdes
    ("Dengan hormat, apa yang dimaksud dengan APBDes?", "istilah.apbdes"),
    # istilah.bankeu
    ("Apa yang dimaksud dengan Bankeu provinsi kepada kabupaten/kota?", "istilah.bankeu"),
    # istilah.pokir
    ("Mohon izin bertanya, apa yang dimaksud dengan Pokir DPRD?", "istilah.pokir"),
    # istilah.musrenbang
    (
        "Apa kepanjangan Musrenbang dan pada tingkat apa saja forum tersebut diselenggarakan?",
        "istilah.musrenbang",
    ),
    # istilah.rkpd
    ("Mohon penjelasan singkatan RKPD.", "istilah.rkpd"),
    # istilah.renja
    ("Dengan hormat, apa yang dimaksud dengan Renja OPD?", "istilah.renja"),
    # istilah.renstra
    ("Apa yang dimaksud dengan Renstra perangkat daerah?", "istilah.renstra"),
    # istilah.rpjmd
    ("Mohon penjelasan kepanjangan RPJMD.", "istilah.rpjmd"),
    # istilah.kuappas
    ("Mohon izin bertanya, apa yang dimaksud dengan KUA-PPAS?", "istilah.kuappas"),
    # istilah.rka
    ("Apa kepanjangan RKA yang disusun oleh SKPD?", "istilah.rka"),
    # istilah.dpa
    ("Dengan hormat, dokumen DPA itu singkatan dari apa?", "istilah.dpa"),
    # istilah.sipd
    ("Could you explain what SIPD refers to in regional planning and budgeting?", "istilah.sipd"),
    # istilah.bapperida
    ("Mohon penjelasan, Bapperida Provinsi Kalteng itu lembaga apa?", "istilah.bapperida"),
    # istilah.opd
    ("Apa yang dimaksud dengan OPD?", "istilah.opd"),
    # istilah.skpd
    ("Mohon izin bertanya, apa kepanjangan SKPD?", "istilah.skpd"),
    # istilah.spam
    ("Dengan hormat, apa yang dimaksud dengan SPAM dalam sektor air minum?", "istilah.spam"),
    # istilah.spald
    ("Mohon penjelasan singkatan SPALD.", "istilah.spald"),
    # istilah.ipal
    ("Apa yang dimaksud dengan IPAL?", "istilah.ipal"),
    # istilah.tps3r
    ("Mohon izin bertanya, TPS3R itu fasilitas apa?", "istilah.tps3r"),
    # istilah.mck
    ("Apa kepanjangan MCK yang tercantum dalam usulan sanitasi?", "istilah.mck"),
    # istilah.rtrw
    ("Dengan hormat, apa yang dimaksud dengan RTRW?", "istilah.rtrw"),
    # istilah.rdtr
    ("Mohon penjelasan perbedaan RDTR dibandingkan dokumen tata ruang umum.", "istilah.rdtr"),
    # istilah.pbg
    ("Apa yang dimaksud dengan PBG dalam perizinan bangunan gedung?", "istilah.pbg"),
    # istilah.slf
    ("Mohon izin bertanya, SLF itu singkatan dari apa?", "istilah.slf"),
    # istilah.skbg
    ("Dengan hormat, apa yang dimaksud dengan SKBG?", "istilah.skbg"),
    # istilah.skt
    ("Apa yang dimaksud dengan SKT sebagai bukti penguasaan tanah?", "istilah.skt"),
    # istilah.cleanandclear
    (
        "Mohon penjelasan pengertian istilah 'clean and clear' terkait status lahan.",
        "istilah.cleanandclear",
    ),
    # istilah.csr
    ("Apa yang dimaksud dengan CSR sebagai sumber pendanaan?", "istilah.csr"),
    # istilah.rakor
    ("Dengan hormat, Rakor itu kepanjangan dari apa?", "istilah.rakor"),
    # istilah.lapor
    ("What is LAPOR!, which is sometimes mentioned as a service benchmark?", "istilah.lapor"),
    # istilah.wib
    (
        "Mohon izin bertanya, WIB itu singkatan apa dan berapa selisihnya dengan UTC?",
        "istilah.wib",
    ),
    # istilah.backlog
    ("Dengan hormat, apa yang dimaksud dengan backlog perumahan?", "istilah.backlog"),
    # istilah.pkp
    ("Mohon penjelasan kepanjangan PKP dalam nomenklatur urusan pemerintahan.", "istilah.pkp"),
    # istilah.kumuh
    (
        "Apa yang dimaksud dengan permukiman kumuh menurut peraturan perundang-undangan?",
        "istilah.kumuh",
    ),
    # istilah.dak
    ("Dengan hormat, apa yang dimaksud dengan DAK?", "istilah.dak"),
    # istilah.rusun
    ("What is meant by rusun in Indonesian housing policy?", "istilah.rusun"),
]

ROUND27_INTENTS: list[tuple[str, str]] = [
    # status
    (
        "Yth. Bapak/Ibu, mohon informasi perkembangan status usulan kegiatan yang telah kami "
        "sampaikan melalui bot ini. Terima kasih atas perhatiannya.",
        "status",
    ),
    (
        "Dengan hormat, perkenankan kami menanyakan posisi terakhir usulan kami dengan kode "
        "USL-2026-0014.",
        "status",
    ),
    (
        "Mohon izin bertanya, apakah usulan-usulan Dinas Perkim Kabupaten Seruyan untuk TA 2027 "
        "sudah diverifikasi?",
        "status",
    ),
    (
        "Sehubungan dengan pertanyaan pimpinan, mohon ditampilkan daftar usulan kabupaten kami "
        "beserta statusnya masing-masing.",
        "status",
    ),
    (
        "Could you kindly inform us of the current status of the proposals our agency has "
        "submitted?",
        "status",
    ),
    (
        "Mohon konfirmasi, apakah usulan PSU yang kami kirim bulan lalu sudah ditindaklanjuti "
        "oleh provinsi?",
        "status",
    ),
    # meeting
    (
        "Yth. Bapak/Ibu, mohon informasi kapan dan di mana Rakor Bidang Kawasan Permukiman "
        "berikutnya akan diselenggarakan.",
        "meeting",
    ),
    (
        "Dengan hormat, perkenankan kami menanyakan jadwal rapat koordinasi terdekat agar dapat "
        "kami sesuaikan dengan agenda pimpinan.",
        "meeting",
    ),
    (
        "Mohon izin bertanya, apakah sudah ada penetapan tanggal Rakor dan Sinkronisasi tahun "
        "2027?",
        "meeting",
    ),
    (
        "Sehubungan dengan penyiapan SPPD, mohon informasi tanggal dan tempat pelaksanaan rapat "
        "yang akan datang.",
        "meeting",
    ),
    ("Could you please advise on the date and venue of the next coordination meeting?", "meeting"),
    (
        "Mohon informasi, rapat berikutnya dengan Disperkimtan dijadwalkan pukul berapa dan "
        "bertempat di mana?",
        "meeting",
    ),
    # deadline
    (
        "Yth. Bapak/Ibu, mohon informasi batas akhir penyampaian usulan kegiatan untuk tahun "
        "anggaran 2028.",
        "deadline",
    ),
    (
        "Dengan hormat, sampai dengan tanggal berapa usulan kabupaten masih dapat diterima oleh "
        "provinsi?",
        "deadline",
    ),
    ("Mohon izin bertanya, kapan tenggat pengiriman usulan tahun ini ditutup?", "deadline"),
    (
        "Sehubungan dengan proses penandatanganan surat pengantar oleh Bupati, perkenankan kami "
        "menanyakan batas waktu pengusulan agar tidak terlambat.",
        "deadline",
    ),
    ("What is the deadline for submitting proposals for the next budget year?", "deadline"),
    (
        "Mohon konfirmasi, apakah pengusulan untuk TA 2027 masih dibuka, dan kapan penutupannya?",
        "deadline",
    ),
    # greeting
    ("Selamat pagi Bapak/Ibu, salam sejahtera bagi kita semua.", "greeting"),
    ("Terima kasih atas penjelasan dan arahannya, Bapak/Ibu.", "greeting"),
    (
        "Dengan hormat, mohon penjelasan layanan apa saja yang dapat diberikan melalui bot ini.",
        "greeting",
    ),
    ("Mohon bantuan, kami memerlukan panduan umum mengenai layanan ini.", "greeting"),
    ("Good afternoon. May I ask what assistance this service is able to provide?", "greeting"),
    ("Demikian, atas bantuannya kami ucapkan terima kasih.", "greeting"),
    # how_to_submit
    (
        "Yth. Bapak/Ibu, mohon petunjuk tata cara penyampaian usulan kegiatan melalui bot Sinkron.",
        "how_to_submit",
    ),
    (
        "Dengan hormat, bagaimana langkah-langkah mengajukan usulan baru melalui layanan ini?",
        "how_to_submit",
    ),
    (
        "Mohon izin bertanya, apakah usulan dapat langsung diinput melalui bot ini, dan "
        "bagaimana memulainya?",
        "how_to_submit",
    ),
    (
        "Perkenankan kami menanyakan prosedur pengisian formulir usulan secara daring melalui bot.",
        "how_to_submit",
    ),
    ("How do we submit a new proposal through this bot?", "how_to_submit"),
    (
        "Kami bermaksud mengusulkan kegiatan PSU untuk TA 2027; mohon dipandu cara menginputnya "
        "di sini.",
        "how_to_submit",
    ),
]

ROUND27_AREAS: list[tuple[str, str]] = [
    (
        "Mohon izin bertanya, kawasan kumuh di Kelurahan Mendawai seluas 9,5 ha menjadi "
        "kewenangan siapa?",
        "kabkota",
    ),
    (
        "Dengan hormat, luas delineasi kawasan kumuh kami dalam SK tepat 10 hektare. Apakah "
        "penanganannya menjadi kewenangan provinsi?",
        "provinsi",
    ),
    (
        "Kawasan kumuh di Kelurahan Ketapang tercatat pas 15 ha. Tingkat pemerintahan mana yang "
        "berwenang?",
        "pusat",
    ),
    (
        "Mohon petunjuk, lokasi kumuh seluas 14,99 ha di Kecamatan Selat dapat diusulkan ke "
        "provinsi atau tidak?",
        "provinsi",
    ),
    (
        "Sehubungan dengan revisi SK, luas kawasan kami kini lebih dari 15 hektar, yaitu 18 ha. "
        "Kewenangan siapa?",
        "pusat",
    ),
    (
        "Dengan hormat, kawasan kumuh kurang dari 10 ha, tepatnya 7,2 ha, apakah dapat dibiayai "
        "APBD provinsi?",
        "kabkota",
    ),
    (
        "Mohon izin bertanya, kawasan kumuh dengan luas 125.000 m2 di Kelurahan Langkai "
        "ditangani oleh tingkat pemerintahan mana?",
        "provinsi",
    ),
    (
        "Luas kawasan kumuh berdasarkan peta delineasi adalah 95.000 m². Mohon konfirmasi "
        "kewenangannya.",
        "kabkota",
    ),
    (
        "Perkenankan kami menanyakan kewenangan penanganan kawasan kumuh seluas 150.000 meter "
        "persegi.",
        "pusat",
    ),
    ("Which level of government handles a slum area of 12.5 hectares?", "provinsi"),
    (
        "Our assessment covers a delineated slum area of 8.75 hectares. Which government is "
        "responsible for it?",
        "kabkota",
    ),
    (
        "Mohon arahan, kawasan kumuh seluas 22 ha di Kecamatan Mentawa Baru Ketapang menjadi "
        "kewenangan siapa?",
        "pusat",
    ),
    (
        "Dengan hormat, kawasan kumuh kami seluas 100.000 m2 menurut SK. Apakah masuk kewenangan "
        "provinsi?",
        "provinsi",
    ),
    (
        "Kawasan kumuh di atas 15 ha, tepatnya 16,3 hektare, penanganannya menjadi tanggung "
        "jawab siapa?",
        "pusat",
    ),
    (
        "Mohon izin bertanya, luas kumuh 9,99 hektare, sedikit di bawah 10 ha, kewenangan "
        "kabupaten atau provinsi?",
        "kabkota",
    ),
    ("Lokasi kumuh di Desa Sungai Bakau seluas 3,4 ha dapat diusulkan kepada siapa?", "kabkota"),
    (
        "Dengan hormat, kawasan kumuh seluas 11 hektar di Kelurahan Selat Hulu menjadi "
        "kewenangan tingkat mana?",
        "provinsi",
    ),
    (
        "Kawasan Murjani Bawah tercatat 31,77 ha dalam SK. Mohon penjelasan tingkat pemerintahan "
        "yang berwenang.",
        "pusat",
    ),
    ("Mohon konfirmasi kewenangan atas lokasi kumuh Pesanggrahan dengan luas 7,71 ha.", "kabkota"),
    (
        "Sehubungan dengan penyusunan RKPD, kawasan kumuh seluas 13,25 hektare termasuk "
        "kewenangan siapa?",
        "provinsi",
    ),
    (
        "Mohon izin bertanya, kawasan kumuh dengan luas 149.999 m2 menjadi kewenangan provinsi "
        "atau pusat?",
        "provinsi",
    ),
    (
        "Dengan hormat, luas kawasan kumuh kami 99.500 meter persegi. Siapa yang berwenang "
        "menanganinya?",
        "kabkota",
    ),
    (
        "Perkenankan kami menanyakan, kawasan kumuh yang luasnya lebih dari 15 ha menjadi "
        "kewenangan tingkat mana?",
        "pusat",
    ),
    ("Kawasan kumuh dengan luas kurang dari 10 ha ditangani oleh siapa?", "kabkota"),
    (
        "Could you confirm which government is responsible for a slum area of exactly 10 hectares?",
        "provinsi",
    ),
    (
        "Mohon arahan, kawasan kumuh seluas 0,8 ha di Kelurahan Kasongan Lama menjadi urusan "
        "siapa?",
        "kabkota",
    ),
]

ROUND27_OUT_OF_SCOPE: list[str] = [
    "Mohon informasi prakiraan cuaca di Palangka Raya untuk pekan depan.",
    "Dengan hormat, siapa juara Liga 1 musim lalu?",
    "Could you recommend a suitable hotel near Tjilik Riwut Airport for our delegation?",
    "Mohon izin bertanya, bagaimana resep kue khas Dayak untuk acara Dharma Wanita?",
    (
        "Berapa total pagu anggaran Disperkimtan Provinsi Kalimantan Tengah pada APBD Tahun "
        "Anggaran 2026?"
    ),
    "Dengan hormat, berapa alokasi DAK Tematik PPKT untuk Kabupaten Kapuas pada tahun 2025?",
    (
        "Mohon informasi harga satuan paving block per meter persegi yang berlaku di Kota "
        "Palangka Raya tahun ini."
    ),
    "Berapa harga satuan beton K-250 dalam standar satuan harga Provinsi Kalteng tahun 2026?",
    (
        "Mohon izin bertanya, siapa pemenang tender pembangunan drainase lingkungan di Sampit "
        "tahun lalu?"
    ),
    (
        "Yth. Bapak/Ibu, mohon nomor telepon atau WhatsApp Kepala Bidang Kawasan Permukiman "
        "Disperkimtan."
    ),
    "Dengan hormat, mohon nomor rekening kas daerah provinsi untuk pengembalian kelebihan bayar.",
    (
        "Mohon penjelasan isi Peraturan Gubernur Kalimantan Selatan tentang bantuan rumah tidak "
        "layak huni."
    ),
    "Apa persyaratan bantuan bedah rumah dari Pemerintah Provinsi Jawa Barat?",
    (
        "Mohon bantuan, akun SIPD kami tidak dapat login dan muncul pesan 'session expired' saat "
        "menginput Renja."
    ),
    (
        "Dengan hormat, bagaimana mengatasi galat saat mengunggah RKA di SIPD menjelang batas "
        "penginputan?"
    ),
    "Mohon informasi jadwal seleksi PPPK di lingkungan Pemerintah Provinsi Kalimantan Tengah.",
    (
        "Perkenankan kami menanyakan prosedur mutasi ASN dari Pemerintah Kabupaten ke Dinas "
        "Perkimtan Provinsi."
    ),
    "Berapa besaran tambahan penghasilan pegawai di lingkungan Disperkimtan Provinsi?",
    (
        "Mohon petunjuk, berapa ketebalan minimal perkerasan beton rigid untuk jalan lingkungan "
        "sesuai standar teknis?"
    ),
    "Dengan hormat, berapa dimensi standar saluran U-ditch untuk drainase kawasan permukiman?",
    "Berapa kemiringan minimum saluran drainase lingkungan yang dipersyaratkan secara teknis?",
    (
        "What was the total amount of central government housing funding allocated to Central "
        "Kalimantan in 2025?"
    ),
    (
        "Mohon informasi angka backlog perumahan terkini di Kabupaten Kotawaringin Timur per "
        "kecamatan."
    ),
    (
        "Mohon izin bertanya, kapan pencairan dana BSPS tahap kedua tahun ini untuk Kabupaten "
        "Katingan?"
    ),
    "Dengan hormat, mohon dikirimkan salinan Perda RTRW Kabupaten Barito Utara yang berlaku.",
    "Berapa besaran retribusi PBG untuk rumah tinggal tipe 36 di Kota Palangka Raya?",
    "Bagaimana format laporan SPJ perjalanan dinas untuk menghadiri rapat koordinasi di provinsi?",
    (
        "Could you share the list of contractors who carried out provincial drainage works in "
        "Central Kalimantan last year?"
    ),
]
