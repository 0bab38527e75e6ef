import { count, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { inSystem } from '@/db/context';
import { kommune, samarbeid, team, tjeneste, tjenesteSamarbeid, users } from '@/db/schema';
import { syncAll } from '@/modules/arshjul/syncAll';
import { osloToday } from '@/modules/core/clock';
import { hashPassword } from '@/modules/core/password';
import { ROLLER, type Rolle } from '@/modules/core/policy';
import { seedCases } from '@/seed/cases';
import { seedFosterfamilie } from '@/seed/fosterfamilie';
import { seedHistory } from '@/seed/history';
import { seedKatalog } from '@/seed/katalog';
import { createNameGenerator, createRandom } from '@/seed/names';
import { seedProgrammer } from '@/seed/programmer';
import { seedRekruttering } from '@/seed/rekruttering';
import { seedSamvaer } from '@/seed/samvaer';
import { seedTilbakeforing } from '@/seed/tilbakeforing';

/** The password of every demo account (README, "Demo accounts"). Never used outside demo data. */
export const DEMO_PASSWORD = 'Landsby-demo-2026';

type DemoTjeneste = {
  kode: string;
  navn: string;
  navnNn?: string;
  interkommunal: boolean;
  /** SSB municipality numbers and names (domain.md §7). */
  kommuner: [string, string][];
  team: string[];
};

/** Real Vestland municipalities; the services, teams and people are invented. */
export const DEMO_TJENESTER: DemoTjeneste[] = [
  {
    kode: 'bergen',
    navn: 'Bergen kommune, barnevernstjenesten',
    interkommunal: false,
    kommuner: [['4601', 'Bergen']],
    team: ['Fosterhjemsteam Nord', 'Fosterhjemsteam Sør', 'Ettervernsteamet'],
  },
  {
    kode: 'hv',
    navn: 'Barnevernstjenesten i Hardanger og Voss',
    navnNn: 'Barnevernstenesta i Hardanger og Voss',
    interkommunal: true,
    kommuner: [
      ['4619', 'Eidfjord'],
      ['4620', 'Ulvik'],
      ['4621', 'Voss'],
      ['4622', 'Kvam'],
    ],
    team: ['Fosterheimsteamet', 'Familieteamet'],
  },
  {
    kode: 'oygarden',
    navn: 'Øygarden kommune, barneverntjenesten',
    navnNn: 'Øygarden kommune, barnevernstenesta',
    interkommunal: false,
    kommuner: [['4626', 'Øygarden']],
    team: ['Team omsorg', 'Team fosterhjem'],
  },
];

/**
 * The Bufetat unit that recruits and trains foster homes with the municipalities (Zip-team,
 * seeds/003 §5.8.1). It has no children or municipalities of its own: only recruiters, a head
 * and an administrator sign in.
 */
export const DEMO_BUFETAT = {
  kode: 'bufetat',
  navn: 'Bufetat region vest, fosterhjemstjenesten',
  navnNn: 'Bufetat region vest, fosterheimstenesta',
  team: 'Zip-team Vestland',
  roller: ['rekrutterer', 'leder', 'admin'] as Rolle[],
};

const DEMO_SAMARBEID = [
  {
    navn: 'Læringsnettverk fosterhjem Vestland',
    type: 'laeringsnettverk' as const,
    medlemmer: ['bergen', 'hv', 'oygarden'],
  },
  {
    navn: 'Kurssamarbeid Bergensregionen',
    type: 'interkommunalt' as const,
    medlemmer: ['bergen', 'oygarden'],
  },
  {
    navn: 'Zip-team Vestland',
    type: 'rekruttering' as const,
    medlemmer: ['bufetat', 'bergen', 'oygarden'],
  },
];

/** Roles that work in a team; the others work across the service. */
const TEAM_ROLLER: Rolle[] = ['kontaktperson', 'teamleder', 'veileder'];

export async function seedDemoIfEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(tjeneste);
  if ((row?.n ?? 0) > 0) return false;
  await seedDemo(db);
  return true;
}

