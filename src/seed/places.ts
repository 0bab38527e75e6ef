/**
 * Real places in Vestland for demo addresses: SSB municipality numbers (domain.md §7) with a few
 * of their postcodes and post towns. Street names are common Norwegian ones, not checked against
 * any real address: together with invented people and house numbers, no real household is meant.
 */

export type Sted = { kommunenummer: string; kommune: string; postnummer: string; poststed: string };

/** Municipality number → [name, postcodes with post town]. */
export const VESTLAND_POSTSTEDER: Record<string, [string, [string, string][]]> = {
  '4601': [
    'Bergen',
    [
      ['5221', 'Nesttun'],
      ['5141', 'Fyllingsdalen'],
      ['5178', 'Loddefjord'],
      ['5132', 'Nyborg'],
      ['5260', 'Indre Arna'],
      ['5232', 'Paradis'],
      ['5253', 'Sandsli'],
      ['5055', 'Bergen'],
      ['5063', 'Bergen'],
      ['5097', 'Bergen'],
    ],
  ],
  '4618': [
    'Ullensvang',
    [
      ['5750', 'Odda'],
      ['5780', 'Kinsarvik'],
    ],
  ],
  '4619': ['Eidfjord', [['5783', 'Eidfjord']]],
  '4620': ['Ulvik', [['5730', 'Ulvik']]],
  '4621': [
    'Voss',
    [
      ['5700', 'Voss'],
      ['5704', 'Voss'],
      ['5710', 'Skulestadmo'],
      ['5713', 'Vossestrand'],
      ['5736', 'Granvin'],
    ],
  ],
  '4622': [
    'Kvam',
    [
      ['5600', 'Norheimsund'],
      ['5610', 'Øystese'],
      ['5620', 'Tørvikbygd'],
      ['5630', 'Strandebarm'],
    ],
  ],
  '4624': [
    'Bjørnafjorden',
    [
      ['5200', 'Os'],
      ['5640', 'Eikelandsosen'],
    ],
  ],
  '4626': [
    'Øygarden',
    [
      ['5353', 'Straume'],
      ['5363', 'Ågotnes'],
      ['5360', 'Kolltveit'],
      ['5380', 'Tælavåg'],
      ['5337', 'Rong'],
      ['5382', 'Skogsvåg'],
    ],
  ],
  '4627': [
    'Askøy',
    [
      ['5300', 'Kleppestø'],
      ['5306', 'Erdal'],
    ],
  ],
  '4628': [
    'Vaksdal',
    [
      ['5725', 'Vaksdal'],
      ['5722', 'Dalekvam'],
    ],
  ],
  '4630': ['Osterøy', [['5282', 'Lonevåg']]],
  '4631': [
    'Alver',
    [
      ['5918', 'Frekhaug'],
      ['5914', 'Isdalstø'],
      ['5955', 'Lindås'],
    ],
  ],
  '4640': [
    'Sogndal',
    [
      ['6856', 'Sogndal'],
      ['6863', 'Leikanger'],
    ],
  ],
  '4647': [
    'Sunnfjord',
    [
      ['6800', 'Førde'],
      ['6817', 'Naustdal'],
    ],
  ],
};

/** Municipalities elsewhere in Vestland where a service's foster homes also live, nearest first. */
export const NABOKOMMUNER: Record<string, string[]> = {
  bergen: ['4627', '4631', '4624', '4630', '4626', '4640', '4647'],
  hv: ['4618', '4628', '4601', '4624', '4640', '4647'],
  oygarden: ['4601', '4627', '4631', '4624', '4647'],
};
export const NABOKOMMUNER_STANDARD = ['4601', '4627', '4631', '4624', '4640', '4647'];

/** Municipalities whose streets the demo names in nynorsk form ("-vegen"). */
const BOKMAL_KOMMUNER = new Set(['4601', '4627']);

const GATER_NB = [
  'Lyngveien',
  'Bakkegata',
  'Bjørkeveien',
  'Fjellveien',
  'Skogveien',
  'Solbakken',
  'Granlia',
  'Kirkeveien',
  'Furuveien',
  'Myrveien',
  'Heiveien',
  'Sjøveien',
  'Eikeveien',
  'Rognstien',
  'Lønneveien',
] as const;

const GATER_NN = [
  'Lyngvegen',
  'Bakkevegen',
  'Bjørkevegen',
  'Fjellvegen',
  'Skogvegen',
  'Solbakken',
  'Granlia',
  'Kyrkjevegen',
  'Furuvegen',
  'Myrvegen',
  'Heivegen',
  'Sjøvegen',
  'Eikevegen',
  'Tunvegen',
  'Hagavegen',
] as const;

/** A street address in the municipality's written form, e.g. "Lyngveien 12" or "Tunvegen 3B". */
export function gateadresse(kommunenummer: string, random: () => number): string {
  const gater = BOKMAL_KOMMUNER.has(kommunenummer) ? GATER_NB : GATER_NN;
  const gate = gater[Math.floor(random() * gater.length)] ?? gater[0];
  const nummer = 1 + Math.floor(random() * 60);
  const bokstav = random() < 0.12 ? 'B' : '';
  return `${gate} ${nummer}${bokstav}`;
}

/** A place in the municipality (one of its postcodes), or null when the demo knows none. */
export function stedI(kommunenummer: string, random: () => number): Sted | null {
  const entry = VESTLAND_POSTSTEDER[kommunenummer];
  if (!entry) return null;
  const [kommune, poster] = entry;
  const post = poster[Math.floor(random() * poster.length)];
  if (!post) return null;
  return { kommunenummer, kommune, postnummer: post[0], poststed: post[1] };
}
