import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  char,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  time,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * One schema for PGlite and PostgreSQL. Every table holding personal data carries
 * `tjeneste_id` and is protected by row-level security (see migrations/0001_security.sql).
 * Domain nouns are Norwegian (ASCII-folded), technical words English: see docs/glossary.md.
 */

export const rolle = pgEnum('rolle', [
  'kontaktperson',
  'teamleder',
  'leder',
  'veileder',
  'kursleder',
  'rekrutterer',
  'koordinator',
  'admin',
]);

export const sprak = pgEnum('sprak', ['nb', 'nn']);

export const organisasjonstype = pgEnum('organisasjonstype', ['kommune', 'bufetat']);

/** `rekruttering`: Bufetat and municipalities recruiting foster homes together (Zip-team). */
export const samarbeidType = pgEnum('samarbeid_type', ['interkommunalt', 'laeringsnettverk', 'rekruttering']);

/** A collaboration of services: an inter-municipal cooperation or a learning network. */
export const samarbeid = pgTable('samarbeid', {
  id: uuid().primaryKey().defaultRandom(),
  navn: text().notNull(),
  type: samarbeidType().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** The tenant: one municipality's child welfare service, or an inter-municipal one. */
export const tjeneste = pgTable('tjeneste', {
  id: uuid().primaryKey().defaultRandom(),
  /** Short, stable key used in demo user names and configuration (e.g. "bergen"). */
  kode: text().notNull().unique(),
  navn: text().notNull(),
  /** The name in nynorsk where the service uses it officially; falls back to `navn`. */
  navnNn: text(),
  interkommunal: boolean().notNull().default(false),
  /** A municipal service, or a Bufetat unit (which recruits foster homes, domain.md §1.7). */
  organisasjonstype: organisasjonstype().notNull().default('kommune'),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const tjenesteSamarbeid = pgTable(
  'tjeneste_samarbeid',
  {
    tjenesteId: uuid()
      .notNull()
      .references(() => tjeneste.id, { onDelete: 'cascade' }),
    samarbeidId: uuid()
      .notNull()
      .references(() => samarbeid.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.tjenesteId, t.samarbeidId] })],
);

/** A municipality with its SSB number (domain.md §7), served by exactly one service. */
export const kommune = pgTable('kommune', {
  nummer: char({ length: 4 }).primaryKey(),
  navn: text().notNull(),
  tjenesteId: uuid()
    .notNull()
    .references(() => tjeneste.id),
});

export const team = pgTable(
  'team',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: uuid()
      .notNull()
      .references(() => tjeneste.id),
    navn: text().notNull(),
  },
  (t) => [index().on(t.tjenesteId)],
);

/** An employee account. Employees' names and e-mail are personal data: scoped by service. */
export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: uuid()
      .notNull()
      .references(() => tjeneste.id),
    teamId: uuid().references(() => team.id),
    username: text().notNull(),
    navn: text().notNull(),
    epost: text(),
    rolle: rolle().notNull(),
    sprak: sprak().notNull().default('nb'),
    /** argon2id hash; null for accounts that sign in through an identity provider only. */
    passwordHash: text(),
    aktiv: boolean().notNull().default(true),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_username_lower_idx').on(sql`lower(${t.username})`), index().on(t.tjenesteId)],
);

/** Server-side sessions. The cookie holds a random token; only its SHA-256 is stored. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tjenesteId: uuid()
      .notNull()
      .references(() => tjeneste.id),
    csrfToken: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.userId)],
);

/**
 * Append-only, hash-chained audit log. One chain per service (`kjede` = service id, or
 * "system" for events with no service, such as a failed sign-in with an unknown name).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    kjede: text().notNull(),
    sekvens: integer().notNull(),
    tidspunkt: timestamp({ withTimezone: true }).notNull(),
    tjenesteId: uuid().references(() => tjeneste.id),
    aktorId: uuid(),
    aktorRolle: text(),
    handling: text().notNull(),
    entitetType: text().notNull(),
    entitetId: text(),
    formal: text(),
    detaljer: jsonb().$type<Record<string, unknown>>(),
    forrigeHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [uniqueIndex().on(t.kjede, t.sekvens), index().on(t.tjenesteId, t.tidspunkt), index().on(t.aktorId)],
);

/** The last link of each chain, so that cutting rows off the end is detected too. */
export const auditHead = pgTable('audit_head', {
  kjede: text().primaryKey(),
  sekvens: integer().notNull(),
  hash: text().notNull(),
});

// ---------------------------------------------------------------------------------------------
// Children, families, foster homes and placements (the case model). Every table carries the
// service and sits behind row-level security (migrations/0003_case_security.sql).
// ---------------------------------------------------------------------------------------------

const tjenesteRef = () =>
  uuid()
    .notNull()
    .references(() => tjeneste.id);
const version = () => integer().notNull().default(1);
const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();

/** A child followed by the service. Either a validated identity number or a birth date only. */
export const barn = pgTable(
  'barn',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    fornavn: text().notNull(),
    etternavn: text().notNull(),
    /** Fødselsnummer, D-nummer or synthetic number (domain.md §8); null when not known. */
    fodselsnummer: text(),
    fodselsdato: date({ mode: 'string' }).notNull(),
    /** The child's languages, culture and religion (identity, seeds/003 §5.1 P6). */
    sprak: text().array().notNull().default(sql`'{}'::text[]`),
    kultur: text(),
    religion: text(),
    kontaktpersonId: uuid().references(() => users.id),
    teamId: uuid().references(() => team.id),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [
    index().on(t.tjenesteId),
    index().on(t.kontaktpersonId),
    uniqueIndex('barn_tjeneste_fodselsnummer_idx')
      .on(t.tjenesteId, t.fodselsnummer)
      .where(sql`${t.fodselsnummer} is not null`),
  ],
);

