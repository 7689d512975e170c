// One colour per sector, the single source of the explorer page's and the report's palette
// (GET /api/v1/reference/sectors, attribute colour): Tableau 10, distinct for the common colour-vision
// deficiencies at the sizes drawn and each shown with its name in the legends. A sector added later by data
// gets its colour the same way, in a new numbered file.

UNWIND [
  {code: 'LOCAL_AUTHORITY', colour: '#4e79a7'},
  {code: 'STATE', colour: '#9c755f'},
  {code: 'COMPANY', colour: '#f28e2b'},
  {code: 'SOCIAL_ECONOMY', colour: '#59a14f'},
  {code: 'ASSOCIATION', colour: '#edc948'},
  {code: 'FOUNDATION', colour: '#b07aa1'},
  {code: 'EDUCATION_RESEARCH', colour: '#76b7b2'},
  {code: 'CITIZEN_INITIATIVE', colour: '#ff9da7'},
  {code: 'NETWORK', colour: '#e15759'},
  {code: 'MEDIA', colour: '#bab0ac'}
] AS row
MATCH (s:Sector {code: row.code})
SET s.colour = row.colour;
