import { Card, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { getFosterHomeRecruitment } from '@/web/api/getFosterHomeRecruitment';
import { godkjenningKeys } from '@/web/api/godkjenningTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { useT } from '@/web/i18n/useT';

/**
 * On the foster home page: where the home came from when it was recruited and approved through
 * the recruitment pipeline (stages and dates, and which organisation moved each; no names of
 * people in other organisations). Nothing is shown for a home registered directly.
 */
export function FosterHomeRecruitment({ fosterhjemId }: { fosterhjemId: string }) {
  const t = useT();
  const query = useQuery({
    queryKey: godkjenningKeys.historikk(fosterhjemId),
    queryFn: () => getFosterHomeRecruitment(fosterhjemId),
  });
  const sak = query.data?.sak;
  if (!sak) return null;
  return (
    <Card data-color="neutral" className="info-card" asChild>
      <section aria-labelledby="hjem-rekruttering">
        <Heading level={2} data-size="sm" id="hjem-rekruttering">
          {t('fosterhjem.rekruttering.tittel')}
        </Heading>
        <Paragraph data-size="sm">
          {t('fosterhjem.rekruttering.ingress', {
            org: sak.eier,
            kilde: sak.kildeTittel,
            godkjenning:
              sak.godkjenningType === 'bestemt_barn'
                ? t('godkjenning.type.bestemt_barn')
                : t('godkjenning.type.generell'),
          })}
        </Paragraph>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
        <section className="table-scroll" tabIndex={0} aria-labelledby="hjem-rekruttering-tabell">
          <Table data-size="sm" zebra className="data-table">
            <caption className="data-table__caption" id="hjem-rekruttering-tabell">
              {t('fosterhjem.rekruttering.tabell')}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('rekruttering.kolonne.fase')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('rekruttering.kolonne.fra')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('rekruttering.kolonne.til')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('fosterhjem.rekruttering.organisasjon')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {sak.faser.map((f) => (
                <Table.Row key={`${f.fase}-${f.fra}-${f.til ?? ''}`}>
                  <Table.Cell>{f.tittel}</Table.Cell>
                  <Table.Cell>
                    <CivilDate date={f.fra} />
                  </Table.Cell>
                  <Table.Cell>
                    <CivilDate date={f.til} />
                  </Table.Cell>
                  <Table.Cell>{f.organisasjon}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </section>
      </section>
    </Card>
  );
}