export const familieRelasjon = pgEnum('familie_relasjon', [
  'mor',
  'far',
  'forelder',
  'sosken',
  'halvsosken',
  'besteforelder',
  'tante_onkel',
  'annen',
]);

/** The child's parents and other family, with their relation to the child. */
export const familiemedlem = pgTable(
  'familiemedlem',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    barnId: uuid()
      .notNull()
      .references(() => barn.id, { onDelete: 'cascade' }),
    relasjon: familieRelasjon().notNull(),
    fornavn: text().notNull(),
    etternavn: text().notNull(),
    fodselsdato: date({ mode: 'string' }),
    telefon: text(),
    epost: text(),
    adresse: text(),
    /** Whether this person has parental responsibility (foreldreansvar). */
    foreldreansvar: boolean().notNull().default(false),
    /** A sibling who is also followed by the service (siblings placed apart). */
    sosken: uuid().references(() => barn.id),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.barnId)],
);

/** The foster home: a household. */
export const fosterhjem = pgTable(
  'fosterhjem',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    navn: text().notNull(),
    adresse: text(),
    postnummer: text(),
    poststed: text(),
    /** SSB number of the municipality the home lies in (may be outside the service). */
    kommunenummer: char({ length: 4 }),
    godkjentDato: date({ mode: 'string' }),
    kontaktpersonId: uuid().references(() => users.id),
    teamId: uuid().references(() => team.id),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.tjenesteId)],
);

export const husstandRolle = pgEnum('husstand_rolle', [
  'fosterforelder',
  'eget_barn',
  'annet_husstandsmedlem',
]);

/** The adults of the foster home, the family's own children and other household members. */
export const fosterhjemMedlem = pgTable(
  'fosterhjem_medlem',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    fosterhjemId: uuid()
      .notNull()
      .references(() => fosterhjem.id, { onDelete: 'cascade' }),
    rolle: husstandRolle().notNull(),
    fornavn: text().notNull(),
    etternavn: text().notNull(),
    fodselsdato: date({ mode: 'string' }),
    telefon: text(),
    epost: text(),
    version: version(),
  },
  (t) => [index().on(t.fosterhjemId)],
);

export const plasseringstype = pgEnum('plasseringstype', ['slekt_nettverk', 'ordinaer', 'beredskap']);
export const hjemmel = pgEnum('hjemmel', ['bvl_5_1', 'bvl_6_3', 'bvl_kap3', 'akutt']);
export const avslutning = pgEnum('avslutning', ['planlagt', 'utilsiktet']);
export const initiativ = pgEnum('initiativ', [
  'fosterforeldre',
  'tjenesten',
  'barnet',
  'foreldrene',
  'annet',
]);

/** The child's stay in a foster home, from move-in to move-out. */
export const plassering = pgTable(
  'plassering',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    barnId: uuid()
      .notNull()
      .references(() => barn.id, { onDelete: 'cascade' }),
    fosterhjemId: uuid()
      .notNull()
      .references(() => fosterhjem.id),
    innflytting: date({ mode: 'string' }).notNull(),
    utflytting: date({ mode: 'string' }),
    plasseringstype: plasseringstype().notNull(),
    forsterket: boolean().notNull().default(false),
    hjemmel: hjemmel().notNull(),
    avslutning: avslutning(),
    initiativ: initiativ(),
    /** SSB reason for a move from a foster home (ArsakFraType, domain.md §7), e.g. "1.2.1". */
    arsakKode: text(),
    /** SSB destination code (FlyttingTil 1–9, domain.md §7). */
    flyttingTil: text(),
    avslutningNotat: text(),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.barnId), index().on(t.fosterhjemId)],
);

/** The written agreement with the foster home, with its end date. */
export const fosterhjemsavtale = pgTable(
  'fosterhjemsavtale',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    fosterhjemId: uuid()
      .notNull()
      .references(() => fosterhjem.id, { onDelete: 'cascade' }),
    plasseringId: uuid().references(() => plassering.id, { onDelete: 'cascade' }),
    startDato: date({ mode: 'string' }).notNull(),
    sluttDato: date({ mode: 'string' }),
    version: version(),
  },
  // plassering_id: the årshjul engine reads a batch's agreements by their placements.
  (t) => [index().on(t.fosterhjemId), index().on(t.plasseringId)],
);

/**
 * Who follows a child or a foster home, and each change of contact person, with the handover
 * summary the new person reads first.
 */
export const tildeling = pgTable(
  'tildeling',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    barnId: uuid().references(() => barn.id, { onDelete: 'cascade' }),
    fosterhjemId: uuid().references(() => fosterhjem.id, { onDelete: 'cascade' }),
    fraBrukerId: uuid().references(() => users.id),
    tilBrukerId: uuid()
      .notNull()
      .references(() => users.id),
    dato: date({ mode: 'string' }).notNull(),
    /** What is planned, what is pending, and what matters to the child. */
    planlagt: text(),
    utestaende: text(),
    viktigForBarnet: text(),
    registrertAv: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.barnId), index().on(t.fosterhjemId)],
);

export const landsbyKategori = pgEnum('landsby_kategori', [
  'familie',
  'fosterfamilie',
  'skole_barnehage',
  'helse',
  'fritid',
  'hjelpere',
  'annet',
]);

