import { Alert, Button, Card, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { PlusIcon } from '@navikt/aksel-icons';
import { useId, useState } from 'react';
import type { FosterhjemView } from '@/web/api/fosterhjemTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { EmptyValue } from '@/web/components/EmptyValue';
import { FormDialog } from '@/web/components/FormDialog';
import { osloToday } from '@/web/i18n/dates';
import type { MessageId } from '@/web/i18n/messages';
import { useT } from '@/web/i18n/useT';
import { AddAgreementForm } from '@/web/pages/fosterhjem/AddAgreementForm';
import {
  type AvtaleStatus,
  avtaleStatus,
  EVALUERING_MANEDER_FOR_UTLOP,
} from '@/web/pages/fosterhjem/agreementExpiry';

const STATUS: Record<AvtaleStatus, { color: string; label: MessageId }> = {
  utlopt: { color: 'neutral', label: 'avtale.status.utlopt' },
  evaluer: { color: 'warning', label: 'avtale.status.evaluer' },
  ok: { color: 'success', label: 'avtale.status.ok' },
  lopende: { color: 'info', label: 'avtale.status.lopende' },
};

/** Foster-home agreements with days left, and a warning inside the local evaluation window. */
export function AgreementSection({ hjem }: { hjem: FosterhjemView }) {
  const t = useT();
  const captionId = useId();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const today = osloToday();
  const avtaler = [...hjem.avtaler].sort((a, b) => (a.startDato < b.startDato ? 1 : -1));
  const evaluer = avtaler.filter((a) => avtaleStatus(a.sluttDato, today) === 'evaluer');

  return (
    <Card data-color="neutral" className="info-card" asChild>
      <section aria-labelledby="hjem-avtaler-overskrift">
        <div className="section-heading">
          <Heading level={2} data-size="sm" id="hjem-avtaler-overskrift">
            {t('avtale.overskrift')}
          </Heading>
          {hjem.kanEndre && (
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              data-color="accent"
              onClick={() => {
                setStatus(null);
                setOpen(true);
              }}
            >
              <PlusIcon aria-hidden />
              {t('avtale.leggTil')}
            </Button>
          )}
        </div>
        <div aria-live="polite" role="status">
          {status && <Paragraph className="status-message">{status}</Paragraph>}
        </div>
        {evaluer.length > 0 && (
          <Alert data-color="warning">
            <Heading level={3} data-size="2xs">
              {t('avtale.varsel.tittel', { antall: evaluer.length })}
            </Heading>
            <Paragraph>{t('avtale.varsel.tekst', { maneder: EVALUERING_MANEDER_FOR_UTLOP })}</Paragraph>
          </Alert>
        )}
        {avtaler.length === 0 ? (
          <Paragraph>{t('avtale.ingen')}</Paragraph>
        ) : (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
          <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
            <Table data-size="sm" data-color="neutral" className="data-table wide-table">
              <caption id={captionId} className="ds-sr-only">
                {t('avtale.overskrift')}
              </caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('avtale.kolonne.barn')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('avtale.kolonne.start')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('avtale.kolonne.slutt')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="numeric">
                    {t('avtale.kolonne.dagerIgjen')}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('avtale.kolonne.status')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {avtaler.map((avtale) => {
                  const s = STATUS[avtaleStatus(avtale.sluttDato, today)];
                  return (
                    <Table.Row key={avtale.id}>
                      <Table.Cell>{avtale.barn ? avtale.barn.navn : t('avtale.hele')}</Table.Cell>
                      <Table.Cell>
                        <CivilDate date={avtale.startDato} />
                      </Table.Cell>
                      <Table.Cell>
                        <CivilDate date={avtale.sluttDato} />
                      </Table.Cell>
                      <Table.Cell className="numeric">
                        {avtale.dagerIgjen === null ? (
                          <EmptyValue />
                        ) : avtale.dagerIgjen < 0 ? (
                          t('avtale.utloptFor', { antall: -avtale.dagerIgjen })
                        ) : (
                          t('felles.antall', { antall: avtale.dagerIgjen })
                        )}
                      </Table.Cell>
                      <Table.Cell>
                        <Tag data-color={s.color} data-size="sm" className="nowrap">
                          {t(s.label)}
                        </Tag>
                      </Table.Cell>
                    </Table.Row>
                  );
                })}
              </Table.Body>
            </Table>
          </section>
        )}
        <FormDialog open={open} onClose={() => setOpen(false)} title={t('avtale.leggTil')}>
          <AddAgreementForm
            hjem={hjem}
            onCancel={() => setOpen(false)}
            onDone={() => {
              setStatus(t('avtale.lagret'));
              setOpen(false);
            }}
          />
        </FormDialog>
      </section>
    </Card>
  );
}
