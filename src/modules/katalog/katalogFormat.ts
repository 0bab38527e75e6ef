import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { Tekst } from '@/modules/maler/malFormat';

/**
 * The catalogue format (content/katalog/*.yaml): the frame in katalog.yaml (islands, marks,
 * scales, projects) and one file per island with its products. See content/katalog/README.md.
 */

export const OYER = [
  'barnets_behov',
  'oppfolging_barnet',
  'oppfolging_foreldre',
  'oppfolging_fosterfamilien',
  'samvaer',
  'tilbakeforing',
  'samarbeid',
  'rekruttering',
] as const;
export const Oy = z.enum(OYER);
export type Oy = z.infer<typeof Oy>;

export const ProduktStatus = z.enum(['gull', 'solv']);
export const Ressurs = z.enum(['liten', 'moderat', 'hoy']);
export type Ressurs = z.infer<typeof Ressurs>;
export const Anbefaling = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

const Id = z.string().regex(/^[a-z0-9_]+$/);

export const Kontakt = z.strictObject({
  navn: z.string().min(1).max(200),
  organisasjon: z.string().min(1).max(200),
});

export const Produkt = z.strictObject({
  id: Id,
  kilde: z.string().min(1),
  prosjekter: z.array(Id).min(1),
  status: ProduktStatus,
  anbefaling: Anbefaling,
  ressurs: Ressurs.nullable(),
  ressursMerknad: Tekst.optional(),
  tittel: Tekst,
  beskrivelse: Tekst,
  vurdering: Tekst,
  kontakt: z.array(Kontakt).min(1),
  iLandsby: Tekst.optional(),
  maler: z.array(Id).default([]),
  programmer: z.array(Id).default([]),
  regler: z.array(Id).default([]),
});
export type Produkt = z.infer<typeof Produkt>;

const OyFil = z.strictObject({ oy: Oy, produkter: z.array(Produkt).min(1) });

const Ramme = z.strictObject({
  oyer: z.array(z.strictObject({ id: Oy, nummer: z.number().int(), navn: Tekst })).length(8),
  status: z.strictObject({
    gull: z.strictObject({ navn: Tekst, betydning: Tekst }),
    solv: z.strictObject({ navn: Tekst, betydning: Tekst }),
  }),
  anbefalinger: z.record(z.enum(['1', '2', '3', '4']), z.strictObject({ kort: Tekst, betydning: Tekst })),
  ressurser: z.record(Ressurs, z.strictObject({ navn: Tekst, betydning: Tekst })),
  prosjekter: z.array(
    z.strictObject({
      id: Id,
      nummer: z.string().min(1),
      navn: z.string().min(1),
      kommuner: z.array(z.string().min(1)).min(1),
    }),
  ),
});
export type Ramme = z.infer<typeof Ramme>;

/** A product as the catalogue holds it: the file's fields plus its island. */
export type KatalogProdukt = Produkt & { oy: Oy };
export type Katalog = { ramme: Ramme; produkter: KatalogProdukt[] };

const folder = fileURLToPath(new URL('../../../content/katalog', import.meta.url));

/** Reads and validates the catalogue; throws naming the file when something is malformed. */
export function lesKatalog(dir = folder): Katalog {
  const rammeResult = Ramme.safeParse(parse(readFileSync(join(dir, 'katalog.yaml'), 'utf8')));
  if (!rammeResult.success) throw new Error(`katalog.yaml: ${rammeResult.error.message}`);
  const ramme = rammeResult.data;
  const produkter: KatalogProdukt[] = [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && f !== 'katalog.yaml')
    .sort();
  for (const file of files) {
    const parsed = OyFil.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
    if (`${parsed.data.oy}.yaml` !== file) throw new Error(`${file}: oy must equal the file name`);
    for (const p of parsed.data.produkter) {
      if (produkter.some((x) => x.id === p.id)) throw new Error(`${file}: duplicate product ${p.id}`);
      const ukjent = p.prosjekter.find((id) => !ramme.prosjekter.some((x) => x.id === id));
      if (ukjent) throw new Error(`${file}: ${p.id} names unknown project ${ukjent}`);
      produkter.push({ ...p, oy: parsed.data.oy });
    }
  }
  return { ramme, produkter };
}

let cache: Katalog | null = null;

/** The shared catalogue, read once per process. */
export function katalog(): Katalog {
  cache ??= lesKatalog();
  return cache;
}