/** Someone in the child's village (Landsbymodellen, seeds/003 §5.1.1). */
export const landsbymedlem = pgTable(
  'landsbymedlem',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    barnId: uuid()
      .notNull()
      .references(() => barn.id, { onDelete: 'cascade' }),
    kategori: landsbyKategori().notNull(),
    navn: text().notNull(),
    rolle: text().notNull(),
    kontakt: text(),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.barnId)],
);

/** The village's shared direction: goals everyone around the child works towards. */
export const landsbyMal = pgTable(
  'landsby_mal',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    barnId: uuid()
      .notNull()
      .references(() => barn.id, { onDelete: 'cascade' }),
    tekst: text().notNull(),
    avtaltDato: date({ mode: 'string' }).notNull(),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.barnId)],
);

/** A part of the child's life story (rammefortelling, seeds/003 §5.2.3), written over time. */
export const rammefortellingDel = pgTable(
  'rammefortelling_del',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    barnId: uuid()
      .notNull()
      .references(() => barn.id, { onDelete: 'cascade' }),
    tittel: text().notNull(),
    /** The period of the child's life the part tells about, in the writer's words. */
    periode: text(),
    tekst: text().notNull(),
    forfatterId: uuid()
      .notNull()
      .references(() => users.id),
    version: version(),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.barnId)],
);

/** Every saved version of a life-story part: author, time and text are never lost. */
export const rammefortellingVersjon = pgTable(
  'rammefortelling_versjon',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    delId: uuid()
      .notNull()
      .references(() => rammefortellingDel.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    tittel: text().notNull(),
    periode: text(),
    tekst: text().notNull(),
    forfatterId: uuid()
      .notNull()
      .references(() => users.id),
    lagret: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.delId, t.version)],
);

/**
 * A time-limited access to a record outside one's own caseload, with the stated purpose
 * (design §2: opening another child's record needs a purpose, which is logged).
 */
export const tilgang = pgTable(
  'tilgang',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    brukerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    entitetType: text().notNull(),
    entitetId: uuid().notNull(),
    formal: text().notNull(),
    gitt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    utloper: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.brukerId, t.entitetId)],
);

// ---------------------------------------------------------------------------------------------
// Årshjul: recorded events, visit-frequency decisions, the materialised tasks with their
// deviations, the service's local-practice settings and personal calendar feeds.
// ---------------------------------------------------------------------------------------------

export const hendelseType = pgEnum('hendelse_type', [
  'oppfolgingsbesok',
  'tilsynsbesok',
  'tilsynsrapport_mottatt',
  'tilsynsrapport_gjennomgatt',
  'plan_evaluert',
  'ettervern_vurdert',
  'avtale_evaluert',
  'foreldresamtale',
  'tilbakeforing_vurdert',
  'arlig_evaluering',
  'samtale_ovrige_barn',
]);

/** Something that happened in a case and completes a task: a visit, a report, an evaluation. */
export const hendelse = pgTable(
  'hendelse',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    barnId: uuid()
      .notNull()
      .references(() => barn.id, { onDelete: 'cascade' }),
    plasseringId: uuid().references(() => plassering.id, { onDelete: 'cascade' }),
    type: hendelseType().notNull(),
    dato: date({ mode: 'string' }).notNull(),
    /** Which plan, agreement or report the event is about, where the rule needs it. */
    ref: text(),
    /** How the child took part (SSB BarnetsMedvirkningType, domain.md §1.5), for visits. */
    medvirkning: text(),
    /** Whether the child spoke with the worker without the foster parents present (ffh. § 10). */
    snakketAlene: boolean(),
    notat: text(),
    utfortAv: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.barnId, t.dato)],
);

export const hyppighetType = pgEnum('hyppighet_type', ['oppfolging', 'tilsyn']);

/** A decision on the number of visits a year for a placement (SSB Hyppighet 4 or 2, from a date). */
export const hyppighetVedtak = pgTable(
  'hyppighet_vedtak',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    plasseringId: uuid()
      .notNull()
      .references(() => plassering.id, { onDelete: 'cascade' }),
    type: hyppighetType().notNull(),
    antall: integer().notNull(),
    fra: date({ mode: 'string' }).notNull(),
    begrunnelse: text().notNull(),
    vedtattAv: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.plasseringId)],
);

/** A task computed by the årshjul engine, kept so deviations and plans can be attached to it. */
export const oppgave = pgTable(
  'oppgave',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    barnId: uuid()
      .notNull()
      .references(() => barn.id, { onDelete: 'cascade' }),
    plasseringId: uuid()
      .notNull()
      .references(() => plassering.id, { onDelete: 'cascade' }),
    fosterhjemId: uuid()
      .notNull()
      .references(() => fosterhjem.id),
    regel: text().notNull(),
    ref: text().notNull().default(''),
    vinduStart: date({ mode: 'string' }).notNull(),
    frist: date({ mode: 'string' }).notNull(),
    hendelseId: uuid().references(() => hendelse.id, { onDelete: 'set null' }),
    fullfortDato: date({ mode: 'string' }),
    /** When the worker plans to do it (shown in the calendar feed). */
    planlagt: timestamp({ withTimezone: true }),
    /** A deviation: why it could not be done on time, and the new date. */
    avvikArsak: text(),
    avvikNyFrist: date({ mode: 'string' }),
    avvikRegistrertAv: uuid().references(() => users.id),
    version: version(),
  },
  (t) => [
    uniqueIndex('oppgave_naturlig_idx').on(t.plasseringId, t.regel, t.ref, t.vinduStart),
    index().on(t.barnId),
    index().on(t.tjenesteId, t.frist),
  ],
);

