import { Button, Link, Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { Link as RouterLink } from 'react-router';
import type { RapportStatus, Samvaer } from '@/web/api/samvaerTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { EmptyValue } from '@/web/components/EmptyValue';
import { useT } from '@/web/i18n/useT';
import { useSamvaerLabels } from '@/web/pages/samvaer/samvaerLabels';

const RAPPORT_FARGE: Record<RapportStatus, 'neutral' | 'success' | 'warning' | 'danger'> = {
  ikke_aktuell: 'neutral',
  venter: 'warning',
  ikke_gjennomgatt: 'danger',
  gjennomgatt: 'success',
};

interface Props {
  caption: string;
  okter: Samvaer[];
  kanEndre: boolean;
  /** Past sessions show the report; coming ones where and how. */
  tidligere: boolean;
  onRegister: (s: Samvaer) => void;
  onReview: (s: Samvaer) => void;
  reviewing: string | null;
}

/** Sessions with one person: date, where, status (who cancelled, and why), and the report's review. */
export function SessionTable({
  caption,
  okter,
  kanEndre,
  tidligere,
  onRegister,
  onReview,
  reviewing,
}: Props) {
  const t = useT();
  const l = useSamvaerLabels();
  const captionId = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <Table data-size="sm" data-color="neutral" className="data-table wide-table">
        <caption id={captionId} className="ds-sr-only">
          {caption}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('samvaer.kolonne.dato')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('samvaer.kolonne.sted')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('samvaer.kolonne.status')}</Table.HeaderCell>
            {tidligere && <Table.HeaderCell scope="col">{t('samvaer.kolonne.rapport')}</Table.HeaderCell>}
            {kanEndre && (
              <Table.HeaderCell scope="col">
                <span className="ds-sr-only">{t('felles.handlinger')}</span>
              </Table.HeaderCell>
            )}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {okter.map((s) => (
            <Table.Row key={s.id}>
              <Table.Cell>
                <CivilDate date={s.dato} format="long" />
                {s.fraKl && <span className="samvaer-klokkeslett">{` ${l.klokkeslett(s)}`}</span>}
              </Table.Cell>
              <Table.Cell>
                <span className="stacked">
                  <span>{s.sted ?? <EmptyValue />}</span>
                  {s.tilsyn && <span className="samvaer-muted">{l.tilsyn(s.tilsyn)}</span>}
                </span>
              </Table.Cell>
              <Table.Cell>
                <span className="stacked">
                  <span>{l.status(s.status)}</span>
                  {s.avlystArsak && (
                    <span className="samvaer-muted">
                      {s.avlystAv ? `${l.avlystAv(s.avlystAv)}: ` : ''}
                      {l.arsak(s.avlystArsak)}
                    </span>
                  )}
                  {s.notat && <span className="samvaer-muted prewrap">{s.notat}</span>}
                </span>
              </Table.Cell>
              {tidligere && (
                <Table.Cell>
                  <span className="stacked">
                    {s.rapportStatus !== 'ikke_aktuell' && (
                      <span>
                        <Tag data-color={RAPPORT_FARGE[s.rapportStatus]} data-size="sm">
                          {l.rapport(s.rapportStatus)}
                        </Tag>
                      </span>
                    )}
                    {s.rapportMottatt && (
                      <span className="samvaer-muted">
                        {t('samvaer.rapport.mottattDato')} <CivilDate date={s.rapportMottatt} />
                      </span>
                    )}
                    {s.gjennomgang && (
                      <Link asChild>
                        <RouterLink to={`/dokumenter/${s.gjennomgang.id}`}>
                          {t('samvaer.rapport.apne')}
                        </RouterLink>
                      </Link>
                    )}
                  </span>
                </Table.Cell>
              )}
              {kanEndre && (
                <Table.Cell>
                  <span className="row-actions">
                    <Button type="button" variant="tertiary" data-size="sm" onClick={() => onRegister(s)}>
                      {t('samvaer.okt.registrer')}
                      <span className="ds-sr-only">{` ${s.dato}`}</span>
                    </Button>
                    {s.rapportStatus === 'ikke_gjennomgatt' && (
                      <Button
                        type="button"
                        variant="secondary"
                        data-size="sm"
                        loading={reviewing === s.id}
                        onClick={() => onReview(s)}
                      >
                        {t('samvaer.rapport.gaGjennom')}
                        <span className="ds-sr-only">{` ${s.dato}`}</span>
                      </Button>
                    )}
                  </span>
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </section>
  );
}
