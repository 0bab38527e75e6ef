import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { createDocument } from '@/web/api/createDocument';
import { getRecruitmentApproval } from '@/web/api/getRecruitmentApproval';
import { godkjenningKeys } from '@/web/api/godkjenningTypes';
import { rekrutteringKeys } from '@/web/api/rekrutteringTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { FormDialog } from '@/web/components/FormDialog';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { StatusLine } from '@/web/components/StatusLine';
import { useT } from '@/web/i18n/useT';
import { DocumentStatusTag } from '@/web/pages/dokumenter/DocumentStatusTag';
import { actionError } from '@/web/pages/rekruttering/actionError';
import { ferdig, GodkjenningForm } from '@/web/pages/rekruttering/GodkjenningForm';
import { usePipeline, useRekrutteringLabels } from '@/web/pages/rekruttering/rekrutteringLabels';
import '@/web/pages/rekruttering/godkjenning.css';

export type GodkjenningSak = { id: string; fase: string; version: number };

/** The template the approval rests on (content/maler/sosialrapport_godkjenning.yaml). */
const SOSIALRAPPORT = 'sosialrapport_godkjenning';

/**
 * The approval part of a recruitment case: the home-study report (written with the document
 * editor), what is still missing, and the approval decision (domain.md §2.4). Recording the
 * decision makes the home available.
 */
export function GodkjenningPanel({ sak }: { sak: GodkjenningSak }) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const pipeline = usePipeline();
  const l = useRekrutteringLabels(pipeline.data);
  const query = useQuery({
    queryKey: [...godkjenningKeys.godkjenning(sak.id), sak.version],
    queryFn: () => getRecruitmentApproval(sak.id),
  });
  const [open, setOpen] = useState(false);
  const [feil, setFeil] = useState<string | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const [skriver, setSkriver] = useState(false);

  const g = query.data;
  return (
    <section className="rek-section rek-godkjenning" aria-labelledby="rek-godkjenning">
      <Heading level={2} data-size="md" id="rek-godkjenning">
        {t('godkjenning.tittel')}
      </Heading>
      {/* Once the decision is recorded the button that opened the form is gone: the message takes focus. */}
      <StatusLine message={melding} takeFocus />
      {query.isError && <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />}
      {g && (
        <>
          <Heading level={3} data-size="xs">
            {t('godkjenning.rapport.tittel')}
          </Heading>
          {g.rapporter.length === 0 ? (
            <Paragraph>{t('godkjenning.rapport.ingen')}</Paragraph>
          ) : (
            <ul className="rek-links">
              {g.rapporter.map((r) => (
                <li key={r.id}>
                  <Link asChild>
                    <RouterLink to={`/dokumenter/${r.id}`}>{r.tittel}</RouterLink>
                  </Link>{' '}
                  <DocumentStatusTag status={r.status} />
                </li>
              ))}
            </ul>
          )}
          {g.kanSkriveRapport && g.rapporter.length === 0 && (
            <Button
              variant="secondary"
              loading={skriver}
              onClick={async () => {
                setFeil(null);
                setSkriver(true);
                try {
                  const created = await createDocument({ malId: SOSIALRAPPORT, rekrutteringssakId: sak.id });
                  navigate(`/dokumenter/${created.id}`);
                } catch (error) {
                  setFeil(actionError(error, t));
                  setSkriver(false);
                }
              }}
            >
              {t('godkjenning.rapport.skriv')}
            </Button>
          )}
          {feil && <Alert data-color="danger">{feil}</Alert>}

          <Heading level={3} data-size="xs">
            {t('godkjenning.vedtak.tittel')}
          </Heading>
          {g.vedtak ? (
            <dl className="rek-meta">
              <dt>{t('godkjenning.vedtak.type')}</dt>
              <dd>
                {g.vedtak.type === 'generell'
                  ? t('godkjenning.type.generell')
                  : g.vedtak.barn
                    ? t('godkjenning.vedtak.forBarn', { navn: g.vedtak.barn.navn })
                    : t('godkjenning.vedtak.forAnnetBarn')}
              </dd>
              <dt>{t('godkjenning.felt.dato')}</dt>
              <dd>
                <CivilDate date={g.vedtak.dato} />
              </dd>
              {g.vedtak.godkjentAv && (
                <>
                  <dt>{t('godkjenning.felt.godkjentAv')}</dt>
                  <dd>{g.vedtak.godkjentAv}</dd>
                </>
              )}
              <dt>{t('godkjenning.felt.hjemtyper')}</dt>
              <dd>{g.vedtak.hjemtyper.map((h) => l.hjemtype(h)).join(', ')}</dd>
            </dl>
          ) : (
            <>
              <Paragraph>{t('godkjenning.vedtak.ingress')}</Paragraph>
              {g.mangler.length > 0 && (
                <Alert data-color="warning">
                  <Paragraph>{t('godkjenning.mangler')}</Paragraph>
                  <ul>
                    {g.mangler.map((m) => (
                      <li key={m.field}>{l.punkt(m.field.replace('sjekkpunkt.', ''))}</li>
                    ))}
                  </ul>
                </Alert>
              )}
              {g.kanGodkjenne &&
                (g.rapporter.some((r) => ferdig(r.status)) ? (
                  <Button onClick={() => setOpen(true)}>{t('godkjenning.registrer')}</Button>
                ) : (
                  <Paragraph className="subtle">{t('godkjenning.venterRapport')}</Paragraph>
                ))}
            </>
          )}
          <FormDialog open={open} onClose={() => setOpen(false)} title={t('godkjenning.registrer')}>
            <GodkjenningForm
              godkjenning={g}
              onCancel={() => setOpen(false)}
              onDone={async () => {
                setOpen(false);
                await queryClient.invalidateQueries({ queryKey: rekrutteringKeys.all });
                setMelding(t('godkjenning.registrert'));
              }}
            />
          </FormDialog>
        </>
      )}
    </section>
  );
}