/** The service's numbers for the rules that are local practice ([U] in domain.md). */
export const arshjulInnstilling = pgTable('arshjul_innstilling', {
  tjenesteId: uuid()
    .primaryKey()
    .references(() => tjeneste.id),
  verdier: jsonb().notNull(),
  version: version(),
});

/** A personal, revocable calendar feed. Only the token's SHA-256 is stored. */
export const kalenderToken = pgTable(
  'kalender_token',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull().unique(),
    createdAt: createdAt(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.userId)],
);

/** Digests already sent, so a restart or a second node never sends the same day twice. */
export const varselSendt = pgTable(
  'varsel_sendt',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    dato: date({ mode: 'string' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex().on(t.userId, t.dato)],
);

// ---------------------------------------------------------------------------------------------
// Templates and documents: a service's adaptations of the shared templates, the documents
// written from them (with a snapshot of the template version) and their saved revisions.
// ---------------------------------------------------------------------------------------------

/** A service's own guidance and extra sections layered on a shared template. */
export const malTilpasning = pgTable(
  'mal_tilpasning',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    malId: text().notNull(),
    /** The version of the shared template the adaptation was made against. */
    basisVersjon: integer().notNull(),
    tilpasning: jsonb().notNull(),
    endretAv: uuid()
      .notNull()
      .references(() => users.id),
    endret: timestamp({ withTimezone: true }).notNull().defaultNow(),
    version: version(),
  },
  (t) => [uniqueIndex().on(t.tjenesteId, t.malId)],
);

export const dokumentStatus = pgEnum('dokument_status', ['utkast', 'til_godkjenning', 'ferdig', 'godkjent']);

/** A document written from a template about a child, a foster home or a parent. */
export const dokument = pgTable(
  'dokument',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    barnId: uuid().references(() => barn.id, { onDelete: 'cascade' }),
    fosterhjemId: uuid().references(() => fosterhjem.id, { onDelete: 'cascade' }),
    familiemedlemId: uuid().references(() => familiemedlem.id, { onDelete: 'cascade' }),
    /** A home-study report written during recruitment, before the family is a foster home. */
    rekrutteringssakId: uuid().references((): AnyPgColumn => rekrutteringssak.id, { onDelete: 'cascade' }),
    malId: text().notNull(),
    malVersjon: integer().notNull(),
    /** The template as it was (shared base + the service's adaptation) when the document began. */
    mal: jsonb().notNull(),
    sprak: sprak().notNull(),
    tittel: text().notNull(),
    innhold: jsonb().notNull(),
    status: dokumentStatus().notNull().default('utkast'),
    /** The document's version: 1, and one more each time a finished document is reopened. */
    versjon: integer().notNull().default(1),
    /** Optimistic lock for saves: every save must name the revision it was based on. */
    revisjon: integer().notNull().default(1),
    forfatterId: uuid()
      .notNull()
      .references(() => users.id),
    oppgaveId: uuid().references(() => oppgave.id, { onDelete: 'set null' }),
    ferdigstiltAv: uuid().references(() => users.id),
    ferdigstilt: timestamp({ withTimezone: true }),
    godkjentAv: uuid().references(() => users.id),
    godkjent: timestamp({ withTimezone: true }),
    returKommentar: text(),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.barnId), index().on(t.fosterhjemId), index().on(t.tjenesteId, t.status)],
);

/** Saved states of a document, for the version history and its diff. */
export const dokumentRevisjon = pgTable(
  'dokument_revisjon',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    dokumentId: uuid()
      .notNull()
      .references(() => dokument.id, { onDelete: 'cascade' }),
    versjon: integer().notNull(),
    revisjon: integer().notNull(),
    innhold: jsonb().notNull(),
    status: dokumentStatus().notNull(),
    lagretAv: uuid()
      .notNull()
      .references(() => users.id),
    lagret: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.dokumentId, t.lagret)],
);

// ---------------------------------------------------------------------------------------------
// The user manual: phases set by hand, points ticked off by hand, the service's adaptations of
// the shared manual with their history, and the team leader's reviews with each contact person.
// ---------------------------------------------------------------------------------------------

export const forlopType = pgEnum('forlop_type', ['barn', 'fosterhjem']);

/** A phase set by hand where the facts cannot tell; the newest row wins, `fase` null clears it. */
export const forlopFaseValg = pgTable(
  'forlop_fase_valg',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    forlop: forlopType().notNull(),
    entitetId: uuid().notNull(),
    fase: text(),
    begrunnelse: text(),
    sattAv: uuid()
      .notNull()
      .references(() => users.id),
    satt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.entitetId, t.satt)],
);

/** A manual point marked done by hand for one case, with a note. */
export const manualPunktStatus = pgTable(
  'manual_punkt_status',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    forlop: forlopType().notNull(),
    entitetId: uuid().notNull(),
    punktId: text().notNull(),
    utfort: date({ mode: 'string' }).notNull(),
    utfortAv: uuid()
      .notNull()
      .references(() => users.id),
    notat: text(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.entitetId, t.punktId)],
);

/** The service's own wording of a shared point, or an extra local point, with the base it was made against. */
export const manualTilpasning = pgTable(
  'manual_tilpasning',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    forlop: forlopType().notNull(),
    punktId: text().notNull(),
    /** The shared point's version the adaptation was made or last reconciled against; 0 for local points. */
    basisVersjon: integer().notNull(),
    /** { tittel?, hva?, hvorfor? } in nb and nn; for a local point also fase, niva, ansvar. */
    data: jsonb().notNull(),
    lokal: boolean().notNull().default(false),
    aktiv: boolean().notNull().default(true),
    endretAv: uuid()
      .notNull()
      .references(() => users.id),
    endret: timestamp({ withTimezone: true }).notNull().defaultNow(),
    version: version(),
  },
  (t) => [uniqueIndex().on(t.tjenesteId, t.forlop, t.punktId)],
);

