import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { CalendarIcon, DownloadIcon, FileTextIcon, PencilIcon, PlusIcon } from '@navikt/aksel-icons';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { contactLetterUrl } from '@/web/api/contactLetterUrl';
import { createDocument } from '@/web/api/createDocument';
import { isApiError } from '@/web/api/problem';
import type { Samvaer, SamvaerPerson } from '@/web/api/samvaerTypes';
import { CivilDate } from '@/web/components/CivilDate';
import { EmptyValue } from '@/web/components/EmptyValue';
import { problemMessage } from '@/web/components/problemMessage';
import { osloToday } from '@/web/i18n/dates';
import { useT } from '@/web/i18n/useT';
import { PlanHistory } from '@/web/pages/samvaer/PlanHistory';
import { SessionTable } from '@/web/pages/samvaer/SessionTable';
import { useSamvaerLabels } from '@/web/pages/samvaer/samvaerLabels';

export type Dialog =
  | { type: 'plan'; person: SamvaerPerson }
  | { type: 'generer'; person: SamvaerPerson }
  | { type: 'ny'; person: SamvaerPerson }
  | { type: 'registrer'; samvaer: Samvaer };

interface Props {
  barnId: string;
  fosterhjemId: string | null;
  person: SamvaerPerson;
  okter: Samvaer[];
  kanEndre: boolean;
  onDialog: (d: Dialog) => void;
  onReview: (s: Samvaer) => void;
  reviewing: string | null;
}

/**
 * One parent or relative: the plan in force, the sessions to come and those that have been, the
 * letter for the child, reflection notes before contact, and the history of the plan.
 */
