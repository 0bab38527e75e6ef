import { Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import type { BarnView } from '@/web/api/barnTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { osloToday } from '@/web/i18n/dates';
import { kommunenavn } from '@/web/i18n/kommuner';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';

/** The placement running today (or the one planned next): foster home, since, type, legal basis, agreement. */
export function CurrentPlacement({ barn }: { barn: BarnView }) {
  const t = useT();
  const labels = useLabels();
  const today = osloToday();
  const plassering = barn.plasseringer.find((p) => p.utflytting === null || p.utflytting > today);
  const planlagt = plassering && plassering.innflytting > today;
  const kommune = barn.fosterhjem?.kommunenummer
    ? (kommunenavn(barn.fosterhjem.kommunenummer) ?? barn.fosterhjem.kommunenummer)
    : null;

  return (
    <Card data-color="neutral" className="info-card" asChild>
      <section aria-labelledby="plassering-na-overskrift">
        <Heading level={3} data-size="sm" id="plassering-na-overskrift">
          {t('oversikt.plassering.overskrift')}
        </Heading>
        {!plassering ? (
          <Paragraph>{t('oversikt.plassering.ingen')}</Paragraph>
        ) : (
          <dl className="facts">
            <div className="facts__row">
              <dt>{planlagt ? t('oversikt.plassering.skalBo') : t('oversikt.plassering.borHos')}</dt>
              <dd>
                <Link asChild data-color="accent">
                  <RouterLink to={`/fosterhjem/${plassering.fosterhjem.id}`}>
                    {plassering.fosterhjem.navn}
                  </RouterLink>
                </Link>
                {kommune && !planlagt && <span className="subtle"> · {kommune}</span>}
              </dd>
            </div>
            <div className="facts__row">
              <dt>{t('oversikt.plassering.innflytting')}</dt>
              <dd>
                <CivilDate date={plassering.innflytting} format="long" />
              </dd>
            </div>
            <div className="facts__row">
              <dt>{t('oversikt.plassering.type')}</dt>
              <dd>
                <span className="tag-row">
                  {labels.plasseringstype(plassering.plasseringstype)}
                  {plassering.forsterket && (
                    <Tag data-color="info" data-size="sm">
                      {t('plassering.forsterket')}
                    </Tag>
                  )}
                </span>
              </dd>
            </div>
            <div className="facts__row">
              <dt>{t('oversikt.plassering.hjemmel')}</dt>
              <dd>{labels.hjemmel(plassering.hjemmel)}</dd>
            </div>
            <div className="facts__row">
              <dt>{t('oversikt.plassering.avtaleSlutt')}</dt>
              <dd>
                {plassering.avtaleSlutt ? (
                  <CivilDate date={plassering.avtaleSlutt} format="long" />
                ) : (
                  t('oversikt.plassering.ingenAvtale')
                )}
              </dd>
            </div>
          </dl>
        )}
      </section>
    </Card>
  );
}