/** Every saved state of an adaptation. */
export const manualTilpasningHistorikk = pgTable(
  'manual_tilpasning_historikk',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    tilpasningId: uuid()
      .notNull()
      .references(() => manualTilpasning.id, { onDelete: 'cascade' }),
    data: jsonb().notNull(),
    basisVersjon: integer().notNull(),
    endretAv: uuid()
      .notNull()
      .references(() => users.id),
    endret: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.tilpasningId)],
);

/** The team leader going through the manual's open points with one contact person. */
export const gjennomgang = pgTable(
  'gjennomgang',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    teamlederId: uuid()
      .notNull()
      .references(() => users.id),
    kontaktpersonId: uuid()
      .notNull()
      .references(() => users.id),
    dato: date({ mode: 'string' }).notNull(),
    oppsummering: text(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.kontaktpersonId, t.dato)],
);

/** What was agreed in a review about one point of one case, and by when. */
export const gjennomgangAvtale = pgTable(
  'gjennomgang_avtale',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    gjennomgangId: uuid()
      .notNull()
      .references(() => gjennomgang.id, { onDelete: 'cascade' }),
    forlop: forlopType().notNull(),
    entitetId: uuid().notNull(),
    punktId: text().notNull(),
    avtale: text().notNull(),
    frist: date({ mode: 'string' }),
  },
  (t) => [index().on(t.gjennomgangId), index().on(t.entitetId)],
);

// ---------------------------------------------------------------------------------------------
// Programmes: En god start for new foster homes, Veien videre for parents after a care order.
// The programme's content (sessions, topics, material) lives in content/programmer; a run
// records who it is for, whether it was accepted, and each session as planned and held.
// ---------------------------------------------------------------------------------------------

export const programStatus = pgEnum('program_status', [
  'foreslatt',
  'akseptert',
  'avslatt',
  'fullfort',
  'avbrutt',
]);

/** One run of a programme for one foster home (En god start) or one parent (Veien videre). */
export const programforlop = pgTable(
  'programforlop',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    /** The programme's id in content/programmer, e.g. "en_god_start". */
    programId: text().notNull(),
    programVersjon: integer().notNull(),
    /** The child whose placement or care order the programme follows. */
    barnId: uuid()
      .notNull()
      .references(() => barn.id, { onDelete: 'cascade' }),
    plasseringId: uuid().references(() => plassering.id, { onDelete: 'cascade' }),
    fosterhjemId: uuid().references(() => fosterhjem.id, { onDelete: 'cascade' }),
    familiemedlemId: uuid().references(() => familiemedlem.id, { onDelete: 'cascade' }),
    status: programStatus().notNull().default('foreslatt'),
    /** The date the programme was proposed (offered). */
    foreslatt: date({ mode: 'string' }).notNull(),
    /** The date it was accepted or declined. */
    svarDato: date({ mode: 'string' }),
    /** Why it was declined, stopped early or ended. */
    arsak: text(),
    ansvarligId: uuid().references(() => users.id),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.barnId), index().on(t.fosterhjemId), index().on(t.tjenesteId, t.programId)],
);

export const oktStatus = pgEnum('okt_status', ['planlagt', 'gjennomfort', 'avlyst']);

/** One session of a programme run: planned, held (with who attended) or cancelled. */
export const programokt = pgTable(
  'programokt',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    forlopId: uuid()
      .notNull()
      .references(() => programforlop.id, { onDelete: 'cascade' }),
    /** The session's number in the programme, from 1. */
    nummer: integer().notNull(),
    planlagt: timestamp({ withTimezone: true }).notNull(),
    status: oktStatus().notNull().default('planlagt'),
    gjennomfort: date({ mode: 'string' }),
    /** Who took part, as written by the worker (roles or first names, never identity numbers). */
    deltakere: jsonb().$type<string[]>().notNull().default([]),
    notat: text(),
    dokumentId: uuid().references(() => dokument.id, { onDelete: 'set null' }),
    version: version(),
  },
  (t) => [uniqueIndex().on(t.forlopId, t.nummer), index().on(t.tjenesteId, t.planlagt)],
);

// ---------------------------------------------------------------------------------------------
// The foster family: courses offered and taken, guidance sessions.
// ---------------------------------------------------------------------------------------------

export const kurs = pgEnum('kurs', ['trygg_base', 'tbo_f', 'efst', 'grunnopplaering', 'annet']);

/** A course offered to one foster parent, and whether and when it was taken. */
export const kursDeltakelse = pgTable(
  'kurs_deltakelse',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    fosterhjemId: uuid()
      .notNull()
      .references(() => fosterhjem.id, { onDelete: 'cascade' }),
    medlemId: uuid()
      .notNull()
      .references(() => fosterhjemMedlem.id, { onDelete: 'cascade' }),
    kurs: kurs().notNull(),
    tilbudt: date({ mode: 'string' }).notNull(),
    gjennomfort: date({ mode: 'string' }),
    takketNei: boolean().notNull().default(false),
    notat: text(),
    version: version(),
  },
  (t) => [uniqueIndex().on(t.medlemId, t.kurs), index().on(t.fosterhjemId)],
);

