import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import type { BarnView, HusstandRolle } from '@/web/api/barnTypes';
import { HUSSTAND_ROLLER } from '@/web/i18n/codes';
import { alderFra } from '@/web/i18n/dates';
import { kommunenavn } from '@/web/i18n/kommuner';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';

const GRUPPE: Record<HusstandRolle, MessageId> = {
  fosterforelder: 'husstand.fosterforeldre',
  eget_barn: 'husstand.egneBarn',
  annet_husstandsmedlem: 'husstand.andre',
};

/** The current household: foster parents, the family's own children (they matter too), others. */
export function Household({ fosterhjem }: { fosterhjem: BarnView['fosterhjem'] }) {
  const t = useT();
  if (!fosterhjem) {
    return (
      <Card data-color="neutral" className="info-card">
        <Heading level={3} data-size="sm">
          {t('husstand.overskrift')}
        </Heading>
        <Paragraph>{t('husstand.ingen')}</Paragraph>
      </Card>
    );
  }
  const kommune = kommunenavn(fosterhjem.kommunenummer) ?? fosterhjem.kommunenummer;
  return (
    <Card data-color="neutral" className="info-card" asChild>
      <section aria-labelledby="husstand-overskrift">
        <Heading level={3} data-size="sm" id="husstand-overskrift">
          {t('husstand.overskriftMedNavn', { navn: fosterhjem.navn })}
        </Heading>
        {(fosterhjem.adresse || kommune) && (
          <Paragraph data-size="sm" className="subtle">
            {[fosterhjem.adresse, kommune].filter(Boolean).join(', ')}
          </Paragraph>
        )}
        <div className="household">
          {HUSSTAND_ROLLER.map((rolle) => {
            const medlemmer = fosterhjem.medlemmer.filter((m) => m.rolle === rolle);
            if (medlemmer.length === 0 && rolle === 'annet_husstandsmedlem') return null;
            return (
              <div key={rolle} className="household__group">
                <Heading level={4} data-size="2xs">
                  {t(GRUPPE[rolle])}
                </Heading>
                {medlemmer.length === 0 ? (
                  <Paragraph data-size="sm">{t('husstand.ingenIGruppe')}</Paragraph>
                ) : (
                  <ul className="plain-list">
                    {medlemmer.map((m) => (
                      <li key={m.id}>
                        <span>{m.navn}</span>
                        {m.fodselsdato && (
                          <span className="subtle">
                            {' '}
                            {t('husstand.alder', { antall: alderFra(m.fodselsdato) })}
                          </span>
                        )}
                        {m.telefon && (
                          <span className="subtle tabular">
                            {' · '}
                            {m.telefon}
                          </span>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </div>
        <Paragraph>
          <Link asChild data-color="accent">
            <RouterLink to={`/fosterhjem/${fosterhjem.id}`}>
              {t('husstand.tilFosterhjemmet', { navn: fosterhjem.navn })}
            </RouterLink>
          </Link>
        </Paragraph>
      </section>
    </Card>
  );
}
