import { describe, expect, it } from 'vitest';
import {
  dagerSiden,
  type Formidling,
  formidlingMangler,
  type GodkjenningInput,
  godkjenningMangler,
  godkjentForVisning,
} from '@/domain/godkjenning';

const IDAG = '2026-03-10';
const alt = ['politiattest', 'helseerklaering', 'sosialrapport_skrevet', 'hjemmebesok'];
const input = (extra: Partial<GodkjenningInput> = {}): GodkjenningInput => ({
  fase: 'godkjenning',
  type: 'generell',
  barnId: null,
  dato: '2026-03-09',
  rapport: { status: 'godkjent' },
  hjemtyper: ['ordinaer'],
  punkterUtfort: alt,
  ...extra,
});
const codes = (i: Partial<GodkjenningInput>) =>
  godkjenningMangler(input(i), IDAG).map((f) => `${f.field}:${f.code}`);

describe('approval of a foster home (domain.md §2.4)', () => {
  it('may be recorded in the approval stage with a finished report and the checks done', () => {
    expect(codes({})).toEqual([]);
    expect(codes({ rapport: { status: 'ferdig' }, dato: IDAG })).toEqual([]);
    expect(codes({ type: 'bestemt_barn', barnId: 'b1' })).toEqual([]);
  });

  it('only in the approval stage', () => {
    expect(codes({ fase: 'utredning' })).toContain('fase:rekruttering_feil_fase');
    expect(codes({ fase: 'tilgjengelig' })).toContain('fase:rekruttering_feil_fase');
  });

  it('names the child when the approval is for a specific child, and only then', () => {
    expect(codes({ type: 'bestemt_barn', barnId: null })).toEqual(['godkjentForBarnId:required']);
    expect(codes({ type: 'generell', barnId: 'b1' })).toEqual([
      'godkjentForBarnId:rekruttering_barn_kun_bestemt',
    ]);
  });

  it('is never dated in the future', () => {
    expect(codes({ dato: '2026-03-11' })).toEqual(['godkjentDato:date_future']);
  });

  it('rests on a finished or approved home-study report', () => {
    expect(codes({ rapport: null })).toEqual(['rapportDokumentId:rekruttering_rapport_mangler']);
    expect(codes({ rapport: { status: 'utkast' } })).toEqual([
      'rapportDokumentId:rekruttering_rapport_ikke_ferdig',
    ]);
    expect(codes({ rapport: { status: 'til_godkjenning' } })).toEqual([
      'rapportDokumentId:rekruttering_rapport_ikke_ferdig',
    ]);
  });

  it('requires the police certificate and the health declaration', () => {
    expect(codes({ punkterUtfort: ['sosialrapport_skrevet'] })).toEqual([
      'sjekkpunkt.politiattest:rekruttering_sjekkpunkt_mangler',
      'sjekkpunkt.helseerklaering:rekruttering_sjekkpunkt_mangler',
    ]);
  });

  it('names at least one kind of assignment', () => {
    expect(codes({ hjemtyper: [] })).toEqual(['hjemtyper:required']);
  });
});

describe('linking an available home to a child', () => {
  const sak = {
    fase: 'tilgjengelig',
    godkjenningType: 'generell' as const,
    godkjentForBarnId: null,
    godkjentDato: '2026-03-01',
    hjemtyper: ['ordinaer'],
  };
  const valg = (extra: Partial<Formidling> = {}): Formidling => ({
    barnId: 'b1',
    innflytting: '2026-03-05',
    plasseringstype: 'ordinaer',
    forsterket: false,
    ...extra,
  });

  it('a generally approved home to any child, from the approval date', () => {
    expect(formidlingMangler(sak, valg({ innflytting: '2026-03-01' }))).toEqual([]);
    expect(formidlingMangler(sak, valg({ innflytting: '2026-02-28' }))).toEqual([
      { field: 'innflytting', code: 'rekruttering_for_godkjenning' },
    ]);
  });

  it('a home approved for a named child only to that child', () => {
    const bestemt = { ...sak, godkjenningType: 'bestemt_barn' as const, godkjentForBarnId: 'b1' };
    expect(formidlingMangler(bestemt, valg())).toEqual([]);
    expect(formidlingMangler(bestemt, valg({ barnId: 'b2' }))).toEqual([
      { field: 'barnId', code: 'rekruttering_godkjent_for_annet_barn' },
    ]);
  });

  it('only for the kinds of assignment the home is approved for, never as a kinship home', () => {
    expect(formidlingMangler(sak, valg({ plasseringstype: 'beredskap' }))).toEqual([
      { field: 'plasseringstype', code: 'rekruttering_hjemtype_ikke_godkjent' },
    ]);
    expect(formidlingMangler(sak, valg({ plasseringstype: 'slekt_nettverk' }))).toHaveLength(1);
    expect(formidlingMangler(sak, valg({ forsterket: true }))).toEqual([
      { field: 'forsterket', code: 'rekruttering_hjemtype_ikke_godkjent' },
    ]);
    const begge = { ...sak, hjemtyper: ['ordinaer', 'beredskap', 'forsterket'] };
    expect(formidlingMangler(begge, valg({ plasseringstype: 'beredskap', forsterket: true }))).toEqual([]);
  });

  it('only an available home', () => {
    for (const fase of ['godkjenning', 'formidlet', 'avsluttet']) {
      expect(formidlingMangler({ ...sak, fase }, valg())).toEqual([
        { field: 'fase', code: 'rekruttering_ikke_tilgjengelig' },
      ]);
    }
    expect(formidlingMangler({ ...sak, godkjentDato: null }, valg())).toHaveLength(1);
  });
});

describe('available homes as another service sees them', () => {
  it('never names a child of another service', () => {
    expect(godkjentForVisning({ godkjenningType: 'generell', godkjentForBarnTjenesteId: null }, 't1')).toBe(
      'generell',
    );
    expect(
      godkjentForVisning({ godkjenningType: 'bestemt_barn', godkjentForBarnTjenesteId: 't1' }, 't1'),
    ).toBe('eget_barn');
    expect(
      godkjentForVisning({ godkjenningType: 'bestemt_barn', godkjentForBarnTjenesteId: 't2' }, 't1'),
    ).toBe('annet_barn');
  });

  it('counts whole days available', () => {
    expect(dagerSiden('2026-03-01', '2026-03-10')).toBe(9);
    expect(dagerSiden('2026-03-10', '2026-03-10')).toBe(0);
    expect(dagerSiden('2025-10-20', '2025-10-27')).toBe(7); // across the end of summer time
  });
});