/** A guidance session (veiledning) with the foster family. */
export const veiledning = pgTable(
  'veiledning',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    fosterhjemId: uuid()
      .notNull()
      .references(() => fosterhjem.id, { onDelete: 'cascade' }),
    dato: date({ mode: 'string' }).notNull(),
    /** Who gave the guidance: a supervisor in Landsby, or a name for an outside supervisor. */
    veilederId: uuid().references(() => users.id),
    veilederNavn: text(),
    tema: text().notNull(),
    notat: text(),
    registrertAv: uuid()
      .notNull()
      .references(() => users.id),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.fosterhjemId, t.dato)],
);

// ---------------------------------------------------------------------------------------------
// Parents and contact: the contact plan over time, contact sessions and their reports, the
// reunification assessment and the safe-reunification plan.
// ---------------------------------------------------------------------------------------------

export const samvaerTilsyn = pgEnum('samvaer_tilsyn', ['uten', 'stottet', 'beskyttet']);
export const samvaerPer = pgEnum('samvaer_per', ['uke', 'maned', 'ar']);

/** The contact plan for one parent or relative, from a date; a change is a new row. */
export const samvaersplan = pgTable(
  'samvaersplan',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    barnId: uuid()
      .notNull()
      .references(() => barn.id, { onDelete: 'cascade' }),
    familiemedlemId: uuid()
      .notNull()
      .references(() => familiemedlem.id, { onDelete: 'cascade' }),
    fra: date({ mode: 'string' }).notNull(),
    antall: integer().notNull(),
    per: samvaerPer().notNull(),
    varighetTimer: integer().notNull(),
    sted: text(),
    tilsyn: samvaerTilsyn().notNull(),
    /** Decided by the board or the court, or agreed. */
    grunnlag: text().notNull(),
    begrunnelse: text(),
    registrertAv: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.barnId, t.fra)],
);

/** One contact session, with the report after it and its review. */
export const samvaer = pgTable(
  'samvaer',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    barnId: uuid()
      .notNull()
      .references(() => barn.id, { onDelete: 'cascade' }),
    familiemedlemId: uuid()
      .notNull()
      .references(() => familiemedlem.id, { onDelete: 'cascade' }),
    dato: date({ mode: 'string' }).notNull(),
    /** When the session starts and ends that day (Oslo time, minutes); null: only the day is set. */
    fraKl: time(),
    tilKl: time(),
    status: oktStatus().notNull().default('planlagt'),
    avlystArsak: text(),
    rapportMottatt: date({ mode: 'string' }),
    /** The review of the report, written with the checklist template. */
    gjennomgangDokumentId: uuid().references(() => dokument.id, { onDelete: 'set null' }),
    notat: text(),
    version: version(),
  },
  (t) => [index().on(t.barnId, t.dato)],
);

export const tilbakeforingBeslutning = pgEnum('tilbakeforing_beslutning', [
  'fremme_sak',
  'fortsette_prosess',
  'avslutte_mal',
]);

/** A stepwise reunification assessment (vurderingstrakt), ending in one of three decisions. */
export const tilbakeforingsvurdering = pgTable(
  'tilbakeforingsvurdering',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    barnId: uuid()
      .notNull()
      .references(() => barn.id, { onDelete: 'cascade' }),
    /** The answers and evidence per step, keyed by the step's id. */
    steg: jsonb().$type<Record<string, { svar: string; grunnlag: string }>>().notNull().default({}),
    beslutning: tilbakeforingBeslutning(),
    begrunnelse: text(),
    besluttetDato: date({ mode: 'string' }),
    besluttetAv: uuid().references(() => users.id),
    opprettetAv: uuid()
      .notNull()
      .references(() => users.id),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.barnId)],
);

export const planStatus = pgEnum('plan_status', ['aktiv', 'fullfort', 'avbrutt']);

export type GjenforeningSteg = {
  id: string;
  beskrivelse: string;
  /** Who does what in this step: foster parents, parents, the service. */
  ansvar: string;
  fra: string | null;
  til: string | null;
  status: 'planlagt' | 'pagar' | 'fullfort';
  /** How the step went. */
  erfaring: string | null;
};

/** The safe-reunification plan (Trygg gjenforening): care handed over step by step. */
export const gjenforeningsplan = pgTable(
  'gjenforeningsplan',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    barnId: uuid()
      .notNull()
      .references(() => barn.id, { onDelete: 'cascade' }),
    status: planStatus().notNull().default('aktiv'),
    steg: jsonb().$type<GjenforeningSteg[]>().notNull().default([]),
    opprettetAv: uuid()
      .notNull()
      .references(() => users.id),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.barnId)],
);

// ---------------------------------------------------------------------------------------------
// The treasure map (skattekart): the catalogue lives in content/katalog; the network's changes
// to it and each service's interest, adoption and implementation plan live here. No personal
// data: a service's adoption is visible to the coordinators of its collaborations.
// ---------------------------------------------------------------------------------------------

export const adopsjonStatus = pgEnum('adopsjon_status', ['interessert', 'adoptert', 'avsluttet']);

export type ImplementeringSteg = {
  id: string;
  tekst: string;
  ansvarlig: string | null;
  frist: string | null;
  status: 'ikke_startet' | 'pagar' | 'fullfort';
};

/** A service's interest in or adoption of one catalogue product, with its implementation plan. */
export const produktAdopsjon = pgTable(
  'produkt_adopsjon',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    produktId: text().notNull(),
    status: adopsjonStatus().notNull(),
    plan: jsonb().$type<ImplementeringSteg[]>().notNull().default([]),
    adoptertDato: date({ mode: 'string' }),
    endretAv: uuid()
      .notNull()
      .references(() => users.id),
    version: version(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.tjenesteId, t.produktId)],
);

