import { KOMMUNER_2024 } from '@/domain/kommuner';
import { STORE_KOMMUNER } from '@/seed/national/kommuner';

/** A child welfare service in the national data set: one municipality or an inter-municipal one. */
export type NasjonalTjeneste = {
  kode: string;
  navn: string;
  navnNn: string | null;
  interkommunal: boolean;
  kommuner: [string, string][];
  fylke: string;
  /** Whether the staff write nynorsk. */
  nynorsk: boolean;
  /** Relative size: its share of the country's foster children. */
  vekt: number;
};

const slug = (s: string) =>
  s
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Counties where most services write nynorsk (Vestland, Møre og Romsdal); a share of them do. */
const NYNORSK_FYLKER = new Set(['15', '46']);

const joinNames = (names: string[]) =>
  names.length === 1 ? (names[0] as string) : `${names.slice(0, -1).join(', ')} og ${names.at(-1)}`;

/**
 * Groups all 357 municipalities into services. Large municipalities run their own service;
 * each smaller one runs its own or joins an inter-municipal service with neighbours in the same
 * county (up to five municipalities, as is common in practice). Deterministic for a seed.
 */
export function planTjenester(random: () => number): NasjonalTjeneste[] {
  const byFylke = new Map<string, [string, string][]>();
  for (const [nr, navn] of Object.entries(KOMMUNER_2024)) {
    const fylke = nr.slice(0, 2);
    byFylke.set(fylke, [...(byFylke.get(fylke) ?? []), [nr, navn]]);
  }
  const out: NasjonalTjeneste[] = [];
  const koder = new Set<string>();
  const uniqueKode = (base: string, nr: string) => {
    const kode = koder.has(base) ? `${base}-${nr}` : base;
    koder.add(kode);
    return kode;
  };
  for (const [fylke, kommuner] of byFylke) {
    let gruppe: [string, string][] = [];
    let target = 0;
    const flush = () => {
      if (!gruppe.length) return;
      const names = gruppe.map(([, n]) => n);
      const interkommunal = gruppe.length > 1;
      const nynorsk = NYNORSK_FYLKER.has(fylke) && random() < 0.7;
      const vekt = gruppe.reduce((s, [nr]) => s + (STORE_KOMMUNER[nr] ?? 0.6 + random() * 2.4), 0);
      const first = gruppe[0] as [string, string];
      out.push({
        kode: uniqueKode(interkommunal ? `ik-${slug(first[1])}` : slug(first[1]), first[0]),
        navn: interkommunal
          ? `Barnevernstjenesten i ${joinNames(names)}`
          : `${first[1]} kommune, barnevernstjenesten`,
        navnNn: nynorsk
          ? interkommunal
            ? `Barnevernstenesta i ${joinNames(names)}`
            : `${first[1]} kommune, barnevernstenesta`
          : null,
        interkommunal,
        kommuner: gruppe,
        fylke,
        nynorsk,
        vekt,
      });
      gruppe = [];
    };
    for (const k of kommuner) {
      const stor = k[0] in STORE_KOMMUNER;
      if (stor || random() < 0.35) {
        // Alone: close any open group first.
        flush();
        gruppe = [k];
        flush();
        continue;
      }
      if (!gruppe.length) target = 2 + Math.floor(random() * 4);
      gruppe.push(k);
      if (gruppe.length >= target) flush();
    }
    flush();
  }
  return out;
}

/** Splits `total` over the services by weight (largest remainder), so the sum is exact. */
export function fordel(total: number, vekter: number[]): number[] {
  const sum = vekter.reduce((a, b) => a + b, 0);
  const raw = vekter.map((v) => (v / sum) * total);
  const out = raw.map(Math.floor);
  let rest = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (rest <= 0) break;
    out[i] = (out[i] as number) + 1;
    rest--;
  }
  return out;
}
