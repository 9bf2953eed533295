package planner

// worldDirectory lists the centres outside the US whose people present
// at ASTRO most often, and the institutions abroad most easily mistaken
// for them or for US programs (two national cancer centres, a Queen Mary
// in London and in Hong Kong, a St James's in Leeds and in Dublin, a
// Beaumont in Michigan and in Dublin, an Albert Einstein in the Bronx,
// Philadelphia and São Paulo). One line per institution: name | city |
// country | aliases separated by ";", as in directory. An alias shared by
// several institutions is resolved by the city, state or country printed
// with it; alone, it names all of them, and in a network map's
// Institution column it names the first one listed.
const worldDirectory = `
University of Toronto | Toronto | Canada | U of T; Princess Margaret Cancer Centre; Princess Margaret Hospital; Princess Margaret; PMCC; University Health Network; UHN; Sunnybrook Health Sciences Centre; Sunnybrook; Odette Cancer Centre; Temerty Faculty of Medicine
McGill University | Montreal | Canada | McGill University Health Centre; MUHC; Jewish General Hospital; Segal Cancer Centre
Centre hospitalier de l'Université de Montréal | Montreal | Canada | CHUM; Université de Montréal; CHUM Montreal; Centre Hospitalier de l'Universite de Montreal
CHU de Québec | Quebec City | Canada | CHU de Québec – Université Laval; Université Laval; Laval University
BC Cancer | Vancouver | Canada | BC Cancer Agency; University of British Columbia; UBC; BC Cancer Vancouver
Alberta Health Services | Calgary | Canada | Tom Baker Cancer Centre; Cross Cancer Institute; University of Calgary; University of Alberta
Juravinski Cancer Centre | Hamilton | Canada | McMaster University; Hamilton Health Sciences
Dalhousie University | Halifax | Canada | Nova Scotia Health; QEII Health Sciences Centre
London Health Sciences Centre | London | Canada/ON | Western University; London Regional Cancer Program; Verspeeten Family Cancer Centre
The Ottawa Hospital | Ottawa | Canada | University of Ottawa; Ottawa Hospital Cancer Centre
The Christie NHS Foundation Trust | Manchester | United Kingdom | The Christie; Christie Hospital; University of Manchester; Christie NHS Foundation Trust
The Royal Marsden NHS Foundation Trust | London | United Kingdom | Royal Marsden; The Royal Marsden; Royal Marsden Hospital; The Institute of Cancer Research; Institute of Cancer Research; ICR
University College London Hospitals | London | United Kingdom | UCLH; University College London; UCL; UCL Cancer Institute
Guy's and St Thomas' NHS Foundation Trust | London | United Kingdom | Guy's and St Thomas'; Guy's Cancer Centre; King's College London; KCL
Queen Mary University of London | London | United Kingdom | QMUL; Barts Cancer Institute; Barts Health NHS Trust; St Bartholomew's Hospital; Barts
Royal Free Hospital | London | United Kingdom | Royal Free London NHS Foundation Trust
Imperial College London | London | United Kingdom | Imperial College Healthcare NHS Trust; Charing Cross Hospital; Hammersmith Hospital
University of Oxford | Oxford | United Kingdom | Oxford University Hospitals; Oxford University Hospitals NHS Foundation Trust; Churchill Hospital
University of Cambridge | Cambridge | United Kingdom | Cambridge University Hospitals; Addenbrooke's Hospital
Leeds Teaching Hospitals NHS Trust | Leeds | United Kingdom | St James's Hospital; St James's University Hospital; St James's Institute of Oncology; Leeds Cancer Centre; University of Leeds; St James University Hospital; Leeds Teaching Hospitals
The Clatterbridge Cancer Centre | Liverpool | United Kingdom | Clatterbridge; University of Liverpool
Beatson West of Scotland Cancer Centre | Glasgow | United Kingdom | Beatson; University of Glasgow
Edinburgh Cancer Centre | Edinburgh | United Kingdom | University of Edinburgh; Western General Hospital
Velindre Cancer Centre | Cardiff | United Kingdom | Velindre; Cardiff University
St James's Hospital | Dublin | Ireland | St James's Hospital Dublin; St James Hospital; St. James's Hospital; Trinity College Dublin; Trinity St James's Cancer Institute
Beaumont Hospital | Dublin | Ireland | Beaumont Hospital Dublin; Beaumont RCSI Cancer Centre; Royal College of Surgeons in Ireland; RCSI
St Luke's Radiation Oncology Network | Dublin | Ireland | St Luke's Hospital Dublin; SLRON
Gustave Roussy | Villejuif | France | Institut Gustave Roussy; Gustave-Roussy; IGR
Institut Curie | Paris | France | Curie Institute
Centre Léon Bérard | Lyon | France | Centre Leon Berard; CLB
Centre Antoine Lacassagne | Nice | France | Centre Antoine-Lacassagne
Institut Bergonié | Bordeaux | France | Bergonié Institute
Heidelberg University Hospital | Heidelberg | Germany | Universitätsklinikum Heidelberg; University Hospital Heidelberg; Heidelberg University; University of Heidelberg; German Cancer Research Center; DKFZ; Heidelberg Ion-Beam Therapy Center; HIT; National Center for Tumor Diseases Heidelberg
Charité – Universitätsmedizin Berlin | Berlin | Germany | Charité; Charite; Charité Universitätsmedizin Berlin; Charite Universitatsmedizin Berlin
Technical University of Munich | Munich | Germany | TU München; TUM; Klinikum rechts der Isar; Technische Universität München
LMU University Hospital | Munich | Germany | LMU Klinikum; LMU Munich; Ludwig-Maximilians-Universität München; University Hospital LMU Munich
University Hospital Essen | Essen | Germany | Universitätsklinikum Essen; West German Cancer Center; University of Duisburg-Essen
Medical Center – University of Freiburg | Freiburg | Germany | Universitätsklinikum Freiburg; University of Freiburg; University Medical Center Freiburg
University Medical Center Hamburg-Eppendorf | Hamburg | Germany | Universitätsklinikum Hamburg-Eppendorf; UKE; UKE Hamburg
University Hospital of Cologne | Cologne | Germany | University of Cologne; Uniklinik Köln
University Hospital Würzburg | Würzburg | Germany | Universitätsklinikum Würzburg; University of Würzburg
University Hospital Zurich | Zurich | Switzerland | Universitätsspital Zürich; USZ; University of Zurich
University Hospital Basel | Basel | Switzerland | Universitätsspital Basel; University of Basel
Inselspital | Bern | Switzerland | Bern University Hospital; University of Bern
Medical University of Vienna | Vienna | Austria | Medizinische Universität Wien; MedUni Wien; Vienna General Hospital; AKH Wien
University of Vienna | Vienna | Austria | Universität Wien
Netherlands Cancer Institute | Amsterdam | Netherlands | NKI; NKI-AVL; Antoni van Leeuwenhoek; The Netherlands Cancer Institute – Antoni van Leeuwenhoek; Netherlands Cancer Institute-Antoni van Leeuwenhoek Hospital
University Medical Center Utrecht | Utrecht | Netherlands | UMC Utrecht; UMCU
Erasmus MC | Rotterdam | Netherlands | Erasmus Medical Center; Erasmus MC Cancer Institute; Erasmus University Medical Center
Leiden University Medical Center | Leiden | Netherlands | LUMC
Radboud University Medical Center | Nijmegen | Netherlands | Radboudumc; Radboud UMC
Maastro | Maastricht | Netherlands | Maastro Clinic; MAASTRO; Maastricht University Medical Center; Maastricht University Medical Center+; Maastricht University
KU Leuven | Leuven | Belgium | University Hospitals Leuven; UZ Leuven
Aarhus University Hospital | Aarhus | Denmark | Aarhus Universitetshospital; Aarhus University; Danish Centre for Particle Therapy
Rigshospitalet | Copenhagen | Denmark | Copenhagen University Hospital; University of Copenhagen
Odense University Hospital | Odense | Denmark | University of Southern Denmark
Karolinska University Hospital | Stockholm | Sweden | Karolinska; Karolinska Institutet; Karolinska Institute
Sahlgrenska University Hospital | Gothenburg | Sweden | Sahlgrenska; University of Gothenburg
Umeå University | Umeå | Sweden | Umeå University Hospital; Norrlands University Hospital
Oslo University Hospital | Oslo | Norway | Norwegian Radium Hospital; The Norwegian Radium Hospital; University of Oslo
Hospital Clínic de Barcelona | Barcelona | Spain | Hospital Clínic; Hospital Clinic Barcelona; University of Barcelona
Hospital Universitario La Paz | Madrid | Spain | La Paz University Hospital
Hospital Universitario 12 de Octubre | Madrid | Spain | Hospital 12 de Octubre; 12 de Octubre University Hospital
Clínica Universidad de Navarra | Pamplona | Spain | University of Navarra; Clinica Universidad de Navarra
MD Anderson Cancer Center Madrid | Madrid | Spain | MD Anderson Madrid
Fondazione IRCCS Istituto Nazionale dei Tumori | Milan | Italy | Istituto Nazionale dei Tumori; Istituto Nazionale Tumori; National Cancer Institute Milan; INT Milano; IRCCS Istituto Nazionale dei Tumori
Istituto Nazionale Tumori Regina Elena | Rome | Italy | Regina Elena National Cancer Institute; IRE
Fondazione Policlinico Universitario Agostino Gemelli IRCCS | Rome | Italy | Policlinico Gemelli; Gemelli; Fondazione Policlinico Universitario A. Gemelli IRCCS; Università Cattolica del Sacro Cuore; Catholic University of the Sacred Heart
Sapienza University of Rome | Rome | Italy | Sapienza; Policlinico Umberto I
European Institute of Oncology | Milan | Italy | IEO; Istituto Europeo di Oncologia
Instituto Português de Oncologia do Porto | Porto | Portugal | IPO Porto; IPO-Porto; Portuguese Oncology Institute of Porto
Instituto Português de Oncologia de Lisboa | Lisbon | Portugal | IPO Lisboa; Portuguese Oncology Institute of Lisbon
Maria Skłodowska-Curie National Research Institute of Oncology | Warsaw | Poland | Maria Sklodowska-Curie National Research Institute of Oncology; Maria Sklodowska-Curie Institute
Medical University of Gdańsk | Gdańsk | Poland | Gdańsk Medical University; Medical University of Gdansk; Gdansk Medical University
University of Gdańsk | Gdańsk | Poland | University of Gdansk
N.N. Blokhin National Medical Research Center of Oncology | Moscow | Russia | Blokhin Cancer Research Center; N. N. Blokhin National Medical Research Center of Oncology; Blokhin National Medical Research Center of Oncology; N.N. Blokhin Russian Cancer Research Center
N.N. Petrov National Medical Research Center of Oncology | St. Petersburg | Russia | Petrov National Medical Research Center of Oncology; N.N. Petrov Research Institute of Oncology; N. N. Petrov National Medical Research Center of Oncology
National Cancer Institute of Ukraine | Kyiv | Ukraine | National Cancer Institute; National Cancer Institute Kyiv
Tata Memorial Centre | Mumbai | India | Tata Memorial Hospital; Tata Memorial; TMC; TMH; Homi Bhabha National Institute; ACTREC; Advanced Centre for Treatment, Research and Education in Cancer; Tata Memorial Centre Mumbai
Tata Medical Center | Kolkata | India | Tata Medical Centre Kolkata
All India Institute of Medical Sciences | New Delhi | India | AIIMS; AIIMS New Delhi; All India Institute of Medical Sciences New Delhi; AIIMS Delhi
Postgraduate Institute of Medical Education and Research | Chandigarh | India | PGIMER; PGIMER Chandigarh; Post Graduate Institute of Medical Education and Research
Christian Medical College Vellore | Vellore | India | Christian Medical College; CMC Vellore
Christian Medical College Ludhiana | Ludhiana | India | Christian Medical College; CMC Ludhiana
Apollo Hospitals | Chennai | India | Apollo Cancer Centre; Apollo Cancer Hospital; Apollo Cancer Centres; Apollo Proton Cancer Centre; Apollo Hospitals Hyderabad
Kidwai Memorial Institute of Oncology | Bengaluru | India | Kidwai; KMIO
Fortis Memorial Research Institute | Gurugram | India | Fortis
Basavatarakam Indo American Cancer Hospital | Hyderabad | India | Basavatarakam Indo-American Cancer Hospital and Research Institute
Aga Khan University | Karachi | Pakistan | Aga Khan University Hospital; AKU; AKUH
Shaukat Khanum Memorial Cancer Hospital | Lahore | Pakistan | Shaukat Khanum Memorial Cancer Hospital and Research Centre; SKMCH
Bangabandhu Sheikh Mujib Medical University | Dhaka | Bangladesh | BSMMU
National Cancer Institute Sri Lanka | Maharagama | Sri Lanka | Apeksha Hospital; National Cancer Institute; National Cancer Institute Maharagama
National Cancer Center Japan | Tokyo | Japan | National Cancer Center; National Cancer Center Hospital; National Cancer Center Hospital East; National Cancer Center Tokyo; NCCH
National Cancer Center Korea | Goyang | Korea | National Cancer Center; National Cancer Center Goyang; NCC Korea
National Cancer Centre Singapore | Singapore | Singapore | NCCS; National Cancer Center Singapore
National University Hospital | Singapore | Singapore | NUH; National University Cancer Institute; National University Cancer Institute Singapore; NCIS; National University of Singapore; NUS; Yong Loo Lin School of Medicine; National University Hospital Singapore
University of Tokyo | Tokyo | Japan | The University of Tokyo Hospital; University of Tokyo Hospital; Tokyo University
Tokyo Medical University | Tokyo | Japan | Tokyo Medical University Hospital
Kyoto University | Kyoto | Japan | Kyoto University Hospital; Kyoto University Graduate School of Medicine
Kyoto Prefectural University of Medicine | Kyoto | Japan | KPUM
Osaka University | Suita | Japan | Osaka University Graduate School of Medicine; Osaka University Hospital
Osaka International Cancer Institute | Osaka | Japan | Osaka Medical Center for Cancer and Cardiovascular Diseases
Hokkaido University | Sapporo | Japan | Hokkaido University Hospital; Hokkaido University Graduate School of Medicine
Tohoku University | Sendai | Japan | Tohoku University Hospital
Seoul National University Hospital | Seoul | Korea | Seoul National University; Seoul National University College of Medicine; SNUH; Seoul National University Bundang Hospital
Samsung Medical Center | Seoul | Korea | Sungkyunkwan University School of Medicine; Sungkyunkwan University; SMC
Asan Medical Center | Seoul | Korea | University of Ulsan College of Medicine; Asan
Yonsei University | Seoul | Korea | Yonsei Cancer Center; Severance Hospital; Yonsei University College of Medicine; Yonsei University Health System
Seoul St. Mary's Hospital | Seoul | Korea | The Catholic University of Korea; Catholic University of Korea
Pusan National University Hospital | Busan | Korea | Pusan National University
Sun Yat-sen University Cancer Center | Guangzhou | China | SYSUCC; Sun Yat-sen University; Sun Yat-Sen University Cancer Centre
Fudan University Shanghai Cancer Center | Shanghai | China | FUSCC; Fudan University; Shanghai Cancer Center
Chinese Academy of Medical Sciences | Beijing | China | Cancer Hospital, Chinese Academy of Medical Sciences; National Cancer Center/Cancer Hospital, Chinese Academy of Medical Sciences and Peking Union Medical College; CAMS; Cancer Hospital Chinese Academy of Medical Sciences
Peking Union Medical College Hospital | Beijing | China | PUMCH
Peking University Third Hospital | Beijing | China | Peking University Third Hospital Beijing
Peking University Cancer Hospital | Beijing | China | Peking University Cancer Hospital and Institute; Beijing Cancer Hospital
Zhejiang Cancer Hospital | Hangzhou | China | Zhejiang Cancer Hospital Hangzhou
Sichuan Cancer Hospital | Chengdu | China | Sichuan Cancer Hospital and Institute
Shandong Cancer Hospital and Institute | Jinan | China | Shandong Cancer Hospital; Shandong First Medical University
Tianjin Medical University Cancer Institute and Hospital | Tianjin | China | Tianjin Medical University Cancer Hospital; Tianjin Cancer Hospital
Queen Mary Hospital | Hong Kong | Hong Kong | The University of Hong Kong; University of Hong Kong; HKU; Queen Mary Hospital Hong Kong
Prince of Wales Hospital | Hong Kong | Hong Kong | The Chinese University of Hong Kong; Chinese University of Hong Kong; CUHK
Prince of Wales Hospital Sydney | Sydney | Australia | Prince of Wales Hospital; Prince of Wales Hospital Randwick
Kaohsiung Chang Gung Memorial Hospital | Kaohsiung | Taiwan | Chang Gung Memorial Hospital Kaohsiung
King Chulalongkorn Memorial Hospital | Bangkok | Thailand | Chulalongkorn University; King Chulalongkorn Memorial Hospital Bangkok
University Malaya Medical Centre | Kuala Lumpur | Malaysia | University of Malaya; Universiti Malaya; UMMC Kuala Lumpur
Universiti Kebangsaan Malaysia | Kuala Lumpur | Malaysia | UKM Medical Centre; UKM; Hospital Canselor Tuanku Muhriz
Hospital Kuala Lumpur | Kuala Lumpur | Malaysia | HKL
Universiti Sains Malaysia | Kelantan | Malaysia | USM; Hospital Universiti Sains Malaysia
Sarawak General Hospital | Kuching | Malaysia | Sarawak General Hospital Kuching
Dharmais National Cancer Hospital | Jakarta | Indonesia | Dharmais Cancer Hospital; Dharmais
Peter MacCallum Cancer Centre | Melbourne | Australia | Peter MacCallum; Peter Mac; University of Melbourne
GenesisCare | Sydney | Australia | GenesisCare Australia
University of Sydney | Sydney | Australia | The University of Sydney; Royal Prince Alfred Hospital; Chris O'Brien Lifehouse
Royal North Shore Hospital | Sydney | Australia | Northern Sydney Cancer Centre
Westmead Hospital | Sydney | Australia | Crown Princess Mary Cancer Centre; Crown Princess Mary Cancer Centre Westmead
Royal Brisbane and Women's Hospital | Brisbane | Australia | RBWH; Royal Brisbane & Women's Hospital
Calvary Mater Newcastle | Newcastle | Australia | Calvary Mater Hospital; University of Newcastle
Royal Adelaide Hospital | Adelaide | Australia | University of Adelaide
Auckland City Hospital | Auckland | New Zealand | Auckland Radiation Oncology; University of Auckland
Christchurch Hospital | Christchurch | New Zealand | Canterbury District Health Board
Hospital Israelita Albert Einstein | São Paulo | Brazil | Albert Einstein Hospital; Einstein Hospital Israelita; Hospital Albert Einstein; Sociedade Beneficente Israelita Brasileira Albert Einstein
Instituto do Câncer do Estado de São Paulo | São Paulo | Brazil | ICESP; Instituto do Cancer do Estado de Sao Paulo; University of São Paulo; Universidade de São Paulo; USP
A.C.Camargo Cancer Center | São Paulo | Brazil | AC Camargo Cancer Center; A.C. Camargo Cancer Center; AC Camargo
Hospital Sírio-Libanês | São Paulo | Brazil | Hospital Sirio-Libanes; Hospital Sírio Libanês; Sírio-Libanês
Hospital Alemão Oswaldo Cruz | São Paulo | Brazil | Oswaldo Cruz German Hospital
Instituto Nacional de Câncer | Rio de Janeiro | Brazil | INCA; Instituto Nacional de Cancer; Brazilian National Cancer Institute; National Cancer Institute
Instituto Nacional de Cancerología México | Mexico City | Mexico | Instituto Nacional de Cancerología; Instituto Nacional de Cancerologia; INCan; National Cancer Institute
Hospital Universitario de Puebla | Puebla | Mexico | Benemérita Universidad Autónoma de Puebla
Instituto Nacional de Cancerología Colombia | Bogotá | Colombia | Instituto Nacional de Cancerología; Instituto Nacional de Cancerologia; INC Colombia; National Cancer Institute
Fundación Valle del Lili | Cali | Colombia | Fundacion Valle del Lili
Instituto Nacional de Enfermedades Neoplásicas | Lima | Peru | INEN; Instituto Nacional de Enfermedades Neoplasicas
Hospital Italiano de Buenos Aires | Buenos Aires | Argentina | Hospital Italiano
Hospital Alemán | Buenos Aires | Argentina | Hospital Aleman; German Hospital Buenos Aires
National Cancer Institute, Cairo | Cairo | Egypt | National Cancer Institute; NCI Cairo; NCI Egypt; National Cancer Institute Cairo University; Cairo University; Kasr Al Ainy
King Hussein Cancer Center | Amman | Jordan | KHCC; King Hussein Cancer Centre
American University of Beirut Medical Center | Beirut | Lebanon | American University of Beirut; AUBMC; AUB
Saint Joseph University | Beirut | Lebanon | Université Saint-Joseph; Hôtel-Dieu de France
King Faisal Specialist Hospital & Research Centre | Riyadh | Saudi Arabia | King Faisal Specialist Hospital; King Faisal Specialist Hospital and Research Centre; KFSHRC; KFSH&RC
King Fahad Medical City | Riyadh | Saudi Arabia | KFMC
Hamad Medical Corporation | Doha | Qatar | National Center for Cancer Care and Research; NCCCR; Hamad General Hospital
Lagos University Teaching Hospital | Lagos | Nigeria | LUTH; University of Lagos
University College Hospital, Ibadan | Ibadan | Nigeria | University College Hospital; University of Ibadan; UCH Ibadan
Groote Schuur Hospital | Cape Town | South Africa | University of Cape Town; UCT
CancerCare Manitoba | Winnipeg | Canada | University of Manitoba
Saskatchewan Cancer Agency | Saskatoon | Canada | University of Saskatchewan; Saskatoon Cancer Centre
University of Tsukuba | Tsukuba | Japan | Proton Medical Research Center, University of Tsukuba; University of Tsukuba Hospital
Gunma University | Maebashi | Japan | Gunma University Heavy Ion Medical Center; Gunma University Hospital
National Taiwan University Hospital | Taipei | Taiwan | National Taiwan University; NTUH
Chang Gung Memorial Hospital | Taoyuan | Taiwan | Linkou Chang Gung Memorial Hospital; Chang Gung University
Taipei Veterans General Hospital | Taipei | Taiwan | National Yang Ming Chiao Tung University
Institut Jules Bordet | Brussels | Belgium | Jules Bordet Institute; Hôpital Universitaire de Bruxelles
Paul Scherrer Institute | Villigen | Switzerland | PSI; Center for Proton Therapy
CNAO | Pavia | Italy | Centro Nazionale di Adroterapia Oncologica; National Center for Oncological Hadrontherapy
University Hospital Carl Gustav Carus | Dresden | Germany | OncoRay; TU Dresden; Technische Universität Dresden; University Hospital Dresden
University Hospital Tübingen | Tübingen | Germany | Universitätsklinikum Tübingen; University of Tübingen
Hadassah Medical Center | Jerusalem | Israel | Hadassah; Hebrew University of Jerusalem
Rabin Medical Center | Petah Tikva | Israel | Davidoff Cancer Center
Kenyatta National Hospital | Nairobi | Kenya | University of Nairobi
Uganda Cancer Institute | Kampala | Uganda | Makerere University
Tikur Anbessa Specialized Hospital | Addis Ababa | Ethiopia | Addis Ababa University
Korle Bu Teaching Hospital | Accra | Ghana | University of Ghana
Instituto Alexander Fleming | Buenos Aires | Argentina | Alexander Fleming Institute
Fundación Arturo López Pérez | Santiago | Chile | FALP; Fundacion Arturo Lopez Perez
Hospital de Clínicas de Porto Alegre | Porto Alegre | Brazil | Universidade Federal do Rio Grande do Sul; UFRGS
Hospital de Amor | Barretos | Brazil | Barretos Cancer Hospital; Hospital de Câncer de Barretos
Tehran University of Medical Sciences | Tehran | Iran | TUMS; Cancer Institute of Iran; Imam Khomeini Hospital Complex
Hacettepe University | Ankara | Turkey | Hacettepe University Faculty of Medicine
Masaryk Memorial Cancer Institute | Brno | Czech Republic | MMCI; Masarykův onkologický ústav
University of Medicine and Pharmacy at Ho Chi Minh City | Ho Chi Minh City | Vietnam | UMP HCMC
Vietnam National Cancer Hospital | Hanoi | Vietnam | K Hospital; National Cancer Hospital Vietnam
Bach Mai Hospital | Hanoi | Vietnam | Bach Mai
Cho Ray Hospital | Ho Chi Minh City | Vietnam | Cho Ray
Hanoi Medical University | Hanoi | Vietnam | HMU
Sheba Medical Center | Ramat Gan | Israel | Chaim Sheba Medical Center; Tel Aviv University
`