/** A coordinator's change to a catalogue product (status, recommendation, text), with history. */
export const katalogEndring = pgTable(
  'katalog_endring',
  {
    id: uuid().primaryKey().defaultRandom(),
    samarbeidId: uuid()
      .notNull()
      .references(() => samarbeid.id),
    produktId: text().notNull(),
    /** The fields changed, as in content/katalog; a product that is new carries all fields. */
    endring: jsonb().notNull(),
    begrunnelse: text().notNull(),
    endretAv: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.samarbeidId, t.produktId)],
);

/** The service's own material for one session of a programme: links to its files and films. */
export const programMateriale = pgTable(
  'program_materiale',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    programId: text().notNull(),
    nummer: integer().notNull(),
    tittel: text().notNull(),
    url: text().notNull(),
    lagtTilAv: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.tjenesteId, t.programId)],
);

// ---------------------------------------------------------------------------------------------
// Recruitment of foster homes with Bufetat (the Zip-team model, seeds/003 §5.8.1), kinship
// first and re-recruitment. A recruitment case belongs to the organisation that registered it
// (a municipal service or Bufetat) and is shared, with the family's consent, with the other
// organisations in the collaboration that handle it (rekruttering_deling). Row-level security
// lets an organisation see a case it owns or has been given a share of, nothing else
// (migrations/0010_rekruttering.sql).
// ---------------------------------------------------------------------------------------------

export const rekrutteringFase = pgEnum('rekruttering_fase', [
  'henvendelse',
  'informasjonsmote',
  'opplaering',
  'utredning',
  'godkjenning',
  /** Approved and available for a child. */
  'tilgjengelig',
  /** Linked to a child: the home has become a foster home in a service. */
  'formidlet',
  'trukket',
  'avslatt',
  /** Left after a re-recruitment conversation (or otherwise ended after approval). */
  'avsluttet',
]);

export const rekrutteringKilde = pgEnum('rekruttering_kilde', [
  'kampanje',
  'arrangement',
  'nettside',
  'sosiale_medier',
  'jungeltelegraf',
  'fosterhjemstjenesten',
  'gjenrekruttering',
  'annet',
]);

export const hjemtype = pgEnum('hjemtype', ['ordinaer', 'beredskap', 'forsterket']);

export const godkjenningType = pgEnum('godkjenning_type', ['generell', 'bestemt_barn']);

export type RekrutteringVoksen = {
  fornavn: string;
  etternavn: string;
  fodselsdato: string | null;
  telefon: string | null;
  epost: string | null;
};

/** A family who has shown interest in becoming a foster home, from first inquiry to approved home. */
export const rekrutteringssak = pgTable(
  'rekrutteringssak',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The organisation that registered the family and is responsible for the case. */
    tjenesteId: tjenesteRef(),
    /** The responsible recruiter, in the owning organisation. */
    ansvarligId: uuid().references(() => users.id),
    /** How the family is named in lists, e.g. "Familien Nilsen". */
    navn: text().notNull(),
    voksne: jsonb().$type<RekrutteringVoksen[]>().notNull().default([]),
    /** Children living in the home (count only; their details belong in the home-study report). */
    egneBarn: integer().notNull().default(0),
    adresse: text(),
    postnummer: text(),
    poststed: text(),
    kommunenummer: char({ length: 4 }),
    kilde: rekrutteringKilde().notNull(),
    /** The campaign, event or person the family came through; no personal data about others. */
    kildeDetalj: text(),
    /** The kinds of assignment the family is considered for. */
    hjemtyper: hjemtype().array().notNull().default(sql`'{ordinaer}'::hjemtype[]`),
    fase: rekrutteringFase().notNull().default('henvendelse'),
    /** The date the case entered its current stage. */
    faseFra: date({ mode: 'string' }).notNull(),
    forsteKontakt: date({ mode: 'string' }).notNull(),
    /** The family's consent to share the case with the organisations in rekruttering_deling. */
    samtykkeDato: date({ mode: 'string' }),
    /** Why the case was withdrawn, rejected or ended (a code), and when. */
    avsluttetArsak: text(),
    avsluttetDato: date({ mode: 'string' }),
    // Approval decision (domain.md §2.4): for a named child or generally, date and decision maker.
    godkjenningType: godkjenningType(),
    /** The child the approval names, in the service that asked (when the type is bestemt_barn). */
    godkjentForBarnId: uuid().references(() => barn.id, { onDelete: 'set null' }),
    godkjentDato: date({ mode: 'string' }),
    godkjentAv: text(),
    /** The home-study report (sosialrapport_godkjenning) the approval rests on. */
    rapportDokumentId: uuid().references(() => dokument.id, { onDelete: 'set null' }),
    /** The foster home this case became (or, for re-recruitment, came from). */
    fosterhjemId: uuid().references(() => fosterhjem.id, { onDelete: 'set null' }),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.tjenesteId, t.fase), index().on(t.fosterhjemId)],
);

/**
 * The organisations a recruitment case is shared with, each with the date of the family's
 * consent. `eierTjenesteId` repeats the case's owner so that row-level security on this table
 * never has to read rekrutteringssak (no recursive policies).
 */