/**
 * Fills an empty database with demo services, municipalities, collaborations, teams and
 * users: one sign-in account per role and service (`<rolle>.<kode>`), plus colleagues who
 * sign in through the identity provider only; then each service's children with several years
 * of history (src/seed/cases.ts), relative to today's date in Norway. Deterministic: the same
 * seed, the same people and histories.
 */
export type SeedOptions = {
  seed?: number;
  /** Children, foster homes, placements and their history; API tests that make their own data skip them. */
  cases?: boolean;
};

export async function seedDemo(db: Db, options: SeedOptions = {}): Promise<void> {
  const { seed = 2026, cases = true } = options;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const people = createNameGenerator(createRandom(seed));
  const today = osloToday();
  await inSystem(db, async (tx) => {
    const ids = new Map<string, string>();
    const katalogTjenester = new Map<string, { id: string; lederId: string }>();
    for (const [index, t] of DEMO_TJENESTER.entries()) {
      const [created] = await tx
        .insert(tjeneste)
        .values({ kode: t.kode, navn: t.navn, navnNn: t.navnNn ?? null, interkommunal: t.interkommunal })
        .returning();
      if (!created) throw new Error('insert failed');
      ids.set(t.kode, created.id);
      await tx
        .insert(kommune)
        .values(t.kommuner.map(([nummer, navn]) => ({ nummer, navn, tjenesteId: created.id })));
      const teams = await tx
        .insert(team)
        .values(t.team.map((navn) => ({ navn, tjenesteId: created.id })))
        .returning();
      const staff = await seedUsers(
        tx,
        { tjenesteId: created.id, kode: t.kode, teamIds: teams.map((x) => x.id) },
        passwordHash,
        people,
      );
      katalogTjenester.set(t.kode, {
        id: created.id,
        lederId: staff.find((s) => s.rolle === 'leder')?.id ?? (staff[0]?.id as string),
      });
      if (!cases) continue;
      // A random stream of its own per service, so one service's cases do not shift another's.
      await seedCases(
        tx,
        {
          tjenesteId: created.id,
          kode: t.kode,
          users: staff,
          teamIds: teams.map((x) => x.id),
          kommuner: t.kommuner,
          ettervernTeamId: teams.find((x) => x.navn === 'Ettervernsteamet')?.id ?? null,
          malform: t.kode === 'hv' ? 'nn' : 'nb',
        },
        createRandom(seed + 7919 * (index + 1)),
        today,
      );
      // Years of recorded visits, reports and evaluations, so the årshjul has a history.
      await seedHistory(tx, created.id, createRandom(seed + 104_729 * (index + 1)), today);
      // Reunification assessments of each kind, a draft, and a safe reunification plan under way.
      await seedTilbakeforing(tx, created.id, t.kode === 'hv' ? 'nn' : 'nb', today);
      // Courses offered and taken, and guidance sessions, for the foster homes.
      await seedFosterfamilie(tx, created.id, t.kode === 'hv' ? 'nn' : 'nb', today);
    }
    const bufetat = await seedBufetat(tx, passwordHash, people);
    ids.set(DEMO_BUFETAT.kode, bufetat);
    for (const s of DEMO_SAMARBEID) {
      const [created] = await tx.insert(samarbeid).values({ navn: s.navn, type: s.type }).returning();
      if (!created) throw new Error('insert failed');
      await tx
        .insert(tjenesteSamarbeid)
        .values(
          s.medlemmer.map((kode) => ({ samarbeidId: created.id, tjenesteId: ids.get(kode) as string })),
        );
    }
    // The treasure map: what each service has adopted switches its templates and programmes on.
    await seedKatalog(tx, katalogTjenester, today);
    // Contact plans and sessions for children on a care order (after the catalogue: reviews use its templates).
    const kommunaleIds = [...ids.entries()]
      .filter(([kode]) => kode !== DEMO_BUFETAT.kode)
      .map(([, id]) => id);
    if (cases) await seedSamvaer(tx, kommunaleIds, createRandom(seed + 15_485_863), today);
    // En god start for new foster homes, Veien videre for parents after a care order.
    if (cases) await seedProgrammer(tx, kommunaleIds, today);
    // Recruitment with Bufetat (Zip-team): families in every stage, shared with consent.
    if (cases)
      await seedRekruttering(
        tx,
        { bufetat, bergen: ids.get('bergen') as string, oygarden: ids.get('oygarden') as string },
        createRandom(seed + 32_452_843),
        today,
      );
  });
  if (cases) await syncAll(db);
}

