import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
  Textfield,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { SakDetail } from '@/web/api/rekrutteringTypes';
import { shareRecruitmentCase } from '@/web/api/shareRecruitmentCase';
import { unshareRecruitmentCase } from '@/web/api/unshareRecruitmentCase';
import { CivilDate } from '@/web/components/CivilDate';
import { osloToday } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';
import { actionError } from '@/web/pages/rekruttering/actionError';

/**
 * Who the case is shared with, each with the date of the family's consent. The owner shares with
 * an organisation in its recruitment collaboration (only with the consent date) and stops sharing.
 */
export function SakDeling({
  sak,
  onChanged,
}: {
  sak: SakDetail;
  onChanged: (message?: string) => Promise<void>;
}) {
  const t = useT();
  const [tjenesteId, setTjenesteId] = useState('');
  const [samtykke, setSamtykke] = useState('');
  const [feil, setFeil] = useState<{ felt: 'tjenesteId' | 'samtykkeDato' | null; tekst: string } | null>(
    null,
  );
  const eierArbeider = sak.egen && sak.kanArbeide;

  const del = async () => {
    setFeil(null);
    if (!tjenesteId) return setFeil({ felt: 'tjenesteId', tekst: t('rekruttering.deling.org.mangler') });
    if (!samtykke) return setFeil({ felt: 'samtykkeDato', tekst: t('rekruttering.deling.samtykke.mangler') });
    const navn = sak.kanDelesMed.find((o) => o.id === tjenesteId)?.navn ?? '';
    try {
      await shareRecruitmentCase(sak.id, { tjenesteId, samtykkeDato: samtykke });
      setTjenesteId('');
      setSamtykke('');
      await onChanged(t('rekruttering.deling.delt', { org: navn }));
    } catch (error) {
      setFeil({ felt: null, tekst: actionError(error, t) });
    }
  };

  return (
    <section className="rek-section" aria-labelledby="rek-deling">
      <Heading level={2} data-size="md" id="rek-deling">
        {t('rekruttering.deling.tittel')}
      </Heading>
      <Paragraph>{t('rekruttering.deling.ingress')}</Paragraph>
      {sak.delinger.length === 0 ? (
        <Paragraph className="subtle">{t('rekruttering.deling.ingen')}</Paragraph>
      ) : (
        // The box scrolls sideways on a narrow screen, not the page (WCAG 1.4.10).
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
        <section className="table-scroll" tabIndex={0} aria-labelledby="rek-deling-tabell">
          <Table data-size="sm" zebra className="data-table">
            <caption id="rek-deling-tabell" className="data-table__caption">
              {t('rekruttering.deling.tabell')}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('rekruttering.kolonne.organisasjon')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('rekruttering.kolonne.samtykke')}</Table.HeaderCell>
                {eierArbeider && (
                  <Table.HeaderCell scope="col">
                    <span className="ds-sr-only">{t('rekruttering.kolonne.handling')}</span>
                  </Table.HeaderCell>
                )}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {sak.delinger.map((d) => (
                <Table.Row key={d.organisasjon.id}>
                  <Table.Cell>{d.organisasjon.navn}</Table.Cell>
                  <Table.Cell>
                    <CivilDate date={d.samtykkeDato} />
                  </Table.Cell>
                  {eierArbeider && (
                    <Table.Cell>
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        onClick={async () => {
                          setFeil(null);
                          try {
                            await unshareRecruitmentCase(sak.id, d.organisasjon.id);
                            await onChanged(t('rekruttering.deling.stoppet', { org: d.organisasjon.navn }));
                          } catch (error) {
                            setFeil({ felt: null, tekst: actionError(error, t) });
                          }
                        }}
                      >
                        {t('rekruttering.deling.stopp', { org: d.organisasjon.navn })}
                      </Button>
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </section>
      )}
      {feil && !feil.felt && (
        <Alert data-color="danger" role="alert">
          {feil.tekst}
        </Alert>
      )}
      {eierArbeider && sak.kanDelesMed.length > 0 && (
        <form
          className="rek-share-form"
          noValidate
          aria-labelledby="rek-del-tittel"
          onSubmit={(e) => {
            e.preventDefault();
            void del();
          }}
        >
          <Heading level={3} data-size="xs" id="rek-del-tittel" className="ds-sr-only">
            {t('rekruttering.deling.del')}
          </Heading>
          <Field>
            <Label htmlFor="rek-del-org">{t('rekruttering.deling.org')}</Label>
            <Select
              id="rek-del-org"
              value={tjenesteId}
              aria-invalid={feil?.felt === 'tjenesteId' || undefined}
              aria-describedby={feil?.felt === 'tjenesteId' ? 'rek-del-feil' : undefined}
              onChange={(e) => setTjenesteId(e.target.value)}
            >
              <Select.Option value="">{t('felles.velg')}</Select.Option>
              {sak.kanDelesMed.map((o) => (
                <Select.Option key={o.id} value={o.id}>
                  {o.navn}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Textfield
            id="rek-del-samtykke"
            type="date"
            className="date-field"
            max={osloToday()}
            label={t('rekruttering.deling.samtykke')}
            value={samtykke}
            aria-invalid={feil?.felt === 'samtykkeDato' || undefined}
            aria-describedby={feil?.felt === 'samtykkeDato' ? 'rek-del-feil' : undefined}
            onChange={(e) => setSamtykke(e.target.value)}
          />
          <Button type="submit">{t('rekruttering.deling.del')}</Button>
          {feil?.felt && (
            <Paragraph id="rek-del-feil" role="alert" className="rek-field-error">
              {feil.tekst}
            </Paragraph>
          )}
        </form>
      )}
    </section>
  );
}
