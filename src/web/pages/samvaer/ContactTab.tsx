import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { PlusIcon } from '@navikt/aksel-icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { listContactPlans } from '@/web/api/listContactPlans';
import { listContactSessions } from '@/web/api/listContactSessions';
import { isApiError } from '@/web/api/problem';
import { queryKeys } from '@/web/api/queryKeys';
import { reviewContactReport } from '@/web/api/reviewContactReport';
import type { Samvaer } from '@/web/api/samvaerTypes';
import { FormDialog } from '@/web/components/FormDialog';
import { PageSpinner } from '@/web/components/PageSpinner';
import { problemMessage } from '@/web/components/problemMessage';
import { QueryErrorAlert } from '@/web/components/QueryErrorAlert';
import { StatusLine } from '@/web/components/StatusLine';
import { useT } from '@/web/i18n/useT';
import { useChild } from '@/web/pages/barn/side/useChild';
import { ContactPersonSection, type Dialog } from '@/web/pages/samvaer/ContactPersonSection';
import { GenerateForm } from '@/web/pages/samvaer/GenerateForm';
import { NewSessionForm } from '@/web/pages/samvaer/NewSessionForm';
import { PlanForm } from '@/web/pages/samvaer/PlanForm';
import { SessionForm } from '@/web/pages/samvaer/SessionForm';
import { useSamvaerLabels } from '@/web/pages/samvaer/samvaerLabels';
import '@/web/pages/samvaer/samvaer.css';

/** Parents come first; anyone else with a plan or sessions follows. */
const FORELDRE = new Set(['mor', 'far', 'forelder']);

/**
 * `/barn/:id/samvaer` — contact (samvær, barnevernsloven § 7-6) per parent or relative: the plan
 * in force and how it changed over time, the sessions to come and those held or cancelled, and
 * the reports still to be reviewed, shown as open items.
 */
