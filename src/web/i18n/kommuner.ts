/**
 * Vestland's municipalities by SSB number (domain.md §7, the 2024 list). Proper names, the same in
 * bokmål and nynorsk. Foster homes may live in a neighbouring municipality, so the service's own
 * list (`GET /api/tjeneste`) is not enough to name them.
 */
const VESTLAND: Record<string, string> = {
  '4601': 'Bergen',
  '4602': 'Kinn',
  '4611': 'Etne',
  '4612': 'Sveio',
  '4613': 'Bømlo',
  '4614': 'Stord',
  '4615': 'Fitjar',
  '4616': 'Tysnes',
  '4617': 'Kvinnherad',
  '4618': 'Ullensvang',
  '4619': 'Eidfjord',
  '4620': 'Ulvik',
  '4621': 'Voss',
  '4622': 'Kvam',
  '4623': 'Samnanger',
  '4624': 'Bjørnafjorden',
  '4625': 'Austevoll',
  '4626': 'Øygarden',
  '4627': 'Askøy',
  '4628': 'Vaksdal',
  '4629': 'Modalen',
  '4630': 'Osterøy',
  '4631': 'Alver',
  '4632': 'Austrheim',
  '4633': 'Fedje',
  '4634': 'Masfjorden',
  '4635': 'Gulen',
  '4636': 'Solund',
  '4637': 'Hyllestad',
  '4638': 'Høyanger',
  '4639': 'Vik',
  '4640': 'Sogndal',
  '4641': 'Aurland',
  '4642': 'Lærdal',
  '4643': 'Årdal',
  '4644': 'Luster',
  '4645': 'Askvoll',
  '4646': 'Fjaler',
  '4647': 'Sunnfjord',
  '4648': 'Bremanger',
  '4649': 'Stad',
  '4650': 'Gloppen',
  '4651': 'Stryn',
};

/** "Bergen" for 4601; unknown numbers (outside Vestland) come back as null. */
export function kommunenavn(nummer: string | null | undefined): string | null {
  return nummer ? (VESTLAND[nummer] ?? null) : null;
}
