import { performance } from 'node:perf_hooks';
import type { Db, Tx } from '@/db/client';
import { inSystem } from '@/db/context';
import { beregnOppgaver, type Fakta, REGLER } from '@/domain/arshjul';
import { type AuditLink, GENESIS_HASH, hashLink } from '@/domain/auditChain';
import { syntheticFodselsnummer } from '@/domain/fodselsnummer';
import { erAktiv } from '@/domain/katalog';
import { KOMMUNER_2024 } from '@/domain/kommuner';
import { addDays, addMonths } from '@/domain/plasseringsforlop';
import { HORISONT_MANEDER } from '@/modules/arshjul/beregnEndringer';
import { osloToday } from '@/modules/core/clock';
import { hashPassword } from '@/modules/core/password';
import { tilhorer } from '@/modules/katalog/aktivering';
import { lastMaler } from '@/modules/maler/malFormat';
import { DEMO_PASSWORD } from '@/seed/demo';
import { createRandom, ETTERNAVN, FORNAVN_KVINNE, FORNAVN_MANN } from '@/seed/names';
import { fordel, type NasjonalTjeneste, planTjenester } from '@/seed/national/plan';
import { type Cell, insertRows } from '@/seed/national/sqlBatch';

/**
 * The national data set: all 357 municipalities grouped into services, about 9,500 children in
 * foster homes today and ten years of history behind them, for benchmarks and load tests at the
 * scale of the whole country (domain.md §7). Everything is synthetic and deterministic for a seed.
 * Rows go in with multi-row INSERTs as the owner (a system job, outside row-level security), one
 * transaction per county; the audit rows form a valid hash chain per service.
 */
export type NationalOptions = {
  /** 1 = the whole country (about 9,500 children in foster homes now); 0.1 for a quick run. */
  scale?: number;
  seed?: number;
  /** Today's date in Norway; the history runs ten years back from here. */
  today?: string;
  log?: (line: string) => void;
  /** Only these counties (first two digits of the municipality number), for quick tests. */
  fylker?: string[];
};

export type NationalSummary = {
  tjenester: number;
  kommuner: number;
  brukere: number;
  barnNa: number;
  rader: Record<string, number>;
  ms: number;
};

/** Children (0–17) living in foster homes in Norway now (domain.md §7: 9,450 at end of 2020). */
export const BARN_I_FOSTERHJEM = 9_500;
/** Children who lived in a foster home in the last ten years but no longer do, per child there now. */
const TIDLIGERE_PER_NA = 0.9;
const AR_HISTORIKK = 10;

type Rng = () => number;
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const between = (r: Rng, a: number, b: number) => a + Math.floor(r() * (b - a + 1));
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