export function ContactTab() {
  const t = useT();
  const l = useSamvaerLabels();
  const barn = useChild();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const plans = useQuery({
    queryKey: queryKeys.contactPlans(barn.id),
    queryFn: () => listContactPlans(barn.id),
  });
  const sessions = useQuery({
    queryKey: queryKeys.contactSessions(barn.id),
    queryFn: () => listContactSessions(barn.id),
  });
  const [dialog, setDialog] = useState<Dialog | { type: 'ny-plan' } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [reviewing, setReviewing] = useState<string | null>(null);
  const [reviewError, setReviewError] = useState<string | null>(null);

  const close = () => setDialog(null);
  const done = async (message: string) => {
    await queryClient.invalidateQueries({ queryKey: queryKeys.contact(barn.id) });
    setStatus(message);
    close();
  };
  const review = async (s: Samvaer) => {
    setReviewError(null);
    setReviewing(s.id);
    try {
      const { dokumentId } = await reviewContactReport(s.id, s.version);
      await queryClient.invalidateQueries({ queryKey: queryKeys.contact(barn.id) });
      navigate(`/dokumenter/${dokumentId}`);
    } catch (error) {
      const felt = isApiError(error) ? (error.problem.errors ?? []) : [];
      setReviewError(felt.length ? felt.map((f) => f.message).join(' ') : problemMessage(error, t));
      setReviewing(null);
    }
  };

  const heading = (
    <div className="section-heading">
      <Heading level={2} data-size="md">
        {t('samvaer.overskrift')}
      </Heading>
      {barn.kanEndre && plans.data && plans.data.personer.length > 0 && (
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          onClick={() => {
            setStatus(null);
            setDialog({ type: 'ny-plan' });
          }}
        >
          <PlusIcon aria-hidden />
          {t('samvaer.plan.ny')}
        </Button>
      )}
    </div>
  );

  if (plans.isPending || sessions.isPending)
    return (
      <div className="tab-content">
        {heading}
        <PageSpinner />
      </div>
    );
  const error = plans.error ?? sessions.error;
  if (error || !plans.data || !sessions.data)
    return (
      <div className="tab-content">
        {heading}
        <QueryErrorAlert
          error={error}
          onRetry={() => {
            plans.refetch();
            sessions.refetch();
          }}
          level={3}
        />
      </div>
    );

  const okter = sessions.data.items;
  const vis = plans.data.personer
    .filter(
      (p) =>
        FORELDRE.has(p.relasjon) ||
        p.gjeldende !== null ||
        okter.some((s) => s.familiemedlemId === p.familiemedlemId),
    )
    .sort((a, b) => Number(FORELDRE.has(b.relasjon)) - Number(FORELDRE.has(a.relasjon)));
  const { apne } = sessions.data;
  const harApne = apne.ikkeGjennomgatt + apne.venterRapport + apne.ikkeRegistrert > 0;

  return (
    <div className="tab-content">
      {heading}
      <Paragraph>{t('samvaer.ingress')}</Paragraph>
      <StatusLine message={status} />
      {harApne && (
        <Alert data-color="warning" className="samvaer-open">
          <Heading level={3} data-size="xs">
            {t('samvaer.apne.tittel')}
          </Heading>
          <ul>
            {apne.ikkeGjennomgatt > 0 && (
              <li>{t('samvaer.apne.ikkeGjennomgatt', { antall: apne.ikkeGjennomgatt })}</li>
            )}
            {apne.venterRapport > 0 && (
              <li>{t('samvaer.apne.venterRapport', { antall: apne.venterRapport })}</li>
            )}
            {apne.ikkeRegistrert > 0 && (
              <li>{t('samvaer.apne.ikkeRegistrert', { antall: apne.ikkeRegistrert })}</li>
            )}
          </ul>
        </Alert>
      )}
      <div aria-live="polite">
        {reviewError && (
          <Alert data-color="danger" data-size="sm">
            {reviewError}
          </Alert>
        )}
      </div>
      {plans.data.personer.length === 0 && (
        <Paragraph className="empty-state">{t('samvaer.ingenFamilie')}</Paragraph>
      )}
      {vis.map((p) => (
        <ContactPersonSection
          key={p.familiemedlemId}
          barnId={barn.id}
          fosterhjemId={barn.fosterhjem?.id ?? null}
          person={p}
          okter={okter.filter((s) => s.familiemedlemId === p.familiemedlemId)}
          kanEndre={barn.kanEndre}
          onDialog={(d) => {
            setStatus(null);
            setDialog(d);
          }}
          onReview={review}
          reviewing={reviewing}
        />
      ))}

      <FormDialog
        open={dialog !== null}
        onClose={close}
        title={
          dialog?.type === 'ny-plan'
            ? t('samvaer.plan.ny')
            : dialog?.type === 'plan'
              ? dialog.person.gjeldende
                ? t('samvaer.plan.endreFor', { navn: l.person(dialog.person) })
                : t('samvaer.plan.nyFor', { navn: l.person(dialog.person) })
              : dialog?.type === 'generer'
                ? t('samvaer.generer.tittelFor', { navn: l.person(dialog.person) })
                : dialog?.type === 'ny'
                  ? t('samvaer.ny.tittelFor', { navn: l.person(dialog.person) })
                  : t('samvaer.okt.tittel')
        }
      >
        {dialog?.type === 'ny-plan' && (
          <PlanForm
            barnId={barn.id}
            personer={plans.data.personer}
            gjeldende={null}
            onDone={done}
            onCancel={close}
          />
        )}
        {dialog?.type === 'plan' && (
          <PlanForm
            barnId={barn.id}
            personer={[dialog.person]}
            gjeldende={dialog.person.gjeldende}
            onDone={done}
            onCancel={close}
          />
        )}
        {dialog?.type === 'generer' && (
          <GenerateForm
            barnId={barn.id}
            familiemedlemId={dialog.person.familiemedlemId}
            onDone={done}
            onCancel={close}
          />
        )}
        {dialog?.type === 'ny' && (
          <NewSessionForm
            barnId={barn.id}
            familiemedlemId={dialog.person.familiemedlemId}
            onDone={done}
            onCancel={close}
          />
        )}
        {dialog?.type === 'registrer' && (
          <SessionForm barnId={barn.id} samvaer={dialog.samvaer} onDone={done} onCancel={close} />
        )}
      </FormDialog>
    </div>
  );
}
