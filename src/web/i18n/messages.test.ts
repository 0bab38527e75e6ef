import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import nb from '@/web/i18n/nb.json';
import nn from '@/web/i18n/nn.json';

describe('nb and nn catalogs', () => {
  it('have the same keys', () => {
    expect(Object.keys(nn).sort()).toEqual(Object.keys(nb).sort());
  });

  it.each([
    ['nb', nb],
    ['nn', nn],
  ] as const)('%s: every message is valid ICU and not empty', (locale, catalog) => {
    const errors: string[] = [];
    const intl = createIntl({ locale, messages: catalog, onError: (error) => errors.push(error.message) });
    for (const [key, message] of Object.entries(catalog)) {
      expect(message.trim(), key).not.toBe('');
      // Format with plausible values for every argument; a syntax error lands in `errors`.
      intl.formatMessage(
        { id: key },
        {
          side: 1,
          sider: 2,
          fra: 1,
          til: 2,
          total: 3,
          antall: 2,
          navn: 'Kari',
          rader: 5,
          kjeder: 1,
          tidspunkt: new Date(),
          kjede: 'a',
          sekvens: 3,
          arsak: 'x',
          forfalt: 3,
          denneUken: 1,
          barn: 'Kari',
          kolonne: 'Navn',
          retning: 'asc',
          fase: 'Oppfølging',
          dato: '1. mars 2026',
          tittel: 'De første årene',
          kode: '1.1.3',
          tekst: 'tekst',
          forslag: 'Planlagt flytting',
          rolle: 'Kontaktperson',
          team: 'Team Nord',
          nummer: 2,
          versjon: 3,
          ar: '2014',
          kommune: 'Voss',
          grupper: 3,
          maneder: 5,
          utilsiktede: 1,
          sted: 'Bergen',
          gruppe: 'Person 2',
          melding: 'Skriv fornavnet.',
          // Rekruttering
          org: 'Bufetat region vest',
          person: 'Kari Nordmann',
          punkt: 'Politiattest',
          kilde: 'Kampanje',
          godkjenning: 'Generelt',
          utfall: 'Trukket',
          // Maler og dokumenter
          hjemmel: 'Barnevernsloven § 8-3',
          felt: 'Dato for planen',
          mal: 'Omsorgsplan',
          kl: '14:32',
          tid: '01.03.2026, 14:32',
          status: 'Utkast',
        },
      );
    }
    expect(errors).toEqual([]);
  });

  it('nynorsk is not a copy of bokmål', () => {
    const same = Object.keys(nb).filter((key) => nb[key as keyof typeof nb] === nn[key as keyof typeof nn]);
    // Words spelt alike in both (Oversikt, Logg inn, Team …) are fine; most texts must differ.
    expect(same.length).toBeLessThan(Object.keys(nb).length / 2);
  });
});
