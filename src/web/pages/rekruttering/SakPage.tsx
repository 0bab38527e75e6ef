import { Alert, Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { getRecruitmentCase } from '@/web/api/getRecruitmentCase';
import { isApiError } from '@/web/api/problem';
import { rekrutteringKeys } from '@/web/api/rekrutteringTypes';
import { harTillatelse, Tillatelse } from '@/web/auth/permissions';
import { useMe } from '@/web/auth/useMe';
import { FormDialog } from '@/web/components/FormDialog';
import { PageSpinner } from '@/web/components/PageSpinner';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { StatusLine } from '@/web/components/StatusLine';
import { usePageTitle } from '@/web/components/usePageTitle';
import { useT } from '@/web/i18n/useT';
import { ForbiddenContent } from '@/web/pages/feil/ForbiddenContent';
import { NotFoundContent } from '@/web/pages/feil/NotFoundContent';
import { CloseForm } from '@/web/pages/rekruttering/CloseForm';
import { GodkjenningPanel } from '@/web/pages/rekruttering/GodkjenningPanel';
import { usePipeline, useRekrutteringLabels } from '@/web/pages/rekruttering/rekrutteringLabels';
import { SakDeling } from '@/web/pages/rekruttering/SakDeling';
import { SakDetaljer } from '@/web/pages/rekruttering/SakDetaljer';
import { SakFase } from '@/web/pages/rekruttering/SakFase';
import { SakForm } from '@/web/pages/rekruttering/SakForm';
import { SakHistorikk } from '@/web/pages/rekruttering/SakHistorikk';
import '@/web/pages/rekruttering/rekruttering.css';

// The home-study report is written in the assessment stage; the approval panel shows it from there.
const GODKJENNING_OG_SENERE = ['utredning', 'godkjenning', 'tilgjengelig', 'formidlet', 'avsluttet'];
const AKTIVE = ['henvendelse', 'informasjonsmote', 'opplaering', 'utredning', 'godkjenning', 'tilgjengelig'];

/**
 * `/rekruttering/:id`: one family's case: the stage with its guidance and checklist, moving on or
 * back, the details, sharing with consent, the history, withdrawing or rejecting, and the approval
 * (from the approval stage on). A case the organisation cannot see is 404.
 */
export function SakPage() {
  const t = useT();
  const me = useMe();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const pipeline = usePipeline();
  const query = useQuery({ queryKey: rekrutteringKeys.sak(id), queryFn: () => getRecruitmentCase(id) });
  const l = useRekrutteringLabels(pipeline.data);
  const [dialog, setDialog] = useState<'endre' | 'avslutt' | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  usePageTitle(query.data?.navn ?? t('rekruttering.sak.tittel'));

  if (!harTillatelse(me, Tillatelse.rekrutteringRead)) return <ForbiddenContent />;
  if (query.isError) {
    const error = query.error;
    if (isApiError(error) && (error.status === 404 || error.status === 400))
      return <NotFoundContent signedIn />;
    if (isApiError(error) && error.status === 403) return <ForbiddenContent />;
    return <QueryErrorAlert error={error} onRetry={() => query.refetch()} />;
  }
  if (query.isPending || pipeline.isPending) return <PageSpinner />;
  if (pipeline.isError) return <QueryErrorAlert error={pipeline.error} onRetry={() => pipeline.refetch()} />;
  const sak = query.data;
  const kanArbeide = sak.kanArbeide;
  const aktiv = AKTIVE.includes(sak.fase);
  const refresh = async (message?: string) => {
    await queryClient.invalidateQueries({ queryKey: rekrutteringKeys.all });
    if (message) setMelding(message);
  };

  return (
    <div className="page">
      <Heading level={1} data-size="lg">
        {sak.navn}
      </Heading>
      <Paragraph className="page__lead">
        {t('rekruttering.sak.eiesAv', { org: sak.eier.navn })}{' '}
        {!sak.egen && (
          <Tag data-color="info" data-size="sm">
            {t('rekruttering.deltMedOss')}
          </Tag>
        )}
      </Paragraph>
      <StatusLine message={melding} />
      {!kanArbeide && (
        <Alert data-color="info" className="rek-section--first">
          {t('rekruttering.sak.bareLese')}
        </Alert>
      )}

      <SakFase sak={sak} pipeline={pipeline.data} onChanged={refresh} />

      {GODKJENNING_OG_SENERE.includes(sak.fase) && <GodkjenningPanel sak={sak} />}

      <SakDetaljer
        sak={sak}
        pipeline={pipeline.data}
        onEdit={kanArbeide ? () => setDialog('endre') : undefined}
      />

      <SakDeling sak={sak} onChanged={refresh} />

      <SakHistorikk sak={sak} pipeline={pipeline.data} />

      {kanArbeide && aktiv && (
        <section className="rek-section" aria-labelledby="rek-avslutt">
          <Heading level={2} data-size="sm" id="rek-avslutt">
            {t('rekruttering.avslutt.tittel')}
          </Heading>
          <Paragraph>{t('rekruttering.avslutt.ingress')}</Paragraph>
          <Button variant="secondary" data-color="danger" onClick={() => setDialog('avslutt')}>
            {sak.fase === 'tilgjengelig'
              ? t('rekruttering.avslutt.knappAvslutt')
              : t('rekruttering.avslutt.knapp')}
          </Button>
        </section>
      )}

      <FormDialog
        open={dialog === 'endre'}
        onClose={() => setDialog(null)}
        title={t('rekruttering.sak.endre')}
      >
        <SakForm
          pipeline={pipeline.data}
          sak={sak}
          onCancel={() => setDialog(null)}
          onDone={async () => {
            setDialog(null);
            await refresh(t('rekruttering.sak.lagret'));
          }}
        />
      </FormDialog>
      <FormDialog
        open={dialog === 'avslutt'}
        onClose={() => setDialog(null)}
        title={
          sak.fase === 'tilgjengelig'
            ? t('rekruttering.avslutt.knappAvslutt')
            : t('rekruttering.avslutt.knapp')
        }
      >
        <CloseForm
          sak={sak}
          pipeline={pipeline.data}
          onCancel={() => setDialog(null)}
          onDone={async (utfall) => {
            setDialog(null);
            await refresh(t('rekruttering.avslutt.ferdig', { fase: l.fase(utfall) }));
          }}
        />
      </FormDialog>
    </div>
  );
}