/** A v4-shaped UUID from the seeded stream, so the same seed gives the same ids. */
function uuidFrom(r: Rng): string {
  let hex = '';
  for (let i = 0; i < 4; i++)
    hex += Math.floor(r() * 2 ** 32)
      .toString(16)
      .padStart(8, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((Number.parseInt(hex[16] as string, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const ROLLER_ALLTID = ['leder', 'admin', 'koordinator', 'rekrutterer', 'kursleder'] as const;

type Staff = { id: string; rolle: string; teamId: string | null };

type AuditDraft = {
  t: number;
  aktor: Staff;
  handling: string;
  entitetType: string;
  entitetId: string;
  detaljer: Record<string, unknown> | null;
};

/** Rows per table for one county, inserted together in one transaction. */
class Batch {
  readonly tables = new Map<string, { columns: string[]; rows: Cell[][] }>();
  add(table: string, columns: string[], row: Cell[]) {
    let t = this.tables.get(table);
    if (!t) {
      t = { columns, rows: [] };
      this.tables.set(table, t);
    }
    t.rows.push(row);
  }
  count(table: string) {
    return this.tables.get(table)?.rows.length ?? 0;
  }
}

/** Insert order respects the foreign keys. */
const ORDER = [
  'tjeneste',
  'kommune',
  'samarbeid',
  'tjeneste_samarbeid',
  'team',
  'users',
  'produkt_adopsjon',
  'barn',
  'familiemedlem',
  'fosterhjem',
  'fosterhjem_medlem',
  'plassering',
  'fosterhjemsavtale',
  'tildeling',
  'hyppighet_vedtak',
  'hendelse',
  'dokument',
  'oppgave',
  'programforlop',
  'programokt',
  'samvaersplan',
  'samvaer',
  'kurs_deltakelse',
  'veiledning',
  'tilbakeforingsvurdering',
  'audit_log',
  'audit_head',
];

async function writeBatch(tx: Tx, batch: Batch, totals: Record<string, number>) {
  const names = [...batch.tables.keys()].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  for (const name of names) {
    const t = batch.tables.get(name);
    if (!t) continue;
    await insertRows(tx, name, t.columns, t.rows);
    totals[name] = (totals[name] ?? 0) + t.rows.length;
  }
}

const VISIT_NOTES = [
  'Samtale med barnet alene på rommet. Barnet fortalte om skolen og vennene sine.',
  'Besøk i fosterhjemmet. Barnet viste fram tegninger og snakket om helgebesøket hos mor.',
  'Kort samtale med barnet; fosterforeldrene var til stede en del av tiden.',
  'Barnet var sliten etter skolen, men ville gjerne gå en tur og prate.',
];
const VEILEDNING_TEMA = [
  'Trygg base i hverdagen',
  'Samvær og reaksjoner etterpå',
  'Skole og lekser',
  'Søvn og rutiner',
  'Egne barn i fosterfamilien',
];
/** Unintended moves (domain.md §7: 1.1.3, 1.1.4, 1.2.x) and planned ones. */
const UTILSIKTET = ['1.1.3', '1.1.4', '1.2.1', '1.2.1', '1.2.2', '1.2.3'];
const PRODUKTER = [
  'p6_tilsyn_barnesamtale_arshjul',
  'sammen_om_samvaer',
  'vurderingstrakt',
  'en_god_start',
  'veien_videre',
];

export async function seedNational(db: Db, options: NationalOptions = {}): Promise<NationalSummary> {
  const scale = options.scale ?? 1;
  const seed = options.seed ?? 2026;
  const today = options.today ?? osloToday();
  const log = options.log ?? (() => {});
  const start = performance.now();
  const r = createRandom(seed);
  const id = () => uuidFrom(r);
  const totals: Record<string, number> = {};
  const maler = lastMaler();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // The whole country is planned first, so a county alone gets the same services as in the full set.
  const alle = planTjenester(r);
  const totalVekt = alle.reduce((s, t) => s + t.vekt, 0);
  const tjenester = alle.filter((t) => !options.fylker || options.fylker.includes(t.fylke));
  const andel = options.fylker ? tjenester.reduce((s, t) => s + t.vekt, 0) / totalVekt : 1;
  const barnNa = Math.max(tjenester.length, Math.round(BARN_I_FOSTERHJEM * scale * andel));
  // Every service has at least one child in a foster home; the rest by size.
  const antall = fordel(
    barnNa - tjenester.length,
    tjenester.map((t) => t.vekt),
  ).map((n) => n + 1);
  const historikkFra = addMonths(today, -12 * AR_HISTORIKK);
  const til = addMonths(today, HORISONT_MANEDER);
  let brukere = 0;

  // -- services, municipalities, networks, teams and staff: one transaction ------------------
  const staffBy = new Map<string, Staff[]>();
  /** The treasure-map products each service has adopted, and the products behind each rule. */
  const adoptertAv = new Map<string, Set<string>>();
  const regelProdukter = tilhorer('regler');
  const tjenesteId = new Map<string, string>();
  {
    const b = new Batch();
    const nettverk = new Map<string, string>();
    for (const [i, t] of tjenester.entries()) {
      const tid = id();
      tjenesteId.set(t.kode, tid);
      b.add(
        'tjeneste',
        ['id', 'kode', 'navn', 'navn_nn', 'interkommunal'],
        [tid, t.kode, t.navn, t.navnNn, t.interkommunal],
      );
      for (const [nr, navn] of t.kommuner)
        b.add('kommune', ['nummer', 'navn', 'tjeneste_id'], [nr, navn, tid]);
      // One learning network per county.
      let nid = nettverk.get(t.fylke);
      if (!nid) {
        nid = id();
        nettverk.set(t.fylke, nid);
        const fylkeNavn = KOMMUNER_2024[`${t.fylke}01`] ?? t.kommuner[0]?.[1];
        b.add(
          'samarbeid',
          ['id', 'navn', 'type'],
          [nid, `Læringsnettverk fosterhjem (fylke ${t.fylke}, ${fylkeNavn} m.fl.)`, 'laeringsnettverk'],
        );
      }
      b.add('tjeneste_samarbeid', ['tjeneste_id', 'samarbeid_id'], [tid, nid]);
      const n = antall[i] as number;
      const kontaktpersoner = Math.max(1, Math.ceil(n / 11));
      const teams = Math.max(1, Math.ceil(kontaktpersoner / 8));
      const teamIds: string[] = [];
      for (let k = 0; k < teams; k++) {
        const teamId = id();
        teamIds.push(teamId);
        b.add(
          'team',
          ['id', 'tjeneste_id', 'navn'],
          [teamId, tid, teams === 1 ? 'Fosterhjemsteamet' : `Fosterhjemsteam ${k + 1}`],
        );
      }
      const staff: Staff[] = [];
      const sprak = t.nynorsk ? 'nn' : 'nb';
      const person = (rolle: string, teamId: string | null, username: string) => {
        const kvinne = r() < 0.8;
        const navn = `${pick(r, kvinne ? FORNAVN_KVINNE : FORNAVN_MANN)} ${pick(r, ETTERNAVN)}`;
        const uid = id();
        b.add(
          'users',
          ['id', 'tjeneste_id', 'team_id', 'username', 'navn', 'epost', 'rolle', 'sprak', 'password_hash'],
          [
            uid,
            tid,
            teamId,
            username,
            navn,
            `${username}@${t.kode}.nasjonal.landsby.no`,
            rolle,
            sprak,
            passwordHash,
          ],
        );
        staff.push({ id: uid, rolle, teamId });
      };
      for (const rolle of ROLLER_ALLTID) person(rolle, null, `${rolle}.${t.kode}`);
      teamIds.forEach((teamId, k) => {
        person('teamleder', teamId, k === 0 ? `teamleder.${t.kode}` : `teamleder${k + 1}.${t.kode}`);
        person('veileder', teamId, k === 0 ? `veileder.${t.kode}` : `veileder${k + 1}.${t.kode}`);
      });
      for (let k = 0; k < kontaktpersoner; k++) {
        person(
          'kontaktperson',
          teamIds[k % teamIds.length] as string,
          k === 0 ? `kontaktperson.${t.kode}` : `kontaktperson${k + 1}.${t.kode}`,
        );
      }
      staffBy.set(t.kode, staff);
      brukere += staff.length;
      // The treasure map: each service has adopted some of the shared products.
      const leder = staff[0] as Staff;
      const adoptert = new Set<string>();
      adoptertAv.set(tid, adoptert);
      for (const produktId of PRODUKTER) {
        if (r() < 0.55) {
          adoptert.add(produktId);
          b.add(
            'produkt_adopsjon',
            ['id', 'tjeneste_id', 'produkt_id', 'status', 'adoptert_dato', 'endret_av'],
            [id(), tid, produktId, 'adoptert', addMonths(today, -between(r, 1, 48)), leder.id],
          );
        }
      }
    }
    await inSystem(db, (tx) => writeBatch(tx, b, totals));
    log(`${tjenester.length} services, ${totals.kommune ?? 0} municipalities, ${brukere} staff`);
  }

  // -- cases, one transaction per county ------------------------------------------------------
  const fylker = [...new Set(tjenester.map((t) => t.fylke))];
  let done = 0;
  for (const fylke of fylker) {
    const b = new Batch();
    const g0 = performance.now();
    for (const [i, t] of tjenester.entries()) {
      if (t.fylke !== fylke) continue;
      generateService(
        b,
        t,
        tjenesteId.get(t.kode) as string,
        staffBy.get(t.kode) as Staff[],
        antall[i] as number,
      );
      done += antall[i] as number;
    }
    const g1 = performance.now();
    await inSystem(db, (tx) => writeBatch(tx, b, totals));
    const g2 = performance.now();
    log(
      `county ${fylke} (made in ${Math.round(g1 - g0)} ms, written in ${Math.round(g2 - g1)} ms): ${b.count('barn')} children, ${b.count('hendelse')} events, ${b.count('oppgave')} tasks, ` +
        `${b.count('audit_log')} audit rows (${done}/${barnNa} children now in care, ${Math.round((performance.now() - start) / 1000)} s)`,
    );
  }
  return {
    tjenester: tjenester.length,
    kommuner: totals.kommune ?? 0,
    brukere,
    barnNa,
    rader: totals,
    ms: Math.round(performance.now() - start),
  };

  function generateService(b: Batch, t: NasjonalTjeneste, tid: string, staff: Staff[], naAntall: number) {
    const kontaktpersoner = staff.filter((s) => s.rolle === 'kontaktperson');
    const veiledere = staff.filter((s) => s.rolle === 'veileder');
    const leder = staff[0] as Staff;
    const audit: AuditDraft[] = [];
    const at = (
      dato: string,
      aktor: Staff,
      handling: string,
      entitetType: string,
      entitetId: string,
      detaljer: Record<string, unknown> | null = null,
    ) => {
      const ms = Date.parse(`${dato}T07:00:00Z`) + Math.floor(r() * 9 * 3_600_000);
      audit.push({ t: ms, aktor, handling, entitetType, entitetId, detaljer });
    };
    const kommuner = t.kommuner.map(([nr]) => nr);
    const fylkeKommuner = Object.keys(KOMMUNER_2024).filter((nr) => nr.startsWith(t.fylke));
    const alleKommuner = Object.keys(KOMMUNER_2024);
    const sprak = t.nynorsk ? 'nn' : 'nb';
    const hjemPool: { id: string; egneBarn: boolean; parents: string[] }[] = [];
    const aktiveHjem = new Set<string>();
    // A synthetic identity number, unique in the service (a few children share a birth date).
    const brukteNummer = new Set<string>();
    const fodselsnummer = (dato: string, kvinne: boolean) => {
      for (let i = 0; i < 20; i++) {
        const nr = syntheticFodselsnummer(dato, r, kvinne ? 'kvinne' : 'mann');
        if (!brukteNummer.has(nr)) {
          brukteNummer.add(nr);
          return nr;
        }
      }
      return null;
    };

    const newHome = (dato: string, kp: Staff, type: string) => {
      const hid = id();
      const etternavn = pick(r, ETTERNAVN);
      const u = r();
      const kommunenummer =
        u < 0.45 ? pick(r, kommuner) : u < 0.8 ? pick(r, fylkeKommuner) : pick(r, alleKommuner);
      b.add(
        'fosterhjem',
        ['id', 'tjeneste_id', 'navn', 'kommunenummer', 'godkjent_dato', 'kontaktperson_id', 'team_id'],
        [
          hid,
          tid,
          `Familien ${etternavn}`,
          kommunenummer,
          addDays(dato, -between(r, 7, 120)),
          kp.id,
          kp.teamId,
        ],
      );
      const parents: string[] = [];
      const adults = r() < 0.85 ? 2 : 1;
      for (let k = 0; k < adults; k++) {
        const mid = id();
        parents.push(mid);
        b.add(
          'fosterhjem_medlem',
          ['id', 'tjeneste_id', 'fosterhjem_id', 'rolle', 'fornavn', 'etternavn', 'fodselsdato'],
          [
            mid,
            tid,
            hid,
            'fosterforelder',
            pick(r, k === 0 ? FORNAVN_KVINNE : FORNAVN_MANN),
            etternavn,
            `${between(r, 1960, 1992)}-0${between(r, 1, 9)}-1${between(r, 0, 9)}`,
          ],
        );
        // Courses offered to each foster parent, most taken.
        for (const kurs of r() < 0.5 ? ['grunnopplaering', 'trygg_base'] : ['grunnopplaering']) {
          const tilbudt = addDays(dato, between(r, -60, 200));
          if (tilbudt > today) continue;
          const takketNei = r() < 0.08;
          const gjennomfort = !takketNei && r() < 0.8 ? addDays(tilbudt, between(r, 30, 150)) : null;
          b.add(
            'kurs_deltakelse',
            [
              'id',
              'tjeneste_id',
              'fosterhjem_id',
              'medlem_id',
              'kurs',
              'tilbudt',
              'gjennomfort',
              'takket_nei',
            ],
            [
              id(),
              tid,
              hid,
              mid,
              kurs,
              tilbudt,
              gjennomfort && gjennomfort <= today ? gjennomfort : null,
              takketNei,
            ],
          );
          at(tilbudt, kp, 'kurs.offer', 'kurs_deltakelse', hid, { kurs });
        }
      }
      const egneBarn = type !== 'beredskap' && r() < 0.4;
      if (egneBarn) {
        b.add(
          'fosterhjem_medlem',
          ['id', 'tjeneste_id', 'fosterhjem_id', 'rolle', 'fornavn', 'etternavn', 'fodselsdato'],
          [
            id(),
            tid,
            hid,
            'eget_barn',
            pick(r, r() < 0.5 ? FORNAVN_KVINNE : FORNAVN_MANN),
            etternavn,
            `${between(r, 2008, 2020)}-0${between(r, 1, 9)}-2${between(r, 0, 8)}`,
          ],
        );
      }
      at(dato, kp, 'fosterhjem.create', 'fosterhjem', hid);
      const home = { id: hid, egneBarn, parents };
      hjemPool.push(home);
      return home;
    };

    const tidligere = Math.round(naAntall * TIDLIGERE_PER_NA);
    for (let c = 0; c < naAntall + tidligere; c++) {
      const iCare = c < naAntall;
      const kp = kontaktpersoner[c % kontaktpersoner.length] as Staff;
      // Children in care now are 0–17; earlier children were placed some time in the ten years.
      const alderNa = iCare ? 0.5 + r() * 17.4 : 8 + r() * 19;
      const fodselsdato = addDays(today, -Math.floor(alderNa * 365.25));
      const attenAr = addMonths(fodselsdato, 216);
      const earliest = [addDays(fodselsdato, 60), historikkFra].sort().at(-1) as string;
      const latestStart = iCare
        ? addDays(today, -20)
        : [addMonths(today, -6), addMonths(attenAr, -6)].sort()[0];
      if (!latestStart || latestStart <= earliest) {
        if (!iCare) continue;
      }
      const span = Math.max(1, daysBetween(earliest, latestStart ?? today));
      const forste = addDays(earliest, Math.floor(Math.sqrt(r()) * span * 0.9));
      const kvinne = r() < 0.5;
      const bid = id();
      const etternavn = pick(r, ETTERNAVN);
      b.add(
        'barn',
        [
          'id',
          'tjeneste_id',
          'fornavn',
          'etternavn',
          'fodselsnummer',
          'fodselsdato',
          'kontaktperson_id',
          'team_id',
        ],
        [
          bid,
          tid,
          pick(r, kvinne ? FORNAVN_KVINNE : FORNAVN_MANN),
          etternavn,
          fodselsnummer(fodselsdato, kvinne),
          fodselsdato,
          kp.id,
          kp.teamId,
        ],
      );
      at(addDays(forste, -between(r, 1, 20)), kp, 'barn.create', 'barn', bid);
      b.add(
        'tildeling',
        ['id', 'tjeneste_id', 'barn_id', 'til_bruker_id', 'dato', 'registrert_av'],
        [id(), tid, bid, kp.id, addDays(forste, -1), leder.id],
      );
      // Parents: the mother always known, the father mostly.
      const foreldre: string[] = [];
      for (const relasjon of r() < 0.8 ? ['mor', 'far'] : ['mor']) {
        const fid = id();
        foreldre.push(fid);
        b.add(
          'familiemedlem',
          ['id', 'tjeneste_id', 'barn_id', 'relasjon', 'fornavn', 'etternavn', 'foreldreansvar'],
          [
            fid,
            tid,
            bid,
            relasjon,
            pick(r, relasjon === 'mor' ? FORNAVN_KVINNE : FORNAVN_MANN),
            r() < 0.6 ? etternavn : pick(r, ETTERNAVN),
            r() < 0.4,
          ],
        );
      }

      // Placements: half the children in care now have moved at least once (domain.md §7).
      const u = r();
      const antallPl = u < 0.5 ? 1 : u < 0.8 ? 2 : u < 0.95 ? 3 : 4;
      const slutt = iCare
        ? today
        : ([
            addDays(forste, between(r, 200, 2500)),
            addMonths(attenAr, between(r, 0, 30)),
            addMonths(today, -1),
          ].sort()[0] as string);
      const end = iCare ? today : slutt;
      const spanDays = daysBetween(forste, end);
      // Move dates: random points in the course, at least three weeks apart.
      const cuts: number[] = [];
      for (const c of Array.from({ length: antallPl - 1 }, () => 21 + Math.floor(r() * (spanDays - 42))).sort(
        (a, z) => a - z,
      )) {
        if (c - (cuts.at(-1) ?? 0) >= 21 && spanDays - c >= 21) cuts.push(c);
      }
      if (cuts.length && r() < 0.25) cuts[0] = Math.min(cuts[0] as number, between(r, 30, 200));
      const omsorg = r() < 0.8;
      const plasseringer: (Fakta['plasseringer'][number] & { type: string })[] = [];
      const bounds = [0, ...cuts, spanDays];
      for (let p = 0; p < bounds.length - 1; p++) {
        const last = p === bounds.length - 2;
        const fra = addDays(forste, bounds[p] as number);
        const utflytting: string | null = last && iCare ? null : addDays(forste, bounds[p + 1] as number);
        const type =
          p === 0 && !last && (bounds[1] as number) <= 200
            ? 'beredskap'
            : r() < 0.3
              ? 'slekt_nettverk'
              : 'ordinaer';
        const hjem = !last || r() < 0.85 || !hjemPool.length ? newHome(fra, kp, type) : pick(r, hjemPool);
        const pid = id();
        const hjemmel = type === 'beredskap' ? 'akutt' : omsorg ? 'bvl_5_1' : 'bvl_kap3';
        let avslutning: string | null = null;
        let arsakKode: string | null = null;
        let flyttingTil: string | null = null;
        if (utflytting) {
          if (!last) {
            const utilsiktet = type !== 'beredskap' && r() < 0.6;
            arsakKode = type === 'beredskap' ? '1.1.5' : utilsiktet ? pick(r, UTILSIKTET) : '1.1.5';
            avslutning = type === 'beredskap' || !utilsiktet ? 'planlagt' : 'utilsiktet';
            flyttingTil = r() < 0.3 ? '1' : '2';
          } else if (utflytting >= attenAr) {
            arsakKode = '1.1.2';
            avslutning = 'planlagt';
            flyttingTil = pick(r, ['5', '7', '7', '8']);
          } else {
            arsakKode = r() < 0.7 ? '1.1.1' : pick(r, UTILSIKTET);
            avslutning = arsakKode === '1.1.1' ? 'planlagt' : 'utilsiktet';
            flyttingTil = arsakKode === '1.1.1' ? '6' : pick(r, ['4', '6', '8']);
          }
        }
        b.add(
          'plassering',
          [
            'id',
            'tjeneste_id',
            'barn_id',
            'fosterhjem_id',
            'innflytting',
            'utflytting',
            'plasseringstype',
            'forsterket',
            'hjemmel',
            'avslutning',
            'initiativ',
            'arsak_kode',
            'flytting_til',
          ],
          [
            pid,
            tid,
            bid,
            hjem.id,
            fra,
            utflytting,
            type,
            type === 'ordinaer' && r() < 0.12,
            hjemmel,
            avslutning,
            avslutning === 'utilsiktet'
              ? arsakKode?.startsWith('1.2')
                ? 'fosterforeldre'
                : 'tjenesten'
              : avslutning
                ? 'tjenesten'
                : null,
            arsakKode,
            flyttingTil,
          ],
        );
        at(fra, kp, 'plassering.create', 'plassering', pid, { plasseringstype: type });
        if (utflytting) at(utflytting, kp, 'plassering.end', 'plassering', pid, { avslutning, arsakKode });
        plasseringer.push({ id: pid, fosterhjemId: hjem.id, innflytting: fra, utflytting, hjemmel, type });
      }

      // Agreements, some with an end date ahead (gives the agreement evaluation task).
      const avtaler: Fakta['avtaler'] = [];
      for (const p of plasseringer) {
        if (p.type === 'beredskap') continue;
        const aid = id();
        const sluttDato = p.utflytting ?? (r() < 0.3 ? addMonths(today, between(r, 4, 24)) : null);
        b.add(
          'fosterhjemsavtale',
          ['id', 'tjeneste_id', 'fosterhjem_id', 'plassering_id', 'start_dato', 'slutt_dato'],
          [aid, tid, p.fosterhjemId, p.id, p.innflytting, sluttDato],
        );
        avtaler.push({ id: aid, plasseringId: p.id, sluttDato });
      }
      // Visits reduced to two a year for some long, stable placements.
      const hyppighet: Fakta['hyppighet'] = [];
      for (const p of plasseringer) {
        if (!p.utflytting && daysBetween(p.innflytting, today) > 900 && r() < 0.3) {
          const vedtak = addMonths(p.innflytting, 25);
          for (const type of ['oppfolging', 'tilsyn'] as const) {
            hyppighet.push({ plasseringId: p.id, type, antall: 2, fra: vedtak });
            b.add(
              'hyppighet_vedtak',
              ['id', 'tjeneste_id', 'plassering_id', 'type', 'antall', 'fra', 'begrunnelse', 'vedtatt_av'],
              [
                id(),
                tid,
                p.id,
                type,
                2,
                vedtak,
                'Stabil plassering i over to år; barnet og fosterforeldrene er enige.',
                kp.id,
              ],
            );
          }
        }
      }
      const egne = plasseringer
        .filter((p) => hjemPool.find((h) => h.id === p.fosterhjemId)?.egneBarn)
        .map((p) => p.fosterhjemId);

      // Recorded work: most tasks done in their window, some late, some not at all.
      const diligence = r() < 0.2 ? 0.7 : 0.93;
      const hendelser: Fakta['hendelser'] = [];
      const fakta: Fakta = {
        fodselsdato,
        plasseringer,
        hyppighet,
        hendelser: [],
        avtaler,
        fosterhjemMedEgneBarn: egne,
      };
      const event = (
        type: Fakta['hendelser'][number]['type'],
        dato: string,
        plasseringId: string,
        extra: {
          ref?: string | null;
          medvirkning?: string;
          snakketAlene?: boolean;
          notat?: string | null;
        } = {},
      ) => {
        const hid = id();
        hendelser.push({ id: hid, type, dato, plasseringId, ref: extra.ref ?? null });
        b.add(
          'hendelse',
          [
            'id',
            'tjeneste_id',
            'barn_id',
            'plassering_id',
            'type',
            'dato',
            'ref',
            'medvirkning',
            'snakket_alene',
            'notat',
            'utfort_av',
          ],
          [
            hid,
            tid,
            bid,
            plasseringId,
            type,
            dato,
            extra.ref ?? null,
            extra.medvirkning ?? null,
            extra.snakketAlene ?? null,
            extra.notat ?? null,
            kp.id,
          ],
        );
        at(dato, kp, 'hendelse.create', 'hendelse', hid, { type });
        return hid;
      };
      for (const task of beregnOppgaver(fakta, today)) {
        if (task.regel === 'tilsynsrapport' || r() > diligence) continue;
        const window = Math.max(1, daysBetween(task.vinduStart, task.frist));
        const dato =
          r() < 0.08
            ? addDays(task.frist, between(r, 3, 22))
            : addDays(task.vinduStart, Math.floor(r() * window));
        if (dato > today) continue;
        const type = REGLER[task.regel].fullfortAv;
        if (type === 'oppfolgingsbesok') {
          const declined = r() < 0.06;
          event(type, dato, task.plasseringId, {
            medvirkning: declined ? '2.2' : r() < 0.85 ? '1.1' : '1.3',
            snakketAlene: !declined && r() < 0.8,
            notat: r() < 0.3 ? pick(r, VISIT_NOTES) : null,
          });
        } else if (type === 'tilsynsbesok') {
          event(type, dato, task.plasseringId, { medvirkning: '1.1', snakketAlene: true });
          const mottatt = addDays(dato, between(r, 3, 12));
          if (mottatt <= today) {
            const rapport = event('tilsynsrapport_mottatt', mottatt, task.plasseringId);
            const gjennomgatt = addDays(mottatt, between(r, 0, r() < 0.85 ? 12 : 30));
            if (gjennomgatt <= today)
              event('tilsynsrapport_gjennomgatt', gjennomgatt, task.plasseringId, { ref: rapport });
          }
        } else {
          event(type, dato, task.plasseringId, { ref: task.ref });
        }
      }
      // The tasks as the årshjul engine stores them (the same facts and horizon as syncOppgaver).
      const home = new Map(plasseringer.map((p) => [p.id, p.fosterhjemId]));
      for (const o of beregnOppgaver({ ...fakta, hendelser }, til)) {
        // As the engine: a local-practice rule from the treasure map only once adopted.
        if (!erAktiv(regelProdukter.get(o.regel), adoptertAv.get(tid) ?? new Set())) continue;
        b.add(
          'oppgave',
          [
            'id',
            'tjeneste_id',
            'barn_id',
            'plassering_id',
            'fosterhjem_id',
            'regel',
            'ref',
            'vindu_start',
            'frist',
            'hendelse_id',
            'fullfort_dato',
          ],
          [
            id(),
            tid,
            bid,
            o.plasseringId,
            home.get(o.plasseringId) as string,
            o.regel,
            o.ref ?? '',
            o.vinduStart,
            o.frist,
            o.hendelseId,
            o.fullfortDato,
          ],
        );
      }

      const aktiv = plasseringer.find((p) => !p.utflytting);
      if (!iCare || !aktiv) continue;
      aktiveHjem.add(aktiv.fosterhjemId);

      // Documents: a conversation with the child, some finished.
      if (r() < 0.5) {
        const malId = r() < 0.6 ? 'samtale_med_barn' : 'gjennomgang_tilsynsrapport';
        const mal = maler.get(malId);
        if (mal) {
          const did = id();
          const opprettet = addDays(today, -between(r, 1, 700));
          const ferdig = r() < 0.7;
          b.add(
            'dokument',
            [
              'id',
              'tjeneste_id',
              'barn_id',
              'mal_id',
              'mal_versjon',
              'mal',
              'sprak',
              'tittel',
              'innhold',
              'status',
              'forfatter_id',
              'ferdigstilt_av',
              'ferdigstilt',
              'created_at',
              'updated_at',
            ],
            [
              did,
              tid,
              bid,
              mal.id,
              mal.versjon,
              mal as unknown as Record<string, unknown>,
              sprak,
              `${mal.tittel[sprak]}`,
              {},
              ferdig ? 'ferdig' : 'utkast',
              kp.id,
              ferdig ? kp.id : null,
              ferdig ? new Date(`${addDays(opprettet, 3)}T12:00:00Z`) : null,
              new Date(`${opprettet}T10:00:00Z`),
              new Date(`${opprettet}T10:00:00Z`),
            ],
          );
          at(opprettet, kp, 'dokument.create', 'dokument', did, { malId });
        }
      }
      const programme = (
        programId: string,
        okter: number,
        foreslatt: string,
        ref: { plasseringId?: string; fosterhjemId?: string; familiemedlemId?: string },
      ) => {
        if (foreslatt > today) return;
        const fid = id();
        const svar = addDays(foreslatt, between(r, 3, 30));
        const status =
          svar > today
            ? 'foreslatt'
            : r() < 0.15
              ? 'avslatt'
              : daysBetween(svar, today) > okter * 45
                ? 'fullfort'
                : 'akseptert';
        b.add(
          'programforlop',
          [
            'id',
            'tjeneste_id',
            'program_id',
            'program_versjon',
            'barn_id',
            'plassering_id',
            'fosterhjem_id',
            'familiemedlem_id',
            'status',
            'foreslatt',
            'svar_dato',
            'ansvarlig_id',
          ],
          [
            fid,
            tid,
            programId,
            1,
            bid,
            ref.plasseringId ?? null,
            ref.fosterhjemId ?? null,
            ref.familiemedlemId ?? null,
            status,
            foreslatt,
            status === 'foreslatt' ? null : svar,
            kp.id,
          ],
        );
        at(foreslatt, kp, 'program.propose', 'programforlop', fid, { programId });
        if (status !== 'akseptert' && status !== 'fullfort') return;
        for (let n = 1; n <= okter; n++) {
          const dato = addDays(svar, n * between(r, 21, 45));
          const holdt = dato <= today;
          const avlyst = holdt && r() < 0.05;
          b.add(
            'programokt',
            ['id', 'tjeneste_id', 'forlop_id', 'nummer', 'planlagt', 'status', 'gjennomfort', 'deltakere'],
            [
              id(),
              tid,
              fid,
              n,
              new Date(`${dato}T16:00:00Z`),
              holdt ? (avlyst ? 'avlyst' : 'gjennomfort') : 'planlagt',
              holdt && !avlyst ? dato : null,
              holdt && !avlyst ? ['fosterforeldre', 'kontaktperson'] : [],
            ],
          );
          if (holdt) at(dato, kp, 'program.session_update', 'programokt', fid, { nummer: n });
        }
      };
      // En god start for new placements in ordinary homes; Veien videre for the mother after a care order.
      if (aktiv.type !== 'beredskap' && daysBetween(aktiv.innflytting, today) < 3 * 365 && r() < 0.45) {
        programme('en_god_start', 6, aktiv.innflytting, {
          plasseringId: aktiv.id,
          fosterhjemId: aktiv.fosterhjemId,
        });
      }
      if (omsorg && foreldre[0] && r() < 0.25) {
        programme('veien_videre', 4, addDays(forste, between(r, 30, 300)), { familiemedlemId: foreldre[0] });
      }
      // Contact with parents after a care order: the plan and the last year's sessions.
      if (omsorg && aktiv.hjemmel === 'bvl_5_1') {
        for (const fid of foreldre) {
          if (r() < 0.25) continue;
          const antallPer = pick(r, [1, 2, 4, 6]);
          const planFra = aktiv.innflytting;
          b.add(
            'samvaersplan',
            [
              'id',
              'tjeneste_id',
              'barn_id',
              'familiemedlem_id',
              'fra',
              'antall',
              'per',
              'varighet_timer',
              'tilsyn',
              'grunnlag',
              'registrert_av',
            ],
            [
              id(),
              tid,
              bid,
              fid,
              planFra,
              antallPer,
              'ar',
              between(r, 2, 6),
              pick(r, ['uten', 'stottet', 'beskyttet']),
              pick(r, ['nemnd', 'nemnd', 'avtale']),
              kp.id,
            ],
          );
          at(planFra, kp, 'samvaersplan.create', 'samvaersplan', bid);
          const every = Math.floor(365 / antallPer);
          for (
            let dato = [addMonths(today, -12), planFra].sort().at(-1) as string;
            dato <= addMonths(today, 2);
            dato = addDays(dato, every)
          ) {
            const past = dato <= today;
            const avlyst = past && r() < 0.12;
            b.add(
              'samvaer',
              [
                'id',
                'tjeneste_id',
                'barn_id',
                'familiemedlem_id',
                'dato',
                'status',
                'avlyst_arsak',
                'rapport_mottatt',
              ],
              [
                id(),
                tid,
                bid,
                fid,
                dato,
                past ? (avlyst ? 'avlyst' : 'gjennomfort') : 'planlagt',
                avlyst ? pick(r, ['forelder_mott_ikke', 'forelder_avlyste', 'barnet_syk']) : null,
                past && !avlyst && r() < 0.7 ? addDays(dato, between(r, 1, 10)) : null,
              ],
            );
            if (past) at(dato, kp, 'samvaer.create', 'samvaer', bid);
          }
        }
        if (r() < 0.3) {
          const vid = id();
          const opprettet = addDays(today, -between(r, 10, 400));
          b.add(
            'tilbakeforingsvurdering',
            ['id', 'tjeneste_id', 'barn_id', 'steg', 'opprettet_av', 'created_at'],
            [
              vid,
              tid,
              bid,
              r() < 0.5
                ? {
                    endring: {
                      svar: 'pa_vei',
                      grunnlag: 'Samtaler med foreldrene og rapporter fra samværene.',
                    },
                  }
                : {},
              kp.id,
              new Date(`${opprettet}T09:00:00Z`),
            ],
          );
          at(opprettet, kp, 'tilbakeforing.create', 'tilbakeforingsvurdering', vid);
        }
      }
    }
    // Guidance for the homes that have a child now: a few sessions a year, the last two years.
    for (const h of hjemPool.filter((x) => aktiveHjem.has(x.id))) {
      const veileder = veiledere.length ? pick(r, veiledere) : leder;
      for (
        let dato = addDays(addMonths(today, -24), between(r, 0, 90));
        dato <= today;
        dato = addDays(dato, between(r, 60, 150))
      ) {
        const vid = id();
        b.add(
          'veiledning',
          ['id', 'tjeneste_id', 'fosterhjem_id', 'dato', 'veileder_id', 'tema', 'registrert_av'],
          [vid, tid, h.id, dato, veileder.id, pick(r, VEILEDNING_TEMA), veileder.id],
        );
        at(dato, veileder, 'veiledning.create', 'veiledning', vid);
      }
    }

    // The service's audit chain, in time order, hashed with the real chain functions.
    audit.sort((a, c) => a.t - c.t);
    let forrige = GENESIS_HASH;
    audit.forEach((d, k) => {
      const link: AuditLink = {
        kjede: tid,
        sekvens: k + 1,
        tidspunkt: new Date(Math.min(d.t, Date.now() - 60_000)).toISOString(),
        tjenesteId: tid,
        aktorId: d.aktor.id,
        aktorRolle: d.aktor.rolle,
        handling: d.handling,
        entitetType: d.entitetType,
        entitetId: d.entitetId,
        formal: null,
        detaljer: d.detaljer,
        forrigeHash: forrige,
      };
      const hash = hashLink(link);
      b.add(
        'audit_log',
        [
          'kjede',
          'sekvens',
          'tidspunkt',
          'tjeneste_id',
          'aktor_id',
          'aktor_rolle',
          'handling',
          'entitet_type',
          'entitet_id',
          'formal',
          'detaljer',
          'forrige_hash',
          'hash',
        ],
        [
          link.kjede,
          link.sekvens,
          link.tidspunkt,
          tid,
          link.aktorId,
          link.aktorRolle,
          link.handling,
          link.entitetType,
          link.entitetId,
          null,
          link.detaljer,
          forrige,
          hash,
        ],
      );
      forrige = hash;
    });
    if (audit.length) b.add('audit_head', ['kjede', 'sekvens', 'hash'], [tid, audit.length, forrige]);
  }
}