export function ContactPersonSection({
  barnId,
  fosterhjemId,
  person,
  okter,
  kanEndre,
  onDialog,
  onReview,
  reviewing,
}: Props) {
  const t = useT();
  const l = useSamvaerLabels();
  const navigate = useNavigate();
  const [starting, setStarting] = useState<string | null>(null);
  const [feil, setFeil] = useState<string | null>(null);
  const today = osloToday();
  const navn = l.person(person);
  const plan = person.gjeldende;
  const kommende = okter.filter((s) => s.dato >= today && s.status === 'planlagt');
  const tidligere = okter.filter((s) => !kommende.includes(s)).reverse();
  const headingId = `samvaer-person-${person.familiemedlemId}`;

  const startNotat = async (malId: string, sak: { familiemedlemId: string } | { fosterhjemId: string }) => {
    setFeil(null);
    setStarting(malId);
    try {
      const created = await createDocument({ malId, ...sak });
      navigate(`/dokumenter/${created.id}`);
    } catch (error) {
      const felt = isApiError(error) ? (error.problem.errors ?? []) : [];
      setFeil(felt.length ? felt.map((f) => f.message).join(' ') : problemMessage(error, t));
      setStarting(null);
    }
  };

  return (
    <section className="samvaer-person" aria-labelledby={headingId}>
      <Heading level={3} data-size="sm" id={headingId}>
        {navn}
      </Heading>
      {plan ? (
        <dl className="facts">
          <div className="facts__row">
            <dt>{t('samvaer.plan.gjelderFra')}</dt>
            <dd>
              <CivilDate date={plan.fra} format="long" />
            </dd>
          </div>
          <div className="facts__row">
            <dt>{t('samvaer.plan.omfang')}</dt>
            <dd>
              {l.hyppighet(plan.antall, plan.per)}, {l.varighet(plan.varighetTimer)}
            </dd>
          </div>
          <div className="facts__row">
            <dt>{t('samvaer.kolonne.sted')}</dt>
            <dd>{plan.sted ?? <EmptyValue />}</dd>
          </div>
          <div className="facts__row">
            <dt>{t('samvaer.kolonne.tilsyn')}</dt>
            <dd>{l.tilsyn(plan.tilsyn)}</dd>
          </div>
          <div className="facts__row">
            <dt>{t('samvaer.kolonne.grunnlag')}</dt>
            <dd>{l.grunnlag(plan.grunnlag)}</dd>
          </div>
        </dl>
      ) : (
        <Paragraph className="empty-state">{t('samvaer.plan.ingen')}</Paragraph>
      )}
      {kanEndre && (
        <div className="samvaer-actions">
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => onDialog({ type: 'plan', person })}
          >
            <PencilIcon aria-hidden />
            {plan ? t('samvaer.plan.endre') : t('samvaer.plan.ny')}
            <span className="ds-sr-only">{` – ${navn}`}</span>
          </Button>
          {plan && (
            <Button
              type="button"
              variant="secondary"
              data-size="sm"
              onClick={() => onDialog({ type: 'generer', person })}
            >
              <CalendarIcon aria-hidden />
              {t('samvaer.generer.tittel')}
              <span className="ds-sr-only">{` – ${navn}`}</span>
            </Button>
          )}
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            onClick={() => onDialog({ type: 'ny', person })}
          >
            <PlusIcon aria-hidden />
            {t('samvaer.ny.tittel')}
            <span className="ds-sr-only">{` – ${navn}`}</span>
          </Button>
        </div>
      )}

      <Heading level={4} data-size="xs">
        {t('samvaer.kommende')}
      </Heading>
      {kommende.length === 0 ? (
        <Paragraph className="empty-state">{t('samvaer.kommende.ingen')}</Paragraph>
      ) : (
        <SessionTable
          caption={t('samvaer.kommende.for', { navn })}
          okter={kommende}
          kanEndre={kanEndre}
          tidligere={false}
          onRegister={(s) => onDialog({ type: 'registrer', samvaer: s })}
          onReview={onReview}
          reviewing={reviewing}
        />
      )}
      <div className="samvaer-actions">
        <span>{t('samvaer.brev.tittel')}:</span>
        <Link href={contactLetterUrl(barnId, person.familiemedlemId, 'nb')} download>
          <DownloadIcon aria-hidden />
          {t('samvaer.brev.nb')}
          <span className="ds-sr-only">{` – ${navn}`}</span>
        </Link>
        <Link href={contactLetterUrl(barnId, person.familiemedlemId, 'nn')} download>
          <DownloadIcon aria-hidden />
          {t('samvaer.brev.nn')}
          <span className="ds-sr-only">{` – ${navn}`}</span>
        </Link>
      </div>
      {kanEndre && (
        <div className="samvaer-actions">
          <span>{t('samvaer.refleksjon.tittel')}:</span>
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            loading={starting === 'samvaer_refleksjon_foreldre'}
            onClick={() =>
              startNotat('samvaer_refleksjon_foreldre', { familiemedlemId: person.familiemedlemId })
            }
          >
            <FileTextIcon aria-hidden />
            {t('samvaer.refleksjon.foreldre')}
            <span className="ds-sr-only">{` – ${navn}`}</span>
          </Button>
          {fosterhjemId && (
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              loading={starting === 'samvaer_fosterforeldre'}
              onClick={() => startNotat('samvaer_fosterforeldre', { fosterhjemId })}
            >
              <FileTextIcon aria-hidden />
              {t('samvaer.refleksjon.fosterforeldre')}
            </Button>
          )}
        </div>
      )}
      <div aria-live="polite">
        {feil && (
          <Alert data-color="danger" data-size="sm">
            {feil}
          </Alert>
        )}
      </div>

      <Heading level={4} data-size="xs">
        {t('samvaer.tidligere')}
      </Heading>
      {tidligere.length === 0 ? (
        <Paragraph className="empty-state">{t('samvaer.tidligere.ingen')}</Paragraph>
      ) : (
        <SessionTable
          caption={t('samvaer.tidligere.for', { navn })}
          okter={tidligere}
          kanEndre={kanEndre}
          tidligere
          onRegister={(s) => onDialog({ type: 'registrer', samvaer: s })}
          onReview={onReview}
          reviewing={reviewing}
        />
      )}
      {person.historikk.length > 0 && (
        <>
          <Heading level={4} data-size="xs">
            {t('samvaer.historikk.tittel')}
          </Heading>
          <PlanHistory planer={person.historikk} navn={navn} />
        </>
      )}
    </section>
  );
}
