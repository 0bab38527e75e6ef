import { createHash } from 'node:crypto';

/** The hash a chain starts from. */
export const GENESIS_HASH = '0'.repeat(64);

export type AuditLink = {
  kjede: string;
  sekvens: number;
  tidspunkt: string;
  tjenesteId: string | null;
  aktorId: string | null;
  aktorRolle: string | null;
  handling: string;
  entitetType: string;
  entitetId: string | null;
  formal: string | null;
  detaljer: Record<string, unknown> | null;
  forrigeHash: string;
};

/** JSON with object keys sorted, so that the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** SHA-256 over every field of the link, including the previous link's hash. */
export function hashLink(link: AuditLink): string {
  return createHash('sha256')
    .update(
      canonicalJson([
        link.kjede,
        link.sekvens,
        new Date(link.tidspunkt).toISOString(),
        link.tjenesteId,
        link.aktorId,
        link.aktorRolle,
        link.handling,
        link.entitetType,
        link.entitetId,
        link.formal,
        link.detaljer,
        link.forrigeHash,
      ]),
    )
    .digest('hex');
}

export type ChainBreak = {
  kjede: string;
  sekvens: number;
  /** hash: the row was edited; lenke: it does not point at the row before; mangler: rows are missing; hode: the end was cut off. */
  arsak: 'hash' | 'lenke' | 'mangler' | 'hode';
};

/**
 * Checks one chain, given its rows in sequence order and the recorded head (last link).
 * Any edited, deleted or reordered row, or a cut-off end, gives at least one break.
 */
export function verifyChain(
  kjede: string,
  rows: (AuditLink & { hash: string })[],
  head: { sekvens: number; hash: string } | null,
): ChainBreak[] {
  const breaks: ChainBreak[] = [];
  let expectedSekvens = 1;
  let previousHash = GENESIS_HASH;
  for (const row of rows) {
    if (row.sekvens !== expectedSekvens) breaks.push({ kjede, sekvens: expectedSekvens, arsak: 'mangler' });
    if (row.forrigeHash !== previousHash) breaks.push({ kjede, sekvens: row.sekvens, arsak: 'lenke' });
    if (hashLink(row) !== row.hash) breaks.push({ kjede, sekvens: row.sekvens, arsak: 'hash' });
    expectedSekvens = row.sekvens + 1;
    previousHash = row.hash;
  }
  const last = rows.at(-1);
  if (!head || !last || head.sekvens !== last.sekvens || head.hash !== last.hash) {
    if (head || last) breaks.push({ kjede, sekvens: head?.sekvens ?? last?.sekvens ?? 0, arsak: 'hode' });
  }
  return breaks;
}
