import { describe, expect, it } from 'vitest';
import { anvendEndringer, erAktiv, foreslaPlan, kanEndreAdopsjon, planStatus } from '@/domain/katalog';

describe('the implementation plan proposed on adoption', () => {
  it('small: a plan, no training', () => {
    const plan = foreslaPlan('liten', '2026-01-10', 'nb');
    expect(plan.map((s) => s.id)).toEqual(['plan', 'informere', 'ta_i_bruk', 'evaluering']);
    expect(plan[0]).toMatchObject({ frist: '2026-01-24', status: 'ikke_startet', ansvarlig: null });
    expect(plan.at(-1)?.frist).toBe('2026-04-10');
  });

  it('moderate: an introduction from the developer and a plan', () => {
    const ids = foreslaPlan('moderat', '2026-01-10', 'nb').map((s) => s.id);
    expect(ids).toContain('innforing');
    expect(ids).toContain('plan');
    expect(ids).not.toContain('opplaering');
  });

  it('high: training, a plan and implementation support', () => {
    const ids = foreslaPlan('hoy', '2026-01-10', 'nb').map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['opplaering', 'plan', 'stotte']));
  });

  it('not assessed: at least a plan; in nynorsk for a nynorsk user', () => {
    const plan = foreslaPlan(null, '2026-01-10', 'nn');
    expect(plan.map((s) => s.id)).toContain('plan');
    expect(plan.find((s) => s.id === 'informere')?.tekst).toMatch(/teama/);
  });

  it('counts done and overdue steps', () => {
    const plan = foreslaPlan('liten', '2026-01-10', 'nb');
    plan[0] = { ...(plan[0] as (typeof plan)[0]), status: 'fullfort' };
    expect(planStatus(plan, '2026-02-10')).toEqual({ fullfort: 1, totalt: 4, forfalt: 1 });
  });
});

describe('adoption moves', () => {
  it('allows interest and adoption, refuses adopting what is still under development', () => {
    expect(kanEndreAdopsjon(null, 'interessert', 4)).toBe('ok');
    expect(kanEndreAdopsjon(null, 'adoptert', 2)).toBe('ok');
    expect(kanEndreAdopsjon('interessert', 'adoptert', 4)).toBe('ikke_klart');
    expect(kanEndreAdopsjon('adoptert', 'adoptert', 2)).toBe('uendret');
    expect(kanEndreAdopsjon(null, 'avsluttet', 2)).toBe('ikke_startet');
    expect(kanEndreAdopsjon('adoptert', 'avsluttet', 2)).toBe('ok');
  });
});

describe('switching on', () => {
  it('an item outside the catalogue is always on; one inside needs an adopted product', () => {
    expect(erAktiv(undefined, new Set())).toBe(true);
    expect(erAktiv(['a', 'b'], new Set())).toBe(false);
    expect(erAktiv(['a', 'b'], new Set(['b']))).toBe(true);
  });
});

describe("a network's changes over the catalogue", () => {
  const base = [
    { id: 'x', status: 'solv', anbefaling: 3 },
    { id: 'y', status: 'gull', anbefaling: 2 },
  ];
  it('the latest change of a field wins, whatever order they come in', () => {
    const ut = anvendEndringer(
      base,
      [
        { produktId: 'x', endring: { anbefaling: 1 }, createdAt: '2026-02-01T10:00:00Z' },
        { produktId: 'x', endring: { status: 'gull', anbefaling: 2 }, createdAt: '2026-01-01T10:00:00Z' },
      ],
      () => null,
    );
    expect(ut.find((p) => p.id === 'x')).toMatchObject({ status: 'gull', anbefaling: 1, nytt: false });
    expect(ut.find((p) => p.id === 'y')).toMatchObject({ sistEndret: null });
  });

  it('adds a new product only when the change carries a whole one', () => {
    const ut = anvendEndringer(
      base,
      [
        { produktId: 'z', endring: { status: 'gull', anbefaling: 2 }, createdAt: '2026-01-01T00:00:00Z' },
        { produktId: 'w', endring: { status: 'solv' }, createdAt: '2026-01-01T00:00:00Z' },
      ],
      (e) =>
        e.anbefaling
          ? { id: String(e.id), status: String(e.status), anbefaling: Number(e.anbefaling) }
          : null,
    );
    expect(ut.map((p) => p.id)).toEqual(['x', 'y', 'z']);
    expect(ut.at(-1)?.nytt).toBe(true);
  });
});
