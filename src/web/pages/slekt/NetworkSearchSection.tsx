import {
  Alert,
  Button,
  Card,
  Details,
  Heading,
  Paragraph,
  Table,
  Tag,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { FileTextIcon, PlusIcon } from '@navikt/aksel-icons';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import type { BarnView } from '@/web/api/barnTypes';
import { createDocument } from '@/web/api/createDocument';
import { listNetworkSearches } from '@/web/api/listNetworkSearches';
import { type Kandidat, type Nettverkssok, slektKeys } from '@/web/api/slektTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { FormDialog } from '@/web/components/FormDialog';
import { PageSpinner } from '@/web/components/PageSpinner';
import { problemMessage } from '@/web/components/problemMessage';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { StatusLine } from '@/web/components/StatusLine';
import { civilDateValue, osloToday } from '@/web/i18n/dates';
import { TIME_ZONE } from '@/web/i18n/locale';
import { useT } from '@/web/i18n/useT';
import {
  CandidateForm,
  ConcludeForm,
  MethodsForm,
  StartSearchForm,
} from '@/web/pages/slekt/NetworkSearchForms';
import { FREMGANGSMATER, RELASJONER, UTFALL, VURDERINGER } from '@/web/pages/slekt/slektLabels';

/** The template for urgent moves to kin (content/maler, seeds/003 §5.9.1 nr. 10). */
export const MIDLERTIDIG_SLEKT_MAL = 'midlertidig_plassering_slekt';

type Dialog =
  | { type: 'start' }
  | { type: 'methods'; sok: Nettverkssok }
  | { type: 'candidate'; sok: Nettverkssok; kandidat: Kandidat | null }
  | { type: 'conclude'; sok: Nettverkssok };

function Candidates({ sok, onEdit }: { sok: Nettverkssok; onEdit?: (k: Kandidat) => void }) {
  const t = useT();
  const captionId = useId();
  if (sok.kandidater.length === 0) return <Paragraph>{t('slekt.kandidater.ingen')}</Paragraph>;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <Table data-size="sm" data-color="neutral" className="data-table">
        <caption id={captionId} className="data-table__caption">
          {t('slekt.kandidater')}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('slekt.kandidat.navn')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('slekt.kandidat.relasjon')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('slekt.kandidat.vurdering')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('slekt.kandidat.begrunnelse')}</Table.HeaderCell>
            {onEdit && <Table.HeaderCell scope="col">{t('felles.handlinger')}</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {sok.kandidater.map((k) => (
            <Table.Row key={k.id}>
              <Table.Cell>{k.navn}</Table.Cell>
              <Table.Cell>{t(RELASJONER[k.relasjon])}</Table.Cell>
              <Table.Cell>
                <Tag
                  data-size="sm"
                  data-color={
                    k.vurdering === 'egnet'
                      ? 'success'
                      : k.vurdering === 'ikke_vurdert'
                        ? 'warning'
                        : 'neutral'
                  }
                >
                  {t(VURDERINGER[k.vurdering])}
                </Tag>
              </Table.Cell>
              <Table.Cell>{k.begrunnelse ?? ''}</Table.Cell>
              {onEdit && (
                <Table.Cell>
                  <Button
                    type="button"
                    variant="tertiary"
                    data-size="sm"
                    aria-label={t('slekt.kandidat.endre', { navn: k.navn })}
                    onClick={() => onEdit(k)}
                  >
                    {t('felles.endre')}
                  </Button>
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </section>
  );
}

function Methods({ sok }: { sok: Nettverkssok }) {
  const t = useT();
  return (
    <Paragraph>
      <strong>{t('slekt.fremgangsmate')}: </strong>
      {sok.fremgangsmater.length
        ? sok.fremgangsmater.map((m) => t(FREMGANGSMATER[m])).join(', ')
        : t('slekt.fremgangsmate.ingen')}
    </Paragraph>
  );
}

/** A concluded search: outcome, date, reasoning and who was considered. */
function Concluded({ sok }: { sok: Nettverkssok }) {
  const t = useT();
  const intl = useIntl();
  const dato = sok.avsluttetDato
    ? intl.formatDate(civilDateValue(sok.avsluttetDato), { dateStyle: 'long', timeZone: TIME_ZONE })
    : '';
  return (
    <div className="stacked">
      <Paragraph>
        <Tag data-size="sm" data-color={sok.utfall === 'slekt_funnet' ? 'success' : 'info'}>
          {sok.utfall ? t(UTFALL[sok.utfall]) : ''}
        </Tag>{' '}
        {t('slekt.avsluttetDen', { dato })}
      </Paragraph>
      <Paragraph>
        <strong>{t('slekt.konklusjon')}: </strong>
        {sok.konklusjon}
      </Paragraph>
      <Methods sok={sok} />
      <Candidates sok={sok} />
    </div>
  );
}

/** Starts the temporary kinship placement checklist for the child and opens it. */
function StartChecklistButton({ barnId }: { barnId: string }) {
  const t = useT();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const created = await createDocument({ malId: MIDLERTIDIG_SLEKT_MAL, barnId });
      navigate(`/dokumenter/${created.id}`);
    } catch (e) {
      setError(problemMessage(e, t));
      setBusy(false);
    }
  };
  return (
    <span className="stacked">
      <Button type="button" variant="secondary" data-size="sm" loading={busy} onClick={start}>
        <FileTextIcon aria-hidden />
        {t('slekt.midlertidig.start')}
      </Button>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </span>
  );
}

/**
 * «Slekt og nettverk først» on the child's foster-home tab: the documented search in the child's
 * family and close network before a neutral home (seeds/002; domain.md §2.4), its people, ways of
 * asking and outcome, the history, and the checklist for an urgent move to kin.
 */
export function NetworkSearchSection({ barn }: { barn: BarnView }) {
  const t = useT();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  // After starting or concluding, the button that opened the form is gone: the message takes focus.
  const [status, setStatus] = useState<{ text: string; focus: boolean } | null>(null);
  const query = useQuery({
    queryKey: slektKeys.networkSearches(barn.id),
    queryFn: () => listNetworkSearches(barn.id),
  });
  const today = osloToday();
  const akuttSlekt = barn.plasseringer.some(
    (p) =>
      p.plasseringstype === 'slekt_nettverk' &&
      p.hjemmel === 'akutt' &&
      p.innflytting <= today &&
      (!p.utflytting || p.utflytting > today),
  );
  const done =
    (text: string, focus = false) =>
    () => {
      setStatus({ text, focus });
      setDialog(null);
    };

  const body = () => {
    if (query.isPending) return <PageSpinner />;
    if (query.isError)
      return <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} level={3} />;
    const { items, kreverNettverkssok } = query.data;
    const open = items.find((s) => !s.utfall) ?? null;
    const [latest, ...earlier] = items.filter((s) => s.utfall);
    return (
      <>
        {kreverNettverkssok && <Paragraph>{t('slekt.krav')}</Paragraph>}
        {open && (
          <section aria-labelledby="slekt-pagaar" className="stacked">
            <Heading level={4} data-size="2xs" id="slekt-pagaar">
              {t('slekt.pagaar')}
            </Heading>
            <Paragraph>
              {t('slekt.startet')}: <CivilDate date={open.startet} />
            </Paragraph>
            <Methods sok={open} />
            <Candidates
              sok={open}
              onEdit={
                barn.kanEndre ? (k) => setDialog({ type: 'candidate', sok: open, kandidat: k }) : undefined
              }
            />
            {barn.kanEndre && (
              <div className="form-actions">
                <Button
                  type="button"
                  variant="secondary"
                  data-size="sm"
                  onClick={() => setDialog({ type: 'candidate', sok: open, kandidat: null })}
                >
                  <PlusIcon aria-hidden />
                  {t('slekt.kandidat.leggTil')}
                </Button>
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  onClick={() => setDialog({ type: 'methods', sok: open })}
                >
                  {t('slekt.fremgangsmate.endre')}
                </Button>
                <Button
                  type="button"
                  data-size="sm"
                  onClick={() => setDialog({ type: 'conclude', sok: open })}
                >
                  {t('slekt.avslutt')}
                </Button>
              </div>
            )}
          </section>
        )}
        {latest && <Concluded sok={latest} />}
        {!open && !latest && <Paragraph>{t('slekt.ingen')}</Paragraph>}
        {!open && barn.kanEndre && (
          <div>
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              onClick={() => setDialog({ type: 'start' })}
            >
              <PlusIcon aria-hidden />
              {t('slekt.start')}
            </Button>
          </div>
        )}
        {earlier.length > 0 && (
          <Details>
            <Details.Summary>{t('slekt.tidligere', { antall: earlier.length })}</Details.Summary>
            <Details.Content>
              {earlier.map((s) => (
                <Concluded key={s.id} sok={s} />
              ))}
            </Details.Content>
          </Details>
        )}
      </>
    );
  };

  return (
    <Card data-color="neutral" className="info-card" asChild>
      <section aria-labelledby="slekt-nettverk-overskrift" id="slekt-nettverk">
        <Heading level={3} data-size="sm" id="slekt-nettverk-overskrift">
          {t('slekt.overskrift')}
        </Heading>
        <Paragraph>{t('slekt.veiledning')}</Paragraph>
        <Paragraph data-size="sm">{t('slekt.veiledningOppfolging')}</Paragraph>
        <StatusLine message={status?.text ?? null} takeFocus={status?.focus} />
        {akuttSlekt && (
          <Alert data-color="info" id="midlertidig-sjekkliste">
            <Heading level={4} data-size="2xs">
              {t('slekt.midlertidig.tittel')}
            </Heading>
            <Paragraph>{t('slekt.midlertidig.tekst')}</Paragraph>
            {barn.kanEndre && <StartChecklistButton barnId={barn.id} />}
          </Alert>
        )}
        {body()}
        <FormDialog
          open={dialog !== null}
          onClose={() => setDialog(null)}
          title={
            dialog?.type === 'start'
              ? t('slekt.start')
              : dialog?.type === 'methods'
                ? t('slekt.fremgangsmate.endre')
                : dialog?.type === 'conclude'
                  ? t('slekt.avslutt')
                  : dialog?.type === 'candidate' && dialog.kandidat
                    ? t('slekt.kandidat.endre', { navn: dialog.kandidat.navn })
                    : t('slekt.kandidat.leggTil')
          }
        >
          {dialog?.type === 'start' && (
            <StartSearchForm
              barnId={barn.id}
              onCancel={() => setDialog(null)}
              onDone={done(t('slekt.start.lagret'), true)}
            />
          )}
          {dialog?.type === 'methods' && (
            <MethodsForm
              barnId={barn.id}
              sok={dialog.sok}
              onCancel={() => setDialog(null)}
              onDone={done(t('felles.lagret'))}
            />
          )}
          {dialog?.type === 'candidate' && (
            <CandidateForm
              barnId={barn.id}
              sok={dialog.sok}
              kandidat={dialog.kandidat}
              onCancel={() => setDialog(null)}
              onDone={done(t('slekt.kandidat.lagret'))}
            />
          )}
          {dialog?.type === 'conclude' && (
            <ConcludeForm
              barnId={barn.id}
              sok={dialog.sok}
              onCancel={() => setDialog(null)}
              onDone={done(t('slekt.avslutt.lagret'), true)}
            />
          )}
        </FormDialog>
      </section>
    </Card>
  );
}
