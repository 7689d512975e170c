// Reference vocabularies of DOMAIN.md, each entry with a stable code and French and English labels.
// Extendable by data (add a MERGE here in a new numbered file), never by code changes.

UNWIND [
  {code: 'LOCAL_AUTHORITY', fr: 'Collectivité territoriale', en: 'Local authority'},
  {code: 'STATE', fr: 'Services et opérateurs de l’État', en: 'State services and agencies'},
  {code: 'COMPANY', fr: 'Entreprise', en: 'Company'},
  {code: 'SOCIAL_ECONOMY', fr: 'Structure de l’économie sociale et solidaire', en: 'Social and solidarity economy'},
  {code: 'ASSOCIATION', fr: 'Association', en: 'Association'},
  {code: 'FOUNDATION', fr: 'Fondation, fonds de dotation', en: 'Foundation, endowment fund'},
  {code: 'EDUCATION_RESEARCH', fr: 'Établissement scolaire, université, recherche', en: 'School, university, research'},
  {code: 'CITIZEN_INITIATIVE', fr: 'Initiative citoyenne', en: 'Citizen initiative'},
  {code: 'NETWORK', fr: 'Tête de réseau, catalyseur territorial', en: 'Network head, territorial catalyst'},
  {code: 'MEDIA', fr: 'Média', en: 'Media'}
] AS row
MERGE (s:Sector {code: row.code}) SET s.labelFr = row.fr, s.labelEn = row.en;

UNWIND [
  {code: 'PHILANTHROPY', fr: 'Mécénat (financier, en nature, de compétences)', en: 'Philanthropy (financial, in kind, skills)'},
  {code: 'RESPONSIBLE_PRACTICES', fr: 'Pratiques responsables', en: 'Responsible practices'},
  {code: 'ECONOMIC_COOPERATION', fr: 'Coopération économique', en: 'Economic cooperation'},
  {code: 'SOCIETAL_INNOVATION', fr: 'Innovation sociétale', en: 'Societal innovation'},
  {code: 'PUBLIC_CONTRACT', fr: 'Commande publique', en: 'Public contract'},
  {code: 'GRANT', fr: 'Subvention', en: 'Grant'}
] AS row
MERGE (t:PartnershipType {code: row.code}) SET t.labelFr = row.fr, t.labelEn = row.en;

UNWIND [
  {code: 'EDUCATION', fr: 'Éducation', en: 'Education'},
  {code: 'SOCIAL_FRAGILITIES', fr: 'Fragilités sociales', en: 'Social fragilities'},
  {code: 'MOBILITY', fr: 'Mobilité', en: 'Mobility'},
  {code: 'HEALTH', fr: 'Santé', en: 'Health'},
  {code: 'DIGITAL', fr: 'Numérique', en: 'Digital'},
  {code: 'FOOD', fr: 'Alimentation', en: 'Food'},
  {code: 'EMPLOYMENT_INTEGRATION', fr: 'Emploi et insertion', en: 'Employment and integration'},
  {code: 'ECONOMIC_DEVELOPMENT', fr: 'Développement économique', en: 'Economic development'},
  {code: 'ENVIRONMENT_BIODIVERSITY', fr: 'Environnement et biodiversité', en: 'Environment and biodiversity'},
  {code: 'ENERGY_CLIMATE', fr: 'Énergie et climat', en: 'Energy and climate'},
  {code: 'HOUSING', fr: 'Logement', en: 'Housing'},
  {code: 'CULTURE', fr: 'Culture', en: 'Culture'},
  {code: 'SPORT', fr: 'Sport', en: 'Sport'},
  {code: 'YOUTH', fr: 'Jeunesse', en: 'Youth'},
  {code: 'CITIZENSHIP_ENGAGEMENT', fr: 'Citoyenneté et engagement', en: 'Citizenship and engagement'},
  {code: 'TERRITORIAL_ARTICULATION', fr: 'Articulation territoriale', en: 'Territorial articulation'}
] AS row
MERGE (d:Domain {code: row.code}) SET d.labelFr = row.fr, d.labelEn = row.en;

UNWIND [
  {code: '1', fr: 'Pas de pauvreté', en: 'No poverty'},
  {code: '2', fr: 'Faim « zéro »', en: 'Zero hunger'},
  {code: '3', fr: 'Bonne santé et bien-être', en: 'Good health and well-being'},
  {code: '4', fr: 'Éducation de qualité', en: 'Quality education'},
  {code: '5', fr: 'Égalité entre les sexes', en: 'Gender equality'},
  {code: '6', fr: 'Eau propre et assainissement', en: 'Clean water and sanitation'},
  {code: '7', fr: 'Énergie propre et d’un coût abordable', en: 'Affordable and clean energy'},
  {code: '8', fr: 'Travail décent et croissance économique', en: 'Decent work and economic growth'},
  {code: '9', fr: 'Industrie, innovation et infrastructure', en: 'Industry, innovation and infrastructure'},
  {code: '10', fr: 'Inégalités réduites', en: 'Reduced inequalities'},
  {code: '11', fr: 'Villes et communautés durables', en: 'Sustainable cities and communities'},
  {code: '12', fr: 'Consommation et production responsables', en: 'Responsible consumption and production'},
  {code: '13', fr: 'Mesures relatives à la lutte contre les changements climatiques', en: 'Climate action'},
  {code: '14', fr: 'Vie aquatique', en: 'Life below water'},
  {code: '15', fr: 'Vie terrestre', en: 'Life on land'},
  {code: '16', fr: 'Paix, justice et institutions efficaces', en: 'Peace, justice and strong institutions'},
  {code: '17', fr: 'Partenariats pour la réalisation des objectifs', en: 'Partnerships for the goals'}
] AS row
MERGE (s:Sdg {code: row.code}) SET s.labelFr = row.fr, s.labelEn = row.en, s.number = toInteger(row.code);