async function seedBufetat(
  tx: Tx,
  passwordHash: string,
  people: ReturnType<typeof createNameGenerator>,
): Promise<string> {
  const { kode, navn, navnNn } = DEMO_BUFETAT;
  const [created] = await tx
    .insert(tjeneste)
    .values({ kode, navn, navnNn, interkommunal: false, organisasjonstype: 'bufetat' })
    .returning();
  if (!created) throw new Error('insert failed');
  const [zip] = await tx.insert(team).values({ navn: DEMO_BUFETAT.team, tjenesteId: created.id }).returning();
  if (!zip) throw new Error('insert failed');
  await tx.insert(users).values(
    DEMO_BUFETAT.roller.map((rolle) => {
      const { navn: personNavn } = people.uniquePerson();
      return {
        tjenesteId: created.id,
        teamId: rolle === 'rekrutterer' ? zip.id : null,
        username: `${rolle}.${kode}`,
        navn: personNavn,
        epost: `${rolle}.${kode}@${kode}.demo.landsby.no`,
        rolle,
        sprak: 'nb' as const,
        passwordHash,
      };
    }),
  );
  return created.id;
}

async function seedUsers(
  tx: Tx,
  t: { tjenesteId: string; kode: string; teamIds: string[] },
  passwordHash: string,
  people: ReturnType<typeof createNameGenerator>,
) {
  const mail = (navn: string) =>
    `${navn
      .toLowerCase()
      .replaceAll('æ', 'ae')
      .replaceAll('ø', 'o')
      .replaceAll('å', 'a')
      .replace(/[^a-z]+/g, '.')}@${t.kode}.demo.landsby.no`;
  const sprak = t.kode === 'hv' ? 'nn' : 'nb';
  const rows: (typeof users.$inferInsert)[] = ROLLER.map((rolle) => {
    const { navn } = people.uniquePerson();
    return {
      tjenesteId: t.tjenesteId,
      teamId: TEAM_ROLLER.includes(rolle) ? (t.teamIds[0] ?? null) : null,
      username: `${rolle}.${t.kode}`,
      navn,
      epost: mail(navn),
      rolle,
      sprak,
      passwordHash,
    };
  });
  // Colleagues in every team, signing in through the identity provider (no local password).
  for (const teamId of t.teamIds) {
    for (let i = 0; i < 3; i++) {
      const { navn } = people.uniquePerson();
      rows.push({
        tjenesteId: t.tjenesteId,
        teamId,
        username: mail(navn).split('@')[0] ?? navn,
        navn,
        epost: mail(navn),
        rolle: 'kontaktperson',
        sprak,
        passwordHash: null,
      });
    }
  }
  return tx
    .insert(users)
    .values(rows)
    .returning({ id: users.id, rolle: users.rolle, teamId: users.teamId, username: users.username });
}

/** Drops every table and migration record, so the next open migrates a clean database. */
export async function dropEverything(db: Db): Promise<void> {
  await db.execute(sql`drop schema if exists drizzle cascade`);
  await db.execute(sql`drop schema public cascade`);
  await db.execute(sql`create schema public`);
}