export const rekrutteringDeling = pgTable(
  'rekruttering_deling',
  {
    sakId: uuid()
      .notNull()
      .references(() => rekrutteringssak.id, { onDelete: 'cascade' }),
    tjenesteId: tjenesteRef(),
    eierTjenesteId: tjenesteRef(),
    samtykkeDato: date({ mode: 'string' }).notNull(),
    registrertAv: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.sakId, t.tjenesteId] }), index().on(t.tjenesteId)],
);

/** Each stage a case has been in, from and to which date, for time-in-stage and the history. */
export const rekrutteringFasehistorikk = pgTable(
  'rekruttering_fasehistorikk',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The owner of the case (as on rekrutteringssak). */
    tjenesteId: tjenesteRef(),
    sakId: uuid()
      .notNull()
      .references(() => rekrutteringssak.id, { onDelete: 'cascade' }),
    fase: rekrutteringFase().notNull(),
    fra: date({ mode: 'string' }).notNull(),
    til: date({ mode: 'string' }),
    /** Who moved the case into this stage, and from which organisation. */
    endretAv: uuid()
      .notNull()
      .references(() => users.id),
    endretAvTjenesteId: tjenesteRef(),
    notat: text(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.sakId, t.fra)],
);

/** A checklist point of a stage done (content/rekruttering/pipeline.yaml), with date and note. */
export const rekrutteringSjekkpunkt = pgTable(
  'rekruttering_sjekkpunkt',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    sakId: uuid()
      .notNull()
      .references(() => rekrutteringssak.id, { onDelete: 'cascade' }),
    punktId: text().notNull(),
    dato: date({ mode: 'string' }).notNull(),
    notat: text(),
    utfortAv: uuid()
      .notNull()
      .references(() => users.id),
    utfortAvTjenesteId: tjenesteRef(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex().on(t.sakId, t.punktId)],
);

/** A service's recruitment settings: the retention period for rejected and withdrawn applicants. */
export const rekrutteringInnstilling = pgTable('rekruttering_innstilling', {
  tjenesteId: uuid()
    .primaryKey()
    .references(() => tjeneste.id),
  /** Months after withdrawal or rejection before the case is deleted ([U]: default 12). */
  slettefristManeder: integer().notNull().default(12),
  /** Require a documented search in family and network before a neutral home ([U]: default on). */
  kreverNettverkssok: boolean().notNull().default(true),
  version: version(),
});

export const nettverkssokUtfall = pgEnum('nettverkssok_utfall', [
  /** A kinship or network home was found: the child moves there. */
  'slekt_funnet',
  /** Searched; nobody in family or network could or should take the child. */
  'ingen_egnet',
]);

export const kandidatVurdering = pgEnum('kandidat_vurdering', [
  'ikke_vurdert',
  'egnet',
  'ikke_egnet',
  'onsker_ikke',
  'ikke_aktuelt_barnets_beste',
]);

export type NettverkKandidat = {
  id: string;
  /** Initials or a short name: who was considered. */
  navn: string;
  relasjon: string;
  vurdering: 'ikke_vurdert' | 'egnet' | 'ikke_egnet' | 'onsker_ikke' | 'ikke_aktuelt_barnets_beste';
  begrunnelse: string | null;
};

/**
 * The documented search in the child's family and close network before a neutral foster home
 * is chosen (bvl. choice rules, domain.md §2.4; seeds/002): who was considered and the outcome.
 */
export const nettverkssok = pgTable(
  'nettverkssok',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    barnId: uuid()
      .notNull()
      .references(() => barn.id, { onDelete: 'cascade' }),
    startet: date({ mode: 'string' }).notNull(),
    kandidater: jsonb().$type<NettverkKandidat[]>().notNull().default([]),
    /** Family group conference or network meeting held, and other ways the network was asked. */
    fremgangsmate: text(),
    utfall: nettverkssokUtfall(),
    konklusjon: text(),
    avsluttetDato: date({ mode: 'string' }),
    avsluttetAv: uuid().references(() => users.id),
    registrertAv: uuid()
      .notNull()
      .references(() => users.id),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.barnId)],
);

export const gjenrekrutteringSvar = pgEnum('gjenrekruttering_svar', [
  /** Ready for a new child now. */
  'klar',
  /** Wants a new assignment after a break, until a date. */
  'pause',
  /** Does not want a new assignment. */
  'nei',
]);

/**
 * Re-recruitment (gjenrekruttering): when a foster home's last placement ends, the home is
 * followed up and asked about a new assignment; it returns to "available" or leaves with a reason.
 */
export const gjenrekruttering = pgTable(
  'gjenrekruttering',
  {
    id: uuid().primaryKey().defaultRandom(),
    tjenesteId: tjenesteRef(),
    fosterhjemId: uuid()
      .notNull()
      .references(() => fosterhjem.id, { onDelete: 'cascade' }),
    /** The placement whose end started the follow-up. */
    plasseringId: uuid().references(() => plassering.id, { onDelete: 'set null' }),
    opprettet: date({ mode: 'string' }).notNull(),
    /** By when the home should have been asked. */
    frist: date({ mode: 'string' }).notNull(),
    samtaleDato: date({ mode: 'string' }),
    svar: gjenrekrutteringSvar(),
    pauseTil: date({ mode: 'string' }),
    /** Why the home leaves (a code), when the answer is no. */
    arsak: text(),
    notat: text(),
    /** The recruitment case that puts the home back in the pool of available homes. */
    sakId: uuid().references(() => rekrutteringssak.id, { onDelete: 'set null' }),
    avsluttet: date({ mode: 'string' }),
    registrertAv: uuid().references(() => users.id),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.tjenesteId, t.avsluttet), index().on(t.fosterhjemId)],
);
