import { describe, expect, it } from 'vitest';
import type { CaseloadItem } from '@/web/api/barnTypes';
import {
  parseCaseloadParams,
  scopesFor,
  sortCaseload,
  toCaseloadQuery,
  toCaseloadSearchParams,
} from '@/web/pages/barn/caseloadParams';

const item = (over: Partial<CaseloadItem>): CaseloadItem => ({
  id: over.navn ?? 'x',
  navn: 'X',
  fodselsdato: '2015-01-01',
  alder: 10,
  fase: 'oppfolging',
  fosterhjem: null,
  fosterforeldre: [],
  siden: null,
  plasseringstype: null,
  forsterket: null,
  kontaktperson: null,
  team: null,
  ...over,
});

describe('scope', () => {
  it('follows the role', () => {
    expect(scopesFor('kontaktperson', true)).toEqual(['mine']);
    expect(scopesFor('teamleder', true)).toEqual(['mine', 'team']);
    expect(scopesFor('teamleder', false)).toEqual(['mine']);
    expect(scopesFor('leder', true)).toEqual(['mine', 'team', 'tjeneste']);
    expect(scopesFor('leder', false)).toEqual(['mine', 'tjeneste']);
  });

  it('ignores a scope the role does not have, and starts leaders with their widest view', () => {
    const scopes = scopesFor('kontaktperson', true);
    expect(parseCaseloadParams(new URLSearchParams('omfang=tjeneste'), scopes).omfang).toBe('mine');
    expect(parseCaseloadParams(new URLSearchParams(''), scopesFor('leder', true)).omfang).toBe('tjeneste');
  });
});

describe('URL', () => {
  it('round-trips filters and sort, leaving defaults out', () => {
    const scopes = scopesFor('teamleder', true);
    const params = parseCaseloadParams(
      new URLSearchParams('omfang=mine&fase=innflytting&type=beredskap&sorter=alder&retning=synkende'),
      scopes,
    );
    expect(params).toEqual({
      omfang: 'mine',
      fase: 'innflytting',
      type: 'beredskap',
      sort: 'alder',
      retning: 'descending',
    });
    expect(toCaseloadSearchParams(params, scopes).toString()).toBe(
      'omfang=mine&fase=innflytting&type=beredskap&sorter=alder&retning=synkende',
    );
    expect(toCaseloadQuery(params)).toEqual({
      omfang: 'mine',
      fase: 'innflytting',
      plasseringstype: 'beredskap',
    });
    expect(
      toCaseloadSearchParams(
        parseCaseloadParams(new URLSearchParams('fase=tull'), scopes),
        scopes,
      ).toString(),
    ).toBe('');
  });
});

describe('sorting', () => {
  const collator = new Intl.Collator('nb');
  const rows = [
    item({ navn: 'Åse', fodselsdato: '2012-05-01', fase: 'innflytting', siden: '2025-01-01' }),
    item({ navn: 'Bjørn', fodselsdato: '2016-05-01', fase: 'for_flytting' }),
    item({ navn: 'Anna', fodselsdato: '2010-05-01', fase: 'ettervern', siden: '2020-01-01' }),
  ];
  const names = (list: CaseloadItem[]) => list.map((r) => r.navn);

  it('by name with Norwegian letters last', () => {
    expect(names(sortCaseload(rows, 'navn', 'ascending', collator, String))).toEqual([
      'Anna',
      'Bjørn',
      'Åse',
    ]);
  });

  it('by age, youngest first when ascending', () => {
    expect(names(sortCaseload(rows, 'alder', 'ascending', collator, String))).toEqual([
      'Bjørn',
      'Åse',
      'Anna',
    ]);
  });

  it('by phase in the order of the placement course', () => {
    expect(names(sortCaseload(rows, 'fase', 'descending', collator, String))).toEqual([
      'Anna',
      'Åse',
      'Bjørn',
    ]);
  });

  it('rows without a value go last in both directions', () => {
    expect(names(sortCaseload(rows, 'siden', 'ascending', collator, String))).toEqual([
      'Anna',
      'Åse',
      'Bjørn',
    ]);
    expect(names(sortCaseload(rows, 'siden', 'descending', collator, String))).toEqual([
      'Åse',
      'Anna',
      'Bjørn',
    ]);
  });
});
