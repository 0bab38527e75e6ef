import { Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Plassering } from '@/web/api/barnTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { EmptyValue } from '@/web/components/EmptyValue';
import { useLabels } from '@/web/i18n/labels';
import { useT } from '@/web/i18n/useT';

/** Every placement, newest first, with how each ended: planned or an unintended move. */
export function PlacementHistory({ plasseringer }: { plasseringer: Plassering[] }) {
  const t = useT();
  const labels = useLabels();
  const headingId = useId();
  const captionId = useId();
  const rows = [...plasseringer].sort((a, b) => (a.innflytting < b.innflytting ? 1 : -1));
  const utilsiktede = plasseringer.filter((p) => p.avslutning === 'utilsiktet').length;

  return (
    <section aria-labelledby={headingId} className="overview-section">
      <Heading level={3} data-size="sm" id={headingId}>
        {t('plasseringer.overskrift')}
      </Heading>
      {rows.length === 0 ? (
        <Paragraph className="empty-state">{t('plasseringer.ingen')}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm">
            {t('plasseringer.oppsummering', { antall: rows.length, utilsiktede })}
          </Paragraph>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
          <section className="table-scroll" tabIndex={0} aria-labelledby={captionId}>
            <Table data-size="sm" data-color="neutral" className="data-table wide-table">
              <caption id={captionId} className="ds-sr-only">
                {t('plasseringer.overskrift')}
              </caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('plasseringer.kolonne.fosterhjem')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('plasseringer.kolonne.periode')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('plasseringer.kolonne.type')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('plasseringer.kolonne.hjemmel')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('plasseringer.kolonne.avslutning')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {rows.map((p) => (
                  <Table.Row key={p.id}>
                    <Table.Cell>
                      <Link asChild>
                        <RouterLink to={`/fosterhjem/${p.fosterhjem.id}`}>{p.fosterhjem.navn}</RouterLink>
                      </Link>
                    </Table.Cell>
                    <Table.Cell>
                      <span className="nowrap">
                        <CivilDate date={p.innflytting} /> –{' '}
                        {p.utflytting ? <CivilDate date={p.utflytting} /> : t('plasseringer.pagar')}
                      </span>
                    </Table.Cell>
                    <Table.Cell>
                      <span className="stacked">
                        <span>{labels.plasseringstype(p.plasseringstype)}</span>
                        {p.forsterket && <span className="subtle">{t('plassering.forsterket')}</span>}
                      </span>
                    </Table.Cell>
                    <Table.Cell>{labels.hjemmel(p.hjemmel)}</Table.Cell>
                    <Table.Cell>
                      {p.avslutning ? (
                        <span className="stacked">
                          <Tag
                            data-color={p.avslutning === 'utilsiktet' ? 'danger' : 'success'}
                            data-size="sm"
                          >
                            {labels.avslutning(p.avslutning)}
                          </Tag>
                          {p.arsakKode && (
                            <span className="subtle">
                              {t('plassering.arsakMedKode', {
                                kode: p.arsakKode,
                                tekst: labels.arsak(p.arsakKode),
                              })}
                            </span>
                          )}
                          {p.flyttingTil && (
                            <span className="subtle">
                              {t('plasseringer.flyttetTil', { til: labels.flyttingTil(p.flyttingTil) })}
                            </span>
                          )}
                          {p.avslutningNotat && <span className="prewrap">{p.avslutningNotat}</span>}
                        </span>
                      ) : (
                        <EmptyValue />
                      )}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </section>
        </>
      )}
    </section>
  );
}
