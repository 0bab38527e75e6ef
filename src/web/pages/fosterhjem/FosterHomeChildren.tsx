import { Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import type { FosterhjemPlassering } from '@/web/api/fosterhjemTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';

/** Children living here now, and those who lived here before (planned or unintended move). */
export function FosterHomeChildren({ plasseringer }: { plasseringer: FosterhjemPlassering[] }) {
  const t = useT();
  const labels = useLabels();
  const na = plasseringer.filter((p) => p.na);
  const tidligere = plasseringer
    .filter((p) => !p.na)
    .sort((a, b) => (a.innflytting < b.innflytting ? 1 : -1));

  const item = (p: FosterhjemPlassering) => (
    <li key={p.id} className="placed-child">
      <Link asChild data-color="accent">
        <RouterLink to={`/barn/${p.barn.id}`}>{p.barn.navn}</RouterLink>
      </Link>
      <span className="subtle">
        <CivilDate date={p.innflytting} />
        {p.utflytting && (
          <>
            {' – '}
            <CivilDate date={p.utflytting} />
          </>
        )}
        {' · '}
        {labels.plasseringstype(p.plasseringstype)}
        {p.forsterket && ` · ${t('plassering.forsterket')}`}
      </span>
      {p.avslutning && (
        <Tag data-color={p.avslutning === 'utilsiktet' ? 'danger' : 'success'} data-size="sm">
          {labels.avslutning(p.avslutning)}
        </Tag>
      )}
    </li>
  );

  return (
    <Card data-color="neutral" className="info-card" asChild>
      <section aria-labelledby="hjem-barn-overskrift">
        <Heading level={2} data-size="sm" id="hjem-barn-overskrift">
          {t('fosterhjem.side.barn')}
        </Heading>
        <Heading level={3} data-size="2xs">
          {t('fosterhjem.side.barnNa')}
        </Heading>
        {na.length === 0 ? (
          <Paragraph data-size="sm">{t('fosterhjem.side.ingenNa')}</Paragraph>
        ) : (
          <ul className="plain-list">{na.map(item)}</ul>
        )}
        <Heading level={3} data-size="2xs">
          {t('fosterhjem.side.barnTidligere')}
        </Heading>
        {tidligere.length === 0 ? (
          <Paragraph data-size="sm">{t('fosterhjem.side.ingenTidligere')}</Paragraph>
        ) : (
          <ul className="plain-list">{tidligere.map(item)}</ul>
        )}
      </section>
    </Card>
  );
}