UNWIND [
  {code: 'CAPITALISATION', fr: 'Capitalisation', en: 'Capitalisation'},
  {code: 'KNOWLEDGE', fr: 'Connaissance', en: 'Knowledge'},
  {code: 'SKILLS', fr: 'Compétences', en: 'Skills'},
  {code: 'CAPACITIES', fr: 'Capacités', en: 'Capacities'}
] AS row
MERGE (l:Lever {code: row.code}) SET l.labelFr = row.fr, l.labelEn = row.en;

UNWIND [
  {code: 'TERRITORIAL_ENGINEERING', fr: 'Fonds d’ingénierie territoriale', en: 'Territorial engineering fund'},
  {code: 'PARTNERSHIP_INNOVATION', fr: 'Fonds d’innovation partenariale', en: 'Partnership innovation fund'},
  {code: 'STRUCTURAL_INVESTMENT', fr: 'Fonds d’investissement structurel', en: 'Structural investment fund'}
] AS row
MERGE (f:FundingInstrument {code: row.code}) SET f.labelFr = row.fr, f.labelEn = row.en;

UNWIND [
  {code: 'TERRITORIAL_DIALOGUE', fr: 'Dialogue territorial', en: 'Territorial dialogue'},
  {code: 'COLLECTIVE_EXPERIMENTATION', fr: 'Expérimentation collective', en: 'Collective experimentation'},
  {code: 'SUPPORT', fr: 'Accompagnement', en: 'Support'},
  {code: 'PLACE_RUNNING', fr: 'Animation d’un lieu', en: 'Running a place'}
] AS row
MERGE (m:CatalystMission {code: row.code}) SET m.labelFr = row.fr, m.labelEn = row.en;

// Territory indicators that express a need in a domain. reference = national level (France, recent
// INSEE/DREES figures, rounded); higherIsWorse tells which way the need grows.
UNWIND [
  {code: 'POVERTY_RATE', fr: 'Taux de pauvreté (%)', en: 'Poverty rate (%)', domain: 'SOCIAL_FRAGILITIES', reference: 14.5, higherIsWorse: true},
  {code: 'UNEMPLOYMENT_RATE', fr: 'Taux de chômage (%)', en: 'Unemployment rate (%)', domain: 'EMPLOYMENT_INTEGRATION', reference: 7.4, higherIsWorse: true},
  {code: 'NEET_RATE', fr: 'Jeunes ni en emploi, ni en études, ni en formation (%)', en: 'Young people not in employment, education or training (%)', domain: 'YOUTH', reference: 12.0, higherIsWorse: true},
  {code: 'NO_DIPLOMA_RATE', fr: 'Part des non-diplômés (%)', en: 'Share without a diploma (%)', domain: 'EDUCATION', reference: 19.5, higherIsWorse: true},
  {code: 'GP_DENSITY', fr: 'Médecins généralistes pour 100 000 habitants', en: 'General practitioners per 100,000 inhabitants', domain: 'HEALTH', reference: 84.0, higherIsWorse: false},
  {code: 'CAR_DEPENDENCY_RATE', fr: 'Actifs allant travailler en voiture (%)', en: 'Workers commuting by car (%)', domain: 'MOBILITY', reference: 70.0, higherIsWorse: true},
  {code: 'DIGITAL_EXCLUSION_RATE', fr: 'Personnes éloignées du numérique (%)', en: 'People excluded from digital services (%)', domain: 'DIGITAL', reference: 16.0, higherIsWorse: true},
  {code: 'FOOD_INSECURITY_RATE', fr: 'Personnes en insécurité alimentaire (%)', en: 'People in food insecurity (%)', domain: 'FOOD', reference: 11.0, higherIsWorse: true},
  {code: 'POOR_HOUSING_RATE', fr: 'Logements potentiellement indignes (%)', en: 'Potentially substandard housing (%)', domain: 'HOUSING', reference: 4.0, higherIsWorse: true},
  {code: 'ENERGY_POVERTY_RATE', fr: 'Ménages en précarité énergétique (%)', en: 'Households in energy poverty (%)', domain: 'ENERGY_CLIMATE', reference: 11.0, higherIsWorse: true}
] AS row
MERGE (i:Indicator {code: row.code})
SET i.labelFr = row.fr, i.labelEn = row.en, i.reference = row.reference, i.higherIsWorse = row.higherIsWorse
WITH i, row
MATCH (d:Domain {code: row.domain})
MERGE (i)-[:MEASURES_NEED_IN]->(d);
