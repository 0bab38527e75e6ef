import { describe, expect, it } from 'vitest';
import { type AuditLink, canonicalJson, GENESIS_HASH, hashLink, verifyChain } from '@/domain/auditChain';

function chain(n: number) {
  const rows: (AuditLink & { hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const link: AuditLink = {
      kjede: 'k',
      sekvens: i,
      tidspunkt: new Date(Date.UTC(2026, 0, i)).toISOString(),
      tjenesteId: null,
      aktorId: 'a',
      aktorRolle: 'leder',
      handling: 'audit.search',
      entitetType: 'audit_log',
      entitetId: null,
      formal: null,
      detaljer: { b: 1, a: [2, { d: 3, c: 4 }] },
      forrigeHash: prev,
    };
    const hash = hashLink(link);
    rows.push({ ...link, hash });
    prev = hash;
  }
  return { rows, head: { sekvens: n, hash: prev } };
}

describe('audit hash chain', () => {
  it('canonical JSON does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { y: 1, x: 2 } })).toBe(canonicalJson({ a: { x: 2, y: 1 }, b: 1 }));
  });

  it('accepts an untouched chain', () => {
    const { rows, head } = chain(5);
    expect(verifyChain('k', rows, head)).toEqual([]);
  });

  it('detects an edited row', () => {
    const { rows, head } = chain(5);
    rows[2] = { ...rows[2]!, handling: 'auth.logout' };
    expect(verifyChain('k', rows, head)).toContainEqual({ kjede: 'k', sekvens: 3, arsak: 'hash' });
  });

  it('detects a deleted row in the middle', () => {
    const { rows, head } = chain(5);
    rows.splice(1, 1);
    const breaks = verifyChain('k', rows, head);
    expect(breaks).toContainEqual({ kjede: 'k', sekvens: 2, arsak: 'mangler' });
    expect(breaks).toContainEqual({ kjede: 'k', sekvens: 3, arsak: 'lenke' });
  });

  it('detects rows cut off the end', () => {
    const { rows, head } = chain(5);
    rows.pop();
    expect(verifyChain('k', rows, head)).toEqual([{ kjede: 'k', sekvens: 5, arsak: 'hode' }]);
  });

  it('detects a rewritten chain whose head was not updated', () => {
    const { rows } = chain(3);
    expect(verifyChain('k', rows, null)).toEqual([{ kjede: 'k', sekvens: 3, arsak: 'hode' }]);
  });
});
